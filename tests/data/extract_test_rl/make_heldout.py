"""Blind set RL: Libya 2015-2025 (second folder of RK-RL): the House of Representatives' suspension of
Fathi Bashagha and its choice of Osama Hamad (May 2023), the US strike that killed the Islamic State's Abu
Nabil al-Anbari in Derna and Martin Kobler's takeover from Bernardino Leon (November-December 2015), the
Berlin conference where Haftar and Sarraj met Angela Merkel separately (January 2020), Mostafa Madbouly's
delegation to Tripoli (April 2021), Saddam Haftar in Ankara and Ibrahim Kalin in Benghazi (2025), and
Emmanuel Macron's Paris meeting of Sarraj, Haftar, Aguila Saleh and Khalid al-Mishri (May 2018), as an
eastern Libyan state agency writes it in Arabic (LANA-east-like: "بنغازي (وال) -", "القائد العام المشير"),
a US wire in English (AP-like: "WASHINGTON (AP) --"), a pan-Arab news site in Arabic (Al Jazeera Net-like:
"الجزيرة نت - برلين"), an Egyptian state daily's English site (Ahram Online-like: "Ahram Online"), a Turkish
agency in Arabic (Anadolu Arabic-like: "أنقرة/ الأناضول") and a French wire in English (AFP-like: "PARIS
(AFP) -").
Pieces: the House names Hamad to replace Bashagha, who had been named to replace Dbeibah; Saleh receives
Hamad, then Haftar receives him (Arabic, RL1); a US airstrike kills Abu Nabil; Kobler takes over from Leon and
meets Saleh in Tobruk (English, RL2); Merkel meets Sarraj and Haftar separately, Pompeo meets Haftar, Salame
present at Merkel's meeting with Haftar (Arabic, RL3); Dbeibah receives Madbouly's delegation with Shoukry,
Madbouly meets Menfi (English, RL4); Guler receives Saddam Haftar with Gurak present; Kalin meets Khalifa
Haftar in Benghazi (Arabic, RL5); Macron hosts Sarraj, Haftar, Saleh and Mishri with Salame present; Salame,
who took over from Kobler (English, RL6).
Excluded on purpose (no relation): Dbeibah's reaction, Bashagha's call to Mishri (RL1); the Sirte strike's
unnamed dead, Leon's job with the UAE (RL2); Sarraj and Haftar who did not meet each other, the conference's
participants listed without a meeting, Erdogan's statement (RL3); Sisi's phone call with Dbeibah, a planned
visit of Dbeibah to Cairo (RL4); Erdogan's reported phone call with Haftar, the planned visit of Khalifa
Haftar to Ankara (RL5); the elections "could" be postponed, Conte's criticism, the rivals not signing (RL6).
Judgement calls: "كلّف ... خلفاً لـ" and "كان قد كلّفه ... بدلاً من" are successions (RL1); Saleh "استقبل"
Hamad, "ثم" Haftar: separate meetings, no Saleh-Haftar pair (RL1); "A U.S. airstrike killed" gives the victim
-> country:united-states, the Pentagon's statement does not make it the agent (RL2); "met ... separately":
Merkel with each, "in the presence of" Salame at the meeting with Haftar: Salame with Merkel and Haftar
(RL3); a delegation "headed by" Madbouly "including" Shoukry: Shoukry with Dbeibah (the host), and "in the
presence of" Mangoush: with Dbeibah and Madbouly (RL4); "بحضور" Gurak: with Guler and Saddam Haftar (RL5);
"brought together" the four rivals with Macron: one meeting of five (met_group), "also attended by" Salame:
with Macron and with each of the four (he attended the one meeting) (RL6); a prime minister LEADS his
government; a defence minister LEADS the ministry.
Filled in for the exercise: the vote count, Hamad's meetings with Saleh and Haftar, Bashagha's call (RL1);
Kobler's Tobruk meeting and its date (RL2); Pompeo's meeting with Haftar, Salame's presence (RL3);
Mangoush's presence, Madbouly's meeting with Menfi, Sisi's call (RL4); the dates, Gurak's presence, Kalin's
meeting and the reported phone call (RL5); Salame's wording (RL6).
Spellings: «أسامة حمّاد»، «فتحي باشا آغا»، «عقيلة صالح عيسى» (RL1); "Abu Nabil al-Anbari", "Wissam Najm Abd
Zayd al-Zubaydi", "Bernardino Leon" (RL2); «أنجيلا ميركل»، «فايز السراج»، «غسان سلامه» (RL3); "Mostafa
Madbouly", "Abdel-Hamid Dbeiba", "Mohamed Menfi" (RL4); «صدام خليفة حفتر»، «يشار غولر»، «إبراهيم كالن» (RL5);
"Fayez al-Sarraj", "Khaled al-Mechri", "Aguila Saleh Issa" (RL6).
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

LIBYA, EGYPT, TURKEY, FRANCE, GERMANY, US = (
    "country:libya", "country:egypt", "country:turkey", "country:france", "country:germany",
    "country:united-states")
GNA, GNU, GNS, HOR, HCS, PC, LNA, UNSMIL, IS = (
    "organization:government-of-national-accord", "organization:government-of-national-unity-libya",
    "organization:government-of-national-stability", "organization:libyan-house-of-representatives",
    "organization:high-council-of-state", "organization:libyan-presidential-council",
    "organization:libyan-national-army", "organization:unsmil", "organization:islamic-state")
LFM, EGFM, TRDEF, MIT = (
    "organization:libyan-foreign-ministry", "organization:egyptian-foreign-ministry",
    "organization:turkish-defence-ministry", "organization:turkish-national-intelligence-organization")
HAFTAR, SADDAM, SARRAJ, DBEIBAH, MENFI, SALEH, MISHRI, MANGOUSH, BASHAGHA, HAMAD = (
    "person:khalifa-haftar", "person:saddam-haftar", "person:fayez-al-sarraj", "person:abdul-hamid-dbeibah",
    "person:mohamed-al-menfi", "person:aguila-saleh", "person:khalid-al-mishri", "person:najla-mangoush",
    "person:fathi-bashagha", "person:osama-hamad")
SALAME, KOBLER, LEON = "person:ghassan-salame", "person:martin-kobler", "person:bernardino-leon"
ANBARI = "person:abu-nabil-al-anbari"
SISI, SHOUKRY, MADBOULY = "person:abdel-fattah-el-sisi", "person:sameh-shoukry", "person:mostafa-madbouly"
ERDOGAN, KALIN, GULER, GURAK = (
    "person:recep-tayyip-erdogan", "person:ibrahim-kalin", "person:yasar-guler", "person:metin-gurak")
MACRON, MERKEL, POMPEO = "person:emmanuel-macron", "person:angela-merkel", "person:mike-pompeo"

LANAEAST = "blind set (eastern Libyan state news agency, Arabic, LANA-Benghazi-like)"
AP = "blind set (US news wire, English, AP-like)"
JAZEERA = "blind set (pan-Arab news site, Arabic, Al Jazeera Net-like)"
AHRAMONLINE = "blind set (Egyptian state daily, English site, Ahram Online-like)"
AAAR = "blind set (Turkish news agency, Arabic service, Anadolu-like)"
AFP = "blind set (French news wire, English, AFP-like)"

ARTICLES = [
    ("arRL1_hor_hamad_replaces_bashagha_lana", "ar",
     "مجلس النواب يوقف باشاغا عن العمل ويكلف أسامة حمّاد بتسيير مهام الحكومة\n"
     "بنغازي 16 مايو 2023 (وال) - صوّت مجلس النواب، في جلسته المنعقدة اليوم الثلاثاء بمدينة بنغازي برئاسة "
     "المستشار عقيلة صالح عيسى، على إيقاف رئيس الحكومة الليبية فتحي باشا آغا عن العمل وإحالته للتحقيق، "
     "وتكليف وزير المالية أسامة حمّاد بتسيير مهام رئاسة الحكومة خلفاً له.\n"
     "وكان المجلس قد كلّف باشاغا في فبراير من العام الماضي برئاسة حكومة الاستقرار الوطني بدلاً من حكومة "
     "عبدالحميد الدبيبة، الذي رفض تسليم السلطة إلا لحكومة منتخبة.\n"
     "وعقب الجلسة، استقبل رئيس مجلس النواب المكلف الجديد بمكتبه، وبحث معه أولويات المرحلة المقبلة، ثم "
     "التقى حمّاد القائد العام للقوات المسلحة العربية الليبية المشير خليفة حفتر بمقر القيادة العامة في "
     "الرجمة.\n"
     "من جهته، أجرى باشاغا اتصالاً هاتفياً برئيس المجلس الأعلى للدولة خالد المشري، وفق مصادر مقربة منه، "
     "فيما لم يصدر عنه أي تعليق رسمي على القرار.",
     [("SUCCESSOR_OF", HAMAD, BASHAGHA, "بتسيير مهام رئاسة الحكومة خلفاً له", "2023-05-16"),
      ("SUCCESSOR_OF", BASHAGHA, DBEIBAH, "بدلاً من حكومة", "2022-02-10"),
      ("LEADS", SALEH, HOR, "برئاسة المستشار عقيلة صالح عيسى"),
      ("LEADS", BASHAGHA, GNS, "برئاسة حكومة الاستقرار الوطني"),
      ("LEADS", DBEIBAH, GNU, "عبدالحميد الدبيبة، الذي رفض"),
      ("MET_WITH", SALEH, HAMAD, "استقبل رئيس مجلس النواب المكلف الجديد", "2023-05-16"),
      ("MET_WITH", HAMAD, HAFTAR, "التقى حمّاد القائد العام", "2023-05-16"),
      ("LEADS", HAFTAR, LNA, "القائد العام للقوات المسلحة العربية الليبية"),
      ("LEADS", MISHRI, HCS, "برئيس المجلس الأعلى للدولة"),
      ],
     {"source": LANAEAST, "published": "2023-05-16"}),

    ("enRL2_us_strike_anbari_kobler_ap", "en",
     "Pentagon: US airstrike killed Islamic State leader in Libya\n"
     "WASHINGTON (AP) -- A U.S. airstrike last month killed the Islamic State group's top leader in Libya, an "
     "Iraqi national known as Abu Nabil al-Anbari, the Pentagon said Monday.\n"
     "Pentagon press secretary Peter Cook said the F-15 strike on a compound near the eastern city of Derna on "
     "Nov. 13 killed Abu Nabil, whose real name was Wissam Najm Abd Zayd al-Zubaydi, and that his death would "
     "\"degrade ISIL's ability to meet the group's objectives in Libya.\"\n"
     "The strike came as the United Nations pushed Libya's rival parliaments toward a unity government. German "
     "diplomat Martin Kobler took over as U.N. envoy last month from Bernardino Leon, whose tenure ended amid "
     "criticism over a job offer from the United Arab Emirates.\n"
     "Kobler met Aguila Saleh, the head of the internationally recognized House of Representatives, in the "
     "eastern city of Tobruk last week, and urged lawmakers to endorse the deal.\n"
     "Separately, Libyan officials said an airstrike on the central city of Sirte killed several militants "
     "over the weekend. No one claimed it.",
     [("ASSASSINATED_BY", ANBARI, US, "A U.S. airstrike last month killed", "2015-11-13"),
      ("LEADS", ANBARI, IS, "the Islamic State group's top leader in Libya"),
      ("SUCCESSOR_OF", KOBLER, LEON, "took over as U.N. envoy last month from", "2015-11-17"),
      ("LEADS", KOBLER, UNSMIL, "Martin Kobler took over as U.N. envoy"),
      ("MET_WITH", KOBLER, SALEH, "Kobler met Aguila Saleh", "2015-11-30"),
      ("LEADS", SALEH, HOR, "the head of the internationally recognized House"),
      ],
     {"source": AP, "published": "2015-12-07"}),

    ("arRL3_berlin_conference_merkel_jazeera", "ar",
     "مؤتمر برلين: ميركل تلتقي السراج وحفتر كلاً على حدة والتزام دولي بحظر السلاح\n"
     "الجزيرة نت - برلين\n"
     "اختتم مؤتمر برلين حول ليبيا أعماله مساء الأحد بالتزام الدول المشاركة باحترام حظر توريد الأسلحة وعدم "
     "التدخل في النزاع، بمشاركة رؤساء وممثلي 12 دولة بينهم الرؤساء التركي رجب طيب أردوغان والروسي فلاديمير "
     "بوتين والفرنسي إيمانويل ماكرون والمصري عبد الفتاح السيسي.\n"
     "والتقت المستشارة الألمانية أنجيلا ميركل رئيس المجلس الرئاسي لحكومة الوفاق فايز السراج، ثم اللواء "
     "المتقاعد خليفة حفتر كلاً على حدة، وذلك بحضور المبعوث الأممي غسان سلامه في لقائها مع حفتر.\n"
     "ولم يجتمع السراج وحفتر وجهاً لوجه، ولم يحضرا الجلسة العامة للمؤتمر.\n"
     "كما التقى وزير الخارجية الأميركي مايك بومبيو حفتر على هامش المؤتمر، وحثه على الالتزام بوقف إطلاق "
     "النار، بحسب بيان للخارجية الأميركية.\n"
     "من جهته، قال أردوغان قبل توجهه إلى برلين إن على حفتر \"أن يتخلى عن نهجه العدائي\".",
     [("MET_WITH", MERKEL, SARRAJ, "والتقت المستشارة الألمانية أنجيلا ميركل", "2020-01-19"),
      ("MET_WITH", MERKEL, HAFTAR, "ثم اللواء المتقاعد خليفة حفتر", "2020-01-19"),
      ("MET_WITH", SALAME, MERKEL, "بحضور المبعوث الأممي غسان", "2020-01-19"),
      ("MET_WITH", SALAME, HAFTAR, "في لقائها مع حفتر", "2020-01-19"),
      ("MET_WITH", POMPEO, HAFTAR, "كما التقى وزير الخارجية الأميركي", "2020-01-19"),
      ("LEADS", SARRAJ, PC, "رئيس المجلس الرئاسي لحكومة الوفاق"),
      ("LEADS", MERKEL, GERMANY, "المستشارة الألمانية أنجيلا"),
      ],
     {"source": JAZEERA, "published": "2020-01-19"}),

    ("enRL4_madbouly_tripoli_ahram", "en",
     "Egypt's PM Madbouly arrives in Tripoli heading high-level delegation, meets Dbeiba\n"
     "Ahram Online\n"
     "Egyptian Prime Minister Mostafa Madbouly arrived in Tripoli on Tuesday heading a delegation including "
     "Foreign Minister Sameh Shoukry and ten other ministers, the first such visit by an Egyptian premier to "
     "the Libyan capital in years.\n"
     "Madbouly was received by his Libyan counterpart, Abdel-Hamid Dbeiba, head of the Government of National "
     "Unity, in the presence of Libyan Foreign Minister Najla al-Mangoush. The two premiers signed 11 "
     "memorandums of understanding in electricity, infrastructure and communications.\n"
     "The Egyptian premier later met Mohamed Menfi, the head of the Presidential Council.\n"
     "President Abdel Fattah El-Sisi had discussed the visit with Dbeiba in a phone call last week, and invited "
     "him to visit Cairo \"at the earliest opportunity\", a visit that has not yet been scheduled.\n"
     "Egypt announced in February it would reopen its embassy in Tripoli, closed since 2014.",
     [("MET_WITH", MADBOULY, DBEIBAH, "Madbouly was received by his Libyan counterpart", "2021-04-20"),
      ("MET_WITH", SHOUKRY, DBEIBAH, "heading a delegation including", "2021-04-20"),
      ("MET_WITH", MANGOUSH, DBEIBAH, "in the presence of Libyan Foreign Minister", "2021-04-20"),
      ("MET_WITH", MANGOUSH, MADBOULY, "Minister Najla al-Mangoush", "2021-04-20"),
      ("MET_WITH", MADBOULY, MENFI, "The Egyptian premier later met", "2021-04-20"),
      ("LEADS", MADBOULY, EGYPT, "Egyptian Prime Minister Mostafa Madbouly"),
      ("LEADS", SHOUKRY, EGFM, "Foreign Minister Sameh Shoukry"),
      ("LEADS", DBEIBAH, GNU, "head of the Government of National Unity"),
      ("LEADS", MANGOUSH, LFM, "Libyan Foreign Minister Najla"),
      ("LEADS", MENFI, PC, "the head of the Presidential Council"),
      ],
     {"source": AHRAMONLINE, "published": "2021-04-20"}),

    ("arRL5_saddam_haftar_ankara_anadolu", "ar",
     "وزير الدفاع التركي يستقبل صدام حفتر في أنقرة\n"
     "أنقرة/ الأناضول\n"
     "استقبل وزير الدفاع التركي يشار غولر، الجمعة، رئيس أركان القوات البرية في قوات الشرق الليبي صدام خليفة "
     "حفتر، في مقر الوزارة بالعاصمة أنقرة، بحضور رئيس الأركان العامة الفريق أول متين غوراك.\n"
     "وذكرت وزارة الدفاع التركية في بيان أن الجانبين بحثا التعاون في مجالات التدريب العسكري والتطورات "
     "الإقليمية.\n"
     "وتعد الزيارة الأولى لمسؤول عسكري رفيع من شرق ليبيا إلى أنقرة منذ سنوات، بعد أن دعمت تركيا حكومة الوفاق "
     "في صد هجوم قوات حفتر على طرابلس عام 2019.\n"
     "وفي أغسطس الماضي، التقى رئيس جهاز الاستخبارات التركي إبراهيم كالن المشير خليفة حفتر في بنغازي، وفق "
     "وسائل إعلام ليبية.\n"
     "وتحدثت تقارير عن اتصال هاتفي بين الرئيس رجب طيب أردوغان وحفتر الأب، دون تأكيد رسمي، فيما يُرتقب أن "
     "يزور الأخير أنقرة في وقت لاحق.",
     [("MET_WITH", GULER, SADDAM, "استقبل وزير الدفاع التركي يشار غولر", "2025-04-04"),
      ("MET_WITH", GURAK, GULER, "بحضور رئيس الأركان العامة", "2025-04-04"),
      ("MET_WITH", GURAK, SADDAM, "الفريق أول متين غوراك", "2025-04-04"),
      ("MET_WITH", KALIN, HAFTAR, "التقى رئيس جهاز الاستخبارات التركي", "2024-08-15"),
      ("LEADS", GULER, TRDEF, "وزير الدفاع التركي يشار"),
      ("LEADS", KALIN, MIT, "رئيس جهاز الاستخبارات التركي إبراهيم"),
      ("MEMBER_OF", SADDAM, LNA, "رئيس أركان القوات البرية في قوات الشرق الليبي"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس رجب طيب أردوغان"),
      ],
     {"source": AAAR, "published": "2025-04-04"}),

    ("enRL6_paris_macron_four_rivals_afp", "en",
     "Libya rivals agree in Paris to hold elections on December 10\n"
     "PARIS (AFP) - French President Emmanuel Macron on Tuesday brought together Libya's four main rival "
     "leaders at the Elysee Palace, where they agreed to hold presidential and parliamentary elections on "
     "December 10.\n"
     "The meeting gathered Fayez al-Sarraj, head of the UN-backed Government of National Accord in Tripoli, "
     "military strongman Khalifa Haftar, Aguila Saleh Issa, speaker of the parliament based in the east, and "
     "Khaled al-Mechri, the head of the High Council of State.\n"
     "It was also attended by UN envoy Ghassan Salame, who took over from Martin Kobler last year and called "
     "the meeting \"a breakthrough.\"\n"
     "The four men endorsed a declaration but did not sign it, and analysts warned that the vote could be "
     "postponed.\n"
     "Italy, the former colonial power, has criticised the French initiative. Prime Minister Giuseppe Conte "
     "said any solution should not be imposed from outside.",
     met_group({MACRON: "French President Emmanuel Macron on Tuesday", SARRAJ: "The meeting gathered Fayez",
                HAFTAR: "military strongman Khalifa Haftar", SALEH: "Aguila Saleh Issa, speaker",
                MISHRI: "Khaled al-Mechri, the head"}, "2018-05-29") + [
      ("MET_WITH", SALAME, MACRON, "It was also attended by UN envoy", "2018-05-29"),
      ("MET_WITH", SALAME, SARRAJ, "also attended by UN envoy Ghassan Salame", "2018-05-29"),
      ("MET_WITH", SALAME, HAFTAR, "attended by UN envoy Ghassan", "2018-05-29"),
      ("MET_WITH", SALAME, SALEH, "UN envoy Ghassan Salame, who", "2018-05-29"),
      ("MET_WITH", SALAME, MISHRI, "envoy Ghassan Salame, who took", "2018-05-29"),
      ("SUCCESSOR_OF", SALAME, KOBLER, "who took over from Martin Kobler"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
      ("LEADS", SARRAJ, GNA, "head of the UN-backed Government of National Accord"),
      ("LEADS", SALEH, HOR, "speaker of the parliament based in the east"),
      ("LEADS", MISHRI, HCS, "the head of the High Council of State"),
      ],
     {"source": AFP, "published": "2018-05-29"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRL")
