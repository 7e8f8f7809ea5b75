"""MET_WITH (Arabic): a body after "في مقر / بمقر" says where a meeting took place and a
source after a comma ("، بحسب مصادر مقربة من الحزب", "، وفقاً لبيان ...") says who reports
it: neither is a partner, and neither stops the subject dropped after "وصل X. والتقى Y"
from being X. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, SUDANI, MASHHADANI = ("person:abbas-araghchi", "person:mohammed-shia-al-sudani",
                                "person:mahmoud-al-mashhadani")
QAANI, QASSEM, AOUN, SALAM = ("person:esmail-qaani", "person:naim-qassem", "person:joseph-aoun",
                              "person:nawaf-salam")
HEZBOLLAH = "organization:hezbollah"


def _no_body_partner(doc: dict, name: str) -> None:
    bad = [r for r in doc["relations"] if r["type"] == "MET_WITH" and not (
        r["source"].startswith("person:") and r["target"].startswith("person:"))]
    assert not bad, f"{name}: a body as meeting partner: {bad}"


# (name, text, must, must_not)
CASES = [
 ("seat_of_presidency",
  "وصل عراقجي إلى بغداد. والتقى رئيس الوزراء محمد شياع السوداني في مقر رئاسة الوزراء.",
  [MW(ARAGHCHI, SUDANI)], []),
 ("seat_list",
  "وصل عراقجي إلى بغداد. والتقى رئيس الوزراء محمد شياع السوداني ورئيس البرلمان محمود المشهداني "
  "في مقر رئاسة الوزراء.", [MW(ARAGHCHI, SUDANI), MW(ARAGHCHI, MASHHADANI)],
  [MW(SUDANI, MASHHADANI)]),
 ("source_after_title_body",
  "وكان قاآني قد زار بيروت، والتقى نائب الأمين العام لحزب الله الشيخ نعيم قاسم، بحسب مصادر "
  "مقربة من الحزب.", [MW(QAANI, QASSEM)], [MW(HEZBOLLAH, QASSEM)]),
 ("source_statement_list",
  "وصل عراقجي إلى بيروت. والتقى الرئيس جوزاف عون ورئيس الحكومة نواف سلام، وفقاً لبيان صادر عن "
  "مكتب حزب الله.", [MW(ARAGHCHI, AOUN), MW(ARAGHCHI, SALAM)], [MW(AOUN, SALAM)]),
 # negatives: a person after the verb with no و is its object (VSO); not held
 ("vso_kept",
  "وكان قاآني قد زار بيروت، والتقى الشيخ نعيم قاسم الرئيس جوزاف عون، بحسب مصادر مقربة من الحزب.",
  [MW(QASSEM, AOUN)], [MW(HEZBOLLAH, AOUN)]),
 ("not_held",
  "وصل عراقجي إلى بيروت. ولم يلتق الرئيس جوزاف عون ورئيس الحكومة نواف سلام، بحسب مصادر مقربة "
  "من حزب الله.", [], [MW(ARAGHCHI, AOUN), MW(AOUN, SALAM)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_place_and_source_are_no_partners(ex, name, text, must, must_not):
    doc = ex.extract(text, lang="ar")
    assert_relations(doc, name, must, must_not)
    _no_body_partner(doc, name)


EN_CASES = [
 ("en_headquarters",
  "Araghchi met Prime Minister Mohammed Shia al-Sudani at the headquarters of the Iraqi "
  "government in Baghdad.", [MW(ARAGHCHI, SUDANI)], []),
 ("en_according_to",
  "Qaani met Hezbollah deputy leader Naim Qassem in Beirut, according to sources close to "
  "Hezbollah.", [MW(QAANI, QASSEM)], [MW(HEZBOLLAH, QASSEM)]),
]


@pytest.mark.parametrize("name,text,must,must_not", EN_CASES, ids=[c[0] for c in EN_CASES])
def test_place_and_source_are_no_partners_en(ex, name, text, must, must_not):
    doc = ex.extract(text, lang="en")
    assert_relations(doc, name, must, must_not)
    _no_body_partner(doc, name)
