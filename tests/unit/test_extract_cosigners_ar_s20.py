"""Arabic co-signers (session 20, ``meeting_signed_ar._cosigners``): "وقّع X ونظيره Y (، في بكين
أمس،) مذكرة تفاهم / اتفاقاً": the signers named together right after the verb met (also with a
body inside Y's title: "X وقائد قوات سوريا الديمقراطية (قسد) Y"). English "X and Y signed a
memorandum" is read already (``signed_together_en``). Our own sentences, not taken from any dev set.

Negatives: two people who signed something that is no accord (a condolence book), a negated
signing.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, FAISAL = "person:abbas-araghchi", "person:faisal-bin-farhan"
SUDANI, MASROUR = "person:mohammed-shia-al-sudani", "person:masrour-barzani"

# (name, lang, text, must, must_not)
CASES = [
 ("cosigned_memorandum_aside", "ar", "ووقّع وزير الخارجية الإيراني عباس عراقجي ونظيره السعودي فيصل "
  "بن فرحان، في بكين أمس، مذكرة تفاهم لإعادة فتح السفارتين.", [MW(ARAGHCHI, FAISAL)], []),
 ("cosigned_accord", "ar", "وقّع رئيس الوزراء محمد شياع السوداني ورئيس حكومة إقليم كردستان مسرور "
  "بارزاني اتفاقاً نفطياً جديداً.", [MW(SUDANI, MASROUR)], []),
 ("cosigned_memorandum_en", "en", "Iranian Foreign Minister Abbas Araghchi and his Saudi "
  "counterpart Faisal bin Farhan signed a memorandum of understanding in Beijing on Thursday.",
  [MW(ARAGHCHI, FAISAL)], []),
 ("signed_book", "ar", "وقّع عباس عراقجي وفيصل بن فرحان على كتاب التعازي في السفارة.", [],
  [MW(ARAGHCHI, FAISAL)]),
 ("not_signed", "ar", "لم يوقّع عباس عراقجي وفيصل بن فرحان أي اتفاق حتى الآن.", [],
  [MW(ARAGHCHI, FAISAL)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_cosigners_ar(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
