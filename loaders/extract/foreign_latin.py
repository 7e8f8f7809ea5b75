"""Latin spelling of the words of a foreign name written in Arabic script (session 21).

``transliterate_ar`` romanises a word as Arabic names are romanised: و / ي as u / i, غ as
gh, an "a" between two consonants ("زيلينسكي" -> Zilinsaki, "مادورو" -> Maduru). A name that
another language lent to Arabic (a Slavic, Spanish, African, Japanese name: its given name is
in ``foreign_given_names.yaml`` or one of its words has a foreign shape) is spelt back as
that language's Latin spelling usually is, so that the Arabic article's id is the English
article's more often ("زيلينسكي" -> Zelensky, "مادورو" -> Maduro, "كوباخيدزه" -> Kobakhidze):

* surname endings as Latin writes them (ـوف -ov, ـيف -ev, ـسكي -sky, ـينكو -enko, ـوفيتش
  -ovich, ـشفيلي -shvili, ـيدزه -idze, ـيان -yan, أوغلو -oglu, ـبرغ -berg);
* an opening أو / إي / إ as o / i / e; غ as g, تش as ch, ق as k; a final و / ي as o / i, a
  final ه after a consonant as e; an "e" before a final r / l / n / m after a consonant
  ("ستارمر" -> Starmer) and after a first consonant that opens no Latin word with the next
  ("رستم" -> Restem, not "fr" or "st", which open Latin words); no other vowel added.
"""

from __future__ import annotations

import re

from loaders.extract import given_names as GN
from loaders.extract.foreign_names_ar import foreign_shaped
from loaders.textnorm import fold_ar, transliterate_ar

# Arabic ending (hamzas folded) -> Latin ending, longest first
_ENDINGS = (
    ("وفيتش", "ovich"), ("يفيتش", "evich"), ("فيتش", "vich"), ("شفيلي", "shvili"),
    ("سكايا", "skaya"), ("تسكي", "tsky"), ("سكي", "sky"), ("يدزه", "idze"), ("ادزه", "adze"),
    ("ينكو", "enko"), ("اوغلو", "oglu"), ("اييف", "ayev"), ("ييف", "yev"), ("وفا", "ova"),
    ("يفا", "eva"), ("وف", "ov"), ("يف", "ev"), ("يان", "yan"), ("بيرغ", "berg"),
    ("برغ", "berg"), ("بورغ", "burg"), ("يتش", "ich"), ("تش", "ch"),
)
_CONS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "z",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
    "پ": "p", "ڤ": "v", "گ": "g", "چ": "ch",
}
_SILENT = frozenset("عء")
_HAMZA_ALEF = frozenset("أإآ")
_VOWEL_LETTERS = frozenset("اويى")
_HARAKAT = re.compile("[\u064B-\u0652\u0640]")
_LIQUIDS = ("r", "l", "n", "m")
_STOPS = frozenset({"b", "p", "d", "t", "k", "g", "f", "kh", "th", "v"})
_ONSETS = frozenset({"dm", "mb", "nd", "ng", "mn", "nj", "nk", "ts", "kn", "gn"})
_W_MID, _Y_MID = "u", "i"


def _onset(c1: str, c2: str) -> bool:
    """Can the consonants *c1* *c2* open a word ("fr", "st", "dm", "ng"), no vowel between?"""
    return (c2 in ("r", "l", "w", "y") and c1 in _STOPS) or c1 in ("s", "sh", "z", "ch") or \
        c1 + c2 in _ONSETS


def _opening(w: str) -> tuple[str, int]:
    """The Latin of an opening hamza seat and the letters it takes: أو o, إي / أي i, آ a,
    أ a, إ e ("أورتيغا"، "إيشيبا"، "إدموندو")."""
    if w[:1] not in _HAMZA_ALEF and w[:1] != "ا":
        return "", 0
    nxt = w[1:2]
    if nxt == "و":
        return "o", 2
    if nxt == "ي":
        return "i", 2
    return ("e" if w[0] == "إ" else "a"), 1


