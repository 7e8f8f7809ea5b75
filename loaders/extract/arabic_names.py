"""Arabic personal names. Arabic has no capitals, so a name is recognised from its words. This
module keeps the known people spelled differently ("قائاني" for قاآني: ``_arabic_misspellings``,
``_ar_fuzzy``) and a new name right before a titled apposition (``_ar_name_before``); the
families of rules are ``arabic_name_words`` (which words can be part of a name,
``_is_ar_name_token``), ``arabic_name_span`` (how far a name runs after a title,
``_ar_name_span``), ``arabic_name_cues`` (names after cue words: "وفد يرأسه علي باقري كني",
the Pope, the elected), ``arabic_given_names`` (usual given names that start a name without a
title), ``arabic_given_people`` (the people they start: "التقى عباس عراقجي ...", a shared
family name) and ``arabic_aka_names`` (kunyas, أبو/أبا/أبي فدك, and "X المعروف بأبي Y").
Other modules import these names from here as before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_aka_names import (
    _AR_AKA,
    _ar_aka_kunya,
    _ar_aka_quoted_names,
)
from loaders.extract.arabic_given_names import (
    _AR_KUNYA_WORDS,
    _abd_given_before_family,
    _ar_given_before_family,
    _ar_given_first,
    allah_given_before_family,
    apposed_profession_ar,
    profession_title_ar,
    profession_word_ar,
)
from loaders.extract.arabic_given_people import (
    _ar_given_name_people,
    _ar_shared_family,
)
from loaders.extract.arabic_name_cues import (
    _AR_CUE_KEYS,
    _AR_INSTEAD_L,
    _AR_NAME_CUES,
    _ar_cue_names,
)
from loaders.extract.arabic_name_span import _ar_name_span
from loaders.extract.arabic_name_words import (
    _ar_name_word,
    _bare_word,
    _fa3ila_of,
    _plain_name_word,
    _proclitic_name_key,
    _verb_shape,
    family_shaped,
)
from loaders.extract.article_form_name_ar import article_form_of_bare_name
from loaders.extract.gazetteer import Gazetteer
from loaders.extract.mention_base import (
    _B_AR_FUZZY,
    Mention,
    MentionWork,
    _resolve_name,
    make_mention,
)
from loaders.textnorm import (
    proclitic_splits,
    token_skeleton,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

__all__ = [  # the names other modules import from here
    "_abd_given_before_family",
    "allah_given_before_family",
    "definite_nisba_after_noun",
    "_AR_AKA",
    "_ar_aka_kunya",
    "_ar_aka_quoted_names",
    "_ar_cue_names",
    "_ar_fuzzy",
    "_ar_given_before_family",
    "_ar_given_first",
    "_ar_given_name_people",
    "_AR_CUE_KEYS",
    "_AR_INSTEAD_L",
    "_AR_KUNYA_WORDS",
    "_ar_name_before",
    "_AR_NAME_CUES",
    "_ar_name_span",
    "_ar_name_word",
    "_ar_shared_family",
    "_arabic_misspellings",
    "_bare_word",
    "family_shaped",
    "_plain_name_word",
    "_proclitic_name_key",
    "profession_title_ar",
    "profession_word_ar",
    "_verb_shape",
]


_AR_HIGHNESS = L._ar("السمو", "سمو")


# the seats and acts of a ruler, which a nisba adjective follows ("الديوان الملكي"، "القصر
# الأميري"، "المرسوم السلطاني"); not the last word of a title ("رئيس الوزراء الكاظمي")
_AR_COURT_NOUNS = L._ar("الديوان", "القصر", "البلاط", "المرسوم", "العرش", "الحرس", "الأمر")


# "Arab" after a definite noun: an adjective (no misspelt family name العربي; session 62)
_AR_ARAB_ADJ = L._ar("العربي", "والعربي")


def definite_nisba_after_noun(prev: Tok, t: Tok) -> bool:
    """Is *t* a definite nisba adjective (ال...ي) right after a ruler's seat or act
    ("رئيس الديوان الملكي"، with a preposition "بالقصر الملكي")? It describes the noun: no
    al-Maliki (sessions 53, 57)."""
    if not (t.key.startswith("ال") and t.key.endswith("ي")):
        return False
    return prev.key in _AR_COURT_NOUNS or any(
        "ال" + stem in _AR_COURT_NOUNS for _, stem in prev.stems)


def _arabic_misspellings(w: MentionWork) -> None:
    """Arabic spellings of known people that the gazetteer does not list
    ("قائاني" for قاآني), by skeleton and rapidfuzz."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    bits = doc.pass_bits
    for k in range(s.lo, s.hi):
        # the tokens with such a spelling (not a common name word as written: كاظم is no
        # misspelt surname الكاظمي), found once per token text (_pass_bits)
        if not bits[k] & _B_AR_FUZZY or k in covered:
            continue
        t = toks[k]
        if k > s.lo and toks[k - 1].key in _AR_HIGHNESS:
            continue  # "صاحب السمو الملكي الأمير X": royal (highness), no misspelt المالكي
        if k > s.lo and definite_nisba_after_noun(toks[k - 1], t):
            continue  # "رئيس الديوان الملكي": royal, no misspelt المالكي (session 53)
        if k > s.lo and t.key in _AR_ARAB_ADJ and toks[k - 1].key.startswith("ال"):
            continue  # "صندوق النقد العربي", "البرلمان العربي": Arab, no Nabil Elaraby
        if profession_title_ar(doc, k, s.hi, covered) or \
                apposed_profession_ar(doc, covered, k, s.lo, ""):
            continue  # "المهندس وليد الخريجي": the title "engineer", no al-Muhandis; "X،
            # المهندس المدني" (X an engineer)
        hit = _ar_fuzzy(doc.gaz, t.key, t.stems)
        if hit is None:  # (never: the bit says there is one)
            continue
        off, stem, eid = hit
        if off and stem[0] == "و" and t.key[off - 1:off] == "ب" and eid and not any(
                a[0] == "و" for a in doc.gaz.ar_tokens.get(eid, ())):
            continue  # "ماركو بوزيني": a Maghrebi family name opening with بو, no بـ +
            # وزيني misspelt الزياني, whose name has no و there (s71)
        mids = doc.mentioned_ids()
        if eid not in mids:
            # "مسرور بارازاني ... والتقى بارازاني": the Barzani the article named
            named = doc.gaz.named_family(stem, mids | {m.eid for m in out})
            if len(named) == 1:
                eid = named[0]
            elif not eid:
                continue  # a shared family name, and no one bearer of it named before
        if article_form_of_bare_name(doc.gaz, eid, t, off, stem):
            continue  # «المسؤول الروحاني»: spiritual, no Rouhani (article_form_name_ar, s68)
        me = make_mention(doc, si, k, k + 1, eid, off=off,
                      prefix=t.key[: len(t.key) - len(stem)] if off else "")
        out.append(me)
        covered[k] = me


