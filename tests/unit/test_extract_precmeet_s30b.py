"""Session 30, second round (precmeet): serial meetings of one subject whose partners were
paired with each other, counted among the MET_WITH false positives of `rules` on JG-JO,
IX-JF, IO-IW and IF-IN.

"X met A and B (in a joint meeting), then met C separately": C was paired with A and B (the
nearest people before the second verb), and X-C was missed; "X met A, then held a meeting with
leaders ..., among them C and D": C and D were paired with A. The subject of the second
clause is X."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

QAANI = "person:esmail-qaani"
FAYYADH = "person:falih-al-fayyadh"
MUHAMMADAWI = "person:abdul-aziz-al-muhammadawi"
WALAI = "person:abu-alaa-al-walai"
KADHIMI = "person:mustafa-al-kadhimi"
AMIRI = "person:hadi-al-amiri"
KHAZALI = "person:qais-al-khazali"

CASES = [
    # the objects of a joint meeting, then one more partner met alone: the visitor met him
    ("ar", "وبحسب المصادر، التقى قاءاني رئيس هيئة الحشد الشعبي فالح الفياض ورئيس أركان الهيئة "
     "عبد العزيز المحمداوي في اجتماع مشترك، ثم اجتمع على انفراد بالأمين العام لكتائب سيد "
     "الشهداء أبو آلاء الولائي.",
     [MW(QAANI, WALAI), MW(QAANI, FAYYADH), MW(FAYYADH, MUHAMMADAWI)],
     [MW(WALAI, FAYYADH), MW(WALAI, MUHAMMADAWI)]),
    ("en", "Esmail Qaani met Falih al-Fayyadh and Abdul Aziz al-Muhammadawi, then met "
     "separately with Abu Alaa al-Walai.",
     [MW(QAANI, WALAI), MW(QAANI, FAYYADH), MW(QAANI, MUHAMMADAWI)],
     [MW(WALAI, FAYYADH), MW(WALAI, MUHAMMADAWI)]),
    ("en", "Esmail Qaani met Hadi al-Amiri, Falih al-Fayyadh and Abdul Aziz al-Muhammadawi, "
     "then met with Abu Alaa al-Walai.",
     [MW(QAANI, WALAI), MW(QAANI, AMIRI)],
     [MW(WALAI, FAYYADH), MW(WALAI, AMIRI), MW(WALAI, MUHAMMADAWI)]),
    # one partner, then a meeting with a group's leaders named after "among them"
    ("ar", "والتقى قاآني الكاظمي في مقر إقامته، ثم عقد اجتماعاً مشتركاً مع قادة في «الإطار "
     "التنسيقي»، بينهم زعيم تحالف «الفتح» هادي العامري والأمين العام لـ«عصائب أهل الحق» قيس "
     "الخزعلي، وفق مصادر سياسية.",
     [MW(QAANI, KADHIMI), MW(QAANI, AMIRI), MW(QAANI, KHAZALI)],
     [MW(KADHIMI, AMIRI), MW(KADHIMI, KHAZALI)]),
    ("en", "Esmail Qaani met Mustafa al-Kadhimi at his residence, then held a joint meeting "
     "with leaders of the Coordination Framework, among them Hadi al-Amiri and Qais "
     "al-Khazali.",
     [MW(QAANI, KADHIMI), MW(QAANI, AMIRI), MW(QAANI, KHAZALI)],
     [MW(KADHIMI, AMIRI), MW(KADHIMI, KHAZALI)]),
    # unchanged: a clause of its own after ", and" keeps its own subject
    ("en", "Nabih Berri received Falih al-Fayyadh, and Abdul Aziz al-Muhammadawi met Abu Alaa "
     "al-Walai.", [MW(MUHAMMADAWI, WALAI)], [MW("person:nabih-berri", WALAI)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_serial_meetings_s30b(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
