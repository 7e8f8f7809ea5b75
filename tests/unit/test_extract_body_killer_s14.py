"""ASSASSINATED_BY when an army or a command names itself as the killer: the annotators' dominant
convention (dev gold: 62 of 84 such pairs give the body alone) is the body named ("the Israeli
military" -> the IDF, "U.S. Central Command" -> CENTCOM), not its country. Its statement may
put a month or a date before "(that) it had killed", or a participle after the verb of saying
("the army said, announcing that it had killed X"). Our own sentences, not from any dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations

IDF, ISRAEL = "organization:israel-defense-forces", "country:israel"
CENTCOM, US = "organization:us-central-command", "country:united-states"
DEIF, SALAMA = "person:mohammed-deif", "person:rafa-salama"
KARAKI, SAADI = "person:ali-karaki", "person:abu-baqir-al-saadi"


CASES = [
 ("en_announced_month_that",
  "The Israeli military announced in August that it had killed Mohammed Deif and Rafa Salama "
  "in a strike on Khan Younis.", "en", [AB(DEIF, IDF), AB(SALAMA, IDF)], [AB(DEIF, ISRAEL)]),
 ("en_said_month_no_that",
  "The Israeli military said in March it had killed Mohammed Deif.", "en", [AB(DEIF, IDF)], []),
 ("en_centcom_said_weeks_later",
  "U.S. Central Command said weeks later that it had killed Abu Baqir al-Saadi in Baghdad.",
  "en", [AB(SAADI, CENTCOM)], [AB(SAADI, US)]),
 ("en_strike_by_army", "Ali Karaki was killed in a strike by the Israeli army in Beirut.", "en",
  [AB(KARAKI, IDF)], [AB(KARAKI, ISRAEL)]),
 ("ar_army_said_month",
  "أعلن الجيش الإسرائيلي في آب أنه قتل محمد الضيف في غارة على خان يونس.", "ar",
  [AB(DEIF, IDF)], [AB(DEIF, ISRAEL)]),
 ("ar_centcom_said",
  "قالت القيادة المركزية الأمريكية إنها قتلت القيادي في كتائب حزب الله أبو باقر الساعدي.", "ar",
  [AB(SAADI, CENTCOM)], []),
 ("en_said_announcing",
  "\"He will no longer terrorize the world,\" the Israeli military said, announcing that it had "
  "killed Ali Karaki along with Rafa Salama.", "en", [AB(KARAKI, IDF), AB(SALAMA, IDF)],
  [AB(KARAKI, ISRAEL)]),
 # negatives: a denial, another subject after "that", a negated killing
 ("en_said_denying", "Hezbollah said, denying that it had killed Ali Karaki.", "en", [],
  [AB(KARAKI, "organization:hezbollah")]),
 ("en_denied", "The Israeli military denied in August that it had killed Mohammed Deif.", "en",
  [], [AB(DEIF, IDF), AB(DEIF, ISRAEL)]),
 ("en_other_subject",
  "The Israeli military said in August that Hamas had killed Rafa Salama.", "en", [],
  [AB(SALAMA, IDF)]),
 ("en_not_killed", "The Israeli military said in August it had not killed Mohammed Deif.", "en",
  [], [AB(DEIF, IDF)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_body_named_as_killer(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
