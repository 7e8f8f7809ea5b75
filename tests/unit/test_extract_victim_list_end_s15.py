"""ASSASSINATED_BY: "قتلت إسرائيل X، ووزير الخارجية Y يتوعد بالرد" / "Israel killed X, and Foreign
Minister Y vowed revenge" -- a name after the comma and "و" / "and" followed by its own verb
opens a new clause: Y is no victim. A list member with no verb of its own still is.
Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations

NASRALLAH, ARAGHCHI = "person:hassan-nasrallah", "person:abbas-araghchi"
HANIYEH, PEZESHKIAN = "person:ismail-haniyeh", "person:masoud-pezeshkian"
SAFIEDDINE, ZARIF = "person:hashem-safieddine", "person:mohammad-javad-zarif"
SOLEIMANI, MUHANDIS = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
SINWAR = "person:yahya-sinwar"
ISRAEL, US = "country:israel", "country:united-states"


# (name, lang, text, must, must_not)
CASES = [
 ("ar_minister_vows", "ar",
  "قتلت إسرائيل حسن نصر الله، ووزير الخارجية عباس عراقجي يتوعد بالرد.",
  [AB(NASRALLAH, ISRAEL)], [AB(ARAGHCHI, ISRAEL)]),
 ("ar_president_pledges", "ar",
  "اغتالت إسرائيل إسماعيل هنية، والرئيس مسعود بزشكيان يتعهد بالانتقام.",
  [AB(HANIYEH, ISRAEL)], [AB(PEZESHKIAN, ISRAEL)]),
 ("ar_two_victims_then_speaker", "ar",
  "اغتالت الولايات المتحدة قاسم سليماني وأبو مهدي المهندس، ووزير الخارجية محمد جواد ظريف "
  "يندد بالاغتيال.", [AB(SOLEIMANI, US), AB(MUHANDIS, US)], [AB(ZARIF, US)]),
 ("ar_title_then_vows", "ar",
  "قتلت إسرائيل حسن نصر الله، والأمين العام هاشم صفي الدين يتوعد.",
  [AB(NASRALLAH, ISRAEL)], [AB(SAFIEDDINE, ISRAEL)]),
 ("en_minister_vowed", "en",
  "Israel killed Hassan Nasrallah, and Foreign Minister Abbas Araghchi vowed revenge.",
  [AB(NASRALLAH, ISRAEL)], [AB(ARAGHCHI, ISRAEL)]),
 ("en_two_then_president", "en",
  "Israel killed Hassan Nasrallah and Hashem Safieddine, and Iranian President Masoud "
  "Pezeshkian vowed to respond.", [AB(NASRALLAH, ISRAEL), AB(SAFIEDDINE, ISRAEL)],
  [AB(PEZESHKIAN, ISRAEL)]),
 # negatives: list members with no verb of their own stay victims
 ("ar_comma_list", "ar", "قتلت إسرائيل حسن نصر الله، وهاشم صفي الدين.",
  [AB(NASRALLAH, ISRAEL), AB(SAFIEDDINE, ISRAEL)], []),
 ("ar_comma_list_place", "ar", "وقتلت إسرائيل إسماعيل هنية، ويحيى السنوار في غزة.",
  [AB(HANIYEH, ISRAEL), AB(SINWAR, ISRAEL)], []),
 ("en_comma_list_apposition", "en",
  "Israel killed Ismail Haniyeh, and Hassan Nasrallah, the Hezbollah leader.",
  [AB(HANIYEH, ISRAEL), AB(NASRALLAH, ISRAEL)], []),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_victim_list_ends_at_new_clause(ex, name, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
