"""Turn a console result into what the researcher sees: a table, a graph, JSON and CSV.

Plain functions over :class:`explorer.guard.QueryResult` (no Streamlit): the page and the
command line both use them.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from neo4j.graph import Node, Path, Relationship
from neo4j.spatial import Point
from neo4j.time import Date, DateTime, Duration, Time

from explorer import graph
from explorer.guard import QueryResult

TEXT_MAX = 80
"""Strings inside node/relationship/list cells are shortened to this many characters."""
PROPS_SHOWN = 4
"""Properties shown in a node or relationship cell (name-like keys first)."""
GRAPH_MAX_NODES = 300
"""The graph tab draws at most this many nodes (physics on more does not settle)."""

_NAME_KEYS = ("name", "name_ar", "title", "id", "type")
_TEMPORAL = (Date, DateTime, Time, Duration)

# The Explore page's palette (explorer/graph.py), plus a style for Article nodes.
TYPE_STYLE: dict[str, tuple[str, str]] = {**graph.TYPE_STYLE, "Article": ("#6C7A89", "box")}
OTHER_STYLE = graph.OTHER_STYLE


# --------------------------------------------------------------------------- JSON


def json_value(value: Any) -> Any:
    """A JSON-ready form of any driver value (nodes/relationships/paths as tagged objects)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Node):
        return {
            "_kind": "node",
            "elementId": value.element_id,
            "labels": sorted(value.labels),
            "properties": {k: json_value(v) for k, v in value.items()},
        }
    if isinstance(value, Relationship):
        return {
            "_kind": "relationship",
            "elementId": value.element_id,
            "type": value.type,
            "startElementId": value.start_node.element_id if value.start_node else None,
            "endElementId": value.end_node.element_id if value.end_node else None,
            "properties": {k: json_value(v) for k, v in value.items()},
        }
    if isinstance(value, Path):
        return {
            "_kind": "path",
            "nodes": [json_value(n) for n in value.nodes],
            "relationships": [json_value(r) for r in value.relationships],
        }
    if isinstance(value, _TEMPORAL):
        return value.iso_format()
    if isinstance(value, Point):
        return _point_dict(value)
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    return str(value)


def _point_dict(point: Point) -> dict[str, Any]:
    out: dict[str, Any] = {"srid": point.srid}
    for axis, v in zip(("x", "y", "z"), point, strict=False):
        out[axis] = v
    return out


def rows_json(result: QueryResult) -> list[dict[str, Any]]:
    """The rows as a list of ``{column: value}`` objects (JSON-ready)."""
    return [{c: json_value(v) for c, v in zip(result.columns, row, strict=True)} for row in result.rows]


def to_json(result: QueryResult, indent: int | None = 2) -> str:
    """The rows as a JSON list of row objects (UTF-8 text, Arabic kept readable)."""
    return json.dumps(rows_json(result), ensure_ascii=False, indent=indent)


def to_csv(result: QueryResult) -> str:
    """CSV with a header; lists, maps, nodes, relationships and paths as compact JSON."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([_csv_cell(v) for v in row])
    return buf.getvalue()


def _csv_cell(value: Any) -> Any:
    value = json_value(value)
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


# --------------------------------------------------------------------------- table text


def _short(text: str, limit: int = TEXT_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _literal(value: Any) -> str:
    """A compact Cypher-like literal for a value inside a cell."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(_short(value), ensure_ascii=False)
    if isinstance(value, int | float):
        return repr(value)
    return cell_text(value)


def _props_text(props: Mapping[str, Any]) -> str:
    keys = [k for k in _NAME_KEYS if k in props] + sorted(k for k in props if k not in _NAME_KEYS)
    shown = [f"{k}: {_literal(props[k])}" for k in keys[:PROPS_SHOWN]]
    if len(keys) > PROPS_SHOWN:
        shown.append(f"… +{len(keys) - PROPS_SHOWN}")
    return "{" + ", ".join(shown) + "}" if shown else ""


def node_name(node: Node) -> str:
    """A short human name: name (and Arabic name), title, id, or the element id."""
    props = dict(node.items())
    name = props.get("name") or props.get("title") or props.get("id")
    if name and props.get("name_ar") and props.get("name_ar") != name:
        # First-strong isolate: the Arabic name keeps its own direction inside a Latin line.
        return f"{name} · \u2068{props['name_ar']}\u2069"
    if name:
        return str(name)
    if props.get("name_ar"):
        return str(props["name_ar"])
    return f"#{node.element_id.rsplit(':', 1)[-1]}"


def node_text(node: Node) -> str:
    labels = "".join(f":{label}" for label in sorted(node.labels))
    props = _props_text(dict(node.items()))
    return f"({labels}{' ' + props if props else ''})"


def rel_text(rel: Relationship) -> str:
    start = node_name(rel.start_node) if rel.start_node is not None else "?"
    end = node_name(rel.end_node) if rel.end_node is not None else "?"
    props = _props_text(dict(rel.items()))
    return f"({_short(start, 40)})-[:{rel.type}{' ' + props if props else ''}]->({_short(end, 40)})"


