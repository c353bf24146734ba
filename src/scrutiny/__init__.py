"""Scrutiny: published notes of police accountability boards, read into meeting records."""

__version__ = "0.1.0"
