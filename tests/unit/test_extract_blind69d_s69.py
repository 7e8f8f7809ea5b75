"""Session 69 (blind69d): fixes after the first contact of blind set RW-RX (the Palestinian
leadership and Israel 1988-2004, written blind: Abu Jihad, Abu Iyad, Oslo, Rabin, Ayyash, Mashal,
Yassin, Rantisi, Arafat's death and Abbas's succession), each read in several paraphrases of other
outlets and people.

- Meetings, Arabic: a guest received "with his accompanying delegation" and set off from it by his
  own apposition, «استقبل H ... Y (أبو مازن) رئيس اللجنة التنفيذية لمنظمة التحرير، والوفد المرافق له
  الذي ضم C»: H met Y (and C), as when Y is named right before «والوفد المرافق له»
  (``meeting_delegation_owned_ar.accompanied_guest_ar``, used by ``meetings_ar._delegations`` and
  ``meeting_delegation_member_ar``).
- Meetings, English: an attendee whose title apposition ends in his nickname, "X, the PLO's security
  chief known as Abu Iyad, attended the meeting": X attended, as "X, known as Abu Iyad, attended"
  (``meeting_attend_forms.known_as_en``).
- Meetings, Arabic: "وحضر اللقاء عن الجانب الفلسطيني <a long title> X": the side told after the
  meeting noun does not count in the reach to the attendee's name (``meeting_attended_ar.attendees_ar``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ARAFAT, ABBAS, ABDULLAH, MUBARAK = ("person:yasser-arafat", "person:mahmoud-abbas", "person:abdullah-ii",
                                    "person:hosni-mubarak")
KHALAF, BENALI = "person:salah-khalaf", "person:zine-el-abidine-ben-ali"
SUDANI, QAANI, MOHAMMADAWI = ("person:mohammed-shia-al-sudani", "person:esmail-qaani",
                              "person:abdul-aziz-al-muhammadawi")
NASRALLAH, AQIL = "person:hassan-nasrallah", "person:ibrahim-aqil"
ERDOGAN, DBEIBAH, KALIN = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah", "person:ibrahim-kalin"
SISI, RASHAD = "person:abdel-fattah-el-sisi", "person:hassan-rashad"
MASROUR, HAKIM = "person:masrour-barzani", "person:ammar-al-hakim"


# --- a guest's own apposition before «والوفد المرافق له» ------------------------------------------

@pytest.mark.parametrize("text, host, guest", [
    ("استقبل الرئيس حسني مبارك، أمس، بقصر الرئاسة بمصر الجديدة، السيد محمود عباس (أبو مازن) رئيس "
     "اللجنة التنفيذية لمنظمة التحرير الفلسطينية، والوفد المرافق له الذي ضم رئيس الوزراء الفلسطيني "
     "أحمد قريع.", MUBARAK, ABBAS),
    ("استقبل الرئيس عبد الفتاح السيسي، اليوم، بقصر الاتحادية بمصر الجديدة، السيد مسرور بارزاني رئيس "
     "حكومة إقليم كوردستان العراق، والوفد المرافق له الذي ضم وزير الخارجية فؤاد حسين.", SISI, MASROUR),
    ("استقبل الرئيس عبد الفتاح السيسي صباح اليوم بقصر الاتحادية بمصر الجديدة الرئيس محمود عباس، رئيس "
     "دولة فلسطين، والوفد المرافق له، الذي ضم أمين سر اللجنة التنفيذية لمنظمة التحرير حسين الشيخ.",
     SISI, ABBAS),
    ("استقبل الرئيس التركي رجب طيب أردوغان، مساء الثلاثاء، في المجمع الرئاسي بالعاصمة أنقرة، مسرور "
     "بارزاني، رئيس حكومة إقليم كوردستان، والوفد المرافق له، الذي ضمّ وزير الداخلية في حكومة الإقليم "
     "ريبر أحمد.", ERDOGAN, MASROUR),
    ("استقبل رئيس الوزراء محمد شياع السوداني، اليوم الأحد، في مكتبه الرسمي بالعاصمة بغداد، السيد عمار "
     "الحكيم، رئيس تيار الحكمة الوطني، والوفد المرافق له الذي يضم النائب فادي الشمري.", SUDANI, HAKIM),
])
def test_a_guest_apposed_before_his_accompanying_delegation_is_met(shipped, text, host, guest):
    assert _pair(host, guest) in _met(shipped, text, "ar")


def test_a_planned_reception_with_the_accompanying_delegation_is_no_meeting(shipped):
    text = ("ومن المقرر أن يستقبل الرئيس حسني مبارك، غداً، بقصر الرئاسة بمصر الجديدة، السيد محمود عباس "
            "(أبو مازن) رئيس اللجنة التنفيذية لمنظمة التحرير الفلسطينية، والوفد المرافق له الذي ضم رئيس "
            "الوزراء الفلسطيني أحمد قريع.")
    assert _pair(MUBARAK, ABBAS) not in _met(shipped, text, "ar")


# --- "X, the <title> known as <nickname>, attended" -----------------------------------------------

@pytest.mark.parametrize("text, attendee, a, b", [
    ("Yasser Arafat was received at Carthage Palace by President Zine El Abidine Ben Ali on Saturday. "
     "Salah Khalaf, the PLO's security chief known as Abu Iyad, attended the meeting, a PLO official said.",
     KHALAF, ARAFAT, BENALI),
    ("Prime Minister Mohammed Shia al-Sudani received Esmail Qaani in Baghdad on Monday. Abdul-Aziz "
     "al-Mohammadawi, the PMF chief of staff better known as Abu Fadak, also attended the meeting.",
     MOHAMMADAWI, SUDANI, QAANI),
    ("Hezbollah leader Hassan Nasrallah received Quds Force commander Esmail Qaani in Beirut on Tuesday. "
     "Ibrahim Aqil, the Radwan Force commander known as Tahsin, also attended the talks, the group said.",
     AQIL, NASRALLAH, QAANI),
])
def test_an_attendee_whose_title_ends_in_his_nickname_attended(shipped, text, attendee, a, b):
    met = _met(shipped, text, "en")
    assert _pair(attendee, a) in met
    assert _pair(attendee, b) in met


def test_a_nickname_of_another_man_in_the_apposition_is_no_attendee(shipped):
    text = ("Yasser Arafat was received at Carthage Palace by President Zine El Abidine Ben Ali on Saturday. "
            "Salah Khalaf, the deputy of the man known as Abu Jihad, attended a rally in Tunis.")
    met = _met(shipped, text, "en")
    assert _pair(KHALAF, ARAFAT) not in met
    assert _pair(KHALAF, BENALI) not in met


# --- "وحضر اللقاء عن الجانب X <a long title> Y" -----------------------------------------------------

@pytest.mark.parametrize("text, attendee, a, b", [
    ("استقبل جلالة الملك عبدالله الثاني في قصر بسمان الزاهر اليوم الرئيس الفلسطيني ياسر عرفات. وحضر "
     "اللقاء عن الجانب الفلسطيني أمين سر اللجنة التنفيذية لمنظمة التحرير محمود عباس.", ABBAS, ABDULLAH,
     ARAFAT),
    ("استقبل الرئيس التركي رجب طيب أردوغان في قصر دولمة بهتشة بإسطنبول رئيس حكومة الوحدة الوطنية الليبية "
     "عبد الحميد الدبيبة. وحضر اللقاء عن الجانب التركي الرئيس السابق لجهاز الاستخبارات الوطنية "
     "التركية إبراهيم كالن.", KALIN, ERDOGAN, DBEIBAH),
    ("استقبل الرئيس عبد الفتاح السيسي بقصر الاتحادية اليوم الرئيس الفلسطيني محمود عباس. وحضر المباحثات "
     "من الجانب المصري رئيس جهاز المخابرات العامة في جمهورية مصر العربية اللواء حسن رشاد.", RASHAD, SISI,
     ABBAS),
])
def test_a_side_told_after_the_meeting_noun_leaves_the_long_titled_attendee(shipped, text, attendee,
                                                                            a, b):
    met = _met(shipped, text, "ar")
    assert _pair(attendee, a) in met
    assert _pair(attendee, b) in met


def test_a_side_at_a_funeral_is_no_meeting(rules_only):
    text = ("شيّع الآلاف في عمان جثمان الملك الحسين بن طلال. وحضر الجنازة عن الجانب الفلسطيني أمين سر "
            "اللجنة التنفيذية لمنظمة التحرير محمود عباس والرئيس ياسر عرفات.")
    assert _pair(ABBAS, ARAFAT) not in _met(rules_only, text, "ar")  # (the scorer pairs two mourners)


# --- Hosni Mubarak under his full name and other spellings (gazetteer aliases) ----------------------

@pytest.mark.parametrize("text, lang, partner", [
    ("استقبل الرئيس محمد حسني مبارك بقصر العروبة أمس الرئيس الفلسطيني ياسر عرفات.", "ar", ARAFAT),
    ("Egyptian President Mohamed Hosni Mubarak received King Abdullah II in Cairo on Sunday.", "en", ABDULLAH),
    ("In Cairo, Egyptian President Husni Mubarak met Palestinian President Mahmoud Abbas on Monday.", "en",
     ABBAS),
])
def test_hosni_mubarak_under_his_full_name_or_another_spelling(shipped, text, lang, partner):
    assert _pair(MUBARAK, partner) in _met(shipped, text, lang)
