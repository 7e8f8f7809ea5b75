"""English short forms of a body named before, and a known place inside a body's name, for the
capitalised spans of ``bodies``: initials ("the KRG" -> Kurdistan Regional Government), the end
or start of its name ("the Guards" -> the Revolutionary Guards, "K1" -> the K1 air base), and a
place just before or after it ("Kurdistan Regional Government", "Patriotic Union of Kurdistan",
"Islamic Resistance in Iraq")."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from loaders.extract.mention_base import (
    Mention,
)
from loaders.extract.mention_core import session_entity
from loaders.extract.tokens import Tok

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


def single_place(covered: dict[int, Mention], x: int) -> Mention | None:
    """The one-word known place/country mention at token *x*, if any."""
    m = covered.get(x)
    if m is not None and m.etype in ("Location", "Country") and m.kind == "name" and \
            m.hi - m.lo == 1 and not m.in_title:
        return m
    return None


def org_with_place(doc: Doc, covered: dict[int, Mention], out: list[Mention], k: int,
                   e: int, lo: int, hi: int, surface: str) -> tuple[int, int, str]:
    """Widen an English organisation name over a known place written inside it: a place
    just before it ("Kurdistan Regional Government") or after "of"/"in" ("Patriotic Union
    of Kurdistan", "Islamic Resistance in Iraq"). The place mention is dropped."""
    toks = doc.toks
    drop = []
    before = single_place(covered, k - 1) if k - 1 >= lo else None
    if before is not None and toks[k - 1].cap and not toks[k - 1].poss:
        drop.append(before)
        k = before.lo
    if e + 1 < hi and toks[e].key in ("of", "in"):
        after = single_place(covered, e + 1)
        if after is not None and (toks[e].key == "of" or after.etype == "Country") and \
                (e + 2 >= hi or not toks[e + 2].cap or toks[e + 2].punct):
            drop.append(after)
            e = after.hi
    for m in drop:
        if m in out:
            out.remove(m)
        for x in range(m.lo, m.hi):
            covered.pop(x, None)
    if drop:
        surface = doc.text[toks[k].start:toks[e - 1].end]
    return k, e, surface


EN_SITE_WORDS = frozenset({"air", "airbase", "airfield", "airport", "base", "camp"})


ACRONYM_SKIP = frozenset({"of", "the", "in", "and", "for", "al", "el", "-"})


def acronym_of(doc: Doc, out: list[Mention], acro: str) -> str | None:
    """An organisation named in full in this article (or earlier in the run) whose
    initials are *acro* ("KRG" -> Kurdistan Regional Government, "PUK" -> Patriotic Union
    of Kurdistan)."""
    acro = acro.upper()
    names: list[tuple[str, str]] = []
    toks = doc.toks
    for m in itertools.chain(reversed(out), reversed(doc.ments)):
        if m.etype == "Organization" and m.kind == "name" and not toks[m.lo].ar:
            names.append((m.eid, doc.text[m.start:m.end]))
    for eid, ent in doc.session.get("ents", {}).items():
        if ent.get("type") == "Organization":
            names.append((eid, ent.get("name", "")))
    for eid, name in names:
        words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ACRONYM_SKIP]
        if len(words) == len(acro) and "".join(w[0] for w in words).upper() == acro:
            if eid not in doc.new_entities and eid in doc.session.get("ents", {}):
                doc.new_entities[eid] = session_entity(doc.session["ents"][eid])
            return eid
    return None


def org_short_ref(doc: Doc, out: list[Mention], words: list[str]) -> str | None:
    """An organisation named before (in full, two words or more) whose name ends or
    begins with *words* (English keys)."""
    if not words:
        return None
    toks = doc.toks
    n = len(words)
    words_t = tuple(words)
    # the Latin multi-word bodies and sites named so far with their name words (kept up to
    # date as ments grows; the span and type of such a mention never change)
    cache = doc.state.setdefault("_affix", [0, []])
    if cache[0] != len(doc.ments):
        for m in doc.ments[cache[0]:]:
            if m.kind == "name" and m.etype in ("Organization", "Location") and \
                    m.hi - m.lo >= 2 and not toks[m.lo].ar:
                cache[1].append((m, affix_words(toks, m)))
        cache[0] = len(doc.ments)
    cands = [(m, affix_words(toks, m)) for m in out if m.kind == "name" and
             m.etype in ("Organization", "Location") and m.hi - m.lo >= 2 and
             not toks[m.lo].ar]
    for m, full in itertools.chain(reversed(cands), reversed(cache[1])):
        if len(full) <= n:
            continue
        if m.etype == "Location":
            # "K1" after "the K1 air base": a site's name without its head
            if full[:n] == words_t and full[n] in EN_SITE_WORDS:
                return m.eid
            continue
        if full[-n:] == words_t or full[:n] == words_t:
            return m.eid
    if n == 1 and len(words_t[0]) > 4 and words_t[0].endswith("s"):
        return _plural_of_name_word(doc, out, words_t[0])
    return None


def _plural_of_name_word(doc: Doc, out: list[Mention], word: str) -> str | None:
    """A known body named before (by any name, also its initials) whose gazetteer name holds
    the singular of the plural *word* past its first word: "the Guards" after "the IRGC" or
    "Iran's Revolutionary Guard" (Islamic Revolutionary Guard Corps), "the Brigades" after
    "the Qassam Brigade" (session 39)."""
    one = word[:-1]
    for m in itertools.chain(reversed(out), reversed(doc.ments)):
        if m.etype != "Organization" or m.kind != "name" or doc.toks[m.lo].ar:
            continue
        ent = doc.gaz.get(m.eid)
        if ent is not None and one in re.split(r"[\s-]+", ent.name.lower())[1:]:
            return m.eid
    return None


def affix_words(toks: list[Tok], m: Mention) -> tuple[str, ...]:
    """The name words of a Latin mention (keys without punctuation and al-/el-)."""
    return tuple([toks[x].key for x in range(m.lo, m.hi)
                  if not toks[x].punct and toks[x].key not in ("al", "el", "-")])
