"""Entities new to the project used by blind sets FF, FG and FH (session 19, Iran 2024-2025:
the Raisi helicopter crash, Pezeshkian's election and cabinet, the June 2025 Israeli strikes and
the commanders named in place of the dead, the Araghchi-Witkoff talks, Grossi in Tehran).

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
    "person:ali-madanizadeh": ("Person", "Ali Madanizadeh", "علي مدني زاده"),
    # --- organisations
    "organization:iranian-economy-ministry": ("Organization", "Iranian Ministry of Economic Affairs and Finance",
                                              "وزارة الاقتصاد والشؤون المالية الإيرانية"),
    # --- places
    "location:tabriz": ("Location", "Tabriz", "تبريز"),
    "location:qiz-qalasi-dam": ("Location", "Qiz Qalasi dam (Aras river)", "سد قيز قلعة سي"),
    "location:omani-embassy-rome": ("Location", "Embassy of Oman in Rome", "سفارة سلطنة عُمان في روما"),
    # --- outlets
    "outlet:press-tv": ("Outlet", "Press TV", "برس تي في"),
    "outlet:the-guardian": ("Outlet", "The Guardian", "الغارديان"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_EV, **_EY, **_FB, **NEW}
