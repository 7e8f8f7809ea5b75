"""Session 56 (ar56): Arabic news formats little used before: Lebanese dailies (الأخبار،
اللواء، الجمهورية، الديار), Syrian (عنب بلدي، تلفزيون سوريا), Yemeni (الأيام، عدن الغد),
Sudanese (سودان تربيون، السوداني), Libyan (بوابة الوسط), Palestinian (الحياة الجديدة، قدس
برس), Egyptian (المصري اليوم، الشروق), Saudi (سبق، الرياض، المدينة), Kuwaiti (القبس،
الجريدة), Qatari, Bahraini, Jordanian (عمون، الدستور), Maghreb (هسبريس، الخبر) and Iranian
Arabic (العالم، تسنيم) pieces; breaking tickers («عاجل |»، «عاجل:»), posts on X quoted in the
news, datelined reports and op-ed background paragraphs.

- Meetings quoted in the first person from a post or a statement («وكتب X على منصة إكس:
  «التقيت اليوم بالرئيس Y»»، «وغرّد X: «سعدت بلقاء أخي الوزير Y»»، «التقيت Y»، كتب X»، the
  colon form without quote marks): X met Y (``meeting_first_person_ar``); not a negated
  «لم ألتقِ»، a future «سألتقي»، a phone call, nor a quotation with no speaker named.
- Successions: the passive appointment verb after its subject, in the background paragraph
  («يُذكر أن X عُيّن رئيساً للوزراء خلفاً لـY»، «وأعلنت الرئاسة أن X كُلّف ... خلفاً لـY»،
  bare «X عين رئيسا ... خلفا لـY»): X succeeded Y; it was read as X the appointer with no
  appointee (``succession_side_person_ar``); «العليمي يعيّن ... خلفاً لـY» (present, the
  appointer) stays nothing.
- An oath «أدى X اليمين ... أمام Y خلفاً لـZ» with Y a name not found: Z (after «خلفاً»,
  governed by لـ) is no titled person before whom X swore (``meeting_oath_ar``); X
  succeeded Z, and «أمام رئيس مجلس السيادة Y» still pairs X with Y.
- Op-ed background: «ولم يمضِ شهر على لقاء X بـY حتى ...» (time elapsed since the
  meeting) states the meeting; the negation is of the time, not of it (``modality``); a
  negated meeting after it («لم يمضِ شهر حتى ... ولم يلتقِ X بـY») stays none.
- Killings: a ticker's present «الجيش الإسرائيلي يعلن اغتيال X» is the army's own claim, as
  «أعلن الجيش الإسرائيلي اغتيال X» (``kill_claims``); a party announcing a death is still no
  agent.
- A woman victim's passive «اغتيلت / استشهدت الصحفية X برصاص جندي إسرائيلي / قوات
  الاحتلال»: the fire's agent killed X, as for «اغتيل» (``kill_agents_ar``); unknown gunmen
  are still no agent.
- Guards of what already read right in these styles: datelined receptions, «التقى ...
  بـ»، «خلفاً لـ»، «على يد»، passive killings with a strike's nisba, planned, denied and
  phone meetings (nothing).
"""

import pytest

from tests.extract_support import met_sorted
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _p


def _met(extractor, text: str) -> set[tuple[str, str]]:
    return met_sorted(extractor, text, "ar")


def _killed(extractor, text: str) -> set[tuple[str, str]]:
    return _rels(extractor, text, "ASSASSINATED_BY", "ar")


def _succ(extractor, text: str) -> set[tuple[str, str]]:
    return _rels(extractor, text, "SUCCESSOR_OF", "ar")


SHARAA, MACRON = "person:ahmed-al-sharaa", "person:emmanuel-macron"
FAISAL, SHAIBANI = "person:faisal-bin-farhan", "person:asaad-al-shaibani"
BERRI, BARRACK = "person:nabih-berri", "person:tom-barrack"
NETANYAHU, TRUMP = "person:benjamin-netanyahu", "person:donald-trump"
AOUN, TEBBOUNE = "person:joseph-aoun", "person:abdelmadjid-tebboune"
BIN_BREIK, BIN_MUBARAK = "person:salem-bin-breik", "person:ahmed-awad-bin-mubarak"
SALAM, MIKATI = "person:nawaf-salam", "person:najib-mikati"
SHUKR, TABATABAI = "person:fuad-shukr", "person:haytham-ali-tabatabai"
AROURI = "person:saleh-al-arouri"
IDF, ISRAEL = "organization:israel-defense-forces", "country:israel"
ABBAS, BLINKEN = "person:mahmoud-abbas", "person:antony-blinken"
ALIMI, JABER = "person:rashad-al-alimi", "person:mohammed-al-jaber"
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"


