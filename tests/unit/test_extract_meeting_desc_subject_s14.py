"""Arabic "، ثم اجتمع رئيس الإقليم برئيس الوزراء X": the description right after the verb is
the subject and X, after بـ, the object; X is no name the description titles, and no partner
of the first clause's subject (session 14, batch DA-DC). Our own sentences.
"""

import pytest

from tests.extract_support import MW, assert_relations

NECH, RASHID, SUDANI = ("person:nechirvan-barzani", "person:abdul-latif-rashid",
                        "person:mohammed-shia-al-sudani")
MASH, HAYYA, RASHAD = "person:mahmoud-al-mashhadani", "person:khalil-al-hayya", "person:hassan-rashad"

OPEN = "وصل رئيس إقليم كوردستان نيجيرفان بارزاني إلى بغداد صباح الأربعاء. "


# (name, text, must, must_not)
CASES = [
 ("then_met_desc_subject",
  OPEN + "واستقبل رئيس الجمهورية عبد اللطيف رشيد بارزاني في قصر السلام، ثم اجتمع رئيس الإقليم "
  "برئيس مجلس الوزراء محمد شياع السوداني في القصر الحكومي.",
  [MW(RASHID, NECH), MW(SUDANI, NECH)], [MW(RASHID, SUDANI)]),
 ("then_met_desc_subject_parliament",
  OPEN + "واستقبل رئيس الوزراء محمد شياع السوداني بارزاني في القصر الحكومي، ثم اجتمع رئيس "
  "الإقليم برئيس مجلس النواب محمود المشهداني.", [MW(SUDANI, NECH), MW(MASH, NECH)],
  [MW(SUDANI, MASH)]),
 ("also_met_desc_subject_minister",
  OPEN + "واستقبله رئيس الجمهورية عبد اللطيف رشيد في قصر السلام، كما اجتمع رئيس الإقليم برئيس "
  "البرلمان محمود المشهداني.", [MW(RASHID, NECH), MW(MASH, NECH)], [MW(RASHID, MASH)]),
 # unchanged: no subject after the verb, the first clause's goes on
 ("then_met_no_subject",
  "استقبل رئيس الجمهورية عبد اللطيف رشيد نيجيرفان بارزاني في قصر السلام، ثم اجتمع برئيس "
  "مجلس الوزراء محمد شياع السوداني.", [MW(RASHID, NECH), MW(RASHID, SUDANI)], []),
 # unchanged: a description that titles the name right after it
 ("desc_titles_name",
  "استقبل رئيس المخابرات المصرية حسن رشاد وفداً من حماس، ثم التقى رئيس الحركة في غزة خليل "
  "الحية.", [MW(RASHAD, HAYYA)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_description_subject_after_then(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
