"""Entities new to the project used by blind sets CF, CG and CH (annotator of README_CH.md).

`CH` holds only ids that no earlier blind_entities*.py defines (checked against
blind_entities_ce.ALL). `ALL` merges blind_entities_ce.ALL (KNOWN and the earlier annotators'
files) plus CH. The parallel annotator's file (blind_entities_ck.py) is deliberately not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_ce import ALL as _BEFORE  # noqa: E402

CH = {
    # --- people
    "person:hassan-kazemi-qomi": ("Person", "Hassan Kazemi Qomi", "حسن كاظمي قمي"),
    "person:hossein-jaberi-ansari": ("Person", "Hossein Jaberi Ansari", "حسين جابري أنصاري"),
    "person:ali-hamieh": ("Person", "Ali Hamieh", "علي حمية"),
    "person:tammy-bruce": ("Person", "Tammy Bruce", "تامي بروس"),
    "person:jamal-amer": ("Person", "Jamal Amer", "جمال عامر"),
    "person:mohammed-tamim": ("Person", "Mohammed Tamim", "محمد تميم"),
    "person:mohammed-srour": ("Person", "Mohammed Srour", "محمد سرور"),
    "person:nizar-awadallah": ("Person", "Nizar Awadallah", "نزار عوض الله"),
    "person:osama-hamdan": ("Person", "Osama Hamdan", "أسامة حمدان"),
    "person:hussein-diab": ("Person", "Hussein Diab", "حسين دياب"),
    "person:elias-baissari": ("Person", "Elias Baissari", "إلياس البيسري"),
    "person:mohammed-al-atifi": ("Person", "Mohammed al-Atifi", "محمد العاطفي"),
    "person:yahya-saree": ("Person", "Yahya Saree", "يحيى سريع"),
    "person:abdulaziz-bin-habtoor": ("Person", "Abdulaziz bin Habtoor", "عبد العزيز بن حبتور"),
    "person:ghazi-hamad": ("Person", "Ghazi Hamad", "غازي حمد"),
    # --- places
    "location:tehran": ("Location", "Tehran", "طهران"),
}

_clash = set(CH) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **CH}
