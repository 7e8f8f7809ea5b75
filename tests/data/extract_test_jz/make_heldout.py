"""Blind set JZ: anniversaries, timelines and obituaries of Iraq's and Iran's commanders, 2020-2025, as
newspapers' and news sites' "five years on" pages write them (dated bullet-like paragraphs, "born in",
"succeeds", "is killed by", real names next to kunyas), in English and Arabic.
Pieces: five years after the airport strike, a timeline from Soleimani and al-Muhandis to Pezeshkian
receiving the family, January 2025 (English); from Jafari to Pakpour, who led the IRGC, the Quds Force,
the General Staff and the Army 2019-2025 (English); an obituary of Mohammad Reza Zahedi a year after the
Damascus consulate strike, April 2025 (English); al-Muhandis's life and the fifth anniversary at the PMF,
January 2025 (Arabic); a year after Abu Taqwa and Abu Baqir al-Saadi were killed, with al-Sudani at the
White House, early 2025 (Arabic); a year after the Varzaqan helicopter crash, the acting holders and
Pezeshkian, May 2025 (Arabic).
Excluded on purpose (no relation): Alqasimehr's warrants and Interpol's refusal, and the Kerman bombings
with no agent and no named victim (JZ1); Hejazi's death "of heart disease" and Shadmani dying "of his
wounds" with no agent (JZ2); Akbari surviving, and no successor to Zahedi named (JZ3); the Rusafa warrant
and the inquiry whose results were never published (JZ4); Abu Taqwa's unnamed companion, Washington
"holding" the Islamic Resistance responsible for Tower 22, and Obaid's statement (JZ5); the crash with no
agent, the investigation's "bad weather" finding, and Haniyeh "assassinated" with no agent (JZ6).
Judgement calls: JZ1 and JZ4 give the killing both to the United States and to Trump, who ordered it, and
the two men "killed with them" in JZ1 likewise; JZ3's "met ... regularly in Beirut" (Zahedi and Nasrallah)
is a meeting; in JZ6 the acting president (Mokhber) and the acting foreign minister (Bagheri Kani) are
successors, and Araghchi succeeds Bagheri Kani, the acting holder the text names; in JZ4 al-Muhandis
"received" Soleimani at the airport: a meeting; in JZ1 the family received together are paired.
Spellings: Esmail Ghaani, "the general" (Soleimani); Esmaeil Qaani, Sayyed Hassan Nasrallah; جمال جعفر
محمد علي آل إبراهيم (al-Muhandis), «أبو فدك»; مشتاق طالب السعيدي «أبو تقوى», وسام محمد صابر الساعدي
«أبو باقر»; أمير عبداللهيان, السيد إبراهيم رئيسي.
Events follow the public record as far as the writer knew it; some minor details (who sat in on a meeting,
who received whom at an anniversary, the day of a minor reception) are filled in for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ka import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, ISR = "country:iran", "country:iraq", "country:united-states", "country:israel"
QF, IRGC, PMF, KH, NUJ, AFGS, IRARMY, IRGCAF, KHATAM, HAMASPB, IRFM, MARTYRS, IRQFIN = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:harakat-al-nujaba",
    "organization:iranian-armed-forces-general-staff", "organization:iranian-army", "organization:irgc-aerospace-force",
    "organization:khatam-al-anbiya-central-headquarters", "organization:hamas-political-bureau",
    "organization:iranian-foreign-ministry", "organization:iraqi-martyrs-foundation", "organization:iraqi-government")
BIAP, AINASAD, CONSULATE, ISFAHAN, MASHTAL, PALST, WHITEHOUSE, EAZ, TEHRAN, BAGHDAD = (
    "location:baghdad-international-airport", "location:ain-al-asad-air-base", "location:iranian-consulate-damascus",
    "location:isfahan", "location:mashtal", "location:palestine-street", "organization:white-house",
    "location:east-azerbaijan-province", "location:tehran", "location:baghdad")
SOL, MUH, QAANI, TRUMP, POURJAFARI, JABRI, FADAK, PEZ, ZEINAB = (
    "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:esmail-qaani", "person:donald-trump",
    "person:hossein-pourjafari", "person:mohammed-ridha-al-jabri", "person:abdul-aziz-al-muhammadawi",
    "person:masoud-pezeshkian", "person:zeinab-soleimani")
SALAMI, JAFARI, HEJAZI, FALLAHZADEH, BAGHERI, HAJIZADEH, RASHID, PAKPOUR, AMOUSAVI, MMOUSAVI, HATAMI, SHADMANI = (
    "person:hossein-salami", "person:mohammad-ali-jafari", "person:mohammad-hejazi",
    "person:mohammad-reza-fallahzadeh", "person:mohammad-bagheri", "person:amir-ali-hajizadeh",
    "person:gholam-ali-rashid", "person:mohammad-pakpour", "person:abdolrahim-mousavi", "person:majid-mousavi",
    "person:amir-hatami", "person:ali-shadmani")
ZAHEDI, HAJIRAHIMI, AMANOLLAHI, NASRALLAH = (
    "person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi", "person:hossein-amanollahi",
    "person:hassan-nasrallah")
FAYYADH, SADEGH, ABUTAQWA, SAADI, ULAYAWI, SUDANI, BIDEN, TAIF, HAYAN = (
    "person:falih-al-fayyadh", "person:mohammad-kazem-al-e-sadegh", "person:abu-taqwa-al-saidi",
    "person:abu-baqir-al-saadi", "person:arkan-al-ulayawi", "person:mohammed-shia-al-sudani", "person:joe-biden",
    "person:taif-sami", "person:hayan-abdul-ghani")
RAISI, ALIYEV, AMIRABD, MOKHBER, BAGHERIKANI, ARAGHCHI, HANIYEH, KHAMENEI = (
    "person:ebrahim-raisi", "person:ilham-aliyev", "person:hossein-amir-abdollahian", "person:mohammad-mokhber",
    "person:ali-bagheri-kani", "person:abbas-araghchi", "person:ismail-haniyeh", "person:ali-khamenei")
MILOFFICE, IRQFM = "organization:iran-military-office-of-commander-in-chief", "organization:iraqi-foreign-ministry"
# new to the tables
SOHRAB, SHIRAZI, TABATABAI, NAELI, OBAID, MOSTAFAVI = (
    "person:sohrab-soleimani", "person:mohammad-shirazi", "person:yousef-tabatabai-nejad",
    "person:abdul-ilah-al-naeli", "person:abbas-kadhom-obaid", "person:seyed-taher-mostafavi")

ARTICLES = [
    ("enJZ1_five_years_airport_strike_timeline", "en",
     "Five years after the airport strike: a timeline\n"
     "Jan. 3, 2020 - A US drone strike ordered by President Donald Trump kills Quds Force commander Qasem "
     "Soleimani and Abu Mahdi al-Muhandis, deputy head of Iraq's Popular Mobilization Forces (PMF), outside "
     "Baghdad International Airport. Soleimani's aide Hossein Pourjafari and PMF protocol officer Mohammed "
     "Ridha al-Jabri are killed with them.\n"
     "Jan. 3, 2020 - Hours later, Supreme Leader Ali Khamenei names Esmail Ghaani to succeed the general at "
     "the head of the Quds Force.\n"
     "Jan. 8, 2020 - Iran fires ballistic missiles at the Ain al-Asad air base in western Iraq.\n"
     "Feb. 2020 - Kataib Hezbollah veteran Abdul-Aziz al-Muhammadawi, known as Abu Fadak, replaces "
     "al-Muhandis as the PMF's chief of staff.\n"
     "June 2020 - Tehran prosecutor Ali Alqasimehr announces arrest warrants for Trump and 35 others; "
     "Interpol declines to act.\n"
     "Jan. 3, 2024 - Two bombings near Soleimani's grave in Kerman kill more than 90 people at the fourth "
     "anniversary.\n"
     "Jan. 1, 2025 - President Masoud Pezeshkian receives the general's daughter Zeinab Soleimani and his "
     "brother Sohrab Soleimani, a former head of Tehran province's prisons, in the presence of Ghaani.",
     [("ASSASSINATED_BY", SOL, USA, "A US drone strike ordered by President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "A US drone strike ordered by President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "A US drone strike ordered by President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "A US drone strike ordered by President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", POURJAFARI, USA, "are killed with them", "2020-01-03"),
      ("ASSASSINATED_BY", POURJAFARI, TRUMP, "are killed with them", "2020-01-03"),
      ("ASSASSINATED_BY", JABRI, USA, "are killed with them", "2020-01-03"),
      ("ASSASSINATED_BY", JABRI, TRUMP, "are killed with them", "2020-01-03"),
      ("LEADS", SOL, QF, "kills Quds Force commander Qasem"),
      ("MEMBER_OF", MUH, PMF, "deputy head of Iraq's Popular Mobilization Forces"),
      ("MEMBER_OF", JABRI, PMF, "PMF protocol officer Mohammed"),
      ("SUCCESSOR_OF", QAANI, SOL, "names Esmail Ghaani to succeed the general", "2020-01-03"),
      ("LEADS", QAANI, QF, "names Esmail Ghaani to succeed the general"),
      ("ATTACKED", IRAN, AINASAD, "Iran fires ballistic missiles at the Ain al-Asad", "2020-01-08"),
      ("SUCCESSOR_OF", FADAK, MUH, "replaces al-Muhandis", "2020-02"),
      ("MEMBER_OF", FADAK, KH, "Kataib Hezbollah veteran Abdul-Aziz"),
      ("MET_WITH", PEZ, ZEINAB, "receives the general's daughter", "2025-01-01"),
      ("MET_WITH", PEZ, SOHRAB, "receives the general's daughter", "2025-01-01"),
      ("MET_WITH", ZEINAB, SOHRAB, "receives the general's daughter", "2025-01-01"),
      ("MET_WITH", QAANI, PEZ, "in the presence of Ghaani", "2025-01-01"),
      ("MET_WITH", QAANI, ZEINAB, "in the presence of Ghaani", "2025-01-01"),
      ("MET_WITH", QAANI, SOHRAB, "in the presence of Ghaani", "2025-01-01"),
      ],
     {"source": "blind set (English-language news site, anniversary timeline)", "published": "2025-01-03"}),

    ("enJZ2_iran_commanders_timeline_2019_2025", "en",
     "From Jafari to Pakpour: a timeline of Iran's top commanders, 2019-2025\n"
     "April 21, 2019 - Hossein Salami succeeds Mohammad Ali Jafari as commander-in-chief of the Islamic "
     "Revolutionary Guard Corps (IRGC).\n"
     "Jan. 3, 2020 - Esmail Qaani takes over the Quds Force after a US drone strike kills Qasem Soleimani in "
     "Baghdad.\n"
     "April 2021 - Quds Force deputy commander Mohammad Hejazi dies; officials cite heart disease. Mohammad "
     "Reza Fallahzadeh is named deputy commander in his place.\n"
     "June 13, 2025 - Israeli strikes on Tehran kill Salami, Armed Forces Chief of Staff Mohammad Bagheri, "
     "IRGC Aerospace Force commander Amir Ali Hajizadeh and Khatam al-Anbiya Central Headquarters commander "
     "Gholam Ali Rashid.\n"
     "June 13, 2025 - Mohammad Pakpour replaces Salami; Abdolrahim Mousavi, until then commander of the Army, "
     "succeeds Bagheri; Majid Mousavi takes over the Aerospace Force from Hajizadeh. The decrees are "
     "announced by the Supreme Leader's military office, headed by Brigadier General Mohammad Shirazi.\n"
     "June 2025 - Amir Hatami is named commander of the Army in place of Abdolrahim Mousavi. Ali Shadmani, "
     "appointed to Khatam al-Anbiya in place of Rashid, dies of his wounds four days later.",
     [("SUCCESSOR_OF", SALAMI, JAFARI, "Hossein Salami succeeds Mohammad Ali Jafari", "2019-04-21"),
      ("LEADS", SALAMI, IRGC, "as commander-in-chief of the Islamic"),
      ("SUCCESSOR_OF", QAANI, SOL, "Esmail Qaani takes over the Quds Force", "2020-01-03"),
      ("LEADS", QAANI, QF, "Esmail Qaani takes over the Quds Force"),
      ("ASSASSINATED_BY", SOL, USA, "after a US drone strike kills Qasem Soleimani", "2020-01-03"),
      ("MEMBER_OF", HEJAZI, QF, "Quds Force deputy commander Mohammad Hejazi"),
      ("SUCCESSOR_OF", FALLAHZADEH, HEJAZI, "is named deputy commander in his place", "2021-04"),
      ("ASSASSINATED_BY", SALAMI, ISR, "Israeli strikes on Tehran kill Salami", "2025-06-13"),
      ("ASSASSINATED_BY", BAGHERI, ISR, "Israeli strikes on Tehran kill Salami", "2025-06-13"),
      ("ASSASSINATED_BY", HAJIZADEH, ISR, "Israeli strikes on Tehran kill Salami", "2025-06-13"),
      ("ASSASSINATED_BY", RASHID, ISR, "Israeli strikes on Tehran kill Salami", "2025-06-13"),
      ("ATTACKED", ISR, TEHRAN, "Israeli strikes on Tehran kill Salami", "2025-06-13"),
      ("LEADS", BAGHERI, AFGS, "Armed Forces Chief of Staff Mohammad Bagheri"),
      ("LEADS", HAJIZADEH, IRGCAF, "IRGC Aerospace Force commander Amir Ali Hajizadeh"),
      ("LEADS", RASHID, KHATAM, "Khatam al-Anbiya Central Headquarters commander"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "Mohammad Pakpour replaces Salami", "2025-06-13"),
      ("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "succeeds Bagheri", "2025-06-13"),
      ("SUCCESSOR_OF", MMOUSAVI, HAJIZADEH, "Majid Mousavi takes over the Aerospace Force", "2025-06-13"),
      ("LEADS", SHIRAZI, MILOFFICE, "headed by Brigadier General Mohammad Shirazi"),
      ("SUCCESSOR_OF", HATAMI, AMOUSAVI, "Amir Hatami is named commander of the Army", "2025-06"),
      ("LEADS", HATAMI, IRARMY, "Amir Hatami is named commander of the Army"),
      ("SUCCESSOR_OF", SHADMANI, RASHID, "appointed to Khatam al-Anbiya in place of Rashid", "2025-06-13"),
      ],
     {"source": "blind set (English-language news site, timeline)", "published": "2025-07-01"}),

    ("enJZ3_zahedi_obituary_one_year", "en",
     "Mohammad Reza Zahedi (1960-2024): the general killed in the Damascus consulate strike\n"
     "Born in Isfahan in 1960, Mohammad Reza Zahedi joined the Islamic Revolutionary Guard Corps during the "
     "Iran-Iraq war and held some of its most senior posts, including command of the IRGC Ground Forces.\n"
     "For more than a decade he oversaw the Quds Force's operations in Syria and Lebanon, and he met "
     "Hezbollah's secretary-general, Sayyed Hassan Nasrallah, regularly in Beirut.\n"
     "On April 1, 2024, Israeli warplanes struck the consular building beside Iran's embassy in Damascus, "
     "killing Zahedi, his deputy Mohammad Hadi Haji Rahimi and Hossein Amanollahi, the Quds Force's chief of "
     "staff in Syria, along with four other officers. Ambassador Hossein Akbari, whose residence was in the "
     "compound, survived.\n"
     "Iran answered on April 13 with more than 300 drones and missiles fired at Israel, in an operation it "
     "called True Promise.\n"
     "Zahedi was buried in Isfahan. On the first anniversary, Quds Force commander Esmaeil Qaani was received "
     "by the city's Friday prayer leader, Ayatollah Yousef Tabatabai-Nejad, before visiting the general's "
     "grave. Tehran has never publicly named Zahedi's successor in Syria and Lebanon.",
     [("MEMBER_OF", ZAHEDI, IRGC, "Mohammad Reza Zahedi joined the Islamic Revolutionary Guard Corps"),
      ("MET_WITH", ZAHEDI, NASRALLAH, "regularly in Beirut"),
      ("ASSASSINATED_BY", ZAHEDI, ISR, "Israeli warplanes struck the consular building", "2024-04-01"),
      ("ASSASSINATED_BY", HAJIRAHIMI, ISR, "his deputy Mohammad Hadi Haji Rahimi", "2024-04-01"),
      ("ASSASSINATED_BY", AMANOLLAHI, ISR, "Hossein Amanollahi, the Quds Force's chief of", "2024-04-01"),
      ("ATTACKED", ISR, CONSULATE, "Israeli warplanes struck the consular building", "2024-04-01"),
      ("MEMBER_OF", AMANOLLAHI, QF, "Hossein Amanollahi, the Quds Force's chief of"),
      ("ATTACKED", IRAN, ISR, "more than 300 drones and missiles fired at Israel", "2024-04-13"),
      ("LEADS", QAANI, QF, "Quds Force commander Esmaeil Qaani"),
      ("MET_WITH", QAANI, TABATABAI, "Quds Force commander Esmaeil Qaani was received", "2025-04"),
      ("VISITED", QAANI, ISFAHAN, "Quds Force commander Esmaeil Qaani was received", "2025-04"),
      ],
     {"source": "blind set (English-language news site, obituary)", "published": "2025-04-01"}),

    ("arJZ4_muhandis_profile_fifth_anniversary", "ar",
     "في الذكرى الخامسة لحادثة المطار.. أبو مهدي المهندس: سيرة ومحطات\n"
     "• وُلد جمال جعفر محمد علي آل إبراهيم، المعروف بأبي مهدي المهندس، في البصرة عام 1954، ودرس الهندسة في "
     "الجامعة التكنولوجية ببغداد.\n"
     "• أسس كتائب حزب الله، وتولى منذ 2014 منصب نائب رئيس هيئة الحشد الشعبي فالح الفياض.\n"
     "• فجر الثالث من كانون الثاني 2020، استقبل المهندس في مطار بغداد الدولي قائد فيلق القدس الفريق قاسم "
     "سليماني القادم من دمشق، وبعد دقائق قُتلا معاً بغارة أمريكية بطائرة مسيّرة أمر بها الرئيس الأمريكي "
     "دونالد ترامب.\n"
     "• في شباط 2020، سُمّي عبد العزيز المحمداوي «أبو فدك» رئيساً لأركان الحشد خلفاً للمهندس.\n"
     "• في كانون الثاني 2021، أصدرت محكمة تحقيق الرصافة مذكرة قبض بحق ترامب، فيما لم تُعلن حتى اليوم نتائج "
     "اللجنة الحكومية التي شُكّلت للتحقيق في الحادثة.\n"
     "• وفي الذكرى الخامسة، استقبل رئيس الهيئة فالح الفياض في مقرها ببغداد السفير الإيراني محمد كاظم آل صادق "
     "ورئيس مؤسسة الشهداء عبد الإله النائلي، وبحث معهما إقامة متحف يوثق «جريمة المطار».",
     [("MEMBER_OF", MUH, KH, "أسس كتائب حزب الله"),
      ("MEMBER_OF", MUH, PMF, "منصب نائب رئيس هيئة الحشد الشعبي"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي فالح الفياض"),
      ("MET_WITH", MUH, SOL, "استقبل المهندس في مطار بغداد الدولي", "2020-01-03"),
      ("VISITED", SOL, BIAP, "استقبل المهندس في مطار بغداد الدولي", "2020-01-03"),
      ("LEADS", SOL, QF, "قائد فيلق القدس الفريق قاسم"),
      ("ASSASSINATED_BY", MUH, USA, "قُتلا معاً بغارة أمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, USA, "قُتلا معاً بغارة أمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "أمر بها الرئيس الأمريكي", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "أمر بها الرئيس الأمريكي", "2020-01-03"),
      ("SUCCESSOR_OF", FADAK, MUH, "رئيساً لأركان الحشد خلفاً للمهندس", "2020-02"),
      ("MET_WITH", FAYYADH, SADEGH, "استقبل رئيس الهيئة فالح الفياض", "2025-01"),
      ("MET_WITH", FAYYADH, NAELI, "استقبل رئيس الهيئة فالح الفياض", "2025-01"),
      ("MET_WITH", SADEGH, NAELI, "استقبل رئيس الهيئة فالح الفياض", "2025-01"),
      ("LEADS", NAELI, MARTYRS, "ورئيس مؤسسة الشهداء عبد الإله النائلي"),
      ],
     {"source": "blind set (Arabic news site, anniversary profile)", "published": "2025-01-03"}),

    ("arJZ5_abu_taqwa_abu_baqir_one_year", "ar",
     "عام على اغتيال «أبو تقوى» و«أبو باقر»: سيرتان ومحطات\n"
     "• مشتاق طالب السعيدي «أبو تقوى»: معاون قائد عمليات حزام بغداد في الحشد الشعبي والقيادي في حركة "
     "النجباء. قُتل في 4 كانون الثاني 2024 بضربة أمريكية بطائرة مسيّرة استهدفت مقر الإسناد اللوجستي للحشد في "
     "شارع فلسطين ببغداد، وقُتل معه أحد مرافقيه.\n"
     "• وسام محمد صابر الساعدي «أبو باقر»: قيادي في كتائب حزب الله ومسؤول ملف عملياتها في سوريا. قُتل في 7 "
     "شباط 2024 بضربة أمريكية استهدفت سيارته في حي المشتل شرقي بغداد، وقُتل معه القيادي في الكتائب أركان "
     "العلياوي.\n"
     "• جاءت الضربة الثانية بعد أيام من هجوم بطائرة مسيّرة على قاعدة «البرج 22» في الأردن قتل ثلاثة جنود "
     "أمريكيين، حمّلت واشنطن مسؤوليته لفصائل «المقاومة الإسلامية في العراق».\n"
     "• 15 نيسان 2024: رئيس الوزراء محمد شياع السوداني يلتقي الرئيس الأمريكي جو بايدن في البيت الأبيض، "
     "بحضور وزيرة المالية طيف سامي ووزير النفط حيان عبد الغني.\n"
     "• أيلول 2024: بغداد وواشنطن تعلنان جدولاً لإنهاء مهمة التحالف الدولي، فيما قال المندوب الدائم للعراق "
     "لدى الأمم المتحدة عباس كاظم عبيد إن الحكومة «لن تسمح بتكرار الاعتداءات على السيادة».",
     [("MEMBER_OF", ABUTAQWA, PMF, "معاون قائد عمليات حزام بغداد في الحشد الشعبي"),
      ("MEMBER_OF", ABUTAQWA, NUJ, "والقيادي في حركة"),
      ("ASSASSINATED_BY", ABUTAQWA, USA, "قُتل في 4 كانون الثاني 2024 بضربة أمريكية", "2024-01-04"),
      ("ATTACKED", USA, PALST, "شارع فلسطين ببغداد", "2024-01-04"),
      ("MEMBER_OF", SAADI, KH, "قيادي في كتائب حزب الله ومسؤول"),
      ("ASSASSINATED_BY", SAADI, USA, "شباط 2024 بضربة أمريكية استهدفت سيارته", "2024-02-07"),
      ("ASSASSINATED_BY", ULAYAWI, USA, "وقُتل معه القيادي في الكتائب", "2024-02-07"),
      ("MEMBER_OF", ULAYAWI, KH, "وقُتل معه القيادي في الكتائب"),
      ("ATTACKED", USA, MASHTAL, "في حي المشتل شرقي بغداد", "2024-02-07"),
      ("MET_WITH", SUDANI, BIDEN, "يلتقي الرئيس الأمريكي جو بايدن", "2024-04-15"),
      ("MET_WITH", TAIF, SUDANI, "بحضور وزيرة المالية طيف سامي", "2024-04-15"),
      ("MET_WITH", TAIF, BIDEN, "بحضور وزيرة المالية طيف سامي", "2024-04-15"),
      ("MET_WITH", HAYAN, SUDANI, "ووزير النفط حيان عبد الغني", "2024-04-15"),
      ("MET_WITH", HAYAN, BIDEN, "ووزير النفط حيان عبد الغني", "2024-04-15"),
      ("MET_WITH", TAIF, HAYAN, "ووزير النفط حيان عبد الغني", "2024-04-15"),
      ("LEADS", BIDEN, USA, "الرئيس الأمريكي جو بايدن"),
      ("MEMBER_OF", OBAID, IRQFM, "المندوب الدائم للعراق"),
      ],
     {"source": "blind set (Arabic news site, anniversary profiles)", "published": "2025-02-07"}),

    ("arJZ6_raisi_crash_one_year", "ar",
     "عام على فاجعة ورزقان: محطات من رحيل رئيسي إلى حكومة بزشكيان\n"
     "• 19 أيار 2024: الرئيس السيد إبراهيم رئيسي يلتقي نظيره الأذربيجاني إلهام علييف على الحدود، ويفتتحان سد "
     "«قيز قلعه سي»، بحضور وزير الخارجية حسين أمير عبداللهيان.\n"
     "• في طريق العودة، تسقط المروحية في منطقة ورزقان الجبلية بمحافظة أذربيجان الشرقية، ويلقى رئيسي وأمير "
     "عبداللهيان حتفهما مع محافظ أذربيجان الشرقية مالك رحمتي وإمام جمعة تبريز محمد علي آل هاشم وقائد الطائرة "
     "العقيد سيد طاهر مصطفوي.\n"
     "• 20 أيار: المرشد علي خامنئي يكلّف النائب الأول محمد مخبر بمهام رئيس الجمهورية خلفاً لرئيسي، ويُكلَّف "
     "علي باقري كني بإدارة وزارة الخارجية خلفاً لأمير عبداللهيان.\n"
     "• 30 تموز 2024: مسعود بزشكيان يؤدي اليمين الدستورية رئيساً للجمهورية بعد فوزه في الانتخابات المبكرة، "
     "ثم يستقبل رئيس المكتب السياسي لحركة حماس إسماعيل هنية، الذي يُغتال بعد ساعات في مقر إقامته شمال طهران.\n"
     "• 21 آب 2024: مجلس الشورى يمنح الثقة لعباس عراقجي وزيراً للخارجية خلفاً لعلي باقري كني.\n"
     "• نيسان 2025: هيئة الأركان العامة تؤكد أن سوء الأحوال الجوية سبب سقوط المروحية.",
     [("MET_WITH", RAISI, ALIYEV, "يلتقي نظيره الأذربيجاني", "2024-05-19"),
      ("MET_WITH", AMIRABD, RAISI, "بحضور وزير الخارجية حسين", "2024-05-19"),
      ("MET_WITH", AMIRABD, ALIYEV, "بحضور وزير الخارجية حسين", "2024-05-19"),
      ("LEADS", RAISI, IRAN, "الرئيس السيد إبراهيم رئيسي"),
      ("SUCCESSOR_OF", MOKHBER, RAISI, "بمهام رئيس الجمهورية خلفاً لرئيسي", "2024-05-20"),
      ("SUCCESSOR_OF", BAGHERIKANI, AMIRABD, "خلفاً لأمير عبداللهيان", "2024-05-20"),
      ("LEADS", PEZ, IRAN, "يؤدي اليمين الدستورية رئيساً للجمهورية"),
      ("MET_WITH", PEZ, HANIYEH, "ثم يستقبل رئيس المكتب السياسي لحركة حماس", "2024-07-30"),
      ("LEADS", HANIYEH, HAMASPB, "رئيس المكتب السياسي لحركة حماس"),
      ("SUCCESSOR_OF", ARAGHCHI, BAGHERIKANI, "وزيراً للخارجية خلفاً لعلي باقري كني", "2024-08-21"),
      ("LEADS", ARAGHCHI, IRFM, "وزيراً للخارجية خلفاً لعلي باقري كني"),
      ],
     {"source": "blind set (Arabic news site, anniversary timeline)", "published": "2025-05-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJZ")
