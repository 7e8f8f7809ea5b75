"""Blind set CT: Iranian leaders abroad, the Kurdish capital and the Guards' dead, 2019-2024:
Rouhani's first visit to Iraq, ending with an audience with Sistani in Najaf (AP-style, Mar
2019); Amir-Abdollahian received by Mohammed bin Salman in Jeddah after talks in Riyadh, with the
Beijing signing and Shamkhani's replacement as background (Asharq Al-Awsat-style Arabic, Aug
2023); the Tehran funeral of the five Guards killed in Mezzeh, Qa'ani's meeting with the Syrian
ambassador and a phone call (Reuters-style, Jan 2024); Pezeshkian in Erbil, received by Nechirvan
Barzani, after Baghdad (Rudaw-style Arabic, Sept 2024); Fakhrizadeh's funeral and the unclaimed
ambush (AP-style, Nov 2020); Nasrallah's eulogy revealing Zahedi's seat on Hezbollah's Shura
Council and a successor not yet named (Al-Akhbar-style Arabic, Apr 2024).
Style: en/ar alternating; "was received by", "received ... at his residence", a signing as a
meeting, "took over ... after", a stated agent in background sentences beside killings blamed
but not claimed; a phone call "but did not travel"; a planned onward stop (no visit).
Spellings: Qa'ani / Ghaani, Suleimani, Amirabdollahian / أمير عبد اللهيان.
Written and annotated blind (extractor neither read nor run).
A DEV set since session 12 (measured once blind, then opened; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ct/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ct import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, US = "country:iran", "country:iraq", "country:united-states"
IFM, SNSC = "organization:iranian-foreign-ministry", "organization:supreme-national-security-council"
IRGC, QF = "organization:irgc", "organization:quds-force"
KRG, KRP = "organization:kurdistan-regional-government", "organization:kurdistan-region-presidency"
ROU, SIS, SALIH, AAM = ("person:hassan-rouhani", "person:ali-al-sistani", "person:barham-salih",
                        "person:adil-abdul-mahdi")
HALB, ZAR, HAKIM = "person:mohammed-al-halbousi", "person:mohammad-javad-zarif", "person:mohamed-ali-alhakim"
TRUMP, SOL, Q = "person:donald-trump", "person:qasem-soleimani", "person:esmail-qaani"
MBS, AMA, FBF, RAI = ("person:mohammed-bin-salman", "person:hossein-amir-abdollahian",
                      "person:faisal-bin-farhan", "person:ebrahim-raisi")
SHAM, AIBAN, AHM = "person:ali-shamkhani", "person:musaed-al-aiban", "person:ali-akbar-ahmadian"
SALAMI, OMID, DAY, MEK = ("person:hossein-salami", "person:hojjatollah-omidvar", "person:shafiq-dayoub",
                          "person:faisal-mekdad")
PEZ, NECH, MASR, ARA = ("person:masoud-pezeshkian", "person:nechirvan-barzani", "person:masrour-barzani",
                        "person:abbas-araghchi")
SAFEEN, SUD = "person:safeen-dizayee", "person:mohammed-shia-al-sudani"
FAKH, HAT = "person:mohsen-fakhrizadeh", "person:amir-hatami"
NAS, ZAH = "person:hassan-nasrallah", "person:mohammad-reza-zahedi"
MOD = "organization:iranian-defence-ministry"

ARTICLES = [
    ("enCT1_rouhani_baghdad_najaf", "en",
     "NAJAF, Iraq (AP) - Iranian President Hassan Rouhani was received by Iraq's top Shiite cleric, "
     "Grand Ayatollah Ali al-Sistani, in the holy city of Najaf on Wednesday, wrapping up his first "
     "official visit to Iraq since taking office in 2013.\n"
     "Al-Sistani's office said the reclusive cleric told his visitor that Iraq's sovereignty must "
     "be respected and that weapons should be in the hands of the state alone.\n"
     "Rouhani arrived in Baghdad on Monday and held talks with President Barham Salih and Prime "
     "Minister Adel Abdul-Mahdi, signing agreements on trade, oil and a railway linking the southern "
     "city of Basra with the Iranian border town of Shalamcheh. Parliament Speaker Mohammed "
     "al-Halbousi received the Iranian leader at his residence on Tuesday.\n"
     "Foreign Minister Mohammad Javad Zarif, who arrived a day ahead of the delegation, met his "
     "Iraqi counterpart Mohamed Ali Alhakim and told reporters the two countries would waive visa "
     "fees.\n"
     "The visit came less than three months after U.S. President Donald Trump made an unannounced "
     "trip to an American base in western Iraq, where he met no Iraqi officials. Quds Force "
     "commander Qassem Soleimani, seen as Tehran's point man on Iraq, was not part of the official "
     "delegation.",
     [("LEADS", ROU, IRAN, "Iranian President Hassan Rouhani"),
      ("MET_WITH", ROU, SIS, "was received by Iraq's top Shiite cleric", "2019-03-13"),
      ("VISITED", ROU, "location:najaf", "in the holy city of Najaf", "2019-03-13"),
      ("VISITED", ROU, "location:baghdad", "Rouhani arrived in Baghdad on Monday", "2019-03-11"),
      ("MET_WITH", ROU, SALIH, "held talks with President Barham", "2019-03-11"),
      ("LEADS", SALIH, IRAQ, "President Barham Salih"),
      ("MET_WITH", ROU, AAM, "Minister Adel Abdul-Mahdi", "2019-03-11"),
      ("LEADS", AAM, "organization:iraqi-government", "Minister Adel Abdul-Mahdi"),
      ("LOCATED_IN", "location:shalamcheh", IRAN, "the Iranian border town of Shalamcheh"),
      ("MET_WITH", HALB, ROU, "received the Iranian leader at his residence", "2019-03-12"),
      ("LEADS", HALB, "organization:iraqi-parliament", "Parliament Speaker Mohammed"),
      ("LEADS", ZAR, IFM, "Foreign Minister Mohammad Javad Zarif"),
      ("MET_WITH", ZAR, HAKIM, "met his Iraqi counterpart", "2019-03-10"),
      ("LEADS", HAKIM, "organization:iraqi-foreign-ministry", "Iraqi counterpart Mohamed Ali"),
      ("VISITED", TRUMP, IRAQ, "an American base in western Iraq", "2018-12-26"),
      ("LEADS", TRUMP, US, "U.S. President Donald Trump"),
      ("LEADS", SOL, QF, "Quds Force commander Qassem"),
      ],
     {"source": "blind set (AP-style)", "published": "2019-03-13"}),

    ("arCT2_amirabdollahian_jeddah_riyadh", "ar",
     "جدة - «الشرق الأوسط» - استقبل ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان، "
     "الجمعة في جدة، وزير الخارجية الإيراني حسين أمير عبد اللهيان، في أرفع لقاء بين مسؤولي البلدين "
     "منذ استئناف العلاقات الدبلوماسية في آذار الماضي.\n"
     "وكان الوزير الإيراني قد وصل إلى الرياض الخميس، حيث عقد جلسة مباحثات مع نظيره الأمير فيصل بن "
     "فرحان، وأكد الجانبان في مؤتمر صحافي مشترك التزامهما بتنفيذ اتفاق بكين.\n"
     "ونقل أمير عبد اللهيان إلى ولي العهد رسالة من الرئيس إبراهيم رئيسي تتضمن دعوة لزيارة طهران، "
     "من دون أن يُحدَّد موعد لها.\n"
     "وكان أمين المجلس الأعلى للأمن القومي الإيراني علي شمخاني قد وقّع اتفاق استئناف العلاقات في "
     "بكين مع مستشار الأمن الوطني السعودي مساعد العيبان، قبل أن يخلفه علي أكبر أحمديان في منصبه "
     "في أيار. وأعادت إيران فتح سفارتها في الرياض في حزيران، فيما لم يلتقِ عبد اللهيان خلال "
     "زيارته وزير الدفاع السعودي.",
     [("MET_WITH", MBS, AMA, "استقبل ولي العهد السعودي", "2023-08-18"),
      ("VISITED", AMA, "location:jeddah", "الجمعة في جدة", "2023-08-18"),
      ("LEADS", AMA, IFM, "وزير الخارجية الإيراني حسين"),
      ("VISITED", AMA, "location:riyadh", "قد وصل إلى الرياض", "2023-08-17"),
      ("MET_WITH", AMA, FBF, "جلسة مباحثات مع نظيره", "2023-08-17"),
      ("LEADS", FBF, "organization:saudi-foreign-ministry", "نظيره الأمير فيصل"),
      ("LEADS", RAI, IRAN, "الرئيس إبراهيم رئيسي"),
      ("MET_WITH", SHAM, AIBAN, "قد وقّع اتفاق استئناف العلاقات", "2023-03-10"),
      ("LEADS", SHAM, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني"),
      ("VISITED", SHAM, "location:beijing", "قد وقّع اتفاق استئناف العلاقات", "2023-03-10"),
      ("VISITED", AIBAN, "location:beijing", "قد وقّع اتفاق استئناف العلاقات", "2023-03-10"),
      ("SUCCESSOR_OF", AHM, SHAM, "قبل أن يخلفه علي أكبر", "2023-05-22"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style Arabic)", "published": "2023-08-19"}),

    ("enCT3_mezzeh_funeral_qaani", "en",
     "DUBAI, Jan 22 (Reuters) - Thousands of mourners in Tehran on Monday joined the funeral of five "
     "Revolutionary Guards members killed on Saturday in a strike on a building in Damascus' Mezzeh "
     "district, chanting \"Death to Israel\".\n"
     "Quds Force commander Esmail Qa'ani and the Guards' commander-in-chief Hossein Salami walked "
     "behind the coffins, state television showed. Among the dead was Hojjatollah Omidvar, who "
     "headed the intelligence unit of the Quds Force in Syria, the Guards said.\n"
     "\"The Zionist regime will pay for this crime,\" Salami said. Iran blamed Israel for the "
     "attack; the Israeli military declined to comment, in line with its policy on strikes in "
     "Syria.\n"
     "Syria's ambassador to Iran, Shafiq Dayoub, attended the ceremony and later met Qa'ani, the "
     "Syrian embassy said. Syrian Foreign Minister Faisal Mekdad spoke by phone with Iran's foreign "
     "minister, Hossein Amirabdollahian, but did not travel to Tehran.\n"
     "The strike was the deadliest on Iranian personnel in Syria since Sayyed Razi Mousavi, a "
     "veteran adviser, was killed in Sayyida Zeinab on Dec. 25 in what Tehran called an Israeli air "
     "strike.\n"
     "Qa'ani, who took over the Quds Force after Qassem Soleimani was killed in a U.S. drone strike "
     "in Baghdad in January 2020, rarely appears in public.",
     [("LOCATED_IN", "location:mezzeh", "location:damascus", "a building in Damascus' Mezzeh"),
      ("LEADS", Q, QF, "Quds Force commander Esmail Qa'ani"),
      ("LEADS", SALAMI, IRGC, "the Guards' commander-in-chief Hossein"),
      ("MEMBER_OF", OMID, QF, "headed the intelligence unit of the Quds Force"),
      ("MET_WITH", Q, DAY, "later met Qa'ani", "2024-01-22"),
      ("LEADS", MEK, "organization:syrian-foreign-ministry", "Syrian Foreign Minister Faisal"),
      ("LEADS", AMA, IFM, "Iran's foreign minister, Hossein"),
      ("SUCCESSOR_OF", Q, SOL, "took over the Quds Force after", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, US, "was killed in a U.S. drone strike", "2020-01-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-01-22"}),

    ("arCT4_pezeshkian_erbil", "ar",
     "أربيل - «روداو» - وصل الرئيس الإيراني مسعود بزشكيان، الخميس، إلى أربيل في المحطة الثانية من "
     "أول جولة خارجية له منذ توليه الرئاسة، وكان في استقباله في المطار رئيس إقليم كردستان نيجيرفان "
     "بارزاني.\n"
     "وعقد الجانبان اجتماعاً موسعاً في مقر رئاسة الإقليم، تحدث خلاله بزشكيان باللغة الكردية قائلاً "
     "إن «أربيل ليست غريبة علينا». وبحث بزشكيان بعد ذلك مع رئيس حكومة الإقليم مسرور بارزاني ملفات "
     "الطاقة والتجارة وتنفيذ الاتفاق الأمني الموقع بين بغداد وطهران في آذار 2023.\n"
     "ورافق الرئيس الإيراني في الزيارة وزير الخارجية عباس عراقجي، الذي التقى بدوره رئيس دائرة "
     "العلاقات الخارجية في حكومة الإقليم سفين دزيي.\n"
     "وكان بزشكيان قد أمضى يوماً في بغداد أجرى خلاله مباحثات مع رئيس الوزراء محمد شياع السوداني، "
     "ويتوجه مساء إلى البصرة قبل العودة إلى طهران.\n"
     "وتأتي الزيارة بعد ثمانية أشهر من الضربة الصاروخية التي شنها الحرس الثوري على منزل في أربيل "
     "في كانون الثاني، والتي أثارت أزمة بين بغداد وطهران. وتولى بزشكيان منصبه في تموز خلفاً "
     "لإبراهيم رئيسي، الذي لقي حتفه في تحطم مروحية في أيار.",
     [("LEADS", PEZ, IRAN, "الرئيس الإيراني مسعود"),
      ("VISITED", PEZ, "location:erbil", "إلى أربيل في المحطة الثانية", "2024-09-12"),
      ("MET_WITH", PEZ, NECH, "وكان في استقباله في المطار", "2024-09-12"),
      ("LEADS", NECH, KRP, "رئيس إقليم كردستان نيجيرفان"),
      ("MET_WITH", PEZ, MASR, "وبحث بزشكيان بعد ذلك مع", "2024-09-12"),
      ("LEADS", MASR, KRG, "رئيس حكومة الإقليم مسرور"),
      ("MET_WITH", ARA, SAFEEN, "الذي التقى بدوره", "2024-09-12"),
      ("LEADS", ARA, IFM, "وزير الخارجية عباس"),
      ("MEMBER_OF", SAFEEN, KRG, "العلاقات الخارجية في حكومة الإقليم سفين"),
      ("VISITED", PEZ, "location:baghdad", "قد أمضى يوماً في بغداد", "2024-09-11"),
      ("MET_WITH", PEZ, SUD, "أجرى خلاله مباحثات مع", "2024-09-11"),
      ("LEADS", SUD, "organization:iraqi-government", "رئيس الوزراء محمد شياع"),
      ("ATTACKED", IRGC, "location:erbil", "التي شنها الحرس الثوري", "2024-01-15"),
      ("SUCCESSOR_OF", PEZ, RAI, "خلفاً لإبراهيم رئيسي", "2024-07-28"),
      ],
     {"source": "blind set (Rudaw-style Arabic)", "published": "2024-09-12"}),

    ("enCT5_fakhrizadeh_funeral", "en",
     "TEHRAN, Iran (AP) - Iran on Monday buried Mohsen Fakhrizadeh, the scientist who Western "
     "officials say led its military nuclear program until the early 2000s, at a ceremony at the "
     "Defense Ministry attended by top commanders, three days after he was killed in an ambush "
     "outside Tehran.\n"
     "Defense Minister Amir Hatami, under whom Fakhrizadeh served as a deputy minister and head of "
     "the ministry's research organization, known by its Persian acronym SPND, vowed to continue "
     "his work. The Revolutionary Guards' chief, Hossein Salami, and Quds Force commander Esmail "
     "Ghaani stood by the coffin.\n"
     "Ali Shamkhani, the secretary of the Supreme National Security Council, said the attackers had "
     "used \"electronic equipment\" and that no one was at the scene, and blamed Israel and the "
     "exiled opposition group Mujahedeen-e-Khalq. Israel has declined to comment.\n"
     "President Hassan Rouhani also accused Israel of acting as a \"mercenary\" for the United "
     "States. Iran's U.N. ambassador, Majid Takht-Ravanchi, wrote to the secretary-general "
     "demanding that the killing be condemned.\n"
     "Fakhrizadeh is the most prominent Iranian killed since Gen. Qassem Suleimani died in a U.S. "
     "drone strike at Baghdad's airport in January, an attack President Donald Trump ordered.",
     [("LEADS", HAT, MOD, "Defense Minister Amir Hatami"),
      ("MEMBER_OF", FAKH, MOD, "served as a deputy minister"),
      ("LEADS", FAKH, "organization:spnd", "head of the ministry's research"),
      ("PART_OF", "organization:spnd", MOD, "known by its Persian acronym SPND"),
      ("LEADS", SALAMI, IRGC, "The Revolutionary Guards' chief, Hossein"),
      ("LEADS", Q, QF, "Quds Force commander Esmail"),
      ("LEADS", SHAM, SNSC, "the secretary of the Supreme National Security Council"),
      ("LEADS", ROU, IRAN, "President Hassan Rouhani"),
      ("ASSASSINATED_BY", SOL, US, "died in a U.S.", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "an attack President Donald Trump ordered", "2020-01-03"),
      ("LEADS", TRUMP, US, "an attack President Donald Trump ordered"),
      ],
     {"source": "blind set (AP-style)", "published": "2020-11-30"}),

    ("arCT6_zahedi_shura_council", "ar",
     "بيروت - «الأخبار» - كشف الأمين العام لـ«حزب الله» السيد حسن نصر الله، في كلمة متلفزة لمناسبة "
     "يوم القدس، أن العميد محمد رضا زاهدي، القائد في فيلق القدس الذي قضى في الغارة على القنصلية "
     "الإيرانية في دمشق، كان عضواً في مجلس شورى الحزب، وأنه «الإيراني الوحيد الذي جلس فيه».\n"
     "وقال نصر الله إنه التقى زاهدي في بيروت قبل أيام من استشهاده، مؤكداً أن «الرد الإيراني آتٍ لا "
     "محالة» وأن الحزب «لن يكون طرفاً في تحديد توقيته».\n"
     "وفي طهران، شُيّع زاهدي ومساعده العميد محمد هادي حاجي رحيمي بمشاركة قائد الحرس الثوري اللواء "
     "حسين سلامي، الذي حمّل إسرائيل المسؤولية، فيما امتنعت تل أبيب عن التعليق. ونُقل جثمان زاهدي "
     "بعدها إلى مسقط رأسه أصفهان.\n"
     "وكان زاهدي قد تولى ملف سوريا ولبنان في فيلق القدس منذ سنوات، بعد قيادته القوات البرية للحرس "
     "بين 2005 و2008.\n"
     "ولم يُعلن الحرس الثوري حتى الآن اسم خليفة زاهدي، في حين رجّحت وسائل إعلام إيرانية أن يتولى "
     "المنصب أحد نوابه.",
     [("LEADS", NAS, "organization:hezbollah", "كشف الأمين العام"),
      ("MEMBER_OF", ZAH, QF, "القائد في فيلق القدس الذي"),
      ("LOCATED_IN", "location:iranian-consulate-damascus", "location:damascus", "الإيرانية في دمشق"),
      ("MEMBER_OF", ZAH, "organization:hezbollah-shura-council", "كان عضواً في مجلس شورى الحزب"),
      ("MET_WITH", NAS, ZAH, "إنه التقى زاهدي في بيروت", "2024-03"),
      ("VISITED", ZAH, "location:beirut", "إنه التقى زاهدي في بيروت", "2024-03"),
      ("LEADS", SALAMI, IRGC, "قائد الحرس الثوري اللواء"),
      ("LEADS", ZAH, "organization:irgc-ground-forces", "بعد قيادته القوات البرية للحرس"),
      ],
     {"source": "blind set (Al-Akhbar-style Arabic)", "published": "2024-04-06"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCT")