def path_text(path: Path) -> str:
    """``(a)-[:T]->(b)<-[:U]-(c)`` with node names, direction as stored."""
    parts = [f"({_short(node_name(path.start_node), 40)})"]
    current = path.start_node
    for rel in path.relationships:
        forward = rel.start_node is not None and rel.start_node.element_id == current.element_id
        nxt = rel.end_node if forward else rel.start_node
        arrow = f"-[:{rel.type}]->" if forward else f"<-[:{rel.type}]-"
        parts.append(f"{arrow}({_short(node_name(nxt), 40) if nxt is not None else '?'})")
        if nxt is not None:
            current = nxt
    return "".join(parts)


def cell_text(value: Any) -> str:
    """Text for one table cell of a non-primitive value."""
    if isinstance(value, Node):
        return node_text(value)
    if isinstance(value, Relationship):
        return rel_text(value)
    if isinstance(value, Path):
        return path_text(value)
    if isinstance(value, _TEMPORAL):
        return value.iso_format()
    if isinstance(value, Point):
        coords = ", ".join(f"{k}: {v}" for k, v in _point_dict(value).items())
        return f"point({{{coords}}})"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    if isinstance(value, bytes | bytearray):
        return f"<{len(value)} bytes>"
    return str(value)


def display_value(value: Any) -> Any:
    """Numbers, booleans, strings and nulls as they are (so columns sort); the rest as text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return cell_text(value)


def table(result: QueryResult) -> pd.DataFrame:
    """A pandas DataFrame of the rows for display (one column per returned column).

    A column mixing kinds of values (numbers and text, say) is shown as text throughout, so it
    converts to Arrow; numeric columns stay numeric and sort as numbers.
    """
    data = [[display_value(v) for v in row] for row in result.rows]
    columns = _unique(result.columns)
    for j in range(len(columns)):
        kinds = {_kind(row[j]) for row in data if row[j] is not None}
        if len(kinds) > 1:
            for row in data:
                if row[j] is not None:
                    row[j] = _literal(row[j]) if not isinstance(row[j], str) else row[j]
    return pd.DataFrame(data, columns=columns)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return "text"


def _unique(columns: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for c in columns:
        if c in seen:
            seen[c] += 1
            out.append(f"{c} ({seen[c]})")
        else:
            seen[c] = 1
            out.append(c)
    return out


def to_text_table(result: QueryResult) -> str:
    """A plain-text table for the terminal."""
    if not result.columns:
        return "(no columns)"
    frame = table(result)
    if frame.empty:
        return " | ".join(result.columns) + "\n(no rows)"
    with pd.option_context("display.max_colwidth", 60, "display.width", 200):
        return frame.to_string(index=False)


# --------------------------------------------------------------------------- graph


@dataclass
class GraphNode:
    element_id: str
    labels: list[str]
    properties: dict[str, Any]
    known: bool = True  # False: only the id is known (an endpoint not returned by the query)


@dataclass
class GraphRel:
    element_id: str
    type: str
    start: str
    end: str
    properties: dict[str, Any]


@dataclass
class ResultGraph:
    """Nodes and relationships found anywhere in the rows (lists, maps and paths included)."""

    nodes: dict[str, GraphNode] = field(default_factory=dict)
    rels: dict[str, GraphRel] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.nodes or self.rels)

    def missing_nodes(self) -> list[str]:
        """Element ids of endpoints whose labels and properties are not in the result."""
        return [n.element_id for n in self.nodes.values() if not n.known]

    def add_node(self, node: Node) -> None:
        known = bool(node.labels) or bool(dict(node.items()))
        old = self.nodes.get(node.element_id)
        if old is None or (not old.known and known):
            self.nodes[node.element_id] = GraphNode(
                node.element_id, sorted(node.labels), dict(node.items()), known=known
            )

    def add_rel(self, rel: Relationship) -> None:
        if rel.start_node is None or rel.end_node is None:
            return
        for endpoint in (rel.start_node, rel.end_node):
            self.add_node(endpoint)
        self.rels.setdefault(
            rel.element_id,
            GraphRel(rel.element_id, rel.type, rel.start_node.element_id,
                     rel.end_node.element_id, dict(rel.items())),
        )


def extract_graph(values: Iterable[Any], graph: ResultGraph | None = None) -> ResultGraph:
    """Collect nodes, relationships and paths from rows (any nesting)."""
    graph = graph or ResultGraph()
    stack = list(values)
    while stack:
        value = stack.pop()
        if isinstance(value, Node):
            graph.add_node(value)
        elif isinstance(value, Relationship):
            graph.add_rel(value)
        elif isinstance(value, Path):
            for node in value.nodes:
                graph.add_node(node)
            for rel in value.relationships:
                graph.add_rel(rel)
        elif isinstance(value, Mapping):
            stack.extend(value.values())
        elif isinstance(value, list | tuple):
            stack.extend(value)
    return graph


def result_graph(result: QueryResult) -> ResultGraph:
    return extract_graph(v for row in result.rows for v in row)


def _node_type(node: GraphNode) -> str:
    declared = node.properties.get("type")
    for label in node.labels:
        if label in TYPE_STYLE and label != "Article":
            return label
    if isinstance(declared, str) and declared:
        return declared
    return node.labels[0] if node.labels else "?"


def _node_label(node: GraphNode) -> str:
    p = node.properties
    name = p.get("name") or p.get("title") or p.get("id")
    ar = p.get("name_ar")
    if name and ar and ar != name:
        return f"{_short(str(name), 40)}\n{_short(str(ar), 40)}"
    if name or ar:
        return _short(str(name or ar), 40)
    return f"#{node.element_id.rsplit(':', 1)[-1]}"


_TOOLTIP_SKIP = frozenset({"search_keys", "aliases_text", "evidence_keys", "text"})


def _title(head: str, props: Mapping[str, Any]) -> str:
    lines = [head]
    keys = [k for k in _NAME_KEYS if k in props] + [
        k for k in props if k not in _NAME_KEYS and k not in _TOOLTIP_SKIP
    ]
    for k in keys[:12]:
        lines.append(f"{k}: {_short(cell_text(props[k]) if not isinstance(props[k], str) else props[k], 120)}")
    return "\n".join(lines)


def network(graph: ResultGraph, max_nodes: int = GRAPH_MAX_NODES) -> dict[str, Any]:
    """vis-network data for the shared graph component (plain text labels/titles, stable ids)."""
    ids = list(graph.nodes)[:max_nodes]
    keep = set(ids)
    degree: dict[str, int] = {}
    for rel in graph.rels.values():
        degree[rel.start] = degree.get(rel.start, 0) + 1
        degree[rel.end] = degree.get(rel.end, 0) + 1
    nodes = []
    for nid in ids:
        node = graph.nodes[nid]
        color, shape = TYPE_STYLE.get(_node_type(node), OTHER_STYLE)
        labels = ":".join(node.labels)
        nodes.append({
            "id": nid,
            "label": _node_label(node),
            "title": _title(f":{labels}" if labels else "(node)", node.properties),
            "color": color,
            "shape": shape,
            "size": round(min(40.0, 12.0 + 6.0 * math.log1p(degree.get(nid, 0))), 1),
        })
    edges = []
    for rel in graph.rels.values():
        if rel.start in keep and rel.end in keep:
            edges.append({
                "id": rel.element_id,
                "from": rel.start,
                "to": rel.end,
                "label": rel.type,
                "title": _title(f"[:{rel.type}]", rel.properties),
                "arrows": "to",
                "font": {"size": 10, "align": "middle"},
            })
    return {"nodes": nodes, "edges": edges, "options": {}}


def legend(graph: ResultGraph) -> list[dict[str, str]]:
    """Legend entries for the node types present."""
    present = sorted({_node_type(n) for n in graph.nodes.values()})
    out = []
    for t in present:
        color, shape = TYPE_STYLE.get(t, OTHER_STYLE)
        out.append({"label": t, "color": color, "shape": shape})
    return out


def summary_line(result: QueryResult) -> str:
    """``12 rows · 35 ms`` (and the cap when truncated)."""
    rows = f"{result.row_count} row{'s' if result.row_count != 1 else ''}"
    if result.truncated:
        rows = f"first {result.row_count} rows (truncated at the {result.max_rows}-row limit)"
    server = f", {result.server_ms} ms at the server" if result.server_ms is not None else ""
    return f"{rows} · {result.elapsed_s * 1000:.0f} ms{server}"


def element_details(graph: ResultGraph, kind: str, element_id: str) -> dict[str, Any] | None:
    """What the page shows for a clicked node or edge: heading, property table, entity id."""
    if kind == "node" and element_id in graph.nodes:
        node = graph.nodes[element_id]
        name = _node_label(node).replace("\n", " · ")
        heading = f"{name} ({':'.join(node.labels) or 'node'})"
        props = node.properties
        entity_id = props.get("id") if "Entity" in node.labels else None
    elif kind == "edge" and element_id in graph.rels:
        rel = graph.rels[element_id]
        start, end = graph.nodes.get(rel.start), graph.nodes.get(rel.end)
        heading = (f"{_node_label(start).splitlines()[0] if start else '?'} -[:{rel.type}]-> "
                   f"{_node_label(end).splitlines()[0] if end else '?'}")
        props = rel.properties
        entity_id = None
    else:
        return None
    table_rows = {
        "property": list(props),
        "value": [_detail_text(v) for v in props.values()],
    }
    return {"heading": heading, "properties": table_rows, "entity_id": entity_id}


def _detail_text(value: Any) -> str:
    """Full text of a property value (lists of sentences one per line)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return "\n".join(str(v) for v in value)
    if isinstance(value, bool | int | float):
        return str(value)
    return json.dumps(json_value(value), ensure_ascii=False)
