"""Session 71 (blind71c): fixes after the first contact of blind set TQ-TR (the Palestinian
leadership 2004-2017, written blind), each read here in other words, other people and both
languages where the pattern exists in both.

- «كتائب الشهيد عز الدين القسام», the Qassam Brigades' full name, is the body, not the
  Islamic Jihad commander Tareq Ezzedine (whose ambiguous «عز الدين» it held) nor a new body
  «كتائب الشهيد عز» (gazetteer alias).
- A killing noun, its agent, then a list of victims after a plural head and a count: «اغتيال
  إسرائيل القادة الثلاثة A وB وC» gives each victim (``kill_groups_forces.nominal_subject_ar``).
- Raed al-Attar, the Qassam commander in Rafah killed in August 2014 (gazetteer entry).
- "held talks behind closed doors with X" / "in private with X": the phrase stands between the
  verb and its object (``subjects._close_object``).
- «استقبل A وB، الذي ...، C»: the relative clause of the last subject does not make B the object
  (``meetings`` VSO subjects), and «... وفداً برئاسة C» after it (``meetings_ar._co_subjects``).
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ISRAEL, US = "country:israel", "country:united-states"
QASSAM, EZZEDINE = "organization:al-qassam-brigades", "person:tareq-ezzedine"
AROURI, SINWAR, HANIYEH = "person:saleh-al-arouri", "person:yahya-sinwar", "person:ismail-haniyeh"
SOLEIMANI, MUHANDIS = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
ISSA, ATTAR = "person:marwan-issa", "person:raed-al-attar"
HARIRI, BASSIL, DRIAN, RAAD = ("person:saad-hariri", "person:gebran-bassil",
                               "person:jean-yves-le-drian", "person:mohammad-raad")
ERDOGAN, PUTIN, ROUHANI = ("person:recep-tayyip-erdogan", "person:vladimir-putin",
                           "person:hassan-rouhani")


@pytest.mark.parametrize("text, lang", [
    ("وقال نائب القائد العام لكتائب الشهيد عز الدين القسام مروان عيسى إن المعركة مستمرة.", "ar"),
    ("وأعلنت كتائب الشهيد عز الدين القسام، الجناح العسكري لحماس، مسؤوليتها عن العملية.", "ar"),
    ("A spokesman for the Izz el-Deen al-Qassam Brigades said the group would respond.", "en"),
])
def test_the_qassam_brigades_full_name_is_the_body(shipped, text, lang):
    ids = entity_ids(shipped, text, lang)
    assert QASSAM in ids
    assert EZZEDINE not in ids
    assert not any(i.startswith("organization:katayb") for i in ids)


def test_the_qassam_full_name_keeps_the_victim_of_an_air_strike(shipped):
    text = ("اغتالت طائرات الاحتلال الإسرائيلي، فجر اليوم، القائد في كتائب الشهيد عز الدين القسام "
            "مروان عيسى بصاروخ استهدف منزله.")
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", "ar")
    assert (ISSA, ISRAEL) in pairs
    assert not any(EZZEDINE in p for p in pairs)


@pytest.mark.parametrize("text, agent, victims", [
    ("وجاءت العملية بعد أشهر من اغتيال إسرائيل القادة الثلاثة صالح العاروري ويحيى السنوار وإسماعيل "
     "هنية.", ISRAEL, {AROURI, SINWAR, HANIYEH}),
    ("وجاءت العملية بعد أشهر من اغتيال إسرائيل القادة صالح العاروري ويحيى السنوار.", ISRAEL,
     {AROURI, SINWAR}),
    ("وتصاعد التوتر منذ اغتيال الولايات المتحدة قاسم سليماني وأبو مهدي المهندس قرب مطار بغداد.",
     US, {SOLEIMANI, MUHANDIS}),
    ("وتصاعد التوتر منذ اغتيال الولايات المتحدة القائدين الاثنين قاسم سليماني وأبو مهدي المهندس.",
     US, {SOLEIMANI, MUHANDIS}),
])
def test_a_killing_noun_with_its_agent_then_a_list_of_victims_ar(shipped, text, agent, victims):
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", "ar")
    assert {(v, agent) for v in victims} <= pairs


def test_the_victims_list_stops_at_the_clause(shipped):
    text = ("ومنذ اغتيال إسرائيل صالح العاروري، التقى يحيى السنوار وفداً مصرياً في غزة.")
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", "ar")
    assert (AROURI, ISRAEL) in pairs
    assert (SINWAR, ISRAEL) not in pairs


def test_english_counterpart_three_commanders_listed(shipped):
    text = ("The attack came months after Israel killed the three commanders Saleh al-Arouri, "
            "Yahya Sinwar and Ismail Haniyeh.")
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", "en")
    assert {(AROURI, ISRAEL), (SINWAR, ISRAEL), (HANIYEH, ISRAEL)} <= pairs


@pytest.mark.parametrize("text, lang", [
    ("Raed al-Attar, the Qassam commander in Rafah, was killed in an Israeli air strike.", "en"),
    ("وقُتل رائد العطار، قائد كتائب القسام في رفح، في غارة إسرائيلية.", "ar"),
])
def test_raed_al_attar_is_known(shipped, text, lang):
    assert ATTAR in entity_ids(shipped, text, lang)


@pytest.mark.parametrize("text", [
    "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin met in Sochi on "
    "Monday. The two leaders later held talks behind closed doors with Iranian President Hassan "
    "Rouhani.",
    "Erdogan and Putin met in Sochi on Monday. The two presidents then held talks in private with "
    "Hassan Rouhani, officials said.",
])
def test_talks_behind_closed_doors_with_an_object(shipped, text):
    pairs = _met(shipped, text)
    assert {_pair(ERDOGAN, ROUHANI), _pair(PUTIN, ROUHANI)} <= pairs


def test_behind_closed_doors_is_no_object_by_itself(shipped):
    text = ("Erdogan held talks behind closed doors in Ankara on Monday. Putin, who was in Moscow, "
            "praised the outcome.")
    assert _pair(ERDOGAN, PUTIN) not in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "واستقبل رئيس الحكومة سعد الحريري ووزير الخارجية جبران باسيل، الذي عاد أمس من باريس، الموفد "
    "الفرنسي جان إيف لودريان.",
    "استقبل الرئيس سعد الحريري والوزير جبران باسيل، الذي كان قد وصل إلى السراي صباحاً، وزير "
    "الخارجية الفرنسي جان إيف لودريان.",
])
def test_two_hosts_the_second_with_a_relative_clause_ar(shipped, text):
    pairs = _met(shipped, text, "ar")
    assert {_pair(HARIRI, DRIAN), _pair(BASSIL, DRIAN)} <= pairs


def test_two_hosts_a_relative_clause_then_a_delegation_ar(shipped):
    text = ("واستقبل رئيس الحكومة سعد الحريري ووزير الخارجية جبران باسيل، الذي عاد أمس من باريس، "
            "وفداً من حزب الله برئاسة النائب محمد رعد.")
    pairs = _met(shipped, text, "ar")
    assert {_pair(HARIRI, RAAD), _pair(BASSIL, RAAD)} <= pairs
