"""Entities new to the project used by blind sets JV, JW and JX (session 30: Sudan, Libya and Somalia,
2022-2025: al-Burhan's Sovereignty Council and its prime ministers (Osman Hussein, Dafallah al-Haj Ali,
Kamil Idris), the Jeddah and Geneva tracks and the envoys, RSF commanders killed in El Fasher; Libya's
Government of National Unity, Haftar and his sons, the killing of Abdulghani al-Kikli in Tripoli, the UN
envoys, the Central Bank and the High Council of State; Somalia's president, US strikes on Islamic State
and al-Shabaab leaders, AFRICOM's commanders, the Ankara summit with Ethiopia).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv,hy,ib,ie,ih,ik,in,iq,it,iw,iz,jc,jf,ji,jl,jo}.ALL
defines. `ALL` merges those thirty-nine tables plus NEW. The parallel annotators' files of session 30
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
from blind_entities_ji import ALL as _JI  # noqa: E402
from blind_entities_jl import ALL as _JL  # noqa: E402
from blind_entities_jo import ALL as _JO  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2, **_GO, **_GR, **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM, **_HP, **_HS, **_HV, **_HY, **_IB, **_IE, **_IH, **_IK, **_IN, **_IQ, **_IT, **_IW, **_IZ, **_JC, **_JF, **_JI, **_JL, **_JO}

NEW = {
    # --- people: Sudan
    "person:abdelaziz-fathelrahman-abdeen": ("Person", "Abdelaziz Fathelrahman Abdeen (Chief Justice of Sudan)", "عبد العزيز فتح الرحمن عابدين"),
    "person:mohamed-al-ghali": ("Person", "Mohamed al-Ghali Ali Youssef (secretary-general of Sudan's Sovereignty Council)", "محمد الغالي علي يوسف"),
    "person:ali-youssef-al-sharif": ("Person", "Ali Youssef Ahmed al-Sharif (Sudanese foreign minister)", "علي يوسف أحمد الشريف"),
    "person:mohamed-ahmed-al-khidir": ("Person", "Mohamed Ahmed al-Khidir (commander of the SAF 6th Infantry Division, El Fasher)", "محمد أحمد الخضر"),
    "person:nabil-abdallah": ("Person", "Nabil Abdallah (Sudanese Armed Forces spokesman)", "نبيل عبد الله"),
    "person:yasser-al-atta": ("Person", "Yasser al-Atta (Sovereignty Council member, SAF assistant commander-in-chief)", "ياسر العطا"),
    "person:imad-eldin-adawi": ("Person", "Imad Eldin Adawi (Sudanese ambassador to Egypt)", "عماد الدين عدوي"),
    "person:mohamed-bashir-abu-namu": ("Person", "Mohamed Bashir Abu Namu (Sudanese minerals minister)", "محمد بشير أبو نمو"),
    "person:mohamed-osman-al-hussein": ("Person", "Mohamed Osman al-Hussein (SAF chief of the general staff)", "محمد عثمان الحسين"),
    "person:hassan-daoud-kabroun": ("Person", "Hassan Daoud Kabroun (Sudanese defence minister, 2025)", "حسن داؤود كبرون"),
    "person:babiker-samra-mustafa": ("Person", "Babiker Samra Mustafa (Sudanese interior minister, 2025)", "بابكر سمرة مصطفى"),
    "person:yassin-ibrahim-yassin": ("Person", "Yassin Ibrahim Yassin (Sudanese defence minister until 2025)", "يس إبراهيم يس"),
    "person:khalil-pasha-sairin": ("Person", "Khalil Pasha Sairin (Sudanese interior minister until 2025)", "خليل باشا سايرين"),
    # --- people: Libya
    "person:mohammed-al-haddad": ("Person", "Mohammed al-Haddad (chief of the general staff, Tripoli)", "محمد الحداد"),
    "person:imad-trabelsi": ("Person", "Imad Trabelsi (interior minister, Government of National Unity)", "عماد الطرابلسي"),
    "person:najwa-wheba": ("Person", "Najwa Wheba (spokeswoman of Libya's Presidential Council)", "نجوى وهيبة"),
    "person:abdullah-al-lafi": ("Person", "Abdullah al-Lafi (deputy head of Libya's Presidential Council)", "عبدالله اللافي"),
    "person:najla-al-mangoush": ("Person", "Najla al-Mangoush (Libyan foreign minister, Government of National Unity)", "نجلاء المنقوش"),
    "person:eli-cohen": ("Person", "Eli Cohen (Israeli foreign minister, 2023)", "إيلي كوهين"),
    "person:fathallah-al-zani": ("Person", "Fathallah al-Zani (Libyan youth minister, acting foreign minister 2023)", "فتح الله الزني"),
    "person:taher-al-baour": ("Person", "Taher al-Baour (Libyan acting foreign minister)", "الطاهر الباعور"),
    "person:guven-begec": ("Person", "Guven Begec (Turkish ambassador to Libya)", "غوفن بيغيتش"),
    "person:naji-issa": ("Person", "Naji Issa Belqasem (governor of the Central Bank of Libya)", "ناجي عيسى بلقاسم"),
    "person:marai-al-barasi": ("Person", "Marai al-Barasi (deputy governor of the Central Bank of Libya)", "مرعي البرعصي"),
    "person:abdulfattah-ghaffar": ("Person", "Abdulfattah Ghaffar (acting governor of the Central Bank of Libya, 2024)", "عبدالفتاح غفار"),
    "person:siddiq-al-kabir": ("Person", "Al-Siddiq al-Kabir (governor of the Central Bank of Libya until 2024)", "الصديق الكبير"),
    "person:mohamed-takala": ("Person", "Mohamed Takala (head of Libya's High Council of State)", "محمد تكالة"),
    "person:belgasem-dabarz": ("Person", "Belgasem Dabarz (rapporteur of Libya's High Council of State)", "بلقاسم دبرز"),
    "person:abdelsalam-zoubi": ("Person", "Abdelsalam Zoubi (deputy defence minister, Government of National Unity)", "عبدالسلام زوبي"),
    "person:abdel-raouf-kara": ("Person", "Abdel Raouf Kara (commander of the Rada / Special Deterrence Force)", "عبد الرؤوف كارة"),
    # --- people: Somalia and others
    "person:mohamud-aydid-dirir": ("Person", "Mohamud Aydid Dirir (Puntland information minister)", "محمود عيديد ديرير"),
    "person:richard-riley": ("Person", "Richard Riley (US ambassador to Somalia)", "ريتشارد رايلي"),
    "person:abdulkadir-mohamed-nur": ("Person", "Abdulkadir Mohamed Nur (Somali defence minister)", "عبد القادر محمد نور"),
    "person:larry-andre": ("Person", "Larry Andre (US ambassador to Somalia, 2022-2024)", "لاري أندريه"),
    "person:mahad-salad": ("Person", "Mahad Mohamed Salad (director of Somalia's NISA, 2022-2024)", "مهد محمد صلاد"),
    "person:daud-aweis": ("Person", "Daud Aweis (Somali information minister)", "داود أويس"),
    "person:fahrettin-altun": ("Person", "Fahrettin Altun (communications director of the Turkish presidency)", "فخر الدين ألتون"),
    # --- organisations
    "organization:sudanese-judiciary": ("Organization", "Judiciary of Sudan", "السلطة القضائية السودانية"),
    "organization:saf-sixth-infantry-division": ("Organization", "SAF 6th Infantry Division (El Fasher)", "الفرقة السادسة مشاة (الفاشر)"),
    "organization:sudan-joint-forces": ("Organization", "Joint Forces of the Darfur armed movements (Sudan)", "القوات المشتركة لحركات الكفاح المسلح"),
    "organization:sudanese-defence-ministry": ("Organization", "Sudanese Ministry of Defence", "وزارة الدفاع السودانية"),
    "organization:sudanese-interior-ministry": ("Organization", "Sudanese Ministry of Interior", "وزارة الداخلية السودانية"),
    "organization:splm-n-agar": ("Organization", "Sudan People's Liberation Movement-North (Agar)", "الحركة الشعبية لتحرير السودان - شمال (عقار)"),
    "organization:libyan-foreign-ministry": ("Organization", "Libyan Ministry of Foreign Affairs (Government of National Unity)", "وزارة الخارجية الليبية"),
    "organization:libyan-defence-ministry": ("Organization", "Libyan Ministry of Defence (Government of National Unity)", "وزارة الدفاع بحكومة الوحدة الوطنية"),
    "organization:libyan-general-staff": ("Organization", "General Staff of the Libyan army (Tripoli)", "رئاسة الأركان العامة (طرابلس)"),
    "organization:lna-general-staff": ("Organization", "General Staff of Haftar's forces (Libyan National Army)", "رئاسة الأركان العامة (القيادة العامة)"),
    "organization:central-bank-of-libya": ("Organization", "Central Bank of Libya", "مصرف ليبيا المركزي"),
    "organization:rada-special-deterrence-force": ("Organization", "Rada / Special Deterrence Force (Tripoli)", "جهاز الردع"),
    "organization:puntland-government": ("Organization", "Government of Puntland State (Somalia)", "حكومة ولاية بونتلاند"),
    # --- places
    "location:garowe": ("Location", "Garowe", "غاروي"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
