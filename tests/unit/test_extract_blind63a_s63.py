"""Session 63 (blind63a): fixes after the first contact of blind set NK-NL (Lebanon in 2025, written
blind: Joseph Aoun, Nawaf Salam, Nabih Berri, Naim Qassem, the US envoys Morgan Ortagus and Tom
Barrack, the French and Saudi envoys, the Israeli strikes on Hezbollah commanders), each read in
several paraphrases of other outlets, people and clitics.

- Meetings, Arabic: a ف-verb after a comma continues the visit told before it, as a و-verb did:
  «وصل X إلى بيروت، فالتقى A، ثم B», «حطّ X في بغداد، فاجتمع بـA، ثم بـB»: X met A and B, and A
  did not meet B (``meeting_visitor._continued_ar``); "toured" («جال X على الرؤساء الثلاثة،
  فالتقى A، ثم B») is such a visit (``meeting_visitor._AR_TOURED``).
- Meetings, Arabic: the visitor whose title holds the one he is sent by, «وصل / جال الموفد
  الشخصي للرئيس الفرنسي X»: X is the visitor (``meeting_visitor._envoy_of_ar``), and a known
  envoy whose gazetteer description says he is an envoy is not read as the president he acts
  for (``meeting_checks._proxied_ar``), so his meetings stay.
- Meetings, Arabic: envoys, ambassadors and guests as a dual subject, «ثم التقى الموفدان /
  المبعوثان / السفيران C» after «استقبل H A وB», stand for A and B (``plural_refs._AR_DUALS``);
  a later dual verb of that clause, «، قبل أن يلتقيا D», «، ثم اجتمعا بـD», is theirs too
  (``meeting_dual_ref_verb_ar``); not a negated or planned one. An Arabic comma with words
  between and no و («استقبل H، صباح اليوم الاثنين، A وB») joins no list for such a dual
  (``plural_refs._joined``), except for "the two sides" (host and guest).
- Meetings, English: "received US / Israeli envoys A and B" names the envoys: the country is not
  met through them (``context_meetings.met_delegation_en``); "met the Iranian delegation" still
  is.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

LEDRIAN, AOUN, BERRI, SALAM = ("person:jean-yves-le-drian", "person:joseph-aoun", "person:nabih-berri",
                               "person:nawaf-salam")
BARRACK, ORTAGUS = "person:tom-barrack", "person:morgan-ortagus"
ARAGHCHI, SUDANI, MASHHADANI = ("person:abbas-araghchi", "person:mohammed-shia-al-sudani",
                                "person:mahmoud-al-mashhadani")
SHARAA, SHAIBANI, FIDAN = "person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:hakan-fidan"
ERDOGAN, DERMER, BARNEA = "person:recep-tayyip-erdogan", "person:ron-dermer", "person:david-barnea"
ABDELATTY = "person:badr-abdelatty"


# --- a ف-verb after a visit; "toured" -----------------------------------------------------------

@pytest.mark.parametrize("text, visitor, a, b", [
    ("وصل الموفد الفرنسي جان إيف لودريان إلى بيروت أمس، فالتقى رئيس الجمهورية جوزاف عون، ثم رئيس "
     "مجلس النواب نبيه بري.", LEDRIAN, AOUN, BERRI),
    ("جال الموفد الفرنسي جان إيف لودريان أمس على الرؤساء الثلاثة، فالتقى رئيس الجمهورية جوزاف عون "
     "في بعبدا، ثم رئيس مجلس النواب نبيه برّي في عين التينة.", LEDRIAN, AOUN, BERRI),
    ("حطّ وزير الخارجية الإيراني عباس عراقجي في بغداد، فاجتمع برئيس الوزراء محمد شياع السوداني، ثم "
     "برئيس البرلمان محمود المشهداني.", ARAGHCHI, SUDANI, MASHHADANI),
    ("زار المبعوث الأميركي توم باراك دمشق أمس، فالتقى الرئيس أحمد الشرع في قصر الشعب، ثم وزير "
     "الخارجية أسعد الشيباني.", BARRACK, SHARAA, SHAIBANI),
    ("وصل وزير الخارجية المصري بدر عبد العاطي إلى بيروت أمس، والتقى الرئيس جوزاف عون في قصر بعبدا، "
     "ثم الرئيس نبيه بري في عين التينة.", ABDELATTY, AOUN, BERRI),
])
def test_a_fa_verb_after_a_visit_is_the_visitors_and_then_reaches_him_too(shipped, text, visitor,
                                                                           a, b):
    met = _met(shipped, text, "ar")
    assert _pair(visitor, a) in met
    assert _pair(visitor, b) in met
    assert _pair(a, b) not in met


@pytest.mark.parametrize("text, a, b", [
    ("وصل الموفد الشخصي للرئيس الفرنسي جان إيف لودريان إلى بيروت أمس، والتقى رئيس الجمهورية جوزاف "
     "عون في بعبدا، ثم رئيس مجلس النواب نبيه برّي في عين التينة.", AOUN, BERRI),
    ("جال الموفد الشخصي للرئيس الفرنسي جان إيف لودريان أمس على الرؤساء الثلاثة، فالتقى رئيس الجمهورية "
     "جوزاف عون في بعبدا، ثم رئيس مجلس النواب نبيه برّي في عين التينة.", AOUN, BERRI),
    ("وصل الموفد الشخصي للرئيس الفرنسي جان إيف لودريان إلى بيروت، حيث التقى رئيس الحكومة نواف سلام، "
     "ثم رئيس الجمهورية جوزاف عون.", SALAM, AOUN),
])
def test_the_envoy_of_the_president_is_the_visitor(rules_only, text, a, b):
    met = _met(rules_only, text, "ar")
    assert _pair(LEDRIAN, a) in met
    assert _pair(LEDRIAN, b) in met
    assert _pair(a, b) not in met


# --- "the two envoys" and their later dual verb -------------------------------------------------

_RECEIVED = "استقبل الرئيس جوزيف عون الموفد الأميركي توم برّاك والموفدة مورغان أورتاغوس. "


@pytest.mark.parametrize("text", [
    _RECEIVED + "ثم التقى الموفدان رئيس الحكومة نواف سلام.",
    _RECEIVED + "وعقد الموفدان اجتماعاً مع رئيس الحكومة نواف سلام.",
    _RECEIVED + "ثم انتقل الموفدان إلى السراي الحكومي حيث التقيا رئيس الحكومة نواف سلام.",
    "استقبل الرئيس جوزيف عون، صباح اليوم الاثنين، الموفد الأميركي توم برّاك والموفدة مورغان "
    "أورتاغوس. ثم انتقل الموفدان إلى السراي الحكومي حيث عقدا اجتماعاً مع رئيس الحكومة نواف سلام.",
    "استقبل الرئيس جوزيف عون المبعوث الأميركي توم برّاك والمبعوثة مورغان أورتاغوس. والتقى المبعوثان "
    "بعد الظهر رئيس الحكومة نواف سلام.",
])
def test_the_two_envoys_are_the_pair_received_before(shipped, text):
    met = _met(shipped, text, "ar")
    assert _pair(BARRACK, SALAM) in met
    assert _pair(ORTAGUS, SALAM) in met
    assert _pair(AOUN, SALAM) not in met


@pytest.mark.parametrize("text", [
    _RECEIVED + "ثم التقى الموفدان رئيس الحكومة نواف سلام، قبل أن يلتقيا رئيس المجلس النيابي نبيه بري.",
    _RECEIVED + "ثم انتقل الموفدان إلى السراي حيث عقدا اجتماعاً مع رئيس الحكومة نواف سلام، قبل أن "
    "يلتقيا رئيس المجلس النيابي نبيه بري في عين التينة.",
    _RECEIVED + "وعقد الموفدان اجتماعاً مع رئيس الحكومة نواف سلام، ثم اجتمعا برئيس المجلس النيابي "
    "نبيه بري.",
])
def test_a_later_dual_verb_of_the_two_envoys_is_theirs(rules_only, text):
    met = _met(rules_only, text, "ar")
    assert _pair(BARRACK, BERRI) in met
    assert _pair(ORTAGUS, BERRI) in met
    assert _pair(AOUN, BERRI) not in met


@pytest.mark.parametrize("text", [
    _RECEIVED + "ثم التقى الموفدان رئيس الحكومة نواف سلام، ولم يلتقيا رئيس المجلس النيابي نبيه بري.",
    _RECEIVED + "ثم التقى الموفدان رئيس الحكومة نواف سلام، على أن يلتقيا رئيس المجلس النيابي نبيه بري "
    "غداً.",
])
def test_a_negated_or_planned_dual_verb_is_no_meeting(shipped, text):
    met = _met(shipped, text, "ar")
    assert _pair(BARRACK, BERRI) not in met
    assert _pair(ORTAGUS, BERRI) not in met


def test_the_two_envoys_in_english_too(shipped):
    text = ("President Joseph Aoun received US envoys Tom Barrack and Morgan Ortagus. The two envoys "
            "then met Prime Minister Nawaf Salam.")
    met = _met(shipped, text)
    assert _pair(BARRACK, SALAM) in met
    assert _pair(ORTAGUS, SALAM) in met
    assert _pair(AOUN, SALAM) not in met


# --- "received US envoys A and B": the envoys, not the country ----------------------------------

@pytest.mark.parametrize("text, host, a, b, country", [
    ("President Joseph Aoun received US envoys Tom Barrack and Morgan Ortagus on Monday.",
     AOUN, BARRACK, ORTAGUS, "country:united-states"),
    ("President Joseph Aoun received U.S. envoys Tom Barrack and Morgan Ortagus at Baabda.",
     AOUN, BARRACK, ORTAGUS, "country:united-states"),
    ("Erdogan received Israeli envoys Ron Dermer and David Barnea in Istanbul.",
     ERDOGAN, DERMER, BARNEA, "country:israel"),
    ("Erdogan met the Israeli envoys Ron Dermer and David Barnea in Ankara on Tuesday.",
     ERDOGAN, DERMER, BARNEA, "country:israel"),
])
def test_named_envoys_are_met_not_their_country(rules_only, text, host, a, b, country):
    met = _met(rules_only, text)
    assert _pair(host, a) in met
    assert _pair(host, b) in met
    assert _pair(host, country) not in met


def test_an_unnamed_delegation_still_stands_for_its_country(rules_only):
    met = _met(rules_only, "Iraqi Prime Minister Mohammed Shia al-Sudani met the Iranian delegation "
                           "in Baghdad on Monday.")
    assert _pair("country:iran", SUDANI) in met
