"""Where an Arabic title phrase ends: a portfolio ("مستشار رئيس الوزراء للشؤون الأمنية"),
a member of parliament's bloc ("النائب عن ائتلاف دولة القانون"), a noun in construct and its
complement ("رئيس حكومة تصريف الأعمال"), a body not known as a definite phrase, a nisba the lexicon
lacks, honorifics ("آية الله العظمى السيد"), a title governed by a preposition; used by
``title_modifiers`` and ``title_holders``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_name_words import AR_BODY_NOUNS
from loaders.extract.arabic_names import (
    _ar_name_span,
    _ar_name_word,
)
from loaders.extract.mention_base import (
    QUOTES,
    Mention,
    make_mention,
)
from loaders.extract.name_after_body_ar import closed_name_after_body
from loaders.extract.quoted_bodies_ar import quoted_body_end
from loaders.extract.title_phrase import _may_title, _title_at
from loaders.extract.tokens import Tok
from loaders.textnorm import (
    normalize,
    strip_article_ar,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


# portfolios after a title with the preposition ل ("للشؤون الأمنية", "لشؤون الشرق الأوسط",
# "للعلاقات الخارجية", "للإعلام")
_AR_PORTFOLIO = frozenset(L.fold_ar(w) for w in (
    "شؤون", "الشؤون", "علاقات", "العلاقات", "الأمن", "الإعلام", "التخطيط", "السياسات",
    "الاتصال", "الاتصالات"))


def portfolio_end(doc: Doc, covered: dict[int, Mention], j: int, hi: int,
                  phrase: str) -> int:
    """After a title, the end of a portfolio that belongs to it: ل + an affairs noun or a
    title ("للشؤون الأمنية", "لشؤون الشرق الأدنى", "للرئيس السوري") and the definite words
    after it; or, after a minister, a second portfolio joined by و ("وزير الطرق وبناء
    المدن", "وزير التعليم العالي والبحث العلمي").  *j* when there is none."""
    toks = doc.toks
    key = toks[j].key
    holder = False
    if key[:1] == "ل":
        rest = key[2:] if key.startswith("لل") else key[1:]
        if rest in _AR_PORTFOLIO or ("ال" + rest) in _AR_PORTFOLIO:
            pass
        elif ("ال" + rest) in L.AR_TITLES or (not key.startswith("لل") and rest in L.AR_TITLES):
            holder = True
            # "للرئيس السوري X": the adviser's name comes after the holder's office
            nx = j + 1
            if nx >= hi or not toks[nx].ar or (nx in covered and
                                                covered[nx].etype == "Person" and
                                                _may_be_holder(doc, covered[nx].eid, rest,
                                                               nx)):
                return j
            if nx in covered and covered[nx].etype == "Person":
                return nx  # "النائب الأول للرئيس محمد رضا عارف": no president, the deputy
            if not toks[nx].key.startswith("ال") and nx not in covered:
                return j
        else:
            return j
    elif key[:1] == "و" and len(key) >= 4 and phrase.lstrip("ال").startswith("وزير"):
        t = toks[j]
        if _may_title(t) or key in doc.gaz.ar_latin or key in GN.ALL or \
                key[1:] in GN.ALL or j + 1 >= hi or not toks[j + 1].ar:
            return j
        if not key.startswith("وال") and not (toks[j + 1].key.startswith("ال") and
                                              (j + 1) not in covered):
            return j  # "وبناء المدن": a construct noun and its definite complement
    else:
        return j
    e = j + 1
    while e < hi and e - j <= 3 and toks[e].ar and not toks[e].punct:
        m = covered.get(e)
        if m is not None:
            if m.etype == "Person" or m.lo != e:
                break
            e = m.hi  # "لشؤون الشرق الأوسط" with the region known as a place
            continue
        if not toks[e].key.startswith("ال") or _may_title(toks[e]):
            break
        e += 1
    if holder and e in covered and covered[e].etype == "Person" and \
            _may_be_holder(doc, covered[e].eid, rest, j + 1):
        return j  # "مستشار سابق لقائد فيلق القدس الراحل قاسم سليماني": the office's holder
    return e


def _may_be_holder(doc: Doc, eid: str, rest: str, nx: int) -> bool:
    """After "للرئيس (الإيراني)" / "لرئيس الوزراء": may the known person *eid* be the
    president or prime minister named there? Not a gazetteer person whose title hints name
    another office ("النائب الأول للرئيس محمد رضا عارف": a vice president is the deputy, no
    president). Other offices: yes."""
    if rest.lstrip("ال") != "رييس":
        return True
    office = "pm" if doc.toks[nx].key in _PM_AR_WORDS else "president"
    e = doc.gaz.get(eid)
    if e is None or not e.titles:
        return True
    words = [t.lower() for t in e.titles]
    if office == "pm":
        return any("prime" in t or "premier" in t for t in words)
    return any(t == "president" or (t.endswith(" president") and "vice" not in t)
               for t in words)


_PM_AR_WORDS = frozenset(L.fold_ar(w) for w in ("الوزراء", "الحكومة", "وزراء", "حكومة"))


# places and institutions named after a titled person, in construct ("مطار الملك خالد",
# "بجامعة الإمام الصادق"; not "في المطار السفير X")
AR_NAMED_PLACES = frozenset(L.fold_ar(w) for w in (
    "مطار", "شارع", "مسجد", "جامع", "جامعة", "مستشفى", "مدينة", "قاعدة", "ساحة", "مدرسة",
    "معسكر", "جسر", "ضريح", "مرقد", "ميناء", "معبر", "قصر", "مجمع", "كلية", "أكاديمية",
    "مستشفي", "حي", "منفذ", "ملعب", "قاعة"))


def governed_title(t: Tok) -> bool:
    """An Arabic title word with a preposition glued on ("برئيس", "لوزير"): it starts another
    person's title, the object of the preposition."""
    return t.ar and t.key[:1] in ("ب", "ل") and t.key not in L.AR_TITLE_FIRST and any(
        o and st in L.AR_TITLE_FIRST for o, st in t.stems)


def unlisted_nisba(doc: Doc, covered: dict[int, Mention], j: int, hi: int) -> bool:
    """Is token *j*, after a title, an adjective of nationality or origin the lexicon does
    not list ("الأرميني", "الأذربيجانية"), followed by a name of two words or more? An al-
    nisba that is a known name word, a known entity or the last word before the name ends
    (the family name alone: "النائب الجبوري") is none."""
    t = doc.toks[j]
    key = t.key
    if j in covered or not key.startswith("ال") or len(key) < 6 or \
            not key.endswith(("ي", "يه")) or key in doc.gaz.ar_latin or \
            strip_article_ar(key) in doc.gaz.ar_latin:
        return False
    nxt = covered.get(j + 1)
    if nxt is not None and nxt.lo == j + 1 and nxt.etype == "Person" and nxt.hi >= j + 3:
        return True  # "الرئيس الأذربيجاني إلهام علييف": a known person of two words or more
    ne = _ar_name_span(doc, j + 1, hi)
    return ne >= j + 3 and not any(x in covered for x in range(j + 1, ne))


# honorifics before a name, as folded token keys (longest first)
_HONORIFIC_PHRASES = sorted(
    {tuple(normalize(w) for w in p.split()) for p in (
        "آية الله العظمى", "آية الله", "آيه الله", "حجة الإسلام والمسلمين", "حجة الإسلام",
        "حجت الإسلام", "سماحة", "فضيلة", "السيد", "الشيخ", "الحاج", "الحجة",
        # Afghan and South Asian styles (session 20): "زعيم طالبان الملا X"
        "الملا", "المولوي", "مولانا",
        # Gulf styles before a royal's name after his office (session 12): "ولي العهد رئيس
        # مجلس الوزراء الأمير X", "أمير البلاد حضرة صاحب السمو الشيخ X", "فخامة الرئيس X"
        "الأمير", "الأميرة", "صاحب السمو الملكي", "صاحب السمو", "صاحب الجلالة",
        "حضرة صاحب السمو", "حضرة صاحب الجلالة", "سمو", "جلالة", "فخامة", "معالي",
        # session 52: "وزير الخارجية سعادة علي نجفي" (not before a definite word: "نائب
        # رئيس الحكومة سعادة الشامي" is a given name)
        "سعادة")} |
    {tuple(p.split()) for p in (
        "grand ayatollah", "ayatollah", "hojatoleslam", "hojjatoleslam", "hojatolislam",
        "sayyed", "sayyid",
        "seyed", "sayed", "sheikh", "shaikh", "hajj", "haj", "mullah")},
    key=len, reverse=True)


_HONORIFIC_FIRST = frozenset(p[0] for p in _HONORIFIC_PHRASES)
_GRAND, _ALLAH = normalize("العظمى"), normalize("الله")
_SAADA = (normalize("سعادة"),)


def joined_style_ar(tok: Tok) -> bool:
    """Is *tok* a style of address joined by "و" ("وصاحب السمو"، "ومعالي"، "وفخامة"، "وسمو")?
    After a title and a comma it opens the next person of a list of attendees, and is no name
    of the title's holder ("نائب رئيس مجلس الوزراء، وصاحب السمو الملكي الأمير X": not a
    person "Wasahb al-Samu"; session 66)."""
    key = tok.key
    return tok.ar and key[:1] == "و" and key[1:] in _HONORIFIC_FIRST


def honorifics_end(toks: list, j: int, hi: int) -> int:
    """The first token after the honorifics that start at *j* (*j* itself if none):
    "آية الله العظمى السيد علي ..." -> "علي"; "Hojatoleslam Mohsen ..." -> "Mohsen". A
    name must follow (an Arabic word or a capitalised one). Session 68 (blind68h): the title
    may have taken "آية الله" as a title word of its own ("المرجع الديني الأعلى آية الله" +
    "العظمى السيد علي السيستاني"): the "العظمى" left after it is the honorific's too."""
    if j + 1 < hi and j > 0 and toks[j].key == _GRAND and toks[j - 1].key == _ALLAH:
        j += 1
    while j < hi:
        if toks[j].key not in _HONORIFIC_FIRST:
            return j
        for p in _HONORIFIC_PHRASES:
            n = len(p)
            if j + n < hi and all(toks[j + x].key == p[x] for x in range(n)):
                nxt = toks[j + n]
                if not nxt.punct and (nxt.ar or nxt.cap) and not (
                        p == _SAADA and nxt.key.startswith("ال")):
                    j += n
                    break
        else:
            return j
    return j


def mp_bloc_end(doc: Doc, covered: dict[int, Mention], j: int,
                hi: int) -> tuple[int, Mention | None]:
    """After "النائب عن": the end of the bloc (or province) the member sits for -- a known
    body, or up to four words before a usual given name -- and an apposition set off by
    commas ("عن حركة حقوق، الجناح السياسي لـ...، X"); returns (where the name may start,
    the body's mention or None)."""
    toks = doc.toks
    x, n, org = j, 0, None
    while x < hi and n < 5:
        tx = toks[x]
        if tx.punct and tx.text in QUOTES:
            x += 1
            continue
        m = covered.get(x)
        if m is not None:
            if m.lo == x and m.etype in ("Organization", "Country", "Location"):
                org = org or m
                x, n = m.hi, n + 1
                continue
            break
        if tx.punct or not tx.ar or (n > 0 and (tx.key in GN.ALL or
                                                 tx.key in doc.gaz.ar_latin)):
            break
        x, n = x + 1, n + 1
    if x + 1 < hi and toks[x].text in (",", "،") and n > 0:
        # an apposition to the bloc, then the name after the next comma
        y = next((y for y in range(x + 1, min(hi - 1, x + 10))
                  if toks[y].text in (",", "،")), None)
        if y is not None and toks[y + 1].ar and (toks[y + 1].key in GN.ALL or
                                                toks[y + 1].key in doc.gaz.ar_latin):
            x = y + 1
    return x, org


def skip_definite_body(doc: Doc, covered: dict[int, Mention], j: int, hi: int,
                       plural: bool = False, minister: bool = False) -> int:
    """After an Arabic title: skip the body it belongs to when a personal name follows --
    definite words, common nouns and their complement, "في" + a known body or place
    ("رئيس الاتحاد الوطني الكوردستاني، X", "مسؤول العلاقات الإعلامية في «حزب الله» X",
    "وزير ... في حكومة إقليم كوردستان، X") -- and an optional comma; else *j*."""
    toks = doc.toks
    if j >= len(toks):
        return j  # the text ends at the title
    k0 = toks[j].key
    o = j if toks[j].punct else j - 1  # (the title may end before or after the guillemet)
    q = quoted_body_end(toks, o, hi) if o >= 0 and toks[o].punct else o
    if q > o:
        # «رئيس «الائتلاف الوطني لقوى الثورة والمعارضة السورية» أحمد الجربا»: a body named in
        # guillemets, then the holder's name
        return _name_after_body(doc, covered, j, q, hi, plural, False, False)
    if toks[j].punct:
        return j
    lam = lam_body_noun(toks, j, hi)
    unit = _unit_noun(doc, j, hi) or lam
    if not toks[j].ar or not (k0.startswith(("ال", "لل")) or k0 == "في" or unit):
        return j  # the usual case: the name (or nothing) follows the title directly
    x, n = j, 0
    while x < hi and n < 6:
        t = toks[x]
        if x in covered:
            m = covered[x]
            if m.lo == x and m.etype in ("Organization", "Country", "Location", "Outlet"):
                x, n = m.hi, n + 1
                continue
            break
        if t.punct:
            if t.text in QUOTES:
                x += 1
                continue
            break
        if not t.ar or t.key in L.AR_TITLE_FIRST:
            break
        construct_before = x > j and toks[x - 1].ar and not toks[x - 1].key.startswith("ال") \
            and (toks[x - 1].key in L.AR_COMMON_NOUNS or possessed_noun(toks[x - 1].key))
        if t.key.startswith(("ال", "وال")) or t.key == "في" or t.key in L.AR_COMMON_NOUNS or \
                possessed_noun(t.key) or construct_before or (x == j and unit) or (
                    t.key.startswith("لل") and len(t.key) > 4):
            x, n = x + 1, n + 1  # "للطاقة الذرية": a genitive complement of the body
            continue
        if lam and x > j and _body_name_goes_on(doc, covered, x, hi):
            x, n = x + 1, n + 1  # "لصندوق التنمية وإعادة إعمار ليبيا X": the fund's name
            continue
        if minister and x > j and t.key[:1] == "و" and portfolio_end(doc, covered, x, hi,
                                                                     "وزير") > x:
            x, n = x + 1, n + 1  # "وزير الطرق وبناء المدن X": a second portfolio
            continue
        break
    body_of = _body_genitive_ar(toks, j) or lam
    if x == j or x >= hi or (x - j < 2 and toks[j].key != "في" and not body_of and not (
            j - 1 >= 0 and toks[j - 1].ar and not toks[j - 1].key.startswith("ال") and
            toks[j].key.startswith("ال") and any(
                st in L.AR_TITLES and not st.startswith("ال") for _o, st in toks[j - 1].stems))):
        # (one definite word only after an indefinite title noun, whose complement it is:
        # "وزير النفط X", "مستشار الرئيس X"; not after "الوزير")
        return j
    return _name_after_body(doc, covered, j, x, hi, plural, minister, body_of)


def _name_after_body(doc: Doc, covered: dict[int, Mention], j: int, x: int, hi: int,
                     plural: bool, minister: bool, body_of: bool) -> int:
    """Where the holder's name starts after a title's body that ends at *x* (an optional comma
    first), when the words there make a name; else *j* (the title's end)."""
    toks = doc.toks
    comma = toks[x].text in (",", "،")
    if comma:
        x += 1
    if x < hi and x in covered and (minister and not comma or body_of) and \
            covered[x].lo == x and covered[x].etype == "Person" and covered[x].kind == "name":
        return x  # "وزير النفط X"، "ووزير الثقافة والإرشاد X": a known name after the portfolio
    if body_of and x < hi and x not in covered:
        rank = _title_at(doc, x, hi)
        y = rank[0] if rank is not None and (rank[1] == "plain" or rank[2] in _AR_LEADER) \
            else -1
        if y in covered and covered[y].lo == y and covered[y].etype == "Person" and \
                covered[y].kind == "name":
            return y  # "الأمين العام للحركة القائد X": a rank after the body, then the
            # known holder (session 58)
    if x >= hi or x in covered or not toks[x].ar:
        return j
    ne = _ar_name_span(doc, x, hi)
    if ne - x < 2 or not (plural or toks[x].key in doc.gaz.ar_latin or toks[x].key in GN.ALL or
                          toks[ne - 1].key.endswith("ي")
                          or any(toks[y].key == "عبد" for y in range(x + 1, ne - 1))
                          or ne in covered or
                          (comma and ne < hi and toks[ne].text in (",", "،"))
                          or closed_name_after_body(doc, x, ne, hi)):
        return j  # a usual first name, a family name in -ي, or "، X Y،" marks a name
    return x


_AR_LEADER = L._ar("القائد", "المجاهد", "الشهيد", "الشهيد القائد")


def _body_genitive_ar(toks: list[Tok], j: int) -> bool:
    """Is the token at *j* "لل" + a body's head noun after a definite title ("الأمين العام
    للحركة X", "الناطق الرسمي للجماعة X"): the body the title belongs to, so a known name
    right after it is the holder's, not a description of someone named before (session 58)."""
    key = toks[j].key
    return j >= 1 and toks[j].ar and key.startswith("لل") and key[2:] in L.AR_ORG_HEADS and \
        toks[j - 1].ar and toks[j - 1].key.startswith("ال")


# heads of bodies that take ل in construct after a title ("المدير العام لصندوق التنمية X")
_LAM_BODY_HEADS = L.AR_ORG_HEADS | AR_BODY_NOUNS


def lam_body_noun(toks: list[Tok], j: int, hi: int) -> bool:
    """Is the token at *j* ل + the head noun of a body in construct with a definite word
    after a title ("المدير العام لصندوق التنمية وإعادة إعمار ليبيا X", "المدير التنفيذي
    لشركة البريقة X", "الأمين العام لمجلس الوزراء X"): the body the title belongs to, so a
    name after it is the holder's, not a description of someone named before (session 62)."""
    key = toks[j].key
    return toks[j].ar and key[:1] == "ل" and key[1:2] != "ل" and key[1:] in _LAM_BODY_HEADS \
        and j + 1 < hi and toks[j + 1].ar and not toks[j + 1].punct


def _body_name_goes_on(doc: Doc, covered: dict[int, Mention], x: int, hi: int) -> bool:
    """Inside the name of a body after "ل + head" (``lam_body_noun``): is the word at *x* a
    coordinated or construct noun of that name ("وإعادة" and "إعمار" in "لصندوق التنمية
    وإعادة إعمار ليبيا"), followed by more of it (a word, a place, a body), not a name?"""
    toks = doc.toks
    t = toks[x]
    if not t.ar or t.punct or x + 1 >= hi or _may_title(t) or t.key in GN.ALL or \
            t.key in doc.gaz.ar_latin:
        return False
    nxt = covered.get(x + 1)
    if nxt is not None:
        return nxt.lo == x + 1 and nxt.etype in ("Country", "Location", "Organization")
    return toks[x + 1].ar and not toks[x + 1].punct and (
        t.key[:1] == "و" and len(t.key) > 3 or toks[x + 1].key.startswith("ال"))


def _unit_noun(doc: Doc, j: int, hi: int) -> bool:
    """An indefinite feminine noun in construct with a definite word after a title: the
    unit the official belongs to ("مسؤول وحدة الارتباط ...", "رئيس لجنة الأمن ..."), no
    first name (a usual given name is not taken for one)."""
    toks = doc.toks
    t = toks[j]
    return t.ar and not t.punct and t.key.endswith("ه") and not t.key.startswith("ال") and \
        t.key not in doc.gaz.ar_latin and t.key not in GN.ALL and j + 1 < hi and \
        toks[j + 1].ar and toks[j + 1].key.startswith("ال")


_AR_EXTRA_CONSTRUCT = frozenset({"شوون", "تصريف", "اداره", "امانه"})


@lru_cache(maxsize=65536)
def possessed_noun(key: str) -> bool:
    """A common noun with a possessive suffix ("مجلسه", "حكومتها"), or a construct noun
    outside the common-noun list ("شؤون")."""
    if key in _AR_EXTRA_CONSTRUCT:
        return True
    for suf in ("ها", "ه"):
        if key.endswith(suf) and len(key) > len(suf) + 2:
            base = key[: -len(suf)]
            if base.endswith("ت"):
                base = base[:-1] + "ه"
            if base in L.AR_COMMON_NOUNS:
                return True
    return False


def construct_complement(doc: Doc, covered: dict[int, Mention], out: list[Mention],
                         si: int, j: int, hi: int) -> int:
    """After a construct noun of a title at *j*: skip its genitive complement (one word,
    linked as a place when it is a known place in another spelling, e.g. كوردستان) and the
    definite words that continue the phrase; returns where the name may start. Nothing is
    skipped unless a name can follow."""
    toks = doc.toks
    t = toks[j]
    if j in covered or not t.ar or t.punct or t.key in L.AR_TITLE_FIRST or \
            t.key in L.AR_COMMON_NOUNS or possessed_noun(t.key):
        return j  # another construct noun: the title loop takes it
    if t.key.startswith("ال"):
        e = j + 1
    else:
        e = j + 1
        person_next = e in covered and covered[e].lo == e and covered[e].etype == "Person"
        if _ar_name_word(doc, t, True) and not person_next and (
                e >= hi or not toks[e].ar or e in covered or
                not _ar_name_word(doc, toks[e], True)):
            return j  # "رئيس حكومة X الكاظمي"? only one name word follows: keep it a name
    while e < hi and e not in covered and toks[e].ar and toks[e].key.startswith("ال") and \
            e - j < 3:
        e += 1  # "تصريف الأعمال", "الأمن الوطني"
    if e >= hi or not toks[e].ar or toks[e].punct:
        return j
    if not t.key.startswith("ال") and e == j + 1:
        place = doc.gaz.fuzzy_person([strip_article_ar(t.key)], doc.mentioned_ids(),
                                     types=("Location", "Country"))
        if place is not None:
            me = make_mention(doc, si, j, j + 1, place)
            out.append(me)
            covered[j] = me
    return e
