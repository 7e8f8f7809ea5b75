"""Blind set AZ: Gulf, Syrian and Iraqi visitors in Tehran, an Iranian minister in Muscat:
Tahnoun bin Zayed in Tehran (The National, Dec 2021), Bahrain's al-Zayani received by Bagheri
Kani (Tasnim Arabic, June 2024), Amir-Abdollahian in Muscat (AFP, 2024), Assad's May 2022 Tehran
visit (Al Mayadeen), al-Mashhadani in Tehran (Rudaw English, 2025), the Qatari mediator and the
prisoner-swap funds (Asharq Al-Awsat, Sept 2023). Written and annotated blind (extractor
neither read nor run).
Run: python /work/team/blind/setAZ/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout45/make_heldout.py
"""


import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU", "BA"
)

RAISI, MOKH = "person:ebrahim-raisi", "person:mohammad-mokhber"
HAA, BK, ARQ = "person:hossein-amir-abdollahian", "person:ali-bagheri-kani", "person:abbas-araghchi"
PEZ, KHAM, IRAN = "person:masoud-pezeshkian", "person:ali-khamenei", "country:iran"
S, QF, US = "person:qasem-soleimani", "organization:quds-force", "country:united-states"
ISR, IRGC = "country:israel", "organization:irgc"
Q = "person:esmail-qaani"

SNSC, MFA = "organization:supreme-national-security-council", "organization:iranian-foreign-ministry"

