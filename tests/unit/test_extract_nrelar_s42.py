"""Session 42, Arabic core relations on the new writers' shapes (topic nrelar), with sentences
written for these tests (other people, places and word orders)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import AB, MW, assert_relations

# ---- "عقد X، <time / place aside>، الاجتماع ...، بمشاركة A وB": the convener met the
# participants and they met each other (meeting_convened_aside_ar) ---------------------------
CONVENED_ASIDE = [
    ("عقد وزير الخارجية التركي هاكان فيدان، صباح الاثنين في أنقرة، الاجتماع الرابع لآلية "
     "التنسيق الإقليمية، بمشاركة وزير الخارجية الإيراني عباس عراقجي ووزير الخارجية السوري "
     "أسعد الشيباني.",
     [MW("person:hakan-fidan", "person:abbas-araghchi"),
      MW("person:hakan-fidan", "person:asaad-al-shaibani"),
      MW("person:abbas-araghchi", "person:asaad-al-shaibani")], []),
    ("وترأس رئيس الوزراء محمد شياع السوداني، مساء أمس، اجتماعاً للمجلس الوزاري للأمن الوطني "
     "بحضور وزير الدفاع ثابت العباسي.",
     [MW("person:mohammed-shia-al-sudani", "person:thabet-al-abbasi")], []),
]

CONVENED_ASIDE_NOT = [
    # planned: the meeting has not taken place
    ("سيعقد وزير الخارجية التركي هاكان فيدان، الأسبوع المقبل في أنقرة، الاجتماع الرابع لآلية "
     "التنسيق الإقليمية، بمشاركة وزير الخارجية الإيراني عباس عراقجي.",
     [], [MW("person:hakan-fidan", "person:abbas-araghchi")]),
    # no holding verb: a statement about a meeting to come
    ("قال وزير الخارجية التركي هاكان فيدان، في مؤتمر صحفي بأنقرة، إن الاجتماع المقبل سيكون "
     "بمشاركة وزير الخارجية الإيراني عباس عراقجي.",
     [], [MW("person:hakan-fidan", "person:abbas-araghchi")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), CONVENED_ASIDE + CONVENED_ASIDE_NOT)
def test_convened_aside(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


def test_convened_aside_cut(ex: Any) -> None:
    """A text that ends right after "بمشاركة" or "بحضور" gives no error."""
    ex.extract("عقد وزير الخارجية التركي هاكان فيدان، صباح الاثنين، الاجتماع الرابع، بمشاركة",
               lang="ar")
    ex.extract("ترأس محمد شياع السوداني، مساء أمس، اجتماعاً بحضور", lang="ar")


# ---- "وقُتل مع V <title of up to four words> X": the companion takes V's killer told three
# sentences before (kill_companion._pair_ar, title gap 2 -> 4) ----------------------------
_KILLED_BEFORE = ("اغتالت الولايات المتحدة قاسم سليماني بغارة قرب مطار بغداد. وكان سليماني "
                  "قد زار دمشق قبل ذلك. وقالت مصادر إن الطائرة أقلعت من قاعدة في الخليج. ")
COMPANION = [
    (_KILLED_BEFORE + "وقُتل مع سليماني مؤسس كتائب حزب الله أبو مهدي المهندس، حين أصابت "
     "الصواريخ السيارتين.",
     [AB("person:abu-mahdi-al-muhandis", "country:united-states")], []),
]
COMPANION_NOT = [
    # the man after the aside is the source, not a victim
    (_KILLED_BEFORE + "وقُتل مع سليماني، بحسب ما قال أبو مهدي المهندس، عدد من المرافقين.",
     [], [AB("person:abu-mahdi-al-muhandis", "country:united-states")]),
    # wounded, not killed
    (_KILLED_BEFORE + "وأصيب مع سليماني مؤسس كتائب حزب الله أبو مهدي المهندس.",
     [], [AB("person:abu-mahdi-al-muhandis", "country:united-states")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), COMPANION + COMPANION_NOT)
def test_companion_long_title(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[-50:], must, must_not)


def test_companion_cut(ex: Any) -> None:
    """A text that ends right after "وقُتل مع" or the victim gives no error."""
    ex.extract(_KILLED_BEFORE + "وقُتل مع", lang="ar")
    ex.extract(_KILLED_BEFORE + "وقُتل مع سليماني", lang="ar")
