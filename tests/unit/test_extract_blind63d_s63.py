"""Session 63 (blind63d): fixes after the first contact of blind set NQ-NR (Sudan and Libya
2024-2025, written blind: al-Burhan, Hemedti, Kamil Idris and the mediators in Cairo, Jeddah and
Washington; Dbeibah, the Haftars, al-Menfi, the killing of al-Kikli and the UN envoy Hanna Tetteh),
each read in several paraphrases of other outlets and people.

- Meetings, Arabic reported speech: a speaker whose pronoun opens the clause of the meeting verb is
  its subject also when the pronoun is feminine or comes with «بأن»: «وقالت تيتيه إنها التقت في
  طرابلس A وB», «وأكد X بأنه التقى A وB», «وأعلنت ميلوني أنها استقبلت A وB»: the speaker met A and
  B, and A did not meet B (``meetings.AR_CLAUSE_PARTICLES``, as «إنه» was read).
- Descriptions: a title the cue read only in part, apposed to a name, is that person's title, no
  description of someone named before: "attended by the deputy commander-in-chief, Lt. Gen. X",
  "the LNA's deputy commander-in-chief, X", "the council's deputy chairman, X", "the agency's
  deputy director-general, X" (``title_holder_checks.named_in_apposition_en``); so X met the
  meeting, and the person who held the office before meets no one there.
- Meetings, Arabic tours: after «التقى X Y، ثم توجه / وصل إلى <place> حيث اجتمع بـZ» and «...،
  قبل أن ينتقل / يتوجه إلى <place>، حيث اجتمع بـZ», Z met the traveller X, not the one X met
  before (``meeting_visitor._visitor_ar`` for every verb of going, and the imperfect after «قبل
  أن»); a partner whose own title opens with «نائب» («بنائب رئيس الوزراء وزير الخارجية Z») is
  Z, not someone's deputy (``meeting_fallback._partner_ar``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

TETTEH, MENFI, DBEIBAH = "person:hanna-tetteh", "person:mohamed-al-menfi", "person:abdul-hamid-dbeibah"
KHALIFA, SADDAM, AGUILA = "person:khalifa-haftar", "person:saddam-haftar", "person:aguila-saleh"
BURHAN, IDRIS, AGAR, HEMEDTI = ("person:abdel-fattah-al-burhan", "person:kamil-idris", "person:malik-agar",
                                "person:mohamed-hamdan-dagalo")
ABIY, GUELLEH = "person:abiy-ahmed", "person:ismail-omar-guelleh"
ABDELATTY, MELONI = "person:badr-abdelatty", "person:giorgia-meloni"
BAERBOCK, SHAIBANI, SHARAA = "person:annalena-baerbock", "person:asaad-al-shaibani", "person:ahmed-al-sharaa"
ARAGHCHI, GROSSI, APARO = "person:abbas-araghchi", "person:rafael-grossi", "person:massimo-aparo"
MBAR, SAFADI, ASSAD, BOUSAAB = ("person:mohammed-bin-abdulrahman-al-thani", "person:ayman-safadi",
                                "person:bashar-al-assad", "person:alias-bu-sab")


# --- a feminine or «بأنه» pronoun opens the meeting clause --------------------------------------

@pytest.mark.parametrize("text, speaker, a, b", [
    ("وقالت المبعوثة الأممية هانا تيتيه إنها التقت في طرابلس محمد المنفي وعبد الحميد الدبيبة.",
     TETTEH, MENFI, DBEIBAH),
    ("وقالت المبعوثة الأممية هانا تيتيه إنها التقت في طرابلس كلاً من رئيس المجلس الرئاسي محمد المنفي "
     "ورئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة.", TETTEH, MENFI, DBEIBAH),
    ("وأكد وزير الخارجية المصري بدر عبد العاطي بأنه التقى محمد المنفي وعبد الحميد الدبيبة.",
     ABDELATTY, MENFI, DBEIBAH),
    ("وأعلنت رئيسة الوزراء الإيطالية جورجيا ميلوني أنها استقبلت خليفة حفتر ورئيس حكومة الوحدة الوطنية "
     "عبد الحميد الدبيبة في روما.", MELONI, KHALIFA, DBEIBAH),
    ("وذكرت وزيرة الخارجية الألمانية أنالينا بيربوك أنها اجتمعت بأسعد الشيباني وأحمد الشرع في دمشق.",
     BAERBOCK, SHAIBANI, SHARAA),
])
def test_the_speaker_of_a_pronoun_clause_met_both_listed(shipped, text, speaker, a, b):
    met = _met(shipped, text, "ar")
    assert _pair(speaker, a) in met
    assert _pair(speaker, b) in met
    assert _pair(a, b) not in met


def test_a_phone_call_told_so_is_still_no_meeting(shipped):
    text = "وقالت المبعوثة الأممية هانا تيتيه إنها أجرت اتصالاً هاتفياً مع محمد المنفي."
    assert _pair(TETTEH, MENFI) not in _met(shipped, text, "ar")


# --- a title read in part, apposed to a name ------------------------------------------------------

@pytest.mark.parametrize("text, attendee, principals", [
    ("Hanna Tetteh met Khalifa Haftar in Benghazi on Sunday. The meeting was attended by the deputy "
     "commander-in-chief, Lt. Gen. Saddam Haftar.", SADDAM, (TETTEH, KHALIFA)),
    ("Hanna Tetteh met Khalifa Haftar in Benghazi on Sunday. The meeting, attended by the LNA's deputy "
     "commander-in-chief, Lt. Gen. Saddam Haftar, discussed the roadmap.", SADDAM, (TETTEH, KHALIFA)),
    ("Abbas Araghchi met Rafael Grossi in Tehran. The meeting was attended by the agency's deputy "
     "director-general, Massimo Aparo.", APARO, (ARAGHCHI, GROSSI)),
    ("Kamil Idris met Abdel Fattah al-Burhan in Port Sudan on Monday. Mohamed Hamdan Dagalo, who was "
     "the council's deputy chairman until 2023, was not there. The talks were attended by the "
     "council's deputy chairman, Malik Agar.", AGAR, (IDRIS, BURHAN)),
])
def test_the_apposed_name_holds_the_title_read_in_part(rules_only, text, attendee, principals):
    met = _met(rules_only, text)
    for p in principals:
        assert _pair(attendee, p) in met


def test_the_former_holder_of_the_title_meets_no_one(shipped):
    text = ("Mohamed Hamdan Dagalo was the council's deputy chairman until 2023. Kamil Idris was sworn "
            "in before Abdel Fattah al-Burhan on Saturday, in the presence of the council's deputy "
            "chairman, Malik Agar.")
    met = _met(shipped, text)
    assert _pair(IDRIS, BURHAN) in met
    assert _pair(IDRIS, AGAR) in met
    assert not any(HEMEDTI in pair for pair in met)


# --- the traveller of a subjectless "went on to <place>, where he met Z" ------------------------

@pytest.mark.parametrize("text, traveller, first, last", [
    ("ثم حطّ الشيباني في الدوحة، والتقى رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن "
     "آل ثاني، قبل أن ينتقل إلى عمّان، حيث اجتمع بنائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي.",
     SHAIBANI, MBAR, SAFADI),
    ("والتقى محمد حمدان دقلو رئيس الوزراء الإثيوبي آبي أحمد في أديس أبابا، ثم توجه إلى جيبوتي حيث اجتمع "
     "بالرئيس إسماعيل عمر جيله.", HEMEDTI, ABIY, GUELLEH),
    ("والتقى عباس عراقجي الرئيس السوري بشار الأسد في دمشق، ثم وصل إلى بيروت حيث اجتمع بنائب رئيس مجلس "
     "النواب إلياس بو صعب.", ARAGHCHI, ASSAD, BOUSAAB),
    ("وبحث هاكان فيدان مع وزير الخارجية السعودي فيصل بن فرحان في الرياض، قبل أن يتوجه إلى الدوحة حيث "
     "التقى الشيخ محمد بن عبدالرحمن آل ثاني.", "person:hakan-fidan", "person:faisal-bin-farhan", MBAR),
])
def test_the_traveller_met_the_next_stops_host(rules_only, text, traveller, first, last):
    met = _met(rules_only, text, "ar")
    assert _pair(traveller, first) in met
    assert _pair(traveller, last) in met
    assert _pair(first, last) not in met
