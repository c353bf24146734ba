"""What each page reads from the database, one module a page, so views stay thin."""