_AR_FUZZY_CACHE: dict[tuple[int, str], tuple[int, str, str] | None] = {}


# ordinary words a known name's skeleton matches: "بري، حليف الحزب" (an ally) is no حاليفا,
# and the indefinite "royal" after an order or a decree ("صدر أمر ملكي"، "بمرسوم ملكي"; the definite
# one after a court noun: definite_nisba_after_noun), no المالكي (session 72)
_AR_NOT_MISSPELT = L._ar("حليف", "حليفة", "حليفا", "حليفاً", "حليفه", "حليفها", "حليفهم", "ملكي")
# forms of a word that is no misspelt name (one set test in _ar_fuzzy): stop words, common
# verbs and nouns, title words, a form that is a title word with "ال" before it, the above
_NOT_MISSPELT_FORMS = L.AR_STOP | L.AR_COMMON_VERBS | L.AR_TITLE_FIRST | L.AR_COMMON_NOUNS | \
    _AR_NOT_MISSPELT | frozenset(w[2:] for w in L.AR_TITLE_FIRST if w.startswith("ال"))


def _ar_fuzzy(gaz: Gazetteer, key: str, stems: tuple) -> tuple[int, str, str] | None:
    """(offset, stem, id) of a known person spelled differently in Arabic, cached per word."""
    ck = (id(gaz), key)
    if ck in _AR_FUZZY_CACHE:
        return _AR_FUZZY_CACHE[ck]
    res = None
    forms_ = [key] + [st for _o, st in stems] + [st for _n, st in proclitic_splits(key)]
    if _NOT_MISSPELT_FORMS.isdisjoint(forms_):
        refused = False  # (a candidate refused below: no fallback either)
        for off, stem in stems:
            if len(stem) < 4:
                continue
            eid = gaz.fuzzy_arabic_token(stem)
            if eid and key.endswith(("ال" + stem, "لل" + stem)) and \
                    not gaz.has_ar_article(eid):
                refused = True
                continue  # "الحلفاء", "الوفدان": a definite noun, no حاليفا or فيدان
            if eid and _fa3ila_of(stem, gaz.ar_tokens.get(eid, ())):
                refused = True
                continue  # "قصيرة" (short) is no spelling of قصرة (Abu Qasra)
            if eid:
                res = (off, stem, eid)
                break
        if res is None and not refused:
            res = _shared_family_spelling(gaz, stems)
    if len(_AR_FUZZY_CACHE) > 200_000:
        _AR_FUZZY_CACHE.clear()
    _AR_FUZZY_CACHE[ck] = res
    return res


