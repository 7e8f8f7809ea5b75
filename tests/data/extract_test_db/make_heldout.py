"""Blind set DB: Muqtada al-Sadr, the Coordination Framework and Erbil-Baghdad talks, 2021-2025:
Sadr meeting Framework leaders at Hadi al-Amiri's house, with Kataib Hezbollah left out
(Rudaw-style, Dec 2021); the Sadrist bloc's resignation from parliament with the Hanana meetings
of January and a refused meeting with al-Maliki (Baghdad Today Arabic-style, Jun 2022); Masrour
Barazani's salary and oil talks in Baghdad, a postponed meeting and a phone call (Kurdistan24-style,
2025); Bafel Talabani meeting Masrour Barzani in Erbil after a Baghdad round, a missed meeting and
a planned one (Shafaq Arabic-style, 2025); the Green Zone clashes after al-Sadir quit politics,
with deaths without a stated agent and a denied accusation (Shafaq-style, Aug 2022); Nechirvan
Barzani's round of meetings in Baghdad, a planned one and a phone call (Kurdistan24 Arabic-style,
2024).
Style: en/ar alternating; lists of interlocutors; "also attended"; refused, postponed and planned
meetings; phone calls; accusations denied; a co-leader ousted (not a succession). Spellings: Moqtada
al-Sadr / Muqtada al-Sadir, Masrour Barazani, Sudani, التيار الوطني الشيعي for the renamed Sadrist
movement.
Written and annotated blind (extractor neither read nor run).
A DEV set since session 13 (measured once blind; in session 13 used only to choose the learned scorer's settings; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_db/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_dc import ALL  # noqa: E402

HERE = Path(__file__).parent

IRQ = "country:iraq"
SADR, AMI, MAL, KHZ, HAK, FAY, ABA, JAB = ("person:muqtada-al-sadr", "person:hadi-al-amiri",
                                           "person:nouri-al-maliki", "person:qais-al-khazali",
                                           "person:ammar-al-hakim", "person:falih-al-fayyadh",
                                           "person:haider-al-abadi", "person:ibrahim-al-jabiri")
HAL, KHA, ADH, REB = ("person:mohammed-al-halbousi", "person:khamis-al-khanjar", "person:hassan-al-adhari",
                      "person:rebar-ahmed")
MAS, NECH, SUD, QUB, AWAT, HAY = ("person:masrour-barzani", "person:nechirvan-barzani",
                                  "person:mohammed-shia-al-sudani", "person:qubad-talabani",
                                  "person:awat-sheikh-janab", "person:hayan-abdul-ghani")
BAF, DAR, PIRA, LAH = ("person:bafel-talabani", "person:darbaz-kosrat-rasul", "person:saadi-ahmed-pira",
                       "person:lahur-sheikh-jangi")
KAD, PLA, YAR, SMI, SAIF = ("person:mustafa-al-kadhimi", "person:jeanine-hennis-plasschaert",
                            "person:abdul-amir-yarallah", "person:saleh-mohammed-al-iraqi",
                            "person:saif-al-badr")
RASH, ZAI, DIL = "person:abdul-latif-rashid", "person:faiq-zaidan", "person:dilshad-shahab"
SADM, SBLOC, CF = ("organization:sadrist-movement", "organization:sadrist-bloc",
                   "organization:coordination-framework")
KRG, KRP, PUK = ("organization:kurdistan-regional-government", "organization:kurdistan-region-presidency",
                 "organization:patriotic-union-of-kurdistan")
SOL, FATAH, HIK = ("organization:state-of-law-coalition", "organization:fatah-alliance",
                   "organization:hikma-movement")
PMF, ASA = "organization:popular-mobilization-forces", "organization:asaib-ahl-al-haq"

ARTICLES = [
    ("enDB1_sadr_meets_framework", "en",
     "BAGHDAD, Kurdistan Region (Rudaw) - Shiite cleric Moqtada al-Sadr, whose movement came first in "
     "the October elections, met on Thursday with leaders of the rival Coordination Framework at the "
     "Baghdad home of Badr Organization chief Hadi al-Amiri, their first face-to-face encounter since "
     "the vote.\n"
     "Sadr sat down with Amiri, former prime minister Nouri al-Maliki, Asaib Ahl al-Haq leader Qais "
     "al-Khazali and Ammar al-Hakim of the National Wisdom Movement, according to a statement from "
     "Sadr's office. Popular Mobilization Forces chairman Falih al-Fayyadh and former premier Haider "
     "al-Abadi also attended.\n"
     "The meeting ended without agreement. \"A national majority government is the way,\" Sadr wrote "
     "afterwards, rejecting the consensus formula the Framework favours. Ibrahim al-Jabiri, head of "
     "Sadr's private office, told Rudaw that the cleric had not met representatives of Kataib Hezbollah, "
     "which was not invited.\n"
     "The Sadrist bloc won 73 of parliament's 329 seats, while Maliki's State of Law coalition won 33. "
     "Framework supporters had rejected the results and staged a weeks-long sit-in near the Green Zone.",
     [("LEADS", SADR, SADM, "whose movement came first"),
      ("LEADS", AMI, "organization:badr-organization", "Badr Organization chief Hadi"),
      ("MET_WITH", SADR, AMI, "Sadr sat down with Amiri", "2021-12-02"),
      ("MET_WITH", SADR, MAL, "Sadr sat down with Amiri", "2021-12-02"),
      ("MET_WITH", SADR, KHZ, "Sadr sat down with Amiri", "2021-12-02"),
      ("MET_WITH", SADR, HAK, "Sadr sat down with Amiri", "2021-12-02"),
      ("LEADS", KHZ, ASA, "Asaib Ahl al-Haq leader Qais"),
      ("LEADS", HAK, HIK, "Ammar al-Hakim of the National Wisdom Movement"),
      ("MET_WITH", SADR, FAY, "also attended", "2021-12-02"),
      ("MET_WITH", SADR, ABA, "also attended", "2021-12-02"),
      ("LEADS", FAY, PMF, "Popular Mobilization Forces chairman Falih"),
      ("MEMBER_OF", JAB, SADM, "head of Sadr's private office"),
      ("REPORTED_BY", JAB, "outlet:rudaw", "told Rudaw that"),
      ("LEADS", MAL, SOL, "Maliki's State of Law coalition"),
      ],
     {"source": "blind set (Rudaw-style)", "published": "2021-12-02"}),

    ("arDB2_sadrist_resignation_hanana", "ar",
     "بغداد - بغداد اليوم: قدّم نواب الكتلة الصدرية الثلاثة والسبعون، الأحد، استقالاتهم من مجلس النواب "
     "العراقي بناءً على توجيه من زعيم التيار الصدري مقتدى الصدر، ووقّع رئيس المجلس محمد الحلبوسي على "
     "الاستقالات بعد ساعات.\n"
     "وقال رئيس الكتلة حسن العذاري إن النواب \"انسحبوا من البرلمان تلبية لأمر سماحة السيد\"، بعد ثمانية "
     "أشهر من الانسداد السياسي.\n"
     "وكان الصدر قد استقبل في كانون الثاني الماضي، في منزله بمنطقة الحنانة في النجف، الحلبوسي ورئيس "
     "تحالف السيادة خميس الخنجر، وبحث معهما تشكيل حكومة أغلبية وطنية بالتحالف مع الحزب الديمقراطي "
     "الكردستاني. كما التقى في الحنانة بعد أسابيع القيادي في الديمقراطي الكردستاني ريبر أحمد، مرشح الحزب "
     "لرئاسة الجمهورية بعد أن استبعدت المحكمة الاتحادية العليا هوشيار زيباري.\n"
     "ورفض الصدر طوال تلك الأشهر دعوات الإطار التنسيقي إلى لقاء يجمعه بزعيم ائتلاف دولة القانون نوري "
     "المالكي، ولم يلتقِ به. وقال مصدر مقرب من الإطار لبغداد اليوم إن قادته سيجتمعون الاثنين لبحث الخطوة "
     "التالية.\n"
     "ويرى مراقبون أن انسحاب الصدريين يمنح الإطار، ومن أبرز قادته هادي العامري، الأغلبية في البرلمان.",
     [("WITHDREW_FROM", SBLOC, "organization:iraqi-parliament", "استقالاتهم من مجلس النواب", "2022-06-12"),
      ("LEADS", SADR, SADM, "زعيم التيار الصدري مقتدى"),
      ("LEADS", HAL, "organization:iraqi-parliament", "رئيس المجلس محمد الحلبوسي"),
      ("LEADS", ADH, SBLOC, "رئيس الكتلة حسن العذاري"),
      ("MET_WITH", SADR, HAL, "وكان الصدر قد استقبل", "2022-01"),
      ("MET_WITH", SADR, KHA, "وكان الصدر قد استقبل", "2022-01"),
      ("VISITED", HAL, "location:hanana", "وكان الصدر قد استقبل", "2022-01"),
      ("VISITED", KHA, "location:hanana", "وكان الصدر قد استقبل", "2022-01"),
      ("LEADS", KHA, "organization:sovereignty-alliance", "تحالف السيادة خميس"),
      ("LOCATED_IN", "location:hanana", "location:najaf", "بمنطقة الحنانة في النجف"),
      ("MET_WITH", SADR, REB, "كما التقى في الحنانة", "2022-02"),
      ("MEMBER_OF", REB, "organization:kurdistan-democratic-party", "القيادي في الديمقراطي الكردستاني ريبر"),
      ("LEADS", MAL, SOL, "بزعيم ائتلاف دولة القانون"),
      ("MEMBER_OF", AMI, CF, "ومن أبرز قادته هادي"),
      ],
     {"source": "blind set (Baghdad Today Arabic-style)", "published": "2022-06-12"}),

    ("enDB3_barazani_baghdad_salaries", "en",
     "BAGHDAD (Kurdistan24) - Kurdistan Region Prime Minister Masrour Barazani held talks in Baghdad on "
     "Sunday with Iraqi Prime Minister Mohammed Shia al-Sudani on the stalled payment of public salaries "
     "and the resumption of Kurdish oil exports, his office said.\n"
     "Barazani, who arrived with Deputy Prime Minister Qubad Talabani and Finance Minister Awat Sheikh "
     "Janab, also met Coordination Framework figures Hadi al-Amiri and Ammar al-Hakim at their offices. "
     "A planned meeting with State of Law leader Nouri al-Maliki was postponed.\n"
     "\"The people of Kurdistan must not be punished for political disputes,\" Barazani said after the "
     "talks. Sudani's office said the two men agreed that the Kurdistan Regional Government would hand "
     "its oil to the federal marketer SOMO in exchange for regular salary transfers.\n"
     "Federal Oil Minister Hayan Abdul-Ghani said separately that exports through the Iraq-Turkey "
     "pipeline, halted since March 2023, could resume within weeks. Later in the day Sudani spoke by "
     "phone with Kurdistan Region President Nechirvan Barzani. Barazani returned to Erbil in the evening.",
     [("LEADS", MAS, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("MET_WITH", MAS, SUD, "held talks in Baghdad on Sunday", "2025-07"),
      ("VISITED", MAS, "location:baghdad", "held talks in Baghdad on Sunday", "2025-07"),
      ("LEADS", SUD, IRQ, "Iraqi Prime Minister Mohammed Shia"),
      ("MEMBER_OF", QUB, KRG, "Deputy Prime Minister Qubad"),
      ("MEMBER_OF", AWAT, KRG, "Finance Minister Awat"),
      ("MET_WITH", MAS, AMI, "also met Coordination Framework figures", "2025-07"),
      ("MET_WITH", MAS, HAK, "also met Coordination Framework figures", "2025-07"),
      ("MEMBER_OF", AMI, CF, "also met Coordination Framework figures"),
      ("MEMBER_OF", HAK, CF, "also met Coordination Framework figures"),
      ("LEADS", MAL, SOL, "State of Law leader Nouri"),
      ("LEADS", HAY, "organization:iraqi-oil-ministry", "Federal Oil Minister Hayan"),
      ("LEADS", NECH, KRP, "Kurdistan Region President Nechirvan"),
      ],
     {"source": "blind set (Kurdistan24-style)", "published": "2025-07-13"}),

    ("arDB4_bafel_masrour_erbil", "ar",
     "السليمانية/ شفق نيوز - التقى رئيس الاتحاد الوطني الكردستاني بافل طالباني، مساء الثلاثاء، برئيس "
     "حكومة إقليم كوردستان مسرور بارزاني في أربيل، في أول اجتماع بينهما منذ انتخابات برلمان الإقليم، "
     "لبحث تشكيل الكابينة العاشرة.\n"
     "وضم وفد الاتحاد الوطني عضو المكتب السياسي دارباز كوسرت رسول، نجل نائب الأمين العام السابق للحزب.\n"
     "وقال المتحدث باسم الاتحاد الوطني سعدي أحمد بيره لشفق نيوز إن الجانبين \"اتفقا على الإسراع بعقد "
     "الجلسة الأولى للبرلمان\"، نافياً وجود خلاف على منصب وزير الداخلية.\n"
     "وكان طالباني قد زار بغداد الأسبوع الماضي، واجتمع بالسوداني وبرئيس تحالف الفتح هادي العامري، لكنه "
     "لم يلتقِ زعيم ائتلاف دولة القانون نوري المالكي بسبب سفر الأخير. ومن المنتظر أن يستقبل رئيس الإقليم "
     "نيجيرفان بارزاني طالباني الأسبوع المقبل.\n"
     "ويتزعم بافل طالباني الاتحاد الوطني منفرداً منذ 2021، بعد إقصاء ابن عمه لاهور شيخ جنكي من الرئاسة "
     "المشتركة للحزب.",
     [("LEADS", BAF, PUK, "التقى رئيس الاتحاد الوطني الكردستاني بافل"),
      ("MET_WITH", BAF, MAS, "التقى رئيس الاتحاد الوطني الكردستاني بافل", "2025"),
      ("LEADS", MAS, KRG, "حكومة إقليم كوردستان مسرور"),
      ("VISITED", BAF, "location:erbil", "مسرور بارزاني في أربيل", "2025"),
      ("MEMBER_OF", DAR, PUK, "عضو المكتب السياسي دارباز"),
      ("MEMBER_OF", PIRA, PUK, "المتحدث باسم الاتحاد الوطني سعدي"),
      ("REPORTED_BY", PIRA, "outlet:shafaq-news", "بيره لشفق نيوز"),
      ("VISITED", BAF, "location:baghdad", "وكان طالباني قد زار بغداد", "2025"),
      ("MET_WITH", BAF, SUD, "واجتمع بالسوداني", "2025"),
      ("MET_WITH", BAF, AMI, "واجتمع بالسوداني", "2025"),
      ("LEADS", AMI, FATAH, "رئيس تحالف الفتح هادي"),
      ("LEADS", MAL, SOL, "زعيم ائتلاف دولة القانون نوري"),
      ("LEADS", NECH, KRP, "رئيس الإقليم نيجيرفان"),
      ("LEADS", LAH, PUK, "بعد إقصاء ابن عمه لاهور"),
      ],
     {"source": "blind set (Shafaq News Arabic-style)", "published": "2025-01-14"}),

    ("enDB5_sadir_green_zone_aftermath", "en",
     "BAGHDAD (Shafaq News) - Calm returned to Baghdad's Green Zone on Wednesday after Shiite cleric "
     "Muqtada al-Sadir ordered his supporters to withdraw within an hour, ending nearly 24 hours of "
     "clashes that killed at least 30 people.\n"
     "Gunmen of Saraya al-Salam, the cleric's armed wing, had exchanged fire with security forces and "
     "Popular Mobilization units after al-Sadir announced on Monday that he was quitting politics for "
     "good. Most of the dead were Sadrist protesters shot near the Republican Palace, health ministry "
     "spokesman Saif al-Badr said, without saying who had shot them.\n"
     "Saleh Mohammed al-Iraqi, a close aide of al-Sadir, accused Asaib Ahl al-Haq of firing on the "
     "crowds from nearby buildings. Asaib's leader Qais al-Khazali denied the claim and told his "
     "followers to stay off the streets.\n"
     "Caretaker Prime Minister Mustafa al-Kadhimi, who had suspended cabinet sessions, met UN envoy "
     "Jeanine Hennis-Plasschaert and army chief of staff Abdul Amir Yarallah at his office late on "
     "Tuesday. He later spoke by phone with Kurdistan Region President Nechirvan Barzani.\n"
     "In a televised address on Tuesday, al-Sadir apologised to Iraqis and told Saraya al-Salam to "
     "withdraw or be disowned.",
     [("LEADS", SADR, "organization:saraya-al-salam", "the cleric's armed wing"),
      ("MEMBER_OF", SAIF, "organization:iraqi-health-ministry", "health ministry spokesman Saif"),
      ("MEMBER_OF", SMI, SADM, "a close aide of al-Sadir"),
      ("LEADS", KHZ, ASA, "Asaib's leader Qais"),
      ("LEADS", KAD, IRQ, "Caretaker Prime Minister Mustafa"),
      ("MET_WITH", KAD, PLA, "met UN envoy Jeanine", "2022-08-30"),
      ("MET_WITH", KAD, YAR, "met UN envoy Jeanine", "2022-08-30"),
      ("LEADS", PLA, "organization:unami", "met UN envoy Jeanine"),
      ("MEMBER_OF", YAR, "organization:iraqi-army", "army chief of staff Abdul"),
      ("LEADS", NECH, KRP, "Kurdistan Region President Nechirvan"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2022-08-31"}),

    ("arDB6_nechirvan_baghdad_round", "ar",
     "بغداد (كوردستان 24) - وصل رئيس إقليم كوردستان نيجيرفان بارزاني، صباح الأربعاء، إلى العاصمة العراقية "
     "بغداد في زيارة رسمية يلتقي خلالها كبار المسؤولين الاتحاديين، لبحث ملفي الموازنة ورواتب موظفي الإقليم.\n"
     "واستقبل رئيس الجمهورية عبد اللطيف رشيد بارزاني في قصر السلام، ثم اجتمع رئيس الإقليم برئيس مجلس "
     "الوزراء محمد شياع السوداني في القصر الحكومي.\n"
     "وفي المساء زار بارزاني زعيم ائتلاف دولة القانون نوري المالكي في منزله، كما التقى رئيس تحالف الفتح "
     "هادي العامري، وبحث مع رئيس مجلس القضاء الأعلى فائق زيدان قرارات المحكمة الاتحادية الأخيرة بشأن "
     "الإقليم.\n"
     "ومن المقرر أن يلتقي بارزاني رئيس تيار الحكمة عمار الحكيم الخميس، فيما أجرى اتصالاً هاتفياً بزعيم "
     "التيار الوطني الشيعي مقتدى الصدر، بحسب مصدر في رئاسة الإقليم.\n"
     "وقال المتحدث باسم رئاسة الإقليم دلشاد شهاب لكوردستان 24 إن الزيارة \"تهدف إلى تعزيز الثقة بين أربيل "
     "وبغداد وحل الخلافات وفق الدستور\".",
     [("LEADS", NECH, KRP, "رئيس إقليم كوردستان نيجيرفان"),
      ("VISITED", NECH, "location:baghdad", "إلى العاصمة العراقية", "2024-05"),
      ("MET_WITH", RASH, NECH, "واستقبل رئيس الجمهورية عبد اللطيف", "2024-05"),
      ("LEADS", RASH, IRQ, "واستقبل رئيس الجمهورية عبد اللطيف"),
      ("MET_WITH", NECH, SUD, "ثم اجتمع رئيس الإقليم", "2024-05"),
      ("LEADS", SUD, IRQ, "برئيس مجلس الوزراء محمد"),
      ("MET_WITH", NECH, MAL, "زار بارزاني زعيم ائتلاف", "2024-05"),
      ("LEADS", MAL, SOL, "زار بارزاني زعيم ائتلاف"),
      ("MET_WITH", NECH, AMI, "كما التقى رئيس تحالف الفتح", "2024-05"),
      ("LEADS", AMI, FATAH, "كما التقى رئيس تحالف الفتح"),
      ("MET_WITH", NECH, ZAI, "وبحث مع رئيس مجلس القضاء", "2024-05"),
      ("LEADS", ZAI, "organization:supreme-judicial-council", "وبحث مع رئيس مجلس القضاء"),
      ("LEADS", HAK, HIK, "رئيس تيار الحكمة عمار"),
      ("LEADS", SADR, SADM, "التيار الوطني الشيعي مقتدى"),
      ("MEMBER_OF", DIL, KRP, "المتحدث باسم رئاسة الإقليم دلشاد"),
      ("REPORTED_BY", DIL, "outlet:kurdistan24", "شهاب لكوردستان 24"),
      ],
     {"source": "blind set (Kurdistan24 Arabic-style)", "published": "2024-05-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDB")
