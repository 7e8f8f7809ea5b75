"""Blind set JQ: Iraq 2024-2025 under Prime Minister Mohammed Shia al-Sudani, as the Popular
Mobilization Forces' own media directorate writes it in Arabic ("إعلام الحشد الشعبي", "السيد فالح
الفياض", "الحاج أبو فدك", "الشهيد القائد", "العدوان الأمريكي", bulletins of receptions with "بحضور")
and as a US newspaper's Baghdad bureau writes it in English (New York Times-like: "BAGHDAD —", "Mr."
and "General" after the first mention, officials "who spoke on the condition of anonymity", people
"familiar with the meeting", long background clauses).
Pieces: al-Fayyadh receives the health minister about the wounded of the US strikes on al-Qaim and
Akashat, the day after the strike that killed Abu Baqir al-Saadi and Arkan al-Ulayawi, February 2024
(PMF); Abu Fadak in the Nineveh Plains with the migration minister, al-Kildani and the 30th Brigade's
commander, and Abu Fadak after al-Muhandis (PMF); al-Fayyadh receives the Iranian ambassador and the
education minister on Abu Taqwa's first anniversary, January 2025 (PMF); the US strike that killed Abu
Baqir and Qaani's meeting with al-Hamidawi before it, February 2024 (US daily); the Framework's leaders
at al-Maliki's home weighing a second term for al-Sudani, December 2025 (US daily); the shelved PMF law,
August 2025 (US daily).
Excluded on purpose (no relation): the funeral procession Abu Fadak led (JQ1); a meeting with the
Nineveh governor that was postponed (JQ2); the Tower 22 attack "Washington blames" on Kataib Hezbollah
and whether al-Sudani met Qaani, which his office would not say (JQ4); al-Khazali, who did not attend,
Savaya's phone calls and a postponed meeting with the Sunni and Kurdish blocs (JQ5); Rubio's phone call
to al-Sudani and the bill's hypothetical handover from al-Fayyadh to Abu Fadak (JQ6).
Spellings: أبو فدك المحمداوي and عبد العزيز المحمداوي for one man, أركان العلياوي, Wissam Mohammed
Sabir al-Saadi (Abu Baqir), Arkan al-Elayawi, Yehia Rasool, Abdul-Aziz al-Muhammadawi (Abu Fadak),
"Mr. Sudani", "Mr. Maliki", "General Qaani".
Events follow the public record as far as the writer knew it; some minor details (who sat in on a
reception, weekdays, the dates of minor meetings, who attended the Framework's meeting) are filled in
for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jr import ALL  # noqa: E402

HERE = Path(__file__).parent

USA = "country:united-states"
PMF, KH, QF, IQG, HEALTH, MIGRATION, EDU, BABYLON, IRFM, CENTCOM, WH = (
    "organization:popular-mobilization-forces", "organization:kataib-hezbollah", "organization:quds-force",
    "organization:iraqi-government", "organization:iraqi-health-ministry", "organization:iraqi-migration-ministry",
    "organization:iraqi-education-ministry", "organization:babylon-movement", "organization:iranian-foreign-ministry",
    "organization:us-central-command", "organization:white-house")
HIKMA, AAH, RDC, PARL, USSTATE, NEWGEN = (
    "organization:hikma-movement", "organization:asaib-ahl-al-haq", "organization:reconstruction-and-development-coalition",
    "organization:iraqi-parliament", "organization:us-state-department", "organization:new-generation-movement")
BAGHDAD, QAIM, AKASHAT, ANBAR, MASHTAL, HAMDANIYA, NINEVEH = (
    "location:baghdad", "location:al-qaim", "location:akashat", "location:anbar", "location:mashtal",
    "location:hamdaniya", "location:nineveh")
FAYYADH, ABUFADAK, ABUBAQIR, ARKAN, KILDANI, MUHANDIS, SADEGH, ABUTAQWA = (
    "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi", "person:abu-baqir-al-saadi",
    "person:arkan-al-ulayawi", "person:rayan-al-kildani", "person:abu-mahdi-al-muhandis",
    "person:mohammad-kazem-al-e-sadegh", "person:abu-taqwa-al-saidi")
QAANI, HAMIDAWI, RASOOL, SUDANI, MALIKI, HAKIM, KHAZALI, KADHIMI, ABADI = (
    "person:esmail-qaani", "person:ahmad-al-hamidawi", "person:yahya-rasool", "person:mohammed-shia-al-sudani",
    "person:nouri-al-maliki", "person:ammar-al-hakim", "person:qais-al-khazali", "person:mustafa-al-kadhimi",
    "person:haider-al-abadi")
HARRIS, MASHHADANI, HALBOUSI, RUBIO, HUSSEINI = (
    "person:joshua-harris", "person:mahmoud-al-mashhadani", "person:mohammed-al-halbousi", "person:marco-rubio",
    "person:jaafar-al-husseini")
# new to the tables
HASNAWI, JABRO, QADDO, JUBOURI, FINER, DARAJI, SARWA = (
    "person:saleh-al-hasnawi", "person:evan-faeq-jabro", "person:waad-al-qaddo", "person:ibrahim-namis-al-jubouri",
    "person:jon-finer", "person:mohammed-sahib-al-daraji", "person:sarwa-abdul-wahid")

ARTICLES = [
    ("arJQ1_fayyadh_health_minister_qaim_wounded", "ar",
     "رئيس الهيئة يستقبل وزير الصحة ويبحث علاج جرحى العدوان الأمريكي في القائم\n"
     "إعلام الحشد الشعبي/ بغداد\n"
     "استقبل رئيس هيئة الحشد الشعبي السيد فالح الفياض، اليوم الخميس، في مقر الهيئة ببغداد، وزير الصحة "
     "الدكتور صالح الحسناوي، بحضور رئيس أركان الحشد الحاج أبو فدك المحمداوي.\n"
     "وجرى خلال اللقاء بحث آليات علاج جرحى العدوان الأمريكي الذي استهدف مقرات ألوية الحشد في قضاء القائم "
     "ومنطقة عكاشات غربي الأنبار، وتوفير المستلزمات الطبية للمستشفيات الميدانية في قواطع العمليات.\n"
     "وقدّم الحسناوي تعازيه لرئاسة الهيئة باستشهاد القائد أبو باقر الساعدي ورفيقه أركان العلياوي، اللذين "
     "ارتقيا مساء أمس بضربة غادرة نفذتها طائرة أمريكية مسيّرة في منطقة المشتل شرقي بغداد.\n"
     "من جانبه، أكد الفياض أن «دماء الشهداء لن تزيد أبناء الحشد إلا ثباتاً»، مشيراً إلى أن الهيئة «مؤسسة "
     "رسمية ضمن المنظومة الأمنية تأتمر بأوامر القائد العام للقوات المسلحة».\n"
     "وكان رئيس أركان الحشد قد تقدّم، صباح اليوم، موكب تشييع الشهيدين في بغداد وسط حضور جماهيري واسع.",
     [("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي السيد فالح"),
      ("MET_WITH", FAYYADH, HASNAWI, "وزير الصحة الدكتور صالح الحسناوي", "2024-02-08"),
      ("LEADS", HASNAWI, HEALTH, "وزير الصحة الدكتور صالح الحسناوي"),
      ("MET_WITH", ABUFADAK, FAYYADH, "بحضور رئيس أركان الحشد الحاج أبو فدك", "2024-02-08"),
      ("MET_WITH", ABUFADAK, HASNAWI, "بحضور رئيس أركان الحشد الحاج أبو فدك", "2024-02-08"),
      ("MEMBER_OF", ABUFADAK, PMF, "رئيس أركان الحشد الحاج أبو فدك المحمداوي"),
      ("ATTACKED", USA, QAIM, "العدوان الأمريكي الذي استهدف مقرات ألوية الحشد في قضاء القائم", "2024-02-02"),
      ("ATTACKED", USA, PMF, "العدوان الأمريكي الذي استهدف مقرات ألوية الحشد", "2024-02-02"),
      ("LOCATED_IN", AKASHAT, ANBAR, "ومنطقة عكاشات غربي الأنبار"),
      ("ASSASSINATED_BY", ABUBAQIR, USA, "بضربة غادرة نفذتها طائرة أمريكية مسيّرة", "2024-02-07"),
      ("ASSASSINATED_BY", ARKAN, USA, "بضربة غادرة نفذتها طائرة أمريكية مسيّرة", "2024-02-07"),
      ("LOCATED_IN", MASHTAL, BAGHDAD, "منطقة المشتل شرقي بغداد"),
      ],
     {"source": "blind set (Popular Mobilization Forces media directorate, Arabic)", "published": "2024-02-08"}),

    ("arJQ2_abu_fadak_nineveh_plains", "ar",
     "رئيس أركان الحشد يتفقد قواطع سهل نينوى ويلتقي وزيرة الهجرة في الحمدانية\n"
     "إعلام الحشد الشعبي/ نينوى\n"
     "أجرى رئيس أركان هيئة الحشد الشعبي عبد العزيز المحمداوي، اليوم الثلاثاء، جولة تفقدية في قواطع "
     "المسؤولية بسهل نينوى، اطلع خلالها على جاهزية القطعات وخطط مسك الأرض.\n"
     "والتقى المحمداوي في قضاء الحمدانية وزيرة الهجرة والمهجرين إيفان فائق جابرو، بحضور الأمين العام لحركة "
     "بابليون ريان الكلداني، وجرى بحث ملف عودة العائلات النازحة إلى مناطقها وتأمين الخدمات لها.\n"
     "كما زار رئيس الأركان مقر اللواء 30 في الحشد، والتقى آمره وعد القدو، الذي قدّم إيجازاً عن الوضع الأمني "
     "في المناطق المحاذية لحدود إقليم كردستان.\n"
     "وأكد المحمداوي، الذي تسلّم رئاسة أركان الحشد خلفاً للشهيد القائد أبو مهدي المهندس بعد اغتياله بضربة "
     "أمريكية قرب مطار بغداد الدولي مطلع عام 2020، أن «الحشد باقٍ على العهد وملتزم بتوجيهات القائد العام "
     "للقوات المسلحة».\n"
     "وكان من المقرر أن يلتقي رئيس الأركان محافظ نينوى عبد القادر الدخيل، قبل أن يُرجأ اللقاء إلى موعد لاحق.",
     [("MEMBER_OF", ABUFADAK, PMF, "رئيس أركان هيئة الحشد الشعبي عبد العزيز"),
      ("MET_WITH", ABUFADAK, JABRO, "والتقى المحمداوي في قضاء الحمدانية وزيرة", "2025-03-18"),
      ("VISITED", ABUFADAK, HAMDANIYA, "والتقى المحمداوي في قضاء الحمدانية", "2025-03-18"),
      ("LEADS", JABRO, MIGRATION, "وزيرة الهجرة والمهجرين إيفان"),
      ("MET_WITH", ABUFADAK, KILDANI, "بحضور الأمين العام لحركة بابليون", "2025-03-18"),
      ("MET_WITH", JABRO, KILDANI, "بحضور الأمين العام لحركة بابليون", "2025-03-18"),
      ("LEADS", KILDANI, BABYLON, "الأمين العام لحركة بابليون ريان"),
      ("MET_WITH", ABUFADAK, QADDO, "والتقى آمره وعد القدو", "2025-03-18"),
      ("MEMBER_OF", QADDO, PMF, "مقر اللواء 30 في الحشد، والتقى آمره"),
      ("SUCCESSOR_OF", ABUFADAK, MUHANDIS, "تسلّم رئاسة أركان الحشد خلفاً للشهيد القائد", "2020"),
      ("ASSASSINATED_BY", MUHANDIS, USA, "بعد اغتياله بضربة أمريكية قرب مطار بغداد", "2020-01-03"),
      ],
     {"source": "blind set (Popular Mobilization Forces media directorate, Arabic)", "published": "2025-03-18"}),

    ("arJQ3_fayyadh_iranian_ambassador_education", "ar",
     "الفياض يستقبل السفير الإيراني ووزير التربية\n"
     "إعلام الحشد الشعبي/ بغداد\n"
     "استقبل رئيس هيئة الحشد الشعبي فالح الفياض، اليوم الأحد، سفير الجمهورية الإسلامية الإيرانية في بغداد "
     "محمد كاظم آل صادق، بحضور رئيس أركان الحشد عبد العزيز المحمداوي.\n"
     "وجرى خلال اللقاء بحث العلاقات الثنائية وتطورات الأوضاع في المنطقة بعد الأحداث الأخيرة في سوريا، "
     "ودور الحشد الشعبي في حفظ أمن العراق وحدوده الغربية.\n"
     "واستذكر الجانبان الشهيد القائد أبو تقوى السعيدي، معاون قائد عمليات حزام بغداد، في الذكرى الأولى "
     "لاستشهاده بضربة أمريكية استهدفت مقراً للهيئة في شارع فلسطين.\n"
     "وفي لقاء منفصل، استقبل الفياض وزير التربية إبراهيم نامس الجبوري، وبحث معه تخصيص مقاعد دراسية لأبناء "
     "شهداء الحشد وتأهيل المدارس في المناطق المحررة.\n"
     "وأكد الفياض أن الهيئة «جزء من المنظومة الأمنية الرسمية ولن تكون طرفاً في أي صراع إقليمي»، وأنها "
     "«تلتزم بقرارات الدولة العراقية».",
     [("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("MET_WITH", FAYYADH, SADEGH, "سفير الجمهورية الإسلامية الإيرانية في بغداد", "2025-01-05"),
      ("MEMBER_OF", SADEGH, IRFM, "سفير الجمهورية الإسلامية الإيرانية في بغداد"),
      ("MET_WITH", ABUFADAK, FAYYADH, "بحضور رئيس أركان الحشد عبد العزيز", "2025-01-05"),
      ("MET_WITH", ABUFADAK, SADEGH, "بحضور رئيس أركان الحشد عبد العزيز", "2025-01-05"),
      ("MEMBER_OF", ABUFADAK, PMF, "رئيس أركان الحشد عبد العزيز المحمداوي"),
      ("MEMBER_OF", ABUTAQWA, PMF, "معاون قائد عمليات حزام بغداد"),
      ("ASSASSINATED_BY", ABUTAQWA, USA, "لاستشهاده بضربة أمريكية استهدفت مقراً", "2024-01-04"),
      ("ATTACKED", USA, PMF, "لاستشهاده بضربة أمريكية استهدفت مقراً للهيئة", "2024-01-04"),
      ("MET_WITH", FAYYADH, JUBOURI, "استقبل الفياض وزير التربية إبراهيم", "2025-01-05"),
      ("LEADS", JUBOURI, EDU, "وزير التربية إبراهيم نامس الجبوري"),
      ],
     {"source": "blind set (Popular Mobilization Forces media directorate, Arabic)", "published": "2025-01-05"}),

    ("enJQ4_abu_baqir_strike_qaani", "en",
     "U.S. Strike in Baghdad Kills Militia Commander Tied to Attack on American Troops\n"
     "BAGHDAD — A U.S. drone strike on Wednesday night killed a senior commander of Kataib Hezbollah, the "
     "Iranian-backed militia that Washington blames for the drone attack that killed three American soldiers "
     "in Jordan last month, officials said.\n"
     "The U.S. military's Central Command said its forces had killed the commander, Wissam Mohammed Sabir "
     "al-Saadi, known as Abu Baqir, who it said oversaw Kataib Hezbollah's operations in Syria. The missile "
     "hit his car in the Mashtal neighborhood of eastern Baghdad. Arkan al-Elayawi, also a Kataib Hezbollah "
     "commander, was killed with him in the strike, the group said.\n"
     "Jon Finer, the deputy national security adviser, had warned on Sunday of more strikes.\n"
     "The strike came about a week after Gen. Esmail Qaani, the commander of Iran's Quds Force, met in "
     "Baghdad with militia leaders, including Kataib Hezbollah's secretary general, Ahmed al-Hamidawi, "
     "according to two Iraqi officials familiar with the meeting. The group then suspended its attacks.\n"
     "Maj. Gen. Yehia Rasool, a military spokesman for Prime Minister Mohammed Shia al-Sudani, called the "
     "strike \"a blatant assassination.\" Mr. Sudani's office would not say whether he had met General Qaani.",
     [("ASSASSINATED_BY", ABUBAQIR, CENTCOM, "Central Command said its forces had killed the commander", "2024-02-07"),
      ("MEMBER_OF", ABUBAQIR, KH, "oversaw Kataib Hezbollah's operations in Syria"),
      ("LOCATED_IN", MASHTAL, BAGHDAD, "the Mashtal neighborhood of eastern Baghdad"),
      ("ASSASSINATED_BY", ARKAN, USA, "was killed with him in the strike", "2024-02-07"),
      ("MEMBER_OF", ARKAN, KH, "also a Kataib Hezbollah commander"),
      ("MEMBER_OF", FINER, WH, "the deputy national security adviser"),
      ("LEADS", QAANI, QF, "the commander of Iran's Quds Force"),
      ("MET_WITH", QAANI, HAMIDAWI, "met in Baghdad with militia leaders", "2024-01"),
      ("VISITED", QAANI, BAGHDAD, "met in Baghdad with militia leaders", "2024-01"),
      ("LEADS", HAMIDAWI, KH, "Kataib Hezbollah's secretary general, Ahmed"),
      ("MEMBER_OF", RASOOL, IQG, "a military spokesman for Prime Minister"),
      ("LEADS", SUDANI, IQG, "for Prime Minister Mohammed Shia al-Sudani"),
      ],
     {"source": "blind set (US newspaper, Baghdad bureau, English)", "published": "2024-02-08"}),

    ("enJQ5_framework_second_term_sudani", "en",
     "Iraq's Shiite Alliance Weighs Whether to Give Sudani a Second Term\n"
     "BAGHDAD — Leaders of Iraq's dominant Shiite alliance, the Coordination Framework, met on Monday night at "
     "the home of former Prime Minister Nouri al-Maliki to weigh whether to back Mohammed Shia al-Sudani for a "
     "second term, according to two people who attended.\n"
     "Mr. Sudani, whose list won the most seats in the Nov. 11 election, attended the meeting with Mr. Maliki "
     "and Ammar al-Hakim of the Hikma movement, they said. Qais al-Khazali, the leader of Asaib Ahl al-Haq, "
     "did not attend, an aide said.\n"
     "\"Nobody in the Framework has a veto,\" said Mohammed Sahib al-Daraji, a former industry minister and a "
     "senior member of Mr. Sudani's Reconstruction and Development Coalition.\n"
     "Mr. Maliki, who served two terms before Haider al-Abadi replaced him in 2014, is widely reported to want "
     "the job back. Mr. Sudani himself replaced Mustafa al-Kadhimi in October 2022 with the backing of the "
     "same alliance.\n"
     "President Trump's special envoy for Iraq, Mark Savaya, has spoken to Mr. Sudani by phone but has not "
     "visited Baghdad. A meeting of the Shiite leaders with the Sunni and Kurdish blocs, planned for this "
     "week, was postponed.",
     [("MET_WITH", MALIKI, SUDANI, "attended the meeting with Mr. Maliki", "2025-12-01"),
      ("MET_WITH", HAKIM, SUDANI, "attended the meeting with Mr. Maliki", "2025-12-01"),
      ("MET_WITH", HAKIM, MALIKI, "attended the meeting with Mr. Maliki", "2025-12-01"),
      ("LEADS", HAKIM, HIKMA, "Ammar al-Hakim of the Hikma movement"),
      ("LEADS", KHAZALI, AAH, "the leader of Asaib Ahl al-Haq"),
      ("MEMBER_OF", DARAJI, RDC, "a senior member of Mr. Sudani's Reconstruction"),
      ("LEADS", SUDANI, RDC, "Mr. Sudani's Reconstruction and Development Coalition"),
      ("SUCCESSOR_OF", ABADI, MALIKI, "before Haider al-Abadi replaced him in 2014", "2014"),
      ("SUCCESSOR_OF", SUDANI, KADHIMI, "replaced Mustafa al-Kadhimi in October 2022", "2022-10"),
      ],
     {"source": "blind set (US newspaper, Baghdad bureau, English)", "published": "2025-12-02"}),

    ("enJQ6_pmf_law_shelved", "en",
     "Under U.S. Pressure, Iraq Shelves a Law That Would Have Entrenched Militias\n"
     "BAGHDAD — Iraq's governing parties have quietly shelved a bill that would have given the Popular "
     "Mobilization Forces, an umbrella of mostly Iran-aligned militias, a permanent place in the state, "
     "Iraqi and American officials said, after weeks of warnings from Washington.\n"
     "The bill would also have set a retirement age that would have forced out the force's longtime chairman, "
     "Falih al-Fayyadh, and left its chief of staff, Abdul-Aziz al-Muhammadawi, known as Abu Fadak, in charge.\n"
     "Mr. Fayyadh met Prime Minister Mohammed Shia al-Sudani on Sunday to discuss the bill, with Abu Fadak "
     "present, an aide to Mr. Fayyadh said. Joshua Harris, the senior American diplomat in Baghdad, met the "
     "speaker of Parliament, Mahmoud al-Mashhadani, last week. Secretary of State Marco Rubio raised the bill "
     "in a phone call with Mr. Sudani.\n"
     "Sarwa Abdul Wahid, who leads the New Generation bloc in Parliament, said the law would have turned "
     "\"militias into a second army.\" Kataib Hezbollah's spokesman, Jaafar al-Husseini, accused Washington "
     "of \"blackmail.\"",
     [("LEADS", FAYYADH, PMF, "the force's longtime chairman"),
      ("MEMBER_OF", ABUFADAK, PMF, "its chief of staff, Abdul-Aziz"),
      ("MET_WITH", FAYYADH, SUDANI, "Mr. Fayyadh met Prime Minister Mohammed Shia al-Sudani", "2025-08-24"),
      ("MET_WITH", ABUFADAK, FAYYADH, "with Abu Fadak present", "2025-08-24"),
      ("MET_WITH", ABUFADAK, SUDANI, "with Abu Fadak present", "2025-08-24"),
      ("LEADS", SUDANI, IQG, "met Prime Minister Mohammed Shia"),
      ("MET_WITH", HARRIS, MASHHADANI, "met the speaker of Parliament", "2025-08"),
      ("MEMBER_OF", HARRIS, USSTATE, "the senior American diplomat in Baghdad"),
      ("LEADS", MASHHADANI, PARL, "the speaker of Parliament, Mahmoud"),
      ("LEADS", RUBIO, USSTATE, "Secretary of State Marco Rubio"),
      ("LEADS", SARWA, NEWGEN, "who leads the New Generation bloc"),
      ("MEMBER_OF", HUSSEINI, KH, "Kataib Hezbollah's spokesman, Jaafar"),
      ],
     {"source": "blind set (US newspaper, Baghdad bureau, English)", "published": "2025-08-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJQ")
