"""Session 71 (attendees71): several people on one side of one meeting.

- "A and B, together with C and D, met / held talks with X": the subject list before the
  "together with" aside, the aside's people and X met each other, also when the meeting rules
  took C and D for the verb's subject (``meeting_together_subjects_en.together_subjects_en``,
  from ``meeting_present_more._together_with``).
- «والتقى A وB، برفقة C وD، X»: a verb-first list, an aside of companions closed by a comma
  and a person after it: A, B, C, D and X met each other
  (``meeting_companions_aside_ar.companions_aside_subjects_ar``).
- "H received the two men / hosted both leaders ..., in the presence of Z" after a sentence
  naming the two: Z met H and both guests, as when the guests are named in the sentence
  (``presence_one_list_en.one_list_meeting_en``); "first separately and then together" is one
  table in the end.
- Unpaired: a planned, denied or phoned meeting of the same shape, people met one after the
  other ("X met A, then B"), a companion aside not followed by the one met.
"""

import itertools

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

BLINKEN, AUSTIN = "person:antony-blinken", "person:lloyd-austin"
KAMIKAWA, KIHARA = "person:yoko-kamikawa", "person:minoru-kihara"
KISHIDA = "person:fumio-kishida"
KAMEL, MBAR = "person:abbas-kamel", "person:mohammed-bin-abdulrahman-al-thani"
HAYYA = "person:khalil-al-hayya"
LAVROV, SHOIGU = "person:sergei-lavrov", "person:sergei-shoigu"
CAVUSOGLU, AKAR = "person:mevlut-cavusoglu", "person:hulusi-akar"
SARRAJ = "person:fayez-al-sarraj"
AOUN, SALAM, RAJJI = "person:joseph-aoun", "person:nawaf-salam", "person:youssef-rajji"
RASHID, SUDANI = "person:abdul-latif-rashid", "person:mohammed-shia-al-sudani"
ERDOGAN, FIDAN = "person:recep-tayyip-erdogan", "person:hakan-fidan"
MACRON, SERRAJ_GUEST, HAFTAR = ("person:emmanuel-macron", "person:fayez-al-sarraj",
                                "person:khalifa-haftar")
SALAME = "person:ghassan-salame"


def _all_pairs(*ids: str) -> set[tuple[str, str]]:
    return {_pair(a, b) for a, b in itertools.combinations(ids, 2)}


@pytest.mark.parametrize("text", [
    "Secretary of State Antony Blinken and Defense Secretary Lloyd Austin, together with their "
    "Japanese counterparts Yoko Kamikawa and Minoru Kihara, met Prime Minister Fumio Kishida in "
    "Tokyo on Monday.",
    "Blinken and Austin, together with Japanese Foreign Minister Yoko Kamikawa and Defense "
    "Minister Minoru Kihara, held talks with Prime Minister Fumio Kishida in Tokyo.",
    "In Tokyo, Antony Blinken and Lloyd Austin, together with Yoko Kamikawa and Minoru Kihara, "
    "met Fumio Kishida separately from the other delegations.",
])
def test_together_with_side_of_four(shipped, text):
    met = _met(shipped, text, "en")
    assert _all_pairs(BLINKEN, AUSTIN, KAMIKAWA, KIHARA, KISHIDA) <= met


def test_together_with_one_subject_still_read(shipped):
    text = ("Egyptian intelligence chief Abbas Kamel, together with Qatari Prime Minister "
            "Mohammed bin Abdulrahman Al Thani, met Hamas leader Khalil al-Hayya in Cairo.")
    assert _all_pairs(KAMEL, MBAR, HAYYA) <= _met(shipped, text, "en")


@pytest.mark.parametrize("text", [
    "Blinken and Austin, together with Japanese Foreign Minister Yoko Kamikawa and Defense "
    "Minister Minoru Kihara, will meet Prime Minister Fumio Kishida in Tokyo next week.",
    "Blinken and Austin, together with Japanese Foreign Minister Yoko Kamikawa and Defense "
    "Minister Minoru Kihara, did not meet Prime Minister Fumio Kishida.",
    "Blinken and Austin, together with Japanese Foreign Minister Yoko Kamikawa and Defense "
    "Minister Minoru Kihara, spoke by phone with Prime Minister Fumio Kishida on Monday.",
])
def test_together_with_unheld_gives_nothing(rules_only, text):
    assert _met(rules_only, text, "en") == set()


