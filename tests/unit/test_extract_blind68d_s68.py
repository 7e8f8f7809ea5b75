"""Session 68 (blind68d): fixes after the first contact of blind set QU-QV (Afghanistan and
Pakistan 2020-2024, written blind: the Doha talks, the Taliban government, Muttaqi's and
Baradar's meetings, al-Zawahiri, ISIS-K and TTP leaders), each read in several paraphrases.

- Meetings, Arabic: the honorific pronoun «سعادته» (Qatari, Kuwaiti and Bahraini agency copy
  titles ministers and envoys «سعادة») stands for the last person titled «سعادة», as «سموه» and
  «معاليه» did: «التقى سعادة الشيخ X ... كما التقى سعادته Y» (``honorific_refs._SAADA``); not
  "his happiness" («أعرب عن سعادته بـ...»: ``honorific_refs._is_joy``).
- Meetings, Arabic: a list whose members carry their office after the name, one per comma,
  «التقى X A الرئيس السابق، وB رئيس المجلس»، «A أمين المجلس الأعلى للأمن القومي، وB وزير الخارجية»:
  the office is A's and the و after the comma opens the next member (``chain_post_title_ar``,
  used by ``chains.chain``), also past a body named in A's office.
- Meetings, English: a participle of a clause reported by the main subject, with a subject of
  its own, is not the speaker's meeting: "X said that by hosting Y, Z had ...", "X said Z had
  violated the accord by hosting Y" (``meeting_frames_en._reported_other_subject``); "X said he
  had angered Israel by hosting Y" still is. The `rules` extractor only: the scorer still pairs
  some of these.
- Entities: "the Islamic Emirate" / «الإمارة الإسلامية» is ``organization:afghan-government``
  (gazetteer alias), no person "Islamic Emirate" met by all.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

MBAR, AKHUND, KARZAI, ABDULLAH = ("person:mohammed-bin-abdulrahman-al-thani", "person:mohammad-hassan-akhund",
                                  "person:hamid-karzai", "person:abdullah-abdullah")
KHULAIFI, MUTTAQI, BARADAR = ("person:mohammed-al-khulaifi", "person:amir-khan-muttaqi",
                              "person:abdul-ghani-baradar")
SUDANI, ARAGHCHI, LARIJANI, RASHID = ("person:mohammed-shia-al-sudani", "person:abbas-araghchi",
                                      "person:ali-larijani", "person:abdul-latif-rashid")
AOUN, BERRI, SALAM = "person:joseph-aoun", "person:nabih-berri", "person:nawaf-salam"

_QNA = ("التقى سعادة الشيخ محمد بن عبدالرحمن آل ثاني نائب رئيس مجلس الوزراء وزير الخارجية، اليوم، "
        "بالملا محمد حسن آخوند رئيس الوزراء في حكومة تصريف الأعمال الأفغانية. ")
_KHULAIFI = ("التقى سعادة الدكتور محمد بن عبدالعزيز الخليفي وزير الدولة بوزارة الخارجية، اليوم، "
             "بالمولوي أمير خان متقي وزير الخارجية الأفغاني. ")


# --- «سعادته»: His Excellency ---------------------------------------------------------------------

@pytest.mark.parametrize("text, host, guest", [
    (_QNA + "كما التقى سعادته، في وقت لاحق، الرئيس الأفغاني السابق حامد كرزاي.", MBAR, KARZAI),
    (_QNA + "كما التقى سعادته حامد كرزاي الرئيس الأفغاني السابق.", MBAR, KARZAI),
    (_QNA + "واستقبل سعادته في مقر إقامته الدكتور عبدالله عبدالله رئيس المجلس الأعلى للمصالحة الوطنية.",
     MBAR, ABDULLAH),
    (_KHULAIFI + "كما التقى سعادته الملا عبد الغني برادر نائب رئيس الوزراء.", KHULAIFI, BARADAR),
    (_KHULAIFI + "وبحث سعادته مع الملا عبد الغني برادر نائب رئيس الوزراء سبل دعم الاستقرار.",
     KHULAIFI, BARADAR),
])
def test_saadatuhu_is_the_last_person_titled_saada(shipped, text, host, guest):
    assert _pair(host, guest) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, host, guest", [
    (_QNA + "وأعرب حامد كرزاي عن سعادته بلقاء الوزير.", MBAR, KARZAI),
    (_KHULAIFI + "وعبّر الملا عبد الغني برادر عن سعادته البالغة بالزيارة.", KHULAIFI, BARADAR),
])
def test_his_happiness_is_no_excellency(shipped, text, host, guest):
    assert _pair(host, guest) not in _met(shipped, text, "ar")


# --- "A <office>، وB <office>": one list ------------------------------------------------------------

@pytest.mark.parametrize("text, host, a, b", [
    (_QNA + "كما التقى سعادته، في وقت لاحق، فخامة السيد حامد كرزاي الرئيس الأفغاني السابق، وسعادة "
     "الدكتور عبدالله عبدالله رئيس المجلس الأعلى للمصالحة الوطنية، كلاً على حدة.", MBAR, KARZAI, ABDULLAH),
    ("التقى وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني حامد كرزاي الرئيس الأفغاني السابق، وعبدالله "
     "عبدالله رئيس المجلس الأعلى للمصالحة الوطنية.", MBAR, KARZAI, ABDULLAH),
    ("استقبل رئيس الوزراء محمد شياع السوداني عباس عراقجي وزير الخارجية الإيراني، وعلي لاريجاني أمين "
     "المجلس الأعلى للأمن القومي الإيراني.", SUDANI, ARAGHCHI, LARIJANI),
    ("استقبل الرئيس العراقي عبد اللطيف رشيد علي لاريجاني أمين المجلس الأعلى للأمن القومي الإيراني، "
     "وعباس عراقجي وزير الخارجية.", RASHID, LARIJANI, ARAGHCHI),
    ("التقى الموفد القطري محمد بن عبدالعزيز الخليفي نبيه بري رئيس مجلس النواب، ونواف سلام رئيس الحكومة.",
     KHULAIFI, BERRI, SALAM),
])
def test_office_after_each_name_then_and_opens_the_next_guest(shipped, text, host, a, b):
    met = _met(shipped, text, "ar")
    assert _pair(host, a) in met
    assert _pair(host, b) in met
    assert _pair(a, b) not in met


@pytest.mark.parametrize("text, host, a, other", [
    # a new clause after the office: no second guest
    ("استقبل رئيس الوزراء محمد شياع السوداني عباس عراقجي وزير الخارجية الإيراني، وأكد خلال اللقاء "
     "أن الرئيس جوزاف عون سيزور بغداد قريباً.", SUDANI, ARAGHCHI, AOUN),
    # a relative clause, not an office, before the comma
    ("استقبل رئيس الوزراء محمد شياع السوداني عباس عراقجي الذي وصل بغداد صباحاً، وعلي لاريجاني لم "
     "يحضر اللقاء.", SUDANI, ARAGHCHI, LARIJANI),
])
def test_no_second_guest_without_a_list(shipped, text, host, a, other):
    met = _met(shipped, text, "ar")
    assert _pair(host, a) in met
    assert _pair(host, other) not in met


# --- "the Islamic Emirate": the Taliban's government, no person ----------------------------------

QIN, BILAWAL, DAR, MUJAHID = ("person:qin-gang", "person:bilawal-bhutto-zardari", "person:ishaq-dar",
                              "person:zabihullah-mujahid")
AFG_GOV = "organization:afghan-government"


@pytest.mark.parametrize("text, lang, pairs", [
    ("Acting Foreign Minister of the Islamic Emirate, Mawlawi Amir Khan Muttaqi, met with Chinese Foreign "
     "Minister Qin Gang and Pakistan's Foreign Minister Bilawal Bhutto Zardari in Islamabad on Saturday.", "en",
     [(MUTTAQI, QIN), (MUTTAQI, BILAWAL)]),
    ("The Islamic Emirate's acting foreign minister, Amir Khan Muttaqi, met Pakistan's Deputy Prime Minister "
     "Ishaq Dar in Kabul on Saturday.", "en", [(MUTTAQI, DAR)]),
    ("التقى وزير خارجية الإمارة الإسلامية المولوي أمير خان متقي نائب رئيس الوزراء الباكستاني إسحاق دار في "
     "كابل.", "ar", [(MUTTAQI, DAR)]),
])
def test_the_islamic_emirate_is_the_afghan_government(shipped, text, lang, pairs):
    doc = shipped.extract(text, lang=lang)
    ids = {e["id"] for e in doc["entities"]}
    assert not any(i.startswith("person:") and "emirate" in i for i in ids)
    assert AFG_GOV in ids
    met = _met(shipped, text, lang)
    for a, b in pairs:
        assert _pair(a, b) in met


# --- "X said that by hosting Y, Z had ...": not X's meeting ------------------------------------------

BLINKEN, ZAWAHIRI, NETANYAHU, MESHAAL = ("person:antony-blinken", "person:ayman-al-zawahiri",
                                         "person:benjamin-netanyahu", "person:khaled-mashal")
ERDOGAN, HANIYEH, TAMIM = ("person:recep-tayyip-erdogan", "person:ismail-haniyeh",
                           "person:tamim-bin-hamad-al-thani")


@pytest.mark.parametrize("text, speaker, hosted", [
    ("Secretary of State Antony Blinken said that by hosting al-Zawahri the Taliban had \"grossly violated\" "
     "the accord.", BLINKEN, ZAWAHIRI),
    ("Secretary of State Antony Blinken said that by hosting Ayman al-Zawahiri, the Taliban had violated the "
     "Doha agreement.", BLINKEN, ZAWAHIRI),
    ("Blinken said the Taliban had violated the accord by hosting Ayman al-Zawahiri in Kabul.", BLINKEN, ZAWAHIRI),
    ("Israeli Prime Minister Benjamin Netanyahu said that by hosting Khaled Meshaal, Qatar had sided with "
     "terror.", NETANYAHU, MESHAAL),
    ("Netanyahu said Qatar was sheltering terrorists by hosting Khaled Meshaal.", NETANYAHU, MESHAAL),
])
def test_the_reported_clause_hosts_not_the_speaker(rules_only, text, speaker, hosted):
    # (rules only: the scorer still pairs some of them, seen not fixed)
    assert _pair(speaker, hosted) not in _met(rules_only, text, "en")


@pytest.mark.parametrize("text, a, b", [
    ("Erdogan flew to Doha on Sunday, meeting Emir Tamim bin Hamad Al Thani.", ERDOGAN, TAMIM),
    ("Blinken visited Doha on Monday, meeting Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.",
     BLINKEN, MBAR),
    ("Erdogan said he had angered Israel by hosting Ismail Haniyeh in Istanbul.", ERDOGAN, HANIYEH),
])
def test_the_participle_of_the_speakers_own_clause_still_meets(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "en")
