"""Entities new to the project used by blind sets EZ, FA and FB (session 18 annotator).

`NEW` holds only ids that none of blind_entities_em/ep/es.ALL defines. `ALL` merges those three
tables plus NEW.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_em import ALL as _EM  # noqa: E402
from blind_entities_ep import ALL as _EP  # noqa: E402
from blind_entities_es import ALL as _ES  # noqa: E402

_BEFORE = {**_EM, **_EP, **_ES}

NEW = {
    # --- people
    "person:shaalan-al-karim": ("Person", "Shaalan al-Karim", "شعلان الكريم"),
    # --- places
    "location:khor-mor-gas-field": ("Location", "Khor Mor gas field", "حقل كورمور الغازي"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_EM, **_EP, **_ES, **NEW}
