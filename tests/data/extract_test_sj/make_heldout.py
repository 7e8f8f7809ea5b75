"""Blind set SJ: the Sahel, Chad and Russia's Wagner, 2023-2024 (second folder of SI-SJ): Mahamat Idriss
Deby's visit to Niamey after Abdourahamane Tiani ousted Mohamed Bazoum (July 2023), the plane crash that
killed Yevgeny Prigozhin and Dmitry Utkin (August 2023), Yunus-bek Yevkurov's audience with Ibrahim Traore in
Ouagadougou (August 2023), Nasser Bourita's Marrakech meeting with the Sahel foreign ministers (December 2023),
Mahamat Deby's inauguration and Allamaye Halina replacing Succes Masra (May 2024), and the Turkish ministers
received by Tiani in Niamey (July 2024), as a French news wire writes it in English (AFP-like: "NIAMEY (AFP)
-"), Russia's state agency in its Arabic service (TASS-like: "موسكو، 25 أغسطس/آب (تاس)"), Burkina Faso's
state broadcaster in an English rendering (RTB-like: "The President of the Transition, Captain Ibrahim
Traore, received in audience"), Morocco's state agency in Arabic (MAP-like: "ترأس ... السيد ناصر بوريطة",
"صاحب الجلالة الملك محمد السادس"), a French international radio's English site (RFI-like: "Published on:")
and a Turkish state agency's Arabic service (Anadolu-like: "نيامي/ الأناضول").
Pieces: Mahamat Deby meets Tiani, then the detained Bazoum; Tiani took over in place of Bazoum (English,
SJ1); Prigozhin and Utkin on the crashed plane, Putin had met Prigozhin in the Kremlin (Arabic, SJ2); Traore
receives Yevkurov's delegation with Averyanov, Coulibaly attending; Traore had talks with Putin in St
Petersburg; Traore took over after removing Damiba (English, SJ3); Bourita chairs a meeting with the four
Sahel foreign ministers, then meets Diop (Arabic, SJ4); Mahamat Deby sworn in, Halina replaces Masra, Deby
took power on his father's death, Putin received Deby; Barkhane killed al-Sahrawi (English, SJ5); Tiani
receives Fidan, Guler, Bayraktar and Kalin in the presence of Zeine, Fidan meets Sangare, the US delegation
met Zeine (Arabic, SJ6).
Excluded on purpose (no relation): Bazoum's phone calls with Blinken and Macron, the ECOWAS summit (SJ1); the
crash, with no stated agent, and the Western accusations that Peskov denied (SJ2); the postponed meeting
with the prime minister (SJ3); the King's planned audience for the ministers (SJ4); Idriss Deby "killed
fighting rebels" (no agent), the US special forces asked to leave (SJ5); Tiani, who refused to receive the US
delegation, the Africa Corps' arrival (SJ6).
Judgement calls: "met ..., then saw the detained President" are two meetings: Deby-Tiani, Deby-Bazoum, no
Tiani-Bazoum (SJ1); "took over as head of state in place of" is a succession (SJ1); "met Prigozhin and the
group's commanders" is a meeting (SJ2); a delegation "led by" Yevkurov "which included" Averyanov: both
paired with Traore, not with each other; Coulibaly "attended": paired with Traore, Yevkurov and Averyanov
(SJ3, as SI5); "the talks between Captain Traore and President Vladimir Putin in St Petersburg" is a meeting
(SJ3); "took the reins ... after removing" Damiba is a succession (SJ3); a ministerial meeting that "brought
together" four ministers under Bourita's chair: the five are paired with each other (SJ4); "taking power ...
on the death of his father" is a succession (SJ5); "was received by Vladimir Putin at the Kremlin" is a
meeting (SJ5); "French troops of Operation Barkhane killed" gives the victim -> the operation (SJ5); the
Turkish delegation's four members are each paired with Tiani and with Zeine (present), not with each other
(SJ6); the US delegation's two members each paired with Zeine, not with each other (SJ6).
Filled in for the exercise: Deby's quoted words, the Tele Sahel images' timing (SJ1); the wording of Putin's
condolences as paraphrased, the ten dead (SJ2); Coulibaly's presence, the postponed meeting (SJ3); the
working group, the planned audience, Bourita's bilateral with Diop (SJ4); Halina's earlier post, the order
of events of the day (SJ5); Zeine's presence and Fidan's meeting with Sangare (SJ6).
Spellings: "Abdourahamane Tchiani", "Mahamat Idriss Deby" (SJ1); «يفغيني بريغوجين»، «دميتري أوتكين»،
«فلاديمير بوتين» (SJ2); "Yunus-Bek Evkourov", "Captain Ibrahim Traoré", "Colonel-Major Kassoum Coulibaly"
(SJ3); «عبد الله ديوب»، «كاراموكو جان ماري تراوري»، «بكاري ياو سانغاري»، «محمد صالح النظيف» (SJ4); "Mahamat
Idriss Déby", "Succès Masra", "Adnan Abou Walid al-Sahraoui" (SJ5); «عبد الرحمن تياني»، «يشار غولر»،
«ألب أرسلان بيرقدار»، «إبراهيم قالن»، «علي الأمين زين» (SJ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sj import ALL  # noqa: E402

HERE = Path(__file__).parent

CHAD, NIGERIA, MOROCCO = "country:chad", "country:nigeria", "country:morocco"
CNSP, ECOWAS, WAGNER, RUSMOD, BARKHANE = (
    "organization:cnsp-niger", "organization:ecowas", "organization:wagner-group",
    "organization:russian-defence-ministry", "organization:operation-barkhane")
MALFM, NIGFM, MORFM, CHADFM = (
    "organization:malian-foreign-ministry", "organization:nigerien-foreign-ministry",
    "organization:moroccan-foreign-ministry", "organization:chadian-foreign-ministry")
MAHAMAT, DEBY, MASRA, HALINA = (
    "person:mahamat-idriss-deby", "person:idriss-deby", "person:succes-masra", "person:allamaye-halina")
TIANI, BAZOUM, ZEINE, SANGARE, TINUBU = (
    "person:abdourahamane-tiani", "person:mohamed-bazoum", "person:ali-lamine-zeine",
    "person:bakary-yaou-sangare", "person:bola-tinubu")
PUTIN, PRIGOZHIN, UTKIN, YEVKUROV, AVERYANOV, PESKOV = (
    "person:vladimir-putin", "person:yevgeny-prigozhin", "person:dmitry-utkin", "person:yunus-bek-yevkurov",
    "person:andrei-averyanov", "person:dmitry-peskov")
TRAORE, DAMIBA, COULIBALY = "person:ibrahim-traore", "person:paul-henri-sandaogo-damiba", "person:kassoum-coulibaly"
BOURITA, DIOP, KJMTRAORE, ANNADIF = (
    "person:nasser-bourita", "person:abdoulaye-diop", "person:karamoko-jean-marie-traore",
    "person:mahamat-saleh-annadif")
SAHRAWI = "person:adnan-abu-walid-al-sahrawi"
FIDAN, GULER, BAYRAKTAR, KALIN, PHEE, LANGLEY = (
    "person:hakan-fidan", "person:yasar-guler", "person:alparslan-bayraktar", "person:ibrahim-kalin",
    "person:molly-phee", "person:michael-langley")

AFP = "blind set (French news wire, English, AFP-like)"
TASS = "blind set (Russian state news agency, Arabic service, TASS-like)"
RTB = "blind set (Burkinabe state broadcaster, English rendering, RTB-like)"
MAP = "blind set (Moroccan state news agency, Arabic, MAP-like)"
RFI = "blind set (French international radio, English site, RFI-like)"
AA = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"

ARTICLES = [
    ("enSJ1_deby_in_niamey_afp", "en",
     "Chad leader meets Niger junta chief, ousted Bazoum in Niamey\n"
     "NIAMEY (AFP) - Chad's transitional president Mahamat Idriss Deby flew to Niamey on Sunday and met General "
     "Abdourahamane Tchiani, who has proclaimed himself Niger's new ruler, then saw the detained President "
     "Mohamed Bazoum, state television Tele Sahel reported.\n"
     "Tchiani, the 62-year-old commander of the presidential guard, was named on Friday head of the National "
     "Council for the Safeguard of the Homeland (CNSP), two days after his men detained Bazoum, and took over as "
     "head of state in place of the elected president.\n"
     "Images broadcast in the evening showed Bazoum smiling beside the Chadian leader, the first pictures of the "
     "deposed president since the coup.\n"
     "Deby said he had come \"to see what contribution\" Chad could make to a peaceful solution. He left as an "
     "emergency summit of the West African bloc ECOWAS in Abuja gave the putschists a week to reinstate Bazoum "
     "and did not rule out the use of force.\n"
     "Bazoum has spoken by telephone with US Secretary of State Antony Blinken and French President Emmanuel "
     "Macron since his detention, officials in Washington and Paris said.\n"
     "The ECOWAS chairman, Nigerian President Bola Tinubu, had vowed that the bloc would \"not allow\" the coup "
     "to stand.",
     [("LEADS", MAHAMAT, CHAD, "Chad's transitional president Mahamat Idriss Deby"),
      ("MET_WITH", MAHAMAT, TIANI, "on Sunday and met General", "2023-07-30"),
      ("MET_WITH", MAHAMAT, BAZOUM, "then saw the detained President", "2023-07-30"),
      ("LEADS", TIANI, CNSP, "was named on Friday head of the National"),
      ("SUCCESSOR_OF", TIANI, BAZOUM, "head of state in place of the elected president", "2023-07-28"),
      ("LEADS", TINUBU, ECOWAS, "The ECOWAS chairman, Nigerian President"),
      ("LEADS", TINUBU, NIGERIA, "Nigerian President Bola Tinubu"),
      ],
     {"source": AFP, "published": "2023-07-31"}),
    ("arSJ2_prigozhin_utkin_crash_tass", "ar",
     "روسافياتسيا: بريغوجين وأوتكين على قائمة ركاب الطائرة المنكوبة في مقاطعة تفير\n"
     "موسكو، 25 أغسطس/آب (تاس) - أعلنت الوكالة الفدرالية الروسية للنقل الجوي (روسافياتسيا) أن مؤسس مجموعة "
     "فاغنر يفغيني بريغوجين وأحد قادتها دميتري أوتكين كانا على متن طائرة رجال الأعمال من طراز \"إمبراير\" التي "
     "تحطمت مساء الأربعاء في مقاطعة تفير شمال غربي موسكو، ما أدى إلى مقتل ركابها العشرة.\n"
     "وقدّم الرئيس فلاديمير بوتين، أمس الخميس، تعازيه لذوي الضحايا، واصفاً بريغوجين بأنه \"رجل ذو مصير معقد، "
     "ارتكب أخطاء جسيمة في حياته لكنه حقق نتائج\"، مشيراً إلى أن لجنة التحقيق ستأخذ وقتها.\n"
     "وكان بوتين قد التقى بريغوجين وقادة المجموعة في الكرملين في 29 يونيو/حزيران، بعد خمسة أيام من التمرد "
     "المسلح، حسبما أعلن لاحقاً المتحدث باسم الكرملين دميتري بيسكوف.\n"
     "من جهته، نفى بيسكوف اليوم الاتهامات الغربية بأن الكرملين يقف وراء تحطم الطائرة، ووصفها بأنها \"كذب "
     "مطلق\".\n"
     "وكان أوتكين، الضابط السابق في الاستخبارات العسكرية، قد أسس المجموعة مع بريغوجين عام 2014، وتولى قيادة "
     "عملياتها الميدانية.\n"
     "وتنتشر عناصر فاغنر في مالي وجمهورية أفريقيا الوسطى وليبيا، فيما تحدثت تقارير عن خطط لوزارة الدفاع "
     "الروسية لإلحاقهم بتشكيل جديد يحمل اسم \"الفيلق الأفريقي\".",
     [("LEADS", PRIGOZHIN, WAGNER, "يفغيني بريغوجين وأحد قادتها"),
      ("MEMBER_OF", UTKIN, WAGNER, "وأحد قادتها دميتري أوتكين"),
      ("MET_WITH", PUTIN, PRIGOZHIN, "وكان بوتين قد التقى بريغوجين", "2023-06-29"),
      ],
     {"source": TASS, "published": "2023-08-25"}),

    ("enSJ3_traore_receives_yevkurov_rtb", "en",
     "Head of State receives Russian delegation led by Yunus-Bek Evkourov\n"
     "Ouagadougou, 31 August 2023 (RTB) - The President of the Transition, Captain Ibrahim Traoré, received in "
     "audience on Thursday a Russian delegation led by the Deputy Minister of Defence, Colonel-General Yunus-Bek "
     "Evkourov. The delegation, which included General Andrei Averyanov, arrived in Ouagadougou on Wednesday "
     "evening.\n"
     "The audience was attended by the Minister of State, Minister of Defence and Veterans, Colonel-Major Kassoum "
     "Coulibaly.\n"
     "According to the head of the Russian delegation, the visit follows up on the talks between Captain Traoré "
     "and President Vladimir Putin in St Petersburg in July, on the sidelines of the Russia-Africa summit. The "
     "two sides discussed military cooperation, the training of Burkinabe officers and the supply of equipment.\n"
     "Captain Traoré, who took the reins of the country on 30 September 2022 after removing Lieutenant-Colonel "
     "Paul-Henri Sandaogo Damiba, has pledged to diversify Burkina Faso's partners in the fight against "
     "terrorism.\n"
     "A working session with the Prime Minister, Apollinaire Joachim Kyelem de Tambela, scheduled for Friday, "
     "was postponed.",
     [("MET_WITH", TRAORE, YEVKUROV, "a Russian delegation led by the Deputy Minister", "2023-08-31"),
      ("MEMBER_OF", YEVKUROV, RUSMOD, "led by the Deputy Minister of Defence, Colonel-General"),
      ("MET_WITH", TRAORE, AVERYANOV, "which included General Andrei Averyanov", "2023-08-31"),
      ("MET_WITH", COULIBALY, TRAORE, "The audience was attended by", "2023-08-31"),
      ("MET_WITH", COULIBALY, YEVKUROV, "Minister of Defence and Veterans, Colonel-Major", "2023-08-31"),
      ("MET_WITH", COULIBALY, AVERYANOV, "Colonel-Major Kassoum", "2023-08-31"),
      ("MET_WITH", TRAORE, PUTIN, "the talks between Captain", "2023-07-28"),
      ("SUCCESSOR_OF", TRAORE, DAMIBA, "took the reins of the country", "2022-09-30"),
      ],
     {"source": RTB, "published": "2023-08-31"}),

    ("arSJ4_bourita_sahel_ministers_map", "ar",
     "مراكش: بوريطة يترأس اجتماعاً وزارياً حول المبادرة الملكية لتسهيل ولوج دول الساحل إلى المحيط الأطلسي\n"
     "مراكش - ترأس وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، السيد ناصر بوريطة، اليوم "
     "السبت بمراكش، اجتماعاً وزارياً تنسيقياً جمع وزراء خارجية مالي عبد الله ديوب، وبوركينا فاسو كاراموكو جان "
     "ماري تراوري، والنيجر بكاري ياو سانغاري، وتشاد محمد صالح النظيف.\n"
     "وخُصص الاجتماع لبحث المبادرة الدولية التي أطلقها صاحب الجلالة الملك محمد السادس، نصره الله، لتعزيز ولوج "
     "بلدان الساحل إلى المحيط الأطلسي، والتي أعلن عنها جلالته في خطاب الذكرى الـ48 للمسيرة الخضراء.\n"
     "واتفق الوزراء الخمسة على إنشاء فريق عمل وطني في كل دولة لإعداد مقترحات التفعيل، وأشادوا في بيان ختامي "
     "بـ\"الطابع الاستراتيجي\" للمبادرة.\n"
     "وعلى هامش الاجتماع، أجرى السيد بوريطة مباحثات ثنائية مع نظيره المالي، تناولت العلاقات الثنائية والوضع "
     "الأمني في المنطقة.\n"
     "ومن المرتقب أن يستقبل جلالة الملك الوزراء الأربعة في موعد لم يحدد بعد. (ومع)",
     [("MEMBER_OF", BOURITA, MORFM, "وزير الشؤون الخارجية والتعاون الإفريقي")]
     + met_group({BOURITA: "السيد ناصر بوريطة، اليوم", DIOP: "مالي عبد الله ديوب",
                  KJMTRAORE: "وبوركينا فاسو كاراموكو",
                  SANGARE: "والنيجر بكاري ياو سانغاري", ANNADIF: "وتشاد محمد صالح النظيف"}, "2023-12-23")
     + [("MEMBER_OF", DIOP, MALFM, "وزراء خارجية مالي"),
        ],
     {"source": MAP, "published": "2023-12-23"}),

    ("enSJ5_deby_sworn_in_rfi", "en",
     "Chad: Mahamat Idriss Déby sworn in as president, Allamaye Halina named prime minister\n"
     "Published on: 24/05/2024\n"
     "Mahamat Idriss Déby was sworn in on Thursday as president of Chad in N'Djamena, three years after taking "
     "power at the head of a military junta on the death of his father, Idriss Déby Itno, who was killed "
     "fighting rebels in April 2021.\n"
     "Hours later, the new head of state appointed Allamaye Halina, a long-time aide and former ambassador to "
     "China, as prime minister, replacing opposition figure Succès Masra, who had resigned after coming second in "
     "the 6 May election with 18.5% of the vote.\n"
     "Masra, who contested the results, had been appointed by Déby in January.\n"
     "Déby, who was received by Vladimir Putin at the Kremlin in January, has been courting Moscow while keeping "
     "French troops on Chadian soil. In April, N'Djamena asked a contingent of US special forces to leave the "
     "country.\n"
     "N'Djamena hosted for years the headquarters of Barkhane, France's anti-jihadist force in the Sahel, whose "
     "troops killed Adnan Abou Walid al-Sahraoui, the leader of the Islamic State in the Greater Sahara, in "
     "Mali in 2021.",
     [("LEADS", MAHAMAT, CHAD, "sworn in on Thursday as president of Chad"),
      ("SUCCESSOR_OF", MAHAMAT, DEBY, "on the death of his father", "2021-04-20"),
      ("SUCCESSOR_OF", HALINA, MASRA, "replacing opposition figure", "2024-05-23"),
      ("MET_WITH", MAHAMAT, PUTIN, "who was received by Vladimir Putin", "2024-01-24"),
      ("ASSASSINATED_BY", SAHRAWI, BARKHANE, "troops killed Adnan Abou Walid", "2021-08-17"),
      ("LEADS", SAHRAWI, "organization:islamic-state-sahel-province", "the leader of the Islamic State"),
      ],
     {"source": RFI, "published": "2024-05-24"}),

    ("arSJ6_turkish_ministers_niamey_aa", "ar",
     "وفد تركي رفيع يلتقي رئيس المجلس العسكري في النيجر\n"
     "نيامي/ الأناضول\n"
     "التقى رئيس المجلس الوطني لحماية الوطن في النيجر الجنرال عبد الرحمن تياني، الأربعاء، وفداً تركياً رفيع "
     "المستوى يضم وزير الخارجية هاكان فيدان، ووزير الدفاع يشار غولر، ووزير الطاقة والموارد الطبيعية ألب أرسلان "
     "بيرقدار، ورئيس جهاز الاستخبارات إبراهيم قالن.\n"
     "وجرى اللقاء في القصر الرئاسي بنيامي بحضور رئيس الوزراء علي الأمين زين، وفق مصادر دبلوماسية تركية.\n"
     "وبحث الجانبان سبل تعزيز التعاون في مجالات الدفاع والطاقة والتعدين والاستخبارات.\n"
     "وفي وقت لاحق، عقد فيدان اجتماعاً مع نظيره النيجري بكاري ياو سانغاري.\n"
     "وتأتي الزيارة بعد أشهر من إلغاء نيامي اتفاق التعاون العسكري مع الولايات المتحدة، إثر زيارة في مارس/آذار "
     "لوفد أمريكي ضم مساعدة وزير الخارجية للشؤون الأفريقية مولي في وقائد القيادة الأمريكية في أفريقيا "
     "(أفريكوم) الجنرال مايكل لانغلي، التقى رئيس الوزراء زين لكن الجنرال تياني رفض استقباله.\n"
     "وكانت عناصر روسية من \"الفيلق الأفريقي\" قد وصلت إلى نيامي في أبريل/نيسان لتدريب الجيش النيجري.",
     [("LEADS", TIANI, CNSP, "رئيس المجلس الوطني لحماية الوطن في النيجر")]
     + [("MET_WITH", TIANI, p, n, "2024-07-17") for p, n in (
         (FIDAN, "وزير الخارجية هاكان فيدان"), (GULER, "ووزير الدفاع يشار غولر"),
         (BAYRAKTAR, "ووزير الطاقة والموارد الطبيعية"),
         (KALIN, "ورئيس جهاز الاستخبارات إبراهيم قالن"))]
     + [("MET_WITH", ZEINE, TIANI, "بحضور رئيس الوزراء علي الأمين زين", "2024-07-17")]
     + [("MET_WITH", ZEINE, p, n, "2024-07-17") for p, n in (
         (FIDAN, "وجرى اللقاء في القصر الرئاسي"), (GULER, "بنيامي بحضور رئيس الوزراء"),
         (BAYRAKTAR, "علي الأمين زين، وفق"), (KALIN, "وفق مصادر دبلوماسية تركية"))]
     + [("MET_WITH", FIDAN, SANGARE, "عقد فيدان اجتماعاً مع نظيره", "2024-07-17"),
        ("MET_WITH", PHEE, ZEINE, "مساعدة وزير الخارجية للشؤون الأفريقية مولي", "2024-03-13"),
        ("MET_WITH", LANGLEY, ZEINE, "التقى رئيس الوزراء زين", "2024-03-13"),
        ],
     {"source": AA, "published": "2024-07-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSJ")
