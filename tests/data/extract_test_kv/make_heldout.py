"""Blind set KV: the El-Alamein summit, the Doha ceasefire deal of January 2025, Blinken in Ramallah and
Aqaba, Egypt's and Jordan's new teams in 2024 and the killing of Saleh al-Arouri with the Cairo visits of
Hamas and Islamic Jihad leaders before it, 2023-2025, as an Egyptian daily writes it in Arabic
(Al-Ahram-like: "العلمين - الأهرام:", "اللواء", "المستشار"), as a Palestinian news agency writes it
(WAFA-like: "رام الله 5-11-2023 وفا-", "سيادة الرئيس", "حرب الإبادة"), as a Jordanian daily writes it
(Al-Rai-like: "العقبة - الرأي -", "جلالة الملك", "دار رئاسة الوزراء"), as an international wire writes it in
English (Reuters-like: "DOHA, Jan 15 (Reuters) -", "two sources briefed on the talks said") and as a Middle
East analysis site writes it (an argued headline, careers summed up in a clause).
Pieces: Sisi hosts King Abdullah and Abbas at El-Alamein, the three foreign ministers' preparatory meeting
(Arabic); the Qatari prime minister with Witkoff, McGurk, Barnea and Lightstone in Doha, al-Hayya apart,
Witkoff with Netanyahu (English); Abbas receives Blinken with Hussein al-Sheikh, Faraj and al-Khalidi,
al-Sheikh after Erekat (Arabic); Abdel Aty after Shoukry, Rashad after Kamel, Jafar Hassan after Khasawneh,
Abdel Aty and al-Safadi with Mustafa in Cairo, Burns with Rashad and then the Qatari prime minister, Hassan
hosting Mustafa (English analysis); the King receives Blinken in Aqaba with al-Safadi and al-Issawi, Jafar
Hassan receives Mustafa with the Palestinian ambassador (Arabic); al-Arouri killed in Beirut, Haniyeh with
al-Nounou and Kamel in Cairo, al-Nakhalah with Ataya and Kamel, al-Arouri after Abu Marzouk, Nofal killed as the Israeli military said
(English).
Excluded on purpose (no relation): the King's planned visit to Cairo and Sisi's phone call with Biden (KV1);
Rashad, who "joined by phone", and McGurk's replacement "when Trump takes office" (future) (KV2); Shtayyeh's
phone call with the Jordanian prime minister (KV3); Madbouly, who "kept" his post, and al-Wazir's new post
(no predecessor), Husni who "remains" (KV4); the King's expected meeting with Trump (KV5); al-Arouri's
killing, "blamed" on Israel by Hamas and Mikati (an accusation; the army "declined to comment"), hence no
agent for him or for Fandi and al-Aqraa; Ghandour's death announced "without saying how he died"; Haniyeh,
who "did not meet" Sisi (KV6).
Judgement calls: a summit that "brought together" three leaders pairs them, and the three foreign ministers
of a preparatory meeting are paired with each other, not with the leaders (KV1); a meeting "also attended" by
an aide pairs him with every participant, while a delegation met "separately" is paired with the host only
(KV2); guests received "in the presence of" officials are paired with all of them (KV3, KV5); "accepted the
resignation of" one premier and "tasked" another "with forming a government" is a succession (KV4); "took
over the service" after Kamel was "moved aside" is a succession (KV4); Burns holding talks with Rashad and
then meeting the Qatari prime minister in Doha does not pair Rashad with the Qatari (KV4); a leader and the
aide who "held talks with" an intelligence chief are all paired, and "Israel's military said it had killed"
gives the victim -> the Israeli army (KV6).
Filled in for the exercise: the ministers' preparatory meeting and Abu Amara's quote (KV1), Lightstone's
attendance (KV2), al-Khalidi's presence (KV3), the Cairo meeting with Mustafa and Burns's Cairo stop (KV4),
al-Issawi's presence and the Mustafa visit with Khairy (KV5), al-Nounou's and Ataya's presence (KV6), and
some days.
Spellings: "محمود عباس «أبو مازن»" with the kunya, "عبد الله الثاني بن الحسين" (KV1); "Steven Witkoff" (KV2);
"أنطوني بلينكن" with ta (KV3, KV5); "Badr Abdel Aty" and "Bisher Khasawneh" without al- (KV4); "يوسف العيسوي"
short (KV5); "Taher al-Nounou" (KV6).
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

HAMAS, HPB, PIJ, QASSAM, PLOEC, PAGIS, EGIS, JOGID, RHC, MOSSAD, CIA = (
    "organization:hamas", "organization:hamas-political-bureau", "organization:palestinian-islamic-jihad",
    "organization:qassam-brigades", "organization:plo-executive-committee",
    "organization:palestinian-general-intelligence", "organization:egyptian-general-intelligence",
    "organization:jordanian-general-intelligence", "organization:royal-hashemite-court",
    "organization:mossad", "organization:cia")
ALAMEIN, DOHA, RAMALLAH, CAIRO, AQABA, AMMAN, BEIRUT, DAHIYEH, JERUSALEM = (
    "location:el-alamein", "location:doha", "location:ramallah", "location:cairo", "location:aqaba",
    "location:amman", "location:beirut", "location:dahiyeh", "location:jerusalem")
SISI, KING, ABBAS, SHOUKRY, SAFADI, MALIKI, FAHMY = (
    "person:abdel-fattah-al-sisi", "person:abdullah-ii", "person:mahmoud-abbas", "person:sameh-shoukry",
    "person:ayman-safadi", "person:riyad-al-maliki", "person:ahmed-fahmy")
MBAR, WITKOFF, MCGURK, BARNEA, HAYYA, NETANYAHU, RASHAD = (
    "person:mohammed-bin-abdulrahman-al-thani", "person:steve-witkoff", "person:brett-mcgurk",
    "person:david-barnea", "person:khalil-al-hayya", "person:benjamin-netanyahu", "person:hassan-rashad")
BLINKEN, HSHEIKH, FARAJ, EREKAT = ("person:antony-blinken", "person:hussein-al-sheikh", "person:majed-faraj",
                                   "person:saeb-erekat")
ABDELATTY, KAMEL, JHASSAN, KHASAWNEH, MUSTAFA, BURNS = (
    "person:badr-abdelatty", "person:abbas-kamel", "person:jafar-hassan", "person:bisher-al-khasawneh",
    "person:mohammad-mustafa", "person:william-burns")
ISSAWI = "person:yousef-hassan-al-issawi"
AROURI, ABUMARZOUK, HANIYEH, NUNU, NAKHALAH, FANDI, AQRAA = (
    "person:saleh-al-arouri", "person:mousa-abu-marzouk", "person:ismail-haniyeh", "person:taher-al-nunu",
    "person:ziad-al-nakhalah", "person:samir-fandi", "person:azzam-al-aqraa")
# new to the tables
ABUAMARA, LIGHTSTONE, KHALIDI, WAZIR, KHAIRY, ATAYA = (
    "person:intisar-abu-amara", "person:aryeh-lightstone", "person:majdi-al-khalidi", "person:kamel-al-wazir",
    "person:atallah-khairy", "person:ihsan-ataya")
NOFAL, IDF = "person:ayman-nofal", "organization:israel-defense-forces"


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_SUMMIT = {SISI: "استضاف الرئيس عبدالفتاح السيسي", KING: "جمعته بالملك عبد الله الثاني بن الحسين",
           ABBAS: "والرئيس الفلسطيني محمود عباس"}
_FMS = {SHOUKRY: "وزراء خارجية الدول الثلاث سامح شكري", SAFADI: "وأيمن الصفدي ورياض المالكي",
        MALIKI: "وأيمن الصفدي ورياض المالكي"}
_DOHA = {MBAR: "Qatar's Prime Minister Sheikh Mohammed", WITKOFF: "U.S. envoys Steven Witkoff",
         MCGURK: "and Brett McGurk", BARNEA: "Mossad director David Barnea",
         LIGHTSTONE: "Witkoff's aide Aryeh Lightstone also attended"}
_RAMALLAH = {ABBAS: "استقبل سيادة الرئيس محمود عباس", BLINKEN: "وزير الخارجية الأمريكي أنطوني بلينكن، بحضور",
             HSHEIKH: "بحضور أمين سر اللجنة التنفيذية", FARAJ: "ورئيس جهاز المخابرات العامة ماجد فرج",
             KHALIDI: "والمستشار الدبلوماسي لسيادته مجدي الخالدي"}
_CAIRO3 = {ABDELATTY: "Abdel Aty and Safadi met in Cairo", SAFADI: "Abdel Aty and Safadi met in Cairo",
           MUSTAFA: "joined by Palestinian Prime Minister"}
_AQABA = {KING: "استقبل جلالة الملك عبدالله الثاني", BLINKEN: "وزير الخارجية الأمريكي أنطوني بلينكن",
          SAFADI: "وزير الخارجية وشؤون المغتربين أيمن الصفدي", ISSAWI: "ورئيس الديوان الملكي الهاشمي يوسف العيسوي"}
_DAR = {JHASSAN: "التقى رئيس الوزراء جعفر حسان", MUSTAFA: "رئيس الوزراء الفلسطيني محمد مصطفى",
        KHAIRY: "بحضور سفير دولة فلسطين لدى المملكة"}
_HANIYEH = {HANIYEH: "where he and his aide", NUNU: "Taher al-Nounou held talks",
            KAMEL: "Egyptian intelligence chief Abbas Kamel"}
_PIJ = {NAKHALAH: "Ziyad al-Nakhalah headed", KAMEL: "where he met Kamel with", ATAYA: "where he met Kamel with"}

ARTICLES = [
    ("arKV1_alamein_summit", "ar",
     "السيسي يستضيف قمة ثلاثية مع العاهل الأردني والرئيس الفلسطيني في العلمين\n"
     "العلمين - الأهرام: استضاف الرئيس عبدالفتاح السيسي، اليوم الاثنين، قمة ثلاثية بمدينة العلمين الجديدة "
     "جمعته بالملك عبد الله الثاني بن الحسين ملك الأردن، والرئيس الفلسطيني محمود عباس «أبو مازن».\n"
     "وسبق القمة اجتماع تحضيري عقده وزراء خارجية الدول الثلاث سامح شكري وأيمن الصفدي ورياض المالكي.\n"
     "وقال المتحدث الرسمي باسم رئاسة الجمهورية المستشار أحمد فهمي إن القادة أكدوا ضرورة وقف الإجراءات "
     "الإسرائيلية الأحادية وإحياء مسار السلام على أساس حل الدولتين.\n"
     "من جانبه، قال مدير مكتب الرئيس الفلسطيني انتصار أبو عمارة لـ«الأهرام» إن القمة بعثت برسالة واضحة "
     "بشأن وحدة الموقف العربي.\n"
     "ومن المقرر أن يزور العاهل الأردني القاهرة الشهر المقبل، فيما كان الرئيس السيسي قد تلقى اتصالاً هاتفياً "
     "من الرئيس الأمريكي جو بايدن.",
     _group(_SUMMIT, "2023-08-14") + _group(_FMS, "2023-08-14") + [
      ("VISITED", KING, ALAMEIN, "قمة ثلاثية بمدينة العلمين الجديدة", "2023-08-14"),
      ("VISITED", ABBAS, ALAMEIN, "قمة ثلاثية بمدينة العلمين الجديدة", "2023-08-14"),
      ("MEMBER_OF", ABUAMARA, "organization:palestinian-presidency", "مدير مكتب الرئيس الفلسطيني انتصار"),
      ],
     {"source": "blind set (Egyptian daily, Arabic)", "published": "2023-08-14"}),

    ("enKV2_doha_ceasefire_deal", "en",
     "Gaza ceasefire deal reached after marathon Doha talks, sources say\n"
     "DOHA, Jan 15 (Reuters) - Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani, U.S. envoys "
     "Steven Witkoff and Brett McGurk and Mossad director David Barnea met at his office in Doha on Wednesday, "
     "hours before the announcement of a ceasefire deal between Israel and Hamas, two sources briefed on the "
     "talks said. Witkoff's aide Aryeh Lightstone also attended.\n"
     "Sheikh Mohammed had separately met a Hamas delegation led by Khalil al-Hayya in the same building.\n"
     "Egypt's intelligence chief Hassan Rashad, whose country co-mediated the deal, joined by phone.\n"
     "Witkoff, President-elect Donald Trump's envoy, flew to Israel on Saturday to meet Prime Minister Benjamin "
     "Netanyahu in Jerusalem and press him to close the deal.\n"
     "McGurk, President Joe Biden's Middle East coordinator, is due to hand the file to Trump's team when Trump "
     "takes office on Monday.",
     _group(_DOHA, "2025-01-15") + [
      ("VISITED", WITKOFF, DOHA, "met at his office in Doha", "2025-01-15"),
      ("VISITED", BARNEA, DOHA, "met at his office in Doha", "2025-01-15"),
      ("LEADS", BARNEA, MOSSAD, "Mossad director David Barnea"),
      ("MET_WITH", MBAR, HAYYA, "had separately met a Hamas delegation", "2025-01"),
      ("MEMBER_OF", HAYYA, HAMAS, "had separately met a Hamas delegation"),
      ("MET_WITH", WITKOFF, NETANYAHU, "to meet Prime Minister Benjamin", "2025-01-11"),
      ("VISITED", WITKOFF, JERUSALEM, "Netanyahu in Jerusalem", "2025-01-11"),
      ],
     {"source": "blind set (international wire, English)", "published": "2025-01-15"}),

    ("arKV3_abbas_blinken_ramallah", "ar",
     "سيادة الرئيس يستقبل وزير الخارجية الأمريكي في رام الله\n"
     "رام الله 5-11-2023 وفا- استقبل سيادة الرئيس محمود عباس، اليوم الأحد، في مقر الرئاسة بمدينة رام الله، "
     "وزير الخارجية الأمريكي أنطوني بلينكن، بحضور أمين سر اللجنة التنفيذية لمنظمة التحرير حسين الشيخ، ورئيس "
     "جهاز المخابرات العامة ماجد فرج، والمستشار الدبلوماسي لسيادته مجدي الخالدي.\n"
     "وطالب سيادته بوقف فوري لحرب الإبادة التي يتعرض لها شعبنا في قطاع غزة، وإدخال المساعدات الإنسانية والوقود "
     "دون قيود، مؤكداً أن غزة جزء لا يتجزأ من دولة فلسطين.\n"
     "ويتولى الشيخ أمانة سر اللجنة التنفيذية منذ عام 2022، خلفاً للراحل صائب عريقات.\n"
     "وكان رئيس الوزراء محمد اشتية قد بحث في اتصال هاتفي مع رئيس الوزراء الأردني بشر الخصاونة آخر التطورات.",
     _group(_RAMALLAH, "2023-11-05") + [
      ("VISITED", BLINKEN, RAMALLAH, "في مقر الرئاسة بمدينة رام الله", "2023-11-05"),
      ("SUCCESSOR_OF", HSHEIKH, EREKAT, "خلفاً للراحل صائب عريقات", "2022"),
      ("MEMBER_OF", HSHEIKH, PLOEC, "بحضور أمين سر اللجنة التنفيذية"),
      ("LEADS", FARAJ, PAGIS, "ورئيس جهاز المخابرات العامة ماجد فرج"),
      ],
     {"source": "blind set (Palestinian news agency, Arabic)", "published": "2023-11-05"}),

    ("enKV4_cairo_amman_new_teams", "en",
     "Cairo and Amman reshuffle their Gaza teams, but the faces at the table barely change\n"
     "Egypt's July 2024 cabinet kept Mostafa Madbouly as prime minister but changed the foreign minister: Badr "
     "Abdel Aty succeeded Sameh Shoukry after nine years. Kamel al-Wazir, the transport "
     "minister, was elevated to deputy prime minister for industrial development. In October, Sisi moved "
     "intelligence chief Abbas Kamel aside, and Hassan Rashad took over the service.\n"
     "In Amman, King Abdullah II accepted the resignation of Bisher Khasawneh in September and tasked Jafar "
     "Hassan, the director of his office, with forming a government. Ayman Safadi kept the foreign ministry, "
     "and Ahmed Husni remains at the head of the General Intelligence Department.\n"
     "Weeks after taking office, Abdel Aty and Safadi met in Cairo, joined by Palestinian Prime Minister "
     "Mohammad Mustafa.\n"
     "CIA Director William Burns held talks with Rashad in Cairo in late October before flying to Doha to meet "
     "Sheikh Mohammed bin Abdulrahman Al Thani. Jafar Hassan hosted Mustafa in Amman the same month.",
     [("SUCCESSOR_OF", ABDELATTY, SHOUKRY, "succeeded Sameh Shoukry after nine years", "2024-07-03"),
      ("MEMBER_OF", WAZIR, "organization:egyptian-government", "was elevated to deputy prime minister"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "Hassan Rashad took over the service", "2024-10-16"),
      ("LEADS", RASHAD, EGIS, "Hassan Rashad took over the service"),
      ("SUCCESSOR_OF", JHASSAN, KHASAWNEH, "accepted the resignation of Bisher Khasawneh", "2024-09-15"),
      ("LEADS", "person:ahmed-husni", JOGID, "remains at the head of the General Intelligence"),
      ] + _group(_CAIRO3, "2024-09") + [
      ("VISITED", SAFADI, CAIRO, "Abdel Aty and Safadi met in Cairo", "2024-09"),
      ("VISITED", MUSTAFA, CAIRO, "Abdel Aty and Safadi met in Cairo", "2024-09"),
      ("MET_WITH", BURNS, RASHAD, "held talks with Rashad in Cairo", "2024-10"),
      ("VISITED", BURNS, CAIRO, "held talks with Rashad in Cairo", "2024-10"),
      ("MET_WITH", BURNS, MBAR, "before flying to Doha to meet", "2024-10"),
      ("VISITED", BURNS, DOHA, "before flying to Doha to meet", "2024-10"),
      ("MET_WITH", JHASSAN, MUSTAFA, "Jafar Hassan hosted Mustafa in Amman", "2024-10"),
      ("VISITED", MUSTAFA, AMMAN, "Jafar Hassan hosted Mustafa in Amman", "2024-10"),
      ],
     {"source": "blind set (Middle East analysis site, English)", "published": "2024-11-05"}),

    ("arKV5_king_blinken_aqaba", "ar",
     "الملك يستقبل بلينكن في العقبة ويبحث التطورات في سوريا وغزة\n"
     "العقبة - الرأي - استقبل جلالة الملك عبدالله الثاني، في العقبة اليوم الخميس، وزير الخارجية الأمريكي "
     "أنطوني بلينكن، بحضور نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي، ورئيس الديوان الملكي "
     "الهاشمي يوسف العيسوي.\n"
     "وأكد جلالته ضرورة التوصل إلى وقف فوري لإطلاق النار في غزة، واحترام وحدة سوريا وسيادتها.\n"
     "وفي سياق منفصل، التقى رئيس الوزراء جعفر حسان في دار رئاسة الوزراء بعمّان، رئيس الوزراء الفلسطيني محمد "
     "مصطفى، بحضور سفير دولة فلسطين لدى المملكة عطا الله خيري.\n"
     "ومن المنتظر أن يلتقي جلالة الملك الرئيس الأمريكي المنتخب دونالد ترامب في واشنطن مطلع العام المقبل.",
     _group(_AQABA, "2024-12-12") + [
      ("VISITED", BLINKEN, AQABA, "في العقبة اليوم الخميس", "2024-12-12"),
      ("LEADS", ISSAWI, RHC, "ورئيس الديوان الملكي الهاشمي يوسف العيسوي"),
      ] + _group(_DAR, "2024-12") + [
      ("VISITED", MUSTAFA, AMMAN, "في دار رئاسة الوزراء بعمّان", "2024-12"),
      ],
     {"source": "blind set (Jordanian daily, Arabic)", "published": "2024-12-12"}),

    ("enKV6_arouri_killed_beirut", "en",
     "Hamas deputy leader Saleh al-Arouri killed in Beirut blast\n"
     "BEIRUT, Jan 3 (Reuters) - Saleh al-Arouri, the deputy head of Hamas' political bureau, was killed on "
     "Tuesday in a drone strike on a Hamas office in Beirut's southern suburbs, Hamas "
     "said. Two commanders of the group's armed wing, Samir Fandi and Azzam al-Aqraa, were among six "
     "others killed.\n"
     "Hamas and Lebanon's caretaker prime minister Najib Mikati blamed Israel. The Israeli military declined to "
     "comment.\n"
     "Arouri became deputy leader in 2017, succeeding Mousa Abu Marzouk. Last month Hamas leader Ismail Haniyeh "
     "visited Cairo, where he and his aide Taher al-Nounou held talks with Egyptian intelligence chief "
     "Abbas Kamel, but Haniyeh did not meet President Abdel Fattah al-Sisi.\n"
     "Days later, Islamic Jihad's leader Ziyad al-Nakhalah headed a delegation to Cairo, where he met Kamel with "
     "Ihsan Ataya, a member of the group's political bureau.\n"
     "On Oct. 17 Israel's military said it had killed Ayman Nofal, Hamas' central Gaza commander. In November Hamas announced the death of its northern "
     "commander, Ahmed Ghandour, without saying how he died.",
     [("MEMBER_OF", AROURI, HPB, "the deputy head of Hamas' political bureau"),
      ("MEMBER_OF", FANDI, QASSAM, "Two commanders of the group's armed wing"),
      ("MEMBER_OF", AQRAA, QASSAM, "Two commanders of the group's armed wing"),
      ("SUCCESSOR_OF", AROURI, ABUMARZOUK, "succeeding Mousa Abu Marzouk", "2017"),
      ("VISITED", HANIYEH, CAIRO, "visited Cairo", "2023-12-20"),
      ] + _group(_HANIYEH, "2023-12-20") + [
      ("LEADS", KAMEL, EGIS, "Egyptian intelligence chief Abbas Kamel"),
      ("LEADS", NAKHALAH, PIJ, "Ziyad al-Nakhalah headed"),
      ("VISITED", NAKHALAH, CAIRO, "headed a delegation to Cairo", "2023-12"),
      ] + _group(_PIJ, "2023-12") + [
      ("MEMBER_OF", ATAYA, PIJ, "a member of the group's political bureau"),
      ("ASSASSINATED_BY", NOFAL, IDF, "Israel's military said it had killed Ayman", "2023-10-17"),
      ("MEMBER_OF", NOFAL, QASSAM, "Hamas' central Gaza commander"),
      ],
     {"source": "blind set (international wire, English)", "published": "2024-01-03"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKV")
