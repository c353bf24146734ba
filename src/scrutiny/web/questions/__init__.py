"""questions pages."""
