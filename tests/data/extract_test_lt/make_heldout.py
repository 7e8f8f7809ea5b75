"""Blind set LT: the Gaza war and Lebanon, 2024-2025 (first folder of LT-LU): the spy chiefs' Gaza
rounds in Doha and Rome, the Gaza ceasefire of January 2025 and who took over Egypt's intelligence
service, Hochstein's Beirut round of November 2024, the killing of Yahya Sinwar and of the Qassam
commanders before and after him, and Naim Qassem's election at the head of Hezbollah, as an American
scoop site writes it (Axios-like: "Scoop:", "Why it matters:", "Driving the news:"), a Lebanese TV
site in Arabic (LBCI-like, no dateline, "الموفد الأميركي"), an Israeli news site in English
(Ynetnews-like: "eliminated", "terrorists"), a Qatari daily in Arabic (al-Raya-like: "الدوحة - الراية",
"معالي", "حضرة صاحب السمو"), a British profile ("Who is ...?") and a Palestinian daily's site in Arabic
(al-Quds-like: "جيش الاحتلال", "الشهيد").
Pieces: Burns, Barnea, Bar, Alon and McGurk meet the Qatari prime minister and Abbas Kamel in Doha, the
Rome round, Sinwar after Haniyeh (English, LT1); Hochstein meets Berri with Johnson and Khalil, then
Mikati and the army commander Joseph Aoun, Afif killed by Israel (Arabic, LT2); Sinwar killed by IDF
troops in Tal al-Sultan, Deif and Rafa Salama by the air force, Marwan Issa by Israel (English, LT3);
the Qatari prime minister meets al-Hayya, then Barnea with Witkoff, McGurk and Rashad, Rashad after
Kamel, Witkoff's earlier meeting with Netanyahu (Arabic, LT4); Qassem after Nasrallah, Nasrallah after
al-Musawi, Nasrallah, Karaki and Nilforoushan killed in an Israeli strike, al-Musawi by Israeli
gunships, Safieddine killed by the Israeli military (English, LT5); Mohammed Sinwar and Shabana killed
by the Israeli army, Mohammed Sinwar after Deif, al-Haddad after Mohammed Sinwar, Yahya Sinwar killed by
an Israeli force (Arabic, LT6).
Excluded on purpose (no relation): Haniyeh's killing in Tehran "that Iran and Hamas blamed on Israel",
Hamas, which "did not send a delegation", al-Hayya, who "was to be briefed" by the mediators, Biden's
phone calls with the emir and el-Sisi, Blinken "expected in Israel" (LT1); the meetings with Netanyahu
and Dermer "scheduled" in Israel, Blinken's phone call with Mikati (LT2); Haniyeh's "assassination ...
which Israel has not acknowledged", Mohammed Sinwar "seen as the most likely successor", Biden's call
to Netanyahu (LT3); the emir's phone call with Biden (LT4); Qassem's promise to follow Nasrallah's "war
plan" (LT5); Deif "killed in a strike on al-Mawasi" with no agent named here (LT6).
Judgement calls: every named participant of a meeting is paired with every other (the Doha and Rome
rounds; the Israeli delegation's members are listed as joining it) (LT1, LT4); those "in the presence
of" the envoy's talks are paired with both sides (LT2); "a strike by the Israeli Air Force" gives the
air force, "killed by Israel" the country, "IDF troops"/"the Israeli military said it had killed" the
Israel Defense Forces; those "also killed in the strike" of an "Israeli air strike" are killed by
Israel (LT5); Hamas not confirming Deif's death does not undo the army's statement (LT3); the
occupation army's statement and Netanyahu's claim before the Knesset give both the army and Israel
(LT6); "took over after Musawi's death" is a succession (LT5); al-Haddad's succession is reported by
sources in the movement and annotated (LT6). Filled in for the exercise: Nitzan Alon's and McGurk's
presence in Doha (LT1), the presence of Johnson and Khalil and the meeting with the army commander
(LT2), the order of the two Doha meetings and Rashad's presence (LT4), the day of the Israeli army's
confirmation (LT6).
Spellings: "Bill Burns", "Sheikh Mohammed bin Abdul Rahman Al Thani", "Ismail Hanieh" (LT1);
"آموس هوكستين", "علي حسن خليل" (LT2); "Yahya al-Sinwar", "Ismail Haniya", "Mohammed Dief", "Rafa'a
Salameh" (LT3); "الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني", "ستيفن ويتكوف", "دافيد برنياع", "خليل الحيّة"
(LT4); "Naim Kassem", "Hassan Nasrullah", "Hashem Safi al-Din", "Abbas al-Moussawi" (LT5); "عز الدين
حداد", "أفيخاي أدرعي" (LT6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_lu import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, QATAR, IDF, IAF, CIA, MOSSAD, SHINBET, EGI, HAMAS, QASSAM, HEZB, HEZBEC, IRGC, LEBPARL, LEBGOV, LEBARMY = (
    "country:israel", "country:qatar", "organization:israel-defense-forces", "organization:israeli-air-force",
    "organization:cia", "organization:mossad", "organization:shin-bet", "organization:egyptian-general-intelligence",
    "organization:hamas", "organization:al-qassam-brigades", "organization:hezbollah",
    "organization:hezbollah-executive-council", "organization:irgc", "organization:lebanese-parliament",
    "organization:lebanese-government", "organization:lebanese-army")
DOHA, BEIRUT, ROME, JERUSALEM, AINTINEH, SERAIL = (
    "location:doha", "location:beirut", "location:rome", "location:jerusalem", "location:ain-al-tineh",
    "location:grand-serail")
BURNS, BARNEA, MBAR, KAMEL, RBAR, MCGURK, SINWAR, HANIYEH, HAYYA = (
    "person:william-burns", "person:david-barnea", "person:mohammed-bin-abdulrahman-al-thani",
    "person:abbas-kamel", "person:ronen-bar", "person:brett-mcgurk", "person:yahya-sinwar",
    "person:ismail-haniyeh", "person:khalil-al-hayya")
HOCHSTEIN, BERRI, JOHNSON, KHALIL, MIKATI, JAOUN, AFIF = (
    "person:amos-hochstein", "person:nabih-berri", "person:lisa-johnson", "person:ali-hassan-khalil",
    "person:najib-mikati", "person:joseph-aoun", "person:mohammad-afif")
KATZ, HALEVI, DEIF, SALAMA, ISSA, MSINWAR = (
    "person:israel-katz", "person:herzi-halevi", "person:mohammed-deif", "person:rafa-salama",
    "person:marwan-issa", "person:mohammed-sinwar")
WITKOFF, RASHAD, NETANYAHU, ANSARI = ("person:steve-witkoff", "person:hassan-rashad",
                                      "person:benjamin-netanyahu", "person:majed-al-ansari")
QASSEM, NASRALLAH, KARAKI, NILFOROUSHAN, SAFIEDDINE = (
    "person:naim-qassem", "person:hassan-nasrallah", "person:ali-karaki", "person:abbas-nilforoushan",
    "person:hashem-safieddine")
SHABANA, HADDAD, ADRAEE = ("person:mohammed-shabana", "person:izz-al-din-al-haddad", "person:avichay-adraee")
# new to the tables
ALON, MUSAWI = ("person:nitzan-alon", "person:abbas-al-musawi")

SCOOP, LEBTV, ILSITE, QDAILY, PROFILE, PALDAILY = (
    "blind set (American scoop site, English)", "blind set (Lebanese TV site, Arabic)",
    "blind set (Israeli news site, English)", "blind set (Qatari daily, Arabic)",
    "blind set (British newspaper profile, English)", "blind set (Palestinian daily's site, Arabic)")


_DOHA = {BURNS: "CIA Director Bill Burns", BARNEA: "Mossad chief David Barnea sat down",
         MBAR: "Sheikh Mohammed bin Abdul Rahman Al Thani", KAMEL: "Egyptian intelligence chief Abbas Kamel",
         RBAR: "Shin Bet director Ronen Bar", ALON: "Maj. Gen. (res.) Nitzan Alon",
         MCGURK: "Brett McGurk accompanied Burns"}
_AINTINEH = {HOCHSTEIN: "والتقى رئيس مجلس النواب نبيه بري", BERRI: "والتقى رئيس مجلس النواب نبيه بري",
             JOHNSON: "في حضور السفيرة الأميركية ليزا جونسون", KHALIL: "النائب علي حسن خليل"}
_DOHA2 = {MBAR: "ثم استقبل معاليه الوفد الإسرائيلي", BARNEA: "برئاسة رئيس جهاز الموساد دافيد برنياع",
          WITKOFF: "المبعوث الأمريكي الخاص إلى الشرق الأوسط ستيفن ويتكوف",
          MCGURK: "ومنسق البيت الأبيض لشؤون الشرق الأوسط بريت ماكغورك",
          RASHAD: "ورئيس المخابرات العامة المصرية اللواء حسن رشاد"}

ARTICLES = [
    ("enLT1_spy_chiefs_doha_round", "en",
     "Scoop: Spy chiefs back in Doha as Gaza hostage talks resume\n"
     "CIA Director Bill Burns and Mossad chief David Barnea sat down on Thursday in Doha with Qatar's Prime "
     "Minister Sheikh Mohammed bin Abdul Rahman Al Thani and Egyptian intelligence chief Abbas Kamel, two U.S. "
     "officials told us.\n"
     "Why it matters: It is the first round since Hamas political leader Ismail Hanieh was killed in Tehran "
     "on July 31 in an assassination that Iran and Hamas blamed on Israel.\n"
     "Driving the news: Shin Bet director Ronen Bar and the IDF's hostage point man, Maj. Gen. (res.) Nitzan "
     "Alon, joined Barnea in the Israeli delegation. White House Middle East coordinator Brett McGurk "
     "accompanied Burns.\n"
     "- Hamas did not send a delegation. Its new leader, Yahya Sinwar, who was named on Aug. 6 to succeed "
     "Hanieh, is believed to be hiding in the tunnels under Khan Younis.\n"
     "- The group's chief negotiator, Khalil al-Hayya, was to be briefed by the Qataris and Egyptians after "
     "the session.\n"
     "Behind the scenes: President Biden spoke by phone on Wednesday with Qatar's Emir Tamim bin Hamad and "
     "Egypt's President Abdel Fattah el-Sisi.\n"
     "Flashback: The last such round, in Rome on July 28, brought together Burns, Barnea, the Qatari prime "
     "minister and Kamel.\n"
     "What's next: Secretary of State Tony Blinken is expected in Israel next week.",
     met_group(_DOHA, "2024-08-15") + [
      ("VISITED", BURNS, DOHA, "sat down on Thursday in Doha", "2024-08-15"),
      ("VISITED", BARNEA, DOHA, "sat down on Thursday in Doha", "2024-08-15"),
      ("VISITED", KAMEL, DOHA, "sat down on Thursday in Doha", "2024-08-15"),
      ("LEADS", BURNS, CIA, "CIA Director Bill Burns"),
      ("LEADS", BARNEA, MOSSAD, "Mossad chief David Barnea sat down"),
      ("LEADS", KAMEL, EGI, "Egyptian intelligence chief Abbas Kamel"),
      ("LEADS", RBAR, SHINBET, "Shin Bet director Ronen Bar"),
      ("LEADS", HANIYEH, HAMAS, "Hamas political leader Ismail Hanieh"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "who was named on Aug. 6 to succeed", "2024-08-06"),
      ("LEADS", SINWAR, HAMAS, "Its new leader, Yahya Sinwar"),
      ("VISITED", BURNS, ROME, "in Rome on July 28", "2024-07-28"),
      ("VISITED", BARNEA, ROME, "in Rome on July 28", "2024-07-28"),
      ("VISITED", MBAR, ROME, "in Rome on July 28", "2024-07-28"),
      ("VISITED", KAMEL, ROME, "in Rome on July 28", "2024-07-28"),
      ],
     {"source": SCOOP, "published": "2024-08-15"}),

    ("arLT2_hochstein_ain_al_tineh", "ar",
     "هوكستين من عين التينة: الحل في متناول اليد\n"
     "وصل الموفد الأميركي آموس هوكستين إلى بيروت صباح الثلاثاء، والتقى رئيس مجلس النواب نبيه بري في عين "
     "التينة لنحو ساعتين، في حضور السفيرة الأميركية ليزا جونسون والمعاون السياسي لبري النائب علي حسن خليل.\n"
     "وقال هوكستين بعد اللقاء إن «الحل في متناول اليد»، مشيراً إلى أن الملاحظات اللبنانية على مسودة اتفاق وقف "
     "إطلاق النار «بنّاءة».\n"
     "ثم انتقل الموفد الأميركي إلى السراي الحكومي حيث اجتمع برئيس حكومة تصريف الأعمال نجيب ميقاتي، قبل أن "
     "يلتقي قائد الجيش العماد جوزاف عون في اليرزة.\n"
     "ومن المقرر أن يتوجه هوكستين الأربعاء إلى إسرائيل للقاء رئيس الوزراء بنيامين نتنياهو ووزير الشؤون "
     "الاستراتيجية رون ديرمر.\n"
     "وكان ميقاتي قد تلقى مساء الإثنين اتصالاً هاتفياً من وزير الخارجية الأميركي أنتوني بلينكن، تناول "
     "المفاوضات الجارية.\n"
     "ميدانياً، نعى «حزب الله» مسؤول العلاقات الإعلامية فيه محمد عفيف، الذي اغتالته إسرائيل الأحد بغارة على "
     "مبنى في منطقة رأس النبع في بيروت.",
     met_group(_AINTINEH, "2024-11-19") + [
      ("VISITED", HOCHSTEIN, BEIRUT, "إلى بيروت صباح الثلاثاء", "2024-11-19"),
      ("VISITED", HOCHSTEIN, AINTINEH, "والتقى رئيس مجلس النواب نبيه بري", "2024-11-19"),
      ("LEADS", BERRI, LEBPARL, "والتقى رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", HOCHSTEIN, MIKATI, "حيث اجتمع برئيس حكومة تصريف الأعمال", "2024-11-19"),
      ("VISITED", HOCHSTEIN, SERAIL, "ثم انتقل الموفد الأميركي إلى السراي الحكومي", "2024-11-19"),
      ("LEADS", MIKATI, LEBGOV, "حيث اجتمع برئيس حكومة تصريف الأعمال"),
      ("MET_WITH", HOCHSTEIN, JAOUN, "يلتقي قائد الجيش العماد جوزاف عون", "2024-11-19"),
      ("LEADS", JAOUN, LEBARMY, "يلتقي قائد الجيش العماد جوزاف عون"),
      ("ASSASSINATED_BY", AFIF, ISRAEL, "الذي اغتالته إسرائيل الأحد", "2024-11-17"),
      ("MEMBER_OF", AFIF, HEZB, "مسؤول العلاقات الإعلامية فيه محمد عفيف"),
      ],
     {"source": LEBTV, "published": "2024-11-19"}),

    ("enLT3_sinwar_eliminated_rafah", "en",
     "IDF confirms: Hamas leader Yahya al-Sinwar eliminated in Rafah\n"
     "Hamas leader Yahya al-Sinwar, the architect of the October 7 massacre, was killed on Wednesday by IDF "
     "troops in Rafah's Tal al-Sultan neighborhood, the military and the Shin Bet said on Thursday after DNA "
     "tests confirmed his identity.\n"
     "Soldiers of the Bislamach Brigade spotted three terrorists moving between buildings and opened fire; a "
     "tank shell then hit the building where one of them had taken cover.\n"
     "\"Evil has been dealt a heavy blow,\" Defense Minister Israel Katz said. Chief of Staff Lt. Gen. Herzi "
     "Halevi toured the site on Thursday.\n"
     "Sinwar became Hamas's overall leader in August, after the assassination of Ismail Haniya in Tehran, "
     "which Israel has not acknowledged. His brother Mohammed Sinwar is seen as the most likely successor in "
     "Gaza.\n"
     "Mohammed Dief, the commander of the Qassam Brigades, was killed in a strike by the Israeli Air Force in "
     "al-Mawasi in July together with the commander of the Khan Younis Brigade, Rafa'a Salameh; Hamas has not "
     "confirmed Dief's death. His deputy, Marwan Issa, was killed by Israel in March.\n"
     "U.S. President Joe Biden called Prime Minister Benjamin Netanyahu on Thursday to congratulate him.",
     [("ASSASSINATED_BY", SINWAR, IDF, "was killed on Wednesday by IDF", "2024-10-16"),
      ("LEADS", SINWAR, HAMAS, "Hamas leader Yahya al-Sinwar, the architect"),
      ("LEADS", HALEVI, IDF, "Chief of Staff Lt. Gen. Herzi"),
      ("ASSASSINATED_BY", DEIF, IAF, "was killed in a strike by the Israeli Air Force", "2024-07-13"),
      ("LEADS", DEIF, QASSAM, "Mohammed Dief, the commander of the Qassam Brigades"),
      ("ASSASSINATED_BY", SALAMA, IAF, "the commander of the Khan Younis Brigade, Rafa'a Salameh", "2024-07-13"),
      ("MEMBER_OF", SALAMA, QASSAM, "the commander of the Khan Younis Brigade, Rafa'a Salameh"),
      ("ASSASSINATED_BY", ISSA, ISRAEL, "Marwan Issa, was killed by Israel in March", "2024-03"),
      ("MEMBER_OF", ISSA, QASSAM, "His deputy, Marwan Issa"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu on Thursday"),
      ],
     {"source": ILSITE, "published": "2024-10-17"}),

    ("arLT4_doha_ceasefire_announced", "ar",
     "معالي رئيس مجلس الوزراء يعلن التوصل إلى اتفاق لوقف إطلاق النار في غزة\n"
     "الدوحة - الراية:\n"
     "أعلن معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، مساء أمس، التوصل إلى "
     "اتفاق لوقف إطلاق النار في قطاع غزة وتبادل الأسرى والمحتجزين، يدخل حيز التنفيذ الأحد المقبل.\n"
     "وجاء الإعلان بعد أن اجتمع معاليه بوفد حركة حماس برئاسة الدكتور خليل الحيّة، ثم استقبل معاليه الوفد "
     "الإسرائيلي برئاسة رئيس جهاز الموساد دافيد برنياع. وشارك في الاجتماع الثاني المبعوث الأمريكي الخاص إلى "
     "الشرق الأوسط ستيفن ويتكوف ومنسق البيت الأبيض لشؤون الشرق الأوسط بريت ماكغورك ورئيس المخابرات العامة "
     "المصرية اللواء حسن رشاد.\n"
     "وقال الدكتور ماجد بن محمد الأنصاري، المتحدث الرسمي لوزارة الخارجية، إن الوسطاء سيواصلون متابعة تنفيذ "
     "مراحل الاتفاق.\n"
     "وكان حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى قد تلقى اتصالاً هاتفياً من فخامة "
     "الرئيس جو بايدن، رئيس الولايات المتحدة الأمريكية، جرى خلاله بحث الاتفاق.\n"
     "يُذكر أن اللواء حسن رشاد تولى رئاسة جهاز المخابرات العامة المصرية في أكتوبر الماضي خلفاً للواء عباس "
     "كامل، فيما كان ويتكوف قد التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو في القدس السبت الماضي.",
     met_group(_DOHA2, "2025-01-15") + [
      ("MET_WITH", MBAR, HAYYA, "بوفد حركة حماس برئاسة الدكتور خليل الحيّة", "2025-01-15"),
      ("MEMBER_OF", HAYYA, HAMAS, "بوفد حركة حماس برئاسة الدكتور خليل الحيّة"),
      ("LEADS", BARNEA, MOSSAD, "برئاسة رئيس جهاز الموساد دافيد برنياع"),
      ("LEADS", RASHAD, EGI, "ورئيس المخابرات العامة المصرية اللواء حسن رشاد"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس", "2024-10"),
      ("MET_WITH", WITKOFF, NETANYAHU, "قد التقى رئيس الوزراء الإسرائيلي", "2025-01-11"),
      ("VISITED", WITKOFF, JERUSALEM, "بنيامين نتنياهو في القدس السبت الماضي", "2025-01-11"),
      ("LEADS", NETANYAHU, ISRAEL, "قد التقى رئيس الوزراء الإسرائيلي"),
      ("MEMBER_OF", ANSARI, "organization:qatari-foreign-ministry", "المتحدث الرسمي لوزارة الخارجية"),
      ],
     {"source": QDAILY, "published": "2025-01-16"}),

    ("enLT5_who_is_naim_kassem", "en",
     "Who is Naim Kassem, Hezbollah's new leader?\n"
     "Sheikh Naim Kassem, 71, was elected secretary-general of Hezbollah on Tuesday by the group's Shura "
     "Council, succeeding Hassan Nasrullah, who was killed in an Israeli air strike on the group's "
     "headquarters in Beirut's southern suburbs on September 27.\n"
     "Also killed in the strike were Ali Karaki, the commander of Hezbollah's southern front, and Brig. Gen. "
     "Abbas Nilforoushan, a deputy commander of Iran's Revolutionary Guards.\n"
     "A founding member of the movement, Kassem had been deputy secretary-general since 1991, first under "
     "Abbas al-Moussawi, killed by Israeli helicopter gunships in 1992, and then under Nasrullah, who took "
     "over after Moussawi's death.\n"
     "The man long seen as Nasrullah's heir, his cousin Hashem Safi al-Din, head of the executive council, "
     "was killed days later; the Israeli military said on October 22 that it had killed him.\n"
     "A cleric with a degree in chemistry, Kassem is better known for his books than for his speeches. In "
     "his first address after his election he promised to follow Nasrullah's \"war plan\".",
     [("SUCCESSOR_OF", QASSEM, NASRALLAH, "succeeding Hassan Nasrullah", "2024-10-29"),
      ("LEADS", QASSEM, HEZB, "was elected secretary-general of Hezbollah"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "who was killed in an Israeli air strike", "2024-09-27"),
      ("ASSASSINATED_BY", KARAKI, ISRAEL, "Also killed in the strike were Ali Karaki", "2024-09-27"),
      ("MEMBER_OF", KARAKI, HEZB, "the commander of Hezbollah's southern front"),
      ("ASSASSINATED_BY", NILFOROUSHAN, ISRAEL, "Abbas Nilforoushan, a deputy commander", "2024-09-27"),
      ("MEMBER_OF", NILFOROUSHAN, IRGC, "a deputy commander of Iran's Revolutionary Guards"),
      ("ASSASSINATED_BY", MUSAWI, ISRAEL, "killed by Israeli helicopter gunships in 1992", "1992-02"),
      ("LEADS", MUSAWI, HEZB, "first under"),
      ("SUCCESSOR_OF", NASRALLAH, MUSAWI, "who took over after Moussawi's death", "1992-02"),
      ("ASSASSINATED_BY", SAFIEDDINE, IDF, "the Israeli military said on October 22 that it had killed him",
       "2024-10"),
      ("LEADS", SAFIEDDINE, HEZBEC, "head of the executive council"),
      ],
     {"source": PROFILE, "published": "2024-10-29"}),

    ("arLT6_mohammed_sinwar_body_found", "ar",
     "الاحتلال يعلن العثور على جثمان القائد محمد السنوار أسفل المستشفى الأوروبي\n"
     "غزة - «القدس» دوت كوم:\n"
     "أعلن جيش الاحتلال الإسرائيلي، الأحد، أنه تأكد من اغتيال القائد العام لكتائب القسام محمد السنوار، شقيق رئيس "
     "المكتب السياسي لحركة حماس الراحل يحيى السنوار، في الغارة التي شنها على محيط المستشفى الأوروبي في خان "
     "يونس في 13 أيار/مايو الماضي، وأنه عثر على جثمانه في نفق أسفل المستشفى.\n"
     "وقال الناطق باسم جيش الاحتلال أفيخاي أدرعي إن الغارة ذاتها أسفرت عن اغتيال قائد لواء رفح في القسام محمد "
     "شبانة.\n"
     "وكان رئيس وزراء الاحتلال بنيامين نتنياهو قد أعلن أمام الكنيست أواخر أيار أن إسرائيل قتلت محمد السنوار، "
     "فيما لم تصدر الحركة أي تعليق رسمي.\n"
     "وكان الشهيد محمد السنوار قد تولى قيادة القسام خلفاً لمحمد الضيف، الذي استشهد في غارة على المواصي في تموز/"
     "يوليو 2024.\n"
     "وتولى عز الدين حداد، قائد لواء غزة، قيادة الجناح العسكري من بعده، وفق مصادر في الحركة.\n"
     "أما يحيى السنوار فقد استشهد في اشتباك مع قوة إسرائيلية في حي تل السلطان برفح في تشرين الأول/أكتوبر "
     "2024.",
     [("ASSASSINATED_BY", MSINWAR, IDF, "أنه تأكد من اغتيال القائد العام لكتائب القسام", "2025-05-13"),
      ("LEADS", MSINWAR, QASSAM, "أنه تأكد من اغتيال القائد العام لكتائب القسام"),
      ("LEADS", SINWAR, HAMAS, "شقيق رئيس المكتب السياسي لحركة حماس"),
      ("ASSASSINATED_BY", SHABANA, IDF, "أسفرت عن اغتيال قائد لواء رفح", "2025-05-13"),
      ("MEMBER_OF", SHABANA, QASSAM, "أسفرت عن اغتيال قائد لواء رفح"),
      ("MEMBER_OF", ADRAEE, IDF, "وقال الناطق باسم جيش الاحتلال"),
      ("ASSASSINATED_BY", MSINWAR, ISRAEL, "أن إسرائيل قتلت محمد السنوار", "2025-05-13"),
      ("LEADS", NETANYAHU, ISRAEL, "وكان رئيس وزراء الاحتلال"),
      ("SUCCESSOR_OF", MSINWAR, DEIF, "قد تولى قيادة القسام خلفاً لمحمد الضيف", "2024"),
      ("SUCCESSOR_OF", HADDAD, MSINWAR, "قيادة الجناح العسكري من بعده", "2025-05"),
      ("LEADS", HADDAD, QASSAM, "قيادة الجناح العسكري من بعده"),
      ("ASSASSINATED_BY", SINWAR, IDF, "في اشتباك مع قوة إسرائيلية", "2024-10-16"),
      ],
     {"source": PALDAILY, "published": "2025-06-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLT")
