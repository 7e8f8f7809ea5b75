"""Blind set RK: Libya 2017-2025 (first folder of RK-RL): the Palermo conference and Giuseppe Conte's
mini-summit with Khalifa Haftar and Fayez al-Sarraj (November 2018), the Turkish delegation of Mevlut
Cavusoglu in Tripoli received by Abdul Hamid Dbeibah (May 2021), the killing of Abdul Ghani al-Kikli
"Ghaniwa" in Tripoli and Hanna Tetteh's visit to Dbeibah (May 2025), Abdel Fattah el-Sisi's Cairo
declaration with Haftar and Aguila Saleh (June 2020), Erdogan's reception of Sarraj in Istanbul and the
Moscow ceasefire talks that Haftar left without signing (November 2019 - January 2020), and the killing of
Hanan al-Barassi in Benghazi with Stephanie Williams acting after Ghassan Salame (November 2020), as a
Western wire writes it in English (Reuters-like: "PALERMO, Italy (Reuters) -"), a Libyan state agency in
Arabic (LANA-like: "طرابلس (وال) -", "السيد"), a Libyan English news site (Libya Observer-like: "the
Libya Observer has learned"), an Egyptian state daily in Arabic (Al-Ahram-like: "استقبل الرئيس عبد الفتاح
السيسي ... بقصر الاتحادية"), a Turkish agency in English (Anadolu-like: "ISTANBUL (AA) -") and a Libyan
news site in Arabic (Al Wasat-like: "بوابة الوسط").
Pieces: Conte hosts Haftar and Sarraj together with Sisi, Essebsi and Medvedev; Salame meets Haftar before
(English, RK1); Dbeibah receives the Turkish delegation headed by Cavusoglu with Akar, Fidan and Guler in
the presence of Mangoush; the delegation then meets Menfi (Arabic, RK2); Kikli killed with no stated agent,
Dbeibah receives Tetteh, who succeeded Bathily (English, RK3); Sisi receives Haftar and Saleh with Abbas
Kamel present (Arabic, RK4); Erdogan receives Sarraj with Cavusoglu and Akar present; Lavrov and Shoigu hold
talks with Sarraj and with Haftar separately in Moscow (English, RK5); Barassi killed with no stated agent,
Williams acting head after Salame, Williams meets Saleh (Arabic, RK6).
Excluded on purpose (no relation): Haftar's refusal to sit at the plenary with the Turkish delegation, Oktay's
walkout (RK1); Erdogan's phone call to Dbeibah (RK2); Kikli "killed inside the camp" (no agent), the
accusations of SSA members against the 444 Brigade, the planned meeting with Mishri (RK3); Sisi's phone call
with Macron, "Sarraj rejected" (RK4); Haftar and Sarraj did not meet face to face in Moscow, Putin's phone
call to Erdogan (RK5); Barassi "shot dead by masked gunmen" (no agent), Saddam Haftar merely named, the
postponed meeting of Williams with Mishri (RK6).
Judgement calls: "hosted Haftar and Sarraj ... joined by" Sisi, Essebsi and Medvedev is one meeting of the
six (met_group) (RK1); a delegation "headed by" Cavusoglu "comprising" Akar, Fidan and Guler: each member with
the host; "بحضور" Mangoush: paired with both principals (Dbeibah and Cavusoglu) and not with the other
delegation members (RK2 attendee convention; attendees of one list are paired with each other only when
the text says they met together, which it does not for the delegation members); "the delegation then met
Menfi": each named member with Menfi (RK2); "received Haftar and Saleh" is a meeting of the three, and
"بحضور" Abbas Kamel with all three (RK4); "in the presence of" Cavusoglu and Akar: each with Erdogan and
Sarraj, and with each other (both attended one meeting) (RK5); "held separate talks with" the two
delegations: Lavrov and Shoigu each with Sarraj and with Haftar, Lavrov with Shoigu (they held the talks
together) (RK5); "succeeded Abdoulaye Bathily" and "took over ... after the resignation of Ghassan Salame" are
successions (RK3, RK6); a prime minister LEADS his government; an agency chief LEADS his agency.
Filled in for the exercise: Salame's meeting with Haftar the evening before (RK1); the composition of the
delegation and Mangoush's presence, the date (RK2); the time of Tetteh's visit, the planned Mishri meeting
(RK3); Kamel's presence (RK4); the attendance of Cavusoglu and Akar (RK5); Williams's meeting with Saleh and
the postponed meeting with Mishri (RK6).
Spellings: "Khalifa Hifter", "Fayez Serraj" (RK1); «عبدالحميد الدبيبة»، «مولود تشاووش أوغلو» (RK2); "Abdelghani
al-Kikli, known as Ghnewa", "Hannah Tetteh" (RK3); «خليفة حفتر»، «المستشار عقيلة صالح» (RK4); "Fayez al-Serraj",
"Mevlüt Çavuşoğlu" (RK5); «ستيفاني ويليامز»، «غسان سلامة» (RK6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rl import ALL  # noqa: E402

HERE = Path(__file__).parent

LIBYA, EGYPT, TURKEY, ITALY = "country:libya", "country:egypt", "country:turkey", "country:italy"
GNA, GNU, HOR, HCS, PC, LNA, SSA, B444, UNSMIL = (
    "organization:government-of-national-accord", "organization:government-of-national-unity-libya",
    "organization:libyan-house-of-representatives", "organization:high-council-of-state",
    "organization:libyan-presidential-council", "organization:libyan-national-army",
    "organization:stability-support-apparatus", "organization:444-combat-brigade", "organization:unsmil")
LFM, EGINT, TRDEF, TRFM, MIT = (
    "organization:libyan-foreign-ministry", "organization:egyptian-general-intelligence",
    "organization:turkish-defence-ministry", "organization:turkish-foreign-ministry",
    "organization:turkish-national-intelligence-organization")
HAFTAR, SARRAJ, DBEIBAH, MENFI, SALEH, MISHRI, MANGOUSH, KIKLI, BARASSI, HAMZA = (
    "person:khalifa-haftar", "person:fayez-al-sarraj", "person:abdul-hamid-dbeibah", "person:mohamed-al-menfi",
    "person:aguila-saleh", "person:khalid-al-mishri", "person:najla-mangoush", "person:abdul-ghani-al-kikli",
    "person:hanan-al-barassi", "person:mahmoud-hamza")
SALAME, WILLIAMS, BATHILY, TETTEH = (
    "person:ghassan-salame", "person:stephanie-williams", "person:abdoulaye-bathily", "person:hanna-tetteh")
SISI, KAMEL = "person:abdel-fattah-el-sisi", "person:abbas-kamel"
ERDOGAN, CAVUSOGLU, AKAR, FIDAN, GULER, OKTAY = (
    "person:recep-tayyip-erdogan", "person:mevlut-cavusoglu", "person:hulusi-akar", "person:hakan-fidan",
    "person:yasar-guler", "person:fuat-oktay")
CONTE, ESSEBSI, MEDVEDEV, LAVROV, SHOIGU = (
    "person:giuseppe-conte", "person:beji-caid-essebsi", "person:dmitry-medvedev", "person:sergei-lavrov",
    "person:sergei-shoigu")

REUTERS = "blind set (Western news wire, English, Reuters-like)"
LANA = "blind set (Libyan state news agency, Arabic, LANA-like)"
OBSERVER = "blind set (Libyan English news site, Libya Observer-like)"
AHRAM = "blind set (Egyptian state daily, Arabic, Al-Ahram-like)"
AA = "blind set (Turkish news agency, English service, Anadolu-like)"
WASAT = "blind set (Libyan news site, Arabic, Al Wasat-like)"

ARTICLES = [
    ("enRK1_palermo_conte_haftar_reuters", "en",
     "Libya's Hifter meets rival Serraj in Palermo but shuns main conference\n"
     "PALERMO, Italy (Reuters) - Italian Prime Minister Giuseppe Conte hosted eastern Libyan commander Khalifa "
     "Hifter and Prime Minister Fayez Serraj, head of the U.N.-backed Government of National Accord, for talks "
     "on the sidelines of a conference on Libya on Tuesday, joined by Egyptian President Abdel Fattah al-Sisi, "
     "Tunisian President Beji Caid Essebsi and Russian Prime Minister Dmitry Medvedev.\n"
     "Hifter, whose Libyan National Army controls most of the east, did not attend the plenary session, telling "
     "Italian officials he would not sit with some of the delegations. Turkish Vice President Fuat Oktay left the "
     "gathering early, saying Turkey had been excluded from the informal meeting and calling it \"a deep "
     "disappointment.\"\n"
     "U.N. envoy Ghassan Salame, who met Hifter in Palermo on Monday evening, told reporters the two rivals had "
     "agreed to back his plan for a national conference in early 2019 and elections later in the year.\n"
     "\"It was not a peace deal, but the two men shook hands,\" said an Italian diplomat who asked not to be "
     "named.",
     met_group({CONTE: "Italian Prime Minister Giuseppe Conte hosted", HAFTAR: "eastern Libyan commander Khalifa",
                SARRAJ: "and Prime Minister Fayez Serraj", SISI: "joined by Egyptian President",
                ESSEBSI: "Tunisian President Beji Caid Essebsi",
                MEDVEDEV: "Russian Prime Minister Dmitry Medvedev"}, "2018-11-13") + [
      ("MET_WITH", SALAME, HAFTAR, "who met Hifter in Palermo on Monday evening", "2018-11-12"),
      ("LEADS", CONTE, ITALY, "Italian Prime Minister Giuseppe Conte"),
      ("LEADS", SARRAJ, GNA, "head of the U.N.-backed Government of National Accord"),
      ("LEADS", HAFTAR, LNA, "whose Libyan National Army controls"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah al-Sisi"),
      ],
     {"source": REUTERS, "published": "2018-11-13"}),

    ("arRK2_dbeibah_turkish_delegation_lana", "ar",
     "الدبيبة يستقبل وفداً تركياً رفيع المستوى برئاسة وزير الخارجية\n"
     "طرابلس 03 مايو 2021 (وال) - استقبل رئيس حكومة الوحدة الوطنية السيد عبدالحميد الدبيبة، اليوم الاثنين، "
     "بديوان رئاسة الوزراء بطرابلس، وفداً تركياً رفيع المستوى برئاسة وزير الخارجية التركي مولود تشاووش أوغلو، "
     "ويضم وزير الدفاع خلوصي أكار ورئيس جهاز الاستخبارات هاكان فيدان ورئيس الأركان العامة يشار غولر، وذلك "
     "بحضور وزيرة الخارجية والتعاون الدولي نجلاء المنقوش.\n"
     "وبحث الجانبان سبل تعزيز التعاون الثنائي في المجالات الاقتصادية والأمنية، وإعادة تفعيل الاتفاقيات "
     "الموقعة بين البلدين، وعودة الشركات التركية لاستكمال مشاريعها المتوقفة.\n"
     "وأكد الدبيبة حرص حكومته على توحيد المؤسسات والتحضير للانتخابات المقررة في 24 ديسمبر المقبل.\n"
     "من جهته، جدد تشاووش أوغلو دعم بلاده لحكومة الوحدة الوطنية ولسيادة ليبيا ووحدة أراضيها.\n"
     "والتقى الوفد التركي عقب ذلك رئيس المجلس الرئاسي السيد محمد المنفي بمقر المجلس.\n"
     "وكان الرئيس التركي رجب طيب أردوغان قد أجرى الأسبوع الماضي اتصالاً هاتفياً بالدبيبة هنأه خلاله بنيل "
     "حكومته ثقة مجلس النواب.",
     [("MET_WITH", DBEIBAH, CAVUSOGLU, "برئاسة وزير الخارجية التركي", "2021-05-03"),
      ("MET_WITH", DBEIBAH, AKAR, "ويضم وزير الدفاع خلوصي أكار", "2021-05-03"),
      ("MET_WITH", DBEIBAH, FIDAN, "ورئيس جهاز الاستخبارات هاكان فيدان", "2021-05-03"),
      ("MET_WITH", DBEIBAH, GULER, "ورئيس الأركان العامة يشار غولر", "2021-05-03"),
      ("MET_WITH", MANGOUSH, DBEIBAH, "بحضور وزيرة الخارجية والتعاون الدولي", "2021-05-03"),
      ("MET_WITH", MANGOUSH, CAVUSOGLU, "والتعاون الدولي نجلاء المنقوش", "2021-05-03"),
      ("MET_WITH", CAVUSOGLU, MENFI, "والتقى الوفد التركي عقب ذلك", "2021-05-03"),
      ("MET_WITH", AKAR, MENFI, "رئيس المجلس الرئاسي السيد محمد المنفي", "2021-05-03"),
      ("MET_WITH", FIDAN, MENFI, "عقب ذلك رئيس المجلس الرئاسي", "2021-05-03"),
      ("MET_WITH", GULER, MENFI, "المنفي بمقر المجلس", "2021-05-03"),
      ("LEADS", DBEIBAH, GNU, "رئيس حكومة الوحدة الوطنية السيد"),
      ("LEADS", CAVUSOGLU, TRFM, "وزير الخارجية التركي مولود"),
      ("LEADS", AKAR, TRDEF, "وزير الدفاع خلوصي"),
      ("LEADS", FIDAN, MIT, "رئيس جهاز الاستخبارات هاكان"),
      ("LEADS", MANGOUSH, LFM, "وزيرة الخارجية والتعاون الدولي نجلاء"),
      ("LEADS", MENFI, PC, "رئيس المجلس الرئاسي السيد"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب أردوغان"),
      ],
     {"source": LANA, "published": "2021-05-03"}),

    ("enRK3_kikli_killed_tetteh_observer", "en",
     "SSA head Ghnewa killed in Tripoli; Dbeibah receives UN envoy as clashes subside\n"
     "The Libya Observer\n"
     "The head of the Stability Support Apparatus (SSA), Abdelghani al-Kikli, known as Ghnewa, was killed on "
     "Monday evening inside the Takbali camp in Tripoli's Salah al-Din area, where he had gone for a meeting, "
     "the Libya Observer has learned.\n"
     "Members of the SSA accused the 444 Combat Brigade, commanded by Mahmoud Hamza, of luring him into a trap; "
     "the brigade has not commented. Heavy clashes broke out overnight in Abu Salim, the SSA's stronghold, "
     "before the Ministry of Defense announced that the operation there had been \"completed.\"\n"
     "On Wednesday, Prime Minister Abdulhamid Dbeibah received the UN Special Representative, Hannah Tetteh, at "
     "his office in Tripoli, where the two discussed the ceasefire and the protection of civilians.\n"
     "Tetteh, a former Ghanaian foreign minister, succeeded Abdoulaye Bathily, who resigned in April 2024.\n"
     "A meeting between Tetteh and the head of the High Council of State, Khalid al-Mishri, was scheduled for "
     "Thursday.",
     [("LEADS", KIKLI, SSA, "The head of the Stability Support Apparatus (SSA)"),
      ("LEADS", HAMZA, B444, "commanded by Mahmoud Hamza"),
      ("MET_WITH", DBEIBAH, TETTEH, "received the UN Special Representative", "2025-05-14"),
      ("SUCCESSOR_OF", TETTEH, BATHILY, "succeeded Abdoulaye Bathily"),
      ("LEADS", MISHRI, HCS, "the head of the High Council of State, Khalid"),
      ],
     {"source": OBSERVER, "published": "2025-05-14"}),

    ("arRK4_sisi_haftar_saleh_ahram", "ar",
     "الرئيس السيسي يستقبل المشير خليفة حفتر والمستشار عقيلة صالح ويعلن «إعلان القاهرة»\n"
     "كتب - محمد عبد الرحمن\n"
     "استقبل الرئيس عبد الفتاح السيسي، أمس، بقصر الاتحادية، المشير خليفة حفتر القائد العام للجيش الوطني "
     "الليبي، والمستشار عقيلة صالح رئيس مجلس النواب الليبي، وذلك بحضور اللواء عباس كامل رئيس المخابرات "
     "العامة.\n"
     "وصرح المتحدث الرسمي باسم رئاسة الجمهورية بأن اللقاء تناول تطورات الأوضاع في ليبيا، حيث أعلن الرئيس في "
     "مؤتمر صحفي مشترك مع ضيفيه مبادرة «إعلان القاهرة» التي تتضمن وقفاً لإطلاق النار اعتباراً من صباح "
     "الاثنين، وانتخاب مجلس رئاسي جديد.\n"
     "وأكد الرئيس أن أمن ليبيا جزء لا يتجزأ من الأمن القومي المصري.\n"
     "وفي سياق متصل، تلقى الرئيس اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون، أعرب خلاله عن دعم "
     "بلاده للمبادرة المصرية.\n"
     "في المقابل، رفضت حكومة الوفاق برئاسة فائز السراج المبادرة، معتبرة أن «وقت المبادرات قد فات».",
     met_group({SISI: "استقبل الرئيس عبد الفتاح السيسي", HAFTAR: "المشير خليفة حفتر القائد العام",
                SALEH: "والمستشار عقيلة صالح رئيس"}, "2020-06-06") + [
      ("MET_WITH", KAMEL, SISI, "بحضور اللواء عباس كامل", "2020-06-06"),
      ("MET_WITH", KAMEL, HAFTAR, "عباس كامل رئيس المخابرات", "2020-06-06"),
      ("MET_WITH", KAMEL, SALEH, "اللواء عباس كامل رئيس", "2020-06-06"),
      ("LEADS", HAFTAR, LNA, "القائد العام للجيش الوطني"),
      ("LEADS", SALEH, HOR, "رئيس مجلس النواب الليبي"),
      ("LEADS", KAMEL, EGINT, "كامل رئيس المخابرات العامة"),
      ("LEADS", SARRAJ, GNA, "حكومة الوفاق برئاسة فائز السراج"),
      ],
     {"source": AHRAM, "published": "2020-06-07"}),

    ("enRK5_erdogan_serraj_moscow_aa", "en",
     "Erdogan receives Libya's al-Serraj as Moscow talks end without Haftar's signature\n"
     "ISTANBUL (AA) - Turkish President Recep Tayyip Erdogan on Wednesday received Fayez al-Serraj, chairman of the "
     "Presidential Council of Libya's internationally recognized government, at Vahdettin Mansion in Istanbul.\n"
     "The closed-door meeting was held in the presence of Foreign Minister Mevlüt Çavuşoğlu and Defense Minister "
     "Hulusi Akar, according to the Turkish presidency.\n"
     "The meeting came two days after ceasefire talks in Moscow, where Russian Foreign Minister Sergei Lavrov and "
     "Defense Minister Sergei Shoigu held separate talks with al-Serraj and with the putschist Khalifa Haftar. "
     "Haftar left the Russian capital without signing the truce document.\n"
     "The two Libyan rivals did not meet face to face during the Moscow talks, Lavrov said.\n"
     "Russian President Vladimir Putin later called Erdogan to discuss the truce, the Kremlin said.\n"
     "Turkey signed a security and military cooperation deal with the Libyan government in November.",
     [("MET_WITH", ERDOGAN, SARRAJ, "on Wednesday received Fayez al-Serraj", "2020-01-15"),
      ("MET_WITH", CAVUSOGLU, ERDOGAN, "Foreign Minister Mevlüt Çavuşoğlu", "2020-01-15"),
      ("MET_WITH", CAVUSOGLU, SARRAJ, "in the presence of Foreign Minister", "2020-01-15"),
      ("MET_WITH", AKAR, ERDOGAN, "Defense Minister Hulusi Akar, according", "2020-01-15"),
      ("MET_WITH", AKAR, SARRAJ, "and Defense Minister Hulusi Akar", "2020-01-15"),
      ("MET_WITH", AKAR, CAVUSOGLU, "Hulusi Akar, according to the Turkish presidency"),
      ("MET_WITH", LAVROV, SARRAJ, "held separate talks with al-Serraj", "2020-01-13"),
      ("MET_WITH", LAVROV, HAFTAR, "and with the putschist Khalifa Haftar", "2020-01-13"),
      ("MET_WITH", SHOIGU, SARRAJ, "Defense Minister Sergei Shoigu held", "2020-01-13"),
      ("MET_WITH", SHOIGU, HAFTAR, "with the putschist Khalifa", "2020-01-13"),
      ("MET_WITH", LAVROV, SHOIGU, "Russian Foreign Minister Sergei Lavrov and", "2020-01-13"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ("LEADS", SARRAJ, PC, "chairman of the Presidential Council"),
      ],
     {"source": AA, "published": "2020-01-15"}),

    ("arRK6_barassi_killed_williams_wasat", "ar",
     "اغتيال المحامية حنان البرعصي في بنغازي.. والبعثة الأممية تطالب بتحقيق\n"
     "بوابة الوسط | بنغازي\n"
     "لقيت المحامية والناشطة الحقوقية حنان البرعصي حتفها، ظهر اليوم الثلاثاء، بعد أن أطلق مسلحون ملثمون "
     "النار عليها داخل سيارتها في شارع عشرين بمدينة بنغازي، وفق مصادر أمنية.\n"
     "وكانت البرعصي قد انتقدت في تسجيلات مصورة على مواقع التواصل الاجتماعي ما وصفته بفساد مسؤولين في شرق "
     "البلاد، ولوّحت بنشر مقطع عن صدام حفتر قبل يوم من مقتلها.\n"
     "وأدانت الممثلة الخاصة للأمين العام بالإنابة ستيفاني ويليامز عملية الاغتيال، داعية إلى تحقيق مستقل.\n"
     "وتتولى ويليامز قيادة البعثة الأممية منذ مارس الماضي بعد استقالة غسان سلامة لأسباب صحية.\n"
     "وكانت ويليامز قد التقت أمس في القبة رئيس مجلس النواب المستشار عقيلة صالح، وبحثت معه ترتيبات ملتقى "
     "الحوار السياسي المنعقد في تونس، فيما أُرجئ لقاء كان مقرراً مع رئيس المجلس الأعلى للدولة خالد المشري.",
     [("SUCCESSOR_OF", WILLIAMS, SALAME, "بعد استقالة غسان سلامة"),
      ("MET_WITH", WILLIAMS, SALEH, "قد التقت أمس في القبة", "2020-11-09"),
      ("LEADS", WILLIAMS, UNSMIL, "وتتولى ويليامز قيادة البعثة الأممية"),
      ("LEADS", SALEH, HOR, "رئيس مجلس النواب المستشار"),
      ("LEADS", MISHRI, HCS, "رئيس المجلس الأعلى للدولة خالد"),
      ],
     {"source": WASAT, "published": "2020-11-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRK")
