"""Session 65 (guest65): meetings around hosts, guests and designations that the blind writers of
sets OG-OH and OI-OJ saw lost, each read in several paraphrases.

- Meetings, Arabic: the designation formula "استدعى X Y إلى بعبدا، حيث التقاه / أبلغه
  بالتكليف"، "واستقبله"، "ثم اجتمع به"، "فالتقاه": X met Y, and the attendees of "بحضور /
  في حضور Z" after it met both (``meeting_summoned_ar``, read from ``meetings_ar``; the
  attendees by ``meeting_attended_ar.present_ar``). Not a body's summons ("استدعت الخارجية
  السفير")، a summons alone ("للتشاور")، a meeting clause with a subject of its own ("حيث
  استقبله Z") or a summons negated or planned.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

AOUN, DIAB, BERRI = "person:michel-aoun", "person:hassan-diab", "person:nabih-berri"
SULEIMAN, MIKATI, SALAM = "person:michel-suleiman", "person:najib-mikati", "person:tammam-salam"
ADIB, HARIRI = "person:mustafa-adib", "person:saad-hariri"


# --- the designation formula «استدعى X Y إلى بعبدا، حيث التقاه» ------------------------------

@pytest.mark.parametrize("text, x, y, z", [
    ("واستدعى الرئيس اللبناني ميشال عون حسان دياب إلى قصر بعبدا، حيث التقاه بحضور رئيس البرلمان "
     "نبيه بري، وفق بيان للرئاسة اللبنانية.", AOUN, DIAB, BERRI),
    ("كلّف الرئيس اللبناني ميشال عون، الخميس، وزير التربية الأسبق حسان دياب بتشكيل حكومة جديدة. "
     "واستدعى عون دياب إلى قصر بعبدا، حيث التقاه بحضور رئيس البرلمان نبيه بري.", AOUN, DIAB, BERRI),
    ("استدعى الرئيس ميشال سليمان نجيب ميقاتي إلى بعبدا حيث أبلغه بالتكليف، بحضور رئيس مجلس النواب "
     "نبيه بري.", SULEIMAN, MIKATI, BERRI),
    ("واستدعى رئيس الجمهورية ميشال عون السفير مصطفى أديب إلى القصر الجمهوري صباح الاثنين، "
     "واستقبله بحضور رئيس مجلس النواب نبيه بري.", AOUN, ADIB, BERRI),
    ("استدعى الرئيس ميشال سليمان تمام سلام إلى قصر بعبدا، ثم اجتمع به في حضور الرئيس نبيه بري.",
     SULEIMAN, SALAM, BERRI),
    ("كلّف الرئيس ميشال عون سعد الحريري تشكيل الحكومة. واستدعى عون الحريري إلى القصر، فالتقاه في "
     "حضور نبيه بري.", AOUN, HARIRI, BERRI),
])
def test_the_summoned_designee_met_the_president_and_the_attendee(shipped, text, x, y, z):
    met = _met(shipped, text, "ar")
    assert {_pair(x, y), _pair(x, z), _pair(y, z)} <= met


@pytest.mark.parametrize("text, x, y", [
    # a meeting clause with a subject of its own: Berri's reception, not Aoun's
    ("استدعى الرئيس ميشال عون حسان دياب إلى قصر بعبدا، حيث استقبله رئيس البرلمان نبيه بري.",
     AOUN, DIAB),
    # negated, planned
    ("ولم يستدع الرئيس ميشال عون حسان دياب إلى قصر بعبدا بعد، ولم يلتقه.", AOUN, DIAB),
    ("ومن المقرر أن يستدعي الرئيس ميشال سليمان نجيب ميقاتي إلى بعبدا، حيث يبلغه بالتكليف.",
     SULEIMAN, MIKATI),
    # a summons alone, no meeting clause
    ("واستدعى الرئيس ميشال عون حسان دياب إلى قصر بعبدا صباح الخميس للاستشارات.", AOUN, DIAB),
])
def test_no_meeting_without_the_summoner_meeting_clause(rules_only, text, x, y):
    assert _pair(x, y) not in _met(rules_only, text, "ar")

