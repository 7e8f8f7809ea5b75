"""Blind set TD: Iraq's armed factions and the United States, 2020-2024 (second folder of TC-TD): Antony
Blinken's unannounced stop in Baghdad and al-Sudani's evening meeting with Hadi al-Amiri and Qais al-Khazali
(November 2023), an Esmail Qaani visit to Baghdad after the US strikes of February 2024 (al-Sudani, then
al-Maliki and al-Amiri), the opening of the Higher Military Commission's talks on the coalition's mission
(January 2024), al-Sudani with Biden and Austin in Washington (April 2024), Abu Fadak al-Mohammedawi named
PMF chief of staff to replace Abu Mahdi al-Muhandis (February 2020), and the funeral of Abu Baqir al-Saadi
(February 2024), as a US policy site writes it in English (Al-Monitor-like), an Iraqi news site in Arabic
(Baghdad Today-like: "كشف مصدر ... لـ(بغداد اليوم)"), a French wire in English (AFP-like: "Baghdad (AFP) –"),
an Iraqi news site in Arabic (Shafaq News-like: "شفق نيوز/"), a US wire in English (AP-like: "BAGHDAD (AP) —")
and a French wire's Arabic service (AFP Arabic-like: "بغداد (أ ف ب) -").
Pieces: Blinken meets al-Sudani in Baghdad; al-Sudani meets Amiri and Khazali that evening (English, TD1);
Qaani meets al-Sudani, then Maliki and Amiri at Maliki's home (Arabic, TD2); al-Sudani chairs the first
session with Abbasi and Vowell present; Abbasi had met Austin; a US strike killed Abu Taqwa (English, TD3);
al-Sudani meets Biden; he had met Austin with Abbasi present (Arabic, TD4); Abu Fadak named to replace
al-Muhandis, killed in a US strike ordered by Trump with Soleimani; Abdul-Mahdi met al-Fayyadh (English, TD5);
the United States killed Abu Baqir al-Saadi; al-Fayyadh, Abu Fadak and Kaabi at his funeral (Arabic, TD6).
Excluded on purpose (no relation): Blinken, who met no faction leader (TD1); Kaabi, who did not attend and
sent a representative; the embassy's denial of a Qaani meeting with a US official or mediator (TD2); the
factions' attacks claimed in general, the Pentagon official's hedge (TD3); al-Sudani's planned meeting with
Blinken (TD4); the shrine units' objection (TD5); the funeral attended by al-Fayyadh, Abu Fadak and Kaabi
(taking part in the same funeral is not a meeting), Washington blaming the Islamic Resistance for Tower 22,
Tehran's denial (TD6).
Judgement calls: "met Hadi al-Amiri and Qais al-Khazali at his office" is one meeting of the three (TD1, as
SR1); Qaani "met at Maliki's home a number of leaders, among them Maliki himself and Amiri": a meeting of the
three (TD2); the first session "chaired" by al-Sudani and "attended by" two others: a meeting of the three
(TD3, as "بحضور" in SQ4); "بحضور" Abbasi: paired with both principals (TD4); "replacing" al-Muhandis as
chief of staff is a succession, stated in the sentence that introduces Abu Fadak by title only (TD5);
"killed alongside Iran's top general in a U.S. drone strike" gives al-Muhandis -> United States; "The Jan. 3
strike ..., ordered by President Donald Trump, killed" Soleimani and al-Muhandis gives both -> Trump (TD5);
"الذي قتلته الولايات المتحدة" gives al-Saadi -> United States (TD6); a prime minister or president LEADS the
country; the head of a faction or of the PMF LEADS it; a commander or chief of staff "of" a body is
MEMBER_OF it.
Filled in for the exercise: the evening meeting with Amiri and Khazali, the spokesperson's statement (TD1);
the day, the place and the attendees of Qaani's meetings (TD2); the attendance at the first session, the
Pentagon official's wording (TD3); the order and place of the Austin meeting, Abbasi's presence (TD4); the
Abdul-Mahdi meeting with al-Fayyadh (TD5); the attendees named at the funeral, Kaabi's words (TD6).
Spellings: "Antony Blinken", "Sudani", "Abu Hussein al-Hamidawi" (TD1); «إسماعيل قاآني»،
«نوري المالكي»، «أكرم الكعبي» (TD2); "Thabet al-Abbasi", "Major General Joel Vowell", "Mushtaq Taleb
al-Saidi" (TD3); «جو بايدن»، «لويد أوستن»، «ثابت العباسي» (TD4); "Abdul-Aziz al-Mohammedawi", "Abu Mehdi
al-Muhandis", "Qassem Soleimani", "Adil Abdul-Mahdi" (TD5); «أبو باقر الساعدي»، «عبد العزيز المحمداوي»
(TD6).
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

IRAQ, US = "country:iraq", "country:united-states"
BAGHDAD = "location:baghdad"
PMF, KH, NUJABA, ASAIB, BADR, QUDS, COALITION, SOL = (
    "organization:popular-mobilization-forces", "organization:kataib-hezbollah", "organization:harakat-al-nujaba",
    "organization:asaib-ahl-al-haq", "organization:badr-organization", "organization:quds-force",
    "organization:international-coalition", "organization:state-of-law-coalition")
SUDANI, FAYYADH, FADAK, MUHANDIS, KHAZALI, KAABI, HAMIDAWI, AMIRI, MALIKI = (
    "person:mohammed-shia-al-sudani", "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi",
    "person:abu-mahdi-al-muhandis", "person:qais-al-khazali", "person:akram-al-kaabi",
    "person:ahmad-al-hamidawi", "person:hadi-al-amiri", "person:nouri-al-maliki")
TAQWA, BAQIR, ABBASI, ABDUL_MAHDI = (
    "person:mushtaq-taleb-al-saidi", "person:abu-baqir-al-saadi", "person:thabet-al-abbasi",
    "person:adil-abdul-mahdi")
BLINKEN, AUSTIN, BIDEN, TRUMP, VOWELL, QAANI, SOLEIMANI = (
    "person:antony-blinken", "person:lloyd-austin", "person:joe-biden", "person:donald-trump",
    "person:joel-vowell", "person:esmail-qaani", "person:qasem-soleimani")

MONITOR = "blind set (US-based Middle East news site, English, Al-Monitor-like)"
BT = "blind set (Iraqi news site, Arabic, Baghdad Today-like)"
AFP = "blind set (French news wire, English, AFP-like)"
SHAFAQ = "blind set (Iraqi news site, Arabic, Shafaq News-like)"
AP = "blind set (US news wire, English, AP-like)"
AFP_AR = "blind set (French news wire, Arabic service, AFP-like)"

ARTICLES = [
    ("enTD1_blinken_baghdad_monitor", "en",
     "Blinken makes unannounced Baghdad stop as militia attacks on US forces mount\n"
     "US Secretary of State Antony Blinken made an unannounced visit to Baghdad on Sunday, where he met Prime "
     "Minister Mohammed Shia al-Sudani for talks dominated by the wave of rocket and drone attacks on US troops "
     "in Iraq and Syria since Oct. 7.\n"
     "\"The attacks, the threats coming from militia that are aligned with Iran, are totally unacceptable,\" "
     "Blinken told reporters after the meeting, adding that he had asked the premier to rein in the groups.\n"
     "Sudani came to power a year ago with the backing of the Coordination Framework, a bloc that includes the "
     "political wings of several armed factions, and has been caught between Washington and his own coalition "
     "partners.\n"
     "An Iraqi official told Al-Monitor that the prime minister met Badr Organization chief Hadi al-Amiri and "
     "Asaib Ahl al-Haq leader Qais al-Khazali at his office the same evening to relay Washington's message.\n"
     "Blinken did not meet any faction leader during the five-hour stop, a State Department spokesperson said.\n"
     "Kataib Hezbollah, whose secretary-general Abu Hussein al-Hamidawi has vowed to keep up the attacks until "
     "the war in Gaza ends, dismissed the visit as \"an American attempt to dictate\" to Baghdad.",
     [("MET_WITH", BLINKEN, SUDANI, "where he met Prime Minister", "2023-11-05"),
      ("VISITED", BLINKEN, BAGHDAD, "made an unannounced visit to Baghdad on Sunday"),
      ("LEADS", SUDANI, IRAQ, "Minister Mohammed Shia al-Sudani for talks"),
      ]
     + met_group({SUDANI: "the prime minister met Badr", AMIRI: "Badr Organization chief Hadi al-Amiri",
                  KHAZALI: "leader Qais al-Khazali at his office"}, "2023-11-05")
     + [("LEADS", AMIRI, BADR, "Badr Organization chief Hadi"),
        ("LEADS", KHAZALI, ASAIB, "Asaib Ahl al-Haq leader Qais"),
        ("LEADS", HAMIDAWI, KH, "whose secretary-general Abu Hussein al-Hamidawi"),
        ],
     {"source": MONITOR, "published": "2023-11-06"}),

    ("arTD2_qaani_visit_baghdad_today", "ar",
     "مصدر يكشف لـ(بغداد اليوم) تفاصيل زيارة قاآني: لقاء مع السوداني وآخر مع قادة الإطار\n"
     "بغداد اليوم - بغداد\n"
     "كشف مصدر سياسي مطلع، اليوم الخميس، عن تفاصيل الزيارة التي أجراها قائد فيلق القدس في الحرس الثوري "
     "الإيراني إسماعيل قاآني إلى العاصمة بغداد، مبيناً أنه التقى رئيس الحكومة محمد شياع السوداني مساء "
     "الأربعاء.\n"
     "وقال المصدر لـ(بغداد اليوم) إن \"قاآني اجتمع بعد ذلك في منزل رئيس ائتلاف دولة القانون نوري المالكي بعدد "
     "من قادة الإطار التنسيقي، بينهم المالكي نفسه وهادي العامري، وتناول الاجتماع الرد على الضربات الأميركية "
     "الأخيرة\".\n"
     "وأضاف أن \"الجنرال الإيراني نقل رسالة بضرورة التهدئة وعدم منح واشنطن ذريعة لتوسيع عملياتها\"، لافتاً إلى "
     "أن \"الأمين العام لحركة النجباء أكرم الكعبي لم يحضر الاجتماع، واكتفى بإرسال ممثل عنه\".\n"
     "في المقابل، نفت السفارة الإيرانية في بغداد أن يكون قاآني قد التقى أي مسؤول أميركي أو وسيط خلال الزيارة، "
     "فيما لم يصدر أي تعليق رسمي من مكتب رئيس الوزراء بشأنها.",
     [("LEADS", QAANI, QUDS, "قائد فيلق القدس في الحرس الثوري"),
      ("VISITED", QAANI, BAGHDAD, "إلى العاصمة بغداد"),
      ("MET_WITH", QAANI, SUDANI, "مبيناً أنه التقى رئيس الحكومة", "2024-02-14"),
      ("LEADS", SUDANI, IRAQ, "رئيس الحكومة محمد شياع السوداني"),
      ("LEADS", MALIKI, SOL, "رئيس ائتلاف دولة القانون نوري"),
      ]
     + met_group({QAANI: "قاآني اجتمع بعد ذلك", MALIKI: "بينهم المالكي نفسه",
                  AMIRI: "وهادي العامري، وتناول"}, "2024-02-14")
     + [("LEADS", KAABI, NUJABA, "الأمين العام لحركة النجباء أكرم"),
        ],
     {"source": BT, "published": "2024-02-15"}),

    ("enTD3_coalition_talks_open_afp", "en",
     "Iraq, US open talks on future of anti-IS coalition\n"
     "Baghdad (AFP) – Iraq and the United States on Saturday opened talks on the future of the US-led coalition "
     "fighting the Islamic State group, Prime Minister Mohammed Shia al-Sudani's office said, as Baghdad pushes "
     "for a timetable for the departure of foreign troops.\n"
     "Sudani chaired the first session of the Higher Military Commission, attended by Defence Minister Thabet "
     "al-Abbasi and the commander of the coalition's joint task force, US Major General Joel Vowell, according to "
     "a statement.\n"
     "The talks were agreed in August, when Abbasi held talks with US Defense Secretary Lloyd Austin at the "
     "Pentagon during a \"Joint Security Cooperation Dialogue\".\n"
     "Iran-backed factions have claimed more than 150 rocket and drone attacks on US forces in Iraq and Syria "
     "since mid-October. On January 4, a US strike in Baghdad killed Mushtaq Taleb al-Saidi, a commander of "
     "Harakat al-Nujaba, prompting Sudani to announce he would seek an end to the coalition's presence.\n"
     "Washington \"has no plans\" to withdraw its roughly 2,500 troops from Iraq, a Pentagon official said, "
     "speaking on condition of anonymity, adding that the commission would take \"months, not weeks\".",
     [("LEADS", SUDANI, IRAQ, "Prime Minister Mohammed Shia al-Sudani's office")]
     + met_group({SUDANI: "Sudani chaired the first session", ABBASI: "attended by Defence Minister Thabet",
                  VOWELL: "US Major General Joel Vowell"}, "2024-01-27")
     + [("LEADS", VOWELL, COALITION, "the commander of the coalition's joint task force"),
        ("MET_WITH", ABBASI, AUSTIN, "when Abbasi held talks with US Defense Secretary", "2023-08"),
        ("ASSASSINATED_BY", TAQWA, US, "a US strike in Baghdad killed Mushtaq", "2024-01-04"),
        ("MEMBER_OF", TAQWA, NUJABA, "a commander of Harakat al-Nujaba"),
        ],
     {"source": AFP, "published": "2024-01-27"}),
]

ARTICLES += [
    ("arTD4_sudani_biden_austin_shafaq", "ar",
     "السوداني يلتقي بايدن في البيت الأبيض: مرحلة ما بعد التحالف\n"
     "شفق نيوز/ التقى رئيس مجلس الوزراء العراقي محمد شياع السوداني، يوم الاثنين، بالرئيس الأميركي جو بايدن في "
     "البيت الأبيض، في أول زيارة رسمية يجريها إلى واشنطن منذ توليه المنصب في تشرين الأول 2022.\n"
     "وأكد بايدن خلال اللقاء \"التزام الولايات المتحدة بأمن العراق وسيادته\"، فيما شدد السوداني على "
     "\"الانتقال إلى علاقات ثنائية شاملة بعد انتهاء مهمة التحالف الدولي\".\n"
     "وكان السوداني قد اجتمع صباحاً بوزير الدفاع الأميركي لويد أوستن في مقر البنتاغون، بحضور وزير الدفاع "
     "العراقي ثابت العباسي، حيث جرى بحث عمل اللجنة العسكرية العليا والجدول الزمني لخفض عدد المستشارين.\n"
     "ومن المقرر أن يلتقي السوداني وزير الخارجية أنتوني بلينكن يوم الثلاثاء، كما سيلتقي ممثلي شركات أميركية "
     "كبرى في قطاع الطاقة.\n"
     "في الأثناء، قال المتحدث باسم كتائب حزب الله إن \"تعليق العمليات لا يعني التخلي عن خيار المقاومة\"، "
     "مؤكداً أن الفصائل \"ستراقب\" نتائج الزيارة.",
     [("MET_WITH", SUDANI, BIDEN, "بالرئيس الأميركي جو بايدن في", "2024-04-15"),
      ("LEADS", SUDANI, IRAQ, "رئيس مجلس الوزراء العراقي محمد شياع"),
      ("LEADS", BIDEN, US, "بالرئيس الأميركي جو بايدن"),
      ]
     + met_group({SUDANI: "وكان السوداني قد اجتمع صباحاً", AUSTIN: "بوزير الدفاع الأميركي لويد أوستن",
                  ABBASI: "بحضور وزير الدفاع العراقي"}, "2024-04-15"),
     {"source": SHAFAQ, "published": "2024-04-15"}),

    ("enTD5_abu_fadak_named_ap", "en",
     "Iraq's paramilitary names hard-line commander to replace slain al-Muhandis\n"
     "BAGHDAD (AP) — Iraq's state-sanctioned Popular Mobilization Forces named a veteran commander of the "
     "Iran-backed Kataib Hezbollah militia as its new chief of staff on Thursday, replacing Abu Mehdi "
     "al-Muhandis, who was killed alongside Iran's top general in a U.S. drone strike last month.\n"
     "Abdul-Aziz al-Mohammedawi, better known by his nom de guerre Abu Fadak, was chosen at a meeting of the "
     "umbrella group's leaders, two militia officials said, speaking on condition of anonymity because they were "
     "not authorized to brief reporters.\n"
     "The Jan. 3 strike near Baghdad's airport, ordered by President Donald Trump, killed Gen. Qassem Soleimani, "
     "commander of the Revolutionary Guard's elite Quds Force, and al-Muhandis, the PMF's deputy chairman.\n"
     "Four militias loyal to Iraq's top Shiite cleric, the so-called shrine units, objected to the choice, the "
     "officials said. The PMF's chairman, Falih al-Fayyadh, has not commented publicly.\n"
     "Caretaker Prime Minister Adil Abdul-Mahdi, who resigned in December amid mass anti-government protests, met "
     "al-Fayyadh on Wednesday, his office said, without mentioning the appointment.",
     [("SUCCESSOR_OF", FADAK, MUHANDIS, "replacing Abu Mehdi", "2020-02-20"),
      ("ASSASSINATED_BY", MUHANDIS, US, "who was killed alongside Iran's top general", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "ordered by President Donald Trump, killed", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, TRUMP, "and al-Muhandis, the PMF's deputy chairman", "2020-01-03"),
      ("LEADS", SOLEIMANI, QUDS, "commander of the Revolutionary Guard's elite Quds Force"),
      ("MEMBER_OF", MUHANDIS, PMF, "the PMF's deputy chairman"),
      ("LEADS", FAYYADH, PMF, "The PMF's chairman, Falih al-Fayyadh"),
      ("LEADS", TRUMP, US, "President Donald Trump, killed"),
      ("LEADS", ABDUL_MAHDI, IRAQ, "Caretaker Prime Minister Adil Abdul-Mahdi"),
      ("MET_WITH", ABDUL_MAHDI, FAYYADH, "met al-Fayyadh on Wednesday", "2020-02-19"),
      ],
     {"source": AP, "published": "2020-02-20"}),

    ("arTD6_abu_baqir_funeral_afp", "ar",
     "آلاف العراقيين يشيّعون القيادي في كتائب حزب الله أبو باقر الساعدي\n"
     "بغداد (أ ف ب) - شيّع آلاف من أنصار فصائل مسلحة عراقية الخميس في بغداد القيادي في كتائب حزب الله أبو باقر "
     "الساعدي، الذي قتلته الولايات المتحدة بضربة بطائرة مسيّرة استهدفت سيارته مساء الأربعاء في حي المشتل شرق "
     "العاصمة.\n"
     "وشارك في التشييع رئيس هيئة الحشد الشعبي فالح الفياض ورئيس أركانها عبد العزيز المحمداوي، إلى جانب الأمين "
     "العام لحركة النجباء أكرم الكعبي، بحسب مراسل وكالة فرانس برس.\n"
     "وردّد المشيّعون هتافات مناهضة للولايات المتحدة، ورفعوا صور الساعدي وأعلام الحشد.\n"
     "وقال الكعبي في كلمة أمام المشيعين إن \"دماء الشهداء لن تذهب سدى\"، فيما اتهم بيان للكتائب القوات "
     "الأميركية بالسعي إلى \"جرّ المنطقة إلى حرب شاملة\".\n"
     "وكانت واشنطن قد حمّلت \"المقاومة الإسلامية في العراق\" مسؤولية الهجوم الذي أودى بحياة ثلاثة جنود أميركيين "
     "في موقع البرج 22 في الأردن أواخر كانون الثاني، فيما نفت طهران أي علاقة لها بالهجوم.\n"
     "وأعلنت الحكومة العراقية أن الضربة \"تقوّض\" الحوار الجاري لإنهاء مهمة التحالف الدولي.",
     [("ASSASSINATED_BY", BAQIR, US, "الذي قتلته الولايات المتحدة", "2024-02-07"),
      ("MEMBER_OF", BAQIR, KH, "الخميس في بغداد القيادي في كتائب حزب الله"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي فالح الفياض"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركانها عبد العزيز المحمداوي"),
      ("LEADS", KAABI, NUJABA, "العام لحركة النجباء أكرم الكعبي"),
      ],
     {"source": AFP_AR, "published": "2024-02-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTD")
