"""Session 52 (succ52): SUCCESSOR_OF and ASSASSINATED_BY forms found on pieces written for the
session.

- An Arabic acting holder of a dead person's post, the death told in the sentence before:
  «لقي الرئيس Y حتفه ... وتولى النائب الأول للرئيس X مهام الرئاسة بالوكالة»
  (succession_acting_dead_ar).
- «تنحى Y عام 2019 ليخلفه X» (no comma before ليخلفه) and «ليخلفه ابن عمه X» (khalafahu_ar).
- An abdication: «تنازل Y عن الحكم لصالح نجله X», "Y abdicated / stepped down in favour of
  his son X" (succession_abdicate).
- «أعلن الجيش السوداني مقتل القائد في قوات الدعم السريع X بضربة جوية»: the army announcing
  an enemy commander's death in a strike with no other agent (kill_claims._enemy_struck).
"""

import pytest

from tests.extract_support import relation_pairs as _rels

SO, AB = "SUCCESSOR_OF", "ASSASSINATED_BY"
MOKHBER, RAISI = "person:mohammad-mokhber", "person:ebrahim-raisi"
TEBBOUNE, BOUTEF = "person:abdelmadjid-tebboune", "person:abdelaziz-bouteflika"
HAITHAM, QABOOS = "person:haitham-bin-tariq", "person:qaboos-bin-said"
TAMIM, HAMAD = "person:tamim-bin-hamad-al-thani", "person:hamad-bin-khalifa-al-thani"
JUMA, SAF = "person:abdul-rahman-juma", "organization:sudanese-armed-forces"

_DEATH = "لقي الرئيس الإيراني إبراهيم رئيسي حتفه في تحطم مروحية. "


def test_acting_president_after_a_death_told_before_ar(shipped):
    text = _DEATH + "وتولى النائب الأول للرئيس محمد مخبر مهام الرئاسة بالوكالة."
    assert (MOKHBER, RAISI) in _rels(shipped, text, SO, "ar")


@pytest.mark.parametrize("text", [
    # no death told: a stand-in during a trip
    "استقبل الرئيس الإيراني إبراهيم رئيسي وزير الخارجية العماني. وتولى النائب الأول للرئيس "
    "محمد مخبر مهام الرئاسة بالوكالة خلال سفر رئيسي إلى نيويورك.",
    # a possibility, not a taking
    _DEATH + "وقد يتولى النائب الأول للرئيس محمد مخبر مهام الرئاسة بالوكالة.",
])
def test_acting_president_without_a_death_or_settled_taking_ar(rules_only, text):
    assert (MOKHBER, RAISI) not in _rels(rules_only, text, SO, "ar")


def test_acting_president_after_another_holders_death_ar(rules_only):
    text = ("لقي وزير الخارجية حسين أمير عبداللهيان حتفه في تحطم مروحية. وتولى النائب الأول "
            "للرئيس محمد مخبر مهام الرئاسة بالوكالة.")
    assert not {p for p in _rels(rules_only, text, SO, "ar") if p[0] == MOKHBER}


@pytest.mark.parametrize("text,pair", [
    ("تنحى الرئيس الجزائري عبد العزيز بوتفليقة عام 2019 ليخلفه عبد المجيد تبون.",
     (TEBBOUNE, BOUTEF)),
    ("توفي السلطان قابوس بن سعيد في يناير 2020 ليخلفه ابن عمه هيثم بن طارق.",
     (HAITHAM, QABOOS)),
])
def test_li_khalafahu_after_a_stepping_down_or_death_ar(shipped, text, pair):
    assert pair in _rels(shipped, text, SO, "ar")


def test_li_khalafahu_in_a_forecast_ar(rules_only):
    text = "يتوقع أن يتنحى الرئيس محمود عباس ليخلفه حسين الشيخ."
    assert not _rels(rules_only, text, SO, "ar")


@pytest.mark.parametrize("text,lang", [
    ("تنازل الأمير حمد بن خليفة آل ثاني عن الحكم لصالح نجله الشيخ تميم بن حمد عام 2013.", "ar"),
    ("تنازل الأمير حمد بن خليفة آل ثاني عن الحكم لنجله تميم بن حمد في حزيران 2013.", "ar"),
    ("Emir Hamad bin Khalifa Al Thani abdicated in favour of his son Tamim bin Hamad Al Thani "
     "in 2013.", "en"),
    ("Sheikh Hamad bin Khalifa Al Thani stepped down in favour of his son Tamim bin Hamad Al "
     "Thani in 2013.", "en"),
])
def test_abdication_in_favour_of_a_son(shipped, text, lang):
    assert (TAMIM, HAMAD) in _rels(shipped, text, SO, lang)


