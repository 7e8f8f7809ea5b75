"""Session 69 (retrain69): the candidate pairs behind the retrain's misreadings, stopped where
the text gives no ground for them (the scorer's candidates, ``scorer_candidates``).

- A new body named by one bare body noun ("the GCC Secretariat" read as
  organization:secretariat, "the Commission") is no partner of the scorer's sentence pairs
  (``scorer_bare_body``): "Nayef Al-Hajraf welcomed the step ... at the consultations hosted
  by the GCC Secretariat" pairs him with no "Secretariat"; a named body ("the Gulf
  Cooperation Council") stays a partner.
- Two people each named as the object of another's verbs, joined by "and" + a meeting word,
  are no candidate pair (``scorer_two_objects``): "hours after he attended the swearing-in of
  President Masoud Pezeshkian and met with Supreme Leader Ali Khamenei" (not Pezeshkian -
  Khamenei); "X attended the funeral of A, and held talks with B". Kept: "X met A and B".
- The actor pair (the article's main actor with the sentence's one person) is no candidate
  when that person is the subject of the sentence's meeting and the rules read whom he met
  (``scorer_subject_met``): "Witkoff arrived ... On Tuesday, Egypt's intelligence chief Hassan
  Rashad met the Hamas delegation" (not Witkoff - Rashad), «والتقى رئيس المخابرات المصرية حسن
  رشاد وفد حماس». Kept: "On Tuesday, he held talks with ... Hassan Rashad", «واستقبله رشاد».
- An attendee named after a meeting the sentence tells itself (a meeting word and someone
  who took no part in the meeting told before, both before the attendance word) is no
  attendee of the meeting before (``scorer_attendees``): "Le Drian then met Berri. At the
  Grand Serail, Prime Minister Nawaf Salam received the French envoy in the presence of
  Adel Nassar" (not Nassar - Berri), «والتقى ... غالانت بحضور هاليفي» (not Halevi -
  Netanyahu). Kept: "The meeting was attended by X"; «التقى أردوغان كلاً من ضيفيه على حدة،
  بحضور فيدان» (Erdogan hosted the meeting before: Fidan - Abiy stays a candidate).
"""

from __future__ import annotations

import pytest

from loaders.extract.scorer_candidates import doc_candidates
from tests.extract_support import met_sorted, scorer_inputs, sorted_pair

SECRETARIAT, COMMISSION, GCC = ("organization:secretariat", "organization:commission",
                                "organization:gcc")
HAJRAF, GUTERRES, ALBUDAIWI, ABOUL_GHEIT, RUTO = (
    "person:nayef-al-hajraf", "person:antonio-guterres", "person:jasem-albudaiwi",
    "person:ahmed-aboul-gheit", "person:william-ruto")
PEZESHKIAN, KHAMENEI, HANIYEH, RAISI, QAANI, TAMIM = (
    "person:masoud-pezeshkian", "person:ali-khamenei", "person:ismail-haniyeh",
    "person:ebrahim-raisi", "person:esmail-qaani", "person:tamim-bin-hamad-al-thani")
WITKOFF, RASHAD, KAWTHARANI, NASRALLAH, LE_DRIAN, MBAR = (
    "person:steve-witkoff", "person:hassan-rashad", "person:mohammed-kawtharani",
    "person:hassan-nasrallah", "person:jean-yves-le-drian",
    "person:mohammed-bin-abdulrahman-al-thani")
BERRI, NASSAR, NETANYAHU, HALEVI, MBS, ABDOLLAHIAN, KHALIL, ABIY, FIDAN = (
    "person:nabih-berri", "person:adel-nassar", "person:benjamin-netanyahu",
    "person:herzi-halevi", "person:mohammed-bin-salman", "person:hossein-amir-abdollahian",
    "person:ali-hassan-khalil", "person:abiy-ahmed", "person:hakan-fidan")


def _candidates(text: str, lang: str) -> set[frozenset[str]]:
    (doc, rels, lg), = scorer_inputs([(text, lang)])
    return {frozenset((c.a.eid, c.b.eid)) for _si, c in doc_candidates(doc, rels, lg)}


# --- a bare body noun ------------------------------------------------------------------------

