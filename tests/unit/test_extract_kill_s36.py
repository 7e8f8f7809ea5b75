"""Session 36 (``kill``): ASSASSINATED_BY recall, claimed killings; each construction with
sentences of our own and near-misses that must give no relation."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

HADI = "person:abu-samir-al-hadi"
SIDOV = "person:ahmed-sidov"
IDF = "organization:israel-defense-forces"
INTEL = "organization:military-intelligence"

# ---- an army's own wording: "قضى جيش الدفاع على المدعو X" ---------------------------------
SO_CALLED_AR = [
    ("قضى جيش الدفاع على المدعو أبو سمير الهادي قائد وحدة الصواريخ في الحركة.",
     [AB(HADI, IDF)], []),
    # a court's ruling, a span of time: nothing
    ("قضت المحكمة على المدعو أبو سمير الهادي بالسجن عشر سنوات.", [], [AB(HADI, IDF)]),
    ("قضى جيش الدفاع عامين في المنطقة قبل انسحابه، وقال أبو سمير الهادي إن الوضع هادئ.",
     [], [AB(HADI, IDF)]),
]

# ---- "بتوجيه استخباري من Y": intelligence guidance, not an order -----------------------------
GUIDANCE_AR = [
    ("قُتل القيادي أبو سمير الهادي بغارة جاءت بتوجيه استخباري من هيئة الاستخبارات العسكرية.",
     [], [AB(HADI, INTEL)]),
    ("قضى جيش الدفاع على المدعو أبو سمير الهادي قائد وحدة الصواريخ. وقضي معه المدعو أحمد "
     "سعيدوف. جاءت الغارة بتوجيه استخباري من هيئة الاستخبارات العسكرية.",
     [AB(HADI, IDF)], [AB(HADI, INTEL), AB(SIDOV, INTEL)]),
    # an order proper still names its giver
    ("قُتل القيادي أبو سمير الهادي بغارة جوية جاءت بتوجيه من وزير الدفاع أحمد سعيدوف.",
     [AB(HADI, SIDOV)], []),
]

CASES = SO_CALLED_AR + GUIDANCE_AR


@pytest.mark.parametrize(("text", "must", "must_not"), CASES)
def test_kill_s36(ex, text, must, must_not) -> None:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
