"""MET_WITH: "He and Y (then) met Z" / "وهو وY التقيا Z": the person the pronoun stands for
met Z as well as Y did; the two co-subjects did not meet each other.
Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

PEZESHKIAN, ARAGHCHI = "person:masoud-pezeshkian", "person:abbas-araghchi"
LAVROV, PUTIN = "person:sergei-lavrov", "person:vladimir-putin"
SUDANI, HUSSEIN, ERDOGAN = ("person:mohammed-shia-al-sudani", "person:fuad-hussein",
                            "person:recep-tayyip-erdogan")


# (name, text, lang, must, must_not)
CASES = [
 ("en_he_and_then_met",
  "Iranian President Masoud Pezeshkian arrived in Moscow on Tuesday. He and Abbas Araghchi "
  "then met Sergei Lavrov at the Kremlin.", "en",
  [MW(PEZESHKIAN, LAVROV), MW(ARAGHCHI, LAVROV)], [MW(PEZESHKIAN, ARAGHCHI)]),
 ("en_he_and_titled",
  "Iraqi Prime Minister Mohammed Shia al-Sudani landed in Ankara. He and Foreign Minister "
  "Fuad Hussein held talks with President Recep Tayyip Erdogan.", "en",
  [MW(SUDANI, ERDOGAN), MW(HUSSEIN, ERDOGAN)], []),
 ("ar_wahuwa",
  "وصل الرئيس الإيراني مسعود بزشكيان إلى موسكو يوم الثلاثاء. وهو وعباس عراقجي التقيا سيرغي "
  "لافروف في الكرملين.", "ar", [MW(PEZESHKIAN, LAVROV), MW(ARAGHCHI, LAVROV)],
  [MW(PEZESHKIAN, ARAGHCHI)]),
 ("ar_wahuwa_titled",
  "وصل الرئيس الإيراني مسعود بزشكيان إلى موسكو. وهو ووزير الخارجية عباس عراقجي التقيا "
  "الرئيس الروسي فلاديمير بوتين.", "ar", [MW(PEZESHKIAN, PUTIN)], []),
 # negatives: no meeting in the sentence; the co-subject's meeting is denied
 ("en_no_meeting",
  "Iranian President Masoud Pezeshkian arrived in Moscow on Tuesday. He and Abbas Araghchi "
  "praised Sergei Lavrov.", "en", [], [MW(PEZESHKIAN, LAVROV)]),
 ("en_did_not_meet",
  "Iranian President Masoud Pezeshkian arrived in Moscow on Tuesday. He and Abbas Araghchi "
  "did not meet Sergei Lavrov.", "en", [], [MW(PEZESHKIAN, LAVROV)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_pronoun_and_named_co_subject(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
