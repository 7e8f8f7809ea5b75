"""Blind set UF: Yemen and Bahrain 2011-2013 (second folder of UE-UF): Mohammed Basindawa named to form the
government in place of Ali Mohammed Mujawar (November 2011), Abd Rabbuh Mansur Hadi sworn in to succeed Ali
Abdullah Saleh (February 2012), the killing of General Salem Qatan in Aden (June 2012), the crown prince's
dialogue offer and the Peninsula Shield commander in Manama (2011), Jeffrey Feltman's and Jamal Benomar's talks
with President Hadi, and Saleh received by King Abdullah in Riyadh (September 2011), as a Qatari TV channel's
website in Arabic (Al Jazeera Net-like: "الجزيرة نت - صنعاء"), a British wire in English (Reuters-like:
"SANAA, Feb 25 (Reuters) -"), a Yemeni news website in Arabic (Al-Masdar Online-like: "المصدر أونلاين -
خاص"), a Manama daily in English (Gulf Daily News-like: "MANAMA:"), Yemen's state agency in Arabic (Saba-like:
"صنعاء - سبأ") and a French wire in English (AFP-like: "RIYADH (AFP) -").
Pieces: Hadi names Basindawa to form the government, succeeding Mujawar; Basindawa receives Benomar (Arabic,
UF1); Hadi sworn in, succeeding Saleh; Hadi met al-Zayani (English, UF2); Qatan killed by a suicide bomber,
Ansar al-Sharia claims it (Arabic, UF3); the crown prince's offer; the crown prince received al-Azima (English,
UF4); Hadi receives Feltman and Benomar with Basindawa present (Arabic, UF5); King Abdullah received Saleh; Saleh
met al-Zayani (English, UF6).
Excluded on purpose (no relation): Saleh's planned trip to the United States (UF1); the Mukalla bombing's
unnamed dead (UF2); the colonel shot by unknown gunmen (no name, no agent), the accusation by the local
authorities of "elements linked to the former regime" (UF3); Wefaq's refusal, the cancelled meeting with
opposition leaders (UF4); the Security Council's statement (UF5); the expected signing that did not take place
(UF6).
Judgement calls: "أصدر ... قراراً بتكليف ... بتشكيل حكومة ... خلفاً لـ" is a succession (UF1); "sworn in ... to
succeed" is a succession (UF2); the claim of responsibility by a named group gives victim -> group (UF3);
"بحضور" one attendee: paired with both principals (UF5); "received ... at his palace" is a meeting (UF6); a
prime minister LEADS the country; a king LEADS the country; a commander LEADS his force.
Filled in for the exercise: Benomar's meeting with Basindawa (UF1); the meeting with al-Zayani (UF2); the
wording of the claim and of the local accusation (UF3); the reception of al-Azima and the cancelled meeting
(UF4); the date of the reception and Basindawa's presence (UF5); the meeting with al-Zayani (UF6).
Spellings: «محمد سالم باسندوة»، «علي محمد مجور»، «جمال بنعمر» (UF1); "Abd-Rabbu Mansour Hadi", "Abdullatif
al-Zayani" (UF2); «اللواء الركن سالم علي قطن»، «أنصار الشريعة» (UF3); "HRH Prince Salman bin Hamad Al Khalifa",
"Major General Mutlaq bin Salem Al Azima" (UF4); «جيفري فيلتمان»، «المشير عبدربه منصور هادي» (UF5); "King
Abdullah bin Abdul Aziz", "Ali Abdallah Saleh" (UF6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_uf import ALL  # noqa: E402

HERE = Path(__file__).parent

BAHRAIN, YEMEN, SAUDI = "country:bahrain", "country:yemen", "country:saudi-arabia"
WEFAQ, SHIELD, GCC, ANSAR, UN = (
    "organization:al-wefaq", "organization:peninsula-shield-force", "organization:gcc",
    "organization:ansar-al-sharia-yemen", "organization:united-nations")
CPRINCE, ALI_SALMAN, AZIMA, HAMAD = (
    "person:salman-bin-hamad-al-khalifa", "person:ali-salman", "person:mutlaq-al-azima",
    "person:hamad-bin-isa-al-khalifa")
SALEH, HADI, BASINDAWA, MUJAWAR, QATAN = (
    "person:ali-abdullah-saleh", "person:abdrabbuh-mansur-hadi", "person:mohammed-basindawa",
    "person:ali-mohammed-mujawar", "person:salem-qatan")
BENOMAR, FELTMAN, ABDULLAH, ZAYANI = (
    "person:jamal-benomar", "person:jeffrey-feltman", "person:abdullah-bin-abdulaziz",
    "person:abdullatif-al-zayani")

AJNET = "blind set (Qatari TV channel's website, Arabic, Al Jazeera Net-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
MASDAR = "blind set (Yemeni news website, Arabic, Al-Masdar Online-like)"
GDN = "blind set (Manama daily, English, Gulf Daily News-like)"
SABA = "blind set (Yemeni state news agency, Arabic, Saba-like)"
AFP = "blind set (French news wire, English, AFP-like)"

ARTICLES = [
    ("arUF1_basindawa_named_ajnet", "ar",
     "هادي يكلف باسندوة بتشكيل حكومة الوفاق الوطني\n"
     "الجزيرة نت - صنعاء\n"
     "أصدر نائب الرئيس اليمني عبد ربه منصور هادي مساء الأحد قراراً بتكليف القيادي المعارض محمد سالم باسندوة "
     "بتشكيل حكومة وفاق وطني خلفاً لحكومة علي محمد مجور المقالة، وذلك تنفيذاً للمبادرة الخليجية التي وقّعها "
     "الرئيس علي عبد الله صالح في الرياض الأربعاء الماضي.\n"
     "وباسندوة (76 عاماً) وزير خارجية أسبق، ويرأس المجلس الوطني لقوى الثورة، وسيتقاسم حزب المؤتمر الشعبي "
     "العام وأحزاب اللقاء المشترك الحقائب الوزارية مناصفة.\n"
     "وفي أول نشاط له بعد التكليف، استقبل باسندوة في منزله بصنعاء أمس مبعوث الأمم المتحدة جمال بنعمر، "
     "وبحثا الجدول الزمني لتشكيل الحكومة ولجنة الشؤون العسكرية.\n"
     "في غضون ذلك، تحدثت مصادر في حزب المؤتمر عن احتمال سفر صالح إلى الولايات المتحدة للعلاج، دون أن يصدر "
     "تأكيد رسمي بذلك.",
     [("SUCCESSOR_OF", BASINDAWA, MUJAWAR, "خلفاً لحكومة علي محمد مجور", "2011-11-27"),
      ("LEADS", SALEH, YEMEN, "الرئيس علي عبد الله صالح في الرياض"),
      ("LEADS", BASINDAWA, "organization:yemen-national-council-of-revolutionary-forces", "ويرأس المجلس الوطني"),
      ("MET_WITH", BASINDAWA, BENOMAR, "استقبل باسندوة في منزله", "2011-11-28"),
      ],
     {"source": AJNET, "published": "2011-11-29"}),

    ("enUF2_hadi_sworn_in_reuters", "en",
     "Yemen's Hadi sworn in, vows to fight al Qaeda\n"
     "SANAA, Feb 25 (Reuters) - Abd-Rabbu Mansour Hadi was sworn in as Yemen's president before parliament on "
     "Saturday to succeed Ali Abdullah Saleh, ending the 33-year rule of a leader forced out by a year of "
     "protests.\n"
     "Hadi, the sole candidate in Tuesday's election, pledged to pursue al Qaeda and to bring back the "
     "displaced to their homes. Saleh, who returned from medical treatment in the United States on Friday, is "
     "due to hand over power formally at a ceremony on Monday.\n"
     "Hours before the oath, a suicide car bomber struck the gate of a presidential palace in the southern "
     "port of Mukalla, killing 26 Republican Guards, security officials said.\n"
     "After the session, Hadi met Gulf Cooperation Council Secretary-General Abdullatif al-Zayani, who "
     "brokered the transition deal, a Hadi aide said.",
     [("SUCCESSOR_OF", HADI, SALEH, "to succeed Ali Abdullah Saleh", "2012-02-25"),
      ("LEADS", HADI, YEMEN, "was sworn in as Yemen's president"),
      ("LEADS", SALEH, YEMEN, "ending the 33-year rule"),
      ("MET_WITH", HADI, ZAYANI, "Hadi met Gulf Cooperation Council", "2012-02-25"),
      ("LEADS", ZAYANI, GCC, "Council Secretary-General Abdullatif"),
      ],
     {"source": REUTERS, "published": "2012-02-25"}),

    ("arUF3_qatan_killed_masdar", "ar",
     "مقتل قائد المنطقة العسكرية الجنوبية في هجوم انتحاري بعدن\n"
     "المصدر أونلاين - خاص\n"
     "قُتل قائد المنطقة العسكرية الجنوبية اللواء الركن سالم علي قطن صباح اليوم الاثنين في هجوم انتحاري "
     "استهدف موكبه في مديرية التواهي بمدينة عدن، بعد أسابيع من قيادته الحملة العسكرية التي أخرجت المسلحين "
     "من زنجبار وجعار.\n"
     "وقالت مصادر أمنية للمصدر أونلاين إن انتحارياً يرتدي حزاماً ناسفاً اقترب من سيارة القائد لحظة خروجه من "
     "منزله وفجّر نفسه، ما أدى إلى مقتله وإصابة عدد من مرافقيه.\n"
     "وأعلنت جماعة أنصار الشريعة، المرتبطة بتنظيم القاعدة، مسؤوليتها عن الهجوم في بيان نشرته على الإنترنت، "
     "قائلة إنه رد على الحملة العسكرية في أبين.\n"
     "وفي حادث منفصل، قُتل عقيد في جهاز الأمن السياسي برصاص مسلحين مجهولين في المكلا، فيما اتهمت السلطة "
     "المحلية «عناصر مرتبطة بالنظام السابق» بالوقوف وراء سلسلة الاغتيالات.",
     [("ASSASSINATED_BY", QATAN, ANSAR, "وأعلنت جماعة أنصار الشريعة", "2012-06-18"),
      ("LEADS", QATAN, "organization:yemen-southern-military-region", "قُتل قائد المنطقة العسكرية الجنوبية اللواء"),
      ],
     {"source": MASDAR, "published": "2012-06-18"}),
]

ARTICLES += [
    ("enUF4_crown_prince_dialogue_gdn", "en",
     "Crown Prince renews call for dialogue\n"
     "MANAMA: HRH Prince Salman bin Hamad Al Khalifa yesterday renewed his offer of a national dialogue "
     "\"with no preconditions\", saying that all issues could be placed on the table, including a parliament "
     "with full powers and a government that represents the will of the people.\n"
     "The Crown Prince, who was mandated by His Majesty King Hamad to lead the dialogue, earlier received "
     "Peninsula Shield Force commander Major General Mutlaq bin Salem Al Azima at Gudaibiya Palace, where he "
     "praised the role of the joint Gulf force in protecting vital installations.\n"
     "Wefaq secretary-general Shaikh Ali Salman told reporters that his society would only join talks once "
     "troops left the streets and detainees were freed.\n"
     "A meeting between the Crown Prince and leaders of seven opposition societies, expected to take place "
     "this week, was called off, sources said.",
     [("MET_WITH", CPRINCE, AZIMA, "earlier received", "2011-03-20"),
      ("LEADS", AZIMA, SHIELD, "Peninsula Shield Force commander"),
      ("LEADS", ALI_SALMAN, WEFAQ, "Wefaq secretary-general Shaikh"),
      ],
     {"source": GDN, "published": "2011-03-21"}),

    ("arUF5_hadi_receives_feltman_saba", "ar",
     "رئيس الجمهورية يستقبل وكيل الأمين العام للأمم المتحدة للشؤون السياسية\n"
     "صنعاء - سبأ: استقبل رئيس الجمهورية المشير عبدربه منصور هادي اليوم وكيل الأمين العام للأمم المتحدة "
     "للشؤون السياسية جيفري فيلتمان، ومستشار الأمين العام مبعوثه الخاص إلى اليمن جمال بنعمر، بحضور رئيس "
     "مجلس الوزراء محمد سالم باسندوة.\n"
     "وجرى خلال اللقاء بحث سير تنفيذ ما تبقى من بنود المبادرة الخليجية وآليتها التنفيذية المزمنة، والتحضيرات "
     "الجارية لانعقاد مؤتمر الحوار الوطني الشامل.\n"
     "وأكد الأخ الرئيس أن اليمن ماضٍ في طريق التسوية السياسية رغم العراقيل، مثمناً دعم الأمم المتحدة "
     "ومجلس الأمن الدولي لليمن.\n"
     "من جانبه، نقل فيلتمان تحيات الأمين العام للأمم المتحدة بان كي مون، مؤكداً أن مجلس الأمن سيصدر بياناً "
     "يحذر فيه معرقلي التسوية.",
     met_group({HADI: "المشير عبدربه منصور هادي اليوم", FELTMAN: "للشؤون السياسية جيفري فيلتمان",
                BENOMAR: "إلى اليمن جمال بنعمر", BASINDAWA: "مجلس الوزراء محمد سالم باسندوة"}, "2013-01-27")
     + [("LEADS", HADI, YEMEN, "استقبل رئيس الجمهورية المشير"),
        ("LEADS", BASINDAWA, YEMEN, "بحضور رئيس"),
        ],
     {"source": SABA, "published": "2013-01-27"}),

    ("enUF6_king_abdullah_receives_saleh_afp", "en",
     "Saudi king receives Yemen's Saleh ahead of surprise return\n"
     "RIYADH (AFP) - Saudi King Abdullah bin Abdul Aziz received Yemeni President Ali Abdallah Saleh at his "
     "palace in Riyadh on Monday, the official SPA news agency reported, in their first meeting since Saleh was "
     "flown to the kingdom for treatment after the June bombing of his palace mosque.\n"
     "Saleh also met GCC chief Abdullatif al-Zayani, who has been trying to persuade him to sign the Gulf "
     "plan for a handover of power, a Yemeni official said. Diplomats had expected a signing ceremony this "
     "week, but it did not take place.\n"
     "Four days later Saleh flew home unannounced, as clashes between his troops and defecting units in Sanaa "
     "killed dozens.",
     [("LEADS", ABDULLAH, SAUDI, "Saudi King Abdullah bin Abdul Aziz"),
      ("MET_WITH", ABDULLAH, SALEH, "received Yemeni President", "2011-09-19"),
      ("LEADS", SALEH, YEMEN, "Yemeni President Ali Abdallah Saleh"),
      ("MET_WITH", SALEH, ZAYANI, "Saleh also met GCC chief", "2011-09-19"),
      ("LEADS", ZAYANI, GCC, "GCC chief Abdullatif"),
      ],
     {"source": AFP, "published": "2011-09-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUF")
