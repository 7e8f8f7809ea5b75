"""Session 65 (blind65f): fixes after the first contact of blind set OK-OL (Yemen 2015-2024: the
Saudi-led coalition and the Houthis, Mahdi al-Mashat, Rashad al-Alimi, the UN envoys, written
blind), each read in several paraphrases of other outlets, people and clitics.

- Meetings, Arabic: a host whose title stands between commas, then a day-or-place aside, then a
  titled guest, «استقبل الرئيس X، رئيس مجلس القيادة الرئاسي، اليوم، المبعوث الأممي Y»: the body
  of the host's title is no guest; the guest is the person after the aside, as without the
  first comma (``meeting_titled_subject_ar.past_subject_title_ar``). Not a negated or planned
  reception, nor an unnamed guest.
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
