"""Blind set ID: Iraq after January 2020 as told by a US wire / newspaper (AP, Washington Post style):
Qaani's first known trip to Baghdad during the Zurfi nomination, March 2020 (English); Abu Fadak named
PMF chief of staff in al-Muhandis's place, Feb 2020 (Arabic); Qaani's airport meeting with the
factions after Tower 22 and Kataib Hezbollah's suspension of attacks, Jan 2024 (English); the US strike
on Palestine Street that killed Nujaba's Abu Taqwa, Jan 2024 (Arabic); the Mashtal strike that killed
Abu Baqir al-Saadi and Arkan al-Elayawi, Feb 2024 (English); al-Kadhimi replaces al-Fayyadh with
al-Araji as national security adviser, Yarallah after al-Ghanimi, the killing of Hisham al-Hashimi,
July 2020 (Arabic).
Style: anonymous officials, "according to", "spoke on condition of anonymity", Pentagon and CENTCOM
statements; excluded on purpose: a PM-designate "to replace" a caretaker (nomination never confirmed),
a meeting not on the schedule, a candidate for a post, an accusation denied (rocket attacks, Tower 22),
a meeting the PM's office would not confirm, a bombing with no claimant, a successor not yet named or
unknown, a killing with no stated agent (al-Hashimi), a phone call (Pompeo).
Spellings: Esmail Ghaani, Qassem Soleimani, Falih al-Fayyadh, Ahmed al-Hamidawi, Wissam Mohammed
Saber al-Saadi, Yehia Rasool, مشتاق طالب السعيدي, عبد الأمير يار الله.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ie import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, JOR = "country:iran", "country:iraq", "country:united-states", "country:jordan"
QF, PMF, KH, NUJ, BADR = ("organization:quds-force", "organization:popular-mobilization-forces",
                          "organization:kataib-hezbollah", "organization:harakat-al-nujaba",
                          "organization:badr-organization")
IQG, IQFM, IQINT, IQARMY, NSA, IQAF = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry", "organization:iraqi-interior-ministry",
    "organization:iraqi-army", "organization:iraqi-national-security-advisory", "organization:iraqi-armed-forces")
DOD, STATE, FATAH, SOL_COAL, ABBASDIV = (
    "organization:us-department-of-defense", "organization:us-state-department", "organization:fatah-alliance",
    "organization:state-of-law-coalition", "organization:abbas-combat-division")
BAGHDAD, BIAP, MASHTAL, PALST, TOWER22 = ("location:baghdad", "location:baghdad-international-airport",
                                          "location:mashtal", "location:palestine-street", "location:tower-22")
QAANI, SOL, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
KAD, SUD, FAY, AMIRI, MALIKI, MAHDI, SALIH, ZURFI, SAHHAF = (
    "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani", "person:falih-al-fayyadh", "person:hadi-al-amiri",
    "person:nouri-al-maliki", "person:adil-abdul-mahdi", "person:barham-salih", "person:adnan-al-zurfi",
    "person:ahmed-al-sahhaf")
FADAK, ZAIDI, MUNTADHAR = ("person:abdul-aziz-al-muhammadawi", "person:maytham-al-zaidi",
                           "person:abu-muntadhar-al-husseini")
HAMIDAWI, ASKARI, TAQWA, BAQIR, ELAYAWI, KAABI = (
    "person:ahmad-al-hamidawi", "person:abu-ali-al-askari", "person:abu-taqwa-al-saidi", "person:abu-baqir-al-saadi",
    "person:arkan-al-elayawi", "person:akram-al-kaabi")
RYDER, RASOOL, ARAJI, YARALLAH, GHANIMI, POMPEO = (
    "person:pat-ryder", "person:yahya-rasool", "person:qassim-al-araji", "person:abdul-amir-yarallah",
    "person:othman-al-ghanimi", "person:mike-pompeo")

ARTICLES = [
    ("enID1_ghaani_first_baghdad_trip", "en",
     "Iran's new Quds Force chief makes first known trip to Baghdad\n"
     "BAGHDAD (AP) - The new commander of Iran's elite Quds Force, Esmail Ghaani, arrived in Baghdad late "
     "Monday on his first known visit to Iraq since succeeding Gen. Qassem Soleimani, who was killed in a "
     "U.S. drone strike in January, two Iraqi officials said.\n"
     "Ghaani held a joint meeting with Hadi al-Amiri, who heads the Fatah bloc in parliament, and Falih al-Fayyadh, chairman "
     "of the Popular Mobilization Forces, according to the officials, who spoke on condition of anonymity "
     "because they were not authorized to brief reporters.\n"
     "The talks focused on Adnan al-Zurfi, whom President Barham Salih designated this month to replace "
     "caretaker Prime Minister Adil Abdul-Mahdi and whom several Iran-backed factions, as well as Nouri "
     "al-Maliki's State of Law coalition, oppose.\n"
     "A meeting with al-Zurfi himself was not on Ghaani's schedule, one of the officials said.\n"
     "Unlike his predecessor, who moved freely across Iraq, Ghaani had to obtain a visa before the trip, "
     "Foreign Ministry spokesman Ahmed al-Sahhaf told The Associated Press.\n"
     "The U.S. Embassy in Baghdad declined to comment.",
     [("LEADS", QAANI, QF, "The new commander of Iran's elite Quds Force"),
      ("VISITED", QAANI, BAGHDAD, "arrived in Baghdad late", "2020-03-30"),
      ("SUCCESSOR_OF", QAANI, SOL, "since succeeding Gen", "2020-01"),
      ("ASSASSINATED_BY", SOL, USA, "killed in a U.S. drone strike in January", "2020-01-03"),
      ("MET_WITH", QAANI, AMIRI, "Ghaani held a joint meeting with", "2020-03-30"),
      ("MET_WITH", QAANI, FAY, "Ghaani held a joint meeting with", "2020-03-30"),
      ("MET_WITH", AMIRI, FAY, "Ghaani held a joint meeting with", "2020-03-30"),
      ("LEADS", AMIRI, FATAH, "who heads the Fatah bloc"),
      ("LEADS", FAY, PMF, "chairman of the Popular Mobilization Forces"),
      ("LEADS", SALIH, IRAQ, "President Barham Salih"),
      ("LEADS", MAHDI, IQG, "caretaker Prime Minister Adil"),
      ("LEADS", MALIKI, SOL_COAL, "al-Maliki's State of Law coalition"),
      ("MEMBER_OF", SAHHAF, IQFM, "Foreign Ministry spokesman Ahmed"),
      ("REPORTED_BY", SAHHAF, "outlet:ap", "told The Associated Press"),
      ],
     {"source": "blind set (US wire, English)", "published": "2020-03-31"}),

    ("arID2_abu_fadak_chief_of_staff", "ar",
     "الحشد الشعبي يعيّن قيادياً في «كتائب حزب الله» خلفاً للمهندس\n"
     "بغداد (أسوشيتد برس) - أعلنت هيئة الحشد الشعبي في العراق، الخميس، تعيين عبد العزيز المحمداوي، المعروف "
     "بـ«أبو فدك»، رئيساً لأركان الهيئة خلفاً لأبي مهدي المهندس، الذي قُتل مع الجنرال الإيراني قاسم سليماني "
     "بضربة أمريكية قرب مطار بغداد الشهر الماضي.\n"
     "والمحمداوي قائد مخضرم في «كتائب حزب الله»، الفصيل الذي تصنّفه واشنطن منظمة إرهابية وتتهمه بشنّ هجمات "
     "صاروخية على قواعد تضم جنوداً أمريكيين، وهو ما تنفيه الكتائب.\n"
     "وقال مسؤولان في الحشد، طلبا عدم الكشف عن هويتيهما، إن رئيس الهيئة فالح الفياض أقرّ التعيين رغم "
     "اعتراض أربعة ألوية مرتبطة بالعتبات الدينية في كربلاء والنجف.\n"
     "وكان اسم مدير العمليات في الحشد أبو منتظر الحسيني، القيادي في منظمة بدر، قد طُرح أيضاً للمنصب، بحسب "
     "المسؤولين.\n"
     "وقال قائد فرقة العباس القتالية ميثم الزيدي لأسوشيتد برس إن ألويته «لن تعمل تحت إمرة فصيل بعينه».\n"
     "ولم تعلّق وزارة الخارجية الأمريكية على التعيين.",
     [("MEMBER_OF", FADAK, PMF, "تعيين عبد العزيز المحمداوي"),
      ("SUCCESSOR_OF", FADAK, MUH, "رئيساً لأركان الهيئة خلفاً لأبي مهدي", "2020-02-20"),
      ("ASSASSINATED_BY", MUH, USA, "بضربة أمريكية قرب مطار بغداد", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, USA, "بضربة أمريكية قرب مطار بغداد", "2020-01-03"),
      ("MEMBER_OF", FADAK, KH, "والمحمداوي قائد مخضرم"),
      ("LEADS", FAY, PMF, "إن رئيس الهيئة فالح"),
      ("MEMBER_OF", MUNTADHAR, PMF, "مدير العمليات في الحشد"),
      ("MEMBER_OF", MUNTADHAR, BADR, "القيادي في منظمة بدر"),
      ("LEADS", ZAIDI, ABBASDIV, "قائد فرقة العباس القتالية ميثم"),
      ("REPORTED_BY", ZAIDI, "outlet:ap", "الزيدي لأسوشيتد برس"),
      ],
     {"source": "blind set (US wire, Arabic service)", "published": "2020-02-20"}),

    ("enID3_qaani_factions_after_tower22", "en",
     "Iranian general pressed Iraqi militias to halt attacks after Jordan strike, officials say\n"
     "BAGHDAD - The commander of Iran's Quds Force, Esmail Qaani, flew into Baghdad days after a drone attack "
     "killed three U.S. soldiers at a remote outpost in Jordan known as Tower 22, according to Iraqi and "
     "Iranian officials familiar with the visit.\n"
     "At a meeting at Baghdad airport on Jan. 29, Qaani urged commanders of Kataib Hezbollah and other "
     "factions to scale back their attacks, said two of the officials, who spoke on the condition of "
     "anonymity to discuss sensitive matters.\n"
     "A day later, Kataib Hezbollah's secretary general, Ahmed al-Hamidawi, announced that the group was "
     "suspending military operations against U.S. forces \"to prevent embarrassment to the Iraqi "
     "government.\"\n"
     "The Biden administration has blamed the Jordan attack on Iran-backed militias; Tehran has denied any "
     "role.\n"
     "Prime Minister Mohammed Shia al-Sudani's office declined to say whether Sudani had seen the Iranian "
     "general during the trip.\n"
     "\"Qaani did not come to give orders; he came to ask,\" said a senior figure in the Coordination "
     "Framework, the Shiite alliance that backs the government, who like the others asked not to be named.",
     [("LEADS", QAANI, QF, "The commander of Iran's Quds Force"),
      ("VISITED", QAANI, BAGHDAD, "flew into Baghdad days after", "2024-01"),
      ("LOCATED_IN", TOWER22, JOR, "outpost in Jordan known as Tower 22"),
      ("MET_WITH", QAANI, KH, "At a meeting at Baghdad airport on Jan. 29", "2024-01-29"),
      ("VISITED", QAANI, BIAP, "At a meeting at Baghdad airport on Jan. 29", "2024-01-29"),
      ("LEADS", HAMIDAWI, KH, "Kataib Hezbollah's secretary general"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani's office"),
      ("SUPPORTS", "organization:coordination-framework", IQG, "the Shiite alliance that backs the government"),
      ],
     {"source": "blind set (US newspaper, English)", "published": "2024-01-31"}),

    ("arID4_abu_taqwa_palestine_street", "ar",
     "غارة أمريكية تقتل قيادياً في «النجباء» وسط بغداد\n"
     "بغداد (أسوشيتد برس) - قال مسؤولون أمريكيون إن الولايات المتحدة نفّذت الخميس ضربة بطائرة مسيّرة على "
     "مقر لفصيل مسلح مدعوم من إيران في شارع فلسطين شرقي بغداد، ما أسفر عن مقتل مشتاق طالب السعيدي، المعروف "
     "بـ«أبو تقوى»، القيادي في حركة النجباء.\n"
     "وأوضح مسؤول في وزارة الدفاع الأمريكية، طلب عدم كشف اسمه، أن السعيدي «كان متورطاً بشكل فعّال في "
     "التخطيط لهجمات» على الأمريكيين.\n"
     "وقال السكرتير الصحفي للبنتاغون الميجر جنرال بات رايدر إن الضربة جاءت «دفاعاً عن النفس».\n"
     "في المقابل، حمّل الناطق باسم القائد العام للقوات المسلحة العراقية اللواء يحيى رسول قوات التحالف الدولي "
     "المسؤولية، ووصف العملية بأنها «تصعيد خطير».\n"
     "وجاءت الضربة بعد يوم من تفجيرين في مدينة كرمان الإيرانية قرب ضريح قاسم سليماني أوديا بحياة نحو 90 "
     "شخصاً، ولم تتبنّهما أي جهة حتى مساء الأربعاء.\n"
     "ولم تعلن الحركة، التي يتزعمها أكرم الكعبي، اسم من سيخلف السعيدي.",
     [("ASSASSINATED_BY", TAQWA, USA, "إن الولايات المتحدة نفّذت الخميس", "2024-01-04"),
      ("ATTACKED", USA, PALST, "في شارع فلسطين شرقي بغداد", "2024-01-04"),
      ("LOCATED_IN", PALST, BAGHDAD, "في شارع فلسطين شرقي بغداد"),
      ("MEMBER_OF", TAQWA, NUJ, "القيادي في حركة النجباء"),
      ("MEMBER_OF", RYDER, DOD, "السكرتير الصحفي للبنتاغون"),
      ("MEMBER_OF", RASOOL, IQAF, "الناطق باسم القائد العام للقوات المسلحة العراقية"),
      ("LEADS", KAABI, NUJ, "التي يتزعمها أكرم"),
      ],
     {"source": "blind set (US wire, Arabic service)", "published": "2024-01-04"}),

    ("enID5_abu_baqir_mashtal_strike", "en",
     "U.S. strike in Baghdad kills Kataib Hezbollah commander blamed for attacks on American troops\n"
     "BAGHDAD (AP) - A U.S. drone strike on a vehicle in eastern Baghdad on Wednesday killed a senior "
     "commander of the Iran-backed militia Kataib Hezbollah, the U.S. military said.\n"
     "U.S. Central Command identified the commander as Wissam Mohammed Saber al-Saadi, known as Abu Baqir "
     "al-Saadi, and said he was \"responsible for directly planning and participating in attacks\" on U.S. "
     "forces in the region.\n"
     "A second Kataib Hezbollah official, Arkan al-Elayawi, was also killed in the strike in the Mashtal "
     "neighborhood, two Iraqi security officials said.\n"
     "Maj. Gen. Yehia Rasool, the military spokesman for Prime Minister Mohammed Shia al-Sudani, called the "
     "strike \"a blatant assassination\" and said it undermined talks on the future of the coalition.\n"
     "U.S. officials said they did not know who would take over al-Saadi's portfolio, which included the "
     "militia's operations in Syria.\n"
     "On Thursday al-Sudani received U.S. Ambassador Alina Romanowski and told her that such strikes were "
     "pushing Iraq to end the coalition's mission, his office said.\n"
     "Abu Ali al-Askari, the group's security official, wrote on Telegram that the killing \"will not go "
     "unanswered.\"",
     [("ASSASSINATED_BY", BAQIR, USA, "A U.S. drone strike on a vehicle", "2024-02-07"),
      ("MEMBER_OF", BAQIR, KH, "a senior commander of the Iran-backed militia"),
      ("ASSASSINATED_BY", ELAYAWI, USA, "was also killed in the strike", "2024-02-07"),
      ("MEMBER_OF", ELAYAWI, KH, "A second Kataib Hezbollah official"),
      ("ATTACKED", USA, MASHTAL, "in the Mashtal neighborhood", "2024-02-07"),
      ("MEMBER_OF", RASOOL, IQG, "the military spokesman for Prime Minister"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani, called"),
      ("MET_WITH", SUD, "person:alina-romanowski", "On Thursday al-Sudani received", "2024-02-08"),
      ("MEMBER_OF", ASKARI, KH, "the group's security official"),
      ],
     {"source": "blind set (US wire, English)", "published": "2024-02-08"}),

    ("arID6_kadhimi_araji_replaces_fayyadh", "ar",
     "الكاظمي يُقصي الفياض من مستشارية الأمن القومي ويعيّن الأعرجي\n"
     "بغداد (واشنطن بوست) - أعفى رئيس الوزراء العراقي مصطفى الكاظمي، السبت، فالح الفياض من منصب مستشار "
     "الأمن القومي، وعيّن بدلاً منه وزير الداخلية الأسبق قاسم الأعرجي، في خطوة وصفها دبلوماسيون غربيون بأنها "
     "رسالة إلى الفصائل الموالية لإيران.\n"
     "وبقي الفياض رئيساً لهيئة الحشد الشعبي، وهو المنصب الذي يشغله منذ عام 2014.\n"
     "وكان الكاظمي قد عيّن في أيار الفريق أول الركن عبد الأمير يار الله رئيساً لأركان الجيش خلفاً لعثمان "
     "الغانمي، الذي تسلّم حقيبة الداخلية.\n"
     "وبعد يومين من القرار، قُتل الباحث الأمني هشام الهاشمي برصاص مسلحين على دراجة نارية أمام منزله في حي "
     "زيونة، ولم تعلن أي جهة مسؤوليتها.\n"
     "وقال مسؤول أمريكي مطّلع إن قائد فيلق القدس إسماعيل قاآني «لم يعد قادراً على ضبط الفصائل كما كان يفعل "
     "سليماني».\n"
     "واستقبل الكاظمي الأحد السفير الأمريكي ماثيو تولر، بعد ساعات من اتصال هاتفي أجراه به وزير الخارجية "
     "الأمريكي مايك بومبيو أشاد فيه بالتعيينات.",
     [("LEADS", KAD, IQG, "رئيس الوزراء العراقي مصطفى"),
      ("LEADS", FAY, NSA, "فالح الفياض من منصب مستشار"),
      ("SUCCESSOR_OF", ARAJI, FAY, "وعيّن بدلاً منه", "2020-07-04"),
      ("LEADS", ARAJI, NSA, "وعيّن بدلاً منه"),
      ("LEADS", ARAJI, IQINT, "وزير الداخلية الأسبق قاسم"),
      ("LEADS", FAY, PMF, "وبقي الفياض رئيساً لهيئة"),
      ("LEADS", YARALLAH, IQARMY, "رئيساً لأركان الجيش"),
      ("SUCCESSOR_OF", YARALLAH, GHANIMI, "خلفاً لعثمان", "2020-05"),
      ("LEADS", GHANIMI, IQARMY, "خلفاً لعثمان"),
      ("LEADS", GHANIMI, IQINT, "الذي تسلّم حقيبة الداخلية"),
      ("LEADS", QAANI, QF, "قائد فيلق القدس إسماعيل"),
      ("MET_WITH", KAD, "person:matthew-tueller", "واستقبل الكاظمي الأحد السفير", "2020-07-05"),
      ("LEADS", POMPEO, STATE, "وزير الخارجية الأمريكي مايك"),
      ],
     {"source": "blind set (US newspaper, Arabic edition)", "published": "2020-07-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setID")
