"""Entities new to the project used by blind sets JA, JB and JC (session 28: Syria from December
2024 to 2025: the fall of Bashar al-Assad, Ahmed al-Sharaa and the caretaker and transitional
governments, their ministers and governors in place of Assad-era holders, foreign delegations in
Damascus (Turkish, Qatari, Jordanian, Saudi, Russian, European, American), the dissolution and
integration of armed factions, Israeli strikes, and killings of commanders and former officers).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm,hp,hs,hv,hy,ib,ie,ih,ik,in,iq,it,iw}.ALL
defines. `ALL` merges those thirty-three tables plus NEW. The parallel annotators' files of
session 28 are not imported. Where the merged tables hold two ids for one person, the sets use one:
person:bassam-al-sabbagh (not person:bassam-sabbagh) and person:michael-kurilla (not
person:erik-kurilla).
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
    "organization:sultan-suleiman-shah-division": (
        "Organization", "Sultan Suleiman Shah Division (al-Amshat)", "فرقة السلطان سليمان شاه"),
    "organization:hamza-division": ("Organization", "Hamza Division (al-Hamzat)", "فرقة الحمزة"),
    "organization:eighth-brigade": ("Organization", "Eighth Brigade (Daraa)", "اللواء الثامن"),
    "organization:fifth-corps": ("Organization", "Fifth Corps (Syria, Russian-backed)", "الفيلق الخامس"),
    "organization:syrian-information-ministry": ("Organization", "Syrian Ministry of Information", "وزارة الإعلام السورية"),
    "organization:syrian-justice-ministry": ("Organization", "Syrian Ministry of Justice", "وزارة العدل السورية"),
    "organization:syrian-health-ministry": ("Organization", "Syrian Ministry of Health", "وزارة الصحة السورية"),
    "organization:syrian-emergency-ministry": (
        "Organization", "Syrian Ministry of Emergency and Disaster Management", "وزارة الطوارئ وإدارة الكوارث السورية"),
    "organization:syria-civil-defence": (
        "Organization", "Syria Civil Defence (White Helmets)", "الدفاع المدني السوري (الخوذ البيضاء)"),
    "organization:syrian-economy-ministry": (
        "Organization", "Syrian Ministry of Economy and Industry", "وزارة الاقتصاد والصناعة السورية"),
    "organization:syrian-investment-authority": ("Organization", "Syrian Investment Authority", "هيئة الاستثمار السورية"),
    "organization:saudi-investment-ministry": ("Organization", "Saudi Ministry of Investment", "وزارة الاستثمار السعودية"),
    "organization:saudi-finance-ministry": ("Organization", "Saudi Ministry of Finance", "وزارة المالية السعودية"),
    "organization:ucc-holding": ("Organization", "UCC Holding (UrbaCon, Qatar)", "مجموعة يو سي سي القابضة"),
    # --- places
    "location:busra-al-sham": ("Location", "Busra al-Sham", "بصرى الشام"),
    "location:umayyad-square": ("Location", "Umayyad Square (Damascus)", "ساحة الأمويين"),
    # --- people
    "person:nuh-yilmaz": ("Person", "Nuh Yilmaz (Turkish deputy foreign minister)", "نوح يلماز"),
    "person:ali-noureddine-al-naasan": ("Person", "Ali Noureddine al-Naasan", "علي نور الدين النعسان"),
    "person:mohammed-abazeid": ("Person", "Mohammed Abazeid (Syrian caretaker finance minister)", "محمد أبازيد"),
    "person:mohammed-al-jassem": ("Person", "Mohammed al-Jassem (Abu Amsha)", "محمد الجاسم (أبو عمشة)"),
    "person:saif-boulad": ("Person", "Saif Boulad (Abu Bakr)", "سيف بولاد (أبو بكر)"),
    "person:ahmad-al-awda": ("Person", "Ahmad al-Awda", "أحمد العودة"),
    "person:shujaa-al-ali": ("Person", "Shujaa al-Ali", "شجاع العلي"),
    "person:jean-francois-guillaume": (
        "Person", "Jean-Francois Guillaume (French special envoy for Syria)", "جان فرانسوا غيوم"),
    "person:obaida-arnaout": ("Person", "Obaida Arnaout", "عبيدة أرناؤوط"),
    "person:khalifa-al-sharif": (
        "Person", "Khalifa Abdullah Al Mahmoud Al Sharif (Qatari charge d'affaires in Damascus)",
        "خليفة عبد الله آل محمود الشريف"),
    "person:abdullah-bin-mohammed-al-khulaifi": (
        "Person", "Abdullah bin Mohammed bin Mubarak Al Khulaifi (chief of Qatar's Emiri Diwan)",
        "عبد الله بن محمد بن مبارك الخليفي"),
    "person:mohammed-al-omar": ("Person", "Mohammed al-Omar (Syrian caretaker information minister)", "محمد العمر"),
    "person:hamza-al-mustafa": ("Person", "Hamza al-Mustafa", "حمزة المصطفى"),
    "person:mazhar-al-wais": ("Person", "Mazhar al-Wais", "مظهر الويس"),
    "person:shadi-al-waisi": ("Person", "Shadi al-Waisi", "شادي الويسي"),
    "person:musab-al-ali": ("Person", "Musab al-Ali (Syrian health minister)", "مصعب العلي"),
    "person:raed-al-saleh": ("Person", "Raed al-Saleh", "رائد الصالح"),
    "person:anwar-al-zoubi": ("Person", "Anwar Taha al-Zoubi (governor of Daraa)", "أنور طه الزعبي"),
    "person:loay-kharita": ("Person", "Loay Kharita (governor of Daraa under Assad)", "لؤي خريطة"),
    "person:badran-jia-kurd": ("Person", "Badran Jia Kurd", "بدران جيا كرد"),
    "person:alexander-yefimov": ("Person", "Alexander Yefimov (Russian ambassador to Syria)", "ألكسندر يفيموف"),
    "person:mohammed-al-jadaan": ("Person", "Mohammed al-Jadaan", "محمد الجدعان"),
    "person:ramez-al-khayyat": ("Person", "Ramez al-Khayyat (UCC Holding)", "رامز الخياط"),
    "person:mohammed-nidal-al-shaar": ("Person", "Mohammed Nidal al-Shaar", "محمد نضال الشعار"),
    "person:talal-al-hilali": ("Person", "Talal al-Hilali", "طلال الهلالي"),
    "person:mustafa-al-bakour": ("Person", "Mustafa al-Bakour (governor of Sweida)", "مصطفى البكور"),
    "person:ahmad-al-dalati": ("Person", "Ahmad al-Dalati", "أحمد الدالاتي"),
    "person:youssef-jarbou": ("Person", "Youssef Jarbou", "يوسف جربوع"),
    "person:dhiya-al-hardani": ("Person", "Dhiya Zawba Muslih al-Hardani", "ضياء زوبع مصلح الحرداني"),
    "person:qutaiba-idlbi": ("Person", "Qutaiba Idlbi", "قتيبة إدلبي"),
    "person:noureddine-al-baba": ("Person", "Noureddine al-Baba", "نور الدين البابا"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
