"""Blind set TE: Sudan 2019-2023 (first folder of TE-TF): Awad Ibn Auf's one-day rule and Abdel Fattah al-Burhan
named to succeed him at the head of the Transitional Military Council (April 2019), Abdalla Hamdok sworn in as
prime minister (August 2019), the deal that reinstated him after the October 2021 coup (November 2021), the
acting premiership of Osman Hussein after Hamdok's resignation and the US envoys in Khartoum (January 2022),
Burhan's first trip abroad since the war, to Egypt (August 2023), and the killing of the West Darfur governor
Khamis Abakar (June 2023), as a British wire writes it in English (Reuters-like: "KHARTOUM, April 12
(Reuters) -"), Sudan's state agency in Arabic (SUNA-like: "الخرطوم في 21-8-2019 (سونا) -"), a US wire in
English (AP-like: "CAIRO (AP) —"), a Sudanese news site in Arabic (Sudan Tribune Arabic-like: "سودان
تربيون"), Sudan Tribune in English ("Sudan Tribune" byline, "Sovereign Council") and a Qatari TV channel's
website in Arabic (Al Jazeera Net-like: "الجزيرة نت").
Pieces: Ibn Auf steps down, Burhan named to succeed him; the teacher's death only alleged (English, TE1);
Hamdok sworn in, received by Burhan with Hemedti present; Abiy had met Burhan at the signing (Arabic, TE2);
Hamdok and Burhan sign the deal; Feltman had met each of them before the coup (English, TE3); Osman Hussein
runs the cabinet after Hamdok's resignation; Phee and Satterfield meet Burhan (Arabic, TE4); Burhan meets
Sisi in El Alamein (English, TE5); Abakar killed, the army accuses the RSF, which denies it (Arabic, TE6).
Excluded on purpose (no relation): Bashir's arrest (no post succeeded by Ibn Auf stated), the family's
accusation against the security service in Ahmed al-Khair's death, Hemedti's stated intention to join the
council (TE1); the Saudi crown prince's phone call to Hamdok (TE2); the protesters shot dead (no named agent),
Perthes's statement (TE3); the seven protesters killed "برصاص القوات الأمنية" (no entity as agent), the
envoys who did not meet Hamdok, the talks planned with the FFC (TE4); the planned trip to Juba, Burhan and
Hemedti who "have not met" since April (TE5); the army's accusation of the RSF, the RSF's denial, the UN's
call for an inquiry (TE6).
Judgement calls: "named ... to succeed him" at the head of the council is a succession (TE1); "بحضور" the
deputy chairman: paired with both principals (TE2); signing the deal together at the palace is a meeting
(TE3); "met separately with Burhan and Hamdok": two meetings, not one of the three (TE3); "كلّف ... بتسيير
مهام رئيس الوزراء ... عقب استقالة" is a succession (as SR2's acting premier) (TE4); the two envoys received
together by Burhan: a meeting of the three (TE4); a governor LEADS his state; the founder-leader of a
movement LEADS it; a prime minister LEADS the country; "رئيس مجلس السيادة" LEADS the council; the deputy
chairman is a MEMBER_OF it.
Filled in for the exercise: the hour and wording of Ibn Auf's address (TE1); Hemedti's presence at the
reception, the day of Abiy's meeting (TE2); the wording of the deal's ceremony and of Feltman's meetings
(TE3); the envoys' joint reception, the wording of the acting appointment (TE4); the delegation's members and
the Juba plan (TE5); the wording of the accusation and of the denial (TE6).
Spellings: "Awad Ibn Auf", "Lieutenant General Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo" (TE1);
«الدكتور عبد الله حمدوك»، «الفريق أول محمد حمدان دقلو»، «آبي أحمد» (TE2); "Abdalla Hamdok", "Gen. Abdel-Fattah
Burhan", "Jeffrey Feltman" (TE3); «عثمان حسين»، «مولي في»، «ديفيد ساترفيلد» (TE4); "Lt. Gen. Abdel Fattah
al-Burhan", "Abdel Fattah al-Sisi", "Mohamed Hamdan Daglo" (TE5); «خميس عبد الله أبكر»، «حميدتي» (TE6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tf import ALL  # noqa: E402

HERE = Path(__file__).parent

SUDAN, EGYPT, ETHIOPIA, WDARFUR = ("country:sudan", "country:egypt", "country:ethiopia", "location:west-darfur")
TMC, SOV, SAF, RSF, NISS, ALLIANCE, UNITAMS = (
    "organization:sudan-transitional-military-council", "organization:sudan-sovereignty-council",
    "organization:sudanese-armed-forces", "organization:rapid-support-forces",
    "organization:sudan-general-intelligence-service", "organization:sudanese-alliance", "organization:unitams")
BASHIR, IBNAUF, BURHAN, HEMEDTI, HAMDOK, OSMAN, ABAKAR = (
    "person:omar-al-bashir", "person:ahmed-awad-ibn-auf", "person:abdel-fattah-al-burhan",
    "person:mohamed-hamdan-dagalo", "person:abdalla-hamdok", "person:osman-hussein-osman", "person:khamis-abakar")
SISI, ABIY, FELTMAN, PHEE, SATTERFIELD, PERTHES = (
    "person:abdel-fattah-el-sisi", "person:abiy-ahmed", "person:jeffrey-feltman", "person:molly-phee",
    "person:david-satterfield", "person:volker-perthes")

REUTERS = "blind set (British news wire, English, Reuters-like)"
SUNA = "blind set (Sudanese state news agency, Arabic, SUNA-like)"
AP = "blind set (US news wire, English, AP-like)"
STAR = "blind set (Sudanese news site, Arabic, Sudan Tribune Arabic-like)"
STEN = "blind set (Sudanese news site, English, Sudan Tribune-like)"
AJA = "blind set (Qatari TV channel's website, Arabic, Al Jazeera Net-like)"

ARTICLES = [
    ("enTE1_ibn_auf_steps_down_reuters", "en",
     "Sudan military council head Ibn Auf steps down a day after Bashir's fall\n"
     "KHARTOUM, April 12 (Reuters) - The head of Sudan's Transitional Military Council, Defence Minister Awad "
     "Ibn Auf, stepped down late on Friday, barely 24 hours after he announced the overthrow and arrest of "
     "President Omar al-Bashir, and named Lieutenant General Abdel Fattah al-Burhan to succeed him.\n"
     "In a brief televised address, Ibn Auf said he was giving up the post \"to preserve the cohesion of the "
     "armed forces\". His deputy, army chief of staff Kamal Abdelmarouf, was also relieved of his duties.\n"
     "Burhan, the army's inspector general, is little known to the public but was one of the few senior "
     "officers to go out and talk to the protesters camped outside the Defence Ministry compound in Khartoum.\n"
     "Thousands of demonstrators, who had rejected Ibn Auf as a Bashir loyalist, poured into the streets to "
     "celebrate. The Sudanese Professionals Association said the sit-in would continue until power was handed "
     "to a civilian government.\n"
     "Mohamed Hamdan Dagalo, commander of the paramilitary Rapid Support Forces, who had refused to sit on Ibn "
     "Auf's council, said in a statement he would join the new one if it met the people's demands.\n"
     "Rights groups say dozens of protesters have been killed since December. The family of Ahmed al-Khair, a "
     "teacher who died in custody in Kassala state in February, accuses the National Intelligence and Security "
     "Service of torturing him to death, which the agency denies.",
     [("SUCCESSOR_OF", BURHAN, IBNAUF, "named Lieutenant General Abdel Fattah al-Burhan to succeed him",
       "2019-04-12"),
      ("LEADS", IBNAUF, TMC, "The head of Sudan's Transitional Military Council"),
      ("LEADS", BASHIR, SUDAN, "arrest of President Omar al-Bashir"),
      ("LEADS", HEMEDTI, RSF, "commander of the paramilitary Rapid Support Forces"),
      ],
     {"source": REUTERS, "published": "2019-04-12"}),

    ("arTE2_hamdok_sworn_in_suna", "ar",
     "حمدوك يؤدي اليمين رئيساً لمجلس الوزراء ويلتقي البرهان\n"
     "الخرطوم في 21-8-2019 (سونا) - أدى الدكتور عبد الله حمدوك مساء اليوم اليمين الدستورية رئيساً لمجلس "
     "الوزراء الانتقالي أمام رئيس مجلس السيادة الفريق أول ركن عبد الفتاح البرهان ورئيس القضاء، بالقصر "
     "الجمهوري.\n"
     "وعقب أداء القسم استقبل رئيس مجلس السيادة رئيسَ الوزراء الجديد، بحضور نائب رئيس المجلس الفريق أول محمد "
     "حمدان دقلو، حيث تناول اللقاء أولويات الفترة الانتقالية وفي مقدمتها وقف الحرب ومعالجة الأزمة "
     "الاقتصادية.\n"
     "وقال حمدوك في تصريح صحفي عقب اللقاء إن حكومته ستعمل على \"بناء دولة القانون\"، مشيراً إلى أنه سيعلن "
     "تشكيلة مجلس الوزراء خلال أيام بالتشاور مع قوى إعلان الحرية والتغيير.\n"
     "وكان رئيس الوزراء الإثيوبي آبي أحمد قد التقى البرهان بالخرطوم يوم السبت الماضي على هامش مراسم التوقيع "
     "على الوثيقة الدستورية، التي أسهمت الوساطة الإثيوبية الأفريقية في التوصل إليها.\n"
     "وتلقى رئيس الوزراء في وقت لاحق اتصالاً هاتفياً من ولي العهد السعودي الأمير محمد بن سلمان هنأه فيه "
     "بتوليه منصبه، وأكد وقوف المملكة إلى جانب السودان.",
     [("LEADS", BURHAN, SOV, "أمام رئيس مجلس السيادة الفريق"),
      ]
     + met_group({BURHAN: "وعقب أداء القسم استقبل رئيس مجلس السيادة", HAMDOK: "رئيسَ الوزراء الجديد",
                  HEMEDTI: "حمدان دقلو، حيث"}, "2019-08-21")
     + [("MEMBER_OF", HEMEDTI, SOV, "بحضور نائب رئيس المجلس"),
        ("LEADS", HAMDOK, SUDAN, "أدى الدكتور عبد الله حمدوك"),
        ("MET_WITH", ABIY, BURHAN, "قد التقى البرهان بالخرطوم", "2019-08-17"),
        ("LEADS", ABIY, ETHIOPIA, "رئيس الوزراء الإثيوبي آبي أحمد"),
        ],
     {"source": SUNA, "published": "2019-08-21"}),

    ("enTE3_hamdok_reinstated_ap", "en",
     "Sudan's military reinstates Hamdok as prime minister under new deal\n"
     "CAIRO (AP) — Sudan's military on Sunday reinstated Abdalla Hamdok as prime minister, nearly a month after "
     "removing him in a coup, under a deal that also frees government officials detained since Oct. 25.\n"
     "Hamdok and Gen. Abdel-Fattah Burhan, the country's top military officer, signed the 14-point agreement in "
     "a televised ceremony at the Republican Palace in Khartoum. Hamdok, who had been held under house arrest, "
     "looked gaunt as he read a short statement.\n"
     "The pro-democracy movement rejected the agreement as a cover for military rule. Thousands marched in "
     "Khartoum and Omdurman, and a 16-year-old protester was shot dead in Omdurman, according to a doctors' "
     "group. It did not say who fired.\n"
     "U.S. special envoy for the Horn of Africa Jeffrey Feltman had met separately with Burhan and Hamdok in "
     "Khartoum a day before the takeover, seeking a way out of the crisis. The generals moved hours after he "
     "left.\n"
     "Volker Perthes, head of the U.N. political mission in Sudan, welcomed the deal in a statement but urged "
     "the security forces to protect peaceful protesters.",
     [("MET_WITH", HAMDOK, BURHAN, "signed the 14-point agreement", "2021-11-21"),
      ("LEADS", BURHAN, SAF, "the country's top military officer"),
      ("LEADS", HAMDOK, SUDAN, "reinstated Abdalla Hamdok as prime minister"),
      ("MET_WITH", FELTMAN, BURHAN, "had met separately with Burhan", "2021-10-24"),
      ("MET_WITH", FELTMAN, HAMDOK, "with Burhan and Hamdok in", "2021-10-24"),
      ("LEADS", PERTHES, UNITAMS, "head of the U.N. political mission in Sudan"),
      ],
     {"source": AP, "published": "2021-11-21"}),

    ("arTE4_osman_hussein_acting_pm_sudan_tribune", "ar",
     "البرهان يكلف عثمان حسين بتسيير مهام رئيس الوزراء\n"
     "الخرطوم - سودان تربيون\n"
     "كلّف رئيس مجلس السيادة الانتقالي، الفريق أول عبد الفتاح البرهان، الأربعاء، الأمين العام لمجلس الوزراء "
     "عثمان حسين بتسيير مهام رئيس الوزراء، عقب استقالة عبد الله حمدوك في الثاني من يناير الجاري، كما أصدر "
     "مرسوماً بتكليف 15 وزيراً بتسيير مهام الوزارات.\n"
     "وجاء القرار بعد ساعات من لقاء البرهان مساعدة وزير الخارجية الأميركي للشؤون الأفريقية مولي في والمبعوث "
     "الأميركي الخاص للقرن الأفريقي ديفيد ساترفيلد، اللذين حثا المكون العسكري على وقف العنف ضد المتظاهرين.\n"
     "ولم يلتق المبعوثان بحمدوك الذي غادر البلاد بعد استقالته، فيما أرجئ اجتماع كان مقرراً مع قيادات قوى الحرية "
     "والتغيير.\n"
     "وكان سبعة متظاهرين قد قُتلوا الاثنين برصاص القوات الأمنية في الخرطوم، بحسب لجنة أطباء السودان "
     "المركزية، فيما نفت الشرطة استخدام الذخيرة الحية.\n"
     "وقال حمدوك في خطاب الاستقالة إنه حاول \"تجنيب البلاد الانزلاق نحو الكارثة\".",
     [("LEADS", BURHAN, SOV, "كلّف رئيس مجلس السيادة الانتقالي"),
      ("SUCCESSOR_OF", OSMAN, HAMDOK, "عقب استقالة عبد الله حمدوك", "2022-01-19"),
      ]
     + met_group({BURHAN: "بعد ساعات من لقاء البرهان", PHEE: "للشؤون الأفريقية مولي في",
                  SATTERFIELD: "ديفيد ساترفيلد، اللذين"}, "2022-01-19"),
     {"source": STAR, "published": "2022-01-19"}),
]

ARTICLES += [
    ("enTE5_burhan_meets_sisi_alamein_sudan_tribune", "en",
     "Burhan meets Sisi in El Alamein in first trip abroad since war\n"
     "August 29, 2023 (EL ALAMEIN) - The head of Sudan's Sovereign Council, Lt. Gen. Abdel Fattah al-Burhan, "
     "held talks on Tuesday with Egyptian President Abdel Fattah al-Sisi in the Mediterranean city of El "
     "Alamein, his first foreign trip since the war with the Rapid Support Forces broke out on April 15.\n"
     "Burhan, who left the army headquarters in Khartoum last week for Port Sudan, was accompanied by the "
     "acting foreign minister and the director of the General Intelligence Service, the Sovereign Council said.\n"
     "A statement from the Egyptian presidency said Sisi stressed Egypt's support for Sudan's unity and its "
     "institutions. Burhan thanked Cairo for receiving hundreds of thousands of Sudanese fleeing the fighting.\n"
     "Sources in Port Sudan told Sudan Tribune that the army chief is expected to travel to Juba next week to "
     "meet South Sudan's President Salva Kiir.\n"
     "Burhan and the RSF commander, Mohamed Hamdan Daglo, have not met since the war began, and Daglo's "
     "whereabouts remain unknown.",
     [("LEADS", BURHAN, SOV, "The head of Sudan's Sovereign Council"),
      ("MET_WITH", BURHAN, SISI, "held talks on Tuesday with Egyptian President", "2023-08-29"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah al-Sisi"),
      ("VISITED", BURHAN, EGYPT, "his first foreign trip since the war", "2023-08-29"),
      ("LEADS", HEMEDTI, RSF, "the RSF commander, Mohamed"),
      ],
     {"source": STEN, "published": "2023-08-29"}),

    ("arTE6_abakar_killed_aljazeera", "ar",
     "مقتل والي غرب دارفور خميس أبكر والجيش يتهم الدعم السريع\n"
     "الخرطوم - الجزيرة نت\n"
     "أعلنت مصادر رسمية سودانية، مساء الأربعاء، مقتل والي ولاية غرب دارفور خميس عبد الله أبكر في مدينة "
     "الجنينة، بعد ساعات من تصريحات تلفزيونية اتهم فيها قوات الدعم السريع والمليشيات المتحالفة معها بارتكاب "
     "\"إبادة جماعية\" في الولاية.\n"
     "وأبكر، وهو رئيس التحالف السوداني أحد الفصائل الموقعة على اتفاق جوبا للسلام، تولى منصب الوالي منذ عام "
     "2021.\n"
     "واتهم الجيش السوداني في بيان قوات الدعم السريع، التي يقودها محمد حمدان دقلو (حميدتي)، باختطاف الوالي "
     "واغتياله، ووصف الحادثة بأنها \"جريمة نكراء\".\n"
     "في المقابل، نفت قوات الدعم السريع أي صلة لها بالحادثة، وقالت في بيان إنها \"تدين بأشد العبارات\" مقتل "
     "الوالي، ودعت إلى تحقيق مستقل.\n"
     "ودعا رئيس بعثة الأمم المتحدة في السودان فولكر بيرتس إلى محاسبة المسؤولين، محذراً من تصاعد العنف ذي "
     "الطابع العرقي في الجنينة التي يحاصرها القتال منذ أسابيع.",
     [("LEADS", ABAKAR, WDARFUR, "مقتل والي ولاية غرب دارفور"),
      ("LEADS", ABAKAR, ALLIANCE, "وهو رئيس التحالف السوداني"),
      ("LEADS", HEMEDTI, RSF, "التي يقودها محمد حمدان دقلو"),
      ("LEADS", PERTHES, UNITAMS, "ودعا رئيس بعثة الأمم المتحدة في السودان"),
      ],
     {"source": AJA, "published": "2023-06-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTE")
