"""Blind set NT: the Maghreb 2021-2024 (second folder of NS-NT): Kais Saied's replacement of Ahmed
Hachani by Kamel Madouri (August 2024), Saied's visit to Tripoli (March 2021), Tunisia after the
measures of 25 July 2021 (Mechichi's dismissal, Saied's meetings with Taboubi and Jonathan Finer, Najla
Bouden's appointment), Mohammed VI's appointment of Aziz Akhannouch (September 2021), Staffan de
Mistura's first regional tour (January 2022) and the killing of Adnan Abu Walid al-Sahrawi by French
forces (announced September 2021), as a Tunisian French-language daily's English site writes it
(Business News-like: "Tunis -", "Head of Government"), a Libyan news site in Arabic (Al Wasat-like:
"بوابة الوسط"، "صباح اليوم"), a think-tank brief in English (Crisis Group / Carnegie-like: dated
paragraphs, "In our view"), a Moroccan news site in Arabic (Hespress-like: "صاحب الجلالة الملك محمد
السادس، نصره الله"، "شتنبر"), a Gulf English daily (Arab News-like: "DUBAI:") and a French TV news
site in Arabic (France 24-like: "فرانس24 / أ ف ب"، "جوان").
Pieces: Madouri sworn in before Saied, who met him afterwards, Madouri replaces Hachani, who had taken
over from Bouden (English, NT1); Menfi receives Saied in Tripoli and holds talks with Jerandi, Koni and
Lafi present, Saied meets Dbeibah, who had taken over from Sarraj (Arabic, NT2); Saied dismisses
Mechichi, who had replaced Fakhfakh, meets Taboubi, receives Finer's delegation, names Bouden to succeed
Mechichi (English, NT3); the King receives Akhannouch, who succeeds Othmani, Akhannouch meets Ouahbi then
Baraka (Arabic, NT4); de Mistura meets Ould Cheikh Ahmed, Bourita, Ghali and Lamamra (English, NT5);
French forces kill al-Sahrawi, and had killed Droukdel in a French operation (Arabic, NT6).
Excluded on purpose (no relation): the list of Saied's earlier heads of government, Taboubi's refusal to
meet Madouri before his programme (NT1); Menfi's phone call to Saied (NT2); Blinken's phone call to
Saied, Ghannouchi kept out of parliament by the army (NT3); Othmani's phone call to Akhannouch (NT4);
Tebboune, who did not receive the envoy (NT5); Bah ag Moussa, killed near Menaka with no agent in this
piece, the Malian junta (NT6).
Judgement calls: "was sworn in ... before President Kais Saied" alone is not a meeting, "the head of
state held a meeting with the new head of government" is (NT1); «بحضور» Jerandi, Koni and Lafi: each
with both principals (Saied, Menfi), not with each other; «تسلّم مهامه رسميا من» is a succession (NT2);
"a US delegation led by Jonathan Finer" meeting Saied gives Finer-Saied only (no other member named)
(NT3); «التقى، على التوالي» two party leaders: separate meetings, not with each other (NT4); "where he was
received by" is a meeting (NT5); "French forces" are the French Armed Forces' id, «في عملية للقوات
الفرنسية» states the agent of Droukdel's death, al-Sahrawi "a former member of the Polisario Front" is
MEMBER_OF (as "once led" is LEADS in NK3) (NT6).
Filled in for the exercise: the meeting after the swearing-in and Taboubi's words (NT1); the attendees,
Menfi's call and the length of the talks (NT2); the wording of the brief and the day of the Taboubi
meeting (NT3); the order of Akhannouch's consultations and the day, Othmani's call (NT4); the days of
the tour and the Algerian media's remark (NT5); France 24's wording, the place of Bah ag Moussa's
death as given (NT6).
Spellings: "Kamel Madouri", "Ahmed Hachani" (NT1); «قيس سعيد»، «عبدالحميد الدبيبة»، «عثمان الجرندي» (NT2);
"Hichem Mechichi", "Noureddine Taboubi", "Najla Bouden Romdhane" (NT3); «عزيز أخنوش»، «سعد الدين العثماني»
(NT4); "Ramtane Lamamra", "Ismail Ould Cheikh Ahmed" (NT5); «عدنان أبو وليد الصحراوي»، «عبد المالك
دروكدال» (NT6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_nt import ALL  # noqa: E402

HERE = Path(__file__).parent

TUNISIA, MOROCCO, ALGERIA, LIBYA = "country:tunisia", "country:morocco", "country:algeria", "country:libya"
TRIPOLI, TINDOUF = "location:tripoli", "location:tindouf"
TUNPARL, TUNFM, ENNAHDA, UGTT = ("organization:tunisian-parliament", "organization:tunisian-foreign-ministry",
                                 "organization:ennahda", "organization:ugtt")
PC, GNU = "organization:libyan-presidential-council", "organization:government-of-national-unity-libya"
RNI, PJD, PAM, ISTIQLAL = ("organization:national-rally-of-independents", "organization:pjd-morocco",
                           "organization:authenticity-and-modernity-party", "organization:istiqlal-party")
POLISARIO, MORFM, ALGFM, MAURFM = ("organization:polisario-front", "organization:moroccan-foreign-ministry",
                                   "organization:algerian-foreign-ministry", "organization:mauritanian-foreign-ministry")
AQIM, ISGS, JNIM, FAF = ("organization:aqim", "organization:islamic-state-sahel-province", "organization:jnim",
                         "organization:french-armed-forces")
FRANCE = "country:france"
SAIED, MADOURI, HACHANI, BOUDEN, MECHICHI, FAKHFAKH, GHANNOUCHI, TABOUBI, JERANDI = (
    "person:kais-saied", "person:kamel-maddouri", "person:ahmed-hachani", "person:najla-bouden",
    "person:hichem-mechichi", "person:elyes-fakhfakh", "person:rached-ghannouchi", "person:noureddine-taboubi",
    "person:othman-jerandi")
MENFI, DBEIBAH, SARRAJ, KONI, LAFI = ("person:mohamed-al-menfi", "person:abdul-hamid-dbeibah", "person:fayez-al-sarraj",
                                      "person:musa-al-koni", "person:abdullah-al-lafi")
FINER, BIDEN, BLINKEN = "person:jonathan-finer", "person:joe-biden", "person:antony-blinken"
KING, AKHANNOUCH, OTHMANI, OUAHBI, BARAKA = ("person:mohammed-vi", "person:aziz-akhannouch",
                                            "person:saadeddine-othmani", "person:abdellatif-ouahbi",
                                            "person:nizar-baraka")
DEMISTURA, BOURITA, GHALI, LAMAMRA, OCA, TEBBOUNE = (
    "person:staffan-de-mistura", "person:nasser-bourita", "person:brahim-ghali", "person:ramtane-lamamra",
    "person:ismail-ould-cheikh-ahmed", "person:abdelmadjid-tebboune")
SAHRAWI, DROUKDEL, MACRON, PARLY, BAH, GOITA = (
    "person:adnan-abu-walid-al-sahrawi", "person:abdelmalek-droukdel", "person:emmanuel-macron",
    "person:florence-parly", "person:bah-ag-moussa", "person:assimi-goita")

BN = "blind set (Tunisian daily's English site, Business News-like)"
WASAT = "blind set (Libyan news site, Arabic, Al Wasat-like)"
BRIEF = "blind set (think-tank brief, English, Crisis Group / Carnegie-like)"
HESPRESS = "blind set (Moroccan news site, Arabic, Hespress-like)"
ARABNEWS = "blind set (Gulf English daily, Arab News-like)"
F24 = "blind set (French TV news site, Arabic service, France 24-like)"

ARTICLES = [
    ("enNT1_madouri_replaces_hachani_bn", "en",
     "Kamel Madouri sworn in as Head of Government, replacing Ahmed Hachani\n"
     "Tunis - Kamel Madouri, until now Minister of Social Affairs, was sworn in on Thursday before President Kais "
     "Saied at Carthage Palace as Tunisia's new Head of Government, hours after the head of state dismissed Ahmed "
     "Hachani in a late-night decree.\n"
     "After the ceremony, the head of state held a meeting with the new Head of Government, stressing the need "
     "to \"preserve national security\" and to guarantee the right to water and electricity, according to a "
     "video published by the Presidency.\n"
     "Madouri replaces Hachani, a retired Central Bank official, who had been appointed on August 1, 2023, to "
     "take over from Najla Bouden.\n"
     "No reason was given for the dismissal, which comes two months before the presidential election of "
     "October 6, in which Saied is seeking a second term.\n"
     "Saied's heads of government since 2020 have included Elyes Fakhfakh, who resigned after five months in "
     "a conflict-of-interest case, Hichem Mechichi, Bouden and Hachani.\n"
     "The secretary-general of the UGTT, Noureddine Taboubi, said the union had not been consulted and would "
     "not meet the new Head of Government before he presented a programme.",
     [("LEADS", SAIED, TUNISIA, "before President Kais"),
      ("LEADS", MADOURI, TUNISIA, "as Tunisia's new Head of Government"),
      ("MET_WITH", SAIED, MADOURI, "held a meeting with the new Head of Government", "2024-08-08"),
      ("SUCCESSOR_OF", MADOURI, HACHANI, "Madouri replaces Hachani", "2024-08-07"),
      ("SUCCESSOR_OF", HACHANI, BOUDEN, "take over from Najla Bouden", "2023-08-01"),
      ("LEADS", TABOUBI, UGTT, "The secretary-general of the UGTT"),
      ],
     {"source": BN, "published": "2024-08-08"}),

    ("arNT2_saied_in_tripoli_wasat", "ar",
     "سعيد في طرابلس: أول زيارة لرئيس تونسي إلى ليبيا منذ تسع سنوات\n"
     "بوابة الوسط | طرابلس\n"
     "وصل الرئيس التونسي قيس سعيد، صباح اليوم الأربعاء، إلى العاصمة طرابلس في زيارة رسمية تستغرق يوما واحدا، "
     "وكان في استقباله بمطار معيتيقة الدولي رئيس المجلس الرئاسي محمد المنفي.\n"
     "وعقد المنفي وضيفه جلسة محادثات رسمية استمرت أكثر من ساعة، بحضور وزير الخارجية التونسي عثمان الجرندي، "
     "ونائبي رئيس المجلس الرئاسي موسى الكوني وعبدالله اللافي، تناولت إعادة فتح المعابر الحدودية واستئناف "
     "الرحلات الجوية بين البلدين.\n"
     "كما التقى سعيد رئيس حكومة الوحدة الوطنية عبدالحميد الدبيبة، الذي أكد أن \"تونس هي العمق الطبيعي "
     "لليبيا\".\n"
     "وتأتي الزيارة غداة تسلّم الدبيبة مهامه رسميا من رئيس حكومة الوفاق الوطني السابق فائز السراج، في حفل "
     "أقيم بمقر رئاسة الوزراء في طريق السكة.\n"
     "وكان المنفي قد أجرى الأسبوع الماضي اتصالا هاتفيا بالرئيس التونسي، دعاه خلاله إلى زيارة ليبيا، وهي "
     "الدعوة التي لباها سعيد بعد أيام قليلة.\n"
     "وقال سعيد في تصريح مقتضب عقب اللقاء إن بلاده \"مستعدة لتقديم كل الدعم\" لإنجاح المرحلة الانتقالية حتى "
     "موعد الانتخابات.",
     [("VISITED", SAIED, TRIPOLI, "إلى العاصمة طرابلس في زيارة رسمية"),
      ("LEADS", SAIED, TUNISIA, "وصل الرئيس التونسي قيس سعيد"),
      ("LEADS", MENFI, PC, "رئيس المجلس الرئاسي محمد المنفي"),
      ("MET_WITH", MENFI, SAIED, "وعقد المنفي وضيفه جلسة محادثات", "2021-03-17"),
      ("MET_WITH", JERANDI, MENFI, "بحضور وزير الخارجية التونسي", "2021-03-17"),
      ("MET_WITH", JERANDI, SAIED, "عثمان الجرندي، ونائبي", "2021-03-17"),
      ("LEADS", JERANDI, TUNFM, "وزير الخارجية التونسي عثمان"),
      ("MET_WITH", KONI, MENFI, "ونائبي رئيس المجلس الرئاسي موسى", "2021-03-17"),
      ("MET_WITH", KONI, SAIED, "موسى الكوني", "2021-03-17"),
      ("MET_WITH", LAFI, MENFI, "وعبدالله اللافي", "2021-03-17"),
      ("MET_WITH", LAFI, SAIED, "اللافي، تناولت", "2021-03-17"),
      ("MEMBER_OF", KONI, PC, "ونائبي رئيس المجلس الرئاسي"),
      ("MEMBER_OF", LAFI, PC, "الكوني وعبدالله"),
      ("MET_WITH", SAIED, DBEIBAH, "كما التقى سعيد رئيس حكومة", "2021-03-17"),
      ("LEADS", DBEIBAH, GNU, "رئيس حكومة الوحدة الوطنية عبدالحميد"),
      ("SUCCESSOR_OF", DBEIBAH, SARRAJ, "تسلّم الدبيبة مهامه رسميا من", "2021-03-16"),
      ],
     {"source": WASAT, "published": "2021-03-17"}),

    ("enNT3_tunisia_after_july_25_brief", "en",
     "Tunisia's Presidential Power Grab: What Comes Next?\n"
     "Brief, 1 October 2021\n"
     "On 25 July, President Kais Saied invoked Article 80 of the constitution to dismiss Head of Government "
     "Hichem Mechichi, freeze the Assembly of the Representatives of the People and lift deputies' immunity. "
     "Mechichi, a former interior minister, had himself replaced Elyes Fakhfakh in September 2020.\n"
     "When Rached Ghannouchi, the parliament speaker and leader of the Islamist Ennahda party, tried to enter "
     "the assembly building the next morning, soldiers blocked the gate.\n"
     "On 26 July, Saied met the secretary-general of the powerful UGTT union, Noureddine Taboubi, together "
     "with the heads of other national organisations, and assured them that freedoms would be respected. US "
     "Secretary of State Antony Blinken called the president the same day.\n"
     "On 13 August, a US delegation led by Deputy National Security Adviser Jonathan Finer was received at "
     "Carthage Palace, where it handed Saied a letter from President Joe Biden urging a swift return to the "
     "\"path of parliamentary democracy\".\n"
     "After two months without a government, Saied on 29 September named Najla Bouden Romdhane, a little-known "
     "geology professor, to succeed Mechichi, making her the first woman to head a government in the Arab world.\n"
     "In our view, the appointment settles little: Decree 117 of 22 September leaves the head of government "
     "answerable to the president alone.",
     [("LEADS", SAIED, TUNISIA, "President Kais Saied invoked"),
      ("LEADS", MECHICHI, TUNISIA, "dismiss Head of Government"),
      ("SUCCESSOR_OF", MECHICHI, FAKHFAKH, "had himself replaced Elyes Fakhfakh", "2020-09-02"),
      ("LEADS", GHANNOUCHI, TUNPARL, "the parliament speaker and leader"),
      ("LEADS", GHANNOUCHI, ENNAHDA, "leader of the Islamist Ennahda party"),
      ("MET_WITH", SAIED, TABOUBI, "Saied met the secretary-general of the powerful UGTT", "2021-07-26"),
      ("LEADS", TABOUBI, UGTT, "the powerful UGTT union, Noureddine"),
      ("MET_WITH", FINER, SAIED, "a US delegation led by Deputy National Security", "2021-08-13"),
      ("LEADS", BIDEN, "country:united-states", "a letter from President Joe Biden"),
      ("SUCCESSOR_OF", BOUDEN, MECHICHI, "to succeed Mechichi", "2021-09-29"),
      ],
     {"source": BRIEF, "published": "2021-10-01"}),

    ("arNT4_king_appoints_akhannouch_hespress", "ar",
     "جلالة الملك يعين أخنوش رئيسا للحكومة ويكلفه بتشكيلها\n"
     "هسبريس من الرباط\n"
     "استقبل صاحب الجلالة الملك محمد السادس، نصره الله، اليوم الجمعة بالقصر الملكي بفاس، السيد عزيز أخنوش، "
     "رئيس حزب التجمع الوطني للأحرار، الذي تصدر نتائج انتخابات أعضاء مجلس النواب ليوم 8 شتنبر، وعينه رئيسا "
     "للحكومة وكلفه بتشكيل الحكومة الجديدة، حسب بلاغ للديوان الملكي.\n"
     "ويخلف أخنوش، رجل الأعمال ووزير الفلاحة منذ 2007، سعد الدين العثماني، الأمين العام لحزب العدالة والتنمية، "
     "الذي مني حزبه بهزيمة قاسية بعد أن تراجع من 125 مقعدا إلى 13 مقعدا فقط.\n"
     "وكان العثماني قد هنأ أخنوش في اتصال هاتفي مساء الخميس، قبل أن يعلن استقالة الأمانة العامة للحزب.\n"
     "ومباشرة بعد تعيينه، شرع رئيس الحكومة المعين في مشاوراته، إذ التقى، على التوالي، بمقر حزبه بالرباط، "
     "الأمين العام لحزب الأصالة والمعاصرة عبد اللطيف وهبي، ثم الأمين العام لحزب الاستقلال نزار بركة.\n"
     "وقال وهبي عقب اللقاء إن حزبه \"منفتح على كل الاحتمالات\"، فيما أكد بركة أن المشاورات \"مرت في أجواء "
     "إيجابية\".\n"
     "ويرتقب أن يعلن أخنوش عن تركيبة حكومته في غضون الأسابيع المقبلة.",
     [("MET_WITH", KING, AKHANNOUCH, "السيد عزيز أخنوش، رئيس", "2021-09-10"),
      ("LEADS", KING, MOROCCO, "صاحب الجلالة الملك محمد السادس"),
      ("LEADS", AKHANNOUCH, RNI, "رئيس حزب التجمع الوطني للأحرار"),
      ("LEADS", AKHANNOUCH, MOROCCO, "وعينه رئيسا للحكومة"),
      ("SUCCESSOR_OF", AKHANNOUCH, OTHMANI, "ويخلف أخنوش", "2021-09-10"),
      ("LEADS", OTHMANI, PJD, "الأمين العام لحزب العدالة والتنمية"),
      ("MET_WITH", AKHANNOUCH, OUAHBI, "الأمين العام لحزب الأصالة والمعاصرة", "2021-09-13"),
      ("MET_WITH", AKHANNOUCH, BARAKA, "ثم الأمين العام لحزب الاستقلال", "2021-09-13"),
      ("LEADS", OUAHBI, PAM, "لحزب الأصالة والمعاصرة عبد اللطيف"),
      ("LEADS", BARAKA, ISTIQLAL, "لحزب الاستقلال نزار"),
      ],
     {"source": HESPRESS, "published": "2021-09-10"}),

    ("enNT5_de_mistura_tour_arabnews", "en",
     "UN Western Sahara envoy wraps up first regional tour in Nouakchott\n"
     "DUBAI: The UN secretary-general's personal envoy for Western Sahara, Staffan de Mistura, wrapped up his "
     "first tour of the region on Thursday in Nouakchott, where he was received by Mauritanian Foreign Minister "
     "Ismail Ould Cheikh Ahmed, the Mauritanian news agency reported.\n"
     "The veteran Swedish-Italian diplomat, who took up the post in November, began the tour in Rabat, where he "
     "held talks with Moroccan Foreign Minister Nasser Bourita on Jan. 13.\n"
     "He then travelled to the Sahrawi refugee camps near Tindouf in southwestern Algeria, where he met Polisario "
     "Front leader Brahim Ghali, before heading to Algiers for talks with Foreign Minister Ramtane Lamamra.\n"
     "Algeria, which Morocco considers a party to the conflict, has said it will not take part in the "
     "round-table format favored by the Security Council. \"Algeria is not a party,\" Lamamra told the envoy, "
     "according to a statement from the Algerian ministry.\n"
     "De Mistura was not received by President Abdelmadjid Tebboune, Algerian media said.\n"
     "The Polisario ended a 29-year ceasefire in November 2020 after Moroccan troops moved into the Guerguerat "
     "buffer zone, and the envoy's task is seen as one of the UN's most difficult.",
     [("MET_WITH", DEMISTURA, OCA, "where he was received by Mauritanian Foreign Minister", "2022-01-20"),
      ("LEADS", OCA, MAURFM, "Mauritanian Foreign Minister"),
      ("MET_WITH", DEMISTURA, BOURITA, "held talks with Moroccan Foreign Minister", "2022-01-13"),
      ("LEADS", BOURITA, MORFM, "Moroccan Foreign Minister Nasser"),
      ("VISITED", DEMISTURA, TINDOUF, "travelled to the Sahrawi refugee camps near Tindouf"),
      ("MET_WITH", DEMISTURA, GHALI, "where he met Polisario", "2022-01-15"),
      ("LEADS", GHALI, POLISARIO, "Front leader Brahim Ghali"),
      ("MET_WITH", DEMISTURA, LAMAMRA, "for talks with Foreign Minister Ramtane", "2022-01-18"),
      ("LEADS", LAMAMRA, ALGFM, "Foreign Minister Ramtane Lamamra"),
      ("LEADS", TEBBOUNE, ALGERIA, "President Abdelmadjid Tebboune"),
      ],
     {"source": ARABNEWS, "published": "2022-01-21"}),

    ("arNT6_sahrawi_killed_france24", "ar",
     "ماكرون يعلن مقتل زعيم تنظيم \"الدولة الإسلامية في الصحراء الكبرى\" عدنان أبو وليد الصحراوي\n"
     "فرانس24 / أ ف ب\n"
     "أعلن الرئيس الفرنسي إيمانويل ماكرون ليل الأربعاء الخميس أن القوات الفرنسية قتلت زعيم تنظيم \"الدولة "
     "الإسلامية في الصحراء الكبرى\" عدنان أبو وليد الصحراوي، واصفا ذلك بأنه \"نجاح كبير جديد\" في المعركة ضد "
     "الجماعات الإرهابية في منطقة الساحل.\n"
     "وقالت وزيرة الجيوش فلورنس بارلي، في مؤتمر صحفي الخميس، إن الصحراوي توفي متأثرا بجروحه إثر ضربة جوية "
     "في شهر أوت الماضي جنوب منطقة ميناكا قرب الحدود مع النيجر.\n"
     "والصحراوي، المولود في الصحراء الغربية والعضو السابق في جبهة البوليساريو، كان قد انشق عن جماعة "
     "\"المرابطون\" ليبايع تنظيم الدولة الإسلامية عام 2015، ويتهم تنظيمه بالوقوف وراء هجوم تونغو تونغو في "
     "النيجر عام 2017 الذي قتل فيه أربعة جنود أميركيين.\n"
     "ويأتي الإعلان بعد أكثر من عام على مقتل زعيم تنظيم القاعدة في بلاد المغرب الإسلامي عبد المالك دروكدال "
     "في عملية للقوات الفرنسية شمال مالي في جوان 2020.\n"
     "وفي نوفمبر من العام نفسه، قُتل القائد العسكري لجماعة نصرة الإسلام والمسلمين باه أغ موسى في منطقة ميناكا.\n"
     "ويأتي ذلك في ظل توتر متصاعد بين باريس والمجلس العسكري الحاكم في مالي بقيادة العقيد عاصمي غويتا، على "
     "خلفية إعلان فرنسا تقليص وجودها العسكري في الساحل.",
     [("LEADS", MACRON, FRANCE, "أعلن الرئيس الفرنسي إيمانويل"),
      ("ASSASSINATED_BY", SAHRAWI, FAF, "أن القوات الفرنسية قتلت زعيم", "2021-08"),
      ("LEADS", SAHRAWI, ISGS, "قتلت زعيم تنظيم \"الدولة"),
      ("LEADS", PARLY, FAF, "وقالت وزيرة الجيوش فلورنس"),
      ("MEMBER_OF", SAHRAWI, POLISARIO, "والعضو السابق في جبهة البوليساريو"),
      ("ASSASSINATED_BY", DROUKDEL, FAF, "في عملية للقوات الفرنسية شمال مالي", "2020-06-03"),
      ("LEADS", DROUKDEL, AQIM, "زعيم تنظيم القاعدة في بلاد المغرب الإسلامي"),
      ("MEMBER_OF", BAH, JNIM, "القائد العسكري لجماعة نصرة الإسلام"),
      ("LEADS", GOITA, "country:mali", "بقيادة العقيد عاصمي"),
      ],
     {"source": F24, "published": "2021-09-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNT")
