"""Blind set LE: the Sahel's coups and juntas, 2020-2024 (Mali, Niger, Burkina Faso), the envoys and
officials they received (ECOWAS mediators, American, Turkish, Russian and Algerian officials) and the
jihadist leaders killed by French forces, as an Arabic news site writes it (Al-Ain-like: "باماكو -
العين الإخبارية"), a Gulf Arabic daily ("نيامي - (وكالات):") and a BBC Arabic-like page (no dateline,
"يوليو/تموز"), and an African English-language wire ("NIAMEY (APA) -").
Pieces: Goita sworn in after the court named him in N'Daw's place, Choguel Maiga in Ouane's place, N'Daw
after Keita, Goodluck Jonathan's talks with Goita and with N'Daw and Ouane at Kati (Arabic); the ECOWAS
envoys Abdulsalami Abubakar and Touray meet Tchiani and then Bazoum, Tchiani after Bazoum, Nuland's talks
with Barmou, Zeine in Ouhoumoudou Mahamadou's place (English); Tiani receives Fidan, Guler and Kalin with
Zeine, Fidan meets Sangare, Bayraktar meets Barke, Guler after Akar and Kalin after Fidan (Arabic);
Traore sworn in in Damiba's place, Kyelem de Tambela after Albert Ouedraogo, Damiba after Kabore, the
ECOWAS mission of Issoufou, Touray and Barbosa to Traore (English); Yevkurov received by Tiani with the
defence minister Mody, Mody after Indattou, Yevkurov's earlier meetings with Traore and Goita, Lavrov's
talks with Diop and Goita (Arabic); France kills Adnan Abu Walid al-Sahrawi in a Barkhane drone strike,
Droukdel killed by French troops and succeeded by al-Annabi, Michon after Conruyt at Barkhane, Lamamra
received by Goita with Diop (English).
Excluded on purpose (no relation): Goita's phone call with Ghana's president and Keita's ouster (a coup is
no killing, and "overthrew" alone no succession) (LE1); the first ECOWAS mission that "left without seeing
either man" and Nuland, who "was not allowed to meet" Tchiani or Bazoum (LE2); Bazoum, whom the Turkish
delegation "did not meet" (LE3); Traore's phone call with Goita (LE4); Prigozhin, killed when his plane
crashed (LE5); the killing of the French aid workers and the US soldiers, "blamed on" the ISGS (LE6).
Judgement calls: the named members of a visiting delegation are paired with the host, with those present
on the host's side and with each other; those who "accompanied" the mediator are paired with him and with
his host (LE2, LE3, LE4); N'Daw and Ouane, met "together" at Kati, are paired with each other (LE1);
a junta leader sworn in or named head of state "in place of" / who "replaced" the ousted president
succeeds him (LE1, LE2, LE4), "seized power" alone is not annotated; "French forces have killed", as the
French president announced it, and "died in a drone strike by Operation Barkhane" give the victim -> the
French armed forces and -> Barkhane (LE6); "several of his aides were killed with him" names no one (LE6).
The attendees of the receptions (Zeine with the Turkish delegation, Mody with Yevkurov, Diop with
Lamamra), the day of Lamamra's Bamako visit, Goita's phone call with Accra and Traore's with Bamako, and
the Bayraktar-Barke meeting are filled in for the exercise; Yevkurov's Bamako meeting with Goita is
given without a date (LE5).
Spellings: "عاصمي غويتا", "باه انداو", "شوغل كوكالا مايغا", "إبراهيم أبو بكر كيتا" (LE1); "Abdourahamane
Tchiani", "Ali Mahaman Lamine Zeine", "Omar Alieu Touray" (LE2); "عبد الرحمن تشياني", "حقان فيدان",
"ياشار غولر", "إبراهيم كالين" (LE3); "Ibrahim Traoré", "Apollinaire Joachim Kyélem de Tambèla", "Roch
Kabore", "Omar Touray", "Assimi Goïta" (LE4); "يونس بيك يفكوروف", "إبراهيم تراوريه" (LE5); "Abu Ubaydah
Youssef al-Annabi", "Col. Assimi Goita" (LE6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_le import ALL  # noqa: E402

HERE = Path(__file__).parent

MALI, NIGER, BURKINA, FRANCE = "country:mali", "country:niger", "country:burkina-faso", "country:france"
MGOV, CNT, NCNSP, NGOV, NAF, ECOWAS, ECOWASC, BGOV, WAGNER, RUSMOD, AQIM, ISGS, FAF, BARKHANE, TRMIT = (
    "organization:malian-government", "organization:mali-national-transitional-council",
    "organization:niger-cnsp", "organization:niger-government", "organization:nigerien-armed-forces",
    "organization:ecowas", "organization:ecowas-commission", "organization:burkina-government",
    "organization:wagner-group", "organization:russian-defence-ministry", "organization:aqim",
    "organization:isgs", "organization:french-armed-forces", "organization:operation-barkhane",
    "organization:turkish-national-intelligence-organization")
NIGERIA = "country:nigeria"
TRFM, TRMOD, NFM, RUSFM, FRMOD, ALGFM, MALFM = (
    "organization:turkish-foreign-ministry", "organization:turkish-defence-ministry",
    "organization:niger-foreign-ministry", "organization:russian-foreign-ministry",
    "organization:french-defence-ministry", "organization:algerian-foreign-ministry",
    "organization:malian-foreign-ministry")
BAMAKO, KATI, NIAMEY, OUAGA = "location:bamako", "location:kati", "location:niamey", "location:ouagadougou"
GOITA, NDAW, OUANE, CHOGUEL, KEITA, JONATHAN, DIOP = (
    "person:assimi-goita", "person:bah-ndaw", "person:moctar-ouane", "person:choguel-kokalla-maiga",
    "person:ibrahim-boubacar-keita", "person:goodluck-jonathan", "person:abdoulaye-diop")
TIANI, BAZOUM, ABDULSALAMI, TOURAY, SOKOTO, ZEINE, OUHOUMOUDOU, TINUBU = (
    "person:abdourahamane-tiani", "person:mohamed-bazoum", "person:abdulsalami-abubakar",
    "person:omar-alieu-touray", "person:muhammad-saad-abubakar", "person:ali-lamine-zeine",
    "person:ouhoumoudou-mahamadou", "person:bola-tinubu")
FIDAN, GULER, KALIN, AKAR, SANGARE, BAYRAKTAR = (
    "person:hakan-fidan", "person:yasar-guler", "person:ibrahim-kalin", "person:hulusi-akar",
    "person:bakary-yaou-sangare", "person:alparslan-bayraktar")
TRAORE, DAMIBA, KABORE, KYELEM, ISSOUFOU, PRIGOZHIN = (
    "person:ibrahim-traore", "person:paul-henri-damiba", "person:roch-marc-christian-kabore",
    "person:apollinaire-kyelem-de-tambela", "person:mahamadou-issoufou", "person:yevgeny-prigozhin")
YEVKUROV, LAVROV, ADNAN, DROUKDEL, ANNABI, MACRON, PARLY, LAMAMRA = (
    "person:yunus-bek-yevkurov", "person:sergei-lavrov", "person:adnan-abu-walid-al-sahrawi",
    "person:abdelmalek-droukdel", "person:abu-ubaydah-yusuf-al-annabi", "person:emmanuel-macron",
    "person:florence-parly", "person:ramtane-lamamra")
# new to the tables
DIAW, NULAND, BARMOU, BARKE, AOUEDRAOGO, BARBOSA, MODY, INDATTOU, MICHON, CONRUYT = (
    "person:malick-diaw", "person:victoria-nuland", "person:moussa-salaou-barmou",
    "person:mahaman-moustapha-barke", "person:albert-ouedraogo", "person:suzi-carla-barbosa",
    "person:salifou-mody", "person:alkassoum-indattou", "person:laurent-michon", "person:marc-conruyt")


def _group(members: dict, date: str | None = None) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    out = []
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            out.append(("MET_WITH", a, b, members[b], date) if date else ("MET_WITH", a, b, members[b]))
    return out


_KATI = {JONATHAN: "ثم التقى انداو ووان معاً", NDAW: "ثم التقى انداو ووان معاً",
         OUANE: "ثم التقى انداو ووان معاً"}
_ENVOYS = {ABDULSALAMI: "led by former Nigerian head of state Abdulsalami Abubakar",
           TOURAY: "ECOWAS Commission President Omar Alieu Touray",
           TIANI: "held talks in Niamey on Saturday with Gen. Abdourahamane Tchiani"}
_TURKS = {TIANI: "استقبل رئيس المجلس الوطني لحماية الوطن", FIDAN: "وزير الخارجية حقان فيدان",
          GULER: "ووزير الدفاع ياشار غولر", KALIN: "ورئيس جهاز الاستخبارات إبراهيم كالين",
          ZEINE: "بحضور رئيس الوزراء علي محمد الأمين زين"}
_ISSOUFOU = {ISSOUFOU: "led by former Nigerien president Mahamadou Issoufou met",
             TRAORE: "led by former Nigerien president Mahamadou Issoufou met",
             TOURAY: "the president of the ECOWAS Commission, Omar Touray",
             BARBOSA: "Suzi Carla Barbosa"}
_YEVKUROV = {YEVKUROV: "حيث استقبله رئيس المجلس العسكري الحاكم", TIANI: "حيث استقبله رئيس المجلس العسكري الحاكم",
             MODY: "في حضور وزير الدفاع الجنرال ساليفو مودي"}
_LAMAMRA = {LAMAMRA: "was received by the transition president", GOITA: "was received by the transition president",
            DIOP: "in the presence of Foreign Minister Abdoulaye Diop"}

ARTICLES = [
    ("arLE1_goita_sworn_in_choguel", "ar",
     "غويتا يؤدي اليمين رئيساً انتقالياً لمالي ويكلّف شوغل مايغا برئاسة الحكومة\n"
     "باماكو - العين الإخبارية\n"
     "أدى العقيد عاصمي غويتا، الإثنين، اليمين الدستورية رئيساً للمرحلة الانتقالية في مالي، بعد أسبوعين من "
     "اعتقال الرئيس باه انداو ورئيس الوزراء مختار وان، وذلك بعدما أعلنته المحكمة الدستورية رئيساً خلفاً "
     "لانداو.\n"
     "وعقب أداء اليمين، أصدر غويتا مرسوماً بتعيين شوغل كوكالا مايغا، رئيس اللجنة الاستراتيجية لحركة 5 "
     "يونيو، رئيساً للوزراء بدلاً من وان.\n"
     "وكان انداو قد تولى الرئاسة الانتقالية في سبتمبر الماضي خلفاً للرئيس إبراهيم أبو بكر كيتا، الذي أطاح "
     "به العسكريون في أغسطس 2020، فيما شغل غويتا منصب نائب الرئيس.\n"
     "وكان وسيط مجموعة «إيكواس» الرئيس النيجيري الأسبق غودلاك جوناثان قد أجرى محادثات مع غويتا في باماكو "
     "الشهر الماضي، ثم التقى انداو ووان معاً في معسكر كاتي، حيث كانا محتجزَين.\n"
     "وقال رئيس المجلس الوطني الانتقالي الكولونيل مالك دياو إن المجلس سيعمل مع الحكومة الجديدة لإجراء "
     "الانتخابات في موعدها.\n"
     "وأجرى غويتا اتصالاً هاتفياً مع الرئيس الغاني نانا أكوفو-أدو، الرئيس الدوري لـ«إيكواس»، التي علّقت "
     "عضوية مالي في هيئاتها.",
     [("SUCCESSOR_OF", GOITA, NDAW, "رئيساً خلفاً لانداو", "2021-05-28"),
      ("LEADS", GOITA, MALI, "رئيساً للمرحلة الانتقالية في مالي"),
      ("SUCCESSOR_OF", CHOGUEL, OUANE, "رئيساً للوزراء بدلاً من وان", "2021-06-07"),
      ("LEADS", CHOGUEL, MGOV, "رئيساً للوزراء بدلاً من وان"),
      ("SUCCESSOR_OF", NDAW, KEITA, "خلفاً للرئيس إبراهيم أبو بكر كيتا", "2020-09"),
      ("MET_WITH", JONATHAN, GOITA, "قد أجرى محادثات مع غويتا في باماكو", "2021-05-25"),
      ("VISITED", JONATHAN, BAMAKO, "قد أجرى محادثات مع غويتا في باماكو", "2021-05-25"),
      ("VISITED", JONATHAN, KATI, "في معسكر كاتي", "2021-05"),
      ("LEADS", DIAW, CNT, "رئيس المجلس الوطني الانتقالي الكولونيل"),
      ] + _group(_KATI, "2021-05"),
     {"source": "blind set (Arabic news site, Al-Ain-like)", "published": "2021-06-07"}),

    ("enLE2_ecowas_envoys_tchiani_bazoum", "en",
     "ECOWAS envoys meet Niger junta leader Tchiani and detained Bazoum\n"
     "NIAMEY (APA) - A delegation of the Economic Community of West African States led by former Nigerian "
     "head of state Abdulsalami Abubakar and including ECOWAS Commission President Omar Alieu Touray held "
     "talks in Niamey on Saturday with Gen. Abdourahamane Tchiani, who seized power on July 26 and replaced "
     "Mohamed Bazoum as head of state.\n"
     "The envoys later met Bazoum, who has been held with his wife and son at the presidential palace since "
     "the coup.\n"
     "A first mission, led by Abubakar and the Sultan of Sokoto on August 3, left Niamey after a few hours "
     "without seeing either man.\n"
     "Earlier this month, U.S. Acting Deputy Secretary of State Victoria Nuland held what she called "
     "\"extremely frank\" talks in Niamey with Brig. Gen. Moussa Salaou Barmou, the junta's new army chief of "
     "staff, but was not allowed to meet Tchiani or Bazoum.\n"
     "The junta has named former finance minister Ali Mahaman Lamine Zeine prime minister in place of "
     "Ouhoumoudou Mahamadou, who was abroad at the time of the coup.\n"
     "ECOWAS chairman Bola Tinubu, Nigeria's president, has said military intervention remains an option.",
     _group(_ENVOYS, "2023-08-19") + [
      ("SUCCESSOR_OF", TIANI, BAZOUM, "replaced Mohamed Bazoum as head of state", "2023-07-26"),
      ("LEADS", TIANI, NIGER, "replaced Mohamed Bazoum as head of state"),
      ("LEADS", TOURAY, ECOWASC, "ECOWAS Commission President Omar Alieu Touray"),
      ("VISITED", ABDULSALAMI, NIAMEY, "held talks in Niamey on Saturday", "2023-08-19"),
      ("VISITED", TOURAY, NIAMEY, "held talks in Niamey on Saturday", "2023-08-19"),
      ("MET_WITH", ABDULSALAMI, BAZOUM, "The envoys later met Bazoum", "2023-08-19"),
      ("MET_WITH", TOURAY, BAZOUM, "The envoys later met Bazoum", "2023-08-19"),
      ("MET_WITH", NULAND, BARMOU, "talks in Niamey with Brig. Gen. Moussa Salaou Barmou", "2023-08-07"),
      ("VISITED", NULAND, NIAMEY, "talks in Niamey with Brig. Gen. Moussa Salaou Barmou", "2023-08-07"),
      ("LEADS", BARMOU, NAF, "the junta's new army chief of"),
      ("SUCCESSOR_OF", ZEINE, OUHOUMOUDOU, "prime minister in place of", "2023-08-07"),
      ("LEADS", ZEINE, NGOV, "prime minister in place of"),
      ("LEADS", TINUBU, ECOWAS, "ECOWAS chairman Bola Tinubu"),
      ("LEADS", TINUBU, NIGERIA, "Nigeria's president, has said"),
      ],
     {"source": "blind set (African English-language wire)", "published": "2023-08-20"}),

    ("arLE3_turkish_delegation_niamey", "ar",
     "تشياني يستقبل وفداً تركياً رفيعاً في نيامي\n"
     "نيامي - (وكالات):\n"
     "استقبل رئيس المجلس الوطني لحماية الوطن في النيجر الجنرال عبد الرحمن تشياني، الأربعاء في نيامي، وفداً "
     "تركياً رفيع المستوى ضم وزير الخارجية حقان فيدان ووزير الدفاع ياشار غولر ورئيس جهاز الاستخبارات إبراهيم "
     "كالين، بحضور رئيس الوزراء علي محمد الأمين زين.\n"
     "وتناولت المباحثات، وفق بيان للرئاسة النيجرية، التعاون في مجالات الدفاع والطاقة والتعدين ومكافحة "
     "الإرهاب.\n"
     "وفي وقت لاحق، التقى فيدان نظيره النيجري بكاري ياو سانغاري، فيما بحث وزير الطاقة التركي ألب أرسلان "
     "بيرقدار مع وزير النفط ماهامان موستافا باركي فرص التنقيب عن النفط.\n"
     "وكان غولر قد تسلّم حقيبة الدفاع في يونيو 2023 خلفاً لخلوصي أكار، فيما عُيّن كالين على رأس الاستخبارات "
     "بدلاً من فيدان حين انتقل الأخير إلى وزارة الخارجية.\n"
     "ولم يلتق الوفد الرئيس المعزول محمد بازوم، المحتجز منذ انقلاب يوليو 2023.\n"
     "وتأتي الزيارة بعد أشهر من انسحاب القوات الفرنسية من النيجر وبدء انسحاب القوات الأمريكية، في وقت توسع "
     "فيه أنقرة حضورها في منطقة الساحل.",
     _group(_TURKS, "2024-07-17") + [
      ("LEADS", TIANI, NCNSP, "استقبل رئيس المجلس الوطني لحماية الوطن"),
      ("LEADS", ZEINE, NGOV, "بحضور رئيس الوزراء علي محمد الأمين زين"),
      ("VISITED", FIDAN, NIAMEY, "الأربعاء في نيامي", "2024-07-17"),
      ("VISITED", GULER, NIAMEY, "الأربعاء في نيامي", "2024-07-17"),
      ("VISITED", KALIN, NIAMEY, "الأربعاء في نيامي", "2024-07-17"),
      ("MET_WITH", FIDAN, SANGARE, "التقى فيدان نظيره النيجري", "2024-07-17"),
      ("MET_WITH", BAYRAKTAR, BARKE, "مع وزير النفط ماهامان موستافا باركي", "2024-07-17"),
      ("SUCCESSOR_OF", GULER, AKAR, "خلفاً لخلوصي أكار", "2023-06"),
      ("SUCCESSOR_OF", KALIN, FIDAN, "بدلاً من فيدان حين انتقل", "2023-06"),
      ("LEADS", KALIN, TRMIT, "عُيّن كالين على رأس الاستخبارات"),
      ("LEADS", FIDAN, TRFM, "وزير الخارجية حقان فيدان"),
      ("LEADS", GULER, TRMOD, "ووزير الدفاع ياشار غولر"),
      ("LEADS", SANGARE, NFM, "نظيره النيجري بكاري ياو سانغاري"),
      ],
     {"source": "blind set (Gulf Arabic daily)", "published": "2024-07-18"}),

    ("enLE4_traore_sworn_in_kyelem", "en",
     "Burkina Faso's Traoré sworn in as transitional president, names Kyélem de Tambèla prime minister\n"
     "OUAGADOUGOU (APA) - Capt. Ibrahim Traoré was sworn in on Friday as Burkina Faso's transitional "
     "president in place of Lt. Col. Paul-Henri Damiba, whom he ousted three weeks ago, and later appointed "
     "the lawyer Apollinaire Joachim Kyélem de Tambèla prime minister, replacing Albert Ouédraogo.\n"
     "The 34-year-old captain, designated by a national forum last week, took the oath before the "
     "Constitutional Council in Ouagadougou.\n"
     "Damiba, who had himself replaced Roch Kabore as head of state after the January coup, resigned on "
     "October 2 and left for Togo.\n"
     "Earlier this month an ECOWAS mission led by former Nigerien president Mahamadou Issoufou met Traoré in "
     "the capital. Issoufou was accompanied by the president of the ECOWAS Commission, Omar Touray, and by "
     "Guinea-Bissau's foreign minister, Suzi Carla Barbosa.\n"
     "\"We are satisfied with our discussions,\" Issoufou said after the talks, adding that the captain had "
     "agreed to keep to July 2024 for a return to civilian rule.\n"
     "Traoré also spoke by telephone with Mali's transitional president, Assimi Goïta. Wagner chief Yevgeny "
     "Prigozhin hailed the coup.",
     [("SUCCESSOR_OF", TRAORE, DAMIBA, "president in place of Lt. Col. Paul-Henri Damiba", "2022-10-21"),
      ("LEADS", TRAORE, BURKINA, "sworn in on Friday as Burkina Faso's transitional"),
      ("SUCCESSOR_OF", KYELEM, AOUEDRAOGO, "replacing Albert Ouédraogo", "2022-10-21"),
      ("LEADS", KYELEM, BGOV, "replacing Albert Ouédraogo"),
      ("SUCCESSOR_OF", DAMIBA, KABORE, "had himself replaced Roch Kabore as head of state", "2022-01"),
      ("LEADS", TOURAY, ECOWASC, "the president of the ECOWAS Commission, Omar Touray"),
      ("LEADS", GOITA, MALI, "Mali's transitional president, Assimi"),
      ("LEADS", PRIGOZHIN, WAGNER, "Wagner chief Yevgeny"),
      ] + _group(_ISSOUFOU, "2022-10-04"),
     {"source": "blind set (African English-language wire)", "published": "2022-10-22"}),

    ("arLE5_yevkurov_niamey", "ar",
     "نائب وزير الدفاع الروسي يبحث مع تياني التعاون العسكري في نيامي\n"
     "وصل وفد عسكري روسي برئاسة نائب وزير الدفاع يونس بيك يفكوروف إلى نيامي، حيث استقبله رئيس المجلس "
     "العسكري الحاكم في النيجر الجنرال عبد الرحمن تياني، في حضور وزير الدفاع الجنرال ساليفو مودي.\n"
     "وقالت وزارة الدفاع النيجرية إن الطرفين وقّعا وثائق لتعزيز التعاون العسكري، في أول زيارة لمسؤول روسي "
     "رفيع منذ الانقلاب الذي أطاح بالرئيس محمد بازوم في يوليو/تموز.\n"
     "وكان مودي قد عُيّن وزيراً للدفاع بعد الانقلاب خلفاً للقاسم إنداتو.\n"
     "وتأتي الزيارة بعد أيام من إعلان النيجر إنهاء مهمتين أمنيتين للاتحاد الأوروبي على أراضيها.\n"
     "ويقوم يفكوروف بجولات متتالية في دول الساحل، إذ زار في أغسطس/آب واغادوغو، والتقى خلالها الرئيس "
     "الانتقالي إبراهيم تراوريه، كما اجتمع بالرئيس المالي عاصيمي غويتا في باماكو.\n"
     "وكان وزير الخارجية الروسي سيرغي لافروف قد زار مالي في فبراير/شباط، وأجرى محادثات مع نظيره عبد الله "
     "ديوب، قبل أن يستقبله غويتا.\n"
     "وتزامنت أولى جولات يفكوروف في المنطقة مع مقتل زعيم مجموعة فاغنر يفغيني بريغوجين في تحطم طائرته شمال "
     "غربي موسكو.",
     _group(_YEVKUROV, "2023-12-04") + [
      ("LEADS", YEVKUROV, RUSMOD, "نائب وزير الدفاع يونس بيك يفكوروف"),
      ("VISITED", YEVKUROV, NIAMEY, "إلى نيامي، حيث", "2023-12-04"),
      ("LEADS", TIANI, NIGER, "رئيس المجلس العسكري الحاكم في النيجر"),
      ("SUCCESSOR_OF", MODY, INDATTOU, "خلفاً للقاسم إنداتو", "2023-07"),
      ("VISITED", YEVKUROV, OUAGA, "زار في أغسطس/آب واغادوغو", "2023-08"),
      ("MET_WITH", YEVKUROV, TRAORE, "والتقى خلالها الرئيس", "2023-08"),
      ("MET_WITH", YEVKUROV, GOITA, "كما اجتمع بالرئيس المالي", "2023"),
      ("LEADS", GOITA, MALI, "بالرئيس المالي عاصيمي غويتا"),
      ("VISITED", YEVKUROV, BAMAKO, "كما اجتمع بالرئيس المالي", "2023"),
      ("VISITED", LAVROV, MALI, "قد زار مالي في فبراير", "2023-02-07"),
      ("MET_WITH", LAVROV, DIOP, "وأجرى محادثات مع نظيره عبد الله", "2023-02-07"),
      ("MET_WITH", LAVROV, GOITA, "قبل أن يستقبله غويتا", "2023-02-07"),
      ("LEADS", PRIGOZHIN, WAGNER, "زعيم مجموعة فاغنر"),
      ("LEADS", LAVROV, RUSFM, "وزير الخارجية الروسي سيرغي لافروف"),
      ],
     {"source": "blind set (Arabic news site, BBC Arabic-like)", "published": "2023-12-05"}),

    ("enLE6_france_kills_adnan_sahrawi", "en",
     "France says it killed Islamic State's Sahel leader Adnan Abu Walid al-Sahrawi\n"
     "ABIDJAN (APA) - French forces have killed Adnan Abu Walid al-Sahrawi, the leader of the Islamic State "
     "in the Greater Sahara (ISGS), President Emmanuel Macron announced late on Wednesday, calling it \"another major "
     "success in our fight against terrorist groups in the Sahel\".\n"
     "Armed Forces Minister Florence Parly said the jihadist leader had died in a drone strike by Operation "
     "Barkhane in August, near the border between Mali and Niger, and that several of his aides were killed "
     "with him.\n"
     "The ISGS is blamed for the killing of six French aid workers in Niger last year and for a 2017 ambush "
     "that killed four US soldiers.\n"
     "In June 2020 French troops killed Abdelmalek Droukdel, the head of al-Qaeda in the Islamic Maghreb, in "
     "northern Mali. AQIM named Abu Ubaydah Youssef al-Annabi as his successor five months later.\n"
     "Gen. Laurent Michon, who took over command of Barkhane from Gen. Marc Conruyt in August, said the "
     "operation would continue as France reduces its troop numbers.\n"
     "In Bamako, Algeria's Foreign Minister Ramtane Lamamra was received by the transition president, Col. "
     "Assimi Goita, in the presence of Foreign Minister Abdoulaye Diop.",
     [("ASSASSINATED_BY", ADNAN, FAF, "French forces have killed", "2021-08"),
      ("LEADS", ADNAN, ISGS, "the leader of the Islamic State in the Greater Sahara"),
      ("LEADS", MACRON, FRANCE, "President Emmanuel Macron announced"),
      ("ASSASSINATED_BY", ADNAN, BARKHANE, "had died in a drone strike by Operation", "2021-08"),
      ("ASSASSINATED_BY", DROUKDEL, FAF, "French troops killed Abdelmalek Droukdel", "2020-06-03"),
      ("LEADS", DROUKDEL, AQIM, "the head of al-Qaeda in the Islamic Maghreb"),
      ("SUCCESSOR_OF", ANNABI, DROUKDEL, "as his successor five months later", "2020-11"),
      ("LEADS", ANNABI, AQIM, "as his successor five months later"),
      ("SUCCESSOR_OF", MICHON, CONRUYT, "who took over command of Barkhane from", "2021-08"),
      ("LEADS", MICHON, BARKHANE, "who took over command of Barkhane from"),
      ("VISITED", LAMAMRA, BAMAKO, "In Bamako, Algeria's Foreign Minister", "2021-09"),
      ("LEADS", GOITA, MALI, "the transition president, Col"),
      ("LEADS", PARLY, FRMOD, "Armed Forces Minister Florence Parly"),
      ("LEADS", LAMAMRA, ALGFM, "Algeria's Foreign Minister Ramtane Lamamra"),
      ("LEADS", DIOP, MALFM, "in the presence of Foreign Minister Abdoulaye Diop"),
      ] + _group(_LAMAMRA, "2021-09"),
     {"source": "blind set (African English-language wire)", "published": "2021-09-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLE")
