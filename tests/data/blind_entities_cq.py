"""Entities new to the project used by blind sets CO, CP and CQ (annotator of README_CQ.md).

`NEW` holds only ids that neither blind_entities_ch.ALL nor blind_entities_ck.ALL defines.
`ALL` merges those two tables (KNOWN and the earlier annotators' files) plus NEW.
The parallel annotator's file (blind_entities_cn.py) is deliberately not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_ch import ALL as _CH  # noqa: E402
from blind_entities_ck import ALL as _CK  # noqa: E402

NEW = {
    # --- people
    "person:mohammad-yazbek": ("Person", "Mohammad Yazbek", "محمد يزبك"),
    "person:jasem-albudaiwi": ("Person", "Jasem Albudaiwi", "جاسم البديوي"),
    "person:ali-ammar": ("Person", "Ali Ammar", "علي عمار"),
    "person:ali-hassan-khalil": ("Person", "Ali Hassan Khalil", "علي حسن خليل"),
    "person:fayez-rasamny": ("Person", "Fayez Rasamny", "فايز رسامني"),
    "person:lindsey-graham": ("Person", "Lindsey Graham", "ليندسي غراهام"),
    "person:ali-keda": ("Person", "Ali Keda", "علي كدة"),
    "person:gideon-saar": ("Person", "Gideon Saar", "جدعون ساعر"),
    "person:marine-le-pen": ("Person", "Marine Le Pen", "مارين لوبان"),
    "person:omar-shaqrouq": ("Person", "Omar Shaqrouq", "عمر شقروق"),
    "person:ron-dermer": ("Person", "Ron Dermer", "رون ديرمر"),
    "person:hikmat-al-hijri": ("Person", "Hikmat al-Hijri", "حكمت الهجري"),
    "person:michel-menassa": ("Person", "Michel Menassa", "ميشال منسى"),
    "person:shehbaz-sharif": ("Person", "Shehbaz Sharif", "شهباز شريف"),
    "person:antonio-tajani": ("Person", "Antonio Tajani", "أنطونيو تاياني"),
    "person:mohammed-al-bukhaiti": ("Person", "Mohammed al-Bukhaiti", "محمد البخيتي"),
    "person:hussein-al-ezzi": ("Person", "Hussein al-Ezzi", "حسين العزي"),
    "person:ali-abdollahi": ("Person", "Ali Abdollahi", "علي عبد اللهي"),
    "person:anwar-ibrahim": ("Person", "Anwar Ibrahim", "أنور إبراهيم"),
    # --- organisations, outlets
    "organization:hezbollah-shura-council": ("Organization", "Hezbollah Shura Council",
                                             "مجلس شورى حزب الله"),
    "organization:gcc": ("Organization", "Gulf Cooperation Council", "مجلس التعاون الخليجي"),
    "organization:amal-movement": ("Organization", "Amal Movement", "حركة أمل"),
    "organization:national-rally": ("Organization", "National Rally (France)", "التجمع الوطني"),
    "organization:syrian-defence-ministry": ("Organization", "Syrian Ministry of Defence",
                                             "وزارة الدفاع السورية"),
    "outlet:al-jadeed": ("Outlet", "Al Jadeed TV", "قناة الجديد"),
    # --- places
    "location:antalya": ("Location", "Antalya", "أنطاليا"),
    "location:sweida": ("Location", "Sweida", "السويداء"),
    "location:al-udeid-air-base": ("Location", "Al Udeid Air Base", "قاعدة العديد الجوية"),
}

_BEFORE = {**_CH, **_CK}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