@pytest.mark.parametrize("text,lang", [
    ("تنازل الأمير حمد بن خليفة آل ثاني عن حصته لصالح نجله الشيخ تميم بن حمد.", "ar"),
    ("لم يتنازل الأمير حمد بن خليفة آل ثاني عن الحكم لصالح نجله الشيخ تميم بن حمد.", "ar"),
    ("Hamad bin Khalifa Al Thani refused to step down in favour of his son Tamim bin Hamad Al "
     "Thani.", "en"),
])
def test_no_abdication_of_a_share_or_negated(rules_only, text, lang):
    assert (TAMIM, HAMAD) not in _rels(rules_only, text, SO, lang)


def test_army_announces_enemy_commander_killed_in_strike_ar(shipped):
    text = ("أعلن الجيش السوداني مقتل القائد في قوات الدعم السريع عبد الرحمن جمعة بضربة جوية "
            "في دارفور.")
    assert (JUMA, SAF) in _rels(shipped, text, AB, "ar")


@pytest.mark.parametrize("text", [
    # the death has no strike
    "أعلن الجيش السوداني مقتل القائد في قوات الدعم السريع عبد الرحمن جمعة في حادث سير.",
    # a denial
    "نفى الجيش السوداني مقتل القائد في قوات الدعم السريع عبد الرحمن جمعة بضربة جوية.",
    # the strike has its own agent
    "أعلن الجيش السوداني مقتل القائد في قوات الدعم السريع عبد الرحمن جمعة في غارة لطائرة "
    "مسيرة تركية.",
])
def test_army_announced_death_without_its_own_strike_ar(rules_only, text):
    assert (JUMA, SAF) not in _rels(rules_only, text, AB, "ar")


MAHAMAT, IDRISS = "person:mahamat-idriss-deby", "person:idriss-deby"
TAYMOUR, WALID = "person:taymour-jumblatt", "person:walid-jumblatt"


@pytest.mark.parametrize("text,pair", [
    ("قتل الرئيس التشادي إدريس ديبي. وتولى الجنرال محمد إدريس ديبي الحكم خلفاً لوالده.",
     (MAHAMAT, IDRISS)),
    ("قاد الزعيم وليد جنبلاط الحزب التقدمي الاشتراكي عقوداً. واستقبل الشرع تيمور جنبلاط، الذي "
     "خلف والده في رئاسة الحزب العام الماضي.", (TAYMOUR, WALID)),
])
def test_kin_predecessor_named_elsewhere_ar(shipped, text, pair):
    """Kin word in place of the predecessor's name (succession_kin_pred_ar)."""
    assert pair in _rels(shipped, text, SO, "ar")


@pytest.mark.parametrize("text", [
    # "behind his father": a place, not a succession
    "التقى الرئيس التشادي إدريس ديبي بالوفد. ووقف نجله محمد إدريس ديبي خلف والده.",
    # a forecast
    "توفي الرئيس التشادي إدريس ديبي. ويرجح أن يتولى نجله محمد إدريس ديبي الحكم خلفاً لوالده.",
])
def test_kin_predecessor_not_a_place_or_forecast_ar(rules_only, text):
    assert (MAHAMAT, IDRISS) not in _rels(rules_only, text, SO, "ar")


_DEBY_KILLED = "Chadian President Idriss Deby was killed in April 2021. "


@pytest.mark.parametrize("tail", ["General Mahamat Idriss Deby took power, succeeding his father.",
                                  "General Mahamat Idriss Deby succeeded his father as head of "
                                  "state."])
def test_succeeded_his_father_named_before_en(shipped, tail):
    assert (MAHAMAT, IDRISS) in _rels(shipped, _DEBY_KILLED + tail, SO, "en")


@pytest.mark.parametrize("tail", ["General Mahamat Idriss Deby could succeed his father, "
                                  "diplomats said.",
                                  "General Mahamat Idriss Deby did not succeed his father."])
def test_succeed_his_father_possible_or_negated_en(rules_only, tail):
    assert (MAHAMAT, IDRISS) not in _rels(rules_only, _DEBY_KILLED + tail, SO, "en")


def test_presidential_duties_after_the_presidents_death_en(shipped):
    text = ("Iranian President Ebrahim Raisi died in a helicopter crash. First Vice President "
            "Mohammad Mokhber took over presidential duties on an interim basis.")
    assert (MOKHBER, RAISI) in _rels(shipped, text, SO, "en")


def test_presidential_duties_during_a_trip_en(rules_only):
    text = ("Iranian President Ebrahim Raisi met Omani officials. First Vice President Mohammad "
            "Mokhber took over presidential duties on an interim basis while Raisi travelled "
            "to New York.")
    assert (MOKHBER, RAISI) not in _rels(rules_only, text, SO, "en")
