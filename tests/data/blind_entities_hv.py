"""Entities new to the project used by blind sets HT, HU and HV (session 24: Iran's diplomacy and
leadership 2021-2025: Raisi's death and Pezeshkian's election, foreign ministers Amir-Abdollahian and
Araghchi and their tours, IAEA chief Grossi's visits, Iran-Saudi and Iran-Egypt contacts, Israeli
killings of Iranian scientists and commanders, IRGC commanders replaced after strikes).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm}.ALL defines. `ALL`
merges those twenty-one tables plus NEW. The parallel annotators' files of session 24 are not imported.
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
    "person:mojtaba-ferdousipour": ("Person", "Mojtaba Ferdousipour (head of Iran's interests section in Cairo)",
                                    "مجتبى فردوسي بور"),
    "person:yair-lapid": ("Person", "Yair Lapid", "يائير لابيد"),
    # --- organisations
    "organization:israeli-foreign-ministry": ("Organization", "Israeli Ministry of Foreign Affairs",
                                              "وزارة الخارجية الإسرائيلية"),
    # --- outlets
    "outlet:times-of-israel": ("Outlet", "The Times of Israel", "تايمز أوف إسرائيل"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
