"""Capitalised English runs (``_cap_run``: where an unknown English name ends: a Persian
suffix, a family "al-", "said" inside, a syllable after a hyphen), the last words of bodies'
names, time words and name honorifics, and the Latin given names of the gazetteer
(``latin_first_names``, ``_latin_first_name``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.bin_chain_before import gulf_chain_before
from loaders.extract.headline_verbs_en import HEADLINE_VERBS_EN
from loaders.extract.hyphen_given_left import article_inside
from loaders.extract.sentence_ends import TITLE_ABBREV
from loaders.extract.tokens import Tok
from loaders.extract.trailing_sheikh_en import sheikh_closes_name

if TYPE_CHECKING:
    from loaders.extract.gazetteer import Gazetteer
    from loaders.extract.mentions import Doc


# last words of English place names (a capitalised run ending so is not a person)
_EN_PLACE_HEADS = frozenset({
    "palace", "airport", "base", "square", "street", "zone", "province", "governorate",
    "hospital", "university", "mosque", "shrine", "hotel", "bridge", "camp", "complex",
    "embassy", "building", "headquarters", "district", "city", "port", "highway", "road",
    "hall", "house", "centre", "center", "compound", "crossing", "border", "stadium",
    "island", "valley", "river", "mountains", "desert", "gulf", "sea", "lake", "prison",
    "castle",  # ("consultations at Johannesberg Castle", "at Hillsborough Castle"; session 66)
    "clinic", "infirmary", "sanatorium",  # ("died at the Mayo Clinic"; session 69)
    # residences a head of state receives guests in ("received X at the Vahdettin Pavilion",
    # "at the Dolmabahce Mansion", "at the Cankaya Kiosk"; session 72)
    "pavilion", "mansion", "kiosk", "lodge", "residence"})


# lower-case second parts of Persian family names written with a hyphen
_FA_SUFFIXES = frozenset({"zadeh", "zade", "zadegan", "pour", "poor", "far", "nia", "nejad",
                          "nezhad", "vand", "abadi", "lou", "loo", "khani", "doost", "dust"})
# lower-case second parts of Caucasian and Turkic given and patronymic names written with a
# hyphen ("Yunus-bek Yevkurov", "Magomed-bek", "Heydar Alirza-ogly"; session 69)
_TURKIC_SUFFIXES = frozenset({"bek", "beg", "bey", "ogly", "oglu", "ogli", "kyzy", "gizi"})
_HYPHEN_SUFFIXES = _FA_SUFFIXES | _TURKIC_SUFFIXES


def _after_family_al(toks: list[Tok], k: int, j: int) -> bool:
    """Is token *j* a family name after "al-" / "Al" ("Turki Al al-Sheikh", "Turki al-Sheikh":
    the honorific word is the family's name, not a title)?"""
    p = j - 1
    if toks[p].text == "-":
        p -= 1
    return p > k and toks[p].key in ("al", "el")


# group and kin nouns an honorific family name qualifies ("the al-Sheikh family", "al-Sheikh
# family members", "the al-Sayyed clan"): the family, not one person of it (review45 #4)
_FAMILY_NOUNS = frozenset({"family", "families", "clan", "clans", "tribe", "tribes", "house",
                           "household", "dynasty", "members", "relatives", "brothers", "sons",
                           "descendants", "elders"})


def family_honorific(toks: list[Tok], k: int, lo: int) -> bool:
    """Is toks[*k*] an honorific written as a family name, glued to "al-" / "el-" before it
    and with no capitalised name word after it ("Later, al-Sheikh met ...", "al-Sayyed said":
    the family name of someone named in full, not the style of a name that follows;
    session 45)? Bounds-checked against *lo* (the sentence's first token). Not after "the" /
    "Al" ("the al-Sheikh family", "Abdulaziz Al al-Sheikh") nor before a group noun
    ("al-Sheikh family members"): a family, not one person (review45)."""
    if toks[k].key not in _EN_NAME_HONORIFICS or k - 2 < lo or toks[k - 1].text != "-" or \
            toks[k - 2].key not in ("al", "el") or toks[k - 1].start != toks[k - 2].end or \
            toks[k].start != toks[k - 1].end:
        return False
    if k - 3 >= lo and toks[k - 3].key in ("the", "al", "el"):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or nxt.punct or not nxt.cap and nxt.key not in _FAMILY_NOUNS


def said_before_name(toks: list[Tok], k: int, hi: int) -> bool:
    """Is "Said" at *k* (with *k* + 1 < *hi*) followed by a capitalised name word or by "al-"
    and one ("Said Hassan", "Said al-Khafaji")?"""
    nxt = toks[k + 1]
    if nxt.key in ("al", "el") and not nxt.cap:
        return k + 3 < hi and toks[k + 2].text == "-" and toks[k + 3].cap
    return nxt.cap and not nxt.punct and nxt.key not in L.EN_STOP and \
        nxt.key not in L.EN_NOT_NAME


def _said_inside(toks: list[Tok], j: int, hi: int) -> bool:
    """Is "Said" at *j* (after a capitalised name word) the middle of a name: followed by a
    capitalised name word ("Mustafa Said Qadir") or "al-" and one ("Ali Said al-Jaberi")?"""
    if j + 1 >= hi or toks[j - 1].punct or not toks[j - 1].cap:
        return False
    return said_before_name(toks, j, hi)


# words after which a capitalised "Said" is the verb of a Title Case headline ("Iran's Envoy
# Said to Visit Riyadh", "Minister Said That ..."), not a family name closing a name
_SAID_VERB_NEXT = frozenset({"to", "that", "it", "he", "she", "they", "on", "by"})


def _said_closing(toks: list[Tok], j: int, hi: int) -> bool:
    """Is "Said" at *j* (after a capitalised name word) the family name ending a name: last in
    the sentence, before punctuation or a lower-case word ("killed Said Hassan Said, a
    commander", "met Ahmed Said in Cairo", "Ahmed Said's visit")?"""
    prev = toks[j - 1]
    if prev.punct or not prev.cap or prev.poss or prev.key in L.EN_NOT_NAME:
        return False
    if toks[j].poss or j + 1 >= hi:
        return True
    nxt = toks[j + 1]
    if nxt.punct:
        return nxt.text in (",", ".", ")", ";", ":")
    return not nxt.cap and nxt.key not in _SAID_VERB_NEXT


# a romanised syllable (Korean given names: "hoon", "un", "myung", "gwon", "yeol"), and the
# English words of the same shape that follow a capitalised word and a hyphen ("Hamas-run")
_SYLLABLE = re.compile(r"(?:[bcdghjkmnprstwy]{0,3}[aeiouy]{1,3}(?:ng|[mnlk])?)$")
_NOT_SYLLABLE = frozenset({"run", "era", "day", "way", "year", "man", "men", "son", "in-law",
                           "like", "type", "style", "bound", "born"})


def _syllable_after_hyphen(toks: list[Tok], j: int) -> bool:
    """Whether the hyphen at *j* joins a short capitalised syllable and a lower-case one,
    written without spaces, inside a name run ("Kim Sung-min")."""
    a, b = toks[j - 1], toks[j + 1]
    return (a.cap and not a.punct and len(a.text) <= 5 and not b.cap and a.end == toks[j].start
            and toks[j].end == b.start and len(b.text) <= 5 and b.key not in _NOT_SYLLABLE
            and _SYLLABLE.match(b.key) is not None)


# the last words of person titles, singular and plural (their short forms, "Rep.", are
# sentence_ends.TITLE_ABBREV)
_TITLE_LAST = frozenset(w for t in L.EN_TITLES for w in t.split()[-1:]) | L.EN_TITLE_PLURALS


# the second lower-case word of a two-word family-name particle ("van der", "de la")
_SECOND_LINKS = frozenset({"der", "den", "de", "la", "las", "los", "le", "het", "ter"})


def title_just_before(toks: list[Tok], k: int) -> bool:
    """Is the word before toks[*k*] a person title ("Representative", "Senators", "Mayor",
    "Rep." ...), so that the capitalised run at *k* is a name and "of <Place>" after it
    is his place ("Representative Cory Mills of Florida"; session 45)?"""
    if k >= 2 and toks[k - 1].text == "." and toks[k - 2].key in TITLE_ABBREV:
        return True
    return k >= 1 and toks[k - 1].key in _TITLE_LAST and not toks[k - 1].punct


def _cap_run(doc: Doc, k: int, hi: int, lo: int) -> int:
    """End of a run of capitalised English words starting at *k* (in the sentence of tokens
    *lo* .. *hi*)."""
    toks = doc.toks
    j = k
    last_good = k
    while j < hi:
        t = toks[j]
        if t.ar:
            break
        if t.cap and not t.punct and j > k and t.key in L.EN_NOT_NAME and (
                t.key in L.EN_OUTLET_HEADS or t.key in L.EN_ORG_HEADS):
            j += 1  # "Sepah News", "Fars News Agency": the head ends the name
            last_good = j
            continue
        if j > k and len(t.text) == 1 and t.cap and j + 2 < hi and toks[j + 1].text == "." \
                and toks[j + 2].cap and not toks[j + 2].punct:
            j += 1  # the initial "A." / "I." (a stop word alone): "Christopher A. Wray"
            continue
        if t.cap and t.key in HEADLINE_VERBS_EN:
            break  # "Yemeni President Transfers Powers to ...": a Title Case headline verb
        if t.cap and not t.punct and (t.key not in L.EN_NOT_NAME or (
                j == k and family_honorific(toks, j, lo)) or (
                j > k + 1 and toks[j - 1].text == "-" and toks[j - 2].key in ("al", "el")) or (
                # ("Abu Abdul Rahman al-Iraqi": a word after "al-", even a nationality, is
                # the family name)
                j > k and t.key in _EN_NAME_HONORIFICS and (j + 1 < hi and toks[j + 1].cap
                                                            and not toks[j + 1].punct or
                                                            _after_family_al(toks, k, j) or
                                                            sheikh_closes_name(
                    toks, j, lambda w: _latin_first_name(doc, w))))):
            j += 1
            last_good = j
            if t.poss:
                break
            continue
        if t.text == "Sen" and j > k and not (j + 1 < hi and (
                toks[j + 1].cap or toks[j + 1].text == "." and j + 2 < hi and toks[j + 2].cap)):
            j += 1  # "Hun Sen", "Amartya Sen": a family name ends the run, no "Sen. X" title
            last_good = j
            break
        if t.text == "Said" and j - 2 > k and toks[j - 1].text == "Al" and \
                gulf_chain_before(toks, k, j - 1):
            j += 1  # "Faisal bin Turki Al Said": the (Omani) family after a "bin" chain
            last_good = j
            continue
        if t.text == "Said" and j > k and _said_inside(toks, j, hi):
            j += 1  # "Mustafa Said Qadir": the father's name Said inside a name, no verb
            last_good = j
            continue
        if t.key == "said" and t.text[:4] == "Said" and j > k and _said_closing(toks, j, hi):
            j += 1  # "Said Hassan Said, a commander", "met Ahmed Said in Cairo": the family
            last_good = j  # name Said ends the name (a verb "Said" is written so in Title Case)
            break
        if t.text == "." and j > k and len(toks[j - 1].text) == 1 and toks[j - 1].cap and \
                j + 1 < hi and toks[j + 1].cap and not toks[j + 1].punct:
            j += 1  # a middle initial: "Lloyd J. Austin"
            continue
        if t.text == "-" and j > k and j + 1 < hi and toks[j + 1].key in _HYPHEN_SUFFIXES and \
                not toks[j + 1].cap:
            j += 2  # "Mehdi Safari-zadeh", "Ali Pakpour-far": a Persian family name's suffix;
            # "Yunus-bek Yevkurov": a Caucasian given name's (the run goes on)
            last_good = j
            continue
        if t.text == "-" and j - 1 > k and j + 1 < hi and _syllable_after_hyphen(toks, j):
            j += 2  # "Park Ji-hoon", "Moon Jae-in": a romanised (Korean) given name's syllable
            last_good = j
            continue
        if t.text == "-" and j > k and toks[j - 1].key in ("al", "aal") and j + 2 < hi and \
                toks[j + 1].text == "e" and toks[j + 2].cap and not toks[j + 2].punct:
            j += 2  # "Al-e Hashem", "Aal-e Eshagh": the Persian "family of" particle
            continue
        if j > k and toks[j - 1].cap and article_inside(toks, j, hi):
            j += 2  # "Izz ad-Din Haddad", "Saif ul-Islam": a compound given name (hyphen_given_left)
            continue
        if j > k and t.key in ("van", "von", "de") and not t.cap and j + 2 < hi and \
                toks[j + 1].key in _SECOND_LINKS and not toks[j + 1].cap and \
                toks[j + 2].cap and not toks[j + 2].punct and toks[j - 1].cap:
            j += 2  # "Jan van der Berg", "Marc van den Broeck", "Ana de la Torre" (s45)
            continue
        if t.text == "-" and j > k and j + 1 < hi and toks[j - 1].end < t.start and \
                t.end < toks[j + 1].start:
            break  # "TEHRAN, June 13 Kyodo - Israeli airstrikes": a spaced dash parts the run
        if t.text == "-" or t.key in ("al", "el", "bin", "ibn", "abu", "abd", "of", "de", "van",
                                      "von", "bint") or t.key in L.EN_NAME_PARTICLES:
            if t.key == "of" and j - k >= 2 and (
                    _latin_first_name(doc, toks[k].key) or title_just_before(toks, k)) and \
                    all(toks[x].cap and not toks[x].punct for x in range(k, j)):
                break  # "Tim Kaine of Virginia", "Renad Mansour of Chatham House": his place
            if j + 1 < hi and (toks[j + 1].cap or toks[j + 1].text == "-"):
                j += 1
                continue
        break
    return last_good


# last words of English names of bodies (a capitalised run ending so is no person)
_EN_BODY_LAST = L.EN_ORG_HEADS | L.EN_MORE_ORG_HEADS | frozenset({
    "presidency", "staff", "judiciary", "court", "directorate", "secretariat",
    # portfolios and other bodies ("External Affairs Minister X", "the US Federal Reserve",
    # "Gazprom Neft", "the Arab League summit")
    "affairs", "reserve", "neft", "petroleum", "airways", "airlines", "corporation",
    "foundation", "institute", "university", "fund", "mission", "embassy", "consulate",
    "conference", "forum", "summit", "holdings", "industries",
    "office", "diwan",  # a seat: "received at the Ministry's General Diwan today Y" (s38)
    "decree", "order", "edict"})  # a ruler's act: "appointed by Royal Order" (session 69)

_EN_TIME_WORDS = L.EN_MONTHS | L.EN_WEEKDAYS | frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "ramadan", "english", "arabic", "persian", "farsi", "kurdish",
    "turkish", "hebrew", "french", "total", "particular", "addition", "general",
    "short", "fact", "response", "public", "private", "person", "power", "office", "exile"})


# honorifics that are also part of a name inside it ("Lahur Sheikh Jangi")
_EN_NAME_HONORIFICS = frozenset({"sheikh", "shaikh", "sayyid", "sayed", "seyed", "mullah",
                                 "sayyed", "seyyed",  # ("Jamil al-Sayyed", s45)
                                 "hojatoleslam", "hojjatoleslam", "hojatolislam"})

_LATIN_FIRST: dict[int, frozenset[str]] = {}


def latin_first_names(gaz: Gazetteer) -> frozenset[str]:
    """The usual Latin spellings (lower case) of the Arabic/Persian name words of *gaz*
    (names.yaml and the gazetteer's people), made once per gazetteer."""
    names = _LATIN_FIRST.get(id(gaz))
    if names is None:
        names = frozenset(v.lower() for v in gaz.ar_latin.values()) | GN.LATIN_ONLY
        _LATIN_FIRST[id(gaz)] = names
    return names


def _latin_first_name(doc: Doc, key: str) -> bool:
    """Whether *key* is the usual Latin spelling of an Arabic/Persian name word
    (names.yaml and the gazetteer's people)."""
    names = _LATIN_FIRST.get(id(doc.gaz))
    return key in (names if names is not None else latin_first_names(doc.gaz))
