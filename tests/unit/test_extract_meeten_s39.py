"""English meetings, session 39 (our own sentences, not taken from any dev set).

- The Gulf press's spaced styles "H H" (His Highness) and "H E" (His Excellency) before a title
  or a name ("H H the Amir Sheikh X received President H H Sheikh Y"): a style, no person "H H"
  (``not_person_runs_en.spaced_style_en``, read by ``bodies`` and ``title_holders``). Not the
  initials "H. E." of a name, and no meeting when the sentence negates or plans it.
- "X received today, Sunday, the <title>, Y" / "X met yesterday with <title> Y" (the weekday
  between commas after "today", and "with" after the time word: ``subjects._close_object``,
  ``time_apposition_en``). Not "said today, Sunday, ...", nor "met yesterday in P with his aides".
- "The meeting was attended by the Prime Minister and Minister of Foreign Affairs, (H E) Sheikh
  Z": the first title is Z's own, no description of someone named before
  (``appositive_names.compound_title_named_en``), and Z is read after the style and "Sheikh"
  (``protocol_forms.titled_after_by_en``).
- An attendee named after a titled apposition opening the sentence, "The French officer on the
  committee, Gen. Z, was also present" (``meeting_present_more.opening_title_country_en``: his
  country, so a third country's man at a meeting of two met both), and "with Tehran's consul
  general in Erbil, Z, attending" (``appositive_names.apposed_name_en``: an "in P" complement
  before the comma, the description is Z's, no one named before). Not "was not present", nor
  one who only spoke of the talks.
- "X chaired an emergency meeting of the <body>(,) attended by A and B" (``meeting_of_body_en``
  for ``core_recall_meetings.attended_meeting``): all of them met. Not a planned meeting ("will
  chair"), nor "did not attend the meeting of ...", nor "the minutes of the <body>, attended by".
"""

import pytest

from tests.extract_support import MW, assert_relations

HADDAD, NOUR = "person:karim-haddad", "person:salem-nour"
MANSOUR = "person:adel-mansour"
HH, HE = "person:h-h", "person:h-e"
HAYKAL = "person:rodolphe-haykal"

