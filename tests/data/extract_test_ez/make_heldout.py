"""Blind set EZ: Sudani's Baghdad and its Iranian and American guests, 2024-2025: Pezeshkian's
first foreign trip to Baghdad and Erbil (The National-style, Sept 2024); Araghchi received by Sudani
during his regional tour (Shafaq News-style Arabic, Oct 2024); Qaani's unannounced airport meeting
with faction leaders after Tower 22 (Rudaw English-style, Jan 2024); CENTCOM commander Kurilla
received by Sudani (Alsumaria-style Arabic, Sept 2024); Sudani at the White House (The
National-style, Apr 2024); Larijani in Baghdad for the security memorandum (INA-style Arabic,
Aug 2025).
Style: en/ar alternating; a Quds Force chief reported but unseen at talks; Sistani's office denying
a requested meeting; a premier who "had not met" the visiting general; a planned onward stop and an
"expected" meeting that did not happen; phone calls; acting and elected successors.
Spellings: Al Sudani / al-Sudani, Ghaani, Araghchi, الفيّاض, آل صادق.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run:
    python tests/data/extract_test_ez/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fb import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, US, ISRAEL = "country:iran", "country:iraq", "country:united-states", "country:israel"
IFM, QFM, IQG = ("organization:iranian-foreign-ministry", "organization:iraqi-foreign-ministry",
                 "organization:iraqi-government")
SUD, PEZ, ARA, FUAD = ("person:mohammed-shia-al-sudani", "person:masoud-pezeshkian",
                       "person:abbas-araghchi", "person:fuad-hussein")
RAI, RASHID, NECH, MASR = ("person:ebrahim-raisi", "person:abdul-latif-rashid", "person:nechirvan-barzani",
                           "person:masrour-barzani")
SADEGH, AMIRI, MALIKI = ("person:mohammad-kazem-al-e-sadegh", "person:hadi-al-amiri",
                         "person:nouri-al-maliki")
QAANI, KHAZ, HAMID, SOLE, AWADI = ("person:esmail-qaani", "person:qais-al-khazali",
                                   "person:ahmad-al-hamidawi", "person:qasem-soleimani",
                                   "person:basim-al-awadi")
KUR, ROM, YAR, ABB = ("person:erik-kurilla", "person:alina-romanowski", "person:abdul-amir-yarallah",
                      "person:thabet-al-abbasi")
BIDEN, BLINK, AUSTIN, KADH = ("person:joe-biden", "person:antony-blinken", "person:lloyd-austin",
                              "person:mustafa-al-kadhimi")
LAR, AHM, ARAJI, FAYY = ("person:ali-larijani", "person:ali-akbar-ahmadian", "person:qassim-al-araji",
                         "person:falih-al-fayyadh")
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"

ARTICLES = [
    ("enEZ1_pezeshkian_baghdad_erbil", "en",
     "BAGHDAD: Iranian President Masoud Pezeshkian arrived in Baghdad on Wednesday and was received by "
     "Iraqi Prime Minister Mohammed Shia Al Sudani, on the first foreign trip since he took office.\n"
     "The two leaders held talks at the government palace and oversaw the signing of 14 memorandums of "
     "understanding on trade, agriculture and communications, with foreign ministers Abbas Araghchi "
     "and Fuad Hussein attending.\n"
     "Mr Pezeshkian, who succeeded Ebrahim Raisi after May's helicopter crash, later called on "
     "President Abdul Latif Rashid at Baghdad Palace.\n"
     "On Thursday he travelled to Erbil, where he met Kurdistan Region President Nechirvan Barzani and "
     "Prime Minister Masrour Barzani, addressing his hosts in Kurdish.\n"
     "Iraqi media reported that Quds Force commander Esmail Qaani was part of the delegation, but he "
     "was not seen at the official talks. A stop in Basra, where Mr Pezeshkian was expected to meet "
     "Governor Asaad Al Eidani, was still being planned, officials said, and Mr Al Sudani discussed "
     "the programme by phone with Tehran's ambassador on Tuesday.",
     [("VISITED", PEZ, "location:baghdad", "arrived in Baghdad on Wednesday", "2024-09-11"),
      ("MET_WITH", PEZ, SUD, "was received by", "2024-09-11"),
      ("LEADS", PEZ, IRAN, "Iranian President Masoud Pezeshkian"),
      ("LEADS", SUD, IQG, "Iraqi Prime Minister Mohammed Shia Al Sudani"),
      ("MET_WITH", PEZ, FUAD, "and Fuad Hussein attending", "2024-09-11"),
      ("MET_WITH", ARA, SUD, "with foreign ministers Abbas Araghchi", "2024-09-11"),
      ("MET_WITH", ARA, FUAD, "and Fuad Hussein attending", "2024-09-11"),
      ("LEADS", ARA, IFM, "with foreign ministers Abbas Araghchi"),
      ("LEADS", FUAD, QFM, "and Fuad Hussein attending"),
      ("SUCCESSOR_OF", PEZ, RAI, "who succeeded Ebrahim Raisi", "2024-07"),
      ("MET_WITH", PEZ, RASHID, "later called on", "2024-09-11"),
      ("LEADS", RASHID, IRAQ, "President Abdul Latif Rashid"),
      ("VISITED", PEZ, "location:erbil", "he travelled to Erbil", "2024-09-12"),
      ("MET_WITH", PEZ, NECH, "Kurdistan Region President Nechirvan", "2024-09-12"),
      ("LEADS", NECH, "organization:kurdistan-region-presidency", "Kurdistan Region President Nechirvan"),
      ("MET_WITH", PEZ, MASR, "Prime Minister Masrour Barzani", "2024-09-12"),
      ("LEADS", MASR, "organization:kurdistan-regional-government", "Prime Minister Masrour Barzani"),
      ("LEADS", QAANI, "organization:quds-force", "Quds Force commander Esmail"),
      ],
     {"source": "blind set (The National-style)", "published": "2024-09-12"}),

    ("arEZ2_araghchi_received_by_sudani", "ar",
     "بغداد/ شفق نيوز- استقبل رئيس مجلس الوزراء محمد شياع السوداني، يوم الأحد، وزير الخارجية "
     "الإيراني عباس عراقجي والوفد المرافق له، في إطار جولة إقليمية يجريها الأخير لبحث التصعيد في "
     "المنطقة.\n"
     "وذكر بيان للمكتب الإعلامي لرئيس الوزراء أن السوداني شدد خلال اللقاء على ضرورة منع اتساع رقعة "
     "الحرب، فيما نقل عراقجي تحيات الرئيس مسعود بزشكيان.\n"
     "وكان عراقجي قد وصل إلى بغداد قادماً من الرياض، وعقد فور وصوله جلسة مباحثات مع نظيره فؤاد حسين "
     "في مقر وزارة الخارجية، بحضور السفير الإيراني لدى العراق محمد كاظم آل صادق.\n"
     "وأفاد مصدر سياسي لشفق نيوز بأن الوزير الإيراني التقى أيضاً، كلاً على حدة، رئيس تحالف الفتح "
     "هادي العامري ورئيس ائتلاف دولة القانون نوري المالكي.\n"
     "في المقابل، نفى مكتب المرجع الديني الأعلى علي السيستاني في النجف أنباء عن طلب الوزير الإيراني "
     "لقاءه، فيما أجرى عراقجي من بغداد اتصالاً هاتفياً بنظيره العُماني بدر البوسعيدي.",
     [("MET_WITH", SUD, ARA, "استقبل رئيس مجلس الوزراء", "2024-10-13"),
      ("LEADS", SUD, IQG, "استقبل رئيس مجلس الوزراء"),
      ("LEADS", ARA, IFM, "الإيراني عباس عراقجي والوفد"),
      ("LEADS", PEZ, IRAN, "تحيات الرئيس مسعود"),
      ("VISITED", ARA, "location:baghdad", "قد وصل إلى بغداد", "2024-10-13"),
      ("MET_WITH", ARA, FUAD, "جلسة مباحثات مع نظيره", "2024-10-13"),
      ("LEADS", FUAD, QFM, "مقر وزارة الخارجية"),
      ("MET_WITH", SADEGH, FUAD, "بحضور السفير الإيراني", "2024-10-13"),
      ("MET_WITH", ARA, AMIRI, "رئيس تحالف الفتح", "2024-10-13"),
      ("LEADS", AMIRI, "organization:fatah-alliance", "رئيس تحالف الفتح"),
      ("MET_WITH", ARA, MALIKI, "ورئيس ائتلاف دولة القانون", "2024-10-13"),
      ("LEADS", MALIKI, "organization:state-of-law-coalition", "ورئيس ائتلاف دولة القانون"),
      ],
     {"source": "blind set (Shafaq News-style Arabic)", "published": "2024-10-13"}),

    ("enEZ3_ghaani_airport_meeting", "en",
     "ERBIL, Kurdistan Region - Esmail Ghaani, commander of the Quds Force of Iran's Revolutionary "
     "Guards, flew into Baghdad on Monday and met leaders of several Iraqi armed factions at the "
     "airport, two Iraqi officials told Rudaw English, a day after a drone attack killed three US "
     "soldiers at Tower 22 in Jordan.\n"
     "Among those he met were Badr Organization chief Hadi al-Amiri and Asaib Ahl al-Haq leader Qais "
     "al-Khazali, according to the officials, who spoke on condition of anonymity.\n"
     "The Islamic Resistance in Iraq, an umbrella of Iran-aligned groups, claimed the attack on the "
     "base; Tehran denied any role.\n"
     "The next day Kataib Hezbollah announced it was suspending operations against US forces, a "
     "decision its secretary-general Ahmad al-Hamidawi said was taken to avoid embarrassing the "
     "government.\n"
     "Ghaani, who took over the Quds Force after Qasem Soleimani was killed in a US drone strike near "
     "Baghdad airport in January 2020, has made several unannounced trips to Iraq. Government "
     "spokesman Basim al-Awadi said Prime Minister Mohammed Shia al-Sudani had not met the Iranian "
     "general.",
     [("VISITED", QAANI, "location:baghdad", "flew into Baghdad on Monday", "2024-01-29"),
      ("LEADS", QAANI, "organization:quds-force", "commander of the Quds Force"),
      ("MET_WITH", QAANI, AMIRI, "Among those he met were", "2024-01-29"),
      ("MET_WITH", QAANI, KHAZ, "Among those he met were", "2024-01-29"),
      ("MET_WITH", AMIRI, KHAZ, "Among those he met were", "2024-01-29"),
      ("LEADS", AMIRI, "organization:badr-organization", "Badr Organization chief"),
      ("LEADS", KHAZ, "organization:asaib-ahl-al-haq", "Asaib Ahl al-Haq leader"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "at Tower 22 in Jordan"),
      ("ATTACKED", "organization:islamic-resistance-in-iraq", "location:tower-22",
       "claimed the attack on the base", "2024-01-28"),
      ("LEADS", HAMID, KH, "its secretary-general Ahmad"),
      ("SUCCESSOR_OF", QAANI, SOLE, "took over the Quds Force after", "2020-01"),
      ("ASSASSINATED_BY", SOLE, US, "killed in a US drone strike", "2020-01-03"),
      ("MEMBER_OF", AWADI, IQG, "Government spokesman Basim"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani had not"),
      ],
     {"source": "blind set (Rudaw English-style)", "published": "2024-01-30"}),

    ("arEZ4_kurilla_received_baghdad", "ar",
     "بغداد - السومرية نيوز - استقبل رئيس مجلس الوزراء القائد العام للقوات المسلحة محمد شياع "
     "السوداني، اليوم الأربعاء، قائد القيادة المركزية الأميركية الجنرال مايكل إريك كوريلا، بحضور "
     "السفيرة الأميركية لدى العراق ألينا رومانوسكي.\n"
     "وبحث الجانبان، بحسب بيان لمكتب السوداني، الجدول الزمني لإنهاء مهمة التحالف الدولي والانتقال "
     "إلى علاقات أمنية ثنائية.\n"
     "وكان كوريلا قد وصل إلى بغداد صباحاً، واجتمع بوزير الدفاع ثابت العباسي، ثم برئيس أركان الجيش "
     "الفريق أول ركن عبد الأمير يار الله في مقر الوزارة.\n"
     "ومن المقرر أن يتوجه القائد الأميركي إلى أربيل للقاء مسؤولين في الإقليم، فيما أجرى وزير "
     "الدفاع الأميركي لويد أوستن اتصالاً هاتفياً بالعباسي الأسبوع الماضي.\n"
     "وتأتي الزيارة بعد يومين من سقوط صاروخين قرب قاعدة عين الأسد الجوية غربي الأنبار، من دون أن "
     "تعلن أي جهة مسؤوليتها.",
     [("MET_WITH", SUD, KUR, "استقبل رئيس مجلس الوزراء", "2024-09-11"),
      ("LEADS", SUD, IQG, "استقبل رئيس مجلس الوزراء"),
      ("LEADS", KUR, "organization:us-central-command", "قائد القيادة المركزية الأميركية"),
      ("MET_WITH", SUD, ROM, "السفيرة الأميركية لدى العراق", "2024-09-11"),
      ("VISITED", KUR, "location:baghdad", "قد وصل إلى بغداد صباحاً", "2024-09-11"),
      ("MET_WITH", KUR, ABB, "واجتمع بوزير الدفاع", "2024-09-11"),
      ("LEADS", ABB, "organization:iraqi-defense-ministry", "واجتمع بوزير الدفاع"),
      ("MET_WITH", KUR, YAR, "ثم برئيس أركان الجيش", "2024-09-11"),
      ("LEADS", YAR, "organization:iraqi-army", "ثم برئيس أركان الجيش"),
      ("LEADS", AUSTIN, "organization:us-department-of-defense", "الدفاع الأميركي لويد"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar", "قاعدة عين الأسد الجوية غربي"),
      ],
     {"source": "blind set (Alsumaria-style Arabic)", "published": "2024-09-11"}),

    ("enEZ5_sudani_white_house", "en",
     "WASHINGTON: US President Joe Biden welcomed Iraqi Prime Minister Mohammed Shia Al Sudani to the "
     "White House on Monday, two days after Iran launched more than 300 drones and missiles at Israel.\n"
     "Mr Al Sudani, on his first official visit to Washington since taking office, had earlier met "
     "Secretary of State Antony Blinken at the State Department, and on Tuesday he held talks at the "
     "Pentagon with Defence Secretary Lloyd Austin on the future of the US-led coalition.\n"
     "The Iraqi premier succeeded Mustafa Al Kadhimi in October 2022 after a year of deadlock.\n"
     "\"We are committed to Israel's security,\" Mr Biden told reporters, a day after speaking by phone "
     "with Prime Minister Benjamin Netanyahu.\n"
     "A meeting with House Speaker Mike Johnson that Iraqi officials had expected did not take place. "
     "Mr Al Sudani later travelled to Michigan to meet members of the Iraqi-American community.",
     [("MET_WITH", BIDEN, SUD, "welcomed Iraqi Prime Minister", "2024-04-15"),
      ("LEADS", BIDEN, US, "US President Joe Biden"),
      ("LEADS", SUD, IQG, "welcomed Iraqi Prime Minister"),
      ("ATTACKED", IRAN, ISRAEL, "Iran launched more than 300 drones", "2024-04-13"),
      ("VISITED", SUD, "location:washington", "first official visit to Washington", "2024-04-15"),
      ("MET_WITH", SUD, BLINK, "had earlier met", "2024-04-15"),
      ("LEADS", BLINK, "organization:us-state-department", "Secretary of State Antony"),
      ("MET_WITH", SUD, AUSTIN, "he held talks at the", "2024-04-16"),
      ("LEADS", AUSTIN, "organization:us-department-of-defense", "Defence Secretary Lloyd"),
      ("SUCCESSOR_OF", SUD, KADH, "succeeded Mustafa Al Kadhimi", "2022-10"),
      ("LEADS", "person:benjamin-netanyahu", "organization:israeli-government",
       "with Prime Minister Benjamin"),
      ("LEADS", "person:mike-johnson", "organization:us-house-of-representatives",
       "House Speaker Mike"),
      ],
     {"source": "blind set (The National-style)", "published": "2024-04-16"}),

    ("arEZ6_larijani_security_memorandum", "ar",
     "بغداد - واع - وصل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني، صباح اليوم الاثنين، "
     "إلى بغداد في زيارة رسمية، واستقبله رئيس مجلس الوزراء محمد شياع السوداني في القصر الحكومي.\n"
     "وجرى خلال اللقاء بحث العلاقات الثنائية وأمن الحدود المشتركة، بحسب بيان للمكتب الإعلامي.\n"
     "ووقّع مستشار الأمن القومي قاسم الأعرجي ولاريجاني، في وقت سابق، مذكرة تفاهم أمنية عقب جلسة "
     "مباحثات موسعة بين وفدي البلدين.\n"
     "ولاريجاني، الذي خلف علي أكبر أحمديان في منصبه مطلع آب الجاري، هو أرفع مسؤول إيراني يزور "
     "العراق منذ الحرب الإسرائيلية على إيران في حزيران الماضي.\n"
     "والتقى المسؤول الإيراني مساءً رئيس هيئة الحشد الشعبي فالح الفيّاض. ومن المقرر أن يتوجه إلى "
     "بيروت للقاء الرئيس اللبناني جوزاف عون، فيما أجرى السوداني اتصالاً هاتفياً بالرئيس مسعود "
     "بزشكيان لبحث نتائج الزيارة.",
     [("LEADS", LAR, "organization:supreme-national-security-council", "أمين المجلس الأعلى للأمن القومي"),
      ("VISITED", LAR, "location:baghdad", "إلى بغداد في زيارة رسمية", "2025-08-11"),
      ("MET_WITH", SUD, LAR, "واستقبله رئيس مجلس الوزراء", "2025-08-11"),
      ("LEADS", SUD, IQG, "واستقبله رئيس مجلس الوزراء"),
      ("MET_WITH", ARAJI, LAR, "ووقّع مستشار الأمن القومي", "2025-08-11"),
      ("SUCCESSOR_OF", LAR, AHM, "الذي خلف علي أكبر", "2025-08"),
      ("ATTACKED", ISRAEL, IRAN, "الحرب الإسرائيلية على إيران", "2025-06"),
      ("MET_WITH", LAR, FAYY, "والتقى المسؤول الإيراني", "2025-08-11"),
      ("LEADS", FAYY, PMF, "رئيس هيئة الحشد الشعبي"),
      ("LEADS", "person:joseph-aoun", "country:lebanon", "الرئيس اللبناني جوزاف"),
      ("LEADS", PEZ, IRAN, "بالرئيس مسعود"),
      ],
     {"source": "blind set (INA-style Arabic)", "published": "2025-08-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEZ")
