"""Blind set BP: Kurdistan Region leaders receiving Iraqi and Iranian officials, and Iraqi
officials named to replace predecessors. Al-Araji in Erbil and Sulaymaniyah on the border
agreement, al-Abbasi received by Masrour Barzani, Bafel Talabani receives the Iranian
ambassador, al-Alaq back at the central bank, the new Baghdad governor, Nechirvan Barzani
receives the Iranian ambassador after the IRGC strike on Erbil.
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setBP/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout52/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_bp)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_bp import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent

ARTICLES = [
    ("arBP1_araji_erbil_sulaymaniyah", "ar",
     "أربيل (رووداو)- استقبل رئيس إقليم كوردستان، نيجيرفان بارزاني، اليوم الأحد، في أربيل، مستشار "
     "الأمن القومي العراقي قاسم الأعرجي والوفد المرافق له، وبحث معه تنفيذ الاتفاق الأمني بين "
     "بغداد وطهران لضبط الحدود ونزع سلاح جماعات المعارضة الكوردية الإيرانية. وانتقل الأعرجي بعدها "
     "إلى السليمانية، حيث التقى رئيس الاتحاد الوطني الكوردستاني بافل جلال طالباني ونائب رئيس "
     "إقليم كوردستان جعفر شيخ مصطفى. والأعرجي، القيادي في منظمة بدر ووزير الداخلية الأسبق، يشغل "
     "منصبه منذ تموز 2020 حين عُيّن خلفاً لفالح الفياض. وقال في مؤتمر صحفي إن «أرض الإقليم لن "
     "تكون منطلقاً للاعتداء على دول الجوار». وكان الحرس الثوري قد قصف في أيلول الماضي مقار أحزاب "
     "كوردية معارضة في كويسنجق. ولم يلتقِ الأعرجي رئيسَ حكومة الإقليم مسرور بارزاني الذي كان "
     "خارج البلاد.",
     [("LEADS", NECH, KREG, "استقبل رئيس إقليم"),
      ("MET_WITH", NECH, ARAJI, "استقبل رئيس إقليم", "2023-05"),
      ("VISITED", ARAJI, ERB, "في أربيل، مستشار", "2023-05"),
      ("VISITED", ARAJI, "location:sulaymaniyah", "وانتقل الأعرجي بعدها", "2023-05"),
      ("MET_WITH", ARAJI, BAFEL, "حيث التقى رئيس الاتحاد", "2023-05"),
      ("LEADS", BAFEL, "organization:patriotic-union-of-kurdistan", "حيث التقى رئيس الاتحاد"),
      ("MET_WITH", ARAJI, "person:jaafar-sheikh-mustafa", "حيث التقى رئيس الاتحاد", "2023-05"),
      ("MEMBER_OF", "person:jaafar-sheikh-mustafa", "organization:kurdistan-region-presidency",
       "ونائب رئيس"),
      ("MEMBER_OF", ARAJI, BADR, "القيادي في منظمة بدر"),
      ("MEMBER_OF", ARAJI, "organization:iraqi-government", "ووزير الداخلية الأسبق"),
      ("SUCCESSOR_OF", ARAJI, FAY, "خلفاً لفالح", "2020-07"),
      ("ATTACKED", IRGC, "location:koya", "وكان الحرس الثوري قد قصف", "2022-09"),
      ("LEADS", MASR, KRG, "رئيسَ حكومة الإقليم"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2023-05"}),

    ("enBP2_abbasi_received_by_masrour", "en",
     "ERBIL (Kurdistan 24) \u2013 Kurdistan Region Prime Minister Masrour Barzani on Monday received "
     "Iraq's Minister of Defense Thabet al-Abbasi to discuss security coordination between the "
     "Peshmerga and the Iraqi army in the areas disputed between Erbil and Baghdad, a KRG "
     "readout said. Al-Abbasi, who took office in October 2022 after replacing Juma Inad at the "
     "ministry, arrived in Erbil at the head of a delegation that included Lt. Gen. Abdul Amir "
     "Yarallah, the Iraqi army's chief of staff. Lt. Gen. Bakhtiyar Mohammed Sadiq, "
     "secretary-general of the Ministry of Peshmerga Affairs, also met the visitors to review the "
     "unification of Peshmerga brigades. He was appointed in 2021 to succeed Lt. Gen. Jabar Yawar. "
     "\u201cThere is no gap left for ISIS to exploit,\u201d al-Abbasi told reporters after the "
     "talks. A meeting with KDP leader Masoud Barzani was not on the minister's schedule.",
     [("LEADS", MASR, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("MET_WITH", MASR, "person:thabet-al-abbasi", "on Monday received", "2023"),
      ("SUCCESSOR_OF", "person:thabet-al-abbasi", "person:juma-inad", "after replacing Juma",
       "2022-10"),
      ("VISITED", "person:thabet-al-abbasi", ERB, "arrived in Erbil at the head", "2023"),
      ("VISITED", "person:abdul-amir-yarallah", ERB, "arrived in Erbil at the head", "2023"),
      ("LEADS", "person:abdul-amir-yarallah", "organization:iraqi-army",
       "the Iraqi army's chief of staff"),
      ("MEMBER_OF", "person:bakhtiyar-mohammed-sadiq", "organization:peshmerga-ministry",
       "secretary-general of the Ministry"),
      ("MET_WITH", "person:bakhtiyar-mohammed-sadiq", "person:thabet-al-abbasi",
       "also met the visitors", "2023"),
      ("MET_WITH", "person:bakhtiyar-mohammed-sadiq", "person:abdul-amir-yarallah",
       "also met the visitors", "2023"),
      ("SUCCESSOR_OF", "person:bakhtiyar-mohammed-sadiq", "person:jabar-yawar",
       "to succeed Lt. Gen. Jabar", "2021"),
      ("LEADS", "person:masoud-barzani", "organization:kurdistan-democratic-party",
       "KDP leader Masoud"),
      ],
     {"source": "blind set (Kurdistan24-style)", "published": "2023"}),

    ("arBP3_bafel_receives_ambassador", "ar",
     "السليمانية - ارنا - استقبل رئيس الاتحاد الوطني الكردستاني بافل طالباني، السفير الايراني "
     "لدى العراق محمد كاظم آل صادق والوفد المرافق له في مدينة السليمانية، حيث جرى بحث العلاقات "
     "الثنائية وامن الحدود المشتركة. واكد طالباني خلال اللقاء ان العلاقات بين الاقليم والجمهورية "
     "الاسلامية «تاريخية»، مشيدا بدور الشهيد الفريق الحاج قاسم سليماني في الحرب على داعش، والذي "
     "اغتالته القوات الامريكية بامر من الرئيس الامريكي السابق دونالد ترامب. كما التقى آل صادق، "
     "الذي خلف ايرج مسجدي سفيرا لطهران في بغداد في نيسان الماضي، رئيسة برلمان اقليم كردستان "
     "ريواز فائق. ولم يتسن للسفير لقاء رئيس حكومة الاقليم مسرور بارزاني، بحسب مصادر كردية.",
     [("LEADS", BAFEL, "organization:patriotic-union-of-kurdistan", "استقبل رئيس الاتحاد"),
      ("MET_WITH", BAFEL, SADEGH, "استقبل رئيس الاتحاد", "2022-10"),
      ("VISITED", SADEGH, "location:sulaymaniyah", "في مدينة السليمانية", "2022-10"),
      ("ASSASSINATED_BY", S, USAF, "اغتالته القوات الامريكية", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "بامر من الرئيس", "2020-01-03"),
      ("LEADS", T, US, "الرئيس الامريكي السابق"),
      ("MET_WITH", SADEGH, "person:rewaz-faiq", "كما التقى آل صادق", "2022-10"),
      ("SUCCESSOR_OF", SADEGH, "person:iraj-masjedi", "الذي خلف ايرج", "2022-04"),
      ("LEADS", "person:rewaz-faiq", "organization:kurdistan-parliament", "رئيسة برلمان"),
      ("LEADS", MASR, KRG, "رئيس حكومة الاقليم مسرور"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2022-10"}),

    ("enBP4_alaq_returns_central_bank", "en",
     "BAGHDAD, Jan 23 (Reuters) - Iraq's cabinet on Monday approved Ali Mohsen al-Allaq as "
     "central bank governor, replacing Mustafa Ghaleb Mukhif, who asked to retire after the dinar "
     "slid to record lows against the dollar, Prime Minister Mohammed Shia al-Sudani's office "
     "said. Allaq led the bank from 2014 until 2020, when Mukhif replaced him under al-Sudani's "
     "predecessor Mustafa al-Kadhimi. On Tuesday Allaq met U.S. Ambassador Alina Romanowski in "
     "Baghdad to discuss Federal Reserve curbs on dollar transfers, the central bank said. He is "
     "also due to join a delegation, led by Foreign Minister Fuad Hussein, that will meet U.S. "
     "Treasury officials in Washington next month. Brian Nelson, the Treasury's under secretary "
     "for terrorism and financial intelligence, has pressed Iraqi banks to halt dollar flows to "
     "Iran. \u201cWe will not allow the dinar to be a victim of speculation,\u201d Allaq said.",
     [("LEADS", "person:ali-mohsen-al-alaq", "organization:central-bank-of-iraq",
       "central bank governor, replacing"),
      ("SUCCESSOR_OF", "person:ali-mohsen-al-alaq", "person:mustafa-ghaleb-mukhif",
       "replacing Mustafa Ghaleb", "2023-01-23"),
      ("LEADS", "person:mustafa-ghaleb-mukhif", "organization:central-bank-of-iraq",
       "replacing Mustafa Ghaleb"),
      ("SUCCESSOR_OF", "person:mustafa-ghaleb-mukhif", "person:ali-mohsen-al-alaq",
       "when Mukhif replaced him", "2020"),
      ("SUCCESSOR_OF", SUD, K, "predecessor Mustafa"),
      ("MET_WITH", "person:ali-mohsen-al-alaq", ROM, "Allaq met U.S. Ambassador", "2023-01-24"),
      ("MEMBER_OF", "person:brian-nelson", "organization:us-treasury-department",
       "the Treasury's under secretary"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2023-01-24"}),

    ("arBP5_new_baghdad_governor", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "انتخب مجلس محافظة بغداد، الاثنين، عبد المطلب العلوي، مرشح كتلة «صادقون» التابعة لـ«عصائب "
     "أهل الحق»، محافظاً للعاصمة خلفاً لمحمد جابر العطا، في جلسة قاطعها أعضاء من قوى سنية. "
     "واستقبل رئيس الوزراء محمد شياع السوداني المحافظَ الجديد في القصر الحكومي، داعياً إياه إلى "
     "«الإسراع في إنجاز مشاريع فك الاختناقات المرورية». وكان العلوي قد التقى في اليوم نفسه "
     "الأمينَ العام للعصائب قيس الخزعلي في مكتبه، بحسب بيان للحركة. ويأتي ذلك فيما احتفظ محافظ "
     "البصرة أسعد العيداني بمنصبه لولاية ثالثة. وكان من المقرر أن يلتقي العلوي رئيسَ مجلس القضاء "
     "الأعلى فائق زيدان، قبل أن يؤجَّل اللقاء إلى الأسبوع المقبل. ويُشار إلى أن السوداني نفسه "
     "شغل منصب محافظ ميسان قبل أن يتولى حقائب وزارية عدة.",
     [("MEMBER_OF", "person:abdul-muttalib-al-alawi", "organization:sadiqoun-bloc",
       "مرشح كتلة «صادقون»"),
      ("PART_OF", "organization:sadiqoun-bloc", AAH, "التابعة لـ«عصائب"),
      ("LEADS", "person:abdul-muttalib-al-alawi", BGD, "محافظاً للعاصمة خلفاً"),
      ("SUCCESSOR_OF", "person:abdul-muttalib-al-alawi", "person:mohammed-jaber-al-atta",
       "خلفاً لمحمد جابر", "2024-02"),
      ("LEADS", "person:mohammed-jaber-al-atta", BGD, "خلفاً لمحمد جابر"),
      ("MET_WITH", SUD, "person:abdul-muttalib-al-alawi", "واستقبل رئيس الوزراء", "2024-02"),
      ("MET_WITH", "person:abdul-muttalib-al-alawi", "person:qais-al-khazali",
       "وكان العلوي قد التقى", "2024-02"),
      ("LEADS", "person:qais-al-khazali", AAH, "الأمينَ العام للعصائب"),
      ("LEADS", "person:asaad-al-eidani", "location:basra", "فيما احتفظ محافظ"),
      ("LEADS", "person:faiq-zaidan", "organization:supreme-judicial-council",
       "رئيسَ مجلس القضاء"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-02"}),

    ("enBP6_nechirvan_iranian_envoy_erbil", "en",
     "ERBIL // Kurdistan Region President Nechirvan Barzani received Iran's ambassador to Iraq, "
     "Mohammad Kazem Al Sadegh, in Erbil on Sunday, days after an Iranian missile strike killed "
     "the businessman Peshraw Dizayee and members of his family at their home in the city. Iran's "
     "Revolutionary Guard said its missiles had struck an \u201cIsraeli spy headquarters\u201d "
     "in Erbil, a claim Kurdish and Iraqi officials rejected. Mr Barzani conveyed the anger of the "
     "people of Kurdistan to the envoy, his office said. Iraq's National Security Adviser Qassim "
     "Al Araji, who led a government inquiry to the site, met Kurdistan Region Prime Minister "
     "Masrour Barzani in Erbil on Saturday. Dindar Zebari, the KRG's co-ordinator for "
     "international advocacy, told The National the region would \u201cuse every legal "
     "channel\u201d. A separate meeting between the ambassador and Masrour Barzani was not on "
     "the agenda.",
     [("LEADS", NECH, KREG, "Kurdistan Region President Nechirvan"),
      ("MET_WITH", NECH, SADEGH, "received Iran's ambassador", "2024-01-21"),
      ("ASSASSINATED_BY", "person:peshraw-dizayee", "country:iran",
       "an Iranian missile strike killed", "2024-01-15"),
      ("ATTACKED", IRGC, ERB, "said its missiles had struck", "2024-01-15"),
      ("ASSASSINATED_BY", "person:peshraw-dizayee", IRGC, "said its missiles had struck",
       "2024-01-15"),
      ("MET_WITH", ARAJI, MASR, "who led a government inquiry", "2024-01-20"),
      ("VISITED", ARAJI, ERB, "who led a government inquiry", "2024-01-20"),
      ("LEADS", MASR, KRG, "met Kurdistan Region Prime Minister"),
      ("MEMBER_OF", "person:dindar-zebari", KRG, "the KRG's co-ordinator"),
      ("REPORTED_BY", "person:dindar-zebari", "outlet:the-national", "told The National"),
      ],
     {"source": "blind set (The National-style)", "published": "2024-01-21"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBP")
