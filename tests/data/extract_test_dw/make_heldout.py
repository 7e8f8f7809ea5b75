"""Blind set DW: Iraqi successions and new appointees, 2020-2025, as short items on Iraqi and
regional news sites: the defence and interior handovers in al-Soudani's cabinet, with Ghanimi
succeeded twice (The New Arab-style, Oct 2022); Nineveh's new governor al-Dakhil after Najm
al-Jubouri, who had replaced Mansour al-Marid (Rudaw-style, 2024); the new UN envoy Mohammed
al-Hassan received by Sudani, a planned Sistani meeting and a phone call (Rudaw-style, 2024);
new governors of Anbar and Salahuddin and an earlier Kurilla visit to Ramadi (Al-Ain-style,
2024); Larijani, Ahmadian's successor at the SNSC, in Baghdad with Ismail Qani (Middle East
Eye-style, Aug 2025); Rebwar Taha replacing the acting Kirkuk governor Rakan al-Jabouri and
received by Bafel Talabani (Alhurra-style, Aug 2024).
Style: en/ar alternating; successor chains; "took over from", "replaced", خلفاً لـ، بدلاً من،
ليحل محل، تولى ... بعد; a handover meeting and a "did not meet"; planned meetings; phone calls.
Spellings: al-Soudani / Sudani, Kazimi, Ismail Qani.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dw/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_dx import ALL  # noqa: E402

HERE = Path(__file__).parent

SUD, KAD, QAA, AMI = ("person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "person:esmail-qaani",
                      "person:hadi-al-amiri")
ABB, INA, SHA, GHA, YAR = ("person:thabet-al-abbasi", "person:juma-inad", "person:abdul-amir-al-shammari",
                           "person:othman-al-ghanimi", "person:abdul-amir-yarallah")
DAK, NJU, MAR = "person:abdul-qadir-al-dakhil", "person:najm-al-jubouri", "person:mansour-al-marid"
HAS, JHP, COR, FUH = ("person:mohammed-al-hassan", "person:jeanine-hennis-plasschaert",
                      "person:claudio-cordone", "person:fuad-hussein")
KAR, DUL, FAH, JAB = ("person:mohammed-nouri-al-karbouli", "person:ali-farhan-al-dulaimi",
                      "person:badr-al-fahal", "person:ammar-jabr")
LAR, AHM, ARA, KHZ = ("person:ali-larijani", "person:ali-akbar-ahmadian", "person:qassim-al-araji",
                      "person:qais-al-khazali")
REB, RAK, HAF, BAF = ("person:rebwar-taha", "person:rakan-al-jabouri", "person:mohammed-ibrahim-al-hafez",
                      "person:bafel-talabani")
GOV, BAG = "organization:iraqi-government", "location:baghdad"
MOD, MOI, ARMY = "organization:iraqi-defense-ministry", "organization:iraqi-interior-ministry", "organization:iraqi-army"
PUK = "organization:patriotic-union-of-kurdistan"

ARTICLES = [
    ("enDW1_defence_interior_handover", "en",
     "BAGHDAD (The New Arab) - Iraq's new Defence Minister Thabet al-Abbasi formally took over from "
     "Juma Inad on Sunday at a handover ceremony in the ministry, where the two men met for more than "
     "an hour, the ministry said in a statement.\n"
     "At the interior ministry, Lt. Gen. Abdul Amir al-Shammari replaced Othman al-Ghanimi, a former "
     "army chief of staff who had held the portfolio under former prime minister Mustafa al-Kazimi "
     "since May 2020. Ghanimi did not attend and did not meet his successor, a ministry official said.\n"
     "Both ministers won confidence votes in parliament on Thursday together with Prime Minister "
     "Mohammed Shia al-Soudani's cabinet.\n"
     "Ghanimi was himself succeeded as chief of staff in 2020 by Lt. Gen. Abdul Amir Yarallah, who "
     "keeps his post.",
     [("LEADS", ABB, MOD, "new Defence Minister Thabet"),
      ("SUCCESSOR_OF", ABB, INA, "formally took over from", "2022-10"),
      ("MET_WITH", ABB, INA, "where the two men met", "2022-10"),
      ("LEADS", INA, MOD, "formally took over from"),
      ("LEADS", SHA, MOI, "At the interior ministry"),
      ("SUCCESSOR_OF", SHA, GHA, "replaced Othman al-Ghanimi", "2022-10"),
      ("LEADS", GHA, MOI, "who had held the portfolio"),
      ("LEADS", GHA, ARMY, "a former army chief of staff"),
      ("LEADS", KAD, GOV, "former prime minister Mustafa al-Kazimi"),
      ("LEADS", SUD, GOV, "Prime Minister Mohammed Shia al-Soudani's cabinet"),
      ("SUCCESSOR_OF", YAR, GHA, "succeeded as chief of staff", "2020"),
      ("LEADS", YAR, ARMY, "Lt. Gen. Abdul Amir Yarallah"),
      ],
     {"source": "blind set (The New Arab-style)", "published": "2022-10-30"}),

    ("arDW2_nineveh_new_governor", "ar",
     "الموصل - روداو\n"
     "انتخب مجلس محافظة نينوى، الأحد، عبد القادر الدخيل محافظاً جديداً لنينوى، خلفاً لنجم الجبوري "
     "الذي شمله قرار هيئة المساءلة والعدالة، بعد حصوله على أصوات 16 عضواً من أصل 29.\n"
     "والجبوري، وهو لواء متقاعد في الجيش العراقي، كان قد تولى المنصب في أيار 2020 بعد إعفاء المحافظ "
     "الأسبق منصور المرعيد على خلفية اتهامات بالفساد نفاها المرعيد.\n"
     "واستقبل رئيس مجلس الوزراء محمد شياع السوداني، الثلاثاء، المحافظ الجديد في بغداد، وبحث معه ملف "
     "إعادة إعمار المدينة القديمة في الموصل.\n"
     "وقال الدخيل لـ\"روداو\" إن أولويته ستكون الخدمات وعودة النازحين إلى سنجار، فيما أعلن "
     "الجبوري أنه سيطعن بقرار إبعاده أمام القضاء.",
     [("LEADS", DAK, "location:nineveh", "محافظاً جديداً لنينوى"),
      ("SUCCESSOR_OF", DAK, NJU, "خلفاً لنجم الجبوري", "2024"),
      ("MEMBER_OF", NJU, ARMY, "لواء متقاعد في الجيش العراقي"),
      ("LEADS", NJU, "location:nineveh", "كان قد تولى المنصب"),
      ("SUCCESSOR_OF", NJU, MAR, "بعد إعفاء المحافظ", "2020-05"),
      ("LEADS", MAR, "location:nineveh", "الأسبق منصور المرعيد"),
      ("MET_WITH", SUD, DAK, "واستقبل رئيس مجلس الوزراء", "2024"),
      ("LEADS", SUD, GOV, "رئيس مجلس الوزراء محمد"),
      ("VISITED", DAK, BAG, "المحافظ الجديد في بغداد", "2024"),
      ("REPORTED_BY", DAK, "outlet:rudaw", "وقال الدخيل"),
      ],
     {"source": "blind set (Rudaw-style)", "published": "2024"}),

    ("enDW3_un_envoy_al_hassan", "en",
     "BAGHDAD (Rudaw) - Mohammed al-Hassan, the Omani diplomat who replaced Jeanine "
     "Hennis-Plasschaert as head of the UN mission in Iraq, arrived in Baghdad on Sunday and was "
     "received by Prime Minister Mohammed Shia al-Sudani at the government palace.\n"
     "Sudani told the new envoy that Iraq wanted UNAMI's mandate to end by December 2025, his media "
     "office said. Al-Hassan and his deputy, Claudio Cordone, later held talks with Foreign Minister "
     "Fuad Hussein.\n"
     "The envoy is expected to travel to Najaf to meet Grand Ayatollah Ali al-Sistani. He has not yet "
     "met Kurdish leaders, and spoke with Kurdistan Region President Nechirvan Barzani by phone on "
     "Monday, Barzani's office said.",
     [("SUCCESSOR_OF", HAS, JHP, "who replaced Jeanine", "2024"),
      ("LEADS", HAS, "organization:unami", "head of the UN mission in Iraq"),
      ("LEADS", JHP, "organization:unami", "who replaced Jeanine"),
      ("VISITED", HAS, BAG, "arrived in Baghdad on Sunday", "2024"),
      ("MET_WITH", HAS, SUD, "received by Prime Minister", "2024"),
      ("LEADS", SUD, GOV, "received by Prime Minister"),
      ("MET_WITH", HAS, FUH, "later held talks with Foreign Minister", "2024"),
      ("MET_WITH", COR, FUH, "later held talks with Foreign Minister", "2024"),
      ("MEMBER_OF", COR, "organization:unami", "his deputy, Claudio Cordone"),
      ("LEADS", FUH, "organization:iraqi-foreign-ministry", "Foreign Minister Fuad"),
      ("LEADS", "person:nechirvan-barzani", "location:kurdistan-region", "Kurdistan Region President Nechirvan"),
      ],
     {"source": "blind set (Rudaw-style)", "published": "2024"}),

    ("arDW4_anbar_salahuddin_governors", "ar",
     "بغداد - العين الإخبارية\n"
     "صوّت مجلس محافظة الأنبار على اختيار محمد نوري الكربولي محافظاً للأنبار خلفاً لعلي فرحان "
     "الدليمي، الذي شغل المنصب منذ عام 2017.\n"
     "وفي صلاح الدين، انتخب المجلس بدر الفحل محافظاً بدلاً من عمار جبر، في جلسة قاطعها عدد من الأعضاء.\n"
     "ولم يلتق رئيس الجمهورية عبد اللطيف رشيد المحافظين الجديدين حتى الآن، بينما استقبل رئيس "
     "الوزراء محمد شياع السوداني الكربولي في بغداد، وأكد دعم حكومته للمحافظات المحررة. وقال "
     "الكربولي لـ\"العين الإخبارية\" إن ملف الإعمار سيكون على رأس أولوياته.\n"
     "وكان الدليمي قد استقبل في الرمادي، العام الماضي، قائد القيادة المركزية الأميركية الجنرال "
     "مايكل كوريلا خلال زيارة تفقد فيها قاعدة عين الأسد.",
     [("LEADS", KAR, "location:anbar", "محافظاً للأنبار"),
      ("SUCCESSOR_OF", KAR, DUL, "خلفاً لعلي فرحان", "2024"),
      ("LEADS", DUL, "location:anbar", "الذي شغل المنصب منذ"),
      ("LEADS", FAH, "location:salahuddin", "انتخب المجلس بدر الفحل"),
      ("SUCCESSOR_OF", FAH, JAB, "بدلاً من عمار جبر", "2024"),
      ("LEADS", JAB, "location:salahuddin", "بدلاً من عمار جبر"),
      ("LEADS", "person:abdul-latif-rashid", "country:iraq", "رئيس الجمهورية عبد اللطيف"),
      ("MET_WITH", SUD, KAR, "بينما استقبل رئيس", "2024"),
      ("LEADS", SUD, GOV, "الوزراء محمد شياع السوداني"),
      ("VISITED", KAR, BAG, "الكربولي في بغداد", "2024"),
      ("REPORTED_BY", KAR, "outlet:al-ain-news", "وقال الكربولي"),
      ("MET_WITH", DUL, "person:michael-kurilla", "قد استقبل في الرمادي", "2023"),
      ("VISITED", "person:michael-kurilla", "location:ramadi", "قد استقبل في الرمادي", "2023"),
      ("LEADS", "person:michael-kurilla", "organization:us-central-command", "قائد القيادة المركزية الأميركية"),
      ("VISITED", "person:michael-kurilla", "location:ain-al-asad-air-base", "تفقد فيها قاعدة عين الأسد", "2023"),
      ],
     {"source": "blind set (Al-Ain News-style)", "published": "2024"}),

    ("enDW5_larijani_in_baghdad", "en",
     "BAGHDAD (Middle East Eye) - Ali Larijani, who replaced Ali Akbar Ahmadian as secretary of Iran's "
     "Supreme National Security Council this month, arrived in Baghdad on Monday on his first foreign "
     "trip in the post.\n"
     "Larijani was received by Prime Minister Mohammed Shia al-Soudani and later signed a border "
     "security memorandum with National Security Adviser Qassim al-Araji, Iraqi officials said. He "
     "also met Hadi al-Amiri and Qais al-Khazali, the leader of Asaib Ahl al-Haq.\n"
     "Quds Force commander Ismail Qani, who travelled with Larijani, held separate talks with Amiri.\n"
     "Secretary of State Marco Rubio spoke to Soudani by phone before the trip and urged him not to "
     "sign the deal. Larijani told Al Mayadeen that Iran \"does not interfere\" in Iraqi affairs.",
     [("SUCCESSOR_OF", LAR, AHM, "who replaced Ali Akbar Ahmadian", "2025-08"),
      ("LEADS", LAR, "organization:supreme-national-security-council", "as secretary of Iran's"),
      ("LEADS", AHM, "organization:supreme-national-security-council", "who replaced Ali Akbar Ahmadian"),
      ("VISITED", LAR, BAG, "arrived in Baghdad on Monday", "2025-08-11"),
      ("MET_WITH", LAR, SUD, "Larijani was received by", "2025-08-11"),
      ("LEADS", SUD, GOV, "Larijani was received by"),
      ("MET_WITH", LAR, ARA, "security memorandum with", "2025-08-11"),
      ("MET_WITH", LAR, AMI, "also met Hadi al-Amiri", "2025-08-11"),
      ("MET_WITH", LAR, KHZ, "also met Hadi al-Amiri", "2025-08-11"),
      ("LEADS", KHZ, "organization:asaib-ahl-al-haq", "the leader of Asaib Ahl al-Haq"),
      ("LEADS", QAA, "organization:quds-force", "Quds Force commander Ismail"),
      ("MET_WITH", QAA, AMI, "held separate talks with Amiri", "2025-08-11"),
      ("VISITED", QAA, BAG, "who travelled with Larijani", "2025-08-11"),
      ("LEADS", "person:marco-rubio", "organization:us-state-department", "Secretary of State Marco"),
      ("REPORTED_BY", LAR, "outlet:al-mayadeen", "Larijani told Al Mayadeen"),
      ],
     {"source": "blind set (Middle East Eye-style)", "published": "2025-08-12"}),

    ("arDW6_kirkuk_rebwar_taha", "ar",
     "كركوك - الحرة\n"
     "انتخب مجلس محافظة كركوك، في جلسة عقدت في فندق الرشيد ببغداد، ريبوار طه، مرشح الاتحاد الوطني "
     "الكردستاني، محافظاً لكركوك، ليحل محل المحافظ بالوكالة راكان سعيد الجبوري الذي أدار المحافظة "
     "منذ عام 2017.\n"
     "كما انتخب المجلس محمد إبراهيم الحافظ رئيساً له، بعد أشهر من الخلافات بين الكتل الكردية "
     "والعربية والتركمانية.\n"
     "وقاطع الحزب الديمقراطي الكردستاني والجبهة التركمانية الجلسة، ووصف الجبوري الاجتماع بأنه "
     "\"غير قانوني\".\n"
     "وفي اليوم التالي، استقبل رئيس الاتحاد الوطني بافل طالباني المحافظ الجديد في السليمانية، "
     "فيما لم يعلّق مكتب رئيس الوزراء على الانتخاب.\n"
     "وكان الجبوري قد تولى إدارة المحافظة بعد إقالة المحافظ الكردي نجم الدين كريم عقب استفتاء "
     "الاستقلال في إقليم كردستان.",
     [("LOCATED_IN", "location:al-rashid-hotel", BAG, "فندق الرشيد ببغداد"),
      ("MEMBER_OF", REB, PUK, "مرشح الاتحاد الوطني"),
      ("LEADS", REB, "location:kirkuk", "محافظاً لكركوك"),
      ("SUCCESSOR_OF", REB, RAK, "ليحل محل المحافظ بالوكالة", "2024-08-10"),
      ("LEADS", RAK, "location:kirkuk", "الذي أدار المحافظة"),
      ("LEADS", HAF, "organization:kirkuk-provincial-council", "الحافظ رئيساً له"),
      ("MET_WITH", BAF, REB, "استقبل رئيس الاتحاد الوطني", "2024-08-11"),
      ("LEADS", BAF, PUK, "رئيس الاتحاد الوطني بافل"),
      ("VISITED", REB, "location:sulaymaniyah", "المحافظ الجديد في السليمانية", "2024-08-11"),
      ("SUCCESSOR_OF", RAK, "person:najmaldin-karim", "تولى إدارة المحافظة بعد إقالة", "2017-10"),
      ("LEADS", "person:najmaldin-karim", "location:kirkuk", "المحافظ الكردي نجم الدين"),
      ],
     {"source": "blind set (Alhurra-style)", "published": "2024-08-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDW")
