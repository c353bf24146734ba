"""inspections pages."""
