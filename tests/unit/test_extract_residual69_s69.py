"""Session 69 (residual69): what the session's first blind sets (RQ-RR, RU-RV, RW-RX) still missed.

- Arabic, "خلفاً لوالده / لأخيه / لابن عمه الراحل" at the end of a long clause with no person in
  the nine words before it ("وكان جلالة الملك عبدالله الثاني قد أدى اليمين الدستورية أمام مجلس
  الأمة يوم الأحد الماضي ملكاً للمملكة الأردنية الهاشمية خلفاً لوالده الراحل"): the taker is the
  clause's opening subject (``succession_kin_pred_ar._taker`` now falls back on
  ``_opening_subject`` past its reach, as it did over a comma); the relative is resolved as
  before (``succession_kin_resolve``).
- English, "A and B, <title of B>, held talks / held a meeting" with no object (or with one):
  A and B met. ``meetings._met_svo``'s no-object path asked ``apposed_subjects_en`` at the noun
  "talks", so the list, which ends before "held", was never found; it now asks at the holding
  verb (``meeting_joint_subjects_en.listed_subjects_verb``, made public).

- English, a nickname closing a subject's apposition is the same person, so the list goes on
  before it: "Shimon Peres and Mahmud Abbas, the head of the PLO's international relations
  department better known as Abu Mazen, signed the accord (in the presence of Bill Clinton)",
  "A and B, known as Abu C, held talks" (``meeting_apposed_subjects_en._known_as``).
- English, "received K and the council's members, including A and B": the possessed group is
  the verb's second object as "the ambassadors" was ("met K and the ambassadors ..., including
  A"), so the host met A and B (``meeting_frames_en.generic_object_including_en``: a lower-case
  possessive noun after "the" is passed over before ``past_first_object``); K, the guest
  coordinated with the group, is one of its named members for their pairs (``meeting_including_
  members``: K-A, K-B, A-B, as the brief pairs the participants of one meeting).
- Gazetteer: Ahmed Qurei (Abu Alaa), «أحمد قريع» (was person:ahmed-khoury in English, a spelling
  of the Khoury family name); «شيمون بيريز» / «شيمون بيرس» for Shimon Peres.

Not: a plan, a negation or a forecast; another person's clause ("X said Y, <title>, held talks");
a possessor's envoy ("X's envoy and Y, <title>, held talks").
"""

import pytest

from tests.extract_support import relation_pairs, sorted_pair

ABDULLAH2, HUSSEIN = "person:abdullah-ii", "person:hussein-bin-talal"
NAWAF, SABAH = "person:nawaf-al-ahmad-al-sabah", "person:sabah-al-ahmad-al-jaber-al-sabah"
BASHAR, HAFEZ = "person:bashar-al-assad", "person:hafez-al-assad"
HAITHAM, QABOOS = "person:haitham-bin-tariq", "person:qaboos-bin-said"
BASHIR, KIIR = "person:omar-al-bashir", "person:salva-kiir"
SUDANI, BARZANI = "person:mohammed-shia-al-sudani", "person:masoud-barzani"
ABBAS, HANIYEH = "person:mahmoud-abbas", "person:ismail-haniyeh"
MBEKI = "person:thabo-mbeki"
MBS, ALIMI = "person:mohammed-bin-salman", "person:rashad-al-alimi"
ZUBAIDI, TAREQ = "person:aidarous-al-zubaidi", "person:tareq-saleh"
ABDULLAH2_, ERDOGAN = "person:abdullah-ii", "person:recep-tayyip-erdogan"
MESHAAL, BIDEN, GALLANT = "person:khaled-mashal", "person:joe-biden", "person:yoav-gallant"
ERAKAT = "person:saeb-erekat"
PERES, QUREI, CLINTON = "person:shimon-peres", "person:ahmed-qurei", "person:bill-clinton"


def _so(extractor, text):
    return relation_pairs(extractor, text, "SUCCESSOR_OF", "ar")


def _met(extractor, text):
    return {sorted_pair(*p) for p in relation_pairs(extractor, text, "MET_WITH", "en")}


# --- «... قد أدى اليمين ... <long clause> خلفاً لوالده الراحل» --------------------------------------

