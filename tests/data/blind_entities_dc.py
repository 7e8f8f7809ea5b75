"""Entities new to the project used by blind sets DA, DB and DC (annotator of README_DC.md).

`NEW` holds only ids that none of blind_entities_ck/cq/ct/cw/cz.ALL defines. `ALL` merges those
five tables plus NEW. The parallel annotators' files (sets DD-DF and DG-DI) are deliberately not
imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_ck import ALL as _CK  # noqa: E402
from blind_entities_cq import ALL as _CQ  # noqa: E402
from blind_entities_ct import ALL as _CT  # noqa: E402
from blind_entities_cw import ALL as _CW  # noqa: E402
from blind_entities_cz import ALL as _CZ  # noqa: E402

NEW = {
    # --- people
    "person:khalid-shwani": ("Person", "Khalid Shwani", "خالد شواني"),
    "person:yassin-al-yasiri": ("Person", "Yassin al-Yasiri", "ياسين الياسري"),
    "person:ammar-hamad-khalaf": ("Person", "Ammar Hamad Khalaf", "عمار حمد خلف"),
    "person:salem-al-issawi": ("Person", "Salem al-Issawi", "سالم العيساوي"),
    "person:ibrahim-al-jabiri": ("Person", "Ibrahim al-Jabiri", "إبراهيم الجابري"),
    "person:darbaz-kosrat-rasul": ("Person", "Darbaz Kosrat Rasul", "دارباز كوسرت رسول"),
    "person:saif-al-badr": ("Person", "Saif al-Badr", "سيف البدر"),
    "person:kazim-mohsen": ("Person", "Kazim Mohsen (Abu Ali al-Dabi)", "كاظم محسن (أبو علي الدبي)"),
    "person:mark-stroh": ("Person", "Mark Stroh", "مارك سترو"),
    "person:omer-bolat": ("Person", "Omer Bolat", "عمر بولات"),
    # --- organisations
    "organization:iraqi-oil-ministry": ("Organization", "Iraqi Ministry of Oil", "وزارة النفط العراقية"),
    "organization:sovereignty-alliance": ("Organization", "Sovereignty (Siyada) Alliance", "تحالف السيادة"),
    "organization:iraqi-health-ministry": ("Organization", "Iraqi Ministry of Health", "وزارة الصحة العراقية"),
}

_BEFORE = {**_CK, **_CQ, **_CT, **_CW, **_CZ}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
