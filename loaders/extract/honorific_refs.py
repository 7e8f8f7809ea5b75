"""Arabic honorific pronouns as reference mentions: "سموه"، "معاليه"، "فخامته"، "جلالته"، "سماحته"،
"غبطته"، "سعادته".

Gulf and Iranian agency copy names a prince, a minister or a cleric once with his honorific
("صاحب السمو الأمير X"، "معالي الشيخ X"، "سماحة السيد X") and then goes on with the honorific
pronoun alone: "كما التقى سموه الرئيس Y" (His Highness met Y), "وكان سموه قد عقد جلسة مباحثات
مع نظيره Z", "وكان في استقبال سموه Y". :func:`honorific_refs` turns such a pronoun into a
reference mention (kind ``"ref"``) of the last person of this or the three sentences before
whose title carries the same honorific (سمو/الأمير/الشيخ for سموه, معالي for معاليه, فخامة/الرئيس
for فخامته, جلالة/الملك for جلالته, سماحة/آية الله/السيد for سماحته, غبطة/البطريرك for
غبطته, سعادة for سعادته), so that every rule reads
it as that person. Nothing is made when no such person is found (an ambassador named without an
honorific in between is no candidate: "وحضر اللقاء السفير X. كما التقى سموه Y" is the prince).

"سعادته" (session 68, blind68d: Qatari, Kuwaiti and Bahraini agency copy titles ministers and
envoys "سعادة": "التقى سعادة الشيخ X ... كما التقى سعادته، في وقت لاحق، Y") is read the same way,
but not as "his happiness": "أعرب عن سعادته"، "سعادته بلقاء", "سعادته البالغة".

"سيادته" (session 31, proto: Palestinian, Iraqi and Syrian agencies) is the agency's own
principal, one person for the whole article: the first "سيادته" of the article is the guest
when it is received ("وكان في استقبال سيادته": the last president named before, as above),
else the first person of the article titled president / head ("رئيس"، "الرئيس"، "سيادة"،
"السيد": "وصل رئيس مجلس الوزراء X ... والتقى سيادته Y"), and every later "سيادته" is that same
person ("ووضع سيادته الرئيس Z ... والتقى سيادته Y": not Z); nobody when the person found is
named in the sentence of that first "سيادته" himself. The sovereignty of a country or a
people ("يحفظ سيادته واستقلاله") is no reference.

English (session 18, third round): "His Majesty" / "His Highness" with no name after it ("His
Majesty was welcomed at the airport by Y", "It was His Majesty's first visit") is, the same way,
the last person titled Majesty / Sultan / King (Highness / Prince / Emir / Sheikh) before.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.desc_new_ruler import loss_at, new_ruler
from loaders.extract.guest_not_gone_ar import gone_ar
from loaders.extract.honorific_subject_ar import subject_bearer_ar
from loaders.extract.mention_base import Mention

_HIGHNESS = L._ar("سموه", "وسموه", "لسموه", "بسموه")
_EXCELLENCY = L._ar("معاليه", "ومعاليه", "لمعاليه")
_PRESIDENT = L._ar("فخامته", "وفخامته", "لفخامته")
_MAJESTY = L._ar("جلالته", "وجلالته", "لجلالته")
_EMINENCE = L._ar("سماحته", "وسماحته", "لسماحته")
_SIYADA = L._ar("سيادته", "وسيادته", "لسيادته", "بسيادته")
# a patriarch's "Beatitude" (session 45, meetnew): "ثم استقبل غبطته السفير Y"
_BEATITUDE = L._ar("غبطته", "وغبطته", "لغبطته")
# a Gulf minister's or envoy's "Excellency" (session 68, blind68d): "كما التقى سعادته Y"
_SAADA = L._ar("سعادته", "وسعادته", "لسعادته")
AR_CUES = _HIGHNESS | _EXCELLENCY | _PRESIDENT | _MAJESTY | _EMINENCE | _SIYADA | _BEATITUDE | _SAADA
EN_CUES = frozenset({"majesty", "highness"})
_EN_TITLE_OF = {
    "majesty": frozenset({"majesty", "sultan", "king", "queen"}),
    "highness": frozenset({"highness", "prince", "emir", "amir", "sheikh", "crown"}),
}
# one title under its two spellings ("His Highness the Amir" after "Emir X")
_EN_SAME_TITLE = {"amir": ("amir", "emir"), "emir": ("amir", "emir")}

# the title words that give a person each honorific
_TITLE_OF: list[tuple[frozenset[str], frozenset[str]]] = [
    (_HIGHNESS, L._ar("سمو", "السمو", "الأمير", "الامير", "الشيخ", "والشيخ", "والأمير")),
    (_EXCELLENCY, L._ar("معالي", "ومعالي")),
    (_PRESIDENT, L._ar("فخامة", "وفخامة", "الرئيس", "والرئيس")),
    (_MAJESTY, L._ar("جلالة", "وجلالة", "الملك", "والملك", "العاهل",
                     # an Omani sultan: "حضرة صاحب الجلالة السلطان X" (session 58)
                     "الجلالة", "السلطان", "والسلطان")),
    (_EMINENCE, L._ar("سماحة", "وسماحة", "الله", "السيد", "والسيد")),
    # (not الكاردينال: a cardinal is «نيافة»; a cardinal received by the patriarch is no
    # bearer: review 45)
    (_BEATITUDE, L._ar("غبطة", "وغبطة", "البطريرك", "والبطريرك")),
    (_SAADA, L._ar("سعادة", "وسعادة")),
]
# "his happiness", not "His Excellency": "أعرب / عبّر عن سعادته"، "سعادته بلقاء"، "سعادته البالغة"
_JOY_BEFORE = L._ar("عن", "عميق", "بالغ")
_JOY_AFTER = L._ar("البالغة", "الكبيرة", "العميقة")
# the titles of the person "سيادته" stands for (a president, a prime minister: "رئيس")
_SIYADA_TITLES = L._ar("سيادة", "الرئيس", "والرئيس", "رئيس", "ورئيس", "السيد", "والسيد")
# "في استقبال سيادته": the guest received
_RECEPTION = L._ar("استقبال", "واستقبال")
# "يحفظ سيادته واستقلاله": the sovereignty of a country or a people, no person
_SOVEREIGNTY_BEFORE = L._ar("يحفظ", "تحفظ", "ينتهك", "تنتهك", "انتهاك", "يمس", "تمس", "احترام",
                            "يحترم", "تحترم", "حماية", "على", "استعادة", "لاستعادة", "فرض")
_SOVEREIGNTY_AFTER = L._ar("واستقلاله", "ووحدته", "ووحدة", "الوطنية", "الكاملة")
_BACK = 3  # sentences before this one that the bearer may be named in
_TITLE_REACH = 4  # words before a name (or its title) that may carry the honorific


def _titled(sr: Any, m: Mention, words: frozenset[str]) -> bool:
    """Does a word of *words* stand in *m*'s title (or open its span), or right before it
    ("صاحب السمو الملكي الأمير X")?"""
    toks = sr.doc.toks
    lo = m.tlo if m.tlo >= 0 else m.lo
    s_lo = sr.doc.sents[m.sent].lo
    start = max(s_lo, lo - _TITLE_REACH)
    # (not the title of a name just before: "عهد جلالة الملك K إلى الدكتور X": X is no
    # Majesty; session 71)
    start = max([start] + [o.hi for o in sr.doc.by_sent.get(m.sent, ()) if o is not m and
                           o.etype == "Person" and start < o.hi <= lo])
    if not toks[m.lo].ar:  # English: only the capitalised run right before the name, not "His
        y = lo  # Majesty received HE X" (X is no Majesty: session 64)
        while y > start and toks[y - 1].cap and not toks[y - 1].punct:
            y -= 1
        start = y
    return any(toks[y].key in words for y in range(start, m.lo + 1))


def _bearer(sr: Any, x: int, words: frozenset[str], si: int | None = None,
            alive: bool = False, living: bool = False) -> str | None:
    """The last person before token *x* (of sentence *si*, by default this one; this or the
    sentences before) bearing the honorific (*alive*: not one named as gone, guest_not_gone_ar;
    *living*: not one named as lost, "the late Sultan X", "X died", when another bears it:
    ``desc_new_ruler.loss_at``, session 64)."""
    if living:
        eid = _bearer(sr, x, words, si, alive)
        lost = {m.eid for m in sr.doc.ments if m.sent <= sr.si and m.etype == "Person" and
                m.kind == "name" and loss_at(sr.doc, m)}
        if eid is not None and eid not in lost:
            return eid
        # (the living bearer may be named further back: the piece's sovereign, "His Majesty
        # Sultan Y received ... on the passing of the late Sultan X ... His Majesty was sworn in")
        return _bearer_skipping(sr, x, words, si, alive, lost) or \
            _bearer_skipping(sr, x, words, si, alive, lost, back=sr.si) or eid
    return _bearer_skipping(sr, x, words, si, alive, frozenset())


def _bearer_skipping(sr: Any, x: int, words: frozenset[str], si: int | None, alive: bool,
                     skip: frozenset[str] | set[str], back: int = _BACK) -> str | None:
    """:func:`_bearer` of the people not in *skip*, named up to *back* sentences before."""
    best: Mention | None = None
    host: Mention | None = None  # the last one not named as an attendee
    si = sr.si if si is None else si
    for m in sr.doc.ments:
        if m.etype != "Person" or m.kind != "name" or m.sent < si - back or m.eid in skip:
            continue
        if m.sent > si or (m.sent == si and m.hi > x):
            continue
        if (best is None or (m.sent, m.lo) > (best.sent, best.lo)) and _titled(sr, m, words) \
                and not (alive and gone_ar(sr.doc, m)):
            best = m
            if not _attendee(sr, m):
                host = m
    if best is not None and host is not None and best is not host and best.sent != si:
        best = host  # "وحضر اللقاء سمو الشيخ T. كما التقى سموه Y": the host, not T (s54)
    return best.eid if best is not None else None


def _titled_before(sr: Any, x: int, words: frozenset[str]) -> list[Mention]:
    """The people named before token *x* of this sentence or the ``_BACK`` before it with a
    title of *words*, in text order (``honorific_subject_ar``)."""
    return sorted((m for m in sr.doc.ments
                   if m.etype == "Person" and m.kind == "name" and sr.si - _BACK <= m.sent <= sr.si
                   and (m.sent < sr.si or m.hi <= x) and _titled(sr, m, words)),
                  key=lambda m: (m.sent, m.lo))


# "وحضر اللقاء / حضر الاستقبال / بحضور" before a name: an attendee of someone else's meeting
_ATTENDED = L._ar("حضر", "وحضر", "بحضور", "وبحضور", "حضره", "وحضره")


# the words of an honorific formula before a title ("صاحب السمو الملكي"، "معالي"، "دولة")
_FORMULA = L._ar("صاحب", "السمو", "الملكي", "سمو", "معالي", "فخامة", "دولة", "سماحة", "سعادة")


def _attendee(sr: Any, m: Mention) -> bool:
    """Is *m* named as the attendee of a meeting (an attending word up to four words before
    his name or title, in his sentence)?"""
    toks = sr.doc.toks
    lo = m.tlo if 0 <= m.tlo < m.lo else m.lo
    s_lo = sr.doc.sents[m.sent].lo
    start = lo  # past the honorific formula before the title ("حضر الاستقبال صاحب السمو
    while start - 1 > s_lo and toks[start - 1].key in _FORMULA:  # الملكي الأمير X", s72)
        start -= 1
    # (not the honorific «حضرة صاحب السمو X», whose key is that of «حضره», "attended it")
    return any(toks[y].key in _ATTENDED and not toks[y].text.endswith("ة")
               for y in range(max(s_lo, start - _TITLE_REACH), lo))


def _is_joy(toks: Any, y: int, lo: int, hi: int) -> bool:
    """Is the "سعادته" at *y* "his happiness": after "عن" / "عميق" / "بالغ" («أعرب عن سعادته»),
    before a ب-word or "البالغة" / "الكبيرة" / "العميقة" («سعادته بلقاء»)?"""
    if y - 1 >= lo and toks[y - 1].key in _JOY_BEFORE:
        return True
    if y + 1 >= hi:
        return False
    nxt = toks[y + 1]
    return nxt.key in _JOY_AFTER or nxt.ar and nxt.key[:1] == "ب" and not nxt.punct


def _is_siyada(toks: Any, y: int, lo: int, hi: int) -> bool:
    """Is the token at *y* the honorific "سيادته" (no sovereignty: "يحفظ سيادته واستقلاله")?"""
    return toks[y].key in _SIYADA and not (
        y - 1 >= lo and toks[y - 1].key in _SOVEREIGNTY_BEFORE
        or y + 1 < hi and toks[y + 1].key in _SOVEREIGNTY_AFTER)


def _own_titled(sr: Any, m: Mention, words: frozenset[str]) -> bool:
    """Does a word of *words* stand in *m*'s own title (its span from the title's start), or
    in the run of such words right before it ("سيادة الرئيس X")? Not a word a verb parts
    from the name: "الرئيس يكلّف X"، "سيادة الرئيس يصدر قراراً بتعيين X" (a headline's
    unnamed subject) title X's appointer, not X (session 63)."""
    toks = sr.doc.toks
    lo = m.tlo if 0 <= m.tlo < m.lo else m.lo
    if any(toks[y].key in words for y in range(lo, m.lo + 1)):
        return True
    return lo - 1 >= sr.doc.sents[m.sent].lo and toks[lo - 1].key in words


