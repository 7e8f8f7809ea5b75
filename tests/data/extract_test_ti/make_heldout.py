"""Blind set TI: Syria from the fall of Bashar al-Assad to mid-2025 (first folder of TI-TJ): the HTS offensive
and Assad's flight to Moscow, Mohammed al-Bashir named caretaker prime minister after Mohammad Ghazi al-Jalali
(December 2024), Hakan Fidan's and Ibrahim Kalin's visits to Damascus, the US delegation led by Barbara Leaf,
the killing of Shujaa al-Ali and a retired colonel found dead in Latakia, Asaad al-Shaibani's first tour
(Riyadh, Doha, Amman), al-Sharaa named transitional president and the Emir of Qatar in Damascus (January
2025), as a British wire writes it in English (Reuters-like: "DAMASCUS/BEIRUT, Dec 10 (Reuters) -"), the new
Syrian state agency in Arabic (SANA-like: "دمشق-سانا", "قائد الإدارة السورية الجديدة"), a US wire in English
(AP-like: "DAMASCUS, Syria (AP) —"), an independent Syrian outlet in Arabic (Enab Baladi-like: "عنب بلدي –
حمص"), a Washington-based Middle East site in English (Al-Monitor-like: "told Al-Monitor") and a Syrian
opposition TV channel's website in Arabic (Syria TV-like: "تلفزيون سوريا – دمشق").
Pieces: Bashir named caretaker prime minister taking over from Jalali; Sharaa met Jalali and Bashir; Assad in
Moscow (English, TI1); Sharaa receives Fidan with Shaibani present; Kalin had visited and met Sharaa (Arabic,
TI2); Leaf, Carstens and Rubinstein meet Sharaa (English, TI3); General Security forces kill Shujaa al-Ali;
Jumaa Hassoun found shot dead (no agent) (Arabic, TI4); Shaibani, Abu Qasra and Khattab meet Faisal bin
Farhan in Riyadh; Shaibani meets Sheikh Mohammed bin Abdulrahman in Doha and Safadi in Amman (English, TI5);
Sharaa named transitional president; Tamim received by Sharaa with Shaibani and Khulaifi present (Arabic,
TI6).
Excluded on purpose (no relation): Putin who had no plans to meet Assad, Assad's flight (no visit) (TI1);
Safadi's phone call to Shaibani, the expected Qatari delegation (TI2); Blinken, who did not travel and had no
plans to meet the new authorities; the caretaker prime minister the delegation did not meet (TI3); the
unnamed dead of the Tartus ambush, Hassoun killed by unknown men, the family's accusation and the denial by
General Security (TI4); the mooted Cairo visit with no date (TI5); the Saudi crown prince's cable of
congratulation (TI6).
Judgement calls: "taking over from" Jalali is a succession (TI1); "met Jalali and Bashir to coordinate the
handover" is a meeting of the three (TI1); a caretaker or last prime minister LEADS the country (TI1); "بحضور"
one attendee: paired with both principals (TI2); "She was joined by" the two envoys: a meeting of the four
(TI3, as SQ3); "قتلت قوات إدارة الأمن العام ... شجاع العلي" gives victim -> General Security (the agent named
by the text) (TI4); "The delegation met" Faisal bin Farhan: the three Syrians and the Saudi minister, each
pair (TI5); "قائد الإدارة السورية الجديدة" LEADS Syria (TI2); being named transitional president is no
succession stated (nobody named as replaced) (TI6); "بحضور" two attendees: paired with both principals and
with each other (TI6); Khulaifi's December meeting with Sharaa is the same pair as the January one (kept once,
as the builder wants) (TI6).
Filled in for the exercise: the hour of the statement, the video of the meeting, Peskov's wording (TI1); the
wording of the talks, Safadi's call and the Qatari delegation (TI2); the wording of the State Department
spokesman, the missed meeting with Bashir (TI3); Jumaa Hassoun and everything about his death (TI4); the day of
each meeting, the Egyptian officials' remark (TI5); the wording of the conference, the attendees of the Emir's
talks, the crown prince's cable (TI6).
Spellings: "Abu Mohammed al-Golani", "Mohammad Ghazi al-Jalali" (TI1); «أسعد حسن الشيباني»، «إبراهيم قالن»
(TI2); "Ahmad al-Sharaa", "Bashar Assad" (TI3); «شجاع العلي»، «الأمن العام» (TI4); "Asaad Hassan
al-Shaibani", "Murhaf Abu Qasra", "Prince Faisal bin Farhan" (TI5); «الشيخ تميم بن حمد آل ثاني»، «محمد
الخليفي» (TI6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tj import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, RUSSIA, QATAR = "country:syria", "country:russia", "country:qatar"
DAMASCUS, RIYADH, DOHA, AMMAN = "location:damascus", "location:riyadh", "location:doha", "location:amman"
HTS, GENSEC = "organization:hayat-tahrir-al-sham", "organization:syrian-general-security"
ASSAD, SHARAA, BASHIR, JALALI, SHAIBANI, ABUQASRA, KHATTAB, SHUJAA = (
    "person:bashar-al-assad", "person:ahmed-al-sharaa", "person:mohammed-al-bashir",
    "person:mohammad-ghazi-al-jalali", "person:asaad-al-shaibani", "person:murhaf-abu-qasra",
    "person:anas-khattab", "person:shujaa-al-ali")
PUTIN, FIDAN, KALIN, TAMIM, MBAR, KHULAIFI, FAISAL, SAFADI = (
    "person:vladimir-putin", "person:hakan-fidan", "person:ibrahim-kalin", "person:tamim-bin-hamad-al-thani",
    "person:mohammed-bin-abdulrahman-al-thani", "person:mohammed-al-khulaifi", "person:faisal-bin-farhan",
    "person:ayman-safadi")
LEAF, CARSTENS, RUBINSTEIN = "person:barbara-leaf", "person:roger-carstens", "person:daniel-rubinstein"
MIT = "organization:turkish-national-intelligence-organization"

REUTERS = "blind set (British news wire, English, Reuters-like)"
SANA = "blind set (Syrian state news agency after December 2024, Arabic, SANA-like)"
AP = "blind set (US news wire, English, AP-like)"
ENAB = "blind set (independent Syrian outlet, Arabic, Enab Baladi-like)"
MONITOR = "blind set (Washington-based Middle East news site, English, Al-Monitor-like)"
SYRIATV = "blind set (Syrian TV channel's website, Arabic, Syria TV-like)"

ARTICLES = [
    ("enTI1_bashir_caretaker_reuters", "en",
     "Syrian rebels name Bashir caretaker PM as Assad surfaces in Moscow\n"
     "DAMASCUS/BEIRUT, Dec 10 (Reuters) - Syria's new rulers on Tuesday named Mohammed al-Bashir, an engineer "
     "from Idlib province, as caretaker prime minister, two days after a lightning offensive led by Hayat "
     "Tahrir al-Sham (HTS) drove President Bashar al-Assad from power.\n"
     "Bashir said in a statement read on state television that he would run the government until March 1, "
     "taking over from Mohammad Ghazi al-Jalali, Assad's last premier, who stayed in Damascus and had offered "
     "to hand state institutions to whoever the Syrian people chose.\n"
     "On Monday HTS leader Ahmed al-Sharaa, better known by his nom de guerre Abu Mohammed al-Golani, met "
     "Jalali and Bashir to coordinate the transfer of power, according to a video posted on a Telegram "
     "channel used by the group.\n"
     "Russian news agencies, citing a Kremlin source, said Assad and his family had arrived in Moscow and been "
     "granted asylum on humanitarian grounds. Kremlin spokesman Dmitry Peskov said President Vladimir Putin had "
     "no plans to meet the ousted Syrian leader, and declined to say where he was staying.\n"
     "The fall of the Assad family, which ruled Syria with an iron fist for more than five decades, was "
     "celebrated in the streets of Damascus, Aleppo and Homs.",
     [("SUCCESSOR_OF", BASHIR, JALALI, "taking over from Mohammad Ghazi al-Jalali", "2024-12-10"),
      ("LEADS", BASHIR, SYRIA, "as caretaker prime minister"),
      ("LEADS", JALALI, SYRIA, "Assad's last premier"),
      ("LEADS", ASSAD, SYRIA, "President Bashar al-Assad from power"),
      ("LEADS", SHARAA, HTS, "HTS leader Ahmed al-Sharaa"),
      ]
     + met_group({SHARAA: "HTS leader Ahmed al-Sharaa", JALALI: "Jalali and Bashir to coordinate",
                  BASHIR: "and Bashir to coordinate the transfer"}, "2024-12-09")
     + [("LEADS", PUTIN, RUSSIA, "President Vladimir Putin had"),
        ],
     {"source": REUTERS, "published": "2024-12-10"}),

    ("arTI2_fidan_damascus_sana", "ar",
     "الشرع يستقبل وزير الخارجية التركي هاكان فيدان في دمشق\n"
     "دمشق-سانا\n"
     "استقبل قائد الإدارة السورية الجديدة أحمد الشرع اليوم في قصر الشعب بدمشق وزير الخارجية التركي هاكان "
     "فيدان والوفد المرافق له، بحضور وزير الخارجية أسعد حسن الشيباني.\n"
     "وبحث الجانبان خلال اللقاء سبل دعم المرحلة الانتقالية في سوريا، وعودة اللاجئين السوريين من تركيا، "
     "والحفاظ على وحدة الأراضي السورية، وإعادة تفعيل العلاقات الاقتصادية بين البلدين.\n"
     "وأكد الشرع أن سوريا الجديدة ستكون دولة لكل السوريين، وأنها لن تسمح بأن تكون منطلقاً لتهديد جيرانها، "
     "فيما شدد فيدان على وقوف بلاده إلى جانب الشعب السوري في إعادة بناء مؤسساته.\n"
     "ووصل فيدان إلى دمشق صباح اليوم، في أول زيارة لوزير خارجية تركي إلى العاصمة السورية منذ سنوات، وكان "
     "رئيس جهاز الاستخبارات التركية إبراهيم قالن قد زار دمشق في الثاني عشر من الشهر الجاري والتقى الشرع، "
     "وأدى الصلاة في الجامع الأموي.\n"
     "وفي سياق متصل، تلقى الشيباني اتصالاً هاتفياً من نظيره الأردني أيمن الصفدي، جرى خلاله بحث الأوضاع على "
     "الحدود بين البلدين. ومن المنتظر أن يصل وفد قطري رفيع إلى دمشق خلال الأيام المقبلة، وفق مصادر "
     "دبلوماسية، دون تحديد موعد.",
     met_group({SHARAA: "استقبل قائد الإدارة السورية الجديدة أحمد الشرع", FIDAN: "التركي هاكان فيدان والوفد",
                SHAIBANI: "بحضور وزير الخارجية أسعد"}, "2024-12-22")
     + [("LEADS", SHARAA, SYRIA, "قائد الإدارة السورية الجديدة أحمد الشرع اليوم"),
        ("VISITED", FIDAN, DAMASCUS, "ووصل فيدان إلى دمشق", "2024-12-22"),
        ("VISITED", KALIN, DAMASCUS, "قد زار دمشق في الثاني عشر", "2024-12-12"),
        ("MET_WITH", KALIN, SHARAA, "والتقى الشرع", "2024-12-12"),
        ("LEADS", KALIN, MIT, "رئيس جهاز الاستخبارات التركية إبراهيم"),
        ],
     {"source": SANA, "published": "2024-12-22"}),

    ("enTI3_leaf_delegation_ap", "en",
     "US diplomats meet Syria's new leader in Damascus, drop $10 million bounty\n"
     "DAMASCUS, Syria (AP) — The top U.S. diplomat for the Middle East met Friday with Syria's de facto leader "
     "Ahmad al-Sharaa, in the first formal visit to Damascus by American officials since the fall of Bashar "
     "Assad, and said Washington would no longer seek a $10 million reward for his capture.\n"
     "Assistant Secretary of State Barbara Leaf told reporters after the meeting that the talks with "
     "al-Sharaa, whose Hayat Tahrir al-Sham group led the offensive that ousted Assad, were \"good, very "
     "productive, very detailed.\" She was joined by Roger Carstens, the presidential envoy for hostage "
     "affairs, and Daniel Rubinstein, a veteran diplomat put in charge of the Syria file.\n"
     "Carstens pressed for information on Austin Tice, the American journalist abducted near Damascus in 2012. "
     "A news conference planned for the end of the visit was cancelled for security reasons.\n"
     "Secretary of State Antony Blinken, who spent much of the past week in Jordan and Turkey consulting on "
     "Syria, did not travel to Damascus, and a State Department spokesman said there were no plans for him "
     "to meet the new authorities \"at this stage.\"\n"
     "A U.S. official said the delegation did not see the caretaker prime minister, Mohammed al-Bashir, "
     "because of time constraints.",
     met_group({LEAF: "Assistant Secretary of State Barbara Leaf", SHARAA: "Syria's de facto leader",
                CARSTENS: "She was joined by Roger Carstens", RUBINSTEIN: "and Daniel Rubinstein, a veteran"},
               "2024-12-20")
     + [("VISITED", LEAF, DAMASCUS, "in the first formal visit to Damascus", "2024-12-20"),
        ("LEADS", SHARAA, HTS, "whose Hayat Tahrir al-Sham group led"),
        ("LEADS", BASHIR, SYRIA, "the caretaker prime minister, Mohammed"),
        ],
     {"source": AP, "published": "2024-12-20"}),
]

ARTICLES += [
    ("arTI4_shujaa_al_ali_enab", "ar",
     "مقتل شجاع العلي في ريف حمص.. ومجهولون يقتلون ضابطاً متقاعداً في اللاذقية\n"
     "عنب بلدي – حمص\n"
     "قتلت قوات إدارة الأمن العام، مساء الخميس 26 من كانون الأول، قائد الميليشيا الرديفة لقوات النظام "
     "السابق شجاع العلي، خلال حملة أمنية في قرية بلقسة بريف حمص الغربي، بحسب ما أعلنته وزارة الداخلية في "
     "حكومة تصريف الأعمال.\n"
     "ويُتهم العلي بالمسؤولية عن عمليات خطف وقتل وابتزاز طالت مدنيين في ريف حمص خلال السنوات الماضية، وكان "
     "اسمه قد تكرر في شهادات ذوي مختطفين نشرتها عنب بلدي في تقارير سابقة.\n"
     "وجاءت الحملة بعد يوم على مقتل 14 عنصراً من وزارة الداخلية في كمين نصبه مسلحون من فلول النظام في ريف "
     "طرطوس، خلال محاولتهم اعتقال ضابط سابق متهم بالإشراف على إعدامات في سجن صيدنايا.\n"
     "وفي اللاذقية، عُثر صباح السبت على جثة العقيد المتقاعد جمعة حسون مقتولاً بطلقات نارية قرب منزله في "
     "حي الدعتور، ولم تُعرف الجهة المسؤولة عن مقتله حتى الآن.\n"
     "واتهمت عائلة حسون \"مجموعة مسلحة غير منضبطة\" بتصفيته، فيما نفى مصدر في الأمن العام أي صلة لعناصره "
     "بالحادثة، وقال لعنب بلدي إن التحقيقات جارية لكشف الفاعلين.",
     [("ASSASSINATED_BY", SHUJAA, GENSEC, "قتلت قوات إدارة الأمن العام", "2024-12-26"),
      ],
     {"source": ENAB, "published": "2024-12-28"}),

    ("enTI5_shaibani_tour_monitor", "en",
     "Syria's new foreign minister makes Riyadh his first stop abroad\n"
     "Syria's foreign minister in the caretaker government, Asaad Hassan al-Shaibani, arrived in Riyadh late "
     "Wednesday on his first trip abroad since the fall of Bashar al-Assad, accompanied by Defense Minister "
     "Murhaf Abu Qasra and intelligence chief Anas Khattab.\n"
     "The delegation met Saudi Foreign Minister Prince Faisal bin Farhan on Thursday, the Saudi Press Agency "
     "reported, in talks that covered sanctions relief, the return of refugees and Saudi support for the "
     "transition.\n"
     "Shaibani then flew to Doha, where he held talks on Sunday with Qatar's Prime Minister and Foreign "
     "Minister Sheikh Mohammed bin Abdulrahman Al Thani, before heading on Tuesday to Amman for a meeting with "
     "his Jordanian counterpart, Ayman Safadi.\n"
     "A stop in Cairo had also been mooted, but Egyptian officials told Al-Monitor that no date had been set "
     "and that Cairo wanted \"clearer signals\" from Damascus first.\n"
     "The choice of Riyadh for the first visit was deliberate, a Syrian official close to the foreign ministry "
     "said, describing Saudi Arabia as the key to Syria's return to the Arab fold.",
     [("VISITED", SHAIBANI, RIYADH, "arrived in Riyadh late", "2025-01-01"),
      ("VISITED", ABUQASRA, RIYADH, "accompanied by Defense Minister", "2025-01-01"),
      ("VISITED", KHATTAB, RIYADH, "and intelligence chief Anas Khattab", "2025-01-01"),
      ]
     + met_group({SHAIBANI: "Asaad Hassan al-Shaibani, arrived", ABUQASRA: "Murhaf Abu Qasra and",
                  KHATTAB: "intelligence chief Anas Khattab",
                  FAISAL: "The delegation met Saudi Foreign Minister"}, "2025-01-02")
     + [("VISITED", SHAIBANI, DOHA, "Shaibani then flew to Doha", "2025-01-05"),
        ("MET_WITH", SHAIBANI, MBAR, "Sheikh Mohammed bin Abdulrahman Al Thani", "2025-01-05"),
        ("LEADS", MBAR, QATAR, "Qatar's Prime Minister and Foreign"),
        ("VISITED", SHAIBANI, AMMAN, "heading on Tuesday to Amman", "2025-01-07"),
        ("MET_WITH", SHAIBANI, SAFADI, "for a meeting with", "2025-01-07"),
        ],
     {"source": MONITOR, "published": "2025-01-08"}),

    ("arTI6_victory_conference_tamim_syriatv", "ar",
     "الشرع رئيساً للمرحلة الانتقالية.. وأمير قطر أول زعيم يزور دمشق بعد الأسد\n"
     "تلفزيون سوريا – دمشق\n"
     "أعلنت إدارة العمليات العسكرية، مساء الأربعاء، تولية قائدها أحمد الشرع رئاسة الجمهورية في المرحلة "
     "الانتقالية، خلال «مؤتمر إعلان انتصار الثورة السورية» الذي عُقد في قصر الشعب بدمشق بحضور قادة "
     "الفصائل العسكرية.\n"
     "وأعلن المتحدث باسم الإدارة العقيد حسن عبد الغني حل مجلس الشعب وحزب البعث وجيش النظام السابق، "
     "وتفويض الشرع بتشكيل مجلس تشريعي مؤقت.\n"
     "وفي اليوم التالي، وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى مطار دمشق الدولي في أول زيارة لرئيس "
     "دولة إلى سوريا منذ سقوط النظام، وكان في استقباله الرئيس الشرع، قبل أن يعقد الجانبان جلسة مباحثات في "
     "قصر الشعب بحضور وزير الخارجية أسعد الشيباني ووزير الدولة القطري محمد الخليفي.\n"
     "وكان الخليفي قد زار دمشق في 23 كانون الأول الماضي والتقى الشرع، في حين بعث ولي العهد السعودي الأمير "
     "محمد بن سلمان ببرقية تهنئة إلى الشرع بمناسبة توليه الرئاسة.\n"
     "ولم يصدر عن الرئيس المخلوع بشار الأسد، المقيم في موسكو منذ فراره، أي تعليق على المؤتمر.",
     [("LEADS", SHARAA, SYRIA, "تولية قائدها أحمد الشرع رئاسة الجمهورية"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ تميم"),
      ("VISITED", TAMIM, DAMASCUS, "وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى مطار دمشق", "2025-01-30"),
      ]
     + met_group({TAMIM: "وصل أمير قطر الشيخ تميم", SHARAA: "وكان في استقباله الرئيس الشرع",
                  SHAIBANI: "بحضور وزير الخارجية أسعد", KHULAIFI: "ووزير الدولة القطري محمد الخليفي"},
                 "2025-01-30")
     + [("VISITED", KHULAIFI, DAMASCUS, "وكان الخليفي قد زار دمشق", "2024-12-23"),
        ("LEADS", ASSAD, SYRIA, "الرئيس المخلوع بشار الأسد"),
        ],
     {"source": SYRIATV, "published": "2025-01-30"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTI")
