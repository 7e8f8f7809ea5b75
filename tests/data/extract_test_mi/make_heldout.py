"""Blind set MI: Hamas and Islamic Jihad leaders, the Palestinian Authority and Israel's defence posts,
2023-2025 (first folder of MI-MJ): the killing of Saleh al-Arouri in Beirut, Ismail Haniyeh's last day
in Tehran, the five-man council that ran Hamas after Yahya Sinwar, Hussein al-Sheikh named
vice-president and Mohammad Mustafa's government after Shtayyeh's, Zamir after Halevi and Katz after
Gallant, and Ziyad al-Nakhalah's delegation in Cairo, as a pro-"axis" English site writes it (The
Cradle-like: "BEIRUT —", "axis of resistance"), an Iranian Arabic-language TV site (Al-Alam-like:
"طهران – العالم", "الكيان الصهيوني", "قائد الثورة الإسلامية"), a Palestinian-diaspora English site
(Middle East Monitor-like: "sources told MEMO", British spelling, "al-" on every name), the Palestinian
Authority's daily in Arabic (al-Hayat al-Jadida-like: "سيادة الرئيس", "أبو مازن", "الدكتور"), an
Israeli English daily (Israel Hayom-like, ranks "Lt. Gen.", "Maj. Gen. (res.)") and an Egyptian news
channel's site in Arabic (al-Qahera News-like: "القاهرة - القاهرة الإخبارية", "اللواء").
Pieces: al-Arouri, Fandi and al-Aqra killed by an Israeli drone in Dahiyeh, Nasrallah's October meeting
with al-Arouri and al-Nakhalah (English, MI1); Haniyeh met by Pezeshkian and received by Khamenei with
al-Nakhalah, killed in Tehran, Katz's admission that Israel killed him, Haniyeh after Mashal (Arabic,
MI2); Sinwar killed by Israeli troops in Tal al-Sultan, Sinwar after Haniyeh, al-Hayya after Sinwar in
Gaza, the council chaired by Darwish (English, MI3); Abbas receives al-Sheikh with Mustafa present,
Mustafa after Shtayyeh (Arabic, MI4); Zamir after Halevi, Katz after Gallant, Saar after Katz, Zamir's
working meeting with Katz, Gallant's Pentagon talks with Austin (English, MI5); al-Nakhalah and
al-Hindi met by Abbas Kamel in Cairo, Haniyeh's earlier meeting with Kamel, the three al-Quds Brigades
commanders killed by Israeli aircraft in May 2023 (Arabic, MI6).
Excluded on purpose (no relation): Israel "has not officially commented" does not undo the "Israeli
drone" named as the killer; Haniyeh "speaking from Doha" and Mikati's complaint (MI1); the IRGC's
statement and Hamas holding the "Zionist entity" responsible are not the killing (Katz's later
admission is) (MI2); the unnamed "Egyptian intelligence officials" al-Hayya met, and Mashal, who "was
not present" (MI3); al-Sheikh's planned trip to Cairo to meet Rashad and the Qatari prime minister's
phone call (MI4); the swearing-in ceremony attended by Netanyahu, Katz and Halevi is not a meeting;
Gallant's Washington trip "called off" (MI5); Kamel's expected meeting with a Hamas delegation; Haniyeh
"did not take part" in the day's talks (MI6).
Judgement calls: "an Israeli drone struck" gives -> Israel for the three men killed (MI1); those
received together by Khamenei are paired with one another (MI2); "who took over from al-Sinwar as
head of the movement in Gaza" is a succession (MI3, and again in MJ6); the new government "خلفاً
لحكومة ... محمد اشتية" gives Mustafa -> Shtayyeh; the prime minister present when the president
received al-Sheikh is paired with both (MI4); "handing that portfolio to Gideon Saar" (Katz's former
ministry) gives Saar -> Katz; "whom Katz and Netanyahu chose to succeed him" gives Zamir -> Halevi
(MI5); a delegation member ("وضم الوفد") is paired with the host and the head of the delegation;
"اغتالتهم طائرات الاحتلال الإسرائيلي" gives -> Israel (MI6). Filled in for the exercise: the day of the
Nasrallah meeting (25 October 2023) (MI1); al-Hindi's place in the delegation and the date of its
arrival (MI6); Zamir's working meeting with Katz at the Kirya (MI5).
Spellings: "Salah al-Aruri", "Samir Findi", "Azzam al-Aqraa", "Ziad Nakhaleh" (MI1); "إسماعيل هنيه",
"زياد نخالة", "علي الخامنئي", "يسرائيل كاتس" (MI2); "Mohammad Darwish", "Khalil al-Hayyeh", "Zaher
Jabareen", "Khaled Meshaal" (MI3); "أبو مازن", "محمد اشتية" (MI4); "Herzi Halevy", "Yoav Galant",
"Gideon Saar" (MI5); "زياد النخالة", "خليل البهتيني", "طارق عز الدين" (MI6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mj import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, IRAN, PALESTINE = "country:israel", "country:iran", "country:palestine"
BEIRUT, DAHIYEH, TEHRAN, RAMALLAH, RAFAH, CAIRO = (
    "location:beirut", "location:dahiyeh", "location:tehran", "location:ramallah", "location:rafah",
    "location:cairo")
HAMAS, QASSAM, PIJ, QUDSB, HEZB, PLO, PALGOV, IDF, ISRGOV, DOD, EGI, LEBGOV = (
    "organization:hamas", "organization:al-qassam-brigades", "organization:palestinian-islamic-jihad",
    "organization:al-quds-brigades", "organization:hezbollah", "organization:plo",
    "organization:palestinian-government", "organization:israel-defense-forces",
    "organization:israeli-government", "organization:us-department-of-defense",
    "organization:egyptian-general-intelligence", "organization:lebanese-government")
AROURI, FANDI, AQRA, NASRALLAH, NAKHALAH, HANIYEH, MIKATI = (
    "person:saleh-al-arouri", "person:samir-fandi", "person:azzam-al-aqra", "person:hassan-nasrallah",
    "person:ziyad-al-nakhalah", "person:ismail-haniyeh", "person:najib-mikati")
PEZ, KHAMENEI, KATZ, MASHAL = (
    "person:masoud-pezeshkian", "person:ali-khamenei", "person:israel-katz", "person:khaled-mashal")
SINWAR, DARWISH, HAYYA, JABARIN, AWADALLAH, NETANYAHU = (
    "person:yahya-sinwar", "person:mohammed-darwish", "person:khalil-al-hayya", "person:zaher-jabarin",
    "person:nizar-awadallah", "person:benjamin-netanyahu")
ABBAS, SHEIKH, MUSTAFA, SHTAYYEH = (
    "person:mahmoud-abbas", "person:hussein-al-sheikh", "person:mohammad-mustafa", "person:mohammad-shtayyeh")
ZAMIR, HALEVI, GALLANT, SAAR, AUSTIN = (
    "person:eyal-zamir", "person:herzi-halevi", "person:yoav-gallant", "person:gideon-saar", "person:lloyd-austin")
KAMEL, HINDI, BAHTINI, EZZEDINE, GHANNAM = (
    "person:abbas-kamel", "person:mohammed-al-hindi", "person:khalil-al-bahtini", "person:tareq-ezzedine",
    "person:jihad-ghannam")

CRADLE = "blind set (pro-axis English news site, The Cradle-like)"
ALALAM = "blind set (Iranian Arabic-language TV site, Al-Alam-like)"
MEMO = "blind set (Palestinian-diaspora English site, Middle East Monitor-like)"
HAYAT = "blind set (Palestinian Authority daily, Arabic, al-Hayat al-Jadida-like)"
ISRHAYOM = "blind set (Israeli English daily, Israel Hayom-like)"
QAHERA = "blind set (Egyptian news channel site, Arabic, al-Qahera News-like)"


_NASRALLAH = {NASRALLAH: "who received Aruri and Islamic Jihad chief",
              AROURI: "who received Aruri and Islamic Jihad chief",
              NAKHALAH: "Islamic Jihad chief Ziad Nakhaleh in late October"}
_KHAMENEI = {KHAMENEI: "كما استقبله قائد الثورة الإسلامية", HANIYEH: "كما استقبله قائد الثورة الإسلامية",
             NAKHALAH: "إلى جانب الأمين العام لحركة الجهاد الإسلامي زياد نخالة"}
_MUQATAA = {ABBAS: "واستقبل سيادته الشيخ في مقر الرئاسة", SHEIKH: "واستقبل سيادته الشيخ في مقر الرئاسة",
            MUSTAFA: "بحضور رئيس الوزراء محمد مصطفى"}
_CAIRO = {NAKHALAH: "حيث التقى رئيس المخابرات العامة اللواء عباس كامل",
          KAMEL: "حيث التقى رئيس المخابرات العامة اللواء عباس كامل",
          HINDI: "وضم الوفد رئيس الدائرة السياسية في الحركة محمد الهندي"}

ARTICLES = [
    ("enMI1_arouri_killed_dahiyeh", "en",
     "Hamas deputy chief Salah al-Aruri assassinated in Beirut's southern suburb\n"
     "BEIRUT — Salah al-Aruri, the deputy head of Hamas's political bureau and one of the founders of its "
     "armed wing, was killed on Tuesday evening when an Israeli drone struck an office in Beirut's southern "
     "suburb of Dahiyeh, the heart of Hezbollah's support base.\n"
     "Two commanders of the Qassam Brigades, Samir Findi and Azzam al-Aqraa, were killed alongside him, "
     "along with four other members of the movement, Hamas said. Israel has not officially commented on "
     "the strike.\n"
     "Hezbollah Secretary-General Hassan Nasrallah, who received Aruri and Islamic Jihad chief Ziad "
     "Nakhaleh in late October to coordinate the positions of the axis of resistance, had warned that any "
     "assassination on Lebanese soil would draw a severe response.\n"
     "Hamas political leader Ismail Haniyeh, speaking from Doha, mourned him as a \"martyr leader\". "
     "Lebanon's caretaker Prime Minister Najib Mikati said his government would file a complaint with the "
     "UN Security Council.\n"
     "The 57-year-old had lived in Lebanon since 2017 and had been wanted by Israel for years over the "
     "2014 abduction and killing of three Israeli teenagers in the occupied West Bank.",
     [("ASSASSINATED_BY", AROURI, ISRAEL, "when an Israeli drone struck an office", "2024-01-02"),
      ("ASSASSINATED_BY", FANDI, ISRAEL, "Samir Findi and Azzam al-Aqraa", "2024-01-02"),
      ("ASSASSINATED_BY", AQRA, ISRAEL, "were killed alongside him", "2024-01-02"),
      ("MEMBER_OF", AROURI, HAMAS, "the deputy head of Hamas's political bureau"),
      ("MEMBER_OF", FANDI, QASSAM, "Two commanders of the Qassam Brigades"),
      ("MEMBER_OF", AQRA, QASSAM, "Two commanders of the Qassam Brigades, Samir"),
      ("LEADS", NASRALLAH, HEZB, "Hezbollah Secretary-General Hassan Nasrallah"),
      ("LEADS", NAKHALAH, PIJ, "Islamic Jihad chief Ziad"),
      ("LEADS", HANIYEH, HAMAS, "Hamas political leader Ismail Haniyeh"),
      ("LEADS", MIKATI, LEBGOV, "caretaker Prime Minister Najib Mikati"),
      ] + met_group(_NASRALLAH, "2023-10-25"),
     {"source": CRADLE, "published": "2024-01-03"}),

    ("arMI2_haniyeh_last_day_tehran", "ar",
     "حرس الثورة: استشهاد رئيس المكتب السياسي لحماس إسماعيل هنيه في طهران\n"
     "طهران – العالم\n"
     "أعلن حرس الثورة الإسلامية فجر اليوم الأربعاء استشهاد رئيس المكتب السياسي لحركة المقاومة الإسلامية "
     "«حماس» إسماعيل هنيه وأحد مرافقيه، إثر استهداف مقر إقامته في شمال العاصمة طهران.\n"
     "وكان هنيه قد وصل إلى طهران للمشاركة في مراسم أداء الرئيس مسعود بزشكيان اليمين الدستورية، والتقاه "
     "الرئيس الإيراني مساء الثلاثاء، كما استقبله قائد الثورة الإسلامية آية الله السيد علي الخامنئي صباح "
     "اليوم نفسه إلى جانب الأمين العام لحركة الجهاد الإسلامي زياد نخالة.\n"
     "وأكد بيان الحرس أن التحقيقات جارية لكشف أبعاد الحادث، فيما حمّلت حركة حماس الكيان الصهيوني "
     "المسؤولية الكاملة عن الجريمة.\n"
     "وبعد نحو خمسة أشهر، أقرّ وزير الحرب في كيان الاحتلال يسرائيل كاتس علناً بأن إسرائيل هي من اغتالت "
     "القائد الفلسطيني، متوعداً قادة أنصار الله في اليمن بالمصير نفسه.\n"
     "وكان الشهيد هنيه قد تولى رئاسة المكتب السياسي للحركة عام 2017 خلفاً لخالد مشعل.",
     [("VISITED", HANIYEH, TEHRAN, "وكان هنيه قد وصل إلى طهران", "2024-07-30"),
      ("MET_WITH", HANIYEH, PEZ, "والتقاه الرئيس الإيراني مساء الثلاثاء", "2024-07-30"),
      ("ASSASSINATED_BY", HANIYEH, ISRAEL, "بأن إسرائيل هي من اغتالت", "2024-07-31"),
      ("SUCCESSOR_OF", HANIYEH, MASHAL, "خلفاً لخالد مشعل", "2017"),
      ("LEADS", HANIYEH, HAMAS, "استشهاد رئيس المكتب السياسي لحركة المقاومة الإسلامية"),
      ("LEADS", PEZ, IRAN, "مراسم أداء الرئيس مسعود بزشكيان"),
      ("LEADS", KHAMENEI, IRAN, "قائد الثورة الإسلامية آية الله السيد علي الخامنئي"),
      ("LEADS", NAKHALAH, PIJ, "الأمين العام لحركة الجهاد الإسلامي زياد نخالة"),
      ] + met_group(_KHAMENEI, "2024-07-30"),
     {"source": ALALAM, "published": "2024-07-31"}),

    ("enMI3_hamas_council_after_sinwar", "en",
     "Hamas to be led by five-member council after al-Sinwar's martyrdom, sources say\n"
     "Hamas will not name a single successor to Yahya al-Sinwar for the time being and will instead be run "
     "by a five-member leadership council based in Doha, sources in the movement told MEMO on Tuesday.\n"
     "Al-Sinwar was killed by Israeli troops during a firefight in Tal al-Sultan, in western Rafah, on 16 "
     "October, less than three months after he was chosen to replace Ismail Haniyeh as head of the "
     "political bureau.\n"
     "The council is chaired by Mohammad Darwish, the head of the movement's Shura Council, and includes "
     "Khalil al-Hayyeh, who took over from al-Sinwar as head of the movement in Gaza, Zaher Jabareen, who "
     "represents the West Bank, and former political bureau chief Khaled Meshaal, who leads the movement "
     "abroad. The bureau's secretary, Nizar Awadallah, is the fifth member.\n"
     "Al-Hayyeh, who also heads the negotiating team, met Egyptian intelligence officials in Cairo on "
     "Sunday, a Hamas official said. Meshaal was not present.\n"
     "Israeli Prime Minister Benjamin Netanyahu said last week that Hamas \"will no longer rule Gaza\".",
     [("ASSASSINATED_BY", SINWAR, IDF, "Al-Sinwar was killed by Israeli troops", "2024-10-16"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "he was chosen to replace Ismail Haniyeh", "2024-08-06"),
      ("LEADS", SINWAR, HAMAS, "as head of the political bureau"),
      ("SUCCESSOR_OF", HAYYA, SINWAR, "who took over from al-Sinwar", "2024-10"),
      ("LEADS", DARWISH, "organization:hamas-shura-council", "the head of the movement's Shura Council"),
      ("MEMBER_OF", DARWISH, HAMAS, "The council is chaired by Mohammad Darwish"),
      ("MEMBER_OF", HAYYA, HAMAS, "as head of the movement in Gaza"),
      ("MEMBER_OF", JABARIN, HAMAS, "Zaher Jabareen, who"),
      ("MEMBER_OF", MASHAL, HAMAS, "who leads the movement"),
      ("MEMBER_OF", AWADALLAH, HAMAS, "The bureau's secretary, Nizar Awadallah"),
      ("LEADS", NETANYAHU, ISRGOV, "Israeli Prime Minister Benjamin Netanyahu"),
      ],
     {"source": MEMO, "published": "2024-10-29"}),

    ("arMI4_sheikh_vice_president", "ar",
     "سيادة الرئيس يصدر قراراً بتعيين حسين الشيخ نائباً لرئيس دولة فلسطين\n"
     "رام الله - «الحياة الجديدة» - أصدر سيادة الرئيس محمود عباس «أبو مازن»، اليوم السبت، قراراً بتعيين "
     "أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية حسين الشيخ نائباً لرئيس اللجنة التنفيذية "
     "للمنظمة ونائباً لرئيس دولة فلسطين، بعد أن أقر المجلس المركزي استحداث المنصب في دورته الأخيرة.\n"
     "واستقبل سيادته الشيخ في مقر الرئاسة بمدينة رام الله، بحضور رئيس الوزراء محمد مصطفى، وقدّم له "
     "التهنئة متمنياً له التوفيق في مهامه الجديدة.\n"
     "ويأتي القرار بعد أكثر من عام على تكليف الرئيس للدكتور مصطفى بتشكيل الحكومة التاسعة عشرة خلفاً "
     "لحكومة الدكتور محمد اشتية، التي قدّمت استقالتها في شباط 2024.\n"
     "ومن المقرر أن يتوجه نائب الرئيس إلى القاهرة الأسبوع المقبل للقاء رئيس جهاز المخابرات العامة "
     "المصرية اللواء حسن رشاد، فيما تلقى اتصالاً هاتفياً من رئيس الوزراء وزير الخارجية القطري مهنئاً.",
     [("LEADS", ABBAS, PALESTINE, "أصدر سيادة الرئيس محمود عباس"),
      ("MEMBER_OF", SHEIKH, PLO, "أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية"),
      ("LEADS", MUSTAFA, PALGOV, "بحضور رئيس الوزراء محمد مصطفى"),
      ("SUCCESSOR_OF", MUSTAFA, SHTAYYEH, "لحكومة الدكتور محمد اشتية", "2024-03-14"),
      ] + met_group(_MUQATAA, "2025-04-26"),
     {"source": HAYAT, "published": "2025-04-26"}),

    ("enMI5_zamir_takes_command", "en",
     "Zamir takes command of the IDF as Halevy bows out\n"
     "Lt. Gen. Eyal Zamir was sworn in on Wednesday as the IDF's 24th chief of staff, replacing Lt. Gen. "
     "Herzi Halevy, who stepped down over the military's failure to prevent the Hamas massacre of October 7.\n"
     "The ceremony at the Prime Minister's Office in Jerusalem was attended by Prime Minister Benjamin "
     "Netanyahu, Defense Minister Israel Katz and Halevy himself. Hours later Zamir held his first working "
     "meeting with Katz at the Kirya military headquarters in Tel Aviv.\n"
     "Maj. Gen. (res.) Zamir, a former Defense Ministry director-general, is the man whom Katz and "
     "Netanyahu chose to succeed Halevy in February.\n"
     "Katz himself has been in the post for only four months: Netanyahu fired Yoav Galant in November, "
     "citing a \"crisis of trust\", moved Katz over from the Foreign Ministry and handed that portfolio to "
     "Gideon Saar.\n"
     "Gallant, who held talks at the Pentagon with then-US Defense Secretary Lloyd Austin last June, had "
     "seen a planned trip to Washington in October called off at Netanyahu's request.",
     [("SUCCESSOR_OF", ZAMIR, HALEVI, "replacing Lt. Gen. Herzi Halevy", "2025-03-05"),
      ("LEADS", ZAMIR, IDF, "as the IDF's 24th chief of staff"),
      ("MET_WITH", ZAMIR, KATZ, "held his first working meeting with Katz", "2025-03-05"),
      ("SUCCESSOR_OF", KATZ, GALLANT, "Netanyahu fired Yoav Galant in November", "2024-11-05"),
      ("SUCCESSOR_OF", SAAR, KATZ, "handed that portfolio to", "2024-11-05"),
      ("MET_WITH", GALLANT, AUSTIN, "held talks at the Pentagon with", "2024-06-25"),
      ("LEADS", AUSTIN, DOD, "then-US Defense Secretary Lloyd Austin"),
      ("LEADS", NETANYAHU, ISRGOV, "attended by Prime Minister Benjamin"),
      ],
     {"source": ISRHAYOM, "published": "2025-03-05"}),

    ("arMI6_nakhalah_delegation_cairo", "ar",
     "وفد الجهاد الإسلامي برئاسة زياد النخالة في القاهرة لبحث التهدئة في غزة\n"
     "القاهرة - القاهرة الإخبارية\n"
     "وصل وفد من حركة الجهاد الإسلامي برئاسة أمينها العام زياد النخالة، اليوم الأحد، إلى القاهرة، حيث "
     "التقى رئيس المخابرات العامة اللواء عباس كامل لبحث المقترح المصري لوقف إطلاق النار وتبادل الأسرى "
     "في قطاع غزة.\n"
     "وضم الوفد رئيس الدائرة السياسية في الحركة محمد الهندي وعدداً من أعضاء المكتب السياسي.\n"
     "وأفاد مصدر مصري مطلع بأن اللواء كامل من المنتظر أن يستقبل لاحقاً وفداً من حركة حماس، مشيراً إلى أن "
     "رئيس المكتب السياسي لحماس إسماعيل هنية لم يشارك في مباحثات اليوم.\n"
     "وتأتي الزيارة بعد أيام من زيارة أجراها هنية إلى القاهرة التقى خلالها كامل وبحث معه الملف نفسه.\n"
     "وكانت سرايا القدس، الجناح العسكري للحركة، قد فقدت ثلاثة من أبرز قادتها في أيار الماضي، هم خليل "
     "البهتيني وطارق عز الدين وجهاد غنام، الذين اغتالتهم طائرات الاحتلال الإسرائيلي في غارات متزامنة على "
     "منازلهم في القطاع.",
     [("VISITED", NAKHALAH, CAIRO, "اليوم الأحد، إلى القاهرة", "2023-12-24"),
      ("VISITED", HINDI, CAIRO, "وضم الوفد رئيس الدائرة السياسية في الحركة محمد الهندي", "2023-12-24"),
      ("LEADS", NAKHALAH, PIJ, "برئاسة أمينها العام زياد النخالة"),
      ("LEADS", KAMEL, EGI, "التقى رئيس المخابرات العامة اللواء"),
      ("MEMBER_OF", HINDI, PIJ, "محمد الهندي وعدداً"),
      ("LEADS", HANIYEH, HAMAS, "رئيس المكتب السياسي لحماس إسماعيل هنية"),
      ("MET_WITH", HANIYEH, KAMEL, "التقى خلالها كامل", "2023-12-20"),
      ("VISITED", HANIYEH, CAIRO, "بعد أيام من زيارة أجراها هنية إلى القاهرة", "2023-12-20"),
      ("ASSASSINATED_BY", BAHTINI, ISRAEL, "الذين اغتالتهم طائرات الاحتلال الإسرائيلي", "2023-05-09"),
      ("ASSASSINATED_BY", EZZEDINE, ISRAEL, "وطارق عز الدين", "2023-05-09"),
      ("ASSASSINATED_BY", GHANNAM, ISRAEL, "وجهاد غنام", "2023-05-09"),
      ("MEMBER_OF", BAHTINI, QUDSB, "هم خليل"),
      ("MEMBER_OF", EZZEDINE, QUDSB, "البهتيني وطارق"),
      ("MEMBER_OF", GHANNAM, QUDSB, "وجهاد غنام، الذين"),
      ] + met_group(_CAIRO, "2023-12-24"),
     {"source": QAHERA, "published": "2023-12-24"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMI")
