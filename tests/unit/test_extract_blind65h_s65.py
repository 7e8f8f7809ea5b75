"""Session 65 (blind65h): fixes after the first contact of blind set OO-OP (Sudan and its
neighbours 2019-2023, written blind: Burhan, Hemedti, Hamdok, the Juba signatories, the Jeddah
talks, the Egyptian, Qatari, Kenyan, Ethiopian and South Sudanese hosts), each read in several
paraphrases of other outlets, people and sides.

- Meetings, English: "The meeting was (also) attended on the Sudanese side by X", "It was
  attended on the Jordanian side by X" (QNA, Petra): the side between "attended" and "by" no
  longer hides the attendee, who meets both principals as with "attended by X"
  (``meeting_attended._by_after_side``). Not a ceremony or dinner named apart from the meeting.
- Meetings, English: a second attendee sentence right after one, "The meeting was attended by
  A. It was also attended (on the Sudanese side) by B", "A also attended. B, who accompanies
  the guest, also attended": B met the meeting's principals, not A alone (the pairs A's
  sentence added made A the only "convener"; ``meeting_attended._principals_before``).
- Titles, English: Kenya's "Principal Secretary" is a title ("Foreign Affairs Principal Secretary
  Korir Sing'oei", "Interior Principal Secretary Raymond Omollo"): no person "Affairs Principal"
  / "Interior Principal" (``lexicon``).
- Names, Arabic: «السوداني» closing a definite phrase that no name follows is the adjective
  "Sudanese", not Prime Minister Mohammed Shia al-Sudani: «وحضر اللقاء من الجانب السوداني
  القائم بأعمال وزير الخارجية X»، «القائم بأعمال وزير الخارجية السوداني، المرافق للبرهان»،
  «استقبل الرئيس الوفد السوداني.» (``ambiguous_nisba_ar.nationality_before_name``); al-Sudani
  named before in the article, or a verb before the word («استقبل السوداني X»), keeps him.
  So is «السوداني» alone between quotes, «وعلمت «السوداني»»، «لـ"السوداني"»: the Khartoum daily
  (``ambiguous_nisba_ar.quoted_alone``).
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

TAMIM, BURHAN, ALISADIQ = ("person:tamim-bin-hamad-al-thani", "person:abdel-fattah-al-burhan",
                           "person:ali-al-sadiq")
ABDULLAH, ABBAS, SAFADI = "person:abdullah-ii", "person:mahmoud-abbas", "person:ayman-safadi"
ERDOGAN, SUDANI, FIDAN = ("person:recep-tayyip-erdogan", "person:mohammed-shia-al-sudani",
                          "person:hakan-fidan")
SISI, SHOUKRY, KIIR = "person:abdel-fattah-el-sisi", "person:sameh-shoukry", "person:salva-kiir"


# --- "attended on the <X> side by" ------------------------------------------------------------

@pytest.mark.parametrize("text,host,guest,attendee", [
    ("His Highness the Amir Sheikh Tamim bin Hamad Al-Thani met at the Amiri Diwan with President "
     "Abdel Fattah al-Burhan. It was attended on the Sudanese side by Acting Foreign Minister Ali "
     "al-Sadiq.", TAMIM, BURHAN, ALISADIQ),
    ("Sheikh Tamim bin Hamad met President Abdel Fattah al-Burhan in Doha on Thursday. The meeting was "
     "attended on the Sudanese side by Acting Minister of Foreign Affairs Ali al-Sadiq.",
     TAMIM, BURHAN, ALISADIQ),
    ("King Abdullah II received Palestinian President Mahmoud Abbas at Al Husseiniya Palace. The "
     "meeting was also attended on the Jordanian side by Foreign Minister Ayman Safadi.",
     ABDULLAH, ABBAS, SAFADI),
    ("President Recep Tayyip Erdogan met Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara. The "
     "talks were attended on the Turkish side by Foreign Minister Hakan Fidan.", ERDOGAN, SUDANI, FIDAN),
])
def test_the_side_between_attended_and_by_keeps_the_attendee(rules_only, text, host, guest,
                                                             attendee):
    met = _met(rules_only, text, "en")
    assert _pair(host, guest) in met
    assert _pair(attendee, host) in met
    assert _pair(attendee, guest) in met


@pytest.mark.parametrize("text,host,guest,other", [
    ("President Recep Tayyip Erdogan met Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara. A "
     "dinner in Istanbul was attended on the Turkish side by Hakan Fidan.", ERDOGAN, SUDANI, FIDAN),
    ("King Abdullah II received Palestinian President Mahmoud Abbas at Al Husseiniya Palace. A "
     "concert in Amman was attended on the Jordanian side by Ayman Safadi.", ABDULLAH, ABBAS, SAFADI),
])
def test_an_event_other_than_the_meeting_attended_on_a_side_is_no_meeting(rules_only, text, host,
                                                                          guest, other):
    met = _met(rules_only, text, "en")
    assert _pair(host, guest) in met
    assert _pair(other, host) not in met
    assert _pair(other, guest) not in met


# --- «السوداني» closing a definite phrase: Sudanese, not al-Sudani ---------------------------

@pytest.mark.parametrize("text", [
    "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الفريق أول عبد الفتاح البرهان في الديوان الأميري. "
    "وحضر اللقاء من الجانب السوداني القائم بأعمال وزير الخارجية علي الصادق.",
    "التقى وزير الخارجية سامح شكري بالسيد علي الصادق القائم بأعمال وزير الخارجية السوداني، المرافق "
    "للبرهان في زيارته.",
    "واستقبل الرئيس عبد الفتاح السيسي اليوم الوفد السوداني. وأكد الرئيس دعم مصر لاستقرار السودان.",
    "وعقد الرئيس سلفا كير جلسة مباحثات مع الجانب السوداني، تناولت العلاقات الثنائية.",
])
def test_the_sudanese_adjective_is_not_al_sudani(shipped, text):
    assert SUDANI not in _ids(shipped, text, "ar")


def test_the_sudanese_side_attendee_meets_both_principals(shipped):
    met = _met(shipped, "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الفريق أول عبد الفتاح البرهان في "
                        "الديوان الأميري. وحضر اللقاء من الجانب السوداني القائم بأعمال وزير الخارجية "
                        "علي الصادق.", "ar")
    assert _pair(ALISADIQ, TAMIM) in met
    assert _pair(ALISADIQ, BURHAN) in met


@pytest.mark.parametrize("text", [
    "استقبل رئيس مجلس الوزراء محمد شياع السوداني وزير الخارجية التركي هاكان فيدان. وأكد السوداني "
    "دعم العراق للحوار.",
    "وصل رئيس الوزراء محمد شياع السوداني إلى أنقرة. واستقبل السوداني الوفد التركي.",
])
def test_al_sudani_named_before_or_after_a_verb_stays(shipped, text):
    assert SUDANI in _ids(shipped, text, "ar")


# --- a second attendee sentence: the principals of the meeting, not the first attendee -------

MBA, KHASAWNEH, HSHEIKH = ("person:mohammed-bin-abdulrahman-al-thani", "person:bisher-al-khasawneh",
                           "person:hussein-al-sheikh")
MBZ, SHARAA, SHAIBANI, TAHNOUN = ("person:mohamed-bin-zayed", "person:ahmed-al-sharaa",
                                  "person:asaad-al-shaibani", "person:tahnoun-bin-zayed")


@pytest.mark.parametrize("text,host,guest,second", [
    ("Sheikh Tamim bin Hamad met President Abdel Fattah al-Burhan in Doha on Thursday. The meeting was "
     "attended by Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani. It was also attended by Acting "
     "Foreign Minister Ali al-Sadiq.", TAMIM, BURHAN, ALISADIQ),
    ("King Abdullah II received Palestinian President Mahmoud Abbas at Al Husseiniya Palace. The meeting "
     "was attended by Foreign Minister Ayman Safadi. It was attended on the Palestinian side by Hussein "
     "al-Sheikh.", ABDULLAH, ABBAS, HSHEIKH),
    ("Sheikh Mohamed bin Zayed received President Ahmed al-Sharaa at Qasr Al Shati in Abu Dhabi. The "
     "meeting was attended by Sheikh Tahnoun bin Zayed. Asaad al-Shaibani, Minister of Foreign Affairs "
     "of Syria, who is accompanying the guest, also attended.", MBZ, SHARAA, SHAIBANI),
])
def test_a_second_attendee_meets_the_principals(rules_only, text, host, guest, second):
    met = _met(rules_only, text, "en")
    assert _pair(second, host) in met
    assert _pair(second, guest) in met


def test_an_attendee_after_a_new_meeting_meets_that_meetings_people(rules_only):
    met = _met(rules_only, "King Abdullah II received Palestinian President Mahmoud Abbas at Al "
                           "Husseiniya Palace. The meeting was attended by Foreign Minister Ayman Safadi. "
                           "Abbas later met Prime Minister Bisher al-Khasawneh. The meeting was attended "
                           "by Hussein al-Sheikh.", "en")
    assert _pair(HSHEIKH, KHASAWNEH) in met
    assert _pair(HSHEIKH, ABDULLAH) not in met


# --- «السوداني» alone between quotes: the daily --------------------------------------------

@pytest.mark.parametrize("text", [
    "وعلمت «السوداني» أن الاتفاق جاء بعد لقاءات عقدها حمدوك مع رئيس بعثة يونيتامس فولكر بيرتس.",
    "وقال مصدر مطلع لـ«السوداني» إن رئيس الوزراء عبد الله حمدوك التقى فولكر بيرتس.",
    "وقال مصدر مطلع لـ\"السوداني\" إن الرئيس سلفا كير سيزور الخرطوم الأسبوع المقبل.",
])
def test_the_quoted_daily_is_not_al_sudani(shipped, text):
    assert SUDANI not in _ids(shipped, text, "ar")


def test_al_sudani_named_before_stays_when_quoted(shipped):
    text = ("استقبل رئيس الوزراء محمد شياع السوداني وزير الخارجية فؤاد حسين. وقال «السوداني» إن العراق "
            "يدعم الحوار.")
    assert SUDANI in _ids(shipped, text, "ar")


# --- "Principal Secretary" (Kenya) is a title ----------------------------------------------

@pytest.mark.parametrize("text", [
    "President William Ruto met Gen Abdel Fattah al-Burhan at State House. The meeting was also "
    "attended by Foreign Affairs Principal Secretary Korir Sing'oei.",
    "President William Ruto received Ethiopian Prime Minister Abiy Ahmed in Nairobi. Also present was "
    "Interior Principal Secretary Raymond Omollo.",
    "Treasury Principal Secretary Chris Kiptoo met IMF officials in Nairobi on Tuesday.",
])
def test_principal_secretary_is_a_title(shipped, text):
    assert not [i for i in _ids(shipped, text, "en") if "principal" in i]
