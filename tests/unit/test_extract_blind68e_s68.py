"""Session 68 (blind68e): fixes after the first contact of blind set QW-QX (Lebanon 2005-2008,
written blind: the Hariri assassination and the UN inquiry, Saad Hariri, Siniora, the killings of
Tueni, Gemayel, Eido and Eid, the 2006 war, Mughniyeh, the Doha agreement and Suleiman), each read
in several paraphrases of other outlets and people.

- Meetings, English: the objects of a first meeting may each stand with their place, "Moussa met
  Speaker X at Ain el-Tineh and Patriarch Y in Bkirki, and held a joint meeting with Z": the
  subject of the second verb is Moussa, not Y (``meeting_unnamed_subject._place_linked``, asked
  by ``meeting_clauses_en.earlier_subject_en``); not when the second clause names its own
  subject ("and Y later held talks with Z", "and Patriarch Y held talks with Z").
- Descriptions, English: "chief" before a body's name and a role noun qualifies that noun, "the
  chief U.N. investigator", "the chief IAEA inspector", "the chief U.N. weapons inspector": an
  unnamed investigator or inspector, not the body's head (``desc_chief_of_role_en``, asked by
  ``title_description.described_holder``); "the U.N. chief", "the IAEA chief" still are.
- Successions, English: the possessor inside an apposition is not the new holder, "X, the
  candidate of MP K's Future Movement, won Sunday's by-election to replace Y", "X, a physician
  backed by K's movement, was elected to replace Y": X replaces Y, not K
  (``succession_apposed_possessor_en``, asked by ``succession_rules_en``); "K's candidate, X,
  was elected to replace Y" stays X.
- Names, Arabic: French and German given names of the Lebanon file's envoys, ambassadors and
  investigators (برنار، جيرار، كريستوف، ديدييه، هيرفيه، غيوم، ديتليف) are foreign given
  names (``foreign_given_names.yaml``), so a family name in -يه after them is a name, not a noun
  and its adjective: «السفير الفرنسي برنار إيمييه», «جيرار لارشيه», «برنار باجوليه» are people
  who meet their host.
- Meetings, Arabic: the partner after «مع» may follow a building, "عقد X اجتماعاً في مقر السفارة
  (الأميركية في عوكر) مع Y", "في السرايا الحكومية مع Y" (``meeting_asides_ar.with_after_place_ar``);
  not a planned or negated one.
"""

import pytest

from tests.extract_support import entity_ids as _ids
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

MOUSSA, BERRI, HARIRI, AOUN = ("person:amr-moussa", "person:nabih-berri", "person:saad-hariri",
                               "person:michel-aoun")
QAANI, KADHIMI, AMIRI, MALIKI, KHAZALI = (
    "person:esmail-qaani", "person:mustafa-al-kadhimi", "person:hadi-al-amiri", "person:nouri-al-maliki",
    "person:qais-al-khazali")
LAVROV, ARAGHCHI, PEZESHKIAN, LARIJANI = ("person:sergei-lavrov", "person:abbas-araghchi",
                                          "person:masoud-pezeshkian", "person:ali-larijani")
BLINKEN, NETANYAHU, GALLANT, HERZOG = ("person:antony-blinken", "person:benjamin-netanyahu",
                                       "person:yoav-gallant", "person:isaac-herzog")
KHALIL, SUDANI, HALBOUSI, MALIKI_ = ("person:ahmed-khalil", "person:mohammed-shia-al-sudani",
                                    "person:mohammed-al-halbousi", "person:nouri-al-maliki")
ITANI, SAAD, EIDO, KHOURY, AOUN_, GEMAYEL = (
    "person:mohammed-al-amin-itani", "person:saad-hariri", "person:walid-eido", "person:camille-khoury",
    "person:michel-aoun", "person:pierre-gemayel")
ASSAD, GUTERRES, GROSSI = "person:bashar-al-assad", "person:antonio-guterres", "person:rafael-grossi"


# --- objects with their places, then a second meeting verb --------------------------------------