def _first_head(sr: Any, si: int, x: int) -> str | None:
    """The first person of the article (before token *x* of sentence *si*) titled "رئيس"،
    "الرئيس"، "سيادة" or "السيد" (his own title: :func:`_own_titled`)."""
    best: Mention | None = None
    for m in sr.doc.ments:
        if m.etype != "Person" or m.kind != "name" or (m.sent, m.hi) > (si, x):
            continue
        if (best is None or (m.sent, m.lo) < (best.sent, best.lo)) \
                and _own_titled(sr, m, _SIYADA_TITLES):
            best = m
    return best.eid if best is not None else None


def _siyada_bearer(sr: Any, x: int) -> str | None:
    """The person every "سيادته" of the article stands for (module doc); *x* is one of them:
    the first one of the article decides."""
    doc = sr.doc
    toks = doc.toks
    for si in range(sr.si + 1):
        lo, hi = doc.sents[si].lo, doc.sents[si].hi
        for y in range(lo, min(hi, x + 1)):
            if _is_siyada(toks, y, lo, hi):
                if y - 1 >= lo and toks[y - 1].key in _RECEPTION:
                    eid = _bearer(sr, y, _SIYADA_TITLES, si, alive=True)
                else:
                    eid = _first_head(sr, si, y)
                # named in that sentence himself ("ووضع سيادته الرئيس X"): not him, nobody
                return None if any(m.eid == eid and m.sent == si and m.kind == "name"
                                   for m in doc.ments) else eid
    return None


