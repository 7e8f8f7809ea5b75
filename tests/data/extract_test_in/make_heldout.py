"""Blind set IN: Iraq 2021-2025 as a US newspaper's foreign desk writes it (Washington Post / New
York Times-like features, English and Arabic): Qaani's quiet visit after the October 2021 election
(English); the night of the drone attack on al-Kadhimi's house and the US ambassador's call on him
the next day (Arabic); the strike that killed Abu Taqwa, January 2024 (English); al-Fayyadh, the
PMF's acceptable face, and his meeting with Qaani and Abu Fadak (Arabic); Qaani's airport meeting
after Tower 22 and the strike that killed Abu Baqir al-Saadi, February 2024 (English); the November
2025 election, Mark Savaya and Qaani's post-election meeting (Arabic).
Style: scene-setting leads, names introduced late, "officials said, speaking on the condition of
anonymity", descriptions ("the visitor", "the envoy", "الرجل"); excluded on purpose: a phone call
with Sadr and a meeting al-Fayyadh denied; an attack no one claimed, a US "likely Iranian-made"
judgment, Kataib Hezbollah's denial and Biden's phone call; a meeting with Iraqi officials that was
called off; a meeting Washington sought that never happened; an attack in Jordan with no stated
agent and a meeting with al-Sudani that did not take place; an envoy who had not visited and a
possible second term.
Spellings: Qassem Suleimani, Mushtaq Jawad Kazim al-Jawari, Esmail Ghaani, الكاظمى, ماثيو تولر.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_in import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, ISR = "country:iran", "country:iraq", "country:united-states", "country:israel"
QF, IRGC, PMF, KH, AAH, NUJ, BADR, KSS = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq", "organization:harakat-al-nujaba",
    "organization:badr-organization", "organization:kataib-sayyid-al-shuhada")
IQG, IQFM, IQPARL, IQAF, NSA, INIS = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry", "organization:iraqi-parliament",
    "organization:iraqi-armed-forces", "organization:iraqi-national-security-advisory",
    "organization:iraqi-national-intelligence-service")
CF, FATAH, SOL_C, SADIQ, RDC, SADRM, SADRB = (
    "organization:coordination-framework", "organization:fatah-alliance", "organization:state-of-law-coalition",
    "organization:sadiqoun-bloc", "organization:reconstruction-and-development-coalition",
    "organization:sadrist-movement", "organization:sadrist-bloc")
SNSC, IRFM, IRSTAFF = ("organization:supreme-national-security-council", "organization:iranian-foreign-ministry",
                       "organization:iranian-armed-forces-general-staff")
DOD, STATE, CENTCOM, KRG, KRP = ("organization:us-department-of-defense", "organization:us-state-department",
                                 "organization:us-central-command", "organization:kurdistan-regional-government",
                                 "organization:kurdistan-region-presidency")
SJC, IHEC, BOC = ("organization:supreme-judicial-council", "organization:iraqi-high-electoral-commission",
                  "organization:baghdad-operations-command")
BAGHDAD, TEHRAN, ERBIL, NAJAF = "location:baghdad", "location:tehran", "location:erbil", "location:najaf"
GOVPAL, SALAMPAL, PALST, MASHTAL, BIAP = ("location:government-palace-baghdad", "location:al-salam-palace",
                                          "location:palestine-street", "location:mashtal",
                                          "location:baghdad-international-airport")
MAYADEEN, SHAFAQ = "outlet:al-mayadeen", "outlet:shafaq-news"
QAANI, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
KAD, SUD, FAY, ARAJI, FUAD = ("person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani",
                              "person:falih-al-fayyadh", "person:qassim-al-araji", "person:fuad-hussein")
AMIRI, KHAZALI, KAABI, MALIKI, SADR = ("person:hadi-al-amiri", "person:qais-al-khazali", "person:akram-al-kaabi",
                                       "person:nouri-al-maliki", "person:muqtada-al-sadr")
TAQWA, BAQIR, FADAK, ASKARI, HAMIDAWI, WALAI = (
    "person:abu-taqwa-al-saidi", "person:abu-baqir-al-saadi", "person:abdul-aziz-al-muhammadawi",
    "person:abu-ali-al-askari", "person:ahmad-al-hamidawi", "person:abu-alaa-al-walai")
SADEGH, LARIJANI, AHMADIAN, ARAGHCHI, BAGHERI = (
    "person:mohammad-kazem-al-e-sadegh", "person:ali-larijani", "person:ali-akbar-ahmadian",
    "person:abbas-araghchi", "person:mohammad-bagheri")
TRUMP, BIDEN, BLINKEN, AUSTIN, RUBIO, SAVAYA, HARRIS, ROMAN, TUELLER, RYDER, MCGURK = (
    "person:donald-trump", "person:joe-biden", "person:antony-blinken", "person:lloyd-austin",
    "person:marco-rubio", "person:mark-savaya", "person:joshua-harris", "person:alina-romanowski",
    "person:matthew-tueller", "person:pat-ryder", "person:brett-mcgurk")
SALIH, RASHID, HALB, ZAIDAN, YRASOOL, BAHJAT = (
    "person:barham-salih", "person:abdul-latif-rashid", "person:mohammed-al-halbousi", "person:faiq-zaidan",
    "person:yahya-rasool", "person:ahmed-salim-bahjat")
MASROUR, NECH, ASADI, ADHARI, GHALAI, SHATRI, MOUSSAWI, JHUSSEINI = (
    "person:masrour-barzani", "person:nechirvan-barzani", "person:ahmed-al-asadi", "person:hassan-al-adhari",
    "person:jumana-al-ghalai", "person:hamid-al-shatri", "person:hussein-al-moussawi", "person:jaafar-al-husseini")
MANSOUR, HIGEL, CHATHAM, ICG = ("person:renad-mansour", "person:lahib-higel", "organization:chatham-house",
                                "organization:international-crisis-group")

ARTICLES = [
    ("enIN1_qaani_quiet_visit", "en",
     "In Baghdad, Iran's general tries to keep a losing coalition off the streets\n"
     "BAGHDAD — The visitor arrived after dark, in a convoy that skirted the airport road where his "
     "predecessor was killed, and was driven straight to a villa overlooking the Tigris.\n"
     "There, according to three Iraqi officials and a regional diplomat who spoke on the condition of "
     "anonymity to discuss private talks, Brig. Gen. Esmail Qaani, the commander of Iran's Quds Force, sat "
     "down at one table with the leaders of the Shiite parties that lost ground in the Oct. 10 election, "
     "among them Hadi al-Amiri of the Badr Organization and Qais al-Khazali of Asaib Ahl al-Haq.\n"
     "The message, one official said, was blunt: contest the results in court, not in the streets.\n"
     "It was Qaani's third trip to Baghdad this year. His predecessor, Maj. Gen. Qassem Suleimani, was "
     "killed in January 2020 by a U.S. drone strike ordered by President Donald Trump, and Qaani, who "
     "speaks little Arabic, has struggled to impose the same discipline on the factions.\n"
     "The biggest winner of the vote, the cleric Muqtada al-Sadr, did not see him; Sadr's office said "
     "the two men had spoken by phone.\n"
     "Falih al-Fayyadh, the head of the Popular Mobilization Forces, whom one official placed at the "
     "dinner, denied through an aide that he had met Qaani.",
     [("LEADS", QAANI, QF, "the commander of Iran's Quds Force"),
      ("MET_WITH", QAANI, AMIRI, "sat down at one table with the leaders", "2021-10"),
      ("MET_WITH", QAANI, KHAZALI, "sat down at one table with the leaders", "2021-10"),
      ("MET_WITH", AMIRI, KHAZALI, "Hadi al-Amiri of the Badr Organization and", "2021-10"),
      ("LEADS", AMIRI, BADR, "al-Amiri of the Badr Organization"),
      ("LEADS", KHAZALI, AAH, "al-Khazali of Asaib Ahl al-Haq"),
      ("VISITED", QAANI, BAGHDAD, "third trip to Baghdad this year", "2021-10"),
      ("SUCCESSOR_OF", QAANI, SOL, "His predecessor, Maj", "2020-01"),
      ("ASSASSINATED_BY", SOL, USA, "killed in January 2020 by a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered by President Donald Trump", "2020-01-03"),
      ("LEADS", TRUMP, USA, "President Donald Trump"),
      ("LEADS", FAY, PMF, "the head of the Popular Mobilization Forces"),
      ],
     {"source": "blind set (US newspaper foreign desk, English)", "published": "2021-10-30"}),

    ("arIN2_night_of_the_drones", "ar",
     "ليلة المسيّرات: كيف نجا رئيس وزراء العراق\n"
     "بغداد — لم يكن رئيس الوزراء في غرفة نومه حين اخترقت المسيّرة الثالثة سقف المنزل، بحسب مسؤولَين "
     "عراقيين تحدثا شرط عدم الكشف عن هويتيهما لأنهما غير مخوّلين بالحديث إلى الصحافة.\n"
     "كان مصطفى الكاظمى، الرجل الذي انتقل من رئاسة جهاز المخابرات إلى رئاسة الحكومة في أيار 2020، قد عاد "
     "لتوّه من اجتماع متأخر، ونجا من الهجوم الذي وقع فجر السابع من تشرين الثاني 2021 بإصابة طفيفة في يده.\n"
     "ولم تعلن أي جهة مسؤوليتها. وقال مسؤولون أمريكيون إن المسيّرات «على الأرجح» إيرانية الصنع، لكنهم "
     "امتنعوا عن تحميل فصيل بعينه المسؤولية، فيما نفت كتائب حزب الله أي دور لها.\n"
     "وبعد ساعات، اتصل الرئيس الأمريكي جو بايدن هاتفياً بالكاظمى، وفق البيت الأبيض.\n"
     "وفي اليوم التالي استقبل الكاظمى في مكتبه السفير الأمريكي ماثيو تولر، الذي نقل إليه «دعم واشنطن "
     "الكامل للتحقيق»، بحسب بيان حكومي.\n"
     "ويقول ريناد منصور، مدير مبادرة العراق في تشاتام هاوس، إن الهجوم «كان رسالة بأن هناك خطوطاً لم تعد "
     "حمراء».",
     [("LEADS", KAD, INIS, "من رئاسة جهاز المخابرات"),
      ("LEADS", KAD, IQG, "إلى رئاسة الحكومة في أيار"),
      ("LEADS", BIDEN, USA, "الرئيس الأمريكي جو بايدن"),
      ("MET_WITH", KAD, TUELLER, "في مكتبه السفير الأمريكي", "2021-11-08"),
      ("MEMBER_OF", MANSOUR, CHATHAM, "مدير مبادرة العراق في تشاتام"),
      ],
     {"source": "blind set (US newspaper foreign desk, Arabic)", "published": "2021-11-12"}),

    ("enIN3_strike_on_palestine_street", "en",
     "A drone, a Kia and a militia commander: inside the strike that raised the stakes in Iraq\n"
     "BAGHDAD — The drone struck just after noon, as a black sedan pulled into the compound of a militia "
     "logistics base on Palestine Street in eastern Baghdad.\n"
     "Inside was Mushtaq Jawad Kazim al-Jawari, better known as Abu Taqwa, a commander of the Iran-backed "
     "group Harakat al-Nujaba whom U.S. officials accused of directing rocket and drone attacks on "
     "American troops.\n"
     "He and another member of the group were killed, and within hours the Pentagon said U.S. forces had "
     "carried out the strike, the first time since the Gaza war began that Washington had hit a militia "
     "commander in the Iraqi capital.\n"
     "A senior Defense Department official, speaking on the condition of anonymity under ground rules set "
     "by the Pentagon, said Defense Secretary Lloyd Austin had approved the operation from his hospital "
     "bed.\n"
     "Prime Minister Mohammed Shia al-Sudani, whose government depends on parties tied to the same "
     "militias, condemned the strike as a \"flagrant violation\" of Iraqi sovereignty.\n"
     "Nujaba's leader, Akram al-Kaabi, vowed revenge; a meeting he was to hold with Iraqi security "
     "officials the next day was called off, two people familiar with the plans said.",
     [("LOCATED_IN", PALST, BAGHDAD, "on Palestine Street in eastern Baghdad"),
      ("MEMBER_OF", TAQWA, NUJ, "a commander of the Iran-backed group"),
      ("SUPPORTS", IRAN, NUJ, "the Iran-backed group Harakat al-Nujaba"),
      ("ASSASSINATED_BY", TAQWA, USA, "the Pentagon said U.S. forces had", "2024-01-04"),
      ("ASSASSINATED_BY", TAQWA, AUSTIN, "had approved the operation from his hospital", "2024-01-04"),
      ("LEADS", AUSTIN, DOD, "Defense Secretary Lloyd Austin"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani"),
      ("LEADS", KAABI, NUJ, "Nujaba's leader, Akram"),
      ],
     {"source": "blind set (US newspaper foreign desk, English)", "published": "2024-01-06"}),

    ("arIN4_fayyadh_acceptable_face", "ar",
     "رجل الحشد الذي يتحدث إليه الجميع\n"
     "بغداد — في مكتبه المطل على دجلة، يحتفظ الرجل الذي يدير أكبر قوة مسلحة خارج الجيش العراقي بصورتين "
     "فقط: واحدة للمرجع علي السيستاني، وأخرى لأبي مهدي المهندس.\n"
     "فالح الفياض، رئيس هيئة الحشد الشعبي منذ 2014 ومستشار الأمن الوطني الأسبق، بات الوجه «المقبول» "
     "للحشد لدى الحكومات المتعاقبة، وفق مسؤولين عراقيين وغربيين طلبوا عدم نشر أسمائهم.\n"
     "وفي كانون الثاني 2021 فرضت وزارة الخزانة الأمريكية عقوبات عليه بسبب دوره في قمع احتجاجات 2019، وهو "
     "ما وصفه مكتبه بأنه «قرار سياسي».\n"
     "وقال مسؤولان عراقيان إن الفياض التقى قائد فيلق القدس إسماعيل قاآني في بغداد مطلع عام 2024، بعد أيام "
     "من الضربة التي قتلت مشتاق طالب السعيدي، القيادي في حركة النجباء، وهي ضربة أعلن البنتاغون مسؤوليته "
     "عنها، وإن رئيس أركان الحشد عبد العزيز المحمداوي، المعروف بأبي فدك، حضر اللقاء.\n"
     "أما اللقاء الذي سعت إليه واشنطن بين الفياض والمبعوث الأمريكي بريت ماكغورك، فلم يُعقد قط، بحسب "
     "مسؤول أمريكي.",
     [("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي منذ 2014"),
      ("LEADS", FAY, NSA, "ومستشار الأمن الوطني الأسبق"),
      ("MET_WITH", FAY, QAANI, "إن الفياض التقى قائد فيلق القدس", "2024-01"),
      ("LEADS", QAANI, QF, "قائد فيلق القدس إسماعيل"),
      ("VISITED", QAANI, BAGHDAD, "إسماعيل قاآني في بغداد", "2024-01"),
      ("MEMBER_OF", TAQWA, NUJ, "القيادي في حركة النجباء"),
      ("ASSASSINATED_BY", TAQWA, DOD, "أعلن البنتاغون مسؤوليته", "2024-01-04"),
      ("MEMBER_OF", FADAK, PMF, "رئيس أركان الحشد عبد العزيز"),
      ("MET_WITH", FADAK, FAY, "المعروف بأبي فدك، حضر اللقاء", "2024-01"),
      ("MET_WITH", FADAK, QAANI, "المعروف بأبي فدك، حضر اللقاء", "2024-01"),
      ],
     {"source": "blind set (US newspaper foreign desk, Arabic)", "published": "2024-03-10"}),

    ("enIN5_ghaani_airport_after_tower22", "en",
     "Iran told its Iraqi allies to stand down. Not all of them listened.\n"
     "BAGHDAD — Days after a drone attack killed three American soldiers at a desert outpost in Jordan, "
     "Iran's top commander for regional militias flew to Baghdad with a request that surprised some of the "
     "men who received him.\n"
     "Gen. Esmail Ghaani, who leads the Quds Force of Iran's Islamic Revolutionary Guard Corps, met "
     "representatives of Kataib Hezbollah and Harakat al-Nujaba at Baghdad's airport on Jan. 29, according "
     "to four Iraqi and Iranian officials who spoke on the condition of anonymity, and urged them to stop "
     "targeting U.S. troops.\n"
     "The next day Kataib Hezbollah announced it was suspending its operations; its secretary-general, "
     "Ahmed al-Hamidawi, wrote that the group would support Gaza \"in other ways.\"\n"
     "Nujaba's leader, Akram al-Kaabi, said his fighters would keep up their attacks.\n"
     "On Feb. 7, a U.S. drone strike in Baghdad's Mashtal neighborhood killed Abu Baqir al-Saadi, a "
     "Kataib Hezbollah commander; U.S. Central Command, which claimed the strike, said he had directed "
     "attacks on American forces.\n"
     "Ghaani had also been expected to see Prime Minister Mohammed Shia al-Sudani, Iraqi officials said, "
     "but that meeting never took place.",
     [("LEADS", QAANI, QF, "who leads the Quds Force"),
      ("PART_OF", QF, IRGC, "the Quds Force of Iran's Islamic Revolutionary Guard Corps"),
      ("MET_WITH", QAANI, KH, "met representatives of Kataib Hezbollah", "2024-01-29"),
      ("MET_WITH", QAANI, NUJ, "met representatives of Kataib Hezbollah", "2024-01-29"),
      ("VISITED", QAANI, BIAP, "at Baghdad's airport on Jan", "2024-01-29"),
      ("LEADS", HAMIDAWI, KH, "its secretary-general"),
      ("LEADS", KAABI, NUJ, "Nujaba's leader, Akram"),
      ("LOCATED_IN", MASHTAL, BAGHDAD, "Baghdad's Mashtal neighborhood"),
      ("ASSASSINATED_BY", BAQIR, USA, "a U.S. drone strike in Baghdad's Mashtal", "2024-02-07"),
      ("ASSASSINATED_BY", BAQIR, CENTCOM, "which claimed the strike", "2024-02-07"),
      ("ATTACKED", USA, MASHTAL, "a U.S. drone strike in Baghdad's Mashtal", "2024-02-07"),
      ("MEMBER_OF", BAQIR, KH, "al-Saadi, a Kataib Hezbollah commander"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani"),
      ],
     {"source": "blind set (US newspaper foreign desk, English)", "published": "2024-02-12"}),

    ("arIN6_savaya_and_the_vote", "ar",
     "مبعوث ترامب لم يصل بعد... وقاآني سبقه إلى بغداد\n"
     "بغداد — في الأسابيع التي سبقت الانتخابات البرلمانية العراقية في 11 تشرين الثاني 2025، كان رجل أعمال "
     "أمريكي من أصل عراقي من ديترويت يتحدث إلى الصحفيين كأنه صاحب القرار في بغداد.\n"
     "مارك سافايا، الذي عيّنه الرئيس دونالد ترامب مبعوثاً خاصاً إلى العراق في تشرين الأول، لم يكن قد زار "
     "العراق بصفته الرسمية حتى إعلان النتائج، بحسب مسؤولين أمريكيين تحدثوا شرط عدم الكشف عن هوياتهم.\n"
     "أما الدبلوماسي الذي أدار الملف فعلياً، القائم بالأعمال الأمريكي جوشوا هاريس، فقد التقى رئيس الوزراء "
     "محمد شياع السوداني مرتين في تشرين الأول، وفق مكتب الأخير.\n"
     "وبعد يومين من الاقتراع، وصل قائد فيلق القدس إسماعيل قاآني إلى بغداد، وجمع في لقاء واحد زعيم منظمة "
     "بدر هادي العامري والأمين العام لحركة النجباء أكرم الكعبي، بحسب مسؤولَين عراقيين.\n"
     "وتصدّر ائتلاف الإعمار والتنمية الذي يقوده السوداني النتائج، غير أن الإطار التنسيقي لم يحسم بعد ما "
     "إذا كان سيدعمه لولاية ثانية.\n"
     "وقالت لهيب هيغل، كبيرة محللي الشأن العراقي في مجموعة الأزمات الدولية، إن «الانتخابات حسمت الأرقام "
     "لكنها لم تحسم من يحكم».",
     [("LEADS", TRUMP, USA, "الرئيس دونالد ترامب"),
      ("MET_WITH", HARRIS, SUD, "فقد التقى رئيس الوزراء", "2025-10"),
      ("LEADS", SUD, IQG, "فقد التقى رئيس الوزراء محمد"),
      ("LEADS", QAANI, QF, "قائد فيلق القدس إسماعيل"),
      ("VISITED", QAANI, BAGHDAD, "إسماعيل قاآني إلى بغداد", "2025-11-13"),
      ("MET_WITH", QAANI, AMIRI, "وجمع في لقاء واحد", "2025-11-13"),
      ("MET_WITH", QAANI, KAABI, "وجمع في لقاء واحد", "2025-11-13"),
      ("MET_WITH", AMIRI, KAABI, "والأمين العام لحركة النجباء", "2025-11-13"),
      ("LEADS", AMIRI, BADR, "زعيم منظمة بدر هادي"),
      ("LEADS", KAABI, NUJ, "والأمين العام لحركة النجباء أكرم"),
      ("LEADS", SUD, RDC, "الذي يقوده السوداني"),
      ("MEMBER_OF", HIGEL, ICG, "في مجموعة الأزمات الدولية"),
      ],
     {"source": "blind set (US newspaper foreign desk, Arabic)", "published": "2025-11-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIN")