def _shared_family_spelling(gaz: Gazetteer, stems: tuple) -> tuple[int, str, str] | None:
    """(offset, stem, "") when a stem is another spelling of a family name several known
    people share and each lists as ambiguous ("بارازاني": the Barzanis), so no skeleton key
    names one of them alone: a candidate only for the bearer the article has named
    (``_arabic_misspellings`` asks ``FuzzyNames.named_family``)."""
    for off, stem in stems:
        if len(stem) >= 5 and GN.family_name_shape(stem) and (stem,) not in gaz.guarded and \
                (stem,) not in gaz.exact and \
                len(gaz.by_last_skel.get(token_skeleton(stem), ())) > 1:
            return off, stem, ""  # (the listed spelling itself is the gazetteer's to match)
    return None


def _ar_name_before(doc: Doc, si: int, covered: dict[int, Mention], out: list[Mention],
                    k: int) -> Mention | None:
    """An Arabic name of two or three words right before "، <title at k>", not known yet
    (the title is its apposition)."""
    s = doc.sents[si]
    toks = doc.toks
    c = k - 1
    if c <= s.lo or toks[c].text not in ("،", ",") or c in covered:
        return None
    q = c
    while q - 1 >= s.lo and c - q < 3 and (q - 1) not in covered and \
            _ar_name_word(doc, toks[q - 1], False):
        q -= 1
    while q < c and (not _ar_name_word(doc, toks[q], True) or _verb_shape(doc, toks[q].key)
                     or toks[q].key in L.AR_HONORIFIC_WORDS):
        q += 1  # the first word must be able to start a name ("وقتل", "ويشغل", "معالي" cannot)
    bare = False
    if c - q >= 2 and q - 2 >= s.lo and (q - 1) not in covered and \
            not toks[q - 2].punct and _bare_word(toks[q - 1]) and \
            toks[q - 1].key not in GN.ALL and toks[q].key in GN.ALL and \
            all(toks[x].key in GN.ALL or toks[x].key == "الله" for x in range(q, c)):
        q, bare = q - 1, True  # "اغتيال طالب عبد الله، قائد ...": an ordinary-word first
        # name before a given name (not at a clause start: "طالب عبد الله" = he demanded)
    if c - q < 2 or _ar_name_span(doc, q + bare, c) != c:
        return None
    first = toks[q].key
    if first[:1] in "بلك" and first not in doc.gaz.ar_latin:
        return None  # "المعروف بأبي علي، ...": a preposition, not a name
    if q - 1 >= s.lo and toks[q - 1].key in _AR_AKA:
        return None  # a nickname ("المعروف X") is left to the known-as pass
    surface = doc.text[toks[q].start:toks[c - 1].end]
    eid = _resolve_name(doc, surface, "Person")
    me = make_mention(doc, si, q, c, eid)
    out.append(me)
    for x in range(q, c):
        covered[x] = me
    return me