def honorific_refs_en(sr: Any, hits: list[int]) -> list[Mention]:
    """The reference mentions of this sentence's bare "His Majesty" / "His Highness"."""
    out = []
    toks = sr.toks
    for x in hits:
        t = toks[x]
        if x - 1 < sr.lo or toks[x - 1].key not in ("his", "her") or not t.cap or (
                not t.poss and x + 1 < sr.hi and toks[x + 1].cap):
            continue  # "His Majesty Sultan X": the name follows, no reference
        words = _EN_TITLE_OF[t.key]
        if x + 2 < sr.hi and toks[x + 1].key == "the" and toks[x + 2].cap:
            # "His Highness the Amir": the holder of that title, not the last prince (session 60)
            words = frozenset(_EN_SAME_TITLE.get(toks[x + 2].key, (toks[x + 2].key,))) & words
        eid = new_ruler(sr.doc, _bearer(sr, x - 1, words, living=True), x - 1) if words else None
        if eid is not None:
            out.append(Mention(x - 1, x + 1, toks[x - 1].start, t.end, eid, "Person", sr.si,
                               kind="ref", tlo=x - 1))
    return out


def _clause_subjects(sr: Any, x: int) -> set[str]:
    """The people named before the honorific at *x* in its own clause (this sentence, no comma
    between) when it is the object of "مع" or of a clitic ب / ل ("مع سموه"، "لسموه"، "بسموه"):
    a pronoun of his own clause is not its subject (session 64)."""
    t = sr.toks[x]
    if not (sr.key(x - 1) in L.AR_WITH or t.key[:1] in ("ل", "ب")):
        return set()
    return {m.eid for m in sr.args if m.etype == "Person" and m.kind == "name" and m.hi <= x
            and not any(sr.toks[y].text in ("،", ",", "؛") for y in range(m.hi, x))}


