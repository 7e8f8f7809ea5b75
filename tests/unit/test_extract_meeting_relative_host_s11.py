"""A relative clause whose object pronoun is the sentence's topic (session 11,
``meeting_asides_ar.relative_host_ar``): "شارك X في مراسم تنصيب الرئيس Y، الذي استقبله في مكتبه،
كما التقى Z" -- Y met X (the relative clause's head received the topic) and Z met X, not Y;
English "..., President Y, who had received him earlier, and also met Z". A negated relative
clause gives nothing. Our own sentences in both languages, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

FIDAN, SUD = "person:hakan-fidan", "person:mohammed-shia-al-sudani"
PEZ, ARAGHCHI = "person:masoud-pezeshkian", "person:abbas-araghchi"
KHAMENEI = "person:ali-khamenei"


CASES = [
 ("ar_relative_host_then_kama",
  "وشارك وزير الخارجية التركي هاكان فيدان في مراسم تنصيب الرئيس مسعود بزشكيان، الذي "
  "استقبله قبلها في مكتبه، كما التقى وزير الخارجية عباس عراقجي.", "ar",
  [MW(FIDAN, PEZ), MW(FIDAN, ARAGHCHI)], [MW(PEZ, ARAGHCHI)]),
 ("ar_relative_host_topic_before_preposition",
  "وكان السوداني قد حضر في طهران حفل تنصيب الرئيس مسعود بزشكيان، الذي استقبله بعد الحفل، "
  "ثم التقى المرشد علي خامنئي.", "ar",
  [MW(SUD, PEZ), MW(SUD, KHAMENEI)], [MW(PEZ, KHAMENEI)]),
 ("ar_negated_relative_clause",
  "وانتقد السوداني الرئيس مسعود بزشكيان، الذي لم يستقبله خلال زيارته.", "ar",
  [], [MW(SUD, PEZ)]),
 ("en_relative_host",
  "Fidan attended the inauguration of President Masoud Pezeshkian, who had received him "
  "earlier in his office, and also met Foreign Minister Abbas Araghchi.", "en",
  [MW(FIDAN, PEZ), MW(FIDAN, ARAGHCHI)], [MW(PEZ, ARAGHCHI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_relative_host(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
