"""Blind set OJ: Lebanon and Hezbollah 2008-2020 (second folder of OI-OJ): Mohammad Javad Zarif's visit to
Beirut after Hariri's third cabinet was formed (February 2019), Ali Larijani's round of the three
presidents and Hassan Nasrallah (February 2020), the succession of prime ministers and presidents from
Tammam Salam's designation to Michel Aoun's election (2013-2016), Nasrallah's speech after the US strike
that killed Qasem Soleimani and Abu Mahdi al-Muhandis (January 2020), Mustapha Adib's failed attempt after
Macron's second visit (September 2020), and Hassan Diab's designation after Hariri's resignation (December
2019), as a British wire writes it in English (Reuters-like: "BEIRUT (Reuters) -", "the Iran-backed
group"), an Iranian Arabic TV site (Al-Alam-like: "الدكتور علي لاريجاني", "الضيف الإيراني"), a think-tank
brief in English (Carnegie-like: analysis, long appositions), a pro-Hezbollah Beirut daily in Arabic (Al
Akhbar-like: "أمس", "الفريق الشهيد"), a French TV news site in English (France 24-like) and a Turkish state
agency's Arabic service (Anadolu-like: "بيروت/ الأناضول", "خلفا لـ").
Pieces: Zarif meets Nasrallah ("the two men"), and had held talks with Aoun and Berri and been received by
Hariri (English, OJ1); Larijani meets Aoun with the Iranian ambassador present, then Berri and Diab, and is
received by Nasrallah ("الضيف الإيراني"); Diab succeeded Hariri (Arabic, OJ2); Salam succeeds Mikati,
Aoun succeeds Suleiman, Hariri replaces Salam; Hariri's Paris meeting with Frangieh, Aoun's visit to
Geagea at Maarab (English, OJ3); a US strike ordered by Trump kills Soleimani and al-Muhandis, Qaani
named to succeed Soleimani, Soleimani's meeting with Nasrallah in Beirut and the 2006 war spent with
Nasrallah and Imad Mughniyeh, Jihad Mughniyeh killed by an Israeli strike (Arabic, OJ4); Adib named to
replace Diab, Macron meets Adib, then the party leaders with Raad around one table, had visited Fairuz,
met Aoun (English, OJ5); Aoun designates Diab to succeed Hariri's government and meets him in Berri's
presence (Arabic, OJ6).
Excluded on purpose (no relation): Pompeo's expected visit (OJ1); Larijani's planned meeting with Assad in
Damascus, Soleimani's killing mentioned without an agent (OJ2); the presidential vacancy (no successor
named by Salam's cabinet), Badreddine not mentioned (OJ3); Imad Mughniyeh "killed in Damascus" with no
agent, Nasrallah's threats (OJ4); Hariri who "could return" to the post (speculation), Macron's phone calls (OJ5); the cancelled meeting of Diab with the Mufti,
Hale's expected visit (OJ6).
Judgement calls: "Hariri's office said the prime minister received Zarif" is a meeting (OJ1);
"earlier held talks with President Michel Aoun and Parliament Speaker Nabih Berri" are two separate
meetings (Zarif with each, not Aoun with Berri) (OJ1); "بحضور السفير" the ambassador is paired with both
principals (OJ2, as OI2); "الذي خلف سعد الحريري" is a succession (OJ2); "named to replace" and
"replacing" are successions, also for a designate who never took office (OJ3, OJ5); "travelled to
Maarab to meet his old rival ... who endorsed him there" is a meeting that happened (OJ3); "أمضى أيام الحرب إلى جانب" two named men in the operations room
for 33 days is a meeting of the three (OJ4); "زاره في بيروت" a visit to a person is a meeting (OJ4, OJ5
Fairuz); "غارة أميركية ... أمر بها الرئيس دونالد ترامب" gives the United States and Trump as agents for
both victims (OJ4); "خلفا لحكومة سعد الحريري المستقيلة" is Diab succeeding Hariri (OJ6); "استدعى ... إلى
بعبدا حيث التقاه بحضور" as OI4; a prime minister LEADS the country (as NK).
Filled in for the exercise: Hariri's office statement (OJ1); the ambassador's presence, the meeting with
Nasrallah, the planned trip to Damascus (OJ2); the exact wording of the brief's assessments (OJ3);
Soleimani's Beirut visit days before his death as told in the speech (OJ4); the order of Macron's
meetings on September 1 (OJ5); the Mufti's cancelled meeting (OJ6).
Spellings: "Sayyed Hassan Nasrallah", "Saad al-Hariri" (OJ1); "علي لاريجاني", "محمد جلال فيروزنيا",
"السيد حسن نصر الله" (OJ2); "Sleiman Frangieh", "Tammam Salam" (OJ3); "قاسم سليماني", "إسماعيل قآني",
"الحاج عماد مغنية" (OJ4); "Mustapha Adib", "Hezbollah's Mohammad Raad" (OJ5); "حسان دياب", "ديفيد هيل"
(OJ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_oj import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, IRAN, FRANCE, US, SYRIA = (
    "country:lebanon", "country:israel", "country:iran", "country:france", "country:united-states",
    "country:syria")
HEZ, PARL, LOYALTY, FUTURE, AMAL, LF, MARADA = (
    "organization:hezbollah", "organization:lebanese-parliament", "organization:loyalty-to-the-resistance-bloc",
    "organization:future-movement", "organization:amal-movement", "organization:lebanese-forces",
    "organization:marada-movement")
IRFM, IRPARL, QUDS, PMF, USSD = (
    "organization:iranian-foreign-ministry", "organization:iranian-parliament", "organization:quds-force",
    "organization:popular-mobilization-forces", "organization:us-state-department")
SULEIMAN, AOUN, BERRI, HARIRI, MIKATI, SALAM, DIAB, ADIB = (
    "person:michel-suleiman", "person:michel-aoun", "person:nabih-berri", "person:saad-hariri",
    "person:najib-mikati", "person:tammam-salam", "person:hassan-diab", "person:mustapha-adib")
RAAD, GEAGEA, FRANGIEH, DERIAN, FAIRUZ = (
    "person:mohammad-raad", "person:samir-geagea", "person:sleiman-frangieh", "person:abdul-latif-derian",
    "person:fairuz")
NASRALLAH, MUGHNIYEH, JIHAD = "person:hassan-nasrallah", "person:imad-mughniyeh", "person:jihad-mughniyeh"
ZARIF, LARIJANI, FIROUZNIA, SOLEIMANI, QAANI, KHAMENEI, MUHANDIS = (
    "person:mohammad-javad-zarif", "person:ali-larijani", "person:mohammad-jalal-firouznia",
    "person:qasem-soleimani", "person:esmail-qaani", "person:ali-khamenei", "person:abu-mahdi-al-muhandis")
MACRON, TRUMP, POMPEO, HALE, ASSAD = (
    "person:emmanuel-macron", "person:donald-trump", "person:mike-pompeo", "person:david-hale",
    "person:bashar-al-assad")

REUTERS = "blind set (British news wire, English, Reuters-like)"
ALAM = "blind set (Iranian Arabic-language TV news site, Al-Alam-like)"
CARNEGIE = "blind set (think-tank brief, English, Carnegie Middle East Center-like)"
AKHBAR = "blind set (pro-Hezbollah Beirut daily, Arabic, Al Akhbar-like)"
FRANCE24 = "blind set (French TV news site, English, France 24-like)"
ANADOLU = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"

ARTICLES = [
    ("enOJ1_zarif_nasrallah_reuters", "en",
     "Iran's Zarif meets Hezbollah leader, offers help to Lebanon's new government\n"
     "BEIRUT (Reuters) - Iranian Foreign Minister Mohammad Javad Zarif met Hezbollah leader Sayyed Hassan "
     "Nasrallah on Monday, the Iran-backed group said, during a visit to Beirut days after Lebanon formed a "
     "new government in which Hezbollah holds three ministries.\n"
     "The two men discussed the latest political developments in Lebanon and the region, a Hezbollah "
     "statement said, without giving further details.\n"
     "Zarif, on his first visit since Prime Minister Saad al-Hariri's national unity cabinet was formed on "
     "Jan. 31, earlier held talks with President Michel Aoun and Parliament Speaker Nabih Berri, and told "
     "reporters Iran was ready to help the Lebanese army if Beirut wished.\n"
     "Hariri's office said the prime minister received Zarif at his Beirut residence in the afternoon, "
     "without elaborating.\n"
     "The United States, which designates Hezbollah a terrorist organization, has warned the group not to "
     "exploit its ministries to funnel funds. U.S. Secretary of State Mike Pompeo is expected in Beirut next "
     "month, a State Department official said.\n"
     "Hezbollah's influence has grown since it and its allies won more than 70 of parliament's 128 seats in "
     "the May election.",
     [("LEADS", ZARIF, IRFM, "Iranian Foreign Minister Mohammad Javad Zarif met"),
      ("MET_WITH", ZARIF, NASRALLAH, "Zarif met Hezbollah leader", "2019-02-11"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah leader Sayyed Hassan"),
      ("MET_WITH", ZARIF, AOUN, "earlier held talks with President Michel Aoun", "2019-02-11"),
      ("MET_WITH", ZARIF, BERRI, "and Parliament Speaker Nabih Berri, and told", "2019-02-11"),
      ("LEADS", BERRI, PARL, "Parliament Speaker Nabih Berri"),
      ("MET_WITH", HARIRI, ZARIF, "the prime minister received Zarif", "2019-02-11"),
      ("LEADS", POMPEO, USSD, "U.S. Secretary of State Mike Pompeo"),
      ],
     {"source": REUTERS, "published": "2019-02-11"}),

    ("arOJ2_larijani_beirut_alam", "ar",
     "لاريجاني من بيروت: طهران مستعدة لمساعدة لبنان في كل المجالات\n"
     "العالم - بيروت\n"
     "التقى رئيس مجلس الشورى الإسلامي الدكتور علي لاريجاني، اليوم الاثنين، رئيس الجمهورية اللبنانية العماد "
     "ميشال عون في قصر بعبدا، في مستهل زيارته الرسمية للبنان، بحضور السفير الإيراني في بيروت محمد جلال "
     "فيروزنيا، وبحث معه العلاقات الثنائية والتطورات في المنطقة.\n"
     "وأكد لاريجاني بعد اللقاء أن الجمهورية الإسلامية \"مستعدة لتقديم المساعدة للبنان في المجالات كافة، إذا "
     "رغبت الحكومة اللبنانية في ذلك\".\n"
     "ثم انتقل إلى عين التينة حيث استقبله رئيس مجلس النواب نبيه بري، قبل أن يزور السراي الحكومي ويلتقي "
     "رئيس الحكومة الدكتور حسان دياب، الذي خلف سعد الحريري على رأس الحكومة بعد استقالة الأخير على وقع "
     "احتجاجات تشرين الأول.\n"
     "وفي المساء، استقبل الأمين العام لحزب الله سماحة السيد حسن نصر الله الضيف الإيراني والوفد المرافق، "
     "وجرى استعراض آخر التطورات في المنطقة، ولا سيما بعد اغتيال الفريق الشهيد قاسم سليماني.\n"
     "ومن المقرر أن يتوجه لاريجاني غداً إلى دمشق للقاء الرئيس السوري بشار الأسد.",
     [("LEADS", LARIJANI, IRPARL, "رئيس مجلس الشورى الإسلامي الدكتور"),
      ("MET_WITH", LARIJANI, AOUN, "العماد ميشال عون في قصر بعبدا", "2020-02-17"),
      ("LEADS", AOUN, LEBANON, "رئيس الجمهورية اللبنانية العماد"),
      ("MET_WITH", FIROUZNIA, LARIJANI, "بحضور السفير الإيراني في بيروت", "2020-02-17"),
      ("MET_WITH", FIROUZNIA, AOUN, "محمد جلال فيروزنيا", "2020-02-17"),
      ("MET_WITH", LARIJANI, BERRI, "حيث استقبله رئيس مجلس النواب", "2020-02-17"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", LARIJANI, DIAB, "ويلتقي رئيس الحكومة الدكتور حسان دياب", "2020-02-17"),
      ("LEADS", DIAB, LEBANON, "رئيس الحكومة الدكتور حسان"),
      ("SUCCESSOR_OF", DIAB, HARIRI, "الذي خلف سعد الحريري على رأس الحكومة"),
      ("MET_WITH", NASRALLAH, LARIJANI, "الضيف الإيراني والوفد المرافق", "2020-02-17"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله سماحة"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار الأسد"),
      ("VISITED", LARIJANI, LEBANON, "في مستهل زيارته الرسمية للبنان", "2020-02-17"),
      ],
     {"source": ALAM, "published": "2020-02-17"}),

    ("enOJ3_lebanon_succession_carnegie", "en",
     "Lebanon's Long Road from Salam to Aoun: How Vacancy Became a Habit\n"
     "Carnegie Middle East Center, Diwan brief\n"
     "When Tammam Salam, a Beirut deputy and the son of a six-time prime minister, was designated on April 6, "
     "2013, with the votes of 124 of the 128 deputies, he was named to succeed Najib Mikati, whose cabinet had "
     "collapsed two weeks earlier over the electoral law and the extension of police chief Ashraf Rifi's "
     "term. It took Salam more than ten months to form a government.\n"
     "That cabinet soon found itself running the country. When President Michel Suleiman left the Baabda "
     "Palace on May 25, 2014, parliament had failed to elect anyone, and the presidency remained vacant for "
     "29 months.\n"
     "The deadlock began to break in November 2015, when Saad Hariri, the Future Movement leader, met Marada "
     "leader Sleiman Frangieh in Paris and floated him as a candidate. Two months later, Michel Aoun travelled "
     "to Maarab to meet his old rival, Lebanese Forces leader Samir Geagea, who endorsed him there.\n"
     "Hariri's own endorsement in October 2016 settled the matter: Aoun was elected on October 31, succeeding "
     "Suleiman after the longest vacancy in the country's history, and Hariri was designated days later, "
     "replacing Salam as prime minister.\n"
     "The deal bought calm, not reform.",
     [("SUCCESSOR_OF", SALAM, MIKATI, "he was named to succeed Najib Mikati", "2013-04-06"),
      ("LEADS", HARIRI, FUTURE, "the Future Movement leader"),
      ("MET_WITH", HARIRI, FRANGIEH, "met Marada leader Sleiman Frangieh in Paris", "2015-11"),
      ("LEADS", FRANGIEH, MARADA, "Marada leader Sleiman Frangieh"),
      ("MET_WITH", AOUN, GEAGEA, "to Maarab to meet his old rival", "2016-01-18"),
      ("LEADS", GEAGEA, LF, "Lebanese Forces leader Samir Geagea"),
      ("SUCCESSOR_OF", AOUN, SULEIMAN, "succeeding Suleiman after the longest vacancy", "2016-10-31"),
      ("SUCCESSOR_OF", HARIRI, SALAM, "replacing Salam as prime minister", "2016-11-03"),
      ],
     {"source": CARNEGIE, "published": "2016-12-20"}),

    ("arOJ4_nasrallah_soleimani_akhbar", "ar",
     "نصر الله: القصاص العادل هو إخراج القوات الأميركية من المنطقة\n"
     "الأخبار\n"
     "أعلن الأمين العام لحزب الله السيد حسن نصر الله، أمس، أن \"القصاص العادل\" لاغتيال قائد قوة القدس في "
     "الحرس الثوري الإيراني الفريق قاسم سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس هو \"إنهاء "
     "الوجود العسكري الأميركي في منطقتنا\".\n"
     "وكانت غارة أميركية بطائرة مسيّرة، أمر بها الرئيس دونالد ترامب، قد استهدفت موكب سليماني والمهندس قرب "
     "مطار بغداد فجر الجمعة، ما أدى إلى استشهادهما مع ثمانية من مرافقيهما.\n"
     "وكشف نصر الله، في الاحتفال التأبيني الذي أقيم في الضاحية الجنوبية، أن الفريق الشهيد زاره في بيروت قبل "
     "أيام من استشهاده، وأنه حذّره من أن الأميركيين \"يحضّرون لاستهدافه\".\n"
     "وكان سليماني قد روى في مقابلة نادرة في تشرين الأول الماضي أنه أمضى أيام حرب تموز 2006 في الضاحية إلى "
     "جانب نصر الله والقائد الجهادي الحاج عماد مغنية، الذي اغتيل في دمشق عام 2008.\n"
     "وفي طهران، عيّن المرشد الأعلى للجمهورية الإسلامية السيد علي خامنئي العميد إسماعيل قآني قائداً لقوة "
     "القدس خلفاً لسليماني.\n"
     "وتوقف نصر الله عند \"قافلة الشهداء\"، ومنهم جهاد مغنية الذي استشهد بغارة إسرائيلية في القنيطرة عام "
     "2015.",
     [("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله السيد"),
      ("LEADS", SOLEIMANI, QUDS, "قائد قوة القدس في"),
      ("MEMBER_OF", MUHANDIS, PMF, "ونائب رئيس هيئة الحشد الشعبي"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "وكانت غارة أميركية بطائرة مسيّرة", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "أمر بها الرئيس دونالد ترامب", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "قد استهدفت موكب سليماني والمهندس", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, TRUMP, "ما أدى إلى استشهادهما", "2020-01-03"),
      ("LEADS", TRUMP, US, "الرئيس دونالد ترامب"),
      ("MET_WITH", SOLEIMANI, NASRALLAH, "أن الفريق الشهيد زاره في بيروت"),
      # the 2006 meeting of the three; Soleimani-Nasrallah is already given by the Beirut visit
      ("MET_WITH", SOLEIMANI, MUGHNIYEH, "الحاج عماد مغنية", "2006"),
      ("MET_WITH", NASRALLAH, MUGHNIYEH, "جانب نصر الله والقائد", "2006"),
      ("LEADS", KHAMENEI, IRAN, "المرشد الأعلى للجمهورية الإسلامية"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "خلفاً لسليماني", "2020-01-03"),
      ("LEADS", QAANI, QUDS, "العميد إسماعيل قآني قائداً"),
      ("ASSASSINATED_BY", JIHAD, ISRAEL, "الذي استشهد بغارة إسرائيلية", "2015-01-18"),
      ],
     {"source": AKHBAR, "published": "2020-01-06"}),

    ("enOJ5_adib_steps_down_france24", "en",
     "Lebanon's PM-designate Mustapha Adib steps down, dealing blow to Macron's plan\n"
     "FRANCE 24 - Lebanon's prime minister-designate Mustapha Adib stepped down on Saturday after failing to "
     "form a cabinet, less than four weeks after he was named with French backing.\n"
     "Adib, a former academic who was Lebanon's ambassador to Germany, was designated on August 31 to replace "
     "Hassan Diab, whose government resigned after the August 4 explosion at Beirut port.\n"
     "The next day, French President Emmanuel Macron met Adib at Baabda Palace, on his second visit to the "
     "city since the blast, after talks with President Michel Aoun. He then gathered the leaders of nine "
     "parties, including Hezbollah's Mohammad Raad, around one table at the Pine Residence, where they pledged "
     "to form a government of specialists within two weeks. On the eve of that round, Macron had visited the "
     "singer Fairuz at her home in Rabieh.\n"
     "The talks foundered on the finance ministry, which Hezbollah and Amal, the party led by Speaker Nabih "
     "Berri, insisted on keeping in Shiite hands. Macron spoke by phone with Aoun on Friday, the Elysee said.\n"
     "Analysts said former premier Saad Hariri could return to the post.",
     [("SUCCESSOR_OF", ADIB, DIAB, "was designated on August 31 to replace", "2020-08-31"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron met"),
      ("MET_WITH", MACRON, ADIB, "Macron met Adib at Baabda Palace", "2020-09-01"),
      ("MET_WITH", MACRON, AOUN, "after talks with President Michel Aoun", "2020-09-01"),
      ("MET_WITH", MACRON, RAAD, "including Hezbollah's Mohammad Raad", "2020-09-01"),
      ("MEMBER_OF", RAAD, HEZ, "Hezbollah's Mohammad Raad"),
      ("MET_WITH", MACRON, FAIRUZ, "Macron had visited the singer Fairuz", "2020-08-31"),
      ("LEADS", BERRI, AMAL, "the party led by Speaker Nabih"),
      ],
     {"source": FRANCE24, "published": "2020-09-26"}),

    ("arOJ6_diab_designated_anadolu", "ar",
     "لبنان.. تكليف حسان دياب بتشكيل الحكومة خلفا لحكومة الحريري\n"
     "بيروت/ الأناضول\n"
     "كلّف الرئيس اللبناني ميشال عون، الخميس، وزير التربية الأسبق حسان دياب، بتشكيل حكومة جديدة، خلفا "
     "لحكومة سعد الحريري المستقيلة.\n"
     "وجاء التكليف بعد استشارات نيابية ملزمة أجراها عون في قصر بعبدا، نال فيها دياب أصوات 69 نائبا من أصل "
     "128، بينهم نواب \"حزب الله\" وحركة \"أمل\" و\"التيار الوطني الحر\".\n"
     "واستدعى عون دياب إلى قصر بعبدا، حيث التقاه بحضور رئيس البرلمان نبيه بري، وفق بيان للرئاسة اللبنانية.\n"
     "وقال دياب للصحفيين إنه سيعمل على تشكيل \"حكومة اختصاصيين\" في أسرع وقت.\n"
     "ولم يسمّ الحريري، الذي يتزعم \"تيار المستقبل\"، أحدا، بعد أن أعلن انسحابه من السباق. وكان الحريري قد "
     "قدم استقالة حكومته في 29 أكتوبر/ تشرين الأول الماضي، تحت ضغط احتجاجات شعبية.\n"
     "وكان من المقرر أن يزور دياب مفتي الجمهورية الشيخ عبد اللطيف دريان، الجمعة، إلا أن اللقاء ألغي، بحسب "
     "مصادر إعلامية.\n"
     "ومن المنتظر أن يصل وكيل وزارة الخارجية الأمريكية للشؤون السياسية ديفيد هيل إلى بيروت الجمعة.",
     [("LEADS", AOUN, LEBANON, "الرئيس اللبناني ميشال عون"),
      ("SUCCESSOR_OF", DIAB, HARIRI, "لحكومة سعد الحريري المستقيلة", "2019-12-19"),
      ("MET_WITH", AOUN, DIAB, "حيث التقاه بحضور", "2019-12-19"),
      ("MET_WITH", BERRI, AOUN, "رئيس البرلمان نبيه بري", "2019-12-19"),
      ("MET_WITH", BERRI, DIAB, "واستدعى عون دياب إلى قصر بعبدا", "2019-12-19"),
      ("LEADS", BERRI, PARL, "رئيس البرلمان نبيه"),
      ("LEADS", HARIRI, FUTURE, "الذي يتزعم \"تيار المستقبل\""),
      ("MEMBER_OF", HALE, USSD, "وكيل وزارة الخارجية الأمريكية"),
      ],
     {"source": ANADOLU, "published": "2019-12-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOJ")
