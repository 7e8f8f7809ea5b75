"""Session 20: SUCCESSOR_OF in FC-FT (both languages)."""

from __future__ import annotations

import pytest

from tests.extract_support import assert_relations

SO_ = "SUCCESSOR_OF"
VAHIDI = "person:ahmad-vahidi"
YAZDI = "person:karim-yazdi"


# ---- "X was confirmed / named / chosen as Y's successor": the passive subject X -------------
AS_SUCCESSOR = [
    ("Ahmad Vahidi resigned in March. Karim Yazdi, a former police chief, was chosen as "
     "Vahidi's successor last week.", "en", [(SO_, YAZDI, VAHIDI)], []),
    ("After weeks of talks Karim Yazdi was finally confirmed as Ahmad Vahidi's successor.",
     "en", [(SO_, YAZDI, VAHIDI)], []),
    # "seen as" names nobody
    ("Karim Yazdi was widely seen as Ahmad Vahidi's successor.", "en", [],
     [(SO_, YAZDI, VAHIDI)]),
]


# ---- "Y did not last long. He was removed ..., when X was appointed ... in his place" ---------
QIN = "person:qin-gang"
WANG = "person:wang-yi"
HE_REMOVED = [
    ("Beijing named Qin Gang foreign minister in 2022. Qin Gang vanished within months. He "
     "was sacked in July, and Wang Yi was reappointed to the post in his place.", "en",
     [(SO_, WANG, QIN)], []),
    # he was not removed: no predecessor to read
    ("Beijing named Qin Gang foreign minister in 2022. Qin Gang spoke often. He praised "
     "Riyadh in July, and Wang Yi was reappointed to the post in his place.", "en", [],
     [(SO_, WANG, QIN)]),
]


# ---- "خلفاً لسيد شهداء الأمة (السيد) Y": an honorific epithet before the predecessor ----------
QASSEM = "person:naim-qassem"
NASRALLAH = "person:hassan-nasrallah"
EPITHET = [
    ("واختار مجلس الشورى الشيخ نعيم قاسم أميناً عاماً خلفاً لسيد شهداء المقاومة السيد حسن "
     "نصر الله.", "ar", [(SO_, QASSEM, NASRALLAH)], []),
    # an epithet with no name after it names no predecessor
    ("واختار مجلس الشورى الشيخ نعيم قاسم أميناً عاماً خلفاً لسيد شهداء الأمة.", "ar", [],
     [(SO_, QASSEM, NASRALLAH)]),
]


# ---- "لم يتضح إن كان X قد خلف Y": a succession reported as uncertain ------------------------
ANSARI = "person:abu-hudhayfa-al-ansari"
MUHAJIR = "person:abu-omar-al-muhajir"
UNSURE = [
    ("ولا يعرف ما إذا كان أبو حذيفة الأنصاري قد خلف أبا عمر المهاجر في منصبه.", "ar", [],
     [(SO_, ANSARI, MUHAJIR)]),
    ("وقد خلف أبو حذيفة الأنصاري أبا عمر المهاجر في منصبه، كما أعلن التنظيم.", "ar",
     [(SO_, ANSARI, MUHAJIR)], []),
]


# ---- an acting holder after a death: the dead holder is never one the sentence says ---------
# succeeded someone ("X became minister, succeeding Y, who died ...; Z had served as acting")
ARAGHCHI = "person:abbas-araghchi"
ABDOLLAHIAN = "person:hossein-amir-abdollahian"
KANI = "person:ali-bagheri-kani"
ACTING = [
    ("Foreign Minister Abbas Araghchi took office in August, succeeding Hossein "
     "Amir-Abdollahian, who was killed in a crash in May; Ali Bagheri Kani served as acting "
     "minister until then.", "en", [(SO_, ARAGHCHI, ABDOLLAHIAN)], [(SO_, KANI, ARAGHCHI)]),
]


# ---- "وكان X (، ...،) قد تولى المنصب ... بدلاً من Y": the subject of كان ------------------------
FUAD = "person:fuad-hussein"
HAKIM = "person:mohammed-ali-al-hakim"
KANA = [
    ("وكان فؤاد حسين، وزير المالية الأسبق، قد تسلم وزارة الخارجية عام 2020 بدلاً من محمد علي "
     "الحكيم.", "ar", [(SO_, FUAD, HAKIM)], []),
    # a hope, no قد + verb of taking the post: not read
    ("وكان فؤاد حسين يأمل أن يتولى الوزارة بدلاً من محمد علي الحكيم.", "ar", [],
     [(SO_, FUAD, HAKIM)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"),
                         AS_SUCCESSOR + HE_REMOVED + EPITHET + UNSURE + ACTING + KANA)
def test_successions_s20(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
