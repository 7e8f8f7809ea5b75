"""Blind set RY: Hezbollah's leadership 1992-2024 (first folder of RY-RZ): Abbas al-Musawi killed by Israeli
helicopter gunships in south Lebanon and Hassan Nasrallah's election to succeed him (February 1992),
Nasrallah's meeting with Saleh al-Arouri and Ziyad al-Nakhalah (October 2023), the report that the CIA and
the Mossad killed Imad Mughniyeh in Damascus (2008, reported January 2015), Mustafa Badreddine's death near
Damascus airport (May 2016), Nasrallah killed in the strike on Beirut's southern suburbs (27 September 2024)
and Abbas Araghchi's visit to Beirut (October 2024), as a US wire writes it in English (AP-like, 1992:
"BEIRUT, Lebanon (AP) -", "Sheik"), Hezbollah's TV site in Arabic (al-Manar-like: "سماحة السيد"، "الأستاذ"،
"واتفق المجتمعون"), an Israeli news site in English (Times of Israel-like: "By TIMES OF ISRAEL STAFF",
"the terror group"), a Beirut daily in Arabic (An-Nahar-like: «حزب الله» in guillemets, "وعلمت «النهار»"),
a wire in English (Reuters-like: "BEIRUT, Sept 28 (Reuters) -", "two sources told Reuters") and Iran's state
agency in Arabic (IRNA-like: "بيروت – إرنا –"، "العدوان الصهيوني").
Pieces: Israeli gunships kill Musawi, Nasrallah elected to succeed him (English, RY1); Nasrallah receives
Arouri and Nakhalah together; he had met Amir-Abdollahian, who also met Berri and Mikati (Arabic, RY2); the
CIA and the Mossad killed Mughniyeh, whom Badreddine succeeded (English, RY3); Badreddine, who succeeded
Mughniyeh, killed near Damascus airport (Arabic, RY4); the Israeli military kills Nasrallah and Karaki,
Nilforoushan killed in the Israeli attack, Nasrallah had taken over after Israeli helicopters killed Musawi
(English, RY5); Araghchi meets Berri, then Mikati in the presence of Bou Habib (Arabic, RY6).
Excluded on purpose (no relation): Tufayli "mentioned as a possible successor" (RY1); Haniyeh's phone call
to Nasrallah (RY2); Jihad Mughniyeh killed in "an airstrike attributed to Israel", Hezbollah's blame of
Israel, Badreddine's indictment over Rafik Hariri's assassination (RY3); Badreddine killed by "takfiri
shelling" (no named agent), the IDF that declined to comment, Mughniyeh "assassinated by a car bomb" (no
agent), the tribunal's accusation over Hariri, Shukr whose name "is being floated" as successor, the
funeral attendance (RY4); Safieddine "widely seen as his most likely successor", Biden's statement (RY5);
Nasrallah's "martyrdom" (no agent), Araghchi's planned trip to Damascus to meet Assad, the ambassador
wounded in the pager blasts (RY6).
Judgement calls: "The 2008 car bombing ... was a joint operation of the CIA and the Mossad, The Washington
Post reported" is a statement of the agent reported by the outlet, not a third party's accusation: victim
-> CIA and -> Mossad (RY3); "the Israeli military said it had killed him" -> the IDF (it claims it), and
"the Israeli military said Ali Karaki ... were also killed in the strike" -> the IDF as well (RY5);
"killed in the Israeli attack" -> country:israel (RY5 Nilforoushan); "received A and B" with "اتفق
المجتمعون" is one meeting of the three (met_group, RY2); "التقى أيضاً X وY" after a visit: the visitor with
each, X and Y not with each other (RY2); the minister "في حضور" is paired with both principals (RY6);
a deputy head of a political bureau is MEMBER_OF, not LEADS (RY2); a Hezbollah military chief is
MEMBER_OF Hezbollah (RY3, RY4, RY5). No piece has two attendees of one meeting, so no
attendee-attendee pairs arise.
Filled in for the exercise: the council's size and the unanimous vote, the bodyguards, Tuffahta, the rocket
fire (RY1); Haniyeh's call and its timing, the day of Amir-Abdollahian's meeting with
Nasrallah (RY2); the details of the bomb (RY3); the IDF declining comment,
"وعلمت «النهار»" about Shukr, Safieddine at the funeral (RY4); the age, the sources on Khamenei (RY5); Bou
Habib's presence, the chargé d'affaires, the planned Damascus trip (RY6).
Spellings: "Sheik Abbas Musawi", "Sheik Subhi Tufaili" (RY1); "السيد حسن نصر الله"، "الشيخ صالح العاروري"،
"الأستاذ زياد النخالة"، "حسين أمير عبد اللهيان" (RY2); "Mustafa Amine Badreddine", "Imad Mughniyeh" (RY3);
"مصطفى بدر الدين «ذو الفقار»"، "عماد مغنية" (RY4); "Sayyed Hassan Nasrallah", "Abbas al-Musawi" (RY5);
"السيد عباس عراقجي"، "عبد الله بو حبيب" (RY6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rz import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, IRAN, SYRIA, USA = (
    "country:lebanon", "country:israel", "country:iran", "country:syria", "country:united-states")
HEZ, EXEC, PARL, IDF, MOSSAD, CIA, IRGC, IRFM, HAMAS, PIJ = (
    "organization:hezbollah", "organization:hezbollah-executive-council", "organization:lebanese-parliament",
    "organization:israel-defense-forces", "organization:mossad", "organization:cia", "organization:irgc",
    "organization:iranian-foreign-ministry", "organization:hamas", "organization:palestinian-islamic-jihad")
MUSAWI, NASRALLAH, SAFIEDDINE, MUGHNIYEH, BADREDDINE, KARAKI = (
    "person:abbas-al-musawi", "person:hassan-nasrallah", "person:hashem-safieddine", "person:imad-mughniyeh",
    "person:mustafa-badreddine", "person:ali-karaki")
BERRI, MIKATI, BOUHABIB = "person:nabih-berri", "person:najib-mikati", "person:abdallah-bou-habib"
AROURI, NAKHALAH, HANIYEH = "person:saleh-al-arouri", "person:ziyad-al-nakhalah", "person:ismail-haniyeh"
KHAMENEI, ARAGHCHI, AMIRAB, NILFOROUSHAN = (
    "person:ali-khamenei", "person:abbas-araghchi", "person:hossein-amir-abdollahian", "person:abbas-nilforoushan")
ASSAD, BIDEN = "person:bashar-al-assad", "person:joe-biden"

AP = "blind set (US news wire, English, AP-like, 1992)"
MANAR = "blind set (Hezbollah TV news site, Arabic, al-Manar-like)"
TOI = "blind set (Israeli news site, English, Times of Israel-like)"
NAHAR = "blind set (Beirut daily, Arabic, An-Nahar-like)"
REUTERS = "blind set (international news wire, English, Reuters-like)"
IRNA = "blind set (Iranian state news agency, Arabic service, IRNA-like)"

ARTICLES = [
    ("enRY1_musawi_killed_nasrallah_elected_ap", "en",
     "Hezbollah names Sheik Hassan Nasrallah leader after Israeli raid kills Musawi\n"
     "BEIRUT, Lebanon (AP) - The pro-Iranian Hezbollah movement on Tuesday chose Sheik Hassan Nasrallah, a "
     "31-year-old cleric who ran the group's military operations in southern Lebanon, as its new "
     "secretary-general, two days after Israeli helicopter gunships killed his predecessor.\n"
     "The group's 12-member consultative council elected Nasrallah unanimously to succeed Sheik Abbas Musawi, "
     "said a statement read to reporters in Beirut's Shiite Moslem southern suburbs.\n"
     "Musawi, 39, his wife and their 5-year-old son were killed Sunday when rockets fired by Israeli "
     "helicopters struck their motorcade near the village of Tuffahta as they drove home from a memorial rally "
     "in Jibchit. Four bodyguards also died.\n"
     "Defense Minister Moshe Arens said the attack was a message \"to all the terrorist organizations.\"\n"
     "Sheik Subhi Tufaili, the group's first secretary-general, had been mentioned as a possible successor.\n"
     "Hezbollah guerrillas fired Katyusha rockets into northern Israel after Monday's funeral, and Israeli "
     "artillery pounded villages north of the border zone.",
     [("ASSASSINATED_BY", MUSAWI, ISRAEL, "two days after Israeli helicopter gunships killed", "1992-02-16"),
      ("SUCCESSOR_OF", NASRALLAH, MUSAWI, "elected Nasrallah unanimously to succeed", "1992-02-18"),
      ("LEADS", NASRALLAH, HEZ, "as its new secretary-general"),
      ],
     {"source": AP, "published": "1992-02-18"}),

    ("arRY2_nasrallah_arouri_nakhalah_manar", "ar",
     "السيد نصر الله يستقبل العاروري والنخالة: تقييم للمواقف وما يجب على محور المقاومة فعله\n"
     "موقع المنار\n"
     "استقبل الأمين العام لحزب الله سماحة السيد حسن نصر الله، نائب رئيس المكتب السياسي لحركة حماس الشيخ "
     "صالح العاروري، والأمين العام لحركة الجهاد الإسلامي في فلسطين الأستاذ زياد النخالة.\n"
     "وجرى خلال اللقاء تقييم للمواقف المتخذة دولياً وإقليمياً، وما يجب على أطراف محور المقاومة القيام به في "
     "هذه المرحلة الحساسة لتحقيق انتصار حقيقي للمقاومة في غزة وفلسطين ووقف العدوان الغادر والوحشي على "
     "شعبنا المظلوم.\n"
     "واتفق المجتمعون على مواصلة التنسيق والمتابعة الدائمة للتطورات بشكل يومي.\n"
     "وكان سماحته قد التقى في الثالث عشر من الشهر الجاري وزير خارجية الجمهورية الإسلامية في إيران الدكتور "
     "حسين أمير عبد اللهيان، الذي زار بيروت والتقى أيضاً رئيس مجلس النواب نبيه بري ورئيس حكومة تصريف "
     "الأعمال نجيب ميقاتي.\n"
     "من جهة أخرى، أجرى رئيس المكتب السياسي لحركة حماس إسماعيل هنية اتصالاً هاتفياً بالسيد نصر الله، "
     "جرى خلاله عرض آخر التطورات الميدانية في قطاع غزة.",
     met_group({NASRALLAH: "استقبل الأمين العام لحزب الله سماحة", AROURI: "الشيخ صالح العاروري",
                NAKHALAH: "الأستاذ زياد النخالة"}, "2023-10-25") + [
      ("MET_WITH", NASRALLAH, AMIRAB, "قد التقى في الثالث عشر", "2023-10-13"),
      ("MET_WITH", AMIRAB, BERRI, "والتقى أيضاً رئيس مجلس النواب", "2023-10-13"),
      ("MET_WITH", AMIRAB, MIKATI, "ورئيس حكومة تصريف", "2023-10-13"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله سماحة"),
      ("MEMBER_OF", AROURI, HAMAS, "نائب رئيس المكتب السياسي لحركة حماس"),
      ("LEADS", NAKHALAH, PIJ, "والأمين العام لحركة الجهاد الإسلامي"),
      ("LEADS", AMIRAB, IRFM, "وزير خارجية الجمهورية الإسلامية في إيران"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه بري"),
      ("LEADS", MIKATI, LEBANON, "الأعمال نجيب ميقاتي"),
      ("LEADS", HANIYEH, HAMAS, "حماس إسماعيل هنية"),
      ],
     {"source": MANAR, "published": "2023-10-25"}),

    ("enRY3_cia_mossad_mughniyeh_toi", "en",
     "CIA and Mossad jointly killed Hezbollah's Mughniyeh in 2008, report says\n"
     "By TIMES OF ISRAEL STAFF\n"
     "The 2008 car bombing in Damascus that killed Hezbollah's military chief Imad Mughniyeh was a joint "
     "operation of the CIA and the Mossad, The Washington Post reported Friday, citing five former US "
     "intelligence officials.\n"
     "According to the report, the bomb was built and tested in the United States and was triggered remotely "
     "by Mossad operatives in Tel Aviv, who were in contact with CIA spotters on the ground in the Syrian "
     "capital.\n"
     "Israel has never acknowledged a role in the killing. Hezbollah has always blamed Israel for the death of "
     "Mughniyeh, whom it hails as \"the leader of the two victories.\"\n"
     "The report came less than two weeks after an airstrike attributed to Israel killed Mughniyeh's son Jihad, "
     "an Iranian general and several Hezbollah fighters near Quneitra on the Syrian Golan Heights.\n"
     "Mughniyeh was succeeded as the terror group's military commander by his brother-in-law Mustafa Amine "
     "Badreddine, who has been indicted by the UN-backed Special Tribunal for Lebanon over the 2005 "
     "assassination of former prime minister Rafik Hariri.\n"
     "On Friday, Hezbollah leader Hassan Nasrallah said the group no longer recognized any \"rules of "
     "engagement\" with Israel.",
     [("ASSASSINATED_BY", MUGHNIYEH, CIA, "was a joint operation of the CIA",
       "2008-02-12"),
      ("ASSASSINATED_BY", MUGHNIYEH, MOSSAD, "operation of the CIA and the Mossad", "2008-02-12"),
      ("MEMBER_OF", MUGHNIYEH, HEZ, "Hezbollah's military chief Imad Mughniyeh"),
      ("SUCCESSOR_OF", BADREDDINE, MUGHNIYEH, "Mughniyeh was succeeded as the terror group's military commander"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah leader Hassan Nasrallah"),
      ],
     {"source": TOI, "published": "2015-01-31"}),

    ("arRY4_badreddine_killed_nahar", "ar",
     "«حزب الله»: بدر الدين قضى بقصف مدفعي للتكفيريين قرب مطار دمشق\n"
     "النهار\n"
     "أعلن «حزب الله» في بيان صباح أمس أن التحقيقات أظهرت أن الانفجار الذي استهدف أحد مراكزه قرب مطار دمشق "
     "الدولي، وأدى إلى مقتل قائده العسكري مصطفى بدر الدين، «ناتج من قصف مدفعي قامت به الجماعات التكفيرية "
     "الموجودة في تلك المنطقة».\n"
     "وكان الحزب نعى بدر الدين الجمعة، مشيراً إلى أن التحقيق سيحدد ما إذا كان الانفجار «ناتجاً عن قصف جوي "
     "أو صاروخي أو مدفعي»، فيما امتنع الجيش الإسرائيلي عن التعليق.\n"
     "وبدر الدين، المعروف بـ«ذو الفقار»، تولى قيادة العمليات العسكرية للحزب خلفاً لصهره عماد مغنية الذي "
     "اغتيل بتفجير سيارة مفخخة في دمشق في شباط 2008، وكان يشرف على عمليات الحزب في سوريا.\n"
     "وتتهمه المحكمة الخاصة بلبنان بأنه العقل المدبر لاغتيال الرئيس رفيق الحريري في 14 شباط 2005، وهو ما "
     "ينفيه الحزب.\n"
     "وشُيّع بدر الدين في روضة الشهيدين في الضاحية الجنوبية بمشاركة رئيس المجلس التنفيذي في الحزب السيد "
     "هاشم صفي الدين وحشد من القيادات.\n"
     "وعلمت «النهار» أن الحزب لم يحسم بعد هوية القائد الذي سيخلف بدر الدين، وأن اسم القيادي فؤاد شكر مطروح "
     "بقوة.",
     [("SUCCESSOR_OF", BADREDDINE, MUGHNIYEH, "خلفاً لصهره عماد مغنية"),
      ("MEMBER_OF", BADREDDINE, HEZ, "قائده العسكري مصطفى بدر الدين"),
      ("LEADS", SAFIEDDINE, EXEC, "رئيس المجلس التنفيذي في الحزب"),
      ],
     {"source": NAHAR, "published": "2016-05-15"}),

    ("enRY5_nasrallah_killed_reuters", "en",
     "Hezbollah confirms leader Nasrallah killed in Beirut strike\n"
     "BEIRUT, Sept 28 (Reuters) - Lebanon's Hezbollah on Saturday confirmed that its leader Sayyed Hassan "
     "Nasrallah had been killed, hours after the Israeli military said it had killed him in an airstrike on the "
     "group's underground headquarters in Beirut's southern suburbs on Friday.\n"
     "Hezbollah said Nasrallah had \"joined his fellow martyrs\" and vowed to continue its fight against Israel "
     "\"in support of Gaza and Palestine\".\n"
     "The Israeli military said Ali Karaki, commander of Hezbollah's southern front, and other commanders were "
     "also killed in the strike. Iran's Revolutionary Guards said their deputy commander for operations, "
     "Brigadier General Abbas Nilforoushan, had also been killed in the Israeli attack.\n"
     "Nasrallah led the Iran-backed group for 32 years. He took over in 1992 after Israeli helicopters killed "
     "his predecessor, Abbas al-Musawi, and built Hezbollah into a force with influence across the region.\n"
     "Iran's Supreme Leader Ayatollah Ali Khamenei was moved to a secure location inside the country, two "
     "sources told Reuters. Hashem Safieddine, a cousin of Nasrallah who heads the group's executive council, "
     "is widely seen as his most likely successor.\n"
     "U.S. President Joe Biden called the killing \"a measure of justice for his many victims\".",
     [("ASSASSINATED_BY", NASRALLAH, IDF, "the Israeli military said it had killed him", "2024-09-27"),
      ("ASSASSINATED_BY", KARAKI, IDF, "The Israeli military said Ali Karaki", "2024-09-27"),
      ("ASSASSINATED_BY", NILFOROUSHAN, ISRAEL, "had also been killed in the Israeli attack", "2024-09-27"),
      ("SUCCESSOR_OF", NASRALLAH, MUSAWI, "He took over in 1992", "1992-02-18"),
      ("ASSASSINATED_BY", MUSAWI, ISRAEL, "after Israeli helicopters killed", "1992-02-16"),
      ("LEADS", NASRALLAH, HEZ, "its leader Sayyed Hassan"),
      ("MEMBER_OF", KARAKI, HEZ, "commander of Hezbollah's southern front"),
      ("MEMBER_OF", NILFOROUSHAN, IRGC, "their deputy commander for operations"),
      ("LEADS", SAFIEDDINE, EXEC, "who heads the group's executive council"),
      ("LEADS", KHAMENEI, IRAN, "Iran's Supreme Leader Ayatollah Ali Khamenei"),
      ("LEADS", BIDEN, USA, "U.S. President Joe Biden"),
      ],
     {"source": REUTERS, "published": "2024-09-28"}),

    ("arRY6_araghchi_beirut_irna", "ar",
     "عراقجي في بيروت: إيران تقف إلى جانب لبنان وتدعم وقف إطلاق النار في لبنان وغزة\n"
     "بيروت – إرنا – التقى وزير الخارجية الإيراني السيد عباس عراقجي، اليوم الجمعة، رئيس مجلس النواب "
     "اللبناني نبيه بري في مقره بعين التينة، وبحث معه آخر التطورات في لبنان والمنطقة في ظل العدوان الصهيوني "
     "المتواصل.\n"
     "وكان عراقجي قد وصل صباح اليوم إلى مطار رفيق الحريري الدولي على متن طائرة إيرانية، في أول زيارة لمسؤول "
     "إيراني رفيع إلى بيروت منذ استشهاد الأمين العام لحزب الله السيد حسن نصر الله.\n"
     "وفي وقت لاحق، استقبل رئيس حكومة تصريف الأعمال نجيب ميقاتي في السراي الحكومي وزير الخارجية الإيراني "
     "والوفد المرافق، في حضور وزير الخارجية والمغتربين عبد الله بو حبيب، وأكد الجانبان ضرورة وقف العدوان "
     "فوراً.\n"
     "وقال عراقجي للصحفيين إن طهران تدعم أي مسعى لوقف إطلاق النار «شرط أن يكون متزامناً في لبنان وغزة».\n"
     "ومن المقرر أن يتوجه عراقجي غداً إلى دمشق للقاء الرئيس السوري بشار الأسد.\n"
     "ورافق الوزيرَ في جولته القائم بالأعمال الإيراني، إذ لا يزال السفير مجتبى أماني يتلقى العلاج من إصابته في "
     "تفجير أجهزة النداء الشهر الماضي.",
     [("MET_WITH", ARAGHCHI, BERRI, "رئيس مجلس النواب اللبناني نبيه بري",
       "2024-10-04"),
      ("MET_WITH", MIKATI, ARAGHCHI, "وزير الخارجية الإيراني والوفد المرافق",
       "2024-10-04"),
      ("MET_WITH", BOUHABIB, MIKATI, "في حضور وزير الخارجية والمغتربين", "2024-10-04"),
      ("MET_WITH", BOUHABIB, ARAGHCHI, "عبد الله بو حبيب، وأكد", "2024-10-04"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني السيد عباس"),
      ("LEADS", MIKATI, LEBANON, "رئيس حكومة تصريف الأعمال نجيب"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله السيد"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار الأسد"),
      ("LEADS", BERRI, PARL, "اللبناني نبيه بري في مقره"),
      ],
     {"source": IRNA, "published": "2024-10-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRY")
