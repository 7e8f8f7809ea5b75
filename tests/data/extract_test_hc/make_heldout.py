"""Blind set HC: North Africa, the Horn and the Sahel 2019-2025 in the style of an Arabic daily
(Asharq Al-Awsat / Al Jazeera Net, and Al Jazeera English for the English pieces): the new UN envoy
Hanna Tetteh received by Hafter in Benghazi and meeting the elections chief in Tripoli, a phone call
with Dbeiba (English); Egypt's July 2024 cabinet: Abdelatty after Shoukry, Saqr after Zaki, Rashad
after Kamel, a phone call with Blinken (Arabic); the army's claimed killing of RSF commander Ali
Yagoub Gibril and the denied accusation over Khamis Abakar's killing (English); Algeria's prime
ministers Benabderrahmane -> Larbaoui -> Ghrieb, a candidate, Chanegriha after Gaid Salah's natural
death (Arabic); the Ankara declaration between Somalia and Ethiopia hosted by Erdogan, and Fidan's
earlier shuttle talks where the two delegations never met (English); France's claimed killings in
the Sahel before Barkhane left Mali, a cancelled Macron trip, a killing by unknown gunmen (Arabic).
Style: long titles before names, ranks first, clitics, "خلفاً لـ / بدلاً من", reported speech.
Spellings: Hafter, Dbeiba, Erdoğan, Hemedti, السيسى / شكرى, آسيمي غويتا, عدنان أبو الوليد الصحراوي.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hd import ALL  # noqa: E402

HERE = Path(__file__).parent

LBY, EGY, SUD, ALG, SOM, ETH, TUR, FRA, MLI = (
    "country:libya", "country:egypt", "country:sudan", "country:algeria", "country:somalia",
    "country:ethiopia", "country:turkey", "country:france", "country:mali")
LNA, GNU, UNSMIL, HNEC = ("organization:libyan-national-army", "organization:government-of-national-unity",
                          "organization:unsmil", "organization:libya-hnec")
TET, KHAF, SADDAM, KOURY, BATH, SAYEH, DBEI = (
    "person:hanna-tetteh", "person:khalifa-haftar", "person:saddam-haftar", "person:stephanie-koury",
    "person:abdoulaye-bathily", "person:emad-al-sayeh", "person:abdul-hamid-dbeibah")
MADB, ABDEL, SHOUK, SAQR, ZAKI, HUSS, KAMEL, RASH, BLINK = (
    "person:mostafa-madbouly", "person:badr-abdelatty", "person:sameh-shoukry", "person:abdel-meguid-saqr",
    "person:mohamed-zaki", "person:hussein-awad-ali", "person:abbas-kamel", "person:hassan-rashad",
    "person:antony-blinken")
EGFM, EGDEF, EGGIS = ("organization:egyptian-foreign-ministry", "organization:egyptian-defence-ministry",
                      "organization:egyptian-general-intelligence")
SAF, RSF = "organization:sudanese-armed-forces", "organization:rapid-support-forces"
GIBRIL, ABAKAR, BUR, MINAWI, HEM = ("person:ali-yagoub-gibril", "person:khamis-abakar",
                                    "person:abdel-fattah-al-burhan", "person:minni-minawi",
                                    "person:mohamed-hamdan-dagalo")
TEBB, LARB, GHRIEB, BENAB, ATTAF, CHAN, GAID = (
    "person:abdelmadjid-tebboune", "person:nadir-larbaoui", "person:sifi-ghrieb",
    "person:aymen-benabderrahmane", "person:ahmed-attaf", "person:said-chanegriha", "person:ahmed-gaid-salah")
ALGGOV = "organization:algerian-government"
ERD, HSM, ABIY, FIDAN, FIQI, TAYE, MESG = (
    "person:recep-tayyip-erdogan", "person:hassan-sheikh-mohamud", "person:abiy-ahmed", "person:hakan-fidan",
    "person:ahmed-moalim-fiqi", "person:taye-atske-selassie", "person:mesganu-arga")
GOITA, DROUK, PARLY, SAHRAWI, MACRON, BAH, SIDATI = (
    "person:assimi-goita", "person:abdelmalek-droukdel", "person:florence-parly",
    "person:adnan-abu-walid-al-sahrawi", "person:emmanuel-macron", "person:bah-ag-moussa",
    "person:sidi-brahim-ould-sidati")

ARTICLES = [
    ("enHC1_tetteh_hafter_benghazi", "en",
     "UN envoy Tetteh holds talks with Hafter in Benghazi after meeting elections chief in Tripoli\n"
     "The Special Representative of the UN Secretary-General and head of the UN Support Mission in Libya "
     "(UNSMIL), Hanna Serwaa Tetteh, was received on Monday in Benghazi by the General Commander of the "
     "Libyan Arab Armed Forces, Field Marshal Khalifa Hafter, in the presence of his son, the Chief of Staff "
     "of the Land Forces, Lt. Gen. Saddam Hafter.\n"
     "The meeting discussed the political process and ways to unify state institutions, the General "
     "Command said.\n"
     "The Ghanaian diplomat, who took over the mission last month from acting envoy Stephanie Koury, began "
     "her tour in Tripoli, where she met the head of the High National Elections Commission, Emad al-Sayeh, "
     "to review preparations for municipal elections.\n"
     "Tetteh also spoke by telephone with the Prime Minister of the Government of National Unity, "
     "Abdulhamid Dbeiba, who was abroad; a meeting between them is expected after his return.\n"
     "Koury, deputy to former envoy Abdoulaye Bathily, had stood in for him since he resigned in April "
     "2024.",
     [("LEADS", TET, UNSMIL, "head of the UN Support Mission"),
      ("MET_WITH", TET, KHAF, "was received on Monday in Benghazi", "2025-02-10"),
      ("MET_WITH", TET, SADDAM, "in the presence of his son", "2025-02-10"),
      ("MET_WITH", KHAF, SADDAM, "in the presence of his son", "2025-02-10"),
      ("VISITED", TET, "location:benghazi", "was received on Monday in Benghazi", "2025-02-10"),
      ("LEADS", KHAF, LNA, "the General Commander of the"),
      ("MEMBER_OF", SADDAM, LNA, "the Chief of Staff"),
      ("SUCCESSOR_OF", TET, KOURY, "took over the mission last month from", "2025-01"),
      ("LEADS", KOURY, UNSMIL, "from acting envoy Stephanie"),
      ("VISITED", TET, "location:tripoli-libya", "began her tour in Tripoli"),
      ("MET_WITH", TET, SAYEH, "where she met the head of the High", "2025-02"),
      ("LEADS", SAYEH, HNEC, "where she met the head of the High"),
      ("LEADS", DBEI, GNU, "the Prime Minister of the Government of National Unity"),
      ("SUCCESSOR_OF", KOURY, BATH, "had stood in for him", "2024-04"),
      ("LEADS", BATH, UNSMIL, "deputy to former envoy"),
      ],
     {"source": "blind set (Arabic-daily style, English)", "published": "2025-02-11"}),

    ("arHC2_egypt_cabinet_abdelatty_saqr", "ar",
     "عبد العاطي يتسلّم حقيبة الخارجية خلفاً لشكرى.. وصقر وزيراً للدفاع في الحكومة المصرية الجديدة\n"
     "القاهرة - «الشرق الأوسط»: أدّت الحكومة المصرية الجديدة برئاسة الدكتور مصطفى مدبولي اليمين الدستورية، "
     "الأربعاء، بعد أن كلّفه الرئيس المصري عبد الفتاح السيسى في يونيو بإعادة تشكيلها، وسط تغييرات طالت "
     "حقيبتي الخارجية والدفاع.\n"
     "وتولّى السفير بدر عبد العاطي، سفير مصر السابق لدى الاتحاد الأوروبي، وزارة الخارجية والهجرة وشؤون "
     "المصريين في الخارج، خلفاً لسامح شكرى الذي قاد الدبلوماسية المصرية منذ 2014.\n"
     "كما عُيّن محافظ السويس الفريق أول عبد المجيد صقر وزيراً للدفاع والإنتاج الحربي بدلاً من الفريق أول "
     "محمد زكي، الذي صدر قرار بتعيينه مساعداً لرئيس الجمهورية.\n"
     "وفي أول نشاط له، استقبل عبد العاطي بمقر الوزارة في القاهرة وزير الخارجية السوداني حسين عوض، وبحث "
     "معه تطورات الأزمة السودانية، فيما تلقى اتصالاً هاتفياً من نظيره الأميركي أنتوني بلينكن.\n"
     "وكانت تقارير قد رجّحت انتقال رئيس المخابرات العامة اللواء عباس كامل إلى منصب جديد، وهو ما لم يتحقق إلا "
     "في أكتوبر حين خلفه اللواء حسن رشاد.",
     [("LEADS", MADB, "organization:egyptian-government", "برئاسة الدكتور مصطفى"),
      ("LEADS", "person:abdel-fattah-al-sisi", EGY, "الرئيس المصري عبد الفتاح"),
      ("SUCCESSOR_OF", ABDEL, SHOUK, "خلفاً لسامح", "2024-07-03"),
      ("LEADS", ABDEL, EGFM, "وتولّى السفير بدر"),
      ("LEADS", SHOUK, EGFM, "الذي قاد الدبلوماسية المصرية"),
      ("SUCCESSOR_OF", SAQR, ZAKI, "بدلاً من الفريق أول", "2024-07-03"),
      ("LEADS", SAQR, EGDEF, "وزيراً للدفاع والإنتاج"),
      ("MET_WITH", ABDEL, HUSS, "استقبل عبد العاطي بمقر", "2024-07"),
      ("VISITED", HUSS, "location:cairo", "استقبل عبد العاطي بمقر", "2024-07"),
      ("LEADS", HUSS, "organization:sudanese-foreign-ministry", "وزير الخارجية السوداني"),
      ("LEADS", BLINK, "organization:us-state-department", "نظيره الأميركي"),
      ("LEADS", KAMEL, EGGIS, "رئيس المخابرات العامة"),
      ("SUCCESSOR_OF", RASH, KAMEL, "حين خلفه", "2024-10-16"),
      ("LEADS", RASH, EGGIS, "حين خلفه"),
      ],
     {"source": "blind set (Arabic daily)", "published": "2024-07-04"}),

    ("enHC3_rsf_commander_gibril_el_fasher", "en",
     "Sudan army says it killed senior RSF commander Ali Yagoub Gibril in El Fasher\n"
     "The Sudanese Armed Forces (SAF) said on Friday that its troops had killed Major General Ali Yagoub "
     "Gibril, the commander of the Rapid Support Forces (RSF) in Central Darfur, during fighting in the "
     "besieged city of El Fasher.\n"
     "The RSF confirmed the death of its commander, calling him a \"martyr\", but gave no details.\n"
     "The announcement came as army chief General Abdel Fattah al-Burhan met the governor of the Darfur "
     "region, Minni Arko Minawi, in Port Sudan to discuss the defence of the city.\n"
     "Gibril is the most senior RSF officer to die since the paramilitary force, led by Mohamed Hamdan "
     "Dagalo, known as Hemedti, went to war with the army in April 2023.\n"
     "His death comes a year after the governor of West Darfur, Khamis Abakar, was killed in el-Geneina "
     "hours after accusing the RSF of \"genocide\" in a television interview.\n"
     "The United Nations and Abakar's family blamed the RSF, which denied involvement and said the "
     "governor had been killed by \"outlaws\".",
     [("ASSASSINATED_BY", GIBRIL, SAF, "said on Friday that its troops had killed", "2024-06-14"),
      ("MEMBER_OF", GIBRIL, RSF, "the commander of the Rapid Support Forces"),
      ("MET_WITH", BUR, MINAWI, "met the governor of the Darfur", "2024-06-14"),
      ("LEADS", BUR, SAF, "army chief General Abdel"),
      ("VISITED", MINAWI, "location:port-sudan", "met the governor of the Darfur"),
      ("LEADS", MINAWI, "location:darfur", "met the governor of the Darfur"),
      ("LEADS", HEM, RSF, "led by Mohamed Hamdan"),
      ("LEADS", ABAKAR, "location:west-darfur", "the governor of West Darfur"),
      ],
     {"source": "blind set (Arabic-daily style, English)", "published": "2024-06-15"}),

    ("arHC4_algeria_ghrieb_replaces_larbaoui", "ar",
     "الرئيس تبون ينهي مهام العرباوي ويكلّف سيفي غريب بتسيير الوزارة الأولى بالنيابة\n"
     "الجزائر - «الشرق الأوسط»: أنهى الرئيس الجزائري عبد المجيد تبون، الخميس، مهام الوزير الأول نذير "
     "العرباوي، وكلّف وزير الصناعة سيفي غريب بتولي مهام الوزير الأول بالنيابة، وفق بيان لرئاسة "
     "الجمهورية.\n"
     "ولم يوضح البيان أسباب القرار، الذي جاء بعد أسبوعين من سقوط حافلة في وادي الحراش بالعاصمة أودى "
     "بحياة 18 شخصاً.\n"
     "وكان العرباوي، الدبلوماسي ومدير ديوان الرئاسة السابق، قد عُيّن وزيراً أول في نوفمبر 2023 خلفاً "
     "لأيمن بن عبد الرحمن.\n"
     "وتداولت وسائل إعلام محلية اسم وزير الخارجية أحمد عطاف بين المرشحين المحتملين لخلافة العرباوي.\n"
     "واستقبل تبون غريب، مساء اليوم نفسه، بمقر رئاسة الجمهورية بالمرادية، بحضور رئيس أركان الجيش الوطني "
     "الشعبي الفريق أول السعيد شنقريحة.\n"
     "ويتولى شنقريحة قيادة الأركان منذ ديسمبر 2019، حين خلف الفريق أحمد قايد صالح الذي توفي إثر نوبة "
     "قلبية.",
     [("LEADS", TEBB, ALG, "الرئيس الجزائري عبد المجيد"),
      ("LEADS", LARB, ALGGOV, "مهام الوزير الأول نذير"),
      ("SUCCESSOR_OF", GHRIEB, LARB, "وكلّف وزير الصناعة", "2025-08-28"),
      ("LEADS", GHRIEB, ALGGOV, "وكلّف وزير الصناعة"),
      ("SUCCESSOR_OF", LARB, BENAB, "لأيمن بن عبد الرحمن",
       "2023-11-11"),
      ("LEADS", ATTAF, "organization:algerian-foreign-ministry", "وزير الخارجية أحمد"),
      ("MET_WITH", TEBB, GHRIEB, "واستقبل تبون غريب", "2025-08-28"),
      ("MET_WITH", TEBB, CHAN, "بحضور رئيس أركان", "2025-08-28"),
      ("MET_WITH", GHRIEB, CHAN, "بحضور رئيس أركان", "2025-08-28"),
      ("VISITED", GHRIEB, "location:el-mouradia", "بمقر رئاسة الجمهورية بالمرادية", "2025-08-28"),
      ("LEADS", CHAN, "organization:algerian-army", "بحضور رئيس أركان"),
      ("SUCCESSOR_OF", CHAN, GAID, "حين خلف الفريق", "2019-12-23"),
      ],
     {"source": "blind set (Arabic daily)", "published": "2025-08-29"}),

    ("enHC5_ankara_declaration_somalia_ethiopia", "en",
     "Erdoğan brokers 'historic' reconciliation between Somalia and Ethiopia in Ankara\n"
     "Turkish President Recep Tayyip Erdoğan hosted Somali President Hassan Sheikh Mohamud and Ethiopian "
     "Prime Minister Abiy Ahmed in Ankara on Wednesday, where the two leaders signed a declaration ending a "
     "year-long dispute over Ethiopia's deal with the breakaway region of Somaliland.\n"
     "After separate meetings with each of them, Erdoğan brought the two men together at the presidential "
     "complex for talks that lasted late into the night, Turkish officials said.\n"
     "\"We have taken the first step towards a new beginning,\" Erdoğan told a joint news conference.\n"
     "The deal followed indirect talks in Ankara in July and August, in which Turkey's Foreign Minister "
     "Hakan Fidan shuttled between his Somali counterpart Ahmed Moalim Fiqi and, on the Ethiopian side, "
     "Foreign Minister Taye Atske Selassie and then State Minister Mesganu Arga.\n"
     "The delegations never sat in the same room, and a third round planned for September was called off.",
     [("MET_WITH", ERD, HSM, "hosted Somali President", "2024-12-11"),
      ("MET_WITH", ERD, ABIY, "hosted Somali President", "2024-12-11"),
      ("MET_WITH", HSM, ABIY, "brought the two men together", "2024-12-11"),
      ("VISITED", HSM, "location:ankara", "hosted Somali President", "2024-12-11"),
      ("VISITED", ABIY, "location:ankara", "hosted Somali President", "2024-12-11"),
      ("LEADS", ERD, TUR, "Turkish President Recep"),
      ("LEADS", HSM, SOM, "Somali President Hassan"),
      ("LEADS", ABIY, ETH, "Ethiopian Prime Minister Abiy"),
      ("VISITED", HSM, "location:presidential-complex-ankara", "at the presidential complex", "2024-12-11"),
      ("VISITED", ABIY, "location:presidential-complex-ankara", "at the presidential complex", "2024-12-11"),
      ("MET_WITH", FIDAN, FIQI, "shuttled between his Somali counterpart", "2024-07"),
      ("MET_WITH", FIDAN, TAYE, "Foreign Minister Taye Atske", "2024-07"),
      ("MET_WITH", FIDAN, MESG, "then State Minister Mesganu", "2024-08"),
      ("LEADS", FIDAN, "organization:turkish-foreign-ministry", "Turkey's Foreign Minister"),
      ("LEADS", FIQI, "organization:somali-foreign-ministry", "his Somali counterpart"),
      ("LEADS", TAYE, "organization:ethiopian-foreign-ministry", "Foreign Minister Taye Atske"),
      ("MEMBER_OF", MESG, "organization:ethiopian-foreign-ministry", "then State Minister Mesganu"),
      ("VISITED", FIQI, "location:ankara", "The deal followed indirect talks in Ankara", "2024-07"),
      ("VISITED", TAYE, "location:ankara", "The deal followed indirect talks in Ankara", "2024-07"),
      ("VISITED", MESG, "location:ankara", "The deal followed indirect talks in Ankara", "2024-08"),
      ],
     {"source": "blind set (Arabic-daily style, English)", "published": "2024-12-12"}),

    ("arHC6_france_sahel_killings_barkhane", "ar",
     "من دروكدال إلى أبو الوليد الصحراوي.. حصيلة «الاغتيالات الفرنسية» في الساحل قبل رحيل «برخان» عن مالي\n"
     "باريس - «الجزيرة نت»: غادر آخر جنود قوة «برخان» الفرنسية الأراضي المالية في 15 أغسطس 2022، إثر "
     "تدهور العلاقات بين باريس والمجلس العسكري الحاكم في باماكو بقيادة العقيد آسيمي غويتا.\n"
     "وخلال سنوات انتشارها، أعلنت فرنسا تصفية عدد من أبرز قادة الجماعات المسلحة، أبرزهم زعيم «القاعدة في "
     "بلاد المغرب الإسلامي» عبد المالك دروكدال، الذي قالت وزيرة الجيوش فلورنس بارلي في يونيو 2020 إن "
     "القوات الفرنسية قتلته شمالي مالي.\n"
     "وفي نوفمبر من العام نفسه، أعلنت باريس أن قواتها قتلت القائد العسكري لجماعة «نصرة الإسلام والمسلمين» "
     "باه آغ موسى قرب ميناكا، قبل أن يعلن الرئيس إيمانويل ماكرون في سبتمبر 2021 أن القوات الفرنسية «حيّدت» زعيم تنظيم «الدولة "
     "الإسلامية في الصحراء الكبرى» عدنان أبو الوليد الصحراوي.\n"
     "في المقابل، قُتل رئيس «تنسيقية حركات أزواد» سيدي إبراهيم ولد سيداتي برصاص مجهولين في باماكو في "
     "أبريل 2021.\n"
     "ولم يلتقِ ماكرون غويتا قط، إذ أُلغيت زيارة كانت مقررة للرئيس الفرنسي إلى مالي في ديسمبر 2021.",
     [("WITHDREW_FROM", "organization:operation-barkhane", MLI, "غادر آخر جنود قوة", "2022-08-15"),
      ("LEADS", GOITA, MLI, "بقيادة العقيد"),
      ("LEADS", DROUK, "organization:aqim", "عبد المالك دروكدال، الذي"),
      ("ASSASSINATED_BY", DROUK, FRA, "القوات الفرنسية قتلته", "2020-06-03"),
      ("LEADS", PARLY, "organization:french-defence-ministry", "وزيرة الجيوش فلورنس"),
      ("ASSASSINATED_BY", BAH, FRA, "أن قواتها قتلت", "2020-11"),
      ("MEMBER_OF", BAH, "organization:jnim", "القائد العسكري لجماعة"),
      ("LEADS", MACRON, FRA, "الرئيس إيمانويل ماكرون"),
      ("ASSASSINATED_BY", SAHRAWI, FRA, "«حيّدت»", "2021-08"),
      ("LEADS", SAHRAWI, "organization:isgs", "«حيّدت» زعيم"),
      ("LEADS", SIDATI, "organization:cma-azawad", "رئيس «تنسيقية حركات أزواد»"),
      ],
     {"source": "blind set (Arabic daily)", "published": "2022-08-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHC")
