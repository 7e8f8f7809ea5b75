"""Blind set IP: Iraq, Iran and the "axis" 2020-2023 as an Iraqi Kurdish outlet writes it
(Rudaw-like, English and Arabic websites): Qaani in Pirmam with Masoud Barzani during the 2022
government-formation deadlock (English); al-Kadhimi's first visit to Erbil as prime minister, Sept
2020 (Arabic); the Iraqi delegation in Erbil after the IRGC missile attack of March 2022 (English);
al-Sudani's first visit to Erbil as prime minister, Nov 2022 (Arabic); Iran's ambassador with
Nechirvan Barzani after the IRGC strikes near Koya, Oct 2022 (English); Qaani with Bafel Talabani
in Sulaymaniyah, Oct 2022 (Arabic).
Style: Erbil-centred, "ERBIL, Kurdistan Region -", "رووداو - أربيل", KRG and Kurdistan Region
Presidency officials by full title, short paragraphs, "a source told Rudaw", كوردستان; excluded on
purpose: a spokesman who declined to comment, a meeting with Masrour Barzani that did not happen
(twice), a planned meeting with Masoud Barzani later in the day, a phone call (Kadhimi - Qubad
Talabani; Nechirvan Barzani - al-Kadhimi; Masrour Barzani - Fuad Hussein), the summons of the
Iranian ambassador, a meeting with Bafel Talabani that was only expected, a spokesman who knew
nothing of a visit, a visit in which no KDP official was met, and the nomination of al-Sudani by
the president (not a meeting).
Spellings: Ismail Qaani, قآني, Qasem Soleimani, كوردستان, Al-e Sadegh, ملا بختيار, بنكين ريكاني.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_iq import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, ISR = "country:iran", "country:iraq", "country:united-states", "country:israel"
QF, IRGC, PMF, CF = ("organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
                     "organization:coordination-framework")
IQG, NSA, IQFM = ("organization:iraqi-government", "organization:iraqi-national-security-advisory",
                  "organization:iraqi-foreign-ministry")
KRG, KRP, KDP, PUK, KDPI, KAR = (
    "organization:kurdistan-regional-government", "organization:kurdistan-region-presidency",
    "organization:kurdistan-democratic-party", "organization:patriotic-union-of-kurdistan", "organization:kdpi",
    "organization:kar-group")
BAGHDAD, ERBIL, EAIRPORT, PIRMAM, KOYA, SULAY, KR = (
    "location:baghdad", "location:erbil", "location:erbil-airport", "location:pirmam", "location:koya",
    "location:sulaymaniyah", "location:kurdistan-region")
QAANI, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
KAD, SUD, ARAJI, ADIL, MALIKI, AMIRI, FUAD = (
    "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani", "person:qassim-al-araji",
    "person:adil-abdul-mahdi", "person:nouri-al-maliki", "person:hadi-al-amiri", "person:fuad-hussein")
RASHID, SALIH, TRUMP = "person:abdul-latif-rashid", "person:barham-salih", "person:donald-trump"
MASOUD, NECH, MASROUR, QUBAD, BAFEL = ("person:masoud-barzani", "person:nechirvan-barzani",
                                       "person:masrour-barzani", "person:qubad-talabani", "person:bafel-talabani")
MAHMOUD, REBER, BAZ, SHAHAB, PIRA = ("person:mahmoud-mohammed", "person:reber-ahmed", "person:baz-karim-barzinji",
                                     "person:dilshad-shahab", "person:saadi-ahmed-pira")
RASHNOUDI, SADEGH, MASJEDI = ("person:nasrollah-rashnoudi", "person:mohammad-kazem-al-e-sadegh",
                              "person:iraj-masjedi")
# new to the tables
PALLADINO, KHASRO, KARBALAI, SAEIDNEJAD, REKANI, SBARZINJI, BAKHTIAR = (
    "person:robert-palladino", "person:abdulhakim-khasro", "person:ehsan-karbalaipour",
    "person:morteza-saeidnejad", "person:bangin-rekani", "person:saman-barzinji", "person:mala-bakhtiar")

ARTICLES = [
    ("enIP1_qaani_pirmam_barzani", "en",
     "Quds Force commander meets Masoud Barzani in Pirmam\n"
     "ERBIL, Kurdistan Region - Ismail Qaani, commander of the Quds Force of Iran's Islamic Revolutionary "
     "Guard Corps (IRGC), met with Kurdistan Democratic Party (KDP) leader Masoud Barzani on Tuesday evening, "
     "a source with knowledge of the meeting told Rudaw.\n"
     "The meeting took place at Barzani's office in Pirmam and lasted nearly two hours. Iran's consul general "
     "in Erbil, Nasrollah Rashnoudi, was also present, the source said.\n"
     "According to the source, who asked not to be named, Qaani urged the KDP to abandon its alliance with "
     "Shiite cleric Muqtada al-Sadr and to join the Iran-aligned Coordination Framework in forming the next "
     "Iraqi government.\n"
     "KDP spokesperson Mahmoud Mohammed declined to comment.\n"
     "It is Qaani's first known trip to the Kurdistan Region since he succeeded Qasem Soleimani, who was "
     "killed in a US drone strike near Baghdad airport in January 2020.\n"
     "Qaani had flown in from Baghdad, where on Monday he held talks with Coordination Framework leaders "
     "Nouri al-Maliki and Hadi al-Amiri.\n"
     "He did not meet Kurdistan Region Prime Minister Masrour Barzani, who on Tuesday received US Consul "
     "General Robert Palladino to discuss the political deadlock in Baghdad.",
     [("LEADS", QAANI, QF, "commander of the Quds Force of Iran's"),
      ("PART_OF", QF, IRGC, "the Quds Force of Iran's Islamic Revolutionary Guard Corps"),
      ("MET_WITH", QAANI, MASOUD, "met with Kurdistan Democratic Party (KDP) leader", "2022-02-15"),
      ("LEADS", MASOUD, KDP, "(KDP) leader Masoud Barzani"),
      ("VISITED", QAANI, PIRMAM, "at Barzani's office in Pirmam", "2022-02-15"),
      ("MET_WITH", RASHNOUDI, QAANI, "was also present, the source said", "2022-02-15"),
      ("MET_WITH", RASHNOUDI, MASOUD, "was also present, the source said", "2022-02-15"),
      ("SUPPORTS", IRAN, CF, "the Iran-aligned Coordination Framework"),
      ("MEMBER_OF", MAHMOUD, KDP, "KDP spokesperson Mahmoud"),
      ("SUCCESSOR_OF", QAANI, SOL, "since he succeeded Qasem Soleimani", "2020-01"),
      ("ASSASSINATED_BY", SOL, USA, "killed in a US drone strike near Baghdad", "2020-01-03"),
      ("VISITED", QAANI, KR, "first known trip to the Kurdistan Region", "2022-02-15"),
      ("VISITED", QAANI, BAGHDAD, "Qaani had flown in from Baghdad", "2022-02-14"),
      ("MET_WITH", QAANI, MALIKI, "he held talks with Coordination Framework leaders", "2022-02-14"),
      ("MET_WITH", QAANI, AMIRI, "he held talks with Coordination Framework leaders", "2022-02-14"),
      ("MEMBER_OF", MALIKI, CF, "Coordination Framework leaders Nouri"),
      ("MEMBER_OF", AMIRI, CF, "Coordination Framework leaders Nouri"),
      ("LEADS", MASROUR, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("MET_WITH", MASROUR, PALLADINO, "who on Tuesday received US Consul", "2022-02-15"),
      ],
     {"source": "blind set (Kurdish outlet, English website)", "published": "2022-02-16"}),

    ("arIP2_kadhimi_first_erbil_visit", "ar",
     "الكاظمي في أربيل: أول زيارة لإقليم كوردستان منذ توليه رئاسة الحكومة\n"
     "رووداو - أربيل: وصل رئيس مجلس الوزراء العراقي مصطفى الكاظمي، صباح اليوم الخميس (10 أيلول 2020)، إلى "
     "أربيل في أول زيارة له إلى إقليم كوردستان منذ تسلمه منصبه في أيار الماضي خلفاً لعادل عبد المهدي.\n"
     "وكان في استقبال الكاظمي لدى وصوله إلى مطار أربيل الدولي رئيس حكومة إقليم كوردستان مسرور بارزاني.\n"
     "وعقد الكاظمي بعد ذلك اجتماعاً مع رئيس إقليم كوردستان نيجيرفان بارزاني، بحضور مسرور بارزاني، تناول "
     "ملفي الموازنة ورواتب موظفي الإقليم والتنسيق الأمني في المناطق المتنازع عليها.\n"
     "وقال رئيس دائرة التنسيق والمتابعة في حكومة الإقليم عبد الحكيم خسرو، الذي شارك في الاجتماع، لرووداو إن "
     "«الأجواء كانت إيجابية، وهناك تفاهم على إرسال وفد فني إلى بغداد الأسبوع المقبل».\n"
     "ومن المقرر أن يلتقي الكاظمي الزعيم الكوردي مسعود بارزاني في وقت لاحق من اليوم، بحسب مصدر في رئاسة "
     "الإقليم.\n"
     "وتأتي الزيارة بعد أيام من اتصال هاتفي بين الكاظمي ونائب رئيس حكومة الإقليم قوباد طالباني، وبعد نحو "
     "ثلاثة أسابيع من لقاء الكاظمي بالرئيس الأمريكي دونالد ترامب في البيت الأبيض.",
     [("LEADS", KAD, IQG, "رئيس مجلس الوزراء العراقي مصطفى"),
      ("VISITED", KAD, ERBIL, "إلى أربيل في أول زيارة", "2020-09-10"),
      ("SUCCESSOR_OF", KAD, ADIL, "خلفاً لعادل عبد المهدي", "2020-05"),
      ("MET_WITH", KAD, MASROUR, "وكان في استقبال الكاظمي", "2020-09-10"),
      ("VISITED", KAD, EAIRPORT, "لدى وصوله إلى مطار أربيل الدولي", "2020-09-10"),
      ("LEADS", MASROUR, KRG, "رئيس حكومة إقليم كوردستان مسرور"),
      ("MET_WITH", KAD, NECH, "وعقد الكاظمي بعد ذلك اجتماعاً", "2020-09-10"),
      ("MET_WITH", NECH, MASROUR, "بحضور مسرور بارزاني", "2020-09-10"),
      ("LEADS", NECH, KRP, "رئيس إقليم كوردستان نيجيرفان"),
      ("MEMBER_OF", KHASRO, KRG, "رئيس دائرة التنسيق والمتابعة في حكومة الإقليم"),
      ("MET_WITH", KHASRO, KAD, "الذي شارك في الاجتماع", "2020-09-10"),
      ("MET_WITH", KHASRO, NECH, "الذي شارك في الاجتماع", "2020-09-10"),
      ("MET_WITH", KHASRO, MASROUR, "الذي شارك في الاجتماع", "2020-09-10"),
      ("MEMBER_OF", QUBAD, KRG, "ونائب رئيس حكومة الإقليم قوباد"),
      ("MET_WITH", KAD, TRUMP, "من لقاء الكاظمي بالرئيس الأمريكي", "2020-08-20"),
      ("LEADS", TRUMP, USA, "بالرئيس الأمريكي دونالد ترامب"),
      ],
     {"source": "blind set (Kurdish outlet, Arabic website)", "published": "2020-09-10"}),

    ("enIP3_iraqi_delegation_after_missiles", "en",
     "Iraqi delegation in Erbil after IRGC missile attack\n"
     "ERBIL, Kurdistan Region - An Iraqi government delegation headed by National Security Adviser Qassim "
     "al-Araji arrived in Erbil on Monday, a day after a barrage of ballistic missiles fired from Iran hit the "
     "Kurdistan Region capital.\n"
     "Iran's Islamic Revolutionary Guard Corps (IRGC) claimed responsibility for Sunday's attack, saying it "
     "had targeted an Israeli \"strategic center\" in Erbil.\n"
     "The missiles struck near the new US consulate compound and the home of businessman Baz Karim Barzinji, "
     "the head of KAR Group. One civilian was lightly injured, according to the Kurdistan Region's interior "
     "ministry.\n"
     "Araji met with Kurdistan Region Prime Minister Masrour Barzani, with KRG Interior Minister Reber Ahmed "
     "in attendance. Barzani called the attack \"a crime against the people of Kurdistan.\"\n"
     "The IRGC had vowed revenge after two of its officers, Colonels Ehsan Karbalaipour and Morteza "
     "Saeidnejad, were killed in an Israeli strike near Damascus on March 7.\n"
     "Kurdistan Region President Nechirvan Barzani discussed the attack by phone with Iraqi Prime Minister "
     "Mustafa al-Kadhimi, according to a readout from his office.\n"
     "Baghdad summoned Iran's ambassador, Iraj Masjedi, to hand him a protest note.",
     [("LEADS", ARAJI, NSA, "headed by National Security Adviser Qassim"),
      ("VISITED", ARAJI, ERBIL, "arrived in Erbil on Monday", "2022-03-14"),
      ("ATTACKED", IRGC, ERBIL, "claimed responsibility for Sunday's attack", "2022-03-13"),
      ("LEADS", BAZ, KAR, "the head of KAR Group"),
      ("MET_WITH", ARAJI, MASROUR, "Araji met with Kurdistan Region Prime Minister", "2022-03-14"),
      ("LEADS", MASROUR, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("MET_WITH", ARAJI, REBER, "Reber Ahmed in attendance", "2022-03-14"),
      ("MET_WITH", MASROUR, REBER, "Reber Ahmed in attendance", "2022-03-14"),
      ("MEMBER_OF", REBER, KRG, "KRG Interior Minister Reber"),
      ("MEMBER_OF", KARBALAI, IRGC, "two of its officers, Colonels"),
      ("MEMBER_OF", SAEIDNEJAD, IRGC, "two of its officers, Colonels"),
      ("ASSASSINATED_BY", KARBALAI, ISR, "were killed in an Israeli strike near Damascus", "2022-03-07"),
      ("ASSASSINATED_BY", SAEIDNEJAD, ISR, "were killed in an Israeli strike near Damascus", "2022-03-07"),
      ("LEADS", NECH, KRP, "Kurdistan Region President Nechirvan"),
      ("LEADS", KAD, IQG, "Iraqi Prime Minister Mustafa al-Kadhimi"),
      ],
     {"source": "blind set (Kurdish outlet, English website)", "published": "2022-03-14"}),

    ("arIP4_sudani_first_erbil_visit", "ar",
     "السوداني في أربيل: لقاءات مع القيادة الكوردستانية والموازنة على الطاولة\n"
     "رووداو - أربيل: وصل رئيس مجلس الوزراء الاتحادي محمد شياع السوداني، اليوم الاثنين، إلى أربيل في أول "
     "زيارة له إلى إقليم كوردستان منذ توليه منصبه في 27 تشرين الأول 2022 خلفاً لمصطفى الكاظمي.\n"
     "وكان في استقبال السوداني في مطار أربيل الدولي رئيس إقليم كوردستان نيجيرفان بارزاني.\n"
     "وتوجه السوداني بعد ذلك إلى مقر الرئيس مسعود بارزاني، حيث عقد الجانبان اجتماعاً بحضور وزير الإعمار "
     "والإسكان والبلديات الاتحادي بنكين ريكاني، القيادي في الحزب الديمقراطي الكوردستاني.\n"
     "وقال مصدر مطلع لرووداو إن الاجتماع تناول «الموازنة الاتحادية وقانون النفط والغاز وتطبيع الأوضاع في "
     "سنجار».\n"
     "كما اجتمع السوداني برئيس حكومة الإقليم مسرور بارزاني، ومن المنتظر أن يعقد الجانبان مؤتمراً صحفياً "
     "مشتركاً.\n"
     "وكان رئيس الجمهورية عبد اللطيف رشيد، مرشح الاتحاد الوطني الكوردستاني الذي انتخبه مجلس النواب في 13 "
     "تشرين الأول خلفاً لبرهم صالح، قد كلف السوداني بتشكيل الحكومة.\n"
     "ولم يتضمن برنامج الزيارة لقاءً مع رئيس الاتحاد الوطني بافل طالباني، إلا أن مصادر رجحت أن يزور "
     "السوداني السليمانية خلال الأسابيع المقبلة.",
     [("LEADS", SUD, IQG, "رئيس مجلس الوزراء الاتحادي محمد"),
      ("VISITED", SUD, ERBIL, "إلى أربيل في أول", "2022-11-21"),
      ("SUCCESSOR_OF", SUD, KAD, "خلفاً لمصطفى الكاظمي", "2022-10-27"),
      ("MET_WITH", SUD, NECH, "وكان في استقبال السوداني", "2022-11-21"),
      ("VISITED", SUD, EAIRPORT, "في مطار أربيل الدولي رئيس", "2022-11-21"),
      ("LEADS", NECH, KRP, "رئيس إقليم كوردستان نيجيرفان"),
      ("MET_WITH", SUD, MASOUD, "حيث عقد الجانبان اجتماعاً", "2022-11-21"),
      ("MET_WITH", REKANI, SUD, "بحضور وزير الإعمار", "2022-11-21"),
      ("MET_WITH", REKANI, MASOUD, "بحضور وزير الإعمار", "2022-11-21"),
      ("MEMBER_OF", REKANI, IQG, "وزير الإعمار والإسكان والبلديات الاتحادي"),
      ("MEMBER_OF", REKANI, KDP, "القيادي في الحزب الديمقراطي الكوردستاني"),
      ("MET_WITH", SUD, MASROUR, "كما اجتمع السوداني برئيس", "2022-11-21"),
      ("LEADS", MASROUR, KRG, "برئيس حكومة الإقليم مسرور"),
      ("LEADS", RASHID, IRAQ, "وكان رئيس الجمهورية عبد اللطيف"),
      ("MEMBER_OF", RASHID, PUK, "مرشح الاتحاد الوطني الكوردستاني"),
      ("SUCCESSOR_OF", RASHID, SALIH, "خلفاً لبرهم صالح", "2022-10-13"),
      ("LEADS", BAFEL, PUK, "رئيس الاتحاد الوطني بافل"),
      ],
     {"source": "blind set (Kurdish outlet, Arabic website)", "published": "2022-11-21"}),

    ("enIP5_iranian_envoy_after_koya", "en",
     "Iranian ambassador meets Kurdistan Region President after deadly Koya strikes\n"
     "ERBIL, Kurdistan Region - Iran's ambassador to Iraq, Mohammad Kazem Al-e Sadegh, met with Kurdistan "
     "Region President Nechirvan Barzani in Erbil on Sunday, four days after Iranian missile and drone strikes "
     "on Iranian Kurdish opposition parties near Koya.\n"
     "The IRGC said it had carried out the strikes on bases of the Democratic Party of Iranian Kurdistan "
     "(KDPI) and other \"terrorist groups\" in the Kurdistan Region. Health Minister Saman Barzinji told "
     "reporters that 13 people were killed and 58 wounded.\n"
     "Al-e Sadegh, who replaced Iraj Masjedi as Tehran's envoy in Baghdad in April, was accompanied by Iran's "
     "consul general in Erbil, Nasrollah Rashnoudi.\n"
     "In a statement, the Kurdistan Region Presidency said Barzani condemned the attacks and told his guests "
     "that \"dialogue, not bombardment\" was the way to address Tehran's concerns.\n"
     "Presidency spokesperson Dilshad Shahab told Rudaw that the Kurdistan Region \"will not allow its "
     "territory to be used to threaten neighbouring countries.\"\n"
     "The ambassador did not meet Prime Minister Masrour Barzani, who was abroad. Barzani discussed the "
     "strikes by phone on Saturday with Iraqi Foreign Minister Fuad Hussein.",
     [("MET_WITH", SADEGH, NECH, "met with Kurdistan Region President Nechirvan", "2022-10-02"),
      ("LEADS", NECH, KRP, "Kurdistan Region President Nechirvan"),
      ("VISITED", SADEGH, ERBIL, "Nechirvan Barzani in Erbil on Sunday", "2022-10-02"),
      ("ATTACKED", IRGC, KDPI, "The IRGC said it had carried out the strikes", "2022-09-28"),
      ("MEMBER_OF", SBARZINJI, KRG, "Health Minister Saman Barzinji"),
      ("SUCCESSOR_OF", SADEGH, MASJEDI, "who replaced Iraj Masjedi as Tehran's envoy", "2022-04"),
      ("MET_WITH", RASHNOUDI, SADEGH, "was accompanied by Iran's", "2022-10-02"),
      ("MET_WITH", RASHNOUDI, NECH, "was accompanied by Iran's", "2022-10-02"),
      ("MEMBER_OF", SHAHAB, KRP, "Presidency spokesperson Dilshad"),
      ("LEADS", MASROUR, KRG, "Prime Minister Masrour Barzani"),
      ("LEADS", FUAD, IQFM, "Iraqi Foreign Minister Fuad Hussein"),
      ],
     {"source": "blind set (Kurdish outlet, English website)", "published": "2022-10-03"}),

    ("arIP6_qaani_sulaymaniyah_bafel", "ar",
     "مصادر لرووداو: قآني في السليمانية ولقاء مطوّل مع بافل طالباني\n"
     "رووداو - السليمانية: أفادت مصادر مطلعة لشبكة رووداو الإعلامية بأن قائد فيلق القدس التابع للحرس الثوري "
     "الإيراني، إسماعيل قآني، وصل مساء الأحد إلى السليمانية قادماً من بغداد، والتقى رئيس الاتحاد الوطني "
     "الكوردستاني بافل طالباني.\n"
     "وبحسب المصادر، عُقد اللقاء في منزل طالباني بمنطقة دباشان واستمر أكثر من ثلاث ساعات، بحضور نائب رئيس "
     "حكومة إقليم كوردستان قوباد طالباني والقيادي في الاتحاد الوطني ملا بختيار.\n"
     "وأوضح أحد المصادر أن قآني بحث مع طالباني «ملف الأحزاب الكوردية الإيرانية المعارضة» الموجودة في الإقليم، "
     "بعد أسابيع من القصف الذي شنه الحرس الثوري على مقراتها في كويه.\n"
     "ولم يصدر أي تعليق رسمي من الاتحاد الوطني، فيما قال المتحدث باسمه سعدي أحمد بيره لرووداو إنه «لا علم "
     "له بالزيارة».\n"
     "ويتولى قآني قيادة فيلق القدس منذ كانون الثاني 2020 خلفاً لقاسم سليماني، الذي قُتل مع نائب رئيس هيئة "
     "الحشد الشعبي أبو مهدي المهندس بغارة أمريكية قرب مطار بغداد.\n"
     "وأكدت مصادر في الحزب الديمقراطي الكوردستاني أن قآني لم يلتقِ أي مسؤول من الحزب خلال زيارته هذه.",
     [("LEADS", QAANI, QF, "قائد فيلق القدس التابع"),
      ("PART_OF", QF, IRGC, "فيلق القدس التابع للحرس الثوري"),
      ("VISITED", QAANI, SULAY, "وصل مساء الأحد إلى السليمانية", "2022-10-23"),
      ("MET_WITH", QAANI, BAFEL, "والتقى رئيس الاتحاد الوطني", "2022-10-23"),
      ("LEADS", BAFEL, PUK, "والتقى رئيس الاتحاد الوطني الكوردستاني"),
      ("MET_WITH", QUBAD, QAANI, "بحضور نائب رئيس", "2022-10-23"),
      ("MET_WITH", QUBAD, BAFEL, "بحضور نائب رئيس", "2022-10-23"),
      ("MET_WITH", BAKHTIAR, QAANI, "بحضور نائب رئيس", "2022-10-23"),
      ("MET_WITH", BAKHTIAR, BAFEL, "بحضور نائب رئيس", "2022-10-23"),
      ("MET_WITH", BAKHTIAR, QUBAD, "بحضور نائب رئيس", "2022-10-23"),
      ("MEMBER_OF", QUBAD, KRG, "حكومة إقليم كوردستان قوباد"),
      ("MEMBER_OF", BAKHTIAR, PUK, "والقيادي في الاتحاد الوطني ملا"),
      ("ATTACKED", IRGC, KOYA, "القصف الذي شنه الحرس الثوري", "2022-09-28"),
      ("MEMBER_OF", PIRA, PUK, "المتحدث باسمه سعدي"),
      ("SUCCESSOR_OF", QAANI, SOL, "خلفاً لقاسم سليماني", "2020-01"),
      ("ASSASSINATED_BY", SOL, USA, "بغارة أمريكية قرب مطار بغداد", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "بغارة أمريكية قرب مطار بغداد", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "مع نائب رئيس هيئة الحشد"),
      ],
     {"source": "blind set (Kurdish outlet, Arabic website)", "published": "2022-10-24"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIP")
