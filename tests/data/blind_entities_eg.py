"""Entities new to the project used by blind sets EE, EF and EG (annotator of README_EG.md).

`NEW` holds only ids that none of blind_entities_ck/cq/ct/cw/cz/dc/df/di/dl/do/dr/du/dx/ea.ALL
defines. `ALL` merges those fourteen tables plus NEW. The parallel annotators' files are not imported.
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
    "person:saeed-jalili": ("Person", "Saeed Jalili", "سعيد جليلي"),
    "person:mostafa-pourmohammadi": ("Person", "Mostafa Pourmohammadi", "مصطفى بور محمدي"),
    "person:mohammad-jafar-ghaempanah": ("Person", "Mohammad Jafar Ghaempanah", "محمد جعفر قائم بناه"),
    "person:mohammad-atabak": ("Person", "Mohammad Atabak", "محمد أتابك"),
    "person:behrouz-kamalvandi": ("Person", "Behrouz Kamalvandi", "بهروز كمالوندي"),
    "person:reza-najafi": ("Person", "Reza Najafi", "رضا نجفي"),
    "person:massimo-aparo": ("Person", "Massimo Aparo", "ماسيمو أبارو"),
    "person:abdullah-alanazi": ("Person", "Abdullah bin Saud Alanazi", "عبد الله بن سعود العنزي"),
    "person:kaja-kallas": ("Person", "Kaja Kallas", "كايا كالاس"),
    "person:davoud-sheikhian": ("Person", "Davoud Sheikhian", "داود شيخيان"),
    "person:abdolhamid-minouchehr": ("Person", "Abdolhamid Minouchehr", "عبد الحميد منوتشهر"),
    "person:mohammad-bagher-zolghadr": ("Person", "Mohammad Bagher Zolghadr", "محمد باقر ذو القدر"),
    "person:sultan-al-muraikhi": ("Person", "Sultan bin Saad Al-Muraikhi", "سلطان بن سعد المريخي"),
    "person:yuri-ushakov": ("Person", "Yuri Ushakov", "يوري أوشاكوف"),
    # --- places
    "location:fordow": ("Location", "Fordow enrichment site", "منشأة فوردو"),
    "location:natanz": ("Location", "Natanz enrichment site", "منشأة نطنز"),
    # --- outlets
    "outlet:fars": ("Outlet", "Fars News Agency", "وكالة فارس"),
}

_OLD = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI, **_DL, **_DO, **_DR, **_DU, **_DX, **_EA}
assert not set(NEW) & set(_OLD), set(NEW) & set(_OLD)

ALL = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI, **_DL, **_DO, **_DR, **_DU, **_DX, **_EA, **NEW}
