"""Blind set KT: the Palestinian Authority's 2024 government, the Cairo hostage talks, envoys in Amman and
Ramallah, Egypt's 2024 reshuffle and the killings of Hamas and Islamic Jihad men, 2024, as a Palestinian
news agency writes it in Arabic (WAFA-like: "رام الله 31-3-2024 وفا-", "سيادة الرئيس", "الشهداء",
"جيش الاحتلال"), as a Jordanian daily writes it (Al-Rai-like: "عمان - الرأي -", "جلالة الملك", "قصر بسمان
الزاهر"), as an international wire writes it in English (Reuters/AP-like: "CAIRO, Feb 13 (Reuters) -",
"JERUSALEM (AP) —", "two Egyptian security sources said") and as a Middle East analysis site writes it
(Al-Monitor-like: a reshuffle explained, "for his part", "according to Egyptian sources").
Pieces: Mustafa sworn in before Abbas with Hussein al-Sheikh present, Mustafa after Shtayyeh and after
al-Maliki at the foreign ministry, al-Bitar after Bishara, Abu Ramadan after al-Kaila (Arabic); Burns,
Barnea, the Qatari prime minister and Abbas Kamel in Cairo, al-Hayya's delegation with Kamel and Abdel
Khalek (English); the King receives Blinken at Basman with al-Safadi and Husni (Arabic); Rashad named to
replace Kamel, Abdelatty after Shoukry, Saqr after Zaki, Kouchouk after Maait, Fathy after Issa, Blinken
received by Sisi with Abdelatty, Rashad hosts al-Hayya (English analysis); the Ibn Sina hospital raid in
Jenin (Jalamneh and the Ghazawi brothers) and Abbas receiving Kaag with Faraj (Arabic); Israel acknowledges
killing Haniyeh (and his bodyguard), Khamenei receives Haniyeh and Nakhalah together, Sinwar after Haniyeh,
Sinwar killed by troops, Deif and Marwan Issa killed, Katz after Gallant (English).
Excluded on purpose (no relation): Khasawneh's congratulatory phone call to Mustafa and Hab al-Rih, who
"kept his post" (no succession) (KT1); whether Barnea would meet Hamas ("ruled out"), Biden's phone call
with Sisi, and al-Arouri's killing, "which Hamas blamed on Israel" (an accusation) (KT2); al-Safadi's phone
call with Shoukry and the Aqaba summit of the King, Sisi and Abbas, still to come (KT3); Kamel's move to
adviser (no successor named for that post) and Abdelatty, who "has not met" Katz and speaks with him by
phone (KT4); Abbas's phone call with the King (KT5); Pezeshkian, whose inauguration Haniyeh came for (no
meeting stated), and al-Zahar's statement (KT6).
Judgement calls: an oath sworn "before" the president with an official present is a meeting of the three
(KT1); Mustafa keeping the foreign affairs portfolio "instead of" al-Maliki is a succession at that post
(KT1); four officials who "met in Cairo" together are all paired (KT2); a delegation "held talks with Kamel
and" his aide pairs its head with both and the two Egyptians with each other (KT2); "received by Sisi,
with Abdelatty in the meeting" is a meeting of all three (KT4); "a special force of the occupation army
assassinated" gives each victim -> the Israeli army (KT5); the bodyguard killed by the same acknowledged
blast takes its agent, Israel (KT6); "received together by" Khamenei pairs the two guests with each other
(KT6); "the military said it had killed" Issa is a claimed killing (KT6).
Filled in for the exercise: Hussein al-Sheikh's presence at the oath, Abdel Khalek at the Hamas talks and
his role, Abu Zeid's quote, Husni's presence at Basman, the timing of Rashad's meeting with al-Hayya,
Faraj's presence with Kaag, and a few days.
Spellings: "محمد اشتيه" with ha (KT1); "عبدالفتاح السيسي" joined, "مهند المبيضين" with the article (KT3);
"Hassan Mahmoud Rashad" in full (KT4); "Ziyad Nakhalah" without al-, "Ayatollah Ali Khamenei" (KT6).
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

ISR, IDF, HAMAS, HPB, PIJ, QASSAM, QUDSB = (
    "country:israel", "organization:israel-defense-forces", "organization:hamas",
    "organization:hamas-political-bureau", "organization:palestinian-islamic-jihad",
    "organization:qassam-brigades", "organization:al-quds-brigades")
PAGOV, PAFM, PLOEC, PAGIS, EGIS, EGFM, JOGID, JOFM, JOGOV, MOSSAD, CIA = (
    "organization:palestinian-government", "organization:palestinian-foreign-ministry",
    "organization:plo-executive-committee", "organization:palestinian-general-intelligence",
    "organization:egyptian-general-intelligence", "organization:egyptian-foreign-ministry",
    "organization:jordanian-general-intelligence", "organization:jordanian-foreign-ministry",
    "organization:jordanian-government", "organization:mossad", "organization:cia")
CAIRO, AMMAN, BASMAN, RAMALLAH, TEHRAN, JENIN, IBNSINA = (
    "location:cairo", "location:amman", "location:basmane-palace", "location:ramallah", "location:tehran",
    "location:jenin", "location:ibn-sina-hospital-jenin")
ABBAS, MUSTAFA, SHTAYYEH, MALIKI, HSHEIKH, FARAJ, KAAG = (
    "person:mahmoud-abbas", "person:mohammad-mustafa", "person:mohammad-shtayyeh", "person:riyad-al-maliki",
    "person:hussein-al-sheikh", "person:majed-faraj", "person:sigrid-kaag")
BURNS, BARNEA, MBAR, KAMEL, HAYYA, ABDELKHALEK, SISI, BIDEN = (
    "person:william-burns", "person:david-barnea", "person:mohammed-bin-abdulrahman-al-thani",
    "person:abbas-kamel", "person:khalil-al-hayya", "person:ahmed-abdel-khalek",
    "person:abdel-fattah-al-sisi", "person:joe-biden")
KING, BLINKEN, SAFADI, HUSNI = ("person:abdullah-ii", "person:antony-blinken", "person:ayman-safadi",
                                "person:ahmed-husni")
RASHAD, ABDELATTY, SHOUKRY, SAQR, ZAKI, KOUCHOUK, MAAIT = (
    "person:hassan-rashad", "person:badr-abdelatty", "person:sameh-shoukry", "person:abdel-meguid-saqr",
    "person:mohamed-zaki", "person:ahmed-kouchouk", "person:mohamed-maait")
HANIYEH, WASIM, NAKHALAH, KHAMENEI, YSINWAR, DEIF, MISSA, KATZ, GALLANT = (
    "person:ismail-haniyeh", "person:wasim-abu-shaaban", "person:ziad-al-nakhalah", "person:ali-khamenei",
    "person:yahya-sinwar", "person:mohammed-deif", "person:marwan-issa", "person:israel-katz",
    "person:yoav-gallant")
# new to the tables
BITAR, BISHARA, HABALRIH, ABURAMADAN, KAILA, ABUZEID, MUBAIDEEN, FATHY, AISSA = (
    "person:omar-al-bitar", "person:shukri-bishara", "person:ziad-hab-al-rih", "person:majed-abu-ramadan",
    "person:mai-al-kaila", "person:ahmed-abu-zeid", "person:muhannad-mubaideen", "person:sherif-fathy",
    "person:ahmed-issa")
JALAMNEH, MGHAZAWI, BGHAZAWI, ZAHAR = ("person:mohammed-jalamneh", "person:mohammed-al-ghazawi",
                                       "person:basel-al-ghazawi", "person:mahmoud-al-zahar")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_OATH = {ABBAS: "اليمين القانونية أمام سيادة الرئيس", MUSTAFA: "اليمين القانونية أمام سيادة الرئيس",
         HSHEIKH: "بحضور أمين سر اللجنة التنفيذية"}
_CAIRO = {BURNS: "CIA Director William Burns", BARNEA: "Mossad chief David Barnea",
          MBAR: "Qatari Prime Minister Sheikh", KAMEL: "Egyptian intelligence chief Abbas Kamel"}
_HAMASCAIRO = {HAYYA: "A Hamas delegation led by", KAMEL: "had held talks with Kamel",
               ABDELKHALEK: "Major General Ahmed Abdel Khalek"}
_BASMAN = {KING: "استقبل جلالة الملك عبدالله الثاني", BLINKEN: "وزير الخارجية الأمريكي أنتوني بلينكن",
           SAFADI: "وزير الخارجية وشؤون المغتربين أيمن الصفدي", HUSNI: "ومدير المخابرات العامة اللواء أحمد حسني"}
_SEPT = {BLINKEN: "was received by Sisi", SISI: "was received by Sisi", ABDELATTY: "with Abdelatty in the meeting"}
_KAAG = {ABBAS: "استقبل سيادة الرئيس محمود عباس", KAAG: "كبيرة منسقي الشؤون الإنسانية",
         FARAJ: "بحضور رئيس جهاز المخابرات العامة"}
_KHAMENEI = {HANIYEH: "were received together by", NAKHALAH: "Islamic Jihad leader Ziyad Nakhalah",
             KHAMENEI: "Ayatollah Ali Khamenei"}

ARTICLES = [
    ("arKT1_mustafa_government_oath", "ar",
     "الحكومة التاسعة عشرة تؤدي اليمين القانونية أمام الرئيس عباس\n"
     "رام الله 31-3-2024 وفا- أدى رئيس الوزراء محمد مصطفى، اليوم الأحد، اليمين القانونية أمام سيادة الرئيس "
     "محمود عباس، في مقر الرئاسة بمدينة رام الله، بحضور أمين سر اللجنة التنفيذية لمنظمة التحرير حسين الشيخ.\n"
     "ويخلف مصطفى، الذي يحتفظ أيضاً بحقيبة الخارجية والمغتربين بدلاً من الوزير رياض المالكي، رئيسَ الوزراء "
     "السابق محمد اشتيه الذي قدم استقالة حكومته في السادس والعشرين من شباط الماضي.\n"
     "وتضم الحكومة الجديدة وزير المالية عمر البيطار خلفاً لشكري بشارة، ووزير الصحة ماجد أبو رمضان الذي حل "
     "محل مي الكيلة، فيما احتفظ وزير الداخلية زياد هب الريح بمنصبه.\n"
     "وكان مصطفى يشغل منصب رئيس مجلس إدارة صندوق الاستثمار الفلسطيني قبل تكليفه بتشكيل الحكومة.\n"
     "وتلقى رئيس الوزراء الجديد اتصالاً هاتفياً من رئيس الوزراء الأردني بشر الخصاونة، هنأه فيه بتولي مهامه.",
     _group(_OATH, "2024-03-31") + [
      ("SUCCESSOR_OF", MUSTAFA, SHTAYYEH, "السابق محمد اشتيه", "2024-03-31"),
      ("SUCCESSOR_OF", MUSTAFA, MALIKI, "بدلاً من الوزير رياض المالكي", "2024-03-31"),
      ("SUCCESSOR_OF", BITAR, BISHARA, "خلفاً لشكري بشارة", "2024-03-31"),
      ("SUCCESSOR_OF", ABURAMADAN, KAILA, "الذي حل محل مي الكيلة", "2024-03-31"),
      ("LEADS", MUSTAFA, PAGOV, "أدى رئيس الوزراء محمد مصطفى"),
      ("LEADS", MUSTAFA, PAFM, "يحتفظ أيضاً بحقيبة الخارجية والمغتربين"),
      ("MEMBER_OF", HSHEIKH, PLOEC, "بحضور أمين سر اللجنة التنفيذية"),
      ("MEMBER_OF", HABALRIH, PAGOV, "فيما احتفظ وزير الداخلية زياد هب الريح"),
      ],
     {"source": "blind set (Palestinian news agency, Arabic)", "published": "2024-03-31"}),

    ("enKT2_burns_barnea_cairo_talks", "en",
     "CIA chief, Mossad head meet Egyptian and Qatari mediators in Cairo on Gaza truce\n"
     "CAIRO, Feb 13 (Reuters) - CIA Director William Burns, Mossad chief David Barnea, Qatari Prime Minister "
     "Sheikh Mohammed bin Abdulrahman Al Thani and Egyptian intelligence chief Abbas Kamel met in Cairo on "
     "Tuesday for talks on a Gaza ceasefire and the release of hostages, two Egyptian security sources said.\n"
     "A Hamas delegation led by Khalil al-Hayya, the group's deputy chief in Gaza, had held talks with Kamel and "
     "the official in charge of the Palestinian file, Major General Ahmed Abdel Khalek, in the Egyptian "
     "capital last week, the sources said.\n"
     "Egyptian foreign ministry spokesman Ahmed Abu Zeid said Cairo was working \"around the clock\" to reach "
     "an agreement. Israel has ruled out any meeting between Barnea and Hamas representatives.\n"
     "U.S. President Joe Biden spoke by phone with Egyptian President Abdel Fattah al-Sisi on Sunday about the "
     "negotiations.\n"
     "The talks come six weeks after the killing in Beirut of Hamas deputy leader Saleh al-Arouri, which Hamas "
     "blamed on Israel.",
     _group(_CAIRO, "2024-02-13") + _group(_HAMASCAIRO, "2024-02-08") + [
      ("VISITED", BURNS, CAIRO, "met in Cairo on", "2024-02-13"),
      ("VISITED", BARNEA, CAIRO, "met in Cairo on", "2024-02-13"),
      ("VISITED", MBAR, CAIRO, "met in Cairo on", "2024-02-13"),
      ("VISITED", HAYYA, CAIRO, "in the Egyptian capital last week", "2024-02-08"),
      ("LEADS", BURNS, CIA, "CIA Director William Burns"),
      ("LEADS", BARNEA, MOSSAD, "Mossad chief David Barnea"),
      ("LEADS", KAMEL, EGIS, "Egyptian intelligence chief Abbas Kamel"),
      ("MEMBER_OF", HAYYA, HAMAS, "A Hamas delegation led by"),
      ("MEMBER_OF", ABUZEID, EGFM, "Egyptian foreign ministry spokesman Ahmed Abu Zeid"),
      ],
     {"source": "blind set (international wire, English)", "published": "2024-02-13"}),

    ("arKT3_king_blinken_basman", "ar",
     "الملك يستقبل وزير الخارجية الأمريكي ويحذر من استمرار الحرب على غزة\n"
     "عمان - الرأي - استقبل جلالة الملك عبدالله الثاني، في قصر بسمان الزاهر اليوم الأحد، وزير الخارجية "
     "الأمريكي أنتوني بلينكن، بحضور نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي، ومدير "
     "المخابرات العامة اللواء أحمد حسني.\n"
     "وحذر جلالته خلال اللقاء من التبعات الكارثية لاستمرار الحرب على غزة، مؤكداً ضرورة الضغط باتجاه وقف "
     "فوري لإطلاق النار وحماية المدنيين.\n"
     "وكان الصفدي قد أجرى اتصالاً هاتفياً مع وزير الخارجية المصري سامح شكري لتنسيق المواقف قبيل الزيارة.\n"
     "من جهته، قال وزير الاتصال الحكومي الناطق الرسمي باسم الحكومة مهند المبيضين إن الأردن يرفض أي محاولات "
     "لتهجير الفلسطينيين من أرضهم.\n"
     "ومن المقرر أن يعقد جلالة الملك قمة ثلاثية مع الرئيس المصري عبدالفتاح السيسي والرئيس الفلسطيني محمود "
     "عباس في العقبة الأربعاء المقبل.",
     _group(_BASMAN, "2024-01-07") + [
      ("VISITED", BLINKEN, AMMAN, "عمان - الرأي -", "2024-01-07"),
      ("VISITED", BLINKEN, BASMAN, "في قصر بسمان الزاهر", "2024-01-07"),
      ("LEADS", SAFADI, JOFM, "وزير الخارجية وشؤون المغتربين أيمن الصفدي"),
      ("LEADS", HUSNI, JOGID, "ومدير المخابرات العامة اللواء أحمد حسني"),
      ("MEMBER_OF", MUBAIDEEN, JOGOV, "قال وزير الاتصال الحكومي"),
      ],
     {"source": "blind set (Jordanian daily, Arabic)", "published": "2024-01-07"}),

    ("enKT4_egypt_reshuffle_rashad", "en",
     "Egypt's new spy chief inherits the Gaza file as Cairo reshuffles its team\n"
     "Egyptian President Abdel Fattah al-Sisi on Wednesday named Maj. Gen. Hassan Mahmoud Rashad to replace "
     "Abbas Kamel as head of the General Intelligence Service, moving Kamel, his closest aide for a decade, to "
     "the post of presidential adviser and envoy.\n"
     "The change completes a reshuffle that began in July, when Badr Abdelatty took over the Foreign Ministry "
     "from Sameh Shoukry and Gen. Abdel Meguid Saqr succeeded Mohamed Zaki as defense minister. In the same "
     "cabinet, Ahmed Kouchouk replaced Mohamed Maait at finance, and Sherif Fathy, a former aviation minister, "
     "became tourism minister in place of Ahmed Issa.\n"
     "Abdelatty's first big test came in September, when Secretary of State Antony Blinken flew to Cairo and "
     "was received by Sisi, with Abdelatty in the meeting. Rashad, for his part, hosted a Hamas delegation led "
     "by Khalil al-Hayya days after his appointment, according to Egyptian sources.\n"
     "Abdelatty has not met his Israeli counterpart, Israel Katz, and speaks with him only rarely by phone.",
     [("SUCCESSOR_OF", RASHAD, KAMEL, "to replace Abbas Kamel as head", "2024-10-16"),
      ("LEADS", RASHAD, EGIS, "to replace Abbas Kamel as head"),
      ("SUCCESSOR_OF", ABDELATTY, SHOUKRY, "took over the Foreign Ministry", "2024-07-03"),
      ("SUCCESSOR_OF", SAQR, ZAKI, "succeeded Mohamed Zaki as defense", "2024-07-03"),
      ("SUCCESSOR_OF", KOUCHOUK, MAAIT, "replaced Mohamed Maait at finance", "2024-07-03"),
      ("SUCCESSOR_OF", FATHY, AISSA, "in place of Ahmed Issa", "2024-07-03"),
      ("VISITED", BLINKEN, CAIRO, "flew to Cairo", "2024-09-18"),
      ] + _group(_SEPT, "2024-09-18") + [
      ("MET_WITH", RASHAD, HAYYA, "hosted a Hamas delegation led", "2024-10"),
      ],
     {"source": "blind set (Middle East analysis site, English)", "published": "2024-10-20"}),

    ("arKT5_jenin_hospital_kaag", "ar",
     "قوة إسرائيلية خاصة تغتال ثلاثة شبان داخل مستشفى ابن سينا في جنين\n"
     "جنين 30-1-2024 وفا- اغتالت قوة خاصة من جيش الاحتلال الإسرائيلي، فجر اليوم الثلاثاء، الشبان محمد جلامنة "
     "والشقيقين محمد وباسل الغزاوي، داخل مستشفى ابن سينا في مدينة جنين، بعد أن تسلل أفرادها إلى المستشفى "
     "متنكرين بزي طبي ومدني.\n"
     "ونعت سرايا القدس - كتيبة جنين الشقيقين الغزاوي، فيما نعت كتائب القسام الشهيد جلامنة.\n"
     "وكان باسل الغزاوي يتلقى العلاج في المستشفى منذ أشهر إثر إصابته.\n"
     "سياسياً، استقبل سيادة الرئيس محمود عباس، في مقر الرئاسة بمدينة رام الله، كبيرة منسقي الشؤون الإنسانية "
     "وإعادة الإعمار في غزة سيغريد كاغ، بحضور رئيس جهاز المخابرات العامة اللواء ماجد فرج.\n"
     "وأطلع سيادته كاغ على آخر التطورات، مطالباً بإدخال المساعدات إلى قطاع غزة دون قيود.\n"
     "وكان الرئيس قد أجرى اتصالاً هاتفياً مع العاهل الأردني الملك عبد الله الثاني.",
     [("ASSASSINATED_BY", JALAMNEH, IDF, "الشبان محمد جلامنة", "2024-01-30"),
      ("ASSASSINATED_BY", MGHAZAWI, IDF, "والشقيقين محمد وباسل الغزاوي", "2024-01-30"),
      ("ASSASSINATED_BY", BGHAZAWI, IDF, "والشقيقين محمد وباسل الغزاوي", "2024-01-30"),
      ("ATTACKED", IDF, IBNSINA, "داخل مستشفى ابن سينا في مدينة جنين", "2024-01-30"),
      ("LOCATED_IN", IBNSINA, JENIN, "داخل مستشفى ابن سينا في مدينة جنين"),
      ("MEMBER_OF", MGHAZAWI, QUDSB, "ونعت سرايا القدس"),
      ("MEMBER_OF", BGHAZAWI, QUDSB, "ونعت سرايا القدس"),
      ("MEMBER_OF", JALAMNEH, QASSAM, "فيما نعت كتائب القسام الشهيد جلامنة"),
      ] + _group(_KAAG, "2024-01-30") + [
      ("VISITED", KAAG, RAMALLAH, "في مقر الرئاسة بمدينة رام الله، كبيرة", "2024-01-30"),
      ("LEADS", FARAJ, PAGIS, "بحضور رئيس جهاز المخابرات العامة"),
      ],
     {"source": "blind set (Palestinian news agency, Arabic)", "published": "2024-01-30"}),

    ("enKT6_israel_admits_haniyeh", "en",
     "Israel acknowledges for the first time that it killed Hamas leader Haniyeh in Tehran\n"
     "JERUSALEM (AP) — Israel's defense minister publicly acknowledged on Monday that Israel killed Hamas' top "
     "political leader, Ismail Haniyeh, in Tehran in July, the first time it has admitted responsibility for "
     "the blast, which also killed his bodyguard, Wasim Abu Shaaban.\n"
     "Hours before his death, Haniyeh and Islamic Jihad leader Ziyad Nakhalah were received together by Iran's "
     "Supreme Leader, Ayatollah Ali Khamenei. Haniyeh had come to Tehran for the inauguration of President "
     "Masoud Pezeshkian.\n"
     "Hamas named Yahya Sinwar to replace Haniyeh days later. Israeli troops killed Sinwar in Rafah in October, "
     "in what began as a chance encounter.\n"
     "Israel Katz, who replaced Yoav Gallant as defense minister in November, also said Israel had killed Hamas "
     "military chief Mohammed Deif. The military said in March that it had killed Deif's deputy, Marwan Issa, "
     "in an airstrike in central Gaza.\n"
     "Mahmoud al-Zahar, a Hamas co-founder and member of the group's political bureau, said the killings "
     "would not change its positions.",
     [("ASSASSINATED_BY", HANIYEH, ISR, "acknowledged on Monday that Israel killed", "2024-07-31"),
      ("ASSASSINATED_BY", WASIM, ISR, "which also killed his bodyguard", "2024-07-31"),
      ("VISITED", HANIYEH, TEHRAN, "Ismail Haniyeh, in Tehran in July", "2024-07-31"),
      ] + _group(_KHAMENEI, "2024-07-30") + [
      ("LEADS", NAKHALAH, PIJ, "Islamic Jihad leader Ziyad Nakhalah"),
      ("SUCCESSOR_OF", YSINWAR, HANIYEH, "named Yahya Sinwar to replace Haniyeh", "2024-08-06"),
      ("ASSASSINATED_BY", YSINWAR, IDF, "Israeli troops killed Sinwar in Rafah", "2024-10-16"),
      ("SUCCESSOR_OF", KATZ, GALLANT, "who replaced Yoav Gallant as defense minister", "2024-11"),
      ("ASSASSINATED_BY", DEIF, ISR, "also said Israel had killed Hamas", "2024-07-13"),
      ("ASSASSINATED_BY", MISSA, IDF, "The military said in March that it had killed", "2024-03"),
      ("MEMBER_OF", ZAHAR, HPB, "member of the group's political bureau"),
      ],
     {"source": "blind set (international wire, English)", "published": "2024-12-23"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKT")
