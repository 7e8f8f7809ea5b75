"""Session 65 (blind65f): fixes after the first contact of blind set OK-OL (Yemen 2015-2024: the
Saudi-led coalition and the Houthis, Mahdi al-Mashat, Rashad al-Alimi, the UN envoys, written
blind), each read in several paraphrases of other outlets, people and clitics.

- Meetings, Arabic: a host whose title stands between commas, then a day-or-place aside, then a
  titled guest, «استقبل الرئيس X، رئيس مجلس القيادة الرئاسي، اليوم، المبعوث الأممي Y»: the body
  of the host's title is no guest; the guest is the person after the aside, as without the
  first comma (``meeting_titled_subject_ar.past_subject_title_ar``). Not a negated or planned
  reception, nor an unnamed guest.
- Killings, English: a victim's apposition closed by a comma before the passive, "X, the group's
  most senior official after its leader, was killed in an air strike by Z": its "after" is part
  of the noun phrase and opens no clause, so the victim is X, not the one named after "after"
  ("X, the second most powerful man in Hamas after Y, was killed ..." was read as Y's killing)
  (``killing_rules_en``, the passive's victim). Not with no stated agent, nor a negated killing;
  "X, who rose to lead the group after Y was killed by A, was killed by B" keeps both.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

ALIMI, GRUNDBERG, MASHAT, GRIFFITHS = ("person:rashad-al-alimi", "person:hans-grundberg",
                                       "person:mahdi-al-mashat", "person:martin-griffiths")
SUDANI, HASSAN, BERRI = "person:mohammed-shia-al-sudani", "person:mohamed-al-hassan", "person:nabih-berri"
BINMUBARAK = "person:ahmed-awad-bin-mubarak"


# --- a host's title between commas, an aside, a titled guest ----------------------------------

@pytest.mark.parametrize("text, host, guest", [
    ("استقبل الرئيس رشاد العليمي، رئيس مجلس القيادة الرئاسي، اليوم، المبعوث الأممي هانس "
     "غروندبرغ.", ALIMI, GRUNDBERG),
    ("استقبل محمد شياع السوداني، رئيس مجلس الوزراء، اليوم الأحد، المبعوث الأممي محمد الحسان.",
     SUDANI, HASSAN),
    ("التقى نبيه بري، رئيس مجلس النواب، مساء أمس، المبعوث الأممي هانس غروندبرغ.", BERRI, GRUNDBERG),
    ("استقبل مهدي المشاط، رئيس المجلس السياسي الأعلى، اليوم بصنعاء، المبعوث الأممي مارتن غريفيث.",
     MASHAT, GRIFFITHS),
])
def test_the_guest_after_a_title_between_commas_and_an_aside(rules_only, text, host, guest):
    assert _pair(host, guest) in _met(rules_only, text, "ar")


def test_the_guest_and_the_attendee_in_a_state_agency_report(shipped):
    text = ("استقبل فخامة الرئيس الدكتور رشاد محمد العليمي، رئيس مجلس القيادة الرئاسي، اليوم، المبعوث "
            "الخاص للأمين العام للأمم المتحدة إلى اليمن هانس غروندبرغ، بحضور وزير الخارجية وشؤون "
            "المغتربين الدكتور أحمد عوض بن مبارك.")
    assert {_pair(ALIMI, GRUNDBERG), _pair(BINMUBARAK, ALIMI),
            _pair(BINMUBARAK, GRUNDBERG)} <= _met(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "لم يستقبل الرئيس رشاد العليمي، رئيس مجلس القيادة الرئاسي، اليوم، المبعوث الأممي هانس غروندبرغ.",
    "ومن المقرر أن يستقبل الرئيس رشاد العليمي، رئيس مجلس القيادة الرئاسي، غداً، المبعوث الأممي هانس "
    "غروندبرغ.",
])
def test_a_negated_or_planned_reception_is_no_meeting(shipped, text):
    assert _pair(ALIMI, GRUNDBERG) not in _met(shipped, text, "ar")


def test_the_body_of_the_hosts_title_is_not_met(rules_only):
    text = "استقبل الرئيس رشاد العليمي، رئيس مجلس القيادة الرئاسي، اليوم، المبعوث الأممي هانس غروندبرغ."
    met = _met(rules_only, text, "ar")
    assert not any("organization:" in a or "organization:" in b for a, b in met)


# --- an "after" inside a closed apposition of the victim --------------------------------------

SAMMAD, COALITION, ISRAEL = "person:saleh-al-sammad", "organization:saudi-led-coalition", "country:israel"
SHUKR, MUGHNIYEH, HANIYEH, SINWAR = ("person:fuad-shukr", "person:imad-mughniyeh", "person:ismail-haniyeh",
                                     "person:yahya-sinwar")
AROURI, NASRALLAH = "person:saleh-al-arouri", "person:hassan-nasrallah"


def _killed(extractor, text):
    return {(r["source"], r["target"]) for r in extractor.extract(text, lang="en")["relations"]
            if r["type"] == "ASSASSINATED_BY"}


@pytest.mark.parametrize("text, victim, agent, other", [
    ("Saleh al-Sammad, the president of the council and the group's most senior official after its "
     "leader, was killed in an air strike by the Saudi-led coalition.", SAMMAD, COALITION, None),
    ("Fuad Shukr, Hezbollah's top military commander after the death of Imad Mughniyeh, was killed by "
     "an Israeli strike in Beirut.", SHUKR, ISRAEL, MUGHNIYEH),
    ("Ismail Haniyeh, the second most powerful man in Hamas after Yahya Sinwar, was killed in an "
     "Israeli strike in Tehran.", HANIYEH, ISRAEL, SINWAR),
    ("Saleh al-Arouri, Hamas's deputy political chief and its most senior figure in Lebanon after the "
     "war began, was killed in an Israeli drone strike in Beirut.", AROURI, ISRAEL, None),
])
def test_an_after_inside_the_victims_apposition_opens_no_clause(rules_only, text, victim, agent, other):
    killed = _killed(rules_only, text)
    assert (victim, agent) in killed
    assert other is None or (other, agent) not in killed


@pytest.mark.parametrize("text", [
    "Saleh al-Sammad, the group's most senior official after its leader, was killed in an air strike "
    "in Hodeidah.",
    "Saleh al-Sammad, the group's most senior official after its leader, was not killed by the "
    "Saudi-led coalition, the group said.",
])
def test_no_agent_or_a_negated_killing_is_no_relation(shipped, text):
    assert not any(v == SAMMAD for v, _ in _killed(shipped, text))


def test_an_after_clause_of_a_relative_keeps_its_own_victim(rules_only):
    text = ("Abu Bakr al-Baghdadi, who rose to lead the group after Abu Omar al-Baghdadi was killed by US "
            "forces, was killed in a raid by US special forces.")
    victims = {v for v, _ in _killed(rules_only, text)}
    assert {"person:abu-bakr-al-baghdadi", "person:abu-omar-al-baghdadi"} <= victims
