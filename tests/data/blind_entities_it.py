"""Entities new to the project used by blind sets IR, IS and IT (session 27: Lebanon 2024-2025:
Hezbollah's leaders killed by Israel (Nasrallah, Safieddine, Shukr, Aqil, Kaouk, Afif, Tabatabai)
and Naim Qassem's succession, the November 2024 ceasefire, the election of Joseph Aoun and the
designation of Nawaf Salam, visits of the US envoys Hochstein, Ortagus and Barrack, of the French
envoy Le Drian and of the Iranian officials Araghchi and Larijani, and Berri's role).

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
    # --- people: Lebanese officials and politicians
    "person:maurice-slim": ("Person", "Maurice Slim (Lebanese defence minister, Mikati government)", "موريس سليم"),
    "person:bassam-mawlawi": ("Person", "Bassam Mawlawi (Lebanese interior minister, Mikati government)",
                              "بسام مولوي"),
    "person:nasser-yassin": ("Person", "Nasser Yassin (Lebanese environment minister, Mikati government)",
                             "ناصر ياسين"),
    "person:boutros-assaker": ("Person", "Boutros Assaker (diplomatic adviser to Najib Mikati)", "بطرس عساكر"),
    "person:gebran-bassil": ("Person", "Gebran Bassil", "جبران باسيل"),
    "person:tony-kahwaji": ("Person", "Tony Kahwaji (Lebanese army intelligence director)", "طوني قهوجي"),
    "person:hani-chemaitelly": ("Person", "Hani Chemaitelly (secretary-general of the Lebanese foreign ministry)",
                                "هاني شميطلي"),
    "person:ramez-dimashkieh": ("Person", "Ramez Dimashkieh (head of the Lebanese-Palestinian Dialogue Committee)",
                                "رامز دمشقية"),
    "person:raed-abdallah": ("Person", "Raed Abdallah (director-general of Lebanon's Internal Security Forces)",
                             "رائد عبدالله"),
    "person:imad-othman": ("Person", "Imad Othman (former director-general of Lebanon's Internal Security Forces)",
                           "عماد عثمان"),
    "person:adel-nassar": ("Person", "Adel Nassar (Lebanese justice minister)", "عادل نصار"),
    "person:rakan-nassereddine": ("Person", "Rakan Nassereddine (Lebanese health minister)", "ركان ناصر الدين"),
    "person:tamara-el-zein": ("Person", "Tamara el-Zein (Lebanese environment minister)", "تمارا الزين"),
    # --- people: Hezbollah
    "person:nabil-kaouk": ("Person", "Nabil Kaouk", "نبيل قاووق"),
    # --- people: foreign officials
    "person:herve-magro": ("Person", "Herve Magro (French ambassador to Lebanon)", "هيرفيه ماغرو"),
    "person:emmanuel-bonne": ("Person", "Emmanuel Bonne (diplomatic adviser to Emmanuel Macron)", "إيمانويل بون"),
    "person:joseph-clearfield": ("Person", "Joseph Clearfield (US general chairing the Lebanon ceasefire mechanism)",
                                 "جوزيف كليرفيلد"),
    # --- people: analysts
    "person:nicholas-blanford": ("Person", "Nicholas Blanford", "نيكولاس بلانفورد"),
    "person:heiko-wimmen": ("Person", "Heiko Wimmen", "هايكو فيمن"),
    "person:michael-young": ("Person", "Michael Young (Carnegie Middle East Center)", "مايكل يونغ"),
    "person:lina-khatib": ("Person", "Lina Khatib", "لينا الخطيب"),
    "person:randa-slim": ("Person", "Randa Slim", "رندة سليم"),
    "person:amal-saad": ("Person", "Amal Saad", "أمل سعد"),
    "person:maha-yahya": ("Person", "Maha Yahya", "مها يحيى"),
    # --- organisations
    "organization:free-patriotic-movement": ("Organization", "Free Patriotic Movement", "التيار الوطني الحر"),
    "organization:lebanese-interior-ministry": ("Organization", "Lebanese Ministry of Interior and Municipalities",
                                                "وزارة الداخلية والبلديات اللبنانية"),
    "organization:lebanese-internal-security-forces": ("Organization", "Internal Security Forces (Lebanon)",
                                                       "المديرية العامة لقوى الأمن الداخلي"),
    "organization:lebanese-justice-ministry": ("Organization", "Lebanese Ministry of Justice", "وزارة العدل اللبنانية"),
    "organization:lebanese-health-ministry": ("Organization", "Lebanese Ministry of Public Health",
                                              "وزارة الصحة العامة اللبنانية"),
    "organization:lebanese-environment-ministry": ("Organization", "Lebanese Ministry of Environment",
                                                   "وزارة البيئة اللبنانية"),
    "organization:lebanese-palestinian-dialogue-committee": ("Organization", "Lebanese-Palestinian Dialogue Committee",
                                                             "لجنة الحوار اللبناني الفلسطيني"),
    "organization:atlantic-council": ("Organization", "Atlantic Council", "المجلس الأطلسي"),
    "organization:cardiff-university": ("Organization", "Cardiff University", "جامعة كارديف"),
    # --- places
    "location:residence-des-pins": ("Location", "Residence des Pins (French ambassador's residence, Beirut)",
                                    "قصر الصنوبر"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
