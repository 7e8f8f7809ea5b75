"""A second partner after "then" (session 10): "بحث X مع Y ملف ...، ثم مع Z ملف ..." /
"اجتمع X بـY، ثم بـZ", "التقى X Yَ، الذي ...، (لبحث ...،) ثم Zَ" and "X met Y on Monday and
then / later Z" -- Z met X too; but "and then Z said / met W" opens a clause of Z's own, and
"ثم غادر" is another verb. Our own sentences in both languages, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

FIDAN, FUAD = "person:hakan-fidan", "person:fuad-hussein"
MASH = "person:mahmoud-al-mashhadani"


CASES = [
 ("ar_then_with_after_topic",
  "وبحث فيدان مع وزير الخارجية فؤاد حسين ملف المياه، ثم مع رئيس البرلمان محمود المشهداني "
  "ملف الحدود.", "ar", [MW(FIDAN, FUAD), MW(FIDAN, MASH)], [MW(FUAD, MASH)]),
 ("ar_then_bi_after_place",
  "واجتمع فيدان بوزير الخارجية فؤاد حسين في مكتبه، ثم برئيس البرلمان محمود المشهداني.", "ar",
  [MW(FIDAN, FUAD), MW(FIDAN, MASH)], [MW(FUAD, MASH)]),
 ("en_and_then_object",
  "Fidan met Foreign Minister Fuad Hussein on Monday and then Parliament Speaker Mahmoud "
  "al-Mashhadani.", "en", [MW(FIDAN, FUAD), MW(FIDAN, MASH)], [MW(FUAD, MASH)]),
 ("en_and_later_object_place",
  "Fidan met Foreign Minister Fuad Hussein on Monday and later Parliament Speaker Mahmoud "
  "al-Mashhadani in his office.", "en", [MW(FIDAN, FUAD), MW(FIDAN, MASH)], []),
 ("ar_then_after_relative_clause_and_purpose",
  "والتقى فيدان وزيرَ الخارجية فؤاد حسين، الذي عاد من طهران أمس، لبحث ملف المياه، ثم رئيسَ "
  "البرلمان محمود المشهداني.", "ar", [MW(FIDAN, FUAD), MW(FIDAN, MASH)], [MW(FUAD, MASH)]),
 ("ar_then_after_relative_clause_place",
  "والتقى فيدان وزيرَ الخارجية فؤاد حسين، الذي عاد من طهران أمس، ثم رئيسَ البرلمان محمود "
  "المشهداني في مكتبه.", "ar", [MW(FIDAN, FUAD), MW(FIDAN, MASH)], [MW(FUAD, MASH)]),
 # negatives
 ("ar_then_after_relative_clause_new_clause",
  "والتقى فيدان وزيرَ الخارجية فؤاد حسين، الذي عاد من طهران أمس، ثم رئيس البرلمان محمود "
  "المشهداني أعلن تأجيل الجلسة.", "ar", [MW(FIDAN, FUAD)], [MW(FIDAN, MASH)]),
 ("ar_then_after_relative_clause_planned",
  "ومن المقرر أن يلتقي فيدان وزيرَ الخارجية فؤاد حسين، الذي عاد من طهران أمس، ثم رئيسَ "
  "البرلمان محمود المشهداني.", "ar", [], [MW(FIDAN, FUAD), MW(FIDAN, MASH)]),
 ("en_and_then_subject_said",
  "Fidan met Foreign Minister Fuad Hussein on Monday and then Parliament Speaker Mahmoud "
  "al-Mashhadani said the talks were useful.", "en", [MW(FIDAN, FUAD)], [MW(FIDAN, MASH)]),
 ("en_and_later_subject_met_other",
  "Fidan met Foreign Minister Fuad Hussein on Monday and later Parliament Speaker Mahmoud "
  "al-Mashhadani met the Turkish ambassador.", "en", [MW(FIDAN, FUAD)], [MW(FIDAN, MASH)]),
 ("en_planned_then",
  "Fidan is expected to meet Foreign Minister Fuad Hussein on Monday and then Parliament "
  "Speaker Mahmoud al-Mashhadani.", "en", [], [MW(FIDAN, FUAD), MW(FIDAN, MASH)]),
 ("ar_planned_then_with",
  "ومن المقرر أن يبحث فيدان مع وزير الخارجية فؤاد حسين ملف المياه، ثم مع رئيس البرلمان محمود "
  "المشهداني ملف الحدود.", "ar", [], [MW(FIDAN, FUAD), MW(FIDAN, MASH)]),
 ("ar_then_other_verb",
  "وبحث فيدان مع وزير الخارجية فؤاد حسين ملف المياه، ثم غادر إلى أربيل حيث يقيم المشهداني.",
  "ar", [MW(FIDAN, FUAD)], [MW(FIDAN, MASH)]),
]


@pytest.mark.parametrize("name, text, lang, must, must_not", CASES, ids=[c[0] for c in CASES])
def test_then_partner(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
