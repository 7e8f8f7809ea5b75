"""Blind set LP: Lebanon, Palestine and Israel 2024-2025 (Hezbollah's succession, Hamas leaders killed and
their successors, Lebanon's new president and prime minister, the US envoys, the Palestinian Authority's new
prime minister), as a Lebanese Arabic daily writes it (An-Nahar-like: no agency tag, "أمس", "العماد"), as
a Palestinian news agency writes it (WAFA-like: "رام الله 14-3-2024 وفا-", "سيادته"), as an Israeli English
daily writes it (Times of Israel-like: "the terror group", "eliminated") and as an international wire writes
it (Reuters-like: "DOHA/CAIRO, Aug 6 (Reuters) -").
Pieces: Joseph Aoun receives Le Drian with the French ambassador Magro at Baabda, Aoun elected after Michel
Aoun, Hassan Audi acting army commander in his place, Mikati and the Qatari ambassador received separately
(Arabic); Qassem named after Nasrallah, killed by an Israeli airstrike with Karaki and Nilforoushan,
Safieddine killed by the IDF (English); Abbas designates Mohammad Mustafa after Shtayyeh in the presence of
Hussein al-Sheikh and Majed Faraj, then receives Shtayyeh with his deputy Ziad Abu Amr (Arabic); Sinwar
named after Haniyeh, Haniyeh's meetings with Pezeshkian and Khamenei, Deif and Marwan Issa killed by the
IDF (English); Ortagus received by Aoun with ambassador Lisa Johnson, meets Nawaf Salam with Mitri and
Rajji, visits Berri, Salam after Mikati (Arabic); Muhammad Sinwar killed by Israel after succeeding his
brother killed by the IDF, Shabana killed with him, Haddad after him, al-Hayya meets Hassan Rashad with
al-Khulaifi in Cairo (English).
Excluded on purpose (no relation): Aoun's phone call from Macron, and Mikati and the Qatari ambassador,
received "في لقاءين منفصلين", are not paired with each other (LP1); Hochstein "is expected to meet"
Netanyahu and Dermer (LP2); the phone call from the Qatari prime minister and Hamas's criticism (LP3);
Haniyeh's killing, which "Hamas and Iran have blamed" on Israel (an accusation), the mediators' call with
Burns, and Pezeshkian and Khamenei (a plain list met by Haniyeh) are not paired (LP4); the meeting with
the army commander Haykal, "أُرجئ" (LP5); the planned meeting of al-Hayya and Witkoff that "did not take
place" (LP6).
Judgement calls: "تولى ... قيادة الجيش بالوكالة بدلاً منه" is a succession (acting holder) (LP1); Karaki and
Nilforoushan "killed alongside Nasrallah in the strike" take the stated agent, Israel (LP2), and so does
Shabana "killed alongside him" (LP6); "was eliminated ..., the IDF said" and "Israel's military said ... it
had killed" are claimed killings (LP2, LP4); a person "accompanied" by his deputy is a meeting of all three
(LP3); "took over as Hamas's leader in Gaza after his brother Yahya was killed" and "has since taken his
place at the head of the ... military wing" are successions (LP6); "killed in Tehran" is not annotated
as a visit (LP4). Who attended the meetings (Magro, Faraj,
Abu Amr, Johnson, Mitri, Rajji, al-Khulaifi), the date of Le Drian's visit, the postponed meeting with
Haykal, the Cairo meeting of al-Hayya and the planned Witkoff meeting are filled in for the exercise.
Spellings: "جوزيف عون" and "لو دريان" (LP1); "محمد إشتية" and the kunya "أبو مازن" (LP3); "Ismail Haniya"
(LP4); "أورتاغس" and "يوسف رجّي" (LP5); "Muhammad Sinwar", "Izz al-Din Haddad" without al-, "Khalil
al-Haya" and "Mohammed Al-Khulaifi" (LP6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_lq import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IDF, HEZB, HEZEXEC, IRGC, QASSAM, HAMASPB = (
    "country:israel", "organization:israel-defense-forces", "organization:hezbollah",
    "organization:hezbollah-executive-council", "organization:irgc", "organization:qassam-brigades",
    "organization:hamas-political-bureau")
LEBPRES, LEBARMY, LEBGOV, LEBPARL, LEBFM, ISRGOV, PLOEC, PGI, PIF, EGI = (
    "organization:lebanese-presidency", "organization:lebanese-army", "organization:lebanese-government",
    "organization:lebanese-parliament", "organization:lebanese-foreign-ministry", "organization:israeli-government",
    "organization:plo-executive-committee", "organization:palestinian-general-intelligence",
    "organization:palestine-investment-fund", "organization:egyptian-general-intelligence")
BAABDA, SERAIL, TINEH, DAHIYEH, KHANYOUNIS, CAIRO = (
    "location:baabda-palace", "location:grand-serail", "location:ain-el-tineh", "location:dahiyeh",
    "location:khan-younis", "location:cairo")
JAOUN, MAOUN, LEDRIAN, MAGRO, AUDI, MIKATI, SAUD = (
    "person:joseph-aoun", "person:michel-aoun", "person:jean-yves-le-drian", "person:herve-magro",
    "person:hassan-audi", "person:najib-mikati", "person:saud-bin-abdulrahman-bin-faisal-al-thani")
QASSEM, NASRALLAH, KARAKI, NILFOROUSHAN, SAFIEDDINE = (
    "person:naim-qassem", "person:hassan-nasrallah", "person:ali-karaki", "person:abbas-nilforoushan",
    "person:hashem-safieddine")
ABBAS, MUSTAFA, SHTAYYEH, SHEIKH, FARAJ = (
    "person:mahmoud-abbas", "person:mohammad-mustafa", "person:mohammad-shtayyeh", "person:hussein-al-sheikh",
    "person:majed-faraj")
YSINWAR, HANIYEH, PEZESHKIAN, KHAMENEI, DEIF, ISSA = (
    "person:yahya-sinwar", "person:ismail-haniyeh", "person:masoud-pezeshkian", "person:ali-khamenei",
    "person:mohammed-deif", "person:marwan-issa")
ORTAGUS, JOHNSON, SALAM, MITRI, RAJJI, BERRI = (
    "person:morgan-ortagus", "person:lisa-johnson", "person:nawaf-salam", "person:tarek-mitri",
    "person:youssef-rajji", "person:nabih-berri")
MSINWAR, SHABANA, HADDAD, HAYYA, RASHAD, KHULAIFI = (
    "person:mohammed-sinwar", "person:mohammed-shabana", "person:izz-al-din-al-haddad", "person:khalil-al-hayya",
    "person:hassan-rashad", "person:mohammed-al-khulaifi")
# new to the tables
MAKARY, LEVIN, ABUAMR, MANSOUR, MAKHZOUMI, SMOTRICH = (
    "person:ziad-makary", "person:yariv-levin", "person:ziad-abu-amr", "person:riyad-mansour",
    "person:fouad-makhzoumi", "person:bezalel-smotrich")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_BAABDA1 = {JAOUN: "استقبل رئيس الجمهورية العماد جوزيف عون", LEDRIAN: "الموفد الرئاسي الفرنسي جان إيف لو دريان",
            MAGRO: "بحضور السفير الفرنسي في لبنان"}
_MUQATAA = {ABBAS: "وسلّم سيادته كتاب التكليف", MUSTAFA: "وسلّم سيادته كتاب التكليف",
            SHEIKH: "بحضور أمين سر اللجنة التنفيذية", FARAJ: "ورئيس جهاز المخابرات العامة اللواء ماجد فرج"}
_SHTAYYEH = {ABBAS: "استقبل الرئيس أبو مازن رئيس الوزراء المستقيل",
             SHTAYYEH: "استقبل الرئيس أبو مازن رئيس الوزراء المستقيل", ABUAMR: "يرافقه نائبه زياد أبو عمرو"}
_BAABDA5 = {ORTAGUS: "فاستقبلها رئيس الجمهورية جوزاف عون", JAOUN: "فاستقبلها رئيس الجمهورية جوزاف عون",
            JOHNSON: "بحضور السفيرة الأميركية ليزا جونسون"}
_SERAIL = {ORTAGUS: "عقدت اجتماعاً مع رئيس الحكومة نواف سلام", SALAM: "عقدت اجتماعاً مع رئيس الحكومة نواف سلام",
           MITRI: "نائب رئيس الحكومة طارق متري", RAJJI: "ووزير الخارجية يوسف رجّي"}
_CAIRO = {HAYYA: "Khalil al-Haya met Egypt's intelligence chief", RASHAD: "Khalil al-Haya met Egypt's intelligence chief",
          KHULAIFI: "also in attendance"}

ARTICLES = [
    ("arLP1_aoun_ledrian_baabda", "ar",
     "عون يستقبل لو دريان في بعبدا ويلتقي ميقاتي والسفير القطري\n"
     "استقبل رئيس الجمهورية العماد جوزيف عون، أمس في قصر بعبدا، الموفد الرئاسي الفرنسي جان إيف لو دريان، "
     "بحضور السفير الفرنسي في لبنان هيرفيه ماغرو، وجرى عرض للأوضاع العامة ولمسار تشكيل الحكومة الجديدة.\n"
     "وكان عون، قائد الجيش، قد انتُخب الخميس الماضي رئيساً للجمهورية بـ99 صوتاً، خلفاً للرئيس ميشال عون الذي "
     "انتهت ولايته في تشرين الأول 2022، لينتهي شغور رئاسي دام أكثر من عامين.\n"
     "وتولى رئيس الأركان اللواء حسان عودة قيادة الجيش بالوكالة بدلاً منه.\n"
     "كما التقى الرئيس عون، في لقاءين منفصلين، رئيس حكومة تصريف الأعمال نجيب ميقاتي، والسفير القطري الشيخ "
     "سعود بن عبد الرحمن آل ثاني.\n"
     "وتلقى رئيس الجمهورية اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون الذي أعلن أنه سيزور بيروت قريباً.\n"
     "وقال وزير الإعلام في حكومة تصريف الأعمال زياد المكاري إن «صفحة جديدة فُتحت»، داعياً إلى الإسراع في "
     "الاستشارات النيابية الملزمة.",
     _group(_BAABDA1, "2025-01-11") + [
      ("VISITED", LEDRIAN, BAABDA, "أمس في قصر بعبدا", "2025-01-11"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "خلفاً للرئيس ميشال عون", "2025-01-09"),
      ("LEADS", JAOUN, LEBPRES, "رئيساً للجمهورية بـ99 صوتاً"),
      ("SUCCESSOR_OF", AUDI, JAOUN, "قيادة الجيش بالوكالة بدلاً منه", "2025-01"),
      ("LEADS", AUDI, LEBARMY, "قيادة الجيش بالوكالة بدلاً منه"),
      ("MET_WITH", JAOUN, MIKATI, "رئيس حكومة تصريف الأعمال نجيب ميقاتي", "2025-01-11"),
      ("LEADS", MIKATI, LEBGOV, "رئيس حكومة تصريف الأعمال نجيب ميقاتي"),
      ("MET_WITH", JAOUN, SAUD, "والسفير القطري الشيخ", "2025-01-11"),
      ("MEMBER_OF", MAKARY, LEBGOV, "وزير الإعلام في حكومة تصريف الأعمال"),
      ],
     {"source": "blind set (Lebanese daily, Arabic)", "published": "2025-01-12"}),

    ("enLP2_qassem_after_nasrallah", "en",
     "Hezbollah names Naim Qassem as new chief, a month after Israel killed Nasrallah\n"
     "Hezbollah on Tuesday named Naim Qassem as its new secretary-general, replacing Hassan Nasrallah, who was "
     "killed in an Israeli airstrike on the terror group's headquarters in Beirut's southern suburbs on "
     "September 27.\n"
     "The 71-year-old cleric, who served as Nasrallah's deputy for over three decades, was chosen by the "
     "group's Shura Council, according to a statement.\n"
     "The Iran-backed group's Southern Front commander, Ali Karaki, and a senior Iranian Revolutionary Guards "
     "officer, Abbas Nilforoushan, were killed alongside Nasrallah in the strike.\n"
     "Nasrallah's cousin Hashem Safieddine, the head of Hezbollah's Executive Council who had been tipped as "
     "his successor, was eliminated in a strike in Dahiyeh days later, the IDF said last week.\n"
     "Justice Minister Yariv Levin said the appointment would be \"very temporary.\"\n"
     "US envoy Amos Hochstein is expected to meet Prime Minister Benjamin Netanyahu and Strategic Affairs "
     "Minister Ron Dermer in Jerusalem on Thursday to discuss a ceasefire proposal for Lebanon.",
     [("SUCCESSOR_OF", QASSEM, NASRALLAH, "replacing Hassan Nasrallah", "2024-10-29"),
      ("LEADS", QASSEM, HEZB, "as its new secretary-general"),
      ("ASSASSINATED_BY", NASRALLAH, ISR, "killed in an Israeli airstrike", "2024-09-27"),
      ("ATTACKED", ISR, DAHIYEH, "killed in an Israeli airstrike", "2024-09-27"),
      ("ASSASSINATED_BY", KARAKI, ISR, "were killed alongside Nasrallah in the strike", "2024-09-27"),
      ("ASSASSINATED_BY", NILFOROUSHAN, ISR, "were killed alongside Nasrallah in the strike", "2024-09-27"),
      ("MEMBER_OF", KARAKI, HEZB, "Southern Front commander, Ali Karaki"),
      ("MEMBER_OF", NILFOROUSHAN, IRGC, "a senior Iranian Revolutionary Guards"),
      ("ASSASSINATED_BY", SAFIEDDINE, IDF, "was eliminated in a strike in Dahiyeh", "2024-10"),
      ("LEADS", SAFIEDDINE, HEZEXEC, "the head of Hezbollah's Executive Council"),
      ("ATTACKED", IDF, DAHIYEH, "was eliminated in a strike in Dahiyeh", "2024-10"),
      ("MEMBER_OF", LEVIN, ISRGOV, "Justice Minister Yariv Levin"),
      ],
     {"source": "blind set (Israeli daily, English)", "published": "2024-10-29"}),

    ("arLP3_abbas_mustafa_designation", "ar",
     "الرئيس يكلف محمد مصطفى بتشكيل الحكومة التاسعة عشرة\n"
     "رام الله 14-3-2024 وفا- كلّف رئيس دولة فلسطين محمود عباس، اليوم الخميس، الدكتور محمد مصطفى بتشكيل "
     "الحكومة التاسعة عشرة، ليخلف محمد إشتية الذي قدّم استقالة حكومته أواخر الشهر الماضي.\n"
     "وسلّم سيادته كتاب التكليف لمصطفى في مقر الرئاسة بمدينة رام الله، بحضور أمين سر اللجنة التنفيذية لمنظمة "
     "التحرير حسين الشيخ، ورئيس جهاز المخابرات العامة اللواء ماجد فرج.\n"
     "ومصطفى خبير اقتصادي، ويشغل منصب رئيس مجلس إدارة صندوق الاستثمار الفلسطيني.\n"
     "وفي وقت لاحق، استقبل الرئيس أبو مازن رئيس الوزراء المستقيل، يرافقه نائبه زياد أبو عمرو، وشكرهما على "
     "الجهود التي بذلتها الحكومة في ظروف بالغة الصعوبة.\n"
     "وتلقى الرئيس اتصالاً هاتفياً من رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، "
     "هنأه فيه بالتكليف.\n"
     "من جهتها، انتقدت حركة حماس في بيان تكليف مصطفى «دون توافق وطني».",
     [("SUCCESSOR_OF", MUSTAFA, SHTAYYEH, "ليخلف محمد إشتية", "2024-03-14")]
     + _group(_MUQATAA, "2024-03-14") + [
      ("MEMBER_OF", SHEIKH, PLOEC, "بحضور أمين سر اللجنة التنفيذية"),
      ("LEADS", FARAJ, PGI, "ورئيس جهاز المخابرات العامة اللواء ماجد فرج"),
      ("LEADS", MUSTAFA, PIF, "رئيس مجلس إدارة صندوق الاستثمار"),
      ] + _group(_SHTAYYEH, "2024-03-14"),
     {"source": "blind set (Palestinian news agency, Arabic)", "published": "2024-03-14"}),

    ("enLP4_sinwar_after_haniya", "en",
     "Hamas names Gaza chief Sinwar as new leader after Haniya killing\n"
     "DOHA/CAIRO, Aug 6 (Reuters) - Hamas on Tuesday named Yahya Sinwar, its leader in Gaza and the "
     "mastermind of the Oct. 7 attack on Israel, as its new political chief, replacing Ismail Haniya, who was "
     "killed in Tehran last week.\n"
     "Hamas and Iran have blamed Israel for the assassination, which Israel has neither confirmed nor denied.\n"
     "Haniya had met Iran's new president, Masoud Pezeshkian, and Supreme Leader Ayatollah Ali Khamenei hours "
     "before the blast at the guesthouse where he was staying.\n"
     "Israel's military said last week it had killed Mohammed Deif, the head of Hamas's armed wing, in a "
     "July 13 air strike in Khan Younis. Deif's deputy, Marwan Issa, was killed by Israeli forces in March, "
     "the military has said.\n"
     "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, and Egypt's intelligence chief, Abbas "
     "Kamel, held a call with CIA Director William Burns on Monday to salvage ceasefire talks.\n"
     "\"The occupation is killing any chance of a deal,\" Riyad Mansour, the Palestinian envoy to the United "
     "Nations, told reporters in New York.",
     [("SUCCESSOR_OF", YSINWAR, HANIYEH, "replacing Ismail Haniya", "2024-08-06"),
      ("LEADS", YSINWAR, HAMASPB, "as its new political chief"),
      ("MET_WITH", HANIYEH, PEZESHKIAN, "Haniya had met Iran's new president", "2024-07-30"),
      ("MET_WITH", HANIYEH, KHAMENEI, "Supreme Leader Ayatollah Ali Khamenei", "2024-07-30"),
      ("ASSASSINATED_BY", DEIF, IDF, "it had killed Mohammed Deif", "2024-07-13"),
      ("LEADS", DEIF, QASSAM, "the head of Hamas's armed wing"),
      ("ATTACKED", IDF, KHANYOUNIS, "July 13 air strike in Khan Younis", "2024-07-13"),
      ("ASSASSINATED_BY", ISSA, IDF, "was killed by Israeli forces in March", "2024-03"),
      ],
     {"source": "blind set (international wire, English)", "published": "2024-08-06"}),

    ("arLP5_ortagus_baabda_serail", "ar",
     "أورتاغس في بعبدا والسراي وعين التينة: السلاح أولاً\n"
     "جالت نائبة المبعوث الأميركي إلى الشرق الأوسط مورغان أورتاغس، أمس، على المسؤولين اللبنانيين، "
     "فاستقبلها رئيس الجمهورية جوزاف عون في قصر بعبدا بحضور السفيرة الأميركية ليزا جونسون، وتناول اللقاء "
     "انتشار الجيش جنوب الليطاني وملف السلاح.\n"
     "ثم انتقلت الموفدة الأميركية إلى السراي الحكومي، حيث عقدت اجتماعاً مع رئيس الحكومة نواف سلام شارك فيه "
     "نائب رئيس الحكومة طارق متري ووزير الخارجية يوسف رجّي.\n"
     "وسلام، القاضي السابق في محكمة العدل الدولية، كُلّف في كانون الثاني تشكيل الحكومة بدلاً من نجيب ميقاتي.\n"
     "كما زارت أورتاغس رئيس مجلس النواب نبيه بري في عين التينة، حيث استمر اللقاء ساعة.\n"
     "وكان من المقرر أن تلتقي قائد الجيش العماد رودولف هيكل، إلا أن اللقاء أُرجئ إلى زيارتها المقبلة.\n"
     "وقال النائب فؤاد مخزومي إن «الرسالة الأميركية واضحة: لا إعمار قبل حصر السلاح بيد الدولة».",
     _group(_BAABDA5, "2025-04-05") + [
      ("VISITED", ORTAGUS, BAABDA, "في قصر بعبدا بحضور", "2025-04-05"),
      ("LEADS", JAOUN, LEBPRES, "فاستقبلها رئيس الجمهورية جوزاف عون"),
      ] + _group(_SERAIL, "2025-04-05") + [
      ("VISITED", ORTAGUS, SERAIL, "إلى السراي الحكومي", "2025-04-05"),
      ("LEADS", SALAM, LEBGOV, "عقدت اجتماعاً مع رئيس الحكومة نواف سلام"),
      ("LEADS", RAJJI, LEBFM, "ووزير الخارجية يوسف رجّي"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "بدلاً من نجيب ميقاتي", "2025-01-13"),
      ("MET_WITH", ORTAGUS, BERRI, "كما زارت أورتاغس رئيس مجلس النواب", "2025-04-05"),
      ("VISITED", ORTAGUS, TINEH, "نبيه بري في عين التينة", "2025-04-05"),
      ("LEADS", BERRI, LEBPARL, "كما زارت أورتاغس رئيس مجلس النواب"),
      ("MEMBER_OF", MAKHZOUMI, LEBPARL, "وقال النائب فؤاد مخزومي"),
      ],
     {"source": "blind set (Lebanese daily, Arabic)", "published": "2025-04-06"}),

    ("enLP6_muhammad_sinwar_killed", "en",
     "Netanyahu confirms Israel killed Hamas Gaza chief Muhammad Sinwar\n"
     "Prime Minister Benjamin Netanyahu told the Knesset on Wednesday that Israel had killed Muhammad Sinwar, "
     "who took over as Hamas's leader in Gaza after his brother Yahya was killed by IDF troops in Rafah last "
     "October.\n"
     "The younger Sinwar was targeted on May 13 in an airstrike on a tunnel beneath the European Hospital in "
     "Khan Younis. The terror group's Rafah Brigade commander, Mohammed Shabana, was killed alongside him, the "
     "military said.\n"
     "Izz al-Din Haddad, the commander of Hamas's Gaza City Brigade, has since taken his place at the head of "
     "the group's military wing, according to Israeli officials.\n"
     "Meanwhile, senior Hamas official Khalil al-Haya met Egypt's intelligence chief Hassan Rashad in Cairo on "
     "Tuesday, with Qatari Minister of State Mohammed Al-Khulaifi also in attendance, as mediators pushed a new "
     "ceasefire proposal. A planned meeting between al-Haya and US envoy Steve Witkoff in Doha did not take "
     "place.\n"
     "Finance Minister Bezalel Smotrich said Hamas \"must be destroyed, not negotiated with.\"",
     [("ASSASSINATED_BY", MSINWAR, ISR, "that Israel had killed Muhammad Sinwar", "2025-05-13"),
      ("LEADS", "person:benjamin-netanyahu", ISRGOV, "Prime Minister Benjamin Netanyahu told the Knesset"),
      ("SUCCESSOR_OF", MSINWAR, YSINWAR, "who took over as Hamas's leader in Gaza", "2024-10"),
      ("ASSASSINATED_BY", YSINWAR, IDF, "was killed by IDF troops in Rafah", "2024-10-16"),
      ("ASSASSINATED_BY", SHABANA, ISR, "was killed alongside him, the military said", "2025-05-13"),
      ("SUCCESSOR_OF", HADDAD, MSINWAR, "has since taken his place at the head", "2025-05"),
      ("LEADS", HADDAD, QASSAM, "has since taken his place at the head"),
      ] + _group(_CAIRO, "2025-05-27") + [
      ("VISITED", HAYYA, CAIRO, "Hassan Rashad in Cairo on", "2025-05-27"),
      ("VISITED", KHULAIFI, CAIRO, "Hassan Rashad in Cairo on", "2025-05-27"),
      ("LEADS", RASHAD, EGI, "Khalil al-Haya met Egypt's intelligence chief"),
      ("MEMBER_OF", SMOTRICH, ISRGOV, "Finance Minister Bezalel Smotrich"),
      ],
     {"source": "blind set (Israeli daily, English)", "published": "2025-05-28"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLP")
