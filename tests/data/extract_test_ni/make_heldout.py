"""Blind set NI: Gulf, Egyptian and Jordanian diplomacy in 2025 (first folder of NI-NJ): Trump's arrival
in Riyadh and his meeting with Ahmed al-Sharaa (May 2025), Trump's state visit to Doha (May 2025), a
profile of Egypt's intelligence chief Hassan Rashad, King Abdullah II and Sisi at the emergency Arab
summit in Cairo (March 2025), the Israeli strike on Hamas's leaders in Doha (September 2025) and the
Sharm el-Sheikh peace summit (October 2025), as a German wire writes it in English (dpa-like: "Riyadh
(dpa) -", short paragraphs, a quote), as a Qatari daily writes it in Arabic (Al-Arab-like: "حضرة صاحب
السمو", "أمير البلاد المفدى", "ترمب"), as a US business/news site profiles a person in English
(Semafor-like: "Semafor Gulf —", "The View", past perfect background), as a Jordanian TV site writes it
in Arabic (Al-Mamlaka-like: "جلالة الملك", "سمو ولي العهد", "العاهل الأردني"), as an Israeli daily
writes it in English (Israel Hayom-like: "terrorist", "eliminated", "Summit of Fire") and as an
Egyptian news channel writes it in Arabic (Al-Qahera News-like: "شرم الشيخ - القاهرة الإخبارية",
"قلادة النيل").
Pieces: Trump arrives in Riyadh and is welcomed by the crown prince, talks at al-Yamamah, Trump meets
al-Sharaa with the crown prince attending, Rubio meets Faisal bin Farhan (English, NI1); the Amir's
talks and dinner for Trump with the prime minister, Rubio and Witkoff attending, Trump at Al Udeid
(Arabic, NI2); Rashad after Abbas Kamel, Rashad hosts al-Hayya, meets Dermer, flies to Doha to meet
the Qatari prime minister, Witkoff meets him in Sharm el-Sheikh with Kushner alongside (English, NI3);
the King meets Sisi with the Crown Prince and Safadi attending, the King meets Abbas, Jafar Hassan
after al-Khasawneh (Arabic, NI4); Hammam al-Hayya, Labad, Abdul Wahid, Hassouna, al-Mamluk and
Cpl. al-Dosari killed in the Israeli strike, Trump's dinner with the Qatari prime minister, Netanyahu
with Trump at the White House (English, NI5); Sisi receives Trump at Sharm el-Sheikh airport and holds
talks, the four signatories, Sisi meets King Abdullah on the sidelines (Arabic, NI6).
Excluded on purpose (no relation): Erdogan, who "joined by telephone" the Trump-Sharaa meeting, the GCC
summit (no leader named) (NI1); the Hamas meeting the spokesman denied ("نفى ... أن يكون ويتكوف قد
التقى"), the spokesman himself (NI2); Rashad's phone call with Barnea, Witkoff's planned June trip to
Cairo that was scrapped (NI3); the cancelled meeting with Aboul Gheit, the crown prince's phone call
(NI4); al-Hayya and Jabarin, whose killing Israeli officials claimed and Hamas denied, Netanyahu's phone
call of apology to the Qatari prime minister, Katz, who ordered the strike with Netanyahu (no meeting)
(NI5); the leaders who only attended the signing ("بحضور"), Netanyahu, who excused himself, the phone
call to him (NI6).
Judgement calls: a welcome "on the tarmac" followed by talks is a meeting (NI1); "The crown prince
attended" the Trump-Sharaa meeting makes a meeting of the three (NI1); people who "attended the talks"
(حضر جلسة المباحثات) from either side are paired with the other side only (NI2 Qatari prime minister
with Trump, Rubio and Witkoff; Rubio and Witkoff with the Amir), as are those "in the presence of" (NI4
Crown Prince and Safadi with Sisi) and those "alongside" a principal (NI3 Kushner with Rashad); "hosted a
Hamas delegation led by" al-Hayya is a meeting with al-Hayya (NI3); those "killed in the Israeli
strike" are killed by country:israel (NI5); "hosted ... for dinner" is a meeting, and "at the White
House ... with President Trump at his side" is a meeting of Netanyahu and Trump (NI5); the four leaders
who signed the document together are a meeting of the four (NI6).
Filled in for the exercise: Rubio's meeting with Faisal bin Farhan (NI1); the spokesman's denial (NI2);
Rashad's February meeting with Dermer, his July trip to Doha, the scrapped June trip (NI3); the
attendance of the Crown Prince and Safadi, the meeting with Abbas, the cancelled meeting with Aboul
Gheit, the phone call (NI4); Netanyahu's remark about Katz (NI5); the meeting with King Abdullah, the
phone call to Netanyahu (NI6).
Spellings: "Ahmed al-Sharaa" also "Abu Mohammed al-Jolani" (NI1); "دونالد ترمب", "ستيف ويتكوف", "الشيخ
محمد بن عبدالرحمن بن جاسم آل ثاني" (NI2); "Hassan Mahmoud Rashad", "Abbas Kamel" (NI3); "الأمير الحسين
بن عبدالله الثاني", "أيمن الصفدي" (NI4); "Humam al-Hayya", "Mo'men Hassouna" (NI5); "عبد الفتاح
السيسي", "رجب طيب أردوغان", "أنطونيو غوتيريش" (NI6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_nj import ALL  # noqa: E402

HERE = Path(__file__).parent

US, SAUDI, QATAR, EGYPT, JORDAN, ISRAEL, SYRIA, TURKEY, PALESTINE, FRANCE, UK = (
    "country:united-states", "country:saudi-arabia", "country:qatar", "country:egypt", "country:jordan",
    "country:israel", "country:syria", "country:turkey", "country:palestine", "country:france",
    "country:united-kingdom")
RIYADH, DOHA, CAIRO, SHARM, UDEID = ("location:riyadh", "location:doha", "location:cairo",
                                     "location:sharm-el-sheikh", "location:al-udeid-air-base")
HAMAS, EGI, QGOV, QFM, JFM, JGOV, SFM, STATE, MOSSAD, ARABLEAGUE, UN = (
    "organization:hamas", "organization:egyptian-general-intelligence", "organization:qatari-government",
    "organization:qatari-foreign-ministry", "organization:jordanian-foreign-ministry",
    "organization:jordanian-government", "organization:saudi-foreign-ministry",
    "organization:us-state-department", "organization:mossad", "organization:arab-league",
    "organization:united-nations")
TRUMP, RUBIO, WITKOFF, KUSHNER = ("person:donald-trump", "person:marco-rubio", "person:steve-witkoff",
                                  "person:jared-kushner")
MBS, FAISAL, TAMIM, MBAR, ANSARI = (
    "person:mohammed-bin-salman", "person:faisal-bin-farhan", "person:tamim-bin-hamad-al-thani",
    "person:mohammed-bin-abdulrahman-al-thani", "person:majed-al-ansari")
SISI, RASHAD, KAMEL = "person:abdel-fattah-el-sisi", "person:hassan-rashad", "person:abbas-kamel"
ABDULLAH, HUSSEIN, SAFADI, JHASSAN, KHASAWNEH = (
    "person:abdullah-ii", "person:hussein-bin-abdullah", "person:ayman-safadi", "person:jafar-hassan",
    "person:bisher-al-khasawneh")
SHARAA, ERDOGAN, ABBAS, MACRON, STARMER, GUTERRES, GHEIT = (
    "person:ahmed-al-sharaa", "person:recep-tayyip-erdogan", "person:mahmoud-abbas", "person:emmanuel-macron",
    "person:keir-starmer", "person:antonio-guterres", "person:ahmed-aboul-gheit")
NETANYAHU, KATZ, DERMER, BARNEA = ("person:benjamin-netanyahu", "person:israel-katz", "person:ron-dermer",
                                   "person:david-barnea")
HAYYA, JABARIN, HAMMAM, LABAD, WAHID, HASSOUNA, MAMLUK, DOSARI = (
    "person:khalil-al-hayya", "person:zaher-jabarin", "person:hammam-al-hayya", "person:jihad-labad",
    "person:abdullah-abdul-wahid", "person:moamen-hassouna", "person:ahmed-al-mamluk", "person:badr-al-dosari")

DPA = "blind set (German news wire, English, dpa-like)"
ALARAB = "blind set (Qatari daily, Arabic, Al-Arab-like)"
SEMAFOR = "blind set (US news site's Gulf edition, English profile, Semafor-like)"
MAMLAKA = "blind set (Jordanian TV news site, Arabic, Al-Mamlaka-like)"
HAYOM = "blind set (Israeli daily, English edition, Israel Hayom-like)"
QAHERA = "blind set (Egyptian news channel's site, Arabic, Al-Qahera News-like)"

ARTICLES = [
    ("enNI1_trump_riyadh_sharaa_dpa", "en",
     "Trump opens Gulf tour in Riyadh, sits down with Syria's al-Sharaa\n"
     "Riyadh (dpa) - US President Donald Trump landed in the Saudi capital on Tuesday at the start of a "
     "four-day tour of the Gulf and was welcomed on the tarmac by Crown Prince Mohammed bin Salman.\n"
     "The two men then held talks at al-Yamamah Palace and signed a \"strategic economic partnership\" "
     "which the White House valued at 600 billion dollars.\n"
     "On Wednesday morning Trump met Syria's interim President Ahmed al-Sharaa, the former rebel commander "
     "once known by his nom de guerre Abu Mohammed al-Jolani, in the first encounter between leaders of "
     "the two countries in a quarter of a century. The crown prince attended, while Turkish President "
     "Recep Tayyip Erdogan joined by telephone.\n"
     "\"Young, attractive guy. Tough guy. Strong past,\" Trump told reporters aboard Air Force One "
     "afterwards.\n"
     "Hours later the US president took part in a summit with Gulf Cooperation Council leaders before "
     "flying on to Qatar.\n"
     "Secretary of State Marco Rubio, who is travelling with Trump, also held talks with his Saudi "
     "counterpart Prince Faisal bin Farhan on the sidelines, a State Department spokesperson said.",
     [("MET_WITH", TRUMP, MBS, "welcomed on the tarmac by Crown Prince", "2025-05-13"),
      ("VISITED", TRUMP, RIYADH, "landed in the Saudi capital on Tuesday", "2025-05-13"),
      ("MET_WITH", TRUMP, SHARAA, "On Wednesday morning Trump met Syria's", "2025-05-14"),
      ("MET_WITH", SHARAA, MBS, "The crown prince attended", "2025-05-14"),
      ("MET_WITH", RUBIO, FAISAL, "counterpart Prince Faisal bin Farhan", "2025-05-14"),
      ("LEADS", TRUMP, US, "US President Donald Trump landed"),
      ("LEADS", SHARAA, SYRIA, "Syria's interim President"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President"),
      ("LEADS", RUBIO, STATE, "Secretary of State Marco Rubio"),
      ("LEADS", FAISAL, SFM, "his Saudi counterpart"),
      ],
     {"source": DPA, "published": "2025-05-14"}),

    ("arNI2_amir_trump_lusail_dinner", "ar",
     "سمو الأمير يقيم مأدبة عشاء رسمية تكريماً للرئيس الأمريكي\n"
     "الدوحة - العرب\n"
     "أقام حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، مساء أمس الأربعاء، مأدبة عشاء "
     "رسمية في قصر لوسيل تكريماً لفخامة الرئيس دونالد ترمب رئيس الولايات المتحدة الأمريكية الصديقة "
     "والوفد المرافق، بمناسبة زيارته الرسمية للبلاد.\n"
     "وكان سموه قد عقد مع فخامته جلسة مباحثات رسمية في الديوان الأميري، تناولت علاقات التعاون الاستراتيجي "
     "بين البلدين الصديقين وجهود الوساطة لوقف الحرب على قطاع غزة، وشهد الجانبان توقيع اتفاقيات من بينها "
     "صفقة لشراء طائرات بوينغ للخطوط الجوية القطرية.\n"
     "وحضر جلسة المباحثات معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، "
     "وعدد من أصحاب السعادة الوزراء، فيما حضرها من الجانب الأمريكي وزير الخارجية ماركو روبيو والمبعوث الخاص "
     "إلى الشرق الأوسط ستيف ويتكوف.\n"
     "وصباح اليوم، زار الرئيس الأمريكي قاعدة العديد الجوية، حيث ألقى كلمة أمام الجنود، قبل أن يغادر البلاد "
     "متوجهاً إلى أبوظبي.\n"
     "من جهته، نفى الدكتور ماجد بن محمد الأنصاري، مستشار رئيس مجلس الوزراء المتحدث الرسمي لوزارة الخارجية، "
     "أن يكون ويتكوف قد التقى رئيس حركة حماس في غزة خليل الحية خلال وجوده في الدوحة.",
     [("MET_WITH", TAMIM, TRUMP, "تكريماً لفخامة الرئيس دونالد ترمب", "2025-05-14"),
      ("MET_WITH", MBAR, TRUMP, "وحضر جلسة المباحثات معالي الشيخ", "2025-05-14"),
      ("MET_WITH", MBAR, RUBIO, "وزير الخارجية ماركو روبيو", "2025-05-14"),
      ("MET_WITH", MBAR, WITKOFF, "إلى الشرق الأوسط ستيف ويتكوف", "2025-05-14"),
      ("MET_WITH", TAMIM, RUBIO, "فيما حضرها من الجانب الأمريكي", "2025-05-14"),
      ("MET_WITH", TAMIM, WITKOFF, "والمبعوث الخاص", "2025-05-14"),
      ("VISITED", TRUMP, DOHA, "بمناسبة زيارته الرسمية للبلاد", "2025-05-14"),
      ("VISITED", TRUMP, UDEID, "زار الرئيس الأمريكي قاعدة العديد", "2025-05-15"),
      ("LEADS", TAMIM, QATAR, "أمير البلاد المفدى"),
      ("LEADS", TRUMP, US, "رئيس الولايات المتحدة الأمريكية الصديقة"),
      ("LEADS", MBAR, QGOV, "رئيس مجلس الوزراء وزير الخارجية،"),
      ("LEADS", MBAR, QFM, "بن جاسم آل ثاني رئيس"),
      ("LEADS", RUBIO, STATE, "من الجانب الأمريكي وزير الخارجية"),
      ("MEMBER_OF", ANSARI, QFM, "المتحدث الرسمي لوزارة الخارجية"),
      ("MEMBER_OF", HAYYA, HAMAS, "رئيس حركة حماس في غزة"),
      ],
     {"source": ALARAB, "published": "2025-05-15"}),

    ("enNI3_rashad_profile_semafor", "en",
     "The spy chief in the middle: Egypt's Hassan Rashad\n"
     "Semafor Gulf — Maj. Gen. Hassan Mahmoud Rashad took over Egypt's General Intelligence Service in "
     "October 2024, when President Abdel Fattah al-Sisi moved Abbas Kamel, who had run the agency since "
     "2018, to the presidency as an adviser. Rashad had been Kamel's deputy.\n"
     "He was soon shuttling between the parties. Rashad hosted a Hamas delegation led by Khalil al-Hayya "
     "in Cairo several times in 2025, and sat down there in February with Israel's Strategic Affairs "
     "Minister Ron Dermer. In July he flew to Doha to meet Qatar's prime minister, Sheikh Mohammed bin "
     "Abdulrahman Al Thani, and align the two mediators' drafts.\n"
     "Unlike his predecessor, he avoids cameras. A phone call with Mossad chief David Barnea in March, "
     "reported by Israeli media, was never confirmed by Cairo.\n"
     "Washington noticed. Steve Witkoff, Trump's envoy, planned to see him in Cairo in June, but the trip "
     "was scrapped. The two men finally met in Sharm el-Sheikh in October, with Jared Kushner alongside, "
     "as the first phase of the Gaza deal was closed.\n"
     "The View: Cairo's channel to Hamas now runs through one man.",
     [("SUCCESSOR_OF", RASHAD, KAMEL, "took over Egypt's General Intelligence Service", "2024-10"),
      ("LEADS", RASHAD, EGI, "Maj. Gen. Hassan Mahmoud Rashad took over"),
      ("LEADS", SISI, EGYPT, "President Abdel Fattah al-Sisi moved"),
      ("MET_WITH", RASHAD, HAYYA, "Rashad hosted a Hamas delegation", "2025"),
      ("MET_WITH", RASHAD, DERMER, "sat down there in February", "2025-02"),
      ("MET_WITH", RASHAD, MBAR, "In July he flew to Doha", "2025-07"),
      ("VISITED", RASHAD, DOHA, "flew to Doha to meet", "2025-07"),
      ("MET_WITH", RASHAD, WITKOFF, "The two men finally met in Sharm", "2025-10"),
      ("MET_WITH", RASHAD, KUSHNER, "with Jared Kushner alongside", "2025-10"),
      ("VISITED", RASHAD, SHARM, "finally met in Sharm el-Sheikh in October", "2025-10"),
      ("VISITED", WITKOFF, SHARM, "met in Sharm el-Sheikh in October, with", "2025-10"),
      ("VISITED", KUSHNER, SHARM, "Kushner alongside, as the first phase", "2025-10"),
      ("MEMBER_OF", HAYYA, HAMAS, "a Hamas delegation led by"),
      ("LEADS", BARNEA, MOSSAD, "Mossad chief David Barnea"),
      ("LEADS", MBAR, QGOV, "Qatar's prime minister, Sheikh"),
      ],
     {"source": SEMAFOR, "published": "2025-10-20"}),

    ("arNI4_king_sisi_cairo_summit", "ar",
     "الملك والسيسي يبحثان على هامش القمة العربية الطارئة خطة إعادة إعمار غزة\n"
     "القاهرة - المملكة\n"
     "التقى جلالة الملك عبدالله الثاني، الثلاثاء، الرئيس المصري عبد الفتاح السيسي، على هامش أعمال القمة "
     "العربية غير العادية التي استضافتها القاهرة، وبحث الزعيمان جهود تثبيت وقف إطلاق النار في قطاع غزة "
     "والخطة العربية لإعادة إعماره دون تهجير أهله.\n"
     "وحضر اللقاء سمو الأمير الحسين بن عبدالله الثاني، ولي العهد، ونائب رئيس الوزراء وزير الخارجية وشؤون "
     "المغتربين أيمن الصفدي.\n"
     "وأكد العاهل الأردني أن المملكة ترفض أي محاولات لتهجير الفلسطينيين من أرضهم، مثمناً الدور المصري في "
     "جهود الوساطة.\n"
     "وكان جلالته قد التقى، قبيل الجلسة الافتتاحية، الرئيس الفلسطيني محمود عباس، فيما أُلغي لقاء كان مقرراً "
     "مع الأمين العام لجامعة الدول العربية أحمد أبو الغيط بسبب ضيق الوقت.\n"
     "وتلقى الملك في وقت لاحق اتصالاً هاتفياً من ولي العهد السعودي الأمير محمد بن سلمان، جرى خلاله التنسيق "
     "بشأن مخرجات القمة.\n"
     "وفي عمّان، ترأس رئيس الوزراء جعفر حسان، الذي خلف بشر الخصاونة في المنصب في أيلول 2024، جلسة لمجلس "
     "الوزراء خُصصت لمتابعة نتائج القمة.",
     [("MET_WITH", ABDULLAH, SISI, "التقى جلالة الملك عبدالله الثاني", "2025-03-04"),
      ("MET_WITH", HUSSEIN, SISI, "وحضر اللقاء سمو الأمير الحسين", "2025-03-04"),
      ("MET_WITH", SAFADI, SISI, "المغتربين أيمن الصفدي", "2025-03-04"),
      ("MET_WITH", ABDULLAH, ABBAS, "قبيل الجلسة الافتتاحية", "2025-03-04"),
      ("VISITED", ABDULLAH, CAIRO, "التي استضافتها القاهرة", "2025-03-04"),
      ("LEADS", SISI, EGYPT, "الرئيس المصري عبد الفتاح السيسي"),
      ("LEADS", ABDULLAH, JORDAN, "وأكد العاهل الأردني"),
      ("LEADS", SAFADI, JFM, "وزير الخارجية وشؤون"),
      ("LEADS", ABBAS, PALESTINE, "الرئيس الفلسطيني محمود عباس"),
      ("LEADS", GHEIT, ARABLEAGUE, "الأمين العام لجامعة الدول العربية"),
      ("LEADS", JHASSAN, JGOV, "ترأس رئيس الوزراء جعفر حسان"),
      ("SUCCESSOR_OF", JHASSAN, KHASAWNEH, "الذي خلف بشر الخصاونة", "2024-09"),
      ],
     {"source": MAMLAKA, "published": "2025-03-04"}),

    ("enNI5_doha_strike_israel_hayom", "en",
     "'Summit of Fire': how Israel struck Hamas's leadership in Doha\n"
     "Israeli Air Force jets struck a building in Doha's Leqtaifiya district on Tuesday where senior Hamas "
     "terrorists had gathered to discuss a US ceasefire proposal, the IDF and the Shin Bet said.\n"
     "Hamas said its negotiating team survived, but that five of its members were killed in the Israeli "
     "strike: Humam al-Hayya, the son of the group's Gaza chief Khalil al-Hayya; Jihad Labad, who ran "
     "al-Hayya's office; Abdullah Abdul Wahid; Mo'men Hassouna; and Ahmed al-Mamluk. A Qatari security "
     "officer, Cpl. Badr al-Dosari, was also killed.\n"
     "Israeli officials had initially briefed that al-Hayya and Zaher Jabarin were eliminated, a claim "
     "the terror group dismissed within hours.\n"
     "Prime Minister Benjamin Netanyahu said he had ordered the operation together with Defense Minister "
     "Israel Katz after the shooting attack at Ramot Junction in Jerusalem a day earlier.\n"
     "Three days later, President Donald Trump hosted Qatar's Prime Minister Sheikh Mohammed bin "
     "Abdulrahman Al Thani for dinner in New York.\n"
     "At the end of the month, at the White House and with Trump at his side, Netanyahu phoned the Qatari "
     "premier to express regret for the violation of Qatari sovereignty.",
     [("ASSASSINATED_BY", HAMMAM, ISRAEL, "Humam al-Hayya, the son", "2025-09-09"),
      ("ASSASSINATED_BY", LABAD, ISRAEL, "Jihad Labad, who ran", "2025-09-09"),
      ("ASSASSINATED_BY", WAHID, ISRAEL, "Abdullah Abdul Wahid", "2025-09-09"),
      ("ASSASSINATED_BY", HASSOUNA, ISRAEL, "Mo'men Hassouna", "2025-09-09"),
      ("ASSASSINATED_BY", MAMLUK, ISRAEL, "and Ahmed al-Mamluk", "2025-09-09"),
      ("ASSASSINATED_BY", DOSARI, ISRAEL, "Cpl. Badr al-Dosari, was also killed", "2025-09-09"),
      ("MEMBER_OF", HAYYA, HAMAS, "the group's Gaza chief"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu said"),
      ("MET_WITH", TRUMP, MBAR, "hosted Qatar's Prime Minister Sheikh", "2025-09-12"),
      ("MET_WITH", NETANYAHU, TRUMP, "with Trump at his side", "2025-09-29"),
      ("LEADS", MBAR, QGOV, "Qatar's Prime Minister"),
      ],
     {"source": HAYOM, "published": "2025-09-30"}),

    ("arNI6_sharm_peace_summit_qahera", "ar",
     "السيسي وترامب يترأسان قمة شرم الشيخ للسلام بمشاركة أكثر من 20 من القادة\n"
     "شرم الشيخ - القاهرة الإخبارية\n"
     "استقبل الرئيس عبد الفتاح السيسي، اليوم الإثنين، الرئيس الأمريكي دونالد ترامب لدى وصوله إلى مطار شرم "
     "الشيخ الدولي قادماً من إسرائيل، وعقد الرئيسان جلسة مباحثات ثنائية قبل انطلاق أعمال القمة.\n"
     "وقلّد الرئيس السيسي ضيفه قلادة النيل، أرفع وسام مصري، تقديراً لجهوده في وقف الحرب على غزة.\n"
     "ووقّع الرئيس ترامب والرئيس السيسي وأمير دولة قطر الشيخ تميم بن حمد آل ثاني والرئيس التركي رجب طيب "
     "أردوغان وثيقة شاملة بشأن اتفاق غزة، بحضور قادة ورؤساء حكومات، من بينهم الرئيس الفلسطيني محمود عباس "
     "والرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء البريطاني كير ستارمر والأمين العام للأمم المتحدة "
     "أنطونيو غوتيريش.\n"
     "وكان رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد اعتذر عن عدم المشاركة بسبب حلول عيد يهودي، رغم اتصال "
     "هاتفي تلقاه من الرئيس السيسي صباح اليوم.\n"
     "والتقى الرئيس السيسي، على هامش القمة، العاهل الأردني الملك عبدالله الثاني، حيث تناول اللقاء ترتيبات "
     "المرحلة الثانية من الاتفاق.",
     [("MET_WITH", SISI, TRUMP, "الرئيس الأمريكي دونالد ترامب لدى وصوله", "2025-10-13"),
      ("VISITED", TRUMP, SHARM, "لدى وصوله إلى مطار شرم", "2025-10-13"),
      ("MET_WITH", TAMIM, TRUMP, "وأمير دولة قطر الشيخ", "2025-10-13"),
      ("MET_WITH", ERDOGAN, TRUMP, "والرئيس التركي رجب طيب", "2025-10-13"),
      ("MET_WITH", TAMIM, SISI, "الشيخ تميم بن حمد آل ثاني", "2025-10-13"),
      ("MET_WITH", ERDOGAN, SISI, "أردوغان وثيقة شاملة", "2025-10-13"),
      ("MET_WITH", TAMIM, ERDOGAN, "ووقّع الرئيس ترامب", "2025-10-13"),
      ("MET_WITH", SISI, ABDULLAH, "العاهل الأردني الملك عبدالله الثاني", "2025-10-13"),
      ("LEADS", TRUMP, US, "الرئيس الأمريكي دونالد"),
      ("LEADS", TAMIM, QATAR, "أمير دولة قطر"),
      ("LEADS", ERDOGAN, TURKEY, "والرئيس التركي"),
      ("LEADS", ABBAS, PALESTINE, "الرئيس الفلسطيني"),
      ("LEADS", MACRON, FRANCE, "والرئيس الفرنسي"),
      ("LEADS", STARMER, UK, "ورئيس الوزراء البريطاني"),
      ("LEADS", GUTERRES, UN, "والأمين العام للأمم المتحدة"),
      ("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء الإسرائيلي"),
      ("LEADS", ABDULLAH, JORDAN, "العاهل الأردني"),
      ],
     {"source": QAHERA, "published": "2025-10-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNI")
