"""Entities new to the project used by blind sets JJ, JK and JL (session 29: Iraq and the Kurdistan
Region, October 2022-2024: Mohammed Shia al-Sudani's government after al-Kadhimi, the Kurdistan
Regional Government of Masrour and Nechirvan Barzani, visits by Iranian and Turkish officials
(Qaani, Pezeshkian, Araghchi, Erdogan, Fidan), the Popular Mobilisation Forces, the US strikes on
Kataib Hezbollah and al-Nujaba commanders, the IRGC strike on Erbil and Turkish drones in the Region).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv,hy,ib,ie,ih,ik,in,iq,it,iw,iz,jc,jf}.ALL
defines. `ALL` merges those thirty-six tables plus NEW. The parallel annotators' files of session 29
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
from blind_entities_iq import ALL as _IQ  # noqa: E402
from blind_entities_it import ALL as _IT  # noqa: E402
from blind_entities_iw import ALL as _IW  # noqa: E402
from blind_entities_iz import ALL as _IZ  # noqa: E402
from blind_entities_jc import ALL as _JC  # noqa: E402
from blind_entities_jf import ALL as _JF  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2, **_GO, **_GR, **_GU,
           **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM, **_HP, **_HS, **_HV, **_HY, **_IB, **_IE, **_IH, **_IK, **_IN,
           **_IQ, **_IT, **_IW, **_IZ, **_JC, **_JF}

NEW = {
    # --- organisations
    "organization:kurdistan-journalists-syndicate": (
        "Organization", "Kurdistan Journalists Syndicate", "نقابة صحفيي كوردستان"),
    "organization:iraqi-turkmen-front": ("Organization", "Iraqi Turkmen Front", "الجبهة التركمانية العراقية"),
    # --- people
    "person:erdem-tozkoparan": ("Person", "Erdem Tozkoparan (Turkish consul general in Erbil)", "أردم توزكوبران"),
    "person:kamal-atrushi": ("Person", "Kamal Atrushi (KRG minister of natural resources)", "كمال أتروشي"),
    "person:gulistan-tara": ("Person", "Gulistan Tara (journalist killed near Sayid Sadiq, 2024)", "كولستان تارا"),
    "person:hero-bahadin": ("Person", "Hero Bahadin (journalist killed near Sayid Sadiq, 2024)", "هيرو بهاء الدين"),
    "person:azad-hama-amin": ("Person", "Azad Hama Amin (head of the Kurdistan Journalists Syndicate)", "آزاد حمه أمين"),
    "person:amanj-rahim": ("Person", "Amanj Rahim (secretary of the KRG Council of Ministers)", "آمانج رحيم"),
    "person:karam-mikhail": ("Person", "Karam Mikhail (businessman killed in the Erbil strike, 2024)", "كرم ميخائيل"),
    "person:ghulam-isaczai": (
        "Person", "Ghulam Mohammad Isaczai (UN deputy special representative for Iraq)", "غلام محمد إسحاق زي"),
    "person:abbas-jabr-al-maliki": ("Person", "Abbas Jabr al-Maliki (Iraqi agriculture minister)", "عباس جبر المالكي"),
    "person:majid-al-lajmawi": ("Person", "Majid al-Lajmawi (Iraqi ambassador to Turkey)", "ماجد اللجماوي"),
    "person:karim-al-tamimi": (
        "Person", "Karim Abboud al-Tamimi (head of Iraq's Counter-Terrorism Service)", "كريم عبود التميمي"),
    "person:hiyam-al-yasiri": ("Person", "Hiyam al-Yasiri (Iraqi communications minister)", "هيام الياسري"),
    "person:hisham-al-alawi": (
        "Person", "Hisham al-Alawi (Iraqi deputy foreign minister for political affairs)", "هشام العلوي"),
    "person:hassan-turan": ("Person", "Hassan Turan (head of the Iraqi Turkmen Front)", "حسن توران"),
    "person:adrienne-watson": ("Person", "Adrienne Watson (White House NSC spokeswoman)", "أدريان واتسون"),
    "person:saad-al-muttalibi": ("Person", "Saad al-Muttalibi (State of Law Coalition)", "سعد المطلبي"),
    "person:gholamreza-nouri-ghezeljeh": (
        "Person", "Gholamreza Nouri Ghezeljeh (Iranian agriculture minister)", "غلام رضا نوري قزلجه"),
    "person:munir-karaloglu": ("Person", "Munir Karaloglu (Turkish deputy interior minister)", "منير كارال أوغلو"),
    "person:nizar-al-khairullah": ("Person", "Nizar al-Khairullah (Iraqi ambassador to the US)", "نزار الخير الله"),
    "person:elizabeth-rosenberg": (
        "Person", "Elizabeth Rosenberg (US Treasury assistant secretary for terrorist financing)", "إليزابيث روزنبرغ"),
    "person:begard-talabani": (
        "Person", "Begard Talabani (KRG minister of agriculture and water resources)", "بيگرد طالباني"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