@pytest.mark.parametrize("text, visitor, last_object, later", [
    ("Arab League chief Amr Moussa met Speaker Nabih Berri at Ain el-Tineh and Maronite Patriarch "
     "Nasrallah Sfeir in Bkirki, and held a joint meeting with MP Saad Hariri and MP Michel Aoun.",
     MOUSSA, "sfeir", [HARIRI, AOUN]),
    ("Qaani met Prime Minister Mustafa al-Kadhimi in Baghdad and Hadi al-Amiri, and held a joint "
     "meeting with Nouri al-Maliki and Qais al-Khazali.", QAANI, AMIRI, [MALIKI, KHAZALI]),
    ("Russian Foreign Minister Sergei Lavrov met Foreign Minister Abbas Araghchi in Tehran and "
     "President Masoud Pezeshkian in Mashhad, and then held talks with Ali Larijani.",
     LAVROV, PEZESHKIAN, [LARIJANI]),
    ("Blinken met Prime Minister Benjamin Netanyahu in Jerusalem and President Isaac Herzog in Tel "
     "Aviv, and later held talks with Defense Minister Yoav Gallant.", BLINKEN, HERZOG, [GALLANT]),
])
def test_the_second_verb_after_objects_with_their_places_is_the_visitors(rules_only, text, visitor,
                                                                           last_object, later):
    met = _met(rules_only, text, "en")
    for z in later:
        assert _pair(visitor, z) in met
        assert not any(last_object in p[0] + p[1] and z in p for p in met)


@pytest.mark.parametrize("text, later", [
    ("Amr Moussa met Speaker Nabih Berri at Ain el-Tineh and Patriarch Nasrallah Sfeir in Bkirki, and "
     "Sfeir later held talks with Saad Hariri.", HARIRI),
    ("Amr Moussa met Speaker Nabih Berri at Ain el-Tineh, and Patriarch Nasrallah Sfeir held talks "
     "with Saad Hariri.", HARIRI),
])
def test_a_second_clause_with_its_own_subject_is_not_the_visitors(rules_only, text, later):
    assert _pair(MOUSSA, later) not in _met(rules_only, text, "en")


# --- "the chief U.N. investigator" ----------------------------------------------------------------

@pytest.mark.parametrize("text, head, other", [
    ("The chief U.N. investigator into the assassination met Tuesday with Syrian President Bashar "
     "Assad.", GUTERRES, ASSAD),
    ("The chief UN investigator met Syrian President Bashar Assad in Damascus.", GUTERRES, ASSAD),
    ("The chief U.N. weapons inspector met Syrian President Bashar Assad on Sunday.", GUTERRES, ASSAD),
    ("The chief IAEA inspector met Iranian President Masoud Pezeshkian in Tehran.", GROSSI, PEZESHKIAN),
])
def test_the_chief_body_role_is_not_the_bodys_head(shipped, text, head, other):
    assert head not in _ids(shipped, text, "en")
    assert not any(head in p for p in _met(shipped, text, "en"))


@pytest.mark.parametrize("text, head, other", [
    ("The U.N. chief met Iranian President Masoud Pezeshkian in New York.", GUTERRES, PEZESHKIAN),
    ("The IAEA chief met Iranian President Masoud Pezeshkian in Tehran.", GROSSI, PEZESHKIAN),
])
def test_the_body_chief_is_still_its_head(rules_only, text, head, other):
    assert _pair(head, other) in _met(rules_only, text, "en")


# --- the possessor inside an apposition does not take over ---------------------------------------

def _succ(extractor, text):
    return {(r["source"], r["target"]) for r in extractor.extract(text, lang="en")["relations"]
            if r["type"] == "SUCCESSOR_OF"}


@pytest.mark.parametrize("text, new, possessor, old", [
    ("Mohammad Al-Amin Itani, the candidate of MP Saad Hariri's Future Movement, won Sunday's "
     "by-election in Beirut to replace slain MP Walid Eido.", ITANI, SAAD, EIDO),
    ("Ahmed Khalil, the nominee of Prime Minister Mohammed Shia al-Sudani's coalition, was elected on "
     "Monday to replace Speaker Mohammed al-Halbousi.", KHALIL, SUDANI, HALBOUSI),
    ("Ahmed Khalil, the choice of Prime Minister Mohammed Shia al-Sudani's bloc, was named to succeed "
     "Speaker Mohammed al-Halbousi.", KHALIL, SUDANI, HALBOUSI),
    ("Ahmed Khalil, a veteran of Nouri al-Maliki's State of Law coalition, won the vote in parliament "
     "to succeed Speaker Mohammed al-Halbousi.", KHALIL, MALIKI_, HALBOUSI),
    ("Camille Khoury, a physician backed by Michel Aoun's movement, was elected to replace Pierre "
     "Gemayel.", KHOURY, AOUN_, GEMAYEL),
])
def test_the_possessor_inside_an_apposition_does_not_take_over(rules_only, text, new, possessor,
                                                                 old):
    succ = _succ(rules_only, text)
    assert (new, old) in succ
    assert (possessor, old) not in succ


