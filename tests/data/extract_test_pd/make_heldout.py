"""Blind set PD: Lebanon and Palestine 2004-2012 (second folder of PC-PD): the Israeli killing of Abdel Aziz
al-Rantisi, who had succeeded Sheikh Ahmed Yassin (April 2004), Ismail Haniyeh's tour to Damascus and
Tehran as Hamas's prime minister (December 2006), Saad Hariri's first visit to Bashar al-Assad in Damascus
after forming his government (December 2009), Condoleezza Rice's visit to Beirut during the 2006 war (July
2006), Omar Suleiman's reception of a Hamas delegation headed by Khaled Meshaal in Cairo (June 2009), and
Haniyeh's visit to Tehran for the anniversary of the revolution (February 2012), as Hamas's outlet writes it
in Arabic (Palestinian Information Center-like: "اغتالت طائرات الاحتلال الصهيوني", "الشهيد القائد"), a US
wire in English (AP-like: "TEHRAN, Iran (AP) -", "hard-line President"), a Beirut daily in Arabic
(al-Akhbar-like: "خلوة", "قصر الشعب", "مصادر مطلعة"), a Lebanese news site in English (Naharnet-like:
"Hizbullah", "Saniora", "the Grand Serail"), an Egyptian state daily in Arabic (al-Ahram-like: "الوزير عمر
سليمان", "وصرح مصدر مصري مسؤول") and an Iranian state TV site in English (Press TV-like: "Leader of the
Islamic Revolution Ayatollah Seyyed Ali Khamenei", "the Zionist regime").
Pieces: Israel kills Rantisi, who had succeeded Yassin, whom Israel killed; Zahar receives an Islamic Jihad
delegation headed by Nafez Azzam at the condolence house (Arabic, PD1); Haniyeh meets Khamenei, then
Ahmadinejad with Ghazi Hamad taking part, had met Meshaal and Assad in Damascus (English, PD2); Assad
receives Saad Hariri, who succeeded Siniora, a wider meeting in the presence of Muallem, Shaaban and Nader
Hariri (Arabic, PD3); Rice, accompanied by Welch, meets Siniora with Feltman present, then Berri (English,
PD4); Omar Suleiman receives the Hamas delegation headed by Meshaal with Abu Marzouk, Zahar and Nasr,
Meshaal had met Amr Moussa (Arabic, PD5); Khamenei receives Haniyeh, Rahimi welcomes him at the airport,
Haniyeh meets Larijani in Osama Hamdan's presence (English, PD6).
Excluded on purpose (no relation): Qurei's condolence call to Zahar, Rantisi's survival of an attempt last
June, Hamas's unnamed new leader (PD1); the meeting with Qatar's emir called off, Abbas's threat of early
elections (PD2); the accusation that Damascus was behind Rafik Hariri's assassination, Syria's denials,
Jumblatt's postponed meeting with Hariri (PD3); Rice's planned meeting with Olmert, Lahoud and Hizbullah not
met, Chirac's call to Siniora, the capture of the two soldiers (PD4); the Fatah delegation Suleiman will
receive next week, Abbas's call to Mubarak, the denied meeting with George Mitchell (PD5); Haniyeh's
scheduled meeting with Ahmadinejad, Haniyeh and Abu Marzouk "touted as possible successors" to Meshaal,
Ahmadi Roshan's killing blamed on Israel (an accusation) (PD6).
Judgement calls: "اغتيال الاحتلال لمؤسس الحركة" gives Yassin -> Israel (PD1); "الذي خلفه الرنتيسي" is a
succession (PD1); a delegation "headed by" X: X is met, the members each with the host only (PD1, PD5);
"X met A and B" in Damascus: X with each, A and B not with each other (PD2); a named aide who "took part in
the meeting" is an attendee, paired with both principals (PD2 Ghazi Hamad with Haniyeh and Ahmadinejad);
the attendees of one list «بحضور A وB وC» are paired with both principals and with each other, since they
sat in the same meeting (PD3); "accompanied by" is a delegation member, paired with the host only, while
"was also present" is an attendee, paired with both principals (PD4); the government "خلفاً لحكومة الرئيس
فؤاد السنيورة" is a succession of the two premiers (PD3); a welcome at the airport is a meeting (PD6); a
prime minister LEADS the country (Hariri, Siniora, Haniyeh "Palestinian Prime Minister" as the outlets
write it).
Filled in for the exercise: the Islamic Jihad delegation at the condolence house and Qurei's call (PD1);
the day of each meeting, Ghazi Hamad's part, the called-off Doha stop (PD2); the wider meeting's
attendees, the postponed Jumblatt meeting (PD3); Welch and Feltman at the Serail, Chirac's call (PD4); the
date of the Cairo meeting, the delegation's members, the meeting with Moussa, the Mitchell denial (PD5);
Osama Hamdan's presence, Rahimi at the airport (PD6).
Spellings: «الدكتور عبد العزيز الرنتيسي»، «الشيخ المجاهد أحمد ياسين» (PD1); "Khaled Mashaal", "Bashar Assad"
(PD2); «الرئيس بشار الأسد»، «بثينة شعبان» (PD3); "Fouad Saniora", "Hizbullah", "Nabih Berri" (PD4); «خالد
مشعل»، «الدكتور موسى أبو مرزوق» (PD5); "Ismail Haniyyeh", "Seyyed Ali Khamenei" (PD6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_pd import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, PALESTINE, SYRIA, IRAN, EGYPT = (
    "country:lebanon", "country:israel", "country:palestine", "country:syria", "country:iran", "country:egypt")
BEIRUT, DAMASCUS, TEHRAN = "location:beirut", "location:damascus", "location:tehran"
HAMAS, QASSAM, FATAH, PARL, ARAB_LEAGUE, EGIS, HEZ = (
    "organization:hamas", "organization:al-qassam-brigades", "organization:fatah", "organization:lebanese-parliament",
    "organization:arab-league", "organization:egyptian-general-intelligence", "organization:hezbollah")
YASSIN, RANTISI, MASHAL, ZAHAR, AZZAM, HANIYEH, HAMAD, ABUMARZOUK, NASR, HAMDAN, ABBAS = (
    "person:ahmed-yassin", "person:abdel-aziz-al-rantisi", "person:khaled-mashal", "person:mahmoud-al-zahar",
    "person:nafez-azzam", "person:ismail-haniyeh", "person:ghazi-hamad", "person:musa-abu-marzouk",
    "person:mohammed-nasr", "person:osama-hamdan", "person:mahmoud-abbas")
KHAMENEI, AHMADINEJAD, LARIJANI, RAHIMI = (
    "person:ali-khamenei", "person:mahmoud-ahmadinejad", "person:ali-larijani", "person:mohammad-reza-rahimi")
ASSAD, MUALLEM, SHAABAN = "person:bashar-al-assad", "person:walid-muallem", "person:bouthaina-shaaban"
SHARIRI, NADER, SINIORA, BERRI, LAHOUD, NASRALLAH = (
    "person:saad-hariri", "person:nader-hariri", "person:fouad-siniora", "person:nabih-berri", "person:emile-lahoud",
    "person:hassan-nasrallah")
RICE, WELCH, FELTMAN, OLMERT = (
    "person:condoleezza-rice", "person:david-welch", "person:jeffrey-feltman", "person:ehud-olmert")
OSULEIMAN, MOUSSA = "person:omar-suleiman", "person:amr-moussa"

PIC = "blind set (Hamas's news site, Arabic, Palestinian Information Center-like)"
AP = "blind set (US news wire, English, AP-like)"
AKHBAR = "blind set (Beirut daily, Arabic, al-Akhbar-like)"
NAHARNET = "blind set (Lebanese news site, English, Naharnet-like)"
AHRAM = "blind set (Egyptian state daily, Arabic, al-Ahram-like)"
PRESSTV = "blind set (Iranian state TV news site, English, Press TV-like)"

ARTICLES = [
    ("arPD1_rantisi_killed_pic", "ar",
     "القسام تتوعد بالثأر لاستشهاد القائد الرنتيسي\n"
     "المركز الفلسطيني للإعلام - غزة\n"
     "اغتالت طائرات الاحتلال الصهيوني مساء اليوم السبت الدكتور عبد العزيز الرنتيسي، قائد حركة المقاومة "
     "الإسلامية \"حماس\" في قطاع غزة، بعد أن أطلقت مروحيات من طراز أباتشي صاروخين على سيارته في شارع الجلاء "
     "بمدينة غزة، ما أدى إلى استشهاده واستشهاد اثنين من مرافقيه.\n"
     "ويأتي اغتيال الرنتيسي بعد أقل من أربعة أسابيع على اغتيال الاحتلال لمؤسس الحركة الشيخ المجاهد أحمد "
     "ياسين، الذي خلفه الرنتيسي في قيادة الحركة بالقطاع.\n"
     "وأكدت كتائب الشهيد عز الدين القسام، الجناح العسكري للحركة، في بيان عسكري أن \"دماء القائد لن تذهب "
     "هدراً\".\n"
     "وقال رئيس المكتب السياسي للحركة خالد مشعل، في تصريح من دمشق، إن \"حماس ماضية في خيار المقاومة\"، "
     "مؤكداً أن الحركة اختارت قائدها الجديد في غزة لكنها لن تعلن اسمه حفاظاً على سلامته.\n"
     "وفي بيت العزاء الذي أقيم في حي الشيخ رضوان، استقبل القيادي في الحركة الدكتور محمود الزهار وفداً من "
     "حركة الجهاد الإسلامي برئاسة الشيخ نافذ عزام، فيما أجرى رئيس الوزراء أحمد قريع اتصالاً هاتفياً "
     "بالزهار معزياً.\n"
     "وكان الشهيد الرنتيسي قد نجا في حزيران الماضي من محاولة اغتيال مماثلة.",
     [("ASSASSINATED_BY", RANTISI, ISRAEL, "اغتالت طائرات الاحتلال الصهيوني", "2004-04-17"),
      ("LEADS", RANTISI, HAMAS, "قائد حركة المقاومة"),
      ("ASSASSINATED_BY", YASSIN, ISRAEL, "على اغتيال الاحتلال لمؤسس الحركة", "2004-03-22"),
      ("SUCCESSOR_OF", RANTISI, YASSIN, "الذي خلفه الرنتيسي"),
      ("PART_OF", QASSAM, HAMAS, "الجناح العسكري للحركة"),
      ("LEADS", MASHAL, HAMAS, "رئيس المكتب السياسي للحركة خالد مشعل"),
      ("MET_WITH", ZAHAR, AZZAM, "حركة الجهاد الإسلامي برئاسة الشيخ نافذ عزام"),
      ("MEMBER_OF", ZAHAR, HAMAS, "القيادي في الحركة الدكتور محمود الزهار"),
      ],
     {"source": PIC, "published": "2004-04-17"}),

    ("enPD2_haniyeh_tehran_ap", "en",
     "Iran pledges $250 million to Hamas-led government as Haniyeh visits\n"
     "TEHRAN, Iran (AP) - Palestinian Prime Minister Ismail Haniyeh of Hamas met Iran's supreme leader, "
     "Ayatollah Ali Khamenei, on Friday, state television reported, on the first stop of a tour to raise money "
     "for a government crippled by a Western aid boycott.\n"
     "Khamenei told Haniyeh that the Palestinian people would \"achieve victory\" if they kept up their "
     "resistance, the report said.\n"
     "On Sunday Haniyeh held talks with hard-line President Mahmoud Ahmadinejad, who promised $250 million in "
     "aid, Haniyeh told reporters afterward. Government spokesman Ghazi Hamad, who is traveling with the prime "
     "minister, also took part in the meeting with Ahmadinejad.\n"
     "Haniyeh arrived in Tehran from Damascus, where he met Hamas political chief Khaled Mashaal and Syrian "
     "President Bashar Assad. A planned meeting with the emir of Qatar in Doha was called off, Palestinian "
     "officials said, without giving a reason.\n"
     "The visit comes as Palestinian President Mahmoud Abbas, who heads the rival Fatah movement, has threatened "
     "to call early elections to end a months-long standoff with Hamas.",
     [("LEADS", HANIYEH, PALESTINE, "Palestinian Prime Minister Ismail Haniyeh of Hamas"),
      ("MEMBER_OF", HANIYEH, HAMAS, "Ismail Haniyeh of Hamas met"),
      ("MET_WITH", HANIYEH, KHAMENEI, "met Iran's supreme leader", "2006-12-08"),
      ("LEADS", KHAMENEI, IRAN, "Iran's supreme leader, Ayatollah Ali Khamenei"),
      ("MET_WITH", HANIYEH, AHMADINEJAD, "Haniyeh held talks with hard-line President", "2006-12-10"),
      ("MET_WITH", HAMAD, AHMADINEJAD, "also took part in the meeting with Ahmadinejad", "2006-12-10"),
      ("MET_WITH", HAMAD, HANIYEH, "Government spokesman Ghazi Hamad", "2006-12-10"),
      ("MET_WITH", HANIYEH, MASHAL, "where he met Hamas political chief"),
      ("MET_WITH", HANIYEH, ASSAD, "Syrian President Bashar Assad"),
      ("LEADS", MASHAL, HAMAS, "Hamas political chief Khaled Mashaal"),
      ("LEADS", ASSAD, SYRIA, "President Bashar Assad. A planned"),
      ("VISITED", HANIYEH, TEHRAN, "Haniyeh arrived in Tehran"),
      ("VISITED", HANIYEH, DAMASCUS, "from Damascus, where he met"),
      ("LEADS", ABBAS, PALESTINE, "Palestinian President Mahmoud Abbas"),
      ("LEADS", ABBAS, FATAH, "who heads the rival Fatah movement"),
      ],
     {"source": AP, "published": "2006-12-10"}),

    ("arPD3_hariri_damascus_akhbar", "ar",
     "الحريري في دمشق: «صفحة جديدة» بعد خمس سنوات من القطيعة\n"
     "الأخبار\n"
     "وصل رئيس الحكومة سعد الحريري، ظهر أمس، إلى دمشق في أول زيارة له منذ اغتيال والده الرئيس رفيق الحريري "
     "في 14 شباط 2005، حيث استقبله الرئيس السوري بشار الأسد عند مدخل قصر الشعب، قبل أن يعقدا خلوة استمرت "
     "نحو ثلاث ساعات.\n"
     "وعُقد بعد ذلك اجتماع موسع بحضور وزير الخارجية وليد المعلم والمستشارة السياسية والإعلامية في الرئاسة "
     "بثينة شعبان ومدير مكتب رئيس الحكومة نادر الحريري. وأمضى الحريري ليلته في قصر الضيافة، على أن يعود "
     "إلى بيروت اليوم.\n"
     "وتأتي الزيارة بعد نحو أسبوعين من نيل حكومة الوحدة الوطنية التي يرأسها الحريري الثقة، خلفاً لحكومة "
     "الرئيس فؤاد السنيورة، وبعد اتصالات سعودية ـــ سورية مهّدت لها.\n"
     "وبحسب مصادر مطلعة، فإن الرجلين اتفقا على \"فتح صفحة جديدة\" في العلاقات، وعلى متابعة ملفات ترسيم "
     "الحدود والمفقودين.\n"
     "وكانت قوى 14 آذار قد اتهمت دمشق بالوقوف وراء اغتيال الحريري الأب، وهو ما نفته سوريا مراراً، فيما "
     "تواصل المحكمة الخاصة بلبنان تحقيقاتها في القضية.\n"
     "في غضون ذلك، أرجأ رئيس \"اللقاء الديموقراطي\" النائب وليد جنبلاط لقاءً كان مقرراً مع الحريري إلى ما "
     "بعد عودته.",
     [("LEADS", SHARIRI, LEBANON, "وصل رئيس الحكومة سعد الحريري"),
      ("VISITED", SHARIRI, DAMASCUS, "إلى دمشق في أول زيارة له"),
      ("MET_WITH", SHARIRI, ASSAD, "حيث استقبله الرئيس السوري", "2009-12-19"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار الأسد"),
      ("MET_WITH", MUALLEM, ASSAD, "بحضور وزير الخارجية وليد المعلم", "2009-12-19"),
      ("MET_WITH", MUALLEM, SHARIRI, "اجتماع موسع بحضور", "2009-12-19"),
      ("MET_WITH", SHAABAN, ASSAD, "والمستشارة السياسية والإعلامية", "2009-12-19"),
      ("MET_WITH", SHAABAN, SHARIRI, "في الرئاسة بثينة شعبان", "2009-12-19"),
      ("MET_WITH", NADER, ASSAD, "ومدير مكتب رئيس الحكومة", "2009-12-19"),
      ("MET_WITH", NADER, SHARIRI, "نادر الحريري. وأمضى", "2009-12-19"),
      ("MET_WITH", MUALLEM, SHAABAN, "الخارجية وليد المعلم والمستشارة", "2009-12-19"),
      ("MET_WITH", MUALLEM, NADER, "وعُقد بعد ذلك اجتماع", "2009-12-19"),
      ("MET_WITH", SHAABAN, NADER, "بثينة شعبان ومدير", "2009-12-19"),
      ("SUCCESSOR_OF", SHARIRI, SINIORA, "خلفاً لحكومة", "2009-11-09"),
      ],
     {"source": AKHBAR, "published": "2009-12-20"}),

    ("enPD4_rice_beirut_naharnet", "en",
     "Rice in surprise Beirut visit, meets Saniora and Berri\n"
     "Naharnet - U.S. Secretary of State Condoleezza Rice flew into Beirut on Monday on an unannounced visit, "
     "her first trip to the region since Israel launched its offensive on Lebanon after Hizbullah captured two "
     "Israeli soldiers on July 12.\n"
     "Rice, accompanied by Assistant Secretary of State David Welch, held talks with Prime Minister Fouad "
     "Saniora at the Grand Serail on the conditions for a ceasefire, a government statement said. U.S. "
     "Ambassador Jeffrey Feltman was also present.\n"
     "Saniora told the American visitor that \"nothing is more urgent than an immediate ceasefire.\" He had "
     "earlier received a phone call from French President Jacques Chirac.\n"
     "The Secretary then drove to Ain el-Tineh, where she met Speaker Nabih Berri, who has been mandated by "
     "Hizbullah to negotiate on its behalf.\n"
     "Rice did not meet pro-Syrian President Emile Lahoud or any Hizbullah official. She is due to hold talks "
     "with Israeli Prime Minister Ehud Olmert in Jerusalem later on Monday.\n"
     "Hizbullah leader Sayyed Hassan Nasrallah said in a televised interview that the two soldiers would be "
     "released only through indirect negotiations and a prisoner swap.",
     [("VISITED", RICE, BEIRUT, "flew into Beirut on Monday"),
      ("MET_WITH", RICE, SINIORA, "held talks with Prime Minister Fouad", "2006-07-24"),
      ("MET_WITH", WELCH, SINIORA, "accompanied by Assistant Secretary of State David Welch", "2006-07-24"),
      ("MET_WITH", FELTMAN, RICE, "Ambassador Jeffrey Feltman was also present", "2006-07-24"),
      ("MET_WITH", FELTMAN, SINIORA, "was also present", "2006-07-24"),
      ("LEADS", SINIORA, LEBANON, "Prime Minister Fouad"),
      ("MET_WITH", RICE, BERRI, "where she met Speaker Nabih Berri", "2006-07-24"),
      ("LEADS", BERRI, PARL, "Speaker Nabih Berri"),
      ("LEADS", LAHOUD, LEBANON, "pro-Syrian President Emile Lahoud"),
      ("LEADS", OLMERT, ISRAEL, "Israeli Prime Minister Ehud Olmert"),
      ("LEADS", NASRALLAH, HEZ, "Hizbullah leader Sayyed Hassan Nasrallah"),
      ],
     {"source": NAHARNET, "published": "2006-07-24"}),

    ("arPD5_suleiman_meshaal_ahram", "ar",
     "الوزير عمر سليمان يستقبل وفد «حماس» برئاسة مشعل ويبحث ملفي المصالحة والتهدئة\n"
     "القاهرة - الأهرام\n"
     "استقبل الوزير عمر سليمان، رئيس المخابرات العامة، أمس، وفداً من حركة المقاومة الإسلامية \"حماس\" "
     "برئاسة رئيس المكتب السياسي للحركة خالد مشعل، ويضم نائبه الدكتور موسى أبو مرزوق وعضوي المكتب السياسي "
     "محمود الزهار ومحمد نصر.\n"
     "وتناول اللقاء، الذي استمر أكثر من ثلاث ساعات، الجهود المصرية لإنهاء الانقسام الفلسطيني وتثبيت التهدئة "
     "في قطاع غزة وملف الجندي الإسرائيلي الأسير جلعاد شاليط، إضافة إلى إعادة فتح معبر رفح.\n"
     "وصرح مصدر مصري مسؤول بأن الوزير سليمان سيستقبل الأسبوع المقبل وفداً من حركة فتح برئاسة أحمد قريع، "
     "تمهيداً لجولة جديدة من الحوار الوطني الفلسطيني.\n"
     "وكان مشعل قد التقى في وقت سابق أمس الأمين العام لجامعة الدول العربية عمرو موسى في مقر الجامعة بميدان "
     "التحرير.\n"
     "من جهته، قال أبو مرزوق في تصريح عقب اللقاء إن الحركة \"تثمّن الدور المصري\"، نافياً ما تردد عن لقاء "
     "جمع الوفد بالمبعوث الأميركي جورج ميتشل.\n"
     "وكان الرئيس حسني مبارك قد تلقى اتصالاً هاتفياً من الرئيس الفلسطيني محمود عباس تناول نتائج الجولة "
     "الأخيرة من الحوار.",
     [("MET_WITH", OSULEIMAN, MASHAL, "برئاسة رئيس المكتب السياسي", "2009-06-23"),
      ("MET_WITH", OSULEIMAN, ABUMARZOUK, "ويضم نائبه الدكتور موسى أبو مرزوق", "2009-06-23"),
      ("MET_WITH", OSULEIMAN, ZAHAR, "محمود الزهار ومحمد", "2009-06-23"),
      ("MET_WITH", OSULEIMAN, NASR, "الزهار ومحمد نصر", "2009-06-23"),
      ("LEADS", OSULEIMAN, EGIS, "رئيس المخابرات العامة، أمس"),
      ("LEADS", MASHAL, HAMAS, "رئيس المكتب السياسي للحركة خالد مشعل"),
      ("MEMBER_OF", ZAHAR, HAMAS, "وعضوي المكتب السياسي"),
      ("MET_WITH", MASHAL, MOUSSA, "وكان مشعل قد التقى في وقت سابق", "2009-06-23"),
      ("LEADS", MOUSSA, ARAB_LEAGUE, "الأمين العام لجامعة الدول العربية عمرو موسى"),
      ("LEADS", ABBAS, PALESTINE, "الرئيس الفلسطيني محمود عباس"),
      ],
     {"source": AHRAM, "published": "2009-06-24"}),

    ("enPD6_haniyeh_khamenei_presstv", "en",
     "Leader receives Palestinian PM Haniyyeh, says Palestine will be liberated\n"
     "Press TV - Tehran\n"
     "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei has received visiting Palestinian Prime "
     "Minister Ismail Haniyyeh and his accompanying delegation in Tehran.\n"
     "During the Sunday meeting, the Leader said the Palestinian nation \"is destined to win\" and that the "
     "Zionist regime was weaker than ever.\n"
     "Haniyyeh, who arrived in Tehran on Friday to attend ceremonies marking the 33rd anniversary of the "
     "victory of the Islamic Revolution, was welcomed at Mehrabad Airport by First Vice President Mohammad Reza "
     "Rahimi.\n"
     "The Palestinian premier also held talks with Majlis Speaker Ali Larijani, in the presence of Hamas's "
     "representative in Lebanon, Osama Hamdan. Larijani said Iran would stand by the people of Gaza.\n"
     "Haniyyeh is also scheduled to meet President Mahmoud Ahmadinejad before leaving Tehran on Monday.\n"
     "The visit comes amid reports that Hamas political bureau chief Khaled Meshaal will not seek another "
     "term, with Haniyyeh and Meshaal's deputy Moussa Abu Marzouk touted as possible successors.\n"
     "Tehran has blamed Israel's Mossad for the assassination of nuclear scientist Mostafa Ahmadi Roshan in "
     "January.",
     [("MET_WITH", KHAMENEI, HANIYEH, "has received visiting Palestinian", "2012-02-12"),
      ("LEADS", HANIYEH, PALESTINE, "Palestinian Prime Minister Ismail Haniyyeh and"),
      ("VISITED", HANIYEH, TEHRAN, "who arrived in Tehran on Friday"),
      ("MET_WITH", HANIYEH, RAHIMI, "was welcomed at Mehrabad Airport", "2012-02-10"),
      ("MET_WITH", HANIYEH, LARIJANI, "also held talks with Majlis Speaker", "2012-02-12"),
      ("MET_WITH", HAMDAN, LARIJANI, "in the presence of Hamas's", "2012-02-12"),
      ("MET_WITH", HAMDAN, HANIYEH, "representative in Lebanon, Osama Hamdan", "2012-02-12"),
      ("MEMBER_OF", HAMDAN, HAMAS, "Hamas's representative in Lebanon"),
      ("LEADS", MASHAL, HAMAS, "Hamas political bureau chief Khaled Meshaal"),
      ],
     {"source": PRESSTV, "published": "2012-02-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPD")
