"""Blind set RO: successions in the Gulf monarchies and the condolence visits, 2015-2023 (first folder of
RO-RP): Barack Obama's condolence visit to King Salman in Riyadh (January 2015), Mohammed bin Salman named
crown prince in place of Mohammed bin Nayef (June 2017), Sultan Haitham bin Tariq receiving the Emir of
Qatar and Mohammed bin Rashid after Sultan Qaboos's death (January 2020), Boris Johnson and the Prince of
Wales in Muscat (January 2020), Emir Nawaf al-Ahmad receiving Sisi and King Abdullah II after Sheikh
Sabah's death (October 2020), and Emir Mishal al-Ahmad receiving the Gulf leaders after Sheikh Nawaf's
death (December 2023), as the Saudi state agency writes it in Arabic (SPA-like: "الرياض ... واس", "حضر
الاستقبال"), a Western wire in English (Reuters-like: "RIYADH/DUBAI (Reuters) -"), the Omani state agency in
Arabic (ONA-like: "مسقط في 12 يناير /العُمانية/", "حضرة صاحب الجلالة ... المعظم"), a British news agency
in English (PA-like: "By Press Association reporter", "No 10"), the Kuwaiti state agency in Arabic
(KUNA-like: "الكويت - 4 - 10 (كونا) --") and a Kuwaiti English daily (Arab Times-like: "KUWAIT CITY, Dec
18:", "His Highness the Amir").
Pieces: King Salman receives Obama with Muqrin, Mohammed bin Nayef and al-Jubeir present, and Kerry and
McCain on the US side; Salman took over after King Abdullah (Arabic, RO1); Mohammed bin Salman replaces
Mohammed bin Nayef, who is replaced as interior minister by Abdulaziz bin Saud; the two princes meet in
Mecca (English, RO2); Haitham receives Tamim, then Mohammed bin Rashid, with Asaad bin Tariq and Yusuf bin
Alawi present; Haitham sworn in to succeed Qaboos (Arabic, RO3); Haitham receives Johnson and Charles
together; Qaboos had named him his successor and had himself taken power from his father; Soleimani killed
in a US drone strike (English, RO4); Nawaf receives Sisi with Sabah al-Khalid and al-Ghanim present, then
King Abdullah II; Nawaf succeeded his brother Sabah (Arabic, RO5); Mishal receives Mohamed bin Zayed's
delegation (Mansour and Abdullah bin Zayed), then Tamim and King Hamad separately, the prime minister Ahmad
Nawaf attending; Mishal proclaimed emir after Nawaf's death (English, RO6).
Excluded on purpose (no relation): Rouhani's condolence call to King Salman (RO1); Trump's call to the new
crown prince (RO2); Erdogan's call to Sultan Haitham, Khalifa bin Zayed, whose condolences were conveyed
(RO3); Johnson's telephone call with Rouhani (RO4); Trump's call, Erdogan's announced visit (RO5); Biden's
call, the Saudi delegation "expected in the coming days" (RO6).
Judgement calls: attendees of one list ("حضر الاستقبال A، وB، وC") are paired with each other, but not with
the attendees of another list (RO1: the Saudi list and the US list; RO3's two attendees with each other);
attendees of "حضر المقابلتين" are paired with both principals of both meetings (RO3); "received A and B"
together is a meeting of the three (RO4); members of a delegation "headed by" X are paired with the host
only (RO6); "attended the audiences" pairs the prime minister with the host and each guest (RO6);
"pledging allegiance to his younger cousin at a palace in Mecca" is a meeting (RO2); "was replaced in that
role by" is a succession (RO2); "proclaimed Amir ... hours after the death of Sheikh Nawaf" is a succession
(RO6); "seized power from his father" is a succession (RO4); "killed ... in a US drone strike" gives the
victim -> country:united-states (RO4); a prime minister LEADS the country; LEADS where the country or
body is named beside the title, or where a state outlet's own country is meant ("أمير البلاد", "رئيس مجلس
الوزراء" in KUNA, "the Prime Minister" in a Kuwaiti daily).
Filled in for the exercise: Jubeir's, Kerry's and McCain's presence at the audience, Rouhani's call (RO1);
the exact wording attributed to the princes (RO2); the day of each audience, the attendees, Erdogan's call
(RO3); the Rouhani call's timing (RO4); the date and order of the audiences, the attendees, Erdogan's
announced visit (RO5); the attendance of Ahmad Nawaf, the expected Saudi delegation (RO6).
Spellings: "الملك سلمان بن عبدالعزيز آل سعود", "فخامة الرئيس باراك أوباما", "ولي ولي العهد" (RO1); "bin Nayef",
"Abdulaziz bin Saud bin Nayef" (RO2); "السلطان هيثم بن طارق المعظم", "يوسف بن علوي بن عبدالله" (RO3);
"Haitham bin Tariq Al Said", "the Prince of Wales" (RO4); "عبدالفتاح السيسي", "مرزوق علي الغانم" (RO5);
"Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah", "Amir" (RO6).
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

SAUDI, OMAN, KUWAIT, BAHRAIN, QATAR, UAE = (
    "country:saudi-arabia", "country:oman", "country:kuwait", "country:bahrain", "country:qatar",
    "country:united-arab-emirates")
US, UK, IRAN, TURKEY, EGYPT, JORDAN = (
    "country:united-states", "country:united-kingdom", "country:iran", "country:turkey", "country:egypt",
    "country:jordan")
KUPARL, SAINT, OMFM = ("organization:kuwaiti-parliament", "organization:saudi-interior-ministry",
                       "organization:omani-foreign-ministry")
ABDULLAH, SALMAN, MUQRIN, MBN, MBS, JUBEIR, ABDULAZIZ = (
    "person:abdullah-bin-abdulaziz", "person:salman-bin-abdulaziz", "person:muqrin-bin-abdulaziz",
    "person:mohammed-bin-nayef", "person:mohammed-bin-salman", "person:adel-al-jubeir",
    "person:abdulaziz-bin-saud-bin-nayef")
QABOOS, HAITHAM, ASAAD, ALAWI, TAIMUR = (
    "person:qaboos-bin-said", "person:haitham-bin-tariq", "person:asaad-bin-tariq", "person:yusuf-bin-alawi",
    "person:said-bin-taimur")
SABAH, NAWAF, MISHAL, GHANIM, AHMADNAWAF, SKHALID = (
    "person:sabah-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah",
    "person:mishal-al-ahmad-al-jaber-al-sabah", "person:marzouq-al-ghanim", "person:ahmad-nawaf-al-ahmad-al-sabah",
    "person:sabah-khalid-al-hamad-al-sabah")
KHALIFA, MBZ, MBR, MANSOUR, ABZ = (
    "person:khalifa-bin-zayed", "person:mohamed-bin-zayed", "person:mohammed-bin-rashid",
    "person:mansour-bin-zayed", "person:abdullah-bin-zayed")
HAMAD, TAMIM = "person:hamad-bin-isa-al-khalifa", "person:tamim-bin-hamad-al-thani"
OBAMA, KERRY, MCCAIN, TRUMP, BIDEN, JOHNSON, CHARLES = (
    "person:barack-obama", "person:john-kerry", "person:john-mccain", "person:donald-trump", "person:joe-biden",
    "person:boris-johnson", "person:prince-charles")
ROUHANI, ERDOGAN, SISI, ABDULLAH2, SOLEIMANI = (
    "person:hassan-rouhani", "person:recep-tayyip-erdogan", "person:abdel-fattah-el-sisi", "person:abdullah-ii",
    "person:qasem-soleimani")

SPA = "blind set (Saudi state news agency, Arabic, SPA-like)"
REUTERS = "blind set (Western news wire, English, Reuters-like)"
ONA = "blind set (Omani state news agency, Arabic, ONA-like)"
PA = "blind set (British news agency, English, PA-like)"
KUNA = "blind set (Kuwaiti state news agency, Arabic, KUNA-like)"
ARABTIMES = "blind set (Kuwaiti English-language daily, Arab Times-like)"

ARTICLES = [
    ("arRO1_salman_receives_obama_spa", "ar",
     "خادم الحرمين الشريفين يستقبل الرئيس الأمريكي ويتقبل تعازيه في الملك عبدالله\n"
     "الرياض 07 ربيع الآخر 1436 هـ الموافق 27 يناير 2015 م واس\n"
     "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، في قصر العرقة بالرياض اليوم، فخامة "
     "الرئيس باراك أوباما رئيس الولايات المتحدة الأمريكية والوفد المرافق له، حيث قدم فخامته تعازيه ومواساته "
     "في وفاة الملك عبدالله بن عبدالعزيز آل سعود - رحمه الله -.\n"
     "وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الصديقين، إضافة إلى بحث مستجدات الأوضاع "
     "في المنطقة، ومكافحة الإرهاب.\n"
     "حضر الاستقبال صاحب السمو الملكي الأمير مقرن بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء، وصاحب "
     "السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير "
     "الداخلية، ومعالي سفير خادم الحرمين الشريفين لدى الولايات المتحدة عادل بن أحمد الجبير.\n"
     "كما حضره من الجانب الأمريكي وزير الخارجية جون كيري، والسيناتور جون ماكين.\n"
     "وكان خادم الحرمين الشريفين قد تلقى اتصالاً هاتفياً من الرئيس الإيراني حسن روحاني، عزّاه فيه في "
     "الفقيد.\n"
     "يذكر أن الملك سلمان تولى مقاليد الحكم فجر الجمعة 23 يناير خلفاً لأخيه الملك عبدالله، وبايعه الأمراء "
     "والعلماء والمواطنون في قصر الحكم.",
     [("MET_WITH", SALMAN, OBAMA, "الرئيس باراك أوباما رئيس الولايات", "2015-01-27"),
      ("MET_WITH", MUQRIN, SALMAN, "الأمير مقرن بن عبدالعزيز ولي العهد", "2015-01-27"),
      ("MET_WITH", MUQRIN, OBAMA, "حضر الاستقبال صاحب السمو", "2015-01-27"),
      ("MET_WITH", MBN, SALMAN, "الأمير محمد بن نايف بن عبدالعزيز ولي", "2015-01-27"),
      ("MET_WITH", MBN, OBAMA, "ولي ولي العهد النائب الثاني", "2015-01-27"),
      ("MET_WITH", JUBEIR, SALMAN, "عادل بن أحمد الجبير", "2015-01-27"),
      ("MET_WITH", JUBEIR, OBAMA, "ومعالي سفير خادم الحرمين", "2015-01-27"),
      ("MET_WITH", MUQRIN, MBN, "نائب رئيس مجلس الوزراء، وصاحب", "2015-01-27"),
      ("MET_WITH", MUQRIN, JUBEIR, "لدى الولايات المتحدة عادل", "2015-01-27"),
      ("MET_WITH", MBN, JUBEIR, "وزير الداخلية، ومعالي", "2015-01-27"),
      ("MET_WITH", KERRY, SALMAN, "وزير الخارجية جون كيري", "2015-01-27"),
      ("MET_WITH", KERRY, OBAMA, "كما حضره من الجانب الأمريكي", "2015-01-27"),
      ("MET_WITH", MCCAIN, SALMAN, "والسيناتور جون ماكين", "2015-01-27"),
      ("MET_WITH", MCCAIN, OBAMA, "جون كيري، والسيناتور", "2015-01-27"),
      ("MET_WITH", KERRY, MCCAIN, "ماكين.", "2015-01-27"),
      ("LEADS", OBAMA, US, "أوباما رئيس الولايات المتحدة الأمريكية"),
      ("LEADS", MBN, SAINT, "الثاني لرئيس مجلس الوزراء وزير"),
      ("LEADS", ROUHANI, IRAN, "الرئيس الإيراني حسن روحاني"),
      ("SUCCESSOR_OF", SALMAN, ABDULLAH, "خلفاً لأخيه الملك عبدالله", "2015-01-23"),
      ],
     {"source": SPA, "published": "2015-01-27"}),

    ("enRO2_mbs_replaces_mbn_reuters", "en",
     "Saudi king ousts nephew, names son Mohammed bin Salman as heir\n"
     "RIYADH/DUBAI (Reuters) - Saudi Arabia's King Salman on Wednesday named his son Mohammed bin Salman as "
     "crown prince, replacing his nephew Mohammed bin Nayef in a reshuffle that hands the 31-year-old prince "
     "near-total control of the kingdom's levers of power.\n"
     "A royal decree said Prince Mohammed bin Nayef, 57, had also been relieved of his post as interior "
     "minister. He was replaced in that role by Prince Abdulaziz bin Saud bin Nayef, a nephew.\n"
     "Thirty-one of the 34 members of the Allegiance Council, made up of senior members of the ruling Al Saud "
     "family, backed the change, state media said.\n"
     "State television later showed the deposed crown prince pledging allegiance to his younger cousin at a "
     "palace in Mecca, as the new heir kissed his hand and knelt before him. \"I will never do without your "
     "guidance and advice,\" Prince Mohammed told the older man.\n"
     "U.S. President Donald Trump called the new crown prince to congratulate him, the White House said, and "
     "the two discussed the dispute with Qatar.\n"
     "Bin Nayef, a favorite of Western intelligence services for crushing an al Qaeda campaign in the kingdom "
     "a decade ago, was not seen in public in the weeks that followed, sources close to the family said.",
     [("LEADS", SALMAN, SAUDI, "Saudi Arabia's King Salman"),
      ("SUCCESSOR_OF", MBS, MBN, "replacing his nephew Mohammed bin Nayef", "2017-06-21"),
      ("SUCCESSOR_OF", ABDULAZIZ, MBN, "He was replaced in that role by", "2017-06-21"),
      ("MET_WITH", MBN, MBS, "pledging allegiance to his younger cousin", "2017-06-21"),
      ("LEADS", TRUMP, US, "U.S. President Donald Trump called"),
      ],
     {"source": REUTERS, "published": "2017-06-21"}),

    ("arRO3_haitham_condolences_ona", "ar",
     "جلالة السلطان يتقبل التعازي من أمير دولة قطر ونائب رئيس دولة الإمارات\n"
     "مسقط في 12 يناير /العُمانية/ تقبّل حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم بقصر العلم العامر "
     "اليوم التعازي من حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر الشقيقة في وفاة المغفور له "
     "بإذن الله تعالى السلطان قابوس بن سعيد - طيب الله ثراه -.\n"
     "وأعرب سموه عن خالص تعازيه ومواساته لجلالة السلطان المعظم وللشعب العُماني.\n"
     "ثم استقبل جلالته صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس دولة الإمارات العربية المتحدة "
     "رئيس مجلس الوزراء حاكم دبي، الذي نقل تعازي أخيه صاحب السمو الشيخ خليفة بن زايد آل نهيان رئيس الدولة.\n"
     "حضر المقابلتين صاحب السمو السيد أسعد بن طارق آل سعيد نائب رئيس الوزراء لشؤون العلاقات والتعاون "
     "الدولي والممثل الخاص لجلالة السلطان، ومعالي يوسف بن علوي بن عبدالله الوزير المسؤول عن الشؤون "
     "الخارجية.\n"
     "وكان جلالته قد أدى اليمين القانونية أمام مجلس عُمان يوم السبت سلطاناً للبلاد خلفاً للسلطان الراحل، "
     "بعد فتح الوصية التي سمّاه فيها المغفور له.\n"
     "من جانب آخر، تلقى جلالة السلطان المعظم اتصالاً هاتفياً من فخامة الرئيس رجب طيب أردوغان رئيس "
     "الجمهورية التركية، عبّر فيه عن تعازيه ومواساته.",
     [("MET_WITH", HAITHAM, TAMIM, "الشيخ تميم بن حمد آل ثاني أمير", "2020-01-12"),
      ("MET_WITH", HAITHAM, MBR, "ثم استقبل جلالته صاحب السمو", "2020-01-12"),
      ("MET_WITH", ASAAD, HAITHAM, "حضر المقابلتين صاحب السمو", "2020-01-12"),
      ("MET_WITH", ASAAD, TAMIM, "السيد أسعد بن طارق آل سعيد", "2020-01-12"),
      ("MET_WITH", ASAAD, MBR, "نائب رئيس الوزراء لشؤون العلاقات", "2020-01-12"),
      ("MET_WITH", ALAWI, HAITHAM, "ومعالي يوسف بن علوي", "2020-01-12"),
      ("MET_WITH", ALAWI, TAMIM, "بن علوي بن عبدالله الوزير", "2020-01-12"),
      ("MET_WITH", ALAWI, MBR, "الوزير المسؤول عن الشؤون", "2020-01-12"),
      ("MET_WITH", ASAAD, ALAWI, "والممثل الخاص لجلالة السلطان، ومعالي", "2020-01-12"),
      ("LEADS", TAMIM, QATAR, "أمير دولة قطر الشقيقة"),
      ("LEADS", KHALIFA, UAE, "آل نهيان رئيس الدولة"),
      ("LEADS", ALAWI, OMFM, "المسؤول عن الشؤون"),
      ("SUCCESSOR_OF", HAITHAM, QABOOS, "سلطاناً للبلاد خلفاً للسلطان الراحل", "2020-01-11"),
      ("LEADS", ERDOGAN, TURKEY, "أردوغان رئيس الجمهورية التركية"),
      ],
     {"source": ONA, "published": "2020-01-12"}),

    ("enRO4_johnson_charles_muscat_pa", "en",
     "Johnson and Charles fly to Oman to pay respects after death of Sultan Qaboos\n"
     "By Press Association reporter\n"
     "Boris Johnson and the Prince of Wales travelled to Oman on Sunday to offer their condolences following "
     "the death of Sultan Qaboos bin Said, the Arab world's longest-serving ruler.\n"
     "The Prime Minister and Charles were received by the new Sultan, Haitham bin Tariq Al Said, at Al Alam "
     "Palace in Muscat, where they paid their respects, Downing Street said.\n"
     "A No 10 spokesman said Mr Johnson \"expressed the UK's deep condolences\" and told the Sultan that "
     "Britain looked forward to working closely with him.\n"
     "Haitham, 65, a former culture minister and cousin of the late ruler, was sworn in on Saturday after the "
     "royal family opened a sealed letter in which Qaboos named him as his successor.\n"
     "Qaboos, who seized power from his father, Said bin Taimur, in a palace coup in 1970, died on Friday aged "
     "79 after a long illness.\n"
     "The visit came amid high tension in the Gulf after Iranian general Qassem Soleimani was killed in a US "
     "drone strike in Baghdad. Mr Johnson had spoken to Iranian President Hassan Rouhani by telephone earlier "
     "in the week and urged restraint.",
     met_group({JOHNSON: "The Prime Minister and Charles", CHARLES: "were received by the new Sultan",
                HAITHAM: "Haitham bin Tariq Al Said, at"}, "2020-01-12") + [
      ("VISITED", JOHNSON, OMAN, "Boris Johnson and the Prince of Wales travelled"),
      ("SUCCESSOR_OF", HAITHAM, QABOOS, "named him as his successor", "2020-01-11"),
      ("SUCCESSOR_OF", QABOOS, TAIMUR, "seized power from his father", "1970-07-23"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "was killed in a US drone strike", "2020-01-03"),
      ("LEADS", ROUHANI, IRAN, "Iranian President Hassan Rouhani"),
      ],
     {"source": PA, "published": "2020-01-12"}),

    ("arRO5_nawaf_receives_sisi_kuna", "ar",
     "سمو أمير البلاد يستقبل الرئيس المصري والعاهل الأردني ويتقبل تعازيهما في الفقيد الكبير\n"
     "الكويت - 4 - 10 (كونا) -- استقبل حضرة صاحب السمو أمير البلاد الشيخ نواف الأحمد الجابر الصباح حفظه "
     "الله ورعاه بقصر بيان اليوم فخامة الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية الشقيقة والوفد "
     "المرافق له، الذي قدم لسموه خالص التعازي وصادق المواساة بوفاة فقيد الكويت الكبير المغفور له بإذن الله "
     "تعالى الشيخ صباح الأحمد الجابر الصباح طيب الله ثراه.\n"
     "وحضر المقابلة سمو الشيخ صباح الخالد الحمد الصباح رئيس مجلس الوزراء ورئيس مجلس الأمة مرزوق علي "
     "الغانم.\n"
     "كما استقبل سموه في وقت لاحق جلالة الملك عبدالله الثاني بن الحسين ملك المملكة الأردنية الهاشمية "
     "الشقيقة، الذي نقل تعازيه باسم الشعب الأردني.\n"
     "وكان سمو الشيخ نواف قد أدى اليمين الدستورية أميراً للبلاد أمام مجلس الأمة في 30 سبتمبر الماضي، "
     "خلفاً لأخيه الراحل الذي توفي في الولايات المتحدة عن عمر ناهز 91 عاماً.\n"
     "من جهة أخرى، تلقى سموه اتصالاً هاتفياً من الرئيس الأمريكي دونالد ترامب عزّاه فيه بوفاة الأمير "
     "الراحل.\n"
     "ومن المقرر أن يصل إلى البلاد غداً الرئيس التركي رجب طيب أردوغان لتقديم واجب العزاء.",
     [("MET_WITH", NAWAF, SISI, "فخامة الرئيس عبدالفتاح السيسي", "2020-10-04"),
      ("MET_WITH", SKHALID, NAWAF, "وحضر المقابلة سمو الشيخ", "2020-10-04"),
      ("MET_WITH", SKHALID, SISI, "صباح الخالد الحمد الصباح رئيس", "2020-10-04"),
      ("MET_WITH", GHANIM, NAWAF, "ورئيس مجلس الأمة مرزوق", "2020-10-04"),
      ("MET_WITH", GHANIM, SISI, "مرزوق علي", "2020-10-04"),
      ("MET_WITH", SKHALID, GHANIM, "رئيس مجلس الوزراء ورئيس", "2020-10-04"),
      ("MET_WITH", NAWAF, ABDULLAH2, "الملك عبدالله الثاني بن الحسين", "2020-10-04"),
      ("LEADS", SISI, EGYPT, "رئيس جمهورية مصر العربية"),
      ("LEADS", SKHALID, KUWAIT, "الحمد الصباح رئيس مجلس الوزراء"),
      ("LEADS", GHANIM, KUPARL, "ورئيس مجلس الأمة"),
      ("LEADS", ABDULLAH2, JORDAN, "ملك المملكة الأردنية الهاشمية"),
      ("LEADS", NAWAF, KUWAIT, "صاحب السمو أمير البلاد الشيخ نواف"),
      ("SUCCESSOR_OF", NAWAF, SABAH, "خلفاً لأخيه الراحل", "2020-09-30"),
      ("LEADS", TRUMP, US, "الرئيس الأمريكي دونالد ترامب"),
      ],
     {"source": KUNA, "published": "2020-10-04"}),

    ("enRO6_mishal_gulf_leaders_arabtimes", "en",
     "Gulf leaders flock to Kuwait as HH the Amir receives condolences\n"
     "KUWAIT CITY, Dec 18: His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah on Monday received at "
     "Bayan Palace UAE President Sheikh Mohamed bin Zayed Al Nahyan, who arrived at the head of a high-level "
     "delegation to offer condolences on the passing of the late Amir Sheikh Nawaf Al-Ahmad.\n"
     "The delegation included Deputy Prime Minister Sheikh Mansour bin Zayed and Foreign Minister Sheikh "
     "Abdullah bin Zayed.\n"
     "HH the Amir also received Qatar's Emir Sheikh Tamim bin Hamad Al-Thani and Bahrain's King Hamad bin Isa "
     "Al-Khalifa in separate audiences.\n"
     "His Highness the Prime Minister Sheikh Ahmad Nawaf Al-Ahmad, the late Amir's son, attended the audiences.\n"
     "Sheikh Mishal, 83, was proclaimed Amir by the Cabinet hours after the death of Sheikh Nawaf, who had ruled "
     "since 2020, and is set to take the constitutional oath before the National Assembly on Wednesday.\n"
     "Meanwhile, US President Joe Biden called Sheikh Mishal to offer his condolences, while a Saudi "
     "delegation headed by Crown Prince Mohammed bin Salman is expected in the coming days.",
     [("MET_WITH", MISHAL, MBZ, "UAE President Sheikh Mohamed bin Zayed", "2023-12-18"),
      ("MET_WITH", MANSOUR, MISHAL, "Deputy Prime Minister Sheikh Mansour", "2023-12-18"),
      ("MET_WITH", ABZ, MISHAL, "Foreign Minister Sheikh Abdullah bin Zayed", "2023-12-18"),
      ("MET_WITH", MISHAL, TAMIM, "Qatar's Emir Sheikh Tamim", "2023-12-18"),
      ("MET_WITH", MISHAL, HAMAD, "Bahrain's King Hamad bin Isa", "2023-12-18"),
      ("MET_WITH", AHMADNAWAF, MISHAL, "the late Amir's son, attended", "2023-12-18"),
      ("MET_WITH", AHMADNAWAF, MBZ, "attended the audiences", "2023-12-18"),
      ("MET_WITH", AHMADNAWAF, TAMIM, "His Highness the Prime Minister Sheikh", "2023-12-18"),
      ("MET_WITH", AHMADNAWAF, HAMAD, "Sheikh Ahmad Nawaf Al-Ahmad, the", "2023-12-18"),
      ("LEADS", MBZ, UAE, "UAE President Sheikh"),
      ("LEADS", TAMIM, QATAR, "Qatar's Emir"),
      ("LEADS", HAMAD, BAHRAIN, "Bahrain's King"),
      ("LEADS", AHMADNAWAF, KUWAIT, "the Prime Minister Sheikh Ahmad"),
      ("SUCCESSOR_OF", MISHAL, NAWAF, "proclaimed Amir by the Cabinet hours after", "2023-12-16"),
      ("LEADS", BIDEN, US, "US President Joe Biden called"),
      ],
     {"source": ARABTIMES, "published": "2023-12-18"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRO")
