"""The rest of a known person's Gulf name chain after a shorter alias (session 12).

Gulf rulers and ministers are named with a chain of their forebears and the dynasty:
"Sheikh Meshal al-Ahmad al-Jaber al-Sabah", "Sheikh Mohammad Sabah al-Salem al-Sabah",
"الشيخ مشعل الأحمد الجابر الصباح". When the gazetteer's longest match stops early
("Sheikh Meshal al-Ahmad"), the "al-" words after it that are words of the same person's
name ("al-Jaber al-Sabah") belong to that mention: never a new person "Jaber al-Sabah", and
never the next person's ("... al-Salem" + "al-Sabah" is not the emir named before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.textnorm import normalize, strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.gazetteer import Gazetteer
    from loaders.extract.mentions import Doc

_WORDS: dict[tuple[int, str], frozenset[str]] = {}  # (id(gazetteer), id) -> name words


def _name_words(gaz: Gazetteer, eid: str) -> frozenset[str]:
    """The words of every name of *eid* without their article, folded ("jaber", "sabah",
    "الجابر" -> "جابر")."""
    key = (id(gaz), eid)
    hit = _WORDS.get(key)
    if hit is None:
        e = gaz.entries.get(eid)
        words: set[str] = set()
        if e is not None:
            for name in e.all_names():
                for w in normalize(name).replace("-", " ").split():
                    if w not in ("al", "el"):
                        words.add(strip_article_ar(w))
        if len(_WORDS) > 50_000:
            _WORDS.clear()
        hit = _WORDS[key] = frozenset(words)
    return hit


def family_tail_end(doc: Doc, eid: str, hi: int, s_hi: int) -> int:
    """End of the "al-X" words from token *hi* that are words of *eid*'s names ("al-Jaber
    al-Sabah" after "Sheikh Meshal al-Ahmad"; "الجابر الصباح"); *hi* when there are none."""
    toks = doc.toks
    j = hi
    words: frozenset[str] | None = None
    while j < s_hi:
        t = toks[j]
        if t.ar and t.key == "ال":  # "آل نهيان" (the dynasty, two words): both or neither
            if j + 1 >= s_hi or not toks[j + 1].ar:
                break
            nxt, word = j + 2, toks[j + 1].key
        elif t.ar:
            if not t.key.startswith("ال"):
                break
            nxt, word = j + 1, strip_article_ar(t.key)
        elif t.key in ("al", "el") and j + 2 < s_hi and toks[j + 1].text == "-":
            nxt, word = j + 3, toks[j + 2].key  # "al-Sabah"
        elif t.key == "al" and t.cap and j + 1 < s_hi and toks[j + 1].cap:
            nxt, word = j + 2, toks[j + 1].key  # "Al Sabah"
        else:
            break
        if words is None:
            words = _name_words(doc.gaz, eid)
        if word not in words and not (t.key == "ال" and toks[j - 2].key in ("بن", "ابن")):
            break  # ("طحنون بن زايد آل نهيان": the dynasty after his father's name, always his)
        j = nxt
    return j


def other_bin_after(doc: Doc, eid: str, hi: int, s_hi: int) -> bool:
    """English: "bin Z" follows a known person's name at *hi* and Z is no word of *eid*'s
    names ("Mohammed bin Abdulrahman bin Abdulaziz" after the name of Mohammed bin
    Abdulrahman Al Thani): a longer chain, someone else."""
    toks = doc.toks
    if hi + 1 >= s_hi or toks[hi].key not in ("bin", "ibn"):
        return False
    t = toks[hi + 1]
    return t.cap and not t.ar and not t.punct and t.key not in _name_words(doc.gaz, eid) and \
        not _bare_father_chain(doc.gaz, eid)


_BINS = frozenset({"bin", "ibn", "بن"})
_DYNASTY = frozenset({"al", "آل"})


def grandfather_end(doc: Doc, eid: str, hi: int, s_hi: int) -> int:
    """The end of "bin Z (Al W)" after the name of a known son of a father with no dynasty
    ("الأمير فيصل بن فرحان بن عبدالله"، "Khalid bin Salman bin Abdulaziz Al Saud": his
    grandfather's name, the chain state agencies write; session 53), else *hi*. A chain that
    ends in the person's own dynasty («... بن جاسم آل ثاني») is read after the mentions by
    ``bin_chain_after_ar``."""
    toks = doc.toks
    if hi + 1 >= s_hi or toks[hi].key not in _BINS or not _bare_father_chain(doc.gaz, eid):
        return hi
    t = toks[hi + 1]
    if t.punct or not (t.ar or t.cap) or t.key in _BINS:
        return hi
    end = hi + 2
    if end + 1 < s_hi and toks[end].key in _DYNASTY and not toks[end + 1].punct and (
            toks[end + 1].ar or toks[end + 1].cap):
        end += 2  # "... بن عبدالعزيز آل سعود"
    return end


def _bare_father_chain(gaz: Gazetteer, eid: str) -> bool:
    """Is *eid*'s own name a given name and his father's with no dynasty ("Khalid bin Salman",
    "Faisal bin Farhan")? Then "bin Z" after it is his grandfather's name, as state news
    agencies write it ("Prince Khalid bin Salman bin Abdulaziz"): still him. A name with a
    dynasty ("Mohammed bin Abdulrahman Al Thani") followed by another "bin Z" is someone
    else."""
    e = gaz.entries.get(eid)
    if e is None:
        return False
    words = e.name.split()
    return len(words) == 3 and words[1].lower() in ("bin", "ibn")