ARTICLES = [
    ("enAZ1_tahnoun_in_tehran", "en",
     "ABU DHABI // Sheikh Tahnoun bin Zayed, the UAE's National Security Adviser, held talks with "
     "Iranian President Ebrahim Raisi in Tehran on Monday, the most senior Emirati visit to the "
     "Islamic Republic in years. Sheikh Tahnoun was received on arrival by Ali Shamkhani, "
     "secretary of Iran's Supreme National Security Council, and later sat down with Foreign "
     "Minister Hossein Amir-Abdollahian, who took over from Mohammad Javad Zarif in August. Mr "
     "Raisi told his guest that ties \u201cshould not be affected by foreign interference\u201d, "
     "the Iranian presidency said. Anwar Gargash, diplomatic adviser to the UAE President, "
     "described the trip as part of a wider policy of de-escalation. An invitation for Sheikh "
     "Mohamed bin Zayed, Abu Dhabi's Crown Prince, to visit Tehran was handed over, but no date "
     "was set. Iran's chief nuclear negotiator, Ali Bagheri Kani, was in Vienna at the time for "
     "talks on reviving the 2015 deal.",
     [("MET_WITH", "person:tahnoun-bin-zayed", RAISI, "held talks with", "2021-12-06"),
      ("LEADS", RAISI, IRAN, "Iranian President Ebrahim"),
      ("VISITED", "person:tahnoun-bin-zayed", IRAN, "held talks with", "2021-12-06"),
      ("MET_WITH", "person:tahnoun-bin-zayed", "person:ali-shamkhani", "was received on arrival by",
       "2021-12-06"),
      ("MEMBER_OF", "person:ali-shamkhani", SNSC, "secretary of Iran's Supreme"),
      ("MET_WITH", "person:tahnoun-bin-zayed", HAA, "later sat down with", "2021-12-06"),
      ("SUCCESSOR_OF", HAA, "person:mohammad-javad-zarif", "who took over from Mohammad",
       "2021-08"),
      ("VISITED", BK, "location:vienna", "was in Vienna"),
      ],
     {"source": "blind set (The National-style)", "published": "2021-12-06"}),

    ("arAZ2_zayani_received_by_bagheri_kani", "ar",
     "طهران - تسنيم: استقبل القائم بأعمال وزارة الخارجية علي باقري كني، مساء الأحد، وزيرَ "
     "الخارجية البحريني عبد اللطيف بن راشد الزياني، الذي وصل إلى طهران للمشاركة في اجتماع وزراء "
     "خارجية حوار التعاون الآسيوي، في أول زيارة لمسؤول بحريني رفيع منذ قطع العلاقات عام 2016. "
     "واتفق الجانبان على «إطلاق محادثات» لاستئناف العلاقات. وعلى هامش الاجتماع، بحث باقري كني مع "
     "نائب وزير الخارجية العُماني الشيخ خليفة الحارثي، ثم مع وزير الدولة بوزارة الخارجية القطرية "
     "محمد الخليفي. ويتولّى باقري كني إدارة الوزارة خَلَفاً للشهيد حسين أمير عبداللهيان، الذي قضى مع "
     "الرئيس إبراهيم رئيسي في حادث المروحية الشهر الماضي. وقال المتحدث باسم الخارجية ناصر كنعاني "
     "لتسنيم إن الزيارة «رسالة إيجابية للمنطقة». ولم يلتقِ الزياني الرئيس المؤقت محمد مخبر خلال "
     "إقامته القصيرة.",
     [("MET_WITH", BK, "person:abdullatif-al-zayani", "استقبل القائم بأعمال", "2024-06-23"),
      ("VISITED", "person:abdullatif-al-zayani", IRAN, "الذي وصل إلى طهران", "2024-06-23"),
      ("MET_WITH", BK, "person:khalifa-al-harthy", "بحث باقري كني مع", "2024-06-24"),
      ("MEMBER_OF", "person:khalifa-al-harthy", "organization:omani-foreign-ministry",
       "نائب وزير الخارجية العُماني"),
      ("MET_WITH", BK, "person:mohammed-al-khulaifi", "بحث باقري كني مع", "2024-06-24"),
      ("MEMBER_OF", "person:mohammed-al-khulaifi", "organization:qatari-foreign-ministry",
       "وزير الدولة بوزارة الخارجية القطرية"),
      ("SUCCESSOR_OF", BK, HAA, "خَلَفاً للشهيد", "2024-05"),
      ("MEMBER_OF", "person:nasser-kanaani", MFA, "وقال المتحدث باسم الخارجية"),
      ("REPORTED_BY", "person:nasser-kanaani", "outlet:tasnim", "لتسنيم"),
      ],
     {"source": "blind set (Tasnim Arabic-style)", "published": "2024-06-24"}),

    ("enAZ3_amir_abdollahian_muscat", "en",
     "MUSCAT (AFP) - Iranian Foreign Minister Hossein Amir-Abdollahian met Oman's Sultan Haitham "
     "bin Tariq in Muscat on Tuesday, hours after holding talks with his Omani counterpart Badr "
     "Albusaidi on shipping in the Red Sea and the war in Gaza, the Omani foreign ministry said. "
     "The Iranian minister also met Mohammed Abdulsalam, the chief negotiator and spokesman of "
     "Yemen's Huthi rebels, who lives in the Omani capital, and the Minister of the Royal Office, "
     "General Sultan bin Mohammed al-Nuamani. Abdulsalam told AFP later that the rebels would "
     "keep targeting ships \u201clinked to Israel\u201d. The United States and Britain have "
     "carried out strikes on Huthi positions since January. A meeting with US officials, "
     "reported by some Gulf media, was denied by Tehran, whose ambassador to Oman, Ali Najafi, "
     "said only \u201cmessages\u201d had been exchanged.",
     [("MET_WITH", HAA, "person:haitham-bin-tarik", "met Oman's Sultan Haitham", "2024-02"),
      ("LEADS", "person:haitham-bin-tarik", "country:oman", "Oman's Sultan Haitham"),
      ("VISITED", HAA, "location:muscat", "met Oman's Sultan Haitham", "2024-02"),
      ("MET_WITH", HAA, "person:badr-albusaidi", "after holding talks with his Omani", "2024-02"),
      ("MET_WITH", HAA, "person:mohammed-abdulsalam", "The Iranian minister also met", "2024-02"),
      ("MEMBER_OF", "person:mohammed-abdulsalam", "organization:houthis",
       "spokesman of Yemen's Huthi rebels"),
      ("MET_WITH", HAA, "person:sultan-al-nuamani", "The Iranian minister also met", "2024-02"),
      ("REPORTED_BY", "person:mohammed-abdulsalam", "outlet:afp", "Abdulsalam told AFP"),
      ("ATTACKED", US, "organization:houthis", "have carried out strikes on Huthi"),
      ("ATTACKED", "country:united-kingdom", "organization:houthis",
       "have carried out strikes on Huthi"),
      ],
     {"source": "blind set (AFP-style)", "published": "2024-02"}),

    ("arAZ4_assad_in_tehran_2022", "ar",
     "الميادين نت – أجرى الرئيس السوري بشار الأسد، اليوم الأحد، زيارة غير معلنة إلى طهران الْتقى "
     "خلالها قائدَ الثورة الإسلامية السيد علي خامنئي والرئيسَ الإيراني إبراهيم رئيسي، في ثاني "
     "زيارة له إلى الجمهورية الإسلامية منذ اندلاع الحرب في سوريا. وضمّ الوفد المرافق للأسد وزيرَ "
     "الدفاع العماد علي محمود عباس، الذي عقد اجتماعاً منفصلاً مع رئيس هيئة الأركان العامة للقوات "
     "المسلحة الإيرانية اللواء محمد باقري. وكانت زيارة الأسد الأولى في شباط/فبراير 2019 قد أثارت "
     "أزمة، إذ قدّم وزير الخارجية آنذاك محمد جواد ظريف استقالته بعد استبعاده من اللقاءات، فيما ظهر "
     "في الصور قائد قوة القدس الفريق قاسم سليماني، الذي اغتالَته الولايات المتحدة بعد أقل من عام "
     "قرب مطار بغداد. وتولّى العميد اسماعيل قآني قيادة القوة خلفاً لسليماني. ولم يُعلَن عن لقاء "
     "بين الأسد وقآني هذه المرة.",
     [("VISITED", "person:bashar-al-assad", IRAN, "زيارة غير معلنة إلى طهران", "2022-05-08"),
      ("MET_WITH", "person:bashar-al-assad", KHAM, "زيارة غير معلنة إلى طهران", "2022-05-08"),
      ("MET_WITH", "person:bashar-al-assad", RAISI, "زيارة غير معلنة إلى طهران", "2022-05-08"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "أجرى الرئيس السوري"),
      ("LEADS", RAISI, IRAN, "والرئيسَ الإيراني"),
      ("VISITED", "person:ali-mahmoud-abbas", IRAN, "وضمّ الوفد المرافق", "2022-05-08"),
      ("MET_WITH", "person:ali-mahmoud-abbas", "person:mohammad-bagheri", "عقد اجتماعاً منفصلاً",
       "2022-05-08"),
      ("LEADS", "person:mohammad-bagheri", "organization:iranian-armed-forces-general-staff",
       "رئيس هيئة الأركان العامة"),
      ("LEADS", S, QF, "قائد قوة القدس"),
      ("ASSASSINATED_BY", S, US, "اغتالَته الولايات المتحدة", "2020-01-03"),
      ("SUCCESSOR_OF", Q, S, "خلفاً لسليماني", "2020-01"),
      ("LEADS", Q, QF, "وتولّى العميد اسماعيل"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2022-05-08"}),

    ("enAZ5_mashhadani_in_tehran", "en",
     "ERBIL, Kurdistan Region - Iraqi parliament Speaker Mahmoud al-Mashhadani arrived in Tehran "
     "on Tuesday at the head of a parliamentary delegation and held talks with his Iranian "
     "counterpart Mohammad Bagher Ghalibaf, the Iraqi legislature's media office said. "
     "Mashhadani, who was elected in October to replace Mohammed al-Halbousi after a year-long "
     "vacancy, later met President Masoud Pezeshkian and Ebrahim Azizi, chairman of the Iranian "
     "parliament's national security and foreign policy committee. The delegation included "
     "Shakhawan Abdullah, the parliament's second deputy speaker and a senior Kurdistan "
     "Democratic Party (KDP) figure. Abdullah told Rudaw that he had raised the water shortage "
     "and cross-border shelling of villages in the Kurdistan Region. A meeting with Iran's "
     "Supreme Leader had been requested but was not confirmed by Wednesday.",
     [("LEADS", "person:mahmoud-al-mashhadani", "organization:iraqi-parliament",
       "Iraqi parliament Speaker Mahmoud"),
      ("VISITED", "person:mahmoud-al-mashhadani", IRAN, "arrived in Tehran", "2025-01"),
      ("MET_WITH", "person:mahmoud-al-mashhadani", "person:mohammad-bagher-ghalibaf",
       "held talks with his Iranian counterpart", "2025-01"),
      ("SUCCESSOR_OF", "person:mahmoud-al-mashhadani", "person:mohammed-al-halbousi",
       "elected in October to replace", "2024-10-31"),
      ("MET_WITH", "person:mahmoud-al-mashhadani", PEZ, "later met President Masoud", "2025-01"),
      ("MET_WITH", "person:mahmoud-al-mashhadani", "person:ebrahim-azizi",
       "later met President Masoud", "2025-01"),
      ("MEMBER_OF", "person:ebrahim-azizi", "organization:iranian-parliament",
       "chairman of the Iranian parliament"),
      ("VISITED", "person:shakhawan-abdullah", IRAN, "The delegation included", "2025-01"),
      ("MEMBER_OF", "person:shakhawan-abdullah", "organization:iraqi-parliament",
       "the parliament's second deputy speaker"),
      ("MEMBER_OF", "person:shakhawan-abdullah", "organization:kurdistan-democratic-party",
       "a senior Kurdistan"),
      ("REPORTED_BY", "person:shakhawan-abdullah", "outlet:rudaw", "Abdullah told Rudaw"),
      ],
     {"source": "blind set (Rudaw English-style)", "published": "2025-01"}),

    ("arAZ6_khulaifi_prisoner_swap", "ar",
     "لندن: «الشرق الأوسط»\n"
     "أفادت مصادر مطلعة بأن وزير الدولة في وزارة الخارجية القطرية محمد بن عبد العزيز الخليفي أجرى "
     "في طهران، يوم الأحد، محادثات مع مساعد وزير الخارجية الإيراني كبير المفاوضين علي باقري كني، "
     "لوضع اللمسات الأخيرة على صفقة تبادل السجناء مع الولايات المتحدة. والتقى المسؤول القطري أيضاً "
     "محافظَ البنك المركزي الإيراني محمد رضا فرزين، الذي خلف علي صالح آبادي في المنصب أواخر العام "
     "الماضي، لبحث آلية إنفاق الأموال المفرج عنها والبالغة ستة مليارات دولار، ثم السفيرةَ السويسرية "
     "نادين أوليفييري لوزانو التي ترعى سفارتها المصالح الأميركية. وقال المتحدث باسم الخارجية "
     "الإيرانية ناصر كنعاني لـ«الشرق الأوسط» إن الأموال «ستُصرف على السلع الإنسانية». وكان الخليفي "
     "قد نقل الرسائل بين الطرفين طوال أشهر، من دون أن يجلس الإيرانيون مع المفاوضين الأميركيين. "
     "ويُتوقع أن يستقبل الرئيس رئيسي الوسيطَ القطري في زيارة لاحقة.",
     [("MEMBER_OF", "person:mohammed-al-khulaifi", "organization:qatari-foreign-ministry",
       "وزير الدولة في وزارة الخارجية القطرية"),
      ("VISITED", "person:mohammed-al-khulaifi", IRAN, "أجرى في طهران", "2023-09"),
      ("MET_WITH", "person:mohammed-al-khulaifi", BK, "أجرى في طهران", "2023-09"),
      ("MEMBER_OF", BK, MFA, "مساعد وزير الخارجية الإيراني"),
      ("MET_WITH", "person:mohammed-al-khulaifi", "person:mohammad-reza-farzin",
       "والتقى المسؤول القطري", "2023-09"),
      ("LEADS", "person:mohammad-reza-farzin", "organization:central-bank-of-iran",
       "محافظَ البنك المركزي"),
      ("SUCCESSOR_OF", "person:mohammad-reza-farzin", "person:ali-salehabadi",
       "الذي خلف علي صالح", "2022-12"),
      ("LEADS", "person:ali-salehabadi", "organization:central-bank-of-iran",
       "الذي خلف علي صالح"),
      ("MET_WITH", "person:mohammed-al-khulaifi", "person:nadine-olivieri-lozano",
       "والتقى المسؤول القطري", "2023-09"),
      ("MEMBER_OF", "person:nasser-kanaani", MFA, "وقال المتحدث باسم الخارجية"),
      ("REPORTED_BY", "person:nasser-kanaani", "outlet:asharq-al-awsat", "لـ«الشرق الأوسط»"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2023-09-17"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAZ")
