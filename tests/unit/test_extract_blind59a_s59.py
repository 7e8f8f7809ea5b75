"""Session 59 (blind59a): relations the first contact with the blind set ME-MF (Iraq 2020-2025)
missed, read now as whole constructions, each with paraphrases in other outlets' manners.

- Meetings: those "in the room" / "at the table" at a meeting told, "A and B were (also) in the
  room(, as was Z)", "Also in the room were A and B", "At the table were A and B", "A was at the
  table": attendees of that meeting (``meeting_present_more._in_the_room``); not "was in the
  room when ...", "was not in the room", nor after a phone call.
- Meetings: an attendee of a meeting of two people of his own country ("KRG Deputy Prime
  Minister Qubad Talabani sat in on the talks" of Nechirvan Barzani and Bafel Talabani) met
  both, as the Arabic "وحضر اللقاء Z" already read (``meeting_present_more.sides_named``).
- Meetings: ", as was <title>, Z" after an attendance clause, a title set off by a comma before
  the name ("as was Iraq's foreign minister, Fuad Hussein": ``meeting_as_did_en``).
- Successions: "named X, better known as <alias>, <a description>, as <post> in place of Y": an
  apposition with commas of its own before ", as" (``succession_entrusted_en
  .appointer_past_apposition``).
- Successions, Arabic: a post taken "من بعده / من بعدها" whose pronoun stands for the holder
  named before the verb in the sentence or for the subject of the sentence before, which told
  his post or its loss (``succession_after_him_ar``); not a turn to speak ("وتحدث من بعده"), a
  planned taking, nor a sentence before that told no post.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

SO = "SUCCESSOR_OF"
BIDEN, SUDANI, BLINKEN, SULLIVAN, HUSSEIN = (
    "person:joe-biden", "person:mohammed-shia-al-sudani", "person:antony-blinken",
    "person:jake-sullivan", "person:fuad-hussein")
MBS, RUBIO, FAISAL, WITKOFF = ("person:mohammed-bin-salman", "person:marco-rubio",
                               "person:faisal-bin-farhan", "person:steve-witkoff")
SISI, TAMIM, RASHAD = ("person:abdel-fattah-el-sisi", "person:tamim-bin-hamad-al-thani",
                       "person:hassan-rashad")
NETANYAHU, DERMER = "person:benjamin-netanyahu", "person:ron-dermer"
ERDOGAN, ARAGHCHI, FIDAN, KALIN = ("person:recep-tayyip-erdogan", "person:abbas-araghchi",
                                   "person:hakan-fidan", "person:ibrahim-kalin")
ABUFADAK, MUHANDIS = "person:abdul-aziz-al-muhammadawi", "person:abu-mahdi-al-muhandis"
QAANI, SOLEIMANI = "person:esmail-qaani", "person:qasem-soleimani"
ARAJI, FAYYADH = "person:qassim-al-araji", "person:falih-al-fayyadh"
QASSEM, NASRALLAH, MUSAWI = "person:naim-qassem", "person:hassan-nasrallah", "person:abbas-mousavi"
HADDAD, MSINWAR = "person:izz-al-din-al-haddad", "person:mohammed-sinwar"
QMUHAMMADAWI, SHAMMARI = "person:qais-al-muhammadawi", "person:abdul-amir-al-shammari"


# --- "in the room" / "at the table" ---------------------------------------------------------

def test_those_in_the_room_with_as_was(shipped):
    text = ("WASHINGTON — President Joe Biden welcomed Iraqi Prime Minister Mohammed Shia' "
            "al-Sudani to the Oval Office on Monday. Secretary of State Antony Blinken and "
            "national security adviser Jake Sullivan were in the room, as was Iraq's foreign "
            "minister, Fuad Hussein.")
    got = _met(shipped, text)
    for a in (BLINKEN, SULLIVAN, HUSSEIN):
        assert _pair(a, SUDANI) in got and _pair(a, BIDEN) in got


@pytest.mark.parametrize("text, attendees, sides", [
    ("Saudi Crown Prince Mohammed bin Salman received U.S. Secretary of State Marco Rubio in "
     "Riyadh on Tuesday. Also in the room were Saudi Foreign Minister Prince Faisal bin Farhan "
     "and U.S. envoy Steve Witkoff.", (FAISAL, WITKOFF), (MBS, RUBIO)),
    ("Egyptian President Abdel Fattah al-Sisi hosted Qatar's Emir Sheikh Tamim bin Hamad Al "
     "Thani in Cairo. At the table was Egyptian intelligence chief Hassan Rashad.",
     (RASHAD,), (SISI, TAMIM)),
    ("Israeli Prime Minister Benjamin Netanyahu met U.S. envoy Steve Witkoff in Jerusalem on "
     "Thursday. Strategic Affairs Minister Ron Dermer was also in the room.",
     (DERMER,), (NETANYAHU, WITKOFF)),
    ("Turkish President Recep Tayyip Erdogan met Iranian Foreign Minister Abbas Araghchi in "
     "Ankara. Turkey's foreign minister, Hakan Fidan, was at the table, as was intelligence "
     "chief Ibrahim Kalin.", (FIDAN, KALIN), (ERDOGAN, ARAGHCHI)),
])
def test_present_in_the_room_or_at_the_table(shipped, text, attendees, sides):
    got = _met(shipped, text)
    for a in attendees:
        for s in sides:
            assert _pair(a, s) in got


@pytest.mark.parametrize("text", [
    "Israeli Prime Minister Benjamin Netanyahu met U.S. envoy Steve Witkoff in Jerusalem on "
    "Thursday. Ron Dermer was in the room when the call came.",
    "Israeli Prime Minister Benjamin Netanyahu met U.S. envoy Steve Witkoff in Jerusalem on "
    "Thursday. Ron Dermer was not in the room.",
    "Israeli Prime Minister Benjamin Netanyahu spoke by phone with U.S. envoy Steve Witkoff on "
    "Thursday. Ron Dermer was also in the room.",
])
def test_no_attendee_outside_a_meeting_told(shipped, text):
    got = _met(shipped, text)
    assert _pair(DERMER, WITKOFF) not in got


# --- a long apposition before ", as <post> in place of Y" ----------------------------------

@pytest.mark.parametrize("text, pair", [
    ("In February 2020 the PMF commission named Abdul Aziz al-Mohammadawi, better known as Abu "
     "Fadak, a veteran Kataib Hezbollah commander, as chief of staff in al-Muhandis's place.",
     (ABUFADAK, MUHANDIS)),
    ("Supreme Leader Ali Khamenei appointed Esmail Qaani, known to his men as Haj Esmail, the "
     "longtime deputy of the force, as commander of the Quds Force in place of Qassem "
     "Soleimani.", (QAANI, SOLEIMANI)),
    ("Prime Minister Mustafa al-Kadhimi named Qassim al-Araji, a Badr veteran, a former "
     "interior minister and, since 2018, a lawmaker, as national security adviser instead of "
     "Falih al-Fayyadh.", (ARAJI, FAYYADH)),
    ("Hezbollah's Shura Council elected Naim Qassem, known as Sheikh Naim, the group's deputy "
     "leader since 1991, as secretary-general in succession to Hassan Nasrallah.",
     (QASSEM, NASRALLAH)),
])
def test_appointee_with_a_long_apposition(shipped, text, pair):
    assert pair in relation_pairs(shipped, text, SO, "en")


# --- Arabic "من بعده" -----------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("وكان الشهيد محمد السنوار قد تولى قيادة القسام خلفاً لمحمد الضيف، الذي استشهد في غارة على "
     "المواصي في تموز/يوليو 2024. وتولى عز الدين حداد، قائد لواء غزة، قيادة الجناح العسكري من "
     "بعده، وفق مصادر في الحركة.", (HADDAD, MSINWAR)),
    ("وكان عبد الأمير الشمري يشغل قبل توزيره منصب نائب قائد العمليات المشتركة، وقد كُلّف الفريق "
     "الركن قيس المحمداوي بالمنصب من بعده.", (QMUHAMMADAWI, SHAMMARI)),
    ("قاد عباس الموسوي حزب الله حتى اغتياله عام 1992. وانتُخب حسن نصر الله أميناً عاماً من "
     "بعده.", (NASRALLAH, MUSAWI)),
    ("شغل فالح الفياض منصب مستشار الأمن الوطني حتى عام 2020، وتسلّم قاسم الأعرجي المنصب من "
     "بعده.", (ARAJI, FAYYADH)),
    ("وكان أبو مهدي المهندس نائباً لرئيس هيئة الحشد الشعبي حتى مقتله في غارة أمريكية. واختير "
     "عبد العزيز المحمداوي رئيساً لأركان الهيئة من بعده.", (ABUFADAK, MUHANDIS)),
])
def test_post_taken_after_him_ar(shipped, text, pair):
    assert pair in relation_pairs(shipped, text, SO, "ar")


@pytest.mark.parametrize("text", [
    "ألقى الرئيس عبد اللطيف رشيد كلمة في الجلسة، وتحدث من بعده رئيس الوزراء محمد شياع السوداني.",
    "شغل فالح الفياض منصب مستشار الأمن الوطني حتى عام 2020. ومن المتوقع أن يتولى قاسم الأعرجي "
    "المنصب من بعده.",
    "التقى السوداني بفالح الفياض في بغداد. وتولى قاسم الأعرجي المنصب من بعده.",
])
def test_no_succession_after_him_without_a_post_told(rules_only, text):
    got = relation_pairs(rules_only, text, SO, "ar")
    assert (ARAJI, FAYYADH) not in got and not any(p[0] == SUDANI for p in got)


# --- an attendee of a meeting of his own country's people ----------------------------------

NECHIRVAN, BAFEL, QUBAD = ("person:nechirvan-barzani", "person:bafel-talabani",
                           "person:qubad-talabani")
KHAMENEI, PEZ = "person:ali-khamenei", "person:masoud-pezeshkian"


@pytest.mark.parametrize("text, attendee, sides, lang", [
    ("Kurdistan Region President Nechirvan Barzani arrived in Sulaimani on Sunday and met PUK "
     "leader Bafel Talabani. Talabani's brother, KRG Deputy Prime Minister Qubad Talabani, sat "
     "in on the talks, a PUK source said.", QUBAD, (NECHIRVAN, BAFEL), "en"),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani received PMF chairman Falih al-Fayyadh on "
     "Sunday. The force's chief of staff, Abu Fadak al-Mohammadawi, attended the meeting.",
     ABUFADAK, (SUDANI, FAYYADH), "en"),
    ("Supreme Leader Ali Khamenei received President Masoud Pezeshkian on Tuesday. Foreign "
     "Minister Abbas Araghchi was also present.", ARAGHCHI, (KHAMENEI, PEZ), "en"),
    ("استقبل رئيس الوزراء محمد شياع السوداني رئيس هيئة الحشد الشعبي فالح الفياض، اليوم الأحد. "
     "وحضر اللقاء رئيس أركان الهيئة عبد العزيز المحمداوي.", ABUFADAK, (SUDANI, FAYYADH), "ar"),
])
def test_attendee_of_a_meeting_of_his_own_country(shipped, text, attendee, sides, lang):
    got = _met(shipped, text, lang)
    for s in sides:
        assert _pair(attendee, s) in got
