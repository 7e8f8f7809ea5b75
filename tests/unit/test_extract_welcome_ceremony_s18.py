"""The host of a welcome ceremony met the guest (session 18). Our own sentences, not taken from
any dev set.

- Arabic "أقام X مراسم استقبال رسمية لـY", "وكان X قد أقام حفل استقبال لـY";
- English "X held an official welcoming ceremony for Y".
- Negatives: a planned ceremony; a ceremony of another kind ("a memorial ceremony for Y", "مراسم
  تأبين لـY": Y is not met).
"""

import pytest

from tests.extract_support import MW, assert_relations

RAISI, SUDANI = "person:ebrahim-raisi", "person:mohammed-shia-al-sudani"
SOLEIMANI = "person:qasem-soleimani"

# (name, lang, text, must, must_not)
CASES = [
 ("ar_vso", "ar", "وأقام الرئيس الإيراني إبراهيم رئيسي، صباح الأربعاء، مراسم استقبال رسمية "
  "لرئيس الوزراء العراقي محمد شياع السوداني في طهران.", [MW(RAISI, SUDANI)], []),
 ("ar_had", "ar", "وكان إبراهيم رئيسي قد أقام حفل استقبال رسمي للسوداني في قصر سعد آباد.",
  [MW(RAISI, SUDANI)], []),
 ("en_held", "en", "Ebrahim Raisi held a formal welcome ceremony for Mohammed Shia al-Sudani at "
  "the presidential palace.", [MW(RAISI, SUDANI)], []),
 ("en_planned", "en", "Ebrahim Raisi will hold an official welcoming ceremony for Mohammed Shia "
  "al-Sudani next week.", [], [MW(RAISI, SUDANI)]),
 ("en_memorial", "en", "Ebrahim Raisi held a memorial ceremony for Qasem Soleimani in Kerman.",
  [], [MW(RAISI, SOLEIMANI)]),
 ("ar_memorial", "ar", "وأقام إبراهيم رئيسي مراسم تأبين لقاسم سليماني في كرمان.", [],
  [MW(RAISI, SOLEIMANI)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_welcome_ceremony(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
