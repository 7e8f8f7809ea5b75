"""Blind set UL: the Horn of Africa and the Nile dam 2018-2023 (second folder of UK-UL): Abiy Ahmed elected to
replace Hailemariam Desalegn at the head of the EPRDF and of the government (March-April 2018), Abiy in Asmara
with Isaias Afwerki and the Eritrean delegation received in Addis Ababa (June-July 2018), Mohamed bin Zayed's
reception of Abiy and Isaias in Abu Dhabi and King Salman's in Jeddah (July-September 2018), Farmaajo's and
Guelleh's visits and the tripartite summit in Asmara (2018), the killing of the singer Hachalu Hundessa
(June-July 2020), the Kinshasa round under Felix Tshisekedi (April 2021) and Sisi's reception of Abiy in Cairo
(July 2023), as a French wire writes it in English (AFP-like: "ADDIS ABABA (AFP) -"), a Saudi TV channel's
website in Arabic (Al Arabiya-like: "العربية.نت"), an Emirati daily in English (The National-like), a Qatari
daily in Arabic (Al-Sharq-like: "الدوحة - «الشرق»"), an Addis Ababa English weekly (Addis Standard-like) and
an Egyptian private daily in Arabic (Al-Masry Al-Youm-like: "كتب -").
Pieces: Abiy elected EPRDF chairman to replace Hailemariam, sworn in as prime minister (English, UL1); Osman
Saleh and Yemane Gebreab received by Abiy in Addis Ababa; Abiy received by Isaias in Asmara (Arabic, UL2); Mohamed
bin Zayed receives Abiy and Isaias together; Salman hosts both in Jeddah with Guterres present (English, UL3);
Isaias receives Farmaajo in Asmara; the tripartite summit of Isaias, Abiy and Farmaajo; Guelleh meets Isaias in
Jeddah (Arabic, UL4); Hachalu shot dead; the attorney general says Tilahun Yami confessed (English, UL5);
Tshisekedi receives Shoukry and Mariam al-Mahdi in Kinshasa; Sisi receives Abiy in Cairo (Arabic, UL6).
Excluded on purpose (no relation): Hailemariam's resignation (no successor stated in that sentence), the TPLF
which "did not endorse" (UL1); Isaias's phone call (none), the planned reopening of the embassies (UL2); the
Emirati aid, announced not met (UL3); Guelleh's visit to Asmara "not yet scheduled" (UL4); Jawar Mohammed,
arrested (no link to the killing stated), the OLF accused by Abiy's government (accusation only) (UL5); the
Ethiopian delegation that rejected the mediators' proposal, the planned summit of the three leaders (UL6).
Judgement calls: "elected to replace Hailemariam" is a succession (UL1); "received at the airport by
President Isaias" is a meeting (UL2); "received Abiy and Isaias together" is a meeting of the three; "in the
presence of" Guterres: paired with the host and both guests (UL3); a tripartite summit of three leaders: a
meeting of the three (UL4); the confession reported by the attorney general gives victim -> Tilahun (UL5, as
SQ6); "استقبل ... وزيري خارجية" two guests received together: a meeting of the three (UL6).
Filled in for the exercise: the wording of the announcements (UL1); the hour and place of the receptions
(UL2); the attendees in Abu Dhabi (UL3); the wording of the statement about Guelleh's visit (UL4); the
wording of the attorney general's statement (UL5); the wording of the Kinshasa statement and the rejected
proposal (UL6).
Spellings: "Abiy Ahmed", "Hailemariam" (UL1); «آبي أحمد»، «أسياس أفورقي»، «عثمان صالح»، «يماني جبرآب» (UL2);
"Sheikh Mohamed bin Zayed", "Isaias Afewerki" (UL3); «محمد عبدالله فرماجو»، «إسماعيل عمر جيله» (UL4); "Hachalu
Hundessa", "Tilahun Yami" (UL5); «سامح شكري»، «مريم الصادق المهدي»، «فيليكس تشيسكيدي» (UL6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ul import ALL  # noqa: E402

HERE = Path(__file__).parent

ETHIOPIA, EGYPT, ERITREA, SOMALIA, DJIBOUTI, UAE, SAUDI = (
    "country:ethiopia", "country:egypt", "country:eritrea", "country:somalia", "country:djibouti",
    "country:united-arab-emirates", "country:saudi-arabia")
ADDIS, ASMARA, DRC = "location:addis-ababa", "location:asmara", "country:democratic-republic-of-the-congo"
EPRDF, AU, OLF = "organization:eprdf", "organization:african-union", "organization:oromo-liberation-front"
ABIY, HAILE, HACHALU, TILAHUN, ADANECH, JAWAR, SELESHI = (
    "person:abiy-ahmed", "person:hailemariam-desalegn", "person:hachalu-hundessa", "person:tilahun-yami",
    "person:adanech-abebe", "person:jawar-mohammed", "person:seleshi-bekele")
ISAIAS, YEMANE_G, OSMAN, GEBREAB, FARMAAJO, GUELLEH = (
    "person:isaias-afwerki", "person:yemane-gebremeskel", "person:osman-saleh-mohammed", "person:yemane-gebreab",
    "person:mohamed-abdullahi-farmaajo", "person:ismail-omar-guelleh")
SISI, SHOUKRY, MARIAM, TSHISEKEDI, MBZ, SALMAN, GUTERRES = (
    "person:abdel-fattah-el-sisi", "person:sameh-shoukry", "person:mariam-al-sadiq-al-mahdi",
    "person:felix-tshisekedi", "person:mohamed-bin-zayed", "person:salman-bin-abdulaziz",
    "person:antonio-guterres")

AFP = "blind set (French news wire, English, AFP-like)"
ARABIYA = "blind set (Saudi TV channel's website, Arabic, Al Arabiya-like)"
NATIONAL = "blind set (Emirati daily, English, The National-like)"
SHARQ = "blind set (Qatari daily, Arabic, Al-Sharq-like)"
ADDIS_STD = "blind set (Addis Ababa weekly, English, Addis Standard-like)"
MASRY = "blind set (Egyptian private daily, Arabic, Al-Masry Al-Youm-like)"

ARTICLES = [
    ("enUL1_abiy_sworn_in_afp", "en",
     "Ethiopia swears in Abiy Ahmed as prime minister\n"
     "ADDIS ABABA (AFP) - Ethiopia's parliament on Monday swore in Abiy Ahmed as prime minister, the first "
     "ethnic Oromo to hold the post, after months of anti-government protests that led his predecessor to "
     "step down.\n"
     "Abiy, 41, a former army intelligence officer, was elected last week by the ruling Ethiopian People's "
     "Revolutionary Democratic Front (EPRDF) as its chairman to replace Hailemariam Desalegn, who announced "
     "his resignation in February in what he called a bid to make way for reforms.\n"
     "\"Today we are witnessing a historic transition,\" Hailemariam told lawmakers before handing over "
     "power. In his inaugural speech, Abiy apologised for the deaths of protesters and called for "
     "reconciliation with neighbouring Eritrea.\n"
     "The Tigrayan People's Liberation Front, long the dominant force in the coalition, did not endorse his "
     "candidacy, according to party sources quoted by local media.\n"
     "A state of emergency imposed after Hailemariam quit remains in force.",
     [("SUCCESSOR_OF", ABIY, HAILE, "as its chairman to replace Hailemariam Desalegn", "2018-03-27"),
      ("LEADS", ABIY, EPRDF, "Revolutionary Democratic Front (EPRDF) as its chairman"),
      ("LEADS", ABIY, ETHIOPIA, "swore in Abiy Ahmed as prime minister"),
      ],
     {"source": AFP, "published": "2018-04-02"}),

    ("arUL2_abiy_asmara_arabiya", "ar",
     "آبي أحمد في أسمرة: زيارة تاريخية تطوي عقدين من العداء\n"
     "العربية.نت - وصل رئيس الوزراء الإثيوبي آبي أحمد صباح الأحد إلى العاصمة الإريترية أسمرة، في أول زيارة "
     "لزعيم إثيوبي منذ اندلاع الحرب الحدودية بين البلدين عام 1998، وكان في استقباله بالمطار الرئيس أسياس "
     "أفورقي.\n"
     "وعقد الزعيمان جلسة مباحثات في القصر الرئاسي تناولت تطبيع العلاقات وإعادة فتح الحدود، بحسب ما كتبه "
     "وزير الإعلام الإريتري يماني جبر مسقل على تويتر.\n"
     "وتأتي الزيارة بعد أسبوعين من استقبال آبي أحمد في أديس أبابا وفداً إريترياً رفيعاً برئاسة وزير الخارجية "
     "عثمان صالح ويضم المستشار الرئاسي يماني جبرآب، في أول زيارة من نوعها منذ عقدين.\n"
     "ولم يسبق للرئيسين أن التقيا قبل ذلك، إذ اقتصر التواصل بينهما على رسائل نقلها وسطاء.\n"
     "ومن المنتظر أن تعيد الدولتان فتح سفارتيهما خلال الأسابيع المقبلة، وفق مصادر دبلوماسية.",
     [("LEADS", ABIY, ETHIOPIA, "وصل رئيس الوزراء الإثيوبي آبي"),
      ("VISITED", ABIY, ASMARA, "إلى العاصمة الإريترية أسمرة", "2018-07-08"),
      ("MET_WITH", ABIY, ISAIAS, "وكان في استقباله بالمطار الرئيس", "2018-07-08"),
      ("LEADS", ISAIAS, ERITREA, "الرئيس أسياس"),
      ("MET_WITH", ABIY, OSMAN, "برئاسة وزير الخارجية", "2018-06-26"),
      ("MET_WITH", ABIY, GEBREAB, "ويضم المستشار الرئاسي", "2018-06-26"),
      ("MET_WITH", OSMAN, GEBREAB, "يماني جبرآب، في أول", "2018-06-26"),
      ],
     {"source": ARABIYA, "published": "2018-07-08"}),

    ("enUL3_mbz_abiy_isaias_national", "en",
     "Mohamed bin Zayed hosts Ethiopian and Eritrean leaders in Abu Dhabi\n"
     "Sheikh Mohamed bin Zayed, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the Armed Forces, "
     "on Tuesday received Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afewerki together "
     "at the Presidential Palace, two weeks after the two leaders ended a 20-year state of war.\n"
     "Sheikh Mohamed awarded both men the Order of Zayed, the country's highest civilian honour, in "
     "recognition of their \"historic and courageous steps\", the state news agency WAM reported.\n"
     "The UAE, which had pledged $3 billion in aid and investment to Ethiopia in June, has been quietly "
     "encouraging the rapprochement.\n"
     "The peace deal was sealed in September in Jeddah, where King Salman hosted Mr Abiy and Mr Isaias for "
     "the signing of the agreement in the presence of UN Secretary-General Antonio Guterres.",
     [("LEADS", MBZ, UAE, "Crown Prince of Abu Dhabi"),
      ("LEADS", ABIY, ETHIOPIA, "Ethiopian Prime Minister Abiy Ahmed and"),
      ("LEADS", ISAIAS, ERITREA, "Eritrean President Isaias Afewerki"),
      ]
     + met_group({MBZ: "on Tuesday received Ethiopian", ABIY: "Prime Minister Abiy Ahmed and Eritrean",
                  ISAIAS: "Isaias Afewerki together"}, "2018-07-24")
     + [("LEADS", SALMAN, SAUDI, "King Salman hosted"),
        ("MET_WITH", SALMAN, ABIY, "hosted Mr Abiy and", "2018-09-16"),
        ("MET_WITH", SALMAN, ISAIAS, "and Mr Isaias for", "2018-09-16"),
        ("MET_WITH", GUTERRES, SALMAN, "Secretary-General Antonio Guterres", "2018-09-16"),
        ("MET_WITH", GUTERRES, ABIY, "in the presence of UN", "2018-09-16"),
        ("MET_WITH", GUTERRES, ISAIAS, "the signing of the agreement in the presence", "2018-09-16"),
        ],
     {"source": NATIONAL, "published": "2018-07-24"}),
]

ARTICLES += [
    ("arUL4_farmaajo_asmara_sharq", "ar",
     "فرماجو في أسمرة.. والقرن الأفريقي يطوي صفحة الخلافات\n"
     "الدوحة - «الشرق»:\n"
     "استقبل الرئيس الإريتري أسياس أفورقي في أسمرة، أمس، الرئيس الصومالي محمد عبدالله فرماجو، في أول زيارة "
     "يقوم بها رئيس صومالي إلى إريتريا منذ استقلالها، وأجرى الجانبان مباحثات أسفرت عن اتفاق لإقامة علاقات "
     "دبلوماسية وتبادل السفراء.\n"
     "وفي مطلع سبتمبر عادت أسمرة لتحتضن قمة ثلاثية جمعت أفورقي ورئيس الوزراء الإثيوبي آبي أحمد وفرماجو، "
     "أعلن القادة الثلاثة في ختامها إطلاق آلية للتعاون الإقليمي.\n"
     "أما جيبوتي، فقد التقى رئيسها إسماعيل عمر جيله نظيره الإريتري في جدة على هامش توقيع اتفاق السلام "
     "الإثيوبي الإريتري، في أول لقاء بين الرجلين منذ النزاع الحدودي عام 2008.\n"
     "غير أن مصادر جيبوتية أكدت أن زيارة جيله إلى أسمرة لم يُحدد موعدها بعد، وأن ملف الأسرى الجيبوتيين لا "
     "يزال عالقاً.",
     [("LEADS", ISAIAS, ERITREA, "استقبل الرئيس الإريتري أسياس"),
      ("MET_WITH", ISAIAS, FARMAAJO, "الرئيس الصومالي محمد عبدالله فرماجو", "2018-07-28"),
      ("LEADS", FARMAAJO, SOMALIA, "الرئيس الصومالي محمد"),
      ("VISITED", FARMAAJO, ASMARA, "في أسمرة، أمس", "2018-07-28"),
      ]
     + [("MET_WITH", ISAIAS, ABIY, "رئيس الوزراء الإثيوبي آبي أحمد وفرماجو", "2018-09-05"),
        ("MET_WITH", ABIY, FARMAAJO, "آبي أحمد وفرماجو،", "2018-09-05"),
        ("LEADS", ABIY, ETHIOPIA, "ورئيس الوزراء الإثيوبي آبي"),
        ("MET_WITH", GUELLEH, ISAIAS, "التقى رئيسها إسماعيل", "2018-09-17"),
        ("LEADS", GUELLEH, DJIBOUTI, "فقد التقى رئيسها"),
        ],
     {"source": SHARQ, "published": "2018-09-20"}),

    ("enUL5_hachalu_hundessa_addis_standard", "en",
     "Attorney General: suspect confessed to shooting Hachalu Hundessa\n"
     "Addis Abeba - Ethiopia's Attorney General Adanech Abebe said on Friday that one of two suspects arrested "
     "over the killing of the popular Oromo singer Hachalu Hundessa had confessed to firing the shots that "
     "killed him.\n"
     "Hachalu, 34, whose songs became anthems of the Oromo protest movement that brought Prime Minister Abiy "
     "Ahmed to power, was shot dead on the evening of June 29 while driving in the Gelan Condominiums area of "
     "the capital.\n"
     "Speaking on state television, the Attorney General said Tilahun Yami confessed that he shot Hachalu, "
     "while the second suspect, Kebede Gemechu, helped him. She said the plot had been ordered by the "
     "armed wing of the Oromo Liberation Front, a claim the group's leadership rejected.\n"
     "The killing sparked days of unrest in Addis Abeba and the Oromia region in which more than 160 people "
     "died. Opposition politician Jawar Mohammed was among thousands arrested during the violence; he has not "
     "been charged in connection with the singer's death.",
     [("ASSASSINATED_BY", HACHALU, TILAHUN, "Tilahun Yami confessed that he shot", "2020-06-29"),
      ("LEADS", ABIY, ETHIOPIA, "Prime Minister Abiy"),
      ],
     {"source": ADDIS_STD, "published": "2020-07-10"}),

    ("arUL6_sisi_abiy_cairo_masry", "ar",
     "السيسي وآبي أحمد يتفقان على إنهاء اتفاق ملء سد النهضة خلال 4 أشهر\n"
     "كتب - محمد عبد العاطي:\n"
     "استقبل الرئيس عبد الفتاح السيسي، أمس، رئيس الوزراء الإثيوبي آبي أحمد بقصر الاتحادية، على هامش قمة "
     "دول جوار السودان التي استضافتها القاهرة، واتفق الجانبان على الشروع في مفاوضات عاجلة للانتهاء من "
     "الاتفاق بين مصر وإثيوبيا والسودان لملء سد النهضة وقواعد تشغيله خلال أربعة أشهر.\n"
     "وتعد هذه أول زيارة لآبي أحمد إلى مصر منذ عام 2018، بعد جمود طويل في المفاوضات منذ جولة كينشاسا في "
     "أبريل 2021، حين استقبل الرئيس الكونغولي فيليكس تشيسكيدي، الرئيس الدوري للاتحاد الأفريقي آنذاك، "
     "وزيري خارجية مصر سامح شكري والسودان مريم الصادق المهدي، وانتهت الجولة دون اتفاق بعد أن رفض الوفد "
     "الإثيوبي مقترح الوساطة الرباعية.\n"
     "وكانت مصادر قد تحدثت عن قمة ثلاثية مرتقبة تجمع السيسي وآبي أحمد ورئيس مجلس السيادة السوداني، إلا أن "
     "الحرب في السودان حالت دون انعقادها.",
     [("LEADS", SISI, EGYPT, "استقبل الرئيس عبد الفتاح السيسي"),
      ("MET_WITH", SISI, ABIY, "رئيس الوزراء الإثيوبي آبي أحمد بقصر", "2023-07-13"),
      ("LEADS", ABIY, ETHIOPIA, "الوزراء الإثيوبي آبي أحمد بقصر"),
      ("VISITED", ABIY, EGYPT, "أول زيارة لآبي أحمد إلى مصر", "2023-07-13"),
      ("LEADS", TSHISEKEDI, AU, "الرئيس الدوري للاتحاد الأفريقي"),
      ("LEADS", TSHISEKEDI, DRC, "الرئيس الكونغولي فيليكس"),
      ]
     + met_group({TSHISEKEDI: "استقبل الرئيس الكونغولي", SHOUKRY: "وزيري خارجية مصر سامح شكري",
                  MARIAM: "مريم الصادق المهدي، وانتهت"}, "2021-04-04"),
     {"source": MASRY, "published": "2023-07-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUL")
