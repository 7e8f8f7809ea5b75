"""Blind set EL: the Quds Force, Iraq and Iran under al-Sudani, 2022-2025, in the style of state
news agencies and official readouts: al-Soudani receives Ghaani after the IRGC strikes near Koya,
with separate meetings and a meeting that did not happen (INA English-style, Nov 2022);
al-Sudani received by Khamenei and Raisi in Tehran, planning chiefs' talks, no Qaani meeting
(IRNA Arabic-style, Nov 2022); the third anniversary at Baghdad airport, Al Sadeq and al-Amiri on
the sidelines, Qa'ani expected but absent (Tasnim-style, Jan 2023); Amir-Abdollahian in Baghdad
with Fuad Hussein and al-Sudani, the Araji-Shamkhani security pact and Ahmadian succeeding
Shamkhani (Al-Sabah-style Arabic, Jun 2023); Larijani received by al-Sudani and Rashid after
replacing Ahmadian, an expected meeting and a speaker who did not receive him (PM media office
readout, Aug 2025); Nechirvan Barzani in Tehran for Pezeshkian's swearing-in, acting holders after
the helicopter crash (Kurdistan Region Presidency readout, Arabic, Jul 2024).
Spellings: Ghaani / Qa'ani / قاآني, Sulaimani, al-Mohandes, al-Soudani / Al-Sudani, Al Sadeq /
Al-e Sadegh / آل صادق.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_el/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_em import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, US = "country:iran", "country:iraq", "country:united-states"
QF, IRGC, PMF = "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces"
IFM, IQFM = "organization:iranian-foreign-ministry", "organization:iraqi-foreign-ministry"
IQGOV, KRP = "organization:iraqi-government", "organization:kurdistan-region-presidency"
SNSC, BADR = "organization:supreme-national-security-council", "organization:badr-organization"
Q, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
FAY, AFK, TRUMP = "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi", "person:donald-trump"
SUD, KAD, FUH = "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "person:fuad-hussein"
KHA, RAI, AMA = "person:ali-khamenei", "person:ebrahim-raisi", "person:hossein-amir-abdollahian"
ALS, ARJ, RASH = "person:mohammad-kazem-al-e-sadegh", "person:qassim-al-araji", "person:abdul-latif-rashid"
AMI, KHZ = "person:hadi-al-amiri", "person:qais-al-khazali"
AWADI, SHATRI = "person:ihsan-al-awadi", "person:hamid-al-shatri"
MANZ, TAMIM = "person:davoud-manzour", "person:mohammed-tamim"
POUR, JABRI = "person:hossein-pourjafari", "person:mohammed-ridha-al-jabri"
SHAM, AHM, SAHAF = "person:ali-shamkhani", "person:ali-akbar-ahmadian", "person:ahmed-al-sahaf"
LAR, PEZ, MASH = "person:ali-larijani", "person:masoud-pezeshkian", "person:mahmoud-al-mashhadani"
NECH, GHAL, BAG, MOK = ("person:nechirvan-barzani", "person:mohammad-bagher-ghalibaf",
                        "person:ali-bagheri-kani", "person:mohammad-mokhber")
DABB = "person:nazim-dabbagh"

ARTICLES = [
    ("enEL1_soudani_receives_ghaani", "en",
     "BAGHDAD (INA) - Prime Minister Mohammed Shia al-Soudani received in his office on Thursday the "
     "Commander of the Quds Force of the Islamic Revolutionary Guard Corps, Brigadier General "
     "Esmaeil Ghaani, in the presence of National Security Adviser Qassim al-Araji.\n"
     "A statement from the Prime Minister's Media Office said the meeting discussed security along "
     "the shared border and the government's plan to redeploy federal border guards in the "
     "Kurdistan Region, stressing that Iraq rejects any attack on its territory.\n"
     "The visit, Ghaani's first to Baghdad since the new government was formed, came days after the "
     "IRGC launched missile and drone strikes on the headquarters of Iranian Kurdish opposition "
     "parties near Koya, east of Erbil. Tehran said the groups were arming protesters inside Iran, a "
     "charge the parties deny.\n"
     "Ghaani also met in separate meetings with the head of the Badr Organization, Hadi al-Amiri, "
     "and the Secretary-General of Asaib Ahl al-Haq, Qais al-Khazali, sources told INA. He did not "
     "meet President Abdul Latif Rashid, according to the presidency.\n"
     "Al-Soudani took office on October 27, succeeding Mustafa al-Kadhimi, after parliament approved "
     "his cabinet. The Director of the Prime Minister's Office, Ihsan al-Awadi, and the head of the "
     "National Intelligence Service, Hamid al-Shatri, also attended the meeting.",
     [("LEADS", SUD, IQGOV, "Prime Minister Mohammed Shia al-Soudani"),
      ("MET_WITH", SUD, Q, "received in his office on Thursday", "2022-11-24"),
      ("LEADS", Q, QF, "Brigadier General Esmaeil Ghaani"),
      ("PART_OF", QF, IRGC, "the Quds Force of the Islamic Revolutionary"),
      ("MET_WITH", Q, ARJ, "in the presence of National Security Adviser", "2022-11-24"),
      ("VISITED", Q, "location:baghdad", "first to Baghdad since", "2022-11-24"),
      ("ATTACKED", IRGC, "location:koya", "IRGC launched missile and drone strikes", "2022-11"),
      ("MET_WITH", Q, AMI, "Ghaani also met in separate meetings", "2022-11-24"),
      ("LEADS", AMI, BADR, "the head of the Badr Organization"),
      ("MET_WITH", Q, KHZ, "the Secretary-General of Asaib", "2022-11-24"),
      ("LEADS", KHZ, "organization:asaib-ahl-al-haq", "the Secretary-General of Asaib"),
      ("LEADS", RASH, IRAQ, "President Abdul Latif Rashid"),
      ("SUCCESSOR_OF", SUD, KAD, "succeeding Mustafa al-Kadhimi", "2022-10-27"),
      ("MET_WITH", Q, AWADI, "also attended the meeting", "2022-11-24"),
      ("MET_WITH", Q, SHATRI, "also attended the meeting", "2022-11-24"),
      ("LEADS", SHATRI, "organization:iraqi-national-intelligence-service",
       "the head of the National Intelligence Service"),
      ],
     {"source": "blind set (INA English-style)", "published": "2022-11-24"}),

    ("arEL2_sudani_tehran_leader_raisi", "ar",
     "طهران - إرنا\n"
     "استقبل قائد الثورة الإسلامية آية الله السيد علي الخامنئي، عصر اليوم الثلاثاء، رئيس الوزراء العراقي "
     "محمد شياع السوداني والوفد المرافق له.\n"
     "وأشار سماحته خلال اللقاء إلى الشهيدين الفريق قاسم سليماني وأبي مهدي المهندس، مؤكداً أن اغتيالهما "
     "على يد أمريكا في مطار بغداد \"جريمة لا تُنسى\"، وأن وجود القوات الأمريكية في العراق يضر بمصالح "
     "الشعب العراقي.\n"
     "وكان رئيس الجمهورية السيد إبراهيم رئيسي قد أقام مراسم استقبال رسمية للسوداني في مجمع سعد آباد "
     "صباح اليوم، ثم عقد الجانبان محادثات ثنائية تلتها جلسة موسعة بحضور وزيري خارجية البلدين حسين أمير "
     "عبد اللهيان وفؤاد حسين.\n"
     "وبحث رئيس منظمة التخطيط والموازنة داود منظور مع وزير التخطيط العراقي محمد تميم سبل تفعيل مذكرات "
     "التفاهم الاقتصادية الموقعة بين البلدين.\n"
     "وتعد هذه أول زيارة يقوم بها السوداني إلى طهران منذ توليه رئاسة الحكومة خلفاً لمصطفى الكاظمي، بعد "
     "زيارتين قام بهما إلى الأردن والكويت. ولم يلتق السوداني قائد قوة القدس العميد إسماعيل قاآني خلال "
     "هذه الزيارة، بحسب مصادر مطلعة.",
     [("LEADS", KHA, IRAN, "قائد الثورة الإسلامية آية الله"),
      ("MET_WITH", KHA, SUD, "استقبل قائد الثورة الإسلامية", "2022-11-29"),
      ("LEADS", SUD, IQGOV, "رئيس الوزراء العراقي محمد شياع"),
      ("ASSASSINATED_BY", SOL, US, "اغتيالهما على يد أمريكا", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "اغتيالهما على يد أمريكا", "2020-01-03"),
      ("LEADS", RAI, IRAN, "رئيس الجمهورية السيد إبراهيم"),
      ("MET_WITH", RAI, SUD, "أقام مراسم استقبال رسمية للسوداني", "2022-11-29"),
      ("MET_WITH", AMA, SUD, "بحضور وزيري خارجية البلدين", "2022-11-29"),
      ("MET_WITH", FUH, RAI, "بحضور وزيري خارجية البلدين", "2022-11-29"),
      ("MET_WITH", AMA, FUH, "بحضور وزيري خارجية البلدين", "2022-11-29"),
      ("LEADS", AMA, IFM, "وزيري خارجية البلدين حسين"),
      ("LEADS", FUH, IQFM, "عبد اللهيان وفؤاد حسين"),
      ("MET_WITH", MANZ, TAMIM, "وبحث رئيس منظمة التخطيط", "2022-11-29"),
      ("LEADS", MANZ, "organization:iran-plan-and-budget-organization", "رئيس منظمة التخطيط والموازنة"),
      ("LEADS", TAMIM, "organization:iraqi-planning-ministry", "وزير التخطيط العراقي محمد"),
      ("VISITED", SUD, "location:tehran", "أول زيارة يقوم بها السوداني إلى طهران", "2022-11-29"),
      ("SUCCESSOR_OF", SUD, KAD, "خلفاً لمصطفى الكاظمي", "2022-10-27"),
      ("VISITED", SUD, "country:jordan", "إلى الأردن والكويت", "2022-11"),
      ("VISITED", SUD, "country:kuwait", "إلى الأردن والكويت", "2022-11"),
      ("LEADS", Q, QF, "قائد قوة القدس العميد"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2022-11-29"}),

    ("enEL3_third_anniversary_baghdad_airport", "en",
     "BAGHDAD (Tasnim) - Thousands of Iraqis gathered on the road leading to Baghdad International "
     "Airport on Tuesday to mark the third anniversary of the martyrdom of Lieutenant General Qassem "
     "Sulaimani and Abu Mahdi al-Mohandes, who were assassinated by the U.S. terrorist army on the "
     "orders of former President Donald Trump.\n"
     "The ceremony, organized by the Popular Mobilization Units, was attended by Prime Minister "
     "Mohammed Shia al-Sudani, PMU Chairman Falih al-Fayyadh and Iran's Ambassador to Baghdad "
     "Mohammad Kazem Al Sadeq.\n"
     "On the sidelines of the commemoration, Al Sadeq held talks with the Secretary-General of the "
     "Badr Organization, Hadi al-Amiri, on the latest political developments, the Iranian embassy "
     "said.\n"
     "General Esmail Qa'ani, Commander of the IRGC Quds Force, had been expected to attend but "
     "instead sent a written message, which was read out by the PMU Chief of Staff, Abu Fadak "
     "al-Mohammadawi.\n"
     "Brigadier General Hossein Pourjafari, Sulaimani's longtime aide, and Muhammad Ridha al-Jabiri, "
     "the PMU's protocol director, were among the eight companions martyred in the strike.\n"
     "'The blood of the martyrs of victory will drive the Americans out of the region,' al-Amiri told "
     "Tasnim after the meeting.",
     [("ASSASSINATED_BY", SOL, US, "assassinated by the U.S. terrorist army", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "assassinated by the U.S. terrorist army", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "orders of former President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "orders of former President Donald Trump", "2020-01-03"),
      ("LEADS", TRUMP, US, "former President Donald Trump"),
      ("LEADS", SUD, IQGOV, "Prime Minister Mohammed Shia al-Sudani"),
      ("LEADS", FAY, PMF, "PMU Chairman Falih"),
      ("MET_WITH", ALS, AMI, "Al Sadeq held talks with the Secretary-General", "2023-01-03"),
      ("LEADS", AMI, BADR, "Secretary-General of the Badr Organization"),
      ("LEADS", Q, QF, "Commander of the IRGC Quds Force"),
      ("PART_OF", QF, IRGC, "Commander of the IRGC Quds Force"),
      ("MEMBER_OF", AFK, PMF, "the PMU Chief of Staff, Abu Fadak"),
      ("ASSASSINATED_BY", POUR, US, "among the eight companions martyred", "2020-01-03"),
      ("ASSASSINATED_BY", JABRI, US, "among the eight companions martyred", "2020-01-03"),
      ("MEMBER_OF", JABRI, PMF, "the PMU's protocol director"),
      ("REPORTED_BY", AMI, "outlet:tasnim", "al-Amiri told"),
      ],
     {"source": "blind set (Tasnim-style)", "published": "2023-01-03"}),

    ("arEL4_amir_abdollahian_baghdad_fuad_hussein", "ar",
     "بغداد ـ الصباح\n"
     "بحث وزير الخارجية فؤاد حسين مع نظيره الإيراني حسين أمير عبد اللهيان، في مقر الوزارة ببغداد أمس "
     "الأحد، العلاقات الثنائية وملفات الحدود والمياه والديون المستحقة لطهران عن واردات الغاز.\n"
     "وقال حسين في مؤتمر صحفي مشترك إن \"العراق ملتزم بتطبيق الاتفاق الأمني\" الذي وقعه مستشار الأمن "
     "القومي قاسم الأعرجي مع أمين المجلس الأعلى للأمن القومي الإيراني آنذاك علي شمخاني في بغداد في آذار "
     "الماضي، والقاضي بنزع سلاح جماعات المعارضة الكردية الإيرانية المتمركزة في إقليم كردستان.\n"
     "وكان شمخاني قد غادر منصبه الشهر الماضي، وخلفه علي أكبر أحمديان بقرار من الرئيس إبراهيم رئيسي.\n"
     "واستقبل رئيس الوزراء محمد شياع السوداني الوزير الإيراني في وقت لاحق، بحضور السفير محمد كاظم آل "
     "صادق، فيما أكد المتحدث باسم وزارة الخارجية أحمد الصحاف لـ\"الصباح\" أن عبد اللهيان لن يزور أربيل "
     "في هذه الجولة، خلافاً لما تداولته وسائل إعلام.\n"
     "ويُنتظر أن يتوجه الوزير الإيراني إلى مسقط بعد ختام زيارته.",
     [("LEADS", FUH, IQFM, "وزير الخارجية فؤاد حسين"),
      ("MET_WITH", FUH, AMA, "بحث وزير الخارجية فؤاد", "2023-06-11"),
      ("LEADS", AMA, IFM, "نظيره الإيراني حسين"),
      ("VISITED", AMA, "location:baghdad", "في مقر الوزارة ببغداد", "2023-06-11"),
      ("MET_WITH", ARJ, SHAM, "الذي وقعه مستشار الأمن القومي", "2023-03"),
      ("LEADS", SHAM, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني آنذاك"),
      ("VISITED", SHAM, "location:baghdad", "علي شمخاني في بغداد", "2023-03"),
      ("SUCCESSOR_OF", AHM, SHAM, "وخلفه علي أكبر", "2023-05-22"),
      ("LEADS", AHM, SNSC, "وخلفه علي أكبر"),
      ("LEADS", RAI, IRAN, "من الرئيس إبراهيم"),
      ("LEADS", SUD, IQGOV, "رئيس الوزراء محمد شياع"),
      ("MET_WITH", SUD, AMA, "واستقبل رئيس الوزراء محمد", "2023-06-11"),
      ("MET_WITH", ALS, SUD, "بحضور السفير محمد كاظم", "2023-06-11"),
      ("MEMBER_OF", SAHAF, IQFM, "المتحدث باسم وزارة الخارجية أحمد"),
      ("REPORTED_BY", SAHAF, "outlet:al-sabah", "الصحاف لـ\"الصباح\""),
      ],
     {"source": "blind set (Al-Sabah-style Arabic)", "published": "2023-06-12"}),

    ("enEL5_sudani_receives_larijani", "en",
     "BAGHDAD - Prime Minister Mohammed Shia Al-Sudani received today, Monday, the Secretary of "
     "Iran's Supreme National Security Council, Dr. Ali Larijani, who arrived in Baghdad in the "
     "morning, and his accompanying delegation, the Prime Minister's Media Office said.\n"
     "During the meeting, the Prime Minister stressed Iraq's keenness to strengthen relations with "
     "the Islamic Republic on the basis of mutual respect and non-interference, and to keep Iraq "
     "away from the repercussions of the recent war in the region.\n"
     "Larijani conveyed the greetings of President Masoud Pezeshkian and affirmed Tehran's support "
     "for the security and stability of Iraq. The meeting was attended by Iran's Ambassador to "
     "Iraq, Mohammad Kazem Al-e Sadegh.\n"
     "Earlier, Larijani and National Security Adviser Qassim Al-Araji signed a memorandum of "
     "understanding on joint border security, building on the agreement reached in March 2023.\n"
     "Larijani, who was appointed to the post earlier this month replacing Ali Akbar Ahmadian, was "
     "also received by the President of the Republic, Abdul Latif Jamal Rashid, and is expected to "
     "meet PMF Chairman Faleh Al-Fayyadh before leaving for Beirut.\n"
     "Speaker of the Council of Representatives Mahmoud al-Mashhadani did not receive the Iranian "
     "official, citing a prior commitment.",
     [("LEADS", SUD, IQGOV, "Prime Minister Mohammed Shia Al-Sudani"),
      ("MET_WITH", SUD, LAR, "received today, Monday", "2025-08-11"),
      ("LEADS", LAR, SNSC, "the Secretary of Iran's Supreme National Security Council"),
      ("VISITED", LAR, "location:baghdad", "who arrived in Baghdad in the morning", "2025-08-11"),
      ("LEADS", PEZ, IRAN, "President Masoud Pezeshkian"),
      ("MET_WITH", ALS, SUD, "The meeting was attended by Iran's Ambassador", "2025-08-11"),
      ("MET_WITH", LAR, ARJ, "signed a memorandum of understanding", "2025-08-11"),
      ("SUCCESSOR_OF", LAR, AHM, "replacing Ali Akbar Ahmadian", "2025-08"),
      ("MET_WITH", LAR, RASH, "was also received by the President", "2025-08-11"),
      ("LEADS", RASH, IRAQ, "the President of the Republic, Abdul Latif"),
      ("LEADS", FAY, PMF, "PMF Chairman Faleh"),
      ("LEADS", MASH, "organization:iraqi-parliament", "Speaker of the Council of Representatives"),
      ],
     {"source": "blind set (Iraqi PM media office readout)", "published": "2025-08-11"}),

    ("arEL6_nechirvan_tehran_pezeshkian", "ar",
     "طهران – رئاسة إقليم كوردستان\n"
     "التقى رئيس إقليم كوردستان نيجيرفان بارزاني، اليوم الثلاثاء في طهران، الرئيس الإيراني المنتخب مسعود "
     "بزشكيان، وذلك على هامش مشاركته في مراسم أداء اليمين الدستورية أمام مجلس الشورى الإسلامي.\n"
     "وهنأ رئيس الإقليم بزشكيان بتوليه منصبه خلفاً للرئيس الراحل إبراهيم رئيسي، الذي لقي حتفه مع وزير "
     "الخارجية حسين أمير عبد اللهيان في تحطم مروحية في محافظة أذربيجان الشرقية في أيار الماضي.\n"
     "كما التقى بارزاني رئيس مجلس الشورى محمد باقر قاليباف، والقائم بأعمال وزير الخارجية علي باقري كني، "
     "الذي تولى الحقيبة بعد وفاة أمير عبد اللهيان، وجرى خلال اللقاءين بحث العلاقات بين إقليم كوردستان "
     "والجمهورية الإسلامية وتنفيذ الاتفاق الأمني الحدودي.\n"
     "وكان محمد مخبر قد تولى مهام رئاسة الجمهورية بالوكالة بعد وفاة رئيسي حتى إجراء الانتخابات الرئاسية "
     "المبكرة.\n"
     "وحضر اللقاء مع بزشكيان ممثل حكومة إقليم كوردستان في طهران ناظم دباغ. وأجرى رئيس الإقليم في وقت "
     "لاحق اتصالاً هاتفياً برئيس الوزراء العراقي محمد شياع السوداني، أطلعه فيه على نتائج الزيارة.",
     [("LEADS", NECH, KRP, "رئيس إقليم كوردستان نيجيرفان"),
      ("MET_WITH", NECH, PEZ, "التقى رئيس إقليم كوردستان", "2024-07-30"),
      ("VISITED", NECH, "location:tehran", "اليوم الثلاثاء في طهران", "2024-07-30"),
      ("LEADS", PEZ, IRAN, "الرئيس الإيراني المنتخب مسعود"),
      ("SUCCESSOR_OF", PEZ, RAI, "خلفاً للرئيس الراحل", "2024-07-30"),
      ("LEADS", RAI, IRAN, "خلفاً للرئيس الراحل إبراهيم"),
      ("LEADS", AMA, IFM, "مع وزير الخارجية حسين"),
      ("MET_WITH", NECH, GHAL, "كما التقى بارزاني رئيس مجلس", "2024-07-30"),
      ("LEADS", GHAL, "organization:iranian-parliament", "رئيس مجلس الشورى محمد باقر"),
      ("MET_WITH", NECH, BAG, "والقائم بأعمال وزير الخارجية علي", "2024-07-30"),
      ("LEADS", BAG, IFM, "والقائم بأعمال وزير الخارجية علي"),
      ("SUCCESSOR_OF", BAG, AMA, "الذي تولى الحقيبة بعد وفاة", "2024-05-20"),
      ("SUCCESSOR_OF", MOK, RAI, "تولى مهام رئاسة الجمهورية بالوكالة", "2024-05-20"),
      ("LEADS", MOK, IRAN, "تولى مهام رئاسة الجمهورية بالوكالة"),
      ("MET_WITH", DABB, PEZ, "ممثل حكومة إقليم كوردستان في طهران", "2024-07-30"),
      ("MEMBER_OF", DABB, "organization:kurdistan-regional-government", "ممثل حكومة إقليم كوردستان في طهران"),
      ("LEADS", SUD, IQGOV, "برئيس الوزراء العراقي محمد شياع"),
      ],
     {"source": "blind set (Kurdistan Region Presidency readout, Arabic)", "published": "2024-07-30"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEL")
