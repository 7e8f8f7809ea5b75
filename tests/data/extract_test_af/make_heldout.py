"""Blind set AF: the Kurdistan Region, Syria and Turkey: Fidan in Erbil (2023), Romanowski in
Sulaymaniyah after the airport strike (2023), Iraq's intelligence chief with al-Sharaa in
Damascus (2024), Masoud Barzani receives Mazloum Abdi (2025), the drone strike on a YBS
commander in Sinjar (2021), Masrour Barzani in Ankara.
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAF/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_af/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AF")

NB, MB, MSB = "person:nechirvan-barzani", "person:masrour-barzani", "person:masoud-barzani"
FID, KAL = "person:hakan-fidan", "person:ibrahim-kalin"
MIT = "organization:turkish-national-intelligence-organization"
KR, KRG = "location:kurdistan-region", "organization:kurdistan-regional-government"
ABDI, SDF = "person:mazloum-abdi", "organization:syrian-democratic-forces"
SHARAA, TR = "person:ahmed-al-sharaa", "country:turkey"

ARTICLES = [
    ("enAF1_fidan_erbil", "en",
     "ERBIL (Kurdistan24) \u2013 Kurdistan Region President Nechirvan Barzani on Wednesday "
     "received Turkish Foreign Minister Hakan Fidan in Erbil, where the two discussed the "
     "resumption of oil exports through the Kirkuk-Ceyhan pipeline and the presence of the PKK "
     "in the Region's border areas. Fidan, who succeeded Mevlut Cavusoglu as foreign minister "
     "in June after 13 years as head of Turkey's National Intelligence Organization (MIT), later "
     "held talks with Kurdistan Region Prime Minister Masrour Barzani. He arrived from Baghdad, "
     "where he had met Iraqi Prime Minister Mohammed Shia al-Sudani a day earlier. Ibrahim "
     "Kalin, a former presidential spokesman, replaced Fidan at the helm of the MIT. A meeting "
     "between Fidan and PUK leader Bafel Talabani, requested by Sulaymaniyah, was not on the "
     "agenda, a Turkish diplomatic source said.",
     [("LEADS", NB, KR, "Kurdistan Region President Nechirvan"),
      ("MET_WITH", NB, FID, "received Turkish Foreign Minister", "2023-08-23"),
      ("VISITED", FID, "location:erbil", "Hakan Fidan in Erbil", "2023-08-23"),
      ("SUCCESSOR_OF", FID, "person:mevlut-cavusoglu", "who succeeded Mevlut", "2023-06"),
      ("LEADS", FID, MIT, "13 years as head of Turkey's"),
      ("MET_WITH", FID, MB, "later held talks with", "2023-08-23"),
      ("LEADS", MB, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("VISITED", FID, "location:baghdad", "He arrived from Baghdad", "2023-08-22"),
      ("MET_WITH", FID, "person:mohammed-shia-al-sudani", "where he had met Iraqi Prime",
       "2023-08-22"),
      ("LEADS", "person:mohammed-shia-al-sudani", "country:iraq", "where he had met Iraqi Prime"),
      ("SUCCESSOR_OF", KAL, FID, "replaced Fidan at the helm", "2023-06"),
      ("LEADS", KAL, MIT, "replaced Fidan at the helm"),
      ("LEADS", "person:bafel-talabani", "organization:patriotic-union-of-kurdistan",
       "PUK leader Bafel"),
      ],
     {"source": "blind set (Kurdistan24-style)", "published": "2023-08-23"}),

    ("arAF2_romanowski_sulaymaniyah", "ar",
     "السليمانية – رووداو\n"
     "استقبل رئيس الاتحاد الوطني الكوردستاني بافل جلال طالباني، اليوم الأحد، السفيرة الأميركية "
     "لدى العراق ألينا رومانوسكي في السليمانية، بعد يومين من استهداف محيط مطار المدينة بطائرة "
     "مسيّرة أثناء وجود قائد قوات سوريا الديمقراطية مظلوم عبدي فيه. واتهم الاتحاد الوطني تركيا "
     "بالوقوف وراء الهجوم، فيما لم تعلن أنقرة مسؤوليتها عنه، واكتفى وزير الخارجية التركي مولود "
     "جاويش أوغلو بالقول إن «الإرهابيين يسرحون ويمرحون في السليمانية». وقال المتحدث باسم قوات "
     "سوريا الديمقراطية فرهاد شامي لرووداو إن عبدي «بخير»، وإنه كان في زيارة للسليمانية برفقة "
     "عسكريين أميركيين. وكانت أنقرة قد أغلقت مجالها الجوي مطلع الشهر أمام الرحلات القادمة من "
     "مطار السليمانية، متهمة الاتحاد الوطني بدعم حزب العمال الكوردستاني. ولم يُعقد لقاء كان "
     "مقرراً بين طالباني ورئيس حكومة الإقليم مسرور بارزاني.",
     [("LEADS", "person:bafel-talabani", "organization:patriotic-union-of-kurdistan",
       "رئيس الاتحاد الوطني الكوردستاني"),
      ("MET_WITH", "person:bafel-talabani", "person:alina-romanowski", "استقبل رئيس الاتحاد",
       "2023-04-09"),
      ("VISITED", "person:alina-romanowski", "location:sulaymaniyah", "رومانوسكي في السليمانية",
       "2023-04-09"),
      ("LEADS", ABDI, SDF, "قائد قوات سوريا الديمقراطية مظلوم"),
      ("MEMBER_OF", "person:farhad-shami", SDF, "المتحدث باسم قوات"),
      ("REPORTED_BY", "person:farhad-shami", "outlet:rudaw", "فرهاد شامي لرووداو"),
      ("VISITED", ABDI, "location:sulaymaniyah", "كان في زيارة للسليمانية", "2023-04-07"),
      ("LEADS", MB, KRG, "ورئيس حكومة الإقليم"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2023-04-09"}),

    ("enAF3_shatri_sharaa_damascus", "en",
     "DAMASCUS (AFP) - Iraq's intelligence chief Hamid al-Shatri met Syria's new leader Ahmed "
     "al-Sharaa in Damascus on Thursday, the first publicly announced visit by a senior Iraqi "
     "official since the fall of Bashar al-Assad. Sharaa, whose Islamist group Hayat Tahrir "
     "al-Sham (HTS) spearheaded the offensive that toppled Assad on December 8, discussed "
     "border security with the visitor, Iraqi government spokesman Basim al-Awadi told AFP. "
     "Syria's new foreign minister Asaad al-Shaibani was present. Turkey's Foreign Minister "
     "Hakan Fidan held talks with Sharaa in the capital on Sunday, days after the head of "
     "Turkish intelligence, Ibrahim Kalin, became the first foreign official to visit Damascus. "
     "Caretaker Prime Minister Mohammed al-Bashir took over from Mohammed Ghazi al-Jalali on "
     "December 10. Assad has fled to Moscow.",
     [("LEADS", "person:hamid-al-shatri", "organization:iraqi-national-intelligence-service",
       "Iraq's intelligence chief"),
      ("MET_WITH", "person:hamid-al-shatri", SHARAA, "met Syria's new leader", "2024-12-26"),
      ("LEADS", SHARAA, "country:syria", "met Syria's new leader"),
      ("VISITED", "person:hamid-al-shatri", "location:damascus", "al-Sharaa in Damascus",
       "2024-12-26"),
      ("LEADS", SHARAA, "organization:hayat-tahrir-al-sham", "whose Islamist group"),
      ("MEMBER_OF", "person:basim-al-awadi", "organization:iraqi-government",
       "Iraqi government spokesman"),
      ("REPORTED_BY", "person:basim-al-awadi", "outlet:afp", "told AFP"),
      ("MET_WITH", FID, SHARAA, "held talks with Sharaa", "2024-12-22"),
      ("VISITED", FID, "location:damascus", "held talks with Sharaa", "2024-12-22"),
      ("LEADS", KAL, MIT, "the head of Turkish intelligence"),
      ("VISITED", KAL, "location:damascus", "first foreign official to visit", "2024-12-12"),
      ("SUCCESSOR_OF", "person:mohammed-al-bashir", "person:mohammed-ghazi-al-jalali",
       "took over from Mohammed Ghazi", "2024-12-10"),
      ],
     {"source": "blind set (AFP-style)", "published": "2024-12-26"}),

    ("arAF4_barzani_receives_abdi", "ar",
     "أربيل: «الشرق الأوسط»\n"
     "استقبل زعيم الحزب الديمقراطي الكردستاني مسعود بارزاني، الخميس، في أربيل قائدَ «قوات سوريا "
     "الديمقراطية» (قسد) مظلوم عبدي، في أول زيارة معلنة له إلى إقليم كردستان، وبحث الجانبان "
     "«توحيد الصف الكردي» في سوريا بعد سقوط نظام الأسد. والتقى عبدي لاحقاً رئيسَ حكومة الإقليم "
     "مسرور بارزاني. وكان عبدي قد اجتمع نهاية الشهر الماضي في دمشق بقائد الإدارة السورية "
     "الجديدة أحمد الشرع، بحسب مصادر كردية. ويأتي ذلك بعد أسابيع من مقتل الصحافيين الكرديين "
     "ناظم داشتان وجيهان بلغين بضربة مسيّرة تركية قرب سد تشرين. وقال وزير الدفاع التركي يشار "
     "غولر، الذي خلف خلوصي أكار في المنصب صيف 2023، إن على «قسد» أن تُلقي السلاح «عاجلاً أو "
     "آجلاً»، فيما لم يصدر عن أنقرة أي تعليق على زيارة أربيل.",
     [("LEADS", MSB, "organization:kurdistan-democratic-party", "زعيم الحزب الديمقراطي"),
      ("MET_WITH", MSB, ABDI, "استقبل زعيم الحزب", "2025-01-16"),
      ("VISITED", ABDI, "location:erbil", "الخميس، في أربيل", "2025-01-16"),
      ("VISITED", ABDI, KR, "أول زيارة معلنة له إلى", "2025-01-16"),
      ("LEADS", ABDI, SDF, "قائدَ «قوات سوريا"),
      ("MET_WITH", ABDI, MB, "والتقى عبدي لاحقاً", "2025-01-16"),
      ("LEADS", MB, KRG, "والتقى عبدي لاحقاً"),
      ("MET_WITH", ABDI, SHARAA, "وكان عبدي قد اجتمع", "2024-12-30"),
      ("VISITED", ABDI, "location:damascus", "وكان عبدي قد اجتمع", "2024-12-30"),
      ("ASSASSINATED_BY", "person:nazim-dashtan", TR, "بضربة مسيّرة تركية", "2024-12-19"),
      ("ASSASSINATED_BY", "person:cihan-bilgin", TR, "بضربة مسيّرة تركية", "2024-12-19"),
      ("SUCCESSOR_OF", "person:yasar-guler", "person:hulusi-akar", "الذي خلف خلوصي", "2023-06"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2025-01-17"}),

    ("enAF5_sinjar_ybs_commander", "en",
     "BAGHDAD, Aug 17 (Reuters) - A Turkish drone strike killed Said Hassan, a commander of the "
     "Sinjar Resistance Units (YBS), and his nephew in northern Iraq's Sinjar district on "
     "Monday, local officials said. Ankara says the YBS is an offshoot of the Kurdistan Workers "
     "Party (PKK), which has waged an insurgency against the Turkish state since 1984. "
     "\u201cThe car was hit near the Sinjar mountain road,\u201d Sinjar mayor Mahma Khalil told "
     "Reuters. Turkish drones struck Sinjar again on Tuesday, hitting a clinic, according to "
     "Iraqi security sources. Iraq's foreign ministry said it would summon Turkey's ambassador. "
     "Turkish Defence Minister Hulusi Akar, who visited Baghdad and Erbil in January and met "
     "Prime Minister Mustafa al-Kadhimi and Kurdistan Region President Nechirvan Barzani, has "
     "said Ankara will not allow Sinjar to become \u201ca new Qandil.\u201d",
     [("ASSASSINATED_BY", "person:said-hassan", TR, "A Turkish drone strike killed",
       "2021-08-16"),
      ("MEMBER_OF", "person:said-hassan", "organization:sinjar-resistance-units",
       "a commander of the Sinjar"),
      ("LEADS", "person:mahma-khalil", "location:sinjar", "Sinjar mayor Mahma"),
      ("REPORTED_BY", "person:mahma-khalil", "outlet:reuters", "Khalil told"),
      ("ATTACKED", TR, "location:sinjar", "Turkish drones struck Sinjar", "2021-08-17"),
      ("VISITED", "person:hulusi-akar", "location:baghdad", "who visited Baghdad and Erbil",
       "2021-01"),
      ("VISITED", "person:hulusi-akar", "location:erbil", "who visited Baghdad and Erbil",
       "2021-01"),
      ("MET_WITH", "person:hulusi-akar", "person:mustafa-al-kadhimi",
       "met Prime Minister Mustafa", "2021-01"),
      ("MET_WITH", "person:hulusi-akar", NB, "met Prime Minister Mustafa", "2021-01"),
      ("LEADS", NB, KR, "Kurdistan Region President Nechirvan"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-08-17"}),

    ("arAF6_masrour_ankara", "ar",
     "أنقرة – كوردستان24\n"
     "استقبل الرئيس التركي رجب طيب أردوغان، مساء الثلاثاء، في المجمع الرئاسي بأنقرة رئيسَ حكومة "
     "إقليم كوردستان مسرور بارزاني والوفد المرافق له، الذي ضمّ وزير الثروات الطبيعية بالوكالة في "
     "حكومة الإقليم كمال محمد صالح. وبحث الجانبان استئناف تصدير نفط الإقليم عبر ميناء جيهان، "
     "المتوقف منذ آذار 2023. كما التقى بارزاني رئيس جهاز الاستخبارات التركي إبراهيم قالن، الذي "
     "خلف هاكان فيدان على رأس الجهاز، ووزير الطاقة ألب أرسلان بيرقدار. ولم يتضمن برنامج الزيارة "
     "لقاءً مع زعيم حزب الحركة القومية دولت بهجلي. وتأتي الزيارة بعد أسبوع من قصف بطائرة مسيّرة "
     "لم تتبنّه أي جهة، استهدف سيارة في قضاء بنجوين وأسفر عن مقتل اثنين من عناصر حزب العمال "
     "الكوردستاني.",
     [("LEADS", "person:recep-tayyip-erdogan", TR, "استقبل الرئيس التركي"),
      ("MET_WITH", "person:recep-tayyip-erdogan", MB, "استقبل الرئيس التركي", "2024-05"),
      ("MET_WITH", "person:recep-tayyip-erdogan", "person:kamal-mohammed-salih",
       "استقبل الرئيس التركي", "2024-05"),
      ("LEADS", MB, KRG, "رئيسَ حكومة إقليم كوردستان"),
      ("VISITED", MB, "location:ankara", "في المجمع الرئاسي بأنقرة", "2024-05"),
      ("VISITED", "person:kamal-mohammed-salih", "location:ankara", "الذي ضمّ وزير", "2024-05"),
      ("MEMBER_OF", "person:kamal-mohammed-salih", KRG, "الذي ضمّ وزير"),
      ("MET_WITH", MB, KAL, "كما التقى بارزاني", "2024-05"),
      ("MET_WITH", MB, "person:alparslan-bayraktar", "كما التقى بارزاني", "2024-05"),
      ("LEADS", KAL, MIT, "رئيس جهاز الاستخبارات التركي"),
      ("SUCCESSOR_OF", KAL, FID, "خلف هاكان فيدان", "2023-06"),
      ("LEADS", FID, MIT, "خلف هاكان فيدان"),
      ],
     {"source": "blind set (Kurdistan24 Arabic-style)", "published": "2024-05"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAF")
