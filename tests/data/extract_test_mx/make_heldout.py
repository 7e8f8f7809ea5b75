"""Blind set MX: Iran 2025 (second folder of MW-MX): President Pezeshkian's state visit to Oman (27 May
2025), a profile of Ali Larijani on his return to the Supreme National Security Council (August 2025),
the Saudi defence minister Khalid bin Salman in Tehran with Khamenei (17 April 2025), Pezeshkian at the
SCO summit in Tianjin and with Xi in Beijing (1-2 September 2025), the killing of the IRGC intelligence
chief Mohammad Kazemi and his deputy and the naming of Majid Khademi (June 2025), and the fifth Iran-US
round in Rome (23 May 2025), as an Omani state daily writes it in Arabic (Oman daily-like: "مسقط -
العُمانية", "حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم", "معالي السيد"), as a US think-tank primer
profile writes it (USIP Iran Primer-like, no dateline), as a Saudi online daily writes it in Arabic
(Sabq-like: "سبق - الرياض", "صاحب السمو الملكي", "خادم الحرمين الشريفين"), as a Chinese state paper writes
it in English (Global Times-like: "BEIJING, Sept. 2 (Global Times) --", "met with"), as an American TV
network's Arabic site writes it (CNN Arabic-like: "دبي، الإمارات العربية المتحدة (CNN)--") and as a Gulf
TV network's English site writes it (Al Arabiya English-like: "ROME -", "Iran's top diplomat").
Pieces: Sultan Haitham receives Pezeshkian, talks with both foreign ministers; Sayyid Shihab receives him
at the airport (Arabic, MX1); Larijani after Ahmadian, after Rouhani in 2005, Jalili after Larijani,
Ghalibaf after Larijani as speaker; Putin receives Larijani; Larijani meets al-Sudani, is received by Aoun
and by Berri (English, MX2); Khamenei receives Khalid bin Salman; Bagheri receives him at the airport and
holds talks; he meets Pezeshkian with the Saudi ambassador present (Arabic, MX3); Xi meets Pezeshkian with
Araghchi and Wang Yi present; Pezeshkian holds talks with Putin and sits down with Shehbaz Sharif in Tianjin
(English, MX4); Kazemi and Mohaghegh killed in an Israeli attack; Khademi after Kazemi; Kazemi had
succeeded Taeb (Arabic, MX5); Albusaidi meets Araghchi and carries messages to Witkoff; Araghchi meets
Tajani (English, MX6).
Excluded on purpose (no relation): Albusaidi's phone call with Witkoff, the sixth round with no date yet
(MX1); the Guardian Council's disqualifications (MX2); the phone call between the crown prince and
Pezeshkian, the Rome round "scheduled" for Saturday (MX3); the meeting with Modi that "did not take place",
the parade Pezeshkian "is scheduled to attend", "the two presidents have met several times" (no meeting
stated) (MX4); the reported death of Tangsiri, denied; five people killed in a Qom blast claimed by no one
(MX5); Araghchi and Witkoff, who talked only through the Omani mediators; Anton, who did not travel; the
sixth round yet to be fixed (MX6).
Judgement calls: "كان في استقبال فخامته لدى وصوله" is a meeting (MX1, MX3, as set MM); everyone at the
talks is paired with everyone (the two foreign ministers with both heads of state, the ambassador with both
sides: met_group, as set MM) (MX1, MX3, MX4); "received by President Joseph Aoun and Speaker Nabih Berri" is
two meetings with Larijani, not one meeting of three (MX2); "a post he handed to Qalibaf" and "Jalili took
over" are successions (MX2); "في هجوم إسرائيلي" gives country:israel only, though the next sentence has the
Israeli army claim it for its air force (MX5); "carrying messages between the two delegations" pairs the
mediator with each head of delegation, and the two heads are not paired (MX6); a deputy is MEMBER_OF his
organisation (MX5); "the sultanate's embassy" gives no VISITED.
Filled in for the exercise: the Albusaidi-Witkoff call (MX1); the ambassador's presence, the crown prince's
call (MX3); the Modi meeting floated and not held (MX4); the Tangsiri rumour and the Qom blast (MX5); the
Albusaidi-Araghchi meeting before the talks, Tajani's meeting, Anton not travelling (MX6).
Spellings: "بزشكيان", "بدر بن حمد البوسعيدي", "شهاب بن طارق" (MX1); "Ali Ardeshir Larijani", "Massoud
Pezeshkian", "Hassan Rowhani", "Mohammad Bagher Qalibaf" (MX2); "علي خامنئي", "محمد حسين باقري", "مسعود
بيزشكيان", "عبدالله بن سعود العنزي" (MX3); "Masoud Pezeshkian", "Shehbaz Sharif" (MX4); "محمد باكبور", "حسن
محقق", "مجيد خادمي", "حسين طائب", "علي رضا تنكسيري" (MX5); "Abbas Araqchi", "Steve Witkoff", "Badr
Albusaidi" (MX6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mx import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, OMAN, RUSSIA, CHINA, LEBANON, SAUDI, PAKISTAN, INDIA = (
    "country:iran", "country:israel", "country:oman", "country:russia", "country:china", "country:lebanon",
    "country:saudi-arabia", "country:pakistan", "country:india")
TEHRAN, MUSCAT, MOSCOW, BAGHDAD, BEIRUT, BEIJING, TIANJIN = (
    "location:tehran", "location:muscat", "location:moscow", "location:baghdad", "location:beirut",
    "location:beijing", "location:tianjin")
IRGC, IRGCN, IRGCINT, STAFF, IRFM, SNSC, MAJLIS, OMFM, LBPARL, IRQGOV, SADEF, ITFM, STATE = (
    "organization:irgc", "organization:irgc-navy", "organization:irgc-intelligence-organization",
    "organization:iranian-armed-forces-general-staff", "organization:iranian-foreign-ministry",
    "organization:supreme-national-security-council", "organization:iranian-parliament",
    "organization:omani-foreign-ministry", "organization:lebanese-parliament", "organization:iraqi-government",
    "organization:saudi-defense-ministry", "organization:italian-foreign-ministry",
    "organization:us-state-department")
KHAMENEI, PEZESHKIAN, ARAGHCHI, BAGHERI, PAKPOUR, TANGSIRI = (
    "person:ali-khamenei", "person:masoud-pezeshkian", "person:abbas-araghchi", "person:mohammad-bagheri",
    "person:mohammad-pakpour", "person:alireza-tangsiri")
KAZEMI, MOHAGHEGH, KHADEMI, TAEB = (
    "person:mohammad-kazemi", "person:hassan-mohaghegh", "person:majid-khademi", "person:hossein-taeb")
LARIJANI, AHMADIAN, ROUHANI, JALILI, AHMADINEJAD, GHALIBAF = (
    "person:ali-larijani", "person:ali-akbar-ahmadian", "person:hassan-rouhani", "person:saeed-jalili",
    "person:mahmoud-ahmadinejad", "person:mohammad-bagher-ghalibaf")
WITKOFF, ANTON, BUSAIDI, HAITHAM, SHIHAB = (
    "person:steve-witkoff", "person:michael-anton", "person:badr-albusaidi", "person:haitham-bin-tariq",
    "person:shihab-bin-tarik")
KBS, SALMAN, MBS, ANAZI = (
    "person:khalid-bin-salman", "person:salman-bin-abdulaziz", "person:mohammed-bin-salman",
    "person:abdullah-al-anazi")
PUTIN, XI, WANGYI, SHARIF, MODI, TAJANI = (
    "person:vladimir-putin", "person:xi-jinping", "person:wang-yi", "person:shehbaz-sharif",
    "person:narendra-modi", "person:antonio-tajani")
SUDANI, AOUN, BERRI = "person:mohammed-shia-al-sudani", "person:joseph-aoun", "person:nabih-berri"

OMANDAILY = "blind set (Omani state daily, Arabic, Oman daily-like)"
PRIMER = "blind set (US think-tank primer profile, English, USIP Iran Primer-like)"
SABQ = "blind set (Saudi online daily, Arabic, Sabq-like)"
GTIMES = "blind set (Chinese state paper, English, Global Times-like)"
CNNAR = "blind set (US TV network's Arabic site, Arabic, CNN Arabic-like)"
ALARABIYA_EN = "blind set (Gulf TV network's English site, English, Al Arabiya English-like)"

_ALAM_PALACE = {HAITHAM: "استقبل حضرة صاحب الجلالة السلطان هيثم بن طارق",
                PEZESHKIAN: "فخامة الدكتور مسعود بزشكيان رئيس",
                BUSAIDI: "حضرها من الجانب العُماني معالي السيد بدر",
                ARAGHCHI: "ومن الجانب الإيراني معالي الدكتور عباس عراقجي"}
_KBS_PRES = {KBS: "كما التقى سموه الرئيس الإيراني",
             PEZESHKIAN: "الرئيس الإيراني مسعود بيزشكيان",
             ANAZI: "بحضور سفير خادم الحرمين الشريفين لدى إيران"}
_GREAT_HALL = {XI: "Chinese President Xi Jinping met with",
               PEZESHKIAN: "Iranian President Masoud Pezeshkian at the Great Hall",
               ARAGHCHI: "Iranian Foreign Minister Abbas Araghchi and Wang Yi",
               WANGYI: "attended the meeting"}

ARTICLES = [
    ("arMX1_sultan_receives_pezeshkian_muscat", "ar",
     "جلالة السلطان المعظم يستقبل الرئيس الإيراني في قصر العلم العامر\n"
     "مسقط - العُمانية: استقبل حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم – حفظه الله ورعاه – اليوم "
     "بقصر العلم العامر، فخامة الدكتور مسعود بزشكيان رئيس جمهورية إيران الإسلامية الذي يقوم بزيارة دولة إلى "
     "سلطنة عُمان تستغرق يومين.\n"
     "وعقد الجانبان جلسة مباحثات رسمية حضرها من الجانب العُماني معالي السيد بدر بن حمد البوسعيدي وزير "
     "الخارجية، ومن الجانب الإيراني معالي الدكتور عباس عراقجي وزير الخارجية، تناولت العلاقات الثنائية ونتائج "
     "جولات الحوار غير المباشر بين طهران وواشنطن التي تستضيفها سلطنة عُمان.\n"
     "وكان في استقبال فخامته لدى وصوله مطار مسقط الدولي صاحب السمو السيد شهاب بن طارق آل سعيد نائب رئيس "
     "الوزراء لشؤون الدفاع.\n"
     "وكان وزير الخارجية قد بحث الأسبوع الماضي مع المبعوث الأمريكي الخاص ستيف ويتكوف، في اتصال هاتفي، "
     "ترتيبات الجولة المقبلة من المحادثات، التي لم يُحدَّد موعدها بعد.",
     met_group(_ALAM_PALACE, "2025-05-27") + [
      ("MET_WITH", SHIHAB, PEZESHKIAN, "وكان في استقبال فخامته لدى وصوله", "2025-05-27"),
      ("VISITED", PEZESHKIAN, MUSCAT, "لدى وصوله مطار مسقط الدولي", "2025-05-27"),
      ("VISITED", PEZESHKIAN, OMAN, "الذي يقوم بزيارة دولة إلى", "2025-05-27"),
      ("LEADS", HAITHAM, OMAN, "حضرة صاحب الجلالة السلطان هيثم بن طارق"),
      ("LEADS", PEZESHKIAN, IRAN, "رئيس جمهورية إيران الإسلامية"),
      ("LEADS", BUSAIDI, OMFM, "بدر بن حمد البوسعيدي وزير"),
      ("LEADS", ARAGHCHI, IRFM, "عباس عراقجي وزير الخارجية"),
      ],
     {"source": OMANDAILY, "published": "2025-05-27"}),

    ("enMX2_larijani_profile", "en",
     "Ali Larijani: the conservative pragmatist back at the security council\n"
     "Ali Ardeshir Larijani returned to the helm of Iran's Supreme National Security Council on August 5, 2025, "
     "when President Massoud Pezeshkian named him secretary in place of Ali Akbar Ahmadian, a former "
     "Revolutionary Guards officer who had held the post since 2023.\n"
     "It was Larijani's second stint in the job. He first became secretary in 2005, succeeding Hassan "
     "Rowhani, and served as chief nuclear negotiator until he resigned in October 2007 after clashing with "
     "President Mahmoud Ahmadinejad; Saeed Jalili took over. From 2008 to 2020 Larijani was speaker of "
     "parliament, a post he handed to Mohammad Bagher Qalibaf.\n"
     "Three weeks before his appointment, Larijani carried a message from Ayatollah Khamenei to Moscow, where "
     "President Vladimir Putin received him at the Kremlin on July 20. His first trips abroad as secretary took "
     "him to Baghdad, where he met Prime Minister Mohammed Shia al-Sudani, and to Beirut, where he was received "
     "by President Joseph Aoun and Speaker Nabih Berri.\n"
     "The Guardian Council barred him from running for president in 2021 and again in 2024.",
     [("LEADS", LARIJANI, SNSC, "returned to the helm of Iran's Supreme National Security Council"),
      ("LEADS", PEZESHKIAN, IRAN, "President Massoud Pezeshkian named him"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "named him secretary in place of Ali Akbar Ahmadian", "2025-08-05"),
      ("LEADS", AHMADIAN, SNSC, "who had held the post since 2023"),
      ("MEMBER_OF", AHMADIAN, "organization:irgc", "a former Revolutionary Guards officer"),
      ("SUCCESSOR_OF", LARIJANI, ROUHANI, "succeeding Hassan", "2005-08"),
      ("SUCCESSOR_OF", JALILI, LARIJANI, "Saeed Jalili took over", "2007-10"),
      ("LEADS", AHMADINEJAD, IRAN, "President Mahmoud Ahmadinejad"),
      ("LEADS", LARIJANI, MAJLIS, "Larijani was speaker of"),
      ("SUCCESSOR_OF", GHALIBAF, LARIJANI, "a post he handed to Mohammad Bagher Qalibaf", "2020-05"),
      ("LEADS", GHALIBAF, MAJLIS, "a post he handed to Mohammad Bagher Qalibaf"),
      ("MET_WITH", PUTIN, LARIJANI, "President Vladimir Putin received him at the Kremlin", "2025-07-20"),
      ("VISITED", LARIJANI, MOSCOW, "to Moscow, where", "2025-07-20"),
      ("LEADS", PUTIN, RUSSIA, "President Vladimir Putin received"),
      ("MET_WITH", LARIJANI, SUDANI, "where he met Prime Minister Mohammed Shia al-Sudani", "2025-08-11"),
      ("VISITED", LARIJANI, BAGHDAD, "him to Baghdad", "2025-08-11"),
      ("LEADS", SUDANI, IRQGOV, "Prime Minister Mohammed Shia al-Sudani"),
      ("MET_WITH", LARIJANI, AOUN, "by President Joseph Aoun", "2025-08-13"),
      ("MET_WITH", LARIJANI, BERRI, "and Speaker Nabih Berri", "2025-08-13"),
      ("VISITED", LARIJANI, BEIRUT, "and to Beirut, where", "2025-08-13"),
      ("LEADS", AOUN, LEBANON, "President Joseph Aoun and"),
      ("LEADS", BERRI, LBPARL, "Speaker Nabih Berri"),
      ],
     {"source": PRIMER, "published": "2025-08-20"}),

    ("arMX3_khamenei_receives_khalid_bin_salman", "ar",
     "المرشد الإيراني يستقبل وزير الدفاع ويتسلم رسالة خطية من خادم الحرمين الشريفين\n"
     "سبق - الرياض: استقبل المرشد الأعلى للجمهورية الإسلامية الإيرانية علي خامنئي، في طهران اليوم الخميس، "
     "صاحب السمو الملكي الأمير خالد بن سلمان بن عبدالعزيز وزير الدفاع، الذي سلّمه رسالة خطية من خادم الحرمين "
     "الشريفين الملك سلمان بن عبدالعزيز آل سعود.\n"
     "وكان سموه قد وصل إلى طهران في زيارة رسمية هي الأرفع لمسؤول سعودي منذ سنوات، حيث كان في استقباله لدى "
     "وصوله رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية اللواء محمد حسين باقري، وعقد الجانبان اجتماعاً "
     "بحثا فيه التعاون الدفاعي.\n"
     "كما التقى سموه الرئيس الإيراني مسعود بيزشكيان، بحضور سفير خادم الحرمين الشريفين لدى إيران عبدالله بن سعود "
     "العنزي.\n"
     "وكان صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد قد تلقى الشهر الماضي اتصالاً هاتفياً من الرئيس "
     "الإيراني، فيما تأتي الزيارة قبل يومين من الجولة الثانية للمحادثات الإيرانية الأمريكية المقررة في روما "
     "بوساطة عُمانية.",
     met_group(_KBS_PRES, "2025-04-17") + [
      ("MET_WITH", KHAMENEI, KBS, "صاحب السمو الملكي الأمير خالد بن سلمان", "2025-04-17"),
      ("LEADS", KHAMENEI, IRAN, "المرشد الأعلى للجمهورية الإسلامية الإيرانية"),
      ("LEADS", KBS, SADEF, "بن عبدالعزيز وزير الدفاع"),
      ("LEADS", SALMAN, SAUDI, "الشريفين الملك سلمان"),
      ("VISITED", KBS, TEHRAN, "وكان سموه قد وصل إلى طهران", "2025-04-17"),
      ("MET_WITH", KBS, BAGHERI, "حيث كان في استقباله لدى", "2025-04-17"),
      ("LEADS", BAGHERI, STAFF, "رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس الإيراني مسعود بيزشكيان"),
      ],
     {"source": SABQ, "published": "2025-04-17"}),

    ("enMX4_xi_meets_pezeshkian_beijing", "en",
     "Xi meets Iranian President Pezeshkian in Beijing\n"
     "BEIJING, Sept. 2 (Global Times) -- Chinese President Xi Jinping met with Iranian President Masoud "
     "Pezeshkian at the Great Hall of the People in Beijing on Tuesday, a day after the Shanghai Cooperation "
     "Organization (SCO) summit in Tianjin.\n"
     "Xi said China supports Iran in safeguarding its sovereignty and national dignity, and is willing to "
     "deepen practical cooperation. Iranian Foreign Minister Abbas Araghchi and Wang Yi, director of the Office "
     "of the Central Commission for Foreign Affairs, attended the meeting.\n"
     "On the sidelines of the summit in Tianjin on Monday, Pezeshkian held talks with Russian President Vladimir "
     "Putin, focusing on the European push to reimpose UN sanctions on Tehran. The two presidents have met "
     "several times this year.\n"
     "Pezeshkian also sat down with Pakistani Prime Minister Shehbaz Sharif in Tianjin, Iran's presidential "
     "office said. A meeting with Indian Prime Minister Narendra Modi, floated by Iranian media before the "
     "summit, did not take place.\n"
     "The Iranian leader is scheduled to attend the military parade in Tiananmen Square on Wednesday.",
     met_group(_GREAT_HALL, "2025-09-02") + [
      ("VISITED", PEZESHKIAN, BEIJING, "Pezeshkian at the Great Hall of the People in Beijing", "2025-09-02"),
      ("LEADS", XI, CHINA, "Chinese President Xi Jinping"),
      ("LEADS", PEZESHKIAN, IRAN, "Iranian President Masoud"),
      ("LEADS", ARAGHCHI, IRFM, "Iranian Foreign Minister Abbas Araghchi"),
      ("MET_WITH", PEZESHKIAN, PUTIN, "Pezeshkian held talks with Russian President", "2025-09-01"),
      ("VISITED", PEZESHKIAN, TIANJIN, "On the sidelines of the summit in Tianjin", "2025-09-01"),
      ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir"),
      ("MET_WITH", PEZESHKIAN, SHARIF, "also sat down with Pakistani Prime Minister", "2025-09-01"),
      ("LEADS", SHARIF, PAKISTAN, "Pakistani Prime Minister Shehbaz Sharif"),
      ("LEADS", MODI, INDIA, "Indian Prime Minister Narendra Modi"),
      ],
     {"source": GTIMES, "published": "2025-09-02"}),

    ("arMX5_kazemi_mohaghegh_killed_khademi_named", "ar",
     "إيران تعلن مقتل رئيس استخبارات الحرس الثوري ونائبه.. وتعيين خلف له\n"
     "دبي، الإمارات العربية المتحدة (CNN)-- أعلن الحرس الثوري الإيراني، الأحد، مقتل رئيس جهاز استخباراته "
     "محمد كاظمي ونائبه حسن محقق، في هجوم إسرائيلي على طهران، وفقاً لما نقلته وكالة \"تسنيم\" للأنباء.\n"
     "وقال الجيش الإسرائيلي في بيان إن سلاح الجو \"قضى على\" الرجلين خلال غارة استهدفت موقعاً في العاصمة "
     "الإيرانية.\n"
     "وفي اليوم التالي، عيّن القائد العام للحرس الثوري اللواء محمد باكبور العميد مجيد خادمي رئيساً لمنظمة "
     "استخبارات الحرس خلفاً لكاظمي، بحسب بيان نشرته وكالة \"فارس\".\n"
     "وكان كاظمي قد تولى المنصب في يونيو/حزيران 2022 خلفاً لحسين طائب، الذي أُقيل بعد سلسلة اغتيالات طالت "
     "علماء وضباطاً داخل إيران.\n"
     "ونفت وكالة \"تسنيم\" أنباء تداولتها وسائل إعلام إسرائيلية عن مقتل قائد القوة البحرية في الحرس العميد علي "
     "رضا تنكسيري.\n"
     "وفي سياق منفصل، قُتل خمسة أشخاص في انفجار هزّ مبنى سكنياً في مدينة قم، ولم تعلن أي جهة مسؤوليتها عنه.",
     [("ASSASSINATED_BY", KAZEMI, ISRAEL, "في هجوم إسرائيلي على طهران", "2025-06-15"),
      ("ASSASSINATED_BY", MOHAGHEGH, ISRAEL, "ونائبه حسن محقق", "2025-06-15"),
      ("LEADS", KAZEMI, IRGCINT, "مقتل رئيس جهاز استخباراته"),
      ("MEMBER_OF", MOHAGHEGH, IRGCINT, "ونائبه حسن محقق"),
      ("SUCCESSOR_OF", KHADEMI, KAZEMI, "خلفاً لكاظمي", "2025-06-16"),
      ("LEADS", KHADEMI, IRGCINT, "العميد مجيد خادمي رئيساً لمنظمة"),
      ("LEADS", PAKPOUR, IRGC, "القائد العام للحرس الثوري اللواء محمد باكبور"),
      ("SUCCESSOR_OF", KAZEMI, TAEB, "خلفاً لحسين طائب", "2022-06"),
      ("LEADS", TANGSIRI, IRGCN, "قائد القوة البحرية في الحرس"),
      ],
     {"source": CNNAR, "published": "2025-06-16"}),

    ("enMX6_rome_fifth_round_albusaidi", "en",
     "Fifth round of Iran-US talks ends in Rome with 'some but not conclusive progress'\n"
     "ROME - The fifth round of nuclear talks between Iran and the United States ended in Rome on Friday after "
     "about two hours, with Oman's Foreign Minister Badr Albusaidi saying the two sides had made \"some but not "
     "conclusive progress.\"\n"
     "Abbas Araqchi, Iran's top diplomat, and US special envoy Steve Witkoff again negotiated indirectly at the "
     "sultanate's embassy in the Italian capital, with Albusaidi carrying messages between the two delegations. "
     "Michael Anton, the State Department's policy planning director, who led the American technical team in "
     "earlier rounds, did not travel to Rome.\n"
     "Before the talks, Araqchi held a meeting with Albusaidi at the embassy, the Iranian foreign ministry said. "
     "He later met Italian Foreign Minister Antonio Tajani.\n"
     "Albusaidi said he hoped the remaining issues could be cleared in a sixth round, whose date and venue are "
     "yet to be fixed. Araqchi told reporters that enrichment on Iranian soil was not negotiable.",
     [("MET_WITH", ARAGHCHI, BUSAIDI, "Araqchi held a meeting with Albusaidi", "2025-05-23"),
      ("MET_WITH", WITKOFF, BUSAIDI, "with Albusaidi carrying messages between", "2025-05-23"),
      ("MET_WITH", ARAGHCHI, TAJANI, "He later met Italian Foreign Minister", "2025-05-23"),
      ("LEADS", BUSAIDI, OMFM, "Oman's Foreign Minister Badr Albusaidi"),
      ("LEADS", ARAGHCHI, IRFM, "Iran's top diplomat"),
      ("LEADS", TAJANI, ITFM, "Italian Foreign Minister Antonio Tajani"),
      ("MEMBER_OF", ANTON, STATE, "the State Department's policy planning director"),
      ],
     {"source": ALARABIYA_EN, "published": "2025-05-23"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMX")
