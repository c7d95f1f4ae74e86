"""The one reader: every command that takes articles (`code`, `ingest`, `spark`, POST
/api/code, `thucydides.code`) reads them here, so that the same bytes give the same text,
article and id everywhere.

formats: bytes to articles or rejects, format by format, and an article's id.
files: files, folders and standard input, as a stream of articles and rejects.
clean: the body of a scraped text, offsets kept.
write: files written whole or not at all.
"""
