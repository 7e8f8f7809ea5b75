"""Blind set DA: Baghdad cabinets and security posts, 2019-2024, as Iraqi and Kurdish outlets
write them: al-Soudani's cabinet confirmed with its chain of replaced ministers, including an
acting finance minister (Shafaq News-style, Oct 2022); al-Kadhimi's July 2020 security reshuffle
removing al-Fayyadh as national security adviser, with earlier and later replacements (Al-Sumaria
Arabic-style); the central bank governor swapped twice (Kurdistan24-style, Jan 2023); al-Mashhadani
elected speaker after a year with an acting speaker and a defeated favourite (Shafaq Arabic-style,
Oct 2024); new U.S. and Iranian ambassadors received by Barham Salih (Baghdad Today-style, 2022);
the KRG's ninth cabinet and Nechirvan Barzani filling the vacant region presidency (Rudaw
Arabic-style, Jul 2019).
Style: en/ar alternating; long lists of who replaced whom, pronoun successors ("takes over ... from
him"), acting holders, a candidate "seen as the favourite" (not a successor), planned meetings,
phone calls, a meeting "not attended". Spellings: al-Soudani / al-Sudany, al-Kazimi / al-Kadhemi /
Kadhimi, بارازاني.
Written and annotated blind (extractor neither read nor run).
A DEV set since session 13 (measured once blind; in session 13 used only to choose the learned scorer's settings; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_da/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_dc import ALL  # noqa: E402

HERE = Path(__file__).parent

IRQ, IRN, TUR, US = "country:iraq", "country:iran", "country:turkey", "country:united-states"
SUD, KAD, HAL, ABB, INAD = ("person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi",
                            "person:mohammed-al-halbousi", "person:thabet-al-abbasi", "person:juma-inad")
SHAM, GHAN, FUH, HAY, IHS = ("person:abdul-amir-al-shammari", "person:osman-al-ghanmi", "person:fuad-hussein",
                             "person:hayan-abdul-ghani", "person:ihsan-abdul-jabbar")
ALW, TAIF, SHW = "person:ali-allawi", "person:taif-sami", "person:khalid-shwani"
FAY, ARA, ASA, SAA, YAR, YAS, BAS = ("person:falih-al-fayyadh", "person:qassim-al-araji",
                                     "person:abdul-ghani-al-asadi", "person:abdul-wahab-al-saadi",
                                     "person:abdul-amir-yarallah", "person:yassin-al-yasiri",
                                     "person:abdul-karim-abd-fadhil")
MUK, ALAQ, KHF, ROM = ("person:mustafa-ghaleb-mukhif", "person:ali-mohsen-al-alaq",
                       "person:ammar-hamad-khalaf", "person:alina-romanowski")
MASH, MAND, ISS, NECH = ("person:mahmoud-al-mashhadani", "person:mohsen-al-mandalawi",
                         "person:salem-al-issawi", "person:nechirvan-barzani")
TUE, SIL, SALIH, ALE, MASJ = ("person:matthew-tueller", "person:douglas-silliman", "person:barham-salih",
                              "person:mohammad-kazem-al-e-sadegh", "person:iraj-masjedi")
MAS, MSD, QUB, SHO, REB, FAG = ("person:masrour-barzani", "person:masoud-barzani", "person:qubad-talabani",
                                "person:shoresh-ismail", "person:rebar-ahmed", "person:stephen-fagin")
PARL, KRG, KRP = ("organization:iraqi-parliament", "organization:kurdistan-regional-government",
                  "organization:kurdistan-region-presidency")
NSS, PMF, CTS = ("organization:iraqi-national-security-service", "organization:popular-mobilization-forces",
                 "organization:counter-terrorism-service")
CBI, MOI = "organization:central-bank-of-iraq", "organization:iraqi-interior-ministry"

ARTICLES = [
    ("enDA1_soudani_cabinet_vote", "en",
     "BAGHDAD (Shafaq News) - Iraq's parliament on Thursday approved the cabinet of Prime Minister "
     "Mohammed Shia al-Soudani, ending a year of deadlock that followed the October 2021 election. "
     "Al-Soudani, 52, succeeds Mustafa al-Kazimi, who had led a caretaker government since the vote.\n"
     "Lawmakers confirmed 21 ministers in a session chaired by Speaker Mohammed al-Halbousi. Thabet "
     "al-Abbasi was named defence minister in place of Juma Inad, while Lt. Gen. Abdul Amir al-Shammari, "
     "a former deputy commander of joint operations, took over the interior ministry from Othman "
     "al-Ghanmi. Fuad Hussein kept the foreign ministry and was also made a deputy prime minister.\n"
     "At the oil ministry, Hayan Abdul-Ghani replaced Ihsan Abdul Jabbar, who had also run the finance "
     "ministry in an acting capacity since Ali Allawi resigned in August. Taif Sami, a career official "
     "and the first woman in the post, takes over the finance ministry from him.\n"
     "The Patriotic Union of Kurdistan's Khalid Shwani became justice minister. Two portfolios, "
     "construction and environment, were left vacant.\n"
     "\"We will not allow weapons outside the state,\" al-Soudani told the chamber before the vote. "
     "The Coordination Framework, the Shiite alliance that nominated him, welcomed the result.",
     [("LEADS", SUD, IRQ, "Prime Minister Mohammed Shia al-Soudani"),
      ("SUCCESSOR_OF", SUD, KAD, "succeeds Mustafa al-Kazimi", "2022-10-27"),
      ("LEADS", KAD, "organization:iraqi-government", "who had led a caretaker government"),
      ("LEADS", HAL, PARL, "chaired by Speaker Mohammed al-Halbousi"),
      ("SUCCESSOR_OF", ABB, INAD, "in place of Juma Inad", "2022-10-27"),
      ("LEADS", ABB, "organization:iraqi-defense-ministry", "was named defence minister"),
      ("SUCCESSOR_OF", SHAM, GHAN, "took over the interior ministry from", "2022-10-27"),
      ("LEADS", SHAM, MOI, "took over the interior ministry from"),
      ("LEADS", FUH, "organization:iraqi-foreign-ministry", "Fuad Hussein kept the foreign ministry"),
      ("SUCCESSOR_OF", HAY, IHS, "Hayan Abdul-Ghani replaced Ihsan Abdul Jabbar", "2022-10-27"),
      ("LEADS", HAY, "organization:iraqi-oil-ministry", "Hayan Abdul-Ghani replaced Ihsan Abdul Jabbar"),
      ("SUCCESSOR_OF", IHS, ALW, "in an acting capacity since Ali Allawi resigned", "2022-08"),
      ("SUCCESSOR_OF", TAIF, IHS, "takes over the finance ministry from him", "2022-10-27"),
      ("MEMBER_OF", SHW, "organization:patriotic-union-of-kurdistan", "Kurdistan's Khalid Shwani"),
      ("SUPPORTS", "organization:coordination-framework", SUD, "the Shiite alliance that nominated him"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2022-10-27"}),

    ("arDA2_kadhimi_security_reshuffle", "ar",
     "بغداد/ السومرية نيوز: أصدر رئيس مجلس الوزراء مصطفى الكاظمي، السبت، أمراً ديوانياً بإعفاء فالح "
     "الفياض من منصبي مستشار الأمن الوطني ورئيس جهاز الأمن الوطني، وتكليف قاسم الأعرجي بمهام مستشار "
     "الأمن الوطني خلفاً له.\n"
     "وبحسب الأمر، عُيّن عبد الغني الأسدي، القائد السابق في جهاز مكافحة الإرهاب، رئيساً لجهاز الأمن "
     "الوطني بدلاً من الفياض، الذي احتفظ برئاسة هيئة الحشد الشعبي.\n"
     "واستقبل الكاظمي في مكتبه مساء اليوم ذاته الأعرجي والأسدي، وأوصاهما بـ\"حصر السلاح بيد الدولة\"، "
     "وفق بيان لمكتبه الإعلامي. ولم يحضر الفياض اللقاء.\n"
     "ويأتي القرار بعد أسابيع من تعديلات أمنية واسعة، إذ أعاد الكاظمي الفريق الركن عبد الوهاب الساعدي "
     "إلى رئاسة جهاز مكافحة الإرهاب. وتسلّم الفريق الركن عبد الأمير يار الله رئاسة أركان الجيش بعد "
     "انتقال عثمان الغانمي إلى وزارة الداخلية، حيث حلّ الغانمي محل ياسين الياسري.\n"
     "وكان الأعرجي قد شغل منصب وزير الداخلية بين عامي 2017 و2018. وفي تشرين الثاني 2022 عيّن رئيس "
     "الوزراء محمد شياع السوداني عبد الكريم عبد فاضل، المعروف بأبي علي البصري، رئيساً لجهاز الأمن "
     "الوطني خلفاً للأسدي.",
     [("LEADS", KAD, IRQ, "رئيس مجلس الوزراء مصطفى الكاظمي"),
      ("SUCCESSOR_OF", ARA, FAY, "بمهام مستشار الأمن الوطني خلفاً له", "2020-07-04"),
      ("SUCCESSOR_OF", ASA, FAY, "الوطني بدلاً من الفياض", "2020-07-04"),
      ("LEADS", ASA, NSS, "الوطني بدلاً من الفياض"),
      ("LEADS", FAY, NSS, "من منصبي مستشار الأمن الوطني ورئيس جهاز"),
      ("MEMBER_OF", ASA, CTS, "القائد السابق في جهاز مكافحة الإرهاب"),
      ("LEADS", FAY, PMF, "الذي احتفظ برئاسة هيئة الحشد الشعبي"),
      ("MET_WITH", KAD, ARA, "واستقبل الكاظمي في مكتبه", "2020-07-04"),
      ("MET_WITH", KAD, ASA, "واستقبل الكاظمي في مكتبه", "2020-07-04"),
      ("LEADS", SAA, CTS, "إلى رئاسة جهاز مكافحة الإرهاب"),
      ("SUCCESSOR_OF", YAR, GHAN, "رئاسة أركان الجيش بعد", "2020"),
      ("MEMBER_OF", YAR, "organization:iraqi-army", "رئاسة أركان الجيش بعد"),
      ("SUCCESSOR_OF", GHAN, YAS, "حيث حلّ الغانمي محل", "2020-05"),
      ("LEADS", GHAN, MOI, "حيث حلّ الغانمي محل"),
      ("LEADS", ARA, MOI, "قد شغل منصب وزير الداخلية"),
      ("LEADS", SUD, IRQ, "الوزراء محمد شياع السوداني"),
      ("SUCCESSOR_OF", BAS, ASA, "الوطني خلفاً للأسدي", "2022-11"),
      ("LEADS", BAS, NSS, "الوطني خلفاً للأسدي"),
      ],
     {"source": "blind set (Al-Sumaria-style)", "published": "2020-07-04"}),

    ("enDA3_central_bank_governors", "en",
     "ERBIL, Kurdistan Region (Kurdistan24) - Iraqi Prime Minister Mohammed Shia al-Sudany on Monday "
     "removed central bank governor Mustafa Ghaleb Mukhif and reappointed Ali Mohsen al-Alaq in his "
     "place, returning the bank to the man Mukhif had replaced in 2020.\n"
     "The move came as the dinar slid to around 1,600 to the dollar on the parallel market, weeks after "
     "the Federal Reserve Bank of New York tightened its checks on dollar transfers by Iraqi banks. "
     "Mukhif had asked to be relieved, the prime minister's office said; he himself made no comment.\n"
     "Al-Alaq, who will serve in an acting capacity until parliament votes, was received by al-Sudany "
     "at the government palace hours after the order, and then met U.S. Ambassador Alina Romanowski to "
     "discuss the dollar auction. He is expected to meet Treasury officials in Washington next month, "
     "his deputy Ammar Hamad Khalaf told reporters.\n"
     "Mukhif was appointed in September 2020 by then-prime minister Mustafa al-Kadhemi, whose government "
     "devalued the dinar that December. Finance Minister Taif Sami did not attend Monday's meeting but "
     "spoke with al-Alaq by phone, according to her ministry.",
     [("LEADS", SUD, IRQ, "Iraqi Prime Minister Mohammed Shia al-Sudany"),
      ("LEADS", MUK, CBI, "removed central bank governor"),
      ("SUCCESSOR_OF", ALAQ, MUK, "reappointed Ali Mohsen al-Alaq in his", "2023-01-23"),
      ("SUCCESSOR_OF", MUK, ALAQ, "the man Mukhif had replaced in 2020", "2020-09"),
      ("MET_WITH", SUD, ALAQ, "was received by al-Sudany", "2023-01-23"),
      ("MET_WITH", ALAQ, ROM, "then met U.S. Ambassador Alina Romanowski", "2023-01-23"),
      ("MEMBER_OF", KHF, CBI, "his deputy Ammar Hamad Khalaf"),
      ("LEADS", KAD, IRQ, "then-prime minister Mustafa al-Kadhemi"),
      ],
     {"source": "blind set (Kurdistan24-style)", "published": "2023-01-23"}),

    ("arDA4_mashhadani_speaker", "ar",
     "بغداد/ شفق نيوز - انتخب مجلس النواب العراقي، مساء الخميس، محمود المشهداني رئيساً له خلفاً لمحمد "
     "الحلبوسي، الذي أنهت المحكمة الاتحادية العليا عضويته في تشرين الثاني 2023، لينتهي بذلك نحو عام من "
     "الفراغ في المنصب.\n"
     "وحصل المشهداني على 182 صوتاً في جولة الإعادة، متقدماً على سالم العيساوي، مرشح تحالف السيادة الذي "
     "كان يُنظر إليه طويلاً على أنه الأوفر حظاً لخلافة الحلبوسي.\n"
     "وأدار الجلسة النائب الأول لرئيس المجلس محسن المندلاوي، الذي تولى رئاسة البرلمان بالنيابة بعد إقصاء "
     "الحلبوسي.\n"
     "وعقب الجلسة، استقبل رئيس مجلس الوزراء محمد شياع السوداني الرئيسَ الجديد للبرلمان في القصر الحكومي، "
     "وبحث معه تشريع قانون الموازنة وتعديل قانون الأحوال الشخصية. كما تلقى المشهداني اتصالاً هاتفياً من "
     "رئيس إقليم كوردستان نيجيرفان بارزاني هنأه فيه بالمنصب.\n"
     "ولم يلتقِ المشهداني بعدُ قادة حزب تقدم الذي يتزعمه الحلبوسي، فيما قال مصدر مقرب منه لشفق نيوز إن "
     "لقاءً مرتقباً سيجمعه بالحلبوسي الأسبوع المقبل.\n"
     "والمشهداني طبيب من بغداد، وسبق أن ترأس البرلمان بين عامي 2006 و2008.",
     [("SUCCESSOR_OF", MASH, HAL, "رئيساً له خلفاً لمحمد", "2024-10-31"),
      ("LEADS", MASH, PARL, "رئيساً له خلفاً لمحمد"),
      ("MEMBER_OF", ISS, "organization:sovereignty-alliance", "مرشح تحالف السيادة"),
      ("SUCCESSOR_OF", MAND, HAL, "الذي تولى رئاسة البرلمان بالنيابة", "2023-11"),
      ("MEMBER_OF", MAND, PARL, "النائب الأول لرئيس المجلس محسن"),
      ("MET_WITH", SUD, MASH, "استقبل رئيس مجلس الوزراء محمد", "2024-10-31"),
      ("LEADS", SUD, IRQ, "استقبل رئيس مجلس الوزراء محمد"),
      ("LEADS", NECH, KRP, "رئيس إقليم كوردستان نيجيرفان"),
      ("LEADS", HAL, "organization:taqaddum-party", "حزب تقدم الذي يتزعمه الحلبوسي"),
      ],
     {"source": "blind set (Shafaq News Arabic-style)", "published": "2024-10-31"}),

    ("enDA5_two_new_ambassadors", "en",
     "BAGHDAD (Baghdad Today) - Two new ambassadors whose governments compete for influence in Iraq "
     "have taken up their posts within weeks of each other.\n"
     "Alina Romanowski, a veteran State Department official who previously served as ambassador to "
     "Kuwait, presented her credentials to President Barham Salih on Wednesday. She replaces Matthew "
     "Tueller, who left Baghdad early this year; Tueller himself had succeeded Douglas Silliman in 2019.\n"
     "On the same day Salih received Iran's new envoy, Mohammad Kazem Al-e Sadegh, who took over in "
     "April from Iraj Masjedi, a former Revolutionary Guards commander. Al-e Sadegh, for years Masjedi's "
     "deputy at the embassy, later held talks with Prime Minister Mustafa Kadhimi and with Foreign "
     "Minister Fuad Hussein.\n"
     "Romanowski has yet to meet Kadhimi; a meeting is planned after the Eid holiday, an embassy "
     "spokesperson said. Masjedi, whom Washington sanctioned during his tenure, has returned to Tehran.\n"
     "Iraqi officials say both envoys will press the same issues from opposite ends: the presence of "
     "U.S. troops, the armed factions and Iraq's payments for Iranian gas and electricity.",
     [("MEMBER_OF", ROM, "organization:us-state-department", "a veteran State Department official"),
      ("MET_WITH", ROM, SALIH, "presented her credentials to President Barham Salih", "2022-06"),
      ("LEADS", SALIH, IRQ, "presented her credentials to President Barham Salih"),
      ("SUCCESSOR_OF", ROM, TUE, "She replaces Matthew", "2022-06"),
      ("SUCCESSOR_OF", TUE, SIL, "had succeeded Douglas Silliman in 2019", "2019"),
      ("MET_WITH", SALIH, ALE, "Salih received Iran's new envoy", "2022-06"),
      ("SUCCESSOR_OF", ALE, MASJ, "took over in April from Iraj Masjedi", "2022-04"),
      ("MEMBER_OF", MASJ, "organization:irgc", "a former Revolutionary Guards commander"),
      ("MET_WITH", ALE, KAD, "later held talks with Prime Minister Mustafa Kadhimi"),
      ("MET_WITH", ALE, FUH, "later held talks with Prime Minister Mustafa Kadhimi"),
      ("LEADS", KAD, IRQ, "later held talks with Prime Minister Mustafa Kadhimi"),
      ("LEADS", FUH, "organization:iraqi-foreign-ministry", "and with Foreign Minister Fuad Hussein"),
      ],
     {"source": "blind set (Baghdad Today-style)", "published": "2022-06-15"}),

    ("arDA6_krg_ninth_cabinet", "ar",
     "أربيل (روداو) - أدى مسرور بارزاني، الأربعاء، اليمين الدستورية رئيساً لحكومة إقليم كوردستان في "
     "تشكيلتها التاسعة، خلفاً لابن عمه نيجيرفان بارزاني الذي انتُخب الشهر الماضي رئيساً للإقليم.\n"
     "ومنح برلمان كوردستان الثقة لحكومة بارازاني الجديدة بأغلبية الحاضرين، وصوّت على قوباد طالباني نائباً "
     "لرئيس الحكومة، وعلى شورش إسماعيل وزيراً لشؤون البيشمركة وريبر أحمد وزيراً للداخلية.\n"
     "وكان نيجيرفان بارزاني قد أدى اليمين في العاشر من حزيران رئيساً للإقليم، ليشغل المنصب الذي ظل شاغراً "
     "منذ تنحي عمه مسعود بارزاني عام 2017.\n"
     "وحضر مراسم اليوم رئيس مجلس النواب العراقي محمد الحلبوسي، الذي التقاه رئيس الحكومة الجديد على هامش "
     "الجلسة، كما استقبل نيجيرفان بارزاني في وقت لاحق القنصل العام الأميركي في أربيل ستيفن فاغن.\n"
     "وقال مسرور بارزاني في كلمته أمام البرلمان: \"سنعمل على حل المشكلات العالقة مع بغداد وفق الدستور\". "
     "ويُعد مسرور، نجل مسعود بارزاني، الرئيس السابق لمجلس أمن إقليم كوردستان.",
     [("SUCCESSOR_OF", MAS, NECH, "خلفاً لابن عمه نيجيرفان", "2019-07-10"),
      ("LEADS", MAS, KRG, "رئيساً لحكومة إقليم كوردستان في"),
      ("LEADS", NECH, KRP, "الذي انتُخب الشهر الماضي رئيساً للإقليم"),
      ("MEMBER_OF", QUB, KRG, "قوباد طالباني نائباً"),
      ("LEADS", SHO, "organization:peshmerga-ministry", "شورش إسماعيل وزيراً لشؤون البيشمركة"),
      ("MEMBER_OF", REB, KRG, "وريبر أحمد وزيراً للداخلية"),
      ("SUCCESSOR_OF", NECH, MSD, "ليشغل المنصب الذي ظل شاغراً", "2019-06-10"),
      ("LEADS", MSD, KRP, "ليشغل المنصب الذي ظل شاغراً"),
      ("LEADS", HAL, PARL, "رئيس مجلس النواب العراقي محمد"),
      ("MET_WITH", MAS, HAL, "الذي التقاه رئيس الحكومة الجديد", "2019-07-10"),
      ("MET_WITH", NECH, FAG, "كما استقبل نيجيرفان بارزاني", "2019-07-10"),
      ("LEADS", MAS, "organization:kurdistan-region-security-council", "الرئيس السابق لمجلس أمن"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2019-07-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDA")
