"""Vector SVG of a figure, built from node positions (those the browser reports, or saved).

Everything is vector: shapes as paths, every label as ``<text>`` (searchable, editable in
Inkscape/Illustrator, crisp at any zoom). A line with Arabic script gets
``direction="rtl" unicode-bidi="embed"`` and is wrapped in U+2067 (RLI) ... U+2069 (PDI), so
the SVG renderer shapes and orders it right to left, mixed Arabic/Latin included. The
document is built with ElementTree, so names and sentences are always escaped text.

Geometry follows vis-network 9.1.2 (shapes, label below shape-type nodes and inside
box-type nodes, edge labels along the edge), fitted into ``width`` x ``height`` with a
title band above and a legend/caption band below, like the PNG export.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from explorer.export.figure import Figure, Position, edge_key, strip_bidi
from explorer.export.formats import xml_safe

SVG_NS = "http://www.w3.org/2000/svg"
FONT_FAMILY = "'DejaVu Sans', 'Noto Sans Arabic', Arial, sans-serif"
RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
RLI, PDI = "\u2067", "\u2069"
INSIDE_LABEL = {"box", "ellipse", "circle", "database", "text"}
DEFAULT_NODE_COLOR = "#97C2FC"
DEFAULT_BORDER = "#2B7CE9"
DEFAULT_EDGE_COLOR = "#848484"
_COLOR_RE = re.compile(r"^(#[0-9a-fA-F]{3,8}|rgba?\([0-9.,%\s]+\)|[a-zA-Z]{3,20})$")
PAD = 24
TITLE_SIZE = 22
LEGEND_SIZE = 13
CAPTION_SIZE = 12

ET.register_namespace("", SVG_NS)


def text_width(text: str, size: float) -> float:
    """Rough advance width of ``text`` in DejaVu Sans (for boxes and the bounding box)."""
    return 0.6 * size * len(strip_bidi(text))


_STRONG_RE = re.compile("[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def is_rtl(line: str, *, first_strong: bool = False) -> bool:
    """Right-to-left line? Node labels: any Arabic/Hebrew letter (as the graph canvas does);
    running text (title, caption, legend): its first strong letter, like ``dir="auto"``."""
    if not first_strong:
        return bool(RTL_RE.search(line))
    m = _STRONG_RE.search(line)
    return bool(m and RTL_RE.match(m.group(0)))


def isolate(line: str, *, first_strong: bool = False) -> str:
    """Wrap a right-to-left line in RLI ... PDI (no-op for other lines)."""
    line = strip_bidi(line)
    return f"{RLI}{line}{PDI}" if is_rtl(line, first_strong=first_strong) else line


def to_svg(
    fig: Figure,
    positions: Mapping[str, Position] | None = None,
    *,
    background: str = "white",
    show_title: bool = True,
    show_legend: bool = True,
    show_caption: bool = True,
) -> bytes:
    """The figure as a standalone SVG document (UTF-8 bytes).

    ``positions`` default to the figure's own; every node must have one (ask the browser,
    or use a circular/hierarchical layout) or ValueError names the first missing node.
    """
    pos = dict(fig.positions)
    if positions:
        pos.update({str(k): (float(v[0]), float(v[1])) for k, v in positions.items()})
    for nid in fig.node_ids():
        if nid not in pos:
            raise ValueError(f"SVG export: node {nid!r} has no position (export from the browser "
                             "or choose a circular/hierarchical layout)")
    nodes = {str(n["id"]): n for n in fig.nodes}
    geo = {nid: _node_geometry(n, pos[nid]) for nid, n in nodes.items()}

    # Bounding box of the graph in graph units.
    xs0, ys0, xs1, ys1 = [], [], [], []
    for g in geo.values():
        x0, y0, x1, y1 = g["bbox"]
        xs0.append(x0)
        ys0.append(y0)
        xs1.append(x1)
        ys1.append(y1)
    if not geo:
        xs0, ys0, xs1, ys1 = [0.0], [0.0], [1.0], [1.0]
    bx0, by0, bx1, by1 = min(xs0), min(ys0), max(xs1), max(ys1)
    bw, bh = max(bx1 - bx0, 1.0), max(by1 - by0, 1.0)

    width, height = int(fig.width), int(fig.height)
    title = fig.title.strip() if show_title else ""
    title_h = TITLE_SIZE + 18 if title else 0
    legend = fig.legend if show_legend else []
    caption = fig.caption.strip() if show_caption else ""
    legend_rows = _legend_rows(legend, width - 2 * PAD)
    caption_lines = _wrap(caption, CAPTION_SIZE, width - 2 * PAD) if caption else []
    foot_h = (len(legend_rows) * (LEGEND_SIZE + 10) + (8 if legend_rows else 0)
              + len(caption_lines) * (CAPTION_SIZE + 6) + (10 if caption_lines else 0))
    total_h = title_h + height + foot_h

    scale = min((width - 2 * PAD) / bw, (height - 2 * PAD) / bh)
    tx = PAD + ((width - 2 * PAD) - bw * scale) / 2 - bx0 * scale
    ty = title_h + PAD + ((height - 2 * PAD) - bh * scale) / 2 - by0 * scale

    root = ET.Element(
        f"{{{SVG_NS}}}svg",
        {
            "version": "1.1",
            "width": str(width),
            "height": str(total_h),
            "viewBox": f"0 0 {width} {total_h}",
            "font-family": FONT_FAMILY,
        },
    )
    if title:
        ET.SubElement(root, f"{{{SVG_NS}}}title").text = xml_safe(title)
    if background != "transparent":
        ET.SubElement(root, f"{{{SVG_NS}}}rect", {"x": "0", "y": "0", "width": str(width),
                                                   "height": str(total_h), "fill": _color(background, "white")})
    if title:
        _text(root, title, width / 2, title_h - 12, TITLE_SIZE, "#1f2330", weight="bold", prose=True)

    graph = ET.SubElement(root, f"{{{SVG_NS}}}g", {
        "class": "graph", "transform": f"translate({_f(tx)} {_f(ty)}) scale({_f(scale)})"})
    edges_g = ET.SubElement(graph, f"{{{SVG_NS}}}g", {"class": "edges"})
    nodes_g = ET.SubElement(graph, f"{{{SVG_NS}}}g", {"class": "nodes"})

    # Parallel edges between the same two nodes are drawn as separate curves.
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in fig.edges:
        a, b = str(e["from"]), str(e["to"])
        if a in geo and b in geo:
            pairs[tuple(sorted((a, b)))].append(edge_key(e))  # type: ignore[index]
    for e in fig.edges:
        a, b = str(e["from"]), str(e["to"])
        if a in geo and b in geo:
            group = pairs[tuple(sorted((a, b)))]  # type: ignore[index]
            _edge(edges_g, e, geo[a], geo[b], group.index(edge_key(e)), len(group), a > b)
    for nid, n in nodes.items():
        _node(nodes_g, nid, n, geo[nid])

    y = title_h + height + 6
    for row in legend_rows:
        x = (width - row[-1][1] - row[-1][2]) / 2 if row else PAD
        for item, x0, _w in row:
            _legend_item(root, item, x + x0, y + LEGEND_SIZE / 2 + 2)
        y += LEGEND_SIZE + 10
    if legend_rows:
        y += 8
    for line in caption_lines:
        _text(root, line, width / 2, y + CAPTION_SIZE, CAPTION_SIZE, "#5c5f6b", cls="caption", prose=True)
        y += CAPTION_SIZE + 6

    ET.indent(root, space=" ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


# ---------------------------------------------------------------- nodes


def _font(item: Mapping[str, Any], default_size: float, default_color: str) -> tuple[float, str]:
    font = item.get("font")
    size, color = default_size, default_color
    if isinstance(font, Mapping):
        if isinstance(font.get("size"), int | float) and font["size"] > 0:
            size = float(font["size"])
        if isinstance(font.get("color"), str):
            color = font["color"]
    return size, color


def _lines(label: Any) -> list[str]:
    text = strip_bidi(str(label or ""))
    return [ln for ln in text.split("\n")] if text else []


def _node_geometry(n: Mapping[str, Any], p: Position) -> dict[str, Any]:
    x, y = float(p[0]), float(p[1])
    shape = str(n.get("shape") or "ellipse")
    size = float(n["size"]) if isinstance(n.get("size"), int | float) else 25.0
    fsize, _ = _font(n, 14.0, "#343434")
    lines = _lines(n.get("label"))
    lw = max((text_width(ln, fsize) for ln in lines), default=0.0)
    lh = fsize * 1.2 * len(lines)
    if shape in INSIDE_LABEL:
        hw = max(lw / 2 + 6, 10.0)
        hh = max(lh / 2 + 5, 10.0)
        if shape == "circle":
            hw = hh = max(hw, hh)
        return {"shape": shape, "x": x, "y": y, "hw": hw, "hh": hh, "r": max(hw, hh),
                "lines": lines, "fsize": fsize, "label_y": y - lh / 2,
                "bbox": (x - hw, y - hh, x + hw, y + hh)}
    label_top = y + size + 4
    return {"shape": shape, "x": x, "y": y, "hw": size, "hh": size, "r": size,
            "lines": lines, "fsize": fsize, "label_y": label_top,
            "bbox": (min(x - size, x - lw / 2), y - size * 1.3, max(x + size, x + lw / 2),
                     max(y + size * 1.1, label_top + lh))}


def _node(parent: ET.Element, nid: str, n: Mapping[str, Any], g: Mapping[str, Any]) -> None:
    color = n.get("color")
    if isinstance(color, Mapping):
        fill = _color(color.get("background"), DEFAULT_NODE_COLOR)
        stroke = _color(color.get("border"), DEFAULT_BORDER)
    else:
        fill = _color(color, DEFAULT_NODE_COLOR)
        stroke = DEFAULT_BORDER if color is None else "#2b2b2b"
    bw = n.get("borderWidth")
    bw = float(bw) if isinstance(bw, int | float) else 1.0
    grp = ET.SubElement(parent, f"{{{SVG_NS}}}g", {"class": "node", "data-id": xml_safe(nid)})
    ET.SubElement(grp, f"{{{SVG_NS}}}title").text = xml_safe(strip_bidi(str(n.get("label") or nid)))
    x, y, shape = g["x"], g["y"], g["shape"]
    style = {"fill": fill, "stroke": stroke, "stroke-width": _f(bw)}
    if shape == "text":
        pass
    elif shape in ("dot", "circle"):
        ET.SubElement(grp, f"{{{SVG_NS}}}circle", {"cx": _f(x), "cy": _f(y), "r": _f(g["r"]), **style})
    elif shape == "ellipse":
        ET.SubElement(grp, f"{{{SVG_NS}}}ellipse", {"cx": _f(x), "cy": _f(y), "rx": _f(g["hw"]),
                                                     "ry": _f(g["hh"]), **style})
    elif shape in ("box", "database"):
        ET.SubElement(grp, f"{{{SVG_NS}}}rect", {
            "x": _f(x - g["hw"]), "y": _f(y - g["hh"]), "width": _f(2 * g["hw"]),
            "height": _f(2 * g["hh"]), "rx": "5", **style})
    else:
        ET.SubElement(grp, f"{{{SVG_NS}}}path", {"d": _shape_path(shape, x, y, g["r"]), **style})
    _, fcolor = _font(n, 14.0, "#343434")
    fsize = g["fsize"]
    ly = g["label_y"]
    for line in g["lines"]:
        ly += fsize * 1.2
        _text(grp, line, x, ly - fsize * 0.28, fsize, fcolor, cls="label")


def _shape_path(shape: str, x: float, y: float, r: float) -> str:
    pts: list[tuple[float, float]]
    if shape == "square":
        pts = [(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)]
    elif shape == "diamond":
        pts = [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
    elif shape in ("triangle", "triangleDown"):
        s = 2 * r
        ir = math.sqrt(3) / 6 * s
        h = math.sqrt(s * s - (s / 2) ** 2)
        sign = 1 if shape == "triangle" else -1
        pts = [(x, y - sign * (h - ir)), (x + s / 2, y + sign * ir), (x - s / 2, y + sign * ir)]
    elif shape == "star":
        rr = r * 0.82
        cy = y + 0.1 * rr
        pts = []
        for i in range(10):
            rad = rr * 1.3 if i % 2 == 0 else rr * 0.5
            pts.append((x + rad * math.sin(i * math.pi / 5), cy - rad * math.cos(i * math.pi / 5)))
    elif shape == "hexagon":
        pts = [(x + r * math.cos(2 * math.pi * i / 6), y + r * math.sin(2 * math.pi * i / 6)) for i in range(6)]
    else:  # anything else is drawn as a dot
        return (f"M {_f(x - r)} {_f(y)} a {_f(r)} {_f(r)} 0 1 0 {_f(2 * r)} 0 "
                f"a {_f(r)} {_f(r)} 0 1 0 {_f(-2 * r)} 0 Z")
    return "M " + " L ".join(f"{_f(px)} {_f(py)}" for px, py in pts) + " Z"


# ---------------------------------------------------------------- edges


def _boundary(g: Mapping[str, Any], dx: float, dy: float) -> float:
    """Distance from a node's centre to its outline in direction (dx, dy) (unit vector)."""
    if g["shape"] in INSIDE_LABEL and g["shape"] != "circle":
        hw, hh = g["hw"], g["hh"]
        tx = hw / abs(dx) if abs(dx) > 1e-9 else math.inf
        ty = hh / abs(dy) if abs(dy) > 1e-9 else math.inf
        return min(tx, ty)
    return float(g["r"])


