"""Two Arabic word orders of a killing with more words between its parts (session 52).

- «لكن X نفسه قُتل بعد أيام في غارة إسرائيلية»: a word of emphasis or addition between the
  subject and its passive killing verb ("نفسه"، "بدوره"، "أيضاً"، "هو الآخر") keeps the
  subject the victim, as with no word between;
- «قتلت غارة إسرائيلية في آب رئيس حكومة الحوثيين X» / «قتلت غارة إسرائيلية العالم النووي X»:
  a strike noun right after the active verb is its subject; the victim may stand past a date
  or a description the titles do not know (up to seven words on, no punctuation), or past
  the place it hit after the strike's nationality («قتلت ضربة أمريكية شرقي بغداد X»,
  session 56)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_SELF_WORDS = L._ar("نفسه", "نفسها", "ذاته", "ذاتها", "بدوره", "بدورها", "أيضاً", "أيضا",
                       "ايضا", "كذلك")
_AR_HE_SHE = L._ar("هو", "هي")
_AR_OTHER = L._ar("الآخر", "الاخر", "الأخرى", "الاخري")


def self_word_between_ar(sr: Any, hi: int, t: int) -> bool:
    """Only "نفسه" / "بدوره" / "أيضاً" / "هو الآخر" between a subject ending at *hi* and its
    verb at *t* ("لكن شادماني نفسه قُتل بعد أيام في غارة إسرائيلية")."""
    if t - hi == 1:
        return sr.key(hi) in _AR_SELF_WORDS
    return t - hi == 2 and sr.key(hi) in _AR_HE_SHE and sr.key(hi + 1) in _AR_OTHER


# a unit of a country's forces as the subject of a killing: "قتلت قوة أمريكية خاصة X",
# "اغتالت وحدة إسرائيلية X" (session 53)
_AR_UNITS = L._ar("قوة", "وحدة", "فرقة", "دورية", "خلية")
_AR_UNIT_ADJ = L._ar("خاصة", "خاص", "مستعربة", "عسكرية", "مشتركة", "راجلة", "كوماندوز",
                     "كوماندوس", "مغاوير", "نخبة", "بحرية", "جوية")  # ("قوة كوماندوز أمريكية")


def national_unit_ar(sr: Any, x: int) -> str | None:
    """The country of the unit noun at *x* told by the nationality right after it ("قوة
    أمريكية (خاصة)"); None when *x* is no unit noun or no nationality follows."""
    if x >= sr.hi or not sr.f(x) & _AR_UNITS or x + 1 >= sr.hi or sr.toks[x + 1].punct:
        return None
    if sr.f(x + 1) & _AR_UNIT_ADJ and x + 2 < sr.hi:
        return sr.nat_agent(x + 1, x + 3)  # "قوة خاصة إسرائيلية" (session 54)
    return sr.nat_agent(x + 1, x + 2)


def strike_subject_victim_ar(sr: Any, t: int) -> Any:
    """The person killed by the active verb at *t* whose subject is the strike noun (or a
    country's unit: "قتلت قوة أمريكية خاصة زعيم تنظيم داعش X") right after it, at most
    seven words on with no punctuation between and no one else named there (a body in the
    victim's title may be); else None."""
    if t + 1 >= sr.hi or not (sr.f(t + 1) & L.AR_STRIKE or national_unit_ar(sr, t + 1)):
        return None
    m = sr.after(t + 2, types=("Person",), maxgap=6)
    if m is None:
        m = _among_them(sr, t)
        return m
    for y in range(t + 2, m.lo):
        o = sr.mention_at.get(y)
        if sr.toks[y].punct or (o is not None and o is not m and not o.in_title and
                                not _place_after_nationality(sr, t, o)):
            return None
    return m


# what opens the place of a strike: "قتلت ضربة أمريكية شرقي بغداد X", "غارة إسرائيلية على
# (بلدة) Y" (session 56)
_AR_PLACE_WORDS = L._ar("في", "على", "قرب", "وسط", "شرقي", "غربي", "شمالي", "جنوبي", "شرق",
                        "غرب", "شمال", "جنوب", "بلدة", "مدينة", "منطقة", "ضاحية")


def _place_after_nationality(sr: Any, t: int, o: Any) -> bool:
    """Is the mention *o* a place the strike of the verb at *t* hit, named after the
    strike's nationality ("ضربة أمريكية شرقي بغداد"): a place word right before it (or the
    proclitic ب) and a nationality between the verb and that word?"""
    if o.etype not in ("Location", "Country"):
        return False
    lo = o.tlo if 0 <= o.tlo < o.lo else o.lo
    if not (sr.f(lo - 1) & _AR_PLACE_WORDS or o.prefix.lstrip("و")[:1] == "ب"):
        return False
    return sr.nat_agent(t + 1, lo - 1) is not None


_AR_AMONG = L._ar("بينهم", "بينهما", "بينهن")


def _among_them(sr: Any, t: int) -> Any:
    """"قتلت قوة إسرائيلية خاصة ثلاثة شبان في جنين، (من) بينهم Y": Y, the first person after
    "، (من) بينهم" within the clause of the verb at *t* (no other person, no other mark
    before it); else None (session 54)."""
    for y in range(t + 2, min(sr.hi - 2, t + 14)):
        if y in sr.mention_at and sr.mention_at[y].etype == "Person":
            return None
        if sr.toks[y].text in ("،", ","):
            z = y + 1 + (sr.key(y + 1) == "من")
            if not sr.f(z) & _AR_AMONG:
                return None
            m = sr.after(z + 1, types=("Person",), maxgap=2)
            return m if m is not None and not any(
                sr.toks[w].punct for w in range(z + 1, m.lo)) else None
        if sr.toks[y].punct:
            return None
    return None
