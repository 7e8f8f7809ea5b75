"""Killings told after the strike (session 10), our own sentences in both languages.

The strike and its agent come in one sentence, the dead in a later one: "X was killed in the
strike", "Among the dead was X", "The strike killed X", "وقُتل في الغارة X", "وكان بين القتلى
X", "وأسفرت الغارة عن مقتل X". The victim is killed by the strike's agent; a strike told
without an agent, or only threatened, denied or blamed on someone, gives no relation, and
"another" strike (indefinite, with a place of its own) is not the one told before.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, assert_relations

SOL, MUH = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
SHUKR, AQIL = "person:fuad-shukr", "person:ibrahim-aqil"
KARAKI, NAS = "person:ali-karaki", "person:hassan-nasrallah"
SAADI = "person:abu-baqir-al-saadi"
HUMAM, KHALIL = "person:humam-al-hayya", "person:khalil-al-hayya"
ABIAD = "person:firass-abiad"
US, ISR, IRAN = "country:united-states", "country:israel", "country:iran"
QATAR, HEZ = "country:qatar", "organization:hezbollah"

CASES = [
 # ---- "killed in the strike" ---------------------------------------------------------------
 ("in_the_strike_en",
  "Israeli jets struck a building in Beirut's southern suburbs on Friday. Fuad Shukr was "
  "killed in the strike.",
  [AB(SHUKR, ISR)], []),
 ("in_the_attack_son_of_en",
  "A U.S. drone hit a car near Baghdad airport. Abu Baqer al-Saadi was killed in the attack, "
  "officials said.",
  [AB(SAADI, US)], []),
 ("also_killed_in_the_strike_en",
  "An Israeli strike killed Hassan Nasrallah in Beirut on Friday. Ali Karaki was also killed "
  "in the strike.",
  [AB(NAS, ISR), AB(KARAKI, ISR)], []),
 ("in_the_strike_vso_ar",
  "استهدفت غارة إسرائيلية مبنى في الضاحية الجنوبية. وقُتل في الغارة فؤاد شكر.",
  [AB(SHUKR, ISR)], []),
 ("same_strike_list_ar",
  "استهدفت غارة إسرائيلية اجتماعاً لقادة حزب الله في الضاحية. وقُتل في الغارة نفسها إبراهيم "
  "عقيل وعلي كركي.",
  [AB(AQIL, ISR), AB(KARAKI, ISR)], []),
 ("nominal_strike_two_back_ar",
  "التقى الرئيس الإيراني مسعود بزشكيان أمير قطر في الدوحة بعد الغارة الإسرائيلية على مقر "
  "لقادة حماس. وبحث الجانبان تداعيات العدوان. وقُتل في الغارة همام الحية، نجل خليل الحية.",
  [AB(HUMAM, ISR)], [AB(HUMAM, QATAR), AB(KHALIL, ISR)]),
 ("confirmed_killing_in_the_strike_ar",
  "استهدفت غارة إسرائيلية مبنى في الضاحية الجنوبية. وأكد حزب الله مقتل فؤاد شكر في الغارة.",
  [AB(SHUKR, ISR)], [AB(SHUKR, HEZ)]),
 ("subject_country_target_place_ar",
  "شنت إسرائيل غارة على الدوحة استهدفت قادة حماس. وقُتل في الغارة همام الحية.",
  [AB(HUMAM, ISR)], [AB(HUMAM, QATAR)]),
 # ---- "the strike killed X" ----------------------------------------------------------------
 ("the_strike_killed_en",
  "A U.S. drone struck a car in Baghdad on Wednesday. The strike killed Abu Baqer al-Saadi, "
  "a Kataib Hezbollah commander.",
  [AB(SAADI, US)], []),
 ("the_strike_killed_ar",
  "قصفت طائرة مسيرة أمريكية سيارة في بغداد. وقتلت الغارة أبو باقر الساعدي.",
  [AB(SAADI, US)], []),
 ("the_strike_resulted_ar",
  "قصفت طائرة مسيرة أمريكية سيارة في بغداد. وأسفرت الغارة عن مقتل أبو باقر الساعدي.",
  [AB(SAADI, US)], []),
 # ---- "among the dead" ---------------------------------------------------------------------
 ("among_those_killed_was_en",
  "A U.S. drone struck the convoy near Baghdad airport at dawn. Among those killed was Qasem "
  "Soleimani.",
  [AB(SOL, US)], []),
 ("among_the_dead_were_en",
  "Israeli jets pounded Beirut's southern suburbs overnight. Among the dead were Ibrahim Aqil "
  "and Fuad Shukr.",
  [AB(AQIL, ISR), AB(SHUKR, ISR)], []),
 ("was_among_the_dead_reported_en",
  "An Israeli strike hit a residential building in Beirut. Hezbollah later confirmed that "
  "Ibrahim Aqil was among the dead.",
  [AB(AQIL, ISR)], [AB(AQIL, HEZ)]),
 ("among_the_dead_ar",
  "شنت طائرة مسيرة أمريكية غارة على موكب قرب مطار بغداد فجر الجمعة. وكان بين القتلى قاسم "
  "سليماني وأبو مهدي المهندس.",
  [AB(SOL, US), AB(MUH, US)], []),
 # ---- negatives ----------------------------------------------------------------------------
 ("agentless_strike_en",
  "A drone struck a car in Baghdad on Wednesday. The strike killed Abu Baqer al-Saadi.",
  [], [AB(SAADI, US)]),
 ("agentless_strike_ar",
  "طائرة مسيرة مجهولة قصفت سيارة في بغداد. وأسفرت الغارة عن مقتل أبو باقر الساعدي.",
  [], [AB(SAADI, US)]),
 ("denied_strike_en",
  "Israel did not strike the convoy. Abu Baqer al-Saadi was killed in the attack.",
  [], [AB(SAADI, ISR)]),
 ("threatened_strike_en",
  "Israel threatened to strike Beirut. Fuad Shukr was killed in the strike days later.",
  [], [AB(SHUKR, ISR)]),
 ("blamed_strike_en",
  "Hezbollah blamed Israel for the strike on Beirut. Fuad Shukr was killed in the strike.",
  [], [AB(SHUKR, ISR), AB(SHUKR, HEZ)]),
 ("accused_strike_ar",
  "اتهمت إيران إسرائيل بشن الغارة على الضاحية. وقُتل في الغارة فؤاد شكر.",
  [], [AB(SHUKR, ISR), AB(SHUKR, IRAN)]),
 ("denied_strike_ar",
  "نفت إسرائيل أن تكون شنت غارة على الضاحية. وقُتل في الغارة فؤاد شكر.",
  [], [AB(SHUKR, ISR)]),
 ("another_strike_en",
  "Israeli jets struck Beirut on Friday. On Saturday, Fuad Shukr was killed in a drone strike "
  "on Tyre.",
  [], [AB(SHUKR, ISR)]),
 ("speaker_of_the_toll_en",
  "An Israeli air strike on Beirut killed Ibrahim Aqil on Friday. Health Minister Firass "
  "Abiad said six people were killed in the raid.",
  [AB(AQIL, ISR)], [AB(ABIAD, ISR)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_killed_in_the_strike_told_before(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)


# ---- "The military named the dead as X and Y" (an attack claimed by X told before) ---------
IRI, IRAN_C = "organization:islamic-resistance-in-iraq", "country:iran"

NAMED_CASES = [
 ("named_the_dead_claimed_attack_en",
  "Two Israeli soldiers were killed when a drone slammed into a base in the Golan on Friday, "
  "in an attack claimed by the Iran-backed Islamic Resistance in Iraq. The military named the "
  "dead as Fuad Shukr and Ibrahim Aqil.",
  [AB(SHUKR, IRI), AB(AQIL, IRI)], [AB(SHUKR, IRAN_C)]),
 ("dead_were_identified_as_en",
  "A U.S. drone struck a car in Baghdad. The dead were identified as Abu Baqer al-Saadi and "
  "Fuad Shukr.",
  [AB(SAADI, US), AB(SHUKR, US)], []),
 ("names_of_the_dead_ar",
  "شنت طائرة مسيرة أمريكية غارة على سيارة في بغداد. وكشفت مصادر أمنية عن هويتي القتيلين، "
  "وهما فؤاد شكر وإبراهيم عقيل.",
  [AB(SHUKR, US), AB(AQIL, US)], []),
 ("named_the_dead_agentless_en",
  "A drone struck a car in Baghdad. The dead were identified as Abu Baqer al-Saadi.",
  [], [AB(SAADI, US)]),
 ("named_the_dead_accused_en",
  "Iran accused Israel of the attack. The military named the dead as Fuad Shukr.",
  [], [AB(SHUKR, ISR)]),
 ("names_of_the_dead_agentless_ar",
  "شنت طائرة مسيرة غارة على سيارة في بغداد. وكشفت مصادر أمنية عن هويتي القتيلين، وهما فؤاد "
  "شكر وإبراهيم عقيل.",
  [], [AB(SHUKR, US), AB(AQIL, US)]),
]


@pytest.mark.parametrize("name,text,must,must_not", NAMED_CASES, ids=[c[0] for c in NAMED_CASES])
def test_named_the_dead(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
