"""Loaders: turn annotated articles, tables and texts into the Neo4j news graph (write side)."""
