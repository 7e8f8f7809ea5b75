"""Successions whose predecessor is named with a removal or death noun, or that are stated
with "reappointed" / "(لـ)يشغل المنصب": our own sentences, not taken from any dev set.

- a death or removal noun (وفاة، تنحي، إقصاء، استقالة، إقالة ...) before a known name is no
  first name of that person ("وفاة إبراهيم رئيسي" is Raisi, not "Wafa Ibrahim Raisi");
- "بعد إقصاء / الإطاحة بـY" names the predecessor like "بعد إقالة Y";
- "(اختير X) ليشغل المنصب منذ / بعد تنحي Y", "ويشغل X المنصب منذ استقالة Y";
- "K reappointed X in place of Y / in his place", "X was reappointed in place of Y".
"""

import pytest

from tests.extract_support import SO, rels

SUDANI, KADHIMI = "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi"
SALAM, MIKATI = "person:nawaf-salam", "person:najib-mikati"
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"
PEZESHKIAN, RAISI = "person:masoud-pezeshkian", "person:ebrahim-raisi"
FUAD, HAKIM = "person:fuad-hussein", "person:mohammed-ali-al-hakim"
KHASAWNEH, RAZZAZ = "person:bisher-al-khasawneh", "person:omar-razzaz"


@pytest.mark.parametrize("text,new,old", [
    ("تولى محمد شياع السوداني المنصب بالنيابة بعد إقصاء مصطفى الكاظمي.", SUDANI, KADHIMI),
    ("تولى محمد شياع السوداني المنصب بعد الإطاحة بمصطفى الكاظمي.", SUDANI, KADHIMI),
    ("تولى مسعود بزشكيان الرئاسة بعد وفاة إبراهيم رئيسي.", PEZESHKIAN, RAISI),
    ("تولى مسعود بزشكيان المنصب بعد وفاة إبراهيم رئيسي.", PEZESHKIAN, RAISI),
    ("عين الرئيس جوزاف عون نواف سلام ليشغل المنصب منذ تنحي نجيب ميقاتي.", SALAM, MIKATI),
    ("اختير نعيم قاسم ليشغل المنصب منذ مقتل حسن نصر الله.", QASSEM, NASRALLAH),
    ("انتخب نعيم قاسم ليشغل منصب الأمين العام بعد اغتيال حسن نصر الله.", QASSEM, NASRALLAH),
    ("ويشغل نواف سلام رئاسة الحكومة منذ استقالة نجيب ميقاتي.", SALAM, MIKATI),
    ("The council reappointed Fuad Hussein in place of Mohammed Ali al-Hakim.", FUAD, HAKIM),
    ("The council reappointed Fuad Hussein as minister in place of Mohammed Ali al-Hakim.",
     FUAD, HAKIM),
    ("Fuad Hussein was reappointed in place of Mohammed Ali al-Hakim.", FUAD, HAKIM),
    ("Omar Razzaz resigned. The king reappointed Bisher Khasawneh in his place.",
     KHASAWNEH, RAZZAZ),
])
def test_succession_after_removal(ex, text, new, old):
    lang = "en" if text.isascii() else "ar"
    assert SO(new, old) in rels(ex.extract(text, lang=lang))


@pytest.mark.parametrize("text,surface,eid", [
    ("أعلن الحزب وفاة إبراهيم رئيسي.", "إبراهيم رئيسي", RAISI),
    ("بعد وفاة حسن نصر الله تولى نعيم قاسم المنصب.", "حسن نصر الله", NASRALLAH),
    ("أعلن المجلس تنحي نجيب ميقاتي.", "نجيب ميقاتي", MIKATI),
])
def test_loss_noun_is_no_first_name(ex, text, surface, eid):
    doc = ex.extract(text, lang="ar")
    spans = {text[a:b] for e in doc["entities"] if e["id"] == eid for a, b in e["mentions"]}
    assert spans == {surface}


@pytest.mark.parametrize("text,lang", [
    ("تولى نواف سلام المنصب بعد اجتماعه مع نجيب ميقاتي.", "ar"),
    ("ويشغل نواف سلام المنصب منذ عام 2025 وقد التقى نجيب ميقاتي.", "ar"),
    ("حضر فؤاد حسين القمة بالنيابة عن مصطفى الكاظمي.", "ar"),
    ("Fuad Hussein was reappointed foreign minister after meeting Mohammed Ali al-Hakim.",
     "en"),
    ("Fuad Hussein attended the summit in place of Mustafa al-Kadhimi.", "en"),
])
def test_no_succession(ex, text, lang):
    assert not {r for r in rels(ex.extract(text, lang=lang)) if r[0] == "SUCCESSOR_OF"}
