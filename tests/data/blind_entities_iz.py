"""Entities new to the project used by blind sets IX, IY and IZ (session 28: the seed's world, Iraq
2020-2021: al-Kadhimi's government and his security appointments (al-Araji and al-Asadi in place of
al-Fayyadh, al-Saadi at the Counter-Terrorism Service, Bahjat at Baghdad Operations after the Tayaran
Square bombings, al-Asadi in Dhi Qar), the September 2020 economic appointments, Qaani's visits to
Baghdad, Raisi in Baghdad and al-Kadhimi in Tehran and Washington, the PMF and the arrest of Qasim
Muslih, the Hashimi case, NATO Mission Iraq, rocket attacks and the US strikes of 2021).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv,hy,ib,ie,ih,ik,in,iq,it,iw}.ALL
defines. `ALL` merges those thirty-three tables plus NEW. The parallel annotators' files of session 28
are not imported. The Iraqi interior ministry's spokesman has two ids in the merged tables
(person:khalid-al-mahna from _go and person:khalid-al-muhanna from _bv); these sets use the first.
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

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2,
           **_GO, **_GR, **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM, **_HP, **_HS, **_HV,
           **_HY, **_IB, **_IE, **_IH, **_IK, **_IN, **_IQ, **_IT, **_IW}

NEW = {
    # --- organisations
    "organization:iraqi-justice-ministry": ("Organization", "Iraqi Ministry of Justice", "وزارة العدل العراقية"),
    "organization:nato-mission-iraq": ("Organization", "NATO Mission Iraq", "بعثة حلف شمال الأطلسي في العراق"),
    "organization:baghdad-mayoralty": ("Organization", "Baghdad Mayoralty (Amanat Baghdad)", "أمانة بغداد"),
    "organization:trade-bank-of-iraq": ("Organization", "Trade Bank of Iraq", "المصرف العراقي للتجارة"),
    "organization:iraqi-high-commission-for-human-rights": (
        "Organization", "Iraqi High Commission for Human Rights", "المفوضية العليا لحقوق الإنسان في العراق"),
    "organization:us-department-of-energy": ("Organization", "US Department of Energy", "وزارة الطاقة الأميركية"),
    "organization:london-school-of-economics": (
        "Organization", "London School of Economics and Political Science", "كلية لندن للاقتصاد والعلوم السياسية"),
    "organization:iraqi-parliament-human-rights-committee": (
        "Organization", "Human Rights Committee of the Iraqi parliament", "لجنة حقوق الإنسان النيابية"),
    # --- places
    "location:nasiriyah": ("Location", "Nasiriyah", "الناصرية"),
    "location:camp-ashraf": ("Location", "Camp Ashraf (Diyala)", "معسكر أشرف"),
    # --- people
    "person:mohammed-rida-al-haidari": (
        "Person", "Mohammed Rida al-Haidari (chair, parliament's security and defence committee)", "محمد رضا الحيدري"),
    "person:salar-abdul-sattar": ("Person", "Salar Abdul Sattar (Iraqi justice minister 2020-2022)", "سالار عبد الستار"),
    "person:ahmed-abu-ragheef": ("Person", "Ahmed Abu Ragheef", "أحمد أبو رغيف"),
    "person:hamid-al-jazaeri": ("Person", "Hamid al-Jazaeri (Saraya al-Khorasani)", "حامد الجزائري"),
    "person:per-pugholm-olsen": ("Person", "Per Pugholm Olsen", "بير بوغهولم أولسن"),
    "person:jennie-carignan": ("Person", "Jennie Carignan", "جيني كارينيان"),
    "person:stephen-hickey": ("Person", "Stephen Hickey (British ambassador to Iraq)", "ستيفن هيكي"),
    "person:manhal-al-habobi": ("Person", "Manhal Aziz al-Habobi", "منهل عزيز الحبوبي"),
    "person:zekra-alwach": ("Person", "Zekra Alwach", "ذكرى علوش"),
    "person:salem-al-chalabi": ("Person", "Salem Jawad al-Chalabi", "سالم جواد الجلبي"),
    "person:ali-akram-al-bayati": ("Person", "Ali Akram al-Bayati", "علي أكرم البياتي"),
    "person:nazim-al-waeli": ("Person", "Nazim al-Waeli (Dhi Qar governor)", "ناظم الوائلي"),
    "person:khalid-battal-al-najm": ("Person", "Khalid Battal al-Najm", "خالد بتال النجم"),
    "person:dan-brouillette": ("Person", "Dan Brouillette", "دان برويليت"),
    "person:harith-hasan": ("Person", "Harith Hasan", "حارث حسن"),
    "person:ranj-alaaldin": ("Person", "Ranj Alaaldin", "رنج علاء الدين"),
    "person:phillip-smyth": ("Person", "Phillip Smyth", "فيليب سميث"),
    "person:toby-dodge": ("Person", "Toby Dodge", "توبي دودج"),
    "person:arshad-al-salihi": ("Person", "Arshad al-Salihi", "أرشد الصالحي"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
