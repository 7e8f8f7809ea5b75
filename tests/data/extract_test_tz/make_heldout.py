"""Blind set TZ: Lebanon 2008-2020 (second folder of TY-TZ): Najib Mikati's designation to succeed Saad
Hariri after the collapse of his government (January 2011), the killing of Mustafa Badreddine near Damascus
and Hezbollah's account of it (May 2016), the killing of Samir Kuntar in Jaramana (December 2015) and his
reception in Beirut after the 2008 exchange, John Kerry's visit to Beirut and Tammam Salam's government
(June 2014), the Special Tribunal's verdict convicting Salim Ayyash in absentia (August 2020), and Mahmoud
Ahmadinejad's visit to Beirut (October 2010), as a Beirut daily writes it in English (Daily Star-like:
"BEIRUT:"), a Lebanese TV channel's website in Arabic (Al-Manar-like: "موقع المنار"), a French wire in
English (AFP-like: "BEIRUT (AFP) -"), a Beirut daily in Arabic (Al-Akhbar-like: "«الأخبار»"), a British wire
in English (Reuters-like: "LEIDSCHENDAM, Netherlands, Aug 18 (Reuters) -") and Lebanon's state agency in
Arabic (NNA-like: "بعبدا - وطنية -").
Pieces: Mikati designated to succeed Saad Hariri; Hariri had met Obama, then Sarkozy; Mikati meets Berri, then
Siniora (English, TZ1); Badreddine killed (Hezbollah blames "takfiri groups"), Nasrallah receives the
Iranian ambassador's condolences (Arabic, TZ2); Kuntar killed (Hezbollah accuses Israel), his 2008 reception
by Suleiman, Siniora and Berri, and by Nasrallah (English, TZ3); Kerry in Beirut meets Salam, Berri and Rai;
Salam's government succeeded Mikati's (Arabic, TZ4); Ayyash convicted of the killing of Rafik Hariri;
Bellemare succeeded Brammertz, Farrell succeeded Bellemare (English, TZ5); Suleiman receives Ahmadinejad,
joined by Berri and Saad Hariri (Arabic, TZ6).
Excluded on purpose (no relation): Hariri's denial of a secret meeting with Mikati, the indictments expected
(TZ1); Hezbollah's account blaming "takfiri groups" (no named agent), the STL's indictment of Badreddine,
Hezbollah's accusation of Israel over Mughniyeh (TZ2); Hezbollah's accusation of Israel over Kuntar, SANA's
"terrorist" attack, Israel's non-confirmation (TZ3); the meeting with Aoun that did not take place (TZ4); the
three acquitted men, the tribunal's finding of no evidence against Hezbollah's leadership or Syria,
Badreddine's death in Syria (no agent) (TZ5); the reported but unconfirmed meeting with Nasrallah, the
planned trip to the south (TZ6).
Judgement calls: "designated ... succeeding caretaker Premier Saad Hariri" is a succession (the designation's
date); "sat down with ... Obama" is a meeting (TZ1); condolences received in person are a meeting (TZ2); "was
greeted on the tarmac ... by" three leaders: a meeting of the four; "embraced him on a stage" is a meeting in
person (TZ3); "تسلّم رئاسة الحكومة ... خلفاً للرئيس نجيب ميقاتي" is a succession (TZ4); the court's verdict
"found ... guilty of ... the bombing that killed" gives victim -> the convicted man; "succeeded ... at the
head of the U.N. investigation commission" is a succession and LEADS (TZ5); "خلوة انضم إليها" two more
leaders: a meeting of the four (TZ6); a prime minister LEADS the country, the Speaker LEADS the parliament.
Filled in for the exercise: Mikati's call on Siniora the same day, the wording of Hariri's denial (TZ1); the
Iranian ambassador's condolence visit and its hour (TZ2); the wording of Gallant's remark (TZ3); the order of
Kerry's meetings, the talk of a meeting with Aoun (TZ4); the wording of Saad Hariri's remark (TZ5); the
wording of the talks, Berri's and Hariri's joining the tete-a-tete (TZ6).
Spellings: "Michel Sleiman", "Najib Mikati", "Saad Hariri" (TZ1); «السيد ذو الفقار»، «سماحة السيد حسن نصر
الله»، «محمد فتحعلي» (TZ2); "Samir Kuntar", "Hassan Nasrallah" (TZ3); «جون كيري»، «تمام سلام»، «البطريرك
الماروني مار بشارة بطرس الراعي» (TZ4); "Rafik al-Hariri", "Salim Jamil Ayyash" (TZ5); «محمود أحمدي نجاد»،
«العماد ميشال سليمان» (TZ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tz import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, US, FRANCE, IRAN = "country:lebanon", "country:united-states", "country:france", "country:iran"
BEIRUT = "location:beirut"
PARL, PSP, HEZBOLLAH, IIIC = (
    "organization:lebanese-parliament", "organization:progressive-socialist-party", "organization:hezbollah",
    "organization:un-iiic")
SAAD, RAFIK, MIKATI, SINIORA, SALAM, SULEIMAN, BERRI, JUMBLATT, NASRALLAH, RAI = (
    "person:saad-hariri", "person:rafik-hariri", "person:najib-mikati", "person:fouad-siniora",
    "person:tammam-salam", "person:michel-suleiman", "person:nabih-berri", "person:walid-jumblatt",
    "person:hassan-nasrallah", "person:bechara-boutros-al-rai")
BADREDDINE, KUNTAR, AYYASH = "person:mustafa-badreddine", "person:samir-kuntar", "person:salim-ayyash"
OBAMA, SARKOZY, KERRY, AHMADINEJAD, FATHALI, BRAMMERTZ, BELLEMARE, FARRELL = (
    "person:barack-obama", "person:nicolas-sarkozy", "person:john-kerry", "person:mahmoud-ahmadinejad",
    "person:mohammad-fathali", "person:serge-brammertz", "person:daniel-bellemare", "person:norman-farrell")

STAR = "blind set (Beirut daily, English, Daily Star-like)"
MANAR = "blind set (Lebanese TV channel's website, Arabic, Al-Manar-like)"
AFP = "blind set (French news wire, English, AFP-like)"
AKHBAR = "blind set (Beirut daily, Arabic, Al-Akhbar-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
NNA = "blind set (Lebanese state news agency, Arabic, NNA-like)"

ARTICLES = [
    ("enTZ1_mikati_designated_star", "en",
     "Mikati named premier as Hariri camp cries foul\n"
     "BEIRUT: President Michel Sleiman on Tuesday designated Tripoli MP Najib Mikati to form a new government, "
     "succeeding caretaker Premier Saad Hariri, after the billionaire won the backing of 68 of Parliament's 128 "
     "lawmakers in two days of binding consultations at Baabda Palace.\n"
     "The designation came two weeks after Hezbollah and its allies brought down Hariri's Cabinet on January "
     "12 by resigning while the premier sat down with U.S. President Barack Obama in the Oval Office. Hariri "
     "flew on to Paris, where French President Nicolas Sarkozy received him the following day.\n"
     "The crisis was triggered by the Special Tribunal for Lebanon, which is expected to indict Hezbollah "
     "members over the 2005 assassination of Rafik Hariri. The party denies any involvement.\n"
     "The swing came from Progressive Socialist Party leader Walid Jumblatt, who announced Friday that his "
     "bloc would stand \"by Syria and the resistance\".\n"
     "Shortly after his designation, Mikati met Speaker Nabih Berri in Ain al-Tineh and later called on "
     "former Premier Fouad Siniora at his residence in Beirut, pledging a government \"of all the Lebanese\".\n"
     "Hariri's Future Movement said it would not take part in a Mikati government, and Hariri's office denied "
     "reports that he had met Mikati secretly over the weekend.",
     [("LEADS", SULEIMAN, LEBANON, "President Michel Sleiman on Tuesday"),
      ("SUCCESSOR_OF", MIKATI, SAAD, "succeeding caretaker Premier Saad Hariri", "2011-01-25"),
      ("MET_WITH", SAAD, OBAMA, "the premier sat down with", "2011-01-12"),
      ("LEADS", OBAMA, US, "U.S. President Barack Obama"),
      ("MET_WITH", SAAD, SARKOZY, "Nicolas Sarkozy received him", "2011-01-13"),
      ("LEADS", SARKOZY, FRANCE, "French President Nicolas Sarkozy"),
      ("LEADS", JUMBLATT, PSP, "Progressive Socialist Party leader Walid Jumblatt"),
      ("MET_WITH", MIKATI, BERRI, "Mikati met Speaker Nabih Berri", "2011-01-25"),
      ("LEADS", BERRI, PARL, "Speaker Nabih Berri in Ain al-Tineh"),
      ("MET_WITH", MIKATI, SINIORA, "called on former Premier Fouad Siniora", "2011-01-25"),
      ],
     {"source": STAR, "published": "2011-01-26"}),

    ("arTZ2_badreddine_killed_manar", "ar",
     "المقاومة الإسلامية تزفّ القائد الجهادي الكبير السيد مصطفى بدر الدين\n"
     "موقع المنار\n"
     "زفّ حزب الله، في بيان صدر صباح الجمعة، القائد الجهادي الكبير السيد مصطفى بدر الدين (السيد ذو الفقار)، "
     "أحد أبرز القادة العسكريين في حزب الله، الذي ارتقى شهيداً في انفجار استهدف أحد مراكز المقاومة قرب مطار "
     "دمشق الدولي.\n"
     "وأعلن الحزب في بيان ثانٍ، اليوم السبت، أن التحقيقات أظهرت أن الانفجار ناجم عن قصف مدفعي نفّذته "
     "الجماعات التكفيرية المنتشرة في المنطقة، فيما امتنعت المصادر الإسرائيلية عن التعليق.\n"
     "وكان الشهيد بدر الدين قد تولى قيادة العمل العسكري للمقاومة في سوريا، وهو رفيق درب القائد الشهيد عماد "
     "مغنية، الذي اتهم حزب الله العدو الصهيوني باغتياله في حي كفرسوسة الدمشقي في شباط 2008.\n"
     "وكانت ما تسمى «المحكمة الخاصة بلبنان» قد وجّهت إلى بدر الدين اتهاماً في قضية اغتيال الرئيس رفيق "
     "الحريري، وهو اتهام رفضه الحزب مراراً واعتبره جزءاً من الاستهداف السياسي للمقاومة.\n"
     "ومساءً، استقبل الأمين العام لحزب الله سماحة السيد حسن نصر الله سفير الجمهورية الإسلامية الإيرانية في "
     "لبنان محمد فتحعلي، الذي قدّم التعازي باستشهاد القائد بدر الدين باسم القيادة الإيرانية.\n"
     "وشُيّع جثمان الشهيد عصر الجمعة في روضة الشهيدين في الضاحية الجنوبية لبيروت، في حضور حشود غفيرة.",
     [("MEMBER_OF", BADREDDINE, HEZBOLLAH, "أحد أبرز القادة العسكريين في حزب الله"),
      ("MET_WITH", NASRALLAH, FATHALI, "استقبل الأمين العام لحزب الله", "2016-05-14"),
      ("LEADS", NASRALLAH, HEZBOLLAH, "الأمين العام لحزب الله سماحة"),
      ],
     {"source": MANAR, "published": "2016-05-14"}),

    ("enTZ3_kuntar_killed_afp", "en",
     "Hezbollah's Samir Kuntar killed in Damascus suburb\n"
     "BEIRUT (AFP) - Samir Kuntar, a Lebanese militant who spent nearly three decades in Israeli jails before "
     "being freed in a prisoner swap, was killed in a strike on a residential building in the Damascus suburb "
     "of Jaramana, Hezbollah's Al-Manar television said Sunday.\n"
     "Hezbollah accused Israel of the killing, saying \"Zionist warplanes\" had fired missiles at the building "
     "late Saturday. Syria's official news agency SANA described it as a \"terrorist\" rocket attack without "
     "saying who carried it out.\n"
     "Israel neither confirmed nor denied involvement. Construction Minister Yoav Gallant told army radio it "
     "was \"good\" that Kuntar was gone, but would not comment on any Israeli role.\n"
     "Kuntar was jailed in Israel for a 1979 raid in Nahariya in which four Israelis were killed. He was "
     "freed in July 2008 in exchange for the bodies of two Israeli soldiers captured by Hezbollah in 2006, "
     "and was greeted on the tarmac of Beirut airport by President Michel Suleiman, Prime Minister Fouad "
     "Siniora and Speaker Nabih Berri.\n"
     "That evening Hezbollah chief Hassan Nasrallah embraced him on a stage in Beirut's southern suburbs, in "
     "a rare public appearance. Kuntar had since joined Hezbollah and was accused by Israel of building a "
     "militant network on the Golan Heights.",
     met_group({KUNTAR: "and was greeted on the tarmac", SULEIMAN: "by President Michel Suleiman",
                SINIORA: "Prime Minister Fouad Siniora and", BERRI: "and Speaker Nabih Berri"}, "2008-07-16")
     + [("LEADS", SULEIMAN, LEBANON, "by President Michel Suleiman"),
        ("LEADS", SINIORA, LEBANON, "Prime Minister Fouad Siniora and"),
        ("LEADS", BERRI, PARL, "and Speaker Nabih Berri"),
        ("MET_WITH", NASRALLAH, KUNTAR, "embraced him on a stage", "2008-07-16"),
        ("LEADS", NASRALLAH, HEZBOLLAH, "Hezbollah chief Hassan Nasrallah"),
        ("MEMBER_OF", KUNTAR, HEZBOLLAH, "Kuntar had since joined Hezbollah"),
        ],
     {"source": AFP, "published": "2015-12-20"}),
]

ARTICLES += [
    ("arTZ4_kerry_beirut_akhbar", "ar",
     "كيري في بيروت: دعم للحكومة... ودعوة إلى انتخاب رئيس\n"
     "«الأخبار»\n"
     "حطّ وزير الخارجية الأميركي جون كيري أمس في بيروت في زيارة لم يُعلن عنها مسبقاً، هي الأولى لمسؤول أميركي "
     "بهذا المستوى منذ شغور موقع رئاسة الجمهورية بانتهاء ولاية الرئيس ميشال سليمان في 25 أيار.\n"
     "والتقى كيري في السرايا الحكومية رئيس الحكومة تمام سلام، الذي تتولى حكومته مجتمعةً صلاحيات رئيس "
     "الجمهورية، ثم انتقل إلى عين التينة حيث استقبله رئيس مجلس النواب نبيه بري، قبل أن يزور البطريرك "
     "الماروني مار بشارة بطرس الراعي في بكركي.\n"
     "وكان سلام قد تسلّم رئاسة الحكومة في 15 شباط الماضي خلفاً للرئيس نجيب ميقاتي، بعد أكثر من عشرة أشهر على "
     "تكليفه إثر استقالة ميقاتي في آذار 2013.\n"
     "وأعلن الوزير الأميركي تقديم مساعدة إضافية بقيمة 51 مليون دولار للبنان لمواجهة أعباء النزوح السوري، "
     "ودعا إيران وروسيا وحزب الله إلى «المساعدة في إنهاء الحرب» في سوريا.\n"
     "ولم يلتق كيري أحداً من ممثلي حزب الله، ولا رئيس تكتل التغيير والإصلاح العماد ميشال عون، الذي كانت "
     "أوساطه قد تحدثت عن لقاء محتمل بينهما لم يُعقد في النهاية.",
     [("VISITED", KERRY, BEIRUT, "حطّ وزير الخارجية الأميركي", "2014-06-04"),
      ("MET_WITH", KERRY, SALAM, "والتقى كيري في السرايا", "2014-06-04"),
      ("LEADS", SALAM, LEBANON, "رئيس الحكومة تمام سلام"),
      ("MET_WITH", KERRY, BERRI, "حيث استقبله رئيس مجلس النواب", "2014-06-04"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", KERRY, RAI, "قبل أن يزور البطريرك", "2014-06-04"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "خلفاً للرئيس نجيب ميقاتي", "2014-02-15"),
      ],
     {"source": AKHBAR, "published": "2014-06-05"}),

    ("enTZ5_ayyash_convicted_reuters", "en",
     "Hariri tribunal convicts Hezbollah member, acquits three\n"
     "LEIDSCHENDAM, Netherlands, Aug 18 (Reuters) - A U.N.-backed tribunal on Tuesday found Salim Jamil "
     "Ayyash, a member of Lebanon's Hezbollah, guilty in absentia of the 2005 truck bombing that killed former "
     "Prime Minister Rafik al-Hariri and 21 other people in Beirut, but acquitted three other defendants for "
     "lack of evidence.\n"
     "The Special Tribunal for Lebanon said Ayyash, 56, whose whereabouts are unknown, had used a network of "
     "mobile phones to track Hariri and carry out the attack. The judges said there was no evidence that "
     "Hezbollah's leadership or Syria had been involved, although both may have had motives.\n"
     "Hezbollah has denied any role and refused to hand over any of the five men indicted. One of them, "
     "Mustafa Badreddine, was dropped from the case after he was killed in Syria in 2016.\n"
     "The case was first built by Canadian prosecutor Daniel Bellemare, who succeeded Belgium's Serge "
     "Brammertz at the head of the U.N. investigation commission in 2008 and became the tribunal's first "
     "prosecutor. Norman Farrell replaced Bellemare in 2012.\n"
     "Saad al-Hariri, the slain leader's son who served as prime minister from 2009 to 2011, attended the "
     "session near The Hague and said the family accepted the verdict. The sentence will be announced at a later hearing.",
     [("ASSASSINATED_BY", RAFIK, AYYASH, "guilty in absentia of the 2005 truck bombing", "2005-02-14"),
      ("MEMBER_OF", AYYASH, HEZBOLLAH, "a member of Lebanon's Hezbollah"),
      ("SUCCESSOR_OF", BELLEMARE, BRAMMERTZ, "who succeeded Belgium's Serge", "2008"),
      ("LEADS", BELLEMARE, IIIC, "at the head of the U.N. investigation commission"),
      ("SUCCESSOR_OF", FARRELL, BELLEMARE, "Norman Farrell replaced Bellemare", "2012"),
      ],
     {"source": REUTERS, "published": "2020-08-18"}),

    ("arTZ6_ahmadinejad_baabda_nna", "ar",
     "سليمان استقبل أحمدي نجاد في بعبدا: لبنان يعوّل على علاقات متوازنة\n"
     "بعبدا - وطنية - استقبل رئيس الجمهورية العماد ميشال سليمان، قبل ظهر اليوم في القصر الجمهوري، الرئيس "
     "الإيراني محمود أحمدي نجاد والوفد المرافق، في مستهل زيارة رسمية للبنان تستمر يومين، وأقيمت له مراسم "
     "الاستقبال الرسمية.\n"
     "وعقد الرئيسان خلوة انضم إليها لاحقاً رئيس مجلس النواب نبيه بري ورئيس مجلس الوزراء سعد الحريري، تلتها "
     "محادثات موسّعة بين الوفدين تناولت العلاقات الثنائية والأوضاع في المنطقة، ووُقّعت في ختامها مذكرات "
     "تفاهم في مجالات الطاقة والمياه والصحة.\n"
     "وأكد الرئيس سليمان أن «لبنان يتطلع إلى دعم إيران لوحدته واستقراره»، فيما شدّد الرئيس الإيراني على "
     "وقوف بلاده «إلى جانب لبنان في مواجهة التهديدات الإسرائيلية».\n"
     "وتحدثت معلومات صحافية عن لقاء قد يجمع الضيف الإيراني بالأمين العام لحزب الله السيد حسن نصر الله بعيداً "
     "من الإعلام، من دون أن يصدر أي تأكيد رسمي لذلك.\n"
     "ومن المقرر أن يزور أحمدي نجاد غداً بنت جبيل وقانا في الجنوب، حيث يقام له احتفال شعبي.",
     met_group({SULEIMAN: "استقبل رئيس الجمهورية العماد", AHMADINEJAD: "الإيراني محمود أحمدي نجاد والوفد",
                BERRI: "انضم إليها لاحقاً رئيس مجلس", SAAD: "ورئيس مجلس الوزراء سعد الحريري"}, "2010-10-13")
     + [("LEADS", SULEIMAN, LEBANON, "رئيس الجمهورية العماد ميشال سليمان"),
        ("LEADS", AHMADINEJAD, IRAN, "الرئيس الإيراني محمود"),
        ("VISITED", AHMADINEJAD, LEBANON, "في مستهل زيارة رسمية للبنان", "2010-10-13"),
        ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري"),
        ("LEADS", SAAD, LEBANON, "رئيس مجلس الوزراء سعد الحريري"),
        ("LEADS", NASRALLAH, HEZBOLLAH, "بالأمين العام لحزب الله"),
        ],
     {"source": NNA, "published": "2010-10-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTZ")
