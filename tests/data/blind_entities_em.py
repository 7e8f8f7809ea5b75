"""Entities new to the project used by blind sets EK, EL and EM (annotator of README_EM.md).

`NEW` holds only ids that none of blind_entities_ck/cq/ct/cw/cz/dc/df/di/dl/do/dr/du/dx/ea/ed/eg/ej.ALL
defines. `ALL` merges those seventeen tables plus NEW. The parallel annotators' files (sets EN-EP,
EQ-ES) are not imported.
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
from blind_entities_ed import ALL as _ED  # noqa: E402
from blind_entities_eg import ALL as _EG  # noqa: E402
from blind_entities_ej import ALL as _EJ  # noqa: E402

NEW = {
    # --- people
    "person:mohammad-mohammadi-golpayegani": (
        "Person", "Mohammad Mohammadi Golpayegani", "محمد محمدي كلبايكاني"),
    "person:nizar-al-khairallah": ("Person", "Nizar al-Khairallah", "نزار الخير الله"),
    "person:mustafa-said-qadir": ("Person", "Mustafa Said Qadir", "مصطفى سعيد قادر"),
    "person:rayan-al-kildani": ("Person", "Rayan al-Kildani", "ريان الكلداني"),
    "person:davoud-manzour": ("Person", "Davoud Manzour", "داود منظور"),
    "person:hossein-pourjafari": ("Person", "Hossein Pourjafari", "حسين پورجعفري"),
    "person:gholamali-rashid": ("Person", "Gholamali Rashid", "غلام علي رشيد"),
    "person:aoun-diab-abdullah": ("Person", "Aoun Diab Abdullah", "عون ذياب عبد الله"),
    "person:charles-michel": ("Person", "Charles Michel", "شارل ميشيل"),
    "person:rahman-jalali": ("Person", "Rahman Jalali", "رحمان جلالي"),
    # --- organisations
    "organization:office-of-the-supreme-leader": (
        "Organization", "Office of the Supreme Leader of Iran", "مكتب قائد الثورة الإسلامية"),
    "organization:iraqi-planning-ministry": ("Organization", "Iraqi Ministry of Planning", "وزارة التخطيط العراقية"),
    "organization:iran-plan-and-budget-organization": (
        "Organization", "Plan and Budget Organization of Iran", "منظمة التخطيط والموازنة الإيرانية"),
    "organization:iraqi-water-resources-ministry": (
        "Organization", "Iraqi Ministry of Water Resources", "وزارة الموارد المائية العراقية"),
    "organization:babylon-movement": ("Organization", "Babylon Movement (Babiliyoun)", "حركة بابليون"),
    "organization:european-council": ("Organization", "European Council", "المجلس الأوروبي"),
    # --- places
    "location:isfahan": ("Location", "Isfahan", "أصفهان"),
    "location:iranian-embassy-baghdad": ("Location", "Iranian Embassy in Baghdad", "السفارة الإيرانية في بغداد"),
    # --- outlets
    "outlet:al-sabah": ("Outlet", "Al-Sabah (Iraq)", "الصباح"),
}

_BEFORE = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI, **_DL, **_DO, **_DR, **_DU, **_DX,
           **_EA, **_ED, **_EG, **_EJ}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
