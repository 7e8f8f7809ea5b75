"""Arabic "توقيع الأخير ... مع Y، في مراسم استضافها Z" (session 18). Our own sentences, not taken
from any dev set.

- "الأخير" (the latter) after the signing noun is the last person named before it;
- the host of the signing ceremony met both signers.
- Negatives: a ceremony "broadcast by" someone (not hosted: no meeting with the host); the
  signing of a person not met ("وقّع X مع شركات").
"""

import pytest

from tests.extract_support import MW, assert_relations

SHAMKHANI, AIBAN, WANG = "person:ali-shamkhani", "person:musaed-al-aiban", "person:wang-yi"
AHMADIAN = "person:ali-akbar-ahmadian"

# (name, text, must, must_not)
CASES = [
 ("latter_and_host", "وتولى علي أكبر أحمديان المنصب خلفاً لعلي شمخاني، بعد أسابيع من توقيع "
  "الأخير اتفاقاً مع مساعد العيبان، في مراسم استضافها وانغ يي.",
  [MW(SHAMKHANI, AIBAN), MW(WANG, SHAMKHANI), MW(WANG, AIBAN)],
  [MW(AHMADIAN, AIBAN), MW(AHMADIAN, WANG)]),
 ("host_verb", "ووقّع علي شمخاني الاتفاق مع مساعد العيبان خلال حفل رعاه وانغ يي في بكين.",
  [MW(SHAMKHANI, AIBAN), MW(WANG, SHAMKHANI), MW(WANG, AIBAN)], []),
 ("broadcast_not_host", "ووقّع علي شمخاني الاتفاق مع مساعد العيبان في مراسم نقلها التلفزيون "
  "الرسمي، وفق وانغ يي.", [MW(SHAMKHANI, AIBAN)], [MW(WANG, SHAMKHANI), MW(WANG, AIBAN)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_signing_host_ar(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
