"""Blind set EW: Yemen's transition and the Saudi-Houthi track, 2022-2024: Hadi hands power to the
Presidential Leadership Council under Alimi (Reuters-style, Apr 2022); the Saudi ambassador Al Jaber
and an Omani delegation received by Mashat in Sanaa (Al Jazeera-style Arabic, Apr 2023); the Houthi
delegation of Abdulsalam received by Khalid bin Salman in Riyadh (AP-style, Sept 2023); Grundberg's
roadmap announcement after Riyadh and Muscat meetings (Al Arabiya-style Arabic, Dec 2023); bin
Mubarak named prime minister in place of Maeen Abdulmalik (The National-style, Feb 2024); the
Houthi "Change and Construction" government of al-Rahawi replacing bin Habtoor (Saba-style Arabic,
Aug 2024).
Style: en/ar alternating; phone calls (Grundberg-Abdulsalam, Lenderking-Alimi, Lenderking-Busaidi),
planned and rumoured meetings ("is expected to meet", "لقاء مرتقب"), a welcome statement by an envoy
who took no part, a sacking with no successor, candidates "being floated", a denied rumour of
disputes; host-side attendees ("بحضور") paired only with the guest.
Spellings: Houthi / Huthi, Abdul-Malik al-Houthi / عبدالملك بدر الدين الحوثي, Al Alimi, Albusaidi,
آل جابر, الرهوي.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python tests/data/extract_test_ew/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ey import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, SAUDI = "country:yemen", "country:saudi-arabia"
PLC, STC, HOU = ("organization:presidential-leadership-council", "organization:southern-transitional-council",
                 "organization:houthis")
SPC, HGOV, YGOV = ("organization:houthi-supreme-political-council", "organization:houthi-government",
                   "organization:yemeni-government")
UN, OFM, SDM, YFM = ("organization:united-nations", "organization:omani-foreign-ministry",
                     "organization:saudi-defence-ministry", "organization:yemeni-foreign-ministry")
HADI, ALIMI, AHMAR, ZUB = ("person:abdrabbuh-mansour-hadi", "person:rashad-al-alimi",
                           "person:ali-mohsen-al-ahmar", "person:aidarous-al-zubaidi")
TAREQ, ARADA, MBS, GRUND = ("person:tareq-saleh", "person:sultan-al-arada", "person:mohammed-bin-salman",
                            "person:hans-grundberg")
ABDS, MASH, JABER, MURT = ("person:mohammed-abdulsalam", "person:mahdi-al-mashat", "person:mohammed-al-jaber",
                           "person:abdulqader-al-murtada")
AMH, KBS, AJRI, LEND = ("person:abdul-malik-al-houthi", "person:khalid-bin-salman", "person:abdulmalik-al-ajri",
                        "person:tim-lenderking")
BUS, SALMAN, MAEEN, BINM = ("person:badr-albusaidi", "person:salman-bin-abdulaziz", "person:maeen-abdulmalik",
                            "person:ahmed-awad-bin-mubarak")
RAH, HAB, MIFT, AMER = ("person:ahmed-al-rahawi", "person:abdulaziz-bin-habtoor", "person:mohammed-miftah",
                        "person:jamal-amer")
HASH, MAH, ATIFI = "person:hashem-sharaf-al-din", "person:mohammed-ali-al-houthi", "person:mohammed-al-atifi"

ARTICLES = [
    ("enEW1_hadi_hands_power_to_council", "en",
     "RIYADH, April 7 (Reuters) - Yemen's President Abdrabbuh Mansour Hadi on Thursday transferred his "
     "powers to a new presidential council and sacked his deputy, Ali Mohsen al-Ahmar, as Saudi Arabia "
     "pushed to end a seven-year war with the Iran-aligned Houthi movement.\n"
     "The eight-member Presidential Leadership Council, chaired by former interior minister Rashad "
     "al-Alimi, will run the country and lead negotiations with the Houthis, Hadi said in a televised "
     "statement.\n"
     "Its members include Aidarous al-Zubaidi, head of the separatist Southern Transitional Council, "
     "Tareq Saleh, a nephew of the late president, and Marib governor Sultan al-Arada.\n"
     "Hours later Crown Prince Mohammed bin Salman received Alimi at his palace in Riyadh and pledged "
     "$3 billion in support for the central bank and fuel, state news agency SPA said.\n"
     "Alimi, who succeeds Hadi as head of state, is expected to meet U.N. envoy Hans Grundberg in the "
     "coming days. Grundberg, who had spoken to Houthi chief negotiator Mohammed Abdulsalam by phone "
     "on Wednesday, welcomed the move.\n"
     "Abdulsalam dismissed the council as \"a desperate attempt to restructure the ranks of mercenaries\".",
     [("LEADS", HADI, YEMEN, "Yemen's President Abdrabbuh"),
      ("LEADS", ALIMI, PLC, "chaired by former interior minister"),
      ("MEMBER_OF", ZUB, PLC, "Its members include Aidarous"),
      ("MEMBER_OF", TAREQ, PLC, "Tareq Saleh, a nephew"),
      ("MEMBER_OF", ARADA, PLC, "Marib governor Sultan"),
      ("LEADS", ZUB, STC, "head of the separatist Southern Transitional Council"),
      ("MET_WITH", MBS, ALIMI, "received Alimi at his palace", "2022-04-07"),
      ("SUCCESSOR_OF", ALIMI, HADI, "who succeeds Hadi as head of state", "2022-04-07"),
      ("MEMBER_OF", GRUND, UN, "U.N. envoy Hans Grundberg"),
      ("MEMBER_OF", ABDS, HOU, "Houthi chief negotiator Mohammed"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2022-04-07"}),

    ("arEW2_al_jaber_received_by_mashat_sanaa", "ar",
     "صنعاء - الجزيرة نت - التقى رئيس المجلس السياسي الأعلى لجماعة أنصار الله (الحوثيين) مهدي "
     "المشاط، الأحد، في صنعاء السفيرَ السعودي لدى اليمن محمد آل جابر والوفد العُماني المرافق له، في "
     "أول زيارة علنية لمسؤول سعودي رفيع إلى العاصمة اليمنية منذ اندلاع الحرب.\n"
     "وذكرت قناة «المسيرة» التابعة للجماعة أن المشاط شدّد خلال اللقاء على مطالب صرف المرتبات ورفع "
     "الحصار وخروج القوات الأجنبية.\n"
     "وحضر اللقاء رئيس الوفد الوطني المفاوض محمد عبدالسلام، الذي عاد إلى صنعاء على متن الطائرة "
     "العُمانية بعد سنوات من الإقامة في مسقط.\n"
     "ومن جهته، قال آل جابر في تغريدة إنه يزور صنعاء «بحضور وفد من سلطنة عمان الشقيقة» بهدف تثبيت "
     "الهدنة ودعم مسار تبادل الأسرى.\n"
     "وفي السياق، أعلن رئيس لجنة شؤون الأسرى التابعة للحوثيين عبدالقادر المرتضى أن صفقة تبادل تشمل "
     "نحو 900 أسير ستُنفذ الأسبوع المقبل بإشراف اللجنة الدولية للصليب الأحمر.\n"
     "ولم تؤكد مصادر الجماعة ما تردد عن لقاء مرتقب يجمع آل جابر بزعيم الجماعة عبدالملك الحوثي قبل "
     "مغادرته.",
     [("MET_WITH", MASH, JABER, "التقى رئيس المجلس السياسي الأعلى", "2023-04-09"),
      ("LEADS", MASH, SPC, "التقى رئيس المجلس السياسي الأعلى"),
      ("VISITED", JABER, "location:sanaa", "في صنعاء السفيرَ السعودي", "2023-04-09"),
      ("REPORTED_BY", MASH, "outlet:al-masirah", "وذكرت قناة «المسيرة»"),
      ("MET_WITH", ABDS, JABER, "وحضر اللقاء رئيس الوفد الوطني", "2023-04-09"),
      ("MEMBER_OF", MURT, HOU, "التابعة للحوثيين عبدالقادر"),
      ("LEADS", AMH, HOU, "بزعيم الجماعة عبدالملك"),
      ],
     {"source": "blind set (Al Jazeera-style Arabic)", "published": "2023-04-09"}),
    ("enEW3_houthi_delegation_received_by_khalid", "en",
     "DUBAI, United Arab Emirates (AP) - Saudi Arabia's defense minister met Tuesday with a delegation "
     "of Yemen's Houthi rebels in Riyadh, the first public talks of their kind in the kingdom since the "
     "war began in 2015.\n"
     "Prince Khalid bin Salman, a son of King Salman, wrote on X that he had received the delegation, "
     "headed by the rebels' chief negotiator Mohammed Abdulsalam and including senior Houthi official "
     "Abdulmalik al-Ajri, along with members of an Omani mediation team.\n"
     "The Houthis arrived in the Saudi capital last Thursday aboard an Omani plane for five days of "
     "talks with Saudi officials, among them Ambassador Mohammed Al Jaber, who oversees the file.\n"
     "The State Department's special envoy for Yemen, Tim Lenderking, welcomed the talks in a statement "
     "but did not take part. He had spoken with Omani Foreign Minister Badr Albusaidi by phone, U.S. "
     "officials said.\n"
     "Abdulsalam told the Houthi-run Al-Masirah satellite channel the discussions were \"positive\" "
     "and that another round would be held later. Saudi officials declined to say whether the Huthi "
     "leader, Abdul-Malik al-Houthi, had approved a draft roadmap.",
     [("LEADS", KBS, SDM, "Saudi Arabia's defense minister met"),
      ("MET_WITH", KBS, ABDS, "he had received the delegation", "2023-09-19"),
      ("MET_WITH", KBS, AJRI, "he had received the delegation", "2023-09-19"),
      ("MEMBER_OF", AJRI, HOU, "including senior Houthi official"),
      ("LEADS", SALMAN, SAUDI, "a son of King Salman"),
      ("VISITED", ABDS, "location:riyadh", "arrived in the Saudi capital last Thursday", "2023-09-14"),
      ("VISITED", AJRI, "location:riyadh", "arrived in the Saudi capital last Thursday", "2023-09-14"),
      ("MET_WITH", ABDS, JABER, "among them Ambassador Mohammed", "2023-09"),
      ("MET_WITH", AJRI, JABER, "among them Ambassador Mohammed", "2023-09"),
      ("MEMBER_OF", LEND, "organization:us-state-department", "The State Department's special envoy"),
      ("LEADS", BUS, OFM, "Omani Foreign Minister Badr"),
      ("REPORTED_BY", ABDS, "outlet:al-masirah", "told the Houthi-run Al-Masirah"),
      ("LEADS", AMH, HOU, "the Huthi leader, Abdul-Malik"),
      ],
     {"source": "blind set (AP-style)", "published": "2023-09-19"}),

    ("arEW4_grundberg_roadmap_commitments", "ar",
     "الرياض - العربية نت - أعلن المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ، السبت، التزام الأطراف "
     "اليمنية بمجموعة من التدابير تشمل وقف إطلاق النار في عموم البلاد، والانخراط تحت رعاية الأمم "
     "المتحدة في خارطة طريق لإنهاء الحرب.\n"
     "وجاء الإعلان عقب سلسلة لقاءات عقدها غروندبرغ في الرياض مع رئيس مجلس القيادة الرئاسي الدكتور "
     "رشاد العليمي، ولقاء مماثل في مسقط مع كبير مفاوضي الحوثيين محمد عبدالسلام.\n"
     "كما التقى المبعوث في العاصمة العُمانية وزيرَ الخارجية السيد بدر بن حمد البوسعيدي، الذي أكد دعم "
     "السلطنة لجهود السلام، فيما بحث في الرياض مع السفير السعودي محمد آل جابر نتائج الوساطة.\n"
     "ويأتي الإعلان وسط تصعيد في البحر الأحمر، حيث يستهدف الحوثيون سفناً يقولون إنها مرتبطة بإسرائيل، "
     "بعدما احتجزوا سفينة الشحن «غالاكسي ليدر» الشهر الماضي.\n"
     "وأعرب غروندبرغ عن أمله في عقد لقاء مباشر بين الطرفين خلال الأسابيع المقبلة دون أن يحدد موعداً، "
     "فيما كان المبعوث الأميركي تيم ليندركينغ قد أجرى اتصالاً هاتفياً بالعليمي الأسبوع الماضي.",
     [("MEMBER_OF", GRUND, UN, "المبعوث الأممي الخاص إلى اليمن"),
      ("MET_WITH", GRUND, ALIMI, "سلسلة لقاءات عقدها غروندبرغ", "2023-12"),
      ("VISITED", GRUND, "location:riyadh", "سلسلة لقاءات عقدها غروندبرغ", "2023-12"),
      ("LEADS", ALIMI, PLC, "رئيس مجلس القيادة الرئاسي الدكتور"),
      ("MET_WITH", GRUND, ABDS, "ولقاء مماثل في مسقط", "2023-12"),
      ("VISITED", GRUND, "location:muscat", "ولقاء مماثل في مسقط", "2023-12"),
      ("MEMBER_OF", ABDS, HOU, "كبير مفاوضي الحوثيين"),
      ("MET_WITH", GRUND, BUS, "كما التقى المبعوث في العاصمة", "2023-12"),
      ("LEADS", BUS, OFM, "وزيرَ الخارجية السيد بدر"),
      ("MET_WITH", GRUND, JABER, "فيما بحث في الرياض مع السفير", "2023-12"),
      ],
     {"source": "blind set (Al Arabiya-style Arabic)", "published": "2023-12-23"}),

    ("enEW5_bin_mubarak_replaces_maeen", "en",
     "Yemen's Presidential Leadership Council on Monday appointed Foreign Minister Ahmed Awad bin "
     "Mubarak as prime minister, replacing Maeen Abdulmalik, who had led the government since 2018.\n"
     "Mr Abdulmalik was named an adviser to the council's chairman, Rashad Al Alimi, according to a "
     "decree published by the state news agency in Aden.\n"
     "Mr bin Mubarak, a former ambassador to Washington, is an outspoken critic of the Huthis, who "
     "abducted him in Sanaa in 2015 while he was chief of staff to then president Abdrabbuh Mansour "
     "Hadi.\n"
     "The appointment came as US and British warplanes kept up strikes on rebel targets in response "
     "to attacks on shipping in the Red Sea.\n"
     "A Yemeni diplomat told The National that Mr bin Mubarak had met US envoy Tim Lenderking in "
     "Riyadh days before the decree. He is expected to fly to Aden to form his cabinet, while several "
     "names are being floated for the foreign ministry, including the veteran diplomat Shaya Al "
     "Zindani.",
     [("SUCCESSOR_OF", BINM, MAEEN, "replacing Maeen Abdulmalik", "2024-02-05"),
      ("LEADS", BINM, YFM, "appointed Foreign Minister Ahmed"),
      ("LEADS", MAEEN, YGOV, "who had led the government since 2018"),
      ("LEADS", ALIMI, PLC, "the council's chairman, Rashad"),
      ("LEADS", HADI, YEMEN, "then president Abdrabbuh"),
      ("ATTACKED", "country:united-states", HOU, "US and British warplanes kept up strikes", "2024-02"),
      ("ATTACKED", "country:united-kingdom", HOU, "US and British warplanes kept up strikes", "2024-02"),
      ("MET_WITH", BINM, LEND, "had met US envoy Tim Lenderking", "2024-02"),
      ("VISITED", LEND, "location:riyadh", "had met US envoy Tim Lenderking", "2024-02"),
      ],
     {"source": "blind set (The National-style)", "published": "2024-02-06"}),

    ("arEW6_rahawi_government_formed", "ar",
     "صنعاء - سبأ: أصدر رئيس المجلس السياسي الأعلى المشير الركن مهدي المشاط، اليوم، قراراً بتشكيل "
     "حكومة التغيير والبناء برئاسة الأستاذ أحمد غالب ناصر الرهوي، خلفاً للدكتور عبدالعزيز صالح بن "
     "حبتور.\n"
     "ونص القرار على تعيين العلامة محمد أحمد مفتاح نائباً أول لرئيس الوزراء، وجمال عامر وزيراً "
     "للخارجية والمغتربين، وهاشم شرف الدين وزيراً للإعلام.\n"
     "وكان الرئيس المشاط قد استقبل رئيس الوزراء المكلف الرهوي، واطّلع منه على نتائج المشاورات الجارية "
     "لتشكيل الحكومة، بحضور عضو المجلس السياسي الأعلى محمد علي الحوثي.\n"
     "وعُيّن بن حبتور، بموجب قرار آخر، عضواً في المجلس السياسي الأعلى.\n"
     "وبارك قائد الثورة السيد عبدالملك بدرالدين الحوثي تشكيل الحكومة في كلمة متلفزة، داعياً الوزراء "
     "إلى «خدمة الشعب والتصدي للعدوان».\n"
     "ونفت مصادر حكومية ما تداولته وسائل إعلام موالية للعدوان عن خلافات حول حقيبة الدفاع، التي "
     "احتفظ بها اللواء الركن محمد ناصر العاطفي.",
     [("LEADS", MASH, SPC, "أصدر رئيس المجلس السياسي الأعلى"),
      ("LEADS", RAH, HGOV, "حكومة التغيير والبناء برئاسة"),
      ("SUCCESSOR_OF", RAH, HAB, "خلفاً للدكتور", "2024-08"),
      ("MEMBER_OF", MIFT, HGOV, "نائباً أول لرئيس الوزراء"),
      ("MEMBER_OF", AMER, HGOV, "وجمال عامر وزيراً"),
      ("MEMBER_OF", HASH, HGOV, "وهاشم شرف الدين وزيراً للإعلام"),
      ("MET_WITH", MASH, RAH, "وكان الرئيس المشاط قد استقبل", "2024-08"),
      ("MET_WITH", MAH, RAH, "بحضور عضو المجلس السياسي", "2024-08"),
      ("MEMBER_OF", MAH, SPC, "بحضور عضو المجلس السياسي"),
      ("MEMBER_OF", HAB, SPC, "عضواً في المجلس السياسي الأعلى."),
      ("MEMBER_OF", ATIFI, HGOV, "احتفظ بها اللواء الركن"),
      ],
     {"source": "blind set (Saba-style Arabic)", "published": "2024-08-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEW")
