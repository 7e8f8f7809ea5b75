"""Entities new to the project used by blind sets FR, FS and FT (session 19, round 2: Saudi-Iranian
and Gulf diplomacy 2016-2025).

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
    "person:nimr-al-nimr": ("Person", "Nimr al-Nimr", "نمر النمر"),
    "person:qin-gang": ("Person", "Qin Gang", "تشين غانغ"),
    "person:abdulrahman-al-shahri": ("Person", "Abdulrahman bin Gharman al-Shahri", "عبد الرحمن بن غرمان الشهري"),
    "person:saif-al-zaabi": ("Person", "Saif Mohammed al-Zaabi", "سيف محمد الزعابي"),
    "person:badr-al-munaikh": ("Person", "Badr Abdullah al-Munaikh", "بدر عبد الله المنيخ"),
    # --- organisations
    "organization:chinese-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of China",
                                              "وزارة الخارجية الصينية"),
    # --- places
    "location:saudi-embassy-tehran": ("Location", "Saudi Embassy in Tehran", "السفارة السعودية في طهران"),
    "location:iranian-embassy-riyadh": ("Location", "Iranian Embassy in Riyadh", "السفارة الإيرانية في الرياض"),
    "location:saudi-consulate-mashhad": ("Location", "Saudi Consulate in Mashhad", "القنصلية السعودية في مشهد"),
    "location:mashhad": ("Location", "Mashhad", "مشهد"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_EV, **_EY, **_FB, **NEW}