def honorific_refs(sr: Any, hits: list[int]) -> list[Mention]:
    """The reference mentions of this sentence's honorific pronouns (module doc)."""
    out = []
    for x in hits:
        t = sr.toks[x]
        if t.key in _SIYADA:
            if not _is_siyada(sr.toks, x, sr.lo, sr.hi):
                continue
            eid = _siyada_bearer(sr, x)
        else:
            words = next((w for cue, w in _TITLE_OF if t.key in cue), None)
            if words is None or t.key in _SAADA and _is_joy(sr.toks, x, sr.lo, sr.hi):
                continue
            royal = t.key in _HIGHNESS or t.key in _MAJESTY
            eid = _bearer(sr, x, words, living=royal)  # (not a late ruler: session 64)
            if eid is not None and eid in (own := _clause_subjects(sr, x)):
                # "وعقد صاحب السمو الأمير X جلسة مباحثات مع سموه": not X himself (s64)
                eid = _bearer_skipping(sr, x, words, None, False, own)
            elif eid is not None:  # "وكان سموه قد عقد": the subject named before (s68)
                titled = _titled_before(sr, x, words)
                eid = subject_bearer_ar(sr, x, eid, titled, [m for m in titled if _own_titled(sr, m, words)])
            if royal:
                eid = new_ruler(sr.doc, eid, x)  # (desc_new_ruler: after the ruler's death)
        if eid is None:
            continue
        ref = Mention(x, x + 1, t.start, t.end, eid, "Person", sr.si, kind="ref", tlo=x)
        if t.key[:1] in ("و", "ل", "ب") and t.key[1:] in AR_CUES:  # ("وسيادته")
            ref.prefix = t.key[:1]
        out.append(ref)
    return out
