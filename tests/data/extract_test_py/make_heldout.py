"""Blind set PY: Qasem Soleimani's killing and its aftermath, January-April 2020 (first folder of PY-PZ):
the US drone strike at Baghdad airport that killed Soleimani and Abu Mahdi al-Muhandis and Esmail Qaani's
appointment (3 January 2020), Khamenei's decree and Rouhani's reception of the Qatari foreign minister
(3-4 January), the IRGC missile strike on Ain al-Asad (8 January), the Iraqi parliament's vote on foreign
troops and the meeting of the three presidencies (4-5 January), Barham Salih's designation of Mustafa
al-Kadhimi after Mohammed Tawfiq Allawi and Adnan al-Zurfi (April 2020), and Qaani's first announced visit
to Baghdad and his meeting with faction leaders (30 March 2020), as a Western wire writes it in English
(Reuters-like: "BAGHDAD/WASHINGTON (Reuters) -"), Iran's state agency in Arabic (IRNA-like: "طهران / ... /
إرنا -", "قائد الثورة الإسلامية"), an Iranian agency's English service (Tasnim-like: "TEHRAN (Tasnim) –",
"martyring"), an Iraqi TV site in Arabic (Al-Sumaria-like: "السومرية نيوز/ بغداد"), a Kurdish site in
English (Rudaw-like: "ERBIL, Kurdistan Region —") and a Saudi-owned London daily in Arabic (Asharq
Al-Awsat-like: "بغداد: «الشرق الأوسط»", "وقالت مصادر ... لـ«الشرق الأوسط»").
Pieces: a US drone strike ordered by Trump kills Soleimani and Muhandis, who had met him at the plane;
Khamenei names Ghaani to replace him (English, PY1); Khamenei's decree names Qaani "خلفاً" to Soleimani,
killed "في غارة نفذتها طائرات أميركية"; Rouhani receives the Qatari foreign minister in Zarif's presence
(Arabic, PY2); the IRGC fires on Ain al-Asad; Soleimani and Muhandis killed in a US strike "on the order
of" Trump; Abdul-Mahdi had met ambassador Tueller (English, PY3); parliament votes, Salih had received
Abdul-Mahdi and Halbousi together (Arabic, PY4); Salih designates Kadhimi at a ceremony attended by
Halbousi, Abdul Mahdi and Amiri; Zurfi had been named to replace Allawi (English, PY5); Qaani, appointed
"خلفاً لقاسم سليماني", meets Amiri and Khazali in Fayyadh's presence (Arabic, PY6).
Excluded on purpose (no relation): Pompeo's phone calls with Abdul-Mahdi and Salih (PY1); Khamenei's visit
to Soleimani's family, Zarif's words on the killing, Rouhani's phone call with Macron (PY2); the IRGC's
own words "the US army in martyring" (the killing is stated by the outlet elsewhere), the unnamed
mourners of the Kerman stampede, the verbal message from Tehran to Abdul-Mahdi (PY3); the parliamentary
session chaired by Halbousi in Abdul-Mahdi's presence (a session, not a meeting), Abdul-Mahdi's planned
meeting with Soleimani on the morning he was killed, Sadr's tweet (PY4); Kataib Hezbollah's accusation
against Kadhimi, the conditional "he will succeed Abdul Mahdi" (not yet), Masrour Barzani's call (PY5);
Qaani's meeting with Abdul-Mahdi that the latter's office denied, Sadr who declined to receive him,
Kataib Hezbollah's accusation against Zurfi (PY6).
Judgement calls: "had met the Iranian general at the foot of the plane" is a meeting (PY1); "appointed
... as the new commander of the Quds Force" after Soleimani's death is a succession (PY1); "on the order
of President Donald Trump" gives both the United States and Trump (PY3, as PY1's "ordered by"); a
designation ceremony "attended by" three leaders: the president and the designate met, each attendee is
paired with both, and the attendees with each other (they attended together, the dev majority) (PY5);
"had been named ... to replace" Allawi as PM-designate is a succession in the post of PM-designate (PY5);
"اجتمع بزعيم ... والأمين العام ... في حضور" is one meeting: the three together, the attendee Fayyadh with
each (PY6); "استقبل ... عبد المهدي ورئيس مجلس النواب ... وبحث المجتمعون" is a meeting of the three (PY4);
"بحضور ظريف": Zarif is paired with the host and the guest (PY2); a deputy head is MEMBER_OF, not LEADS.
Filled in for the exercise: Muhandis meeting Soleimani at the plane as reported by two officials, Pompeo's
call with Salih (PY1); Rouhani's call with Macron, the day of the Qatari visit (PY2); the wording of
Hajizadeh's and Salami's statements, the Tueller meeting's day (PY3); the evening and place of the
meeting of the three presidencies (PY4); the list of those attending the designation, Masrour Barzani's
call (PY5); the visa detail, Fayyadh's presence, Sadr's refusal, the denied meeting with Abdul-Mahdi (PY6).
Spellings: "Qassem Soleimani", "Esmail Ghaani" (PY1); «إسماعيل قاآني»، «الفريق الحاج قاسم سليماني» (PY2);
"Qassem Suleimani", "Popular Mobilization Units (PMU)" (PY3); «عبد المهدي»، «الحلبوسي» (PY4); "Adil Abdul
Mahdi", "Mustafa al-Kadhimi" (PY5); «قآني»، «فيلق القدس» (PY6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pz import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US = "country:iraq", "country:iran", "country:united-states"
QUDS, IRGC, AERO, PMF, PARL, INIS = (
    "organization:quds-force", "organization:irgc", "organization:irgc-aerospace-force",
    "organization:popular-mobilization-forces", "organization:iraqi-parliament",
    "organization:iraqi-national-intelligence-service")
BADR, ASAIB, FATAH, SADRIST, IRFM = (
    "organization:badr-organization", "organization:asaib-ahl-al-haq", "organization:fatah-alliance",
    "organization:sadrist-movement", "organization:iranian-foreign-ministry")
SOLEIMANI, QAANI, MUHANDIS, KHAMENEI, ROUHANI, ZARIF, HAJIZADEH, SALAMI = (
    "person:qasem-soleimani", "person:esmail-qaani", "person:abu-mahdi-al-muhandis", "person:ali-khamenei",
    "person:hassan-rouhani", "person:mohammad-javad-zarif", "person:amir-ali-hajizadeh", "person:hossein-salami")
MAHDI, KADHIMI, ALLAWI, ZURFI, SALIH, HALBOUSI, AMIRI, KHAZALI, FAYYADH, SADR = (
    "person:adil-abdul-mahdi", "person:mustafa-al-kadhimi", "person:mohammed-tawfiq-allawi",
    "person:adnan-al-zurfi", "person:barham-salih", "person:mohammed-al-halbousi", "person:hadi-al-amiri",
    "person:qais-al-khazali", "person:falih-al-fayyadh", "person:muqtada-al-sadr")
TRUMP, TUELLER, QATARFM = "person:donald-trump", "person:matthew-tueller", "person:mohammed-bin-abdulrahman-al-thani"

REUTERS = "blind set (Western news wire, English, Reuters-like)"
IRNA = "blind set (Iranian state news agency, Arabic service, IRNA-like)"
TASNIM = "blind set (Iranian news agency, English service, Tasnim-like)"
SUMARIA = "blind set (Iraqi TV news site, Arabic, Al-Sumaria-like)"
RUDAW = "blind set (Kurdish news site, English, Rudaw-like)"
ASHARQ = "blind set (Saudi-owned London daily, Arabic, Asharq Al-Awsat-like)"

ARTICLES = [
    ("enPY1_strike_kills_soleimani_reuters", "en",
     "U.S. strike kills Iran's Soleimani and Iraqi militia chief at Baghdad airport\n"
     "BAGHDAD/WASHINGTON (Reuters) - A U.S. drone strike ordered by President Donald Trump killed Major General "
     "Qassem Soleimani, head of Iran's elite Quds Force, and Iraqi militia commander Abu Mahdi al-Muhandis at "
     "Baghdad International Airport early on Friday, the Pentagon and Iraqi officials said.\n"
     "The Pentagon said the strike was carried out \"at the direction of the President\" to deter future Iranian "
     "attack plans. Soleimani's convoy was hit on an airport access road shortly after he landed on a flight "
     "from Damascus.\n"
     "Muhandis, the deputy commander of Iraq's Popular Mobilization Forces, had met the Iranian general at the "
     "foot of the plane, two Iraqi security officials said.\n"
     "Iran's Supreme Leader Ayatollah Ali Khamenei vowed \"harsh revenge\" and within hours appointed Brigadier "
     "General Esmail Ghaani, Soleimani's deputy, as the new commander of the Quds Force.\n"
     "Iraq's caretaker Prime Minister Adel Abdul-Mahdi condemned the killing as an \"aggression\" and a breach "
     "of the conditions of the U.S. military presence. Secretary of State Mike Pompeo said he had spoken by "
     "phone with Abdul-Mahdi and with Iraqi President Barham Salih to reaffirm Washington's commitment to "
     "de-escalation.",
     [("ASSASSINATED_BY", SOLEIMANI, US, "A U.S. drone strike ordered by", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "ordered by President Donald Trump killed", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "and Iraqi militia commander Abu Mahdi al-Muhandis", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, TRUMP, "Baghdad International Airport early on Friday", "2020-01-03"),
      ("LEADS", SOLEIMANI, QUDS, "head of Iran's elite Quds Force"),
      ("LEADS", TRUMP, US, "President Donald Trump killed"),
      ("MEMBER_OF", MUHANDIS, PMF, "the deputy commander of Iraq's Popular Mobilization Forces"),
      ("MET_WITH", MUHANDIS, SOLEIMANI, "had met the Iranian general at the", "2020-01-03"),
      ("LEADS", KHAMENEI, IRAN, "Iran's Supreme Leader Ayatollah Ali Khamenei"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "as the new commander of the Quds Force", "2020-01-03"),
      ("LEADS", QAANI, QUDS, "General Esmail Ghaani, Soleimani's deputy"),
      ("LEADS", MAHDI, IRAQ, "caretaker Prime Minister Adel Abdul-Mahdi"),
      ("LEADS", SALIH, IRAQ, "Iraqi President Barham Salih"),
      ],
     {"source": REUTERS, "published": "2020-01-03"}),

    ("arPY2_khamenei_decree_qaani_irna", "ar",
     "قائد الثورة يعيّن العميد إسماعيل قاآني قائداً لقوة القدس\n"
     "طهران / 4 كانون الثاني / يناير / إرنا - أصدر قائد الثورة الإسلامية آية الله السيد علي الخامنئي، أمس "
     "الجمعة، مرسوماً عيّن بموجبه العميد إسماعيل قاآني قائداً لقوة القدس التابعة لحرس الثورة الإسلامية، خلفاً "
     "للشهيد الفريق الحاج قاسم سليماني.\n"
     "وجاء في المرسوم أن \"برنامج القوة سيبقى دون أي تغيير عما كان عليه في عهد سلفه الشهيد\".\n"
     "وكان الفريق سليماني قد استشهد فجر الجمعة مع نائب رئيس هيئة الحشد الشعبي العراقية أبو مهدي المهندس وعدد "
     "من رفاقهما، في غارة نفذتها طائرات أميركية قرب مطار بغداد الدولي.\n"
     "وزار سماحة القائد منزل الشهيد في طهران حيث قدّم التعازي لأسرته.\n"
     "من جهته، وصف وزير الخارجية محمد جواد ظريف عملية الاغتيال بأنها \"عمل إرهابي دولي\"، محمّلاً واشنطن "
     "مسؤولية جميع عواقب هذه المغامرة.\n"
     "وفي سياق متصل، استقبل رئيس الجمهورية حسن روحاني، صباح اليوم السبت، وزير الخارجية القطري الشيخ محمد بن "
     "عبد الرحمن آل ثاني، بحضور ظريف، وأعرب الضيف القطري عن تعازي أمير قطر باستشهاد القائد سليماني، فيما أكد "
     "روحاني أن \"الشعب الإيراني لن يترك هذه الجريمة دون رد\".\n"
     "كما تلقى روحاني اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون بحثا خلاله التطورات الأخيرة في المنطقة.",
     [("LEADS", KHAMENEI, IRAN, "قائد الثورة الإسلامية آية الله"),
      ("LEADS", QAANI, QUDS, "قائداً لقوة القدس التابعة"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "للشهيد الفريق الحاج قاسم سليماني", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "في غارة نفذتها طائرات أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "العراقية أبو مهدي المهندس وعدد", "2020-01-03"),
      ("MEMBER_OF", MUHANDIS, PMF, "نائب رئيس هيئة الحشد الشعبي العراقية"),
      ("LEADS", ZARIF, IRFM, "وزير الخارجية محمد جواد ظريف"),
      ("LEADS", ROUHANI, IRAN, "رئيس الجمهورية حسن روحاني"),
      ("MET_WITH", ROUHANI, QATARFM, "وزير الخارجية القطري الشيخ محمد", "2020-01-04"),
      ("MET_WITH", ZARIF, ROUHANI, "عبد الرحمن آل ثاني، بحضور ظريف", "2020-01-04"),
      ("MET_WITH", ZARIF, QATARFM, "بحضور ظريف، وأعرب الضيف القطري", "2020-01-04"),
      ],
     {"source": IRNA, "published": "2020-01-04"}),

    ("enPY3_irgc_strikes_ain_al_asad_tasnim", "en",
     "IRGC Pounds US Airbase in Iraq in Retaliation for General Soleimani's Assassination\n"
     "TEHRAN (Tasnim) – The Islamic Revolutionary Guard Corps (IRGC) Aerospace Force launched tens of ballistic "
     "missiles at the US-run Ain al-Asad airbase in Iraq's western Anbar province early on Wednesday, in "
     "an operation code-named \"Martyr Soleimani\".\n"
     "In a statement, the IRGC said the strike was a response to \"the terrorist and criminal act of the US army "
     "in martyring Lieutenant General Qassem Suleimani\".\n"
     "Lieutenant General Suleimani, the commander of the IRGC Quds Force, was assassinated along with Abu Mahdi "
     "al-Muhandis, the deputy head of Iraq's Popular Mobilization Units (PMU), in a US drone strike near Baghdad "
     "airport on January 3 on the order of President Donald Trump.\n"
     "Commander of the IRGC Aerospace Force Brigadier General Amir Ali Hajizadeh said the operation was not aimed "
     "at killing anyone, \"but we wanted to hit the enemy's military machine\".\n"
     "IRGC Chief Commander Major General Hossein Salami told a crowd in Tehran that any new US move would "
     "meet \"a more crushing response\".\n"
     "The missiles were fired hours after the Iranian general was laid to rest in his hometown of Kerman, where "
     "a stampede during the funeral procession killed more than 50 mourners.\n"
     "Iraqi caretaker Premier Adel Abdul-Mahdi said he had received an official verbal message from Tehran "
     "after midnight. Abdul-Mahdi had met US Ambassador Matthew Tueller in Baghdad on Monday and told "
     "him that foreign troops must leave the country.",
     [("LEADS", SOLEIMANI, QUDS, "the commander of the IRGC Quds Force, was assassinated"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "in a US drone strike near Baghdad", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "on the order of President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "was assassinated along with Abu Mahdi", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, TRUMP, "airport on January 3 on the order", "2020-01-03"),
      ("MEMBER_OF", MUHANDIS, PMF, "the deputy head of Iraq's Popular Mobilization Units"),
      ("LEADS", HAJIZADEH, AERO, "Commander of the IRGC Aerospace Force Brigadier General"),
      ("LEADS", SALAMI, IRGC, "IRGC Chief Commander Major General Hossein Salami"),
      ("LEADS", MAHDI, IRAQ, "Iraqi caretaker Premier Adel Abdul-Mahdi"),
      ("MET_WITH", MAHDI, TUELLER, "had met US Ambassador Matthew Tueller", "2020-01-06"),
      ],
     {"source": TASNIM, "published": "2020-01-08"}),

    ("arPY4_parliament_vote_sumaria", "ar",
     "البرلمان يصوّت على إنهاء وجود القوات الأجنبية في العراق\n"
     "السومرية نيوز/ بغداد\n"
     "صوّت مجلس النواب، اليوم الأحد، خلال جلسته الاستثنائية التي عقدت برئاسة رئيس المجلس محمد الحلبوسي وحضور "
     "رئيس مجلس الوزراء المستقيل عادل عبد المهدي، على قرار يلزم الحكومة بالعمل على إنهاء وجود أي قوات أجنبية "
     "على الأراضي العراقية ومنعها من استخدام الأجواء العراقية لأي سبب كان.\n"
     "وقال عبد المهدي في كلمة أمام النواب إنه كان من المقرر أن يلتقي الشهيد قاسم سليماني صباح يوم الجمعة، "
     "مبيناً أن سليماني جاء إلى بغداد حاملاً رد طهران على رسالة سعودية كان العراق قد نقلها.\n"
     "وأضاف أن \"الجانب الأميركي أبلغنا قبل العملية بأنه سيقوم بها، ورفضنا ذلك\".\n"
     "وقاطع النواب الكرد ومعظم النواب السنة الجلسة، فيما دعا زعيم التيار الصدري مقتدى الصدر، في تغريدة، إلى "
     "إلغاء الاتفاقية الأمنية مع واشنطن وإغلاق السفارة الأميركية.\n"
     "وكان رئيس الجمهورية برهم صالح قد استقبل، مساء أمس السبت، في قصر السلام، رئيس الوزراء المستقيل عبد المهدي "
     "ورئيس مجلس النواب الحلبوسي، وبحث المجتمعون تداعيات الغارة الأميركية التي أدت إلى استشهاد سليماني ونائب "
     "رئيس هيئة الحشد الشعبي أبو مهدي المهندس ورفاقهما قرب مطار بغداد الدولي.\n"
     "وشارك آلاف العراقيين، السبت، في تشييع الجثامين في بغداد وكربلاء والنجف، قبل نقل جثمان سليماني إلى إيران.",
     [("LEADS", HALBOUSI, PARL, "برئاسة رئيس المجلس محمد الحلبوسي"),
      ("LEADS", MAHDI, IRAQ, "رئيس مجلس الوزراء المستقيل عادل عبد المهدي"),
      ("LEADS", SADR, SADRIST, "زعيم التيار الصدري مقتدى الصدر"),
      ("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم صالح"),
      ] + met_group({SALIH: "رئيس الجمهورية برهم صالح قد استقبل", MAHDI: "رئيس الوزراء المستقيل عبد المهدي",
                     HALBOUSI: "ورئيس مجلس النواب الحلبوسي، وبحث المجتمعون"}, "2020-01-04") + [
      ("ASSASSINATED_BY", SOLEIMANI, US, "تداعيات الغارة الأميركية التي أدت", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "أبو مهدي المهندس ورفاقهما", "2020-01-03"),
      ("MEMBER_OF", MUHANDIS, PMF, "رئيس هيئة الحشد الشعبي أبو مهدي"),
      ],
     {"source": SUMARIA, "published": "2020-01-05"}),

    ("enPY5_salih_designates_kadhimi_rudaw", "en",
     "Iraqi president names intelligence chief Kadhimi as third PM-designate in ten weeks\n"
     "ERBIL, Kurdistan Region — Iraqi President Barham Salih on Thursday tasked Mustafa al-Kadhimi, the head of "
     "the Iraqi National Intelligence Service, with forming a new government, shortly after Adnan al-Zurfi "
     "announced that he was withdrawing his candidacy.\n"
     "Zurfi, a former governor of Najaf, had been named on March 17 to replace Mohammed Tawfiq Allawi, who "
     "abandoned his own bid on March 1 after parliament twice failed to reach a quorum to vote on his cabinet.\n"
     "The designation ceremony at the Peace Palace in Baghdad was attended by Parliament Speaker Mohammed "
     "al-Halbousi, caretaker Prime Minister Adil Abdul Mahdi and Fatah Alliance leader Hadi al-Amiri, a show of "
     "Shiite backing that neither of Kadhimi's predecessors received.\n"
     "Kadhimi, 53, was accused by Kataib Hezbollah last month of complicity in the killing of Qasem Soleimani "
     "and Abu Mahdi al-Muhandis, a charge his office has denied.\n"
     "Abdul Mahdi has led a caretaker government since he resigned in November under pressure from mass "
     "protests. If the new designate wins a vote of confidence within 30 days, he will succeed Abdul Mahdi.\n"
     "Kurdistan Region Prime Minister Masrour Barzani congratulated Kadhimi in a phone call and wished him "
     "success in forming \"a strong government that serves all Iraqis\".",
     [("LEADS", SALIH, IRAQ, "Iraqi President Barham Salih on Thursday"),
      ("LEADS", KADHIMI, INIS, "the head of the Iraqi National Intelligence Service"),
      ("SUCCESSOR_OF", ZURFI, ALLAWI, "to replace Mohammed Tawfiq Allawi", "2020-03-17"),
      ] + met_group({SALIH: "The designation ceremony at the Peace Palace",
                     KADHIMI: "was attended by Parliament Speaker",
                     HALBOUSI: "Parliament Speaker Mohammed al-Halbousi, caretaker",
                     MAHDI: "caretaker Prime Minister Adil Abdul Mahdi and",
                     AMIRI: "Fatah Alliance leader Hadi al-Amiri"}, "2020-04-09") + [
      ("LEADS", HALBOUSI, PARL, "Speaker Mohammed al-Halbousi"),
      ("LEADS", AMIRI, FATAH, "Alliance leader Hadi al-Amiri"),
      ("LEADS", MAHDI, IRAQ, "Abdul Mahdi has led a caretaker government"),
      ],
     {"source": RUDAW, "published": "2020-04-09"}),

    ("arPY6_qaani_first_baghdad_visit_asharq", "ar",
     "قآني في بغداد لتوحيد «البيت الشيعي» في وجه الزرفي\n"
     "بغداد: «الشرق الأوسط»\n"
     "وصل قائد «فيلق القدس» في «الحرس الثوري» الإيراني إسماعيل قآني إلى بغداد، مساء الاثنين، في أول زيارة معلنة "
     "له منذ تعيينه خلفاً لقاسم سليماني، في مسعى لإقناع القوى الشيعية بالتوحد ضد رئيس الوزراء المكلف عدنان "
     "الزرفي.\n"
     "وقالت مصادر سياسية لـ«الشرق الأوسط» إن قآني، الذي دخل البلاد هذه المرة بتأشيرة رسمية، اجتمع بزعيم منظمة "
     "«بدر» هادي العامري والأمين العام لـ«عصائب أهل الحق» قيس الخزعلي، في حضور رئيس هيئة «الحشد الشعبي» "
     "فالح الفياض.\n"
     "وأضافت المصادر أن الجنرال الإيراني طلب لقاء زعيم التيار الصدري مقتدى الصدر في النجف، غير أن الأخير "
     "اعتذر عن استقباله.\n"
     "كما أفادت المصادر ذاتها بأن قآني التقى رئيس حكومة تصريف الأعمال عادل عبد المهدي، بينما نفى مكتب الأخير "
     "حصول أي لقاء.\n"
     "وبخلاف سلفه، لا يتحدث قآني العربية بطلاقة ويستعين بمترجم، وهو ما حدّ من قدرته على إدارة الملف العراقي، "
     "بحسب سياسي عراقي مطلع.\n"
     "وكانت «كتائب حزب الله» قد اتهمت الزرفي بأنه \"مرشح الاستخبارات الأميركية\"، وهددت بمنع تمرير حكومته.",
     [("LEADS", QAANI, QUDS, "قائد «فيلق القدس» في «الحرس الثوري»"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "منذ تعيينه خلفاً لقاسم سليماني", "2020-01-03"),
      ] + met_group({QAANI: "الذي دخل البلاد هذه المرة", AMIRI: "اجتمع بزعيم منظمة",
                     KHAZALI: "والأمين العام لـ«عصائب أهل الحق»",
                     FAYYADH: "في حضور رئيس هيئة «الحشد الشعبي»"}, "2020-03-30") + [
      ("LEADS", AMIRI, BADR, "«بدر» هادي العامري"),
      ("LEADS", KHAZALI, ASAIB, "«عصائب أهل الحق» قيس الخزعلي"),
      ("LEADS", FAYYADH, PMF, "«الحشد الشعبي» فالح الفياض"),
      ("LEADS", SADR, SADRIST, "زعيم التيار الصدري مقتدى الصدر في النجف"),
      ],
     {"source": ASHARQ, "published": "2020-03-31"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPY")
