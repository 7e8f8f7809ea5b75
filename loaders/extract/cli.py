"""``extract`` and ``evaluate`` subcommands (plugged into ``python -m loaders``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from loaders.extract.base import DEFAULT_EXTRACTOR, ExtractionError, available


def _extractor_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--extractor", default=None, metavar="NAME",
                   help=f"extractor to use (default: $NEWSGRAPH_EXTRACTOR or '{DEFAULT_EXTRACTOR}'; "
                   f"available: {', '.join(available())})")
    p.add_argument("--gazetteer", action="append", default=[], metavar="YAML", type=Path,
                   help="extra gazetteer file (repeatable; also $NEWSGRAPH_GAZETTEER)")


def _make_extractor(args: argparse.Namespace):
    from loaders.extract.base import get_extractor

    opts = {}
    if args.gazetteer:
        opts["gazetteer_files"] = args.gazetteer
    return get_extractor(args.extractor, **opts)


def add_extract_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="FILE.txt", type=Path,
                   help="article text: plain, or corpus format (source:, lang:, blank line)")
    p.add_argument("--lang", choices=("ar", "en", "auto"), default="auto",
                   help="text language (default: the file's lang: line, else detected)")
    p.add_argument("-o", "--output", type=Path, default=None,
                   help="write the JSON here instead of standard output")
    p.add_argument("--compact", action="store_true", help="one-line JSON")
    _extractor_args(p)


def cmd_extract(args: argparse.Namespace) -> int:
    from loaders.extract import extract_file
    from loaders.extract.gazetteer import GazetteerError

    try:
        doc = extract_file(args.path, lang=args.lang, extractor=_make_extractor(args))
    except (ExtractionError, GazetteerError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    out = json.dumps(doc, ensure_ascii=False, indent=None if args.compact else 2)
    if args.output:
        args.output.write_text(out + "\n", encoding="utf-8")
        print(f"wrote {args.output}: {len(doc['entities'])} entities, "
              f"{len(doc['relations'])} relations", file=sys.stderr)
    else:
        sys.stdout.write(out + "\n")
    return 0


def add_evaluate_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="annotated article JSON files or folders (default: seeds/ and "
                   "seeds/corpus/)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--errors", action="store_true",
                   help="list every missed and spurious relation")
    p.add_argument("--missed-entities", action="store_true",
                   help="list every gold entity the extractor did not find (article, id, "
                   "names)")
    p.add_argument("--strict-ids", action="store_true",
                   help="score ids exactly as spelled (default: align a predicted id to the "
                   "annotator's id of the same entity: a new name by spelling skeleton, "
                   "kinith-maknazi ~ kenneth-mckenzie; a gold id the gazetteer does not use "
                   "by the names both give, naim-qasem ~ naim-qassem)")
    p.add_argument("--min-f1", type=float, default=None, metavar="F",
                   help="exit 1 if the F1 over MET_WITH/SUCCESSOR_OF/ASSASSINATED_BY is below F")
    _extractor_args(p)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from loaders.extract.evaluate import CORE_TYPES, evaluate, format_report, gold_files
    from loaders.extract.gazetteer import GazetteerError

    files = gold_files(args.paths or None)
    if not files:
        print("error: no annotated .json articles found in "
              f"{', '.join(args.paths) or 'seeds/, seeds/corpus/'}", file=sys.stderr)
        return 1
    try:
        rep = evaluate(files, _make_extractor(args), lenient=not args.strict_ids)
    except (ExtractionError, GazetteerError, KeyError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        d = rep.as_dict()
        if not args.errors:
            d.pop("errors")
        if not args.missed_entities:
            d.pop("missed_entities")
        print(json.dumps(d, ensure_ascii=False, indent=2))
    else:
        print(format_report(rep))
        if args.errors:
            for e in rep.errors:
                print(f"  {e['kind']:<15} {e['article']}: {e['source']} -{e['type']}-> "
                      f"{e['target']}")
        if args.missed_entities:
            for e in rep.missed_entities:
                print(f"  missed entity   {e['article']}: {e['id']} "
                      f"({e['name']} / {e['name_ar']})")
    core = rep.overall(CORE_TYPES).f1
    if args.min_f1 is not None and core < args.min_f1:
        print(f"core F1 {core:.3f} is below --min-f1 {args.min_f1}", file=sys.stderr)
        return 1
    return 0


def commands():
    """(name, help, add_args, run) for the loaders CLI's command table."""
    return [
        ("extract", "extract entities and relations from an article .txt; print canonical JSON",
         add_extract_args, cmd_extract),
        ("evaluate", "score the extractor against the hand-annotated articles",
         add_evaluate_args, cmd_evaluate),
    ]


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point: ``python -m loaders.extract extract|evaluate ...``."""
    parser = argparse.ArgumentParser(prog="python -m loaders.extract")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, help_, add, run in commands():
        sp = sub.add_parser(name, help=help_, description=help_)
        add(sp)
        sp.set_defaults(_run=run)
    args = parser.parse_args(argv)
    return int(args._run(args))
