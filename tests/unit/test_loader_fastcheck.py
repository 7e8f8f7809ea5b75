"""The fast structural check never accepts what the JSON Schema rejects."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest

from loaders.formats.fastcheck import looks_valid
from loaders.formats.jsonfile import validator

ROOT = Path(__file__).resolve().parents[2]
DOCS = [json.loads(p.read_text(encoding="utf-8"))
        for p in [ROOT / "seeds/000_86c97502cca546cd.json", *sorted((ROOT / "seeds/corpus").glob("*.json"))]]

ODD_VALUES = [None, True, False, 0, -1, 1.0, 0.5, 2, "", "x", "X Y", "person:a", "A_B", "2020-13",
              "2020-02-30", "2020", [], [1], [1, 2], [1, 2, 3], ["a", "a"], {}, {"a": 1},
              "a" * 1001, "person:" + "a" * 200, "rule:x", "Rule", "\n", 10**9]


def _paths(doc, prefix=()):
    yield prefix
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc[:3]):
            yield from _paths(v, (*prefix, i))


def _set(doc, path, value):
    cur = doc
    for k in path[:-1]:
        cur = cur[k]
    if value is _DELETE:
        del cur[path[-1]]
    else:
        cur[path[-1]] = value


_DELETE = object()


def test_valid_documents_take_the_fast_path() -> None:
    for doc in DOCS:
        assert looks_valid(doc)


@pytest.mark.parametrize("seed", range(2))
def test_fast_check_is_never_more_lenient_than_the_schema(seed: int) -> None:
    rnd = random.Random(seed)
    v = validator()
    checked = 0
    for doc in DOCS:
        paths = [p for p in _paths(doc) if p and p[0] != "text"] + [("text",)]
        for _ in range(150):
            d = copy.deepcopy(doc)
            path = rnd.choice(paths)
            value = _DELETE if rnd.random() < 0.15 else rnd.choice(ODD_VALUES)
            try:
                _set(d, path, copy.deepcopy(value))
            except (KeyError, IndexError, TypeError):
                continue
            if rnd.random() < 0.1 and len(path) > 1:
                try:
                    _set(d, (*path[:-1], "unexpected"), 1)
                except (KeyError, IndexError, TypeError):
                    pass
            schema_ok = not any(True for _ in v.iter_errors(d))
            if looks_valid(d):
                assert schema_ok, (path, value)
            checked += 1
    assert checked > 500
