"""Entities new to the project used by blind sets GY, GZ and HA (session 22: the wider Middle East
2019-2025: Hezbollah and Israel, Hamas leaders and their successors, Iran's presidents and foreign
ministers with Gulf, Egyptian and Turkish leaders, Houthi officials, Syria's transition).

`NEW` holds only ids that none of blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu}.ALL
defines. `ALL` merges those fifteen tables plus NEW. The parallel annotators' files of session 22
are not imported.
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
from blind_entities_go import ALL as _GO  # noqa: E402
from blind_entities_gr import ALL as _GR  # noqa: E402
from blind_entities_gu import ALL as _GU  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2,
           **_GO, **_GR, **_GU}

NEW = {
    "person:ali-yerlikaya": ("Person", "Ali Yerlikaya", "علي يرلي كايا"),
    "organization:turkish-interior-ministry": ("Organization", "Turkish Ministry of Interior",
                                               "وزارة الداخلية التركية"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
