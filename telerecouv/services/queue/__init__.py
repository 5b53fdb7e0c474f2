"""The queue engine: work items by stage, priority, safe claiming, retries, calling windows.

- `sync.py`      builds one work item per debtor from their claims (imports, demo, jobs).
- `policy.py`    the supervisor's priority and retry policies (app_settings, audited).
- `hopper.py`    the best eligible items of each queue, rebuilt on demand.
- `service.py`   `QueueService`: next item (lease), heartbeat, release, manual-call checks.
- `outcomes.py`  what a call's outcome does to the file (retries, call-backs, échec amiable).
"""
