"""Session 60 (blind60b): misses of the blind set MO-MP (Yemen and the Red Sea 2022-2025, written
blind in the manner of Stars and Stripes, al-Masdar Online, the Sana'a Center, al-Thawra, JNS, the
Omani daily Oman, Middle East Monitor, al-Ain News, Critical Threats, Belqees, NBC News and 26
September) that recur in other writers' text, each read in several paraphrases.

- Successions: power handed to a body, its named head the successor: "Hadi handed his powers to
  a council chaired by X", "Bashir handed power to a military council led by X", "نقل هادي
  صلاحياته إلى مجلس قيادة رئاسي برئاسة X", "سلّم البشير السلطة إلى مجلس عسكري يقوده X"
  (``succession_body_head``, read by ``succession_handover.handed_over_to_en`` and
  ``succession_took_ar.tasallam_min_ar``); "powers" / "authority" and "transferred" / "نقل"
  (powers, authority or duties only) now hand over too. Not a body with no head named, not
  "refused to / did not" hand over, not "رفض ... نقل / تسليم" nor a planned transfer, not a
  message or a prisoner transferred.
- Successions: a deputy named to run the post for now, "K named Y's first deputy, X, to run the
  government in an acting capacity / on an interim basis / temporarily", "to act as prime
  minister", "to serve as acting prime minister" (``succession_deputy_en._takes_post``), as "to
  take over" was; not "to run a new committee", not "his deputy" with nobody gone, not "may
  name".
- Successions: an acting holder's duties, "Y was killed ... X would carry out / will perform /
  carried out the duties of the prime minister in his place" (``succession_in_place_en``: the
  duty verb as a post taken; "will / would" there is no hedge); not "may", "would not", "If Y
  is killed, X will ...", nor "carried out his duties" with no "in his place".
- Successions: the one a "خلفاً له / بدلاً منها" / "to replace him" pronoun stands for, when the
  removal or resignation was told two or three sentences before (reactions between): "أوقف K
  الوزيرة Y عن العمل. ... . ... . وكلّف K X بتسيير مهام الوزارة بدلاً منها", "Y resigned in
  August. The resignation drew criticism. K appointed X to replace him"
  (``succession_prev_left_ar``, ``wire_succession_en._left_last_sentence``: the nearest of the
  last three sentences that tells a leaving); not four sentences back.
- Meetings, Arabic: "وضمّ اللقاء A وB" / "وجمع الاجتماع A" after the meeting told (the English
  "The meeting also included A" was read): A and B sat at it, as "وحضر اللقاء A"
  (``meeting_attended_ar._AR_COMPRISED``, ``meeting_attended``: the meeting told before, not the
  listed people's own pair); not "وضم الوفد A" (a delegation), "لم يضم" / "سيضم".
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

SO = "SUCCESSOR_OF"
HADI, ALIMI, AHMAR = ("person:abdrabbuh-mansur-hadi", "person:rashad-al-alimi",
                      "person:ali-mohsen-al-ahmar")
BASHIR, IBNAUF = "person:omar-al-bashir", "person:ahmed-awad-ibn-auf"
MUBARAK, TANTAWI = "person:hosni-mubarak", "person:mohamed-hussein-tantawi"
RAHAWI, MIFTAH = "person:ahmed-al-rahawi", "person:mohammed-miftah"
RAISI, MOKHBER = "person:ebrahim-raisi", "person:mohammad-mokhber"
HANIYEH, HAYYA = "person:ismail-haniyeh", "person:khalil-al-hayya"
NASRALLAH, QASSEM = "person:hassan-nasrallah", "person:naim-qassem"
MANGOUSH, ZANI = "person:najla-mangoush", "person:fatahallah-al-zani"
ALLAWI, JABBAR = "person:ali-allawi", "person:ihsan-abdul-jabbar"
GHAMARI, MADANI = "person:mohammed-al-ghamari", "person:yousef-al-madani"
ABDULSALAM, PEZESHKIAN, NAKHALAH = ("person:mohammed-abdulsalam", "person:masoud-pezeshkian",
                                    "person:ziyad-al-nakhalah")
AOUN, ARAGHCHI, AMANI = "person:joseph-aoun", "person:abbas-araghchi", "person:mojtaba-amani"
SUDANI, QAANI, ARAJI = ("person:mohammed-shia-al-sudani", "person:esmail-qaani",
                        "person:qassim-al-araji")
SALAM, BERRI, HAYKAL = "person:nawaf-salam", "person:nabih-berri", "person:rodolphe-haykal"


def _so(ex, text, lang="en"):
    return relation_pairs(ex, text, SO, lang)


# --- power handed to a body: its head succeeds the giver ---------------------------------

@pytest.mark.parametrize("text, lang, pair", [
    ("On April 7, 2022, President Abd Rabbu Mansour Hadi handed his powers to an eight-member "
     "Presidential Leadership Council chaired by Rashad al-Olaimi.", "en", (ALIMI, HADI)),
    ("Yemen's President Abdrabbuh Mansour Hadi transferred his powers to a presidential council "
     "headed by Rashad al-Alimi.", "en", (ALIMI, HADI)),
    ("Yemeni President Abdrabbuh Mansour Hadi has transferred all his powers to the new "
     "Presidential Leadership Council, which is chaired by Rashad al-Alimi.", "en", (ALIMI, HADI)),
    ("Sudan's Omar al-Bashir handed power to a transitional military council headed by Awad Ibn "
     "Auf.", "en", (IBNAUF, BASHIR)),
    ("Hosni Mubarak handed power to the armed forces' supreme council, headed by Field Marshal "
     "Mohamed Hussein Tantawi.", "en", (TANTAWI, MUBARAK)),
    ("President Abdrabbuh Mansour Hadi handed his powers to Rashad al-Alimi on Thursday.", "en",
     (ALIMI, HADI)),
    ("أعلن الرئيس اليمني عبدربه منصور هادي، فجر الخميس، نقل صلاحياته كاملة إلى مجلس قيادة رئاسي "
     "برئاسة الدكتور رشاد العليمي.", "ar", (ALIMI, HADI)),
    ("نقل الرئيس عبد ربه منصور هادي صلاحياته إلى مجلس القيادة الرئاسي الذي يرأسه رشاد العليمي.", "ar",
     (ALIMI, HADI)),
    ("سلّم الرئيس السوداني عمر البشير السلطة إلى مجلس عسكري انتقالي برئاسة عوض بن عوف.", "ar",
     (IBNAUF, BASHIR)),
    ("وأعلن الرئيس السوداني عمر البشير تسليم السلطة إلى مجلس عسكري يقوده الفريق أول عوض بن عوف.",
     "ar", (IBNAUF, BASHIR)),
    ("نقل الرئيس عبدربه منصور هادي مهامه إلى نائبه علي محسن الأحمر.", "ar", (AHMAR, HADI)),
])
def test_power_handed_to_a_body_goes_to_its_head(shipped, text, lang, pair):
    assert pair in _so(shipped, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("President Abdrabbuh Mansour Hadi did not transfer his powers to a council headed by Rashad "
     "al-Alimi.", "en"),
    ("President Abdrabbuh Mansour Hadi transferred the prisoners to a facility run by Rashad "
     "al-Alimi.", "en"),
    ("Yemen's President Abdrabbuh Mansour Hadi transferred his powers to a new presidential "
     "council; Rashad al-Alimi welcomed the move.", "en"),
    ("رفض الرئيس عبدربه منصور هادي نقل صلاحياته إلى مجلس برئاسة رشاد العليمي.", "ar"),
    ("رفض الرئيس السوداني عمر البشير تسليم السلطة إلى مجلس عسكري يقوده عوض بن عوف.", "ar"),
    ("من المقرر أن ينقل الرئيس عبدربه منصور هادي صلاحياته إلى مجلس برئاسة رشاد العليمي.", "ar"),
    ("نقل الرئيس عبدربه منصور هادي رسالة إلى مجلس برئاسة رشاد العليمي.", "ar"),
])
def test_no_handover_when_refused_planned_or_no_power(shipped, text, lang):
    assert not _so(shipped, text, lang)


# --- a deputy named to run the post for now -----------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Mahdi al-Mashat named Rahawi's first deputy, Mohammed Ahmed Miftah, to run the government "
     "in an acting capacity.", (MIFTAH, RAHAWI)),
    ("Khamenei named Raisi's first deputy, Mohammad Mokhber, to lead the government on an interim "
     "basis.", (MOKHBER, RAISI)),
    ("The council appointed Rahawi's deputy, Mohammed Miftah, to act as prime minister.",
     (MIFTAH, RAHAWI)),
    ("The Houthis named Rahawi's first deputy, Mohammed Miftah, to serve as acting prime "
     "minister.", (MIFTAH, RAHAWI)),
    ("The movement confirmed that Ismail Haniyeh was dead and named his deputy, Khalil al-Hayya, "
     "to run the political bureau temporarily.", (HAYYA, HANIYEH)),
])
def test_a_deputy_named_to_run_the_post_for_now(shipped, text, pair):
    assert pair in _so(shipped, text)


@pytest.mark.parametrize("text", [
    "Mahdi al-Mashat named Rahawi's first deputy, Mohammed Ahmed Miftah, to run a new committee.",
    "Mahdi al-Mashat named his deputy, Mohammed Ahmed Miftah, to run the government temporarily.",
    "Mahdi al-Mashat may name Rahawi's first deputy, Mohammed Ahmed Miftah, to run the government "
    "in an acting capacity.",
])
def test_no_deputy_succession_without_the_post_or_the_one_gone(shipped, text):
    assert not _so(shipped, text)


# --- an acting holder carries out the duties "in his place" --------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Ahmed al-Rahawi was killed in an Israeli strike on Thursday. In a televised address, "
     "al-Mashat said the first deputy prime minister, Mohammed Ahmed Miftah, would carry out the "
     "duties of the prime minister in his place.", (MIFTAH, RAHAWI)),
    ("Ebrahim Raisi died in the helicopter crash. First Vice President Mohammad Mokhber will "
     "perform the duties of the president in his place.", (MOKHBER, RAISI)),
    ("Hassan Nasrallah was killed in September. Naim Qassem carried out the duties of "
     "secretary-general in his place until his election.", (QASSEM, NASRALLAH)),
])
def test_duties_carried_out_in_his_place(shipped, text, pair):
    assert pair in _so(shipped, text)


@pytest.mark.parametrize("text", [
    "Ahmed al-Rahawi was killed in an Israeli strike on Thursday. Mohammed Miftah may carry out "
    "the duties of the prime minister in his place.",
    "Ahmed al-Rahawi was killed in an Israeli strike on Thursday. Mohammed Miftah would not "
    "carry out the duties of the prime minister in his place.",
    "If Ahmed al-Rahawi is killed, Mohammed Miftah will carry out the duties of the prime "
    "minister in his place.",
    "Ahmed al-Rahawi was killed in an Israeli strike on Thursday. Mohammed Miftah carried out "
    "his duties at the ceremony.",
])
def test_no_duties_succession_when_hedged_or_no_place(shipped, text):
    assert not _so(shipped, text)


# --- the one who left, told two or three sentences before the pronoun ---------------------

@pytest.mark.parametrize("text, lang, pair", [
    ("أوقف رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة وزيرة الخارجية نجلاء المنقوش عن العمل. وقال "
     "وزير الخارجية الإسرائيلي إيلي كوهين إن اللقاء خطوة أولى. أما الوزارة فقالت إن الوزيرة رفضت أي "
     "لقاء. وكلّف الدبيبة وزير الشباب فتح الله الزني بتسيير مهام وزارة الخارجية بدلاً منها.", "ar",
     (ZANI, MANGOUSH)),
    ("استقال وزير المالية العراقي علي علاوي في آب. وأثارت الاستقالة جدلاً واسعاً في البرلمان. وعيّن "
     "رئيس الوزراء مصطفى الكاظمي إحسان عبد الجبار خلفاً له.", "ar", (JABBAR, ALLAWI)),
    ("قُتل رئيس أركان الحوثيين محمد الغماري في غارة إسرائيلية. ونعت الجماعة قائدها في بيان. "
     "وعيّنت الجماعة يوسف المداني خلفاً له.", "ar", (MADANI, GHAMARI)),
    ("Iraqi Finance Minister Ali Allawi resigned in August. The resignation drew wide criticism in "
     "parliament. Prime Minister Mustafa al-Kadhimi appointed Ihsan Abdul Jabbar to replace him.",
     "en", (JABBAR, ALLAWI)),
])
def test_the_one_who_left_a_few_sentences_before(shipped, text, lang, pair):
    assert pair in _so(shipped, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("استقال وزير المالية العراقي علي علاوي في آب. وأثارت الاستقالة جدلاً. وقال النواب إن الحكومة "
     "باقية. وأكد البرلمان دعمه. وعيّن رئيس الوزراء مصطفى الكاظمي إحسان عبد الجبار خلفاً له.", "ar"),
    ("Iraqi Finance Minister Ali Allawi resigned in August. The resignation drew criticism. "
     "Lawmakers said the government would survive. Parliament voiced its support. Prime Minister "
     "Mustafa al-Kadhimi appointed Ihsan Abdul Jabbar to replace him.", "en"),
])
def test_not_four_sentences_back(shipped, text, lang):
    assert not _so(shipped, text, lang)


# --- Arabic "وضمّ اللقاء A وB": the meeting told before -----------------------------------

@pytest.mark.parametrize("text, pairs", [
    ("التقى رئيس الوفد الوطني محمد عبدالسلام، مساء الثلاثاء، الرئيس الإيراني مسعود بزشكيان. وضم "
     "اللقاء رئيس المكتب السياسي لحركة حماس إسماعيل هنية، والأمين العام لحركة الجهاد الإسلامي زياد "
     "النخالة.", [(HANIYEH, PEZESHKIAN), (HANIYEH, ABDULSALAM), (NAKHALAH, PEZESHKIAN),
                  (NAKHALAH, ABDULSALAM)]),
    ("التقى محمد عبدالسلام الرئيس الإيراني مسعود بزشكيان. وضم اللقاء إسماعيل هنية وزياد النخالة.",
     [(HANIYEH, PEZESHKIAN), (NAKHALAH, ABDULSALAM)]),
    ("استقبل الرئيس اللبناني جوزاف عون وزير الخارجية الإيراني عباس عراقجي في بعبدا. وضم اللقاء "
     "السفير الإيراني مجتبى أماني.", [(AMANI, AOUN), (AMANI, ARAGHCHI)]),
    ("بحث رئيس الوزراء محمد شياع السوداني مع قائد فيلق القدس إسماعيل قاآني الأوضاع الإقليمية، وضم "
     "الاجتماع مستشار الأمن القومي قاسم الأعرجي.", [(ARAJI, SUDANI), (ARAJI, QAANI)]),
    ("استقبل الرئيس جوزاف عون رئيس الحكومة نواف سلام. وجمع اللقاء أيضاً قائد الجيش رودولف هيكل.",
     [(HAYKAL, AOUN), (HAYKAL, SALAM)]),
])
def test_the_meeting_included_them_arabic(shipped, text, pairs):
    got = _met(shipped, text, "ar")
    assert all(_pair(*p) in got for p in pairs)


@pytest.mark.parametrize("text, absent", [
    ("استقبل الرئيس جوزاف عون رئيس الحكومة نواف سلام. ولم يضم اللقاء رئيس مجلس النواب نبيه بري.",
     BERRI),
    ("استقبل الرئيس جوزاف عون رئيس الحكومة نواف سلام. وسيضم اللقاء المقبل رئيس مجلس النواب نبيه "
     "بري.", BERRI),
])
def test_a_meeting_that_did_not_or_will_include_him(shipped, text, absent):
    assert not any(absent in p for p in _met(shipped, text, "ar"))
