"""Entities new to the project used by blind sets CX, CY and CZ (annotator of README_CZ.md).

`NEW` holds only ids that none of blind_entities_ch/ck/cn/cq.ALL defines. `ALL` merges those four
tables (KNOWN and the earlier annotators' files) plus NEW. The parallel annotators' files
(sets CR-CT and CU-CW) are deliberately not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_ch import ALL as _CH  # noqa: E402
from blind_entities_ck import ALL as _CK  # noqa: E402
from blind_entities_cn import ALL as _CN  # noqa: E402
from blind_entities_cq import ALL as _CQ  # noqa: E402

NEW = {
    # --- people
    "person:nassar-al-rubaie": ("Person", "Nassar al-Rubaie", "نصار الربيعي"),
    "person:hussein-allawi": ("Person", "Hussein Allawi", "حسين علاوي"),
    "person:hassan-audi": ("Person", "Hassan Audi", "حسان عودة"),
    "person:jean-yves-le-drian": ("Person", "Jean-Yves Le Drian", "جان إيف لودريان"),
    "person:michel-issa": ("Person", "Michel Issa", "ميشال عيسى"),
    "person:eyal-zamir": ("Person", "Eyal Zamir", "إيال زامير"),
    "person:abdulkarim-al-houthi": ("Person", "Abdulkarim Amiruddin al-Houthi", "عبد الكريم أمير الدين الحوثي"),
    "person:tim-lenderking": ("Person", "Tim Lenderking", "تيم ليندركينغ"),
    "person:roger-carstens": ("Person", "Roger Carstens", "روجر كارستنز"),
    "person:daniel-rubinstein": ("Person", "Daniel Rubinstein", "دانيال روبنستين"),
    "person:maher-al-sharaa": ("Person", "Maher al-Sharaa", "ماهر الشرع"),
    "person:hamish-falconer": ("Person", "Hamish Falconer", "هاميش فالكونر"),
    "person:mohammed-ali-al-houthi": ("Person", "Mohammed Ali al-Houthi", "محمد علي الحوثي"),
    # --- organisations
    "organization:syrian-government": ("Organization", "Government of Syria", "الحكومة السورية"),
    "organization:syrian-foreign-ministry": ("Organization", "Syrian Ministry of Foreign Affairs",
                                             "وزارة الخارجية السورية"),
    "organization:syrian-presidency": ("Organization", "Syrian Presidency", "رئاسة الجمهورية السورية"),
    "organization:israeli-government": ("Organization", "Government of Israel", "الحكومة الإسرائيلية"),
    "organization:southern-transitional-council": ("Organization", "Southern Transitional Council",
                                                   "المجلس الانتقالي الجنوبي"),
    # --- places
    "location:deir-qanoun-al-nahr": ("Location", "Deir Qanoun al-Nahr", "دير قانون النهر"),
}

_BEFORE = {**_CH, **_CK, **_CN, **_CQ}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
