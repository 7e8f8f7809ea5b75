"""Blind set TN: Egypt 2013-2019 (second folder of TM-TN): Morsi's removal and Adly Mansour sworn in as interim
president (July 2013), Hazem el-Beblawi's government and William Burns's visit (July 2013), Ibrahim Mahlab in
place of Beblawi, Sedki Sobhi in place of Sisi at defence, Sisi sworn in to succeed Mansour and John Kerry's
visit (2014), the car bomb that killed Prosecutor-General Hisham Barakat and Nabil Sadek's appointment in his
place (2015), what the interior minister and the courts later said of the killing (2016-2019) with the trial
over the death of Shaimaa al-Sabbagh, and the Saudi defence minister's visit and the killings of police
generals in Cairo and soldiers in Sinai (2013-2015), as a British wire writes it in English (Reuters-like: "CAIRO, July 4
(Reuters) -"), Egypt's state agency in Arabic (MENA-like: "القاهرة - أ ش أ"), a Cairo English-language daily
(Daily News Egypt-like: "Daily News Egypt"), a Cairo independent daily in Arabic (Al-Shorouk-like: "كتب -
«الشروق»"), a US wire in English (AP-like: "CAIRO (AP) —") and a Gulf TV channel's website in Arabic (Sky News
Arabia-like: "سكاي نيوز عربية - أبوظبي").
Pieces: Mansour sworn in in Morsi's place after succeeding Beheiry at the court; Sisi's announcement flanked by
ElBaradei, Tayeb and Tawadros (English, TN1); Mansour receives Beblawi, named to succeed Qandil;
Burns meets Mansour and Beblawi, then Sisi; Mansour receives Abdullah bin Zayed with Fahmy present (Arabic,
TN2); Mahlab succeeds Beblawi; Sobhi succeeds Sisi at defence; Sisi sworn in to succeed Mansour; Kerry meets
Sisi (English, TN3); Barakat killed by a car bomb (no agent); Sisi meets Mahlab after the funeral (Arabic, TN4);
nine executed for the killing among them Mahmoud al-Ahmadi, Sadek named in Barakat's place, the minister's
accusation; Sabbagh's killer convicted (English, TN5); Sisi receives Mohammed bin Salman; Ansar Bayt al-Maqdis,
now pledged to the Islamic State, had claimed the killing of General Mohamed Saeed (Arabic, TN6).
Excluded on purpose (no relation): Hagel's and Obama's phone calls (TN1); the Nour party and Brotherhood
figures who refused to meet Burns (TN2); Sisi's "expected" meeting with Obama at the UN, not yet held (TN3);
the claim posted then withdrawn by a little-known group, the unnamed wounded, the successor only expected
(TN4); the interior minister's
accusation of Hamas and the Brotherhood, Hamas's denial (TN5); Farrag killed at Kerdasa by gunmen (no agent), the
soldiers killed in Sinai (unnamed) (TN6).
Judgement calls: "sworn in ... to replace" is a succession (TN1, TN3); "flanked by" at the announcement: a meeting
of the four, as they met before it (TN1); "كلّف ... خلفاً لـ" is a succession (TN2); Burns meeting "Mansour and
Beblawi" together: a meeting of the three (TN2); "بحضور" Fahmy: paired with both principals (TN2); "named ... in his place" is a
succession (TN5); the court's final ruling and the executions name the agent: victim -> the executed man named
(TN5), the accusation by the minister gives nothing; the officer "convicted of killing" the protester: victim ->
officer (TN5); the group's claim gives victim -> group; "مبايعتها تنظيم الدولة" gives
MEMBER_OF the Islamic State (TN6).
Filled in for the exercise: the hour of the swearing-in and the wording of the statement (TN1); Fahmy's presence,
the wording of the statement (TN2); Kerry's meeting place (TN3); the funeral meeting and its wording (TN4); the
order of the court facts (TN5); the wording of the claim and of the Saudi statement (TN6).
Spellings: "Adli Mansour", "Abdel Fattah al-Sisi", "Mohamed Mursi" (TN1); «المستشار عدلي منصور»، «الدكتور حازم
الببلاوي»، «وليام بيرنز» (TN2); "Ibrahim Mehleb", "Sedky Sobhy", "Abdel Fattah El-Sisi" (TN3); «النائب العام
المستشار هشام بركات»، «المهندس إبراهيم محلب» (TN4); "Hesham Barakat", "Magdy Abdel-Ghaffar", "Shaimaa
el-Sabbagh" (TN5); «اللواء محمد سعيد»، «الأمير محمد بن سلمان» (TN6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tn import ALL  # noqa: E402

HERE = Path(__file__).parent

EGYPT, US, UAE, SAUDI = (
    "country:egypt", "country:united-states", "country:united-arab-emirates", "country:saudi-arabia")
IS = "organization:islamic-state"
SCC, ABM, MB, HAMAS, AZHAR, SPA = (
    "organization:egyptian-supreme-constitutional-court", "organization:ansar-bayt-al-maqdis",
    "organization:muslim-brotherhood", "organization:hamas", "organization:al-azhar",
    "organization:socialist-popular-alliance-party")
MORSI, SISI, MANSOUR, BEHEIRY, BEBLAWI, MAHLAB, QANDIL, SOBHI = (
    "person:mohamed-morsi", "person:abdel-fattah-el-sisi", "person:adly-mansour", "person:maher-el-beheiry",
    "person:hazem-el-beblawi", "person:ibrahim-mahlab", "person:hesham-qandil", "person:sedki-sobhi")
ELBARADEI, FAHMY, TAYEB, TAWADROS, BARAKAT, SADEK, GHAFFAR = (
    "person:mohamed-elbaradei", "person:nabil-fahmy", "person:ahmed-al-tayeb", "person:tawadros-ii",
    "person:hisham-barakat", "person:nabil-sadek", "person:magdy-abdel-ghaffar")
SAEED, FARRAG, SABBAGH, YASSIN, AHMADI = (
    "person:mohamed-saeed-interior", "person:nabil-farrag", "person:shaimaa-al-sabbagh",
    "person:yassin-salah-eddin", "person:mahmoud-al-ahmadi")
KERRY, BURNS, HAGEL, OBAMA, ABZ, MBS = (
    "person:john-kerry", "person:william-burns", "person:chuck-hagel", "person:barack-obama",
    "person:abdullah-bin-zayed", "person:mohammed-bin-salman")

REUTERS = "blind set (British news wire, English, Reuters-like)"
MENA = "blind set (Egyptian state news agency, Arabic, MENA-like)"
DNE = "blind set (Cairo English-language daily, Daily News Egypt-like)"
SHOROUK = "blind set (Cairo independent daily, Arabic, Al-Shorouk-like)"
AP = "blind set (US news wire, English, AP-like)"
SKY = "blind set (Gulf TV channel's website, Arabic, Sky News Arabia-like)"

ARTICLES = [
    ("enTN1_mansour_sworn_in_reuters", "en",
     "Egypt's top judge sworn in as interim head of state after army ousts Mursi\n"
     "CAIRO, July 4 (Reuters) - The head of Egypt's Supreme Constitutional Court, Adli Mansour, was sworn in "
     "as interim president on Thursday to replace Mohamed Mursi, the Islamist leader the army removed from "
     "power the night before after days of mass protests.\n"
     "Mansour, 67, a little-known judge, had himself taken over the court only on Monday, succeeding Maher "
     "el-Beheiry, who retired.\n"
     "Army chief General Abdel Fattah al-Sisi announced Mursi's removal on state television on Wednesday "
     "evening, flanked by liberal politician Mohamed ElBaradei, the Grand Imam of Al-Azhar Ahmed al-Tayeb and "
     "Coptic Pope Tawadros II, all of whom had met the general earlier in the day.\n"
     "Mursi is being held by the military, a Muslim Brotherhood spokesman said.\n"
     "U.S. Defense Secretary Chuck Hagel spoke by telephone with Sisi twice in the days before the "
     "takeover, the Pentagon said. President Barack Obama said he was \"deeply concerned\" and ordered a review "
     "of U.S. aid.",
     [("LEADS", MANSOUR, SCC, "The head of Egypt's Supreme Constitutional Court"),
      ("SUCCESSOR_OF", MANSOUR, MORSI, "to replace Mohamed Mursi", "2013-07-04"),
      ("LEADS", MANSOUR, EGYPT, "as interim president on Thursday"),
      ("SUCCESSOR_OF", MANSOUR, BEHEIRY, "succeeding Maher", "2013-07-01"),
      ]
     + met_group({SISI: "Army chief General Abdel Fattah al-Sisi", ELBARADEI: "liberal politician Mohamed ElBaradei",
                  TAYEB: "the Grand Imam of Al-Azhar", TAWADROS: "Coptic Pope Tawadros II"}, "2013-07-03")
     + [("LEADS", TAYEB, AZHAR, "Grand Imam of Al-Azhar Ahmed al-Tayeb"),
        ("LEADS", OBAMA, US, "President Barack Obama said"),
        ],
     {"source": REUTERS, "published": "2013-07-04"}),

    ("arTN2_beblawi_burns_mena", "ar",
     "الرئيس المؤقت يستقبل الببلاوي لبحث تشكيل الحكومة .. وبيرنز في القاهرة\n"
     "القاهرة - أ ش أ\n"
     "استقبل المستشار عدلي منصور رئيس الجمهورية المؤقت، مساء اليوم بقصر الاتحادية، الدكتور حازم الببلاوي "
     "الذي صدر قرار بتكليفه الثلاثاء الماضي بتشكيل الحكومة الجديدة خلفاً للدكتور هشام قنديل، وذلك لبحث "
     "تشكيل الوزارة.\n"
     "وفي سياق متصل، التقى وليام بيرنز نائب وزير الخارجية الأمريكي، اليوم، بالرئيس المؤقت ورئيس الوزراء "
     "المكلف في أول زيارة لمسؤول أمريكي رفيع منذ عزل الرئيس محمد مرسي، ثم اجتمع بالفريق أول عبد الفتاح "
     "السيسي النائب الأول لرئيس الوزراء وزير الدفاع.\n"
     "واعتذر حزب النور وعدد من قيادات جماعة الإخوان المسلمين عن عدم لقاء المسؤول الأمريكي.\n"
     "كما استقبل الرئيس منصور الشيخ عبد الله بن زايد آل نهيان وزير خارجية دولة الإمارات، بحضور وزير "
     "الخارجية نبيل فهمي، حيث أكد الوزير الإماراتي وقوف بلاده إلى جانب الشعب المصري.",
     [("LEADS", MANSOUR, EGYPT, "عدلي منصور رئيس الجمهورية المؤقت"),
      ("SUCCESSOR_OF", BEBLAWI, QANDIL, "خلفاً للدكتور هشام قنديل", "2013-07-09"),
      ("MET_WITH", MANSOUR, BEBLAWI, "الدكتور حازم الببلاوي", "2013-07-15"),
      ("MET_WITH", BURNS, MANSOUR, "بالرئيس المؤقت ورئيس الوزراء", "2013-07-15"),
      ("MET_WITH", BURNS, BEBLAWI, "المكلف في أول زيارة", "2013-07-15"),
      ("MET_WITH", BURNS, SISI, "ثم اجتمع بالفريق أول", "2013-07-15"),
      ("MET_WITH", MANSOUR, ABZ, "الشيخ عبد الله بن زايد آل نهيان"),
      ("MET_WITH", MANSOUR, FAHMY, "بحضور وزير"),
      ("MET_WITH", ABZ, FAHMY, "الخارجية نبيل فهمي، حيث"),
      ],
     {"source": MENA, "published": "2013-07-15"}),

    ("enTN3_sisi_successors_dne", "en",
     "El-Sisi sworn in as president, Mehleb to stay on as premier\n"
     "Daily News Egypt\n"
     "Abdel Fattah El-Sisi was sworn in on Sunday before the Supreme Constitutional Court as Egypt's president, "
     "succeeding interim president Adly Mansour, who returned to the court's bench.\n"
     "El-Sisi, who won 96.9% of the vote in May's election, asked Prime Minister Ibrahim Mehleb to stay on and "
     "form a new cabinet. Mehleb, a former housing minister, was appointed in February in place of Hazem "
     "El-Beblawi, whose government resigned unexpectedly.\n"
     "The former field marshal left the army in March to run for office and was replaced as defence minister "
     "and commander-in-chief by Colonel General Sedky Sobhy, previously the chief of staff.\n"
     "US Secretary of State John Kerry met El-Sisi in Cairo two weeks later, the first visit by a cabinet-level "
     "US official since the election. El-Sisi is expected to meet President Barack Obama on the sidelines of "
     "the UN General Assembly in September, diplomats said.",
     [("SUCCESSOR_OF", SISI, MANSOUR, "succeeding interim president Adly Mansour", "2014-06-08"),
      ("LEADS", SISI, EGYPT, "as Egypt's president"),
      ("LEADS", MAHLAB, EGYPT, "asked Prime Minister Ibrahim Mehleb"),
      ("SUCCESSOR_OF", MAHLAB, BEBLAWI, "was appointed in February in place of Hazem", "2014-02-25"),
      ("SUCCESSOR_OF", SOBHI, SISI, "was replaced as defence minister", "2014-03-27"),
      ("MET_WITH", KERRY, SISI, "John Kerry met El-Sisi in Cairo", "2014-06-22"),
      ("LEADS", OBAMA, US, "President Barack Obama on the sidelines"),
      ],
     {"source": DNE, "published": "2014-06-09"}),
]

ARTICLES += [
    ("arTN4_barakat_killed_shorouk", "ar",
     "استشهاد النائب العام هشام بركات في تفجير استهدف موكبه بمصر الجديدة\n"
     "كتب - «الشروق»:\n"
     "استشهد النائب العام المستشار هشام بركات، صباح أمس، متأثراً بإصاباته في انفجار سيارة مفخخة استهدفت "
     "موكبه أثناء خروجه من منزله بحي مصر الجديدة، وأسفر الانفجار أيضاً عن إصابة عدد من أفراد الحراسة "
     "والمارة.\n"
     "ولم تعلن أي جهة مسؤوليتها عن الحادث حتى مساء أمس، بعد أن نشرت صفحة تحمل اسم «المقاومة الشعبية بالجيزة» "
     "بياناً تتبنى فيه العملية ثم حذفته بعد ساعات.\n"
     "وتقدّم المهندس إبراهيم محلب رئيس مجلس الوزراء المشيعين في الجنازة العسكرية اليوم، فيما التقى الرئيس "
     "عبد الفتاح السيسي رئيس الوزراء عقب الجنازة، وطالبه بسرعة تعديل قوانين الإجراءات الجنائية.\n"
     "وفي سياق متصل، رجّحت مصادر قضائية لـ«الشروق» أن يُكلَّف أحد مساعدي النائب العام بتسيير أعمال النيابة "
     "العامة لحين صدور قرار جمهوري بتعيين نائب عام جديد.",
     [("LEADS", MAHLAB, EGYPT, "محلب رئيس مجلس الوزراء"),
      ("MET_WITH", SISI, MAHLAB, "عبد الفتاح السيسي رئيس الوزراء عقب", "2015-06-30"),
      ],
     {"source": SHOROUK, "published": "2015-06-30"}),

    ("enTN5_barakat_case_executions_ap", "en",
     "Egypt hangs 9 men convicted of killing top prosecutor in 2015\n"
     "CAIRO (AP) — Egypt on Wednesday executed nine men, among them Mahmoud al-Ahmadi, convicted of taking part "
     "in the 2015 assassination of the country's top prosecutor, Hesham Barakat, security officials said.\n"
     "The men were hanged at a Cairo prison after the Court of Cassation upheld their death sentences last "
     "year. Barakat was killed in June 2015 when a car bomb struck his convoy in the Heliopolis district; "
     "Nabil Sadek was named prosecutor general in his place three months later.\n"
     "In March 2016, Interior Minister Magdy Abdel-Ghaffar accused the Muslim Brotherhood of carrying out the "
     "attack on orders from its leaders abroad, with help from the Palestinian militant group Hamas. Hamas "
     "denied any role and the Brotherhood said it rejected violence.\n"
     "Rights groups say several defendants were forcibly disappeared and said in court they had been "
     "tortured into confessing.\n"
     "In a separate case, a court in 2015 sentenced police Lt. Yassin Salah Eddin to 15 years in prison after "
     "convicting him of killing Shaimaa el-Sabbagh, a poet and member of the Socialist Popular Alliance Party "
     "who was shot during a march in downtown Cairo that January. An appeals court later reduced the sentence.",
     [("ASSASSINATED_BY", BARAKAT, AHMADI, "executed nine men, among them Mahmoud al-Ahmadi", "2015-06-29"),
      ("SUCCESSOR_OF", SADEK, BARAKAT, "was named prosecutor general in his place"),
      ("ASSASSINATED_BY", SABBAGH, YASSIN, "convicting him of killing Shaimaa", "2015-01-24"),
      ("MEMBER_OF", SABBAGH, SPA, "member of the Socialist Popular Alliance Party"),
      ],
     {"source": AP, "published": "2019-02-20"}),

    ("arTN6_mbs_cairo_sinai_sky", "ar",
     "السيسي يستقبل محمد بن سلمان .. و«إعلان القاهرة» لتعزيز التعاون العسكري\n"
     "سكاي نيوز عربية - أبوظبي\n"
     "استقبل الرئيس المصري عبد الفتاح السيسي، الخميس في القاهرة، ولي ولي العهد السعودي وزير الدفاع الأمير "
     "محمد بن سلمان، ووقّع الجانبان «إعلان القاهرة» الذي ينص على تطوير التعاون العسكري والعمل على إنشاء "
     "القوة العربية المشتركة.\n"
     "وتأتي الزيارة بعد أسابيع من هجمات متزامنة شنها تنظيم «ولاية سيناء» على مكامن للجيش في الشيخ زويد، "
     "أودت بحياة 17 عسكرياً بحسب الأرقام الرسمية.\n"
     "والتنظيم هو الاسم الذي اتخذته جماعة أنصار بيت المقدس بعد مبايعتها تنظيم الدولة الإسلامية في نوفمبر "
     "الماضي، وكانت الجماعة قد تبنّت في يناير 2014 اغتيال اللواء محمد سعيد، مدير المكتب الفني لوزير الداخلية، "
     "الذي قُتل برصاص مسلحين أمام منزله في حي الهرم.\n"
     "كما قُتل اللواء نبيل فراج، مساعد مدير أمن الجيزة، برصاص مسلحين خلال اقتحام قوات الأمن لبلدة كرداسة "
     "في سبتمبر 2013.",
     [("LEADS", SISI, EGYPT, "استقبل الرئيس المصري عبد الفتاح السيسي"),
      ("MET_WITH", SISI, MBS, "محمد بن سلمان، ووقّع الجانبان", "2015-07-30"),
      ("MEMBER_OF", ABM, IS, "بعد مبايعتها تنظيم الدولة الإسلامية"),
      ("ASSASSINATED_BY", SAEED, ABM, "قد تبنّت في يناير 2014 اغتيال", "2014-01-28"),
      ],
     {"source": SKY, "published": "2015-07-30"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTN")
