"""Entities new to the project used by blind sets DM, DN and DO (annotator of README_DO.md).

`NEW` holds only ids that none of blind_entities_ck/cq/ct/cw/cz/dc/df/di.ALL defines. `ALL` merges
those eight tables plus NEW. The parallel annotators' files (sets DJ-DL, DP-DR) are not imported.
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

NEW = {
    # --- people
    "person:hossein-amanollahi": ("Person", "Hossein Amanollahi", "حسين أمان اللهي"),
    "person:mehdi-jalalati": ("Person", "Seyed Mehdi Jalalati", "سيد مهدي جلالتي"),
    "person:mohsen-sedaghat": ("Person", "Mohsen Sedaghat", "محسن صداقت"),
    "person:ali-salehi-rouzbahani": ("Person", "Ali Salehi Rouzbahani", "علي صالحي روزبهاني"),
    "person:andrii-sybiha": ("Person", "Andrii Sybiha", "أندريه سيبيها"),
    "person:vitaliy-koval": ("Person", "Vitaliy Koval", "فيتالي كوفال"),
    "person:maher-al-assad": ("Person", "Maher al-Assad", "ماهر الأسد"),
    "person:tom-fletcher": ("Person", "Tom Fletcher", "توم فليتشر"),
    "person:mehdi-sobhani": ("Person", "Mehdi Sobhani", "مهدي سبحاني"),
    "person:kassem-kassir": ("Person", "Kassem Kassir", "قاسم قصير"),
    "person:elias-baysari": ("Person", "Elias Baysari", "الياس البيسري"),
    "person:hassan-jaafar-qasir": ("Person", "Hassan Jaafar Qasir", "حسن جعفر قصير"),
    "person:suhail-hussein-husseini": ("Person", "Suhail Hussein Husseini", "سهيل حسين حسيني"),
    # --- organisations
    "organization:syrian-fourth-division": ("Organization", "Fourth Armoured Division (Syria)", "الفرقة الرابعة"),
    "organization:ukrainian-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Ukraine", "وزارة الخارجية الأوكرانية"),
    "organization:ukrainian-agriculture-ministry": ("Organization", "Ministry of Agrarian Policy of Ukraine", "وزارة السياسة الزراعية الأوكرانية"),
    "organization:un-ocha": ("Organization", "UN Office for the Coordination of Humanitarian Affairs", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"),
    "organization:kuwaiti-foreign-ministry": ("Organization", "Kuwaiti Ministry of Foreign Affairs", "وزارة الخارجية الكويتية"),
    "organization:lebanese-foreign-ministry": ("Organization", "Lebanese Ministry of Foreign Affairs", "وزارة الخارجية اللبنانية"),
    # --- places
    "country:ukraine": ("Country", "Ukraine", "أوكرانيا"),
    "location:peoples-palace": ("Location", "People's Palace (Damascus)", "قصر الشعب"),
}

_BEFORE = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
