"""English coreference, session 41 (our own sentences, not taken from any dev set).

- An opening "He" / "She" of a sentence that names people after it, as a reference mention
  (``pronoun_refs.lead_pronoun_ref``): a later clause of the sentence finds the pronoun's person
  as its subject, not the first clause's object ("Later he held talks with A ..., and met
  separately with B": he met B, not A-B; "he had met A ..., before flying to D for talks with
  B": he and B). Not a "He said ..." report, not "He and Y ..." (co-subjects, read by
  meeting_pronoun_co), nor a text cut right after the pronoun.
- "held talks with A, in the presence of C, and met separately with B": C was at the talks
  with A only (``meeting_sides_en._before_separately``).
- A sentence that names no person does not break the subject chain of a "he" / "she"
  (``pronoun_topic.prev_with_person`` for ``subjects._subject_antecedent``): "X met Y. The
  presidency later said some of her remarks were unhelpful. She also called on Z" -> X met Z
  (not the last person named, Y's predecessor); "X issued a statement mourning Y, who was
  killed ... . The 90-year-old cleric seldom comments ... . Earlier this month he received Z" ->
  X. Not two person-less sentences back.
- Plural anaphora: a meeting word between two people makes them no list
  (``plural_refs._joined``): "X received (at the palace on Monday) envoy A and envoy B. ... Y
  then received the two envoys" -> A and B (X is no third member of their list); "A returned
  ... with B and held talks with X. The two envoys then met Y": not X.
"""

import pytest

from tests.extract_support import MW, assert_relations

HADDAD, NOUR = "person:karim-haddad", "person:salem-nour"
MANSOUR, FARES = "person:adel-mansour", "person:tarek-fares"
LINA, QASEM = "person:lina-haddad", "person:nabil-qasem"
JABER = "person:fadi-jaber"

# (name, text, lang, must, must_not)
CASES = [
 ("she_talks_presence_then_met_separately",
  "Ms. Lina Haddad, the new envoy, arrived in Amman on Sunday. Later she held talks with Prime "
  "Minister Salem Nour at the palace, in the presence of Ambassador Nabil Qasem, and met "
  "separately with Foreign Minister Adel Mansour.", "en",
  [MW(LINA, NOUR), MW(LINA, MANSOUR)], [MW(QASEM, MANSOUR), MW(NOUR, MANSOUR)]),
 ("he_met_before_flying_for_talks_with_king",
  "President Karim Haddad arrived in Amman on Sunday. On Monday he met Prime Minister Salem "
  "Nour at the palace, before flying to Aqaba for talks with King Adel Mansour.", "en",
  [MW(HADDAD, NOUR), MW(HADDAD, MANSOUR)], [MW(NOUR, MANSOUR)]),
 ("he_met_before_flying_for_talks",
  "Envoy Karim Haddad announced the truce on Friday. Earlier that week he had met Prime "
  "Minister Salem Nour, the head of the council, in the capital, before flying to Muscat for "
  "talks with Foreign Minister Adel Mansour, the rebels' negotiator.", "en",
  [MW(HADDAD, NOUR), MW(HADDAD, MANSOUR)], [MW(NOUR, MANSOUR)]),
 ("presence_not_at_separate_meeting",
  "President Karim Haddad arrived in Amman on Sunday. Later he held talks with Prime Minister "
  "Salem Nour, in the presence of Ambassador Tarek Fares, and met separately with Foreign "
  "Minister Adel Mansour.", "en",
  [MW(HADDAD, NOUR), MW(HADDAD, MANSOUR)], [MW(FARES, MANSOUR)]),
 # negatives
 ("he_said_report",
  "President Karim Haddad arrived in Amman on Sunday. He said Prime Minister Salem Nour held "
  "talks with Foreign Minister Adel Mansour and met separately with Ambassador Tarek Fares.",
  "en", [], [MW(HADDAD, FARES), MW(HADDAD, MANSOUR)]),
 ("she_not_the_man_before",
  "Mr. Karim Haddad, the former minister, spoke to reporters on Sunday. She later held talks "
  "with Prime Minister Salem Nour, and met separately with Foreign Minister Adel Mansour.",
  "en", [], [MW(HADDAD, NOUR), MW(HADDAD, MANSOUR), MW(NOUR, MANSOUR)]),
 ("he_and_named_co_subject_not_paired",
  "President Karim Haddad arrived in Amman on Sunday. Later he and Ambassador Nabil Qasem held "
  "talks with Prime Minister Salem Nour, and met separately with Foreign Minister Adel Mansour.",
  "en", [], [MW(HADDAD, QASEM), MW(NOUR, MANSOUR)]),
 ("she_past_personless_sentence",
  "On Friday envoy Lina Haddad met President Fadi Jaber, who last month succeeded Adel Mansour, "
  "at the palace. The presidency later said some of her remarks were unhelpful. She also called "
  "on Prime Minister Salem Nour.", "en",
  [MW(LINA, NOUR)], [MW(MANSOUR, NOUR)]),
 ("he_past_personless_description_sentence",
  "Grand Ayatollah Karim Haddad issued a rare statement on Saturday mourning commander Adel "
  "Mansour, who was killed on Friday in an air strike. The 90-year-old cleric seldom comments on "
  "events abroad. Earlier this month he received the new head of the U.N. mission, Salem Nour, "
  "at his home.", "en",
  [MW(HADDAD, NOUR)], [MW(MANSOUR, NOUR)]),
 ("she_not_two_personless_sentences_back",
  "On Friday envoy Lina Haddad met President Fadi Jaber at the palace. The talks were frank. The "
  "presidency gave no details. She also called on Prime Minister Salem Nour.", "en",
  [], [MW(LINA, NOUR)]),
 ("two_envoys_after_received_list",
  "President Fadi Jaber received at the palace on Monday Ambassador and Special Envoy Karim "
  "Haddad and Deputy Envoy Lina Haddad. The president stressed that the talks were useful. Prime "
  "Minister Salem Nour then received the two envoys at his office.", "en",
  [MW(HADDAD, NOUR), MW(LINA, NOUR)], [MW(JABER, NOUR)]),
 ("two_envoys_not_the_host_they_met",
  "Envoy Karim Haddad returned to Amman on Monday with deputy envoy Lina Haddad and held talks "
  "with President Fadi Jaber. The two envoys then met Prime Minister Salem Nour.", "en",
  [], [MW(JABER, NOUR)]),
 ("cut_after_the_two_envoys",
  "President Fadi Jaber received envoy Karim Haddad and envoy Lina Haddad. Prime Minister Salem "
  "Nour then received the two envoys", "en", [], [MW(JABER, NOUR)]),
 ("cut_after_pronoun",
  "President Karim Haddad met Prime Minister Salem Nour on Sunday. Later he", "en",
  [MW(HADDAD, NOUR)], []),
]


@pytest.mark.parametrize(("name", "text", "lang", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_corefen_s41(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
