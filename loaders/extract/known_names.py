"""Names the article's reader already knows: the longest gazetteer match at each word
(with clitics: "لفيلق القدس", "بالكاظمي") and the names of new people introduced earlier in
the same article ("Acting Defense Secretary Christopher Miller ... Miller")."""

from __future__ import annotations

import bisect
from itertools import chain, compress
from operator import not_, or_
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.ambiguous_nisba_ar import (
    _AR_NAME_NISBAS,
    nationality_before_name,
    quoted_alone,
)
from loaders.extract.arabic_name_span import _AR_DAYPARTS, AR_BIN, time_of_day
from loaders.extract.arabic_name_words import _bare_text
from loaders.extract.arabic_names import (
    _abd_given_before_family,
    _ar_given_before_family,
    allah_given_before_family,
    apposed_profession_ar,
    definite_nisba_after_noun,
    profession_title_ar,
    profession_word_ar,
)
from loaders.extract.article_form_name_ar import article_form_of_bare_name
from loaders.extract.article_names_ar import bare_article_name
from loaders.extract.article_written_name_ar import written_as_in_text
from loaders.extract.body_state_cues import body_state_named
from loaders.extract.body_word_longer_ar import longer_after_body_word
from loaders.extract.given_name_places import given_name_before_family
from loaders.extract.given_not_al_family_ar import given_not_al_family
from loaders.extract.given_opens_name_en import given_opens_name_en
from loaders.extract.guarded_body_state import body_state_in_article
from loaders.extract.guarded_country import own_nationality_near
from loaders.extract.guarded_full_name_state import own_state_in_article
from loaders.extract.guarded_title import (
    ar_head_peer,
    ar_title_holders,
    en_title_holders,
    own_title_before,
)
from loaders.extract.guarded_title_ar import own_title_before_ar
from loaders.extract.lexicon import EN_BIN
from loaders.extract.listed_countries import listed_with_country
from loaders.extract.lone_first_name_ar import name_goes_on
from loaders.extract.mention_base import (
    _EN_NAME_HONORIFICS,
    _JOINERS,
    AR_PARTICLE_TOKENS,
    Mention,
    MentionWork,
    _case_ok,
    _given_name_full,
    _missing,
    _next_key,
    _strip_article_cached,
    accusative_tanween,
    make_mention,
)
from loaders.extract.name_tails import family_tail_end, grandfather_end, other_bin_after
from loaders.extract.org_alias_given_en import org_alias_in_person_name
from loaders.extract.place_in_bin_name_en import place_inside_bin_name_en
from loaders.extract.relative_names_en import (
    family_before_longer_name,
    family_before_other_given_en,
    given_before_other_family,
)
from loaders.extract.short_form_person import short_form_in_longer
from loaders.extract.spelt_on import spelt_on
from loaders.extract.state_cues import adjective_form, state_named_otherwise
from loaders.extract.tokens import Tok
from loaders.extract.walk_gate import AL_EL, continuation_cache, continuations
from loaders.textnorm import _core_tokens, proclitic_splits

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


# second parts of Persian family names written apart (زاده، پور ...), or after a hyphen
_FA_SUFFIX_AR = frozenset({"زاده", "بور", "نيا", "نجاد", "وند"})
_FA_SUFFIX_EN = frozenset({"zadeh", "zade", "pour", "poor", "nia", "nejad", "nezhad", "vand",
                           "far"})


# streets and squares named after a country or city ("شارع فلسطين", "Palestine Street",
# "ساحة الأندلس", "Haifa Street"): a place of its own, not the country
# ordinal adjectives, never a one-word family name ("الثاني" is no "آل ثاني"; session 53)
_AR_ORDINALS = L._ar("الثاني", "الثانية", "الأول", "الأولى", "الثالث", "الثالثة")
_AR_STREET_EN = {L.fold_ar(w): en for w, en in (
    ("شارع", "Street"), ("ساحة", "Square"), ("ميدان", "Square"), ("جسر", "Bridge"),
    ("نفق", "Tunnel"), ("حي", "District"))}
_AR_STREETS = {p + w: en for w, en in _AR_STREET_EN.items() for p in ("", "و", "ب", "وب", "ل", "ف")}
_EN_STREETS = frozenset({"street", "square", "avenue", "boulevard", "bridge", "road"})


def _street_span(toks: list[Tok], lo: int, hi: int, slo: int, shi: int) -> tuple[int, int]:
    """The span of a street named after the place at [lo, hi) ("قرب شارع فلسطين" -> شارع
    فلسطين, "near Palestine Street" -> Palestine Street); (lo, lo) when none is."""
    if toks[lo].ar:
        if lo > slo and toks[lo - 1].key in _AR_STREETS:
            return lo - 1, hi
    elif hi < shi and toks[hi].cap and toks[hi].key in _EN_STREETS:
        return lo, hi + 1
    return lo, lo


def _persian_suffix_after(toks: list[Tok], k: int, hi: int) -> bool:
    """Does a Persian family name's second part follow at *k* ("... زاده", "...-zadeh")?"""
    t = toks[k]
    if t.ar:
        return t.key in _FA_SUFFIX_AR
    return t.text == "-" and k + 1 < hi and toks[k + 1].key in _FA_SUFFIX_EN and \
        not toks[k + 1].cap




def _bin_after_given(toks: list[Tok], lo: int) -> bool:
    """Arabic: a known name at *lo* that opens with بن / ابن ("بن سلمان") right after a usual
    given name ("سلطان بن سلمان", "تركي بن سلمان"): a longer chain, someone else."""
    t = toks[lo]
    if not t.ar or t.key not in AR_BIN:
        return False
    p = toks[lo - 1]
    return p.ar and not p.punct and any(  # (not a definite noun: "الأمير بن سلمان" is MbS)
        st in GN.ALL and not p.key[:len(p.key) - len(st)].endswith("ال") for _o, st in p.stems)


# Latin spellings of عبد opening a compound given name ("Abdul-Mahdi", "Abdel Aziz")
_EN_ABD = frozenset({"abdul", "abdel", "abd", "abdol", "abdal"})


def _next_name_word(toks: list[Tok], k: int, hi: int) -> bool:
    """An Arabic-style surname (al-Name, bin Name) follows position *k*: "Saleh al-Arouri"."""
    if k < hi and toks[k].key in ("al", "el") and k + 2 < hi and toks[k + 1].text == "-":
        k += 2
    elif k < hi and toks[k].key in ("bin", "ibn") and k + 1 < hi:
        k += 1
    else:
        return False
    return k < hi and not toks[k].ar and toks[k].cap and not toks[k].punct and \
        toks[k].key not in L.EN_NOT_NAME and toks[k].key not in L.EN_STOP


