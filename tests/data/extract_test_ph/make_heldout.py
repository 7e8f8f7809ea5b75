"""Blind set PH: Sudan and South Sudan, 2010-2018 (second folder of PG-PH): the Doha talks on Darfur with the
joint mediator Djibril Bassole and the Qatari state minister Ahmed bin Abdullah Al Mahmoud (February 2010),
Omar al-Bashir's audience with King Salman in Riyadh at the start of the Yemen war (March 2015), Bashir's
visit to Cairo and his talks with Abdel Fattah el-Sisi (October 2016), Bashir's talks with Vladimir Putin in
Sochi (November 2017), the death of Hassan al-Turabi and Bashir's condolence visit, with Ibrahim al-Sanousi
chosen as his successor (March 2016), and the Addis Ababa talks between Salva Kiir and Riek Machar under
Hailemariam Desalegn and Abiy Ahmed (May 2014, June 2018), as a Sudanese news site writes it in Arabic
(Sudan Tribune Arabic-like: "سودان تربيون"), the Saudi state agency in English (SPA-like: "Riyadh, Jumada
II 5, 1436, March 26, 2015, SPA --"), an Egyptian daily in Arabic (al-Ahram-like: "كتب"), a Russian news
agency in English (TASS-like: "SOCHI, November 23. /TASS/."), a Gulf TV site in Arabic (Al Jazeera Net-like:
"الجزيرة نت - الخرطوم") and Ethiopia's state agency in English (ENA-like: "Addis Ababa, June 20/2018 (ENA)").
Pieces: Bassole and Al Mahmoud meet the JEM delegation headed by Tugod, then the government delegation
headed by Amin Hassan Omar; the Emir receives Bashir and Khalil Ibrahim together (Arabic, PH1); King Salman
receives Bashir with Mohammed bin Salman and Karti present (English, PH2); Sisi receives Bashir
in the presence of Shoukry and Ghandour, a phone call with Hailemariam (Arabic, PH3); Putin meets Bashir
with Lavrov present (English, PH4);
Turabi dies, Bashir visits the family and meets Sanousi, Sanousi succeeds Turabi (Arabic, PH5); Kiir and
Machar meet in Addis Ababa in the presence of Abiy, Hailemariam hosted the 2014 meeting, Seyoum Mesfin
(English, PH6).
Excluded on purpose (no relation): Abdel Wahid's refusal to come to Doha, Minnawi who "could join" (PH1);
Bashir's planned visit to Abu Dhabi (PH2); Sisi's phone call with Hailemariam, the 1995 attempt on Mubarak's
life in Addis Ababa (a failed attempt; PH3); the called-off visit of the defence minister, Putin's remark on
the United States (PH4); Turabi's death (natural), the 1999 split (PH5); the postponed session, the video
link to Museveni (PH6).
Judgement calls: the two co-mediators who meet a delegation together are paired with each other
(PH1); "استقبل" two guests together "في لقاء جمع" is a meeting of the three (PH1); a delegation
"برئاسة" X: X is met, named members with the hosts (PH1); SPA's "The audience was attended by": each
attendee with both principals and the two attendees with each other (PH2, PH3 likewise); "held talks" in
Sochi is a meeting, the minister "also took part" is an attendee (PH4); a condolence visit at the family
home where Bashir "was received by" Sanousi is a meeting (PH5); "اختير ... خلفاً للترابي" is a succession
(PH5); "in the presence of Prime Minister Abiy Ahmed" is an attendee, paired with both (PH6).
Filled in for the exercise: the dates and the names of the delegation members, Ahmed Tugod's role (PH1);
the attendees of the audience (PH2); the attendees, the phone call (PH3); Lavrov's presence, the called-off
visit (PH4); the details of the condolence visit (PH5); Seyoum's wording and the postponed session (PH6).
Spellings: "جبريل باسولي", "آل محمود", "أحمد تقد" (PH1); "Omar Hassan Ahmad Al-Basheer", "Ali Ahmed Karti"
(PH2); "عمر حسن البشير", "سامح شكري" (PH3); "Omar al-Bashir", "Sergey Lavrov" (PH4); "الدكتور حسن عبد الله
الترابي", "إبراهيم السنوسي" (PH5); "Salva Kiir Mayardit", "Dr. Riek Machar", "Hailemariam Dessalegn" (PH6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ph import ALL  # noqa: E402

HERE = Path(__file__).parent

SUDAN, SSUDAN, EGYPT, QATAR, ETHIOPIA, RUSSIA, SAUDI = (
    "country:sudan", "country:south-sudan", "country:egypt", "country:qatar", "country:ethiopia",
    "country:russia", "country:saudi-arabia")
JEM, PCP, SPLM, IGAD, SUDFM, EGFM, RUFM = (
    "organization:justice-and-equality-movement", "organization:popular-congress-party", "organization:splm",
    "organization:igad", "organization:sudanese-foreign-ministry", "organization:egyptian-foreign-ministry",
    "organization:russian-foreign-ministry")
BASHIR, TURABI, SANOUSI, KARTI, GHANDOUR, AMIN = (
    "person:omar-al-bashir", "person:hassan-al-turabi", "person:ibrahim-al-sanousi", "person:ali-karti",
    "person:ibrahim-ghandour", "person:amin-hassan-omar")
KHALIL, TUGOD, MINNAWI, WAHID = ("person:khalil-ibrahim", "person:ahmed-tugod", "person:minni-minnawi",
                                 "person:abdel-wahid-al-nur")
BASSOLE, MAHMOUD, HAMAD = ("person:djibril-bassole", "person:ahmed-bin-abdullah-al-mahmoud",
                           "person:hamad-bin-khalifa-al-thani")
SALMAN, MBS, SISI, SHOUKRY, PUTIN, LAVROV = (
    "person:salman-bin-abdulaziz", "person:mohammed-bin-salman", "person:abdel-fattah-el-sisi",
    "person:sameh-shoukry", "person:vladimir-putin", "person:sergei-lavrov")
KIIR, MACHAR, HAILEMARIAM, ABIY, SEYOUM = ("person:salva-kiir", "person:riek-machar",
                                           "person:hailemariam-desalegn", "person:abiy-ahmed",
                                           "person:seyoum-mesfin")

TRIBUNE_AR = "blind set (Sudanese news site, Arabic, Sudan Tribune Arabic-like)"
SPA = "blind set (Saudi state news agency, English service, SPA-like)"
AHRAM = "blind set (Egyptian state daily, Arabic, al-Ahram-like)"
TASS = "blind set (Russian state news agency, English service, TASS-like)"
JAZEERA = "blind set (Gulf TV news site, Arabic, Al Jazeera Net-like)"
ENA = "blind set (Ethiopian state news agency, English, ENA-like)"

ARTICLES = [
    ("arPH1_doha_jem_talks_tribune", "ar",
     "الوساطة تلتقي وفدي الحكومة والعدل والمساواة في الدوحة وأمير قطر يجمع البشير وخليل\n"
     "الدوحة - سودان تربيون\n"
     "التقى الوسيط المشترك للاتحاد الأفريقي والأمم المتحدة جبريل باسولي ووزير الدولة القطري للشؤون الخارجية أحمد "
     "بن عبد الله آل محمود، مساء الأحد بالدوحة، وفد حركة العدل والمساواة برئاسة كبير مفاوضيها أحمد تقد لسان، ثم "
     "اجتمعا في وقت لاحق بوفد الحكومة برئاسة الدكتور أمين حسن عمر.\n"
     "وبحث معهما الوسيطان الترتيبات النهائية للاتفاق الإطاري الذي ينص على وقف إطلاق النار.\n"
     "وفي اليوم التالي استقبل أمير دولة قطر الشيخ حمد بن خليفة آل ثاني الرئيس عمر البشير ورئيس الحركة الدكتور "
     "خليل إبراهيم، في لقاء جمع الثلاثة قبيل مراسم التوقيع.\n"
     "في المقابل، رفض رئيس حركة تحرير السودان عبد الواحد محمد نور الحضور إلى الدوحة، فيما قالت مصادر الوساطة إن "
     "مني أركو مناوي قد ينضم إلى المفاوضات لاحقاً.",
     [("MET_WITH", BASSOLE, TUGOD, "وفد حركة العدل والمساواة برئاسة", "2010-02-21"),
      ("MET_WITH", MAHMOUD, TUGOD, "كبير مفاوضيها أحمد تقد", "2010-02-21"),
      ("MET_WITH", BASSOLE, MAHMOUD, "ووزير الدولة القطري للشؤون الخارجية أحمد", "2010-02-21"),
      ("MET_WITH", BASSOLE, AMIN, "برئاسة الدكتور أمين حسن", "2010-02-21"),
      ("MET_WITH", MAHMOUD, AMIN, "اجتمعا في وقت لاحق بوفد الحكومة", "2010-02-21"),
      ("MEMBER_OF", TUGOD, JEM, "برئاسة كبير مفاوضيها"),
      ] + met_group({HAMAD: "استقبل أمير دولة قطر الشيخ", BASHIR: "الرئيس عمر البشير ورئيس",
                     KHALIL: "خليل إبراهيم، في لقاء"}, "2010-02-22") + [
      ("LEADS", HAMAD, QATAR, "أمير دولة قطر الشيخ حمد"),
      ("LEADS", KHALIL, JEM, "ورئيس الحركة الدكتور"),
      ],
     {"source": TRIBUNE_AR, "published": "2010-02-22"}),

    ("enPH2_king_salman_receives_bashir_spa", "en",
     "Custodian of the Two Holy Mosques Receives Sudanese President\n"
     "Riyadh, Jumada II 5, 1436, March 25, 2015, SPA -- Custodian of the Two Holy Mosques King Salman bin "
     "Abdulaziz Al Saud received at Al-Yamamah Palace here today President Omar Hassan Ahmad Al-Basheer of the "
     "Republic of the Sudan.\n"
     "During the audience, they reviewed bilateral relations between the two brotherly countries and the "
     "developments in the region, particularly the situation in Yemen.\n"
     "The audience was attended by Deputy Crown Prince Mohammed bin Salman, Second Deputy Prime Minister and "
     "Minister of Defense, and the Sudanese Minister of Foreign Affairs Ali Ahmed Karti.\n"
     "President Al-Basheer later announced that Sudan would take part in the coalition's operations, a "
     "Sudanese official said. The Sudanese President is expected to visit Abu Dhabi later this week.",
     [("MET_WITH", SALMAN, BASHIR, "President Omar Hassan Ahmad Al-Basheer", "2015-03-25"),
      ("LEADS", SALMAN, SAUDI, "King Salman bin Abdulaziz Al Saud received"),
      ("MET_WITH", MBS, SALMAN, "attended by Deputy Crown Prince Mohammed bin Salman", "2015-03-25"),
      ("MET_WITH", MBS, BASHIR, "Second Deputy Prime Minister and Minister of Defense", "2015-03-25"),
      ("MET_WITH", KARTI, SALMAN, "Minister of Foreign Affairs Ali Ahmed Karti", "2015-03-25"),
      ("MET_WITH", KARTI, BASHIR, "the Sudanese Minister of Foreign Affairs", "2015-03-25"),
      ("MET_WITH", KARTI, MBS, "Ali Ahmed Karti.", "2015-03-25"),
      ("MEMBER_OF", KARTI, SUDFM, "Sudanese Minister of Foreign Affairs Ali"),
      ("LEADS", BASHIR, SUDAN, "of the Republic of the Sudan"),
      ],
     {"source": SPA, "published": "2015-03-25"}),

    ("arPH3_sisi_receives_bashir_ahram", "ar",
     "السيسي والبشير يترأسان اللجنة الرئاسية العليا ويؤكدان وحدة وادي النيل\n"
     "كتب - محمد عبد الهادي\n"
     "استقبل الرئيس عبد الفتاح السيسي، أمس، بقصر الاتحادية، الرئيس السوداني عمر حسن البشير الذي يزور القاهرة "
     "على رأس وفد رفيع المستوى، بحضور سامح شكري وزير الخارجية والبروفيسور إبراهيم غندور وزير الخارجية السوداني.\n"
     "وصرح السفير علاء يوسف المتحدث الرسمي باسم رئاسة الجمهورية بأن الرئيسين ترأسا اجتماعات اللجنة الرئاسية "
     "العليا المشتركة، وبحثا سبل دفع العلاقات الثنائية وملف سد النهضة.\n"
     "وأضاف المتحدث أن الرئيس السيسي كان قد تلقى قبيل القمة اتصالاً هاتفياً من رئيس الوزراء الإثيوبي هايلي "
     "ماريام ديسالين تناول التعاون بين الدول الثلاث.\n"
     "وتعد هذه أول زيارة للبشير إلى القاهرة منذ عام، وهي تطوي صفحة توتر طويلة تعود إلى محاولة اغتيال الرئيس "
     "الأسبق حسني مبارك في أديس أبابا عام 1995.",
     [("MET_WITH", SISI, BASHIR, "الرئيس السوداني عمر حسن البشير", "2016-10-05"),
      ("MET_WITH", SHOUKRY, SISI, "بحضور سامح شكري", "2016-10-05"),
      ("MET_WITH", SHOUKRY, BASHIR, "سامح شكري وزير الخارجية والبروفيسور", "2016-10-05"),
      ("MET_WITH", GHANDOUR, SISI, "والبروفيسور إبراهيم غندور", "2016-10-05"),
      ("MET_WITH", GHANDOUR, BASHIR, "إبراهيم غندور وزير الخارجية السوداني", "2016-10-05"),
      ("MET_WITH", GHANDOUR, SHOUKRY, "وزير الخارجية السوداني.", "2016-10-05"),
      ("LEADS", SISI, EGYPT, "استقبل الرئيس عبد الفتاح السيسي"),
      ("MEMBER_OF", GHANDOUR, SUDFM, "غندور وزير الخارجية السوداني"),
      ("LEADS", HAILEMARIAM, ETHIOPIA, "رئيس الوزراء الإثيوبي هايلي"),
      ("VISITED", BASHIR, "country:egypt", "الذي يزور القاهرة"),
      ],
     {"source": AHRAM, "published": "2016-10-06"}),

    ("enPH4_putin_bashir_sochi_tass", "en",
     "Putin, Sudan's Bashir hold talks in Sochi\n"
     "SOCHI, November 23. /TASS/. Russian President Vladimir Putin held talks with Sudanese President Omar "
     "al-Bashir at his Bocharov Ruchei residence in the Black Sea resort of Sochi on Thursday.\n"
     "Russian Foreign Minister Sergey Lavrov also took part in the talks, the Kremlin press service said.\n"
     "At the start of the meeting, the Sudanese leader thanked Moscow for its position on the international "
     "arena and said that Khartoum needed protection \"from the aggressive acts of the United States\". Putin "
     "replied that Russia was ready to develop cooperation in all areas, including the military-technical one.\n"
     "It is the Sudanese president's first visit to Russia. A visit by Sudan's defense minister, scheduled for "
     "October, was called off at the last minute.\n"
     "Al-Bashir, who has been wanted by the International Criminal Court since 2009, is expected to hold further "
     "talks with Russian business leaders before returning to Khartoum.",
     [("MET_WITH", PUTIN, BASHIR, "held talks with Sudanese President Omar", "2017-11-23"),
      ("MET_WITH", LAVROV, PUTIN, "also took part in the talks", "2017-11-23"),
      ("MET_WITH", LAVROV, BASHIR, "Russian Foreign Minister Sergey Lavrov", "2017-11-23"),
      ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin held"),
      ("LEADS", BASHIR, SUDAN, "Sudanese President Omar al-Bashir at"),
      ("LEADS", LAVROV, RUFM, "Russian Foreign Minister Sergey"),
      ("VISITED", BASHIR, RUSSIA, "first visit to Russia"),
      ],
     {"source": TASS, "published": "2017-11-23"}),

    ("arPH5_turabi_death_jazeera", "ar",
     "البشير يعزي في الترابي والمؤتمر الشعبي يختار السنوسي خلفاً له\n"
     "الجزيرة نت - الخرطوم\n"
     "توفي الزعيم الإسلامي السوداني الدكتور حسن عبد الله الترابي مساء السبت عن 84 عاماً إثر أزمة قلبية مفاجئة "
     "ألمّت به في مكتبه بالخرطوم، ونقل إلى مستشفى رويال كير حيث فارق الحياة.\n"
     "وزار الرئيس عمر البشير منزل الفقيد بضاحية المنشية لتقديم واجب العزاء، حيث كان في استقباله نائب الأمين "
     "العام لحزب المؤتمر الشعبي إبراهيم السنوسي وعدد من قيادات الحزب.\n"
     "وكان الترابي عرّاب انقلاب 1989 الذي جاء بالبشير إلى السلطة، قبل أن يفترق الرجلان عام 1999 ويؤسس الترابي "
     "حزبه المعارض. ثم عاد الترابي إلى الحوار بعد أن التقى البشير في قاعة الصداقة عام 2014.\n"
     "وفي وقت لاحق، اختارت هيئة قيادة المؤتمر الشعبي الشيخ إبراهيم السنوسي أميناً عاماً للحزب خلفاً للترابي.",
     [("MET_WITH", BASHIR, SANOUSI, "حيث كان في استقباله", "2016-03-06"),
      ("MET_WITH", TURABI, BASHIR, "بعد أن التقى البشير في قاعة الصداقة", "2014-01-27"),
      ("SUCCESSOR_OF", SANOUSI, TURABI, "أميناً عاماً للحزب خلفاً للترابي", "2016-03"),
      ("LEADS", SANOUSI, PCP, "الشيخ إبراهيم السنوسي أميناً"),
      ("MEMBER_OF", SANOUSI, PCP, "نائب الأمين العام لحزب المؤتمر الشعبي"),
      ],
     {"source": JAZEERA, "published": "2016-03-06"}),

    ("enPH6_kiir_machar_addis_ena", "en",
     "Kiir, Machar meet in Addis Ababa for first time in two years\n"
     "Addis Ababa, June 20/2018 (ENA) - South Sudan's President Salva Kiir Mayardit and his rival, former first "
     "vice president Dr. Riek Machar, met face to face in Addis Ababa today in the presence of Prime Minister Dr. "
     "Abiy Ahmed, who hosted the two leaders at his office.\n"
     "The meeting, convened by the Intergovernmental Authority on Development (IGAD), was the first between the "
     "two men since the collapse of the 2015 peace deal in July 2016.\n"
     "Kiir and Machar had last signed an agreement in Addis Ababa in May 2014, when then Prime Minister "
     "Hailemariam Dessalegn received them at the National Palace along with IGAD's chief mediator Seyoum Mesfin.\n"
     "Uganda's President Yoweri Museveni joined the discussions by video link, according to IGAD. A session "
     "with the opposition's allies, planned for Thursday, was postponed.\n"
     "Machar, leader of the SPLM-IO, had been held in South Africa since late 2016.",
     met_group({KIIR: "Salva Kiir Mayardit and his rival", MACHAR: "vice president Dr. Riek Machar",
                ABIY: "in the presence of Prime Minister Dr."}, "2018-06-20") + [
      ("LEADS", KIIR, SSUDAN, "South Sudan's President Salva Kiir"),
      ("LEADS", ABIY, ETHIOPIA, "Prime Minister Dr. Abiy"),
      ] + met_group({HAILEMARIAM: "Hailemariam Dessalegn received them", KIIR: "Kiir and Machar had last signed",
                     MACHAR: "an agreement in Addis Ababa in May 2014",
                     SEYOUM: "IGAD's chief mediator Seyoum Mesfin"}, "2014-05-09")[:3] + [
      ("MET_WITH", SEYOUM, KIIR, "chief mediator Seyoum Mesfin", "2014-05-09"),
      ("MET_WITH", SEYOUM, MACHAR, "received them at the National Palace", "2014-05-09"),
      ("LEADS", SEYOUM, IGAD, "IGAD's chief mediator Seyoum"),
      ],
     {"source": ENA, "published": "2018-06-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPH")