BARE_BODY = [
    ("The Secretary-General of the Gulf Cooperation Council, Nayef Al-Hajraf, welcomed the step "
     "at the close of the consultations hosted by the GCC Secretariat.", SECRETARIAT, HAJRAF),
    ("UN chief Antonio Guterres thanked the delegations at the close of the talks hosted by the "
     "UN Secretariat.", SECRETARIAT, GUTERRES),
    ("Jasem Albudaiwi welcomed the Yemeni delegations at the consultations hosted by the GCC "
     "Secretariat.", SECRETARIAT, ALBUDAIWI),
    ("Arab League chief Ahmed Aboul Gheit welcomed the accord at the end of talks hosted by the "
     "Secretariat.", SECRETARIAT, ABOUL_GHEIT),
    ("President William Ruto welcomed the report at the talks hosted by the Commission in "
     "Nairobi.", COMMISSION, RUTO),
]


@pytest.mark.parametrize("text, body, person", BARE_BODY)
def test_a_bare_body_noun_is_no_candidate_partner(text, body, person):
    assert frozenset((body, person)) not in _candidates(text, "en")


@pytest.mark.parametrize("text, body, person", BARE_BODY)
def test_a_bare_body_noun_meets_no_one(shipped, text, body, person):
    assert sorted_pair(body, person) not in met_sorted(shipped, text, "en")


def test_a_named_body_stays_a_candidate_partner():
    text = ("Nayef Al-Hajraf welcomed the step at the close of the consultations hosted by the "
            "Gulf Cooperation Council in Riyadh.")
    assert frozenset((GCC, HAJRAF)) in _candidates(text, "en")


# --- two objects of another's verbs ---------------------------------------------------------

TWO_OBJECTS = [
    ("Haniyeh was killed on July 31 in a guesthouse in Tehran, hours after he attended the "
     "swearing-in of President Masoud Pezeshkian and met with Supreme Leader Ayatollah Ali "
     "Khamenei.", PEZESHKIAN, KHAMENEI),
    ("Sinwar was killed in Rafah a day after he attended the funeral of Ismail Haniyeh and met "
     "with Ali Khamenei.", HANIYEH, KHAMENEI),
    ("Nasrallah was killed on Friday, hours after he received a message from President Ebrahim "
     "Raisi and later met Esmail Qaani.", RAISI, QAANI),
    ("On Tuesday Erdogan attended the funeral of Ismail Haniyeh, and held talks with Emir Tamim "
     "bin Hamad.", HANIYEH, TAMIM),
]


@pytest.mark.parametrize("text, a, b", TWO_OBJECTS)
def test_two_objects_of_another_are_no_candidate(text, a, b):
    assert frozenset((a, b)) not in _candidates(text, "en")


@pytest.mark.parametrize("text, a, b", TWO_OBJECTS)
def test_two_objects_of_another_do_not_meet(shipped, text, a, b):
    assert sorted_pair(a, b) not in met_sorted(shipped, text, "en")


def test_the_subject_still_meets_the_object_of_his_meeting(shipped):
    text = TWO_OBJECTS[0][0]
    assert sorted_pair(HANIYEH, KHAMENEI) in met_sorted(shipped, text, "en")


# --- the actor pair and a subject who met someone named --------------------------------------

_WITKOFF = ("US envoy Steve Witkoff arrived in Sharm el-Sheikh on Wednesday. Witkoff is expected "
            "to meet both delegations. ")
_WITKOFF_AR = ("وصل المبعوث الأميركي ستيف ويتكوف إلى شرم الشيخ الأربعاء. ويتوقع أن يلتقي ويتكوف "
               "الوفدين. ")
SUBJECT_MET = [
    ("en", _WITKOFF + "On Tuesday, Egypt's intelligence chief Hassan Rashad met the Hamas "
     "delegation and, separately, the Israeli team.", WITKOFF, RASHAD),
    ("en", "Mohammed Kawtharani has travelled to Baghdad several times. Kawtharani met militia "
     "commanders in March. Hezbollah leader Hassan Nasrallah has also hosted Iraqi faction "
     "leaders in Beirut, the sources said.", KAWTHARANI, NASRALLAH),
    ("en", "French envoy Jean-Yves Le Drian arrived in Beirut on Monday. Le Drian is to see the "
     "three presidents. Earlier, Qatari Prime Minister Mohammed bin Abdulrahman held talks with "
     "a Hezbollah delegation in Doha.", LE_DRIAN, MBAR),
    ("ar", _WITKOFF_AR + "والتقى رئيس المخابرات المصرية حسن رشاد وفد حماس ثم الوفد الإسرائيلي.",
     WITKOFF, RASHAD),
    ("ar", _WITKOFF_AR + "واجتمع رئيس المخابرات المصرية حسن رشاد مع وفد حماس.", WITKOFF, RASHAD),
]


