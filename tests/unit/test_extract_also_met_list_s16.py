"""MET_WITH, Arabic: "كما التقى X وY" opening a sentence (a list of objects ending at a
comma or the sentence end) continues the previous sentence's subject: he met X and Y, X and
Y did not meet each other. "على هامش التشييع X": a death noun with the article heads no
name, X is no dead man (no construct "تشييع X"). Our own sentences, not taken from any dev
set.
"""

import pytest

from tests.extract_support import MW, assert_relations

ABDULSALAM, QASSEM = "person:mohammed-abdulsalam", "person:naim-qassem"
ARAGHCHI, GHALIBAF = "person:abbas-araghchi", "person:mohammad-bagher-ghalibaf"
FIDAN, ABDELATTY = "person:hakan-fidan", "person:badr-abdelatty"
SHAIBANI = "person:asaad-al-shaibani"


# (name, text, lang, must, must_not)
CASES = [
 ("ar_also_met_two_titled",
  "وصل محمد عبد السلام إلى بيروت والتقى نعيم قاسم. كما التقى وزير الخارجية الإيراني عباس "
  "عراقجي ورئيس البرلمان الإيراني محمد باقر قاليباف، اللذين وصلا إلى بيروت.", "ar",
  [MW(ABDULSALAM, ARAGHCHI), MW(ABDULSALAM, GHALIBAF)], [MW(ARAGHCHI, GHALIBAF)]),
 ("ar_also_met_two_bare",
  "استقبل هاكان فيدان في أنقرة نظيره المصري بدر عبد العاطي. كما التقى عباس عراقجي وأسعد "
  "الشيباني.", "ar", [MW(FIDAN, ARAGHCHI), MW(FIDAN, SHAIBANI)], [MW(ARAGHCHI, SHAIBANI)]),
 ("ar_also_met_two_after_time",
  "استقبل هاكان فيدان في أنقرة نظيره المصري بدر عبد العاطي. كما التقى في اليوم ذاته عباس "
  "عراقجي وأسعد الشيباني.", "ar", [MW(FIDAN, ARAGHCHI), MW(FIDAN, SHAIBANI)],
  [MW(ARAGHCHI, SHAIBANI)]),
 ("ar_sidelines_of_funeral",
  "وصل محمد عبد السلام إلى بيروت للمشاركة في تشييع حسن نصر الله. كما التقى على هامش الجنازة "
  "عباس عراقجي.", "ar", [MW(ABDULSALAM, ARAGHCHI)], []),
 ("ar_sidelines_of_the_funeral_comma",
  "شارك محمد عبد السلام في تشييع حسن نصر الله، والتقى على هامش التشييع نعيم قاسم.", "ar",
  [MW(ABDULSALAM, QASSEM)], [MW(ABDULSALAM, "person:hassan-nasrallah")]),
 # negatives: no "كما" list: the pair met; a named prepositional partner: its own subject
 ("ar_pair_met", "التقى عباس عراقجي وأسعد الشيباني في أنقرة.", "ar",
  [MW(ARAGHCHI, SHAIBANI)], []),
 ("ar_also_subject_with_prep",
  "استقبل هاكان فيدان بدر عبد العاطي. كما التقى عباس عراقجي بأسعد الشيباني في أنقرة.", "ar",
  [MW(ARAGHCHI, SHAIBANI)], [MW(FIDAN, ARAGHCHI), MW(FIDAN, SHAIBANI)]),
 ("ar_funeral_of_named", "شارك محمد عبد السلام في تشييع حسن نصر الله في بيروت.", "ar", [],
  [MW(ABDULSALAM, "person:hassan-nasrallah")]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_also_met_list(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
