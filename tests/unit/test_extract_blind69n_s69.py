"""Session 69 (blind69n): fixes after the first contact of blind set SQ-SR (Lebanon 1982-1990, written
blind: Bashir and Amine Gemayel, Philip Habib's shuttle, the 17 May agreement, Rashid Karami, Mufti Hassan
Khaled, the Taif accord, Rene Moawad, Elias Hrawi, Michel Aoun's interim government).

- Gazetteer (``gazetteer_mideast.yaml``): the West Beirut district «عائشة بكار» / Aisha Bakkar (where
  Selim al-Hoss lived and Dar al-Fatwa stands) is a place, not a woman: «استقبل X في منزله في عائشة
  بكار Y» is X's meeting with Y, and the district meets no one; Dar al-Fatwa («دار الفتوى») is
  Lebanon's Sunni religious authority, not a person ("returning to Dar al-Fatwa from a meeting with
  X" pairs no "Dar al-Fatwa" with X); Selim al-Hoss, Elias Hrawi and Mufti Hassan Khaled are known
  under their usual spellings (Salim Hoss, Elias Hraoui, «الياس الهراوي», «سليم الحص»).
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

HOSS, HRAWI, KHALED = "person:selim-al-hoss", "person:elias-hrawi", "person:hassan-khaled"
BERRI, JUMBLATT, SALAM, DERIAN = ("person:nabih-berri", "person:walid-jumblatt", "person:nawaf-salam",
                                  "person:abdul-latif-derian")
AISHA, FATWA = "location:aisha-bakkar", "organization:dar-al-fatwa"


# --- Aisha Bakkar is a place -------------------------------------------------------------------

@pytest.mark.parametrize("text, host, guest", [
    ("استقبل الرئيس سليم الحص في منزله في عائشة بكار النائب وليد جنبلاط.", HOSS, JUMBLATT),
    ("استقبل رئيس الحكومة الدكتور سليم الحص مساء أمس في دارته في عائشة بكار رئيس حركة أمل نبيه "
     "بري، وجرى عرض للأوضاع.", HOSS, BERRI),
    ("التقى مفتي الجمهورية الشيخ عبد اللطيف دريان في دار الفتوى في عائشة بكار رئيس الحكومة نواف "
     "سلام.", DERIAN, SALAM),
])
def test_aisha_bakkar_is_a_district_and_leaves_the_meeting_to_the_host(shipped, text, host, guest):
    met = _met(shipped, text, "ar")
    assert _pair(host, guest) in met
    assert not any(AISHA in p or "person:aisha-bakar" in p for p in met)


@pytest.mark.parametrize("text", [
    "Former Prime Minister Selim al-Hoss received Walid Jumblatt at his home in Aisha Bakkar on Monday.",
    "Mourners gathered outside Dar al-Fatwa in the Aicha Bakkar district of west Beirut.",
])
def test_aisha_bakkar_in_english_is_the_place(shipped, text):
    ids = _ids(shipped, text, "en")
    assert AISHA in ids
    assert not any(i.startswith("person:ai") for i in ids)


# --- Dar al-Fatwa is the religious authority ---------------------------------------------------

@pytest.mark.parametrize("text, lang, person", [
    ("The cleric was returning to Dar al-Fatwa from a meeting with Prime Minister Salim Hoss.", "en", HOSS),
    ("Speaker Nabih Berri met the mufti at Dar al-Fatwa on Friday.", "en", BERRI),
    ("زار رئيس الحكومة نواف سلام دار الفتوى أمس والتقى مفتي الجمهورية.", "ar", SALAM),
])
def test_dar_al_fatwa_is_a_body_not_a_person_met(shipped, text, lang, person):
    ids = _ids(shipped, text, lang)
    assert FATWA in ids
    assert "person:dar-al-fatwa" not in ids
    assert _pair(FATWA, person) not in _met(shipped, text, lang)


# --- the 1980s premier, president and mufti under their usual spellings -------------------------

@pytest.mark.parametrize("text, lang, pid", [
    ("Prime Minister Salim Hoss declared three days of mourning.", "en", HOSS),
    ("Acting premier Selim el-Hoss chaired the cabinet on Tuesday.", "en", HOSS),
    ("ترأس الرئيس سليم الحص جلسة مجلس الوزراء.", "ar", HOSS),
    ("Parliament elected Elias Hraoui, a deputy from Zahle, on Friday.", "en", HRAWI),
    ("هنّأ الرئيس الياس الهراوي اللبنانيين بعيد الاستقلال.", "ar", HRAWI),
    ("Sheikh Hassan Khaled, the grand mufti of Lebanon, called for calm.", "en", KHALED),
])
def test_lebanese_figures_of_the_1980s_are_known(shipped, text, lang, pid):
    assert pid in _ids(shipped, text, lang)


def test_hoss_receives_two_guests_in_aisha_bakkar(shipped):
    text = ("واستقبل الرئيس سليم الحص مساءً في منزله في عائشة بكار رئيس حركة أمل الوزير نبيه بري، "
            "في حضور الوزير وليد جنبلاط.")
    met = _met(shipped, text, "ar")
    assert _pair(HOSS, BERRI) in met
    assert _pair(HOSS, JUMBLATT) in met
