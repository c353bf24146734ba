"""Documents in, meetings stored: source documents, their hashes, and the ingest service."""
