"""English attendees of a meeting (session 19, second round, ``meeting_attended``): "X, the
<title>, attended the meeting" (the attendee before an apposition) and "A, B and C were (also)
present" (no "with"): they met the meeting's other side (``meeting_sides_en.side_partners``).
"with X(, now <title>,) in attendance" likewise. "A accompanied X in both meetings"
(``meeting_sides_en._accompanied_in_meetings``): A met X and X's partners there. Our own sentences, not taken from any dev set.

Negatives: no meeting of the text ("attended a conference", "were present at a forum"), and
the attendee's own side is not read as met. An attendee of a third country at a meeting of two
("in talks also attended by Iranian minister C") met both (``_third_country``, as "with C also
at the table" since session 19).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUDANI, ERDOGAN = "person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan"
FIDAN, HUSSEIN = "person:hakan-fidan", "person:fuad-hussein"
ARAGHCHI = "person:abbas-araghchi"
MEETING = ("Iraqi Prime Minister Mohammed Shia al-Sudani received Turkish President Recep "
           "Tayyip Erdogan in Baghdad on Monday. ")

# (name, lang, text, must, must_not)
CASES = [
 ("apposition_attended", "en", MEETING + "Hakan Fidan, the Turkish foreign minister, attended "
  "the meeting, the premier's office said.", [MW(FIDAN, SUDANI), MW(FIDAN, ERDOGAN)], []),
 ("apposition_no_meeting", "en", MEETING + "Hakan Fidan, the Turkish foreign minister, "
  "attended a conference in Doha later.", [], [MW(FIDAN, SUDANI)]),
 ("were_present", "en", MEETING + "Foreign Minister Hakan Fidan and Iraqi Foreign Minister "
  "Fuad Hussein were also present, according to the statement.",
  [MW(FIDAN, SUDANI), MW(HUSSEIN, ERDOGAN), MW(FIDAN, ERDOGAN)], []),
 ("present_elsewhere", "en", MEETING + "Foreign Minister Hakan Fidan and Iraqi Foreign "
  "Minister Fuad Hussein were present at a forum in Erbil.", [],
  [MW(FIDAN, SUDANI), MW(HUSSEIN, ERDOGAN)]),
 ("third_country_attended_by", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish "
  "President Recep Tayyip Erdogan in Baghdad, in talks also attended by Iranian Foreign "
  "Minister Abbas Araghchi.", [MW(ARAGHCHI, SUDANI), MW(ARAGHCHI, ERDOGAN)], []),
 ("own_side_attended_by", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish "
  "President Recep Tayyip Erdogan in Baghdad, in talks also attended by Turkish Foreign "
  "Minister Hakan Fidan.", [MW(FIDAN, SUDANI), MW(FIDAN, ERDOGAN)], []),
 ("with_in_attendance", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish "
  "President Recep Tayyip Erdogan in Ankara, with Hakan Fidan, now the foreign minister, in "
  "attendance.", [MW(FIDAN, SUDANI), MW(FIDAN, ERDOGAN)], []),
 ("attendance_noun", "en", "Iraqi Prime Minister Mohammed Shia al-Sudani met Turkish President "
  "Recep Tayyip Erdogan in Ankara, and Hakan Fidan praised the attendance of the talks.",
  [], [MW(FIDAN, SUDANI)]),
 ("accompanied_in_both", "en", MEETING + "Al-Sudani later held a separate meeting with "
  "Iranian Foreign Minister Abbas Araghchi. Iraqi Foreign Minister Fuad Hussein accompanied "
  "al-Sudani in both meetings.",
  [MW(HUSSEIN, SUDANI), MW(HUSSEIN, ERDOGAN), MW(HUSSEIN, ARAGHCHI)], []),
 ("accompanied_elsewhere", "en", MEETING + "Iraqi Foreign Minister Fuad Hussein accompanied "
  "al-Sudani to the airport.", [], [MW(HUSSEIN, ERDOGAN)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_attended_en(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
