"""Entities new to the project used by blind sets FC, FD and FE (session 19 annotator).

`NEW` holds only ids that none of blind_entities_ev/ey/fb.ALL defines. `ALL` merges those three
tables plus NEW.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_ev import ALL as _EV  # noqa: E402
from blind_entities_ey import ALL as _EY  # noqa: E402
from blind_entities_fb import ALL as _FB  # noqa: E402

_BEFORE = {**_EV, **_EY, **_FB}

NEW = {
    # --- people
    "person:hassan-choucair": ("Person", "Hassan Choucair", "حسن شقير"),
    "person:ahmad-wehbe": ("Person", "Ahmad Wehbe", "أحمد وهبي"),
    "person:hussein-el-husseini": ("Person", "Hussein el-Husseini", "حسين الحسيني"),
    "person:simon-karam": ("Person", "Simon Karam", "سيمون كرم"),
    # --- bodies
    "organization:lebanese-finance-ministry": ("Organization", "Lebanese Ministry of Finance",
                                               "وزارة المالية اللبنانية"),
    "organization:ceasefire-mechanism": ("Organization",
                                         "Lebanon ceasefire monitoring committee (the Mechanism)",
                                         "لجنة الإشراف على وقف إطلاق النار (الميكانيزم)"),
    "organization:marada-movement": ("Organization", "Marada Movement", "تيار المردة"),
    # --- places
    "location:ain-el-tineh": ("Location", "Ain el-Tineh (Speaker's residence, Beirut)", "عين التينة"),
    "location:grand-serail": ("Location", "Grand Serail (Beirut)", "السراي الحكومي"),
    "location:yarze": ("Location", "Yarze (Lebanese army command)", "اليرزة"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_EV, **_EY, **_FB, **NEW}
