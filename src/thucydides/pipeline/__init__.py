"""Running the stages over many articles: read, code in a pool of worker processes, write
to the store, with progress and the run's provenance (used by `ingest`, the library and
Spark's workers)."""
