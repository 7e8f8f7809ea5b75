"""SUCCESSOR_OF: an acting holder of a dead person's post with no "after" in the clause,
"X was named acting president" / "X would take over the presidency in an interim role"
after "President Y died in a helicopter crash" (acting holders after a death are successors
by the annotation convention). The dead one must have held a title with a word of the post.
Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import SO, assert_relations

MOKHBER, RAISI = "person:mohammad-mokhber", "person:ebrahim-raisi"
BAGHERI, AMIR = "person:ali-bagheri-kani", "person:hossein-amir-abdollahian"


# (name, text, lang, must, must_not)
CASES = [
 ("en_would_take_over_interim",
  "President Ebrahim Raisi was killed in a helicopter crash on Sunday. Khamenei confirmed "
  "that First Vice-President Mohammad Mokhber would take over the presidency in an interim "
  "role.", "en", [SO(MOKHBER, RAISI)], []),
 ("en_named_acting",
  "Iranian President Ebrahim Raisi toured the border on Saturday. A day later Raisi and "
  "several aides were killed when their helicopter crashed. Mohammad Mokhber was named "
  "acting president.", "en", [SO(MOKHBER, RAISI)], []),
 ("en_appointed_interim_minister",
  "Foreign Minister Hossein Amirabdollahian died in the crash with President Ebrahim Raisi. "
  "Ali Bagheri Kani was appointed acting foreign minister.", "en",
  [SO(BAGHERI, AMIR)], [SO(BAGHERI, RAISI)]),
 # negatives: nobody died; a hope; a negated take-over
 ("en_no_death",
  "President Ebrahim Raisi visited Baghdad on Sunday. Mohammad Mokhber was named acting "
  "president.", "en", [], [SO(MOKHBER, RAISI)]),
 ("en_hopes",
  "President Ebrahim Raisi died in a helicopter crash on Sunday. Mohammad Mokhber hopes to "
  "become acting president.", "en", [], [SO(MOKHBER, RAISI)]),
 ("en_would_not",
  "President Ebrahim Raisi died in a helicopter crash on Sunday. Khamenei said Mohammad "
  "Mokhber would not take over the presidency in an interim role.", "en", [],
  [SO(MOKHBER, RAISI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_acting_in_dead_post(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
