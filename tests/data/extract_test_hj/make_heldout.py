"""Blind set HJ: Gulf and Levant diplomacy and conflict 2023-2025 as live blogs / news roundups
(timestamped short entries, several events per piece, recaps). Prince Faisal bin Farhan in Tehran,
June 2023, Raeisi and Amir Abdollahian, Enayati in Riyadh (English); the Lebanese presidential vote,
9 Jan 2025: Raad and Ali Hassan Khalil with Joseph Aoun, Mikati at Baabda (Arabic); Israel's strikes
on Iran, 13 June 2025: Salami, Baqeri, Hajizadeh, Pakpour and Abdolrahim Mousavi (English); Sharm
el-Sheikh, Oct 2025: Kalin, Rashad and the Qatari premier with al-Hayya, Witkoff and Kushner with
al-Hayya, Sisi receiving Trump (Arabic); Hochstein in Beirut, Nov 2024, Mohammad Afif's killing,
Larijani's visit (English); the strike on the Iranian consular building in Damascus, April 2024, and
Amir-Abdollahian's visit a week later (Arabic).
Excluded on purpose: an invitation and a planned credentials ceremony, a phone call; a candidate
who withdrew, a phone call and a promised visit; a death with no stated cause, a cancelled Muscat
round, a phone call; Netanyahu's declined attendance, a planned meeting; planned meetings with
Mikati and Netanyahu; an accusation by an Iranian ambassador with Israel declining comment.
Spellings: Raeisi, Amir Abdollahian, Baqeri, Naim Kassem, الحيّة, قالن, أمير عبد اللهيان, هوكشتاين.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hj import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, USA, LEB, ISR, KSA, EGY, SYRIA = ("country:iran", "country:united-states", "country:lebanon",
                                        "country:israel", "country:saudi-arabia", "country:egypt",
                                        "country:syria")
SAFM, IRFM, OMFM, SYFM = ("organization:saudi-foreign-ministry", "organization:iranian-foreign-ministry",
                          "organization:omani-foreign-ministry", "organization:syrian-foreign-ministry")
LEBGOV, LEBPARL, LEBARMY, LOYALTY, MARADA = (
    "organization:lebanese-government", "organization:lebanese-parliament", "organization:lebanese-army",
    "organization:loyalty-to-the-resistance-bloc", "organization:marada-movement")
IRGC, IRGCAF, IRGCGF, IRGS, IRARMY, IDF, AEOI = (
    "organization:irgc", "organization:irgc-aerospace-force", "organization:irgc-ground-forces",
    "organization:iranian-armed-forces-general-staff", "organization:iranian-army",
    "organization:israel-defense-forces", "organization:atomic-energy-organization-of-iran")
HAMAS, EGI, MIT, QGOV, ISRGOV = ("organization:hamas", "organization:egyptian-general-intelligence",
                                 "organization:turkish-national-intelligence-organization",
                                 "organization:qatari-government", "organization:israeli-government")
HEZ, HMEDIA, QF = "organization:hezbollah", "organization:hezbollah-media-relations", "organization:quds-force"
TEHRAN, RIYADH, IREMB, BAABDA, SHARM, JERUS, BEIRUT, AINTINEH, RASNABAA, DAMASCUS, MEZZEH, CONS = (
    "location:tehran", "location:riyadh", "location:iranian-embassy-riyadh", "location:baabda-palace",
    "location:sharm-el-sheikh", "location:jerusalem", "location:beirut", "location:ain-el-tineh",
    "location:ras-al-nabaa", "location:damascus", "location:mezzeh", "location:iranian-consulate-damascus")
FAISAL, AMIR, RAISI, SALMAN, ENAYATI, BUSAIDI = (
    "person:faisal-bin-farhan", "person:hossein-amir-abdollahian", "person:ebrahim-raisi",
    "person:salman-bin-abdulaziz", "person:alireza-enayati", "person:badr-albusaidi")
BERRI, JAOUN, RAAD, AHK, MAOUN, MIKATI, FRANGIEH, MACRON, BUKHARI = (
    "person:nabih-berri", "person:joseph-aoun", "person:mohammad-raad", "person:ali-hassan-khalil",
    "person:michel-aoun", "person:najib-mikati", "person:suleiman-frangieh", "person:emmanuel-macron",
    "person:walid-bukhari")
SALAMI, BAGHERI, KHAM, PAKPOUR, AMOUSAVI, HAJI, SHAM, FABBASI, ARAGHCHI = (
    "person:hossein-salami", "person:mohammad-bagheri", "person:ali-khamenei", "person:mohammad-pakpour",
    "person:abdolrahim-mousavi", "person:amir-ali-hajizadeh", "person:ali-shamkhani", "person:fereydoun-abbasi",
    "person:abbas-araghchi")
WITKOFF, KUSHNER, KALIN, RASHAD, MBAR, HAYYA, TRUMP, SISI, NETANYAHU = (
    "person:steve-witkoff", "person:jared-kushner", "person:ibrahim-kalin", "person:hassan-rashad",
    "person:mohammed-bin-abdulrahman-al-thani", "person:khalil-al-hayya", "person:donald-trump",
    "person:abdel-fattah-al-sisi", "person:benjamin-netanyahu")
HOCH, AFIF, LARIJANI, QASSEM = ("person:amos-hochstein", "person:mohammad-afif", "person:ali-larijani",
                                "person:naim-qassem")
AKBARI, ZAHEDI, RAHIMI, MEKDAD, ASSAD = ("person:hossein-akbari", "person:mohammad-reza-zahedi",
                                         "person:mohammad-hadi-haji-rahimi", "person:faisal-mekdad",
                                         "person:bashar-al-assad")
IRNA, IRIB, AXIOS, ONA = "outlet:irna", "outlet:irib", "outlet:axios", "outlet:oman-news-agency"

ARTICLES = [
    ("enHJ1_live_saudi_fm_in_tehran", "en",
     "LIVE: Gulf diplomacy - Saudi foreign minister in Tehran\n"
     "Saturday, June 17, 2023\n"
     "09:40 - Saudi Foreign Minister Prince Faisal bin Farhan has landed in Tehran, the first visit by a "
     "Saudi foreign minister to Iran since ties were cut in 2016.\n"
     "11:15 - Prince Faisal is now in talks with his Iranian counterpart, Hossein Amir Abdollahian, at the "
     "foreign ministry. \"Relations are moving in the right direction,\" Amir Abdollahian tells reporters "
     "afterwards.\n"
     "13:30 - President Ebrahim Raeisi receives the Saudi minister, IRNA reports. An invitation from King "
     "Salman for Raeisi to visit Riyadh was handed over; no date has been set.\n"
     "14:05 - Recap: in Riyadh, Iran's embassy reopened on June 6. The new ambassador, Alireza Enayati, a "
     "former deputy foreign minister for Gulf affairs, is expected to present his credentials next month.\n"
     "15:20 - Oman's foreign minister, Sayyid Badr Albusaidi, has spoken by phone with Prince Faisal to "
     "congratulate him, the Oman News Agency says.\n"
     "16:45 - The joint news conference was moved to another hall after Saudi officials objected to a "
     "portrait of Qassem Soleimani, Saudi media report.",
     [("VISITED", FAISAL, TEHRAN, "has landed in Tehran", "2023-06-17"),
      ("LEADS", FAISAL, SAFM, "Saudi Foreign Minister Prince Faisal"),
      ("MET_WITH", FAISAL, AMIR, "Prince Faisal is now in talks with", "2023-06-17"),
      ("LEADS", AMIR, IRFM, "his Iranian counterpart, Hossein"),
      ("MET_WITH", RAISI, FAISAL, "President Ebrahim Raeisi receives", "2023-06-17"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raeisi receives"),
      ("REPORTED_BY", RAISI, IRNA, "IRNA reports"),
      ("LEADS", SALMAN, KSA, "invitation from King"),
      ("LOCATED_IN", IREMB, RIYADH, "in Riyadh, Iran's embassy reopened"),
      ("LEADS", BUSAIDI, OMFM, "Oman's foreign minister, Sayyid Badr"),
      ("REPORTED_BY", BUSAIDI, ONA, "the Oman News Agency says"),
      ],
     {"source": "blind set (live blog, English)", "published": "2023-06-17",
      "title": "LIVE: Gulf diplomacy - Saudi foreign minister in Tehran"}),

    ("arHJ2_live_lebanon_presidential_vote", "ar",
     "مباشر | جلسة انتخاب رئيس الجمهورية اللبنانية\n"
     "الخميس 9 كانون الثاني 2025\n"
     "11:05 - رئيس مجلس النواب نبيه برّي يفتتح الجلسة الثالثة عشرة لانتخاب رئيس بحضور 128 نائباً، وفي "
     "الشرفة سفراء «الخماسية» ومنهم السفير السعودي وليد بخاري.\n"
     "12:20 - انتهاء الدورة الأولى من دون حسم: قائد الجيش العماد جوزاف عون ينال 71 صوتاً، دون غالبية "
     "الثلثين.\n"
     "14:35 - خلال تعليق الجلسة، التقى رئيس كتلة «الوفاء للمقاومة» النائب محمد رعد والمعاون السياسي لبري "
     "النائب علي حسن خليل العمادَ عون في مكتب داخل المجلس.\n"
     "15:10 - في الدورة الثانية، انتُخب عون رئيساً بـ99 صوتاً، خلفاً للرئيس ميشال عون الذي غادر بعبدا في "
     "30 تشرين الأول 2022.\n"
     "16:30 - الرئيس الجديد يصل إلى قصر بعبدا، حيث استقبله رئيس حكومة تصريف الأعمال نجيب ميقاتي.\n"
     "17:00 - للتذكير: رئيس «تيار المردة» سليمان فرنجية كان قد أعلن أمس انسحابه من السباق لمصلحة عون.\n"
     "17:45 - الرئيس الفرنسي إيمانويل ماكرون يهنئ عون في اتصال هاتفي، ويعلن أنه سيزور بيروت «قريباً».",
     [("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه"),
      ("LEADS", JAOUN, LEBARMY, "قائد الجيش العماد جوزاف"),
      ("MET_WITH", RAAD, JAOUN, "خلال تعليق الجلسة، التقى", "2025-01-09"),
      ("MET_WITH", AHK, JAOUN, "النائب علي حسن خليل العمادَ عون", "2025-01-09"),
      ("MET_WITH", RAAD, AHK, "خلال تعليق الجلسة، التقى", "2025-01-09"),
      ("LEADS", RAAD, LOYALTY, "رئيس كتلة «الوفاء للمقاومة»"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "خلفاً للرئيس ميشال عون", "2025-01-09"),
      ("LEADS", JAOUN, LEB, "انتُخب عون رئيساً"),
      ("VISITED", JAOUN, BAABDA, "الرئيس الجديد يصل إلى قصر بعبدا", "2025-01-09"),
      ("MET_WITH", MIKATI, JAOUN, "حيث استقبله رئيس حكومة", "2025-01-09"),
      ("LEADS", MIKATI, LEBGOV, "رئيس حكومة تصريف الأعمال نجيب"),
      ("LEADS", FRANGIEH, MARADA, "رئيس «تيار المردة»"),
      ],
     {"source": "blind set (live blog, Arabic)", "published": "2025-01-09",
      "title": "مباشر | جلسة انتخاب رئيس الجمهورية اللبنانية"}),

    ("enHJ3_live_israel_strikes_iran", "en",
     "LIVE: Israel strikes Iran - commanders killed, successors named\n"
     "Friday, June 13, 2025 (all times Tehran)\n"
     "03:30 - Explosions across Tehran. Israel says it has launched an operation against Iran's nuclear "
     "and military sites.\n"
     "06:10 - State TV confirms the death of Major General Hossein Salami, commander-in-chief of the "
     "Revolutionary Guards. The Israeli military says it killed Salami and the armed forces chief of staff, "
     "Mohammad Baqeri.\n"
     "08:45 - Supreme Leader Ali Khamenei names Maj. Gen. Mohammad Pakpour, until now head of the IRGC "
     "Ground Force, to replace Salami, and appoints the army commander, Abdolrahim Mousavi, as Baqeri's "
     "successor.\n"
     "11:20 - The IDF says Amir Ali Hajizadeh, commander of the IRGC Aerospace Force, was killed when its "
     "jets hit an underground command centre.\n"
     "12:00 - Iranian media report the death of nuclear scientist Fereydoun Abbasi, a former head of the "
     "Atomic Energy Organization, without saying how he died. Ali Shamkhani is said to be seriously "
     "wounded.\n"
     "14:30 - Oman's foreign ministry says Sunday's planned round of US-Iran talks in Muscat will not go "
     "ahead.\n"
     "16:00 - Saudi Arabia condemns the \"blatant Israeli aggression\"; Prince Faisal bin Farhan spoke by "
     "phone with Abbas Araghchi.",
     [("ATTACKED", ISR, IRAN, "launched an operation against Iran's", "2025-06-13"),
      ("ATTACKED", ISR, TEHRAN, "Explosions across Tehran", "2025-06-13"),
      ("LEADS", SALAMI, IRGC, "commander-in-chief of the"),
      ("ASSASSINATED_BY", SALAMI, IDF, "The Israeli military says it killed Salami", "2025-06-13"),
      ("ASSASSINATED_BY", BAGHERI, IDF, "Mohammad Baqeri.", "2025-06-13"),
      ("LEADS", BAGHERI, IRGS, "the armed forces chief of staff"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ali Khamenei names"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "to replace Salami", "2025-06-13"),
      ("LEADS", PAKPOUR, IRGCGF, "until now head of the IRGC"),
      ("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "as Baqeri's", "2025-06-13"),
      ("LEADS", AMOUSAVI, IRARMY, "the army commander, Abdolrahim"),
      ("ASSASSINATED_BY", HAJI, IDF, "The IDF says Amir Ali Hajizadeh", "2025-06-13"),
      ("LEADS", HAJI, IRGCAF, "commander of the IRGC Aerospace Force"),
      ("LEADS", FABBASI, AEOI, "a former head of the"),
      ("LEADS", FAISAL, SAFM, "Prince Faisal bin Farhan spoke"),
      ],
     {"source": "blind set (live blog, English)", "published": "2025-06-13",
      "title": "LIVE: Israel strikes Iran - commanders killed, successors named"}),

    ("arHJ4_live_sharm_el_sheikh", "ar",
     "تغطية مباشرة | مفاوضات شرم الشيخ وقمة السلام\n"
     "الأربعاء 8 تشرين الأول 2025\n"
     "10:15 - وصول المبعوث الأميركي ستيف ويتكوف وصهر الرئيس الأميركي جاريد كوشنر إلى شرم الشيخ للانضمام "
     "إلى المفاوضات غير المباشرة بين إسرائيل و«حماس».\n"
     "13:40 - رئيس جهاز الاستخبارات التركية إبراهيم قالن يشارك مع رئيس المخابرات العامة المصرية حسن رشاد "
     "ورئيس الوزراء القطري الشيخ محمد بن عبد الرحمن في اجتماع مع وفد «حماس» برئاسة خليل الحيّة.\n"
     "18:20 - مصدر مطلع لـ«أكسيوس»: ويتكوف وكوشنر التقيا الحيّة وجهاً لوجه نحو 45 دقيقة، في أول لقاء "
     "مباشر من نوعه.\n"
     "23:55 - ترامب يعلن أن الطرفين وقّعا المرحلة الأولى من خطته.\n"
     "الاثنين 13 تشرين الأول\n"
     "13:00 - مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو: رئيس الحكومة لن يشارك في القمة بسبب حلول "
     "العيد.\n"
     "15:30 - ترامب يصل إلى شرم الشيخ قادماً من القدس بعد خطاب في الكنيست، والرئيس عبد الفتاح السيسي "
     "في استقباله.",
     [("VISITED", WITKOFF, SHARM, "وصول المبعوث الأميركي ستيف", "2025-10-08"),
      ("VISITED", KUSHNER, SHARM, "جاريد كوشنر إلى شرم الشيخ", "2025-10-08"),
      ("LEADS", KALIN, MIT, "رئيس جهاز الاستخبارات التركية"),
      ("LEADS", RASHAD, EGI, "رئيس المخابرات العامة المصرية"),
      ("LEADS", MBAR, QGOV, "ورئيس الوزراء القطري الشيخ"),
      ("MET_WITH", KALIN, RASHAD, "يشارك مع رئيس المخابرات", "2025-10-08"),
      ("MET_WITH", KALIN, MBAR, "في اجتماع مع وفد", "2025-10-08"),
      ("MET_WITH", RASHAD, MBAR, "في اجتماع مع وفد", "2025-10-08"),
      ("MET_WITH", KALIN, HAYYA, "برئاسة خليل الحيّة", "2025-10-08"),
      ("MET_WITH", RASHAD, HAYYA, "برئاسة خليل الحيّة", "2025-10-08"),
      ("MET_WITH", MBAR, HAYYA, "برئاسة خليل الحيّة", "2025-10-08"),
      ("MEMBER_OF", HAYYA, HAMAS, "وفد «حماس» برئاسة"),
      ("MET_WITH", WITKOFF, HAYYA, "ويتكوف وكوشنر التقيا الحيّة", "2025-10-08"),
      ("MET_WITH", KUSHNER, HAYYA, "ويتكوف وكوشنر التقيا الحيّة", "2025-10-08"),
      ("MET_WITH", WITKOFF, KUSHNER, "ويتكوف وكوشنر التقيا الحيّة", "2025-10-08"),
      ("LEADS", NETANYAHU, ISRGOV, "مكتب رئيس الوزراء الإسرائيلي"),
      ("VISITED", TRUMP, SHARM, "ترامب يصل إلى شرم الشيخ", "2025-10-13"),
      ("VISITED", TRUMP, JERUS, "قادماً من القدس", "2025-10-13"),
      ("MET_WITH", TRUMP, SISI, "والرئيس عبد الفتاح السيسي", "2025-10-13"),
      ("LEADS", SISI, EGY, "والرئيس عبد الفتاح السيسي"),
      ],
     {"source": "blind set (live blog, Arabic)", "published": "2025-10-13",
      "title": "تغطية مباشرة | مفاوضات شرم الشيخ وقمة السلام"}),

    ("enHJ5_live_hochstein_in_beirut", "en",
     "LIVE: Lebanon ceasefire push - US envoy in Beirut\n"
     "Tuesday, November 19, 2024\n"
     "08:50 - US envoy Amos Hochstein arrives in Beirut, days after Lebanon handed over its response to a "
     "US draft ceasefire proposal.\n"
     "10:30 - Hochstein is at Ain el-Tineh for talks with Parliament Speaker Nabih Berri, who negotiates "
     "on Hezbollah's behalf. Berri's political aide, former finance minister Ali Hassan Khalil, joins them.\n"
     "12:15 - After nearly two hours, Hochstein tells reporters a deal is \"within our grasp\". He is "
     "expected to see caretaker PM Najib Mikati later, then fly to Israel to meet Prime Minister Benjamin "
     "Netanyahu.\n"
     "14:00 - Recap: on Sunday an Israeli strike in Ras al-Nabaa killed Hezbollah's chief spokesman, "
     "Mohammad Afif. The Israeli military said it had targeted him.\n"
     "15:40 - Also recall that on Friday Ali Larijani, a senior adviser to Iran's supreme leader, met Berri "
     "in Beirut and said Tehran supports \"whatever the Lebanese government decides\".\n"
     "16:20 - Hezbollah has not commented. Sources close to the group say its secretary-general, Naim "
     "Kassem, approved the Lebanese reply.",
     [("VISITED", HOCH, BEIRUT, "US envoy Amos Hochstein arrives in Beirut", "2024-11-19"),
      ("VISITED", HOCH, AINTINEH, "Hochstein is at Ain el-Tineh", "2024-11-19"),
      ("MET_WITH", HOCH, BERRI, "for talks with Parliament Speaker", "2024-11-19"),
      ("MET_WITH", HOCH, AHK, "joins them", "2024-11-19"),
      ("MET_WITH", BERRI, AHK, "Berri's political aide", "2024-11-19"),
      ("LEADS", BERRI, LEBPARL, "Parliament Speaker Nabih Berri"),
      ("LEADS", MIKATI, LEBGOV, "caretaker PM Najib Mikati"),
      ("LEADS", NETANYAHU, ISRGOV, "Prime Minister Benjamin"),
      ("ASSASSINATED_BY", AFIF, ISR, "an Israeli strike in Ras al-Nabaa killed", "2024-11-17"),
      ("ASSASSINATED_BY", AFIF, IDF, "The Israeli military said it had targeted him", "2024-11-17"),
      ("ATTACKED", ISR, RASNABAA, "an Israeli strike in Ras al-Nabaa", "2024-11-17"),
      ("LEADS", AFIF, HMEDIA, "Hezbollah's chief spokesman"),
      ("MEMBER_OF", AFIF, HEZ, "killed Hezbollah's chief"),
      ("MET_WITH", LARIJANI, BERRI, "met Berri", "2024-11-15"),
      ("VISITED", LARIJANI, BEIRUT, "in Beirut and said", "2024-11-15"),
      ("SUPPORTS", IRAN, LEBGOV, "Tehran supports"),
      ("LEADS", QASSEM, HEZ, "its secretary-general, Naim"),
      ],
     {"source": "blind set (live blog, English)", "published": "2024-11-19",
      "title": "LIVE: Lebanon ceasefire push - US envoy in Beirut"}),

    ("arHJ6_live_damascus_consulate_strike", "ar",
     "مباشر | غارة على المبنى القنصلي الإيراني في دمشق\n"
     "الاثنين 1 نيسان 2024\n"
     "17:10 - غارة جوية تدمّر مبنى ملاصقاً للسفارة الإيرانية في حي المزة بدمشق، يضم القسم القنصلي ومقر "
     "إقامة السفير.\n"
     "17:45 - السفير الإيراني في سوريا حسين أكبري، الذي نجا، يقول للتلفزيون الإيراني الرسمي إن مقاتلات "
     "إسرائيلية نفذت الهجوم، ويتوعد بـ«رد حاسم».\n"
     "19:00 - الحرس الثوري يعلن مقتل العميد محمد رضا زاهدي، القائد في فيلق القدس، ونائبه العميد محمد "
     "هادي حاجي رحيمي، وخمسة ضباط آخرين.\n"
     "19:30 - متحدث عسكري إسرائيلي: «لا نعلّق على تقارير في وسائل الإعلام الأجنبية».\n"
     "21:15 - وزير الخارجية السوري فيصل المقداد يتفقد الموقع برفقة السفير أكبري ويندد بـ«الاعتداء».\n"
     "الاثنين 8 نيسان\n"
     "11:00 - وزير الخارجية الإيراني حسين أمير عبد اللهيان يصل إلى دمشق ويفتتح المقر القنصلي الجديد، ثم "
     "يستقبله الرئيس بشار الأسد.",
     [("LOCATED_IN", CONS, MEZZEH, "في حي المزة بدمشق"),
      ("LOCATED_IN", MEZZEH, DAMASCUS, "في حي المزة بدمشق"),
      ("REPORTED_BY", AKBARI, IRIB, "يقول للتلفزيون الإيراني الرسمي"),
      ("MEMBER_OF", ZAHEDI, QF, "القائد في فيلق القدس"),
      ("MEMBER_OF", ZAHEDI, IRGC, "الحرس الثوري يعلن مقتل"),
      ("MEMBER_OF", RAHIMI, IRGC, "ونائبه العميد محمد"),
      ("LEADS", MEKDAD, SYFM, "وزير الخارجية السوري فيصل"),
      ("MET_WITH", MEKDAD, AKBARI, "برفقة السفير أكبري", "2024-04-01"),
      ("VISITED", MEKDAD, CONS, "يتفقد الموقع", "2024-04-01"),
      ("LEADS", AMIR, IRFM, "وزير الخارجية الإيراني حسين"),
      ("VISITED", AMIR, DAMASCUS, "يصل إلى دمشق", "2024-04-08"),
      ("MET_WITH", ASSAD, AMIR, "يستقبله الرئيس بشار الأسد", "2024-04-08"),
      ("LEADS", ASSAD, SYRIA, "الرئيس بشار الأسد"),
      ],
     {"source": "blind set (live blog, Arabic)", "published": "2024-04-08",
      "title": "مباشر | غارة على المبنى القنصلي الإيراني في دمشق"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHJ")
