"""Small and synthetic figures (seed-article entities) for tests, benchmarks and demos."""

from __future__ import annotations

import random

from explorer.export.figure import Figure

_STYLE = {
    "Person": ("#E15759", "dot"),
    "Organization": ("#4E79A7", "square"),
    "Location": ("#59A14F", "triangle"),
    "Country": ("#F28E2B", "diamond"),
}

SEED_ENTITIES = [
    ("person:esmail-qaani", "Person", "Esmail Qaani", "إسماعيل قاآني"),
    ("person:qasem-soleimani", "Person", "Qasem Soleimani", "قاسم سليماني"),
    ("person:mustafa-al-kadhimi", "Person", "Mustafa al-Kadhimi", "مصطفى الكاظمي"),
    ("organization:quds-force", "Organization", "Quds Force", "فيلق القدس"),
    ("organization:irgc", "Organization", "IRGC", "الحرس الثوري (IRGC)"),
    ("country:united-states", "Country", "United States", "الولايات المتحدة"),
    ("location:baghdad", "Location", "Baghdad", "بغداد"),
]
SEED_RELATIONS = [
    ("person:esmail-qaani", "SUCCESSOR_OF", "person:qasem-soleimani", 2),
    ("person:qasem-soleimani", "ASSASSINATED_BY", "country:united-states", 3),
    ("person:esmail-qaani", "MET_WITH", "person:mustafa-al-kadhimi", 1),
    ("person:esmail-qaani", "VISITED", "location:baghdad", 1),
    ("person:esmail-qaani", "LEADS", "organization:quds-force", 2),
    ("organization:quds-force", "PART_OF", "organization:irgc", 1),
    ("person:mustafa-al-kadhimi", "LEADS", "location:baghdad", 1),
]


def _figure(entities, relations, **meta) -> Figure:  # type: ignore[no-untyped-def]
    nodes, edges, node_attrs, edge_attrs = [], [], {}, {}
    degree: dict[str, int] = {}
    for a, _t, b, _c in relations:
        degree[a] = degree.get(a, 0) + 1
        degree[b] = degree.get(b, 0) + 1
    for nid, etype, name, name_ar in entities:
        color, shape = _STYLE.get(etype, ("#9C9C9C", "dot"))
        nodes.append({
            "id": nid, "label": f"{name}\n{name_ar}", "title": f"{name}\n{name_ar}\n{etype}",
            "shape": shape, "size": 12 + 4 * degree.get(nid, 0), "group": etype,
            "color": {"background": color, "border": "#2b2b2b"},
        })
        node_attrs[nid] = {"id": nid, "type": etype, "name": name, "name_ar": name_ar,
                           "degree": degree.get(nid, 0), "articles": 1}
    for a, rtype, b, count in relations:
        eid = f"{a}|{rtype}|{b}"
        edges.append({
            "id": eid, "from": a, "to": b, "label": rtype, "title": f"{rtype}\n{count} sentence(s)",
            "width": 1 + count, "color": "#8a94a6",
            "arrows": {"to": {"enabled": rtype != "MET_WITH"}},
            "font": {"size": 10, "color": "#5c5f6b", "strokeWidth": 3, "align": "middle"},
        })
        edge_attrs[eid] = {"type": rtype, "source": a, "target": b, "count": count,
                           "dates": ["2020-11"], "confidence": 0.9}
    meta.setdefault("legend", [{"label": t, "color": c, "shape": s} for t, (c, s) in _STYLE.items()])
    return Figure(nodes=nodes, edges=edges, node_attrs=node_attrs, edge_attrs=edge_attrs, **meta)


def seed_figure(**meta) -> Figure:  # type: ignore[no-untyped-def]
    """The seed article's entities: Qaani, Soleimani, al-Kadhimi, Quds Force, ..."""
    meta.setdefault("title", "Qaani in Baghdad")
    meta.setdefault("caption", "Sources: Al-Araby Al-Jadeed, 2020-11")
    return _figure(SEED_ENTITIES, SEED_RELATIONS, **meta)


def synthetic_figure(n_nodes: int = 300, n_edges: int | None = None, seed: int = 1, **meta) -> Figure:  # type: ignore[no-untyped-def]
    """A connected random figure of ``n_nodes`` entities with Arabic and English labels."""
    rng = random.Random(seed)
    types = list(_STYLE)
    ar_words = ["قاسم", "بغداد", "الحرس", "فيلق", "القدس", "الكاظمي", "سليماني", "العراق"]
    entities = []
    for i in range(n_nodes):
        etype = types[i % len(types)]
        entities.append((f"{etype.lower()}:e{i}", etype, f"Entity {i}",
                         f"{rng.choice(ar_words)} {rng.choice(ar_words)} {i}"))
    rels = ["MET_WITH", "LEADS", "MEMBER_OF", "VISITED", "SUPPORTS"]
    relations = []
    seen = set()
    for i in range(1, n_nodes):
        j = rng.randrange(0, i)
        relations.append((entities[i][0], rng.choice(rels), entities[j][0], rng.randint(1, 4)))
        seen.add((i, j))
    extra = (n_edges or int(n_nodes * 1.5)) - len(relations)
    while extra > 0:
        i, j = rng.randrange(n_nodes), rng.randrange(n_nodes)
        if i == j or (i, j) in seen:
            continue
        seen.add((i, j))
        relations.append((entities[i][0], rng.choice(rels), entities[j][0], rng.randint(1, 4)))
        extra -= 1
    meta.setdefault("title", f"Synthetic network ({n_nodes} entities)")
    meta.setdefault("caption", "Sources: synthetic data")
    return _figure(entities, relations, **meta)
