"""Blind set CH: Iraq's prime ministers and their Iranian guests, Lebanon after Nasrallah, the
Houthis and Hamas: the drone attack on al-Kadhimi's residence and Qa'ani's visit the next day
(Reuters-style, Nov 2021), al-Sudani receives Pezeshkian in Baghdad (INA-style, Sept 2024),
Qalibaf in Beirut with Safieddine still missing (AP-style, Oct 2024), the U.S. strike that killed
Nujaba's Abu Taqwa (Alsumaria-style, Jan 2024), the Israeli strike that killed the Houthi prime
minister al-Rahawi and Miftah named acting (Reuters-style, Aug 2025), Sinwar named to succeed
Haniyeh after Haniyeh's last day in Tehran, no agent claimed (Al-Araby-style, Aug 2024).
Style: alternating en/ar; killings without a stated agent and denied accusations (no
ASSASSINATED_BY); "was received by"/"was met at the airport by"; planned visits; phone calls;
"likely successor" and targeted-but-fate-unknown commanders; acting holders.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ch/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ch import ALL  # noqa: E402

HERE = Path(__file__).parent

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, US, QF = "person:abu-mahdi-al-muhandis", "country:united-states", "organization:quds-force"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
SUD, PEZ = "person:mohammed-shia-al-sudani", "person:masoud-pezeshkian"
ISR, IDF = "country:israel", "organization:israel-defense-forces"
HZB, HAM, HOU = "organization:hezbollah", "organization:hamas", "organization:houthis"
GHA, NAS = "person:mohammad-bagher-ghalibaf", "person:hassan-nasrallah"
RAH, HAN = "person:ahmed-al-rahawi", "person:ismail-haniyeh"

ARTICLES = [
    ("enCH1_kadhimi_drone_qaani", "en",
     "BAGHDAD, Nov 8 (Reuters) - Iraqi Prime Minister Mustafa al-Kadhimi escaped unhurt on Sunday "
     "when an explosives-laden drone struck his residence in Baghdad's heavily fortified Green "
     "Zone, in what his office called a failed assassination attempt. No group claimed "
     "responsibility.\n"
     "Two Iraqi officials said investigators suspected a drone launched by an Iran-aligned "
     "militia, an accusation Kataib Hezbollah denied; its security official Abu Ali al-Askari "
     "mocked the premier, saying nobody would \"waste a drone\" on him.\n"
     "On Monday, the commander of Iran's Quds Force, Ismail Qa'ani, arrived in Baghdad and was "
     "received by Kadhimi, the officials said. Qa'ani also met leaders of the pro-Iran "
     "Coordination Framework, including former prime minister Nouri al-Maliki, urging them to "
     "lower tensions after weeks of protests against the election results.\n"
     "U.S. Secretary of State Antony Blinken spoke by phone with Kadhimi to condemn the attack. "
     "Interior Minister Othman al-Ghanmi said the three drones had been launched from a site "
     "southeast of Baghdad.\n"
     "Qa'ani, who succeeded Qasem Soleimani as Quds Force chief after Soleimani's killing in a "
     "U.S. strike in Baghdad, has struggled to impose the same discipline on Iraq's factions.",
     [("LEADS", K, "country:iraq", "Iraqi Prime Minister Mustafa"),
      ("LOCATED_IN", "location:green-zone", "location:baghdad", "Baghdad's heavily fortified"),
      ("MEMBER_OF", "person:abu-ali-al-askari", KH, "its security official Abu Ali"),
      ("LEADS", Q, QF, "the commander of Iran's Quds Force, Ismail"),
      ("VISITED", Q, "location:baghdad", "arrived in Baghdad and was received", "2021-11-08"),
      ("MET_WITH", Q, K, "arrived in Baghdad and was received", "2021-11-08"),
      ("MET_WITH", Q, "person:nouri-al-maliki", "also met leaders of the pro-Iran", "2021-11-08"),
      ("MEMBER_OF", "person:nouri-al-maliki", "organization:coordination-framework",
       "also met leaders of the pro-Iran"),
      ("LEADS", "person:antony-blinken", "organization:us-state-department",
       "U.S. Secretary of State Antony"),
      ("LEADS", "person:osman-al-ghanmi", "organization:iraqi-interior-ministry",
       "Interior Minister Othman"),
      ("SUCCESSOR_OF", Q, S, "who succeeded Qasem Soleimani", "2020-01"),
      ("LEADS", S, QF, "who succeeded Qasem Soleimani"),
      ("ASSASSINATED_BY", S, US, "killing in a U.S. strike", "2020-01-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-11-08"}),

    ("arCH2_pezeshkian_baghdad", "ar",
     "بغداد - «واع»\n"
     "استقبل رئيس مجلس الوزراء محمد شياع السوداني، الأربعاء، الرئيسَ الإيراني مسعود بزشكيان في قصر "
     "الحكومة ببغداد، في أول زيارة خارجية لبزشكيان منذ توليه منصبه في تموز خلفاً لإبراهيم رئيسي، "
     "الذي قضى في تحطم مروحية في أيار. وكان النائب الأول محمد مخبر قد تولى مهام الرئاسة بالوكالة "
     "حتى الانتخابات.\n"
     "وشهد الجانبان توقيع 14 مذكرة تفاهم، قبل أن يلتقي بزشكيان رئيس الجمهورية عبد اللطيف جمال رشيد. "
     "ورافق الرئيسَ الإيراني وزيرُ خارجيته عباس عراقجي.\n"
     "وكان بزشكيان قد زار فور وصوله موقع اغتيال قائد فيلق القدس قاسم سليماني ونائب رئيس هيئة الحشد "
     "أبو مهدي المهندس قرب مطار بغداد الدولي، ولم يتطرق في كلمته إلى الجهة المنفذة.\n"
     "ويتوجه بزشكيان الخميس إلى أربيل، حيث من المقرر أن يلتقي رئيس إقليم كردستان نيجيرفان بارزاني، "
     "ثم إلى البصرة. وقال المتحدث باسم الحكومة باسم العوادي إن الزيارة «تعكس عمق العلاقات بين "
     "البلدين».",
     [("MET_WITH", SUD, PEZ, "استقبل رئيس مجلس الوزراء محمد", "2024-09-11"),
      ("LEADS", PEZ, "country:iran", "الرئيسَ الإيراني مسعود"),
      ("VISITED", PEZ, "location:baghdad", "الحكومة ببغداد", "2024-09-11"),
      ("SUCCESSOR_OF", PEZ, "person:ebrahim-raisi", "خلفاً لإبراهيم", "2024-07"),
      ("SUCCESSOR_OF", "person:mohammad-mokhber", "person:ebrahim-raisi",
       "قد تولى مهام الرئاسة بالوكالة", "2024-05"),
      ("MET_WITH", PEZ, "person:abdul-latif-rashid", "قبل أن يلتقي بزشكيان", "2024-09-11"),
      ("LEADS", "person:abbas-araghchi", "organization:iranian-foreign-ministry",
       "وزيرُ خارجيته عباس"),
      ("LEADS", S, QF, "قائد فيلق القدس قاسم"),
      ("MEMBER_OF", M, PMF, "ونائب رئيس هيئة الحشد"),
      ("MEMBER_OF", "person:basim-al-awadi", "organization:iraqi-government",
       "المتحدث باسم الحكومة"),
      ],
     {"source": "blind set (INA-style)", "published": "2024-09-11"}),

    ("enCH3_qalibaf_beirut", "en",
     "BEIRUT (AP) \u2014 Iran's parliament speaker Mohammad Bagher Qalibaf flew into Beirut on "
     "Saturday, piloting the plane himself, and held talks with Lebanese parliament speaker Nabih "
     "Berri and caretaker Prime Minister Najib Mikati on efforts to reach a ceasefire between "
     "Israel and Hezbollah.\n"
     "Qalibaf was met at Rafik Hariri International Airport by the head of Lebanon's General "
     "Security, Maj. Gen. Elias Baissari, Lebanese officials said. He did not meet Hezbollah "
     "officials publicly, and there was no word on whether he saw Naim Qassem, the group's deputy "
     "leader, who has been running its affairs.\n"
     "Hezbollah has been without a secretary-general since Hassan Nasrallah was killed in an "
     "Israeli airstrike on Sept. 27. Hashem Safieddine, a cousin of Nasrallah long seen as his "
     "likely successor, has not been heard from since Israeli jets pounded Dahiyeh on Oct. 3 in "
     "what Israeli officials said was an attempt to kill him.\n"
     "Qalibaf told reporters that Tehran would \"support any decision taken by the Lebanese "
     "government.\" Earlier this month Iran's Foreign Minister Abbas Araghchi visited Beirut and "
     "met Mikati.",
     [("LEADS", GHA, "organization:iranian-parliament", "Iran's parliament speaker"),
      ("VISITED", GHA, "location:beirut", "flew into Beirut on Saturday", "2024-10-12"),
      ("MET_WITH", GHA, "person:nabih-berri", "held talks with Lebanese parliament speaker",
       "2024-10-12"),
      ("MET_WITH", GHA, "person:najib-mikati", "held talks with Lebanese parliament speaker",
       "2024-10-12"),
      ("LEADS", "person:nabih-berri", "organization:lebanese-parliament",
       "held talks with Lebanese parliament speaker"),
      ("LEADS", "person:najib-mikati", "organization:lebanese-government",
       "caretaker Prime Minister Najib"),
      ("MET_WITH", GHA, "person:elias-baissari", "was met at Rafik Hariri", "2024-10-12"),
      ("LEADS", "person:elias-baissari", "organization:lebanese-general-security",
       "the head of Lebanon's General"),
      ("MEMBER_OF", "person:naim-qassem", HZB, "the group's deputy"),
      ("ASSASSINATED_BY", NAS, ISR, "killed in an Israeli airstrike", "2024-09-27"),
      ("LEADS", NAS, HZB, "without a secretary-general since"),
      ("ATTACKED", ISR, "location:dahiyeh", "Israeli jets pounded Dahiyeh", "2024-10-03"),
      ("LEADS", "person:abbas-araghchi", "organization:iranian-foreign-ministry",
       "Iran's Foreign Minister Abbas"),
      ("VISITED", "person:abbas-araghchi", "location:beirut", "visited Beirut and met Mikati",
       "2024-10-04"),
      ("MET_WITH", "person:abbas-araghchi", "person:najib-mikati", "visited Beirut and met Mikati",
       "2024-10-04"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-10-12"}),

    ("arCH4_abu_taqwa_strike", "ar",
     "بغداد - «السومرية نيوز»\n"
     "قُتل القيادي في حركة النجباء مشتاق طالب السعيدي، المعروف بـ«أبو تقوى»، ومرافقه، الخميس، بضربة "
     "جوية أميركية استهدفت مقراً لهيئة الحشد الشعبي في شارع فلسطين شرقي بغداد. وقال المتحدث باسم "
     "وزارة الدفاع الأميركية الجنرال بات رايدر إن القوات الأميركية نفذت «إجراءً ضرورياً ومتناسباً» ضد "
     "قيادي «متورط في التخطيط لهجمات».\n"
     "وحمّل الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول «قوات التحالف الدولي» مسؤولية "
     "الهجوم، معتبراً إياه «تصعيداً خطيراً».\n"
     "وتوعد الأمين العام للحركة أكرم الكعبي بالرد، من دون أن تعلن الحركة اسم خليفة السعيدي في منصبه. "
     "وكان الكعبي قد التقى في بيروت قبل أسابيع الأمين العام لحزب الله حسن نصر الله، بحسب صور نشرها "
     "إعلام الحزب.\n"
     "وقالت مصادر في الحشد إن رئيس الوزراء محمد شياع السوداني استقبل مساء الخميس رئيس الهيئة فالح "
     "الفياض، وبحث معه تداعيات الضربة، فيما أجرى السوداني اتصالاً هاتفياً بالأمين العام للأمم "
     "المتحدة.",
     [("MEMBER_OF", "person:mushtaq-taleb-al-saidi", "organization:harakat-al-nujaba",
       "القيادي في حركة النجباء"),
      ("ASSASSINATED_BY", "person:mushtaq-taleb-al-saidi", US, "جوية أميركية", "2024-01-04"),
      ("ATTACKED", US, PMF, "استهدفت مقراً لهيئة الحشد", "2024-01-04"),
      ("ATTACKED", US, "location:palestine-street", "استهدفت مقراً لهيئة الحشد", "2024-01-04"),
      ("LOCATED_IN", "location:palestine-street", "location:baghdad", "في شارع فلسطين شرقي بغداد"),
      ("MEMBER_OF", "person:pat-ryder", "organization:us-department-of-defense",
       "وزارة الدفاع الأميركية الجنرال"),
      ("LEADS", "person:akram-al-kaabi", "organization:harakat-al-nujaba",
       "وتوعد الأمين العام للحركة"),
      ("MET_WITH", "person:akram-al-kaabi", NAS, "قد التقى في بيروت"),
      ("VISITED", "person:akram-al-kaabi", "location:beirut", "قد التقى في بيروت"),
      ("LEADS", NAS, HZB, "الأمين العام لحزب الله"),
      ("MET_WITH", SUD, "person:falih-al-fayyadh", "استقبل مساء الخميس", "2024-01-04"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "رئيس الهيئة فالح"),
      ],
     {"source": "blind set (Alsumaria-style)", "published": "2024-01-05"}),

    ("enCH5_rahawi_killed_sanaa", "en",
     "SANAA/JERUSALEM (Reuters) - Yemen's Houthis said on Saturday that the prime minister of their "
     "government, Ahmed Ghaleb al-Rahawi, and several ministers were killed in an Israeli air "
     "strike on Sanaa on Thursday, the most senior figures of the Iran-aligned group to die in the "
     "conflict.\n"
     "The group named Mohammed Miftah, Rahawi's deputy, as acting prime minister. Mahdi al-Mashat, "
     "head of the Houthis' Supreme Political Council, vowed revenge in a televised speech and said "
     "Israel would \"pay a price\".\n"
     "Israeli Defense Minister Israel Katz said the military had struck \"the Houthi terrorist "
     "regime\" while its leaders gathered to watch a speech by Abdul-Malik al-Houthi. Israel's "
     "military had initially said it targeted the group's chief of staff, Mohammed al-Ghamari, and "
     "defence minister Mohammed al-Atifi; the Houthis did not say whether either was hurt.\n"
     "The Houthis' military spokesman Yahya Saree said the group fired missiles at Israel in "
     "response. Rahawi had been appointed in August 2024, replacing Abdulaziz bin Habtoor, and was "
     "seen as a largely ceremonial figure. Ibrahim al-Dailami, the group's ambassador in Tehran, "
     "told Al Mayadeen the killings \"will not go unpunished\".",
     [("LEADS", RAH, "organization:houthi-government", "the prime minister of their"),
      ("ASSASSINATED_BY", RAH, ISR, "killed in an Israeli air", "2025-08-28"),
      ("ATTACKED", ISR, "location:sanaa", "killed in an Israeli air", "2025-08-28"),
      ("SUCCESSOR_OF", "person:mohammed-miftah", RAH, "as acting prime minister", "2025-08-30"),
      ("LEADS", "person:mahdi-al-mashat", "organization:houthi-supreme-political-council",
       "head of the Houthis' Supreme"),
      ("MEMBER_OF", "person:mohammed-al-ghamari", HOU, "the group's chief of staff"),
      ("MEMBER_OF", "person:mohammed-al-atifi", "organization:houthi-government",
       "defence minister Mohammed"),
      ("MEMBER_OF", "person:yahya-saree", HOU, "military spokesman Yahya"),
      ("ATTACKED", HOU, ISR, "fired missiles at Israel", "2025-08"),
      ("SUCCESSOR_OF", RAH, "person:abdulaziz-bin-habtoor", "replacing Abdulaziz", "2024-08"),
      ("MEMBER_OF", "person:ibrahim-al-dailami", HOU, "the group's ambassador in Tehran"),
      ("REPORTED_BY", "person:ibrahim-al-dailami", "outlet:al-mayadeen", "told Al Mayadeen"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-08-30"}),

    ("arCH6_sinwar_succeeds_haniyeh", "ar",
     "الدوحة - «العربي الجديد»\n"
     "أعلنت حركة حماس، مساء الثلاثاء، اختيار رئيس مكتبها في غزة يحيى السنوار رئيساً لمكتبها السياسي "
     "خلفاً لإسماعيل هنية، الذي اغتيل فجر 31 تموز في مقر إقامته بطهران.\n"
     "وكان هنية قد وصل إلى العاصمة الإيرانية للمشاركة في مراسم تنصيب الرئيس مسعود بزشكيان، "
     "واستقبله المرشد علي خامنئي مساء 30 تموز، كما التقى بزشكيان والأمين العام لحركة الجهاد "
     "الإسلامي زياد النخالة، قبل ساعات من مقتله مع أحد مرافقيه.\n"
     "وحمّلت حماس وطهران إسرائيل المسؤولية وتوعدتا بالرد، فيما امتنعت إسرائيل عن التعليق. وقال عضو "
     "المكتب السياسي للحركة غازي حمد لقناة «الجزيرة» إن اختيار السنوار «رسالة بأن الحركة ماضية في "
     "خيار المقاومة».\n"
     "ولم يظهر السنوار علناً منذ هجوم السابع من تشرين الأول. ويُتوقع أن يتولى خليل الحية، نائبه "
     "في غزة، إدارة ملف المفاوضات من الدوحة.",
     [("LEADS", "person:yahya-sinwar", HAM, "اختيار رئيس مكتبها في غزة"),
      ("SUCCESSOR_OF", "person:yahya-sinwar", HAN, "خلفاً لإسماعيل هنية", "2024-08-06"),
      ("LEADS", HAN, HAM, "خلفاً لإسماعيل هنية"),
      ("VISITED", HAN, "location:tehran", "وصل إلى العاصمة الإيرانية", "2024-07-30"),
      ("LEADS", PEZ, "country:iran", "تنصيب الرئيس مسعود"),
      ("MET_WITH", HAN, "person:ali-khamenei", "واستقبله المرشد", "2024-07-30"),
      ("LEADS", "person:ali-khamenei", "country:iran", "واستقبله المرشد"),
      ("MET_WITH", HAN, PEZ, "كما التقى بزشكيان", "2024-07-30"),
      ("MET_WITH", HAN, "person:ziad-al-nakhalah", "كما التقى بزشكيان", "2024-07-30"),
      ("LEADS", "person:ziad-al-nakhalah", "organization:palestinian-islamic-jihad",
       "والأمين العام لحركة الجهاد"),
      ("MEMBER_OF", "person:ghazi-hamad", HAM, "المكتب السياسي للحركة غازي"),
      ("REPORTED_BY", "person:ghazi-hamad", "outlet:al-jazeera", "لقناة «الجزيرة»"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-08-06"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCH")
