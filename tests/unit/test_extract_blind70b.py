"""Session 70 (blind70b): fixes after the first contact of blind set SU-SV (Afghanistan and the
Taliban 2019-2024, written blind), each read in other sentences, people and outlets.

- Abdullah Abdullah's bare «عبد الله» / "Abdullah" (a headline's short form) is he once the
  article names him in full (gazetteer: ``ambiguous``).
- The Islamic State's Khorasan branch as Arabic outlets write it, «داعش - ولاية خراسان»,
  «الدولة الإسلامية - ولاية خراسان» (gazetteer aliases), and its quoted name in a claim:
  «في هجوم أعلن تنظيم "X" المسؤولية عنه» (``kill_claim_next_ar``: the closing quote).
- A meeting called off in Arabic by a verbal noun or a headline's present tense: «أعلن X إلغاء
  لقاء مع Y»، «X يلغي لقاءً مع Y» (``meeting_modality``, the scorer's hedges).
- "the Daesh militant group": "militant" before a body's head noun is no person's title.
- "Mawlvi" / "Molvi" is a style before a name, as "Mawlawi".
- «مع وفد ... برئاسة Z، ثم التقى Y»: Z, the head of the delegation met, is no subject of the next
  verb (``meeting_headed_object_ar``); «X: لقاء مع A ومحادثات مع B»: the partner of the first
  talks, A, did not hold the second.
"""

import pytest

from tests.extract_support import entity_ids, met_sorted, relation_pairs
from tests.extract_support import sorted_pair as _pair

ABDULLAH = "person:abdullah-abdullah"
ISKP = "organization:islamic-state-khorasan"
BIDEN, PUTIN, XI = "person:joe-biden", "person:vladimir-putin", "person:xi-jinping"
MUTTAQI, LAVROV, WANG = "person:amir-khan-muttaqi", "person:sergei-lavrov", "person:wang-yi"


# ---- Abdullah Abdullah's short form ----------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("كرزاي وعبد الله يستقبلان حنفي في كابل\n"
     "استقبل الرئيس الأفغاني السابق حامد كرزاي ورئيس المجلس الأعلى للمصالحة الوطنية عبد الله "
     "عبد الله، اليوم، نائب رئيس الوزراء عبد السلام حنفي في كابل.", "ar"),
    ("Karzai and Abdullah receive Hanafi in Kabul\n"
     "Former president Hamid Karzai and Abdullah Abdullah, the chairman of the High Council for "
     "National Reconciliation, received deputy prime minister Abdul Salam Hanafi in Kabul today.",
     "en"),
])
def test_abdullahs_short_form_is_he(shipped, text, lang):
    ids = entity_ids(shipped, text, lang)
    assert ABDULLAH in ids
    assert "person:abdullah" not in ids


def test_a_bare_abdullah_without_the_full_name_is_not_he(shipped):
    text = "التقى الملك عبد الله الثاني في عمّان وزير الخارجية الأفغاني السابق."
    assert ABDULLAH not in entity_ids(shipped, text, "ar")


# ---- the Khorasan branch as a claimer ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قُتل القيادي في حركة طالبان الملا عبد الصمد، الثلاثاء، في تفجير في مدينة فيض آباد، في هجوم "
    "أعلن تنظيم \"الدولة الإسلامية - ولاية خراسان\" المسؤولية عنه.",
    "قُتل حاكم ولاية بلخ محمد داود مزمل، الخميس، في تفجير داخل مكتبه في مزار شريف، في هجوم أعلن "
    "تنظيم «داعش - ولاية خراسان» المسؤولية عنه لاحقاً.",
    "قُتل القاضي عبد الرحيم فضلي في هجوم تبناه تنظيم داعش - ولاية خراسان في جلال آباد.",
])
def test_the_khorasan_branch_claims_the_killing_ar(shipped, text):
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", "ar")
    assert any(agent == ISKP for _v, agent in pairs), pairs


def test_an_unclaimed_attack_names_no_killer_ar(shipped):
    text = ("قُتل نائب حاكم ولاية بدخشان نثار أحمد أحمدي، الثلاثاء، في انفجار سيارة مفخخة، في هجوم "
            "لم يعلن تنظيم \"الدولة الإسلامية - ولاية خراسان\" المسؤولية عنه.")
    assert not relation_pairs(shipped, text, "ASSASSINATED_BY", "ar")