def _edge(parent: ET.Element, e: Mapping[str, Any], ga: Mapping[str, Any], gb: Mapping[str, Any],
          index: int, count: int, flipped: bool) -> None:
    color = e.get("color")
    if isinstance(color, Mapping):
        color = color.get("color")
    stroke = _color(color, DEFAULT_EDGE_COLOR)
    width = float(e["width"]) if isinstance(e.get("width"), int | float) else 1.0
    grp = ET.SubElement(parent, f"{{{SVG_NS}}}g", {"class": "edge", "data-id": xml_safe(edge_key(e))})
    ax, ay, bx, by = ga["x"], ga["y"], gb["x"], gb["y"]
    dash = {"stroke-dasharray": "5 5"} if e.get("dashes") else {}
    if ga is gb or (abs(ax - bx) < 1e-6 and abs(ay - by) < 1e-6):
        r = ga["r"] * 0.9
        ET.SubElement(grp, f"{{{SVG_NS}}}circle", {"cx": _f(ax + r), "cy": _f(ay - r), "r": _f(r),
                                                    "fill": "none", "stroke": stroke, "stroke-width": _f(width), **dash})
        return
    dist = math.hypot(bx - ax, by - ay)
    ux, uy = (bx - ax) / dist, (by - ay) / dist
    offset = (index - (count - 1) / 2) * 36.0 * (-1 if flipped else 1)
    mx, my = (ax + bx) / 2 - uy * offset, (ay + by) / 2 + ux * offset
    # Control point of the quadratic curve through (mx, my) at t = 0.5.
    cx, cy = 2 * mx - (ax + bx) / 2, 2 * my - (ay + by) / 2
    sdx, sdy = _unit(cx - ax, cy - ay)
    edx, edy = _unit(bx - cx, by - cy)
    sx, sy = ax + sdx * _boundary(ga, sdx, sdy), ay + sdy * _boundary(ga, sdx, sdy)
    arrows = _arrow_to(e)
    tip = _boundary(gb, edx, edy)
    ex, ey = bx - edx * tip, by - edy * tip
    head = 8.0 + 2.0 * width
    lx, ly = (ex - edx * head * 0.8, ey - edy * head * 0.8) if arrows else (ex, ey)
    d = (f"M {_f(sx)} {_f(sy)} L {_f(lx)} {_f(ly)}" if offset == 0
         else f"M {_f(sx)} {_f(sy)} Q {_f(cx)} {_f(cy)} {_f(lx)} {_f(ly)}")
    ET.SubElement(grp, f"{{{SVG_NS}}}path", {"d": d, "fill": "none", "stroke": stroke,
                                              "stroke-width": _f(width), **dash})
    if arrows:
        px, py = -edy, edx
        pts = [(ex, ey), (ex - edx * head + px * head * 0.45, ey - edy * head + py * head * 0.45),
               (ex - edx * head - px * head * 0.45, ey - edy * head - py * head * 0.45)]
        ET.SubElement(grp, f"{{{SVG_NS}}}path", {
            "d": "M " + " L ".join(f"{_f(a)} {_f(b)}" for a, b in pts) + " Z", "fill": stroke})
    label = strip_bidi(str(e.get("label") or ""))
    if label:
        fsize, fcolor = _font(e, 14.0, "#343434")
        angle = 0.0
        font = e.get("font")
        if isinstance(font, Mapping) and font.get("align") in ("middle", "top", "bottom"):
            angle = math.degrees(math.atan2(by - ay, bx - ax))
            if angle > 90:
                angle -= 180
            elif angle < -90:
                angle += 180
        lines = label.split("\n")
        y0 = my - (len(lines) - 1) * fsize * 0.6
        for k, line in enumerate(lines):
            _text(grp, line, mx, y0 + k * fsize * 1.2 + fsize * 0.35, fsize, fcolor, cls="edge-label",
                  halo=True, rotate=(angle, mx, my) if angle else None)


