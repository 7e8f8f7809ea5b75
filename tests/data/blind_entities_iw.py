"""Entities new to the project used by blind sets IU, IV and IW (session 27: Gaza 2023-2025 and the
killing of Hamas leaders: Haniyeh killed in Tehran and Sinwar named his successor, Sinwar killed in
Rafah, Deif and the Qassam military council, al-Arouri in Beirut, Mohammed Sinwar and al-Haddad
after him; the ceasefire talks in Doha, Cairo and Sharm el-Sheikh, Dermer in place of Barnea, the
Israeli strike on Hamas's leaders in Doha; Hamas delegations with mediators and Iranian officials).

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

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2,
           **_GO, **_GR, **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM, **_HP, **_HS, **_HV,
           **_HY, **_IB, **_IE, **_IH, **_IK, **_IN}

NEW = {
    # --- organisations
    "organization:palestinian-general-intelligence": (
        "Organization", "Palestinian General Intelligence Service", "جهاز المخابرات العامة الفلسطينية"),
    "organization:egyptian-state-information-service": (
        "Organization", "Egyptian State Information Service", "الهيئة العامة للاستعلامات المصرية"),
    "organization:gaza-health-ministry": ("Organization", "Ministry of Health in Gaza", "وزارة الصحة في غزة"),
    "organization:gaza-government-media-office": (
        "Organization", "Government Media Office in Gaza", "المكتب الإعلامي الحكومي في غزة"),
    "organization:idf-162nd-division": ("Organization", "IDF 162nd Division", "الفرقة 162 في الجيش الإسرائيلي"),
    "organization:israeli-prime-ministers-office": (
        "Organization", "Prime Minister's Office (Israel)", "مكتب رئيس الحكومة الإسرائيلية"),
    # --- places
    "location:european-hospital-khan-younis": (
        "Location", "European Gaza Hospital (Khan Younis)", "المستشفى الأوروبي في خان يونس"),
    # --- outlets
    "outlet:quds-press": ("Outlet", "Quds Press", "قدس برس"),
    "outlet:fox-news": ("Outlet", "Fox News", "فوكس نيوز"),
    # --- people
    "person:sami-abu-zuhri": ("Person", "Sami Abu Zuhri", "سامي أبو زهري"),
    "person:varsen-aghabekian": ("Person", "Varsen Aghabekian Shahin", "فارسين أغابكيان شاهين"),
    "person:mohammed-nazzal": ("Person", "Mohammed Nazzal", "محمد نزال"),
    "person:raed-thabet": ("Person", "Raed Thabet", "رائد ثابت"),
    "person:ghazi-abu-tamaa": ("Person", "Ghazi Abu Tamaa", "غازي أبو طماعة"),
    "person:majed-faraj": ("Person", "Majed Faraj", "ماجد فرج"),
    "person:abdul-latif-al-qanoua": ("Person", "Abdul Latif al-Qanoua", "عبد اللطيف القانوع"),
    "person:diaa-rashwan": ("Person", "Diaa Rashwan", "ضياء رشوان"),
    "person:ahmed-ghandour": ("Person", "Ahmed Ghandour", "أحمد الغندور"),
    "person:mohammed-zaqout": ("Person", "Mohammed Zaqout", "محمد زقوت"),
    "person:ismail-al-thawabta": ("Person", "Ismail al-Thawabta", "إسماعيل الثوابتة"),
    "person:suhail-al-hindi": ("Person", "Suhail al-Hindi", "سهيل الهندي"),
    "person:yechiel-leiter": ("Person", "Yechiel Leiter", "يحيئيل لايتر"),
    "person:peter-lerner": ("Person", "Peter Lerner", "بيتر ليرنر"),
    "person:ophir-falk": ("Person", "Ophir Falk", "أوفير فالك"),
    "person:john-ratcliffe": ("Person", "John Ratcliffe", "جون راتكليف"),
    "person:tzachi-hanegbi": ("Person", "Tzachi Hanegbi", "تساحي هنغبي"),
    "person:amir-baram": ("Person", "Amir Baram", "أمير برعام"),
    "person:itzik-cohen": ("Person", "Itzik Cohen", "إيتسيك كوهين"),
    "person:david-mencer": ("Person", "David Mencer", "ديفيد منسر"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