def test_met_one_after_the_other_stays_unpaired(rules_only):
    text = "Prime Minister Fumio Kishida met Antony Blinken on Monday, then Lloyd Austin."
    assert _pair(BLINKEN, AUSTIN) not in _met(rules_only, text, "en")


@pytest.mark.parametrize("text", [
    "والتقى وزير الخارجية الروسي سيرغي لافروف ووزير الدفاع سيرغي شويغو، برفقة نظيريهما "
    "التركيين مولود جاويش أوغلو وخلوصي أكار، رئيس حكومة الوفاق فايز السراج في موسكو يوم "
    "الاثنين.",
    "واجتمع سيرغي لافروف وسيرغي شويغو، برفقة مولود جاويش أوغلو وخلوصي أكار، بفايز السراج في "
    "موسكو.",
])
def test_companion_aside_after_verb_first_subjects_ar(rules_only, text):
    met = _met(rules_only, text, "ar")
    assert _all_pairs(LAVROV, SHOIGU, CAVUSOGLU, AKAR, SARRAJ) <= met


def test_companion_aside_without_object_after_ar(rules_only):
    # the aside ends the clause (a place follows): Rajji came with Salam; Aoun met both
    text = ("واستقبل الرئيس اللبناني جوزاف عون رئيس الحكومة نواف سلام، برفقة وزير الخارجية "
            "يوسف رجي، في قصر بعبدا.")
    met = _met(rules_only, text, "ar")
    assert {_pair(AOUN, SALAM), _pair(AOUN, RAJJI)} <= met


def test_companion_aside_planned_ar(rules_only):
    text = ("وسيلتقي سيرغي لافروف وسيرغي شويغو، برفقة مولود جاويش أوغلو وخلوصي أكار، فايز "
            "السراج في موسكو الأسبوع المقبل.")
    assert _met(rules_only, text, "ar") == set()


_ARRIVED = ("Iraqi President Abdul Latif Rashid and Prime Minister Mohammed Shia al-Sudani "
            "arrived in Ankara on Sunday. ")


@pytest.mark.parametrize("second", [
    "Turkish President Recep Tayyip Erdogan hosted both leaders at his palace on Monday in the "
    "presence of Foreign Minister Hakan Fidan.",
    "Erdogan received the two men at the presidential complex, first separately and then "
    "together, in the presence of Foreign Minister Hakan Fidan.",
])
def test_presence_at_reception_of_the_two(shipped, second):
    met = _met(shipped, _ARRIVED + second, "en")
    assert _all_pairs(RASHID, SUDANI, ERDOGAN, FIDAN) <= met


def test_presence_the_two_men_un_envoy(shipped):
    text = ("Libya's Prime Minister Fayez al-Serraj and commander Khalifa Haftar agreed to a "
            "ceasefire after talks hosted by French President Emmanuel Macron. Macron received "
            "the two men at a chateau west of the capital, first separately and then together, "
            "in the presence of Ghassan Salame, the Lebanese academic who became UN envoy for "
            "Libya.")
    assert _all_pairs(MACRON, SERRAJ_GUEST, HAFTAR, SALAME) <= _met(shipped, text, "en")


def test_presence_the_two_met_separately_keeps_guests_apart(rules_only):
    text = _ARRIVED + ("Erdogan met the two men separately, in the presence of Foreign Minister "
                       "Hakan Fidan.")
    assert _pair(RASHID, SUDANI) not in _met(rules_only, text, "en")


def test_presence_the_two_planned(rules_only):
    text = _ARRIVED + ("Erdogan will host the two men on Monday in the presence of Foreign "
                       "Minister Hakan Fidan.")
    assert _met(rules_only, text, "en") == set()

