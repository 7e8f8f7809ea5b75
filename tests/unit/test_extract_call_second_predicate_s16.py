"""MET_WITH: a phone call told in a second predicate of the same subject ("X met Y in Muscat
and (later) spoke by telephone with Z", "التقى X Y في أنقرة، وأجرى اتصالاً هاتفياً مع Z") is
another contact: the meeting with Y stands, Z is no meeting partner. A call that is the
sentence's only predicate still makes no meeting. Our own sentences, not taken from any
dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

FIDAN, ARAGHCHI = "person:hakan-fidan", "person:abbas-araghchi"
RUBIO = "person:marco-rubio"


# (name, text, lang, must, must_not)
CASES = [
 ("en_and_later_spoke", "Hakan Fidan met Abbas Araghchi in Ankara on Friday and later spoke "
  "by phone with Marco Rubio.", "en", [MW(FIDAN, ARAGHCHI)], [MW(FIDAN, RUBIO)]),
 ("en_comma_and_spoke", "Hakan Fidan held talks with Abbas Araghchi in Ankara, and spoke by "
  "telephone with Marco Rubio.", "en", [MW(FIDAN, ARAGHCHI)], [MW(FIDAN, RUBIO)]),
 ("en_received_and_held_call", "Hakan Fidan received Abbas Araghchi in Ankara and held a "
  "phone call with Marco Rubio.", "en", [MW(FIDAN, ARAGHCHI)], [MW(FIDAN, RUBIO)]),
 ("en_source_between", "Mr Fidan met Abbas Araghchi on Monday, according to the Anadolu "
  "agency, and spoke by telephone with Marco Rubio.", "en", [MW(FIDAN, ARAGHCHI)],
  [MW(FIDAN, RUBIO)]),
 ("ar_comma_and_made_call", "التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني عباس "
  "عراقجي في أنقرة، وأجرى اتصالاً هاتفياً مع ماركو روبيو.", "ar", [MW(FIDAN, ARAGHCHI)],
  [MW(FIDAN, RUBIO)]),
 ("ar_comma_and_received_call", "استقبل هاكان فيدان عباس عراقجي في أنقرة، وتلقى اتصالاً "
  "هاتفياً من ماركو روبيو.", "ar", [MW(FIDAN, ARAGHCHI)], [MW(FIDAN, RUBIO)]),
 # negatives: the call is the only predicate
 ("en_pair_by_phone", "Hakan Fidan and Abbas Araghchi spoke by phone on Friday.", "en", [],
  [MW(FIDAN, ARAGHCHI)]),
 ("en_call_with_two", "Hakan Fidan spoke by phone with Abbas Araghchi and Marco Rubio on "
  "Friday.", "en", [], [MW(FIDAN, ARAGHCHI), MW(FIDAN, RUBIO)]),
 ("en_met_by_video", "Hakan Fidan met Abbas Araghchi and Marco Rubio by video link on "
  "Friday.", "en", [], [MW(FIDAN, ARAGHCHI), MW(FIDAN, RUBIO)]),
 ("ar_call_only", "أجرى هاكان فيدان اتصالاً هاتفياً مع عباس عراقجي، وبحثا التطورات.", "ar",
  [], [MW(FIDAN, ARAGHCHI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_call_in_second_predicate(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
