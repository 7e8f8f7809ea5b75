"""SUCCESSOR_OF: "named / appointed <description>, X, <office> in place of Y" and "عيّنت
الحكومة نائب الوزير، X، وزيراً بالوكالة بدلاً من Y": the appointee set off by commas after
the appointment verb is X, not a person named in an earlier sentence, and X succeeds Y.
Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import SO, assert_relations

BAGHERI, AMIR, MOKHBER = ("person:ali-bagheri-kani", "person:hossein-amir-abdollahian",
                          "person:mohammad-mokhber")
QAANI, SOLEIMANI = "person:esmail-qaani", "person:qasem-soleimani"


# (name, text, lang, must, must_not)
CASES = [
 ("en_desc_comma_name",
  "First Vice-President Mohammad Mokhber took charge. The cabinet later named the chief nuclear "
  "negotiator, deputy foreign minister Ali Bagheri Kani, acting foreign minister in place of "
  "Hossein Amirabdollahian.", "en", [SO(BAGHERI, AMIR)], [SO(MOKHBER, AMIR)]),
 ("en_the_deputy_comma_name",
  "Khamenei named the deputy foreign minister, Ali Bagheri Kani, acting foreign minister in "
  "place of Hossein Amirabdollahian.", "en", [SO(BAGHERI, AMIR)], []),
 ("en_appointed_instead",
  "Khamenei appointed the deputy commander of the Quds Force, Esmail Qaani, as its chief "
  "instead of Qasem Soleimani.", "en", [SO(QAANI, SOLEIMANI)], []),
 ("ar_comma_name",
  "عيّنت الحكومة نائب وزير الخارجية، علي باقري كني، وزيراً بالوكالة بدلاً من حسين أمير "
  "عبد اللهيان.", "ar", [SO(BAGHERI, AMIR)], []),
 # negatives: the name right after the verb; a name in a clause of its own
 ("en_plain",
  "The cabinet named Ali Bagheri Kani acting foreign minister in place of Hossein "
  "Amirabdollahian.", "en", [SO(BAGHERI, AMIR)], []),
 ("en_other_clause",
  "Mokhber met the deputy foreign minister, Ali Bagheri Kani, and later named a new governor "
  "in place of Hossein Amirabdollahian.", "en", [], [SO(BAGHERI, AMIR), SO(MOKHBER, AMIR)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_apposed_appointee(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
