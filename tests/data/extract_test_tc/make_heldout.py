"""Blind set TC: Iraq's armed factions and the United States, 2020-2024 (first folder of TC-TD): the US strike
that killed Harakat al-Nujaba's Abu Taqwa al-Saidi in Baghdad (4 January 2024), al-Sudani's meeting with Falih
al-Fayyadh and Abu Fadak al-Mohammedawi, Esmail Qaani's meeting with faction leaders at Baghdad airport after
the Tower 22 attack and Kataib Hezbollah's suspension of attacks (January 2024), al-Sudani's reception of
Ambassador Alina Romanowski as the talks on the coalition's mission began, the US strike that killed Kataib
Hezbollah's Abu Baqir al-Saadi (7 February 2024), and Qais al-Khazali after a meeting with al-Sudani, as a US
wire writes it in English (AP-like: "BAGHDAD (AP) —"), an Iraqi news site in Arabic (Shafaq News-like: "شفق
نيوز/"), a British wire in English (Reuters-like: "BAGHDAD, Feb 18 (Reuters) -"), Iraq's state agency in
Arabic (INA-like: "بغداد - واع"), a Gulf daily in English (The National-like: "told The National") and an
Iraqi TV channel's website in Arabic (Alsumaria-like: "السومرية نيوز/").
Pieces: a US strike kills Abu Taqwa (US forces carried it out, the Pentagon says); al-Sudani had met
Romanowski two days before (English, TC1); al-Sudani receives al-Fayyadh and Abu Fadak; Abu Fadak named in
2020 to succeed al-Muhandis, killed with Soleimani in a US strike (Arabic, TC2); Qaani meets Amiri and
Khazali at Baghdad airport; Qaani succeeded Soleimani, whom the US killed (English, TC3); al-Sudani receives
Romanowski with Fuad Hussein present (Arabic, TC4); the United States kills Abu Baqir al-Saadi; the strike
also kills Arkan al-Alawi (English, TC5); Khazali speaks after meeting al-Sudani; Khazali had met Amiri at
his home (Arabic, TC6).
Excluded on purpose (no relation): al-Sudani's postponed meeting with a coalition delegation, Kaabi's vow
(TC1); the postponed meeting with the factions' leaders, al-Fayyadh's planned trip to Tehran (TC2); Kaabi,
who did not attend; Washington blaming the Islamic Resistance for Tower 22, Tehran's denial (TC3);
Blinken's phone call, the reported planned meeting with Austin (TC4); Vowell's meeting with al-Sudani,
cancelled; the US accusation against Kataib Hezbollah for Tower 22 (TC5); the reported meeting of Khazali
with Romanowski, denied by his office; Qaani who "may visit" Baghdad (TC6).
Judgement calls: "U.S. forces had carried out the strike" that killed al-Saidi gives victim -> United States
(TC1); "بغارة أميركية" is a stated agent: al-Muhandis and Soleimani -> United States (TC2); "held talks
with A and B" at one airport meeting: a meeting of the three (TC3, as SR1); "بحضور" the foreign minister:
paired with both principals (TC4); "the strike also killed" Alawi: the US strike of the sentence before,
victim -> United States (TC5); "عقب لقاء جمعه برئيس الوزراء" is a meeting (TC6); the head of a faction
LEADS it; a prime minister LEADS the country; a commander "in" / "of" a faction is MEMBER_OF it; the
Pentagon's press secretary is MEMBER_OF the Department of Defense.
Filled in for the exercise: the Romanowski meeting two days before, the postponed delegation (TC1); the day
and wording of the reception, the postponed meeting, al-Fayyadh's trip (TC2); the names of the faction
leaders at the airport meeting, Kaabi's absence, the spokesman's refusal (TC3); the day of the reception,
Fuad Hussein's presence, Blinken's call (TC4); the cancelled Vowell meeting and the sources' wording (TC5);
the day of the meeting, the denial, the meeting with Amiri (TC6).
Spellings: "Mushtaq Taleb al-Saidi", "Abu Taqwa", "Maj. Gen. Pat Ryder" (TC1); «عبد العزيز المحمداوي
المعروف بـ"أبو فدك"»، «لأبي مهدي المهندس» (TC2); "Esmail Qaani", "Qassem Soleimani", "Abu Hussein
al-Hamidawi" (TC3); «ألينا رومانوسكي»، «أنتوني بلينكن» (TC4); "Abu Baqir Al Saadi", "Arkan Al Alawi",
"Mohammed Shia Al Sudani" (TC5); «الشيخ قيس الخزعلي»، «إسماعيل قاآني» (TC6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_td import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US = "country:iraq", "country:iran", "country:united-states"
PMF, KH, NUJABA, ASAIB, BADR, QUDS, CENTCOM, COALITION, DOD = (
    "organization:popular-mobilization-forces", "organization:kataib-hezbollah", "organization:harakat-al-nujaba",
    "organization:asaib-ahl-al-haq", "organization:badr-organization", "organization:quds-force",
    "organization:us-central-command", "organization:international-coalition",
    "organization:us-department-of-defense")
SUDANI, FAYYADH, FADAK, MUHANDIS, KHAZALI, KAABI, HAMIDAWI, AMIRI = (
    "person:mohammed-shia-al-sudani", "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi",
    "person:abu-mahdi-al-muhandis", "person:qais-al-khazali", "person:akram-al-kaabi",
    "person:ahmad-al-hamidawi", "person:hadi-al-amiri")
TAQWA, BAQIR, ALAWI, FUAD = (
    "person:mushtaq-taleb-al-saidi", "person:abu-baqir-al-saadi", "person:arkan-al-alawi", "person:fuad-hussein")
ROMANOWSKI, RYDER, VOWELL, QAANI, SOLEIMANI = (
    "person:alina-romanowski", "person:pat-ryder", "person:joel-vowell", "person:esmail-qaani",
    "person:qasem-soleimani")

AP = "blind set (US news wire, English, AP-like)"
SHAFAQ = "blind set (Iraqi news site, Arabic, Shafaq News-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
NATIONAL = "blind set (Gulf daily, English, The National-like)"
SUMARIA = "blind set (Iraqi TV channel website, Arabic, Alsumaria-like)"

ARTICLES = [
    ("enTC1_abu_taqwa_killed_ap", "en",
     "US strike in Baghdad kills Iran-backed militia commander, officials say\n"
     "BAGHDAD (AP) — A U.S. drone strike on Thursday killed a senior commander of an Iran-backed militia in the "
     "Iraqi capital, U.S. and Iraqi officials said, in an attack the Iraqi government condemned as a violation "
     "of the country's sovereignty.\n"
     "The strike hit a vehicle inside the headquarters of a Popular Mobilization Forces brigade on Palestine "
     "Street in eastern Baghdad, killing Mushtaq Taleb al-Saidi, known as Abu Taqwa, and one of his aides. "
     "Al-Saidi was a deputy commander of operations in Baghdad for Harakat al-Nujaba, one of the factions that "
     "have claimed dozens of attacks on U.S. bases since October.\n"
     "Pentagon press secretary Maj. Gen. Pat Ryder told reporters in Washington that U.S. forces had carried out "
     "the strike \"in self-defense\" and that al-Saidi had been \"actively involved in planning and carrying out "
     "attacks against American personnel.\"\n"
     "A spokesman for Prime Minister Mohammed Shia al-Sudani said the government held the U.S.-led coalition "
     "responsible for an \"unprovoked attack\" on an Iraqi security body.\n"
     "Nujaba's secretary-general, Akram al-Kaabi, vowed retaliation in a statement posted online, and hundreds "
     "of the group's supporters gathered for the funeral later Thursday.\n"
     "Al-Sudani, who met U.S. Ambassador Alina Romanowski only two days earlier, had been expected to receive a "
     "coalition delegation next week, but his office said the meeting had been put off.",
     [("ASSASSINATED_BY", TAQWA, US, "U.S. forces had carried out", "2024-01-04"),
      ("MEMBER_OF", TAQWA, NUJABA, "deputy commander of operations in Baghdad for Harakat al-Nujaba"),
      ("MEMBER_OF", RYDER, DOD, "Pentagon press secretary Maj. Gen. Pat Ryder"),
      ("LEADS", SUDANI, IRAQ, "Prime Minister Mohammed Shia al-Sudani said"),
      ("LEADS", KAABI, NUJABA, "Nujaba's secretary-general, Akram al-Kaabi"),
      ("MET_WITH", SUDANI, ROMANOWSKI, "who met U.S. Ambassador Alina Romanowski", "2024-01-02"),
      ],
     {"source": AP, "published": "2024-01-04"}),

    ("arTC2_sudani_fayyadh_abu_fadak_shafaq", "ar",
     "السوداني يستقبل الفياض وأبو فدك ويؤكد: الحشد جزء من المنظومة الأمنية\n"
     "شفق نيوز/ استقبل رئيس مجلس الوزراء محمد شياع السوداني، مساء الأربعاء، رئيس هيئة الحشد الشعبي فالح الفياض "
     "ورئيس أركان الهيئة عبد العزيز المحمداوي المعروف بـ\"أبو فدك\"، وذلك في مكتبه الرسمي ببغداد، بحسب بيان "
     "لمكتبه الإعلامي.\n"
     "وذكر البيان أن اللقاء بحث استعدادات الهيئة لإحياء الذكرى العاشرة لتأسيسها، وأوضاع الألوية المنتشرة على "
     "الحدود مع سوريا، مؤكداً أن \"الحشد جزء من المنظومة الأمنية الرسمية ويأتمر بأمر القائد العام للقوات "
     "المسلحة\".\n"
     "ويشغل المحمداوي، وهو من القادة المخضرمين في كتائب حزب الله، منصب رئيس الأركان منذ شباط 2020، حين سُمّي "
     "خلفاً لأبي مهدي المهندس الذي قُتل مع الجنرال الإيراني قاسم سليماني بغارة أميركية قرب مطار بغداد الدولي.\n"
     "وكان من المقرر أن يلتقي السوداني قادة الفصائل المنضوية في الحشد خلال الأسبوع نفسه، إلا أن مصدراً حكومياً "
     "قال لشفق نيوز إن الاجتماع \"تأجل إلى ما بعد العيد\".\n"
     "وفي سياق متصل، أفاد مصدر في الهيئة بأن الفياض سيتوجه إلى طهران الشهر المقبل، من دون أن يحدد موعد "
     "الزيارة.",
     met_group({SUDANI: "استقبل رئيس مجلس الوزراء محمد شياع", FAYYADH: "رئيس هيئة الحشد الشعبي فالح الفياض",
                FADAK: "ورئيس أركان الهيئة عبد العزيز المحمداوي"}, "2024-06-12")
     + [("SUCCESSOR_OF", FADAK, MUHANDIS, "حين سُمّي خلفاً لأبي مهدي", "2020-02"),
        ("ASSASSINATED_BY", MUHANDIS, US, "الذي قُتل مع الجنرال الإيراني", "2020-01-03"),
        ("ASSASSINATED_BY", SOLEIMANI, US, "قاسم سليماني بغارة أميركية", "2020-01-03"),
        ("MEMBER_OF", FADAK, KH, "من القادة المخضرمين في كتائب حزب الله"),
        ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي فالح"),
        ("LEADS", SUDANI, IRAQ, "رئيس مجلس الوزراء محمد شياع السوداني، مساء"),
        ],
     {"source": SHAFAQ, "published": "2024-06-12"}),

    ("enTC3_qaani_airport_meeting_reuters", "en",
     "Iran's Qaani urged Iraqi factions to hold fire after Jordan attack, sources say\n"
     "BAGHDAD, Feb 18 (Reuters) - The commander of Iran's Quds Force, Esmail Qaani, met representatives of "
     "several Iraqi armed factions at Baghdad airport on Jan. 29, a day after the drone attack that killed three "
     "U.S. soldiers at the Tower 22 outpost in Jordan, and pressed them to scale down attacks on U.S. forces, "
     "three Iraqi and Iranian sources told Reuters.\n"
     "Qaani, who succeeded Qassem Soleimani after the U.S. killed him in January 2020, held talks there with "
     "Badr Organization leader Hadi al-Amiri and Asaib Ahl al-Haq's chief Qais al-Khazali, two of the sources "
     "said. Akram al-Kaabi, the head of Harakat al-Nujaba, did not attend, they said.\n"
     "Hours later, Kataib Hezbollah announced it was suspending \"military and security operations\" against "
     "U.S. troops \"to avoid embarrassing the Iraqi government\". The statement was signed by the group's "
     "secretary-general, Abu Hussein al-Hamidawi.\n"
     "Washington has blamed the Tower 22 attack on the Islamic Resistance in Iraq, an umbrella of Iran-backed "
     "groups, but has not publicly said which faction launched the drone. Tehran denied any role.\n"
     "Iran's foreign ministry did not respond to a request for comment, and a spokesman for Khazali declined to "
     "comment.",
     met_group({QAANI: "Qaani, who succeeded", AMIRI: "Badr Organization leader Hadi al-Amiri",
                KHAZALI: "chief Qais al-Khazali, two of the sources"}, "2024-01-29")
     + [("LEADS", QAANI, QUDS, "The commander of Iran's Quds Force, Esmail Qaani"),
        ("SUCCESSOR_OF", QAANI, SOLEIMANI, "who succeeded Qassem Soleimani"),
        ("ASSASSINATED_BY", SOLEIMANI, US, "after the U.S. killed him", "2020-01-03"),
        ("LEADS", AMIRI, BADR, "Badr Organization leader Hadi"),
        ("LEADS", KHAZALI, ASAIB, "Asaib Ahl al-Haq's chief Qais"),
        ("LEADS", KAABI, NUJABA, "the head of Harakat al-Nujaba"),
        ("LEADS", HAMIDAWI, KH, "secretary-general, Abu Hussein al-Hamidawi"),
        ],
     {"source": REUTERS, "published": "2024-02-18"}),
]

ARTICLES += [
    ("arTC4_sudani_receives_romanowski_ina", "ar",
     "السوداني يستقبل السفيرة الأميركية ويبحث معها مسار إنهاء مهمة التحالف الدولي\n"
     "بغداد - واع\n"
     "استقبل رئيس مجلس الوزراء القائد العام للقوات المسلحة محمد شياع السوداني، اليوم الأحد، سفيرة الولايات "
     "المتحدة لدى العراق ألينا رومانوسكي، بحضور وزير الخارجية فؤاد حسين.\n"
     "وذكر بيان للمكتب الإعلامي لرئيس الوزراء، تلقته وكالة الأنباء العراقية (واع)، أنه \"جرى خلال اللقاء بحث "
     "مسار الحوار الثنائي بين البلدين، وعمل اللجنة العسكرية العليا المشتركة التي انطلقت أعمالها في بغداد "
     "لتقييم خطر تنظيم داعش وتحديد جدول زمني لإنهاء مهمة التحالف الدولي\".\n"
     "وأكد السوداني، بحسب البيان، \"رفض الحكومة لأي اعتداء على الأراضي العراقية من أي جهة كانت\"، فيما نقلت "
     "السفيرة \"التزام واشنطن بالشراكة الاستراتيجية مع العراق\".\n"
     "وكان رئيس الوزراء قد تلقى، مساء السبت، اتصالاً هاتفياً من وزير الخارجية الأميركي أنتوني بلينكن، بحثا "
     "خلاله التطورات في المنطقة.\n"
     "ولم يصدر عن مكتب رئيس الوزراء أي تعليق على تقارير إعلامية تحدثت عن لقاء مرتقب بين السوداني ووزير الدفاع "
     "الأميركي لويد أوستن في واشنطن.",
     met_group({SUDANI: "استقبل رئيس مجلس الوزراء القائد العام", ROMANOWSKI: "لدى العراق ألينا رومانوسكي",
                FUAD: "بحضور وزير الخارجية فؤاد حسين"}, "2024-01-28")
     + [("LEADS", SUDANI, IRAQ, "رئيس مجلس الوزراء القائد العام للقوات المسلحة محمد"),
        ],
     {"source": INA, "published": "2024-01-28"}),

    ("enTC5_abu_baqir_killed_national", "en",
     "US drone strike in Baghdad kills Kataib Hezbollah commander blamed for attacks on American troops\n"
     "The United States killed Abu Baqir Al Saadi, a senior commander of Kataib Hezbollah, in a drone strike on "
     "his car in eastern Baghdad on Wednesday night, US Central Command said, in retaliation for the January 28 "
     "attack that killed three American soldiers in Jordan.\n"
     "Centcom said Al Saadi was \"responsible for directly planning and participating in attacks on US forces in "
     "the region\". Iraqi security sources told The National that the strike, in the Mashtal district, also "
     "killed Arkan Al Alawi, another member of the group who was travelling with him.\n"
     "Maj Gen Yehia Rasool, the military spokesman of Iraqi Prime Minister Mohammed Shia Al Sudani, called the "
     "strike \"a blatant assassination in the heart of a residential neighbourhood\".\n"
     "Mr Al Sudani had been due to meet the commander of the coalition's task force, Maj Gen Joel Vowell, in "
     "Baghdad on Thursday, but the meeting was cancelled after the strike, an official in his office said.\n"
     "Kataib Hezbollah, which announced a suspension of its attacks on January 30, did not immediately comment. "
     "US officials have accused the group of being behind the Tower 22 attack, which was claimed by the "
     "Islamic Resistance in Iraq.",
     [("ASSASSINATED_BY", BAQIR, US, "The United States killed Abu Baqir Al Saadi", "2024-02-07"),
      ("ASSASSINATED_BY", ALAWI, US, "also killed Arkan Al Alawi", "2024-02-07"),
      ("MEMBER_OF", BAQIR, KH, "a senior commander of Kataib Hezbollah, in a drone strike"),
      ("MEMBER_OF", ALAWI, KH, "another member of the group"),
      ("LEADS", SUDANI, IRAQ, "Iraqi Prime Minister Mohammed Shia Al Sudani"),
      ("LEADS", VOWELL, COALITION, "the commander of the coalition's task force"),
      ],
     {"source": NATIONAL, "published": "2024-02-08"}),

    ("arTC6_khazali_after_sudani_sumaria", "ar",
     "الخزعلي بعد لقائه السوداني: لا حاجة لبقاء القوات الأجنبية\n"
     "السومرية نيوز/ سياسة\n"
     "أكد الأمين العام لحركة عصائب أهل الحق الشيخ قيس الخزعلي، اليوم الاثنين، أن \"لا حاجة بعد اليوم لبقاء "
     "قوات التحالف على الأرض العراقية\"، وذلك عقب لقاء جمعه برئيس الوزراء محمد شياع السوداني في القصر "
     "الحكومي.\n"
     "وقال الخزعلي في تصريح للصحفيين إن اللقاء \"تناول نتائج جولات الحوار مع الجانب الأميركي\"، مشيراً إلى أن "
     "\"فصائل المقاومة أعطت الحكومة الفرصة الكاملة لإخراج القوات بالطرق الدبلوماسية\".\n"
     "ونفى المكتب السياسي للعصائب ما تداولته مواقع التواصل الاجتماعي عن اجتماع عقده الخزعلي مع السفيرة الأميركية "
     "ألينا رومانوسكي، واصفاً تلك الأنباء بأنها \"مفبركة ولا أساس لها\".\n"
     "وكان الخزعلي قد التقى مطلع الشهر الجاري الأمين العام لمنظمة بدر هادي العامري في منزل الأخير ببغداد، "
     "وبحث الجانبان ملف الانتخابات المقبلة وموقف قوى الإطار التنسيقي من الاتفاق مع واشنطن.\n"
     "إلى ذلك، أفادت مصادر بأن قائد فيلق القدس الإيراني إسماعيل قاآني قد يزور بغداد خلال الأيام المقبلة للقاء "
     "قادة الإطار، فيما لم تؤكد السفارة الإيرانية ذلك.",
     [("MET_WITH", KHAZALI, SUDANI, "عقب لقاء جمعه برئيس الوزراء", "2024-09-30"),
      ("LEADS", KHAZALI, ASAIB, "الأمين العام لحركة عصائب أهل الحق"),
      ("LEADS", SUDANI, IRAQ, "برئيس الوزراء محمد شياع السوداني"),
      ("MET_WITH", KHAZALI, AMIRI, "الأمين العام لمنظمة بدر هادي العامري في منزل", "2024-09"),
      ("LEADS", AMIRI, BADR, "الأمين العام لمنظمة بدر"),
      ("LEADS", QAANI, QUDS, "قائد فيلق القدس الإيراني إسماعيل"),
      ],
     {"source": SUMARIA, "published": "2024-09-30"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTC")
