"""What the store says about relations over time: dyad series, actors, quotes, escalation.

Every function here takes a DuckDB connection (or cursor) to a store and returns typed
records; the command line, the REST API and the dashboard all read through them.
"""

# the defaults of the commands, shared by their options and the library's arguments
TOP_ACTORS = 20
QUOTE_LIMIT = 50
