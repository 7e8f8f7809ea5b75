"""Blind set OS: Iraq 2003-2010 (first folder of OS-OT): the Najaf bombing that killed Mohammed Baqir
al-Hakim and his brother Abdul Aziz named to succeed him (August-September 2003), George W. Bush's surprise
visit to Nouri al-Maliki a week after Abu Musab al-Zarqawi was killed and Abu Hamza al-Muhajir named to
succeed him (June 2006), Mahmoud Ahmadinejad's first visit to Baghdad (March 2008), the Erbil meeting of
the bloc leaders hosted by Masoud Barzani and the election of Osama al-Nujaifi (November 2010), David
Petraeus taking over from George Casey (February 2007), and Muqtada al-Sadr's order to the Mahdi Army after
the United Iraqi Alliance delegation's visit to Qom (March 2008), as a US wire writes it in English (AP-like:
"NAJAF, Iraq (AP) —", "the top U.S. administrator"), a Gulf TV news site in Arabic (Al Arabiya-like: "العربية.نت",
"الثلاثاء 13-6-2006"), Iran's state agency in English (IRNA-like: "BAGHDAD, March 2, IRNA --", "Dr.
Ahmadinejad", "the Iranian chief executive"), the Kurdistan Region presidency's site in Arabic ("كوردستان",
"سيادة الرئيس", "مام جلال"), a US wire in English (AP-like: "BAGHDAD (AP) —", "The new commander") and the
Sadrist office's outlet in Arabic ("سماحة السيد القائد مقتدى الصدر (أعزه الله)", "جيش الإمام المهدي").
Pieces: Abdul Aziz al-Hakim named to succeed his brother, Bremer visits him for condolences accompanied by
Jaafari (English, OS1); Bush meets Maliki with Khalilzad and Casey present, Zarqawi killed by a US air strike,
Abu Hamza al-Muhajir named to succeed him (Arabic, OS2); Talabani receives Ahmadinejad with Abdul-Mahdi,
Zebari, Mottaki and Kazemi Qomi attending, Ahmadinejad then meets Maliki (English, OS3); Barzani chairs the
Erbil meeting of Talabani, Maliki and Allawi, had received Jeffrey with Barham Salih present, Nujaifi elected
to succeed Samarrai (Arabic, OS4); Petraeus replaces Casey, Casey confirmed to succeed Schoomaker, Petraeus
calls on Maliki accompanied by Khalilzad, Crocker nominated to replace Khalilzad (English, OS5); Sadr receives
the UIA delegation of Ali al-Adeeb and Hadi al-Amiri in Qom (Arabic, OS6).
Excluded on purpose (no relation): Mohammed Baqir al-Hakim "killed by a car bomb" with Saddam loyalists only
blamed, the Sadr meeting that was called off (OS1); Bush's phone call to Talabani, the cabinet members
joining by video link from Camp David (OS2); the planned visit to Abdul Aziz al-Hakim, no meeting with
Sistani, the "secret" visitors Ahmadinejad alludes to (OS3); Obama's phone call to Barzani, Talabani asking
Maliki to form the government (OS4); the accusation against the Revolutionary Guards, the Iranians seized in
Irbil, the denied trip of Sadr (OS5); the reported meeting with Soleimani that the office denies, Mohammed
Sadiq al-Sadr "assassinated" with no agent (OS6).
Judgement calls: "accompanied by" a member of the visitor's side: paired with the host only, not with his
own principal (OS1 Jaafari, OS5 Khalilzad; the brief's delegation rule); attendees of one "in the presence
of" / "attended by" list are paired with both principals and with each other, as they sat in one meeting
(OS2 Khalilzad-Casey, OS3 the four attendees); named members of a visiting delegation are paired with the
host, not with each other (OS6 Adeeb-Amiri); "chaired a meeting that brought together A, B and C" is one
meeting of all four (OS4); "named ... to succeed" and "nominated ... to replace" are successions, as the
brief's "named to replace" (OS1, OS5), "confirmed ... to succeed" too (OS5 Casey-Schoomaker); "in a US air
strike" gives the victim -> country:united-states (OS2, as "an Israeli strike" -> Israel); Abu Hamza
al-Muhajir is given the id of Abu Ayyub al-Masri, whom the piece says the US army believes he is (OS2); a
change-of-command ceremony is not written as a meeting of the two generals (OS5: the text names none).
Filled in for the exercise: the day the successor was named, the condolence visit and Jaafari's presence,
the called-off Sadr meeting (OS1); Khalilzad's and Casey's presence, the phone call to Talabani (OS2); the
list of attendees, the seven memorandums, the Monday schedule (OS3); the Jeffrey reception and Salih's
presence, Obama's call (OS4); the courtesy call on Maliki and Khalilzad's presence, the aide's denial (OS5);
the day of the Qom meeting, the denial about Soleimani, Dabbagh's and Maliki's reactions (OS6).
Spellings: "L. Paul Bremer", "the younger al-Hakim" (OS1); "زلماي خليل زاد", "أبي مصعب الزرقاوي", "أبو حمزة
المهاجر" (OS2); "Adel Abdul-Mahdi", "Hassan Kazemi-Qomi", "Hojjatoleslam Seyyed Abdulaziz Hakim" (OS3);
"مسعود بارزاني", "مام جلال", "الدكتور برهم صالح" (OS4); "Gen. David Petraeus", "Irbil" (OS5); "علي الأديب",
"هادي العامري", "قاسم سليماني" (OS6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ot import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US = "country:iraq", "country:iran", "country:united-states"
BAGHDAD = "location:baghdad"
IGC, ISCI, DAWA, BADR, AQI, MNFI, QUDS, IRAQIYA, KRG, KRP, PARL = (
    "organization:iraqi-governing-council", "organization:islamic-supreme-council-of-iraq",
    "organization:islamic-dawa-party", "organization:badr-organization", "organization:al-qaeda-in-iraq",
    "organization:multi-national-force-iraq", "organization:quds-force", "organization:iraqiya-list",
    "organization:kurdistan-regional-government", "organization:kurdistan-region-presidency",
    "organization:iraqi-parliament")
IRFM, IQFM = "organization:iranian-foreign-ministry", "organization:iraqi-foreign-ministry"
BREMER, JAAFARI, AZIZ, BAQIR, SADR = (
    "person:paul-bremer", "person:ibrahim-al-jaafari", "person:abdul-aziz-al-hakim",
    "person:mohammed-baqir-al-hakim", "person:muqtada-al-sadr")
BUSH, MALIKI, KHALILZAD, CASEY, TALABANI, ZARQAWI, MASRI = (
    "person:george-w-bush", "person:nouri-al-maliki", "person:zalmay-khalilzad", "person:george-casey",
    "person:jalal-talabani", "person:abu-musab-al-zarqawi", "person:abu-ayyub-al-masri")
AHMADINEJAD, ABDULMAHDI, ZEBARI, MOTTAKI, QOMI = (
    "person:mahmoud-ahmadinejad", "person:adil-abdul-mahdi", "person:hoshyar-zebari",
    "person:manouchehr-mottaki", "person:hassan-kazemi-qomi")
BARZANI, ALLAWI, JEFFREY, SALIH, OBAMA, NUJAIFI, SAMARRAI = (
    "person:masoud-barzani", "person:ayad-allawi", "person:james-jeffrey", "person:barham-salih",
    "person:barack-obama", "person:osama-al-nujaifi", "person:ayad-al-samarrai")
PETRAEUS, SCHOOMAKER, CROCKER = "person:david-petraeus", "person:peter-schoomaker", "person:ryan-crocker"
ADEEB, AMIRI, SOLEIMANI = "person:ali-al-adeeb", "person:hadi-al-amiri", "person:qasem-soleimani"

AP = "blind set (US news wire, English, AP-like)"
ARABIYA = "blind set (Gulf TV news site, Arabic, Al Arabiya-like)"
IRNA = "blind set (Iranian state news agency, English service, IRNA-like)"
KRPSITE = "blind set (Kurdistan Region presidency site, Arabic)"
SADRIST = "blind set (Sadrist office outlet, Arabic)"

ARTICLES = [
    ("enOS1_hakim_brother_named_ap", "en",
     "Slain ayatollah's brother named to lead Shiite party\n"
     "NAJAF, Iraq (AP) — The Supreme Council for the Islamic Revolution in Iraq on Monday named Abdul Aziz "
     "al-Hakim, a member of the U.S.-appointed Governing Council, to succeed his brother, Ayatollah Mohammed Baqir "
     "al-Hakim, who was killed by a car bomb outside the Imam Ali shrine on Friday.\n"
     "The blast killed at least 85 people as worshippers left Friday prayers. Iraqi police said they had arrested "
     "four men, two of them Iraqis, and officials of the party blamed loyalists of Saddam Hussein. U.S. officials "
     "said it was too early to say who was responsible.\n"
     "L. Paul Bremer, the top U.S. administrator in Iraq, visited the younger al-Hakim at the family's home in "
     "Baghdad on Sunday to offer condolences, accompanied by Ibrahim al-Jaafari, who holds the council's rotating "
     "presidency this month.\n"
     "\"The terrorists will not deflect us,\" Bremer told reporters afterward.\n"
     "Muqtada al-Sadr, the young cleric whose followers have feuded with the Hakim family, issued a statement "
     "condemning the attack. A meeting between al-Sadr and council members planned for Saturday was called off, "
     "an aide said.\n"
     "Tens of thousands of mourners are expected in Najaf on Tuesday for the funeral.",
     [("SUCCESSOR_OF", AZIZ, BAQIR, "to succeed his brother, Ayatollah", "2003-09-01"),
      ("MEMBER_OF", AZIZ, IGC, "a member of the U.S.-appointed Governing Council"),
      ("LEADS", BAQIR, ISCI, "his brother, Ayatollah Mohammed Baqir"),
      ("MET_WITH", BREMER, AZIZ, "visited the younger al-Hakim", "2003-08-31"),
      ("MET_WITH", JAAFARI, AZIZ, "accompanied by Ibrahim al-Jaafari", "2003-08-31"),
      ("LEADS", JAAFARI, IGC, "who holds the council's rotating"),
      ],
     {"source": AP, "published": "2003-09-01"}),

    ("arOS2_bush_baghdad_zarqawi_arabiya", "ar",
     "بوش يصل بغداد في زيارة مفاجئة ويلتقي المالكي بعد أسبوع من مقتل الزرقاوي\n"
     "العربية.نت\n"
     "وصل الرئيس الأميركي جورج بوش، الثلاثاء 13-6-2006، إلى بغداد في زيارة مفاجئة لم يُعلن عنها مسبقاً، "
     "والتقى رئيس الوزراء العراقي نوري المالكي في المنطقة الخضراء، بحضور السفير الأميركي زلماي خليل زاد وقائد "
     "القوات المتعددة الجنسيات الجنرال جورج كيسي.\n"
     "وقال مسؤولون عراقيون إن المالكي لم يُبلَّغ بوصول الرئيس الأميركي إلا قبل دقائق من اللقاء. وأكد بوش أنه جاء "
     "\"لينظر في عيني\" رئيس الوزراء العراقي، فيما شارك أعضاء إدارته في جانب من المحادثات عبر دائرة تلفزيونية "
     "من منتجع كامب ديفيد.\n"
     "وأجرى بوش اتصالاً هاتفياً بالرئيس العراقي جلال طالباني، الموجود في السليمانية، بحسب المتحدث باسم الرئاسة.\n"
     "وتأتي الزيارة بعد أسبوع من مقتل أبي مصعب الزرقاوي، زعيم تنظيم القاعدة في بلاد الرافدين، بغارة جوية أميركية "
     "استهدفت منزلاً قرب بعقوبة.\n"
     "من جهته، أعلن \"مجلس شورى المجاهدين\" في بيان نُشر على موقع إسلامي تعيين \"أبو حمزة المهاجر\" أميراً "
     "جديداً خلفاً للزرقاوي، ويعتقد الجيش الأميركي أن الاسم حركي لأبي أيوب المصري، وهو مصري تدرّب في أفغانستان.\n"
     "وتوعد البيان بالثأر، فيما قال متحدث عسكري أميركي إن القوات لا تملك معلومات عن مكان المهاجر.",
     [("VISITED", BUSH, BAGHDAD, "إلى بغداد في زيارة مفاجئة لم", "2006-06-13"),
      ("LEADS", BUSH, US, "وصل الرئيس الأميركي جورج بوش"),
      ("LEADS", MALIKI, IRAQ, "رئيس الوزراء العراقي نوري المالكي في"),
      ("LEADS", CASEY, MNFI, "القوات المتعددة الجنسيات الجنرال"),
      ("LEADS", TALABANI, IRAQ, "بالرئيس العراقي جلال طالباني"),
      ] + met_group({BUSH: "وصل الرئيس الأميركي", MALIKI: "والتقى رئيس الوزراء العراقي نوري",
                     KHALILZAD: "بحضور السفير الأميركي زلماي", CASEY: "الجنرال جورج كيسي"}, "2006-06-13") + [
      ("ASSASSINATED_BY", ZARQAWI, US, "بغارة جوية أميركية", "2006-06-07"),
      ("LEADS", ZARQAWI, AQI, "زعيم تنظيم القاعدة في بلاد الرافدين"),
      ("SUCCESSOR_OF", MASRI, ZARQAWI, "خلفاً للزرقاوي", "2006-06-12"),
      ],
     {"source": ARABIYA, "published": "2006-06-13"}),

    ("enOS3_ahmadinejad_talabani_irna", "en",
     "Ahmadinejad, Talabani confer in Baghdad on expansion of ties\n"
     "BAGHDAD, March 2, IRNA -- President Mahmoud Ahmadinejad, who arrived here on Sunday morning at the head of "
     "a high-ranking delegation on the first visit by an Iranian president to Iraq, was officially welcomed by his "
     "Iraqi counterpart Jalal Talabani at the presidential palace and the two presidents held talks on bilateral "
     "relations.\n"
     "The meeting was attended by Iraqi Vice-President Adel Abdul-Mahdi and Foreign Minister Hoshyar Zebari as well "
     "as Iranian Foreign Minister Manouchehr Mottaki and Iran's Ambassador to Baghdad Hassan Kazemi-Qomi.\n"
     "Talabani, addressing a joint press conference, described Iran as \"a friendly neighbour\" and called the visit "
     "\"historic\".\n"
     "The Iranian chief executive later met Prime Minister Nouri al-Maliki at his office, where the two sides signed "
     "seven memorandums of understanding in economic, customs and industrial fields.\n"
     "Dr. Ahmadinejad, answering a question on the US presence, said that foreign forces were \"a humiliation\" for "
     "the region and that those who visit Iraq \"secretly and in the dark of night\" should be asked why, in a "
     "reference to US President George W. Bush.\n"
     "The President is to visit Hojjatoleslam Seyyed Abdulaziz Hakim, head of the Supreme Islamic Council of Iraq, "
     "on Monday before returning to Tehran. No meeting is scheduled with Grand Ayatollah Sistani.",
     met_group({AHMADINEJAD: "President Mahmoud Ahmadinejad, who arrived",
                TALABANI: "Iraqi counterpart Jalal Talabani",
                ABDULMAHDI: "Vice-President Adel Abdul-Mahdi",
                ZEBARI: "Foreign Minister Hoshyar Zebari",
                MOTTAKI: "Iranian Foreign Minister Manouchehr Mottaki",
                QOMI: "Ambassador to Baghdad Hassan Kazemi-Qomi"}, "2008-03-02") + [
      ("MET_WITH", AHMADINEJAD, MALIKI, "later met Prime Minister Nouri", "2008-03-02"),
      ("LEADS", AHMADINEJAD, IRAN, "President Mahmoud Ahmadinejad"),
      ("LEADS", TALABANI, IRAQ, "his Iraqi counterpart"),
      ("LEADS", ZEBARI, IQFM, "and Foreign Minister Hoshyar"),
      ("LEADS", MOTTAKI, IRFM, "Iranian Foreign Minister Manouchehr"),
      ("LEADS", MALIKI, IRAQ, "Prime Minister Nouri al-Maliki at his office"),
      ("LEADS", BUSH, US, "US President George W. Bush"),
      ("LEADS", AZIZ, ISCI, "head of the Supreme Islamic Council"),
      ],
     {"source": IRNA, "published": "2008-03-02"}),

    ("arOS4_erbil_meeting_krp", "ar",
     "برعاية الرئيس بارزاني.. قادة الكتل العراقية يجتمعون في أربيل ويتفقون على تقاسم الرئاسات\n"
     "أربيل - موقع رئاسة إقليم كوردستان\n"
     "ترأس سيادة رئيس إقليم كوردستان مسعود بارزاني، يوم الاثنين الماضي في أربيل، اجتماعاً موسعاً ضمّ رئيس الجمهورية "
     "جلال طالباني ورئيس الوزراء المنتهية ولايته نوري المالكي ورئيس القائمة العراقية إياد علاوي، وأكد المجتمعون "
     "ضرورة الإسراع في تشكيل حكومة شراكة وطنية، فيما وصف الرئيس بارزاني الاجتماع بأنه \"خطوة تاريخية\".\n"
     "وكان سيادته قد استقبل، مساء الأحد، السفير الأميركي في بغداد جيمس جيفري، بحضور رئيس حكومة الإقليم الدكتور "
     "برهم صالح، وجرى خلال اللقاء بحث آخر مستجدات العملية السياسية.\n"
     "كما تلقى رئيس الإقليم اتصالاً هاتفياً من الرئيس الأميركي باراك أوباما، أشاد فيه بالدور الذي يؤديه في تقريب "
     "وجهات النظر بين الأطراف العراقية.\n"
     "وفي بغداد، انتخب مجلس النواب يوم الخميس أسامة النجيفي رئيساً للمجلس خلفاً لإياد السامرائي، وأعاد انتخاب مام "
     "جلال رئيساً للجمهورية لولاية ثانية، قبل أن ينسحب عدد من نواب القائمة العراقية من الجلسة احتجاجاً على عدم "
     "التصويت على رفع الاجتثاث عن ثلاثة من قادتها.\n"
     "وكلّف الرئيس طالباني في الجلسة نفسها المالكي بتشكيل الحكومة الجديدة.",
     met_group({BARZANI: "إقليم كوردستان مسعود بارزاني", TALABANI: "ضمّ رئيس الجمهورية",
                MALIKI: "المنتهية ولايته نوري المالكي", ALLAWI: "ورئيس القائمة العراقية إياد علاوي"},
               "2010-11-08") + [
      ("MET_WITH", BARZANI, JEFFREY, "السفير الأميركي في بغداد جيمس جيفري", "2010-11-07"),
      ("MET_WITH", SALIH, BARZANI, "بحضور رئيس حكومة الإقليم", "2010-11-07"),
      ("MET_WITH", SALIH, JEFFREY, "الدكتور برهم صالح", "2010-11-07"),
      ("LEADS", BARZANI, KRP, "سيادة رئيس إقليم كوردستان"),
      ("LEADS", TALABANI, IRAQ, "رئيس الجمهورية جلال طالباني"),
      ("LEADS", MALIKI, IRAQ, "ورئيس الوزراء المنتهية"),
      ("LEADS", ALLAWI, IRAQIYA, "رئيس القائمة العراقية إياد"),
      ("LEADS", SALIH, KRG, "رئيس حكومة الإقليم الدكتور"),
      ("LEADS", OBAMA, US, "الرئيس الأميركي باراك أوباما"),
      ("SUCCESSOR_OF", NUJAIFI, SAMARRAI, "خلفاً لإياد السامرائي", "2010-11-11"),
      ("LEADS", NUJAIFI, PARL, "أسامة النجيفي رئيساً للمجلس"),
      ],
     {"source": KRPSITE, "published": "2010-11-12"}),

    ("enOS5_petraeus_takes_command_ap", "en",
     "Petraeus takes command of U.S. forces in Iraq\n"
     "BAGHDAD (AP) — Gen. David Petraeus took command of the 140,000 U.S. troops in Iraq on Saturday, replacing Gen. "
     "George Casey, who had led the multinational force since mid-2004 and whom critics faulted for moving too "
     "slowly against the insurgency.\n"
     "Petraeus, 54, a veteran of two earlier tours here, assumed command at a brief ceremony at Camp Victory. Casey "
     "was confirmed by the Senate on Thursday to succeed Gen. Peter Schoomaker as Army chief of staff.\n"
     "The new commander paid a courtesy call on Prime Minister Nouri al-Maliki on Friday, accompanied by U.S. "
     "Ambassador Zalmay Khalilzad, Iraqi officials said. Khalilzad is himself leaving: President Bush has nominated "
     "Ryan Crocker, the ambassador to Pakistan, to replace him.\n"
     "Petraeus takes over as the military prepares a security push in Baghdad, with 21,500 more troops ordered in "
     "by Bush. U.S. officials have accused Iran's Revolutionary Guards of supplying Shiite militias with "
     "armor-piercing bombs, a charge Tehran denies. Five Iranians seized in a U.S. raid on an Iranian office in "
     "Irbil last month remain in custody.\n"
     "An aide to Muqtada al-Sadr denied reports that the radical cleric had fled to Iran ahead of the crackdown.",
     [("SUCCESSOR_OF", PETRAEUS, CASEY, "replacing Gen.", "2007-02-10"),
      ("LEADS", CASEY, MNFI, "who had led the multinational force"),
      ("SUCCESSOR_OF", CASEY, SCHOOMAKER, "to succeed Gen. Peter Schoomaker", "2007-02-08"),
      ("MET_WITH", PETRAEUS, MALIKI, "paid a courtesy call on Prime Minister", "2007-02-09"),
      ("MET_WITH", KHALILZAD, MALIKI, "accompanied by U.S.", "2007-02-09"),
      ("LEADS", MALIKI, IRAQ, "Prime Minister Nouri al-Maliki on Friday"),
      ("SUCCESSOR_OF", CROCKER, KHALILZAD, "to replace him"),
      ("LEADS", BUSH, US, "President Bush has nominated"),
      ],
     {"source": AP, "published": "2007-02-10"}),

    ("arOS6_sadr_qom_delegation_sadrist", "ar",
     "سماحة السيد القائد يدعو أبناء جيش الإمام المهدي إلى الانسحاب من الشوارع بعد استقباله وفد الائتلاف في قم\n"
     "مكتب السيد الشهيد الصدر - النجف الأشرف\n"
     "أصدر سماحة حجة الإسلام والمسلمين السيد القائد مقتدى الصدر (أعزه الله)، يوم الأحد، بياناً من تسع نقاط دعا فيه "
     "أبناء جيش الإمام المهدي (عجل الله فرجه) إلى الانسحاب من شوارع البصرة وسائر المحافظات وعدم حمل السلاح في "
     "وجه الأجهزة الأمنية، حقناً للدم العراقي.\n"
     "وجاء البيان بعد أن استقبل سماحته في مدينة قم المقدسة وفداً من الائتلاف العراقي الموحد ضمّ القيادي في حزب "
     "الدعوة الإسلامية علي الأديب ورئيس منظمة بدر هادي العامري، وبحث معه سبل إيقاف العمليات العسكرية التي "
     "أطلقتها الحكومة تحت اسم \"صولة الفرسان\".\n"
     "ونفى مكتب سماحته ما تناقلته بعض وسائل الإعلام عن عقد الوفد لقاءً مع قائد فيلق القدس الإيراني قاسم سليماني، "
     "مؤكداً أن \"القرار عراقي خالص\".\n"
     "من جهته، رحب المتحدث باسم الحكومة علي الدباغ بالبيان، فيما طالب رئيس الوزراء نوري المالكي، الموجود في "
     "البصرة منذ الثلاثاء، المسلحين بتسليم أسلحتهم الثقيلة مقابل مكافآت مالية.\n"
     "ويستذكر أبناء التيار الصدري في هذه الأيام مسيرة الشهيد السيد محمد محمد صادق الصدر (قدس سره)، الذي اغتيل مع "
     "نجليه في الكوفة عام 1999.",
     [("MET_WITH", SADR, ADEEB, "الدعوة الإسلامية علي الأديب", "2008-03-29"),
      ("MET_WITH", SADR, AMIRI, "ورئيس منظمة بدر هادي العامري", "2008-03-29"),
      ("MEMBER_OF", ADEEB, DAWA, "القيادي في حزب"),
      ("LEADS", AMIRI, BADR, "ورئيس منظمة بدر"),
      ("LEADS", SOLEIMANI, QUDS, "قائد فيلق القدس الإيراني"),
      ("LEADS", MALIKI, IRAQ, "رئيس الوزراء نوري المالكي، الموجود"),
      ],
     {"source": SADRIST, "published": "2008-03-31"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOS")
