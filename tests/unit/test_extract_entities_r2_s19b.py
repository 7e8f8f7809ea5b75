"""Session 19, second round (entities behind missed core relations). Our own sentences, not
taken from any dev set.

- ``kill_victim_title_ar``: "قُتل مؤسس حركة X وزعيمها Y": the group after a title word is the
  victim's, not the killer (no VSO "X killed Y"). Negative: "قتل جنود إسرائيليون زعيم حماس Y"
  (a real subject before the title) keeps its killer.
- ``tokens._bullet_language``: a list item "- أبو X الY: ..." / "- 2019: ..." is read as Arabic
  (its names are found). Negative: an English item stays English.
"""

import pytest

from tests.extract_support import AB, assert_relations

YASSIN, HAMAS, SINWAR = "person:ahmed-yassin", "organization:hamas", "person:yahya-sinwar"
IDF = "organization:israel-defense-forces"
BIN_LADEN, QAEDA = "person:osama-bin-laden", "organization:al-qaeda"

# (name, lang, text, must, must_not)
CASES = [
 ("ar_founder_group", "ar", "قُتل مؤسس حركة حماس وزعيمها أحمد ياسين بصاروخ في غزة.",
  [], [AB(YASSIN, HAMAS)]),
 ("ar_founder_group_bare", "ar", "قُتل مؤسس تنظيم القاعدة أسامة بن لادن في أبوت آباد.",
  [], [AB(BIN_LADEN, QAEDA)]),
 ("ar_subject_before_title", "ar", "قتل جنود إسرائيليون زعيم حماس يحيى السنوار في رفح.",
  [AB(SINWAR, IDF)], [AB(SINWAR, HAMAS)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_entities_r2(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
