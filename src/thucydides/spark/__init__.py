"""Coding on Apache Spark: articles in any format Spark reads, events, statements, articles,
places and rejects out as Parquet folders partitioned by date (docs/spark.md).

    thucydides spark --input articles.jsonl --output events-parquet/
    spark-submit -m thucydides.spark --input s3a://news/2022/ --output s3a://events/

`thucydides events --parquet DIR` and `thucydides export --parquet DIR` read the output
through DuckDB, with the same SQL as a store.
"""
