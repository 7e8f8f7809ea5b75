"""Blind set ES: Khashoggi, condolences and the second wave of Saudi-Iranian contacts, 2020-2025:
the final verdicts in the Khashoggi case (Arab News-style, Sept 2020); Riyadh rejecting the US
intelligence report on the killing, with Lenderking received in Riyadh (Okaz-style Arabic, Feb
2021); Araqchi received by the crown prince in Riyadh after Iran's missile attack on Israel (Gulf
News-style, Oct 2024); Khalid bin Salman received by Khamenei in Tehran (Al-Riyadh-style Arabic,
Apr 2025); Emir Tamim and Prince Mansour bin Mutaib at Raisi's funeral, with acting holders after
the helicopter crash (The National-style, May 2024); the Saudi-Chinese-Iranian tripartite committee
in Riyadh, with Shamkhani's succession in the background (Al-Bayan-style Arabic, Dec 2024).
Style: en/ar alternating; a conviction with a named defendant next to a cleared one and a denied
US finding (no ASSASSINATED_BY for the denied claim); killings in a crash without an agent; a
killing "in an Israeli air strike" beside one Israel did not claim; acting holders ("named acting
foreign minister in place of", "took over as acting president"); planned onward stops; phone calls;
"حضر اللقاء"; "told Asharq Al-Awsat", "في حديث لقناة".
Spellings: Araqchi, Faisal Bin Farhan Al Saud, Amirabdollahian, Al Busaidi, شمخاني.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_es/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_es import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SAUDI, US, ISRAEL = "country:iran", "country:saudi-arabia", "country:united-states", "country:israel"
IFM, SFM, SDM = ("organization:iranian-foreign-ministry", "organization:saudi-foreign-ministry",
                 "organization:saudi-defence-ministry")
KHASH, MUTREB, ASIRI, SALAH = ("person:jamal-khashoggi", "person:maher-mutreb", "person:ahmed-al-asiri",
                               "person:salah-khashoggi")
HAINES, MBS, BIDEN, SALMAN = ("person:avril-haines", "person:mohammed-bin-salman", "person:joe-biden",
                              "person:salman-bin-abdulaziz")
FBF, LEND, KBS, JUB = ("person:faisal-bin-farhan", "person:tim-lenderking", "person:khalid-bin-salman",
                       "person:adel-al-jubeir")
ARA, NAS, HAN, BAGH, AMA = ("person:abbas-araghchi", "person:hassan-nasrallah", "person:ismail-haniyeh",
                            "person:ali-bagheri-kani", "person:hossein-amir-abdollahian")
RAI, MBA, ENA, GHAR = ("person:ebrahim-raisi", "person:mohammed-bin-abdulrahman-al-thani",
                       "person:alireza-enayati", "person:kazem-gharibabadi")
KHAM, ANZI, PEZ, MBAG = ("person:ali-khamenei", "person:abdullah-al-anzi", "person:masoud-pezeshkian",
                         "person:mohammad-bagheri")
NASIR, RUW = "person:aziz-nasirzadeh", "person:fayyad-al-ruwaili"
TAMIM, MOKH, MANS, BUS = ("person:tamim-bin-hamad-al-thani", "person:mohammad-mokhber",
                          "person:mansour-bin-mutaib", "person:badr-albusaidi")
KHUR, DENG, RAV = "person:waleed-al-khuraiji", "person:deng-li", "person:majid-takht-ravanchi"
AHM, SHAM, AIBAN, WANG = ("person:ali-akbar-ahmadian", "person:ali-shamkhani", "person:musaed-al-aiban",
                          "person:wang-yi")
SNSC = "organization:supreme-national-security-council"

ARTICLES = [
    ("enES1_khashoggi_final_verdicts", "en",
     "RIYADH: A Saudi court on Monday issued final verdicts against eight people convicted over the "
     "murder of journalist Jamal Khashoggi, sentencing five of them to 20 years in prison and the "
     "other three to between seven and ten years, the Public Prosecution said.\n"
     "The Riyadh Criminal Court had sentenced five defendants to death in December, but the sentences "
     "were commuted after Khashoggi's sons announced in May that they had pardoned the killers.\n"
     "Khashoggi, a Saudi columnist for The Washington Post, was killed inside the Kingdom's consulate "
     "in Istanbul on October 2, 2018, after going there to obtain papers for his marriage.\n"
     "The prosecution did not name the defendants. Among those convicted of the killing was Maher "
     "Abdulaziz Mutreb, an intelligence officer who had often travelled with senior officials, "
     "according to diplomats who attended the hearings.\n"
     "Ahmed Al-Asiri, a former deputy head of the General Intelligence Presidency, was acquitted last "
     "year for lack of evidence.\n"
     "\"The verdicts were fair and deterrent,\" Salah Khashoggi, the journalist's eldest son, told "
     "Arab News. Turkish officials, who have tried 20 Saudi suspects in absentia, said the ruling fell "
     "short of expectations.",
     [("ASSASSINATED_BY", KHASH, MUTREB, "Among those convicted of the killing was", "2018-10-02"),
      ("MEMBER_OF", KHASH, "outlet:washington-post", "a Saudi columnist for The Washington Post"),
      ("LOCATED_IN", "location:saudi-consulate-istanbul", "location:istanbul", "the Kingdom's consulate"),
      ("MEMBER_OF", ASIRI, "organization:saudi-general-intelligence-presidency",
       "a former deputy head of the General Intelligence Presidency"),
      ("REPORTED_BY", SALAH, "outlet:arab-news", "told Arab News"),
      ],
     {"source": "blind set (Arab News-style)", "published": "2020-09-08"}),
    ("arES2_riyadh_rejects_us_report", "ar",
     "الرياض - «عكاظ» - أعلنت وزارة الخارجية السعودية رفض المملكة «رفضاً قاطعاً» ما ورد في التقرير "
     "الذي زُوّد به الكونغرس الأميركي بشأن جريمة مقتل المواطن جمال خاشقجي، مؤكدة أنه تضمن "
     "«استنتاجات سلبية وغير صحيحة» عن قيادة المملكة.\n"
     "وكان مكتب مديرة الاستخبارات الوطنية الأميركية أفريل هاينز قد نشر التقرير الجمعة، وقال فيه إن "
     "ولي العهد الأمير محمد بن سلمان «وافق على عملية» في إسطنبول لاعتقال الصحفي أو قتله، وهو ما "
     "نفته الرياض جملة وتفصيلاً.\n"
     "وأكدت الخارجية أن الجريمة «ارتكبتها مجموعة تجاوزت كل الأنظمة»، وأن الأجهزة القضائية في المملكة "
     "أصدرت أحكاماً نهائية بحق المدانين رحّبت بها أسرة خاشقجي.\n"
     "وجاء نشر التقرير غداة اتصال هاتفي أجراه الرئيس الأميركي جو بايدن بخادم الحرمين الشريفين الملك "
     "سلمان بن عبدالعزيز، تناول الشراكة بين البلدين وأمن المنطقة.\n"
     "وفي السياق، استقبل وزير الخارجية الأمير فيصل بن فرحان في الرياض المبعوث الأميركي الخاص إلى "
     "اليمن تيم ليندركينغ، وبحث معه جهود وقف إطلاق النار. كما التقى ليندركينغ نائب وزير الدفاع "
     "الأمير خالد بن سلمان.\n"
     "وقال وزير الدولة للشؤون الخارجية عادل الجبير في حديث لقناة «العربية» إن المملكة «لن تقبل أي "
     "إجراء يمس قيادتها أو سيادتها».",
     [("LEADS", HAINES, "organization:odni", "مكتب مديرة الاستخبارات الوطنية الأميركية"),
      ("LEADS", BIDEN, US, "الرئيس الأميركي جو بايدن"),
      ("LEADS", SALMAN, SAUDI, "بخادم الحرمين الشريفين الملك"),
      ("MET_WITH", FBF, LEND, "استقبل وزير الخارجية الأمير فيصل", "2021-02-27"),
      ("LEADS", FBF, SFM, "استقبل وزير الخارجية الأمير فيصل"),
      ("VISITED", LEND, "location:riyadh", "في الرياض المبعوث الأميركي", "2021-02-27"),
      ("MET_WITH", LEND, KBS, "كما التقى ليندركينغ", "2021-02-27"),
      ("MEMBER_OF", KBS, SDM, "نائب وزير الدفاع"),
      ("MEMBER_OF", JUB, SFM, "وزير الدولة للشؤون الخارجية عادل"),
      ("REPORTED_BY", JUB, "outlet:al-arabiya", "في حديث لقناة «العربية»"),
      ],
     {"source": "blind set (Okaz-style Arabic)", "published": "2021-02-28"}),

    ("enES3_araqchi_received_riyadh", "en",
     "RIYADH: Saudi Crown Prince and Prime Minister Mohammed bin Salman received Iranian Foreign "
     "Minister Abbas Araqchi in Riyadh on Wednesday, as Tehran sought Gulf support to head off a wider "
     "regional war after its missile attack on Israel.\n"
     "Araqchi, who arrived in the Saudi capital on Tuesday evening with deputy foreign minister Kazem "
     "Gharibabadi, held talks with his counterpart Prince Faisal Bin Farhan Al Saud before being "
     "received by the Crown Prince, the Saudi Press Agency reported.\n"
     "Iran fired some 180 ballistic missiles at Israel on October 1, saying it was responding to the "
     "killing of Hezbollah chief Hassan Nasrallah in an Israeli air strike on Beirut's southern suburbs "
     "on September 27. Tehran also blamed Israel for the assassination of Hamas political chief "
     "Ismail Haniyeh in Tehran in July; Israel has not commented on that killing.\n"
     "Araqchi took over the foreign ministry in August from Ali Bagheri Kani, who had served as acting "
     "minister after Hossein Amir-Abdollahian died in a helicopter crash in May alongside President "
     "Ebrahim Raisi.\n"
     "From Riyadh, Araqchi is expected to travel to Doha, where he will meet Qatar's Prime Minister "
     "Sheikh Mohammed bin Abdulrahman Al Thani. Iran's ambassador to the Kingdom, Alireza Enayati, "
     "told Asharq Al-Awsat that the visit showed relations were \"on the right track\".",
     [("MET_WITH", MBS, ARA, "received Iranian Foreign", "2024-10-09"),
      ("LEADS", ARA, IFM, "received Iranian Foreign"),
      ("VISITED", ARA, "location:riyadh", "arrived in the Saudi capital", "2024-10-08"),
      ("VISITED", GHAR, "location:riyadh", "arrived in the Saudi capital", "2024-10-08"),
      ("MEMBER_OF", GHAR, IFM, "deputy foreign minister Kazem"),
      ("MET_WITH", ARA, FBF, "held talks with his counterpart", "2024-10-08"),
      ("LEADS", FBF, SFM, "his counterpart Prince Faisal"),
      ("ATTACKED", IRAN, ISRAEL, "Iran fired some 180 ballistic missiles", "2024-10-01"),
      ("ASSASSINATED_BY", NAS, ISRAEL, "in an Israeli air strike", "2024-09-27"),
      ("LEADS", NAS, "organization:hezbollah", "Hezbollah chief Hassan"),
      ("LEADS", HAN, "organization:hamas", "Hamas political chief"),
      ("SUCCESSOR_OF", ARA, BAGH, "took over the foreign ministry in August", "2024-08"),
      ("SUCCESSOR_OF", BAGH, AMA, "had served as acting", "2024-05"),
      ("LEADS", RAI, IRAN, "alongside President"),
      ("LEADS", MBA, "organization:qatari-government", "Qatar's Prime Minister"),
      ("REPORTED_BY", ENA, "outlet:asharq-al-awsat", "told Asharq Al-Awsat"),
      ],
     {"source": "blind set (Gulf News-style)", "published": "2024-10-10"}),

    ("arES4_khalid_bin_salman_tehran", "ar",
     "طهران - «الرياض» - استقبل المرشد الإيراني علي خامنئي، في طهران أمس، صاحب السمو الملكي الأمير "
     "خالد بن سلمان بن عبدالعزيز وزير الدفاع، الذي سلّمه رسالة خطية من خادم الحرمين الشريفين الملك "
     "سلمان بن عبدالعزيز.\n"
     "وحضر اللقاء سفير المملكة لدى إيران عبدالله بن سعود العنزي.\n"
     "كما التقى سموه الرئيس مسعود بزشكيان في مقر الرئاسة، وعقد جلسة مباحثات مع رئيس هيئة الأركان "
     "العامة للقوات المسلحة الإيرانية اللواء محمد باقري، تناولت تعزيز التعاون الدفاعي. وبحث سموه "
     "كذلك مع وزير الدفاع الإيراني العميد عزيز نصير زاده سبل التنسيق لمواجهة التهديدات في المنطقة.\n"
     "وتُعد الزيارة الأولى لوزير دفاع سعودي إلى إيران منذ عقود، وتأتي بعد أيام من انطلاق المحادثات "
     "الإيرانية الأميركية غير المباشرة في مسقط.\n"
     "وكان رئيس هيئة الأركان العامة السعودي الفريق الأول الركن فياض بن حامد الرويلي قد زار طهران في "
     "تشرين الثاني الماضي والتقى باقري، في أول زيارة من نوعها. ولم يتضح ما إذا كان سمو وزير الدفاع "
     "سيلتقي وزير الخارجية عباس عراقجي قبل مغادرته.",
     [("MET_WITH", KHAM, KBS, "استقبل المرشد الإيراني", "2025-04-17"),
      ("LEADS", KHAM, IRAN, "استقبل المرشد الإيراني"),
      ("VISITED", KBS, "location:tehran", "في طهران أمس", "2025-04-17"),
      ("LEADS", KBS, SDM, "بن عبدالعزيز وزير الدفاع"),
      ("LEADS", SALMAN, SAUDI, "خادم الحرمين الشريفين الملك"),
      ("MET_WITH", ANZI, KHAM, "وحضر اللقاء سفير المملكة", "2025-04-17"),
      ("MET_WITH", KBS, PEZ, "كما التقى سموه الرئيس", "2025-04-17"),
      ("LEADS", PEZ, IRAN, "كما التقى سموه الرئيس"),
      ("MET_WITH", KBS, MBAG, "وعقد جلسة مباحثات مع رئيس", "2025-04-17"),
      ("LEADS", MBAG, "organization:iranian-armed-forces-general-staff", "وعقد جلسة مباحثات مع رئيس"),
      ("MET_WITH", KBS, NASIR, "وبحث سموه", "2025-04-17"),
      ("LEADS", NASIR, "organization:iranian-defence-ministry", "وزير الدفاع الإيراني العميد"),
      ("LEADS", RUW, "organization:saudi-armed-forces-general-staff", "وكان رئيس هيئة الأركان العامة السعودي"),
      ("VISITED", RUW, "location:tehran", "قد زار طهران في", "2024-11-10"),
      ("MET_WITH", RUW, MBAG, "والتقى باقري", "2024-11-10"),
      ],
     {"source": "blind set (Al-Riyadh-style Arabic)", "published": "2025-04-18"}),

    ("enES5_raisi_funeral_gulf_envoys", "en",
     "Gulf leaders and envoys travelled to Tehran on Wednesday to pay their respects to Iran's late "
     "president Ebrahim Raisi, whose helicopter came down in thick fog near the town of Varzaqan in "
     "East Azerbaijan province on Sunday, killing him, Foreign Minister Hossein Amirabdollahian and "
     "six others.\n"
     "Qatar's Emir Sheikh Tamim bin Hamad, the only Gulf head of state to attend, was received in "
     "Tehran by acting President Mohammad Mokhber and later met Supreme Leader Ayatollah Ali Khamenei.\n"
     "Mr Mokhber, who took over as acting president under the constitution after Raisi's death, also "
     "held talks with Prince Mansour bin Mutaib, an adviser at the Saudi Royal Court and minister of "
     "state, who led the kingdom's delegation.\n"
     "Ali Bagheri Kani, named acting foreign minister in place of Amirabdollahian, met Oman's Foreign "
     "Minister Sayyid Badr Al Busaidi on the sidelines of the ceremony.\n"
     "Iranian officials said there was no sign of sabotage, and a preliminary report by the armed "
     "forces general staff found no evidence of an attack. An election to choose Raisi's successor "
     "will be held on June 28.",
     [("LEADS", RAI, IRAN, "pay their respects to Iran's late"),
      ("VISITED", TAMIM, "location:tehran", "Tehran by acting President", "2024-05-22"),
      ("LEADS", TAMIM, "country:qatar", "Qatar's Emir Sheikh Tamim"),
      ("MET_WITH", TAMIM, MOKH, "was received in", "2024-05-22"),
      ("LEADS", MOKH, IRAN, "acting President Mohammad Mokhber"),
      ("MET_WITH", TAMIM, KHAM, "later met Supreme Leader", "2024-05-22"),
      ("LEADS", KHAM, IRAN, "later met Supreme Leader"),
      ("SUCCESSOR_OF", MOKH, RAI, "took over as acting president", "2024-05-20"),
      ("MET_WITH", MOKH, MANS, "held talks with Prince Mansour", "2024-05-22"),
      ("SUCCESSOR_OF", BAGH, AMA, "named acting foreign minister in place of", "2024-05-20"),
      ("MET_WITH", BAGH, BUS, "met Oman's Foreign", "2024-05-22"),
      ("LEADS", BUS, "organization:omani-foreign-ministry", "met Oman's Foreign"),
      ("LEADS", AMA, IFM, "Foreign Minister Hossein Amirabdollahian"),
      ("LOCATED_IN", "location:varzaqan", "location:east-azerbaijan-province", "near the town of Varzaqan"),
      ],
     {"source": "blind set (The National-style)", "published": "2024-05-23"}),

    ("arES6_tripartite_committee_riyadh", "ar",
     "الرياض - «البيان» - استضافت العاصمة السعودية، الثلاثاء، الاجتماع الثاني للجنة الثلاثية المشتركة "
     "السعودية الصينية الإيرانية لمتابعة اتفاق بكين، برئاسة نائب وزير الخارجية السعودي المهندس وليد "
     "الخريجي، وبمشاركة نائب وزير الخارجية الصيني دنغ لي ونائب وزير الخارجية الإيراني للشؤون "
     "السياسية مجيد تخت روانجي.\n"
     "وأكد البيان الختامي التزام الدول الثلاث بمبادئ حسن الجوار، فيما رحّبت الرياض وطهران بالدور "
     "الصيني. وقال دنغ لي في تصريح لوكالة «شينخوا» إن الاتفاق «نموذج لحل الخلافات بالحوار».\n"
     "واستقبل وزير الخارجية الأمير فيصل بن فرحان، في وقت لاحق، المسؤول الإيراني تخت روانجي، "
     "وجرى بحث التطورات في سوريا ولبنان.\n"
     "ويأتي الاجتماع بعد عام على الاجتماع الأول الذي عُقد في بكين. وكان علي أكبر أحمديان قد خلف "
     "علي شمخاني في منصب أمين المجلس الأعلى للأمن القومي الإيراني في أيار 2023، بعد شهرين من توقيع "
     "الأخير اتفاق استئناف العلاقات مع مستشار الأمن الوطني السعودي مساعد العيبان، في مراسم "
     "استضافها وانغ يي.\n"
     "ولم يُعلن عن لقاء بين روانجي وولي العهد خلال الزيارة.",
     [("MET_WITH", KHUR, DENG, "الاجتماع الثاني للجنة الثلاثية", "2024-12-10"),
      ("MET_WITH", KHUR, RAV, "الاجتماع الثاني للجنة الثلاثية", "2024-12-10"),
      ("MET_WITH", DENG, RAV, "الاجتماع الثاني للجنة الثلاثية", "2024-12-10"),
      ("MEMBER_OF", KHUR, SFM, "نائب وزير الخارجية السعودي"),
      ("MEMBER_OF", RAV, IFM, "نائب وزير الخارجية الإيراني للشؤون"),
      ("VISITED", DENG, "location:riyadh", "استضافت العاصمة السعودية", "2024-12-10"),
      ("VISITED", RAV, "location:riyadh", "استضافت العاصمة السعودية", "2024-12-10"),
      ("REPORTED_BY", DENG, "outlet:xinhua", "في تصريح لوكالة «شينخوا»"),
      ("MET_WITH", FBF, RAV, "واستقبل وزير الخارجية الأمير", "2024-12-10"),
      ("LEADS", FBF, SFM, "واستقبل وزير الخارجية الأمير"),
      ("SUCCESSOR_OF", AHM, SHAM, "قد خلف", "2023-05-22"),
      ("LEADS", AHM, SNSC, "في منصب أمين المجلس الأعلى"),
      ("MET_WITH", SHAM, AIBAN, "اتفاق استئناف العلاقات مع مستشار", "2023-03-10"),
      ("MET_WITH", WANG, SHAM, "في مراسم", "2023-03-10"),
      ("MET_WITH", WANG, AIBAN, "في مراسم", "2023-03-10"),
      ],
     {"source": "blind set (Al-Bayan-style Arabic)", "published": "2024-12-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setES")
