"""English descriptions whose title follows "the" and a run of qualifiers ("the new speaker",
"the former spokesman", "the influential cleric", "the junta leader"), session 23 (``desc``).

Before, only "the" right before the title (or before a body or nationality) made a title
phrase without a name a description, so "received the new speaker" named nobody. Such a
phrase is read as a description (``the_qualified_en``) and its resolution is kept only when the
article backs it (``backed_description``): "the new X" is the incoming holder of a replacement
told in the last sentences ("elected X as speaker, succeeding Y"; "X takes over from Y"),
"the former X" the outgoing one or someone introduced as former; any other qualifier ("the
influential cleric", "the veteran diplomat") someone named before with that very title word.
Otherwise nobody: "met the new president" after a ceremony naming several people is no guess.
Session 66: a holder told sworn in with the title word before his name, "King X was sworn in on
January 11" (no "as <office>"), backs "the new king" (``_sworn_in_titled``).

A description after the meeting verb is its close object though lower-case words stand between
"the" and the title ("met the junta leader", ``close_description_en``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.coreference import _called_former, _replaced_by
from loaders.extract.desc_took_over_as_en import older_titled_holder, took_over_as
from loaders.extract.rule_common import title_start

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok


def the_qualified_en(toks: list[Tok], b: int, k: int, lo: int) -> bool:
    """Is the English title at *k* preceded by "the" at *b* and only qualifiers between ("the
    new speaker", "the former president")? (*b*: the word before the qualifiers.)"""
    return lo <= b < k - 1 and toks[b].key == "the" and not toks[k].ar


def backed_description(doc: Doc, si: int, k: int, qual: str | None,
                       eid: str | None) -> str | None:
    """The person the article backs for the qualified description at *k*, given *eid*, the one
    ``resolve_description`` found: "the new X" an incoming holder of a replacement told in the
    last sentences; "the former X" an outgoing one (the one *eid* replaced, when *eid* is the
    incoming) or someone called former; another qualifier *eid* named before with the same
    title word. ``None`` when unbacked."""
    if eid is None:
        return None
    if qual in ("new", "old"):
        repl = _replaced_by(doc, si, k)
        if qual == "new":  # (the latest of a chain: "X replaces Y, who had taken over from Z")
            if eid in repl.values():
                return repl.get(eid, eid)
            # "elected X as speaker ..., succeeding Y. ... the new speaker" resolved to a
            # deputy speaker named since: the one incoming holder given that title
            key = doc.toks[k].key
            fit = {new for new in repl.values() if _titled_as(doc, new, key, k)} or \
                _took_office_as(doc, si, key, k) or \
                {new for new in repl.values() if took_over_as(doc, new, key, k)}  # (ncoref42)
            if not fit:  # a replacement told farther back (ncoref42)
                return older_titled_holder(doc, si, key, k)
            return fit.pop() if len(fit) == 1 else None
        if eid in repl or _called_former(doc, eid, k):
            return eid
        return next((old for old, new in repl.items() if new == eid), None)
    key = doc.toks[k].key
    return eid if any(m.eid == eid and m.kind == "name" and 0 <= m.tlo < m.lo < k and
                      any(doc.toks[x].key == key for x in range(m.tlo, m.lo))
                      for m in doc.ments) else None


def _titled_as(doc: Doc, eid: str, key: str, at_tok: int) -> bool:
    """Was *eid* given the title word *key* before *at_tok*, before a name of his ("Speaker
    X") or after it with "as" ("elected X as speaker")?"""
    toks = doc.toks
    for m in doc.ments:
        if m.eid != eid or m.kind != "name" or m.lo >= at_tok:
            continue
        if 0 <= m.tlo < m.lo and any(toks[x].key == key for x in range(m.tlo, m.lo)):
            return True
        if m.hi < len(toks) and toks[m.hi].key == "as" and any(
                toks[x].key == key for x in range(m.hi + 1, min(m.hi + 5, len(toks)))):
            return True
    return False


# words between a name and "as <title>" when the name took that office ("X was sworn in as
# president", "X has been elected as speaker")
_TOOK_OFFICE = frozenset({"was", "is", "has", "had", "been", "sworn", "in", "elected",
                          "appointed", "named", "installed", "confirmed", "chosen", "formally",
                          "enthroned", "crowned", "inaugurated"})


def _took_office_as(doc: Doc, si: int, key: str, at_tok: int) -> set[str]:
    """The people the last three sentences before *at_tok* say took the office of title word
    *key* ("X was sworn in as president of the region", "X, elected as speaker")."""
    toks = doc.toks
    out: set[str] = set()
    for m in doc.ments:
        if m.etype != "Person" or m.kind != "name" or not si - 5 <= m.sent <= si or \
                m.lo >= at_tok:
            continue
        x = m.hi + (m.hi < at_tok and toks[m.hi].text == ",")
        while x < at_tok and x - m.hi < 6 and toks[x].key in _TOOK_OFFICE:
            x += 1
        voted = x > m.hi + 1 or x == m.hi and _voted_in(doc, m)
        if voted and x + 1 < at_tok and toks[x].key == "as" and _office_at(toks, x + 1, key,
                                                                          at_tok):
            out.add(m.eid)
        elif x > m.hi + 1 and toks[x - 1].key in _VOTED_IN and _office_at(toks, x, key, at_tok):
            out.add(m.eid)  # "X was named emir" (session 54)
        elif _sworn_in_titled(toks, m, x, key):
            out.add(m.eid)  # "Sultan X was sworn in on January 11" (session 66)
    return out


_SWORN_IN = frozenset({"sworn", "installed", "enthroned", "crowned", "inaugurated"})


def _sworn_in_titled(toks: list[Tok], m: Mention, x: int, key: str) -> bool:
    """Was *m*, given the title word *key* before his name ("Sultan X", "King X", "President
    X"), told sworn in, installed or enthroned in the words from his name up to *x* ("Sultan X
    was sworn in on January 11, hours after the death of ...")?"""
    start = title_start(m)  # (the gazetteer's "King X" holds the title)
    return any(toks[y].key in _SWORN_IN for y in range(m.hi, x)) and \
        any(toks[y].key == key for y in range(start, m.hi))


# verbs of putting someone in office, right before the name ("elected X as its new speaker")
_VOTED_IN = frozenset({"elected", "appointed", "named", "chose", "picked", "installed",
                       "designated", "sworn"})


def _voted_in(doc: Doc, m: Mention) -> bool:
    """Does a verb of putting in office stand before the name (or its title) of *m*, at most
    three words of a description between ("elected veteran Sunni politician X")?"""
    lo = title_start(m)
    for y in range(lo - 1, max(-1, lo - 5), -1):
        tk = doc.toks[y]
        if tk.key in _VOTED_IN:
            return True
        if tk.punct or tk.ar or tk.key in ("and", "who", "to", "by"):
            return False
    return False


def _office_at(toks: list[Tok], x: int, key: str, at_tok: int) -> bool:
    """Is the title word *key* at *x*, past "the" / "its" / "their" / "new" (session 54)?"""
    while x < at_tok - 1 and toks[x].key in ("the", "its", "their", "new", "a"):
        x += 1
    return x < at_tok and toks[x].key == key


def close_description_en(toks: list[Tok], t: int, m: Mention) -> int:
    """Where to stop checking the words after the verb at *t* before the description *m*: at
    "the" when only lower-case words (at most three) stand between it and the title ("met the
    junta leader", "received the visiting envoy"); else the start of *m*."""
    start = m.tlo if m.tlo >= 0 else m.lo
    if m.kind != "desc" or toks[start].ar:
        return start
    for x in range(start - 1, max(t, start - 5), -1):
        tk = toks[x]
        if tk.key == "the":
            return x
        if tk.punct or tk.cap or not tk.key.isalpha() or tk.key in L.EN_STOP:
            break
    return start
