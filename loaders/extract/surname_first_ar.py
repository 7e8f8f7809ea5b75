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
"صالح"). Not in the body ("دور رئيسي" before "إبراهيم رئيسي").
The English counterpart is ``surname_first.lone_surname_first`` (there the capitalised word is
already a person of its own, so it only hands his mentions over)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.mention_base import _JOINERS, make_mention

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
    """See the module docstring. (The headline's bare words first: nothing more to do in an
    article whose headline has none, the usual case.)"""
    toks = doc.toks
    head = doc.sents[0].hi if doc.sents else 0
    if not any(t.ar for t in toks[:head]):
        return  # (an English article, or an English line first)
    lasts = {toks[m.hi - 1].key for m in doc.ments
             if m.etype == "Person" and m.hi - m.lo >= 2 and m.kind == "name"}
    if not lasts:
        return
    in_head = doc.by_sent.get(0, ())
    covered = {x for m in in_head for x in range(m.lo, m.hi)}
    people = {x for m in in_head if m.etype == "Person" for x in range(m.lo, m.hi)}
    bare: dict[int, tuple[str, int]] = {}  # headline word -> (the family name it may be, off)
    for x in range(head):
        t = toks[x]
        if not t.ar or t.punct or x in covered or (x - 1) in people or (x + 1) in people or (
                x > 0 and toks[x - 1].key in _JOINERS):
            continue  # a word next to a name, or after آل / بن, is part of it ("آل ثاني")
        key = t.key
        if key in lasts and _family_key(key):
            bare[x] = (key, 0)
        elif key[1:] in lasts and key[:1] in _PROCLITICS and _family_key(key[1:]):
            bare[x] = (key[1:], 1)  # "وحفتر"، "لتيتيه"
    if not bare:
        return
    keys = {k for k, _o in bare.values()}
    first_at: dict[str, int] = {}
    family: dict[str, set[str]] = {}  # a full name's last word -> its people
    for m in doc.ments:
        if m.etype != "Person" or m.kind != "name":
            continue
        if m.eid not in first_at or m.lo < first_at[m.eid]:
            first_at[m.eid] = m.lo
        if m.hi - m.lo >= 2 and toks[m.hi - 1].key in keys and (
                toks[m.lo].key in GN.ALL or doc.gaz.get(m.eid) is not None):
            family.setdefault(toks[m.hi - 1].key, set()).add(m.eid)
    added = False
    for x, (key, off) in bare.items():
        eids = family.get(key)
        if eids is None or len(eids) != 1 or (off and toks[x].key in family):
            continue
        eid = next(iter(eids))
        if x >= first_at[eid]:
            continue
        me = make_mention(doc, 0, x, x + 1, eid, off=off, prefix=toks[x].text[:off])
        doc.ments.append(me)
        doc.by_sent.setdefault(0, []).append(me)
        added = True
    if added:
        doc.by_sent[0].sort(key=lambda m: (m.lo, -m.hi))
        doc.ments.sort(key=lambda m: (m.lo, -m.hi))
        doc.mentions_changed()
