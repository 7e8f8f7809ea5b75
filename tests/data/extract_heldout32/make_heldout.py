"""Blind set AG: the seed world retold years later (fifth anniversary of the airport strike,
Qaani's five years at the Quds Force, Qaani in Sulaymaniyah, the PMF anniversary in Baghdad,
an analysis of Qaani and Iraq's prime ministers, the Kerman anniversary).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAG/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout32/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AI")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M = "person:abu-mahdi-al-muhandis"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"
USAF, BGD, IRAN, IRAQ = "organization:us-armed-forces", "location:baghdad", "country:iran", "country:iraq"
SUD, FAY = "person:mohammed-shia-al-sudani", "person:falih-al-fayyadh"
BAG, GS = "person:mohammad-bagheri", "organization:iranian-armed-forces-general-staff"
KRG, FUAD = "organization:kurdistan-regional-government", "person:fuad-hussein"
AM, MUH = "person:abdul-aziz-al-muhammadawi", "person:robert-obrien"

ARTICLES = [
    ("enAG1_fifth_anniversary_airport_road", "en",
     "BAGHDAD (AP) — Thousands of supporters of Iraq's Iran-allied militias marched Friday along "
     "Baghdad's airport road to mark five years since a U.S. drone strike killed Iranian Gen. "
     "Kasem Soleimani and Iraqi militia leader Abu Mahdi Al-Mohandes. The strike, ordered by "
     "then-President Donald Trump, hit their convoy minutes after Soleimani landed from Damascus "
     "on Jan. 3, 2020. Robert O'Brien, Trump's national security adviser at the time, told CBS "
     "News days later that the president had acted on \"imminent\" threats. Soleimani's deputy, "
     "Esmaeil Qa'ani, was named within hours to replace him at the head of the Revolutionary "
     "Guard's Quds Force. Qa'ani, who keeps a far lower profile, was not seen at Friday's rally. "
     "The Popular Mobilization Forces' chief of staff, Abdul-Aziz al-Mohammadawi, who succeeded "
     "Al-Mohandes in that post, laid a wreath at the site.",
     [("ASSASSINATED_BY", S, US, "a U.S. drone strike killed Iranian", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "and Iraqi militia leader Abu Mahdi", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "ordered by then-President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "hit their convoy", "2020-01-03"),
      ("VISITED", S, BGD, "Soleimani landed from Damascus", "2020-01-03"),
      ("REPORTED_BY", MUH, "outlet:cbs-news", "told CBS"),
      ("SUCCESSOR_OF", Q, S, "was named within hours to replace him", "2020-01-03"),
      ("LEADS", Q, QF, "at the head of the Revolutionary"),
      ("LEADS", S, QF, "Soleimani's deputy"),
      ("PART_OF", QF, IRGC, "Guard's Quds Force"),
      ("MEMBER_OF", AM, PMF, "Forces' chief of staff"),
      ("SUCCESSOR_OF", AM, M, "who succeeded Al-Mohandes"),
      ("MEMBER_OF", M, PMF, "Al-Mohandes in that post")],
     {"source": "AP", "published": "2025-01-03"}),

    ("arAG2_qaani_five_years_profile", "ar",
     "خمس سنوات على تولّي العميد اسماعيل قآني قيادة قوة القدس في حرس الثورة الإسلامية خلفاً "
     "للشهيد الفريق قاسم سليماني، الذي اغتالته القوات الأميركية قرب مطار بغداد فجر الثالث من "
     "كانون الثاني/يناير 2020. وخلال هذه السنوات زار قآني العاصمةَ العراقية مرات عدة، كان آخرها "
     "الشهر الماضي حين استقبله رئيس الوزراء العراقي محمد شياع السوداني في مكتبه، والتقى بعدها "
     "زعيمَ ائتلاف النصر حيدر العبادي ورئيسَ هيئة الحشد الشعبي فالح الفياض. ويقول مقرّبون منه "
     "إن الرجل، الذي عمل نائباً لسليماني أكثر من عشرين عاماً، يفضّل العمل بعيداً من الأضواء. "
     "وقال ممثل المرشد الأعلى في قوة القدس حجة الإسلام علي شيرازي للميادين إن قآني «حافظ على "
     "النهج نفسه». ولم يُعلن عن لقاء بينه وبين السيد مقتدى الصدر، رغم تقارير تحدثت عن وساطة "
     "يقودها هادي العامري بين الرجلين.",
     [("LEADS", Q, QF, "تولّي العميد اسماعيل"),
      ("PART_OF", QF, IRGC, "قوة القدس في حرس الثورة"),
      ("SUCCESSOR_OF", Q, S, "خلفاً للشهيد"),
      ("ASSASSINATED_BY", S, USAF, "الذي اغتالته القوات الأميركية", "2020-01-03"),
      ("VISITED", Q, BGD, "زار قآني العاصمةَ"),
      ("MET_WITH", Q, SUD, "حين استقبله رئيس الوزراء"),
      ("LEADS", SUD, IRAQ, "رئيس الوزراء العراقي محمد"),
      ("MET_WITH", Q, "person:haider-al-abadi", "زعيمَ ائتلاف النصر"),
      ("LEADS", "person:haider-al-abadi", "organization:nasr-coalition", "ائتلاف النصر حيدر"),
      ("MET_WITH", Q, FAY, "ورئيسَ هيئة الحشد"),
      ("LEADS", FAY, PMF, "هيئة الحشد الشعبي فالح"),
      ("MEMBER_OF", "person:ali-shirazi", QF, "ممثل المرشد الأعلى في قوة القدس"),
      ("REPORTED_BY", "person:ali-shirazi", "outlet:al-mayadeen", "علي شيرازي للميادين")],
     {"source": "Al Mayadeen", "published": "2025-01-02"}),

    ("enAG3_qaani_sulaimani_stop", "en",
     "SULAIMANI, Kurdistan Region - Iran's Quds Force chief Ismael Qaani made an unannounced stop "
     "in Sulaimani on Tuesday, where he met Patriotic Union of Kurdistan (PUK) President Bafel "
     "Talabani at his residence in Dabashan, a PUK official told Rudaw. Saadi Ahmed Pira, "
     "spokesperson of the PUK politburo, confirmed the meeting but declined to discuss its agenda. "
     "Kurdistan Region Deputy Prime Minister Qubad Talabani was also present. Qaani, who took the "
     "helm of the Revolutionary Guards' foreign arm after Qasem Suleimani was killed in a US strike "
     "at Baghdad airport in 2020, has visited the city several times. An aide said the general "
     "had hoped to see Kurdistan Democratic Party (KDP) leader Masoud Barzani in Erbil, but no "
     "such meeting took place. The visit came weeks after an Iranian missile strike on Erbil that "
     "the KDP condemned as an attack on the Kurdistan Region's sovereignty.",
     [("LEADS", Q, QF, "Quds Force chief Ismael"),
      ("VISITED", Q, "location:sulaymaniyah", "made an unannounced stop"),
      ("MET_WITH", Q, "person:bafel-talabani", "where he met Patriotic"),
      ("LEADS", "person:bafel-talabani", "organization:patriotic-union-of-kurdistan",
       "(PUK) President Bafel"),
      ("MEMBER_OF", "person:saadi-ahmed-pira", "organization:patriotic-union-of-kurdistan",
       "spokesperson of the PUK politburo"),
      ("MEMBER_OF", "person:qubad-talabani", KRG, "Deputy Prime Minister Qubad"),
      ("SUCCESSOR_OF", Q, S, "who took the"),
      ("PART_OF", QF, IRGC, "Revolutionary Guards' foreign arm"),
      ("ASSASSINATED_BY", S, US, "killed in a US strike", "2020-01-03"),
      ("LEADS", "person:masoud-barzani", "organization:kurdistan-democratic-party",
       "(KDP) leader Masoud"),
      ("ATTACKED", IRAN, "location:erbil", "an Iranian missile strike on Erbil")],
     {"source": "Rudaw English", "published": "2024-02-20"}),

    ("arAG4_pmf_anniversary_baghdad", "ar",
     "بغداد/ شفق نيوز- أحيت هيئة الحشد الشعبي، يوم الخميس، الذكرى السنوية لاغتيال نائب رئيسها "
     "أبي مهدي المهندس وقائد فيلق القدس الإيراني قاسم سُليماني، اللذين قُتلا بغارة أمريكية قرب "
     "مطار بغداد الدولي مطلع عام 2020. وشارك في المراسم محافظ بغداد عطوان العطواني، إلى جانب "
     "رئيس أركان الهيئة عبد العزيز المحمداوي (أبو فدك)، الذي تولى المنصب بعد مقتل المهندس. "
     "وقال العطواني لشفق نيوز إن «دماء القادة لن تذهب هدراً، والقضاء العراقي مطالب بحسم الملف». "
     "وكانت محكمة تحقيق الرصافة قد أصدرت مذكرة قبض بحق ترامب على خلفية الحادثة. وفي وقت لاحق من "
     "اليوم نفسه، استقبل العطواني في مبنى المحافظة السفيرَ الإيراني محمد كاظم آل صادق، وبحثا "
     "التحضيرات لزيارة الأربعين وتسهيل دخول الزائرين الإيرانيين.",
     [("MEMBER_OF", M, PMF, "نائب رئيسها"),
      ("LEADS", S, QF, "وقائد فيلق القدس الإيراني"),
      ("ASSASSINATED_BY", M, US, "بغارة أمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "اللذين قُتلا", "2020-01-03"),
      ("LEADS", "person:atwan-al-atwani", BGD, "محافظ بغداد عطوان"),
      ("MEMBER_OF", AM, PMF, "رئيس أركان الهيئة"),
      ("SUCCESSOR_OF", AM, M, "الذي تولى المنصب بعد مقتل"),
      ("REPORTED_BY", "person:atwan-al-atwani", "outlet:shafaq-news", "وقال العطواني لشفق"),
      ("MET_WITH", "person:atwan-al-atwani", "person:mohammad-kazem-al-e-sadegh",
       "استقبل العطواني")],
     {"source": "Shafaq News", "published": "2025-01-02"}),

    ("enAG5_qaani_and_iraqi_premiers", "en",
     "Five years into his tenure, Esmail Qaani has dealt with three Iraqi prime ministers, and his "
     "record with each says much about Tehran's shrinking leverage. Qaani, who inherited the Quds "
     "Force after Qassim Sulaimani was killed in a drone strike, first met Mustafa al-Kazemi in "
     "Baghdad in the spring of 2020, weeks before parliament confirmed al-Kazemi's cabinet, "
     "according to two Iraqi officials. With Mohammed Shia al-Sudani, who replaced al-Kazemi as "
     "Iraq's prime minister in October 2022, relations have been smoother: the Iranian general has "
     "been received by Sudani at least four times. \"Qaani does not dictate the way Soleimani did; "
     "he negotiates,\" Hamdi Malik, an associate fellow at the Washington Institute, told "
     "Al-Monitor. Qaani also met Asaib Ahl al-Haq leader Qais al-Khazali during a 2023 visit, but "
     "a planned sit-down with Kurdistan Region President Nechirvan Barzani was shelved.",
     [("SUCCESSOR_OF", Q, S, "who inherited the Quds"),
      ("LEADS", Q, QF, "inherited the Quds Force after"),
      ("MET_WITH", Q, K, "first met Mustafa al-Kazemi", "2020-04"),
      ("VISITED", Q, BGD, "Baghdad in the spring of 2020", "2020-04"),
      ("SUCCESSOR_OF", SUD, K, "who replaced al-Kazemi", "2022-10"),
      ("LEADS", SUD, IRAQ, "Iraq's prime minister in October"),
      ("LEADS", K, IRAQ, "replaced al-Kazemi as Iraq's"),
      ("MET_WITH", Q, SUD, "has been received by Sudani"),
      ("MEMBER_OF", "person:hamdi-malik", "organization:washington-institute",
       "associate fellow at the Washington Institute"),
      ("REPORTED_BY", "person:hamdi-malik", "outlet:al-monitor", "told Al-Monitor"),
      ("MET_WITH", Q, "person:qais-al-khazali", "Qaani also met Asaib"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq",
       "Asaib Ahl al-Haq leader Qais"),
      ("LEADS", "person:nechirvan-barzani", "location:kurdistan-region",
       "Kurdistan Region President Nechirvan")],
     {"source": "Al-Monitor", "published": "2025-01-06"}),

    ("arAG6_kerman_anniversary", "ar",
     "كرمان - تسنيم: أحيا الآلاف، اليوم الجمعة، الذكرى الخامسة لاستشهاد الحاج قاسم سليماني عند "
     "مرقده في مدينة كرمان، بحضور قائد قوة القدس العميد إسماعيل قاآني وقائد الحرس الثوري اللواء "
     "حسين سلامي. وقال قاآني في كلمته إن «أمريكا التي اغتالت الحاج قاسم بأمر من رئيسها المجرم "
     "ترامب لم تحقق أياً من أهدافها في المنطقة». وعلى هامش المراسم، التقى قاآني الأمينَ العام "
     "لحركة النجباء العراقية الشيخ أكرم الكعبي، الذي وصل إلى كرمان على رأس وفد من فصائل "
     "المقاومة. كما استقبل محافظ كرمان محمد علي طالبي الوفدَ العراقي ورئيسه. وشهدت المراسم "
     "إجراءات أمنية مشددة، بعد تفجيرين انتحاريين تبنّاهما تنظيم داعش قرب المرقد في الذكرى "
     "الرابعة وأوديا بحياة نحو تسعين شخصاً.",
     [("LEADS", Q, QF, "قائد قوة القدس العميد"),
      ("LEADS", "person:hossein-salami", IRGC, "وقائد الحرس الثوري اللواء"),
      ("ASSASSINATED_BY", S, US, "أمريكا التي اغتالت", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "بأمر من رئيسها", "2020-01-03"),
      ("LEADS", T, US, "رئيسها المجرم"),
      ("MET_WITH", Q, "person:akram-al-kaabi", "التقى قاآني الأمينَ", "2025-01-03"),
      ("LEADS", "person:akram-al-kaabi", "organization:harakat-al-nujaba", "لحركة النجباء العراقية"),
      ("VISITED", "person:akram-al-kaabi", "location:kerman", "الذي وصل إلى كرمان", "2025-01-03"),
      ("MET_WITH", "person:mohammad-ali-talebi", "person:akram-al-kaabi", "كما استقبل محافظ"),
      ("LEADS", "person:mohammad-ali-talebi", "location:kerman", "محافظ كرمان محمد"),
      ("ATTACKED", "organization:islamic-state", "location:kerman", "تبنّاهما تنظيم داعش")],
     {"source": "Tasnim (Arabic)", "published": "2025-01-03"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAG")
