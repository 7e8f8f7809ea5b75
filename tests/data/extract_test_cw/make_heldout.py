"""Blind set CW: Gulf, Jordanian and Turkish leaders receiving Iraqi and Syrian leaders,
mediation and successions, 2021-2025: the Doha ceasefire with the Qatari prime minister meeting
Barnea, Ronen Bar and al-Hayya separately (AFP-style, Jan 2025), Kadhimi received in Riyadh
with a planned Abu Dhabi stop and a video call (Iraqi agency-style, Mar 2021), the second
Baghdad conference at the Dead Sea with a meeting denied by the Saudis (AP-style, Dec 2022),
al-Sharaa received in Doha after Riyadh and Ankara, successor of Assad (Syrian agency-style,
Apr 2025), Kuwait's new emir Meshal and his new prime minister, condolence visitors and a phone
call (KUNA-style, Jan 2024), Assad received in Muscat, his 2022 UAE visit and Mohamed bin Zayed
succeeding Khalifa (Omani agency-style, Feb 2023).
Style: en/ar alternating; lists of hosts and guests; indirect talks; video and phone calls;
planned visits; a denied meeting; deaths with no agent; chains of successors. Spellings:
al-Soudani, el-Sissi, Amirabdollahian, Kadhimi (Arabic الكاظمي).
Written and annotated blind (extractor neither read nor run).
A DEV set since session 12 (measured once blind, then opened; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cw/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cw import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, US = "country:israel", "country:united-states"
MBAR, BAR, RBAR, HAY = ("person:mohammed-bin-abdulrahman-al-thani", "person:david-barnea",
                        "person:ronen-bar", "person:khalil-al-hayya")
WIT, NET, BID, RAS, ANS = ("person:steve-witkoff", "person:benjamin-netanyahu", "person:joe-biden",
                           "person:hassan-rashad", "person:majed-al-ansari")
MBS, KAD, FUH, SAL, FAL = ("person:mohammed-bin-salman", "person:mustafa-al-kadhimi", "person:fuad-hussein",
                           "person:salman-bin-abdulaziz", "person:khalid-al-falih")
AAM, SOL, MUH = "person:adil-abdul-mahdi", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
ABD2, MAC, SUD, SISI, TAM = ("person:abdullah-ii", "person:emmanuel-macron", "person:mohammed-shia-al-sudani",
                             "person:abdel-fattah-al-sisi", "person:tamim-bin-hamad-al-thani")
BOR, AMA, FBF, SAF = ("person:josep-borrell", "person:hossein-amir-abdollahian", "person:faisal-bin-farhan",
                      "person:ayman-safadi")
SHA, SHB, ERD, ASD, PUT = ("person:ahmed-al-sharaa", "person:asaad-al-shaibani",
                           "person:recep-tayyip-erdogan", "person:bashar-al-assad", "person:vladimir-putin")
MSH, MSS, ANA, NAW, SAB, MBZ, RAI = ("person:meshal-al-ahmad-al-jaber-al-sabah",
                                     "person:mohammad-sabah-al-salem", "person:ahmad-nawaf-al-ahmad",
                                     "person:nawaf-al-ahmad-al-sabah", "person:sabah-al-ahmad-al-sabah",
                                     "person:mohamed-bin-zayed", "person:ebrahim-raisi")
HAI, BUS, MBR, KBZ = ("person:haitham-bin-tarik", "person:badr-albusaidi", "person:mohammed-bin-rashid",
                      "person:khalifa-bin-zayed")
KUW, UAE = "country:kuwait", "country:united-arab-emirates"

ARTICLES = [
    ("enCW1_doha_ceasefire_mediators", "en",
     "DOHA, Jan 15 (AFP) - Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani announced "
     "on Wednesday that Israel and Hamas had agreed a ceasefire in Gaza and an exchange of hostages "
     "and prisoners, to take effect on Sunday, after weeks of indirect negotiations in Doha.\n"
     "The Qatari premier met Mossad chief David Barnea and Shin Bet head Ronen Bar at his office on "
     "Tuesday, and then held separate talks with a Hamas delegation led by Khalil al-Hayya, a "
     "diplomat briefed on the talks said. The Israeli and Hamas negotiators never met face to face.\n"
     "Steve Witkoff, the incoming U.S. administration's Middle East envoy, who flew to Israel on "
     "Saturday and met Prime Minister Benjamin Netanyahu, joined the final sessions alongside aides "
     "of President Joe Biden. Egypt's intelligence chief Hassan Rashad also took part and met "
     "al-Hayya separately, according to Egyptian media.\n"
     "Netanyahu later spoke by telephone with Biden and with President-elect Donald Trump. Majed "
     "al-Ansari, the Qatari foreign ministry spokesman, said the first phase would last 42 days.",
     [("LEADS", MBAR, "country:qatar", "Qatari Prime Minister Sheikh"),
      ("MET_WITH", MBAR, BAR, "The Qatari premier met Mossad chief", "2025-01-14"),
      ("MET_WITH", MBAR, RBAR, "The Qatari premier met Mossad chief", "2025-01-14"),
      ("LEADS", BAR, "organization:mossad", "Mossad chief David"),
      ("LEADS", RBAR, "organization:shin-bet", "Shin Bet head Ronen"),
      ("MET_WITH", MBAR, HAY, "held separate talks with a Hamas delegation", "2025-01-14"),
      ("MEMBER_OF", HAY, "organization:hamas", "led by Khalil al-Hayya"),
      ("VISITED", WIT, ISR, "who flew to Israel on", "2025-01-11"),
      ("MET_WITH", WIT, NET, "met Prime Minister Benjamin Netanyahu", "2025-01-11"),
      ("LEADS", NET, ISR, "met Prime Minister Benjamin Netanyahu"),
      ("LEADS", BID, US, "President Joe Biden"),
      ("LEADS", RAS, "organization:egyptian-general-intelligence", "Egypt's intelligence chief Hassan"),
      ("MET_WITH", RAS, HAY, "also took part and met", "2025-01"),
      ("MEMBER_OF", ANS, "organization:qatari-foreign-ministry", "the Qatari foreign ministry spokesman"),
      ],
     {"source": "blind set (AFP-style)", "published": "2025-01-15"}),

    ("arCW2_kadhimi_in_riyadh", "ar",
     "الرياض - (واع) - استقبل ولي العهد السعودي الأمير محمد بن سلمان، الأربعاء، رئيس مجلس الوزراء "
     "مصطفى الكاظمي في قصر اليمامة بالرياض، في أول زيارة رسمية للكاظمي إلى المملكة منذ توليه رئاسة "
     "الحكومة، وجرى خلال اللقاء التوقيع على خمس اتفاقيات وإنشاء صندوق سعودي عراقي مشترك برأسمال "
     "ثلاثة مليارات دولار.\n"
     "وضم الوفد العراقي وزير الخارجية فؤاد حسين وعدداً من الوزراء. والتقى الكاظمي في مقر إقامته وزير "
     "الاستثمار السعودي خالد الفالح، فيما كان الملك سلمان بن عبد العزيز قد أجرى اتصالاً مرئياً "
     "بالكاظمي عشية الزيارة.\n"
     "وينتقل الكاظمي الأحد إلى أبوظبي، حيث من المقرر أن يلتقي ولي عهد أبوظبي الشيخ محمد بن زايد.\n"
     "وكان الكاظمي، الرئيس السابق لجهاز المخابرات الوطني، قد تولى رئاسة الوزراء في أيار 2020 بعد "
     "استقالة عادل عبد المهدي في أعقاب احتجاجات واسعة، وبعد أشهر من مقتل قائد فيلق القدس قاسم "
     "سليماني ونائب رئيس هيئة الحشد أبو مهدي المهندس بغارة أميركية قرب مطار بغداد.",
     [("MET_WITH", MBS, KAD, "استقبل ولي العهد السعودي", "2021-03-31"),
      ("LEADS", KAD, "organization:iraqi-government", "رئيس مجلس الوزراء مصطفى"),
      ("VISITED", KAD, "location:riyadh", "في قصر اليمامة بالرياض", "2021-03-31"),
      ("LEADS", FUH, "organization:iraqi-foreign-ministry", "وزير الخارجية فؤاد"),
      ("VISITED", FUH, "location:riyadh", "وضم الوفد العراقي", "2021-03-31"),
      ("MET_WITH", KAD, FAL, "والتقى الكاظمي في مقر إقامته", "2021-03-31"),
      ("LEADS", SAL, "country:saudi-arabia", "الملك سلمان بن عبد العزيز"),
      ("LEADS", KAD, "organization:iraqi-national-intelligence-service", "الرئيس السابق لجهاز المخابرات"),
      ("SUCCESSOR_OF", KAD, AAM, "بعد استقالة عادل", "2020-05-07"),
      ("LEADS", SOL, "organization:quds-force", "قائد فيلق القدس"),
      ("MEMBER_OF", MUH, "organization:popular-mobilization-forces", "ونائب رئيس هيئة الحشد"),
      ("ASSASSINATED_BY", SOL, US, "بغارة أميركية قرب مطار بغداد", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "بغارة أميركية قرب مطار بغداد", "2020-01-03"),
      ],
     {"source": "blind set (Iraqi agency-style)", "published": "2021-03-31"}),

    ("enCW3_dead_sea_baghdad_conference", "en",
     "DEAD SEA, Jordan (AP) - Jordan's King Abdullah II and French President Emmanuel Macron "
     "co-hosted a regional conference on Iraq at a Dead Sea resort on Tuesday, bringing Iraqi Prime "
     "Minister Mohammed Shia al-Soudani together with leaders and ministers from Iraq's neighbors, "
     "including rivals Saudi Arabia and Iran. The two hosts held talks on the eve of the gathering.\n"
     "The king received al-Soudani before the opening session, and Macron held talks with him "
     "afterwards, promising French support for Iraq's power sector. Egyptian President Abdel Fattah "
     "el-Sissi and Qatar's Emir Sheikh Tamim bin Hamad Al Thani attended, as did EU foreign policy "
     "chief Josep Borrell.\n"
     "Iranian Foreign Minister Hossein Amirabdollahian said he met Jordanian Foreign Minister Ayman "
     "Safadi and Borrell on the sidelines. He also said he had a brief exchange with his Saudi "
     "counterpart, Prince Faisal bin Farhan, but Saudi officials said no meeting took place.\n"
     "Al-Soudani, who took office in October after a year of political deadlock, succeeding "
     "Mustafa al-Kadhimi, said Iraq would not be a launchpad for attacks on any neighbor.",
     [("LEADS", ABD2, "country:jordan", "Jordan's King Abdullah II"),
      ("LEADS", MAC, "country:france", "French President Emmanuel"),
      ("LOCATED_IN", "location:dead-sea", "country:jordan", "DEAD SEA, Jordan (AP)"),
      ("VISITED", MAC, "location:dead-sea", "at a Dead Sea resort", "2022-12-20"),
      ("VISITED", SUD, "location:dead-sea", "at a Dead Sea resort", "2022-12-20"),
      ("LEADS", SUD, "organization:iraqi-government", "Iraqi Prime Minister Mohammed"),
      ("MET_WITH", ABD2, MAC, "The two hosts held talks", "2022-12-19"),
      ("MET_WITH", ABD2, SUD, "The king received al-Soudani", "2022-12-20"),
      ("MET_WITH", MAC, SUD, "Macron held talks with him", "2022-12-20"),
      ("LEADS", SISI, "country:egypt", "Egyptian President Abdel Fattah"),
      ("LEADS", TAM, "country:qatar", "Qatar's Emir Sheikh Tamim"),
      ("MEMBER_OF", BOR, "organization:european-union", "EU foreign policy"),
      ("LEADS", AMA, "organization:iranian-foreign-ministry", "Iranian Foreign Minister Hossein"),
      ("MET_WITH", AMA, SAF, "said he met Jordanian", "2022-12-20"),
      ("MET_WITH", AMA, BOR, "said he met Jordanian", "2022-12-20"),
      ("LEADS", SAF, "organization:jordanian-foreign-ministry", "Jordanian Foreign Minister Ayman"),
      ("LEADS", FBF, "organization:saudi-foreign-ministry", "counterpart, Prince Faisal"),
      ("SUCCESSOR_OF", SUD, "person:mustafa-al-kadhimi", "succeeding", "2022-10-27"),
      ],
     {"source": "blind set (AP-style)", "published": "2022-12-20"}),

    ("arCW4_sharaa_in_doha", "ar",
     "الدوحة - (سانا) - استقبل أمير دولة قطر الشيخ تميم بن حمد آل ثاني، الثلاثاء، رئيس الجمهورية "
     "العربية السورية في المرحلة الانتقالية أحمد الشرع في الديوان الأميري، وبحث الجانبان دعم قطر "
     "لإعادة الإعمار وإمداد سوريا بالغاز عبر الأردن. وضم الوفد السوري وزير الخارجية والمغتربين أسعد "
     "الشيباني.\n"
     "وهذه ثالث زيارة خارجية للشرع منذ توليه الرئاسة، إذ استهل جولاته بالرياض حيث استقبله ولي العهد "
     "رئيس مجلس الوزراء الأمير محمد بن سلمان، ثم توجه إلى أنقرة والتقى الرئيس رجب طيب أردوغان. وكان "
     "الشيخ تميم أول رئيس دولة يزور دمشق بعد سقوط النظام السابق، في كانون الثاني.\n"
     "وكانت «إدارة العمليات العسكرية» قد أعلنت تعيين الشرع رئيساً للبلاد خلفاً لبشار الأسد، الذي "
     "فرّ إلى موسكو في كانون الأول بعد سيطرة الفصائل على دمشق، ولم يلتقِ به الرئيس فلاديمير بوتين "
     "علناً منذ وصوله، وفق الكرملين.\n"
     "وفي الدوحة أيضاً، التقى الشيباني رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن عبد الرحمن آل "
     "ثاني.",
     [("LEADS", TAM, "country:qatar", "أمير دولة قطر الشيخ"),
      ("MET_WITH", TAM, SHA, "استقبل أمير دولة قطر", "2025-04-15"),
      ("LEADS", SHA, "country:syria", "رئيس الجمهورية العربية السورية في المرحلة الانتقالية"),
      ("VISITED", SHA, "location:doha", "الدوحة - (سانا)", "2025-04-15"),
      ("LEADS", SHB, "organization:syrian-foreign-ministry", "وزير الخارجية والمغتربين أسعد"),
      ("VISITED", SHB, "location:doha", "وضم الوفد السوري", "2025-04-15"),
      ("VISITED", SHA, "location:riyadh", "استهل جولاته بالرياض", "2025-02-02"),
      ("MET_WITH", MBS, SHA, "حيث استقبله ولي العهد", "2025-02-02"),
      ("LEADS", MBS, "country:saudi-arabia", "رئيس مجلس الوزراء الأمير محمد"),
      ("VISITED", SHA, "location:ankara", "ثم توجه إلى أنقرة", "2025-02-04"),
      ("MET_WITH", SHA, ERD, "والتقى الرئيس رجب", "2025-02-04"),
      ("LEADS", ERD, "country:turkey", "الرئيس رجب طيب"),
      ("VISITED", TAM, "location:damascus", "أول رئيس دولة يزور دمشق", "2025-01-30"),
      ("SUCCESSOR_OF", SHA, ASD, "خلفاً لبشار الأسد", "2025-01-29"),
      ("VISITED", ASD, "location:moscow", "فرّ إلى موسكو", "2024-12-08"),
      ("LEADS", PUT, "country:russia", "الرئيس فلاديمير بوتين"),
      ("MET_WITH", SHB, "person:mohammed-bin-abdulrahman-al-thani", "التقى الشيباني", "2025-04-15"),
      ("LEADS", "person:mohammed-bin-abdulrahman-al-thani", "country:qatar",
       "رئيس مجلس الوزراء وزير الخارجية الشيخ"),
      ("LEADS", "person:mohammed-bin-abdulrahman-al-thani", "organization:qatari-foreign-ministry",
       "رئيس مجلس الوزراء وزير الخارجية الشيخ"),
      ],
     {"source": "blind set (Syrian agency-style)", "published": "2025-04-15"}),

    ("enCW5_kuwait_new_emir_new_pm", "en",
     "KUWAIT CITY, Jan 4 (KUNA) - Kuwait's Emir Sheikh Meshal al-Ahmad al-Jaber al-Sabah on "
     "Thursday appointed Sheikh Mohammad Sabah al-Salem al-Sabah, a Harvard-educated economist and "
     "former foreign minister, as prime minister, replacing Sheikh Ahmad Nawaf al-Ahmad al-Sabah, "
     "whose government resigned last month.\n"
     "Sheikh Meshal, 83, became emir on Dec. 16, succeeding his half-brother Sheikh Nawaf "
     "al-Ahmad al-Jaber al-Sabah, who died aged 86 after three years on the throne. Nawaf had "
     "himself taken over in 2020 on the death of Sheikh Sabah al-Ahmad al-Jaber al-Sabah.\n"
     "During the mourning period the new emir received Saudi Crown Prince Mohammed bin Salman, UAE "
     "President Sheikh Mohamed bin Zayed and Iraqi Prime Minister Mohammed Shia al-Sudani at Bayan "
     "Palace. Qatar's Emir Sheikh Tamim bin Hamad Al Thani also travelled to Kuwait and offered his "
     "condolences to Sheikh Meshal in person, while Iranian President Ebrahim Raisi called him by "
     "telephone.\n"
     "In his first speech to parliament, the emir criticised both lawmakers and the outgoing "
     "cabinet for harming the country's interests.",
     [("LEADS", MSH, KUW, "Kuwait's Emir Sheikh Meshal"),
      ("SUCCESSOR_OF", MSS, ANA, "replacing Sheikh Ahmad Nawaf", "2024-01-04"),
      ("LEADS", MSS, KUW, "as prime minister, replacing"),
      ("LEADS", ANA, KUW, "whose government resigned"),
      ("SUCCESSOR_OF", MSH, NAW, "succeeding his half-brother", "2023-12-16"),
      ("LEADS", NAW, KUW, "after three years on the throne"),
      ("SUCCESSOR_OF", NAW, SAB, "had himself taken over in 2020", "2020-09-29"),
      ("MET_WITH", MSH, MBS, "the new emir received Saudi", "2023-12"),
      ("MET_WITH", MSH, MBZ, "the new emir received Saudi", "2023-12"),
      ("MET_WITH", MSH, "person:mohammed-shia-al-sudani", "the new emir received Saudi", "2023-12"),
      ("LEADS", MBZ, UAE, "UAE President Sheikh"),
      ("LEADS", "person:mohammed-shia-al-sudani", "organization:iraqi-government",
       "Iraqi Prime Minister Mohammed"),
      ("VISITED", TAM, KUW, "also travelled to Kuwait", "2023-12"),
      ("MET_WITH", TAM, MSH, "offered his condolences to Sheikh Meshal in person", "2023-12"),
      ("LEADS", TAM, "country:qatar", "Qatar's Emir Sheikh Tamim"),
      ("LEADS", RAI, "country:iran", "Iranian President Ebrahim"),
      ],
     {"source": "blind set (KUNA-style)", "published": "2024-01-04"}),

    ("arCW6_assad_in_muscat", "ar",
     "مسقط - «العُمانية» - استقبل السلطان هيثم بن طارق، الاثنين، في قصر البركة العامر الرئيس السوري "
     "بشار الأسد، الذي وصل إلى مسقط في زيارة رسمية هي الأولى له إلى السلطنة منذ اندلاع الحرب في "
     "سوريا عام 2011، وتأتي بعد أسبوعين من الزلزال المدمر الذي ضرب شمال سوريا وجنوب تركيا.\n"
     "وقدّم السلطان تعازيه بضحايا الزلزال، وأكد الجانبان أهمية عودة العلاقات العربية مع دمشق. "
     "وكانت عُمان قد أبقت سفارتها في دمشق مفتوحة طوال سنوات الحرب، وزار وزير خارجيتها بدر البوسعيدي "
     "العاصمة السورية الشهر الماضي حيث التقى الأسد.\n"
     "وفي آذار 2022، زار الأسد الإمارات، حيث التقى ولي عهد أبوظبي الشيخ محمد بن زايد ونائب رئيس "
     "الدولة حاكم دبي الشيخ محمد بن راشد آل مكتوم، في أول زيارة له إلى دولة عربية منذ أكثر من عقد. "
     "وأصبح محمد بن زايد رئيساً للدولة في أيار من العام نفسه خلفاً للشيخ خليفة بن زايد، الذي توفي "
     "عن 73 عاماً.\n"
     "ومن المنتظر أن يزور الأسد أبوظبي مجدداً خلال الأسابيع المقبلة.",
     [("LEADS", HAI, "country:oman", "استقبل السلطان هيثم"),
      ("MET_WITH", HAI, ASD, "استقبل السلطان هيثم", "2023-02-20"),
      ("LEADS", ASD, "country:syria", "الرئيس السوري بشار"),
      ("VISITED", ASD, "location:muscat", "الذي وصل إلى مسقط", "2023-02-20"),
      ("LEADS", BUS, "organization:omani-foreign-ministry", "وزير خارجيتها بدر"),
      ("VISITED", BUS, "location:damascus", "العاصمة السورية الشهر الماضي", "2023-01"),
      ("MET_WITH", BUS, ASD, "حيث التقى الأسد", "2023-01"),
      ("VISITED", ASD, UAE, "زار الأسد الإمارات", "2022-03-18"),
      ("MET_WITH", ASD, MBZ, "حيث التقى ولي عهد أبوظبي", "2022-03-18"),
      ("MET_WITH", ASD, MBR, "حيث التقى ولي عهد أبوظبي", "2022-03-18"),
      ("SUCCESSOR_OF", MBZ, KBZ, "خلفاً للشيخ خليفة", "2022-05-14"),
      ("LEADS", MBZ, UAE, "رئيساً للدولة في أيار"),
      ("LEADS", KBZ, UAE, "خلفاً للشيخ خليفة"),
      ],
     {"source": "blind set (Omani agency-style)", "published": "2023-02-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCW")
