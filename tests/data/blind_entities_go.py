"""Entities new to the project used by blind sets GM, GN and GO (session 21: Iraq and Iran
2020-2025, Esmail Qaani's trips to Baghdad, the militias, the anniversaries of the Baghdad airport
strike, US strikes on militia commanders, successions in Baghdad and Tehran).

`NEW` holds only ids that none of blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2}.ALL defines.
`ALL` merges those twelve tables plus NEW. The parallel annotators' files of session 21 are not
imported.
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
from blind_entities_fw import ALL as _FW  # noqa: E402
from blind_entities_fz import ALL as _FZ  # noqa: E402
from blind_entities_gc import ALL as _GC  # noqa: E402
from blind_entities_gf import ALL as _GF  # noqa: E402
from blind_entities_gi import ALL as _GI  # noqa: E402
from blind_entities_gl2 import ALL as _GL2  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2}

NEW = {
    # --- people
    "person:walid-al-tamimi": ("Person", "Walid al-Tamimi", "وليد التميمي"),
    "person:khalid-al-mahna": ("Person", "Khalid al-Mahna", "خالد المحنا"),
    "person:ahmed-al-sahhaf": ("Person", "Ahmed al-Sahhaf", "أحمد الصحاف"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
