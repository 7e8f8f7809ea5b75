"""Blind set JS: Gaza ceasefire diplomacy and the Palestinian leadership, 2024-2025, as the Palestinian
official news agency WAFA writes it, in Arabic and in its English service: the dateline with the date
("رام الله 31-3-2024 وفا-", "RAMALLAH, April 26, 2025 (WAFA) -"), protocol sentences ("استقبل ...
بحضور ...", "in the presence of"), "سيادة الرئيس" and "سيادته" in place of the name after the first
mention, "رئيس دولة فلسطين", "the Israeli occupation", statements closing on the President's message.
Pieces: the nineteenth government of Mohammad Mustafa sworn in before Abbas after Shtayyeh's, March 2024
(Arabic); the PLO Executive Committee approves Hussein al-Sheikh as its vice-chairman, April 2025
(English); Sisi receives Abbas in Cairo on the eve of the emergency Arab summit, March 2025 (Arabic);
Mustafa and Abdelatty at the Rafah crossing and al-Arish, August 2025 (English); Hussein al-Sheikh
received by the Qatari prime minister in Doha, June 2025 (Arabic); Raed Abu al-Hummus sworn in at the
Detainees' Commission in place of Qadura Fares, during the prisoner releases, February 2025 (English).
Excluded on purpose (no relation): Blinken's congratulatory phone call to Mustafa (JS1); the
congratulatory phone calls to al-Sheikh, one from Hassan Rashad, and Rawhi Fattouh's hypothetical
succession to the presidency under the constitutional declaration (JS2); Abbas's meetings with Arab
leaders still to come on the summit's sidelines (JS3); a Mustafa-Rashad meeting "scheduled for
Tuesday" (JS4); Abbas's letter to the Emir of Qatar, carried by al-Sheikh to the prime minister, with no
meeting with the Emir (JS5); a detainee who died in Israeli custody with no cause or agent given, and
Fares's dismissal (JS6). The ministers sworn in with Mustafa are not named, so only Mustafa is paired
with Abbas; an attendee ("بحضور", "in the presence of", "attended by") is paired with every named
participant.
Spellings: محمد بن عبد الرحمن بن جاسم آل ثاني (the full form), محمد اشتية, حسين الشيخ as "نائب
رئيس دولة فلسطين" and "نائب الرئيس", Abbas as "سيادة الرئيس" / "سيادته".
Events follow the public record as far as the writer knew it; some minor details (who attended, the
day of a reception or a visit, the name of the new head of the Detainees' Commission) are filled in for
the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ju import ALL  # noqa: E402

HERE = Path(__file__).parent

EGYPT, QATAR = "country:egypt", "country:qatar"
PA, PALGOV, PLOEC, PALGI, PALPRES, PNC, CDA, PPS = (
    "organization:palestinian-authority", "organization:palestinian-government",
    "organization:plo-executive-committee", "organization:palestinian-general-intelligence",
    "organization:palestinian-presidency", "organization:palestinian-national-council",
    "organization:commission-of-detainees-affairs", "organization:palestinian-prisoners-society")
EGI, EGYFM, EGYGOV, ARABLEAGUE, QGOV, QFM = (
    "organization:egyptian-general-intelligence", "organization:egyptian-foreign-ministry",
    "organization:egyptian-government", "organization:arab-league", "organization:qatari-government",
    "organization:qatari-foreign-ministry")
CAIRO, ITTIHADIYA, DOHA, RAFAHX, ARISH = ("location:cairo", "location:ittihadiya-palace", "location:doha",
                                          "location:rafah-crossing", "location:al-arish")
ABBAS, MUSTAFA, SHTAYYEH, SHEIKH, FARAJ = ("person:mahmoud-abbas", "person:mohammad-mustafa",
                                           "person:mohammad-shtayyeh", "person:hussein-al-sheikh",
                                           "person:majed-faraj")
SISI, RASHAD, ABDELATTY, MADBOULY, ABOULGHEIT = (
    "person:abdel-fattah-al-sisi", "person:hassan-rashad", "person:badr-abdelatty", "person:mostafa-madbouly",
    "person:ahmed-aboul-gheit")
MBAR, KHULAIFI, TAMIM = ("person:mohammed-bin-abdulrahman-al-thani", "person:mohammed-al-khulaifi",
                         "person:tamim-bin-hamad-al-thani")
# new to the tables
MALIKI, RUDEINEH, FATTOUH, MAJDALANI, EREKAT, LOUH, SALAMEH, GHANNAM, HUMMUS, FARES, TAYEB = (
    "person:riyad-al-maliki", "person:nabil-abu-rudeineh", "person:rawhi-fattouh", "person:ahmed-majdalani",
    "person:saeb-erekat", "person:diab-al-louh", "person:estephan-salameh", "person:munir-ghannam",
    "person:raed-abu-al-hummus", "person:qadura-fares", "person:tayeb-abdul-rahim")

ARTICLES = [
    ("arJS1_mustafa_government_oath", "ar",
     "الحكومة التاسعة عشرة برئاسة محمد مصطفى تؤدي اليمين القانونية أمام سيادة الرئيس\n"
     "رام الله 31-3-2024 وفا- أدى رئيس الوزراء الدكتور محمد مصطفى وأعضاء الحكومة الفلسطينية التاسعة عشرة، "
     "اليوم الأحد، اليمين القانونية أمام رئيس دولة فلسطين محمود عباس، في مقر الرئاسة بمدينة رام الله.\n"
     "وجرت المراسم بحضور أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية حسين الشيخ.\n"
     "وتأتي الحكومة الجديدة خلفاً لحكومة الدكتور محمد اشتية، التي قدمت استقالتها إلى سيادته في السادس "
     "والعشرين من شباط الماضي، فيما يتولى مصطفى إلى جانب رئاسة الحكومة حقيبة الخارجية والمغتربين، خلفاً "
     "للوزير رياض المالكي.\n"
     "وقال الناطق الرسمي باسم الرئاسة نبيل أبو ردينة إن سيادة الرئيس أكد أن أولوية الحكومة وقف العدوان "
     "على أبناء شعبنا في قطاع غزة وإغاثتهم، والبدء بإعادة الإعمار، وتوحيد المؤسسات في الضفة الغربية "
     "والقطاع، والتحضير لإجراء الانتخابات.\n"
     "وكان رئيس الوزراء قد تلقى، أمس، اتصالاً هاتفياً من وزير الخارجية الأميركي أنتوني بلينكن، هنأه فيه "
     "بتشكيل الحكومة، فيما رحبت دول عربية وأجنبية بأداء الحكومة اليمين.",
     [("MET_WITH", ABBAS, MUSTAFA, "اليمين القانونية أمام رئيس دولة فلسطين", "2024-03-31"),
      ("LEADS", MUSTAFA, PALGOV, "رئيس الوزراء الدكتور محمد مصطفى وأعضاء الحكومة"),
      ("LEADS", ABBAS, PA, "رئيس دولة فلسطين محمود عباس"),
      ("MET_WITH", SHEIKH, ABBAS, "وجرت المراسم بحضور أمين سر", "2024-03-31"),
      ("MET_WITH", SHEIKH, MUSTAFA, "وجرت المراسم بحضور أمين سر", "2024-03-31"),
      ("MEMBER_OF", SHEIKH, PLOEC, "أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية حسين"),
      ("SUCCESSOR_OF", MUSTAFA, SHTAYYEH, "خلفاً لحكومة الدكتور محمد اشتية", "2024-03"),
      ("SUCCESSOR_OF", MUSTAFA, MALIKI, "خلفاً للوزير رياض المالكي", "2024-03"),
      ("MEMBER_OF", RUDEINEH, PALPRES, "الناطق الرسمي باسم الرئاسة نبيل"),
      ],
     {"source": "blind set (Palestinian official news agency, Arabic)", "published": "2024-03-31"}),

    ("enJS2_al_sheikh_vice_chairman", "en",
     "PLO Executive Committee approves Hussein al-Sheikh as its Vice-Chairman\n"
     "RAMALLAH, April 26, 2025 (WAFA) - The Executive Committee of the Palestine Liberation Organization "
     "(PLO), at a meeting on Saturday at the Presidential Headquarters in Ramallah chaired by President "
     "Mahmoud Abbas, Chairman of the PLO Executive Committee, approved the President's nomination of "
     "Hussein al-Sheikh as Vice-Chairman of the Executive Committee.\n"
     "The meeting was attended by al-Sheikh and by Executive Committee member Ahmed Majdalani, among other "
     "members of the Committee.\n"
     "The post, which also carries the title of Vice-President of the State of Palestine, was created by "
     "the PLO Central Council at its 32nd session, which President Abbas opened on Wednesday in the presence "
     "of the Speaker of the Palestinian National Council, Rawhi Fattouh.\n"
     "Al-Sheikh has served as Secretary-General of the Executive Committee since 2022, succeeding the late "
     "Saeb Erekat.\n"
     "Under a constitutional declaration issued by the President last November, Fattouh would temporarily "
     "assume the duties of the President should the office fall vacant, pending elections.\n"
     "Al-Sheikh later received congratulatory phone calls from Arab officials, among them Egypt's General "
     "Intelligence chief, Hassan Rashad.",
     [("LEADS", ABBAS, PLOEC, "Chairman of the PLO Executive Committee"),
      ("LEADS", ABBAS, PA, "chaired by President Mahmoud Abbas"),
      ("MEMBER_OF", SHEIKH, PLOEC, "as Vice-Chairman of the Executive Committee"),
      ("MET_WITH", ABBAS, SHEIKH, "The meeting was attended by al-Sheikh", "2025-04-26"),
      ("MET_WITH", ABBAS, MAJDALANI, "The meeting was attended by al-Sheikh", "2025-04-26"),
      ("MET_WITH", SHEIKH, MAJDALANI, "The meeting was attended by al-Sheikh", "2025-04-26"),
      ("MEMBER_OF", MAJDALANI, PLOEC, "Executive Committee member Ahmed Majdalani"),
      ("MET_WITH", ABBAS, FATTOUH, "opened on Wednesday in the presence of the Speaker", "2025-04-23"),
      ("LEADS", FATTOUH, PNC, "the Speaker of the Palestinian National Council, Rawhi"),
      ("SUCCESSOR_OF", SHEIKH, EREKAT, "succeeding the late Saeb Erekat", "2022"),
      ("LEADS", RASHAD, EGI, "Egypt's General Intelligence chief, Hassan"),
      ],
     {"source": "blind set (Palestinian official news agency, English service)", "published": "2025-04-26"}),

    ("arJS3_sisi_receives_abbas_cairo", "ar",
     "الرئيس السيسي يستقبل سيادة الرئيس في القاهرة عشية القمة العربية الطارئة\n"
     "القاهرة 3-3-2025 وفا- استقبل رئيس جمهورية مصر العربية عبد الفتاح السيسي، اليوم الاثنين، في قصر "
     "الاتحادية بالقاهرة، رئيس دولة فلسطين محمود عباس، عشية انعقاد القمة العربية غير العادية بشأن القضية "
     "الفلسطينية.\n"
     "وكان في استقبال سيادته لدى وصوله مطار القاهرة الدولي، سفير دولة فلسطين لدى مصر دياب اللوح.\n"
     "وحضر اللقاء رئيس جهاز المخابرات العامة المصرية اللواء حسن رشاد.\n"
     "ووضع سيادته الرئيس السيسي في صورة آخر المستجدات في قطاع غزة والضفة الغربية، بما فيها القدس، مثمناً "
     "الخطة المصرية لإعادة إعمار القطاع دون تهجير أبناء شعبنا، ومؤكداً جاهزية دولة فلسطين لتولي "
     "مسؤولياتها كاملة في القطاع.\n"
     "والتقى سيادته في وقت لاحق، الأمين العام لجامعة الدول العربية أحمد أبو الغيط، في مقر إقامته "
     "بالقاهرة، وبحث معه التحضيرات للقمة.\n"
     "ومن المقرر أن يلتقي سيادته عدداً من القادة العرب على هامش القمة، التي تنطلق أعمالها غداً الثلاثاء.",
     [("MET_WITH", SISI, ABBAS, "استقبل رئيس جمهورية مصر العربية", "2025-03-03"),
      ("LEADS", SISI, EGYPT, "رئيس جمهورية مصر العربية عبد الفتاح"),
      ("LEADS", ABBAS, PA, "رئيس دولة فلسطين محمود عباس"),
      ("VISITED", ABBAS, ITTIHADIYA, "في قصر الاتحادية بالقاهرة", "2025-03-03"),
      ("LOCATED_IN", ITTIHADIYA, CAIRO, "في قصر الاتحادية بالقاهرة"),
      ("VISITED", ABBAS, CAIRO, "لدى وصوله مطار القاهرة الدولي", "2025-03-03"),
      ("MET_WITH", LOUH, ABBAS, "وكان في استقبال سيادته لدى وصوله", "2025-03-03"),
      ("MET_WITH", RASHAD, SISI, "وحضر اللقاء رئيس جهاز المخابرات العامة المصرية", "2025-03-03"),
      ("MET_WITH", RASHAD, ABBAS, "وحضر اللقاء رئيس جهاز المخابرات العامة المصرية", "2025-03-03"),
      ("LEADS", RASHAD, EGI, "رئيس جهاز المخابرات العامة المصرية اللواء حسن"),
      ("MET_WITH", ABBAS, ABOULGHEIT, "والتقى سيادته في وقت لاحق، الأمين العام", "2025-03-03"),
      ("LEADS", ABOULGHEIT, ARABLEAGUE, "الأمين العام لجامعة الدول العربية أحمد"),
      ],
     {"source": "blind set (Palestinian official news agency, Arabic)", "published": "2025-03-03"}),

    ("enJS4_mustafa_abdelatty_rafah_crossing", "en",
     "PM Mustafa and Egypt's Foreign Minister Abdelatty visit Rafah crossing\n"
     "AL-ARISH, August 18, 2025 (WAFA) - Prime Minister Mohammad Mustafa and Egyptian Foreign Minister Badr "
     "Abdelatty on Monday visited the Egyptian side of the Rafah crossing, where thousands of aid trucks "
     "bound for the Gaza Strip are held up by the restrictions of the Israeli occupation.\n"
     "Earlier in the day, the Prime Minister met Egyptian Prime Minister Mostafa Madbouly in Cairo, and they "
     "discussed preparations for the international conference on the early recovery and reconstruction of "
     "Gaza that Egypt is to host once a ceasefire is reached.\n"
     "In al-Arish, Mustafa and Abdelatty held talks attended by Minister of Planning and International "
     "Cooperation Estephan Salameh, before visiting wounded Palestinians receiving treatment at the city's "
     "hospital.\n"
     "\"Gaza is an integral part of the State of Palestine, and the government is ready to assume its full "
     "responsibilities there,\" Mustafa told reporters at the crossing.\n"
     "Abdelatty said Egypt was training Palestinian police personnel to deploy in the Strip. A meeting "
     "between the Prime Minister and Egypt's intelligence chief, Hassan Rashad, is scheduled for Tuesday.",
     [("LEADS", MUSTAFA, PALGOV, "Prime Minister Mohammad Mustafa and Egyptian"),
      ("LEADS", ABDELATTY, EGYFM, "Egyptian Foreign Minister Badr"),
      ("VISITED", MUSTAFA, RAFAHX, "visited the Egyptian side of the Rafah crossing", "2025-08-18"),
      ("VISITED", ABDELATTY, RAFAHX, "visited the Egyptian side of the Rafah crossing", "2025-08-18"),
      ("MET_WITH", MUSTAFA, MADBOULY, "the Prime Minister met Egyptian Prime Minister", "2025-08-18"),
      ("LEADS", MADBOULY, EGYGOV, "Egyptian Prime Minister Mostafa Madbouly"),
      ("VISITED", MUSTAFA, CAIRO, "Mostafa Madbouly in Cairo", "2025-08-18"),
      ("MET_WITH", MUSTAFA, ABDELATTY, "Mustafa and Abdelatty held talks", "2025-08-18"),
      ("MET_WITH", SALAMEH, MUSTAFA, "held talks attended by Minister of Planning", "2025-08-18"),
      ("MET_WITH", SALAMEH, ABDELATTY, "held talks attended by Minister of Planning", "2025-08-18"),
      ("MEMBER_OF", SALAMEH, PALGOV, "Minister of Planning and International Cooperation Estephan"),
      ("VISITED", MUSTAFA, ARISH, "In al-Arish, Mustafa and Abdelatty", "2025-08-18"),
      ("VISITED", ABDELATTY, ARISH, "In al-Arish, Mustafa and Abdelatty", "2025-08-18"),
      ("LEADS", RASHAD, EGI, "Egypt's intelligence chief, Hassan Rashad"),
      ],
     {"source": "blind set (Palestinian official news agency, English service)", "published": "2025-08-18"}),

    ("arJS5_al_sheikh_qatari_pm_doha", "ar",
     "نائب الرئيس حسين الشيخ يلتقي رئيس الوزراء القطري في الدوحة\n"
     "الدوحة 10-6-2025 وفا- التقى نائب رئيس دولة فلسطين، نائب رئيس اللجنة التنفيذية لمنظمة التحرير "
     "الفلسطينية حسين الشيخ، اليوم الثلاثاء، في العاصمة القطرية الدوحة، رئيس مجلس الوزراء وزير الخارجية "
     "بدولة قطر الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني.\n"
     "وحضر اللقاء وزير الدولة بوزارة الخارجية القطرية محمد بن عبد العزيز الخليفي، وسفير دولة فلسطين لدى "
     "قطر منير غنام.\n"
     "ونقل نائب الرئيس إلى رئيس الوزراء القطري رسالة من سيادة الرئيس محمود عباس، موجهة إلى أخيه أمير دولة "
     "قطر الشيخ تميم بن حمد آل ثاني، تتعلق بآخر التطورات في قطاع غزة والضفة الغربية.\n"
     "وأطلع الشيخ رئيس الوزراء القطري على جرائم الاحتلال المتواصلة بحق أبناء شعبنا، مثمناً الجهود القطرية "
     "والمصرية للتوصل إلى وقف دائم لإطلاق النار، وإدخال المساعدات، والإفراج عن الأسرى.\n"
     "من جانبه، أكد رئيس الوزراء القطري دعم بلاده الثابت لدولة فلسطين ومؤسساتها الشرعية، ولجهود الحكومة "
     "الفلسطينية في تولي مسؤولياتها في قطاع غزة.",
     [("MEMBER_OF", SHEIKH, PLOEC, "نائب رئيس اللجنة التنفيذية لمنظمة التحرير"),
      ("MET_WITH", SHEIKH, MBAR, "التقى نائب رئيس دولة فلسطين", "2025-06-10"),
      ("VISITED", SHEIKH, DOHA, "في العاصمة القطرية الدوحة", "2025-06-10"),
      ("LEADS", MBAR, QGOV, "رئيس مجلس الوزراء وزير الخارجية بدولة قطر"),
      ("MET_WITH", KHULAIFI, SHEIKH, "وحضر اللقاء وزير الدولة", "2025-06-10"),
      ("MET_WITH", KHULAIFI, MBAR, "وحضر اللقاء وزير الدولة", "2025-06-10"),
      ("MET_WITH", GHANNAM, SHEIKH, "وحضر اللقاء وزير الدولة", "2025-06-10"),
      ("MET_WITH", GHANNAM, MBAR, "وحضر اللقاء وزير الدولة", "2025-06-10"),
      ("MET_WITH", KHULAIFI, GHANNAM, "وحضر اللقاء وزير الدولة", "2025-06-10"),
      ("MEMBER_OF", KHULAIFI, QFM, "وزير الدولة بوزارة الخارجية القطرية محمد"),
      ("LEADS", TAMIM, QATAR, "أمير دولة قطر الشيخ تميم"),
      ("LEADS", ABBAS, PA, "سيادة الرئيس محمود عباس"),
      ("SUPPORTS", QATAR, PA, "دعم بلاده الثابت لدولة فلسطين"),
      ],
     {"source": "blind set (Palestinian official news agency, Arabic)", "published": "2025-06-10"}),

    ("enJS6_detainees_commission_oath", "en",
     "Abu al-Hummus sworn in before President Abbas as head of the Detainees' Commission\n"
     "RAMALLAH, February 20, 2025 (WAFA) - Raed Abu al-Hummus was sworn in on Thursday before President "
     "Mahmoud Abbas as head of the Commission of Detainees' and Ex-Detainees' Affairs, at the Presidential "
     "Headquarters in Ramallah, in the presence of Secretary-General of the Presidency Tayeb Abdul Rahim.\n"
     "Abu al-Hummus succeeds Qadura Fares, who was relieved of his post by a presidential decree on Sunday.\n"
     "President Abbas stressed that the cause of the prisoners in the occupation's jails remains at the "
     "heart of the national cause, and that the State of Palestine will not abandon them or their families.\n"
     "The swearing-in came two days before the expected release of a new batch of Palestinian prisoners "
     "from Israeli jails, the seventh under the ceasefire agreement in the Gaza Strip, which the Commission "
     "said would include prisoners serving life sentences.\n"
     "Separately, the Commission and the Palestinian Prisoners' Society said that a detainee from the Tubas "
     "governorate had died in Israeli custody at Megiddo prison. They did not give the cause of death.",
     [("MET_WITH", HUMMUS, ABBAS, "was sworn in on Thursday before President", "2025-02-20"),
      ("LEADS", ABBAS, PA, "before President Mahmoud Abbas as head"),
      ("LEADS", HUMMUS, CDA, "as head of the Commission of Detainees' and Ex-Detainees' Affairs"),
      ("MET_WITH", TAYEB, ABBAS, "in the presence of Secretary-General of the Presidency", "2025-02-20"),
      ("MET_WITH", TAYEB, HUMMUS, "in the presence of Secretary-General of the Presidency", "2025-02-20"),
      ("MEMBER_OF", TAYEB, PALPRES, "Secretary-General of the Presidency Tayeb"),
      ("SUCCESSOR_OF", HUMMUS, FARES, "Abu al-Hummus succeeds Qadura Fares", "2025-02"),
      ],
     {"source": "blind set (Palestinian official news agency, English service)", "published": "2025-02-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJS")
