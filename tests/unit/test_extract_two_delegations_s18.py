""""X hosted the two delegations" / "استقبل X الوفدين": X met the heads named before
(session 18). Our own sentences, not taken from any dev set.

- the two people of the list before (the signers, the heads) are the two delegations met;
- Negative: no pair named before (one head only): nobody is met.
"""

import pytest

from tests.extract_support import MW, assert_relations

SHAMKHANI, AIBAN, WANG = "person:ali-shamkhani", "person:musaed-al-aiban", "person:wang-yi"

# (name, lang, text, must, must_not)
CASES = [
 ("en_hosted", "en", "The deal was signed by Ali Shamkhani and Musaed al-Aiban on Friday. Wang "
  "Yi, the Chinese foreign minister, hosted the two delegations at a state guesthouse.",
  [MW(WANG, SHAMKHANI), MW(WANG, AIBAN)], []),
 ("ar_received", "ar", "ووقّع علي شمخاني ومساعد العيبان الاتفاق في بكين، الجمعة. واستقبل وزير "
  "الخارجية الصيني وانغ يي الوفدين في مقر الضيافة.", [MW(WANG, SHAMKHANI), MW(WANG, AIBAN)], []),
 ("en_one_head", "en", "Ali Shamkhani arrived in Beijing on Friday. Wang Yi later hosted the two "
  "delegations at a state guesthouse.", [], [MW(WANG, SHAMKHANI)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_two_delegations(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
