"""Entities new to the project used by blind sets IO, IP and IQ (session 27: the seed's world, Iraq,
Iran and the "axis" 2020-2023: Qaani's visits to Baghdad, Erbil and Sulaymaniyah after Soleimani's
killing, the Quds Force deputies (Hejazi, Fallahzadeh), the anniversaries of the airport strike and
the Iraqi warrant for Trump, Abu Fadak after al-Muhandis, the Saudi-Iranian rounds hosted in
Baghdad, the Baghdad conference of August 2021, al-Kadhimi and al-Sudani in Erbil and Tehran,
Shamkhani's border pact, the IRGC strikes on Erbil and Koya).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv,hy,ib,ie,ih,ik,in}.ALL
defines. `ALL` merges those thirty tables plus NEW. The parallel annotators' files of session 27
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
from blind_entities_ih import ALL as _IH  # noqa: E402
from blind_entities_ik import ALL as _IK  # noqa: E402
from blind_entities_in import ALL as _IN  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2, **_GO,
           **_GR, **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM, **_HP, **_HS, **_HV, **_HY,
           **_IB, **_IE, **_IH, **_IK, **_IN}

NEW = {
    # --- organisations
    "organization:university-of-tehran": ("Organization", "University of Tehran", "جامعة طهران"),
    "organization:brookings-institution": ("Organization", "Brookings Institution", "معهد بروكينغز"),
    # --- people
    "person:mojtaba-zolnour": ("Person", "Mojtaba Zolnour", "مجتبى ذو النور"),
    "person:mohammad-marandi": ("Person", "Mohammad Marandi", "محمد مرندي"),
    "person:abolfazl-amouei": ("Person", "Abolfazl Amouei", "أبو الفضل عموئي"),
    "person:ehsan-khandouzi": ("Person", "Ehsan Khandouzi", "إحسان خاندوزي"),
    "person:saeed-al-jayashi": ("Person", "Saeed al-Jayashi (adviser, Iraqi National Security Advisory)", "سعيد الجياشي"),
    "person:abdul-sattar-bayraqdar": ("Person", "Abdul-Sattar Bayraqdar (Supreme Judicial Council spokesman)", "عبد الستار بيرقدار"),
    "person:robert-palladino": ("Person", "Robert Palladino (US consul general in Erbil)", "روبرت بالادينو"),
    "person:abdulhakim-khasro": ("Person", "Abdulhakim Khasro (KRG Department of Coordination and Follow-up)", "عبد الحكيم خسرو"),
    "person:ehsan-karbalaipour": ("Person", "Ehsan Karbalaipour", "إحسان كربلائي بور"),
    "person:morteza-saeidnejad": ("Person", "Morteza Saeidnejad", "مرتضى سعيد نجاد"),
    "person:bangin-rekani": ("Person", "Bangin Rekani", "بنكين ريكاني"),
    "person:saman-barzinji": ("Person", "Saman Barzinji (KRG health minister)", "سامان برزنجي"),
    "person:mala-bakhtiar": ("Person", "Mala Bakhtiar", "ملا بختيار"),
    "person:shahroud-mozaffarinia": ("Person", "Shahroud Mozaffarinia", "شهرود مظفري نيا"),
    "person:abdulaziz-al-shammari": ("Person", "Abdulaziz al-Shammari (Saudi ambassador to Iraq)", "عبد العزيز الشمري"),
    "person:marsin-alshamary": ("Person", "Marsin Alshamary", "مرسين الشمري"),
    "person:qahtan-al-janabi": ("Person", "Qahtan al-Janabi (Iraqi ambassador to Saudi Arabia)", "قحطان الجنابي"),
    "person:joey-hood": ("Person", "Joey Hood", "جوي هود"),
    "person:karrar-al-jubouri": ("Person", "Karrar al-Jubouri (Abbas Combat Division spokesman)", "كرار الجبوري"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
