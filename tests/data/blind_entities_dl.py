"""Entities new to the project used by blind sets DJ, DK and DL (annotator of README_DL.md).

`NEW` holds only ids that none of blind_entities_ck/cq/ct/cw/cz/dc/df/di.ALL defines. `ALL` merges
those eight tables plus NEW. The parallel annotators' files (sets DM-DO, DP-DR) are not imported.
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
    "person:abu-muntadhar-al-husseini": ("Person", "Abu Muntadhar al-Husseini", "أبو منتظر الحسيني"),
    "person:ali-al-yasiri": ("Person", "Ali al-Yasiri", "علي الياسري"),
    "person:hemin-hawrami": ("Person", "Hemin Hawrami", "هيمن هورامي"),
    "person:ali-al-asadi": ("Person", "Ali al-Asadi (Harakat al-Nujaba)", "علي الأسدي"),
    "person:sirwan-barzani": ("Person", "Sirwan Barzani", "سيروان بارزاني"),
    "person:david-schenker": ("Person", "David Schenker", "ديفيد شينكر"),
    "person:yahya-al-e-eshagh": ("Person", "Yahya Al-e Eshagh", "يحيى آل إسحاق"),
    "person:victoria-taylor": ("Person", "Victoria Taylor", "فيكتوريا تايلور"),
    "person:aziz-ahmad": ("Person", "Aziz Ahmad", "عزيز أحمد"),
    "person:raad-al-dahlaki": ("Person", "Raad al-Dahlaki", "رعد الدهلكي"),
    "person:mohammed-bahr-al-uloom": ("Person", "Mohammed Bahr al-Uloom", "محمد بحر العلوم"),
    "person:isa-ozer": ("Person", "Isa Ozer", "عيسى عزير"),
    "person:aed-al-hilali": ("Person", "Aed al-Hilali", "عائد الهلالي"),
    # --- organisations
    "organization:iran-iraq-chamber-of-commerce": (
        "Organization", "Iran-Iraq Joint Chamber of Commerce", "الغرفة التجارية الإيرانية العراقية المشتركة"),
    "organization:iranian-interior-ministry": ("Organization", "Iranian Ministry of Interior", "وزارة الداخلية الإيرانية"),
    # --- places
    "location:pirmam": ("Location", "Pirmam (Salahaddin resort)", "بيرمام"),
    # --- outlets
    "outlet:xinhua": ("Outlet", "Xinhua", "شينخوا"),
    "outlet:alsumaria": ("Outlet", "Alsumaria", "السومرية"),
}

_BEFORE = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
