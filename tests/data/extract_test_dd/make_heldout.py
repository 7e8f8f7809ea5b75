"""Blind set DD: Hamas' leaders killed and replaced, and the mediators in between, 2024:
Israel's first acknowledgement (Katz, Dec 2024) that it killed Haniya in Tehran, with the Houthis
as the new target (Reuters-style); Hochstein in Ain el-Tineh and the Grand Serail with the
ceasefire draft, weeks after Qassem was elected to succeed Nasrallah (Al-Akhbar-style Arabic, Nov
2024); Blinken's talks with Netanyahu, Herzog and Gallant after Hamas picked Senwar to succeed
Haniyeh (AP-style, Aug 2024); Sinwar's death in Tal al-Sultan as claimed by the Israeli army,
the five-member leadership council, and Abu Marzouk in Moscow (Al Jazeera-style Arabic, Oct 2024);
the Beirut funeral of Saleh al-Arouri, killed in an unclaimed strike, and Hochstein's round a
week later (AP-style, Jan 2024); Hassan Rashad's first meeting with a Hamas delegation after
replacing Abbas Kamel, and Ronen Bar's talks in Cairo (Asharq Al-Awsat-style Arabic, Nov 2024).
Style: en/ar alternating; a killing acknowledged months later in a quote ("just as we did to");
killings only blamed ("Iran and Hamas blamed on Israel"; "whoever did it"); a deputy speaker who
"took part in" talks; "did not meet" / "a phone call" / "is due to ... expected to meet";
"received ... a delegation headed by"; "accompanied by"; clitics (واستقبله، والتقى، بوفد).
Spellings: Haniya / Haniyeh / هنيّة; Sinwar / Senwar; Nasrallah / Nasr Allah / نصرالله.
Written and annotated blind (extractor neither read nor run).
A DEV set since session 13 (measured once blind; in session 13 used only to choose the learned scorer's settings; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dd/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_df import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IRAN, LEB, EGY = "country:israel", "country:iran", "country:lebanon", "country:egypt"
HAMAS, HEZ, QASSAM = "organization:hamas", "organization:hezbollah", "organization:qassam-brigades"
IDF, MOSSAD, SHIN = "organization:israel-defense-forces", "organization:mossad", "organization:shin-bet"
HLC = "organization:hamas-leadership-council"
HAN, SIN, NAS, QAS = ("person:ismail-haniyeh", "person:yahya-sinwar", "person:hassan-nasrallah",
                      "person:naim-qassem")
KATZ, PEZ, KHAM = "person:israel-katz", "person:masoud-pezeshkian", "person:ali-khamenei"
SAREE = "person:yahya-saree"
HOCH, BERRI, MIK, JAOUN = ("person:amos-hochstein", "person:nabih-berri", "person:najib-mikati",
                           "person:joseph-aoun")
BOUSAAB, NET = "person:elias-bou-saab", "person:benjamin-netanyahu"
BLINK, HERZOG, GAL, SISI = ("person:antony-blinken", "person:isaac-herzog", "person:yoav-gallant",
                            "person:abdel-fattah-al-sisi")
HAMDAN = "person:osama-hamdan"
HAYYA, DARW, JAB, MESH = ("person:khalil-al-hayya", "person:mohammed-darwish", "person:zaher-jabarin",
                          "person:khaled-meshaal")
MARZ, BOGD = "person:mousa-abu-marzouk", "person:mikhail-bogdanov"
AROURI, FANDI, AQRAA, REGEV = ("person:saleh-al-arouri", "person:samir-fandi", "person:azzam-al-aqraa",
                               "person:mark-regev")
RASHAD, KAMEL, BARNEA, BURNS = ("person:hassan-rashad", "person:abbas-kamel", "person:david-barnea",
                                "person:william-burns")
RBAR, ALON, BADRAN = "person:ronen-bar", "person:nitzan-alon", "person:husam-badran"
EGI = "organization:egyptian-general-intelligence"

ARTICLES = [
    ("enDD1_katz_haniya_acknowledged", "en",
     "JERUSALEM, Dec 23 (Reuters) - Israel acknowledged on Monday for the first time that it killed "
     "Hamas leader Ismail Haniya in Tehran in July, as Defence Minister Israel Katz warned Yemen's "
     "Houthis that their leaders would meet the same fate.\n"
     "\"We will strike their strategic infrastructure and cut off the head of their leadership, "
     "just as we did to Haniya, Sinwar and Nasrallah in Tehran, Gaza and Lebanon,\" Katz said at a "
     "ceremony for ministry staff.\n"
     "Haniya, who headed Hamas' political bureau from Doha, was killed in a guesthouse in the "
     "Iranian capital on July 31, hours after attending the swearing-in of President Masoud "
     "Pezeshkian. He had met Pezeshkian and Supreme Leader Ali Khamenei the previous day, Iranian "
     "media said.\n"
     "Iran and Hamas blamed Israel at the time and Khamenei vowed \"harsh punishment\", but Israeli "
     "officials had until now declined to comment. Tehran answered with a missile barrage on Israel "
     "on Oct. 1.\n"
     "Hamas later named its Gaza chief Yahya Sinwar to replace Haniya. Sinwar himself died in a "
     "firefight in Rafah in October.\n"
     "The Houthis, who have fired missiles and drones at Israel throughout the Gaza war, said the "
     "threats would not deter them. Their military spokesman, Yahya Saree, said a hypersonic "
     "missile had been launched at Tel Aviv hours after Katz spoke.",
     [("ASSASSINATED_BY", HAN, ISR, "acknowledged on Monday for the first time", "2024-07-31"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "Defence Minister Israel Katz"),
      ("ASSASSINATED_BY", SIN, ISR, "just as we did to Haniya", "2024-10-16"),
      ("ASSASSINATED_BY", NAS, ISR, "Sinwar and Nasrallah in Tehran", "2024-09-27"),
      ("LEADS", HAN, HAMAS, "who headed Hamas' political bureau"),
      ("VISITED", HAN, "location:tehran", "killed in a guesthouse in the Iranian capital", "2024-07-31"),
      ("LEADS", PEZ, IRAN, "swearing-in of President Masoud"),
      ("MET_WITH", HAN, PEZ, "He had met Pezeshkian", "2024-07-30"),
      ("MET_WITH", HAN, KHAM, "Supreme Leader Ali Khamenei the previous day", "2024-07-30"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ali Khamenei the previous day"),
      ("ATTACKED", IRAN, ISR, "a missile barrage on Israel", "2024-10-01"),
      ("SUCCESSOR_OF", SIN, HAN, "Yahya Sinwar to replace Haniya"),
      ("ATTACKED", "organization:houthis", ISR, "have fired missiles and drones at Israel"),
      ("MEMBER_OF", SAREE, "organization:houthis", "Their military spokesman, Yahya Saree"),
      ("ATTACKED", "organization:houthis", "location:tel-aviv", "missile had been launched at Tel Aviv"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-12-23"}),

    ("arDD2_hochstein_ain_el_tineh", "ar",
     "بيروت - «الأخبار» - وصل المبعوث الأميركي آموس هوكشتاين إلى بيروت أمس حاملاً الرد الإسرائيلي "
     "على الملاحظات اللبنانية حول مسودة اتفاق وقف إطلاق النار، واستقبله رئيس مجلس النواب نبيه بري "
     "في عين التينة في اجتماع استمر نحو ساعتين.\n"
     "ثم التقى هوكشتاين رئيس حكومة تصريف الأعمال نجيب ميقاتي في السراي الحكومي، فيما لم يلتقِ قائد "
     "الجيش العماد جوزاف عون هذه المرة واكتفى باتصال هاتفي معه.\n"
     "وقال بري بعد اللقاء إن «الأجواء إيجابية لكن العبرة في الخواتيم»، فيما نقل نائب رئيس مجلس "
     "النواب إلياس بو صعب، الذي شارك في جزء من المباحثات، أن الفجوات «باتت محدودة وتقنية».\n"
     "ويأتي ذلك بعد أسابيع من انتخاب مجلس شورى حزب الله الشيخ نعيم قاسم أميناً عاماً للحزب خلفاً "
     "للسيد حسن نصرالله، الذي اغتالته إسرائيل بغارة على حارة حريك في 27 أيلول. وأكد قاسم في كلمة "
     "متلفزة أن الحزب فوّض «الأخ الأكبر» بري التفاوض، وأنه لن يقبل أي اتفاق «يمس السيادة».\n"
     "ومن المقرر أن يتوجه هوكشتاين من بيروت إلى تل أبيب للقاء رئيس الوزراء الإسرائيلي بنيامين "
     "نتنياهو، الذي يواجه ضغوطاً من وزراء في حكومته يرفضون أي تسوية قبل «نزع سلاح» الحزب.",
     [("VISITED", HOCH, "location:beirut", "وصل المبعوث الأميركي آموس هوكشتاين إلى بيروت", "2024-11-19"),
      ("MET_WITH", BERRI, HOCH, "واستقبله رئيس مجلس النواب", "2024-11-19"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "واستقبله رئيس مجلس النواب"),
      ("MET_WITH", HOCH, MIK, "ثم التقى هوكشتاين رئيس حكومة", "2024-11-19"),
      ("LEADS", MIK, "organization:lebanese-government", "رئيس حكومة تصريف الأعمال نجيب"),
      ("LEADS", JAOUN, "organization:lebanese-army", "الجيش العماد جوزاف عون"),
      ("MEMBER_OF", BOUSAAB, "organization:lebanese-parliament", "نائب رئيس مجلس"),
      ("MET_WITH", BOUSAAB, HOCH, "الذي شارك في جزء من المباحثات", "2024-11-19"),
      ("SUCCESSOR_OF", QAS, NAS, "خلفاً للسيد حسن", "2024-10-29"),
      ("LEADS", QAS, HEZ, "الشيخ نعيم قاسم أميناً عاماً"),
      ("ASSASSINATED_BY", NAS, ISR, "الذي اغتالته إسرائيل", "2024-09-27"),
      ("LEADS", NET, ISR, "رئيس الوزراء الإسرائيلي بنيامين"),
      ],
     {"source": "blind set (Al-Akhbar-style Arabic)", "published": "2024-11-20"}),

    ("enDD3_blinken_netanyahu_senwar", "en",
     "JERUSALEM (AP) - U.S. Secretary of State Antony Blinken held nearly three hours of talks with "
     "Israeli Prime Minister Benjamin Netanyahu on Monday, then said Israel had accepted a "
     "\"bridging proposal\" for a Gaza cease-fire and that it was now up to Hamas to do the same.\n"
     "Blinken, on his ninth trip to the region since the war began, also met President Isaac Herzog "
     "in Tel Aviv and sat down with Defense Minister Yoav Gallant. He is due to travel on Tuesday to "
     "Egypt, where he is expected to meet President Abdel Fattah el-Sissi, and then to Qatar.\n"
     "The push comes two weeks after Hamas picked Yahya Senwar, the architect of the Oct. 7 attack, "
     "to succeed Ismail Haniyeh as head of its political bureau. Haniyeh, the group's main "
     "interlocutor with Egyptian and Qatari mediators, was killed in Tehran in an explosion that "
     "Iran and Hamas blamed on Israel. Israel has neither confirmed nor denied involvement.\n"
     "\"Senwar has been and remains the primary decision-maker,\" Blinken told reporters, adding "
     "that he had had no contact with Hamas, which communicates with Washington only through the "
     "mediators.\n"
     "In Beirut, senior Hamas official Osama Hamdan said the group would not accept \"new "
     "conditions\" and accused Netanyahu of stalling.",
     [("LEADS", BLINK, "organization:us-state-department", "U.S. Secretary of State Antony"),
      ("MET_WITH", BLINK, NET, "held nearly three hours of talks", "2024-08-19"),
      ("LEADS", NET, ISR, "Israeli Prime Minister Benjamin"),
      ("MET_WITH", BLINK, HERZOG, "also met President Isaac Herzog", "2024-08-19"),
      ("LEADS", HERZOG, ISR, "also met President Isaac Herzog"),
      ("VISITED", BLINK, "location:tel-aviv", "in Tel Aviv and sat down", "2024-08-19"),
      ("MET_WITH", BLINK, GAL, "sat down with Defense Minister", "2024-08-19"),
      ("LEADS", GAL, "organization:israeli-defense-ministry", "Defense Minister Yoav Gallant"),
      ("LEADS", SISI, EGY, "President Abdel Fattah el-Sissi"),
      ("SUCCESSOR_OF", SIN, HAN, "to succeed Ismail Haniyeh", "2024-08-06"),
      ("LEADS", SIN, HAMAS, "as head of its political bureau"),
      ("MEMBER_OF", HAMDAN, HAMAS, "senior Hamas official Osama Hamdan"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-08-19"}),

    ("arDD4_sinwar_tal_al_sultan_council", "ar",
     "الدوحة - «الجزيرة» - نعى رئيس حركة المقاومة الإسلامية (حماس) في قطاع غزة خليل الحية، الجمعة، "
     "رئيس المكتب السياسي للحركة يحيى السنوار، مؤكداً أنه قضى «مقبلاً غير مدبر» في اشتباك في حي "
     "تل السلطان برفح.\n"
     "وكان الجيش الإسرائيلي قد أعلن الخميس أن قواته قتلت السنوار خلال عملية في رفح، ونشر مقطعاً "
     "مصوراً من طائرة مسيّرة قال إنه يُظهر لحظاته الأخيرة داخل مبنى مدمر.\n"
     "وقال الحية في كلمة مصورة إن الأسرى الإسرائيليين لن يعودوا «إلا بوقف العدوان والانسحاب من غزة».\n"
     "وتولى السنوار قيادة الحركة في آب الماضي خلفاً لإسماعيل هنيّة، الذي اغتيل في طهران نهاية تموز.\n"
     "وبحسب مصادر في الحركة، فإن حماس لن تسارع إلى تسمية خليفة له، وستُدار شؤونها عبر مجلس قيادي "
     "خماسي يرأسه رئيس مجلس الشورى محمد درويش، ويضم الحية ونائب رئيس الحركة في الضفة الغربية زاهر "
     "جبارين ورئيس الحركة في الخارج خالد مشعل، إضافة إلى أمين سر المكتب السياسي.\n"
     "وكان عضو المكتب السياسي موسى أبو مرزوق قد التقى في موسكو الشهر الماضي نائب وزير الخارجية "
     "الروسي ميخائيل بوغدانوف، وبحث معه مسار المفاوضات المتعثرة.",
     [("MEMBER_OF", HAYYA, HAMAS, "نعى رئيس حركة المقاومة الإسلامية"),
      ("LEADS", SIN, HAMAS, "رئيس المكتب السياسي للحركة يحيى"),
      ("LOCATED_IN", "location:tal-al-sultan", "location:rafah", "تل السلطان برفح"),
      ("ASSASSINATED_BY", SIN, IDF, "أن قواته قتلت السنوار", "2024-10-16"),
      ("SUCCESSOR_OF", SIN, HAN, "خلفاً لإسماعيل", "2024-08-06"),
      ("PART_OF", HLC, HAMAS, "عبر مجلس قيادي"),
      ("LEADS", DARW, HLC, "خماسي يرأسه"),
      ("LEADS", DARW, "organization:hamas-shura-council", "رئيس مجلس الشورى محمد"),
      ("MEMBER_OF", HAYYA, HLC, "ويضم الحية"),
      ("MEMBER_OF", JAB, HLC, "في الضفة الغربية زاهر"),
      ("MEMBER_OF", JAB, HAMAS, "ونائب رئيس الحركة في الضفة"),
      ("MEMBER_OF", MESH, HLC, "خالد مشعل، إضافة"),
      ("MEMBER_OF", MESH, HAMAS, "ورئيس الحركة في الخارج"),
      ("MEMBER_OF", MARZ, HAMAS, "عضو المكتب السياسي موسى"),
      ("MET_WITH", MARZ, BOGD, "قد التقى في موسكو", "2024-09"),
      ("VISITED", MARZ, "location:moscow", "قد التقى في موسكو", "2024-09"),
      ("MEMBER_OF", BOGD, "organization:russian-foreign-ministry", "نائب وزير الخارجية"),
      ],
     {"source": "blind set (Al Jazeera-style Arabic)", "published": "2024-10-18"}),

    ("enDD5_arouri_funeral_hochstein", "en",
     "BEIRUT (AP) - Thousands of mourners marched through Beirut's southern suburbs on Thursday "
     "behind the coffin of Saleh al-Arouri, the deputy head of Hamas' political bureau, who was "
     "killed with six others when a drone struck an apartment two days earlier.\n"
     "The strike, the first on the Lebanese capital since the Gaza war began, also killed Samir "
     "Findi and Azzam al-Aqraa, two commanders of the Qassam Brigades, Hamas' armed wing. Lebanon, "
     "Hamas and Hezbollah blamed Israel. Israel did not claim the attack, though Mark Regev, an "
     "adviser to Prime Minister Netanyahu, told MSNBC that whoever did it had carried out \"a "
     "surgical strike against the Hamas leadership\".\n"
     "Hezbollah chief Hassan Nasr Allah warned in a televised speech that the killing \"will not go "
     "unanswered\". Caretaker Prime Minister Najib Mikati called it \"a new Israeli crime\" and filed "
     "a complaint with the U.N. Security Council.\n"
     "A week later, U.S. envoy Amos Hochstein arrived in Beirut and met Mikati, Parliament Speaker "
     "Nabih Berri and army commander Gen. Joseph Aoun, seeking ways to calm the border. Hezbollah "
     "officials said they did not meet him and had no intention of doing so.",
     [("MEMBER_OF", AROURI, HAMAS, "the deputy head of Hamas' political bureau"),
      ("MEMBER_OF", FANDI, QASSAM, "two commanders of the Qassam Brigades"),
      ("MEMBER_OF", AQRAA, QASSAM, "two commanders of the Qassam Brigades"),
      ("PART_OF", QASSAM, HAMAS, "Hamas' armed wing"),
      ("REPORTED_BY", REGEV, "outlet:msnbc", "told MSNBC"),
      ("LEADS", NET, ISR, "Prime Minister Netanyahu"),
      ("LEADS", NAS, HEZ, "Hezbollah chief Hassan"),
      ("LEADS", MIK, "organization:lebanese-government", "Caretaker Prime Minister Najib"),
      ("VISITED", HOCH, "location:beirut", "arrived in Beirut and met", "2024-01-11"),
      ("MET_WITH", HOCH, MIK, "arrived in Beirut and met Mikati", "2024-01-11"),
      ("MET_WITH", HOCH, BERRI, "Parliament Speaker Nabih Berri", "2024-01-11"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "Parliament Speaker Nabih Berri"),
      ("MET_WITH", HOCH, JAOUN, "army commander Gen. Joseph Aoun", "2024-01-11"),
      ("LEADS", JAOUN, "organization:lebanese-army", "army commander Gen. Joseph Aoun"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-01-04"}),

    ("arDD6_rashad_hamas_delegation_cairo", "ar",
     "القاهرة - «الشرق الأوسط» - استقبل رئيس جهاز المخابرات العامة المصرية اللواء حسن رشاد، الأحد، "
     "وفداً من حركة حماس برئاسة خليل الحية، في أول لقاء يجمعه بقيادة الحركة منذ تعيينه في منصبه "
     "الشهر الماضي.\n"
     "وكان الرئيس عبد الفتاح السيسي قد أصدر قراراً بتعيين رشاد رئيساً للجهاز خلفاً للواء عباس كامل، "
     "الذي عُيّن مستشاراً لرئيس الجمهورية. وأدار كامل على مدى عام ملف الوساطة إلى جانب قطر والولايات "
     "المتحدة، والتقى مراراً رئيس الموساد ديفيد برنياع ومدير وكالة المخابرات المركزية الأميركية "
     "وليام بيرنز.\n"
     "وبحث الجانبان، بحسب مصادر مصرية، مقترحاً لهدنة قصيرة يُفرج خلالها عن عدد من الأسرى مقابل "
     "إدخال المساعدات إلى شمال القطاع.\n"
     "وقبل أسبوعين، زار رئيس جهاز الأمن العام الإسرائيلي (الشاباك) رونين بار القاهرة وأجرى مباحثات "
     "مع رشاد، يرافقه اللواء نيتسان ألون، المسؤول عن ملف الأسرى في الجيش الإسرائيلي. ولم يلتقِ بار "
     "خلال الزيارة أي مسؤول من حماس.\n"
     "من جهته، قال عضو المكتب السياسي للحركة حسام بدران إن حماس «منفتحة على أي مقترح يوقف الحرب "
     "ويضمن الانسحاب».",
     [("LEADS", RASHAD, EGI, "رئيس جهاز المخابرات العامة المصرية اللواء"),
      ("MET_WITH", RASHAD, HAYYA, "وفداً من حركة حماس برئاسة", "2024-11-10"),
      ("MEMBER_OF", HAYYA, HAMAS, "وفداً من حركة حماس برئاسة"),
      ("LEADS", SISI, EGY, "الرئيس عبد الفتاح السيسي"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس", "2024-10-16"),
      ("MET_WITH", KAMEL, BARNEA, "والتقى مراراً رئيس الموساد"),
      ("LEADS", BARNEA, MOSSAD, "رئيس الموساد ديفيد"),
      ("MET_WITH", KAMEL, BURNS, "وليام بيرنز"),
      ("LEADS", BURNS, "organization:cia", "ومدير وكالة المخابرات المركزية"),
      ("VISITED", RBAR, "location:cairo", "زار رئيس جهاز الأمن العام", "2024-10"),
      ("LEADS", RBAR, SHIN, "رئيس جهاز الأمن العام الإسرائيلي"),
      ("MET_WITH", RBAR, RASHAD, "وأجرى مباحثات", "2024-10"),
      ("MET_WITH", ALON, RASHAD, "يرافقه اللواء نيتسان", "2024-10"),
      ("VISITED", ALON, "location:cairo", "يرافقه اللواء نيتسان", "2024-10"),
      ("MEMBER_OF", ALON, IDF, "المسؤول عن ملف الأسرى في الجيش"),
      ("MEMBER_OF", BADRAN, HAMAS, "عضو المكتب السياسي للحركة حسام"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style Arabic)", "published": "2024-11-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDD")
