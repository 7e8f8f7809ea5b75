"""Shared builder of the held-out extraction dev sets (tests/data/extract_heldout*/).

Each set's `make_heldout.py` holds only its compact hand annotations: an entity table
`{id: (type, name)}` and its articles `[(article_id, lang, text, [(TYPE, source, target,
needle), ...])]`; `build` turns them into canonical article JSON beside that script, with the
evidence sentence found around `needle`.
"""

from __future__ import annotations

import json
from pathlib import Path

Relation = tuple[str, str, str, str]
Article = tuple[str, str, str, list[Relation]]


def sentence_of(text: str, needle: str) -> tuple[str, int, int]:
    """The sentence of `text` that contains `needle`, with its start and end offsets."""
    i = text.index(needle)
    ends = ".!?؟"
    start = max(text.rfind(c, 0, i) for c in ends) + 1
    while text[start] == " ":
        start += 1
    end = min([p for p in (text.find(c, i) for c in ends) if p >= 0] + [len(text) - 1]) + 1
    return text[start:end], start, end


def build(here: Path, entities: dict[str, tuple[str, str]], articles: list[Article]) -> None:
    """Write `<article_id>.json` into `here` for every article."""
    for aid, lang, text, rels in articles:
        used = []
        out_rels = []
        for typ, s, t, needle in rels:
            sent, a, b = sentence_of(text, needle)
            out_rels.append({"type": typ, "source": s, "target": t,
                             "evidence": {"sentence": sent, "start": a, "end": b},
                             "method": "manual"})
            used += [s, t]
        ents = [{"id": i, "type": entities[i][0], "name": entities[i][1], "aliases": []}
                for i in dict.fromkeys(used)]
        doc = {"article": {"id": aid, "lang": lang, "source": "held-out dev set"},
               "text": text, "entities": ents, "relations": out_rels}
        (here / f"{aid}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
