"""Blind set PX: Lebanon 2019-2025 (second folder of PW-PX): Mustapha Adib's designation to succeed Hassan
Diab after the Beirut port blast and Macron's second visit (August 2020), the Israeli strike in Beirut's
southern suburbs that killed Ibrahim Aqil (September 2024), Amos Hochstein's round with Berri, Mikati and
the army commander and the Israeli announcement of Hashem Safieddine's killing (October 2024), Jean-Yves Le
Drian's third round during the presidential vacancy (September 2023), the Saudi foreign minister's visit to
the new president Joseph Aoun (January 2025) and Tarek Bitar's appointment to replace Fadi Sawan in the
port blast investigation (February 2021), as Lebanon's state agency writes it in English (NNA-like:
"BAABDA, Aug. 31 (NNA) -", "President of the Republic, General Michel Aoun"), Hezbollah's TV site in
Arabic (Al-Manar-like: "ارتقى شهيداً", "العدو الصهيوني"), an international wire in English (Reuters-like:
"BEIRUT, Oct 22 (Reuters) -"), a Saudi-owned pan-Arab daily in Arabic (Asharq Al-Awsat-like: "بيروت:
«الشرق الأوسط»", "أكتوبر (تشرين الأول)"), a Saudi daily in English (Arab News-like: "Prince Faisal",
"the Kingdom") and a Qatari-owned daily in Arabic (Al-Araby Al-Jadeed-like: "بيروت - العربي الجديد").
Pieces: Aoun designates Adib, who is to succeed Diab; Adib, Aoun and Berri in a tripartite meeting; Hariri
met the President; Aoun welcomes Macron at the airport; Macron visits Fairouz (English, PX1); the Islamic
Resistance mourns Aqil, killed in "the Zionist aggression" and whom the enemy army says it assassinated;
Shukr killed by an Israeli strike; Safieddine receives an Amal delegation headed by Khalil (Arabic, PX2);
Hochstein meets Berri, then separately Mikati and the army commander; the Israeli military says it killed
Safieddine; Nasrallah, whom Israel killed; Netanyahu meets Blinken (English, PX3); Le Drian meets Berri
with Magro present, then Mikati; he had met Bukhari (Arabic, PX4); Faisal bin Farhan meets Aoun,
accompanied by Bukhari, then Mikati, Salam and Berri separately; Salam designated to succeed Mikati
(English, PX5); Bitar appointed to succeed Sawan; Najm meets Abboud; Hariri visits Diab (Arabic, PX6).
Excluded on purpose (no relation): Diab's call to Adib (PX1); Ahmed Wahbi, "killed in the same strike"
(no agent in his sentence) (PX2); the meetings Hochstein did not hold with Hezbollah, Mikati's call with
Blinken (PX3); Le Drian's planned meeting with Bassil, the Lebanese Forces' boycott (PX4); Mohammed bin
Salman's call to Aoun (PX5); Khalil's and Zaiter's complaint, Nasrallah's criticism (PX6).
Judgement calls: "Adib is to succeed Prime Minister Hassan Diab" is a succession although Adib later
stepped down (PX1, as "named to replace"); "a tripartite meeting" of Adib, Aoun and Berri is a meeting of
the three (PX1); "welcomed at the airport by President Aoun" is a meeting (PX1); "إثر العدوان الصهيوني"
gives Aqil -> country:israel ("an Israeli strike killed X"), and the enemy army's claim gives Aqil -> the
IDF too (PX2); "a delegation ... headed by Khalil": Khalil is the one met, the party is not paired (PX2);
"Israel's military" is the IDF's id (PX3); "held separate talks with A and B": no A-B pair (PX3);
attendees ("بحضور", "accompanied by") are paired with both principals (PX4, PX5); "designated ... to
succeed Mikati" is a succession (PX5); "خلفاً للقاضي فادي صوان" is a succession (PX6); "زار ... دياب في
السراي متضامناً" is a meeting (PX6).
Filled in for the exercise: Hariri's morning meeting, Diab's call (PX1); the Amal delegation at the funeral
(PX2); the separate talks with the army commander (PX3); Magro's presence, the meeting with Bukhari,
the planned Bassil meeting (PX4); Bukhari's presence, the meeting with Berri (PX5); the morning meeting of
Najm and Abboud (PX6).
Spellings: "Mustapha Adib", "Fairouz" (PX1); "إبراهيم محمد عقيل", "الحاج عبد القادر", "السيد محسن" (PX2);
"Hochstein", "Najib Mikati", "Hashem Safieddine" (PX3); "جان إيف لو دريان", "نبيه برّي", "ميشال عون" (PX4);
"Najib Meqati", "Prince Faisal", "Nabih Berri" (PX5); "طارق البيطار", "حسان دياب" (PX6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_px import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, FRANCE = "country:lebanon", "country:israel", "country:france"
HEZ, PARL, ARMY, AMAL, FUTURE, FPM, RADWAN, IDF, EXEC, SAUFM, SJC = (
    "organization:hezbollah", "organization:lebanese-parliament", "organization:lebanese-army",
    "organization:amal-movement", "organization:future-movement", "organization:free-patriotic-movement",
    "organization:radwan-force", "organization:israel-defense-forces", "organization:hezbollah-executive-council",
    "organization:saudi-foreign-ministry", "organization:supreme-judicial-council")
HARIRI, DIAB, MIKATI, ADIB, SALAM, MAOUN, JAOUN, BERRI, KHALIL, BASSIL = (
    "person:saad-hariri", "person:hassan-diab", "person:najib-mikati", "person:mustapha-adib",
    "person:nawaf-salam", "person:michel-aoun", "person:joseph-aoun", "person:nabih-berri",
    "person:ali-hassan-khalil", "person:gebran-bassil")
BITAR, SAWAN, NAJM, ABBOUD = ("person:tarek-bitar", "person:fadi-sawan", "person:marie-claude-najm",
                              "person:suhail-abboud")
NASRALLAH, QASSEM, SHUKR, AQIL, SAFIEDDINE = (
    "person:hassan-nasrallah", "person:naim-qassem", "person:fuad-shukr", "person:ibrahim-aqil",
    "person:hashem-safieddine")
MACRON, FAIRUZ, LEDRIAN, MAGRO, HOCHSTEIN, BLINKEN, NETANYAHU, BUKHARI, FAISAL = (
    "person:emmanuel-macron", "person:fairuz", "person:jean-yves-le-drian", "person:herve-magro",
    "person:amos-hochstein", "person:antony-blinken", "person:benjamin-netanyahu", "person:walid-bukhari",
    "person:faisal-bin-farhan")

NNA = "blind set (Lebanese state news agency, English service, NNA-like)"
MANAR = "blind set (Hezbollah TV news site, Arabic, Al-Manar-like)"
REUTERS = "blind set (international news wire, English, Reuters-like)"
ASHARQ = "blind set (Saudi-owned pan-Arab daily, Arabic, Asharq Al-Awsat-like)"
ARABNEWS = "blind set (Saudi daily, English, Arab News-like)"
ARABY = "blind set (Qatari-owned daily, Arabic, Al-Araby Al-Jadeed-like)"

ARTICLES = [
    ("enPX1_adib_designated_nna", "en",
     "President Aoun designates Ambassador Mustapha Adib to form new government\n"
     "BAABDA, Aug. 31 (NNA) - President of the Republic, General Michel Aoun, today designated Lebanon's "
     "Ambassador to Germany, Dr. Mustapha Adib, to form the new government, following binding parliamentary "
     "consultations in which Adib was named by 90 deputies.\n"
     "Adib is to succeed Prime Minister Hassan Diab, whose government resigned on August 10 in the wake of the "
     "devastating explosion at the Port of Beirut on August 4.\n"
     "Former Prime Minister Saad Hariri, head of the Future Movement, met the President in the morning on behalf "
     "of his parliamentary bloc.\n"
     "Following his designation, Adib met with President Aoun and House Speaker Nabih Berri in a tripartite "
     "meeting at Baabda Palace, before addressing journalists.\n"
     "\"There is no time for words, promises and wishes,\" the Prime Minister-designate said, pledging a "
     "government of experts within record time.\n"
     "Premier Diab telephoned Adib to congratulate him.\n"
     "In the evening, French President Emmanuel Macron arrived in Beirut on his second visit since the blast, "
     "and was welcomed at Rafic Hariri International Airport by President Aoun. Macron later visited the "
     "singer Fairouz at her home in Rabieh.",
     [("LEADS", MAOUN, LEBANON, "President of the Republic, General Michel Aoun"),
      ("SUCCESSOR_OF", ADIB, DIAB, "Adib is to succeed Prime Minister", "2020-08-31"),
      ("LEADS", DIAB, LEBANON, "Prime Minister Hassan Diab, whose"),
      ("LEADS", HARIRI, FUTURE, "head of the Future Movement"),
      ("MET_WITH", HARIRI, MAOUN, "met the President in the morning", "2020-08-31"),
      ] + met_group({ADIB: "Following his designation, Adib met", MAOUN: "with President Aoun and House",
                     BERRI: "in a tripartite"}, "2020-08-31") + [
      ("LEADS", BERRI, PARL, "House Speaker Nabih Berri"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
      ("MET_WITH", MACRON, MAOUN, "was welcomed at Rafic Hariri International Airport", "2020-08-31"),
      ("MET_WITH", MACRON, FAIRUZ, "Macron later visited the", "2020-08-31"),
      ],
     {"source": NNA, "published": "2020-08-31"}),

    ("arPX2_aqil_mourned_manar", "ar",
     "المقاومة الإسلامية تنعى القائد الجهادي الكبير الحاج إبراهيم عقيل\n"
     "المنار\n"
     "نعت المقاومة الإسلامية في لبنان القائد الجهادي الكبير الحاج إبراهيم محمد عقيل «الحاج عبد القادر»، الذي "
     "ارتقى شهيداً على طريق القدس إثر العدوان الصهيوني الغادر الذي استهدف مبنى سكنياً في منطقة الجاموس في "
     "الضاحية الجنوبية لبيروت عصر أمس الجمعة.\n"
     "واعترف جيش العدو الإسرائيلي بتنفيذ الغارة، زاعماً أنه اغتال عقيل وعدداً من قادة قوة الرضوان خلال "
     "اجتماع لهم.\n"
     "كما نعت المقاومة القائد الحاج أحمد محمود وهبي «أبو حسين سمير»، الذي استشهد في الغارة نفسها.\n"
     "ويُعدّ الشهيد عقيل من الرعيل الأول في المقاومة، وقد تولى قيادة قوة الرضوان لسنوات، وكان عضواً في "
     "المجلس الجهادي.\n"
     "وكان القائد السيد فؤاد شكر «السيد محسن» قد ارتقى في 30 تموز بغارة إسرائيلية على حارة حريك.\n"
     "وفي كلمة خلال التشييع، أكد نائب الأمين العام لحزب الله الشيخ نعيم قاسم أن \"الحساب المفتوح\" مع "
     "العدو مستمر.\n"
     "وعلى هامش التشييع، استقبل رئيس المجلس التنفيذي في حزب الله السيد هاشم صفي الدين وفداً من حركة أمل "
     "برئاسة النائب علي حسن خليل، قدّم التعازي باسم الرئيس نبيه بري.",
     [("ASSASSINATED_BY", AQIL, ISRAEL, "إثر العدوان الصهيوني الغادر", "2024-09-20"),
      ("ASSASSINATED_BY", AQIL, IDF, "زاعماً أنه اغتال عقيل", "2024-09-20"),
      ("LEADS", AQIL, RADWAN, "تولى قيادة قوة الرضوان"),
      ("ASSASSINATED_BY", SHUKR, ISRAEL, "بغارة إسرائيلية على حارة حريك", "2024-07-30"),
      ("MEMBER_OF", QASSEM, HEZ, "نائب الأمين العام لحزب الله الشيخ"),
      ("LEADS", SAFIEDDINE, EXEC, "رئيس المجلس التنفيذي في حزب الله"),
      ("MET_WITH", SAFIEDDINE, KHALIL, "برئاسة النائب علي حسن خليل", "2024-09-21"),
      ("MEMBER_OF", KHALIL, AMAL, "وفداً من حركة أمل"),
      ],
     {"source": MANAR, "published": "2024-09-21"}),

    ("enPX3_hochstein_beirut_reuters", "en",
     "U.S. envoy Hochstein in Beirut seeks ceasefire terms as Israel confirms Safieddine killed\n"
     "BEIRUT, Oct 22 (Reuters) - U.S. envoy Amos Hochstein met Lebanese Parliament Speaker Nabih Berri in Beirut "
     "on Monday, telling reporters afterwards that a return to U.N. Security Council Resolution 1701 alone was "
     "\"not enough\" to end the conflict between Israel and Hezbollah.\n"
     "Berri, a Hezbollah ally, has been mandated by the group to negotiate on its behalf.\n"
     "Hochstein later held separate talks with caretaker Prime Minister Najib Mikati and army commander General "
     "Joseph Aoun, a Lebanese official said. He did not meet Hezbollah officials; U.S. law bars contact with the "
     "group, which Washington designates a terrorist organisation.\n"
     "Israel's military said on Tuesday it had killed Hashem Safieddine, the head of Hezbollah's executive "
     "council, in a strike in Beirut's southern suburbs about three weeks ago.\n"
     "Safieddine had been widely seen as a likely successor to Hassan Nasrallah, whom Israel killed in a "
     "Sept. 27 strike. Hezbollah did not immediately confirm his death.\n"
     "In Jerusalem, Israeli Prime Minister Benjamin Netanyahu met U.S. Secretary of State Antony Blinken on "
     "Tuesday, the first stop of Blinken's 11th regional tour since the Gaza war began. Mikati had spoken to "
     "Blinken by phone on Sunday.",
     [("MET_WITH", HOCHSTEIN, BERRI, "U.S. envoy Amos Hochstein met Lebanese", "2024-10-21"),
      ("LEADS", BERRI, PARL, "Lebanese Parliament Speaker Nabih Berri"),
      ("MET_WITH", HOCHSTEIN, MIKATI, "Hochstein later held separate talks", "2024-10-21"),
      ("MET_WITH", HOCHSTEIN, JAOUN, "army commander General", "2024-10-21"),
      ("LEADS", MIKATI, LEBANON, "caretaker Prime Minister Najib Mikati"),
      ("LEADS", JAOUN, ARMY, "Joseph Aoun, a Lebanese official"),
      ("ASSASSINATED_BY", SAFIEDDINE, IDF, "Israel's military said on Tuesday it had killed", "2024-10-03"),
      ("LEADS", SAFIEDDINE, EXEC, "the head of Hezbollah's executive"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "whom Israel killed in a", "2024-09-27"),
      ("MET_WITH", NETANYAHU, BLINKEN, "Benjamin Netanyahu met U.S. Secretary", "2024-10-22"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin"),
      ],
     {"source": REUTERS, "published": "2024-10-22"}),

    ("arPX4_ledrian_third_round_asharq", "ar",
     "لو دريان يبدأ جولته الثالثة من عين التينة... وبرّي يتمسك بالحوار\n"
     "بيروت: «الشرق الأوسط»\n"
     "بدأ الموفد الرئاسي الفرنسي جان إيف لو دريان جولته الثالثة على المسؤولين اللبنانيين بلقاء رئيس البرلمان "
     "نبيه برّي في عين التينة، بحضور السفير الفرنسي الجديد هيرفيه ماغرو، وبحث معه في مبادرة الحوار التي "
     "يدعو إليها برّي لإنهاء الشغور الرئاسي المستمر منذ انتهاء ولاية الرئيس ميشال عون في 31 أكتوبر (تشرين "
     "الأول) 2022.\n"
     "ثم انتقل لو دريان إلى السراي الحكومية حيث التقى رئيس حكومة تصريف الأعمال نجيب ميقاتي، الذي أكد له "
     "أن \"لا حل إلا بانتخاب رئيس في أقرب وقت\".\n"
     "وكان الموفد الفرنسي قد التقى مساء الاثنين السفير السعودي لدى لبنان وليد بخاري في مقر إقامته في "
     "اليرزة، في إطار التنسيق بين دول «اللجنة الخماسية».\n"
     "وعلمت «الشرق الأوسط» أن لو دريان سيلتقي اليوم رئيس «التيار الوطني الحر» النائب جبران باسيل، فيما "
     "أعلن حزب «القوات اللبنانية» أنه لن يشارك في أي حوار يسبق جلسة انتخاب مفتوحة.\n"
     "وقال مصدر مطلع إن الموفد الفرنسي لم يحمل أسماء مرشحين، بل \"خريطة طريق\" تقوم على التشاور ثم "
     "الانتخاب.",
     [("MET_WITH", LEDRIAN, BERRI, "جولته الثالثة على المسؤولين اللبنانيين بلقاء", "2023-09-12"),
      ("LEADS", BERRI, PARL, "رئيس البرلمان"),
      ("MET_WITH", MAGRO, BERRI, "بحضور السفير الفرنسي الجديد", "2023-09-12"),
      ("MET_WITH", MAGRO, LEDRIAN, "هيرفيه ماغرو", "2023-09-12"),
      ("MET_WITH", LEDRIAN, MIKATI, "حيث التقى رئيس حكومة تصريف", "2023-09-12"),
      ("LEADS", MIKATI, LEBANON, "رئيس حكومة تصريف الأعمال نجيب ميقاتي"),
      ("MET_WITH", LEDRIAN, BUKHARI, "السفير السعودي لدى لبنان وليد بخاري", "2023-09-11"),
      ("LEADS", BASSIL, FPM, "رئيس «التيار الوطني الحر» النائب"),
      ],
     {"source": ASHARQ, "published": "2023-09-13"}),

    ("enPX5_saudi_fm_aoun_arabnews", "en",
     "Saudi FM meets President Aoun on first visit to Lebanon in 15 years\n"
     "BEIRUT: Saudi Foreign Minister Prince Faisal bin Farhan met Lebanon's newly elected President Joseph Aoun "
     "at the Baabda Palace on Thursday, on the first visit by a Saudi foreign minister to Beirut in some 15 "
     "years.\n"
     "Prince Faisal, who was accompanied by the Kingdom's ambassador, Walid Bukhari, conveyed the "
     "congratulations of Crown Prince Mohammed bin Salman and an invitation to visit Riyadh.\n"
     "\"We have great confidence in Lebanon's ability to implement reforms,\" Prince Faisal told reporters after "
     "the meeting.\n"
     "The Saudi minister then held talks with caretaker Premier Najib Meqati at the Grand Serail, and later "
     "separately with Prime Minister-designate Nawaf Salam and with Speaker Nabih Berri in Ain Al-Tineh.\n"
     "Salam, a former president of the International Court of Justice, was designated on Jan. 13 to succeed "
     "Meqati and is trying to form a government of non-partisan ministers.\n"
     "Aoun, a former army chief, was elected on Jan. 9, ending a 26-month presidential vacancy. The crown prince "
     "had telephoned him on the day of his election.\n"
     "Hezbollah leader Naim Qassem, whose group was badly weakened in last year's war with Israel, has said the "
     "party will cooperate with the new president.",
     [("MET_WITH", FAISAL, JAOUN, "Prince Faisal bin Farhan met Lebanon's", "2025-01-23"),
      ("LEADS", FAISAL, SAUFM, "Saudi Foreign Minister Prince Faisal"),
      ("MET_WITH", BUKHARI, JAOUN, "who was accompanied by the Kingdom", "2025-01-23"),
      ("MET_WITH", BUKHARI, FAISAL, "ambassador, Walid Bukhari", "2025-01-23"),
      ("LEADS", JAOUN, LEBANON, "newly elected President Joseph Aoun"),
      ("MET_WITH", FAISAL, MIKATI, "then held talks with caretaker Premier", "2025-01-23"),
      ("MET_WITH", FAISAL, SALAM, "separately with Prime Minister-designate", "2025-01-23"),
      ("MET_WITH", FAISAL, BERRI, "with Speaker Nabih Berri in Ain", "2025-01-23"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "designated on Jan. 13 to succeed", "2025-01-13"),
      ("LEADS", QASSEM, HEZ, "Hezbollah leader Naim Qassem"),
      ],
     {"source": ARABNEWS, "published": "2025-01-23"}),

    ("arPX6_bitar_replaces_sawan_araby", "ar",
     "انفجار مرفأ بيروت: طارق البيطار محققاً عدلياً خلفاً لفادي صوان\n"
     "بيروت - العربي الجديد\n"
     "وافق مجلس القضاء الأعلى في لبنان، اليوم الجمعة، على تعيين القاضي طارق البيطار، رئيس محكمة الجنايات في "
     "بيروت، محققاً عدلياً في قضية انفجار مرفأ بيروت، خلفاً للقاضي فادي صوان الذي قررت محكمة التمييز أمس "
     "تنحيته عن الملف بعد دعوى \"الارتياب المشروع\" التي قدّمها الوزيران السابقان علي حسن خليل وغازي زعيتر.\n"
     "وجاء القرار بعدما اقترحت وزيرة العدل في حكومة تصريف الأعمال ماري كلود نجم اسم البيطار، إثر لقاء "
     "جمعها صباحاً برئيس المجلس القاضي سهيل عبود.\n"
     "وكان صوان قد ادّعى في كانون الأول الماضي على رئيس حكومة تصريف الأعمال حسان دياب والوزراء السابقين خليل "
     "وزعيتر ويوسف فنيانوس بتهمة الإهمال.\n"
     "وزار الرئيس المكلف سعد الحريري يومها دياب في السراي الحكومي متضامناً، معتبراً أن الادعاء على رئيس "
     "الحكومة \"خرق للدستور\".\n"
     "وكان الأمين العام لحزب الله السيد حسن نصرالله قد انتقد أداء صوان، مطالباً بتحقيق \"شفاف\".\n"
     "وأودى انفجار الرابع من آب 2020 بأكثر من مئتي شخص وأصاب أكثر من ستة آلاف، فيما دمّر أحياء واسعة من "
     "العاصمة.",
     [("SUCCESSOR_OF", BITAR, SAWAN, "خلفاً للقاضي فادي صوان", "2021-02-19"),
      ("MET_WITH", NAJM, ABBOUD, "إثر لقاء جمعها صباحاً", "2021-02-19"),
      ("LEADS", ABBOUD, SJC, "برئيس المجلس القاضي سهيل عبود"),
      ("LEADS", DIAB, LEBANON, "رئيس حكومة تصريف الأعمال حسان دياب"),
      ("MET_WITH", HARIRI, DIAB, "وزار الرئيس المكلف سعد الحريري", "2020-12-11"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله السيد"),
      ],
     {"source": ARABY, "published": "2021-02-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPX")
