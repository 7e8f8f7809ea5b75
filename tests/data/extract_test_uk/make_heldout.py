"""Blind set UK: the Nile dam and the Horn of Africa 2012-2021 (first folder of UK-UL): Meles Zenawi's death
and Hailemariam Desalegn taking over (August 2012), Omar al-Bashir at Meles's funeral in Addis Ababa
(September 2012), the Khartoum Declaration of Principles signed by Sisi, Bashir and Hailemariam and Sisi's
visit to Addis Ababa (March 2015), Donald Trump's reception of the three foreign ministers in Washington
(November 2019) and Ethiopia's absence from the February 2020 round, Sisi's visit to Khartoum with Burhan and
Hamdok (March 2021), and the killing of the army chief Seare Mekonnen in Addis Ababa and of the Amhara
president in Bahir Dar (June 2019), as a British wire writes it in English (Reuters-like: "ADDIS ABABA, Aug 21
(Reuters) -"), Sudan's state agency in Arabic (SUNA-like: "أديس أبابا (سونا) -"), a Cairo state daily's
English website (Ahram Online-like), Egypt's state agency in Arabic (MENA-like: "واشنطن - أ ش أ"), a pan-Arab
TV channel's English website (Al Jazeera-like) and a Gulf daily in Arabic (Asharq Al-Awsat-like: "«الشرق
الأوسط»").
Pieces: Meles dies (illness), Hailemariam acting in his place; Hailemariam had met Bashir in Khartoum in July
(English, UK1); Bashir at the funeral, meets Hailemariam, then Guelleh and Sharif
Sheikh Ahmed together (Arabic, UK2); Sisi, Bashir and Hailemariam sign in Khartoum; Sisi received by
Hailemariam in Addis Ababa (the pair is already met in Khartoum) (English, UK3); Trump receives Shoukry, Asma Abdalla and Gedu with Mnuchin and
Malpass present (Arabic, UK4); Sisi in Khartoum received by Burhan, then talks with Hamdok (English, UK5);
Seare killed by his bodyguard (unnamed), Ambachew killed (no agent), Adem Mohammed succeeds Seare, Lake Ayalew
acting in Ambachew's place (Arabic, UK6).
Excluded on purpose (no relation): Meles's death of an illness, Bashir's phone call to Hailemariam (UK1);
Hailemariam's planned visit to Khartoum (UK2); Shoukry's planned trip to Addis Ababa "next month" (UK3); the
February 2020 round that Ethiopia did not attend (no meeting with Gedu), the signing that did not happen
(UK4); the videoconference summit of Ramaphosa (UK5); Asaminew accused of plotting (only accused; his own
death with no agent stated), the unnamed bodyguard (UK6).
Judgement calls: "took over as acting prime minister" after the death is a succession (UK1, as SR2); the
three leaders who signed the declaration together in Khartoum: a meeting of the three (UK3); "بحضور" two
attendees: paired with the host, the three guests and each other (UK4); "received at the airport by" is a
meeting (UK5); "تعيين ... رئيساً لهيئة الأركان خلفاً لـ" is a succession; "كُلّف ... بالإنابة" in the slain
president's place is a succession (UK6); a president LEADS his country; a prime minister LEADS the country.
Filled in for the exercise: the wording of the statements, Bashir's phone call, the July meeting (UK1); the
hour of the meetings and the joint meeting with Guelleh and Sharif (UK2); the planned trip (UK3); the wording
of the statement and the attendees (UK4); the airport reception and the videoconference reference (UK5);
the wording of the reports (UK6).
Spellings: "Hailemariam Desalegn", "Meles" (UK1); «هايلي مريام ديسالين»، «إسماعيل عمر جيلي» (UK2); "Abdel-Fattah
El-Sisi", "Hailemariam Dessalegn" (UK3); «سامح شكري»، «أسماء محمد عبدالله»، «جيدو أندارجاتشيو» (UK4); "Abdel
Fattah al-Burhan", "Abdalla Hamdok" (UK5); «سيري مكونن»، «أمباتشو مكونن» (UK6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ul import ALL  # noqa: E402

HERE = Path(__file__).parent

ETHIOPIA, EGYPT, SUDAN, SOMALIA, DJIBOUTI, US = (
    "country:ethiopia", "country:egypt", "country:sudan", "country:somalia", "country:djibouti",
    "country:united-states")
ADDIS, KHARTOUM = "location:addis-ababa", "location:khartoum"
SOUTH_AFRICA, SOVEREIGN, AU = ("country:south-africa", "organization:sudan-sovereignty-council",
                               "organization:african-union")
ENDF, WORLD_BANK, TPLF = ("organization:ethiopian-national-defense-force", "organization:world-bank",
                          "organization:tplf")
ABIY = "person:abiy-ahmed"
MELES, HAILE, SEARE, ADEM, ASAMINEW, AMBACHEW, LAKE, GEDU, BEREKET = (
    "person:meles-zenawi", "person:hailemariam-desalegn", "person:seare-mekonnen", "person:adem-mohammed",
    "person:asaminew-tsige", "person:ambachew-mekonnen", "person:lake-ayalew", "person:gedu-andargachew",
    "person:bereket-simon")
SISI, SHOUKRY, BASHIR, HAMDOK, BURHAN, ASMA, GUELLEH, SHARIF = (
    "person:abdel-fattah-el-sisi", "person:sameh-shoukry", "person:omar-al-bashir", "person:abdalla-hamdok",
    "person:abdel-fattah-al-burhan", "person:asma-mohamed-abdalla", "person:ismail-omar-guelleh",
    "person:sharif-sheikh-ahmed")
TRUMP, MNUCHIN, MALPASS, RAMAPHOSA = ("person:donald-trump", "person:steven-mnuchin", "person:david-malpass",
                                      "person:cyril-ramaphosa")

REUTERS = "blind set (British news wire, English, Reuters-like)"
SUNA = "blind set (Sudanese state news agency, Arabic, SUNA-like)"
AHRAM = "blind set (Cairo state daily's English website, Ahram Online-like)"
MENA = "blind set (Egyptian state news agency, Arabic, MENA-like)"
JAZEERA = "blind set (pan-Arab TV channel's English website, Al Jazeera-like)"
AWSAT = "blind set (London-based Gulf daily, Arabic, Asharq Al-Awsat-like)"

ARTICLES = [
    ("enUK1_meles_dies_reuters", "en",
     "Ethiopia's Meles dies, deputy Hailemariam to lead\n"
     "ADDIS ABABA, Aug 21 (Reuters) - Ethiopian Prime Minister Meles Zenawi, who ruled Africa's second most "
     "populous nation for more than two decades, has died of an illness abroad at the age of 57, state "
     "television said on Tuesday.\n"
     "Deputy Prime Minister and Foreign Minister Hailemariam Desalegn took over as acting prime minister and "
     "would be sworn in when parliament reconvenes, government spokesman Bereket Simon told a news conference. "
     "\"Everything is under control,\" Bereket said.\n"
     "Meles, a former guerrilla who led the Tigray People's Liberation Front in the war that toppled Mengistu "
     "Haile Mariam in 1991, had not been seen in public since June, fuelling speculation about his health.\n"
     "Sudanese President Omar Hassan al-Bashir telephoned Hailemariam to offer his condolences, the Sudanese "
     "news agency said. The two men last met in Khartoum in July, when Hailemariam carried a message from "
     "Meles on the talks between Sudan and South Sudan.\n"
     "Hailemariam, 47, a relatively little-known engineer from the south, also chairs the regional party "
     "that belongs to the ruling coalition.",
     [("LEADS", MELES, ETHIOPIA, "Ethiopian Prime Minister Meles Zenawi"),
      ("SUCCESSOR_OF", HAILE, MELES, "took over as acting prime minister", "2012-08-21"),
      ("LEADS", HAILE, ETHIOPIA, "Foreign Minister Hailemariam Desalegn took over"),
      ("LEADS", MELES, TPLF, "who led the Tigray People's Liberation Front"),
      ("LEADS", BASHIR, SUDAN, "Sudanese President Omar Hassan al-Bashir"),
      ("MET_WITH", HAILE, BASHIR, "The two men last met in Khartoum", "2012-07"),
      ],
     {"source": REUTERS, "published": "2012-08-21"}),

    ("arUK2_bashir_meles_funeral_suna", "ar",
     "البشير يشارك في تشييع ملس زيناوي ويلتقي ديسالين\n"
     "أديس أبابا (سونا) - شارك رئيس الجمهورية المشير عمر حسن أحمد البشير اليوم الأحد في مراسم تشييع جثمان "
     "رئيس الوزراء الإثيوبي الراحل ملس زيناوي، التي أقيمت في ميدان مسقل بالعاصمة الإثيوبية أديس أبابا بحضور "
     "عدد من رؤساء الدول والحكومات الأفريقية.\n"
     "والتقى السيد الرئيس على هامش المراسم رئيس الوزراء الإثيوبي بالإنابة هايلي مريام ديسالين، حيث قدم له "
     "تعازي حكومة وشعب السودان، وأكد حرص الخرطوم على مواصلة التعاون الذي أرساه الفقيد بين البلدين.\n"
     "كما عقد البشير لقاءً مشتركاً مع رئيس جمهورية جيبوتي إسماعيل عمر جيلي والرئيس الصومالي شريف شيخ أحمد، "
     "تناول الأوضاع في منطقة القرن الأفريقي وجهود إحلال السلام في الصومال.\n"
     "ومن المقرر أن يزور ديسالين الخرطوم بعد أداء اليمين الدستورية أمام البرلمان، وفق ما أفاد به وزير "
     "الخارجية علي أحمد كرتي الذي رافق الرئيس في الزيارة.\n"
     "وعاد السيد الرئيس إلى البلاد مساء اليوم.",
     [("LEADS", BASHIR, SUDAN, "رئيس الجمهورية المشير عمر"),
      ("VISITED", BASHIR, ADDIS, "بالعاصمة الإثيوبية أديس أبابا", "2012-09-02"),
      ("MET_WITH", BASHIR, HAILE, "هامش المراسم رئيس الوزراء الإثيوبي بالإنابة", "2012-09-02"),
      ("LEADS", HAILE, ETHIOPIA, "رئيس الوزراء الإثيوبي بالإنابة هايلي"),
      ("LEADS", GUELLEH, DJIBOUTI, "مع رئيس جمهورية جيبوتي"),
      ("LEADS", SHARIF, SOMALIA, "والرئيس الصومالي شريف"),
      ]
     + met_group({BASHIR: "كما عقد البشير لقاءً مشتركاً", GUELLEH: "إسماعيل عمر جيلي والرئيس",
                  SHARIF: "شريف شيخ أحمد، تناول"}, "2012-09-02"),
     {"source": SUNA, "published": "2012-09-02"}),

    ("enUK3_sisi_addis_ahram", "en",
     "Sisi in Addis Ababa after Khartoum signing: 'We chose cooperation'\n"
     "Egypt's President Abdel-Fattah El-Sisi arrived in Addis Ababa on Tuesday for a two-day visit, the first "
     "by an Egyptian head of state in three decades outside African summits, a day after he signed the "
     "Declaration of Principles on the Grand Ethiopian Renaissance Dam in Khartoum.\n"
     "Sisi, Sudan's President Omar Al-Bashir and Ethiopian Prime Minister Hailemariam Dessalegn signed the "
     "ten-point document on Monday at the Republican Palace in the Sudanese capital, before holding a "
     "tripartite summit on its implementation.\n"
     "In Addis Ababa, Sisi was received by Hailemariam at the National Palace, where the two leaders held "
     "talks on trade and the dam, presidential spokesman Alaa Youssef said. On Wednesday Sisi is to address "
     "the Ethiopian parliament.\n"
     "Foreign Minister Sameh Shoukry, who accompanied the president, is expected to return to the Ethiopian "
     "capital next month to follow up on the technical studies, diplomatic sources told Ahram Online.",
     [("LEADS", SISI, EGYPT, "Egypt's President Abdel-Fattah El-Sisi"),
      ("VISITED", SISI, ADDIS, "Fattah El-Sisi arrived in Addis Ababa", "2015-03-24"),
      ("LEADS", BASHIR, SUDAN, "Sudan's President Omar Al-Bashir"),
      ("LEADS", HAILE, ETHIOPIA, "Ethiopian Prime Minister Hailemariam Dessalegn"),
      ]
     + met_group({SISI: "Sisi, Sudan's President", BASHIR: "Omar Al-Bashir and Ethiopian",
                  HAILE: "Hailemariam Dessalegn signed"}, "2015-03-23")
     ,
     {"source": AHRAM, "published": "2015-03-24"}),
]

ARTICLES += [
    ("arUK4_trump_three_ministers_mena", "ar",
     "ترامب يستقبل وزراء خارجية مصر والسودان وإثيوبيا في البيت الأبيض\n"
     "واشنطن - أ ش أ - استقبل الرئيس الأمريكي دونالد ترامب اليوم الأربعاء بالبيت الأبيض وزير الخارجية سامح "
     "شكري ووزيرة الخارجية السودانية أسماء محمد عبدالله ووزير الخارجية الإثيوبي جيدو أندارجاتشيو، بحضور "
     "وزير الخزانة الأمريكي ستيفن منوتشين ورئيس البنك الدولي ديفيد مالباس، وذلك في ختام الاجتماع الذي "
     "استضافته وزارة الخزانة حول سد النهضة.\n"
     "وقال المتحدث الرسمي باسم وزارة الخارجية إن الرئيس الأمريكي أكد حرصه على التوصل إلى اتفاق عادل "
     "ومتوازن، وإن الوزراء الثلاثة اتفقوا على عقد أربعة اجتماعات فنية على مستوى وزراء الموارد المائية تنتهي "
     "بالتوصل إلى اتفاق بحلول منتصف يناير.\n"
     "وفي سياق متصل، أعلنت الخارجية أن الجولة الختامية من المفاوضات، التي كان مقرراً أن تُعقد في واشنطن "
     "أواخر فبراير، شهدت غياب الوفد الإثيوبي، وأن شكري لم يلتق نظيره الإثيوبي، فيما وقّعت مصر بالأحرف "
     "الأولى منفردةً على مسودة الاتفاق، ولم يتم توقيع الاتفاق النهائي.",
     [("LEADS", TRUMP, US, "الرئيس الأمريكي دونالد ترامب اليوم"),
      ("LEADS", MALPASS, WORLD_BANK, "ورئيس البنك الدولي ديفيد"),
      ]
     + met_group({TRUMP: "استقبل الرئيس الأمريكي دونالد", SHOUKRY: "وزير الخارجية سامح",
                  ASMA: "أسماء محمد عبدالله ووزير", GEDU: "جيدو أندارجاتشيو، بحضور",
                  MNUCHIN: "وزير الخزانة الأمريكي ستيفن", MALPASS: "ديفيد مالباس، وذلك"}, "2019-11-06"),
     {"source": MENA, "published": "2019-11-06"}),

    ("enUK5_sisi_khartoum_aljazeera", "en",
     "Egypt's Sisi in Khartoum as Nile dam row deepens\n"
     "Egyptian President Abdel Fattah el-Sisi arrived in Khartoum on Saturday on his first visit to Sudan "
     "since the overthrow of longtime leader Omar al-Bashir in 2019, as the two downstream countries seek a "
     "common front against Ethiopia over its giant dam on the Blue Nile.\n"
     "Sisi was received at the airport by General Abdel Fattah al-Burhan, the head of Sudan's Sovereign "
     "Council, before holding talks with Prime Minister Abdalla Hamdok at the presidential palace, Sudanese "
     "state media reported.\n"
     "Both sides called for the African Union-led negotiations to be widened into a quartet including the "
     "United States, the European Union and the United Nations. Ethiopia has rejected that proposal.\n"
     "Last year's summits convened by South African President Cyril Ramaphosa, then chairman of the AU, were "
     "all held by videoconference, and produced no agreement before Ethiopia began filling the reservoir in "
     "July.\n"
     "Addis Ababa says the Grand Ethiopian Renaissance Dam is vital for its development, while Cairo fears "
     "it will threaten its share of the Nile waters.",
     [("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah el-Sisi"),
      ("VISITED", SISI, KHARTOUM, "el-Sisi arrived in Khartoum", "2021-03-06"),
      ("MET_WITH", SISI, BURHAN, "Sisi was received at the airport", "2021-03-06"),
      ("LEADS", BURHAN, SOVEREIGN, "the head of Sudan's Sovereign"),
      ("MET_WITH", SISI, HAMDOK, "before holding talks with Prime Minister", "2021-03-06"),
      ("LEADS", HAMDOK, SUDAN, "Prime Minister Abdalla Hamdok at"),
      ("LEADS", RAMAPHOSA, SOUTH_AFRICA, "South African President Cyril Ramaphosa"),
      ("LEADS", RAMAPHOSA, AU, "then chairman of the AU"),
      ],
     {"source": JAZEERA, "published": "2021-03-06"}),

    ("arUK6_seare_mekonnen_awsat", "ar",
     "اغتيال رئيس أركان الجيش الإثيوبي وحاكم إقليم أمهرة في \"محاولة انقلابية\"\n"
     "أديس أبابا: «الشرق الأوسط»\n"
     "أعلنت الحكومة الإثيوبية أمس أن رئيس أركان الجيش الجنرال سيري مكونن قُتل برصاص حارسه الشخصي في منزله "
     "بأديس أبابا مساء السبت، بينما كان يشرف على التصدي لمحاولة انقلابية في إقليم أمهرة، وقُتل معه الجنرال "
     "المتقاعد جيزاي أبيرا الذي كان يزوره.\n"
     "وفي بحر دار، عاصمة الإقليم، قُتل رئيس حكومة أمهرة أمباتشو مكونن ومستشاره خلال اجتماع رسمي، في هجوم "
     "لم تكشف السلطات بعد عن منفذيه.\n"
     "واتهم مكتب رئيس الوزراء آبي أحمد رئيس جهاز الأمن في الإقليم العميد أسامنيو تسيغي بتدبير المحاولة، "
     "فيما أفادت وسائل إعلام رسمية لاحقاً بأنه قُتل قرب بحر دار.\n"
     "وأعلنت الحكومة تعيين قائد سلاح الجو الجنرال آدم محمد رئيساً لهيئة الأركان خلفاً لمكونن، فيما كُلّف "
     "لاكي أيالو برئاسة حكومة أمهرة بالإنابة خلفاً لأمباتشو.\n"
     "وقطعت السلطات خدمة الإنترنت في أنحاء البلاد، وأعلنت الحداد الوطني.",
     [("LEADS", SEARE, ENDF, "رئيس أركان الجيش الجنرال سيري"),
      ("LEADS", ABIY, ETHIOPIA, "رئيس الوزراء آبي أحمد"),
      ("SUCCESSOR_OF", ADEM, SEARE, "رئيساً لهيئة الأركان خلفاً لمكونن", "2019-06-24"),
      ("LEADS", ADEM, ENDF, "قائد سلاح الجو الجنرال آدم"),
      ("SUCCESSOR_OF", LAKE, AMBACHEW, "بالإنابة خلفاً لأمباتشو", "2019-06-24"),
      ],
     {"source": AWSAT, "published": "2019-06-24"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUK")
