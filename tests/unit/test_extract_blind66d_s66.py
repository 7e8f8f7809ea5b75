"""Session 66 (blind66d): fixes after the first contact of blind set OY-OZ (the Horn of Africa and
the Red Sea 2018-2024, written blind: Abiy Ahmed and Isaias Afwerki, Guelleh, the Pretoria and
Ankara talks, Somalia's presidents and prime ministers, the Asmara summits), each read in several
paraphrases of other outlets and people.

- Meetings, English: an attendee of the meeting told before, "X also attended the trilateral
  meeting", "attended the expanded talks", "the bilateral meeting", "the restricted session":
  a meeting modifier of ``lexicon.EN_MEETING_MODS`` may stand between the article and the
  meeting noun (``meeting_sides_en.names_the_meeting``), as a hyphenated one did.
- Meetings, English: a passive welcome, "X was accorded / given a (warm, red-carpet) welcome /
  reception (at P) by Y": X met Y (``meeting_welcome_accorded_en``, through
  ``meetings._met_passive``); not when planned ("is to be accorded"), negated, or given by no
  person ("by residents").
- Names, Arabic: after a lone given name, a word opening with لل (ل + the article, "للمنصب",
  "للرئاسة") is a prepositional phrase, never a family name that begins with ل
  (``l_surnames_ar.l_surname_after_given``): no person "Getachew Lelmnsb".
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ERDOGAN, HSM, ABIY, FIDAN = ("person:recep-tayyip-erdogan", "person:hassan-sheikh-mohamud",
                             "person:abiy-ahmed", "person:hakan-fidan")
SISI, MARIAM, SHOUKRY = "person:abdel-fattah-el-sisi", "person:mariam-al-sadiq-al-mahdi", "person:sameh-shoukry"
SUDANI, ARAGHCHI, FUAD = "person:mohammed-shia-al-sudani", "person:abbas-araghchi", "person:fuad-hussein"
MBS, SHARAA, FAISAL = "person:mohammed-bin-salman", "person:ahmed-al-sharaa", "person:faisal-bin-farhan"
ISAIAS, TAMIM, ABDULLAH2 = "person:isaias-afwerki", "person:tamim-bin-hamad-al-thani", "person:abdullah-ii"
SALMAN = "person:salman-bin-abdulaziz"


# --- "also attended the trilateral meeting" -----------------------------------------------------

@pytest.mark.parametrize("text, attendee, met", [
    ("Turkish President Recep Tayyip Erdogan received Somali President Hassan Sheikh Mohamud and "
     "Ethiopian Prime Minister Abiy Ahmed in Ankara. Foreign Minister Hakan Fidan also attended the "
     "trilateral meeting.", FIDAN, [ERDOGAN, HSM, ABIY]),
    ("Egyptian President Abdel Fattah el-Sisi received Sudanese Foreign Minister Mariam al-Mahdi in "
     "Cairo on Tuesday. Egyptian Foreign Minister Sameh Shoukry attended the expanded talks.",
     SHOUKRY, [MARIAM]),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian Foreign Minister Abbas Araghchi in "
     "Baghdad on Sunday. Iraqi Foreign Minister Fuad Hussein also attended the bilateral meeting.",
     FUAD, [ARAGHCHI]),
    ("Saudi Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa in Riyadh. "
     "Foreign Minister Faisal bin Farhan also attended the restricted session.", FAISAL, [SHARAA]),
])
def test_an_attendee_of_a_modified_meeting_noun_met_its_participants(shipped, text, attendee, met):
    pairs = _met(shipped, text)
    for p in met:
        assert _pair(attendee, p) in pairs


def test_an_attendee_who_did_not_attend_met_nobody(shipped):
    text = ("Turkish President Recep Tayyip Erdogan received Somali President Hassan Sheikh Mohamud "
            "and Ethiopian Prime Minister Abiy Ahmed in Ankara. Foreign Minister Hakan Fidan did not "
            "attend the trilateral meeting.")
    assert not any(FIDAN in p for p in _met(shipped, text))


# --- "was accorded a warm welcome by" -----------------------------------------------------------

@pytest.mark.parametrize("text, guest, host", [
    ("President Al-Sisi arrived in Asmara yesterday afternoon and was accorded warm welcome at the "
     "Asmara International Airport by President Isaias Afwerki.", SISI, ISAIAS),
    ("President Abdel Fattah el-Sisi arrived in Asmara on Monday, where he was accorded a red-carpet "
     "welcome by President Isaias Afwerki.", SISI, ISAIAS),
    ("Emir Tamim was given a warm reception at the palace by King Abdullah II.", TAMIM, ABDULLAH2),
    ("Egyptian President Abdel Fattah el-Sisi was extended a cordial welcome by King Salman at "
     "Al-Salam Palace in Jeddah.", SISI, SALMAN),
])
def test_a_guest_accorded_a_welcome_by_a_host_met_him(shipped, text, guest, host):
    assert _pair(guest, host) in _met(shipped, text)


@pytest.mark.parametrize("text, guest, host", [
    ("The Egyptian president is to be accorded a state welcome by King Salman on Tuesday.",
     SISI, SALMAN),
    ("President Abdel Fattah el-Sisi was not given a warm welcome by Isaias Afwerki.", SISI, ISAIAS),
])
def test_a_planned_or_denied_welcome_is_no_meeting(shipped, text, guest, host):
    assert _pair(guest, host) not in _met(shipped, text)


def test_a_welcome_by_a_crowd_pairs_nobody(shipped):
    text = "Prime Minister Abiy Ahmed was given a warm welcome by residents of Asmara."
    assert _met(shipped, text) == set()


# --- no family name opening with لل -------------------------------------------------------------

@pytest.mark.parametrize("text, wrong", [
    ("وقال مكتب رئيس الوزراء إن الجبهة رشّحت غيتاتشو للمنصب بعد مشاورات.", "person:getachew-lelmnsb"),
    ("رشّح المجلس جوزيف للمنصب بعد مشاورات.", "person:joseph-lelmnsb"),
    ("وعاد ماريو للملعب بعد الإصابة.", "person:mario-lelmlb"),
])
def test_a_li_al_phrase_after_a_given_name_is_no_family_name(shipped, text, wrong):
    assert wrong not in _ids(shipped, text, "ar")


def test_a_maghrebi_l_family_name_is_still_read(shipped):
    text = "عيّن الرئيس رمطان لعمامرة وزيراً للخارجية."
    assert "person:ramtane-lamamra" in _ids(shipped, text, "ar")
