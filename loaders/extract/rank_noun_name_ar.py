"""Arabic: a rank noun that is also a given name, before a title, heads that title: no name.

«التقى عضو مجلس السيادة الانتقالي مساعد القائد العام الفريق أول ركن ياسر العطا حاكم إقليم دارفور
مني أركو مناوي»: «مساعد» ("assistant of") is also the given name Musaed, so the holder of the
first title was read as a new person "Musaed", met by al-Atta in place of Minawi. A lone noun of
rank («مساعد»، «معاون»، «مساعدة») in construct with a title after it («مساعد القائد العام»،
«مساعد رئيس الجمهورية»، «معاون وزير الخارجية») is the first word of a second title of the man
named after it, never his name on its own (``title_holders._named_holder`` then leaves the first
title to the name that follows)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.tokens import Tok

_AR_RANK_NOUNS = L._ar("مساعد", "معاون", "مساعدة", "معاونة")


def rank_noun_before_title(toks: list[Tok], k: int, hi: int) -> bool:
    """Is the word at *k* a rank noun («مساعد») with a title after it («القائد»، «رئيس»)?"""
    if k + 1 >= hi or toks[k].key not in _AR_RANK_NOUNS:
        return False
    nxt = toks[k + 1]
    return nxt.ar and (nxt.key in L.AR_TITLES or any(st in L.AR_TITLES for _o, st in nxt.stems))
