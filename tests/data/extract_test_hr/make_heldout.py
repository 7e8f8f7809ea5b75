"""Blind set HR: Yemen and the Red Sea 2019-2025 as an international broadcaster's website would
explain it (explainers, timelines, "what we know"): who leads the Houthis (English); timeline of the
US/UK strikes from January 2024 to the Omani-brokered truce of May 2025 (Arabic); Israel's strikes on
Houthi leaders, al-Rahawi and al-Ghamari, 2024-2025 (English); what the UN roadmap is and how
Grundberg got there (Arabic); how Yemen's prisoner swaps work, 2020-2024 (English); three prime
ministers in three years under the Presidential Leadership Council (Arabic).
Style: explainers with timelines, Q&A headings, reported speech; excluded on purpose: the unexplained
killing of Ibrahim al-Houthi, a Houthi claim on a US carrier denied by the Pentagon and a denied
direct US-Houthi meeting, Israeli reports of targeted ministers who survived and threats against
Abdul-Malik al-Houthi, a planned roadmap signing and a phone call, a cancelled meeting and a detainee
whose fate is unknown, a candidate for prime minister.
Spellings: Abdul Malik al-Houthi, Yahya Sarea, Mohammed al-Ghumari, Youssef al-Madani, Ahmed al-Rahwi,
غروندبرج, محمد عبدالسلام فليتة, هيغسث, Abdulqader al-Murtadha.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hs import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, USA, UK, ISR, OMAN = ("country:yemen", "country:united-states", "country:united-kingdom",
                             "country:israel", "country:oman")
HOUTHIS, SPC, HGOV, HGS, YGOV, YFM, PLC = (
    "organization:houthis", "organization:houthi-supreme-political-council", "organization:houthi-government",
    "organization:houthi-general-staff", "organization:yemeni-government", "organization:yemeni-foreign-ministry",
    "organization:presidential-leadership-council")
COAL, YAF, UN, ICRC, ISLAH, CBY = ("organization:saudi-led-coalition", "organization:yemeni-armed-forces",
                                   "organization:united-nations", "organization:icrc", "organization:islah",
                                   "organization:central-bank-of-yemen")
UKMOD, DOD, CENTCOM, OMFM, IDF, ISRDEF, SADEF = (
    "organization:uk-ministry-of-defence", "organization:us-department-of-defense", "organization:us-central-command",
    "organization:omani-foreign-ministry", "organization:israel-defense-forces", "organization:israeli-defense-ministry",
    "organization:saudi-defence-ministry")
SANAA, HODEIDAH, SAADA, EILAT, TELAVIV, RIYADH, MUSCAT, ADEN = (
    "location:sanaa", "location:hodeidah", "location:saada", "location:eilat", "location:tel-aviv", "location:riyadh",
    "location:muscat", "location:aden")
HUSSEIN, AMALIK, SALEH, SAMMAD, MASHAT, SAREE, ABDULSALAM = (
    "person:hussein-badreddin-al-houthi", "person:abdul-malik-al-houthi", "person:ali-abdullah-saleh",
    "person:saleh-al-sammad", "person:mahdi-al-mashat", "person:yahya-saree", "person:mohammed-abdulsalam")
BIDEN, SHAPPS, TRUMP, HEGSETH, KURILLA, BUSAIDI = (
    "person:joe-biden", "person:grant-shapps", "person:donald-trump", "person:pete-hegseth", "person:erik-kurilla",
    "person:badr-albusaidi")
RAHAWI, MIFTAH, KATZ, GHAMARI, MADANI, ATIFI = (
    "person:ahmed-al-rahawi", "person:mohammed-miftah", "person:israel-katz", "person:mohammed-al-ghamari",
    "person:yousef-al-madani", "person:mohammed-al-atifi")
GRUND, ALIMI, GRIFF, OULD, LENDER, KBS, SHREIM = (
    "person:hans-grundberg", "person:rashad-al-alimi", "person:martin-griffiths", "person:ismail-ould-cheikh-ahmed",
    "person:tim-lenderking", "person:khalid-bin-salman", "person:muin-shreim")
MURTADA, HAIG, CARBONI, QAHTAN = ("person:abdulqader-al-murtada", "person:hadi-haig", "person:fabrizio-carboni",
                                  "person:mohammed-qahtan")
BINMUB, MAEEN, BINBREIK, ZINDANI, MAABQI, ZUBAIDI, TAREQ = (
    "person:ahmed-awad-bin-mubarak", "person:maeen-abdulmalik", "person:salem-bin-breik", "person:shaya-al-zindani",
    "person:ahmed-al-maabqi", "person:aidarous-al-zubaidi", "person:tareq-saleh")

ARTICLES = [
    ("enHR1_who_leads_the_houthis", "en",
     "Explainer: Who are the Houthis, and who is in charge?\n"
     "The movement, formally called Ansar Allah, is named after its founder, Hussein Badreddin al-Houthi, a "
     "Zaydi cleric from Saada who was killed by Yemeni government forces in 2004.\n"
     "Leadership then passed to his younger brother, Abdul Malik al-Houthi, who has led the group ever since "
     "and rarely appears in public except in televised speeches.\n"
     "In December 2017 Houthi fighters killed former president Ali Abdullah Saleh, their one-time ally, days "
     "after he broke with them.\n"
     "Saleh al-Sammad, head of the Supreme Political Council, died in a Saudi-led coalition air strike in "
     "Hodeidah in April 2018 and was succeeded by Mahdi al-Mashat, who still holds the post.\n"
     "The group's military spokesman, Brig Gen Yahya Sarea, announces its missile and drone attacks, while "
     "its chief negotiator, Mohammed Abdulsalam, is based in the Omani capital.\n"
     "Not every death has been explained: Ibrahim Badreddin al-Houthi, another brother, was found dead in "
     "Sanaa in August 2019, and the group blamed unnamed \"agents\" without identifying anyone.",
     [("LEADS", HUSSEIN, HOUTHIS, "named after its founder, Hussein"),
      ("ASSASSINATED_BY", HUSSEIN, YAF, "killed by Yemeni government forces", "2004-09"),
      ("SUCCESSOR_OF", AMALIK, HUSSEIN, "Leadership then passed to his younger brother", "2004"),
      ("LEADS", AMALIK, HOUTHIS, "who has led the group ever since"),
      ("ASSASSINATED_BY", SALEH, HOUTHIS, "Houthi fighters killed former president", "2017-12-04"),
      ("LEADS", SAMMAD, SPC, "head of the Supreme Political Council"),
      ("ASSASSINATED_BY", SAMMAD, COAL, "died in a Saudi-led coalition air strike", "2018-04-19"),
      ("ATTACKED", COAL, HODEIDAH, "died in a Saudi-led coalition air strike", "2018-04-19"),
      ("SUCCESSOR_OF", MASHAT, SAMMAD, "was succeeded by Mahdi al-Mashat", "2018-04"),
      ("LEADS", MASHAT, SPC, "was succeeded by Mahdi al-Mashat"),
      ("MEMBER_OF", SAREE, HOUTHIS, "The group's military spokesman"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "its chief negotiator, Mohammed"),
      ],
     {"source": "blind set (international broadcaster, English)", "published": "2024-01-12"}),

    ("arHR2_timeline_us_uk_strikes", "ar",
     "جدول زمني: من البحر الأحمر إلى اتفاق مسقط... المواجهة بين واشنطن والحوثيين\n"
     "19 نوفمبر/تشرين الثاني 2023: الحوثيون يستولون على سفينة شحن مرتبطة برجل أعمال إسرائيلي، بعد أسابيع من "
     "إطلاقهم صواريخ ومسيّرات باتجاه إيلات.\n"
     "12 يناير/كانون الثاني 2024: الولايات المتحدة وبريطانيا تشنان أولى ضرباتهما على مواقع الحوثيين في صنعاء "
     "والحديدة، ويصفها الرئيس جو بايدن بأنها «رسالة واضحة».\n"
     "ويعلن وزير الدفاع البريطاني غرانت شابس مشاركة أربع مقاتلات تايفون، فيما يقول قائد القيادة المركزية "
     "الأميركية الجنرال مايكل إريك كوريلا إن الضربات «أضعفت قدرات الجماعة».\n"
     "فبراير/شباط 2024: الحوثيون يزعمون استهداف حاملة الطائرات «أيزنهاور»، وهو ما نفته وزارة الدفاع الأميركية.\n"
     "15 مارس/آذار 2025: الرئيس دونالد ترامب يأمر بحملة جوية واسعة على صنعاء وصعدة، ويقول وزير الدفاع بيت "
     "هيغسث إنها ستستمر «حتى يتوقف إطلاق النار على السفن».\n"
     "6 مايو/أيار 2025: وزير الخارجية العماني بدر البوسعيدي يعلن التوصل إلى وقف لإطلاق النار بين الطرفين، "
     "فيما تؤكد مسقط أن أي لقاء مباشر بين الوفدين لم يُعقد.",
     [("ATTACKED", HOUTHIS, EILAT, "إطلاقهم صواريخ ومسيّرات باتجاه إيلات", "2023-10"),
      ("ATTACKED", USA, HOUTHIS, "تشنان أولى ضرباتهما", "2024-01-12"),
      ("ATTACKED", UK, HOUTHIS, "تشنان أولى ضرباتهما", "2024-01-12"),
      ("ATTACKED", USA, SANAA, "مواقع الحوثيين في صنعاء", "2024-01-12"),
      ("ATTACKED", UK, SANAA, "مواقع الحوثيين في صنعاء", "2024-01-12"),
      ("ATTACKED", USA, HODEIDAH, "في صنعاء والحديدة، ويصفها", "2024-01-12"),
      ("ATTACKED", UK, HODEIDAH, "في صنعاء والحديدة، ويصفها", "2024-01-12"),
      ("LEADS", BIDEN, USA, "ويصفها الرئيس جو بايدن"),
      ("LEADS", SHAPPS, UKMOD, "ويعلن وزير الدفاع البريطاني غرانت"),
      ("LEADS", KURILLA, CENTCOM, "قائد القيادة المركزية"),
      ("LEADS", TRUMP, USA, "الرئيس دونالد ترامب يأمر"),
      ("ATTACKED", USA, SAADA, "بحملة جوية واسعة على صنعاء وصعدة", "2025-03-15"),
      ("LEADS", HEGSETH, DOD, "ويقول وزير الدفاع بيت"),
      ("LEADS", BUSAIDI, OMFM, "وزير الخارجية العماني بدر"),
      ],
     {"source": "blind set (international broadcaster, Arabic)", "published": "2025-05-07"}),

    ("enHR3_israel_strikes_houthi_leaders", "en",
     "What we know about Israel's strikes on Houthi leaders\n"
     "Israel first struck Yemen in July 2024, when its jets hit Hodeidah port a day after a Houthi drone "
     "killed a man in Tel Aviv.\n"
     "On 28 August 2025 Israeli aircraft struck a gathering of the Houthi cabinet in Sanaa, killing the prime "
     "minister of the Sanaa government, Ahmed al-Rahwi, and several of his ministers; the group confirmed his "
     "death two days later.\n"
     "His first deputy, Mohammed Miftah, was named acting prime minister in his place.\n"
     "Israeli media reported that the defence minister, Mohammed al-Atifi, had also been targeted, but the "
     "Houthis said he survived.\n"
     "In October the group announced that its chief of staff, Maj Gen Mohammed al-Ghumari, had been \"martyred\" "
     "without saying how; Defence Minister Israel Katz said the Israel Defense Forces had killed him.\n"
     "Youssef al-Madani was appointed chief of staff to succeed him.\n"
     "Katz has repeatedly threatened Abdul Malik al-Houthi himself, so far without result.",
     [("ATTACKED", ISR, HODEIDAH, "its jets hit Hodeidah port", "2024-07-20"),
      ("ATTACKED", HOUTHIS, TELAVIV, "a Houthi drone killed a man in Tel Aviv", "2024-07-19"),
      ("ATTACKED", ISR, SANAA, "Israeli aircraft struck a gathering", "2025-08-28"),
      ("ASSASSINATED_BY", RAHAWI, ISR, "Israeli aircraft struck a gathering", "2025-08-28"),
      ("ATTACKED", ISR, HOUTHIS, "struck a gathering of the Houthi cabinet", "2025-08-28"),
      ("LEADS", RAHAWI, HGOV, "minister of the Sanaa government, Ahmed"),
      ("SUCCESSOR_OF", MIFTAH, RAHAWI, "named acting prime minister in his place", "2025-08-30"),
      ("LEADS", MIFTAH, HGOV, "named acting prime minister in his place"),
      ("MEMBER_OF", ATIFI, HGOV, "the defence minister, Mohammed al-Atifi"),
      ("LEADS", GHAMARI, HGS, "its chief of staff, Maj Gen"),
      ("ASSASSINATED_BY", GHAMARI, IDF, "the Israel Defense Forces had killed him", "2025"),
      ("LEADS", KATZ, ISRDEF, "Defence Minister Israel Katz"),
      ("SUCCESSOR_OF", MADANI, GHAMARI, "was appointed chief of staff to succeed him", "2025-10"),
      ("LEADS", MADANI, HGS, "was appointed chief of staff to succeed him"),
      ],
     {"source": "blind set (international broadcaster, English)", "published": "2025-10-20"}),

    ("arHR4_explainer_un_roadmap", "ar",
     "ما هي «خريطة الطريق» الأممية لليمن، ولماذا تعثرت؟\n"
     "في 23 ديسمبر/كانون الأول 2023 أعلن المبعوث الأممي هانس غروندبرج أن الأطراف اليمنية التزمت بوقف شامل "
     "لإطلاق النار وبالانخراط في عملية سياسية ترعاها الأمم المتحدة.\n"
     "وجاء الإعلان بعد أن التقى غروندبرج في الرياض رئيس مجلس القيادة الرئاسي رشاد العليمي، ثم في مسقط كبير "
     "مفاوضي الحوثيين محمد عبدالسلام فليتة.\n"
     "وكان الدبلوماسي السويدي قد تولى منصبه في أغسطس/آب 2021 خلفاً للبريطاني مارتن غريفيث، الذي خلف بدوره "
     "الموريتاني إسماعيل ولد الشيخ أحمد عام 2018.\n"
     "وبالتوازي أجرى المبعوث الأميركي تيم ليندركينغ محادثات في الرياض مع وزير الدفاع السعودي الأمير خالد "
     "بن سلمان، بينما زارت نائبة المبعوث الأممي معين شريم صنعاء لبحث الملفات الإنسانية.\n"
     "لكن توقيع الخريطة، الذي كان مقرراً مطلع 2024، جُمّد بعد تصاعد الهجمات في البحر الأحمر، واكتفى غروندبرج "
     "بعدها باتصالات هاتفية مع الطرفين.",
     [("MEMBER_OF", GRUND, UN, "أعلن المبعوث الأممي هانس"),
      ("MET_WITH", GRUND, ALIMI, "بعد أن التقى غروندبرج في الرياض", "2023-12"),
      ("VISITED", GRUND, RIYADH, "بعد أن التقى غروندبرج في الرياض", "2023-12"),
      ("LEADS", ALIMI, PLC, "رئيس مجلس القيادة الرئاسي رشاد"),
      ("MET_WITH", GRUND, ABDULSALAM, "ثم في مسقط كبير", "2023-12"),
      ("VISITED", GRUND, MUSCAT, "ثم في مسقط كبير", "2023-12"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "مفاوضي الحوثيين محمد"),
      ("SUCCESSOR_OF", GRUND, GRIFF, "خلفاً للبريطاني مارتن غريفيث", "2021-08"),
      ("SUCCESSOR_OF", GRIFF, OULD, "الذي خلف بدوره", "2018"),
      ("MET_WITH", LENDER, KBS, "أجرى المبعوث الأميركي تيم", "2023-12"),
      ("VISITED", LENDER, RIYADH, "محادثات في الرياض مع وزير", "2023-12"),
      ("LEADS", KBS, SADEF, "وزير الدفاع السعودي الأمير"),
      ("MEMBER_OF", SHREIM, UN, "نائبة المبعوث الأممي معين"),
      ("VISITED", SHREIM, SANAA, "معين شريم صنعاء", "2023-12"),
      ],
     {"source": "blind set (international broadcaster, Arabic)", "published": "2024-03-01"}),

    ("enHR5_how_yemen_prisoner_swaps_work", "en",
     "Yemen's prisoner swaps: how they work, and why they stall\n"
     "The largest exchange of the war came in October 2020, when the ICRC flew 1,056 detainees between Sanaa, "
     "Aden, Abha and Seiyun after talks in Switzerland chaired by the UN envoy of the day, Martin Griffiths.\n"
     "A second deal, agreed in Switzerland in March 2023 after ten days of negotiations, freed almost 900 "
     "people the following month.\n"
     "At those talks the Houthi negotiator, Abdulqader al-Murtadha, and the government's chief delegate, Hadi "
     "Haig, met face to face in the presence of the envoy Hans Grundberg and the ICRC's regional director, "
     "Fabrizio Carboni.\n"
     "The biggest obstacle since then has been Mohammed Qahtan, a senior leader of the Islah party detained in "
     "2015, whose fate the Houthis have never disclosed.\n"
     "A new round in Muscat in July 2024 ended without a deal, and a planned meeting between al-Murtadha and "
     "Haig on its last day was called off.",
     [("MEMBER_OF", GRIFF, UN, "the UN envoy of the day, Martin"),
      ("MEMBER_OF", MURTADA, HOUTHIS, "the Houthi negotiator, Abdulqader"),
      ("MEMBER_OF", HAIG, YGOV, "the government's chief delegate"),
      ("MET_WITH", MURTADA, HAIG, "met face to face in the presence", "2023-03"),
      ("MET_WITH", MURTADA, GRUND, "met face to face in the presence", "2023-03"),
      ("MET_WITH", MURTADA, CARBONI, "met face to face in the presence", "2023-03"),
      ("MET_WITH", HAIG, GRUND, "met face to face in the presence", "2023-03"),
      ("MET_WITH", HAIG, CARBONI, "met face to face in the presence", "2023-03"),
      ("MET_WITH", GRUND, CARBONI, "met face to face in the presence", "2023-03"),
      ("MEMBER_OF", CARBONI, ICRC, "the ICRC's regional director"),
      ("MEMBER_OF", QAHTAN, ISLAH, "a senior leader of the Islah party"),
      ],
     {"source": "blind set (international broadcaster, English)", "published": "2024-07-10"}),

    ("arHR6_three_prime_ministers_plc", "ar",
     "اليمن: ثلاثة رؤساء حكومات في ثلاث سنوات... ماذا يجري داخل مجلس القيادة الرئاسي؟\n"
     "في 5 فبراير/شباط 2024 عيّن مجلس القيادة الرئاسي، برئاسة رشاد العليمي، وزير الخارجية أحمد عوض بن مبارك "
     "رئيساً للوزراء خلفاً لمعين عبدالملك، الذي عُيّن مستشاراً للمجلس.\n"
     "ولم يصمد بن مبارك طويلاً: ففي 3 مايو/أيار 2025 أعلن استقالته بعد خلافات مع العليمي حول صلاحياته، "
     "وصدر في اليوم نفسه قرار بتعيين وزير المالية سالم صالح بن بريك خلفاً له.\n"
     "وكانت تقارير قد تحدثت عن وزير الخارجية شائع الزنداني بوصفه مرشحاً محتملاً للمنصب.\n"
     "وفي أول أيامه، التقى بن بريك في عدن محافظ البنك المركزي أحمد غالب المعبقي لبحث انهيار الريال.\n"
     "ويضم المجلس، إلى جانب العليمي، سبعة أعضاء بينهم رئيس المجلس الانتقالي الجنوبي عيدروس الزبيدي وقائد "
     "المقاومة الوطنية طارق صالح.",
     [("LEADS", ALIMI, PLC, "برئاسة رشاد العليمي"),
      ("LEADS", BINMUB, YFM, "وزير الخارجية أحمد عوض"),
      ("SUCCESSOR_OF", BINMUB, MAEEN, "رئيساً للوزراء خلفاً لمعين", "2024-02-05"),
      ("LEADS", BINMUB, YGOV, "رئيساً للوزراء خلفاً لمعين"),
      ("SUCCESSOR_OF", BINBREIK, BINMUB, "سالم صالح بن بريك خلفاً له", "2025-05-03"),
      ("LEADS", BINBREIK, YGOV, "سالم صالح بن بريك خلفاً له"),
      ("LEADS", ZINDANI, YFM, "وزير الخارجية شائع"),
      ("MET_WITH", BINBREIK, MAABQI, "التقى بن بريك في عدن", "2025-05"),
      ("LEADS", MAABQI, CBY, "محافظ البنك المركزي أحمد"),
      ("MEMBER_OF", ZUBAIDI, PLC, "سبعة أعضاء بينهم"),
      ("LEADS", ZUBAIDI, "organization:southern-transitional-council", "رئيس المجلس الانتقالي الجنوبي عيدروس"),
      ("MEMBER_OF", TAREQ, PLC, "وقائد المقاومة الوطنية طارق"),
      ],
     {"source": "blind set (international broadcaster, Arabic)", "published": "2025-05-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHR")
