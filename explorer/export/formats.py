"""Server-side exports of a figure (no browser): GraphML, GEXF, CSV, JSON, via networkx.

Every export holds the current view with its attributes: for nodes the id, the label shown,
the data attributes (type, names in both scripts, degree, ...), the drawing attributes
(colour, shape, size) and the position when known; for edges the id, source, target, type,
the data attributes (count, dates, confidence, ...) and colour/width. Lists become
"; "-joined strings (GraphML/GEXF/CSV have no list type); JSON keeps them as lists.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from explorer.export.figure import Figure, edge_key, strip_bidi

if TYPE_CHECKING:
    import networkx as nx

LIST_SEP = "; "
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NODE_FIRST = ["id", "label", "type", "name", "name_ar", "degree", "articles", "x", "y"]
EDGE_FIRST = ["id", "source", "target", "type", "label", "count"]


# ---------------------------------------------------------------- records


def node_records(fig: Figure) -> list[dict[str, Any]]:
    """One flat record per node: id, label, data attributes, drawing attributes, position."""
    out = []
    for n in fig.nodes:
        nid = str(n["id"])
        rec: dict[str, Any] = {"id": nid, "label": strip_bidi(str(n.get("label") or ""))}
        for key, value in fig.node_attrs.get(nid, {}).items():
            if key != "id":
                rec[key] = value
        if n.get("group") not in (None, "") and "type" not in rec:
            rec["type"] = str(n["group"])
        color = _color(n.get("color"))
        if color:
            rec["color"] = color
        if n.get("shape"):
            rec["shape"] = str(n["shape"])
        if isinstance(n.get("size"), int | float):
            rec["size"] = float(n["size"])
        pos = fig.positions.get(nid)
        if pos is not None:
            rec["x"], rec["y"] = round(pos[0], 2), round(pos[1], 2)
        out.append(rec)
    return out


def edge_records(fig: Figure) -> list[dict[str, Any]]:
    """One flat record per edge: id, source, target, type, data and drawing attributes."""
    ids = set(fig.node_ids())
    out = []
    for e in fig.edges:
        src, dst = str(e["from"]), str(e["to"])
        if src not in ids or dst not in ids:
            continue
        eid = edge_key(e)
        attrs = fig.edge_attrs.get(eid, {})
        rec: dict[str, Any] = {
            "id": eid,
            "source": src,
            "target": dst,
            "type": str(attrs.get("type") or e.get("label") or ""),
            "label": strip_bidi(str(e.get("label") or "")),
        }
        for key, value in attrs.items():
            if key not in ("id", "source", "target", "type"):
                rec[key] = value
        color = _color(e.get("color"))
        if color:
            rec["color"] = color
        if isinstance(e.get("width"), int | float):
            rec["width"] = float(e["width"])
        out.append(rec)
    return out


# ---------------------------------------------------------------- networkx


def to_networkx(fig: Figure) -> nx.MultiDiGraph:
    """The figure as a directed multigraph (edge key = edge id), scalar attributes only."""
    import networkx as nx  # imported when needed: the snapshot command starts faster

    g = nx.MultiDiGraph()
    g.graph.update({k: v for k, v in (("title", fig.title), ("caption", fig.caption)) if v})
    nodes = _uniform([_scalars(r) for r in node_records(fig)])
    edges = _uniform([_scalars(r) for r in edge_records(fig)])
    for rec in nodes:
        g.add_node(rec["id"], **{k: v for k, v in rec.items() if k != "id"})
    for rec in edges:
        attrs = {k: v for k, v in rec.items() if k not in ("source", "target")}
        g.add_edge(rec["source"], rec["target"], key=rec["id"], **attrs)
    return g


def to_graphml(fig: Figure) -> bytes:
    """GraphML (UTF-8) with typed attribute keys, readable by networkx, Gephi, yEd, Cytoscape."""
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(to_networkx(fig), buf, encoding="utf-8", named_key_ids=True)
    return buf.getvalue()


def to_gexf(fig: Figure) -> bytes:
    """GEXF 1.2 for Gephi, with viz position, colour and size of each node.

    The relation type of an edge is the attribute ``rel_type`` (GEXF reserves ``type``).
    """
    g = to_networkx(fig)
    # networkx's GEXF writer reads an edge attribute "type" as the GEXF edge kind
    # (directed/undirected): the relation type travels as "rel_type" instead.
    for _u, _v, data in g.edges(data=True):
        if "type" in data:
            data["rel_type"] = data.pop("type")
    for nid, data in g.nodes(data=True):
        viz: dict[str, Any] = {}
        if "x" in data and "y" in data:
            # Gephi's y axis points up, vis-network's down.
            viz["position"] = {"x": float(data["x"]), "y": -float(data["y"]), "z": 0.0}
        rgb = _rgb(data.get("color"))
        if rgb:
            viz["color"] = {"r": rgb[0], "g": rgb[1], "b": rgb[2], "a": 1.0}
        if "size" in data:
            viz["size"] = float(data["size"])
        if viz:
            g.nodes[nid]["viz"] = viz
    import networkx as nx

    buf = io.BytesIO()
    nx.write_gexf(g, buf, encoding="utf-8", version="1.2draft")
    return buf.getvalue()


# ---------------------------------------------------------------- CSV / JSON


def nodes_csv(fig: Figure) -> bytes:
    """Nodes as CSV (UTF-8 with BOM so spreadsheets show Arabic), one row per node."""
    return _csv(node_records(fig), NODE_FIRST)


def edges_csv(fig: Figure) -> bytes:
    """Edges as CSV (UTF-8 with BOM), one row per edge."""
    return _csv(edge_records(fig), EDGE_FIRST)


def csv_zip(fig: Figure, stem: str = "graph") -> bytes:
    """``<stem>_nodes.csv`` and ``<stem>_edges.csv`` in one zip (a single download)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in ((f"{stem}_nodes.csv", nodes_csv(fig)), (f"{stem}_edges.csv", edges_csv(fig))):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()


