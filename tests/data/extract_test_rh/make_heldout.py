"""Blind set RH: Hamas's leadership and the ceasefire mediation, 2017-2025 (second folder of RG-RH): the
Fatah-Hamas reconciliation signed in Cairo under Khaled Fawzi (October 2017), Khalil al-Hayya's delegation
with Abbas Kamel after the Paris framework (February 2024), Erdogan's reception of Haniyeh in Istanbul
(April 2024), Haniyeh's killing in Tehran (July 2024), Blinken's round and the Doha talks of Burns, Barnea,
the Qatari prime minister, Kamel and McGurk (August 2024), and Sinwar's killing in Rafah with Hassan Rashad
sworn in after Kamel (October 2024), as a Qatari TV site writes it in English (Al Jazeera English-like:
"Published On 31 Jul 2024"), Egypt's state news agency in Arabic (MENA-like: "القاهرة (أ ش أ)"), a
Hamas-aligned news site in English (Middle East Monitor-like: "the occupation", "captives"), a Saudi-owned
London daily in Arabic (Asharq Al-Awsat-like: "لندن - غزة: «الشرق الأوسط»", "أغسطس (آب)"), a US wire in
English (AP-like: "EL ALAMEIN, Egypt (AP) —", "cease-fire") and a Turkish state agency in Arabic
(Anadolu-like: "إسطنبول/ الأناضول", "دائرة الاتصال بالرئاسة التركية").
Pieces: Haniyeh killed in Tehran after meeting Pezeshkian and Khamenei, Shukr killed by an Israeli strike
(English, RH1); al-Ahmad and al-Arouri sign the reconciliation in the presence of Fawzi (Arabic, RH2);
al-Hayya's delegation with Hamad and Naim meets Kamel, Blinken had met Netanyahu and been received by the
Qatari prime minister (English, RH3); the Israeli army kills Sinwar, who had succeeded Haniyeh, Rashad sworn
in to succeed Kamel (Arabic, RH4); Blinken meets el-Sissi after Netanyahu, the Doha talks of five, Sinwar
named to succeed Haniyeh (English, RH5); Erdogan receives Haniyeh with Fidan and Kalin present, Fidan had met
Haniyeh in Doha (Arabic, RH6).
Excluded on purpose (no relation): Haniyeh's and his bodyguard's killing (the IRGC names no agent, Hamas's
accusation only), Abu Marzouk's threat (RH1); el-Sisi's phone call to Abbas, Abbas's planned visit to Gaza,
the planned factions' meeting (RH2); the planned Burns and Barnea trip to Cairo, Haniyeh's speech (RH3);
Katz's and Netanyahu's statements, al-Hayya and Mashal named as possible successors, Haniyeh "assassinated
in Tehran" (no agent), Biden's planned dispatch of Blinken (RH4); Blinken's planned meeting with Tamim,
Hamas briefed by the mediators (not named), Biden's expected call (RH5); Katz's post, Erdogan's phone call
with Tamim (RH6).
Judgement calls: "whom he met on Tuesday" and "He also met" are meetings (RH1); "an Israeli strike ... that
Israel said killed ... Fuad Shukr" gives Shukr -> country:israel (RH1); two men signing an agreement together
at one ceremony met, and the official "بحضور" is paired with both (RH2); a delegation "headed by" al-Hayya
"which also includes" Hamad and Naim: each member paired with the host and with al-Hayya, and the two members
with each other (RH3, as RG4); "following a meeting in Tel Aviv with" and "who received Blinken in Doha"
are meetings (RH3); "أن قواته قتلت" in the army's own announcement gives Sinwar -> the IDF (RH4); "قد خلف"
and "خلفاً لعباس كامل" are successions (RH4); "talks ... attended by" four principals with McGurk "also took
part": the five are paired with each other (RH5); "بحضور" two officials listed together: each with both
principals and with each other (RH6); Fidan's earlier Doha meeting with Haniyeh is the same pair as his
attendance (listed once); a head of an intelligence service LEADS it; a president LEADS the country.
Filled in for the exercise: the hour and the Israeli spokesman's wording, Abu Marzouk's quote (RH1); the
wording of the signing and the date of the factions' meeting (RH2); the sources, the delegation's make-up
and the hour (RH3); Katz's and al-Hayya's wording, the succession talk (RH4); the length of the Netanyahu
talks, al-Hayya's statement (RH5); the location within the palace, the Katz post's wording, the date of
the Tamim call (RH6).
Spellings: "Ismail Haniyeh", "Mousa Abu Marzouk" (RH1); «الوزير خالد فوزي»، «عزام الأحمد» (RH2); "Khalil
Al-Hayya", "Mohammed Bin Abdulrahman Al Thani", "Major General Abbas Kamel" (RH3); «حسن محمود رشاد»،
«يسرائيل كاتس» (RH4); "Abdel Fattah el-Sissi", "cease-fire" (RH5); «إبراهيم قالن»، «دولمة بهتشة» (RH6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rh import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, QATAR, EGYPT, US, IRAN, TURKEY, PALESTINE = (
    "country:israel", "country:qatar", "country:egypt", "country:united-states", "country:iran", "country:turkey",
    "country:palestine")
HAMAS, FATAH, HEZ, IDF = "organization:hamas", "organization:fatah", "organization:hezbollah", \
    "organization:israel-defense-forces"
MOSSAD, CIA, EGI, MIT = ("organization:mossad", "organization:cia", "organization:egyptian-general-intelligence",
                         "organization:turkish-national-intelligence-organization")
HANIYEH, SINWAR, AROURI, HAYYA, HAMAD, NAIM, HAMDAN, MARZOUK = (
    "person:ismail-haniyeh", "person:yahya-sinwar", "person:saleh-al-arouri", "person:khalil-al-hayya",
    "person:ghazi-hamad", "person:basem-naim", "person:osama-hamdan", "person:musa-abu-marzouk")
AHMAD, ABBAS, SHUKR = "person:azzam-al-ahmad", "person:mahmoud-abbas", "person:fuad-shukr"
BURNS, BARNEA, MBAR, TAMIM, FAWZI, KAMEL, RASHAD, SISI, MCGURK = (
    "person:william-burns", "person:david-barnea", "person:mohammed-bin-abdulrahman-al-thani",
    "person:tamim-bin-hamad-al-thani", "person:khaled-fawzi", "person:abbas-kamel", "person:hassan-rashad",
    "person:abdel-fattah-el-sisi", "person:brett-mcgurk")
BLINKEN, BIDEN, NETANYAHU, KHAMENEI, PEZESHKIAN, ERDOGAN, FIDAN, KALIN = (
    "person:antony-blinken", "person:joe-biden", "person:benjamin-netanyahu", "person:ali-khamenei",
    "person:masoud-pezeshkian", "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin")

AJE = "blind set (Qatari TV news site, English, Al Jazeera English-like)"
MENA = "blind set (Egyptian state news agency, Arabic, MENA-like)"
MEMO = "blind set (Hamas-aligned news site, English, Middle East Monitor-like)"
AWSAT = "blind set (Saudi-owned London daily, Arabic, Asharq Al-Awsat-like)"
AP = "blind set (US news wire, English, AP-like)"
AA = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"

ARTICLES = [
    ("enRH1_haniyeh_killed_tehran_aje", "en",
     "Hamas political chief Ismail Haniyeh killed in Iran\n"
     "Published On 31 Jul 2024\n"
     "Hamas's political bureau chief Ismail Haniyeh has been killed in Iran's capital, Tehran, the Palestinian "
     "group and Iran's Islamic Revolutionary Guard Corps (IRGC) have said.\n"
     "The IRGC said Haniyeh and one of his bodyguards were killed when their residence in Tehran was hit at about "
     "2am local time. It did not say who carried out the attack.\n"
     "Hamas blamed Israel for what it called \"a treacherous Zionist raid\". The Israeli military declined to "
     "comment, saying it was focused on the situation in Lebanon.\n"
     "Haniyeh, 62, had been in Tehran to attend the swearing-in of President Masoud Pezeshkian, whom he met on "
     "Tuesday. He also met Supreme Leader Ali Khamenei hours before the attack, Iranian state media reported.\n"
     "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani asked on X how mediation could succeed "
     "\"when one party assassinates the negotiator on the other side\".\n"
     "Haniyeh had led Hamas's delegation in the Gaza ceasefire talks mediated by Qatar, Egypt and the United "
     "States. His killing came hours after an Israeli strike on Beirut's southern suburbs that Israel said killed "
     "senior Hezbollah commander Fuad Shukr.\n"
     "Mousa Abu Marzouk, a senior Hamas official, said the killing would \"not go unpunished\".",
     [("LEADS", HANIYEH, HAMAS, "Hamas's political bureau chief Ismail Haniyeh"),
      ("LEADS", PEZESHKIAN, IRAN, "swearing-in of President Masoud Pezeshkian"),
      ("MET_WITH", HANIYEH, PEZESHKIAN, "whom he met on", "2024-07-30"),
      ("MET_WITH", HANIYEH, KHAMENEI, "He also met Supreme Leader", "2024-07-30"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ali Khamenei hours"),
      ("LEADS", MBAR, QATAR, "Qatar's Prime Minister Sheikh Mohammed"),
      ("ASSASSINATED_BY", SHUKR, ISRAEL, "that Israel said killed", "2024-07-30"),
      ("MEMBER_OF", SHUKR, HEZ, "senior Hezbollah commander Fuad Shukr"),
      ("MEMBER_OF", MARZOUK, HAMAS, "a senior Hamas official, said"),
      ],
     {"source": AJE, "published": "2024-07-31"}),

    ("arRH2_reconciliation_cairo_mena", "ar",
     "توقيع اتفاق المصالحة بين فتح وحماس في القاهرة برعاية مصرية\n"
     "القاهرة (أ ش أ)\n"
     "وقّع عضو اللجنة المركزية لحركة فتح عزام الأحمد ونائب رئيس المكتب السياسي لحركة حماس صالح العاروري، اليوم "
     "الخميس، بمقر جهاز المخابرات العامة بالقاهرة، اتفاق المصالحة الفلسطينية الذي يقضي بتمكين حكومة الوفاق "
     "الوطني من تولي مهامها كاملة في قطاع غزة، وذلك بحضور الوزير خالد فوزي رئيس المخابرات العامة.\n"
     "ويتضمن الاتفاق تسلم الحكومة إدارة معابر القطاع في موعد أقصاه الأول من نوفمبر المقبل، على أن تعقد "
     "الفصائل الفلسطينية اجتماعاً موسعاً في القاهرة في الحادي والعشرين من الشهر ذاته.\n"
     "وأجرى الرئيس عبد الفتاح السيسي اتصالاً هاتفياً بالرئيس الفلسطيني محمود عباس، هنأه خلاله بتوقيع الاتفاق، "
     "فيما أعلن رئيس المكتب السياسي لحماس إسماعيل هنية من غزة ترحيبه بالاتفاق، واصفاً إياه بأنه \"صفحة جديدة\".\n"
     "ومن المقرر أن يزور الرئيس عباس قطاع غزة خلال شهر، في أول زيارة له منذ عام 2007.\n"
     "وأكد الأحمد في مؤتمر صحفي عقب التوقيع أن \"الانقسام أصبح وراءنا\"، فيما شكر العاروري مصر على \"رعايتها "
     "الكريمة\".",
     [("MET_WITH", AHMAD, AROURI, "لحركة حماس صالح العاروري، اليوم", "2017-10-12"),
      ("MET_WITH", FAWZI, AHMAD, "بحضور الوزير خالد فوزي", "2017-10-12"),
      ("MET_WITH", FAWZI, AROURI, "خالد فوزي رئيس المخابرات العامة", "2017-10-12"),
      ("MEMBER_OF", AHMAD, FATAH, "عضو اللجنة المركزية لحركة فتح"),
      ("MEMBER_OF", AROURI, HAMAS, "نائب رئيس المكتب السياسي لحركة حماس"),
      ("LEADS", FAWZI, EGI, "الوزير خالد فوزي رئيس"),
      ("LEADS", SISI, EGYPT, "وأجرى الرئيس عبد الفتاح"),
      ("LEADS", ABBAS, PALESTINE, "بالرئيس الفلسطيني محمود"),
      ("LEADS", HANIYEH, HAMAS, "رئيس المكتب السياسي لحماس إسماعيل"),
      ],
     {"source": MENA, "published": "2017-10-12"}),

    ("enRH3_hayya_cairo_memo", "en",
     "Hamas delegation led by Al-Hayya holds truce talks in Cairo\n"
     "February 8, 2024 at 3:15 pm\n"
     "A Hamas delegation headed by Khalil Al-Hayya, deputy head of the movement in Gaza, met Egyptian General "
     "Intelligence chief Major General Abbas Kamel in Cairo on Thursday to discuss the movement's response to the "
     "framework drawn up in Paris, sources said.\n"
     "The delegation, which also includes political bureau members Ghazi Hamad and Basem Naim, is seeking "
     "guarantees of a permanent ceasefire and the withdrawal of occupation forces from the Gaza Strip.\n"
     "The talks came a day after Israeli Prime Minister Benjamin Netanyahu described the resistance's demands as "
     "\"delusional\" following a meeting in Tel Aviv with US Secretary of State Antony Blinken.\n"
     "Qatar's Prime Minister Mohammed Bin Abdulrahman Al Thani, who received Blinken in Doha on Tuesday, said the "
     "response was \"positive in general\".\n"
     "Head of the movement's political bureau, Ismail Haniyeh, said in a televised speech that Hamas had dealt "
     "with the proposal \"positively\", while Hamas official Osama Hamdan told a press conference in Beirut that "
     "the captives would not be freed \"without a price\".\n"
     "According to the sources, CIA Director William Burns is expected to join the talks in Cairo next week, "
     "along with Mossad chief David Barnea.",
     [("MET_WITH", HAYYA, KAMEL, "met Egyptian General", "2024-02-08"),
      ("MEMBER_OF", HAYYA, HAMAS, "deputy head of the movement in Gaza"),
      ("LEADS", KAMEL, EGI, "Intelligence chief Major General Abbas Kamel"),
      ("MET_WITH", KAMEL, HAMAD, "political bureau members Ghazi Hamad", "2024-02-08"),
      ("MET_WITH", KAMEL, NAIM, "Hamad and Basem Naim", "2024-02-08"),
      ("MET_WITH", HAYYA, HAMAD, "which also includes political", "2024-02-08"),
      ("MET_WITH", HAYYA, NAIM, "and Basem Naim, is seeking", "2024-02-08"),
      ("MET_WITH", HAMAD, NAIM, "Basem Naim, is", "2024-02-08"),
      ("MEMBER_OF", HAMAD, HAMAS, "members Ghazi Hamad"),
      ("MEMBER_OF", NAIM, HAMAS, "Naim, is seeking"),
      ("MET_WITH", NETANYAHU, BLINKEN, "following a meeting in Tel Aviv with", "2024-02-07"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin"),
      ("MET_WITH", MBAR, BLINKEN, "who received Blinken in Doha", "2024-02-06"),
      ("LEADS", MBAR, QATAR, "Qatar's Prime Minister Mohammed"),
      ("LEADS", HANIYEH, HAMAS, "Head of the movement's political bureau"),
      ("MEMBER_OF", HAMDAN, HAMAS, "Hamas official Osama Hamdan"),
      ("LEADS", BURNS, CIA, "CIA Director William Burns is"),
      ("LEADS", BARNEA, MOSSAD, "Mossad chief David Barnea"),
      ],
     {"source": MEMO, "published": "2024-02-08"}),

    ("arRH4_sinwar_killed_rafah_awsat", "ar",
     "إسرائيل تعلن مقتل السنوار في رفح... و«حماس» تؤكد\n"
     "لندن - غزة: «الشرق الأوسط»\n"
     "أعلن الجيش الإسرائيلي، مساء الخميس، أن قواته قتلت رئيس المكتب السياسي لحركة «حماس» يحيى السنوار، في "
     "اشتباك بحي تل السلطان في رفح جنوب قطاع غزة، بعد أن تأكد من هويته عبر فحص الحمض النووي.\n"
     "ووصف وزير الخارجية الإسرائيلي يسرائيل كاتس مقتل السنوار بأنه \"إنجاز عسكري وأخلاقي كبير\"، فيما قال "
     "رئيس الوزراء بنيامين نتنياهو إن \"الحرب لم تنتهِ بعد\".\n"
     "وأكد رئيس الحركة في غزة خليل الحية، في كلمة مصورة الجمعة، مقتل السنوار، قائلاً إن الأسرى الإسرائيليين "
     "لن يعودوا \"إلا بوقف العدوان والانسحاب من القطاع\".\n"
     "وكان السنوار قد خلف إسماعيل هنية في رئاسة المكتب السياسي في أغسطس (آب) الماضي، بعد اغتيال الأخير في "
     "طهران.\n"
     "وتتردد في أوساط الحركة أسماء عدة لخلافته، أبرزها الحية وخالد مشعل، فيما رجّحت مصادر أن تدير الحركة قيادة "
     "جماعية مؤقتة.\n"
     "وفي القاهرة، أدى اللواء حسن محمود رشاد اليمين أمام الرئيس عبد الفتاح السيسي رئيساً لجهاز المخابرات "
     "العامة، خلفاً للواء عباس كامل الذي أدار ملف الوساطة منذ بداية الحرب.\n"
     "ومن جهته، قال الرئيس الأميركي جو بايدن إنه سيوفد وزير خارجيته أنتوني بلينكن إلى إسرائيل، معتبراً أن "
     "مقتل السنوار يفتح \"فرصة لليوم التالي\".",
     [("ASSASSINATED_BY", SINWAR, IDF, "أن قواته قتلت رئيس", "2024-10-16"),
      ("LEADS", SINWAR, HAMAS, "رئيس المكتب السياسي لحركة «حماس» يحيى"),
      ("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء بنيامين نتنياهو"),
      ("MEMBER_OF", HAYYA, HAMAS, "رئيس الحركة في غزة خليل"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "قد خلف إسماعيل هنية", "2024-08-06"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس كامل", "2024-10-17"),
      ("LEADS", RASHAD, EGI, "رئيساً لجهاز المخابرات"),
      ("LEADS", SISI, EGYPT, "أمام الرئيس عبد الفتاح"),
      ("LEADS", BIDEN, US, "الرئيس الأميركي جو بايدن"),
      ],
     {"source": AWSAT, "published": "2024-10-18"}),

    ("enRH5_blinken_sisi_alamein_ap", "en",
     "Blinken meets Egypt's el-Sissi as Gaza cease-fire push hits new snags\n"
     "EL ALAMEIN, Egypt (AP) — U.S. Secretary of State Antony Blinken met Egyptian President Abdel Fattah el-Sissi "
     "on Tuesday in the Mediterranean resort of El Alamein, the second stop of a regional tour aimed at closing a "
     "deal for a cease-fire in Gaza and the release of hostages.\n"
     "Blinken, who held nearly three hours of talks with Israeli Prime Minister Benjamin Netanyahu in Jerusalem on "
     "Monday, said Israel had accepted a U.S. \"bridging proposal\" and that it was now up to Hamas to do the "
     "same. He was due later Tuesday in Doha to see Qatar's ruling emir, Sheikh Tamim bin Hamad Al Thani.\n"
     "Hamas has rejected the proposal. Its chief negotiator, Khalil al-Hayya, said it bowed to Netanyahu's new "
     "conditions.\n"
     "The proposal was presented at two days of talks in Doha last week attended by CIA Director William Burns, "
     "Mossad chief David Barnea, Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and Egyptian "
     "intelligence chief Abbas Kamel. White House Middle East coordinator Brett McGurk also took part. Hamas did "
     "not attend but was briefed by the mediators.\n"
     "President Joe Biden is expected to speak with Netanyahu by phone this week.\n"
     "Hamas' new leader, Yahya Sinwar, who was named to succeed Ismail Haniyeh after Haniyeh's assassination in "
     "Tehran last month, has not been seen in public since Oct. 7.",
     [("MET_WITH", BLINKEN, SISI, "met Egyptian President Abdel Fattah", "2024-08-20"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah el-Sissi"),
      ("MET_WITH", BLINKEN, NETANYAHU, "held nearly three hours of talks with", "2024-08-19"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin Netanyahu in Jerusalem"),
      ("LEADS", TAMIM, QATAR, "Qatar's ruling emir"),
      ("MEMBER_OF", HAYYA, HAMAS, "Its chief negotiator, Khalil al-Hayya"),
      ] + met_group({BURNS: "CIA Director William Burns", BARNEA: "Mossad chief David Barnea, Qatari",
                     MBAR: "Qatari Prime Minister Sheikh Mohammed", KAMEL: "intelligence chief Abbas Kamel",
                     MCGURK: "Brett McGurk also took part"}, "2024-08-16") + [
      ("LEADS", BURNS, CIA, "attended by CIA Director"),
      ("LEADS", BARNEA, MOSSAD, "Mossad chief David"),
      ("LEADS", MBAR, QATAR, "Qatari Prime Minister Sheikh"),
      ("LEADS", KAMEL, EGI, "Egyptian intelligence chief Abbas"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "named to succeed Ismail Haniyeh", "2024-08-06"),
      ("LEADS", SINWAR, HAMAS, "Hamas' new leader, Yahya Sinwar"),
      ],
     {"source": AP, "published": "2024-08-20"}),

    ("arRH6_erdogan_haniyeh_istanbul_aa", "ar",
     "أردوغان يستقبل هنية في إسطنبول\n"
     "إسطنبول/ الأناضول\n"
     "استقبل الرئيس التركي رجب طيب أردوغان، السبت، رئيس المكتب السياسي لحركة \"حماس\" إسماعيل هنية والوفد "
     "المرافق له، في مكتب دائرة الرئاسة بقصر دولمة بهتشة في إسطنبول.\n"
     "وجرى اللقاء المغلق أمام الصحفيين بحضور وزير الخارجية هاكان فيدان ورئيس جهاز الاستخبارات إبراهيم قالن، "
     "بحسب مصادر في دائرة الاتصال بالرئاسة التركية.\n"
     "وتناول اللقاء الهجمات الإسرائيلية على قطاع غزة وإيصال المساعدات الإنسانية إلى المنطقة دون انقطاع، وجهود "
     "التوصل إلى وقف دائم لإطلاق النار، وفق المصادر ذاتها.\n"
     "وكان فيدان قد التقى هنية في العاصمة القطرية الدوحة الأربعاء الماضي، وبحث معه مستجدات المفاوضات غير "
     "المباشرة بشأن تبادل الأسرى.\n"
     "في المقابل، انتقد وزير الخارجية الإسرائيلي يسرائيل كاتس اللقاء، وكتب على منصة \"إكس\" مخاطباً أردوغان: "
     "\"عار عليك\".\n"
     "وكان أردوغان قد أجرى الأسبوع الماضي اتصالاً هاتفياً بأمير قطر الشيخ تميم بن حمد آل ثاني، تناولا خلاله "
     "التطورات في غزة والمنطقة.",
     [("MET_WITH", ERDOGAN, HANIYEH, "إسماعيل هنية والوفد", "2024-04-20"),
      ("LEADS", ERDOGAN, TURKEY, "استقبل الرئيس التركي رجب"),
      ("LEADS", HANIYEH, HAMAS, "رئيس المكتب السياسي لحركة \"حماس\""),
      ("MET_WITH", FIDAN, ERDOGAN, "بحضور وزير الخارجية هاكان", "2024-04-20"),
      ("MET_WITH", FIDAN, HANIYEH, "وزير الخارجية هاكان فيدان ورئيس", "2024-04-20"),
      ("MET_WITH", KALIN, ERDOGAN, "رئيس جهاز الاستخبارات إبراهيم", "2024-04-20"),
      ("MET_WITH", KALIN, HANIYEH, "الاستخبارات إبراهيم قالن،", "2024-04-20"),
      ("MET_WITH", FIDAN, KALIN, "فيدان ورئيس جهاز", "2024-04-20"),
      ("LEADS", KALIN, MIT, "ورئيس جهاز الاستخبارات"),
      ("LEADS", TAMIM, QATAR, "بأمير قطر الشيخ تميم"),
      ],
     {"source": AA, "published": "2024-04-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRH")
