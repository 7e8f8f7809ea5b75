"""Session 56 (long56): relations found wrong or missed in long, dense analysis pieces and
features (6-12 paragraphs) written for the session in both languages -- background
paragraphs retelling old events in subordinate clauses, speakers after quotes, people named
in full once and later by surname or title, a topic switched with «أما».

- Meetings (Arabic): "أما X، فقد زار السعودية حيث استقبله Y": the topic after «أما» is the
  subject of the visit, so the pronoun of «استقبله» is X, not the visitor of the previous
  sentence (``topic_subject_ar.amma_topic_ar``, from ``context_speakers.arrival_subject_ar``).
- Meetings (English): "X conveyed / delivered the message to Y at a dinner / during a lunch",
  "X raised the issue with Y at a meeting", "X told Y at a dinner that ...": a message passed
  in person at a meeting or a meal (``meeting_told.told_at_meeting_en``: the passing verbs
  with "to" / "with", the meal nouns); planned, negated or by phone give nothing.
- Meetings (English): "(X toured six capitals.) (In Kampala,) Ugandan President Y received
  him": a nationality before the host's title still leaves the host first in the sentence, so
  "him" is the previous sentence's subject (``meeting_noun_sides.host_start_en``, in
  ``core_recall_objects.pronoun_object_en``); "Y welcomed him at his farm; in Addis Ababa, he
  sat down with Z": "he" is the guest up to twelve words after "him" (``meeting_chain.
  guest_he_en``), not the host Y.
- Names (Arabic): "اجتمع السيسي بحفتر ونجليه صدام وخالد": "نجليه" (his two sons) is a kin
  noun, no name word (``arabic_name_words._AR_KIN_NOUNS``), so no person "نجليه صدام".
- Successions (English): "the alliance that brought him / X to power after Y stepped aside"
  (``succession_post_after_death_en``: the object of "brought / swept ... to power"; "him"
  the one person named before it in the sentence); "could bring X to power" gives nothing.
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair

HEMEDTI, MUSEVENI = "person:mohamed-hamdan-dagalo", "person:yoweri-museveni"
ABIY = "person:abiy-ahmed"
SUDANI, KADHIMI = "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi"
MALIKI, AMIRI = "person:nouri-al-maliki", "person:hadi-al-amiri"
MIKATI, MBS = "person:najib-mikati", "person:mohammed-bin-salman"
HOCHSTEIN, SALAM = "person:amos-hochstein", "person:nawaf-salam"
BERRI, ASSAD = "person:nabih-berri", "person:bashar-al-assad"


# --- «أما X، فقد زار ... حيث استقبله Y» -------------------------------------------------------

@pytest.mark.parametrize("text, pair, wrong", [
    ("وزار آموس هوكشتاين بيروت. أما ميقاتي، فقد زار السعودية حيث استقبله ولي العهد الأمير "
     "محمد بن سلمان في جدة.", (MBS, MIKATI), (HOCHSTEIN, MBS)),
    ("وزار آموس هوكشتاين بيروت. أما نجيب ميقاتي، فقد زار السعودية حيث استقبله ولي العهد "
     "الأمير محمد بن سلمان.", (MBS, MIKATI), (HOCHSTEIN, MBS)),
    ("كلف جوزاف عون نواف سلام تشكيل الحكومة. وزار آموس هوكشتاين بيروت. أما سلام، فقد زار "
     "السعودية حيث استقبله ولي العهد الأمير محمد بن سلمان في جدة.", (MBS, SALAM),
     (HOCHSTEIN, MBS)),
])
def test_amma_topic_is_the_visitor(rules_only, text, pair, wrong):
    met = _met(rules_only, text, "ar")
    assert _pair(*pair) in met
    assert _pair(*wrong) not in met


def test_amma_topic_visit_elsewhere(shipped):
    text = ("التقى آموس هوكشتاين نجيب ميقاتي في بيروت. أما نبيه بري، فقد زار دمشق حيث "
            "استقبله الرئيس بشار الأسد.")
    met = _met(shipped, text, "ar")
    assert _pair(BERRI, ASSAD) in met
    assert _pair(HOCHSTEIN, ASSAD) not in met and _pair(MIKATI, ASSAD) not in met


def test_amma_topic_negated_visit(shipped):
    text = "وزار آموس هوكشتاين بيروت. أما ميقاتي، فلم يزر السعودية."
    assert not _met(shipped, text, "ar")


# --- a message passed at a meeting or a meal ---------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Nouri al-Maliki conveyed his displeasure to Mohammed Shia al-Sudani at a dinner at the "
     "premier's residence.", (MALIKI, SUDANI)),
    ("Nouri al-Maliki told Sudani at a dinner at the premier's residence that the government "
     "was drifting. Mohammed Shia al-Sudani did not reply.", (MALIKI, SUDANI)),
    ("Nouri al-Maliki delivered the message to Mohammed Shia al-Sudani during a lunch in "
     "Baghdad.", (MALIKI, SUDANI)),
    ("Maliki raised the issue with Sudani at a meeting in Baghdad on Sunday. Nouri al-Maliki "
     "and Mohammed Shia al-Sudani are rivals.", (MALIKI, SUDANI)),
    ("Nouri al-Maliki passed the letter to Hadi al-Amiri, who delivered it to Mohammed Shia "
     "al-Sudani at a meeting in Baghdad.", (AMIRI, SUDANI)),
])
def test_message_passed_at_a_meeting(rules_only, text, pair):
    assert _pair(*pair) in _met(rules_only, text)


@pytest.mark.parametrize("text", [
    "Nouri al-Maliki will convey the message to Mohammed Shia al-Sudani at a dinner next week.",
    "Nouri al-Maliki conveyed his condolences to Mohammed Shia al-Sudani by phone on Sunday.",
    "Nouri al-Maliki did not raise the issue with Mohammed Shia al-Sudani at the meeting.",
])
def test_no_message_passed_in_person(shipped, text):
    assert _pair(MALIKI, SUDANI) not in _met(shipped, text)


# --- "brought him to power after Y stepped aside" -----------------------------------------

@pytest.mark.parametrize("text", [
    "When Mohammed Shia al-Sudani took office in October 2022, the Shiite alliance that brought "
    "him to power after Mustafa al-Kadhimi stepped aside expected a pliable premier.",
    "The Coordination Framework, which brought Mohammed Shia al-Sudani to power after Mustafa "
    "al-Kadhimi stepped down, met on Sunday.",
])
def test_brought_to_power_after(shipped, text):
    assert (SUDANI, KADHIMI) in _rels(shipped, text, "SUCCESSOR_OF", "en")


def test_could_bring_to_power_is_no_succession(shipped):
    text = ("The alliance that could bring Mohammed Shia al-Sudani to power after Mustafa "
            "al-Kadhimi steps down met on Sunday.")
    assert (SUDANI, KADHIMI) not in _rels(shipped, text, "SUCCESSOR_OF", "en")


# --- "Ugandan President Y received him"; "he" the guest past a semicolon -------------------

@pytest.mark.parametrize("text", [
    "Mohamed Hamdan Dagalo toured six African capitals. Ugandan President Yoweri Museveni "
    "received him in Kampala.",
    "Mohamed Hamdan Dagalo toured six African capitals. In Kampala, Ugandan President Yoweri "
    "Museveni received him at his farm.",
])
def test_nationality_before_host_title(rules_only, text):
    assert _pair(HEMEDTI, MUSEVENI) in _met(rules_only, text)


@pytest.mark.parametrize("text", [
    "Mohamed Hamdan Dagalo toured six African capitals. In Kampala, Ugandan President Yoweri "
    "Museveni welcomed him at his farm; in Addis Ababa, he sat down with Prime Minister Abiy "
    "Ahmed.",
    "Mohamed Hamdan Dagalo toured six African capitals. Ugandan President Yoweri Museveni "
    "received him in Kampala, and he later met Prime Minister Abiy Ahmed in Addis Ababa.",
])
def test_he_after_reception_is_the_guest(rules_only, text):
    met = _met(rules_only, text)
    assert _pair(HEMEDTI, ABIY) in met and _pair(HEMEDTI, MUSEVENI) in met
    assert _pair(MUSEVENI, ABIY) not in met


# --- no person made of a verbal noun or of "his two sons" ---------------------------------

def test_no_person_from_his_two_sons(shipped):
    text = ("ففي الشرق، لا يزال المشير خليفة حفتر يمسك بزمام الأمور. وفي القاهرة، اجتمع الرئيس "
            "عبد الفتاح السيسي بحفتر ونجليه صدام وخالد، وفق ما أعلنته الرئاسة المصرية.")
    assert not any("najl" in i for i in _ids(shipped, text, "ar"))
    assert _pair("person:abdel-fattah-el-sisi", "person:khalifa-haftar") in _met(shipped, text, "ar")
