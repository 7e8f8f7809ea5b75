"""Command-line commands of the explorer, one function per subcommand (library calls only)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from explorer import results
from explorer.guard import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, GuardPolicy, QueryError, run_guarded
from loaders.connection import ConnectionProblem, open_driver
from loaders.settings import Neo4jSettings

EXIT_OK = 0
EXIT_FAILED = 1  # the query ran and failed (syntax, timeout, runtime error, server down)
EXIT_USAGE = 2  # bad arguments or parameters (argparse uses 2 as well)
EXIT_REFUSED = 3  # the console's guards refused the query


def add_query_parser(commands: Any) -> None:
    p = commands.add_parser(
        "query",
        help="run read-only Cypher through the console's guards",
        description="Run one read-only Cypher query through the same guarded path as the "
        "Cypher page (EXPLAIN check, read transaction, timeout, row cap). Connection from "
        "NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE (or .env).",
    )
    p.add_argument("cypher", help="the Cypher query ('-' reads it from standard input)")
    p.add_argument("--params", default=None, help='parameters as a JSON object, e.g. \'{"id": "person:esmail-qaani"}\'')
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--timeout", type=float, default=None, help=f"seconds (default {DEFAULT_TIMEOUT_S:g}, or CONSOLE_TIMEOUT)")
    p.add_argument("--limit", type=int, default=None, help=f"row cap (default {DEFAULT_MAX_ROWS}, or CONSOLE_MAX_ROWS)")
    p.set_defaults(run=cmd_query)


def cmd_query(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the query; print rows on stdout, the reason of a refusal/failure on stderr."""
    out = out or sys.stdout
    err = err or sys.stderr
    query = sys.stdin.read() if args.cypher == "-" else args.cypher
    try:
        policy = GuardPolicy.from_env().with_limits(timeout_s=args.timeout, max_rows=args.limit)
    except (QueryError, ValueError) as problem:
        print(f"error: {problem}", file=err)
        return EXIT_USAGE
    try:
        settings = Neo4jSettings.from_env()
        driver = open_driver(settings)
    except ConnectionProblem as problem:
        print(f"error: {problem}", file=err)
        return EXIT_FAILED
    try:
        result = run_guarded(driver, settings.database, query, args.params, policy)
    except QueryError as problem:
        print(problem.describe(), file=err)
        if problem.snippet:
            print(problem.snippet, file=err)
        return {"refused": EXIT_REFUSED, "invalid": EXIT_USAGE}.get(problem.kind, EXIT_FAILED)
    finally:
        driver.close()
    if args.format == "json":
        json.dump(results.rows_json(result), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "csv":
        out.write(results.to_csv(result))
    else:
        out.write(results.to_text_table(result) + "\n")
    print(results.summary_line(result), file=err)
    for note in result.notifications:
        print(f"warning: {note}", file=err)
    return EXIT_OK
