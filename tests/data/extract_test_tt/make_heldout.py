"""Blind set TT: Iran's nuclear file 2013-2022 (second folder of TS-TT): Hassan Rouhani's new nuclear team
(Ali Shamkhani after Saeed Jalili at the Supreme National Security Council, the file handed to Mohammad Javad
Zarif's foreign ministry, Salehi back at the Atomic Energy Organization, September 2013), the Geneva interim
deal with John Kerry and Catherine Ashton (November 2013), the Vienna extension of November 2014, Rafael
Grossi's first visit to Tehran (August 2020), Grossi's talks with Mohammad Eslami after Eslami replaced
Salehi (September 2021), and the indirect Vienna talks of August 2022 between Ali Bagheri Kani, Enrique Mora
and Robert Malley, as a Washington news site writes it in English (Al-Monitor-like: "Al-Monitor"), a
London-based Arab daily in Arabic (Asharq al-Awsat-like: "جنيف: «الشرق الأوسط»"), a British wire in English
(Reuters-like: "VIENNA, Nov 24 (Reuters) -"), Iran's state agency in Arabic (IRNA Arabic-like: "طهران -
إرنا -"), a US wire in English (AP-like: "TEHRAN, Iran (AP) —") and the London daily again ("فيينا - لندن").
Pieces: Shamkhani replaces Jalili, Zarif Jalili's successor as negotiator and Salehi's at the foreign
ministry, Salehi takes the AEOI back from Abbasi-Davani; Jalili met Ashton in Almaty (English, TT1); Kerry and
Zarif meet with Ashton present; Araghchi drafts with Sherman and Schmid (Arabic, TT2); Kerry meets Zarif in
Vienna, Saud al-Faisal in Paris; Fabius and Lavrov meet Zarif; Mogherini after Ashton (English, TT3); Salehi
receives Grossi with Gharibabadi present, Grossi meets Zarif, Grossi Amano's successor; Amano received by
Rouhani in 2015 (Arabic, TT4); Grossi meets Eslami, Eslami Salehi's successor, Amir-Abdollahian Zarif's
(English, TT5); Bagheri Kani meets Mora, Mora meets Malley, Bagheri Kani meets Ulyanov, Bagheri Kani
Araghchi's successor; Mora met Amir-Abdollahian in Tehran in May (Arabic, TT6).
Excluded on purpose (no relation): Zarif's planned meeting with Ashton in New York (TT1); Netanyahu's
planned sending of Yossi Cohen to Washington, Khamenei's letter to Rouhani (TT2); Kerry's phone call to
Netanyahu, the planned December round (TT3); the meeting with Rouhani that was not on the programme (TT4);
Grossi who did not meet Raisi or Amir-Abdollahian, Bagheri Kani "would be named" to replace Araghchi
(reported, not done) (TT5); the direct Iranian-US meeting that did not take place, the Iranian denial of a
Bagheri Kani-Malley meeting, Lapid's warning (TT6).
Judgement calls: "replacing" is a succession; "a role that makes [Zarif] Jalili's successor as chief
negotiator" is a succession in a role; "taking the post back from" Abbasi-Davani is a succession, and "whom
he had handed it to in 2011" gives the earlier succession Abbasi-Davani -> Salehi (TT1); "بحضور" Ashton:
paired with both ministers; "التقى ... شيرمان وهيلغا شميت" for three days of drafting: a meeting of the three
(TT2); "held more than a dozen meetings with" is a meeting; Ashton "handed her post to" Mogherini is a
succession (TT3); "الذي حضره" Gharibabadi: paired with host and guest; "خلفاً للراحل" is a succession (TT4);
"appointed ... to replace" and "took over from" are successions (TT5); "ثم انتقل مورا ... حيث التقى" gives
Mora-Malley only, never Bagheri Kani-Malley; "تولّى ملف المفاوضات ... خلفاً لـ" is a succession in the role
of chief negotiator (TT6); the secretary of the Supreme National Security Council is not annotated as LEADS
(the president chairs the council); a president LEADS the country, a prime minister LEADS the country, the
head of the AEOI LEADS it, the Director General of the IAEA LEADS it.
Filled in for the exercise: the weekday of Shamkhani's appointment and Araghchi's words (TT1); the length of
the Kerry-Zarif meeting and Ashton's presence, the three days of drafting (TT2); the number of Kerry's
meetings, Fabius's and Lavrov's meetings with Zarif (TT3); Gharibabadi's presence, Rabiei's statement
(TT4); the hour of Grossi's arrival (TT5); the hotels, Ulyanov's meeting, Mora's meeting with
Amir-Abdollahian (TT6).
Spellings: "Ali Shamkhani", "Mohammad Javad Zarif", "Fereydoun Abbasi-Davani" (TT1); «جون كيري»، «محمد
جواد ظريف»، «كاثرين آشتون»، «عباس عراقجي» (TT2); "Federica Mogherini", "Prince Saud al-Faisal", "Sergei
Lavrov" (TT3); «رافائيل ماريانو غروسي»، «كاظم غريب آبادي»، «يوكيا أمانو» (TT4); "Rafael Grossi", "Mohammad
Eslami", "Hossein Amir-Abdollahian" (TT5); «علي باقري كني»، «إنريكي مورا»، «روبرت مالي»، «ميخائيل أوليانوف»
(TT6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tt import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, TEHRAN = "country:iran", "country:israel", "location:tehran"
AEOI, IAEA = "organization:atomic-energy-organization-of-iran", "organization:iaea"
ROUHANI, RAISI, SALEHI, ABBASI, ESLAMI, JALILI, SHAMKHANI = (
    "person:hassan-rouhani", "person:ebrahim-raisi", "person:ali-akbar-salehi", "person:fereydoun-abbasi",
    "person:mohammad-eslami", "person:saeed-jalili", "person:ali-shamkhani")
ZARIF, ABDOLLAHIAN, ARAGHCHI, BAGHERI, GHARIBABADI = (
    "person:mohammad-javad-zarif", "person:hossein-amir-abdollahian", "person:abbas-araghchi",
    "person:ali-bagheri-kani", "person:kazem-gharibabadi")
AMANO, GROSSI, ASHTON, MOGHERINI, SCHMID, MORA = (
    "person:yukiya-amano", "person:rafael-grossi", "person:catherine-ashton", "person:federica-mogherini",
    "person:helga-schmid", "person:enrique-mora")
KERRY, SHERMAN, MALLEY, LAVROV, ULYANOV, FABIUS, SAUD, NETANYAHU, LAPID = (
    "person:john-kerry", "person:wendy-sherman", "person:robert-malley", "person:sergei-lavrov",
    "person:mikhail-ulyanov", "person:laurent-fabius", "person:saud-al-faisal", "person:benjamin-netanyahu",
    "person:yair-lapid")

MONITOR = "blind set (Washington-based Middle East news site, English, Al-Monitor-like)"
ASHARQ = "blind set (London-based Arab daily, Arabic, Asharq al-Awsat-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
IRNA_AR = "blind set (Iranian state news agency, Arabic service, IRNA-like)"
AP = "blind set (US news wire, English, AP-like)"

ARTICLES = [
    ("enTT1_shamkhani_replaces_jalili_monitor", "en",
     "Rouhani hands nuclear file to Zarif as Shamkhani takes over from Jalili\n"
     "Al-Monitor, September 10, 2013\n"
     "Iranian President Hassan Rouhani on Tuesday appointed Ali Shamkhani, a former defense minister and "
     "Revolutionary Guards commander, as secretary of the Supreme National Security Council, replacing Saeed "
     "Jalili, who had led nuclear negotiations for six years under Mahmoud Ahmadinejad.\n"
     "Rouhani had already announced that the talks with the P5+1 would now be run by the Foreign Ministry "
     "rather than the council, a role that makes Foreign Minister Mohammad Javad Zarif Jalili's successor as "
     "chief negotiator. Jalili's last encounter with the powers was in Almaty in April, where he met EU foreign "
     "policy chief Catherine Ashton for two days of inconclusive talks.\n"
     "Zarif, a US-educated former ambassador to the United Nations, was confirmed by parliament on Aug. 15 to "
     "succeed Ali Akbar Salehi at the Foreign Ministry. Salehi in turn returned to the Atomic Energy "
     "Organization of Iran, taking the post back from Fereydoun Abbasi-Davani, the survivor of a 2010 "
     "assassination attempt whom he had handed it to in 2011.\n"
     "Zarif is expected to meet Ashton on the sidelines of the UN General Assembly in New York later this "
     "month, his new deputy, Abbas Araghchi, told reporters.",
     [("SUCCESSOR_OF", SHAMKHANI, JALILI, "replacing Saeed Jalili", "2013-09-10"),
      ("LEADS", ROUHANI, IRAN, "Iranian President Hassan Rouhani"),
      ("SUCCESSOR_OF", ZARIF, JALILI, "Jalili's successor as chief negotiator", "2013-09"),
      ("MET_WITH", JALILI, ASHTON, "where he met EU foreign policy chief", "2013-04"),
      ("SUCCESSOR_OF", ZARIF, SALEHI, "succeed Ali Akbar Salehi at the Foreign Ministry", "2013-08-15"),
      ("SUCCESSOR_OF", SALEHI, ABBASI, "taking the post back from Fereydoun Abbasi-Davani", "2013-08"),
      ("SUCCESSOR_OF", ABBASI, SALEHI, "whom he had handed it to in 2011", "2011"),
      ],
     {"source": MONITOR, "published": "2013-09-10"}),

    ("arTT2_geneva_interim_deal_asharq", "ar",
     "اتفاق جنيف المرحلي: إيران تجمّد جزءاً من برنامجها النووي مقابل تخفيف محدود للعقوبات\n"
     "جنيف: «الشرق الأوسط»\n"
     "توصلت إيران ومجموعة 5+1 فجر أمس الأحد في جنيف إلى اتفاق مرحلي مدته ستة أشهر، تعهدت طهران بموجبه بوقف "
     "تخصيب اليورانيوم فوق نسبة خمسة في المائة مقابل تخفيف محدود للعقوبات الغربية.\n"
     "وجاء الإعلان بعد أربعة أيام من المفاوضات الماراثونية انضم إليها وزراء خارجية الدول الست يوم السبت. "
     "وعقد وزير الخارجية الأميركي جون كيري ونظيره الإيراني محمد جواد ظريف اجتماعاً ثنائياً استمر ساعتين قبل "
     "منتصف الليل، بحضور مسؤولة السياسة الخارجية في الاتحاد الأوروبي كاثرين آشتون، التي قادت المفاوضات باسم "
     "المجموعة.\n"
     "وكان نائب وزير الخارجية الإيراني عباس عراقجي قد التقى، طوال الأيام الثلاثة الأولى، وكيلة وزارة الخارجية "
     "الأميركية ويندي شيرمان وهيلغا شميت، مساعدة آشتون، لصياغة النص.\n"
     "وفي القدس، وصف رئيس الوزراء الإسرائيلي بنيامين نتنياهو الاتفاق بأنه \"خطأ تاريخي\"، وأعلن أنه سيوفد "
     "مستشار الأمن القومي يوسي كوهين إلى واشنطن لبحث الاتفاق النهائي.\n"
     "أما في طهران، فقد أشاد المرشد علي خامنئي بالاتفاق في رسالة بعث بها إلى الرئيس حسن روحاني.",
     met_group({KERRY: "وعقد وزير الخارجية الأميركي جون كيري", ZARIF: "ونظيره الإيراني محمد جواد ظريف",
                ASHTON: "بحضور مسؤولة السياسة الخارجية"}, "2013-11-23")
     + met_group({ARAGHCHI: "نائب وزير الخارجية الإيراني عباس عراقجي", SHERMAN: "الأميركية ويندي شيرمان",
                  SCHMID: "وهيلغا شميت، مساعدة آشتون"}, "2013-11")
     + [("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء الإسرائيلي بنيامين نتنياهو"),
        ("LEADS", ROUHANI, IRAN, "الرئيس حسن روحاني"),
        ],
     {"source": ASHARQ, "published": "2013-11-25"}),

    ("enTT3_vienna_extension_reuters", "en",
     "Iran, powers extend nuclear talks to June after missing deadline\n"
     "VIENNA, Nov 24 (Reuters) - Iran and six world powers failed for a second time to meet a self-imposed "
     "deadline for a long-term nuclear deal on Monday and gave themselves seven more months, until June 30, to "
     "reach an agreement.\n"
     "U.S. Secretary of State John Kerry, who held more than a dozen meetings with Iranian Foreign Minister "
     "Mohammad Javad Zarif over six days in the Austrian capital, told reporters \"real and substantial "
     "progress\" had been made.\n"
     "Before arriving in Vienna, Kerry met Saudi Foreign Minister Prince Saud al-Faisal in Paris to brief him "
     "on the talks. French Foreign Minister Laurent Fabius met Zarif for an hour after flying in on Sunday, as "
     "did Russia's Sergei Lavrov.\n"
     "Catherine Ashton, who handed her post as EU foreign policy chief to Italy's Federica Mogherini on Nov. 1 "
     "but stayed on as the powers' lead negotiator, announced the extension at a news conference.\n"
     "Israeli Prime Minister Benjamin Netanyahu said no deal was better than a bad deal. Kerry telephoned him "
     "on Monday to brief him, a State Department official said. Negotiators will meet again in December at a "
     "venue yet to be decided.",
     [("MET_WITH", KERRY, ZARIF, "who held more than a dozen meetings with", "2014-11"),
      ("MET_WITH", KERRY, SAUD, "Kerry met Saudi Foreign Minister Prince", "2014-11"),
      ("MET_WITH", FABIUS, ZARIF, "Laurent Fabius met Zarif", "2014-11-23"),
      ("MET_WITH", LAVROV, ZARIF, "as did Russia's Sergei Lavrov", "2014-11-23"),
      ("SUCCESSOR_OF", MOGHERINI, ASHTON, "to Italy's Federica Mogherini", "2014-11-01"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin Netanyahu"),
      ],
     {"source": REUTERS, "published": "2014-11-24"}),
]

ARTICLES += [
    ("arTT4_salehi_receives_grossi_irna", "ar",
     "صالحي يستقبل غروسي في طهران: التعاون مع الوكالة مرهون بعدم تسييس عملها\n"
     "طهران - إرنا - استقبل مساعد رئيس الجمهورية ورئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي صباح "
     "اليوم الثلاثاء المدير العام للوكالة الدولية للطاقة الذرية رافائيل ماريانو غروسي، الذي وصل إلى طهران مساء "
     "أمس في أول زيارة له منذ تولّيه منصبه في كانون الأول 2019 خلفاً للراحل يوكيا أمانو.\n"
     "وجرى خلال اللقاء، الذي حضره مندوب إيران الدائم لدى المنظمات الدولية في فيينا كاظم غريب آبادي، بحث "
     "سبل التعاون بين الجانبين وحل القضايا العالقة بعيداً عن الضغوط السياسية.\n"
     "والتقى غروسي في وقت لاحق وزير الخارجية محمد جواد ظريف، الذي أكد أن \"إيران ستواصل تعاونها مع الوكالة "
     "ما دامت تحافظ على حيادها\".\n"
     "ولم يُدرج في برنامج الزيارة لقاء مع الرئيس حسن روحاني، بحسب المتحدث باسم الحكومة علي ربيعي.\n"
     "وكان أمانو قد زار طهران آخر مرة في أيلول 2015، حيث استقبله الرئيس روحاني بعد شهرين من التوصل إلى "
     "الاتفاق النووي في فيينا.",
     met_group({SALEHI: "ورئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي", GROSSI: "رافائيل ماريانو غروسي",
                GHARIBABADI: "الذي حضره مندوب إيران الدائم"}, "2020-08-25")
     + [("SUCCESSOR_OF", GROSSI, AMANO, "خلفاً للراحل يوكيا أمانو", "2019-12"),
        ("MET_WITH", GROSSI, ZARIF, "والتقى غروسي في وقت لاحق", "2020-08-25"),
        ("MET_WITH", AMANO, ROUHANI, "حيث استقبله الرئيس روحاني", "2015-09"),
        ("LEADS", SALEHI, AEOI, "ورئيس منظمة الطاقة الذرية الإيرانية علي"),
        ("LEADS", GROSSI, IAEA, "المدير العام للوكالة الدولية للطاقة الذرية رافائيل"),
        ("LEADS", ROUHANI, IRAN, "الرئيس حسن روحاني"),
        ("VISITED", GROSSI, TEHRAN, "الذي وصل إلى طهران"),
        ],
     {"source": IRNA_AR, "published": "2020-08-25"}),

    ("enTT5_grossi_meets_eslami_ap", "en",
     "UN nuclear chief strikes last-minute deal in Tehran with Iran's new atomic head\n"
     "TEHRAN, Iran (AP) — The head of the U.N. nuclear watchdog reached a deal Sunday with Iran's new nuclear "
     "chief to let inspectors service surveillance cameras at the country's atomic sites, averting a showdown "
     "at the agency's board meeting this week.\n"
     "Rafael Grossi met Mohammad Eslami, appointed by hard-line President Ebrahim Raisi last month to replace "
     "Ali Akbar Salehi as head of the Atomic Energy Organization of Iran, hours after landing in Tehran late "
     "Saturday.\n"
     "Grossi did not meet Raisi or the new foreign minister, Hossein Amir-Abdollahian, who took over from "
     "Mohammad Javad Zarif in August.\n"
     "Eslami, a civil engineer who served as roads minister under President Hassan Rouhani, has no nuclear "
     "background.\n"
     "Talks in Vienna on restoring the 2015 accord have been stalled since June. Iranian media reported that "
     "Ali Bagheri Kani, a hard-liner who served as Saeed Jalili's deputy, would be named deputy foreign minister "
     "for political affairs, replacing Abbas Araghchi, who led Iran's delegation in six rounds of talks.",
     [("MET_WITH", GROSSI, ESLAMI, "Rafael Grossi met Mohammad Eslami", "2021-09-12"),
      ("SUCCESSOR_OF", ESLAMI, SALEHI, "to replace Ali Akbar Salehi as head", "2021-08-29"),
      ("LEADS", ESLAMI, AEOI, "Salehi as head of the Atomic Energy Organization of Iran"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raisi last month"),
      ("SUCCESSOR_OF", ABDOLLAHIAN, ZARIF, "who took over from", "2021-08-25"),
      ("LEADS", ROUHANI, IRAN, "President Hassan Rouhani"),
      ("VISITED", GROSSI, TEHRAN, "hours after landing in Tehran"),
      ],
     {"source": AP, "published": "2021-09-12"}),

    ("arTT6_vienna_mora_bagheri_malley_asharq", "ar",
     "مفاوضات فيينا: مورا يتنقل بين باقري كني ومالي.. ولا لقاء مباشراً\n"
     "فيينا - لندن: «الشرق الأوسط»\n"
     "عقد كبير المفاوضين الإيرانيين علي باقري كني، أمس الجمعة، جولة جديدة من المشاورات مع منسق الاتحاد "
     "الأوروبي إنريكي مورا في فندق «قصر كوبورغ» بفيينا، ثم انتقل مورا إلى فندق «ماريوت» حيث التقى المبعوث "
     "الأميركي الخاص لإيران روبرت مالي، وفق الصيغة غير المباشرة المعتمدة منذ نيسان 2021.\n"
     "وقال مصدر إيراني إن الوفد الإيراني \"لن يلتقي الوفد الأميركي مباشرة\"، نافياً تقارير عن لقاء جمع باقري "
     "كني بمالي على هامش المحادثات. كما التقى باقري كني المندوب الروسي ميخائيل أوليانوف.\n"
     "وكان باقري كني قد تولّى ملف المفاوضات في أيلول الماضي خلفاً لعباس عراقجي، الذي قاد الوفد الإيراني في "
     "الجولات الست الأولى.\n"
     "وكان مورا قد زار طهران في أيار الماضي، حيث التقى باقري كني، ثم وزير الخارجية حسين أمير عبد اللهيان، في "
     "زيارة أعادت إحياء المحادثات بعد تعثرها في آذار.\n"
     "وفي تل أبيب، حذّر رئيس الوزراء الإسرائيلي يائير لابيد من أن إسرائيل \"غير ملزمة\" بأي اتفاق.",
     [("MET_WITH", BAGHERI, MORA, "منسق الاتحاد الأوروبي إنريكي مورا", "2022-08-05"),
      ("MET_WITH", MORA, MALLEY, "الأميركي الخاص لإيران روبرت مالي", "2022-08-05"),
      ("MET_WITH", BAGHERI, ULYANOV, "المندوب الروسي ميخائيل أوليانوف", "2022-08"),
      ("SUCCESSOR_OF", BAGHERI, ARAGHCHI, "تولّى ملف المفاوضات في أيلول الماضي خلفاً", "2021-09"),
      ("MET_WITH", MORA, ABDOLLAHIAN, "ثم وزير الخارجية حسين أمير عبد اللهيان", "2022-05"),
      ("VISITED", MORA, TEHRAN, "وكان مورا قد زار طهران"),
      ("LEADS", LAPID, ISRAEL, "رئيس الوزراء الإسرائيلي يائير لابيد"),
      ],
     {"source": ASHARQ, "published": "2022-08-06"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTT")