@pytest.mark.parametrize("text, new, old", [
    ("استقبل جلالة الملك عبدالله الثاني الرئيس الفلسطيني ياسر عرفات، الذي نقل إليه التعازي بوفاة "
     "المغفور له بإذن الله جلالة الملك الحسين بن طلال. وكان جلالة الملك عبدالله الثاني قد أدى "
     "اليمين الدستورية أمام مجلس الأمة يوم الأحد الماضي ملكاً للمملكة الأردنية الهاشمية خلفاً "
     "لوالده الراحل.", ABDULLAH2, HUSSEIN),
    ("توفي أمير الكويت الشيخ صباح الأحمد الجابر الصباح يوم الثلاثاء. وكان الشيخ نواف الأحمد الجابر "
     "الصباح قد أدى اليمين الدستورية أمام مجلس الأمة صباح الأربعاء أميراً لدولة الكويت خلفاً "
     "لأخيه الراحل.", NAWAF, SABAH),
    ("توفي الرئيس السوري حافظ الأسد في العاشر من يونيو. وأدى الرئيس بشار الأسد اليمين الدستورية "
     "أمام مجلس الشعب في دمشق يوم الإثنين الماضي رئيساً للجمهورية خلفاً لوالده الراحل.",
     BASHAR, HAFEZ),
    ("توفي السلطان قابوس بن سعيد فجر السبت. وكان جلالة السلطان هيثم بن طارق قد أدى اليمين القانونية "
     "أمام مجلس عمان في مسقط ظهر اليوم نفسه سلطاناً للبلاد خلفاً لابن عمه الراحل.",
     HAITHAM, QABOOS),
])
def test_kin_predecessor_past_a_long_clause(shipped, text, new, old):
    assert (new, old) in _so(shipped, text)


@pytest.mark.parametrize("text", [
    # a forecast, a negation
    "توفي الرئيس السوري حافظ الأسد في العاشر من يونيو. ويرجح أن يؤدي بشار الأسد اليمين الدستورية "
    "أمام مجلس الشعب في دمشق يوم الإثنين المقبل رئيساً للجمهورية خلفاً لوالده الراحل.",
    "توفي الرئيس السوري حافظ الأسد في العاشر من يونيو. ولم يؤد بشار الأسد اليمين الدستورية أمام "
    "مجلس الشعب في دمشق يوم الإثنين الماضي رئيساً للجمهورية خلفاً لوالده الراحل.",
    # another person in the clause: his, not the opening subject's
    "توفي الرئيس السوري حافظ الأسد في العاشر من يونيو. وقال بشار الأسد إن وزير الدفاع مصطفى طلاس "
    "سيتولى قيادة الجيش السوري في المرحلة المقبلة خلفاً لوالده الراحل.",
])
def test_kin_predecessor_past_a_long_clause_not_read(shipped, text):
    assert (BASHAR, HAFEZ) not in _so(shipped, text)


# --- "A and B, <title>, held talks" ----------------------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Sudanese President Omar al-Bashir and Salva Kiir, the leader of the SPLM, held talks in "
     "Addis Ababa on Monday.", BASHIR, KIIR),
    ("Omar al-Bashir and Salva Kiir, the SPLM leader, held talks in Addis Ababa.", BASHIR, KIIR),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani and Masoud Barzani, the leader of the Kurdistan "
     "Democratic Party, held talks in Erbil on Sunday.", SUDANI, BARZANI),
    ("Mahmoud Abbas and Ismail Haniyeh, the head of Hamas's political bureau, held a meeting in "
     "Doha.", ABBAS, HANIYEH),
])
def test_apposed_pair_held_talks(shipped, text, a, b):
    assert sorted_pair(a, b) in _met(shipped, text)


def test_apposed_pair_held_talks_with_a_third(shipped):
    met = _met(shipped, "Omar al-Bashir and Salva Kiir, the leader of the SPLM, held talks with "
                        "Thabo Mbeki.")
    assert {sorted_pair(BASHIR, KIIR), sorted_pair(BASHIR, MBEKI),
            sorted_pair(KIIR, MBEKI)} <= met


@pytest.mark.parametrize("text", [
    "Mahmoud Abbas and Ismail Haniyeh, the head of Hamas's political bureau, will hold a meeting "
    "in Doha.",
    "Mahmoud Abbas and Ismail Haniyeh, the head of Hamas's political bureau, did not hold talks in "
    "Doha.",
    "Mahmoud Abbas and Ismail Haniyeh, the head of Hamas's political bureau, are expected to hold "
    "talks in Doha.",
    "Mahmoud Abbas said Ismail Haniyeh, the head of Hamas's political bureau, held talks in Doha.",
    "Mahmoud Abbas's envoy and Ismail Haniyeh, the head of Hamas's political bureau, held talks in "
    "Doha.",
])
def test_apposed_pair_held_talks_not_read(shipped, text):
    assert sorted_pair(ABBAS, HANIYEH) not in _met(shipped, text)


# --- "A and B, <title> better known as Abu C, signed / met" ---------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Israeli Foreign Minister Shimon Peres and Mahmud Abbas, the head of the PLO's international "
     "relations department better known as Abu Mazen, signed the accord.", PERES, ABBAS),
    ("Shimon Peres and Mahmoud Abbas, better known as Abu Mazen, signed the accord in Washington.",
     PERES, ABBAS),
    ("Shimon Peres and Mahmoud Abbas, known as Abu Mazen, held talks in Cairo.", PERES, ABBAS),
    ("Shimon Peres and Ahmed Qurei, the PLO negotiator known as Abu Alaa, met in Oslo.",
     PERES, QUREI),
])
def test_nickname_apposition_keeps_the_subject_list(shipped, text, a, b):
    assert sorted_pair(a, b) in _met(shipped, text)


