"""Entities new to the project used by blind sets HN, HO and HP (session 24: Iraq and Iran
2020-2025: the Popular Mobilisation Forces and Iraqi armed factions, Quds Force envoys in Baghdad,
Iraqi government formation and prime ministers (al-Kadhimi, al-Sudani), Iraqi-Iranian security
talks, strikes on factions and their commanders).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm}.ALL defines. `ALL`
merges those twenty-one tables plus NEW. The parallel annotators' files of session 24 are not
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
from blind_entities_go import ALL as _GO  # noqa: E402
from blind_entities_gr import ALL as _GR  # noqa: E402
from blind_entities_gu import ALL as _GU  # noqa: E402
from blind_entities_gx import ALL as _GX  # noqa: E402
from blind_entities_ha import ALL as _HA  # noqa: E402
from blind_entities_hd import ALL as _HD  # noqa: E402
from blind_entities_hg import ALL as _HG  # noqa: E402
from blind_entities_hj import ALL as _HJ  # noqa: E402
from blind_entities_hm import ALL as _HM  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2,
           **_GO, **_GR, **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM}

NEW = {
    # --- people
    "person:abu-taqwa-al-saidi": ("Person", "Abu Taqwa al-Saidi (Mushtaq Talib al-Saidi, Nujaba commander)",
                                  "أبو تقوى السعيدي (مشتاق طالب السعيدي)"),
    "person:hussein-al-moussawi": ("Person", "Hussein al-Moussawi (Harakat al-Nujaba spokesman)",
                                   "حسين الموسوي"),
    "person:hamzeh-hadad": ("Person", "Hamzeh Hadad", "حمزة حداد"),
    "person:elizabeth-tsurkov": ("Person", "Elizabeth Tsurkov", "إليزابيث تسوركوف"),
    # --- organisations
    "organization:ecfr": ("Organization", "European Council on Foreign Relations", "المجلس الأوروبي للعلاقات الخارجية"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
