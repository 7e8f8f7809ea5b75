"""One Latin spelling per name word for the ids of new people, whatever the script.

An Arabic name not in the gazetteer is transliterated with the usual Latin spellings of
``names.yaml`` and of the gazetteer's bilingual names (``Gazetteer.ar_latin``: حسين ->
Hussein, الموسوي -> al-Moussawi). An English article writes the same words its own way
("Hossein", "Husain", "al-Mousavi", "Abdullatif"). ``canonical_latin`` respells each word of
an English name that is a spelling of one of those words (same consonant skeleton, close
phonetic form) the way the Arabic side would, so that an Arabic and an English article
about the same new person, extracted and loaded separately, give one node
(``person:hussein-al-moussawi``). Words the table does not know are kept as written.

Two spelling habits are read as such (session 11): a doubled vowel letter before the last
consonant ("Naseer", "Rasheed", "Mahmood") writes a long vowel that the Arabic word must
have there too (نصير، رشيد، محمود: "Naseer" is no Nasser / ناصر, "Nazeer" no Nader), and a
final "-eh" is the Persian spelling of a final ة / ه ("Fatemeh" = فاطمة = Fatima, "Zadeh").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from loaders.extract import given_names as GN
from loaders.extract.gazetteer_spelling import _has_shin
from loaders.extract.pinyin_names import pinyin_name
from loaders.textnorm import fold_ar, fold_en, normalize, token_phonetic, token_skeleton

if TYPE_CHECKING:
    from loaders.extract.gazetteer import Gazetteer

_ABD = frozenset({"abd", "abdul", "abdel", "abdal", "abdol", "abdoul"})
_MIN_RATIO = 85.0
_VOWELS = frozenset("aeiouy")
_OPEN_VOWELS = "aeiou"  # a name opening with a vowel (not y: "Yasser")
_AWI = ("awi", "aoui", "avi", "aui")
_ABDULLAH = frozenset({"abdallah", "abdulla", "abdullah", "abdellah", "abdalla"})
_LONG_LATIN = (("ee", "i"), ("ii", "i"), ("oo", "u"))
_LONG_AR = {"ي": "i", "و": "u"}
_LAST_VOWELS = re.compile(r"([aeiouy]+)[^aeiouy]+$")
_AR_FINAL = ("ه", "ة", "ي", "ا")


def _key_form(low: str) -> str:
    """*low* as looked up: a final Persian "-eh" read as the vowel of ة ("fatemeh" ->
    "fatema", "zadeh" -> "zada")."""
    return low[:-2] + "a" if len(low) >= 5 and low.endswith("eh") else low


def _long_latin(low: str) -> str:
    """'i' / 'u' when a doubled vowel letter writes a long vowel before the last consonant
    ("naseer", "mahmood"), else ''."""
    m = _LAST_VOWELS.search(low)
    if m:
        for tail, vowel in _LONG_LATIN:
            if m.group(1).endswith(tail):
                return vowel
    return ""


def _long_ar(ar: str) -> str:
    """The long vowel letter before the last consonant of an Arabic name word, as 'i' / 'u'
    ("نصير" -> 'i', "محمود" -> 'u', "ناصر" -> '')."""
    w = ar[2:] if ar.startswith("ال") else ar
    if len(w) > 3 and w.endswith(_AR_FINAL):
        w = w[:-1]
    return _LONG_AR.get(w[-2], "") if len(w) >= 3 else ""


def _index(gaz: Gazetteer) -> dict[tuple[bool, str], list[tuple[str, str, set[str], bool]]]:
    """(with al-, skeleton) -> [(Latin spelling without al-, phonetic form, long vowels of
    the Arabic words it spells, ends in a vowel)], built once per gazetteer from what Arabic
    transliteration gives a word with and without the article (a final "-eh" also as ة)."""
    facts = gaz.token_facts
    idx = facts.get("latin_canon")
    if idx is not None:
        return idx
    known = gaz.ar_latin
    idx = {}

    def put(al: bool, latin: str, ar: str) -> None:
        bare = latin[3:] if latin.lower().startswith("al-") else latin
        if not bare or " " in bare or "-" in bare:
            return
        for form in dict.fromkeys((bare.lower(), _key_form(bare.lower()))):
            rows = idx.setdefault((al, token_skeleton(form)), [])
            for row in rows:
                if row[0].lower() == bare.lower():
                    row[2].add(_long_ar(ar))
                    break
            else:
                rows.append((bare, token_phonetic(form), {_long_ar(ar)}, form[-1] in _VOWELS))

    for ar, latin in known.items():
        if ar.startswith("ال"):
            put(True, latin, ar)  # الموسوي -> al-Moussawi
            continue
        put(False, latin, ar)  # موسوي -> Mousavi
        if ("ال" + ar) not in known:
            put(True, latin, ar)  # الموسوي written with the article: "al-" + Mousavi
    facts["latin_canon"] = idx
    return idx


def _canon_word(gaz: Gazetteer, word: str, al: bool) -> str:
    """The usual Latin spelling of one name word (without its al-), else *word*; a final
    "-eh" is read as written first ("Saleh" = Salih), then as ة ("Fatemeh" = Fatima)."""
    if not word.isascii():
        # letters with marks are looked up plain ("Doğan" as "Dogan": the skeleton has no ğ,
        # and "Doğan" was respelt "Dan"; session 61)
        plain = fold_en(word)
        word = plain[:1].upper() + plain[1:] if word[:1].isupper() else plain
    low = word.lower()
    if len(low) < 3 or not low.isalpha():
        return word
    form = _key_form(low)
    if form != low:
        # the Persian "-eh" of a usual spelling wins over a near spelling of the word as
        # written ("Hamzeh" is Hamza / حمزة, not Hamadeh / حمادة)
        rows = _index(gaz).get((al, token_skeleton(form))) or ()
        exact = next((b for b, *_r in rows if b.lower() == form), None)
        if exact is not None:
            return exact
    out = _respell(gaz, word, low, al)
    if out is word and form != low:
        out = _respell(gaz, word, form, al)
    return out


def _respell(gaz: Gazetteer, word: str, form: str, al: bool) -> str:
    """``_canon_word`` of *word* looked up as *form* (lower case)."""
    low = word.lower()
    rows = _index(gaz).get((al, token_skeleton(form)))
    if not rows:
        return word
    if any(b.lower() == low for b, *_r in rows):
        # already a usual spelling: keep it unless the article form has another one
        return next(b for b, *_r in rows if b.lower() == low)
    ph = token_phonetic(form)
    end = form[-1] in _VOWELS
    long = _long_latin(low)
    # (a long vowel written out must be the Arabic word's: "Naseer" is no Nasser)
    # (a final vowel is kept apart: "Mohamad" is no "Mohammadi")
    awi = low.endswith(_AWI)
    # (and the -awi nisba: "al-Husseinawi" is no "al-Husseini", w drops out of skeletons)
    opens = low[:1] in _OPEN_VOWELS
    # (and the opening, a vowel or not: "Aliyev" is no "Lew", "Ilham" no "Lham")
    beats = _beats(form)
    has_c = "c" in low  # (a "c" of no "ch" spells a foreign name: "Karky" is no Garcia)
    shin = _has_shin(low)  # (and ش is no س: "Shaimaa" is no Sameh, the skeletons meet; s71)
    # (and no syllable added: "Hanna" is no "Haniyeh" / هنية, its nn no "niy")
    scored = sorted(((fuzz.ratio(ph, p), b, not long or long in longs)
                     for b, p, longs, b_end in rows
                     if b_end == end and b.lower().endswith(_AWI) == awi and
                     (b[:1].lower() in _OPEN_VOWELS) == opens and
                     _beats(_key_form(b.lower())) <= beats and
                     _has_shin(b.lower()) == shin and
                     (has_c or not _BARE_C.search(b.lower()))), reverse=True)
    fit = [(r, b) for r, b, ok in scored if ok]
    if not fit:
        return word
    best, spelling = fit[0]
    if best < _MIN_RATIO:
        return word
    tied = sorted({b for r, b, _ok in scored if r == best})
    if len(tied) > 1:
        return _given_of_tie(gaz, low, tied, word) if best == 100.0 and not al else word
    return spelling


_VOWEL_RUN = re.compile(r"[aeiou]+")
_BARE_C = re.compile(r"c(?!h)")


def _beats(low: str) -> int:
    """Vowel groups of a lower-case Latin word (y a consonant but at the end, "Talabany"):
    "hanna" 2, "haniya" 3."""
    return len(_VOWEL_RUN.findall(low[:-1] + "i" if low[-1:] == "y" else low))


def _given_of_tie(gaz: Gazetteer, low: str, tied: list[str], word: str) -> str:
    """Of usual spellings that sound exactly like *low*, the one of a usual given name when
    it is also the closest letter by letter ("said" is Saeed / سعيد, not Sayyed / سيد;
    "sayed" stays as written), else *word*. A foreign given name sounding the same is no
    rival of an Arabic one: "Kassim" is Qasem / قاسم, not the Nigerian "Kashim"."""
    ranked = sorted(((fuzz.ratio(low, b.lower()), b) for b in tied), reverse=True)
    top, spelling = ranked[0]
    if ranked[1][0] == top or spelling.lower() not in _given_spellings(gaz):
        return word
    if spelling.lower() in GN.FOREIGN_LATIN and low not in GN.FOREIGN_LATIN:
        arab = [b for b in tied if b.lower() not in GN.FOREIGN_LATIN]
        if len(arab) == 1 and arab[0].lower() in _given_spellings(gaz):
            return arab[0]
    return spelling


def _given_spellings(gaz: Gazetteer) -> frozenset[str]:
    """The Latin spellings (lower case) of the usual given names of ``given_names.yaml``
    (سعيد -> "saeed"), built once per gazetteer."""
    facts = gaz.token_facts
    out = facts.get("latin_given")
    if out is None:
        known = gaz.ar_latin
        out = facts["latin_given"] = frozenset(
            known[a].lower() for a in sorted(GN.ALL) if a in known)
    return out


def canonical_word(gaz: Gazetteer, word: str) -> str:
    """The usual Latin spelling of one name word written without an article."""
    return _canon_word(gaz, word, False)


def canonical_latin(gaz: Gazetteer, name: str) -> str:
    """*name* (Latin script) with each name word respelt as Arabic transliteration would
    write it: "Hossein al-Mousavi" -> "Hussein al-Moussawi", "Abdullatif al-Zayani" ->
    "Abdul-Latif al-Zayani" (Zayani: not in the table, kept)."""
    if fold_ar(name) != name and any("\u0600" <= c <= "\u06ff" for c in name):
        return name  # Arabic: transliterated elsewhere
    if _foreign_first(name) or pinyin_name(name):
        return name  # "Mauricio Macri" is no Makary, "Javier Milei" no Milley, "Han Zheng"
        # no Han Deng (pinyin_names)
    out: list[str] = []
    words = name.split()
    i = 0
    while i < len(words):
        w = words[i]
        low = w.lower()
        head, sep, rest = low.partition("-")
        if head in ("al", "el") and sep and rest:
            out.append("al-" + _canon_word(gaz, w[len(head) + 1:], True))
        elif low in ("al", "el") and i + 1 < len(words):
            out.append("al-" + _canon_word(gaz, words[i + 1], True))  # "Al Zayani"
            i += 1
        elif low in _ABD and i + 1 < len(words):
            nxt = words[i + 1]
            nxt = nxt[3:] if nxt.lower().startswith(("al-", "el-", "ul-")) else nxt
            out.append(_abdul(gaz, nxt))  # "Abdel Latif", "Abd al-Karim"
            i += 1
        elif head in _ABD and sep and rest:
            tail = w[len(head) + 1:]
            tail = tail[3:] if tail.lower().startswith(("al-", "el-")) else tail
            out.append(_abdul(gaz, tail))  # "Abdul-Latif", "Abd-al-Karim"
        elif low in _ABDULLAH:
            out.append("Abdullah")
        elif low.startswith(("abdul", "abdel")) and len(low) > 7:
            out.append(_abdul(gaz, w[5:]))  # "Abdullatif", "Abdelkarim"
        else:
            c = _canon_word(gaz, w, False)
            out.append(w if i and c.lower() != low and c.lower() in GN.FOREIGN_LATIN else c)
            # (a later word is no foreign given name: "Kristalina Georgieva" keeps its
            # surname, no "Giorgia"; s57)
        i += 1
    return " ".join(out)


def _abdul(gaz: Gazetteer, word: str) -> str:
    """"Abdul-" + the usual spelling of the divine name after it, as Arabic gives عبد X."""
    if word.lower() in ("lah", "llah", "allah", "alla", "ullah", "la", "ah"):
        return "Abdullah"
    c = _canon_word(gaz, word, False)
    return "Abdul-" + c[:1].upper() + c[1:]


def _foreign_first(name: str) -> bool:
    """Does *name* open with a given name of another culture (``foreign_given_names.yaml``:
    "Gustavo", "Volodymyr", "Nicolás")? Its other words are no Arabic words to respell."""
    words = name.split()
    if len(words) < 2:
        return False
    first = words[0].lower()
    return first in GN.FOREIGN_LATIN or (not first.isascii() and
                                         normalize(first) in GN.FOREIGN_LATIN) or \
        not _EU_PARTICLES.isdisjoint(words[1:-1])  # "Jeroen van der Veer", "Ulrich von X"


# lowercase particles inside European names (no Arabic name word is written so): the name
# keeps its spelling ("van" is no Kurdish "Vian", "Schwerin" no "Shirin")
_EU_PARTICLES = frozenset({"van", "von", "der", "den", "de", "du", "della", "di", "ter", "ten",
                           "zu", "vom", "dos", "das", "da"})
