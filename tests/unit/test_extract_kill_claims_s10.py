"""An armed body's own announcement of a killing (session 10), our own sentences:

"أعلن الجيش الإسرائيلي اغتيال X", "The Israeli military announced the killing of X", "The
military said a separate strike killed X" make the army the agent; "مقتل X" only for someone
of another country. A party, a ministry or a head of government announcing a death is no
agent, and a sentence that names the agent itself keeps that agent only.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, assert_relations

SHUKR, AQIL = "person:fuad-shukr", "person:ibrahim-aqil"
SINWAR, GALLANT = "person:yahya-sinwar", "person:yoav-gallant"
SAMMAD = "person:saleh-al-sammad"
SUDANI, SAADI = "person:mohammed-shia-al-sudani", "person:abu-baqir-al-saadi"
IDF, HEZ = "organization:israel-defense-forces", "organization:hezbollah"
HEALTH = "organization:lebanese-health-ministry"
COALITION, HOUTHIS = "organization:saudi-led-coalition", "organization:houthis"
US_FORCES = "organization:us-armed-forces"

CASES = [
 ("army_announced_assassination_ar",
  "أعلن الجيش الإسرائيلي اغتيال فؤاد شكر في بيروت.",
  [AB(SHUKR, IDF)], []),
 ("army_announced_with_date_and_title_ar",
  "وأعلن الجيش الإسرائيلي، الجمعة، اغتيال القيادي في حزب الله إبراهيم عقيل في غارة على "
  "الضاحية.",
  [AB(AQIL, IDF)], [AB(AQIL, HEZ)]),
 ("army_confirmed_death_of_enemy_ar",
  "أكد الجيش الإسرائيلي مقتل يحيى السنوار خلال عملية في رفح.",
  [AB(SINWAR, IDF)], []),
 ("bare_army_named_before_ar",
  "هاجم الجيش الإسرائيلي مواقع في لبنان. وأعلن الجيش اغتيال فؤاد شكر.",
  [AB(SHUKR, IDF)], []),
 ("military_announced_killing_of_en",
  "The Israeli military announced the killing of Ibrahim Aqil in a strike on Beirut.",
  [AB(AQIL, IDF)], []),
 ("military_said_separate_strike_en",
  "Israeli jets struck targets in Tehran on Friday, the Israel Defense Forces said. The "
  "military said a separate strike killed Fuad Shukr.",
  [AB(SHUKR, IDF)], []),
 # ---- negatives ----------------------------------------------------------------------------
 ("party_announced_death_ar",
  "أعلن حزب الله مقتل إبراهيم عقيل في غارة على الضاحية.",
  [], [AB(AQIL, HEZ)]),
 ("ministry_announced_death_ar",
  "أعلنت وزارة الصحة اللبنانية مقتل إبراهيم عقيل في غارة على الضاحية.",
  [], [AB(AQIL, HEALTH)]),
 ("army_announced_own_minister_ar",
  "أعلن الجيش الإسرائيلي مقتل يوآف غالانت.",
  [], [AB(GALLANT, IDF)]),
 ("head_of_government_announced_ar",
  "أعلن رئيس الوزراء محمد شياع السوداني مقتل أبو باقر الساعدي بعملية نفذتها القوات "
  "الأمريكية.",
  [AB(SAADI, US_FORCES)], [AB(SAADI, SUDANI)]),
 ("agent_named_in_sentence_ar",
  "أعلنت جماعة الحوثي مقتل صالح الصماد في غارة جوية شنّها طيران التحالف بقيادة السعودية "
  "على الحديدة.",
  [AB(SAMMAD, COALITION)], [AB(SAMMAD, HOUTHIS)]),
 ("army_denied_killing_ar",
  "نفى الجيش الإسرائيلي اغتيال فؤاد شكر.",
  [], [AB(SHUKR, IDF)]),
 ("military_said_strike_no_speaker_en",
  "The military said a separate strike killed Fuad Shukr.",
  [], [AB(SHUKR, IDF)]),
 ("party_announced_killing_en",
  "Hezbollah announced the killing of Ibrahim Aqil.",
  [], [AB(AQIL, HEZ)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kill_claims(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