def _arrow_to(e: Mapping[str, Any]) -> bool:
    arrows = e.get("arrows")
    if isinstance(arrows, str):
        return "to" in arrows
    if isinstance(arrows, Mapping):
        to = arrows.get("to")
        if isinstance(to, Mapping):
            return bool(to.get("enabled", True))
        return bool(to)
    return True


def _unit(dx: float, dy: float) -> tuple[float, float]:
    d = math.hypot(dx, dy) or 1.0
    return dx / d, dy / d


# ---------------------------------------------------------------- text, legend


def _text(parent: ET.Element, line: str, x: float, y: float, size: float, color: str, *,
          weight: str | None = None, cls: str | None = None, halo: bool = False,
          rotate: tuple[float, float, float] | None = None, prose: bool = False) -> ET.Element:
    attrs = {"x": _f(x), "y": _f(y), "font-size": _f(size), "fill": _color(color, "#343434"),
             "text-anchor": "middle"}
    if cls:
        attrs["class"] = cls
    if weight:
        attrs["font-weight"] = weight
    if halo:
        attrs.update({"stroke": "#ffffff", "stroke-width": "3", "paint-order": "stroke",
                      "stroke-linejoin": "round"})
    if rotate:
        attrs["transform"] = f"rotate({_f(rotate[0])} {_f(rotate[1])} {_f(rotate[2])})"
    plain = xml_safe(strip_bidi(line))
    if is_rtl(plain, first_strong=prose):
        attrs.update({"direction": "rtl", "unicode-bidi": "embed"})
    el = ET.SubElement(parent, f"{{{SVG_NS}}}text", attrs)
    el.text = isolate(plain, first_strong=prose)
    return el


