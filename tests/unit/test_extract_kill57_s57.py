"""Session 57 (kill57): ``ASSASSINATED_BY`` in constructions not read before, on short pieces
and sentences written for the session (Bloomberg, CNN, The Guardian, Sky News, Euronews, Enab
Baladi and Washington Post styles in English; عربي21، المدن، سبوتنيك، الترا سودان، الوطن، النهار
العربي، الحرة، الأناضول، إرم نيوز، وفا، العين الإخبارية in Arabic).

- "X was killed by the RSF, Sudan's army said": the ambiguous acronym is the Rapid Support
  Forces when the article names its state anywhere by its one-word English name
  (``body_state_cues.body_state_named``); the army only telling it is no killer.
- "Defence Minister Israel Katz said the army had killed X": the bare army after a verb of
  saying is the army of the nationality named before (``kill_said_it.said_army_killed``,
  ``_nationality_army``), not the minister; no army of an unknown state. Arabic «قال وزير
  الدفاع الإسرائيلي K إن الجيش قتل X» likewise (``kill_claims_verdicts.bare_army_killed_ar``).
- «قُتل X في عملية مشتركة للموساد والمخابرات الأميركية» / «... ووكالة المخابرات المركزية»:
  both owners of the operation (``killing_agents._second_owner_ar``).
- «اغتيل X بتفجير ضخم نفذه عناصر من حزب الله», «نفذته خلية تابعة لحزب الله»: the body the
  members belong to (``killing_agents._members_body_ar``).
- "Y claimed responsibility on Tuesday for the killing of X": time and source words before
  "for" (``kill_agents_en._for_past_time``).
- «قُتل قائد الفرقة السادسة مشاة في الجيش السوداني اللواء X برصاص Y»: a titled victim whose
  title holds a body (``kill_agents_ar.by_fire_of_ar``).
- «تبنت Y عملية اغتيال الضابط في الجيش السوري العميد X»: X's rank after the body of his title
  (``killing_nominal``).
- «قتل مسلحون من حركة الشباب حاكم الإقليم X»: fighters in the nominative are the active verb's
  subject (``kill_groups_forces._gunmen_subject_ar``); «قُتل مسلحون من الشباب» stays none.
- "Claim: Israel killed X. Verdict: False." / "A viral post claims that Iran killed X. This is
  false.": a fact check's claim called false in the next sentence gives nothing
  (``false_report_en.claim_then_false``, rules and the scorer's hedge gate); "Verdict: True"
  leaves it.
- "X perished in an Israeli strike" reads as "died" (``lexicon.EN_KILL``).
- "X was gunned down by militants loyal to the Islamic State" (``killing_agents._fighters_of_en``).
- «اغتيل X بتفجير تبناه تنظيم داعش»: a claim in the relative clause on the bombing, as «نفذه»
  (``kill_clause_helpers.AR_EXECUTED_IT``); «تبنى Y، الأربعاء، اغتيال X»: a day set off by
  commas between the claimer and the killing noun (``killing_nominal._day_aside_ar``).

Negatives kept: a survived attempt, a failed attempt, a threat, "killed" of a deal, a killing
with no agent, an accusation ("held Israel responsible", «حمّلت ... مسؤولية»: the existing
convention, ``kill_filters.drop_accused``), an operation only attributed («نسبت إلى»).
"""

import pytest

from tests.extract_support import relation_pairs as _rels

AB = "ASSASSINATED_BY"
ISRAEL, US = "country:israel", "country:united-states"
IDF = "organization:israel-defense-forces"
RSF, SAF = "organization:rapid-support-forces", "organization:sudanese-armed-forces"
AYOUB = "person:ayoub-abdul-qadir"
HAMDAN = "person:abdul-rahim-hamdan"
AQIL, KATZ = "person:ibrahim-aqil", "person:israel-katz"
KARAKI = "person:ali-karaki"
SHUKR = "person:fuad-shukr"
MOSSAD, CIA = "organization:mossad", "organization:cia"
HARIRI, HEZBOLLAH = "person:rafik-hariri", "organization:hezbollah"
IS = "organization:islamic-state"
FARAG = "person:nabil-farag"
HTS, ALI_MAHMOUD = "organization:hayat-tahrir-al-sham", "person:ali-mahmoud"
SHABAAB = "organization:al-shabaab"
NUR = "person:abdulkadir-mohamed-nur"
HASSAN = "person:abdul-rahman-hassan"
HAYYA, HOUTHI = "person:khalil-al-hayya", "person:abdul-malik-al-houthi"
IRAN = "country:iran"
RAHAWI = "person:ahmed-al-rahawi"
HANIYEH, DEIF = "person:ismail-haniyeh", "person:mohammed-deif"
AROURI = "person:saleh-al-arouri"
QASSEM = "person:naim-qassem"
FAKHRIZADEH = "person:mohsen-fakhrizadeh"


