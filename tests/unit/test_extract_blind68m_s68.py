"""Session 68 (blind68m): fixes after the first contact of blind set RM-RN (Iran's nuclear file
2010-2021, written blind: the killed nuclear scientists, Rouhani after Ahmadinejad, Zarif's talks
with Kerry, Ashton and Mogherini, the IAEA chiefs, the Vienna talks of 2021), each read in several
paraphrases of other people and outlets.

- Succession, Arabic: «خلفاً لـY» after a "become" verb whose subject was named right before it
  behind a preposition: «أمضى K حكم رئاسة الجمهورية للدكتور X، ليصبح الرئيس الحادي عشر خلفاً
  لـY», «منح البرلمان الثقة للعميد X، ليكون وزيراً للدفاع خلفاً لـY», «سلّم K المرسوم إلى X، ليصبح
  ... خلفاً لـY»: X succeeded Y, not K, the subject of the sentence
  (``succession_copula_predicate_ar.become_subject_ar``, called from ``succession_rules_ar``).
"""

import pytest

from tests.extract_support import relation_pairs

KHAMENEI, ROUHANI, AHMADINEJAD, RAISI = ("person:ali-khamenei", "person:hassan-rouhani",
                                         "person:mahmoud-ahmadinejad", "person:ebrahim-raisi")
SALEHI, ABBASI, HATAMI, DEHGHAN = ("person:ali-akbar-salehi", "person:fereydoun-abbasi",
                                   "person:amir-hatami", "person:hossein-dehghan")
SHAMKHANI, JALILI = "person:ali-shamkhani", "person:saeed-jalili"


@pytest.mark.parametrize("text, new, old, other", [
    ("أمضى قائد الثورة الاسلامية آية الله السيد علي الخامنئي، صباح اليوم السبت، حكم رئاسة الجمهورية "
     "للدكتور حسن روحاني، ليصبح الرئيس الحادي عشر للجمهورية الاسلامية خلفاً لمحمود أحمدي نجاد.",
     ROUHANI, AHMADINEJAD, KHAMENEI),
    ("منح مجلس الشورى الإسلامي أمس الثقة للعميد أمير حاتمي، ليكون وزيراً للدفاع خلفاً لحسين دهقان.",
     HATAMI, DEHGHAN, None),
    ("سلّم الرئيس حسن روحاني مرسوم التعيين إلى علي أكبر صالحي، ليصبح رئيساً لمنظمة الطاقة الذرية "
     "خلفاً لفريدون عباسي.", SALEHI, ABBASI, ROUHANI),
    ("صادق المرشد علي خامنئي اليوم على انتخاب إبراهيم رئيسي، ليصبح الرئيس الثامن للبلاد خلفاً "
     "لحسن روحاني.", RAISI, ROUHANI, KHAMENEI),
    ("وقّع روحاني قرار تعيين الأدميرال علي شمخاني، ليصبح أميناً للمجلس الأعلى للأمن القومي خلفاً "
     "لسعيد جليلي.", SHAMKHANI, JALILI, ROUHANI),
])
def test_the_subject_of_become_before_khalafan_is_the_successor(rules_only, text, new, old, other):
    pairs = relation_pairs(rules_only, text, "SUCCESSOR_OF", "ar")
    assert (new, old) in pairs
    if other is not None:
        assert (other, old) not in pairs


@pytest.mark.parametrize("text, new, old", [
    # the subject before the verb is already the named successor: unchanged
    ("عيّن الرئيس حسن روحاني علي شمخاني أميناً للمجلس الأعلى للأمن القومي خلفاً لسعيد جليلي.",
     SHAMKHANI, JALILI),
    ("أدى إبراهيم رئيسي اليمين الدستورية أمام البرلمان، ليصبح الرئيس الثامن خلفاً لحسن روحاني.",
     RAISI, ROUHANI),
])
def test_khalafan_without_a_hidden_subject_is_unchanged(rules_only, text, new, old):
    assert (new, old) in relation_pairs(rules_only, text, "SUCCESSOR_OF", "ar")


@pytest.mark.parametrize("text", [
    "أعلن حسن روحاني أن علي شمخاني لن يصبح أميناً للمجلس خلفاً لسعيد جليلي.",
    "نفى مكتب الرئيس أن يكون علي شمخاني قد عُيّن أميناً للمجلس خلفاً لسعيد جليلي.",
])
def test_a_denied_succession_stays_unread(rules_only, text):
    assert (SHAMKHANI, JALILI) not in relation_pairs(rules_only, text, "SUCCESSOR_OF", "ar")
