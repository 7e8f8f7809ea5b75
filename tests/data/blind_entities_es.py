"""Entities new to the project used by blind sets EQ, ER and ES (annotator of README_ES.md).

`NEW` holds only ids that none of blind_entities_ck/cq/ct/cw/cz/dc/df/di/dl/do/dr/du/dx/ea/ed/eg/ej.ALL
defines. `ALL` merges those seventeen tables plus NEW. The parallel annotators' files (sets EK-EM,
EN-EP) are not imported.
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
    "person:waleed-al-khuraiji": ("Person", "Waleed al-Khuraiji", "وليد الخريجي"),
    "person:anwar-gargash": ("Person", "Anwar Gargash", "أنور قرقاش"),
    "person:khalifa-shaheen-al-marar": ("Person", "Khalifa Shaheen Al Marar", "خليفة شاهين المرر"),
    "person:mansour-bin-mutaib": ("Person", "Mansour bin Mutaib bin Abdulaziz", "منصور بن متعب بن عبد العزيز"),
    "person:deng-li": ("Person", "Deng Li", "دنغ لي"),
    "person:mohammad-toutounchi": ("Person", "Mohammad Toutounchi", "محمد توتونجي"),
    "person:ahmad-abdullah-al-ahmad-al-sabah": ("Person", "Ahmad Abdullah al-Ahmad al-Sabah",
                                                "أحمد عبد الله الأحمد الصباح"),
    "person:abdullah-bin-nasser-al-thani": ("Person", "Abdullah bin Nasser bin Khalifa Al Thani",
                                            "عبد الله بن ناصر بن خليفة آل ثاني"),
    "person:avril-haines": ("Person", "Avril Haines", "أفريل هاينز"),
    "person:maher-mutreb": ("Person", "Maher Abdulaziz Mutreb", "ماهر عبد العزيز مطرب"),
    "person:ahmed-al-asiri": ("Person", "Ahmed al-Asiri", "أحمد عسيري"),
    "person:mahmoud-ahmadinejad": ("Person", "Mahmoud Ahmadinejad", "محمود أحمدي نجاد"),
    "person:mansour-al-otaibi": ("Person", "Mansour al-Otaibi (Kuwaiti deputy foreign minister)", "منصور العتيبي"),
    "person:salah-khashoggi": ("Person", "Salah Khashoggi", "صلاح خاشقجي"),
    # --- organisations
    "organization:ccp-central-foreign-affairs-commission": (
        "Organization", "Office of the Central Foreign Affairs Commission (China)",
        "مكتب لجنة الشؤون الخارجية المركزية الصينية"),
    "organization:iranian-oil-ministry": ("Organization", "Iranian Ministry of Petroleum", "وزارة النفط الإيرانية"),
    "organization:odni": ("Organization", "Office of the Director of National Intelligence (US)",
                          "مكتب مدير الاستخبارات الوطنية الأميركية"),
    "organization:kuwaiti-government": ("Organization", "Government of Kuwait", "الحكومة الكويتية"),
    "organization:qatari-government": ("Organization", "Government of Qatar (Council of Ministers)",
                                       "الحكومة القطرية"),
    # --- places
    "location:makkah": ("Location", "Makkah", "مكة المكرمة"),
    # --- outlets
    "outlet:kuna": ("Outlet", "Kuwait News Agency (KUNA)", "وكالة الأنباء الكويتية (كونا)"),
    "outlet:arab-news": ("Outlet", "Arab News", "عرب نيوز"),
    "outlet:washington-post": ("Outlet", "The Washington Post", "واشنطن بوست"),
}

_BEFORE = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI, **_DL, **_DO, **_DR, **_DU,
           **_DX, **_EA, **_ED, **_EG, **_EJ}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI, **_DL, **_DO, **_DR, **_DU, **_DX,
       **_EA, **_ED, **_EG, **_EJ, **NEW}
