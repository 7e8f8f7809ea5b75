"""Server-side figure exports: GraphML, GEXF, CSV, JSON, SVG and the offline HTML file."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser

import networkx as nx
import pytest

from explorer.export import formats
from explorer.export.figure import Figure, apply_layout, with_positions
from explorer.export.html import json_for_script, to_html
from explorer.export.samples import SEED_ENTITIES, seed_figure, synthetic_figure
from explorer.export.svg import PDI, RLI, to_svg

XSS = '<img src=x onerror="window.__xss=1"></script><script>window.__xss=2</script> href javascript:alert(1)'
SVG = "{http://www.w3.org/2000/svg}"


class TagAttrs(HTMLParser):
    """Collects every attribute that would make a browser fetch something."""

    def __init__(self) -> None:
        super().__init__()
        self.fetching: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href", "srcset", "action", "poster", "data"):
                self.fetching.append((tag, name, value))


def placed(fig: Figure) -> Figure:
    return apply_layout(fig, "circular")


def test_graphml_loads_back_with_counts_and_attributes() -> None:
    fig = placed(seed_figure())
    g = nx.read_graphml(io.BytesIO(formats.to_graphml(fig)))
    assert g.number_of_nodes() == len(fig.nodes) == 7
    assert g.number_of_edges() == len(fig.edges) == 7
    qaani = g.nodes["person:esmail-qaani"]
    assert qaani["name_ar"] == "إسماعيل قاآني"
    assert qaani["type"] == "Person" and qaani["degree"] == 4
    assert qaani["x"] == pytest.approx(fig.positions["person:esmail-qaani"][0], abs=0.01)
    (attrs,) = [d for u, v, d in g.edges(data=True)
                if (u, v) == ("person:esmail-qaani", "person:qasem-soleimani")]
    assert attrs["type"] == "SUCCESSOR_OF" and attrs["count"] == 2 and attrs["dates"] == "2020-11"


def test_gexf_loads_back_with_counts_attributes_and_viz() -> None:
    fig = placed(seed_figure())
    g = nx.read_gexf(io.BytesIO(formats.to_gexf(fig)))
    assert (g.number_of_nodes(), g.number_of_edges()) == (7, 7)
    node = g.nodes["organization:irgc"]
    assert node["name_ar"] == "الحرس الثوري (IRGC)"
    assert node["viz"]["position"]["x"] == pytest.approx(fig.positions["organization:irgc"][0], abs=0.01)
    assert node["viz"]["color"]["r"] == 0x4E
    rel_types = sorted(d["rel_type"] for _u, _v, d in g.edges(data=True))
    assert rel_types == sorted(e["label"] for e in fig.edges)


def test_networkx_export_of_a_larger_view_keeps_every_edge() -> None:
    fig = synthetic_figure(120)
    g = nx.read_graphml(io.BytesIO(formats.to_graphml(fig)))
    assert g.number_of_nodes() == 120 and g.number_of_edges() == len(fig.edges)


def test_csv_rows_and_formula_injection_guard() -> None:
    fig = seed_figure()
    fig.node_attrs["person:esmail-qaani"]["description"] = "=HYPERLINK(\"http://evil\")"
    nodes = list(csv.DictReader(io.StringIO(formats.nodes_csv(fig).decode("utf-8-sig"))))
    edges = list(csv.DictReader(io.StringIO(formats.edges_csv(fig).decode("utf-8-sig"))))
    assert [r["id"] for r in nodes] == [e[0] for e in SEED_ENTITIES]
    assert nodes[0]["name_ar"] == "إسماعيل قاآني"
    assert nodes[0]["description"].startswith("'=")
    assert len(edges) == 7 and {"source", "target", "type", "count"} <= set(edges[0])
    with zipfile.ZipFile(io.BytesIO(formats.csv_zip(fig, "qaani"))) as zf:
        assert sorted(zf.namelist()) == ["qaani_edges.csv", "qaani_nodes.csv"]


def test_json_export_keeps_lists_and_metadata() -> None:
    doc = json.loads(formats.to_json(seed_figure()))
    assert doc["title"] == "Qaani in Baghdad"
    assert doc["caption"].startswith("Sources:")
    assert len(doc["nodes"]) == 7 and len(doc["edges"]) == 7
    assert doc["edges"][0]["dates"] == ["2020-11"]


def test_svg_is_vector_with_every_node_and_arabic_labels_as_text() -> None:
    fig = placed(seed_figure())
    root = ET.fromstring(to_svg(fig))
    assert root.tag == f"{SVG}svg"
    assert not list(root.iter(f"{SVG}image"))  # no embedded bitmap
    node_ids = [g.get("data-id") for g in root.iter(f"{SVG}g") if g.get("class") == "node"]
    assert sorted(node_ids) == sorted(fig.node_ids())
    texts = list(root.iter(f"{SVG}text"))
    arabic = [t for t in texts if t.text and re.search("[\u0600-\u06ff]", t.text)]
    for _id, _t, _name, name_ar in SEED_ENTITIES:
        hits = [t for t in arabic if t.text == f"{RLI}{name_ar}{PDI}"]
        assert hits, name_ar
        assert hits[0].get("direction") == "rtl" and hits[0].get("unicode-bidi") == "embed"
    english = [t.text for t in texts]
    assert "Esmail Qaani" in english and "Qaani in Baghdad" in english


def test_svg_needs_positions_and_escapes_untrusted_text() -> None:
    fig = seed_figure()
    with pytest.raises(ValueError, match="has no position"):
        to_svg(fig)
    fig.nodes[0]["label"] = XSS
    fig.title = XSS
    out = to_svg(placed(fig)).decode()
    root = ET.fromstring(out)
    assert not list(root.iter(f"{SVG}script")) and not list(root.iter("script"))
    assert "<img" not in out and "&lt;img" in out


def test_offline_html_has_no_external_reference_and_escapes_data() -> None:
    fig = seed_figure(title=XSS, caption=XSS)
    fig.nodes[0]["label"] = XSS
    fig.edges[0]["title"] = XSS
    page = to_html(fig).decode()
    # Nothing that a browser would fetch: no src/href attributes, no <link>, no @import/url(http.
    assert not re.search(r"<(link|iframe|img|object|embed|base)\b", page, re.I)
    tags = TagAttrs()
    tags.feed(page)
    assert tags.fetching == []
    assert re.findall(r"url\(([a-z]+):", page) == ["data"]
    assert not re.search(r"bootstrap|//cdn|jsdelivr|unpkg|cdnjs", page, re.I)
    # The untrusted strings appear only escaped inside the JSON data block.
    assert len(re.findall(r"^<script", page, re.M)) == 4  # data + vis + export + page
    assert "window.__xss" in page and "<img src=x" not in page and "</script><script>window" not in page
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert data is not None
    loaded = json.loads(data.group(1))
    assert loaded["nodes"][0]["label"] == XSS and loaded["title"] == XSS
    assert "Content-Security-Policy" in page and "default-src 'none'" in html.unescape(page)


def test_json_for_script_escapes_markup() -> None:
    assert json_for_script({"a": "</script>&\u2028"}) == '{"a":"\\u003c/script\\u003e\\u0026\\u2028"}'


def test_figure_round_trips_through_json_and_rejects_bad_fields() -> None:
    fig = placed(seed_figure())
    again = Figure.from_dict(json.loads(json.dumps(fig.to_dict())))
    assert again.node_ids() == fig.node_ids() and again.caption == fig.caption
    for nid, (x, y) in fig.positions.items():
        assert again.positions[nid] == pytest.approx((x, y), abs=0.01)
    assert again.is_frozen() and again.layout == "circular"
    with pytest.raises(ValueError, match=r"figure\.width"):
        Figure.from_dict({**fig.to_dict(), "width": "wide"})
    with pytest.raises(ValueError, match=r"figure\.positions"):
        Figure.from_dict({**fig.to_dict(), "positions": {"a": [1, "x"]}})


def test_layouts_are_deterministic_and_place_every_node() -> None:
    fig = synthetic_figure(60)
    for layout in ("circular", "hierarchical"):
        a = apply_layout(fig, layout).positions
        b = apply_layout(synthetic_figure(60), layout).positions
        assert a == b and set(a) == set(fig.node_ids())
        assert len(set(a.values())) == len(a)  # no two nodes on the same spot
    physics = apply_layout(apply_layout(fig, "circular"), "physics")
    assert physics.positions == {} and not physics.is_frozen()


def test_with_positions_freezes_and_ignores_unknown_ids() -> None:
    fig = seed_figure()
    pos = {nid: {"x": i * 10.0, "y": -i} for i, nid in enumerate(fig.node_ids())}
    pos["person:ghost"] = {"x": 1, "y": 2}
    frozen = with_positions(fig, pos)
    assert frozen.is_frozen() and "person:ghost" not in frozen.positions
    assert all(n.get("physics") is False for n in frozen.vis_nodes())


def test_svg_caption_direction_follows_its_first_letter() -> None:
    def caption_el(text: str) -> ET.Element:
        root = ET.fromstring(to_svg(placed(seed_figure(caption=text))))
        (el,) = [t for t in root.iter(f"{SVG}text") if t.get("class") == "caption"]
        return el

    mixed = caption_el("Sources: Elaph (إيلاف), 2020-01")
    assert mixed.get("direction") is None and mixed.text == "Sources: Elaph (إيلاف), 2020-01"
    arabic = caption_el("المصادر: إيلاف (Elaph)، 2020")
    assert arabic.get("direction") == "rtl" and arabic.text == f"{RLI}المصادر: إيلاف (Elaph)، 2020{PDI}"
