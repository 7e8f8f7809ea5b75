"""Blind set GM: Iraq and Iran 2020-2024 in wire-service style (Reuters / AFP / AP-like, English and
Arabic): Esmail Ghaani's first known Baghdad trip while Adnan al-Zurfi was prime minister-designate
(March 2020) (English); the US strike that killed Nujaba's Abu Taqwa the day after the Kerman
blasts (Jan 2024) (Arabic); the US strike that killed Kataib Hezbollah's Abu Baqir al-Saadi after
Tower 22, and Qa'ani's airport meeting with the group (Feb 2024) (English); Qaani in Baghdad after
the drone attack on al-Kadhimi's home (Nov 2021) (Arabic); the Iraqi arrest warrant for Trump over
al-Mohandes (Jan 2021) (English); Fallahzadeh named Quds Force deputy after Hejazi's death
(Apr 2021) (Arabic).
Style: datelined wire copy, attributions ("two Iraqi political sources said"), titles before names
and later surname or description, reported speech, quotes.
Excluded on purpose: a prime minister-designate (candidate), a planned meeting that did not take
place, a phone call, a killing with no stated agent (Kerman), an attack whose perpetrator is not
named and a denial, a death from "heart failure", a court warrant (accusation) beside the fact.
Spellings: Esmail Ghaani / Qa'ani / قاآنى, Qassem Suleimani / سليمانى, Abu Mahdi al-Mohandes,
الكاظمى, Faleh al-Fayyadh.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_go import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA = "country:iran", "country:iraq", "country:united-states"
QF, IRGC, PMF, KH = ("organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
                     "organization:kataib-hezbollah")
NUJ, BADR, AAH, IQG = ("organization:harakat-al-nujaba", "organization:badr-organization",
                       "organization:asaib-ahl-al-haq", "organization:iraqi-government")
BGD, THR, BIAP = "location:baghdad", "location:tehran", "location:baghdad-international-airport"
QAANI, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
AMIRI, MALIKI, ZURFI, MOHI = ("person:hadi-al-amiri", "person:nouri-al-maliki", "person:adnan-al-zurfi",
                              "person:mohammed-mohi")
SAIDI, RYDER, RASOOL, AWADI = ("person:mushtaq-taleb-al-saidi", "person:pat-ryder", "person:yahya-rasool",
                               "person:basim-al-awadi")
KAABI, SADEGH = "person:akram-al-kaabi", "person:mohammad-kazem-al-e-sadegh"
SAADI, ULAY, HAMID, SUD = ("person:abu-baqir-al-saadi", "person:arkan-al-ulayawi", "person:ahmad-al-hamidawi",
                           "person:mohammed-shia-al-sudani")
BLINKEN, KADH, KHAZ, ARAJI = ("person:antony-blinken", "person:mustafa-al-kadhimi", "person:qais-al-khazali",
                              "person:qassim-al-araji")
SHAMK, BAHJAT = "person:ali-shamkhani", "person:ahmed-salim-bahjat"
TRUMP, FAYY, FUAD, MASJ, ESMA = ("person:donald-trump", "person:falih-al-fayyadh", "person:fuad-hussein",
                                 "person:iraj-masjedi", "person:gholamhossein-esmaili")
FALLAH, HEJAZI, FADAK, RSHARIF = ("person:mohammad-reza-fallahzadeh", "person:mohammad-hejazi",
                                  "person:abdul-aziz-al-muhammadawi", "person:ramezan-sharif")

ARTICLES = [
    ("enGM1_ghaani_first_baghdad_trip", "en",
     "BAGHDAD, March 31 (Reuters) - The commander of Iran's Quds Force, Esmail Ghaani, arrived in "
     "Baghdad on Monday on his first known visit since he succeeded Qassem Suleimani, two Iraqi "
     "political sources said. Suleimani and Iraqi militia leader Abu Mahdi al-Mohandes were killed in "
     "a U.S. drone strike at Baghdad airport in January. Ghaani met Hadi al-Amiri, head of the Badr "
     "Organization, and former prime minister Nouri al-Maliki at Amiri's home in the Jadriya district, "
     "the sources said, as Shi'ite factions struggle to agree on a response to the nomination of "
     "Adnan al-Zurfi as prime minister-designate. A spokesman for Kataib Hezbollah, Mohammed Mohi, "
     "called Zurfi \"Washington's candidate\" and said the group would oppose him in parliament. An "
     "aide to Zurfi, a former governor of Najaf, said the premier-designate had not been invited and "
     "that a meeting with the Iranian general, floated by some lawmakers, was not planned. Iran's "
     "embassy in Baghdad did not respond to a request for comment.",
     [("VISITED", QAANI, BGD, "arrived in Baghdad on Monday", "2020-03-30"),
      ("LEADS", QAANI, QF, "The commander of Iran's Quds Force"),
      ("SUCCESSOR_OF", QAANI, SOL, "since he succeeded Qassem Suleimani", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, USA, "in a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "Abu Mahdi al-Mohandes were killed", "2020-01-03"),
      ("MET_WITH", QAANI, AMIRI, "Ghaani met Hadi al-Amiri", "2020-03-30"),
      ("MET_WITH", QAANI, MALIKI, "former prime minister Nouri al-Maliki", "2020-03-30"),
      ("MET_WITH", AMIRI, MALIKI, "at Amiri's home", "2020-03-30"),
      ("LEADS", AMIRI, BADR, "head of the Badr"),
      ("MEMBER_OF", MOHI, KH, "A spokesman for Kataib Hezbollah"),
      ],
     {"source": "blind set (wire, English)", "published": "2020-03-31"}),

    ("arGM2_abu_taqwa_strike", "ar",
     "بغداد (أ ف ب) - قُتل مشتاق طالب السعيدي المعروف بـ\"أبو تقوى\"، المسؤول العسكري في حركة "
     "النجباء، الخميس بضربة بطائرة مسيّرة استهدفت مقراً للحشد الشعبي في شارع فلسطين شرقي بغداد، "
     "وأعلنت الولايات المتحدة مسؤوليتها عن العملية. وقال المتحدث باسم وزارة الدفاع الأميركية اللواء "
     "بات رايدر إن الضربة نُفّذت \"دفاعاً عن النفس\" لأن السعيدي كان \"ضالعاً في التخطيط لهجمات\" على "
     "جنود أميركيين. في المقابل، ندّد الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول "
     "بـ\"اعتداء سافر\"، فيما حمّل المتحدث باسم الحكومة باسم العوادي التحالف الدولي مسؤولية التصعيد. "
     "وجاءت الضربة غداة انفجارين قرب ضريح قاسم سليمانى في مدينة كرمان خلال إحياء الذكرى الرابعة "
     "لمقتله بغارة أميركية قرب مطار بغداد، أوقعا عشرات القتلى من دون أن تعلن أي جهة مسؤوليتها عنهما "
     "حتى ظهر الخميس. وكان الأمين العام للنجباء أكرم الكعبي قد استقبل في بغداد الأسبوع الماضي السفير "
     "الإيراني محمد كاظم آل صادق، بحسب بيان لمكتبه.",
     [("ASSASSINATED_BY", SAIDI, USA, "وأعلنت الولايات المتحدة مسؤوليتها", "2024-01-04"),
      ("MEMBER_OF", SAIDI, NUJ, "المسؤول العسكري في حركة"),
      ("ATTACKED", USA, PMF, "استهدفت مقراً للحشد", "2024-01-04"),
      ("LOCATED_IN", "location:palestine-street", BGD, "في شارع فلسطين شرقي بغداد"),
      ("MEMBER_OF", RYDER, "organization:us-department-of-defense", "المتحدث باسم وزارة الدفاع الأميركية"),
      ("MEMBER_OF", AWADI, IQG, "المتحدث باسم الحكومة"),
      ("ASSASSINATED_BY", SOL, USA, "لمقتله بغارة أميركية", "2020-01-03"),
      ("LOCATED_IN", "location:kerman", IRAN, "في مدينة كرمان"),
      ("LEADS", KAABI, NUJ, "الأمين العام للنجباء"),
      ("MET_WITH", KAABI, SADEGH, "قد استقبل في بغداد", "2023-12"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2024-01-04"}),

    ("enGM3_abu_baqir_al_saadi_strike", "en",
     "BAGHDAD (AP) - A U.S. drone strike on a car in eastern Baghdad killed a senior commander of the "
     "Iran-backed militia Kataib Hezbollah on Wednesday night, the U.S. military said. U.S. Central "
     "Command identified him as Abu Baqir al-Saadi, who it said was responsible for planning attacks "
     "on American forces, including the Jan. 28 drone attack on the Tower 22 outpost in Jordan that "
     "killed three U.S. soldiers. Arkan al-Ulayawi, a Kataib Hezbollah official traveling with him, "
     "also died when the missiles hit the vehicle in the Mashtal neighborhood, the group said. Maj. "
     "Gen. Yahya Rasool, the spokesman for Iraq's commander in chief, called it \"a blatant "
     "assassination.\" The strike came a week after the militia's secretary-general, Ahmad al-Hamidawi, "
     "announced it was suspending operations against U.S. troops, a decision two Iraqi officials said "
     "followed a visit by Iranian Gen. Esmail Qa'ani, who met the group's leaders at Baghdad airport. "
     "Qa'ani did not see Prime Minister Mohammed Shia al-Sudani, who later discussed the strike by phone "
     "with U.S. Secretary of State Antony Blinken.",
     [("ASSASSINATED_BY", SAADI, USA, "Abu Baqir al-Saadi, who it said", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "a senior commander of the"),
      ("ASSASSINATED_BY", ULAY, USA, "also died when the missiles hit", "2024-02-07"),
      ("MEMBER_OF", ULAY, KH, "a Kataib Hezbollah official traveling"),
      ("LOCATED_IN", "location:mashtal", BGD, "in the Mashtal neighborhood"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "the Tower 22 outpost in Jordan"),
      ("LEADS", HAMID, KH, "the militia's secretary-general"),
      ("VISITED", QAANI, BIAP, "who met the group's leaders at Baghdad airport", "2024-01-29"),
      ("MET_WITH", QAANI, KH, "who met the group's leaders at Baghdad airport", "2024-01-29"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-02-08"}),

    ("arGM4_qaani_after_kadhimi_drone_attack", "ar",
     "بغداد (رويترز) - قال مسؤولان أمنيان عراقيان ومصدر في أحد الفصائل إن قائد فيلق القدس الإيراني "
     "إسماعيل قاآنى وصل إلى بغداد مساء الاثنين والتقى رئيس الوزراء مصطفى الكاظمى، بعد يوم من هجوم "
     "بطائرات مسيّرة مفخخة استهدف منزله في المنطقة الخضراء. ونجا الكاظمي من الهجوم الذي أُصيب فيه "
     "عدد من أفراد حمايته، ولم تعلن أي جهة مسؤوليتها عنه. وقال قائد عمليات بغداد الفريق الركن أحمد "
     "سليم بهجت إن طائرتين أُسقطتا وإن الثالثة أصابت المنزل. واجتمع الجنرال الإيراني لاحقاً بقادة فصائل "
     "مسلحة بينهم الأمين العام لعصائب أهل الحق قيس الخزعلي، وفق المصادر، وحثّهم على التهدئة. ونفى "
     "الخزعلي أي صلة لجماعته بالهجوم. وكان مستشار الأمن القومي قاسم الأعرجي قد بحث الهجوم في اتصال "
     "هاتفي مع أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني.",
     [("LEADS", QAANI, QF, "قائد فيلق القدس الإيراني"),
      ("VISITED", QAANI, BGD, "وصل إلى بغداد مساء الاثنين", "2021-11-08"),
      ("MET_WITH", QAANI, KADH, "والتقى رئيس الوزراء", "2021-11-08"),
      ("LEADS", KADH, IQG, "والتقى رئيس الوزراء"),
      ("LOCATED_IN", "location:green-zone", BGD, "استهدف منزله في المنطقة الخضراء"),
      ("LEADS", BAHJAT, "organization:baghdad-operations-command", "قائد عمليات بغداد"),
      ("MET_WITH", QAANI, KHAZ, "واجتمع الجنرال الإيراني", "2021-11-08"),
      ("LEADS", KHAZ, AAH, "الأمين العام لعصائب"),
      ("LEADS", ARAJI, "organization:iraqi-national-security-advisory", "مستشار الأمن القومي"),
      ("LEADS", SHAMK, "organization:supreme-national-security-council", "أمين المجلس الأعلى"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2021-11-09"}),

    ("enGM5_trump_arrest_warrant", "en",
     "BAGHDAD (AFP) - An Iraqi court on Thursday issued an arrest warrant for outgoing US President "
     "Donald Trump over the killing of paramilitary commander Abu Mahdi al-Mohandes, the Supreme "
     "Judicial Council said. Mohandes, deputy head of the Hashed al-Shaabi network, died alongside "
     "Iranian general Qassem Suleimani in a US drone strike outside Baghdad airport on January 3, 2020, "
     "an attack Trump himself ordered. The warrant, issued by a judge of the Rusafa investigation court "
     "under an article of the penal code that covers premeditated murder, is largely symbolic. On "
     "Sunday tens of thousands had rallied in Baghdad's Tahrir Square for the anniversary, where Hashed "
     "chairman Faleh al-Fayyadh told the crowd the \"blood of the leaders\" would not be forgotten. In "
     "Tehran, judiciary spokesman Gholamhossein Esmaili said Iran had asked Interpol to arrest Trump "
     "and dozens of other US officials it accuses of involvement. Separately, Iraqi Foreign Minister "
     "Fuad Hussein received Iran's ambassador Iraj Masjedi in Baghdad on Thursday.",
     [("ASSASSINATED_BY", MUH, TRUMP, "an attack Trump himself ordered", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "died alongside", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, USA, "in a US drone strike outside", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "an attack Trump himself ordered", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "deputy head of the Hashed"),
      ("LEADS", TRUMP, USA, "outgoing US President"),
      ("LOCATED_IN", "location:tahrir-square", BGD, "Baghdad's Tahrir Square"),
      ("LEADS", FAYY, PMF, "Hashed chairman Faleh"),
      ("MEMBER_OF", ESMA, "organization:iranian-judiciary", "judiciary spokesman Gholamhossein"),
      ("LEADS", FUAD, "organization:iraqi-foreign-ministry", "Iraqi Foreign Minister"),
      ("MET_WITH", FUAD, MASJ, "received Iran's ambassador", "2021-01-07"),
      ],
     {"source": "blind set (wire, English)", "published": "2021-01-07"}),

    ("arGM6_fallahzadeh_quds_deputy", "ar",
     "طهران (أ ب) - عيّن قائد فيلق القدس التابع للحرس الثوري الإيراني العميد إسماعيل قاآنى، الاثنين، "
     "العميد محمد رضا فلاح زاده نائباً له خلفاً للعميد محمد حجازي الذي تُوفي الأحد إثر \"عارض قلبي\"، "
     "بحسب بيان للحرس. ونفى المتحدث باسم الحرس الثوري العميد رمضان شريف، في تصريح لوكالة تسنيم، ما تداولته "
     "مواقع معارضة عن "
     "تعرّض حجازي للتسميم، مؤكداً أن وفاته ناجمة عن إصابة سابقة بالأسلحة الكيميائية. وكان حجازي قد "
     "عُيّن نائباً لقاآني في يناير 2020، بعد أيام من تولّي الأخير القيادة خلفاً لقاسم سليمانى الذي قُتل "
     "بضربة أميركية في بغداد. ووصل إلى طهران الثلاثاء وفد من الحشد الشعبي برئاسة رئيس أركانه عبد "
     "العزيز المحمداوي (أبو فدك) لتقديم التعازي، والتقى قاآني في مقر الفيلق، وفق بيان للهيئة.",
     [("LEADS", QAANI, QF, "قائد فيلق القدس التابع"),
      ("PART_OF", QF, IRGC, "فيلق القدس التابع للحرس الثوري"),
      ("SUCCESSOR_OF", FALLAH, HEJAZI, "نائباً له خلفاً للعميد", "2021-04-19"),
      ("MEMBER_OF", FALLAH, QF, "العميد محمد رضا فلاح زاده نائباً"),
      ("MEMBER_OF", RSHARIF, IRGC, "المتحدث باسم الحرس الثوري"),
      ("REPORTED_BY", RSHARIF, "outlet:tasnim", "في تصريح لوكالة تسنيم"),
      ("MEMBER_OF", HEJAZI, QF, "عُيّن نائباً لقاآني"),
      ("SUCCESSOR_OF", QAANI, SOL, "القيادة خلفاً لقاسم", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, USA, "بضربة أميركية في بغداد", "2020-01-03"),
      ("VISITED", FADAK, THR, "ووصل إلى طهران الثلاثاء", "2021-04-20"),
      ("MEMBER_OF", FADAK, PMF, "برئاسة رئيس أركانه"),
      ("MET_WITH", FADAK, QAANI, "والتقى قاآني في مقر الفيلق", "2021-04-20"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2021-04-20"}),
]

build(HERE, ALL, ARTICLES, set_name="setGM")
