"""Supervisor screens: queue settings, audit log, import wizard, monthly reports."""
