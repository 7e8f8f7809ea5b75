"""Arabic vocabulary of the three core relations (session 20, ``lexar``): verbs and phrases of
Arabic news writing (wire agencies, pan-Arab, Gulf, Levantine and Maghrebi outlets) that the
rules did not read yet. Our own sentences, not taken from any dev set.

- MET_WITH: "تحادث X مع Y" / "وتحادث X وY" (Maghreb wire style for held talks), as "تباحث";
  not a phone call ("تحادث X هاتفياً مع Y") nor a planned one ("من المقرر أن يتحادث").
  "عقد X قمة (ثنائية) مع Y"; not "شارك X في قمة مع Y", a virtual summit ("قمة افتراضية / عبر
  الفيديو"), nor a planned one ("سيعقد").
- SUCCESSOR_OF: "عُيّن X ... عوضاً عن Y" / "بدلاً عن Y" (with عن, as "بدلاً من Y"); not without
  an appointment ("تحدث X عوضاً عن Y": spoke in his stead).
- Titles: "الرئيس المنتهية ولايته X" (the outgoing president) keeps the title on X (a two-word
  qualifier, ``titles``), so "تسلّم Y السلطة من الرئيس المنتهية ولايته X" is read, and "ولايته"
  never starts a name.
- ASSASSINATED_BY: the active verbs "أردت Y X قتيلاً" (shot X dead) and "قضت Y على X" (finished X
  off), the agent right after the verb; not "أرداه جريحاً" (wounded), a court's sentence ("قضت
  المحكمة على X بالسجن"), X's hopes ("قضت Y على آمال X"), a negated act ("لم تقض Y على X").
  "على أيدي Y" (plural of "على يد Y": by the hands of) after a killing; not after another verb
  ("تسلّم X الجائزة على أيدي Y").
  "تمكنت / نجحت Y من / في اغتيال X" (managed to kill: Y did it); not "لم تتمكن", "فشلت Y في
  اغتيال X", nor "تمكن Z من الفرار بعد اغتيال X" (the killing is not Z's act).
  "سقط X (شهيداً) برصاص / بنيران Y" (fell to Y's fire) as "قُتل X برصاص Y"; not "سقط X جريحاً"
  (wounded), nor "إن صاروخاً سقط بنيران Y" (no person fell).
"""

import pytest

from tests.extract_support import AB, MW, SO, assert_relations

ERDOGAN, PEZESHKIAN = "person:recep-tayyip-erdogan", "person:masoud-pezeshkian"
E = "الرئيس التركي رجب طيب أردوغان"
P = "الرئيس الإيراني مسعود بزشكيان"
CASES_SUMMIT = [
 ("aqada_qimma", "ar", f"وعقد {P} قمة ثنائية مع {E} في طهران تناولت التجارة.",
  [MW(ERDOGAN, PEZESHKIAN)], []),
 ("ajra_qimma_svo", "ar", f"وكان {E} قد عقد قمة مع {P} في أنقرة.", [MW(ERDOGAN, PEZESHKIAN)],
  []),
 ("sharaka_qimma", "ar", f"وشارك {P} في قمة مع {E} وقادة آخرين.", [], [MW(ERDOGAN, PEZESHKIAN)]),
 ("qimma_virtual", "ar", f"وعقد {P} قمة افتراضية مع {E}.", [], [MW(ERDOGAN, PEZESHKIAN)]),
 ("qimma_planned", "ar", f"وسيعقد {P} قمة مع {E} الشهر المقبل.", [], [MW(ERDOGAN, PEZESHKIAN)]),
]
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"
RAISI = "person:ebrahim-raisi"
BAGHDADI, US = "person:abu-bakr-al-baghdadi", "country:united-states"

