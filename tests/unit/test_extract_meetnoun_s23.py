"""Session 23 (meetnoun): MET_WITH told by a meeting noun or clause whose other side is not a
plain name after it (``meeting_noun_sides``), both languages, each form with a case not to
read."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

RUTO = "person:william-ruto"
MUSEVENI = "person:yoweri-museveni"
MUSEVENI_AR = "person:yoweri-musifini"
ABIY_AR = "person:abi-ahmed"

# ---- the verbal noun with an accusative object (Arabic) --------------------------------------
ACCUSATIVE_AR = [
    ("وجاء ذلك بعد ساعات من لقاء الرئيس الكيني وليام روتو نظيرَه الأوغندي يويري موسيفيني في "
     "عنتيبي.", [MW(RUTO, MUSEVENI_AR)], []),
    ("وجاء الإعلان عقب لقاء الرئيس الكيني وليام روتو رئيسَ الوزراء الإثيوبي آبي أحمد في "
     "نيروبي.", [MW(RUTO, ABIY_AR)], []),
    # an apposition (no fatha), a planned or denied meeting: nobody met
    ("وجاء الإعلان عقب لقاء الرئيس الكيني وليام روتو رئيس الحزب الحاكم في نيروبي.", [], []),
    ("ونفى المكتب أي لقاء للرئيس الكيني وليام روتو نظيرَه الأوغندي يويري موسيفيني.", [],
     [MW(RUTO, MUSEVENI_AR)]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), ACCUSATIVE_AR)
def test_accusative_partner_ar(ex, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:60], must, must_not)
