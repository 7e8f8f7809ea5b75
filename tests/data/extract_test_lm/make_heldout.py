"""Blind set LM: Sudan's war and its mediators, 2023-2025, as a Saudi London Arabic daily writes it (Asharq
Al-Awsat-like: "بورتسودان: «الشرق الأوسط»", "مايو (أيار)"), as a Sudanese Arabic news site writes it (Sudan
Tribune-like: "أسمرا – سودان تربيون"), as an East African English daily writes it ("By Our Correspondent",
"Mr Youssouf") and as an international wire writes it ("GENEVA (Reuters) -", "U.S.").
Pieces: Kamil Idris receives Waleed Elkhereiji in Port Sudan with Mohieldin Salem and Khalid al-Aiser,
Elkhereiji then meets Burhan, Idris after the acting Dafallah al-Haj Ali, who followed Osman Hussein
(Arabic); the Geneva talks: Perriello received by Cassis, the RSF delegation of Omar Hamdan with Perriello
and Lamamra, Perriello's Jeddah meeting with Abu Namu (English wire); Burhan received by Isaias Afwerki in
Asmara, the enlarged session with Osman Saleh, Yemane Gebreab, Ibrahim Jaber and Ahmed Mufaddal, Mufaddal
after Jamal Abdelmajid (Arabic); the AU summit: Youssouf after Moussa Faki, Taye after Sahle-Work, Gedion
after Taye, Ibn Chambas's talks with Burhan and, apart, Osman Hussein (English); Burhan receives Badr
Abdelatty with Hassan Rashad, Ali Youssef and the ambassador Hany Salah, Abdelatty then meets Osman Hussein,
Rashad after Abbas Kamel (Arabic); Burhan in Juba with Kiir, Ali al-Sadiq and James Pitia Morgan, Morgan
after Mayiik Ayii Deng, the El Alamein meeting with al-Sisi, Khamis Abakar killed by RSF fighters (English
wire).
Excluded on purpose (no relation): Idris's visit to Cairo "postponed" (LM1); the Port Sudan meeting of
Perriello with Burhan that was "called off", and the Gebeit drone attack "the army blamed on the RSF"
(unnamed victims, an accusation) (LM2); Abiy's invitation to Addis Ababa, a planned visit (LM3); Ruto's
hosting of the RSF's allies, which Port Sudan "accused" Kenya of (LM4); Erdogan's phone call to Burhan (LM5);
Kiir's offer to host a Burhan-Dagalo meeting, which "has not taken place" (LM6).
Judgement calls: a closed session followed by an enlarged session pairs the two presidents and all the
named members of both delegations (LM3); "held talks with Gen Burhan and, separately, with acting Prime
Minister Osman Hussein" pairs the envoy with each, not the two Sudanese (LM4); the ambassador named among
those "present" is paired with everyone (LM5); "abducted and killed by RSF fighters" is a killing with the
RSF as agent (LM6); the acting Dafallah al-Haj Ali succeeds and is succeeded (LM1). Who attended the
meetings (al-Aiser, Cassis, Lamamra at the RSF meeting, the Asmara and Port Sudan sessions, James Pitia
Morgan in Juba) and the dates of the Elkhereiji, Asmara and Abdelatty visits are filled in for the exercise.
Spellings: "كامل الطيب إدريس", "وليد بن عبد الكريم الخريجي" (LM1); "Mohamed Bashir Abunumu",
"Ramtane Lamamra" (LM2); "إسياس أفورقي" and "يماني قبرآب" (LM3); "Moussa Faki", "Abdel-Fattah al-Burhan",
"Taye Atske-Selassie" (LM4); "بدر عبد العاطي", "علي يوسف الشريف" (LM5); "Ali al-Sadig", "Khamis Abbakar"
(LM6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_lm import ALL  # noqa: E402

HERE = Path(__file__).parent

RSF, SAF, SOVC, SDGOV, SDGIS, AUC, AUPANEL, EGGIS = (
    "organization:rapid-support-forces", "organization:sudanese-armed-forces", "organization:sudan-sovereignty-council",
    "organization:sudanese-government", "organization:sudanese-general-intelligence",
    "organization:african-union-commission", "organization:au-high-level-panel-sudan",
    "organization:egyptian-general-intelligence")
PORTSUDAN, ASMARA, JUBA, GENEVA, JEDDAH, ALAMEIN, ADDIS = (
    "location:port-sudan", "location:asmara", "location:juba", "location:geneva", "location:jeddah",
    "location:el-alamein", "location:addis-ababa")
BURHAN, IDRIS, KHURAIJI, MSALEM, AISER, DAFALLAH, OHUSSEIN = (
    "person:abdel-fattah-al-burhan", "person:kamil-idris", "person:waleed-al-khuraiji", "person:mohieldin-salem",
    "person:khalid-al-aiser", "person:dafallah-al-haj-ali", "person:osman-hussein")
PERRIELLO, CASSIS, OHAMDAN, LAMAMRA, ABUNAMU = (
    "person:tom-perriello", "person:ignazio-cassis", "person:omar-hamdan", "person:ramtane-lamamra",
    "person:mohamed-bashir-abu-namu")
ISAIAS, OSALEH, YEMANE, IJABER, MUFADDAL, JABDELMAJID = (
    "person:isaias-afwerki", "person:osman-saleh", "person:yemane-gebreab", "person:ibrahim-jaber",
    "person:ahmed-mufaddal", "person:jamal-abdelmajid")
YOUSSOUF, FAKI, TAYE, SAHLE, GEDION, CHAMBAS = (
    "person:mahmoud-ali-youssouf", "person:moussa-faki-mahamat", "person:taye-atske-selassie",
    "person:sahle-work-zewde", "person:gedion-timothewos", "person:mohamed-ibn-chambas")
ABDELATTY, RASHAD, ALIYOUSSEF, HSALAH, KAMEL = (
    "person:badr-abdelatty", "person:hassan-rashad", "person:ali-youssef-al-sharif", "person:hany-salah",
    "person:abbas-kamel")
KIIR, ALISADIQ, PITIA, MAYIIK, SISI, ABAKAR = (
    "person:salva-kiir", "person:ali-al-sadiq", "person:james-pitia-morgan", "person:mayiik-ayii-deng",
    "person:abdel-fattah-al-sisi", "person:khamis-abakar")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_IDRIS = {IDRIS: "استقبل رئيس الوزراء السوداني", KHURAIJI: "نائب وزير الخارجية السعودي المهندس",
          MSALEM: "بحضور وزير الخارجية محيي الدين سالم", AISER: "ووزير الثقافة والإعلام خالد الأعيسر"}
_GENEVA_RSF = {OHAMDAN: "led by Omar Hamdan", PERRIELLO: "including Perriello and", LAMAMRA: "the U.N. envoy Ramtane"}
_ASMARA = {ISAIAS: "استقبل الرئيس الإريتري", BURHAN: "رئيسَ مجلس السيادة الانتقالي",
           OSALEH: "وزير الخارجية عثمان صالح", YEMANE: "والمستشار الرئاسي يماني قبرآب",
           IJABER: "عضو مجلس السيادة الفريق أول إبراهيم جابر", MUFADDAL: "ومدير جهاز المخابرات العامة الفريق أول"}
_CAIRO = {BURHAN: "استقبل رئيس مجلس السيادة", ABDELATTY: "وزير الخارجية المصري بدر",
          RASHAD: "رئيس المخابرات العامة المصرية اللواء حسن رشاد", ALIYOUSSEF: "وزير الخارجية علي يوسف الشريف",
          HSALAH: "والسفير المصري لدى السودان هاني صلاح"}
_JUBA = {BURHAN: "held talks with South Sudan's President", KIIR: "held talks with South Sudan's President",
         ALISADIQ: "acting Foreign Minister Ali al-Sadig", PITIA: "newly appointed Foreign Minister James Pitia Morgan"}

ARTICLES = [
    ("arLM1_idris_elkhereiji_portsudan", "ar",
     "رئيس الوزراء السوداني يتسلم رسالة سعودية ويؤكد التمسك بـ«منبر جدة»\n"
     "بورتسودان: «الشرق الأوسط»\n"
     "استقبل رئيس الوزراء السوداني كامل الطيب إدريس، الثلاثاء، في مكتبه ببورتسودان، نائب وزير الخارجية "
     "السعودي المهندس وليد بن عبد الكريم الخريجي والوفد المرافق له، بحضور وزير الخارجية محيي الدين سالم، "
     "ووزير الثقافة والإعلام خالد الأعيسر.\n"
     "ونقل الضيف السعودي إلى إدريس رسالة من القيادة السعودية تتعلق بجهود إنهاء الحرب وإيصال المساعدات.\n"
     "والتقى الخريجي في وقت لاحق رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان، الذي أكد لدى استقباله "
     "المسؤول السعودي أن «منبر جدة» يظل الإطار المقبول للتفاوض.\n"
     "ويأتي ذلك بعد نحو ثلاثة أشهر من أداء إدريس، المدير العام الأسبق للمنظمة العالمية للملكية الفكرية، "
     "اليمين رئيساً للوزراء في مايو (أيار) الماضي، خلفاً لدفع الله الحاج علي الذي كان يشغل المنصب بالتكليف، "
     "بعدما حلّ الأخير بدوره محل عثمان حسين في أبريل (نيسان).\n"
     "وكان إدريس قد أرجأ زيارة كانت مقررة إلى القاهرة الأسبوع الماضي، من دون إعلان أسباب التأجيل.",
     _group(_IDRIS, "2025-08-26") + [
      ("VISITED", KHURAIJI, PORTSUDAN, "في مكتبه ببورتسودان", "2025-08-26"),
      ("LEADS", IDRIS, SDGOV, "استقبل رئيس الوزراء السوداني"),
      ("MET_WITH", KHURAIJI, BURHAN, "والتقى الخريجي في وقت لاحق", "2025-08-26"),
      ("LEADS", BURHAN, SOVC, "رئيس مجلس السيادة الفريق أول"),
      ("SUCCESSOR_OF", IDRIS, DAFALLAH, "خلفاً لدفع الله الحاج علي", "2025-05"),
      ("SUCCESSOR_OF", DAFALLAH, OHUSSEIN, "حلّ الأخير بدوره محل عثمان حسين", "2025-04"),
      ],
     {"source": "blind set (Saudi London Arabic daily)", "published": "2025-08-27"}),

    ("enLM2_geneva_talks", "en",
     "U.S.-led Sudan talks open in Switzerland without the army\n"
     "GENEVA (Reuters) - U.S.-led talks aimed at ending Sudan's 16-month war opened in Switzerland on "
     "Wednesday without the Sudanese army, as mediators said they would press ahead with efforts to secure a "
     "ceasefire and humanitarian access.\n"
     "U.S. special envoy Tom Perriello was received on Tuesday by Swiss Foreign Minister Ignazio Cassis, whose "
     "government is co-hosting the talks with Saudi Arabia.\n"
     "A delegation of the Rapid Support Forces, led by Omar Hamdan, met the mediators on Wednesday, including "
     "Perriello and the U.N. envoy Ramtane Lamamra, a source familiar with the talks said.\n"
     "Over the weekend Perriello held talks in Jeddah with a government delegation headed by Minerals Minister "
     "Mohamed Bashir Abunumu, but they failed to agree on the army's participation. A meeting between Perriello "
     "and army chief Abdel Fattah al-Burhan in Port Sudan was later called off.\n"
     "Burhan has said his forces will not join the talks while the RSF occupies homes. Late last month a drone "
     "attack on a military graduation ceremony in Gebeit that Burhan attended killed five people; the army "
     "blamed the RSF.",
     [("MET_WITH", PERRIELLO, CASSIS, "was received on Tuesday by Swiss Foreign Minister", "2024-08-13")]
     + _group(_GENEVA_RSF, "2024-08-14") + [
      ("LEADS", OHAMDAN, RSF, "led by Omar Hamdan"),
      ("LEADS", BURHAN, SAF, "army chief Abdel Fattah al-Burhan in Port Sudan"),
      ("MET_WITH", PERRIELLO, ABUNAMU, "held talks in Jeddah with a government delegation", "2024-08-10"),
      ("VISITED", PERRIELLO, JEDDAH, "held talks in Jeddah with a government delegation", "2024-08-10"),
      ],
     {"source": "blind set (international wire, English)", "published": "2024-08-14"}),

    ("arLM3_burhan_isaias_asmara", "ar",
     "البرهان في أسمرا.. وأفورقي يجدد دعمه لـ«مؤسسات الدولة السودانية»\n"
     "أسمرا – سودان تربيون\n"
     "استقبل الرئيس الإريتري إسياس أفورقي، الأحد، رئيسَ مجلس السيادة الانتقالي القائد العام للجيش الفريق أول "
     "عبد الفتاح البرهان، لدى وصوله إلى العاصمة أسمرا في زيارة تستغرق يومين.\n"
     "وعقد الرئيسان جلسة مباحثات مغلقة، أعقبتها جلسة موسعة شارك فيها عن الجانب الإريتري وزير الخارجية عثمان "
     "صالح والمستشار الرئاسي يماني قبرآب، وعن الجانب السوداني عضو مجلس السيادة الفريق أول إبراهيم جابر "
     "ومدير جهاز المخابرات العامة الفريق أول أحمد إبراهيم مفضل.\n"
     "ومفضل، الذي تولى قيادة الجهاز خلفاً للفريق جمال عبد المجيد، يُعد من أقرب معاوني البرهان.\n"
     "وقال بيان لمجلس السيادة إن المباحثات تناولت أمن البحر الأحمر والتنسيق على الحدود المشتركة.\n"
     "وكان البرهان قد تلقى دعوة من رئيس الوزراء الإثيوبي آبي أحمد لزيارة أديس أبابا، من المنتظر أن تتم "
     "في وقت لاحق.",
     _group(_ASMARA, "2025-01-26") + [
      ("VISITED", BURHAN, ASMARA, "لدى وصوله إلى العاصمة أسمرا", "2025-01-26"),
      ("LEADS", BURHAN, SOVC, "رئيسَ مجلس السيادة الانتقالي"),
      ("LEADS", BURHAN, SAF, "القائد العام للجيش"),
      ("MEMBER_OF", IJABER, SOVC, "عضو مجلس السيادة الفريق أول إبراهيم جابر"),
      ("LEADS", MUFADDAL, SDGIS, "ومدير جهاز المخابرات العامة الفريق أول"),
      ("SUCCESSOR_OF", MUFADDAL, JABDELMAJID, "خلفاً للفريق جمال عبد المجيد", "2022"),
      ("LEADS", JABDELMAJID, SDGIS, "تولى قيادة الجهاز خلفاً للفريق"),
      ],
     {"source": "blind set (Sudanese news site, Arabic)", "published": "2025-01-26"}),

    ("enLM4_au_summit_youssouf", "en",
     "Youssouf takes over at AU as Sudan war tops summit agenda\n"
     "By Our Correspondent\n"
     "Djibouti's long-serving foreign minister Mahmoud Ali Youssouf was elected chairperson of the African "
     "Union Commission in Addis Ababa on Saturday, succeeding Chad's Moussa Faki, whose second term ended.\n"
     "Mr Youssouf inherits a Sudan file that has defeated every mediator. Sudan has been suspended from the "
     "bloc since the 2021 coup, and Port Sudan has accused Kenya of hosting allies of the RSF in Nairobi.\n"
     "Mohamed Ibn Chambas, who chairs the AU High-Level Panel on Sudan, told the summit that he had visited "
     "Port Sudan last month and held talks with Gen Abdel-Fattah al-Burhan and, separately, with acting Prime "
     "Minister Osman Hussein.\n"
     "The host country also has new faces at the top. Taye Atske-Selassie, a former foreign minister, became "
     "Ethiopia's president in October in place of Sahle-Work Zewde, while Gedion Timothewos replaced him at the "
     "foreign ministry.",
     [("SUCCESSOR_OF", YOUSSOUF, FAKI, "succeeding Chad's Moussa Faki", "2025-02-15"),
      ("LEADS", YOUSSOUF, AUC, "was elected chairperson of the African"),
      ("LEADS", CHAMBAS, AUPANEL, "who chairs the AU High-Level Panel"),
      ("MET_WITH", CHAMBAS, BURHAN, "held talks with Gen Abdel-Fattah", "2025-01"),
      ("MET_WITH", CHAMBAS, OHUSSEIN, "separately, with acting Prime", "2025-01"),
      ("VISITED", CHAMBAS, PORTSUDAN, "he had visited Port Sudan last month", "2025-01"),
      ("LEADS", OHUSSEIN, SDGOV, "separately, with acting Prime"),
      ("SUCCESSOR_OF", TAYE, SAHLE, "in place of Sahle-Work Zewde", "2024-10"),
      ("SUCCESSOR_OF", GEDION, TAYE, "Gedion Timothewos replaced him", "2024-10"),
      ],
     {"source": "blind set (East African daily, English)", "published": "2025-02-16"}),

    ("arLM5_burhan_abdelatty_portsudan", "ar",
     "البرهان يستقبل وزير الخارجية المصري ورئيس المخابرات في بورتسودان\n"
     "بورتسودان: «الشرق الأوسط»\n"
     "استقبل رئيس مجلس السيادة السوداني عبد الفتاح البرهان، أمس، في بورتسودان، وزير الخارجية المصري بدر عبد "
     "العاطي، ورئيس المخابرات العامة المصرية اللواء حسن رشاد، في زيارة لم يُعلن عنها مسبقاً.\n"
     "وحضر اللقاء وزير الخارجية علي يوسف الشريف، والسفير المصري لدى السودان هاني صلاح.\n"
     "وتسلّم البرهان من الوزير المصري رسالة من الرئيس عبد الفتاح السيسي تؤكد «دعم مصر الكامل لمؤسسات الدولة "
     "السودانية».\n"
     "كما التقى عبد العاطي رئيسَ الوزراء المكلف عثمان حسين، وبحث معه ترتيبات إعادة الإعمار.\n"
     "ويُعد رشاد، الذي خلف اللواء عباس كامل على رأس الجهاز في أكتوبر (تشرين الأول)، من أبرز المسؤولين "
     "المصريين المعنيين بالملف السوداني.\n"
     "وتأتي الزيارة بعد أيام من اتصال هاتفي تلقاه البرهان من الرئيس التركي رجب طيب أردوغان، عرض فيه وساطة "
     "أنقرة بين السودان والإمارات.",
     _group(_CAIRO, "2024-12-17") + [
      ("VISITED", ABDELATTY, PORTSUDAN, "أمس، في بورتسودان، وزير الخارجية", "2024-12-17"),
      ("VISITED", RASHAD, PORTSUDAN, "أمس، في بورتسودان، وزير الخارجية", "2024-12-17"),
      ("LEADS", BURHAN, SOVC, "استقبل رئيس مجلس السيادة"),
      ("LEADS", RASHAD, EGGIS, "رئيس المخابرات العامة المصرية اللواء حسن رشاد"),
      ("MET_WITH", ABDELATTY, OHUSSEIN, "كما التقى عبد العاطي", "2024-12-17"),
      ("LEADS", OHUSSEIN, SDGOV, "رئيسَ الوزراء المكلف"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "الذي خلف اللواء عباس كامل", "2024-10"),
      ("LEADS", KAMEL, EGGIS, "على رأس الجهاز في أكتوبر"),
      ],
     {"source": "blind set (Saudi London Arabic daily)", "published": "2024-12-18"}),

    ("enLM6_burhan_juba_kiir", "en",
     "Sudan's army chief visits South Sudan on second trip abroad since war began\n"
     "JUBA, Sept 4 (Reuters) - Sudan's army chief Abdel Fattah al-Burhan held talks with South Sudan's "
     "President Salva Kiir in Juba on Monday, accompanied by acting Foreign Minister Ali al-Sadig, with South "
     "Sudan's newly appointed Foreign Minister James Pitia Morgan also attending.\n"
     "Morgan was named foreign minister in July, replacing Mayiik Ayii Deng, whom Kiir dismissed by decree.\n"
     "Kiir offered to host a meeting between Burhan and his rival, RSF leader Mohamed Hamdan Dagalo, but no such "
     "meeting has taken place.\n"
     "Last week Burhan flew to Egypt, where he met President Abdel Fattah al-Sisi in El Alamein, his first trip "
     "abroad since fighting broke out in April.\n"
     "The war has killed thousands of people. Among them was West Darfur governor Khamis Abbakar, who was "
     "abducted and killed by RSF fighters in El Geneina in June, hours after accusing the paramilitary force of "
     "genocide.",
     _group(_JUBA, "2023-09-04") + [
      ("VISITED", BURHAN, JUBA, "President Salva Kiir in Juba on Monday", "2023-09-04"),
      ("SUCCESSOR_OF", PITIA, MAYIIK, "replacing Mayiik Ayii Deng", "2023-07"),
      ("LEADS", "person:mohamed-hamdan-dagalo", RSF, "RSF leader Mohamed Hamdan Dagalo"),
      ("MET_WITH", BURHAN, SISI, "where he met President Abdel Fattah al-Sisi", "2023-08-29"),
      ("VISITED", BURHAN, ALAMEIN, "al-Sisi in El Alamein", "2023-08-29"),
      ("VISITED", BURHAN, "country:egypt", "Last week Burhan flew to Egypt", "2023-08-29"),
      ("LEADS", BURHAN, SAF, "Sudan's army chief Abdel Fattah"),
      ("ASSASSINATED_BY", ABAKAR, RSF, "abducted and killed by RSF fighters", "2023-06-14"),
      ],
     {"source": "blind set (international wire, English)", "published": "2023-09-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLM")
