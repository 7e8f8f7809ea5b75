"""Entities new to the project used by blind sets EN, EO and EP (annotator of README_EP.md).

`NEW` holds only ids that none of blind_entities_ck/cq/ct/cw/cz/dc/df/di/dl/do/dr/du/dx/ea/ed/eg/ej
.ALL defines. `ALL` merges those seventeen tables plus NEW. The parallel annotators' files (sets
EK-EM, EQ-ES) are not imported.
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
    "person:tim-kaine": ("Person", "Tim Kaine", "تيم كين"),
    "person:staci-coleman": ("Person", "Staci Coleman", "ستيسي كولمان"),
    "person:ali-vaez": ("Person", "Ali Vaez", "علي واعظ"),
    "person:shahram-poursafi": ("Person", "Shahram Poursafi", "شهرام بورصافي"),
    "person:matthew-olsen": ("Person", "Matthew Olsen", "ماثيو أولسن"),
    "person:christopher-wray": ("Person", "Christopher Wray", "كريستوفر راي"),
    "person:reema-bint-bandar": ("Person", "Reema bint Bandar", "ريما بنت بندر"),
    "person:gregory-guillot": ("Person", "Gregory Guillot", "غريغوري غيو"),
    "person:robert-levinson": ("Person", "Robert Levinson", "روبرت ليفنسون"),
    "person:timothy-kelly": ("Person", "Timothy Kelly", "تيموثي كيلي"),
    "person:christine-levinson": ("Person", "Christine Levinson", "كريستين ليفنسون"),
    "person:william-rivers": ("Person", "William Rivers", "ويليام ريفرز"),
    "person:dan-caine": ("Person", "Dan Caine", "دان كين"),
    "person:farhad-shakeri": ("Person", "Farhad Shakeri", "فرهاد شاكري"),
    "person:merrick-garland": ("Person", "Merrick Garland", "ميريك غارلاند"),
    "person:kash-patel": ("Person", "Kash Patel", "كاش باتيل"),
    "person:carlisle-rivera": ("Person", "Carlisle Rivera", "كارلايل ريفيرا"),
    "person:dawud-salahuddin": ("Person", "Dawud Salahuddin", "داود صلاح الدين"),
    # --- organisations
    "organization:us-senate": ("Organization", "US Senate", "مجلس الشيوخ الأميركي"),
    "organization:international-crisis-group": ("Organization", "International Crisis Group", "مجموعة الأزمات الدولية"),
    "organization:us-department-of-justice": ("Organization", "US Department of Justice", "وزارة العدل الأميركية"),
    "organization:fbi": ("Organization", "Federal Bureau of Investigation", "مكتب التحقيقات الفيدرالي"),
    "organization:us-district-court-dc": (
        "Organization", "US District Court for the District of Columbia", "المحكمة الفيدرالية في واشنطن"),
    "organization:rusafa-investigation-court": (
        "Organization", "Rusafa Investigation Court", "محكمة تحقيق الرصافة"),
    # --- places
    "location:mar-a-lago": ("Location", "Mar-a-Lago", "منتجع مار إيه لاغو"),
    "location:macdill-air-force-base": ("Location", "MacDill Air Force Base", "قاعدة ماكديل الجوية"),
    "location:tampa": ("Location", "Tampa", "تامبا"),
    "location:rome": ("Location", "Rome", "روما"),
    "location:kish-island": ("Location", "Kish Island", "جزيرة كيش"),
    "country:italy": ("Country", "Italy", "إيطاليا"),
    # --- outlets
    "outlet:new-york-times": ("Outlet", "The New York Times", "نيويورك تايمز"),
    "outlet:washington-post": ("Outlet", "The Washington Post", "واشنطن بوست"),
    "outlet:politico": ("Outlet", "Politico", "بوليتيكو"),
}

_BEFORE = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI, **_DL, **_DO, **_DR, **_DU,
           **_DX, **_EA, **_ED, **_EG, **_EJ}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI, **_DL, **_DO, **_DR, **_DU,
       **_DX, **_EA, **_ED, **_EG, **_EJ, **NEW}
