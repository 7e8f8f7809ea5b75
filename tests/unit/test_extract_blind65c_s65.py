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
"""

import pytest

from tests.extract_support import relation_pairs

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
