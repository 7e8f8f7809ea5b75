"""Entities new to the project used by blind sets DV, DW and DX (annotator of README_DX.md).

`NEW` holds only ids that none of blind_entities_ck/cq/ct/cw/cz/dc/df/di/dl/do/dr.ALL defines.
`ALL` merges those eleven tables plus NEW. Parallel annotators' files are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_ck import ALL as _CK  # noqa: E402
from blind_entities_cq import ALL as _CQ  # noqa: E402
from blind_entities_ct import ALL as _CT  # noqa: E402
from blind_entities_cw import ALL as _CW  # noqa: E402
from blind_entities_cz import ALL as _CZ  # noqa: E402
from blind_entities_dc import ALL as _DC  # noqa: E402
from blind_entities_df import ALL as _DF  # noqa: E402
from blind_entities_di import ALL as _DI  # noqa: E402
from blind_entities_dl import ALL as _DL  # noqa: E402
from blind_entities_do import ALL as _DO  # noqa: E402
from blind_entities_dr import ALL as _DR  # noqa: E402

NEW = {
    # --- people
    "person:othman-al-ghanimi": ("Person", "Othman al-Ghanimi", "عثمان الغانمي"),
    "person:mansour-al-marid": ("Person", "Mansour al-Marid", "منصور المرعيد"),
    "person:ali-farhan-al-dulaimi": ("Person", "Ali Farhan al-Dulaimi", "علي فرحان الدليمي"),
    "person:badr-al-fahal": ("Person", "Badr al-Fahal", "بدر الفحل"),
    "person:ammar-jabr": ("Person", "Ammar Jabr Khalil", "عمار جبر خليل"),
    "person:claudio-cordone": ("Person", "Claudio Cordone", "كلاوديو كوردوني"),
    "person:hassan-al-tamimi": ("Person", "Hassan al-Tamimi", "حسن التميمي"),
    "person:ihsan-al-awadi": ("Person", "Ihsan al-Awadi", "إحسان العوادي"),
    "person:mohammed-ibrahim-al-hafez": ("Person", "Mohammed Ibrahim al-Hafez", "محمد إبراهيم الحافظ"),
    "person:najmaldin-karim": ("Person", "Najmaldin Karim", "نجم الدين كريم"),
    "person:shorsh-ismail": ("Person", "Shorsh Ismail", "شورش إسماعيل"),
    "person:sean-parnell": ("Person", "Sean Parnell", "شون بارنيل"),
    "person:abdul-aziz-al-hakim": ("Person", "Abdul Aziz al-Hakim", "عبد العزيز الحكيم"),
    # --- organisations
    "organization:iraqi-finance-ministry": ("Organization", "Iraqi Ministry of Finance", "وزارة المالية العراقية"),
    "organization:kirkuk-provincial-council": ("Organization", "Kirkuk Provincial Council", "مجلس محافظة كركوك"),
    # --- places
    "location:salahuddin": ("Location", "Salahuddin Governorate", "محافظة صلاح الدين"),
    "location:ramadi": ("Location", "Ramadi", "الرمادي"),
    # --- outlets
    "outlet:alhurra": ("Outlet", "Alhurra", "الحرة"),
    "outlet:al-ain-news": ("Outlet", "Al-Ain News", "العين الإخبارية"),
    "outlet:the-new-arab": ("Outlet", "The New Arab", "العربي الجديد (الإنجليزية)"),
    "outlet:middle-east-eye": ("Outlet", "Middle East Eye", "ميدل إيست آي"),
}

_BEFORE = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI, **_DL, **_DO, **_DR}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
