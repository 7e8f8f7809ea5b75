"""Blind set EO: Biden-era Washington and the long tail of the Soleimani strike, 2020-2023.

Stories: McGurk and Hochstein received by al-Sudani in Baghdad, talks with Fuad Hussein and
Hayan Abdul-Ghani, Hochstein received in Erbil, no meeting with the Coordination Framework
(AP-style, Feb 2023); Sullivan received by Mohammed bin Salman in Jeddah with McGurk and
Hochstein, an earlier Reema bint Bandar meeting, no meeting with Khalid bin Salman this time
(Asharq Al-Awsat-style Arabic citing the Washington Post, Jul 2023); Kurilla takes over Central
Command from McKenzie at MacDill, McKenzie's own succession of Votel, Trump's order to kill
Soleimani (New York Times-style, Apr 2022); Kurilla in north-east Syria with Mazloum Abdi and
in Baghdad with al-Sudani and Yarallah (Alhurra-style Arabic, 2023); a federal judge holding
Iran liable for the killing of Robert Levinson (Washington Post-style, 2020); the Rusafa court's
arrest warrant for Trump over al-Muhandis (Al-Quds Al-Arabi citing AP, Jan 2021).
Style: en/ar alternating; delegations received as a list, "held talks with", "did not meet",
an earlier meeting stated inside a negated sentence, a planned transfer of power, a killing
claimed by the Pentagon, a court ruling as the agent's source. Spellings: Kazemi, Mohandes,
McGurk / ماكغورك, Kurilla / كوريلا, قيادة المنطقة الوسطى.
Written and annotated blind (extractor neither read nor run). A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_eo/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ep import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, IRAQ = "country:united-states", "country:iran", "country:iraq"
STATE, DOD, JCS = ("organization:us-state-department", "organization:us-department-of-defense",
                   "organization:joint-chiefs-of-staff")
CENTCOM, WH = "organization:us-central-command", "organization:white-house"
QF, PMF, KH = "organization:quds-force", "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
IRQGOV, KRG = "organization:iraqi-government", "organization:kurdistan-regional-government"
TRUMP, BIDEN, AUSTIN, MILLEY = ("person:donald-trump", "person:joe-biden", "person:lloyd-austin",
                                "person:mark-milley")
MCK, KUR, VOTEL, GUILLOT = ("person:kenneth-mckenzie", "person:erik-kurilla", "person:joseph-votel",
                            "person:gregory-guillot")
SOL, MUH = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
SUD, MCG, HOCH = "person:mohammed-shia-al-sudani", "person:brett-mcgurk", "person:amos-hochstein"
FUAD, HAYAN, MASR, KADH = ("person:fuad-hussein", "person:hayan-abdul-ghani", "person:masrour-barzani",
                           "person:mustafa-al-kadhimi")
MBS, SULL, REEMA, KBS = ("person:mohammed-bin-salman", "person:jake-sullivan", "person:reema-bint-bandar",
                         "person:khalid-bin-salman")
ABDI, YAR = "person:mazloum-abdi", "person:abdul-amir-yarallah"
LEV, KELLY, POMP, SALAH = ("person:robert-levinson", "person:timothy-kelly", "person:mike-pompeo",
                           "person:dawud-salahuddin")
ZAIDAN = "person:faiq-zaidan"
AINASAD, MACDILL = "location:ain-al-asad-air-base", "location:macdill-air-force-base"

ARTICLES = [
    ("enEO1_mcgurk_hochstein_baghdad", "en",
     "BAGHDAD (AP) - Iraqi Prime Minister Mohammed Shia al-Sudani received two senior envoys of "
     "President Joe Biden on Wednesday, the White House Middle East coordinator Brett McGurk and "
     "the State Department's energy envoy Amos Hochstein, in talks that focused on Iraq's chronic "
     "power shortages and its reliance on Iranian gas.\n"
     "The envoys also held talks with Foreign Minister Fuad Hussein and Oil Minister Hayan "
     "Abdul-Ghani, according to a statement from al-Sudani's office. A U.S. official, who spoke on "
     "condition of anonymity because he was not authorized to brief reporters, said Washington "
     "wanted Baghdad to stop flaring gas and to cut its electricity imports from Iran.\n"
     "McGurk was last in Baghdad in 2021, when he met then-Prime Minister Mustafa al-Kazemi. This "
     "time he did not meet leaders of the Coordination Framework, the alliance of Iran-aligned "
     "parties that brought al-Sudani to power, the official said.\n"
     "Hochstein flew on to Erbil, where he was received by Kurdistan Region Prime Minister Masrour "
     "Barzani.\n"
     "Relations between Washington and the factions have been strained since the January 2020 U.S. "
     "drone strike near Baghdad's airport that killed Iranian Gen. Qassem Soleimani and the Iraqi "
     "militia leader Abu Mahdi al-Mohandes.",
     [("LEADS", SUD, IRQGOV, "Iraqi Prime Minister Mohammed Shia al-Sudani"),
      ("LEADS", BIDEN, US, "President Joe Biden"),
      ("MET_WITH", SUD, MCG, "Middle East coordinator Brett McGurk", "2023-02-08"),
      ("MET_WITH", SUD, HOCH, "energy envoy Amos Hochstein", "2023-02-08"),
      ("MEMBER_OF", MCG, WH, "the White House Middle East coordinator"),
      ("MEMBER_OF", HOCH, STATE, "the State Department's energy envoy"),
      ("MET_WITH", MCG, FUAD, "Foreign Minister Fuad Hussein", "2023-02-08"),
      ("MET_WITH", HOCH, FUAD, "Foreign Minister Fuad Hussein", "2023-02-08"),
      ("MET_WITH", MCG, HAYAN, "Oil Minister Hayan", "2023-02-08"),
      ("MET_WITH", HOCH, HAYAN, "Oil Minister Hayan", "2023-02-08"),
      ("LEADS", FUAD, "organization:iraqi-foreign-ministry", "Foreign Minister Fuad Hussein"),
      ("LEADS", HAYAN, "organization:iraqi-oil-ministry", "Oil Minister Hayan"),
      ("VISITED", MCG, "location:baghdad", "McGurk was last in Baghdad in 2021", "2021"),
      ("MET_WITH", MCG, KADH, "when he met then-Prime Minister", "2021"),
      ("LEADS", KADH, IRQGOV, "then-Prime Minister Mustafa al-Kazemi"),
      ("VISITED", HOCH, "location:erbil", "Hochstein flew on to Erbil", "2023-02-09"),
      ("MET_WITH", HOCH, MASR, "where he was received by", "2023-02-09"),
      ("LEADS", MASR, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("ASSASSINATED_BY", SOL, US, "drone strike near Baghdad's airport that killed", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "drone strike near Baghdad's airport that killed", "2020-01-03"),
      ],
     {"source": "blind set (AP-style)", "published": "2023-02-08"}),

    ("arEO2_sullivan_jeddah_mbs", "ar",
     "جدة - «الشرق الأوسط» - استقبل ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان، "
     "في قصر السلام بجدة، مستشار الأمن القومي الأميركي جيك سوليفان والوفد المرافق له، الذي ضم "
     "منسق شؤون الشرق الأوسط في البيت الأبيض بريت ماكغورك ومبعوث الطاقة آموس هوكشتاين.\n"
     "وجرى خلال الاستقبال استعراض العلاقات الثنائية والتطورات الإقليمية، بحسب وكالة الأنباء "
     "السعودية. وكانت سفيرة المملكة لدى الولايات المتحدة الأميرة ريما بنت بندر قد التقت ماكغورك "
     "في واشنطن الأسبوع الماضي تمهيداً للزيارة.\n"
     "ونقلت صحيفة «واشنطن بوست» عن مسؤولين مطلعين أن المحادثات تناولت شروط الرياض لأي تطبيع "
     "محتمل مع إسرائيل، ومنها ضمانات أمنية أميركية وبرنامج نووي مدني. وأوضح المسؤولون أن سوليفان "
     "لم يلتقِ وزير الدفاع الأمير خالد بن سلمان خلال هذه الزيارة، بعدما اجتمعا في واشنطن قبل "
     "أشهر.\n"
     "ويأتي التحرك الأميركي بعد أشهر من توقيع الرياض وطهران اتفاق استئناف العلاقات في بكين. "
     "وتنظر واشنطن إلى الوساطات الإقليمية بحذر منذ أن قال مسؤولون عراقيون إن سليماني كان يحمل "
     "رسالة إلى الرياض يوم اغتياله بغارة أميركية في بغداد عام 2020.",
     [("MET_WITH", MBS, SULL, "مستشار الأمن القومي الأميركي جيك سوليفان", "2023-07-27"),
      ("MET_WITH", MBS, MCG, "بريت ماكغورك", "2023-07-27"),
      ("MET_WITH", MBS, HOCH, "ومبعوث الطاقة آموس هوكشتاين", "2023-07-27"),
      ("VISITED", SULL, "location:jeddah", "في قصر السلام بجدة", "2023-07-27"),
      ("VISITED", MCG, "location:jeddah", "في قصر السلام بجدة", "2023-07-27"),
      ("VISITED", HOCH, "location:jeddah", "في قصر السلام بجدة", "2023-07-27"),
      ("MEMBER_OF", MCG, WH, "منسق شؤون الشرق الأوسط في البيت الأبيض"),
      ("MET_WITH", REEMA, MCG, "قد التقت ماكغورك", "2023-07"),
      ("LEADS", KBS, "organization:saudi-defence-ministry", "وزير الدفاع الأمير خالد"),
      ("MET_WITH", SULL, KBS, "بعدما اجتمعا في واشنطن"),
      ("VISITED", KBS, "location:washington", "بعدما اجتمعا في واشنطن"),
      ("ASSASSINATED_BY", SOL, US, "يوم اغتياله بغارة أميركية", "2020-01-03"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style Arabic, citing the Washington Post)",
      "published": "2023-07-28"}),

    ("enEO3_kurilla_takes_centcom", "en",
     "TAMPA, Florida - Gen. Michael E. Kurilla took over U.S. Central Command on Friday from Gen. "
     "Kenneth F. McKenzie Jr., the Marine officer who led American forces in the Middle East "
     "through the confrontation with Iran and the chaotic withdrawal from Afghanistan.\n"
     "Defense Secretary Lloyd J. Austin III presided over the ceremony at MacDill Air Force Base, "
     "praising General McKenzie as \"a warrior-scholar\" who had kept Iran and its proxies off "
     "balance. Gen. Mark A. Milley, the chairman of the Joint Chiefs, and Lt. Gen. Gregory Guillot, "
     "the command's deputy, also attended.\n"
     "General McKenzie, known as Frank, had replaced Gen. Joseph L. Votel in March 2019. Ten months "
     "later, President Donald J. Trump ordered the strike that killed Maj. Gen. Qassim Soleimani "
     "at Baghdad's airport, a decision that, according to current and former officials, General "
     "McKenzie had privately warned would invite retaliation. Days later, Iranian missiles struck "
     "the Ain al-Asad air base in western Iraq, wounding more than 100 American troops.\n"
     "General Kurilla, a former commander of the XVIII Airborne Corps, is expected to travel to the "
     "region within weeks and to meet Iraqi and Israeli commanders, a defense official said on "
     "condition of anonymity.",
     [("SUCCESSOR_OF", KUR, MCK, "took over U.S. Central Command on Friday from", "2022-04-01"),
      ("LEADS", KUR, CENTCOM, "Gen. Michael E. Kurilla took over"),
      ("LEADS", MCK, CENTCOM, "Kenneth F. McKenzie Jr., the Marine officer"),
      ("LEADS", AUSTIN, DOD, "Defense Secretary Lloyd J"),
      ("VISITED", AUSTIN, MACDILL, "presided over the ceremony at MacDill", "2022-04-01"),
      ("LEADS", MILLEY, JCS, "the chairman of the Joint Chiefs"),
      ("MEMBER_OF", GUILLOT, CENTCOM, "the command's deputy"),
      ("SUCCESSOR_OF", MCK, VOTEL, "had replaced Gen. Joseph L", "2019-03-28"),
      ("LEADS", TRUMP, US, "President Donald J. Trump ordered"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered the strike that killed", "2020-01-03"),
      ("ATTACKED", IRAN, AINASAD, "Iranian missiles struck", "2020-01-08"),
      ("LOCATED_IN", AINASAD, IRAQ, "air base in western Iraq"),
      ],
     {"source": "blind set (New York Times-style)", "published": "2022-04-01"}),

    ("arEO4_kurilla_syria_baghdad", "ar",
     "واشنطن - «الحرة» - زار قائد القيادة المركزية الأميركية الجنرال مايكل إريك كوريلا شمال شرقي "
     "سوريا، حيث التقى القائد العام لقوات سوريا الديمقراطية مظلوم عبدي، وتفقد مخيم الهول الذي "
     "يؤوي عشرات الآلاف من عائلات عناصر تنظيم داعش، وفق بيان للقيادة.\n"
     "وقال البيان إن كوريلا بحث مع عبدي «التهديد المستمر» الذي يمثله التنظيم، وسبل تسريع إعادة "
     "قاطني المخيم إلى بلدانهم. ولم يُشر البيان إلى أي لقاء مع ممثلين عن الحكومة السورية.\n"
     "وانتقل الجنرال الأميركي بعد ذلك إلى بغداد، فاستقبله رئيس الوزراء محمد شياع السوداني، كما "
     "اجتمع برئيس أركان الجيش العراقي الفريق أول ركن عبد الأمير يار الله.\n"
     "وتأتي الزيارة بعد أيام من هجمات بطائرات مسيّرة استهدفت القوات الأميركية في قاعدتين "
     "بسوريا، تبنتها «المقاومة الإسلامية في العراق»، فيما نفت طهران أي صلة لها بها.\n"
     "وكان كوريلا قد تسلّم قيادة المنطقة الوسطى خلفاً للجنرال كينيث ماكنزي، الذي كان قائداً لها "
     "حين قُتل قاسم سليماني بغارة أميركية في بغداد مطلع 2020.",
     [("LEADS", KUR, CENTCOM, "قائد القيادة المركزية الأميركية الجنرال"),
      ("VISITED", KUR, "country:syria", "زار قائد القيادة المركزية"),
      ("MET_WITH", KUR, ABDI, "حيث التقى القائد العام"),
      ("LEADS", ABDI, "organization:syrian-democratic-forces", "القائد العام لقوات سوريا الديمقراطية"),
      ("VISITED", KUR, "location:baghdad", "وانتقل الجنرال الأميركي بعد ذلك إلى بغداد"),
      ("MET_WITH", KUR, SUD, "فاستقبله رئيس الوزراء"),
      ("LEADS", SUD, IRQGOV, "رئيس الوزراء محمد شياع السوداني"),
      ("MET_WITH", KUR, YAR, "اجتمع برئيس أركان الجيش العراقي"),
      ("LEADS", YAR, "organization:iraqi-army", "رئيس أركان الجيش العراقي الفريق"),
      ("ATTACKED", "organization:islamic-resistance-in-iraq", "organization:us-armed-forces",
       "تبنتها «المقاومة الإسلامية في العراق»"),
      ("SUCCESSOR_OF", KUR, MCK, "خلفاً للجنرال كينيث ماكنزي", "2022-04-01"),
      ("LEADS", MCK, CENTCOM, "الذي كان قائداً لها"),
      ("ASSASSINATED_BY", SOL, US, "بغارة أميركية في بغداد", "2020-01-03"),
      ],
     {"source": "blind set (Alhurra-style Arabic)", "published": "2023-03-30"}),

    ("enEO5_levinson_ruling", "en",
     "WASHINGTON - A federal judge has ordered Iran to pay $1.45 billion to the family of Robert "
     "Levinson, the retired FBI agent who vanished on Iran's Kish Island in 2007, ruling that Iran "
     "was responsible for his abduction, torture and killing.\n"
     "In a 32-page opinion, U.S. District Judge Timothy J. Kelly wrote that Levinson had been "
     "subjected to \"severe physical and mental pain and suffering\" and that Tehran had sought to "
     "conceal his fate for more than a decade. Iran did not respond to the lawsuit and has long "
     "denied holding him.\n"
     "Levinson's wife, Christine, said the ruling was \"an important step\" toward accountability. "
     "The family has said it was told by U.S. officials in March that he had most likely died in "
     "Iranian custody; Secretary of State Mike Pompeo said at the time that Washington would hold "
     "Tehran to account.\n"
     "On the day he disappeared, Levinson met an American fugitive, Dawud Salahuddin, at a hotel "
     "on Kish, according to people familiar with the case who spoke on condition of anonymity. It "
     "later emerged that he had been working for CIA analysts on an unauthorized mission.\n"
     "The ruling came nine months after the U.S. strike that killed Qassem Soleimani in Baghdad, "
     "which Iranian officials said had ended any prospect of a prisoner deal.",
     [("ASSASSINATED_BY", LEV, IRAN, "ruling that Iran was responsible"),
      ("MEMBER_OF", LEV, "organization:fbi", "the retired FBI agent"),
      ("VISITED", LEV, "location:kish-island", "who vanished on Iran's Kish Island", "2007-03"),
      ("LOCATED_IN", "location:kish-island", IRAN, "Iran's Kish Island"),
      ("MEMBER_OF", KELLY, "organization:us-district-court-dc", "U.S. District Judge Timothy J"),
      ("LEADS", POMP, STATE, "Secretary of State Mike Pompeo"),
      ("MET_WITH", LEV, SALAH, "Levinson met an American fugitive", "2007-03-09"),
      ("ASSASSINATED_BY", SOL, US, "the U.S. strike that killed", "2020-01-03"),
      ],
     {"source": "blind set (Washington Post-style)", "published": "2020-10-01"}),

    ("arEO6_rusafa_warrant_trump", "ar",
     "بغداد - «القدس العربي» - أصدرت محكمة تحقيق الرصافة في بغداد، الخميس، مذكرة قبض بحق "
     "الرئيس الأميركي المنتهية ولايته دونالد ترامب، على خلفية مقتل نائب رئيس هيئة الحشد الشعبي "
     "أبو مهدي المهندس، وفق بيان لمجلس القضاء الأعلى.\n"
     "وأوضح البيان أن المذكرة صدرت استناداً إلى المادة 406 من قانون العقوبات، التي تنص على "
     "الإعدام في جرائم القتل العمد، بعد أن استمع قاضي التحقيق إلى أقوال ذوي المهندس.\n"
     "ونقلت وكالة «أسوشيتد برس» عن رئيس مجلس القضاء الأعلى فائق زيدان قوله إن التحقيقات "
     "«مستمرة لكشف باقي المتورطين»، سواء كانوا عراقيين أو أجانب.\n"
     "وكان المهندس، وهو مؤسس كتائب حزب الله، قد قُتل مع قائد فيلق القدس الإيراني قاسم سليماني "
     "في غارة بطائرة مسيّرة قرب مطار بغداد فجر الثالث من كانون الثاني 2020، أعلنت وزارة الدفاع "
     "الأميركية أن الجيش الأميركي نفذها «بتوجيه من الرئيس».\n"
     "وتُعدّ المذكرة رمزية إلى حد بعيد، إذ يستبعد خبراء قانونيون تنفيذها، وتأتي قبل أيام من "
     "الموعد المقرر لمغادرة ترامب البيت الأبيض وتسلّم جو بايدن السلطة.",
     [("LEADS", TRUMP, US, "الرئيس الأميركي المنتهية ولايته"),
      ("MEMBER_OF", MUH, PMF, "نائب رئيس هيئة الحشد الشعبي"),
      ("LEADS", ZAIDAN, "organization:supreme-judicial-council", "رئيس مجلس القضاء الأعلى فائق"),
      ("REPORTED_BY", ZAIDAN, "outlet:ap", "ونقلت وكالة «أسوشيتد برس»"),
      ("MEMBER_OF", MUH, KH, "وهو مؤسس كتائب حزب الله"),
      ("LEADS", SOL, QF, "قائد فيلق القدس الإيراني"),
      ("ASSASSINATED_BY", MUH, US, "الجيش الأميركي نفذها", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, US, "الجيش الأميركي نفذها", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "«بتوجيه من الرئيس»", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "«بتوجيه من الرئيس»", "2020-01-03"),
      ],
     {"source": "blind set (Al-Quds Al-Arabi-style Arabic, citing AP)", "published": "2021-01-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEO")
