"""May a person the gazetteer says nothing about be called by a description's head word ("the
Ghanaian diplomat", "the envoy", "the general")? The titles the article itself gave him decide,
session 23 (``desc``).

``description_fit.fits_title`` rejects only people whose gazetteer entry names another kind of
post; a new person fitted any description, so "The Ghanaian diplomat ... met Z" went to Field
Marshal X, named last, not to the UN representative Y. ``titled_in_article`` reads the title
words before each of his names ("Field Marshal X", "Special Representative Y") and an apposition
right after one ("X, a veteran Lao diplomat,"): none of them of the head word's kind is a
reject; no title at all says nothing (``None``). English only (the head words' fitting words
are English).

Session 24, second round: an office description ("the prime minister", "the president") is no
new person the article titled with another kind of post ("an Interior Ministry police
lieutenant, X": ``other_post_titled``, in ``coref_offices.holds_office``).

Session 69: a monarch's office too, "the emir" / "the king" / "the sultan" is no one the article
titled with any other post ("The emir of Qatar, Sheikh H, who brokered the deal with his prime
minister Sheikh J, ... Berri received the emir": H, not J named last)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

_APPOSED_OPENERS = frozenset({"a", "an", "the"})


def _name_titles(doc: Doc, m: Mention) -> list[str]:
    """The lower-cased title words before the name *m* ("Field Marshal X") and those of an
    apposition right after it ("X, a veteran Lao diplomat,"), in that order."""
    toks = doc.toks
    words = [toks[x].key for x in range(m.tlo, m.lo)] if 0 <= m.tlo < m.lo else []
    x = m.hi
    if x + 1 < len(toks) and toks[x].text == "," and toks[x + 1].key in _APPOSED_OPENERS:
        for y in range(x + 2, min(x + 10, len(toks))):
            if toks[y].punct:
                break
            words.append(toks[y].key)
    return words


def _title_text(doc: Doc, eid: str) -> str | None:
    """The lower-cased title words the article gave *eid* before his names and in an
    apposition right after one (None: no title, or an Arabic one)."""
    parts: list[str] = []
    for m in doc.ments:
        if m.eid != eid or m.kind != "name":
            continue
        if doc.toks[m.lo].ar:
            return None
        parts += _name_titles(doc, m)
    return " ".join(parts) if parts else None


def titled_in_article(doc: Doc, eid: str, fitting: tuple[str, ...]) -> bool | None:
    """Does a title the article gave *eid* hold one of the *fitting* words? None when it
    gave him none."""
    text = _title_text(doc, eid)
    if text is None:
        return None
    return any(w in text for w in fitting)


# titles that say nothing of a post ("Mr. X", "Sheikh X", "his counterpart, X")
_NO_POST = frozenset({"mr", "mrs", "ms", "miss", "dr", "sayyed", "sheikh", "sheikha", "prince",
                      "princess", "counterpart", "haj", "hajji"})
# a deputy's title ("Vice President X", "Deputy Prime Minister Y"): another post than the office
_DEPUTY = frozenset({"vice", "deputy"})
# the words of an office a description names (``coref_offices.office_words``)
_OFFICE_WORDS = {"pm": frozenset({"prime", "premier", "pm"}),
                 "president": frozenset({"president"})}
# a monarch's office (``gazetteer.MONARCH_TITLES``) and the words that may title its holder
_MONARCH_WORDS = frozenset({"monarch", "ruler", "sovereign", "highness", "majesty"})
_MONARCH_OFFICE_WORDS = {"emir": frozenset({"emir", "amir"}) | _MONARCH_WORDS,
                         "king": frozenset({"king"}) | _MONARCH_WORDS,
                         "sultan": frozenset({"sultan"}) | _MONARCH_WORDS}


def _before_comma_title(doc: Doc, m: Mention) -> list[str]:
    """The words of a noun phrase right before "," and the name of *m* ("an Interior Ministry
    police lieutenant, X"), back to "a" / "an" / "the" (at most eight words)."""
    toks = doc.toks
    c = m.lo - 1
    if c < 1 or toks[c].text != ",":
        return []
    out: list[str] = []
    for y in range(c - 1, max(-1, c - 9), -1):
        if toks[y].punct or toks[y].ar:
            return []
        if toks[y].key in _APPOSED_OPENERS:
            return out
        out.append(toks[y].key)
    return []


_TAKE_CUES = frozenset({"as", "became", "becomes", "become"})


def _took_office(doc: Doc, m: Mention, office_words: frozenset[str]) -> bool:
    """Is an office word said of *m* in the 14 words after it ("X, a former judge, was sworn
    in as prime minister", "X became president")?"""
    toks = doc.toks
    hi = min(len(toks), m.hi + 14, doc.sents[m.sent].hi)
    return any(toks[x].key in office_words and any(
        toks[y].key in _TAKE_CUES for y in range(max(m.hi, x - 3), x)) for x in range(m.hi, hi))


def other_post_titled(doc: Doc, eid: str, office: str) -> bool:
    """Did the article give *eid* (a person the gazetteer says nothing about) only titles of
    another kind of post than *office* ("police lieutenant X", "analyst X", "an Interior
    Ministry police lieutenant, X": no "prime minister")? False when it gave him none, or a
    leading one ("opposition leader X"). One pass over the article's mentions."""
    office_words = _OFFICE_WORDS.get(office) or _MONARCH_OFFICE_WORDS.get(office)
    if office_words is None:
        return False
    words: list[str] = []
    for m in doc.ments:
        if m.eid != eid or m.kind != "name":
            continue
        if doc.toks[m.lo].ar:
            return False
        if _took_office(doc, m, office_words):
            return False  # "X, a former judge, was sworn in as prime minister"
        words += _name_titles(doc, m) + _before_comma_title(doc, m)
    if not words:
        return False
    held = {w for i, w in enumerate(words) if i == 0 or words[i - 1] not in _DEPUTY}
    if office_words & held:
        return False
    if _DEPUTY & set(words):
        return True  # "First Vice President X" is no "premier" nor "president" (session 66)
    roles = {L.EN_TITLES.get(w) for w in words if w not in _NO_POST}
    if office in _MONARCH_OFFICE_WORDS:
        # "the emir" is not "his prime minister Sheikh X", nor a minister or president: any
        # post but the monarch's (session 69)
        return bool(roles - {None})
    return "plain" in roles and not roles & {"lead", "head_state", "member"}
