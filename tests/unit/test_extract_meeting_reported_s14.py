"""MET_WITH told elliptically or reported by a participant: "X met Y afterwards, as did Z" (Z
met Y); "X said (that) Y had visited him" / "قال X إن Y زاره" (X met Y). Not a meeting: a
planned or negated visit, "as did Z" after no meeting verb. Our own sentences.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import MW, assert_relations

ARAGHCHI, BERRI = "person:abbas-araghchi", "person:nabih-berri"
MIKATI, LARIJANI = "person:najib-mikati", "person:ali-larijani"
ZARIF, NECHIRVAN = "person:mohammad-javad-zarif", "person:nechirvan-barzani"
ABDUL_MAHDI = "person:adil-abdul-mahdi"


@pytest.fixture
def ex():
    return RuleExtractor()


CASES = [
 ("en_as_did", "Ali Larijani met Nabih Berri in Beirut, as did Abbas Araghchi.", "en",
  [MW(LARIJANI, BERRI), MW(ARAGHCHI, BERRI)], [MW(LARIJANI, ARAGHCHI)]),
 ("en_as_did_after_trip",
  "Mohammad Javad Zarif flew to Erbil for the ceremony and met Nechirvan Barzani afterwards, as "
  "did Iraqi Prime Minister Adel Abdul Mahdi.", "en",
  [MW(ZARIF, NECHIRVAN), MW(ABDUL_MAHDI, NECHIRVAN)], [MW(ZARIF, ABDUL_MAHDI)]),
 ("en_said_had_visited_him",
  "Nabih Berri said Abbas Araghchi had visited him in Beirut on Monday.", "en",
  [MW(BERRI, ARAGHCHI)], []),
 ("en_said_that_visited_him",
  "Speaker Nabih Berri said that Abbas Araghchi visited him at his residence.", "en",
  [MW(BERRI, ARAGHCHI)], []),
 ("ar_said_visited_him", "قال نبيه بري إن عباس عراقجي زاره الاثنين في عين التينة.", "ar",
  [MW(BERRI, ARAGHCHI)], []),
 ("ar_confirmed_visited_him", "وأكد نبيه بري أن عباس عراقجي زاره في مقره ببيروت.", "ar",
  [MW(BERRI, ARAGHCHI)], []),
 # negatives
 ("en_would_visit", "Nabih Berri said Abbas Araghchi would visit him next week.", "en", [],
  [MW(BERRI, ARAGHCHI)]),
 ("en_not_visited", "Nabih Berri said Abbas Araghchi had not visited him.", "en", [],
  [MW(BERRI, ARAGHCHI)]),
 ("en_attended_as_did", "Abbas Araghchi attended the ceremony, as did Najib Mikati.", "en", [],
  [MW(ARAGHCHI, MIKATI)]),
 ("ar_will_visit", "قال نبيه بري إن عباس عراقجي سيزوره الأسبوع المقبل.", "ar", [],
  [MW(BERRI, ARAGHCHI)]),
 ("ar_denied", "نفى نبيه بري أن عباس عراقجي زاره.", "ar", [], [MW(BERRI, ARAGHCHI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_reported_meetings(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