def test_the_possessor_before_the_named_pick_stays_out(rules_only):
    succ = _succ(rules_only, "Prime Minister Mohammed Shia al-Sudani's candidate, Ahmed Khalil, was "
                             "elected to replace Speaker Mohammed al-Halbousi.")
    assert succ == {(KHALIL, HALBOUSI)}


# --- French given names before a family name in -يه -----------------------------------------------

@pytest.mark.parametrize("text, host, latin_first", [
    ("واستقبل النائب سعد الحريري في قريطم السفير الفرنسي برنار إيمييه، وجرى عرض لمسار التحقيق.",
     SAAD, "bernard"),
    ("واستقبل الرئيس جوزاف عون في بعبدا رئيس مجلس الشيوخ الفرنسي جيرار لارشيه.",
     "person:joseph-aoun", "gerard"),
    ("التقى رئيس مجلس النواب نبيه بري السفير الفرنسي برنار باجوليه في عين التينة.",
     "person:nabih-berri", "bernard"),
    ("والتقى رئيس الحكومة فؤاد السنيورة رئيس لجنة التحقيق الدولية ديتليف ميليس في السراي.",
     "person:fouad-siniora", "detlev"),
    ("واستقبل رئيس الحكومة نواف سلام السفير الفرنسي هيرفيه ماغرو والسفير الفرنسي السابق ديدييه "
     "غارنييه.", "person:nawaf-salam", "didier"),
])
def test_a_french_given_name_then_a_family_name_in_yeh_is_a_person(shipped, text, host,
                                                                    latin_first):
    met = _met(shipped, text, "ar")
    assert any(host in p and any(x.startswith("person:" + latin_first + "-") for x in p)
               for p in met)


def test_a_noun_and_its_adjective_in_yeh_stays_no_name(rules_only):
    ids = _ids(rules_only, "وأجرى الوزير مقابلة صحفية مع قناة محلية.", "ar")
    assert not any(i.startswith("person:") for i in ids)


# --- «اجتماعاً في مقر السفارة مع Y» ----------------------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("والتقت وزيرة الخارجية الأميركية كوندوليزا رايس رئيس الحكومة فؤاد السنيورة، قبل أن تعقد اجتماعاً "
     "في مقر السفارة مع النائب سعد الحريري.", "person:condoleezza-rice", SAAD),
    ("وعقد رئيس الحكومة نواف سلام اجتماعاً في السرايا الحكومية مع المبعوث الأميركي توم براك.",
     "person:nawaf-salam", "person:tom-barrack"),
    ("وعقد وزير الخارجية الإيراني عباس عراقجي اجتماعاً في مقر السفارة الإيرانية في بيروت مع الأمين "
     "العام لحزب الله نعيم قاسم.", ARAGHCHI, "person:naim-qassem"),
    ("وأجرى الرئيس السوري بشار الأسد محادثات في قصر الشعب مع الرئيس اللبناني ميشال سليمان.",
     ASSAD, "person:michel-suleiman"),
])
def test_the_partner_after_a_building_is_met(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text, a, b", [
    ("ومن المقرر أن يعقد وزير الخارجية الإيراني عباس عراقجي اجتماعاً في مقر السفارة الإيرانية مع "
     "الأمين العام لحزب الله نعيم قاسم.", ARAGHCHI, "person:naim-qassem"),
    ("ولم يعقد رئيس الحكومة نواف سلام أي اجتماع في السرايا الحكومية مع المبعوث الأميركي توم براك.",
     "person:nawaf-salam", "person:tom-barrack"),
])
def test_a_planned_or_negated_meeting_in_a_building_is_not(rules_only, text, a, b):
    assert _pair(a, b) not in _met(rules_only, text, "ar")
