"""Session 64 (blind64d): fixes after the first contact of blind set NY-NZ (Iraq and Iran 2020-2022,
written blind: Esmail Qaani's visits to Baghdad, Erbil and Sulaymaniyah, Kadhimi's talks, the
Saudi-Iranian rounds in Baghdad), each read in several paraphrases of other outlets and people.

- Titles: the shared leaderships "co-leader", "co-founder", "co-chair(man)", "co-president" are
  titles ("PUK co-leader Bafel Talabani", "Hamas co-founder X"), so the person after them, not
  his body, is whom a verb of meeting reaches (``lexicon.EN_TITLES``).
- Meetings, English: "held talks / a meeting with <body> (<acronym>) <title> Y": Y was met, not
  the body, as after "met" (``meeting_frames_en.org_title_object_en`` on "talks with" too).
- Meetings, both languages: talks between two delegations each named with its head, "brought
  together a Saudi delegation headed by A and an Iranian delegation led by B" / «عُقدت الجولة بين
  وفد سعودي برئاسة A ووفد إيراني برئاسة B»: A met B (``meeting_two_delegations``); not planned,
  not negated.
- Meetings, Arabic: "اجتمع X في منزل Y بـA وB": A and B, past the home, are whom X met, and the
  owner of the home sat with them (``meeting_past_home_ar``, then ``meeting_home``).
- Attendees: "X met Y. The meeting was held at Y's office in the presence of Z" / «وقال المصدر إن
  اللقاء جرى في مكتب Y بحضور Z»: Y named as the owner of the place does not make a new meeting;
  Z met X and Y (``meeting_place_owner``, read by ``meeting_present_more``); a meeting to come
  («وسيُعقد اللقاء المقبل بحضور Z», "will be held") is attended by no one.
- Meetings, both languages: the home of a second meeting joined by "and" / «و» ("لقاء مع X
  واجتماع بقادة الفصائل في منزل B", "met X, and held a meeting with A at B's home"): whom the
  first meeting paired did not sit at that home (``meeting_home._second_meeting``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

QAANI, KADHIMI, ARAJI, FAYYADH = ("person:esmail-qaani", "person:mustafa-al-kadhimi",
                                  "person:qassim-al-araji", "person:falih-al-fayyadh")
AMIRI, KHAZALI, ABU_FADAK = ("person:hadi-al-amiri", "person:qais-al-khazali",
                             "person:abdul-aziz-al-muhammadawi")
BAFEL, QUBAD, MASOUD, NECHIRVAN = ("person:bafel-talabani", "person:qubad-talabani",
                                   "person:masoud-barzani", "person:nechirvan-barzani")
ABDOLLAHIAN, ARAGHCHI, WITKOFF = ("person:hossein-amir-abdollahian", "person:abbas-araghchi",
                                  "person:steve-witkoff")
HUMAIDAN, IRAVANI, HAYYA, RAJOUB = ("person:khalid-al-humaidan", "person:saeed-iravani",
                                    "person:khalil-al-hayya", "person:jibril-rajoub")
ZAHAR, BAYIK, DEMIRTAS = "person:mahmoud-al-zahar", "person:cemil-bayik", "person:selahattin-demirtas"
PUK, KDP, HAMAS, PKK, HDP, KH = ("organization:patriotic-union-of-kurdistan",
                                 "organization:kurdistan-democratic-party", "organization:hamas",
                                 "organization:pkk", "organization:hdp", "organization:kataib-hezbollah")


# --- "co-leader", "co-founder", "co-chair": titles ------------------------------------------------

@pytest.mark.parametrize("text, visitor, met, body", [
    ("Esmail Qaani held talks with PUK co-leader Bafel Talabani in Sulaimani on Tuesday.",
     QAANI, BAFEL, PUK),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian met Hamas co-founder Mahmoud al-Zahar in "
     "Doha.", ABDOLLAHIAN, ZAHAR, HAMAS),
    ("Iraqi National Security Adviser Qassim al-Araji met PKK co-leader Cemil Bayik, Turkish media "
     "claimed.", ARAJI, BAYIK, PKK),
    ("Qaani later held a meeting with former HDP co-chair Selahattin Demirtas's lawyers.", None, None,
     None),
])
def test_a_co_title_names_its_holder_not_his_body(shipped, text, visitor, met, body):
    pairs = _met(shipped, text)
    if visitor is None:  # (nobody named was met: the lawyers)
        assert not any(DEMIRTAS in p or HDP in p for p in pairs)
        return
    assert _pair(visitor, met) in pairs
    assert _pair(visitor, body) not in pairs


# --- "held talks with <body> (<acronym>) <title> Y" ---------------------------------------------

@pytest.mark.parametrize("text, visitor, met, body", [
    ("Esmail Qaani arrived in Erbil on Tuesday. The Iranian general later traveled to Sulaimani, "
     "where he held talks with Patriotic Union of Kurdistan (PUK) co-leader Bafel Talabani.",
     QAANI, BAFEL, PUK),
    ("Esmail Qaani held talks with Patriotic Union of Kurdistan (PUK) leader Bafel Talabani.",
     QAANI, BAFEL, PUK),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian held talks with Kurdistan Democratic Party "
     "(KDP) President Masoud Barzani in Erbil on Thursday.", ABDOLLAHIAN, MASOUD, KDP),
    ("Quds Force commander Esmail Qaani had a meeting with Kataib Hezbollah (KH) commander Abu Fadak "
     "al-Mohammedawi, the sources said.", QAANI, ABU_FADAK, KH),
])
def test_talks_with_a_titled_person_after_his_body_and_acronym(shipped, text, visitor, met, body):
    pairs = _met(shipped, text)
    assert _pair(visitor, met) in pairs
    assert _pair(visitor, body) not in pairs


def test_talks_with_a_titled_person_not_held_are_no_meeting(shipped):
    pairs = _met(shipped, "Esmail Qaani did not hold talks with Patriotic Union of Kurdistan (PUK) "
                          "leader Bafel Talabani during the visit.")
    assert _pair(QAANI, BAFEL) not in pairs


# --- talks between two delegations, each with its head ------------------------------------------

@pytest.mark.parametrize("text, lang, a, b", [
    ("The talks on April 9 brought together a Saudi delegation headed by intelligence chief Khalid "
     "bin Ali Al-Humaidan and an Iranian delegation led by Saeed Iravani, deputy secretary-general "
     "of Iran's Supreme National Security Council, the officials said.", "en", HUMAIDAN, IRAVANI),
    ("The round of talks in Muscat was held between an Iranian delegation led by Foreign Minister "
     "Abbas Araghchi and a US delegation headed by envoy Steve Witkoff.", "en", ARAGHCHI, WITKOFF),
    ("وكانت الجولة الخامسة قد عُقدت في بغداد في أبريل الماضي بين وفد سعودي برئاسة رئيس الاستخبارات "
     "العامة خالد الحميدان ووفد إيراني برئاسة نائب أمين المجلس الأعلى للأمن القومي سعيد إيرواني.", "ar",
     HUMAIDAN, IRAVANI),
    ("وجرت المحادثات في القاهرة بين وفد حركة حماس برئاسة خليل الحية ووفد حركة فتح برئاسة جبريل "
     "الرجوب.", "ar", HAYYA, RAJOUB),
])
def test_the_heads_of_two_delegations_in_talks_met(shipped, text, lang, a, b):
    assert _pair(a, b) in _met(shipped, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Talks are expected next week between a Saudi delegation headed by Khalid al-Humaidan and an "
     "Iranian delegation led by Saeed Iravani.", "en"),
    ("The dispute between a Saudi delegation headed by Khalid al-Humaidan and an Iranian delegation "
     "led by Saeed Iravani was settled by phone.", "en"),
    ("لم تُعقد أي محادثات بين وفد سعودي برئاسة خالد الحميدان ووفد إيراني برئاسة سعيد إيرواني.", "ar"),
])
def test_two_delegations_not_met_are_no_meeting(shipped, text, lang):
    assert _pair(HUMAIDAN, IRAVANI) not in _met(shipped, text, lang)


def test_two_delegations_of_a_round_to_come_are_no_meeting(rules_only):
    # (the scorer reads this pair at the start code already: seen, not fixed)
    assert _pair(HUMAIDAN, IRAVANI) not in _met(
        rules_only, "وتستضيف بغداد الأسبوع المقبل جولة جديدة من المحادثات بين وفد سعودي برئاسة خالد "
                    "الحميدان ووفد إيراني برئاسة سعيد إيرواني.", "ar")


# --- "اجتمع X في منزل Y بـA وB" -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "واجتمع قاآني في منزل فالح الفياض بهادي العامري وقيس الخزعلي.",
    "واجتمع قائد فيلق القدس إسماعيل قاآني، في منزل رئيس هيئة الحشد الشعبي فالح الفياض، بالأمين "
    "العام لمنظمة بدر هادي العامري والأمين العام لعصائب أهل الحق قيس الخزعلي.",
    "وأضاف المصدر أن قاآني اجتمع في وقت لاحق، في منزل رئيس هيئة الحشد الشعبي فالح الفياض وبحضوره، "
    "بالأمين العام لمنظمة بدر هادي العامري والأمين العام لعصائب أهل الحق قيس الخزعلي.",
])
def test_whom_x_met_past_a_home_and_its_owner(shipped, text):
    pairs = _met(shipped, text, "ar")
    for a, b in ((QAANI, AMIRI), (QAANI, KHAZALI), (FAYYADH, AMIRI), (FAYYADH, KHAZALI),
                 (QAANI, FAYYADH)):
        assert _pair(a, b) in pairs


def test_past_a_home_other_people(shipped):
    pairs = _met(shipped, "والتقى وزير الخارجية الإيراني حسين أمير عبد اللهيان في منزل رئيس الاتحاد "
                          "الوطني الكردستاني بافل طالباني بنائب رئيس حكومة الإقليم قوباد طالباني.",
                 "ar")
    assert _pair(ABDOLLAHIAN, QUBAD) in pairs
    assert _pair(ABDOLLAHIAN, BAFEL) in pairs


def test_past_a_home_not_met(shipped):
    pairs = _met(shipped, "ولم يجتمع قاآني في منزل فالح الفياض بهادي العامري وقيس الخزعلي.", "ar")
    assert _pair(QAANI, AMIRI) not in pairs
    assert _pair(QAANI, KHAZALI) not in pairs


# --- the place of the meeting told before names one of its people ------------------------------

@pytest.mark.parametrize("text, lang, a, b, z", [
    ("وصل قائد فيلق القدس إسماعيل قاآني إلى بغداد، والتقى رئيس الوزراء العراقي مصطفى الكاظمي. وقال "
     "المصدر إن اللقاء جرى في مكتب الكاظمي بحضور مستشار الأمن الوطني قاسم الأعرجي.", "ar",
     QAANI, KADHIMI, ARAJI),
    ("التقى قائد فيلق القدس إسماعيل قآني رئيس الاتحاد الوطني الكردستاني بافل طالباني في السليمانية. "
     "وعُقد اللقاء في منزل طالباني بحضور نائب رئيس حكومة الإقليم قوباد طالباني.", "ar",
     QAANI, BAFEL, QUBAD),
    ("Qaani met Iraqi Prime Minister Mustafa al-Kadhimi on Sunday. The meeting was held at Kadhimi's "
     "office in the presence of national security adviser Qassim al-Araji.", "en",
     QAANI, KADHIMI, ARAJI),
    ("Masoud Barzani received Esmail Qaani in Erbil. The meeting took place at Barzani's residence "
     "in the presence of Kurdistan Region President Nechirvan Barzani.", "en",
     QAANI, MASOUD, NECHIRVAN),
])
def test_an_attendee_after_the_place_named_by_its_owner(shipped, text, lang, a, b, z):
    pairs = _met(shipped, text, lang)
    assert _pair(a, b) in pairs
    assert _pair(z, a) in pairs
    assert _pair(z, b) in pairs


@pytest.mark.parametrize("text, lang", [
    ("Qaani met Iraqi Prime Minister Mustafa al-Kadhimi on Sunday. The next meeting will be held at "
     "Kadhimi's office in the presence of national security adviser Qassim al-Araji.", "en"),
    ("والتقى قاآني رئيس الوزراء العراقي مصطفى الكاظمي. وسيُعقد اللقاء المقبل في مكتب الكاظمي بحضور "
     "مستشار الأمن الوطني قاسم الأعرجي.", "ar"),
    ("والتقى قاآني رئيس الوزراء العراقي مصطفى الكاظمي. وسيعقد اللقاء المقبل بحضور مستشار الأمن الوطني "
     "قاسم الأعرجي.", "ar"),
    ("والتقى قاآني رئيس الوزراء العراقي مصطفى الكاظمي. ومن المقرر أن يعقد اللقاء المقبل في مكتب "
     "الكاظمي بحضور مستشار الأمن الوطني قاسم الأعرجي.", "ar"),
])
def test_the_next_meeting_is_not_attended(shipped, text, lang):
    pairs = _met(shipped, text, lang)
    assert _pair(QAANI, KADHIMI) in pairs
    assert _pair(ARAJI, QAANI) not in pairs
    assert _pair(ARAJI, KADHIMI) not in pairs


# --- a home of the second meeting of the sentence -----------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("قاآني في بغداد: لقاء مع الكاظمي واجتماع بقادة فصائل في منزل الفياض", "ar"),
    ("والتقى قاآني رئيس الوزراء مصطفى الكاظمي، وعقد اجتماعاً مع قادة الفصائل في منزل فالح الفياض.",
     "ar"),
    ("Qaani met Prime Minister Mustafa al-Kadhimi on Monday, and held a meeting with faction leaders "
     "at Falih al-Fayyadh's home.", "en"),
])
def test_the_first_meeting_did_not_sit_at_the_second_ones_home(rules_only, text, lang):
    # (the scorer still pairs Kadhimi with the owner in the «وعقد اجتماعاً» form: seen, not fixed)
    pairs = _met(rules_only, text, lang)
    assert _pair(QAANI, KADHIMI) in pairs
    assert _pair(KADHIMI, FAYYADH) not in pairs


@pytest.mark.parametrize("text, lang", [
    ("Qaani met Hadi al-Amiri and Qais al-Khazali at Falih al-Fayyadh's home.", "en"),
    ("واجتمع قاآني بهادي العامري وقيس الخزعلي في منزل فالح الفياض.", "ar"),
])
def test_one_meeting_at_a_home_still_seats_its_owner(shipped, text, lang):
    pairs = _met(shipped, text, lang)
    assert _pair(FAYYADH, AMIRI) in pairs
    assert _pair(AMIRI, KHAZALI) in pairs
