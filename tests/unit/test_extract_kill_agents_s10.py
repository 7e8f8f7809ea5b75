"""Agents of a killing named by an adjective, an owner or a side (session 10), own sentences:

- the owner of the strike after ل: "لقي X حتفه خلال عملية للقوات الخاصة الأمريكية";
- a clash with a nationality's soldiers: "killed in a firefight with Israeli soldiers", "قُتل X
  في اشتباك مع قوة إسرائيلية" (that country's army; another country's forces: the country);
- the place after the strike is no agent: "بطائرة مسيرة في كابول" (Kabul stands for
  Afghanistan elsewhere), and a clash or strike without a side stays without a relation.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, assert_relations

SINWAR, BAGHDADI = "person:yahya-sinwar", "person:abu-bakr-al-baghdadi"
ZAWAHIRI, SHUKR = "person:ayman-al-zawahiri", "person:fuad-shukr"
US, ISR, AFG = "country:united-states", "country:israel", "country:afghanistan"
IDF, US_FORCES = "organization:israel-defense-forces", "organization:us-armed-forces"
LEB = "country:lebanon"

CASES = [
 ("owner_after_lam_ar",
  "لقي أبو بكر البغدادي حتفه خلال عملية للقوات الخاصة الأمريكية في إدلب.",
  [AB(BAGHDADI, "country:united-states")], []),
 ("clash_with_israeli_soldiers_en",
  "Hamas leader Yahya Sinwar was killed in a firefight with Israeli soldiers in Rafah.",
  [AB(SINWAR, IDF)], []),
 ("clash_with_israeli_force_ar",
  "قُتل يحيى السنوار في اشتباك مع قوة إسرائيلية في رفح.",
  [AB(SINWAR, IDF)], [AB(SINWAR, ISR)]),
 ("place_after_drone_not_agent_ar",
  "أعلن بايدن مقتل أيمن الظواهري في غارة أمريكية بطائرة مسيرة في كابول.",
  [AB(ZAWAHIRI, US)], [AB(ZAWAHIRI, AFG)]),
 ("drone_in_place_no_agent_ar",
  "قُتل أيمن الظواهري بطائرة مسيرة في كابول.",
  [], [AB(ZAWAHIRI, AFG)]),
 ("strike_on_place_no_agent_ar",
  "قُتل فؤاد شكر في غارة على الضاحية في بيروت.",
  [], [AB(SHUKR, LEB)]),
 ("firefight_without_side_en",
  "Yahya Sinwar was killed in a firefight in Rafah.",
  [], [AB(SINWAR, IDF), AB(SINWAR, ISR)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kill_agents(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)


# ---- the victim of an Arabic nominal killing after a long title -----------------------------
MOUSAVI, AGHAZADEH = "person:razi-mousavi", "person:ali-agha-zadeh"
FAKHRI, MOSSAD = "person:mohsen-fakhrizadeh", "organization:mossad"
IRGC = "organization:irgc"

NOMINAL_CASES = [
 ("long_title_with_body_ar",
  "بعد أقل من شهر على اغتيال المستشار البارز في الحرس الثوري الإيراني رضي موسوي بغارة "
  "إسرائيلية.",
  [AB(MOUSAVI, ISR)], [AB(MOUSAVI, IRGC)]),
 ("title_is_not_the_adviser_named_before_ar",
  "قُتل المستشار في الحرس الثوري علي آغا زاده في غارة على المزة. وتأتي الضربة بعد أقل من "
  "شهر على اغتيال المستشار البارز في الحرس رضي موسوي بغارة إسرائيلية على السيدة زينب.",
  [AB(MOUSAVI, ISR)], [AB(AGHAZADEH, ISR)]),
 ("agent_genitive_victim_with_lam_title_ar",
  "وجاء ذلك بعد اغتيال الموساد للعالم محسن فخري زاده قرب طهران.",
  [AB(FAKHRI, MOSSAD)], []),
 ("long_title_no_agent_ar",
  "بعد اغتيال المستشار البارز في الحرس الثوري رضي موسوي قرب دمشق.",
  [], [AB(MOUSAVI, ISR), AB(MOUSAVI, IRGC)]),
 ("assassination_of_titled_by_en",
  "The strike came weeks after the assassination of senior IRGC adviser Razi Mousavi by "
  "Israel.",
  [AB(MOUSAVI, ISR)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", NOMINAL_CASES,
                         ids=[c[0] for c in NOMINAL_CASES])
def test_nominal_after_long_title(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
