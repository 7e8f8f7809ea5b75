"""Blind set CL: Iraq's prime ministers and their foreign guests, 2021-2023: the Baghdad summit of
al-Kadhimi with al-Sisi and King Abdullah (Reuters-style, June 2021), Hakan Fidan's first visit to
Baghdad as foreign minister (Arabic daily, Aug 2023), Lloyd Austin's unannounced Baghdad trip
(AP-style, Mar 2023), Qaani's meeting with Coordination Framework leaders after the 2021 election
(Arabic daily, Oct 2021), al-Araji in Tehran before the Kurdish-groups deadline and the
Shamkhani -> Ahmadian succession (Reuters-style, Sept 2023), al-Sudani received by Khamenei in
Tehran during the Gaza war (Arabic wire, Nov 2023).
Style: en/ar alternating; "was received at the airport by", "in the presence of", a planned stop
(no meeting), "did not meet", phone calls, past heads in relative clauses, a host/guest meeting
at a third party's house (only the guest's pairs annotated), Kazemi / Sulaimani / Mohandes
spellings, killings with a stated agent (U.S.) and a crash-free set of successions.
Written and annotated blind (extractor neither read nor run).
A DEV set since session 11 (measured once blind, then opened; see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cl/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cn import ALL  # noqa: E402

HERE = Path(__file__).parent

KAD, SUD, AM = "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani", "person:adil-abdul-mahdi"
Q, S, M = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
QF, IRGC, PMF = "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces"
US, IRAQ, IRAN = "country:united-states", "country:iraq", "country:iran"
SISI, ABD, SAL = "person:abdel-fattah-al-sisi", "person:abdullah-ii", "person:barham-salih"
FID, CAV, KAL, FH = ("person:hakan-fidan", "person:mevlut-cavusoglu", "person:ibrahim-kalin",
                     "person:fuad-hussein")
AUS, ABB = "person:lloyd-austin", "person:thabet-al-abbasi"
ARJ, AHM, SHM = "person:qassim-al-araji", "person:ali-akbar-ahmadian", "person:ali-shamkhani"
SNSC = "organization:supreme-national-security-council"
KHA, RAI, BLI = "person:ali-khamenei", "person:ebrahim-raisi", "person:antony-blinken"

ARTICLES = [
    ("enCL1_baghdad_tripartite_summit", "en",
     "BAGHDAD, June 27 (Reuters) - Egyptian President Abdel Fattah al-Sisi arrived in Baghdad on "
     "Sunday for a summit with Iraqi Prime Minister Mustafa al-Kadhimi and Jordan's King Abdullah, "
     "the first visit by an Egyptian head of state to Iraq since 1990. Sisi was received at Baghdad "
     "airport by Kadhimi, who later hosted the king at the government palace, where the three "
     "leaders held talks on electricity links, trade and security.\n"
     "Iraqi President Barham Salih met Sisi and King Abdullah separately at the Salam palace, his "
     "office said. Jordanian Foreign Minister Ayman Safadi and the director of Jordan's General "
     "Intelligence Department, Ahmed Husni, accompanied the king. \u201cThis partnership is not "
     "directed against anyone,\u201d Kadhimi told reporters.\n"
     "Kadhimi, a former intelligence chief, took office in May 2020, replacing Adil Abdul-Mahdi, "
     "who resigned after months of street protests. He has sought to balance Iran's influence with "
     "Arab ties; he spoke by phone with Saudi Crown Prince Mohammed bin Salman on Saturday and is "
     "expected to meet him in Riyadh later this year.",
     [("VISITED", SISI, "location:baghdad", "arrived in Baghdad on", "2021-06-27"),
      ("LEADS", SISI, "country:egypt", "Egyptian President Abdel"),
      ("LEADS", KAD, IRAQ, "Iraqi Prime Minister Mustafa"),
      ("LEADS", ABD, "country:jordan", "Jordan's King Abdullah"),
      ("MET_WITH", SISI, KAD, "airport by Kadhimi", "2021-06-27"),
      ("MET_WITH", KAD, ABD, "who later hosted the king", "2021-06-27"),
      ("VISITED", ABD, "location:baghdad", "who later hosted the king", "2021-06-27"),
      ("MET_WITH", SISI, ABD, "the three leaders held talks", "2021-06-27"),
      ("MET_WITH", SAL, SISI, "met Sisi and King Abdullah separately", "2021-06-27"),
      ("MET_WITH", SAL, ABD, "met Sisi and King Abdullah separately", "2021-06-27"),
      ("LEADS", SAL, IRAQ, "Iraqi President Barham"),
      ("LEADS", "person:ayman-safadi", "organization:jordanian-foreign-ministry",
       "Jordanian Foreign Minister Ayman"),
      ("LEADS", "person:ahmed-husni", "organization:jordanian-general-intelligence",
       "the director of Jordan's General"),
      ("LEADS", KAD, "organization:iraqi-national-intelligence-service", "a former intelligence chief"),
      ("SUCCESSOR_OF", KAD, AM, "replacing Adil Abdul-Mahdi", "2020-05-07"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-06-27"}),

    ("arCL2_fidan_first_baghdad_visit", "ar",
     "بغداد - «الشرق الأوسط» - استقبل رئيس مجلس الوزراء العراقي محمد شياع السوداني، الثلاثاء، وزير "
     "الخارجية التركي هاكان فيدان، في أول زيارة له إلى العراق منذ توليه منصبه في حزيران خلفاً لمولود "
     "جاويش أوغلو. وبحث الجانبان ملفات المياه واستئناف تصدير النفط عبر ميناء جيهان ونشاط حزب العمال "
     "الكردستاني في شمال العراق.\n"
     "وعقد فيدان مؤتمراً صحافياً مشتركاً مع نظيره العراقي فؤاد حسين عقب جلسة مباحثات في مقر وزارة "
     "الخارجية، قال فيه إن أنقرة «تنتظر من بغداد أن تصنف الحزب منظمة إرهابية». ومن المقرر أن يتوجه "
     "الوزير التركي الأربعاء إلى أربيل للقاء رئيس الإقليم نيجيرفان بارزاني ورئيس حكومته مسرور بارزاني.\n"
     "ورافق فيدان سفير أنقرة لدى بغداد علي رضا غوناي. ويُعد فيدان، الذي ترأس جهاز الاستخبارات التركي "
     "ثلاثة عشر عاماً قبل أن يخلفه إبراهيم قالن، من أكثر المسؤولين الأتراك اطلاعاً على الملف العراقي. "
     "وكان السوداني قد زار أنقرة في آذار الماضي والتقى الرئيس رجب طيب أردوغان، فيما لم يلتقِ فيدان "
     "خلال زيارته الحالية أياً من قادة الفصائل المسلحة.",
     [("MET_WITH", SUD, FID, "استقبل رئيس مجلس الوزراء العراقي", "2023-08-22"),
      ("LEADS", SUD, IRAQ, "استقبل رئيس مجلس الوزراء العراقي"),
      ("LEADS", FID, "organization:turkish-foreign-ministry", "الخارجية التركي هاكان"),
      ("VISITED", FID, IRAQ, "في أول زيارة له إلى العراق", "2023-08-22"),
      ("SUCCESSOR_OF", FID, CAV, "خلفاً لمولود", "2023-06"),
      ("MET_WITH", FID, FH, "عقب جلسة مباحثات", "2023-08-22"),
      ("LEADS", FH, "organization:iraqi-foreign-ministry", "نظيره العراقي فؤاد"),
      ("LEADS", "person:nechirvan-barzani", "organization:kurdistan-region-presidency",
       "رئيس الإقليم نيجيرفان"),
      ("LEADS", "person:masrour-barzani", "organization:kurdistan-regional-government",
       "ورئيس حكومته مسرور"),
      ("LEADS", FID, "organization:turkish-national-intelligence-organization",
       "الذي ترأس جهاز الاستخبارات التركي"),
      ("SUCCESSOR_OF", KAL, FID, "قبل أن يخلفه إبراهيم", "2023-06"),
      ("LEADS", KAL, "organization:turkish-national-intelligence-organization", "قبل أن يخلفه إبراهيم"),
      ("VISITED", SUD, "location:ankara", "قد زار أنقرة", "2023-03"),
      ("MET_WITH", SUD, "person:recep-tayyip-erdogan", "والتقى الرئيس رجب", "2023-03"),
      ("LEADS", "person:recep-tayyip-erdogan", "country:turkey", "والتقى الرئيس رجب"),
      ],
     {"source": "blind set (Arabic daily-style)", "published": "2023-08-22"}),

    ("enCL3_austin_unannounced_baghdad", "en",
     "BAGHDAD (AP) - U.S. Defense Secretary Lloyd Austin made an unannounced visit to Baghdad on "
     "Tuesday, the most senior official of President Joe Biden's administration to travel to Iraq "
     "since Prime Minister Mohammed Shia al-Sudani took office in October. Austin was received by "
     "Sudani at the prime minister's office and later held talks with Defense Minister Thabet "
     "al-Abbasi, Pentagon officials said.\n"
     "\u201cU.S. forces are ready to remain in Iraq at the invitation of the government of Iraq,\u201d "
     "Austin told reporters traveling with him. About 2,500 American troops remain in the country "
     "to advise local forces fighting the Islamic State group.\n"
     "Austin was accompanied by Dana Stroul, the deputy assistant secretary of defense for the "
     "Middle East, and met U.S. Ambassador Alina Romanowski at the embassy. He did not meet leaders "
     "of the Coordination Framework, the bloc of Iran-aligned parties that nominated Sudani, and a "
     "stop in Erbil to see Kurdish Prime Minister Masrour Barzani was expected later in the day.\n"
     "Sudani, who replaced Mustafa al-Kadhimi, has pledged to keep ties with both Washington and "
     "Tehran. Kataib Hezbollah, whose founder Abu Mahdi al-Mohandes was killed along with Iran's "
     "Qassem Sulaimani in a U.S. drone strike at Baghdad airport in January 2020, denounced the visit.",
     [("VISITED", AUS, "location:baghdad", "unannounced visit to Baghdad", "2023-03-07"),
      ("LEADS", AUS, "organization:us-department-of-defense", "U.S. Defense Secretary Lloyd"),
      ("LEADS", "person:joe-biden", US, "President Joe Biden's"),
      ("LEADS", SUD, IRAQ, "since Prime Minister Mohammed"),
      ("MET_WITH", AUS, SUD, "Austin was received by", "2023-03-07"),
      ("MET_WITH", AUS, ABB, "held talks with Defense Minister", "2023-03-07"),
      ("LEADS", ABB, "organization:iraqi-defense-ministry", "held talks with Defense Minister"),
      ("MET_WITH", AUS, "person:alina-romanowski", "met U.S. Ambassador Alina", "2023-03-07"),
      ("LEADS", "person:masrour-barzani", "organization:kurdistan-regional-government",
       "Kurdish Prime Minister Masrour"),
      ("SUCCESSOR_OF", SUD, KAD, "who replaced Mustafa", "2022-10-27"),
      ("LEADS", M, "organization:kataib-hezbollah", "whose founder Abu Mahdi"),
      ("ASSASSINATED_BY", M, US, "whose founder Abu Mahdi", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "Qassem Sulaimani in a U.S. drone strike", "2020-01-03"),
      ],
     {"source": "blind set (AP-style)", "published": "2023-03-07"}),

    ("arCL4_qaani_framework_after_election", "ar",
     "بغداد - «العربي الجديد» - كشف مصدران سياسيان عراقيان أن قائد فيلق القدس في الحرس الثوري "
     "الإيراني إسماعيل قاآني وصل إلى بغداد مساء الأحد في زيارة غير معلنة، هي الثانية له منذ إعلان "
     "النتائج الأولية للانتخابات التشريعية التي تصدرها التيار الصدري. واجتمع قاآني بقادة «الإطار "
     "التنسيقي» في منزل رئيس تحالف الفتح هادي العامري، بحضور زعيم ائتلاف دولة القانون نوري المالكي "
     "والأمين العام لعصائب أهل الحق قيس الخزعلي ورئيس هيئة الحشد الشعبي فالح الفياض.\n"
     "وقال أحد المصدرين إن الجنرال الإيراني حث الحاضرين على «رص الصفوف» والطعن في النتائج عبر القضاء "
     "لا الشارع. ولم يلتقِ قاآني زعيمَ التيار الصدري مقتدى الصدر، الذي رفض طلباً إيرانياً لعقد لقاء في "
     "النجف، بحسب المصدر.\n"
     "ويشغل قاآني منصبه منذ كانون الثاني 2020، حين عُيّن خلفاً لقاسم سليماني الذي قُتل بغارة أميركية "
     "قرب مطار بغداد مع نائب رئيس هيئة الحشد أبو مهدي المهندس. وأكد عضو في تحالف الفتح، هو النائب "
     "السابق محمد البلداوي، أن «اللقاء تناول شكل الحكومة المقبلة ولم يتطرق إلى الأسماء».",
     [("LEADS", Q, QF, "قائد فيلق القدس في"),
      ("PART_OF", QF, IRGC, "فيلق القدس في الحرس الثوري"),
      ("VISITED", Q, "location:baghdad", "وصل إلى بغداد مساء الأحد", "2021-10-17"),
      ("MET_WITH", Q, "person:hadi-al-amiri", "واجتمع قاآني بقادة", "2021-10-17"),
      ("MET_WITH", Q, "person:nouri-al-maliki", "واجتمع قاآني بقادة", "2021-10-17"),
      ("MET_WITH", Q, "person:qais-al-khazali", "واجتمع قاآني بقادة", "2021-10-17"),
      ("MET_WITH", Q, "person:falih-al-fayyadh", "واجتمع قاآني بقادة", "2021-10-17"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "رئيس تحالف الفتح هادي"),
      ("LEADS", "person:nouri-al-maliki", "organization:state-of-law-coalition",
       "زعيم ائتلاف دولة القانون"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "والأمين العام لعصائب"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "ورئيس هيئة الحشد الشعبي"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement", "زعيمَ التيار الصدري"),
      ("SUCCESSOR_OF", Q, S, "حين عُيّن خلفاً لقاسم", "2020-01-03"),
      ("LEADS", S, QF, "حين عُيّن خلفاً لقاسم"),
      ("ASSASSINATED_BY", S, US, "الذي قُتل بغارة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "مع نائب رئيس هيئة الحشد", "2020-01-03"),
      ("MEMBER_OF", M, PMF, "مع نائب رئيس هيئة الحشد"),
      ("MEMBER_OF", "person:mohammed-al-baldawi", "organization:fatah-alliance", "وأكد عضو في تحالف"),
      ],
     {"source": "blind set (Arabic daily-style)", "published": "2021-10-18"}),

    ("enCL5_araji_tehran_kurdish_deadline", "en",
     "TEHRAN, Sept 2 (Reuters) - Iraq's national security adviser Qassim al-Araji held talks in "
     "Tehran on Saturday with Ali Akbar Ahmadian, the secretary of Iran's Supreme National Security "
     "Council, ahead of a Sept. 19 deadline for Baghdad to disarm Iranian Kurdish opposition groups "
     "based in northern Iraq.\n"
     "Araji, who also met Foreign Minister Hossein Amir-Abdollahian, told IRNA that Iraq had moved "
     "the groups' fighters away from the border and \u201cwill honour every clause\u201d of the security "
     "accord the two countries signed in March. Ahmadian, a former Revolutionary Guards chief of "
     "staff, replaced Ali Shamkhani at the council in May; it was Shamkhani who signed the accord in "
     "Baghdad with Araji, in the presence of Prime Minister Mohammed Shia al-Sudani.\n"
     "Foreign ministry spokesman Nasser Kanaani said Tehran would not tolerate \u201cterrorist\u201d "
     "bases, and the Guards' ground forces have repeatedly shelled positions of Komala and the "
     "Democratic Party of Iranian Kurdistan (KDPI). Mustafa Hijri, the head of the KDPI, told Rudaw "
     "his party had not been asked to hand over weapons.\n"
     "Former Iraqi premier Mustafa al-Kazemi faced similar pressure in 2022, when the Guards fired "
     "missiles at Erbil.",
     [("VISITED", ARJ, "location:tehran", "held talks in Tehran", "2023-09-02"),
      ("MET_WITH", ARJ, AHM, "held talks in Tehran", "2023-09-02"),
      ("LEADS", AHM, SNSC, "the secretary of Iran's Supreme"),
      ("MET_WITH", ARJ, "person:hossein-amir-abdollahian", "who also met Foreign Minister",
       "2023-09-02"),
      ("LEADS", "person:hossein-amir-abdollahian", "organization:iranian-foreign-ministry",
       "who also met Foreign Minister"),
      ("REPORTED_BY", ARJ, "outlet:irna", "told IRNA"),
      ("SUCCESSOR_OF", AHM, SHM, "replaced Ali Shamkhani", "2023-05-22"),
      ("LEADS", SHM, SNSC, "replaced Ali Shamkhani"),
      ("VISITED", SHM, "location:baghdad", "signed the accord in Baghdad", "2023-03-19"),
      ("MET_WITH", SHM, ARJ, "signed the accord in Baghdad", "2023-03-19"),
      ("MET_WITH", SHM, SUD, "in the presence of Prime Minister", "2023-03-19"),
      ("LEADS", SUD, IRAQ, "in the presence of Prime Minister"),
      ("MEMBER_OF", "person:nasser-kanaani", "organization:iranian-foreign-ministry",
       "Foreign ministry spokesman Nasser"),
      ("ATTACKED", "organization:irgc-ground-forces", "organization:komala", "shelled positions of Komala"),
      ("ATTACKED", "organization:irgc-ground-forces", "organization:kdpi", "shelled positions of Komala"),
      ("LEADS", "person:mustafa-hijri", "organization:kdpi", "the head of the KDPI"),
      ("REPORTED_BY", "person:mustafa-hijri", "outlet:rudaw", "told Rudaw"),
      ("LEADS", KAD, IRAQ, "Former Iraqi premier Mustafa"),
      ("ATTACKED", IRGC, "location:erbil", "fired missiles at Erbil", "2022-03-13"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2023-09-02"}),

    ("arCL6_sudani_khamenei_gaza", "ar",
     "طهران - «إرنا» - استقبل المرشد الإيراني علي خامنئي، الاثنين، رئيس الوزراء العراقي محمد شياع "
     "السوداني في طهران، في زيارة خاطفة خُصصت للحرب في غزة، وذلك بعد ساعات من مباحثاته مع الرئيس "
     "إبراهيم رئيسي في قصر سعد آباد. ونقلت وكالة «إرنا» عن خامنئي قوله إن «على الولايات المتحدة أن "
     "توقف جرائم الكيان الصهيوني»، داعياً الدول الإسلامية إلى الضغط على واشنطن.\n"
     "وأجرى السوداني قبيل مغادرته بغداد اتصالاً هاتفياً بوزير الخارجية الأميركي أنتوني بلينكن، الذي كان "
     "قد زار بغداد الأحد والتقاه في مكتبه، وحمل رسالة تحذر الفصائل من استهداف القوات الأميركية. "
     "ورافق السوداني في الزيارة مستشاره للشؤون الخارجية فرهاد علاء الدين.\n"
     "وكان السوداني قد تولى رئاسة الحكومة في تشرين الأول 2022 بعد مصطفى الكاظمي، وزار طهران للمرة "
     "الأولى في نهاية الشهر التالي. ويعد السفير الإيراني في بغداد محمد كاظم آل صادق، الذي خلف إيرج "
     "مسجدي عام 2022، من أبرز الوسطاء بين الجانبين. وأعلنت «المقاومة الإسلامية في العراق» مسؤوليتها "
     "عن أكثر من ثلاثين هجوماً على قواعد تضم قوات أميركية منذ 17 تشرين الأول.",
     [("MET_WITH", KHA, SUD, "استقبل المرشد الإيراني", "2023-11-06"),
      ("LEADS", KHA, IRAN, "استقبل المرشد الإيراني"),
      ("LEADS", SUD, IRAQ, "رئيس الوزراء العراقي محمد"),
      ("VISITED", SUD, "location:tehran", "السوداني في طهران", "2023-11-06"),
      ("MET_WITH", SUD, RAI, "بعد ساعات من مباحثاته مع الرئيس", "2023-11-06"),
      ("LEADS", RAI, IRAN, "بعد ساعات من مباحثاته مع الرئيس"),
      ("REPORTED_BY", KHA, "outlet:irna", "ونقلت وكالة «إرنا» عن خامنئي"),
      ("LEADS", BLI, "organization:us-state-department", "بوزير الخارجية الأميركي"),
      ("VISITED", BLI, "location:baghdad", "قد زار بغداد الأحد", "2023-11-05"),
      ("MET_WITH", BLI, SUD, "قد زار بغداد الأحد والتقاه", "2023-11-05"),
      ("SUCCESSOR_OF", SUD, KAD, "بعد مصطفى الكاظمي", "2022-10-27"),
      ("SUCCESSOR_OF", "person:mohammad-kazem-al-e-sadegh", "person:iraj-masjedi", "الذي خلف إيرج",
       "2022"),
      ("ATTACKED", "organization:islamic-resistance-in-iraq", "organization:us-armed-forces",
       "مسؤوليتها عن أكثر من ثلاثين هجوماً"),
      ],
     {"source": "blind set (Arabic wire-style)", "published": "2023-11-06"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCL")
