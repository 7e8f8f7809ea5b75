"""Session 55 (helper newmeet55): MET_WITH pairs the extractor missed on the newest dev
writers (`$NEWDEV`), read by construction; sentences of our own.

- "X met <group> leaders / officials / figures <place or time adjunct>, including A (and
  B)": the adjunct ("at Y's house in Baghdad on December 29", "at the embassy in Beirut on
  Saturday") between the group noun and its list no longer hides the list, and a body naming
  the group ("Coordination Framework leaders", "Hamas leaders") no longer ends the way back to
  the verb (`meeting_generic_en.generic_before_adjunct`, in
  `meeting_frames_en.generic_object_including_en`).
- "X (, who ...,) arrived in D with A at his side and held talks with Y. The two envoys then
  met B and, later, C": the two are X and A (`plural_refs._at_side_pair`, in `_members`: a
  travel verb between X and "with A at his side").
- «استقبل Z الضيفَ الإيراني» four sentences after the reception of the Iranian guest: the
  guest, with a nationality after the word (`context_speakers.recent_guest`: one sentence
  further back than without one).
- Not read: a phone call ("spoke with ... by phone"), a planned meeting ("is expected to
  meet"), the source after the list ("including A, spokesman B said": B is no one met).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ARAGHCHI, QASSEM = "person:abbas-araghchi", "person:naim-qassem"
MBAR, HAYYA, JABARIN = ("person:mohammed-bin-abdulrahman-al-thani", "person:khalil-al-hayya",
                        "person:zaher-jabarin")
QAANI, MALIKI = "person:esmail-qaani", "person:nouri-al-maliki"
SUDANI, BARZANI = "person:mohammed-shia-al-sudani", "person:masoud-barzani"
BAGHAEI = "person:esmaeil-baghaei"


@pytest.mark.parametrize("text, pairs", [
    ("Iranian Foreign Minister Abbas Araghchi met Hezbollah officials at the Iranian embassy "
     "in Beirut on Saturday, including the group's secretary-general Naim Qassem.",
     [(ARAGHCHI, QASSEM)]),
    ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leaders at his "
     "office in Doha on Tuesday, including Khalil al-Hayya and Zaher Jabarin.",
     [(MBAR, HAYYA), (MBAR, JABARIN)]),
    ("Quds Force commander Esmail Qaani met Coordination Framework leaders at Falih "
     "al-Fayyadh's home in Baghdad on Sunday, including Nouri al-Maliki, sources said.",
     [(QAANI, MALIKI)]),
])
def test_group_object_adjunct_before_including(rules_only, text, pairs):
    met = _met(rules_only, text)
    for a, b in pairs:
        assert _pair(a, b) in met


@pytest.mark.parametrize("text, pairs", [
    ("Iraqi Prime Minister Mohammed Shia al-Sudani spoke with Kurdish leaders by phone on "
     "Monday, including Masoud Barzani.", [(SUDANI, BARZANI)]),
    ("Quds Force commander Esmail Qaani is expected to meet Framework leaders at Hadi "
     "al-Amiri's house in Baghdad on Thursday, including Nouri al-Maliki.", [(QAANI, MALIKI)]),
    ("Iranian Foreign Minister Abbas Araghchi met Hezbollah officials at the embassy in "
     "Beirut on Saturday, including Naim Qassem, Iranian spokesman Esmaeil Baghaei said.",
     [(ARAGHCHI, BAGHAEI)]),
])
def test_group_object_adjunct_not_read(shipped, text, pairs):
    met = _met(shipped, text)
    for a, b in pairs:
        assert _pair(a, b) not in met


# --- "the two envoys" after "X arrived ... with A at his side" ------------------------------

WITKOFF, KUSHNER = "person:steve-witkoff", "person:jared-kushner"
ABDELATTY, SISI = "person:badr-abdelatty", "person:abdel-fattah-el-sisi"
CAIRO = ("US envoy Steve Witkoff, who had met Qatari officials in Doha a week earlier, arrived "
         "in Cairo on Sunday with Jared Kushner at his side and held talks with Egyptian "
         "intelligence chief Hassan Rashad.\n")


def test_two_envoys_are_the_traveller_and_his_companion(shipped):
    met = _met(shipped, CAIRO + "The two envoys then met Foreign Minister Badr Abdelatty and, "
               "later in the evening, President Abdel Fattah al-Sisi.")
    for a, b in [(WITKOFF, ABDELATTY), (KUSHNER, ABDELATTY), (WITKOFF, SISI),
                 (KUSHNER, SISI)]:
        assert _pair(a, b) in met


def test_two_envoys_planned_meeting_not_read(shipped):
    met = _met(shipped, CAIRO + "The two envoys are expected to meet President Abdel Fattah "
               "al-Sisi on Tuesday.")
    assert _pair(KUSHNER, SISI) not in met


# --- «الضيف الإيراني» four sentences after the reception --------------------------------

QALIBAF = "person:mohammad-bagher-ghalibaf"
BAGHDAD_AR = (
    "استقبل رئيس مجلس النواب العراقي محمود المشهداني، الثلاثاء، رئيس مجلس الشورى الإيراني "
    "محمد باقر قاليباف والوفد المرافق له، بحضور السفير الإيراني في بغداد محمد كاظم آل صادق.\n"
    "وذكر بيان للمجلس أن الجانبين بحثا ملف اغتيال قائد فيلق القدس الفريق قاسم سليماني قرب "
    "مطار بغداد بأمر من الرئيس الأمريكي السابق دونالد ترامب.\n"
    "وكانت محكمة عراقية قد أصدرت مذكرة قبض بحق ترامب. ونفى مصدر برلماني أن يكون الجانبان قد "
    "بحثا ملف الفصائل.\n"
    "وفي وقت لاحق، استقبل رئيس الوزراء محمد شياع السوداني الضيف الإيراني في القصر الحكومي.")


def test_the_iranian_guest_four_sentences_on(rules_only):
    assert _pair(SUDANI, QALIBAF) in _met(rules_only, BAGHDAD_AR)
