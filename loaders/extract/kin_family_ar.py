"""Arabic: a lone given name after a kin word with "his / her" (نجله، ابنه، شقيقه، أخيه ...)
takes the family name of the person named just before it in the sentence (session 58), as
``kin_possessive_en.en_his_kin_names`` does for "his son Hammam": "الغارة التي نجا منها الحية،
وأسفرت عن مقتل نجله همام" -> همام الحية (the known Hammam al-Hayya, not a new person "Humam").

Only a one-word name that no earlier step linked to a known entity, right after the kin word;
only when the person before is named by his family name (a name of two words or more, or the
family word of a known person's Arabic name: "الحية" for خليل الحية); nothing otherwise (a
full name "نجله همام الحية" is read as it stands).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.person_ids import _resolve_name
from loaders.textnorm import fold_ar

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.mentions import Doc

_KIN = L.AR_KIN_HIS | L._ar("نجلها", "ابنها", "شقيقها")


def has_kin_ar(seg: str) -> bool:
    """The cheap pre-check: a kin word with a pronoun in the sentence."""
    return any(map(seg.__contains__, KIN_CUES))  # (the tests in C: no generator)


KIN_CUES = ("نجل", "ابن", "شقيق", "أخي", "أخو")


def _family_ar(doc: Doc, m: Mention) -> str | None:
    """The family word the mention *m* gives: its last word when it has two or more, or the
    word itself when it is the last word of the known person's Arabic name."""
    words = doc.text[m.start:m.end].split()
    if len(words) >= 2:
        return words[-1]
    ent = doc.gaz.get(m.eid)
    name_ar = getattr(ent, "name_ar", None) or ""
    last = name_ar.split()[-1:] if len(name_ar.split()) >= 2 else []
    return words[0] if words and last and fold_ar(last[0]) == fold_ar(words[0]) else None


def ar_kin_family_names(doc: Doc, si: int, out: list[Mention]) -> None:
    """"<kin word> X" after a person named by his family name: X with that family name (see
    the module docstring)."""
    toks = doc.toks
    lo = doc.sents[si].lo
    for me in out:
        k = me.lo
        if me.etype != "Person" or me.hi != k + 1 or k - 1 <= lo or \
                toks[k - 1].key not in _KIN or me.eid in doc.gaz.entries:
            continue
        ref = max((m for m in out if m.etype == "Person" and m.kind == "name" and
                   m.hi <= k - 1 and m.eid != me.eid), key=lambda m: m.hi, default=None)
        family = _family_ar(doc, ref) if ref is not None else None
        if family:
            me.eid = _resolve_name(doc, f"{toks[k].text} {family}", "Person")


def _given_at(doc: Doc, k: int, hi: int, taken: set[int]) -> bool:
    """A lone usual given name at *k* (a conjunction و allowed before it), no mention yet,
    no name word after it ("نجله صدام" and "نجليه صدام وخالد", not "نجله محمد بن سلمان")."""
    toks = doc.toks
    if k >= hi or k in taken or not toks[k].ar or toks[k].punct:
        return False
    key = toks[k].key
    key = key[1:] if key.startswith("و") and doc.gaz.is_given_name(key[1:]) else key
    if key in ("عبد", "ابو", "أبو") or not doc.gaz.is_given_name(key):
        return False
    nxt = toks[k + 1] if k + 1 < hi else None
    return nxt is None or nxt.punct or not nxt.ar or not doc.gaz.is_given_name(nxt.key) and \
        nxt.key not in ("بن", "ابن", "آل", "ال")


def ar_kin_given_list(doc: Doc, si: int, out: list[Mention]) -> None:
    """"بحضور نجليه صدام وخالد" / "نجله صدام" (session 61): lone given names right after a kin
    word with a pronoun that no step read as a person (صدام is also "clash") are the kin of
    the person named before them, only when that person's family name with the given name is
    a known person ("صدام حفتر", "خالد حفتر"); the names of a و-list after the first too."""
    from loaders.extract.mention_base import make_mention

    toks = doc.toks
    s = doc.sents[si]
    taken = {y for m in out for y in range(m.lo, m.hi)}
    for kin in range(s.lo + 1, s.hi - 1):
        if toks[kin].key not in _KIN:
            continue
        refs = sorted((m for m in out if m.etype == "Person" and m.kind == "name" and
                       m.hi <= kin), key=lambda m: -m.hi)
        families = [f for f in (_family_ar(doc, r) for r in refs) if f]
        k = kin + 1
        while _given_at(doc, k, s.hi, taken):
            given = toks[k].text[1:] if k > kin + 1 and toks[k].text.startswith("و") else \
                toks[k].text
            eid = next((e for e in (_resolve_name(doc, f"{given} {f}", "Person")
                                    for f in families) if e in doc.gaz.entries), None)
            if eid is None:
                break
            wa = k > kin + 1 and toks[k].text.startswith("و")
            me = make_mention(doc, si, k, k + 1, eid, off=int(wa), prefix="و" if wa else "")
            out.append(me)
            taken.add(k)
            k += 1
            if not toks[k].key.startswith("و"):
                break
