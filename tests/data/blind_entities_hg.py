"""Entities new to the project used by blind sets HE, HF and HG (session 23: Iraq and Iran 2020-2025:
the Quds Force after Soleimani, Iraqi prime ministers and the factions, the PMF and Kataib Hezbollah,
US strikes on commanders, Iraqi-Iranian-US diplomacy).

`NEW` holds only ids that none of blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd}.ALL
defines. `ALL` merges those eighteen tables plus NEW. The parallel annotators' files of session 23 are
not imported.
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
from blind_entities_gx import ALL as _GX  # noqa: E402
from blind_entities_ha import ALL as _HA  # noqa: E402
from blind_entities_hd import ALL as _HD  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2,
           **_GO, **_GR, **_GU, **_GX, **_HA, **_HD}

NEW = {
    # --- people
    "person:ihab-al-wazni": ("Person", "Ihab al-Wazni", "إيهاب الوزني"),
    "person:lahib-higel": ("Person", "Lahib Higel", "لهيب هيغل"),
    "person:sajad-jiyad": ("Person", "Sajad Jiyad", "سجاد جياد"),
    # --- organisations
    "organization:century-foundation": ("Organization", "The Century Foundation", "مؤسسة القرن"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
