""""التقى X Y، بعدما / بعد أن استقبله Z" (session 17): the pronoun of a reception in a clause of
time after the main clause is the main clause's subject X (the visitor), not its object Y named
last: Z met X, not Y. When the main verb is itself a reception ("استقبل X Y، بعدما التقاه Z") the
rule stays out. English "after he was welcomed by Z" was already read. Our own sentences, not
taken from any dev set."""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, FAISAL, KHURAIJI = ("person:abbas-araghchi", "person:faisal-bin-farhan",
                              "person:waleed-al-khuraiji")

# (name, text, lang, must, must_not)
CASES = [
 ("ar_badama", "والتقى عباس عراقجي وزير الخارجية السعودي فيصل بن فرحان، بعدما استقبله في المطار "
  "نائب الوزير وليد الخريجي.", "ar", [MW(ARAGHCHI, FAISAL), MW(ARAGHCHI, KHURAIJI)],
  [MW(FAISAL, KHURAIJI)]),
 ("ar_bada_an", "وعقد عباس عراقجي جلسة مباحثات مع نظيره السعودي فيصل بن فرحان بعد أن استقبله "
  "نائب الوزير وليد الخريجي.", "ar", [MW(ARAGHCHI, FAISAL), MW(ARAGHCHI, KHURAIJI)],
  [MW(FAISAL, KHURAIJI)]),
 ("en_after_he_was", "Abbas Araghchi held talks with Saudi Foreign Minister Faisal bin Farhan "
  "after he was welcomed at the airport by deputy minister Waleed al-Khuraiji.", "en",
  [MW(ARAGHCHI, FAISAL), MW(ARAGHCHI, KHURAIJI)], [MW(FAISAL, KHURAIJI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_after_he_was_received(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
