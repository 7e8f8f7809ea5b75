"""Blind set OX: the Maghreb 2011-2024 (second folder of OW-OX): Kamel Madouri's swearing-in in place of
Ahmed Hachani (August 2024), the US strike that killed Boubaker al-Hakim, who had claimed the killings of
Chokri Belaid and Mohamed Brahmi (December 2016), Parliament's confirmation of Abdelkader Bensalah as head of
state after Abdelaziz Bouteflika's resignation (April 2019), Abdelmadjid Tebboune's and Mohamed Ould
Ghazouani's summit at Tindouf (February 2024), Brahim Ghali's audience for Staffan de Mistura (September
2023), and Mohamed Ghannouchi's resignation and Beji Caid Essebsi's appointment (February 2011), as
Tunisia's state agency writes it in Arabic (TAP-like: "قرطاج (وات) -"، "جويلية"، "أوت"، "موكب أداء اليمين"),
a wire in English (AFP-like: "WASHINGTON, Dec 10, 2016 (AFP) -", "Raqa", "the IS group"), an Algerian
private daily in Arabic (Echorouk-like: "الجزائر: الشروق"، "وعلمت «الشروق»"), a Gulf English daily (The
National-like: "Mr Ghazouani"), the Polisario's news agency in Arabic (SPS-like: "الشهيد الحافظ ... (واص)"،
"رئيس الجمهورية، الأمين العام لجبهة البوليساريو") and a pan-Arab TV news site in English (Al Jazeera
English-like: a standfirst line, "no relation of").
Pieces: Madouri succeeds Hachani, Saied meets him and Jaffel; Hachani had succeeded Bouden, who had
succeeded Mechichi (Arabic, OX1); a US strike killed Hakim, who claimed the killings of Belaid and Brahmi;
Jomaa's cabinet takes over from Laarayedh's (English, OX2); Bensalah succeeds Bouteflika, receives Bedoui
and Belaiz together; Goudjil takes over the Council of the Nation from him (Arabic, OX3); Tebboune and
Ghazouani meet with Attaf and Ould Merzouk present; Larbaoui welcomes Ghazouani; Ghazouani had succeeded
Ould Abdel Aziz (English, OX4); Ghali receives de Mistura with Bayoun and Sidi Omar present; de Mistura had
met Attaf; he had succeeded Kohler (Arabic, OX5); Essebsi succeeds Mohamed Ghannouchi, is received by
Mebazaa; Ghannouchi had taken over from Ben Ali, Mebazaa named in Ben Ali's place; Ghannouchi had met Jerad
(English, OX6).
Excluded on purpose (no relation): Larbaoui's congratulation call to Madouri (OX1); the Tunisian
authorities' accusation of Ansar al-Sharia, the two IS members who "died in Raqa" with no stated agent
(OX2); the cancelled meeting with Hirak representatives, the protesters' slogan (OX3); the postponed joint
commission of Larbaoui and Ould Bilal, Ghali, who "was not present" (OX4); de Mistura's expected meeting
with Ghazouani in Nouakchott (planned) (OX5); the protesters "killed in clashes" (unnamed), Rached
Ghannouchi's return from exile (OX6).
Judgement calls: "التقى رئيس الجمهورية برئيس الحكومة الجديد" is a meeting with Madouri (description) (OX1);
Hakim's video claim "it is we who killed Chokri Belaid and Mohamed Brahmi" gives both victims -> Hakim (he
claims the killing; the IS, for which he spoke, is not annotated as agent) (OX2); "A US air strike ...
killed" -> country:united-states (OX2); "to hand over power to a technocrat cabinet led by Mehdi Jomaa" is a
succession of Jomaa to Laarayedh (OX2); "استقبل ... بدوي، رفقة ... بلعيز" (received together) is a meeting of
the three (OX3); "ويخلف بن صالح على رأس مجلس الأمة، بالنيابة" is a succession (an acting
holder takes over the post) (OX3); "welcomed at Tindouf airport by" is a meeting (OX4); the two ministers "in the presence of" are each
paired with both presidents and with each other (OX4), and the same for the two attendees "بحضور" of
Ghali's audience (OX5); "briefly declared himself acting president ... when Ben Ali fled" is a succession
of Mohamed Ghannouchi to Ben Ali, and "named Mebazaa ... as interim president in Ben Ali's place" one of
Mebazaa to Ben Ali (OX6); a prime minister LEADS the country (the SADR's prime minister the SADR), a foreign
minister the ministry (gazetteer ids).
Filled in for the exercise: the hour of the swearing-in, the Jaffel audience, Larbaoui's call (OX1); the
statement's wording, the two other IS members (OX2); the presidency statement on Bedoui's and Belaiz's
audience, the cancelled Hirak meeting (OX3); the length of the road, the airport welcome by Larbaoui, the
postponed joint commission (OX4); the attendees of Ghali's audience, the day of the Attaf meeting, the
planned Nouakchott stop (OX5); the reception at Carthage before the address, the Saturday talks with Jerad
(OX6).
Spellings: "كمال المدوري"، "نجلاء بودن رمضان"، "قيس سعيّد" (OX1); "Boubaker al-Hakim", "Raqa", "Ali Larayedh"
(OX2); "الفريق أحمد قايد صالح"، "الطيب بلعيز"، "صالح قوجيل" (OX3); "Mohamed Ould Cheikh El Ghazouani", "Mr
Ghazouani" (OX4); "ستافان دي ميستورا"، "بشرايا حمودي بيون"، "هورست كوهلر" (OX5); "Mohammed Ghannouchi",
"Zine El Abidine Ben Ali", "Fouad Mebazaa" (OX6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ox import ALL  # noqa: E402

HERE = Path(__file__).parent

TUNISIA, ALGERIA, MAURITANIA, US = "country:tunisia", "country:algeria", "country:mauritania", "country:united-states"
ALGIERS = "location:algiers"
ENNAHDA, UGTT, IS, DOD = ("organization:ennahda", "organization:ugtt", "organization:islamic-state",
                          "organization:us-department-of-defense")
DZARMY, DZFM, MRFM, SENATE, CONSTCOUNCIL = (
    "organization:algerian-peoples-national-army", "organization:algerian-foreign-ministry",
    "organization:mauritanian-foreign-ministry", "organization:algerian-council-of-the-nation",
    "organization:algerian-constitutional-council")
POLISARIO, SADR = "organization:polisario-front", "organization:sahrawi-arab-democratic-republic"
SAIED, MADOURI, HACHANI, BOUDEN, MECHICHI, JAFFEL = (
    "person:kais-saied", "person:kamel-maddouri", "person:ahmed-hachani", "person:najla-bouden",
    "person:hichem-mechichi", "person:leila-jaffel")
HAKIM, BELAID, BRAHMI, COOK, LAARAYEDH, JOMAA = (
    "person:boubaker-al-hakim", "person:chokri-belaid", "person:mohamed-brahmi", "person:peter-cook",
    "person:ali-laarayedh", "person:mehdi-jomaa")
BENSALAH, BOUTEFLIKA, GAIDSALAH, BEDOUI, BELAIZ, GOUDJIL = (
    "person:abdelkader-bensalah", "person:abdelaziz-bouteflika", "person:ahmed-gaid-salah",
    "person:noureddine-bedoui", "person:tayeb-belaiz", "person:salah-goudjil")
TEBBOUNE, GHAZOUANI, ATTAF, MERZOUK, LARBAOUI, OULDABDELAZIZ, GHALI = (
    "person:abdelmadjid-tebboune", "person:mohamed-ould-ghazouani", "person:ahmed-attaf",
    "person:mohamed-salem-ould-merzouk", "person:nadir-larbaoui", "person:mohamed-ould-abdel-aziz",
    "person:brahim-ghali")
DEMISTURA, BAYOUN, SIDIOMAR, KOHLER = ("person:staffan-de-mistura", "person:bouchraya-hammoudi-bayoun",
                                       "person:sidi-mohamed-omar", "person:horst-kohler")
MGHANNOUCHI, BENALI, MEBAZAA, ESSEBSI, JERAD, RGHANNOUCHI = (
    "person:mohamed-ghannouchi", "person:zine-el-abidine-ben-ali", "person:fouad-mebazaa",
    "person:beji-caid-essebsi", "person:abdessalem-jerad", "person:rached-ghannouchi")

TAP = "blind set (Tunisian state news agency, Arabic, TAP-like)"
AFP = "blind set (international news wire, English, AFP-like)"
SHOROUK = "blind set (Algerian private daily, Arabic, Echorouk-like)"
NATIONAL = "blind set (Gulf English-language daily, The National-like)"
SPS = "blind set (Polisario Front news agency, Arabic, SPS-like)"
AJE = "blind set (pan-Arab TV news site, English, Al Jazeera English-like)"

ARTICLES = [
    ("arOX1_madouri_sworn_in_tap", "ar",
     "رئيس الجمهورية يشرف على موكب أداء اليمين لرئيس الحكومة الجديد كمال المدوري\n"
     "قرطاج (وات) - أشرف رئيس الجمهورية قيس سعيّد، مساء الأربعاء بقصر قرطاج، على موكب أداء اليمين لكمال "
     "المدوري رئيسا للحكومة، خلفا لأحمد الحشاني الذي أنهى رئيس الدولة مهامه ليلة الأربعاء.\n"
     "وكان المدوري يشغل منذ ماي 2024 خطة وزير الشؤون الاجتماعية.\n"
     "وعقب أداء اليمين، التقى رئيس الجمهورية برئيس الحكومة الجديد، وأكد على ضرورة \"العمل المتواصل لتحقيق "
     "انتظارات الشعب التونسي\" و\"التصدي لكل محاولات ضرب مؤسسات الدولة\".\n"
     "والمدوري هو ثالث رئيس حكومة منذ 25 جويلية 2021، إذ كان الحشاني قد خلف نجلاء بودن رمضان في غرة أوت 2023، "
     "وهي التي عُيّنت في 29 سبتمبر 2021 على رأس الحكومة بعد أن أعفى رئيس الجمهورية هشام المشيشي من مهامه إثر "
     "إعلان التدابير الاستثنائية.\n"
     "من جهة أخرى، استقبل رئيس الجمهورية، يوم الثلاثاء بقصر قرطاج، وزيرة العدل ليلى جفال، وتناول اللقاء سير "
     "المرفق القضائي.\n"
     "وتلقى رئيس الحكومة الجديد اتصالا هاتفيا من نظيره الجزائري نذير العرباوي هنأه فيه بتوليه مهامه.",
     [("SUCCESSOR_OF", MADOURI, HACHANI, "خلفا لأحمد الحشاني", "2024-08-07"),
      ("LEADS", SAIED, TUNISIA, "أشرف رئيس الجمهورية قيس سعيّد"),
      ("LEADS", MADOURI, TUNISIA, "المدوري رئيسا للحكومة"),
      ("MET_WITH", SAIED, MADOURI, "التقى رئيس الجمهورية برئيس الحكومة الجديد", "2024-08-07"),
      ("SUCCESSOR_OF", HACHANI, BOUDEN, "كان الحشاني قد خلف نجلاء", "2023-08-01"),
      ("SUCCESSOR_OF", BOUDEN, MECHICHI, "بعد أن أعفى رئيس الجمهورية هشام المشيشي", "2021-09-29"),
      ("MET_WITH", SAIED, JAFFEL, "وزيرة العدل ليلى جفال", "2024-08-06"),
      ("LEADS", "person:nadir-larbaoui", ALGERIA, "نظيره الجزائري نذير العرباوي"),
      ],
     {"source": TAP, "published": "2024-08-08"}),

    ("enOX2_us_strike_kills_hakim_afp", "en",
     "US strike killed jihadist who claimed Tunisia assassinations: Pentagon\n"
     "WASHINGTON, Dec 10, 2016 (AFP) - A US air strike in the Syrian city of Raqa killed Boubaker al-Hakim, a "
     "French-Tunisian jihadist who claimed the 2013 assassinations of two Tunisian opposition figures, the "
     "Pentagon said Saturday.\n"
     "Hakim, a senior operative of the Islamic State group linked to attacks in France and Tunisia, was killed "
     "on November 26, Pentagon spokesman Peter Cook said in a statement.\n"
     "In a video released in December 2014, Hakim said: \"Yes, tyrants, it is we who killed Chokri Belaid and "
     "Mohamed Brahmi.\"\n"
     "Belaid, a fierce critic of the Islamist party Ennahda, was shot dead outside his home in Tunis in February "
     "2013. Brahmi, a leftist member of parliament, was gunned down in front of his family six months later, "
     "on the day Tunisia celebrated the anniversary of the republic.\n"
     "The Tunisian authorities at the time blamed both killings on the jihadist group Ansar al-Sharia, which was "
     "then designated a terrorist organisation.\n"
     "Cook said two other IS members involved in planning attacks abroad had died in Raqa in early November, "
     "without giving details.\n"
     "The two assassinations plunged Tunisia into a political crisis that forced the Ennahda-led government of "
     "Ali Larayedh to hand over power to a technocrat cabinet led by Mehdi Jomaa in January 2014.",
     [("ASSASSINATED_BY", HAKIM, US, "A US air strike in the Syrian city of Raqa killed", "2016-11-26"),
      ("MEMBER_OF", HAKIM, IS, "a senior operative of the Islamic State group"),
      ("MEMBER_OF", COOK, DOD, "Pentagon spokesman Peter Cook"),
      ("ASSASSINATED_BY", BELAID, HAKIM, "it is we who killed Chokri Belaid", "2013-02-06"),
      ("ASSASSINATED_BY", BRAHMI, HAKIM, "Belaid and Mohamed Brahmi", "2013-07-25"),
      ("SUCCESSOR_OF", JOMAA, LAARAYEDH, "to hand over power to a technocrat cabinet", "2014-01-29"),
      ("LEADS", LAARAYEDH, TUNISIA, "the Ennahda-led government of"),
      ],
     {"source": AFP, "published": "2016-12-10"}),

    ("arOX3_bensalah_head_of_state_shorouk", "ar",
     "البرلمان يثبّت بن صالح رئيساً للدولة لـ90 يوماً.. والشارع يرد: \"ترحلو ڨاع\"\n"
     "الجزائر: الشروق\n"
     "ثبّت البرلمان بغرفتيه، أمس الثلاثاء، رئيس مجلس الأمة عبد القادر بن صالح رئيساً للدولة لمدة أقصاها 90 يوماً، "
     "خلفاً للرئيس المستقيل عبد العزيز بوتفليقة، تطبيقاً للمادة 102 من الدستور، في جلسة قاطعتها أحزاب المعارضة.\n"
     "وكان بوتفليقة قد قدّم استقالته للمجلس الدستوري مساء 2 أفريل، ساعات بعد أن طالب رئيس أركان الجيش الفريق "
     "أحمد قايد صالح بـ\"التطبيق الفوري\" للمادة 102.\n"
     "وفور تثبيته، استقبل بن صالح بمقر رئاسة الجمهورية الوزير الأول نور الدين بدوي، رفقة رئيس المجلس الدستوري "
     "الطيب بلعيز، حسب بيان للرئاسة، تناول \"التحضير للاستحقاق الرئاسي\".\n"
     "في المقابل، خرج آلاف الطلبة إلى شوارع العاصمة رافعين شعار رحيل \"الباءات الثلاث\": بن صالح وبدوي وبلعيز.\n"
     "وعلمت \"الشروق\" أن لقاءً كان مرتقباً بين رئيس الدولة الجديد وممثلين عن الحراك أُلغي في آخر لحظة، بعد "
     "رفض عدد من الوجوه البارزة المشاركة.\n"
     "ويخلف بن صالح على رأس مجلس الأمة، بالنيابة، صالح قوجيل بصفته أكبر الأعضاء سناً، إلى حين انتخاب رئيس جديد "
     "للغرفة العليا.",
     [("SUCCESSOR_OF", BENSALAH, BOUTEFLIKA, "خلفاً للرئيس المستقيل", "2019-04-09"),
      ("LEADS", BENSALAH, SENATE, "رئيس مجلس الأمة عبد القادر"),
      ("LEADS", GAIDSALAH, DZARMY, "رئيس أركان الجيش الفريق"),
      ("MET_WITH", BENSALAH, BEDOUI, "الوزير الأول نور الدين بدوي، رفقة", "2019-04-09"),
      ("MET_WITH", BENSALAH, BELAIZ, "وفور تثبيته، استقبل بن صالح", "2019-04-09"),
      ("MET_WITH", BEDOUI, BELAIZ, "رفقة رئيس المجلس الدستوري", "2019-04-09"),
      ("LEADS", BEDOUI, ALGERIA, "بمقر رئاسة الجمهورية الوزير الأول"),
      ("LEADS", BELAIZ, CONSTCOUNCIL, "رئيس المجلس الدستوري الطيب"),
      ("SUCCESSOR_OF", GOUDJIL, BENSALAH, "ويخلف بن صالح على رأس مجلس الأمة", "2019-04-09"),
      ],
     {"source": SHOROUK, "published": "2019-04-10"}),

    ("enOX4_tebboune_ghazouani_tindouf_national", "en",
     "Tebboune and Ghazouani open first Algeria-Mauritania border crossing\n"
     "Algerian President Abdelmadjid Tebboune and his Mauritanian counterpart Mohamed Ould Cheikh El Ghazouani on "
     "Thursday inaugurated the first official border crossing between their countries, near the south-western "
     "Algerian city of Tindouf, and laid the foundation stone of an 840-kilometre road to Zouerate.\n"
     "The two presidents held talks in Tindouf in the presence of Algerian Foreign Minister Ahmed Attaf and his "
     "Mauritanian counterpart Mohamed Salem Ould Merzouk, before launching a free-trade zone on the Algerian "
     "side of the border.\n"
     "Mr Ghazouani, who flew in from Nouakchott, was welcomed at Tindouf airport by Prime Minister Nadir "
     "Larbaoui.\n"
     "A meeting of the joint commission, to be chaired by Mr Larbaoui and Mauritanian Prime Minister Mohamed "
     "Ould Bilal, has been postponed to the spring.\n"
     "The visit comes two years after Mr Ghazouani's state visit to Algiers in December 2021, his first since "
     "he succeeded Mohamed Ould Abdel Aziz in 2019.\n"
     "Tindouf hosts the Sahrawi refugee camps run by the Polisario Front, whose leader Brahim Ghali was not "
     "present at the ceremony, according to Algerian state media. Morocco did not comment.",
     [("MET_WITH", TEBBOUNE, GHAZOUANI, "The two presidents held talks in Tindouf", "2024-02-22"),
      ("LEADS", TEBBOUNE, ALGERIA, "Algerian President Abdelmadjid Tebboune"),
      ("LEADS", GHAZOUANI, MAURITANIA, "counterpart Mohamed Ould Cheikh El Ghazouani"),
      ("MET_WITH", ATTAF, TEBBOUNE, "in the presence of Algerian Foreign Minister", "2024-02-22"),
      ("MET_WITH", ATTAF, GHAZOUANI, "Foreign Minister Ahmed Attaf and his", "2024-02-22"),
      ("MET_WITH", MERZOUK, TEBBOUNE, "counterpart Mohamed Salem Ould Merzouk", "2024-02-22"),
      ("MET_WITH", MERZOUK, GHAZOUANI, "Ould Merzouk, before launching", "2024-02-22"),
      ("MET_WITH", ATTAF, MERZOUK, "Ahmed Attaf and his Mauritanian", "2024-02-22"),
      ("LEADS", ATTAF, DZFM, "Algerian Foreign Minister Ahmed Attaf"),
      ("LEADS", MERZOUK, MRFM, "Mauritanian counterpart Mohamed Salem"),
      ("MET_WITH", LARBAOUI, GHAZOUANI, "was welcomed at Tindouf airport by", "2024-02-22"),
      ("LEADS", LARBAOUI, ALGERIA, "by Prime Minister Nadir"),
      ("VISITED", GHAZOUANI, ALGIERS, "state visit to Algiers in December 2021", "2021-12-27"),
      ("SUCCESSOR_OF", GHAZOUANI, OULDABDELAZIZ, "he succeeded Mohamed Ould Abdel Aziz", "2019-08-01"),
      ("LEADS", GHALI, POLISARIO, "whose leader Brahim Ghali"),
      ],
     {"source": NATIONAL, "published": "2024-02-23"}),

    ("arOX5_ghali_receives_de_mistura_sps", "ar",
     "رئيس الجمهورية يستقبل المبعوث الشخصي للأمين العام الأممي إلى الصحراء الغربية\n"
     "الشهيد الحافظ 7 سبتمبر 2023 (واص) - استقبل رئيس الجمهورية، الأمين العام لجبهة البوليساريو، السيد إبراهيم "
     "غالي، اليوم الخميس، المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية، السيد ستافان دي "
     "ميستورا، والوفد المرافق له.\n"
     "وجرى اللقاء بحضور الوزير الأول بشرايا حمودي بيون، وممثل جبهة البوليساريو بالأمم المتحدة والمنسق مع بعثة "
     "المينورسو، سيدي محمد عمر.\n"
     "وجدد رئيس الجمهورية خلال اللقاء تمسك الشعب الصحراوي بحقه غير القابل للتصرف في تقرير المصير والاستقلال، "
     "محملاً مجلس الأمن مسؤولية \"التلكؤ\" في تنفيذ قراراته.\n"
     "وكان المبعوث الأممي قد التقى، أمس الأربعاء بالجزائر العاصمة، وزير الشؤون الخارجية والجالية الوطنية "
     "بالخارج، أحمد عطاف.\n"
     "ومن المنتظر أن يتوجه السيد دي ميستورا إلى نواكشوط، حيث يرتقب أن يلتقي الرئيس الموريتاني محمد ولد الشيخ "
     "الغزواني.\n"
     "ويأتي هذا اللقاء بعد قرابة عامين من تولي الدبلوماسي الإيطالي-السويدي مهامه خلفا للرئيس الألماني الأسبق "
     "هورست كوهلر، الذي استقال في ماي 2019.",
     [("MET_WITH", GHALI, DEMISTURA, "السيد ستافان دي", "2023-09-07"),
      ("LEADS", GHALI, SADR, "استقبل رئيس الجمهورية، الأمين العام"),
      ("LEADS", GHALI, POLISARIO, "الأمين العام لجبهة البوليساريو، السيد"),
      ("MET_WITH", BAYOUN, GHALI, "بحضور الوزير الأول بشرايا", "2023-09-07"),
      ("MET_WITH", BAYOUN, DEMISTURA, "وجرى اللقاء بحضور", "2023-09-07"),
      ("MET_WITH", SIDIOMAR, GHALI, "سيدي محمد عمر", "2023-09-07"),
      ("MET_WITH", SIDIOMAR, DEMISTURA, "وممثل جبهة البوليساريو بالأمم المتحدة", "2023-09-07"),
      ("MET_WITH", BAYOUN, SIDIOMAR, "حمودي بيون، وممثل", "2023-09-07"),
      ("LEADS", BAYOUN, SADR, "الوزير الأول بشرايا حمودي"),
      ("MEMBER_OF", SIDIOMAR, POLISARIO, "وممثل جبهة البوليساريو"),
      ("MET_WITH", DEMISTURA, ATTAF, "وكان المبعوث الأممي قد التقى", "2023-09-06"),
      ("LEADS", ATTAF, DZFM, "وزير الشؤون الخارجية والجالية"),
      ("LEADS", GHAZOUANI, MAURITANIA, "الرئيس الموريتاني محمد ولد"),
      ("SUCCESSOR_OF", DEMISTURA, KOHLER, "خلفا للرئيس الألماني الأسبق", "2021-11-01"),
      ],
     {"source": SPS, "published": "2023-09-07"}),

    ("enOX6_essebsi_replaces_ghannouchi_aje", "en",
     "Tunisia's PM Ghannouchi resigns amid protests\n"
     "Veteran politician Beji Caid Essebsi takes over as prime minister, the latest change at the top since Ben "
     "Ali fled six weeks ago.\n"
     "Tunisia's interim prime minister, Mohammed Ghannouchi, has resigned, bowing to weeks of protests by "
     "demonstrators who saw him as too close to the toppled regime of Zine El Abidine Ben Ali.\n"
     "Hours later, interim President Fouad Mebazaa named Beji Caid Essebsi, an 84-year-old former foreign "
     "minister under Habib Bourguiba, as Ghannouchi's successor.\n"
     "Mebazaa made the announcement in a televised address after receiving Essebsi at Carthage Palace.\n"
     "Ghannouchi, who had served as Ben Ali's prime minister since 1999, briefly declared himself acting "
     "president on January 14 when Ben Ali fled to Saudi Arabia, before the Constitutional Council named "
     "Mebazaa, then speaker of parliament, as interim president in Ben Ali's place the next day.\n"
     "On Saturday, Ghannouchi had held talks with the UGTT's secretary-general, Abdessalem Jerad, in a failed "
     "attempt to calm the unions. Three protesters were killed in clashes in central Tunis the same day.\n"
     "Ennahda leader Rached Ghannouchi, no relation of the outgoing prime minister, returned from exile in "
     "London on January 30.",
     [("SUCCESSOR_OF", ESSEBSI, MGHANNOUCHI, "as Ghannouchi's successor", "2011-02-27"),
      ("LEADS", MGHANNOUCHI, TUNISIA, "interim prime minister, Mohammed Ghannouchi"),
      ("LEADS", MEBAZAA, TUNISIA, "interim President Fouad Mebazaa named"),
      ("MET_WITH", MEBAZAA, ESSEBSI, "after receiving Essebsi at Carthage Palace", "2011-02-27"),
      ("SUCCESSOR_OF", MGHANNOUCHI, BENALI, "briefly declared himself acting", "2011-01-14"),
      ("SUCCESSOR_OF", MEBAZAA, BENALI, "in Ben Ali's place", "2011-01-15"),
      ("MET_WITH", MGHANNOUCHI, JERAD, "had held talks with the UGTT's", "2011-02-26"),
      ("LEADS", JERAD, UGTT, "the UGTT's secretary-general, Abdessalem Jerad"),
      ("LEADS", RGHANNOUCHI, ENNAHDA, "Ennahda leader Rached Ghannouchi"),
      ],
     {"source": AJE, "published": "2011-02-27"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOX")
