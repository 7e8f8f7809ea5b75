"""Entities new to the project used by blind sets IF, IG and IH (session 26: Iran's June 2025 war
with Israel and its aftermath: the commanders and scientists killed on 13 June 2025 and their
successors (Mousavi after Bagheri, Pakpour after Salami, Shadmani and Abdollahi after Rashid, Majid
Mousavi after Hajizadeh, Khademi after Kazemi); the Muscat and Rome rounds of Araghchi-Witkoff talks
mediated by Badr Albusaidi; Araghchi's Geneva meeting with the E3; the ceasefire; visits and
receptions afterwards (Jeddah, Moscow, Islamabad, Baghdad, Cairo, Doha, New York)).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv,hy,ib,ie}.ALL
defines. `ALL` merges those twenty-seven tables plus NEW. The parallel annotators' files of session
26 are not imported.
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
from blind_entities_hy import ALL as _HY  # noqa: E402
from blind_entities_ib import ALL as _IB  # noqa: E402
from blind_entities_ie import ALL as _IE  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2, **_GO, **_GR, **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM, **_HP, **_HS, **_HV, **_HY, **_IB, **_IE}

NEW = {
    # --- people
    "person:ataollah-salehi": ("Person", "Ataollah Salehi", "عطاء الله صالحي"),
    "person:mohammad-bagher-taherpour": ("Person", "Mohammad Bagher Taherpour", "محمد باقر طاهر بور"),
    "person:majid-shahriari": ("Person", "Majid Shahriari", "مجيد شهرياري"),
    "person:yvette-cooper": ("Person", "Yvette Cooper", "إيفيت كوبر"),
    "person:hamidreza-azizi": ("Person", "Hamidreza Azizi", "حميد رضا عزيزي"),
    "person:sanam-vakil": ("Person", "Sanam Vakil", "صنم وكيل"),
    # --- organisations
    "organization:swp": ("Organization", "German Institute for International and Security Affairs (SWP)",
                         "المعهد الألماني للشؤون الدولية والأمنية"),
    # --- outlets
    "outlet:dw": ("Outlet", "Deutsche Welle (DW)", "دويتشه فيله"),
    # --- places
    "location:haifa": ("Location", "Haifa", "حيفا"),
    "location:beersheba": ("Location", "Beersheba", "بئر السبع"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