# (name, text, lang, must, must_not)
CASES = [
 ("received_today_weekday_in_presence",
  "Prime Minister Karim Haddad received today, Sunday, the Special Representative of the UN "
  "Secretary-General and Head of UNAMI, Dr. Salem Nour, in the presence of Deputy Prime "
  "Minister and Minister of Foreign Affairs Adel Mansour.", "en",
  [MW(HADDAD, NOUR), MW(MANSOUR, HADDAD), MW(MANSOUR, NOUR)], []),
 ("met_yesterday_with_long_title",
  "Doha: The Amir Sheikh Karim Haddad met yesterday with President of the State of Palestine "
  "Salem Nour on the sidelines of the emergency summit held in Doha to discuss the attack.",
  "en", [MW(HADDAD, NOUR)], []),
 ("attended_by_compound_title_styled",
  "Karim Haddad's visit to Doha ends\nDoha: President Karim Haddad received Foreign Minister "
  "Salem Nour at the palace on Monday. The meeting was attended by the Prime Minister and "
  "Minister of Foreign Affairs, H E Sheikh Adel Mansour.", "en",
  [MW(HADDAD, NOUR), MW(MANSOUR, HADDAD), MW(MANSOUR, NOUR)], []),
 ("spaced_styles_received",
  "Doha: H H the Amir Sheikh Karim Haddad received at Qasr Palace yesterday President H H Sheikh "
  "Salem Nour, who arrived on a short visit.", "en", [MW(HADDAD, NOUR)],
  [MW(HH, HADDAD), MW(HH, NOUR)]),
 ("opening_title_country_also_present",
  "Army commander Gen. Rudolphe Haykal met US Lt. Gen. Salem Nour in Beirut on Friday. The "
  "French officer on the committee, Gen. Adel Mansour, was also present.", "en",
  [MW(HAYKAL, NOUR), MW(MANSOUR, HAYKAL), MW(MANSOUR, NOUR)], []),
 ("with_consul_in_place_attending",
  "Kurdistan Region President Karim Haddad later received the Iranian general Salem Nour, with "
  "Tehran's consul general in Erbil, Adel Mansour, attending the meeting, a statement said.",
  "en", [MW(HADDAD, NOUR), MW(MANSOUR, HADDAD), MW(MANSOUR, NOUR)], []),
 ("chaired_meeting_of_body_attended_by",
  "Prime Minister Karim Haddad chaired an emergency meeting of the Supreme Defence Council, "
  "attended by Army Commander Salem Nour and Interior Minister Adel Mansour.", "en",
  [MW(HADDAD, NOUR), MW(HADDAD, MANSOUR), MW(NOUR, MANSOUR)], []),
 ("chaired_meeting_of_lowercase_body",
  "Prime Minister Karim Haddad chaired a meeting of the national crisis committee attended by "
  "Army Commander Salem Nour and Interior Minister Adel Mansour.", "en",
  [MW(HADDAD, NOUR), MW(HADDAD, MANSOUR), MW(NOUR, MANSOUR)], []),
 # negatives
 ("will_chair_meeting_of_body",
  "Prime Minister Karim Haddad will chair a meeting of the Supreme Defence Council, attended by "
  "Army Commander Salem Nour, next week.", "en", [], [MW(HADDAD, NOUR)]),
 ("did_not_attend_meeting_of_body",
  "Prime Minister Karim Haddad did not attend the meeting of the Supreme Defence Council, "
  "attended by Army Commander Salem Nour.", "en", [], [MW(HADDAD, NOUR)]),
 ("minutes_of_body_attended_by",
  "Prime Minister Karim Haddad criticised the minutes of the Supreme Defence Council, attended by "
  "Army Commander Salem Nour.", "en", [], [MW(HADDAD, NOUR)]),
 ("opening_title_country_not_present",
  "Army commander Gen. Rudolphe Haykal met US Lt. Gen. Salem Nour in Beirut on Friday. The "
  "French officer on the committee, Gen. Adel Mansour, was not present.", "en",
  [MW(HAYKAL, NOUR)], [MW(MANSOUR, HAYKAL), MW(MANSOUR, NOUR)]),
 ("opening_title_country_only_spoke",
  "Army commander Gen. Rudolphe Haykal met US Lt. Gen. Salem Nour in Beirut on Friday. The "
  "French officer on the committee, Gen. Adel Mansour, said the talks were useful.", "en",
  [MW(HAYKAL, NOUR)], [MW(MANSOUR, HAYKAL), MW(MANSOUR, NOUR)]),
 ("said_today_weekday",
  "Prime Minister Karim Haddad said today, Sunday, the Special Representative of the UN "
  "Secretary-General and Head of UNAMI, Dr. Salem Nour, would come soon.", "en", [],
  [MW(HADDAD, NOUR)]),
 ("met_yesterday_in_place_with_aides",
  "Karim Haddad met yesterday in Amman with his aides, a day before President Salem Nour "
  "arrived.", "en", [], [MW(HADDAD, NOUR)]),
 ("compound_title_said_not_attended",
  "President Karim Haddad received Foreign Minister Salem Nour at the palace on Monday. The "
  "Prime Minister and Minister of Foreign Affairs, Sheikh Adel Mansour, said later he had not "
  "attended.", "en", [MW(HADDAD, NOUR)], [MW(MANSOUR, HADDAD), MW(MANSOUR, NOUR)]),
 ("spaced_styles_negated",
  "Doha: H H the Amir Sheikh Karim Haddad did not receive President H H Sheikh Salem Nour, who "
  "arrived on a short visit.", "en", [], [MW(HADDAD, NOUR), MW(HH, HADDAD), MW(HH, NOUR)]),
 ("spaced_styles_planned",
  "Doha: H H the Amir Sheikh Karim Haddad will receive President H E Salem Nour next week.", "en",
  [], [MW(HADDAD, NOUR), MW(HE, HADDAD), MW(HH, NOUR)]),
]


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_meeten_s39(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
