"""Blind set QX: Lebanon 2005-2008 (second folder of QW-QX): the car bomb that killed Gebran Tueni and the
claim of the "Strugglers for the Unity and Freedom of al-Sham" (December 2005), Condoleezza Rice's visit to
Beirut during the 2006 war (July 2006), the by-elections for the seats of Walid Eido and Pierre Gemayel
(August 2007), Michel Suleiman's state visit to Damascus (August 2008), the car bomb that killed Captain
Wissam Eid and Amr Moussa's round of the Lebanese leaders (January 2008), and the assassination of George
Hawi weeks after Samir Kassir's (June 2005), as a British wire writes it in English (Reuters-like: "BEIRUT,
Dec 12 (Reuters) -", "security sources said"), a Beirut opposition daily in Arabic (As-Safir-like: "وعلمت
«السفير»", "العدوان"), a Saudi daily in English (Arab News-like: "BEIRUT, 6 August 2007 —", "Custodian of the
Two Holy Mosques"), the Syrian state agency in Arabic (SANA-like: "دمشق-سانا", "السيد الرئيس بشار الأسد",
"البلدين الشقيقين"), a Lebanese news site in English (Naharnet-like: "Premier Fouad Saniora", "ex-Premier")
and a Beirut daily in Arabic (An-Nahar-like: "الزميل سمير قصير", "النظام الأمني").
Pieces: Tueni killed, the group's claim, Tueni had taken over An-Nahar from his father, Siniora receives
Emie and later Feltman (English, QX1); Rice meets Berri with Feltman and Hamdan present, then Siniora, then
Saad Hariri, Jumblatt and Geagea together at the embassy (Arabic, QX2); Itani elected to replace Eido,
Camille Khoury wins Pierre Gemayel's seat, Saad Hariri's talks with King Abdullah (English, QX3); Assad and
Suleiman hold talks with Sharaa, Muallem and Salloukh present; Suleiman elected to succeed Lahoud; Muallem
had met Berri and Siniora in Beirut (Arabic, QX4); Eid killed, Siniora chairs a meeting of Rifi, Khoury and
Sabaa; Moussa meets Berri, Sfeir, and Hariri, Aoun and Amine Gemayel together (English, QX5); Hawi killed,
Lahoud receives Larsen, who then meets Saad Hariri with Bassem al-Saba present; Hawi had succeeded Shawi
(Arabic, QX6).
Excluded on purpose (no relation): Kassir and Hawi killed by car bombs (no agent), the politicians who
"blamed Damascus", Mehlis who "submitted" his report to Annan (QX1); Rice's non-meeting with Lahoud,
Hezbollah's criticism (QX2); Eido killed by a bomb (no agent), Lahoud's refusal to sign, Moussa's expected
visit and the talks "called off" (QX3); Sarkozy's phone call to Assad (QX4); Eid killed by a car bomb (no
agent), the March 14 accusation of Syria, the postponed second round (QX5); Hawi and Kassir killed by bombs
(no agent), Jumblatt's accusation of the "security regime", Mikati's tour of the site, Berri's cancelled
meeting (QX6).
Judgement calls: a claim of responsibility by a named group ("claimed responsibility for the killing")
gives the victim -> that group (QX1, as the convention's "or claims it"); "took over the running of An-Nahar
from his father" is a succession (QX1); "received A and later B" is two separate meetings (QX1); the two
attendees of one "في حضور" list are paired with both principals and with each other (QX2); "تعقد اجتماعاً
... مع عدد من أقطاب قوى 14 آذار، بينهم" A, B and C is one joint meeting of the four (QX2); "to replace slain
MP Walid Eido" and "won the Metn seat left vacant by the assassination of" Pierre Gemayel are successions
(QX3); "after talks in Jeddah with" is a meeting (QX3); the attendees of one session, from both sides, are
paired with both presidents and with each other (QX4); "حيث التقى الرئيس سليمان ورئيس ... ورئيس ..." is
separate meetings: Muallem with each, not the three with each other (QX4; the Muallem-Suleiman pair is
already given by the session); "خلفاً للرئيس إميل لحود" is a succession (QX4); "chaired an emergency meeting
... attended by" three officials is one meeting of the four (QX5); "held a joint meeting with" three leaders
is one meeting of the four (QX5); Larsen "اجتمع إلى" Saad Hariri "في حضور" Bassem al-Saba: al-Saba paired
with both (QX6); "تولى الأمانة العامة للحزب ... خلفاً لنقولا الشاوي" is a succession and "الأمين العام السابق"
LEADS (as NK3's "who once led") (QX6).
Filled in for the exercise: the Emie and Feltman meetings at the Grand Serail (QX1); the order of Rice's
meetings, Feltman's and Hamdan's presence, the names of the leaders at the embassy (QX2); the
Jeddah talks the day before the vote, Moussa's expected visit and the called-off talks (QX3); the list of
attendees, Sarkozy's call, the details of Muallem's Beirut round (QX4); the meeting at the Grand Serail and
its attendees, the Moussa round's order and the postponed second round (QX5); Larsen's visits, al-Saba's
presence, Berri's cancelled meeting (QX6).
Spellings: "Rafik al-Hariri", "Shi'ite", "Bernard Emie" (QX1); "كوندوليزا رايس", "جيفري فيلتمان" (QX2);
"Mohammad Al-Amin Itani", "Gen. Michel Aoun" (QX3); "العماد ميشال سليمان", "السيد فوزي صلوخ" (QX4); "Fouad
Saniora", "Maj. Gen. Ashraf Rifi", "Nasrallah Sfeir" (QX5); "تيري رود - لارسن", "نقولا الشاوي" (QX6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qx import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, SYRIA, SAUDI, FRANCE = "country:lebanon", "country:syria", "country:saudi-arabia", "country:france"
FUTURE, PARL, FPM, LF, ISF, LCP, ARAB_LEAGUE, UN, NAHAR, STRUGGLERS = (
    "organization:future-movement", "organization:lebanese-parliament", "organization:free-patriotic-movement",
    "organization:lebanese-forces", "organization:internal-security-forces",
    "organization:lebanese-communist-party", "organization:arab-league", "organization:united-nations",
    "outlet:an-nahar", "organization:strugglers-for-the-unity-and-freedom-of-al-sham")
SAAD, SINIORA, MIKATI, LAHOUD, SULEIMAN, BERRI, JUMBLATT, GEAGEA, AOUN = (
    "person:saad-hariri", "person:fouad-siniora", "person:najib-mikati", "person:emile-lahoud",
    "person:michel-suleiman", "person:nabih-berri", "person:walid-jumblatt", "person:samir-geagea",
    "person:michel-aoun")
AMINE, PIERRE, GEBRAN, GHASSAN, HAWI, SHAWI, EIDO, ITANI, CKHOURY = (
    "person:amine-gemayel", "person:pierre-gemayel", "person:gebran-tueni", "person:ghassan-tueni",
    "person:george-hawi", "person:nicolas-shawi", "person:walid-eido", "person:mohammad-al-amin-itani",
    "person:camille-khoury")
WEID, RIFI, GKHOURY_ARMY, SABAA, SABA, SALLOUKH, HAMDAN, SFEIR = (
    "person:wissam-eid", "person:ashraf-rifi", "person:george-khoury", "person:hassan-sabaa",
    "person:bassem-al-saba", "person:fawzi-salloukh", "person:ali-hamdan", "person:nasrallah-sfeir")
ASSAD, SHARAA, MUALLEM = "person:bashar-al-assad", "person:farouk-al-sharaa", "person:walid-muallem"
ABDULLAH, MOUSSA = "person:abdullah-bin-abdulaziz", "person:amr-moussa"
EMIE, FELTMAN, RICE, ANNAN, LARSEN, SARKOZY = (
    "person:bernard-emie", "person:jeffrey-feltman", "person:condoleezza-rice", "person:kofi-annan",
    "person:terje-roed-larsen", "person:nicolas-sarkozy")

REUTERS = "blind set (British news wire, English, Reuters-like)"
SAFIR = "blind set (Beirut opposition daily, Arabic, As-Safir-like)"
ARABNEWS = "blind set (Saudi daily, English, Arab News-like)"
SANA = "blind set (Syrian state news agency, Arabic, SANA-like)"
NAHARNET = "blind set (Lebanese news site, English, Naharnet-like)"
NAHAR_DAILY = "blind set (Beirut daily, Arabic, An-Nahar-like)"

ARTICLES = [
    ("enQX1_tueni_killed_reuters", "en",
     "Anti-Syrian Lebanese MP Gebran Tueni killed in Beirut car bomb\n"
     "BEIRUT, Dec 12 (Reuters) - Gebran Tueni, an outspoken anti-Syrian member of parliament and head of "
     "Lebanon's leading daily An-Nahar, was killed on Monday when a car bomb tore through his convoy in the "
     "Christian suburb of Mkalles, security sources said.\n"
     "Two of his companions were also killed and around 30 people wounded.\n"
     "A previously unknown group, the Strugglers for the Unity and Freedom of al-Sham, claimed responsibility "
     "for the killing in a statement faxed to Reuters in Beirut, saying it had \"silenced a traitor\".\n"
     "Tueni took over the running of An-Nahar from his father, veteran journalist and former minister Ghassan "
     "Tueni, in 2000. He was elected to parliament in May.\n"
     "Prime Minister Fouad Siniora received French Ambassador Bernard Emie and later U.S. Ambassador Jeffrey "
     "Feltman at the Grand Serail, a government source said. Siniora's cabinet later asked the United Nations for "
     "an international tribunal, prompting five Shi'ite ministers to suspend their participation.\n"
     "The blast came hours before U.N. investigator Detlev Mehlis submitted his second report into the February "
     "killing of former Prime Minister Rafik al-Hariri to Secretary-General Kofi Annan.\n"
     "Anti-Syrian politicians blamed Damascus. Syria condemned the bombing. Samir Kassir, a columnist at An-Nahar, was killed by a car bomb in June, and "
     "former Communist Party leader George Hawi died in a similar blast weeks later.",
     [("LEADS", GEBRAN, NAHAR, "head of Lebanon's leading daily"),
      ("ASSASSINATED_BY", GEBRAN, STRUGGLERS, "claimed responsibility", "2005-12-12"),
      ("SUCCESSOR_OF", GEBRAN, GHASSAN, "took over the running of An-Nahar", "2000"),
      ("LEADS", SINIORA, LEBANON, "Prime Minister Fouad Siniora received"),
      ("MET_WITH", SINIORA, EMIE, "received French Ambassador Bernard Emie", "2005-12-12"),
      ("MET_WITH", SINIORA, FELTMAN, "later U.S. Ambassador Jeffrey", "2005-12-12"),
      ("LEADS", ANNAN, UN, "Secretary-General Kofi Annan"),
      ("LEADS", HAWI, LCP, "former Communist Party leader George Hawi"),
      ],
     {"source": REUTERS, "published": "2005-12-12"}),

    ("arQX2_rice_beirut_safir", "ar",
     "رايس في بيروت: لا وقف للنار قبل «الترتيبات»... وبري يطالب بوقف فوري للعدوان\n"
     "«السفير»\n"
     "وصلت وزيرة الخارجية الأميركية كوندوليزا رايس إلى بيروت أمس في زيارة مفاجئة لم يعلن عنها مسبقاً، آتية "
     "من قبرص على متن مروحية عسكرية، في اليوم الثالث عشر للعدوان الإسرائيلي على لبنان.\n"
     "واستهلت رايس جولتها بلقاء رئيس مجلس النواب نبيه بري في عين التينة، في حضور السفير الأميركي جيفري "
     "فيلتمان والمستشار الإعلامي لبري علي حمدان، واستمر اللقاء ساعة وربع الساعة. وعلمت «السفير» أن بري أبلغ "
     "ضيفته أن لا بحث في أي ترتيبات قبل وقف فوري لإطلاق النار وتبادل الأسرى.\n"
     "ثم انتقلت رايس إلى السرايا الكبيرة حيث التقت رئيس الحكومة فؤاد السنيورة، قبل أن تعقد اجتماعاً في مقر "
     "السفارة الأميركية في عوكر مع عدد من أقطاب قوى 14 آذار، بينهم النائب سعد الحريري والنائب وليد جنبلاط "
     "ورئيس الهيئة التنفيذية في «القوات اللبنانية» سمير جعجع.\n"
     "ولم تلتقِ الوزيرة الأميركية رئيس الجمهورية إميل لحود، الذي تقاطعه واشنطن منذ التمديد له.\n"
     "في المقابل، وصف مسؤول في حزب الله الزيارة بأنها «غطاء سياسي للعدوان»، فيما واصلت الطائرات الحربية "
     "الإسرائيلية غاراتها على الجنوب والضاحية الجنوبية.",
     [("MET_WITH", RICE, BERRI, "بلقاء رئيس مجلس النواب", "2006-07-24"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", FELTMAN, RICE, "في حضور السفير الأميركي", "2006-07-24"),
      ("MET_WITH", FELTMAN, BERRI, "السفير الأميركي جيفري", "2006-07-24"),
      ("MET_WITH", HAMDAN, RICE, "والمستشار الإعلامي لبري", "2006-07-24"),
      ("MET_WITH", HAMDAN, BERRI, "لبري علي حمدان", "2006-07-24"),
      ("MET_WITH", HAMDAN, FELTMAN, "فيلتمان والمستشار", "2006-07-24"),
      ("MET_WITH", RICE, SINIORA, "حيث التقت رئيس الحكومة", "2006-07-24"),
      ("LEADS", SINIORA, LEBANON, "رئيس الحكومة فؤاد السنيورة"),
      ] + met_group({RICE: "قبل أن تعقد اجتماعاً", SAAD: "النائب سعد الحريري", JUMBLATT: "والنائب وليد جنبلاط",
                     GEAGEA: "سمير جعجع"}, "2006-07-24") + [
      ("LEADS", GEAGEA, LF, "رئيس الهيئة التنفيذية"),
      ("LEADS", LAHOUD, LEBANON, "رئيس الجمهورية إميل لحود"),
      ],
     {"source": SAFIR, "published": "2006-07-25"}),

    ("enQX3_byelections_arabnews", "en",
     "Hariri bloc keeps Beirut seat; Aoun candidate edges Gemayel in Metn\n"
     "BEIRUT, 6 August 2007 — Mohammad Al-Amin Itani, the candidate of MP Saad Hariri's Future Movement, won "
     "Sunday's by-election in Beirut to replace slain MP Walid Eido, official results showed yesterday, while "
     "in the Metn the candidate of Gen. Michel Aoun's Free Patriotic Movement narrowly beat former President "
     "Amine Gemayel.\n"
     "Dr. Camille Khoury, a little-known physician, won the Metn seat left vacant by the assassination of "
     "Industry Minister Pierre Gemayel, the former president's son, by 418 votes, according to the Interior "
     "Ministry.\n"
     "Eido, a judge-turned-MP and outspoken critic of Damascus, was killed along with his eldest son Khaled and "
     "two bodyguards when a bomb ripped through his car on Beirut's seafront on June 13.\n"
     "Hariri, who returned from the Kingdom on Saturday after talks in Jeddah with Custodian of the Two Holy "
     "Mosques King Abdullah, cast his ballot in Qoreitem. The Future Movement leader said the Beirut vote was "
     "\"a message to the killers.\"\n"
     "President Emile Lahoud, whom the majority regards as illegitimate, refused to sign the decree calling the "
     "polls, which Prime Minister Fouad Siniora's Cabinet issued on its own.\n"
     "Arab League Secretary-General Amr Moussa is expected in Beirut next week to revive his initiative, after "
     "talks with Speaker Nabih Berri and Hariri were called off last month.",
     [("SUCCESSOR_OF", ITANI, EIDO, "to replace slain MP Walid Eido", "2007-08-05"),
      ("MEMBER_OF", ITANI, FUTURE, "Mohammad Al-Amin Itani, the candidate"),
      ("LEADS", SAAD, FUTURE, "MP Saad Hariri's Future Movement"),
      ("LEADS", AOUN, FPM, "Gen. Michel Aoun's Free Patriotic Movement"),
      ("SUCCESSOR_OF", CKHOURY, PIERRE, "won the Metn seat left vacant", "2007-08-05"),
      ("MET_WITH", SAAD, ABDULLAH, "after talks in Jeddah with", "2007-08-04"),
      ("LEADS", ABDULLAH, SAUDI, "Mosques King Abdullah"),
      ("LEADS", LAHOUD, LEBANON, "President Emile Lahoud, whom"),
      ("LEADS", SINIORA, LEBANON, "Prime Minister Fouad Siniora's Cabinet"),
      ("LEADS", MOUSSA, ARAB_LEAGUE, "Arab League Secretary-General Amr Moussa"),
      ("LEADS", BERRI, PARL, "Speaker Nabih Berri"),
      ],
     {"source": ARABNEWS, "published": "2007-08-06"}),

    ("arQX4_suleiman_damascus_sana", "ar",
     "الرئيس الأسد والرئيس سليمان يعقدان جلسة مباحثات رسمية في قصر الشعب\n"
     "دمشق-سانا\n"
     "عقد السيد الرئيس بشار الأسد والرئيس العماد ميشال سليمان رئيس الجمهورية اللبنانية اليوم جلسة مباحثات "
     "رسمية في قصر الشعب تناولت العلاقات الأخوية بين البلدين الشقيقين وسبل تعزيزها في مختلف المجالات.\n"
     "حضر جلسة المباحثات من الجانب السوري السيد فاروق الشرع نائب رئيس الجمهورية والسيد وليد المعلم وزير "
     "الخارجية، ومن الجانب اللبناني السيد فوزي صلوخ وزير الخارجية والمغتربين.\n"
     "وأكد الجانبان حرصهما على إقامة علاقات دبلوماسية بين البلدين على مستوى السفارات وفق ميثاق الأمم المتحدة، "
     "وعلى متابعة ترسيم الحدود.\n"
     "وكان الرئيس سليمان، الذي انتخب في أيار الماضي خلفاً للرئيس إميل لحود، قد وصل إلى دمشق صباح اليوم في "
     "زيارة رسمية تستغرق يومين، وكان في استقباله في المطار السيد الرئيس الأسد.\n"
     "وتأتي الزيارة بعد زيارة السيد المعلم إلى بيروت الشهر الماضي حيث التقى الرئيس سليمان ورئيس مجلس "
     "النواب نبيه بري ورئيس مجلس الوزراء فؤاد السنيورة.\n"
     "وكان السيد الرئيس الأسد قد تلقى الأسبوع الماضي اتصالاً هاتفياً من الرئيس الفرنسي نيكولا ساركوزي تناول "
     "التحضيرات للزيارة.",
     met_group({ASSAD: "عقد السيد الرئيس بشار الأسد", SULEIMAN: "والرئيس العماد ميشال سليمان رئيس",
                SHARAA: "السيد فاروق الشرع", MUALLEM: "والسيد وليد المعلم",
                SALLOUKH: "السيد فوزي صلوخ"}, "2008-08-13") + [
      ("LEADS", ASSAD, SYRIA, "السيد الرئيس بشار الأسد والرئيس"),
      ("LEADS", SULEIMAN, LEBANON, "رئيس الجمهورية اللبنانية"),
      ("SUCCESSOR_OF", SULEIMAN, LAHOUD, "خلفاً للرئيس إميل لحود", "2008-05-25"),
      ("MET_WITH", MUALLEM, BERRI, "النواب نبيه بري ورئيس مجلس الوزراء", "2008-07"),
      ("MET_WITH", MUALLEM, SINIORA, "ورئيس مجلس الوزراء فؤاد", "2008-07"),
      ("LEADS", BERRI, PARL, "التقى الرئيس سليمان ورئيس مجلس"),
      ("LEADS", SINIORA, LEBANON, "مجلس الوزراء فؤاد السنيورة"),
      ("LEADS", SARKOZY, FRANCE, "الرئيس الفرنسي نيكولا ساركوزي"),
      ],
     {"source": SANA, "published": "2008-08-13"}),

    ("enQX5_wissam_eid_killed_naharnet", "en",
     "Police Captain Wissam Eid Killed in Hazmieh Car Bombing\n"
     "Naharnet - Captain Wissam Eid, a senior officer in the Internal Security Forces' Information Branch who "
     "was investigating the assassination of ex-Premier Rafik Hariri, was killed Friday along with his "
     "bodyguard and three passers-by when a car bomb went off in the eastern suburb of Hazmieh.\n"
     "Eid, 31, had survived an earlier attempt on his life, security sources said. ISF chief Maj. Gen. Ashraf "
     "Rifi told reporters: \"They targeted one of our best officers.\"\n"
     "Premier Fouad Saniora chaired an emergency meeting of security chiefs at the Grand Serail, attended by "
     "Rifi, Army Intelligence director Brig. Gen. George Khoury and Interior Minister Hassan al-Sabaa.\n"
     "March 14 leaders accused Syria of being behind the bombing, while Hezbollah condemned it in a statement.\n"
     "The blast came as Arab League chief Amr Moussa wrapped up a visit to Beirut during which he met Speaker "
     "Nabih Berri at Ain el-Tineh and Maronite Patriarch Nasrallah Sfeir in Bkirki, and held a joint meeting "
     "with Future Movement leader MP Saad Hariri, Free Patriotic Movement leader MP Michel Aoun and former "
     "President Amine Gemayel. A second round with the three leaders was postponed after Friday's bombing.\n"
     "Lebanon has been without a president since Emile Lahoud's term expired on November 23.",
     [("MEMBER_OF", WEID, ISF, "a senior officer in the Internal Security Forces"),
      ("LEADS", RIFI, ISF, "ISF chief Maj. Gen. Ashraf"),
      ("LEADS", SINIORA, LEBANON, "Premier Fouad Saniora chaired"),
      ] + met_group({SINIORA: "chaired an emergency meeting", RIFI: "attended by",
                     GKHOURY_ARMY: "Brig. Gen. George Khoury", SABAA: "Interior Minister Hassan al-Sabaa"},
                    "2008-01-25") + [
      ("LEADS", MOUSSA, ARAB_LEAGUE, "Arab League chief Amr Moussa"),
      ("MET_WITH", MOUSSA, BERRI, "during which he met Speaker", "2008-01"),
      ("LEADS", BERRI, PARL, "Speaker Nabih Berri at"),
      ("MET_WITH", MOUSSA, SFEIR, "Maronite Patriarch Nasrallah Sfeir", "2008-01"),
      ] + met_group({MOUSSA: "held a joint meeting", SAAD: "MP Saad Hariri, Free",
                     AOUN: "MP Michel Aoun and former", AMINE: "President Amine Gemayel."}, "2008-01") + [
      ("LEADS", SAAD, FUTURE, "Future Movement leader MP Saad"),
      ("LEADS", AOUN, FPM, "Free Patriotic Movement leader MP"),
      ],
     {"source": NAHARNET, "published": "2008-01-25"}),

    ("arQX6_hawi_killed_nahar", "ar",
     "اغتيال جورج حاوي بعبوة في وطى المصيطبة... وجنبلاط يتهم «النظام الأمني»\n"
     "«النهار»\n"
     "اغتيل الأمين العام السابق للحزب الشيوعي اللبناني جورج حاوي صباح أمس بانفجار عبوة ناسفة وضعت تحت مقعد "
     "سيارته في محلة وطى المصيطبة في بيروت، بعد أقل من ثلاثة أسابيع على اغتيال الزميل سمير قصير في الأشرفية "
     "بعبوة مماثلة.\n"
     "واتهم رئيس «اللقاء الديموقراطي» النائب وليد جنبلاط «النظام الأمني اللبناني - السوري» بالوقوف وراء "
     "الجريمة، فيما دانت دمشق الاغتيال.\n"
     "وتفقد رئيس الحكومة نجيب ميقاتي مكان الانفجار، ثم ترأس اجتماعاً لمجلس الأمن المركزي في السرايا.\n"
     "في غضون ذلك، استقبل رئيس الجمهورية إميل لحود في بعبدا الموفد الشخصي للأمين العام للأمم المتحدة تيري "
     "رود - لارسن، الذي انتقل بعد ذلك إلى قريطم حيث اجتمع إلى رئيس «كتلة المستقبل» النائب سعد الحريري، في "
     "حضور النائب باسم السبع.\n"
     "وكان حاوي قد تولى الأمانة العامة للحزب عام 1979 خلفاً لنقولا الشاوي، وتنحى عنها عام 1993، لكنه بقي من "
     "أبرز وجوه اليسار المعارض للوجود السوري.\n"
     "وكان مقرراً أن يستقبل رئيس المجلس النيابي نبيه بري الموفد الدولي مساءً، إلا أن اللقاء ألغي بسبب "
     "الجريمة.",
     [("LEADS", HAWI, LCP, "الأمين العام السابق للحزب الشيوعي"),
      ("LEADS", MIKATI, LEBANON, "رئيس الحكومة نجيب ميقاتي"),
      ("LEADS", LAHOUD, LEBANON, "رئيس الجمهورية إميل لحود"),
      ("MET_WITH", LAHOUD, LARSEN, "استقبل رئيس الجمهورية", "2005-06-21"),
      ("MET_WITH", LARSEN, SAAD, "حيث اجتمع إلى رئيس", "2005-06-21"),
      ("MET_WITH", SABA, LARSEN, "حضور النائب باسم السبع", "2005-06-21"),
      ("MET_WITH", SABA, SAAD, "النائب سعد الحريري، في", "2005-06-21"),
      ("SUCCESSOR_OF", HAWI, SHAWI, "خلفاً لنقولا الشاوي", "1979"),
      ],
     {"source": NAHAR_DAILY, "published": "2005-06-22"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQX")