def _given_before_given(doc: Doc, k: int, hi: int) -> bool:
    """English: a lone usual name word at *k* before another one ("Ahmed Mohamed Mohamoud"
    after "Abiy Ahmed"): the first name of someone else, not the named person's last word."""
    toks = doc.toks
    return k + 1 < hi and toks[k + 1].cap and not toks[k + 1].punct and \
        doc.gaz.latin_given(toks[k].key) is not None and \
        doc.gaz.latin_given(toks[k + 1].key) is not None


def _local_match(doc: Doc, units: list[int], u: int) -> tuple[int, int, str, str] | None:
    toks = doc.toks
    first = toks[units[u]]
    if first.punct or not doc.local or (not first.ar and not first.cap):
        return None
    for off, stem in first.stems:
        if stem not in doc.local_first:
            continue
        for n in (3, 2, 1):
            if u + n > len(units):
                continue
            seq = (stem,) + tuple(_next_key(toks[units[u + x]]) for x in range(1, n))
            eid = doc.local.get(seq)
            if eid and n == 1 and seq in doc.local_given and \
                    name_goes_on(doc, units[u]):
                continue  # "هون مانيت" after "هون سين": another name opens with that word
            if eid and not first.ar and short_form_in_longer(doc, eid, seq, units[u],
                                                             units[u + n - 1] + 1):
                return None  # "Hassan Sheikh Mohamoud" after "Hassan Sheikh": read whole
            if eid:
                pref = first.key[: len(first.key) - len(stem)] if off else ""
                return n, off, eid, pref
    return None


def _name_start_units(doc: Doc, units: list[int]) -> list[int]:
    """The units (positions in *units*) where a gazetteer name or a new person's name of the
    document may start; most words are neither, nor is punctuation."""
    gaz_start = doc.gaz_start  # (empty for punctuation)
    n = len(units)
    lo = units[0] if units else 0
    if n and units[-1] - lo + 1 == n:  # all tokens lo..hi are units: no Python loop
        if not doc.local:
            return list(compress(range(n), gaz_start[lo:lo + n]))
        texts = doc.texts[lo:lo + n]
        try:  # (usually every text is known: no look for the missing ones)
            stems: list = list(map(_STEM_WORDS.__getitem__, texts))
        except KeyError:
            stems = list(map(_STEM_WORDS.get, texts))
            for x in _missing(stems):
                stems[x] = _stem_words(doc.toks[lo + x])
        if doc.local_first.isdisjoint(chain.from_iterable(stems)):
            # no word of a new person's name in the sentence (most sentences): one test
            # for the sentence, not one per token
            return list(compress(range(n), gaz_start[lo:lo + n]))
        # a gazetteer name, or a word of a new person's name, may start there
        return list(compress(range(n), map(or_, map(bool, gaz_start[lo:lo + n]),
                                           map(not_, map(doc.local_first.isdisjoint, stems)))))
    if not doc.local:
        return [u for u, k in enumerate(units) if gaz_start[k]]
    toks = doc.toks
    first = doc.local_first
    words = _STEM_WORDS
    return [u for u, k in enumerate(units) if gaz_start[k] or (
        not first.isdisjoint(words[t.text] if (t := toks[k]).text in words else
                             _stem_words(t)))]


_STEM_WORDS: dict[str, tuple[str, ...]] = {}  # token text -> _stem_words


def _stem_words(t: Tok) -> tuple[str, ...]:
    """The stems of a token that may start a name of a new person of the document (an
    Arabic or capitalised word), cached per token text: none for other tokens."""
    words = tuple([st for _o, st in t.stems]) if (t.ar or t.cap) and not t.punct else ()
    if len(_STEM_WORDS) > 200_000:
        _STEM_WORDS.clear()
    _STEM_WORDS[t.text] = words
    return words


def _may_start_local(doc: Doc, t: Tok) -> bool:
    """Cheap test: can a name of a new person of this document start at *t*?"""
    if not doc.local or not (t.ar or t.cap):
        return False
    first = doc.local_first
    for _off, stem in t.stems:
        if stem in first:
            return True
    return False


# words after which an ambiguous Arabic name is a body's name ("الناطق باسم حماس", "وفد حماس",
# "القيادي في حماس"; not "بحماس" = with enthusiasm: the name must be written bare)
_AR_ORG_CUES = L._ar("باسم", "وفد", "وفدا", "قاده", "قيادات", "زعيم", "مسؤولو", "عناصر",
                     "مقاتلو", "مقاتلي", "اعضاء", "حركه", "حركتا")
_AR_MEMBER_IN = L._ar("القيادي", "قيادي", "عضو", "مسؤول", "المسؤول", "والقيادي")


# a ruler or his realm before a country's name: the country ruled so ("سلطان عمان" /
# "سلطنة عمان" is Oman, not Amman; `Gazetteer.ruled_by`)
_AR_RULER_WORDS = {"سلطان": "sultan", "السلطان": "sultan", "سلطنه": "sultan", "ملك": "king",
                   "مملكه": "king", "امير": "emir", "اماره": "emir"}


def _ruled_country(doc: Doc, k: int, ok: list) -> list:
    """The hits of *ok* that are a country ruled with the title of the Arabic ruler word
    before *k* (empty without one)."""
    if k < 1 or not doc.toks[k].ar:
        return []
    title = _AR_RULER_WORDS.get(doc.toks[k - 1].key)
    if title is None:
        return []
    ruled = doc.gaz.ruled_by(title)
    return [h for h in ok if h[0] in ruled]


def _stated_country(doc: Doc, k: int, ok: list) -> list:
    """The hits of *ok* whose entity belongs to the country a nationality word states in the
    description apposed before *k* ("the Saudi monarch, King Abdullah", "العاهل السعودي، الملك
    عبد الله"); empty without one or when no hit fits."""
    toks = doc.toks
    y = k - 1
    if y >= 0 and toks[y].text in _COMMAS:
        y -= 1
    ruler = False
    nat = None
    for x in range(y, max(-1, y - 3), -1):
        tk = toks[x]
        if tk.punct:
            break
        if tk.key in _RULER_NOUNS:
            ruler = True
        elif nat is None:
            nat = L.NATIONALITY.get(tk.key)
    if not ruler or nat is None:
        return []
    gaz = doc.gaz
    return [h for h in ok if (e := gaz.get(h[0])) is not None and e.country == nat]


