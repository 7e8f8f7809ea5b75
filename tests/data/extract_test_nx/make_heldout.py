"""Blind set NX: Turkey and the Gulf 2020-2024 (second folder of NW-NX): Sultan Haitham's reception of
the condolence visitors after Qaboos's death (January 2020), Hakan Fidan's handover from Cavusoglu at the
foreign ministry and Ibrahim Kalin's appointment to MIT (June 2023), the Turkish drone strike in Sinjar
that killed the YBS commander Said Hassan Said (August 2021), Mohamed bin Zayed's reception of Erdogan in
Abu Dhabi (February 2022), Mohammed bin Salman's visit to Ankara and the Khashoggi case (June 2022), and
the AlUla summit that ended the boycott of Qatar (January 2021), as Oman's state agency writes it in
English (ONA-like: "Muscat, Jan 12 (ONA) --", "His Majesty", "HE"), Turkey's state agency in Arabic
(Anadolu Arabic-like: "أنقرة/ الأناضول", "تسلّم ... مهامه"), a Kurdish news site in English (Rudaw-like:
"ERBIL, Kurdistan Region -", "Shingal", "told Rudaw"), the UAE state agency in Arabic (WAM-like: "أبوظبي
في 14 فبراير / وام /", "صاحب السمو", "حضر اللقاء"), a London-based news site in English (Middle East
Eye-like: "told MEE", "de facto ruler") and a pan-Arab TV site in Arabic (Al Jazeera Net-like: "الجزيرة
نت", "الأزمة الخليجية").
Pieces: Haitham receives Tamim, then Mohamed bin Zayed with Tahnoun in his delegation, then Fuat Oktay,
with Asaad bin Tariq and Shihab bin Tarik at the audiences; Haitham named successor of Qaboos (English,
NX1); Fidan takes over from Cavusoglu, Kalin succeeds Fidan at MIT, Fidan receives Mohammed bin
Abdulrahman (Arabic, NX2); a Turkish drone kills Said Hassan Said, MIT "neutralized" him; Zaki Shingali
killed in a Turkish airstrike in 2018 (English, NX3); Mohamed bin Zayed receives Erdogan with Tahnoun,
Abdullah bin Zayed, Cavusoglu and Akar present (Arabic, NX4); Erdogan welcomes Mohammed bin Salman; Saudi
agents killed Khashoggi; Erdogan had met King Salman in Jeddah (English, NX5); Mohammed bin Salman
receives Tamim at AlUla airport; Nawaf succeeded Sabah; Erdogan had met Tamim in Ankara (Arabic, NX6).
Excluded on purpose (no relation): the cable from Kuwait's emir, Erdogan's condolences conveyed by Oktay
(NX1); the congratulation call from Abdullah bin Zayed, the postponed meeting with Faisal bin Farhan,
the handover ceremony itself (no meeting of the two stated) (NX2); the nephew (unnamed), the Makhmour
explosion nobody claimed, the Iraqi ministry's summons (NX3); Mohamed bin Zayed's Ankara visit in
November (same pair), Erdogan's planned meeting with Mohammed bin Rashid in Dubai, the greetings to
Khalifa bin Zayed (NX4); Mohammed bin Salman, Asiri and Qahtani for the killing (a US assessment, a
dismissal), Hatice Cengiz and Callamard quoted (NX5); the summit's participants with each other (a
multilateral summit is not read as a meeting of every pair), Kushner "in the presence" of the signing by
all leaders, Cavusoglu's phone call (NX6).
Judgement calls: "The audiences were attended by" two officials after three audiences: each attendee is
paired with the host and each of the three guests, not with Tahnoun (a delegation member) (NX1); a
delegation member ("which included Sheikh Tahnoun") is paired with the host only (NX1); the letter
"naming him as successor" is a succession (NX1); «من سلفه» and «خلفاً لفيدان» are successions (NX2);
"A Turkish drone ... killing Said" gives country:turkey, and Anadolu's report that MIT "neutralized" him is
the agency's claim, so MIT too (NX3); «حضر اللقاء» attendees are paired with both principals, not with
each other (NX4); "Saudi agents killed journalist Jamal Khashoggi" gives country:saudi-arabia (NX5);
"when he met King Salman and the crown prince" is two meetings (NX5); «استقبل ... لدى وصوله مطار العلا» is a
meeting (NX6); «الذي خلف الراحل» is a succession (NX6).
Filled in for the exercise: the order and day of the audiences, Oktay as Turkey's envoy, the Kuwaiti cable
(NX1); Fidan's first meeting with Mohammed bin Abdulrahman, the call from Abdullah bin Zayed, the postponed
meeting (NX2); the village, the nephew, the mayor's words, the Makhmour explosion, the summons (NX3); the
attendees and the number of agreements (NX4); the dinner and the quotes of Cengiz and Callamard (NX5);
the date of the Ankara meeting, Cavusoglu's call (NX6).
Spellings: "Sultan Haitham bin Tarik", "Sheikh Tahnoun bin Zayed Al Nahyan", "Sayyid Shihab bin Tarik Al
Said" (NX1); "هاكان فيدان", "مولود تشاووش أوغلو", "إبراهيم قالن" (NX2); "Shingal", "Said Hassan Said", "Zaki
Shingali", "YBS" (NX3); "سمو الشيخ طحنون بن زايد آل نهيان", "خلوصي أكار" (NX4); "MBS", "Ahmed al-Asiri",
"Hatice Cengiz" (NX5); "الأمير محمد بن سلمان", "نواف الأحمد", "جاريد كوشنر" (NX6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_nx import ALL  # noqa: E402

HERE = Path(__file__).parent

TURKEY, SAUDI, UAE, QATAR, KUWAIT, OMAN = (
    "country:turkey", "country:saudi-arabia", "country:united-arab-emirates", "country:qatar", "country:kuwait",
    "country:oman")
SINJAR, ALULA = "location:sinjar", "location:alula"
TRFM, MIT, TRDEF, SAUFM, UAEFM, QAFM, GCC, YBS, PKK, AMNESTY = (
    "organization:turkish-foreign-ministry", "organization:turkish-national-intelligence-organization",
    "organization:turkish-defence-ministry", "organization:saudi-foreign-ministry",
    "organization:uae-foreign-ministry", "organization:qatari-foreign-ministry", "organization:gcc",
    "organization:sinjar-resistance-units", "organization:pkk", "organization:amnesty-international")
ERDOGAN, FIDAN, CAVUSOGLU, KALIN, AKAR, OKTAY = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:mevlut-cavusoglu", "person:ibrahim-kalin",
    "person:hulusi-akar", "person:fuat-oktay")
SALMAN, MBS, FBF, KHASHOGGI = (
    "person:salman-bin-abdulaziz", "person:mohammed-bin-salman", "person:faisal-bin-farhan",
    "person:jamal-khashoggi")
MBZ, TAHNOUN, ABZ, KHALIFA = (
    "person:mohamed-bin-zayed", "person:tahnoun-bin-zayed", "person:abdullah-bin-zayed", "person:khalifa-bin-zayed")
TAMIM, MBAR = "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani"
SABAH, NAWAF = "person:sabah-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah"
QABOOS, HAITHAM, ASAAD, SHIHAB = (
    "person:qaboos-bin-said", "person:haitham-bin-tariq", "person:asaad-bin-tariq", "person:shihab-bin-tarik")
SAID, SHINGALI, HAJRAF, CALLAMARD = (
    "person:said-hassan-said", "person:zaki-shingali", "person:nayef-al-hajraf", "person:agnes-callamard")

ONA = "blind set (Omani state news agency, English service, ONA-like)"
AA_AR = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"
RUDAW = "blind set (Kurdish news site, English, Rudaw-like)"
WAM = "blind set (UAE state news agency, Arabic, WAM-like)"
MEE = "blind set (London-based news site, English, Middle East Eye-like)"
AJNET = "blind set (pan-Arab TV news site, Arabic, Al Jazeera Net-like)"


def attendees(principals: tuple, present: dict, date: str) -> list:
    """MET_WITH between each attendee (id -> needle) and each principal."""
    return [("MET_WITH", a, p, needle, date) for a, needle in present.items() for p in principals]


ARTICLES = [
    ("enNX1_haitham_condolences_ona", "en",
     "HM the Sultan receives Arab leaders offering condolences\n"
     "Muscat, Jan 12 (ONA) -- His Majesty Sultan Haitham bin Tarik received at Al Alam Palace today His Highness "
     "Sheikh Tamim bin Hamad Al Thani, the Emir of the State of Qatar, who offered his condolences on the passing "
     "of the late Sultan Qaboos bin Said, may his soul rest in peace.\n"
     "His Majesty also received His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and "
     "Deputy Supreme Commander of the UAE Armed Forces, and the accompanying delegation, which included Sheikh "
     "Tahnoun bin Zayed Al Nahyan, the UAE National Security Advisor.\n"
     "Later, His Majesty received HE Fuat Oktay, Vice-President of the Republic of Turkey, who conveyed the "
     "condolences of President Recep Tayyip Erdogan.\n"
     "The audiences were attended by HH Sayyid Asaad bin Tarik Al Said, Deputy Prime Minister for International "
     "Relations and Cooperation Affairs, and HH Sayyid Shihab bin Tarik Al Said, Advisor to His Majesty.\n"
     "His Majesty was sworn in on Saturday before a joint session of the Defence Council and the Council of Oman, "
     "after the opening of the late Sultan's letter naming him as successor, hours after the passing of Sultan "
     "Qaboos, who ruled the Sultanate for nearly half a century.\n"
     "His Majesty has also received a cable of condolences from Sheikh Sabah Al Ahmad Al Jaber Al Sabah, the Emir "
     "of the State of Kuwait.",
     [("MET_WITH", HAITHAM, TAMIM, "received at Al Alam Palace today", "2020-01-12"),
      ("MET_WITH", HAITHAM, MBZ, "His Majesty also received His Highness", "2020-01-12"),
      ("MET_WITH", HAITHAM, TAHNOUN, "which included Sheikh", "2020-01-12"),
      ("MET_WITH", HAITHAM, OKTAY, "His Majesty received HE Fuat Oktay", "2020-01-12"),
      *attendees((HAITHAM, TAMIM, MBZ, OKTAY), {ASAAD: "HH Sayyid Asaad bin Tarik Al Said",
                                                 SHIHAB: "HH Sayyid Shihab bin Tarik Al Said"}, "2020-01-12"),
      ("SUCCESSOR_OF", HAITHAM, QABOOS, "naming him as successor", "2020-01-11"),
      ("LEADS", HAITHAM, OMAN, "His Majesty Sultan Haitham bin Tarik received"),
      ("LEADS", TAMIM, QATAR, "the Emir of the State of Qatar"),
      ("LEADS", QABOOS, OMAN, "who ruled the Sultanate"),
      ("LEADS", SABAH, KUWAIT, "the Emir of the State of Kuwait"),
      ],
     {"source": ONA, "published": "2020-01-12"}),

    ("arNX2_fidan_takes_over_foreign_ministry_aa", "ar",
     "فيدان يتسلم مهامه وزيراً للخارجية التركية.. وقالن رئيساً للاستخبارات\n"
     "أنقرة/ الأناضول\n"
     "تسلّم هاكان فيدان، الاثنين، مهامه وزيراً للخارجية التركية من سلفه مولود تشاووش أوغلو، خلال مراسم أقيمت في "
     "مقر الوزارة بالعاصمة أنقرة.\n"
     "وكان الرئيس رجب طيب أردوغان قد أعلن مساء السبت تشكيلة الحكومة الجديدة عقب أدائه اليمين الدستورية لولاية "
     "رئاسية جديدة، وعيّن فيها فيدان، الذي ترأس جهاز الاستخبارات منذ عام 2010، على رأس الدبلوماسية التركية.\n"
     "وفي كلمة خلال المراسم، شكر تشاووش أوغلو، الذي انتُخب نائباً عن ولاية أنطاليا، العاملين في الوزارة، متمنياً "
     "لخلفه التوفيق في مهامه.\n"
     "وفي اليوم ذاته، عيّن أردوغان متحدثه وكبير مستشاريه إبراهيم قالن رئيساً لجهاز الاستخبارات الوطنية خلفاً "
     "لفيدان، بموجب قرار نُشر في الجريدة الرسمية.\n"
     "وفي أول لقاء له بعد تسلم المنصب، استقبل فيدان في أنقرة رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن "
     "عبد الرحمن آل ثاني، وبحث معه العلاقات الثنائية وتطورات المنطقة.\n"
     "كما تلقى الوزير التركي اتصالاً هاتفياً من وزير الخارجية الإماراتي الشيخ عبد الله بن زايد، هنأه فيه بمنصبه "
     "الجديد.\n"
     "وكان من المقرر أن يلتقي فيدان نظيره السعودي الأمير فيصل بن فرحان الأسبوع المقبل، قبل أن يُرجأ اللقاء "
     "إلى موعد لاحق.",
     [("SUCCESSOR_OF", FIDAN, CAVUSOGLU, "مهامه وزيراً للخارجية التركية من سلفه", "2023-06-05"),
      ("SUCCESSOR_OF", KALIN, FIDAN, "خلفاً لفيدان", "2023-06-05"),
      ("MET_WITH", FIDAN, MBAR, "استقبل فيدان في أنقرة"),
      ("LEADS", FIDAN, TRFM, "تسلّم هاكان فيدان، الاثنين، مهامه وزيراً للخارجية"),
      ("LEADS", KALIN, MIT, "رئيساً لجهاز الاستخبارات الوطنية"),
      ("LEADS", ERDOGAN, TURKEY, "وكان الرئيس رجب طيب أردوغان"),
      ("LEADS", MBAR, QATAR, "رئيس الوزراء وزير الخارجية القطري"),
      ("LEADS", MBAR, QAFM, "وزير الخارجية القطري الشيخ محمد"),
      ("LEADS", ABZ, UAEFM, "وزير الخارجية الإماراتي الشيخ"),
      ],
     {"source": AA_AR, "published": "2023-06-05"}),

    ("enNX3_drone_kills_ybs_commander_rudaw", "en",
     "Turkish drone strike kills Yazidi commander in Shingal\n"
     "ERBIL, Kurdistan Region - A Turkish drone targeted a vehicle in Shingal (Sinjar) on Tuesday, killing Said "
     "Hassan Said, a senior commander of the Sinjar Resistance Units (YBS), and his nephew, local officials told "
     "Rudaw.\n"
     "Turkey's state-run Anadolu Agency reported that the National Intelligence Organization (MIT) had "
     "\"neutralized\" Said, whom it described as a senior member of the PKK's Sinjar branch, in an operation in the "
     "region.\n"
     "\"The car was hit on the road near Sinune. These strikes terrify the families who have just returned,\" "
     "Shingal mayor Mahma Khalil said.\n"
     "The YBS was formed in 2014 to defend Yazidis against the Islamic State (ISIS). Ankara considers it the "
     "PKK's affiliate in Shingal and has repeatedly threatened to launch a ground operation in the district.\n"
     "Three years ago, another senior PKK figure in Shingal, Zaki Shingali, was killed in a Turkish airstrike as "
     "he returned from a memorial ceremony.\n"
     "On Monday, a man described by local sources as a PKK sympathizer was killed in an explosion in Makhmour; no "
     "group has claimed responsibility.\n"
     "Iraq's foreign ministry condemned Tuesday's strike as a violation of Iraqi sovereignty and said it would "
     "summon Turkey's charge d'affaires in Baghdad.",
     [("ASSASSINATED_BY", SAID, TURKEY, "A Turkish drone targeted a vehicle", "2021-08-17"),
      ("ASSASSINATED_BY", SAID, MIT, "had \"neutralized\" Said", "2021-08-17"),
      ("MEMBER_OF", SAID, YBS, "a senior commander of the Sinjar Resistance Units"),
      ("MEMBER_OF", SHINGALI, PKK, "another senior PKK figure in Shingal"),
      ("ASSASSINATED_BY", SHINGALI, TURKEY, "was killed in a Turkish airstrike", "2018-08-15"),
      ],
     {"source": RUDAW, "published": "2021-08-17"}),

    ("arNX4_mbz_receives_erdogan_wam", "ar",
     "محمد بن زايد وأردوغان يبحثان العلاقات الثنائية والتطورات الإقليمية\n"
     "أبوظبي في 14 فبراير / وام / استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد "
     "الأعلى للقوات المسلحة اليوم في قصر الوطن بأبوظبي، فخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية "
     "الذي يقوم بزيارة دولة إلى الإمارات.\n"
     "وجرت لفخامته مراسم استقبال رسمية، وبحث الجانبان علاقات التعاون بين البلدين وسبل تنميتها في المجالات "
     "الاقتصادية والاستثمارية والتنموية.\n"
     "حضر اللقاء سمو الشيخ طحنون بن زايد آل نهيان مستشار الأمن الوطني، وسمو الشيخ عبدالله بن زايد آل نهيان "
     "وزير الخارجية والتعاون الدولي، ومن الجانب التركي معالي مولود تشاووش أوغلو وزير الخارجية، ومعالي خلوصي "
     "أكار وزير الدفاع الوطني.\n"
     "وشهد سموه وفخامته تبادل 13 اتفاقية ومذكرة تفاهم بين الجانبين.\n"
     "ونقل فخامة الرئيس التركي إلى صاحب السمو الشيخ خليفة بن زايد آل نهيان رئيس الدولة «حفظه الله» تحياته، "
     "فيما حمّله سمو ولي عهد أبوظبي تحيات سموه.\n"
     "وكان سمو الشيخ محمد بن زايد آل نهيان قد زار أنقرة في نوفمبر الماضي، حيث عقد جلسة مباحثات مع الرئيس "
     "التركي، في أول زيارة لسموه إلى تركيا منذ عام 2012.\n"
     "ومن المقرر أن يتوجه الرئيس التركي غداً إلى دبي لزيارة معرض إكسبو 2020 ولقاء صاحب السمو الشيخ محمد بن "
     "راشد آل مكتوم.",
     [("MET_WITH", MBZ, ERDOGAN, "فخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية", "2022-02-14"),
      *attendees((MBZ, ERDOGAN), {TAHNOUN: "حضر اللقاء سمو الشيخ طحنون",
                                  ABZ: "وسمو الشيخ عبدالله بن زايد آل نهيان",
                                  CAVUSOGLU: "معالي مولود تشاووش أوغلو وزير الخارجية",
                                  AKAR: "أكار وزير الدفاع الوطني"}, "2022-02-14"),
      ("LEADS", ERDOGAN, TURKEY, "أردوغان رئيس الجمهورية التركية"),
      ("LEADS", ABZ, UAEFM, "وزير الخارجية والتعاون الدولي"),
      ("LEADS", CAVUSOGLU, TRFM, "معالي مولود تشاووش أوغلو وزير الخارجية"),
      ("LEADS", AKAR, TRDEF, "أكار وزير الدفاع الوطني"),
      ("LEADS", KHALIFA, UAE, "رئيس الدولة «حفظه الله»"),
      ("VISITED", ERDOGAN, UAE, "بزيارة دولة إلى الإمارات", "2022-02-14"),
      ("VISITED", MBZ, TURKEY, "قد زار أنقرة في نوفمبر", "2021-11-24"),
      ],
     {"source": WAM, "published": "2022-02-14"}),

    ("enNX5_mbs_ankara_khashoggi_mee", "en",
     "Erdogan rolls out red carpet for MBS in Ankara as Khashoggi case fades\n"
     "Middle East Eye staff\n"
     "Turkish President Recep Tayyip Erdogan on Wednesday welcomed Saudi Crown Prince Mohammed bin Salman at the "
     "presidential complex in Ankara with a full ceremonial welcome, marking the de facto ruler's first visit to "
     "Turkey since Saudi agents killed journalist Jamal Khashoggi in Istanbul in October 2018.\n"
     "The two men held a one-on-one meeting before talks between delegations, Turkey's Communications Directorate "
     "said, and later dined together.\n"
     "Khashoggi, a columnist for MEE and the Washington Post, was murdered inside the Saudi consulate by a "
     "15-member team sent from Riyadh. Among those sanctioned by the US was Ahmed al-Asiri, the former deputy "
     "intelligence chief, who was dismissed along with royal court adviser Saud al-Qahtani after the killing.\n"
     "A US intelligence report declassified last year said MBS had approved the operation to \"capture or kill\" "
     "the journalist, a finding Riyadh rejects.\n"
     "Khashoggi's fiancee Hatice Cengiz told MEE that the visit \"cannot erase the crime\", while Agnes Callamard, "
     "Amnesty International's secretary-general, said Erdogan was \"legitimising\" the crown prince.\n"
     "The visit follows Erdogan's trip to Jeddah in April, when he met King Salman and the crown prince, weeks "
     "after an Istanbul court halted the trial in absentia of 26 Saudi suspects and transferred the case to "
     "Saudi Arabia.",
     [("MET_WITH", ERDOGAN, MBS, "welcomed Saudi Crown Prince Mohammed bin Salman", "2022-06-22"),
      ("ASSASSINATED_BY", KHASHOGGI, SAUDI, "since Saudi agents killed journalist", "2018-10-02"),
      ("MET_WITH", ERDOGAN, SALMAN, "when he met King Salman", "2022-04-28"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan on Wednesday"),
      ("LEADS", CALLAMARD, AMNESTY, "Amnesty International's secretary-general"),
      ("VISITED", MBS, TURKEY, "first visit to Turkey since", "2022-06-22"),
      ],
     {"source": MEE, "published": "2022-06-22"}),

    ("arNX6_alula_summit_ajnet", "ar",
     "قمة العُلا.. عناق بين ولي العهد السعودي وأمير قطر وتوقيع بيان ينهي الأزمة الخليجية\n"
     "الجزيرة نت - العلا\n"
     "استقبل ولي العهد السعودي الأمير محمد بن سلمان أمير قطر الشيخ تميم بن حمد آل ثاني لدى وصوله مطار العلا "
     "اليوم الثلاثاء، وتعانق الزعيمان قبل أن ينتقلا معاً إلى مقر القمة الخليجية الـ41.\n"
     "ووقّع القادة ورؤساء الوفود على \"بيان العلا\" بحضور جاريد كوشنر كبير مستشاري الرئيس الأميركي دونالد ترامب، "
     "في خطوة تنهي المقاطعة التي فرضتها السعودية والإمارات والبحرين ومصر على قطر منذ يونيو 2017.\n"
     "وشارك في القمة أمير الكويت الشيخ نواف الأحمد الجابر الصباح، الذي خلف الراحل الشيخ صباح الأحمد في سبتمبر "
     "الماضي، ونائب رئيس دولة الإمارات الشيخ محمد بن راشد آل مكتوم، وولي عهد البحرين الأمير سلمان بن حمد آل "
     "خليفة، ونائب رئيس الوزراء العماني فهد بن محمود آل سعيد، فيما مثّل مصرَ وزير خارجيتها سامح شكري.\n"
     "وقال وزير الخارجية السعودي الأمير فيصل بن فرحان في مؤتمر صحفي إن البيان يطوي صفحة الخلاف، فيما أشاد "
     "الأمين العام لمجلس التعاون نايف الحجرف بجهود الوساطة الكويتية.\n"
     "وفي أنقرة، رحّبت الخارجية التركية بالبيان، وأجرى وزير الخارجية مولود تشاووش أوغلو اتصالاً هاتفياً بنظيره "
     "القطري الشيخ محمد بن عبد الرحمن آل ثاني.\n"
     "وكان الرئيس التركي رجب طيب أردوغان قد التقى الشيخ تميم في أنقرة أواخر نوفمبر الماضي.",
     [("MET_WITH", MBS, TAMIM, "لدى وصوله مطار العلا", "2021-01-05"),
      ("SUCCESSOR_OF", NAWAF, SABAH, "الذي خلف الراحل الشيخ صباح الأحمد", "2020-09-30"),
      ("MET_WITH", ERDOGAN, TAMIM, "قد التقى الشيخ تميم في أنقرة", "2020-11-26"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ تميم بن حمد آل ثاني"),
      ("LEADS", NAWAF, KUWAIT, "أمير الكويت الشيخ نواف"),
      ("LEADS", FBF, SAUFM, "وزير الخارجية السعودي الأمير فيصل"),
      ("LEADS", HAJRAF, GCC, "الأمين العام لمجلس التعاون نايف الحجرف"),
      ("LEADS", CAVUSOGLU, TRFM, "وزير الخارجية مولود تشاووش أوغلو"),
      ("LEADS", MBAR, QAFM, "القطري الشيخ محمد بن عبد الرحمن"),
      ("LEADS", "person:donald-trump", "country:united-states", "الرئيس الأميركي دونالد ترامب"),
      ("VISITED", TAMIM, ALULA, "مطار العلا", "2021-01-05"),
      ],
     {"source": AJNET, "published": "2021-01-05"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNX")
