"""Blind set SD: Turkey and the Kurds, 2021-2024 (second folder of SC-SD): Erdogan's reception of Nechirvan
Barzani in Istanbul (2024), Erdogan's visit to Baghdad and Erbil (April 2024), Omer Ocalan's visit to
Imrali after Devlet Bahceli's call (October 2024), the Turkish drone strike that killed the YBS commander
Said Hassan Said in Sinjar (August 2021), Mazloum Abdi's meeting with Ahmed al-Sharaa in Damascus and his
talks with the CENTCOM commander (December 2024), and the removal of the mayors of Mardin, Batman and Halfeti
(November 2024), as a Turkish pro-government daily writes it in English (Daily Sabah-like: "IKBY", "PKK
terrorist organization"), a Kurdish TV site in Arabic (Kurdistan24-like: "كوردستان24", "إقليم كوردستان"),
the PKK-aligned agency in English (ANF-like: "Kurdish People's Leader", "total isolation"), an Iraqi news
agency in Arabic (Shafaq News-like: "شفق نيوز/", "اليبشة"), a Middle East news site in English
(Al-Monitor-like: "sources familiar with the talks told Al-Monitor") and Turkey's state agency in Arabic
(Anadolu-like: "أنقرة/ الأناضول", "تنظيم «بي كا كا» الإرهابي").
Pieces: Erdogan receives Nechirvan Barzani with Fidan and Kalin present; Kalin replaced Fidan at MIT, Fidan
replaced Cavusoglu, Nechirvan succeeded Masoud, Masrour replaced Nechirvan (English, SD1); Nechirvan
receives Erdogan at the airport, a joint meeting with Nechirvan and Masrour Barzani with Fidan and Kalin
present, Erdogan had met Sudani and Rashid in Baghdad, and Talabani in 2008 (Arabic, SD2); Omer Ocalan
visits Abdullah Ocalan on Imrali (English, SD3); a Turkish drone kills Said Hassan Said, MIT claims it
(Arabic, SD4); Abdi meets al-Sharaa in Damascus, had met Kurilla, who succeeded McKenzie (English, SD5);
trustees Akkoyun and Canalp replace Ahmet Turk and Gulistan Sonuk; Erdogan receives Bahceli (Arabic, SD6).
Excluded on purpose (no relation): the phone call with al-Sudani, the planned visit to Baghdad, Barzani's
planned meeting with Kurtulmus (SD1); no meeting with Bafel Talabani (SD2); Bahceli's handshake with DEM
MPs in the hall of parliament, the unnamed dead of the Ankara attack, the pending request of a DEM Party
delegation (SD3); the unnamed escort, the strike on the Sinjar hospital (no agent), the PKK's denial (SD4);
the two journalists whose deaths the SDF blamed on Turkey (an accusation, Ankara silent), Fidan's demand
(SD5); Halfeti's unnamed trustee; Ahmet Turk's conviction (SD6).
Judgement calls: "received ... The meeting ... was attended by": the two attendees are paired with both
principals and with each other (SD1, SD2, as SC2); "كان في استقباله في مطار أربيل" is a meeting (SD2);
«عقد أردوغان اجتماعاً مشتركاً مع رئيس الإقليم ورئيس حكومة إقليم» is a meeting of the three; "التقى في
بغداد ... السوداني و... رشيد" are separate meetings (Erdogan with each only) (SD2); "received a visit
from his nephew" is a meeting (SD3); "بقصف طائرة مسيّرة تركية" gives the victim -> country:turkey and
MIT's claim the victim -> MIT (SD4); "met with ... in Damascus, two sources said" is reported as having
happened, and "had discussed the same issues in Hasakah ... with" is a meeting (SD5); "took over ... from Fidan", "replacing Cavusoglu", "succeeded his uncle" (the post had been
vacant for 19 months), "replaced him as prime minister" are successions (SD1); «وصياً ... بدلاً من تورك»
and «خلفاً لسونوك» are successions (SD6); a handshake in the hall is not a meeting (SD3).
Filled in for the exercise: the date and venue of the Istanbul meeting, the attendees, the Kurtulmus
appointment (SD1); the attendees of the Erbil meeting (SD2); Bayik's interview (SD3); MIT's statement, the escort, Vian
Dakhil's statement (SD4); the date of the Damascus meeting, the US aircraft, Abdi's talks with Kurilla in
Hasakah (SD5); the length of Erdogan's meeting with Bahceli (SD6).
Spellings: "Nechirvan Barzani", "İbrahim Kalın", "Mevlüt Çavuşoğlu" (SD1); "نيجيرفان بارزاني", "إبراهيم
قالن", "السوداني" (SD2); "Abdullah Öcalan", "Ömer Öcalan", "Devlet Bahçeli", "Selahattin Demirtaş" (SD3);
"سعيد حسن سعيد", "الاستخبارات التركية" (SD4); "Mazloum Abdi", "Ahmed al-Sharaa", "Erik Kurilla" (SD5);
"أحمد تورك", "محمد قره يلان", "دولت بهتشلي" (SD6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sd import ALL  # noqa: E402

HERE = Path(__file__).parent

TURKEY, IRAQ, SYRIA = "country:turkey", "country:iraq", "country:syria"
KRD, IMRALI, ERBIL, DAMASCUS = "location:kurdistan-region", "location:imrali", "location:erbil", "location:damascus"
PKK, KCK, HPG, SDF, SDC, YBS, PUK, KRG, HDP, DEM, MHP, HTS = (
    "organization:pkk", "organization:kck", "organization:hpg", "organization:syrian-democratic-forces",
    "organization:syrian-democratic-council", "organization:sinjar-resistance-units",
    "organization:patriotic-union-of-kurdistan", "organization:kurdistan-regional-government",
    "organization:hdp", "organization:dem-party", "organization:nationalist-movement-party",
    "organization:hayat-tahrir-al-sham")
MIT, TDM, TFM, TIM, TRPARL, CENTCOM = (
    "organization:turkish-national-intelligence-organization", "organization:turkish-defence-ministry",
    "organization:turkish-foreign-ministry", "organization:turkish-interior-ministry",
    "organization:turkish-parliament", "organization:us-central-command")
OCALAN, OMER, KARAYILAN, BAYIK, SAID = ("person:abdullah-ocalan", "person:omer-ocalan", "person:murat-karayilan",
                                        "person:cemil-bayik", "person:said-hassan-said")
ABDI, ILHAM, SHARAA, KURILLA, MCKENZIE = ("person:mazloum-abdi", "person:ilham-ahmed", "person:ahmed-al-sharaa",
                                          "person:michael-kurilla", "person:kenneth-mckenzie")
MASOUD, NECHIRVAN, MASROUR, JTALABANI, BAFEL, RASHID, SUDANI, DAKHIL = (
    "person:masoud-barzani", "person:nechirvan-barzani", "person:masrour-barzani", "person:jalal-talabani",
    "person:bafel-talabani", "person:abdul-latif-rashid", "person:mohammed-shia-al-sudani", "person:vian-dakhil")
ERDOGAN, FIDAN, KALIN, CAVUSOGLU, GULER, KURTULMUS, BAHCELI, DEMIRTAS, BAKIRHAN = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin", "person:mevlut-cavusoglu",
    "person:yasar-guler", "person:numan-kurtulmus", "person:devlet-bahceli", "person:selahattin-demirtas",
    "person:tuncer-bakirhan")
TURK, SONUK, MKARAYILAN, AKKOYUN, CANALP = ("person:ahmet-turk", "person:gulistan-sonuk", "person:mehmet-karayilan",
                                            "person:tuncay-akkoyun", "person:ekrem-canalp")

SABAH = "blind set (Turkish pro-government daily, English, Daily Sabah-like)"
K24 = "blind set (Kurdish TV news site, Arabic service, Kurdistan24-like)"
ANF = "blind set (PKK-aligned news agency, English service, ANF-like)"
SHAFAQ = "blind set (Iraqi news agency, Arabic, Shafaq News-like)"
MONITOR = "blind set (Middle East news site, English, Al-Monitor-like)"
AA = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"

ARTICLES = [
    ("enSD1_erdogan_receives_nechirvan_sabah", "en",
     "Erdoğan receives IKBY President Barzani in Istanbul\n"
     "DAILY SABAH WITH AA, ISTANBUL\n"
     "President Recep Tayyip Erdoğan on Sunday received Nechirvan Barzani, the president of the Iraqi Kurdish "
     "Regional Administration (IKBY), at the Dolmabahçe Presidential Working Office in Istanbul.\n"
     "The meeting, closed to the press, was attended by Foreign Minister Hakan Fidan and National Intelligence "
     "Organization (MIT) head İbrahim Kalın, the Communications Directorate said in a statement. Bilateral "
     "relations, the joint fight against the PKK terrorist organization and the Development Road project "
     "were discussed.\n"
     "Kalın took over the helm of MIT from Fidan in June 2023, when Fidan was appointed foreign minister, "
     "replacing Mevlüt Çavuşoğlu.\n"
     "Barzani has been the region's president since 2019, when he succeeded his uncle Masoud Barzani, who "
     "had stepped down after the failed 2017 independence referendum. His cousin Masrour Barzani replaced "
     "him as prime minister of the regional government.\n"
     "Ankara maintains close ties with Erbil but accuses the Patriotic Union of Kurdistan (PUK), led by Bafel "
     "Talabani, of cooperating with the PKK in Sulaymaniyah.\n"
     "Erdoğan also spoke by phone with Iraqi Prime Minister Mohammed Shia al-Sudani last week and is expected "
     "to visit Baghdad in the coming months, his first trip to Iraq in more than a decade. Barzani is set to "
     "meet Parliament Speaker Numan Kurtulmuş in Ankara on Monday.",
     [("MET_WITH", ERDOGAN, NECHIRVAN, "on Sunday received Nechirvan Barzani", "2024-02-25"),
      ("MET_WITH", FIDAN, ERDOGAN, "was attended by Foreign Minister Hakan Fidan", "2024-02-25"),
      ("MET_WITH", FIDAN, NECHIRVAN, "The meeting, closed to the press", "2024-02-25"),
      ("MET_WITH", KALIN, ERDOGAN, "Organization (MIT) head İbrahim Kalın", "2024-02-25"),
      ("MET_WITH", KALIN, NECHIRVAN, "the Communications Directorate said", "2024-02-25"),
      ("MET_WITH", FIDAN, KALIN, "attended by Foreign Minister", "2024-02-25"),
      ("SUCCESSOR_OF", KALIN, FIDAN, "took over the helm of MIT from Fidan"),
      ("SUCCESSOR_OF", FIDAN, CAVUSOGLU, "replacing Mevlüt Çavuşoğlu"),
      ("SUCCESSOR_OF", NECHIRVAN, MASOUD, "when he succeeded his uncle"),
      ("SUCCESSOR_OF", MASROUR, NECHIRVAN, "His cousin Masrour Barzani replaced"),
      ("LEADS", KALIN, MIT, "Organization (MIT) head"),
      ("LEADS", BAFEL, PUK, "led by Bafel"),
      ("LEADS", SUDANI, IRAQ, "Iraqi Prime Minister Mohammed Shia al-Sudani"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdoğan on Sunday"),
      ],
     {"source": SABAH, "published": "2024-02-25"}),

    ("arSD2_erdogan_in_erbil_kurdistan24", "ar",
     "الرئيس التركي يصل أربيل قادماً من بغداد ويعقد اجتماعاً مع رئيسي الإقليم والحكومة\n"
     "كوردستان24 - أربيل\n"
     "وصل الرئيس التركي رجب طيب أردوغان، مساء يوم الاثنين، إلى أربيل عاصمة إقليم كوردستان قادماً من بغداد، "
     "وكان في استقباله في مطار أربيل الدولي رئيس إقليم كوردستان نيجيرفان بارزاني.\n"
     "وعقد أردوغان اجتماعاً مشتركاً مع رئيس الإقليم ورئيس حكومة إقليم كوردستان مسرور بارزاني، بحضور وزير "
     "الخارجية التركي هاكان فيدان ورئيس جهاز الاستخبارات إبراهيم قالن، جرى خلاله بحث العلاقات بين أنقرة "
     "وأربيل واستئناف تصدير نفط الإقليم ومكافحة حزب العمال الكوردستاني.\n"
     "وأكد الجانبان، بحسب بيان لرئاسة الإقليم، أهمية الحفاظ على الاستقرار في المنطقة الحدودية.\n"
     "وكان أردوغان قد التقى في بغداد رئيس الوزراء الاتحادي محمد شياع السوداني ورئيس الجمهورية عبد اللطيف "
     "رشيد، ووقع الجانبان العراقي والتركي أكثر من عشرين مذكرة تفاهم، بينها اتفاقية إطارية لمشروع طريق التنمية.\n"
     "وهذه أول زيارة للرئيس التركي إلى العراق منذ عام 2011. وكان أردوغان، حين كان رئيساً للوزراء، قد استقبل "
     "الرئيس العراقي الراحل مام جلال طالباني في أنقرة في آذار 2008، في أول زيارة لرئيس عراقي إلى تركيا منذ "
     "عقود.\n"
     "ولم يتضمن برنامج الزيارة أي لقاء مع رئيس الاتحاد الوطني الكوردستاني بافل طالباني، فيما مددت أنقرة "
     "الشهر الماضي حظر الرحلات الجوية إلى مطار السليمانية.",
     met_group({ERDOGAN: "وعقد أردوغان اجتماعاً مشتركاً", NECHIRVAN: "مع رئيس الإقليم ورئيس",
                MASROUR: "ورئيس حكومة إقليم كوردستان مسرور"}, "2024-04-22") + [
      ("MET_WITH", FIDAN, ERDOGAN, "بحضور وزير", "2024-04-22"),
      ("MET_WITH", FIDAN, NECHIRVAN, "الخارجية التركي هاكان فيدان", "2024-04-22"),
      ("MET_WITH", FIDAN, MASROUR, "جرى خلاله بحث العلاقات", "2024-04-22"),
      ("MET_WITH", KALIN, ERDOGAN, "ورئيس جهاز الاستخبارات إبراهيم قالن", "2024-04-22"),
      ("MET_WITH", KALIN, NECHIRVAN, "بين أنقرة", "2024-04-22"),
      ("MET_WITH", KALIN, MASROUR, "واستئناف تصدير نفط الإقليم", "2024-04-22"),
      ("MET_WITH", FIDAN, KALIN, "ومكافحة حزب العمال", "2024-04-22"),
      ("MET_WITH", ERDOGAN, SUDANI, "رئيس الوزراء الاتحادي محمد شياع", "2024-04-22"),
      ("MET_WITH", ERDOGAN, RASHID, "ورئيس الجمهورية عبد اللطيف", "2024-04-22"),
      ("MET_WITH", ERDOGAN, JTALABANI, "الرئيس العراقي الراحل مام جلال", "2008-03-07"),
      ("LEADS", NECHIRVAN, KRD, "رئيس إقليم كوردستان نيجيرفان"),
      ("LEADS", MASROUR, KRG, "رئيس حكومة إقليم كوردستان مسرور"),
      ("LEADS", FIDAN, TFM, "الخارجية التركي هاكان"),
      ("LEADS", KALIN, MIT, "جهاز الاستخبارات إبراهيم"),
      ("LEADS", SUDANI, IRAQ, "الوزراء الاتحادي"),
      ("LEADS", RASHID, IRAQ, "رئيس الجمهورية عبد"),
      ("LEADS", BAFEL, PUK, "رئيس الاتحاد الوطني الكوردستاني بافل"),
      ("VISITED", ERDOGAN, ERBIL, "إلى أربيل عاصمة إقليم كوردستان"),
      ],
     {"source": K24, "published": "2024-04-22"}),

    ("enSD3_omer_ocalan_imrali_anf", "en",
     "First family visit to Öcalan in 43 months\n"
     "ANF NEWS CENTER\n"
     "Kurdish People's Leader Abdullah Öcalan received a visit from his nephew, DEM Party Urfa MP Ömer Öcalan, "
     "at İmralı Island Prison on Wednesday, the first family visit after 43 months of total isolation.\n"
     "Ömer Öcalan shared the Kurdish leader's message on Thursday: \"The isolation continues. If the "
     "conditions are formed, I have the theoretical and practical power to move this process from the ground "
     "of conflict and violence to the legal and political ground.\"\n"
     "The visit came a day after Nationalist Movement Party (MHP) Chairman Devlet Bahçeli said Öcalan could "
     "come to parliament, address the DEM Party group and declare that the PKK had been dissolved. Bahçeli had "
     "shaken hands with DEM Party MPs in the hall of parliament on 1 October.\n"
     "On Wednesday an armed attack on the TUSAŞ aerospace facility in Ankara left five people dead. "
     "Turkish Defence Minister Yaşar Güler said that night that 32 targets had been struck in Iraq and Syria.\n"
     "In an interview with Medya Haber TV, KCK Executive Council Co-chair Cemil Bayık said the movement would "
     "\"evaluate every step with seriousness\", while HPG Commander Murat Karayılan said the guerrilla was "
     "\"not the party that chose war\".\n"
     "Former HDP Co-chair Selahattin Demirtaş, held in Edirne Prison since November 2016 despite rulings of the "
     "European Court of Human Rights, backed the call in a message through his lawyers.\n"
     "A request by a DEM Party delegation to visit İmralı has not yet been answered.",
     [("MET_WITH", OMER, OCALAN, "received a visit from his nephew", "2024-10-23"),
      ("MEMBER_OF", OMER, DEM, "DEM Party Urfa MP"),
      ("LEADS", BAHCELI, MHP, "Nationalist Movement Party (MHP) Chairman"),
      ("LEADS", GULER, TDM, "Turkish Defence Minister Yaşar Güler"),
      ("LEADS", BAYIK, KCK, "KCK Executive Council Co-chair Cemil"),
      ("LEADS", KARAYILAN, HPG, "HPG Commander Murat"),
      ("LEADS", DEMIRTAS, HDP, "Former HDP Co-chair"),
      ("VISITED", OMER, IMRALI, "at İmralı Island Prison on Wednesday"),
      ],
     {"source": ANF, "published": "2024-10-24"}),

    ("arSD4_ybs_commander_killed_sinjar_shafaq", "ar",
     "مقتل قيادي بارز في «اليبشة» بقصف تركي في سنجار.. والاستخبارات التركية تتبنى\n"
     "شفق نيوز/ أفاد مصدر أمني في محافظة نينوى، يوم الاثنين، بمقتل القيادي في وحدات مقاومة سنجار (اليبشة) "
     "سعيد حسن سعيد، بقصف طائرة مسيّرة تركية استهدف عجلته قرب مجمع خانصور شمالي قضاء سنجار.\n"
     "وقال المصدر لوكالة شفق نيوز، إن القصف أسفر أيضاً عن مقتل أحد مرافقيه، مبيناً أن القيادي الإيزيدي كان "
     "يتولى قيادة تشكيلات اليبشة في المنطقة منذ عام 2017.\n"
     "وأعلن جهاز الاستخبارات التركي (MIT)، في بيان نقلته وسائل إعلام تركية، مسؤوليته عن العملية، قائلاً إنه "
     "\"حيّد\" المسؤول فيما وصفه بفرع حزب العمال الكوردستاني في سنجار.\n"
     "وفي اليوم التالي، قصفت طائرة مسيّرة مستشفى سكينية في القضاء، ما أسفر عن مقتل ثمانية أشخاص بينهم عناصر "
     "في اليبشة، وفق مصادر محلية.\n"
     "من جهتها، وصفت النائبة الإيزيدية فيان دخيل القصف بأنه \"انتهاك صارخ للسيادة العراقية\"، مطالبة الحكومة "
     "الاتحادية بـ\"موقف حازم\".\n"
     "وينفي حزب العمال الكوردستاني وجود مقاتليه في سنجار، فيما تقول أنقرة إن الحزب يتخذ من القضاء معقلاً "
     "ثانياً له بعد جبال قنديل.",
     [("ASSASSINATED_BY", SAID, TURKEY, "بقصف طائرة مسيّرة تركية استهدف عجلته", "2021-08-16"),
      ("ASSASSINATED_BY", SAID, MIT, "مسؤوليته عن العملية", "2021-08-16"),
      ("MEMBER_OF", SAID, YBS, "القيادي في وحدات مقاومة سنجار"),
      ],
     {"source": SHAFAQ, "published": "2021-08-16"}),

    ("enSD5_abdi_meets_sharaa_damascus_monitor", "en",
     "SDF chief Mazloum Abdi meets Syria's new leader in Damascus, sources say\n"
     "Mazloum Abdi, the commander in chief of the US-backed Syrian Democratic Forces (SDF), met with Hayat "
     "Tahrir al-Sham leader Ahmed al-Sharaa in Damascus on Monday, two sources familiar with the talks told "
     "Al-Monitor. A US military aircraft flew the Kurdish commander from Hasakah, one of the sources said.\n"
     "The meeting, the first between the two men, focused on the future of the SDF and of the oil fields it "
     "controls east of the Euphrates.\n"
     "Abdi had discussed the same issues in Hasakah this month with Gen. Michael Erik Kurilla, the head of US "
     "Central Command, who succeeded Gen. Kenneth McKenzie at CENTCOM in April 2022.\n"
     "Ankara remains hostile to any deal. Turkish Foreign Minister Hakan Fidan, who met Sharaa in Damascus on "
     "Dec. 22, has said the leaders of the YPG, the SDF's backbone, must leave Syria.\n"
     "Fighting has meanwhile raged around the Tishrin Dam. The SDF blamed a Turkish drone for the Dec. 19 "
     "strike that killed two Kurdish journalists, Nazim Dashtan and Cihan Bilgin; Ankara did not comment.\n"
     "Ilham Ahmed, co-chair of the foreign relations department of the SDF's political arm, the Syrian "
     "Democratic Council, told Al-Monitor that the Kurds wanted a \"decentralized\" Syria.",
     [("MET_WITH", ABDI, SHARAA, "met with Hayat", "2024-12-30"),
      ("LEADS", ABDI, SDF, "the commander in chief of the US-backed"),
      ("LEADS", SHARAA, HTS, "Tahrir al-Sham leader Ahmed"),
      ("MET_WITH", ABDI, KURILLA, "Abdi had discussed the same issues in Hasakah"),
      ("LEADS", KURILLA, CENTCOM, "the head of US"),
      ("SUCCESSOR_OF", KURILLA, MCKENZIE, "who succeeded Gen. Kenneth McKenzie"),
      ("LEADS", FIDAN, TFM, "Turkish Foreign Minister Hakan Fidan"),
      ("MET_WITH", FIDAN, SHARAA, "who met Sharaa in Damascus", "2024-12-22"),
      ("MEMBER_OF", ILHAM, SDC, "co-chair of the foreign relations department"),
      ],
     {"source": MONITOR, "published": "2024-12-31"}),

    ("arSD6_mardin_batman_trustees_anadolu", "ar",
     "الداخلية التركية تعزل رؤساء بلديات ماردين وباطمان وخلفتي وتعين أوصياء\n"
     "أنقرة/ الأناضول\n"
     "أعلنت وزارة الداخلية التركية، الاثنين، عزل رؤساء بلديات ماردين أحمد تورك، وباطمان كولستان سونوك، "
     "وخلفتي التابعة لولاية شانلي أورفة محمد قره يلان، على خلفية تحقيقات وأحكام قضائية تتعلق بتنظيم «بي كا "
     "كا» الإرهابي.\n"
     "وأوضحت الوزارة في بيان، أنه جرى تعيين والي ماردين طونجاي أك قويون وصياً على بلدية ماردين الكبرى بدلاً "
     "من تورك، ووالي باطمان أكرم جانالب وصياً على بلدية باطمان خلفاً لسونوك، فيما عُيّن قائمقام خلفتي وصياً "
     "على بلديتها.\n"
     "وأشار البيان إلى أن تورك صدر بحقه حكم بالسجن 10 سنوات في قضية «أحداث كوباني» عام 2014.\n"
     "من جهته، وصف الرئيس المشارك لحزب المساواة وديمقراطية الشعوب تونجر باقيرهان القرار بأنه \"انقلاب على "
     "إرادة الناخبين\".\n"
     "وتأتي الخطوة بعد أسبوعين من دعوة زعيم حزب الحركة القومية دولت بهتشلي إلى السماح لزعيم تنظيم «بي كا "
     "كا» الإرهابي المسجون عبد الله أوجلان بالحديث أمام البرلمان وإعلان حل التنظيم.\n"
     "وفي سياق متصل، استقبل الرئيس رجب طيب أردوغان، الثلاثاء، بهتشلي في المجمع الرئاسي بأنقرة، في لقاء مغلق "
     "استمر ساعة ونصف الساعة.",
     [("SUCCESSOR_OF", AKKOYUN, TURK, "وصياً على بلدية ماردين الكبرى بدلاً", "2024-11-04"),
      ("SUCCESSOR_OF", CANALP, SONUK, "خلفاً لسونوك", "2024-11-04"),
      ("LEADS", BAKIRHAN, DEM, "الرئيس المشارك لحزب المساواة"),
      ("LEADS", BAHCELI, MHP, "زعيم حزب الحركة القومية دولت"),
      ("LEADS", OCALAN, PKK, "الإرهابي المسجون عبد الله"),
      ("MET_WITH", ERDOGAN, BAHCELI, "استقبل الرئيس رجب طيب أردوغان", "2024-11-05"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس رجب طيب أردوغان، الثلاثاء"),
      ],
     {"source": AA, "published": "2024-11-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSD")