# (name, lang, text, must, must_not)
CASES = CASES_SUMMIT + [
 ("tahadatha_maa", "ar", f"تحادث {E} مع {P} في قصر الرئاسة بأنقرة.", [MW(ERDOGAN, PEZESHKIAN)], []),
 ("tahadatha_pair", "ar", f"وتحادث {P} و{E} مطولاً في طهران حول أمن الحدود.",
  [MW(ERDOGAN, PEZESHKIAN)], []),
 ("tahadatha_phone", "ar", f"وتحادث {E} هاتفياً مع {P} بشأن الحدود.", [],
  [MW(ERDOGAN, PEZESHKIAN)]),
 ("tahadatha_planned", "ar", f"ومن المقرر أن يتحادث {E} مع {P} في طهران.", [],
  [MW(ERDOGAN, PEZESHKIAN)]),
 ("iwadan_an", "ar", "وعيّن مجلس الشورى الشيخ نعيم قاسم أميناً عاماً للحزب عوضاً عن حسن نصر "
  "الله.", [SO(QASSEM, NASRALLAH)], []),
 ("badalan_an", "ar", "وكُلّف نعيم قاسم بالأمانة العامة بدلاً عن حسن نصر الله.",
  [SO(QASSEM, NASRALLAH)], []),
 ("iwadan_no_post", "ar", "وتحدث نعيم قاسم في المهرجان عوضاً عن حسن نصر الله.", [],
  [SO(QASSEM, NASRALLAH)]),
 ("qadat_ala", "ar", "وقالت واشنطن إن الولايات المتحدة قضت على أبو بكر البغدادي في إدلب.",
  [AB(BAGHDADI, US)], []),
 ("qadat_ala_title", "ar", "وقضت الولايات المتحدة على زعيم تنظيم داعش أبو بكر البغدادي في سوريا.",
  [AB(BAGHDADI, US)], []),
 ("ardat_qatilan", "ar", "وأردت الولايات المتحدة أبو بكر البغدادي قتيلاً بعد مطاردة طويلة.",
  [AB(BAGHDADI, US)], []),
 ("ardat_jarihan", "ar", "وأردت الولايات المتحدة أبو بكر البغدادي جريحاً بعد مطاردة طويلة.", [],
  [AB(BAGHDADI, US)]),
 ("qadat_hopes", "ar", "وقضت الولايات المتحدة على آمال أبو بكر البغدادي في التوسع.", [],
  [AB(BAGHDADI, US)]),
 ("qadat_court", "ar", "وقضت محكمة الولايات المتحدة على أبو بكر البغدادي بالسجن المؤبد.", [],
  [AB(BAGHDADI, US)]),
 ("qadat_negated", "ar", "ولم تقض الولايات المتحدة على أبو بكر البغدادي رغم الغارات.", [],
  [AB(BAGHDADI, US)]),
 ("ala_aydi", "ar", "وقُتل أبو بكر البغدادي على أيدي الولايات المتحدة في ريف إدلب.",
  [AB(BAGHDADI, US)], []),
 ("ala_aydi_masdar", "ar", "وأثار اغتيال أبو بكر البغدادي على أيدي الولايات المتحدة جدلاً.",
  [AB(BAGHDADI, US)], []),
 ("ala_aydi_no_kill", "ar", "وتسلّم أبو بكر البغدادي الجائزة على أيدي الولايات المتحدة.", [],
  [AB(BAGHDADI, US)]),
 ("tamakkanat_min", "ar", "وتمكنت الولايات المتحدة من اغتيال أبو بكر البغدادي في سوريا.",
  [AB(BAGHDADI, US)], []),
 ("najahat_fi_svo", "ar", "وأكد البيان أن الولايات المتحدة نجحت في تصفية أبو بكر البغدادي.",
  [AB(BAGHDADI, US)], []),
 ("lam_tatamakkan", "ar", "ولم تتمكن الولايات المتحدة من اغتيال أبو بكر البغدادي طوال سنوات.",
  [], [AB(BAGHDADI, US)]),
 ("fashilat", "ar", "وفشلت الولايات المتحدة في اغتيال أبو بكر البغدادي مرات عدة.", [],
  [AB(BAGHDADI, US)]),
 ("tamakkana_escape", "ar", "وتمكن أبو بكر البغدادي من الفرار بعد اغتيال نعيم قاسم.", [],
  [AB(QASSEM, BAGHDADI)]),
 ("muntahiya_tasallam", "ar", f"وتسلّم {P} السلطة رسمياً من الرئيس المنتهية ولايته إبراهيم "
  "رئيسي في طهران.", [SO(PEZESHKIAN, RAISI)], []),
 ("muntahiya_khalafa", "ar", f"وخلف {P} في المنصب الرئيس المنتهية ولايته إبراهيم رئيسي.",
  [SO(PEZESHKIAN, RAISI)], []),
 ("saqata_shahidan", "ar", "وسقط القيادي أبو بكر البغدادي شهيداً برصاص الولايات المتحدة.",
  [AB(BAGHDADI, US)], []),
 ("saqata_svo", "ar", "وأكد التنظيم أن أبو بكر البغدادي سقط بنيران الولايات المتحدة.",
  [AB(BAGHDADI, US)], []),
 ("saqata_jarihan", "ar", "وسقط أبو بكر البغدادي جريحاً برصاص الولايات المتحدة.", [],
  [AB(BAGHDADI, US)]),
 ("saqata_rocket", "ar", "وقال أبو بكر البغدادي إن صاروخاً سقط بنيران الولايات المتحدة.", [],
  [AB(BAGHDADI, US)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_vocab_ar(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)


def test_outgoing_word_is_no_name(ex) -> None:
    """"الرئيس المنتهية ولايته Z" with Z unknown: "ولايته Z" is no person."""
    doc = ex.extract(f"والتقى {E} الرئيس المنتهية ولايته كينياتا في أنقرة.", lang="ar")
    assert not [e["id"] for e in doc["entities"] if "walay" in e["id"]]
