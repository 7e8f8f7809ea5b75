"""Arabic: a family name that is also a title word, inside a name (session 68, retrain68b).

«التقى المحافظ عوض الوزير العولقي» is "he met the governor Awad al-Wazir al-Awlaki": «الوزير»
(the minister) is a Yemeni family name there (the house of Ibn al-Wazir), as «القاضي» (the
judge) and «الأمير» (the prince) are elsewhere («محمد القاضي الحارثي»). Read so when the title
word stands right after a usual given name and before an al- family name by its shape (a
nisba: العولقي، الحارثي; ``arabic_name_words.family_shaped``), so the name runs on to it and
the article's later «والعولقي» is that person. Not a nationality or a qualifier after the
title word («محمد الوزير اليمني»، «علي الوزير السابق»: the given name alone, then his title),
nor a title word after two name words («عوض سالم الوزير العولقي» is left as it was).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_name_words import family_shaped

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

# title words that are also family names (al-Wazir, al-Qadi, al-Amir, al-Sayyid is read apart)
_AR_TITLE_FAMILIES = L._ar("الوزير", "القاضي", "الأمير", "الامير", "السفير", "الحاكم")


def title_word_family_name(doc: Doc, k: int, j: int, hi: int) -> bool:
    """Is the word at *j*, right after the usual given name at *k* (``j == k + 1``), a title
    word that is a family name here, the al- nisba at *j* + 1 (before *hi*) ending the name?"""
    toks = doc.toks
    if j != k + 1 or j + 1 >= hi or toks[j].key not in _AR_TITLE_FAMILIES or \
            toks[k].key not in GN.ALL:
        return False
    nx = toks[j + 1]
    return nx.ar and not nx.punct and family_shaped(nx.key) and \
        nx.key not in L.AR_QUALIFIERS and nx.key not in L.AR_TITLES