# --- the RSF named before its state ---------------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("The commander, Abdel Rahim Hamdan, was killed by the RSF, Sudan's army said.", HAMDAN),
    ("KHARTOUM, Sudan (CNN) — A senior Sudanese army commander, Brigadier General Ayoub "
     "Abdelkader, was killed by the RSF near El Fasher on Tuesday, Sudan's army said in a "
     "statement. The Rapid Support Forces did not comment.", AYOUB),
])
def test_rsf_before_its_state(shipped, text, victim):
    got = _rels(shipped, text, AB, "en")
    assert (victim, RSF) in got
    assert (victim, SAF) not in got


# --- "K said the army had killed X" ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Israeli Defence Minister Israel Katz said the army had killed Hezbollah commander Ibrahim "
    "Aqil in Beirut.",
    "Israeli Defence Minister Israel Katz said that the military killed Hezbollah commander "
    "Ibrahim Aqil.",
])
def test_minister_said_the_army_killed(shipped, text):
    got = _rels(shipped, text, AB, "en")
    assert (AQIL, IDF) in got
    assert (AQIL, KATZ) not in got


def test_army_of_unknown_state_is_no_agent(rules_only):
    # (session 64: the gazetteer's Iranian army is known now, national_armies; Azerbaijan's
    # army is not)
    text = ("Azerbaijani Defence Minister Zakir Hasanov said the army had killed Armenian "
            "commander Ali Rasoul.")
    assert not _rels(rules_only, text, AB, "en")


@pytest.mark.parametrize("text", [
    "قال وزير الدفاع الإسرائيلي يسرائيل كاتس إن الجيش قتل القيادي في حزب الله علي كركي.",
    "قال وزير الدفاع الإسرائيلي يسرائيل كاتس إن الجيش اغتال علي كركي في بيروت.",
])
def test_minister_said_the_army_killed_ar(shipped, text):
    got = _rels(shipped, text, AB, "ar")
    assert (KARAKI, IDF) in got
    assert (KARAKI, KATZ) not in got


def test_army_of_unknown_state_is_no_agent_ar(rules_only):
    text = "قال وزير الدفاع الأذربيجاني ذاكر حسنوف إن الجيش قتل القيادي الأرمني علي رسول."
    assert not _rels(rules_only, text, AB, "ar")


# --- a joint operation of two bodies (Arabic) -----------------------------------------------

@pytest.mark.parametrize("text, second", [
    ("قُتل القيادي في حزب الله فؤاد شكر في عملية مشتركة للموساد والمخابرات الأميركية.", US),
    ("قُتل القيادي في حزب الله فؤاد شكر في عملية مشتركة للموساد ووكالة المخابرات المركزية "
     "الأميركية.", CIA),
])
def test_joint_operation_both_owners(shipped, text, second):
    got = _rels(shipped, text, AB, "ar")
    assert {(SHUKR, MOSSAD), (SHUKR, second)} <= got


def test_operation_of_one_body_then_verb(rules_only):
    text = "قُتل القيادي في حزب الله فؤاد شكر في عملية للموساد وأصيب آخرون."
    assert _rels(rules_only, text, AB, "ar") == {(SHUKR, MOSSAD)}


# --- «نفذه عناصر من Y» ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "اغتيل رئيس الوزراء اللبناني الأسبق رفيق الحريري بتفجير ضخم نفذه عناصر من حزب الله.",
    "اغتيل رفيق الحريري بتفجير نفذته خلية تابعة لحزب الله.",
    "بيروت - النهار العربي: في مثل هذا اليوم من عام 2005، اغتيل رئيس الوزراء اللبناني الأسبق "
    "رفيق الحريري بتفجير ضخم نفذه عناصر من حزب الله في وسط بيروت، وفق ما خلصت إليه المحكمة "
    "الخاصة بلبنان.",
])
def test_bombing_done_by_members_of(shipped, text):
    assert (HARIRI, HEZBOLLAH) in _rels(shipped, text, AB, "ar")


