"""action_log pages."""
