"""A fast structural check equivalent to article.schema.json for valid documents.

jsonschema is thorough but slow (~0.1 s for an article with a few dozen relations). Most
input is valid, so each document is first checked by this hand-written function; only when
it says "not valid" does jsonschema run, to produce its precise messages. The patterns are
read from the schema file itself, and a unit test checks both agree on many mutated documents.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "article.schema.json"

ART_KEYS = frozenset({"id", "title", "url", "source", "published", "lang"})
TOP_KEYS = frozenset({"article", "text", "meta", "entities", "relations"})
ENT_KEYS = frozenset({"id", "type", "name", "name_ar", "aliases", "description", "mentions"})
REL_KEYS = frozenset({"type", "source", "target", "date", "evidence", "confidence", "method"})
EV_KEYS = frozenset({"sentence", "start", "end"})


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    s = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    d = s["$defs"]
    return {
        "article_id": re.compile(s["properties"]["article"]["properties"]["id"]["pattern"]),
        "date": re.compile(d["partialDate"]["pattern"]),
        "entity_id": re.compile(d["entityId"]["pattern"]),
        "entity_type": re.compile(d["entity"]["properties"]["type"]["pattern"]),
        "rel_type": re.compile(d["relation"]["properties"]["type"]["pattern"]),
        "method": re.compile(d["relation"]["properties"]["method"]["pattern"]),
    }


def _int(v: Any, minimum: int) -> bool:
    return type(v) is int and v >= minimum


def _str(v: Any, lo: int = 0, hi: int | None = None) -> bool:
    return isinstance(v, str) and len(v) >= lo and (hi is None or len(v) <= hi)


def _opt_str(d: dict, key: str, lo: int, hi: int | None) -> bool:
    return key not in d or _str(d[key], lo, hi)


def looks_valid(doc: Any) -> bool:
    """True only if ``doc`` certainly satisfies the article schema."""
    p = _patterns()
    if type(doc) is not dict or not doc.keys() <= TOP_KEYS:
        return False
    art, text, ents, rels = (doc.get("article"), doc.get("text"), doc.get("entities"),
                             doc.get("relations"))
    if type(art) is not dict or not art.keys() <= ART_KEYS or not _str(text, 1):
        return False
    if type(ents) is not list or type(rels) is not list:
        return False
    if "meta" in doc and type(doc["meta"]) is not dict:
        return False
    aid = art.get("id")
    if not (_str(aid) and p["article_id"].search(aid)) or art.get("lang") not in ("ar", "en"):
        return False
    if not (_opt_str(art, "title", 0, 1000) and _opt_str(art, "url", 0, 2000)
            and _opt_str(art, "source", 0, 300)):
        return False
    if "published" in art and not (_str(art["published"]) and p["date"].search(art["published"])):
        return False
    for e in ents:
        if type(e) is not dict or not e.keys() <= ENT_KEYS:
            return False
        eid, et = e.get("id"), e.get("type")
        if not (_str(eid, 0, 200) and p["entity_id"].search(eid)):
            return False
        if not (_str(et) and p["entity_type"].search(et)):
            return False
        if not (_str(e.get("name"), 1, 500) and _opt_str(e, "name_ar", 1, 500)
                and _opt_str(e, "description", 0, 5000)):
            return False
        if "aliases" in e:
            al = e["aliases"]
            if type(al) is not list or not all(_str(a, 1, 500) for a in al):
                return False
            if len(set(al)) != len(al):
                return False
        if "mentions" in e:
            ms = e["mentions"]
            if type(ms) is not list:
                return False
            for m in ms:
                if type(m) is not list or len(m) != 2 or not (_int(m[0], 0) and _int(m[1], 0)):
                    return False
    for r in rels:
        if type(r) is not dict or not r.keys() <= REL_KEYS:
            return False
        rt, src, tgt, ev = r.get("type"), r.get("source"), r.get("target"), r.get("evidence")
        if not (_str(rt) and p["rel_type"].search(rt)):
            return False
        for v in (src, tgt):
            if not (_str(v, 0, 200) and p["entity_id"].search(v)):
                return False
        if type(ev) is not dict or ev.keys() != EV_KEYS:
            return False
        if not (_str(ev["sentence"], 1) and _int(ev["start"], 0) and _int(ev["end"], 1)):
            return False
        if "date" in r and not (_str(r["date"]) and p["date"].search(r["date"])):
            return False
        if "confidence" in r:
            c = r["confidence"]
            if type(c) not in (int, float) or not 0 <= c <= 1:
                return False
        if "method" in r and not (_str(r["method"], 0, 200) and p["method"].search(r["method"])):
            return False
    return True
