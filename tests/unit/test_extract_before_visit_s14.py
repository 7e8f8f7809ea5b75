"""MET_WITH (Arabic): "التقى X Y، قبل أن يلتقي / يزور Z" -- the second verb after "قبل أن" /
"بعد أن" has the first clause's subject X (the one partner of Y), so X met Z; Y did not.
A subject of its own ("قبل أن يلتقي الأخير Z", "قبل أن يلتقي W Z") or a place visited
names no such meeting. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

ORTAGUS, SALAM, BERRI = "person:morgan-ortagus", "person:nawaf-salam", "person:nabih-berri"
ARAGHCHI, MIKATI, AOUN = "person:abbas-araghchi", "person:najib-mikati", "person:joseph-aoun"


# (name, text, must, must_not)
CASES = [
 ("feminine_visit",
  "وانتقلت أورتاغوس إلى السراي الحكومي حيث التقت رئيس الحكومة نواف سلام، قبل أن تزور رئيس "
  "مجلس النواب نبيه بري في عين التينة.", [MW(ORTAGUS, SALAM), MW(ORTAGUS, BERRI)],
  [MW(SALAM, BERRI)]),
 ("masculine_visit",
  "والتقى عراقجي رئيس الحكومة نواف سلام، قبل أن يزور رئيس مجلس النواب نبيه بري في عين التينة.",
  [MW(ARAGHCHI, SALAM), MW(ARAGHCHI, BERRI)], [MW(SALAM, BERRI)]),
 ("feminine_meet",
  "والتقت أورتاغوس رئيس الحكومة نواف سلام، قبل أن تلتقي رئيس مجلس النواب نبيه بري.",
  [MW(ORTAGUS, SALAM), MW(ORTAGUS, BERRI)], [MW(SALAM, BERRI)]),
 # negatives
 ("own_subject",
  "والتقى عباس عراقجي نواف سلام، قبل أن يلتقي نبيه بري نجيب ميقاتي.",
  [MW(ARAGHCHI, SALAM), MW(BERRI, MIKATI)], [MW(ARAGHCHI, MIKATI), MW(ARAGHCHI, BERRI)]),
 ("the_latter",
  "واستقبل الرئيس جوزاف عون عباس عراقجي، قبل أن يلتقي الأخير نبيه بري.",
  [MW(AOUN, ARAGHCHI), MW(ARAGHCHI, BERRI)], [MW(AOUN, BERRI)]),
 ("place_visited",
  "والتقى عباس عراقجي نواف سلام، قبل أن يزور ضريح حسن نصر الله.",
  [MW(ARAGHCHI, SALAM)], [MW(ARAGHCHI, "person:hassan-nasrallah")]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_before_an_second_verb(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
