"""Blind set NP: Gaza and Hamas, 2024-2025 (second folder of NO-NP): Netanyahu's confirmation that Israel killed
Mohammed Sinwar (May 2025) and Sinwar's place after Mohammed Deif and his brother, the Doha announcement of
the January 2025 ceasefire after the Qatari prime minister's meetings with the Hamas and Israeli
delegations, Hamas's leadership council after the Sinwars and Adam Boehler's direct talks (2025), Haniyeh's
funeral in Tehran and his last meeting with Khamenei (August 2024), Netanyahu's apology to Qatar for the
Doha strike made from the White House (September 2025) and Khalil al-Hayya's eulogy of Yahya Sinwar
(October 2024), as an Israeli TV channel's English site writes it (N12-like: "eliminated", "situation
assessment", ranks), a Palestinian agency abroad in Arabic (Quds Press-like: "الدوحة - قدس برس", Levantine
month names "كانون الثاني/يناير"), a US think tank's backgrounder (CFR-like: "Backgrounder:", a list of
council members with semicolons), an Iranian Arabic-language TV site (Al-Alam-like: "قائد الثورة الإسلامية",
"سماحته", "الكيان الصهيوني"), a Qatari daily in English (Gulf Times-like: "DOHA:", "HE the Prime Minister",
"His Highness the Amir") and a Jordanian TV site in Arabic (Roya-like: "عمّان - رؤيا", the kunya "أبو
إبراهيم").
Pieces: Netanyahu says Israel eliminated Mohammed Sinwar, Deif killed by an Israeli strike, Mohammed Sinwar
after Deif and after his brother, Katz's situation assessment with Zamir and Asor (English, NP1); the Qatari
prime minister meets the Hamas delegation, then the Israeli delegation under Barnea with Witkoff and McGurk
present, Witkoff meets Netanyahu in Jerusalem (Arabic, NP2); the leadership council listed, Haniyeh after
Mashal, Boehler's talks with al-Hayya in Doha, al-Haddad after Mohammed Sinwar killed by Israel (English,
NP3); Khamenei had received Haniyeh, the IRGC blames "the Zionist entity", al-Hayya in Tehran (Arabic, NP4);
Trump hosts Netanyahu, the Qatari prime minister dined with Trump and Witkoff in New York, Cpl. Badr
al-Dosari killed (English, NP5); al-Hayya mourns Sinwar killed by an Israeli training brigade force, Sinwar
after Haniyeh, Netanyahu's security meeting with Gallant and Halevi (Arabic, NP6).
Excluded on purpose (no relation): Hamas's silence, Yahya Sinwar who "fell in Rafah" (no agent) (NP1); the
two delegations, which "did not meet face to face", Witkoff and the Hamas delegation (the "بحضور" belongs to
the second meeting only) (NP2); Yahya Sinwar's death (no agent), the Mossad's failed attempt to poison
Mashal in 1997 (he survived), Witkoff's handover "by phone" (NP3); Khamenei and al-Hayya at the same funeral
(no meeting), the US "support" the IRGC alleges (no killer) (NP4); Netanyahu's apology by telephone to the
Qatari prime minister and Trump, who "joined the call", the trilateral meeting not scheduled, the emir's
calls of solidarity (NP5); Haniyeh's killing "in Tehran" (no agent), Biden's phone call with Netanyahu, the
successor not yet named (NP6).
Judgement calls: "Israel had eliminated Muhammad Sinwar" gives Sinwar -> country:israel; "took command of
Hamas's armed wing after the Israeli strike that killed Mohammed Deif" and "led the organization in the
Strip after his brother fell" are successions (the brother is Yahya) (NP1); "held a situation assessment
with" two commanders is a meeting of the three (as NG5) (NP1); in the second meeting, the two US officials
present are paired with both the Qatari host and the Israeli delegation head and with each other (NP2);
members of Hamas's leadership council listed with their roles are MEMBER_OF Hamas, the one "who heads the
Gaza branch" LEADS it (NP3); "Haniyeh replaced him" and "took over after Israel killed" are successions
(NP3); "محمّلاً الكيان الصهيوني المسؤولية" in the IRGC statement gives Haniyeh -> country:israel, and
"سماحته" stands for Khamenei (NP4); "who hosted Netanyahu at the White House" is a meeting; "dined with
Trump and his special envoy" is a meeting of the three (NP5); "It killed ... Badr al-Dosari", "it" being the
Israeli attack, gives al-Dosari -> country:israel (NP5); "قوة من لواء تدريبي ... وقتلتهم، قبل أن يتبين ...
أن أحدهم هو السنوار" gives Sinwar -> the IDF; "أبو إبراهيم قد خلف" is Sinwar's succession (NP6).
Filled in for the exercise: the day of Katz's meeting and Asor's presence (NP1); the order of the two
meetings and the two US officials' presence at the second (NP2); the council members' portfolios, al-Hayya
as Boehler's interlocutor (NP3); the hour of the Khamenei meeting, the day of the IRGC statement and
al-Hayya's arrival (NP4); al-Ansari's remark on the trilateral meeting, the date of the New York dinner
(NP5); the Netanyahu security meeting and Biden's words (NP6).
Spellings: "Muhammad Sinwar", "Khan Yunis" (NP1); "خليل الحيّة"، "دافيد برنياع"، "بريت ماكغورك" (NP2);
"Khaled Mashal" (NP3); "آية الله السيد علي الخامنئي"، "خالد القدومي" (NP4); "Binyamin Netanyahu", "Sheikh
Mohammed bin Abdulrahman bin Jassim al-Thani", "Dr Majed bin Mohammed al-Ansari" (NP5); "أبو إبراهيم"،
"يوآف غالانت"، "هرتسي هاليفي" (NP6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_np import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, IRAN, QATAR, US = "country:israel", "country:iran", "country:qatar", "country:united-states"
TEHRAN, DOHA, JERUSALEM, NEWYORK = "location:tehran", "location:doha", "location:jerusalem", "location:new-york"
HAMAS, QASSAM, IDF, IMOD, MOSSAD, QFM, WH = (
    "organization:hamas", "organization:al-qassam-brigades", "organization:israel-defense-forces",
    "organization:israeli-defense-ministry", "organization:mossad", "organization:qatari-foreign-ministry",
    "organization:white-house")
HANIYEH, YSINWAR, MSINWAR, DEIF, HADDAD, HAYYA, MASHAL = (
    "person:ismail-haniyeh", "person:yahya-sinwar", "person:mohammed-sinwar", "person:mohammed-deif",
    "person:izz-al-din-al-haddad", "person:khalil-al-hayya", "person:khaled-mashal")
JABARIN, AWADALLAH, DARWISH, NAIM, QADDOUMI = (
    "person:zaher-jabarin", "person:nizar-awadallah", "person:mohammed-darwish", "person:basem-naim",
    "person:khaled-qaddoumi")
KHAMENEI, PEZESHKIAN = "person:ali-khamenei", "person:masoud-pezeshkian"
NETANYAHU, KATZ, GALLANT, HALEVI, ZAMIR, ASOR, BARNEA = (
    "person:benjamin-netanyahu", "person:israel-katz", "person:yoav-gallant", "person:herzi-halevi",
    "person:eyal-zamir", "person:yaniv-asor", "person:david-barnea")
MBAR, TAMIM, ANSARI, DOSARI = ("person:mohammed-bin-abdulrahman-al-thani", "person:tamim-bin-hamad-al-thani",
                               "person:majed-al-ansari", "person:badr-al-dosari")
TRUMP, BIDEN, WITKOFF, MCGURK, BOEHLER = ("person:donald-trump", "person:joe-biden", "person:steve-witkoff",
                                          "person:brett-mcgurk", "person:adam-boehler")

N12 = "blind set (Israeli TV channel's English site, N12-like)"
QUDSPRESS = "blind set (Palestinian news agency abroad, Arabic, Quds Press-like)"
CFR = "blind set (US think tank's backgrounder, English, CFR-like)"
ALAM = "blind set (Iranian Arabic-language TV site, Al-Alam-like)"
GULFTIMES = "blind set (Qatari daily in English, Gulf Times-like)"
ROYA = "blind set (Jordanian TV news site, Arabic, Roya-like)"

ARTICLES = [
    ("enNP1_netanyahu_confirms_mohammed_sinwar_n12", "en",
     "Netanyahu confirms: Mohammed Sinwar eliminated\n"
     "Prime Minister Benjamin Netanyahu told the Knesset on Wednesday that Israel had eliminated Muhammad "
     "Sinwar, the Hamas commander in Gaza and the brother of the late Hamas leader Yahya Sinwar.\n"
     "Sinwar was the target of a joint IDF and Shin Bet strike two weeks ago on an underground command center "
     "beneath the European Hospital in Khan Yunis. Security officials had avoided confirming his death until "
     "the body was identified; Hamas has not commented.\n"
     "The younger Sinwar took command of Hamas's armed wing after the Israeli strike that killed Mohammed Deif "
     "in al-Mawasi in July 2024, and he led the organization in the Strip after his brother fell in Rafah in "
     "October.\n"
     "According to security officials, Izz al-Din al-Haddad, until now the commander of the Gaza City Brigade, "
     "is the most senior Hamas military figure left in the Strip.\n"
     "On Tuesday, Defense Minister Israel Katz held a situation assessment with IDF Chief of Staff Lt. Gen. "
     "Eyal Zamir and the head of Southern Command, Maj. Gen. Yaniv Asor, on the expansion of the ground "
     "operation.",
     [("ASSASSINATED_BY", MSINWAR, ISRAEL, "Israel had eliminated Muhammad", "2025-05-13"),
      ("ASSASSINATED_BY", DEIF, ISRAEL, "the Israeli strike that killed Mohammed Deif", "2024-07-13"),
      ("SUCCESSOR_OF", MSINWAR, DEIF, "took command of Hamas's armed wing after", "2024-07"),
      ("SUCCESSOR_OF", MSINWAR, YSINWAR, "he led the organization in the Strip after his brother", "2024-10"),
      ("LEADS", MSINWAR, QASSAM, "took command of Hamas's armed wing after"),
      ("LEADS", MSINWAR, HAMAS, "the Hamas commander in Gaza"),
      ("LEADS", YSINWAR, HAMAS, "the late Hamas leader Yahya Sinwar"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu told"),
      ("MEMBER_OF", HADDAD, HAMAS, "the most senior Hamas military figure"),
      ("LEADS", KATZ, IMOD, "Defense Minister Israel Katz"),
      ("LEADS", ZAMIR, IDF, "IDF Chief of Staff Lt. Gen. Eyal Zamir"),
      ("MEMBER_OF", ASOR, IDF, "the head of Southern Command"),
      ]
     + met_group({KATZ: "Defense Minister Israel Katz held", ZAMIR: "held a situation assessment with IDF Chief",
                  ASOR: "Maj. Gen. Yaniv Asor"}, "2025-05-27"),
     {"source": N12, "published": "2025-05-28"}),

    ("arNP2_qatar_announces_ceasefire_qudspress", "ar",
     "قطر تعلن التوصل إلى اتفاق لوقف إطلاق النار في غزة يبدأ الأحد\n"
     "الدوحة - قدس برس\n"
     "أعلن رئيس الوزراء وزير الخارجية القطري، الشيخ محمد بن عبد الرحمن آل ثاني، مساء الأربعاء، نجاح الوسطاء "
     "في التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة وتبادل الأسرى، على أن يدخل حيز التنفيذ يوم الأحد 19 "
     "كانون الثاني/يناير.\n"
     "وجاء الإعلان في مؤتمر صحفي بالدوحة عقب اجتماعين منفصلين عقدهما المسؤول القطري، الأول مع وفد حماس "
     "برئاسة خليل الحيّة، والثاني مع الوفد الإسرائيلي الذي ترأسه رئيس الموساد دافيد برنياع، بحضور مبعوث "
     "الرئيس الأمريكي المنتخب ستيف ويتكوف ومنسق البيت الأبيض لشؤون الشرق الأوسط بريت ماكغورك.\n"
     "ولم يلتقِ الوفدان وجهاً لوجه طوال جولات التفاوض، إذ تنقّل الوسطاء بين قاعتين في المبنى ذاته.\n"
     "وكان ويتكوف قد زار إسرائيل السبت الماضي، حيث اجتمع برئيس الوزراء بنيامين نتنياهو في مكتبه بالقدس، في "
     "لقاء وصفته وسائل إعلام عبرية بـ\"المتوتر\".\n"
     "وقال عضو المكتب السياسي لحماس باسم نعيم إن الحركة \"تعاملت بمسؤولية عالية\"، فيما قال الرئيس الأمريكي "
     "جو بايدن من البيت الأبيض إن الاتفاق \"ثمرة دبلوماسية أمريكية مضنية\".",
     [("MET_WITH", MBAR, HAYYA, "الأول مع وفد حماس برئاسة خليل الحيّة", "2025-01-15")]
     + met_group({MBAR: "عقدهما المسؤول القطري", BARNEA: "والثاني مع الوفد الإسرائيلي الذي ترأسه",
                  WITKOFF: "بحضور مبعوث الرئيس الأمريكي المنتخب ستيف ويتكوف",
                  MCGURK: "لشؤون الشرق الأوسط بريت ماكغورك"}, "2025-01-15") + [
      ("MET_WITH", WITKOFF, NETANYAHU, "حيث اجتمع برئيس الوزراء بنيامين نتنياهو", "2025-01-11"),
      ("VISITED", WITKOFF, ISRAEL, "وكان ويتكوف قد زار إسرائيل السبت", "2025-01-11"),
      ("VISITED", WITKOFF, JERUSALEM, "في مكتبه بالقدس", "2025-01-11"),
      ("LEADS", MBAR, QFM, "رئيس الوزراء وزير الخارجية القطري"),
      ("LEADS", BARNEA, MOSSAD, "رئيس الموساد دافيد برنياع"),
      ("MEMBER_OF", MCGURK, WH, "ومنسق البيت الأبيض لشؤون"),
      ("MEMBER_OF", HAYYA, HAMAS, "وفد حماس برئاسة خليل"),
      ("LEADS", NETANYAHU, ISRAEL, "برئيس الوزراء بنيامين نتنياهو"),
      ("MEMBER_OF", NAIM, HAMAS, "عضو المكتب السياسي لحماس باسم نعيم"),
      ("LEADS", BIDEN, US, "الرئيس الأمريكي جو بايدن"),
      ],
     {"source": QUDSPRESS, "published": "2025-01-15"}),

    ("enNP3_who_leads_hamas_backgrounder", "en",
     "Backgrounder: Who leads Hamas after the Sinwars?\n"
     "Since Yahya Sinwar's death in October 2024, Hamas has not named a new political chief. The movement is "
     "instead run by a five-member leadership council based in Doha and chaired by Mohammed Darwish, the head of "
     "its Shura Council. The others are Khalil al-Hayya, who heads the Gaza branch and the negotiating team; "
     "Zaher Jabarin, for the West Bank; Khaled Mashal, for the diaspora; and Nizar Awadallah.\n"
     "Mashal led the political bureau from 1996 until Ismail Haniyeh replaced him in 2017. In 1997, Mossad "
     "agents tried to poison him on a street in Amman on the orders of then prime minister Benjamin Netanyahu; "
     "he survived after Jordan obtained the antidote.\n"
     "In March 2025, Adam Boehler, the US special envoy for hostage affairs, held direct talks in Doha with "
     "al-Hayya, breaking a decades-old US policy of not engaging with the group. The contacts paved the way "
     "for the release in May of Edan Alexander, an Israeli-American soldier; Steve Witkoff coordinated the "
     "handover with Qatari and Egyptian officials by phone.\n"
     "Inside Gaza, the Qassam Brigades are commanded by Izz al-Din al-Haddad, who took over after Israel killed "
     "Mohammed Sinwar in May 2025.",
     [("MEMBER_OF", DARWISH, HAMAS, "chaired by Mohammed Darwish"),
      ("LEADS", HAYYA, HAMAS, "who heads the Gaza branch"),
      ("MEMBER_OF", JABARIN, HAMAS, "Zaher Jabarin, for the West Bank"),
      ("LEADS", MASHAL, HAMAS, "Mashal led the political bureau"),
      ("MEMBER_OF", AWADALLAH, HAMAS, "and Nizar Awadallah"),
      ("SUCCESSOR_OF", HANIYEH, MASHAL, "until Ismail Haniyeh replaced him", "2017"),
      ("MET_WITH", BOEHLER, HAYYA, "held direct talks in Doha with", "2025-03"),
      ("VISITED", BOEHLER, DOHA, "held direct talks in Doha with", "2025-03"),
      ("LEADS", HADDAD, QASSAM, "the Qassam Brigades are commanded by"),
      ("SUCCESSOR_OF", HADDAD, MSINWAR, "who took over after Israel killed", "2025-05"),
      ("ASSASSINATED_BY", MSINWAR, ISRAEL, "after Israel killed Mohammed Sinwar", "2025-05-13"),
      ],
     {"source": CFR, "published": "2025-06-20"}),

    ("arNP4_khamenei_prays_over_haniyeh_alalam", "ar",
     "قائد الثورة يؤم الصلاة على جثمان الشهيد هنية في طهران\n"
     "طهران - العالم\n"
     "أمّ قائد الثورة الإسلامية آية الله السيد علي الخامنئي، صباح الخميس، صلاة الجنازة على جثمان رئيس المكتب "
     "السياسي لحركة حماس الشهيد إسماعيل هنية ومرافقه، في جامعة طهران، بمشاركة حشود غفيرة من المواطنين.\n"
     "وكان سماحته قد استقبل الشهيد هنية ظهر الثلاثاء، قبل ساعات من اغتياله، على هامش مراسم أداء الرئيس "
     "مسعود بزشكيان اليمين الدستورية، مؤكداً دعم الجمهورية الإسلامية لمحور المقاومة.\n"
     "وأعلن حرس الثورة الإسلامية في بيان أن مقر إقامة هنية في شمال طهران استُهدف فجر الأربعاء بمقذوف قصير "
     "المدى، محمّلاً الكيان الصهيوني المسؤولية عن الجريمة بدعم من الإدارة الأمريكية.\n"
     "وتوعّد قائد الثورة بـ\"عقاب شديد\"، فيما قال رئيس الجمهورية بزشكيان إن طهران \"ستجعل المحتلين "
     "الإرهابيين يندمون على فعلتهم الجبانة\".\n"
     "ونقل ممثل حماس في طهران خالد القدومي شكر الحركة للشعب الإيراني، بينما شارك في التشييع نائب رئيس الحركة "
     "في غزة خليل الحية الذي وصل إلى العاصمة الإيرانية فجر اليوم.\n"
     "ويُنقل الجثمان إلى الدوحة حيث يوارى الثرى يوم الجمعة.",
     [("MET_WITH", KHAMENEI, HANIYEH, "وكان سماحته قد استقبل الشهيد هنية", "2024-07-30"),
      ("ASSASSINATED_BY", HANIYEH, ISRAEL, "محمّلاً الكيان الصهيوني المسؤولية", "2024-07-31"),
      ("VISITED", HANIYEH, TEHRAN, "مقر إقامة هنية في شمال طهران", "2024-07-30"),
      ("VISITED", HAYYA, TEHRAN, "الذي وصل إلى العاصمة الإيرانية", "2024-08-01"),
      ("LEADS", KHAMENEI, IRAN, "قائد الثورة الإسلامية آية الله"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس مسعود بزشكيان"),
      ("LEADS", HANIYEH, HAMAS, "السياسي لحركة حماس الشهيد إسماعيل"),
      ("MEMBER_OF", QADDOUMI, HAMAS, "ممثل حماس في طهران"),
      ("MEMBER_OF", HAYYA, HAMAS, "نائب رئيس الحركة في غزة"),
      ],
     {"source": ALAM, "published": "2024-08-01"}),

    ("enNP5_netanyahu_apology_call_gulf_times", "en",
     "Netanyahu apologises to Qatar over Doha attack in call from White House\n"
     "DOHA: Israeli Prime Minister Binyamin Netanyahu expressed his \"deep regret\" to HE the Prime Minister and "
     "Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim al-Thani over the September 9 "
     "attack on Doha, in a telephone call made from the White House on Monday, the Ministry of Foreign Affairs "
     "said.\n"
     "US President Donald Trump, who hosted Netanyahu at the White House for talks on his plan to end the Gaza "
     "war, joined the call.\n"
     "The Israeli attack targeted a residential building housing members of Hamas's political bureau who were "
     "meeting to discuss a US ceasefire proposal. It killed five Hamas members and Lance Corporal Badr "
     "al-Dosari of the Internal Security Force (Lekhwiya), while the group's senior leaders survived.\n"
     "HE Sheikh Mohammed, who dined with Trump and his special envoy Steve Witkoff in New York days after the "
     "attack, said Qatar expected guarantees that it would not be repeated.\n"
     "Foreign Ministry spokesman Dr Majed bin Mohammed al-Ansari said a trilateral meeting with Israeli "
     "officials proposed by Washington had not been scheduled.\n"
     "His Highness the Amir Sheikh Tamim bin Hamad al-Thani received calls of solidarity from several leaders "
     "after the attack.",
     [("MET_WITH", TRUMP, NETANYAHU, "who hosted Netanyahu at the White House", "2025-09-29")]
     + met_group({MBAR: "HE Sheikh Mohammed, who dined", TRUMP: "who dined with Trump and his special envoy",
                  WITKOFF: "special envoy Steve Witkoff in New York"}, "2025-09-12") + [
      ("VISITED", MBAR, NEWYORK, "Steve Witkoff in New York days after", "2025-09-12"),
      ("ASSASSINATED_BY", DOSARI, ISRAEL, "Lance Corporal Badr", "2025-09-09"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Binyamin Netanyahu"),
      ("LEADS", MBAR, QFM, "Minister of Foreign Affairs Sheikh Mohammed"),
      ("LEADS", TRUMP, US, "US President Donald Trump"),
      ("MEMBER_OF", ANSARI, QFM, "Foreign Ministry spokesman Dr Majed"),
      ("LEADS", TAMIM, QATAR, "His Highness the Amir Sheikh Tamim"),
      ],
     {"source": GULFTIMES, "published": "2025-09-30"}),

    ("arNP6_hayya_mourns_sinwar_roya", "ar",
     "الحية ينعى السنوار: ارتقى مقبلاً غير مدبر في رفح\n"
     "عمّان - رؤيا\n"
     "نعى نائب رئيس حركة حماس في قطاع غزة ورئيس وفدها المفاوض خليل الحية، الجمعة، رئيس المكتب السياسي للحركة "
     "يحيى السنوار، مؤكداً أنه \"ارتقى شهيداً مقبلاً غير مدبر، مشتبكاً مع جيش الاحتلال\" في مدينة رفح جنوبي "
     "القطاع.\n"
     "وكان جيش الاحتلال الإسرائيلي قد أعلن مساء الخميس أن قوة من لواء تدريبي اشتبكت الأربعاء مع ثلاثة "
     "مسلحين في حي تل السلطان وقتلتهم، قبل أن يتبين بعد فحص الحمض النووي أن أحدهم هو السنوار.\n"
     "وقال الحية في كلمة مصورة إن الأسرى الإسرائيليين \"لن يعودوا قبل وقف العدوان والانسحاب الكامل من "
     "غزة\".\n"
     "وكان أبو إبراهيم قد خلف الشهيد إسماعيل هنية في رئاسة المكتب السياسي مطلع آب/أغسطس الماضي، بعد اغتيال "
     "الأخير في طهران.\n"
     "وفي تل أبيب، عقد رئيس الوزراء الإسرائيلي بنيامين نتنياهو مساء الخميس اجتماعاً أمنياً مع وزير الدفاع "
     "يوآف غالانت ورئيس الأركان هرتسي هاليفي، فيما أجرى الرئيس الأمريكي جو بايدن اتصالاً هاتفياً بنتنياهو "
     "هنّأه فيه على \"تحقيق العدالة\".\n"
     "ولم تعلن الحركة حتى الآن عن خليفة للسنوار.",
     [("ASSASSINATED_BY", YSINWAR, IDF, "قوة من لواء تدريبي", "2024-10-16"),
      ("SUCCESSOR_OF", YSINWAR, HANIYEH, "قد خلف الشهيد إسماعيل هنية", "2024-08-06"),
      ("LEADS", YSINWAR, HAMAS, "رئيس المكتب السياسي للحركة"),
      ("MEMBER_OF", HAYYA, HAMAS, "نائب رئيس حركة حماس في قطاع غزة"),
      ("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء الإسرائيلي بنيامين"),
      ("LEADS", GALLANT, IMOD, "وزير الدفاع يوآف"),
      ("LEADS", HALEVI, IDF, "ورئيس الأركان هرتسي"),
      ("LEADS", BIDEN, US, "الرئيس الأمريكي جو بايدن"),
      ]
     + met_group({NETANYAHU: "عقد رئيس الوزراء الإسرائيلي", GALLANT: "اجتماعاً أمنياً مع وزير الدفاع",
                  HALEVI: "ورئيس الأركان هرتسي هاليفي"}, "2024-10-17"),
     {"source": ROYA, "published": "2024-10-18"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNP")
