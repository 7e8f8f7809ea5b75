"""Blind set AL: killings and successions across the "axis" (the Houthi chief of staff
al-Ghamari and al-Madani, Abbas al-Musawi and Nasrallah, the IRGC intelligence chief Kazemi
and Khademi, Nabil Qaouk, the Hamas leadership received by Khamenei, Saleh al-Sammad and
Mahdi al-Mashat).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAL/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout37/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AL")

ISR, IDF = "country:israel", "organization:israel-defense-forces"
HEZ, HAM, HOU = "organization:hezbollah", "organization:hamas", "organization:houthis"
IRGC, IRAN = "organization:irgc", "country:iran"
NAS, MUS = "person:hassan-nasrallah", "person:abbas-al-musawi"
AMH, HAY = "person:abdul-malik-al-houthi", "person:khalil-al-hayya"
DAR, JAB = "person:mohammed-darwish", "person:zaher-jabarin"
KHA, KAZ = "person:majid-khademi", "person:mohammad-kazemi"
INT = "organization:irgc-intelligence-organization"
SPC = "organization:houthi-supreme-political-council"

ARTICLES = [
    ("enAL1_reuters_houthi_chief_of_staff", "en",
     "DUBAI, Oct 16 (Reuters) - Yemen's Houthi movement said on Thursday that its military chief "
     "of staff, Major General Mohammed Abdul Karim al-Ghamari, had been killed, and named Yousef "
     "Hassan al-Madani to replace him. The group did not say when or where Ghamari died. Israeli "
     "Defence Minister Israel Katz said Ghamari had been killed in an Israeli strike and would "
     "\"join his friends in the axis of evil at the bottom of the abyss\". In a statement carried "
     "by the Houthi-run Al-Masirah TV, the group's leader Abdul-Malik al-Houthi vowed that the "
     "killing would not go unanswered. Ghamari is the most senior Houthi commander to die since "
     "August, when Ahmed al-Rahawi, prime minister of the Houthi-run government in Sanaa, and "
     "several of his ministers were killed in an Israeli strike on the capital.",
     [("MEMBER_OF", "person:mohammed-al-ghamari", HOU, "its military chief"),
      ("SUCCESSOR_OF", "person:yousef-al-madani", "person:mohammed-al-ghamari", "to replace him"),
      ("MEMBER_OF", "person:yousef-al-madani", HOU, "named Yousef"),
      ("ASSASSINATED_BY", "person:mohammed-al-ghamari", ISR, "killed in an Israeli strike and would"),
      ("REPORTED_BY", HOU, "outlet:al-masirah", "statement carried"),
      ("LEADS", AMH, HOU, "the group's leader Abdul-Malik"),
      ("LEADS", "person:ahmed-al-rahawi", "organization:houthi-government", "prime minister of the Houthi-run government"),
      ("ASSASSINATED_BY", "person:ahmed-al-rahawi", ISR, "Israeli strike on the capital", "2025-08-28"),
      ("ATTACKED", ISR, "location:sanaa", "strike on the capital")],
     {"title": "Yemen's Houthis say military chief of staff killed, name successor",
      "source": "Reuters", "published": "2025-10-16"}),

    ("arAL2_mayadeen_musawi_anniversary", "ar",
     "الميادين نت\n"
     "يُحيي حزب الله اليوم الذكرى الثانية والثلاثين لاستشهاد أمينه العام السابق السيد عباس "
     "الموسوي، الذي اغتالته مروحيات إسرائيلية في السادس عشر من شباط/فبراير 1992 على طريق بلدة "
     "تفاحتا في الجنوب، مع زوجته وطفله، بعد عودته من احتفال في جبشيت. وبعد يومين، انتخب مجلس "
     "شورى الحزب السيد حسن نصر الله أميناً عاماً خلفاً للموسوي، وهو في الحادية والثلاثين من "
     "عمره. وفي كلمة بالمناسبة، قال رئيس كتلة الوفاء للمقاومة النائب محمد رعد إن «دماء الموسوي "
     "أسّست لمسار التحرير». كما تحدث رئيس المجلس السياسي في الحزب السيد إبراهيم أمين السيد، "
     "الذي رافق الموسوي في سنوات التأسيس، عن «قائد عاش بين الناس». وكان وزير الحرب الإسرائيلي "
     "آنذاك موشيه أرينز قد وصف العملية بأنها «رسالة» إلى الحزب، فيما ردّت المقاومة بقصف "
     "مستعمرات الشمال.",
     [("LEADS", MUS, HEZ, "أمينه العام السابق"),
      ("ASSASSINATED_BY", MUS, ISR, "اغتالته مروحيات إسرائيلية", "1992-02-16"),
      ("SUCCESSOR_OF", NAS, MUS, "خلفاً للموسوي"),
      ("LEADS", NAS, HEZ, "أميناً عاماً خلفاً"),
      ("LEADS", "person:mohammad-raad", "organization:loyalty-to-the-resistance-bloc", "رئيس كتلة الوفاء"),
      ("LEADS", "person:ibrahim-amin-al-sayyed", "organization:hezbollah-political-council", "رئيس المجلس السياسي"),
      ("PART_OF", "organization:hezbollah-political-council", HEZ, "المجلس السياسي في الحزب")],
     {"title": "حزب الله يحيي ذكرى استشهاد السيد عباس الموسوي", "source": "Al Mayadeen",
      "published": "2024-02-16"}),

    ("enAL3_ap_irgc_intelligence_chief", "en",
     "DUBAI, United Arab Emirates (AP) — Iran's Revolutionary Guard on Monday named Brig. Gen. "
     "Majid Khademi as the new head of its intelligence organization, replacing Mohammad Kazemi, "
     "who was killed along with his deputy, Hassan Mohaqeq, in an Israeli airstrike a day "
     "earlier. Khademi previously headed the Guard's Intelligence Protection Organization, which "
     "polices the force's own ranks. The Israeli military said its fighter jets had struck the "
     "two men in a building in the Iranian capital. Kazemi had led the intelligence arm since "
     "2022, when he took over from Hossein Taeb, a hard-line cleric removed after a string of "
     "embarrassing assassinations inside Iran. The appointment was approved by Supreme Leader "
     "Ayatollah Ali Khamenei, state television reported. Iran has vowed to avenge the deaths.",
     [("LEADS", KHA, INT, "new head of its intelligence organization"),
      ("PART_OF", INT, IRGC, "Revolutionary Guard on Monday named"),
      ("SUCCESSOR_OF", KHA, KAZ, "replacing Mohammad Kazemi", "2025-06-16"),
      ("ASSASSINATED_BY", KAZ, ISR, "in an Israeli airstrike", "2025-06-15"),
      ("ASSASSINATED_BY", "person:hassan-mohaqeq", ISR, "Hassan Mohaqeq, in an", "2025-06-15"),
      ("ASSASSINATED_BY", KAZ, IDF, "The Israeli military said", "2025-06-15"),
      ("ASSASSINATED_BY", "person:hassan-mohaqeq", IDF, "had struck the", "2025-06-15"),
      ("LEADS", KHA, "organization:irgc-intelligence-protection-organization", "Khademi previously headed"),
      ("PART_OF", "organization:irgc-intelligence-protection-organization", IRGC, "the Guard's Intelligence Protection"),
      ("LEADS", KAZ, INT, "Kazemi had led the intelligence arm"),
      ("SUCCESSOR_OF", KAZ, "person:hossein-taeb", "took over from Hossein"),
      ("LEADS", "person:hossein-taeb", INT, "Hossein Taeb, a hard-line")],
     {"title": "Iran's Revolutionary Guard names new intelligence chief after Israeli strike",
      "source": "AP", "published": "2025-06-16"}),

    ("arAL4_aljazeera_qaouk", "ar",
     "الجزيرة نت\n"
     "أعلن حزب الله اللبناني، اليوم الأحد، استشهاد عضو المجلس المركزي في الحزب الشيخ نبيل "
     "قاووق، بعد ساعات من إعلان الجيش الإسرائيلي أنه اغتاله في غارة على الضاحية الجنوبية "
     "لبيروت، غداة الغارة الإسرائيلية التي قتلت الأمين العام للحزب حسن نصر الله. وشغل قاووق "
     "سابقاً منصب مسؤول منطقة الجنوب في الحزب، كما كان نائباً لرئيس المجلس التنفيذي. وقال "
     "المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي في منشور على منصة إكس إن قاووق «كان مقرباً من "
     "كبار قادة الحزب». واتهم الحزب في بيانه الولايات المتحدة بالشراكة في «الجريمة». ولم يعلن "
     "الحزب بعد من سيتولى مهام قاووق، فيما تحدثت وسائل إعلام إسرائيلية عن مقتل قياديين آخرين "
     "في الغارات نفسها من دون أن تسمّيهم.",
     [("MEMBER_OF", "person:nabil-qaouk", "organization:hezbollah-central-council", "عضو المجلس المركزي"),
      ("PART_OF", "organization:hezbollah-central-council", HEZ, "المجلس المركزي في الحزب"),
      ("ASSASSINATED_BY", "person:nabil-qaouk", IDF, "أنه اغتاله", "2024-09-28"),
      ("ATTACKED", IDF, "location:dahiyeh", "في غارة على الضاحية"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "الجنوبية لبيروت"),
      ("ASSASSINATED_BY", NAS, ISR, "الغارة الإسرائيلية التي قتلت", "2024-09-27"),
      ("LEADS", NAS, HEZ, "الأمين العام للحزب"),
      ("MEMBER_OF", "person:nabil-qaouk", HEZ, "مسؤول منطقة الجنوب في الحزب"),
      ("MEMBER_OF", "person:nabil-qaouk", "organization:hezbollah-executive-council", "نائباً لرئيس المجلس التنفيذي"),
      ("MEMBER_OF", "person:avichay-adraee", IDF, "المتحدث باسم الجيش")],
     {"title": "حزب الله ينعى نبيل قاووق بعد غارة على الضاحية", "source": "Al Jazeera Net",
      "published": "2024-09-29"}),

    ("enAL5_national_hamas_in_tehran", "en",
     "Iran's Supreme Leader Ayatollah Ali Khamenei received a senior Hamas delegation in Tehran on "
     "Saturday, the first such meeting since the ceasefire in Gaza took effect. The delegation was "
     "headed by Mohammed Darwish, chairman of the group's Shura Council, and included Khalil Al "
     "Hayya, Hamas's Gaza chief and lead ceasefire negotiator, and Zaher Jabarin, who heads the "
     "movement in the occupied West Bank. Hamas has been run by a leadership council since Yahya "
     "Sinwar was killed by Israeli troops in Rafah in October. Sinwar had taken over as political "
     "bureau chief after Ismail Haniyeh was assassinated in Tehran last July, in an attack Israel "
     "only admitted to in December. The delegation also held talks with Foreign Minister Abbas "
     "Araghchi, Iran's foreign ministry said. Hamas officials would not say whether Mr Darwish "
     "had met Quds Force commander Esmaeil Qaani.",
     [("LEADS", "person:ali-khamenei", IRAN, "Iran's Supreme Leader"),
      ("MET_WITH", "person:ali-khamenei", HAM, "received a senior Hamas delegation", "2025-02-08"),
      ("MET_WITH", "person:ali-khamenei", DAR, "headed by Mohammed Darwish", "2025-02-08"),
      ("MET_WITH", "person:ali-khamenei", HAY, "and included Khalil", "2025-02-08"),
      ("MET_WITH", "person:ali-khamenei", JAB, "and Zaher Jabarin", "2025-02-08"),
      ("VISITED", DAR, IRAN, "delegation in Tehran on"),
      ("VISITED", HAY, IRAN, "lead ceasefire negotiator"),
      ("VISITED", JAB, IRAN, "Jabarin, who heads"),
      ("LEADS", DAR, "organization:hamas-shura-council", "chairman of the group's Shura Council"),
      ("PART_OF", "organization:hamas-shura-council", HAM, "the group's Shura Council"),
      ("MEMBER_OF", HAY, HAM, "Hamas's Gaza chief"),
      ("MEMBER_OF", JAB, HAM, "who heads the"),
      ("ASSASSINATED_BY", "person:yahya-sinwar", IDF, "killed by Israeli troops", "2024-10-16"),
      ("SUCCESSOR_OF", "person:yahya-sinwar", "person:ismail-haniyeh", "Sinwar had taken over"),
      ("LEADS", "person:yahya-sinwar", HAM, "taken over as political"),
      ("LEADS", "person:ismail-haniyeh", HAM, "after Ismail Haniyeh was assassinated"),
      ("ASSASSINATED_BY", "person:ismail-haniyeh", ISR, "an attack Israel", "2024-07-31"),
      ("MET_WITH", "person:abbas-araghchi", HAM, "The delegation also held talks", "2025-02-08"),
      ("MET_WITH", "person:abbas-araghchi", DAR, "Foreign Minister Abbas", "2025-02-08"),
      ("MET_WITH", "person:abbas-araghchi", HAY, "Araghchi, Iran's", "2025-02-08"),
      ("MET_WITH", "person:abbas-araghchi", JAB, "foreign ministry said", "2025-02-08"),
      ("LEADS", "person:esmail-qaani", "organization:quds-force", "Quds Force commander Esmaeil")],
     {"title": "Khamenei receives Hamas leaders in Tehran", "source": "The National",
      "published": "2025-02-08"}),

    ("arAL6_independent_sammad_mashat", "ar",
     "إندبندنت عربية\n"
     "أعلنت جماعة الحوثي، مساء الاثنين، مقتل رئيس ما يسمّى «المجلس السياسي الأعلى» التابع لها "
     "صالح الصماد، في غارة جوية شنّها طيران التحالف بقيادة السعودية على محافظة الحديدة غربي "
     "اليمن، في ضربة هي الأقسى للجماعة منذ بدء الحرب. وقال زعيم الجماعة عبدالملك الحوثي في "
     "كلمة متلفزة إن «دم الصماد لن يذهب هدراً»، محمّلاً الولايات المتحدة المسؤولية. وفي اليوم "
     "نفسه، عيّن المجلس مهدي المشّاط رئيساً له خلفاً للصماد. وأكد المتحدث باسم التحالف العقيد "
     "الركن تركي المالكي أن مقاتلات التحالف استهدفت الصماد وستةً من مرافقيه. وبعد أسابيع، "
     "استقبل المشّاط في صنعاء المبعوث الأممي إلى اليمن مارتن غريفيث، وبحث معه مقترح التهدئة في "
     "الحديدة، في أول لقاء بين الرجلين، فيما اكتفى غريفيث بالاتصال هاتفياً بالرئيس عبدربه منصور "
     "هادي.",
     [("LEADS", "person:saleh-al-sammad", SPC, "رئيس ما يسمّى"),
      ("PART_OF", SPC, HOU, "التابع لها"),
      ("ASSASSINATED_BY", "person:saleh-al-sammad", "organization:saudi-led-coalition", "شنّها طيران التحالف", "2018-04-19"),
      ("ATTACKED", "organization:saudi-led-coalition", "location:hodeidah", "على محافظة الحديدة"),
      ("LEADS", AMH, HOU, "زعيم الجماعة"),
      ("SUCCESSOR_OF", "person:mahdi-al-mashat", "person:saleh-al-sammad", "خلفاً للصماد"),
      ("LEADS", "person:mahdi-al-mashat", SPC, "مهدي المشّاط رئيساً له"),
      ("MEMBER_OF", "person:turki-al-maliki", "organization:saudi-led-coalition", "المتحدث باسم التحالف"),
      ("MET_WITH", "person:mahdi-al-mashat", "person:martin-griffiths", "استقبل المشّاط"),
      ("VISITED", "person:martin-griffiths", "location:sanaa", "في صنعاء المبعوث"),
      ("MEMBER_OF", "person:martin-griffiths", "organization:united-nations", "المبعوث الأممي")],
     {"title": "الحوثيون يعلنون مقتل الصماد والمشاط خلفاً له", "source": "Independent Arabia",
      "published": "2018-04-23"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAL")
