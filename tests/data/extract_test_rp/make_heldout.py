"""Blind set RP: successions in the Gulf monarchies and the condolence visits, 2015-2022 (second folder of
RO-RP): Mohamed bin Zayed receiving Kamala Harris's delegation and Emmanuel Macron after Sheikh Khalifa's
death (May 2022), Mohamed bin Zayed receiving Isaac Herzog and Hossein Amir-Abdollahian (May 2022), Crown
Prince Salman bin Hamad, Bahrain's new prime minister, receiving Mike Pompeo (November 2020), Mohammed bin
Salman's oath before Mohammed bin Nayef in Mecca (June 2017), Erdogan's condolence visit to King Salman in
Riyadh (January 2015), and Javad Zarif's condolence visit to Sultan Haitham in Muscat (January 2020), as the
UAE state agency writes it in English (WAM-like: "ABU DHABI, 16th May, 2022 (WAM) --", "His Highness"), an
Emirati daily in Arabic (Al Khaleej-like: "أبوظبي: «الخليج»", "حفظه الله"), the Bahraini state agency in
English (BNA-like: "Manama, Nov. 18 (BNA):", "HRH the Crown Prince and Prime Minister"), a Saudi daily in
Arabic (Okaz-like: "مكة المكرمة - «عكاظ»"), a Turkish state agency in English (Anadolu-like: "RIYADH (AA) -")
and an Iranian state agency's Arabic service (IRNA-like: "مسقط - إرنا -", "استشهاد").
Pieces: Mohamed bin Zayed receives Harris and her delegation (Blinken, Austin, Burns, Kerry) with Tahnoun and
Mansour present, and earlier Macron; he was elected to succeed Khalifa (English, RP1); Mohamed bin Zayed
receives Herzog, then Amir-Abdollahian, with Mansour and Abdullah bin Zayed present; elected to succeed
Khalifa (Arabic, RP2); Salman bin Hamad receives Pompeo with al-Zayani and Siberell present; he succeeded
Khalifa bin Salman; Pompeo, al-Zayani and Ashkenazi's trilateral meeting (English, RP3); Mohammed bin Salman
chosen crown prince in place of Mohammed bin Nayef, the two meet at al-Safa Palace; Abdulaziz bin Saud
succeeds his uncle at the interior ministry; Mohammed bin Nayef had succeeded Muqrin (Arabic, RP4); Erdogan
meets King Salman with Cavusoglu, then Muqrin and Mohammed bin Nayef; Salman succeeded his half-brother;
Mohammed bin Salman takes the defence post Salman had held (English, RP5); Zarif meets Haitham, then Yusuf
bin Alawi; Haitham succeeded his cousin; Soleimani killed in an American strike (Arabic, RP6).
Excluded on purpose (no relation): Biden, whose condolences were conveyed (RP1); Raisi, whose condolences were
conveyed, Erdogan's call, Oktay's announced trip (RP2); Pompeo's scheduled meeting with Mohamed bin Zayed
(RP3); Trump's congratulation call (RP4); Zarif, expected in Riyadh the next day (RP5); Rouhani's call to
Sultan Haitham (RP6).
Judgement calls: members of a delegation ("The delegation included ...") are paired with the host only, not
with the head of their delegation (RP1); attendees of one list ("The meeting was attended by A and B",
"حضر اللقاءين A وB", "attended the meeting") are paired with both principals and with each other (RP1-RP3),
and "حضر اللقاءين" covers both meetings (RP2); "accompanied by" a minister pairs him with the host only (RP5,
as RO6's delegation); "also met A and B" in one list: not a meeting of A and B (RP5); "استقبل الأمير محمد
بن نايف ولي العهد الجديد الذي قبّل يده" is a meeting (RP4); "اختيار ... ولياً للعهد، وإعفاء ..." in one
decree is a succession (RP4); "ascended the throne ... after the death of his half-brother" is a succession to
Abdullah (RP5); "as defence minister, a post Salman himself had held" is a succession (RP5); "بغارة أمريكية"
gives the victim -> country:united-states (RP6); a prime minister LEADS the country; LEADS where the country or
body is named beside the title.
Filled in for the exercise: the attendees and the order of the audiences (RP1, RP2); Amir-Abdollahian's day,
Erdogan's call, Oktay's announced trip (RP2); the attendees and the palace (RP3); the wording of the exchange
at al-Safa Palace (RP4); Cavusoglu's presence, Erdogan's meetings with the crown princes, Zarif's expected
visit (RP5); Zarif's meeting with Yusuf bin Alawi, Rouhani's call (RP6).
Spellings: "President His Highness Sheikh Mohamed bin Zayed Al Nahyan", "Tahnoun" (RP1); "إسحاق هرتسوغ",
"حسين أمير عبداللهيان" (RP2); "HRH Prince Salman bin Hamad Al Khalifa", "Dr Abdullatif bin Rashid Al Zayani"
(RP3); "الأمير محمد بن نايف بن عبدالعزيز" (RP4); "Mevlut Cavusoglu", "Salman bin Abdulaziz" (RP5); "محمد
جواد ظريف", "الفريق قاسم سليماني" (RP6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rp import ALL  # noqa: E402

HERE = Path(__file__).parent

SAUDI, OMAN, BAHRAIN, UAE = ("country:saudi-arabia", "country:oman", "country:bahrain",
                             "country:united-arab-emirates")
US, IRAN, TURKEY, ISRAEL, FRANCE = ("country:united-states", "country:iran", "country:turkey", "country:israel",
                                    "country:france")
SAFM, OMFM, IRFM, SAINT, ALLEGIANCE = (
    "organization:saudi-foreign-ministry", "organization:omani-foreign-ministry",
    "organization:iranian-foreign-ministry", "organization:saudi-interior-ministry",
    "organization:allegiance-council")
ABDULLAH, SALMAN, MUQRIN, MBN, MBS, ABDULAZIZ = (
    "person:abdullah-bin-abdulaziz", "person:salman-bin-abdulaziz", "person:muqrin-bin-abdulaziz",
    "person:mohammed-bin-nayef", "person:mohammed-bin-salman", "person:abdulaziz-bin-saud-bin-nayef")
QABOOS, HAITHAM, ALAWI = "person:qaboos-bin-said", "person:haitham-bin-tariq", "person:yusuf-bin-alawi"
KHALIFA, MBZ, TAHNOUN, MANSOUR, ABZ = (
    "person:khalifa-bin-zayed", "person:mohamed-bin-zayed", "person:tahnoun-bin-zayed",
    "person:mansour-bin-zayed", "person:abdullah-bin-zayed")
KHALIFA_BH, SALMAN_BH, ZAYANI = ("person:khalifa-bin-salman-al-khalifa", "person:salman-bin-hamad-al-khalifa",
                                 "person:abdullatif-al-zayani")
HARRIS, BLINKEN, AUSTIN, BURNS, KERRY, BIDEN, POMPEO, SIBERELL, TRUMP = (
    "person:kamala-harris", "person:antony-blinken", "person:lloyd-austin", "person:william-burns",
    "person:john-kerry", "person:joe-biden", "person:mike-pompeo", "person:justin-siberell", "person:donald-trump")
MACRON, HERZOG, ASHKENAZI = "person:emmanuel-macron", "person:isaac-herzog", "person:gabi-ashkenazi"
ERDOGAN, CAVUSOGLU, OKTAY = "person:recep-tayyip-erdogan", "person:mevlut-cavusoglu", "person:fuat-oktay"
ZARIF, AMIRABD, ROUHANI, RAISI, SOLEIMANI = (
    "person:mohammad-javad-zarif", "person:hossein-amir-abdollahian", "person:hassan-rouhani",
    "person:ebrahim-raisi", "person:qasem-soleimani")

WAM = "blind set (UAE state news agency, English service, WAM-like)"
KHALEEJ = "blind set (Emirati daily, Arabic, Al Khaleej-like)"
BNA = "blind set (Bahraini state news agency, English service, BNA-like)"
OKAZ = "blind set (Saudi daily, Arabic, Okaz-like)"
AA = "blind set (Turkish state news agency, English service, Anadolu-like)"
IRNA = "blind set (Iranian state news agency, Arabic service, IRNA-like)"

ARTICLES = [
    ("enRP1_mbz_receives_harris_wam", "en",
     "UAE President receives US Vice President, delegation offering condolences on passing of Sheikh Khalifa\n"
     "ABU DHABI, 16th May, 2022 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan today "
     "received Kamala Harris, Vice President of the United States of America, and her accompanying delegation, "
     "who offered their condolences on the passing of the late Sheikh Khalifa bin Zayed Al Nahyan.\n"
     "The delegation included Antony Blinken, Secretary of State; Lloyd Austin, Secretary of Defense; William "
     "Burns, Director of the Central Intelligence Agency; and John Kerry, Special Presidential Envoy for "
     "Climate.\n"
     "Harris conveyed the condolences of President Joe Biden and congratulated His Highness on his election as "
     "President of the UAE.\n"
     "The meeting was attended by H.H. Sheikh Tahnoun bin Zayed Al Nahyan, National Security Advisor, and H.H. "
     "Sheikh Mansour bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Presidential Affairs.\n"
     "Sheikh Mohamed was elected by the Federal Supreme Council on 14th May to succeed the late Sheikh Khalifa, "
     "who passed away on Friday.\n"
     "Earlier in the day, His Highness received French President Emmanuel Macron, who conveyed the solidarity "
     "of the French people with the UAE.",
     [("MET_WITH", MBZ, HARRIS, "received Kamala Harris, Vice President", "2022-05-16"),
      ("MET_WITH", BLINKEN, MBZ, "The delegation included Antony Blinken", "2022-05-16"),
      ("MET_WITH", AUSTIN, MBZ, "Lloyd Austin, Secretary of Defense", "2022-05-16"),
      ("MET_WITH", BURNS, MBZ, "Burns, Director of the Central", "2022-05-16"),
      ("MET_WITH", KERRY, MBZ, "and John Kerry, Special", "2022-05-16"),
      ("MET_WITH", TAHNOUN, MBZ, "Sheikh Tahnoun bin Zayed Al Nahyan, National", "2022-05-16"),
      ("MET_WITH", TAHNOUN, HARRIS, "The meeting was attended by", "2022-05-16"),
      ("MET_WITH", MANSOUR, MBZ, "Sheikh Mansour bin Zayed Al Nahyan, Deputy", "2022-05-16"),
      ("MET_WITH", MANSOUR, HARRIS, "Deputy Prime Minister and Minister of Presidential", "2022-05-16"),
      ("MET_WITH", MANSOUR, TAHNOUN, "National Security Advisor, and H.H.", "2022-05-16"),
      ("LEADS", MBZ, UAE, "his election as President of the UAE"),
      ("SUCCESSOR_OF", MBZ, KHALIFA, "to succeed the late Sheikh Khalifa", "2022-05-14"),
      ("MET_WITH", MBZ, MACRON, "His Highness received French President", "2022-05-16"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
      ],
     {"source": WAM, "published": "2022-05-16"}),

    ("arRP2_mbz_herzog_abdollahian_khaleej", "ar",
     "محمد بن زايد يتقبل التعازي من الرئيس الإسرائيلي ووزير الخارجية الإيراني\n"
     "أبوظبي: «الخليج»\n"
     "تقبّل صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس الدولة، حفظه الله، في قصر المشرف بأبوظبي أمس، "
     "تعازي إسحاق هرتسوغ رئيس دولة إسرائيل، الذي عبّر عن خالص تعازيه في وفاة المغفور له الشيخ خليفة بن زايد "
     "آل نهيان، طيّب الله ثراه.\n"
     "كما تقبّل سموه التعازي من حسين أمير عبداللهيان وزير الخارجية الإيراني، الذي نقل تعازي الرئيس إبراهيم "
     "رئيسي والشعب الإيراني.\n"
     "حضر اللقاءين سمو الشيخ منصور بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير شؤون الرئاسة، وسمو الشيخ "
     "عبدالله بن زايد آل نهيان وزير الخارجية والتعاون الدولي.\n"
     "وكان المجلس الأعلى للاتحاد قد انتخب بالإجماع السبت الماضي صاحب السمو الشيخ محمد بن زايد رئيساً للدولة "
     "خلفاً للمغفور له الشيخ خليفة.\n"
     "وفي سياق متصل، أجرى الرئيس التركي رجب طيب أردوغان اتصالاً هاتفياً بسموه قدّم خلاله التعازي، فيما "
     "أعلنت أنقرة أن نائب الرئيس فؤاد أوقطاي سيتوجه إلى أبوظبي لتقديم واجب العزاء.",
     [("MET_WITH", MBZ, HERZOG, "تعازي إسحاق هرتسوغ", "2022-05-15"),
      ("MET_WITH", MBZ, AMIRABD, "التعازي من حسين أمير عبداللهيان", "2022-05-15"),
      ("MET_WITH", MANSOUR, MBZ, "حضر اللقاءين سمو الشيخ", "2022-05-15"),
      ("MET_WITH", MANSOUR, HERZOG, "منصور بن زايد آل نهيان نائب", "2022-05-15"),
      ("MET_WITH", MANSOUR, AMIRABD, "وزير شؤون الرئاسة", "2022-05-15"),
      ("MET_WITH", ABZ, MBZ, "عبدالله بن زايد آل نهيان وزير", "2022-05-15"),
      ("MET_WITH", ABZ, HERZOG, "وزير الخارجية والتعاون الدولي", "2022-05-15"),
      ("MET_WITH", ABZ, AMIRABD, "الرئاسة، وسمو الشيخ", "2022-05-15"),
      ("MET_WITH", ABZ, MANSOUR, "نائب رئيس مجلس الوزراء وزير", "2022-05-15"),
      ("LEADS", MBZ, UAE, "آل نهيان، رئيس الدولة"),
      ("LEADS", HERZOG, ISRAEL, "رئيس دولة إسرائيل"),
      ("LEADS", AMIRABD, IRFM, "عبداللهيان وزير الخارجية الإيراني"),
      ("SUCCESSOR_OF", MBZ, KHALIFA, "رئيساً للدولة خلفاً للمغفور له", "2022-05-14"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب أردوغان"),
      ],
     {"source": KHALEEJ, "published": "2022-05-16"}),

    ("enRP3_salman_bin_hamad_pompeo_bna", "en",
     "HRH the Crown Prince and Prime Minister receives US Secretary of State\n"
     "Manama, Nov. 18 (BNA): His Royal Highness Prince Salman bin Hamad Al Khalifa, the Crown Prince and Prime "
     "Minister, today received at Gudaibiya Palace the United States Secretary of State, Mike Pompeo, who "
     "offered his condolences on the death of His Royal Highness Prince Khalifa bin Salman Al Khalifa.\n"
     "HRH the Crown Prince and Prime Minister was appointed Prime Minister by Royal Order on November 11, "
     "succeeding the late Prince Khalifa, who had headed the government since 1971 and passed away at the "
     "Mayo Clinic in the United States.\n"
     "The meeting was attended by Foreign Minister Dr Abdullatif bin Rashid Al Zayani and the US Ambassador to "
     "the Kingdom of Bahrain, Justin Siberell.\n"
     "Talks dealt with the Abraham Accords and regional security.\n"
     "Earlier, Pompeo, Dr Al Zayani and Israeli Foreign Minister Gabi Ashkenazi held a trilateral meeting in "
     "Manama, the first visit by an Israeli foreign minister to the Kingdom.\n"
     "The Secretary of State was scheduled to travel on to Abu Dhabi, where he is due to meet His Highness "
     "Sheikh Mohamed bin Zayed.",
     [("MET_WITH", SALMAN_BH, POMPEO, "today received at Gudaibiya Palace", "2020-11-18"),
      ("LEADS", SALMAN_BH, BAHRAIN, "the Crown Prince and Prime Minister, today"),
      ("SUCCESSOR_OF", SALMAN_BH, KHALIFA_BH, "succeeding the late Prince Khalifa", "2020-11-11"),
      ("MET_WITH", ZAYANI, SALMAN_BH, "attended by Foreign Minister Dr", "2020-11-18"),
      ("MET_WITH", SIBERELL, SALMAN_BH, "the Kingdom of Bahrain, Justin Siberell", "2020-11-18"),
      ("MET_WITH", SIBERELL, POMPEO, "the US Ambassador to", "2020-11-18"),
      ("MET_WITH", SIBERELL, ZAYANI, "Al Zayani and the US Ambassador", "2020-11-18"),
      ] + met_group({POMPEO: "Earlier, Pompeo", ZAYANI: "Dr Al Zayani and Israeli",
                     ASHKENAZI: "held a trilateral meeting"}, "2020-11-18") + [
      ("LEADS", ASHKENAZI, ISRAEL, "Israeli Foreign Minister Gabi"),
      ],
     {"source": BNA, "published": "2020-11-18"}),

    ("arRP4_mbs_oath_mbn_okaz", "ar",
     "ولي العهد الجديد يقبّل يد محمد بن نايف: لا غنى لنا عن توجيهاتكم\n"
     "مكة المكرمة - «عكاظ»\n"
     "أصدر خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أمراً ملكياً باختيار صاحب السمو الملكي الأمير "
     "محمد بن سلمان ولياً للعهد، وإعفاء صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز من ولاية العهد "
     "ومن منصبي نائب رئيس مجلس الوزراء ووزير الداخلية، بعد تأييد 31 عضواً من أصل 34 في هيئة البيعة.\n"
     "وفي قصر الصفا بمكة المكرمة، استقبل الأمير محمد بن نايف ولي العهد الجديد الذي قبّل يده وانحنى له، "
     "فيما قال الأمير محمد بن نايف: «أنا سأرتاح الآن، الله يعينك».\n"
     "وردّ ولي العهد: «لا غنى لنا عن توجيهاتكم ونصائحكم».\n"
     "وصدر أمر ملكي آخر بتعيين الأمير عبدالعزيز بن سعود بن نايف وزيراً للداخلية خلفاً لعمّه.\n"
     "وكان الأمير محمد بن نايف قد تولى ولاية العهد في أبريل 2015 خلفاً للأمير مقرن بن عبدالعزيز، فيما "
     "عُيّن الأمير محمد بن سلمان يومها ولياً لولي العهد.\n"
     "من جهة أخرى، تلقى سمو ولي العهد اتصالاً هاتفياً من الرئيس الأمريكي دونالد ترامب، هنّأه فيه بالثقة "
     "الملكية.",
     [("SUCCESSOR_OF", MBS, MBN, "ولياً للعهد، وإعفاء", "2017-06-21"),
      ("MET_WITH", MBN, MBS, "استقبل الأمير محمد بن نايف ولي العهد الجديد", "2017-06-21"),
      ("SUCCESSOR_OF", ABDULAZIZ, MBN, "وزيراً للداخلية خلفاً لعمّه", "2017-06-21"),
      ("LEADS", ABDULAZIZ, SAINT, "بن سعود بن نايف وزيراً للداخلية"),
      ("SUCCESSOR_OF", MBN, MUQRIN, "خلفاً للأمير مقرن بن عبدالعزيز", "2015-04-29"),
      ("LEADS", TRUMP, US, "الرئيس الأمريكي دونالد ترامب"),
      ],
     {"source": OKAZ, "published": "2017-06-22"}),

    ("enRP5_erdogan_riyadh_condolences_aa", "en",
     "Erdogan cuts short Africa tour to offer condolences in Riyadh\n"
     "RIYADH (AA) - Turkish President Recep Tayyip Erdogan met Saudi Arabia's new King Salman bin Abdulaziz in "
     "Riyadh on Saturday to offer his condolences on the death of King Abdullah, cutting short an official "
     "tour of East Africa.\n"
     "Erdogan, accompanied by Foreign Minister Mevlut Cavusoglu, was received at the royal palace by the "
     "80-year-old monarch, who ascended the throne on Friday after the death of his half-brother.\n"
     "The Turkish president also met Crown Prince Muqrin bin Abdulaziz and Deputy Crown Prince Mohammed bin "
     "Nayef, the presidency said in a statement.\n"
     "Turkey declared a day of national mourning, and flags were flown at half-mast at state buildings.\n"
     "King Salman also named his son Mohammed bin Salman as defence minister, a post Salman himself had held "
     "since 2011.\n"
     "Iranian Foreign Minister Mohammad Javad Zarif was expected in the Saudi capital on Sunday to offer "
     "Tehran's condolences, Iranian media reported.",
     [("MET_WITH", ERDOGAN, SALMAN, "Erdogan met Saudi Arabia's new King", "2015-01-24"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip"),
      ("LEADS", SALMAN, SAUDI, "Saudi Arabia's new King"),
      ("MET_WITH", CAVUSOGLU, SALMAN, "accompanied by Foreign Minister Mevlut", "2015-01-24"),
      ("SUCCESSOR_OF", SALMAN, ABDULLAH, "ascended the throne on Friday", "2015-01-23"),
      ("MET_WITH", ERDOGAN, MUQRIN, "also met Crown Prince Muqrin", "2015-01-24"),
      ("MET_WITH", ERDOGAN, MBN, "Deputy Crown Prince Mohammed bin", "2015-01-24"),
      ("SUCCESSOR_OF", MBS, SALMAN, "a post Salman himself had held", "2015-01-23"),
      ("LEADS", ZARIF, IRFM, "Iranian Foreign Minister Mohammad Javad Zarif"),
      ],
     {"source": AA, "published": "2015-01-24"}),

    ("arRP6_zarif_muscat_haitham_irna", "ar",
     "ظريف يلتقي السلطان هيثم بن طارق ويقدم تعازي إيران برحيل السلطان قابوس\n"
     "مسقط - إرنا - التقى وزير الخارجية الإيراني محمد جواد ظريف، اليوم الأحد، سلطان عُمان الجديد هيثم بن "
     "طارق آل سعيد، وقدّم له تعازي الشعب والحكومة في الجمهورية الإسلامية الإيرانية برحيل السلطان قابوس بن "
     "سعيد.\n"
     "وأكد ظريف خلال اللقاء أن الفقيد كان «صديقاً وفياً لإيران»، معرباً عن أمله في أن تستمر العلاقات بين "
     "البلدين في عهد السلطان الجديد.\n"
     "من جهته، أشاد السلطان هيثم بالعلاقات التاريخية بين طهران ومسقط، مؤكداً أن السلطنة ستواصل نهجها.\n"
     "وبحث ظريف في مسقط كذلك مع نظيره العماني يوسف بن علوي آخر التطورات في المنطقة، ولا سيما التوتر "
     "المتصاعد في أعقاب استشهاد الفريق قاسم سليماني بغارة أمريكية قرب مطار بغداد.\n"
     "وكان السلطان هيثم، وزير التراث والثقافة السابق، قد أدى اليمين السبت خلفاً لابن عمه الراحل.\n"
     "وكان الرئيس حسن روحاني قد أجرى اتصالاً هاتفياً بالسلطان الجديد أعرب فيه عن تعازيه، مؤكداً حرص طهران "
     "على تعزيز العلاقات مع مسقط.",
     [("MET_WITH", ZARIF, HAITHAM, "سلطان عُمان الجديد هيثم", "2020-01-12"),
      ("LEADS", ZARIF, IRFM, "التقى وزير الخارجية الإيراني محمد"),
      ("LEADS", HAITHAM, OMAN, "سلطان عُمان الجديد"),
      ("MET_WITH", ZARIF, ALAWI, "مع نظيره العماني يوسف بن علوي", "2020-01-12"),
      ("LEADS", ALAWI, OMFM, "نظيره العماني"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "بغارة أمريكية قرب مطار بغداد", "2020-01-03"),
      ("SUCCESSOR_OF", HAITHAM, QABOOS, "خلفاً لابن عمه الراحل", "2020-01-11"),
      ],
     {"source": IRNA, "published": "2020-01-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRP")
