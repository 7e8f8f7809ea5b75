"""Blind set QA: Turkey, the Kurds and northern Syria 2018-2022 (first folder of QA-QB): the Ankara summit
of the Astana format (April 2018), the Turkish drone strike near Qamishli that killed Jiyan Tolhildan and two
YPJ fighters (July 2022), James Jeffrey's meeting with Mazloum Abdi in Hasakah (2020), Nechirvan Barzani in
Ankara (2022), the Sochi memorandum of Putin and Erdogan and Pence's mission to Ankara (October 2019), and
the Tehran summit of Rouhani, Putin and Erdogan (September 2018), as Turkey's state agency writes it in
English (Anadolu-like: "ANKARA (AA) -", "PKK/PYD-YPG terrorist organization"), a Kurdish agency of
northeastern Syria in Arabic (Hawar/ANHA-like: "قامشلو - هاوار", "الاحتلال التركي", "استشهدت"), a US
Middle East site in English (Al-Monitor-like: "Al-Monitor has learned"), a Kurdish TV site in Arabic
(Rudaw-like: "كوردستان", "بحسب مصدر مطلع تحدث لروداو"), a wire in English (Reuters-like: "SOCHI, Russia
(Reuters) -") and an Iranian TV site in Arabic (Al-Alam-like: "الشيخ حسن روحاني", "الدول الضامنة").
Pieces: Erdogan hosts Putin and Rouhani, the three leaders meet, Cavusoglu receives Zarif (English, QA1);
a Turkish drone kills Tolhildan, Khabour and Botan, Abdi and Ilham Ahmed react (Arabic, QA2); Jeffrey meets
Abdi with Rayburn and Roebuck, Jeffrey took over from McGurk, McKenzie had met Abdi (English, QA3);
Nechirvan Barzani meets Erdogan with Fidan present, and Cavusoglu before (Arabic, QA4); Putin and Erdogan
meet in Sochi with their four ministers, Pence had met Erdogan with Pompeo, O'Brien and Jeffrey (English,
QA5); the Tehran trilateral, Rouhani receives Erdogan with Zarif present, then meets Putin (Arabic, QA6).
Excluded on purpose (no relation): the video-link ceremony of Akkuyu, Erdogan's phone call with Trump (QA1);
the unnamed wounded of the earlier drone strike near Kobani, the coalition and Russia blamed for "silence"
(QA2); Abdi's long-delayed trip to Washington, Jeffrey's phone call with Cavusoglu (QA3); Masrour Barzani's
planned visit to Ankara (QA4); Abdi's called-off meeting with US officials, Putin's phone call with Assad
(QA5); the next summit planned in Russia, Zarif's planned visit to Damascus (QA6).
Judgement calls: "hosted his Russian and Iranian counterparts ... The three leaders met" is a meeting of the
three (QA1); "took over the coalition file after Brett McGurk resigned" is a succession (QA3); "was
accompanied by his deputy, Joel Rayburn, and William Roebuck": each companion is paired with both principals
and with the other (QA3); "talks, which were also attended by ... Lavrov, Cavusoglu, Shoigu and Akar": each
minister with both leaders, and the four with each other (they attended together) (QA5); Pence "accompanied
by" Pompeo, O'Brien and Jeffrey when he met Erdogan: the same (QA5); "قمة ... بمشاركة الرئيس الإيراني ...
ونظيريه الروسي ... والتركي" is a meeting of the three (QA6); "بحضور وزير الخارجية" at Rouhani's reception of
Erdogan: Zarif with both (QA6); a drone "تابعة للاحتلال التركي" gives the victims -> country:turkey (QA2); a
foreign minister LEADS his ministry where it has an id.
Filled in for the exercise: Cavusoglu's reception of Zarif on the eve (QA1); the village, the earlier strike
near Kobani, the wording of Abdi and Ahmed (QA2); the date and place of the Jeffrey meeting, Roebuck's
presence, the phone call, the month of McKenzie's visit (QA3); the date, Fidan's presence and the Cavusoglu
meeting, the planned Masrour visit (QA4); the called-off Hasakah meeting (QA5); Zarif's presence, Ghasemi's
statement (QA6).
Spellings: "Recep Tayyip Erdoğan", "Mevlüt Çavuşoğlu" (QA1); «جيان تولهلدان»، «قامشلو» (QA2); "Mazlum Kobani
Abdi", "Brett McGurk" (QA3); «نيجيرفان بارزاني»، «كوردستان» (QA4); "Tayyip Erdogan", "Mazloum Abdi" (QA5);
«الشيخ حسن روحاني»، «آستانة» (QA6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qb import ALL  # noqa: E402

HERE = Path(__file__).parent

TURKEY, RUSSIA, IRAN, US = "country:turkey", "country:russia", "country:iran", "country:united-states"
PKK, SDF, YPJ, SDC, MIT, TSK = (
    "organization:pkk", "organization:syrian-democratic-forces", "organization:ypj",
    "organization:syrian-democratic-council", "organization:turkish-national-intelligence-organization",
    "organization:turkish-armed-forces")
TRFM, RUFM, IRFM, CENTCOM = ("organization:turkish-foreign-ministry", "organization:russian-foreign-ministry",
                             "organization:iranian-foreign-ministry", "organization:us-central-command")
KRG = "organization:kurdistan-regional-government"
ERDOGAN, FIDAN, KALIN, CAVUSOGLU, AKAR = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin", "person:mevlut-cavusoglu",
    "person:hulusi-akar")
PUTIN, LAVROV, SHOIGU, ROUHANI, ZARIF, GHASEMI, ASSAD = (
    "person:vladimir-putin", "person:sergei-lavrov", "person:sergei-shoigu", "person:hassan-rouhani",
    "person:mohammad-javad-zarif", "person:bahram-ghasemi", "person:bashar-al-assad")
TRUMP, PENCE, POMPEO, OBRIEN, JEFFREY, MCGURK, RAYBURN, ROEBUCK, MCKENZIE = (
    "person:donald-trump", "person:mike-pence", "person:mike-pompeo", "person:robert-obrien",
    "person:james-jeffrey", "person:brett-mcgurk", "person:joel-rayburn", "person:william-roebuck",
    "person:kenneth-mckenzie")
ABDI, ILHAM, TOLHILDAN, KHABOUR, BOTAN = (
    "person:mazloum-abdi", "person:ilham-ahmed", "person:jiyan-tolhildan", "person:roj-khabour",
    "person:barin-botan")
NECHIRVAN, MASROUR = "person:nechirvan-barzani", "person:masrour-barzani"

AA = "blind set (Turkish state news agency, English service, Anadolu-like)"
HAWAR = "blind set (Kurdish news agency of northeastern Syria, Arabic, Hawar/ANHA-like)"
MONITOR = "blind set (US Middle East news site, English, Al-Monitor-like)"
RUDAW = "blind set (Kurdish TV news site, Arabic service, Rudaw-like)"
REUTERS = "blind set (international news wire, English, Reuters-like)"
ALAM = "blind set (Iranian Arabic-language TV news site, Al-Alam-like)"

ARTICLES = [
    ("enQA1_ankara_trilateral_anadolu", "en",
     "Turkey, Russia, Iran leaders meet in Ankara for Syria summit\n"
     "ANKARA (AA) - President Recep Tayyip Erdoğan on Wednesday hosted his Russian and Iranian counterparts, "
     "Vladimir Putin and Hassan Rouhani, at the Presidential Complex for the second trilateral summit on Syria "
     "under the Astana format.\n"
     "The three leaders met behind closed doors for nearly three hours before holding a joint press conference, "
     "in which they reaffirmed their commitment to Syria's territorial integrity.\n"
     "Erdoğan had held a separate meeting with Putin on Tuesday, after the two leaders launched construction of "
     "the Akkuyu nuclear power plant via video link.\n"
     "On the eve of the summit, Foreign Minister Mevlüt Çavuşoğlu received his Iranian counterpart Mohammad "
     "Javad Zarif in Ankara.\n"
     "Speaking at the press conference, Erdoğan said Turkey would not stop until it had cleared Manbij and the "
     "east of the Euphrates of the \"PKK/PYD-YPG terrorist organization.\"\n"
     "Rouhani, for his part, said the future of Syria must be decided by Syrians alone.\n"
     "Erdoğan also spoke by phone with U.S. President Donald Trump on Monday, Turkish presidential sources said.",
     met_group({ERDOGAN: "President Recep Tayyip Erdoğan on Wednesday hosted", PUTIN: "Vladimir Putin and Hassan",
                ROUHANI: "The three leaders met behind closed doors"}, "2018-04-04") + [
      ("MET_WITH", CAVUSOGLU, ZARIF, "received his Iranian counterpart", "2018-04-03"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdoğan on"),
      ("LEADS", PUTIN, RUSSIA, "Russian and Iranian counterparts"),
      ("LEADS", ROUHANI, IRAN, "and Hassan Rouhani, at the"),
      ("LEADS", CAVUSOGLU, TRFM, "Foreign Minister Mevlüt Çavuşoğlu"),
      ("LEADS", ZARIF, IRFM, "Iranian counterpart Mohammad"),
      ("LEADS", TRUMP, US, "U.S. President Donald Trump"),
      ],
     {"source": AA, "published": "2018-04-04"}),

    ("arQA2_drone_kills_tolhildan_hawar", "ar",
     "استشهاد القيادية جيان تولهلدان ورفيقتيها بقصف لمسيّرة الاحتلال التركي في ريف قامشلو\n"
     "قامشلو - هاوار\n"
     "استشهدت القيادية في وحدات حماية المرأة وقوات سوريا الديمقراطية جيان تولهلدان، إلى جانب المقاتلتين روج "
     "خابور وبارين بوطان، إثر استهداف طائرة مسيّرة تابعة للاحتلال التركي سيارتهنّ على طريق قرية جيلي بريف "
     "مدينة قامشلو، مساء الجمعة.\n"
     "وأفادت القيادة العامة لقوات سوريا الديمقراطية في بيان بأن القيادية جيان، واسمها الحقيقي سلوى يوسف، "
     "شاركت في معارك تحرير كوباني والرقة، وقادت حملات ضد خلايا داعش في دير الزور.\n"
     "وحمّل القائد العام لقوات سوريا الديمقراطية مظلوم عبدي التحالف الدولي وروسيا مسؤولية \"الصمت\" إزاء "
     "الهجمات التركية، مطالباً إياهما بالوفاء بتعهداتهما.\n"
     "من جهتها، قالت الرئيسة التنفيذية لمجلس سوريا الديمقراطية إلهام أحمد إن \"استهداف القيادات جزء من "
     "حرب تديرها الدولة التركية ضد شعوب المنطقة\".\n"
     "وكانت مسيّرة أخرى قد استهدفت الأسبوع الماضي سيارة مدنية في ريف كوباني، ما أدى إلى إصابة شخصين بجروح.",
     [("ASSASSINATED_BY", TOLHILDAN, TURKEY, "إثر استهداف طائرة مسيّرة تابعة للاحتلال التركي", "2022-07-22"),
      ("ASSASSINATED_BY", KHABOUR, TURKEY, "إلى جانب المقاتلتين روج", "2022-07-22"),
      ("ASSASSINATED_BY", BOTAN, TURKEY, "خابور وبارين بوطان، إثر", "2022-07-22"),
      ("MEMBER_OF", TOLHILDAN, YPJ, "استشهدت القيادية في وحدات حماية المرأة"),
      ("MEMBER_OF", TOLHILDAN, SDF, "وقوات سوريا الديمقراطية جيان"),
      ("LEADS", ABDI, SDF, "وحمّل القائد العام لقوات سوريا الديمقراطية"),
      ("LEADS", ILHAM, SDC, "الرئيسة التنفيذية لمجلس سوريا الديمقراطية"),
      ],
     {"source": HAWAR, "published": "2022-07-23"}),

    ("enQA3_jeffrey_meets_abdi_monitor", "en",
     "US envoy Jeffrey meets SDF chief Abdi as Kurdish unity talks stall\n"
     "Al-Monitor Staff\n"
     "James Jeffrey, the US special representative for Syria engagement and special envoy to the global coalition "
     "to defeat the Islamic State, met with Syrian Democratic Forces commander Mazlum Kobani Abdi at a coalition "
     "base in Hasakah province on Tuesday, Al-Monitor has learned.\n"
     "Jeffrey was accompanied by his deputy, Joel Rayburn, and William Roebuck, the senior State Department "
     "official who has shepherded the talks between the PYD-led bloc and the Kurdish National Council.\n"
     "The veteran diplomat, who took over the coalition file after Brett McGurk resigned in protest at President "
     "Donald Trump's withdrawal order in December 2018, has long been viewed with suspicion by the Kurds for his "
     "close ties to Ankara.\n"
     "Abdi, who has been hoping to visit Washington for more than a year, told Al-Monitor that the meeting was "
     "\"positive\" and that the Americans had promised to press Turkey to halt its drone strikes. A trip by the "
     "Kurdish commander to the US capital remains on hold.\n"
     "Jeffrey later spoke by phone with Turkish Foreign Minister Mevlut Cavusoglu, a State Department official "
     "said. Gen. Kenneth McKenzie, the head of US Central Command, had met Abdi at the same base in January, the "
     "first such visit since the Turkish incursion of October 2019.",
     [("MET_WITH", JEFFREY, ABDI, "met with Syrian Democratic Forces commander", "2020-06-16"),
      ("MET_WITH", RAYBURN, JEFFREY, "accompanied by his deputy, Joel Rayburn", "2020-06-16"),
      ("MET_WITH", RAYBURN, ABDI, "Jeffrey was accompanied by his deputy", "2020-06-16"),
      ("MET_WITH", ROEBUCK, JEFFREY, "and William Roebuck, the senior", "2020-06-16"),
      ("MET_WITH", ROEBUCK, ABDI, "the senior State Department official who", "2020-06-16"),
      ("MET_WITH", RAYBURN, ROEBUCK, "Joel Rayburn, and William Roebuck", "2020-06-16"),
      ("SUCCESSOR_OF", JEFFREY, MCGURK, "took over the coalition file after Brett McGurk resigned"),
      ("MET_WITH", MCKENZIE, ABDI, "had met Abdi at the same base in January", "2020-01-25"),
      ("LEADS", ABDI, SDF, "Syrian Democratic Forces commander Mazlum"),
      ("LEADS", MCKENZIE, CENTCOM, "the head of US Central Command"),
      ("LEADS", CAVUSOGLU, TRFM, "Turkish Foreign Minister Mevlut Cavusoglu"),
      ("LEADS", TRUMP, US, "President Donald Trump's withdrawal"),
      ],
     {"source": MONITOR, "published": "2020-06-17"}),

    ("arQA4_nechirvan_erdogan_ankara_rudaw", "ar",
     "نيجيرفان بارزاني يلتقي أردوغان في أنقرة ويبحثان تصدير النفط وأمن الحدود\n"
     "روداو - أربيل\n"
     "التقى رئيس إقليم كوردستان، نيجيرفان بارزاني، اليوم الثلاثاء، بالرئيس التركي رجب طيب أردوغان في المجمع "
     "الرئاسي بالعاصمة التركية أنقرة، بحضور رئيس جهاز الاستخبارات التركية هاكان فيدان.\n"
     "وبحسب بيان لرئاسة الإقليم، بحث الجانبان العلاقات بين إقليم كوردستان وتركيا، وملف تصدير النفط عبر ميناء "
     "جيهان، إضافة إلى الأوضاع على الحدود في ظل وجود مسلحي حزب العمال الكوردستاني.\n"
     "وأكد بارزاني أن الإقليم \"لن يسمح بأن تكون أراضيه منطلقاً لتهديد أمن دول الجوار\".\n"
     "وكان رئيس الإقليم قد اجتمع في وقت سابق من اليوم مع وزير الخارجية التركي مولود جاويش أوغلو في مقر الوزارة، "
     "وتناول اللقاء التحضيرات لاجتماع اللجنة المشتركة.\n"
     "ومن المقرر أن يزور رئيس حكومة الإقليم مسرور بارزاني أنقرة الشهر المقبل، بحسب مصدر مطلع تحدث لروداو.\n"
     "وتأتي الزيارة بعد أيام من قصف تركي استهدف مواقع قرب قضاء مخمور.",
     [("MET_WITH", NECHIRVAN, ERDOGAN, "بالرئيس التركي رجب طيب أردوغان", "2022-06-14"),
      ("MET_WITH", FIDAN, NECHIRVAN, "بحضور رئيس جهاز الاستخبارات التركية", "2022-06-14"),
      ("MET_WITH", FIDAN, ERDOGAN, "الاستخبارات التركية هاكان فيدان", "2022-06-14"),
      ("MET_WITH", NECHIRVAN, CAVUSOGLU, "قد اجتمع في وقت سابق من اليوم مع وزير الخارجية", "2022-06-14"),
      ("LEADS", ERDOGAN, TURKEY, "بالرئيس التركي رجب"),
      ("LEADS", FIDAN, MIT, "رئيس جهاز الاستخبارات التركية هاكان"),
      ("LEADS", CAVUSOGLU, TRFM, "وزير الخارجية التركي مولود"),
      ("LEADS", MASROUR, KRG, "رئيس حكومة الإقليم مسرور"),
      ],
     {"source": RUDAW, "published": "2022-06-14"}),

    ("enQA5_sochi_memorandum_reuters", "en",
     "Putin, Erdogan agree deal to remove Kurdish YPG from Syria border\n"
     "SOCHI, Russia (Reuters) - Russian President Vladimir Putin and Turkish President Tayyip Erdogan agreed on "
     "Tuesday to deploy forces to northeast Syria to remove Kurdish YPG fighters from the border, after more "
     "than six hours of talks at Putin's Black Sea residence.\n"
     "Under the 10-point memorandum, Russian military police and Syrian border guards will remove YPG fighters "
     "and their weapons to a depth of 30 km, the two leaders said after the talks, which were also attended by "
     "the two countries' foreign and defense ministers, Sergei Lavrov, Mevlut Cavusoglu, Sergei Shoigu and Hulusi "
     "Akar.\n"
     "The deal came hours before the end of a five-day ceasefire brokered by U.S. Vice President Mike Pence, who "
     "met Erdogan in Ankara last Thursday, accompanied by Secretary of State Mike Pompeo, National Security "
     "Adviser Robert O'Brien and Syria envoy James Jeffrey.\n"
     "Mazloum Abdi, commander of the Kurdish-led Syrian Democratic Forces, said on Monday the group had pulled its "
     "fighters out of the border town of Ras al-Ain. Abdi was due to meet U.S. officials in Hasakah but the "
     "meeting was called off, an SDF official said.\n"
     "Putin later spoke by phone with Syrian President Bashar al-Assad to brief him on the agreement, the Kremlin "
     "said.",
     [("MET_WITH", PUTIN, ERDOGAN, "after more than six hours of talks", "2019-10-22"),
      ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin and"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Tayyip Erdogan agreed"),
      ] + [("MET_WITH", m, p, nd, "2019-10-22") for m, nd in (
          (LAVROV, "Sergei Lavrov, Mevlut"), (CAVUSOGLU, "Mevlut Cavusoglu, Sergei"),
          (SHOIGU, "Sergei Shoigu and Hulusi"), (AKAR, "and Hulusi Akar")) for p in (PUTIN, ERDOGAN)
         ] + met_group({LAVROV: "which were also attended by", CAVUSOGLU: "foreign and defense ministers",
                        SHOIGU: "Sergei Shoigu and", AKAR: "Shoigu and Hulusi"}, "2019-10-22") + [
      ("MET_WITH", PENCE, ERDOGAN, "met Erdogan in Ankara last Thursday", "2019-10-17"),
      ] + [("MET_WITH", m, p, nd, "2019-10-17") for m, nd in (
          (POMPEO, "Secretary of State Mike Pompeo"), (OBRIEN, "Adviser Robert O'Brien"),
          (JEFFREY, "Syria envoy James Jeffrey")) for p in (PENCE, ERDOGAN)
         ] + met_group({POMPEO: "accompanied by Secretary of State", OBRIEN: "National Security Adviser",
                        JEFFREY: "O'Brien and Syria envoy"}, "2019-10-17") + [
      ("LEADS", ABDI, SDF, "commander of the Kurdish-led Syrian Democratic Forces"),
      ("LEADS", ASSAD, "country:syria", "Syrian President Bashar al-Assad"),
      ],
     {"source": REUTERS, "published": "2019-10-22"}),

    ("arQA6_tehran_trilateral_alalam", "ar",
     "قمة طهران الثلاثية: روحاني وبوتين وأردوغان يؤكدون ضرورة مكافحة الإرهاب في إدلب\n"
     "العالم - طهران\n"
     "استضافت العاصمة الإيرانية طهران، اليوم الجمعة، القمة الثلاثية الثالثة لرؤساء الدول الضامنة لمسار "
     "آستانة، بمشاركة الرئيس الإيراني الشيخ حسن روحاني ونظيريه الروسي فلاديمير بوتين والتركي رجب طيب أردوغان.\n"
     "وكان الرئيس روحاني قد استقبل الرئيس التركي صباح اليوم في مجمع سعد آباد، بحضور وزير الخارجية محمد جواد "
     "ظريف، وبحث معه العلاقات الثنائية والعقوبات الأميركية، ثم التقى الرئيس الروسي في لقاء منفصل.\n"
     "وشدد روحاني في الجلسة الافتتاحية على أن \"مكافحة الإرهاب في إدلب أمر لا بد منه\"، فيما دعا أردوغان إلى "
     "إعلان وقف لإطلاق النار في المحافظة، محذراً من موجة لجوء جديدة نحو الحدود التركية.\n"
     "من جهته، أكد بوتين أن \"الحكومة السورية الشرعية لها الحق في السيطرة على كامل أراضيها\".\n"
     "واتفق الرؤساء الثلاثة على عقد القمة المقبلة في روسيا.\n"
     "وعلى هامش القمة، قال المتحدث باسم الخارجية الإيرانية بهرام قاسمي إن ظريف سيزور دمشق الأسبوع المقبل.",
     met_group({ROUHANI: "الرئيس الإيراني الشيخ حسن روحاني", PUTIN: "ونظيريه الروسي فلاديمير بوتين",
                ERDOGAN: "والتركي رجب طيب أردوغان"}, "2018-09-07") + [
      ("MET_WITH", ZARIF, ROUHANI, "بحضور وزير الخارجية محمد جواد", "2018-09-07"),
      ("MET_WITH", ZARIF, ERDOGAN, "ظريف، وبحث معه العلاقات", "2018-09-07"),
      ("LEADS", ROUHANI, IRAN, "بمشاركة الرئيس الإيراني الشيخ"),
      ("LEADS", ZARIF, IRFM, "وزير الخارجية محمد جواد"),
      ("MEMBER_OF", GHASEMI, IRFM, "المتحدث باسم الخارجية الإيرانية بهرام"),
      ],
     {"source": ALAM, "published": "2018-09-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQA")
