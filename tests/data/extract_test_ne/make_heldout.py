"""Blind set NE: Iraq 2024-2025 (first folder of NE-NF): the US drone strike in Baghdad that killed the
Kataib Hezbollah commander Abu Baqir al-Saadi (February 2024) after Esmail Qaani's January visit, Mohammed
Shia al-Sudani's White House visit (April 2024), the Kurdistan Regional Government after the October 2024
Kurdistan vote, the US strike that killed the Nujaba commander Abu Taqwa (January 2024), the Coordination
Framework after the November 2025 elections, and Nechirvan Barzani's round of meetings in Baghdad, as a US
military daily writes it in English (Stars and Stripes-like: "BAGHDAD —", ranks, "U.S. Central Command
said"), a Washington politics desk in English (McClatchy-like: "WASHINGTON —", ages and descriptions for
names, "the premier"), the Kurdistan Regional Government's English site (GOV.KRD-like: "Erbil, Kurdistan
Region, Iraq (GOV.KRD) -", "the Prime Minister", "Federal Prime Minister"), an Iranian Arabic TV site
(al-Alam-like: "الاحتلال الأمريكي", "الشهيد القائد", "فصائل المقاومة"), a London-based Iraqi daily in
Arabic (al-Zaman-like: "بغداد – الزمان", long sourced sentences) and an Iraqi TV site in Arabic
(al-Sharqiya-like: short paragraphs, "في بيان تلقته «الشرقية»").
Pieces: a US drone strike kills Abu Baqir al-Saadi and Arkan al-Elayawi; Qaani flew into Baghdad and met
Hamidawi at the airport (English, NE1); Biden welcomes al-Sudani; al-Sudani with Blinken, Fuad Hussein
taking part; al-Sudani received by Austin at the Pentagon; al-Sudani in place of al-Kadhimi (English,
NE2); Masrour Barzani receives the US consul general Mark Stroh, then a PUK delegation led by Qubad
Talabani; Masoud Barzani also receives "the American diplomat" (English, NE3); a US drone kills Abu
Taqwa, a Nujaba commander, with a companion not named (Arabic, NE4); the Coordination Framework meets at
al-Hakim's office with al-Sudani, al-Maliki, al-Amiri and al-Khazali present (Arabic, NE5); Nechirvan
Barzani visits Baghdad, meets al-Sudani, then President Rashid, then Speaker al-Mashhadani (Arabic, NE6).
Excluded on purpose (no relation): Austin's phone call with al-Abbasi, Qaani's "other faction leaders" (no
one named), the Islamic Resistance in Iraq blamed for Tower 22 (an attack, not a killing of a named
person) (NE1); the session with House Speaker Mike Johnson that was dropped, Biden's phone call with
Netanyahu (NE2); the Prime Minister's phone call with al-Sudani, the Sulaimani visit that was postponed
(NE3); the deaths that the PMF denied, al-Sudani's condemnation, the Nujaba leader's statement (NE4);
Fayyadh, who "did not attend", the phone call from Masoud Barzani to al-Sudani, the meeting "expected"
after the final results (NE5); Nechirvan's planned meeting with al-Maliki that "was not held", the phone
call with Masrour Barzani (NE6).
Judgement calls: "A U.S. drone strike killed X" (Central Command only announcing) gives X ->
country:united-states, and those "who died with him" in the same car too (NE1, NE4: "طائرة مسيرة
أمريكية"); "met him and other faction leaders at the airport" (him = the KH secretary-general named just
before) is a meeting with Hamidawi (NE1); a minister who "took part in the talks" is paired with the other
side only (Fuad Hussein with Blinken, NE2); "the American diplomat" is the consul general named before
(NE3); the Coordination Framework's meeting "with the participation of" named leaders is a meeting of
every two of them (NE5); "the premier" and "the prime minister" refer to al-Sudani (NE2); Qubad Talabani,
"the Deputy Prime Minister", is MEMBER_OF the KRG (NE3).
Filled in for the exercise: the car's passengers and the consul's wording, Qaani meeting Hamidawi in
person, Austin's phone call (NE1); the energy memorandum, Fuad Hussein at the talks, the Pentagon session
on Tuesday, the dropped Johnson session (NE2); the dates and wording of the KRG meetings, Masoud Barzani's
reception of the consul, the postponed visit (NE3); the companion and the PMF denial (NE4); the place and
date of the Framework meeting, Fayyadh's absence (NE5); the order and date of Nechirvan's meetings, the
meeting with al-Maliki not held (NE6).
Spellings: "Esmail Qa'ani", "Ahmed al-Hamidawi", "Wissam Muhammad Sabir al-Saadi" (NE1); "Mohammed Shiaa
al-Soudani" (NE2); "Mohammed Shia Al-Sudani", "Masoud Barzani" as "President Barzani" (NE3); "أبو تقوى
السعيدي", "الحشد" (NE4); "المالكي"، "الحكيم" by surname (NE5); "نيجرفان البارزاني", "عبد اللطيف جمال
رشيد" (NE6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_nf import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US, ISRAEL = "country:iraq", "country:iran", "country:united-states", "country:israel"
BAGHDAD, ERBIL, WASHINGTON = "location:baghdad", "location:erbil", "location:washington"
IRQGOV, IRQPARL, IRQFM, IRQMOD = ("organization:iraqi-government", "organization:iraqi-parliament",
                                  "organization:iraqi-foreign-ministry", "organization:iraqi-defense-ministry")
PMF, KH, NUJABA, AAH, BADR, CF, SOL = (
    "organization:popular-mobilization-forces", "organization:kataib-hezbollah", "organization:harakat-al-nujaba",
    "organization:asaib-ahl-al-haq", "organization:badr-organization", "organization:coordination-framework",
    "organization:state-of-law-coalition")
KDP, PUK, KRG, KRP = ("organization:kurdistan-democratic-party", "organization:patriotic-union-of-kurdistan",
                      "organization:kurdistan-regional-government", "organization:kurdistan-region-presidency")
QUDS, CENTCOM, DOD, STATE = ("organization:quds-force", "organization:us-central-command",
                             "organization:us-department-of-defense", "organization:us-state-department")
SUDANI, KADHIMI, RASHID, MASHHADANI, FHUSSEIN, ABBASI, RASOOL = (
    "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "person:abdul-latif-rashid",
    "person:mahmoud-al-mashhadani", "person:fuad-hussein", "person:thabet-al-abbasi", "person:yahya-rasool")
MALIKI, AMIRI, KHAZALI, HAKIM, FAYYADH = (
    "person:nouri-al-maliki", "person:hadi-al-amiri", "person:qais-al-khazali", "person:ammar-al-hakim",
    "person:falih-al-fayyadh")
HAMIDAWI, SAADI, ELAYAWI, KAABI, ABUTAQWA = (
    "person:ahmad-al-hamidawi", "person:abu-baqir-al-saadi", "person:arkan-al-elayawi", "person:akram-al-kaabi",
    "person:mushtaq-taleb-al-saidi")
MASOUD, NECHIRVAN, MASROUR, QUBAD = ("person:masoud-barzani", "person:nechirvan-barzani",
                                     "person:masrour-barzani", "person:qubad-talabani")
QAANI, BIDEN, BLINKEN, AUSTIN, RYDER, STROH, NETANYAHU = (
    "person:esmail-qaani", "person:joe-biden", "person:antony-blinken", "person:lloyd-austin", "person:pat-ryder",
    "person:mark-stroh", "person:benjamin-netanyahu")

STRIPES = "blind set (US military daily, English, Stars and Stripes-like)"
MCCLATCHY = "blind set (Washington politics desk, English, McClatchy-like)"
KRGSITE = "blind set (Kurdistan Regional Government website, English, GOV.KRD-like)"
ALAM = "blind set (Iranian Arabic-language TV site, al-Alam-like)"
ZAMAN = "blind set (London-based Iraqi daily, Arabic, al-Zaman-like)"
SHARQIYA = "blind set (Iraqi TV news site, Arabic, al-Sharqiya-like)"

ARTICLES = [
    ("enNE1_drone_strike_kills_kh_commander_baghdad", "en",
     "US drone strike in Baghdad kills Kataib Hezbollah commander blamed for Jordan attack\n"
     "BAGHDAD — A U.S. drone strike on a car in the capital's Mashtal neighborhood on Wednesday night killed "
     "a senior commander of the Iran-backed militia Kataib Hezbollah, U.S. Central Command said.\n"
     "The commander, Wissam Muhammad Sabir al-Saadi, better known as Abu Baqir al-Saadi, was \"responsible for "
     "directly planning and participating in attacks on U.S. forces in the region,\" the command said. Two "
     "other men in the car died with him, among them Arkan al-Elayawi, who ran the group's operations in "
     "Syria, Iraqi security officials said.\n"
     "The strike came 10 days after a drone attack on Tower 22, an outpost in Jordan, killed three U.S. Army "
     "reservists. Washington blamed the Islamic Resistance in Iraq, an umbrella of militias that includes "
     "Kataib Hezbollah.\n"
     "The group's secretary-general, Ahmed al-Hamidawi, had announced a suspension of attacks on Jan. 30, a "
     "day after Quds Force commander Esmail Qa'ani flew into Baghdad and met him and other faction leaders at "
     "the airport, according to two Iraqi officials.\n"
     "Maj. Gen. Yahya Rasool, the military spokesman for Prime Minister Mohammed Shia al-Sudani, called the "
     "strike \"a blatant assassination.\" Pentagon press secretary Maj. Gen. Pat Ryder declined to say whether "
     "Baghdad had been warned. Defense Secretary Lloyd Austin spoke by phone last week with Iraqi Defense "
     "Minister Thabet al-Abbasi.",
     [("ASSASSINATED_BY", SAADI, US, "killed a senior commander of the Iran-backed militia", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "a senior commander of the Iran-backed militia"),
      ("ASSASSINATED_BY", ELAYAWI, US, "among them Arkan al-Elayawi", "2024-02-07"),
      ("MEMBER_OF", ELAYAWI, KH, "who ran the group's operations"),
      ("LEADS", HAMIDAWI, KH, "The group's secretary-general, Ahmed al-Hamidawi"),
      ("LEADS", QAANI, QUDS, "Quds Force commander Esmail"),
      ("MET_WITH", QAANI, HAMIDAWI, "met him and other faction leaders", "2024-01-29"),
      ("VISITED", QAANI, BAGHDAD, "flew into Baghdad", "2024-01-29"),
      ("LEADS", SUDANI, IRQGOV, "Prime Minister Mohammed Shia al-Sudani, called"),
      ("MEMBER_OF", RYDER, DOD, "Pentagon press secretary"),
      ("LEADS", AUSTIN, DOD, "Defense Secretary Lloyd Austin"),
      ("LEADS", ABBASI, IRQMOD, "Minister Thabet al-Abbasi"),
      ],
     {"source": STRIPES, "published": "2024-02-08"}),

    ("enNE2_biden_welcomes_soudani_oval_office", "en",
     "Biden, Iraq's al-Soudani look past 'war footing' as Iran tensions flare\n"
     "WASHINGTON — President Joe Biden welcomed Iraqi Prime Minister Mohammed Shiaa al-Soudani to the Oval "
     "Office on Monday, two days after Iran fired hundreds of drones and missiles at Israel, casting the visit "
     "as a step toward a partnership \"beyond security.\"\n"
     "The 54-year-old premier, who took office in October 2022 in place of Mustafa al-Kadhimi, is the first "
     "Iraqi head of government to come to Washington since 2021.\n"
     "Before the White House session, al-Soudani sat down with Secretary of State Antony Blinken at the State "
     "Department, where the two signed a memorandum on energy. Iraq's foreign minister, Fuad Hussein, took "
     "part in the talks.\n"
     "On Tuesday the prime minister was received at the Pentagon by Defense Secretary Lloyd Austin, a "
     "Pentagon readout said. A session with House Speaker Mike Johnson, first floated by his office, was "
     "dropped from the schedule.\n"
     "Biden spoke by phone with Israeli Prime Minister Benjamin Netanyahu over the weekend and urged restraint. "
     "\"We don't want this to escalate,\" a senior administration official told reporters.",
     [("MET_WITH", BIDEN, SUDANI, "welcomed Iraqi Prime Minister Mohammed Shiaa", "2024-04-15"),
      ("SUCCESSOR_OF", SUDANI, KADHIMI, "in place of Mustafa al-Kadhimi", "2022-10"),
      ("VISITED", SUDANI, WASHINGTON, "to come to Washington since 2021", "2024-04-15"),
      ("MET_WITH", SUDANI, BLINKEN, "al-Soudani sat down with Secretary of State", "2024-04-15"),
      ("MET_WITH", FHUSSEIN, BLINKEN, "took part in the talks", "2024-04-15"),
      ("MET_WITH", SUDANI, AUSTIN, "the prime minister was received at the Pentagon", "2024-04-16"),
      ("LEADS", BIDEN, US, "President Joe Biden welcomed"),
      ("LEADS", SUDANI, IRQGOV, "Iraqi Prime Minister Mohammed Shiaa"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony Blinken"),
      ("LEADS", FHUSSEIN, IRQFM, "Iraq's foreign minister, Fuad Hussein"),
      ("LEADS", AUSTIN, DOD, "Defense Secretary Lloyd Austin, a Pentagon"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin Netanyahu"),
      ],
     {"source": MCCLATCHY, "published": "2024-04-17"}),

    ("enNE3_masrour_barzani_receives_us_consul", "en",
     "Prime Minister Masrour Barzani receives US Consul General, PUK delegation\n"
     "Erbil, Kurdistan Region, Iraq (GOV.KRD) - Prime Minister Masrour Barzani on Monday received the U.S. "
     "Consul General in Erbil, Mark Stroh, and discussed the outcome of the Kurdistan Region's parliamentary "
     "elections held on 20 October.\n"
     "The Prime Minister thanked the United States for its support for a free and transparent vote. Both "
     "sides stressed the importance of forming the tenth cabinet without delay.\n"
     "Later, the Prime Minister met a delegation of the Patriotic Union of Kurdistan (PUK) led by Qubad "
     "Talabani, the Deputy Prime Minister, to discuss the next steps towards a new coalition government.\n"
     "On the same day, President Masoud Barzani, leader of the Kurdistan Democratic Party, whose list won the "
     "largest number of seats, also received the American diplomat in Pirmam.\n"
     "The Prime Minister also had a telephone conversation with Federal Prime Minister Mohammed Shia "
     "Al-Sudani, who congratulated the people of Kurdistan on the peaceful conduct of the vote.\n"
     "A visit by the Prime Minister to Sulaimani, planned for Tuesday, was postponed.",
     [("MET_WITH", MASROUR, STROH, "on Monday received the U.S. Consul General", "2024-10-28"),
      ("LEADS", MASROUR, KRG, "Prime Minister Masrour Barzani on Monday"),
      ("MET_WITH", MASROUR, QUBAD, "led by Qubad", "2024-10-28"),
      ("MEMBER_OF", QUBAD, PUK, "a delegation of the Patriotic Union of Kurdistan"),
      ("MEMBER_OF", QUBAD, KRG, "the Deputy Prime Minister, to discuss"),
      ("MET_WITH", MASOUD, STROH, "also received the American diplomat", "2024-10-28"),
      ("LEADS", MASOUD, KDP, "leader of the Kurdistan Democratic Party"),
      ("LEADS", SUDANI, IRQGOV, "Federal Prime Minister Mohammed Shia"),
      ],
     {"source": KRGSITE, "published": "2024-10-28"}),

    ("arNE4_us_drone_kills_abu_taqwa_baghdad", "ar",
     "استشهاد القائد في حركة النجباء أبو تقوى السعيدي بقصف أمريكي وسط بغداد\n"
     "استشهد المعاون العسكري لحركة النجباء الحاج مشتاق طالب السعيدي \"أبو تقوى\"، ظهر الخميس، إثر استهداف "
     "طائرة مسيرة أمريكية لمقر اللواء الثاني عشر في الحشد الشعبي بشارع فلسطين شرقي العاصمة العراقية بغداد.\n"
     "وأفاد مراسلنا بأن الضربة أصابت عجلة كان يستقلها الشهيد القائد مع أحد مرافقيه، الذي استشهد معه أيضاً.\n"
     "ونفت هيئة الحشد الشعبي في بيان ما تناقلته وسائل إعلام عن سقوط قادة آخرين في الهجوم.\n"
     "من جهته، حمّل الأمين العام لحركة النجباء الشيخ أكرم الكعبي الاحتلال الأمريكي مسؤولية \"الجريمة\"، "
     "مؤكداً أن فصائل المقاومة \"سترد في الزمان والمكان المناسبين\".\n"
     "وأدان الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول الاعتداء، واصفاً إياه بأنه \"تصعيد خطير\" "
     "يطال مؤسسة أمنية رسمية.\n"
     "وكان البنتاغون قد أعلن أن القوات الأمريكية نفذت الضربة \"دفاعاً عن النفس\".",
     [("ASSASSINATED_BY", ABUTAQWA, US, "طائرة مسيرة أمريكية لمقر اللواء", "2024-01-04"),
      ("MEMBER_OF", ABUTAQWA, NUJABA, "المعاون العسكري لحركة النجباء"),
      ("LEADS", KAABI, NUJABA, "الأمين العام لحركة النجباء الشيخ"),
      ],
     {"source": ALAM, "published": "2024-01-04"}),

    ("arNE5_coordination_framework_meets_after_vote", "ar",
     "الإطار التنسيقي يعلن نفسه الكتلة الأكبر.. والسوداني يتصدر النتائج الأولية\n"
     "بغداد – الزمان\n"
     "عقدت قوى الإطار التنسيقي مساء الاثنين اجتماعاً في مكتب رئيس تيار الحكمة عمار الحكيم، بمشاركة رئيس "
     "الوزراء محمد شياع السوداني وزعيم ائتلاف دولة القانون نوري المالكي والأمين العام لمنظمة بدر هادي "
     "العامري والأمين العام لعصائب أهل الحق قيس الخزعلي، أعلنت في ختامه أنها \"الكتلة النيابية الأكثر عدداً\".\n"
     "وقال مصدر حضر الاجتماع لـ\"الزمان\" إن رئيس هيئة الحشد الشعبي فالح الفياض لم يحضر \"لارتباطات مسبقة\"، "
     "وإن المالكي والسوداني تبادلا وجهات النظر بشأن الولاية الثانية.\n"
     "وكانت المفوضية العليا المستقلة للانتخابات قد أعلنت أن ائتلاف السوداني حلّ أولاً في العاصمة.\n"
     "وتلقى السوداني اتصالاً هاتفياً من زعيم الحزب الديمقراطي الكردستاني مسعود بارزاني هنأه فيه بالنتائج، "
     "فيما يُتوقع أن يلتقي قادة الإطار وفداً كردياً بعد إعلان النتائج النهائية.",
     met_group({HAKIM: "في مكتب رئيس تيار الحكمة عمار الحكيم", SUDANI: "بمشاركة رئيس الوزراء محمد شياع",
                MALIKI: "وزعيم ائتلاف دولة القانون نوري المالكي", AMIRI: "والأمين العام لمنظمة بدر",
                KHAZALI: "والأمين العام لعصائب أهل الحق قيس الخزعلي"}, "2025-11-17") + [
      ("LEADS", SUDANI, IRQGOV, "رئيس الوزراء محمد شياع السوداني وزعيم"),
      ("LEADS", MALIKI, SOL, "زعيم ائتلاف دولة القانون"),
      ("LEADS", AMIRI, BADR, "لمنظمة بدر هادي"),
      ("LEADS", KHAZALI, AAH, "لعصائب أهل الحق قيس"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي فالح الفياض"),
      ("LEADS", MASOUD, KDP, "زعيم الحزب الديمقراطي الكردستاني مسعود"),
      ],
     {"source": ZAMAN, "published": "2025-11-18"}),

    ("arNE6_nechirvan_barzani_baghdad_round", "ar",
     "نيجرفان البارزاني في بغداد.. لقاءات مع الرئاسات الثلاث لحسم ملف الرواتب\n"
     "وصل رئيس إقليم كردستان نيجرفان البارزاني، صباح الأحد، إلى العاصمة بغداد على رأس وفد رفيع، في زيارة "
     "تستغرق يومين.\n"
     "واستهل البارزاني لقاءاته بالاجتماع مع رئيس مجلس الوزراء محمد شياع السوداني، وبحث الجانبان، بحسب "
     "بيان تلقته \"الشرقية\"، ملف رواتب موظفي الإقليم وتصدير النفط عبر ميناء جيهان.\n"
     "ثم توجه إلى قصر السلام حيث استقبله رئيس الجمهورية عبد اللطيف جمال رشيد، قبل أن يلتقي رئيس مجلس "
     "النواب محمود المشهداني في مكتبه.\n"
     "وكان من المقرر أن يجتمع رئيس الإقليم بزعيم ائتلاف دولة القانون نوري المالكي مساءً، إلا أن اللقاء لم "
     "يُعقد بسبب \"ظرف طارئ\"، وفق مصدر مقرب من المالكي.\n"
     "وأجرى البارزاني خلال الزيارة اتصالاً هاتفياً برئيس حكومة الإقليم مسرور البارزاني لإطلاعه على نتائج "
     "المباحثات.",
     [("VISITED", NECHIRVAN, BAGHDAD, "إلى العاصمة بغداد على رأس وفد", "2025-02-09"),
      ("LEADS", NECHIRVAN, KRP, "رئيس إقليم كردستان نيجرفان"),
      ("MET_WITH", NECHIRVAN, SUDANI, "بالاجتماع مع رئيس مجلس الوزراء", "2025-02-09"),
      ("LEADS", SUDANI, IRQGOV, "رئيس مجلس الوزراء محمد شياع"),
      ("MET_WITH", NECHIRVAN, RASHID, "حيث استقبله رئيس الجمهورية", "2025-02-09"),
      ("LEADS", RASHID, IRAQ, "رئيس الجمهورية عبد اللطيف"),
      ("MET_WITH", NECHIRVAN, MASHHADANI, "قبل أن يلتقي رئيس مجلس", "2025-02-09"),
      ("LEADS", MASHHADANI, IRQPARL, "النواب محمود المشهداني"),
      ("LEADS", MALIKI, SOL, "بزعيم ائتلاف دولة القانون"),
      ("LEADS", MASROUR, KRG, "برئيس حكومة الإقليم مسرور"),
      ],
     {"source": SHARQIYA, "published": "2025-02-09"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNE")
