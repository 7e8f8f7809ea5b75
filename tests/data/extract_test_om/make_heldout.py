"""Blind set OM: Palestinian politics and its mediators, 2022-2024 (first folder of OM-ON): Tebboune's
meeting of Abbas and Haniyeh in Algiers (July 2022), the meeting of the factions' secretaries-general at
El Alamein chaired by Abbas after his meeting with Sisi (July 2023), the killing of Saleh al-Arouri in
Beirut (January 2024), Yahya Sinwar chosen to succeed Ismail Haniyeh (August 2024), Mohammad Mustafa
named PA prime minister in place of Mohammad Shtayyeh (March 2024), and Erdogan's trilateral meeting
with Abbas and Haniyeh in Ankara (July 2023), as Algeria's state agency writes it in English (APS-like:
"ALGIERS, July 5, 2022 (APS) -", "President of the Republic, Mr. ..."), the Palestinian state agency in
Arabic (WAFA-like: "العلمين 30-7-2023 وفا-", "سيادته"), an international wire in English (Reuters-like:
"BEIRUT, Jan 2 (Reuters) -"), a Qatari TV site in Arabic (Al Jazeera Net-like: "الدوحة - الجزيرة نت",
"يوليو/تموز"), an Israeli English daily (Times of Israel-like) and a Turkish state agency in Arabic
(Anadolu-like: "أنقرة/ الأناضول").
Pieces: Tebboune receives Abbas and Haniyeh together with Lamamra present, after talks with Abbas
(English, OM1); Abbas chairs the factions' meeting with Haniyeh taking part, after meeting Sisi with
Kamel, al-Sheikh and Faraj present (Arabic, OM2); Arouri killed in a drone strike with no agent stated,
Arouri had signed the 2017 deal with al-Ahmad, Nasrallah had hosted Arouri and Nakhalah together (English,
OM3); Sinwar chosen to succeed Haniyeh, Haniyeh met Khamenei and Pezeshkian in Tehran before his killing
(Arabic, OM4); Abbas names Mustafa, who replaces Shtayyeh, Mustafa meets Abbas, Blinken had met Abbas
(English, OM5); Erdogan receives Abbas and Haniyeh with Kalin present (Arabic, OM6).
Excluded on purpose (no relation): the planned factions' conference (OM1); Nakhalah's boycott, Abbas's
phone call to Tamim (OM2); Arouri's killing ("killed ... in a drone strike", Mikati's "Israeli crime"
is an accusation, Regev's "whoever did it"), the unnamed Qassam commanders (OM3); Haniyeh's killing
(Hamas and Iran accuse Israel, Israel did not claim it), Tamim at the funeral, Mashal floated as a
possible successor (OM4); al-Sheikh "floated" as a candidate, Hamas's criticism (OM5); Erdogan's phone
call to Netanyahu and Netanyahu's postponed visit, the planned Alamein meeting (OM6).
Judgement calls: three leaders "received" together are a meeting of the three; an attendee "in the
presence of" / «بحضور» is paired with every principal of the meeting (three in OM1 and OM6, two in
OM2), attendees are not paired with each other; «ترأس ... اجتماع ... بمشاركة» X is a meeting of the
chair and X (OM2); "signed in Cairo with" is a meeting (OM3); "hosted A and B together" is a meeting of
the three (OM3); «خلفاً لـ» is a succession (OM4); a prime minister LEADS the country (OM5), the
chairman of a fund LEADS it; the head of Hamas's political bureau LEADS Hamas, its deputy head and
members are MEMBER_OF; «المرشد» LEADS Iran.
Filled in for the exercise: the talks on Sunday and the order conferred (OM1); the day of the Sisi
meeting and the attendees, the phone call to Tamim (OM2); Hamas's figure of seven dead (OM3); Hamdan's
press conference wording (OM4); Mustafa's meeting with Abbas on the evening of the designation (OM5);
Kalin's presence, the wording of the sources (OM6).
Spellings: "Mr. Abdelmadjid Tebboune", "Ramtane Lamamra" (OM1); «الشهيد القائد», «اللواء عباس كامل»,
«زياد النخالة» (OM2); "Saleh al-Arouri", "Sayyed Hassan Nasrallah", "Ziad al-Nakhala" (OM3); «يحيى
السنوار», «مسعود بزشكيان», «آية الله علي خامنئي» (OM4); "Mohammad Mustafa", "Mohammad Shtayyeh" (OM5);
«رجب طيب أردوغان», «إبراهيم قالن» (OM6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_on import ALL  # noqa: E402

HERE = Path(__file__).parent

PALESTINE, ISRAEL, EGYPT, ALGERIA, TURKEY, QATAR, IRAN, LEBANON = (
    "country:palestine", "country:israel", "country:egypt", "country:algeria", "country:turkey",
    "country:qatar", "country:iran", "country:lebanon")
HAMAS, FATAH, PLO, PIJ, HEZ = ("organization:hamas", "organization:fatah", "organization:plo",
                               "organization:palestinian-islamic-jihad", "organization:hezbollah")
EGI, PGI, PIF, ALGFM, MIT, STATE = (
    "organization:egyptian-general-intelligence", "organization:palestinian-general-intelligence",
    "organization:palestine-investment-fund", "organization:algerian-foreign-ministry",
    "organization:turkish-national-intelligence-organization", "organization:us-state-department")
QASSAM = "organization:al-qassam-brigades"
ABBAS, HANIYEH, AROURI, SINWAR, SHTAYYEH, MUSTAFA, SHEIKH, AHMAD, FARAJ = (
    "person:mahmoud-abbas", "person:ismail-haniyeh", "person:saleh-al-arouri", "person:yahya-sinwar",
    "person:mohammad-shtayyeh", "person:mohammad-mustafa", "person:hussein-al-sheikh", "person:azzam-al-ahmad",
    "person:majed-faraj")
MASHAL, HAMDAN, NAKHALAH = "person:khaled-mashal", "person:osama-hamdan", "person:ziyad-al-nakhalah"
SISI, KAMEL, TEBBOUNE, LAMAMRA, ERDOGAN, KALIN, TAMIM = (
    "person:abdel-fattah-el-sisi", "person:abbas-kamel", "person:abdelmadjid-tebboune", "person:ramtane-lamamra",
    "person:recep-tayyip-erdogan", "person:ibrahim-kalin", "person:tamim-bin-hamad-al-thani")
KHAMENEI, PEZESHKIAN, NASRALLAH, MIKATI, NETANYAHU, BLINKEN = (
    "person:ali-khamenei", "person:masoud-pezeshkian", "person:hassan-nasrallah", "person:najib-mikati",
    "person:benjamin-netanyahu", "person:antony-blinken")

APS = "blind set (Algerian state news agency, English service, APS-like)"
WAFA = "blind set (Palestinian state news agency, Arabic, WAFA-like)"
REUTERS = "blind set (international news wire, English, Reuters-like)"
JAZEERA = "blind set (Qatari TV news site, Arabic, Al Jazeera Net-like)"
TOI = "blind set (Israeli English-language daily, Times of Israel-like)"
AA = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"

ARTICLES = [
    ("enOM1_tebboune_abbas_haniyeh_aps", "en",
     "President Tebboune brings together Abbas and Haniyeh in Algiers\n"
     "ALGIERS, July 5, 2022 (APS) - President of the Republic, Mr. Abdelmadjid Tebboune, received on Tuesday at "
     "the People's Palace the President of the State of Palestine, Mahmoud Abbas, and the Head of the Political "
     "Bureau of the Hamas movement, Ismail Haniyeh, on the sidelines of the celebrations of the 60th anniversary "
     "of the recovery of national sovereignty.\n"
     "The meeting, the first between the two Palestinian leaders in several years, was held in the presence of "
     "the Minister of Foreign Affairs and the National Community Abroad, Ramtane Lamamra.\n"
     "The President of the Republic had held talks on Sunday with President Abbas, who is paying a state visit "
     "to Algeria, and conferred on him the Medal of the Order of Athir.\n"
     "In a statement issued after the meeting, Haniyeh's office said the Hamas leader had expressed his "
     "\"appreciation for Algeria's efforts to restore Palestinian unity.\"\n"
     "The Algerian initiative, announced by the Head of State last December, aims to reunite the Palestinian "
     "ranks. A conference of all the factions is expected to be held in Algiers in the autumn.",
     met_group({TEBBOUNE: "Mr. Abdelmadjid Tebboune, received", ABBAS: "the President of the State of Palestine",
                HANIYEH: "Bureau of the Hamas movement, Ismail Haniyeh"}, "2022-07-05") + [
      ("MET_WITH", LAMAMRA, TEBBOUNE, "was held in the presence of", "2022-07-05"),
      ("MET_WITH", LAMAMRA, ABBAS, "the National Community Abroad, Ramtane Lamamra", "2022-07-05"),
      ("MET_WITH", LAMAMRA, HANIYEH, "The meeting, the first between", "2022-07-05"),
      ("LEADS", TEBBOUNE, ALGERIA, "President of the Republic, Mr."),
      ("LEADS", ABBAS, PALESTINE, "President of the State of Palestine, Mahmoud Abbas"),
      ("LEADS", HANIYEH, HAMAS, "Head of the Political Bureau of the Hamas"),
      ("LEADS", LAMAMRA, ALGFM, "the Minister of Foreign Affairs and the National"),
      ],
     {"source": APS, "published": "2022-07-05"}),

    ("arOM2_alamein_secretaries_general_wafa", "ar",
     "الرئيس يترأس اجتماع الأمناء العامين للفصائل في مدينة العلمين\n"
     "العلمين 30-7-2023 وفا- ترأس رئيس دولة فلسطين محمود عباس، اليوم الأحد، اجتماع الأمناء العامين للفصائل "
     "الفلسطينية في مدينة العلمين الجديدة بجمهورية مصر العربية، بمشاركة رئيس المكتب السياسي لحركة حماس إسماعيل "
     "هنية.\n"
     "وأكد سيادته في كلمته الافتتاحية أن منظمة التحرير الفلسطينية هي الممثل الشرعي والوحيد للشعب الفلسطيني، "
     "داعياً إلى الالتزام بالشرعية الدولية والمقاومة الشعبية السلمية.\n"
     "وكان سيادته قد التقى، أمس السبت، فخامة الرئيس عبد الفتاح السيسي، بحضور رئيس جهاز المخابرات العامة "
     "المصرية اللواء عباس كامل، وأمين سر اللجنة التنفيذية لمنظمة التحرير حسين الشيخ، ورئيس جهاز المخابرات "
     "العامة الفلسطينية اللواء ماجد فرج.\n"
     "وأطلع الرئيس نظيره المصري على آخر مستجدات الأوضاع في الأرض الفلسطينية المحتلة، وثمّن الدور المصري في "
     "رعاية الحوار الوطني.\n"
     "وقاطعت حركة الجهاد الإسلامي الاجتماع، بعدما أعلن أمينها العام زياد النخالة عدم المشاركة احتجاجاً على "
     "استمرار اعتقال عناصر من الحركة في الضفة الغربية.\n"
     "وفي سياق آخر، أجرى الرئيس اتصالاً هاتفياً مع أمير دولة قطر الشيخ تميم بن حمد آل ثاني، بحث خلاله "
     "التطورات السياسية.",
     [("MET_WITH", ABBAS, HANIYEH, "بمشاركة رئيس المكتب السياسي", "2023-07-30"),
      ("MET_WITH", ABBAS, SISI, "فخامة الرئيس عبد الفتاح السيسي", "2023-07-29"),
      ("MET_WITH", KAMEL, ABBAS, "المصرية اللواء عباس كامل", "2023-07-29"),
      ("MET_WITH", KAMEL, SISI, "بحضور رئيس جهاز المخابرات العامة", "2023-07-29"),
      ("MET_WITH", SHEIKH, ABBAS, "وأمين سر اللجنة التنفيذية", "2023-07-29"),
      ("MET_WITH", SHEIKH, SISI, "لمنظمة التحرير حسين الشيخ", "2023-07-29"),
      ("MET_WITH", FARAJ, ABBAS, "العامة الفلسطينية اللواء ماجد فرج", "2023-07-29"),
      ("MET_WITH", FARAJ, SISI, "ورئيس جهاز المخابرات العامة الفلسطينية", "2023-07-29"),
      ("LEADS", ABBAS, PALESTINE, "ترأس رئيس دولة فلسطين"),
      ("LEADS", HANIYEH, HAMAS, "رئيس المكتب السياسي لحركة حماس"),
      ("LEADS", KAMEL, EGI, "رئيس جهاز المخابرات العامة المصرية"),
      ("LEADS", FARAJ, PGI, "الفلسطينية اللواء ماجد"),
      ("MEMBER_OF", SHEIKH, PLO, "أمين سر اللجنة التنفيذية لمنظمة التحرير"),
      ("LEADS", NAKHALAH, PIJ, "أعلن أمينها العام زياد النخالة"),
      ("LEADS", TAMIM, QATAR, "أمير دولة قطر الشيخ"),
      ],
     {"source": WAFA, "published": "2023-07-30"}),

    ("enOM3_arouri_killed_beirut_reuters", "en",
     "Senior Hamas official Saleh al-Arouri killed in Beirut blast\n"
     "BEIRUT, Jan 2 (Reuters) - Saleh al-Arouri, the deputy head of Hamas's political bureau, was killed on "
     "Tuesday in a drone strike on an office of the Palestinian group in Beirut's southern suburbs, Hamas and "
     "Lebanese security sources said.\n"
     "Lebanon's caretaker Prime Minister Najib Mikati condemned what he called \"a new Israeli crime\" aimed at "
     "drawing Lebanon into the war.\n"
     "The Israeli military declined to comment. Mark Regev, an adviser to Prime Minister Benjamin Netanyahu, told "
     "MSNBC that Israel had not taken responsibility for the attack, but said that whoever did it had carried out "
     "\"a surgical strike against the Hamas leadership.\"\n"
     "Hamas leader Ismail Haniyeh, speaking in a televised address from Qatar, called the killing \"a completely "
     "terrorist act.\" Hamas said seven people died, among them two commanders of its armed wing.\n"
     "Arouri, 57, a founder of the Izz ad-Din al-Qassam Brigades, was also the group's top official in the "
     "occupied West Bank. He played a central role in the 2017 reconciliation deal with the rival Fatah movement, "
     "which he signed in Cairo with Fatah's Azzam al-Ahmad.\n"
     "Hezbollah leader Sayyed Hassan Nasrallah, who hosted Arouri and Islamic Jihad chief Ziad al-Nakhala together "
     "in late October, had warned that any Israeli assassination on Lebanese soil would meet a \"severe "
     "reaction.\"",
     [("MEMBER_OF", AROURI, HAMAS, "the deputy head of Hamas's political bureau"),
      ("LEADS", MIKATI, LEBANON, "caretaker Prime Minister Najib Mikati"),
      ("LEADS", NETANYAHU, ISRAEL, "an adviser to Prime Minister Benjamin Netanyahu"),
      ("LEADS", HANIYEH, HAMAS, "Hamas leader Ismail Haniyeh"),
      ("MEMBER_OF", AROURI, QASSAM, "a founder of the Izz ad-Din al-Qassam Brigades"),
      ("MET_WITH", AROURI, AHMAD, "which he signed in Cairo with", "2017-10-12"),
      ("MEMBER_OF", AHMAD, FATAH, "Fatah's Azzam al-Ahmad"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah leader Sayyed Hassan Nasrallah"),
      ("LEADS", NAKHALAH, PIJ, "Islamic Jihad chief Ziad al-Nakhala"),
      ] + met_group({NASRALLAH: "Sayyed Hassan Nasrallah, who hosted", AROURI: "who hosted Arouri",
                     NAKHALAH: "al-Nakhala together"}, "2023-10-25"),
     {"source": REUTERS, "published": "2024-01-02"}),

    ("arOM4_sinwar_succeeds_haniyeh_jazeera", "ar",
     "حماس تختار يحيى السنوار رئيساً لمكتبها السياسي خلفاً لهنية\n"
     "الدوحة - الجزيرة نت\n"
     "أعلنت حركة المقاومة الإسلامية (حماس) مساء الثلاثاء اختيار قائدها في قطاع غزة يحيى السنوار رئيساً لمكتبها "
     "السياسي، خلفاً للشهيد القائد إسماعيل هنية الذي اغتيل في طهران الأسبوع الماضي.\n"
     "واغتيل هنية فجر الأربعاء 31 يوليو/تموز مع مرافقه في مقر إقامته بالعاصمة الإيرانية، بعد ساعات من مشاركته "
     "في مراسم تنصيب الرئيس الإيراني مسعود بزشكيان، واتهمت الحركة وطهران إسرائيل بالوقوف وراء العملية، في حين "
     "لم تعلن تل أبيب مسؤوليتها عنها.\n"
     "وكان هنية قد التقى المرشد الإيراني آية الله علي خامنئي، كما استقبله الرئيس بزشكيان في اليوم نفسه، وأكد "
     "الأخير دعم بلاده للمقاومة الفلسطينية.\n"
     "وشُيّع جثمان هنية في الدوحة يوم الجمعة بمشاركة أمير قطر الشيخ تميم بن حمد آل ثاني وحشود كبيرة.\n"
     "وكان اسم رئيس الحركة في الخارج خالد مشعل قد طُرح بديلاً محتملاً لهنية، قبل أن تستقر قيادة الحركة على "
     "السنوار.\n"
     "وقال القيادي في الحركة أسامة حمدان، في مؤتمر صحفي في بيروت، إن اختيار السنوار \"رسالة بأن الحركة "
     "ماضية في طريق المقاومة\".",
     [("SUCCESSOR_OF", SINWAR, HANIYEH, "خلفاً للشهيد القائد", "2024-08-06"),
      ("LEADS", SINWAR, HAMAS, "غزة يحيى السنوار رئيساً"),
      ("LEADS", PEZESHKIAN, IRAN, "مراسم تنصيب الرئيس الإيراني"),
      ("MET_WITH", HANIYEH, KHAMENEI, "المرشد الإيراني آية الله", "2024-07-30"),
      ("LEADS", KHAMENEI, IRAN, "وكان هنية قد التقى المرشد"),
      ("MET_WITH", HANIYEH, PEZESHKIAN, "كما استقبله الرئيس بزشكيان", "2024-07-30"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ"),
      ("MEMBER_OF", MASHAL, HAMAS, "رئيس الحركة في الخارج خالد مشعل"),
      ("MEMBER_OF", HAMDAN, HAMAS, "القيادي في الحركة أسامة حمدان"),
      ],
     {"source": JAZEERA, "published": "2024-08-07"}),

    ("enOM5_mustafa_replaces_shtayyeh_toi", "en",
     "Abbas names longtime economic adviser Mohammad Mustafa as PA prime minister\n"
     "RAMALLAH — Palestinian Authority President Mahmoud Abbas on Thursday appointed Mohammad Mustafa, a "
     "US-educated economist who chairs the Palestine Investment Fund, as prime minister, tasking him with forming "
     "a new government amid American calls for a \"revitalized\" PA.\n"
     "Mustafa replaces Mohammad Shtayyeh, who tendered his government's resignation to Abbas on February 26, "
     "citing the war in Gaza and escalating violence in the West Bank.\n"
     "The 69-year-old, a former deputy prime minister and economy minister, met Abbas at the Muqata'a in Ramallah "
     "on Thursday evening to receive the letter of designation, the official WAFA news agency reported.\n"
     "Hussein al-Sheikh, the secretary-general of the PLO Executive Committee and a close Abbas confidant, had "
     "been floated in recent weeks as a possible candidate for the post.\n"
     "Hamas and three other factions criticized the move, saying that naming a new premier without national "
     "consensus \"deepens division.\"\n"
     "US Secretary of State Antony Blinken had discussed the reform of the PA with Abbas when the two men met in "
     "Ramallah in January.",
     [("LEADS", ABBAS, PALESTINE, "Palestinian Authority President Mahmoud Abbas"),
      ("LEADS", MUSTAFA, PALESTINE, "appointed Mohammad Mustafa, a"),
      ("LEADS", MUSTAFA, PIF, "who chairs the Palestine Investment Fund"),
      ("SUCCESSOR_OF", MUSTAFA, SHTAYYEH, "Mustafa replaces Mohammad Shtayyeh", "2024-03-14"),
      ("MET_WITH", MUSTAFA, ABBAS, "met Abbas at the Muqata'a", "2024-03-14"),
      ("MEMBER_OF", SHEIKH, PLO, "the secretary-general of the PLO Executive Committee"),
      ("LEADS", BLINKEN, STATE, "US Secretary of State Antony Blinken"),
      ("MET_WITH", BLINKEN, ABBAS, "when the two men met in", "2024-01-10"),
      ],
     {"source": TOI, "published": "2024-03-14"}),

    ("arOM6_erdogan_abbas_haniyeh_anadolu", "ar",
     "أردوغان يستقبل عباس وهنية في أنقرة\n"
     "أنقرة/ الأناضول\n"
     "استقبل الرئيس التركي رجب طيب أردوغان، الأربعاء، الرئيس الفلسطيني محمود عباس ورئيس المكتب السياسي لحركة "
     "\"حماس\" إسماعيل هنية، في المجمع الرئاسي بالعاصمة أنقرة.\n"
     "وجرى اللقاء الثلاثي مغلقاً أمام وسائل الإعلام، بحضور رئيس جهاز الاستخبارات التركي إبراهيم قالن، وفق "
     "مصادر في الرئاسة التركية.\n"
     "وكان أردوغان قد عقد الثلاثاء جلسة مباحثات ثنائية مع عباس، أعقبها مؤتمر صحفي مشترك، شدد فيه الرئيس التركي "
     "على أهمية الوحدة الفلسطينية.\n"
     "ويأتي اللقاء قبل أيام من اجتماع الأمناء العامين للفصائل الفلسطينية المقرر عقده في مدينة العلمين المصرية "
     "الأحد المقبل.\n"
     "وفي سياق متصل، أجرى أردوغان في وقت سابق اتصالاً هاتفياً برئيس الوزراء الإسرائيلي بنيامين نتنياهو، الذي "
     "كان من المقرر أن يزور تركيا أواخر يوليو/تموز، قبل أن تُرجأ الزيارة إثر خضوعه لعملية جراحية.",
     met_group({ERDOGAN: "استقبل الرئيس التركي رجب", ABBAS: "الرئيس الفلسطيني محمود عباس ورئيس",
                HANIYEH: "\"حماس\" إسماعيل هنية"}, "2023-07-26") + [
      ("MET_WITH", KALIN, ERDOGAN, "بحضور رئيس جهاز الاستخبارات", "2023-07-26"),
      ("MET_WITH", KALIN, ABBAS, "الاستخبارات التركي إبراهيم قالن", "2023-07-26"),
      ("MET_WITH", KALIN, HANIYEH, "وجرى اللقاء الثلاثي", "2023-07-26"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب"),
      ("LEADS", ABBAS, PALESTINE, "الرئيس الفلسطيني محمود عباس ورئيس"),
      ("LEADS", HANIYEH, HAMAS, "ورئيس المكتب السياسي لحركة"),
      ("LEADS", KALIN, MIT, "رئيس جهاز الاستخبارات التركي"),
      ("LEADS", NETANYAHU, ISRAEL, "برئيس الوزراء الإسرائيلي"),
      ],
     {"source": AA, "published": "2023-07-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOM")
