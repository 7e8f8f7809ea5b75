"""Blind set JJ: Iraq and the Kurdistan Region, 2023-2024, as a Kurdish broadcaster's English and Arabic
sites write it (Kurdistan24-like: "ERBIL (Kurdistan24) -", "أربيل (كوردستان24)-", "Kurdistan Region
Prime Minister Masrour Barzani", "رئيس حكومة إقليم كوردستان", a KRG readout or a Region Presidency
statement quoted, "Sulaimani", "كوردستان" with the waw).
Pieces: Turkish Foreign Minister Fidan in Erbil after Baghdad, August 2023 (English); President
Pezeshkian in Erbil with Nechirvan, Masrour and Masoud Barzani, September 2024 (Arabic); the Turkish
drone strike that killed two journalists near Sayid Sadiq, August 2024 (English); Masrour Barzani in
Baghdad with al-Sudani on salaries and the budget, September 2023 (Arabic); al-Araji's fact-finding
committee in Erbil after the IRGC missile strike that killed Peshraw Dizayee, January 2024 (English);
Nechirvan Barzani receives the new UN envoy Mohammed al-Hassan, autumn 2024 (Arabic).
Excluded on purpose (no relation): a Fidan-Bafel Talabani meeting some outlets reported that "did not
take place"; Pezeshkian's planned trip to Sulaimani to meet Bafel Talabani, and Raisi's death in a
helicopter crash (no agent); a man shot dead in Erbil by unknown gunmen with no claim; Masrour
Barzani's meeting with al-Maliki that was postponed, and Nechirvan Barzani's phone call with al-Sudani;
Iraq recalling its ambassador from Tehran and al-Araji's planned trip to Tehran; al-Hassan's meeting
with Masrour Barzani only expected later in the week. The Dizayee killing is annotated with Iran as
agent where the text calls it "an Iranian missile attack" and with the IRGC for the strike the IRGC
claimed; a joint attendance pairs every participant.
Spellings: Hakan Fidan as "the top Turkish diplomat", Sulaimani, Haval Abubakir (id
person:havel-abu-bakr), مسعود پزشكيان (Persian pe), كوردستان, الرئيس بارزاني (Masoud Barzani by title),
غلام محمد إسحاق زي.
Events follow the public record as far as the writer knew it; some minor details (who attended a
meeting, weekdays, dates of minor visits) are filled in for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jl import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, TURKEY = "country:iraq", "country:iran", "country:turkey"
KRG, KRP, IQG, IQFM, TFM, IRFM, IRGC, PUK, UNAMI, NSA, IQFIN, IQPARL = (
    "organization:kurdistan-regional-government", "organization:kurdistan-region-presidency",
    "organization:iraqi-government", "organization:iraqi-foreign-ministry", "organization:turkish-foreign-ministry",
    "organization:iranian-foreign-ministry", "organization:irgc", "organization:patriotic-union-of-kurdistan",
    "organization:unami", "organization:iraqi-national-security-advisory", "organization:iraqi-finance-ministry",
    "organization:iraqi-parliament")
ERBIL, BAGHDAD, PIRMAM, ERBILAIR = "location:erbil", "location:baghdad", "location:pirmam", "location:erbil-airport"
MASROUR, NECHIRVAN, MASOUD, SUDANI, FUAD, FIDAN, BAFEL = (
    "person:masrour-barzani", "person:nechirvan-barzani", "person:masoud-barzani", "person:mohammed-shia-al-sudani",
    "person:fuad-hussein", "person:hakan-fidan", "person:bafel-talabani")
PEZ, ARAGHCHI, RAISI, ARAJI, KHOSHNAW, DIZAYEE, HAVAL, TAIF, HALBOUSI, HASSAN, HENNIS = (
    "person:masoud-pezeshkian", "person:abbas-araghchi", "person:ebrahim-raisi", "person:qassim-al-araji",
    "person:omed-khoshnaw", "person:peshraw-dizayee", "person:havel-abu-bakr", "person:taif-sami",
    "person:mohammed-al-halbousi", "person:mohammed-al-hassan", "person:jeanine-hennis-plasschaert")
# new to the tables
TOZKOPARAN, ATRUSHI, TARA, BAHADIN, HAMAAMIN, SYNDICATE, AMANJ, MIKHAIL, ISACZAI = (
    "person:erdem-tozkoparan", "person:kamal-atrushi", "person:gulistan-tara", "person:hero-bahadin",
    "person:azad-hama-amin", "organization:kurdistan-journalists-syndicate", "person:amanj-rahim",
    "person:karam-mikhail", "person:ghulam-isaczai")

ARTICLES = [
    ("enJJ1_fidan_erbil_barzanis", "en",
     "PM Masrour Barzani, Turkish FM Fidan discuss oil exports, PKK presence\n"
     "ERBIL (Kurdistan24) - Kurdistan Region Prime Minister Masrour Barzani on Wednesday received Turkish "
     "Foreign Minister Hakan Fidan in Erbil, on the second day of the top Turkish diplomat's first visit to Iraq "
     "since taking office in June.\n"
     "According to a KRG readout, the two sides discussed the resumption of the Kurdistan Region's oil exports "
     "through the Iraq-Turkey pipeline, halted since March, and the presence of the Kurdistan Workers' Party "
     "(PKK) in the Region's border areas. The meeting was also attended by Turkish Consul General in Erbil "
     "Erdem Tozkoparan.\n"
     "Earlier in the day, Kurdistan Region President Nechirvan Barzani met Fidan at the Region's presidency, "
     "stressing that \"the Kurdistan Region will not be a source of threat to any neighboring country.\"\n"
     "Fidan arrived in the Kurdistan Region capital from Baghdad, where on Tuesday he held talks with Iraqi "
     "Prime Minister Mohammed Shia al-Sudani and Foreign Minister Fuad Hussein.\n"
     "A meeting between Fidan and Patriotic Union of Kurdistan (PUK) leader Bafel Talabani, which some "
     "outlets had reported, did not take place. Ankara has kept its airspace closed to flights from "
     "Sulaimani since April, accusing the PUK of aiding the PKK.",
     [("LEADS", MASROUR, KRG, "Kurdistan Region Prime Minister Masrour Barzani"),
      ("MET_WITH", MASROUR, FIDAN, "on Wednesday received Turkish", "2023-08-23"),
      ("LEADS", FIDAN, TFM, "Foreign Minister Hakan Fidan in Erbil"),
      ("VISITED", FIDAN, ERBIL, "Foreign Minister Hakan Fidan in Erbil", "2023-08-23"),
      ("MET_WITH", TOZKOPARAN, MASROUR, "The meeting was also attended by Turkish Consul General", "2023-08-23"),
      ("MET_WITH", TOZKOPARAN, FIDAN, "The meeting was also attended by Turkish Consul General", "2023-08-23"),
      ("MEMBER_OF", TOZKOPARAN, TFM, "Turkish Consul General in Erbil"),
      ("LEADS", NECHIRVAN, KRP, "Kurdistan Region President Nechirvan Barzani"),
      ("MET_WITH", NECHIRVAN, FIDAN, "Nechirvan Barzani met Fidan", "2023-08-23"),
      ("VISITED", FIDAN, BAGHDAD, "Fidan arrived in the Kurdistan Region capital from Baghdad", "2023-08-22"),
      ("MET_WITH", FIDAN, SUDANI, "on Tuesday he held talks with Iraqi", "2023-08-22"),
      ("LEADS", SUDANI, IQG, "Prime Minister Mohammed Shia al-Sudani"),
      ("MET_WITH", FIDAN, FUAD, "on Tuesday he held talks with Iraqi", "2023-08-22"),
      ("LEADS", FUAD, IQFM, "and Foreign Minister Fuad Hussein"),
      ("LEADS", BAFEL, PUK, "(PUK) leader Bafel Talabani"),
      ],
     {"source": "blind set (Kurdish broadcaster, English site)", "published": "2023-08-23"}),

    ("arJJ2_pezeshkian_erbil", "ar",
     "الرئيس الإيراني في أربيل.. بارزاني: الإقليم حريص على علاقات متينة مع الجارة إيران\n"
     "أربيل (كوردستان24)- وصل الرئيس الإيراني مسعود پزشكيان، صباح اليوم الخميس، إلى أربيل عاصمة إقليم "
     "كوردستان، في أول زيارة لرئيس إيراني إلى الإقليم، وكان في استقباله بمطار أربيل الدولي رئيس إقليم "
     "كوردستان نيجيرفان بارزاني.\n"
     "وعقد پزشكيان ورئيس الإقليم اجتماعاً في مقر رئاسة الإقليم، بحضور وزير الخارجية الإيراني عباس عراقجي، "
     "جرى فيه بحث العلاقات بين الجمهورية الإسلامية وإقليم كوردستان وأمن الحدود المشتركة.\n"
     "بعد ذلك استقبل رئيس حكومة إقليم كوردستان مسرور بارزاني الرئيس الإيراني والوفد المرافق له، وحضر "
     "الاجتماع وزير الثروات الطبيعية في حكومة الإقليم كمال أتروشي، حيث نوقش ملف الطاقة والتبادل التجاري.\n"
     "كما زار پزشكيان الرئيس بارزاني في مصيف بيرمام.\n"
     "ويأتي پزشكيان إلى الرئاسة بعد انتخابات مبكرة جرت إثر مصرع سلفه إبراهيم رئيسي في تحطم مروحية في "
     "أيار الماضي.\n"
     "ومن المقرر أن يتوجه الرئيس الإيراني غداً إلى السليمانية للقاء رئيس الاتحاد الوطني الكوردستاني بافل "
     "طالباني، بحسب مصادر في الوفد.",
     [("LEADS", PEZ, IRAN, "وصل الرئيس الإيراني مسعود"),
      ("VISITED", PEZ, ERBIL, "إلى أربيل عاصمة إقليم", "2024-09-12"),
      ("VISITED", PEZ, ERBILAIR, "وكان في استقباله بمطار أربيل الدولي", "2024-09-12"),
      ("MET_WITH", NECHIRVAN, PEZ, "وكان في استقباله بمطار أربيل الدولي", "2024-09-12"),
      ("LEADS", NECHIRVAN, KRP, "رئيس إقليم كوردستان نيجيرفان"),
      ("MET_WITH", ARAGHCHI, PEZ, "بحضور وزير الخارجية الإيراني", "2024-09-12"),
      ("MET_WITH", ARAGHCHI, NECHIRVAN, "بحضور وزير الخارجية الإيراني", "2024-09-12"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس"),
      ("MET_WITH", MASROUR, PEZ, "بعد ذلك استقبل رئيس حكومة", "2024-09-12"),
      ("LEADS", MASROUR, KRG, "رئيس حكومة إقليم كوردستان مسرور"),
      ("MET_WITH", ATRUSHI, MASROUR, "وحضر الاجتماع وزير الثروات", "2024-09-12"),
      ("MET_WITH", ATRUSHI, PEZ, "وحضر الاجتماع وزير الثروات", "2024-09-12"),
      ("MEMBER_OF", ATRUSHI, KRG, "الثروات الطبيعية في حكومة الإقليم كمال"),
      ("MET_WITH", MASOUD, PEZ, "كما زار پزشكيان الرئيس بارزاني", "2024-09-12"),
      ("VISITED", PEZ, PIRMAM, "في مصيف بيرمام", "2024-09-12"),
      ("SUCCESSOR_OF", PEZ, RAISI, "مصرع سلفه إبراهيم رئيسي", "2024"),
      ("LEADS", BAFEL, PUK, "رئيس الاتحاد الوطني الكوردستاني بافل"),
      ],
     {"source": "blind set (Kurdish broadcaster, Arabic site)", "published": "2024-09-12"}),

    ("enJJ3_drone_kills_journalists", "en",
     "Two journalists killed in Turkish drone strike near Sayid Sadiq\n"
     "SULAIMANI, Kurdistan Region (Kurdistan24) - Two journalists were killed and six other media workers "
     "wounded on Friday when a Turkish drone struck their vehicle on the road between Sayid Sadiq and "
     "Sulaimani, local officials said.\n"
     "Sulaimani Governor Haval Abubakir identified the two killed in the Turkish strike as Gulistan Tara and "
     "Hero Bahadin, who worked for a production company that Ankara links to the Kurdistan Workers' Party "
     "(PKK). The wounded were taken to hospital in Sulaimani, he said.\n"
     "Later on Friday, Patriotic Union of Kurdistan (PUK) President Bafel Talabani received Azad Hama Amin, "
     "head of the Kurdistan Journalists Syndicate, in the presence of Governor Abubakir, and called on "
     "Baghdad to \"stop the repeated violations of Iraq's sovereignty.\"\n"
     "Ankara rarely comments on its drone operations in the Kurdistan Region, which it says target PKK "
     "militants. The Turkish defense ministry did not respond to a request for comment.\n"
     "Separately, a man was shot dead by unknown gunmen in Erbil's Daratu district on Thursday night. Police "
     "said an investigation was under way, and no group has claimed the killing.",
     [("ASSASSINATED_BY", TARA, TURKEY, "identified the two killed in the Turkish strike", "2024-08-23"),
      ("ASSASSINATED_BY", BAHADIN, TURKEY, "identified the two killed in the Turkish strike", "2024-08-23"),
      ("LEADS", BAFEL, PUK, "(PUK) President Bafel Talabani"),
      ("MET_WITH", BAFEL, HAMAAMIN, "Bafel Talabani received Azad Hama Amin", "2024-08-23"),
      ("LEADS", HAMAAMIN, SYNDICATE, "head of the Kurdistan Journalists Syndicate"),
      ("MET_WITH", HAVAL, BAFEL, "in the presence of Governor Abubakir", "2024-08-23"),
      ("MET_WITH", HAVAL, HAMAAMIN, "in the presence of Governor Abubakir", "2024-08-23"),
      ],
     {"source": "blind set (Kurdish broadcaster, English site)", "published": "2024-08-23"}),

    ("arJJ4_masrour_baghdad_salaries", "ar",
     "رئيس حكومة إقليم كوردستان في بغداد لبحث ملف الرواتب\n"
     "بغداد (كوردستان24)- وصل رئيس حكومة إقليم كوردستان مسرور بارزاني، اليوم الأحد، إلى العاصمة العراقية "
     "بغداد على رأس وفد رفيع، لبحث أزمة رواتب موظفي الإقليم وحصة الإقليم في الموازنة الاتحادية.\n"
     "واستقبل رئيس مجلس الوزراء العراقي محمد شياع السوداني رئيس حكومة الإقليم والوفد المرافق له، وحضر "
     "الاجتماع سكرتير مجلس وزراء إقليم كوردستان آمانج رحيم، ومن الجانب الاتحادي وزيرة المالية طيف سامي.\n"
     "وبحسب بيان لحكومة الإقليم، اتفق الجانبان على تمويل رواتب الأشهر الثلاثة المقبلة عبر قروض من مصارف "
     "حكومية، على أن تستمر اللجان الفنية في عملها.\n"
     "كما التقى مسرور بارزاني رئيس مجلس النواب محمد الحلبوسي.\n"
     "وكان من المقرر أن يلتقي رئيس الحكومة زعيم ائتلاف دولة القانون نوري المالكي، إلا أن اللقاء أُرجئ "
     "لأسباب لم تُعلن.\n"
     "وكان رئيس إقليم كوردستان نيجيرفان بارزاني قد أجرى مساء السبت اتصالاً هاتفياً بالسوداني تناول "
     "التحضيرات للزيارة.",
     [("LEADS", MASROUR, KRG, "رئيس حكومة إقليم كوردستان مسرور"),
      ("VISITED", MASROUR, BAGHDAD, "إلى العاصمة العراقية", "2023-09-17"),
      ("MET_WITH", SUDANI, MASROUR, "واستقبل رئيس مجلس الوزراء العراقي", "2023-09-17"),
      ("LEADS", SUDANI, IQG, "رئيس مجلس الوزراء العراقي محمد"),
      ("MET_WITH", AMANJ, SUDANI, "سكرتير مجلس وزراء إقليم كوردستان", "2023-09-17"),
      ("MET_WITH", AMANJ, MASROUR, "سكرتير مجلس وزراء إقليم كوردستان", "2023-09-17"),
      ("MEMBER_OF", AMANJ, KRG, "سكرتير مجلس وزراء إقليم كوردستان"),
      ("MET_WITH", TAIF, SUDANI, "ومن الجانب الاتحادي وزيرة المالية", "2023-09-17"),
      ("MET_WITH", TAIF, MASROUR, "ومن الجانب الاتحادي وزيرة المالية", "2023-09-17"),
      ("MET_WITH", AMANJ, TAIF, "ومن الجانب الاتحادي وزيرة المالية", "2023-09-17"),
      ("LEADS", TAIF, IQFIN, "وزيرة المالية طيف سامي"),
      ("MET_WITH", HALBOUSI, MASROUR, "كما التقى مسرور بارزاني رئيس مجلس النواب", "2023-09-17"),
      ("LEADS", HALBOUSI, IQPARL, "رئيس مجلس النواب محمد الحلبوسي"),
      ],
     {"source": "blind set (Kurdish broadcaster, Arabic site)", "published": "2023-09-17"}),

    ("enJJ5_araji_erbil_dizayee_strike", "en",
     "Iraqi national security adviser in Erbil to investigate deadly IRGC strike\n"
     "ERBIL, Kurdistan Region (Kurdistan24) - Iraqi National Security Adviser Qasim al-Araji arrived in Erbil "
     "on Wednesday at the head of a federal fact-finding committee, two days after an Iranian missile attack "
     "killed Kurdish businessman Peshraw Dizayee at his home.\n"
     "Kurdistan Region Prime Minister Masrour Barzani received al-Araji and the committee, in the presence of "
     "Erbil Governor Omed Khoshnaw. The committee later visited the site of the strike.\n"
     "Iran's Islamic Revolutionary Guard Corps (IRGC) claimed the attack late on Monday, saying it had hit an "
     "\"espionage headquarters\" of Israel's Mossad in Erbil, a claim the KRG rejected as \"baseless.\" The "
     "IRGC strike also killed Karam Mikhail, a Christian businessman who was visiting the family, and "
     "Dizayee's infant daughter, according to the Kurdistan Region Security Council.\n"
     "Baghdad recalled its ambassador from Tehran for consultations and lodged a complaint with the UN "
     "Security Council.\n"
     "Al-Araji told reporters in Erbil that the committee had found \"no evidence of any Israeli presence\" at "
     "the house. He is expected to travel to Tehran next week to discuss the findings, an official in his "
     "office said.",
     [("LEADS", ARAJI, NSA, "Iraqi National Security Adviser Qasim"),
      ("VISITED", ARAJI, ERBIL, "arrived in Erbil", "2024-01-17"),
      ("ASSASSINATED_BY", DIZAYEE, IRAN, "an Iranian missile attack", "2024-01-15"),
      ("LEADS", MASROUR, KRG, "Kurdistan Region Prime Minister Masrour Barzani"),
      ("MET_WITH", ARAJI, MASROUR, "Masrour Barzani received al-Araji", "2024-01-17"),
      ("MET_WITH", KHOSHNAW, MASROUR, "in the presence of", "2024-01-17"),
      ("MET_WITH", ARAJI, KHOSHNAW, "in the presence of", "2024-01-17"),
      ("ATTACKED", IRGC, ERBIL, "claimed the attack late on Monday", "2024-01-15"),
      ("ASSASSINATED_BY", MIKHAIL, IRGC, "also killed Karam Mikhail", "2024-01-15"),
      ],
     {"source": "blind set (Kurdish broadcaster, English site)", "published": "2024-01-17"}),

    ("arJJ6_nechirvan_receives_un_envoy", "ar",
     "رئيس إقليم كوردستان يستقبل الممثل الأممي الجديد في العراق\n"
     "أربيل (كوردستان24)- استقبل رئيس إقليم كوردستان نيجيرفان بارزاني، اليوم الإثنين، الممثل الخاص للأمين "
     "العام للأمم المتحدة في العراق محمد الحسان، في أول زيارة له إلى أربيل منذ تسلمه مهامه خلفاً لجينين "
     "هينيس-بلاسخارت.\n"
     "وحضر اللقاء نائب الممثل الخاص غلام محمد إسحاق زي.\n"
     "وبحسب بيان لرئاسة الإقليم، جرى خلال اللقاء بحث التحضيرات لانتخابات برلمان كوردستان المقررة في "
     "العشرين من تشرين الأول المقبل، والعلاقات بين أربيل وبغداد، ومستقبل عمل بعثة الأمم المتحدة لمساعدة "
     "العراق (يونامي) التي تنتهي ولايتها بنهاية 2025.\n"
     "وأكد رئيس الإقليم دعمه لإجراء الانتخابات في موعدها، مثمناً دور المنظمة الدولية في العراق.\n"
     "وكان الحسان قد التقى في بغداد، أمس الأحد، رئيس مجلس الوزراء محمد شياع السوداني.\n"
     "ومن المنتظر أن يلتقي المبعوث الأممي رئيس حكومة الإقليم مسرور بارزاني في وقت لاحق من الأسبوع الجاري.",
     [("LEADS", NECHIRVAN, KRP, "رئيس إقليم كوردستان نيجيرفان"),
      ("MET_WITH", HASSAN, NECHIRVAN, "استقبل رئيس إقليم كوردستان", "2024-09"),
      ("LEADS", HASSAN, UNAMI, "العام للأمم المتحدة في العراق محمد الحسان"),
      ("VISITED", HASSAN, ERBIL, "في أول زيارة له إلى أربيل", "2024-09"),
      ("SUCCESSOR_OF", HASSAN, HENNIS, "خلفاً لجينين", "2024"),
      ("MET_WITH", ISACZAI, NECHIRVAN, "وحضر اللقاء نائب الممثل الخاص", "2024-09"),
      ("MET_WITH", ISACZAI, HASSAN, "وحضر اللقاء نائب الممثل الخاص", "2024-09"),
      ("MEMBER_OF", ISACZAI, UNAMI, "نائب الممثل الخاص غلام"),
      ("MET_WITH", HASSAN, SUDANI, "وكان الحسان قد التقى في بغداد", "2024-09"),
      ("LEADS", SUDANI, IQG, "رئيس مجلس الوزراء محمد شياع"),
      ],
     {"source": "blind set (Kurdish broadcaster, Arabic site)", "published": "2024-09-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJJ")
