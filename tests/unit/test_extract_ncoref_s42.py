"""Coreference on the new batches, session 42 (our own sentences, not taken from any dev set).

- A companion told in the sentence right after a meeting (``accompanied_next_en``): "X held
  talks with Y. A accompanied X / the minister, ..." -> A met X and Y. Not when the clause
  denies it ("accompanied X but did not attend the meeting"), not a trip ("accompanied X to
  Amman"), not with no meeting in the sentence before, nor a text cut right after the cue.
- "The envoys (later) met Y" after "A delegation led by A and including B held talks with X":
  A and B met Y (``meetings_en.delegations_en``, "envoys" as "the visitors"); the body the
  delegation came from is not paired with Y; nothing with no delegation told before.
- "the new <title>" backed by a replacement told farther back than three sentences, whose
  incoming holder "took over as" that office (``desc_took_over_as_en``): one holder only, and
  not one replaced in turn since.
"""

import pytest

from tests.extract_support import MW, assert_relations

HADDAD, NOUR = "person:karim-haddad", "person:salem-nour"
MANSOUR, FARES = "person:adel-mansour", "person:tarek-fares"

# (name, text, lang, must, must_not)
CASES = [
 ("companion_next_sentence_by_name",
  "Foreign Minister Karim Haddad held talks with Prime Minister Salem Nour in Amman on "
  "Tuesday. Army chief General Tarek Fares accompanied Haddad, the ministry said.", "en",
  [MW(HADDAD, NOUR), MW(FARES, NOUR), MW(FARES, HADDAD)], []),
 ("companion_next_sentence_then_attended_by",
  "Foreign Minister Karim Haddad called on Prime Minister Salem Nour in Amman on Tuesday. "
  "General Tarek Fares accompanied Haddad, and the meeting was also attended by Interior "
  "Minister Adel Mansour.", "en",
  [MW(HADDAD, NOUR), MW(FARES, NOUR), MW(MANSOUR, NOUR), MW(MANSOUR, FARES)], []),
 ("the_envoys_later_met",
  "A delegation of the Arab League led by former president Karim Haddad and including "
  "Foreign Minister Tarek Fares held talks in Amman on Saturday with General Salem Nour. "
  "The envoys later met Prime Minister Adel Mansour at his office.", "en",
  [MW(HADDAD, NOUR), MW(HADDAD, MANSOUR), MW(FARES, MANSOUR)],
  [("MET_WITH", "organization:arab-league", MANSOUR)]),
 ("the_new_army_chief_far_back",
  "General Karim Haddad on Tuesday took over as the country's chief of the army staff, replacing General Tarek Fares. "
  "The handover took place at the headquarters. "
  "Minister Adel Mansour praised the army on Wednesday. "
  "The cabinet met on Monday. Officials praised the calm transition. "
  "Later in the day, the new army chief called on Prime Minister Salem Nour.", "en",
  [MW(HADDAD, NOUR)], [MW(MANSOUR, NOUR), MW(FARES, NOUR)]),
 # negatives
 ("the_new_army_chief_replaced_since",
  "General Karim Haddad on Tuesday took over as the country's chief of the army staff, replacing General Tarek Fares. "
  "The handover took place at the headquarters. "
  "Minister Adel Mansour praised the army on Wednesday. "
  "The cabinet met on Monday. Officials praised the calm transition. "
  "General Fadi Jaber took over from Haddad on Friday. "
  "Later in the day, the new army chief called on Prime Minister Salem Nour.", "en",
  [], [MW(HADDAD, NOUR)]),
 ("cut_after_the_new_army_chief",
  "General Karim Haddad on Tuesday took over as the country's chief of the army staff, replacing General Tarek Fares. "
  "The handover took place at the headquarters. "
  "Minister Adel Mansour praised the army on Wednesday. "
  "The cabinet met on Monday. Officials praised the calm transition. "
  "Later in the day, the new army chief", "en", [], []),
 ("the_envoys_no_delegation_before",
  "Prime Minister Adel Mansour praised the budget on Saturday, with Karim Haddad at his side. "
  "The envoys later met General Salem Nour.", "en",
  [], [MW(HADDAD, NOUR), MW(MANSOUR, NOUR)]),
 ("cut_after_the_envoys",
  "A delegation led by former president Karim Haddad held talks in Amman on Saturday with "
  "General Salem Nour. The envoys", "en", [MW(HADDAD, NOUR)], []),
 ("companion_denied",
  "Foreign Minister Karim Haddad held talks with Prime Minister Salem Nour in Amman on "
  "Tuesday. Army chief General Tarek Fares accompanied Haddad but did not attend the talks.",
  "en", [MW(HADDAD, NOUR)], [MW(FARES, NOUR)]),
 ("companion_on_trip_only",
  "Foreign Minister Karim Haddad held talks with Prime Minister Salem Nour in Amman on "
  "Tuesday. Army chief General Tarek Fares accompanied Haddad to Cairo on Friday.", "en",
  [MW(HADDAD, NOUR)], [MW(FARES, NOUR)]),
 ("companion_no_meeting_before",
  "Prime Minister Salem Nour praised the new budget on Tuesday. Army chief General Tarek "
  "Fares accompanied Foreign Minister Karim Haddad, the ministry said.", "en",
  [], [MW(FARES, NOUR), MW(FARES, HADDAD)]),
 ("cut_after_accompanied",
  "Foreign Minister Karim Haddad held talks with Prime Minister Salem Nour in Amman on "
  "Tuesday. Army chief General Tarek Fares accompanied", "en",
  [MW(HADDAD, NOUR)], [MW(FARES, NOUR)]),
]


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_ncoref_s42(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
