"""Session 70 (blind70a): fixes after the first contact of blind set SS-ST (Iraq 2019-2022,
written blind: the protests, the failed nominations, al-Kadhimi, al-Sadr, the killings of
activists), each read here in other outlets' words, other people and both languages.

- A letter handed over in person at a ceremony is a rite: "X handed Y the letter of
  designation at a ceremony attended by A and B" pairs A and B with X and Y
  (``meeting_ceremony_en._RITE_RULES``).
- "naming former Interior Minister X chief of staff in his place": the title before the
  appointee counts as part of his name in the reach back to the verb (``wire_succession_en``).
- A confession that one shot a person the text says was killed names the killer: «اعترف X
  بأنه أطلق النار على Y», "X confessed that he shot Y" (``kill_confessed_shot``).
- A body's sitting chaired by H is no meeting of H with the previous sentence's people:
  «وكان مجلس النواب قد صوّت، في جلسة ترأسها H، على ...» (``meeting_host._body_session_ar``).
- «رئيس الحكومة المكلف» is the one tasked «بتشكيل الحكومة» after the designating verb, its
  agent and a time aside between (``desc_to_come._ar_tasked_forming``).
- «وكان X قد ترأس اجتماعاً بحضور A وB»: the convener before the verb (``meeting_convened_ar``),
  and «قد ترأس» is a past, not "may" (``modality._AR_QAD_PAST``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

AOUN, MIKATI, BERRI, DIAB = ("person:michel-aoun", "person:najib-mikati", "person:nabih-berri",
                             "person:hassan-diab")
RABIN, ABE = "person:yitzhak-rabin", "person:shinzo-abe"
KAHWAJI, JOSEPH_AOUN = "person:jean-kahwaji", "person:joseph-aoun"


@pytest.mark.parametrize("text", [
    "President Michel Aoun handed Najib Mikati the letter of designation at a ceremony at Baabda "
    "palace attended by Speaker Nabih Berri and caretaker Prime Minister Hassan Diab.",
    "Lebanon's president, Michel Aoun, on Monday handed Najib Mikati a letter of designation at a "
    "brief ceremony attended by Nabih Berri and Hassan Diab, the presidency said.",
])
def test_attendees_of_a_letter_handed_at_a_ceremony_met_both(shipped, text):
    pairs = _met(shipped, text)
    assert _pair(AOUN, MIKATI) in pairs
    assert {_pair(BERRI, AOUN), _pair(BERRI, MIKATI), _pair(DIAB, AOUN), _pair(DIAB, MIKATI)} <= pairs


def test_a_letter_sent_is_no_ceremony(shipped):
    text = ("President Michel Aoun sent Najib Mikati a letter on Monday. A ceremony for the victims "
            "of the port blast was attended by Nabih Berri.")
    assert not any(BERRI in p for p in _met(shipped, text))


@pytest.mark.parametrize("text, new, old", [
    ("The cabinet dismissed army commander Jean Kahwaji, naming Brigadier General Joseph Aoun army "
     "commander in his place.", JOSEPH_AOUN, KAHWAJI),
    ("The government removed Jean Kahwaji on Wednesday, naming Lebanese Army Brigadier General "
     "Joseph Aoun army chief in his place.", JOSEPH_AOUN, KAHWAJI),
    ("Mikati removed Jean Kahwaji from his post, naming former Defence Minister Joseph Aoun "
     "national security adviser in his place.", JOSEPH_AOUN, KAHWAJI),
])
def test_in_his_place_after_a_titled_appointee(shipped, text, new, old):
    assert (new, old) in relation_pairs(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text, lang, victim", [
    ("Israeli Prime Minister Yitzhak Rabin was assassinated at a peace rally in Tel Aviv.\n"
     "Yigal Amir confessed that he shot Yitzhak Rabin, police said.", "en", RABIN),
    ("Israeli Prime Minister Yitzhak Rabin was assassinated at a peace rally in Tel Aviv.\n"
     "Police said Yigal Amir admitted to shooting Rabin.", "en", RABIN),
    ("Former Japanese Prime Minister Shinzo Abe was killed during a campaign speech in Nara.\n"
     "Tetsuya Yamagami admitted that he had shot Abe, police said.", "en", ABE),
    ("اغتيل رئيس الوزراء الياباني السابق شينزو آبي خلال تجمع انتخابي في نارا.\n"
     "واعترف تيتسويا ياماغامي بأنه أطلق النار على آبي.", "ar", ABE),
    ("اغتيل رئيس الوزراء الياباني السابق شينزو آبي خلال تجمع انتخابي في نارا.\n"
     "وبثّت القناة اعترافات المتهم تيتسويا ياماغامي، وهو جندي سابق في البحرية اليابانية، أقرّ فيها "
     "بأنه أطلق النار على آبي.", "ar", ABE),
])
def test_a_confessed_shooting_of_a_slain_man_names_the_killer(shipped, text, lang, victim):
    killers = {t for s, t in relation_pairs(shipped, text, "ASSASSINATED_BY", lang) if s == victim}
    assert killers and all("amir" in k or "yamagami" in k for k in killers)


@pytest.mark.parametrize("text, lang", [
    ("Tetsuya Yamagami confessed that he shot Shinzo Abe in the arm during a scuffle.", "en"),
    ("اغتيل رئيس الوزراء الياباني السابق شينزو آبي خلال تجمع انتخابي في نارا.\n"
     "ولم يعترف تيتسويا ياماغامي بأنه أطلق النار على آبي.", "ar"),
])
def test_no_killer_from_a_shooting_not_fatal_or_not_confessed(shipped, text, lang):
    assert not any(s == ABE for s, _t in relation_pairs(shipped, text, "ASSASSINATED_BY", lang))


def test_a_body_sitting_chaired_after_a_meeting_is_no_meeting(shipped):
    text = ("التقى رئيس الحكومة نجيب ميقاتي رئيس الجمهورية ميشال عون في قصر بعبدا.\n"
            "وكان مجلس النواب قد صوّت مساء الخميس، في جلسة ترأسها رئيس المجلس نبيه بري، على "
            "قانون الموازنة.")
    pairs = _met(shipped, text, "ar")
    assert _pair(AOUN, MIKATI) in pairs
    assert not any(BERRI in p for p in pairs)


def test_the_designate_is_the_one_tasked_with_forming(shipped):
    text = ("كلّف رئيس الجمهورية ميشال عون، صباح الاثنين، رئيس الحكومة الأسبق نجيب ميقاتي بتشكيل "
            "الحكومة الجديدة.\n"
            "والتقى رئيس الحكومة المكلف، الثلاثاء، رئيس مجلس النواب نبيه بري في عين التينة.")
    pairs = _met(shipped, text, "ar")
    assert _pair(MIKATI, BERRI) in pairs
    assert _pair(AOUN, BERRI) not in pairs


@pytest.mark.parametrize("text", [
    "وكان الرئيس ميشال عون قد ترأس اجتماعاً أمنياً في قصر بعبدا بحضور رئيس مجلس النواب نبيه بري "
    "ورئيس الحكومة نجيب ميقاتي.",
    "ميشال عون ترأس اجتماعاً في قصر بعبدا بمشاركة نبيه بري ونجيب ميقاتي.",
])
def test_convener_named_before_the_verb_met_the_attendees(shipped, text):
    pairs = _met(shipped, text, "ar")
    assert {_pair(AOUN, BERRI), _pair(AOUN, MIKATI), _pair(BERRI, MIKATI)} <= pairs


def test_a_convened_meeting_not_held_is_none(rules_only):
    text = "ولم يترأس ميشال عون اجتماعاً بحضور نبيه بري ونجيب ميقاتي."
    assert not _met(rules_only, text, "ar")
