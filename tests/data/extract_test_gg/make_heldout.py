"""Blind set GG: the Sahel and West Africa 2020-2025 as filed by a wire agency (English and Arabic):
Goodluck Jonathan's ECOWAS mission to Bamako after the fall of Ibrahim Boubacar Keita, Aug 2020
(English); Mali's second coup and Goita replacing Bah Ndaw, Choguel Maiga replacing Moctar Ouane,
May-June 2021 (Arabic); Idriss Deby killed fighting FACT rebels and his son Mahamat taking over,
Macron at the funeral, April 2021 (English); Mahamat Deby and the ECOWAS envoy Abdulsalami Abubakar
in Niamey after Tiani's coup, Zeine replacing Ouhoumoudou Mahamadou, July-Aug 2023 (Arabic);
Yunus-Bek Yevkurov received by Goita and Traore after Prigozhin's death, Aug 2023 (English);
Tebboune receiving imam Mahmoud Dicko, Attaf replacing Lamamra, the downed drone near Tinzaouaten,
2023-2025 (Arabic).
Style: wire copy: datelines, attribution ("the army said", "a Malian official said"), short
paragraphs, titles before names then surname; phone calls, a denied secret meeting, a crash with
no stated agent, a denied accusation, a candidacy.
Spellings: Goita / غويتا, Keita / كيتا, Deby / ديبي, Tiani / تياني, Yevkurov, Prigozhin, عطاف،
لعمامرة، ديوب.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 20): written blind, then read by the engineers. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gi import ALL  # noqa: E402

HERE = Path(__file__).parent

MALI, BF, NIGER, CHAD, FRANCE = "country:mali", "country:burkina-faso", "country:niger", "country:chad", "country:france"
ECOWAS = "organization:ecowas"
GOITA, IBK, NDAW, OUANE, CHOGUEL = ("person:assimi-goita", "person:ibrahim-boubacar-keita", "person:bah-ndaw",
                                    "person:moctar-ouane", "person:choguel-kokalla-maiga")
JONATHAN, MACRON, DICKO = "person:goodluck-jonathan", "person:emmanuel-macron", "person:mahmoud-dicko"
IDRISS, MAHAMAT, MASRA = "person:idriss-deby", "person:mahamat-idriss-deby", "person:succes-masra"
TIANI, BAZOUM, ABUBAKAR = "person:abdourahamane-tiani", "person:mohamed-bazoum", "person:abdulsalami-abubakar"
ZEINE, OUHOUMOUDOU = "person:ali-lamine-zeine", "person:ouhoumoudou-mahamadou"
YEVKUROV, PRIGOZHIN, TRAORE, CAMARA = ("person:yunus-bek-yevkurov", "person:yevgeny-prigozhin",
                                       "person:ibrahim-traore", "person:sadio-camara")
TEBBOUNE, ATTAF, LAMAMRA, DIOP = ("person:abdelmadjid-tebboune", "person:ahmed-attaf", "person:ramtane-lamamra",
                                  "person:abdoulaye-diop")

ARTICLES = [
    ("enGG1_jonathan_mission_bamako", "en",
     "BAMAKO, Aug 23 - A West African delegation led by former Nigerian president Goodluck Jonathan met "
     "Mali's new military rulers in Bamako on Saturday and was allowed to see the ousted president, "
     "Ibrahim Boubacar Keita, in detention, the mediators said.\n"
     "Jonathan, the envoy of the Economic Community of West African States (ECOWAS), held talks with "
     "Colonel Assimi Goita, head of the National Committee for the Salvation of the People, at the "
     "defence ministry.\n"
     "\"We have seen President Keita and he is doing very well,\" the former Nigerian leader told "
     "reporters after visiting him at the Kati military camp outside the capital.\n"
     "Keita, 75, announced his resignation on Tuesday, hours after mutinous soldiers detained him and "
     "his prime minister.\n"
     "A junta spokesman said a civilian or a soldier could lead the transition, but denied reports that "
     "Goita had already been chosen for the post.\n"
     "French President Emmanuel Macron discussed the crisis by telephone with several West African "
     "leaders on Friday, the Elysee said.",
     [("MET_WITH", JONATHAN, GOITA, "held talks with", "2020-08-22"),
      ("MET_WITH", JONATHAN, IBK, "was allowed to see the ousted president", "2020-08-22"),
      ("VISITED", JONATHAN, "location:bamako", "in Bamako on Saturday", "2020-08-22"),
      ("VISITED", JONATHAN, "location:kati", "at the Kati military camp", "2020-08-22"),
      ("MEMBER_OF", JONATHAN, ECOWAS, "the envoy of the Economic Community"),
      ("LEADS", GOITA, "organization:mali-cnsp", "head of the National Committee"),
      ("LEADS", IBK, MALI, "the ousted president,"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2020-08-23"}),

    ("arGG2_goita_replaces_ndaw", "ar",
     "باماكو (وكالات) - أعلنت المحكمة الدستورية في مالي، الجمعة 28 مايو/أيار 2021، تعيين العقيد "
     "عاصيمي غويتا رئيساً انتقالياً للبلاد خلفاً للرئيس باه نداو، بعد أيام من احتجاز الأخير ورئيس "
     "وزرائه مختار وان في معسكر كاتي.\n"
     "وكان غويتا، نائب الرئيس الانتقالي وقائد انقلاب أغسطس 2020، قد اتهم نداو ووان بتشكيل حكومة "
     "جديدة دون استشارته.\n"
     "وفي العاصمة استقبل العقيدُ الوسيطَ غودلاك جوناثان، مبعوث إيكواس، الذي عاد إلى باماكو للمرة "
     "الثانية خلال أقل من عام.\n"
     "وبعد أسبوع عُيّن شوغيل كوكالا مايغا، أحد قادة حركة الاحتجاج التي مهّدت لسقوط كيتا، رئيساً "
     "للوزراء خلفاً لوان.\n"
     "ولوّح الرئيس الفرنسي إيمانويل ماكرون بسحب قواته من مالي، فيما نفى مكتب غويتا تقارير عن اجتماع "
     "سري جمعه بالإمام محمود ديكو قبل الانقلاب.",
     [("SUCCESSOR_OF", GOITA, NDAW, "خلفاً للرئيس باه نداو", "2021-05-28"),
      ("LEADS", GOITA, MALI, "رئيساً انتقالياً للبلاد"),
      ("LEADS", NDAW, MALI, "للرئيس باه نداو"),
      ("LEADS", OUANE, "organization:malian-government", "ورئيس وزرائه مختار وان"),
      ("MET_WITH", GOITA, JONATHAN, "استقبل العقيدُ الوسيطَ", "2021-05"),
      ("MEMBER_OF", JONATHAN, ECOWAS, "مبعوث إيكواس"),
      ("VISITED", JONATHAN, "location:bamako", "الذي عاد إلى باماكو", "2021-05"),
      ("SUCCESSOR_OF", CHOGUEL, OUANE, "للوزراء خلفاً لوان", "2021-06"),
      ("LEADS", CHOGUEL, "organization:malian-government", "وبعد أسبوع عُيّن شوغيل"),
      ("LEADS", MACRON, FRANCE, "الرئيس الفرنسي إيمانويل"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2021-06-08"}),

    ("enGG3_deby_killed_son_takes_over", "en",
     "N'DJAMENA, April 20 - Chad's President Idriss Deby Itno has died of wounds sustained on the front "
     "line while commanding troops against rebels of the Front for Change and Concord in Chad (FACT), "
     "the army said on Tuesday, a day after he was declared winner of a sixth term.\n"
     "A Transitional Military Council headed by his son, General Mahamat Idriss Deby, 37, took over in "
     "his place and dissolved parliament.\n"
     "The rebels, who crossed from Libya on election day, vowed to march on the capital.\n"
     "French President Emmanuel Macron flew to N'Djamena for the funeral on Friday and held talks with "
     "the younger Deby, the only Western head of state to attend.\n"
     "Opposition leader Succes Masra called the takeover \"an institutional coup\" and said he would "
     "stand in any future presidential election.\n"
     "Paris denied that French aircraft had taken part in the fighting.",
     [("ASSASSINATED_BY", IDRISS, "organization:fact-chad", "against rebels of the Front", "2021-04-20"),
      ("LEADS", IDRISS, CHAD, "Chad's President Idriss"),
      ("SUCCESSOR_OF", MAHAMAT, IDRISS, "took over in", "2021-04-20"),
      ("LEADS", MAHAMAT, "organization:chad-transitional-military-council", "headed by his son"),
      ("VISITED", MACRON, "location:ndjamena", "flew to N'Djamena", "2021-04-23"),
      ("MET_WITH", MACRON, MAHAMAT, "held talks with", "2021-04-23"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2021-04-24"}),

    ("arGG4_deby_and_ecowas_in_niamey", "ar",
     "نيامي (أ ف ب) - وصل الرئيس الانتقالي في تشاد الجنرال محمد إدريس ديبي إلى نيامي الأحد 30 "
     "يوليو/تموز 2023، والتقى قائد الانقلاب الجنرال عبد الرحمن تياني، كما زار الرئيس المحتجز محمد "
     "بازوم في مقر إقامته.\n"
     "ونشرت الرئاسة التشادية صوراً لديبي مبتسماً إلى جانب بازوم، في أول ظهور للرئيس المعزول منذ "
     "احتجازه في 26 يوليو.\n"
     "وكان تياني، قائد الحرس الرئاسي، قد أعلن نفسه رئيساً للمجلس الوطني لحماية الوطن.\n"
     "وفي 19 أغسطس استقبل الجنرالُ وفداً من إيكواس برئاسة الرئيس النيجيري الأسبق عبد السلام أبو بكر، "
     "وضمّ الوفد شخصيات دينية من شمال نيجيريا.\n"
     "وقبل ذلك بأيام عُيّن الاقتصادي علي محمد الأمين زين رئيساً للوزراء خلفاً لأوهومودو محمدو، الذي "
     "كان خارج البلاد يوم الانقلاب.\n"
     "ونفى المجلس العسكري تقارير عن لقاء بين تياني ومسؤولين فرنسيين، فيما أكد بازوم في اتصال هاتفي "
     "مع مقربين منه أنه بصحة جيدة.",
     [("LEADS", MAHAMAT, CHAD, "الرئيس الانتقالي في تشاد"),
      ("VISITED", MAHAMAT, "location:niamey", "إلى نيامي الأحد", "2023-07-30"),
      ("MET_WITH", MAHAMAT, TIANI, "والتقى قائد الانقلاب", "2023-07-30"),
      ("MET_WITH", MAHAMAT, BAZOUM, "كما زار الرئيس المحتجز", "2023-07-30"),
      ("LEADS", BAZOUM, NIGER, "الرئيس المحتجز محمد"),
      ("LEADS", TIANI, "organization:niger-cnsp", "رئيساً للمجلس الوطني"),
      ("MET_WITH", TIANI, ABUBAKAR, "استقبل الجنرالُ وفداً", "2023-08-19"),
      ("SUCCESSOR_OF", ZEINE, OUHOUMOUDOU, "خلفاً لأوهومودو", "2023-08-07"),
      ("LEADS", ZEINE, "organization:niger-government", "رئيساً للوزراء خلفاً"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2023-08-20"}),

    ("enGG5_yevkurov_after_prigozhin", "en",
     "BAMAKO, Sept 1 - Russian Deputy Defence Minister Yunus-Bek Yevkurov was received on Thursday by "
     "Mali's transitional president, Colonel Assimi Goita, a week after Wagner chief Yevgeny Prigozhin "
     "died in a plane crash north of Moscow.\n"
     "The visit, the first by a senior Russian military official since the crash, was meant to reassure "
     "Bamako that Moscow's support would continue, a Malian official said.\n"
     "Yevkurov then flew to Ouagadougou, where he met Burkina Faso's leader, Captain Ibrahim Traore, "
     "according to the Burkinabe presidency.\n"
     "Prigozhin, whose fighters have fought alongside Malian troops since late 2021, was killed with nine "
     "others when his jet came down on Aug 23. The Kremlin has denied any involvement.\n"
     "Mali's Defence Minister Sadio Camara said the partnership with Russia would go on \"with or "
     "without\" the group.",
     [("MEMBER_OF", YEVKUROV, "organization:russian-defence-ministry", "Russian Deputy Defence Minister"),
      ("MET_WITH", YEVKUROV, GOITA, "was received on Thursday", "2023-08-31"),
      ("LEADS", GOITA, MALI, "Mali's transitional president"),
      ("LEADS", PRIGOZHIN, "organization:wagner-group", "Wagner chief Yevgeny"),
      ("VISITED", YEVKUROV, "location:ouagadougou", "then flew to Ouagadougou", "2023-09"),
      ("MET_WITH", YEVKUROV, TRAORE, "where he met Burkina", "2023-09"),
      ("LEADS", TRAORE, BF, "Burkina Faso's leader"),
      ("SUPPORTS", "organization:wagner-group", "organization:malian-armed-forces",
       "have fought alongside Malian troops"),
      ("LEADS", CAMARA, "organization:malian-defence-ministry", "Mali's Defence Minister Sadio"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2023-09-01"}),

    ("arGG6_algeria_mali_dicko_drone", "ar",
     "الجزائر (وكالات) - استقبل رئيس الجمهورية الجزائرية عبد المجيد تبون، الثلاثاء 19 ديسمبر/كانون "
     "الأول 2023، الإمامَ المالي محمود ديكو، في لقاء أثار غضب السلطات في باماكو.\n"
     "واستدعت وزارة الخارجية المالية السفير الجزائري، ووصف الوزير عبد الله ديوب اللقاء بأنه تدخل "
     "في الشؤون الداخلية، وهو ما نفته الجزائر.\n"
     "وكان وزير الخارجية أحمد عطاف، الذي خلف رمطان لعمامرة في مارس/آذار 2023، قد استقبل ديوب في "
     "الجزائر العاصمة قبل ذلك بأشهر لبحث اتفاق السلام الموقع عام 2015.\n"
     "وفي يناير 2024 أعلن المجلس العسكري في باماكو إنهاء العمل بالاتفاق الذي رعته الجزائر.\n"
     "وتفاقم التوتر في أبريل 2025 حين أعلن الجيش الجزائري إسقاط طائرة مسيّرة مالية قرب بلدة تين "
     "زواتين الحدودية، فاستدعت دول تحالف الساحل سفراءها.",
     [("LEADS", TEBBOUNE, "country:algeria", "رئيس الجمهورية الجزائرية"),
      ("MET_WITH", TEBBOUNE, DICKO, "استقبل رئيس الجمهورية", "2023-12-19"),
      ("LEADS", DIOP, "organization:malian-foreign-ministry", "ووصف الوزير عبد الله ديوب"),
      ("SUCCESSOR_OF", ATTAF, LAMAMRA, "الذي خلف رمطان", "2023-03"),
      ("LEADS", ATTAF, "organization:algerian-foreign-ministry", "وكان وزير الخارجية أحمد"),
      ("MET_WITH", ATTAF, DIOP, "قد استقبل ديوب", "2023"),
      ("VISITED", DIOP, "location:algiers", "في الجزائر العاصمة"),
      ("ATTACKED", "organization:algerian-army", "organization:malian-armed-forces", "إسقاط طائرة مسيّرة مالية",
       "2025-04"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2025-04-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGG")
