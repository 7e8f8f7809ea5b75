"""Entities new to the project used by blind sets JP, JQ and JR (session 30: Iraq 2023-2025 under Prime
Minister Mohammed Shia al-Sudani: the US strikes that killed Abu Taqwa (al-Nujaba) and Abu Baqir al-Saadi
(Kataib Hezbollah) in Baghdad in 2024 and the strikes on al-Qaim, Qaani's visits and the Coordination
Framework, the Popular Mobilization Forces' chairman and chief of staff, the new speaker and the new
Federal Supreme Court president, Larijani after Ahmadian, the 2025 election and the talks on a new
government, al-Sudani's receptions in Baghdad and his visits to Tehran and Washington).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv,hy,ib,ie,ih,ik,in,iq,it,iw,iz,jc,jf,ji,jl,jo}.ALL
defines. `ALL` merges those thirty-nine tables plus NEW. The parallel annotators' files of session 30
are not imported. Where the merged tables hold two ids for one person or body, the sets use one:
person:abu-taqwa-al-saidi (not person:mushtaq-taleb-al-saidi), person:arkan-al-ulayawi (not
person:arkan-al-elayawi), person:jassim-mohammed-abboud (not person:jassim-mohammed-aboud),
person:hussein-al-moussawi (the al-Nujaba spokesman, not person:hussein-al-mousawi) and
organization:hikma-movement (not organization:national-wisdom-movement).
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
from blind_entities_ji import ALL as _JI  # noqa: E402
from blind_entities_jl import ALL as _JL  # noqa: E402
from blind_entities_jo import ALL as _JO  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2, **_GO, **_GR, **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM, **_HP, **_HS, **_HV, **_HY, **_IB, **_IE, **_IH, **_IK, **_IN, **_IQ, **_IT, **_IW, **_IZ, **_JC, **_JF, **_JI, **_JL, **_JO}

NEW = {
    # --- people
    "person:shihab-jahid-ali": ("Person", "Shihab Jahid Ali (commander of the Iraqi Air Force)", "شهاب جاهد علي"),
    "person:haibat-al-halbousi": ("Person", "Haibat al-Halbousi (Taqaddum MP)", "هيبت الحلبوسي"),
    "person:munther-ibrahim-hussein": ("Person", "Munther Ibrahim Hussein (president of Iraq's Federal Supreme Court)", "منذر إبراهيم حسين"),
    "person:omar-ahmed-mohammed": ("Person", "Omar Ahmed Mohammed (chairman of Iraq's electoral commission)", "عمر أحمد محمد"),
    "person:hisham-al-rikabi": ("Person", "Hisham al-Rikabi (head of the State of Law Coalition's media office)", "هشام الركابي"),
    "person:daniel-shapiro": ("Person", "Daniel Shapiro (US deputy assistant secretary of defense for the Middle East)", "دانيال شابيرو"),
    "person:saleh-al-hasnawi": ("Person", "Saleh al-Hasnawi (Iraqi health minister)", "صالح الحسناوي"),
    "person:evan-faeq-jabro": ("Person", "Evan Faeq Jabro (Iraqi minister of migration and displacement)", "إيفان فائق جابرو"),
    "person:waad-al-qaddo": ("Person", "Waad al-Qaddo (commander of the PMF's 30th Brigade)", "وعد القدو"),
    "person:ibrahim-namis-al-jubouri": ("Person", "Ibrahim Namis al-Jubouri (Iraqi education minister)", "إبراهيم نامس الجبوري"),
    "person:jon-finer": ("Person", "Jon Finer (US deputy national security adviser)", "جون فاينر"),
    "person:mohammed-sahib-al-daraji": ("Person", "Mohammed Sahib al-Daraji (former Iraqi industry minister)", "محمد صاحب الدراجي"),
    "person:sarwa-abdul-wahid": ("Person", "Sarwa Abdul Wahid (head of the New Generation bloc in Iraq's parliament)", "سروة عبد الواحد"),
    "person:abdul-karim-al-faisal": ("Person", "Abdul Karim al-Faisal (head of the Iraqi prime minister's advisory commission)", "عبد الكريم الفيصل"),
    "person:patrick-durel": ("Person", "Patrick Durel (French ambassador to Iraq)", "باتريك دوريل"),
    "person:nizar-amedi": ("Person", "Nizar Amedi (Iraqi environment minister)", "نزار آميدي"),
    "person:shina-ansari": ("Person", "Shina Ansari (head of Iran's Department of Environment)", "شينا أنصاري"),
    "person:thomas-seiler": ("Person", "Thomas Seiler (EU ambassador to Iraq)", "توماس زايلر"),
    "person:mazhar-mohammed-salih": ("Person", "Mazhar Mohammed Salih (financial adviser to the Iraqi prime minister)", "مظهر محمد صالح"),
    "person:jennifer-granholm": ("Person", "Jennifer Granholm (US secretary of energy)", "جينيفر غرانهولم"),
    # --- organisations
    "organization:iraqi-air-force": ("Organization", "Iraqi Air Force", "القوة الجوية العراقية"),
    "organization:iraqi-migration-ministry": ("Organization", "Iraqi Ministry of Migration and Displacement", "وزارة الهجرة والمهجرين العراقية"),
    "organization:iraqi-education-ministry": ("Organization", "Iraqi Ministry of Education", "وزارة التربية العراقية"),
    "organization:iraqi-environment-ministry": ("Organization", "Iraqi Ministry of Environment", "وزارة البيئة العراقية"),
    "organization:iraqi-electricity-ministry": ("Organization", "Iraqi Ministry of Electricity", "وزارة الكهرباء العراقية"),
    "organization:iranian-department-of-environment": ("Organization", "Department of Environment of Iran", "منظمة حماية البيئة الإيرانية"),
    "organization:new-generation-movement": ("Organization", "New Generation movement (Iraqi Kurdistan)", "حراك الجيل الجديد"),
    # --- places
    "location:hamdaniya": ("Location", "Hamdaniya (Bakhdida / Qaraqosh district)", "الحمدانية"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
