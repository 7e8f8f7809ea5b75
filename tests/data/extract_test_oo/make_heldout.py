"""Blind set OO: Sudan 2019-2023 (first folder of OO-OP): the fall of Omar al-Bashir and Awad Ibn Auf's one
day at the head of the Transitional Military Council, succeeded by Abdel Fattah al-Burhan (April 2019), the
signing of the Juba peace agreement with the armed movements (October 2020), Abdalla Hamdok's first visit to
Cairo as prime minister (September 2019), the political agreement of 21 November 2021 that returned Hamdok
after the coup, the opening of the Jeddah talks under Saudi and US mediation (May 2023) and their resumption
with IGAD (October 2023), as a wire writes it in English (Reuters-like: "KHARTOUM, April 13 (Reuters) -"),
Sudan's state agency in Arabic (SUNA-like: "جوبا 3-10-2020 (سونا)-", stacked ranks «الفريق أول ركن»), an
Egyptian state daily's English site (Ahram Online-like: "presidential spokesman ... said in a statement"),
a Khartoum daily in Arabic (Al-Sudani-like: "وعلمت «السوداني»"), a US wire in English (AP-like: "JEDDAH,
Saudi Arabia (AP) —") and a Saudi pan-Arab daily in Arabic (Asharq Al-Awsat-like: "جدة: «الشرق الأوسط»").
Pieces: Ibn Auf steps down and names Burhan his successor, Gosh resigns, the council holds its first talks
with the Forces of Freedom and Change (English, OO1); Burhan holds talks with Salva Kiir on the margins of the
Juba signing in the presence of Hamdok (Arabic, OO2); Sisi receives Hamdok with Madbouly and Abbas Kamel
present (English, OO3); Burhan and Hamdok sign the political agreement with Hemedti present, Hamdok had met
Perthes, Feltman had met Burhan, Hamdok and Hemedti together the day before the coup (Arabic, OO4); Faisal
bin Farhan meets the army's and the RSF's envoys with Molly Phee present (English, OO5); al-Khuraiji opens
the resumed talks with the two delegations, Godfrey and Workneh present (Arabic, OO6).
Excluded on purpose (no relation): the SPA meeting "not yet confirmed", the second round postponed (OO1);
MBZ's congratulation call, al-Hilu and Abdel Wahid who did not sign, the ceremony itself (OO2); Sisi's phone
call to Burhan, Hamdok's planned meeting with the Arab League chief (OO3); the resistance committees' planned
meeting (OO4); Blinken's call to Faisal, Burhan and Dagalo who were not at the table, the Egyptian attaché shot
dead with no stated agent (OO5); Faisal's call to Blinken, the denied direct Burhan-Hemedti meeting, the
session planned for the next day (OO6).
Judgement calls: signing the Juba agreement in the same ceremony is not by itself a meeting (OO2); the talks
on the margins with Hamdok «بحضور» pair Hamdok with both (OO2); attendees are paired with both principals but
not with each other (OO3, OO5, OO6); signing an agreement face to face at the palace is a meeting (OO4);
"met ... envoys of Sudan's army and the RSF" and «التقى ... الوفدين» pair the host with each body and the two
bodies with each other (OO5, OO6); "named ... as his successor" is a succession (OO1); an army chief of staff
LEADS the army (as NK's Zamir); a prime minister LEADS the country.
Filled in for the exercise: the SPA's unconfirmed meeting and the postponed round (OO1); MBZ's call, Hamdok's
presence at the talks with Kiir (OO2); Madbouly's and Kamel's presence, Sisi's call, the planned Aboul Gheit
meeting (OO3); Hemedti's presence, the resistance committees (OO4); Phee's attendance of the opening session,
Blinken's call (OO5); Godfrey's and Workneh's presence, the denial, the next day's session (OO6).
Spellings: "Awad Ibn Auf", "Kamal Abdelmarouf", "Salah Gosh" (OO1); «سلفا كير ميارديت», «مني أركو مناوي»
(OO2); "Abdel-Fattah El-Sisi", "Abdel-Fattah al-Burhan" (OO3); «حميدتي», «فولكر بيرتس», «جيفري فيلتمان» (OO4);
"Gen. Abdel Fattah Burhan", "Mohammed Hamdan Dagalo" (OO5); «وليد الخريجي», «ورقنه قبيهو» (OO6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_op import ALL  # noqa: E402

HERE = Path(__file__).parent

SUDAN, SSUDAN, EGYPT = "country:sudan", "country:south-sudan", "country:egypt"
TMC, SOV, SAF, RSF, NISS, FFC = (
    "organization:transitional-military-council", "organization:sudan-sovereignty-council",
    "organization:sudanese-armed-forces", "organization:rapid-support-forces",
    "organization:sudan-general-intelligence-service", "organization:forces-of-freedom-and-change")
JEM, SLM, SRF, UNITAMS, IGAD = (
    "organization:justice-and-equality-movement", "organization:slm-minnawi", "organization:sudan-revolutionary-front",
    "organization:unitams", "organization:igad")
EGINT, EGPRES, SAUFM, STATE = (
    "organization:egyptian-general-intelligence", "organization:egyptian-presidency",
    "organization:saudi-foreign-ministry", "organization:us-state-department")
BASHIR, IBNAUF, MAROUF, BURHAN, HEMEDTI, GOSH, HAMDOK = (
    "person:omar-al-bashir", "person:ahmed-awad-ibn-auf", "person:kamal-abdelmarouf", "person:abdel-fattah-al-burhan",
    "person:mohamed-hamdan-dagalo", "person:salah-gosh", "person:abdalla-hamdok")
GIBRIL, MINAWI, HADI = "person:gibril-ibrahim", "person:minni-minnawi", "person:al-hadi-idris"
KIIR, SISI, MADBOULY, KAMEL, RADI = (
    "person:salva-kiir", "person:abdel-fattah-el-sisi", "person:mostafa-madbouly", "person:abbas-kamel",
    "person:bassam-radi")
PERTHES, FELTMAN, FAISAL, PHEE, KHURAIJI, GODFREY, WORKNEH = (
    "person:volker-perthes", "person:jeffrey-feltman", "person:faisal-bin-farhan", "person:molly-phee",
    "person:waleed-al-khuraiji", "person:john-godfrey", "person:workneh-gebeyehu")

REUTERS = "blind set (international news wire, English, Reuters-like)"
SUNA = "blind set (Sudanese state news agency, Arabic, SUNA-like)"
AHRAM = "blind set (Egyptian state daily's English site, Ahram Online-like)"
SUDANI = "blind set (Khartoum daily, Arabic, Al-Sudani-like)"
AP = "blind set (US news wire, English, AP-like)"
SHARQ = "blind set (Saudi pan-Arab daily, Arabic, Asharq Al-Awsat-like)"

ARTICLES = [
    ("enOO1_ibn_auf_steps_down_reuters", "en",
     "Sudan's military council chief steps down a day after Bashir's ouster\n"
     "KHARTOUM, April 13 (Reuters) - The head of Sudan's Transitional Military Council, Defence Minister Awad Ibn "
     "Auf, stepped down late on Friday, just a day after he announced the overthrow and arrest of President Omar "
     "al-Bashir, and named Lieutenant General Abdel Fattah al-Burhan as his successor.\n"
     "Ibn Auf, whom Bashir had appointed first vice president in February, said in a televised address that his "
     "deputy, army chief of staff Kamal Abdelmarouf, was also leaving the council. Crowds at the sit-in outside "
     "the Defence Ministry compound greeted the news with chants of \"It fell again\".\n"
     "Burhan, the army's inspector general and a little-known figure outside the military, was sworn in hours "
     "later. On Saturday he lifted the night curfew and promised to \"uproot the regime\".\n"
     "Intelligence chief Salah Gosh, who oversaw the crackdown on four months of protests, resigned on Saturday, "
     "the council said.\n"
     "Members of the council held their first talks with the Forces of Freedom and Change, the alliance leading "
     "the protests, at the Defence Ministry on Saturday evening, a spokesman for the alliance said. A second round "
     "planned for Sunday was postponed. The Sudanese Professionals Association said a separate meeting with "
     "Burhan had not yet been confirmed.\n"
     "Mohamed Hamdan Dagalo, commander of the paramilitary Rapid Support Forces, who had refused to sit on Ibn "
     "Auf's council, said he would back the new leadership.",
     [("SUCCESSOR_OF", BURHAN, IBNAUF, "named Lieutenant General Abdel Fattah al-Burhan as his successor",
       "2019-04-12"),
      ("LEADS", IBNAUF, TMC, "The head of Sudan's Transitional Military Council"),
      ("LEADS", BASHIR, SUDAN, "President Omar"),
      ("LEADS", MAROUF, SAF, "army chief of staff Kamal Abdelmarouf"),
      ("LEADS", GOSH, NISS, "Intelligence chief Salah Gosh"),
      ("MET_WITH", TMC, FFC, "held their first talks with the Forces of Freedom and Change", "2019-04-13"),
      ("LEADS", HEMEDTI, RSF, "commander of the paramilitary Rapid Support Forces"),
      ],
     {"source": REUTERS, "published": "2019-04-13"}),

    ("arOO2_juba_peace_signing_suna", "ar",
     "توقيع اتفاق جوبا لسلام السودان بحضور إقليمي ودولي واسع\n"
     "جوبا 3-10-2020 (سونا)- شهد رئيس مجلس السيادة الانتقالي الفريق أول ركن عبد الفتاح البرهان، ورئيس جمهورية "
     "جنوب السودان الفريق أول سلفا كير ميارديت، اليوم بساحة الحرية بجوبا، مراسم التوقيع النهائي على اتفاق جوبا "
     "لسلام السودان بين الحكومة الانتقالية وأطراف العملية السلمية.\n"
     "ووقّع عن الحكومة نائب رئيس مجلس السيادة الفريق أول محمد حمدان دقلو، فيما وقّع عن الجبهة الثورية رئيسها "
     "الدكتور الهادي إدريس، إلى جانب رئيس حركة العدل والمساواة الدكتور جبريل إبراهيم، ورئيس حركة تحرير السودان "
     "مني أركو مناوي، والفريق مالك عقار.\n"
     "وعقد البرهان على هامش المراسم جلسة مباحثات مع الرئيس سلفا كير، بحضور رئيس مجلس الوزراء الدكتور عبد الله "
     "حمدوك، تناولت العلاقات الثنائية وترتيبات تنفيذ الاتفاق، وأشاد خلالها بدور الوساطة الجنوبية.\n"
     "ومن جهته، أكد رئيس الوزراء أن الاتفاق «يفتح الباب أمام سلام شامل»، داعياً الحركات غير الموقعة إلى اللحاق به.\n"
     "ولم توقّع على الاتفاق الحركة الشعبية شمال بقيادة عبد العزيز الحلو، ولا حركة تحرير السودان بقيادة عبد الواحد "
     "محمد نور.\n"
     "وتلقى البرهان في وقت لاحق اتصالاً هاتفياً من ولي عهد أبوظبي الشيخ محمد بن زايد، هنأه فيه بالتوقيع.",
     [("LEADS", BURHAN, SOV, "رئيس مجلس السيادة الانتقالي الفريق أول ركن"),
      ("LEADS", KIIR, SSUDAN, "ورئيس جمهورية جنوب السودان الفريق أول"),
      ("MEMBER_OF", HEMEDTI, SOV, "نائب رئيس مجلس السيادة الفريق أول محمد"),
      ("LEADS", HADI, SRF, "الجبهة الثورية رئيسها"),
      ("LEADS", GIBRIL, JEM, "رئيس حركة العدل والمساواة الدكتور"),
      ("LEADS", MINAWI, SLM, "ورئيس حركة تحرير السودان"),
      ("MET_WITH", BURHAN, KIIR, "جلسة مباحثات مع الرئيس سلفا كير", "2020-10-03"),
      ("MET_WITH", HAMDOK, BURHAN, "بحضور رئيس مجلس الوزراء الدكتور", "2020-10-03"),
      ("MET_WITH", HAMDOK, KIIR, "حمدوك، تناولت العلاقات", "2020-10-03"),
      ],
     {"source": SUNA, "published": "2020-10-03"}),

    ("enOO3_sisi_receives_hamdok_ahram", "en",
     "Sisi receives Sudan's Hamdok in Cairo on his first visit as prime minister\n"
     "Ahram Online, Wednesday 18 Sep 2019\n"
     "President Abdel-Fattah El-Sisi received on Wednesday Sudanese Prime Minister Abdalla Hamdok at the "
     "Ittihadiya Presidential Palace, in the presence of Prime Minister Mostafa Madbouly and General Intelligence "
     "chief Abbas Kamel, presidential spokesman Bassam Radi said in a statement.\n"
     "El-Sisi affirmed Egypt's full support for the security and stability of Sudan and for the transitional "
     "period, stressing that Cairo would put all its capabilities at the disposal of the Sudanese people.\n"
     "Hamdok, an economist who was sworn in on 21 August after the military council and the Forces of Freedom and "
     "Change signed the constitutional declaration, thanked Egypt for its stance and called for lifting Sudan from "
     "the US list of state sponsors of terrorism.\n"
     "The visit came two days after El-Sisi spoke by phone with the head of Sudan's Sovereign Council, "
     "Abdel-Fattah al-Burhan, on the border and the Nile waters.\n"
     "The Sudanese premier is scheduled to meet Arab League Secretary-General Ahmed Aboul-Gheit on Thursday before "
     "returning to Khartoum.",
     [("MET_WITH", SISI, HAMDOK, "received on Wednesday Sudanese Prime Minister", "2019-09-18"),
      ("MET_WITH", MADBOULY, SISI, "in the presence of Prime Minister Mostafa Madbouly", "2019-09-18"),
      ("MET_WITH", MADBOULY, HAMDOK, "Prime Minister Mostafa Madbouly and General", "2019-09-18"),
      ("MET_WITH", KAMEL, SISI, "General Intelligence chief Abbas Kamel", "2019-09-18"),
      ("MET_WITH", KAMEL, HAMDOK, "chief Abbas Kamel, presidential", "2019-09-18"),
      ("LEADS", SISI, EGYPT, "President Abdel-Fattah El-Sisi received"),
      ("LEADS", HAMDOK, SUDAN, "Sudanese Prime Minister Abdalla Hamdok"),
      ("LEADS", MADBOULY, EGYPT, "Prime Minister Mostafa Madbouly"),
      ("LEADS", KAMEL, EGINT, "Intelligence chief Abbas Kamel"),
      ("MEMBER_OF", RADI, EGPRES, "presidential spokesman Bassam Radi"),
      ("LEADS", BURHAN, SOV, "the head of Sudan's Sovereign Council"),
      ],
     {"source": AHRAM, "published": "2019-09-18"}),

    ("arOO4_burhan_hamdok_agreement_sudani", "ar",
     "البرهان وحمدوك يوقّعان الاتفاق السياسي.. ورئيس الوزراء يعود إلى منصبه\n"
     "الخرطوم: «السوداني»\n"
     "وقّع رئيس مجلس السيادة الفريق أول ركن عبد الفتاح البرهان ورئيس الوزراء الدكتور عبد الله حمدوك، ظهر أمس "
     "الأحد، بالقصر الجمهوري، على اتفاق سياسي من 14 بنداً يعيد حمدوك إلى منصبه، بحضور نائب رئيس مجلس السيادة "
     "الفريق أول محمد حمدان دقلو «حميدتي» وعدد من أعضاء المجلس وقادة الحركات المسلحة.\n"
     "وكان حمدوك قد وُضع قيد الإقامة الجبرية في منزله بحي كافوري منذ 25 أكتوبر، عندما أعلن البرهان حل مجلسي "
     "السيادة والوزراء وفرض حالة الطوارئ.\n"
     "وعلمت «السوداني» أن الاتفاق جاء بعد سلسلة لقاءات عقدها حمدوك في مقر إقامته مع رئيس بعثة يونيتامس فولكر "
     "بيرتس وعدد من السفراء الغربيين.\n"
     "وكان المبعوث الأميركي للقرن الأفريقي جيفري فيلتمان قد التقى البرهان وحمدوك ودقلو في اجتماع مشترك بالخرطوم "
     "يوم 24 أكتوبر، قبل ساعات من استيلاء الجيش على السلطة.\n"
     "في المقابل، رفض تحالف الحرية والتغيير الاتفاق ووصفه بأنه «شرعنة للانقلاب»، فيما خرجت مواكب في العاصمة "
     "تطالب بالحكم المدني الكامل.\n"
     "ومن المنتظر أن يلتقي حمدوك وفداً من لجان المقاومة خلال الأسبوع المقبل.",
     [("LEADS", BURHAN, SOV, "وقّع رئيس مجلس السيادة الفريق أول ركن"),
      ("MET_WITH", BURHAN, HAMDOK, "ورئيس الوزراء الدكتور عبد الله حمدوك، ظهر", "2021-11-21"),
      ("MET_WITH", HEMEDTI, BURHAN, "بحضور نائب رئيس مجلس السيادة", "2021-11-21"),
      ("MET_WITH", HEMEDTI, HAMDOK, "«حميدتي» وعدد من أعضاء", "2021-11-21"),
      ("MEMBER_OF", HEMEDTI, SOV, "نائب رئيس مجلس السيادة الفريق أول محمد حمدان"),
      ("MET_WITH", HAMDOK, PERTHES, "مع رئيس بعثة يونيتامس", "2021-11"),
      ("LEADS", PERTHES, UNITAMS, "رئيس بعثة يونيتامس فولكر"),
      # the joint meeting with Feltman: the three Sudanese pairs are already stated by the signing above
      ("MET_WITH", FELTMAN, BURHAN, "التقى البرهان وحمدوك", "2021-10-24"),
      ("MET_WITH", FELTMAN, HAMDOK, "وحمدوك ودقلو", "2021-10-24"),
      ("MET_WITH", FELTMAN, HEMEDTI, "ودقلو في اجتماع مشترك", "2021-10-24"),
      ],
     {"source": SUDANI, "published": "2021-11-22"}),

    ("enOO5_jeddah_talks_open_ap", "en",
     "Saudi Arabia hosts Sudan's warring sides for first talks as fighting rages\n"
     "JEDDAH, Saudi Arabia (AP) — Saudi Foreign Minister Prince Faisal bin Farhan met Saturday with envoys of "
     "Sudan's army and the paramilitary Rapid Support Forces in the Red Sea city of Jeddah, opening the first "
     "direct talks between the two sides since fighting erupted on April 15.\n"
     "The talks, brokered by Saudi Arabia and the United States, bring together representatives of army chief "
     "Gen. Abdel Fattah Burhan and RSF commander Gen. Mohammed Hamdan Dagalo, neither of whom traveled to the "
     "kingdom. U.S. Assistant Secretary of State for African Affairs Molly Phee attended the opening session, "
     "the State Department said.\n"
     "Secretary of State Antony Blinken spoke by phone with Prince Faisal on Friday to discuss the initiative, "
     "according to the department.\n"
     "The fighting has killed hundreds of people and turned residential districts of Khartoum and Omdurman into "
     "battlefields. An administrative attaché at the Egyptian Embassy, Mohamed al-Gharawi, was shot dead in "
     "Khartoum last month; Cairo did not say who fired.\n"
     "The army said its delegation would discuss only a humanitarian truce, not an end to the war. The RSF said "
     "it welcomed the talks but accused the military of violating earlier cease-fires.",
     [("MET_WITH", FAISAL, SAF, "met Saturday with envoys of Sudan's army", "2023-05-06"),
      ("MET_WITH", FAISAL, RSF, "and the paramilitary Rapid Support Forces in the Red Sea city", "2023-05-06"),
      ("MET_WITH", SAF, RSF, "opening the first direct talks between the two sides", "2023-05-06"),
      ("MET_WITH", PHEE, FAISAL, "Molly Phee attended the opening session", "2023-05-06"),
      ("MET_WITH", PHEE, SAF, "African Affairs Molly Phee", "2023-05-06"),
      ("MET_WITH", PHEE, RSF, "U.S. Assistant Secretary of State for", "2023-05-06"),
      ("LEADS", FAISAL, SAUFM, "Saudi Foreign Minister Prince Faisal bin Farhan"),
      ("LEADS", BURHAN, SAF, "army chief Gen. Abdel Fattah Burhan"),
      ("LEADS", HEMEDTI, RSF, "RSF commander Gen. Mohammed Hamdan Dagalo"),
      ("MEMBER_OF", PHEE, STATE, "Assistant Secretary of State for African Affairs"),
      ],
     {"source": AP, "published": "2023-05-06"}),

    ("arOO6_jeddah_resumed_asharq", "ar",
     "استئناف مفاوضات جدة بين الجيش السوداني و«الدعم السريع» بمشاركة «إيقاد»\n"
     "جدة: «الشرق الأوسط»\n"
     "استؤنفت في جدة، أمس، المفاوضات بين وفدي القوات المسلحة السودانية وقوات الدعم السريع، بتيسير سعودي - "
     "أميركي، وبمشاركة الهيئة الحكومية للتنمية (إيقاد) ممثلة أيضاً للاتحاد الأفريقي.\n"
     "والتقى نائب وزير الخارجية السعودي المهندس وليد الخريجي الوفدين في الجلسة الافتتاحية، بحضور السفير الأميركي "
     "لدى السودان جون غودفري، والأمين التنفيذي لـ«إيقاد» ورقنه قبيهو.\n"
     "وأكد الخريجي حرص المملكة على «وقف إطلاق النار وتخفيف معاناة الشعب السوداني الشقيق»، فيما شدد الجانب "
     "الأميركي على الالتزام بإعلان جدة الموقع في 11 مايو الماضي.\n"
     "ونفى مصدر في وفد الجيش لـ«الشرق الأوسط» ما تردد عن ترتيب لقاء مباشر بين الفريق أول عبد الفتاح البرهان "
     "والفريق أول محمد حمدان دقلو على هامش المحادثات.\n"
     "ومن المقرر أن يعقد الوفدان اليوم جلسة ثانية مخصصة للملف الإنساني.\n"
     "وفي سياق متصل، أجرى وزير الخارجية الأمير فيصل بن فرحان اتصالاً هاتفياً بنظيره الأميركي أنتوني بلينكن، "
     "بحثا خلاله تطورات الأوضاع في السودان.",
     [("MET_WITH", KHURAIJI, SAF, "الخريجي الوفدين في الجلسة الافتتاحية", "2023-10-29"),
      ("MET_WITH", KHURAIJI, RSF, "والتقى نائب وزير الخارجية السعودي", "2023-10-29"),
      ("MET_WITH", SAF, RSF, "المفاوضات بين وفدي القوات المسلحة", "2023-10-29"),
      ("MET_WITH", GODFREY, KHURAIJI, "بحضور السفير الأميركي", "2023-10-29"),
      ("MET_WITH", GODFREY, SAF, "لدى السودان جون غودفري", "2023-10-29"),
      ("MET_WITH", GODFREY, RSF, "السفير الأميركي لدى السودان", "2023-10-29"),
      ("MET_WITH", WORKNEH, KHURAIJI, "والأمين التنفيذي لـ«إيقاد»", "2023-10-29"),
      ("MET_WITH", WORKNEH, SAF, "ورقنه قبيهو", "2023-10-29"),
      ("MET_WITH", WORKNEH, RSF, "لـ«إيقاد» ورقنه", "2023-10-29"),
      ("LEADS", WORKNEH, IGAD, "الأمين التنفيذي لـ«إيقاد» ورقنه"),
      ("MEMBER_OF", KHURAIJI, SAUFM, "نائب وزير الخارجية السعودي المهندس"),
      ("LEADS", FAISAL, SAUFM, "وزير الخارجية الأمير فيصل"),
      ],
     {"source": SHARQ, "published": "2023-10-30"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOO")
