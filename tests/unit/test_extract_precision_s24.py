"""Session 24 (precision): false core relations of the newer writers, each construction with
sentences of our own (not taken from any dev set), a case not to read and a case that still
reads."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

AMIRI = "person:hadi-al-amiri"
MALIKI = "person:nouri-al-maliki"
QAANI = "person:esmail-qaani"
SADR = "person:muqtada-al-sadr"

# ---- a meeting noun planned, then "but did not take place" after its (long) noun phrase ------
PLANNED_BUT_NOT = [
    ("en", "A meeting between Esmail Qaani and the leader of the Sadrist Movement, Muqtada "
     "al-Sadr, in al-Hannana had been planned but did not take place, a source said.",
     [], [MW(QAANI, SADR)]),
    ("en", "A meeting between Hadi al-Amiri and Nouri al-Maliki in the capital, Baghdad, had "
     "been scheduled for Monday, but it never took place.", [], [MW(AMIRI, MALIKI)]),
    ("en", "Talks between Hadi al-Amiri and Nouri al-Maliki, the former prime minister, in the "
     "capital were planned for the week, but were called off at the last minute.",
     [], [MW(AMIRI, MALIKI)]),
    ("ar", "وكان لقاء بين الجنرال إسماعيل قاآني وزعيم التيار الصدري مقتدى الصدر، في الحنانة، "
     "مقرراً الأسبوع الماضي، لكنه لم يُعقد.", [], [MW(QAANI, SADR)]),
    ("ar", "لقاء بين هادي العامري ونوري المالكي، في بغداد، كان مقرراً يوم الاثنين، غير أنه أُرجئ.",
     [], [MW(AMIRI, MALIKI)]),
    # still read: a meeting that was held
    ("en", "A meeting between Hadi al-Amiri and Nouri al-Maliki in the capital, Baghdad, was held "
     "on Monday.", [MW(AMIRI, MALIKI)], []),
    ("ar", "عُقد لقاء بين هادي العامري ونوري المالكي، في بغداد، يوم الاثنين.",
     [MW(AMIRI, MALIKI)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", PLANNED_BUT_NOT)
def test_precision(ex, lang, text, must, must_not):
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
