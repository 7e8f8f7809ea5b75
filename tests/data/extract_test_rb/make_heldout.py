"""Blind set RB: Jordan, the Palestinian Authority and the West Bank 2022-2025 (second folder of RA-RB):
the Sharm el-Sheikh meeting after the Aqaba meeting and the killing of the Huwara gunman (March 2023),
Hussein al-Sheikh elected PLO secretary-general to succeed Saeb Erekat and Abbas's meeting with Hady Amr
(May 2022), the IDF's findings on the killing of Shireen Abu Akleh (September 2022), the El Alamein summit
of Sisi, King Abdullah II and Abbas (August 2023), King Abdullah's reception of the new vice-president
Hussein al-Sheikh (May 2025), and the killing of Wissam Hazem and of Abu Shujaa in the "Summer Camps"
operation (August 2024), as a US wire writes it in English (AP-like: "SHARM EL-SHEIKH, Egypt (AP) —",
"according to a U.S. official"), a Palestinian daily in Arabic (al-Hayat al-Jadida-like: "السيد الرئيس",
"سيادته", "قوات الاحتلال"), an Israeli daily in English (Haaretz-like: "the army said", "the military
advocate general"), a Gulf TV site in Arabic (Sky News Arabia-like: "العاهل الأردني", "القادة الثلاثة"),
the Jordanian state agency in English (Petra-like: "His Majesty", "His Royal Highness", "(Petra) --") and a
pan-Arab daily in Arabic (Asharq al-Awsat-like: "رام الله: «الشرق الأوسط»", guillemets around names of
groups).
Pieces: Hanegbi, al-Sheikh, McGurk and Faraj meet in Sharm el-Sheikh; Israeli forces kill the Hamas member
Kharousha (English, RB1); al-Sheikh elected to succeed Erekat; Abu Akleh "assassinated by the occupation
forces"; Abbas receives Hady Amr with al-Sheikh and Faraj present (Arabic, RB2); the IDF's "high
possibility" finding; Blinken met Lina Abu Akleh; Biden met Abbas in Bethlehem (English, RB3); the three
leaders meet in El Alamein with Abbas Kamel and al-Sheikh present (Arabic, RB4); the King receives
al-Sheikh with Hassan, Batayneh and Safadi present; Hassan succeeded Khasawneh and Batayneh took over from
Hassan (English, RB5); the Israeli army kills Hazem, Israeli forces kill Abu Shujaa; Mustafa meets Safadi
in Amman (Arabic, RB6).
Excluded on purpose (no relation): the Yaniv brothers, "shot dead by a Palestinian gunman" (no named
agent), Kharousha only "suspected", Abbas's phone call with Sisi, Smotrich and Ben-Gvir's statements (RB1);
the committee meeting chaired by Abbas (not a meeting between named people) (RB2); Abu Akleh's killing as
reported by the Israeli daily: "a high possibility" of Israeli gunfire (hedged), the PA's and Al Jazeera's
accusations (RB3); Blinken's phone call to Shoukry, the summit first planned for July, the unnamed dead of
the Jenin operation (RB4); al-Sheikh as Abbas's "likely successor" (not a succession), his planned talks in
Cairo (RB5); the unnamed Jenin Brigade commander killed "in a drone strike" (no agent), Abbas's cut-short
visit, Katz's and Guterres's statements (RB6).
Judgement calls: a multi-party meeting whose delegation heads are named is a meeting of all of them, and a
delegate who "also took part" is paired with each (RB1); attendees are paired with all principals and, when
they attend one meeting together, with each other (the majority of dev gold; RB2, RB4, RB5); "Israeli
forces", «قوات الاحتلال»، «القوات الإسرائيلية» as the killer give the IDF's id (RB1, RB2, RB6); «خلفاً للراحل»
is a succession (RB2); "succeeded Bisher Khasawneh" and "named to head the King's office in his place" are
successions (RB5); "met with members of the Abu Akleh family ..., among them her niece" pairs Blinken with the
niece (RB3); «قائد الجناح العسكري لحركة «حماس» في جنين» is MEMBER_OF Hamas (RB6); a prime minister LEADS the
country, a foreign minister his ministry where it has an id.
Filled in for the exercise: Faraj's presence, the wording of the US official, Abbas's call to Sisi (RB1);
the meeting with Hady Amr and its attendees, the date of the committee meeting (RB2); the wording of the
senior officer and of the family, the date of Blinken's meeting (RB3); the attendees, the postponement, the
phone call (RB4); the date of the reception and its attendees, the Cairo trip (RB5); Mustafa's meeting with
Safadi in Amman, the unnamed drone-strike victim (RB6).
Spellings: "Tzachi Hanegbi", "Abdel Fattah Kharousha" (RB1); «حسين الشيخ»، «صائب عريقات»، «شيرين أبو عاقلة»
(RB2); "Shireen Abu Akleh", "Lt. Gen. Aviv Kochavi" (RB3); «العاهل الأردني الملك عبدالله الثاني»، «اللواء
عباس كامل» (RB4); "Al Hussein", "Alaa Batayneh", "Sheikh" for al-Sheikh (RB5); «وسام حازم»، «أبو شجاع»
(RB6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rb import ALL  # noqa: E402

HERE = Path(__file__).parent

PALESTINE, JORDAN, ISRAEL, EGYPT = "country:palestine", "country:jordan", "country:israel", "country:egypt"
IDF, STATE, JFM, EGI, PGI = (
    "organization:israel-defense-forces", "organization:us-state-department",
    "organization:jordanian-foreign-ministry", "organization:egyptian-general-intelligence",
    "organization:palestinian-general-intelligence")
PLO, HAMAS, TULKARMB, QUDS, AJ = (
    "organization:plo", "organization:hamas", "organization:tulkarm-brigade", "organization:al-quds-brigades",
    "outlet:al-jazeera")
ABBAS, SHEIKH, EREKAT, FARAJ, MUSTAFA = (
    "person:mahmoud-abbas", "person:hussein-al-sheikh", "person:saeb-erekat", "person:majed-faraj",
    "person:mohammad-mustafa")
SHIREEN, LINA, KHAROUSHA, HAZEM, JABER = (
    "person:shireen-abu-akleh", "person:lina-abu-akleh", "person:abdel-fattah-kharousha", "person:wissam-hazem",
    "person:mohammed-jaber")
KING, SAFADI, HASSAN, KHASAWNEH, BATAYNEH = (
    "person:abdullah-ii", "person:ayman-safadi", "person:jafar-hassan", "person:bisher-al-khasawneh",
    "person:alaa-batayneh")
SISI, KAMEL = "person:abdel-fattah-el-sisi", "person:abbas-kamel"
HANEGBI, KOCHAVI, LAPID = "person:tzachi-hanegbi", "person:aviv-kochavi", "person:yair-lapid"
BLINKEN, MCGURK, BIDEN, PRICE, AMR = (
    "person:antony-blinken", "person:brett-mcgurk", "person:joe-biden", "person:ned-price", "person:hady-amr")

AP = "blind set (US news wire, English, AP-like)"
HAYAT = "blind set (Palestinian daily, Arabic, al-Hayat al-Jadida-like)"
HAARETZ = "blind set (Israeli daily, English, Haaretz-like)"
SKY = "blind set (Gulf TV news site, Arabic, Sky News Arabia-like)"
PETRA = "blind set (Jordanian state news agency, English service, Petra-like)"
AWSAT = "blind set (pan-Arab daily, Arabic, Asharq al-Awsat-like)"

ARTICLES = [
    ("enRB1_sharm_el_sheikh_meeting_ap", "en",
     "Israeli, Palestinian officials meet in Egypt, pledge to curb violence before Ramadan\n"
     "SHARM EL-SHEIKH, Egypt (AP) — Israeli and Palestinian officials met Sunday in the Egyptian Red Sea resort of "
     "Sharm el-Sheikh and agreed to work to de-escalate tensions ahead of the Muslim holy month of Ramadan, "
     "Egypt's Foreign Ministry said.\n"
     "The meeting, hosted by Egypt and attended by Jordanian and U.S. officials, followed a similar gathering "
     "last month in the Jordanian port city of Aqaba.\n"
     "The Israeli delegation was led by national security adviser Tzachi Hanegbi and the Palestinian one by "
     "Hussein al-Sheikh, secretary-general of the Palestine Liberation Organization's executive committee. "
     "Brett McGurk, the White House's top Middle East adviser, represented Washington, according to a U.S. "
     "official. Palestinian intelligence chief Majed Faraj also took part in the talks, the official said.\n"
     "The Aqaba meeting on Feb. 26 was overshadowed by the killing of two Israeli brothers, Hillel and Yagel "
     "Yaniv, who were shot dead by a Palestinian gunman in the town of Huwara, and by a settler rampage there "
     "that night. Israeli forces killed the suspected gunman, Hamas member Abdel Fattah Kharousha, in a raid on "
     "the Jenin refugee camp on March 7.\n"
     "Israel's far-right Finance Minister Bezalel Smotrich said after Aqaba that a settlement freeze \"will not "
     "happen.\" Palestinian President Mahmoud Abbas spoke by phone with Egyptian President Abdel Fattah el-Sisi "
     "on Saturday, his office said.",
     met_group({HANEGBI: "national security adviser Tzachi Hanegbi",
                SHEIKH: "the Palestinian one by",
                MCGURK: "represented Washington",
                FARAJ: "also took part in the talks"}, "2023-03-19") + [
      ("MEMBER_OF", SHEIKH, PLO, "secretary-general of the Palestine Liberation Organization"),
      ("LEADS", FARAJ, PGI, "Palestinian intelligence chief Majed Faraj"),
      ("ASSASSINATED_BY", KHAROUSHA, IDF, "Israeli forces killed the suspected gunman", "2023-03-07"),
      ("MEMBER_OF", KHAROUSHA, HAMAS, "Hamas member Abdel Fattah Kharousha"),
      ("LEADS", ABBAS, PALESTINE, "Palestinian President Mahmoud Abbas spoke"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah el-Sisi"),
      ],
     {"source": AP, "published": "2023-03-19"}),

    ("arRB2_sheikh_plo_secretary_hayat", "ar",
     "التنفيذية تنتخب حسين الشيخ أميناً لسرها خلفاً للراحل عريقات\n"
     "رام الله - \"الحياة الجديدة\"- انتخبت اللجنة التنفيذية لمنظمة التحرير الفلسطينية، في اجتماعها الذي عقدته "
     "مساء أمس الخميس في مقر الرئاسة برام الله برئاسة السيد الرئيس محمود عباس، عضوَ اللجنة حسين الشيخ أميناً "
     "لسرها، خلفاً للراحل الدكتور صائب عريقات الذي توفي في تشرين الثاني 2020 متأثراً بإصابته بفيروس كورونا.\n"
     "واستهل سيادته الاجتماع بالوقوف دقيقة صمت على روح الزميلة الصحفية شيرين أبو عاقلة، مراسلة قناة الجزيرة، "
     "التي اغتالتها قوات الاحتلال الإسرائيلي برصاصة في الرأس أثناء تغطيتها اقتحام مخيم جنين في الحادي عشر من "
     "أيار الجاري، مؤكداً أن القيادة أحالت ملف الجريمة إلى المحكمة الجنائية الدولية.\n"
     "وفي سياق متصل، استقبل السيد الرئيس، صباح اليوم الجمعة في مقر الرئاسة، نائب مساعد وزير الخارجية الأميركي "
     "للشؤون الإسرائيلية والفلسطينية هادي عمرو، بحضور أمين سر اللجنة التنفيذية حسين الشيخ، ورئيس جهاز المخابرات "
     "العامة ماجد فرج.\n"
     "وأكد سيادته خلال اللقاء ضرورة أن تفي الإدارة الأميركية بالتزاماتها، وفي مقدمتها إعادة فتح القنصلية "
     "الأميركية في القدس، ووقف الاستيطان.",
     [("SUCCESSOR_OF", SHEIKH, EREKAT, "للراحل الدكتور صائب عريقات", "2022-05-26"),
      ("MEMBER_OF", SHEIKH, PLO, "عضوَ اللجنة حسين الشيخ"),
      ("LEADS", ABBAS, PLO, "برئاسة السيد الرئيس محمود عباس"),
      ("ASSASSINATED_BY", SHIREEN, IDF, "التي اغتالتها قوات الاحتلال الإسرائيلي", "2022-05-11"),
      ("MEMBER_OF", SHIREEN, AJ, "مراسلة قناة الجزيرة"),
      ("MET_WITH", ABBAS, AMR, "للشؤون الإسرائيلية والفلسطينية هادي عمرو", "2022-05-27"),
      ("MET_WITH", SHEIKH, ABBAS, "بحضور أمين سر اللجنة التنفيذية", "2022-05-27"),
      ("MET_WITH", SHEIKH, AMR, "أمين سر اللجنة التنفيذية حسين الشيخ", "2022-05-27"),
      ("MET_WITH", FARAJ, ABBAS, "ورئيس جهاز المخابرات العامة ماجد فرج", "2022-05-27"),
      ("MET_WITH", FARAJ, AMR, "ورئيس جهاز المخابرات", "2022-05-27"),
      ("MET_WITH", FARAJ, SHEIKH, "العامة ماجد فرج", "2022-05-27"),
      ("LEADS", FARAJ, PGI, "جهاز المخابرات العامة ماجد"),
      ],
     {"source": HAYAT, "published": "2022-05-27"}),

    ("enRB3_idf_abu_akleh_findings_haaretz", "en",
     "IDF admits 'high possibility' soldier killed Shireen Abu Akleh, won't open criminal probe\n"
     "The army said Monday there is a \"high possibility\" that Al Jazeera journalist Shireen Abu Akleh was "
     "accidentally hit by Israeli gunfire during a raid on the Jenin refugee camp in May, but that it would not "
     "open a criminal investigation.\n"
     "A senior officer told reporters that the soldier who likely fired the fatal shot had mistaken the veteran "
     "Palestinian-American correspondent for a gunman. The military advocate general found no suspicion of a "
     "criminal offense.\n"
     "Abu Akleh, 51, was shot in the head on May 11 while wearing a vest marked \"Press.\" The Palestinian "
     "Authority, which conducted its own investigation, said she had been deliberately killed by Israeli troops, "
     "and Al Jazeera accused Israel of murdering her \"in cold blood.\"\n"
     "IDF Chief of Staff Lt. Gen. Aviv Kochavi said the soldiers had been \"under fire,\" and Prime Minister Yair "
     "Lapid said he would not allow soldiers to be prosecuted for doing their duty.\n"
     "The family rejected the findings as an attempt to evade responsibility. In July, Secretary of State Antony "
     "Blinken met with members of the Abu Akleh family in Washington, among them her niece Lina Abu Akleh, and "
     "on Monday State Department spokesman Ned Price said the U.S. would keep pressing for accountability.\n"
     "President Joe Biden, who met Palestinian President Mahmoud Abbas in Bethlehem in July, has not commented.",
     [("MEMBER_OF", SHIREEN, AJ, "Al Jazeera journalist Shireen Abu Akleh"),
      ("LEADS", KOCHAVI, IDF, "IDF Chief of Staff Lt. Gen. Aviv Kochavi"),
      ("LEADS", LAPID, ISRAEL, "Prime Minister Yair"),
      ("MET_WITH", BLINKEN, LINA, "among them her niece Lina Abu Akleh", "2022-07-26"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony"),
      ("MEMBER_OF", PRICE, STATE, "State Department spokesman Ned Price"),
      ("MET_WITH", BIDEN, ABBAS, "who met Palestinian President Mahmoud Abbas", "2022-07-15"),
      ("LEADS", ABBAS, PALESTINE, "Palestinian President Mahmoud Abbas in Bethlehem"),
      ],
     {"source": HAARETZ, "published": "2022-09-05"}),

    ("arRB4_alamein_summit_skynews", "ar",
     "قمة ثلاثية في العلمين تجمع السيسي والملك عبدالله وعباس\n"
     "سكاي نيوز عربية - أبوظبي\n"
     "عقد الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبدالله الثاني والرئيس الفلسطيني محمود عباس، "
     "الاثنين، قمة ثلاثية في مدينة العلمين الجديدة على الساحل الشمالي لمصر، لبحث تطورات القضية الفلسطينية.\n"
     "وقال المتحدث باسم الرئاسة المصرية إن القادة الثلاثة أكدوا رفضهم الإجراءات الإسرائيلية الأحادية في الضفة "
     "الغربية والقدس، وضرورة الحفاظ على الوضع التاريخي والقانوني القائم في المقدسات.\n"
     "وحضر القمة رئيس المخابرات العامة المصرية اللواء عباس كامل، وأمين سر اللجنة التنفيذية لمنظمة التحرير حسين "
     "الشيخ، بحسب الصور التي بثتها الرئاسة المصرية.\n"
     "وتأتي القمة بعد أسابيع من العملية العسكرية الواسعة التي شنها الجيش الإسرائيلي على مخيم جنين مطلع يوليو، "
     "وقُتل فيها 12 فلسطينياً وجندي إسرائيلي.\n"
     "وكان من المقرر عقد القمة في يوليو الماضي قبل أن تؤجَّل لأسباب لم يُعلن عنها. وعقب القمة، أجرى وزير "
     "الخارجية الأميركي أنتوني بلينكن اتصالاً هاتفياً بنظيره المصري سامح شكري لبحث نتائجها.",
     met_group({SISI: "عقد الرئيس المصري عبد الفتاح السيسي",
                KING: "والعاهل الأردني الملك عبدالله الثاني",
                ABBAS: "والرئيس الفلسطيني محمود عباس، الاثنين"}, "2023-08-14") + [
      ("MET_WITH", KAMEL, SISI, "رئيس المخابرات العامة المصرية اللواء", "2023-08-14"),
      ("MET_WITH", KAMEL, KING, "اللواء عباس كامل", "2023-08-14"),
      ("MET_WITH", KAMEL, ABBAS, "وحضر القمة رئيس", "2023-08-14"),
      ("MET_WITH", SHEIKH, SISI, "وأمين سر اللجنة التنفيذية", "2023-08-14"),
      ("MET_WITH", SHEIKH, KING, "لمنظمة التحرير حسين", "2023-08-14"),
      ("MET_WITH", SHEIKH, ABBAS, "بحسب الصور التي بثتها", "2023-08-14"),
      ("MET_WITH", KAMEL, SHEIKH, "عباس كامل، وأمين", "2023-08-14"),
      ("LEADS", SISI, EGYPT, "الرئيس المصري عبد الفتاح"),
      ("LEADS", KING, JORDAN, "العاهل الأردني الملك"),
      ("LEADS", ABBAS, PALESTINE, "الرئيس الفلسطيني محمود"),
      ("LEADS", KAMEL, EGI, "رئيس المخابرات العامة المصرية"),
      ("MEMBER_OF", SHEIKH, PLO, "اللجنة التنفيذية لمنظمة التحرير حسين"),
      ],
     {"source": SKY, "published": "2023-08-14"}),

    ("enRB5_king_receives_vice_president_petra", "en",
     "King receives Palestinian vice president\n"
     "AMMAN, May 7 (Petra) -- His Majesty King Abdullah on Wednesday received at Al Husseiniya Palace Vice "
     "President of the State of Palestine and Deputy Chairman of the PLO Executive Committee Hussein al-Sheikh, "
     "and reaffirmed Jordan's full support for the Palestinian people in obtaining their just and legitimate "
     "rights.\n"
     "During the meeting, His Majesty stressed the need to end the war on Gaza, ensure the sustained flow of "
     "humanitarian aid, and halt unilateral Israeli measures in the West Bank.\n"
     "Prime Minister Jafar Hassan, Director of the Office of His Majesty the King Alaa Batayneh, and Deputy Prime "
     "Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi attended the meeting.\n"
     "Sheikh was appointed by President Mahmoud Abbas late last month to the newly created post of vice "
     "president, a move widely seen as positioning him as Abbas's likely successor.\n"
     "Hassan, who took office in September, succeeded Bisher Khasawneh as prime minister, and Batayneh was named "
     "to head the King's office in his place.\n"
     "The Palestinian vice president is due in Cairo on Thursday for talks with Egyptian officials.",
     [("MET_WITH", KING, SHEIKH, "on Wednesday received at Al Husseiniya Palace", "2025-05-07"),
      ("LEADS", KING, JORDAN, "His Majesty King Abdullah on Wednesday"),
      ("MEMBER_OF", SHEIKH, PLO, "Deputy Chairman of the PLO Executive Committee"),
      ("MET_WITH", HASSAN, KING, "Prime Minister Jafar Hassan, Director", "2025-05-07"),
      ("MET_WITH", HASSAN, SHEIKH, "attended the meeting", "2025-05-07"),
      ("MET_WITH", BATAYNEH, KING, "the King Alaa Batayneh", "2025-05-07"),
      ("MET_WITH", BATAYNEH, SHEIKH, "Director of the Office of His Majesty", "2025-05-07"),
      ("MET_WITH", SAFADI, KING, "Expatriates Ayman Safadi", "2025-05-07"),
      ("MET_WITH", SAFADI, SHEIKH, "Minister of Foreign Affairs and", "2025-05-07"),
      ("MET_WITH", HASSAN, BATAYNEH, "Jafar Hassan, Director of", "2025-05-07"),
      ("MET_WITH", HASSAN, SAFADI, "and Deputy Prime", "2025-05-07"),
      ("MET_WITH", BATAYNEH, SAFADI, "Alaa Batayneh, and Deputy", "2025-05-07"),
      ("LEADS", HASSAN, JORDAN, "Prime Minister Jafar Hassan"),
      ("LEADS", SAFADI, JFM, "Minister of Foreign Affairs and Expatriates"),
      ("LEADS", ABBAS, PALESTINE, "appointed by President Mahmoud Abbas"),
      ("SUCCESSOR_OF", HASSAN, KHASAWNEH, "succeeded Bisher Khasawneh as prime minister", "2024-09-15"),
      ("SUCCESSOR_OF", BATAYNEH, HASSAN, "to head the King's office in his place", "2024-09-15"),
      ],
     {"source": PETRA, "published": "2025-05-07"}),

    ("arRB6_jenin_tulkarm_commanders_awsat", "ar",
     "إسرائيل تعلن مقتل قائد «حماس» في جنين... والعملية في شمال الضفة تدخل يومها الرابع\n"
     "رام الله: «الشرق الأوسط»\n"
     "قال الجيش الإسرائيلي إن قواته قتلت، فجر السبت، وسام حازم، قائد الجناح العسكري لحركة «حماس» في جنين، واثنين "
     "من مساعديه، في اشتباك قرب بلدة الزبابدة جنوب المدينة، ضمن العملية الواسعة التي أطلق عليها اسم «المخيمات "
     "الصيفية».\n"
     "وكانت القوات الإسرائيلية قد قتلت، الخميس، محمد جابر المعروف بـ«أبو شجاع»، قائد «كتيبة طولكرم» التابعة "
     "لـ«سرايا القدس»، مع أربعة مسلحين آخرين داخل مسجد في مخيم نور شمس.\n"
     "ونعت «كتيبة جنين» أحد قادتها الميدانيين، قالت إنه قضى في غارة بطائرة مسيّرة على المخيم.\n"
     "وكان الرئيس الفلسطيني محمود عباس قد قطع زيارة إلى السعودية وعاد إلى رام الله لمتابعة التطورات، فيما بحث "
     "رئيس الوزراء محمد مصطفى في عمّان مع نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي، التصعيد الإسرائيلي "
     "في الضفة.\n"
     "وقال وزير الخارجية الإسرائيلي يسرائيل كاتس إن على إسرائيل التعامل مع التهديد في الضفة «تماماً كما تتعامل مع "
     "البنية التحتية الإرهابية في غزة»، فيما دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى الوقف الفوري "
     "للعملية.",
     [("ASSASSINATED_BY", HAZEM, IDF, "إن قواته قتلت، فجر السبت", "2024-08-31"),
      ("MEMBER_OF", HAZEM, HAMAS, "قائد الجناح العسكري لحركة «حماس» في جنين"),
      ("ASSASSINATED_BY", JABER, IDF, "وكانت القوات الإسرائيلية قد قتلت", "2024-08-29"),
      ("LEADS", JABER, TULKARMB, "قائد «كتيبة طولكرم»"),
      ("PART_OF", TULKARMB, QUDS, "التابعة لـ«سرايا القدس»"),
      ("MET_WITH", MUSTAFA, SAFADI, "رئيس الوزراء محمد مصطفى في عمّان", "2024-08-30"),
      ("LEADS", MUSTAFA, PALESTINE, "فيما بحث رئيس الوزراء"),
      ("LEADS", SAFADI, JFM, "وزير الخارجية الأردني أيمن"),
      ("LEADS", ABBAS, PALESTINE, "الرئيس الفلسطيني محمود عباس قد قطع"),
      ],
     {"source": AWSAT, "published": "2024-08-31"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRB")
