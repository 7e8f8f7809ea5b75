"""Blind set KW: the killing of Iran's commanders and nuclear scientists, 2020-2025, with and without a
stated agent, and the men named in their place, as an Iranian Arabic-language channel's site writes it
(Al-Alam-like: "طهران – العالم", "قائد الثورة الإسلامية", "الكيان الصهيوني", "الشهيد"), a London-based
Arabic daily (Asharq Al-Awsat-like: "لندن -", months given twice, «guillemets»), a wire service (Reuters-like:
"DUBAI, June 21 (wire) -", "state media reported") and a think-tank brief (analytic, "in Bagheri's stead").
Pieces: Khamenei's appointments of 13 June 2025 (Mousavi after Bagheri, Pakpour after Salami, Shadmani after
Rashid, Hatami after Mousavi) and the scientists killed by Israel the same night (Arabic); Israel says it
killed Sedighi Saber, Shadmani, Kazemi with his deputy Mohaqeq and Borji; Abdollahi after Shadmani, Khademi
after Kazemi (English wire); the record of killings 2020-2024: Fakhrizadeh, Sayyad Khodaei, Esmaeilzadeh and
Abdous without an agent, Razi Mousavi, Zahedi with Haji Rahimi, Nilforoushan with Nasrallah by Israel
(Arabic daily); who commands after June 2025: Bagheri, Salami, Hajizadeh and Bagheri Kazemabad killed by
Israel, Mousavi, Pakpour, Majid Mousavi, Hatami and Karami appointed (think-tank brief); the anniversary of
Haniyeh's killing in Tehran with Abu Shaaban, his meeting with Khamenei and al-Nakhalah, Pezeshkian's meeting
with him, Sinwar after him, Sinwar killed by Israeli forces (Arabic); Izadi, Shahriari and Joudaki killed by
Israel, Araghchi meets Kallas in Geneva (English wire).
Excluded on purpose (no relation): Shamkhani "was wounded", not killed (KW2); Fakhrizadeh's killing, for
which "Tehran accused Israel" while Israel never claimed it (an accusation), Sayyad Khodaei shot by "two
gunmen" with nobody claiming it, and the deaths of Esmaeilzadeh and Abdous with no one blamed (KW3); the
meeting with Qalibaf "scheduled" for the next morning (KW5); Araghchi "is due to meet" Putin (planned) and
"spoke by phone" with Badr Albusaidi (KW6). The unnamed British, French and German ministers of the Geneva
meeting are not entities, so only Araghchi and Kallas are paired.
Judgement calls: "the Zionist entity" / "Israel said it killed" / "Israeli strikes killed" give the country
Israel; "in a clash with the occupation forces" gives the Israel Defense Forces (KW5); a bodyguard and a
deputy killed "with" the target take the same agent (KW3, KW5); "killed in the same raids" after a sentence
naming the Zionist entity's raids gives Israel for the scientists (KW1); Katz's admission of Haniyeh's
killing counts as a claim, but the triple is annotated once, at the outlet's own statement (KW5); Hatami
succeeds Abdolrahim Mousavi at the army, Mousavi succeeds Bagheri (KW1, KW4); Karami succeeds Pakpour at the
ground force (KW4). Filled in for the exercise: the Tehran homes of the scientists, the day of Joudaki's
death and the place (Ahvaz), Tabatabaei as the source of the Pezeshkian-Haniyeh meeting, the scheduled
Qalibaf meeting, Bagheri Kazemabad's title.
Spellings: "محمد حسين باقري", "محمد باك بور", "غلامعلي رشيد" (KW1); "Gholamali Rashid", "Ali Abdollahi
Aliabadi" (KW2); "السيد رضي موسوي" (KW3); "Amirali Hajizadeh" (KW4); "آية الله خامنئي" (KW5).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ky import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IDF = "country:israel", "organization:israel-defense-forces"
IRGC, QF, QFPAL, KHATAM, IRGCINT, IRGCAERO, IRGCGROUND, STAFF, ARMY, SPND, AEOI = (
    "organization:irgc", "organization:quds-force", "organization:quds-force-palestine-corps",
    "organization:khatam-al-anbiya-central-headquarters", "organization:irgc-intelligence-organization",
    "organization:irgc-aerospace-force", "organization:irgc-ground-forces",
    "organization:iranian-armed-forces-general-staff", "organization:iranian-army", "organization:spnd",
    "organization:atomic-energy-organization-of-iran")
HAMASPB, PIJ, PRESOFF, HEZB = ("organization:hamas-political-bureau", "organization:palestinian-islamic-jihad",
                               "organization:iranian-presidential-office", "organization:hezbollah")
TEHRAN, QOM, GENEVA, DAMASCUS, CONSULATE, BEIRUT = (
    "location:tehran", "location:qom", "location:geneva", "location:damascus",
    "location:iranian-consulate-damascus", "location:beirut")
KHAMENEI, BAGHERI, SALAMI, RASHID, AMOUSAVI, PAKPOUR, SHADMANI, HATAMI = (
    "person:ali-khamenei", "person:mohammad-bagheri", "person:hossein-salami", "person:gholam-ali-rashid",
    "person:abdolrahim-mousavi", "person:mohammad-pakpour", "person:ali-shadmani", "person:amir-hatami")
ABBASI, TEHRANCHI, ESLAMI, ABDOLLAHI, KAZEMI, MOHAQEQ, KHADEMI, SHAMKHANI = (
    "person:fereydoun-abbasi", "person:mohammad-mehdi-tehranchi", "person:mohammad-eslami",
    "person:ali-abdollahi", "person:mohammad-kazemi", "person:hassan-mohaqeq", "person:majid-khademi",
    "person:ali-shamkhani")
FAKHRI, KHODAEI, RAZI, ZAHEDI, HAJIRAHIMI, NILF, NASRALLAH = (
    "person:mohsen-fakhrizadeh", "person:hassan-sayyad-khodaei", "person:razi-mousavi",
    "person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi", "person:abbas-nilforoushan",
    "person:hassan-nasrallah")
HAJIZADEH, MMOUSAVI, KARAMI = "person:amir-ali-hajizadeh", "person:majid-mousavi", "person:mohammad-karami"
HANIYEH, ABUSHAABAN, NAKHALAH, PEZESHKIAN, SINWAR, KATZ = (
    "person:ismail-haniyeh", "person:wasim-abu-shaaban", "person:ziad-al-nakhalah",
    "person:masoud-pezeshkian", "person:yahya-sinwar", "person:israel-katz")
IZADI, SHAHRIARI, ARAGHCHI, KALLAS = ("person:saeed-izadi", "person:behnam-shahriari", "person:abbas-araghchi",
                                      "person:kaja-kallas")
# new to the tables
ZOLFAGHARI, FEGHHI, BORJI, SEDIGHI, KAZEMABAD, ESMAEILZADEH, ABDOUS, TABATABAEI, JOUDAKI = (
    "person:ahmad-reza-zolfaghari", "person:amir-hossein-feghhi", "person:saeed-borji",
    "person:mohammad-reza-sedighi-saber", "person:mahmoud-bagheri-kazemabad", "person:ali-esmaeilzadeh",
    "person:mohammad-abdous", "person:mehdi-tabatabaei", "person:aminpour-joudaki")

ARTICLES = [
    ("arKW1_khamenei_new_commanders", "ar",
     "قائد الثورة يعيّن قادة جدداً للقوات المسلحة بعد العدوان الصهيوني\n"
     "طهران – العالم: أصدر قائد الثورة الإسلامية آية الله السيد علي الخامنئي، الجمعة، مراسيم بتعيين قادة "
     "جدد للقوات المسلحة، بعد ساعات من الغارات التي شنّها الكيان الصهيوني فجراً على طهران ومدن أخرى، "
     "واستشهد فيها اللواء محمد حسين باقري واللواء حسين سلامي واللواء غلامعلي رشيد.\n"
     "وعُيّن اللواء عبد الرحيم الموسوي رئيساً لهيئة الأركان العامة للقوات المسلحة خلفاً للشهيد باقري، "
     "فيما عُيّن اللواء محمد باك بور قائداً عاماً لحرس الثورة الإسلامية بدلاً من الشهيد سلامي.\n"
     "كما كُلّف اللواء علي شادماني بقيادة مقر خاتم الأنبياء المركزي خلفاً للشهيد رشيد، وتولى اللواء أمير "
     "حاتمي القيادة العامة للجيش بعد انتقال الموسوي إلى هيئة الأركان.\n"
     "واستشهد في الغارات ذاتها العالمان النوويان فريدون عباسي ومحمد مهدي طهرانجي، إلى جانب أستاذ الهندسة "
     "النووية أحمد رضا ذو الفقاري والعالم أمير حسين فقهي، في منازلهم بطهران.\n"
     "وأكد رئيس منظمة الطاقة الذرية محمد إسلامي أن البرنامج النووي السلمي سيستمر.",
     [("ASSASSINATED_BY", BAGHERI, ISR, "واستشهد فيها اللواء محمد حسين باقري", "2025-06-13"),
      ("ASSASSINATED_BY", SALAMI, ISR, "واللواء حسين سلامي", "2025-06-13"),
      ("ASSASSINATED_BY", RASHID, ISR, "واللواء غلامعلي رشيد", "2025-06-13"),
      ("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "خلفاً للشهيد باقري", "2025-06-13"),
      ("LEADS", AMOUSAVI, STAFF, "رئيساً لهيئة الأركان العامة للقوات المسلحة"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "بدلاً من الشهيد سلامي", "2025-06-13"),
      ("LEADS", PAKPOUR, IRGC, "قائداً عاماً لحرس الثورة الإسلامية"),
      ("SUCCESSOR_OF", SHADMANI, RASHID, "خلفاً للشهيد رشيد", "2025-06-13"),
      ("LEADS", SHADMANI, KHATAM, "بقيادة مقر خاتم الأنبياء المركزي"),
      ("SUCCESSOR_OF", HATAMI, AMOUSAVI, "بعد انتقال الموسوي إلى هيئة الأركان", "2025-06-13"),
      ("LEADS", HATAMI, ARMY, "القيادة العامة للجيش"),
      ("ASSASSINATED_BY", ABBASI, ISR, "العالمان النوويان فريدون عباسي", "2025-06-13"),
      ("ASSASSINATED_BY", TEHRANCHI, ISR, "ومحمد مهدي طهرانجي", "2025-06-13"),
      ("ASSASSINATED_BY", ZOLFAGHARI, ISR, "أحمد رضا ذو الفقاري", "2025-06-13"),
      ("ASSASSINATED_BY", FEGHHI, ISR, "والعالم أمير حسين فقهي", "2025-06-13"),
      ("LEADS", ESLAMI, AEOI, "رئيس منظمة الطاقة الذرية محمد إسلامي"),
      ],
     {"source": "blind set (Iranian Arabic-language channel's site)", "published": "2025-06-13"}),

    ("enKW2_israel_shadmani_kazemi", "en",
     "Israel says it killed Iranian nuclear scientist hours before truce\n"
     "DUBAI, June 24 (wire) - Israel said on Tuesday it had killed Mohammad Reza Sedighi Saber, a nuclear "
     "scientist under U.S. sanctions, in a strike in northern Iran hours before a ceasefire took effect.\n"
     "Last week Israel said it had killed Ali Shadmani, the wartime commander of Iran's Khatam al-Anbiya "
     "Central Headquarters, four days after he took over the post from Gholamali Rashid, who died in Israel's "
     "opening strikes on June 13. Supreme Leader Ali Khamenei then named Major General Ali Abdollahi Aliabadi "
     "to replace Shadmani, state media reported.\n"
     "Israeli jets also killed Mohammad Kazemi, head of the Revolutionary Guards' intelligence organisation, "
     "and his deputy Hassan Mohaqeq in Tehran, Israel said. The Guards named Majid Khademi as Kazemi's "
     "successor.\n"
     "Saeed Borji, an explosives expert at the defence ministry's research body SPND, was among the "
     "scientists Israel said it had killed.\n"
     "Ali Shamkhani, an adviser to Khamenei, was wounded in the first wave of strikes, Iranian media said.",
     [("ASSASSINATED_BY", SEDIGHI, ISR, "Israel said on Tuesday it had killed", "2025-06-24"),
      ("ASSASSINATED_BY", SHADMANI, ISR, "Last week Israel said it had killed Ali Shadmani", "2025-06-17"),
      ("LEADS", SHADMANI, KHATAM, "the wartime commander of Iran's Khatam al-Anbiya"),
      ("SUCCESSOR_OF", SHADMANI, RASHID, "took over the post from Gholamali Rashid", "2025-06-13"),
      ("ASSASSINATED_BY", RASHID, ISR, "who died in Israel's opening strikes", "2025-06-13"),
      ("SUCCESSOR_OF", ABDOLLAHI, SHADMANI, "to replace Shadmani", "2025-06"),
      ("ASSASSINATED_BY", KAZEMI, ISR, "Israeli jets also killed Mohammad Kazemi", "2025-06-15"),
      ("LEADS", KAZEMI, IRGCINT, "head of the Revolutionary Guards' intelligence organisation"),
      ("ASSASSINATED_BY", MOHAQEQ, ISR, "and his deputy Hassan Mohaqeq", "2025-06-15"),
      ("SUCCESSOR_OF", KHADEMI, KAZEMI, "as Kazemi's", "2025-06"),
      ("LEADS", KHADEMI, IRGCINT, "as Kazemi's"),
      ("ASSASSINATED_BY", BORJI, ISR, "among the scientists Israel said it had killed", "2025-06"),
      ("MEMBER_OF", BORJI, SPND, "research body SPND"),
      ],
     {"source": "blind set (wire service, English)", "published": "2025-06-24"}),

    ("arKW3_assassinations_record", "ar",
     "من فخري زاده إلى نيلفروشان: سجلّ الاغتيالات التي طالت رجال طهران\n"
     "لندن - «الشرق»: اغتيل محسن فخري زاده، مسؤول البرنامج النووي العسكري السابق، في نوفمبر (تشرين الثاني) "
     "2020 قرب طهران، واتهمت طهران إسرائيل بالوقوف وراء العملية، فيما لم تعلن تل أبيب مسؤوليتها.\n"
     "وفي مايو (أيار) 2022 قُتل العقيد في «الحرس الثوري» حسن صياد خدائي برصاص مسلحَين على دراجة نارية "
     "أمام منزله، دون أن تتبنى أي جهة العملية. وبعد أسابيع توفي العقيد في «فيلق القدس» علي إسماعيل زاده "
     "إثر سقوطه من شرفة منزله في كرج، وأُعلنت وفاة الضابط في القوة الجوفضائية محمد عبدوس «أثناء مهمة» "
     "من دون اتهام أحد.\n"
     "أما السيد رضي موسوي، مسؤول الإسناد في «فيلق القدس» بسوريا، فقُتل بغارة إسرائيلية على منطقة السيدة "
     "زينب في ديسمبر (كانون الأول) 2023.\n"
     "وفي أبريل (نيسان) 2024 دمّر قصف إسرائيلي مبنى القنصلية الإيرانية في دمشق، ما أدى إلى مقتل العميد "
     "محمد رضا زاهدي ونائبه محمد هادي حاجي رحيمي.\n"
     "وبعد خمسة أشهر، قتلت إسرائيل نائب قائد «الحرس» للعمليات عباس نيلفروشان مع الأمين العام لـ«حزب الله» "
     "حسن نصر الله في الضاحية الجنوبية لبيروت.",
     [("MEMBER_OF", ESMAEILZADEH, QF, "العقيد في «فيلق القدس» علي إسماعيل زاده"),
      ("MEMBER_OF", ABDOUS, IRGCAERO, "الضابط في القوة الجوفضائية محمد عبدوس"),
      ("ASSASSINATED_BY", RAZI, ISR, "فقُتل بغارة إسرائيلية", "2023-12-25"),
      ("MEMBER_OF", RAZI, QF, "مسؤول الإسناد في «فيلق القدس» بسوريا"),
      ("ASSASSINATED_BY", ZAHEDI, ISR, "دمّر قصف إسرائيلي مبنى القنصلية", "2024-04-01"),
      ("ASSASSINATED_BY", HAJIRAHIMI, ISR, "ونائبه محمد هادي حاجي رحيمي", "2024-04-01"),
      ("ATTACKED", ISR, CONSULATE, "دمّر قصف إسرائيلي مبنى القنصلية", "2024-04-01"),
      ("ASSASSINATED_BY", NILF, ISR, "قتلت إسرائيل نائب قائد", "2024-09-27"),
      ("ASSASSINATED_BY", NASRALLAH, ISR, "حسن نصر الله في الضاحية", "2024-09-27"),
      ("LEADS", NASRALLAH, HEZB, "مع الأمين العام لـ«حزب الله»"),
      ],
     {"source": "blind set (London-based Arabic daily)", "published": "2025-01-05"}),

    ("enKW4_brief_command_after_war", "en",
     "Brief: Who Commands Iran's Forces After the Twelve-Day War\n"
     "Israel's campaign of June 2025 removed much of Iran's senior military echelon within hours. Its "
     "opening strikes killed the chief of the armed forces general staff, Mohammad Bagheri; the IRGC "
     "commander-in-chief, Hossein Salami; the Guards' Aerospace Force commander, Amirali Hajizadeh; and "
     "Mahmoud Bagheri Kazemabad, the head of that force's missile command.\n"
     "Khamenei's replacements came fast. Abdolrahim Mousavi, hitherto commander of the regular army, was "
     "elevated to chief of staff in Bagheri's stead. Mohammad Pakpour, who had led the IRGC Ground Force "
     "since 2009, took over from Salami, and Majid Mousavi, Hajizadeh's deputy, was named to replace him at "
     "the Aerospace Force. Amir Hatami, a former defence minister, succeeded Abdolrahim Mousavi at the army, "
     "while Pakpour's old command passed to Mohammad Karami.\n"
     "None of these men is new to the system; all rose under the slain commanders. The question for the "
     "coming year is whether a second round of strikes would meet a command that has learned to disperse.",
     [("ASSASSINATED_BY", BAGHERI, ISR, "opening strikes killed the chief of the armed forces", "2025-06-13"),
      ("ASSASSINATED_BY", SALAMI, ISR, "commander-in-chief, Hossein Salami", "2025-06-13"),
      ("ASSASSINATED_BY", HAJIZADEH, ISR, "Amirali Hajizadeh", "2025-06-13"),
      ("LEADS", HAJIZADEH, IRGCAERO, "the Guards' Aerospace Force commander"),
      ("ASSASSINATED_BY", KAZEMABAD, ISR, "Mahmoud Bagheri Kazemabad", "2025-06-13"),
      ("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "in Bagheri's stead", "2025-06-13"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "took over from Salami", "2025-06-13"),
      ("SUCCESSOR_OF", MMOUSAVI, HAJIZADEH, "was named to replace him at", "2025-06-13"),
      ("LEADS", MMOUSAVI, IRGCAERO, "was named to replace him at"),
      ("SUCCESSOR_OF", HATAMI, AMOUSAVI, "succeeded Abdolrahim Mousavi at the army", "2025-06-13"),
      ("SUCCESSOR_OF", KARAMI, PAKPOUR, "passed to Mohammad Karami", "2025-06"),
      ("LEADS", KARAMI, IRGCGROUND, "passed to Mohammad Karami"),
      ],
     {"source": "blind set (think-tank brief, English)", "published": "2025-09-15"}),

    ("arKW5_haniyeh_anniversary", "ar",
     "في الذكرى الأولى لاستشهاد هنية: لقاؤه الأخير مع قائد الثورة\n"
     "طهران – العالم: تحيي طهران الذكرى الأولى لاستشهاد رئيس المكتب السياسي لحركة حماس إسماعيل هنية، الذي "
     "اغتاله الكيان الصهيوني في مقر إقامته بطهران فجر 31 يوليو 2024، مع مرافقه وسيم أبو شعبان.\n"
     "وكان آية الله خامنئي قد استقبل هنية قبل ساعات من اغتياله، بحضور الأمين العام لحركة الجهاد الإسلامي "
     "زياد النخالة، على هامش مراسم تنصيب الرئيس مسعود بزشكيان.\n"
     "كما التقى الرئيس بزشكيان هنية في اليوم ذاته، بحسب ما أعلنه مساعد مدير مكتب الرئاسة لشؤون الإعلام "
     "مهدي طباطبائي. وكان من المقرر أن يلتقي هنية رئيس مجلس الشورى محمد باقر قاليباف صباح اليوم التالي.\n"
     "واعترف وزير الحرب الصهيوني يسرائيل كاتس في ديسمبر الماضي بأن كيانه نفّذ عملية الاغتيال.\n"
     "وخلف يحيى السنوار الشهيد هنية في رئاسة المكتب السياسي، قبل أن يستشهد في اشتباك مع قوات الاحتلال "
     "برفح في أكتوبر 2024.",
     [("ASSASSINATED_BY", HANIYEH, ISR, "اغتاله الكيان الصهيوني في مقر إقامته", "2024-07-31"),
      ("ASSASSINATED_BY", ABUSHAABAN, ISR, "مع مرافقه وسيم أبو شعبان", "2024-07-31"),
      ("LEADS", HANIYEH, HAMASPB, "رئيس المكتب السياسي لحركة حماس إسماعيل هنية"),
      ("MET_WITH", KHAMENEI, HANIYEH, "قد استقبل هنية قبل ساعات", "2024-07-30"),
      ("MET_WITH", KHAMENEI, NAKHALAH, "زياد النخالة", "2024-07-30"),
      ("MET_WITH", HANIYEH, NAKHALAH, "زياد النخالة", "2024-07-30"),
      ("LEADS", NAKHALAH, PIJ, "الأمين العام لحركة الجهاد الإسلامي"),
      ("MET_WITH", PEZESHKIAN, HANIYEH, "كما التقى الرئيس بزشكيان هنية", "2024-07-30"),
      ("MEMBER_OF", TABATABAEI, PRESOFF, "مساعد مدير مكتب الرئاسة لشؤون الإعلام"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "وخلف يحيى السنوار الشهيد هنية", "2024-08-06"),
      ("LEADS", SINWAR, HAMASPB, "في رئاسة المكتب السياسي"),
      ("ASSASSINATED_BY", SINWAR, IDF, "في اشتباك مع قوات الاحتلال", "2024-10-16"),
      ("VISITED", HANIYEH, TEHRAN, "في مقر إقامته بطهران", "2024-07-31"),
      ],
     {"source": "blind set (Iranian Arabic-language channel's site)", "published": "2025-07-31"}),

    ("enKW6_izadi_qom_strike", "en",
     "Israel says it killed Quds Force commander in strike on Qom\n"
     "DUBAI, June 21 (wire) - Israel said on Saturday it had killed Saeed Izadi, head of the Quds Force's "
     "Palestine Corps, in a strike on an apartment in the holy city of Qom, calling him the Guards' main "
     "link to Hamas.\n"
     "Israeli strikes also killed Behnam Shahriari, who oversaw the Quds Force's weapons transfers to allied "
     "groups, in western Iran, and Aminpour Joudaki, commander of an IRGC drone brigade, near Ahvaz, the "
     "Israeli military said.\n"
     "Foreign Minister Abbas Araghchi, who met his British, French and German counterparts and EU foreign "
     "policy chief Kaja Kallas in Geneva on Friday, said Iran would not negotiate while under attack.\n"
     "Araghchi is due to meet President Vladimir Putin in Moscow on Monday, and spoke by phone on Saturday "
     "with Omani Foreign Minister Badr Albusaidi, Iran's foreign ministry said.\n"
     "Iran has launched waves of missiles at Israel since the war began on June 13.",
     [("ASSASSINATED_BY", IZADI, ISR, "Israel said on Saturday it had killed Saeed Izadi", "2025-06-21"),
      ("LEADS", IZADI, QFPAL, "head of the Quds Force's Palestine Corps"),
      ("ASSASSINATED_BY", SHAHRIARI, ISR, "Israeli strikes also killed Behnam Shahriari", "2025-06-21"),
      ("ASSASSINATED_BY", JOUDAKI, ISR, "Aminpour Joudaki, commander of an IRGC drone brigade", "2025-06-21"),
      ("MEMBER_OF", JOUDAKI, IRGC, "Aminpour Joudaki, commander of an IRGC drone brigade"),
      ("MET_WITH", ARAGHCHI, KALLAS, "policy chief Kaja Kallas in Geneva", "2025-06-20"),
      ("VISITED", ARAGHCHI, GENEVA, "policy chief Kaja Kallas in Geneva", "2025-06-20"),
      ],
     {"source": "blind set (wire service, English)", "published": "2025-06-21"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKW")
