"""Blind set IW: Gaza 2023-2025 and the killing of Hamas leaders as an Israeli English-language
newspaper writes it (Haaretz / Times of Israel-like: IDF statements, the security cabinet, "an
Israeli official said", "a senior official who spoke on condition of anonymity"; the Arabic pieces as
its Arabic-language edition would run them, with Israeli vocabulary: الكابينت، وزير الأمن، المخطوفين،
الشاباك): the IDF confirms Deif's death in the July 13 strike (English); the security cabinet
approves the January 2025 deal after Barnea and Bar in Doha and Witkoff's Saturday meeting with
Netanyahu (Arabic); analysis of Dermer taking the hostage file from Barnea, Boehler's direct talk
with Hamas and Ratcliffe after Burns (English); Zamir takes over from Halevi and Baram from Zamir,
March 2025 (Arabic); the IDF confirms Sinwar killed in Rafah, October 2024 (English); Israel's
silence after Haniyeh's killing and the strike it did claim on Fouad Shukr in Beirut (Arabic).
Style: "the military said in a statement", ranks (Brig. Gen., Lt. Col.), unnamed officials, the
security cabinet and the Prime Minister's Office, short quotes from ministers.
Excluded on purpose: Haniyeh's killing "blamed on Israel" / "attributed to Israel" or announced
by the IRGC with no agent (three pieces); a security-cabinet meeting still to come (twice); Ben-Gvir's
threat to quit the government; the national security adviser "left out" of a team; a visit by
Boehler to Israel that was postponed; Sinwar's brother as a "likely candidate" to replace him; an
accusation against Shukr over Majdal Shams.
Spellings: Mohammed Dief, إيال زمير, هرتسي هليفي, هنيّة.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_iw import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISR = "country:iran", "country:israel"
HAMAS, HPB, QASSAM, HEZ = ("organization:hamas", "organization:hamas-political-bureau",
                           "organization:qassam-brigades", "organization:hezbollah")
IDF, IAF, IDM, ISRGOV, INSC, PMO = (
    "organization:israel-defense-forces", "organization:israeli-air-force", "organization:israeli-defense-ministry",
    "organization:israeli-government", "organization:israeli-national-security-council",
    "organization:israeli-prime-ministers-office")
MOSSAD, SHINBET, CIA, QGOV, DIV162 = ("organization:mossad", "organization:shin-bet", "organization:cia",
                                      "organization:qatari-government", "organization:idf-162nd-division")
DOHA, JERUSALEM, WASHINGTON, MAWASI, RAFAH, TALSULTAN, BEIRUT, DAHIYEH = (
    "location:doha", "location:jerusalem", "location:washington", "location:al-mawasi", "location:rafah",
    "location:tal-al-sultan", "location:beirut", "location:dahiyeh")
DEIF, SALAMA, SHEHADEH, HANIYEH, SINWAR, NUNU, SHUKR = (
    "person:mohammed-deif", "person:rafa-salama", "person:salah-shehadeh", "person:ismail-haniyeh",
    "person:yahya-sinwar", "person:taher-al-nunu", "person:fouad-shukr")
NETANYAHU, GALLANT, KATZ, HALEVI, ZAMIR, BARNEA, BAR, DERMER = (
    "person:benjamin-netanyahu", "person:yoav-gallant", "person:israel-katz", "person:herzi-halevi",
    "person:eyal-zamir", "person:david-barnea", "person:ronen-bar", "person:ron-dermer")
MBAR, WITKOFF, BOEHLER, BURNS, KHAMENEI = ("person:mohammed-bin-abdulrahman-al-thani", "person:steve-witkoff",
                                           "person:adam-boehler", "person:william-burns", "person:ali-khamenei")
# new to the tables
LERNER, FALK, RATCLIFFE, HANEGBI, BARAM, COHEN, MENCER = (
    "person:peter-lerner", "person:ophir-falk", "person:john-ratcliffe", "person:tzachi-hanegbi",
    "person:amir-baram", "person:itzik-cohen", "person:david-mencer")

ARTICLES = [
    ("enIW1_idf_confirms_dief", "en",
     "IDF confirms Hamas military chief Mohammed Dief was killed in July 13 strike\n"
     "The Israel Defense Forces announced Thursday that the head of Hamas's military wing, Mohammed Dief, was "
     "killed in an airstrike in the Khan Younis area of southern Gaza last month, after an intelligence "
     "assessment confirmed his death.\n"
     "\"It can be confirmed that Mohammed Dief was eliminated,\" the military said in a statement, adding "
     "that fighter jets struck a compound in the al-Mawasi area on July 13 acting on intelligence from the "
     "IDF and the Shin Bet security agency.\n"
     "The IDF had said earlier that the strike also killed Rafa Salama, the commander of Hamas's Khan Younis "
     "Brigade.\n"
     "Dief had headed the Qassam Brigades since 2002, taking over after Israel killed his predecessor Salah "
     "Shehadeh in an airstrike in Gaza City.\n"
     "Defense Minister Yoav Gallant hailed a \"significant milestone\".\n"
     "IDF spokesman Lt. Col. Peter Lerner, a reservist, told reporters the military was still working to "
     "confirm the fate of other senior operatives targeted since the war began.\n"
     "The announcement came a day after Hamas politburo chief Ismail Haniyeh was killed in Tehran. Israel has "
     "not commented on that blast, which Iran and Hamas blamed on Israel.\n"
     "An Israeli official said the security cabinet would convene later Thursday.",
     [("ASSASSINATED_BY", DEIF, IDF, "It can be confirmed that Mohammed Dief was eliminated", "2024-07-13"),
      ("ATTACKED", IDF, MAWASI, "fighter jets struck a compound in the al-Mawasi area", "2024-07-13"),
      ("ASSASSINATED_BY", SALAMA, IDF, "the strike also killed Rafa Salama", "2024-07-13"),
      ("MEMBER_OF", SALAMA, HAMAS, "the commander of Hamas's Khan Younis"),
      ("LEADS", DEIF, QASSAM, "Dief had headed the Qassam Brigades since 2002"),
      ("SUCCESSOR_OF", DEIF, SHEHADEH, "taking over after Israel killed", "2002"),
      ("ASSASSINATED_BY", SHEHADEH, ISR, "Israel killed his predecessor Salah", "2002"),
      ("LEADS", GALLANT, IDM, "Defense Minister Yoav Gallant"),
      ("MEMBER_OF", LERNER, IDF, "IDF spokesman Lt. Col. Peter Lerner"),
      ("LEADS", HANIYEH, HPB, "Hamas politburo chief Ismail Haniyeh"),
      ],
     {"source": "blind set (Israeli English-language newspaper, English)", "published": "2024-08-01"}),

    ("arIW2_cabinet_approves_deal", "ar",
     "الكابينت يصادق على صفقة المخطوفين.. ومسؤول إسرائيلي: «لقاء ويتكوف كان نقطة التحول»\n"
     "القدس – صادق المجلس الوزاري المصغر للشؤون السياسية والأمنية (الكابينت)، ظهر الجمعة، على اتفاق وقف "
     "إطلاق النار وإعادة المخطوفين في غزة، بعد جلسة استمرت نحو ست ساعات، وأوصى الحكومة بكامل هيئتها "
     "بالمصادقة عليه.\n"
     "وجاءت المصادقة بعد عودة رئيس الموساد ديفيد برنياع ورئيس الشاباك رونين بار من الدوحة، حيث التقيا رئيس "
     "الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني وأنهيا صياغة البنود العالقة.\n"
     "وقال مسؤول إسرائيلي كبير، طلب عدم الكشف عن اسمه، إن لقاء المبعوث الأميركي ستيف ويتكوف برئيس الحكومة "
     "بنيامين نتنياهو في مكتبه بالقدس يوم السبت الماضي، بحضور المستشار السياسي لرئيس الحكومة أوفير فالك، "
     "«كان نقطة التحول».\n"
     "وصوّت وزراء حزب «عوتسما يهوديت» ضد الاتفاق، فيما هدد رئيس الحزب إيتمار بن غفير بالانسحاب من الحكومة "
     "إذا دخلت المرحلة الأولى حيز التنفيذ.\n"
     "ووفقاً لبيان صادر عن مكتب رئيس الحكومة، تبدأ المرحلة الأولى يوم الأحد وتشمل إعادة 33 مخطوفاً، على أن "
     "تبدأ مفاوضات المرحلة الثانية في اليوم السادس عشر.",
     [("LEADS", BARNEA, MOSSAD, "رئيس الموساد ديفيد"),
      ("LEADS", BAR, SHINBET, "رئيس الشاباك رونين"),
      ("VISITED", BARNEA, DOHA, "من الدوحة، حيث التقيا", "2025-01"),
      ("VISITED", BAR, DOHA, "من الدوحة، حيث التقيا", "2025-01"),
      ("MET_WITH", BARNEA, MBAR, "حيث التقيا رئيس", "2025-01"),
      ("MET_WITH", BAR, MBAR, "حيث التقيا رئيس", "2025-01"),
      ("MET_WITH", BARNEA, BAR, "حيث التقيا رئيس", "2025-01"),
      ("LEADS", MBAR, QGOV, "الوزراء القطري الشيخ محمد"),
      ("MET_WITH", WITKOFF, NETANYAHU, "إن لقاء المبعوث الأميركي ستيف ويتكوف", "2025-01-11"),
      ("LEADS", NETANYAHU, ISRGOV, "برئيس الحكومة بنيامين"),
      ("VISITED", WITKOFF, JERUSALEM, "في مكتبه بالقدس", "2025-01-11"),
      ("MET_WITH", FALK, WITKOFF, "بحضور المستشار السياسي لرئيس الحكومة", "2025-01-11"),
      ("MET_WITH", FALK, NETANYAHU, "بحضور المستشار السياسي لرئيس الحكومة", "2025-01-11"),
      ("MEMBER_OF", FALK, PMO, "المستشار السياسي لرئيس الحكومة أوفير"),
      ],
     {"source": "blind set (Israeli newspaper's Arabic edition, Arabic)", "published": "2025-01-18"}),

    ("enIW3_dermer_takes_hostage_file", "en",
     "Analysis: Dermer's takeover of the hostage file leaves Israel's security chiefs on the sidelines\n"
     "When Prime Minister Benjamin Netanyahu named Strategic Affairs Minister Ron Dermer last month to head "
     "Israel's negotiating team, replacing Mossad chief David Barnea, defense officials read it as a vote of "
     "no confidence.\n"
     "National Security Adviser Tzachi Hanegbi was left out of the new team as well, two sources familiar "
     "with the matter said.\n"
     "Dermer has since flown to Washington and met U.S. envoy Steve Witkoff, according to an Israeli "
     "official, but the first phase of the ceasefire expired last weekend with no agreement on the second.\n"
     "Jerusalem was further taken aback this week by reports that Adam Boehler, the U.S. special envoy for "
     "hostage affairs, met senior Hamas official Taher al-Nunu in Doha, the first known direct contact "
     "between Washington and the group. Israel was not told in advance, a senior Israeli official said, and a "
     "planned visit by Boehler to Israel was postponed.\n"
     "CIA Director John Ratcliffe, who succeeded William Burns in January, has kept out of the talks, unlike "
     "his predecessor, who met Barnea and Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha and "
     "Cairo throughout 2024.\n"
     "\"The Americans have their own channel now,\" one official said.",
     [("LEADS", NETANYAHU, ISRGOV, "Prime Minister Benjamin Netanyahu"),
      ("SUCCESSOR_OF", DERMER, BARNEA, "replacing Mossad chief David Barnea", "2025-02"),
      ("LEADS", BARNEA, MOSSAD, "Mossad chief David Barnea"),
      ("LEADS", HANEGBI, INSC, "National Security Adviser Tzachi Hanegbi"),
      ("VISITED", DERMER, WASHINGTON, "Dermer has since flown to Washington"),
      ("MET_WITH", DERMER, WITKOFF, "met U.S. envoy Steve Witkoff"),
      ("MET_WITH", BOEHLER, NUNU, "met senior Hamas official Taher al-Nunu in Doha", "2025-03"),
      ("MEMBER_OF", NUNU, HAMAS, "senior Hamas official Taher"),
      ("VISITED", BOEHLER, DOHA, "Taher al-Nunu in Doha", "2025-03"),
      ("LEADS", RATCLIFFE, CIA, "CIA Director John Ratcliffe"),
      ("SUCCESSOR_OF", RATCLIFFE, BURNS, "who succeeded William Burns in January", "2025-01"),
      ("MET_WITH", BURNS, BARNEA, "who met Barnea and Qatari Prime Minister", "2024"),
      ("MET_WITH", BURNS, MBAR, "who met Barnea and Qatari Prime Minister", "2024"),
      ("LEADS", MBAR, QGOV, "Qatari Prime Minister Mohammed"),
      ],
     {"source": "blind set (Israeli English-language newspaper, English)", "published": "2025-03-06"}),

    ("arIW4_zamir_takes_over_from_halevi", "ar",
     "إيال زمير يتسلّم رئاسة الأركان خلفاً لهليفي: «2025 ستكون سنة حرب»\n"
     "تل أبيب – تسلّم الفريق إيال زمير، اليوم الأربعاء، منصب رئيس هيئة الأركان العامة للجيش الإسرائيلي، "
     "خلفاً للفريق هرتسي هليفي الذي استقال على خلفية إخفاقات السابع من أكتوبر، وذلك في مراسم أقيمت في تل "
     "أبيب.\n"
     "وقال وزير الأمن يسرائيل كاتس، خلال المراسم، إن الجيش في عهد هليفي «قضى على قادة حماس»، مذكّراً بأن "
     "قوات الجيش قتلت يحيى السنوار في رفح، وأن سلاح الجو اغتال محمد الضيف في خان يونس.\n"
     "وكان كاتس قد أقرّ، في كانون الأول الماضي، بأن إسرائيل هي من اغتالت رئيس المكتب السياسي لحماس إسماعيل "
     "هنيّة في طهران في تموز.\n"
     "وفي سياق متصل، عيّن كاتس اللواء احتياط أمير برعام مديراً عاماً لوزارة الأمن، خلفاً لزمير الذي شغل "
     "المنصب منذ مطلع 2023.\n"
     "وعقد زمير، فور تسلّمه منصبه، جلسة تقييم أمنية مع رئيس الحكومة بنيامين نتنياهو، تناولت خطط استئناف "
     "القتال في غزة في حال انهيار المفاوضات، بحسب مسؤول أمني.\n"
     "ومن المقرر أن يجتمع الكابينت الأحد لبحث المرحلة الثانية من الاتفاق.",
     [("LEADS", ZAMIR, IDF, "منصب رئيس هيئة الأركان العامة للجيش الإسرائيلي"),
      ("SUCCESSOR_OF", ZAMIR, HALEVI, "خلفاً للفريق هرتسي هليفي", "2025-03-05"),
      ("LEADS", KATZ, IDM, "وزير الأمن يسرائيل كاتس"),
      ("ASSASSINATED_BY", SINWAR, IDF, "قوات الجيش قتلت يحيى السنوار", "2024-10"),
      ("ASSASSINATED_BY", DEIF, IAF, "سلاح الجو اغتال محمد الضيف", "2024-07"),
      ("ASSASSINATED_BY", HANIYEH, ISR, "بأن إسرائيل هي من اغتالت", "2024-07"),
      ("LEADS", HANIYEH, HPB, "رئيس المكتب السياسي لحماس إسماعيل"),
      ("SUCCESSOR_OF", BARAM, ZAMIR, "خلفاً لزمير", "2025-03"),
      ("MEMBER_OF", BARAM, IDM, "مديراً عاماً لوزارة الأمن"),
      ("MET_WITH", ZAMIR, NETANYAHU, "جلسة تقييم أمنية مع رئيس الحكومة", "2025-03-05"),
      ("LEADS", NETANYAHU, ISRGOV, "رئيس الحكومة بنيامين"),
      ],
     {"source": "blind set (Israeli newspaper's Arabic edition, Arabic)", "published": "2025-03-05"}),

    ("enIW5_idf_confirms_sinwar_rafah", "en",
     "IDF confirms Yahya Sinwar killed by troops in Rafah in chance encounter\n"
     "Hamas leader Yahya Sinwar, the architect of the October 7 massacre, was killed by IDF troops in Rafah in "
     "southern Gaza on Wednesday, the military confirmed Thursday after DNA tests.\n"
     "According to the IDF, soldiers from a training brigade operating under the 162nd Division, commanded by "
     "Brig. Gen. Itzik Cohen, spotted three gunmen in Rafah's Tal al-Sultan neighborhood and, after an "
     "exchange of fire, a tank shell hit the building where Sinwar was hiding. The troops did not know they "
     "were facing Sinwar until they examined the body.\n"
     "Sinwar was named Hamas's overall leader in August, replacing Ismail Haniyeh, who was killed in Tehran in "
     "a blast attributed to Israel.\n"
     "Prime Minister Benjamin Netanyahu held a late-night security consultation with Defense Minister Yoav "
     "Gallant and IDF Chief of Staff Herzi Halevi before announcing the news. \"Today evil has been dealt a "
     "heavy blow,\" he said.\n"
     "Israeli officials said it was too early to say who would replace Sinwar, though his brother Mohammed "
     "was seen as a likely candidate.",
     [("ASSASSINATED_BY", SINWAR, IDF, "was killed by IDF troops in Rafah", "2024-10-16"),
      ("LEADS", SINWAR, HAMAS, "Hamas leader Yahya Sinwar, the architect"),
      ("LEADS", COHEN, DIV162, "commanded by Brig. Gen. Itzik Cohen"),
      ("LOCATED_IN", TALSULTAN, RAFAH, "Rafah's Tal al-Sultan neighborhood"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "replacing Ismail Haniyeh", "2024-08"),
      ("MET_WITH", NETANYAHU, GALLANT, "held a late-night security consultation with", "2024-10-17"),
      ("MET_WITH", NETANYAHU, HALEVI, "held a late-night security consultation with", "2024-10-17"),
      ("MET_WITH", GALLANT, HALEVI, "held a late-night security consultation with", "2024-10-17"),
      ("LEADS", NETANYAHU, ISRGOV, "Prime Minister Benjamin Netanyahu"),
      ("LEADS", GALLANT, IDM, "Defense Minister Yoav"),
      ("LEADS", HALEVI, IDF, "IDF Chief of Staff Herzi Halevi"),
      ],
     {"source": "blind set (Israeli English-language newspaper, English)", "published": "2024-10-17"}),

    ("arIW6_silence_after_haniyeh", "ar",
     "اغتيال هنية في طهران: صمت إسرائيلي رسمي ونتنياهو يعقد مشاورات ليلية\n"
     "القدس – التزمت إسرائيل الصمت الرسمي، اليوم الأربعاء، إزاء مقتل رئيس المكتب السياسي لحركة حماس "
     "إسماعيل هنية في طهران، فيما أعلن الحرس الثوري الإيراني أن هنية قُتل مع أحد حراسه في مقر إقامته "
     "بالعاصمة الإيرانية، متوعداً بـ«رد قاسٍ».\n"
     "وقال المتحدث باسم الحكومة الإسرائيلية ديفيد منسر للصحفيين إن إسرائيل «لا تعلّق على التقارير "
     "الأجنبية»، لكنه أكد أن الجيش الإسرائيلي قتل، مساء الثلاثاء، القيادي العسكري البارز في حزب الله فؤاد "
     "شكر في غارة على الضاحية الجنوبية لبيروت.\n"
     "وكان هنية قد التقى، قبل ساعات من مقتله، المرشد الإيراني علي خامنئي، بعد مشاركته في مراسم أداء الرئيس "
     "مسعود بزشكيان اليمين الدستورية.\n"
     "وبحسب مسؤول إسرائيلي، عقد رئيس الحكومة بنيامين نتنياهو ليل الثلاثاء-الأربعاء مشاورات أمنية بمشاركة "
     "رئيس الموساد ديفيد برنياع ورئيس الشاباك رونين بار، تناولت الاستعداد لرد إيراني محتمل.\n"
     "ويتهم الجيش الإسرائيلي شكر بالمسؤولية عن الهجوم الصاروخي على بلدة مجدل شمس في الجولان، الذي قُتل فيه "
     "12 طفلاً.",
     [("LEADS", HANIYEH, HPB, "رئيس المكتب السياسي لحركة حماس"),
      ("MEMBER_OF", MENCER, ISRGOV, "المتحدث باسم الحكومة الإسرائيلية ديفيد"),
      ("ASSASSINATED_BY", SHUKR, IDF, "أن الجيش الإسرائيلي قتل، مساء الثلاثاء", "2024-07-30"),
      ("MEMBER_OF", SHUKR, HEZ, "القيادي العسكري البارز في حزب الله"),
      ("ATTACKED", IDF, DAHIYEH, "في غارة على الضاحية الجنوبية لبيروت", "2024-07-30"),
      ("LOCATED_IN", DAHIYEH, BEIRUT, "الضاحية الجنوبية لبيروت"),
      ("MET_WITH", HANIYEH, KHAMENEI, "قبل ساعات من مقتله، المرشد", "2024-07-30"),
      ("LEADS", KHAMENEI, IRAN, "المرشد الإيراني علي"),
      ("LEADS", NETANYAHU, ISRGOV, "رئيس الحكومة بنيامين"),
      ("MET_WITH", NETANYAHU, BARNEA, "مشاورات أمنية بمشاركة", "2024-07-31"),
      ("MET_WITH", NETANYAHU, BAR, "مشاورات أمنية بمشاركة", "2024-07-31"),
      ("MET_WITH", BARNEA, BAR, "مشاورات أمنية بمشاركة", "2024-07-31"),
      ("LEADS", BARNEA, MOSSAD, "رئيس الموساد ديفيد"),
      ("LEADS", BAR, SHINBET, "رئيس الشاباك رونين"),
      ],
     {"source": "blind set (Israeli newspaper's Arabic edition, Arabic)", "published": "2024-07-31"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIW")
