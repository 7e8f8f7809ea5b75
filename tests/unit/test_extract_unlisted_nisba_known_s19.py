"""A title, an adjective of nationality the lexicon lacks, then a person the gazetteer knows
(session 19, ``title_extent_ar.unlisted_nisba``): "الرئيس الأذربيجاني إلهام علييف" is Aliyev's title, not
a description standing for the president named before. Our own sentences.

- Arabic: "وعقد X لقاءات مع الرئيس الأذربيجاني إلهام علييف" -> X met Aliyev (not the earlier
  president again); English "Azerbaijani President Ilham Aliyev" reads the same;
- Negative: the title and adjective with no name after them name nobody new.
"""

import pytest

from tests.extract_support import MW, assert_relations

ERDOGAN, SHARAA, ALIYEV = ("person:recep-tayyip-erdogan", "person:ahmed-al-sharaa",
                           "person:ilham-aliyev")

# (name, lang, text, must, must_not)
CASES = [
 ("ar_known_after_nisba", "ar", "التقى الرئيس التركي رجب طيب أردوغان نظيره السوري أحمد الشرع. وعقد "
  "الشرع لقاءات مع الرئيس الأذربيجاني إلهام علييف.", [MW(SHARAA, ALIYEV), MW(SHARAA, ERDOGAN)], []),
 ("en_known_after_nisba", "en", "Turkish President Recep Tayyip Erdogan met Syrian President Ahmed "
  "al-Sharaa. Sharaa also held talks with Azerbaijani President Ilham Aliyev.",
  [MW(SHARAA, ALIYEV)], []),
 ("ar_no_name", "ar", "التقى الرئيس التركي رجب طيب أردوغان نظيره السوري أحمد الشرع. وأشاد الرئيس "
  "الأذربيجاني بالاتفاق.", [MW(SHARAA, ERDOGAN)], [MW(SHARAA, ALIYEV), MW(ERDOGAN, ALIYEV)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_unlisted_nisba_known(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
