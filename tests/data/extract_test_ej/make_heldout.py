"""Blind set EJ: Iraq between Tehran and Washington, 2021-2025: Qaani received by al-Kazimi after
the drone attack on his residence, then meeting Khazaali and Fayadh, with an attack alleged and
denied (Reuters-style, Nov 2021); Lloyd Austin in Baghdad and Erbil, with no meeting with the
president and a strike ordered by Trump (Alhurra-style, Mar 2023); CENTCOM's McKenzie received by
al-Kadhemi, Brennan succeeding Calvert, Kurilla only named as a possible successor (Al
Arabiya-style, Dec 2021); the Baghdad court warrant for Trump over Muhandis, with the Pentagon's own claim and
Biden succeeding Trump (Shafaq News-style, Jan 2021); the IRGC missile strike on Erbil that killed
Peshraw Dizayee, claimed by the Guards, Masrour Barzani and Blinken in Davos (Reuters-style, Jan
2024); Qaani's discreet Baghdad trip after Assad's fall, a meeting with al-Sudani denied
by his office, Sadr refusing him, Araghchi's earlier visit (Al Arabiya-style, Jan 2025).
Style: en/ar alternating; claimed vs. alleged agents; denied and refused meetings; phone calls;
succession chains of commanders; attendance. Spellings: Kazimi, al-Kadhemi, Khazaali, Fayadh,
Qaani/قاآني, المهندس in Arabic.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ej/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ej import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, IRQ = "country:united-states", "country:iran", "country:iraq"
QAA, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
KAD, SUD, AAM, FUH = ("person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani",
                      "person:adil-abdul-mahdi", "person:fuad-hussein")
KHZ, FAY, MAL, SADR = ("person:qais-al-khazali", "person:falih-al-fayyadh", "person:nouri-al-maliki",
                       "person:muqtada-al-sadr")
NBA, MSB = "person:nechirvan-barzani", "person:masrour-barzani"
TRU, BID, AUS = "person:donald-trump", "person:joe-biden", "person:lloyd-austin"
MCK, KUR = "person:kenneth-mckenzie", "person:michael-kurilla"
QF, PMF, IRGC, KH = ("organization:quds-force", "organization:popular-mobilization-forces",
                     "organization:irgc", "organization:kataib-hezbollah")
GOV, CENT, DOD = "organization:iraqi-government", "organization:us-central-command", "organization:us-department-of-defense"
BGD, ERB = "location:baghdad", "location:erbil"

ARTICLES = [
    ("enEJ1_qaani_after_drone_attack_on_kazimi", "en",
     "BAGHDAD, Nov 8 (Reuters) - The commander of Iran's elite Quds Force, Esmail Qaani, met Iraqi "
     "Prime Minister Mustafa al-Kazimi in Baghdad on Monday, a day after Kazimi survived an "
     "assassination attempt in which explosive-laden drones struck his residence in the Green Zone, "
     "two Iraqi officials said.\n"
     "Qaani told Kazimi that Tehran had no hand in the attack, and later met leaders of Iran-aligned "
     "factions, including Qais al-Khazaali of Asaib Ahl al-Haq and Falih al-Fayadh, the head of the "
     "Popular Mobilization Forces, the officials said.\n"
     "No group has claimed the attack. Two security sources said it was carried out by Kataib "
     "Hezbollah and Asaib Ahl al-Haq, and both groups denied involvement.\n"
     "Kazimi, who spoke by phone with U.S. President Joe Biden on Sunday, called for calm. His "
     "adviser Mushriq Abbas told Reuters the premier knew who was behind the attack.\n"
     "Before taking office in May 2020, succeeding Adel Abdul Mahdi, Kazimi headed Iraq's national "
     "intelligence service; Iran-backed factions have accused him of complicity in the U.S. killing of "
     "Quds Force commander Qassem Soleimani, a charge he rejects.",
     [("LEADS", QAA, QF, "The commander of Iran's elite Quds Force"),
      ("MET_WITH", QAA, KAD, "met Iraqi Prime Minister Mustafa", "2021-11-08"),
      ("LEADS", KAD, GOV, "Prime Minister Mustafa al-Kazimi"),
      ("VISITED", QAA, BGD, "al-Kazimi in Baghdad on Monday", "2021-11-08"),
      ("LOCATED_IN", "location:green-zone", BGD, "his residence in the Green Zone"),
      ("MET_WITH", QAA, KHZ, "later met leaders of Iran-aligned", "2021-11-08"),
      ("MET_WITH", QAA, FAY, "later met leaders of Iran-aligned", "2021-11-08"),
      ("LEADS", KHZ, "organization:asaib-ahl-al-haq", "Qais al-Khazaali of Asaib"),
      ("LEADS", FAY, PMF, "the head of the Popular Mobilization Forces"),
      ("LEADS", BID, US, "U.S. President Joe Biden"),
      ("REPORTED_BY", "person:mushriq-abbas", "outlet:reuters", "Mushriq Abbas told Reuters"),
      ("SUCCESSOR_OF", KAD, AAM, "succeeding Adel Abdul Mahdi", "2020-05"),
      ("LEADS", KAD, "organization:iraqi-national-intelligence-service", "Kazimi headed Iraq's national"),
      ("ASSASSINATED_BY", SOL, US, "the U.S. killing of", "2020-01-03"),
      ("LEADS", SOL, QF, "Quds Force commander Qassem"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-11-08"}),

    ("arEJ2_austin_baghdad_erbil", "ar",
     "بغداد - الحرة - وصل وزير الدفاع الأميركي لويد أوستن إلى بغداد، الثلاثاء، في زيارة لم يُعلن "
     "عنها مسبقاً هي الأولى له منذ توليه المنصب، والتقى رئيس الوزراء محمد شياع السوداني ووزير "
     "الدفاع ثابت العباسي.\n"
     "وقال أوستن إن القوات الأميركية \"مستعدة للبقاء في العراق بدعوة من الحكومة\"، مشيراً إلى نحو "
     "2500 جندي أميركي ضمن مهمة مكافحة داعش.\n"
     "وانتقل الوزير الأميركي لاحقاً إلى أربيل حيث اجتمع برئيس إقليم كردستان نيجيرفان بارزاني "
     "ورئيس حكومة الإقليم مسرور بارزاني، وحثّ الحزبين الكرديين على حل خلافاتهما. ورافقت أوستن "
     "السفيرة ألينا رومانوسكي، بينما لم يلتقِ رئيس الجمهورية عبد اللطيف رشيد بسبب سفره.\n"
     "وتأتي الزيارة قبل أيام من الذكرى العشرين للغزو الأميركي للعراق عام 2003، وبعد ثلاث سنوات من "
     "مقتل سليماني والمهندس في ضربة أمر بها الرئيس السابق دونالد ترامب.",
     [("LEADS", AUS, DOD, "وزير الدفاع الأميركي لويد"),
      ("VISITED", AUS, BGD, "وصل وزير الدفاع الأميركي", "2023-03-07"),
      ("MET_WITH", AUS, SUD, "والتقى رئيس الوزراء محمد", "2023-03-07"),
      ("MET_WITH", AUS, "person:thabet-al-abbasi", "والتقى رئيس الوزراء محمد", "2023-03-07"),
      ("LEADS", SUD, GOV, "رئيس الوزراء محمد شياع"),
      ("LEADS", "person:thabet-al-abbasi", "organization:iraqi-defense-ministry", "ووزير الدفاع ثابت"),
      ("VISITED", AUS, ERB, "وانتقل الوزير الأميركي لاحقاً", "2023-03-07"),
      ("MET_WITH", AUS, NBA, "حيث اجتمع برئيس إقليم", "2023-03-07"),
      ("MET_WITH", AUS, MSB, "حيث اجتمع برئيس إقليم", "2023-03-07"),
      ("LEADS", NBA, "organization:kurdistan-region-presidency", "برئيس إقليم كردستان نيجيرفان"),
      ("LEADS", MSB, "organization:kurdistan-regional-government", "ورئيس حكومة الإقليم مسرور"),
      ("LEADS", "person:abdul-latif-rashid", IRQ, "رئيس الجمهورية عبد اللطيف"),
      ("ATTACKED", US, IRQ, "للغزو الأميركي للعراق", "2003-03-20"),
      ("ASSASSINATED_BY", SOL, TRU, "في ضربة أمر بها", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRU, "في ضربة أمر بها", "2020-01-03"),
      ("LEADS", TRU, US, "الرئيس السابق دونالد"),
      ],
     {"source": "blind set (Alhurra-style)", "published": "2023-03-07"}),

    ("enEJ3_mckenzie_received_by_kadhemi", "en",
     "BAGHDAD (Al Arabiya English) - Iraqi Prime Minister Mustafa al-Kadhemi received the commander "
     "of US Central Command, Gen. Kenneth McKenzie, in Baghdad on Thursday to discuss the end of the "
     "US-led coalition's combat mission by Dec. 31, his office said.\n"
     "McKenzie also held talks with National Security Adviser Qassim al-Araji and Lt. Gen. Abdul Amir "
     "al-Shammari, deputy commander of the Joint Operations Command. Maj. Gen. John Brennan, who took "
     "over the coalition in September from Lt. Gen. Paul Calvert, attended the meeting with Kadhemi.\n"
     "Kataib Hezbollah political spokesman Mohammed Muhi told Al Mayadeen the announcement was a "
     "\"deception\" because US troops would stay as advisers.\n"
     "McKenzie, who oversaw the US military's withdrawal from Afghanistan in August, is expected to "
     "retire next year; Gen. Michael Kurilla has been named as a possible successor.",
     [("LEADS", KAD, GOV, "Iraqi Prime Minister Mustafa"),
      ("MET_WITH", KAD, MCK, "received the commander", "2021-12-09"),
      ("LEADS", MCK, CENT, "of US Central Command, Gen."),
      ("VISITED", MCK, BGD, "in Baghdad on Thursday", "2021-12-09"),
      ("MET_WITH", MCK, "person:qassim-al-araji", "McKenzie also held talks with", "2021-12-09"),
      ("MET_WITH", MCK, "person:abdul-amir-al-shammari", "McKenzie also held talks with", "2021-12-09"),
      ("MEMBER_OF", "person:abdul-amir-al-shammari", "organization:joint-operations-command",
       "deputy commander of the Joint Operations Command"),
      ("SUCCESSOR_OF", "person:john-brennan", "person:paul-calvert", "who took over the coalition", "2021-09"),
      ("LEADS", "person:john-brennan", "organization:international-coalition", "who took over the coalition"),
      ("MET_WITH", "person:john-brennan", KAD, "attended the meeting with Kadhemi", "2021-12-09"),
      ("MEMBER_OF", "person:mohammed-muhi", KH, "Kataib Hezbollah political spokesman"),
      ("REPORTED_BY", "person:mohammed-muhi", "outlet:al-mayadeen", "Muhi told Al Mayadeen"),
      ("WITHDREW_FROM", "organization:us-armed-forces", "country:afghanistan", "the US military's withdrawal", "2021-08"),
      ],
     {"source": "blind set (Al Arabiya English-style)", "published": "2021-12-09"}),

    ("arEJ4_court_warrant_trump_muhandis", "ar",
     "بغداد/ شفق نيوز - أصدرت محكمة تحقيق الرصافة في بغداد، الخميس، مذكرة قبض بحق الرئيس الأميركي "
     "دونالد ترامب وفق المادة 406 من قانون العقوبات، في إطار التحقيق بمقتل نائب رئيس هيئة الحشد "
     "الشعبي أبو مهدي المهندس، بحسب بيان لمجلس القضاء الأعلى.\n"
     "وقُتل المهندس وقائد فيلق القدس قاسم سليماني ومرافقوهما بضربة جوية أميركية قرب مطار بغداد "
     "الدولي في الثالث من كانون الثاني 2020، وأعلنت وزارة الدفاع الأميركية حينها أن الضربة نُفّذت "
     "\"بتوجيه من الرئيس\".\n"
     "وقال رئيس مجلس القضاء الأعلى القاضي فائق زيدان لشفق نيوز إن \"لا أحد فوق القانون\". ولم "
     "تعلّق السفارة الأميركية على القرار، الذي يأتي قبل أيام من تسلّم جو بايدن الرئاسة خلفاً لترامب "
     "في العشرين من الشهر الجاري.\n"
     "وفي طهران، طالب المتحدث باسم السلطة القضائية غلام حسين إسماعيلي واشنطن بتسليم المسؤولين عن "
     "\"اغتيال الحاج قاسم\"، فيما قال قائد فيلق القدس إسماعيل قاآني، خليفة سليماني، إن \"الانتقام "
     "آتٍ\".",
     [("LEADS", TRU, US, "الرئيس الأميركي دونالد"),
      ("MEMBER_OF", MUH, PMF, "نائب رئيس هيئة الحشد"),
      ("ASSASSINATED_BY", MUH, US, "بضربة جوية أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, US, "بضربة جوية أميركية", "2020-01-03"),
      ("LEADS", SOL, QF, "وقائد فيلق القدس قاسم"),
      ("ASSASSINATED_BY", MUH, TRU, "بتوجيه من الرئيس", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRU, "بتوجيه من الرئيس", "2020-01-03"),
      ("LEADS", "person:faiq-zaidan", "organization:supreme-judicial-council", "وقال رئيس مجلس القضاء الأعلى"),
      ("REPORTED_BY", "person:faiq-zaidan", "outlet:shafaq-news", "زيدان لشفق نيوز"),
      ("SUCCESSOR_OF", BID, TRU, "خلفاً لترامب", "2021-01-20"),
      ("MEMBER_OF", "person:gholamhossein-esmaili", "organization:iranian-judiciary", "المتحدث باسم السلطة القضائية"),
      ("LEADS", QAA, QF, "قائد فيلق القدس إسماعيل"),
      ("SUCCESSOR_OF", QAA, SOL, "خليفة سليماني", "2020-01"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2021-01-07"}),

    ("enEJ5_irgc_missiles_erbil_dizayee", "en",
     "ERBIL, Iraq, Jan 16 (Reuters) - Iran's Revolutionary Guards said they fired ballistic missiles "
     "at an Israeli \"espionage headquarters\" in Erbil late on Monday, in a strike that killed Kurdish "
     "businessman Peshraw Dizayee and members of his family at their home near the U.S. consulate.\n"
     "Kurdistan Region Prime Minister Masrour Barzani, who was attending the World Economic Forum in "
     "Davos, called the attack a crime and discussed it there with U.S. Secretary of State Antony "
     "Blinken. Baghdad recalled its ambassador from Tehran, and Foreign Minister Fuad Hussein, also in "
     "Davos, called the Guards' claims \"baseless\".\n"
     "National Security Adviser Qassim al-Araji led a committee that visited the site in Erbil and "
     "found no evidence of Israeli activity. Dizayee's family denied any link to Israel.\n"
     "The Guards said the strike answered the killing of Razi Mousavi, a senior Guards adviser, in "
     "Damascus in December, which Iran blamed on Israel.",
     [("ATTACKED", IRGC, ERB, "they fired ballistic missiles", "2024-01-15"),
      ("ASSASSINATED_BY", "person:peshraw-dizayee", IRGC, "in a strike that killed Kurdish", "2024-01-15"),
      ("LEADS", MSB, "organization:kurdistan-regional-government", "Kurdistan Region Prime Minister Masrour"),
      ("VISITED", MSB, "location:davos", "the World Economic Forum in", "2024-01"),
      ("MET_WITH", MSB, "person:antony-blinken", "discussed it there with", "2024-01"),
      ("LEADS", "person:antony-blinken", "organization:us-state-department", "Secretary of State Antony"),
      ("LEADS", FUH, "organization:iraqi-foreign-ministry", "Foreign Minister Fuad"),
      ("VISITED", FUH, "location:davos", "also in Davos", "2024-01"),
      ("VISITED", "person:qassim-al-araji", ERB, "visited the site in Erbil", "2024-01"),
      ("MEMBER_OF", "person:razi-mousavi", IRGC, "a senior Guards adviser"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-01-16"}),

    ("arEJ6_qaani_baghdad_after_assad", "ar",
     "بغداد - العربية - كشفت مصادر سياسية عراقية أن قائد فيلق القدس إسماعيل قاآني زار بغداد بعيداً "
     "عن الإعلام الأسبوع الماضي، والتقى رئيس الوزراء محمد شياع السوداني ورئيس هيئة الحشد فالح "
     "الفياض، في أول زيارة له منذ سقوط نظام بشار الأسد.\n"
     "وبحسب المصادر، اجتمع قاآني أيضاً بزعيم ائتلاف دولة القانون نوري المالكي وقادة آخرين في الإطار "
     "التنسيقي، وناقش معهم مطالب أميركية بنزع سلاح الفصائل. وطلب الجنرال الإيراني لقاء زعيم التيار "
     "الوطني الشيعي مقتدى الصدر في النجف، غير أن الأخير رفض استقباله.\n"
     "ونفى مكتب السوداني أن يكون رئيس الوزراء قد التقى أي مسؤول إيراني خلال الأسبوع الماضي، مشيراً "
     "إلى اتصال هاتفي بين السوداني والرئيس الإيراني مسعود بزشكيان. وقال القيادي في دولة القانون "
     "عقيل الفتلاوي للعربية إن \"الزيارات الإيرانية طبيعية\".\n"
     "وكان وزير الخارجية الإيراني عباس عراقجي قد زار بغداد في أيلول الماضي والتقى نظيره فؤاد حسين.",
     [("LEADS", QAA, QF, "قائد فيلق القدس إسماعيل"),
      ("VISITED", QAA, BGD, "زار بغداد بعيداً", "2025-01"),
      ("MET_WITH", QAA, FAY, "ورئيس هيئة الحشد فالح", "2025-01"),
      ("LEADS", SUD, GOV, "رئيس الوزراء محمد شياع"),
      ("LEADS", FAY, PMF, "ورئيس هيئة الحشد فالح"),
      ("MET_WITH", QAA, MAL, "اجتمع قاآني أيضاً", "2025-01"),
      ("LEADS", MAL, "organization:state-of-law-coalition", "بزعيم ائتلاف دولة القانون"),
      ("MEMBER_OF", MAL, "organization:coordination-framework", "وقادة آخرين في الإطار"),
      ("LEADS", SADR, "organization:sadrist-movement", "زعيم التيار الوطني الشيعي"),
      ("LEADS", "person:masoud-pezeshkian", IRAN, "والرئيس الإيراني مسعود"),
      ("MEMBER_OF", "person:aqeel-al-fatlawi", "organization:state-of-law-coalition", "القيادي في دولة القانون"),
      ("REPORTED_BY", "person:aqeel-al-fatlawi", "outlet:al-arabiya", "الفتلاوي للعربية"),
      ("LEADS", "person:abbas-araghchi", "organization:iranian-foreign-ministry", "وزير الخارجية الإيراني عباس"),
      ("VISITED", "person:abbas-araghchi", BGD, "قد زار بغداد في أيلول", "2024-09"),
      ("MET_WITH", "person:abbas-araghchi", FUH, "والتقى نظيره فؤاد", "2024-09"),
      ("LEADS", FUH, "organization:iraqi-foreign-ministry", "نظيره فؤاد حسين"),
      ],
     {"source": "blind set (Al Arabiya-style)", "published": "2025-01-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEJ")
