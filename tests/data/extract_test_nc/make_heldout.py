"""Blind set NC: Syria after Assad's fall, December 2024 to 2025 (first folder of NC-ND): Trump's meeting
with Ahmed al-Sharaa in Riyadh hosted by Mohammed bin Salman (May 2025), al-Sharaa's visit to Erdogan in
Ankara after his first stop in Riyadh (February 2025), Macron's reception of al-Sharaa at the Elysee (May
2025) and the January visit of Barrot and Baerbock to Damascus, the Paris meeting of Asaad al-Shaibani and
Ron Dermer brokered by Tom Barrack after the Israeli strikes on Damascus (July 2025), the March 2025 deal
between al-Sharaa and Mazloum Abdi, and the Amman meeting of al-Shaibani, Ayman Safadi and Barrack on
Sweida (August 2025), as a German public broadcaster's English service writes it (DW-like: present perfect
lede, "the first ... in 25 years"), a Turkish state broadcaster's Arabic site (TRT Arabi-like: "أنقرة -",
"بمراسم رسمية", "الرئيس السوري للمرحلة الانتقالية"), a French broadcaster's English site (France 24-like:
"Ahmad al-Shara", "the Elysee Palace"), an Istanbul-based Syrian opposition TV site in Arabic (Syria TV-like:
"تلفزيون سوريا - خاص", "وزير الخارجية والمغتربين"), a northeast Syrian agency in English (North Press-like:
"QAMISHLI, Syria (North Press) –") and a Jordanian TV site in Arabic (Al Mamlaka-like: "نائب رئيس الوزراء
وزير الخارجية وشؤون المغتربين", "المبعوث الأميركي ... السفير توماس باراك").
Pieces: Trump meets al-Sharaa with Mohammed bin Salman hosting (English, NC1); Erdogan receives al-Sharaa,
the expanded meeting with al-Shaibani and Fidan, al-Sharaa's earlier meeting with the crown prince in Riyadh,
Kalin's December meeting with "the leader of the new administration" in Damascus (Arabic, NC2); Macron
receives al-Shara with Barrot present, Barrot and Baerbock meet al-Shara in Damascus (English, NC3);
al-Shaibani meets Dermer in Paris with Barrack present (Arabic, NC4); Abdi and al-Sharaa sign the
integration deal after a meeting in Damascus, Abdi's January meeting with Barzani in Erbil (English, NC5);
Safadi, al-Shaibani and Barrack meet in Amman, the interior ministry spokesman on Sweida (Arabic, NC6).
Excluded on purpose (no relation): Erdogan, who "took part by telephone", Rubio's planned meeting with
al-Shibani "later this week", the Gulf-US summit al-Sharaa did not attend (NC1); Bahceli, whom al-Sharaa
did not meet (NC2); the February phone call of Macron and al-Shara, the massacres on the coast (no agent)
(NC3); al-Sharaa, who did not take part in the Paris meeting, the reported al-Sharaa-Netanyahu meeting that
was not held, the Israeli strikes on the General Staff building (no one named killed) (NC4); Ilham Ahmed,
who "had not been part of the delegation", the planned meeting with Turkish officials that "never
materialized", the killings on the coast (NC5); the ceasefire "agreed" by Netanyahu and al-Sharaa through
US mediation (no meeting), al-Hijri, who was not invited (NC6).
Judgement calls: a leader who "hosted the talks" is a participant (NC1); in an "expanded meeting between
the two delegations" the ministers are paired with the other side, not with their own (NC2, as MU's "in the
presence of"); "his Syrian counterpart" of the US Secretary of State LEADS the Syrian foreign ministry
(NC1); "قائد الإدارة الجديدة" stands for al-Sharaa (NC2); Barrot "present at the talks" meets al-Shara; the
two ministers who "met al-Shara" together are a meeting of three (as MY5) (NC3); a mediator "who attended
the meeting" is paired with both sides (NC4, NC6); "a meeting between the two men" before the signing is
Abdi's meeting with al-Sharaa (NC5); a joint meeting of three named ministers/envoys is a meeting of the
three (NC6).
Filled in for the exercise: the length of the Riyadh meeting as quoted and al-Sharaa's leaving Riyadh (NC1);
the Bahceli sentence and the order of the participants (NC2); the sources' wording (NC4); the helicopter
source, the Turkish meeting that never materialized (NC5); the spokesman's statement, al-Hijri not invited
(NC6).
Spellings: "Abu Mohammed al-Jolani", "Asaad al-Shibani" (NC1); "أسعد حسن الشيباني", "إبراهيم قالن" (NC2);
"Ahmad al-Shara", "Jean-Noel Barrot" (NC3); "رون ديرمر", "توم براك" (NC4); "Mazloum Abdi" (NC5); "توماس
باراك", "أسعد الشيباني" (NC6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_nd import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, US, SAUDI, TURKEY, FRANCE = ("country:syria", "country:united-states", "country:saudi-arabia",
                                    "country:turkey", "country:france")
RIYADH, ANKARA, DAMASCUS, PARIS, ERBIL, AMMAN = ("location:riyadh", "location:ankara", "location:damascus",
                                                  "location:paris", "location:erbil", "location:amman")
HTS, SYRFM, SYRINT, SDF, AANES, KDP = (
    "organization:hayat-tahrir-al-sham", "organization:syrian-foreign-ministry",
    "organization:syrian-interior-ministry", "organization:syrian-democratic-forces",
    "organization:autonomous-administration-of-north-and-east-syria", "organization:kurdistan-democratic-party")
STATE, TURKFM, MIT, FRFM, GERFM, JORFM = (
    "organization:us-state-department", "organization:turkish-foreign-ministry",
    "organization:turkish-national-intelligence-organization", "organization:french-foreign-ministry",
    "organization:german-foreign-ministry", "organization:jordanian-foreign-ministry")
SHARAA, SHAIBANI, ABDI, ILHAM, HIJRI, BABA = (
    "person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:mazloum-abdi", "person:ilham-ahmed",
    "person:hikmat-al-hijri", "person:noureddine-al-baba")
TRUMP, RUBIO, BARRACK, MBS, ERDOGAN, FIDAN, KALIN, BAHCELI = (
    "person:donald-trump", "person:marco-rubio", "person:tom-barrack", "person:mohammed-bin-salman",
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin", "person:devlet-bahceli")
MACRON, BARROT, BAERBOCK, DERMER, NETANYAHU, BARZANI, SAFADI = (
    "person:emmanuel-macron", "person:jean-noel-barrot", "person:annalena-baerbock", "person:ron-dermer",
    "person:benjamin-netanyahu", "person:masoud-barzani", "person:ayman-safadi")

DW = "blind set (German public broadcaster's English service, DW-like)"
TRT = "blind set (Turkish state broadcaster's Arabic site, TRT Arabi-like)"
F24 = "blind set (French broadcaster's English site, France 24-like)"
SYRTV = "blind set (Istanbul-based Syrian opposition TV site, Arabic, Syria TV-like)"
NPA = "blind set (northeast Syrian news agency, English, North Press-like)"
MAMLAKA = "blind set (Jordanian TV news site, Arabic, Al Mamlaka-like)"


def _pairs(pairs: list, date: str) -> list:
    """MET_WITH for listed cross-side pairs (a, b, needle)."""
    return [("MET_WITH", a, b, needle, date) for a, b, needle in pairs]


_ANKARA_FEB = [(ERDOGAN, SHARAA, "استقبل الرئيس التركي رجب طيب أردوغان"),
               (ERDOGAN, SHAIBANI, "شارك فيه وزير الخارجية السوري"),
               (FIDAN, SHARAA, "ونظيره التركي هاكان فيدان"),
               (FIDAN, SHAIBANI, "أعقبه اجتماع موسع بين الوفدين")]

ARTICLES = [
    ("enNC1_trump_meets_sharaa_riyadh", "en",
     "Trump meets Syria's al-Sharaa in Riyadh, urges him to normalize ties with Israel\n"
     "US President Donald Trump has met Syria's interim President Ahmed al-Sharaa in the Saudi capital, "
     "Riyadh, a day after announcing that Washington would lift all sanctions on Damascus.\n"
     "The encounter on Wednesday, the first between leaders of the two countries in 25 years, lasted just over "
     "half an hour, according to the White House. Saudi Crown Prince Mohammed bin Salman hosted the talks, while "
     "Turkish President Recep Tayyip Erdogan took part by telephone.\n"
     "Trump later told reporters aboard Air Force One that al-Sharaa was a \"young, attractive guy. Tough guy. "
     "Strong past.\" The former jihadist, who led Hayat Tahrir al-Sham under the nom de guerre Abu Mohammed "
     "al-Jolani, once had a $10 million US bounty on his head.\n"
     "According to a White House readout, Trump encouraged the Syrian leader to join the Abraham Accords with "
     "Israel and to take over responsibility for detention centers holding \"Islamic State\" fighters.\n"
     "Secretary of State Marco Rubio said he planned to meet his Syrian counterpart, Asaad al-Shibani, in "
     "Turkey later this week.\n"
     "Al-Sharaa left Riyadh without attending the Gulf-US summit held later the same day.",
     met_group({TRUMP: "US President Donald Trump has met", SHARAA: "interim President Ahmed al-Sharaa",
                MBS: "Saudi Crown Prince Mohammed bin Salman hosted the talks"}, "2025-05-14") + [
      ("VISITED", TRUMP, RIYADH, "in the Saudi capital, Riyadh", "2025-05-14"),
      ("VISITED", SHARAA, RIYADH, "Al-Sharaa left Riyadh", "2025-05-14"),
      ("LEADS", TRUMP, US, "US President Donald Trump"),
      ("LEADS", SHARAA, SYRIA, "Syria's interim President"),
      ("LEADS", MBS, SAUDI, "Saudi Crown Prince"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ("LEADS", SHARAA, HTS, "who led Hayat Tahrir al-Sham"),
      ("LEADS", RUBIO, STATE, "Secretary of State Marco Rubio"),
      ("LEADS", SHAIBANI, SYRFM, "his Syrian counterpart, Asaad al-Shibani"),
      ],
     {"source": DW, "published": "2025-05-14"}),

    ("arNC2_erdogan_receives_sharaa_ankara", "ar",
     "أردوغان يستقبل الشرع في أنقرة: سنقف إلى جانب سوريا في مكافحة الإرهاب\n"
     "أنقرة - TRT عربي\n"
     "استقبل الرئيس التركي رجب طيب أردوغان، الثلاثاء، الرئيس السوري للمرحلة الانتقالية أحمد الشرع، بمراسم "
     "رسمية في المجمع الرئاسي بالعاصمة أنقرة، في ثاني زيارة خارجية للشرع منذ توليه منصبه.\n"
     "وعقد الزعيمان لقاءً ثنائياً مغلقاً، أعقبه اجتماع موسع بين الوفدين شارك فيه وزير الخارجية السوري أسعد "
     "حسن الشيباني ونظيره التركي هاكان فيدان.\n"
     "وقال أردوغان في مؤتمر صحفي مشترك إن تركيا \"ستواصل الوقوف إلى جانب الشعب السوري\"، مبدياً استعداد "
     "بلاده لتقديم الدعم في مكافحة تنظيم داعش. من جهته، دعا الشرع إلى \"شراكة استراتيجية\" بين البلدين.\n"
     "وكان الشرع قد استهل جولته الخارجية الأولى بالرياض، حيث التقى ولي العهد السعودي الأمير محمد بن سلمان "
     "يوم الأحد.\n"
     "ولم يلتقِ الشرع خلال الزيارة زعيم حزب الحركة القومية دولت بهجلي، خلافاً لما تداولته وسائل إعلام "
     "محلية.\n"
     "وكان رئيس جهاز الاستخبارات التركية إبراهيم قالن أول مسؤول أجنبي رفيع يزور دمشق بعد سقوط نظام الأسد، "
     "إذ وصل إليها في 12 كانون الأول/ديسمبر والتقى قائد الإدارة الجديدة، قبل أن يؤدي الصلاة في الجامع "
     "الأموي.",
     _pairs(_ANKARA_FEB, "2025-02-04") + [
      ("MET_WITH", SHARAA, MBS, "حيث التقى ولي العهد السعودي", "2025-02-02"),
      ("MET_WITH", KALIN, SHARAA, "والتقى قائد الإدارة الجديدة", "2024-12-12"),
      ("VISITED", SHARAA, ANKARA, "في المجمع الرئاسي بالعاصمة أنقرة", "2025-02-04"),
      ("VISITED", SHAIBANI, ANKARA, "حسن الشيباني ونظيره", "2025-02-04"),
      ("VISITED", SHARAA, RIYADH, "استهل جولته الخارجية الأولى بالرياض", "2025-02-02"),
      ("VISITED", KALIN, DAMASCUS, "إذ وصل إليها في 12", "2024-12-12"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب"),
      ("LEADS", SHARAA, SYRIA, "الرئيس السوري للمرحلة الانتقالية"),
      ("LEADS", SHAIBANI, SYRFM, "وزير الخارجية السوري أسعد"),
      ("LEADS", FIDAN, TURKFM, "ونظيره التركي"),
      ("LEADS", MBS, SAUDI, "ولي العهد السعودي الأمير"),
      ("LEADS", KALIN, MIT, "رئيس جهاز الاستخبارات التركية"),
      ],
     {"source": TRT, "published": "2025-02-04"}),

    ("enNC3_macron_receives_sharaa_elysee", "en",
     "Macron receives Syria's al-Shara, urges justice for coastal massacres\n"
     "French President Emmanuel Macron on Wednesday welcomed Syrian interim President Ahmad al-Shara to the "
     "Elysee Palace in Paris, the Syrian leader's first visit to Europe since the fall of Bashar al-Assad in "
     "December.\n"
     "Speaking at a joint press conference, Macron urged his guest to make sure that those responsible for the "
     "killings of Alawite civilians on the coast in March were \"tried and punished\". Some 1,700 people, most "
     "of them Alawites, were killed in that violence, according to a monitor.\n"
     "Al-Shara, whose name still appears on a UN sanctions list, needed an exemption to travel. He said "
     "Damascus was holding indirect talks with Israel through mediators to calm the situation in the south.\n"
     "Foreign Minister Jean-Noel Barrot, who was present at the talks, had travelled to Damascus in January "
     "with his German counterpart Annalena Baerbock. The two ministers met al-Shara at the People's Palace; "
     "he did not shake Baerbock's hand.\n"
     "Macron and al-Shara had spoken by phone in February, when the French president first invited him to "
     "Paris.",
     [("MET_WITH", MACRON, SHARAA, "welcomed Syrian interim President Ahmad al-Shara", "2025-05-07"),
      ("MET_WITH", BARROT, SHARAA, "who was present at the talks", "2025-05-07"),
      ("MET_WITH", BAERBOCK, SHARAA, "The two ministers met al-Shara", "2025-01-03"),
      ("MET_WITH", BARROT, BAERBOCK, "had travelled to Damascus in January", "2025-01-03"),
      ("VISITED", SHARAA, PARIS, "Elysee Palace in Paris", "2025-05-07"),
      ("VISITED", BARROT, DAMASCUS, "had travelled to Damascus", "2025-01-03"),
      ("VISITED", BAERBOCK, DAMASCUS, "with his German counterpart Annalena", "2025-01-03"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
      ("LEADS", SHARAA, SYRIA, "Syrian interim President Ahmad"),
      ("LEADS", BARROT, FRFM, "Foreign Minister Jean-Noel Barrot"),
      ("LEADS", BAERBOCK, GERFM, "his German counterpart"),
      ],
     {"source": F24, "published": "2025-05-07"}),

    ("arNC4_shaibani_dermer_paris", "ar",
     "لقاء الشيباني وديرمر في باريس.. أول اجتماع معلن بين مسؤولين سوريين وإسرائيليين منذ عقود\n"
     "تلفزيون سوريا - خاص\n"
     "عقد وزير الخارجية والمغتربين السوري أسعد الشيباني، الخميس، اجتماعاً في العاصمة الفرنسية باريس مع "
     "وزير الشؤون الاستراتيجية الإسرائيلي رون ديرمر، بوساطة المبعوث الأميركي الخاص إلى سوريا توم براك، "
     "الذي حضر اللقاء، وفق ما أكده مصدر دبلوماسي لوكالة الأنباء السورية (سانا).\n"
     "وقال المصدر إن المباحثات تناولت \"خفض التصعيد وعدم التدخل في الشأن السوري الداخلي\"، مشدداً على أن "
     "الاجتماع \"ليس مفاوضات سلام\".\n"
     "ويأتي اللقاء بعد أيام من الغارات الإسرائيلية التي استهدفت مبنى هيئة الأركان العامة في ساحة الأمويين "
     "ومحيط قصر الشعب في دمشق، خلال الاشتباكات التي شهدتها محافظة السويداء بين مسلحين دروز وعشائر بدوية.\n"
     "وكان الرئيس أحمد الشرع قد اتهم إسرائيل بالسعي إلى \"تفكيك\" سوريا، فيما رفض الشيخ حكمت الهجري، الرئيس "
     "الروحي لطائفة الموحدين الدروز، دخول قوات الأمن العام إلى المدينة.\n"
     "ولم يشارك الشرع في اجتماع باريس، كما لم يُعقد اللقاء الذي تحدثت عنه تقارير إسرائيلية بينه وبين رئيس "
     "الوزراء الإسرائيلي بنيامين نتنياهو.",
     met_group({SHAIBANI: "عقد وزير الخارجية والمغتربين السوري",
                DERMER: "وزير الشؤون الاستراتيجية الإسرائيلي رون ديرمر",
                BARRACK: "الذي حضر اللقاء"}, "2025-07-24") + [
      ("VISITED", SHAIBANI, PARIS, "اجتماعاً في العاصمة الفرنسية باريس", "2025-07-24"),
      ("VISITED", DERMER, PARIS, "مع وزير الشؤون الاستراتيجية", "2025-07-24"),
      ("LEADS", SHAIBANI, SYRFM, "وزير الخارجية والمغتربين السوري أسعد"),
      ("LEADS", SHARAA, SYRIA, "وكان الرئيس أحمد الشرع"),
      ("LEADS", NETANYAHU, "country:israel", "رئيس الوزراء الإسرائيلي بنيامين"),
      ],
     {"source": SYRTV, "published": "2025-07-25"}),

    ("enNC5_sdf_damascus_deal_north_press", "en",
     "SDF, Damascus sign deal to integrate northeast Syria's institutions into the state\n"
     "QAMISHLI, Syria (North Press) – The Commander-in-Chief of the Syrian Democratic Forces (SDF), Mazloum "
     "Abdi, and Syrian President Ahmed al-Sharaa signed on Monday an agreement to integrate all civil and "
     "military institutions of northeast Syria into the administration of the Syrian state.\n"
     "The eight-point deal was signed in Damascus after a meeting between the two men at the Presidential "
     "Palace, the Syrian Presidency said. Abdi was flown to the capital aboard a US military helicopter, a "
     "source told North Press.\n"
     "The agreement recognizes the Kurdish community as \"an integral part\" of the Syrian state and rejects "
     "\"calls for division.\" Joint committees are to implement it by the end of the year.\n"
     "Ilham Ahmed, co-chair of the Foreign Relations Department of the Autonomous Administration, welcomed the "
     "deal but said she had not been part of the delegation.\n"
     "In January, Abdi met Masoud Barzani, leader of the Kurdistan Democratic Party, in Erbil to discuss Kurdish "
     "unity. A planned meeting between Abdi and Turkish officials never materialized.\n"
     "The deal came days after the violence on the Syrian coast, in which hundreds of Alawite civilians were "
     "killed.",
     [("MET_WITH", ABDI, SHARAA, "after a meeting between the two men", "2025-03-10"),
      ("VISITED", ABDI, DAMASCUS, "was signed in Damascus", "2025-03-10"),
      ("LEADS", ABDI, SDF, "The Commander-in-Chief of the Syrian Democratic Forces"),
      ("LEADS", SHARAA, SYRIA, "and Syrian President Ahmed al-Sharaa"),
      ("MEMBER_OF", ILHAM, AANES, "co-chair of the Foreign Relations Department"),
      ("MET_WITH", ABDI, BARZANI, "In January, Abdi met Masoud Barzani", "2025-01-16"),
      ("VISITED", ABDI, ERBIL, "in Erbil to discuss", "2025-01-16"),
      ("LEADS", BARZANI, KDP, "leader of the Kurdistan Democratic Party"),
      ],
     {"source": NPA, "published": "2025-03-10"}),

    ("arNC6_amman_trilateral_sweida", "ar",
     "اجتماع أردني سوري أميركي في عمّان لتثبيت وقف إطلاق النار في السويداء\n"
     "عمّان - المملكة\n"
     "عقد نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي ووزير الخارجية والمغتربين السوري "
     "أسعد الشيباني والمبعوث الأميركي إلى سوريا السفير توماس باراك، الثلاثاء، اجتماعاً في عمّان لبحث الأوضاع "
     "في سوريا وتثبيت وقف إطلاق النار في محافظة السويداء.\n"
     "واتفق المجتمعون على تشكيل مجموعة عمل أردنية سورية أميركية لدعم جهود الحكومة السورية في إعادة بناء "
     "سوريا، وفق بيان مشترك.\n"
     "وقال الصفدي في مؤتمر صحفي مشترك مع الشيباني إن أمن سوريا واستقرارها \"ركيزة لأمن الأردن\".\n"
     "وكانت المحافظة قد شهدت في تموز مواجهات دامية، قبل أن يُعلن عن وقف لإطلاق النار اتفق عليه رئيس "
     "الوزراء الإسرائيلي بنيامين نتنياهو والرئيس أحمد الشرع بوساطة أميركية.\n"
     "من جهته، قال المتحدث باسم وزارة الداخلية السورية نور الدين البابا إن قوى الأمن الداخلي \"ملتزمة "
     "بحماية المدنيين\".\n"
     "ولم يُدعَ الشيخ حكمت الهجري أو ممثلون عنه إلى الاجتماع.",
     met_group({SAFADI: "عقد نائب رئيس الوزراء وزير الخارجية", SHAIBANI: "ووزير الخارجية والمغتربين السوري",
                BARRACK: "السفير توماس باراك"}, "2025-08-12") + [
      ("VISITED", SHAIBANI, AMMAN, "الثلاثاء، اجتماعاً في عمّان", "2025-08-12"),
      ("VISITED", BARRACK, AMMAN, "والمبعوث الأميركي إلى سوريا", "2025-08-12"),
      ("LEADS", SAFADI, JORFM, "وزير الخارجية وشؤون المغتربين أيمن الصفدي"),
      ("LEADS", SHAIBANI, SYRFM, "السوري أسعد الشيباني"),
      ("LEADS", NETANYAHU, "country:israel", "رئيس الوزراء الإسرائيلي بنيامين"),
      ("LEADS", SHARAA, SYRIA, "والرئيس أحمد الشرع"),
      ("MEMBER_OF", BABA, SYRINT, "المتحدث باسم وزارة الداخلية السورية"),
      ],
     {"source": MAMLAKA, "published": "2025-08-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNC")
