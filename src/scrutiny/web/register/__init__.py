"""register pages."""
