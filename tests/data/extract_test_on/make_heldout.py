"""Blind set ON: Palestinian politics and its mediators, 2017-2024 (second folder of OM-ON): the Beijing
Declaration of the factions (July 2024) and the Fatah-Hamas round in Beijing (April 2024), the Cairo
reconciliation agreement signed by Azzam al-Ahmad and Saleh al-Arouri under Khaled Fawzy (October 2017),
the Cairo trilateral summit of King Abdullah II, Sisi and Abbas (January 2023), Hassan Rashad's first
meetings with Hamas and Fatah after replacing Abbas Kamel (autumn 2024), the Fatah-Hamas talks in Istanbul
led by Jibril Rajoub and Saleh al-Arouri (September 2020), and Abbas's visit to Ankara after Moscow
(August 2024), as China's state agency writes it in Arabic (Xinhua-like: "بكين 23 يوليو 2024 (شينخوا)"),
an Egyptian English daily (Ahram Online-like), Jordan's state agency in Arabic (Petra-like: "(بترا)-",
«جلالة الملك»), a London-based English news site (Middle East Eye-like: "sources told Middle East Eye"),
a Jerusalem daily's site in Arabic (Al-Quds-like: "القدس دوت كوم") and a Turkish English daily (Daily
Sabah-like: "the Presidential Complex", "Türkiye").
Pieces: Wang Yi meets the heads of the Hamas and Fatah delegations, Fatah and Hamas delegations had met in
Beijing in April (Arabic, ON1); al-Ahmad and Arouri sign in Cairo in Fawzy's presence, Hamdallah had held
talks with Haniyeh and Sinwar in Gaza, Kamel replaced Fawzy (English, ON2); the three leaders meet in Cairo
with Safadi, al-Sheikh, Faraj and Kamel present (Arabic, ON3); Rashad, who replaced Kamel, hosts al-Hayya,
then receives al-Aloul; Sinwar killed by the Israeli army (English, ON4); Rajoub and Arouri head the two
delegations in Istanbul (Arabic, ON5); Erdogan receives Abbas with Fidan and Kalin present, Kurtulmus
receives Abbas, Abbas had met Putin, Erdogan had met Haniyeh (English, ON6).
Excluded on purpose (no relation): the representatives of the other factions, Katz's criticism (ON1);
Abbas's phone call to Sisi, Abbas's expected visit to Gaza (ON2); Netanyahu's expected visit to Amman (ON3);
no face-to-face Hamas-Fatah meeting, the postponed al-Hayya-al-Aloul meeting, al-Sheikh's denial, Qatar's
suspended mediation (ON4); the Rajoub-Arouri video press conference, Haniyeh's phone call to Abbas, the
planned Rajoub-Kamel meeting in Cairo (ON5); Erdogan's phone call to Abbas, Haniyeh "assassinated in
Tehran" with no agent, the planned visit to Gaza (ON6).
Judgement calls: "met A and B" in one list (ON1 Wang Yi, ON2 Hamdallah) pairs the subject with each, not
A with B; two delegations "headed by" X and Y that met are a meeting of X and Y (ON1, ON5); signing an
agreement together "in the presence of" Z is a meeting of the signatories, Z paired with both (ON2); the
attendees of the trilateral summit are paired with each of the three leaders, not with each other (ON3);
"was named ... to replace" is a succession (ON2 Kamel, ON4 Rashad); "killed by the Israeli army" gives the
IDF (ON4); the speaker who "received him in his office" met him (ON6); a deputy chairman is MEMBER_OF.
Filled in for the exercise: the sequence of the Beijing meetings and Wang Yi's words (ON1); Hamdallah's
talks and the date of Kamel's appointment in the piece's wording (ON2); the list of attendees (ON3); the
days of Rashad's meetings and the sources' wording (ON4); the names of the delegations' heads as given, the
phone call, the planned Cairo meeting (ON5); the attendees of the Ankara meeting, the Kurtulmus office
meeting (ON6).
Spellings: «وانغ يي», «موسى أبو مرزوق», «يسرائيل كاتس» (ON1); "Azzam al-Ahmed", "Saleh al-Arouri",
"Khaled Fawzy" (ON2); «عبدالله الثاني ابن الحسين», «عبدالفتاح السيسي» (ON3); "Khalil al-Hayya",
"Hassan Rashad", "Mahmoud al-Aloul" (ON4); «اللواء جبريل الرجوب», «الشيخ صالح العاروري» (ON5);
"Recep Tayyip Erdoğan", "Ibrahim Kalın", "Numan Kurtulmuş" (ON6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_on import ALL  # noqa: E402

HERE = Path(__file__).parent

PALESTINE, ISRAEL, EGYPT, TURKEY, JORDAN, RUSSIA = (
    "country:palestine", "country:israel", "country:egypt", "country:turkey", "country:jordan", "country:russia")
HAMAS, FATAH, PLO, IDF = "organization:hamas", "organization:fatah", "organization:plo", \
    "organization:israel-defense-forces"
EGI, PGI, MIT, TRFM, TRPARL, CNFM, JOFM = (
    "organization:egyptian-general-intelligence", "organization:palestinian-general-intelligence",
    "organization:turkish-national-intelligence-organization", "organization:turkish-foreign-ministry",
    "organization:turkish-parliament", "organization:chinese-foreign-ministry",
    "organization:jordanian-foreign-ministry")
ABBAS, HANIYEH, AROURI, SINWAR, HAMDALLAH, SHEIKH, AHMAD, ALOUL, FARAJ, RAJOUB = (
    "person:mahmoud-abbas", "person:ismail-haniyeh", "person:saleh-al-arouri", "person:yahya-sinwar",
    "person:rami-hamdallah", "person:hussein-al-sheikh", "person:azzam-al-ahmad", "person:mahmoud-al-aloul",
    "person:majed-faraj", "person:jibril-rajoub")
HAYYA, MARZOUK = "person:khalil-al-hayya", "person:musa-abu-marzouk"
SISI, FAWZY, KAMEL, RASHAD = ("person:abdel-fattah-el-sisi", "person:khaled-fawzy", "person:abbas-kamel",
                              "person:hassan-rashad")
ERDOGAN, KALIN, FIDAN, KURTULMUS, MBAR = (
    "person:recep-tayyip-erdogan", "person:ibrahim-kalin", "person:hakan-fidan", "person:numan-kurtulmus",
    "person:mohammed-bin-abdulrahman-al-thani")
ABDULLAH, SAFADI, WANG, KATZ, PUTIN, NETANYAHU = (
    "person:abdullah-ii", "person:ayman-safadi", "person:wang-yi", "person:israel-katz", "person:vladimir-putin",
    "person:benjamin-netanyahu")
QATAR = "country:qatar"

XINHUA = "blind set (Chinese state news agency, Arabic service, Xinhua-like)"
AHRAM = "blind set (Egyptian English-language daily site, Ahram Online-like)"
PETRA = "blind set (Jordanian state news agency, Arabic, Petra-like)"
MEE = "blind set (London-based English news site, Middle East Eye-like)"
QUDS = "blind set (Jerusalem daily's news site, Arabic, Al-Quds-like)"
SABAH = "blind set (Turkish English-language daily, Daily Sabah-like)"

ARTICLES = [
    ("arON1_beijing_declaration_xinhua", "ar",
     "الفصائل الفلسطينية توقع \"إعلان بكين\" لإنهاء الانقسام\n"
     "بكين 23 يوليو 2024 (شينخوا) وقعت 14 فصيلا فلسطينيا، بينها حركتا فتح وحماس، اليوم (الثلاثاء) في بكين "
     "\"إعلان بكين حول إنهاء الانقسام وتعزيز الوحدة الوطنية الفلسطينية\"، في ختام حوار مصالحة استضافته الصين "
     "على مدى ثلاثة أيام.\n"
     "والتقى عضو المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني وزير الخارجية وانغ يي، على هامش الحوار، "
     "رئيس وفد حركة حماس عضو مكتبها السياسي موسى أبو مرزوق، ورئيس وفد حركة فتح نائب رئيس الحركة محمود العالول.\n"
     "وقال وانغ إن المصالحة \"شأن داخلي للفصائل الفلسطينية، لكنها لا يمكن أن تتحقق دون دعم المجتمع الدولي\".\n"
     "وكان وفدان من الحركتين، ترأس أحدهما عضو اللجنة المركزية لحركة فتح عزام الأحمد والآخر أبو مرزوق، قد "
     "التقيا في بكين نهاية أبريل الماضي في جولة أولى من الحوار.\n"
     "في المقابل، انتقد وزير الخارجية الإسرائيلي يسرائيل كاتس الإعلان، وكتب على منصة إكس أن الرئيس الفلسطيني "
     "محمود عباس \"يحتضن قتلة ومغتصبي حماس\".",
     [("MET_WITH", WANG, MARZOUK, "رئيس وفد حركة حماس عضو مكتبها", "2024-07-23"),
      ("MET_WITH", WANG, ALOUL, "ورئيس وفد حركة فتح نائب", "2024-07-23"),
      ("LEADS", WANG, CNFM, "وزير الخارجية وانغ يي، على هامش"),
      ("MEMBER_OF", MARZOUK, HAMAS, "عضو مكتبها السياسي موسى أبو مرزوق"),
      ("MEMBER_OF", ALOUL, FATAH, "نائب رئيس الحركة محمود العالول"),
      ("MET_WITH", AHMAD, MARZOUK, "والآخر أبو مرزوق، قد", "2024-04-30"),
      ("MEMBER_OF", AHMAD, FATAH, "عضو اللجنة المركزية لحركة فتح عزام الأحمد"),
      ("LEADS", ABBAS, PALESTINE, "الرئيس الفلسطيني محمود عباس"),
      ],
     {"source": XINHUA, "published": "2024-07-23"}),

    ("enON2_cairo_reconciliation_ahram", "en",
     "Fatah, Hamas sign reconciliation deal in Cairo under Egyptian auspices\n"
     "Ahram Online, Thursday 12 Oct 2017\n"
     "Rival Palestinian factions Fatah and Hamas signed on Thursday a reconciliation agreement in Cairo that "
     "will see the Palestinian Authority resume full control of the Gaza Strip by 1 December, ending a "
     "decade-long split.\n"
     "The deal was signed at the headquarters of the General Intelligence Service by Fatah's chief negotiator "
     "Azzam al-Ahmed and Saleh al-Arouri, the deputy head of Hamas's political bureau, in the presence of "
     "Egyptian intelligence chief Khaled Fawzy, who sponsored two days of closed-door talks.\n"
     "Palestinian President Mahmoud Abbas phoned President Abdel-Fattah El-Sisi to thank him for Egypt's "
     "efforts, and is expected to visit Gaza within a month for the first time in a decade, Fatah officials "
     "said.\n"
     "Hamas leader Ismail Haniyeh, speaking in Gaza, said the movement was \"determined to end the division.\"\n"
     "The agreement follows a visit to Gaza last week by Palestinian Prime Minister Rami Hamdallah, who held talks "
     "with Haniyeh and the group's Gaza chief Yahya Sinwar.\n"
     "Fawzy, who was named head of the intelligence service in December 2014, was replaced by Abbas Kamel, "
     "the director of the president's office, in January 2018.",
     [("MET_WITH", AHMAD, AROURI, "Azzam al-Ahmed and Saleh al-Arouri", "2017-10-12"),
      ("MET_WITH", FAWZY, AHMAD, "in the presence of", "2017-10-12"),
      ("MET_WITH", FAWZY, AROURI, "Egyptian intelligence chief Khaled Fawzy", "2017-10-12"),
      ("MEMBER_OF", AHMAD, FATAH, "by Fatah's chief negotiator"),
      ("MEMBER_OF", AROURI, HAMAS, "the deputy head of Hamas's political bureau"),
      ("LEADS", FAWZY, EGI, "intelligence chief Khaled Fawzy, who"),
      ("LEADS", ABBAS, PALESTINE, "Palestinian President Mahmoud Abbas phoned"),
      ("LEADS", SISI, EGYPT, "President Abdel-Fattah El-Sisi to thank"),
      ("LEADS", HANIYEH, HAMAS, "Hamas leader Ismail Haniyeh, speaking"),
      ("LEADS", HAMDALLAH, PALESTINE, "Palestinian Prime Minister Rami Hamdallah"),
      ("MET_WITH", HAMDALLAH, HANIYEH, "who held talks", "2017-10-03"),
      ("MET_WITH", HAMDALLAH, SINWAR, "the group's Gaza chief Yahya Sinwar", "2017-10-03"),
      ("MEMBER_OF", SINWAR, HAMAS, "the group's Gaza chief"),
      ("SUCCESSOR_OF", KAMEL, FAWZY, "was replaced by Abbas Kamel", "2018-01-18"),
      ],
     {"source": AHRAM, "published": "2017-10-12"}),

    ("arON3_cairo_trilateral_summit_petra", "ar",
     "جلالة الملك يشارك في قمة ثلاثية أردنية مصرية فلسطينية في القاهرة\n"
     "القاهرة 17 كانون الثاني (بترا)- شارك جلالة الملك عبدالله الثاني، اليوم الثلاثاء، في قمة ثلاثية جمعت "
     "جلالته والرئيس المصري عبدالفتاح السيسي والرئيس الفلسطيني محمود عباس، في قصر الاتحادية بالقاهرة.\n"
     "وأكد القادة الثلاثة ضرورة وقف جميع الإجراءات الإسرائيلية الأحادية التي تقوّض حل الدولتين، واحترام "
     "الوضع التاريخي والقانوني القائم في القدس ومقدساتها.\n"
     "وحضر القمة نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي، وأمين سر اللجنة التنفيذية "
     "لمنظمة التحرير الفلسطينية حسين الشيخ، ورئيس جهاز المخابرات العامة الفلسطينية ماجد فرج، ورئيس المخابرات "
     "العامة المصرية اللواء عباس كامل.\n"
     "وتأتي القمة بعد أسابيع من تشكيل الحكومة الإسرائيلية الجديدة برئاسة بنيامين نتنياهو.\n"
     "ومن المتوقع أن يستقبل جلالة الملك رئيس الوزراء الإسرائيلي في عمّان خلال الأيام المقبلة، بحسب مصادر "
     "مطلعة.",
     met_group({ABDULLAH: "شارك جلالة الملك عبدالله الثاني", SISI: "والرئيس المصري عبدالفتاح السيسي",
                ABBAS: "والرئيس الفلسطيني محمود عباس، في"}, "2023-01-17") + [
      ("MET_WITH", SAFADI, ABDULLAH, "وحضر القمة نائب رئيس الوزراء", "2023-01-17"),
      ("MET_WITH", SAFADI, SISI, "وشؤون المغتربين أيمن الصفدي", "2023-01-17"),
      ("MET_WITH", SAFADI, ABBAS, "وزير الخارجية وشؤون المغتربين", "2023-01-17"),
      ("MET_WITH", SHEIKH, ABDULLAH, "وأمين سر اللجنة التنفيذية", "2023-01-17"),
      ("MET_WITH", SHEIKH, SISI, "لمنظمة التحرير الفلسطينية حسين الشيخ", "2023-01-17"),
      ("MET_WITH", SHEIKH, ABBAS, "الفلسطينية حسين الشيخ، ورئيس", "2023-01-17"),
      ("MET_WITH", FARAJ, ABDULLAH, "ورئيس جهاز المخابرات العامة الفلسطينية", "2023-01-17"),
      ("MET_WITH", FARAJ, SISI, "العامة الفلسطينية ماجد فرج", "2023-01-17"),
      ("MET_WITH", FARAJ, ABBAS, "ماجد فرج، ورئيس", "2023-01-17"),
      ("MET_WITH", KAMEL, ABDULLAH, "ورئيس المخابرات العامة المصرية", "2023-01-17"),
      ("MET_WITH", KAMEL, SISI, "المصرية اللواء عباس كامل", "2023-01-17"),
      ("MET_WITH", KAMEL, ABBAS, "اللواء عباس كامل.", "2023-01-17"),
      ("LEADS", ABDULLAH, JORDAN, "جلالة الملك عبدالله الثاني، اليوم"),
      ("LEADS", SISI, EGYPT, "الرئيس المصري عبدالفتاح"),
      ("LEADS", ABBAS, PALESTINE, "الرئيس الفلسطيني محمود"),
      ("LEADS", SAFADI, JOFM, "وزير الخارجية وشؤون المغتربين أيمن"),
      ("MEMBER_OF", SHEIKH, PLO, "اللجنة التنفيذية لمنظمة التحرير"),
      ("LEADS", FARAJ, PGI, "جهاز المخابرات العامة الفلسطينية ماجد"),
      ("LEADS", KAMEL, EGI, "المخابرات العامة المصرية اللواء"),
      ("LEADS", NETANYAHU, ISRAEL, "الإسرائيلية الجديدة برئاسة بنيامين"),
      ],
     {"source": PETRA, "published": "2023-01-17"}),

    ("enON4_rashad_hosts_hamas_fatah_mee", "en",
     "Egypt's new spy chief hosts Hamas and Fatah as Cairo pushes Gaza committee\n"
     "Egypt's new intelligence chief, Hassan Rashad, hosted a Hamas delegation led by Khalil al-Hayya in Cairo on "
     "Saturday, Egyptian and Palestinian sources told Middle East Eye, in his first meeting with the movement "
     "since taking office.\n"
     "Rashad, a career officer of the General Intelligence Service, was named by President Abdel Fattah el-Sisi "
     "in mid-October to replace Abbas Kamel, who had run the agency since 2018 and became a presidential adviser.\n"
     "Hayya has been the movement's most senior figure in Gaza's negotiating file since Yahya Sinwar was killed "
     "by the Israeli army in Rafah on 16 October.\n"
     "Rashad received a Fatah delegation led by Mahmoud al-Aloul, the movement's deputy chairman, three days "
     "later to discuss the formation of a \"community support committee\" to run the Gaza Strip after the war.\n"
     "The Hamas and Fatah delegations did not meet face to face. A meeting between Hayya and Aloul that was "
     "expected to finalise the committee's membership was postponed, and Hussein al-Sheikh, the secretary-general "
     "of the PLO Executive Committee, denied that Fatah had agreed to the plan.\n"
     "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, said earlier this month that his country "
     "had suspended its mediation until the parties showed \"seriousness\".",
     [("MET_WITH", RASHAD, HAYYA, "a Hamas delegation led by Khalil al-Hayya", "2024-11-09"),
      ("LEADS", RASHAD, EGI, "Egypt's new intelligence chief, Hassan Rashad"),
      ("MEMBER_OF", HAYYA, HAMAS, "a Hamas delegation led by"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "in mid-October to replace Abbas Kamel", "2024-10-16"),
      ("LEADS", SISI, EGYPT, "by President Abdel Fattah el-Sisi"),
      ("ASSASSINATED_BY", SINWAR, IDF, "was killed by the Israeli army in Rafah", "2024-10-16"),
      ("MET_WITH", RASHAD, ALOUL, "Rashad received a Fatah delegation", "2024-11-12"),
      ("MEMBER_OF", ALOUL, FATAH, "the movement's deputy chairman, three days"),
      ("MEMBER_OF", SHEIKH, PLO, "of the PLO Executive Committee, denied"),
      ("LEADS", MBAR, QATAR, "Qatar's prime minister, Sheikh Mohammed"),
      ],
     {"source": MEE, "published": "2024-11-13"}),

    ("arON5_rajoub_arouri_istanbul_quds", "ar",
     "الرجوب والعاروري يختتمان حوارات إسطنبول: توافق على إجراء الانتخابات العامة\n"
     "إسطنبول - القدس دوت كوم\n"
     "اختتم وفدا حركتي \"فتح\" و\"حماس\"، مساء الخميس، حوارات استمرت يومين في مقر القنصلية الفلسطينية العامة "
     "في إسطنبول، ترأس وفد \"فتح\" فيها أمين سر لجنتها المركزية اللواء جبريل الرجوب، فيما ترأس وفد \"حماس\" "
     "نائب رئيس مكتبها السياسي الشيخ صالح العاروري.\n"
     "وأكد الجانبان، في بيان مشترك، التوافق على رؤية تقوم على إجراء انتخابات تشريعية ثم رئاسية ثم للمجلس "
     "الوطني، على أن تُعرض على اجتماع الأمناء العامين للفصائل.\n"
     "وكان الرجوب والعاروري قد عقدا في الثاني من تموز مؤتمراً صحفياً مشتركاً عبر تقنية الفيديو، الأول من رام الله "
     "والثاني من بيروت، أعلنا فيه توحيد الجهود في مواجهة خطة الضم الإسرائيلية.\n"
     "وعقب انتهاء الحوارات، أجرى رئيس المكتب السياسي لحركة حماس إسماعيل هنية اتصالاً هاتفياً بالرئيس محمود "
     "عباس، وضعه خلاله في صورة ما جرى التوافق عليه.\n"
     "ومن المقرر أن يتوجه الرجوب إلى القاهرة الأسبوع المقبل للقاء رئيس المخابرات العامة المصرية عباس كامل، "
     "وفق ما أفادت مصادر فتحاوية.",
     [("MET_WITH", RAJOUB, AROURI, "فيما ترأس وفد \"حماس\"", "2020-09-24"),
      ("MEMBER_OF", RAJOUB, FATAH, "أمين سر لجنتها المركزية اللواء"),
      ("MEMBER_OF", AROURI, HAMAS, "نائب رئيس مكتبها السياسي الشيخ"),
      ("LEADS", HANIYEH, HAMAS, "رئيس المكتب السياسي لحركة حماس إسماعيل"),
      ("LEADS", KAMEL, EGI, "رئيس المخابرات العامة المصرية عباس"),
      ],
     {"source": QUDS, "published": "2020-09-24"}),

    ("enON6_erdogan_hosts_abbas_sabah", "en",
     "President Erdoğan hosts Palestinian President Abbas at Presidential Complex\n"
     "ANKARA - President Recep Tayyip Erdoğan received Palestinian President Mahmoud Abbas at the Presidential "
     "Complex in Ankara on Wednesday, the Communications Directorate said.\n"
     "Foreign Minister Hakan Fidan and National Intelligence Organization (MIT) chief Ibrahim Kalın were also "
     "present at the closed-door meeting, in which the two leaders discussed Israel's attacks on Gaza and efforts "
     "to secure a cease-fire.\n"
     "On Thursday, Abbas addressed an extraordinary session of the Grand National Assembly of Türkiye at the "
     "invitation of Parliament Speaker Numan Kurtulmuş, who received him in his office before the session.\n"
     "In his speech, the Palestinian leader said he had decided to go to Gaza with the members of the Palestinian "
     "leadership, and paid tribute to Hamas political bureau chief Ismail Haniyeh, who was assassinated in Tehran "
     "two weeks earlier.\n"
     "Erdoğan, who spoke with Abbas by phone after Haniyeh's killing, had hosted the Hamas leader at Istanbul's "
     "Dolmabahçe Office in April.\n"
     "Abbas arrived in Ankara from Moscow, where he met Russian President Vladimir Putin on Tuesday.",
     [("MET_WITH", ERDOGAN, ABBAS, "received Palestinian President Mahmoud Abbas", "2024-08-14"),
      ("MET_WITH", FIDAN, ERDOGAN, "Foreign Minister Hakan Fidan and", "2024-08-14"),
      ("MET_WITH", FIDAN, ABBAS, "were also present at the closed-door", "2024-08-14"),
      ("MET_WITH", KALIN, ERDOGAN, "(MIT) chief Ibrahim Kalın", "2024-08-14"),
      ("MET_WITH", KALIN, ABBAS, "National Intelligence Organization (MIT)", "2024-08-14"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdoğan received"),
      ("LEADS", ABBAS, PALESTINE, "Palestinian President Mahmoud Abbas at"),
      ("LEADS", FIDAN, TRFM, "Foreign Minister Hakan Fidan"),
      ("LEADS", KALIN, MIT, "chief Ibrahim Kalın were"),
      ("LEADS", KURTULMUS, TRPARL, "Parliament Speaker Numan Kurtulmuş"),
      ("MET_WITH", KURTULMUS, ABBAS, "who received him in his office", "2024-08-15"),
      ("LEADS", HANIYEH, HAMAS, "Hamas political bureau chief Ismail Haniyeh"),
      ("MET_WITH", ERDOGAN, HANIYEH, "had hosted the Hamas leader", "2024-04-20"),
      ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin"),
      ("MET_WITH", ABBAS, PUTIN, "where he met Russian President", "2024-08-13"),
      ],
     {"source": SABAH, "published": "2024-08-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setON")
