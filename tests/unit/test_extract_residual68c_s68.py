"""Session 68 (residual68c): what the third-wave blind sets RG-RL still missed, read in several
paraphrases.

- Meetings, English: a meeting noun as the subject of "gathered" / "assembled", "The meeting
  gathered A, B and C", "The summit in Sochi assembled A, B and C": each pair met, as "The
  meeting brought together A, B and C" did (``meeting_frames_en.brought_together_en``). A host
  who "gathered" people is not read here, nor protesters who gathered outside a meeting.
- Lists, English: a list member after an apposition may open with a lower-case qualifier of its
  title, "A, head of X, military strongman B, C, speaker of Y, and D, the head of Z"
  (``rule_common.person_after_qualifiers_en``), and the meeting's list goes on past each apposition
  (``meeting_frames_en._described_list``); "killed A, head of X, wounding B" is no list.
  Guests hosted for talks may open with lower-case qualifiers too, "H hosted eastern Libyan
  commander A and Prime Minister B for talks" (``meeting_hosted_guests._guests``).
- Meetings, Arabic: two signers named together before a time and a place aside, «وقّع A وB،
  اليوم الخميس، بمقر جهاز المخابرات العامة بالقاهرة، اتفاق المصالحة»: the accord noun may
  stand past three commas (``meeting_signed_ar._accord_after``), and one «بحضور» C met both.
"""

import itertools

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

SARRAJ, HAFTAR, SALEH, MISHRI = ("person:fayez-al-sarraj", "person:khalifa-haftar",
                                 "person:aguila-saleh", "person:khalid-al-mishri")
SISI, ABBAS, ABDULLAH = "person:abdel-fattah-el-sisi", "person:mahmoud-abbas", "person:abdullah-ii"
ERDOGAN, ROUHANI, PUTIN = ("person:recep-tayyip-erdogan", "person:hassan-rouhani",
                           "person:vladimir-putin")


def _all_pairs(people: tuple[str, ...]) -> set[tuple[str, str]]:
    return {_pair(a, b) for a, b in itertools.combinations(people, 2)}


@pytest.mark.parametrize("text, people", [
    ("The meeting gathered Fayez al-Sarraj, head of the UN-backed Government of National Accord "
     "in Tripoli, military strongman Khalifa Haftar, Aguila Saleh Issa, speaker of the parliament "
     "based in the east, and Khaled al-Mechri, the head of the High Council of State.",
     (SARRAJ, HAFTAR, SALEH, MISHRI)),
    ("The meeting brought together Fayez al-Sarraj, head of the UN-backed Government of National "
     "Accord, military strongman Khalifa Haftar, Aguila Saleh, speaker of the parliament, and "
     "Khaled al-Mishri, the head of the High Council of State.", (SARRAJ, HAFTAR, SALEH, MISHRI)),
    ("The talks in Cairo gathered Mahmoud Abbas, the Palestinian president, Jordanian King "
     "Abdullah II and Egyptian President Abdel Fattah al-Sisi.", (ABBAS, ABDULLAH, SISI)),
    ("The summit in Sochi on Wednesday assembled Recep Tayyip Erdogan, the Turkish president, "
     "Iranian President Hassan Rouhani, and Vladimir Putin, the Russian president.",
     (ERDOGAN, ROUHANI, PUTIN)),
    ("The talks gathered Egyptian President Abdel Fattah al-Sisi, Jordan's King Abdullah II and "
     "Palestinian President Mahmoud Abbas.", (SISI, ABDULLAH, ABBAS)),
    ("The Paris meeting gathered Fayez al-Sarraj, Khalifa Haftar and Aguila Saleh.",
     (SARRAJ, HAFTAR, SALEH)),
])
def test_a_meeting_that_gathered_a_described_list_pairs_each_member(shipped, text, people):
    assert _all_pairs(people) <= _met(shipped, text, "en")


@pytest.mark.parametrize("text", [
    "Thousands of protesters gathered outside the meeting as Sisi and Mahmoud Abbas spoke.",
    "Egyptian President Abdel Fattah al-Sisi gathered his thoughts before Mahmoud Abbas arrived.",
    "The meeting that was to have gathered Abdel Fattah al-Sisi, Mahmoud Abbas and King Abdullah "
    "II was called off.",
])
def test_no_meeting_gathered_them(shipped, text):
    met = _met(shipped, text, "en")
    assert _pair(SISI, ABBAS) not in met


def test_a_verb_after_the_apposition_is_no_list_member(shipped):
    text = ("Israeli strikes killed Fuad Shukr, a senior Hezbollah commander, wounding Mahmoud "
            "Abbas's aide, as Abdel Fattah al-Sisi met King Abdullah II in Cairo.")
    met = _met(shipped, text, "en")
    assert _pair(SISI, ABDULLAH) in met
    assert _pair(SISI, ABBAS) not in met


CONTE, BURHAN, HAMDOK = ("person:giuseppe-conte", "person:abdel-fattah-al-burhan",
                         "person:abdalla-hamdok")
