"""ASSASSINATED_BY: "Israel has for the first time publicly admitted that it killed X": the
speaker of "that it killed" stands before an auxiliary and time or manner words ("has for the
first time publicly", "has now officially") before the verb of saying.
Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations

HANIYEH, NASRALLAH, SINWAR = ("person:ismail-haniyeh", "person:hassan-nasrallah",
                              "person:yahya-sinwar")
BAGHDADI = "person:abu-bakr-al-baghdadi"
ISRAEL, US, IDF = "country:israel", "country:united-states", "organization:israel-defense-forces"


# (name, text, lang, must, must_not)
CASES = [
 ("en_has_first_time_publicly",
  "Israel has for the first time publicly admitted that it killed Ismail Haniyeh in Tehran.",
  "en", [AB(HANIYEH, ISRAEL)], []),
 ("en_has_now_officially",
  "The United States has now officially acknowledged that it killed Abu Bakr al-Baghdadi.",
  "en", [AB(BAGHDADI, US)], []),
 ("en_has_first_time_confirmed",
  "Israel has for the first time confirmed that it killed Hassan Nasrallah.",
  "en", [AB(NASRALLAH, ISRAEL)], []),
 ("en_army_openly_had_killed",
  "The Israeli army has for the first time openly admitted that it had killed Yahya Sinwar.",
  "en", [AB(SINWAR, IDF)], []),
 # negatives: a denial; nobody named before the adverbs
 ("en_denied",
  "Israel has for the first time denied that it killed Ismail Haniyeh.",
  "en", [], [AB(HANIYEH, ISRAEL)]),
 ("en_no_speaker",
  "Officials say Israel had struck before. It has for the first time publicly admitted that "
  "it killed Ismail Haniyeh's guard.", "en", [], [AB(HANIYEH, ISRAEL)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_said_it_after_adverbs(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
