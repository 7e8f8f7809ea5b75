"""Descriptions with an antecedent the resolver missed (session 10): a description of a
nationality whose only person of that nationality was named earlier in the same sentence
("... a year after X took office, and held talks with the Iraqi prime minister"; "بعد أسبوع
من زيارة X إلى أنقرة، والتقى رئيس الوزراء العراقي"), and "the emir" is the emir named before,
not the president named since. Our own sentences in both languages, not taken from any dev
set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUD, FIDAN = "person:mohammed-shia-al-sudani", "person:hakan-fidan"
ABDULLAH, FUAD = "person:abdullah-ii", "person:fuad-hussein"
TAMIM, RASHID = "person:tamim-bin-hamad-al-thani", "person:abdul-latif-rashid"


CASES = [
 ("en_same_sentence_since_took_office",
  "Jordan's King Abdullah II arrived in Baghdad on Sunday, a year after Mohammed Shia "
  "al-Sudani took office, and held talks with the Iraqi prime minister.", "en",
  [MW(ABDULLAH, SUD)], []),
 ("en_same_sentence_whose_clause",
  "Fidan, whose trip came a week after Mohammed Shia al-Sudani visited Ankara, met the Iraqi "
  "prime minister in Baghdad.", "en", [MW(FIDAN, SUD)], []),
 ("ar_same_sentence_after_visit",
  "وصل فيدان إلى بغداد بعد أسبوع من زيارة محمد شياع السوداني إلى أنقرة، والتقى رئيس الوزراء "
  "العراقي.", "ar", [MW(FIDAN, SUD)], []),
 ("en_the_emir_not_the_president",
  "Qatar's Emir Tamim bin Hamad Al Thani arrived in Baghdad on Sunday. He held talks with "
  "President Abdul Latif Rashid. Prime Minister Mohammed Shia al-Sudani later received the "
  "emir.", "en", [MW(SUD, TAMIM), MW(TAMIM, RASHID)], [MW(SUD, RASHID)]),
 # negatives
 ("en_two_candidates_no_guess",
  "Fidan arrived in Baghdad a week after Mohammed Shia al-Sudani and Fuad Hussein visited "
  "Ankara, and met the Iraqi official.", "en", [], [MW(FIDAN, SUD), MW(FIDAN, FUAD)]),
 ("en_same_sentence_not_met",
  "Fidan arrived in Baghdad a week after Mohammed Shia al-Sudani visited Ankara, but did not "
  "meet the Iraqi prime minister.", "en", [], [MW(FIDAN, SUD)]),
 ("en_subject_is_no_antecedent",
  "Iraqi Prime Minister Mohammed Shia al-Sudani met the Iraqi president in Baghdad.", "en", [],
  [MW(SUD, RASHID)]),
]


@pytest.mark.parametrize("name, text, lang, must, must_not", CASES, ids=[c[0] for c in CASES])
def test_description_antecedent(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
