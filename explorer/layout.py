"""Start positions for large views, computed in Python (pure, deterministic, O(nodes + edges)).

Physics from random positions on a few hundred nodes takes tens of seconds in a browser to
untangle; from a sensible start a short, bounded polish is enough. :func:`radial_layout`
places each connected component as a radial tree around a root (the focus entity, else the
best-connected node): breadth-first rings, each subtree in an angular wedge proportional to
its size, crowded rings split into staggered sub-rings. The layout seed only rotates and
mirrors the picture, so the same seed and data always give the same start.
"""

from __future__ import annotations

import math
import random
from collections import deque
from collections.abc import Iterable, Sequence

LARGE_VIEW = 100
"""Views with more nodes than this get a Python start layout (smaller ones: vis improvedLayout)."""
RING_STEP = 220.0
"""Distance between breadth-first rings (canvas pixels)."""
SPACING = 70.0
"""Minimum arc length between two neighbours on a ring."""
MAX_SUBRINGS = 5
"""A crowded ring is split into at most this many staggered sub-rings (then it grows)."""

Position = tuple[float, float]


def radial_layout(
    node_ids: Sequence[str],
    edges: Iterable[tuple[str, str]],
    root: str | None = None,
    seed: int = 7,
) -> dict[str, Position]:
    """Positions ``{id: (x, y)}`` for every node: one radial tree per connected component.

    ``root`` (if present) is the centre of its component; other components are rooted at
    their best-connected node (ties by id) and placed side by side, largest first.
    """
    nodes = list(dict.fromkeys(node_ids))
    if not nodes:
        return {}
    known = set(nodes)
    adj: dict[str, set[str]] = {n: set() for n in nodes}
    for a, b in edges:
        if a in known and b in known and a != b:
            adj[a].add(b)
            adj[b].add(a)

    def rank(n: str) -> tuple[int, str]:
        return (-len(adj[n]), n)

    seen: set[str] = set()
    comps: list[tuple[str, list[str], dict[str, list[str]], dict[str, int]]] = []
    starts = ([root] if root in known else []) + sorted(nodes, key=rank)
    for start in starts:
        if start in seen:
            continue
        # breadth-first tree; children ordered by degree then id (deterministic)
        order, children, depth = [start], {start: []}, {start: 0}
        seen.add(start)
        queue = deque([start])
        while queue:
            cur = queue.popleft()
            for nxt in sorted(adj[cur] - seen, key=rank):
                seen.add(nxt)
                children[cur].append(nxt)
                children[nxt] = []
                depth[nxt] = depth[cur] + 1
                order.append(nxt)
                queue.append(nxt)
        comps.append((start, order, children, depth))
    comps.sort(key=lambda c: (c[0] != root, -len(c[1]), c[0]))

    rng = random.Random(seed)
    turn = rng.uniform(0, 2 * math.pi)
    mirror = -1.0 if rng.random() < 0.5 else 1.0
    out: dict[str, Position] = {}
    cursor_x = 0.0
    for i, (start, order, children, depth) in enumerate(comps):
        local, radius = _radial_tree(start, order, children, depth)
        if i == 0:
            cx = 0.0
        else:
            cx = cursor_x + radius + SPACING
        cursor_x = cx + radius if i else radius
        for n, (x, y) in local.items():
            out[n] = (cx + x, y)
    # seed: rotate and mirror the whole picture about the origin
    cos, sin = math.cos(turn), math.sin(turn)
    return {n: (round(cos * x - sin * y * mirror, 1), round(sin * x + cos * y * mirror, 1))
            for n, (x, y) in out.items()}


def _radial_tree(root: str, order: list[str], children: dict[str, list[str]],
                 depth: dict[str, int]) -> tuple[dict[str, Position], float]:
    """Local positions of one breadth-first tree (root at 0,0) and its outer radius."""
    weight: dict[str, int] = {}
    for n in reversed(order):
        weight[n] = 1 + sum(weight[c] for c in children[n])
    # angular wedges, top-down: each child gets a share of its parent's wedge by subtree size
    angle: dict[str, float] = {root: 0.0}
    wedge: dict[str, tuple[float, float]] = {root: (0.0, 2 * math.pi)}
    for n in order:
        lo, hi = wedge[n]
        kids = children[n]
        total = sum(weight[c] for c in kids) or 1
        a = lo
        for c in kids:
            share = (hi - lo) * weight[c] / total
            wedge[c] = (a, a + share)
            angle[c] = a + share / 2
            a += share
    # rings: a ring too crowded for SPACING is split into staggered sub-rings
    by_depth: dict[int, list[str]] = {}
    for n in order:
        by_depth.setdefault(depth[n], []).append(n)
    pos: dict[str, Position] = {root: (0.0, 0.0)}
    radius = 0.0
    for d in sorted(by_depth):
        if d == 0:
            continue
        ring = sorted(by_depth[d], key=lambda n: angle[n])
        step = RING_STEP * 0.6
        need = len(ring) * SPACING / (2 * math.pi)  # radius one ring would need
        subrings = max(1, min(MAX_SUBRINGS, math.ceil(need / (radius + RING_STEP))))
        base = max(radius + RING_STEP, need / subrings)
        for k, n in enumerate(ring):
            r = base + (k % subrings) * step
            pos[n] = (r * math.cos(angle[n]), r * math.sin(angle[n]))
        radius = base + (subrings - 1) * step
    return pos, radius