# --- a meeting told in the first person by its speaker -------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("وكتب الرئيس أحمد الشرع على منصة إكس: «التقيت اليوم بالرئيس الفرنسي إيمانويل ماكرون».",
     _p(SHARAA, MACRON)),
    ("وغرّد وزير الخارجية السعودي فيصل بن فرحان: «سعدت بلقاء أخي الوزير أسعد الشيباني في "
     "الرياض».", _p(FAISAL, SHAIBANI)),
    ("«التقيت اليوم الرئيس نبيه بري وبحثنا الأوضاع»، كتب الموفد الأميركي توم براك على إكس.",
     _p(BERRI, BARRACK)),
    ("وكتب نتنياهو على حسابه في إكس: التقيت الرئيس ترامب في البيت الأبيض.",
     _p(NETANYAHU, TRUMP)),
    ("ونشر الرئيس الفرنسي إيمانويل ماكرون صورة وكتب: «سعدت باستقبال الرئيس أحمد الشرع في "
     "الإليزيه».", _p(SHARAA, MACRON)),
])
def test_first_person_meeting_quoted_from_its_speaker(shipped, text, pair):
    assert pair in _met(shipped, text)


@pytest.mark.parametrize("text,pair", [
    ("وقال الرئيس جوزاف عون: «لم ألتقِ بالموفد الأميركي توم براك».", _p(AOUN, BARRACK)),
    ("وكتب الرئيس الفرنسي إيمانويل ماكرون: «سألتقي الرئيس أحمد الشرع الأسبوع المقبل».",
     _p(SHARAA, MACRON)),
    ("وكتب الرئيس الفرنسي إيمانويل ماكرون: «تحدثت هاتفياً مع الرئيس عبد المجيد تبون».",
     _p(TEBBOUNE, MACRON)),
    ("وقال الرئيس الفرنسي إيمانويل ماكرون: «التقيت في اتصال هاتفي بالرئيس أحمد الشرع».",
     _p(SHARAA, MACRON)),
])
def test_first_person_not_a_meeting(shipped, text, pair):
    assert pair not in _met(shipped, text)


# --- the passive appointment after its subject: the appointee, not an appointer -----------

@pytest.mark.parametrize("text,pair", [
    ("يُذكر أن سالم بن بريك عُيّن رئيساً للوزراء خلفاً لأحمد عوض بن مبارك الذي قدّم "
     "استقالته.", (BIN_BREIK, BIN_MUBARAK)),
    ("يذكر أن سالم بن بريك عين رئيسا للوزراء خلفا لأحمد عوض بن مبارك.",
     (BIN_BREIK, BIN_MUBARAK)),
    ("وأعلنت الرئاسة أن سالم بن بريك عُيّن رئيساً للوزراء خلفاً لأحمد عوض بن مبارك.",
     (BIN_BREIK, BIN_MUBARAK)),
    ("يُذكر أن نواف سلام كُلّف بتشكيل الحكومة خلفاً لنجيب ميقاتي.", (SALAM, MIKATI)),
])
def test_passive_appointment_after_its_subject(rules_only, text, pair):
    assert pair in _succ(rules_only, text)


def test_present_appointer_is_no_successor(rules_only):
    got = _succ(rules_only, "العليمي يعيّن رئيساً جديداً للوزراء خلفاً لأحمد عوض بن مبارك.")
    assert (ALIMI, BIN_MUBARAK) not in got


# --- an oath: the predecessor after «خلفاً لـ» is not the one before whom it was sworn ------

IDRIS, DAFALLAH = "person:kamil-idris", "person:dafallah-al-hajj-ali"
BURHAN = "person:abdel-fattah-al-burhan"


def test_oath_before_unfound_name_not_the_predecessor(shipped):
    text = ("وأدى كامل إدريس اليمين الدستورية رئيساً للوزراء أمام البرهان خلفاً لدفع الله "
            "الحاج علي.")
    assert _p(IDRIS, DAFALLAH) not in _met(shipped, text)
    assert (IDRIS, DAFALLAH) in _succ(shipped, text)


def test_oath_before_titled_head_of_state(shipped):
    text = ("وأدى كامل إدريس اليمين الدستورية رئيساً للوزراء أمام رئيس مجلس السيادة عبد "
            "الفتاح البرهان خلفاً لدفع الله الحاج علي.")
    assert _p(IDRIS, BURHAN) in _met(shipped, text)
    assert _p(IDRIS, DAFALLAH) not in _met(shipped, text)


