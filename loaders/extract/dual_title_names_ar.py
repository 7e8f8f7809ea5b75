"""Arabic: one dual title for two names, each of whom holds it (session 64, names64).

«قمة ثلاثية جمعته بالرئيسين المصري A والإريتري B», «استقبل X وزيري الخارجية الجزائري A
والليبية B», «بحضور ... ونائبي رئيس المجلس الرئاسي A وB»: the dual noun (الرئيسين،
وزيري، نائبي ...) is the title of both names in the singular (الرئيس، وزير، نائب). The first
name's title starts at the dual noun (so its clitic, «بـ» / «و», is the name's: «جمعته
بالرئيسين ... A» is the other side of the meeting, as «جمعته بالرئيس ... A» is), and a title
read inside the phrase is dropped (in «نائبي رئيس المجلس الرئاسي A» A is a deputy, not the
council's head); the second name, after «و» or a و-qualifier («والإريتري»، «والليبية»), gets
the same title with its own nationality. Only when the second name follows the first (a dual
with one name is the singular's accusative «وزيراً», or a phrase about two people named
elsewhere: «الرئيسين» alone is read by ``plural_refs``).

Called from ``mentions.find_mentions`` for an Arabic sentence with a token whose key is a dual
title with its clitic (``DUAL_TITLE_KEYS``, a per-token bit of ``_pass_bits``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.list_qualifiers_ar import coordinated_qualifier_ar, nationality_country_ar
from loaders.extract.title_holder_checks import attach_role

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc, Mention


# the singular title -> its dual nouns (nominative and oblique; with the article, or in
# construct)
_DUAL_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("الرئيس", ("الرئيسين", "الرئيسان")),
    ("الوزير", ("الوزيرين", "الوزيران")),
    ("وزير", ("وزيري", "وزيرا")),
    ("نائب", ("نائبي", "نائبا")),
    ("النائب", ("النائبين", "النائبان")),
    ("مستشار", ("مستشاري", "مستشارا")),
    ("سفير", ("سفيري", "سفيرا")),
    ("السفير", ("السفيرين", "السفيران")),
    ("مبعوث", ("مبعوثي", "مبعوثا")),
    ("المبعوث", ("المبعوثين", "المبعوثان")),
    ("قائد", ("قائدي", "قائدا")),
    ("القائد", ("القائدين", "القائدان")),
    ("الزعيم", ("الزعيمين", "الزعيمان")),
    ("رئيس", ("رئيسا",)),  # (not رئيسي: "main", «دور رئيسي»)
    ("عضو", ("عضوي", "عضوا")),
)
# a dual noun's key -> the singular's
_DUALS: dict[str, str] = {L.ar_key(form): L.ar_key(sing) for sing, forms in _DUAL_FORMS
                          for form in forms}
_CLITICS = ("", "و", "ب", "ل", "وب", "ول", "ف")
_FIRST = 6  # words from the dual noun to the first name
_TANWEEN = "\u064b"


# every clitic + dual form -> (clitic, singular title); an earlier clitic of _CLITICS wins
# where two readings give one key (built in reverse so that it is written last)
_BY_KEY: dict[str, tuple[str, str]] = {c + form: (c, sing) for c in reversed(_CLITICS)
                                       for form, sing in _DUALS.items()}
# the token keys dual_title_names_ar acts at (find_mentions' per-token bit: a sentence
# without one is not scanned; a regex over the sentence's text cost 3% of the instructions)
DUAL_TITLE_KEYS = frozenset(_BY_KEY)


def _dual_singular(key: str) -> tuple[str, str] | None:
    """(clitic, singular title) of the dual title noun *key* («بالرئيسين» -> ("ب",
    "الرئيس")), else None (one look-up: this runs at every Arabic token of a sentence whose
    text holds a dual title's letters)."""
    return _BY_KEY.get(key)


def dual_title_singular(key: str) -> str | None:
    """The singular title of the dual title noun *key* with its clitic («بالوزيرين» ->
    «الوزير»), else None."""
    found = _BY_KEY.get(key)
    return found[1] if found is not None else None


def _role_of(singular: str, words: list[str]) -> str:
    """The role of the longest singular title phrase *singular* + *words* (the words between
    the dual noun and the first name) in the title table; "plain" when none is listed."""
    for n in range(len(words), -1, -1):
        phrase = " ".join([singular, *words[:n]])
        for cand in (phrase, "ال" + phrase):
            if cand in L.AR_TITLES:
                return L.AR_TITLES[cand]
    return "plain"


def dual_title_names_ar(doc: Doc, out: list[Mention], lo: int, hi: int) -> None:
    """Give both names under one dual title the title in the singular (module doc). *out*
    holds the sentence's mentions (tokens *lo* .. *hi*) in order."""
    toks = doc.toks
    people = [m for m in out if m.etype == "Person"]
    for d in range(lo, hi - 2):
        t = toks[d]
        if not t.ar or _TANWEEN in t.text:
            continue
        dual = _dual_singular(t.key)
        if dual is None or toks[d + 1].key[:1] == "ل":
            continue  # ("سفيرا لطهران": the accusative singular)
        clitic, singular = dual
        a = next((m for m in people if d < m.lo <= d + _FIRST), None)
        if a is None or a.hi >= hi or any(toks[x].punct or not toks[x].ar
                                          for x in range(d + 1, a.lo)):
            continue
        b = _second_name(doc, people, a, hi)
        if b is None:
            continue
        words = [toks[x].key for x in range(d + 1, a.lo)]
        role = _role_of(singular, words)
        nat = next((L.NATIONALITY[w] for w in words if w in L.NATIONALITY), None)
        _retitle(doc, a, d, role, nat, clitic)
        q = toks[b.lo - 1].key[1:] if b.lo > a.hi else ""
        nat_b = nationality_country_ar(q)
        _retitle(doc, b, b.lo - 1 if b.lo > a.hi else b.lo, role, nat_b or (None if q else nat),
                 "و")


def _second_name(doc: Doc, people: list[Mention], a: Mention, hi: int) -> Mention | None:
    """The name joined to *a* under the same title: right after it with «و» («A وB»), or after
    a و-qualifier («A والإريتري B»، «A والليبية B»); None if it has a title of its own."""
    toks = doc.toks
    b = next((m for m in people if m.lo in (a.hi, a.hi + 1)), None)
    if b is None or b.eid == a.eid or 0 <= b.tlo < b.lo and b.tlo != a.hi:
        return None
    if b.lo == a.hi:
        return b if toks[b.lo].key[:1] == "و" or b.prefix[:1] == "و" else None
    q = toks[a.hi]
    return b if q.ar and q.key[:1] == "و" and coordinated_qualifier_ar(q.key[1:]) else None


def _retitle(doc: Doc, m: Mention, tlo: int, role: str, nat: str | None, clitic: str) -> None:
    """Give *m* the title from *tlo*; a leadership read from a title inside the phrase is
    dropped («نائبي رئيس المجلس الرئاسي A»: no head of the council)."""
    if m.role_org and m.role in ("lead", "head_state"):
        held = doc.leaders.get(m.role_org)
        if held:
            held[:] = [h for h in held if h[0] != m.eid]
    m.tlo = -1
    attach_role(doc, m, tlo, role, None, nat, None, [])
    if clitic and not m.prefix:
        m.prefix = clitic