# --- claims of responsibility -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Islamic State group claimed responsibility on Tuesday for the killing of Egyptian "
    "police general Nabil Farag in Kerdasa.",
    "The Islamic State claimed responsibility late on Monday for the murder of police general "
    "Nabil Farag.",
])
def test_claimed_responsibility_past_time(shipped, text):
    assert (FARAG, IS) in _rels(shipped, text, AB, "en")


def test_claimed_responsibility_for_other_deed(rules_only):
    text = ("The Islamic State claimed responsibility on Tuesday for a bombing in Cairo. Police "
            "general Nabil Farag was killed on Monday.")
    assert not _rels(rules_only, text, AB, "en")


def test_adopted_killing_of_ranked_officer(shipped):
    text = "تبنت هيئة تحرير الشام عملية اغتيال الضابط في الجيش السوري العميد علي محمود في ريف إدلب."
    assert (ALI_MAHMOUD, HTS) in _rels(shipped, text, AB, "ar")


def test_condemned_killing_of_ranked_officer(rules_only):
    text = "أدانت الحكومة اغتيال الضابط في الجيش السوري العميد علي محمود في ريف إدلب."
    assert not _rels(rules_only, text, AB, "ar")


# --- Arabic: a long title holding a body, fire of Y --------------------------------------------

def test_fire_after_long_titled_victim(shipped):
    text = ("قُتل قائد الفرقة السادسة مشاة في الجيش السوداني اللواء أيوب عبد القادر برصاص قوات "
            "الدعم السريع قرب الفاشر.")
    got = _rels(shipped, text, AB, "ar")
    assert (AYOUB, RSF) in got
    assert (AYOUB, SAF) not in got


# --- «قتل مسلحون من Y X» -----------------------------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("قتل مسلحون من حركة الشباب حاكم إقليم شبيلي السفلى عبد القادر محمد نور في هجوم.", NUR),
    ("قتل مسلحون من حركة الشباب المسؤول الصومالي عبد الرحمن حسن في مقديشو.", HASSAN),
])
def test_gunmen_of_body_subject(shipped, text, victim):
    assert (victim, SHABAAB) in _rels(shipped, text, AB, "ar")


@pytest.mark.parametrize("text", [
    "قُتل مسلحون من حركة الشباب بينهم القيادي علي محمد نور في غارة.",
    "قتل عناصر من حزب الله في غارة إسرائيلية.",
])
def test_gunmen_killed_are_victims(rules_only, text):
    got = _rels(rules_only, text, AB, "ar")
    assert not any(a in (SHABAAB, HEZBOLLAH) for _v, a in got)


# --- fact checks -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Claim: Israel killed Hamas leader Khalil al-Hayya in Doha. Verdict: False. Al-Hayya "
    "survived the strike.",
    "A viral post claims that Iran killed Houthi leader Abdul Malik al-Houthi. This is false.",
    "Claim: Hamas leader Khalil al-Hayya was killed by Israel in Doha. Our verdict: Misleading.",
])
def test_claim_called_false_next(shipped, text):
    assert not _rels(shipped, text, AB, "en")


def test_claim_called_true_next(shipped):
    text = "Claim: Israel killed Hezbollah commander Fuad Shukr. Verdict: True."
    assert (SHUKR, ISRAEL) in _rels(shipped, text, AB, "en")


def test_own_claim_then_other_sentence(shipped):
    text = ("Israel claims that it killed Hezbollah commander Fuad Shukr. This is the third "
            "senior commander killed this month.")
    assert (SHUKR, ISRAEL) in _rels(shipped, text, AB, "en")


# --- "perished", "gunned down by militants loyal to Y" ------------------------------------------

@pytest.mark.parametrize("text", [
    "Ahmed al-Rahawi perished in an Israeli strike on Sanaa.",
    "Houthi prime minister Ahmed al-Rahawi and nine ministers perished in the Israeli strike on "
    "Sanaa.",
])
def test_perished_in_strike(shipped, text):
    assert (RAHAWI, ISRAEL) in _rels(shipped, text, AB, "en")


def test_perished_in_crash(rules_only):
    assert not _rels(rules_only, "Ahmed al-Rahawi perished in a plane crash.", AB, "en")


@pytest.mark.parametrize("text", [
    "Nabil Farag was gunned down by militants loyal to the Islamic State.",
    "Nabil Farag was killed by suspected militants affiliated with the Islamic State in Sinai.",
])
def test_fighters_loyal_to(shipped, text):
    assert (FARAG, IS) in _rels(shipped, text, AB, "en")


