"""Session 31b (meetar2): an Arabic meeting party told as "the new <post>", its holder the
one appointed in the article with no named predecessor.

Counted on the dev writers: a meeting with the new holder named only by his post ("استقبل X
رئيسَ <الهيئة> الجديد") after an appointment with no predecessor named ("أعلن تعيين Y رئيساً
لـ<الهيئة> خلفاً للشهيد القائد") or a new body headed by him ("مجلس ... برئاسة Y")
stood in II-IK and JM-JO (6 pairs); "نائبه الجديد" (a possessive title, GA-GC) is not read.
The sentences below are our own. The English side is not touched: its case is a negative
one, passing on the base too.
"""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

FAYYADH = "person:falih-al-fayyadh"
RASHID = "person:abdul-latif-rashid"
SUDANI = "person:mohammed-shia-al-sudani"
ABBAS = "person:mahmoud-abbas"
MUSTAFA = "person:mohammed-mustafa"
SHEIKH = "person:hussein-al-sheikh"

CASES = [
    # an appointment whose predecessor is not named, then the new holder received by his post
    ("ar", "أعلنت الرئاسة تعيين الفريق فالح الفياض رئيساً لهيئة الأركان خلفاً للقائد الراحل. "
     "وفي وقت لاحق استقبل الرئيس عبد اللطيف رشيد رئيسَ هيئة الأركان الجديد، بحضور محمد شياع "
     "السوداني.", [MW(RASHID, FAYYADH), MW(FAYYADH, SUDANI)], []),
    # a new body headed by him ("برئاسة"), then its head received by his post, one present
    ("ar", "أعلن تشكيل مجلس أعلى للإعمار برئاسة الدكتور محمد مصطفى. واستقبل الرئيس محمود عباس "
     "في رام الله رئيس المجلس الجديد، بحضور حسين الشيخ.",
     [MW(ABBAS, MUSTAFA), MW(SHEIKH, MUSTAFA)], []),
    # negatives: appointed to another post; heading a committee or a delegation, not the
    # council named
    ("ar", "أعلنت الرئاسة تعيين فالح الفياض وزيراً للداخلية. واستقبل الرئيس عبد اللطيف رشيد "
     "رئيس هيئة الأركان الجديد.", [], [MW(RASHID, FAYYADH)]),
    ("ar", "أعلن تشكيل لجنة وطنية برئاسة الدكتور محمد مصطفى، ولم يعلن أعضاؤها بعد. واستقبل "
     "الرئيس محمود عباس في رام الله رئيس المجلس الجديد، بحضور حسين الشيخ.", [],
     [MW(ABBAS, MUSTAFA), MW(SHEIKH, MUSTAFA)]),
    ("ar", "وصل وفد برئاسة محمد مصطفى إلى عمّان، ثم غادر إلى القاهرة. واستقبل الرئيس محمود "
     "عباس في رام الله رئيس المجلس الجديد، بحضور حسين الشيخ.", [], [MW(ABBAS, MUSTAFA)]),
    ("en", "The presidency appointed Falih al-Fayyadh interior minister. President Abdul Latif "
     "Rashid later received the new chief of staff.", [], [MW(RASHID, FAYYADH)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_meetar2_s31b(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
