"""Session 36: an Arabic handover of office told with its ceremony or meeting is a meeting of
the two holders and of those present (meeting_handover_ar).

"تسلّم X مهامه من سلفه Y خلال مراسم", "سلّم Y خلفه X ملفات الوزارة خلال لقاء", "جرت عملية
التسلم والتسليم بين Y وX"; "سلّم Y X مهامه في حضور Z". Counted in the dev writers JH, KH, KK
and KL (+7 core TP, +1 FP on dev, a handover "في مراسم مماثلة" its annotator left unpaired).
Not a handover with no ceremony or meeting told, a letter received from someone, a holder
who could not attend, nor "الوزير" read as a minister named before."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

FUAD = "person:fuad-hussein"
ARAJI = "person:qassim-al-araji"
SUDANI = "person:mohammed-shia-al-sudani"
KADHIMI = "person:mustafa-al-kadhimi"
SALIH = "person:barham-salih"

CASES = [
    # fail on the base
    ("تسلّم رئيس الوزراء محمد شياع السوداني مهامه من سلفه مصطفى الكاظمي خلال مراسم أقيمت في "
     "القصر الحكومي.", [MW(SUDANI, KADHIMI)], []),
    ("سلّم رئيس الوزراء السابق مصطفى الكاظمي خلفه محمد شياع السوداني ملفات الحكومة خلال لقاء "
     "في بغداد.", [MW(SUDANI, KADHIMI)], []),
    ("جرت اليوم عملية التسلم والتسليم بين رئيس الوزراء السابق مصطفى الكاظمي ورئيس الوزراء "
     "الجديد محمد شياع السوداني.", [MW(SUDANI, KADHIMI)], []),
    ("تسلّم فؤاد حسين مهامه من سلفه قاسم الأعرجي في مراسم بحضور الرئيس برهم صالح.",
     [MW(FUAD, ARAJI), MW(FUAD, SALIH), MW(ARAJI, SALIH)], []),
    # negatives
    ("تسلّم محمد شياع السوداني مهامه من سلفه مصطفى الكاظمي الأسبوع الماضي.", [],
     [MW(SUDANI, KADHIMI)]),
    ("تسلّم محمد شياع السوداني رسالة من مصطفى الكاظمي خلال لقاء مع السفير.", [],
     [MW(SUDANI, KADHIMI)]),
    ("تسلّم فؤاد حسين مهامه من قاسم الأعرجي، الذي تعذّر حضوره المراسم لوجوده خارج البلاد.",
     [], [MW(FUAD, ARAJI)]),
]


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_handover_met_ar_s36(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)
