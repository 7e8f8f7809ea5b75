"""Blind set BH: Quds Force commander Qaani's visits 2020-2021 (Baghdad before the October 2020
truce, Beirut after the May 2021 Gaza war, Damascus and Albukamal after Fakhrizadeh's killing,
Erbil before the October 2021 election, Fayyadh sanctioned after receiving Ghaani, Baghdad before
the Pope's visit). Written and annotated blind (extractor neither read nor run).
Run: python3 /work/team/blind/setBH/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_bh/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_bj)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_bj import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent

ARTICLES = [
    ("enBH1_qaani_truce_baghdad", "en",
     "BAGHDAD, Oct 14 (Reuters) - The commander of Iran's Quds Force, Ismael Qaani, held talks "
     "in Baghdad last week with Badr Organization chief Hadi al-Amiri and Asaib Ahl al-Haq leader "
     "Qais al-Khaz'ali, days before armed factions announced a pause in rocket attacks on the U.S. "
     "embassy, two Iraqi officials said. Qaani, who took over the Revolutionary Guards' foreign "
     "arm after Qassim Sulaimani was killed in a U.S. strike at Baghdad airport in January, also "
     "met Kataib Hezbollah's leadership, one of the officials said. The conditional truce was "
     "announced on Sunday by Abu Ali al-Askari, the group's security official. \u201cThe Iranians "
     "told them: no more rockets until the American election,\u201d Hisham Dawood, an adviser to "
     "Prime Minister Mustafa Kadhimi, told Reuters. Secretary of State Mike Pompeo had warned "
     "Kadhimi in a phone call last month that Washington would close its embassy unless the "
     "attacks stopped.",
     [("LEADS", Q, QF, "The commander of Iran's Quds Force"),
      ("MET_WITH", Q, AMI, "held talks in Baghdad last week", "2020-10"),
      ("MET_WITH", Q, KHZ, "held talks in Baghdad last week", "2020-10"),
      ("VISITED", Q, BGD, "held talks in Baghdad last week", "2020-10"),
      ("LEADS", AMI, BADR, "Badr Organization chief Hadi"),
      ("LEADS", KHZ, AAH, "Asaib Ahl al-Haq leader"),
      ("SUCCESSOR_OF", Q, S, "who took over the Revolutionary Guards' foreign"),
      ("PART_OF", QF, IRGC, "the Revolutionary Guards' foreign arm"),
      ("ASSASSINATED_BY", S, US, "was killed in a U.S. strike", "2020-01-03"),
      ("MET_WITH", Q, KH, "met Kataib Hezbollah's leadership"),
      ("MEMBER_OF", "person:abu-ali-al-askari", KH, "the group's security official"),
      ("REPORTED_BY", "person:hisham-dawood", "outlet:reuters", "Kadhimi, told Reuters"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-10-14"}),

    ("arBH2_qaani_beirut_after_gaza", "ar",
     "بيروت ـ الميادين نت\n"
     "أفادت مصادر مطّلعة للميادين نت بأن قائد قوة القدس في الحرس الثوري الإيراني، العميد "
     "اسماعيل قآني، زار بيروت مطلع حزيران/يونيو الجاري، والتقى الأمين العام لحزب الله السيد حسن "
     "نصر الله، في أول زيارة معلنة له إلى لبنان منذ معركة «سيف القدس». وبحث قآني مع الأمين العام "
     "لحركة الجهاد الإسلامي زياد النخالة ونائب رئيس المكتب السياسي لحركة حماس صالح العاروري "
     "نتائج المواجهة الأخيرة في غزة، بحضور ممثل حماس في لبنان أحمد عبد الهادي. كما استقبله "
     "السفير الإيراني في بيروت محمد جلال فيروزنيا في مقر السفارة. وتسلّم قآني قيادة القوة بعد "
     "اغتيال الشهيد قاسم سليماني بغارة أميركية قرب مطار بغداد مطلع عام 2020. ونقلت المصادر عن "
     "قآني قوله إن «محور المقاومة بات أكثر تماسكاً من أي وقت مضى». ولم يصدر عن حزب الله أي "
     "تعليق على الزيارة.",
     [("LEADS", Q, QF, "قائد قوة القدس في الحرس"),
      ("PART_OF", QF, IRGC, "قوة القدس في الحرس الثوري الإيراني"),
      ("VISITED", Q, "location:beirut", "زار بيروت مطلع", "2021-06"),
      ("VISITED", Q, "country:lebanon", "أول زيارة معلنة له إلى لبنان", "2021-06"),
      ("MET_WITH", Q, NAS, "والتقى الأمين العام لحزب الله", "2021-06"),
      ("LEADS", NAS, HEZ, "الأمين العام لحزب الله السيد"),
      ("MET_WITH", Q, "person:ziad-al-nakhalah", "وبحث قآني مع الأمين العام", "2021-06"),
      ("LEADS", "person:ziad-al-nakhalah", "organization:palestinian-islamic-jihad",
       "لحركة الجهاد الإسلامي زياد"),
      ("MET_WITH", Q, "person:saleh-al-arouri", "وبحث قآني مع الأمين العام", "2021-06"),
      ("MEMBER_OF", "person:saleh-al-arouri", "organization:hamas", "ونائب رئيس المكتب السياسي"),
      ("MEMBER_OF", "person:ahmad-abdul-hadi", "organization:hamas", "ممثل حماس في لبنان"),
      ("MET_WITH", Q, "person:mohammad-jalal-firouznia", "كما استقبله", "2021-06"),
      ("SUCCESSOR_OF", Q, S, "وتسلّم قآني قيادة القوة"),
      ("LEADS", S, QF, "اغتيال الشهيد قاسم"),
      ("ASSASSINATED_BY", S, US, "بغارة أميركية قرب", "2020-01-03"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2021-06"}),

    ("enBH3_ghaani_damascus_albukamal", "en",
     "Quds Force commander Esmaeil Ghaani made a quiet trip to Syria in late November, Al-Monitor "
     "has learned, meeting Syrian Defense Minister Gen. Ali Abdullah Ayoub in Damascus and touring "
     "positions near the Iraqi border at Albukamal. The visit came days after the killing of "
     "nuclear scientist Mohsen Fakhrizadeh outside Tehran, which Iranian officials blamed on "
     "Israel. According to a regional source close to the so-called axis of resistance, Ghaani "
     "also met Ali Mamlouk, the head of Syria's National Security Bureau. The trip followed the "
     "departure of Brig. Gen. Javad Ghaffari, who had commanded the Revolutionary Guards' forces "
     "in Syria since 2016. Israeli jets have repeatedly struck militia positions around "
     "Albukamal this year. Ghaani, who succeeded Qasem Soleimani in January, has kept a far lower "
     "profile than his predecessor, whose killing in a US drone strike ordered by President Donald "
     "Trump upended Tehran's regional network.",
     [("LEADS", Q, QF, "Quds Force commander Esmaeil"),
      ("VISITED", Q, "country:syria", "made a quiet trip to Syria", "2020-11"),
      ("MET_WITH", Q, "person:ali-abdullah-ayoub", "meeting Syrian Defense Minister", "2020-11"),
      ("VISITED", Q, "location:damascus", "Ali Abdullah Ayoub in Damascus", "2020-11"),
      ("VISITED", Q, "location:albukamal", "touring positions near the Iraqi border", "2020-11"),
      ("MET_WITH", Q, "person:ali-mamlouk", "also met Ali Mamlouk", "2020-11"),
      ("LEADS", "person:ali-mamlouk", "organization:syrian-national-security-bureau",
       "the head of Syria's National Security Bureau"),
      ("MEMBER_OF", "person:javad-ghaffari", IRGC, "who had commanded the Revolutionary Guards'"),
      ("ATTACKED", "country:israel", "location:albukamal", "Israeli jets have repeatedly struck"),
      ("SUCCESSOR_OF", Q, S, "who succeeded Qasem Soleimani"),
      ("ASSASSINATED_BY", S, US, "in a US drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "ordered by President Donald", "2020-01-03"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2020-12"}),

    ("arBH4_qaani_erbil_before_vote", "ar",
     "أربيل (كوردستان24) - استقبل رئيس حكومة إقليم كوردستان مسرور بارزاني، مساء الأحد، قائد "
     "فيلق القدس الإيراني إسماعيل قاآني والوفد المرافق له، وبحث الجانبان الأوضاع الأمنية "
     "والانتخابات العراقية المقررة في العاشر من تشرين الأول المقبل. وحضر اللقاء القنصل الإيراني "
     "العام في أربيل نصر الله رشنودي. وقال المتحدث باسم حكومة الإقليم جوتيار عادل لكوردستان24 "
     "إن بارزاني شدد على «رفض استخدام أراضي الإقليم منطلقاً لتهديد دول الجوار». وجاءت زيارة "
     "قاآني إلى أربيل بعد أيام من هجوم بطائرات مسيّرة مفخخة استهدف مطار المدينة الدولي من دون أن "
     "تتبناه أي جهة. والتقى قاآني أيضاً رئيس الإقليم نيجيرفان بارزاني، فيما لم يُعقد لقاء مع رئيس "
     "الحزب الديمقراطي الكوردستاني مسعود بارزاني بسبب وجوده خارج المدينة. ويتولى قاآني قيادة "
     "الفيلق منذ مقتل سلفه قاسم سليماني بضربة أميركية أمر بها الرئيس الأميركي السابق دونالد "
     "ترامب مطلع 2020.",
     [("LEADS", "person:masrour-barzani", "organization:kurdistan-regional-government",
       "رئيس حكومة إقليم كوردستان مسرور"),
      ("MET_WITH", "person:masrour-barzani", Q, "استقبل رئيس حكومة", "2021-09"),
      ("LEADS", Q, QF, "فيلق القدس الإيراني إسماعيل"),
      ("MEMBER_OF", "person:jotiar-adil", "organization:kurdistan-regional-government",
       "المتحدث باسم حكومة الإقليم"),
      ("REPORTED_BY", "person:jotiar-adil", "outlet:kurdistan24", "جوتيار عادل لكوردستان24"),
      ("VISITED", Q, "location:erbil", "قاآني إلى أربيل", "2021-09"),
      ("MET_WITH", Q, NECH, "والتقى قاآني أيضاً رئيس", "2021-09"),
      ("LEADS", NECH, "location:kurdistan-region", "رئيس الإقليم نيجيرفان"),
      ("LEADS", MAS, KDP, "الحزب الديمقراطي الكوردستاني مسعود"),
      ("SUCCESSOR_OF", Q, S, "منذ مقتل سلفه"),
      ("LEADS", S, QF, "مقتل سلفه قاسم سليماني"),
      ("ASSASSINATED_BY", S, US, "بضربة أميركية أمر بها", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "أمر بها الرئيس", "2020-01-03"),
      ("LEADS", T, US, "الرئيس الأميركي السابق"),
      ],
     {"source": "blind set (Kurdistan24 Arabic-style)", "published": "2021-09"}),

    ("enBH5_fayyadh_sanctioned_after_ghaani", "en",
     "The US Treasury on Friday imposed sanctions on Falih Al Fayyadh, the chairman of Iraq's "
     "Popular Mobilisation Forces, accusing him of overseeing the killing of protesters in 2019. "
     "The move came a week after Mr Al Fayyadh received Esmail Ghaani, the commander of Iran's "
     "Quds Force, at the PMF headquarters in Baghdad, according to two officials in the umbrella "
     "group. The head of the US Treasury, Steven Mnuchin, said Washington would \u201chold "
     "accountable those responsible for the violence\u201d. Mr Ghaani took over the Quds Force after "
     "a US drone strike killed his predecessor Qassem Suleimani and the PMF's deputy chief, Abu "
     "Mahdi Al Muhandis, outside Baghdad airport on January 3 last year. Mr Al Fayyadh was "
     "replaced as national security adviser last July by Qassim Al Araji, a Badr Organisation "
     "veteran. Iraq's Foreign Ministry said it was \u201csurprised\u201d by the decision. Mr Al "
     "Fayyadh met Prime Minister Mustafa Al Kadhimi hours later, his office said.",
     [("LEADS", FAY, PMF, "the chairman of Iraq's"),
      ("MET_WITH", FAY, Q, "Mr Al Fayyadh received Esmail Ghaani", "2021-01"),
      ("LEADS", Q, QF, "the commander of Iran's"),
      ("VISITED", Q, BGD, "at the PMF headquarters in Baghdad", "2021-01"),
      ("LEADS", "person:steven-mnuchin", "organization:us-treasury-department",
       "The head of the US Treasury"),
      ("SUCCESSOR_OF", Q, S, "Mr Ghaani took over the Quds Force"),
      ("LEADS", S, QF, "killed his predecessor"),
      ("ASSASSINATED_BY", S, US, "a US drone strike killed", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "a US drone strike killed", "2020-01-03"),
      ("MEMBER_OF", M, PMF, "the PMF's deputy chief"),
      ("SUCCESSOR_OF", "person:qassim-al-araji", FAY, "replaced as national security adviser"),
      ("MEMBER_OF", "person:qassim-al-araji", BADR, "a Badr Organisation"),
      ("MET_WITH", FAY, K, "Fayyadh met Prime Minister", "2021-01"),
      ],
     {"source": "blind set (The National-style)", "published": "2021-01-08"}),

    ("arBH6_qaani_baghdad_before_pope", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "كشفت مصادر سياسية عراقية أن قائد «فيلق القدس» إسماعيل قاءاني زار بغداد سراً قبل أيام من "
     "وصول البابا فرنسيس، والتقى رئيسَ «هيئة الحشد الشعبي» فالح الفياض وزعيمَ «منظمة بدر» هادي "
     "العامري، وطلب منهما ضمان «هدنة» تمتد طوال زيارة الحبر الأعظم. وأضافت المصادر أن قاءاني "
     "اجتمع أيضاً بقادة في «كتائب حزب الله» التي لوّحت بالتصعيد بعد هجوم صاروخي على قاعدة عين "
     "الأسد بالأنبار، رغم نفيها المسؤولية عنه. وكان بابا الفاتيكان قد التقى المرجع الشيعي علي "
     "السيستاني في منزله بالنجف، في لقاء وصفه الكاظمي بـ«التاريخي». ويقول مقربون من الفصائل إن "
     "قاءاني، الذي خَلَفَ سليماني، لا يملك «كاريزما» سلفه الذي قُتل مع أبي مهدي المهندس بصواريخ "
     "طائرة أميركية مسيّرة قبل 14 شهراً.",
     [("LEADS", Q, QF, "قائد «فيلق القدس» إسماعيل"),
      ("VISITED", Q, BGD, "زار بغداد سراً", "2021-03"),
      ("MET_WITH", Q, FAY, "والتقى رئيسَ", "2021-03"),
      ("LEADS", FAY, PMF, "رئيسَ «هيئة الحشد الشعبي» فالح"),
      ("MET_WITH", Q, AMI, "والتقى رئيسَ", "2021-03"),
      ("LEADS", AMI, BADR, "وزعيمَ «منظمة بدر»"),
      ("MET_WITH", Q, KH, "اجتمع أيضاً بقادة", "2021-03"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar", "الأسد بالأنبار"),
      ("MET_WITH", "person:pope-francis", "person:ali-al-sistani", "قد التقى المرجع الشيعي",
       "2021-03-06"),
      ("LEADS", "person:pope-francis", "organization:holy-see", "وكان بابا الفاتيكان"),
      ("VISITED", "person:pope-francis", "location:najaf", "في منزله بالنجف", "2021-03-06"),
      ("SUCCESSOR_OF", Q, S, "الذي خَلَفَ سليماني"),
      ("ASSASSINATED_BY", S, US, "طائرة أميركية مسيّرة", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "طائرة أميركية مسيّرة", "2020-01-03"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2021-03"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBH")
