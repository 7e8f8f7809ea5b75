"""Blind set DG: the Baghdad airport strike and its first year, 2020-2021: Trump meeting Iraqi
President Saleh at Davos after ordering the strike, the caretaker premier absent (AP-style, Jan
2020); Qaani's first, discreet Baghdad visit during the Zurfi nomination, meeting Amiri, Fayyadh,
Khazali and al-Bahili but neither Zurfi nor Abdul-Mahdi (Asharq Al-Awsat-style Arabic, Apr 2020);
the death of Quds Force deputy Hejazi, who had replaced Ghaani, and Fallahzadeh named in his place
(AFP-style, Apr 2021); Abu Fadak named PMF chief of staff in al-Muhandis's place, with a
delegation received and a phone call (Al-Quds Al-Arabi-style Arabic, Feb 2020); Kazemi in
Tehran with Rouhani and Khamenei, Zarif's Baghdad stop before, no meeting with Qaani
(Reuters-style, Jul 2020); the Baghdad arrest warrant for Trump, the strike he said he ordered,
and Raisi receiving Faiq Zaidan (AFP-style Arabic, Jan 2021).
Style: en/ar alternating; titles before names; "was received by", "welcomed at the airport";
lists of hosts; phone calls; "did not meet"; an accusation and warrant that are not a verdict; a
death by illness with a poisoning rumour denied. Spellings: Suleimani / Solaimani / Soleimani,
Mohandes / Muhandis, Saleh / Salih, Ghaani, Kazemi.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dg/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_di import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, IRAQ = "country:united-states", "country:iran", "country:iraq"
QAA, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
TRU, SAL, AAM, POM = ("person:donald-trump", "person:barham-salih", "person:adil-abdul-mahdi",
                      "person:mike-pompeo")
SCH, WEF = "person:klaus-schwab", "organization:world-economic-forum"
AMI, FAY, KHZ, BAH, KAW, ZUR = ("person:hadi-al-amiri", "person:falih-al-fayyadh", "person:qais-al-khazali",
                                "person:abu-iman-al-bahili", "person:mohammad-kawtharani",
                                "person:adnan-al-zurfi")
HEJ, FAL, KHA, SHA, DEH = ("person:mohammad-hejazi", "person:mohammad-reza-fallahzadeh",
                           "person:ali-khamenei", "person:ramezan-sharif", "person:hossein-dehghan")
FDK, ZAI, WAL = "person:abdul-aziz-al-muhammadawi", "person:maytham-al-zaidi", "person:abu-alaa-al-walai"
KAD, ROU, ZAR, JAH, ALW, SLM = ("person:mustafa-al-kadhimi", "person:hassan-rouhani",
                                "person:mohammad-javad-zarif", "person:eshaq-jahangiri", "person:ali-allawi",
                                "person:salman-bin-abdulaziz")
JAB, RAI, ZAD, ALQ = ("person:mohammed-ridha-al-jabri", "person:ebrahim-raisi", "person:faiq-zaidan",
                      "person:ali-alqasimehr")
QF, IRGC, PMF = "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces"
BGD, TEH = "location:baghdad", "location:tehran"

ARTICLES = [
    ("enDG1_trump_saleh_davos", "en",
     "DAVOS, Switzerland (AP) - President Donald Trump met Iraqi President Barham Saleh on the "
     "sidelines of the World Economic Forum on Wednesday, their first face-to-face talks since a "
     "U.S. drone strike in Baghdad killed Iran's top general, Qassem Suleimani, earlier this month.\n"
     "The two leaders discussed the future of some 5,200 American troops in Iraq, the White House "
     "said. Saleh's office said he stressed Iraq's sovereignty and the need to spare the country a "
     "regional war. Trump told reporters the relationship was \"very good\" but said Washington "
     "would not leave \"in a way that's unfair to us.\"\n"
     "Saleh, who arrived in Davos on Tuesday, was received by forum founder Klaus Schwab before the "
     "opening session. Caretaker Prime Minister Adel Abdul-Mahdi, who has asked Washington to send "
     "a delegation to arrange a withdrawal, did not travel to Switzerland; he spoke by phone with "
     "Secretary of State Mike Pompeo this month.\n"
     "The strike near Baghdad airport on Jan. 3, which Trump said he ordered personally, also killed "
     "Abu Mahdi al-Mohandes, the deputy head of Iraq's Popular Mobilization Forces. Iraqi lawmakers "
     "voted two days later to demand the expulsion of foreign troops.",
     [("MET_WITH", TRU, SAL, "President Donald Trump met Iraqi President", "2020-01-22"),
      ("LEADS", TRU, US, "President Donald Trump met"),
      ("LEADS", SAL, IRAQ, "Iraqi President Barham Saleh"),
      ("ASSASSINATED_BY", SOL, US, "drone strike in Baghdad killed Iran's top general"),
      ("VISITED", SAL, "location:davos", "who arrived in Davos on Tuesday", "2020-01-21"),
      ("MET_WITH", SAL, SCH, "was received by forum founder Klaus Schwab", "2020-01-21"),
      ("LEADS", SCH, WEF, "forum founder Klaus Schwab"),
      ("LEADS", AAM, IRAQ, "Caretaker Prime Minister Adel Abdul-Mahdi"),
      ("LEADS", POM, "organization:us-state-department", "Secretary of State Mike Pompeo"),
      ("ASSASSINATED_BY", SOL, TRU, "which Trump said he ordered personally"),
      ("ASSASSINATED_BY", MUH, US, "also killed Abu Mahdi"),
      ("ASSASSINATED_BY", MUH, TRU, "al-Mohandes, the deputy head"),
      ("MEMBER_OF", MUH, PMF, "the deputy head of Iraq's Popular Mobilization Forces"),
      ],
     {"source": "blind set (AP-style)", "published": "2020-01-22"}),

    ("arDG2_qaani_first_baghdad_visit", "ar",
     "بغداد - «الشرق الأوسط»: وصل قائد «فيلق القدس» في الحرس الثوري الإيراني إسماعيل قاآني إلى "
     "بغداد مساء الاثنين، في أول زيارة له منذ توليه المنصب خلفاً لقاسم سليماني، الذي قُتل مطلع "
     "يناير (كانون الثاني) بغارة أميركية قرب مطار بغداد.\n"
     "وقالت مصادر سياسية مطلعة إن قاآني التقى رئيس تحالف الفتح هادي العامري ورئيس هيئة الحشد "
     "الشعبي فالح الفياض، واجتمع في اليوم التالي بالأمين العام لعصائب أهل الحق قيس الخزعلي ومدير "
     "استخبارات الحشد أبو إيمان الباهلي. وأضافت أن الجنرال الإيراني سعى إلى توحيد موقف القوى "
     "الشيعية الرافضة لتكليف عدنان الزرفي تشكيل الحكومة، لكنه لم يلتق الزرفي نفسه، ولم يزر مكتب "
     "رئيس الوزراء المستقيل عادل عبد المهدي.\n"
     "وبحسب المصادر، دخل قاآني العراق بجواز سفر دبلوماسي ومن دون مراسم استقبال، وبحث أيضاً مع "
     "مسؤول الملف العراقي في حزب الله اللبناني محمد كوثراني آليات التنسيق بين الفصائل.\n"
     "وتأتي الزيارة في وقت يطالب فيه البرلمان العراقي بإخراج القوات الأجنبية، بعد التصويت الذي "
     "جرى إثر مقتل سليماني ونائب رئيس هيئة الحشد أبو مهدي المهندس.",
     [("LEADS", QAA, QF, "وصل قائد «فيلق القدس»"),
      ("PART_OF", QF, IRGC, "«فيلق القدس» في الحرس الثوري الإيراني"),
      ("VISITED", QAA, BGD, "إسماعيل قاآني إلى بغداد", "2020-03-30"),
      ("SUCCESSOR_OF", QAA, SOL, "خلفاً لقاسم سليماني"),
      ("ASSASSINATED_BY", SOL, US, "بغارة أميركية قرب مطار بغداد"),
      ("MET_WITH", QAA, AMI, "إن قاآني التقى رئيس تحالف الفتح"),
      ("LEADS", AMI, "organization:fatah-alliance", "رئيس تحالف الفتح هادي العامري"),
      ("MET_WITH", QAA, FAY, "ورئيس هيئة الحشد الشعبي فالح"),
      ("LEADS", FAY, PMF, "الشعبي فالح الفياض"),
      ("MET_WITH", QAA, KHZ, "واجتمع في اليوم التالي بالأمين العام"),
      ("LEADS", KHZ, "organization:asaib-ahl-al-haq", "لعصائب أهل الحق قيس الخزعلي"),
      ("MET_WITH", QAA, BAH, "استخبارات الحشد أبو إيمان الباهلي"),
      ("MEMBER_OF", BAH, PMF, "ومدير استخبارات الحشد"),
      ("LEADS", AAM, IRAQ, "رئيس الوزراء المستقيل عادل عبد المهدي"),
      ("MET_WITH", QAA, KAW, "وبحث أيضاً مع"),
      ("MEMBER_OF", KAW, "organization:hezbollah", "في حزب الله اللبناني محمد كوثراني"),
      ("MEMBER_OF", MUH, PMF, "ونائب رئيس هيئة الحشد أبو مهدي المهندس"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2020-03-31"}),

    ("enDG3_hejazi_dies_fallahzadeh_named", "en",
     "TEHRAN, April 20 (AFP) - The deputy commander of the Quds Force, the foreign operations arm of "
     "Iran's Revolutionary Guards, has been replaced two days after Brigadier General Mohammad Hejazi "
     "died of a heart condition at the age of 65, state media reported Tuesday.\n"
     "Quds Force chief Esmaeil Ghaani appointed Brigadier General Mohammad Reza Fallahzadeh as his "
     "new deputy in Hejazi's place, the Tasnim news agency said. Fallahzadeh, a veteran of the "
     "Syrian war, had been deputy coordinator of the Guards' ground forces.\n"
     "Supreme leader Ayatollah Ali Khamenei named Hejazi to the post in January 2020, days after a "
     "U.S. drone strike at Baghdad airport killed the force's commander Qasem Solaimani. Hejazi "
     "replaced Ghaani, who had moved up to take Solaimani's place.\n"
     "The Guards dismissed social media claims that Hejazi had been poisoned, and spokesman Ramezan "
     "Sharif called an Israeli television report suggesting Israeli involvement \"psychological "
     "warfare.\"\n"
     "Ghaani and Hossein Dehghan, the supreme leader's military adviser, attended Monday's funeral "
     "in Isfahan, where Hejazi was buried.",
     [("MEMBER_OF", HEJ, QF, "died of a heart condition"),
      ("PART_OF", QF, IRGC, "the foreign operations arm of Iran's"),
      ("LEADS", QAA, QF, "Quds Force chief Esmaeil Ghaani"),
      ("SUCCESSOR_OF", FAL, HEJ, "new deputy in Hejazi's place"),
      ("MEMBER_OF", FAL, QF, "Mohammad Reza Fallahzadeh as his"),
      ("MEMBER_OF", FAL, "organization:irgc-ground-forces", "deputy coordinator of the Guards' ground forces"),
      ("LEADS", KHA, IRAN, "Supreme leader Ayatollah Ali Khamenei"),
      ("ASSASSINATED_BY", SOL, US, "drone strike at Baghdad airport killed"),
      ("LEADS", SOL, QF, "the force's commander Qasem Solaimani"),
      ("SUCCESSOR_OF", HEJ, QAA, "replaced Ghaani"),
      ("SUCCESSOR_OF", QAA, SOL, "to take Solaimani's place"),
      ("MEMBER_OF", SHA, IRGC, "spokesman Ramezan"),
      ],
     {"source": "blind set (AFP-style)", "published": "2021-04-20"}),

    ("arDG4_abu_fadak_replaces_muhandis", "ar",
     "بغداد - «القدس العربي»: أعلنت كتائب حزب الله العراقية، الخميس، أن هيئة الحشد الشعبي اختارت "
     "القيادي أبو فدك المحمداوي رئيساً لأركان الحشد، خلفاً لأبي مهدي المهندس الذي قتلته الولايات "
     "المتحدة بضربة جوية قرب مطار بغداد الدولي في الثالث من كانون الثاني/يناير الماضي.\n"
     "لكن ألوية مرتبطة بالعتبات المقدسة في كربلاء والنجف، بينها فرقة العباس القتالية، رفضت "
     "التعيين، وقال قائد الفرقة ميثم الزيدي إن «المنصب لا يُمنح بقرار من فصيل واحد». ولم يصدر عن "
     "رئيس الهيئة فالح الفياض أي تأكيد رسمي حتى مساء الخميس.\n"
     "وأفاد مصدر في الحشد بأن المحمداوي، واسمه الصريح عبد العزيز المحمداوي، استقبل في مكتبه "
     "ببغداد وفداً من قادة الفصائل يتقدمه الأمين العام لكتائب سيد الشهداء أبو آلاء الولائي، في حين "
     "اكتفى زعيم عصائب أهل الحق قيس الخزعلي باتصال هاتفي للتهنئة.\n"
     "ويُعد المحمداوي من القادة المؤسسين لكتائب حزب الله، وعمل لسنوات إلى جانب المهندس وقائد "
     "فيلق القدس الراحل قاسم سليماني.",
     [("SUCCESSOR_OF", FDK, MUH, "خلفاً لأبي مهدي المهندس"),
      ("MEMBER_OF", FDK, PMF, "رئيساً لأركان الحشد"),
      ("ASSASSINATED_BY", MUH, US, "الذي قتلته الولايات"),
      ("LEADS", ZAI, "organization:abbas-combat-division", "قائد الفرقة ميثم الزيدي"),
      ("LEADS", FAY, PMF, "رئيس الهيئة فالح الفياض"),
      ("MET_WITH", FDK, WAL, "استقبل في مكتبه"),
      ("LEADS", WAL, "organization:kataib-sayyid-al-shuhada", "لكتائب سيد الشهداء أبو آلاء"),
      ("LEADS", KHZ, "organization:asaib-ahl-al-haq", "زعيم عصائب أهل الحق قيس"),
      ("MEMBER_OF", FDK, "organization:kataib-hezbollah", "من القادة المؤسسين لكتائب حزب الله"),
      ("LEADS", SOL, QF, "فيلق القدس الراحل قاسم"),
      ],
     {"source": "blind set (Al-Quds Al-Arabi-style)", "published": "2020-02-20"}),

    ("enDG5_kazemi_in_tehran", "en",
     "TEHRAN (Reuters) - Iraqi Prime Minister Mustafa al-Kazemi held talks with Iranian President "
     "Hassan Rouhani in Tehran on Tuesday on his first foreign trip since taking office in May, a "
     "tour that was to have started in Riyadh until Saudi King Salman was taken to hospital.\n"
     "Kazemi, who was welcomed at Mehrabad airport by First Vice President Eshaq Jahangiri, was "
     "later received by Supreme Leader Ayatollah Ali Khamenei. Khamenei told him Iran would not "
     "interfere in Iraq's relations with Washington, his website said. Finance Minister Ali Allawi "
     "was part of the Iraqi delegation.\n"
     "An Iraqi official said Kazemi did not meet Quds Force commander Esmail Qaani during the trip.\n"
     "The visit came two days after Iranian Foreign Minister Mohammad Javad Zarif travelled to "
     "Baghdad, where he met Kazemi and President Barham Salih and laid a wreath at the spot near the "
     "airport where Qasem Soleimani and Abu Mahdi al-Muhandis were killed in a U.S. drone strike in "
     "January. A planned stop in Erbil was called off.",
     [("LEADS", KAD, IRAQ, "Iraqi Prime Minister Mustafa al-Kazemi"),
      ("MET_WITH", KAD, ROU, "held talks with Iranian President", "2020-07-21"),
      ("LEADS", ROU, IRAN, "Iranian President Hassan Rouhani"),
      ("VISITED", KAD, TEH, "Hassan Rouhani in Tehran on Tuesday", "2020-07-21"),
      ("LEADS", SLM, "country:saudi-arabia", "Saudi King Salman"),
      ("MET_WITH", KAD, JAH, "was welcomed at Mehrabad airport", "2020-07-21"),
      ("MET_WITH", KAD, KHA, "later received by Supreme Leader", "2020-07-21"),
      ("LEADS", KHA, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("LEADS", QAA, QF, "Quds Force commander Esmail Qaani"),
      ("LEADS", ZAR, "organization:iranian-foreign-ministry", "Iranian Foreign Minister Mohammad Javad Zarif"),
      ("VISITED", ZAR, BGD, "travelled to Baghdad", "2020-07-19"),
      ("MET_WITH", ZAR, KAD, "where he met Kazemi", "2020-07-19"),
      ("MET_WITH", ZAR, SAL, "President Barham Salih", "2020-07-19"),
      ("LEADS", SAL, IRAQ, "President Barham Salih"),
      ("ASSASSINATED_BY", SOL, US, "where Qasem Soleimani and"),
      ("ASSASSINATED_BY", MUH, US, "were killed in a U.S. drone strike"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-07-21"}),

    ("arDG6_baghdad_warrant_for_trump", "ar",
     "بغداد (أ ف ب) - أصدرت محكمة تحقيق الرصافة في بغداد، الخميس، مذكرة توقيف بحق الرئيس الأميركي "
     "المنتهية ولايته دونالد ترامب في إطار التحقيق في مقتل نائب رئيس هيئة الحشد الشعبي أبو مهدي "
     "المهندس، وفق بيان لمجلس القضاء الأعلى.\n"
     "وقُتل المهندس وقائد فيلق القدس الإيراني قاسم سليماني في الثالث من كانون الثاني/يناير 2020 "
     "بضربة نفذتها طائرة مسيّرة أميركية قرب مطار بغداد، وقال ترامب آنذاك إنه أمر بها شخصياً. وقُتل "
     "في الضربة ذاتها مسؤول التشريفات في الحشد محمد رضا الجابري.\n"
     "وأوضح البيان أن المذكرة صدرت استناداً إلى المادة 406 من قانون العقوبات، بعد أن دوّن القاضي "
     "أقوال ذوي المهندس. ولم توجَّه إلى ترامب تهمة رسمية بعد، ولم يصدر أي حكم.\n"
     "وفي طهران، قال المدعي العام علي القاصي مهر إن إيران طلبت من الإنتربول إصدار «نشرة حمراء» "
     "بحق ترامب وعشرات المسؤولين الأميركيين. وكان رئيس السلطة القضائية الإيرانية إبراهيم رئيسي "
     "قد استقبل الشهر الماضي رئيس مجلس القضاء الأعلى العراقي فائق زيدان في طهران، وبحث معه "
     "متابعة القضية.",
     [("LEADS", TRU, US, "الرئيس الأميركي المنتهية ولايته دونالد ترامب"),
      ("MEMBER_OF", MUH, PMF, "نائب رئيس هيئة الحشد الشعبي أبو مهدي"),
      ("ASSASSINATED_BY", MUH, US, "طائرة مسيّرة أميركية"),
      ("ASSASSINATED_BY", SOL, US, "وقائد فيلق القدس الإيراني قاسم سليماني"),
      ("LEADS", SOL, QF, "فيلق القدس الإيراني"),
      ("ASSASSINATED_BY", MUH, TRU, "إنه أمر بها شخصياً"),
      ("ASSASSINATED_BY", SOL, TRU, "وقال ترامب آنذاك"),
      ("ASSASSINATED_BY", JAB, US, "في الضربة ذاتها"),
      ("ASSASSINATED_BY", JAB, TRU, "مسؤول التشريفات"),
      ("MEMBER_OF", JAB, PMF, "في الحشد محمد رضا الجابري"),
      ("LEADS", RAI, "organization:iranian-judiciary", "رئيس السلطة القضائية الإيرانية إبراهيم"),
      ("MET_WITH", RAI, ZAD, "قد استقبل الشهر الماضي", "2020-12"),
      ("LEADS", ZAD, "organization:supreme-judicial-council", "رئيس مجلس القضاء الأعلى العراقي فائق"),
      ("VISITED", ZAD, TEH, "فائق زيدان في طهران", "2020-12"),
      ],
     {"source": "blind set (AFP Arabic-style)", "published": "2021-01-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDG")