_COMMAS = frozenset({",", "،"})
# a ruler's description before his name ("the Saudi monarch, King Abdullah")
_RULER_NOUNS = frozenset({"monarch", "king", "ruler", "emir", "sultan", "sovereign"}) | \
    L._ar("العاهل", "الملك", "عاهل", "ملك", "الامير", "امير", "السلطان")


def _org_cue_before(doc: Doc, k: int) -> bool:
    """Is the Arabic token before *k* a cue that the name at *k* is a body's?"""
    toks = doc.toks
    if k < 1 or not toks[k].ar:
        return False
    pk = toks[k - 1].key
    if pk in _AR_ORG_CUES:
        return True
    return pk == "في" and k >= 2 and toks[k - 2].key in _AR_MEMBER_IN


# the keys of the word before a name for which ``_org_cue_before`` can be true
_ORG_CUE_KEYS = _AR_ORG_CUES | {"في"}


_PATRONYM = AR_BIN | {"bin", "ibn"}


def _patronym_after(doc: Doc, k: int) -> bool:
    """"بن X" / "bin X" at *k*: the one-word name before it opens a patronymic name of its own
    ("خليفة بن أحمد آل خليفة", "Khalifa bin Ahmed"), not the guarded short form of a known man
    ("خليفة" for Salman bin Hamad Al Khalifa; session 67)."""
    toks = doc.toks
    return k + 1 < len(toks) and toks[k].key in _PATRONYM and not toks[k + 1].punct


def _gaz_match(doc: Doc, units: list[int], u: int) -> tuple[int, int, str, str] | None:
    """Longest gazetteer match starting at unit *u*: (n_units, char offset in first token,
    entity id, folded prefix)."""
    cands = doc.gaz_start[units[u]]  # = gaz.first_cands_of(first), looked up per article
    if not cands:
        return None  # (also for punctuation)
    return _gaz_walk(doc, units, u, cands, doc.gaz.name_trie())


def _gaz_walk(doc: Doc, units: list[int], u: int, cands: tuple,
              trie: dict[str, list]) -> tuple[int, int, str, str] | None:
    """``_gaz_match`` for the (offset, stem) candidates *cands* of the first token (not
    empty) in the gazetteer's ``name_trie()`` *trie*."""
    toks = doc.toks
    k0 = units[u]  # (the first token's index, read once)
    first = toks[k0]
    ar = first.ar
    n_units = len(units)
    gaz = doc.gaz
    guarded = gaz.guarded
    maxlen = gaz.maxlen
    if ar and (_HAMZA_TITLE[first.text] if first.text in _HAMZA_TITLE else
               _hamza_title_cached(first)):
        return None  # "الشهيد القائد صالح العاروري": the title, no Gaid Salah (session 56)
    best: tuple[int, int, str, str] | None = None
    case_tok = first  # whose case an English name must fit
    if not ar and first.key in EN_BIN and not first.cap and u + 1 < n_units:
        case_tok = toks[units[u + 1]]  # "told bin Farhan": the father's name is capitalised
    for off, stem in cands:
        if off and ar and first.key in GN.ALL:
            continue  # "كلاوس" is Klaus, no ك + لاوس (Laos): a given name as written
        node = trie[stem]  # (a first token of a name: there is a node)
        n = 1
        while True:
            hits = node[0]  # = gaz.exact.get(seq)
            if hits:
                seq = node[2]
                # the case of an English first word must fit (not for Arabic)
                if ar:
                    ok = hits
                elif len(hits) == 1:  # (most names: no list to build)
                    h = hits[0]  # (the test of _case_ok(case_tok, h[1], h[2]), without a call)
                    ok = hits if not (h[1] or h[2]) or case_tok.ar or (
                        case_tok.acronym or case_tok.text.isupper() if h[2] else
                        case_tok.cap) else []
                else:
                    ok = [h for h in hits if _case_ok(case_tok, h[1], h[2])]
                grd = guarded.get(seq)  # (None: the name is not ambiguous, no test below)
                if grd is not None:
                    # (this path runs for common Arabic words that are also guarded names,
                    # "على", "لا", "وكان", ~12 times per real-text article: the calls below
                    # are made only where the word before can give them a cue, speed64b)
                    pk = toks[k0 - 1].key if k0 else ""
                    ruled = (_ruled_country(doc, k0, hits) if pk in _AR_RULER_WORDS else []) \
                        if off == 0 else None
                    if ruled == [] and k0 and (toks[k0 - 1].text in _COMMAS or
                                               toks[k0 - 1].key in _RULER_NOUNS):
                        ruled = _stated_country(doc, k0, hits)  # "the Saudi monarch, X"
                    if ruled:
                        ok = ruled
                    elif ok and not (off == 0 and pk in _ORG_CUE_KEYS and
                                     _org_cue_before(doc, k0)):
                        # ambiguous name: only for entities named before (or after an org cue:
                        # "الناطق باسم حماس", "القيادي في حماس")
                        mids = doc.mentioned_ids()
                        ids = [h[0] for h in ok] if n == 1 else []  # (read, never changed, below)
                        titled = ar_title_holders(doc, k0, ids) if ar and \
                            n == 1 else []  # "الرئيس الشرع" (session 52)
                        if not ar and n == 1 and off == 0:
                            titled = en_title_holders(doc, k0, ids)  # "President
                            # Aliyev" (session 55)
                        if ar and n == 1 and not titled:
                            titled = ar_head_peer(doc, k0, ids)  # "مع الشرع"
                        ok = [h for h in ok if h[0] not in grd or titled == [h[0]] or (
                            (h[0] in mids or h[0] in doc.sent_ids or
                             h[0].startswith("country:") and  # (its first test)
                             state_named_otherwise(doc, h[0], first) or
                             n == 1 and h[0].startswith("organization:") and  # (ditto)
                             body_state_named(doc, h[0], first) or
                             n > 1 and own_nationality_near(doc, h[0], k0, units[u + n - 1] + 1,
                                                            grd) or
                             n > 1 and own_title_before(doc, h[0], k0, first) or
                             n > 1 and own_title_before_ar(doc, h[0], k0, first) or
                             n > 1 and own_state_in_article(doc, h[0], k0, grd) or
                             n > 1 and h[0].startswith("organization:") and  # (its first test)
                             body_state_in_article(doc, h[0], grd, first) or
                             n == 1 and h[0].startswith("country:") and
                             listed_with_country(doc, k0, off))
                            and not adjective_form(doc, h[0], first))]
                        if ok and n == 1 and _patronym_after(doc, units[u] + 1):
                            ok = [h for h in ok if h[0] not in grd]  # "خليفة بن أحمد": another
                            # man's given name, not the one a guarded "خليفة" names (s67)
                        if not ok and n == 1:
                            ok = _family_of_one_named(doc, first)
                if ok and ar and n == 1:  # (the one-word Arabic tests below: one gate)
                    extra = len(first.key) - off - len(stem)  # (letters the stem drops)
                    if extra == 2 and first.key.startswith("ال", off):
                        # (the article + the stem: article_form_of_bare_name's first test)
                        ok = [h for h in ok if not article_form_of_bare_name(
                            gaz, h[0], first, off, stem)]
                        # «المسؤول الرئيسي»: "main", no Raisi (article_form_name_ar, s68)
                    if ok and first.key in _AR_NAME_NISBAS and \
                            (nationality_before_name(doc, k0) or quoted_alone(doc, k0)) and \
                            doc.mentioned_ids().isdisjoint(h[0] for h in ok):
                        ok = []  # "وزير الخارجية السوداني X", «وعلمت «السوداني»»: Sudan's,
                        # the paper's, not al-Sudani (unless the article named him before:
                        # "رئيس الوزراء السوداني X" may be his VSO)
                    # (the first tests of bare_article_name and _dateline_outlet_ar made
                    # here: nearly every hit fails them, and a call costs more than the tests)
                    if ok and extra == 0 and bare_article_name(gaz, first, off, stem):
                        ok = []  # "الذي صدر قرار تعيينه": a verb, no al-Sadr (session 58)
                if ok and ar and 2 <= k0 <= 4 and _dateline_outlet_ar(toks, k0,
                                                                      units[u + n - 1]):
                    ok = []  # "بورتسودان - السوداني: التقى ...": the paper, no al-Sudani
                if ok and (best is None or n > best[0]):
                    if len(ok) > 1:  # ambiguous name: prefer an entity already mentioned
                        mids = doc.mentioned_ids()
                        ids = [h[0] for h in ok]
                        seen = [i for i in ids if i in mids]
                        if not seen and ar:  # «محمد الناصر» is no «محمد ناصر» (s69)
                            seen = written_as_in_text(gaz, ids, (first.key[off:], *(
                                toks[units[x]].key for x in range(u + 1, u + n))))
                        eid = (seen or ids)[0]
                    else:
                        eid = ok[0][0]
                    best = (n, off, eid, first.key[: len(first.key) - len(stem)] if off else "")
            if n >= maxlen or u + n >= n_units:
                break
            nt = toks[units[u + n]]
            if nt.punct and nt.text != "&":
                break
            # the next node: the name so far + this token is the start of a name (or one)
            # (stems[0][1]: = strip_article_ar(key) for Arabic, the key otherwise; no call)
            nxt_node = node[1].get(nt.stems[0][1])
            if nxt_node is None and not nt.ar and nt.cap and len(nt.key) >= 6 and \
                    nt.key.startswith(("al", "el")):
                nxt_node = node[1].get(nt.key[2:])  # "Abu Mahdi Almuhandis", "Abdel Fattah
                # Elsisi": al-/el- glued on
            node = nxt_node
            n += 1
            if node is None:
                break
    return best


