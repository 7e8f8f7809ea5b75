"""Session 68 (blind68g): fixes after the first contact of blind set RA-RB (Jordan, the Palestinian
Authority and the West Bank 2021-2025, written blind: Abbas, King Abdullah II, Hussein al-Sheikh, the
raids in Jenin and Nablus, the Lions' Den and the Jenin Brigade), each read in several paraphrases.

- Killings, Arabic: "rose (as a martyr)" before the fire of the killer, «ارتقى X (شهيداً) برصاص Y»،
  «وارتقت X برصاص جنود الاحتلال»، «X، الذي ارتقى شهيداً برصاص Y», is read as «استشهد X برصاص Y»
  (``kill_agents_ar.by_fire_of_ar``, ``_AR_ROSE``); "ارتقى X إلى رتبة" has no fire word and
  relates nothing, a denial blocks.
- Killings, Arabic: the relative after an apposition, «X، مؤسس كتيبة جنين، الذي استشهد برصاص Y»:
  X is the victim (``by_fire_of_ar`` with ``succession_him_ar.relative_head_past_apposition_ar``);
  the unit's nationality one word further, «برصاص قوة خاصة إسرائيلية / صهيونية», is the agent.
- Killings, Arabic: Hezbollah's formula «ارتقى شهيداً على طريق القدس إثر العدوان الصهيوني / بغارة
  إسرائيلية» counts the three words of the road as none before the strike
  (``strike_verb_reach.strike_soon_after_ar``), as a time phrase did.
- Killings, Arabic: the killing noun as the means with the killer's nationality after it,
  «استشهد X باغتيال إسرائيلي»، «X الذي ارتقى شهيداً باغتيال صهيوني غادر»، «بعملية تصفية أميركية»
  (``kill_noun_nationality_ar``, read by ``killing_agents._agent_after`` and ``killing_rules``);
  not "اتهمت Y إسرائيل باغتيال X" (a victim, not a nationality, after the noun).
- Killings, English: an attacker named by his nationality, "shot dead by a Palestinian gunman",
  "killed by an Iraqi assailant", gives no country as the killer
  (``killing_agents._lone_attacker_en``); "by an Israeli soldier", "by Israeli troops", "by Hamas
  gunmen" still name the state, the army or the group.
"""

import pytest

from tests.extract_support import relation_pairs

IDF, ISRAEL = "organization:israel-defense-forces", "country:israel"
AQIL, AROURI, NASRALLAH = "person:ibrahim-aqil", "person:saleh-al-arouri", "person:hassan-nasrallah"


def _killed_by(extractor, text: str) -> set[tuple[str, str]]:
    return relation_pairs(extractor, text, "ASSASSINATED_BY", "ar")


def _victims_of(extractor, text: str, agent: str) -> set[str]:
    return {v for v, a in _killed_by(extractor, text) if a == agent}


# --- «ارتقى» before the fire word ----------------------------------------------------------

@pytest.mark.parametrize("text, agent, n", [
    ("ارتقى الشاب إبراهيم النابلسي شهيداً برصاص قوات الاحتلال في البلدة القديمة بنابلس.", IDF, 1),
    ("ارتقى إبراهيم النابلسي برصاص قوات الاحتلال خلال اشتباك في نابلس فجر اليوم.", IDF, 1),
    ("وارتقت الطفلة ريم سالم شهيدةً برصاص جنود الاحتلال قرب الخليل، وفق وزارة الصحة.", IDF, 1),
    ("وارتقى الشابان أحمد سالم ومحمد علي برصاص قوات الاحتلال في مخيم نور شمس بطولكرم.", IDF, 2),
    ("نعت كتائب شهداء الأقصى القائد إبراهيم النابلسي، الذي ارتقى شهيداً برصاص قوات الاحتلال في "
     "نابلس.", IDF, 1),
    ("ارتقى القائد الميداني وسام حازم شهيداً بنيران جيش الاحتلال قرب بلدة الزبابدة.", IDF, 1),
])
def test_rose_as_a_martyr_before_the_fire_is_a_killing_by_its_owner(shipped, text, agent, n):
    assert len(_victims_of(shipped, text, agent)) == n


@pytest.mark.parametrize("text", [
    "ارتقى العقيد إبراهيم النابلسي إلى رتبة عميد بعد معركة جنين.",
    "نفى الجيش الإسرائيلي أن يكون إبراهيم النابلسي قد ارتقى برصاص جنوده.",
    "ارتقى إبراهيم النابلسي شهيداً في نابلس، ولم تعلن أي جهة مسؤوليتها.",
])
def test_rose_without_a_fire_or_denied_relates_nothing(rules_only, text):
    assert not _killed_by(rules_only, text)


# --- the relative after an apposition; a special unit's nationality ---------------------------

@pytest.mark.parametrize("text, victim", [
    ("زفّت كتائب القسام القائد صالح العاروري، نائب رئيس المكتب السياسي للحركة، الذي ارتقى شهيداً "
     "برصاص قوة خاصة إسرائيلية.", AROURI),
    ("نعت كتائب القسام القائد صالح العاروري، نائب رئيس المكتب السياسي للحركة، الذي استشهد برصاص "
     "قوة خاصة صهيونية.", AROURI),
])
def test_relative_past_an_apposition_and_a_special_units_nationality(shipped, text, victim):
    assert (victim, ISRAEL) in _killed_by(shipped, text)