def foreign_latin(word: str) -> str:
    """The Latin spelling of one foreign name word written in Arabic ("مادورو" -> "Maduro",
    "زيلينسكي" -> "Zilinsky", "كوباخيدزه" -> "Kubakhidze", "ستارمر" -> "Starmer")."""
    w = _HARAKAT.sub("", word)
    if not w:
        return word
    tail = ""
    folded = w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
    for ar, lat in _ENDINGS:
        if folded.endswith(ar) and len(w) - len(ar) >= 2:
            w, tail = w[:-len(ar)], lat
            break
    head, i = _opening(w)
    out: list[str] = [head] if head else []
    n = len(w)
    while i < n:
        ch = w[i]
        last = i == n - 1 and not tail
        after_vowel = not out or out[-1][-1:] in "aeiouy"
        if w.startswith("تش", i):
            out.append("ch")
            i += 2
            continue
        if w.startswith("ائي", i):
            out.append("ai")  # "ميخائيل", "رافائيل"
            i += 3
            continue
        if ch in ("ا", "أ", "إ", "آ"):
            if not (i and w[i - 1] == "ا"):
                out.append("a")
        elif ch == "و":
            nxt_vowel = i + 1 < n and w[i + 1] in _VOWEL_LETTERS
            out.append("w" if after_vowel and (nxt_vowel or not last) or
                       (i == 0 and nxt_vowel) else "u" if nxt_vowel else "o" if last else _W_MID)
        elif ch == "ي":
            nxt_vowel = i + 1 < n and w[i + 1] in _VOWEL_LETTERS
            out.append("y" if (after_vowel or i == 0) and (nxt_vowel or not last) else
                       "i" if last or nxt_vowel else _Y_MID)
        elif ch == "ة":
            out.append("a")
        elif ch == "ه" and last and not after_vowel:
            out.append("e")  # "روته", "ستوره"
        elif ch == "ى":
            out.append("a")
        elif ch in ("ئ", "ؤ"):
            out.append("e" if ch == "ئ" else "u")
        elif ch in _SILENT:
            pass
        else:
            lat = _CONS.get(ch, ch if ch.isascii() and ch.isalnum() else "")
            if lat in _LIQUIDS and last and out and not after_vowel and len(out) > 1:
                out.append("e")  # "ستارمر" Starmer, "نيهامر" Nehammer
            out.append(lat)
        i += 1
    if len(out) >= 2 and not head and out[0] not in "aeiouy" and out[1] not in "aeiouy" \
            and not _onset(out[0], out[1]):
        out.insert(1, "e")  # "فرنانديز" Fernandez, "برناردو" Bernardo: an unwritten vowel
    latin = "".join(out) + tail
    return latin[:1].upper() + latin[1:] if latin else word


def foreign_words(words: list[str]) -> bool:
    """Is the Arabic name of *words* (as written) a foreign one: a word of it a given name
    of ``foreign_given_names.yaml`` or of a foreign shape (``foreign_shaped``)?"""
    for w in words:
        key = fold_ar(w).replace("اا", "ا")
        if key in GN.FOREIGN or foreign_shaped(key, _HARAKAT.sub("", w)):
            return True
    return False


def name_word_latin(word: str, known: dict[str, str], foreign: bool) -> str:
    """The Latin of one word of an Arabic name: its usual spelling when *known* has it, else
    ``foreign_latin`` in a foreign name (*foreign*), else ``transliterate_ar``."""
    if _HARAKAT.sub("", word) == GN.ALAN:
        return "Alan"  # (its folded key is the adverb الآن's: not in names.yaml)
    if foreign:
        w0 = fold_ar(word)
        if w0 not in known and w0.replace("اا", "ا") not in known and \
                not w0.startswith("ال"):
            return foreign_latin(word)
    return transliterate_ar(word, known)
