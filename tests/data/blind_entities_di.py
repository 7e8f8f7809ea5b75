"""Entities new to the project used by blind sets DG, DH and DI (annotator of README_DI.md).

`NEW` holds only ids that none of blind_entities_ck/cq/ct/cw/cz.ALL defines. `ALL` merges those
five tables plus NEW. The parallel annotators' files (sets DA-DC, DD-DF) are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_ck import ALL as _CK  # noqa: E402
from blind_entities_cq import ALL as _CQ  # noqa: E402
from blind_entities_ct import ALL as _CT  # noqa: E402
from blind_entities_cw import ALL as _CW  # noqa: E402
from blind_entities_cz import ALL as _CZ  # noqa: E402

NEW = {
    # --- people
    "person:klaus-schwab": ("Person", "Klaus Schwab", "كلاوس شواب"),
    "person:hossein-dehghan": ("Person", "Hossein Dehghan", "حسين دهقان"),
    "person:abu-iman-al-bahili": ("Person", "Abu Iman al-Bahili", "أبو إيمان الباهلي"),
    "person:mustafa-mawloudi": ("Person", "Mustafa Mawloudi", "مصطفى مولودي"),
    "person:kamal-kharrazi": ("Person", "Kamal Kharrazi", "كمال خرازي"),
    "person:ali-akbar-velayati": ("Person", "Ali Akbar Velayati", "علي أكبر ولايتي"),
    "person:behrouz-esbati": ("Person", "Behrouz Esbati", "بهروز إثباتي"),
    "person:sattam-al-dandah": ("Person", "Sattam Jadaan al-Dandah", "سطام جدعان الدندح"),
    "person:abbas-aliabadi": ("Person", "Abbas Aliabadi", "عباس علي آبادي"),
    "person:uday-awad": ("Person", "Uday Awad", "عدي عواد"),
    # --- organisations
    "organization:world-economic-forum": ("Organization", "World Economic Forum", "المنتدى الاقتصادي العالمي"),
    "organization:strategic-council-on-foreign-relations": (
        "Organization", "Strategic Council on Foreign Relations (Iran)", "المجلس الاستراتيجي للعلاقات الخارجية"),
    # --- outlets
    "outlet:al-quds-al-arabi": ("Outlet", "Al-Quds Al-Arabi", "القدس العربي"),
}

_BEFORE = {**_CK, **_CQ, **_CT, **_CW, **_CZ}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
