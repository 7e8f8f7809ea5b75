"""Blind set TP: Oman, Kuwait, the UAE and Bahrain, 2020-2023 (second folder of TO-TP): Sultan Haitham's
accession after Sultan Qaboos's death and the condolence audiences at Al Alam Palace (January 2020), Sheikh
Nawaf's oath before Kuwait's National Assembly after Sheikh Sabah's death (September 2020), Sheikh Mishal's
oath after Sheikh Nawaf's death and his first audiences (December 2023), Sheikh Mohamed bin Zayed's election
to succeed Sheikh Khalifa and the condolence visits of Macron, the King of Bahrain, Johnson and Kamala
Harris's delegation (May 2022), and Prince Salman bin Hamad's appointment as Bahrain's prime minister after
Prince Khalifa bin Salman's death, with the Bahraini foreign minister's visit to Israel (November 2020), as
an Omani English-language daily writes it (Times of Oman-like: "MUSCAT:"), Kuwait's state agency in Arabic
and in English (KUNA-like: "الكويت - 30 - 9 (كونا) --", "KUWAIT, Dec 20 (KUNA) --"), the UAE's state agency
in Arabic (WAM-like: "أبوظبي في 15 مايو / وام /"), an Abu Dhabi daily in English (The National-like) and
Bahrain's state agency in Arabic (BNA-like: "/ بنا /").
Pieces: Haitham receives Prince Charles, then Johnson; Mohamed bin Zayed and Mohammed bin Rashid together;
Tamim; Haitham sworn in as named successor of Qaboos, who had taken over from his father (English, TP1);
Nawaf sworn in to succeed Sabah, before the Assembly chaired by al-Ghanim; Nawaf receives the prime minister;
Sabah had succeeded Saad al-Abdullah (Arabic, TP2); Mishal sworn in to succeed Nawaf; receives Sisi and
King Abdullah II separately, the prime minister attending both (English, TP3); Mohamed bin Zayed elected to
succeed Khalifa; receives Macron and the King of Bahrain separately (Arabic, TP4); Harris received by
Mohamed bin Zayed with Blinken and Austin; Macron and Johnson received the day before (English, TP5); Salman
bin Hamad prime minister in succession to Khalifa bin Salman; al-Zayani meets Netanyahu and Pompeo together
in Jerusalem (Arabic, TP6).
Excluded on purpose (no relation): Zarif's audience scheduled for the next day, Trump's statement (TP1); the
condolences to be received from the next day, King Salman's phone call (TP2); the rumoured resignation of
the cabinet (TP3); Biden's phone call, Harris's announced visit (TP4); Burns and Kerry, listed in the
delegation only; Herzog, expected the next day; Biden's call (TP5); the greetings of the crown prince
conveyed by al-Zayani, Netanyahu's hoped-for visit to Manama (TP6).
Judgement calls: "named him as his successor" and the oath that follows is a succession (TP1); "took over
from his father" is a succession (TP1); "خلفاً للمغفور له" is a succession (TP2, TP4, TP6); "whom he
succeeded" is a succession (TP3); two guests received "separately" / "كل على حدة" give no pair between the
guests, and an attendee of both audiences is paired with the host and each guest (TP3); "accompanied at the
meeting by" two ministers: a meeting of the four (TP5); "received ... on Sunday" each of two leaders in turn
(TP5); the chairing of the Federal Supreme Council's session is not a meeting with the members (TP4); the
trilateral meeting is a meeting of the three (TP6); a ruler, president or prime minister LEADS his country
(the current ones, not the dead predecessors), a speaker his parliament, a director his agency.
Filled in for the exercise: the order of the audiences and their wording (TP1); the audience of the prime
minister and the phone call (TP2); the prime minister's attendance and the rumour (TP3); the wording of the
audiences and of the call (TP4); the ministers at the meeting and the hour (TP5); the wording of the
greetings and of the hoped-for visit (TP6).
Spellings: "His Majesty Sultan Haitham bin Tarik", "HRH Prince Charles", "Sheikh Mohamed bin Zayed Al
Nahyan" (TP1); «الشيخ نواف الأحمد الجابر الصباح»، «مرزوق علي الغانم» (TP2); "Sheikh Meshal Al-Ahmad Al-Jaber
Al-Sabah", "Abdel Fattah Al-Sisi" (TP3); «صاحب السمو الشيخ محمد بن زايد آل نهيان»، «إيمانويل ماكرون» (TP4);
"Sheikh Mohamed", "Ms Harris", "Lloyd Austin" (TP5); «الدكتور عبداللطيف بن راشد الزياني»، «بنيامين نتنياهو»،
«مايك بومبيو» (TP6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tp import ALL  # noqa: E402

HERE = Path(__file__).parent

OMAN, KUWAIT, UAE, BAHRAIN, QATAR, US, FRANCE, UK, EGYPT, JORDAN, ISRAEL, IRAN = (
    "country:oman", "country:kuwait", "country:united-arab-emirates", "country:bahrain", "country:qatar",
    "country:united-states", "country:france", "country:united-kingdom", "country:egypt", "country:jordan",
    "country:israel", "country:iran")
KW_PARL, FSC, CIA, IR_MOFA = (
    "organization:kuwaiti-parliament", "organization:uae-federal-supreme-council", "organization:cia",
    "organization:iranian-foreign-ministry")
QABOOS, HAITHAM, SAID, SABAH, NAWAF, MISHAL, SAAD, GHANIM, SAADOUN, SABAH_KHALID, AHMAD_NAWAF = (
    "person:qaboos-bin-said", "person:haitham-bin-tariq", "person:said-bin-taimur",
    "person:sabah-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah",
    "person:mishal-al-ahmad-al-jaber-al-sabah", "person:saad-al-abdullah-al-sabah", "person:marzouq-al-ghanim",
    "person:ahmad-al-saadoun", "person:sabah-al-khalid-al-hamad-al-sabah", "person:ahmad-nawaf-al-ahmad-al-sabah")
KHALIFA, MBZ, MBR, KING_HAMAD, KBS, SBH, ZAYANI, TAMIM, SALMAN = (
    "person:khalifa-bin-zayed", "person:mohamed-bin-zayed", "person:mohammed-bin-rashid",
    "person:hamad-bin-isa-al-khalifa", "person:khalifa-bin-salman-al-khalifa", "person:salman-bin-hamad-al-khalifa",
    "person:abdullatif-al-zayani", "person:tamim-bin-hamad-al-thani", "person:salman-bin-abdulaziz")
CHARLES, JOHNSON, ZARIF, TRUMP, SISI, ABDULLAH2, MACRON, BIDEN, HARRIS, BLINKEN, AUSTIN, BURNS, KERRY = (
    "person:charles-iii", "person:boris-johnson", "person:mohammad-javad-zarif", "person:donald-trump",
    "person:abdel-fattah-el-sisi", "person:abdullah-ii", "person:emmanuel-macron", "person:joe-biden",
    "person:kamala-harris", "person:antony-blinken", "person:lloyd-austin", "person:william-burns",
    "person:john-kerry")
HERZOG, NETANYAHU, POMPEO = "person:isaac-herzog", "person:benjamin-netanyahu", "person:mike-pompeo"

TOO = "blind set (Omani English-language daily, Times of Oman-like)"
KUNA_AR = "blind set (Kuwaiti state news agency, Arabic, KUNA-like)"
KUNA_EN = "blind set (Kuwaiti state news agency, English, KUNA-like)"
WAM = "blind set (UAE state news agency, Arabic, WAM-like)"
NATIONAL = "blind set (Abu Dhabi daily, English, The National-like)"
BNA = "blind set (Bahraini state news agency, Arabic, BNA-like)"

ARTICLES = [
    ("enTP1_haitham_condolences_times_of_oman", "en",
     "HM the Sultan receives condolences from world leaders at Al Alam Palace\n"
     "MUSCAT: His Majesty Sultan Haitham bin Tarik received at Al Alam Palace on Sunday HRH Prince Charles, the "
     "Prince of Wales, and later, separately, British Prime Minister Boris Johnson, who offered their "
     "condolences on the death of the late Sultan Qaboos bin Said.\n"
     "His Majesty also received Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, and Sheikh "
     "Mohammed bin Rashid Al Maktoum, Vice-President and Prime Minister of the UAE and Ruler of Dubai, who "
     "arrived together at the head of a high-level Emirati delegation. The Amir of Qatar, Sheikh Tamim bin "
     "Hamad Al Thani, was received in the afternoon.\n"
     "Iranian Foreign Minister Mohammad Javad Zarif arrived in Muscat late on Sunday and is scheduled to offer "
     "condolences on Monday. US President Donald Trump, in a statement, called the late Sultan a \"unifier and "
     "peacemaker\".\n"
     "Sultan Haitham was sworn in on Saturday before the Royal Family Council and the Defence Council, after "
     "the letter in which the late Sultan named him as his successor was opened at the family's request.\n"
     "Sultan Qaboos, who died on Friday aged 79, had ruled since July 1970, when he took over from his father, "
     "Sultan Said bin Taimur.",
     [("MET_WITH", HAITHAM, CHARLES, "HRH Prince Charles, the", "2020-01-12"),
      ("MET_WITH", HAITHAM, JOHNSON, "British Prime Minister Boris Johnson, who offered", "2020-01-12"),
      ("LEADS", JOHNSON, UK, "British Prime Minister Boris Johnson, who offered"),
      ("LEADS", HAITHAM, OMAN, "His Majesty Sultan Haitham bin Tarik received"),
      ]
     + met_group({HAITHAM: "His Majesty also received", MBZ: "Sheikh Mohamed bin Zayed Al Nahyan, Crown",
                  MBR: "Mohammed bin Rashid Al Maktoum, Vice-President"}, "2020-01-12")
     + [("LEADS", MBR, UAE, "Vice-President and Prime Minister of the UAE"),
        ("MET_WITH", HAITHAM, TAMIM, "was received in the afternoon", "2020-01-12"),
        ("LEADS", TAMIM, QATAR, "The Amir of Qatar, Sheikh Tamim"),
        ("LEADS", ZARIF, IR_MOFA, "Iranian Foreign Minister Mohammad Javad Zarif"),
        ("LEADS", TRUMP, US, "US President Donald Trump"),
        ("SUCCESSOR_OF", HAITHAM, QABOOS, "named him as his successor", "2020-01-11"),
        ("SUCCESSOR_OF", QABOOS, SAID, "when he took over from his father", "1970-07-23"),
        ],
     {"source": TOO, "published": "2020-01-13"}),

    ("arTP2_nawaf_oath_kuna", "ar",
     "سمو الأمير الشيخ نواف الأحمد يؤدي اليمين الدستورية أمام مجلس الأمة\n"
     "الكويت - 30 - 9 (كونا) -- أدى حضرة صاحب السمو أمير البلاد الشيخ نواف الأحمد الجابر الصباح حفظه الله ورعاه "
     "اليمين الدستورية اليوم الأربعاء أمام مجلس الأمة في جلسة خاصة ترأسها رئيس المجلس مرزوق علي الغانم، وذلك خلفاً "
     "للمغفور له بإذن الله تعالى الشيخ صباح الأحمد الجابر الصباح الذي وافته المنية أمس في الولايات المتحدة "
     "الأمريكية.\n"
     "وقال سموه في كلمته أمام المجلس إن \"الكويت ستبقى وفية لنهج الفقيد الكبير في الحكمة والاعتدال\".\n"
     "وفور عودته إلى قصر السيف استقبل سموه سمو الشيخ صباح الخالد الحمد الصباح رئيس مجلس الوزراء، الذي رفع إلى "
     "مقام سموه تهاني أعضاء الحكومة.\n"
     "وتلقى سموه اتصالاً هاتفياً من أخيه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود عاهل المملكة "
     "العربية السعودية، أعرب فيه عن خالص التعازي.\n"
     "وأعلن الديوان الأميري أن سمو الأمير سيتقبل التعازي من الوفود الرسمية اعتباراً من يوم غد.\n"
     "يُذكر أن الشيخ صباح الأحمد تولى مقاليد الحكم في يناير 2006 خلفاً للشيخ سعد العبدالله السالم الصباح، وكان "
     "الشيخ نواف ولياً للعهد منذ ذلك الحين.",
     [("SUCCESSOR_OF", NAWAF, SABAH, "وذلك خلفاً", "2020-09-30"),
      ("LEADS", NAWAF, KUWAIT, "صاحب السمو أمير البلاد الشيخ نواف"),
      ("LEADS", GHANIM, KW_PARL, "ترأسها رئيس المجلس مرزوق علي الغانم"),
      ("MET_WITH", NAWAF, SABAH_KHALID, "استقبل سموه سمو الشيخ صباح الخالد", "2020-09-30"),
      ("LEADS", SABAH_KHALID, KUWAIT, "الحمد الصباح رئيس مجلس الوزراء"),
      ("LEADS", SALMAN, "country:saudi-arabia", "عاهل المملكة"),
      ("SUCCESSOR_OF", SABAH, SAAD, "خلفاً للشيخ سعد العبدالله", "2006-01-29"),
      ],
     {"source": KUNA_AR, "published": "2020-09-30"}),

    ("enTP3_meshal_oath_kuna", "en",
     "HH the Amir Sheikh Meshal takes constitutional oath before National Assembly\n"
     "KUWAIT, Dec 20 (KUNA) -- His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah took the "
     "constitutional oath on Wednesday before the National Assembly, four days after the passing of the late "
     "Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah, whom he succeeded as the 17th ruler of the State of Kuwait.\n"
     "The special session was chaired by National Assembly Speaker Ahmad Al-Saadoun and attended by His "
     "Highness the Prime Minister Sheikh Ahmad Nawaf Al-Ahmad Al-Sabah and the ministers.\n"
     "In his address, His Highness the Amir said the executive and legislative authorities had failed to serve "
     "the interests of the nation, and called for a review of the state of affairs.\n"
     "On Monday, His Highness the Amir received at Bayan Palace Egyptian President Abdel Fattah Al-Sisi and "
     "Jordan's King Abdullah II, who arrived separately to offer their condolences. His Highness the Prime "
     "Minister attended both audiences.\n"
     "Local media reported that the cabinet could tender its resignation in the coming days in line with "
     "constitutional practice, though no official statement has been issued.",
     [("SUCCESSOR_OF", MISHAL, NAWAF, "whom he succeeded as the 17th ruler", "2023-12-16"),
      ("LEADS", MISHAL, KUWAIT, "His Highness the Amir Sheikh Meshal"),
      ("LEADS", SAADOUN, KW_PARL, "National Assembly Speaker Ahmad Al-Saadoun"),
      ("LEADS", AHMAD_NAWAF, KUWAIT, "the Prime Minister Sheikh Ahmad Nawaf"),
      ("MET_WITH", MISHAL, SISI, "Egyptian President Abdel Fattah Al-Sisi and", "2023-12-18"),
      ("MET_WITH", MISHAL, ABDULLAH2, "Jordan's King Abdullah II, who arrived", "2023-12-18"),
      ("MET_WITH", AHMAD_NAWAF, MISHAL, "Minister attended both audiences", "2023-12-18"),
      ("MET_WITH", AHMAD_NAWAF, SISI, "attended both audiences", "2023-12-18"),
      ("MET_WITH", AHMAD_NAWAF, ABDULLAH2, "both audiences.", "2023-12-18"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah Al-Sisi"),
      ("LEADS", ABDULLAH2, JORDAN, "Jordan's King Abdullah II"),
      ],
     {"source": KUNA_EN, "published": "2023-12-20"}),

    ("arTP4_mbz_president_condolences_wam", "ar",
     "رئيس الدولة يستقبل الرئيس الفرنسي وملك البحرين المعزّيين في وفاة الشيخ خليفة\n"
     "أبوظبي في 15 مايو / وام / استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة حفظه الله في قصر "
     "المشرف بأبوظبي اليوم فخامة الرئيس إيمانويل ماكرون رئيس الجمهورية الفرنسية، وجلالة الملك حمد بن عيسى آل "
     "خليفة ملك مملكة البحرين، كلٌّ على حدة، اللذين قدما واجب العزاء في وفاة المغفور له بإذن الله تعالى الشيخ "
     "خليفة بن زايد آل نهيان.\n"
     "وكان المجلس الأعلى للاتحاد قد انتخب بالإجماع أمس صاحب السمو الشيخ محمد بن زايد آل نهيان رئيساً لدولة "
     "الإمارات العربية المتحدة خلفاً للمغفور له الشيخ خليفة بن زايد، وذلك خلال اجتماعه في قصر المشرف برئاسة "
     "صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي.\n"
     "وتلقى سموه اتصالاً هاتفياً من فخامة الرئيس جو بايدن رئيس الولايات المتحدة الأمريكية، قدم خلاله التعازي، "
     "فيما أعلن البيت الأبيض أن نائبة الرئيس كامالا هاريس ستقود وفداً رفيعاً إلى أبوظبي لتقديم العزاء.\n"
     "وتستمر مراسم العزاء في قصر المشرف ثلاثة أيام، وقد نُكّست الأعلام أربعين يوماً.",
     [("MET_WITH", MBZ, MACRON, "فخامة الرئيس إيمانويل ماكرون", "2022-05-15"),
      ("MET_WITH", MBZ, KING_HAMAD, "وجلالة الملك حمد بن عيسى", "2022-05-15"),
      ("LEADS", MBZ, UAE, "آل نهيان رئيس الدولة حفظه الله"),
      ("LEADS", MACRON, FRANCE, "رئيس الجمهورية الفرنسية"),
      ("LEADS", KING_HAMAD, BAHRAIN, "ملك مملكة البحرين"),
      ("SUCCESSOR_OF", MBZ, KHALIFA, "خلفاً للمغفور له الشيخ خليفة", "2022-05-14"),
      ("LEADS", MBR, UAE, "نائب رئيس الدولة رئيس مجلس الوزراء"),
      ("LEADS", BIDEN, US, "فخامة الرئيس جو بايدن رئيس"),
      ],
     {"source": WAM, "published": "2022-05-15"}),

    ("enTP5_harris_abu_dhabi_national", "en",
     "Kamala Harris leads US delegation to pay respects to Sheikh Mohamed\n"
     "President Sheikh Mohamed bin Zayed received US Vice President Kamala Harris in Abu Dhabi on Monday, as "
     "world leaders continued to arrive in the capital to offer condolences on the death of Sheikh Khalifa.\n"
     "Ms Harris was accompanied at the meeting at Al Mushrif Palace by Secretary of State Antony Blinken and "
     "Defence Secretary Lloyd Austin. CIA director William Burns and climate envoy John Kerry were also part "
     "of the American delegation, the largest sent abroad by the Biden administration.\n"
     "\"We are here to pay our respects and to affirm the strength of the relationship,\" Ms Harris said.\n"
     "Sheikh Mohamed, who was elected on Saturday to succeed his half-brother, received French President "
     "Emmanuel Macron on Sunday and, hours later, British Prime Minister Boris Johnson.\n"
     "Israeli President Isaac Herzog is expected in Abu Dhabi on Tuesday, his office said. President Joe Biden "
     "spoke to Sheikh Mohamed by phone on Saturday to congratulate him on his election.",
     met_group({MBZ: "President Sheikh Mohamed bin Zayed received", HARRIS: "US Vice President Kamala Harris",
                BLINKEN: "Secretary of State Antony Blinken", AUSTIN: "Defence Secretary Lloyd Austin"},
               "2022-05-16")
     + [("LEADS", MBZ, UAE, "President Sheikh Mohamed bin Zayed received"),
        ("LEADS", BURNS, CIA, "CIA director William Burns"),
        ("LEADS", BLINKEN, "organization:us-state-department", "Secretary of State Antony Blinken"),
        ("LEADS", AUSTIN, "organization:us-department-of-defense", "Defence Secretary Lloyd Austin"),
        ("SUCCESSOR_OF", MBZ, KHALIFA, "elected on Saturday to succeed his half-brother", "2022-05-14"),
        ("MET_WITH", MBZ, MACRON, "received French President", "2022-05-15"),
        ("MET_WITH", MBZ, JOHNSON, "hours later, British Prime Minister Boris Johnson", "2022-05-15"),
        ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
        ("LEADS", JOHNSON, UK, "British Prime Minister Boris Johnson"),
        ("LEADS", HERZOG, ISRAEL, "Israeli President Isaac Herzog"),
        ("LEADS", BIDEN, US, "President Joe Biden"),
        ],
     {"source": NATIONAL, "published": "2022-05-16"}),

    ("arTP6_zayani_jerusalem_bna", "ar",
     "وزير الخارجية يلتقي رئيس الوزراء الإسرائيلي ووزير الخارجية الأمريكي في القدس\n"
     "القدس في 18 نوفمبر / بنا / عقد وزير الخارجية الدكتور عبداللطيف بن راشد الزياني اليوم اجتماعاً ثلاثياً مع "
     "دولة السيد بنيامين نتنياهو رئيس وزراء دولة إسرائيل، ومعالي السيد مايك بومبيو وزير خارجية الولايات المتحدة "
     "الأمريكية، وذلك في أول زيارة رسمية لوفد بحريني إلى إسرائيل منذ توقيع إعلان تأييد السلام.\n"
     "ونقل وزير الخارجية تحيات صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد نائب القائد الأعلى "
     "رئيس مجلس الوزراء، الذي عيّنه حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة عاهل البلاد المفدى رئيساً "
     "لمجلس الوزراء في الحادي عشر من نوفمبر الجاري، خلفاً للمغفور له بإذن الله تعالى صاحب السمو الملكي الأمير "
     "خليفة بن سلمان آل خليفة الذي ترأس الحكومة منذ عام 1970.\n"
     "وبحث الاجتماع فتح السفارات وتسيير الرحلات الجوية المباشرة بين البلدين.\n"
     "وأعرب رئيس الوزراء الإسرائيلي عن أمله في زيارة المنامة قريباً، دون أن يُحدد موعد لذلك.",
     met_group({ZAYANI: "عقد وزير الخارجية الدكتور", NETANYAHU: "دولة السيد بنيامين نتنياهو",
                POMPEO: "ومعالي السيد مايك بومبيو"}, "2020-11-18")
     + [("LEADS", NETANYAHU, ISRAEL, "رئيس وزراء دولة إسرائيل"),
        ("LEADS", ZAYANI, "organization:bahraini-foreign-ministry", "عقد وزير الخارجية الدكتور"),
        ("LEADS", POMPEO, "organization:us-state-department", "وزير خارجية الولايات المتحدة"),
        ("SUCCESSOR_OF", SBH, KBS, "خلفاً للمغفور له", "2020-11-11"),
        ("LEADS", SBH, BAHRAIN, "رئيساً لمجلس الوزراء"),
        ("LEADS", KING_HAMAD, BAHRAIN, "عاهل البلاد المفدى"),
        ],
     {"source": BNA, "published": "2020-11-18"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTP")
