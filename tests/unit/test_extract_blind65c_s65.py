"""Session 65 (blind65c): fixes after the first contact of blind set OE-OF (Afghanistan, Pakistan
and their neighbours 2020-2024, written blind), each read in several paraphrases of other outlets,
people and spellings.

- Killings, both languages: a time phrase between the verb that launched or claimed a strike and
  the strike noun no longer hides the strike's agent: «تبنى التنظيم في مارس (آذار) 2023 تفجيراً
  قتل X», «نفذت إسرائيل في 31 يوليو الماضي الضربة التي قتلت X», "ISIS-K on Thursday claimed /
  claimed on Dec. 12 the bombing that killed X". The verb's reach before the strike noun counts a
  name as one word and a time phrase, quotes, brackets and hyphens as none
  (``strike_verb_reach.verb_reach``, used by ``core_recall_kill.strike_agent_back``), so a name
  spelt «داعش - خراسان» in guillemets is reached too; an Arabic killing verb right after such a
  strike noun («تفجيراً قتل X», «الهجوم الذي قتل X») takes the strike's agent
  (``kill_strike_object_ar``, from ``KillingRules``); English "Y (time) claimed (time) the
  strike that killed X" skips the time phrase on both sides of the verb
  (``strike_claimed._en_claimer_before`` with ``strike_verb_reach.before_time_phrase``); an
  Arabic bombing («تفجير») is a strike noun, as English "bombing" was.
- Not read: a denial, a negated claim, an accusation by a third party.
- Meetings, both languages: a visit paid to a person, Arabic «قام X بزيارة (وداعية / مجاملة /
  رسمية) لـY» with the host after the kind of visit and «لـ», the visitor also as the subject
  before «قام» («وكان باجوا قد قام الأسبوع الماضي بزيارة وداعية لرئيس الوزراء Y») and past a
  time phrase, with or without commas (``meeting_phrases.paid_visit_ar``); English "X paid a
  farewell / courtesy call on Y" (``context_meetings.visited_person``, Y named in the phrase).
  Not read: a planned or negated visit, a phone call.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

KHALIL, ISISK = "person:khalil-haqqani", "organization:islamic-state-khorasan"
HANIYEH, ISRAEL = "person:ismail-haniyeh", "country:israel"
ZAWAHIRI, US = "person:ayman-al-zawahiri", "country:united-states"
SOLEIMANI = "person:qasem-soleimani"
PAKISTAN = "country:pakistan"


def _killed(ex, text: str, lang: str) -> set[tuple[str, str]]:
    return relation_pairs(ex, text, "ASSASSINATED_BY", lang)


@pytest.mark.parametrize("text, victim, agent", [
    ("تبنى تنظيم «داعش - خراسان» الهجوم الانتحاري الذي أودى، الأربعاء، بحياة وزير شؤون اللاجئين "
     "خليل حقاني داخل مقر الوزارة في كابل.", KHALIL, ISISK),
    ("تبنى تنظيم داعش خراسان هجوماً في كابل. وكان التنظيم قد تبنى في ديسمبر (كانون الأول) 2024 "
     "تفجيراً قتل وزير اللاجئين خليل حقاني داخل مقر الوزارة.", KHALIL, ISISK),
    ("تبنى تنظيم داعش خراسان يوم الأربعاء الهجوم الذي قتل وزير اللاجئين في حكومة طالبان خليل "
     "حقاني.", KHALIL, ISISK),
    ("نفذت إسرائيل في 31 يوليو الماضي الضربة التي قتلت رئيس المكتب السياسي لحماس إسماعيل هنية في "
     "طهران.", HANIYEH, ISRAEL),
    ("شنت الطائرات الأمريكية فجر الأحد غارة قتلت زعيم تنظيم القاعدة أيمن الظواهري في كابل.",
     ZAWAHIRI, US),
    ("وكانت الولايات المتحدة قد نفذت في 3 كانون الثاني 2020 غارة قتلت قائد فيلق القدس قاسم "
     "سليماني قرب مطار بغداد.", SOLEIMANI, US),
])
def test_ar_time_phrase_between_the_strike_verb_and_the_strike(shipped, text, victim, agent):
    assert (victim, agent) in _killed(shipped, text, "ar")


@pytest.mark.parametrize("text, victim, agent", [
    ("Islamic State Khorasan on Thursday claimed the suicide bombing that killed Taliban refugees "
     "minister Khalil Haqqani in Kabul.", KHALIL, ISISK),
    ("Islamic State Khorasan claimed on Thursday the suicide bombing that killed Taliban refugees "
     "minister Khalil Haqqani in Kabul.", KHALIL, ISISK),
    ("ISIS-K on Dec. 12 claimed responsibility for the suicide bombing that killed Khalil Haqqani, "
     "the Taliban's refugees minister.", KHALIL, ISISK),
    ("Israel on July 31 carried out the strike that killed Hamas political chief Ismail Haniyeh in "
     "Tehran, officials said.", HANIYEH, ISRAEL),
])
def test_en_time_phrase_around_the_claim_verb(shipped, text, victim, agent):
    assert (victim, agent) in _killed(shipped, text, "en")


@pytest.mark.parametrize("text, lang, victim, agent", [
    ("لم تتبنَّ أي جهة حتى يوم الأربعاء الهجوم الذي قتل وزير اللاجئين خليل حقاني في كابل.", "ar",
     KHALIL, ISISK),
    ("نفى تنظيم داعش خراسان يوم الأربعاء مسؤوليته عن الهجوم الذي قتل وزير اللاجئين خليل حقاني.",
     "ar", KHALIL, ISISK),
    ("اتهمت طالبان يوم الأربعاء باكستان بتنفيذ الهجوم الذي قتل وزير اللاجئين خليل حقاني.", "ar",
     KHALIL, PAKISTAN),
    ("Islamic State Khorasan on Thursday denied the suicide bombing that killed Taliban refugees "
     "minister Khalil Haqqani.", "en", KHALIL, ISISK),
    ("Islamic State Khorasan did not on Thursday claim the bombing that killed refugees minister "
     "Khalil Haqqani.", "en", KHALIL, ISISK),
])
def test_no_agent_from_a_denial_or_an_accusation(shipped, text, lang, victim, agent):
    assert (victim, agent) not in _killed(shipped, text, lang)


# --- a visit paid to a person: "قام X بزيارة وداعية لـY", "paid a farewell call on Y" ----------

BAJWA, SHEHBAZ = "person:qamar-javed-bajwa", "person:shehbaz-sharif"
ABDOLLAHIAN, KAKAR = "person:hossein-amir-abdollahian", "person:anwaar-ul-haq-kakar"
WANG, ALVI = "person:wang-yi", "person:arif-alvi"
SUDANI, KHAMENEI = "person:mohammed-shia-al-sudani", "person:ali-khamenei"


@pytest.mark.parametrize("text, a, b", [
    ("وكان قائد الجيش الجنرال قمر جاويد باجوا قد قام الأسبوع الماضي بزيارة وداعية لرئيس الوزراء "
     "شهباز شريف في مكتبه بإسلام آباد.", BAJWA, SHEHBAZ),
    ("وقام قائد الجيش الجنرال قمر جاويد باجوا بزيارة مجاملة لرئيس الوزراء شهباز شريف في مكتبه.",
     BAJWA, SHEHBAZ),
    ("وقام وزير الخارجية الإيراني حسين أمير عبد اللهيان، اليوم الاثنين، بزيارة لرئيس الوزراء "
     "الباكستاني المؤقت أنوار الحق كاكر في مكتبه.", ABDOLLAHIAN, KAKAR),
    ("وكان وزير الخارجية الصيني وانغ يي قد قام أمس بزيارة مجاملة للرئيس الباكستاني عارف علوي.",
     WANG, ALVI),
    ("قام رئيس الوزراء العراقي محمد شياع السوداني يوم الثلاثاء بزيارة رسمية للمرشد الإيراني علي "
     "خامنئي في طهران.", SUDANI, KHAMENEI),
])
def test_ar_a_visit_paid_to_a_person(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, a, b", [
    ("Army chief General Qamar Javed Bajwa paid a farewell call on Prime Minister Shehbaz Sharif "
     "at the PM House last week.", BAJWA, SHEHBAZ),
    ("Chinese Foreign Minister Wang Yi on Tuesday paid a courtesy call on President Arif Alvi at "
     "the Aiwan-e-Sadr.", WANG, ALVI),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian also paid a call on caretaker Prime "
     "Minister Anwaar-ul-Haq Kakar in Islamabad.", ABDOLLAHIAN, KAKAR),
])
def test_en_a_call_paid_on_a_person(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "en")


@pytest.mark.parametrize("text, lang, a, b", [
    ("وسيقوم قائد الجيش الجنرال قمر جاويد باجوا بزيارة وداعية لرئيس الوزراء شهباز شريف الأسبوع "
     "المقبل.", "ar", BAJWA, SHEHBAZ),
    ("ولم يقم قائد الجيش الجنرال قمر جاويد باجوا بزيارة وداعية لرئيس الوزراء شهباز شريف.", "ar",
     BAJWA, SHEHBAZ),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian will pay a courtesy call on Prime Minister "
     "Anwaar-ul-Haq Kakar on Monday.", "en", ABDOLLAHIAN, KAKAR),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian paid a phone call on Monday to caretaker "
     "Prime Minister Anwaar-ul-Haq Kakar.", "en", ABDOLLAHIAN, KAKAR),
    ("Army chief General Qamar Javed Bajwa did not pay a farewell call on Prime Minister Shehbaz "
     "Sharif.", "en", BAJWA, SHEHBAZ),
])
def test_no_meeting_from_a_planned_negated_or_phone_call(shipped, text, lang, a, b):
    assert _pair(a, b) not in _met(shipped, text, lang)
