"""Blind set RG: Hamas's leadership and the ceasefire mediation, 2017-2025 (first folder of RG-RH): Ismail
Haniyeh elected head of Hamas's political bureau to replace Khaled Mashal after Yahya Sinwar took over Gaza
from him (May 2017), the killing of Saleh al-Arouri in Beirut's southern suburb (January 2024), Steve
Witkoff's meetings with the Qatari prime minister and Netanyahu before the January 2025 deal (with the Paris
meeting of Burns, Barnea, the Qatari premier and Abbas Kamel a year earlier), Hassan Rashad's reception of
al-Hayya's delegation in Sharm el-Sheikh (October 2025), a think-tank brief on Hamas after Sinwar and Deif
(February 2025), and Sinwar's choice to succeed Haniyeh (August 2024), as a Western wire writes it in
English (Reuters-like: "GAZA, May 6 (Reuters) -"), a Qatari TV news site in Arabic (Al Jazeera Net-like:
"الجزيرة نت - بيروت", "استشهد ... في غارة بطائرة مسيّرة"), an Israeli daily in English (Times of Israel-like:
"By Times of Israel staff", "on Shabbat", "according to Hebrew media reports"), an Egyptian state daily in
Arabic (Al-Ahram-like: "استقبل اللواء ... رئيس المخابرات العامة"), a Washington think-tank brief in English
(PolicyWatch-like: "Policy brief | February 4, 2025") and a Hamas-aligned site in Arabic (Palestinian
Information Center-like: "القائد المجاهد", "الاحتلال الصهيوني", "أبو العبد").
Pieces: the Shura Council elects Haniyeh, replacing Meshaal; al-Sinwar had taken over from Haniyeh in Gaza
(English, RG1); al-Arouri and two Qassam commanders killed by a drone, Hamas accuses Israel, Haniyeh had met
Abbas Kamel in Cairo the month before (Arabic, RG2); Witkoff meets Netanyahu after talks in Doha with the
Qatari prime minister, Burns, Barnea, the Qatari premier and Kamel met in Paris, Kamel replaced by Rashad
(English, RG3); Rashad receives al-Hayya's delegation with Jabarin and Awadallah, al-Hayya's son killed by
an Israeli raid in Doha, Rashad appointed to succeed Kamel (Arabic, RG4); Sinwar (Haniya's successor) killed
by IDF soldiers, Deif and Salama whom the IDF said it killed, Mohammed Sinwar took over the Qassam Brigades
from Deif, Issa killed in an Israeli strike, al-Hayyeh's delegation meets Rashad, Witkoff meets Dermer
(English, RG5); Sinwar chosen to succeed Haniyeh "whom the Zionist occupation assassinated", Haniyeh had met
Khamenei (Arabic, RG6).
Excluded on purpose (no relation): Haniyeh's postponed trip to Cairo, David Keyes who speaks for Netanyahu
(RG1); the killing of al-Arouri, Findi and al-Aqra (no agent stated by the outlet: only Hamas's accusation and
Regev's "whoever carried out the attack"), Amir-Abdollahian's phone call to Haniyeh, Nasrallah's earlier
warning (RG2); Netanyahu's instruction to Barnea, Bar and Alon (not a meeting), the Israeli team's planned
talks with Witkoff, McGurk and the Qatari premier, Hamas's separate meetings with unnamed mediators, Biden's
phone calls with el-Sissi and Tamim, Smotrich's statement (RG3); the Israeli delegation (unnamed), the
planned arrival of Witkoff, Kushner and the Qatari premier, Witkoff's phone call to Rashad (RG4); Mashal who
"could replace Sinwar", Netanyahu due at the White House (RG5); the bodyguard Abu Shaaban (no agent in his
sentence), the funeral "in the presence of" the emir (not a meeting), the 2017 Gaza succession (the same
triple as the August 2024 one, listed once) (RG6).
Judgement calls: "elected Ismail Haniyeh ... to head its political bureau, replacing Khaled Meshaal" is a
succession (RG1); "taking over from Haniyeh in that post" (Gaza chief) is a succession, and "elected Hamas
chief in the Gaza Strip" is MEMBER_OF Hamas, not LEADS (RG1, and the same for al-Hayya's "Gaza chief" titles);
"حيث التقى ... وبحث معه" is a meeting (RG2); "held talks in Doha with" is a meeting (RG3); the four of the
Paris meeting ("X, Y, Z and W met") are paired with each other (met_group, RG3); "Kamel was replaced in
October by his deputy, Hassan Rashad" is a succession (RG3); a delegation "برئاسة" al-Hayya "وضم الوفد"
two members: the members are attendees, each paired with the host and with al-Hayya, and with each other
(RG4); "غارة إسرائيلية ... أسفرت عن استشهاد نجله" gives Hammam -> country:israel (RG4); "whom the IDF
said it had killed" is the agent's own claim (RG5 Deif and Salama -> the IDF); "killed ... by soldiers of the
Israel Defense Forces" -> the IDF (RG5); "has taken over the Qassam Brigades from Deif" is a succession (RG5);
a Hamas-aligned outlet's own "اغتاله الاحتلال الصهيوني" states the agent (Haniyeh -> country:israel, RG6);
a prime minister LEADS the country; an intelligence chief LEADS the service (Barnea, Bar, Burns, Kamel,
Rashad); "headed by its Gaza chief Khalil al-Hayya" is MEMBER_OF Hamas (the team is not a body with an id).
Filled in for the exercise: the Hamas official's wording on the simultaneous votes, Keyes's wording and the
postponed Cairo trip (RG1); the target office's district, the wording of Hamas's statement and of Haniyeh's
speech, the time of the phone call (RG2); the day of Witkoff's Doha talks, the location of Hamas's
meetings, the day of Biden's calls (RG3); the delegation's make-up, the phone call (RG4); the date of the
Rashad meeting, the council's seat and Hayyeh's edge (RG5); the wording of the statement and al-Hayya's
press conference (RG6).
Spellings: "Khaled Meshaal", "Yahya al-Sinwar" (RG1); «الشيخ صالح العاروري»، «اللواء عباس كامل»، «حسن نصر
الله» (RG2); "Sheikh Mohammed bin Abdulrahman Al Thani", "Abdel-Fattah el-Sissi", "Khalil al-Hayya" (RG3);
«الدكتور خليل الحية»، «جاريد كوشنر» (RG4); "Ismail Haniya", "Khalil al-Hayyeh" (RG5); «أبو العبد هنية»،
«آية الله السيد علي خامنئي» (RG6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rh import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, QATAR, EGYPT, US = "country:israel", "country:qatar", "country:egypt", "country:united-states"
HAMAS, QASSAM, HEZ = "organization:hamas", "organization:al-qassam-brigades", "organization:hezbollah"
MOSSAD, SHINBET, CIA, EGI = ("organization:mossad", "organization:shin-bet", "organization:cia",
                             "organization:egyptian-general-intelligence")
HANIYEH, MASHAL, SINWAR, AROURI, FINDI, AQRA, HAYYA = (
    "person:ismail-haniyeh", "person:khaled-mashal", "person:yahya-sinwar", "person:saleh-al-arouri",
    "person:samir-findi", "person:azzam-al-aqra", "person:khalil-al-hayya")
BURNS, BARNEA, BAR, MBAR, TAMIM, KAMEL, RASHAD, SISI = (
    "person:william-burns", "person:david-barnea", "person:ronen-bar", "person:mohammed-bin-abdulrahman-al-thani",
    "person:tamim-bin-hamad-al-thani", "person:abbas-kamel", "person:hassan-rashad", "person:abdel-fattah-el-sisi")
WITKOFF, BIDEN, NETANYAHU, NASRALLAH = (
    "person:steve-witkoff", "person:joe-biden", "person:benjamin-netanyahu", "person:hassan-nasrallah")
JABARIN, AWADALLAH, DARWISH, HAMMAM, DEIF, MSINWAR, SALAMA, ISSA = (
    "person:zaher-jabarin", "person:nizar-awadallah", "person:mohammed-darwish", "person:hammam-al-hayya",
    "person:mohammed-deif", "person:mohammed-sinwar", "person:rafa-salama", "person:marwan-issa")
TRUMP, DERMER, KHAMENEI, PEZESHKIAN = (
    "person:donald-trump", "person:ron-dermer", "person:ali-khamenei", "person:masoud-pezeshkian")
IRAN, IDF = "country:iran", "organization:israel-defense-forces"

REUTERS = "blind set (Western news wire, English, Reuters-like)"
JAZEERA = "blind set (Qatari TV news site, Arabic, Al Jazeera Net-like)"
TOI = "blind set (Israeli daily, English, Times of Israel-like)"
AHRAM = "blind set (Egyptian state daily, Arabic, Al-Ahram-like)"
BRIEF = "blind set (Washington think-tank brief, English, PolicyWatch-like)"
PIC = "blind set (Hamas-aligned news site, Arabic, Palestinian Information Center-like)"

ARTICLES = [
    ("enRG1_haniyeh_elected_reuters", "en",
     "Hamas names Ismail Haniyeh as its new political leader\n"
     "GAZA, May 6 (Reuters) - The Palestinian Islamist group Hamas on Saturday elected Ismail Haniyeh, its former "
     "Gaza prime minister, to head its political bureau, replacing Khaled Meshaal, who has led the movement from "
     "exile since 1996.\n"
     "Haniyeh, 54, was chosen by the group's Shura Council in simultaneous votes in Gaza and Doha, the Qatari "
     "capital where Meshaal lives, a Hamas official said.\n"
     "The vote caps a leadership overhaul that began in February, when Yahya al-Sinwar, a founder of the group's "
     "armed wing who spent 22 years in Israeli jails, was elected Hamas chief in the Gaza Strip, taking over from "
     "Haniyeh in that post.\n"
     "Meshaal, who on Monday unveiled a new policy document accepting a Palestinian state along the 1967 lines, "
     "did not say what role he would now take. Hamas officials said he could be given a seat on the bureau.\n"
     "Israel dismissed the document as an attempt to fool the world. David Keyes, a spokesman for Prime Minister "
     "Benjamin Netanyahu, said Hamas was still building terror tunnels.\n"
     "Haniyeh is expected to remain based in Gaza, where Egyptian restrictions have limited his travel. He had been "
     "due to travel to Cairo this month for talks with Egyptian officials, but the visit was postponed.",
     [("SUCCESSOR_OF", HANIYEH, MASHAL, "replacing Khaled Meshaal", "2017-05-06"),
      ("LEADS", HANIYEH, HAMAS, "to head its political bureau"),
      ("LEADS", MASHAL, HAMAS, "who has led the movement from exile"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "taking over from Haniyeh in that post", "2017-02-13"),
      ("MEMBER_OF", SINWAR, HAMAS, "was elected Hamas chief in the Gaza Strip"),
      ("LEADS", NETANYAHU, ISRAEL, "a spokesman for Prime Minister Benjamin Netanyahu"),
      ],
     {"source": REUTERS, "published": "2017-05-06"}),

    ("arRG2_arouri_killed_jazeera", "ar",
     "اغتيال صالح العاروري نائب رئيس المكتب السياسي لحماس في الضاحية الجنوبية لبيروت\n"
     "الجزيرة نت - بيروت\n"
     "استشهد نائب رئيس المكتب السياسي لحركة المقاومة الإسلامية (حماس) الشيخ صالح العاروري، مساء اليوم الثلاثاء، "
     "مع عدد من قادة كتائب عز الدين القسام وكوادر الحركة، في غارة بطائرة مسيّرة استهدفت مكتباً للحركة في منطقة "
     "المشرفية بالضاحية الجنوبية لبيروت.\n"
     "وأكدت الحركة في بيان أن من بين الشهداء القائدين في كتائب القسام سمير فندي وعزام الأقرع، واتهمت إسرائيل "
     "بتنفيذ \"عملية الاغتيال الجبانة\"، في حين امتنع الجيش الإسرائيلي عن التعليق، واكتفى مستشار رئيس الوزراء "
     "الإسرائيلي مارك ريغيف بالقول إن \"من نفّذ الهجوم\" استهدف قيادة حماس لا الدولة اللبنانية.\n"
     "من جهته، قال رئيس المكتب السياسي لحماس إسماعيل هنية في كلمة متلفزة من الدوحة إن الحركة \"لن تُهزم\"، "
     "مضيفاً أن اغتيال العاروري \"عمل إرهابي متكامل الأركان\".\n"
     "وكان هنية قد زار القاهرة الشهر الماضي على رأس وفد من الحركة، حيث التقى رئيس جهاز المخابرات العامة المصرية "
     "اللواء عباس كامل، وبحث معه مقترحات التهدئة وتبادل الأسرى.\n"
     "وتلقى هنية مساء اليوم اتصالاً هاتفياً من وزير الخارجية الإيراني حسين أمير عبد اللهيان، قدّم خلاله التعازي.\n"
     "وفي السياق، كان الأمين العام لحزب الله السيد حسن نصر الله قد حذّر في وقت سابق من أن أي اغتيال على الأرض "
     "اللبنانية \"لن يبقى بلا رد\".",
     [("MEMBER_OF", AROURI, HAMAS, "استشهد نائب رئيس المكتب السياسي لحركة"),
      ("MEMBER_OF", FINDI, QASSAM, "القائدين في كتائب القسام سمير"),
      ("MEMBER_OF", AQRA, QASSAM, "سمير فندي وعزام الأقرع"),
      ("LEADS", HANIYEH, HAMAS, "رئيس المكتب السياسي لحماس إسماعيل"),
      ("MET_WITH", HANIYEH, KAMEL, "حيث التقى رئيس جهاز", "2023-12-20"),
      ("LEADS", KAMEL, EGI, "المخابرات العامة المصرية اللواء عباس"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله السيد"),
      ],
     {"source": JAZEERA, "published": "2024-01-02"}),

    ("enRG3_witkoff_netanyahu_toi", "en",
     "Witkoff meets Netanyahu on Shabbat as Barnea heads to Doha to seal hostage deal\n"
     "By Times of Israel staff\n"
     "US President-elect Donald Trump's incoming Middle East envoy Steve Witkoff met Prime Minister Benjamin "
     "Netanyahu in Jerusalem on Saturday, a day after he held talks in Doha with Qatar's Prime Minister Sheikh "
     "Mohammed bin Abdulrahman Al Thani, according to Hebrew media reports.\n"
     "Following the meeting, Netanyahu instructed Mossad chief David Barnea, Shin Bet director Ronen Bar and the "
     "IDF's hostage point man, Maj. Gen. (res.) Nitzan Alon, to travel to Doha to finalize the deal.\n"
     "In the Qatari capital, the Israeli team was set to hold talks with Witkoff and outgoing US President Joe "
     "Biden's envoy Brett McGurk, as well as with the Qatari premier. "
     "Hamas's negotiating team, headed by its Gaza chief Khalil al-Hayya, is holding separate meetings with the "
     "mediators at a different location; the two sides do not meet directly.\n"
     "Biden spoke by phone with Egyptian President Abdel-Fattah el-Sissi and Qatar's Emir Sheikh Tamim bin Hamad "
     "Al Thani on Sunday, the White House said.\n"
     "The framework on the table is largely the one drafted a year ago in Paris, where CIA Director William Burns, "
     "Barnea, the Qatari premier and then-Egyptian intelligence chief Abbas Kamel met in late January 2024. Kamel "
     "was replaced in October by his deputy, Hassan Rashad.\n"
     "Netanyahu's far-right coalition partner, Finance Minister Bezalel Smotrich, said the emerging deal was "
     "\"a catastrophe for national security.\"",
     [("MET_WITH", WITKOFF, NETANYAHU, "met Prime Minister Benjamin", "2025-01-11"),
      ("LEADS", NETANYAHU, ISRAEL, "Netanyahu in Jerusalem on Saturday"),
      ("MET_WITH", WITKOFF, MBAR, "held talks in Doha with Qatar's", "2025-01-10"),
      ("LEADS", MBAR, QATAR, "Qatar's Prime Minister Sheikh"),
      ("LEADS", BARNEA, MOSSAD, "Mossad chief David Barnea"),
      ("LEADS", BAR, SHINBET, "Shin Bet director Ronen Bar"),
      ("LEADS", BIDEN, US, "outgoing US President Joe"),
      ("MEMBER_OF", HAYYA, HAMAS, "headed by its Gaza chief Khalil al-Hayya"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel-Fattah el-Sissi"),
      ("LEADS", TAMIM, QATAR, "Qatar's Emir Sheikh Tamim"),
      ] + met_group({BURNS: "CIA Director William Burns", BARNEA: "Barnea, the Qatari premier",
                     MBAR: "the Qatari premier and then-Egyptian", KAMEL: "intelligence chief Abbas Kamel met"},
                    "2024-01-28") + [
      ("LEADS", BURNS, CIA, "where CIA Director William"),
      ("LEADS", KAMEL, EGI, "then-Egyptian intelligence chief"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "was replaced in October by his deputy", "2024-10-16"),
      ],
     {"source": TOI, "published": "2025-01-12"}),

    ("arRG4_rashad_hayya_sharm_ahram", "ar",
     "رئيس المخابرات العامة يستقبل وفد حماس برئاسة خليل الحية في شرم الشيخ\n"
     "شرم الشيخ - الأهرام\n"
     "استقبل اللواء حسن رشاد، رئيس المخابرات العامة، اليوم الاثنين، بمدينة شرم الشيخ، وفد حركة حماس برئاسة "
     "الدكتور خليل الحية، رئيس الحركة في قطاع غزة، وضم الوفد كلاً من زاهر جبارين ونزار عوض الله، وذلك في إطار "
     "الجهود المصرية لوقف الحرب على غزة وتنفيذ خطة الرئيس الأمريكي دونالد ترامب.\n"
     "وصرح مصدر مصري رفيع المستوى بأن الوفد الإسرائيلي وصل إلى المدينة، على أن تجري المفاوضات بصورة غير مباشرة "
     "عبر الوسطاء المصريين والقطريين.\n"
     "ومن المقرر أن ينضم إلى المباحثات يوم الأربعاء المبعوث الأمريكي ستيف ويتكوف وجاريد كوشنر، إلى جانب رئيس "
     "مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني.\n"
     "ويترأس الحية وفد الحركة بعد أن نجا الشهر الماضي من غارة إسرائيلية استهدفت اجتماعاً لقيادات حماس في "
     "الدوحة، أسفرت عن استشهاد نجله همام وعدد من مرافقيه.\n"
     "وكان الرئيس عبد الفتاح السيسي قد أصدر في أكتوبر من العام الماضي قراراً بتعيين اللواء حسن رشاد رئيساً "
     "لجهاز المخابرات العامة خلفاً للواء عباس كامل، الذي عُيّن مستشاراً لرئيس الجمهورية ومبعوثاً خاصاً له.\n"
     "وعلى هامش المباحثات، تلقى رئيس المخابرات العامة اتصالاً هاتفياً من ويتكوف، تناول ترتيبات المرحلة المقبلة.",
     [("MET_WITH", RASHAD, HAYYA, "وفد حركة حماس برئاسة", "2025-10-06"),
      ("MET_WITH", RASHAD, JABARIN, "وضم الوفد كلاً من زاهر", "2025-10-06"),
      ("MET_WITH", RASHAD, AWADALLAH, "ونزار عوض الله، وذلك", "2025-10-06"),
      ("MET_WITH", HAYYA, JABARIN, "كلاً من زاهر جبارين", "2025-10-06"),
      ("MET_WITH", HAYYA, AWADALLAH, "جبارين ونزار عوض", "2025-10-06"),
      ("MET_WITH", JABARIN, AWADALLAH, "ونزار عوض الله", "2025-10-06"),
      ("LEADS", RASHAD, EGI, "اللواء حسن رشاد، رئيس المخابرات"),
      ("MEMBER_OF", HAYYA, HAMAS, "رئيس الحركة في قطاع غزة"),
      ("LEADS", TRUMP, US, "خطة الرئيس الأمريكي دونالد"),
      ("LEADS", MBAR, QATAR, "رئيس مجلس الوزراء وزير الخارجية القطري"),
      ("ASSASSINATED_BY", HAMMAM, ISRAEL, "أسفرت عن استشهاد نجله همام", "2025-09-09"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "خلفاً للواء عباس كامل", "2024-10-16"),
      ("LEADS", SISI, EGYPT, "وكان الرئيس عبد الفتاح السيسي"),
      ],
     {"source": AHRAM, "published": "2025-10-06"}),

    ("enRG5_after_sinwar_brief", "en",
     "After Sinwar: Hamas's Leadership Council and the Ceasefire\n"
     "Policy brief | February 4, 2025\n"
     "Hamas enters the second phase of the January 19 ceasefire with its top tier decimated. Yahya Sinwar, who "
     "succeeded Ismail Haniya as head of the political bureau in August 2024, was killed on October 16 by soldiers "
     "of the Israel Defense Forces who stumbled upon him in Rafah's Tel al-Sultan neighborhood. On January 30, the "
     "group's military wing finally confirmed the death of its commander, Mohammed Deif, whom the IDF said it had "
     "killed in a July 13 airstrike on al-Mawasi along with the Khan Younis Brigade commander, Rafa Salama.\n"
     "Rather than name a new chief, Hamas has been run since October by a five-member leadership council based in "
     "Doha: Gaza chief Khalil al-Hayyeh, West Bank chief Zaher Jabarin, Khaled Mashal, Shura Council head "
     "Mohammed Darwish and Nizar Awadallah. Mashal could replace Sinwar when internal elections are held, though "
     "Hayyeh's role as chief negotiator gives him an edge.\n"
     "Inside Gaza, Yahya's younger brother Mohammed Sinwar has taken over the Qassam Brigades from Deif and is now "
     "the key decision-maker on the hostages. Deif's deputy, Marwan Issa, was killed in an Israeli strike on the "
     "Nuseirat camp in March 2024.\n"
     "On the diplomatic track, Hayyeh's delegation met Egyptian intelligence chief Hassan Rashad in Cairo on "
     "February 1, while in Washington Witkoff met Strategic Affairs Minister Ron Dermer on February 3. Netanyahu is "
     "due at the White House today.",
     [("SUCCESSOR_OF", SINWAR, HANIYEH, "succeeded Ismail Haniya as head", "2024-08-06"),
      ("LEADS", SINWAR, HAMAS, "as head of the political bureau in August 2024"),
      ("ASSASSINATED_BY", SINWAR, IDF, "was killed on October 16 by soldiers", "2024-10-16"),
      ("ASSASSINATED_BY", DEIF, IDF, "whom the IDF said it had killed", "2024-07-13"),
      ("LEADS", DEIF, QASSAM, "confirmed the death of its commander"),
      ("ASSASSINATED_BY", SALAMA, IDF, "the Khan Younis Brigade commander, Rafa Salama", "2024-07-13"),
      ("MEMBER_OF", HAYYA, HAMAS, "Gaza chief Khalil al-Hayyeh"),
      ("MEMBER_OF", JABARIN, HAMAS, "West Bank chief Zaher Jabarin"),
      ("MEMBER_OF", MASHAL, HAMAS, "Zaher Jabarin, Khaled Mashal"),
      ("MEMBER_OF", DARWISH, HAMAS, "Shura Council head Mohammed Darwish"),
      ("MEMBER_OF", AWADALLAH, HAMAS, "Darwish and Nizar Awadallah"),
      ("SUCCESSOR_OF", MSINWAR, DEIF, "has taken over the Qassam Brigades from Deif"),
      ("LEADS", MSINWAR, QASSAM, "Mohammed Sinwar has taken over"),
      ("ASSASSINATED_BY", ISSA, ISRAEL, "was killed in an Israeli strike on the", "2024-03-10"),
      ("MET_WITH", HAYYA, RASHAD, "delegation met Egyptian intelligence chief", "2025-02-01"),
      ("LEADS", RASHAD, EGI, "Egyptian intelligence chief Hassan Rashad"),
      ("MET_WITH", WITKOFF, DERMER, "Witkoff met Strategic Affairs Minister", "2025-02-03"),
      ],
     {"source": BRIEF, "published": "2025-02-04"}),

    ("arRG6_sinwar_succeeds_haniyeh_pic", "ar",
     "حماس تعلن اختيار القائد يحيى السنوار رئيساً لمكتبها السياسي خلفاً للشهيد إسماعيل هنية\n"
     "غزة - المركز الفلسطيني للإعلام\n"
     "أعلنت حركة المقاومة الإسلامية \"حماس\"، مساء الثلاثاء، اختيار القائد المجاهد يحيى السنوار رئيساً للمكتب "
     "السياسي للحركة، خلفاً للقائد الشهيد إسماعيل هنية، الذي اغتاله الاحتلال الصهيوني فجر الأربعاء الماضي في "
     "العاصمة الإيرانية طهران.\n"
     "وقالت الحركة في بيان إن الاختيار جرى بعد مشاورات معمّقة في مؤسساتها القيادية، مؤكدة أن المقاومة \"ماضية في "
     "طريقها حتى دحر الاحتلال\".\n"
     "واستشهد أبو العبد هنية مع مرافقه وسيم أبو شعبان إثر استهداف مقر إقامته في طهران، بعد ساعات من مشاركته في "
     "مراسم أداء اليمين الدستورية للرئيس الإيراني مسعود بزشكيان، وكان قد التقى خلال زيارته قائد الثورة "
     "الإسلامية آية الله السيد علي خامنئي.\n"
     "من جهته، قال عضو المكتب السياسي للحركة خليل الحية، في مؤتمر صحفي بطهران، إن \"الاحتلال لن يستطيع كسر إرادة "
     "شعبنا\"، مضيفاً أن الحركة لن تقبل بأي مفاوضات تحت النار.\n"
     "وكان السنوار قد تولى قيادة الحركة في قطاع غزة عام 2017 خلفاً لهنية، قبل أن يُنتخب الأخير رئيساً للمكتب "
     "السياسي.\n"
     "وتوافد آلاف المشيعين إلى جامع الإمام محمد بن عبد الوهاب في الدوحة، حيث أُديت صلاة الجنازة على جثمان هنية "
     "بحضور أمير قطر الشيخ تميم بن حمد آل ثاني، قبل أن يوارى الثرى في مدينة لوسيل.",
     [("SUCCESSOR_OF", SINWAR, HANIYEH, "خلفاً للقائد الشهيد إسماعيل", "2024-08-06"),
      ("LEADS", SINWAR, HAMAS, "رئيساً للمكتب السياسي للحركة، خلفاً"),
      ("ASSASSINATED_BY", HANIYEH, ISRAEL, "الذي اغتاله الاحتلال الصهيوني", "2024-07-31"),
      ("MET_WITH", HANIYEH, KHAMENEI, "وكان قد التقى خلال زيارته", "2024-07-30"),
      ("LEADS", PEZESHKIAN, IRAN, "للرئيس الإيراني مسعود"),
      ("LEADS", KHAMENEI, IRAN, "قائد الثورة الإسلامية آية الله"),
      ("MEMBER_OF", HAYYA, HAMAS, "عضو المكتب السياسي للحركة خليل"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ تميم"),
      ],
     {"source": PIC, "published": "2024-08-06"}),

]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRG")
