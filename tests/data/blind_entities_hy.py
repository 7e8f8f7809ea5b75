"""Entities new to the project used by blind sets HW, HX and HY (session 25: Lebanon and Hezbollah
2024-2025: Nasrallah's killing, Safieddine, Naim Qassem's succession; Iranian officials in Beirut
(Araghchi, Larijani, Ghalibaf) meeting Berri, Mikati, later President Joseph Aoun and Prime Minister
Nawaf Salam; US envoys Hochstein, Ortagus, Barrack, French envoy Le Drian; army commander Rodolphe
Haykal; the ceasefire monitoring committee).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv}.ALL defines.
`ALL` merges those twenty-four tables plus NEW. The parallel annotators' files of session 25 are not
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
from blind_entities_hp import ALL as _HP  # noqa: E402
from blind_entities_hs import ALL as _HS  # noqa: E402
from blind_entities_hv import ALL as _HV  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2,
           **_GO, **_GR, **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM,
           **_HP, **_HS, **_HV}

NEW = {
    # --- people
    "person:najat-charafeddine": ("Person", "Najat Charafeddine (Lebanese presidential spokeswoman)",
                                  "نجاة شرف الدين"),
    "person:andre-rahal": ("Person", "Andre Rahal (adviser to President Joseph Aoun)", "أندريه رحال"),
    "person:uri-resnick": ("Person", "Uri Resnick", "أوري ريسنيك"),
    "person:mohammad-haidar": ("Person", "Mohammad Haidar (Lebanese labour minister)", "محمد حيدر"),
    "person:guillaume-ponchin": ("Person", "Guillaume Ponchin", "غيوم بونشان"),
    # --- organisations
    "organization:lebanese-presidency": ("Organization", "Lebanese Presidency", "رئاسة الجمهورية اللبنانية"),
    "organization:israeli-national-security-council": ("Organization", "Israeli National Security Council",
                                                       "مجلس الأمن القومي الإسرائيلي"),
    # --- places
    "location:beirut-airport": ("Location", "Rafic Hariri International Airport (Beirut)",
                                "مطار رفيق الحريري الدولي"),
    "location:south-lebanon": ("Location", "South Lebanon", "جنوب لبنان"),
    "location:shebaa-farms": ("Location", "Shebaa Farms", "مزارع شبعا"),
    # --- outlets
    "outlet:an-nahar": ("Outlet", "An-Nahar", "النهار"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
