"""Session 58 (blind58b): relations missed on the blind set LT-LU (the Gaza war and Lebanon,
2023-2025), written blind in the manner of an American scoop site, a Lebanese TV site, an
Israeli news site, a Qatari daily, a British profile, a Palestinian daily, a Lebanese
opposition daily, a European TV site, an Iranian Arabic TV site, an Israeli TV channel's
English site, a Washington background brief and an Egyptian TV site; each case is a general
construction seen there, tested on fresh sentences.

- Names: an English title followed by "-designate" / "-elect" before a name is still the
  title, so "met President Joseph Aoun and Prime Minister-designate Nawaf Salam" is a list of
  two people met (``titles._titles``); "joined by the Prime Minister-designate." (no name
  after it) stays as it was.
- Killings: a companion killed "along / together with the commander of the Khan Younis
  Brigade, Y" (a description opened by the / his, closed by a comma before the name) shares
  the killer (``core_recall_kill._apposed_companion_en``); not a country or body after the
  comma.
- Killings: the killer's own statement with a full date between the verb of saying and its
  clause, "The Israeli military said on October 22(, 2024,) that it had killed him"
  (``kill_said_it._date_part``); not a claim about other victims.
- Names: Arabic "نجله / ابنه / شقيقه X" after a person named by his family name takes that
  family name ("نجا منها الحية ... مقتل نجله همام": Hammam al-Hayya, not a new "Humam";
  ``kin_family_ar.py``).
- Meetings: an attendee "في حضور المعاون السياسي لبري النائب X" is X, not the possessor named
  inside his title (``meeting_attended_ar.present_ar`` now asks
  ``meeting_attend_forms.attendee_mention_ar``, as the "حضر" forms did).
- Meetings: a mediator "X, President Biden's senior adviser, who shuttled between A, <an
  apposition>, and B" met A and B: the head of the "who" clause past an apposition, and the
  second side past the first side's apposition (``meeting_shuttle._relative_head``,
  ``_apposed_next``); not a speaker after the second side ("..., and B, Netanyahu said").
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

MACRON, AOUN, SALAM = "person:emmanuel-macron", "person:joseph-aoun", "person:nawaf-salam"
DEIF, SALAMA, IAF, ISRAEL = ("person:mohammed-deif", "person:rafa-salama",
                             "organization:israeli-air-force", "country:israel")
SAFIEDDINE, IDF = "person:hashem-safieddine", "organization:israel-defense-forces"
HAYYA, HAMMAM = "person:khalil-al-hayya", "person:hammam-al-hayya"
DERMER, NETANYAHU = "person:ron-dermer", "person:benjamin-netanyahu"
HOCHSTEIN, BERRI, KHALIL = ("person:amos-hochstein", "person:nabih-berri",
                            "person:ali-hassan-khalil")


def _killed(ex, text, lang="en"):
    return relation_pairs(ex, text, "ASSASSINATED_BY", lang)


# --- "-designate" / "-elect" titles in a list ----------------------------------------------

@pytest.mark.parametrize("text", [
    "French President Emmanuel Macron met President Joseph Aoun and Prime Minister-designate "
    "Nawaf Salam on Friday.",
    "Emmanuel Macron later held a three-way meeting with President Joseph Aoun and Prime "
    "Minister-designate Nawaf Salam at the Baabda palace.",
])
def test_designate_title_in_a_list_of_people_met(shipped, text):
    met = _met(shipped, text)
    assert _pair(MACRON, AOUN) in met
    assert _pair(MACRON, SALAM) in met


def test_designate_description_without_a_name_is_no_new_partner(shipped):
    text = ("Four days later, Judge Nawaf Salam was designated Prime Minister, and on February 8 "
            "he formed the government that replaced the outgoing cabinet of Najib Mikati. "
            "French President Emmanuel Macron came to Baabda on January 17 to congratulate the "
            "new head of State, and the two men then held a working lunch joined by the Prime "
            "Minister-designate.")
    assert not any("person:najib-mikati" in p for p in _met(shipped, text))


# --- a companion killed "together with the <title>, Y" -------------------------------------

@pytest.mark.parametrize("text, agent", [
    ("Mohammed Deif was killed in a strike by the Israeli Air Force in al-Mawasi in July "
     "together with the commander of the Khan Younis Brigade, Rafa Salama.", IAF),
    ("Mohammed Deif was killed in an Israeli air strike in July along with the commander of "
     "the Khan Younis Brigade, Rafa Salama.", ISRAEL),
    ("Mohammed Deif was killed in an Israeli air strike in July together with the Khan Younis "
     "Brigade commander, Rafa Salama.", ISRAEL),
])
def test_companion_after_a_titled_description(shipped, text, agent):
    killed = _killed(shipped, text)
    assert (DEIF, agent) in killed
    assert (SALAMA, agent) in killed


def test_no_companion_when_a_country_follows_the_comma(shipped):
    text = ("Mohammed Deif was killed in an Israeli air strike in July along with the commander "
            "of the Khan Younis Brigade, Israel said.")
    killed = _killed(shipped, text)
    assert (DEIF, ISRAEL) in killed
    assert all(v == DEIF for v, _a in killed)


# --- "said on <date> that it had killed him" -----------------------------------------------

@pytest.mark.parametrize("date", ["on October 22", "on October 22, 2024,"])
def test_killer_said_on_a_full_date_that_it_killed_him(shipped, date):
    text = ("Hashem Safieddine, the head of Hezbollah's executive council, was killed in a "
            f"strike on Beirut in early October. The Israeli military said {date} that it had "
            "killed him.")
    assert (SAFIEDDINE, IDF) in _killed(shipped, text)


def test_a_claim_about_other_victims_names_no_killer(shipped):
    text = ("Hashem Safieddine was killed in a strike on Beirut in early October. Hezbollah "
            "said on October 23 that it had killed five soldiers.")
    assert not any(v == SAFIEDDINE for v, _a in _killed(shipped, text))


# --- Arabic "نجله X" takes the family name of the person before --------------------------

@pytest.mark.parametrize("text", [
    "والتقى الوسطاء وفد حركة حماس برئاسة خليل الحية. ويأتي ذلك بعد شهر من الغارة الإسرائيلية "
    "على مقر قيادة حماس في الدوحة، التي نجا منها الحية، وأسفرت عن مقتل نجله همام.",
    "وقال خليل الحية إن الغارة الإسرائيلية على الدوحة أسفرت عن مقتل نجله همام.",
])
def test_ar_son_named_by_given_name_takes_the_family(shipped, text):
    ids = entity_ids(shipped, text, "ar")
    assert HAMMAM in ids
    assert "person:humam" not in ids
    assert (HAMMAM, ISRAEL) in _killed(shipped, text, "ar")


# --- Arabic attendee titled as someone's aide ------------------------------------------------

@pytest.mark.parametrize("aide", ["المعاون السياسي لبري النائب علي حسن خليل",
                                  "المعاون السياسي لرئيس المجلس النائب علي حسن خليل"])
def test_ar_attendee_titled_as_an_aide_of_the_host(shipped, aide):
    text = ("والتقى الموفد الأميركي آموس هوكستين رئيس مجلس النواب نبيه بري في عين التينة، في "
            f"حضور {aide}.")
    met = _met(shipped, text, "ar")
    assert _pair(HOCHSTEIN, BERRI) in met
    assert _pair(HOCHSTEIN, KHALIL) in met
    assert _pair(BERRI, KHALIL) in met


# --- a mediator shuttling between two sides told with appositions --------------------------

@pytest.mark.parametrize("text", [
    "The November 27 ceasefire was brokered by Amos Hochstein, President Biden's senior "
    "adviser, who shuttled between Lebanese Parliament Speaker Nabih Berri, Hezbollah's "
    "designated interlocutor, and Israeli Minister for Strategic Affairs Ron Dermer.",
    "Amos Hochstein shuttled between Lebanese Parliament Speaker Nabih Berri, Hezbollah's "
    "designated interlocutor, and Israeli minister Ron Dermer.",
    "Amos Hochstein, who shuttled between Nabih Berri and Ron Dermer, said a deal was close.",
])
def test_shuttle_between_sides_with_appositions(shipped, text):
    met = _met(shipped, text)
    assert _pair(HOCHSTEIN, BERRI) in met
    assert _pair(HOCHSTEIN, DERMER) in met
    assert _pair(BERRI, DERMER) not in met


def test_shuttle_second_side_is_not_a_later_speaker(rules_only):
    text = ("Amos Hochstein shuttled between Nabih Berri, who heads the Amal movement, and Ron "
            "Dermer, Netanyahu said.")
    met = _met(rules_only, text)
    assert _pair(HOCHSTEIN, DERMER) in met
    assert _pair(HOCHSTEIN, NETANYAHU) not in met
