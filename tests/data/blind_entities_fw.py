"""Entities new to the project used by blind sets FU, FV and FW (session 20: the Iran-Iraq "axis"
2020-2025: Qaani in Baghdad and Erbil, Iraqi prime ministers, PMF leaders, successions after
January 2020, US strikes on militia commanders in 2024, Iranian ambassadors and US envoys).

`NEW` holds only ids that none of blind_entities_fe/fh/fk/fn/fq/ft.ALL defines. `ALL` merges those
six tables plus NEW. The parallel annotators' files of session 20 are not imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_fe import ALL as _FE  # noqa: E402
from blind_entities_fh import ALL as _FH  # noqa: E402
from blind_entities_fk import ALL as _FK  # noqa: E402
from blind_entities_fn import ALL as _FN  # noqa: E402
from blind_entities_fq import ALL as _FQ  # noqa: E402
from blind_entities_ft import ALL as _FT  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT}

NEW = {
    # --- people
    "person:arkan-al-ulayawi": ("Person", "Arkan al-Ulayawi (Kataib Hezbollah)", "أركان العلياوي"),
    "person:joshua-harris": ("Person", "Joshua Harris (US charge d'affaires in Baghdad)", "جوشوا هاريس"),
    # --- organisations
    "organization:iraqi-national-security-advisory": ("Organization", "Office of the Iraqi National Security Adviser",
                                                      "مستشارية الأمن القومي العراقي"),
    # --- places
    "location:government-palace-baghdad": ("Location", "Government Palace (Baghdad)", "القصر الحكومي"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **NEW}
