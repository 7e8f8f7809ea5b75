"""Session 41, Arabic coreference for the core relations (topic corefar): a side of the pair
is a pronoun, an honorific pronoun or a dual in the sentence, named in the sentences before;
sentences written for these tests (other people, places and word orders)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

# ---- "في استقبال سيادته": the guest received is not a dead man named before him
# (honorific_refs._dead_titled) ----------------------------------------------------------
GUEST_ALIVE = [
    # the predecessor named dead after the guest, in the sentence before
    ("وصل رئيس الجمهورية الإيرانية الدكتور مسعود بزشكيان، مساء الثلاثاء، إلى الدوحة في "
     "زيارة رسمية هي الأولى له منذ انتخابه خلفاً للرئيس الشهيد آية الله السيد إبراهيم رئيسي.\n"
     "وكان في استقبال سيادته في المطار رئيس الوزراء الشيخ محمد بن عبد الرحمن آل ثاني.",
     [MW("person:masoud-pezeshkian", "person:mohammed-bin-abdulrahman-al-thani")],
     [MW("person:ebrahim-raisi", "person:mohammed-bin-abdulrahman-al-thani")]),
    # "ضيفه": the visitor, not the predecessor named after "خلفاً لـ" (whose "trip" was read too)
    ("بدأ رئيس الوزراء العراقي محمد شياع السوداني، الاثنين، زيارة رسمية إلى القاهرة هي الأولى "
     "له منذ تسلمه منصبه خلفاً لمصطفى الكاظمي، بعد أن تأجلت زيارة كانت مقررة إلى عمّان.\n"
     "واستقبل الرئيس المصري عبد الفتاح السيسي ضيفه في قصر الاتحادية.",
     [MW("person:abdel-fattah-el-sisi", "person:mohammed-shia-al-sudani")],
     [MW("person:abdel-fattah-el-sisi", "person:mustafa-al-kadhimi")]),
]

GUEST_ALIVE_NOT = [
    # cut right after "ضيفه": the predecessor is no guest
    ("زار رئيس الوزراء العراقي محمد شياع السوداني القاهرة خلفاً لمصطفى الكاظمي. واستقبل الرئيس "
     "المصري عبد الفتاح السيسي ضيفه",
     [MW("person:abdel-fattah-el-sisi", "person:mustafa-al-kadhimi")]),
    # cut right after the cue: nothing, no crash
    ("وصل رئيس الجمهورية الإيرانية مسعود بزشكيان إلى الدوحة خلفاً للرئيس الراحل إبراهيم "
     "رئيسي. وكان في استقبال سيادته",
     [MW("person:ebrahim-raisi", "person:masoud-pezeshkian")]),
    # the dead man is the only president named: nobody is the guest
    ("أحيت السفارة ذكرى الرئيس الشهيد إبراهيم رئيسي في الدوحة.\n"
     "وكان في استقبال سيادته رئيس الوزراء الشيخ محمد بن عبد الرحمن آل ثاني.",
     [MW("person:ebrahim-raisi", "person:mohammed-bin-abdulrahman-al-thani")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), GUEST_ALIVE)
def test_guest_alive(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), GUEST_ALIVE_NOT)
def test_guest_alive_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)


# ---- "<title> <body> الجديد" with a place after it, the new holder appointed or sworn in before
# (desc_new_construct_ar._new_at, _sworn_in, _past_aside) ---------------------------------
NEW_HOLDER = [
    # appointed "خلفاً لـ"; "الجديد في القاهرة": the place after the qualifier
    ("أصدر الرئيس المصري عبد الفتاح السيسي قراراً بتعيين اللواء حسن رشاد رئيساً لجهاز "
     "المخابرات العامة، خلفاً للواء عباس كامل.\n"
     "وبعد أسبوع، التقى رئيس الجهاز الجديد في القاهرة رئيس المكتب السياسي لحركة حماس خليل "
     "الحية.",
     [MW("person:hassan-rashad", "person:khalil-al-hayya")],
     [MW("person:abdel-fattah-el-sisi", "person:khalil-al-hayya")]),
    # sworn in, a day aside between the name and the oath
    ("أدى محمد شياع السوداني، مساء الخميس، اليمين الدستورية رئيساً لمجلس الوزراء أمام "
     "البرلمان.\n"
     "وفي وقت لاحق، التقى رئيس المجلس الجديد في القصر الحكومي رئيس إقليم كوردستان نيجيرفان "
     "بارزاني.",
     [MW("person:mohammed-shia-al-sudani", "person:nechirvan-barzani")], []),
]

NEW_HOLDER_NOT = [
    # two people appointed to the body: no one "new head" to pick
    ("عيّن الرئيس عبد الفتاح السيسي اللواء حسن رشاد رئيساً لجهاز المخابرات العامة، وعيّن "
     "اللواء عباس كامل رئيساً لجهاز المخابرات الحربية.\n"
     "وبعد أسبوع، التقى رئيس الجهاز الجديد في القاهرة خليل الحية.",
     [MW("person:hassan-rashad", "person:khalil-al-hayya"),
      MW("person:abbas-kamel", "person:khalil-al-hayya")]),
    # the oath taken for another body: not the council's new head
    ("أدى محمد شياع السوداني، مساء الخميس، اليمين الدستورية رئيساً لمجلس الوزراء.\n"
     "وفي وقت لاحق، التقى رئيس الجهاز الجديد في بغداد نيجيرفان بارزاني.",
     [MW("person:mohammed-shia-al-sudani", "person:nechirvan-barzani")]),
    # cut right after the qualifier and its place word
    ("أدى محمد شياع السوداني، مساء الخميس، اليمين الدستورية رئيساً لمجلس الوزراء. والتقى "
     "نيجيرفان بارزاني رئيس المجلس الجديد في",
     []),
]


@pytest.mark.parametrize(("text", "must", "must_not"), NEW_HOLDER)
def test_new_holder(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), NEW_HOLDER_NOT)
def test_new_holder_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)
