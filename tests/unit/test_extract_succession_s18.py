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


# ---- "بعد وفاة رئيسي": a one-word name the article gave in full, after a death noun ---------
RAISI = "person:ebrahim-raisi"
MOKHBER = "person:mohammad-mokhber"


def test_bare_name_after_death_noun(ex) -> None:
    text = ("لقي الرئيس الإيراني إبراهيم رئيسي حتفه في تحطم مروحية في أيار. وكان محمد مخبر قد "
            "تولى مهام الرئاسة بالوكالة بعد وفاة رئيسي حتى الانتخابات.")
    assert_relations(ex.extract(text, lang="ar"), "death noun", [SO(MOKHBER, RAISI)], [])


def test_death_noun_nisba_unnamed(ex) -> None:
    # the article never named Raisi: "رئيسي" stays an adjective ("a main death"), no person
    doc = ex.extract("وقال الطبيب إن سبب الوفاة رئيسي، وتولى محمد مخبر الملف بعد وفاة رئيسي.",
                     lang="ar")
    assert RAISI not in {e["id"] for e in doc["entities"]}


# ---- "X، الذي كان قد خلف (بدوره) Y": the relative clause's head (relative_head_kana_ar) -------
SALEHI = "person:ali-akbar-salehi"
ARAGHCHI = "person:abbas-araghchi"
RELATIVE_KANA = [
    ("وأشاد عباس عراقجي بمحمد جواد ظريف، الذي كان قد خلف علي أكبر صالحي في المنصب.", "ar",
     [SO(ZARIF, SALEHI)], [SO(ARAGHCHI, SALEHI)]),
    ("وتحدث الوزير عن محمد جواد ظريف، الذي كان قد خلف بدوره علي أكبر صالحي.", "ar",
     [SO(ZARIF, SALEHI)], []),
    # "خلف" after a relative without كان / قد and no head before a comma: not this rule
    ("وقال عباس عراقجي إن علي أكبر صالحي كان قد خلفه.", "ar", [], [SO(ARAGHCHI, SALEHI)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), RELATIVE_KANA)
def test_relative_head_kana(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
