"""Entities new to the project used by blind sets JG, JH and JI (session 29: Lebanon, January -
November 2025: the election of President Joseph Aoun, Nawaf Salam's government in place of Najib
Mikati's and its ministers and security chiefs, Hezbollah under Naim Qassem, the ceasefire mechanism
and the American, French, Saudi, Qatari and Egyptian envoys, and Israeli strikes that killed named
commanders).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv,hy,ib,ie,ih,ik,in,iq,it,iw,iz,jc,jf}.ALL
defines. `ALL` merges those thirty-six tables plus NEW. The parallel annotators' files of session 29
are not imported. Where the merged tables hold two ids for one person, the sets use one:
person:elias-baissari (not person:elias-baysari) and person:mahmoud-qamati (not person:mahmoud-qmati).
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

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2, **_GO, **_GR, **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM, **_HP, **_HS, **_HV, **_HY, **_IB, **_IE, **_IH, **_IK, **_IN, **_IQ, **_IT, **_IW, **_IZ, **_JC, **_JF}

NEW = {
    # --- organisations
    "organization:development-and-liberation-bloc": (
        "Organization", "Development and Liberation bloc (Amal's parliamentary bloc)", "كتلة التنمية والتحرير"),
    "organization:lebanese-state-security": (
        "Organization", "General Directorate of State Security (Lebanon)", "المديرية العامة لأمن الدولة"),
    "organization:idf-northern-command": ("Organization", "IDF Northern Command", "قيادة المنطقة الشمالية في الجيش الإسرائيلي"),
    "organization:kataeb-party": ("Organization", "Kataeb Party (Lebanese Phalanges)", "حزب الكتائب اللبنانية"),
    "organization:qatar-fund-for-development": ("Organization", "Qatar Fund for Development", "صندوق قطر للتنمية"),
    # --- locations
    "location:bkerke": ("Location", "Bkerke (seat of the Maronite Patriarchate)", "بكركي"),
    # --- people
    "person:qabalan-qabalan": ("Person", "Qabalan Qabalan (Amal MP)", "قبلان قبلان"),
    "person:ahmad-al-hajjar": ("Person", "Ahmad al-Hajjar (Lebanese interior minister, Salam government)", "أحمد الحجار"),
    "person:joe-saddi": ("Person", "Joe Saddi (Lebanese energy minister)", "جو الصدي"),
    "person:edgar-lawandos": ("Person", "Edgar Lawandos (director-general of Lebanese State Security)", "إدغار لاوندس"),
    "person:tony-saliba": ("Person", "Tony Saliba (former director-general of Lebanese State Security)", "طوني صليبا"),
    "person:ori-gordin": ("Person", "Ori Gordin (head of the IDF Northern Command)", "أوري غوردين"),
    "person:joe-wilson": ("Person", "Joe Wilson (US Representative)", "جو ويلسون"),
    "person:sebastian-gorka": ("Person", "Sebastian Gorka (White House senior director for counterterrorism)", "سيباستيان غوركا"),
    "person:john-hurley": (
        "Person", "John Hurley (US Treasury Under Secretary for Terrorism and Financial Intelligence)", "جون هيرلي"),
    "person:rima-karami": ("Person", "Rima Karami (Lebanese education minister)", "ريما كرامي"),
    "person:abbas-halabi": ("Person", "Abbas Halabi (Lebanese education minister, Mikati government)", "عباس الحلبي"),
    "person:saud-bin-abdulrahman-bin-faisal-al-thani": (
        "Person", "Saud bin Abdulrahman bin Faisal Al Thani (Qatari ambassador to Lebanon)", "سعود بن عبد الرحمن بن فيصل آل ثاني"),
    "person:sami-gemayel": ("Person", "Sami Gemayel (head of the Kataeb Party)", "سامي الجميّل"),
    "person:kamal-shehadi": ("Person", "Kamal Shehadi (Lebanese minister for the displaced and for technology)", "كمال شحادة"),
    "person:bechara-al-rai": ("Person", "Bechara Boutros al-Rai (Maronite Patriarch)", "بشارة بطرس الراعي"),
    "person:haneen-sayed": ("Person", "Haneen Sayed (Lebanese social affairs minister)", "حنين السيد"),
    "person:nizar-hani": ("Person", "Nizar Hani (Lebanese agriculture minister)", "نزار هاني"),
    "person:azzam-al-ahmad": ("Person", "Azzam al-Ahmad (Fatah Central Committee member)", "عزام الأحمد"),
    "person:fahad-al-sulaiti": (
        "Person", "Fahad bin Hamad Al Sulaiti (director-general of the Qatar Fund for Development)", "فهد بن حمد السليطي"),
    "person:ihab-hamadeh": ("Person", "Ihab Hamadeh (Hezbollah MP)", "إيهاب حمادة"),
    "person:youssef-khalil": ("Person", "Youssef Khalil (Lebanese finance minister, Mikati government)", "يوسف خليل"),
    "person:ernesto-ramirez-rigo": ("Person", "Ernesto Ramirez Rigo (IMF mission chief for Lebanon)", "إرنستو راميريز ريغو"),
    "person:andrea-tenenti": ("Person", "Andrea Tenenti (UNIFIL spokesman)", "أندريا تيننتي"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