def test_nickname_apposition_signed_in_the_presence_of(shipped):
    met = _met(shipped, "Shimon Peres and Mahmud Abbas, the head of the PLO's international "
                        "relations department better known as Abu Mazen, signed the accord in "
                        "the presence of President Bill Clinton.")
    assert {sorted_pair(PERES, ABBAS), sorted_pair(PERES, CLINTON),
            sorted_pair(ABBAS, CLINTON)} <= met


@pytest.mark.parametrize("text", [
    "Shimon Peres and Mahmoud Abbas, better known as Abu Mazen, will sign the accord in Washington.",
    "Shimon Peres said Mahmoud Abbas, better known as Abu Mazen, signed the accord in Washington.",
    "Shimon Peres and Mahmoud Abbas, better known as Abu Mazen, did not hold talks in Cairo.",
])
def test_nickname_apposition_not_read(shipped, text):
    assert sorted_pair(PERES, ABBAS) not in _met(shipped, text)


# --- Ahmed Qurei, «شيمون بيريز» ------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Palestinian Prime Minister Ahmed Qurei met Shimon Peres in Oslo.", "en"),
    ("Prime Minister Ahmad Qureia met Shimon Peres in Oslo.", "en"),
    ("التقى رئيس الوزراء الفلسطيني أحمد قريع وزير الخارجية الإسرائيلي شيمون بيريز في أوسلو.", "ar"),
    ("التقى رئيس الوزراء الفلسطيني أحمد قريع الرئيس الإسرائيلي شيمون بيرس في القدس.", "ar"),
])
def test_qurei_and_peres_named(shipped, text, lang):
    met = {sorted_pair(*p) for p in relation_pairs(shipped, text, "MET_WITH", lang)}
    assert sorted_pair(QUREI, PERES) in met


# --- "received K and the council's members, including A and B" -------------------------------------

@pytest.mark.parametrize("text, host, members", [
    ("Crown Prince Mohammed bin Salman received Rashad al-Alimi and the council's members, "
     "including Aidarous al-Zubaidi and Tareq Saleh, at his palace in Riyadh.", MBS,
     (ALIMI, ZUBAIDI, TAREQ)),
    ("King Abdullah received Mahmoud Abbas and the delegation's members, including Saeb Erekat, "
     "in Amman.", ABDULLAH2_, (ABBAS, ERAKAT)),
    ("Erdogan met Ismail Haniyeh and the movement's leaders, including Khaled Meshaal, in "
     "Istanbul.", ERDOGAN, (HANIYEH, MESHAAL)),
    ("President Joe Biden met Benjamin Netanyahu and the cabinet's members, among them Yoav "
     "Gallant, in Tel Aviv.", BIDEN, ("person:benjamin-netanyahu", GALLANT)),
])
def test_possessed_group_including_met_by_the_host(shipped, text, host, members):
    met = _met(shipped, text)
    for m in members:
        assert sorted_pair(host, m) in met


@pytest.mark.parametrize("text", [
    "Crown Prince Mohammed bin Salman will receive Rashad al-Alimi and the council's members, "
    "including Aidarous al-Zubaidi and Tareq Saleh, at his palace in Riyadh.",
    "Crown Prince Mohammed bin Salman praised Rashad al-Alimi and the council's members, "
    "including Aidarous al-Zubaidi and Tareq Saleh.",
    "Crown Prince Mohammed bin Salman received messages from the council's members, including "
    "Aidarous al-Zubaidi and Tareq Saleh.",
])
def test_possessed_group_including_not_read(shipped, text):
    assert sorted_pair(MBS, ZUBAIDI) not in _met(shipped, text)


@pytest.mark.parametrize("text, guests", [
    ("Crown Prince Mohammed bin Salman received Rashad al-Alimi and the council's members, "
     "including Aidarous al-Zubaidi and Tareq Saleh, at his palace in Riyadh.",
     (ALIMI, ZUBAIDI, TAREQ)),
    ("King Abdullah received Mahmoud Abbas and members of the Palestinian delegation, including "
     "Saeb Erekat and Ismail Haniyeh, in Amman.", (ABBAS, ERAKAT, HANIYEH)),
    ("President Joe Biden met Benjamin Netanyahu and the cabinet's members, among them Yoav "
     "Gallant and Benny Gantz, in Tel Aviv.", ("person:benjamin-netanyahu", GALLANT,
                                              "person:benny-gantz")),
])
def test_guest_coordinated_with_the_group_met_its_members(rules_only, text, guests):
    met = _met(rules_only, text)
    for i, a in enumerate(guests):
        for b in guests[i + 1:]:
            assert sorted_pair(a, b) in met


def test_guest_met_later_apart_from_the_group(rules_only):
    met = _met(rules_only, "Erdogan met Ismail Haniyeh and later the movement's leaders, "
                           "including Khaled Meshaal and Saleh al-Arouri, in Istanbul.")
    assert sorted_pair(HANIYEH, MESHAAL) not in met
