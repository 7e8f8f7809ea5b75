"""Entities new to the project used by blind sets FO, FP and FQ (session 19, round 2: Islamic State and
al-Qaeda leaderships 2006-2023).

`NEW` holds only ids that none of blind_entities_ev/ey/fb.ALL defines. `ALL` merges those three
tables plus NEW. The parallel annotators' files of session 19 are not imported.
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
    "person:david-petraeus": ("Person", "David Petraeus", "ديفيد بترايوس"),
    "person:barack-obama": ("Person", "Barack Obama", "باراك أوباما"),
    "person:ryan-crocker": ("Person", "Ryan Crocker", "رايان كروكر"),
    "person:john-allen": ("Person", "John Allen", "جون ألين"),
    "person:saif-al-adl": ("Person", "Saif al-Adl", "سيف العدل"),
    # --- organisations
    "organization:kurdistan-counter-terrorism-group": ("Organization", "Counter Terrorism Group (Sulaymaniyah)",
                                                       "مجموعة مكافحة الإرهاب في السليمانية"),
    # --- places
    "location:kabul": ("Location", "Kabul", "كابول"),
    "location:hibhib": ("Location", "Hibhib", "هبهب"),
    "location:baqubah": ("Location", "Baqubah", "بعقوبة"),
    "location:jindires": ("Location", "Jindires", "جنديرس"),
    "location:tikrit": ("Location", "Tikrit", "تكريت"),
    "location:daraa-province": ("Location", "Daraa province", "محافظة درعا"),
    "location:jarabulus": ("Location", "Jarabulus", "جرابلس"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_EV, **_EY, **_FB, **NEW}
