"""Blind set JX: Somalia 2023-2025 as Mogadishu-based English-language sites write it (Garowe Online /
Hiiraan Online-like: "GAROWE, Puntland -", "MOGADISHU (HOL) -", Somali spellings, "HSM", "told Garowe
Online", the Presidency's statements, a short background line on al-Shabaab or ISIS), and Sudan, Libya and
Somalia as a pan-Arab Saudi-owned TV news site writes it in Arabic (Al Arabiya-like: "دبي - العربية.نت",
"بحسب ما أفاد مراسل «العربية/الحدث»", short paragraphs, "ميدانياً").
Pieces: a US strike kills the ISIS recruiter Ahmed Maeleninine in the Cal Miskaad, Deni receives the US
ambassador (English); HSM receives the new AFRICOM commander Anderson, who replaced Langley (English); US
special forces kill Bilal al-Sudani on Biden's orders, the US ambassador briefs HSM with the NISA
director (English); Kamil Idris names defence and interior ministers in place of Yassin Ibrahim and
Khalil Pasha Sairin, the defence minister sworn in before al-Burhan (Arabic); al-Kikli killed by the 444
Brigade in the Takbali camp, Dbeibah's meeting with Zoubi and Hamza (Arabic); Erdogan hosts HSM and Abiy
Ahmed in Ankara, and the al-Shabaab co-founder killed in a US strike in 2022 recalled (Arabic).
Excluded on purpose (no relation): a traditional elder shot dead by unidentified gunmen in Bosaso (no
agent, unnamed) and Mumin, targeted but never confirmed dead (JX1); Anderson's planned trip to Baidoa,
called off, and an unnamed al-Shabaab commander killed near Jilib (JX2); dozens of al-Shabaab fighters
killed without a commander named (JX3); a meeting with an AU delegation not yet scheduled, and an RSF
field commander, unnamed, killed by a drone no one is said to have flown (JX4); Tetteh's phone call to
Dbeibah (JX5); HSM's phone call to the AU Commission chairman (JX6). An oath sworn before al-Burhan with
the prime minister present is counted as a meeting of all present. Events follow the public record as
far as the writer knew it; some minor details (who sat in, the day of a reception or a briefing) are
filled in for the exercise.
Spellings: Xasan Sheekh Maxamuud and "HSM" (JX2), "حسن شيخ" without Mohamud, آبي أحمد علي, «غنيوة»
for al-Kikli, عبدالله يري for Abdullahi Nadir, يس إبراهيم يس, Cal Miskaad.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jx import ALL  # noqa: E402

HERE = Path(__file__).parent

USA, SOMALIA, TURKEY, ETHIOPIA = ("country:united-states", "country:somalia", "country:turkey",
                                  "country:ethiopia")
AFRICOM, ISSOM, IS, SHABAAB, NISA, SOMFGOV, PUNTGOV, USSTATE, DOD = (
    "organization:us-africa-command", "organization:islamic-state-somalia", "organization:islamic-state",
    "organization:al-shabaab", "organization:nisa-somalia", "organization:somali-federal-government",
    "organization:puntland-government", "organization:us-state-department", "organization:us-department-of-defense")
SOV, SUDGOV, SUDDEF, SUDINT = ("organization:sudan-sovereignty-council", "organization:sudanese-government",
                               "organization:sudanese-defence-ministry", "organization:sudanese-interior-ministry")
GNU, SSA, B444, LIBDEF, RADA, UN = (
    "organization:government-of-national-unity", "organization:stability-support-apparatus",
    "organization:brigade-444", "organization:libyan-defence-ministry", "organization:rada-special-deterrence-force",
    "organization:united-nations")
GAROWEONLINE = "outlet:garowe-online"
CALMISKAAD, PUNTLAND, GAROWE, VILLA, JILIB, TAKBALI, TRIPOLI, ANKARA = (
    "location:cal-miskaad", "location:puntland", "location:garowe", "location:villa-somalia", "location:jilib",
    "location:takbali-camp", "location:tripoli-libya", "location:ankara")
HSM, DENI, MUMIN, MAELENININE, ANDERSON, LANGLEY, BSUDANI, AUSTIN, BIDEN, NADIR = (
    "person:hassan-sheikh-mohamud", "person:said-abdullahi-deni", "person:abdulqadir-mumin",
    "person:ahmed-maeleninine", "person:dagvin-anderson", "person:michael-langley", "person:bilal-al-sudani",
    "person:lloyd-austin", "person:joe-biden", "person:abdullahi-nadir")
BURHAN, KAMIL, KIKLI, HAMZA, DBEIBAH, TETTEH, ERDOGAN, ABIY = (
    "person:abdel-fattah-al-burhan", "person:kamil-idris", "person:abdulghani-al-kikli", "person:mahmoud-hamza",
    "person:abdul-hamid-dbeibah", "person:hanna-tetteh", "person:recep-tayyip-erdogan", "person:abiy-ahmed")
# new to the tables
DIRIR, RILEY, NUR, ANDRE, MAHADSALAD, AWEIS, KABROUN, SAMRA, YASSIN, SAIRIN, ZOUBI, KARA, ALTUN = (
    "person:mohamud-aydid-dirir", "person:richard-riley", "person:abdulkadir-mohamed-nur", "person:larry-andre",
    "person:mahad-salad", "person:daud-aweis", "person:hassan-daoud-kabroun", "person:babiker-samra-mustafa",
    "person:yassin-ibrahim-yassin", "person:khalil-pasha-sairin", "person:abdelsalam-zoubi",
    "person:abdel-raouf-kara", "person:fahrettin-altun")

ARTICLES = [
    ("enJX1_us_strike_maeleninine_cal_miskaad", "en",
     "US airstrike kills senior ISIS recruiter in Cal Miskaad, AFRICOM says\n"
     "GAROWE, Puntland - A US airstrike in the Cal Miskaad mountains of Puntland's Bari region killed Ahmed "
     "Maeleninine, a senior ISIS-Somalia figure in charge of recruiting and financing foreign fighters, the US "
     "Africa Command (AFRICOM) said on Wednesday.\n"
     "AFRICOM said the strike was carried out in coordination with the Federal Government of Somalia and that "
     "no civilians were harmed.\n"
     "Puntland President Said Abdullahi Deni met US Ambassador Richard Riley in Garowe on Tuesday, in the "
     "presence of Puntland's Minister of Information, Mohamud Aydid Dirir, and thanked Washington for backing "
     "the ongoing Operation Hilaac against ISIS.\n"
     "\"The terrorists have nowhere left to hide in the Cal Miskaad,\" Dirir told Garowe Online, adding that "
     "Puntland forces had seized several of the group's bases in recent weeks.\n"
     "AFRICOM did not say whether the group's leader, Abdulqadir Mumin, was at the targeted site. Mumin, who "
     "has led ISIS in Somalia since 2015, was the target of a US strike last year but has never been "
     "confirmed dead.\n"
     "Separately, unidentified gunmen shot dead a traditional elder in Bosaso on Monday night, police said. "
     "No group has claimed the killing.",
     [("ASSASSINATED_BY", MAELENININE, USA, "A US airstrike in the Cal Miskaad mountains", "2025-02"),
      ("MEMBER_OF", MAELENININE, ISSOM, "a senior ISIS-Somalia figure"),
      ("ATTACKED", USA, CALMISKAAD, "A US airstrike in the Cal Miskaad mountains", "2025-02"),
      ("LOCATED_IN", CALMISKAAD, PUNTLAND, "the Cal Miskaad mountains of Puntland's Bari region"),
      ("MET_WITH", DENI, RILEY, "met US Ambassador Richard Riley", "2025-02-11"),
      ("MET_WITH", DIRIR, DENI, "in the presence of Puntland's Minister of Information", "2025-02-11"),
      ("MET_WITH", DIRIR, RILEY, "in the presence of Puntland's Minister of Information", "2025-02-11"),
      ("LEADS", DENI, PUNTGOV, "Puntland President Said Abdullahi Deni"),
      ("MEMBER_OF", RILEY, USSTATE, "US Ambassador Richard"),
      ("VISITED", RILEY, GAROWE, "Riley in Garowe on Tuesday", "2025-02-11"),
      ("MEMBER_OF", DIRIR, PUNTGOV, "Puntland's Minister of Information, Mohamud"),
      ("REPORTED_BY", DIRIR, GAROWEONLINE, "Dirir told Garowe Online"),
      ("LEADS", MUMIN, ISSOM, "who has led ISIS in Somalia since 2015"),
      ],
     {"source": "blind set (Mogadishu-based English-language Somali site)", "published": "2025-02-12"}),

    ("enJX2_hsm_receives_africom_anderson", "en",
     "President Hassan Sheikh receives new AFRICOM commander at Villa Somalia\n"
     "MOGADISHU (HOL) - President Xasan Sheekh Maxamuud on Thursday received the commander of US Africa "
     "Command, Gen. Dagvin Anderson, at Villa Somalia, on the general's first visit to Somalia since he took "
     "over from Gen. Michael Langley in August.\n"
     "The meeting, attended by Defence Minister Abdulkadir Mohamed Nur and US Ambassador Richard Riley, "
     "focused on the war against al-Shabaab and ISIS and on US support to the Somali National Army, the "
     "Presidency said in a statement.\n"
     "HSM thanked Washington for the airstrikes that have backed Somali ground operations in Middle and Lower "
     "Shabelle and in the Cal Miskaad mountains.\n"
     "A planned trip by the general to Baidoa was called off because of bad weather, a Somali official told "
     "HOL.\n"
     "On Wednesday, AFRICOM said a strike near Jilib had killed an al-Shabaab commander, but it did not "
     "release his name. The US has sharply stepped up its airstrikes in Somalia this year.",
     [("MET_WITH", HSM, ANDERSON, "received the commander of US Africa", "2025-10-09"),
      ("VISITED", ANDERSON, VILLA, "at Villa Somalia, on the general's first visit", "2025-10-09"),
      ("LEADS", ANDERSON, AFRICOM, "the commander of US Africa Command, Gen. Dagvin"),
      ("SUCCESSOR_OF", ANDERSON, LANGLEY, "since he took over from Gen. Michael Langley", "2025-08"),
      ("MET_WITH", NUR, HSM, "attended by Defence Minister", "2025-10-09"),
      ("MET_WITH", NUR, ANDERSON, "attended by Defence Minister", "2025-10-09"),
      ("MET_WITH", RILEY, HSM, "and US Ambassador Richard Riley", "2025-10-09"),
      ("MET_WITH", RILEY, ANDERSON, "and US Ambassador Richard Riley", "2025-10-09"),
      ("MET_WITH", RILEY, NUR, "and US Ambassador Richard Riley", "2025-10-09"),
      ("MEMBER_OF", NUR, SOMFGOV, "Defence Minister Abdulkadir"),
      ("MEMBER_OF", RILEY, USSTATE, "US Ambassador Richard"),
      ("ATTACKED", AFRICOM, JILIB, "a strike near Jilib", "2025-10-08"),
      ],
     {"source": "blind set (Mogadishu-based English-language Somali site)", "published": "2025-10-09"}),

    ("enJX3_bilal_al_sudani_killed_raid", "en",
     "US special forces kill ISIS financier Bilal al-Sudani in northern Somalia\n"
     "MOGADISHU - US special operations forces killed Bilal al-Sudani, a senior Islamic State leader who ran "
     "the group's finances across Africa, in a raid in the mountains of northern Somalia, US Defence "
     "Secretary Lloyd Austin said on Thursday.\n"
     "Austin said the operation, carried out on Wednesday on the orders of President Joe Biden, also killed "
     "about ten ISIS fighters, with no US or civilian casualties.\n"
     "On Friday, US Ambassador Larry Andre met President Hassan Sheikh Mohamud at Villa Somalia to brief him "
     "on the raid, in the presence of the Director of the National Intelligence and Security Agency (NISA), "
     "Mahad Salad, the Presidency said.\n"
     "Information Minister Daud Aweis told reporters the operation had been conducted \"with the full "
     "knowledge\" of the Federal Government.\n"
     "ISIS-Somalia, led by Abdulqadir Mumin, is based in the Cal Miskaad mountains of Puntland, where "
     "al-Sudani ran the group's al-Karrar regional office.\n"
     "The government also said its forces had killed dozens of al-Shabaab fighters in the Hiiraan region "
     "this week, without naming any commander.",
     [("ASSASSINATED_BY", BSUDANI, USA, "US special operations forces killed Bilal al-Sudani", "2023-01-25"),
      ("ASSASSINATED_BY", BSUDANI, BIDEN, "on the orders of President Joe Biden", "2023-01-25"),
      ("MEMBER_OF", BSUDANI, IS, "a senior Islamic State leader"),
      ("LEADS", AUSTIN, DOD, "US Defence Secretary Lloyd Austin"),
      ("LEADS", BIDEN, USA, "President Joe Biden"),
      ("MET_WITH", ANDRE, HSM, "met President Hassan Sheikh Mohamud at Villa Somalia", "2023-01-27"),
      ("MET_WITH", MAHADSALAD, ANDRE, "in the presence of the Director of the National Intelligence", "2023-01-27"),
      ("MET_WITH", MAHADSALAD, HSM, "in the presence of the Director of the National Intelligence", "2023-01-27"),
      ("MEMBER_OF", ANDRE, USSTATE, "US Ambassador Larry Andre"),
      ("LEADS", MAHADSALAD, NISA, "Security Agency (NISA), Mahad Salad"),
      ("MEMBER_OF", AWEIS, SOMFGOV, "Information Minister Daud Aweis"),
      ("LEADS", MUMIN, ISSOM, "ISIS-Somalia, led by Abdulqadir Mumin"),
      ("LOCATED_IN", CALMISKAAD, PUNTLAND, "the Cal Miskaad mountains of Puntland"),
      ],
     {"source": "blind set (Mogadishu-based English-language Somali site)", "published": "2023-01-27"}),

    ("arJX4_kamil_idris_defence_interior", "ar",
     "السودان.. كامل إدريس يعين وزيرين للدفاع والداخلية\n"
     "دبي - العربية.نت: أصدر رئيس الوزراء السوداني كامل إدريس، الثلاثاء، قراراً بتعيين الفريق حسن داؤود "
     "كبرون وزيراً للدفاع خلفاً للفريق يس إبراهيم يس، والفريق شرطة بابكر سمرة مصطفى وزيراً للداخلية خلفاً "
     "للفريق خليل باشا سايرين.\n"
     "وأدى كبرون اليمين الدستورية في بورتسودان أمام رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان، "
     "بحضور رئيس الوزراء، وفق ما أفاد مراسل «العربية/الحدث».\n"
     "ويأتي التعيين في أولى خطوات تشكيل ما وصفه إدريس بـ«حكومة الأمل»، بعد أن أعلن حل الحكومة السابقة "
     "وتكليف الأمناء العامين بتسيير مهام الوزارات.\n"
     "في المقابل، قال مصدر في قوات الدعم السريع لـ«العربية» إن التحالف الذي تقوده سيعلن قريباً حكومة "
     "موازية في مناطق سيطرته، فيما لم يُحدد بعد موعد للقاء كان مقرراً بين إدريس ووفد من الاتحاد "
     "الأفريقي.\n"
     "ميدانياً، قُتل قائد ميداني في قوات الدعم السريع بضربة مسيّرة في شمال كردفان، بحسب مصادر محلية لم "
     "تحدد الجهة التي نفذتها.",
     [("SUCCESSOR_OF", KABROUN, YASSIN, "وزيراً للدفاع خلفاً للفريق يس", "2025-06"),
      ("SUCCESSOR_OF", SAMRA, SAIRIN, "وزيراً للداخلية خلفاً للفريق خليل", "2025-06"),
      ("LEADS", KABROUN, SUDDEF, "كبرون وزيراً للدفاع"),
      ("LEADS", SAMRA, SUDINT, "بابكر سمرة مصطفى وزيراً للداخلية"),
      ("LEADS", KAMIL, SUDGOV, "رئيس الوزراء السوداني كامل إدريس"),
      ("MET_WITH", KABROUN, BURHAN, "وأدى كبرون اليمين الدستورية في بورتسودان أمام", "2025-06"),
      ("MET_WITH", KAMIL, KABROUN, "بحضور رئيس الوزراء", "2025-06"),
      ("MET_WITH", KAMIL, BURHAN, "بحضور رئيس الوزراء", "2025-06"),
      ("LEADS", BURHAN, SOV, "رئيس مجلس السيادة الفريق أول"),
      ],
     {"source": "blind set (pan-Arab Saudi-owned TV news site, Arabic)", "published": "2025-06-24"}),

    ("arJX5_kikli_killed_brigade_444", "ar",
     "ليبيا.. مقتل «غنيوة» على يد اللواء 444 وحكومة الدبيبة تعلن السيطرة على أبوسليم\n"
     "دبي - العربية.نت: قُتل رئيس جهاز دعم الاستقرار في ليبيا عبد الغني الككلي، الشهير بـ«غنيوة»، مساء "
     "الاثنين، على يد عناصر من اللواء 444 قتال، داخل معسكر التكبالي جنوب العاصمة طرابلس، بحسب ما أفاد "
     "مراسل «العربية/الحدث».\n"
     "وأوضح المراسل أن الككلي استُدرج إلى اجتماع في مقر اللواء التابع لوزارة الدفاع بحكومة الوحدة الوطنية، "
     "والذي يقوده محمود حمزة، قبل أن يُقتل مع عدد من مرافقيه.\n"
     "وعقد رئيس الحكومة عبد الحميد الدبيبة، فجر الثلاثاء، اجتماعاً ضم وكيل وزارة الدفاع عبد السلام زوبي "
     "وآمر اللواء 444 محمود حمزة، لمتابعة سير العملية، وفق ما أعلن مكتبه الإعلامي.\n"
     "في المقابل، أعلن «جهاز الردع» بقيادة عبد الرؤوف كارة رفضه «أي عمليات خارج إطار القانون»، فيما دعت "
     "البعثة الأممية إلى وقف فوري للقتال.\n"
     "وتلقى الدبيبة اتصالاً هاتفياً من المبعوثة الأممية هانا تيتيه، شددت خلاله على ضرورة حماية المدنيين.",
     [("ASSASSINATED_BY", KIKLI, B444, "على يد عناصر من اللواء 444 قتال", "2025-05-12"),
      ("LEADS", KIKLI, SSA, "رئيس جهاز دعم الاستقرار في ليبيا"),
      ("LOCATED_IN", TAKBALI, TRIPOLI, "داخل معسكر التكبالي جنوب العاصمة طرابلس"),
      ("PART_OF", B444, LIBDEF, "في مقر اللواء التابع لوزارة الدفاع"),
      ("LEADS", HAMZA, B444, "والذي يقوده محمود حمزة"),
      ("LEADS", DBEIBAH, GNU, "رئيس الحكومة عبد الحميد الدبيبة"),
      ("MET_WITH", DBEIBAH, ZOUBI, "اجتماعاً ضم وكيل وزارة الدفاع", "2025-05-13"),
      ("MET_WITH", DBEIBAH, HAMZA, "اجتماعاً ضم وكيل وزارة الدفاع", "2025-05-13"),
      ("MET_WITH", ZOUBI, HAMZA, "اجتماعاً ضم وكيل وزارة الدفاع", "2025-05-13"),
      ("MEMBER_OF", ZOUBI, LIBDEF, "وكيل وزارة الدفاع عبد السلام"),
      ("LEADS", KARA, RADA, "بقيادة عبد الرؤوف كارة"),
      ("MEMBER_OF", TETTEH, UN, "المبعوثة الأممية هانا"),
      ],
     {"source": "blind set (pan-Arab Saudi-owned TV news site, Arabic)", "published": "2025-05-13"}),

    ("arJX6_erdogan_hsm_abiy_ankara", "ar",
     "أردوغان يجمع الرئيس الصومالي ورئيس وزراء إثيوبيا في أنقرة.. و«إعلان أنقرة» ينهي الخلاف\n"
     "دبي - العربية.نت: استضاف الرئيس التركي رجب طيب أردوغان، مساء الأربعاء في أنقرة، قمة ثلاثية جمعته "
     "بالرئيس الصومالي حسن شيخ ورئيس الوزراء الإثيوبي آبي أحمد علي، أسفرت عن توقيع «إعلان أنقرة» لإنهاء "
     "الخلاف بين البلدين حول مذكرة التفاهم التي وقعتها أديس أبابا مع إقليم أرض الصومال مطلع العام.\n"
     "وحضر القمة رئيس دائرة الاتصال في الرئاسة التركية فخر الدين ألتون، بحسب صور وزعتها الرئاسة.\n"
     "وقال أردوغان في مؤتمر صحافي مشترك إن الجانبين اتفقا على بدء مفاوضات فنية قبل نهاية فبراير المقبل "
     "برعاية تركية، تضمن لإثيوبيا منفذاً «موثوقاً» إلى البحر تحت سلطة الحكومة الصومالية.\n"
     "ولم تعلق سلطات أرض الصومال على الإعلان، فيما أجرى الرئيس الصومالي اتصالاً هاتفياً برئيس مفوضية "
     "الاتحاد الأفريقي لإطلاعه على نتائج القمة.\n"
     "وتأتي الخطوة في وقت تواصل فيه القوات الصومالية عملياتها ضد حركة الشباب، التي فقدت أحد مؤسسيها، "
     "عبدالله يري، في غارة أميركية قرب مدينة جلب في أكتوبر 2022.",
     [("MET_WITH", ERDOGAN, HSM, "قمة ثلاثية جمعته", "2024-12-11"),
      ("MET_WITH", ERDOGAN, ABIY, "قمة ثلاثية جمعته", "2024-12-11"),
      ("MET_WITH", HSM, ABIY, "قمة ثلاثية جمعته", "2024-12-11"),
      ("MET_WITH", ALTUN, ERDOGAN, "وحضر القمة رئيس دائرة الاتصال", "2024-12-11"),
      ("MET_WITH", ALTUN, HSM, "وحضر القمة رئيس دائرة الاتصال", "2024-12-11"),
      ("MET_WITH", ALTUN, ABIY, "وحضر القمة رئيس دائرة الاتصال", "2024-12-11"),
      ("VISITED", HSM, ANKARA, "مساء الأربعاء في أنقرة", "2024-12-11"),
      ("VISITED", ABIY, ANKARA, "مساء الأربعاء في أنقرة", "2024-12-11"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب أردوغان"),
      ("LEADS", HSM, SOMALIA, "بالرئيس الصومالي حسن شيخ"),
      ("LEADS", ABIY, ETHIOPIA, "ورئيس الوزراء الإثيوبي آبي أحمد علي"),
      ("MEMBER_OF", NADIR, SHABAAB, "التي فقدت أحد مؤسسيها"),
      ("ASSASSINATED_BY", NADIR, USA, "في غارة أميركية قرب مدينة جلب", "2022-10"),
      ("ATTACKED", USA, JILIB, "في غارة أميركية قرب مدينة جلب", "2022-10"),
      ],
     {"source": "blind set (pan-Arab Saudi-owned TV news site, Arabic)", "published": "2024-12-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJX")
