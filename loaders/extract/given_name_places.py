"""A place name that is also a usual given name, written as the first name of a person:
"Sadrist MP Riyadh al-Masoudi", "النائب رياض المسعودي" are a man named Riyadh, not the Saudi
capital (which Arabic writes with the article, «الرياض»); so are «رئيس الوزراء رياض حجاب»,
«وصل رياض حجاب» (the bare given name before a family name without the article).
``given_name_before_family`` tells the known-name step to leave such a one-word place match to
the name and title steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.arabic_name_words import _ar_name_word

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_EN_AL = frozenset({"al", "el"})


def given_name_before_family(doc: Doc, lo: int, hi: int, shi: int) -> bool:
    """Is the one-token place match ``toks[lo:hi]`` a usual given name followed by a family
    name (the sentence ends at *shi*): English "Riyadh al-Masoudi" / "Riyadh Al-Masoudi" (a capitalised word after
    al-/el-), Arabic «رياض المسعودي», «رياض حجاب» (the bare given name, no article nor proclitic,
    then a name word with no proclitic, with or without the article)?"""
    toks = doc.toks
    t = toks[lo]
    if hi >= shi or not (doc.gaz.is_given_name(t.key) or (
            not t.ar and doc.gaz.latin_given(t.key) is not None)):
        return False  # (a usual given name in another spelling: "Qassim al-Arajy", not
        # the Saudi province)
    nxt = toks[hi]
    if not t.ar:
        return hi + 2 < shi and t.cap and nxt.key in _EN_AL and toks[hi + 1].text == "-" and \
            toks[hi + 2].cap and not toks[hi + 2].ar
    if t.key.startswith("ال") or t.stems[0][0] != 0 or len(t.stems) > 1:
        return False  # «الرياض», «والرياض», «ورياض»: the city (or a clitic reading)
    return nxt.ar and nxt.stems[0][0] == 0 and _ar_name_word(doc, nxt, False)
