"""Entities new to the project used by blind sets EH, EI and EJ (annotator of README_EJ.md).

`NEW` holds only ids that none of blind_entities_ck/cq/ct/cw/cz/dc/df/di/dl/do/dr/du/dx/ea.ALL
defines. `ALL` merges those fourteen tables plus NEW. The parallel annotators' files (sets EB-ED,
EE-EG) are not imported.
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
from blind_entities_du import ALL as _DU  # noqa: E402
from blind_entities_dx import ALL as _DX  # noqa: E402
from blind_entities_ea import ALL as _EA  # noqa: E402

NEW = {
    # --- people
    "person:yasser-sukhail": ("Person", "Yasser Sukhail", "ياسر صخيل"),
    "person:hassan-nadhim": ("Person", "Hassan Nadhim", "حسن ناظم"),
    "person:kadhim-al-issawi": ("Person", "Kadhim al-Issawi", "كاظم العيساوي"),
    "person:alaa-al-jubouri": ("Person", "Alaa al-Jubouri (Iraqi trade minister 2020-2022)", "علاء الجبوري"),
    "person:ali-tatar": ("Person", "Ali Tatar", "علي تتر"),
    "person:farhad-atrushi": ("Person", "Farhad Atrushi", "فرهاد أتروشي"),
    "person:mohammed-muhi": ("Person", "Mohammed Muhi", "محمد محيي"),
    "person:aqeel-al-fatlawi": ("Person", "Aqeel al-Fatlawi", "عقيل الفتلاوي"),
    "person:kifah-mahmoud": ("Person", "Kifah Mahmoud", "كفاح محمود"),
    "person:mushriq-abbas": ("Person", "Mushriq Abbas", "مشرق عباس"),
    # --- organisations
    "organization:iraqi-trade-ministry": ("Organization", "Iraqi Ministry of Trade", "وزارة التجارة العراقية"),
    # --- places
    "location:duhok": ("Location", "Duhok", "دهوك"),
}

_BEFORE = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI, **_DL, **_DO, **_DR, **_DU,
           **_DX, **_EA}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI, **_DL, **_DO, **_DR, **_DU, **_DX,
       **_EA, **NEW}
