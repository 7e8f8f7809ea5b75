"""Blind set UD: Jordan 2015-2021 (second folder of UC-UD): the killing of pilot Muath al-Kasasbeh by the
Islamic State and the King's meeting with Obama (February 2015), the killing of writer Nahed Hattar by a gunman
outside the Amman courthouse (September 2016), Omar Razzaz named to replace Hani Mulki after the tax protests
(June 2018), Bisher al-Khasawneh designated to succeed Razzaz and the Amman tripartite summit with Sisi and
Kadhimi (2020), Prince Hassan's mediation with Prince Hamzah and the army chief's visit to Hamzah (April 2021),
and the State Security Court's verdict against Bassem Awadallah and Sharif Hassan bin Zaid (July 2021), as an
Amman English daily writes it (Jordan Times-like: "His Majesty King Abdullah"), an Amman TV channel's website
in Arabic (Roya-like: "رؤيا -"), a US wire in English (AP-like: "AMMAN, Jordan (AP) —"), Jordan's state agency
in Arabic (Petra-like: "عمان 7 تشرين الأول (بترا) -"), a British wire in English (Reuters-like: "AMMAN, April 5
(Reuters) -") and an Amman Arabic daily (Al-Ghad-like: "عمان - الغد -").
Pieces: Kasasbeh killed by the Islamic State; the King meets Obama, then visits the pilot's father in Karak
(English, UD1); Hattar shot dead, the gunman Riad Abdullah arrested on the spot; Mulki condemns (Arabic, UD2);
Razzaz named to replace Mulki; the King received Mulki, who resigned (English, UD3); Khasawneh designated to
succeed Razzaz, received with the Royal Court chief present; the tripartite summit of August (Arabic, UD4);
Hamzah pledges loyalty after meeting Prince Hassan; General Huneiti had visited Hamzah (English, UD5); the
verdict against Awadallah and Hassan bin Zaid; Hamzah met Prince Hassan in April; the King receives
Khasawneh (Arabic, UD6).
Excluded on purpose (no relation): the executed prisoners, the exchange that never took place (UD1); the family's
accusation against the government, the unconfirmed report of the gunman's links (UD2); the union leaders who
said they had not been contacted by Razzaz (UD3); the denied meeting of Khasawneh with former deputies, the
accepted resignation (no audience stated) (UD4); Safadi's accusation of "foreign parties", Hamzah's denial,
the unnamed princes (UD5); the charge sheet's account of the convicts' meetings with Hamzah (an accusation),
the King's planned meeting with Biden (UD6).
Judgement calls: "was killed by the Daesh terrorist group" is a killing with its agent (UD1); "the gunman ...
is Riad Abdullah" names the agent of the shooting (UD2); "replacing Prime Minister Hani Mulki" is a succession;
an audience at which the premier hands in his resignation is a meeting (UD3); "خلفاً للدكتور عمر الرزاز" is a
succession; "بحضور" the Royal Court chief: paired with both (UD4); the army chief "visited him at his home" is
a meeting (UD5); "بعد أن التقاه عمّه" is a meeting even inside a verdict story (UD6); a prime minister LEADS the
country; the army chief LEADS the armed forces.
Filled in for the exercise: the wording of the statements, the visit to Karak's day (UD1); the security source's
wording, the minister's statement (UD2); the length of the audience, the unions' statement (UD3); the palace
and the Royal Court chief's presence, the denial (UD4); the wording of the royal court's statement (UD5); the
audience with Khasawneh that day, the wording of the verdict (UD6).
Spellings: "Muath Kasasbeh", "Daesh", "Safi Kasasbeh" (UD1); «ناهض حتر»، «رياض عبدالله»، «هاني الملقي» (UD2);
"Omar Razzaz", "Hani Mulki" (UD3); «الدكتور بشر هاني الخصاونة»، «يوسف حسن العيسوي» (UD4); "Hamzah bin
Hussein", "Yousef Huneiti", "Sharif Hassan bin Zaid" (UD5); «باسم عوض الله»، «الشريف حسن بن زيد»، «الأمير
الحسن بن طلال» (UD6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ud import ALL  # noqa: E402

HERE = Path(__file__).parent

JORDAN, US, EGYPT, IRAQ = "country:jordan", "country:united-states", "country:egypt", "country:iraq"
IS, RJAF, JAF, COURT, SSC = (
    "organization:islamic-state", "organization:royal-jordanian-air-force", "organization:jordanian-armed-forces",
    "organization:jordanian-royal-court", "organization:jordan-state-security-court")
ABDULLAH, HASSAN, HAMZAH, BIN_ZAID = (
    "person:abdullah-ii", "person:hassan-bin-talal", "person:hamzah-bin-hussein", "person:sharif-hassan-bin-zaid")
MULKI, RAZZAZ, KHASAWNEH, ISSAWI, HUNEITI, SAFADI, AWADALLAH = (
    "person:hani-mulki", "person:omar-razzaz", "person:bisher-al-khasawneh", "person:yousef-al-issawi",
    "person:yousef-huneiti", "person:ayman-safadi", "person:bassem-awadallah")
KASASBEH, SAFI, HATTAR, RIAD = (
    "person:muath-al-kasasbeh", "person:safi-al-kasasbeh", "person:nahed-hattar", "person:riad-abdullah")
OBAMA, SISI, KADHIMI = "person:barack-obama", "person:abdel-fattah-el-sisi", "person:mustafa-al-kadhimi"

JT = "blind set (Amman English daily, Jordan Times-like)"
ROYA = "blind set (Amman TV channel website, Arabic, Roya-like)"
AP = "blind set (US news wire, English, AP-like)"
PETRA = "blind set (Jordanian state news agency, Arabic, Petra-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
GHAD = "blind set (Amman Arabic daily, Al-Ghad-like)"

ARTICLES = [
    ("enUD1_kasasbeh_killed_jt", "en",
     "Jordan vows 'earth-shaking' response after Daesh burns pilot alive\n"
     "AMMAN — The Jordan Armed Forces on Tuesday confirmed that First Lieutenant Muath Kasasbeh, the Royal "
     "Jordanian Air Force pilot captured near Raqqa in December, was killed by the Daesh terrorist group, which "
     "released a video showing him being burned alive in a cage.\n"
     "An army statement said the pilot had been killed on January 3, weeks before the group offered to spare "
     "his life in exchange for a prisoner held in Jordan, an exchange that never took place.\n"
     "His Majesty King Abdullah, who was on a working visit to Washington, cut short his trip after meeting US "
     "President Barack Obama at the White House on Tuesday evening.\n"
     "At dawn on Wednesday, Jordan executed Sajida Rishawi, the would-be suicide bomber whose release Daesh had "
     "demanded, and Ziad Karbouli, an Al Qaeda operative.\n"
     "Upon his return, the King visited the pilot's family in Karak on Thursday, where he met Kasasbeh's "
     "father, Safi Kasasbeh, and pledged that his son's blood \"will not be in vain\".\n"
     "Crowds lined the road from the airport to the Royal Palace to greet the King.",
     [("ASSASSINATED_BY", KASASBEH, IS, "was killed by the Daesh terrorist group", "2015-01-03"),
      ("MEMBER_OF", KASASBEH, RJAF, "Air Force pilot captured"),
      ("MET_WITH", ABDULLAH, OBAMA, "cut short his trip after meeting US", "2015-02-03"),
      ("MET_WITH", ABDULLAH, SAFI, "where he met Kasasbeh's", "2015-02-05"),
      ("LEADS", OBAMA, US, "President Barack Obama at"),
      ],
     {"source": JT, "published": "2015-02-06"}),

    ("arUD2_hattar_shot_dead_roya", "ar",
     "مقتل الكاتب ناهض حتر بإطلاق نار أمام قصر العدل في العبدلي\n"
     "رؤيا - قُتل الكاتب ناهض حتر صباح الأحد إثر إصابته بثلاث رصاصات أطلقها عليه مسلح أمام قصر العدل في "
     "منطقة العبدلي بعمّان، حيث كان في طريقه لحضور جلسة محاكمته بتهمة نشر رسم كاريكاتيري اعتُبر مسيئاً "
     "للذات الإلهية.\n"
     "وقال مصدر أمني لـ\"رؤيا\" إن الأجهزة الأمنية ألقت القبض على مطلق النار في الموقع، وهو رياض عبدالله (49 "
     "عاماً)، إمام مسجد سابق من سكان عمّان، وإنه يخضع للتحقيق.\n"
     "وأدان رئيس الوزراء هاني الملقي الجريمة، ووصفها بأنها \"جريمة نكراء\"، مؤكداً أن القانون سيطبّق "
     "بحزم على الجاني.\n"
     "من جهتها، حمّلت عائلة حتر الحكومة مسؤولية مقتله، واتهمتها بالتحريض عليه، وطالبت بإقالة رئيس الوزراء "
     "ووزير الداخلية.\n"
     "وتداولت مواقع إلكترونية أنباء غير مؤكدة عن ارتباط المسلح بجماعات متشددة، فيما لم تتبنَّ أي جهة "
     "العملية.\n"
     "وكان حتر قد أوقف في آب الماضي بعد نشره الرسم على صفحته في \"فيسبوك\"، وأفرج عنه بكفالة مطلع أيلول.",
     [("ASSASSINATED_BY", HATTAR, RIAD, "ألقت القبض على مطلق النار في الموقع", "2016-09-25"),
      ("LEADS", MULKI, JORDAN, "وأدان رئيس الوزراء هاني الملقي"),
      ],
     {"source": ROYA, "published": "2016-09-25"}),

    ("enUD3_razzaz_replaces_mulki_ap", "en",
     "Jordan's king names Razzaz to replace Mulki after protests\n"
     "AMMAN, Jordan (AP) — Jordan's King Abdullah II on Monday asked Education Minister Omar Razzaz, a former "
     "World Bank economist, to form a new government, replacing Prime Minister Hani Mulki, who stepped down "
     "after the largest protests in years over a planned income tax increase.\n"
     "The king received Mulki at Al-Husseiniya Palace earlier in the day, and the prime minister handed in his "
     "resignation during the hour-long audience, the royal court said.\n"
     "Thousands of protesters had gathered near the prime minister's office for five straight nights, chanting "
     "against the tax bill and rising prices under an IMF-backed austerity program.\n"
     "Razzaz, 57, who holds a doctorate from Harvard, is seen as a reformer. Union leaders said Monday they had "
     "not been contacted by him and would go ahead with a strike on Wednesday unless the bill was withdrawn.\n"
     "Mulki, in office since May 2016, had refused to pull the bill, saying it was for parliament to decide.",
     [("SUCCESSOR_OF", RAZZAZ, MULKI, "replacing Prime Minister Hani Mulki", "2018-06-04"),
      ("MET_WITH", ABDULLAH, MULKI, "The king received Mulki", "2018-06-04"),
      ("LEADS", ABDULLAH, JORDAN, "Jordan's King Abdullah II on"),
      ("LEADS", MULKI, JORDAN, "replacing Prime Minister Hani Mulki"),
      ],
     {"source": AP, "published": "2018-06-04"}),
]

ARTICLES += [
    ("arUD4_khasawneh_designated_petra", "ar",
     "جلالة الملك يعهد إلى الدكتور بشر الخصاونة بتشكيل الحكومة\n"
     "عمان 7 تشرين الأول (بترا) - عهد جلالة الملك عبدالله الثاني إلى الدكتور بشر هاني الخصاونة بتشكيل حكومة "
     "جديدة، خلفاً للدكتور عمر الرزاز الذي قبل جلالته استقالة حكومته السبت الماضي إثر حل مجلس النواب.\n"
     "واستقبل جلالته الخصاونة في قصر الحسينية، بحضور رئيس الديوان الملكي الهاشمي يوسف حسن العيسوي، حيث "
     "سلّمه كتاب التكليف السامي الذي حدد أولويات المرحلة، وفي مقدمتها مواجهة جائحة كورونا وتداعياتها "
     "الاقتصادية.\n"
     "وشغل الخصاونة منصب مستشار جلالة الملك للاتصال والتنسيق، وعمل سفيراً في القاهرة وباريس.\n"
     "وتأتي الحكومة الجديدة بعد نحو ستة أسابيع من القمة الثلاثية التي جمعت جلالته في عمّان بالرئيس المصري "
     "عبد الفتاح السيسي ورئيس الوزراء العراقي مصطفى الكاظمي في 25 آب الماضي.\n"
     "ونفى مصدر مطلع لـ(بترا) ما تداولته مواقع إلكترونية عن لقاءات عقدها الخصاونة مع نواب سابقين قبل "
     "التكليف.",
     [("SUCCESSOR_OF", KHASAWNEH, RAZZAZ, "خلفاً للدكتور عمر الرزاز", "2020-10-07"),
      ("MET_WITH", ABDULLAH, KHASAWNEH, "واستقبل جلالته الخصاونة في", "2020-10-07"),
      ("MET_WITH", ISSAWI, ABDULLAH, "بحضور رئيس الديوان الملكي", "2020-10-07"),
      ("MET_WITH", ISSAWI, KHASAWNEH, "يوسف حسن العيسوي، حيث", "2020-10-07"),
      ("LEADS", ISSAWI, COURT, "رئيس الديوان الملكي الهاشمي يوسف"),
      ]
     + met_group({ABDULLAH: "التي جمعت جلالته في عمّان", SISI: "بالرئيس المصري",
                  KADHIMI: "ورئيس الوزراء العراقي مصطفى"}, "2020-08-25")
     + [("LEADS", SISI, EGYPT, "المصري عبد الفتاح السيسي"),
        ("LEADS", KADHIMI, IRAQ, "العراقي مصطفى الكاظمي"),
        ],
     {"source": PETRA, "published": "2020-10-07"}),

    ("enUD5_hamzah_pledges_loyalty_reuters", "en",
     "Jordan's Prince Hamzah pledges loyalty to king after uncle's mediation\n"
     "AMMAN, April 5 (Reuters) - Jordan's former crown prince Hamzah bin Hussein pledged allegiance to King "
     "Abdullah on Monday, hours after the monarch's uncle, Prince Hassan bin Talal, met him to end a rift that "
     "has exposed rare divisions in the ruling family, the royal court said.\n"
     "Hamzah, 41, signed a letter after the meeting at Prince Hassan's residence, which other princes also "
     "attended, saying he would remain loyal to the king and to Crown Prince Hussein.\n"
     "On Saturday the authorities arrested former royal court chief Bassem Awadallah and Sharif Hassan bin "
     "Zaid, a member of the royal family, along with at least 16 others.\n"
     "Foreign Minister Ayman Safadi said on Sunday the prince had liaised with \"foreign parties\" to "
     "destabilise the country, an accusation Hamzah denies. In a video passed to the BBC, Hamzah said he was "
     "not part of any conspiracy and that the army chief, General Yousef Huneiti, had visited him at his home "
     "on Saturday to tell him he could no longer go out or meet people.",
     [("MET_WITH", HASSAN, HAMZAH, "Prince Hassan bin Talal, met him", "2021-04-05"),
      ("MET_WITH", HAMZAH, HUNEITI, "had visited him at his home", "2021-04-03"),
      ("LEADS", HUNEITI, JAF, "the army chief, General Yousef"),
      ],
     {"source": REUTERS, "published": "2021-04-05"}),

    ("arUD6_sedition_verdict_ghad", "ar",
     "أمن الدولة تقضي بسجن عوض الله والشريف حسن بن زيد 15 عاماً في قضية \"الفتنة\"\n"
     "عمان - الغد - أصدرت محكمة أمن الدولة أمس حكماً بالأشغال الشاقة المؤقتة 15 عاماً على رئيس الديوان "
     "الملكي الأسبق باسم عوض الله والشريف حسن بن زيد، بعد إدانتهما بتهمتي التحريض على مناهضة نظام الحكم "
     "السياسي والقيام بأعمال من شأنها إحداث الفتنة.\n"
     "وكانت المحكمة قد عقدت جلساتها بصورة سرية، ورفضت طلب الدفاع استدعاء شهود بينهم الأمير حمزة.\n"
     "وبحسب لائحة الاتهام، فإن المتهمَين التقيا الأمير حمزة بن الحسين مرات عدة في منزله، وتواصلا معه عبر "
     "تطبيقات مشفرة، وهو ما نفاه الدفاع.\n"
     "ولم يُحاكم الأمير حمزة، إذ سُوّي ملفه داخل الأسرة الهاشمية، بعد أن التقاه عمّه سمو الأمير الحسن بن طلال في "
     "نيسان الماضي ووقّع رسالة تعهد فيها بالولاء لجلالة الملك.\n"
     "إلى ذلك، استقبل جلالة الملك عبدالله الثاني أمس في قصر الحسينية رئيس الوزراء الدكتور بشر الخصاونة، "
     "وبحث معه الاستعدادات لزيارة جلالته إلى واشنطن الأسبوع المقبل، حيث من المقرر أن يلتقي الرئيس الأمريكي "
     "جو بايدن.",
     [("MET_WITH", HASSAN, HAMZAH, "بعد أن التقاه عمّه", "2021-04-05"),
      ("MET_WITH", ABDULLAH, KHASAWNEH, "في قصر الحسينية رئيس الوزراء", "2021-07-12"),
      ("LEADS", KHASAWNEH, JORDAN, "رئيس الوزراء الدكتور بشر"),
      ],
     {"source": GHAD, "published": "2021-07-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUD")
