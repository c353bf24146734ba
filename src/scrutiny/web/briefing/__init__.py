"""briefing pages."""
