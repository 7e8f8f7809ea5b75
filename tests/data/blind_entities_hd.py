"""Entities new to the project used by blind sets HB, HC and HD (session 22: North Africa, the Horn
and the Sahel 2019-2025 plus the Gulf: Sudan's generals and the RSF, Libya, Tunisia, Algeria,
Egypt's ministers, Somalia and al-Shabaab, the Sahel juntas and Wagner / Africa Corps, Gulf and
Turkish mediators).

`NEW` holds only ids that none of blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2,go,gr,gu}.ALL
defines. `ALL` merges those fifteen tables plus NEW. The parallel annotators' files of session 22 are
not imported.
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

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2,
           **_GO, **_GR, **_GU}

NEW = {
    # --- countries
    "country:tunisia": ("Country", "Tunisia", "تونس"),
    # --- places
    "location:carthage-palace": ("Location", "Carthage Palace (Tunis)", "قصر قرطاج"),
    "location:darfur": ("Location", "Darfur", "دارفور"),
    "location:west-darfur": ("Location", "West Darfur (state)", "ولاية غرب دارفور"),
    "location:el-mouradia": ("Location", "El Mouradia Palace (Algiers)", "قصر المرادية"),
    "location:nyala": ("Location", "Nyala", "نيالا"),
    "location:takbali-camp": ("Location", "Takbali camp (Tripoli)", "معسكر التكبالي"),
    "location:zurich": ("Location", "Zurich", "زيوريخ"),
    # --- organisations
    "organization:algerian-government": ("Organization", "Government of Algeria", "الحكومة الجزائرية"),
    "organization:burkina-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Burkina Faso",
                                              "وزارة الخارجية البوركينية"),
    "organization:cma-azawad": ("Organization", "Coordination of Azawad Movements (CMA)",
                                "تنسيقية حركات أزواد"),
    "organization:egyptian-defence-ministry": ("Organization", "Egyptian Ministry of Defence and Military "
                                               "Production", "وزارة الدفاع والإنتاج الحربي المصرية"),
    "organization:egyptian-government": ("Organization", "Government of Egypt (Cabinet)", "الحكومة المصرية"),
    "organization:eritrean-information-ministry": ("Organization", "Eritrean Ministry of Information",
                                                   "وزارة الإعلام الإريترية"),
    "organization:ethiopian-niss": ("Organization", "National Intelligence and Security Service (Ethiopia)",
                                    "جهاز المخابرات والأمن الوطني الإثيوبي"),
    "organization:gatia": ("Organization", "GATIA (Imghad Tuareg and Allies Self-Defense Group)",
                           "مجموعة الدفاع الذاتي للطوارق إمغاد وحلفائهم (غاتيا)"),
    "organization:libya-hnec": ("Organization", "High National Elections Commission (Libya)",
                                "المفوضية الوطنية العليا للانتخابات"),
    "organization:niger-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Niger",
                                            "وزارة الخارجية النيجرية"),
    "organization:sudanese-foreign-ministry": ("Organization", "Sudanese Ministry of Foreign Affairs",
                                               "وزارة الخارجية السودانية"),
    "organization:tasis-presidential-council": ("Organization", "Presidential Council of the RSF-led "
                                                "'Government of Peace and Unity' (Tasis)",
                                                "المجلس الرئاسي لحكومة تأسيس"),
    "organization:tunisian-foreign-ministry": ("Organization", "Tunisian Ministry of Foreign Affairs",
                                               "وزارة الخارجية التونسية"),
    "organization:tunisian-government": ("Organization", "Government of Tunisia", "الحكومة التونسية"),
    "organization:unsom": ("Organization", "UN Assistance Mission in Somalia (UNSOM)",
                           "بعثة الأمم المتحدة لتقديم المساعدة إلى الصومال"),
    # --- people: Sudan, Horn
    "person:ali-al-sadiq": ("Person", "Ali al-Sadiq Ali", "علي الصادق"),
    "person:hussein-awad-ali": ("Person", "Hussein Awad Ali", "حسين عوض علي"),
    "person:minni-minawi": ("Person", "Minni Arko Minawi", "مني أركو مناوي"),
    "person:massad-boulos": ("Person", "Massad Boulos", "مسعد بولس"),
    "person:lana-nusseibeh": ("Person", "Lana Nusseibeh", "لانا نسيبة"),
    "person:nasser-bin-hamad-al-khalifa": ("Person", "Nasser bin Hamad Al Khalifa",
                                           "ناصر بن حمد آل خليفة"),
    "person:redwan-hussien": ("Person", "Redwan Hussien", "رضوان حسين"),
    "person:yemane-gebremeskel": ("Person", "Yemane Gebremeskel", "يماني جبر مسقل"),
    "person:mesganu-arga": ("Person", "Mesganu Arga", "مسغانو أرغا"),
    "person:abdirahman-omar-osman": ("Person", "Abdirahman Omar Osman (Yarisow)",
                                     "عبد الرحمن عمر عثمان (يريسو)"),
    "person:james-swan": ("Person", "James Swan", "جيمس سوان"),
    "person:ikran-tahlil-farah": ("Person", "Ikran Tahlil Farah", "إكرام تهليل فارح"),
    # --- people: Libya
    "person:ahmed-al-mismari": ("Person", "Ahmed al-Mismari", "أحمد المسماري"),
    "person:emad-al-sayeh": ("Person", "Emad al-Sayeh", "عماد السايح"),
    # --- people: Egypt, Tunisia, Algeria
    "person:abdel-meguid-saqr": ("Person", "Abdel Meguid Saqr", "عبد المجيد صقر"),
    "person:mohamed-zaki": ("Person", "Mohamed Ahmed Zaki (Egyptian defence minister)", "محمد زكي"),
    "person:kais-saied": ("Person", "Kais Saied", "قيس سعيد"),
    "person:sarra-zaafrani-zenzri": ("Person", "Sarra Zaafrani Zenzri", "سارة الزعفراني الزنزري"),
    "person:kamel-maddouri": ("Person", "Kamel Maddouri", "كمال المدوري"),
    "person:ahmed-hachani": ("Person", "Ahmed Hachani", "أحمد الحشاني"),
    "person:najla-bouden": ("Person", "Najla Bouden", "نجلاء بودن"),
    "person:mohamed-ali-nafti": ("Person", "Mohamed Ali Nafti", "محمد علي النفطي"),
    "person:nadir-larbaoui": ("Person", "Nadir Larbaoui", "نذير العرباوي"),
    "person:sifi-ghrieb": ("Person", "Sifi Ghrieb", "سيفي غريب"),
    "person:aymen-benabderrahmane": ("Person", "Aymen Benabderrahmane", "أيمن بن عبد الرحمن"),
    "person:said-chanegriha": ("Person", "Said Chanegriha", "السعيد شنقريحة"),
    "person:ahmed-gaid-salah": ("Person", "Ahmed Gaid Salah", "أحمد قايد صالح"),
    # --- people: Sahel
    "person:bakary-yaou-sangare": ("Person", "Bakary Yaou Sangare", "بكاري ياو سانغاري"),
    "person:karamoko-jean-marie-traore": ("Person", "Karamoko Jean-Marie Traore",
                                          "كاراموكو جان ماري تراوري"),
    "person:souleymane-dembele": ("Person", "Souleymane Dembele (Malian army spokesman)", "سليمان ديمبيلي"),
    "person:abu-huzeifa": ("Person", "Abu Huzeifa (Abou Houzeifa, IS Sahel commander)", "أبو حذيفة"),
    "person:fahad-ag-almahmoud": ("Person", "Fahad Ag Almahmoud", "فهد آغ المحمود"),
    "person:bah-ag-moussa": ("Person", "Bah Ag Moussa", "باه آغ موسى"),
    "person:sidi-brahim-ould-sidati": ("Person", "Sidi Brahim Ould Sidati", "سيدي إبراهيم ولد سيداتي"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
