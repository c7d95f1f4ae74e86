"""The store of coded articles (an embedded DuckDB file) and the ingest runs that fill it.

    thucydides ingest news/ --db events.duckdb

Tables and guarantees: docs/schema.md.
"""
