"""Wrong nodes (English): a description followed after a comma by the name it describes
("met the chief of the armed forces general staff, Maj Gen Mohammad Bagheri") is that
person, not a leader named earlier in the article (a "Hamas leader" two sentences back).
A description followed by a source that reports ("met the Hamas leader, State TV reported")
still resolves. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

SHOIGU, HANIYEH, BAGHERI = ("person:sergei-shoigu", "person:ismail-haniyeh",
                            "person:mohammad-bagheri")
ARAGHCHI, NASRALLAH = "person:abbas-araghchi", "person:hassan-nasrallah"
MOUSAVI = "person:abdolrahim-mousavi"


# (name, text, must, must_not)
CASES = [
 ("rank_after_comma",
  "Hamas leader Ismail Haniyeh was killed in Tehran. Shoigu met the chief of the armed forces "
  "general staff, Maj Gen Mohammad Bagheri.", [MW(SHOIGU, BAGHERI)], [MW(SHOIGU, HANIYEH)]),
 ("passive_rank",
  "Hamas leader Ismail Haniyeh was killed in Tehran. Shoigu was also received by the chief of "
  "the armed forces general staff, Maj Gen Mohammad Bagheri, state media said.",
  [MW(SHOIGU, BAGHERI)], [MW(SHOIGU, HANIYEH)]),
 ("plain_name",
  "Hezbollah leader Hassan Nasrallah spoke on Friday. Araghchi met the commander of the army, "
  "Abdolrahim Mousavi, on Tuesday.", [MW(ARAGHCHI, MOUSAVI)], [MW(ARAGHCHI, NASRALLAH)]),
 # negatives: the words after the comma report; the description is the leader named before
 ("source_reports",
  "Hamas leader Ismail Haniyeh arrived in Moscow. On Monday Shoigu met the Hamas leader, State "
  "TV reported.", [MW(SHOIGU, HANIYEH)], []),
 ("the_kremlin_said",
  "Hamas leader Ismail Haniyeh arrived in Moscow. On Monday Shoigu met the Hamas leader, the "
  "Kremlin said.", [MW(SHOIGU, HANIYEH)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_description_with_apposed_name(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)


def test_second_passive_agent_with_apposed_name(ex):
    text = ("Hamas leader Ismail Haniyeh was killed in Tehran. Shoigu was also received by "
            "President Masoud Pezeshkian and by the chief of the armed forces general staff, "
            "Maj Gen Mohammad Bagheri, Iranian state media said.")
    assert_relations(ex.extract(text, lang="en"), "second_by", [
        MW(SHOIGU, "person:masoud-pezeshkian"), MW(SHOIGU, BAGHERI)], [MW(SHOIGU, HANIYEH)])
