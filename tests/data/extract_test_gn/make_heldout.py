"""Blind set GN: Iraq and Iran 2020-2025 in the style of the pan-Arab dailies (Asharq Al-Awsat,
Al-Araby Al-Jadeed / The New Arab, English and Arabic editions): Ismail Qaani's rounds with the
Coordination Framework before al-Sudani's cabinet and the new defence and interior ministers
(Oct 2022) (English); the new Iranian ambassador Al-e Sadegh in Baghdad after Masjedi (2022)
(Arabic); the PMF law and the talk of successors to Faleh al-Fayyadh (July 2025) (English); the
third anniversary of the airport strike with al-Sudani at the PMF ceremony (Jan 2023) (Arabic);
al-Kazemi's June 2020 raid on Kataib Hezbollah, Ghaani's visa visit, al-Araji replacing al-Fayyadh
as national security adviser (English); Larijani in Baghdad after succeeding Ahmadian (Aug 2025)
(Arabic).
Style: analytical dailies: "sources told Asharq Al-Awsat", "علمت «الشرق الأوسط»", long titles,
descriptions ("the Iranian general", "الضيف الإيراني"), background paragraphs.
Excluded on purpose: a refused meeting, candidates for the PMF chair, phone calls, a planned
meeting, a threat of revenge, an accusation, an unconfirmed meeting, detainees released.
Spellings: Ismail Qaani / Ghaani / قآاني, Mohammed Shiaa al-Sudani / السوداني, Mustafa al-Kazemi,
Faleh al-Fayyadh / الفياض, Hadi al-Ameri, Mohammad Kazem Al Sadeq / آل صادق, Larijani / لاريجاني.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_go import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA = "country:iran", "country:iraq", "country:united-states"
QF, IRGC, PMF, KH = ("organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
                     "organization:kataib-hezbollah")
NUJ, BADR, AAH, IQG = ("organization:harakat-al-nujaba", "organization:badr-organization",
                       "organization:asaib-ahl-al-haq", "organization:iraqi-government")
BGD, THR, BIAP = "location:baghdad", "location:tehran", "location:baghdad-international-airport"
QAANI, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
AMIRI, MALIKI, ZURFI, MOHI = ("person:hadi-al-amiri", "person:nouri-al-maliki", "person:adnan-al-zurfi",
                              "person:mohammed-mohi")
SAIDI, RYDER, RASOOL, AWADI = ("person:mushtaq-taleb-al-saidi", "person:pat-ryder", "person:yahya-rasool",
                               "person:basim-al-awadi")
KAABI, SADEGH = "person:akram-al-kaabi", "person:mohammad-kazem-al-e-sadegh"
SAADI, ULAY, HAMID, SUD = ("person:abu-baqir-al-saadi", "person:arkan-al-ulayawi", "person:ahmad-al-hamidawi",
                           "person:mohammed-shia-al-sudani")
BLINKEN, KADH, KHAZ, ARAJI = ("person:antony-blinken", "person:mustafa-al-kadhimi", "person:qais-al-khazali",
                              "person:qassim-al-araji")
SHAMK, BAHJAT = "person:ali-shamkhani", "person:ahmed-salim-bahjat"
TRUMP, FAYY, FUAD, MASJ, ESMA = ("person:donald-trump", "person:falih-al-fayyadh", "person:fuad-hussein",
                                 "person:iraj-masjedi", "person:gholamhossein-esmaili")
FALLAH, HEJAZI, FADAK, RSHARIF = ("person:mohammad-reza-fallahzadeh", "person:mohammad-hejazi",
                                  "person:abdul-aziz-al-muhammadawi", "person:ramezan-sharif")

SHAMM, GHAN, ABBASI, INAD = ("person:abdul-amir-al-shammari", "person:othman-al-ghanimi",
                             "person:thabet-al-abbasi", "person:juma-inad")
FATL, HAKIM, SADR = "person:ali-al-fatlawi", "person:ammar-al-hakim", "person:muqtada-al-sadr"
CF = "organization:coordination-framework"
SALIH, SAHHAF = "person:barham-salih", "person:ahmed-al-sahhaf"
BAYATI, AQABI, RUBIO = "person:mohammed-mahdi-al-bayati", "person:mohannad-al-aqabi", "person:marco-rubio"
ATTA, RAISI = "person:mohammed-jaber-al-atta", "person:ebrahim-raisi"
ASKARI, WSAADI, SHAG, CTS = ("person:abu-ali-al-askari", "person:abdul-wahab-al-saadi", "person:talib-shaghati",
                             "organization:counter-terrorism-service")
LARI, AHMAD, RASHID, BRUCE = ("person:ali-larijani", "person:ali-akbar-ahmadian", "person:abdul-latif-rashid",
                              "person:tammy-bruce")
SNSC = "organization:supreme-national-security-council"

ARTICLES = [
    ("enGN1_qaani_framework_sudani_cabinet", "en",
     "How Tehran's general shepherded al-Sudani's cabinet\n"
     "Baghdad - Asharq Al-Awsat\n"
     "Ismail Qaani, the commander of the Iranian Revolutionary Guards' Quds Force, made at least two "
     "discreet trips to Baghdad in October, Iraqi political sources told Asharq Al-Awsat. On the "
     "second, he met the leaders of the Coordination Framework, among them Nouri al-Maliki, Hadi "
     "al-Ameri and Qais al-Khazali, and urged them to close ranks behind Mohammed Shiaa al-Sudani. A "
     "request by the Iranian general to see Muqtada al-Sadr's envoys was turned down, one source said. "
     "On Thursday parliament approved al-Sudani's government, and he took over from Mustafa al-Kazemi "
     "the following day. Thabet al-Abbasi replaced Juma Inad at the defence ministry, while Abdul "
     "Amir al-Shammari, a career police general, succeeded Othman al-Ghanimi as interior minister. "
     "The Framework's spokesman, Ali al-Fatlawi, denied any foreign role in the talks.",
     [("LEADS", QAANI, QF, "the commander of the Iranian Revolutionary"),
      ("PART_OF", QF, IRGC, "Revolutionary Guards' Quds Force"),
      ("VISITED", QAANI, BGD, "discreet trips to Baghdad in October", "2022-10"),
      ("MET_WITH", QAANI, CF, "he met the leaders of the Coordination Framework", "2022-10"),
      ("MET_WITH", QAANI, MALIKI, "among them Nouri al-Maliki", "2022-10"),
      ("MET_WITH", QAANI, AMIRI, "Hadi al-Ameri", "2022-10"),
      ("MET_WITH", QAANI, KHAZ, "and Qais al-Khazali", "2022-10"),
      ("MET_WITH", MALIKI, AMIRI, "among them Nouri al-Maliki", "2022-10"),
      ("MET_WITH", MALIKI, KHAZ, "and Qais al-Khazali", "2022-10"),
      ("MET_WITH", AMIRI, KHAZ, "On the second", "2022-10"),
      ("MEMBER_OF", MALIKI, CF, "among them Nouri al-Maliki"),
      ("MEMBER_OF", AMIRI, CF, "On the second"),
      ("MEMBER_OF", KHAZ, CF, "and Qais al-Khazali"),
      ("SUCCESSOR_OF", SUD, KADH, "he took over from Mustafa al-Kazemi", "2022-10-28"),
      ("LEADS", SUD, IQG, "parliament approved al-Sudani's government"),
      ("SUCCESSOR_OF", ABBASI, INAD, "Thabet al-Abbasi replaced Juma Inad", "2022-10-27"),
      ("LEADS", ABBASI, "organization:iraqi-defense-ministry", "Thabet al-Abbasi replaced Juma Inad"),
      ("SUCCESSOR_OF", SHAMM, GHAN, "succeeded Othman al-Ghanimi", "2022-10-27"),
      ("LEADS", SHAMM, "organization:iraqi-interior-ministry", "succeeded Othman al-Ghanimi"),
      ("MEMBER_OF", FATL, CF, "The Framework's spokesman"),
      ],
     {"source": "blind set (pan-Arab daily, English)", "published": "2022-10-30"}),

    ("arGN2_al_sadeq_ambassador", "ar",
     "السفير الإيراني الجديد يبدأ مهامه في بغداد... ورجل \"فيلق القدس\" يخلف رجل \"فيلق القدس\"\n"
     "بغداد: «الشرق الأوسط»\n"
     "قدّم السفير الإيراني الجديد لدى العراق محمد كاظم آل صادق، أمس، أوراق اعتماده إلى رئيس الجمهورية "
     "برهم صالح في قصر السلام، خلفاً للسفير إيرج مسجدي الذي أمضى خمس سنوات في المنصب. وكان آل صادق قد "
     "سلّم نسخة من أوراقه إلى وزير الخارجية فؤاد حسين الأسبوع الماضي، بحسب المتحدث باسم الخارجية العراقية "
     "أحمد الصحاف. وعمل السفير الجديد، المولود في النجف، سنوات في فريق الجنرال قاسم سليماني، شأنه شأن "
     "سلفه مسجدي الذي تتهمه واشنطن بالإشراف على تمويل فصائل مسلحة، وهو ما نفته طهران مراراً. وعلمت "
     "«الشرق الأوسط» أن السفير طلب لقاء زعيم التيار الصدري مقتدى الصدر في الحنانة، من دون أن يُحدَّد "
     "موعد حتى الآن. ومن المقرر أن يستقبله رئيس الوزراء مصطفى الكاظمي الأسبوع المقبل.",
     [("LEADS", SADEGH, "location:iranian-embassy-baghdad", "السفير الإيراني الجديد لدى العراق"),
      ("MET_WITH", SADEGH, SALIH, "أوراق اعتماده إلى رئيس الجمهورية", "2022-05"),
      ("LEADS", SALIH, IRAQ, "أوراق اعتماده إلى رئيس الجمهورية"),
      ("SUCCESSOR_OF", SADEGH, MASJ, "خلفاً للسفير إيرج مسجدي", "2022-05"),
      ("MET_WITH", SADEGH, FUAD, "سلّم نسخة من أوراقه", "2022-04"),
      ("LEADS", FUAD, "organization:iraqi-foreign-ministry", "إلى وزير الخارجية فؤاد"),
      ("MEMBER_OF", SAHHAF, "organization:iraqi-foreign-ministry", "المتحدث باسم الخارجية العراقية"),
      ("LEADS", SADR, "organization:sadrist-movement", "زعيم التيار الصدري"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2022-05-10"}),

    ("enGN3_pmf_law_fayyadh_successors", "en",
     "Iraq's PMF law stalls as US pressure mounts and Fayyadh's heirs jockey\n"
     "The New Arab\n"
     "A draft law on the Popular Mobilisation Forces (PMF) has stalled in Iraq's parliament after US "
     "Secretary of State Marco Rubio raised \"serious concerns\" about it in a phone call with Prime "
     "Minister Mohammed Shia al-Sudani. The bill would set a retirement age for PMF commanders, a clause "
     "widely read as a way to ease out the body's chairman, Faleh al-Fayyadh, who has led it since 2014. "
     "Names floated to succeed him include his chief of staff Abu Fadak al-Mohammadawi and Mohammed "
     "Mahdi al-Bayati, a Badr Organisation figure from Diyala, though neither has been nominated. On "
     "Sunday Fayyadh hosted Badr leader Hadi al-Ameri at the PMF headquarters in Baghdad, the body's "
     "media director Mohannad al-Aqabi told The New Arab, adding that the two had discussed \"the law and the "
     "future of the Hashd\". Aqabi dismissed reports of a rift between the two men.",
     [("LEADS", SUD, IQG, "Minister Mohammed Shia al-Sudani"),
      ("LEADS", RUBIO, "organization:us-state-department", "Secretary of State Marco Rubio"),
      ("LEADS", FAYY, PMF, "the body's chairman"),
      ("MEMBER_OF", FADAK, PMF, "his chief of staff Abu Fadak"),
      ("MEMBER_OF", BAYATI, BADR, "a Badr Organisation figure"),
      ("MET_WITH", FAYY, AMIRI, "Fayyadh hosted Badr leader", "2025-07"),
      ("LEADS", AMIRI, BADR, "Fayyadh hosted Badr leader"),
      ("MEMBER_OF", AQABI, PMF, "media director Mohannad"),
      ("REPORTED_BY", AQABI, "outlet:the-new-arab", "told The New Arab"),
      ],
     {"source": "blind set (pan-Arab daily, English)", "published": "2025-07-21"}),

    ("arGN4_third_anniversary_sudani", "ar",
     "السوداني في ذكرى \"قادة النصر\": الحشد مؤسسة رسمية لا تُمسّ\n"
     "بغداد - العربي الجديد\n"
     "شارك رئيس الوزراء العراقي محمد شياع السودانى، مساء الثلاثاء، في الحفل المركزي الذي أقامته هيئة "
     "الحشد الشعبي في بغداد لإحياء الذكرى الثالثة لمقتل قائد فيلق القدس السابق قاسم سليماني ونائب رئيس "
     "الهيئة أبو مهدي المهندس، اللذين قضيا بغارة أميركية قرب مطار بغداد مطلع 2020. وعلى هامش الحفل، "
     "الذي حضره محافظ بغداد محمد جابر العطا، التقى السوداني رئيسَ منظمة بدر هادي العامري، ثم التقى "
     "في لقاء منفصل السفيرَ الإيراني محمد كاظم آل صادق. وفي طهران، توعّد الرئيس الإيراني إبراهيم رئيسي بـ\"الثأر\" من الرئيس الأميركي "
     "السابق دونالد ترامب ووزير خارجيته مايك بومبيو، متهماً إياهما بالوقوف وراء \"الجريمة\". وكان "
     "السوداني قد تلقّى في اليوم نفسه اتصالاً هاتفياً من رئيسي تناول العلاقات الثنائية، بحسب بيان لمكتبه.",
     [("LEADS", SUD, IQG, "رئيس الوزراء العراقي محمد"),
      ("LEADS", SOL, QF, "قائد فيلق القدس السابق"),
      ("MEMBER_OF", MUH, PMF, "ونائب رئيس الهيئة"),
      ("ASSASSINATED_BY", SOL, USA, "اللذين قضيا بغارة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "اللذين قضيا بغارة أميركية", "2020-01-03"),
      ("LEADS", ATTA, "location:baghdad", "محافظ بغداد محمد"),
      ("MET_WITH", SUD, AMIRI, "التقى السوداني رئيسَ منظمة بدر", "2023-01-03"),
      ("LEADS", AMIRI, BADR, "رئيسَ منظمة بدر"),
      ("MET_WITH", SUD, SADEGH, "في لقاء منفصل السفيرَ الإيراني", "2023-01-03"),
      ("LEADS", RAISI, IRAN, "الرئيس الإيراني إبراهيم"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2023-01-04"}),

    ("enGN5_kazemi_raid_araji_replaces_fayyadh", "en",
     "Kazemi replaces Fayyadh with Araji after clash with Kataib Hezbollah\n"
     "Baghdad - Asharq Al-Awsat\n"
     "Iraqi Prime Minister Mustafa al-Kazemi on Saturday named Qasim al-Araji, a former interior "
     "minister and Badr Organization lawmaker, national security adviser, replacing Faleh al-Fayyadh, "
     "who keeps his post as chairman of the Popular Mobilization Forces. The move came a week after "
     "the Counter-Terrorism Service, now led again by Lt. Gen. Abdul Wahab al-Saadi, who took over from "
     "Talib Shaghati al-Kenani in May, raided a Kataib Hezbollah site in Baghdad's Dora district and "
     "detained 14 members, most of whom were freed days later. Earlier in June, Quds Force commander "
     "Ismail Ghaani had visited Baghdad on an Iraqi visa, a first, and met Fayyadh and several faction "
     "leaders, sources told Asharq Al-Awsat. Kataib Hezbollah's security official Abu Ali al-Askari "
     "accused Kazemi of serving Washington. A request by the Iranian general to see the premier "
     "was declined, the sources added.",
     [("LEADS", KADH, IQG, "Iraqi Prime Minister Mustafa"),
      ("SUCCESSOR_OF", ARAJI, FAYY, "replacing Faleh al-Fayyadh", "2020-07-04"),
      ("LEADS", ARAJI, "organization:iraqi-national-security-advisory", "national security adviser, replacing"),
      ("MEMBER_OF", ARAJI, BADR, "Badr Organization lawmaker"),
      ("LEADS", FAYY, PMF, "keeps his post as chairman"),
      ("LEADS", WSAADI, CTS, "now led again by"),
      ("SUCCESSOR_OF", WSAADI, SHAG, "who took over from", "2020-05"),
      ("ATTACKED", CTS, KH, "raided a Kataib Hezbollah site", "2020-06-25"),
      ("LOCATED_IN", "location:dora", BGD, "Baghdad's Dora district"),
      ("LEADS", QAANI, QF, "Quds Force commander"),
      ("VISITED", QAANI, BGD, "had visited Baghdad on an Iraqi visa", "2020-06"),
      ("MET_WITH", QAANI, FAYY, "and met Fayyadh and several faction", "2020-06"),
      ("MEMBER_OF", ASKARI, KH, "Kataib Hezbollah's security official"),
      ],
     {"source": "blind set (pan-Arab daily, English)", "published": "2020-07-05"}),

    ("arGN6_larijani_baghdad_security_pact", "ar",
     "لاريجاني في بغداد: مذكرة أمنية ورسائل إلى الفصائل\n"
     "بغداد: «الشرق الأوسط»\n"
     "وصل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجانى إلى بغداد، الاثنين، في أول جولة خارجية "
     "له منذ تعيينه في المنصب خلفاً لعلي أكبر أحمديان مطلع الشهر. ووقّع الضيف الإيراني مع مستشار الأمن "
     "القومي العراقي قاسم الأعرجي مذكرة تفاهم أمنية تتعلق بضبط الحدود المشتركة، قبل أن يستقبله رئيس "
     "الوزراء محمد شياع السوداني ثم رئيس الجمهورية عبد اللطيف رشيد. وعلمت «الشرق الأوسط» أن لاريجاني "
     "لم يلتقِ قادة الفصائل المسلحة خلال الزيارة، خلافاً لما أشيع، وأنه سيتوجّه إلى بيروت الأربعاء. "
     "وفي واشنطن، قالت المتحدثة باسم وزارة الخارجية الأميركية تامي بروس إن بلادها \"تعارض\" أي "
     "تشريع يكرّس نفوذ طهران في العراق.",
     [("LEADS", LARI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني علي"),
      ("VISITED", LARI, BGD, "إلى بغداد، الاثنين", "2025-08-11"),
      ("SUCCESSOR_OF", LARI, AHMAD, "خلفاً لعلي أكبر أحمديان", "2025-08"),
      ("MET_WITH", LARI, ARAJI, "ووقّع الضيف الإيراني", "2025-08-11"),
      ("LEADS", ARAJI, "organization:iraqi-national-security-advisory", "القومي العراقي قاسم"),
      ("MET_WITH", LARI, SUD, "قبل أن يستقبله رئيس", "2025-08-11"),
      ("LEADS", SUD, IQG, "الوزراء محمد شياع السوداني"),
      ("MET_WITH", LARI, RASHID, "ثم رئيس الجمهورية", "2025-08-11"),
      ("LEADS", RASHID, IRAQ, "ثم رئيس الجمهورية"),
      ("MEMBER_OF", BRUCE, "organization:us-state-department", "المتحدثة باسم وزارة الخارجية الأميركية"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2025-08-12"}),
]

build(HERE, ALL, ARTICLES, set_name="setGN")