MACRON, MEDVEDEV = "person:emmanuel-macron", "person:dmitry-medvedev"


@pytest.mark.parametrize("text, a, b", [
    ("Italian Prime Minister Giuseppe Conte hosted eastern Libyan commander Khalifa Hifter and "
     "Prime Minister Fayez Serraj for talks in Palermo on Tuesday.", HAFTAR, SARRAJ),
    ("French President Emmanuel Macron hosted military strongman Khalifa Haftar and Prime "
     "Minister Fayez al-Sarraj for talks near Paris.", HAFTAR, SARRAJ),
    ("Egyptian President Abdel Fattah al-Sisi hosted veteran army chief Abdel Fattah al-Burhan "
     "and former civilian premier Abdalla Hamdok for talks in Cairo.", BURHAN, HAMDOK),
    ("Italian Prime Minister Giuseppe Conte hosted eastern Libyan commander Khalifa Hifter and "
     "Prime Minister Fayez Serraj, head of the U.N.-backed Government of National Accord, for "
     "talks on the sidelines of a conference on Libya.", HAFTAR, SARRAJ),
])
def test_guests_hosted_for_talks_may_open_with_lower_case_qualifiers(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "en")


def test_those_who_joined_the_hosted_talks_met_every_guest(shipped):
    text = ("Italian Prime Minister Giuseppe Conte hosted eastern Libyan commander Khalifa Hifter "
            "and Prime Minister Fayez Serraj for talks on the sidelines of a conference on Libya "
            "on Tuesday, joined by Russian Prime Minister Dmitry Medvedev.")
    met = _met(shipped, text, "en")
    assert {_pair(MEDVEDEV, HAFTAR), _pair(MEDVEDEV, SARRAJ), _pair(MEDVEDEV, CONTE)} <= met


@pytest.mark.parametrize("text", [
    "Italian Prime Minister Giuseppe Conte hosted eastern Libyan commander Khalifa Hifter and "
    "Prime Minister Fayez Serraj for dinner in Rome.",
    "Italian Prime Minister Giuseppe Conte will host eastern Libyan commander Khalifa Hifter and "
    "Prime Minister Fayez Serraj for talks in Palermo next week.",
    "Italian Prime Minister Giuseppe Conte did not host eastern Libyan commander Khalifa Hifter "
    "and Prime Minister Fayez Serraj for talks in Palermo.",
])
def test_no_talks_held_pairs_no_guests(shipped, text):
    assert _pair(HAFTAR, SARRAJ) not in _met(shipped, text, "en")


AHMAD, AROURI, FAWZI = "person:azzam-al-ahmad", "person:saleh-al-arouri", "person:khaled-fawzi"
ABIY, ISAIAS = "person:abiy-ahmed", "person:isaias-afwerki"
SHOUKRY, MANGOUSH = "person:sameh-shoukry", "person:najla-mangoush"


@pytest.mark.parametrize("text, a, b", [
    ("وقّع عضو اللجنة المركزية لحركة فتح عزام الأحمد ونائب رئيس المكتب السياسي لحركة حماس صالح "
     "العاروري، اليوم الخميس، بمقر جهاز المخابرات العامة بالقاهرة، اتفاق المصالحة الفلسطينية.",
     AHMAD, AROURI),
    ("وقّع رئيس الوزراء الإثيوبي آبي أحمد والرئيس الإريتري أسياس أفورقي، يوم الأحد، في قصر السلام "
     "بجدة، اتفاق السلام بين البلدين.", ABIY, ISAIAS),
    ("وقع وزير الخارجية المصري سامح شكري ونظيرته الليبية نجلاء المنقوش، مساء أمس، في مقر وزارة "
     "الخارجية بطرابلس، مذكرة تفاهم للتعاون.", SHOUKRY, MANGOUSH),
])
def test_cosigners_before_a_time_and_a_place_aside_met(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


def test_the_official_present_at_the_signing_met_both_signers(shipped):
    text = ("وقّع عزام الأحمد وصالح العاروري، اليوم الخميس، بمقر جهاز المخابرات العامة بالقاهرة، "
            "اتفاق المصالحة الفلسطينية، وذلك بحضور الوزير خالد فوزي رئيس المخابرات العامة.")
    met = _met(shipped, text, "ar")
    assert {_pair(AHMAD, AROURI), _pair(FAWZI, AHMAD), _pair(FAWZI, AROURI)} <= met


@pytest.mark.parametrize("text, a, b", [
    ("وقّع عزام الأحمد، اليوم الخميس، بمقر جهاز المخابرات العامة بالقاهرة، اتفاق المصالحة، فيما "
     "رفض صالح العاروري التوقيع.", AHMAD, AROURI),
    ("وقّع رئيس الوزراء الإثيوبي آبي أحمد، يوم الأحد، في جدة، اتفاق السلام، بينما غاب الرئيس "
     "الإريتري أسياس أفورقي.", ABIY, ISAIAS),
])
def test_a_lone_signer_meets_nobody_named_after_the_accord(shipped, text, a, b):
    assert _pair(a, b) not in _met(shipped, text, "ar")
