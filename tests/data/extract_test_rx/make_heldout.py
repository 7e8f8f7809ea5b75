"""Blind set RX: the Palestinian leadership and Israel 1993-2004 (second folder of RW-RX): the signing of
the Declaration of Principles on the White House lawn (September 1993), the killing of Yahya Ayyash in
Beit Lahiya (January 1996), the Israeli strike that killed Sheikh Ahmed Yassin and Abdel Aziz al-Rantisi's
succession (March 2004), the strike that killed al-Rantisi (April 2004), Yasser Arafat's death in Percy and
Mahmoud Abbas's election as PLO chairman (November 2004), and Mubarak's reception of Abbas in Cairo
(December 2004), as a French wire writes it in English (AFP-like: "WASHINGTON, Sept 13 (AFP) -", "Mahmud
Abbas"), Hamas's monthly in Arabic (Filastin al-Muslima-like: «الشهيد القائد»، «الصهيوني»، «حكومة الاحتلال»),
a Qatari TV site in English (Aljazeera.net-like, 2004: "Shaikh Ahmad Yasin", "Ahmad Quraya"), a Ramallah
daily in Arabic (Al-Ayyam-like: "رام الله - «الأيام» -"), an Israeli daily's English site (Haaretz-like:
"By Haaretz Service and Agencies", "Ahmed Qureia") and a Cairo daily in Arabic (Al-Ahram-like: "استقبل
الرئيس حسني مبارك ... بقصر الرئاسة بمصر الجديدة").
Pieces: Rabin and Arafat shake hands, Peres and Abbas sign in the presence of Clinton, Rabin and Arafat,
Christopher and Kozyrev witnesses, Clinton receives Rabin and then Arafat (English, RX1); the Shin Bet kills
Ayyash, Arafat receives a Hamas delegation headed by al-Zahar with Haniyeh (Arabic, RX2); Israeli missiles
kill Yassin, the army claims it, Rantisi named to succeed him (English, RX3); an Israeli helicopter kills
Rantisi and two bodyguards, Rantisi had succeeded Yassin, Qurei had succeeded Abbas, Arafat receives Qurei
and Shaath (Arabic, RX4); Arafat dies, Abbas succeeds him as PLO chairman, Fattouh sworn in as interim
president, Chirac receives Abbas, Qureia and Shaath (English, RX5); Mubarak receives Abbas and his
delegation with Qurei, in the presence of Suleiman and Aboul Gheit, Abbas had met Abdullah II in Amman,
Abbas succeeded Arafat (Arabic, RX6).
Excluded on purpose (no relation): the guests on the lawn (Carter, Bush), King Hussein who did not attend,
Hamas's denunciation (RX1); Arafat's call to Ayyash's father, Deif "likely" to take over, the occupation
government not claiming the killing (RX2); Sharon who "personally oversaw" the operation (not stated as
ordering it), the June 2003 attempt on Rantisi, Mubarak's called-off meeting with an Israeli delegation,
Annan's condemnation (RX3); Yassin's killing (no agent in this piece), Hamas's accusation of the US
administration, Suleiman's postponed visit, the successor kept secret (RX4); Chirac's respects at the
hospital (Arafat dead), Suha Arafat's accusation, the funeral in Cairo "hosted by" Mubarak (planned),
Sharon's refusal (RX5); Mubarak's call with Bush, the expected Abbas-Sharon meeting (RX6).
Judgement calls: the signing's principals are Peres and Abbas; Clinton, Rabin and Arafat ("in the presence
of") are attendees paired with both; the witnesses who signed (Christopher, Kozyrev) are paired with both
signatories and with each other; the handshake is a meeting of Rabin and Arafat; Clinton "received Rabin
and then Arafat separately" gives Clinton-Rabin and Clinton-Arafat; no other attendee-attendee pairs (RX1);
a delegation "برئاسة" al-Zahar «وعضوية» Haniyeh: both paired with Arafat, not with each other (same side)
(RX2); "has been killed by Israeli missiles" -> country:israel and "The Israeli army said ... it had carried
out the attack" -> the IDF, both annotated (RX3); «أطلقت طائرة مروحية إسرائيلية» -> country:israel, for
each named victim (RX4); «استقبل ... رئيس الوزراء أحمد قريع ووزير الشؤون الخارجية نبيل شعث» is a meeting of
the three (RX4); Fattouh "sworn in as interim president of the PA" on Arafat's death is a succession
(RX5); "were received by Chirac" a meeting of the four (RX5); the delegation member Qurei is paired with the
host only; the two attendees «بحضور» are paired with Mubarak and Abbas and with each other (RX6); a chairman
of the PLO Executive Committee LEADS the PLO; "Hamas founder and spiritual leader" LEADS Hamas.
Filled in for the exercise: Clinton's separate Oval Office meetings before the ceremony (RX1); the wording
of the Hamas statement, the delegation received by Arafat and its members, Arafat's call, the speculation
about Deif (RX2); the called-off Mubarak meeting, the number of missiles (RX3); Arafat's meeting with Qurei
and Shaath, Suleiman's postponed visit (RX4); the Elysee reception of the three leaders (RX5); the date of
Abbas's visit to Cairo, the attendees, the Amman meeting, Bush's call (RX6).
Spellings: "Mahmud Abbas ... Abu Mazen", "Andrei Kozyrev" (RX1); «المهندس يحيى عياش»، «الشاباك»، «شمعون بيريز»
(RX2); "Shaikh Ahmad Yasin", "Abd al-Aziz al-Rantisi", "Ahmad Quraya", "Husni Mubarak" (RX3); «الرنتيسي»،
«قريع»، «أبو مازن» (RX4); "Ahmed Qureia", "Rawhi Fattouh", "Abu Ammar" (RX5); «أبو الغيط»، «عمر سليمان» (RX6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rx import ALL  # noqa: E402

HERE = Path(__file__).parent

PALESTINE, ISRAEL, EGYPT, FRANCE, USA = ("country:palestine", "country:israel", "country:egypt",
                                         "country:france", "country:united-states")
PLO, HAMAS, QASSAM, SHINBET, IDF, UN = (
    "organization:plo", "organization:hamas", "organization:al-qassam-brigades", "organization:shin-bet",
    "organization:israel-defense-forces", "organization:united-nations")
EGI, EGFM = "organization:egyptian-general-intelligence", "organization:egyptian-foreign-ministry"
ARAFAT, ABBAS, QUREI, SHAATH, FATTOUH = ("person:yasser-arafat", "person:mahmoud-abbas", "person:ahmed-qurei",
                                         "person:nabil-shaath", "person:rawhi-fattouh")
YASSIN, RANTISI, NASSAR, GHURRA, AYYASH, ZAHAR, HANIYEH = (
    "person:ahmed-yassin", "person:abdel-aziz-al-rantisi", "person:akram-nassar", "person:ahmed-al-ghurra",
    "person:yahya-ayyash", "person:mahmoud-al-zahar", "person:ismail-haniyeh")
RABIN, PERES, SHARON = "person:yitzhak-rabin", "person:shimon-peres", "person:ariel-sharon"
CLINTON, CHRISTOPHER, KOZYREV, CHIRAC, ANNAN = (
    "person:bill-clinton", "person:warren-christopher", "person:andrei-kozyrev", "person:jacques-chirac",
    "person:kofi-annan")
MUBARAK, SULEIMAN, ABOULGHEIT, ABDULLAH = ("person:hosni-mubarak", "person:omar-suleiman",
                                           "person:ahmed-aboul-gheit", "person:abdullah-ii")

AFP = "blind set (French news wire, English service, AFP-like)"
HAMASMAG = "blind set (Hamas monthly, Arabic, Filastin al-Muslima-like)"
AJ = "blind set (Qatari TV news site, English, Aljazeera.net-like)"
AYYAM = "blind set (Ramallah daily, Arabic, Al-Ayyam-like)"
HAARETZ = "blind set (Israeli daily's English site, Haaretz-like)"
AHRAM = "blind set (Cairo state daily, Arabic, Al-Ahram-like)"

ARTICLES = [
    ("enRX1_washington_signing_afp", "en",
     "Rabin and Arafat shake hands as Israel, PLO sign historic accord\n"
     "WASHINGTON, Sept 13 (AFP) - Israeli Prime Minister Yitzhak Rabin and PLO leader Yasser Arafat shook hands on "
     "the White House lawn Monday after their negotiators signed a declaration of principles on Palestinian "
     "self-rule, ending decades of mutual rejection.\n"
     "Israeli Foreign Minister Shimon Peres and Mahmud Abbas, the head of the PLO's international relations "
     "department better known as Abu Mazen, signed the accord in the presence of President Bill Clinton, Rabin "
     "and Arafat. US Secretary of State Warren Christopher and Russian Foreign Minister Andrei Kozyrev signed as "
     "witnesses.\n"
     "Clinton, who had received Rabin and then Arafat separately in the Oval Office before the ceremony, nudged "
     "the two men together for the handshake, watched by some 3,000 guests including former presidents Jimmy "
     "Carter and George Bush.\n"
     "\"Enough of blood and tears. Enough,\" Rabin said. Arafat, speaking in Arabic, called \"the battle for "
     "peace\" the most difficult battle of his life.\n"
     "Jordan's King Hussein, who did not attend, was to have his negotiators sign an agenda for peace talks with "
     "Israel on Tuesday.\n"
     "In Gaza, the Islamic Resistance Movement Hamas denounced the accord as a \"sell-out\" of Palestinian rights.",
     [("LEADS", RABIN, ISRAEL, "Israeli Prime Minister Yitzhak Rabin and"),
      ("LEADS", ARAFAT, PLO, "PLO leader Yasser Arafat"),
      ("MET_WITH", RABIN, ARAFAT, "shook hands on", "1993-09-13"),
      ("MEMBER_OF", ABBAS, PLO, "the head of the PLO's international relations"),
      ("MET_WITH", PERES, ABBAS, "signed the accord in the presence of", "1993-09-13"),
      ("MET_WITH", CLINTON, PERES, "President Bill Clinton, Rabin", "1993-09-13"),
      ("MET_WITH", CLINTON, ABBAS, "in the presence of President", "1993-09-13"),
      ("MET_WITH", RABIN, PERES, "Bill Clinton, Rabin", "1993-09-13"),
      ("MET_WITH", RABIN, ABBAS, "Rabin and Arafat. US", "1993-09-13"),
      ("MET_WITH", ARAFAT, PERES, "and Arafat. US Secretary", "1993-09-13"),
      ("MET_WITH", ARAFAT, ABBAS, "Arafat. US Secretary of State", "1993-09-13"),
      ("LEADS", CLINTON, USA, "President Bill Clinton"),
      ("MET_WITH", CHRISTOPHER, PERES, "US Secretary of State Warren Christopher and", "1993-09-13"),
      ("MET_WITH", CHRISTOPHER, ABBAS, "signed as", "1993-09-13"),
      ("MET_WITH", KOZYREV, PERES, "Russian Foreign Minister Andrei Kozyrev", "1993-09-13"),
      ("MET_WITH", KOZYREV, ABBAS, "Andrei Kozyrev signed", "1993-09-13"),
      ("MET_WITH", CHRISTOPHER, KOZYREV, "Christopher and Russian", "1993-09-13"),
      ("LEADS", CHRISTOPHER, "organization:us-state-department", "Secretary of State Warren Christopher"),
      ("MET_WITH", CLINTON, RABIN, "who had received Rabin and then Arafat", "1993-09-13"),
      ("MET_WITH", CLINTON, ARAFAT, "separately in the Oval Office", "1993-09-13"),
      ],
     {"source": AFP, "published": "1993-09-13"}),

    ("arRX2_ayyash_martyred_hamas_monthly", "ar",
     "المهندس يحيى عياش.. رحيل القائد وبقاء النهج\n"
     "فلسطين المسلمة - غزة\n"
     "اغتال جهاز المخابرات الصهيوني «الشاباك» صباح يوم الجمعة الخامس من كانون الثاني/يناير القائد القسامي "
     "المهندس يحيى عبد اللطيف عياش، بتفجير عبوة ناسفة زُرعت في هاتف نقال كان يستخدمه، في منزل أحد معارفه ببلدة "
     "بيت لاهيا شمال قطاع غزة.\n"
     "وكان الشهيد، الذي طاردته قوات الاحتلال منذ عام 1992، يتحدث إلى والده عبر الهاتف لحظة الانفجار.\n"
     "وأعلنت كتائب الشهيد عز الدين القسام، الجناح العسكري لحركة المقاومة الإسلامية حماس، في بيان لها أن «دم "
     "المهندس لن يذهب هدراً»، فيما لم تعلن حكومة الاحتلال برئاسة شمعون بيريز مسؤوليتها رسمياً.\n"
     "وشارك أكثر من مئة ألف فلسطيني في تشييع جثمان الشهيد في مدينة غزة.\n"
     "من جهته، استقبل رئيس السلطة الفلسطينية ياسر عرفات في مكتبه بغزة وفداً من قيادة الحركة برئاسة الدكتور "
     "محمود الزهار وعضوية الشيخ إسماعيل هنية، وقدّم إليه التعازي باستشهاد المهندس، بعد أن كان قد أجرى اتصالاً "
     "هاتفياً بوالد الشهيد.\n"
     "ويُرجّح مراقبون أن يتولى القائد محمد الضيف قيادة الجهاز العسكري للحركة خلفاً للمهندس.",
     [("ASSASSINATED_BY", AYYASH, SHINBET, "اغتال جهاز المخابرات الصهيوني", "1996-01-05"),
      ("MEMBER_OF", AYYASH, QASSAM, "القائد القسامي"),
      ("LEADS", PERES, ISRAEL, "حكومة الاحتلال برئاسة شمعون بيريز"),
      ("LEADS", ARAFAT, PALESTINE, "رئيس السلطة الفلسطينية ياسر عرفات"),
      ("MET_WITH", ARAFAT, ZAHAR, "وفداً من قيادة الحركة برئاسة الدكتور", "1996-01-06"),
      ("MET_WITH", ARAFAT, HANIYEH, "وعضوية الشيخ إسماعيل هنية", "1996-01-06"),
      ("MEMBER_OF", ZAHAR, HAMAS, "قيادة الحركة برئاسة"),
      ("MEMBER_OF", HANIYEH, HAMAS, "وعضوية الشيخ"),
      ],
     {"source": HAMASMAG, "published": "1996-02-01"}),

    ("enRX3_yassin_killed_aljazeera", "en",
     "Hamas founder Shaikh Ahmad Yasin assassinated\n"
     "Monday 22 March 2004, 11:45 Makka Time, 8:45 GMT\n"
     "Hamas founder and spiritual leader Shaikh Ahmad Yasin has been killed by Israeli missiles as he left a "
     "mosque in Gaza City after dawn prayers.\n"
     "Israeli helicopter gunships fired at least three missiles at the wheelchair-bound cleric and his "
     "companions, killing him and seven other Palestinians, witnesses and hospital officials said.\n"
     "The Israeli army said in a statement that it had carried out the attack against Yasin, whom it described "
     "as a mastermind of terror. Prime Minister Ariel Sharon personally oversaw the operation, Israeli public "
     "radio reported.\n"
     "Palestinian Authority President Yasir Arafat declared three days of mourning, while Prime Minister Ahmad "
     "Quraya called the killing \"an insane and dangerous act\".\n"
     "On Tuesday, Hamas named Abd al-Aziz al-Rantisi, a hardline paediatrician, as its new leader in the Gaza "
     "Strip to succeed Yasin. Al-Rantisi, who survived an Israeli attempt on his life in June 2003, vowed "
     "retaliation.\n"
     "In Cairo, Egyptian President Husni Mubarak, who had been due to receive an Israeli delegation this week, "
     "called off the meeting and condemned the killing. UN Secretary-General Kofi Annan also condemned the "
     "assassination.",
     [("LEADS", YASSIN, HAMAS, "Hamas founder and spiritual leader"),
      ("ASSASSINATED_BY", YASSIN, ISRAEL, "has been killed by Israeli missiles", "2004-03-22"),
      ("ASSASSINATED_BY", YASSIN, IDF, "it had carried out the attack against Yasin", "2004-03-22"),
      ("LEADS", SHARON, ISRAEL, "Prime Minister Ariel Sharon personally"),
      ("LEADS", ARAFAT, PALESTINE, "Palestinian Authority President Yasir Arafat"),
      ("LEADS", QUREI, PALESTINE, "Prime Minister Ahmad"),
      ("SUCCESSOR_OF", RANTISI, YASSIN, "to succeed Yasin", "2004-03-23"),
      ("LEADS", RANTISI, HAMAS, "as its new leader in the Gaza"),
      ("LEADS", MUBARAK, EGYPT, "Egyptian President Husni Mubarak"),
      ("LEADS", ANNAN, UN, "UN Secretary-General Kofi Annan"),
      ],
     {"source": AJ, "published": "2004-03-22"}),

    ("arRX4_rantisi_killed_ayyam", "ar",
     "استشهاد د. عبد العزيز الرنتيسي ومرافقَيه في غارة إسرائيلية على سيارته في غزة\n"
     "رام الله - «الأيام» - استشهد الدكتور عبد العزيز الرنتيسي، قائد حركة حماس في قطاع غزة، ومرافقاه أكرم نصار "
     "وأحمد الغرة، مساء أمس، عندما أطلقت طائرة مروحية إسرائيلية صاروخين على السيارة التي كانت تقلّهم في حي الشيخ "
     "رضوان بمدينة غزة.\n"
     "وجاء اغتيال الرنتيسي بعد أقل من أربعة أسابيع على اغتيال مؤسس الحركة الشيخ أحمد ياسين، الذي خلفه الرنتيسي "
     "في قيادة الحركة بالقطاع.\n"
     "وأعلنت الحركة أنها اختارت قائداً جديداً لها في غزة، لكنها قررت عدم الكشف عن اسمه لدواعٍ أمنية، واتهمت "
     "الإدارة الأميركية بالمسؤولية عن الجريمة.\n"
     "وفي رام الله، استقبل الرئيس ياسر عرفات في مقر المقاطعة، أمس، رئيس الوزراء أحمد قريع ووزير الشؤون الخارجية "
     "نبيل شعث، وبحث معهما تداعيات الاغتيال.\n"
     "وقال قريع، الذي خلف محمود عباس (أبو مازن) في رئاسة الحكومة في تشرين الأول الماضي، إن «هذه الجريمة تغلق "
     "الباب أمام أي جهد للتهدئة».\n"
     "من جهة أخرى، أرجأ مدير المخابرات العامة المصرية اللواء عمر سليمان زيارة كانت مقررة إلى رام الله وغزة "
     "الأسبوع المقبل.",
     [("LEADS", RANTISI, HAMAS, "قائد حركة حماس في قطاع غزة"),
      ("ASSASSINATED_BY", RANTISI, ISRAEL, "عندما أطلقت طائرة مروحية إسرائيلية", "2004-04-17"),
      ("ASSASSINATED_BY", NASSAR, ISRAEL, "ومرافقاه أكرم نصار", "2004-04-17"),
      ("ASSASSINATED_BY", GHURRA, ISRAEL, "وأحمد الغرة، مساء أمس", "2004-04-17"),
      ("SUCCESSOR_OF", RANTISI, YASSIN, "الذي خلفه الرنتيسي", "2004-03-23"),
      ("MET_WITH", ARAFAT, QUREI, "استقبل الرئيس ياسر عرفات في مقر المقاطعة", "2004-04-17"),
      ("MET_WITH", ARAFAT, SHAATH, "ووزير الشؤون الخارجية", "2004-04-17"),
      ("MET_WITH", QUREI, SHAATH, "وبحث معهما تداعيات الاغتيال", "2004-04-17"),
      ("LEADS", QUREI, PALESTINE, "رئيس الوزراء أحمد قريع ووزير"),
      ("SUCCESSOR_OF", QUREI, ABBAS, "الذي خلف محمود عباس", "2003-10-07"),
      ("LEADS", SULEIMAN, EGI, "مدير المخابرات العامة المصرية"),
      ],
     {"source": AYYAM, "published": "2004-04-18"}),

    ("enRX5_arafat_dies_haaretz", "en",
     "Arafat dies in Paris hospital; Abbas elected PLO chairman\n"
     "By Haaretz Service and Agencies\n"
     "Palestinian Authority Chairman Yasser Arafat died early Thursday at the Percy military hospital near Paris, "
     "where he had been in a coma for a week. He was 75.\n"
     "Hours later, the PLO Executive Committee in Ramallah elected Mahmoud Abbas, the former prime minister, as its "
     "chairman, succeeding Arafat at the head of the organization. Palestinian Legislative Council Speaker Rawhi "
     "Fattouh was sworn in as interim president of the PA, as the Basic Law requires, pending elections within 60 "
     "days.\n"
     "French President Jacques Chirac went to the hospital to pay his respects before the body was flown to Cairo.\n"
     "On Tuesday, Abbas, Prime Minister Ahmed Qureia and Foreign Minister Nabil Shaath were received by Chirac at "
     "the Elysee Palace, after Arafat's wife Suha accused them on Al Jazeera of trying \"to bury Abu Ammar "
     "alive.\"\n"
     "A military funeral is to be held in Cairo on Friday, hosted by Egyptian President Hosni Mubarak, before "
     "Arafat is buried in his Ramallah compound. Prime Minister Ariel Sharon has refused to allow a burial in "
     "Jerusalem.",
     [("LEADS", ARAFAT, PALESTINE, "Palestinian Authority Chairman Yasser Arafat"),
      ("SUCCESSOR_OF", ABBAS, ARAFAT, "succeeding Arafat at the head", "2004-11-11"),
      ("LEADS", ABBAS, PLO, "elected Mahmoud Abbas, the former prime minister, as its"),
      ("SUCCESSOR_OF", FATTOUH, ARAFAT, "was sworn in as interim president", "2004-11-11"),
      ("LEADS", CHIRAC, FRANCE, "French President Jacques Chirac"),
      ("LEADS", QUREI, PALESTINE, "Prime Minister Ahmed Qureia"),
      ] + met_group({ABBAS: "On Tuesday, Abbas", QUREI: "Ahmed Qureia and Foreign",
                     SHAATH: "Foreign Minister Nabil Shaath", CHIRAC: "were received by Chirac"}, "2004-11-09") + [
      ("LEADS", MUBARAK, EGYPT, "Egyptian President Hosni Mubarak"),
      ("LEADS", SHARON, ISRAEL, "Prime Minister Ariel Sharon has"),
      ],
     {"source": HAARETZ, "published": "2004-11-11"}),

    ("arRX6_mubarak_receives_abbas_ahram", "ar",
     "مبارك يستقبل أبو مازن ويؤكد دعم مصر لإجراء الانتخابات الفلسطينية في موعدها\n"
     "القاهرة - الأهرام\n"
     "استقبل الرئيس حسني مبارك، أمس، بقصر الرئاسة بمصر الجديدة، السيد محمود عباس (أبو مازن) رئيس اللجنة التنفيذية "
     "لمنظمة التحرير الفلسطينية، والوفد المرافق له الذي ضم رئيس الوزراء الفلسطيني أحمد قريع، وذلك بحضور اللواء "
     "عمر سليمان رئيس المخابرات العامة وأحمد أبو الغيط وزير الخارجية.\n"
     "وصرح المتحدث الرسمي باسم رئاسة الجمهورية بأن الرئيس مبارك أكد خلال اللقاء استمرار مصر في دعم الشعب "
     "الفلسطيني حتى إقامة دولته المستقلة.\n"
     "وتعد هذه الزيارة الأولى لأبو مازن إلى القاهرة منذ انتخابه رئيساً للجنة التنفيذية للمنظمة خلفاً للرئيس "
     "الراحل ياسر عرفات، الذي شُيّعت جنازته العسكرية في القاهرة الشهر الماضي.\n"
     "وكان أبو مازن قد التقى في عمّان أمس الأول العاهل الأردني الملك عبد الله الثاني.\n"
     "وعلى صعيد آخر، تلقى الرئيس مبارك اتصالاً هاتفياً من الرئيس الأميركي جورج بوش تناول الأوضاع في الأراضي "
     "الفلسطينية.\n"
     "ومن المنتظر أن يلتقي أبو مازن رئيس الوزراء الإسرائيلي أرييل شارون بعد الانتخابات الرئاسية الفلسطينية "
     "المقررة في التاسع من يناير المقبل.",
     [("MET_WITH", MUBARAK, ABBAS, "السيد محمود عباس (أبو مازن)", "2004-12-05"),
      ("LEADS", ABBAS, PLO, "رئيس اللجنة التنفيذية لمنظمة التحرير"),
      ("MET_WITH", MUBARAK, QUREI, "والوفد المرافق له الذي ضم", "2004-12-05"),
      ("LEADS", QUREI, PALESTINE, "رئيس الوزراء الفلسطيني أحمد قريع"),
      ("MET_WITH", SULEIMAN, MUBARAK, "وذلك بحضور اللواء", "2004-12-05"),
      ("MET_WITH", SULEIMAN, ABBAS, "عمر سليمان رئيس المخابرات العامة", "2004-12-05"),
      ("MET_WITH", ABOULGHEIT, MUBARAK, "وأحمد أبو الغيط وزير الخارجية", "2004-12-05"),
      ("MET_WITH", ABOULGHEIT, ABBAS, "العامة وأحمد أبو الغيط", "2004-12-05"),
      ("MET_WITH", SULEIMAN, ABOULGHEIT, "سليمان رئيس المخابرات", "2004-12-05"),
      ("LEADS", SULEIMAN, EGI, "رئيس المخابرات العامة وأحمد"),
      ("LEADS", ABOULGHEIT, EGFM, "أبو الغيط وزير الخارجية"),
      ("SUCCESSOR_OF", ABBAS, ARAFAT, "خلفاً للرئيس", "2004-11-11"),
      ("MET_WITH", ABBAS, ABDULLAH, "العاهل الأردني الملك عبد الله الثاني", "2004-12-03"),
      ],
     {"source": AHRAM, "published": "2004-12-06"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRX")
