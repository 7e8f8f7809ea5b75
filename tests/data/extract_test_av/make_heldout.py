"""Blind set AV: Quds Force officials in Baghdad and Erbil, 2021-2022: Qa'ani after the October
2021 election, Qaani received by Masoud Barzani during the 2022 deadlock, Qaani in Baghdad after
the Erbil airport rockets (Feb 2021), Qaani in Baghdad after the Sadrists stormed parliament
(July 2022), Quds Force deputy Fallahzadeh with the PMF leadership, ambassador Masjedi in Erbil.
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAV/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_av/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU", "AX"
)

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, AAM = "person:abu-mahdi-al-muhandis", "person:adil-abdul-mahdi"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"
KH, AAH = "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq"
FAY, FADAK = "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi"
SUD, AMI = "person:mohammed-shia-al-sudani", "person:hadi-al-amiri"
USAF, IRAN, IRAQ = "organization:us-armed-forces", "country:iran", "country:iraq"
BGD = "location:baghdad"

ARTICLES = [
    ("enAV1_qaani_after_election", "en",
     "BAGHDAD, Oct 20 (Reuters) - The commander of Iran's Quds Force, Esmaeil Qa'ani, held talks "
     "in Baghdad late on Tuesday with Hadi al-Ameri, whose Iran-backed Fatah alliance lost more "
     "than half its seats in the Oct. 10 parliamentary election, two officials close to the "
     "alliance said. Qa'ani, who took over the Revolutionary Guards' foreign arm after Kasem "
     "Soleimani was killed in a U.S. strike at Baghdad airport in January 2020, also met Popular "
     "Mobilisation Forces chairman Faleh al-Fayadh at the PMF's headquarters, one of the officials "
     "said. Fatah supporters have camped outside the Green Zone since the results were announced, "
     "accusing the election commission of fraud. The head of the Independent High Electoral "
     "Commission, Judge Jalil Adnan Khalaf, told Reuters the count had been \u201ctransparent.\u201d "
     "A meeting between the Iranian general and Shi'ite cleric Moqtada al-Sadr, whose movement won "
     "the most seats, did not take place, a Sadrist aide said.",
     [("LEADS", Q, QF, "The commander of Iran's Quds Force"),
      ("MET_WITH", Q, AMI, "held talks \nin Baghdad".replace(" \n", " ")),
      ("VISITED", Q, BGD, "in Baghdad late on Tuesday", "2021-10-19"),
      ("LEADS", AMI, "organization:fatah-alliance", "whose Iran-backed Fatah alliance"),
      ("SUPPORTS", IRAN, "organization:fatah-alliance", "Iran-backed Fatah alliance"),
      ("SUCCESSOR_OF", Q, S, "took over the Revolutionary Guards' foreign arm"),
      ("PART_OF", QF, IRGC, "the Revolutionary Guards' foreign arm"),
      ("ASSASSINATED_BY", S, US, "killed in a U.S. strike", "2020-01-03"),
      ("MET_WITH", Q, FAY, "also met Popular", "2021-10-19"),
      ("LEADS", FAY, PMF, "also met Popular"),
      ("LEADS", "person:jalil-adnan-khalaf", "organization:iraqi-high-electoral-commission",
       "The head of the Independent High Electoral"),
      ("REPORTED_BY", "person:jalil-adnan-khalaf", "outlet:reuters", "told Reuters the count"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-10-20"}),

    ("arAV2_qaani_barzani_erbil", "ar",
     "أربيل – رووداو\n"
     "استقبل رئيس الحزب الديمقراطي الكوردستاني مسعود بارزاني، مساء الأحد في مصيف صلاح الدين، "
     "قائدَ فيلق القدس الإيراني إسماعيل قاآني، في زيارة لم يُعلن عنها مسبقاً إلى إقليم كوردستان. "
     "وقال المتحدث باسم الحزب الديمقراطي محمود محمد لرووداو إن بارزاني أبلغ ضيفه أن تحالف «إنقاذ "
     "وطن» مع التيار الصدري وتحالف السيادة «ليس موجهاً ضد أحد». وبحسب مصادر مطلعة، حمل قاآني "
     "رسالة من قوى الإطار التنسيقي تطالب الديمقراطي بفك تحالفه مع مقتدى الصدر، كما التقى رئيسَ "
     "حكومة الإقليم مسرور بارزاني. وتأتي الزيارة بعد أيام من قرار المحكمة الاتحادية استبعاد مرشح "
     "الحزب لرئاسة الجمهورية هوشيار زيباري، وزير الخارجية الأسبق. ويُعد قاآني، الذي خلف قاسم "
     "سليماني بعد اغتياله بضربة أميركية قرب مطار بغداد مطلع 2020، أرفع مسؤول أمني إيراني يزور "
     "أربيل منذ سنوات.",
     [("LEADS", "person:masoud-barzani", "organization:kurdistan-democratic-party",
       "استقبل رئيس الحزب الديمقراطي"),
      ("MET_WITH", "person:masoud-barzani", Q, "استقبل رئيس الحزب الديمقراطي", "2022-02-20"),
      ("LEADS", Q, QF, "قائدَ فيلق القدس الإيراني"),
      ("VISITED", Q, "location:kurdistan-region", "زيارة لم يُعلن عنها مسبقاً إلى إقليم",
       "2022-02-20"),
      ("MEMBER_OF", "person:mahmoud-mohammed", "organization:kurdistan-democratic-party",
       "المتحدث باسم الحزب الديمقراطي"),
      ("REPORTED_BY", "person:mahmoud-mohammed", "outlet:rudaw", "محمود محمد لرووداو"),
      ("MET_WITH", Q, "person:masrour-barzani", "كما التقى رئيسَ", "2022-02-20"),
      ("LEADS", "person:masrour-barzani", "organization:kurdistan-regional-government",
       "كما التقى رئيسَ"),
      ("MEMBER_OF", "person:hoshyar-zebari", "organization:kurdistan-democratic-party",
       "مرشح \nالحزب لرئاسة".replace(" \n", " ")),
      ("SUCCESSOR_OF", Q, S, "الذي خلف قاسم"),
      ("ASSASSINATED_BY", S, US, "بضربة أميركية قرب", "2020-01-03"),
      ("VISITED", Q, "location:erbil", "يزور \nأربيل".replace(" \n", " ")),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2022-02-21"}),

    ("enAV3_qaani_after_erbil_rockets", "en",
     "Iran's Quds Force commander Ismael Qaani made a quiet trip to Baghdad last week, days after "
     "a rocket attack on Erbil International Airport killed a foreign contractor working with the "
     "US-led coalition, according to two Iraqi political sources. Qaani met Prime Minister "
     "Mustafa Kadhimi and, separately, leaders of Kataib Hezbollah and Asaib Ahl al-Haq, urging "
     "the factions to halt attacks while Tehran sounds out the Biden administration, the "
     "sources told Al-Monitor. The Feb. 15 attack was claimed by a little-known group "
     "calling itself Saraya Awliya al-Dam, which Iraqi officials regard as a front for larger "
     "factions. Col. Wayne Marotto, the coalition's spokesman, said 14 rockets were fired at the "
     "airport, which hosts coalition troops. Qaani has struggled to match the authority of his "
     "predecessor, Qassim Suleimani, who was killed alongside Abu Mahdi al-Muhandis in a 2020 "
     "drone strike ordered by then-President Donald Trump.",
     [("LEADS", Q, QF, "Iran's Quds Force commander Ismael"),
      ("VISITED", Q, BGD, "made a quiet trip to Baghdad", "2021-02"),
      ("MET_WITH", Q, K, "Qaani met Prime Minister", "2021-02"),
      ("MET_WITH", Q, KH, "leaders of Kataib Hezbollah", "2021-02"),
      ("MET_WITH", Q, AAH, "leaders of Kataib Hezbollah", "2021-02"),
      ("ATTACKED", "organization:saraya-awliya-al-dam", "location:erbil-airport",
       "was claimed by a little-known group", "2021-02-15"),
      ("MEMBER_OF", "person:wayne-marotto", "organization:international-coalition",
       "the coalition's spokesman"),
      ("LOCATED_IN", "organization:international-coalition", "location:erbil-airport",
       "which hosts coalition troops"),
      ("SUCCESSOR_OF", Q, S, "predecessor, Qassim Suleimani"),
      ("ASSASSINATED_BY", S, T, "ordered by then-President", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "ordered by then-President", "2020-01-03"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2021-02-25"}),

    ("arAV4_qaani_parliament_sitin", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "كشفت مصادر سياسية عراقية أن قائد «فيلق القدس» الإيراني إسماعيل قاآني وصل إلى بغداد، مساء "
     "السبت، بعد ساعات من اقتحام أنصار «التيار الصدري» مبنى البرلمان في المنطقة الخضراء، وعقد "
     "اجتماعاً مع زعيم «ائتلاف دولة القانون» نوري المالكي ورئيس «تحالف الفتح» هادي العامري. "
     "وأضافت المصادر أن قاآني نقل إلى قادة «الإطار التنسيقي» رغبة طهران في «تجنب الصدام» مع "
     "أنصار الصدر، من دون أن يطالب بسحب ترشيح محمد شياع السوداني لرئاسة الحكومة. في المقابل، قال "
     "النائب الأول لرئيس مجلس النواب حاكم الزاملي، القيادي في التيار، لـ«الشرق الأوسط» إن "
     "«الاعتصام مستمر حتى تتحقق المطالب». ولم يلتقِ قاآني الصدرَ خلال الزيارة، بحسب مقربين من "
     "زعيم التيار. ويتولى قاآني قيادة الفيلق منذ اغتيال سلفه قاسم سُليماني ونائب رئيس هيئة الحشد "
     "أبي مهدي المهندس بغارة أميركية في كانون الثاني (يناير) 2020.",
     [("LEADS", Q, QF, "قائد «فيلق القدس» الإيراني"),
      ("VISITED", Q, BGD, "وصل إلى بغداد", "2022-07-30"),
      ("MET_WITH", Q, "person:nouri-al-maliki", "وعقد \nاجتماعاً".replace(" \n", " "),
       "2022-07-30"),
      ("MET_WITH", Q, AMI, "ورئيس «تحالف الفتح»", "2022-07-30"),
      ("LEADS", "person:nouri-al-maliki", "organization:state-of-law-coalition",
       "زعيم «ائتلاف دولة القانون»"),
      ("LEADS", AMI, "organization:fatah-alliance", "ورئيس «تحالف الفتح»"),
      ("MEMBER_OF", "person:hakim-al-zamili", "organization:iraqi-parliament",
       "النائب الأول لرئيس مجلس النواب"),
      ("MEMBER_OF", "person:hakim-al-zamili", "organization:sadrist-movement",
       "القيادي في التيار"),
      ("REPORTED_BY", "person:hakim-al-zamili", "outlet:asharq-al-awsat", "لـ«الشرق الأوسط» إن"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement",
       "بحسب مقربين من \nزعيم التيار".replace(" \n", " ")),
      ("SUCCESSOR_OF", Q, S, "منذ اغتيال سلفه"),
      ("LEADS", S, QF, "منذ اغتيال سلفه"),
      ("ASSASSINATED_BY", S, US, "بغارة أميركية في كانون", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "بغارة أميركية في كانون", "2020-01-03"),
      ("MEMBER_OF", M, PMF, "ونائب رئيس هيئة الحشد"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2022-07-31"}),

    ("enAV5_fallahzadeh_pmu_baghdad", "en",
     "TEHRAN (Tasnim) \u2013 Deputy Commander of the IRGC Quds Force Brigadier General Mohammad Reza "
     "Fallahzadeh held talks with senior commanders of Iraq's Popular Mobilization Units (PMU) "
     "during a visit to Baghdad on Monday. In the meeting, Fallahzadeh and PMU Chairman Falih "
     "al-Fayyadh discussed the anti-terror force's role in securing the border with Syria. The "
     "Iranian general was also received by PMU Chief of Staff Abdul Aziz al-Mohammadawi, known as "
     "Abu Fadak, who took the post after Abu Mahdi al-Mohandes was martyred alongside General "
     "Qasem Soleimani in the US terrorist attack at Baghdad airport. A senior Badr Organization "
     "leader, Mohammed Mahdi al-Bayati, attended part of the talks. Fallahzadeh, who had served "
     "as Soleimani's deputy for Syria, replaced General Mohammad Hejazi as deputy commander of "
     "the Quds Force after Hejazi's death in April 2021.",
     [("MEMBER_OF", "person:mohammad-reza-fallahzadeh", QF, "Deputy Commander of the IRGC Quds"),
      ("PART_OF", QF, IRGC, "Deputy Commander of the IRGC Quds"),
      ("VISITED", "person:mohammad-reza-fallahzadeh", BGD, "during a visit to Baghdad"),
      ("MET_WITH", "person:mohammad-reza-fallahzadeh", PMF, "held talks with senior commanders"),
      ("MET_WITH", "person:mohammad-reza-fallahzadeh", FAY, "Fallahzadeh and PMU Chairman"),
      ("LEADS", FAY, PMF, "Fallahzadeh and PMU Chairman"),
      ("MET_WITH", "person:mohammad-reza-fallahzadeh", FADAK, "was also received by PMU Chief"),
      ("MEMBER_OF", FADAK, PMF, "was also received by PMU Chief"),
      ("SUCCESSOR_OF", FADAK, M, "who took the post after Abu Mahdi"),
      ("MEMBER_OF", M, PMF, "who took the post after Abu Mahdi"),
      ("ASSASSINATED_BY", M, US, "in the US terrorist attack", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "in the US terrorist attack", "2020-01-03"),
      ("MEMBER_OF", "person:mohammed-mahdi-al-bayati", "organization:badr-organization",
       "A senior Badr Organization"),
      ("SUCCESSOR_OF", "person:mohammad-reza-fallahzadeh", "person:mohammad-hejazi",
       "replaced General Mohammad Hejazi", "2021-04"),
      ("MEMBER_OF", "person:mohammad-hejazi", QF, "replaced General Mohammad Hejazi"),
      ],
     {"source": "blind set (Tasnim English-style)", "published": "2022-06"}),

    ("arAV6_masjedi_erbil", "ar",
     "أربيل (كوردستان24)- استقبل رئيس إقليم كوردستان نيجيرفان بارزاني، اليوم الثلاثاء، السفير "
     "الإيراني لدى العراق إيرج مسجدي والقنصل العام الإيراني في أربيل نصر الله رشنودي، وبحث معهما "
     "العلاقات بين الإقليم والجمهورية الإسلامية وأمن الحدود المشتركة. وكان مسجدي قد وصل إلى أربيل "
     "صباحاً قادماً من بغداد، حيث التقى رئيس الوزراء مصطفى الكاظمي الأسبوع الماضي. ومسجدي، الذي "
     "خلف حسن دانائي فر سفيراً لدى العراق عام 2017، ضابط سابق في الحرس الثوري وعمل مستشاراً "
     "لقائد فيلق القدس الراحل قاسم سليماني، الذي اغتالته الولايات المتحدة بطائرة مسيّرة في بغداد. "
     "وكانت واشنطن قد فرضت عقوبات على مسجدي، متهمة إياه بالإشراف على تدريب فصائل عراقية مسلحة. "
     "وأفادت الرئاسة بأن اللقاء تطرق أيضاً إلى الهجمات بالطائرات المسيّرة على مطار أربيل الدولي، "
     "والتي لم تتبنّها أي جهة.",
     [("LEADS", "person:nechirvan-barzani", "location:kurdistan-region", "استقبل رئيس إقليم"),
      ("MET_WITH", "person:nechirvan-barzani", "person:iraj-masjedi", "استقبل رئيس إقليم"),
      ("MET_WITH", "person:nechirvan-barzani", "person:nasrollah-rashnoudi", "استقبل رئيس إقليم"),
      ("VISITED", "person:iraj-masjedi", "location:erbil", "قد وصل إلى أربيل"),
      ("MET_WITH", "person:iraj-masjedi", K, "حيث التقى رئيس الوزراء"),
      ("SUCCESSOR_OF", "person:iraj-masjedi", "person:hassan-danaeifar", "خلف حسن دانائي فر",
       "2017"),
      ("MEMBER_OF", "person:iraj-masjedi", IRGC, "ضابط سابق في الحرس الثوري"),
      ("LEADS", S, QF, "لقائد فيلق القدس الراحل"),
      ("ASSASSINATED_BY", S, US, "الذي اغتالته الولايات المتحدة", "2020-01-03"),
      ],
     {"source": "blind set (Kurdistan24 Arabic-style)", "published": "2021-06"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAV")
