"""series pages."""