def test_gunmen_in_place_no_agent(rules_only):
    assert not _rels(rules_only, "Nabil Farag was killed by gunmen in Cairo.", AB, "en")


# --- negatives: attempts, threats, figurative, no agent, accusations -------------------------

@pytest.mark.parametrize("lang, text", [
    ("en", "Ismail Haniyeh survived an assassination attempt in Gaza in 2003."),
    ("en", "Israel failed to kill Mohammed Deif in 2014."),
    ("en", "Israel threatened to kill Hezbollah leader Naim Qassem."),
    ("en", "Mohammed Deif escaped at least seven Israeli assassination attempts."),
    ("en", "Khalil al-Hayya survived the Israeli strike on Doha, Hamas said."),
    ("en", "Netanyahu said the decision killed any chance of a deal with Hamas leader Khalil "
           "al-Hayya."),
    ("en", "Hezbollah commander Ali Karaki was killed on Monday."),
    ("en", "Hamas held Israel responsible for the assassination of Saleh al-Arouri."),
    ("ar", "نجا إسماعيل هنية من محاولة اغتيال في غزة."),
    ("ar", "هددت إسرائيل باغتيال الأمين العام لحزب الله نعيم قاسم."),
    ("ar", "فشلت إسرائيل في اغتيال محمد الضيف عام 2014."),
    ("ar", "نجا القيادي في حماس خليل الحية من الغارة الإسرائيلية على الدوحة."),
    ("ar", "حمّلت حماس إسرائيل مسؤولية اغتيال صالح العاروري."),
    ("ar", "اغتيل العالم النووي محسن فخري زاده في عملية نُسبت إلى الموساد الإسرائيلي."),
])
def test_no_stated_killing(shipped, lang, text):
    assert not _rels(shipped, text, AB, lang)


# --- constructions already read, kept ---------------------------------------------------------

@pytest.mark.parametrize("lang, text, pair", [
    ("en", "Hezbollah official Ali Karaki died of wounds sustained in an Israeli strike.",
     ("person:ali-karaki", ISRAEL)),
    ("en", "Qassem Soleimani was killed on the orders of Donald Trump.",
     ("person:qasem-soleimani", "person:donald-trump")),
    ("en", "Qassem Soleimani was killed in the US-ordered strike at Baghdad airport.",
     ("person:qasem-soleimani", US)),
    ("ar", "قضى القيادي في حماس صالح العاروري في غارة إسرائيلية على الضاحية الجنوبية.",
     (AROURI, ISRAEL)),
    ("ar", "لقي القيادي في حماس صالح العاروري حتفه في غارة إسرائيلية.", (AROURI, ISRAEL)),
    ("ar", "صالح العاروري، الذي اغتالته إسرائيل في بيروت، كان نائب رئيس المكتب السياسي.",
     (AROURI, ISRAEL)),
    ("ar", "تبنى تنظيم داعش قتل الطيار الأردني معاذ الكساسبة.",
     ("person:muath-al-kasasbeh", IS)),
])
def test_kept(shipped, lang, text, pair):
    assert pair in _rels(shipped, text, AB, lang)


# --- second round: «بتفجير تبناه Y», «تبنى Y، الأربعاء، اغتيال X» -----------------------------

JAAFAR, HAQQANI = "person:jaafar-mohammed-saad", "person:khalil-haqqani"


@pytest.mark.parametrize("text", [
    "اغتيل محافظ عدن جعفر محمد سعد بتفجير تبناه تنظيم داعش.",
    "عدن - عدن الغد: نجا مدير أمن عدن اللواء شلال شائع من محاولة اغتيال بسيارة مفخخة استهدفت "
    "موكبه صباح الأحد. وكان محافظ عدن جعفر محمد سعد قد اغتيل عام 2015 بتفجير تبناه تنظيم داعش.",
])
def test_bombing_claimed_in_relative(shipped, text):
    assert (JAAFAR, IS) in _rels(shipped, text, AB, "ar")


def test_bombing_not_claimed(rules_only):
    text = "اغتيل محافظ عدن جعفر محمد سعد بتفجير لم يتبناه أحد."
    assert not _rels(rules_only, text, AB, "ar")


def test_claimed_killing_past_day_aside(shipped):
    text = "تبنى تنظيم داعش، الأربعاء، اغتيال وزير شؤون اللاجئين في حكومة طالبان خليل حقاني."
    assert (HAQQANI, IS) in _rels(shipped, text, AB, "ar")
