"""Command line: one small function per subcommand; the library does the work.

To add a subcommand: write ``add_<name>_args(parser)`` and ``cmd_<name>(args) -> int`` and
append one ``Command`` to ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from loaders.errors import InputError, Problem
from loaders.vocabulary import VocabularyError, load_vocabulary


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    add_args: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def _print_problems(problems: Sequence[Problem], notes: Sequence[Problem]) -> None:
    for n in notes:
        print(n, file=sys.stderr)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)


def _types_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--types", metavar="YAML", type=Path,
                   help="extra entity/relation types (default: $NEWSGRAPH_TYPES or "
                   "loaders/types.yaml)")


# --- validate --------------------------------------------------------------------------------

def add_validate_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    _types_arg(p)


def cmd_validate(args: argparse.Namespace) -> int:
    from loaders.validate import scan

    vocab = load_vocabulary(args.types)
    result = scan(args.paths, vocab)
    _print_problems(result.problems, result.notes)
    reg = result.registry
    if not result.ok:
        more = " (stopped early)" if result.truncated else ""
        print(f"invalid: {len(result.problems)} problem(s){more} in {len(result.files)} "
              "file(s); nothing was loaded", file=sys.stderr)
        return 1
    print(f"ok: {len(result.files)} file(s), {len(reg.articles)} article(s), "
          f"{len(reg.entities)} entities, {reg.relations} relation evidence row(s)")
    return 0


# --- load --------------------------------------------------------------------------------------

def add_load_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    _types_arg(p)
    p.add_argument("--batch-size", type=int, default=5000,
                   help="relationship rows per write transaction (default 5000)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--workers", type=int, default=2,
                   help="write transactions of new relationships run this many at a time "
                   "(default 2; 1 = strictly one after the other)")


def cmd_load(args: argparse.Namespace) -> int:
    from loaders.connection import ConnectionProblem, open_driver
    from loaders.settings import Neo4jSettings
    from loaders.writer import load_paths

    vocab = load_vocabulary(args.types)
    settings = Neo4jSettings.from_env()
    try:
        driver = open_driver(settings)
    except ConnectionProblem as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        report = load_paths(driver, settings.database, args.paths, vocab,
                            batch_size=args.batch_size, progress=not args.no_progress,
                            workers=args.workers)
    except ConnectionProblem as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except InputError as exc:  # a file changed on disk between validation and writing
        _print_problems(exc.problems, [])
        return 1
    finally:
        driver.close()
    _print_problems(report.problems, report.notes)
    if report.problems:
        print(f"refused: {len(report.problems)} problem(s); the database was not changed",
              file=sys.stderr)
        return 1
    print(report.summary())
    return 0


COMMANDS: list[Command] = [
    Command("validate", "check files or folders without touching the database",
            add_validate_args, cmd_validate),
    Command("load", "validate, then load files or folders into Neo4j", add_load_args, cmd_load),
]


def _extract_commands() -> list[Command]:
    """``extract`` and ``evaluate`` from the extraction package (loaders/extract/cli.py)."""
    from loaders.extract.cli import commands

    return [Command(*c) for c in commands()]


COMMANDS += _extract_commands()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m loaders",
        description="Annotated articles, tables and texts into the news knowledge graph.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for c in COMMANDS:
        sp = sub.add_parser(c.name, help=c.help, description=c.help)
        c.add_args(sp)
        sp.set_defaults(_run=c.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args._run(args))
    except VocabularyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: every finished batch is in the database; run the same command "
              "again to complete the load", file=sys.stderr)
        return 130