def _legend_rows(legend: list[dict[str, str]], max_w: float) -> list[list[tuple[dict[str, str], float, float]]]:
    rows: list[list[tuple[dict[str, str], float, float]]] = []
    row: list[tuple[dict[str, str], float, float]] = []
    x = 0.0
    for item in legend:
        w = 20 + text_width(str(item.get("label", "")), LEGEND_SIZE)
        if row and x + w > max_w:
            rows.append(row)
            row, x = [], 0.0
        row.append((item, x, w))
        x += w + 16
    if row:
        rows.append(row)
    return rows


def _legend_item(parent: ET.Element, item: Mapping[str, str], x: float, cy: float) -> None:
    grp = ET.SubElement(parent, f"{{{SVG_NS}}}g", {"class": "legend-item"})
    shape = str(item.get("shape") or "dot")
    style = {"fill": _color(item.get("color"), "#999999"), "stroke": "#555555", "stroke-width": "1"}
    if shape in ("dot", "circle", "ellipse"):
        ET.SubElement(grp, f"{{{SVG_NS}}}circle", {"cx": _f(x + 6), "cy": _f(cy), "r": "6", **style})
    else:
        ET.SubElement(grp, f"{{{SVG_NS}}}path", {"d": _shape_path(shape if shape != "box" else "square",
                                                                  x + 6, cy, 6), **style})
    label = str(item.get("label", ""))
    t = _text(grp, label, x + 18, cy + LEGEND_SIZE * 0.35, LEGEND_SIZE, "#31333f", prose=True)
    t.set("text-anchor", "start")


def _wrap(text: str, size: float, max_w: float) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        words = para.split()
        line = ""
        for w in words:
            cand = f"{line} {w}".strip()
            if line and text_width(cand, size) > max_w:
                out.append(line)
                line = w
            else:
                line = cand
        out.append(line)
    return out


def _color(value: Any, default: str) -> str:
    if isinstance(value, str) and _COLOR_RE.match(value.strip()):
        return value.strip()
    return default


def _f(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s
