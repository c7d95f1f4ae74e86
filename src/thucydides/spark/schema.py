"""Spark types of the store's tables, read from the store's own DDL (store/schema.py):
the Parquet a Spark run writes has the columns and types of the DuckDB store."""

from __future__ import annotations

from functools import cache

import duckdb
from pyspark.sql.types import (
    ArrayType,
    BooleanType,
    DataType,
    DateType,
    DoubleType,
    IntegerType,
    LongType,
    StringType,
    StructField,
    StructType,
    TimestampNTZType,
)

from ..store.schema import TABLES

# DuckDB's names -> Spark's; TIMESTAMP is naive in the store, so NTZ (no time zone) here
SPARK_TYPES: dict[str, DataType] = {
    "VARCHAR": StringType(), "INTEGER": IntegerType(), "BIGINT": LongType(),
    "DOUBLE": DoubleType(), "BOOLEAN": BooleanType(), "DATE": DateType(),
    "TIMESTAMP": TimestampNTZType(), "VARCHAR[]": ArrayType(StringType()),
}


@cache
def duckdb_types(table: str) -> dict[str, str]:
    """Column name -> DuckDB type of one of the store's tables."""
    with duckdb.connect(":memory:") as con:
        for statement in TABLES:
            con.execute(statement)
        return {name: kind for name, kind, *_ in con.execute(f"DESCRIBE {table}").fetchall()}


def struct(table: str, columns: tuple[str, ...]) -> StructType:
    types = duckdb_types(table)
    return StructType([StructField(c, SPARK_TYPES[types[c]]) for c in columns])
