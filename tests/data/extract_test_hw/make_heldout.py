"""Blind set HW: Lebanon and Hezbollah 2024-2025 in the style of a Lebanese daily (An-Nahar /
L'Orient-Le Jour: long sentences, many titles, Beirut place names for the seats of power):
Araqchi in Beirut a week after Nasrallah's killing, Oct 2024 (English); Larijani at Ain el-Tineh and
the Serail, Nov 2024 (Arabic); from Yarze to Baabda: Joseph Aoun elected, Salam's government, Haykal
at the head of the army, Jan-Mar 2025 (English); Barrack's round of Baabda, Ain el-Tineh and the
Serail, Jul 2025 (Arabic); Laridjani received by Aoun, Berry and Salam after the arms decision,
Aug 2025 (English); Ghalibaf flies his own plane to Beirut and the Le Figaro row, Oct 2024 (Arabic).
Excluded on purpose: a meeting denied by rumour (Safieddine), a telephone call (Araqchi-Barrot,
Aoun-Macron), a planned envoy visit (Hochstein), a meeting that did not happen (Larijani-Qassem), a
candidate who withdrew (Frangie) and one never in the race (Azour), a meeting Hezbollah denied
(Barrack and its MPs), a foreign minister who declined to receive a visitor (Raggi), a leader whose
fate is unknown (Safieddine).
Spellings: Abbas Araqchi, Nagib Mikati, Nabih Berry, Ain el-Tine, Sleiman Frangie, Yarze, Ali
Laridjani, Youssef Raggi, لاريجانى, ميقاتى, هوكستين, برّاك, نصرالله.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hy import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, LEBANON, ISR, USA, FRANCE, SYRIA = ("country:iran", "country:lebanon", "country:israel",
                                          "country:united-states", "country:france", "country:syria")
HEZ, AMAL, HEZEXEC, HEZMEDIA, RADWAN, LOYALTY = (
    "organization:hezbollah", "organization:amal-movement", "organization:hezbollah-executive-council",
    "organization:hezbollah-media-relations", "organization:radwan-force",
    "organization:loyalty-to-the-resistance-bloc")
LEBGOV, LEBPARL, LEBARMY, LEBFM, LEBPRES, MARADA = (
    "organization:lebanese-government", "organization:lebanese-parliament", "organization:lebanese-army",
    "organization:lebanese-foreign-ministry", "organization:lebanese-presidency", "organization:marada-movement")
IDF, ISRGOV, ISRDEF, ISRNSC = ("organization:israel-defense-forces", "organization:israeli-government",
                               "organization:israeli-defense-ministry",
                               "organization:israeli-national-security-council")
IRFM, SNSC, IRPARL, IRGC, IRNSCOM = ("organization:iranian-foreign-ministry",
                                     "organization:supreme-national-security-council",
                                     "organization:iranian-parliament", "organization:irgc",
                                     "organization:iranian-parliament-national-security-committee")
MECH, UNIFIL, CENTCOM, ICJ, PMF, EGFM = (
    "organization:ceasefire-mechanism", "organization:unifil", "organization:us-central-command",
    "organization:international-court-of-justice", "organization:popular-mobilization-forces",
    "organization:egyptian-foreign-ministry")
BEIRUT, DAHIYEH, HARETHREIK, RASNABAA, BAABDA, SERAIL, AINTINEH = (
    "location:beirut", "location:dahiyeh", "location:haret-hreik", "location:ras-al-nabaa",
    "location:baabda-palace", "location:grand-serail", "location:ain-el-tineh")
AIRPORT, NAQOURA, YARZE, SOUTHLEB, SHEBAA, DAMASCUS, CAIRO, CCSC = (
    "location:beirut-airport", "location:naqoura", "location:yarze", "location:south-lebanon",
    "location:shebaa-farms", "location:damascus", "location:cairo", "location:camille-chamoun-sports-city")
NAHAR, REUTERS, AFP, AP, IRNA, MANAR, FIGARO = ("outlet:an-nahar", "outlet:reuters", "outlet:afp", "outlet:ap",
                                               "outlet:irna", "outlet:al-manar", "outlet:le-figaro")

NASR, SAFI, NQASSEM, KARAKI, NILF, AQIL, AFIF, TABA = (
    "person:hassan-nasrallah", "person:hashem-safieddine", "person:naim-qassem", "person:ali-karaki",
    "person:abbas-nilforoushan", "person:ibrahim-aqil", "person:mohammad-afif", "person:haytham-ali-tabatabai")
RAAD, HFADL, KHALIL, HAIDAR = ("person:mohammad-raad", "person:hassan-fadlallah", "person:ali-hassan-khalil",
                               "person:mohammad-haidar")
BERRI, MIKATI, JAOUN, MAOUN, SALAM, HAYKAL, RAJJI, BOUHABIB = (
    "person:nabih-berri", "person:najib-mikati", "person:joseph-aoun", "person:michel-aoun", "person:nawaf-salam",
    "person:rodolphe-haykal", "person:youssef-rajji", "person:abdallah-bou-habib")
MORCOS, NAJAT, RAHAL, KARAM, FRANGIEH, AZOUR = (
    "person:paul-morcos", "person:najat-charafeddine", "person:andre-rahal", "person:simon-karam",
    "person:suleiman-frangieh", "person:jihad-azour")
ARAGHCHI, LARIJANI, GHALIBAF, KHAM, VELAYATI, AMANI, BAGHAEI, AZIZI = (
    "person:abbas-araghchi", "person:ali-larijani", "person:mohammad-bagher-ghalibaf", "person:ali-khamenei",
    "person:ali-akbar-velayati", "person:mojtaba-amani", "person:esmaeil-baghaei", "person:ebrahim-azizi")
HOCHSTEIN, ORTAGUS, BARRACK, JOHNSON, JEFFERS, LEENEY, COOPER, KURILLA, TRUMP = (
    "person:amos-hochstein", "person:morgan-ortagus", "person:tom-barrack", "person:lisa-johnson",
    "person:jasper-jeffers", "person:michael-leeney", "person:brad-cooper", "person:michael-kurilla",
    "person:donald-trump")
LEDRIAN, MACRON, PONCHIN, YAZID, ABDELATTY, ASSAD, FAYYADH = (
    "person:jean-yves-le-drian", "person:emmanuel-macron", "person:guillaume-ponchin", "person:yazid-bin-farhan",
    "person:badr-abdelatty", "person:bashar-al-assad", "person:falih-al-fayyadh")
NETANYAHU, GALLANT, HAGARI, RESNICK = ("person:benjamin-netanyahu", "person:yoav-gallant", "person:daniel-hagari",
                                       "person:uri-resnick")

ARTICLES = [
    ("enHW1_araqchi_beirut_after_nasrallah", "en",
     "In Beirut, Araqchi brings Tehran's \"solidarity\" to a wounded capital\n"
     "A week after Hassan Nasrallah was killed in the Israeli strike that flattened several buildings in "
     "Haret Hreik on September 27, a strike the Israeli army itself announced the next morning, Iran's "
     "Minister of Foreign Affairs, Abbas Araqchi, landed on Friday at Beirut airport aboard an Iranian "
     "plane that, according to our information, Israel had threatened to intercept.\n"
     "Received at the Grand Serail by the caretaker Prime Minister, Nagib Mikati, the Iranian minister then "
     "went to Ain el-Tine, where the Speaker of Parliament and head of the Amal movement, Nabih Berry, who "
     "has been negotiating on behalf of Hezbollah since the start of the war, held talks with him for more "
     "than an hour.\n"
     "Iran's ambassador, Mojtaba Amani, who lost an eye in the pager explosions of September 17, could not "
     "accompany him; the diplomat is still being treated in Tehran.\n"
     "Mr. Araqchi, who had spoken by telephone the day before with his French counterpart Jean-Noel Barrot, "
     "told reporters that Tehran supported a ceasefire \"on condition that it is simultaneous in Lebanon and "
     "Gaza\".\n"
     "Contrary to rumours relayed on social media, he did not meet the head of the party's executive council, "
     "Hashem Safieddine, whose fate has been unknown since a raid on the southern suburbs during the night.",
     [("ASSASSINATED_BY", NASR, ISR, "was killed in the Israeli strike", "2024-09-27"),
      ("ASSASSINATED_BY", NASR, IDF, "a strike the Israeli army itself announced", "2024-09-27"),
      ("ATTACKED", ISR, HARETHREIK, "flattened several buildings in", "2024-09-27"),
      ("LEADS", ARAGHCHI, IRFM, "Minister of Foreign Affairs, Abbas"),
      ("VISITED", ARAGHCHI, AIRPORT, "landed on Friday at Beirut airport", "2024-10-04"),
      ("VISITED", ARAGHCHI, BEIRUT, "landed on Friday at Beirut airport", "2024-10-04"),
      ("VISITED", ARAGHCHI, SERAIL, "Received at the Grand Serail", "2024-10-04"),
      ("MET_WITH", ARAGHCHI, MIKATI, "Received at the Grand Serail", "2024-10-04"),
      ("LEADS", MIKATI, LEBGOV, "the caretaker Prime Minister, Nagib"),
      ("VISITED", ARAGHCHI, AINTINEH, "went to Ain el-Tine", "2024-10-04"),
      ("LEADS", BERRI, LEBPARL, "the Speaker of Parliament and head"),
      ("LEADS", BERRI, AMAL, "head of the Amal movement, Nabih"),
      ("MET_WITH", ARAGHCHI, BERRI, "held talks with him for more", "2024-10-04"),
      ("LEADS", SAFI, HEZEXEC, "the head of the party's executive council"),
      ],
     {"source": "blind set (Lebanese daily, English)", "published": "2024-10-05"}),

    ("arHW2_larijani_ain_el_tineh_serail", "ar",
     "لاريجانى في عين التينة والسراي: «نقف إلى جانب أي قرار تتخذه الدولة»\n"
     "في زيارة هي الثالثة لمسؤول إيراني رفيع منذ اغتيال الأمين العام لـ«حزب الله» السيد حسن نصرالله، وصل "
     "كبير مستشاري المرشد الإيراني علي خامنئي، الدكتور علي لاريجانى، إلى بيروت أمس آتياً من دمشق، حيث كان "
     "قد التقى الرئيس السوري بشار الأسد.\n"
     "واستهلّ الموفد الإيراني جولته من عين التينة، حيث استقبله رئيس مجلس النواب نبيه بري في حضور المعاون "
     "السياسي لرئيس المجلس النائب علي حسن خليل، ثم انتقل إلى السراي الحكومي فالتقى رئيس حكومة تصريف "
     "الأعمال نجيب ميقاتى.\n"
     "وقال لاريجانى بعد اللقاءين إن طهران «تدعم أي قرار تتخذه الحكومة اللبنانية»، نافياً أن يكون حاملاً "
     "رسالة لـ«تعطيل» المفاوضات.\n"
     "وتزامنت الزيارة مع تسلّم بري، خلال لقائه السفيرة الأميركية ليزا جونسون أول من أمس، مسودة الاقتراح "
     "الأميركي لوقف النار، على أن يصل الموفد الرئاسي الأميركي آموس هوكستين إلى بيروت الأسبوع المقبل إذا "
     "حملت الردود ما يكفي من الإيجابية.\n"
     "ولم يلتقِ لاريجانى الأمين العام الجديد للحزب الشيخ نعيم قاسم، بحسب ما أكدت أوساط السفارة الإيرانية "
     "لـ«النهار».",
     [("LEADS", NASR, HEZ, "الأمين العام لـ«حزب الله» السيد"),
      ("LEADS", KHAM, IRAN, "المرشد الإيراني علي خامنئي"),
      ("VISITED", LARIJANI, BEIRUT, "إلى بيروت أمس", "2024-11-15"),
      ("VISITED", LARIJANI, DAMASCUS, "آتياً من دمشق", "2024-11-14"),
      ("MET_WITH", LARIJANI, ASSAD, "قد التقى الرئيس السوري", "2024-11-14"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار"),
      ("VISITED", LARIJANI, AINTINEH, "جولته من عين التينة", "2024-11-15"),
      ("MET_WITH", LARIJANI, BERRI, "حيث استقبله رئيس مجلس النواب", "2024-11-15"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه"),
      ("MET_WITH", LARIJANI, KHALIL, "في حضور المعاون", "2024-11-15"),
      ("MET_WITH", BERRI, KHALIL, "في حضور المعاون", "2024-11-15"),
      ("MEMBER_OF", KHALIL, LEBPARL, "النائب علي حسن خليل"),
      ("VISITED", LARIJANI, SERAIL, "انتقل إلى السراي الحكومي", "2024-11-15"),
      ("MET_WITH", LARIJANI, MIKATI, "فالتقى رئيس حكومة", "2024-11-15"),
      ("LEADS", MIKATI, LEBGOV, "رئيس حكومة تصريف الأعمال نجيب"),
      ("SUPPORTS", IRAN, LEBGOV, "«تدعم أي قرار"),
      ("MET_WITH", BERRI, JOHNSON, "خلال لقائه السفيرة الأميركية", "2024-11-14"),
      ("LEADS", NQASSEM, HEZ, "الأمين العام الجديد للحزب الشيخ"),
      ("REPORTED_BY", LARIJANI, NAHAR, "أوساط السفارة الإيرانية لـ«النهار»"),
      ],
     {"source": "blind set (Lebanese daily, Arabic)", "published": "2024-11-16"}),

    ("enHW3_from_yarze_to_baabda", "en",
     "From Yarze to Baabda: General Aoun elected, Nawaf Salam at the Serail, Rodolphe Haykal at the head "
     "of the troops\n"
     "After more than two years of vacancy at the head of the State, Parliament elected on January 9, 2025, "
     "in a second round of voting, the commander of the Lebanese Army, General Joseph Aoun, as President of "
     "the Republic, succeeding Michel Aoun, whose term had ended on October 31, 2022.\n"
     "The Marada leader, Sleiman Frangie, long the candidate of the Amal-Hezbollah tandem, had withdrawn "
     "his candidacy the day before, while the former minister Jihad Azour, once backed by the opposition, "
     "was never formally in the race.\n"
     "Four days later, the president of the International Court of Justice, Judge Nawaf Salam, was "
     "designated Prime Minister by 84 deputies, and on February 8 he formed the government that replaced "
     "the outgoing cabinet of Nagib Mikati.\n"
     "French President Emmanuel Macron came to Baabda on January 17 to congratulate the new head of State, "
     "and the two men then held a working lunch joined by the Prime Minister-designate.\n"
     "On March 13, the Council of Ministers appointed Brigadier General Rodolphe Haykal commander of the "
     "army in place of Joseph Aoun; the new chief had until then commanded the South Litani sector.",
     [("LEADS", JAOUN, LEBARMY, "the commander of the Lebanese Army, General Joseph"),
      ("LEADS", JAOUN, LEBANON, "as President of the Republic", "2025-01-09"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "succeeding Michel Aoun", "2025-01-09"),
      ("LEADS", MAOUN, LEBANON, "whose term had ended on October 31"),
      ("LEADS", FRANGIEH, MARADA, "The Marada leader, Sleiman"),
      ("SUPPORTS", AMAL, FRANGIEH, "long the candidate of the Amal-Hezbollah tandem"),
      ("SUPPORTS", HEZ, FRANGIEH, "long the candidate of the Amal-Hezbollah tandem"),
      ("LEADS", SALAM, ICJ, "the president of the International Court of Justice"),
      ("LEADS", SALAM, LEBGOV, "he formed the government that replaced", "2025-02-08"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "he formed the government that replaced", "2025-02-08"),
      ("LEADS", MIKATI, LEBGOV, "the outgoing cabinet of Nagib Mikati"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
      ("VISITED", MACRON, BAABDA, "came to Baabda on January 17", "2025-01-17"),
      ("MET_WITH", MACRON, JAOUN, "the two men then held a working lunch", "2025-01-17"),
      ("MET_WITH", MACRON, SALAM, "joined by the Prime Minister-designate", "2025-01-17"),
      ("MET_WITH", JAOUN, SALAM, "joined by the Prime Minister-designate", "2025-01-17"),
      ("LEADS", HAYKAL, LEBARMY, "appointed Brigadier General Rodolphe Haykal commander", "2025-03-13"),
      ("SUCCESSOR_OF", HAYKAL, JAOUN, "army in place of Joseph Aoun", "2025-03-13"),
      ],
     {"source": "blind set (Lebanese daily, English)", "published": "2025-03-14"}),

    ("arHW4_barrack_baabda_ain_el_tineh_serail", "ar",
     "برّاك في بعبدا وعين التينة والسراي: الردّ اللبناني «مُرضٍ جداً»... والسلاح إلى «الحوار»\n"
     "عاد السفير الأميركي لدى تركيا والموفد الخاص إلى سوريا توم برّاك إلى بيروت أمس، حيث تسلّم من رئيس "
     "الجمهورية العماد جوزاف عون، في قصر بعبدا، الردّ اللبناني على الورقة الأميركية، في اجتماع حضره "
     "المستشار الرئاسي العميد المتقاعد أندريه رحال.\n"
     "ووصف برّاك الردّ بأنه «مُرضٍ بشكل لا يُصدّق»، قبل أن ينتقل إلى عين التينة حيث عقد لقاءً مطوّلاً مع "
     "رئيس المجلس النيابي نبيه بري، ثم إلى السراي للقاء رئيس الحكومة نواف سلام.\n"
     "وأكدت مصادر عين التينة لـ«النهار» أن بري، الذي يتولّى التفاوض باسم «الثنائي»، أبلغ ضيفه أن لا بحث في "
     "السلاح قبل انسحاب إسرائيل من النقاط الخمس ووقف الاعتداءات.\n"
     "وفي المقابل، نفى مكتب العلاقات الإعلامية في «حزب الله» ما تناقلته مواقع إلكترونية عن لقاء جمع برّاك "
     "بنواب من كتلة «الوفاء للمقاومة».\n"
     "وكان الرئيس عون قد أجرى مساء الأحد اتصالاً هاتفياً بالرئيس الفرنسي إيمانويل ماكرون وضعه خلاله في "
     "أجواء الردّ.",
     [("VISITED", BARRACK, BEIRUT, "توم برّاك إلى بيروت أمس", "2025-07-07"),
      ("MET_WITH", BARRACK, JAOUN, "حيث تسلّم من رئيس", "2025-07-07"),
      ("LEADS", JAOUN, LEBANON, "الجمهورية العماد جوزاف عون"),
      ("VISITED", BARRACK, BAABDA, "في قصر بعبدا", "2025-07-07"),
      ("MET_WITH", BARRACK, RAHAL, "في اجتماع حضره المستشار", "2025-07-07"),
      ("MET_WITH", JAOUN, RAHAL, "في اجتماع حضره المستشار", "2025-07-07"),
      ("VISITED", BARRACK, AINTINEH, "قبل أن ينتقل إلى عين التينة", "2025-07-07"),
      ("MET_WITH", BARRACK, BERRI, "عقد لقاءً مطوّلاً مع", "2025-07-07"),
      ("LEADS", BERRI, LEBPARL, "رئيس المجلس النيابي نبيه"),
      ("VISITED", BARRACK, SERAIL, "ثم إلى السراي", "2025-07-07"),
      ("MET_WITH", BARRACK, SALAM, "للقاء رئيس الحكومة نواف", "2025-07-07"),
      ("LEADS", SALAM, LEBGOV, "رئيس الحكومة نواف سلام"),
      ("REPORTED_BY", BERRI, NAHAR, "مصادر عين التينة لـ«النهار»"),
      ("LEADS", MACRON, FRANCE, "بالرئيس الفرنسي إيمانويل"),
      ],
     {"source": "blind set (Lebanese daily, Arabic)", "published": "2025-07-08"}),

    ("enHW5_laridjani_received_by_aoun", "en",
     "Laridjani at Baabda: \"No party may bear arms outside the State,\" Aoun tells Tehran's emissary\n"
     "The Secretary of Iran's Supreme National Security Council, Ali Laridjani, was received on Wednesday at "
     "Baabda Palace by the President of the Republic, General Joseph Aoun, who told him that Lebanon "
     "\"rejects any interference in its internal affairs\" and that no group \"may bear arms or rely on "
     "foreign backing\".\n"
     "The visit came a week after the Council of Ministers tasked the army with drawing up, before the end of "
     "the month, a plan to bring all weapons under State control, a decision from which the Shiite ministers "
     "walked out and which Ali Akbar Velayati, adviser to the Supreme Leader, said Iran opposed.\n"
     "Mr. Laridjani then went to Ain el-Tine, where Speaker Nabih Berry received him, and to the Grand "
     "Serail, where Prime Minister Nawaf Salam, according to the Information Minister Paul Morcos, reminded "
     "him that \"the era of guardianship is over\".\n"
     "The head of Lebanese diplomacy, Youssef Raggi, declined to see him, his entourage citing \"scheduling "
     "constraints\".\n"
     "Before leaving, the Iranian official laid a wreath at the tomb of Hassan Nasrallah, killed by Israel "
     "in September 2024.",
     [("LEADS", LARIJANI, SNSC, "Secretary of Iran's Supreme National Security Council"),
      ("MET_WITH", LARIJANI, JAOUN, "was received on Wednesday at", "2025-08-13"),
      ("VISITED", LARIJANI, BAABDA, "Baabda Palace by the President", "2025-08-13"),
      ("LEADS", JAOUN, LEBANON, "the President of the Republic, General Joseph"),
      ("VISITED", LARIJANI, AINTINEH, "then went to Ain el-Tine", "2025-08-13"),
      ("MET_WITH", LARIJANI, BERRI, "where Speaker Nabih Berry received him", "2025-08-13"),
      ("LEADS", BERRI, LEBPARL, "Speaker Nabih Berry"),
      ("VISITED", LARIJANI, SERAIL, "and to the Grand", "2025-08-13"),
      ("MET_WITH", LARIJANI, SALAM, "where Prime Minister Nawaf Salam", "2025-08-13"),
      ("LEADS", SALAM, LEBGOV, "Prime Minister Nawaf Salam"),
      ("MEMBER_OF", MORCOS, LEBGOV, "the Information Minister Paul"),
      ("LEADS", RAJJI, LEBFM, "The head of Lebanese diplomacy"),
      ("ASSASSINATED_BY", NASR, ISR, "killed by Israel", "2024-09-27"),
      ],
     {"source": "blind set (Lebanese daily, English)", "published": "2025-08-14"}),

    ("arHW6_ghalibaf_flies_to_beirut", "ar",
     "قاليباف يقود طائرته إلى بيروت... وميقاتى يردّ على «لوفيغارو»\n"
     "حطّت في مطار رفيق الحريري الدولي، السبت، طائرة رئيس مجلس الشورى الإسلامي الإيراني محمد باقر "
     "قاليباف، الذي تولّى قيادتها بنفسه، في أول زيارة لمسؤول إيراني بهذا المستوى منذ اغتيال السيد حسن "
     "نصرالله بغارة إسرائيلية على حارة حريك.\n"
     "وعقد قاليباف في عين التينة لقاءً مع الرئيس نبيه بري، انتقل بعده إلى السراي حيث التقاه رئيس حكومة "
     "تصريف الأعمال نجيب ميقاتى.\n"
     "وبعد خمسة أيام، نقلت صحيفة «لوفيغارو» عن قاليباف استعداد بلاده «للتفاوض مع فرنسا» على تطبيق القرار "
     "1701، فأصدر ميقاتى بياناً عبّر فيه عن «استغرابه» لهذا «التدخل الفاضح»، وطلب من وزير الخارجية عبد الله "
     "بو حبيب استدعاء القائم بالأعمال الإيراني.\n"
     "وفي الضاحية، لا يزال مصير رئيس المجلس التنفيذي في «حزب الله» السيد هاشم صفي الدين مجهولاً منذ غارة "
     "ليل الثالث من تشرين الأول، فيما يتولّى نائب الأمين العام الشيخ نعيم قاسم إطلالات الحزب المتلفزة.\n"
     "وفي طهران، نفى مكتب قاليباف أن يكون قد حمل رسالة إلى «حزب الله».",
     [("LEADS", GHALIBAF, IRPARL, "رئيس مجلس الشورى الإسلامي الإيراني"),
      ("VISITED", GHALIBAF, AIRPORT, "حطّت في مطار رفيق الحريري", "2024-10-12"),
      ("VISITED", GHALIBAF, BEIRUT, "قاليباف يقود طائرته إلى بيروت", "2024-10-12"),
      ("ASSASSINATED_BY", NASR, ISR, "بغارة إسرائيلية على حارة حريك", "2024-09-27"),
      ("ATTACKED", ISR, HARETHREIK, "بغارة إسرائيلية على حارة حريك", "2024-09-27"),
      ("VISITED", GHALIBAF, AINTINEH, "وعقد قاليباف في عين التينة", "2024-10-12"),
      ("MET_WITH", GHALIBAF, BERRI, "لقاءً مع الرئيس نبيه بري", "2024-10-12"),
      ("VISITED", GHALIBAF, SERAIL, "انتقل بعده إلى السراي", "2024-10-12"),
      ("MET_WITH", GHALIBAF, MIKATI, "حيث التقاه رئيس حكومة", "2024-10-12"),
      ("LEADS", MIKATI, LEBGOV, "رئيس حكومة تصريف الأعمال نجيب"),
      ("REPORTED_BY", GHALIBAF, FIGARO, "نقلت صحيفة «لوفيغارو» عن قاليباف"),
      ("LEADS", BOUHABIB, LEBFM, "وزير الخارجية عبد الله"),
      ("LEADS", SAFI, HEZEXEC, "رئيس المجلس التنفيذي في «حزب الله»"),
      ("MEMBER_OF", NQASSEM, HEZ, "نائب الأمين العام الشيخ نعيم"),
      ],
     {"source": "blind set (Lebanese daily, Arabic)", "published": "2024-10-18"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHW")
