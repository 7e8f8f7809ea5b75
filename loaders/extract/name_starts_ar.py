"""Arabic: where a new person's name starts when its first word is read as something else
(session 22, ``names``).

* ``given_before_foreign``: a one-word new person (a title's one-word name, or a gazetteer
  surname the title's nationality turned into a new person: "المبعوث الروسي زامير" is no
  Israeli Zamir) right before a word of a foreign surname shape no step took is the first word
  of one new name ("المبعوث الروسي زامير كابولوف" was Zamir and Kabulov, two people who "met").
  Not a gazetteer person ("استقبل بوتين ميرزيوييف" keeps Putin), not a new person the article
  named before, and only for a Slavic / Caucasian / Central Asian surname ending (ـوف، ـيف،
  ـشفيلي ...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.foreign_names_ar import strong_foreign
from loaders.extract.mention_base import Mention, _accusative, _ment_at, _resolve_name

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


def _name_word(doc: Doc, k: int, first: bool) -> bool:
    from loaders.extract.arabic_names import _ar_name_word

    t = doc.toks[k]
    return t.ar and not t.punct and not _accusative(t.text) and _ar_name_word(doc, t, first)


def given_before_foreign(doc: Doc, si: int, covered: dict[int, Mention],
                         out: list[Mention]) -> None:
    """A one-word person before a foreign surname no step took is one name with it (see the
    module docstring)."""
    toks = doc.toks
    s = doc.sents[si]
    for m in out:
        k = m.hi
        if m.etype != "Person" or m.hi - m.lo != 1 or k >= s.hi or k in covered or \
                not toks[k].ar or toks[k].punct or m.prefix:
            continue
        nx = toks[k]
        if not strong_foreign(nx.key, nx.text[:1] in ("أ", "إ")) or \
                not _name_word(doc, k, False):
            continue
        if m.eid not in doc.new_entities or any(x.eid == m.eid and x is not m
                                                for x in (*doc.ments, *out)):
            continue  # "استقبل بوتين ميرزيوييف": a known person or one named before
        surface = doc.text[m.start:nx.end]
        eid = _resolve_name(doc, surface, "Person")
        me = _ment_at(doc, si, m.lo, k + 1, eid)
        for f in ("tlo", "role", "role_org", "role_nat", "qual", "in_title"):
            setattr(me, f, getattr(m, f))
        out[out.index(m)] = me
        covered[m.lo] = covered[k] = me
