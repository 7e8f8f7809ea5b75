"""Blind set AA: the Quds Force and Iraq's armed factions after January 2020 (Qaani after
Qasim Muslih's release, the Iranian judicial delegation on the airport strike, the Houthi
representative in Baghdad, a parliamentary delegation in Tehran, Qa'ani and the Coordination
Framework after the Green Zone clashes, Qaani's December 2020 message to the factions).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAA/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout29/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M = "person:abu-mahdi-al-muhandis"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"
KH, AAH = "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq"
FAY, AMIRI = "person:falih-al-fayyadh", "person:hadi-al-amiri"
USAF = "organization:us-armed-forces"
BGD, IRAN = "location:baghdad", "country:iran"
COMM = "organization:iraqi-parliament-security-defence-committee"

ARTICLES = [
    ("enAA1_qaani_after_muslih_release", "en",
     "BAGHDAD, June 15 (Reuters) - Iran's Quds Force commander Ismael Qaani arrived in Baghdad "
     "on Monday night and met leaders of Iraq's Iran-aligned armed factions, days after the "
     "release of a militia commander whose arrest had set off a standoff with the government, "
     "three faction officials said. Qaani, who took over the Revolutionary Guards' external arm "
     "after a U.S. drone strike killed Qassim Sulaimani in January 2020, held talks with Hadi "
     "al-Ameri, the head of the Badr Organisation, and with Hamid al-Jazairi, secretary-general "
     "of the Saraya al-Khorasani militia, at Ameri's house in the Jadriya district. He also saw "
     "Faleh al-Fayadh, chairman of the Popular Mobilisation Forces (PMF). Qasim Muslih, the "
     "PMF's Anbar operations commander, was freed last week after a judge found insufficient "
     "evidence that he had ordered the killing of activist Ihab al-Wazni. Prime Minister "
     "Mustafa Kadhimi did not receive Qaani, a government official said.",
     [("LEADS", Q, QF, "Iran's Quds Force commander Ismael"),
      ("VISITED", Q, BGD, "arrived in Baghdad", "2021-06-14"),
      ("SUCCESSOR_OF", Q, S, "who took over the Revolutionary Guards"),
      ("PART_OF", QF, IRGC, "took over the Revolutionary Guards' external arm"),
      ("ASSASSINATED_BY", S, US, "a U.S. drone strike killed Qassim", "2020-01-03"),
      ("MET_WITH", Q, AMIRI, "held talks with Hadi", "2021-06-14"),
      ("LEADS", AMIRI, "organization:badr-organization", "the head of the Badr Organisation"),
      ("MET_WITH", Q, "person:hamid-al-jazairi", "and with Hamid al-Jazairi", "2021-06-14"),
      ("LEADS", "person:hamid-al-jazairi", "organization:saraya-al-khorasani",
       "secretary-general of the Saraya"),
      ("MET_WITH", Q, FAY, "He also saw Faleh", "2021-06-14"),
      ("LEADS", FAY, PMF, "chairman of the Popular Mobilisation"),
      ("MEMBER_OF", "person:qasim-muslih", PMF, "PMF's Anbar operations commander"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-06-15"}),

    ("arAA2_iranian_judicial_delegation", "ar",
     "بغداد/ شفق نيوز- استقبل رئيس مجلس القضاء الأعلى في العراق فائق زيدان، يوم الأحد، وفداً "
     "قضائياً إيرانياً يرأسه مساعد رئيس السلطة القضائية الإيرانية للشؤون الدولية كاظم غريب "
     "آبادي، وبحث معه مستجدات التحقيق في حادثة مطار بغداد الدولي. وذكر بيان للمجلس تلقته شفق "
     "نيوز أن الجانبين ناقشا «الإجراءات القانونية بحق المتورطين في اغتيال الشهيدين قاسم سليماني "
     "وأبي مهدي المهندس بضربة نفذتها القوات الأمريكية» فجر الثالث من كانون الثاني 2020. وكان "
     "غريب آبادي قد زار مدينة كربلاء قبل وصوله إلى بغداد مساء السبت. من جهته، قال المتحدث باسم "
     "السلطة القضائية في إيران مسعود ستايشي، في مؤتمره الصحفي الأسبوعي بطهران، إن بلاده «لن "
     "تتخلى» عن ملاحقة الرئيس الأمريكي السابق دونالد ترامب، متهماً إياه بإصدار أمر الاغتيال. "
     "ويأتي ذلك بعد أيام من إحياء هيئة الحشد الشعبي الذكرى الثالثة للحادثة في ساحة التحرير وسط "
     "بغداد، بحضور رئيس أركان الهيئة عبد العزيز المحمداوي.",
     [("LEADS", "person:faiq-zaidan", "organization:supreme-judicial-council",
       "رئيس مجلس القضاء الأعلى في العراق"),
      ("MET_WITH", "person:faiq-zaidan", "person:kazem-gharibabadi", "استقبل رئيس مجلس",
       "2023-01-08"),
      ("MEMBER_OF", "person:kazem-gharibabadi", "organization:iranian-judiciary",
       "يرأسه مساعد رئيس السلطة"),
      ("ASSASSINATED_BY", S, USAF, "بضربة نفذتها القوات الأمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", M, USAF, "بضربة نفذتها القوات الأمريكية", "2020-01-03"),
      ("REPORTED_BY", "organization:supreme-judicial-council", "outlet:shafaq-news",
       "بيان للمجلس تلقته"),
      ("VISITED", "person:kazem-gharibabadi", "location:karbala", "زار مدينة كربلاء"),
      ("VISITED", "person:kazem-gharibabadi", BGD, "قبل وصوله إلى بغداد"),
      ("MEMBER_OF", "person:masoud-setayeshi", "organization:iranian-judiciary",
       "المتحدث باسم السلطة القضائية في إيران"),
      ("LEADS", T, US, "الرئيس الأمريكي السابق"),
      ("LOCATED_IN", "location:tahrir-square", BGD, "في ساحة التحرير وسط"),
      ("MEMBER_OF", "person:abdul-aziz-al-muhammadawi", PMF, "رئيس أركان الهيئة"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2023-01-08"}),

    ("enAA3_houthi_envoy_baghdad", "en",
     "Yemen's Houthi rebels have opened a representative office in the Iraqi capital, a rare "
     "public sign of the group's ties with Iraq's armed factions. Abu Idris Al Sharafi, whom "
     "the Houthis named as their representative in Iraq, was received last week in Baghdad by "
     "Akram Al Kaabi, the secretary general of Harakat Al Nujaba, according to photos released "
     "by the movement. Mr Al Sharafi also held talks with officials of Kataib Hezbollah, the "
     "Iran-backed group that Washington blames for the January drone attack that killed three "
     "US soldiers in Jordan. The Houthis, who have fired missiles and drones at commercial "
     "ships in the Red Sea since November, say they act in support of Gaza. Their chief "
     "negotiator, Mohammed Abdulsalam, who lives in Muscat, told The National by phone that "
     "the office \"is political, not military\". Iraqi government spokesman Basim Al Awadi "
     "said Baghdad had not authorised any such office.",
     [("MEMBER_OF", "person:abu-idris-al-sharafi", "organization:houthis",
       "whom the Houthis named"),
      ("MET_WITH", "person:abu-idris-al-sharafi", "person:akram-al-kaabi",
       "was received last week in Baghdad", "2024-06"),
      ("VISITED", "person:abu-idris-al-sharafi", BGD, "was received last week in Baghdad"),
      ("LEADS", "person:akram-al-kaabi", "organization:harakat-al-nujaba",
       "the secretary general of Harakat"),
      ("MET_WITH", "person:abu-idris-al-sharafi", KH, "also held talks with officials of"),
      ("SUPPORTS", IRAN, KH, "the Iran-backed group"),
      ("MEMBER_OF", "person:mohammed-abdulsalam", "organization:houthis",
       "Their chief negotiator"),
      ("REPORTED_BY", "person:mohammed-abdulsalam", "outlet:the-national",
       "told The National"),
      ("MEMBER_OF", "person:basim-al-awadi", "organization:iraqi-government",
       "Iraqi government spokesman"),
      ],
     {"source": "blind set (The National-style)", "published": "2024-06"}),

    ("arAA4_zamili_delegation_tehran", "ar",
     "طهران - الميادين\n"
     "التقى قائد قوة القدس في حرس الثورة الإسلامية العميد اسماعيل قآني، اليوم الثلاثاء في "
     "طهران، وفداً من لجنة الأمن والدفاع في مجلس النواب العراقي برئاسة رئيس اللجنة عباس "
     "الزاملي، وذلك عشية الذكرى الرابعة لاغتيال القوات الأمريكية لسليماني ورفيقه أبي مهدي "
     "المهندس قرب مطار بغداد. وقال الزاملي للميادين إن الوفد أطلع خليفة الشهيد سليماني على "
     "«ما توصلت إليه اللجنة التحقيقية العراقية»، مضيفاً أن «واشنطن لم تسلّم بغداد أي وثيقة». "
     "وكان رئيس مجلس الشورى الإسلامي محمد باقر قاليباف قد استقبل الوفد العراقي أمس، وأكد أن "
     "«دماء القادة لن تذهب هدراً». وأشار الزاملي إلى أن اللجنة طلبت لقاء ممثلين عن التحالف "
     "الدولي في بغداد من دون أن تتلقى رداً، وأن الحكومة العراقية السابقة «لو تحركت في الوقت "
     "المناسب لما ضاعت أدلة كثيرة».",
     [("LEADS", Q, QF, "قائد قوة القدس في حرس"),
      ("PART_OF", QF, IRGC, "قائد قوة القدس في حرس"),
      ("MET_WITH", Q, "person:abbas-al-zamili", "اليوم الثلاثاء في طهران", "2024-01-02"),
      ("VISITED", "person:abbas-al-zamili", IRAN, "اليوم الثلاثاء في طهران", "2024-01-02"),
      ("PART_OF", COMM, "organization:iraqi-parliament", "في مجلس النواب العراقي"),
      ("LEADS", "person:abbas-al-zamili", COMM, "برئاسة رئيس اللجنة"),
      ("ASSASSINATED_BY", S, USAF, "لاغتيال القوات الأمريكية", "2020-01-03"),
      ("ASSASSINATED_BY", M, USAF, "لاغتيال القوات الأمريكية", "2020-01-03"),
      ("REPORTED_BY", "person:abbas-al-zamili", "outlet:al-mayadeen", "وقال الزاملي للميادين"),
      ("SUCCESSOR_OF", Q, S, "خليفة الشهيد سليماني"),
      ("LEADS", "person:mohammad-bagher-ghalibaf", "organization:iranian-parliament",
       "رئيس مجلس الشورى الإسلامي"),
      ("MET_WITH", "person:mohammad-bagher-ghalibaf", "person:abbas-al-zamili",
       "قد استقبل الوفد العراقي", "2024-01-01"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2024-01-02"}),

    ("enAA5_qaani_framework_after_clashes", "en",
     "BAGHDAD (AP) \u2014 The commander of Iran's expeditionary Quds Force, Esmaeil Qa'ani, "
     "flew into Baghdad this week and met leaders of the Coordination Framework, the "
     "Iran-allied bloc locked in a long standoff with Shiite cleric Muqtada al-Sadr, "
     "two Iraqi politicians said. Qa'ani held separate meetings with former Prime "
     "Minister Nouri al-Maliki and with Qais Khazali, whose Asaib Ahl al-Haq militia is part "
     "of the Popular Mobilization Forces, the politicians said. Al-Sadr's office said the cleric had turned down a request to see the "
     "Iranian general. Qa'ani has struggled to fill the shoes of Kasem Soleimani, whom he "
     "succeeded after the U.S. killed him in a 2020 drone strike in Baghdad. The visit came "
     "days after clashes in the fortified Green Zone left at least 30 people dead. On "
     "Wednesday, Jeanine Hennis-Plasschaert, head of the U.N. Assistance Mission for Iraq, met "
     "caretaker Prime Minister Mustafa Kadhimi and urged the rival camps to talk.",
     [("LEADS", Q, QF, "The commander of Iran's expeditionary"),
      ("VISITED", Q, BGD, "flew into Baghdad", "2022-09"),
      ("MET_WITH", Q, "organization:coordination-framework",
       "met leaders of the Coordination Framework", "2022-09"),
      ("MET_WITH", Q, "person:nouri-al-maliki", "held separate meetings with", "2022-09"),
      ("MET_WITH", Q, "person:qais-al-khazali", "held separate meetings with", "2022-09"),
      ("LEADS", "person:qais-al-khazali", AAH, "whose Asaib Ahl al-Haq militia"),
      ("PART_OF", AAH, PMF, "militia is part of"),
      ("SUCCESSOR_OF", Q, S, "whom he succeeded"),
      ("ASSASSINATED_BY", S, US, "after the U.S. killed him", "2020-01-03"),
      ("LEADS", "person:jeanine-hennis-plasschaert", "organization:unami",
       "head of the U.N. Assistance Mission"),
      ("MET_WITH", "person:jeanine-hennis-plasschaert", K, "met caretaker Prime Minister",
       "2022-09"),
      ],
     {"source": "blind set (AP-style)", "published": "2022-09-08"}),

    ("arAA6_qaani_december_message", "ar",
     "بغداد ــ العربي الجديد\n"
     "أفادت مصادر سياسية عراقية مطلعة بأن قائد فيلق القدس التابع للحرس الثوري الإيراني، "
     "إسماعيل قاآني، وصل إلى بغداد مساء الأحد في زيارة غير معلنة، التقى خلالها رئيس هيئة الحشد "
     "الشعبي فالح الفياض وعدداً من قادة الفصائل، بينهم زعيم كتائب سيد الشهداء أبو آلاء الولائي. "
     "وبحسب المصادر، طالب قاآني الفصائل بوقف الهجمات الصاروخية على السفارة الأميركية في المنطقة "
     "الخضراء حتى مغادرة دونالد ترامب البيت الأبيض. وأضافت أن رئيس الوزراء مصطفى الكاظمي لم "
     "يلتقِ الضيف الإيراني، واجتمع به بدلاً منه مستشار الأمن الوطني قاسم الأعرجي، فيما لم يتضح "
     "إن كان زعيم التيار الصدري مقتدى الصدر قد اجتمع بقاآني. وقال النائب عن تحالف سائرون بدر "
     "الزيادي لـ«العربي الجديد» إن «ضيوف طهران يأتون ويذهبون من دون علم الحكومة». وتأتي الزيارة "
     "قبيل الذكرى الأولى لاغتيال سليماني والمهندس بغارة أميركية قرب مطار بغداد أمر بها ترامب.",
     [("LEADS", Q, QF, "قائد فيلق القدس التابع"),
      ("PART_OF", QF, IRGC, "التابع للحرس الثوري"),
      ("VISITED", Q, BGD, "وصل إلى بغداد", "2020-12-20"),
      ("MET_WITH", Q, FAY, "التقى خلالها رئيس", "2020-12-20"),
      ("LEADS", FAY, PMF, "التقى خلالها رئيس"),
      ("MET_WITH", Q, "person:abu-alaa-al-walai", "بينهم زعيم كتائب", "2020-12-20"),
      ("LEADS", "person:abu-alaa-al-walai", "organization:kataib-sayyid-al-shuhada",
       "بينهم زعيم كتائب"),
      ("LOCATED_IN", "location:us-embassy-baghdad", "location:green-zone",
       "على السفارة الأميركية في المنطقة"),
      ("MET_WITH", Q, "person:qassim-al-araji", "واجتمع به بدلاً منه", "2020-12-20"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement",
       "زعيم التيار الصدري"),
      ("MEMBER_OF", "person:badr-al-ziyadi", "organization:sairoon-alliance",
       "النائب عن تحالف سائرون"),
      ("REPORTED_BY", "person:badr-al-ziyadi", "outlet:al-araby-al-jadeed",
       "الزيادي لـ«العربي الجديد»"),
      ("ASSASSINATED_BY", S, US, "بغارة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "بغارة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "أمر بها ترامب", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "أمر بها ترامب", "2020-01-03"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-12-21"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAA")
