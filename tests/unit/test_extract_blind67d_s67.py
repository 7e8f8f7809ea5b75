"""Session 67 (blind67d): fixes after the first contact of blind set PO-PP (Iran's regional
diplomacy and the shadow war 2020-2024, written blind: Fakhrizadeh, Amir-Abdollahian's and
Araghchi's rounds, the Damascus consulate strike, Haniyeh, Sinwar, Nasrallah, Qassem, Raisi's
crash and Mokhber), each read in several paraphrases of other outlets, people and clitics.

- Killings, English: the country of a strike "ordered by then-President X" / "by former
  President X": a time qualifier of the orderer's title no longer hides the strike's country
  (``kill_clause_helpers._ordered_strike_nat``): "a U.S. drone strike ordered by then-President
  Trump killed Y" gives Y the United States as well as Trump.
- Killings, English: "X is the most senior officer to be killed since a U.S. strike killed Y":
  the clause after "since" is Y's killing, not X's; X gets no agent from it
  (``killing_rules_en``, passive branch).
- Killings, English: "Also killed in Friday evening's / Saturday's / the Israeli strike was Y":
  time words and a nationality between "Also killed in" and "was" (``also_killed``).
- Meetings, Arabic: «التقى X Y، ثم انتقل إلى السراي واجتمع بـZ»: the traveller X met Z, not Y
  whom he met before moving on (``subjects._carried_subject``, as «حيث اجتمع» already was).
- Successions, Arabic: «كلّف K النائب الأول لرئيس الجمهورية X ... خلفاً لـY» when X was named
  before by surname alone (the deputy's post read as X's whole title): the ل of «لرئيس» is no
  preposition, X is free and succeeds Y, not the appointer K
  (``succession_checks.deputy_of_office_ar``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

USA, ISRAEL, IDF = "country:united-states", "country:israel", "organization:israel-defense-forces"
TRUMP, SOLEIMANI, OLMERT, MUGHNIYEH = ("person:donald-trump", "person:qasem-soleimani",
                                       "person:ehud-olmert", "person:imad-mughniyeh")
ZAHEDI, AQIL, SHUKR, TABATABAI, NASRALLAH = (
    "person:mohammad-reza-zahedi", "person:ibrahim-aqil", "person:fuad-shukr",
    "person:haytham-ali-tabatabai", "person:hassan-nasrallah")
KARAKI = "person:ali-karaki"
AMIR, BERRI, MIKATI, ERDOGAN, PEZESHKIAN, PUTIN = (
    "person:hossein-amir-abdollahian", "person:nabih-berri", "person:najib-mikati",
    "person:recep-tayyip-erdogan", "person:masoud-pezeshkian", "person:vladimir-putin")
ARAGHCHI, AOUN, ORTAGUS, SALAM = ("person:abbas-araghchi", "person:joseph-aoun",
                                  "person:morgan-ortagus", "person:nawaf-salam")
KHAMENEI, MOKHBER, RAISI = "person:ali-khamenei", "person:mohammad-mokhber", "person:ebrahim-raisi"


def _kills(ex, text, lang="en"):
    return relation_pairs(ex, text, "ASSASSINATED_BY", lang)


def _succ(ex, text, lang="ar"):
    return relation_pairs(ex, text, "SUCCESSOR_OF", lang)


# --- "ordered by then-President X": the strike's country too ---------------------------------

@pytest.mark.parametrize("text, victim, country, orderer", [
    ("A U.S. drone strike ordered by then-President Donald Trump killed Gen. Qasem Soleimani at "
     "Baghdad airport.", SOLEIMANI, USA, TRUMP),
    ("A US drone strike ordered by former President Donald Trump killed Quds Force commander Qasem "
     "Soleimani in January 2020.", SOLEIMANI, USA, TRUMP),
    ("An Israeli strike authorised by then-Prime Minister Ehud Olmert killed Imad Mughniyeh in "
     "Damascus in 2008.", MUGHNIYEH, ISRAEL, OLMERT),
    ("Tehran's anger dates back to 2020, when an American strike ordered by then-President Donald "
     "Trump killed Qassem Soleimani near Baghdad.", SOLEIMANI, USA, TRUMP),
])
def test_strike_ordered_by_then_president_keeps_its_country(shipped, text, victim, country, orderer):
    pairs = _kills(shipped, text)
    assert (victim, country) in pairs
    assert (victim, orderer) in pairs


def test_strike_ordered_by_then_president_names_no_country_when_none_is_told(rules_only):
    text = "A drone strike ordered by then-President Donald Trump killed Qasem Soleimani in Baghdad."
    pairs = _kills(rules_only, text)
    assert (SOLEIMANI, TRUMP) in pairs
    assert (SOLEIMANI, USA) not in pairs


# --- "the most senior X to be killed since a strike killed Y" ------------------------------------

@pytest.mark.parametrize("text, subject, victim, agent", [
    ("Zahedi is the most senior Iranian commander to be killed since a U.S. drone strike ordered by "
     "then-President Donald Trump killed Quds Force commander Qassem Soleimani in January 2020.",
     ZAHEDI, SOLEIMANI, USA),
    ("Aqil is the most senior Hezbollah commander to be killed since an Israeli strike killed Fuad "
     "Shukr in July.", AQIL, SHUKR, ISRAEL),
    ("Tabatabai is the highest-ranking figure to have been killed since Israeli jets killed Hassan "
     "Nasrallah in 2024.", TABATABAI, NASRALLAH, ISRAEL),
])
def test_killed_since_another_killing_gives_the_subject_no_agent(shipped, text, subject, victim,
                                                                 agent):
    pairs = _kills(shipped, text)
    assert (victim, agent) in pairs
    assert not any(v == subject for v, _ in pairs)


def test_killed_by_then_the_most_senior_killed_since_keeps_its_agent(shipped):
    text = ("Zahedi was killed by an Israeli strike in Damascus, the most senior officer killed "
            "since Soleimani.")
    assert (ZAHEDI, ISRAEL) in _kills(shipped, text)


# --- "Also killed in Friday's / the Israeli strike was Y" -------------------------------------------

@pytest.mark.parametrize("second", [
    "Also killed in Friday evening's strike was Ali Karaki, commander of the Southern Front.",
    "Also killed in the Israeli strike was Ali Karaki, a senior commander.",
    "Also killed in Saturday's raid was Ali Karaki, the group's southern front commander.",
    "Also killed in the overnight strike was Ali Karaki.",
])
def test_also_killed_in_a_dated_or_national_strike(shipped, second):
    text = "The IDF said it killed Hassan Nasrallah in a strike on Beirut. " + second
    pairs = _kills(shipped, text)
    assert (NASRALLAH, IDF) in pairs
    assert (KARAKI, IDF) in pairs


def test_also_killed_in_a_separate_strike_is_not_the_same_killing(shipped):
    text = ("The IDF said it killed Hassan Nasrallah in a strike on Beirut. Also killed in a separate "
            "Saturday strike was Ali Karaki.")
    assert (KARAKI, IDF) not in _kills(shipped, text)


# --- «التقى X Y، ثم انتقل إلى المكان واجتمع بـZ» -----------------------------------------------------

@pytest.mark.parametrize("text, traveller, first, second", [
    ("التقى وزير الخارجية الإيراني حسين أمير عبد اللهيان رئيس مجلس النواب نبيه بري، ثم انتقل إلى "
     "السراي الحكومي واجتمع برئيس الحكومة نجيب ميقاتي.", AMIR, BERRI, MIKATI),
    ("التقى الرئيس التركي رجب طيب أردوغان نظيره الإيراني مسعود بزشكيان، ثم انتقل إلى القصر واجتمع "
     "بالرئيس الروسي فلاديمير بوتين.", ERDOGAN, PEZESHKIAN, PUTIN),
    ("اجتمع وزير الخارجية عباس عراقجي برئيس مجلس النواب نبيه بري في عين التينة، ثم انتقل إلى السراي "
     "واجتمع مع رئيس الحكومة نجيب ميقاتي.", ARAGHCHI, BERRI, MIKATI),
    ("التقت الموفدة الأميركية مورغان أورتاغوس رئيس الجمهورية جوزاف عون في بعبدا، ثم انتقلت إلى "
     "السراي الحكومي واجتمعت برئيس الحكومة نواف سلام.", ORTAGUS, AOUN, SALAM),
])
def test_the_traveller_who_moved_on_met_the_second(shipped, text, traveller, first, second):
    met = _met(shipped, text, "ar")
    assert _pair(traveller, first) in met
    assert _pair(traveller, second) in met
    assert _pair(first, second) not in met


def test_moved_on_and_met_nobody_when_the_meeting_was_called_off(shipped):
    text = ("التقى وزير الخارجية الإيراني حسين أمير عبد اللهيان رئيس مجلس النواب نبيه بري، ثم انتقل "
            "إلى السراي الحكومي ولم يجتمع برئيس الحكومة نجيب ميقاتي.")
    met = _met(shipped, text, "ar")
    assert _pair(AMIR, MIKATI) not in met
    assert _pair(BERRI, MIKATI) not in met


# --- «كلّف K النائب الأول لرئيس الجمهورية X ... خلفاً لـY» after a headline naming X ------------------

@pytest.mark.parametrize("headline", [
    "خامنئي يكلّف مخبر بإدارة السلطة التنفيذية\n",
    "قائد الثورة يكلف مخبر بمهام الرئاسة بعد استشهاد رئيسي\n",
    "عاجل | خامنئي يكلف مخبر\n",
])
def test_the_first_deputy_charged_succeeds_not_the_appointer(shipped, headline):
    body = ("كلّف قائد الثورة الإسلامية سماحة آية الله السيد علي الخامنئي، اليوم الاثنين، النائب الأول "
            "لرئيس الجمهورية محمد مخبر بتولي رئاسة السلطة التنفيذية، خلفاً للرئيس الشهيد آية الله "
            "السيد إبراهيم رئيسي.")
    pairs = _succ(shipped, headline + body)
    assert (MOKHBER, RAISI) in pairs
    assert (KHAMENEI, RAISI) not in pairs