@pytest.mark.parametrize("text", [
    "استشهد القائد جميل العموري برصاص قوة خاصة إسرائيلية تسللت إلى جنين.",
    "ارتقى القائد جميل العموري شهيداً برصاص قوة خاصة صهيونية تسللت فجراً إلى جنين.",
    "وارتقى الشاب جميل العموري برصاص وحدة مستعربة إسرائيلية في جنين.",
])
def test_a_special_units_nationality_is_the_agent(shipped, text):
    assert len(_victims_of(shipped, text, ISRAEL)) == 1


# --- «على طريق القدس» before the strike ------------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("نعت المقاومة الإسلامية القائد الجهادي إبراهيم عقيل، الذي ارتقى شهيداً على طريق القدس إثر "
     "العدوان الصهيوني الغادر على الضاحية الجنوبية.", AQIL),
    ("نعت المقاومة الإسلامية القائد إبراهيم عقيل الذي ارتقى شهيداً على طريق القدس بغارة إسرائيلية "
     "على الضاحية.", AQIL),
    ("نعى حزب الله أمينه العام السيد حسن نصر الله، الذي ارتقى على طريق القدس بغارة صهيونية غادرة على "
     "حارة حريك.", NASRALLAH),
])
def test_the_road_to_jerusalem_counts_as_no_words_before_the_strike(shipped, text, victim):
    assert (victim, ISRAEL) in _killed_by(shipped, text)


def test_the_road_to_jerusalem_with_no_strike_relates_nothing(rules_only):
    assert not _killed_by(rules_only, "نعت المقاومة الإسلامية القائد إبراهيم عقيل الذي ارتقى شهيداً على "
                                      "طريق القدس، وأقيم له تشييع حاشد في الضاحية.")


# --- «باغتيال صهيوني / إسرائيلي»: the killing noun's nationality -----------------------------

@pytest.mark.parametrize("text, victim, agent", [
    ("استشهد السيد حسن نصر الله باغتيال صهيوني غادر استهدف مقر القيادة في الضاحية الجنوبية.",
     NASRALLAH, ISRAEL),
    ("نعى حزب الله أمينه العام السيد حسن نصر الله، الذي ارتقى شهيداً باغتيال صهيوني غادر استهدف "
     "مقر القيادة.", NASRALLAH, ISRAEL),
    ("وانتخب مجلس الشورى الشيخ نعيم قاسم أميناً عاماً، خلفاً للسيد حسن نصر الله الذي ارتقى شهيداً "
     "باغتيال إسرائيلي في حارة حريك.", NASRALLAH, ISRAEL),
    ("وكان القائد صالح العاروري قد استشهد باغتيال إسرائيلي في الضاحية الجنوبية لبيروت.", AROURI,
     ISRAEL),
])
def test_a_killing_noun_with_a_nationality_names_the_agent(shipped, text, victim, agent):
    assert (victim, agent) in _killed_by(shipped, text)


@pytest.mark.parametrize("text", [
    "اتهمت حماس إسرائيل باغتيال صالح العاروري في بيروت.",
    "ارتقى صالح العاروري إلى عضوية المكتب السياسي بعد اغتيال إسرائيلي لقائد آخر في الحركة.",
    "قضى صالح العاروري سنوات في السجون الإسرائيلية قبل أن يغادر إلى لبنان.",
])
def test_no_killing_noun_of_a_nationality_relates_nothing(rules_only, text):
    assert (AROURI, ISRAEL) not in _killed_by(rules_only, text)


# --- English: a lone attacker's nationality is no state's act --------------------------------

@pytest.mark.parametrize("text", [
    "Hillel Yaniv, 21, was shot dead by a Palestinian gunman in the town of Huwara on Sunday.",
    "The brothers Hillel and Yagel Yaniv were killed by a Palestinian assailant near Huwara.",
    "Ahmad Kasir was killed by an Iraqi gunman outside his home in Baghdad, police said.",
    "Ido Baruch was shot dead by Palestinian gunmen near Shavei Shomron.",
])
def test_a_lone_attackers_nationality_names_no_killer(shipped, text):
    assert not {a for _, a in relation_pairs(shipped, text, "ASSASSINATED_BY", "en")
                if a.startswith("country:")}


@pytest.mark.parametrize("text, agent", [
    ("Shireen Abu Akleh was shot dead by an Israeli soldier in Jenin.", ISRAEL),
    ("Jamil al-Amouri was killed by Israeli troops in Jenin on Thursday.", IDF),
    ("Yagel Yaniv was killed by Hamas gunmen in Huwara.", "organization:hamas"),
])
def test_a_soldier_troops_or_a_groups_gunmen_still_name_the_killer(shipped, text, agent):
    assert agent in {a for _, a in relation_pairs(shipped, text, "ASSASSINATED_BY", "en")}