# --- time elapsed since a meeting: the meeting took place ------------------------------------

@pytest.mark.parametrize("text", [
    "ولم يمضِ شهر على لقاء الرئيس أحمد الشرع بالرئيس دونالد ترامب في الرياض حتى رُفعت "
    "العقوبات.",
    "ولم تمرّ أيام على لقاء الرئيس أحمد الشرع بالرئيس دونالد ترامب في الرياض حتى رُفعت "
    "العقوبات.",
])
def test_time_elapsed_since_meeting(shipped, text):
    assert _p(SHARAA, TRUMP) in _met(shipped, text)


def test_negated_meeting_after_elapsed_time(shipped):
    text = ("ولم يمضِ شهر على تنصيبه حتى أعلن أنه لم يلتقِ الرئيس أحمد الشرع بالرئيس دونالد "
            "ترامب.")
    assert _p(SHARAA, TRUMP) not in _met(shipped, text)


# --- a ticker's present: the army announces its own killing -------------------------------

@pytest.mark.parametrize("text,pair", [
    ("عاجل: الجيش الإسرائيلي يعلن اغتيال رئيس أركان حزب الله هيثم علي الطبطبائي",
     (TABATABAI, IDF)),
    ("عاجل | الجيش الإسرائيلي يعلن اغتيال القيادي في حزب الله فؤاد شكر", (SHUKR, IDF)),
])
def test_ticker_army_announces_killing(shipped, text, pair):
    assert pair in _killed(shipped, text)


def test_ticker_party_announcing_a_death_is_no_killer(shipped):
    got = _killed(shipped, "عاجل: حزب الله يعلن مقتل القيادي فؤاد شكر")
    assert not any(v == SHUKR and a == "organization:hezbollah" for v, a in got)


# --- a woman victim killed by someone's fire ----------------------------------------------


@pytest.mark.parametrize("text,agent", [
    ("وقد اغتيلت الصحفية شيرين أبو عاقلة برصاص جندي إسرائيلي في جنين.", ISRAEL),
    ("واستشهدت الصحفية شيرين أبو عاقلة برصاص قوات الاحتلال في جنين.", IDF),
])
def test_woman_victim_by_fire_of(rules_only, text, agent):
    got = _killed(rules_only, text)
    assert any(a == agent and v.startswith("person:shir") for v, a in got)


def test_woman_victim_unknown_gunmen_no_agent(shipped):
    got = _killed(shipped, "واغتيلت الناشطة ريهام يعقوب برصاص مسلحين مجهولين في البصرة.")
    assert not got


# --- guards: what already reads right in these styles --------------------------------------

@pytest.mark.parametrize("text,pair", [
    ("عدن - التقى رئيس مجلس القيادة الرئاسي رشاد العليمي، اليوم، السفير السعودي محمد آل "
     "جابر.", _p(ALIMI, JABER)),
    ("يذكر أن الرئيس محمود عباس التقى وزير الخارجية الأميركي أنتوني بلينكن في رام الله.",
     _p(ABBAS, BLINKEN)),
])
def test_datelined_meetings(shipped, text, pair):
    assert pair in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "ونفت الرئاسة الجزائرية أن يكون الرئيس عبد المجيد تبون قد التقى الرئيس الفرنسي إيمانويل "
    "ماكرون على هامش القمة.",
    "وتلقى الرئيس عبد المجيد تبون اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون.",
])
def test_denied_or_phone_no_meeting(shipped, text):
    assert _p(TEBBOUNE, MACRON) not in _met(shipped, text)


@pytest.mark.parametrize("text,pair", [
    ("وكانت إسرائيل قد اغتالت، في تموز الماضي، القيادي العسكري في الحزب فؤاد شكر.",
     (SHUKR, ISRAEL)),
    ("ولقي القيادي في حماس صالح العاروري حتفه بغارة نفذتها مسيّرة إسرائيلية.",
     (AROURI, ISRAEL)),
])
def test_killings_guard(shipped, text, pair):
    assert pair in _killed(shipped, text)


def test_succession_relative_guard(shipped):
    text = ("وكان الأمين العام لحزب الله الشيخ نعيم قاسم، الذي خلف السيد حسن نصر الله بعد "
            "اغتياله، قد أكد أن المقاومة لن تسلم سلاحها.")
    assert (QASSEM, NASRALLAH) in _succ(shipped, text)
