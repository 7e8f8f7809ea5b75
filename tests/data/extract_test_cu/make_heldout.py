"""Blind set CU: Egypt, Jordan, Oman, Saudi Arabia and Turkey with Iraq, Syria and Gaza,
2019-2023: the Baghdad tripartite summit of Sisi, King Abdullah and Kadhimi (AFP-style, June
2021), Oman's new foreign minister Albusaidi replacing Yusuf bin Alawi and Sultan Haitham's
succession and condolence visitors (Omani agency-style, Aug 2020), Israel's killing of Islamic
Jihad commander Baha Abu al-Ata, the Damascus strike on al-Ajouri and Egyptian truce mediation
(Reuters-style, Nov 2019), Gulf reactions to the U.S. strike that killed Soleimani and
al-Muhandis, Qaani's appointment and a candidate to succeed al-Muhandis (Iraqi agency-style,
Jan 2020), Turkey's June 2023 reshuffle (Fidan, Kalin, Guler) and Fidan's Baghdad and Erbil
visit (AP-style, Aug 2023), Assad received in Jeddah and the Faisal bin Farhan / Mekdad visits
(Saudi agency-style, May 2023).
Style: en/ar alternating; titles before names, title-only first mentions, lists of hosts and
guests, phone calls and cables (no meeting), a denied / not-held meeting, planned visits, a
killing claimed by its agent, a strike blamed on Israel but not claimed, a candidate successor.
Spellings: Kazemi, al-Soudani, Ziyad al-Nakhala.
Written and annotated blind (extractor neither read nor run).
A DEV set since session 12 (measured once blind, then opened; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cu/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cw import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, US, IRAQ = "country:israel", "country:united-states", "country:iraq"
SISI, ABD2, KAD, AAM = ("person:abdel-fattah-al-sisi", "person:abdullah-ii", "person:mustafa-al-kadhimi",
                        "person:adil-abdul-mahdi")
BARH, SAF, MAD = "person:barham-salih", "person:ayman-safadi", "person:mostafa-madbouly"
HAI, QAB, BUS, YBA = ("person:haitham-bin-tarik", "person:qaboos-bin-said", "person:badr-albusaidi",
                      "person:yusuf-bin-alawi")
SAB, TAM, BOJ, SAL = ("person:sabah-al-ahmad-al-sabah", "person:tamim-bin-hamad-al-thani",
                      "person:boris-johnson", "person:salman-bin-abdulaziz")
ATA, AJO, NAK, AAK, KAM = ("person:baha-abu-al-ata", "person:akram-al-ajouri", "person:ziad-al-nakhalah",
                           "person:ahmed-abdel-khalek", "person:abbas-kamel")
PIJ = "organization:palestinian-islamic-jihad"
SOL, MUH, QAA, FDK = ("person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:esmail-qaani",
                      "person:abdul-aziz-al-muhammadawi")
TRU, ROU, MBAR, ZAR = ("person:donald-trump", "person:hassan-rouhani",
                       "person:mohammed-bin-abdulrahman-al-thani", "person:mohammad-javad-zarif")
KBS, POM = "person:khalid-bin-salman", "person:mike-pompeo"
FID, SUD, FUH, CAV = ("person:hakan-fidan", "person:mohammed-shia-al-sudani", "person:fuad-hussein",
                      "person:mevlut-cavusoglu")
ERD, KAL, GUL, AKA = ("person:recep-tayyip-erdogan", "person:ibrahim-kalin", "person:yasar-guler",
                      "person:hulusi-akar")
NEB, MAB = "person:nechirvan-barzani", "person:masoud-barzani"
MBS, ASD, FBF, MEK = ("person:mohammed-bin-salman", "person:bashar-al-assad", "person:faisal-bin-farhan",
                      "person:faisal-mekdad")
AGH, ASF, MUA = "person:ahmed-aboul-gheit", "person:ibrahim-al-assaf", "person:walid-al-muallem"
MIT = "organization:turkish-national-intelligence-organization"

ARTICLES = [
    ("enCU1_baghdad_tripartite_summit", "en",
     "BAGHDAD, June 27 (AFP) - Egyptian President Abdel Fattah al-Sisi arrived in Baghdad on "
     "Sunday, the first visit to Iraq by an Egyptian head of state in three decades, for a summit "
     "with Jordan's King Abdullah II hosted by Iraqi Prime Minister Mustafa al-Kazemi. Kazemi "
     "received both leaders at Baghdad airport, and the three leaders later held talks at the "
     "government palace on power links, trade and a planned oil pipeline from Basra to the "
     "Jordanian port of Aqaba.\n"
     "Sisi also met Iraqi President Barham Salih, the presidency said. King Abdullah, who was "
     "accompanied by Foreign Minister Ayman Safadi, did not hold separate talks with Salih, a "
     "Jordanian official said.\n"
     "\"Our three countries face the same challenges,\" Kazemi told reporters. Egyptian Prime "
     "Minister Mostafa Madbouly, who had visited Baghdad last October, was not part of the "
     "delegation.\n"
     "Kazemi, a former intelligence chief, took office in May 2020, succeeding Adil Abdul-Mahdi, "
     "who resigned after months of street protests. The summit had been due in March but was "
     "postponed after a deadly train crash in Egypt.",
     [("LEADS", SISI, "country:egypt", "Egyptian President Abdel Fattah"),
      ("VISITED", SISI, "location:baghdad", "arrived in Baghdad on", "2021-06-27"),
      ("LEADS", ABD2, "country:jordan", "Jordan's King Abdullah II"),
      ("LEADS", KAD, "organization:iraqi-government", "Iraqi Prime Minister Mustafa al-Kazemi"),
      ("MET_WITH", KAD, SISI, "received both leaders at Baghdad airport", "2021-06-27"),
      ("MET_WITH", KAD, ABD2, "received both leaders at Baghdad airport", "2021-06-27"),
      ("VISITED", ABD2, "location:baghdad", "received both leaders at Baghdad airport", "2021-06-27"),
      ("MET_WITH", SISI, ABD2, "the three leaders later held talks", "2021-06-27"),
      ("MET_WITH", SISI, BARH, "Sisi also met Iraqi President", "2021-06-27"),
      ("LEADS", BARH, IRAQ, "Iraqi President Barham Salih"),
      ("LEADS", SAF, "organization:jordanian-foreign-ministry", "Foreign Minister Ayman Safadi"),
      ("VISITED", SAF, "location:baghdad", "accompanied by Foreign Minister", "2021-06-27"),
      ("LEADS", MAD, "country:egypt", "Egyptian Prime Minister Mostafa"),
      ("VISITED", MAD, "location:baghdad", "had visited Baghdad last October", "2020-10"),
      ("SUCCESSOR_OF", KAD, AAM, "succeeding Adil Abdul-Mahdi", "2020-05-07"),
      ],
     {"source": "blind set (AFP-style)", "published": "2021-06-27"}),

    ("arCU2_oman_new_foreign_minister", "ar",
     "مسقط - «العُمانية» - أصدر السلطان هيثم بن طارق، الثلاثاء، مراسيم سلطانية بإعادة تشكيل مجلس "
     "الوزراء، عيّن بموجبها بدر بن حمد البوسعيدي وزيراً للخارجية خلفاً ليوسف بن علوي بن عبد الله، "
     "الذي أدار الدبلوماسية العمانية أكثر من عشرين عاماً. وهذا أوسع تعديل حكومي منذ أن تولى السلطان "
     "هيثم الحكم في كانون الثاني الماضي خلفاً لابن عمه السلطان قابوس بن سعيد، الذي توفي بعد نصف قرن "
     "على العرش.\n"
     "وكان البوسعيدي يشغل منصب الأمين العام لوزارة الخارجية، وشارك في الاتصالات التي سبقت الاتفاق "
     "النووي مع إيران.\n"
     "وفي أيام العزاء بالسلطان الراحل، توافد القادة إلى مسقط، فاستقبل السلطان هيثم في قصر العلم أمير "
     "الكويت الشيخ صباح الأحمد الجابر الصباح وأمير قطر الشيخ تميم بن حمد آل ثاني، كما التقى الرئيسَ "
     "العراقي برهم صالح ورئيسَ الوزراء البريطاني بوريس جونسون. واكتفى العاهل السعودي الملك سلمان بن "
     "عبد العزيز ببرقية تعزية بعث بها إلى السلطان الجديد.\n"
     "ونقلت وكالة الأنباء العمانية عن ابن علوي قوله إنه «يسلّم الأمانة» لخلفه، مؤكداً أن السلطنة "
     "ستبقى على سياسة الحياد التي أرساها الراحل.",
     [("LEADS", HAI, "country:oman", "أصدر السلطان هيثم بن طارق"),
      ("SUCCESSOR_OF", BUS, YBA, "خلفاً ليوسف بن علوي", "2020-08-18"),
      ("LEADS", BUS, "organization:omani-foreign-ministry", "عيّن بموجبها بدر"),
      ("LEADS", YBA, "organization:omani-foreign-ministry", "الذي أدار الدبلوماسية العمانية"),
      ("SUCCESSOR_OF", HAI, QAB, "خلفاً لابن عمه", "2020-01-11"),
      ("LEADS", QAB, "country:oman", "بعد نصف قرن"),
      ("VISITED", SAB, "location:muscat", "توافد القادة إلى مسقط", "2020-01"),
      ("VISITED", TAM, "location:muscat", "توافد القادة إلى مسقط", "2020-01"),
      ("VISITED", BARH, "location:muscat", "توافد القادة إلى مسقط", "2020-01"),
      ("VISITED", BOJ, "location:muscat", "توافد القادة إلى مسقط", "2020-01"),
      ("MET_WITH", HAI, SAB, "فاستقبل السلطان هيثم في قصر العلم", "2020-01"),
      ("MET_WITH", HAI, TAM, "فاستقبل السلطان هيثم في قصر العلم", "2020-01"),
      ("LEADS", SAB, "country:kuwait", "الكويت الشيخ صباح"),
      ("LEADS", TAM, "country:qatar", "وأمير قطر الشيخ تميم"),
      ("MET_WITH", HAI, BARH, "كما التقى الرئيسَ", "2020-01"),
      ("MET_WITH", HAI, BOJ, "كما التقى الرئيسَ", "2020-01"),
      ("LEADS", BARH, IRAQ, "العراقي برهم صالح"),
      ("LEADS", BOJ, "country:united-kingdom", "ورئيسَ الوزراء البريطاني بوريس"),
      ("LEADS", SAL, "country:saudi-arabia", "العاهل السعودي الملك سلمان"),
      ("REPORTED_BY", YBA, "outlet:oman-news-agency", "ونقلت وكالة الأنباء العمانية"),
      ],
     {"source": "blind set (Omani agency-style)", "published": "2020-08-18"}),

    ("enCU3_abu_al_ata_killed_truce", "en",
     "GAZA/JERUSALEM, Nov 12 (Reuters) - Israel killed a senior commander of the Iran-backed "
     "Islamic Jihad group in the Gaza Strip on Tuesday, striking his home before dawn, and "
     "militants answered with a barrage of rockets at Israeli cities. The Israeli military said it "
     "had killed Baha Abu al-Ata, the group's commander in northern Gaza, whom it blamed for most of "
     "the recent rocket fire. His wife also died.\n"
     "Hours later, a missile struck the Damascus home of Akram al-Ajouri, a member of Islamic "
     "Jihad's political bureau. Ajouri survived, but one of his sons was killed. Syria's state "
     "news agency blamed Israel, which did not comment on the Damascus strike.\n"
     "Islamic Jihad secretary-general Ziyad al-Nakhala said in a televised statement that Israel "
     "had \"crossed all the red lines\". Hamas, which runs Gaza, stayed out of the fighting.\n"
     "An Egyptian team from the General Intelligence Directorate, headed by Major General Ahmed "
     "Abdel Khalek, held talks with Nakhala in Cairo on Wednesday and kept in contact with Israeli "
     "officials by telephone, paving the way for a truce that took hold on Thursday. Egypt's "
     "intelligence chief Abbas Kamel did not meet the Islamic Jihad leader, an Egyptian source said.",
     [("ASSASSINATED_BY", ATA, ISR, "The Israeli military said it", "2019-11-12"),
      ("MEMBER_OF", ATA, PIJ, "the group's commander in northern Gaza"),
      ("MEMBER_OF", AJO, PIJ, "a member of Islamic"),
      ("LEADS", NAK, PIJ, "Islamic Jihad secretary-general Ziyad"),
      ("MEMBER_OF", AAK, "organization:egyptian-general-intelligence", "from the General Intelligence"),
      ("MET_WITH", AAK, NAK, "held talks with Nakhala in Cairo", "2019-11-13"),
      ("VISITED", NAK, "location:cairo", "held talks with Nakhala in Cairo", "2019-11-13"),
      ("LEADS", KAM, "organization:egyptian-general-intelligence", "intelligence chief Abbas Kamel"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2019-11-14"}),

    ("arCU4_gulf_reactions_soleimani_muhandis", "ar",
     "بغداد - (واع) - شيّع آلاف العراقيين، السبت، في بغداد وكربلاء والنجف قائد فيلق القدس في الحرس "
     "الثوري الإيراني قاسم سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس، اللذين قُتلا فجر "
     "الجمعة بضربة جوية أميركية قرب مطار بغداد الدولي، قالت وزارة الدفاع الأميركية إنها نُفذت بأمر "
     "من الرئيس دونالد ترامب.\n"
     "وفي طهران، استقبل الرئيس الإيراني حسن روحاني وزير الخارجية القطري الشيخ محمد بن عبد الرحمن "
     "آل ثاني، الذي التقى أيضاً نظيره محمد جواد ظريف، في أول زيارة لمسؤول خليجي بعد الضربة. في "
     "المقابل، أجرى العاهل السعودي الملك سلمان بن عبد العزيز اتصالاً هاتفياً بالرئيس العراقي برهم "
     "صالح دعا فيه إلى التهدئة، فيما أوفدت الرياض نائب وزير الدفاع الأمير خالد بن سلمان إلى "
     "واشنطن، حيث التقى ترامب ووزير الخارجية مايك بومبيو.\n"
     "وعيّن المرشد الإيراني علي خامنئي العميد إسماعيل قاآني قائداً لفيلق القدس خلفاً لسليماني. أما "
     "في الحشد، فرشّحت مصادر مطلعة القيادي في كتائب حزب الله عبد العزيز المحمداوي، المعروف بأبي "
     "فدك، لخلافة المهندس، وسط اعتراض فصائل مقربة من المرجعية.",
     [("LEADS", SOL, "organization:quds-force", "قائد فيلق القدس في الحرس"),
      ("MEMBER_OF", MUH, "organization:popular-mobilization-forces", "ونائب رئيس هيئة الحشد الشعبي"),
      ("ASSASSINATED_BY", SOL, US, "بضربة جوية أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "بضربة جوية أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRU, "بأمر من الرئيس دونالد ترامب", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRU, "بأمر من الرئيس دونالد ترامب", "2020-01-03"),
      ("LEADS", TRU, US, "من الرئيس دونالد ترامب"),
      ("VISITED", MBAR, "location:tehran", "وفي طهران، استقبل", "2020-01-04"),
      ("MET_WITH", ROU, MBAR, "استقبل الرئيس الإيراني حسن", "2020-01-04"),
      ("LEADS", ROU, "country:iran", "الرئيس الإيراني حسن روحاني"),
      ("LEADS", MBAR, "organization:qatari-foreign-ministry", "وزير الخارجية القطري الشيخ"),
      ("MET_WITH", MBAR, ZAR, "الذي التقى أيضاً نظيره", "2020-01-04"),
      ("LEADS", ZAR, "organization:iranian-foreign-ministry", "نظيره محمد جواد ظريف"),
      ("LEADS", SAL, "country:saudi-arabia", "العاهل السعودي الملك سلمان"),
      ("LEADS", BARH, IRAQ, "بالرئيس العراقي برهم"),
      ("MEMBER_OF", KBS, "organization:saudi-defence-ministry", "نائب وزير الدفاع الأمير"),
      ("VISITED", KBS, "location:washington", "إلى واشنطن، حيث", "2020-01-06"),
      ("MET_WITH", KBS, TRU, "حيث التقى ترامب", "2020-01-06"),
      ("MET_WITH", KBS, POM, "حيث التقى ترامب", "2020-01-06"),
      ("LEADS", POM, "organization:us-state-department", "ووزير الخارجية مايك"),
      ("LEADS", "person:ali-khamenei", "country:iran", "المرشد الإيراني علي"),
      ("SUCCESSOR_OF", QAA, SOL, "خلفاً لسليماني", "2020-01-03"),
      ("LEADS", QAA, "organization:quds-force", "قائداً لفيلق القدس"),
      ("MEMBER_OF", FDK, "organization:kataib-hezbollah", "القيادي في كتائب حزب الله"),
      ],
     {"source": "blind set (Iraqi agency-style)", "published": "2020-01-06"}),

    ("enCU5_fidan_in_baghdad_reshuffle", "en",
     "BAGHDAD (AP) - Turkey's new Foreign Minister Hakan Fidan held talks in Baghdad on Tuesday "
     "with Iraqi Prime Minister Mohammed Shia al-Soudani and his Iraqi counterpart Fuad Hussein, on "
     "his first visit to Iraq since taking the post in June. Water from the Tigris and Euphrates, "
     "the halted oil pipeline to Ceyhan and Turkish operations against the PKK in the north topped "
     "the agenda, the Iraqi Foreign Ministry said.\n"
     "Fidan, who ran Turkey's National Intelligence Organization (MIT) for 13 years, replaced "
     "Mevlut Cavusoglu as foreign minister when President Recep Tayyip Erdogan named his new "
     "cabinet after winning re-election. Ibrahim Kalin, Erdogan's longtime spokesman, succeeded "
     "Fidan at the helm of MIT, and former chief of staff Gen. Yasar Guler took over the defense "
     "ministry from Hulusi Akar.\n"
     "On Wednesday Fidan travelled to Erbil, where he was received by Kurdistan Region President "
     "Nechirvan Barzani. He was not scheduled to meet Kurdistan Democratic Party leader Masoud "
     "Barzani, an aide said.\n"
     "Al-Soudani is expected to visit Ankara later this year, Hussein told reporters.",
     [("LEADS", FID, "organization:turkish-foreign-ministry", "Turkey's new Foreign Minister Hakan"),
      ("MET_WITH", FID, SUD, "held talks in Baghdad on Tuesday", "2023-08-22"),
      ("MET_WITH", FID, FUH, "held talks in Baghdad on Tuesday", "2023-08-22"),
      ("VISITED", FID, "location:baghdad", "held talks in Baghdad on Tuesday", "2023-08-22"),
      ("LEADS", SUD, "organization:iraqi-government", "Iraqi Prime Minister Mohammed Shia al-Soudani"),
      ("LEADS", FUH, "organization:iraqi-foreign-ministry", "his Iraqi counterpart Fuad"),
      ("LEADS", FID, MIT, "who ran Turkey's National Intelligence"),
      ("SUCCESSOR_OF", FID, CAV, "replaced Mevlut Cavusoglu", "2023-06-03"),
      ("LEADS", CAV, "organization:turkish-foreign-ministry", "Cavusoglu as foreign minister"),
      ("LEADS", ERD, "country:turkey", "President Recep Tayyip Erdogan"),
      ("SUCCESSOR_OF", KAL, FID, "succeeded Fidan at the helm", "2023-06-03"),
      ("LEADS", KAL, MIT, "at the helm of MIT"),
      ("SUCCESSOR_OF", GUL, AKA, "took over the defense ministry", "2023-06-03"),
      ("LEADS", GUL, "organization:turkish-defence-ministry", "took over the defense ministry"),
      ("LEADS", AKA, "organization:turkish-defence-ministry", "ministry from Hulusi Akar"),
      ("LEADS", GUL, "organization:turkish-armed-forces", "former chief of staff Gen"),
      ("VISITED", FID, "location:erbil", "Fidan travelled to Erbil", "2023-08-23"),
      ("MET_WITH", FID, NEB, "where he was received by Kurdistan", "2023-08-23"),
      ("LEADS", NEB, "organization:kurdistan-region-presidency", "Kurdistan Region President Nechirvan"),
      ("LEADS", MAB, "organization:kurdistan-democratic-party", "Kurdistan Democratic Party leader"),
      ],
     {"source": "blind set (AP-style)", "published": "2023-08-23"}),

    ("arCU6_assad_in_jeddah", "ar",
     "جدة - (واس) - استقبل ولي العهد رئيس مجلس الوزراء السعودي الأمير محمد بن سلمان، الجمعة، الرئيس "
     "السوري بشار الأسد لدى وصوله إلى قصر المؤتمرات في جدة للمشاركة في القمة العربية الثانية "
     "والثلاثين، في أول مشاركة لسوريا في قمة عربية منذ تعليق عضويتها في جامعة الدول العربية عام "
     "2011.\n"
     "وقال الأمين العام للجامعة أحمد أبو الغيط إن عودة دمشق «بداية وليست نهاية». وكان وزراء "
     "الخارجية العرب قد قرروا في القاهرة مطلع الشهر استئناف مشاركة الوفود السورية في اجتماعات "
     "الجامعة.\n"
     "وجاءت القمة بعد شهر من زيارة وزير الخارجية الأمير فيصل بن فرحان إلى دمشق، حيث استقبله الأسد، "
     "وهي الأولى لمسؤول سعودي رفيع منذ اندلاع النزاع. وكان نظيره السوري فيصل المقداد قد زار جدة "
     "قبلها بأيام والتقى ابن فرحان، من دون أن يلتقي ولي العهد.\n"
     "ويتولى ابن فرحان الخارجية منذ تشرين الأول 2019 خلفاً لإبراهيم العساف، فيما عُيّن المقداد في "
     "منصبه أواخر 2020 خلفاً للراحل وليد المعلم.",
     [("MET_WITH", MBS, ASD, "استقبل ولي العهد", "2023-05-19"),
      ("LEADS", MBS, "country:saudi-arabia", "ولي العهد رئيس مجلس الوزراء السعودي"),
      ("LEADS", ASD, "country:syria", "السوري بشار الأسد"),
      ("VISITED", ASD, "location:jeddah", "لدى وصوله إلى قصر المؤتمرات في جدة", "2023-05-19"),
      ("LEADS", AGH, "organization:arab-league", "الأمين العام للجامعة أحمد"),
      ("VISITED", FBF, "location:damascus", "فيصل بن فرحان إلى دمشق", "2023-04-18"),
      ("MET_WITH", ASD, FBF, "حيث استقبله الأسد", "2023-04-18"),
      ("LEADS", FBF, "organization:saudi-foreign-ministry", "زيارة وزير الخارجية الأمير"),
      ("VISITED", MEK, "location:jeddah", "قد زار جدة", "2023-04-12"),
      ("MET_WITH", MEK, FBF, "والتقى ابن فرحان", "2023-04-12"),
      ("LEADS", MEK, "organization:syrian-foreign-ministry", "نظيره السوري فيصل"),
      ("SUCCESSOR_OF", FBF, ASF, "خلفاً لإبراهيم العساف", "2019-10-23"),
      ("SUCCESSOR_OF", MEK, MUA, "خلفاً للراحل وليد", "2020-11-22"),
      ],
     {"source": "blind set (Saudi agency-style)", "published": "2023-05-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCU")
