"""Blind set AB: Iraqi governments and their visitors (Sisi and King Abdullah in Baghdad,
Hakan Fidan in Baghdad and Erbil, Faisal bin Farhan in Baghdad before Allawi's cabinet
vote, al-Sudani's security appointments, Lloyd Austin in Baghdad and Erbil, Eskandar Momeni
in Karbala and Baghdad).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAB/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout30/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC")

S, K = "person:qasem-soleimani", "person:mustafa-al-kadhimi"
US, SUD = "country:united-states", "person:mohammed-shia-al-sudani"
AAM, IRQ = "person:adil-abdul-mahdi", "country:iraq"
BGD, ERB = "location:baghdad", "location:erbil"
SISI, ABD, FID = "person:abdel-fattah-al-sisi", "person:abdullah-ii", "person:hakan-fidan"
FBF, AUS = "person:faisal-bin-farhan", "person:lloyd-austin"
MOM = "person:eskandar-momeni"

ARTICLES = [
    ("enAB1_sisi_abdullah_baghdad", "en",
     "BAGHDAD, June 27 (Reuters) - Abdel Fattah al-Sisi on Sunday became the first Egyptian "
     "president to visit Iraq in three decades, joining Jordan's King Abdullah for a summit "
     "hosted by Iraqi Prime Minister Mustafa Kadhimi. Kadhimi received the two leaders at "
     "Baghdad airport before the three held talks on electricity links, investment and "
     "regional security, his office said. Sisi also met President Barham Salih at the Salam "
     "Palace, Egyptian presidency spokesman Bassam Radi said in a statement. Egypt's Foreign "
     "Minister Sameh Shoukry and his Jordanian counterpart Ayman Safadi accompanied the two "
     "leaders. The summit, the fourth of its kind, had been due to take place in Baghdad last "
     "year but was postponed after rockets landed near the capital's airport. No group "
     "claimed the attack. Kadhimi is expected to travel to Cairo later this year.",
     [("LEADS", SISI, "country:egypt", "the first Egyptian"),
      ("VISITED", SISI, IRQ, "president to visit Iraq", "2021-06-27"),
      ("LEADS", ABD, "country:jordan", "Jordan's King Abdullah"),
      ("LEADS", K, IRQ, "hosted by Iraqi Prime Minister"),
      ("MET_WITH", K, SISI, "hosted by Iraqi Prime Minister", "2021-06-27"),
      ("MET_WITH", K, ABD, "hosted by Iraqi Prime Minister", "2021-06-27"),
      ("MET_WITH", SISI, ABD, "the three held talks", "2021-06-27"),
      ("VISITED", SISI, BGD, "received the two leaders at", "2021-06-27"),
      ("VISITED", ABD, BGD, "received the two leaders at", "2021-06-27"),
      ("MET_WITH", SISI, "person:barham-salih", "Sisi also met President", "2021-06-27"),
      ("MEMBER_OF", "person:bassam-radi", "organization:egyptian-presidency",
       "Egyptian presidency spokesman"),
      ("VISITED", "person:sameh-shoukry", BGD, "accompanied the two"),
      ("VISITED", "person:ayman-safadi", BGD, "accompanied the two"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-06-27"}),

    ("arAB2_fidan_erbil_baghdad", "ar",
     "أربيل (روداو) - وصل وزير الخارجية التركي، هاكان فيدان، اليوم الأربعاء، إلى أربيل قادماً "
     "من بغداد، في أول زيارة له إلى إقليم كوردستان منذ توليه المنصب خلفاً لمولود جاويش أوغلو. "
     "واستقبل رئيس إقليم كوردستان، نيجيرفان بارزاني، الوزير التركي والوفد المرافق له، وبحث "
     "الجانبان استئناف تصدير نفط الإقليم عبر ميناء جيهان. كما التقى فيدان رئيس حكومة الإقليم "
     "مسرور بارزاني. وكان فيدان قد أجرى في بغداد أمس الثلاثاء مباحثات مع رئيس مجلس الوزراء "
     "الاتحادي محمد شياع السوداني ونظيره العراقي فؤاد حسين، تناولت ملف المياه ووجود حزب العمال "
     "الكوردستاني في سنجار. ورفض فيدان في مؤتمر صحفي مشترك الإجابة عن سؤال حول لقاء مرتقب بين "
     "الرئيس التركي رجب طيب أردوغان والسوداني. وقال المتحدث باسم حكومة إقليم كوردستان بيشوا "
     "هوراماني لروداو إن «العلاقات مع أنقرة استراتيجية».",
     [("VISITED", FID, ERB, "إلى أربيل قادماً", "2023-08-23"),
      ("SUCCESSOR_OF", FID, "person:mevlut-cavusoglu", "خلفاً لمولود", "2023-06"),
      ("VISITED", FID, "location:kurdistan-region", "في أول زيارة له إلى إقليم", "2023-08-23"),
      ("MET_WITH", "person:nechirvan-barzani", FID, "واستقبل رئيس إقليم", "2023-08-23"),
      ("LEADS", "person:nechirvan-barzani", "location:kurdistan-region", "واستقبل رئيس إقليم"),
      ("MET_WITH", FID, "person:masrour-barzani", "كما التقى فيدان", "2023-08-23"),
      ("LEADS", "person:masrour-barzani", "organization:kurdistan-regional-government",
       "كما التقى فيدان"),
      ("VISITED", FID, BGD, "قد أجرى في بغداد", "2023-08-22"),
      ("MET_WITH", FID, SUD, "قد أجرى في بغداد", "2023-08-22"),
      ("MET_WITH", FID, "person:fuad-hussein", "ونظيره العراقي فؤاد", "2023-08-22"),
      ("LEADS", "person:recep-tayyip-erdogan", "country:turkey", "الرئيس التركي رجب"),
      ("MEMBER_OF", "person:peshawa-hawramani", "organization:kurdistan-regional-government",
       "المتحدث باسم حكومة إقليم"),
      ("REPORTED_BY", "person:peshawa-hawramani", "outlet:rudaw", "هوراماني لروداو"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2023-08-23"}),

    ("enAB3_faisal_bin_farhan_baghdad", "en",
     "BAGHDAD (AFP) \u2013 Saudi Foreign Minister Prince Faisal bin Farhan arrived in Baghdad "
     "on Wednesday, the first visit by the kingdom's top diplomat in three years, and held "
     "talks with caretaker premier Adel Abdel Mahdi and President Barham Saleh. The prince, "
     "who delivered an invitation from Saudi Arabia's King Salman for Saleh to visit Riyadh, "
     "also met his Iraqi counterpart Mohammed Ali al-Hakim. The two ministers agreed to speed "
     "up the reopening of the Arar border crossing, Iraq's foreign ministry said. Faisal did "
     "not meet Mohammed Tawfiq Allawi, the former communications minister tasked this month "
     "with forming a new government, who is still struggling to win parliament's approval. "
     "The trip comes less than two months after a US drone strike in Baghdad killed Iranian "
     "general Qasem Soleimani, an operation Riyadh has said it was not consulted on.",
     [("VISITED", FBF, BGD, "arrived in Baghdad", "2020-02-26"),
      ("MET_WITH", FBF, AAM, "talks with caretaker premier", "2020-02-26"),
      ("MET_WITH", FBF, "person:barham-salih", "talks with caretaker premier", "2020-02-26"),
      ("LEADS", "person:salman-bin-abdulaziz", "country:saudi-arabia",
       "Saudi Arabia's King Salman"),
      ("MET_WITH", FBF, "person:mohamed-ali-alhakim", "also met his Iraqi counterpart",
       "2020-02-26"),
      ("ASSASSINATED_BY", S, US, "a US drone strike in Baghdad", "2020-01-03"),
      ],
     {"source": "blind set (AFP-style)", "published": "2020-02-26"}),

    ("arAB4_sudani_security_appointments", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "أصدر رئيس الوزراء العراقي محمد شياع السوداني، أمس، حزمة أوامر بتغيير قادة أمنيين، أبرزها "
     "تعيين عبد الكريم عبد فاضل، المعروف بأبي علي البصري، رئيساً لجهاز الأمن الوطني خلفاً لعبد "
     "الغني الأسدي، الذي أُحيل على التقاعد. كما أعفى السوداني رئيس جهاز المخابرات بالوكالة رائد "
     "جوحي، الذي عيّنه سلفه مصطفى الكاظمي، وقرر إدارة الجهاز بنفسه مؤقتاً. وكان البصري يرأس "
     "«خلية الصقور» الاستخبارية التابعة لوزارة الداخلية منذ سنوات. واستقبل السوداني، في وقت "
     "لاحق، السفيرة الأميركية ألينا رومانوسكي، التي أبدت «اهتمام واشنطن» بالتغييرات، بحسب بيان "
     "لمكتبه. وقال عضو لجنة الأمن والدفاع النيابية ياسر إسكندر وتوت لـ«الشرق الأوسط» إن "
     "«التغييرات طبيعية مع كل حكومة جديدة»، نافياً أن يكون «الإطار التنسيقي» قد فرض الأسماء. "
     "ولم يلتقِ السوداني بعد قادة الأجهزة الجدد مجتمعين، إذ يُنتظر أن يعقد اجتماعاً أمنياً "
     "موسعاً الأسبوع المقبل.",
     [("LEADS", SUD, IRQ, "رئيس الوزراء العراقي محمد"),
      ("LEADS", "person:abdul-karim-abd-fadhil", "organization:iraqi-national-security-service",
       "رئيساً لجهاز الأمن الوطني"),
      ("SUCCESSOR_OF", "person:abdul-karim-abd-fadhil", "person:abdul-ghani-al-asadi",
       "رئيساً لجهاز الأمن الوطني", "2022-11"),
      ("LEADS", "person:abdul-ghani-al-asadi", "organization:iraqi-national-security-service",
       "رئيساً لجهاز الأمن الوطني"),
      ("LEADS", "person:raed-jouhi", "organization:iraqi-national-intelligence-service",
       "رئيس جهاز المخابرات بالوكالة"),
      ("SUCCESSOR_OF", SUD, K, "الذي عيّنه سلفه"),
      ("LEADS", "person:abdul-karim-abd-fadhil", "organization:falcons-cell",
       "وكان البصري يرأس"),
      ("PART_OF", "organization:falcons-cell", "organization:iraqi-interior-ministry",
       "التابعة لوزارة الداخلية"),
      ("MET_WITH", SUD, "person:alina-romanowski", "واستقبل السوداني، في وقت", "2022-11"),
      ("MEMBER_OF", "person:yasser-iskandar-watout",
       "organization:iraqi-parliament-security-defence-committee", "وقال عضو لجنة"),
      ("REPORTED_BY", "person:yasser-iskandar-watout", "outlet:asharq-al-awsat",
       "وتوت لـ«الشرق الأوسط»"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2022-11-15"}),

    ("enAB5_austin_baghdad_erbil", "en",
     "U.S. Defense Secretary Lloyd Austin made an unannounced visit to Baghdad on Tuesday "
     "and met Iraqi Prime Minister Mohammed "
     "Shiaa al-Sudani to reaffirm that the roughly 2,500 U.S. troops in Iraq would stay at the "
     "government's invitation. Austin also held talks with Defense Minister Thabet al-Abbasi "
     "before flying to Erbil, where he was received by Kurdistan Region Prime Minister Masrour "
     "Barzani. Lt. Gen. Matthew McFarlane, commander of the U.S.-led coalition against the "
     "Islamic State, separately met Iraqi army chief of staff Lt. Gen. Abdul-Amir Yarallah. "
     "Kataib Hezbollah, the Iran-backed militia that Washington blames for rocket attacks on "
     "its embassy, said it would \"not tolerate\" a long-term presence. \"The Americans came "
     "to beg for their stay,\" the group's security official Abu Ali al-Askari wrote on "
     "Telegram. Government spokesman Basim al-Awadi told Al-Monitor the visit had been "
     "\"purely military.\"",
     [("VISITED", AUS, BGD, "unannounced visit to Baghdad", "2023-03-07"),
      ("MET_WITH", AUS, SUD, "and met Iraqi Prime Minister", "2023-03-07"),
      ("LEADS", SUD, IRQ, "and met Iraqi Prime Minister"),
      ("LOCATED_IN", "organization:us-armed-forces", IRQ, "U.S. troops in Iraq"),
      ("MET_WITH", AUS, "person:thabet-al-abbasi", "also held talks with Defense", "2023-03-07"),
      ("VISITED", AUS, ERB, "before flying to Erbil", "2023-03-07"),
      ("MET_WITH", AUS, "person:masrour-barzani", "where he was received by", "2023-03-07"),
      ("LEADS", "person:masrour-barzani", "organization:kurdistan-regional-government",
       "Kurdistan Region Prime Minister"),
      ("LEADS", "person:matthew-mcfarlane", "organization:international-coalition",
       "commander of the U.S.-led coalition"),
      ("MET_WITH", "person:matthew-mcfarlane", "person:abdul-amir-yarallah",
       "separately met Iraqi army", "2023-03-07"),
      ("LEADS", "person:abdul-amir-yarallah", "organization:iraqi-army",
       "Iraqi army chief of staff"),
      ("SUPPORTS", "country:iran", "organization:kataib-hezbollah", "the Iran-backed militia"),
      ("MEMBER_OF", "person:abu-ali-al-askari", "organization:kataib-hezbollah",
       "the group's security official"),
      ("MEMBER_OF", "person:basim-al-awadi", "organization:iraqi-government",
       "Government spokesman Basim"),
      ("REPORTED_BY", "person:basim-al-awadi", "outlet:al-monitor", "told Al-Monitor"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2023-03-07"}),

    ("arAB6_momeni_karbala_baghdad", "ar",
     "بغداد - إرنا - أجرى وزير الداخلية الإيراني اسكندر مؤمني، اليوم الأحد، محادثات في بغداد مع "
     "نظيره العراقي عبد الأمير الشمري حول ترتيبات زيارة الأربعين، وذلك في أول زيارة خارجية له منذ "
     "توليه الوزارة خلفاً لأحمد وحيدي. وأفاد مراسل إرنا بأن رئيس الوزراء العراقي محمد شياع "
     "السوداني استقبل مؤمني والوفد المرافق له، الذي يضم قائد قوى الأمن الداخلي في الجمهورية "
     "الإسلامية العميد أحمد رضا رادان، وأكد خلال اللقاء حرص بغداد على تسهيل تنقل الزوار "
     "الإيرانيين. وكان مؤمني قد زار مدينة كربلاء المقدسة قبل وصوله إلى العاصمة العراقية، "
     "والتقى فيها محافظ كربلاء نصيف الخطابي وتفقد المنافذ الحدودية. ومن المقرر أن يلتقي الوزير "
     "الإيراني غداً رئيس هيئة الحشد الشعبي فالح الفياض، قبل أن يعود إلى طهران.",
     [("VISITED", MOM, BGD, "محادثات في بغداد", "2024-08-18"),
      ("MET_WITH", MOM, "person:abdul-amir-al-shammari", "محادثات في بغداد", "2024-08-18"),
      ("SUCCESSOR_OF", MOM, "person:ahmad-vahidi", "توليه الوزارة خلفاً", "2024-08"),
      ("LEADS", SUD, IRQ, "بأن رئيس الوزراء العراقي"),
      ("MET_WITH", SUD, MOM, "السوداني استقبل مؤمني", "2024-08-18"),
      ("MET_WITH", SUD, "person:ahmad-reza-radan", "الذي يضم قائد", "2024-08-18"),
      ("VISITED", "person:ahmad-reza-radan", BGD, "الذي يضم قائد", "2024-08-18"),
      ("LEADS", "person:ahmad-reza-radan", "organization:faraja", "الذي يضم قائد"),
      ("VISITED", MOM, "location:karbala", "زار مدينة كربلاء", "2024-08-17"),
      ("MET_WITH", MOM, "person:nassif-al-khattabi", "والتقى فيها محافظ", "2024-08-17"),
      ("LEADS", "person:nassif-al-khattabi", "location:karbala", "والتقى فيها محافظ"),
      ("LEADS", "person:falih-al-fayyadh", "organization:popular-mobilization-forces",
       "رئيس هيئة الحشد الشعبي"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2024-08-18"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAB")