@pytest.mark.parametrize("lang, text, actor, person", SUBJECT_MET)
def test_a_subject_who_met_someone_named_is_no_actor_candidate(lang, text, actor, person):
    assert frozenset((actor, person)) not in _candidates(text, lang)


@pytest.mark.parametrize("lang, text, actor, person", SUBJECT_MET)
def test_a_subject_who_met_someone_named_did_not_meet_the_actor(shipped, lang, text, actor,
                                                                person):
    assert sorted_pair(actor, person) not in met_sorted(shipped, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", _WITKOFF + "On Tuesday, he held talks with Egypt's intelligence chief Hassan Rashad."),
    ("ar", _WITKOFF_AR + "واستقبله لاحقاً رئيس المخابرات المصرية حسن رشاد."),
])
def test_the_actor_still_meets_the_one_he_met(shipped, lang, text):
    assert sorted_pair(WITKOFF, RASHAD) in met_sorted(shipped, text, lang)


# --- an attendee of the sentence's own meeting ----------------------------------------------

OWN_MEETING = [
    ("en", "Le Drian then met Speaker of Parliament Nabih Berri at Ain el-Tineh. At the Grand "
     "Serail, Prime Minister Nawaf Salam received the French envoy in the presence of Minister "
     "of Justice Adel Nassar.", BERRI, NASSAR),
    ("en", "Blinken met Prime Minister Benjamin Netanyahu in Jerusalem. He later held talks with "
     "Defence Minister Yoav Gallant in Tel Aviv in the presence of army chief Herzi Halevi.",
     NETANYAHU, HALEVI),
    ("ar", "والتقى بلينكن رئيس الوزراء بنيامين نتنياهو في القدس. والتقى كبير الدبلوماسيين "
     "الأمريكيين لاحقاً وزير الأمن يوآف غالانت في تل أبيب بحضور رئيس الأركان هرتسي هاليفي.",
     NETANYAHU, HALEVI),
    ("ar", "واستقبل ولي العهد السعودي الأمير محمد بن سلمان رئيس الوزراء العراقي مصطفى الكاظمي في "
     "جدة. واستقبل الرئيس الإيراني إبراهيم رئيسي الكاظمي في طهران بحضور وزير الخارجية الإيراني "
     "حسين أمير عبد اللهيان.", MBS, ABDOLLAHIAN),
]


@pytest.mark.parametrize("lang, text, before, attendee", OWN_MEETING)
def test_an_attendee_of_the_meeting_told_here_is_no_attendee_of_the_one_before(
        lang, text, before, attendee):
    assert frozenset((before, attendee)) not in _candidates(text, lang)


@pytest.mark.parametrize("lang, text, before, attendee", OWN_MEETING)
def test_an_attendee_of_the_meeting_told_here_did_not_meet_the_one_before(
        shipped, lang, text, before, attendee):
    assert sorted_pair(before, attendee) not in met_sorted(shipped, text, lang)


def test_an_attendee_of_the_meeting_before_still_meets_its_parties(shipped):
    text = ("Le Drian then met Speaker of Parliament Nabih Berri at Ain el-Tineh. The meeting was "
            "attended by MP Ali Hassan Khalil.")
    met = met_sorted(shipped, text, "en")
    assert sorted_pair(LE_DRIAN, KHALIL) in met
    assert sorted_pair(BERRI, KHALIL) in met


def test_the_host_of_the_meeting_before_keeps_its_attendees_candidates():
    text = ("استضاف الرئيس التركي رجب طيب أردوغان رئيس الوزراء الإثيوبي آبي أحمد والرئيس الصومالي "
            "حسن شيخ محمود في أنقرة. وقبيل الاجتماع الثلاثي، التقى أردوغان كلاً من ضيفيه على حدة، "
            "بحضور وزير الخارجية هاكان فيدان.")
    assert frozenset((ABIY, FIDAN)) in _candidates(text, "ar")
