"""``python -m explorer snapshot``: a figure from the command line, no person at a browser.

    python -m explorer snapshot --view qaani-baghdad --format png --scale 4 -o fig.png
    python -m explorer snapshot --focus person:esmail-qaani --depth 2 --types Person,Organization \\
        --format svg -o fig.svg

Server-side formats (graphml, gexf, csv, json, html) need no browser. PNG and SVG are drawn
in headless Chromium from the standalone HTML export (no Streamlit server): the PNG comes
from the same export code as the app, the SVG from the positions the browser reports.
``--view`` needs no database (a saved view holds its figure); ``--focus`` reads Neo4j
(NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE or .env).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from explorer.export import formats
from explorer.export.figure import LAYOUTS, Figure, apply_layout, with_positions
from explorer.export.html import to_html
from explorer.export.svg import to_svg

FORMATS = ("png", "svg", "html", "graphml", "gexf", "csv", "json")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_snapshot_parser(commands: Any) -> argparse.ArgumentParser:
    """Register ``snapshot`` on a subparsers object (``python -m explorer``)."""
    p = commands.add_parser(
        "snapshot",
        help="export a figure (png/svg/html/graphml/gexf/csv/json) of a saved view or a neighbourhood",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--view", metavar="NAME", help="a saved view (views/NAME.json)")
    what.add_argument("--focus", metavar="ENTITY_ID", help="an entity id, e.g. person:esmail-qaani")
    p.add_argument("--depth", type=int, default=1, help="hops around --focus (1-4, default 1)")
    p.add_argument("--cap", type=int, default=25, help="neighbours per expanded node (default 25)")
    f = p.add_argument_group("filters (with --focus)")
    f.add_argument("--types", default="", help="entity types to keep, comma-separated (e.g. Person,Organization)")
    f.add_argument("--rels", default="", help="relation types to keep, comma-separated (e.g. MET_WITH,LEADS)")
    f.add_argument("--from", dest="date_from", default="", help="earliest date (YYYY, YYYY-MM or YYYY-MM-DD)")
    f.add_argument("--to", dest="date_to", default="", help="latest date")
    f.add_argument("--outlet", action="append", default=[], help="keep evidence from this outlet (repeatable)")
    f.add_argument("--filters", default="", help="the same as a URL query string, e.g. 'types=Person&rels=MET_WITH'")
    look = p.add_argument_group("picture")
    look.add_argument("--format", choices=FORMATS, default=None, help="output format (default: from -o's suffix)")
    look.add_argument("--scale", type=float, default=None, help="PNG scale 1-8 (default 1)")
    look.add_argument("--width", type=int, default=None, help="PNG width in pixels (instead of --scale)")
    look.add_argument("--size", default=None, help="canvas size WxH in CSS pixels (default 1200x700, or the view's)")
    look.add_argument("--background", default="white", help="white (default), transparent or a colour")
    look.add_argument("--layout", choices=LAYOUTS, default=None, help="physics (seeded), hierarchical, circular, fixed")
    look.add_argument("--seed", type=int, default=None, help="layout seed (default 7, or the view's)")
    look.add_argument("--lang", choices=("both", "en", "ar"), default="both", help="label language (with --focus)")
    look.add_argument("--title", default=None, help="title drawn above the graph")
    look.add_argument("--caption", default=None, help="caption drawn below (default with --focus: 'Sources: outlets, dates')")
    look.add_argument("--no-legend", action="store_true", help="leave the legend out")
    p.add_argument("-o", "--output", required=True, help="output file")
    p.add_argument("--save-view", metavar="NAME", default=None,
                   help="also save the figure (with its positions) as views/NAME.json")
    p.set_defaults(run=cmd_snapshot)
    return p


def cmd_snapshot(args: argparse.Namespace) -> int:
    """Run the snapshot command; errors are one line on stderr, nothing half-written."""
    t0 = time.perf_counter()
    try:
        fmt = args.format or _format_from_suffix(args.output)
        fig = _figure(args)
        fig, summary = _export(fig, fmt, args)
        if args.save_view:
            from explorer.views import SavedView, save_view

            if not fig.is_frozen():
                from explorer.export.browser import render

                fig = with_positions(fig, render(fig, png=False).positions)
            path = save_view(SavedView(name=args.save_view, figure=fig, state=_state_params(args)),
                             overwrite=True)
            summary += f"; saved view {path}"
    except (ValueError, LookupError, RuntimeError, OSError) as exc:
        print(f"snapshot: {exc}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, ValueError | LookupError) else EXIT_FAILED
    print(f"{summary} in {time.perf_counter() - t0:.2f} s")
    return EXIT_OK


# ---------------------------------------------------------------- steps


def _format_from_suffix(output: str) -> str:
    suffix = Path(output).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    if suffix == "htm":
        return "html"
    raise ValueError(f"-o {output}: cannot tell the format from the suffix; give --format "
                     f"({', '.join(FORMATS)})")


def _size(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    w, sep, h = text.lower().partition("x")
    if not sep or not w.isdigit() or not h.isdigit() or not (100 <= int(w) <= 4000 and 100 <= int(h) <= 4000):
        raise ValueError(f"--size {text!r}: expected WxH with 100-4000 pixels each, e.g. 1200x700")
    return int(w), int(h)


def _figure(args: argparse.Namespace) -> Figure:
    size = _size(args.size)
    if args.view:
        from explorer.views import load_view

        fig = load_view(args.view).figure
    else:
        fig = _focus_figure(args, size)
    meta: dict[str, Any] = {}
    if size:
        meta["width"], meta["height"] = size
    if args.title is not None:
        meta["title"] = args.title
    if args.caption is not None:
        meta["caption"] = args.caption
    if args.no_legend:
        meta["legend"] = []
    if args.seed is not None:
        meta["seed"] = int(args.seed)
    if meta:
        from dataclasses import replace

        fig = replace(fig, **meta)
    if args.layout and args.layout != fig.layout:
        fig = apply_layout(fig, args.layout, root=args.focus)
    return fig


def _state_params(args: argparse.Namespace) -> dict[str, Any]:
    """Explorer URL parameters of a --focus snapshot (so the view can be reopened live)."""
    if not args.focus:
        return {}
    from urllib.parse import parse_qs

    params: dict[str, Any] = {k: v for k, v in parse_qs(args.filters or "").items()}
    params["focus"] = args.focus
    if args.types:
        params["types"] = args.types
    if args.rels:
        params["rels"] = args.rels
    if args.date_from:
        params["from"] = args.date_from
    if args.date_to:
        params["to"] = args.date_to
    if args.outlet:
        params["outlet"] = list(args.outlet)
    if args.lang != "both":
        params["lang"] = args.lang
    return params


def _focus_figure(args: argparse.Namespace, size: tuple[int, int] | None) -> Figure:
    from explorer import figures
    from explorer.graph import from_params
    from explorer.service import Neo4jSource, vocabulary
    from loaders.connection import ConnectionProblem, open_driver
    from loaders.settings import Neo4jSettings

    vocab = vocabulary()
    params = _state_params(args)
    state = from_params(params, entity_types=vocab.entity_types, rel_types=vocab.relation_types)
    settings = Neo4jSettings.from_env()
    try:
        driver = open_driver(settings)
    except ConnectionProblem as problem:
        raise RuntimeError(str(problem)) from problem
    try:
        source = Neo4jSource(driver, settings.database, cache=False)
        state = figures.neighbourhood_state(
            source, args.focus, args.depth, filters=state.filters, cap=max(1, min(args.cap, 1000)),
            lang=state.lang, seed=args.seed if args.seed is not None else 7,
        )
        from explorer.graph import build_view

        vm = build_view(state, source)
        caption = args.caption
        if caption is None:
            caption = figures.sources_caption(driver, settings.database, sorted(vm.nodes))
        width, height = size or (1200, 700)
        return figures.view_figure(
            vm, symmetric=vocab.symmetric, lang=state.lang, title=args.title or "", caption=caption, seed=state.seed,
            width=width, height=height, layout=args.layout or "physics", root=args.focus,
        )
    finally:
        driver.close()


def _export(fig: Figure, fmt: str, args: argparse.Namespace) -> tuple[Figure, str]:
    out = Path(args.output)
    counts = f"{len(fig.nodes)} nodes, {len(fig.edges)} edges"
    if fmt in ("png", "svg"):
        from explorer.export.browser import render

        if fmt == "png":
            if args.scale is not None and not 0.25 <= args.scale <= 8:
                raise ValueError(f"--scale {args.scale}: expected 0.25 to 8")
            if args.width is not None and not 100 <= args.width <= 16384:
                raise ValueError(f"--width {args.width}: expected 100 to 16384 pixels")
            r = render(fig, scale=args.scale or 1.0, width=args.width, background=args.background)
            assert r.png is not None
            fig = with_positions(fig, r.positions, layout=fig.layout)
            _write(out, r.png)
            return fig, f"wrote {out} (PNG {r.width}x{r.height}, {counts})"
        if not fig.is_frozen():
            fig = with_positions(fig, render(fig, png=False).positions, layout=fig.layout)
        _write(out, to_svg(fig, background=args.background))
        return fig, f"wrote {out} (SVG, {counts})"
    if fmt == "html":
        _write(out, to_html(fig, filename=out.stem))
    elif fmt == "graphml":
        _write(out, formats.to_graphml(fig))
    elif fmt == "gexf":
        _write(out, formats.to_gexf(fig))
    elif fmt == "json":
        _write(out, formats.to_json(fig))
    elif fmt == "csv":
        nodes_path, edges_path = csv_paths(out)
        _write(nodes_path, formats.nodes_csv(fig))
        _write(edges_path, formats.edges_csv(fig))
        return fig, f"wrote {nodes_path} and {edges_path} ({counts})"
    return fig, f"wrote {out} ({fmt.upper()}, {counts})"


def csv_paths(out: Path) -> tuple[Path, Path]:
    """``x.csv`` -> ``x_nodes.csv``, ``x_edges.csv`` (next to each other)."""
    stem = out.stem if out.suffix.lower() == ".csv" else out.name
    return out.with_name(f"{stem}_nodes.csv"), out.with_name(f"{stem}_edges.csv")


def _write(path: Path, data: bytes) -> None:
    """Write atomically: a temporary file in the same folder, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    """``python -m explorer.export.cli snapshot ...`` (same as ``python -m explorer snapshot``)."""
    parser = argparse.ArgumentParser(prog="python -m explorer")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_snapshot_parser(commands)
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