_DASHES = frozenset({"-", "–", "—"})


def _dateline_outlet_ar(toks: list[Tok], k: int, e: int) -> bool:
    """Are tokens *k*..*e* the source of an Arabic dateline at the article's start, between
    the city's dash and a colon ("بورتسودان - السوداني:", "بغداد – المدى:")? Then they name
    the paper, not a person (session 56)."""
    if not 2 <= k <= 4 or toks[k - 1].text not in _DASHES or e + 1 >= len(toks) or \
            toks[e + 1].text not in (":", "："):
        return False
    return not any(toks[y].punct for y in range(k - 1))


def _hamza_title_with_article(t: Tok) -> bool:
    """Is *t* a title participle written with the article and its hamza ("القائد",
    "والنائب")? The fold makes it "القايد", the Maghrebi family name Gaid of an alias
    ("قايد صالح", "قايد السبسي"), which is written with ي: the title starts no name."""
    if t.key not in L.AR_TITLES and _strip_article_cached(t.key) not in _AR_TITLE_STEMS:
        return False
    bare = _bare_text(t.text)
    at = bare.find("ال")
    return 0 <= at <= 1 and len(bare) == at + 6 and bare[at + 3] == "ا" and \
        bare[at + 4] == "ئ"


_AR_TITLE_STEMS = frozenset(k[2:] for k in L.AR_TITLES if k.startswith("ال"))
_HAMZA_TITLE: dict[str, bool] = {}  # token text -> _hamza_title_with_article (text alone)


def _hamza_title_cached(t: Tok) -> bool:
    """``_hamza_title_with_article(t)``, kept in ``_HAMZA_TITLE`` per token text (it reads
    the text and the key, which the text gives)."""
    if len(_HAMZA_TITLE) > 200_000:
        _HAMZA_TITLE.clear()
    got = _HAMZA_TITLE[t.text] = _hamza_title_with_article(t)
    return got


_AR_IN_FAVOUR = L._ar("لصالح", "ولصالح")


def _in_favour_of(doc: Doc, t: Tok) -> bool:
    """Is *t* the preposition «لصالح» ("in favour of") before the noun it governs («صوّت
    لصالح القرار»، «تنازل لصالح نجله»), not ل + the family name Salih («خلفاً لصالح.»، «خلفاً
    لصالح بعد ...»)?"""
    if t.key not in _AR_IN_FAVOUR:
        return False
    nxt = doc.toks[t.i + 1] if t.i + 1 < len(doc.toks) else None
    return nxt is not None and not nxt.punct and nxt.key not in L.AR_STOP


