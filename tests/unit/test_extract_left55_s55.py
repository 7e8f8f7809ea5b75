"""Session 55 (left55): failures earlier sessions saw and left, on fresh sentences in both
languages.

- Successions: a loss that "paved / cleared the way" for the next holder ("Y's resignation
  paved the way for X to become prime minister", "Y resigned, paving the way for X to take
  over", "مهّدت استقالة Y الطريق أمام X لتولي ...", "استقال Y، ما مهد الطريق أمام X لتولي"),
  an appointment noun that "follows / comes after" a loss ("X's appointment follows the death
  of Y") (`succession_paved_way`); a body headed "in Y's stead / in place of Y" ("X now heads
  the group's Gaza wing in Y's stead", `succession_entrusted_en.heads_body` read by
  `core_recall_succession.instead_of`). Negatives: no loss ("Y's visit paved the way"), no post
  ("for troops to enter"), a plan ("could pave the way"), a stand-in at one event ("led the
  delegation in place of Y").
- A ruler's description after his death: "His Highness the Emir", "His Majesty", «صاحب السمو
  الأمير» once the article named the successor taking the throne ("named Crown Prince X as the
  new Emir", "X was sworn in as sultan") is the successor, not the dead ruler
  (`desc_new_ruler`, from `coreference.resolve_description` and `honorific_refs`); with no
  successor named it stays the ruler. The succession itself: "Emir Y died ... The cabinet named
  Crown Prince X as the new Emir", "Sultan Y died ... X was sworn in as sultan"
  (`succession_dead_ruler_en`, new); «انتقل إلى جوار ربه أمير الكويت Y. ونادى مجلس الوزراء بـX
  أميراً» (`succession_dead_post_ar`: «جوار» a word of death). Not without the death.
- "The Iranian president" / «رئيس إيران» / «الرئيس الإيراني» is not the gazetteer's leader of
  Iran who is no president (Khamenei): nobody when the article names no president, the
  president it named otherwise; «رئيس الجمهورية في إيران، آية الله X،» (a name set off after
  it) is read as before (`coreference._resolve_description`).
- Meetings: "received messages / cables of condolence from world leaders, including Y" is no
  meeting with Y (`meeting_frames_en.generic_object_including_en`, `meeting_fallback`, and
  the scorer's sentence veto `scorer_gates.unreal_meeting`; words in `lexicon.EN_SENT_NOUNS`);
  "received world leaders ..., among them Y" still is.
- Names: a lone ambiguous family name right after a head's title is the one known holder of
  that title ("President Aliyev": Ilham Aliyev, `guarded_title.en_title_holders` from
  `known_names`), and of several holders the one whose gazetteer tenure holds the year of the
  article's dateline ("BEIRUT, March 3, 2025 - President Aoun" / «بيروت - 3 آذار 2025: استقبل
  الرئيس عون»: Joseph Aoun; a 2016 dateline: Michel Aoun; no year: neither,
  `guarded_title.holders_of_the_year`).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair

SHTAYYEH, KADHIMI, ABDUL_MAHDI = ("person:mohammad-shtayyeh", "person:mustafa-al-kadhimi",
                                  "person:adil-abdul-mahdi")
MOKHBER, RAISI = "person:mohammad-mokhber", "person:ebrahim-raisi"
HAYYA, SINWAR = "person:khalil-al-hayya", "person:yahya-sinwar"
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"
HANIYEH, MESHAAL = "person:ismail-haniyeh", "person:khaled-meshaal"
SABAH, NAWAF = "person:sabah-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah"
KHAMENEI, PEZESHKIAN, SUDANI = ("person:ali-khamenei", "person:masoud-pezeshkian",
                               "person:mohammed-shia-al-sudani")
JOSEPH_AOUN, MACRON, SISI = ("person:joseph-aoun", "person:emmanuel-macron",
                             "person:abdel-fattah-el-sisi")
ABDULLAH = "person:abdullah-ii"
MICHEL_AOUN, ORTAGUS = "person:michel-aoun", "person:morgan-ortagus"
ALIYEV, FIDAN = "person:ilham-aliyev", "person:hakan-fidan"
ZARIF, ABBAS = "person:mohammad-javad-zarif", "person:mahmoud-abbas"
QABOOS, HAITHAM, MBS = "person:qaboos-bin-said", "person:haitham-bin-tariq", \
    "person:mohammed-bin-salman"


# --- successions ------------------------------------------------------------------------

def _succ(extractor, text, lang):
    return _rels(extractor, text, "SUCCESSOR_OF", lang)


@pytest.mark.parametrize("text, lang, pair", [
    ("The resignation of Iraqi Prime Minister Adel Abdul Mahdi in late 2019 cleared the way "
     "for intelligence chief Mustafa al-Kadhimi to take office in May.", "en",
     (KADHIMI, ABDUL_MAHDI)),
    ("Abdul Mahdi quit in November under pressure from the street, paving the way for "
     "Mustafa al-Kadhimi to become prime minister.", "en", (KADHIMI, ABDUL_MAHDI)),
    ("فتحت استقالة رئيس الوزراء العراقي عادل عبد المهدي الطريق أمام مصطفى الكاظمي لتولي رئاسة "
     "الحكومة.", "ar", (KADHIMI, ABDUL_MAHDI)),
    ("استقال عادل عبد المهدي تحت ضغط الشارع، ما مهد الطريق أمام مصطفى الكاظمي لتولي رئاسة "
     "الوزراء.", "ar", (KADHIMI, ABDUL_MAHDI)),
    ("Mohammad Mokhber's appointment as acting president follows the death of Ebrahim Raisi "
     "in a helicopter crash on Sunday.", "en", (MOKHBER, RAISI)),
    ("The appointment of First Vice-President Mohammad Mokhber comes after the death of "
     "President Ebrahim Raisi.", "en", (MOKHBER, RAISI)),
    ("Senior Hamas official Khalil al-Hayya now heads the group's Gaza wing in Yahya Sinwar's "
     "stead, two sources said.", "en", (HAYYA, SINWAR)),
    ("Naim Qassem now leads Hezbollah in place of Hassan Nasrallah.", "en",
     (QASSEM, NASRALLAH)),
])
def test_a_post_opened_by_a_loss(shipped, text, lang, pair):
    assert pair in _succ(shipped, text, lang)


def test_shtayyehs_resignation_paved_the_way(shipped):
    text = ("Palestinian Prime Minister Mohammad Shtayyeh's resignation paved the way for "
            "Mohammad Mustafa to become prime minister, officials said on Thursday.")
    assert any(old == SHTAYYEH and "mustafa" in new
               for new, old in _succ(shipped, text, "en"))


@pytest.mark.parametrize("text, lang", [
    ("Abdul Mahdi's visit to Beijing paved the way for Mustafa al-Kadhimi to become prime "
     "minister.", "en"),
    ("Abdul Mahdi's resignation could pave the way for Mustafa al-Kadhimi to become prime "
     "minister.", "en"),
    ("Mohammad Mokhber's visit to Baku follows the death of Ebrahim Raisi.", "en"),
    ("Ismail Haniyeh led the delegation in place of Khaled Meshaal at the talks in Cairo.",
     "en"),
    ("مهّدت زيارة عادل عبد المهدي الطريق أمام مصطفى الكاظمي لزيارة واشنطن.", "ar"),
])
def test_no_post_taken_after_a_loss(shipped, text, lang):
    assert not _succ(shipped, text, lang)


# --- a ruler's description after his death ---------------------------------------------

KUWAIT_EN = ("KUWAIT: Kuwait's Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah died in the United "
             "States aged 91, the Amiri Diwan said. The cabinet named Crown Prince Sheikh Nawaf "
             "Al-Ahmad as the new Emir. On Thursday, His Highness the Emir received Iranian "
             "Foreign Minister Mohammad Javad Zarif at Bayan Palace. His Highness the Emir also "
             "received Palestinian President Mahmoud Abbas.")
OMAN_EN = ("MUSCAT: Oman's Sultan Qaboos bin Said died on Friday evening, the royal court said. "
           "Haitham bin Tariq was sworn in as sultan on Saturday after the ruling family "
           "council opened the late ruler's letter. His Majesty the Sultan later received Saudi "
           "Crown Prince Mohammed bin Salman at Al Alam Palace.")


@pytest.mark.parametrize("text, pairs, absent", [
    (KUWAIT_EN, [(NAWAF, ZARIF), (NAWAF, ABBAS)], (SABAH, ZARIF)),
    (OMAN_EN, [(HAITHAM, MBS)], (QABOOS, MBS)),
])
def test_the_emir_after_his_death_is_the_new_one(shipped, text, pairs, absent):
    met = _met(shipped, text)
    assert all(_pair(*p) in met for p in pairs) and _pair(*absent) not in met


def test_the_emir_stays_the_ruler_with_no_successor_named(shipped):
    text = ("Kuwait's Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah died on Tuesday. Earlier "
            "this month, His Highness the Emir received Iranian Foreign Minister Mohammad "
            "Javad Zarif at Bayan Palace.")
    assert _pair(SABAH, ZARIF) in _met(shipped, text)


def test_the_arabic_highness_after_the_death_is_the_new_emir(shipped):
    text = ("الكويت: نعى الديوان الأميري أمير البلاد الشيخ صباح الأحمد الجابر الصباح. ونادى مجلس "
            "الوزراء بسمو الشيخ نواف الأحمد أميراً للبلاد. واستقبل سمو الأمير في قصر بيان وزير "
            "الخارجية الإيراني محمد جواد ظريف.")
    met = _met(shipped, text, "ar")
    assert _pair(NAWAF, ZARIF) in met and _pair(SABAH, ZARIF) not in met


# --- "the Iranian president" is no supreme leader ---------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Iraqi Prime Minister Mohammed Shia al-Sudani held talks with the Iranian president in "
     "Tehran on Wednesday.", "en"),
    ("استقبل رئيس إيران رئيس الوزراء العراقي محمد شياع السوداني في طهران.", "ar"),
    ("بحث رئيس الوزراء العراقي محمد شياع السوداني مع الرئيس الإيراني في طهران ملف المياه.",
     "ar"),
])
def test_the_iranian_president_is_not_khamenei(shipped, text, lang):
    assert _pair(KHAMENEI, SUDANI) not in _met(shipped, text, lang)


def test_iran_s_president_is_the_one_named_before(shipped):
    text = ("وصل الرئيس الإيراني مسعود بزشكيان إلى بغداد الأربعاء، في زيارة باركها المرشد علي "
            "خامنئي. واستقبل رئيس الوزراء العراقي محمد شياع السوداني رئيس إيران في القصر "
            "الحكومي.")
    met = _met(shipped, text, "ar")
    assert _pair(PEZESHKIAN, SUDANI) in met and _pair(KHAMENEI, SUDANI) not in met


# --- things received from afar are no meeting -------------------------------------------

@pytest.mark.parametrize("text", [
    ("Lebanese President Joseph Aoun received messages of condolence from world leaders, "
     "including French President Emmanuel Macron and Egyptian President Abdel Fattah "
     "al-Sisi."),
    ("Saudi Crown Prince Mohammed bin Salman received cables of congratulations from Arab "
     "leaders, including Jordan's King Abdullah II."),
])
def test_messages_from_leaders_are_no_meeting(shipped, text):
    assert not _met(shipped, text)


def test_leaders_received_in_person_still_met(shipped):
    text = ("Lebanese President Joseph Aoun received world leaders who came to the funeral, "
            "among them French President Emmanuel Macron.")
    assert _pair(JOSEPH_AOUN, MACRON) in _met(shipped, text)


# --- a lone family name after a head's title --------------------------------------------

@pytest.mark.parametrize("text, lang, pair", [
    ("BEIRUT, March 3, 2025 - President Aoun received US envoy Morgan Ortagus at Baabda Palace "
     "on Monday.", "en", (JOSEPH_AOUN, ORTAGUS)),
    ("بيروت - 3 آذار 2025: استقبل الرئيس عون في قصر بعبدا المبعوثة الأميركية مورغان أورتاغوس.",
     "ar", (JOSEPH_AOUN, ORTAGUS)),
    ("BAKU, April 9 - President Aliyev received Turkish Foreign Minister Hakan Fidan in Baku "
     "on Wednesday.", "en", (ALIYEV, FIDAN)),
])
def test_the_titled_holder_of_a_lone_family_name(shipped, text, lang, pair):
    assert _pair(*pair) in _met(shipped, text, lang)


def test_an_older_dateline_gives_the_older_holder(shipped):
    text = ("BEIRUT, Nov 2, 2016 - President Aoun received Iranian Foreign Minister Mohammad "
            "Javad Zarif at Baabda Palace on Wednesday.")
    met = _met(shipped, text)
    assert _pair(MICHEL_AOUN, ZARIF) in met and _pair(JOSEPH_AOUN, ZARIF) not in met


def test_no_year_no_holder_chosen(shipped):
    text = "President Aoun received Iranian Foreign Minister Mohammad Javad Zarif on Wednesday."
    met = _met(shipped, text)
    assert _pair(MICHEL_AOUN, ZARIF) not in met and _pair(JOSEPH_AOUN, ZARIF) not in met


@pytest.mark.parametrize("text, lang, pair", [
    ("Kuwait's Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah died on Tuesday aged 91. The "
     "cabinet named Crown Prince Sheikh Nawaf Al-Ahmad as the new Emir.", "en", (NAWAF, SABAH)),
    ("Oman's Sultan Qaboos bin Said died on Friday evening. Haitham bin Tariq was sworn in as "
     "sultan on Saturday.", "en", (HAITHAM, QABOOS)),
    ("انتقل إلى جوار ربه أمير الكويت الشيخ صباح الأحمد الجابر الصباح. ونادى مجلس الوزراء بالشيخ "
     "نواف الأحمد أميراً للبلاد.", "ar", (NAWAF, SABAH)),
])
def test_the_title_given_after_the_rulers_death(shipped, text, lang, pair):
    assert pair in _succ(shipped, text, lang)


def test_no_death_no_succession_of_the_ruler(shipped):
    text = ("Oman's Sultan Qaboos bin Said received the British foreign secretary on Friday. "
            "Haitham bin Tariq was sworn in as sultan in 2020.")
    assert (HAITHAM, QABOOS) not in _succ(shipped, text, "en")
