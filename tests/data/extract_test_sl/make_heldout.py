"""Blind set SL: Syria 2008-2012 (second folder of SK-SL): Nicolas Sarkozy's visit to Damascus and the four-way
summit with Erdogan and the emir of Qatar (September 2008), Erdogan's visit for the first High-Level Strategic
Cooperation Council (December 2009), Ahmadinejad's visit and the dinner with Bashar al-Assad and Hassan
Nasrallah (February 2010), Bashar's and King Abdullah's joint trip to Beirut and the Baabda summit (July 2010),
and the bombing of the National Security building in Damascus that killed Dawoud Rajha, Assef Shawkat and
Hassan Turkmani, claimed by the Free Syrian Army and by Liwa al-Islam, and Fahd Jassem al-Freij's appointment
(July 2012), as Iran's state agency writes it in English (IRNA-like: "Damascus, Feb 26, IRNA --", "the Zionist
regime", "Seyyed"), a Syrian state daily in Arabic (Tishreen-like: "دمشق-تشرين", "السيد الرئيس"), a British
wire in English (Reuters-like: "DAMASCUS, Sept 4 (Reuters) -"), a Syrian opposition TV site in Arabic (Orient
News-like: "حكومة النظام", "أورينت نت"), a US wire in English (AP-like: "BEIRUT (AP) —", "Assad") and a
Syrian state daily in Arabic (Al-Thawra-like: "بيروت-الثورة", "خادم الحرمين الشريفين").
Pieces: Ahmadinejad, Bashar and Nasrallah meet at dinner, Mottaki in the talks, Ahmadinejad meets Mashal and
Shalah (English, SL1); Bashar receives Erdogan with Otri, Muallem and Davutoglu present, Erdogan and Otri
co-chair the council (Arabic, SL2); the four-way summit of Sarkozy, Bashar, Erdogan and Hamad, Kouchner in
the talks (English, SL3); the bombing claimed by the FSA and Liwa al-Islam, Freij named to replace Rajha
(Arabic, SL4); Freij sworn in before Assad, the claims, Freij appointed to succeed Rajha (English, SL5);
Bashar and Abdullah received by Suleiman, the three leaders' summit with Berri and Hariri present, Abdullah's
talks in Damascus the day before (Arabic, SL6).
Excluded on purpose (no relation): Hillary Clinton's call, merely quoted (SL1); Ahmadinejad's phone call to
Bashar (SL2); Sarkozy's phone call to Suleiman, the meeting with Siniora "not on the agenda", Olmert's unnamed
successor (SL3); state TV's accusation of "terrorist elements" (no named agent), Ikhtiyar and Shaar wounded
(SL4); Putin's and Obama's phone call, Maher al-Assad's rumoured wounds (SL5); the Qatari emir's planned visit,
Nasrallah's absence (SL6).
Judgement calls: a dinner of "the three leaders" is a meeting of the three (SL1); "took part in the talks"
pairs the minister with both principals, his own president included (SL1 Mottaki, SL3 Kouchner, the brief's
attendee rule); "met with the leaders of Palestinian resistance groups, including A and B" is one meeting, A
and B paired too (SL1); attendees «بحضور» of one list paired with both principals and with each other (SL2,
SL6: at the three-leader summit each attendee is paired with all three leaders); two co-chairs of a council
meeting met (SL2); the claims of responsibility by the FSA and by Liwa al-Islam each give victim -> claimant
for the three dead named in the piece (SL4, SL5), not Ikhtiyar, who was only wounded here; «خلفاً لراجحة» and
"appointed to succeed Rajha" are successions; "sworn in before President Bashar Assad" is an in-person
meeting (SL5); «كان في استقبالهما» at the airport is a meeting of the three (SL6); a prime minister LEADS the
country (as NK), a chief of staff LEADS the army (as NK3's Zamir).
Filled in for the exercise: Mottaki's part in the talks, the embassy as the place of the Palestinian meeting
(SL1); the attendees and the dinner (SL2); Kouchner's part in the talks, the Suleiman call, the Siniora
remark (SL3); the spokesman's wording, Liwa al-Islam's wording (SL4); the Putin-Obama call, the rumour about
Maher (SL5); the attendees of the Baabda summit, the day of the Damascus talks (SL6).
Spellings: "Bashar Assad", "Seyyed Hassan Nasrallah", "Khaled Mashaal", "Ramadan Abdullah Shallah",
"Walid al-Moallem" (SL1); «محمد ناجي عطري»، «أحمد داود أوغلو» (SL2); "Tayyip Erdogan", "Sheikh Hamad bin Khalifa
al-Thani" (SL3); «داوود راجحة»، «هشام بختيار»، «فهد جاسم الفريج» (SL4); "Dawoud Rajha", "Fahd Jassem al-Freij"
(SL5); «خادم الحرمين الشريفين الملك عبد الله بن عبد العزيز آل سعود»، «ميشال سليمان» (SL6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sl import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, LEBANON, IRAN, TURKEY, FRANCE, QATAR, SAUDI = (
    "country:syria", "country:lebanon", "country:iran", "country:turkey", "country:france", "country:qatar",
    "country:saudi-arabia")
SYRFM, ARMY, FSA, LIWA, HEZ, HAMAS, PIJ, LPARL, IRFM, TRFM, FRFM = (
    "organization:syrian-foreign-ministry", "organization:syrian-army", "organization:free-syrian-army",
    "organization:liwa-al-islam", "organization:hezbollah", "organization:hamas",
    "organization:palestinian-islamic-jihad", "organization:lebanese-parliament",
    "organization:iranian-foreign-ministry", "organization:turkish-foreign-ministry",
    "organization:french-foreign-ministry")
BASHAR, MUALLEM, OTRI, SHAWKAT, RAJHA, TURKMANI, FREIJ, SAADEDDINE = (
    "person:bashar-al-assad", "person:walid-muallem", "person:muhammad-naji-otri", "person:assef-shawkat",
    "person:dawoud-rajha", "person:hassan-turkmani", "person:fahd-jassem-al-freij", "person:qassem-saadeddine")
AHMADINEJAD, MOTTAKI, NASRALLAH, MASHAL, SHALAH = (
    "person:mahmoud-ahmadinejad", "person:manouchehr-mottaki", "person:hassan-nasrallah", "person:khaled-mashal",
    "person:ramadan-shalah")
ERDOGAN, DAVUTOGLU, SARKOZY, KOUCHNER, HAMAD, ABDULLAH = (
    "person:recep-tayyip-erdogan", "person:ahmet-davutoglu", "person:nicolas-sarkozy", "person:bernard-kouchner",
    "person:hamad-bin-khalifa-al-thani", "person:abdullah-bin-abdulaziz")
SULEIMAN, BERRI, SHARIRI = "person:michel-suleiman", "person:nabih-berri", "person:saad-hariri"

IRNA = "blind set (Iranian state news agency, English service, IRNA-like)"
TISHREEN = "blind set (Syrian state daily, Arabic, Tishreen-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
ORIENT = "blind set (Syrian opposition TV news site, Arabic, Orient News-like)"
AP = "blind set (US news wire, English, AP-like)"
THAWRA = "blind set (Syrian state daily, Arabic, Al-Thawra-like)"

ARTICLES = [
    ("enSL1_ahmadinejad_assad_nasrallah_irna", "en",
     "Ahmadinejad, Assad, Nasrallah discuss regional developments in Damascus\n"
     "Damascus, Feb 26, IRNA -- President Mahmoud Ahmadinejad, Syrian President Bashar Assad and Secretary "
     "General of Lebanon's Hezbollah Seyyed Hassan Nasrallah met in Damascus on Thursday night and discussed the "
     "latest regional developments, the threats of the Zionist regime and the resistance.\n"
     "The three leaders, who attended a dinner hosted by President Assad, stressed that the resistance front is "
     "stronger than ever, according to Lebanon's Al-Manar TV.\n"
     "Earlier in the day, President Ahmadinejad and his Syrian counterpart held a joint press conference after "
     "official talks, in which Assad ridiculed US Secretary of State Hillary Clinton's call on Damascus to "
     "distance itself from Tehran. Iranian Foreign Minister Manouchehr Mottaki took part in the talks.\n"
     "Ahmadinejad also met with the leaders of Palestinian resistance groups based in Damascus, including Hamas "
     "politburo chief Khaled Mashaal and Islamic Jihad Secretary General Ramadan Abdullah Shallah, at the Iranian "
     "embassy.\n"
     "Syrian Foreign Minister Walid al-Moallem had told reporters earlier in the week that the visit would "
     "deepen the strategic ties between the two countries.",
     met_group({AHMADINEJAD: "President Mahmoud Ahmadinejad, Syrian", BASHAR: "Syrian President Bashar Assad and",
                NASRALLAH: "Seyyed Hassan Nasrallah met in Damascus"}, "2010-02-25") + [
      ("MET_WITH", MOTTAKI, BASHAR, "Mottaki took part in the talks", "2010-02-25"),
      ("MET_WITH", MOTTAKI, AHMADINEJAD, "Iranian Foreign Minister Manouchehr", "2010-02-25"),
      ("MET_WITH", AHMADINEJAD, MASHAL, "Hamas politburo chief Khaled Mashaal", "2010-02-25"),
      ("MET_WITH", AHMADINEJAD, SHALAH, "Ahmadinejad also met with the leaders", "2010-02-25"),
      ("MET_WITH", MASHAL, SHALAH, "Secretary General Ramadan Abdullah Shallah", "2010-02-25"),
      ("LEADS", AHMADINEJAD, IRAN, "IRNA -- President Mahmoud Ahmadinejad"),
      ("LEADS", BASHAR, SYRIA, "Syrian President Bashar Assad"),
      ("LEADS", NASRALLAH, HEZ, "General of Lebanon's Hezbollah Seyyed"),
      ("LEADS", MOTTAKI, IRFM, "Iranian Foreign Minister Manouchehr Mottaki"),
      ("LEADS", MASHAL, HAMAS, "Hamas politburo chief"),
      ("LEADS", SHALAH, PIJ, "Islamic Jihad Secretary General"),
      ("LEADS", MUALLEM, SYRFM, "Syrian Foreign Minister Walid al-Moallem"),
      ],
     {"source": IRNA, "published": "2010-02-26"}),

    ("arSL2_assad_erdogan_council_tishreen", "ar",
     "السيد الرئيس الأسد وأردوغان يبحثان تعزيز العلاقات الاستراتيجية.. وتوقيع 50 اتفاقية\n"
     "دمشق-تشرين\n"
     "استقبل السيد الرئيس بشار الأسد أمس رئيس الوزراء التركي رجب طيب أردوغان والوفد المرافق له، بحضور السيد "
     "محمد ناجي عطري رئيس مجلس الوزراء والسيد وليد المعلم وزير الخارجية والسيد أحمد داود أوغلو وزير الخارجية "
     "التركي.\n"
     "وتناول اللقاء العلاقات الأخوية المتميزة بين البلدين الشقيقين وسبل الارتقاء بها إلى مستوى الشراكة "
     "الاستراتيجية، إضافة إلى الأوضاع في المنطقة ولا سيما في العراق والأراضي الفلسطينية المحتلة.\n"
     "وأكد الجانبان أن إلغاء تأشيرات الدخول بين البلدين خطوة تاريخية تعكس إرادة الشعبين.\n"
     "وكان أردوغان وعطري قد ترأسا في وقت سابق من اليوم الاجتماع الأول لمجلس التعاون الاستراتيجي رفيع المستوى "
     "بين البلدين، حيث وقّع الجانبان خمسين اتفاقية ومذكرة تفاهم في مختلف المجالات.\n"
     "وأقام السيد الرئيس مأدبة عشاء تكريماً لرئيس الوزراء التركي والوفد المرافق.\n"
     "في سياق آخر، تلقى السيد الرئيس اتصالاً هاتفياً من الرئيس الإيراني محمود أحمدي نجاد جرى خلاله بحث "
     "العلاقات الثنائية.",
     [("MET_WITH", BASHAR, ERDOGAN, "رئيس الوزراء التركي رجب طيب أردوغان والوفد", "2009-12-22"),
      ("MET_WITH", OTRI, BASHAR, "بحضور السيد محمد ناجي عطري", "2009-12-22"),
      ("MET_WITH", OTRI, ERDOGAN, "وكان أردوغان وعطري قد ترأسا", "2009-12-22"),
      ("MET_WITH", MUALLEM, BASHAR, "والسيد وليد المعلم وزير الخارجية", "2009-12-22"),
      ("MET_WITH", MUALLEM, ERDOGAN, "رئيس مجلس الوزراء والسيد وليد", "2009-12-22"),
      ("MET_WITH", DAVUTOGLU, BASHAR, "والسيد أحمد داود أوغلو", "2009-12-22"),
      ("MET_WITH", DAVUTOGLU, ERDOGAN, "أحمد داود أوغلو وزير الخارجية", "2009-12-22"),
      ("MET_WITH", OTRI, MUALLEM, "عطري رئيس مجلس الوزراء والسيد", "2009-12-22"),
      ("MET_WITH", OTRI, DAVUTOGLU, "داود أوغلو وزير الخارجية التركي", "2009-12-22"),
      ("MET_WITH", MUALLEM, DAVUTOGLU, "المعلم وزير الخارجية والسيد أحمد", "2009-12-22"),
      ("LEADS", BASHAR, SYRIA, "استقبل السيد الرئيس بشار الأسد"),
      ("LEADS", ERDOGAN, TURKEY, "رئيس الوزراء التركي رجب"),
      ("LEADS", OTRI, SYRIA, "ناجي عطري رئيس مجلس الوزراء"),
      ("LEADS", MUALLEM, SYRFM, "وليد المعلم وزير الخارجية"),
      ("LEADS", DAVUTOGLU, TRFM, "وزير الخارجية التركي."),
      ("LEADS", AHMADINEJAD, IRAN, "الرئيس الإيراني محمود أحمدي نجاد"),
      ],
     {"source": TISHREEN, "published": "2009-12-23"}),

    ("enSL3_sarkozy_four_way_summit_reuters", "en",
     "Sarkozy, Assad, Erdogan and Qatar emir hold Damascus summit\n"
     "DAMASCUS, Sept 4 (Reuters) - French President Nicolas Sarkozy, Syrian President Bashar al-Assad, Turkish "
     "Prime Minister Tayyip Erdogan and Qatar's Emir Sheikh Hamad bin Khalifa al-Thani held a four-way summit in "
     "Damascus on Thursday on Middle East peace efforts.\n"
     "The meeting followed talks on Wednesday between Sarkozy and Assad, the first visit to Syria by a French "
     "head of state since 2002. French Foreign Minister Bernard Kouchner, who took part in the talks, said "
     "Paris wanted Syria to play a \"positive role\" in Lebanon.\n"
     "Assad said indirect talks with Israel, mediated by Turkey, could move to direct negotiations after Israeli "
     "Prime Minister Ehud Olmert's successor takes office, but not before a new U.S. administration.\n"
     "Sarkozy spoke by telephone with Lebanese President Michel Suleiman before flying to Damascus, an Elysee "
     "official said. A meeting with Lebanese Prime Minister Fouad Siniora was not on the agenda.\n"
     "France had frozen high-level contacts with Damascus after the 2005 killing of former Lebanese Prime "
     "Minister Rafik al-Hariri.",
     met_group({SARKOZY: "French President Nicolas Sarkozy, Syrian", BASHAR: "Syrian President Bashar al-Assad, Turkish",
                ERDOGAN: "Prime Minister Tayyip Erdogan and", HAMAD: "Emir Sheikh Hamad bin Khalifa"}, "2008-09-04")
     + [
      ("MET_WITH", KOUCHNER, SARKOZY, "who took part in the talks", "2008-09-03"),
      ("MET_WITH", KOUCHNER, BASHAR, "French Foreign Minister Bernard Kouchner", "2008-09-03"),
      ("LEADS", SARKOZY, FRANCE, "French President Nicolas Sarkozy"),
      ("LEADS", BASHAR, SYRIA, "Syrian President Bashar al-Assad"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish Prime Minister Tayyip"),
      ("LEADS", HAMAD, QATAR, "Qatar's Emir Sheikh"),
      ("LEADS", KOUCHNER, FRFM, "French Foreign Minister Bernard"),
      ("LEADS", SULEIMAN, LEBANON, "Lebanese President Michel Suleiman"),
      ],
     {"source": REUTERS, "published": "2008-09-04"}),

    ("arSL4_damascus_bombing_claims_orient", "ar",
     "تفجير مبنى الأمن القومي: مقتل راجحة وشوكت وتركماني.. و«الحر» و«لواء الإسلام» يتبنيان\n"
     "أورينت نت\n"
     "قُتل وزير الدفاع في حكومة النظام العماد داوود راجحة ونائبه العماد آصف شوكت، صهر بشار الأسد، ورئيس خلية "
     "إدارة الأزمة العماد حسن تركماني، في تفجير استهدف اجتماعاً لكبار المسؤولين الأمنيين في مبنى الأمن القومي "
     "بحي الروضة في دمشق ظهر اليوم الأربعاء.\n"
     "وأصيب في التفجير رئيس مكتب الأمن القومي اللواء هشام بختيار ووزير الداخلية محمد الشعار.\n"
     "وتبنّى الجيش السوري الحر العملية، وقال المتحدث باسمه في الداخل العقيد قاسم سعد الدين إن «هذه هي البداية».\n"
     "كما أعلن «لواء الإسلام» في بيان مسؤوليته عن التفجير الذي قال إنه «استهدف خلية إدارة الأزمة».\n"
     "من جهته، اتهم التلفزيون الرسمي «عناصر إرهابية مأجورة» بتنفيذ الهجوم، وقال إن «القوات المسلحة ماضية في "
     "تطهير الوطن من فلول العصابات الإرهابية».\n"
     "وبعد ساعات، أصدر بشار الأسد مرسوماً بتعيين العماد فهد جاسم الفريج، رئيس هيئة الأركان العامة، وزيراً "
     "للدفاع خلفاً لراجحة.",
     [("ASSASSINATED_BY", RAJHA, FSA, "وتبنّى الجيش السوري الحر العملية", "2012-07-18"),
      ("ASSASSINATED_BY", SHAWKAT, FSA, "وتبنّى الجيش السوري الحر", "2012-07-18"),
      ("ASSASSINATED_BY", TURKMANI, FSA, "الجيش السوري الحر العملية", "2012-07-18"),
      ("ASSASSINATED_BY", RAJHA, LIWA, "أعلن «لواء الإسلام» في بيان", "2012-07-18"),
      ("ASSASSINATED_BY", SHAWKAT, LIWA, "«لواء الإسلام» في بيان مسؤوليته", "2012-07-18"),
      ("ASSASSINATED_BY", TURKMANI, LIWA, "في بيان مسؤوليته عن التفجير", "2012-07-18"),
      ("MEMBER_OF", SAADEDDINE, FSA, "المتحدث باسمه في الداخل العقيد"),
      ("SUCCESSOR_OF", FREIJ, RAJHA, "للدفاع خلفاً لراجحة", "2012-07-18"),
      ("LEADS", FREIJ, ARMY, "رئيس هيئة الأركان العامة"),
      ],
     {"source": ORIENT, "published": "2012-07-18"}),

    ("enSL5_freij_sworn_in_ap", "en",
     "Syria's new defense minister sworn in as Assad reappears on TV\n"
     "BEIRUT (AP) — Syria's new defense minister, Gen. Fahd Jassem al-Freij, was sworn in before President "
     "Bashar Assad on Thursday, a day after a bomb tore through a meeting of top security officials in Damascus "
     "and killed three of the regime's most powerful men, state TV said.\n"
     "The footage was the first of Assad since the blast, which killed Defense Minister Dawoud Rajha, Assad's "
     "brother-in-law Assef Shawkat and Hassan Turkmani, a former defense minister who headed the regime's crisis "
     "cell. The Free Syrian Army and an Islamist rebel group, Liwa al-Islam, both claimed responsibility.\n"
     "Al-Freij, 62, had been the army's chief of staff since 2011. The state news agency SANA said he was "
     "appointed to succeed Rajha by a presidential decree late Wednesday.\n"
     "Rumors that Assad's younger brother Maher, who commands the army's elite 4th Division, had been wounded "
     "were denied by the government.\n"
     "In Washington, the White House said President Barack Obama and Russian President Vladimir Putin discussed "
     "Syria by telephone but remained divided over a new U.N. resolution.",
     [("MET_WITH", FREIJ, BASHAR, "was sworn in before President", "2012-07-19"),
      ("LEADS", BASHAR, SYRIA, "before President Bashar Assad"),
      ("ASSASSINATED_BY", RAJHA, FSA, "The Free Syrian Army and an Islamist", "2012-07-18"),
      ("ASSASSINATED_BY", SHAWKAT, FSA, "The Free Syrian Army and", "2012-07-18"),
      ("ASSASSINATED_BY", TURKMANI, FSA, "Free Syrian Army and an Islamist rebel", "2012-07-18"),
      ("ASSASSINATED_BY", RAJHA, LIWA, "Liwa al-Islam, both claimed responsibility", "2012-07-18"),
      ("ASSASSINATED_BY", SHAWKAT, LIWA, "both claimed responsibility", "2012-07-18"),
      ("ASSASSINATED_BY", TURKMANI, LIWA, "Islamist rebel group, Liwa al-Islam", "2012-07-18"),
      ("LEADS", FREIJ, ARMY, "had been the army's chief of staff"),
      ("SUCCESSOR_OF", FREIJ, RAJHA, "appointed to succeed Rajha", "2012-07-18"),
      ],
     {"source": AP, "published": "2012-07-19"}),

    ("arSL6_assad_abdullah_baabda_thawra", "ar",
     "قمة سورية سعودية لبنانية في بعبدا تؤكد دعم استقرار لبنان\n"
     "بيروت-الثورة\n"
     "وصل السيد الرئيس بشار الأسد وخادم الحرمين الشريفين الملك عبد الله بن عبد العزيز آل سعود أمس إلى بيروت "
     "على متن طائرة واحدة، في زيارة وُصفت بالتاريخية، وكان في استقبالهما في مطار رفيق الحريري الدولي الرئيس "
     "اللبناني العماد ميشال سليمان.\n"
     "وعقد القادة الثلاثة قمة في قصر بعبدا، بحضور رئيس مجلس النواب نبيه بري ورئيس مجلس الوزراء سعد الحريري، "
     "تناولت الأوضاع في لبنان وضرورة الحفاظ على الاستقرار والوفاق الوطني.\n"
     "وأكد البيان الصادر عن القمة التزام القادة بالتهدئة وعدم اللجوء إلى العنف، ودعم الدولة اللبنانية.\n"
     "وكان خادم الحرمين الشريفين قد وصل إلى دمشق الخميس حيث عقد مع السيد الرئيس جلسة مباحثات في قصر الشعب "
     "تناولت العلاقات الثنائية والأوضاع العربية.\n"
     "ومن المقرر أن يزور أمير دولة قطر الشيخ حمد بن خليفة آل ثاني لبنان اليوم، فيما غاب عن القمة الأمين العام "
     "لحزب الله السيد حسن نصر الله.",
     met_group({BASHAR: "وصل السيد الرئيس بشار الأسد", ABDULLAH: "الملك عبد الله بن عبد العزيز آل سعود",
                SULEIMAN: "اللبناني العماد ميشال سليمان"}, "2010-07-30") + [
      ("MET_WITH", BERRI, BASHAR, "بحضور رئيس مجلس النواب نبيه بري", "2010-07-30"),
      ("MET_WITH", BERRI, ABDULLAH, "وعقد القادة الثلاثة قمة", "2010-07-30"),
      ("MET_WITH", BERRI, SULEIMAN, "قمة في قصر بعبدا", "2010-07-30"),
      ("MET_WITH", SHARIRI, BASHAR, "ورئيس مجلس الوزراء سعد الحريري", "2010-07-30"),
      ("MET_WITH", SHARIRI, ABDULLAH, "رئيس مجلس الوزراء سعد", "2010-07-30"),
      ("MET_WITH", SHARIRI, SULEIMAN, "مجلس الوزراء سعد الحريري، تناولت", "2010-07-30"),
      ("MET_WITH", BERRI, SHARIRI, "نبيه بري ورئيس مجلس الوزراء", "2010-07-30"),
      ("LEADS", BASHAR, SYRIA, "السيد الرئيس بشار الأسد وخادم"),
      ("LEADS", ABDULLAH, SAUDI, "وخادم الحرمين الشريفين الملك"),
      ("LEADS", SULEIMAN, LEBANON, "الرئيس اللبناني العماد"),
      ("LEADS", BERRI, LPARL, "رئيس مجلس النواب نبيه"),
      ("LEADS", SHARIRI, LEBANON, "رئيس مجلس الوزراء سعد"),
      ("LEADS", HAMAD, QATAR, "أمير دولة قطر الشيخ"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله"),
      ],
     {"source": THAWRA, "published": "2010-07-31"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSL")
