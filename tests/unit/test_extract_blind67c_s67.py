"""Session 67 (blind67c): fixes after the first contact of blind set PM-PN (Egypt and Libya
2011-2020, written blind: the military council and Morsi, Sisi with Haftar, Saleh and Gulf
leaders, the UN envoys to Libya succeeding each other), each read in several paraphrases of
other outlets and people.

- Meetings, Arabic: «وكان في مقدمة / طليعة / على رأس مستقبليه X» is read when it is the one
  meeting cue of the sentence (``meetings_ar``: the pronoun form of session 66 ran only after
  another cue; «على رأس» and the feminine «مستقبليها» are read too), and a woman's arrival,
  «وصلت / زارت / حطت ...», gives the visitor the pronoun stands for
  (``context_speakers._AR_ARRIVED``). Not a planned («وسيكون») or negated («ولم يكن») one.
- Successions, English: "X, his successor, <verb>": X succeeded the person named before him
  ("Annan resigned in August. Lakhdar Brahimi, his successor, fared no better";
  ``succession_his_apposed_en``). Not "his likely successor", "his predecessor", "his deputy".
- Meetings, English: "X met Y (in P, on <day>) alongside Z": Z took part, and met X and Y
  (``meeting_alongside_en``, after the meeting rules of ``meetings_en``). Not "talks with Y
  alongside talks with Z", a negated or planned meeting, another clause between Y and
  "alongside" ("Y, whose forces fought alongside Z's allies").
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

SALMAN, SISI = "person:salman-bin-abdulaziz", "person:abdel-fattah-el-sisi"
TAMIM, NAWAF, ERDOGAN = ("person:tamim-bin-hamad-al-thani", "person:nawaf-al-ahmad-al-sabah",
                         "person:recep-tayyip-erdogan")
SARRAJ, KAMEL = "person:fayez-al-sarraj", "person:abbas-kamel"
SUDANI, MOKHBER = "person:mohammed-shia-al-sudani", "person:mohammad-mokhber"
WILLIAMS, SALEH = "person:stephanie-williams", "person:aguila-saleh"
KOBLER, LEON = "person:martin-kobler", "person:bernardino-leon"
BRAHIMI, ANNAN = "person:lakhdar-brahimi", "person:kofi-annan"
OBAMA, TRUMP = "person:barack-obama", "person:donald-trump"
MAY, JOHNSON = "person:theresa-may", "person:boris-johnson"
KHAMENEI, RAISI = "person:ali-khamenei", "person:ebrahim-raisi"
SALAME = "person:ghassan-salame"
NASRALLAH, QASSEM = "person:hassan-nasrallah", "person:naim-qassem"
JIBRIL, CLINTON, JALIL = "person:mahmoud-jibril", "person:hillary-clinton", "person:mustafa-abdul-jalil"
WALID, TAYMOUR, SHARAA = "person:walid-jumblatt", "person:taymour-jumblatt", "person:ahmed-al-sharaa"
HAFTAR, FIDAN, KALIN = "person:khalifa-haftar", "person:hakan-fidan", "person:ibrahim-kalin"


# --- «وكان في مقدمة مستقبليه X» as the sentence's one cue -------------------------------------

@pytest.mark.parametrize("text, guest, host", [
    ("وصل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز إلى القاهرة أمس، وكان في مقدمة مستقبليه "
     "بمطار القاهرة الدولي الرئيس عبدالفتاح السيسي.", SALMAN, SISI),
    ("وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى الكويت اليوم، وكان في مقدمة مستقبليه أمير الكويت "
     "الشيخ نواف الأحمد الجابر الصباح.", TAMIM, NAWAF),
    ("وصل الرئيس التركي رجب طيب أردوغان إلى الدوحة مساء أمس، وكان على رأس مستقبليه أمير قطر الشيخ "
     "تميم بن حمد آل ثاني.", ERDOGAN, TAMIM),
    ("وصل رئيس المجلس الرئاسي فايز السراج إلى القاهرة أمس، وكان في مقدمة مستقبليه رئيس المخابرات "
     "العامة اللواء عباس كامل.", SARRAJ, KAMEL),
    ("حطت طائرة رئيس الوزراء العراقي محمد شياع السوداني في طهران، وكان في طليعة مستقبليه النائب "
     "الأول للرئيس الإيراني محمد مخبر.", SUDANI, MOKHBER),
    ("وصلت المبعوثة الأممية ستيفاني ويليامز إلى بنغازي، وكان في مقدمة مستقبليها رئيس مجلس النواب "
     "عقيلة صالح.", WILLIAMS, SALEH),
])
def test_at_the_head_of_his_receivers_alone_is_a_meeting(shipped, text, guest, host):
    assert _pair(guest, host) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, guest, host", [
    ("ومن المقرر أن يصل الرئيس التركي رجب طيب أردوغان إلى الدوحة غداً، وسيكون في مقدمة مستقبليه "
     "أمير قطر الشيخ تميم بن حمد آل ثاني.", ERDOGAN, TAMIM),
    ("وصل الرئيس التركي رجب طيب أردوغان إلى الدوحة مساء أمس، ولم يكن أمير قطر الشيخ تميم بن حمد "
     "آل ثاني في مقدمة مستقبليه.", ERDOGAN, TAMIM),
])
def test_a_planned_or_negated_reception_is_no_meeting(shipped, text, guest, host):
    assert _pair(guest, host) not in _met(shipped, text, "ar")


# --- "X, his successor, <verb>" -----------------------------------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("Bernardino Leon's term ended in November 2015. Germany's Martin Kobler, his successor, "
     "oversaw the signing in December.", KOBLER, LEON),
    ("Kofi Annan resigned as UN envoy for Syria in August 2012. Lakhdar Brahimi, his successor, "
     "fared no better.", BRAHIMI, ANNAN),
    ("Barack Obama received Donald Trump, his successor, at the White House on Thursday.",
     TRUMP, OBAMA),
    ("Theresa May resigned in June. Boris Johnson, her successor, met Emmanuel Macron in Paris.",
     JOHNSON, MAY),
])
def test_a_person_then_his_successor_in_commas_succeeded_the_one_before(shipped, text, new, old):
    assert (new, old) in relation_pairs(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text, a, b", [
    ("Ali Khamenei praised Ebrahim Raisi, his likely successor, in a speech.", RAISI, KHAMENEI),
    ("Ghassan Salame resigned on 2 March. Stephanie Williams, his predecessor, was not consulted.",
     WILLIAMS, SALAME),
    ("Hassan Nasrallah was killed in September. Naim Qassem, his deputy, spoke at the funeral.",
     QASSEM, NASRALLAH),
])
def test_a_likely_successor_a_predecessor_or_a_deputy_is_not_read_so(shipped, text, a, b):
    assert (a, b) not in relation_pairs(shipped, text, "SUCCESSOR_OF", "en")


# --- "X met Y alongside Z" ---------------------------------------------------------------------

@pytest.mark.parametrize("text, x, y, z", [
    ("Mahmoud Jibril met US Secretary of State Hillary Clinton alongside Mustafa Abdul Jalil in "
     "Tripoli on Tuesday.", JIBRIL, CLINTON, JALIL),
    ("Walid Jumblatt met Ahmed al-Sharaa in Damascus alongside his son Taymour Jumblatt.",
     WALID, SHARAA, TAYMOUR),
    ("Egyptian President Abdel Fattah al-Sisi received Khalifa Haftar on Sunday alongside Aguila "
     "Saleh.", SISI, HAFTAR, SALEH),
    ("Hakan Fidan met Ahmed al-Sharaa in Damascus alongside Turkish intelligence chief Ibrahim "
     "Kalin.", FIDAN, SHARAA, KALIN),
])
def test_a_companion_alongside_met_both_sides(shipped, text, x, y, z):
    met = _met(shipped, text, "en")
    assert {_pair(x, y), _pair(z, x), _pair(z, y)} <= met


@pytest.mark.parametrize("text, y, z", [
    ("Mahmoud Jibril held talks with Hillary Clinton on Tuesday alongside talks with Mustafa Abdul "
     "Jalil.", CLINTON, JALIL),
    ("Walid Jumblatt did not meet Ahmed al-Sharaa in Damascus alongside his son Taymour Jumblatt.",
     SHARAA, TAYMOUR),
    ("Walid Jumblatt is expected to meet Ahmed al-Sharaa in Damascus alongside his son Taymour "
     "Jumblatt.", SHARAA, TAYMOUR),
    ("Hakan Fidan spoke by phone with Ahmed al-Sharaa, alongside calls with Abbas Araghchi.",
     SHARAA, "person:abbas-araghchi"),
    ("Mahmoud Jibril met Hillary Clinton, who had worked closely alongside Mustafa Abdul Jalil.",
     CLINTON, JALIL),
    ("Sisi received Khalifa Haftar, whose forces fought alongside Aguila Saleh's tribal allies.",
     HAFTAR, SALEH),
])
def test_another_meeting_a_negated_planned_or_remote_one_gives_no_companion(shipped, text, y, z):
    assert _pair(y, z) not in _met(shipped, text, "en")
