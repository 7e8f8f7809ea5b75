"""Blind set PP: Iran's regional diplomacy and the shadow war 2020-2024 (second folder of PO-PP): Khamenei's
charging Mohammad Mokhber with the presidency after Ebrahim Raisi's helicopter crash (May 2024), the killing of
Ismail Haniyeh in Tehran hours after the killing of Fuad Shukr in Beirut (July 2024), Hamas's choice of Yahya
Sinwar to succeed Haniyeh (August 2024), the Israeli strike that killed Hassan Nasrallah in Beirut (September
2024), Hezbollah's election of Naim Qassem to succeed him (October 2024), and Raisi's reception by Mohammed bin
Salman at the Riyadh summit on Gaza (November 2023), as Iran's state agency writes it in Arabic (IRNA-like:
"طهران - إرنا"، "قائد الثورة الإسلامية سماحة آية الله"), a French wire in English (AFP-like: "TEHRAN, July
31 (AFP) -"), a Saudi-owned pan-Arab daily in Arabic (Asharq Al-Awsat-like: "غزة - لندن: «الشرق الأوسط»"), an
Israeli news agency in English (TPS/JNS-like: "eliminated", "the terror group"), a Hezbollah TV site in Arabic
(Al-Manar-like: "سماحة الشيخ"، "سيد شهداء الأمة"، "غارات صهيونية") and a Saudi English daily (Arab
News-like: "RIYADH:", "the Kingdom", "the Saudi Press Agency reported").
Pieces: Khamenei charges Mokhber with the presidency in succession to Raisi, killed with Amir-Abdollahian in
the crash after meeting Aliyev; Bagheri Kani in charge of the foreign ministry (Arabic, PP1); Haniyeh killed in
Tehran after meeting Khamenei and Pezeshkian, the Israeli military says it killed Shukr (English, PP2); Hamas
chooses Sinwar to succeed Haniyeh, the Qatari prime minister receives a delegation headed by al-Hayya (Arabic,
PP3); the IDF kills Nasrallah, Karaki and (in the same strike) Nilforoushan; Nasrallah had succeeded
al-Musawi, killed in an Israeli helicopter strike (English, PP4); Qassem elected to succeed Nasrallah, killed
with Safieddine in Zionist raids; Ghalibaf had met Berri and Mikati (Arabic, PP5); Mohammed bin Salman receives
Raisi with the two foreign ministers present, Raisi meets Sisi, Khamenei had received Haniyeh (English, PP6).
Excluded on purpose (no relation): the crash (no agent, the armed forces found no trace of fire), Putin's and
others' condolence calls to Mokhber (PP1); Haniyeh's killing "in a treacherous Zionist raid" as Hamas says it
and Israel's silence (an accusation), Khamenei and Pezeshkian (separate meetings with Haniyeh, not with each
other), Saleh al-Arouri "killed in a drone strike" (no agent), Mashal "seen as a possible successor" (PP2);
Haniyeh "اغتيل في طهران" (no agent), the Hamas and Tehran accusation against Israel, Mashal and al-Hayya
"could succeed him", Nasrallah's message of congratulation, Abbas Kamel's planned arrival (PP3); Netanyahu
who "approved the operation" (the killing is the IDF's; not "ordered"), Safieddine "seen as the likely heir",
Khamenei moved to a secure location (PP4); Araghchi's congratulation call, the meeting between Ghalibaf and the
party's leadership called off, Berri with Mikati (one list, separate meetings) (PP5); the crown prince's phone
call to Raisi in October, Erdogan and Assad who addressed the summit (PP6).
Judgement calls: "كلّف ... مخبر بتولي رئاسة السلطة التنفيذية ... خلفاً للرئيس الشهيد" is a succession, acting
or not (PP1); "كلّف ... باقري كني بتولي مهام وزير الخارجية بالوكالة" after the minister's death in the crash
is a succession in the same post (PP1); "the Israeli military said it had killed" is a claim -> the IDF (PP2);
"Also eliminated in Friday evening's strike ... the military said" -> the IDF (PP4, Karaki); Nilforoushan
"among those killed" in the strike the text gives to the IDF -> the IDF (PP4); "killed in an Israeli
helicopter strike" -> country:israel (PP4, as NK5's "Israeli bombs"); "في غارات صهيونية" in the outlet's own
voice -> country:israel (PP5, Nasrallah and Safieddine); "استقبل ... وفداً من الحركة برئاسة الحية، وبحث معه"
-> al-Hayya met (PP3); "X attended the meeting" with two attendees: each with both principals and with each
other (PP6, as most dev gold); "held talks with" is a meeting (PP6 Sisi); a prime minister LEADS the country.
Filled in for the exercise: the condolence calls (PP1); the bodyguard, the wording of Pezeshkian's and
Khamenei's statements (PP2); the reception of the Hamas delegation in Doha the day before, Kamel's planned
arrival, the wording of the Hamas statement (PP3); the TPS dateline (PP4); Araghchi's call, the cancelled
meeting with the party's leadership (PP5); the presence of the two foreign ministers (PP6).
Spellings: «آية الله السيد علي الخامنئي»، «إبراهيم رئيسي»، «حسين أمير عبداللهيان»، «علي باقري كني»،
«إلهام علييف» (PP1); "Ismail Haniyeh", "Fuad Shukr", "Masoud Pezeshkian", "Khaled Meshaal" (PP2); «يحيى
السنوار»، «إسماعيل هنية»، «خليل الحية»، «حسن نصرالله» (PP3); "Hassan Nasrallah", "Ali Karaki", "Abbas
Nilforoushan", "Abbas Moussawi" (PP4); «الشيخ نعيم قاسم»، «السيد حسن نصر الله»، «هاشم صفي الدين»،
«محمد باقر قاليباف» (PP5); "Ebrahim Raisi", "Mohammed bin Salman", "Hossein Amir-Abdollahian", "Abdel Fattah
El-Sisi", "Ismail Haniyeh" (PP6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pp import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, LEBANON, SAUDI, QATAR, EGYPT, TURKEY, SYRIA, AZERBAIJAN, RUSSIA, PALESTINE = (
    "country:iran", "country:israel", "country:lebanon", "country:saudi-arabia", "country:qatar",
    "country:egypt", "country:turkey", "country:syria", "country:azerbaijan", "country:russia",
    "country:palestine")
EAZ = "location:east-azerbaijan"
IRFM, SAFM, IRPARL, LEBPARL, IRGC = (
    "organization:iranian-foreign-ministry", "organization:saudi-foreign-ministry",
    "organization:iranian-parliament", "organization:lebanese-parliament", "organization:irgc")
HEZ, HEZEC, HAMAS, IDF = ("organization:hezbollah", "organization:hezbollah-executive-council",
                          "organization:hamas", "organization:israel-defense-forces")
KHAMENEI, RAISI, MOKHBER, PEZESHKIAN, AMIR, BAGHERI, ARAGHCHI, GHALIBAF = (
    "person:ali-khamenei", "person:ebrahim-raisi", "person:mohammad-mokhber", "person:masoud-pezeshkian",
    "person:hossein-amir-abdollahian", "person:ali-bagheri-kani", "person:abbas-araghchi",
    "person:mohammad-bagher-ghalibaf")
RAHMATI, ALEHASHEM, NILFOROUSHAN = ("person:malek-rahmati", "person:mohammad-ali-al-e-hashem",
                                    "person:abbas-nilforoushan")
NASRALLAH, QASSEM, SAFIEDDINE, MUSAWI, KARAKI, SHUKR, BERRI, MIKATI = (
    "person:hassan-nasrallah", "person:naim-qassem", "person:hashem-safieddine", "person:abbas-al-musawi",
    "person:ali-karaki", "person:fuad-shukr", "person:nabih-berri", "person:najib-mikati")
HANIYEH, SINWAR, HAYYA, MASHAL, AROURI, ABBAS = (
    "person:ismail-haniyeh", "person:yahya-sinwar", "person:khalil-al-hayya", "person:khaled-mashal",
    "person:saleh-al-arouri", "person:mahmoud-abbas")
MBS, FBF, MBAR, SISI, ERDOGAN, ASSAD, ALIYEV, PUTIN = (
    "person:mohammed-bin-salman", "person:faisal-bin-farhan", "person:mohammed-bin-abdulrahman-al-thani",
    "person:abdel-fattah-el-sisi", "person:recep-tayyip-erdogan", "person:bashar-al-assad",
    "person:ilham-aliyev", "person:vladimir-putin")
NETANYAHU, HAGARI = "person:benjamin-netanyahu", "person:daniel-hagari"

IRNA = "blind set (Iranian state news agency, Arabic service, IRNA-like)"
AFP = "blind set (French news wire, English, AFP-like)"
AWSAT = "blind set (Saudi-owned pan-Arab daily, Arabic, Asharq Al-Awsat-like)"
TPS = "blind set (Israeli news agency, English, TPS/JNS-like)"
MANAR = "blind set (Hezbollah TV news site, Arabic, Al-Manar-like)"
ARABNEWS = "blind set (Saudi English-language daily, Arab News-like)"

ARTICLES = [
    ("arPP1_mokhber_acting_president_irna", "ar",
     "قائد الثورة يكلّف مخبر بإدارة السلطة التنفيذية بعد استشهاد الرئيس رئيسي\n"
     "طهران - إرنا\n"
     "كلّف قائد الثورة الإسلامية سماحة آية الله السيد علي الخامنئي، اليوم الاثنين، النائب الأول لرئيس "
     "الجمهورية محمد مخبر بتولي رئاسة السلطة التنفيذية، وفقاً للمادة 131 من الدستور، خلفاً للرئيس الشهيد آية "
     "الله السيد إبراهيم رئيسي، على أن يُعدّ لإجراء انتخابات رئاسية خلال خمسين يوماً كحد أقصى.\n"
     "واستشهد رئيسي ووزير الخارجية حسين أمير عبداللهيان ومرافقوهما إثر سقوط المروحية التي كانت تقلهم في منطقة "
     "ورزقان الجبلية، مساء الأحد، أثناء عودتهم من مراسم افتتاح سد «قيز قلعه سي» على الحدود، حيث التقى رئيسي "
     "نظيره الأذربيجاني إلهام علييف.\n"
     "وكان على متن المروحية أيضاً محافظ أذربيجان الشرقية مالك رحمتي، وممثل الولي الفقيه في المحافظة وإمام جمعة "
     "تبريز آية الله محمد علي آل هاشم.\n"
     "وفي سياق متصل، كلّف مجلس الوزراء في جلسة استثنائية المساعد السياسي لوزير الخارجية علي باقري كني بتولي "
     "مهام وزير الخارجية بالوكالة.\n"
     "وأعلنت هيئة الأركان العامة للقوات المسلحة أن فرق الإنقاذ عثرت على الحطام فجر الاثنين، وأنه لم يُرصد أي أثر "
     "لإطلاق نار على المروحية.\n"
     "وتلقى مخبر اتصالات هاتفية من عدد من قادة الدول، بينهم الرئيس الروسي فلاديمير بوتين، قدّموا خلالها التعازي.",
     [("SUCCESSOR_OF", MOKHBER, RAISI, "خلفاً للرئيس الشهيد", "2024-05-20"),
      ("LEADS", KHAMENEI, IRAN, "قائد الثورة الإسلامية سماحة آية الله"),
      ("LEADS", RAISI, IRAN, "للرئيس الشهيد آية"),
      ("MET_WITH", RAISI, ALIYEV, "حيث التقى رئيسي", "2024-05-19"),
      ("LEADS", ALIYEV, AZERBAIJAN, "نظيره الأذربيجاني إلهام"),
      ("LEADS", AMIR, IRFM, "ووزير الخارجية حسين أمير عبداللهيان"),
      ("LEADS", RAHMATI, EAZ, "محافظ أذربيجان الشرقية مالك"),
      ("SUCCESSOR_OF", BAGHERI, AMIR, "مهام وزير الخارجية بالوكالة",
       "2024-05-20"),
      ("LEADS", PUTIN, RUSSIA, "الرئيس الروسي فلاديمير"),
      ],
     {"source": IRNA, "published": "2024-05-20"}),

    ("enPP2_haniyeh_killed_tehran_afp", "en",
     "Hamas political chief Haniyeh killed in Tehran, group says\n"
     "TEHRAN, July 31 (AFP) - Hamas's political leader Ismail Haniyeh was killed in a strike on his residence in "
     "Tehran early Wednesday, hours after attending the inauguration of Iran's new president, the Palestinian "
     "group and Iran's Revolutionary Guards said.\n"
     "Hamas said Haniyeh had been killed \"in a treacherous Zionist raid\", blaming Israel, which did not comment. "
     "One of his bodyguards was also killed. The Guards said the attack was under investigation.\n"
     "Haniyeh, 62, had met Supreme Leader Ayatollah Ali Khamenei and the newly sworn-in President Masoud "
     "Pezeshkian on Tuesday. Khamenei said it was Iran's \"duty\" to avenge his death.\n"
     "The killing came hours after the Israeli military said it had killed Fuad Shukr, Hezbollah's top military "
     "commander, in a strike on Beirut's southern suburbs, in retaliation for a rocket attack on the Israeli-annexed "
     "Golan Heights that killed 12 children.\n"
     "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani, whose country hosts Hamas's political "
     "office and mediates in Gaza truce talks, asked on X: \"How can mediation succeed when one party assassinates "
     "the negotiator on the other side?\"\n"
     "Palestinian president Mahmoud Abbas condemned the killing. Haniyeh's deputy Saleh al-Arouri was killed in "
     "January in a drone strike in Beirut.\n"
     "Khaled Meshaal, a former leader who lives in Doha, was seen as a possible successor.",
     [("LEADS", HANIYEH, HAMAS, "Hamas's political leader Ismail Haniyeh"),
      ("MET_WITH", HANIYEH, KHAMENEI, "had met Supreme Leader", "2024-07-30"),
      ("MET_WITH", HANIYEH, PEZESHKIAN, "the newly sworn-in President", "2024-07-30"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali"),
      ("LEADS", PEZESHKIAN, IRAN, "newly sworn-in President Masoud"),
      ("ASSASSINATED_BY", SHUKR, IDF, "the Israeli military said it had killed Fuad Shukr", "2024-07-30"),
      ("MEMBER_OF", SHUKR, HEZ, "Hezbollah's top military"),
      ("LEADS", MBAR, QATAR, "Qatar's Prime Minister Sheikh"),
      ("LEADS", ABBAS, PALESTINE, "Palestinian president Mahmoud Abbas"),
      ],
     {"source": AFP, "published": "2024-07-31"}),

    ("arPP3_hamas_picks_sinwar_awsat", "ar",
     "«حماس» تختار السنوار خلفاً لهنية... ورسالة تحدٍّ لإسرائيل\n"
     "غزة - لندن: «الشرق الأوسط»\n"
     "أعلنت حركة «حماس»، مساء الثلاثاء، اختيار قائدها في قطاع غزة يحيى السنوار رئيساً لمكتبها السياسي، خلفاً "
     "لإسماعيل هنية الذي اغتيل في طهران الأسبوع الماضي.\n"
     "وقالت الحركة في بيان مقتضب إن القرار جاء بعد «مشاورات معمقة وواسعة» في مؤسساتها القيادية.\n"
     "وكانت مصادر في الحركة قد رجّحت أن يخلف هنيةَ رئيسُ الحركة في الخارج خالد مشعل، أو نائبه في غزة خليل "
     "الحية، قبل أن تحسم الهيئات القيادية الأمر لمصلحة السنوار.\n"
     "ويُعد السنوار، المتواري عن الأنظار منذ هجوم السابع من أكتوبر، العقل المدبر للهجوم بحسب إسرائيل، وقد توعد "
     "وزير الخارجية الإسرائيلي يسرائيل كاتس بـ«تصفيته سريعاً».\n"
     "وحمّلت «حماس» وطهران إسرائيلَ مسؤولية اغتيال هنية، فيما لم تعلن تل أبيب مسؤوليتها عن العملية.\n"
     "وفي الدوحة، استقبل رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، أمس، وفداً "
     "من الحركة برئاسة الحية، وبحث معه مستجدات مفاوضات وقف إطلاق النار في غزة.\n"
     "وهنأ الأمين العام لـ«حزب الله» حسن نصرالله السنوار في رسالة، فيما يُنتظر أن يصل وفد أمني مصري إلى الدوحة "
     "خلال أيام.",
     [("SUCCESSOR_OF", SINWAR, HANIYEH, "لإسماعيل هنية الذي",
       "2024-08-06"),
      ("LEADS", SINWAR, HAMAS, "رئيساً لمكتبها السياسي"),
      ("MET_WITH", MBAR, HAYYA, "من الحركة برئاسة الحية",
       "2024-08-06"),
      ("LEADS", MBAR, QATAR, "رئيس مجلس الوزراء وزير الخارجية القطري"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لـ«حزب الله» حسن"),
      ],
     {"source": AWSAT, "published": "2024-08-07"}),

    ("enPP4_idf_eliminates_nasrallah_tps", "en",
     "IDF confirms Hezbollah chief Hassan Nasrallah eliminated in Beirut strike\n"
     "JERUSALEM, Sept. 28, 2024 (TPS) — The Israel Defense Forces announced on Saturday that it had killed "
     "Hezbollah Secretary-General Hassan Nasrallah in a precision strike on the terror group's central "
     "headquarters, buried beneath residential buildings in the Dahiyeh quarter of Beirut.\n"
     "\"Hassan Nasrallah will no longer be able to terrorize the world,\" IDF spokesman Rear Adm. Daniel Hagari "
     "said.\n"
     "Also eliminated in Friday evening's strike was Ali Karaki, commander of Hezbollah's Southern Front, along "
     "with several other senior commanders, the military said. Iranian state media later confirmed that Brig. "
     "Gen. Abbas Nilforoushan, a deputy commander of the Islamic Revolutionary Guard Corps, was among those "
     "killed.\n"
     "Prime Minister Benjamin Netanyahu, who approved the operation from his hotel in New York shortly after "
     "addressing the UN General Assembly, cut short his visit.\n"
     "Hezbollah confirmed Nasrallah's death but did not name a successor. Hashem Safieddine, who heads the group's "
     "Executive Council and is Nasrallah's cousin, is widely seen as the likely heir.\n"
     "Nasrallah had led the organization since 1992, when he succeeded Abbas Moussawi, who was killed in an "
     "Israeli helicopter strike in southern Lebanon.\n"
     "Iran's Supreme Leader Ali Khamenei was moved to a secure location inside the country, Reuters reported.",
     [("ASSASSINATED_BY", NASRALLAH, IDF, "announced on Saturday that it had killed", "2024-09-27"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah Secretary-General Hassan Nasrallah"),
      ("MEMBER_OF", HAGARI, IDF, "IDF spokesman Rear Adm"),
      ("ASSASSINATED_BY", KARAKI, IDF, "Also eliminated in Friday evening's strike", "2024-09-27"),
      ("MEMBER_OF", KARAKI, HEZ, "commander of Hezbollah's Southern Front"),
      ("ASSASSINATED_BY", NILFOROUSHAN, IDF, "was among those", "2024-09-27"),
      ("MEMBER_OF", NILFOROUSHAN, IRGC, "a deputy commander of the Islamic Revolutionary Guard Corps"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu"),
      ("LEADS", SAFIEDDINE, HEZEC, "who heads the group's"),
      ("SUCCESSOR_OF", NASRALLAH, MUSAWI, "when he succeeded Abbas Moussawi", "1992-02-16"),
      ("ASSASSINATED_BY", MUSAWI, ISRAEL, "killed in an Israeli helicopter strike", "1992-02-16"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ali Khamenei was moved"),
      ],
     {"source": TPS, "published": "2024-09-28"}),

    ("arPP5_qassem_elected_manar", "ar",
     "شورى حزب الله تنتخب سماحة الشيخ نعيم قاسم أميناً عاماً\n"
     "المنار\n"
     "أعلن حزب الله في بيان، اليوم الثلاثاء، أن مجلس شورى الحزب توافق على انتخاب سماحة الشيخ نعيم قاسم أميناً "
     "عاماً لحزب الله، حاملاً للراية المباركة ولهذه المسيرة، خلفاً لسماحة الأمين العام سيد شهداء الأمة السيد حسن "
     "نصر الله رضوان الله عليه.\n"
     "واستشهد السيد نصر الله في السابع والعشرين من أيلول الماضي في غارات صهيونية غادرة استهدفت حارة حريك في "
     "الضاحية الجنوبية لبيروت.\n"
     "وكان الشيخ قاسم يشغل منصب نائب الأمين العام منذ عام 1991، وتولى إدارة شؤون الحزب منذ استشهاد السيد نصر "
     "الله ورئيس المجلس التنفيذي السيد هاشم صفي الدين، الذي استشهد بدوره في غارة صهيونية على الضاحية مطلع تشرين "
     "الأول.\n"
     "ووجّه الحزب في بيانه التحية إلى أرواح الشهداء وإلى المجاهدين في الميدان.\n"
     "من جهته، هنأ وزير الخارجية الإيراني عباس عراقجي الشيخ قاسم في اتصال هاتفي بانتخابه.\n"
     "وكان رئيس مجلس الشورى الإسلامي في إيران محمد باقر قاليباف قد زار بيروت منتصف الشهر الجاري، والتقى رئيس "
     "مجلس النواب نبيه بري ورئيس حكومة تصريف الأعمال نجيب ميقاتي، فيما أُلغي لقاء كان مقرراً بينه وبين قيادة "
     "الحزب لأسباب أمنية.",
     [("SUCCESSOR_OF", QASSEM, NASRALLAH, "خلفاً لسماحة الأمين العام", "2024-10-29"),
      ("LEADS", QASSEM, HEZ, "عاماً لحزب الله، حاملاً"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "في غارات صهيونية غادرة", "2024-09-27"),
      ("ASSASSINATED_BY", SAFIEDDINE, ISRAEL, "الذي استشهد بدوره في غارة صهيونية", "2024-10-03"),
      ("LEADS", SAFIEDDINE, HEZEC, "ورئيس المجلس التنفيذي السيد"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس"),
      ("LEADS", GHALIBAF, IRPARL, "رئيس مجلس الشورى الإسلامي في إيران"),
      ("MET_WITH", GHALIBAF, BERRI, "مجلس النواب نبيه بري",
       "2024-10-12"),
      ("MET_WITH", GHALIBAF, MIKATI, "ورئيس حكومة تصريف الأعمال نجيب ميقاتي", "2024-10-12"),
      ("LEADS", BERRI, LEBPARL, "والتقى رئيس"),
      ("LEADS", MIKATI, LEBANON, "حكومة تصريف الأعمال نجيب"),
      ],
     {"source": MANAR, "published": "2024-10-29"}),

    ("enPP6_mbs_receives_raisi_arabnews", "en",
     "Saudi crown prince receives Iranian president on sidelines of Riyadh summit\n"
     "RIYADH: Crown Prince Mohammed bin Salman, the Saudi prime minister, received Iranian President Ebrahim Raisi "
     "on Saturday on the sidelines of the joint Arab-Islamic extraordinary summit on Gaza, the Saudi Press Agency "
     "reported.\n"
     "During the meeting, the two sides reviewed relations between the Kingdom and Iran and discussed the "
     "situation in the Gaza Strip and its surroundings.\n"
     "Foreign Minister Prince Faisal bin Farhan and Iranian Foreign Minister Hossein Amir-Abdollahian attended "
     "the meeting.\n"
     "It was Raisi's first trip to Saudi Arabia since the two countries restored ties in March under a "
     "China-brokered deal. The crown prince and Raisi had discussed the war in Gaza by phone in October, their "
     "first call since the agreement.\n"
     "Later in the day, Raisi held talks with Egyptian President Abdel Fattah El-Sisi, the first meeting between "
     "the two countries' leaders in more than a decade, Iranian state media said.\n"
     "Turkish President Recep Tayyip Erdogan and Syrian President Bashar Assad also addressed the summit, which "
     "demanded an immediate halt to Israel's military operations in Gaza.\n"
     "Last week, Iran's Supreme Leader Ayatollah Ali Khamenei received Hamas political bureau chief Ismail "
     "Haniyeh in Tehran, Iranian media reported.",
     met_group({MBS: "Crown Prince Mohammed bin Salman, the Saudi", RAISI: "received Iranian President Ebrahim",
                FBF: "Foreign Minister Prince Faisal", AMIR: "Iranian Foreign Minister Hossein"}, "2023-11-11") + [
      ("LEADS", MBS, SAUDI, "the Saudi prime minister"),
      ("LEADS", RAISI, IRAN, "Iranian President Ebrahim Raisi"),
      ("LEADS", FBF, SAFM, "Foreign Minister Prince Faisal bin"),
      ("LEADS", AMIR, IRFM, "Foreign Minister Hossein Amir-Abdollahian"),
      ("MET_WITH", RAISI, SISI, "Raisi held talks with", "2023-11-11"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep"),
      ("LEADS", ASSAD, SYRIA, "Syrian President Bashar"),
      ("MET_WITH", KHAMENEI, HANIYEH, "Ali Khamenei received Hamas", "2023-11-01"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("LEADS", HANIYEH, HAMAS, "Hamas political bureau chief"),
      ],
     {"source": ARABNEWS, "published": "2023-11-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPP")
