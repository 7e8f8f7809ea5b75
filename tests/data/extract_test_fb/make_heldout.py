"""Blind set FB: the Popular Mobilization Forces and the factions under US fire, 2024-2025: the US
strike that killed Nujaba's Abu Taqwa in Baghdad (AFP-style, Jan 2024); Abu Baqir al-Saadi of
Kataib Hezbollah killed in Mashtal, with Abu Fadak's succession to Muhandis (Shafaq News-style
Arabic, Feb 2024); Fayadh received by Sudani as the PMF retirement bill stalls (The National-style,
Aug 2025); Kataib Hezbollah suspending attacks after Tower 22 and the US strikes on al-Qaim and
Akashat (Alsumaria-style Arabic, Feb 2024); Sudani received by Khamenei in Tehran (Rudaw
English-style, Jan 2025); CENTCOM's new commander Brad Cooper in Baghdad (INA-style Arabic, Sept 2025).
Style: en/ar alternating; killings claimed by the Pentagon and by CENTCOM next to a strike no one
claimed; a successor "not named", a "likely successor", a reported meeting with Qaani denied by the
group; phone calls; a planned onward stop.
Spellings: Faleh Al Fayadh / الفياض, Abu Fadak Al Mohammadawi, Mushtaq Jawad Kazim al-Jawari (Abu
Taqwa al-Saidi), قآني, Hamidawi.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run:
    python tests/data/extract_test_fb/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fb import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, US, ISRAEL = "country:iran", "country:iraq", "country:united-states", "country:israel"
IQG, PMF, KH, NUJ = ("organization:iraqi-government", "organization:popular-mobilization-forces",
                     "organization:kataib-hezbollah", "organization:harakat-al-nujaba")
CENTCOM = "organization:us-central-command"
SUD, TAQWA, RYDER, KAABI = ("person:mohammed-shia-al-sudani", "person:mushtaq-taleb-al-saidi",
                            "person:pat-ryder", "person:akram-al-kaabi")
MALIKI, AMIRI, RASOOL = "person:nouri-al-maliki", "person:hadi-al-amiri", "person:yahya-rasool"
SAADI, FADAK, MUH, SOLE = ("person:abu-baqir-al-saadi", "person:abdul-aziz-al-muhammadawi",
                           "person:abu-mahdi-al-muhandis", "person:qasem-soleimani")
FAYY, SADEGH = "person:falih-al-fayyadh", "person:mohammad-kazem-al-e-sadegh"
AMOUS, MBAG, RUBIO = "person:abdolrahim-mousavi", "person:mohammad-bagheri", "person:marco-rubio"
HAMID, QAANI, ROM = "person:ahmad-al-hamidawi", "person:esmail-qaani", "person:alina-romanowski"
KHAM, PEZ, ARA = "person:ali-khamenei", "person:masoud-pezeshkian", "person:abbas-araghchi"
COOPER, KUR, ABB, YAR, HEG = ("person:brad-cooper", "person:erik-kurilla", "person:thabet-al-abbasi",
                              "person:abdul-amir-yarallah", "person:pete-hegseth")

ARTICLES = [
    ("enFB1_abu_taqwa_killed_baghdad", "en",
     "BAGHDAD - A US strike on Thursday killed a commander of the pro-Iran Harakat al-Nujaba group in "
     "eastern Baghdad, the Pentagon said, in an attack the Iraqi government called a blatant violation "
     "of its sovereignty.\n"
     "Mushtaq Jawad Kazim al-Jawari, known as Abu Taqwa al-Saidi, and a companion died when a drone hit "
     "their vehicle near a Popular Mobilisation Forces logistics base on Palestine Street, a security "
     "source said.\n"
     "\"US forces took necessary and proportionate action\" against a leader \"actively involved in "
     "planning and carrying out attacks against American personnel\", Pentagon press secretary Major "
     "General Pat Ryder told reporters.\n"
     "Nujaba's secretary-general Akram al-Kaabi vowed revenge, while Yahya Rasool, spokesman for the "
     "commander-in-chief, held the US-led coalition responsible.\n"
     "On Friday Prime Minister Mohammed Shia al-Sudani met Coordination Framework leaders including "
     "Nouri al-Maliki and Hadi al-Amiri to discuss ending the coalition's mission. An explosion at a "
     "Kataib Hezbollah depot south of the capital the same night was not claimed.",
     [("ASSASSINATED_BY", TAQWA, US, "A US strike on Thursday killed", "2024-01-04"),
      ("MEMBER_OF", TAQWA, NUJ, "a commander of the pro-Iran Harakat"),
      ("MEMBER_OF", RYDER, "organization:us-department-of-defense", "Pentagon press secretary"),
      ("LEADS", KAABI, NUJ, "secretary-general Akram"),
      ("MET_WITH", SUD, MALIKI, "met Coordination Framework leaders", "2024-01-05"),
      ("MET_WITH", SUD, AMIRI, "met Coordination Framework leaders", "2024-01-05"),
      ("MET_WITH", AMIRI, MALIKI, "met Coordination Framework leaders", "2024-01-05"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani met"),
      ("MEMBER_OF", MALIKI, "organization:coordination-framework", "including Nouri al-Maliki"),
      ("MEMBER_OF", AMIRI, "organization:coordination-framework", "and Hadi al-Amiri to"),
      ],
     {"source": "blind set (AFP-style)", "published": "2024-01-04"}),

    ("arFB2_abu_baqir_saadi_mashtal", "ar",
     "بغداد/ شفق نيوز- قُتل القيادي البارز في كتائب حزب الله وسام محمد صابر الساعدي، المعروف بأبي "
     "باقر الساعدي، مساء الأربعاء، بضربة طائرة مسيّرة استهدفت سيارته في منطقة المشتل شرقي بغداد.\n"
     "وأعلنت القيادة المركزية الأميركية (سنتكوم) أنها نفذت الضربة، مؤكدة أن الساعدي كان مسؤولاً عن "
     "التخطيط لهجمات على القوات الأميركية، بينها هجوم البرج 22 في الأردن.\n"
     "ونعت هيئة الحشد الشعبي القيادي، وشارك رئيس أركانها عبد العزيز المحمداوي «أبو فدك» في تشييعه.\n"
     "وكان المحمداوي قد خلف أبا مهدي المهندس في رئاسة أركان الهيئة عام 2020، بعد مقتل الأخير مع قائد "
     "فيلق القدس قاسم سليماني بغارة أميركية قرب مطار بغداد.\n"
     "ولم تعلن الكتائب اسم من سيتولى مهام الساعدي، فيما تداولت منصات مقربة منها أسماء لم تؤكدها.\n"
     "واستقبل رئيس الهيئة فالح الفياض، الخميس، السفير الإيراني محمد كاظم آل صادق الذي قدّم التعازي.",
     [("MEMBER_OF", SAADI, KH, "القيادي البارز في كتائب حزب الله"),
      ("ASSASSINATED_BY", SAADI, CENTCOM, "أنها نفذت الضربة", "2024-02-07"),
      ("LOCATED_IN", "location:mashtal", "location:baghdad", "في منطقة المشتل شرقي بغداد"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "البرج 22 في الأردن"),
      ("MEMBER_OF", FADAK, PMF, "وشارك رئيس أركانها"),
      ("SUCCESSOR_OF", FADAK, MUH, "قد خلف أبا مهدي المهندس", "2020"),
      ("ASSASSINATED_BY", MUH, US, "بغارة أميركية قرب", "2020-01-03"),
      ("ASSASSINATED_BY", SOLE, US, "بغارة أميركية قرب", "2020-01-03"),
      ("LEADS", SOLE, "organization:quds-force", "مع قائد فيلق القدس"),
      ("MET_WITH", FAYY, SADEGH, "واستقبل رئيس الهيئة", "2024-02-08"),
      ("LEADS", FAYY, PMF, "واستقبل رئيس الهيئة"),
      ],
     {"source": "blind set (Shafaq News-style Arabic)", "published": "2024-02-08"}),

    ("enFB3_fayadh_retirement_bill", "en",
     "BAGHDAD: Popular Mobilisation Forces chairman Faleh Al Fayadh was received by Prime Minister "
     "Mohammed Shia Al Sudani on Sunday, as a draft law that could force the veteran security official "
     "into retirement stalled in parliament.\n"
     "The force's chief of staff, Abu Fadak Al Mohammadawi, attended the meeting, the premier's office "
     "said.\n"
     "The bill sets a retirement age of 60 for PMF commanders, which would end the tenure of Mr Al "
     "Fayadh, 69, who has led the umbrella of mostly Iran-aligned groups since 2014; Abu Fadak is seen "
     "by many as his likely successor.\n"
     "US Secretary of State Marco Rubio raised concerns about the bill in a phone call with Mr Al "
     "Sudani last month.\n"
     "Mr Al Fayadh visited Tehran in July, where he met Maj Gen Abdolrahim Mousavi, who became chief "
     "of Iran's armed forces general staff after Mohammad Bagheri was killed in an Israeli strike in "
     "June, Iranian media reported.",
     [("MET_WITH", FAYY, SUD, "was received by Prime Minister", "2025-08-03"),
      ("LEADS", FAYY, PMF, "Popular Mobilisation Forces chairman"),
      ("LEADS", SUD, IQG, "was received by Prime Minister"),
      ("MET_WITH", FADAK, SUD, "attended the meeting", "2025-08-03"),
      ("MEMBER_OF", FADAK, PMF, "The force's chief of staff"),
      ("LEADS", RUBIO, "organization:us-state-department", "US Secretary of State Marco"),
      ("VISITED", FAYY, "location:tehran", "visited Tehran in July", "2025-07"),
      ("MET_WITH", FAYY, AMOUS, "where he met Maj Gen", "2025-07"),
      ("LEADS", AMOUS, "organization:iranian-armed-forces-general-staff", "who became chief"),
      ("SUCCESSOR_OF", AMOUS, MBAG, "who became chief", "2025-06"),
      ("ASSASSINATED_BY", MBAG, ISRAEL, "killed in an Israeli strike", "2025-06-13"),
      ],
     {"source": "blind set (The National-style)", "published": "2025-08-04"}),

    ("arFB4_kataib_hezbollah_suspends", "ar",
     "بغداد - السومرية نيوز - أعلن الأمين العام لكتائب حزب الله أحمد الحميداوي «أبو حسين»، مساء "
     "الثلاثاء، تعليق العمليات العسكرية والأمنية ضد القوات الأميركية «منعاً لإحراج الحكومة العراقية».\n"
     "ويأتي الإعلان بعد يومين من هجوم بطائرة مسيّرة على قاعدة البرج 22 شمال شرقي الأردن أسفر عن "
     "مقتل ثلاثة جنود أميركيين، وتبنّته «المقاومة الإسلامية في العراق».\n"
     "وأفادت مصادر مطلعة بأن قائد فيلق القدس إسماعيل قآني التقى في بغداد قادة فصائل بينهم الأمين "
     "العام لحركة النجباء أكرم الكعبي، وهو ما نفته الحركة.\n"
     "واستقبل السوداني، الأربعاء، السفيرة الأميركية ألينا رومانوسكي، وبحث معها سبل التهدئة.\n"
     "ورغم ذلك، شنت القوات الأميركية فجر السبت ضربات على مواقع في القائم وعكاشات غربي الأنبار، قالت "
     "الحكومة إنها أسفرت عن مقتل 16 شخصاً.",
     [("LEADS", HAMID, KH, "أعلن الأمين العام لكتائب"),
      ("ATTACKED", "organization:islamic-resistance-in-iraq", "location:tower-22", "وتبنّته", "2024-01-28"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "قاعدة البرج 22 شمال شرقي الأردن"),
      ("LEADS", QAANI, "organization:quds-force", "قائد فيلق القدس"),
      ("LEADS", KAABI, NUJ, "العام لحركة النجباء"),
      ("MET_WITH", SUD, ROM, "واستقبل السوداني", "2024-01-31"),
      ("ATTACKED", "organization:us-armed-forces", "location:al-qaim", "شنت القوات الأميركية", "2024-02-03"),
      ("ATTACKED", "organization:us-armed-forces", "location:akashat", "شنت القوات الأميركية", "2024-02-03"),
      ("LOCATED_IN", "location:al-qaim", "location:anbar", "في القائم وعكاشات"),
      ("LOCATED_IN", "location:akashat", "location:anbar", "في القائم وعكاشات"),
      ],
     {"source": "blind set (Alsumaria-style Arabic)", "published": "2024-02-03"}),

    ("enFB5_sudani_khamenei_tehran", "en",
     "ERBIL, Kurdistan Region - Iraqi Prime Minister Mohammed Shia al-Sudani was received by Iran's "
     "Supreme Leader Ayatollah Ali Khamenei in Tehran on Wednesday, on his second visit to Iran since "
     "taking office.\n"
     "Khamenei told his guest that the Popular Mobilization Forces (PMF) \"must be preserved and "
     "strengthened\", and said the presence of US forces in Iraq was \"illegal\".\n"
     "Sudani, who was welcomed at the airport by Foreign Minister Abbas Araghchi, also held talks with "
     "President Masoud Pezeshkian on trade, electricity and the situation in Syria.\n"
     "Kataib Hezbollah has rejected calls to hand over its weapons since the fall of Bashar al-Assad "
     "in December.\n"
     "An Iraqi official told Rudaw English that Sudani did not meet Quds Force commander Esmail Qaani "
     "during the trip, contrary to reports on social media.",
     [("MET_WITH", SUD, KHAM, "was received by Iran's", "2025-01-08"),
      ("LEADS", SUD, IQG, "Iraqi Prime Minister Mohammed Shia al-Sudani was"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ayatollah Ali"),
      ("VISITED", SUD, "location:tehran", "Ali Khamenei in Tehran on Wednesday", "2025-01-08"),
      ("SUPPORTS", KHAM, PMF, "must be preserved and"),
      ("MET_WITH", SUD, ARA, "welcomed at the airport", "2025-01-08"),
      ("LEADS", ARA, "organization:iranian-foreign-ministry", "by Foreign Minister Abbas"),
      ("MET_WITH", SUD, PEZ, "also held talks with", "2025-01-08"),
      ("LEADS", PEZ, IRAN, "President Masoud Pezeshkian on"),
      ("LEADS", QAANI, "organization:quds-force", "Quds Force commander Esmail"),
      ],
     {"source": "blind set (Rudaw English-style)", "published": "2025-01-08"}),

    ("arFB6_cooper_received_baghdad", "ar",
     "بغداد - واع - استقبل رئيس مجلس الوزراء القائد العام للقوات المسلحة محمد شياع السوداني، اليوم "
     "الثلاثاء، قائد القيادة المركزية الأميركية الأدميرال براد كوبر والوفد المرافق له.\n"
     "وبحث اللقاء، الذي حضره وزير الدفاع ثابت العباسي ورئيس أركان الجيش عبد الأمير يار الله، "
     "استكمال انسحاب قوات التحالف الدولي من قاعدة عين الأسد ومقر بغداد.\n"
     "وكان كوبر قد تسلّم قيادة «سنتكوم» في آب الماضي خلفاً للجنرال مايكل إريك كوريلا، وهذه أول "
     "زيارة له إلى العراق بصفته الجديدة.\n"
     "ومن المقرر أن يزور القائد الأميركي أربيل غداً، فيما كان السوداني قد تلقى اتصالاً هاتفياً من "
     "وزير الحرب الأميركي بيت هيغسيث الأسبوع الماضي.\n"
     "ويأتي ذلك بعد أيام من استهداف حقل كورمور الغازي في السليمانية بطائرة مسيّرة لم تعلن أي جهة "
     "مسؤوليتها عنها.",
     [("MET_WITH", SUD, COOPER, "استقبل رئيس مجلس الوزراء", "2025-09-16"),
      ("LEADS", SUD, IQG, "استقبل رئيس مجلس الوزراء"),
      ("LEADS", COOPER, CENTCOM, "قائد القيادة المركزية الأميركية"),
      ("MET_WITH", ABB, COOPER, "الذي حضره وزير الدفاع", "2025-09-16"),
      ("MET_WITH", YAR, COOPER, "ورئيس أركان الجيش", "2025-09-16"),
      ("LEADS", ABB, "organization:iraqi-defense-ministry", "الذي حضره وزير الدفاع"),
      ("LEADS", YAR, "organization:iraqi-army", "ورئيس أركان الجيش"),
      ("SUCCESSOR_OF", COOPER, KUR, "خلفاً للجنرال", "2025-08"),
      ("VISITED", COOPER, IRAQ, "أول زيارة له إلى العراق", "2025-09-16"),
      ("LEADS", HEG, "organization:us-department-of-defense", "وزير الحرب الأميركي"),
      ("LOCATED_IN", "location:khor-mor-gas-field", "location:sulaymaniyah", "حقل كورمور الغازي في"),
      ],
     {"source": "blind set (INA-style Arabic)", "published": "2025-09-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFB")