def _family_of_one_named(doc: Doc, t: Tok) -> list[tuple[str, bool, bool]]:
    """An ambiguous one-word family name ("المحمداوي", guarded for someone the article has not
    named) after the article named one known person in full with it ("عبد العزيز المحمداوي
    ... وكان المحمداوي قد خلف ..."): that person (as a gazetteer hit), else none."""
    word = _core_tokens(t.text)[-1:]
    if not word:
        return []
    fam = doc.family_ids(word[0])
    if not fam and t.ar and not _in_favour_of(doc, t):
        # behind a proclitic: "خلفاً لصالح" after "برهم صالح" (session 72; as
        # ``_family_name_of_named`` reads "خلفاً لعون")
        fam = next((f for n, st in proclitic_splits(word[0]) if n and (f := doc.family_ids(st))),
                   set())
    if len(fam) != 1:
        return []
    (eid,) = fam
    return [(eid, False, False)] if eid in doc.gaz.entries else []


def _nisba_after_noun(prev: Tok, t: Tok) -> bool:
    """Is *t* an indefinite nisba adjective (-ي, no article) right after an indefinite
    common noun ("وفد إيراني", "وفد عسكري"), or a definite one after a definite common noun
    ("الديوان الملكي": not al-Maliki, ``definite_nisba_after_noun``)? Then it describes the
    noun, names nobody."""
    if t.key.startswith("ال"):  # "الديوان الملكي" (session 53)
        return definite_nisba_after_noun(prev, t)
    return t.key.endswith("ي") and (
        prev.key in L.AR_COMMON_NOUNS or prev.key in _AR_EVENT_HEADS or
        prev.key in _AR_MANNER_HEADS) and not prev.key.startswith("ال")


# "in a ... way": only an adjective follows («بشكل رئيسي», «بصورة رئيسية»: mainly, no Raisi; s68)
_AR_MANNER_HEADS = L._ar("بشكل", "وبشكل", "بصورة", "وبصورة", "بطريقة", "وبطريقة", "بشكلٍ")
# indefinite nouns an adjective in -ي describes ("هجوم بري"، "قصف جوي"، "توغل بري"): the
# adjective names nobody (not Berri, even after "نبيه بري")
# a death noun before a one-word name the article gave in full: the person, no adjective
_AR_DEATH_NOUNS = L._ar("وفاة", "مقتل", "اغتيال", "رحيل", "استشهاد", "مصرع", "تشييع",
                        "جنازة", "ووفاة", "ومقتل", "واغتيال", "ورحيل", "واستشهاد")
_AR_EVENT_HEADS = L.AR_STRIKE | L._ar("توغل", "اجتياح", "غزو", "تقدم", "طريق", "ممر", "نقل",
                                      "هجوما", "توغلا", "اجتياحا", "غزوا", "قتال", "اشتباك")


