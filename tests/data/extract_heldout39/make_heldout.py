"""Blind set AN: Quds Force and Iranian envoys in the shrine cities, and the Lebanese angle:
Palarak in Karbala, Fallahzadeh and the Khuzestan governor in Basra, the Iranian ambassador in
Najaf, Sistani and the new UNAMI head, Mandalawi in Beirut (Oct 2024), a Hezbollah delegation
in Baghdad. Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAN/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout39/make_heldout.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO")

Q, S = "person:esmail-qaani", "person:qasem-soleimani"
M, US, T = "person:abu-mahdi-al-muhandis", "country:united-states", "person:donald-trump"
QF, IRGC = "organization:quds-force", "organization:irgc"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
AAH, BADR = "organization:asaib-ahl-al-haq", "organization:badr-organization"
FAY, AMIRI, KHAZ = "person:falih-al-fayyadh", "person:hadi-al-amiri", "person:qais-al-khazali"
SUD, PARL = "person:mohammed-shia-al-sudani", "organization:iraqi-parliament"
KSS, NUJ = "organization:kataib-sayyid-al-shuhada", "organization:harakat-al-nujaba"
KDP, PUK = "organization:kurdistan-democratic-party", "organization:patriotic-union-of-kurdistan"
MASH, MAND = "person:mahmoud-al-mashhadani", "person:mohsen-al-mandalawi"
HALB, FADAK = "person:mohammed-al-halbousi", "person:abdul-aziz-al-muhammadawi"

ARTICLES = [
    ("arAN1_palarak_karbala", "ar",
     "كربلاء المقدسة - ارنا - زار رئيس هيئة اعادة اعمار العتبات المقدسة في ايران حسن بلارك، "
     "اليوم الخميس، مدينة كربلاء المقدسة، حيث استقبله محافظ كربلاء نصيف الخطابي والمتولي "
     "الشرعي للعتبة الحسينية المقدسة الشيخ عبد المهدي الكربلائي، وجرى بحث مشاريع الهيئة لخدمة "
     "زوار الاربعين. واكد بلارك ان هذه المشاريع «انطلقت بتوجيه من الشهيد الحاج قاسم سليماني»، "
     "قائد قوة القدس السابق الذي اغتالته القوات الامريكية مع ابي مهدي المهندس قرب مطار بغداد "
     "بامر من الرئيس الامريكي السابق دونالد ترامب. واضاف ان قائد قوة القدس الحالي العميد "
     "اسماعيل قاآني، خليفة سليماني، «يتابع شخصيا» سير العمل في صحن العقيلة زينب. ومن المقرر "
     "ان يتوجه بلارك غدا الى النجف الاشرف للقاء محافظها وعدد من المسؤولين.",
     [("LEADS", "person:hassan-palarak", "organization:holy-shrines-reconstruction-headquarters",
       "زار رئيس هيئة اعادة"),
      ("VISITED", "person:hassan-palarak", "location:karbala", "مدينة كربلاء المقدسة، حيث"),
      ("MET_WITH", "person:hassan-palarak", "person:nassif-al-khattabi", "حيث استقبله محافظ"),
      ("MET_WITH", "person:hassan-palarak", "person:abdul-mahdi-al-karbalai", "حيث استقبله محافظ"),
      ("LEADS", "person:nassif-al-khattabi", "location:karbala", "حيث استقبله محافظ"),
      ("LEADS", "person:abdul-mahdi-al-karbalai", "location:imam-hussein-shrine", "والمتولي"),
      ("LEADS", S, QF, "قائد قوة القدس السابق"),
      ("ASSASSINATED_BY", S, "organization:us-armed-forces", "الذي اغتالته القوات", "2020-01-03"),
      ("ASSASSINATED_BY", M, "organization:us-armed-forces", "الذي اغتالته القوات", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "بامر من الرئيس", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "بامر من الرئيس", "2020-01-03"),
      ("LEADS", T, US, "الرئيس الامريكي السابق"),
      ("LEADS", Q, QF, "قائد قوة القدس الحالي"),
      ("SUCCESSOR_OF", Q, S, "خليفة سليماني"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2024-08"}),

    ("enAN2_fallahzadeh_basra", "en",
     "TEHRAN (Tasnim) \u2013 Deputy Commander of the IRGC Quds Force Brigadier General Mohammad "
     "Reza Fallahzadeh and Khuzestan Governor Mohammad Reza Mavalizadeh held talks with Basra "
     "Governor Asaad al-Eidani on Thursday on arrangements for Iranian pilgrims heading to "
     "Karbala for Arbaeen. The two Iranian officials, who travelled to Basra through the "
     "Shalamcheh border crossing in Khuzestan, also met a group of Iraqi tribal elders, the "
     "governor's office said. Fallahzadeh took over as the Quds Force's deputy commander in "
     "2021 following the death of General Mohammad Hejazi. Speaking to Tasnim, Mavalizadeh said "
     "more than three million Iranians were expected to cross into Iraq for the pilgrimage. He "
     "also paid tribute to martyr Lieutenant General Qassem Soleimani and Abu Mahdi Al-Mohandes, "
     "\u201cwho were assassinated by the terrorist US army at Baghdad airport.\u201d A meeting "
     "with Iraq's Interior Minister Abdul Amir al-Shammari, planned for Friday, was postponed.",
     [("MEMBER_OF", "person:mohammad-reza-fallahzadeh", QF, "Deputy Commander of the IRGC"),
      ("PART_OF", QF, IRGC, "Deputy Commander of the IRGC"),
      ("LEADS", "person:mohammad-reza-mavalizadeh", "location:khuzestan", "Khuzestan Governor"),
      ("MET_WITH", "person:mohammad-reza-fallahzadeh", "person:asaad-al-eidani",
       "held talks with Basra", "2024-08"),
      ("MET_WITH", "person:mohammad-reza-mavalizadeh", "person:asaad-al-eidani",
       "held talks with Basra", "2024-08"),
      ("LEADS", "person:asaad-al-eidani", "location:basra", "Governor Asaad al-Eidani"),
      ("VISITED", "person:mohammad-reza-fallahzadeh", "location:basra", "who travelled to Basra"),
      ("VISITED", "person:mohammad-reza-mavalizadeh", "location:basra", "who travelled to Basra"),
      ("LOCATED_IN", "location:shalamcheh", "location:khuzestan", "border crossing in Khuzestan"),
      ("SUCCESSOR_OF", "person:mohammad-reza-fallahzadeh", "person:mohammad-hejazi",
       "following the death of General", "2021-04"),
      ("MEMBER_OF", "person:mohammad-hejazi", QF, "following the death of General"),
      ("REPORTED_BY", "person:mohammad-reza-mavalizadeh", "outlet:tasnim", "Speaking to Tasnim"),
      ("ASSASSINATED_BY", S, "organization:us-armed-forces", "assassinated by the terrorist",
       "2020-01-03"),
      ("ASSASSINATED_BY", M, "organization:us-armed-forces", "assassinated by the terrorist",
       "2020-01-03"),
      ],
     {"source": "blind set (Tasnim English-style)", "published": "2024-08"}),

    ("arAN3_ambassador_najaf", "ar",
     "النجف: «الشرق الأوسط»\n"
     "زار السفير الإيراني لدى العراق محمد كاظم آل صادق، أمس (الأحد)، مدينة النجف، حيث التقى "
     "محافظها يوسف كناوي، ثم اجتمع برئيس «تيار الحكمة الوطني» عمار الحكيم في مكتبه، وبحث معهما "
     "ترتيبات زيارات مرتقبة لمسؤولين إيرانيين. ولم يُعرف إن كان السفير قد طلب لقاء المرجع الأعلى "
     "علي السيستاني، الذي يمتنع منذ سنوات عن استقبال المسؤولين الإيرانيين، ولم يجتمع يوماً بقائد "
     "«فيلق القدس» إسماعيل قاآني. وآل صادق، الذي خلف إيرج مسجدي سفيراً في بغداد عام 2022، عمل "
     "سنوات في فريق قاسم سليماني، القائد السابق للفيلق الذي قُتل مطلع 2020 بضربة أميركية قرب "
     "مطار العاصمة. وقال مصدر في مكتب الحكيم لـ«الشرق الأوسط» إن اللقاء «تناول ملف الانتخابات "
     "المقبلة وموقف المرجعية من السلاح المنفلت»، من دون تفاصيل.",
     [("VISITED", "person:mohammad-kazem-al-e-sadegh", "location:najaf", "مدينة النجف، حيث"),
      ("MET_WITH", "person:mohammad-kazem-al-e-sadegh", "person:yousef-kanawi", "حيث التقى"),
      ("LEADS", "person:yousef-kanawi", "location:najaf", "محافظها يوسف"),
      ("MET_WITH", "person:mohammad-kazem-al-e-sadegh", "person:ammar-al-hakim", "ثم اجتمع برئيس"),
      ("LEADS", "person:ammar-al-hakim", "organization:national-wisdom-movement", "ثم اجتمع برئيس"),
      ("LEADS", Q, QF, "بقائد "),
      ("SUCCESSOR_OF", "person:mohammad-kazem-al-e-sadegh", "person:iraj-masjedi",
       "الذي خلف إيرج", "2022"),
      ("LEADS", S, QF, "القائد السابق للفيلق"),
      ("ASSASSINATED_BY", S, US, "بضربة أميركية", "2020-01-03"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2025-03"}),

    ("enAN4_sistani_un_envoy", "en",
     "NAJAF, Iraq, Sept 29 (Reuters) - Iraq's top Shi'ite cleric, Grand Ayatollah Ali "
     "al-Sistani, issued a rare statement on Saturday mourning Hezbollah leader Hassan "
     "Nasrallah, who was killed on Friday in an Israeli air strike on Beirut. The 94-year-old cleric seldom comments on events beyond "
     "Iraq. Earlier this month he received the new head of the U.N. mission in Iraq, Mohammed "
     "al-Hassan, at his home in Najaf and told him that weapons must be confined to the state, "
     "his office said at the time. Hassan, a veteran Omani diplomat who replaced Jeanine "
     "Hennis-Plasschaert as head of UNAMI in June, then travelled to Baghdad, where he held "
     "talks with Prime Minister Mohammed Shia al-Sudani and with Falih al-Fayyadh, chairman of "
     "the Popular Mobilization Forces. Sistani has for years declined requests from Iranian "
     "officials, including Quds Force commander Ismail Qaani, to see him, clerics close to his "
     "office say.",
     [("LEADS", "person:hassan-nasrallah", "organization:hezbollah", "Hezbollah leader Hassan"),
      ("ASSASSINATED_BY", "person:hassan-nasrallah", "country:israel", "in an Israeli air strike",
       "2024-09-27"),
      ("ATTACKED", "country:israel", "location:beirut", "in an Israeli air strike", "2024-09-27"),
      ("MET_WITH", "person:ali-al-sistani", "person:mohammed-al-hassan",
       "Earlier this month he received", "2024-09"),
      ("LEADS", "person:mohammed-al-hassan", "organization:unami", "the new head of the U.N."),
      ("VISITED", "person:mohammed-al-hassan", "location:najaf", "at his home in Najaf"),
      ("SUCCESSOR_OF", "person:mohammed-al-hassan", "person:jeanine-hennis-plasschaert",
       "who replaced Jeanine", "2024-06"),
      ("LEADS", "person:jeanine-hennis-plasschaert", "organization:unami", "who replaced Jeanine"),
      ("VISITED", "person:mohammed-al-hassan", "location:baghdad", "then travelled to Baghdad"),
      ("MET_WITH", "person:mohammed-al-hassan", SUD, "where he held"),
      ("MET_WITH", "person:mohammed-al-hassan", FAY, "where he held"),
      ("LEADS", FAY, PMF, "chairman of"),
      ("LEADS", Q, QF, "Quds Force commander Ismail"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-09-29"}),

    ("enAN5_mandalawi_beirut", "en",
     "BEIRUT (AFP) - A delegation of Iraqi lawmakers led by acting parliament speaker Mohsen "
     "al-Mandalawi arrived in Beirut on Saturday despite Israeli bombardment and held talks with "
     "Lebanese Parliament Speaker Nabih Berri, a Hezbollah ally who has been negotiating on the "
     "group's behalf. The Iraqis also met caretaker Prime Minister Najib Mikati and Mahmoud "
     "Qmati, deputy head of Hezbollah's political council, an Iraqi parliamentary official told "
     "AFP. Foreign Minister Fuad Hussein had visited Beirut earlier this month and was received "
     "by Berri. Hezbollah has yet to name a successor to Hassan Nasrallah, its secretary-general "
     "for 32 years, who was killed on September 27 in a massive Israeli strike on the group's "
     "headquarters in Beirut's southern suburbs. Hashem Safieddine, a senior Hezbollah official "
     "widely seen as his heir, has not been heard from since an Israeli raid on October 3. Iraq "
     "has sent fuel and medical aid to Lebanon.",
     [("LEADS", MAND, PARL, "led by acting parliament speaker"),
      ("VISITED", MAND, "location:beirut", "arrived in Beirut", "2024-10-19"),
      ("MET_WITH", MAND, "person:nabih-berri", "held talks with", "2024-10-19"),
      ("LEADS", "person:nabih-berri", "organization:lebanese-parliament", "Lebanese Parliament Speaker"),
      ("MET_WITH", MAND, "person:najib-mikati", "The Iraqis also met", "2024-10-19"),
      ("MET_WITH", MAND, "person:mahmoud-qmati", "The Iraqis also met", "2024-10-19"),
      ("MEMBER_OF", "person:mahmoud-qmati", "organization:hezbollah-political-council",
       "deputy head of Hezbollah's"),
      ("PART_OF", "organization:hezbollah-political-council", "organization:hezbollah",
       "deputy head of Hezbollah's"),
      ("VISITED", "person:fuad-hussein", "location:beirut", "had visited Beirut"),
      ("MET_WITH", "person:fuad-hussein", "person:nabih-berri", "was received"),
      ("LEADS", "person:hassan-nasrallah", "organization:hezbollah", "its secretary-general"),
      ("ASSASSINATED_BY", "person:hassan-nasrallah", "country:israel", "massive Israeli strike",
       "2024-09-27"),
      ("ATTACKED", "country:israel", "location:dahiyeh", "massive Israeli strike", "2024-09-27"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "Beirut's southern suburbs"),
      ("MEMBER_OF", "person:hashem-safieddine", "organization:hezbollah", "a senior Hezbollah official"),
      ],
     {"source": "blind set (AFP-style)", "published": "2024-10-19"}),

    ("arAN6_hezbollah_delegation_baghdad", "ar",
     "بغداد ــ العربي الجديد\n"
     "كشف مسؤول عراقي أن وفداً من «حزب الله» اللبناني، برئاسة النائب إبراهيم الموسوي، عضو كتلة "
     "«الوفاء للمقاومة»، وصل إلى بغداد الأسبوع الماضي، والتقى رئيس هيئة «الحشد الشعبي» فالح "
     "الفياض والأمين العام لحركة «النجباء» أكرم الكعبي، لبحث ملف إعادة الإعمار في جنوب لبنان "
     "والمساعدات العراقية. وأضاف المسؤول، الذي طلب عدم ذكر اسمه، أن الوفد لم يلتقِ رئيس الوزراء "
     "محمد شياع السوداني «تجنّباً للإحراج مع واشنطن». وقال الموسوي لـ«العربي الجديد» إن «العراق "
     "كان سنداً للبنان في الحرب». ويتولى مسؤول الملف العراقي في الحزب، الشيخ محمد الكوثراني، "
     "التنسيق مع الفصائل منذ اغتيال قائد «فيلق القدس» قاسم سليماني بضربة أمر بها الرئيس "
     "الأميركي دونالد ترامب عام 2020. وجاءت الزيارة بعد أشهر من انتخاب نعيم قاسم أميناً عاماً "
     "للحزب خلفاً لحسن نصر الله، الذي اغتالته إسرائيل في سبتمبر/ أيلول 2024.",
     [("MEMBER_OF", "person:ibrahim-al-moussawi", "organization:hezbollah", "برئاسة النائب"),
      ("MEMBER_OF", "person:ibrahim-al-moussawi", "organization:loyalty-to-the-resistance-bloc",
       "عضو كتلة"),
      ("VISITED", "person:ibrahim-al-moussawi", "location:baghdad", "وصل إلى بغداد"),
      ("MET_WITH", "person:ibrahim-al-moussawi", FAY, "والتقى رئيس هيئة"),
      ("MET_WITH", "person:ibrahim-al-moussawi", "person:akram-al-kaabi", "والتقى رئيس هيئة"),
      ("MET_WITH", "organization:hezbollah", FAY, "والتقى رئيس هيئة"),
      ("MET_WITH", "organization:hezbollah", "person:akram-al-kaabi", "والتقى رئيس هيئة"),
      ("LEADS", FAY, PMF, "والتقى رئيس هيئة"),
      ("LEADS", "person:akram-al-kaabi", "organization:harakat-al-nujaba", "والأمين العام لحركة"),
      ("REPORTED_BY", "person:ibrahim-al-moussawi", "outlet:al-araby-al-jadeed", "لـ«العربي الجديد»"),
      ("MEMBER_OF", "person:mohammad-kawtharani", "organization:hezbollah", "مسؤول الملف العراقي"),
      ("LEADS", S, QF, "منذ اغتيال قائد"),
      ("ASSASSINATED_BY", S, T, "بضربة أمر بها", "2020-01-03"),
      ("LEADS", T, US, "بضربة أمر بها"),
      ("SUCCESSOR_OF", "person:naim-qassem", "person:hassan-nasrallah", "خلفاً لحسن", "2024-10-29"),
      ("LEADS", "person:naim-qassem", "organization:hezbollah", "أميناً عاماً"),
      ("LEADS", "person:hassan-nasrallah", "organization:hezbollah", "خلفاً لحسن"),
      ("ASSASSINATED_BY", "person:hassan-nasrallah", "country:israel", "الذي اغتالته إسرائيل",
       "2024-09-27"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2025-02"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAN")
