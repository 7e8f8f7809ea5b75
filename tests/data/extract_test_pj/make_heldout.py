"""Blind set PJ: Iran and Iraq 2022-2024 (second folder of PI-PJ): Ali Shamkhani in Baghdad and the border
security agreement under Mohammed Shia al-Sudani (March 2023), Esmail Qaani's visit to Baghdad before
Kataib Hezbollah halted its attacks (January 2024), the US strike in Baghdad that killed the Kataib
Hezbollah commander Abu Baqir al-Saadi (February 2024), Harakat al-Nujaba's funeral for Abu Taqwa, killed
by a US drone in Baghdad (January 2024), Masoud Pezeshkian in Erbil (September 2024), and al-Sudani's first
visit to Tehran as prime minister (November 2022), as Iraq's state agency writes it in Arabic (INA-like:
"بغداد - واع", "وذكر المكتب الإعلامي"), a wire in English (AP-like: "BAGHDAD (AP) -", "officials told The
Associated Press"), a Gulf daily in English (The National-like: "Al Sudani", "Abu Dhabi"), a militia
channel in Arabic (Sabereen-like: "تزف", "الحاج", "#صابرين_نيوز"), a Kurdish news site in English
(Kurdistan24-like: "ERBIL (Kurdistan24) -", "Kurdistan Region President") and an Iranian agency in Arabic
(Tasnim-like: "قائد الثورة الإسلامية", "سماحته", "طهران - تسنيم").
Pieces: al-Sudani receives Shamkhani; al-Araji and Shamkhani sign the agreement before al-Sudani;
Shamkhani meets Rashid with Al-e Sadegh present; Shamkhani had signed the Beijing deal with al-Aiban
(Arabic, PJ1); Qaani meets the factions, Kataib Hezbollah among them, at Baghdad airport; al-Sudani had met
Romanowski; Qaani succeeded Soleimani, killed by a US drone strike (English, PJ2); a US strike kills Abu Baqir
al-Saadi and, with him, al-Elayawi; the US killed Abu Taqwa in January (English, PJ3); a US drone kills
Abu Taqwa; al-Kaabi receives al-Hamidawi at the mourning (Arabic, PJ4); Nechirvan Barzani receives
Pezeshkian with Araghchi and Masrour Barzani present, Pezeshkian then meets Masoud Barzani; he had met
al-Sudani and Rashid in Baghdad; the IRGC killed Dizayee; Pezeshkian succeeded Raisi (English, PJ5);
Khamenei receives al-Sudani with Raisi present; Raisi and al-Sudani hold talks with their ministers;
al-Sudani succeeded al-Kadhimi (Arabic, PJ6).
Excluded on purpose (no relation): the Sudani-Raisi phone call (PJ1); the Jordan drone attack blamed by
Washington on the Islamic Resistance (an accusation), the February strikes with no named dead, Nujaba's
absence from the airport meeting (PJ2); al-Muhandis, killed "alongside" Soleimani with no agent in that
piece, the Iraqi spokesman's accusation against the coalition (PJ3); the Joint Operations Command's
accusation, Qaani's condolence call, the funeral attended by al-Fayyadh and Abu Fadak (PJ4); Raisi, killed
in a helicopter crash (no agent), the visit to Sulaymaniyah only planned in this piece (PJ5); the IRGC strikes on
Kurdish opposition groups with no named dead, Raisi's congratulation call (PJ6).
Judgement calls: "شهد السوداني توقيع ... الذي وقعه ... الأعرجي ... وشمخاني" is a meeting of the three
(PJ1); "وقعه ... في بكين مع" is a meeting (PJ1); "met representatives of several factions, including
Kataib Hezbollah" pairs Qaani with the body (PJ2); "Two other men in the car, including al-Elayawi, were
also killed" in the strike "US Central Command said" killed al-Saadi gives both -> the United States (one
agent per victim: the country, CENTCOM being its command), as "a US strike killed" Abu Taqwa (PJ3);
"بضربة نفذتها طائرة مسيرة أمريكية" -> the United States (PJ4); the attendees of one meeting ("attended by A and B") are paired with both principals and with
each other (PJ5, as most dev gold does); "شارك في المباحثات عن الجانب العراقي ... وعن الجانب الإيراني" is
one meeting of all five (PJ6); "elected to succeed" and "تسلمه منصبه خلفاً ل" are successions.
Filled in for the exercise: the Sudani-Raisi phone call, the order of Shamkhani's meetings, Al-e Sadegh's
presence (PJ1); the airport meeting's attendance, the day of the Romanowski meeting (PJ2); the car's
passengers, the wording of the officials (PJ3); the funeral's attendance, Qaani's call, al-Hamidawi's
visit to the mourning (PJ4); the attendees of the Erbil talks, the order of the Erbil meetings (PJ5); the
composition of the talks, Raisi's call (PJ6).
Spellings: "شمخاني", "عبد اللطيف جمال رشيد", "محمد كاظم آل صادق" (PJ1); "Gen. Esmail Qaani", "Ahmed
al-Hamidawi" (PJ2); "Al Sudani", "Abu Baqir Al Saadi", "Mushtaq Taleb Al Saidi" (PJ3); "أبو تقوى السعيدي",
"أبو حسين الحميداوي" (PJ4); "Massoud Pezeshkian", "Abbas Araqchi", "Peshraw Dizayi" (PJ5); "آية الله
العظمى السيد علي الخامنئي", "السيد إبراهيم رئيسي" (PJ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pj import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US = "country:iraq", "country:iran", "country:united-states"
BAGHDAD, ERBIL, TEHRAN = "location:baghdad", "location:erbil", "location:tehran"
QUDS, IRGC, PMF, KH, NUJABA, KDP, KRG, KRP, IRI = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:harakat-al-nujaba", "organization:kurdistan-democratic-party",
    "organization:kurdistan-regional-government", "organization:kurdistan-region-presidency",
    "organization:islamic-resistance-in-iraq")
IQFM, IRFM, NSA, SNSC, CENTCOM, DOD = (
    "organization:iraqi-foreign-ministry", "organization:iranian-foreign-ministry",
    "organization:iraqi-national-security-adviser", "organization:supreme-national-security-council",
    "organization:us-central-command", "organization:us-department-of-defense")
QAANI, SOLEIMANI, KHAMENEI, RAISI, PEZESHKIAN, ARAGHCHI, ABDOLLAHIAN, SHAMKHANI, ALESADEGH = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:ali-khamenei", "person:ebrahim-raisi",
    "person:masoud-pezeshkian", "person:abbas-araghchi", "person:hossein-amir-abdollahian",
    "person:ali-shamkhani", "person:mohammad-kazem-al-e-sadegh")
SUDANI, KADHIMI, RASHID, HUSSEIN, ARAJI, FAYYADH, FADAK, RASOOL = (
    "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "person:abdul-latif-rashid",
    "person:fuad-hussein", "person:qassim-al-araji", "person:falih-al-fayyadh", "person:abu-fadak-al-mohammadawi",
    "person:yahya-rasool")
HAMIDAWI, KAABI, ABUTAQWA, SAADI, ELAYAWI = (
    "person:ahmad-al-hamidawi", "person:akram-al-kaabi", "person:mushtaq-taleb-al-saidi",
    "person:abu-baqir-al-saadi", "person:arkan-al-elayawi")
MBARZANI, NBARZANI, MASROUR, DIZAYEE = ("person:masoud-barzani", "person:nechirvan-barzani",
                                        "person:masrour-barzani", "person:peshraw-dizayee")
AUSTIN, ROMANOWSKI, AIBAN, RYDER = ("person:lloyd-austin", "person:alina-romanowski", "person:musaed-al-aiban",
                                    "person:patrick-ryder")

INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
AP = "blind set (international news wire, English, AP-like)"
NATIONAL = "blind set (Gulf daily, English, The National-like)"
SABEREEN = "blind set (Iraqi militia Telegram channel, Arabic, Sabereen News-like)"
K24 = "blind set (Kurdish news site, English, Kurdistan24-like)"
TASNIM = "blind set (Iranian news agency, Arabic service, Tasnim-like)"

ARTICLES = [
    ("arPJ1_sudani_receives_shamkhani_ina", "ar",
     "السوداني يستقبل شمخاني ويشهد توقيع محضر أمني مشترك بين العراق وإيران\n"
     "بغداد - واع\n"
     "استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأحد، أمين المجلس الأعلى للأمن القومي الإيراني "
     "علي شمخاني والوفد المرافق له.\n"
     "وذكر المكتب الإعلامي لرئيس الوزراء، في بيان تلقته وكالة الأنباء العراقية (واع)، أن \"السوداني أكد أن "
     "الدستور العراقي لا يسمح باستخدام أراضي العراق منطلقاً للاعتداء على دول الجوار\".\n"
     "وشهد السوداني توقيع محضر الاتفاق الأمني المشترك لحماية الحدود، الذي وقعه عن الجانب العراقي مستشار "
     "الأمن القومي قاسم الأعرجي، وعن الجانب الإيراني شمخاني.\n"
     "من جانبه، نقل المسؤول الإيراني تحيات الرئيس إبراهيم رئيسي، الذي كان قد أجرى اتصالاً هاتفياً بالسوداني "
     "الأسبوع الماضي.\n"
     "وفي وقت لاحق، التقى شمخاني رئيس الجمهورية عبد اللطيف جمال رشيد في قصر بغداد، بحضور السفير الإيراني "
     "لدى بغداد محمد كاظم آل صادق.\n"
     "وتأتي زيارة شمخاني بعد أيام من توقيعه في بكين، مع مستشار الأمن الوطني السعودي مساعد العيبان، اتفاق "
     "استئناف العلاقات الدبلوماسية بين طهران والرياض.",
     met_group({SUDANI: "وشهد السوداني توقيع محضر", ARAJI: "الأمن القومي قاسم الأعرجي، وعن",
                SHAMKHANI: "وعن الجانب الإيراني شمخاني"}, "2023-03-19") + [
      ("LEADS", SUDANI, IRAQ, "استقبل رئيس مجلس الوزراء محمد شياع"),
      ("LEADS", SHAMKHANI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني"),
      ("LEADS", ARAJI, NSA, "مستشار الأمن القومي قاسم الأعرجي"),
      ("LEADS", RAISI, IRAN, "تحيات الرئيس إبراهيم رئيسي"),
      ("MET_WITH", SHAMKHANI, RASHID, "التقى شمخاني رئيس الجمهورية", "2023-03-19"),
      ("MET_WITH", ALESADEGH, SHAMKHANI, "بحضور السفير الإيراني", "2023-03-19"),
      ("MET_WITH", ALESADEGH, RASHID, "لدى بغداد محمد كاظم آل صادق", "2023-03-19"),
      ("LEADS", RASHID, IRAQ, "رئيس الجمهورية عبد اللطيف جمال رشيد"),
      ("MET_WITH", SHAMKHANI, AIBAN, "مع مستشار الأمن الوطني السعودي", "2023-03-10"),
      ],
     {"source": INA, "published": "2023-03-19"}),

    ("enPJ2_qaani_baghdad_kataib_hezbollah_ap", "en",
     "Iran's Quds Force chief visited Baghdad before Kataib Hezbollah halted attacks, officials say\n"
     "BAGHDAD (AP) - The head of Iran's elite Quds Force, Gen. Esmail Qaani, flew into Baghdad on Jan. 29 and "
     "met representatives of several Iraqi armed factions, including Kataib Hezbollah, at the airport, hours "
     "before the group announced it was suspending attacks on U.S. forces, three Iraqi and Iranian officials "
     "told The Associated Press.\n"
     "The Iranian commander urged the groups to avoid escalation after a drone attack on a base in Jordan killed "
     "three American soldiers on Jan. 28, the officials said, speaking on condition of anonymity. Washington "
     "blamed the Islamic Resistance in Iraq, an umbrella of Iran-backed militias, for the attack.\n"
     "In a statement on Jan. 30, Kataib Hezbollah's secretary-general, Ahmed al-Hamidawi, said the group was "
     "halting operations \"to prevent embarrassment to the Iraqi government.\"\n"
     "Harakat al-Nujaba, another powerful faction, was not represented at the airport meeting and vowed to "
     "keep up its attacks.\n"
     "Prime Minister Mohammed Shia al-Sudani, who met U.S. Ambassador Alina Romanowski in Baghdad on Jan. 28, "
     "has been pressing for a timetable for the withdrawal of the U.S.-led coalition.\n"
     "Qaani succeeded Gen. Qassem Soleimani, who was killed in a U.S. drone strike at Baghdad's airport in "
     "January 2020.",
     [("MET_WITH", QAANI, KH, "met representatives of several Iraqi armed factions", "2024-01-29"),
      ("VISITED", QAANI, BAGHDAD, "flew into Baghdad on Jan. 29", "2024-01-29"),
      ("LEADS", QAANI, QUDS, "The head of Iran's elite Quds Force"),
      ("LEADS", HAMIDAWI, KH, "Kataib Hezbollah's secretary-general, Ahmed al-Hamidawi"),
      ("MET_WITH", SUDANI, ROMANOWSKI, "who met U.S. Ambassador Alina Romanowski", "2024-01-28"),
      ("LEADS", SUDANI, IRAQ, "Prime Minister Mohammed Shia al-Sudani, who met"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "Qaani succeeded Gen. Qassem Soleimani", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "killed in a U.S. drone strike at Baghdad's airport", "2020-01-03"),
      ],
     {"source": AP, "published": "2024-02-05"}),

    ("enPJ3_us_strike_kills_abu_baqir_national", "en",
     "US drone strike in Baghdad kills senior Kataib Hezbollah commander\n"
     "The US military said on Wednesday it had killed a senior commander of Kataib Hezbollah in a drone strike in "
     "eastern Baghdad, days after an attack by Iran-backed militants killed three American troops in Jordan.\n"
     "US Central Command said the strike killed Abu Baqir Al Saadi, a commander \"responsible for directly "
     "planning and participating in attacks on US forces in the region\".\n"
     "The vehicle was hit in the Al Mashtal neighbourhood. Kataib Hezbollah confirmed the death of Wissam "
     "Mohammed Saber Al Saadi, its commander of operations in Syria. Two other men in the car, including Arkan "
     "Al Elayawi, a senior figure in the group, were also killed.\n"
     "Maj Gen Yehia Rasool, spokesman for the commander-in-chief of the Iraqi armed forces, called the strike a "
     "\"blatant assassination\" and accused the US-led coalition of endangering civil peace.\n"
     "Prime Minister Mohammed Shia Al Sudani's government has been negotiating the end of the coalition's "
     "mission.\n"
     "It was the second such strike in the Iraqi capital in five weeks. On January 4, a US strike killed Mushtaq "
     "Taleb Al Saidi, known as Abu Taqwa, a commander of Harakat Al Nujaba.\n"
     "Kataib Hezbollah's founder, Abu Mahdi Al Muhandis, died alongside Iranian commander Qassem Suleimani in "
     "January 2020.",
     [("ASSASSINATED_BY", SAADI, US, "US Central Command said the strike killed", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "its commander of operations in Syria"),
      ("ASSASSINATED_BY", ELAYAWI, US, "Two other men in the car", "2024-02-07"),
      ("MEMBER_OF", ELAYAWI, KH, "a senior figure in the group"),
      ("ASSASSINATED_BY", ABUTAQWA, US, "a US strike killed Mushtaq", "2024-01-04"),
      ("MEMBER_OF", ABUTAQWA, NUJABA, "a commander of Harakat Al Nujaba"),
      ("LEADS", SUDANI, IRAQ, "Prime Minister Mohammed Shia Al Sudani"),
      ],
     {"source": NATIONAL, "published": "2024-02-08"}),

    ("arPJ4_nujaba_mourns_abu_taqwa_sabereen", "ar",
     "حركة النجباء تزف القائد أبو تقوى السعيدي شهيداً بعدوان أمريكي غادر في بغداد\n"
     "#صابرين_نيوز\n"
     "زفّت حركة النجباء، اليوم الخميس، معاون قائد عمليات حزام بغداد في الحشد الشعبي الحاج مشتاق طالب "
     "السعيدي \"أبو تقوى\"، الذي استشهد مع أحد رفاقه بضربة نفذتها طائرة مسيرة أمريكية استهدفت عجلته قرب "
     "مقر اللواء الثاني عشر في شارع فلسطين شرقي العاصمة.\n"
     "وقال الأمين العام للحركة سماحة الشيخ أكرم الكعبي، في كلمة مصورة، إن \"دماء الشهيد لن تذهب سدى، "
     "والرد قادم\".\n"
     "وشارك في تشييع الشهيد رئيس هيئة الحشد الشعبي فالح الفياض ورئيس أركان الهيئة الحاج أبو فدك المحمداوي.\n"
     "من جهتها، حمّلت قيادة العمليات المشتركة \"قوات التحالف الدولي\" مسؤولية الاعتداء، فيما أكد المتحدث باسم "
     "البنتاغون اللواء باتريك رايدر أن القوات الأمريكية نفذت الضربة \"دفاعاً عن النفس\".\n"
     "وتلقى الشيخ الكعبي اتصالاً هاتفياً من قائد فيلق القدس الحاج إسماعيل قآني معزياً بالشهيد.\n"
     "وزار وفد من كتائب حزب الله، برئاسة الأمين العام للكتائب أبو حسين الحميداوي، مجلس العزاء، حيث التقى "
     "الشيخ الكعبي وقدم التعازي.",
     [("ASSASSINATED_BY", ABUTAQWA, US, "بضربة نفذتها طائرة مسيرة أمريكية", "2024-01-04"),
      ("MEMBER_OF", ABUTAQWA, PMF, "معاون قائد عمليات حزام بغداد في الحشد"),
      ("LEADS", KAABI, NUJABA, "وقال الأمين العام للحركة سماحة"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركان الهيئة الحاج"),
      ("MEMBER_OF", RYDER, DOD, "المتحدث باسم البنتاغون"),
      ("LEADS", QAANI, QUDS, "من قائد فيلق القدس الحاج"),
      ("MET_WITH", HAMIDAWI, KAABI, "حيث التقى الشيخ الكعبي"),
      ("LEADS", HAMIDAWI, KH, "الأمين العام للكتائب أبو حسين"),
      ],
     {"source": SABEREEN, "published": "2024-01-04"}),

    ("enPJ5_pezeshkian_erbil_kurdistan24", "en",
     "President Pezeshkian in Erbil: Kurdistan Region 'a bridge' between Iran and Iraq\n"
     "ERBIL (Kurdistan24) - Kurdistan Region President Nechirvan Barzani on Thursday received Iranian President "
     "Massoud Pezeshkian at the Region's presidency, in the first visit by a sitting Iranian president to the "
     "Kurdistan Region.\n"
     "The talks, attended by Iranian Foreign Minister Abbas Araqchi and Kurdistan Region Prime Minister Masrour "
     "Barzani, focused on border security, trade and water, according to a readout from the presidency.\n"
     "Pezeshkian later met Kurdistan Democratic Party (KDP) President Masoud Barzani at his office in Erbil.\n"
     "The Iranian president arrived from Baghdad, where he held talks on Wednesday with Prime Minister Mohammed "
     "Shia al-Sudani and President Abdul Latif Rashid, and is scheduled to travel on to Sulaimani.\n"
     "His visit comes eight months after the Islamic Revolutionary Guard Corps fired ballistic missiles at "
     "Erbil, killing businessman Peshraw Dizayi and members of his family in a strike the IRGC claimed had "
     "targeted an Israeli \"spy headquarters\".\n"
     "Pezeshkian, a reformist, was elected in July to succeed Ebrahim Raisi, who was killed in a helicopter "
     "crash in May.",
     met_group({NBARZANI: "Kurdistan Region President Nechirvan Barzani",
                PEZESHKIAN: "Massoud Pezeshkian at the Region's presidency",
                ARAGHCHI: "attended by Iranian Foreign Minister", MASROUR: "Kurdistan Region Prime Minister Masrour"},
               "2024-09-12") + [
      ("MET_WITH", PEZESHKIAN, MBARZANI, "Pezeshkian later met Kurdistan", "2024-09-12"),
      ("MET_WITH", PEZESHKIAN, SUDANI, "where he held talks on Wednesday", "2024-09-11"),
      ("MET_WITH", PEZESHKIAN, RASHID, "President Abdul Latif Rashid, and", "2024-09-11"),
      ("VISITED", PEZESHKIAN, BAGHDAD, "The Iranian president arrived from Baghdad", "2024-09-11"),
      ("LEADS", NBARZANI, KRP, "Region President Nechirvan"),
      ("LEADS", PEZESHKIAN, IRAN, "received Iranian President"),
      ("LEADS", ARAGHCHI, IRFM, "Iranian Foreign Minister Abbas Araqchi"),
      ("LEADS", MASROUR, KRG, "Region Prime Minister Masrour"),
      ("LEADS", MBARZANI, KDP, "(KDP) President Masoud Barzani"),
      ("LEADS", SUDANI, IRAQ, "with Prime Minister Mohammed"),
      ("LEADS", RASHID, IRAQ, "and President Abdul Latif Rashid"),
      ("ASSASSINATED_BY", DIZAYEE, IRGC, "killing businessman Peshraw Dizayi", "2024-01-15"),
      ("SUCCESSOR_OF", PEZESHKIAN, RAISI, "to succeed Ebrahim Raisi", "2024-07-28"),
      ],
     {"source": K24, "published": "2024-09-12"}),

    ("arPJ6_khamenei_receives_sudani_tasnim", "ar",
     "قائد الثورة الإسلامية يستقبل رئيس الوزراء العراقي: أمن العراق من أمن إيران\n"
     "طهران - تسنيم\n"
     "استقبل قائد الثورة الإسلامية سماحة آية الله العظمى السيد علي الخامنئي، عصر اليوم الثلاثاء، رئيس وزراء "
     "العراق محمد شياع السوداني والوفد المرافق له، بحضور رئيس الجمهورية السيد إبراهيم رئيسي.\n"
     "وأكد سماحته خلال اللقاء أن \"تقدم العراق وأمنه من تقدم الجمهورية الإسلامية وأمنها\"، مشيداً بمواقف "
     "الحكومة العراقية الجديدة.\n"
     "وكان الرئيس رئيسي قد أقام مراسم استقبال رسمية لضيفه في مجمع سعد آباد، قبل أن يعقد الجانبان جلسة "
     "مباحثات ومؤتمراً صحفياً مشتركاً.\n"
     "وشارك في المباحثات عن الجانب العراقي وزير الخارجية فؤاد حسين ومستشار الأمن القومي قاسم الأعرجي، وعن "
     "الجانب الإيراني وزير الخارجية حسين أمير عبد اللهيان.\n"
     "وتعد هذه الزيارة الأولى للسوداني إلى طهران منذ تسلمه منصبه خلفاً لمصطفى الكاظمي نهاية تشرين الأول "
     "الماضي، وكان رئيسي قد هنأه باتصال هاتفي عقب نيل حكومته ثقة البرلمان.\n"
     "وتأتي الزيارة في ظل ضربات للحرس الثوري على مقرات جماعات كردية معارضة في إقليم كردستان العراق.",
     [("MET_WITH", KHAMENEI, SUDANI, "العراق محمد شياع السوداني والوفد", "2022-11-29"),
      ("MET_WITH", RAISI, KHAMENEI, "بحضور رئيس الجمهورية السيد", "2022-11-29"),
      ("LEADS", KHAMENEI, IRAN, "استقبل قائد الثورة الإسلامية سماحة"),
      ("LEADS", SUDANI, IRAQ, "رئيس وزراء العراق محمد شياع"),
      ("LEADS", RAISI, IRAN, "رئيس الجمهورية السيد إبراهيم رئيسي"),
      ] + met_group({RAISI: "أقام مراسم استقبال رسمية لضيفه", SUDANI: "قبل أن يعقد الجانبان جلسة",
                     HUSSEIN: "وزير الخارجية فؤاد حسين", ARAJI: "ومستشار الأمن القومي قاسم",
                     ABDOLLAHIAN: "وزير الخارجية حسين أمير"}, "2022-11-29") + [
      ("LEADS", HUSSEIN, IQFM, "عن الجانب العراقي وزير الخارجية"),
      ("LEADS", ARAJI, NSA, "الأعرجي، وعن الجانب"),
      ("LEADS", ABDOLLAHIAN, IRFM, "حسين أمير عبد اللهيان"),
      ("SUCCESSOR_OF", SUDANI, KADHIMI, "خلفاً لمصطفى الكاظمي", "2022-10-27"),
      ("VISITED", SUDANI, TEHRAN, "الزيارة الأولى للسوداني إلى طهران", "2022-11-29"),
      ],
     {"source": TASNIM, "published": "2022-11-29"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPJ")
