"""Email alerts: subscriptions to a keyword or a board, confirmed, and one digest of new
matching material at a time."""
