"""Blind set EM: the Quds Force, Iraq and Iran, 2020-2025, in the style of state news agencies and
official readouts: Khamenei names Fallahzadeh to replace the late Hejazi as Quds Force deputy,
Qa'ani receives Abu Fadak's condolence delegation (IRNA-style, Apr 2021); President Rashid receives
ambassador Al-e Sadegh, his water minister the day before, and the credentials once presented to
Salih (INA-style Arabic, Feb 2023); Ghaani in Baghdad for the fifth anniversary, meeting al-Sudani,
al-Fayyadh and Abu Alaa al-Walai, with Nilforoushan and Nasrallah killed by Israel (PressTV-style,
Jan 2025); Qaani's first Baghdad visit amid the al-Zurfi nomination, a candidate who is not a
successor and an accusation denied (Tasnim-style Arabic, Mar 2020); Fuad Hussein and
Amir-Abdollahian on the sidelines of the Baghdad II conference at the Dead Sea, greetings but no
meeting with Faisal bin Farhan (INA English-style, Dec 2022); al-Sudani's condolence visit to the
Iranian embassy after the Kerman bombings claimed by Daesh, and the U.S. strike that killed Abu
Taqwa (INA-style Arabic, Jan 2024).
Spellings: Qa'ani / Ghaani / قاآني, Soleimani, al-Muhandis, Al-e Sadegh / آل صادق.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_em/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_em import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, US, ISR = "country:iran", "country:iraq", "country:united-states", "country:israel"
QF, IRGC, PMF = "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces"
IFM, IQFM = "organization:iranian-foreign-ministry", "organization:iraqi-foreign-ministry"
IQGOV = "organization:iraqi-government"
Q, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
FAY, AFK, TRUMP = "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi", "person:donald-trump"
KHA, SALAMI = "person:ali-khamenei", "person:hossein-salami"
FAL, HEJ, GRASH = "person:mohammad-reza-fallahzadeh", "person:mohammad-hejazi", "person:gholamali-rashid"
RASH, SALIH, RAI = "person:abdul-latif-rashid", "person:barham-salih", "person:ebrahim-raisi"
ALS, MAS, AOUN = "person:mohammad-kazem-al-e-sadegh", "person:iraj-masjedi", "person:aoun-diab-abdullah"
SUD, WAL = "person:mohammed-shia-al-sudani", "person:abu-alaa-al-walai"
NILF, NAS = "person:abbas-nilforoushan", "person:hassan-nasrallah"
AMI, AMMAR, ZURFI, AAM = ("person:hadi-al-amiri", "person:ammar-al-hakim", "person:adnan-al-zurfi",
                          "person:adil-abdul-mahdi")
FUH, AMA, SAF, FBF = ("person:fuad-hussein", "person:hossein-amir-abdollahian", "person:ayman-safadi",
                      "person:faisal-bin-farhan")
MICH, TAMIM, KAD = "person:charles-michel", "person:mohammed-tamim", "person:mustafa-al-kadhimi"
SAIDI, JALALI = "person:mushtaq-taleb-al-saidi", "person:rahman-jalali"

ARTICLES = [
    ("enEM1_fallahzadeh_replaces_hejazi", "en",
     "TEHRAN, April 20 (IRNA) -- Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei has "
     "appointed Brigadier General Mohammad Reza Fallahzadeh as the deputy commander of the IRGC's "
     "Quds Force, replacing the late Brigadier General Mohammad Hejazi.\n"
     "In his decree, the Leader praised Hejazi's 'decades of jihad' and called on Fallahzadeh to "
     "cooperate closely with the Commander of the Quds Force, Brigadier General Esmail Qa'ani.\n"
     "Hejazi passed away on Sunday of a heart condition resulting from chemical weapons exposure "
     "during the Iran-Iraq war, the IRGC said. Some Israeli media speculated about his death, but "
     "the Guards said there were no suspicious circumstances. The Commander of the Khatam al-Anbiya "
     "Central Headquarters, Major General Gholamali Rashid, attended his funeral in Isfahan.\n"
     "Earlier on Tuesday, General Qa'ani received a delegation of Iraq's Popular Mobilization Forces "
     "headed by its Chief of Staff, Abu Fadak al-Mohammadawi, who offered condolences on Hejazi's "
     "passing. Abu Fadak also met the IRGC Commander-in-Chief, Major General Hossein Salami, at the "
     "IRGC headquarters.\n"
     "Fallahzadeh, a veteran of the war against Daesh in Syria, previously served as the deputy "
     "coordinator of the Quds Force. Qa'ani himself took command of the force in January 2020 after "
     "his predecessor, Lieutenant General Qasem Soleimani, was martyred in a US drone strike in "
     "Baghdad.",
     [("LEADS", KHA, IRAN, "Leader of the Islamic Revolution Ayatollah"),
      ("MEMBER_OF", FAL, QF, "as the deputy commander of the IRGC's"),
      ("PART_OF", QF, IRGC, "as the deputy commander of the IRGC's"),
      ("SUCCESSOR_OF", FAL, HEJ, "replacing the late Brigadier General", "2021-04-20"),
      ("MEMBER_OF", HEJ, QF, "replacing the late Brigadier General"),
      ("LEADS", Q, QF, "the Commander of the Quds Force, Brigadier General Esmail"),
      ("LEADS", GRASH, "organization:khatam-al-anbiya-central-headquarters",
       "The Commander of the Khatam al-Anbiya"),
      ("VISITED", GRASH, "location:isfahan", "attended his funeral in Isfahan", "2021-04"),
      ("MET_WITH", Q, AFK, "received a delegation of Iraq's Popular", "2021-04-20"),
      ("MEMBER_OF", AFK, PMF, "headed by its Chief of Staff"),
      ("MET_WITH", AFK, SALAMI, "Abu Fadak also met the IRGC", "2021-04-20"),
      ("LEADS", SALAMI, IRGC, "the IRGC Commander-in-Chief, Major General"),
      ("SUCCESSOR_OF", Q, SOL, "himself took command of the force", "2020-01-03"),
      ("LEADS", SOL, QF, "his predecessor, Lieutenant General"),
      ("ASSASSINATED_BY", SOL, US, "was martyred in a US drone strike", "2020-01-03"),
      ],
     {"source": "blind set (IRNA-style)", "published": "2021-04-20"}),

    ("arEM2_rashid_receives_al_e_sadegh", "ar",
     "بغداد – واع\n"
     "استقبل رئيس الجمهورية عبد اللطيف جمال رشيد، في قصر بغداد اليوم الأربعاء، سفير الجمهورية الإسلامية "
     "الإيرانية لدى العراق محمد كاظم آل صادق، وجرى خلال اللقاء بحث العلاقات الثنائية وسبل تطويرها في "
     "المجالات الاقتصادية والتجارية.\n"
     "وذكر بيان لرئاسة الجمهورية أن رشيد أكد \"أهمية معالجة ملف المياه وضمان حصص عادلة من نهري سيروان "
     "والزاب الصغير\"، فيما نقل السفير دعوة رسمية من الرئيس الإيراني إبراهيم رئيسي لزيارة طهران، وعد "
     "رئيس الجمهورية بتلبيتها في موعد يحدد لاحقاً.\n"
     "وكان رشيد قد استقبل أمس وزير الموارد المائية عون ذياب عبد الله، واطلع منه على واقع الخزين المائي "
     "وانخفاض الإطلاقات الواردة من دول الجوار.\n"
     "ويأتي اللقاء بعد أشهر من انتخاب مجلس النواب لرشيد رئيساً للجمهورية في تشرين الأول الماضي خلفاً "
     "لبرهم صالح، في جلسة أنهت انسداداً سياسياً دام عاماً كاملاً.\n"
     "وكان آل صادق، الذي خلف إيرج مسجدي في منصبه، قد قدم أوراق اعتماده إلى الرئيس السابق صالح في ربيع "
     "العام الماضي.",
     [("LEADS", RASH, IRAQ, "رئيس الجمهورية عبد اللطيف"),
      ("MET_WITH", RASH, ALS, "استقبل رئيس الجمهورية", "2023-02-15"),
      ("LEADS", RAI, IRAN, "الرئيس الإيراني إبراهيم"),
      ("MET_WITH", RASH, AOUN, "وكان رشيد قد استقبل أمس", "2023-02-14"),
      ("LEADS", AOUN, "organization:iraqi-water-resources-ministry", "وزير الموارد المائية عون"),
      ("SUCCESSOR_OF", RASH, SALIH, "خلفاً لبرهم صالح", "2022-10-13"),
      ("SUCCESSOR_OF", ALS, MAS, "الذي خلف إيرج مسجدي"),
      ("MET_WITH", ALS, SALIH, "قدم أوراق اعتماده إلى الرئيس السابق", "2022"),
      ("LEADS", SALIH, IRAQ, "إلى الرئيس السابق صالح"),
      ],
     {"source": "blind set (INA-style Arabic)", "published": "2023-02-15"}),

    ("enEM3_ghaani_fifth_anniversary_baghdad", "en",
     "BAGHDAD (PressTV) - Commander of the Quds Force Brigadier General Esmaeil Ghaani has paid a "
     "visit to Baghdad, where he met Iraqi Prime Minister Mohammed Shia al-Sudani and attended a "
     "ceremony commemorating the fifth anniversary of the assassination of General Qassem Soleimani "
     "and Abu Mahdi al-Muhandis.\n"
     "The meeting, held at the prime minister's office, focused on developments in Syria following "
     "the fall of the government of Bashar al-Assad and on the security of the Iraqi-Syrian border, "
     "Iraqi sources said.\n"
     "Ghaani also met PMF Chairman Falih al-Fayyadh and the leader of Kataib Sayyid al-Shuhada, Abu "
     "Alaa al-Walai, at a PMF facility near the airport.\n"
     "Rumours had circulated in October that Ghaani had been killed or detained following Israeli "
     "strikes in Beirut. He reappeared days later at the funeral of IRGC Deputy Commander for "
     "Operations Brigadier General Abbas Nilforoushan, who was killed alongside Hezbollah "
     "Secretary-General Sayyed Hassan Nasrallah in an Israeli airstrike on Beirut's southern suburb "
     "in late September.\n"
     "Soleimani and al-Muhandis were killed on January 3, 2020, in a US drone strike ordered by then "
     "President Donald Trump near Baghdad airport. The Iraqi parliament later voted to expel US "
     "troops, and Washington announced in September that the coalition mission would end by 2026.",
     [("LEADS", Q, QF, "Commander of the Quds Force Brigadier General Esmaeil"),
      ("VISITED", Q, "location:baghdad", "has paid a visit to Baghdad", "2025-01"),
      ("MET_WITH", Q, SUD, "where he met Iraqi Prime Minister", "2025-01"),
      ("LEADS", SUD, IQGOV, "Iraqi Prime Minister Mohammed Shia"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "the government of Bashar al-Assad"),
      ("MET_WITH", Q, FAY, "Ghaani also met PMF Chairman", "2025-01"),
      ("LEADS", FAY, PMF, "PMF Chairman Falih"),
      ("MET_WITH", Q, WAL, "the leader of Kataib Sayyid", "2025-01"),
      ("LEADS", WAL, "organization:kataib-sayyid-al-shuhada", "the leader of Kataib Sayyid"),
      ("MEMBER_OF", NILF, IRGC, "IRGC Deputy Commander for"),
      ("ASSASSINATED_BY", NILF, ISR, "in an Israeli airstrike on Beirut", "2024-09-27"),
      ("ASSASSINATED_BY", NAS, ISR, "in an Israeli airstrike on Beirut", "2024-09-27"),
      ("LEADS", NAS, "organization:hezbollah", "Hezbollah Secretary-General Sayyed"),
      ("ASSASSINATED_BY", SOL, US, "in a US drone strike ordered by", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "in a US drone strike ordered by", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered by then President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "ordered by then President Donald Trump", "2020-01-03"),
      ("LEADS", TRUMP, US, "then President Donald Trump"),
      ],
     {"source": "blind set (PressTV-style)", "published": "2025-01-04"}),

    ("arEM4_qaani_first_baghdad_visit_zurfi", "ar",
     "بغداد – تسنيم\n"
     "أفادت مصادر عراقية مطلعة لوكالة تسنيم بأن قائد قوة القدس في الحرس الثوري العميد إسماعيل قاآني وصل "
     "إلى بغداد مساء الاثنين، في أول زيارة له إلى العراق منذ تعيينه خلفاً للشهيد الفريق قاسم سليماني.\n"
     "وبحسب المصادر، عقد قاآني اجتماعاً مع قادة القوى السياسية الشيعية، بينهم رئيس تحالف الفتح هادي "
     "العامري ورئيس تيار الحكمة عمار الحكيم، لبحث أزمة تكليف عدنان الزرفي بتشكيل الحكومة خلفاً لرئيس "
     "الوزراء المستقيل عادل عبد المهدي.\n"
     "ولم يلتق قاآني الزرفي، الذي كلفه رئيس الجمهورية برهم صالح في السابع عشر من آذار، فيما نفى مكتب "
     "رئيس الجمهورية علمه بالزيارة.\n"
     "وفي سياق متصل، اتهمت كتائب حزب الله في بيان الزرفي بأنه \"مرشح المخابرات الأمريكية\"، وهو ما نفاه "
     "المكتب الإعلامي للزرفي جملة وتفصيلاً.\n"
     "وكان سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس قد اغتيلا بغارة نفذتها طائرة أمريكية "
     "مسيّرة قرب مطار بغداد الدولي في الثالث من كانون الثاني الماضي، بأمر من الرئيس الأمريكي دونالد "
     "ترامب.",
     [("LEADS", Q, QF, "قائد قوة القدس في الحرس الثوري"),
      ("PART_OF", QF, IRGC, "قائد قوة القدس في الحرس الثوري"),
      ("VISITED", Q, "location:baghdad", "إلى بغداد مساء الاثنين", "2020-03-30"),
      ("SUCCESSOR_OF", Q, SOL, "منذ تعيينه خلفاً للشهيد", "2020-01-03"),
      ("MET_WITH", Q, AMI, "عقد قاآني اجتماعاً مع قادة", "2020-03-30"),
      ("MET_WITH", Q, AMMAR, "ورئيس تيار الحكمة عمار", "2020-03-30"),
      ("LEADS", AMI, "organization:fatah-alliance", "رئيس تحالف الفتح هادي"),
      ("LEADS", AMMAR, "organization:hikma-movement", "ورئيس تيار الحكمة عمار"),
      ("LEADS", AAM, IQGOV, "الوزراء المستقيل عادل"),
      ("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم صالح"),
      ("MEMBER_OF", MUH, PMF, "ونائب رئيس هيئة الحشد الشعبي أبو"),
      ("ASSASSINATED_BY", SOL, US, "بغارة نفذتها طائرة أمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "بغارة نفذتها طائرة أمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "بأمر من الرئيس الأمريكي دونالد", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "بأمر من الرئيس الأمريكي دونالد", "2020-01-03"),
      ("LEADS", TRUMP, US, "الرئيس الأمريكي دونالد"),
      ],
     {"source": "blind set (Tasnim-style Arabic)", "published": "2020-03-31"}),

    ("enEM5_baghdad_conference_dead_sea", "en",
     "DEAD SEA, Jordan (INA) - Foreign Minister Fuad Hussein met on Tuesday with his Iranian "
     "counterpart, Hossein Amir-Abdollahian, on the sidelines of the second Baghdad Conference for "
     "Cooperation and Partnership, held at the Dead Sea in Jordan.\n"
     "A statement from the Ministry of Foreign Affairs said the two ministers reviewed preparations "
     "for the resumption of the Iraqi-brokered talks between Tehran and Riyadh, and the security "
     "situation on the Iraq-Iran border.\n"
     "Amir-Abdollahian was also received by Prime Minister Mohammed Shia al-Sudani, who headed "
     "Iraq's delegation to the conference, co-hosted by Jordan's King Abdullah II and French "
     "President Emmanuel Macron. European Council President Charles Michel met al-Sudani on the "
     "margins of the opening session.\n"
     "The Iranian minister held talks with Jordanian Foreign Minister Ayman Safadi, and exchanged "
     "greetings with Saudi Foreign Minister Prince Faisal bin Farhan, but the two did not hold a "
     "formal meeting, an Iranian diplomat told INA.\n"
     "Hussein had hosted five rounds of Saudi-Iranian talks in Baghdad since April 2021 under the "
     "previous government of Mustafa al-Kadhimi. The Iraqi delegation also included the Minister of "
     "Planning, Mohammed Tamim.",
     [("LEADS", FUH, IQFM, "Foreign Minister Fuad Hussein met"),
      ("MET_WITH", FUH, AMA, "Foreign Minister Fuad Hussein met", "2022-12-20"),
      ("LEADS", AMA, IFM, "Iranian counterpart, Hossein"),
      ("VISITED", FUH, "location:dead-sea", "held at the Dead Sea in Jordan", "2022-12-20"),
      ("VISITED", AMA, "location:dead-sea", "held at the Dead Sea in Jordan", "2022-12-20"),
      ("LOCATED_IN", "location:dead-sea", "country:jordan", "held at the Dead Sea in Jordan"),
      ("MET_WITH", AMA, SUD, "Amir-Abdollahian was also received by", "2022-12-20"),
      ("LEADS", SUD, IQGOV, "Prime Minister Mohammed Shia al-Sudani"),
      ("VISITED", SUD, "location:dead-sea", "who headed Iraq's delegation", "2022-12-20"),
      ("LEADS", "person:abdullah-ii", "country:jordan", "Jordan's King Abdullah II"),
      ("LEADS", "person:emmanuel-macron", "country:france", "President Emmanuel Macron"),
      ("LEADS", MICH, "organization:european-council", "European Council President Charles"),
      ("MET_WITH", MICH, SUD, "Charles Michel met al-Sudani", "2022-12-20"),
      ("MET_WITH", AMA, SAF, "held talks with Jordanian Foreign Minister", "2022-12-20"),
      ("LEADS", SAF, "organization:jordanian-foreign-ministry", "Jordanian Foreign Minister Ayman"),
      ("LEADS", FBF, "organization:saudi-foreign-ministry", "Saudi Foreign Minister Prince"),
      ("LEADS", KAD, IQGOV, "previous government of Mustafa"),
      ("LEADS", TAMIM, "organization:iraqi-planning-ministry", "Planning, Mohammed Tamim"),
      ],
     {"source": "blind set (INA English-style)", "published": "2022-12-20"}),

    ("arEM6_sudani_condolences_kerman", "ar",
     "بغداد – واع\n"
     "زار رئيس مجلس الوزراء محمد شياع السوداني، اليوم الخميس، سفارة الجمهورية الإسلامية الإيرانية في "
     "بغداد، حيث قدّم التعازي للسفير محمد كاظم آل صادق بضحايا التفجيرين الإرهابيين اللذين استهدفا حشود "
     "المشاركين في إحياء الذكرى الرابعة لاستشهاد الفريق قاسم سليماني قرب مرقده في مدينة كرمان.\n"
     "وأكد السوداني خلال لقائه السفير وقوف العراق حكومةً وشعباً إلى جانب الجمهورية الإسلامية في هذا "
     "المصاب. وكان تنظيم داعش الإرهابي قد تبنى الهجوم المزدوج الذي أسفر عن سقوط نحو تسعين قتيلاً، بعدما "
     "سارع مسؤولون إيرانيون إلى تحميل إسرائيل والولايات المتحدة المسؤولية، وهو ما نفته واشنطن. وقال "
     "مساعد محافظ كرمان للشؤون الأمنية رحمان جلالي للتلفزيون الرسمي الإيراني إن الانفجارين وقعا بفارق "
     "عشرين دقيقة.\n"
     "وأجرى وزير الخارجية فؤاد حسين اتصالاً هاتفياً بنظيره الإيراني حسين أمير عبد اللهيان معزياً، فيما "
     "أوفد رئيس هيئة الحشد الشعبي فالح الفياض وفداً رفيعاً إلى طهران برئاسة رئيس أركان الهيئة أبو فدك "
     "المحمداوي.\n"
     "وفي اليوم ذاته، قُتل القيادي في حركة النجباء مشتاق طالب السعيدي (أبو تقوى) بضربة جوية استهدفت مقراً "
     "للحشد في شارع فلسطين شرقي بغداد، وأعلنت وزارة الدفاع الأميركية مسؤوليتها عنها.",
     [("LEADS", SUD, IQGOV, "رئيس مجلس الوزراء محمد شياع"),
      ("VISITED", SUD, "location:iranian-embassy-baghdad", "سفارة الجمهورية الإسلامية الإيرانية في",
       "2024-01-04"),
      ("LOCATED_IN", "location:iranian-embassy-baghdad", "location:baghdad",
       "سفارة الجمهورية الإسلامية الإيرانية في"),
      ("MET_WITH", SUD, ALS, "حيث قدّم التعازي للسفير", "2024-01-04"),
      ("ATTACKED", "organization:islamic-state", "location:kerman", "قد تبنى الهجوم المزدوج", "2024-01-03"),
      ("REPORTED_BY", JALALI, "outlet:irib", "للتلفزيون الرسمي الإيراني"),
      ("LEADS", FUH, IQFM, "وزير الخارجية فؤاد حسين"),
      ("LEADS", AMA, IFM, "بنظيره الإيراني حسين"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("VISITED", AFK, "location:tehran", "وفداً رفيعاً إلى طهران", "2024-01"),
      ("MEMBER_OF", AFK, PMF, "برئاسة رئيس أركان الهيئة"),
      ("MEMBER_OF", SAIDI, "organization:harakat-al-nujaba", "القيادي في حركة النجباء"),
      ("ASSASSINATED_BY", SAIDI, US, "وأعلنت وزارة الدفاع الأميركية مسؤوليتها", "2024-01-04"),
      ("ATTACKED", US, "location:palestine-street", "وأعلنت وزارة الدفاع الأميركية مسؤوليتها", "2024-01-04"),
      ],
     {"source": "blind set (INA-style Arabic)", "published": "2024-01-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEM")
