"""Session 68 (lead): a post taken after a crash that killed several office holders.

"X took over the ministry after the crash that killed President Y and Foreign Minister Z": the
post's noun with no qualifier ("the ministry", not "the foreign ministry") is any minister's,
so the one minister among the dead is the predecessor (``succession_listed_dead_en``); before,
a qualifier was required to match and no one was chosen, which left the pair to the scorer's
weights (a retrain then chose the president)."""

import pytest

from tests.extract_support import relation_pairs

RAISI, AMIR, BAGHERI = ("person:ebrahim-raisi", "person:hossein-amir-abdollahian",
                        "person:ali-bagheri-kani")


@pytest.mark.parametrize("text", [
    "Ali Bagheri Kani took over the ministry in an acting capacity after the crash that killed "
    "President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian.",
    "Ali Bagheri Kani took over the ministry after the helicopter crash that killed President "
    "Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian in May.",
    "Ali Bagheri Kani, who had run the ministry in an acting capacity since the crash that killed "
    "President Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian, met Qatar's prime "
    "minister.",
])
def test_the_ministry_taken_is_the_dead_ministers(shipped, text):
    pairs = relation_pairs(shipped, text, "SUCCESSOR_OF", "en")
    assert (BAGHERI, AMIR) in pairs
    assert (BAGHERI, RAISI) not in pairs


def test_the_presidency_taken_is_still_the_dead_presidents(shipped):
    text = ("Mohammad Mokhber took over the presidency after the crash that killed President "
            "Ebrahim Raisi and Foreign Minister Hossein Amir-Abdollahian.")
    pairs = relation_pairs(shipped, text, "SUCCESSOR_OF", "en")
    assert ("person:mohammad-mokhber", RAISI) in pairs
    assert ("person:mohammad-mokhber", AMIR) not in pairs


def test_no_minister_among_the_dead_gives_the_rules_no_predecessor(rules_only):
    text = ("Ali Bagheri Kani took over the ministry after the crash that killed President Ebrahim "
            "Raisi and Governor Malek Rahmati.")
    assert not relation_pairs(rules_only, text, "SUCCESSOR_OF", "en")
