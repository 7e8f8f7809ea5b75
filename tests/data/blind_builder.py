"""Builder of the lead's blind evaluation sets, copied from tests/data/heldout_builder.py and made
stricter. Sets A-C of those (now dev sets) live in tests/data/extract_heldout13-15; `set_name`
keeps the original set name in their JSON.

Each set's `make_heldout.py` holds only compact hand annotations: an entity table
`{id: (type, name[, name_ar])}` and articles
`[(article_id, lang, text, [(TYPE, source, target, needle[, date]), ...][, meta])]`
where `meta` may give title / source / published. `build` writes canonical article JSON
beside that script, with the evidence sentence found around `needle`.

Differences from the original builder:
- a needle must occur exactly once in the text (no silent first-match);
- sentence boundaries: . ! ? ؟ and newlines, but not the dots of abbreviations
  (U.S., Lt., Gen., Brig., Maj., Col., Dr., Mr., Jan. ...) or initials;
- MET_WITH is stored with source id < target id (symmetric);
- a (type, source, target) triple appears once per article (the first, clearest evidence);
- optional relation date and article metadata.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

TYPES = {"MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY", "LEADS", "MEMBER_OF", "PART_OF",
         "VISITED", "LOCATED_IN", "SUPPORTS", "ATTACKED", "WITHDREW_FROM", "REPORTED_BY"}
SYMMETRIC = {"MET_WITH"}
CLOSERS = "\u201d\"\u2019»)"
ABBREV = re.compile(r"(?:\b(?:U\.S|U\.N|U\.K|Lt|Gen|Brig|Maj|Col|Capt|Dr|Mr|Mrs|Ms|St|No|Sgt|"
                    r"Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Adm|Sen|Rep|Gov|Jr|Sr)|\b[A-Z])$")


def _boundaries(text: str) -> list[int]:
    """Offsets just after each sentence-ending character."""
    out = []
    for i, c in enumerate(text):
        if c == "\n":
            out.append(i + 1)
            continue
        if c not in ".!?؟":
            continue
        if c == "." and (ABBREV.search(text[max(0, i - 6):i])
                         or (i + 1 < len(text) and text[i + 1].isdigit())):
            continue
        j = i + 1
        while j < len(text) and text[j] in CLOSERS:  # a closing quote belongs to the sentence
            j += 1
        out.append(j)
    return out


def sentence_of(text: str, needle: str) -> tuple[str, int, int]:
    """The sentence of `text` containing the unique occurrence of `needle`, with offsets."""
    n = text.count(needle)
    if n != 1:
        raise ValueError(f"needle {needle!r} occurs {n} times")
    i = text.index(needle)
    bounds = _boundaries(text)
    start = max([b for b in bounds if b <= i] + [0])
    end = min([b for b in bounds if b >= i + len(needle)] + [len(text)])
    while text[start] in " \n":
        start += 1
    while text[end - 1] in " \n":
        end -= 1
    return text[start:end], start, end



def met_group(members: dict, date: str | None = None) -> list:
    """MET_WITH between every two members of a meeting (`members`: entity id -> needle, in the
    text's order); the needle is the later member's, the date added when given."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) if date else ("MET_WITH", a, b, members[b])
            for i, a in enumerate(keys) for b in keys[i + 1:]]

def build(here: Path, entities: dict, articles: list, set_name: str | None = None) -> Counter:
    """Write `<article_id>.json` into `here` for every article; return relation counts."""
    counts: Counter = Counter()
    for old in here.glob("*.json"):
        old.unlink()
    for art in articles:
        aid, lang, text, rels = art[:4]
        meta = art[4] if len(art) > 4 else {}
        if not 400 <= len(text) <= 1500:
            print(f"warning: {aid}: {len(text)} characters")
        used, out_rels, seen = [], [], set()
        for rel in rels:
            typ, s, t, needle = rel[:4]
            date = rel[4] if len(rel) > 4 else None
            assert typ in TYPES, (aid, typ)
            assert s in entities and t in entities, (aid, s, t)
            assert s != t, (aid, s)
            if typ in SYMMETRIC and t < s:
                s, t = t, s
            assert (typ, s, t) not in seen, (aid, typ, s, t)
            seen.add((typ, s, t))
            try:
                sent, a, b = sentence_of(text, needle)
            except ValueError as exc:
                raise ValueError(f"{aid}: {exc}") from None
            r = {"type": typ, "source": s, "target": t,
                 "evidence": {"sentence": sent, "start": a, "end": b}, "method": "manual"}
            if date:
                r["date"] = date
            out_rels.append(r)
            counts[typ] += 1
            used += [s, t]
        ents = []
        for i in dict.fromkeys(used):
            e = {"id": i, "type": entities[i][0], "name": entities[i][1], "aliases": []}
            if len(entities[i]) > 2:
                e["name_ar"] = entities[i][2]
            ents.append(e)
        article = {"id": aid, "lang": lang, "source": meta.get("source", "blind evaluation set")}
        for k in ("title", "published"):
            if k in meta:
                article[k] = meta[k]
        doc = {"article": article, "text": text,
               "meta": {"annotator": "blind-set analyst (manual)", "set": set_name or here.name},
               "entities": ents, "relations": out_rels}
        (here / f"{aid}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
    langs = Counter(a[1] for a in articles)
    print(f"{set_name or here.name}: {len(articles)} articles ({langs['ar']} ar / {langs['en']} en), "
          f"{sum(counts.values())} relations: {dict(sorted(counts.items()))}")
    return counts