def _known_names(w: MentionWork) -> None:
    """Names of the gazetteer (longest match, with clitics) and of new people
    named before in the article, at the units that may start one.

    "قائد فيلق القدس إسماعيل قاآني" -> Quds Force, Esmail Qaani; "met Hadi al-Amiri" ->
    person:hadi-al-amiri."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    units = w.units
    doc.sent_ids = set()
    gaz_start = doc.gaz_start
    trie = doc.gaz.name_trie()
    entries = doc.gaz.entries
    surnames = doc.gaz.token_facts.get("given_surname")
    if surnames is None:
        surnames = doc.gaz.token_facts["given_surname"] = {}
    conts = continuation_cache(doc.gaz)
    texts = doc.texts
    n_units = len(units)
    u = 0  # the first unit not inside a name found before
    for start in _name_start_units(doc, units):
        if start < u:
            continue
        u = start
        first_k = units[u]
        cands = gaz_start[first_k]
        m = None
        if cands:  # = _gaz_match, without the walk when no name can end here or go on
            nxt = conts.get(texts[first_k])
            if nxt is None:
                nxt = continuations(doc.gaz, conts, texts[first_k], cands)
            if nxt is False:
                m = _gaz_walk(doc, units, u, cands, trie)
            elif nxt and u + 1 < n_units:
                nt = toks[units[u + 1]]  # (= walk_gate.may_continue(nxt, nt), written out)
                if nt.stems[0][1] in nxt or (
                        nt.key[:2] in AL_EL and not nt.ar and nt.cap and len(nt.key) >= 6 and
                        nt.key[2:] in nxt):
                    m = _gaz_walk(doc, units, u, cands, trie)
        if m is None and doc.local:
            m = _local_match(doc, units, u)
        if m is None:
            u += 1
            continue
        if m[0] > 1:  # «تنظيم "الدولة الإسلامية في الصحراء الكبرى"»: the longer name
            m = longer_after_body_word(doc, units, u, m, lambda v: _gaz_walk(
                doc, units, v, gaz_start[units[v]], trie) if gaz_start[units[v]] else None)
        n, off, eid, pref = m
        lo, hi = units[u], units[u + n - 1] + 1
        if hi < s.hi and toks[hi].cap and not toks[lo].ar and (on := spelt_on(
                doc, lo, hi, s.hi, eid)) is not None:
            hi, eid = on  # "Badr Albuseidi", "Sadegh Ommidzadeh": another known person
            n = bisect.bisect_left(units, hi, u) - u
        e = entries.get(eid)  # = doc.etype(eid), without a call for known entities
        etype = e.type if e is not None else doc.etype(eid)
        if n > 1 and etype != "Person" and toks[lo].ar and accusative_tanween(toks[lo].text):
            u += 1  # "الوزير وكالةً فارس حميد": "acting", indefinite, heads no name (not
            continue  # the Fars agency, "وكالة فارس")
        if (etype == "Country" or etype == "Location") and not pref and (
                (lo > s.lo and toks[lo - 1].key in _AR_STREETS) or
                (hi < s.hi and toks[hi].key in _EN_STREETS)):
            slo, shi = _street_span(toks, lo, hi, s.lo, s.hi)
            if shi > slo:
                surface = doc.text[toks[slo].start:toks[shi - 1].end]
                # one id in both scripts: "شارع فلسطين" is location:palestine-street
                latin = f"{e.name} {_AR_STREETS[toks[slo].key]}" if toks[lo].ar and \
                    e is not None else surface
                eid = doc.new_entity("Location", latin, _core_tokens(latin))
                doc._add_alias(eid, surface)
                me = make_mention(doc, si, slo, shi, eid)
                out.append(me)
                for k in range(slo, shi):
                    covered[k] = me
                u = bisect.bisect_left(units, shi, u)
                continue
        if n == 1:
            if etype == "Location" and given_name_before_family(doc, lo, hi, s.hi):
                u += 1  # "MP Riyadh al-Masoudi", «النائب رياض المسعودي»: a man, no city
                continue
            if etype == "Location" and not toks[lo].ar and \
                    place_inside_bin_name_en(doc, s.lo, lo, hi, s.hi):
                u += 1  # "Ahmed Obeid bin Dagher": his middle name, no El-Obeid
                continue
            if etype == "Location" and not toks[lo].ar:
                # "Sulaimani": the city, or Qasem Soleimani spelt so ("Qassim Sulaimani")
                pid, lo = _place_or_person(doc, s.lo, lo)
                if pid:
                    eid, etype = pid, doc.etype(pid)
            if etype == "Organization" and not toks[lo].ar and lo > s.lo and \
                    toks[lo - 1].key in _EN_NAME_HONORIFICS:
                pid = _given_name_full(doc, toks[lo].key)  # "Sayyid Badr" after "Sayyid
                if pid is not None:  # Badr bin Hamad Albusaidi": him, no Badr Organization
                    eid, etype = pid, doc.etype(pid)
            if etype == "Organization" and not toks[lo].ar and not pref and \
                    org_alias_in_person_name(doc, lo, s.lo, s.hi):
                u += 1  # "Corporal Badr al-Dosari", "Amjad Badr": a person, no Badr Organization
                continue
            if etype == "Person" and not toks[lo].ar and given_opens_name_en(doc, lo, hi, s.hi):
                u += 1  # "Prime Minister Ahmad Obaid Bin Daghr": no envoy "Ahmad"
                continue
            if etype == "Person":
                fid = _family_name_of_named(doc, eid, lo, out)
                if fid != eid:
                    eid, etype = fid, doc.etype(fid)
            if etype == "Person" and not toks[lo].ar and (
                    toks[lo].key in L.EN_PLACE_HEADS or (
                        hi < s.hi and toks[hi].cap and toks[hi].key in L.EN_PLACE_HEADS)):
                u += 1  # "the Amiri Diwan", "Soleimani Square": a place, no person
                continue
            if n == 1 and etype == "Person" and toks[lo].key in _AR_DAYPARTS and \
                    time_of_day(doc, lo, s.hi):
                u += 1  # "بقصر بيان صباح اليوم": this morning, no al-Sabah (session 53)
                continue
            if etype == "Person" and toks[lo].ar and toks[lo].key in _AR_ORDINALS:
                u += 1  # "كانون الثاني" after "تميم بن حمد آل ثاني": "second", no Al Thani
                continue  # (session 53)
            if etype == "Person" and toks[lo].ar and lo > s.lo and \
                    _nisba_after_noun(toks[lo - 1], toks[lo]) and not (
                        toks[lo - 1].key in _AR_DEATH_NOUNS and eid in doc.mentioned_ids()):
                u += 1  # "وفد إيراني", "وفد عسكري": an adjective, no Irani or al-Askari
                continue  # ("بعد وفاة رئيسي" after "إبراهيم رئيسي": the person)
            if etype == "Person" and toks[lo].ar and profession_word_ar(toks[lo].key) and (
                    profession_title_ar(doc, lo, s.hi) or _person_starts(doc, units, u + 1,
                                                                         trie) or
                    apposed_profession_ar(doc, covered, lo, s.lo, eid)):
                u += 1  # "المهندس وليد الخريجي": the title "engineer", not al-Muhandis;
                continue  # "X، المهندس المدني الذي ...": X is an engineer (session 52)
            if etype == "Person" and not toks[lo].ar and hi < s.hi and toks[hi].cap and \
                    given_before_other_family(doc, eid, lo, s.hi, trie):
                u = bisect.bisect_left(units, lo + 2, u)  # "Saddam Haftar": a new person
                continue
            if etype == "Person" and not toks[lo].ar and hi < s.hi and toks[hi].cap and \
                    family_before_other_given_en(doc, eid, lo, s.hi, trie):
                u = bisect.bisect_left(units, lo + 2, u)  # "Fidan Doğan": a new person
                continue
            if etype == "Person" and not toks[lo].ar and hi < s.hi and toks[hi].cap and \
                    family_before_longer_name(doc, eid, lo, s.hi):
                u += 1  # "Ahmed Moalim Fiqi" after "Abiy Ahmed": a new person of three words
                continue
            if etype == "Person" and (
                    _next_name_word(toks, hi, s.hi) or (
                        hi < s.hi and toks[hi].cap and _given_before_given(doc, lo, s.hi))
                    if not toks[lo].ar else
                    _ar_given_before_family(doc, lo, hi, s.hi) or
                    (lo > s.lo and toks[lo - 1].key in _JOINERS and not pref) or
                    given_not_al_family(doc, eid, lo, hi, s.hi)):
                u += 1  # "Saleh al-Arouri": a first name of someone else, not "Saleh" alone
                continue
        if etype == "Person" and lo > s.lo and (lo - 1) not in covered and (
                toks[lo].key in AR_BIN and _bin_after_given(toks, lo) or
                toks[lo].key in EN_BIN and toks[lo - 1].cap and
                doc.gaz.usual_given(toks[lo - 1].key)):
            u += 1  # "سلطان بن سلمان", "Sultan bin Salman": another son of Salman, not
            continue  # "بن سلمان" (MBS)
        if etype == "Person" and lo - 1 > s.lo and (lo - 2) not in covered and (
                _bin_after_given(toks, lo - 1) if toks[lo].ar else
                toks[lo - 1].key in EN_BIN and toks[lo - 2].cap and
                doc.gaz.usual_given(toks[lo - 2].key)):
            u += n  # "سالم بن حمد بن عيسى الكعبي", "Salem bin Hamad bin Isa al-Kaabi": the
            continue  # son of a Hamad bin Isa, someone else than the king of Bahrain
        if n == 2 and toks[lo + 1].key == "الله" and etype == "Person" and \
                allah_given_before_family(doc, lo, hi, s.hi):
            u += 2  # "نصر الله رشنودي": a compound given name of someone else, not Nasrallah
            continue  # (nor its "الله" alone)
        if n == 2 and etype == "Person" and (
                _abd_given_before_family(doc, lo, hi, s.hi) if toks[lo].ar else
                toks[lo].key in _EN_ABD and _next_name_word(toks, hi, s.hi)):
            u += 1  # "عبد المهدي الزيدي", "Abdul-Mahdi al-Zaidi": a given name before
            continue  # another family name, not the person whose family name it is
        # (the first tests of _bin_after_given, _persian_suffix_after and family_tail_end
        # are made here: nearly every name fails them, and a Python call costs ~1 k
        # instructions)
        if hi < s.hi and etype == "Person" and (
                toks[hi].key in _FA_SUFFIX_AR if toks[hi].ar else
                toks[hi].text == "-" and _persian_suffix_after(toks, hi, s.hi)):
            u += 1  # "حسين أكبري زاده", "Ali Akbari-zadeh": a longer name, someone else
            continue
        if n > 1 and hi + 1 < s.hi and etype == "Person" and toks[hi].text == "-" and \
                toks[hi + 1].cap and toks[hi].start == toks[hi - 1].end and \
                toks[hi + 1].start == toks[hi].end and not toks[lo].ar:
            # (a name of two words or more: "the Sudani-Erdogan meeting" names two people)
            u += 1  # "Hussein Sheikh-Ali": the last word is half of a hyphenated family
            continue  # name, someone else than Hussein al-Sheikh (session 50)
        if not toks[lo].ar and lo - 2 >= s.lo and toks[lo - 1].text == "-" and \
                toks[lo - 2].key in ("al", "el"):
            lo -= 2  # keep the "al-" of "al-Muhandis" inside the mention
        if n > 1 and etype == "Person" and hi < s.hi:
            th = toks[hi]
            end = family_tail_end(doc, eid, hi, s.hi) if (  # "Sheikh Meshal al-Ahmad" + "al-Jaber
                th.key.startswith("ال") if th.ar else th.key in ("al", "el")) else hi
            if end == hi:  # "فيصل بن فرحان بن عبدالله": his grandfather's name too
                end = grandfather_end(doc, eid, hi, s.hi)
            if end > hi:  # al-Sabah": the rest of his own chain
                hi = end
                n = bisect.bisect_left(units, hi, u) - u
            elif toks[hi].key in EN_BIN and not toks[lo].ar and other_bin_after(doc, eid, hi,
                                                                             s.hi):
                u += n  # "Mohammed bin Abdulrahman bin Abdulaziz": a longer chain of
                continue  # someone else, not Mohammed bin Abdulrahman Al Thani
            elif n == 2 and not toks[lo].ar and th.key in ("al", "el") and \
                    _next_name_word(toks, hi, s.hi):
                u += n  # "Karim Nouri al-Issawi": a given name and a father's name before
                continue  # another family name, someone else than Karim al-Nouri
        # a standalone particle token just before the name (لـ“فيلق القدس”) acts as prefix
        if not pref and u > 0 and toks[units[u - 1]].key in AR_PARTICLE_TOKENS:
            pref = toks[units[u - 1]].key
        me = make_mention(doc, si, lo, hi, eid, "name", off, pref)  # (positional: cheaper)
        out.append(me)
        doc.sent_ids.add(eid)
        if n > 1 and etype == "Person":
            sk = surnames.get(toks[hi - 1].text)  # (per token text, on the gazetteer)
            if sk is None:
                sk = _given_surname(doc, toks[hi - 1], trie, surnames)
            if sk and (sk,) not in doc.local:
                doc.local[(sk,)] = eid  # a later bare surname is him (_given_surname)
                doc.local_first.add(sk)
            node = trie.get(toks[hi - 1].key)  # (the usual case, the gazetteer's own
            if node is None or not node[0]:  # surname, tested here: no call)
                if not toks[lo].ar:
                    _spelt_surname_later(doc, eid, toks[hi - 1])
                elif n > 2 or toks[hi - 1].key.startswith("ال") or \
                        toks[hi - 2].key in GN.FOREIGN or n == 2 and \
                        _unusual_given_ar(doc, toks[hi - 2]):
                    # (two words: "عثمان الغانمي" -> a later "الغانمي", session 40; a foreign
                    # given name: "توم براك" -> a later "براك", session 50; a given name no
                    # Arab one: "سيري مكونن" -> a later "لمكونن", session 72)
                    _last_of_three_later_ar(doc, eid, toks[hi - 2], toks[hi - 1])
        if me.etype == "Event" and n > 1:
            me.in_title = True  # names inside an event name stay visible ("زيارة قاآني")
            u += 1
            continue
        for k in range(lo, hi):
            covered[k] = me
        u += n


def _given_surname(doc: Doc, last: Tok, trie: dict, cache: dict[str, str]) -> str:
    """A known person named in full whose last name is a usual given name the gazetteer
    lists alone for nobody ("عبد ربه منصور هادي", "Abd Rabbuh Mansour Hadi"): a later bare
    "هادي" / "لهادي" / "Hadi" in the article is him (a first name before another family
    name still is not: the n == 1 checks of ``_known_names``). Returns that word for the
    last token *last* of the name ("" when there is none), kept in *cache* per token text
    (it depends on the text and the gazetteer only); the caller adds it to ``doc.local``
    unless the article already has it there."""
    word = _core_tokens(last.text)[-1:]
    key = ""
    if word and len(word[0]) >= 3:
        node = trie.get(word[0])
        if (node is None or not node[0]) and doc.gaz.is_given_name(word[0]):
            key = word[0]
    if len(cache) > 200_000:
        cache.clear()
    cache[last.text] = key
    return key


def _spelt_surname_later(doc: Doc, eid: str, last: Tok) -> None:
    """English: a known person named in full with a surname spelt his own way ("Ebrahim
    Raeesi" for Ebrahim Raisi): a later bare "Raeesi" in the article is him, when the
    gazetteer names nobody by that word alone (the caller tests it) and the word is written
    again later."""
    key = last.key
    if len(key) < 4 or not last.cap or last.poss or key in L.EN_STOP or \
            key in L.EN_NOT_NAME or (key,) in doc.local:
        return
    if doc.text.find(last.text, last.end) < 0 or doc.gaz.is_given_name(key):
        return  # not written again: no alias (an empty ``doc.local`` costs nothing later)
    doc.local[(key,)] = eid
    doc.local_first.add(key)


def _unusual_given_ar(doc: Doc, first: Tok) -> bool:
    """Is the first word of a known two-word Arabic name no usual given name ("سيري" of
    "سيري مكونن", "ورقنه" of "ورقنه جبيهو")? Then its second word is a family name of his
    own, not a father's name any Ali or Hassan bears (session 72)."""
    word = _core_tokens(first.text)[-1:]
    return bool(word) and len(word[0]) >= 3 and not doc.gaz.is_given_name(word[0])


def _last_of_three_later_ar(doc: Doc, eid: str, prev: Tok, last: Tok) -> None:
    """Arabic (session 19): a known person named in full by three words or more whose last
    word the gazetteer lists alone for nobody ("تيدروس أدهانوم غيبريسوس"): a later bare
    "غيبريسوس" / "بغيبريسوس" is him, when the word is written again later without the word
    before it (not the full name again: ``doc.local`` stays empty, and so cheap, elsewhere);
    so too a family name with the article ("عبد العزيز المحمداوي" -> "المحمداوي") unless the
    gazetteer lists it alone (the caller's test). Not a given name."""
    text, w, p = doc.text, last.text, prev.text
    if len(w) < 4:
        return
    at = text.find(w, last.end)  # (first: most names never come back bare, no more work)
    while at >= 0 and text[max(0, at - len(p) - 2):at].rstrip().endswith(p):
        at = text.find(w, at + len(w))  # the full name again
    if at < 0 and w.startswith("ال"):
        at = text.find("لل" + w[2:], last.end)  # "خلفاً للغانمي": لـ + الـ, the alef elided
    if at < 0:
        return
    word = _core_tokens(w)[-1:]  # (without the article: "المحمداوي" -> "محمداوي")
    if not word or len(word[0]) < 4:
        return
    key = word[0]
    if (key,) in doc.local or doc.gaz.is_given_name(key) or key in L.AR_STOP:
        return
    doc.local[(key,)] = eid
    doc.local_first.add(key)


def _family_name_of_named(doc: Doc, eid: str, lo: int, out: list[Mention]) -> str:
    """A bare family name the gazetteer gives to *eid* ("Sinwar" -> Yahya Sinwar) names the
    person of that family the article is about: the only one it named in full ("Mohammed
    Sinwar"), else the most salient of them (see ``coref_offices.most_salient``)."""
    word = _core_tokens(doc.toks[lo].text)[-1:]  # (the token's text: its span)
    if not word:
        return eid
    fam = doc.family_ids(word[0])
    if not fam and doc.toks[lo].ar:
        # "التصويت لعون", "خلفاً لعون": the family name behind a proclitic
        st = next((st for n, st in proclitic_splits(word[0]) if n and doc.family_ids(st)),
                  None)
        if st is not None:
            word = (st,)
            fam = doc.family_ids(st)
    more = [m.eid for m in out if m.etype == "Person" and m.hi - m.lo > 1 and
            _core_tokens(doc.text[m.start:m.end])[-1:] == word]
    if not more:
        if not fam or (len(fam) == 1 and eid in fam):
            return eid
        ids = fam
    else:
        ids = fam | set(more)
        if ids == {eid}:
            return eid
    cands = [m.eid for m in chain(reversed(out), reversed(doc.ments)) if m.eid in ids]
    if not cands:
        return eid
    # (imported here, where it is used: an import statement run per call costs ~2 k
    # instructions, and most calls return above)
    from loaders.extract.coreference import most_salient  # noqa: PLC0415 (module cycle)

    return most_salient(doc, cands, lo, out)


# words before a place name ("a stop in Sulaimani", "flew to Sulaimani")
_EN_LOC_PREPS = frozenset({"in", "to", "from", "near", "at", "into", "outside", "around",
                           "across", "via", "toward", "towards", "visited", "of", "and"})
_EN_PLACE_NEXT = frozenset({"province", "governorate", "city", "region", "airport"})


def _place_or_person(doc: Doc, slo: int, lo: int) -> tuple[str | None, int]:
    """For an English place name at *lo* that is also the spelling of a known person's
    surname: (the person's id, first token) when the text names the person, else (None,
    lo). A first name before it ("Qassim Sulaimani") makes it the person; a place cue (a
    dateline "SULAIMANI, Kurdistan Region -", "in/to/near Sulaimani", "Sulaimani province")
    keeps the place; else it is the person if the article has named that person before."""
    toks = doc.toks
    t = toks[lo]
    cache = doc.gaz.token_facts.setdefault("place_person", {})
    pid = cache.get(t.key, "?")
    if pid == "?":
        pid = cache[t.key] = doc.gaz.fuzzy_person([t.key], None, types=("Person",))
    if pid is None:
        return None, lo
    prev = toks[lo - 1] if lo > slo else None
    if prev is not None and prev.cap and not prev.punct and prev.key not in L.EN_STOP and \
            doc.gaz.fuzzy_person([prev.key, t.key], None, types=("Person",)) == pid:
        return pid, lo - 1
    nxt = toks[lo + 1] if lo + 1 < len(toks) else None
    if (prev is not None and prev.key in _EN_LOC_PREPS) or (
            nxt is not None and nxt.key in _EN_PLACE_NEXT) or \
            (lo == slo and t.text.isupper()) or (nxt is not None and nxt.text == "," and
                                                  lo == slo):
        return None, lo
    return (pid, lo) if pid in doc.mentioned_ids() else (None, lo)


def _local_again(doc: Doc, si: int, units: list[int], covered: dict[int, Mention],
                 out: list[Mention]) -> None:
    """A person introduced in this sentence (by a title) named again later in it:
    "Acting Defense Secretary Christopher Miller ..., after Trump fired Esper and installed
    Miller in his place" (step 1 ran before the title step had remembered the name)."""
    toks = doc.toks
    s = doc.sents[si]
    u = 0
    while u < len(units):
        k = units[u]
        t = toks[k]
        if k in covered or t.punct or not _may_start_local(doc, t):
            u += 1
            continue
        m = _local_match(doc, units, u)
        if m is None:
            u += 1
            continue
        n, off, eid, pref = m
        lo, hi = k, units[u + n - 1] + 1
        if any(x in covered for x in range(lo, hi)) or doc.etype(eid) != "Person" or \
                (n == 1 and not t.ar and _next_name_word(toks, hi, s.hi)) or \
                not any(o.eid == eid and o.hi <= lo for o in out):
            u += 1
            continue
        me = make_mention(doc, si, lo, hi, eid, off=off, prefix=pref)
        out.append(me)
        for x in range(lo, hi):
            covered[x] = me
        u += n


def _person_starts(doc: Doc, units: list[int], u: int, trie: dict) -> bool:
    """Does a known person's name start at unit *u* ("المهندس حيان عبد الغني")?"""
    if u >= len(units):
        return False
    cands = doc.gaz_start[units[u]]
    m = _gaz_walk(doc, units, u, cands, trie) if cands else None
    return m is not None and doc.etype(m[2]) == "Person"
