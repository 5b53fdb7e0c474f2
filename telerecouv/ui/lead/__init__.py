"""Team-lead screens: outcome review, approvals, KPI dashboard."""
