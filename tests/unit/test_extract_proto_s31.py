"""Session 31 (proto): the Arabic honorific pronoun "سيادته" standing for the agency's principal.

Palestinian, Iraqi and Syrian agencies name their president or prime minister once and then
write "سيادته" ("His Excellency") for him: "والتقى سيادته ... Y" (he met Y), "وكان في استقبال
سيادته Y" (Y received him). The first "سيادته" of the article is the guest when it is received,
else the first person of the article titled president / head; every later one is that same
person, even past another president named in between ("ووضع سيادته الرئيس Z في صورة ... والتقى
سيادته Y": not Z); nobody when the person found is named in the sentence of the first one.
The sovereignty of a country or a people ("يحفظ سيادته واستقلاله") is no person. English "His
Excellency" with no name after it stands in one writer only and is not resolved this session
(the English case below is a guard that must stay as it is)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

ABBAS = "person:mahmoud-abbas"
SISI = "person:abdel-fattah-al-sisi"
STARMER = "person:keir-starmer"
GHEIT = "person:ahmed-aboul-gheit"
SUDANI = "person:mohammed-shia-al-sudani"
MACRON = "person:emmanuel-macron"
ERDOGAN = "person:recep-tayyip-erdogan"

CASES = [
    # the first "سيادته" opens a sentence: the first president of the article
    ("ar", "وصل رئيس دولة فلسطين محمود عباس أمس إلى باريس في زيارة رسمية. "
     "وعقد الرئيس الفرنسي إيمانويل ماكرون مؤتمراً صحفياً عن الاقتصاد. "
     "واجتمع سيادته بعد ذلك مع رئيس الوزراء البريطاني كير ستارمر في مقر السفارة.",
     [MW(ABBAS, STARMER)], [MW(MACRON, STARMER)]),
    ("ar", "وصل رئيس مجلس الوزراء محمد شياع السوداني اليوم إلى أنقرة. "
     "وتحدث الرئيس التركي رجب طيب أردوغان للصحفيين عن الحدود. "
     "كما التقى سيادته على هامش الزيارة الرئيس الفرنسي إيمانويل ماكرون.",
     [MW(SUDANI, MACRON)], [MW(ERDOGAN, MACRON)]),
    # the guest received, then the same person past another president named in between
    ("ar", "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة رئيس دولة فلسطين محمود عباس. "
     "وكان في استقبال سيادته عند المطار رئيس الوزراء البريطاني كير ستارمر. "
     "وأطلع سيادته الرئيس السيسي على الأوضاع في غزة. "
     "ثم اجتمع سيادته مساءً بالأمين العام لجامعة الدول العربية أحمد أبو الغيط.",
     [MW(ABBAS, STARMER), MW(ABBAS, GHEIT)], [MW(SISI, GHEIT), MW(SISI, STARMER)]),
    # negative: the sovereignty of a people is no person, and does not decide who the later
    # "سيادته" is (the guest received, not the host)
    ("ar", "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة رئيس دولة فلسطين محمود عباس. "
     "وأكد الرئيس المصري أن مصر تقف مع شعب يريد أن يحفظ سيادته واستقلاله. "
     "وكان في استقبال سيادته عند المطار رئيس الوزراء البريطاني كير ستارمر.",
     [MW(ABBAS, STARMER)], [MW(SISI, STARMER)]),
    # negative: with nobody titled president or head named before (a minister), the guest
    # "سيادته" is nobody
    ("ar", "تحدث وزير الخارجية الفرنسي جان نويل بارو للصحفيين في باريس. "
     "وكان في استقبال سيادته في لندن رئيس الوزراء البريطاني كير ستارمر.",
     [], [MW("person:jean-noel-barrot", STARMER)]),
    # negative: the first president of the article is named in the sentence of the first
    # "سيادته" himself ("أطلع سيادته الرئيس X"): "سيادته" is somebody else, not found: nobody
    ("ar", "التقى الرئيس المصري عبد الفتاح السيسي في القاهرة رئيس الوزراء البريطاني كير "
     "ستارمر. وأطلع سيادته الرئيس السيسي على الأوضاع في غزة. ثم اجتمع سيادته مساءً بالأمين "
     "العام لجامعة الدول العربية أحمد أبو الغيط.",
     [MW(SISI, STARMER)], [MW(SISI, GHEIT)]),
    # negative (English, not built): a bare "His Excellency" is nobody yet
    ("en", "Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Paris on Monday. French "
     "President Emmanuel Macron spoke to reporters about trade. His Excellency later sat down "
     "with British Prime Minister Keir Starmer.",
     [], [MW(MACRON, STARMER)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_proto_s31(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