# ---- a meeting called off (Arabic) ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "بايدن يلغي لقاءً مع بوتين في جنيف",
    "أعلن الرئيس الأميركي جو بايدن، مساء الجمعة، إلغاء لقاء كان مقرراً الأسبوع المقبل مع الرئيس "
    "الروسي فلاديمير بوتين.",
    "وقرر الرئيس الصيني شي جين بينغ تأجيل اجتماعه مع الرئيس الروسي فلاديمير بوتين إلى موعد لاحق.",
])
def test_a_called_off_meeting_is_none_ar(shipped, text):
    pairs = met_sorted(shipped, text, "ar")
    assert _pair(BIDEN, PUTIN) not in pairs and _pair(XI, PUTIN) not in pairs


def test_a_held_meeting_stays_ar(shipped):
    text = "التقى الرئيس الأميركي جو بايدن، الأربعاء، الرئيس الروسي فلاديمير بوتين في جنيف."
    assert _pair(BIDEN, PUTIN) in met_sorted(shipped, text, "ar")


# ---- "militant group", "Mawlvi" ------------------------------------------------------------

def test_militant_before_group_is_no_title(rules_only):
    text = ("Kunduz police chief Abdul Rahman Haqqani was killed in a blast on Monday.\n"
            "The Daesh militant group claimed responsibility for the attack.")
    doc = rules_only.extract(text, lang="en")
    assert not any(r["type"] in ("MEMBER_OF", "LEADS") and "haqqani" in r["source"]
                   for r in doc["relations"])


@pytest.mark.parametrize("style", ["Mawlvi", "Molvi", "Mawlavi"])
def test_mawlvi_is_a_style(rules_only, style):
    text = f"{style} Amir Khan Muttaqi met Russian Foreign Minister Sergei Lavrov in Moscow."
    assert _pair(MUTTAQI, LAVROV) in met_sorted(rules_only, text, "en")
    assert not any(style.lower() in e for e in entity_ids(rules_only, text, "en"))


# ---- the delegation head of the clause before; the partner of the first talks --------------

def test_the_head_of_the_delegation_met_is_no_next_subject_ar(rules_only):
    text = ("وكان وزير الخارجية الصيني وانغ يي قد أجرى في تيانجين محادثات مع وفد الحركة برئاسة "
            "الملا عبد الغني برادر، ثم التقى وزير الخارجية الروسي سيرغي لافروف في بكين.")
    pairs = met_sorted(rules_only, text, "ar")
    assert _pair("person:abdul-ghani-baradar", LAVROV) not in pairs


def test_a_delegation_head_subject_stays_ar(rules_only):
    text = ("وصل وفد من الحركة برئاسة أمير خان متقي إلى موسكو، ثم التقى وزير الخارجية الروسي "
            "سيرغي لافروف.")
    assert _pair(MUTTAQI, LAVROV) in met_sorted(rules_only, text, "ar")


def test_the_first_talks_partner_held_no_second_talks_ar(rules_only):
    text = "لافروف في بكين: لقاء مع وانغ يي ومحادثات مع شي جين بينغ"
    pairs = met_sorted(rules_only, text, "ar")
    assert _pair(WANG, XI) not in pairs
    assert _pair(LAVROV, XI) in pairs


# ---- a meeting told by a report not confirmed ------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("The State Department declined to confirm a newspaper report that Sergei Lavrov met Wang Yi "
     "in Beijing last week.", "en"),
    ("The ministry did not confirm reports that Lavrov had met Wang Yi in Beijing.", "en"),
    ("ولم تؤكد الخارجية الروسية ما نشرته صحيفة كوميرسانت عن لقاء سري جمع سيرغي لافروف بوانغ يي "
     "في بكين.", "ar"),
    ("ولم يؤكد الكرملين أنباء عن اجتماع عقده لافروف مع وانغ يي في بكين الأسبوع الماضي.", "ar"),
])
def test_a_meeting_told_by_an_unconfirmed_report_is_none(shipped, text, lang):
    assert _pair(LAVROV, WANG) not in met_sorted(shipped, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The ministry confirmed that Sergei Lavrov met Wang Yi in Beijing on Monday.", "en"),
    ("Officials did not confirm the agenda, but said Sergei Lavrov met Wang Yi in Beijing.", "en"),
    ("وأكدت الخارجية الروسية أن سيرغي لافروف التقى وانغ يي في بكين الإثنين.", "ar"),
])
def test_a_confirmed_meeting_stays(shipped, text, lang):
    assert _pair(LAVROV, WANG) in met_sorted(shipped, text, lang)
