"""Entities new to the project used by blind sets HQ, HR and HS (session 24: Yemen and the Red Sea
2019-2025: the Houthis (Ansar Allah) and their leaders, Saudi-Houthi talks and Omani mediation, the UN
envoy Hans Grundberg, the Presidential Leadership Council, US/UK and Israeli strikes, prisoner
exchanges).

`NEW` holds only ids that none of
blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu,gx,ha,hd,hg,hj,hm}.ALL defines. `ALL`
merges those twenty-one tables plus NEW. The parallel annotators' files of session 24 are not imported.
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

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2,
           **_GO, **_GR, **_GU, **_GX, **_HA, **_HD, **_HG, **_HJ, **_HM}

NEW = {
    # --- people
    "person:nayef-al-hajraf": ("Person", "Nayef Falah Mubarak al-Hajraf", "نايف فلاح مبارك الحجرف"),
    "person:hussein-badreddin-al-houthi": ("Person", "Hussein Badreddin al-Houthi", "حسين بدر الدين الحوثي"),
    "person:ali-abdullah-saleh": ("Person", "Ali Abdullah Saleh", "علي عبد الله صالح"),
    "person:hadi-haig": ("Person", "Hadi Haig", "هادي هيج"),
    "person:mohammed-qahtan": ("Person", "Mohammed Qahtan", "محمد قحطان"),
    "person:fabrizio-carboni": ("Person", "Fabrizio Carboni", "فابريزيو كاربوني"),
    "person:mahmoud-al-subaihi": ("Person", "Mahmoud al-Subaihi", "محمود الصبيحي"),
    "person:muin-shreim": ("Person", "Muin Shreim", "معين شريم"),
    "person:ahmed-al-maabqi": ("Person", "Ahmed Ghaleb al-Maabqi", "أحمد غالب المعبقي"),
    "person:abdulrahman-al-muharrami": ("Person", "Abdulrahman al-Muharrami (Abu Zaraa)",
                                        "عبد الرحمن المحرمي (أبو زرعة)"),
    "person:awad-al-awlaki": ("Person", "Awad Mohammed al-Wazir al-Awlaki", "عوض محمد الوزير العولقي"),
    "person:mohammed-saleh-bin-adio": ("Person", "Mohammed Saleh bin Adio", "محمد صالح بن عديو"),
    "person:mabkhout-bin-madi": ("Person", "Mabkhout Mubarak bin Madi", "مبخوت مبارك بن ماضي"),
    "person:amr-bin-habrish": ("Person", "Amr bin Habrish", "عمرو بن حبريش"),
    "person:nabil-shamsan": ("Person", "Nabil Shamsan", "نبيل شمسان"),
    "person:moayad-hameidi": ("Person", "Moayad Hameidi", "مؤيد حميدي"),
    "person:mohammed-ayyash-qahim": ("Person", "Mohammed Ayyash Qahim", "محمد عياش قحيم"),
    "person:zaid-al-wushali": ("Person", "Zaid al-Wushali", "زيد الوشلي"),
    "person:ahmed-lamlas": ("Person", "Ahmed Hamed Lamlas", "أحمد حامد لملس"),
    "person:mutahar-al-shuaibi": ("Person", "Mutahar al-Shuaibi", "مطهر الشعيبي"),
    "person:abdullah-yahya-al-hakim": ("Person", "Abdullah Yahya al-Hakim (Abu Ali al-Hakim)",
                                       "عبد الله يحيى الحاكم (أبو علي الحاكم)"),
    "person:hani-bin-breik": ("Person", "Hani bin Breik", "هاني بن بريك"),
    # --- organisations
    "organization:icrc": ("Organization", "International Committee of the Red Cross", "اللجنة الدولية للصليب الأحمر"),
    "organization:islah": ("Organization", "Islah party (Yemeni Congregation for Reform)", "حزب التجمع اليمني للإصلاح"),
    "organization:central-bank-of-yemen": ("Organization", "Central Bank of Yemen (Aden)", "البنك المركزي اليمني (عدن)"),
    "organization:yemeni-armed-forces": ("Organization", "Yemeni armed forces (government)", "القوات المسلحة اليمنية (الحكومية)"),
    "organization:giants-brigades": ("Organization", "Giants Brigades (al-Amaliqa)", "ألوية العمالقة"),
    "organization:hadramawt-tribal-alliance": ("Organization", "Hadramawt Tribal Alliance", "حلف قبائل حضرموت"),
    "organization:wfp": ("Organization", "World Food Programme", "برنامج الأغذية العالمي"),
    "organization:red-sea-ports-corporation": ("Organization", "Red Sea Ports Corporation (Hodeidah)",
                                               "مؤسسة موانئ البحر الأحمر"),
    "organization:aden-security-directorate": ("Organization", "Aden Security Directorate", "إدارة أمن عدن"),
    "organization:houthi-military-intelligence": ("Organization", "Houthi military intelligence",
                                                  "الاستخبارات العسكرية (صنعاء)"),
    # --- places
    "location:eilat": ("Location", "Eilat", "إيلات"),
    "location:saada": ("Location", "Saada", "صعدة"),
    "location:shabwa": ("Location", "Shabwa governorate", "محافظة شبوة"),
    "location:mukalla": ("Location", "Mukalla", "المكلا"),
    "location:hadramawt": ("Location", "Hadramawt governorate", "محافظة حضرموت"),
    "location:taiz": ("Location", "Taiz", "تعز"),
    "location:bayhan": ("Location", "Bayhan", "بيحان"),
    "location:abha": ("Location", "Abha", "أبها"),
    "location:ataq": ("Location", "Ataq", "عتق"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
