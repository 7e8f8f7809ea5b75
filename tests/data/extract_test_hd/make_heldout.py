"""Blind set HD: North Africa, the Horn, the Sahel and Gulf mediation 2019-2025 in think-tank briefs
with quotes, denials, planned meetings and claimed or denied killings: Sudan's parallel mediation
tracks (the Manama talks between Kabashi and Abdel Rahim Dagalo, an IGAD meeting that never took
place, Perriello and the RSF in Geneva, a denied UAE role) (English); political killings in Libya
(Ghnewa's killing claimed by the GNU, Werfalli killed by unknown gunmen, an attack on Dbeibah's car,
a denied meeting in Rome) (Arabic); Mali after Wagner (withdrawal, Goïta and Putin in the Kremlin,
Maïga after Maïga, a claimed killing of an IS commander, Kyiv's denial over Tinzaouaten) (English);
Mogadishu's killings (the mayor killed in a claimed attack, the Ikran Tahlil case blamed on al-Shabaab
and denied, the Farmajo-Roble feud) (Arabic); the Quad's Sudan roadmap (Boulos meeting Burhan in
Zurich and Abdelatty in Cairo, a postponed ministerial, Hemedti sworn in at Nyala, a denied UAE
supply) (English); Algeria and the Sahel alliance after the Tinzaouaten drone (Lavrov and the three
AES ministers in Moscow, a claimed drone strike on a GATIA leader, a phone call) (Arabic).
Style: analytic briefs, numbered sections, quotes, "according to", denials.
Spellings: Shamsuddin Kabashi, Abdel Rahim Dagalo, Goïta, Choguel Kokalla Maïga, Hemedti, الدبيبه,
فرماجو, يريسو.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hd import ALL  # noqa: E402

HERE = Path(__file__).parent

SUD, MLI, RUS, SOM, UAE = "country:sudan", "country:mali", "country:russia", "country:somalia", \
    "country:united-arab-emirates"
SAF, RSF, SOV = ("organization:sudanese-armed-forces", "organization:rapid-support-forces",
                 "organization:sudan-sovereignty-council")
KABB, ABDR, NASSER, BUR, PERR, OHAM, AGAR = (
    "person:shams-al-din-kabbashi", "person:abdelrahim-dagalo", "person:nasser-bin-hamad-al-khalifa",
    "person:abdel-fattah-al-burhan", "person:tom-perriello", "person:omar-hamdan", "person:malik-agar")
KIKLI, DBEI, HAMZA, WERF, IDBEI, SADDAM = (
    "person:abdulghani-al-kikli", "person:abdul-hamid-dbeibah", "person:mahmoud-hamza",
    "person:mahmoud-al-werfalli", "person:ibrahim-dbeibah", "person:saddam-haftar")
GNU, SSA, B444, LNA = ("organization:government-of-national-unity", "organization:stability-support-apparatus",
                       "organization:brigade-444", "organization:libyan-national-army")
GOITA, PUT, AMAIGA, CMAIGA, DEMB, HUZ = (
    "person:assimi-goita", "person:vladimir-putin", "person:abdoulaye-maiga", "person:choguel-kokalla-maiga",
    "person:souleymane-dembele", "person:abu-huzeifa")
FAMA, WAG, AFC, MGOV = ("organization:malian-armed-forces", "organization:wagner-group",
                        "organization:africa-corps", "organization:malian-government")
YARI, SWAN, IKRAN, FAHAD, ROBLE, FARM = (
    "person:abdirahman-omar-osman", "person:james-swan", "person:ikran-tahlil-farah", "person:fahad-yasin",
    "person:mohamed-hussein-roble", "person:mohamed-abdullahi-farmajo")
SHAB, NISA = "organization:al-shabaab", "organization:nisa-somalia"
BOUL, ABDEL, HEM, NUSS = ("person:massad-boulos", "person:badr-abdelatty", "person:mohamed-hamdan-dagalo",
                          "person:lana-nusseibeh")
LAV, DIOP, SANG, KARA, FAHAG, ATTAF = (
    "person:sergei-lavrov", "person:abdoulaye-diop", "person:bakary-yaou-sangare",
    "person:karamoko-jean-marie-traore", "person:fahad-ag-almahmoud", "person:ahmed-attaf")

ARTICLES = [
    ("enHD1_sudan_parallel_mediation_tracks", "en",
     "Brief: Sudan's parallel mediation tracks after Jeddah\n"
     "1. Since the Jeddah talks stalled in December 2023, the most substantive contacts between Sudan's "
     "warring parties have happened away from the cameras. In January 2024, Lt. Gen. Shamsuddin Kabashi, "
     "deputy commander-in-chief of the Sudanese Armed Forces, met Abdel Rahim Dagalo, the RSF's deputy "
     "commander, in Manama, in talks hosted by Bahrain's national security adviser, Sheikh Nasser bin "
     "Hamad Al Khalifa.\n"
     "2. By contrast, a summit between army chief Abdel Fattah al-Burhan and Hemedti that IGAD announced "
     "for Djibouti in December 2023 never took place.\n"
     "3. In August 2024 the US special envoy, Tom Perriello, met an RSF delegation led by its chief "
     "negotiator, Omar Hamdan, in Geneva while the army stayed away. \"We cannot wait for everyone to show "
     "up,\" Perriello said.\n"
     "4. The deputy chairman of the Sovereignty Council, Malik Agar, has repeatedly accused Abu Dhabi of "
     "arming the RSF, a charge the UAE denies.",
     [("MET_WITH", KABB, ABDR, "met Abdel Rahim Dagalo", "2024-01"),
      ("MET_WITH", NASSER, KABB, "in talks hosted by Bahrain", "2024-01"),
      ("MET_WITH", NASSER, ABDR, "in talks hosted by Bahrain", "2024-01"),
      ("VISITED", KABB, "location:manama", "met Abdel Rahim Dagalo", "2024-01"),
      ("VISITED", ABDR, "location:manama", "met Abdel Rahim Dagalo", "2024-01"),
      ("MEMBER_OF", KABB, SAF, "deputy commander-in-chief of the Sudanese"),
      ("MEMBER_OF", ABDR, RSF, "the RSF's deputy"),
      ("LEADS", BUR, SAF, "army chief Abdel Fattah"),
      ("MET_WITH", PERR, OHAM, "met an RSF delegation", "2024-08"),
      ("VISITED", OHAM, "location:geneva", "met an RSF delegation", "2024-08"),
      ("MEMBER_OF", OHAM, RSF, "led by its chief"),
      ("MEMBER_OF", AGAR, SOV, "The deputy chairman of the Sovereignty"),
      ],
     {"source": "blind set (think-tank brief, English)", "published": "2024-09-01"}),

    ("arHD2_libya_political_killings", "ar",
     "ورقة تقدير موقف: الاغتيالات السياسية في ليبيا بعد 2020\n"
     "أولاً- مقتل «غنيوة»: في 12 مايو 2025 قُتل رئيس جهاز دعم الاستقرار عبد الغني الككلي، المعروف "
     "بـ«غنيوة»، داخل معسكر التكبالي في طرابلس، في عملية أعلنت حكومة الوحدة الوطنية أنها نفذتها لـ«بسط سلطة "
     "الدولة». وفي اليوم التالي استقبل رئيس الحكومة عبد الحميد الدبيبه آمرَ اللواء 444 قتال محمود حمزة، "
     "وأشاد بدور وحداته في العملية.\n"
     "ثانياً- اغتيالات بلا فاعل معلن: في مارس 2021 قُتل القيادي في قوات القيادة العامة محمود الورفلي، "
     "المطلوب للمحكمة الجنائية الدولية، برصاص مسلحين مجهولين في بنغازي، ولم تتبنَّ أي جهة العملية. وفي "
     "فبراير 2022 نجا الدبيبه من إطلاق نار على سيارته في العاصمة، ولم تُحدَّد هوية المهاجمين.\n"
     "ثالثاً- لقاءات منفية: نفى مكتب الدبيبه تقارير صحافية إيطالية عن لقاء جمع مستشاره إبراهيم الدبيبه "
     "بصدام حفتر في روما، وقال إن «لا صحة لأي اجتماع من هذا النوع».",
     [("LEADS", KIKLI, SSA, "رئيس جهاز دعم الاستقرار"),
      ("ASSASSINATED_BY", KIKLI, GNU, "أعلنت حكومة الوحدة الوطنية أنها نفذتها", "2025-05-12"),
      ("LOCATED_IN", "location:takbali-camp", "location:tripoli-libya", "داخل معسكر التكبالي في طرابلس"),
      ("MET_WITH", DBEI, HAMZA, "استقبل رئيس الحكومة", "2025-05-13"),
      ("LEADS", DBEI, GNU, "استقبل رئيس الحكومة"),
      ("LEADS", HAMZA, B444, "آمرَ اللواء 444"),
      ("MEMBER_OF", WERF, LNA, "القيادي في قوات القيادة العامة"),
      ],
     {"source": "blind set (think-tank brief, Arabic)", "published": "2025-06-01"}),

    ("enHD3_mali_after_wagner", "en",
     "Brief: Mali after Wagner\n"
     "On June 6, 2025, the Wagner Group announced on Telegram that it was leaving Mali, declaring its "
     "\"mission accomplished\" after three and a half years, though Russia's Africa Corps, which answers to the "
     "Defence Ministry in Moscow, has stayed.\n"
     "Seventeen days later, Mali's transitional president, Gen. Assimi Goïta, held talks with Russian "
     "President Vladimir Putin at the Kremlin on his first visit to Moscow.\n"
     "Goïta had reshaped his government months earlier: in November 2024 he dismissed Prime Minister "
     "Choguel Kokalla Maïga, who had criticised the junta, and named Gen. Abdoulaye Maïga in his place.\n"
     "The army keeps announcing the deaths of jihadist commanders. In April 2024 its spokesman, Col. "
     "Souleymane Dembélé, said troops had killed Abu Huzeifa, a senior commander of the Islamic State in "
     "the Sahel, near Ménaka; the claim could not be independently verified.\n"
     "Kyiv, for its part, denied any role in the July 2024 ambush at Tinzaouaten in which dozens of Wagner "
     "fighters died, after a Ukrainian intelligence spokesman appeared to suggest otherwise.",
     [("WITHDREW_FROM", WAG, MLI, "that it was leaving Mali", "2025-06-06"),
      ("PART_OF", AFC, "organization:russian-defence-ministry", "which answers to the"),
      ("MET_WITH", GOITA, PUT, "held talks with Russian", "2025-06-23"),
      ("VISITED", GOITA, "location:moscow", "his first visit to Moscow", "2025-06-23"),
      ("LEADS", GOITA, MLI, "Mali's transitional president"),
      ("LEADS", PUT, RUS, "Russian President Vladimir"),
      ("LEADS", CMAIGA, MGOV, "dismissed Prime Minister"),
      ("SUCCESSOR_OF", AMAIGA, CMAIGA, "in his place", "2024-11-21"),
      ("LEADS", AMAIGA, MGOV, "in his place"),
      ("MEMBER_OF", DEMB, FAMA, "its spokesman, Col."),
      ("ASSASSINATED_BY", HUZ, FAMA, "said troops had killed Abu Huzeifa", "2024-04"),
      ("MEMBER_OF", HUZ, "organization:isgs", "a senior commander of the Islamic State"),
      ],
     {"source": "blind set (think-tank brief, English)", "published": "2025-07-01"}),

    ("arHD4_mogadishu_killings_claims_denials", "ar",
     "ورقة: الاغتيالات في مقديشو بين التبنّي والإنكار\n"
     "- في 24 يوليو 2019 فجّرت انتحارية نفسها داخل مقر بلدية مقديشو، ما أدى إلى مقتل رئيس البلدية عبد "
     "الرحمن عمر عثمان «يريسو» متأثراً بجراحه بعد أيام. وأعلنت حركة الشباب مسؤوليتها، قائلة إن هدفها كان "
     "رئيس بعثة الأمم المتحدة في الصومال جيمس سوان. وكان سوان قد التقى يريسو في مكتبه قبل ساعات من "
     "التفجير.\n"
     "- في يونيو 2021 اختفت الموظفة في جهاز المخابرات والأمن الوطني إكرام تهليل فارح، وقال الجهاز إن حركة "
     "الشباب خطفتها وقتلتها، غير أن الحركة نفت أي صلة لها بالأمر.\n"
     "- فجّرت القضية خلافاً حاداً بين رئيس الوزراء محمد حسين روبلي، الذي أوقف مدير الجهاز فهد ياسين عن "
     "العمل، والرئيس محمد عبد الله فرماجو، الذي ألغى القرار وعيّن ياسين مستشاراً للأمن القومي.\n"
     "- وفي أكتوبر 2021 التقى فرماجو وروبلي في فيلا صوماليا، وأعلنا تسوية خلافهما بشأن الأجهزة "
     "الأمنية.",
     [("ASSASSINATED_BY", YARI, SHAB, "وأعلنت حركة الشباب مسؤوليتها", "2019-07-24"),
      ("LEADS", YARI, "location:mogadishu", "رئيس البلدية عبد"),
      ("MET_WITH", SWAN, YARI, "وكان سوان قد التقى يريسو", "2019-07-24"),
      ("LEADS", SWAN, "organization:unsom", "رئيس بعثة الأمم المتحدة في الصومال"),
      ("MEMBER_OF", IKRAN, NISA, "الموظفة في جهاز"),
      ("LEADS", ROBLE, "organization:somali-federal-government", "بين رئيس الوزراء محمد"),
      ("LEADS", FAHAD, NISA, "مدير الجهاز فهد"),
      ("LEADS", FARM, SOM, "والرئيس محمد عبد الله"),
      ("MET_WITH", FARM, ROBLE, "التقى فرماجو وروبلي", "2021-10-21"),
      ],
     {"source": "blind set (think-tank brief, Arabic)", "published": "2022-01-15"}),

    ("enHD5_quad_sudan_roadmap_boulos", "en",
     "Brief: The Quad's Sudan roadmap and the limits of Gulf mediation\n"
     "On Sept. 12, 2025, the United States, Saudi Arabia, the UAE and Egypt called for a three-month "
     "humanitarian truce in Sudan. A ministerial meeting of the four, planned in Washington for late July, "
     "had been postponed at the last minute over differences between Cairo and Abu Dhabi.\n"
     "Washington's point man, the Senior Adviser for Africa, Massad Boulos, met army chief Gen. Abdel "
     "Fattah al-Burhan in Zurich on Aug. 11, according to officials on both sides. Boulos later held talks "
     "in Cairo with Egypt's Foreign Minister Badr Abdelatty.\n"
     "The RSF, meanwhile, swore in its leader, Mohamed Hamdan Dagalo (Hemedti), as head of the "
     "presidential council of a rival government in Nyala on Aug. 30.\n"
     "Port Sudan accuses the Emiratis of arming the RSF; \"The UAE categorically rejects these baseless "
     "allegations,\" said the Emirati Minister of State, Lana Nusseibeh.",
     [("MET_WITH", BOUL, BUR, "met army chief Gen.", "2025-08-11"),
      ("VISITED", BOUL, "location:zurich", "in Zurich on Aug. 11", "2025-08-11"),
      ("VISITED", BUR, "location:zurich", "in Zurich on Aug. 11", "2025-08-11"),
      ("LEADS", BUR, SAF, "met army chief Gen."),
      ("MET_WITH", BOUL, ABDEL, "Boulos later held talks", "2025-08"),
      ("VISITED", BOUL, "location:cairo", "Boulos later held talks", "2025-08"),
      ("LEADS", ABDEL, "organization:egyptian-foreign-ministry", "Egypt's Foreign Minister"),
      ("LEADS", HEM, RSF, "swore in its leader"),
      ("LEADS", HEM, "organization:tasis-presidential-council", "as head of the presidential council",
       "2025-08-30"),
      ("VISITED", HEM, "location:nyala", "of a rival government in Nyala", "2025-08-30"),
      ("MEMBER_OF", NUSS, "organization:uae-foreign-ministry", "the Emirati Minister of State"),
      ],
     {"source": "blind set (think-tank brief, English)", "published": "2025-09-20"}),

    ("arHD6_algeria_sahel_alliance_drone", "ar",
     "تقدير موقف: الجزائر و«تحالف دول الساحل» بعد حادثة تين زواتين\n"
     "1- في ليل 31 مارس 2025 أعلنت وزارة الدفاع الجزائرية إسقاط طائرة مسيّرة قالت إنها اخترقت مجالها "
     "الجوي قرب تين زواتين، وهو ما نفته باماكو مؤكدة أن الطائرة سقطت داخل الأراضي المالية. واستدعت دول "
     "التحالف الثلاث سفراءها لدى الجزائر، فردّت الأخيرة بالمثل.\n"
     "2- بعد أيام، استقبل وزير الخارجية الروسي سيرغي لافروف في موسكو نظراءه عبد الله ديوب (مالي) وبكاري "
     "ياو سانغاري (النيجر) وكاراموكو جان ماري تراوري (بوركينا فاسو)، في أول مشاورات بين روسيا والتحالف.\n"
     "3- تتهم باماكو الجزائر بإيواء قادة «جبهة تحرير أزواد»، وترفض الجزائر الاتهام. وكان الجيش المالي قد "
     "أعلن في ديسمبر 2024 أن غارة بمسيّرة نفذها قرب تين زواتين أسفرت عن مقتل الأمين العام لحركة «غاتيا» "
     "فهد آغ المحمود.\n"
     "4- في المقابل، اكتفى وزير الخارجية الجزائري أحمد عطاف باتصال هاتفي مع لافروف.",
     [("MET_WITH", LAV, DIOP, "استقبل وزير الخارجية الروسي", "2025-04-03"),
      ("MET_WITH", LAV, SANG, "استقبل وزير الخارجية الروسي", "2025-04-03"),
      ("MET_WITH", LAV, KARA, "استقبل وزير الخارجية الروسي", "2025-04-03"),
      ("MET_WITH", DIOP, SANG, "نظراءه عبد الله ديوب", "2025-04-03"),
      ("MET_WITH", DIOP, KARA, "نظراءه عبد الله ديوب", "2025-04-03"),
      ("MET_WITH", SANG, KARA, "نظراءه عبد الله ديوب", "2025-04-03"),
      ("LEADS", LAV, "organization:russian-foreign-ministry", "استقبل وزير الخارجية الروسي"),
      ("LEADS", DIOP, "organization:malian-foreign-ministry", "نظراءه عبد الله ديوب"),
      ("LEADS", SANG, "organization:niger-foreign-ministry", "ياو سانغاري (النيجر)"),
      ("LEADS", KARA, "organization:burkina-foreign-ministry", "جان ماري تراوري (بوركينا فاسو)"),
      ("VISITED", DIOP, "location:moscow", "في موسكو نظراءه", "2025-04-03"),
      ("VISITED", SANG, "location:moscow", "في موسكو نظراءه", "2025-04-03"),
      ("VISITED", KARA, "location:moscow", "في موسكو نظراءه", "2025-04-03"),
      ("ASSASSINATED_BY", FAHAG, FAMA, "أسفرت عن مقتل الأمين العام", "2024-12-01"),
      ("LEADS", FAHAG, "organization:gatia", "الأمين العام لحركة «غاتيا»"),
      ("LEADS", ATTAF, "organization:algerian-foreign-ministry", "وزير الخارجية الجزائري"),
      ],
     {"source": "blind set (think-tank brief, Arabic)", "published": "2025-04-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHD")
