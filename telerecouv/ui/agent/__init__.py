"""The agent's workspace (issue #5)."""
