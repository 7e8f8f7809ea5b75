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
- Names: "أول وزير خارجية عربي يلتقي الشرع": a portfolio in construct is no name word, no
  person "Kharjia Elaraby" (``lexicon.AR_COMMON_NOUNS``).
- Names: "المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن X" is X's title, not a
  description of someone named before ("إلى" links, "للأمين العام" runs on;
  ``title_runs_on_ar``).
- Killings: "قُتل في غارة لطيران التحالف العربي" is the Saudi-led coalition ("التحالف
  العربي", gazetteer alias); a bare "التحالف" with no antecedent stays no agent (session 17).
- Killings: "X، الذي ارتقى شهيداً متأثراً بجراحه جراء غارات Y" (``kill_wounds_ar``, in
  ``killing_rules``); not "قضى سنوات".
- Killings: a reported killing closed by "، وهو ما نفته Z" is dropped (``kill_denied``).
- Successions: "X ... had died of wounds from an Israeli raid; Y was named in his stead": X,
  not the victim of the sentence before (``killed_here_en``); "Y took over the duties of
  prime minister in his place" (``wire_succession_en._duties_in_place``).
- Successions: "يذكر أن جلالته تولى مقاليد الحكم ... خلفاً للسلطان الراحل Y" after "حضرة صاحب
  الجلالة السلطان X": X (``honorific_refs``: الجلالة / السلطان give جلالته).
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


# --- batch 2 ---------------------------------------------------------------------------------

GRUNDBERG, SAFADI = "person:hans-grundberg", "person:ayman-safadi"
SAMMAD, COALITION, ISRAEL = ("person:saleh-al-sammad", "organization:saudi-led-coalition",
                             "country:israel")
GHAMARI, MADANI, RAHAWI, MIFTAH = ("person:mohammed-al-ghamari", "person:yousef-al-madani",
                                   "person:ahmed-al-rahawi", "person:mohammed-miftah")
ATIFI = "person:mohammed-nasser-al-atifi"
HAITHAM, QABOOS = "person:haitham-bin-tariq", "person:qaboos-bin-said"


def test_a_portfolio_in_construct_is_no_name(shipped):
    text = "وكان أيمن الصفدي أول وزير خارجية عربي يلتقي الشرع في دمشق."
    assert not any("kharjia" in i for i in _ids(shipped, text, "ar"))


def test_the_envoys_long_title_runs_on_to_his_name(shipped):
    text = ("العليمي يستقبل المبعوث الأممي ويجدد دعمه لحكومة بن بريك\n"
            "استقبل رئيس مجلس القيادة الرئاسي رشاد محمد العليمي، اليوم في الرياض، المبعوث الخاص "
            "للأمين العام للأمم المتحدة إلى اليمن هانز جروندبرج.")
    met = _met(shipped, text, "ar")
    assert _pair(ALIMI, GRUNDBERG) in met


def test_the_arab_coalition(shipped):
    text = "وقُتل القيادي الحوثي صالح الصماد في غارة لطيران التحالف العربي في الحديدة."
    assert (SAMMAD, COALITION) in _rel(shipped, text, "ASSASSINATED_BY", "ar")


@pytest.mark.parametrize("text", [
    "وقُتل أبو بكر البغدادي بغارة لطيران التحالف في سوريا بعد اجتماع لقادة داعش.",
    "وقال المالكي إن التحالف الوطني سيجتمع في بغداد بعد مقتل القيادي صالح الصماد.",
])
def test_no_saudi_coalition_elsewhere(shipped, text):
    assert COALITION not in _ids(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "نعت القوات المسلحة رئيس هيئة الأركان العامة محمد عبدالكريم الغماري، الذي ارتقى شهيداً "
    "متأثراً بجراحه جراء غارات العدو الصهيوني على صنعاء.",
    "وكان محمد الغماري قد قضى متأثراً بجروحه إثر غارة إسرائيلية على صنعاء.",
])
def test_died_of_wounds_from_strikes(shipped, text):
    assert (GHAMARI, ISRAEL) in _rel(shipped, text, "ASSASSINATED_BY", "ar")


def test_spent_years_is_no_death(shipped):
    text = "وقضى محمد الغماري سنوات في صعدة قبل أن تقصف إسرائيل صنعاء."
    assert not _rel(shipped, text, "ASSASSINATED_BY", "ar")


def test_a_killing_the_next_clause_denies(shipped):
    text = ("واستشهد رئيس الحكومة أحمد الرهوي في غارة إسرائيلية على صنعاء.\n"
            "وكانت وسائل إعلام سعودية قد زعمت مقتل وزير الدفاع اللواء محمد ناصر العاطفي في "
            "الغارة نفسها، وهو ما نفته مصادر عسكرية في حينه.")
    killed = _rel(shipped, text, "ASSASSINATED_BY", "ar")
    assert (RAHAWI, ISRAEL) in killed
    assert not any(v == ATIFI for v, _a in killed)


def test_died_and_named_in_his_stead(shipped):
    text = ("On August 28th an Israeli strike on a cabinet meeting in Sanaa killed the "
            "prime minister, Ahmed al-Rahawi. In October the Houthis admitted that Mohammed "
            "al-Ghamari, their chief of staff, had died of wounds from an Israeli raid; Yusuf "
            "al-Madani, a veteran commander, was named in his stead.")
    succ = _rel(shipped, text, "SUCCESSOR_OF", "en")
    assert (MADANI, GHAMARI) in succ and (MADANI, RAHAWI) not in succ


def test_took_over_the_duties_in_his_place(shipped):
    text = ("Ahmed al-Rahawi was killed on Thursday. His deputy Mohammed Miftah took over the "
            "duties of prime minister in his place.")
    assert (MIFTAH, RAHAWI) in _rel(shipped, text, "SUCCESSOR_OF", "en")


def test_his_majesty_the_sultan(shipped):
    text = ("وكان حضرة صاحب الجلالة السلطان هيثم بن طارق قد استقبل في فبراير 2023 الرئيس السوري "
            "آنذاك بشار الأسد في قصر البركة العامر.\n"
            "يذكر أن جلالته تولى مقاليد الحكم في يناير 2020 خلفاً للسلطان الراحل قابوس بن سعيد.")
    assert (HAITHAM, QABOOS) in _rel(shipped, text, "SUCCESSOR_OF", "ar")
