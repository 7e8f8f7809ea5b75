"""Entities new to the project used by blind sets EW, EX and EY (session 18, Yemen / Houthis / Red Sea).

`NEW` holds only ids that none of blind_entities_em/ep/es.ALL defines. `ALL` merges those three
tables plus NEW. The parallel annotators' files of session 18 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_em import ALL as _EM  # noqa: E402
from blind_entities_ep import ALL as _EP  # noqa: E402
from blind_entities_es import ALL as _ES  # noqa: E402

NEW = {
    # --- people
    "person:ali-mohsen-al-ahmar": ("Person", "Ali Mohsen al-Ahmar", "علي محسن الأحمر"),
    "person:tedros-adhanom-ghebreyesus": ("Person", "Tedros Adhanom Ghebreyesus", "تيدروس أدهانوم غيبريسوس"),
    # --- organisations
    "organization:who": ("Organization", "World Health Organization", "منظمة الصحة العالمية"),
    # --- places
    "location:sanaa-international-airport": ("Location", "Sanaa International Airport", "مطار صنعاء الدولي"),
    "location:ras-isa": ("Location", "Ras Isa port", "ميناء رأس عيسى"),
    "location:ben-gurion-airport": ("Location", "Ben Gurion Airport", "مطار بن غوريون"),
}

_BEFORE = {**_EM, **_EP, **_ES}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_EM, **_EP, **_ES, **NEW}
