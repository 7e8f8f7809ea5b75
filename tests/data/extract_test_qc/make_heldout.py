"""Blind set QC: Sudan 2019-2023 (first folder of QC-QD): Awad Ibn Auf's one-day rule after Omar al-Bashir's
ouster and his handing over to Abdel Fattah al-Burhan (April 2019), Burhan's reception of the UN envoy Volker
Perthes (January 2022), the killing of West Darfur governor Khamis Abakar (June 2023), Hamdok's resignation and
the appointment of Osman Hussein to run the cabinet (January 2022), Burhan's first trip abroad since the war, to
El Alamein (August 2023), and his visit to Juba (September 2023), as a news wire writes it in English
(Reuters-like: "KHARTOUM, April 13 (Reuters) -"), Sudan's state agency in Arabic (SUNA-like: "استقبل رئيس مجلس
السيادة الانتقالي الفريق أول ركن"), a Darfur radio's English site (Radio Dabanga-like: "EL GENEINA (15 June
2023)"), a Khartoum daily in Arabic (Al-Sudani-like: "وعلمت «السوداني»"), a Qatari TV site in English
(Al Jazeera-like) and the same channel's Arabic site (Al Jazeera Net-like: "الجزيرة نت - الخرطوم").
Pieces: Ibn Auf steps down and names Burhan to succeed him; Ibn Auf had taken over from Bashir (English, QC1);
Burhan receives Perthes with acting foreign minister Ali al-Sadiq present, Perthes then meets Hemedti (Arabic,
QC2); RSF militiamen abduct and kill governor Abakar, his deputy Karshoum takes over (English, QC3); Burhan
names Osman Hussein to run the prime minister's duties in place of the resigned Hamdok, whom he had met in
November (Arabic, QC4); Burhan meets Sisi at El Alamein with Abbas Kamel attending (English, QC5); Burhan
meets Salva Kiir in Juba with Tut Gatluak present, and had met Sisi the week before (Arabic, QC6).
Excluded on purpose (no relation): Kamal Abdelmarouf's removal (no successor named), Gosh's resignation (QC1);
Molly Phee's phone call to Burhan, Perthes's planned meeting with the Freedom and Change forces (QC2); the
army's accusation and the RSF's denial, Perthes's condemnation (QC3); Elbadawi, "tipped" to succeed Hamdok,
Blinken's call to Hamdok (QC4); Hemedti's audio message, Burhan's planned trip to Juba (QC5); Kiir's phone
call with Hemedti, the denied meeting with RSF representatives in Juba (QC6).
Judgement calls: "named ... to succeed him" is a succession (QC1); "who had taken over from Bashir" is a
succession though Bashir was overthrown, not replaced by appointment (QC1); "بحضور" an attendee is paired with
both principals (QC2, QC6; QC5 "also attended by"); "was abducted and killed by Rapid Support Forces (RSF)
militiamen" gives the victim -> the RSF (the outlet states it; the army's accusation alone would not) (QC3);
"has taken over as acting governor" after the governor's death is a succession (QC3); «خلفاً لـ» a resigned
prime minister is a succession (QC4); «التقى ... حيث وقع الرجلان» is a meeting (QC4); a head of state
LEADS the country, an army or council chief LEADS the body; Hemedti as «نائب رئيس مجلس السيادة» is
MEMBER_OF the council; VISITED targets the city named.
Filled in for the exercise: the exact wording of the speeches, Abdelmarouf's relief the same day (QC1); the
date of Perthes's visit, Ali al-Sadiq's presence, Phee's call, the planned meeting (QC2); the eyewitness
accounts and Karshoum's taking over as reported (QC3); the date of the appointment as the 19th, the
Elbadawi rumour, Blinken's call the day before (QC4); Abbas Kamel's presence, the audio message (QC5); Tut
Gatluak's presence, Kiir's call and the denial (QC6).
Spellings: "Awad Ibn Auf", "Lt. Gen. Abdel Fattah al-Burhan" (QC1); «الفريق أول ركن عبد الفتاح البرهان»،
«فولكر بيرتس»، «محمد حمدان دقلو» (QC2); "Khamis Abbakar", "RSF" (QC3); «عبدالله حمدوك»، «عثمان حسين» (QC4);
"Abdel Fattah el-Burhan" beside "Abdel Fattah el-Sisi" (QC5); «سلفاكير ميارديت»، «توت قلواك»، «حميدتي» (QC6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_qd import ALL  # noqa: E402

HERE = Path(__file__).parent

SUDAN, SSUDAN, EGYPT = "country:sudan", "country:south-sudan", "country:egypt"
JUBA, ALAMEIN = "location:juba", "location:el-alamein"
TMC, SOV, SAF, RSF, UNITAMS, SUDFM, SPA, ALLIANCE, EGINT = (
    "organization:sudan-transitional-military-council", "organization:sudan-sovereignty-council",
    "organization:sudanese-armed-forces", "organization:rapid-support-forces", "organization:unitams",
    "organization:sudanese-foreign-ministry", "organization:sudanese-professionals-association",
    "organization:sudanese-alliance", "organization:egyptian-general-intelligence")
BASHIR, IBNAUF, BURHAN, HEMEDTI, HAMDOK, OSMAN, SADIQ = (
    "person:omar-al-bashir", "person:ahmed-awad-ibn-auf", "person:abdel-fattah-al-burhan",
    "person:mohamed-hamdan-dagalo", "person:abdalla-hamdok", "person:osman-hussein-osman", "person:ali-al-sadiq")
ABAKAR, KARSHOUM, PERTHES, PHEE, SISI, KAMEL, KIIR, GATLUAK = (
    "person:khamis-abakar", "person:tijani-karshoum", "person:volker-perthes", "person:molly-phee",
    "person:abdel-fattah-el-sisi", "person:abbas-kamel", "person:salva-kiir", "person:tut-gatluak")

WIRE = "blind set (international news wire, English, Reuters-like)"
SUNA = "blind set (Sudanese state news agency, Arabic, SUNA-like)"
DABANGA = "blind set (Darfur radio's news site, English, Radio Dabanga-like)"
SUDANI = "blind set (Khartoum daily, Arabic, Al-Sudani-like)"
AJE = "blind set (Qatari TV news site, English, Al Jazeera-like)"
AJA = "blind set (Qatari TV news site, Arabic, Al Jazeera Net-like)"

ARTICLES = [
    ("enQC1_ibn_auf_steps_down_wire", "en",
     "Sudan's military council chief Ibn Auf steps down, Burhan named in his place\n"
     "KHARTOUM, April 13 (Reuters) - The head of Sudan's Transitional Military Council, Defence Minister Awad Ibn "
     "Auf, stepped down late on Friday, barely a day after he announced the army's overthrow of President Omar "
     "al-Bashir, and named Lt. Gen. Abdel Fattah al-Burhan to succeed him.\n"
     "Ibn Auf, who had taken over from Bashir on Thursday and said the former president was being held \"in a "
     "safe place\", announced his decision in a brief address on state television. The army chief of staff, "
     "Kamal Abdelmarouf, was also relieved of his post as the council's deputy head.\n"
     "Thousands of protesters outside the Defence Ministry in Khartoum greeted the news with cheers and chants of "
     "\"It fell again!\"\n"
     "Burhan, the army's inspector general, is little known to the public but is said to have talked with "
     "protesters at the sit-in in recent days.\n"
     "The Sudanese Professionals Association, which has spearheaded four months of demonstrations, said it would "
     "keep up the sit-in until power was handed to a civilian transitional government.\n"
     "Separately, intelligence chief Salah Gosh resigned on Saturday, the council said.",
     [("LEADS", IBNAUF, TMC, "The head of Sudan's Transitional Military Council"),
      ("LEADS", BASHIR, SUDAN, "President Omar al-Bashir, and named"),
      ("SUCCESSOR_OF", BURHAN, IBNAUF, "named Lt. Gen. Abdel Fattah al-Burhan to succeed him", "2019-04-12"),
      ("SUCCESSOR_OF", IBNAUF, BASHIR, "who had taken over from Bashir on Thursday", "2019-04-11"),
      ],
     {"source": WIRE, "published": "2019-04-13"}),

    ("arQC2_burhan_receives_perthes_suna", "ar",
     "البرهان يستقبل رئيس بعثة يونيتامس ويؤكد دعم الحوار السوداني\n"
     "الخرطوم 10-1-2022 (سونا) - استقبل رئيس مجلس السيادة الانتقالي الفريق أول ركن عبد الفتاح البرهان بمكتبه "
     "بالقصر الجمهوري اليوم، الممثل الخاص للأمين العام للأمم المتحدة رئيس بعثة يونيتامس السيد فولكر بيرتس، "
     "بحضور وزير الخارجية المكلف السفير علي الصادق.\n"
     "وأكد سيادته خلال اللقاء ترحيب الدولة بمبادرة البعثة لإطلاق مشاورات بين الأطراف السودانية، مشدداً على "
     "أن الحل يجب أن يكون سودانياً خالصاً.\n"
     "من جهته، قال بيرتس في تصريح صحفي إن المشاورات ستكون مفتوحة لكل الأطراف دون إقصاء.\n"
     "والتقى المبعوث الأممي في وقت لاحق اليوم نائب رئيس مجلس السيادة الفريق أول محمد حمدان دقلو، وبحث معه "
     "ترتيبات إطلاق المشاورات.\n"
     "وكان رئيس مجلس السيادة قد تلقى أمس اتصالاً هاتفياً من مساعدة وزير الخارجية الأمريكي للشؤون الأفريقية "
     "مولي في، تناول تطورات الأوضاع في البلاد.\n"
     "ومن المنتظر أن يلتقي بيرتس قادة قوى الحرية والتغيير خلال الأسبوع المقبل.",
     [("LEADS", BURHAN, SOV, "استقبل رئيس مجلس السيادة الانتقالي الفريق"),
      ("MET_WITH", BURHAN, PERTHES, "رئيس بعثة يونيتامس السيد فولكر بيرتس", "2022-01-10"),
      ("LEADS", PERTHES, UNITAMS, "الممثل الخاص للأمين العام للأمم المتحدة رئيس بعثة"),
      ("MET_WITH", SADIQ, BURHAN, "بحضور وزير الخارجية المكلف", "2022-01-10"),
      ("MET_WITH", SADIQ, PERTHES, "السفير علي الصادق", "2022-01-10"),
      ("LEADS", SADIQ, SUDFM, "وزير الخارجية المكلف السفير"),
      ("MET_WITH", PERTHES, HEMEDTI, "والتقى المبعوث الأممي في وقت لاحق", "2022-01-10"),
      ("MEMBER_OF", HEMEDTI, SOV, "نائب رئيس مجلس السيادة الفريق أول محمد"),
      ("MEMBER_OF", PHEE, "organization:us-state-department", "مساعدة وزير الخارجية الأمريكي"),
      ],
     {"source": SUNA, "published": "2022-01-10"}),

    ("enQC3_abakar_killed_dabanga", "en",
     "West Darfur governor killed after accusing RSF of 'genocide'\n"
     "EL GENEINA (15 June 2023) - The Governor of West Darfur, Khamis Abbakar, was abducted and killed by Rapid "
     "Support Forces (RSF) militiamen in El Geneina on Wednesday evening, hours after he accused the paramilitaries "
     "and allied Arab militias of committing \"genocide\" against the Masalit in an interview with a Saudi TV "
     "channel.\n"
     "Eyewitnesses told Radio Dabanga that RSF troops took the governor from his house in the city centre. Video "
     "clips circulating on social media show him surrounded by fighters in RSF uniforms shortly before his death.\n"
     "The Sudanese Armed Forces (SAF) accused the RSF of \"assassinating\" the governor, describing it as a "
     "\"heinous act\". The RSF denied any involvement and blamed \"outlaws\".\n"
     "Abbakar, the leader of the Sudanese Alliance, one of the armed movements that signed the Juba Peace Agreement, "
     "had been appointed governor in 2021.\n"
     "UN envoy Volker Perthes condemned the killing and called for those responsible to be held accountable.\n"
     "The state's deputy governor, El Tijani Karshoum, has taken over as acting governor, local sources said.",
     [("ASSASSINATED_BY", ABAKAR, RSF, "was abducted and killed by Rapid", "2023-06-14"),
      ("LEADS", ABAKAR, ALLIANCE, "the leader of the Sudanese Alliance"),
      ("SUCCESSOR_OF", KARSHOUM, ABAKAR, "has taken over as acting governor", "2023-06-15"),
      ],
     {"source": DABANGA, "published": "2023-06-15"}),

    ("arQC4_osman_hussein_replaces_hamdok_sudani", "ar",
     "البرهان يكلف عثمان حسين بتسيير مهام رئيس الوزراء\n"
     "الخرطوم: السوداني\n"
     "أصدر رئيس مجلس السيادة الانتقالي الفريق أول عبد الفتاح البرهان، مساء أمس، قراراً بتكليف وكيل وزارة مجلس "
     "الوزراء عثمان حسين بتسيير مهام رئيس الوزراء، خلفاً لعبدالله حمدوك الذي أعلن استقالته في الثاني من يناير "
     "الجاري بعد فشل مساعي التوافق على إعلان سياسي جديد.\n"
     "وكان حمدوك قد التقى البرهان بالقصر الجمهوري في الحادي والعشرين من نوفمبر الماضي، حيث وقع الرجلان اتفاقاً "
     "سياسياً أعاده إلى منصبه بعد نحو شهر من إطاحته.\n"
     "وعلمت «السوداني» أن أسماء عدة طُرحت لخلافة حمدوك، من بينها وزير المالية الأسبق إبراهيم البدوي، قبل أن "
     "يحسم المجلس الأمر بتكليف عثمان حسين إلى حين تشكيل حكومة كفاءات.\n"
     "وكان وزير الخارجية الأمريكي أنتوني بلينكن قد أجرى اتصالاً هاتفياً بحمدوك قبل يوم من استقالته، حثه فيه "
     "على البقاء في منصبه.\n"
     "وأصدر البرهان كذلك قرارات بتكليف وزراء جدد لتسيير مهام الوزارات.",
     [("LEADS", BURHAN, SOV, "أصدر رئيس مجلس السيادة الانتقالي الفريق"),
      ("SUCCESSOR_OF", OSMAN, HAMDOK, "خلفاً لعبدالله حمدوك", "2022-01-19"),
      ("MET_WITH", HAMDOK, BURHAN, "وكان حمدوك قد التقى البرهان", "2021-11-21"),
      ("LEADS", "person:antony-blinken", "organization:us-state-department", "وزير الخارجية الأمريكي أنتوني"),
      ],
     {"source": SUDANI, "published": "2022-01-20"}),

    ("enQC5_burhan_sisi_alamein_aje", "en",
     "Sudan's army chief Burhan meets Egypt's Sisi on first trip abroad since war\n"
     "Sudan's army chief General Abdel Fattah el-Burhan has met Egyptian President Abdel Fattah el-Sisi in the "
     "Mediterranean city of El Alamein, on his first trip abroad since fighting with the paramilitary Rapid "
     "Support Forces (RSF) erupted in April.\n"
     "The talks, which were also attended by Egypt's intelligence chief Abbas Kamel, focused on ways to end the "
     "conflict and on the situation of Sudanese refugees in Egypt, the Egyptian presidency said on Tuesday.\n"
     "Burhan, who is also the head of Sudan's Sovereignty Council, left the besieged army headquarters in Khartoum "
     "last week and has since toured military bases in the east of the country.\n"
     "The RSF's commander, Mohamed Hamdan Dagalo, widely known as Hemedti, has not been seen in public for months; "
     "on Monday he released an audio message calling on Burhan's generals to abandon him.\n"
     "Sudanese officials said Burhan is expected to travel to South Sudan's capital, Juba, next week to meet "
     "President Salva Kiir.\n"
     "More than 4 million people have fled their homes since the war began, according to the UN.",
     [("LEADS", BURHAN, SAF, "Sudan's army chief General Abdel Fattah"),
      ("MET_WITH", BURHAN, SISI, "has met Egyptian President", "2023-08-29"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah el-Sisi in"),
      ("VISITED", BURHAN, ALAMEIN, "in the Mediterranean city of El Alamein", "2023-08-29"),
      ("MET_WITH", KAMEL, BURHAN, "also attended by Egypt's intelligence chief", "2023-08-29"),
      ("MET_WITH", KAMEL, SISI, "Abbas Kamel, focused", "2023-08-29"),
      ("LEADS", KAMEL, EGINT, "Egypt's intelligence chief Abbas"),
      ("LEADS", BURHAN, SOV, "the head of Sudan's Sovereignty Council"),
      ("LEADS", HEMEDTI, RSF, "The RSF's commander, Mohamed"),
      ],
     {"source": AJE, "published": "2023-08-29"}),

    ("arQC6_burhan_kiir_juba_aja", "ar",
     "البرهان في جوبا.. ثاني محطة خارجية منذ اندلاع الحرب\n"
     "الجزيرة نت - الخرطوم\n"
     "وصل رئيس مجلس السيادة السوداني قائد الجيش الفريق أول عبد الفتاح البرهان، اليوم الاثنين، إلى جوبا عاصمة "
     "جنوب السودان في زيارة رسمية، عقد خلالها جلسة مباحثات مع الرئيس سلفاكير ميارديت، بحضور مستشار الرئيس "
     "للشؤون الأمنية توت قلواك.\n"
     "وقال المكتب الإعلامي لمجلس السيادة إن الجانبين بحثا سبل وقف الحرب وتأمين صادرات نفط الجنوب عبر الأراضي "
     "السودانية.\n"
     "وتأتي الزيارة بعد أسبوع من زيارة البرهان إلى مصر، حيث التقى الرئيس عبد الفتاح السيسي في مدينة العلمين.\n"
     "وكان سلفاكير قد أجرى الشهر الماضي اتصالاً هاتفياً مع قائد قوات الدعم السريع محمد حمدان دقلو (حميدتي)، "
     "دعاه فيه إلى وقف إطلاق النار.\n"
     "ونفى مصدر في مجلس السيادة للجزيرة نت أن يكون البرهان قد التقى أي ممثل لقوات الدعم السريع في جوبا.",
     [("LEADS", BURHAN, SOV, "وصل رئيس مجلس السيادة السوداني"),
      ("LEADS", BURHAN, SAF, "قائد الجيش الفريق أول عبد الفتاح"),
      ("VISITED", BURHAN, JUBA, "إلى جوبا عاصمة", "2023-09-04"),
      ("MET_WITH", BURHAN, KIIR, "عقد خلالها جلسة مباحثات مع الرئيس", "2023-09-04"),
      ("LEADS", KIIR, SSUDAN, "الرئيس سلفاكير ميارديت"),
      ("MET_WITH", GATLUAK, BURHAN, "بحضور مستشار الرئيس", "2023-09-04"),
      ("MET_WITH", GATLUAK, KIIR, "للشؤون الأمنية توت قلواك", "2023-09-04"),
      ("MET_WITH", BURHAN, SISI, "حيث التقى الرئيس عبد الفتاح السيسي", "2023-08-29"),
      ("LEADS", HEMEDTI, RSF, "قائد قوات الدعم السريع محمد"),
      ],
     {"source": AJA, "published": "2023-09-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQC")
