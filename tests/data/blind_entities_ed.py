"""Entities new to the project used by blind sets EB, EC and ED (annotator of README_ED.md).

`NEW` holds only ids that none of the imported tables defines. `ALL` merges those tables plus NEW.
The parallel annotators' files (sets EE-EG, EH-EJ) are not imported.
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
    "person:hussein-hajj-hassan": ("Person", "Hussein Hajj Hassan", "حسين الحاج حسن"),
    "person:qassem-hashem": ("Person", "Qassem Hashem", "قاسم هاشم"),
    "person:ali-al-khatib": ("Person", "Ali al-Khatib", "علي الخطيب"),
    "person:suleiman-frangieh": ("Person", "Suleiman Frangieh", "سليمان فرنجية"),
    "person:faisal-karami": ("Person", "Faisal Karami", "فيصل كرامي"),
    "person:michael-leeney": ("Person", "Michael Leeney", "مايكل ليني"),
    "person:ahmad-qabalan": ("Person", "Ahmad Qabalan", "أحمد قبلان"),
    "person:amer-bisat": ("Person", "Amer Bisat", "عامر البساط"),
    "person:paul-morcos": ("Person", "Paul Morcos", "بول مرقص"),
    "person:ali-hamdan": ("Person", "Ali Hamdan", "علي حمدان"),
    "person:diodato-abagnara": ("Person", "Diodato Abagnara", "ديوداتو أبانيارا"),
    "person:pope-leo-xiv": ("Person", "Pope Leo XIV", "البابا لاوون الرابع عشر"),
    "person:jeanne-shaheen": ("Person", "Jeanne Shaheen", "جين شاهين"),
    "person:anne-claire-legendre": ("Person", "Anne-Claire Legendre", "آن كلير لوجاندر"),
    # --- places
    "location:ras-al-nabaa": ("Location", "Ras al-Nabaa", "رأس النبع"),
    # --- outlets
    "outlet:le-figaro": ("Outlet", "Le Figaro", "لوفيغارو"),
}

_BEFORE = {**_CK, **_CQ, **_CT, **_CW, **_CZ, **_DC, **_DF, **_DI, **_DL, **_DO, **_DR, **_DU, **_DX, **_EA}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
