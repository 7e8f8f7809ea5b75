"""Blind set NQ: Sudan and Libya, 2024-2025 (first folder of NQ-NR): Abdel Fattah al-Burhan's appointment of
Kamil Idris as prime minister (May 2025), al-Sisi's reception of al-Burhan in Cairo (October 2025), the
Geneva talks on Sudan that the army stayed away from (August 2024), the killing of Abdul Ghani al-Kikli
("Ghnewa") in Tripoli (May 2025), the UN envoy Hanna Tetteh's talks with Khalifa and Saddam Haftar in
Benghazi (September 2025) and Hemedti's African tour with the Addis Ababa declaration signed with Abdalla
Hamdok (December 2023 - January 2024), as a Dutch-based Sudanese radio's English site writes it (Radio
Dabanga-like: "PORT SUDAN / AMSTERDAM –", "Lt Gen Abdelfattah El Burhan", "Hemedti" in quotes), as an
Egyptian state-linked TV news site writes it in Arabic (Al Qahera News-like: "بقصر الاتحادية", "وصرح
السفير ... المتحدث الرسمي باسم رئاسة الجمهورية"), as a Nairobi regional weekly writes it (The East
African-like: "NAIROBI —", "16-month war"), as a Libyan TV news site writes it in Arabic (Libya Alahrar-like:
"طرابلس | ليبيا الأحرار", "آمر اللواء"), as a Libyan English news site writes it (Libya Review-like:
"Field Marshal Khalifa Hafter", "the General Command said") and as a Sudanese opposition news site writes it
in Arabic (al-Rakoba-like: "الراكوبة - متابعات", "حميدتي" in quotes).
Pieces: al-Burhan names Idris, Idris after al-Haj Ali after Osman Hussein, Idris sworn in before al-Burhan
with Agar present (English, NQ1); al-Sisi receives al-Burhan with Abdelatty and Rashad present, Madbouly met
him at the airport (Arabic, NQ2); the Geneva talks without the army, Abu Namu's Jeddah consultations with
Perriello, Lamamra's June meeting with al-Burhan in Port Sudan (English, NQ3); al-Kikli killed by men of the
444 Brigade, Dbeibah receives Mahmoud Hamza (Arabic, NQ4); Tetteh meets Khalifa Hafter with Saddam Hafter
present, then Aguila Saleh, and had met Dbaiba in Tripoli (English, NQ5); Hemedti meets Museveni, Abiy,
Guelleh, Ruto and Ramaphosa and signs with Hamdok in Addis Ababa (Arabic, NQ6).
Excluded on purpose (no relation): Madbouly's phone call to Idris, the announced meeting with the Sumoud
alliance that has not taken place, the RSF's dismissal of the appointment (NQ1); the reported
al-Burhan-Hemedti meeting in Cairo, denied by a source, al-Sisi's phone call with Mohammed bin Salman
(NQ2); the army that did not send a delegation, Blinken's phone call to al-Burhan, Dagalo who did not travel
to Switzerland, the unnamed RSF delegation (NQ3); the Radaa-like denial (no group named as killer other than
the 444 Brigade), Tetteh's phone calls (NQ4); the postponed meeting with Khaled Hafter (NQ5); the
Hemedti-Burhan meeting announced by IGAD that was never held (NQ6).
Judgement calls: "sworn in before El Burhan ... in the presence of" is a meeting of Idris with al-Burhan, and
Agar, present on al-Burhan's side, is paired with Idris only (NQ1); "بحضور" ministers of the host are paired
with the guest, not with al-Sisi; Madbouly who "استقبل ... لدى وصوله" at the airport met al-Burhan (NQ2);
"held consultations with" the envoy in Jeddah is a meeting (NQ3); "قُتل ... على يد عناصر من اللواء" gives
al-Kikli -> the 444 Brigade (NQ4); a meeting "attended by" Saddam Hafter pairs him with Tetteh only, not with
his father; "discussed the roadmap with" Dbaiba in Tripoli is a meeting (NQ5); "استقبله الرئيس" and
"اجتمع بالرئيس" are meetings; the declaration signed "عقب اجتماعات بين وفدي الطرفين" is a meeting of
Dagalo and Hamdok (NQ6); a prime minister LEADS the government / cabinet where the text calls him prime
minister of it.
Filled in for the exercise: Idris's arrival day and Agar's presence, Madbouly's call, the Sumoud meeting
(NQ1); the airport reception, the denied Cairo meeting and the phone call (NQ2); Perriello in Jeddah and the
month of Lamamra's meeting (NQ3); Hamza's reception by Dbeibah, the Radaa denial, Tetteh's calls (NQ4); the
day of the Benghazi meeting, the postponed meeting with Khaled Hafter (NQ5); the IGAD-announced meeting
wording (NQ6).
Spellings: "Abdelfattah El Burhan", "Kamil El Tayeb Idris", "Dafallah El Haj Ali", "Mohamed Hamdan Dagalo
'Hemedti'" (NQ1); "الفريق أول ركن عبد الفتاح البرهان", "اللواء حسن رشاد" (NQ2); "Mohamed Hamdan Daglo",
"Ramtane Lamamra" (NQ3); "عبد الغني الككلي المعروف بـ(غنيوة)", "محمود حمزة" (NQ4); "Hanna Serwaa Tetteh",
"Khalifa Hafter", "Saddam Hafter", "Abdul Hamid Dbaiba" (NQ5); "محمد حمدان دقلو (حميدتي)", "دقلو", "يوري
موسيفيني", "آبي أحمد", "إسماعيل عمر جيله" (NQ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_nr import ALL  # noqa: E402

HERE = Path(__file__).parent

SUDAN, EGYPT, KENYA, ETHIOPIA, SAFRICA = ("country:sudan", "country:egypt", "country:kenya", "country:ethiopia",
                                          "country:south-africa")
PORTSUDAN, CAIRO, JEDDAH, GENEVA, TRIPOLI, BENGHAZI, QUBBA = (
    "location:port-sudan", "location:cairo", "location:jeddah", "location:geneva", "location:tripoli",
    "location:benghazi", "location:al-qubba")
KAMPALA, ADDIS, NAIROBI, PRETORIA = ("location:kampala", "location:addis-ababa", "location:nairobi",
                                     "location:pretoria")
SAF, RSF, SOVC, SUDGOV, TAQADDUM, SUMOUD = (
    "organization:sudanese-armed-forces", "organization:rapid-support-forces",
    "organization:sudan-sovereignty-council", "organization:sudanese-government", "organization:taqaddum-sudan",
    "organization:sumoud-sudan")
LNA, GNU, PC, HOR, SSA, B444, UNSMIL = (
    "organization:libyan-national-army", "organization:government-of-national-unity-libya",
    "organization:libyan-presidential-council", "organization:libyan-house-of-representatives",
    "organization:stability-support-apparatus", "organization:444-combat-brigade", "organization:unsmil")
EGFM, EGGIS, EGPRES, EGGOV, STATE = (
    "organization:egyptian-foreign-ministry", "organization:egyptian-general-intelligence",
    "organization:egyptian-presidency", "organization:egyptian-government", "organization:us-state-department")
BURHAN, HEMEDTI, IDRIS, DAFALLAH, OSMAN, AGAR, ABUNAMU, HAMDOK = (
    "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo", "person:kamil-idris",
    "person:dafallah-al-haj-ali", "person:osman-hussein-osman", "person:malik-agar",
    "person:mohamed-bashir-abu-namu", "person:abdalla-hamdok")
KHALIFA, SADDAM, DBEIBAH, KIKLI, HAMZA, MENFI, AGUILA, TETTEH = (
    "person:khalifa-haftar", "person:saddam-haftar", "person:abdul-hamid-dbeibah", "person:abdul-ghani-al-kikli",
    "person:mahmoud-hamza", "person:mohamed-al-menfi", "person:aguila-saleh", "person:hanna-tetteh")
SISI, MADBOULY, ABDELATTY, RASHAD, SHENNAWY, MBS, BLINKEN, PERRIELLO, LAMAMRA = (
    "person:abdel-fattah-el-sisi", "person:mostafa-madbouly", "person:badr-abdelatty", "person:hassan-rashad",
    "person:mohamed-el-shennawy", "person:mohammed-bin-salman", "person:antony-blinken", "person:tom-perriello",
    "person:ramtane-lamamra")
MUSEVENI, RUTO, ABIY, GUELLEH, RAMAPHOSA = (
    "person:yoweri-museveni", "person:william-ruto", "person:abiy-ahmed", "person:ismail-omar-guelleh",
    "person:cyril-ramaphosa")

DABANGA = "blind set (Dutch-based Sudanese radio, English site, Radio Dabanga-like)"
QAHERA = "blind set (Egyptian state-linked TV news site, Arabic, Al Qahera News-like)"
EASTAFRICAN = "blind set (Nairobi regional weekly, English, The East African-like)"
AHRAR = "blind set (Libyan TV news site, Arabic, Libya Alahrar-like)"
LREVIEW = "blind set (Libyan English news site, Libya Review-like)"
RAKOBA = "blind set (Sudanese opposition news site, Arabic, al-Rakoba-like)"

ARTICLES = [
    ("enNQ1_burhan_names_idris_pm", "en",
     "Burhan names former UN official Kamil Idris as prime minister\n"
     "PORT SUDAN / AMSTERDAM – The head of Sudan's Sovereignty Council and army commander-in-chief, Lt Gen "
     "Abdelfattah El Burhan, on Monday appointed Kamil El Tayeb Idris as prime minister, the first premier not "
     "named in an acting capacity since the military seized power in October 2021.\n"
     "Idris, a former director general of the World Intellectual Property Organization, replaces Dafallah El "
     "Haj Ali, who had served as acting premier for less than three weeks. El Haj Ali had himself taken over "
     "from Osman Hussein, who was relieved of the post at the end of April.\n"
     "The Rapid Support Forces (RSF) of Mohamed Hamdan Dagalo 'Hemedti' dismissed the appointment as "
     "illegitimate.\n"
     "Idris arrived in Port Sudan on Thursday and was sworn in before El Burhan on Saturday, in the presence of "
     "the council's deputy chairman, Malik Agar. In a short address he promised a technocratic cabinet.\n"
     "Egyptian Prime Minister Mostafa Madbouly telephoned the new premier to congratulate him. A meeting "
     "between Idris and the Sumoud civilian alliance, headed by former premier Abdalla Hamdok, was announced "
     "last week but has not taken place.",
     [("SUCCESSOR_OF", IDRIS, DAFALLAH, "replaces Dafallah El", "2025-05-19"),
      ("SUCCESSOR_OF", DAFALLAH, OSMAN, "had himself taken over", "2025-04-30"),
      ("MET_WITH", IDRIS, BURHAN, "was sworn in before El Burhan", "2025-05-31"),
      ("MET_WITH", IDRIS, AGAR, "deputy chairman, Malik Agar", "2025-05-31"),
      ("VISITED", IDRIS, PORTSUDAN, "Idris arrived in Port Sudan", "2025-05-29"),
      ("LEADS", BURHAN, SOVC, "The head of Sudan's Sovereignty Council"),
      ("LEADS", BURHAN, SAF, "army commander-in-chief, Lt Gen"),
      ("LEADS", HEMEDTI, RSF, "(RSF) of Mohamed Hamdan Dagalo"),
      ("MEMBER_OF", AGAR, SOVC, "the council's deputy chairman"),
      ("LEADS", MADBOULY, EGGOV, "Egyptian Prime Minister Mostafa Madbouly"),
      ("LEADS", HAMDOK, SUMOUD, "headed by former premier Abdalla Hamdok"),
      ],
     {"source": DABANGA, "published": "2025-05-31"}),

    ("arNQ2_sisi_receives_burhan_cairo", "ar",
     "السيسي يستقبل البرهان ويؤكد دعم مصر لمؤسسات الدولة السودانية\n"
     "القاهرة - القاهرة الإخبارية\n"
     "استقبل الرئيس عبد الفتاح السيسي، اليوم الأربعاء، الفريق أول ركن عبد الفتاح البرهان، رئيس مجلس السيادة "
     "الانتقالي القائد العام للقوات المسلحة السودانية، بقصر الاتحادية، بحضور الدكتور بدر عبد العاطي وزير "
     "الخارجية والهجرة وشؤون المصريين بالخارج، واللواء حسن رشاد رئيس المخابرات العامة.\n"
     "وصرح السفير محمد الشناوي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن اللقاء تناول تطورات الأوضاع "
     "الميدانية في السودان، لا سيما في مدينة الفاشر، حيث أكد الرئيس رفض مصر القاطع لأي محاولات لتقسيم "
     "السودان أو إنشاء كيانات موازية.\n"
     "وكان الدكتور مصطفى مدبولي رئيس مجلس الوزراء قد استقبل البرهان لدى وصوله إلى مطار القاهرة الدولي في "
     "وقت سابق من اليوم.\n"
     "ونفى مصدر مصري مطلع ما تردد عن ترتيب لقاء في القاهرة بين البرهان وقائد قوات الدعم السريع محمد حمدان "
     "دقلو، مؤكداً أنه \"لا أساس له من الصحة\".\n"
     "وكان الرئيس السيسي قد تلقى أمس اتصالاً هاتفياً من ولي العهد السعودي الأمير محمد بن سلمان، تناول "
     "الجهود المشتركة لوقف الحرب في السودان.",
     [("MET_WITH", SISI, BURHAN, "استقبل الرئيس عبد الفتاح السيسي", "2025-10-15"),
      ("MET_WITH", ABDELATTY, BURHAN, "بحضور الدكتور بدر عبد العاطي", "2025-10-15"),
      ("MET_WITH", RASHAD, BURHAN, "واللواء حسن رشاد رئيس المخابرات العامة", "2025-10-15"),
      ("MET_WITH", MADBOULY, BURHAN, "قد استقبل البرهان لدى وصوله", "2025-10-15"),
      ("VISITED", BURHAN, CAIRO, "وصوله إلى مطار القاهرة الدولي", "2025-10-15"),
      ("LEADS", SISI, EGYPT, "الرئيس عبد الفتاح السيسي، اليوم"),
      ("LEADS", BURHAN, SOVC, "رئيس مجلس السيادة"),
      ("LEADS", BURHAN, SAF, "القائد العام للقوات المسلحة السودانية"),
      ("LEADS", ABDELATTY, EGFM, "الخارجية والهجرة وشؤون المصريين بالخارج"),
      ("LEADS", RASHAD, EGGIS, "حسن رشاد رئيس المخابرات العامة"),
      ("MEMBER_OF", SHENNAWY, EGPRES, "المتحدث الرسمي باسم رئاسة الجمهورية"),
      ("LEADS", MADBOULY, EGGOV, "مصطفى مدبولي رئيس مجلس الوزراء"),
      ("LEADS", HEMEDTI, RSF, "وقائد قوات الدعم السريع محمد حمدان"),
      ],
     {"source": QAHERA, "published": "2025-10-15"}),

    ("enNQ3_geneva_talks_without_army", "en",
     "Sudan talks open in Switzerland without army delegation\n"
     "NAIROBI — US-led talks aimed at ending Sudan's 16-month war opened near Geneva on Wednesday without the "
     "Sudanese Armed Forces, whose leader Gen Abdel Fattah al-Burhan refused to send a delegation.\n"
     "Tom Perriello, the US special envoy for Sudan, said the mediators — the United States, Saudi Arabia and "
     "Switzerland, with Egypt, the UAE, the African Union and the United Nations as observers — would press "
     "ahead. An RSF delegation arrived on Tuesday, but the paramilitary's commander, Mohamed Hamdan Daglo, did "
     "not travel to Switzerland himself.\n"
     "Secretary of State Antony Blinken spoke to Burhan by telephone on the eve of the talks but failed to "
     "change his mind.\n"
     "The boycott followed consultations in Jeddah earlier this month, where a government delegation led by "
     "Minerals Minister Mohamed Bashir Abu Namu held talks with Perriello that ended without agreement on the "
     "format.\n"
     "Ramtane Lamamra, the UN secretary-general's personal envoy for Sudan, who met the army chief in Port "
     "Sudan in June, is expected to join the mediators on Thursday.",
     [("MET_WITH", ABUNAMU, PERRIELLO, "held talks with Perriello", "2024-08-04"),
      ("VISITED", ABUNAMU, JEDDAH, "The boycott followed consultations in Jeddah", "2024-08-04"),
      ("VISITED", PERRIELLO, JEDDAH, "held talks with Perriello", "2024-08-04"),
      ("MET_WITH", LAMAMRA, BURHAN, "who met the army chief in Port", "2024-06"),
      ("VISITED", LAMAMRA, PORTSUDAN, "Sudan in June", "2024-06"),
      ("LEADS", BURHAN, SAF, "whose leader Gen Abdel Fattah al-Burhan"),
      ("LEADS", HEMEDTI, RSF, "the paramilitary's commander"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony Blinken"),
      ("MEMBER_OF", ABUNAMU, SUDGOV, "Minerals Minister Mohamed Bashir Abu Namu"),
      ],
     {"source": EASTAFRICAN, "published": "2024-08-14"}),

    ("arNQ4_kikli_killed_tripoli", "ar",
     "انتهاء العملية العسكرية في أبوسليم بعد مقتل \"غنيوة\".. والدبيبة: خطوة حاسمة لإنهاء المجموعات غير "
     "النظامية\n"
     "طرابلس | ليبيا الأحرار\n"
     "أعلنت وزارة الدفاع بحكومة الوحدة الوطنية، فجر الثلاثاء، انتهاء العملية العسكرية في منطقة أبوسليم "
     "بالعاصمة طرابلس، بعد ساعات من مقتل رئيس جهاز دعم الاستقرار عبد الغني الككلي المعروف بـ\"غنيوة\".\n"
     "وقُتل الككلي مساء الاثنين داخل معسكر التكبالي على يد عناصر من اللواء 444 قتال خلال اجتماع أمني، وفق "
     "ما أفادت به مصادر عسكرية للقناة، فيما لم تصدر رواية رسمية عن ملابسات مقتله.\n"
     "وأشاد رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة بما وصفه بإنجاز \"الجيش والشرطة\"، وأصدر قراراً "
     "بحل الجهاز. واستقبل الدبيبة ظهر الثلاثاء آمر اللواء 444 قتال محمود حمزة في مقر رئاسة الوزراء.\n"
     "في المقابل، نفى جهاز الردع أي صلة له بمقتل الككلي، فيما دعا رئيس المجلس الرئاسي محمد المنفي إلى "
     "وقف فوري لإطلاق النار.\n"
     "وأجرت المبعوثة الأممية هانا تيتيه اتصالات هاتفية مع عدد من الأطراف لاحتواء التصعيد.",
     [("ASSASSINATED_BY", KIKLI, B444, "على يد عناصر من اللواء 444 قتال", "2025-05-12"),
      ("MET_WITH", DBEIBAH, HAMZA, "واستقبل الدبيبة ظهر الثلاثاء", "2025-05-13"),
      ("LEADS", KIKLI, SSA, "رئيس جهاز دعم الاستقرار"),
      ("LEADS", DBEIBAH, GNU, "وأشاد رئيس حكومة الوحدة الوطنية"),
      ("LEADS", HAMZA, B444, "آمر اللواء 444 قتال محمود"),
      ("LEADS", MENFI, PC, "رئيس المجلس الرئاسي محمد المنفي"),
      ],
     {"source": AHRAR, "published": "2025-05-13"}),

    ("enNQ5_tetteh_haftar_benghazi", "en",
     "UN envoy Tetteh holds talks with Field Marshal Hafter in Benghazi\n"
     "BENGHAZI — The head of the UN Support Mission in Libya (UNSMIL), Hanna Serwaa Tetteh, met on Sunday with "
     "the General Commander of the Libyan National Army (LNA), Field Marshal Khalifa Hafter, at his "
     "headquarters in Al-Rajma, east of Benghazi.\n"
     "The meeting, attended by the LNA's deputy commander-in-chief, Lt. Gen. Saddam Hafter, discussed the "
     "roadmap Tetteh presented to the Security Council last month and the unification of the military "
     "institution, the General Command said.\n"
     "Tetteh later held talks with the Speaker of the House of Representatives, Aguila Saleh, in Al-Qubba.\n"
     "A meeting with the LNA Chief of Staff, Khaled Hafter, had been scheduled for the same day but was "
     "postponed, a source at the General Command told Libya Review.\n"
     "Last week the UN envoy was in Tripoli, where she discussed the roadmap with Prime Minister Abdul Hamid "
     "Dbaiba.",
     [("MET_WITH", TETTEH, KHALIFA, "Field Marshal Khalifa Hafter, at his", "2025-09-14"),
      ("MET_WITH", TETTEH, SADDAM, "The meeting, attended by the LNA's", "2025-09-14"),
      ("MET_WITH", TETTEH, AGUILA, "Tetteh later held talks with the Speaker", "2025-09-14"),
      ("MET_WITH", TETTEH, DBEIBAH, "where she discussed the roadmap", "2025-09"),
      ("VISITED", TETTEH, BENGHAZI, "east of Benghazi", "2025-09-14"),
      ("VISITED", TETTEH, QUBBA, "Aguila Saleh, in Al-Qubba", "2025-09-14"),
      ("VISITED", TETTEH, TRIPOLI, "the UN envoy was in Tripoli", "2025-09"),
      ("LEADS", TETTEH, UNSMIL, "The head of the UN Support Mission in Libya"),
      ("LEADS", KHALIFA, LNA, "the General Commander of the Libyan National Army"),
      ("MEMBER_OF", SADDAM, LNA, "deputy commander-in-chief, Lt. Gen. Saddam"),
      ("LEADS", AGUILA, HOR, "the Speaker of the House of Representatives"),
      ("MEMBER_OF", "person:khaled-haftar", LNA, "the LNA Chief of Staff"),
      ],
     {"source": LREVIEW, "published": "2025-09-14"}),

    ("arNQ6_hemedti_african_tour", "ar",
     "حميدتي يختتم جولة إفريقية بلقاء رامافوزا.. و\"إعلان أديس أبابا\" يثير غضب بورتسودان\n"
     "الراكوبة - متابعات\n"
     "اختتم قائد قوات الدعم السريع الفريق أول محمد حمدان دقلو \"حميدتي\" جولة إفريقية التقى خلالها عدداً من "
     "الرؤساء، في أول ظهور علني له منذ اندلاع الحرب في أبريل الماضي.\n"
     "وبدأ دقلو جولته من كمبالا حيث استقبله الرئيس يوري موسيفيني، قبل أن ينتقل إلى أديس أبابا ويلتقي رئيس "
     "الوزراء الإثيوبي آبي أحمد، ثم إلى جيبوتي حيث اجتمع بالرئيس إسماعيل عمر جيله.\n"
     "وفي أديس أبابا وقّع حميدتي مع رئيس تنسيقية القوى الديمقراطية المدنية (تقدم) عبد الله حمدوك \"إعلان أديس "
     "أبابا\"، عقب اجتماعات بين وفدي الطرفين استمرت يومين.\n"
     "كما استقبله الرئيس الكيني وليام روتو في نيروبي، ورئيس جنوب إفريقيا سيريل رامافوزا في بريتوريا.\n"
     "في المقابل، لم يُعقد اللقاء الذي أعلنت عنه الهيئة الحكومية للتنمية (إيقاد) بين حميدتي وقائد الجيش "
     "الفريق أول عبد الفتاح البرهان، واتهمت الخارجية السودانية نيروبي بالانحياز للدعم السريع.",
     [("MET_WITH", HEMEDTI, MUSEVENI, "حيث استقبله الرئيس يوري موسيفيني", "2023-12-27"),
      ("MET_WITH", HEMEDTI, ABIY, "ويلتقي رئيس الوزراء الإثيوبي", "2023-12-28"),
      ("MET_WITH", HEMEDTI, GUELLEH, "حيث اجتمع بالرئيس إسماعيل", "2023-12-29"),
      ("MET_WITH", HEMEDTI, HAMDOK, "عقب اجتماعات بين وفدي الطرفين", "2024-01-02"),
      ("MET_WITH", HEMEDTI, RUTO, "كما استقبله الرئيس الكيني", "2024-01-03"),
      ("MET_WITH", HEMEDTI, RAMAPHOSA, "ورئيس جنوب إفريقيا سيريل", "2024-01-04"),
      ("VISITED", HEMEDTI, KAMPALA, "وبدأ دقلو جولته من كمبالا", "2023-12-27"),
      ("VISITED", HEMEDTI, ADDIS, "قبل أن ينتقل إلى أديس أبابا", "2023-12-28"),
      ("VISITED", HEMEDTI, "country:djibouti", "ثم إلى جيبوتي", "2023-12-29"),
      ("VISITED", HEMEDTI, NAIROBI, "وليام روتو في نيروبي", "2024-01-03"),
      ("VISITED", HEMEDTI, PRETORIA, "رامافوزا في بريتوريا", "2024-01-04"),
      ("LEADS", HEMEDTI, RSF, "اختتم قائد قوات الدعم السريع"),
      ("LEADS", ABIY, ETHIOPIA, "رئيس الوزراء الإثيوبي آبي"),
      ("LEADS", HAMDOK, TAQADDUM, "رئيس تنسيقية القوى الديمقراطية المدنية"),
      ("LEADS", RUTO, KENYA, "الرئيس الكيني وليام"),
      ("LEADS", RAMAPHOSA, SAFRICA, "ورئيس جنوب إفريقيا"),
      ("LEADS", BURHAN, SAF, "وقائد الجيش الفريق أول"),
      ],
     {"source": RAKOBA, "published": "2024-01-05"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNQ")