def to_json(fig: Figure) -> bytes:
    """The view as JSON: metadata, nodes and edges with every attribute (lists kept)."""
    doc = {
        "title": fig.title,
        "caption": fig.caption,
        "legend": fig.legend,
        "layout": fig.layout,
        "seed": fig.seed,
        "width": fig.width,
        "height": fig.height,
        "nodes": [_jsonable(r) for r in node_records(fig)],
        "edges": [_jsonable(r) for r in edge_records(fig)],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


# ---------------------------------------------------------------- helpers


def xml_safe(text: str) -> str:
    """Drop the characters XML 1.0 cannot hold (control characters, U+FFFE/U+FFFF)."""
    return _XML_BAD.sub("", text)


def _scalar(value: Any) -> Any:
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, list | tuple | set | frozenset):
        items = list(value) if not isinstance(value, set | frozenset) else sorted(value, key=str)
        return xml_safe(LIST_SEP.join(str(v) for v in items))
    if isinstance(value, Mapping):
        return xml_safe(json.dumps(value, ensure_ascii=False, sort_keys=True))
    return xml_safe(str(value))


def _scalars(rec: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _scalar(v) for k, v in rec.items() if v is not None}


def _uniform(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One type per attribute (GraphML declares a type per key): int+float -> float, else str."""
    kinds: dict[str, set[type]] = {}
    for rec in records:
        for k, v in rec.items():
            kinds.setdefault(k, set()).add(type(v))
    cast: dict[str, Any] = {}
    for k, ts in kinds.items():
        if len(ts) <= 1:
            continue
        cast[k] = float if ts <= {int, float} else str
    if not cast:
        return records
    return [{k: (cast[k](v) if k in cast else v) for k, v in rec.items()} for rec in records]


def _jsonable(rec: Mapping[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in rec.items():
        if isinstance(v, tuple | set | frozenset):
            v = sorted(v, key=str) if not isinstance(v, tuple) else list(v)
        out[k] = v
    return out


def _csv(records: list[dict[str, Any]], first: list[str]) -> bytes:
    keys: list[str] = [k for k in first if any(k in r for r in records)]
    for r in records:
        for k in r:
            if k not in keys:
                keys.append(k)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=keys, lineterminator="\n")
    writer.writeheader()
    for r in records:
        writer.writerow({k: _cell(r.get(k)) for k in keys})
    return buf.getvalue().encode("utf-8-sig")


def _cell(value: Any) -> Any:
    """A CSV cell; text that a spreadsheet would run as a formula gets a leading quote."""
    if value is None:
        return ""
    value = _scalar(value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _color(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        bg = value.get("background")
        if isinstance(bg, str):
            return bg
    return ""


def _rgb(value: Any) -> tuple[int, int, int] | None:
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"#([0-9a-fA-F]{6})", value.strip())
    if m:
        h = m.group(1)
        return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
    m = re.fullmatch(r"#([0-9a-fA-F]{3})", value.strip())
    if m:
        h = m.group(1)
        return int(h[0] * 2, 16), int(h[1] * 2, 16), int(h[2] * 2, 16)
    return None
