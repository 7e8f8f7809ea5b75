"""Session 53: relations and names a researcher would notice wrong, found on short pieces
written for the session in the styles of the Gulf, Maghreb and Asian agencies (WAM, KUNA,
BNA, ONA, MAP, APP, Yonhap, Bernama, ENA) and checked against dev.

- Names: «بقصر بيان صباح اليوم» ("this morning") is no mention of the emir's family name
  al-Sabah (the reception was lost: its host was read twice).
- Meetings: "X was also present during the meeting." attended it, as "at the meeting" did.
- Names: "called on him at the PM House": "House" after the title "PM" is the premier's
  seat, no person.
- Killings: "<speaker> acknowledged that <agent> was behind the killing of X" (an admission;
  "Iran said Israel was behind ..." stays an accusation) and "... was behind the killing."
  with the victim told in the sentence before.
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair

MISHAL, ARAGHCHI = "person:mishal-al-ahmad-al-jaber-al-sabah", "person:abbas-araghchi"
SHEHBAZ, ABDOLLAHIAN = "person:shehbaz-sharif", "person:hossein-amir-abdollahian"
JILANI = "person:jalil-abbas-jilani"
HANIYEH, ISRAEL = "person:ismail-haniyeh", "country:israel"


@pytest.mark.parametrize("sentence", [
    "استقبل سمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح بقصر بيان صباح اليوم وزير "
    "الخارجية الإيراني عباس عراقجي والوفد المرافق له.",
    "استقبل أمير الكويت الشيخ مشعل الأحمد بقصر بيان صباح اليوم وزير الخارجية الإيراني "
    "عباس عراقجي.",
    "استقبل أمير الكويت الشيخ مشعل الأحمد مساء أمس وزير الخارجية الإيراني عباس عراقجي.",
])
def test_this_morning_is_no_family_name_and_the_reception_stands(shipped, sentence):
    assert _pair(MISHAL, ARAGHCHI) in _met(shipped, sentence, "ar")


def test_the_emir_named_sabah_is_still_read_with_his_given_name(rules_only):
    text = "التقى الشيخ صباح الخالد الحمد الصباح وزير الخارجية الإيراني عباس عراقجي."
    assert any("sabah" in i for i in _ids(rules_only, text, "ar") if i.startswith("person:"))


MEETING = ("Prime Minister Shehbaz Sharif on Wednesday met Iranian Foreign Minister Hossein "
           "Amir-Abdollahian. ")


@pytest.mark.parametrize("sentence", [
    "Foreign Minister Jalil Abbas Jilani was also present during the meeting.",
    "Foreign Minister Jalil Abbas Jilani was present during the talks.",
    "Foreign Minister Jalil Abbas Jilani was also present at the meeting.",
])
def test_present_during_the_meeting_attended_it(rules_only, sentence):
    met = _met(rules_only, MEETING + sentence)
    assert _pair(JILANI, SHEHBAZ) in met and _pair(JILANI, ABDOLLAHIAN) in met


@pytest.mark.parametrize("sentence", [
    "Foreign Minister Jalil Abbas Jilani was present during the meeting of the cabinet on "
    "Friday.",
    "Foreign Minister Jalil Abbas Jilani will be present during the meeting.",
])
def test_present_at_another_or_a_future_meeting_is_no_attendance(rules_only, sentence):
    assert _pair(JILANI, SHEHBAZ) not in _met(rules_only, MEETING + sentence)


@pytest.mark.parametrize("text", [
    "Iranian Foreign Minister Hossein Amir-Abdollahian called on Prime Minister Shehbaz "
    "Sharif at the PM House.",
    "The minister called on the president at the PM House in Islamabad.",
    "Abdollahian later met the president at the President House.",
])
def test_the_seat_after_a_title_is_no_person(shipped, text):
    assert "person:house" not in _ids(shipped, text, "en")


def test_a_seat_word_does_not_hide_the_meeting(rules_only):
    text = ("Iranian Foreign Minister Hossein Amir-Abdollahian called on Prime Minister "
            "Shehbaz Sharif at the PM House.")
    assert _met(rules_only, text) == {_pair(SHEHBAZ, ABDOLLAHIAN)}


KILLED = "Hamas leader Ismail Haniyeh was assassinated in Tehran on July 31. "


@pytest.mark.parametrize("text", [
    "Israeli Defence Minister Israel Katz acknowledged that Israel was behind the killing of "
    "Hamas leader Ismail Haniyeh.",
    "Defense Minister Israel Katz on Monday publicly acknowledged for the first time that "
    "Israel was behind the assassination of Hamas political chief Ismail Haniyeh in Tehran.",
    KILLED + "In December, Israeli Defence Minister Israel Katz acknowledged that Israel was "
    "behind the killing.",
    KILLED + "Israel did not comment at the time, but Defence Minister Israel Katz later "
    "acknowledged that Israel was behind the killing.",
    KILLED + "Israel later admitted it was behind the killing.",
])
def test_an_admission_that_the_agent_was_behind_the_killing(shipped, text):
    assert (HANIYEH, ISRAEL) in _rels(shipped, text, "ASSASSINATED_BY", "en")


@pytest.mark.parametrize("sentence", [
    "Iran said Israel was behind the killing.",
    "Israel has never acknowledged that it was behind the killing.",
    "Israel denied it was behind the killing.",
    "Officials acknowledged that Israel may have been behind the killing.",
    "Katz acknowledged that Israel was behind the killing of a senior commander.",
    "Iranian officials acknowledged that they did not know who was behind the killing.",
])
def test_an_accusation_a_denial_or_another_victim_names_no_killer(rules_only, sentence):
    text = KILLED.replace("assassinated", "killed") + sentence
    assert (HANIYEH, ISRAEL) not in _rels(rules_only, text, "ASSASSINATED_BY", "en")


# ---- attendees: Petra, APS and SANA protocol -------------------------------------------

KING, ABBAS = "person:abdullah-ii", "person:mahmoud-abbas"
HUSSEIN, JAFAR = "person:hussein-bin-abdullah", "person:jafar-hassan"
FARAJ, SAFADI = "person:majed-faraj", "person:ayman-safadi"
TEBBOUNE, TAJANI, ATTAF = ("person:abdelmadjid-tebboune", "person:antonio-tajani",
                           "person:ahmed-attaf")
PETRA = "التقى الملك عبدالله الثاني رئيس السلطة الفلسطينية محمود عباس. "
APS = "استقبل الرئيس عبد المجيد تبون وزير الخارجية الإيطالي أنطونيو تاياني. "


@pytest.mark.parametrize("sentence", [
    "وجرى اللقاء بحضور وزير الشؤون الخارجية والجالية الوطنية بالخارج، أحمد عطاف.",
    "وجرى اللقاء بحضور وزير الدولة وزير الشؤون الخارجية، أحمد عطاف، ومدير الديوان.",
])
def test_present_titled_then_named_after_a_comma(rules_only, sentence):
    met = _met(rules_only, APS + sentence, "ar")
    assert _pair(ATTAF, TEBBOUNE) in met and _pair(ATTAF, TAJANI) in met


def test_present_at_a_meeting_with_the_governor_named_after_his_title(rules_only):
    text = ("وكان مصطفى البكور قد التقى الثلاثاء شيخ العقل يوسف جربوع، بحضور قائد الأمن "
            "الداخلي في المحافظة، العميد أحمد الدالاتي، للاتفاق على وقف لإطلاق النار.")
    met = _met(rules_only, text, "ar")
    assert _pair("person:ahmed-al-dalati", "person:youssef-jarbou") in met
    assert _pair("person:ahmed-al-dalati", "person:mustafa-al-bakour") in met


@pytest.mark.parametrize("sentence", [
    "وجرى اللقاء بحضور عدد من المسؤولين، وقال أحمد عطاف إن العلاقات جيدة.",
    "وجرى اللقاء بحضور المسؤولين، أحمد عطاف وغيره.",
])
def test_a_comma_before_a_clause_or_after_no_title_is_no_attendance(rules_only, sentence):
    assert _pair(ATTAF, TAJANI) not in _met(rules_only, APS + sentence, "ar")


@pytest.mark.parametrize("sentence", [
    "وحضره رئيس جهاز المخابرات العامة ماجد فرج.",
    "كما حضره رئيس جهاز المخابرات العامة ماجد فرج.",
    "كما حضره عن الجانب الفلسطيني رئيس جهاز المخابرات العامة ماجد فرج.",
])
def test_attended_it_opening_the_next_sentence(rules_only, sentence):
    met = _met(rules_only, PETRA + sentence, "ar")
    assert _pair(FARAJ, KING) in met and _pair(FARAJ, ABBAS) in met


def test_attended_it_after_no_meeting_is_no_attendance(rules_only):
    text = ("أقيمت في رام الله جنازة رسمية للقيادي الراحل. وحضره رئيس جهاز المخابرات "
            "العامة ماجد فرج والرئيس محمود عباس.")
    assert _pair(FARAJ, ABBAS) not in _met(rules_only, text, "ar")


@pytest.mark.parametrize("sentence", [
    "وحضر اللقاء سمو الأمير الحسين بن عبدالله الثاني، ولي العهد، ورئيس الوزراء جعفر حسان.",
    "وحضر اللقاء الأمير الحسين بن عبدالله، ولي العهد، ورئيس الوزراء جعفر حسان.",
])
def test_attendee_list_goes_on_past_a_title_between_commas(rules_only, sentence):
    met = _met(rules_only, PETRA + sentence, "ar")
    assert {_pair(HUSSEIN, KING), _pair(JAFAR, KING), _pair(JAFAR, ABBAS),
            _pair(HUSSEIN, JAFAR)} <= met


def test_the_royal_court_is_no_maliki(rules_only):
    text = PETRA + ("وحضر اللقاء وزير الخارجية أيمن الصفدي، نائب رئيس الوزراء، ورئيس الديوان "
                    "الملكي يوسف العيسوي.")
    assert "person:nouri-al-maliki" not in _ids(rules_only, text, "ar")
    assert _pair(SAFADI, KING) in _met(rules_only, text, "ar")


def test_a_druze_sheikh_is_titled_not_the_president_named_before(rules_only):
    text = ("أعلن الرئيس أحمد الشرع سحب القوات من المحافظة. وكان المحافظ مصطفى البكور قد "
            "التقى شيخ العقل يوسف جربوع.")
    met = _met(rules_only, text, "ar")
    assert _pair("person:mustafa-al-bakour", "person:youssef-jarbou") in met
    assert _pair("person:ahmed-al-sharaa", "person:youssef-jarbou") not in met


# ---- English: a dismissal then a replacement; attendees joining the two principals ---------

BAR, ZINI, NETANYAHU = "person:ronen-bar", "person:david-zini", "person:benjamin-netanyahu"


@pytest.mark.parametrize("text", [
    "Shin Bet head Ronen Bar was dismissed by Prime Minister Benjamin Netanyahu and replaced "
    "by David Zini.",
    "Shin Bet head Ronen Bar was later dismissed by Netanyahu and replaced by David Zini.",
    "Barnea was accompanied by Shin Bet head Ronen Bar, who was later dismissed by Prime "
    "Minister Benjamin Netanyahu and replaced by David Zini.",
])
def test_dismissed_by_k_and_replaced_by_x(shipped, text):
    succ = _rels(shipped, text, "SUCCESSOR_OF", "en")
    assert (ZINI, BAR) in succ and (ZINI, NETANYAHU) not in succ


def test_a_dismissed_report_is_still_a_denial(rules_only):
    text = ("Israel later dismissed reports that Shin Bet head Ronen Bar had been replaced by "
            "David Zini.")
    assert (ZINI, BAR) not in _rels(rules_only, text, "SUCCESSOR_OF", "en")


FIDAN, SHAIBANI = "person:hakan-fidan", "person:asaad-al-shaibani"
GULER, KALIN = "person:yasar-guler", "person:ibrahim-kalin"
ANKARA = ("Turkish Foreign Minister Hakan Fidan received his Syrian counterpart Asaad "
          "al-Shaibani in Ankara. ")


@pytest.mark.parametrize("sentence", [
    "The two ministers were joined by Defence Minister Yasar Guler and intelligence chief "
    "Ibrahim Kalin.",
    "The two ministers were later joined by Defence Minister Yasar Guler and intelligence "
    "chief Ibrahim Kalin for talks on security.",
    "They were joined by Defence Minister Yasar Guler and intelligence chief Ibrahim Kalin.",
])
def test_the_two_were_joined_by_attendees(rules_only, sentence):
    met = _met(rules_only, ANKARA + sentence)
    assert {_pair(GULER, FIDAN), _pair(GULER, SHAIBANI), _pair(KALIN, FIDAN),
            _pair(KALIN, SHAIBANI)} <= met


@pytest.mark.parametrize("sentence", [
    "The two ministers were joined by Defence Minister Yasar Guler on a tour of the old city.",
    "The two ministers were not joined by Defence Minister Yasar Guler.",
    "Erdogan and Sharaa were joined by Defence Minister Yasar Guler at a dinner.",
])
def test_joined_elsewhere_or_not_at_all_is_no_attendance(rules_only, sentence):
    assert _pair(GULER, SHAIBANI) not in _met(rules_only, ANKARA + sentence)


# ---- killings in a wave of strikes; a successor named for the one killed with them ------------

SALAMI, BAGHERI = "person:hossein-salami", "person:mohammad-bagheri"
MOUSAVI, RASHID = "person:abdolrahim-mousavi", "person:gholam-ali-rashid"
IRGC_AR = "أعلن الحرس الثوري مقتل قائده حسين سلامي في الهجوم الإسرائيلي على طهران. "
IRGC_EN = ("The Revolutionary Guards said their commander Hossein Salami was killed in the "
           "Israeli attack on Tehran. ")


@pytest.mark.parametrize("text", [
    IRGC_AR + "كما استشهد في الهجمات رئيس هيئة الأركان العامة للقوات المسلحة اللواء محمد "
    "باقري.",
    IRGC_AR + "كما قتل في الهجمات رئيس هيئة الأركان اللواء محمد باقري.",
    IRGC_EN + "Also killed in the attacks was armed forces chief of staff Mohammad Bagheri.",
    IRGC_EN + "Also killed in the strikes were Mohammad Bagheri and Gholam Ali Rashid.",
])
def test_killed_in_the_attacks_told_before(shipped, text):
    lang = "en" if text.startswith("The") else "ar"
    assert (BAGHERI, ISRAEL) in _rels(shipped, text, "ASSASSINATED_BY", lang)


def test_killed_in_other_attacks_names_no_killer(rules_only):
    text = IRGC_EN + "Also killed in separate attacks was Mohammad Bagheri."
    assert (BAGHERI, ISRAEL) not in _rels(rules_only, text, "ASSASSINATED_BY", "en")


@pytest.mark.parametrize("text", [
    IRGC_AR + "كما استشهد في الهجمات رئيس هيئة الأركان العامة اللواء محمد باقري، وعُيّن "
    "اللواء عبد الرحيم موسوي خلفاً له.",
    "استشهد اللواء محمد باقري في الهجوم، وعُيّن اللواء عبد الرحيم موسوي خلفاً له.",
])
def test_his_successor_is_of_the_one_martyred_in_the_sentence(shipped, text):
    succ = _rels(shipped, text, "SUCCESSOR_OF", "ar")
    assert (MOUSAVI, BAGHERI) in succ and (MOUSAVI, SALAMI) not in succ


# ---- «قبل أن يغتاله Y» / «قبل أن يعلن Y اغتياله» ------------------------------------------

M_SINWAR, IDF = "person:mohammed-sinwar", "organization:israel-defense-forces"


@pytest.mark.parametrize("text,agent", [
    ("وتولى محمد السنوار قيادة الكتائب، قبل أن يعلن الجيش الإسرائيلي اغتياله في أيار.", IDF),
    ("وتولى محمد السنوار قيادة الكتائب، قبل أن يغتاله الجيش الإسرائيلي في أيار.", IDF),
    ("وتولى محمد السنوار قيادة الكتائب، قبل أن تقتله إسرائيل في غارة في أيار.", ISRAEL),
])
def test_before_the_body_killed_him(shipped, text, agent):
    assert (M_SINWAR, agent) in _rels(shipped, text, "ASSASSINATED_BY", "ar")


@pytest.mark.parametrize("text", [
    "وتولى محمد السنوار قيادة الكتائب، قبل أن يعلن الجيش الإسرائيلي انسحابه من رفح.",
    "استقبل محمد السنوار الوفد، قبل أن يحاول الجيش الإسرائيلي اغتياله.",
    "وتولى محمد السنوار قيادة الكتائب، قبل أن يعلن الجيش الإسرائيلي أنه لم يغتله.",
])
def test_no_killing_or_a_failed_attempt_names_no_killer(rules_only, text):
    assert not _rels(rules_only, text, "ASSASSINATED_BY", "ar")


# ---- a commander killed by a strike's lede, named in the next sentence; acting premiers -----

TABATABAI, RAHAWI, MIFTAH = ("person:haytham-ali-tabatabai", "person:ahmed-al-rahawi",
                             "person:mohammed-miftah")
STRIKE_EN = ("An Israeli strike on Beirut's southern suburbs killed a senior Hezbollah "
             "commander on Sunday, the group said. ")


@pytest.mark.parametrize("text,lang", [
    (STRIKE_EN + "Haytham Ali Tabatabai was killed along with four other members.", "en"),
    (STRIKE_EN + 'Haytham Ali Tabatabai, whom Hezbollah described as its "great jihadist '
     'leader", was killed along with four other members.', "en"),
    (STRIKE_EN + "Hezbollah named him as Haytham Ali Tabatabai.", "en"),
    ("قتلت غارة إسرائيلية على الضاحية الجنوبية لبيروت قيادياً بارزاً في حزب الله، الأحد. "
     "وأعلن الحزب أن القيادي هيثم علي الطبطبائي استشهد مع أربعة من رفاقه.", "ar"),
])
def test_the_strike_of_the_lede_killed_the_man_named_next(shipped, text, lang):
    assert (TABATABAI, ISRAEL) in _rels(shipped, text, "ASSASSINATED_BY", lang)


def test_the_next_sentence_s_own_killer_is_kept_alone(rules_only):
    text = ("A U.S. drone strike on a vehicle in eastern Baghdad on Wednesday killed a senior "
            "commander of Kataib Hezbollah, the Iran-backed group said. U.S. Central Command "
            "said it had killed Abu Baqir al-Saadi, a Kataib Hezbollah commander.")
    agents = {t for s, t in _rels(rules_only, text, "ASSASSINATED_BY", "en")
              if s == "person:abu-baqir-al-saadi"}
    assert agents == {"organization:us-central-command"}


@pytest.mark.parametrize("text,lang", [
    ("The Supreme Political Council appointed Mohammed Miftah as acting prime minister, a "
     "day after the government announced the death of Prime Minister Ahmed al-Rahawi in an "
     "Israeli airstrike.", "en"),
    ("كلّف المجلس السياسي الأعلى محمد مفتاح بتسيير أعمال الحكومة بعد استشهاد رئيسها أحمد "
     "غالب الرهوي.", "ar"),
    ("كلّف المجلس السياسي الأعلى محمد مفتاح برئاسة الحكومة بعد استشهاد أحمد غالب الرهوي.",
     "ar"),
    ("كلّف المجلس السياسي الأعلى محمد مفتاح بتسيير أعمال الحكومة، غداة إعلان الحكومة "
     "استشهاد رئيسها أحمد غالب الرهوي في غارة إسرائيلية.", "ar"),
])
def test_charged_with_the_government_after_the_premier_was_killed(shipped, text, lang):
    assert (MIFTAH, RAHAWI) in _rels(shipped, text, "SUCCESSOR_OF", lang)


@pytest.mark.parametrize("text,lang", [
    ("The council appointed Mohammed Miftah as spokesman, a day after the government "
     "announced the appointment of Ahmed al-Rahawi.", "en"),
    ("كلّف المجلس محمد مفتاح بزيارة عدن بعد استشهاد أحمد غالب الرهوي.", "ar"),
])
def test_no_post_taken_or_no_loss_is_no_succession(rules_only, text, lang):
    assert (MIFTAH, RAHAWI) not in _rels(rules_only, text, "SUCCESSOR_OF", lang)


# ---- SPA protocol: a prince's grandfather in his name; «فيما حضره من الجانب ...» -------------

MBS, AOUN = "person:mohammed-bin-salman", "person:joseph-aoun"
FAISAL, AIBAN, RAJJI = ("person:faisal-bin-farhan", "person:musaed-al-aiban",
                        "person:youssef-rajji")
SPA = "استقبل ولي العهد الأمير محمد بن سلمان في الرياض اليوم الرئيس اللبناني جوزاف عون. "


def test_the_attendee_list_goes_on_past_a_grandfather_s_name(rules_only):
    text = SPA + ("حضر الاستقبال صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، "
                  "ومعالي وزير الدولة الدكتور مساعد بن محمد العيبان.")
    met = _met(rules_only, text, "ar")
    assert {_pair(FAISAL, AOUN), _pair(AIBAN, AOUN), _pair(AIBAN, MBS)} <= met


@pytest.mark.parametrize("text,lang,surface", [
    ("حضر اللقاء الأمير فيصل بن فرحان بن عبدالله وزير الخارجية.", "ar",
     "الأمير فيصل بن فرحان بن عبدالله"),
    ("Prince Faisal bin Farhan bin Abdullah Al Saud attended the talks.", "en",
     "Prince Faisal bin Farhan bin Abdullah Al Saud"),
    ("Prince Khalid bin Salman bin Abdulaziz met the envoy.", "en",
     "Prince Khalid bin Salman bin Abdulaziz"),
])
def test_a_grandfather_s_name_belongs_to_the_prince(rules_only, text, lang, surface):
    doc = rules_only.extract(text, lang=lang)
    people = {e["id"]: [text[a:b] for a, b in e.get("mentions", [])] for e in doc["entities"]
              if e["id"].startswith("person:")}
    assert len(people) == 1 and surface in next(iter(people.values()))


def test_attended_it_from_a_side_after_the_reception_s_attendees(rules_only):
    text = SPA + ("وجرى خلال الاستقبال استعراض العلاقات الثنائية. حضر الاستقبال الأمير فيصل "
                  "بن فرحان وزير الخارجية. فيما حضره من الجانب اللبناني معالي وزير الخارجية "
                  "والمغتربين يوسف رجي.")
    met = _met(rules_only, text, "ar")
    assert _pair(RAJJI, MBS) in met and _pair(RAJJI, AOUN) in met


# ---- English successions: a handover of command, "naming X as his successor" ------------------

ZAMIR, HALEVI = "person:eyal-zamir", "person:herzi-halevi"
GHAMARI, MADANI = "person:mohammed-al-ghamari", "person:yousef-al-madani"


@pytest.mark.parametrize("text", [
    "Halevi handed over command of the army to Zamir at a ceremony in Tel Aviv.",
    "Herzi Halevi handed command of the military to Eyal Zamir on Wednesday.",
])
def test_handed_over_command_of_the_army(shipped, text):
    assert (ZAMIR, HALEVI) in _rels(shipped, text, "SUCCESSOR_OF", "en")


def test_handing_control_of_a_file_is_no_succession(rules_only):
    text = "Herzi Halevi handed control of the investigation to Eyal Zamir."
    assert (ZAMIR, HALEVI) not in _rels(rules_only, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text", [
    "The Houthis' military chief of staff, Mohammed al-Ghamari, died of injuries from an "
    "Israeli strike, the group said, naming Yousef al-Madani as his successor.",
    "The Houthis announced the death of their military chief of staff Mohammed al-Ghamari and "
    "named Yousef al-Madani as his successor.",
])
def test_named_as_his_successor_after_a_death(shipped, text):
    assert (MADANI, GHAMARI) in _rels(shipped, text, "SUCCESSOR_OF", "en")


def test_a_successor_named_for_the_one_mourned(shipped):
    text = ("ونعت جماعة الحوثي رئيس هيئة الأركان محمد عبد الكريم الغماري، وأعلنت تعيين اللواء "
            "يوسف المداني خلفاً له.")
    assert (MADANI, GHAMARI) in _rels(shipped, text, "SUCCESSOR_OF", "ar")


def test_an_adviser_named_after_a_mourning_succeeds_nobody(rules_only):
    text = "نعى الرئيس الفقيد محمد الغماري. وعيّن الرئيس يوسف المداني مستشاراً له."
    assert not _rels(rules_only, text, "SUCCESSOR_OF", "ar")


@pytest.mark.parametrize("text", [
    "Talks between Iraqi Prime Minister Mohammed Shia al-Sudani and Kurdistan Region Prime "
    "Minister Masrour Barzani in Baghdad on Monday focused on salaries.",
    "Iraqi Prime Minister Mohammed Shia al-Sudani met Kurdistan Region Prime Minister Masrour "
    "Barzani and Kurdistan Region President Nechirvan Barzani in Baghdad.",
])
def test_a_place_naming_the_next_member_s_title_keeps_the_list(rules_only, text):
    met = _met(rules_only, text)
    assert _pair("person:mohammed-shia-al-sudani", "person:masrour-barzani") in met


# ---- QNA English protocol -------------------------------------------------------------------

TAMIM, RAJJI_ = "person:tamim-bin-hamad-al-thani", "person:youssef-rajji"
DOHA = "Sheikh Tamim bin Hamad Al-Thani met Lebanese President Joseph Aoun in Doha. "


def test_met_at_a_place_and_time_with_a_long_titled_guest(shipped):
    text = ("HH the Amir Sheikh Tamim bin Hamad Al-Thani met at the Amiri Diwan on Sunday "
            "morning with HE President of the Republic of Lebanon General Joseph Aoun, who is "
            "on an official visit to the country.")
    assert _pair(TAMIM, AOUN) in _met(shipped, text)


@pytest.mark.parametrize("sentence", [
    "On the Lebanese side, it was attended by HE Minister of Foreign Affairs and Emigrants "
    "Youssef Rajji.",
    "It was also attended by Foreign Minister Youssef Rajji.",
])
def test_it_was_attended_by_after_the_meeting(rules_only, sentence):
    met = _met(rules_only, DOHA + sentence)
    assert _pair(RAJJI_, TAMIM) in met and _pair(RAJJI_, AOUN) in met


@pytest.mark.parametrize("text", [
    DOHA + "Aoun later flew to Paris. It was attended by Foreign Minister Youssef Rajji.",
    "Lebanese President Joseph Aoun toured the port. It was attended by Foreign Minister "
    "Youssef Rajji.",
])
def test_it_was_attended_after_no_meeting_is_no_attendance(rules_only, text):
    assert _pair(RAJJI_, AOUN) not in _met(rules_only, text)


@pytest.mark.parametrize("text", [
    "Hossein Amir-Abdollahian was killed in the helicopter crash that also killed President "
    "Ebrahim Raisi.",
    "Bagheri Kani has been acting foreign minister since Hossein Amir-Abdollahian was killed "
    "in the helicopter crash that also killed President Ebrahim Raisi.",
])
def test_a_victim_of_the_same_crash_is_no_killer(shipped, text):
    assert ("person:ebrahim-raisi", ABDOLLAHIAN) not in _rels(shipped, text, "ASSASSINATED_BY",
                                                              "en")


def test_the_strike_that_also_killed_keeps_its_country(rules_only):
    text = "Hossein Amir-Abdollahian was killed in the Israeli strike that also killed Ebrahim Raisi."
    assert ("person:ebrahim-raisi", ISRAEL) in _rels(rules_only, text, "ASSASSINATED_BY", "en")


@pytest.mark.parametrize("text", [
    "وأكدت الحركة أن المسؤول العسكري أبو حمزة ارتقى شهيداً في عملية اغتيال نفذها العدو "
    "الصهيوني.",
    "وأكدت السرايا أن المسؤول العسكري أبو حمزة استشهد في غارة إسرائيلية.",
])
def test_a_death_verb_after_a_new_name_is_no_name_word(rules_only, text):
    assert "person:abu-hamza" in _ids(rules_only, text, "ar")
    assert ("person:abu-hamza", ISRAEL) in _rels(rules_only, text, "ASSASSINATED_BY", "ar")


CAIRO = ("Egypt's President Abdel Fattah el-Sisi met Sunday with CIA Director John Ratcliffe in "
         "Cairo. ")


@pytest.mark.parametrize("sentence", [
    "The talks in Cairo also included Egypt's intelligence chief Hassan Rashad, according to "
    "an Egyptian official.",
    "The meeting included intelligence chief Hassan Rashad.",
])
def test_the_talks_included_an_attendee(rules_only, sentence):
    met = _met(rules_only, CAIRO + sentence)
    assert _pair("person:hassan-rashad", "person:john-ratcliffe") in met


@pytest.mark.parametrize("sentence", [
    "The agenda included a call by intelligence chief Hassan Rashad.",
    "Other delegations, which included intelligence chief Hassan Rashad, met elsewhere.",
])
def test_included_outside_the_talks_is_no_attendance(rules_only, sentence):
    met = _met(rules_only, CAIRO + sentence)
    assert _pair("person:hassan-rashad", "person:john-ratcliffe") not in met


AHMADIAN, AIBAN_, WANG = ("person:ali-akbar-ahmadian", "person:musaed-al-aiban",
                          "person:wang-yi")


@pytest.mark.parametrize("text", [
    "Ali Akbar Ahmadian and Musaed Al-Aiban signed and issued a trilateral joint statement "
    "with Wang Yi.",
    "Ali Akbar Ahmadian and Musaed Al-Aiban signed a trilateral joint statement with Wang Yi.",
])
def test_cosigners_of_a_joint_statement_with_a_third(rules_only, text):
    assert {_pair(AHMADIAN, AIBAN_), _pair(AHMADIAN, WANG), _pair(AIBAN_, WANG)} <= \
        _met(rules_only, text)


@pytest.mark.parametrize("text", [
    "Ali Akbar Ahmadian and Musaed Al-Aiban issued statements welcoming Wang Yi's mediation.",
    "Ali Akbar Ahmadian and Musaed Al-Aiban signed a statement praising Wang Yi.",
])
def test_a_statement_that_is_not_joint_is_no_signing_together(rules_only, text):
    assert _pair(AHMADIAN, WANG) not in _met(rules_only, text)


@pytest.mark.parametrize("text", [
    "Turkish intelligence neutralized the so-called senior PKK/YPG member Ferhat Sahin in "
    "Qamishli.",
    "Turkish intelligence (MIT) neutralized the so-called senior PKK/YPG member Ferhat Sahin in "
    "a targeted operation in northern Syria, security sources said.",
])
def test_a_victim_after_a_long_description(rules_only, text):
    agents = {t for s, t in _rels(rules_only, text, "ASSASSINATED_BY", "en")}
    assert agents == {"organization:turkish-national-intelligence-organization"}


def test_a_person_far_after_the_verb_past_other_words_is_no_victim(rules_only):
    text = ("Turkish intelligence neutralized the cell that the PKK had sent under orders from "
            "Ferhat Sahin in Qamishli.")
    assert not _rels(rules_only, text, "ASSASSINATED_BY", "en")
