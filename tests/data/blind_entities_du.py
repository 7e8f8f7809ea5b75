"""Entities new to the project used by blind sets DS, DT and DU (annotator of README_DU.md).

`NEW` holds only ids that none of blind_entities_ck/cq/ct/cw/cz/dc/df/di/dl/do/dr.ALL defines.
`ALL` merges those eleven tables plus NEW. The parallel annotators' files (sets DV-DX, DY-EA) are
not imported.
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
    "person:shaya-al-zindani": ("Person", "Shaya al-Zindani", "شائع الزنداني"),
    "person:tareq-saleh": ("Person", "Tareq Saleh", "طارق صالح"),
    "person:sultan-al-arada": ("Person", "Sultan al-Arada", "سلطان العرادة"),
    "person:ismail-ould-cheikh-ahmed": ("Person", "Ismail Ould Cheikh Ahmed", "إسماعيل ولد الشيخ أحمد"),
    "person:hashem-sharaf-al-din": ("Person", "Hashem Sharaf al-Din", "هاشم شرف الدين"),
    "person:faraj-al-bahsani": ("Person", "Faraj al-Bahsani", "فرج البحسني"),
    "person:mohsen-al-daeri": ("Person", "Mohsen al-Daeri", "محسن الداعري"),
    "person:nasruddin-amer": ("Person", "Nasruddin Amer", "نصر الدين عامر"),
    "person:abdulkhaliq-al-houthi": ("Person", "Abdulkhaliq al-Houthi", "عبد الخالق الحوثي"),
    "person:abdullah-al-alimi-bawazir": ("Person", "Abdullah al-Alimi Bawazir", "عبد الله العليمي باوزير"),
    "person:moammar-al-eryani": ("Person", "Moammar al-Eryani", "معمر الإرياني"),
    "person:antonio-guterres": ("Person", "Antonio Guterres", "أنطونيو غوتيريش"),
    "person:pete-hegseth": ("Person", "Pete Hegseth", "بيت هيغسيث"),
    "person:grant-shapps": ("Person", "Grant Shapps", "غرانت شابس"),
    # --- organisations
    "organization:uk-ministry-of-defence": ("Organization", "UK Ministry of Defence", "وزارة الدفاع البريطانية"),
    "organization:houthi-general-staff": ("Organization", "General Staff of the Houthi forces",
                                          "هيئة الأركان العامة (صنعاء)"),
    "organization:yemeni-foreign-ministry": ("Organization", "Yemeni Ministry of Foreign Affairs",
                                             "وزارة الخارجية اليمنية"),
    "organization:general-peoples-congress": ("Organization", "General People's Congress (Yemen)",
                                              "حزب المؤتمر الشعبي العام"),
    # --- places
    "location:marib": ("Location", "Marib", "مأرب"),
}

_BEFORE = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI, **_DL, **_DO, **_DR}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
