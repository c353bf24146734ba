"""The API's operations, a router per kind of thing."""
