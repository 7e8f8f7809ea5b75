"""Blind set UU: Morocco 1999-2022 (first folder of UU-UV): the death of King Hassan II and the proclamation of
his son Mohammed VI (23 July 1999), the prime ministers named by the king, each replacing the last (Driss
Jettou after Abderrahmane Youssoufi in October 2002, Abdelilah Benkirane after Abbas El Fassi in November 2011,
Saadeddine Othmani after Benkirane's dismissal in March 2017, Aziz Akhannouch after Othmani in September
2021), and the king's audience with Spain's Pedro Sanchez (April 2022), as a US wire writes it in English
(AP-like: "RABAT, Morocco (AP) _"), Morocco's state agency in Arabic (MAP-like: "مراكش - و م ع -", "صاحب
الجلالة"), a British wire in English (Reuters-like: "MIDELT, Morocco, Nov 29 (Reuters) -"), a Moroccan news
website in Arabic (Hespress-like: "هسبريس - الرباط"), a Moroccan English-language website (Morocco World
News-like: "Rabat -", "Head of Government") and a London-based pan-Arab daily in Arabic (Al-Quds Al-Arabi-like:
"الرباط - «القدس العربي»:").
Pieces: Hassan II dies, Mohammed VI succeeds him; the new king receives Arafat (English, UU1); the king
receives Youssoufi, then Jettou, named prime minister in Youssoufi's place (Arabic, UU2); the king receives
Benkirane, who replaces El Fassi; El Fassi had succeeded Jettou in 2007 (English, UU3); the king receives
Othmani, named in Benkirane's place; Othmani meets Akhannouch with Laenser present (Arabic, UU4); the king
receives Akhannouch, who succeeds Othmani (English, UU5); the king receives Sanchez with Bourita and Albares
present; Albares had replaced Gonzalez Laya (Arabic, UU6).
Excluded on purpose (no relation): Barak's hoped-for talk with Bouteflika at the funeral, Moulay Rachid becoming
heir (UU1); Jettou's expected meeting with El Fassi, the USFP's protest (UU2); Benkirane's planned meetings with
party leaders, the February 20 movement (UU3); Benkirane's refusal to meet Akhannouch again ("انتهى الكلام"),
his denial of any meeting with the royal cabinet (UU4); Akhannouch's possible meeting with Ouahbi, Benkirane's
tipped return to the PJD's head (UU5); Sanchez's letter to the king, Algeria's recall of its ambassador, the
Polisario's reaction (UU6).
Judgement calls: "was proclaimed king ..., succeeding his father on the throne" is a succession (UU1); "عينه
جلالته وزيرا أول، خلفا لـ" is a succession, and the audience at which he is named is a meeting with the king
(UU2); "replaces" and "named ... to succeed" are successions (UU3); "التقى العثماني ... أخنوش، بحضور ...
العنصر": a meeting of the three (UU4); "حضر المباحثات" the two ministers: each paired with both principals and
with each other (UU6); a prime minister or head of government LEADS Morocco (or Spain, Algeria, Israel); the
king LEADS Morocco; a party's leader LEADS the party.
Filled in for the exercise: Arafat's audience on the Saturday (UU1); the hour and palace of Jettou's audience,
the wording of the USFP statement, the expected meeting with El Fassi (UU2); Benkirane's remarks to the wire
(UU3); the day and place of Othmani's first consultations and Laenser's presence, Benkirane's remarks (UU4);
Akhannouch's remarks after the audience (UU5); the wording of the report on the ministers' presence (UU6).
Spellings: "Crown Prince Sidi Mohammed", "Abderrahmane Youssoufi", "Hassan" (UU1); «السيد إدريس جطو»، «عباس
الفاسي» (UU2); "Abdelilah Benkirane", "Abbas El Fassi", "Mohammed" for the king (UU3); «سعد الدين العثماني»،
«امحند العنصر»، «أخنوش» (UU4); "Saad Eddine El Othmani", "Aziz Akhannouch" (UU5); «العاهل المغربي»، «خوسيه مانويل
ألباريس»، «أرانتشا غونزاليس لايا» (UU6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_uv import ALL  # noqa: E402

HERE = Path(__file__).parent

MOROCCO, ALGERIA, SPAIN, FRANCE, ISRAEL, US = (
    "country:morocco", "country:algeria", "country:spain", "country:france", "country:israel",
    "country:united-states")
POLISARIO, PJD, RNI, PAM, ISTIQLAL, USFP, MP = (
    "organization:polisario-front", "organization:pjd-morocco", "organization:national-rally-of-independents",
    "organization:authenticity-and-modernity-party", "organization:istiqlal-party", "organization:usfp-morocco",
    "organization:popular-movement-morocco")
HASSAN, M6, YOUSSOUFI, JETTOU, ELFASSI, BENKIRANE, OTHMANI, AKHANNOUCH = (
    "person:hassan-ii", "person:mohammed-vi", "person:abderrahmane-youssoufi", "person:driss-jettou",
    "person:abbas-el-fassi", "person:abdelilah-benkirane", "person:saadeddine-othmani", "person:aziz-akhannouch")
LAENSER, MEZOUAR, OUAHBI, BOURITA, GHALI = (
    "person:mohand-laenser", "person:salaheddine-mezouar", "person:abdellatif-ouahbi", "person:nasser-bourita",
    "person:brahim-ghali")
CLINTON, CHIRAC, BARAK, ARAFAT, BOUTEFLIKA, SANCHEZ, ALBARES, LAYA = (
    "person:bill-clinton", "person:jacques-chirac", "person:ehud-barak", "person:yasser-arafat",
    "person:abdelaziz-bouteflika", "person:pedro-sanchez", "person:jose-manuel-albares",
    "person:arancha-gonzalez-laya")

AP = "blind set (US news wire, English, AP-like)"
MAP = "blind set (Moroccan state news agency, Arabic, MAP-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
HESPRESS = "blind set (Moroccan news website, Arabic, Hespress-like)"
MWN = "blind set (Moroccan English-language news website, Morocco World News-like)"
QUDS = "blind set (London-based pan-Arab daily, Arabic, Al-Quds Al-Arabi-like)"

ARTICLES = [
    ("enUU1_hassan_dies_mohammed_proclaimed_ap", "en",
     "Morocco's King Hassan II dies; son proclaimed King Mohammed VI\n"
     "RABAT, Morocco (AP) _ King Hassan II, who ruled Morocco with an iron hand for 38 years, died Friday of a "
     "heart attack in a Rabat hospital, the royal palace said. He was 70.\n"
     "Within hours, his eldest son, Crown Prince Sidi Mohammed, 35, was proclaimed king under the name Mohammed "
     "VI, succeeding his father on the throne of the Alaouite dynasty. Members of the government, army commanders "
     "and religious scholars pledged allegiance to the new monarch at the palace late Friday.\n"
     "Prime Minister Abderrahmane Youssoufi, a former opposition leader whom Hassan appointed last year, announced "
     "the death on state television, his voice breaking.\n"
     "Dozens of heads of state are expected for Sunday's funeral, among them President Clinton, French President "
     "Jacques Chirac and Algeria's newly elected president, Abdelaziz Bouteflika. Israeli officials said Prime "
     "Minister Ehud Barak would also attend, but would not say whether he hoped to talk to Bouteflika, whose "
     "country has no ties with Israel.\n"
     "Palestinian leader Yasser Arafat, who flew in overnight, was received by the new king at the palace on "
     "Saturday morning, palace officials said.\n"
     "The king's younger brother, Prince Moulay Rachid, 29, becomes heir to the throne.",
     [("SUCCESSOR_OF", M6, HASSAN, "succeeding his father on the throne", "1999-07-23"),
      ("LEADS", HASSAN, MOROCCO, "who ruled Morocco with an iron hand"),
      ("LEADS", YOUSSOUFI, MOROCCO, "Prime Minister Abderrahmane Youssoufi"),
      ("LEADS", CLINTON, US, "among them President Clinton"),
      ("LEADS", CHIRAC, FRANCE, "French President Jacques Chirac"),
      ("LEADS", BOUTEFLIKA, ALGERIA, "Algeria's newly elected president"),
      ("LEADS", BARAK, ISRAEL, "Minister Ehud Barak would"),
      ("MET_WITH", M6, ARAFAT, "was received by the new king", "1999-07-24"),
      ],
     {"source": AP, "published": "1999-07-24"}),

    ("arUU2_jettou_named_prime_minister_map", "ar",
     "جلالة الملك يعين السيد إدريس جطو وزيرا أول\n"
     "مراكش - و م ع - استقبل صاحب الجلالة الملك محمد السادس، اليوم الأربعاء بالقصر الملكي بمراكش، السيد إدريس "
     "جطو، وعينه جلالته وزيرا أول، خلفا للسيد عبد الرحمن اليوسفي.\n"
     "وكان جلالة الملك قد استقبل، في وقت سابق من اليوم نفسه، السيد عبد الرحمن اليوسفي، الكاتب الأول لحزب الاتحاد "
     "الاشتراكي للقوات الشعبية، الذي شكره جلالته على ما أسداه من خدمات للوطن طيلة توليه رئاسة الحكومة منذ مارس "
     "1998.\n"
     "ويأتي تعيين السيد جطو، الذي كان يشغل منصب وزير الداخلية، عقب الانتخابات التشريعية التي جرت في 27 شتنبر "
     "الماضي، وتصدرها حزب الاتحاد الاشتراكي بخمسين مقعدا، متبوعا بحزب الاستقلال.\n"
     "وسيباشر الوزير الأول الجديد مشاوراته مع الأحزاب السياسية لتشكيل الحكومة، ومن المنتظر أن يلتقي في الأيام "
     "المقبلة الأمين العام لحزب الاستقلال السيد عباس الفاسي.\n"
     "من جهته، أعرب المكتب السياسي لحزب الاتحاد الاشتراكي، في بلاغ، عن استغرابه لعدم احترام «المنهجية "
     "الديمقراطية»، دون أن يعلن موقفه من المشاركة في الحكومة المقبلة.",
     [("MET_WITH", M6, JETTOU, "جطو، وعينه جلالته", "2002-10-09"),
      ("SUCCESSOR_OF", JETTOU, YOUSSOUFI, "خلفا للسيد عبد الرحمن اليوسفي", "2002-10-09"),
      ("LEADS", M6, MOROCCO, "استقبل صاحب الجلالة الملك محمد السادس"),
      ("LEADS", JETTOU, MOROCCO, "وعينه جلالته وزيرا أول"),
      ("MET_WITH", M6, YOUSSOUFI, "السيد عبد الرحمن اليوسفي، الكاتب الأول", "2002-10-09"),
      ("LEADS", YOUSSOUFI, USFP, "الكاتب الأول لحزب الاتحاد"),
      ("LEADS", ELFASSI, ISTIQLAL, "الأمين العام لحزب الاستقلال السيد"),
      ],
     {"source": MAP, "published": "2002-10-09"}),

    ("enUU3_benkirane_named_pm_reuters", "en",
     "Moroccan king names Islamist Benkirane prime minister\n"
     "MIDELT, Morocco, Nov 29 (Reuters) - King Mohammed VI on Tuesday named Abdelilah Benkirane, leader of the "
     "moderate Islamist Justice and Development Party (PJD), as prime minister, making him the first Islamist to "
     "head a government in Morocco's history.\n"
     "The king received Benkirane at a palace in the Atlas mountain town of Midelt, four days after the PJD won "
     "107 of the 395 seats in parliament in the first election held under a new constitution, the official MAP "
     "news agency said.\n"
     "Benkirane, 57, replaces Abbas El Fassi, whose conservative Istiqlal party came second with 60 seats. El "
     "Fassi, a veteran nationalist, had been named by the king in September 2007 to succeed technocrat Driss "
     "Jettou.\n"
     "Under the constitution approved by referendum in July, the king must choose the prime minister from the "
     "party that wins most seats, one of several reforms Mohammed offered to defuse protests inspired by the Arab "
     "Spring. The February 20 movement, which led those protests, had called for a boycott of the vote.\n"
     "Benkirane told Reuters he would meet the leaders of Istiqlal and other parties in the coming days to build "
     "a coalition, but declined to say whether the National Rally of Independents, led by Finance "
     "Minister Salaheddine Mezouar, would be asked to join.",
     [("MET_WITH", M6, BENKIRANE, "The king received Benkirane", "2011-11-29"),
      ("SUCCESSOR_OF", BENKIRANE, ELFASSI, "Benkirane, 57, replaces Abbas El Fassi", "2011-11-29"),
      ("SUCCESSOR_OF", ELFASSI, JETTOU, "to succeed technocrat Driss", "2007-09"),
      ("LEADS", BENKIRANE, PJD, "leader of the moderate Islamist"),
      ("LEADS", BENKIRANE, MOROCCO, "as prime minister, making him"),
      ("LEADS", M6, MOROCCO, "King Mohammed VI on Tuesday named"),
      ("LEADS", MEZOUAR, RNI, "led by Finance"),
      ],
     {"source": REUTERS, "published": "2011-11-29"}),

    ("arUU4_othmani_replaces_benkirane_hespress", "ar",
     "الملك يعفي بنكيران ويعين العثماني رئيسا للحكومة\n"
     "هسبريس - الرباط\n"
     "استقبل الملك محمد السادس، مساء الجمعة بالقصر الملكي بالدار البيضاء، سعد الدين العثماني، رئيس المجلس الوطني "
     "لحزب العدالة والتنمية، وعينه رئيسا للحكومة خلفا لعبد الإله بنكيران، حسب بلاغ للديوان الملكي.\n"
     "وجاء هذا التعيين بعد يومين من إعفاء بنكيران، الأمين العام للحزب، الذي ظل عاجزا عن تشكيل أغلبية حكومية "
     "لأزيد من خمسة أشهر منذ تعيينه في العاشر من أكتوبر الماضي، في ما بات يعرف بـ\"البلوكاج\".\n"
     "وكانت المفاوضات قد توقفت بين بنكيران وعزيز أخنوش، رئيس التجمع الوطني للأحرار، منذ أن أصدر رئيس الحكومة "
     "المعين في يناير بلاغه الشهير \"انتهى الكلام\"، معلنا أنه لن يعود للقاء أخنوش.\n"
     "وفي أول خطوة له، التقى العثماني، أمس السبت بمقر الحزب بحي الليمون في الرباط، أخنوش، بحضور الأمين العام "
     "للحركة الشعبية امحند العنصر، في إطار المشاورات الأولى لتشكيل الحكومة.\n"
     "من جهته، قال بنكيران في تصريح مقتضب لهسبريس إنه \"يتمنى التوفيق للأخ سعد الدين\"، نافيا أن يكون قد التقى "
     "أي مسؤول في الديوان الملكي قبل الإعلان عن إعفائه.",
     [("MET_WITH", M6, OTHMANI, "سعد الدين العثماني، رئيس المجلس", "2017-03-17"),
      ("SUCCESSOR_OF", OTHMANI, BENKIRANE, "خلفا لعبد الإله بنكيران", "2017-03-17"),
      ("LEADS", OTHMANI, MOROCCO, "وعينه رئيسا للحكومة"),
      ("MEMBER_OF", OTHMANI, PJD, "رئيس المجلس الوطني"),
      ("LEADS", M6, MOROCCO, "استقبل الملك محمد السادس"),
      ("LEADS", BENKIRANE, PJD, "الأمين العام للحزب"),
      ("LEADS", AKHANNOUCH, RNI, "رئيس التجمع الوطني للأحرار"),
      ("LEADS", LAENSER, MP, "للحركة الشعبية امحند العنصر"),
      ]
     + met_group({OTHMANI: "التقى العثماني، أمس السبت", AKHANNOUCH: "في الرباط، أخنوش، بحضور",
                  LAENSER: "امحند العنصر، في إطار"}, "2017-03-18"),
     {"source": HESPRESS, "published": "2017-03-19"}),

    ("enUU5_akhannouch_head_of_government_mwn", "en",
     "King Mohammed VI Appoints Aziz Akhannouch as Head of Government\n"
     "Rabat - King Mohammed VI received on Friday at the Royal Palace in Fez Aziz Akhannouch, president of the "
     "National Rally of Independents (RNI), and appointed him Head of Government, tasking him with forming the "
     "new cabinet, according to a statement from the Royal Cabinet.\n"
     "The appointment comes two days after the RNI topped the September 8 legislative elections with 102 of the "
     "395 seats in the House of Representatives, ahead of the Authenticity and Modernity Party (PAM) and the "
     "Istiqlal Party.\n"
     "Akhannouch, a businessman who has served as agriculture minister since 2007, succeeds Saad Eddine El "
     "Othmani, whose Justice and Development Party (PJD) collapsed from 125 seats to just 13 after a decade at "
     "the helm of the government.\n"
     "El Othmani and the PJD's general secretariat resigned on Thursday, taking \"full political responsibility\" "
     "for the defeat. Former Head of Government Abdelilah Benkirane, who had called on El Othmani to step down, is "
     "widely tipped to return to the party's leadership at an extraordinary congress.\n"
     "Speaking to reporters after the audience, Akhannouch said he would begin consultations with party leaders "
     "next week. Asked whether he would meet PAM Secretary-General Abdellatif Ouahbi first, he said \"all doors "
     "are open.\"",
     [("MET_WITH", M6, AKHANNOUCH, "Aziz Akhannouch, president of the", "2021-09-10"),
      ("LEADS", AKHANNOUCH, RNI, "president of the National Rally"),
      ("LEADS", AKHANNOUCH, MOROCCO, "appointed him Head of Government"),
      ("LEADS", M6, MOROCCO, "King Mohammed VI received on Friday"),
      ("SUCCESSOR_OF", AKHANNOUCH, OTHMANI, "succeeds Saad Eddine El", "2021-09-10"),
      ("LEADS", OUAHBI, PAM, "PAM Secretary-General Abdellatif Ouahbi"),
      ("LEADS", BENKIRANE, MOROCCO, "Former Head of Government Abdelilah"),
      ],
     {"source": MWN, "published": "2021-09-10"}),

    ("arUU6_king_receives_sanchez_quds", "ar",
     "العاهل المغربي يستقبل سانشيز في الرباط وبيان مشترك يطوي صفحة الأزمة\n"
     "الرباط - «القدس العربي»: استقبل العاهل المغربي الملك محمد السادس، مساء الخميس في القصر الملكي بالرباط، "
     "رئيس الحكومة الإسباني بيدرو سانشيز، الذي يقوم بزيارة رسمية للمملكة بدعوة من العاهل المغربي، وأقام على "
     "شرفه مأدبة إفطار.\n"
     "وحضر المباحثات وزير الخارجية المغربي ناصر بوريطة ونظيره الإسباني خوسيه مانويل ألباريس، الذي خلف أرانتشا "
     "غونزاليس لايا على رأس الدبلوماسية الإسبانية في تموز/يوليو الماضي، وفق بلاغ للديوان الملكي.\n"
     "وأكد البيان المشترك الصادر في ختام الزيارة أن مدريد تعتبر مبادرة الحكم الذاتي المغربية «الأساس الأكثر "
     "جدية وواقعية ومصداقية» لتسوية النزاع حول الصحراء الغربية، وهو الموقف الذي أعلنه سانشيز في رسالة بعث بها "
     "إلى الملك في 14 آذار/مارس الماضي.\n"
     "وتأتي الزيارة بعد قرابة عام من أزمة دبلوماسية حادة اندلعت إثر استقبال إسبانيا زعيم جبهة البوليساريو "
     "إبراهيم غالي للعلاج في مستشفى بمدينة لوغرونيو بهوية مزيفة، استدعت على إثرها الرباط سفيرتها في مدريد كريمة "
     "بنيعيش، قبل أن تعود إلى منصبها الشهر الماضي.\n"
     "في المقابل، استدعت الجزائر سفيرها لدى مدريد للتشاور احتجاجا على الموقف الإسباني الجديد، فيما وصفت جبهة "
     "البوليساريو الزيارة بأنها «خيانة» للشعب الصحراوي.",
     met_group({M6: "استقبل العاهل المغربي الملك", SANCHEZ: "رئيس الحكومة الإسباني بيدرو سانشيز",
                BOURITA: "وزير الخارجية المغربي ناصر بوريطة", ALBARES: "خوسيه مانويل ألباريس، الذي"},
               "2022-04-07")
     + [("SUCCESSOR_OF", ALBARES, LAYA, "الذي خلف أرانتشا", "2021-07"),
        ("LEADS", M6, MOROCCO, "العاهل المغربي الملك محمد السادس"),
        ("LEADS", SANCHEZ, SPAIN, "الحكومة الإسباني بيدرو"),
        ("LEADS", GHALI, POLISARIO, "زعيم جبهة البوليساريو"),
        ],
     {"source": QUDS, "published": "2022-04-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUU")
