"""Blind set PB: the Gulf and Turkey 2020-2021 (second folder of PA-PB): the National Assembly's oath of
allegiance to Mishal al-Ahmad as crown prince after Nawaf al-Ahmad succeeded Emir Sabah (October 2020),
Mohammed bin Salman's reception of the Gulf leaders at the AlUla summit that ended the blockade of Qatar
(January 2021), the US intelligence report on Jamal Khashoggi's killing and Riyadh's rejection of it
(February 2021), Sultan Haitham bin Tariq's first eighteen months in Oman (2020-2021), Abdullah bin Zayed's
first meeting with Gabi Ashkenazi in Berlin (October 2020), and the reported and denied Netanyahu trip to
NEOM with Pompeo's trilateral meeting in Jerusalem (November 2020), as a Kuwaiti daily writes it in Arabic
(Al-Qabas-like: "القبس", "أمس", "سمو"), Saudi Arabia's state agency in English (SPA-like: "AlUla, Jumada
Al-Ula 21, 1442, January 05, 2021, SPA --", "HRH"), a Turkish state TV site in Arabic (TRT Arabi-like:
"تشرين الأول", "وكالات"), a Washington think tank's brief in English (AGSIW-like: "Issue Brief", analysis),
the UAE's state agency in Arabic (WAM-like: "برلين في 6 أكتوبر / وام /", "سموه", "معالي") and a US wire in
English (AP-like: "JERUSALEM (AP) —").
Pieces: Mishal succeeds Nawaf as crown prince, Nawaf receives al-Ghanim and Sabah al-Khalid together,
Nawaf succeeds Sabah, Sabah had met Trump in 2017 (Arabic, PB1); the crown prince receives Tamim, Nawaf,
Mohammed bin Rashid, Salman bin Hamad and Fahd bin Mahmoud on arrival, and receives Kushner (English, PB2);
Khashoggi killed by a Saudi team, the crown prince only accused, Cavusoglu had met Faisal bin Farhan in
Niamey (Arabic, PB3); Haitham succeeds Qaboos, Badr Albusaidi replaces Yusuf bin Alawi, Qaboos had hosted
Netanyahu and Pompeo, Pompeo met Haitham, Haitham received by King Salman with the crown prince attending
(English, PB4); Abdullah bin Zayed, Ashkenazi and Maas meet in Berlin, the White House signing with
Netanyahu, Trump and al-Zayani (Arabic, PB5); Pompeo meets the crown prince in NEOM, the trilateral of
Pompeo, Netanyahu and al-Zayani in Jerusalem, the crown prince replaced Mohammed bin Nayef (English, PB6).
Excluded on purpose (no relation): the oath before the Assembly (no named person met), Tamim's phone call,
the delegations expected (PB1); Kushner's and Shoukry's attendance at the opening session and the signing
in the presence of al-Hajraf (no stated meeting with a named person), (PB2); the
crown prince "approved" the operation (a US intelligence assessment, denied by Riyadh), al-Qahtani and
Asiri named as taking part, Erdogan's "highest levels" (accusations), Haspel's visit to unnamed officials
(PB3); the reported Kushner phone call, Theyazin named crown prince (a new post, no predecessor) (PB4);
the phone call of August, the planned visit to Abu Dhabi (PB5); Netanyahu's reported meeting with the crown
prince in NEOM (reported by Israeli media and denied by the Saudi foreign minister), Yossi Cohen "reportedly
accompanied", Kushner's expected visit (PB6).
Judgement calls: "استقبل X وY وأبلغهما" is a meeting of the three (PB1, as NK4); "خلفاً لسمو الشيخ نواف" for
the crown prince's post Nawaf left is a succession (PB1); "also received A; B; C and D" on arrival are
separate receptions (the crown prince with each, the guests not paired, PB2); "killed by a Saudi team of 15"
gives Khashoggi -> country:saudi-arabia (PB3, as PA5); "sworn in hours after the death of Qaboos ... letter
which named his cousin as successor" is a succession (PB4); "relieved X ... and named Y as foreign minister"
is a succession (PB4); "hosted" and "received" are meetings (PB4); an attendee ("attended the talks",
"بحضور") is paired with both principals, and the signatories of one ceremony with each other (PB4 the crown
prince, PB5 Trump and al-Zayani; PB5 Maas hosted the Berlin meeting: a meeting of the three); "a three-way
meeting with A and B" is a meeting of the three (PB6); "who replaced his cousin ... as heir" is a
succession (PB6); a minister LEADS his ministry where it has a gazetteer id; a prime minister LEADS the
country; the GCC secretary-general LEADS the GCC.
Filled in for the exercise: the day and place of Nawaf's meeting with al-Ghanim and Sabah al-Khalid, Tamim's
call (PB1); Nawaf's and Mohammed bin Rashid's presence at AlUla as listed, the crown prince's reception of
Kushner (PB2); the place of the Cavusoglu-Faisal meeting as stated (PB3); the reported Kushner call, the
crown prince's attendance at NEOM (PB4); the wording of the talks, the planned visit (PB5); the jet's
timing (PB6).
Spellings: "مشعل الأحمد"، "مرزوق الغانم"، "صباح الخالد" (PB1); "Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Salman
bin Hamad Al Khalifa", "Sayyid Fahd bin Mahmoud Al Said" (PB2); "جمال خاشقجي"، "مولود تشاووش أوغلو"، "فيصل
بن فرحان" (PB3); "Haitham bin Tariq Al Said", "Badr bin Hamad Albusaidi", "Yusuf bin Alawi bin Abdullah" (PB4);
"غابي أشكنازي"، "هايكو ماس"، "عبداللطيف بن راشد الزياني" (PB5); "Abdullatif al-Zayani", "Yossi Cohen" (PB6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pb import ALL  # noqa: E402

HERE = Path(__file__).parent

QATAR, KUWAIT, SAUDI, BAHRAIN, TURKEY, ISRAEL, USA = (
    "country:qatar", "country:kuwait", "country:saudi-arabia", "country:bahrain", "country:turkey",
    "country:israel", "country:united-states")
KWPARL, KWFM, SAFM, OMFM, UAEFM, BHFM, TRFM, SADEF, USSTATE, CIA, GCC = (
    "organization:kuwaiti-parliament", "organization:kuwaiti-foreign-ministry",
    "organization:saudi-foreign-ministry", "organization:omani-foreign-ministry",
    "organization:uae-foreign-ministry", "organization:bahraini-foreign-ministry",
    "organization:turkish-foreign-ministry", "organization:saudi-defence-ministry",
    "organization:us-state-department", "organization:cia", "organization:gcc")
SABAH, NAWAF, MISHAL, SKHALID, GHANIM = (
    "person:sabah-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah",
    "person:mishal-al-ahmad-al-jaber-al-sabah", "person:sabah-al-khalid-al-hamad-al-sabah",
    "person:marzouq-al-ghanim")
TAMIM = "person:tamim-bin-hamad-al-thani"
QABOOS, HAITHAM, YUSUF, BADR, FAHD = (
    "person:qaboos-bin-said", "person:haitham-bin-tariq", "person:yusuf-bin-alawi", "person:badr-albusaidi",
    "person:fahd-bin-mahmoud-al-said")
SALMAN, MBS, MBN, FAISAL, KHASHOGGI = (
    "person:salman-bin-abdulaziz", "person:mohammed-bin-salman", "person:mohammed-bin-nayef",
    "person:faisal-bin-farhan", "person:jamal-khashoggi")
MBR, ABZ, ZAYANI, SALMANBH, HAJRAF = (
    "person:mohammed-bin-rashid", "person:abdullah-bin-zayed", "person:abdullatif-al-zayani",
    "person:salman-bin-hamad-al-khalifa", "person:nayef-al-hajraf")
ERDOGAN, CAVUSOGLU = "person:recep-tayyip-erdogan", "person:mevlut-cavusoglu"
TRUMP, POMPEO, KUSHNER, HASPEL = ("person:donald-trump", "person:mike-pompeo", "person:jared-kushner",
                                  "person:gina-haspel")
NETANYAHU, ASHKENAZI, MAAS = "person:benjamin-netanyahu", "person:gabi-ashkenazi", "person:heiko-maas"

QABAS = "blind set (Kuwaiti daily, Arabic, Al-Qabas-like)"
SPA = "blind set (Saudi state news agency, English service, SPA-like)"
TRT = "blind set (Turkish state TV news site, Arabic, TRT Arabi-like)"
BRIEF = "blind set (Washington think tank issue brief, English, AGSIW-like)"
WAM = "blind set (UAE state news agency, Arabic, WAM-like)"
AP = "blind set (US news wire, English, AP-like)"

ARTICLES = [
    ("arPB1_mishal_crown_prince_qabas", "ar",
     "مجلس الأمة يبايع الشيخ مشعل الأحمد ولياً للعهد بالإجماع\n"
     "القبس\n"
     "بايع مجلس الأمة في جلسة خاصة عقدها أمس سمو الشيخ مشعل الأحمد الجابر الصباح ولياً للعهد، بعد يوم من "
     "صدور الأمر الأميري بتزكيته خلفاً لسمو الشيخ نواف الأحمد الذي تولى مسند الإمارة.\n"
     "وأدى سموه اليمين الدستورية أمام المجلس وسط تصفيق النواب، وتعهد بأن يكون \"عوناً وسنداً\" لسمو الأمير.\n"
     "وكان سمو أمير البلاد الشيخ نواف الأحمد قد استقبل في قصر السيف صباح الأربعاء رئيس مجلس الأمة مرزوق "
     "الغانم وسمو رئيس مجلس الوزراء الشيخ صباح الخالد، وأبلغهما بقرار التزكية.\n"
     "والشيخ مشعل، البالغ من العمر 80 عاماً، يشغل منصب نائب رئيس الحرس الوطني منذ عام 2004، وقبلها ترأس "
     "جهاز أمن الدولة لسنوات طويلة.\n"
     "وتولى الشيخ نواف الأحمد مسند الإمارة في 29 سبتمبر الماضي خلفاً لأخيه الراحل الشيخ صباح الأحمد الجابر "
     "الصباح، الذي توفي في مستشفى بالولايات المتحدة عن 91 عاماً، وأدى اليمين أمام مجلس الأمة في اليوم التالي.\n"
     "وكان الراحل قد التقى الرئيس الأميركي دونالد ترامب في البيت الأبيض في سبتمبر 2017، وأعلن من هناك أن "
     "وساطته نجحت في وقف أي عمل عسكري ضد قطر.\n"
     "وتلقى سمو الأمير اتصالاً هاتفياً من أمير قطر الشيخ تميم بن حمد آل ثاني هنأه فيه بتزكية ولي العهد، فيما "
     "يُتوقع أن يستقبل سموه خلال الأيام المقبلة وفوداً خليجية وعربية.",
     [("SUCCESSOR_OF", MISHAL, NAWAF, "بتزكيته خلفاً لسمو الشيخ نواف", "2020-10-07"),
      ("LEADS", NAWAF, KUWAIT, "سمو أمير البلاد الشيخ نواف الأحمد"),
      ] + met_group({NAWAF: "قد استقبل في قصر السيف", GHANIM: "رئيس مجلس الأمة مرزوق",
                     SKHALID: "رئيس مجلس الوزراء الشيخ صباح الخالد"}, "2020-10-07") + [
      ("LEADS", GHANIM, KWPARL, "مجلس الأمة مرزوق"),
      ("LEADS", SKHALID, KUWAIT, "وسمو رئيس مجلس الوزراء"),
      ("SUCCESSOR_OF", NAWAF, SABAH, "خلفاً لأخيه الراحل", "2020-09-29"),
      ("MET_WITH", SABAH, TRUMP, "وكان الراحل قد التقى الرئيس", "2017-09-07"),
      ("LEADS", TRUMP, USA, "الرئيس الأميركي دونالد ترامب"),
      ("LEADS", TAMIM, QATAR, "من أمير قطر الشيخ تميم"),
      ],
     {"source": QABAS, "published": "2020-10-09"}),

    ("enPB2_alula_summit_spa", "en",
     "HRH Crown Prince Receives Qatar's Emir on Arrival in AlUla for 41st GCC Summit\n"
     "AlUla, Jumada Al-Ula 21, 1442, January 05, 2021, SPA -- His Royal Highness Prince Mohammed bin Salman bin "
     "Abdulaziz, Crown Prince, Deputy Prime Minister and Minister of Defense, received upon arrival at AlUla "
     "airport today His Highness Sheikh Tamim bin Hamad Al Thani, Emir of "
     "the State of Qatar, who is heading his country's delegation to the 41st session of the Supreme Council of "
     "the Gulf Cooperation Council (GCC).\n"
     "HRH the Crown Prince also received His Highness Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah, Emir of the "
     "State of Kuwait; His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice President and Prime Minister of "
     "the UAE; His Royal Highness Prince Salman bin Hamad Al Khalifa, Crown Prince and Prime "
     "Minister of the Kingdom of Bahrain; and His Highness Sayyid Fahd bin Mahmoud Al Said, Deputy Prime "
     "Minister for the Council of Ministers, heading the delegation of the Sultanate of Oman.\n"
     "HRH the Crown Prince chaired the summit on behalf of the Custodian of the Two Holy Mosques King Salman bin "
     "Abdulaziz Al Saud.\n"
     "The leaders and heads of delegations signed the AlUla Declaration and the final communique in the "
     "presence of GCC Secretary-General Dr. Nayef Falah Mubarak Al-Hajraf. Mr. Jared Kushner, Senior Advisor to "
     "the US President, and Egyptian Foreign Minister Sameh Shoukry attended the opening session.\n"
     "Earlier, HRH the Crown Prince received Mr. Kushner and reviewed with him the regional situation.",
     [("MET_WITH", MBS, TAMIM, "His Highness Sheikh Tamim bin Hamad Al Thani", "2021-01-05"),
      ("LEADS", MBS, SADEF, "Deputy Prime Minister and Minister of Defense"),
      ("LEADS", TAMIM, QATAR, "Emir of the State of Qatar"),
      ("MET_WITH", MBS, NAWAF, "HRH the Crown Prince also received", "2021-01-05"),
      ("LEADS", NAWAF, KUWAIT, "Emir of the State of Kuwait"),
      ("MET_WITH", MBS, MBR, "Sheikh Mohammed bin Rashid Al Maktoum", "2021-01-05"),
      ("MET_WITH", MBS, SALMANBH, "Prince Salman bin Hamad Al Khalifa", "2021-01-05"),
      ("LEADS", SALMANBH, BAHRAIN, "Minister of the Kingdom of Bahrain"),
      ("MET_WITH", MBS, FAHD, "Sayyid Fahd bin Mahmoud Al Said", "2021-01-05"),
      ("LEADS", SALMAN, SAUDI, "Custodian of the Two Holy Mosques King Salman"),
      ("LEADS", HAJRAF, GCC, "GCC Secretary-General Dr. Nayef"),
      ("MET_WITH", MBS, KUSHNER, "Earlier, HRH the Crown Prince received Mr. Kushner", "2021-01-05"),
      ],
     {"source": SPA, "published": "2021-01-05"}),

    ("arPB3_odni_khashoggi_trt", "ar",
     "تقرير استخباراتي أمريكي: ولي العهد السعودي وافق على عملية استهدفت خاشقجي\n"
     "TRT عربي - وكالات\n"
     "خلص تقرير لمكتب مدير الاستخبارات الوطنية الأمريكية رُفعت عنه السرية الجمعة إلى أن ولي العهد السعودي "
     "الأمير محمد بن سلمان \"وافق على عملية في إسطنبول لاعتقال أو قتل\" الصحفي جمال خاشقجي.\n"
     "وقُتل خاشقجي، الكاتب في صحيفة واشنطن بوست، على يد فريق سعودي من 15 عنصراً داخل قنصلية بلاده في "
     "إسطنبول في الثاني من أكتوبر/تشرين الأول 2018، ولم يُعثر على رفاته حتى اليوم.\n"
     "في المقابل، رفضت وزارة الخارجية السعودية في بيان \"رفضاً قاطعاً\" ما ورد في التقرير من \"استنتاجات "
     "مسيئة وغير صحيحة\" بحق قيادة المملكة، مؤكدة أن الجريمة ارتكبتها \"مجموعة خالفت الأنظمة\".\n"
     "وأشار التقرير إلى أن المستشار السابق في الديوان الملكي سعود القحطاني ونائب رئيس الاستخبارات العامة "
     "السابق اللواء أحمد عسيري شاركا في التخطيط للعملية.\n"
     "وكان الرئيس التركي رجب طيب أردوغان قد أكد في مقال نشره عام 2018 أن الأمر بقتل خاشقجي صدر من \"أعلى "
     "المستويات في الحكومة السعودية\"، مستبعداً أن يكون الملك سلمان قد أصدره.\n"
     "كما زارت مديرة وكالة المخابرات المركزية الأمريكية جينا هاسبل أنقرة في أكتوبر 2018، واطلعت على أدلة "
     "قدمها لها مسؤولون أتراك.\n"
     "وفي سياق متصل، كان وزير الخارجية التركي مولود تشاووش أوغلو قد التقى نظيره السعودي الأمير فيصل بن فرحان "
     "على هامش اجتماع وزراء خارجية منظمة التعاون الإسلامي في نيامي، أواخر نوفمبر/تشرين الثاني الماضي.\n"
     "وتحاكم محكمة في إسطنبول غيابياً 26 سعودياً متهمين في القضية.",
     [("ASSASSINATED_BY", KHASHOGGI, SAUDI, "على يد فريق سعودي", "2018-10-02"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب أردوغان"),
      ("LEADS", HASPEL, CIA, "مديرة وكالة المخابرات المركزية"),
      ("MET_WITH", CAVUSOGLU, FAISAL, "قد التقى نظيره السعودي", "2020-11-27"),
      ("LEADS", CAVUSOGLU, TRFM, "وزير الخارجية التركي مولود"),
      ],
     {"source": TRT, "published": "2021-02-27"}),

    ("enPB4_haitham_oman_brief", "en",
     "Sultan Haitham's First Eighteen Months: Continuity in Oman's Foreign Policy, With a Fiscal Edge\n"
     "Issue Brief\n"
     "When Sultan Haitham bin Tariq Al Said was sworn in on January 11, 2020, hours after the death of Sultan "
     "Qaboos bin Said, the ruling family deferred to the late ruler's sealed letter, which named his cousin as "
     "successor.\n"
     "The new sultan moved quickly to put his own stamp on the state. In August 2020, he relieved Yusuf bin Alawi "
     "bin Abdullah, the minister responsible for foreign affairs since 1997, and named Sayyid Badr bin Hamad "
     "Albusaidi, his long-serving deputy, as foreign minister. In January 2021, he named his eldest son, "
     "Theyazin, as the country's first crown prince.\n"
     "Continuity has nonetheless defined Muscat's regional role. Qaboos hosted Israeli Prime Minister Benjamin "
     "Netanyahu in Muscat in October 2018 and received Secretary of State Mike Pompeo there in January 2019; "
     "Pompeo returned in February 2020 to offer condolences and held talks with the new sultan.\n"
     "When the United Arab Emirates and Bahrain normalized relations with Israel in 2020, Muscat welcomed the "
     "step but did not follow, despite reports that Jared Kushner had pressed Haitham to do so in a phone call.\n"
     "In July 2021, the sultan made his first foreign trip, to NEOM, where he was received by King Salman bin "
     "Abdulaziz; Crown Prince Mohammed bin Salman attended the talks, which produced a bilateral coordination "
     "council and plans for a direct road between the two countries.",
     [("SUCCESSOR_OF", HAITHAM, QABOOS, "which named his cousin as", "2020-01-11"),
      ("SUCCESSOR_OF", BADR, YUSUF, "he relieved Yusuf bin Alawi", "2020-08-18"),
      ("LEADS", BADR, OMFM, "Albusaidi, his long-serving deputy, as foreign minister"),
      ("MET_WITH", QABOOS, NETANYAHU, "Qaboos hosted Israeli Prime Minister", "2018-10-26"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin"),
      ("MET_WITH", QABOOS, POMPEO, "received Secretary of State Mike Pompeo", "2019-01-14"),
      ("LEADS", POMPEO, USSTATE, "Secretary of State Mike Pompeo there"),
      ("MET_WITH", POMPEO, HAITHAM, "held talks with the new sultan", "2020-02-21"),
      ("MET_WITH", HAITHAM, SALMAN, "where he was received by King Salman", "2021-07-11"),
      ("MET_WITH", MBS, HAITHAM, "Crown Prince Mohammed bin Salman attended", "2021-07-11"),
      ("MET_WITH", MBS, SALMAN, "attended the talks", "2021-07-11"),
      ("LEADS", SALMAN, SAUDI, "King Salman bin Abdulaziz;"),
      ],
     {"source": BRIEF, "published": "2021-08-02"}),

    ("arPB5_abz_ashkenazi_berlin_wam", "ar",
     "عبدالله بن زايد ووزير الخارجية الإسرائيلي يعقدان أول لقاء رسمي في برلين\n"
     "برلين في 6 أكتوبر / وام / التقى سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية والتعاون الدولي اليوم "
     "في العاصمة الألمانية برلين، معالي غابي أشكنازي وزير خارجية دولة إسرائيل، في أول لقاء رسمي يجمعهما منذ "
     "توقيع معاهدة السلام بين البلدين، وذلك بحضور معالي هايكو ماس وزير الخارجية الألماني الذي استضاف الاجتماع.\n"
     "وبحث سموه مع الوزيرين سبل تعزيز التعاون في مجالات الاقتصاد والاستثمار والصحة، وأكد أن معاهدة السلام "
     "\"تفتح آفاقاً جديدة\" لشعوب المنطقة.\n"
     "وزار سموه ومعالي أشكنازي بعد الاجتماع النصب التذكاري لضحايا المحرقة في برلين، برفقة الوزير الألماني.\n"
     "وكان سموه قد وقّع في 15 سبتمبر الماضي معاهدة السلام مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو في حفل "
     "أقيم في البيت الأبيض بحضور الرئيس الأمريكي دونالد ترامب ومعالي الدكتور عبداللطيف بن راشد الزياني وزير "
     "خارجية مملكة البحرين.\n"
     "وكان سموه قد أجرى في 16 أغسطس الماضي اتصالاً هاتفياً مع معالي أشكنازي هو الأول بين وزيري خارجية "
     "البلدين.\n"
     "ومن المقرر أن يزور وزير الخارجية الإسرائيلي أبوظبي في وقت لاحق لبحث افتتاح سفارة بلاده.",
     met_group({ABZ: "التقى سمو الشيخ عبدالله بن زايد", ASHKENAZI: "معالي غابي أشكنازي",
                MAAS: "بحضور معالي هايكو ماس"}, "2020-10-06") + [
      ("LEADS", ABZ, UAEFM, "آل نهيان وزير الخارجية والتعاون الدولي"),
      ] + met_group({ABZ: "وكان سموه قد وقّع في 15 سبتمبر", NETANYAHU: "مع رئيس الوزراء الإسرائيلي",
                     TRUMP: "بحضور الرئيس الأمريكي دونالد", ZAYANI: "الدكتور عبداللطيف بن راشد"},
                    "2020-09-15") + [
      ("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء الإسرائيلي بنيامين"),
      ("LEADS", TRUMP, USA, "الرئيس الأمريكي دونالد ترامب"),
      ("LEADS", ZAYANI, BHFM, "الزياني وزير"),
      ],
     {"source": WAM, "published": "2020-10-06"}),

    ("enPB6_neom_report_denied_ap", "en",
     "Israeli media: Netanyahu secretly flew to Saudi Arabia, met crown prince\n"
     "JERUSALEM (AP) — Israeli Prime Minister Benjamin Netanyahu secretly flew to Saudi Arabia on Sunday and met "
     "with Crown Prince Mohammed bin Salman and U.S. Secretary of State Mike Pompeo, Israeli media reported "
     "Monday, in what would be the first known meeting between senior Israeli and Saudi leaders.\n"
     "Saudi Arabia's foreign minister, Prince Faisal bin Farhan, denied that any such meeting took place. \"The "
     "only officials present were American and Saudi,\" he wrote on Twitter.\n"
     "Netanyahu's office declined to comment. According to the reports, the Israeli leader was accompanied by "
     "Mossad chief Yossi Cohen on a private jet that flew to the Red Sea city of NEOM and returned to Tel Aviv "
     "five hours later.\n"
     "Pompeo, on a farewell tour of the region, met the crown prince in NEOM on Sunday, the State Department "
     "said, without mentioning any Israeli participation.\n"
          "Last week, Pompeo held a three-way meeting in Jerusalem with Netanyahu and Bahrain's Foreign Minister "
     "Abdullatif al-Zayani, who was on the first official visit to Israel by a Bahraini delegation since the "
     "two countries agreed to normalize ties under the U.S.-brokered Abraham Accords.\n"
     "Mohammed bin Salman, who replaced his cousin Mohammed bin Nayef as heir to the throne in 2017, has said "
     "the kingdom will not follow the UAE and Bahrain before a Palestinian state is established.\n"
     "Jared Kushner, Trump's senior adviser, is expected in Saudi Arabia and Qatar next week.",
     [("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin Netanyahu secretly"),
      ("LEADS", POMPEO, USSTATE, "U.S. Secretary of State Mike Pompeo, Israeli"),
      ("LEADS", FAISAL, SAFM, "Saudi Arabia's foreign minister, Prince Faisal"),
      ("MET_WITH", POMPEO, MBS, "met the crown prince in NEOM", "2020-11-22"),
      ] + met_group({POMPEO: "Pompeo held a three-way meeting", NETANYAHU: "in Jerusalem with Netanyahu",
                     ZAYANI: "Abdullatif al-Zayani, who was"}, "2020-11-18") + [
      ("LEADS", ZAYANI, BHFM, "Bahrain's Foreign Minister"),
      ("SUCCESSOR_OF", MBS, MBN, "who replaced his cousin Mohammed bin Nayef", "2017-06-21"),
      ],
     {"source": AP, "published": "2020-11-23"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPB")
