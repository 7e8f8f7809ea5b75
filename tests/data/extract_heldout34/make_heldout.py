"""Blind set AI: Iraq's neighbours (Turkish transport minister in Baghdad, Kuwaiti foreign
minister in Baghdad, Syria's al-Shaibani in Baghdad, a Turkish drone strike in Sulaymaniyah
province, Masrour Barzani in Amman, the new Turkish ambassador presents credentials).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAI/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout34/make_heldout.py
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
URA, YAH, SHA = "person:abdulkadir-uraloglu", "person:abdullah-al-yahya", "person:asaad-al-shaibani"
MAS, JH, INAN = "person:masrour-barzani", "person:jafar-hassan", "person:anil-bora-inan"
JOR, TUR = "country:jordan", "country:turkey"

ARTICLES = [
    ("enAI1_uraloglu_development_road", "en",
     "ANKARA (AA) - Turkish Transport and Infrastructure Minister Abdulkadir Uraloglu met Iraqi "
     "Prime Minister Mohammed Shia al-Sudani in Baghdad on Wednesday to review progress on the "
     "Development Road, the planned $17 billion trade corridor linking Iraq's Grand Faw port to the "
     "Turkish border. Uraloglu, who arrived in the Iraqi capital at the head of a technical "
     "delegation, also held talks with his Iraqi counterpart Razzaq Muhibis al-Saadawi, the "
     "ministry said in a statement. The two ministers discussed the route of the railway through "
     "northern Iraq and the financing of the project, which Qatar and the United Arab Emirates "
     "have also joined. Separately, a drone strike on a car near the town of Sinjar on Monday "
     "killed two people; no party claimed responsibility. Uraloglu is expected to travel to Erbil "
     "later this month to meet officials of the Kurdistan Regional Government.",
     [("MET_WITH", URA, SUD, "met Iraqi", "2024-05-22"),
      ("LEADS", SUD, IRAQ, "Prime Minister Mohammed Shia al-Sudani in Baghdad"),
      ("VISITED", URA, BGD, "in Baghdad on Wednesday", "2024-05-22"),
      ("MET_WITH", URA, "person:razzaq-muhibis-al-saadawi", "also held talks with his Iraqi",
       "2024-05-22")],
     {"source": "Anadolu Agency", "published": "2024-05-22"}),

    ("arAI2_kuwaiti_fm_in_baghdad", "ar",
     "بغداد/ شفق نيوز- وصل وزير الخارجية الكويتي عبد الله اليحيا، يوم الأحد، إلى العاصمة "
     "العراقية بغداد في زيارة رسمية هي الأولى له منذ تسلّمه حقيبة الخارجية خلفاً للشيخ سالم عبد "
     "الله الجابر الصباح. واستقبل نائب رئيس الوزراء وزير الخارجية فؤاد حسين نظيرَه الكويتي في "
     "مقر الوزارة، حيث بحثا ملف ترسيم الحدود البحرية واتفاقية خور عبد الله وقضية المفقودين "
     "الكويتيين. ثم التقى اليحيا رئيسَ مجلس الوزراء محمد شياع السوداني، وسلّمه رسالة خطية من "
     "أمير الكويت الشيخ مشعل الأحمد الجابر الصباح تتضمن دعوة لزيارة الكويت. وقال متحدث باسم "
     "الخارجية العراقية لشفق نيوز إن «الأجواء كانت إيجابية»، فيما أعلنت الخارجية الكويتية أن "
     "الوزير قد يزور أربيل في وقت لاحق، من دون تحديد موعد.",
     [("VISITED", YAH, BGD, "وصل وزير الخارجية الكويتي", "2024-09-08"),
      ("SUCCESSOR_OF", YAH, "person:salem-abdullah-al-jaber-al-sabah", "خلفاً للشيخ سالم"),
      ("MET_WITH", FUAD, YAH, "واستقبل نائب رئيس الوزراء", "2024-09-08"),
      ("MET_WITH", YAH, SUD, "ثم التقى اليحيا", "2024-09-08"),
      ("LEADS", "person:meshal-al-ahmad-al-jaber-al-sabah", "country:kuwait", "أمير الكويت الشيخ")],
     {"source": "Shafaq News", "published": "2024-09-08"}),

    ("enAI3_shaibani_in_baghdad", "en",
     "Syria's Foreign Minister Asaad Al Shaibani arrived in Baghdad on Friday on the first visit by "
     "a senior official of the new Syrian government since the fall of Bashar Al Assad in "
     "December. Mr Al Shaibani was received by Iraqi Prime Minister Mohammed Shia Al Sudani and "
     "later held talks with Foreign Minister Fuad Hussein, Iraq's Foreign Ministry said. Iraq's "
     "intelligence chief travelled to Damascus in December, but Baghdad has remained wary of the "
     "new authorities led by Syria's interim President Ahmed Al Shara. \"We discussed border "
     "security and the threat of ISIS cells in the desert,\" Iraqi Foreign Ministry spokesman Ahmed "
     "Al Sahaf told The National. Mr Al Sudani has not yet met Mr Al Shara; officials said an "
     "invitation to the Arab League summit that Baghdad will host in May had been extended, but "
     "it was not clear whether the Syrian leader would attend.",
     [("VISITED", SHA, BGD, "arrived in Baghdad on Friday", "2025-03-14"),
      ("MET_WITH", SHA, SUD, "was received by Iraqi", "2025-03-14"),
      ("LEADS", SUD, IRAQ, "Iraqi Prime Minister Mohammed Shia Al Sudani"),
      ("MET_WITH", SHA, FUAD, "later held talks with Foreign", "2025-03-14"),
      ("LEADS", "person:ahmed-al-sharaa", "country:syria", "Syria's interim President"),
      ("MEMBER_OF", "person:ahmed-al-sahaf", "organization:iraqi-foreign-ministry",
       "Iraqi Foreign Ministry spokesman"),
      ("REPORTED_BY", "person:ahmed-al-sahaf", "outlet:the-national", "told The National")],
     {"source": "The National", "published": "2025-03-14"}),

    ("arAI4_turkish_drone_sulaymaniyah", "ar",
     "السليمانية - روداو: قُتل ثلاثة من عناصر حزب العمال الكوردستاني، بينهم القيادي دلشاد أحمد، "
     "بغارة لطائرة مسيّرة تركية استهدفت سيارتهم على طريق جبلي في محافظة السليمانية مساء "
     "الأربعاء، بحسب ما أفادت مصادر أمنية. وقال محافظ السليمانية هفال أبو بكر لروداو إن «هذه "
     "الهجمات المتكررة تعرّض حياة المدنيين للخطر، وعلى الحكومة الاتحادية أن تتحرك». وفي حادثة "
     "منفصلة، سقطت طائرة مسيّرة مجهولة قرب مطار عربت الزراعي من دون أن تتبنّى أي جهة الهجوم. "
     "وفي أربيل، استقبل وزير الداخلية في حكومة إقليم كوردستان ريبر أحمد، القنصلَ التركي العام "
     "أردم توزلو، وبحث معه أمن المناطق الحدودية وعودة النازحين إلى قراهم. ولم تعلّق وزارة الدفاع "
     "التركية على الغارة حتى ساعة إعداد هذا الخبر.",
     [("MEMBER_OF", "person:dilshad-ahmed", "organization:pkk", "بينهم القيادي"),
      ("ASSASSINATED_BY", "person:dilshad-ahmed", TUR, "بغارة لطائرة مسيّرة تركية"),
      ("LEADS", "person:havel-abu-bakr", "location:sulaymaniyah", "محافظ السليمانية هفال"),
      ("REPORTED_BY", "person:havel-abu-bakr", "outlet:rudaw", "أبو بكر لروداو"),
      ("MET_WITH", "person:reber-ahmed", "person:erdem-tozlu", "استقبل وزير الداخلية"),
      ("MEMBER_OF", "person:reber-ahmed", KRG, "في حكومة إقليم كوردستان ريبر")],
     {"source": "Rudaw (Arabic)", "published": "2024-08-15"}),

    ("enAI5_masrour_barzani_amman", "en",
     "ERBIL (Kurdistan24) - Kurdistan Region Prime Minister Masrour Barzani met King Abdullah II of "
     "Jordan in Amman on Monday, where the two leaders discussed regional developments and the "
     "situation in Syria, according to a KRG statement. Barzani, who arrived in the Jordanian "
     "capital on Sunday, also held talks with Jordanian Prime Minister Jafar Hassan, who took "
     "office in September after replacing Bisher Al-Khasawneh. Jordan's Foreign Minister Ayman "
     "Safadi was present at the meeting with the king. Barzani was accompanied by KRG Minister of "
     "Planning Dara Rashid, who discussed trade and the transit of goods through Jordan with his "
     "Jordanian counterparts. KRG spokesperson Peshawa Hawramani told Kurdistan24 that the visit "
     "aimed to \"open new markets for the Kurdistan Region.\" A planned stop in Cairo was "
     "postponed, he added.",
     [("LEADS", MAS, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("MET_WITH", MAS, "person:abdullah-ii", "met King Abdullah II", "2024-12-09"),
      ("LEADS", "person:abdullah-ii", JOR, "King Abdullah II of Jordan"),
      ("VISITED", MAS, "location:amman", "who arrived in the Jordanian capital", "2024-12-08"),
      ("MET_WITH", MAS, JH, "also held talks with Jordanian", "2024-12-09"),
      ("LEADS", JH, JOR, "Jordanian Prime Minister Jafar"),
      ("SUCCESSOR_OF", JH, "person:bisher-al-khasawneh", "after replacing Bisher", "2024-09"),
      ("LEADS", "person:bisher-al-khasawneh", JOR, "replacing Bisher Al-Khasawneh"),
      ("MEMBER_OF", "person:dara-rashid", KRG, "KRG Minister of Planning"),
      ("VISITED", "person:dara-rashid", "location:amman", "Barzani was accompanied by", "2024-12-09"),
      ("MEMBER_OF", "person:peshawa-hawramani", KRG, "KRG spokesperson"),
      ("REPORTED_BY", "person:peshawa-hawramani", "outlet:kurdistan24", "told Kurdistan24")],
     {"source": "Kurdistan24", "published": "2024-12-09"}),

    ("arAI6_turkish_ambassador_credentials", "ar",
     "بغداد: «الشرق الأوسط» استقبل رئيس الجمهورية عبد اللطيف جمال رشيد، أمس، في قصر السلام "
     "ببغداد، السفيرَ التركي الجديد لدى العراق أنيل بورا إنان، الذي قدّم أوراق اعتماده، ليخلف "
     "بذلك السفير علي رضا غوناي. ونقل إنان تحيات الرئيس التركي رجب طيب أردوغان، مؤكداً حرص "
     "أنقرة على المضي في مشروع «طريق التنمية». وكان السفير قد التقى قبل ذلك وزيرَ الخارجية فؤاد "
     "حسين، وبحث معه ملف المياه والعمليات العسكرية التركية في شمال العراق. وكانت الخارجية "
     "العراقية قد استدعت غوناي صيف 2022 عقب قصف منتجع برخ في زاخو، الذي اتهمت بغداد أنقرة "
     "بتنفيذه ونفت الأخيرة أي صلة به. ومن المقرر أن يزور إنان أربيل الأسبوع المقبل للقاء رئيس "
     "إقليم كردستان نيجيرفان بارزاني.",
     [("MET_WITH", "person:abdul-latif-rashid", INAN, "استقبل رئيس الجمهورية", "2023-11-20"),
      ("LOCATED_IN", "location:al-salam-palace", BGD, "في قصر السلام"),
      ("SUCCESSOR_OF", INAN, "person:ali-riza-guney", "ليخلف"),
      ("LEADS", "person:recep-tayyip-erdogan", TUR, "الرئيس التركي رجب"),
      ("MET_WITH", INAN, FUAD, "وكان السفير قد التقى"),
      ("LEADS", "person:nechirvan-barzani", "location:kurdistan-region", "إقليم كردستان نيجيرفان")],
     {"source": "Asharq Al-Awsat", "published": "2023-11-21"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAI")
