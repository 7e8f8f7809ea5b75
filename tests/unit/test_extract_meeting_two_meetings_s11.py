"""One subject, two meetings in one sentence (session 11, ``meeting_clauses.py``): "X held
talks in Cairo on Saturday with Egypt's intelligence chief Y, and in Doha this week met Z" /
"وأجرى X محادثات في القاهرة السبت مع Y، والتقى في الدوحة Z", "التقى X في بغداد Y، وفي أربيل
التقى Z" -- X met Y and Z, Y and Z did not meet (a guest received goes on: "استقبل X Y ...، وفي
المساء التقى Z" is Y-Z; a relative clause's head keeps its meeting); a later clause with a subject of its own keeps it. Our own sentences in both
languages, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

FIDAN, SUD = "person:hakan-fidan", "person:mohammed-shia-al-sudani"
FUAD, ARAGHCHI = "person:fuad-hussein", "person:abbas-araghchi"
NECH, SHATRI = "person:nechirvan-barzani", "person:hamid-al-shatri"


CASES = [
 ("en_talks_with_then_met_in_place",
  "Turkish Foreign Minister Hakan Fidan held talks in Baghdad on Sunday with Iraq's "
  "intelligence chief Hamid al-Shatri, and in Erbil on Monday met Kurdistan Region President "
  "Nechirvan Barzani.", "en", [MW(FIDAN, SHATRI), MW(FIDAN, NECH)], [MW(SHATRI, NECH)]),
 ("en_own_subject_kept",
  "Fidan met Fuad Hussein on Monday, and on Tuesday Sudani met Araghchi.", "en",
  [MW(FIDAN, FUAD), MW(SUD, ARAGHCHI)], [MW(FIDAN, ARAGHCHI), MW(FUAD, ARAGHCHI)]),
 ("ar_talks_place_day_with",
  "وأجرى وزير الخارجية التركي هاكان فيدان محادثات في بغداد الأحد مع نظيره العراقي فؤاد "
  "حسين، والتقى في أربيل الاثنين رئيس الإقليم نيجيرفان بارزاني.", "ar",
  [MW(FIDAN, FUAD), MW(FIDAN, NECH)], [MW(FUAD, NECH)]),
 ("ar_place_phrase_then_verb_keeps_subject",
  "والتقى فيدان في بغداد وزير الخارجية فؤاد حسين، وفي أربيل التقى رئيس الإقليم نيجيرفان "
  "بارزاني.", "ar", [MW(FIDAN, FUAD), MW(FIDAN, NECH)], [MW(FUAD, NECH)]),
 ("ar_guest_goes_on_after_reception",
  "استقبل السوداني فيدان في بغداد، وفي المساء التقى فؤاد حسين.", "ar",
  [MW(SUD, FIDAN), MW(FIDAN, FUAD)], [MW(SUD, FUAD)]),
 ("ar_relative_head_keeps_its_meeting",
  "والتقى فيدان في بغداد فؤاد حسين، الذي التقى لاحقاً نيجيرفان بارزاني.", "ar",
  [MW(FIDAN, FUAD), MW(FUAD, NECH)], [MW(FIDAN, NECH)]),
 ("ar_meeting_noun_place_day_with",
  "وعقد فؤاد حسين اجتماعاً في طهران يوم الأحد مع نظيره الإيراني عباس عراقجي.", "ar",
  [MW(FUAD, ARAGHCHI)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_two_meetings(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
