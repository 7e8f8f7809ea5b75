"""Arabic: a lone family name before the article names that person in full (cataphora).

"المبعوثة تيتيه تلتقي حفتر في بنغازي" (the headline), then "التقت المبعوثة الأممية هانا سيروا تيتيه
المشير خليفة حفتر": Arabic has no capitals, so one word no list knows is no name on its own, and
the later full name came too late for the steps that read a lone family name after it.
``lone_family_before_ar`` (after all sentences are read, before the relations; Arabic articles
with a person named in two words or more) makes a mention of that person of each bare word
of the first sentence (the headline) before his first full mention that is the last word of
his full name ("تيتيه"، "وحفتر"), when the full name opens with a usual given name or is a
known person, no other person of the article ends with that word, and the word is no usual
given name, title, nationality, stop word or common noun (not "حسين" of "فؤاد حسين"، not
"صالح"). Not in the body ("دور رئيسي" before "إبراهيم رئيسي")."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.mention_base import _JOINERS, _ment_at

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_PROCLITICS = ("و", "ل", "ب", "ف")


def _family_key(key: str) -> bool:
    """Can *key* stand alone for a person as his family name?"""
    return len(key) >= 3 and key not in GN.ALL and key not in L.AR_STOP and \
        key not in L.AR_COMMON_NOUNS and key not in L.AR_TITLES and \
        key not in L.NATIONALITY and key not in L.AR_QUALIFIERS and \
        key not in L.AR_COMMON_VERBS and not (key.startswith("ال") and key[2:] in GN.ALL)


def lone_family_before_ar(doc: Doc) -> None:
    """See the module docstring."""
    toks = doc.toks
    first_at: dict[str, int] = {}
    family: dict[str, set[str]] = {}  # a full name's last word -> its people
    for m in doc.ments:
        if m.etype != "Person" or m.kind != "name":
            continue
        first_at[m.eid] = min(first_at.get(m.eid, m.lo), m.lo)
        if m.hi - m.lo >= 2 and toks[m.hi - 1].ar and (
                toks[m.lo].key in GN.ALL or doc.gaz.get(m.eid) is not None):
            family.setdefault(toks[m.hi - 1].key, set()).add(m.eid)
    wanted = {k: next(iter(e)) for k, e in family.items() if len(e) == 1 and _family_key(k)}
    if not wanted:
        return
    last = min(max(first_at[e] for e in wanted.values()), doc.sents[0].hi)
    covered = {x for m in doc.ments for x in range(m.lo, m.hi)}
    people = {x for m in doc.ments if m.etype == "Person" for x in range(m.lo, m.hi)}
    los = [s.lo for s in doc.sents]
    added = False
    for x in range(0, last):
        t = toks[x]
        if not t.ar or t.punct or x in covered or (x - 1) in people or (x + 1) in people or (
                x > 0 and toks[x - 1].key in _JOINERS):
            continue  # a word next to a name, or after آل / بن, is part of it ("تميم بن حمد آل ثاني")
        key, off = t.key, 0
        if key not in wanted and key[:1] in _PROCLITICS and key[1:] in wanted:
            key, off = key[1:], 1  # "وحفتر"، "لتيتيه"
        eid = wanted.get(key)
        if eid is None or x >= first_at[eid] or (off == 0 and key[:1] in _PROCLITICS and
                                                  key[1:] in wanted):
            continue
        si = bisect.bisect_right(los, x) - 1
        me = _ment_at(doc, si, x, x + 1, eid, off=off, prefix=t.text[:off])
        doc.ments.append(me)
        doc.by_sent.setdefault(si, []).append(me)
        doc.by_sent[si].sort(key=lambda m: (m.lo, -m.hi))
        added = True
    if added:
        doc.ments.sort(key=lambda m: (m.lo, -m.hi))
        doc.mentions_changed()
