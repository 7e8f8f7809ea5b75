"""`python -m explorer <command>`: a thin dispatcher; each command is one function in explorer/cli.py."""

from __future__ import annotations

import argparse
import sys

from explorer.export.cli import add_snapshot_parser


def build_parser() -> argparse.ArgumentParser:
    from explorer import cli  # imported here: `snapshot` starts without it

    parser = argparse.ArgumentParser(prog="python -m explorer", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    cli.add_query_parser(commands)
    add_snapshot_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else argv
    if args_in[:1] == ["snapshot"]:
        # Figures: start fast, without the console's imports (pandas, ...).
        from explorer.export.cli import main as snapshot_main

        return snapshot_main(args_in)
    args = build_parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
