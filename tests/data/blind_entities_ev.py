"""Entities new to the project used by blind sets ET, EU and EV (Syria and its neighbours 2023-2025).

`NEW` holds only ids that none of blind_entities_em/ep/es.ALL defines. `ALL` merges those three
tables plus NEW.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_em import ALL as _EM  # noqa: E402
from blind_entities_ep import ALL as _EP  # noqa: E402
from blind_entities_es import ALL as _ES  # noqa: E402

NEW = {
    # --- people
    "person:sadegh-omidzadeh": ("Person", "Sadegh Omidzadeh", "صادق أميد زاده"),
    # --- places
    "location:umayyad-mosque": ("Location", "Umayyad Mosque (Damascus)", "الجامع الأموي"),
    "location:elysee-palace": ("Location", "Elysee Palace", "قصر الإليزيه"),
    "location:al-yamamah-palace": ("Location", "Al-Yamamah Palace (Riyadh)", "قصر اليمامة"),
    "location:presidential-complex-ankara": ("Location", "Presidential Complex (Ankara)",
                                             "المجمع الرئاسي في أنقرة"),
    "location:basmane-palace": ("Location", "Basman Palace (Amman)", "قصر بسمان"),
    # --- outlets
    "outlet:al-alam": ("Outlet", "Al-Alam (Iranian Arabic-language TV)", "قناة العالم"),
    "outlet:saudi-press-agency": ("Outlet", "Saudi Press Agency", "وكالة الأنباء السعودية (واس)"),
    "outlet:petra": ("Outlet", "Petra (Jordan News Agency)", "وكالة الأنباء الأردنية (بترا)"),
}

_BEFORE = {**_EM, **_EP, **_ES}
_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_EM, **_EP, **_ES, **NEW}
