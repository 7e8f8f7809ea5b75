"""Session 18: successions the writers of sets EK-ES state and the extractor did not read."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

ZARIF = "person:mohammad-javad-zarif"
ABDOLLAHIAN = "person:hossein-amir-abdollahian"
FAYYADH = "person:falih-al-fayyadh"
ASADI = "person:abdul-ghani-al-asadi"
SOLEIMANI = "person:qasem-soleimani"
MUHANDIS = "person:abu-mahdi-al-muhandis"
QAANI = "person:esmail-qaani"

# ---- "خلفه Y" after a clause whose subject left the post (succession_khalafahu.py) ----------
KHALAFAHU = [
    ("وكان محمد جواد ظريف قد غادر منصبه في آب 2021، وخلفه حسين أمير عبد اللهيان.", "ar",
     [SO(ABDOLLAHIAN, ZARIF)], []),
    ("ويرأس فالح الفياض هيئة الحشد منذ سنوات، وسبق أن ترأس جهاز الأمن الوطني، حيث خلفه عبد "
     "الغني الأسدي.", "ar", [SO(ASADI, FAYYADH)], []),
    # two subjects, the post names the one: the first, not the victim named last
    ("وكان قاسم سليماني وأبو مهدي المهندس قد قُتلا بغارة أميركية، وخلفه في قيادة فيلق القدس "
     "إسماعيل قاآني.", "ar", [SO(QAANI, SOLEIMANI)], [SO(QAANI, MUHANDIS)]),
    # "خلفه" as "behind him": no succession
    ("ووقف حسين أمير عبد اللهيان خلفه في الصورة مع محمد جواد ظريف.", "ar", [],
     [SO(ABDOLLAHIAN, ZARIF), SO(ZARIF, ABDOLLAHIAN)]),
    ("وجلس محمد جواد ظريف في الصف الأول، وخلفه حسين أمير عبد اللهيان.", "ar", [],
     [SO(ABDOLLAHIAN, ZARIF), SO(ZARIF, ABDOLLAHIAN)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), KHALAFAHU)
def test_khalafahu_clause_subject(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
