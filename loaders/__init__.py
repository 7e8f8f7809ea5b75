"""Loaders: annotated articles, tables and texts -> validated records -> Neo4j (write side)."""
