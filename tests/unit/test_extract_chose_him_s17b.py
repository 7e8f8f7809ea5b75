"""An Arabic successor named by an object pronoun, session 17 second round: "حين اختارته
الهيئة خليفةً لـY" is the main clause's subject, "وكانت الهيئة قد اختارته خليفة لـY" /
"واختاره مجلس الشورى ... خلفاً لـY" the previous sentence's."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

CASES = [
    ("ويشغل أبو فدك منصبه منذ شباط 2020، حين اختارته الهيئة خليفةً لأبي مهدي المهندس الذي قُتل "
     "مع قاسم سليماني في ضربة أميركية.", "ar",
     [SO("person:abdul-aziz-al-muhammadawi", "person:abu-mahdi-al-muhandis")],
     [SO("person:qasem-soleimani", "person:abu-mahdi-al-muhandis")]),
    ("وصل عبد العزيز المحمداوي إلى طهران أمس. وكانت الهيئة قد اختارته خليفة لأبي مهدي المهندس "
     "عام 2020.", "ar",
     [SO("person:abdul-aziz-al-muhammadawi", "person:abu-mahdi-al-muhandis")], []),
    ("التقى الرئيس مسعود بزشكيان رئيس الوزراء محمد شياع السوداني. وكان الناخبون قد اختاروه "
     "بعد وفاة إبراهيم رئيسي.", "ar", [],
     [SO("person:mohammed-shia-al-sudani", "person:ebrahim-raisi")]),
    ("عاد نعيم قاسم إلى بيروت. واختاره مجلس الشورى أميناً عاماً خلفاً لحسن نصر الله.", "ar",
     [SO("person:naim-qassem", "person:hassan-nasrallah")], []),
    ("استقبل رئيس الوزراء محمد شياع السوداني وزير الخارجية فؤاد حسين، واختاره المجلس خليفةً "
     "لهوشيار زيباري.", "ar", [],
     [SO("person:mohammed-shia-al-sudani", "person:hoshyar-zebari")]),
]


@pytest.mark.parametrize("text,lang,must,never", CASES)
def test_chose_him_as_successor(ex, text: str, lang: str, must: list, never: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, never)
