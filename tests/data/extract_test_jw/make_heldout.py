"""Blind set JW: Libya 2023-2025 as a Libyan independent news site writes it in Arabic (Al-Wasat-like:
"طرابلس - بوابة الوسط", "حكومة الوحدة الوطنية الموقتة", "مصادر متطابقة لـ«بوابة الوسط»", "المشير",
"عبدالحميد" written as one word) and as a Tripoli-based English-language Libya site writes it (Libya
Observer-like: "the Government of National Unity (GNU)", "the Prime Minister's media office said",
background on the UN mission at the end).
Pieces: the killing of Abdulghani al-Kikli (Ghnewa) in the Takbali camp, a security meeting chaired by
Dbeibah, al-Menfi receives Tetteh (Arabic); Dbeibah suspends al-Mangoush after her meeting with Eli Cohen
in Rome, al-Zani in her place, August 2023 (English); Tetteh's first talks in Tripoli, Tetteh after
Koury after Bathily (English); Haftar names Saddam his deputy and Khaled chief of staff after
al-Nadhouri, Haftar receives Ibrahim Kalin at al-Rajma (Arabic); the new Central Bank governor Naji Issa
after Ghaffar after al-Kabir, with Dbeibah (English); Takala elected head of the High Council of State
after al-Mishri, Takala receives Bathily, Hammad in place of Bashagha (Arabic).
Excluded on purpose (no relation): al-Kikli's killing in JW1, whose agent the text does not name ("من دون
أن تحدد الجهة"), and the unattributed clashes in Abu Salim; al-Mangoush's "refused to meet any Israeli
side" is the ministry's line, but the text reports the encounter itself (Cohen's talks, and the
ministry's "casual encounter" during her meeting with Tajani), so JW2 keeps the meeting; Tetteh's
expected meetings in Benghazi with Haftar and Aguila Saleh, and the gunmen who fired on Adel Juma's
car, he survived (JW3); Aguila Saleh's phone call to Haftar (JW4); the talks between unnamed
representatives of the two chambers, and al-Kabir's departure to Istanbul (JW5); a Mishri-Aguila
meeting in Cairo that was called off (JW6). Events follow the public record as far as the writer knew
it; some minor details (who sat in, the day of a reception) are filled in for the exercise.
Spellings: «غنيوة» for al-Kikli, عبدالحميد الدبيبة, Stephanie Khoury, Al-Siddiq Al-Kabir, صدام خليفة
حفتر and خالد خليفة حفتر, إبراهيم قالن, عبدالله باثيلي, عبدالرازق الناظوري.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jx import ALL  # noqa: E402

HERE = Path(__file__).parent

GNU, PC, HCS, HOR, GNS, LNA, LNASTAFF, GENSTAFF, LIBINT, LIBFM, CBL, SSA = (
    "organization:government-of-national-unity", "organization:libyan-presidential-council",
    "organization:libyan-high-council-of-state", "organization:libyan-house-of-representatives",
    "organization:government-of-national-stability", "organization:libyan-national-army",
    "organization:lna-general-staff", "organization:libyan-general-staff", "organization:libyan-interior-ministry",
    "organization:libyan-foreign-ministry", "organization:central-bank-of-libya",
    "organization:stability-support-apparatus")
UN, UNSMIL, ISRFM, MIT = ("organization:united-nations", "organization:unsmil",
                          "organization:israeli-foreign-ministry",
                          "organization:turkish-national-intelligence-organization")
WASAT = "outlet:al-wasat-libya"
TRIPOLI, TAKBALI, ROME, RAJMA = ("location:tripoli-libya", "location:takbali-camp", "location:rome",
                                 "location:al-rajma")
DBEIBAH, MENFI, KIKLI, TETTEH, KOURY, BATHILY, HAFTAR, SADDAM, KHALED, NADHOURI, MISMARI, KALIN = (
    "person:abdul-hamid-dbeibah", "person:mohamed-al-menfi", "person:abdulghani-al-kikli", "person:hanna-tetteh",
    "person:stephanie-koury", "person:abdoulaye-bathily", "person:khalifa-haftar", "person:saddam-haftar",
    "person:khaled-haftar", "person:abdulrazek-al-nadhouri", "person:ahmed-al-mismari", "person:ibrahim-kalin")
AGUILA, MISHRI, HAMMAD, BASHAGHA, TAJANI = (
    "person:aguila-saleh", "person:khaled-al-mishri", "person:osama-hammad", "person:fathi-bashagha",
    "person:antonio-tajani")
# new to the tables
HADDAD, TRABELSI, WHEBA, LAFI, MANGOUSH, COHEN, ZANI, BAOUR, BEGEC = (
    "person:mohammed-al-haddad", "person:imad-trabelsi", "person:najwa-wheba", "person:abdullah-al-lafi",
    "person:najla-al-mangoush", "person:eli-cohen", "person:fathallah-al-zani", "person:taher-al-baour",
    "person:guven-begec")
ISSA, BARASI, GHAFFAR, KABIR, TAKALA, DABARZ = (
    "person:naji-issa", "person:marai-al-barasi", "person:abdulfattah-ghaffar", "person:siddiq-al-kabir",
    "person:mohamed-takala", "person:belgasem-dabarz")

ARTICLES = [
    ("arJW1_kikli_killed_takbali", "ar",
     "مقتل «غنيوة» داخل معسكر التكبالي.. واشتباكات عنيفة في أبوسليم\n"
     "طرابلس - بوابة الوسط: قُتل رئيس جهاز دعم الاستقرار عبدالغني الككلي، المعروف بـ«غنيوة»، مساء الإثنين "
     "داخل معسكر التكبالي في طرابلس، وفق ما أكدته مصادر متطابقة لـ«بوابة الوسط»، من دون أن تحدد الجهة "
     "التي أطلقت عليه النار.\n"
     "وأفادت المصادر بأن الككلي كان يحضر اجتماعاً في المعسكر، قبل أن تندلع اشتباكات عنيفة بالأسلحة "
     "الثقيلة امتدت إلى منطقة أبوسليم، معقل الجهاز، واستمرت حتى ساعات الفجر.\n"
     "وأعلنت وزارة الدفاع بحكومة الوحدة الوطنية الموقتة، صباح الثلاثاء، انتهاء العملية العسكرية في "
     "أبوسليم وبسط السيطرة الكاملة على المنطقة.\n"
     "وترأس رئيس حكومة الوحدة الوطنية الموقتة عبدالحميد الدبيبة، الثلاثاء، اجتماعاً أمنياً ضم وزير "
     "الداخلية المكلف عماد الطرابلسي ورئيس الأركان العامة الفريق أول محمد الحداد، لمتابعة الأوضاع في "
     "العاصمة.\n"
     "في المقابل، قالت الناطقة باسم المجلس الرئاسي نجوى وهيبة إن رئيس المجلس محمد المنفي استقبل المبعوثة "
     "الأممية هانا تيتيه، بحضور نائبه عبدالله اللافي، وبحثوا سبل تثبيت وقف إطلاق النار وحماية المدنيين.",
     [("LEADS", KIKLI, SSA, "رئيس جهاز دعم الاستقرار عبدالغني"),
      ("LOCATED_IN", TAKBALI, TRIPOLI, "داخل معسكر التكبالي في طرابلس"),
      ("LEADS", DBEIBAH, GNU, "رئيس حكومة الوحدة الوطنية الموقتة عبدالحميد"),
      ("MET_WITH", DBEIBAH, TRABELSI, "اجتماعاً أمنياً ضم وزير", "2025-05-13"),
      ("MET_WITH", DBEIBAH, HADDAD, "اجتماعاً أمنياً ضم وزير", "2025-05-13"),
      ("MET_WITH", TRABELSI, HADDAD, "اجتماعاً أمنياً ضم وزير", "2025-05-13"),
      ("LEADS", TRABELSI, LIBINT, "الداخلية المكلف عماد الطرابلسي"),
      ("LEADS", HADDAD, GENSTAFF, "رئيس الأركان العامة الفريق أول محمد"),
      ("MEMBER_OF", WHEBA, PC, "الناطقة باسم المجلس الرئاسي نجوى"),
      ("LEADS", MENFI, PC, "رئيس المجلس محمد المنفي"),
      ("MET_WITH", MENFI, TETTEH, "استقبل المبعوثة", "2025-05-13"),
      ("MET_WITH", LAFI, MENFI, "بحضور نائبه عبدالله اللافي", "2025-05-13"),
      ("MET_WITH", LAFI, TETTEH, "بحضور نائبه عبدالله اللافي", "2025-05-13"),
      ("MEMBER_OF", LAFI, PC, "نائبه عبدالله اللافي"),
      ("MEMBER_OF", TETTEH, UN, "الأممية هانا تيتيه"),
      ],
     {"source": "blind set (Libyan independent news site, Arabic)", "published": "2025-05-13"}),

    ("enJW2_mangoush_cohen_suspended", "en",
     "Dbeibah suspends Foreign Minister Al-Mangoush over meeting with Israeli counterpart\n"
     "The Prime Minister of the Government of National Unity (GNU), Abdul Hamid Dbeibah, has temporarily "
     "suspended Foreign Minister Najla Al-Mangoush and referred her to an investigation, after Israel "
     "announced that she had met its Foreign Minister, Eli Cohen, in Rome.\n"
     "Cohen said in a statement on Sunday that he had held talks with Al-Mangoush last week in a meeting "
     "hosted by Italian Foreign Minister Antonio Tajani, describing it as \"the first step\" in relations "
     "between the two countries.\n"
     "The Libyan Foreign Ministry said Al-Mangoush had refused to meet any Israeli side and that what took "
     "place in Rome was \"an unprepared, casual encounter\" during her meeting with Tajani, involving no "
     "talks or agreements.\n"
     "Dbeibah assigned the Minister of Youth, Fathallah Al-Zani, to run the Foreign Ministry in place of "
     "Al-Mangoush, according to a decision published by the GNU's media office.\n"
     "Protesters took to the streets of Tripoli and other cities on Sunday night, burning tyres and closing "
     "roads. The Presidential Council requested clarifications from the Government, while the House of "
     "Representatives called an emergency session.",
     [("MET_WITH", MANGOUSH, COHEN, "he had held talks with Al-Mangoush last week", "2023-08"),
      ("MET_WITH", TAJANI, MANGOUSH, "during her meeting with Tajani", "2023-08"),
      ("MET_WITH", COHEN, TAJANI, "in a meeting hosted by Italian Foreign Minister", "2023-08"),
      ("VISITED", MANGOUSH, ROME, "what took place in Rome", "2023-08"),
      ("SUCCESSOR_OF", ZANI, MANGOUSH, "to run the Foreign Ministry in place of", "2023-08-27"),
      ("LEADS", DBEIBAH, GNU, "The Prime Minister of the Government of National Unity (GNU), Abdul"),
      ("LEADS", MANGOUSH, LIBFM, "suspended Foreign Minister Najla"),
      ("LEADS", COHEN, ISRFM, "its Foreign Minister, Eli Cohen"),
      ("MEMBER_OF", ZANI, GNU, "the Minister of Youth, Fathallah"),
      ],
     {"source": "blind set (Tripoli-based English-language Libya site)", "published": "2023-08-28"}),

    ("enJW3_tetteh_first_talks_tripoli", "en",
     "Tetteh begins her mission in Tripoli with talks with Al-Menfi and Dbeibah\n"
     "The new Special Representative of the UN Secretary-General and head of the UN Support Mission in "
     "Libya (UNSMIL), Hanna Serwaa Tetteh, held talks on Monday in Tripoli with the Head of the Presidential "
     "Council, Mohamed Al-Menfi, her first meeting since arriving in the capital.\n"
     "Tetteh, a former Ghanaian foreign minister, takes over from Stephanie Khoury, who had run the mission "
     "in an acting capacity since Abdoulaye Bathily resigned in April last year.\n"
     "She then met the Prime Minister of the Government of National Unity, Abdul Hamid Dbeibah, in the "
     "presence of acting Foreign Minister Taher Al-Baour, the Prime Minister's media office said.\n"
     "Dbeibah told the UN envoy that Libyans want \"elections, not new transitional phases\" and called on "
     "the mission to support a constitutional basis for the polls.\n"
     "Tetteh is expected to travel to Benghazi later this week to meet Khalifa Haftar and House of "
     "Representatives Speaker Aguila Saleh, UNSMIL said.\n"
     "Her arrival comes days after unknown gunmen opened fire on the car of the Minister of State for "
     "Cabinet Affairs, Adel Juma, in Tripoli. He survived the attack.",
     [("MET_WITH", TETTEH, MENFI, "held talks on Monday in Tripoli", "2025-02-17"),
      ("VISITED", TETTEH, TRIPOLI, "since arriving in the capital", "2025-02"),
      ("LEADS", TETTEH, UNSMIL, "head of the UN Support Mission in Libya (UNSMIL), Hanna"),
      ("LEADS", MENFI, PC, "the Head of the Presidential Council, Mohamed"),
      ("SUCCESSOR_OF", TETTEH, KOURY, "takes over from Stephanie Khoury", "2025"),
      ("SUCCESSOR_OF", KOURY, BATHILY, "in an acting capacity since Abdoulaye Bathily resigned", "2024-04"),
      ("MET_WITH", TETTEH, DBEIBAH, "She then met the Prime Minister", "2025-02-17"),
      ("MET_WITH", BAOUR, TETTEH, "presence of acting Foreign Minister", "2025-02-17"),
      ("MET_WITH", BAOUR, DBEIBAH, "presence of acting Foreign Minister", "2025-02-17"),
      ("LEADS", DBEIBAH, GNU, "Government of National Unity, Abdul Hamid Dbeibah"),
      ("LEADS", BAOUR, LIBFM, "acting Foreign Minister Taher"),
      ("LEADS", AGUILA, HOR, "Representatives Speaker Aguila"),
      ],
     {"source": "blind set (Tripoli-based English-language Libya site)", "published": "2025-02-17"}),

    ("arJW4_haftar_sons_kalin_rajma", "ar",
     "حفتر يعين صدام نائباً للقائد العام وخالد رئيساً للأركان العامة\n"
     "بنغازي - بوابة الوسط: أصدر القائد العام للقوات المسلحة المشير خليفة حفتر، السبت، قراراً بتعيين "
     "الفريق أول صدام خليفة حفتر نائباً للقائد العام، وقراراً آخر بتعيين الفريق أول خالد خليفة حفتر رئيساً "
     "للأركان العامة خلفاً للفريق أول عبدالرازق الناظوري.\n"
     "وقال الناطق باسم القيادة العامة اللواء أحمد المسماري إن القرارين يأتيان «في إطار إعادة تنظيم "
     "المؤسسة العسكرية وتطوير أدائها».\n"
     "وفي اليوم نفسه، استقبل المشير حفتر في مقر القيادة العامة بالرجمة رئيس جهاز الاستخبارات التركي "
     "إبراهيم قالن، بحضور نائبه صدام والسفير التركي لدى ليبيا غوفن بيغيتش، وتناول اللقاء التعاون العسكري "
     "وملف توحيد المؤسسة العسكرية.\n"
     "ويعد هذا اللقاء الثاني لقالن مع القيادة العامة خلال أشهر، في مؤشر على تقارب متزايد بين أنقرة وشرق "
     "ليبيا.\n"
     "وتلقى المشير حفتر اتصالاً هاتفياً من رئيس مجلس النواب المستشار عقيلة صالح هنأه فيه بالقرارين، فيما "
     "لم يصدر أي تعليق عن حكومة الوحدة الوطنية الموقتة في طرابلس.",
     [("LEADS", HAFTAR, LNA, "القائد العام للقوات المسلحة المشير خليفة"),
      ("MEMBER_OF", SADDAM, LNA, "صدام خليفة حفتر نائباً للقائد العام"),
      ("SUCCESSOR_OF", KHALED, NADHOURI, "للأركان العامة خلفاً للفريق أول عبدالرازق", "2025-08"),
      ("LEADS", KHALED, LNASTAFF, "خالد خليفة حفتر رئيساً"),
      ("MEMBER_OF", MISMARI, LNA, "الناطق باسم القيادة العامة اللواء أحمد"),
      ("MET_WITH", HAFTAR, KALIN, "استقبل المشير حفتر في مقر القيادة العامة", "2025-08"),
      ("MET_WITH", SADDAM, HAFTAR, "بحضور نائبه صدام", "2025-08"),
      ("MET_WITH", SADDAM, KALIN, "بحضور نائبه صدام", "2025-08"),
      ("MET_WITH", BEGEC, HAFTAR, "والسفير التركي لدى ليبيا", "2025-08"),
      ("MET_WITH", BEGEC, KALIN, "والسفير التركي لدى ليبيا", "2025-08"),
      ("MET_WITH", BEGEC, SADDAM, "والسفير التركي لدى ليبيا", "2025-08"),
      ("LEADS", KALIN, MIT, "رئيس جهاز الاستخبارات التركي"),
      ("VISITED", KALIN, RAJMA, "في مقر القيادة العامة بالرجمة", "2025-08"),
      ("LEADS", AGUILA, HOR, "رئيس مجلس النواب المستشار عقيلة"),
      ],
     {"source": "blind set (Libyan independent news site, Arabic)", "published": "2025-08-16"}),

    ("enJW5_naji_issa_cbl_dbeibah", "en",
     "New CBL Governor Naji Issa meets Dbeibah in Tripoli\n"
     "The new Governor of the Central Bank of Libya (CBL), Naji Issa Belqasem, held talks on Wednesday in "
     "Tripoli with the Prime Minister of the Government of National Unity, Abdul Hamid Dbeibah, in the "
     "presence of Deputy Governor Marai Al-Barasi.\n"
     "Issa was sworn in before the House of Representatives in Benghazi on Monday, replacing Abdul Fattah "
     "Ghaffar, whom the Presidential Council had tasked in August with running the bank after removing "
     "long-serving Governor Al-Siddiq Al-Kabir.\n"
     "The meeting discussed the liquidity crunch, the exchange rate and the unification of public spending, "
     "the Prime Minister's media office said.\n"
     "Issa's appointment was agreed by representatives of the House and the High Council of State at talks "
     "facilitated by UNSMIL's acting head, Stephanie Koury, ending a month-long standoff that shut down most "
     "of Libya's oil output.\n"
     "Al-Kabir, who left the country for Istanbul in late August saying he feared for his life, has not "
     "commented on the new appointment.",
     [("MET_WITH", ISSA, DBEIBAH, "held talks on Wednesday in", "2024-10-02"),
      ("MET_WITH", BARASI, ISSA, "presence of Deputy Governor", "2024-10-02"),
      ("MET_WITH", BARASI, DBEIBAH, "presence of Deputy Governor", "2024-10-02"),
      ("LEADS", ISSA, CBL, "Governor of the Central Bank of Libya (CBL), Naji"),
      ("MEMBER_OF", BARASI, CBL, "Deputy Governor Marai"),
      ("LEADS", DBEIBAH, GNU, "the Government of National Unity, Abdul Hamid"),
      ("SUCCESSOR_OF", ISSA, GHAFFAR, "replacing Abdul Fattah", "2024-09-30"),
      ("SUCCESSOR_OF", GHAFFAR, KABIR, "with running the bank after removing", "2024-08"),
      ("LEADS", KOURY, UNSMIL, "UNSMIL's acting head, Stephanie"),
      ],
     {"source": "blind set (Tripoli-based English-language Libya site)", "published": "2024-10-03"}),

    ("arJW6_takala_hcs_bathily", "ar",
     "تكالة رئيساً للمجلس الأعلى للدولة خلفاً للمشري\n"
     "طرابلس - بوابة الوسط: انتخب المجلس الأعلى للدولة، الأحد، عضو المجلس محمد تكالة رئيساً له خلفاً لخالد "
     "المشري، بعد جولة إعادة حصل فيها تكالة على 67 صوتاً مقابل 62 صوتاً للمشري، الذي ترأس المجلس منذ العام "
     "2018.\n"
     "وقال مقرر المجلس بلقاسم دبرز لـ«بوابة الوسط» إن الجلسة جرت «في أجواء ديمقراطية»، وإن الرئيس الجديد "
     "سيتسلم مهامه بشكل فوري.\n"
     "وفي أول نشاط له، استقبل تكالة، الإثنين، المبعوث الأممي عبدالله باثيلي في مقر المجلس بطرابلس، بحضور "
     "دبرز، وناقشا مخرجات لجنة «6+6» المشتركة بشأن القوانين الانتخابية.\n"
     "وكان لقاء بين المشري ورئيس مجلس النواب عقيلة صالح مقرراً في القاهرة خلال الأيام المقبلة، لكن مصادر "
     "أكدت إلغاءه عقب نتيجة التصويت.\n"
     "ويأتي انتخاب تكالة بعد نحو ثلاثة أشهر من تصويت مجلس النواب على إيقاف رئيس الحكومة المكلفة من قبله "
     "فتحي باشاغا، وتكليف وزير المالية أسامة حماد بتسيير مهام الحكومة بدلاً عنه.",
     [("SUCCESSOR_OF", TAKALA, MISHRI, "رئيساً له خلفاً لخالد", "2023-08-06"),
      ("LEADS", TAKALA, HCS, "عضو المجلس محمد تكالة رئيساً له"),
      ("LEADS", MISHRI, HCS, "الذي ترأس المجلس منذ العام"),
      ("MEMBER_OF", DABARZ, HCS, "مقرر المجلس بلقاسم دبرز"),
      ("REPORTED_BY", DABARZ, WASAT, "بلقاسم دبرز لـ«بوابة الوسط»"),
      ("MET_WITH", TAKALA, BATHILY, "استقبل تكالة، الإثنين، المبعوث الأممي", "2023-08-07"),
      ("MET_WITH", DABARZ, TAKALA, "بحضور دبرز", "2023-08-07"),
      ("MET_WITH", DABARZ, BATHILY, "بحضور دبرز", "2023-08-07"),
      ("MEMBER_OF", BATHILY, UN, "المبعوث الأممي عبدالله باثيلي"),
      ("LEADS", AGUILA, HOR, "ورئيس مجلس النواب عقيلة صالح"),
      ("LEADS", BASHAGHA, GNS, "رئيس الحكومة المكلفة من قبله"),
      ("SUCCESSOR_OF", HAMMAD, BASHAGHA, "وتكليف وزير المالية أسامة حماد بتسيير مهام الحكومة بدلاً عنه", "2023-05"),
      ],
     {"source": "blind set (Libyan independent news site, Arabic)", "published": "2023-08-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJW")
