"""English companions named after the meeting (session 36, ``meeting_trailing_companions_en``):
"X met Y ..., joined by A and B" / ", accompanied by A": the companions met both principals and
each other. Not when the companion phrase stands before the partner ("X, accompanied by A, was
received by Y": often only the traveller's escort), nor a remote joiner, a planned meeting or a
phrase without a comma. Our own sentences, not taken from any dev set."""

import pytest

from tests.extract_support import MW, assert_relations

BLINKEN, NETANYAHU, DERMER = ("person:antony-blinken", "person:benjamin-netanyahu",
                              "person:ron-dermer")
FIDAN, ARAGHCHI, HUSSEIN = "person:hakan-fidan", "person:abbas-araghchi", "person:fuad-hussein"
SUDANI = "person:mohammed-shia-al-sudani"
KATZ, ZAMIR, BAR, BARNEA = ("person:israel-katz", "person:eyal-zamir", "person:ronen-bar",
                            "person:david-barnea")

# (name, text, lang, must, must_not)
CASES = [
 ("joined_by_two_after_meeting",
  "Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu in Tel Aviv on "
  "Monday, joined by Israeli minister Ron Dermer and Foreign Minister Hakan Fidan, officials "
  "said.", "en",
  [MW(BLINKEN, NETANYAHU), MW(DERMER, BLINKEN), MW(DERMER, NETANYAHU), MW(FIDAN, BLINKEN),
   MW(FIDAN, NETANYAHU), MW(DERMER, FIDAN)], []),
 ("accompanied_by_after_received",
  "Iraqi Prime Minister Mohammed Shia al-Sudani received Iranian Foreign Minister Abbas "
  "Araghchi at the government palace on Sunday, accompanied by Foreign Minister Fuad Hussein.",
  "en", [MW(SUDANI, ARAGHCHI), MW(HUSSEIN, SUDANI), MW(HUSSEIN, ARAGHCHI)], []),
 ("accompanied_by_long_title",
  "Hakan Fidan paid a visit to Abbas Araghchi in Tehran, accompanied by the Iraqi government's "
  "top diplomat, Dr. Fuad Hussein, to discuss the border.", "en",
  [MW(FIDAN, ARAGHCHI), MW(HUSSEIN, FIDAN), MW(HUSSEIN, ARAGHCHI)], []),
 # negatives
 ("companion_before_partner",
  "Abbas Araghchi, accompanied by Hakan Fidan, was received by Fuad Hussein in Baghdad.", "en",
  # (session 45, compdeleg: the companion of the aside met the host too, as enHO5 and the
  # newest dev writers pair it)
  [MW(FIDAN, HUSSEIN)], []),
 ("remote_joiner",
  "Antony Blinken met Benjamin Netanyahu in Jerusalem, joined by video link from Ankara, and "
  "Hakan Fidan later called them.", "en", [], [MW(FIDAN, BLINKEN), MW(FIDAN, NETANYAHU)]),
 ("planned_meeting",
  "Antony Blinken will meet Benjamin Netanyahu next week, accompanied by Ron Dermer.", "en",
  [], [MW(DERMER, BLINKEN), MW(DERMER, NETANYAHU)]),
 ("no_comma_description",
  "Antony Blinken met Benjamin Netanyahu over a dinner joined by Ron Dermer's wife.", "en",
  [], [MW(DERMER, BLINKEN), MW(DERMER, NETANYAHU)]),
]


# "X held a (security) assessment / consultation with A, B and C" (meeting_assessment_en): all of
# them met each other; the IDF's rank abbreviations ("MG", "LTG", "BG") are titles, not names
ASSESSMENT = [
 ("assessment_with_titled_list",
  "Defense Minister Israel Katz held a security assessment with Chief of Staff LTG Eyal Zamir, "
  "the Head of the Intelligence Directorate MG Ronen Bar and Mossad Director David Barnea.",
  "en", [MW(KATZ, ZAMIR), MW(KATZ, BAR), MW(KATZ, BARNEA), MW(ZAMIR, BAR), MW(ZAMIR, BARNEA),
         MW(BAR, BARNEA)], []),
 ("consultation_day_between",
  "Israel Katz held a late-night consultation on Monday with Eyal Zamir and Ronen Bar.", "en",
  [MW(KATZ, ZAMIR), MW(KATZ, BAR), MW(ZAMIR, BAR)], []),
 # negatives
 ("assessment_planned",
  "Israel Katz will hold a security assessment with Eyal Zamir and Ronen Bar next week.", "en",
  [], [MW(KATZ, ZAMIR), MW(ZAMIR, BAR)]),
 ("assessment_not_held",
  "Israel Katz rejected an assessment with figures from Eyal Zamir and Ronen Bar.", "en",
  [], [MW(KATZ, ZAMIR), MW(ZAMIR, BAR)]),
]


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), ASSESSMENT,
                         ids=[c[0] for c in ASSESSMENT])
def test_assessment_with(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_trailing_companions(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
