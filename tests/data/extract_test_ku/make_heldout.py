"""Blind set KU: the Sharm el-Sheikh talks, the Israeli strike on Hamas in Doha, the Palestinian foreign
ministry and the UN coordinator, Islamic Jihad's commanders killed since 2023, Jordan's 2024 government and
the Qassam Brigades' leaders and their successors, 2023-2025, as an Egyptian daily writes it in Arabic
(Al-Ahram-like: "شرم الشيخ - الأهرام:", "اللواء", "السفير"), as a Palestinian news agency writes it
(WAFA-like: "رام الله 5-3-2025 وفا-", "سيادة الرئيس"), as a Jordanian daily writes it (Al-Ghad-like:
"عمان - الغد -", "جلالة الملك", "اليمين الدستورية"), as an international wire writes it in English
(Reuters-like: "DOHA, Sept 10 (Reuters) -") and as a Middle East analysis site writes it (explainers with
a headline question and a potted history).
Pieces: Rashad meets Witkoff and Kushner with the Qatari prime minister in Sharm el-Sheikh, then the Hamas
and Israeli delegations apart, Rashad after Kamel (Arabic); the Israeli strike in Doha kills Hammam al-Hayya,
Jihad Labad, Moamen Hassouna and a Qatari corporal, Tamim receives Mohamed bin Zayed with Al-Nabit (English);
Aghabekian sworn in before Abbas with Mustafa present and taking the portfolio from him, Mustafa receives Kaag,
Kaag after Wennesland (Arabic); Islamic Jihad's commanders killed in May 2023 and after, Abu Daqqa after
Ghali, Kamel receives al-Nakhala and al-Hindi (English analysis); Jafar Hassan's government sworn in before
the King, Hassan after al-Khasawneh, al-Momani after Mubaideen (Arabic); the Qassam Brigades after Deif:
Mohammad Sinwar after Deif, al-Haddad after him, the killings of Sinwar, Shabana, Moshtaha, al-Siraj, Oudeh
and Odeh, al-Hayya with Rashad (English analysis).
Excluded on purpose (no relation): Kalin, "expected" in Sharm el-Sheikh the next day, the Hamas and Israeli
delegations, whom Rashad met "in two separate meetings" (indirect talks: not paired with each other), and
Sisi's phone call with Trump (KU1); Khalil al-Hayya and Zaher Jabarin, who "survived", the Jordanian crown
prince "expected" in Doha and Trump's phone call with the emir (KU2); Aghabekian's phone call with Abdelatty
and Kaag's planned meeting with al-Bitar (KU3); Iyad al-Hassani, who "died" with no agent stated (KU4);
al-Khasawneh, who "did not attend" the oath (a succession, no meeting), and al-Faraya and al-Safadi keeping
their posts (no succession) (KU5); Darwish, who "was not at" the Cairo meeting (KU6).
Judgement calls: a meeting "in the presence of" a third official pairs all four (KU1); a Qatari corporal
"also killed in the attack" takes the strike's stated agent, Israel (KU2); an oath "before" the president
"in the presence of" the prime minister is a meeting of the three, and the new minister "taking the
portfolio from" the prime minister who held it is a succession (KU3); an acting UN coordinator who
"succeeded" her predecessor counts (KU3); the deputy "who had taken over from him" succeeds the killed
commander, and "its first strikes" (Israel's) gives the three victims -> Israel (KU4); ministers who took
the oath together before the King are all paired (KU5); a commander killed "along with" another takes the
agent the army claimed (KU6); "the IDF claimed the killing" counts (KU6).
Filled in for the exercise: the Sharm el-Sheikh attendance and days, Al-Nabit's presence, the crown prince's
expected visit, the day of Aghabekian's oath, Kamel's reception of the Islamic Jihad leaders, al-Momani's
predecessor, the month of al-Hayya's meeting with Rashad, and Odeh's post.
Spellings: "اغابكيان" without hamza (KU3); "Ziyad al-Nakhala" without final h (KU4); "جعفر حسّان" with shadda
(KU5); "Mohammad Sinwar", "Izzeldin al-Haddad" and "Rawhi Moshtaha" (KU6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_kv import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IDF, HAMAS, PIJ, QASSAM, QUDSB, HLC, LEKHWIYA = (
    "country:israel", "organization:israel-defense-forces", "organization:hamas",
    "organization:palestinian-islamic-jihad", "organization:qassam-brigades", "organization:al-quds-brigades",
    "organization:hamas-leadership-council", "organization:lekhwiya")
EGIS, EGFM, PAFM, JOGOV = ("organization:egyptian-general-intelligence", "organization:egyptian-foreign-ministry",
                           "organization:palestinian-foreign-ministry", "organization:jordanian-government")
SHARM, DOHA, RAMALLAH, AMMAN, HUSSEINIYA, CAIRO, KHANYOUNIS, EUROHOSP = (
    "location:sharm-el-sheikh", "location:doha", "location:ramallah", "location:amman",
    "location:al-husseiniya-palace", "location:cairo", "location:khan-younis",
    "location:european-hospital-khan-younis")
RASHAD, WITKOFF, KUSHNER, MBAR, HAYYA, DERMER, KAMEL = (
    "person:hassan-rashad", "person:steve-witkoff", "person:jared-kushner",
    "person:mohammed-bin-abdulrahman-al-thani", "person:khalil-al-hayya", "person:ron-dermer", "person:abbas-kamel")
HAMMAM, LABAD, HASSOUNA, HUMAIDI, TAMIM, MBZ = (
    "person:hammam-al-hayya", "person:jihad-labad", "person:moamen-hassouna", "person:badr-al-humaidi",
    "person:tamim-bin-hamad-al-thani", "person:mohamed-bin-zayed")
ABBAS, MUSTAFA, AGHABEKIAN, KAAG = ("person:mahmoud-abbas", "person:mohammad-mustafa",
                                    "person:varsen-aghabekian", "person:sigrid-kaag")
NAKHALAH, HINDI = "person:ziad-al-nakhalah", "person:mohammed-al-hindi"
KING, JHASSAN, KHASAWNEH, SAFADI, MOMANI = ("person:abdullah-ii", "person:jafar-hassan",
                                            "person:bisher-al-khasawneh", "person:ayman-safadi",
                                            "person:mohammad-al-momani")
DEIF, MSINWAR, SHABANA, HADDAD, MUSHTAHA, SIRAJ, OUDEH = (
    "person:mohammed-deif", "person:mohammed-sinwar", "person:mohammed-shabana", "person:izz-al-din-al-haddad",
    "person:rawhi-mushtaha", "person:sameh-al-siraj", "person:sami-oudeh")
DARWISH = "person:mohammed-darwish"
# new to the tables
KHALLAF, NABIT, WENNESLAND, FARAYA, MUBAIDEEN, ODEH = (
    "person:tamim-khallaf", "person:salem-al-nabit", "person:tor-wennesland", "person:mazen-al-faraya",
    "person:muhannad-mubaideen", "person:mohammed-odeh")
BAHTINI, GHANNAM, IZZALDIN, GHALI, ABUDAQQA, HASSANI, ABUSHUJAA = (
    "person:khalil-al-bahtini", "person:jihad-ghannam", "person:tareq-izz-al-din", "person:ali-hassan-ghali",
    "person:ahmed-abu-daqqa", "person:iyad-al-hassani", "person:mohammed-jaber-abu-shujaa")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_SHARM = {RASHAD: "عقد اللواء حسن رشاد", WITKOFF: "مع المبعوث الأمريكي الخاص ستيف ويتكوف",
          KUSHNER: "وجاريد كوشنر", MBAR: "بحضور رئيس مجلس الوزراء وزير الخارجية القطري"}
_MBZ = {TAMIM: "Emir Sheikh Tamim bin Hamad Al Thani received", MBZ: "UAE President Sheikh Mohamed bin Zayed",
        NABIT: "in the presence of the chief of staff"}
_OATH = {AGHABEKIAN: "أدت فارسين اغابكيان شاهين", ABBAS: "اليمين القانونية أمام سيادة الرئيس",
         MUSTAFA: "بحضور رئيس الوزراء محمد مصطفى"}
_CAIROPIJ = {KAMEL: "Abbas Kamel received", NAKHALAH: "secretary-general Ziyad al-Nakhala",
             HINDI: "political department, Mohammed al-Hindi"}
_AMMAN = {JHASSAN: "أدى رئيس الوزراء جعفر حسّان", KING: "اليمين الدستورية أمام جلالة الملك",
          SAFADI: "نائب رئيس الوزراء وزير الخارجية أيمن الصفدي", FARAYA: "ووزير الداخلية مازن الفراية",
          MOMANI: "ووزير الاتصال الحكومي محمد المومني"}

ARTICLES = [
    ("arKU1_rashad_witkoff_sharm", "ar",
     "رشاد يلتقي ويتكوف وكوشنر في شرم الشيخ.. ومفاوضات غير مباشرة بين حماس وإسرائيل\n"
     "شرم الشيخ - الأهرام: عقد اللواء حسن رشاد، رئيس المخابرات العامة، اليوم الأربعاء، اجتماعاً بمدينة شرم "
     "الشيخ مع المبعوث الأمريكي الخاص ستيف ويتكوف وجاريد كوشنر، بحضور رئيس مجلس الوزراء وزير الخارجية القطري "
     "الشيخ محمد بن عبدالرحمن آل ثاني.\n"
     "وكان رشاد قد التقى أمس، في لقاءين منفصلين، وفد حركة حماس برئاسة خليل الحية، والوفد الإسرائيلي برئاسة "
     "وزير الشؤون الاستراتيجية رون ديرمر، في إطار المفاوضات غير المباشرة بين الجانبين.\n"
     "ومن المنتظر أن يصل رئيس جهاز المخابرات التركي إبراهيم قالن إلى شرم الشيخ غداً.\n"
     "ويتولى رشاد رئاسة الجهاز منذ أكتوبر 2024، خلفاً للواء عباس كامل.\n"
     "وقال المتحدث الرسمي باسم وزارة الخارجية السفير تميم خلاف إن مصر تبذل أقصى جهدها لإنجاح المرحلة الأولى "
     "من خطة الرئيس الأمريكي دونالد ترامب، فيما تلقى الرئيس عبد الفتاح السيسي اتصالاً هاتفياً من ترامب.",
     _group(_SHARM, "2025-10-08") + [
      ("VISITED", WITKOFF, SHARM, "اجتماعاً بمدينة شرم", "2025-10-08"),
      ("VISITED", KUSHNER, SHARM, "اجتماعاً بمدينة شرم", "2025-10-08"),
      ("VISITED", MBAR, SHARM, "اجتماعاً بمدينة شرم", "2025-10-08"),
      ("MET_WITH", RASHAD, HAYYA, "وفد حركة حماس برئاسة خليل الحية", "2025-10-07"),
      ("MET_WITH", RASHAD, DERMER, "وزير الشؤون الاستراتيجية رون ديرمر", "2025-10-07"),
      ("LEADS", RASHAD, EGIS, "عقد اللواء حسن رشاد، رئيس المخابرات العامة"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس كامل", "2024-10"),
      ("MEMBER_OF", KHALLAF, EGFM, "المتحدث الرسمي باسم وزارة الخارجية السفير تميم خلاف"),
      ],
     {"source": "blind set (Egyptian daily, Arabic)", "published": "2025-10-08"}),

    ("enKU2_israeli_strike_doha", "en",
     "Israeli strike in Doha kills Hamas members and Qatari officer; leaders survive\n"
     "DOHA, Sept 10 (Reuters) - An Israeli air strike on a residential compound in Doha killed Hammam al-Hayya, "
     "the son of Hamas' Gaza chief and lead negotiator Khalil al-Hayya, the director of his office, Jihad Labad, "
     "and bodyguard Moamen Hassouna, Hamas said on Wednesday. The Israeli military said it had targeted the "
     "group's leadership.\n"
     "Qatar's interior ministry said Corporal Badr Saad Mohammed al-Humaidi of the internal security force was "
     "also killed in the attack. Hamas said its negotiating team, including Khalil al-Hayya and Zaher Jabarin, "
     "survived.\n"
     "Emir Sheikh Tamim bin Hamad Al Thani received UAE President Sheikh Mohamed bin Zayed in Doha on "
     "Wednesday, in the presence of the chief of staff of Qatar's armed forces, Lt. Gen. Salem bin Hamad "
     "Al-Nabit. Jordan's Crown Prince Hussein is expected in Doha on Thursday.\n"
     "U.S. President Donald Trump spoke by phone with the emir and said he was \"very unhappy\" about the "
     "strike.",
     [("ASSASSINATED_BY", HAMMAM, ISR, "An Israeli air strike on a residential compound", "2025-09-09"),
      ("ASSASSINATED_BY", LABAD, ISR, "the director of his office, Jihad Labad", "2025-09-09"),
      ("ASSASSINATED_BY", HASSOUNA, ISR, "and bodyguard Moamen Hassouna", "2025-09-09"),
      ("ASSASSINATED_BY", HUMAIDI, ISR, "also killed in the attack", "2025-09-09"),
      ("ATTACKED", ISR, DOHA, "An Israeli air strike on a residential compound", "2025-09-09"),
      ("MEMBER_OF", HUMAIDI, LEKHWIYA, "of the internal security force"),
      ] + _group(_MBZ, "2025-09-10") + [
      ("VISITED", MBZ, DOHA, "UAE President Sheikh Mohamed bin Zayed in Doha", "2025-09-10"),
      ],
     {"source": "blind set (international wire, English)", "published": "2025-09-10"}),

    ("arKU3_aghabekian_oath_kaag", "ar",
     "اغابكيان تؤدي اليمين القانونية وزيرةً للخارجية والمغتربين\n"
     "رام الله 5-3-2025 وفا- أدت فارسين اغابكيان شاهين، اليوم الأربعاء، اليمين القانونية أمام سيادة الرئيس "
     "محمود عباس وزيرةً للخارجية والمغتربين، بحضور رئيس الوزراء محمد مصطفى، في مقر الرئاسة بمدينة رام الله.\n"
     "وتتسلم اغابكيان الحقيبة من رئيس الوزراء، الذي تولاها منذ تشكيل الحكومة في آذار من العام الماضي، بعد "
     "أن شغلت منصب وزيرة الدولة للشؤون الخارجية.\n"
     "وفي سياق آخر، استقبل مصطفى في مكتبه برام الله القائمة بأعمال المنسق الخاص للأمم المتحدة لعملية السلام "
     "في الشرق الأوسط سيغريد كاغ، التي خلفت المنسق السابق تور وينسلاند مطلع العام الجاري.\n"
     "وبحث الجانبان الأوضاع في قطاع غزة والضفة الغربية واحتجاز إسرائيل أموال المقاصة.\n"
     "وأجرت وزيرة الخارجية اتصالاً هاتفياً مع نظيرها المصري بدر عبد العاطي، فيما يُنتظر أن تلتقي كاغ وزير "
     "المالية عمر البيطار الأسبوع المقبل.",
     _group(_OATH, "2025-03-05") + [
      ("SUCCESSOR_OF", AGHABEKIAN, MUSTAFA, "وتتسلم اغابكيان الحقيبة من رئيس الوزراء", "2025-03-05"),
      ("LEADS", AGHABEKIAN, PAFM, "وزيرةً للخارجية والمغتربين، بحضور"),
      ("MET_WITH", MUSTAFA, KAAG, "استقبل مصطفى في مكتبه برام الله", "2025-03"),
      ("VISITED", KAAG, RAMALLAH, "استقبل مصطفى في مكتبه برام الله", "2025-03"),
      ("SUCCESSOR_OF", KAAG, WENNESLAND, "التي خلفت المنسق السابق تور وينسلاند", "2025-01"),
      ],
     {"source": "blind set (Palestinian news agency, Arabic)", "published": "2025-03-05"}),

    ("enKU4_islamic_jihad_commanders", "en",
     "Islamic Jihad's decimated command: the men Israel has killed since 2023\n"
     "When Israel opened its May 2023 offensive on Gaza, dubbed Operation Shield and Arrow, its first strikes "
     "killed three senior figures of Islamic Jihad and its armed wing, the Al-Quds Brigades: Khalil al-Bahtini, "
     "Jihad Ghannam and Tareq Izz al-Din.\n"
     "Two days later the Israeli army said it had killed Ali Hassan Ghali, head of the group's rocket unit, in "
     "Khan Younis. His deputy Ahmed Abu Daqqa, who had taken over from him, was killed by an Israeli strike "
     "hours later. A sixth commander, Iyad al-Hassani, died on the last day of the fighting, before an "
     "Egyptian-brokered truce took hold.\n"
     "That truce was negotiated in Cairo, where Egypt's intelligence chief Abbas Kamel received the movement's "
     "secretary-general Ziyad al-Nakhala and the head of its political department, Mohammed al-Hindi.\n"
     "The war since October 2023 has thinned the ranks further. In August 2024 Israeli forces said they had "
     "killed Mohammed Jaber, known as Abu Shujaa, the Al-Quds Brigades commander in Tulkarem.",
     [("ASSASSINATED_BY", BAHTINI, ISR, "Khalil al-Bahtini", "2023-05-09"),
      ("ASSASSINATED_BY", GHANNAM, ISR, "Jihad Ghannam and", "2023-05-09"),
      ("ASSASSINATED_BY", IZZALDIN, ISR, "Tareq Izz al-Din", "2023-05-09"),
      ("MEMBER_OF", BAHTINI, QUDSB, "Khalil al-Bahtini"),
      ("MEMBER_OF", GHANNAM, QUDSB, "Jihad Ghannam and"),
      ("ASSASSINATED_BY", GHALI, IDF, "the Israeli army said it had killed Ali Hassan Ghali", "2023-05-11"),
      ("SUCCESSOR_OF", ABUDAQQA, GHALI, "who had taken over from him", "2023-05-11"),
      ("ASSASSINATED_BY", ABUDAQQA, ISR, "was killed by an Israeli strike", "2023-05-11"),
      ] + _group(_CAIROPIJ, "2023-05") + [
      ("LEADS", KAMEL, EGIS, "Egypt's intelligence chief Abbas Kamel"),
      ("LEADS", NAKHALAH, PIJ, "secretary-general Ziyad al-Nakhala"),
      ("VISITED", NAKHALAH, CAIRO, "That truce was negotiated in Cairo", "2023-05"),
      ("ASSASSINATED_BY", ABUSHUJAA, IDF, "Israeli forces said they had", "2024-08-29"),
      ("MEMBER_OF", ABUSHUJAA, QUDSB, "the Al-Quds Brigades commander in Tulkarem"),
      ],
     {"source": "blind set (Middle East analysis site, English)", "published": "2024-09-05"}),

    ("arKU5_jafar_hassan_government", "ar",
     "حكومة جعفر حسّان تؤدي اليمين الدستورية أمام الملك\n"
     "عمان - الغد - أدى رئيس الوزراء جعفر حسّان، اليوم الأربعاء، اليمين الدستورية أمام جلالة الملك عبدالله "
     "الثاني في قصر الحسينية، كما أداها أعضاء الحكومة، ومنهم نائب رئيس الوزراء وزير الخارجية أيمن الصفدي "
     "ووزير الداخلية مازن الفراية ووزير الاتصال الحكومي محمد المومني.\n"
     "وتخلف حكومة حسّان حكومة الدكتور بشر الخصاونة، التي قبل جلالة الملك استقالتها الأحد الماضي بعد نحو أربع "
     "سنوات على تشكيلها، ولم يحضر الخصاونة مراسم أداء اليمين.\n"
     "واحتفظ الصفدي والفراية بحقيبتيهما، فيما جاء المومني خلفاً لمهند مبيضين.\n"
     "وكان حسّان يشغل منصب مدير مكتب جلالة الملك قبل تكليفه بتشكيل الحكومة.\n"
     "وشدد جلالته خلال ترؤسه أول اجتماع لمجلس الوزراء على أولوية التحديث الاقتصادي ودعم صمود الأشقاء "
     "الفلسطينيين.",
     _group(_AMMAN, "2024-09-18") + [
      ("LOCATED_IN", HUSSEINIYA, AMMAN, "عمان - الغد -"),
      ("LEADS", JHASSAN, JOGOV, "أدى رئيس الوزراء جعفر حسّان"),
      ("SUCCESSOR_OF", JHASSAN, KHASAWNEH, "حكومة الدكتور بشر الخصاونة", "2024-09-18"),
      ("SUCCESSOR_OF", MOMANI, MUBAIDEEN, "فيما جاء المومني خلفاً لمهند مبيضين", "2024-09-18"),
      ("MEMBER_OF", SAFADI, JOGOV, "نائب رئيس الوزراء وزير الخارجية أيمن الصفدي"),
      ("MEMBER_OF", FARAYA, JOGOV, "ووزير الداخلية مازن الفراية"),
      ("MEMBER_OF", MOMANI, JOGOV, "ووزير الاتصال الحكومي محمد المومني"),
      ],
     {"source": "blind set (Jordanian daily, Arabic)", "published": "2024-09-18"}),

    ("enKU6_qassam_after_sinwar", "en",
     "After Mohammad Sinwar: who runs Hamas's armed wing now?\n"
     "Hamas's military wing has lost its top commander twice in less than a year. Mohammed Deif was killed in "
     "an Israeli strike in Khan Younis in July 2024; his place at the head of the Qassam Brigades was taken by "
     "Mohammad Sinwar, the younger brother of Yahya Sinwar.\n"
     "Israel's military said that it had killed Mohammad Sinwar in a May 2025 strike on the European Hospital in "
     "Khan Younis, along with the Rafah brigade commander, Mohammed Shabana. He was succeeded by Izzeldin "
     "al-Haddad, the commander of Gaza City, according to Israeli and Arab officials.\n"
     "The army had earlier said it killed Rawhi Moshtaha, head of Hamas's government in Gaza, together with "
     "Sameh al-Siraj and Sami Oudeh. In June the IDF also claimed the killing of Mohammed Odeh, the head of the "
     "Qassam Brigades' intelligence.\n"
     "Politically, the movement has been run since late 2024 by a leadership council chaired by Mohammed "
     "Darwish. Its chief negotiator, Khalil al-Hayya, met Egypt's intelligence chief Hassan Rashad in Cairo in "
     "August; Darwish was not at the meeting.",
     [("ASSASSINATED_BY", DEIF, ISR, "was killed in an Israeli strike in Khan Younis", "2024-07-13"),
      ("SUCCESSOR_OF", MSINWAR, DEIF, "his place at the head of the Qassam Brigades", "2024"),
      ("LEADS", MSINWAR, QASSAM, "his place at the head of the Qassam Brigades"),
      ("ASSASSINATED_BY", MSINWAR, IDF, "it had killed Mohammad Sinwar", "2025-05-13"),
      ("ASSASSINATED_BY", SHABANA, IDF, "along with the Rafah brigade commander", "2025-05-13"),
      ("ATTACKED", IDF, EUROHOSP, "strike on the European Hospital", "2025-05-13"),
      ("SUCCESSOR_OF", HADDAD, MSINWAR, "He was succeeded by Izzeldin", "2025-05"),
      ("ASSASSINATED_BY", MUSHTAHA, IDF, "had earlier said it killed Rawhi Moshtaha", "2024-07"),
      ("ASSASSINATED_BY", SIRAJ, IDF, "Sameh al-Siraj and Sami Oudeh", "2024-07"),
      ("ASSASSINATED_BY", OUDEH, IDF, "Sameh al-Siraj and Sami Oudeh", "2024-07"),
      ("ASSASSINATED_BY", ODEH, IDF, "also claimed the killing of Mohammed Odeh", "2025-06"),
      ("LEADS", DARWISH, HLC, "a leadership council chaired by Mohammed"),
      ("MET_WITH", HAYYA, RASHAD, "met Egypt's intelligence chief Hassan Rashad", "2025-08"),
      ("VISITED", HAYYA, CAIRO, "Hassan Rashad in Cairo in", "2025-08"),
      ],
     {"source": "blind set (Middle East analysis site, English)", "published": "2025-08-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKU")
