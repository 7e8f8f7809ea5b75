"""Session 58 (blind58c): relations missed or misread on the blind set LV-LW (Syria, Yemen and
the Gulf, 2018-2025: al-Sharaa's guests and trips, the Houthi leaders killed by Israeli strikes
and their successors, Yemen's presidential council, Saudi and Omani mediation), fixed as
general constructions and tested here on our own sentences, not the set's.

- Names: a known person's one-word Arabic name written only with the article is no name
  when the text writes the word bare: "الذي صدر قرار تعيينه" is no Muqtada al-Sadr, "وشرع
  الرئيس" no al-Sharaa (``article_names_ar``, in ``known_names._gaz_walk``); "الصدر" and
  "للصدر" still are.
- Names: a known person's ambiguous short name (kunya or family name) in the headline before
  the article names him in full is that person, not a new one: "وأبو قصرة" then "مرهف أبو
  قصرة" (``guarded_alias_before``).
- Names: "Abd-Rabbu Mansour Hadi" (Reuters' spelling) is Yemen's former president
  (gazetteer alias).
- Meetings: "بحضور سفير خادم الحرمين الشريفين لدى اليمن Y": the ambassador Y attended, not the
  king he serves (``meeting_attended_ar.present_ar`` asks ``principal_named.principal``).
- Meetings: "X، الذي وصل على رأس وفد ضم A وB" after X's talks with H: A and B met H and X
  (``meeting_delegation_member_ar._led_delegation``); not a delegation that "يضم" (a plan or a
  habit) nor one whose head met no one.
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rel
from tests.extract_support import sorted_pair as _pair

SADR, BREIK, BINMUBARAK = ("person:muqtada-al-sadr", "person:salem-bin-breik",
                           "person:ahmed-awad-bin-mubarak")
SHARAA, TAMIM, SUDANI = ("person:ahmed-al-sharaa", "person:tamim-bin-hamad-al-thani",
                         "person:mohammed-shia-al-sudani")
ABUQASRA, FIDAN, SHAIBANI, KHATTAB, GULER = (
    "person:murhaf-abu-qasra", "person:hakan-fidan", "person:asaad-al-shaibani",
    "person:anas-khattab", "person:yasar-guler")
HADI, ALIMI = "person:abdrabbuh-mansur-hadi", "person:rashad-al-alimi"
KBS, ABDULSALAM, ALJABER, KING = ("person:khalid-bin-salman", "person:mohammed-abdulsalam",
                                  "person:mohammed-al-jaber", "person:salman-bin-abdulaziz")
ERDOGAN = "person:recep-tayyip-erdogan"


# --- a bare word is no name known only with the article ------------------------------------

def test_a_decree_issued_is_no_sadr(shipped):
    text = ("وجدد العليمي دعمه لحكومة رئيس الوزراء سالم صالح بن بريك، الذي صدر قرار تعيينه "
            "الأسبوع الماضي خلفاً للدكتور أحمد عوض بن مبارك بعد استقالة الأخير.")
    assert SADR not in _ids(shipped, text, "ar")
    assert (BREIK, BINMUBARAK) in _rel(shipped, text, "SUCCESSOR_OF", "ar")


@pytest.mark.parametrize("text", [
    "وصدر بيان عن الرئاسة بعد أن شرع الوفد في جولة التقى خلالها أمير قطر تميم بن حمد.",
    "وشرع الرئيس في جولة خليجية التقى خلالها أمير قطر تميم بن حمد في الدوحة.",
])
def test_bare_verbs_are_no_known_people(shipped, text):
    ids = _ids(shipped, text, "ar")
    assert SADR not in ids and SHARAA not in ids


@pytest.mark.parametrize("text, pair", [
    ("وبحث الصدر مع السوداني الأوضاع السياسية في النجف.", (SADR, SUDANI)),
    ("التقى الرئيس الشرع أمير قطر تميم بن حمد في الدوحة.", (SHARAA, TAMIM)),
])
def test_the_name_with_its_article_stays(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text, "ar")


# --- a kunya in the headline before the full name -------------------------------------------

def test_a_headline_kunya_is_the_person_named_later(shipped):
    text = ("فيدان يستقبل الشيباني وأبو قصرة في أنقرة\n"
            "عقد وزير الخارجية التركي هاكان فيدان، الأربعاء في أنقرة، مباحثات مع وزير الدفاع "
            "السوري مرهف أبو قصرة.\n"
            "كما التقى أبو قصرة نظيره التركي يشار غولر في مقر وزارة الدفاع.")
    ids = _ids(shipped, text, "ar")
    assert "person:abu-qasra" not in ids
    met = _met(shipped, text, "ar")
    assert _pair(FIDAN, ABUQASRA) in met and _pair(ABUQASRA, GULER) in met


def test_a_headline_kunya_in_english(shipped):
    text = ("Abu Qasra meets Guler in Ankara\n"
            "ANKARA (Reuters) - Syrian Defence Minister Murhaf Abu Qasra met his Turkish "
            "counterpart Yasar Guler on Wednesday.")
    assert "person:abu-qasra" not in _ids(shipped, text, "en")
    assert _pair(ABUQASRA, GULER) in _met(shipped, text, "en")


# --- Hadi's wire spelling --------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Abd-Rabbu Mansour Hadi", "Abd Rabbu Mansour Hadi",
                                  "Abdu Rabbu Mansour Hadi"])
def test_hadi_spellings(shipped, name):
    text = f"Rashad al-Alimi took over from President {name} in April 2022."
    assert (ALIMI, HADI) in _rel(shipped, text, "SUCCESSOR_OF", "en")


# --- the ambassador of the king, present ----------------------------------------------------

def test_the_kings_ambassador_present(shipped):
    text = ("استقبل الأمير خالد بن سلمان وزير الدفاع، اليوم في الرياض، محمد عبدالسلام، بحضور "
            "سفير خادم الحرمين الشريفين لدى اليمن محمد بن سعيد آل جابر.")
    met = _met(shipped, text, "ar")
    assert _pair(KBS, ALJABER) in met and _pair(ABDULSALAM, ALJABER) in met
    assert not any(KING in p for p in met)


# --- the members of a delegation its head led -----------------------------------------------

def test_members_of_the_delegation_he_led(shipped):
    text = ("عقد وزير الخارجية التركي هاكان فيدان، الأربعاء في أنقرة، مباحثات مع وزير الخارجية "
            "السوري أسعد الشيباني، الذي وصل على رأس وفد ضم وزير الدفاع مرهف أبو قصرة ورئيس جهاز "
            "الاستخبارات العامة أنس خطاب.")
    met = _met(shipped, text, "ar")
    for member in (ABUQASRA, KHATTAB):
        assert _pair(member, FIDAN) in met and _pair(member, SHAIBANI) in met


@pytest.mark.parametrize("text", [
    "قال وزير الخارجية السوري أسعد الشيباني، الذي سيصل على رأس وفد يضم وزير الدفاع مرهف أبو "
    "قصرة، إن المباحثات مع الرئيس التركي رجب طيب أردوغان ستتناول الأمن.",
    "وصل وزير الخارجية السوري أسعد الشيباني على رأس وفد ضم وزير الدفاع مرهف أبو قصرة إلى "
    "أنقرة، لكنه لم يلتق الرئيس التركي رجب طيب أردوغان.",
])
def test_no_members_met_without_a_meeting(shipped, text):
    met = _met(shipped, text, "ar")
    assert _pair(ABUQASRA, ERDOGAN) not in met
