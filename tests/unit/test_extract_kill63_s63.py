"""Session 63 (kill63): ASSASSINATED_BY recall on fresh writing (Gaza, Lebanon, Yemen), each
construction read in several paraphrases of other outlets and people.

- «قوات الجيش» ("the army's forces") is no body of its own ("Army Forces"): it is the army the
  article named before it («أعلن الجيش الإسرائيلي أن قوات الجيش قتلت X»: the IDF killed X; «أعلن
  الجيش اللبناني أن قوات الجيش قتلت X»: the Lebanese army), and no agent at all when the article
  names no army (``army_forces_ar``, from ``bodies_ar.translated_bodies``).
- A person wounded in a strike whose agent is stated, who then died, in one sentence: "X was
  (critically) wounded / injured in an Israeli strike ... and (later) died (of his wounds)",
  "X, who was wounded in an Israeli raid ..., succumbed to his injuries", «أصيب X في غارة
  إسرائيلية ... وتوفي / ثم توفي / واستشهد متأثراً بجراحه»: the strike's agent killed X
  (``kill_wounded_died``). None when the strike has no agent, when someone else died ("and his
  son died", «وتوفي نجله»), when he survived, or when the death is only reported and denied.
- Names: the two bare words after a person found after "title في body" are no second name
  («أصيب رئيس هيئة الأركان في قوات الحوثيين محمد الغماري بجروح خطيرة»: no person "Bajruh
  Khatira"; ``body_member_names_ar``).
- The enemy a participle of fighting names before the killing verb is no killer: "Israeli soldiers
  fighting Hamas in Rafah killed X" (not Hamas), "troops battling Hezbollah in southern Lebanon
  killed X" (not Lebanon), "Turkish troops fighting the PKK in northern Iraq killed X" (Turkey,
  not Iraq): the fighters before the participle (``kill_prep_object.participle_object_en``, in
  ``killing_rules_en``). The scorer may still add the enemy pair (``rules`` cases only).
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs

AB = "ASSASSINATED_BY"
IDF, LAF = "organization:israel-defense-forces", "organization:lebanese-army"
SINWAR, SAAD = "person:yahya-sinwar", "person:raed-saad"
TABATABAI, KARAKI = "person:haytham-ali-tabatabai", "person:ali-karaki"


def _ab(ex, text, lang="ar"):
    return relation_pairs(ex, text, AB, lang)


# --- «قوات الجيش»: the army named before ---------------------------------------------------

@pytest.mark.parametrize("text, victim, army", [
    ("وقال المتحدث باسم الجيش الإسرائيلي إن قوات الجيش قتلت القيادي في حماس رائد سعد في غزة.",
     SAAD, IDF),
    ("أعلن الجيش الإسرائيلي أن قوات الجيش اغتالت القيادي في حزب الله علي كركي.", KARAKI, IDF),
    ("وأكد رئيس أركان الجيش الإسرائيلي إيال زامير أن قوات الجيش اغتالت القيادي في حزب الله هيثم "
     "علي الطبطبائي في بيروت.", TABATABAI, IDF),
    ("الجيش الإسرائيلي يعلن اغتيال قيادي في حماس بغزة\n\nغزة - أعلن الجيش الإسرائيلي، اليوم الأحد، "
     "أن قوات الجيش قتلت القيادي في كتائب القسام رائد سعد في غارة على مدينة غزة.", SAAD, IDF),
    ("قال رئيس الحكومة الإسرائيلية إن الجيش الإسرائيلي حقق إنجازات كبيرة. وأضاف أن قوات الجيش "
     "قتلت يحيى السنوار في رفح.", SINWAR, IDF),
])
def test_the_army_forces_are_the_army_named_before(shipped, text, victim, army):
    got = _ab(shipped, text)
    assert (victim, army) in got
    assert not any(t == "organization:army-forces" for _v, t in got)


def test_the_lebanese_army_forces_are_the_lebanese_army(shipped):
    text = "أعلن الجيش اللبناني أن قوات الجيش قتلت المطلوب علي منذر زعيتر في اشتباك ببعلبك."
    assert any(t == LAF for _v, t in _ab(shipped, text))


def test_army_forces_with_no_army_named_are_no_body(shipped):
    text = "قالت قوات الجيش إنها قتلت القيادي في حماس رائد سعد."
    assert "organization:army-forces" not in entity_ids(shipped, text, "ar")
    assert not any(t == "organization:army-forces" for _v, t in _ab(shipped, text))


# --- wounded in a strike, then died ------------------------------------------------------------

GHAMARI, SHUKR, SAADI = "person:mohammed-al-ghamari", "person:fuad-shukr", "person:abu-baqir-al-saadi"
ISRAEL, US = "country:israel", "country:united-states"


@pytest.mark.parametrize("text, lang, victim, agent", [
    ("Hamas commander Raed Saad was wounded in an Israeli strike on Gaza City on Saturday and later "
     "died of his wounds, the group said.", "en", SAAD, ISRAEL),
    ("Hezbollah commander Fuad Shukr was seriously wounded in an Israeli air strike in Beirut and "
     "died hours later.", "en", SHUKR, ISRAEL),
    ("Houthi chief of staff Mohammed al-Ghamari was critically injured in an Israeli strike on Sanaa "
     "in August and died weeks later, the group announced.", "en", GHAMARI, ISRAEL),
    ("Kataib Hezbollah commander Abu Baqir al-Saadi was injured in a U.S. drone strike in Baghdad "
     "and died in hospital.", "en", SAADI, US),
    ("أصيب القيادي في حماس رائد سعد في غارة إسرائيلية على مدينة غزة وتوفي متأثرا بجراحه.", "ar",
     SAAD, ISRAEL),
    ("أصيب رئيس هيئة الأركان في قوات الحوثيين محمد الغماري بجروح خطيرة في غارة إسرائيلية على "
     "صنعاء، ثم توفي متأثراً بها.", "ar", GHAMARI, ISRAEL),
    ("وكان القيادي في حزب الله فؤاد شكر قد أصيب في غارة إسرائيلية على الضاحية الجنوبية، واستشهد "
     "بعد ساعات.", "ar", SHUKR, ISRAEL),
])
def test_wounded_in_a_strike_then_died_is_killed_by_its_agent(shipped, text, lang, victim, agent):
    assert (victim, agent) in _ab(shipped, text, lang)


def test_wounded_relative_clause_then_succumbed(rules_only):
    text = ("Islamic Jihad commander Khaled Mansour, who was wounded in an Israeli raid on Rafah last "
            "week, succumbed to his injuries on Monday.")
    assert any(t == ISRAEL for _v, t in _ab(rules_only, text, "en"))


@pytest.mark.parametrize("text, lang", [
    ("Hamas commander Raed Saad was wounded in an air strike on Gaza City and later died.", "en"),
    ("Raed Saad was wounded in an Israeli strike on Gaza City and his son died.", "en"),
    ("Raed Saad was wounded in an Israeli strike on Gaza City but survived.", "en"),
    ("Raed Saad was wounded in an Israeli strike on Gaza City, Hamas said, denying reports he had "
     "died.", "en"),
    ("أصيب القيادي في حماس رائد سعد في غارة على مدينة غزة وتوفي متأثرا بجراحه.", "ar"),
    ("أصيب القيادي في حماس رائد سعد في غارة إسرائيلية على مدينة غزة ونجا من الموت.", "ar"),
    ("أصيب القيادي في حماس رائد سعد في غارة إسرائيلية على مدينة غزة وتوفي نجله متأثرا بجراحه.", "ar"),
])
def test_no_killing_without_agent_or_death_of_the_wounded(shipped, text, lang):
    assert not any(v == SAAD for v, _t in _ab(shipped, text, lang))


def test_no_name_made_of_the_words_after_a_person(shipped):
    text = ("أصيب رئيس هيئة الأركان في قوات الحوثيين محمد الغماري بجروح خطيرة في غارة إسرائيلية "
            "على صنعاء.")
    ids = entity_ids(shipped, text, "ar")
    assert GHAMARI in ids
    assert not any("bajruh" in i for i in ids)


# --- the enemy fought is no killer ---------------------------------------------------------------

@pytest.mark.parametrize("text, victim, wrong", [
    ("Israeli soldiers fighting Hamas in Rafah killed Yahya Sinwar in October 2024.", SINWAR,
     "organization:hamas"),
    ("Israeli troops battling Hezbollah in southern Lebanon killed commander Ali Karaki.", KARAKI,
     "country:lebanon"),
    ("Israeli forces hunting Hamas commanders in Khan Younis killed Raed Saad.", SAAD,
     "organization:hamas"),
])
def test_the_fought_enemy_is_no_killer(rules_only, text, victim, wrong):
    got = _ab(rules_only, text, "en")
    assert (victim, wrong) not in got
    assert any(v == victim and t in (ISRAEL, IDF) for v, t in got)


def test_the_fighters_own_country_kills(rules_only):
    text = ("Turkish troops fighting the PKK in northern Iraq killed senior commander Murat "
            "Karayilan, Ankara said.")
    got = _ab(rules_only, text, "en")
    assert ("person:murat-karayilan", "country:turkey") in got
    assert ("person:murat-karayilan", "country:iraq") not in got
