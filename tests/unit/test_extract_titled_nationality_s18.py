"""A description with a nationality is no one of another country named with the same title word
(session 18). Our own sentences, not taken from any dev set.

- "بحث وزير الخارجية فؤاد حسين مع نظيره الإيراني X ... واستقبل السوداني الوزير الإيراني":
  the Iranian minister is X, not the Iraqi minister Fuad Hussein (whose title shares "الوزير");
  English "the Iranian minister" alike.
- Negative: "الوزير العراقي" after the same sentences is not the Iranian minister.
"""

import pytest

from tests.extract_support import MW, assert_relations

FUAD, ABDOLLAHIAN, SUDANI = ("person:fuad-hussein", "person:hossein-amir-abdollahian",
                             "person:mohammed-shia-al-sudani")
ERDOGAN = "person:recep-tayyip-erdogan"

# (name, text, lang, must, must_not)
CASES = [
 ("ar_iranian_minister", "بحث وزير الخارجية فؤاد حسين مع نظيره الإيراني حسين أمير عبد اللهيان "
  "ملف المياه في بغداد. وقال حسين إن الحوار مستمر. واستقبل رئيس الوزراء محمد شياع السوداني "
  "الوزير الإيراني مساء.", "ar", [MW(ABDOLLAHIAN, SUDANI)], [MW(FUAD, SUDANI)]),
 ("ar_iraqi_minister", "بحث وزير الخارجية فؤاد حسين مع نظيره الإيراني حسين أمير عبد اللهيان "
  "ملف المياه في بغداد. وقال حسين إن الحوار مستمر. والتقى الرئيس التركي رجب طيب أردوغان الوزير "
  "العراقي في أنقرة.", "ar", [], [MW(ABDOLLAHIAN, ERDOGAN)]),
 ("en_iranian_minister", "Foreign Minister Fuad Hussein discussed water with his Iranian "
  "counterpart Hossein Amir-Abdollahian in Baghdad. Hussein said the talks would go on. Prime "
  "Minister Mohammed Shia al-Sudani later received the Iranian minister.", "en",
  [MW(ABDOLLAHIAN, SUDANI)], [MW(FUAD, SUDANI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_titled_nationality(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
