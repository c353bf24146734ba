"""Feeds of the published data: RSS and Atom per board and per search, iCal per board."""
