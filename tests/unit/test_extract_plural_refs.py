"""Plural descriptions and object pronouns that refer back to people named before
(loaders/extract/plural_refs.py), our own sentences in both languages: "the two men were
killed", "Both commanders died", "a strike killed him", "واغتيل القائدان", "قتلت غارة
الرجلين"; and what must stay without a relation: no list before ("X arrived. The two men
..."), a dual used as the title of names that follow ("اغتيال الشهيدين X وY": those names, not
an earlier pair), a killing without an agent, a negated one.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, MW, assert_relations

SOL, MUH = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
QAANI, AMIRI = "person:esmail-qaani", "person:hadi-al-amiri"
KHAZALI, TRUMP = "person:qais-al-khazali", "person:donald-trump"
NAS, SAFI = "person:hassan-nasrallah", "person:hashem-safieddine"
HAN, AROURI = "person:ismail-haniyeh", "person:saleh-al-arouri"
US, ISR = "country:united-states", "country:israel"
IDF = "organization:israel-defense-forces"

CASES = [
 ("two_men_passive_en",
  "Qasem Soleimani and Abu Mahdi al-Muhandis left the airport at night. The two men were "
  "killed minutes later in a US drone strike.",
  [AB(SOL, US), AB(MUH, US)], []),
 ("both_commanders_agent_by_en",
  "Hassan Nasrallah and Hashem Safieddine met Esmail Qaani's envoy in Beirut. Israel later "
  "said its jets had killed both commanders.",
  [AB(NAS, ISR), AB(SAFI, ISR)], [AB(QAANI, ISR)]),
 ("its_jets_had_killed_the_two_men_en",
  "Ismail Haniyeh and Saleh al-Arouri were staying in a building in the city. The Israeli "
  "military said its jets had killed the two men.",
  [AB(HAN, IDF), AB(AROURI, IDF)], []),
 ("killed_him_pronoun_is_the_object_before_en",
  "Esmail Qaani, who succeeded Qasem Soleimani after a US strike killed him at Baghdad "
  "airport, met Hadi al-Amiri.",
  [AB(SOL, US)], [AB(AMIRI, US), AB(QAANI, US)]),
 ("two_men_single_name_before_en",
  "Hadi al-Amiri arrived in Tehran. The two men were killed in a US strike.",
  [], [AB(AMIRI, US)]),
 ("two_men_no_agent_en",
  "Qasem Soleimani and Abu Mahdi al-Muhandis left the airport. The two men were killed in a "
  "drone strike.",
  [], [AB(SOL, US), AB(MUH, US)]),
 ("two_leaders_met_en",
  "Hadi al-Amiri and Qais al-Khazali arrived in Tehran on Monday. Esmail Qaani received the "
  "two leaders at his office.",
  [MW(QAANI, AMIRI), MW(QAANI, KHAZALI)], []),
 ("qaidan_passive_ar",
  "وغادر قاسم سليماني وأبو مهدي المهندس المطار ليلاً. واغتيل القائدان بغارة أمريكية.",
  [AB(SOL, US), AB(MUH, US)], []),
 ("rajulayn_object_ar",
  "وصل قاسم سليماني وأبو مهدي المهندس إلى بغداد. وقتلت غارة أمريكية الرجلين قرب المطار.",
  [AB(SOL, US), AB(MUH, US)], []),
 ("rajulan_ordered_by_ar",
  "وغادر قاسم سليماني وأبو مهدي المهندس المطار. وقُتل الرجلان بضربة نفذتها طائرة مسيرة "
  "أمريكية بأمر من الرئيس دونالد ترامب.",
  [AB(SOL, US), AB(MUH, US), AB(SOL, TRUMP), AB(MUH, TRUMP)], [AB(TRUMP, US)]),
 ("shahidayn_title_of_names_ar",
  "استقبل هادي العامري قيس الخزعلي. وناقشا اغتيال الشهيدين حسن نصر الله وهاشم صفي الدين "
  "بغارة إسرائيلية.",
  [AB(NAS, ISR), AB(SAFI, ISR)], [AB(AMIRI, ISR), AB(KHAZALI, ISR)]),
 ("qaidan_negated_ar",
  "وغادر قاسم سليماني وأبو مهدي المهندس المطار. ولم يُقتل القائدان بغارة أمريكية.",
  [], [AB(SOL, US), AB(MUH, US)]),
 ("qaidan_no_agent_ar",
  "وغادر قاسم سليماني وأبو مهدي المهندس المطار. وقُتل القائدان في غارة بطائرة مسيرة.",
  [], [AB(SOL, US), AB(MUH, US)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_plural_refs(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)


# "both men" with no "and"-list before: the exactly two people of the sentence before
NO_LIST_CASES = [
 ("both_men_two_people_no_list_en",
  "Qasem Soleimani flew in from Damascus and was met at the steps by Abu Mahdi al-Muhandis. "
  "Minutes later both men died when a U.S. drone struck their convoy.",
  [AB(SOL, US), AB(MUH, US)], []),
 ("rajulan_two_people_no_list_ar",
  "وصل قاسم سليماني إلى بغداد واستقبله أبو مهدي المهندس على سلم الطائرة. وبعد دقائق قُتل "
  "الرجلان بضربة أمريكية.",
  [AB(SOL, US), AB(MUH, US)], []),
 ("two_men_one_person_before_en",
  "Qasem Soleimani flew in from Damascus. The two men were killed in a US strike.",
  [], [AB(SOL, US)]),
 ("two_men_three_people_before_no_list_en",
  "Qasem Soleimani flew in from Damascus with Hadi al-Amiri to see Qais al-Khazali. The two "
  "men were killed in a US strike.",
  [], [AB(SOL, US), AB(AMIRI, US), AB(KHAZALI, US)]),
]


@pytest.mark.parametrize("name,text,must,must_not", NO_LIST_CASES,
                         ids=[c[0] for c in NO_LIST_CASES])
def test_plural_refs_no_list(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
