"""Blind set GU: Russia and Ukraine's wider war, 2023-2025, in TV-website style: Prigozhin's jet
crash, Aug 2023 (English); Zelensky received by Mohammed bin Salman in Jeddah before the US-Ukraine
talks, March 2025 (Arabic); the African peace mission to Zelenskyy and Putin, June 2023 (English);
Lt. Gen. Moskalik killed near Moscow and the SBU-claimed killing of Lt. Gen. Kirillov (Arabic); an
explainer on the defence ministers of Russia and Ukraine, 2023-2025 (English); Putin's one-day Gulf
tour to Abu Dhabi and Riyadh, Dec 2023 (Arabic).
Style: TV-website copy (headline line, short paragraphs, "Watch:" / "شاهد:" teasers), titles before
names, later surnames or descriptions ("the Wagner chief", "الرئيس الأوكراني").
Excluded on purpose: a crash with no stated agent and a denied Western accusation, phone calls
(Lukashenko, Tamim), planned talks (Jeddah, Tuesday), "no plans" for a Putin-Zelensky meeting, a
planned Raisi visit, Putin not travelling to the BRICS summit (Lavrov "in his place" at an event,
not an office), a killing blamed on Kyiv by Moscow without a Ukrainian claim, an ambassador's post
that never materialised.
Spellings: Evgeny Prigozhin, Dmitriy Utkin, Volodymyr Zelenskyy, زيلنسكي, Sergey Shoygu, Andrey
Belousov, Valeriy Zaluzhnyi, بوتن.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gu import ALL  # noqa: E402

HERE = Path(__file__).parent

RU, UA = "country:russia", "country:ukraine"
PRIG, UTKIN, YEVK, PUT, PESKOV, LUKA = (
    "person:yevgeny-prigozhin", "person:dmitry-utkin", "person:yunus-bek-yevkurov", "person:vladimir-putin",
    "person:dmitry-peskov", "person:alexander-lukashenko")
WAGNER, RUMOD, KREMLIN, BELARUS = ("organization:wagner-group", "organization:russian-defence-ministry",
                                   "organization:kremlin", "country:belarus")
ZEL, MBS, YERMAK, SYB, KULEBA, UMEROV, RUBIO = (
    "person:volodymyr-zelensky", "person:mohammed-bin-salman", "person:andriy-yermak", "person:andrii-sybiha",
    "person:dmytro-kuleba", "person:rustem-umerov", "person:marco-rubio")
SAUDIGOV, UAPRES, UAFM, UAMOD, STATE = (
    "organization:saudi-council-of-ministers", "organization:office-of-the-president-of-ukraine",
    "organization:ukrainian-foreign-ministry", "organization:ukrainian-defence-ministry",
    "organization:us-state-department")
JEDDAH = "location:jeddah"
RAMA, SALL, LAVROV, RUFM = ("person:cyril-ramaphosa", "person:macky-sall", "person:sergei-lavrov",
                            "organization:russian-foreign-ministry")
ZA, SEN, SPB, KYIV = "country:south-africa", "country:senegal", "location:saint-petersburg", "location:kyiv"
MOSK, ZAKH, KIRILLOV, RTISH, MALYUK, WITKOFF = (
    "person:yaroslav-moskalik", "person:maria-zakharova", "person:igor-kirillov", "person:alexei-rtishchev",
    "person:vasyl-malyuk", "person:steve-witkoff")
GENSTAFF, RCB, SBU, MOSCOW = ("organization:russian-general-staff", "organization:russian-rchbz-troops",
                              "organization:sbu", "location:moscow")
SHMY, REZ, SHOIGU, BELOUS, PATRU, KIM, MEDINSKY, SYRSKYI, ZALUZH = (
    "person:denys-shmyhal", "person:oleksii-reznikov", "person:sergei-shoigu", "person:andrei-belousov",
    "person:nikolai-patrushev", "person:kim-jong-un", "person:vladimir-medinsky", "person:oleksandr-syrskyi",
    "person:valerii-zaluzhnyi")
UAGOV, NSDC, RUSC, NK, PYONG, IST, UAAF = (
    "organization:ukrainian-government", "organization:ukraine-nsdc", "organization:russian-security-council",
    "country:north-korea", "location:pyongyang", "location:istanbul", "organization:armed-forces-of-ukraine")
MBZ, UAE, RAISI, IRAN, TAMIM, QATAR, DMITRIEV, RDIF = (
    "person:mohamed-bin-zayed", "country:united-arab-emirates", "person:ebrahim-raisi", "country:iran",
    "person:tamim-bin-hamad-al-thani", "country:qatar", "person:kirill-dmitriev",
    "organization:russian-direct-investment-fund")
AUH, RIYADH = "location:abu-dhabi", "location:riyadh"

ARTICLES = [
    ("enGU1_prigozhin_jet_crash", "en",
     "Wagner chief Prigozhin on passenger list of crashed jet, Russian aviation agency says\n"
     "Russia's civil aviation authority says Wagner mercenary boss Evgeny Prigozhin was on the passenger "
     "list of a private jet that crashed in the Tver region north of Moscow on Wednesday evening, killing "
     "all ten people on board. "
     "His right-hand man, Dmitriy Utkin, the former military intelligence officer credited with founding "
     "the group, was also listed. "
     "The Kremlin has not commented on the cause of the crash; Western officials have suggested it was no "
     "accident, a claim Moscow has dismissed as \"an absolute lie\". "
     "The crash came exactly two months after Prigozhin's short-lived mutiny, during which he met Deputy "
     "Defence Minister Yunus-Bek Yevkurov at a military headquarters in Rostov-on-Don. "
     "Days later, Putin received Prigozhin and 34 Wagner commanders in the Kremlin, according to "
     "presidential spokesman Dmitry Peskov. "
     "Belarusian President Alexander Lukashenko, who brokered the end of the mutiny in phone calls with "
     "Prigozhin, said he had warned him to be careful.\n"
     "Watch: footage from the crash site near the village of Kuzhenkino.",
     [("LEADS", PRIG, WAGNER, "Wagner mercenary boss Evgeny"),
      ("MEMBER_OF", UTKIN, WAGNER, "credited with founding the group"),
      ("MEMBER_OF", UTKIN, "organization:gru", "the former military intelligence officer"),
      ("MET_WITH", PRIG, YEVK, "during which he met Deputy", "2023-06-24"),
      ("MEMBER_OF", YEVK, RUMOD, "Defence Minister Yunus-Bek"),
      ("MET_WITH", PUT, PRIG, "Putin received Prigozhin", "2023-06-29"),
      ("MEMBER_OF", PESKOV, KREMLIN, "presidential spokesman Dmitry"),
      ("LEADS", LUKA, BELARUS, "Belarusian President Alexander"),
      ],
     {"source": "blind set (TV website, English)", "published": "2023-08-24"}),

    ("arGU2_zelensky_jeddah", "ar",
     "زيلنسكي في جدة.. والمحادثات الأميركية الأوكرانية تنطلق الثلاثاء\n"
     "وصل الرئيس الأوكراني فولوديمير زيلنسكي إلى مدينة جدة مساء الاثنين، حيث استقبله ولي العهد السعودي "
     "رئيس مجلس الوزراء الأمير محمد بن سلمان، وبحث الجانبان جهود إنهاء الحرب وتبادل الأسرى. "
     "ولن يشارك زيلنسكي في محادثات الثلاثاء، إذ يرأس الوفد الأوكراني مدير مكتبه أندريه يرماك، ويضم "
     "وزير الخارجية أندريه سيبيها، الذي خلف دميترو كوليبا في سبتمبر الماضي، ووزير الدفاع رستم عمروف، "
     "في مواجهة وفد أميركي يقوده وزير الخارجية ماركو روبيو. "
     "وكان زيلنسكي قد حضر القمة العربية في جدة في مايو 2023، في أول مشاركة له في اجتماع لجامعة الدول "
     "العربية. "
     "ونفت موسكو أن تكون قد دُعيت إلى المحادثات، فيما قال المتحدث باسم الكرملين دميتري بيسكوف إنه لا "
     "خطط لاجتماع بين الرئيس فلاديمير بوتين وزيلنسكي في الوقت الراهن.\n"
     "شاهد: لحظة وصول الرئيس الأوكراني إلى مطار الملك عبد العزيز الدولي.",
     [("LEADS", ZEL, UA, "الرئيس الأوكراني فولوديمير"),
      ("VISITED", ZEL, JEDDAH, "إلى مدينة جدة مساء", "2025-03-10"),
      ("MET_WITH", ZEL, MBS, "حيث استقبله ولي العهد", "2025-03-10"),
      ("LEADS", MBS, SAUDIGOV, "رئيس مجلس الوزراء الأمير"),
      ("LEADS", YERMAK, UAPRES, "مدير مكتبه أندريه"),
      ("LEADS", SYB, UAFM, "وزير الخارجية أندريه"),
      ("SUCCESSOR_OF", SYB, KULEBA, "الذي خلف دميترو كوليبا", "2024-09-05"),
      ("LEADS", UMEROV, UAMOD, "ووزير الدفاع رستم"),
      ("LEADS", RUBIO, STATE, "وزير الخارجية ماركو"),
      ("MEMBER_OF", PESKOV, KREMLIN, "المتحدث باسم الكرملين"),
      ],
     {"source": "blind set (TV website, Arabic)", "published": "2025-03-10"}),

    ("enGU3_african_peace_mission", "en",
     "African leaders take peace plan to Putin a day after Kyiv visit\n"
     "Russian President Vladimir Putin hosted South Africa's Cyril Ramaphosa, Senegal's Macky Sall and "
     "other African envoys at the Konstantinovsky Palace near St Petersburg on Saturday, a day after the "
     "delegation met Ukraine's President Volodymyr Zelenskyy in Kyiv. "
     "The mission, which also included the presidents of Zambia and the Comoros, presented a ten-point "
     "plan that calls for de-escalation, prisoner exchanges and the return of children. "
     "As the leaders arrived in the Ukrainian capital on Friday, air raid sirens sounded and explosions "
     "were heard. "
     "Putin told the visitors that Ukraine, not Russia, had walked away from talks in 2022. "
     "The Kremlin later said Putin would attend the Russia-Africa summit in St Petersburg in July but "
     "would not travel to South Africa for the BRICS summit in August, where Foreign Minister Sergei "
     "Lavrov will represent Russia in his place.\n"
     "Watch: Ramaphosa and Zelenskyy at a joint news conference.",
     [("LEADS", PUT, RU, "Russian President Vladimir Putin"),
      ("MET_WITH", PUT, RAMA, "hosted South Africa's Cyril", "2023-06-17"),
      ("MET_WITH", PUT, SALL, "hosted South Africa's Cyril", "2023-06-17"),
      ("MET_WITH", RAMA, SALL, "Senegal's Macky Sall and", "2023-06-17"),
      ("LEADS", RAMA, ZA, "South Africa's Cyril Ramaphosa"),
      ("LEADS", SALL, SEN, "Senegal's Macky Sall"),
      ("VISITED", RAMA, SPB, "near St Petersburg on Saturday", "2023-06-17"),
      ("VISITED", SALL, SPB, "near St Petersburg on Saturday", "2023-06-17"),
      ("MET_WITH", RAMA, ZEL, "the delegation met Ukraine's President", "2023-06-16"),
      ("MET_WITH", SALL, ZEL, "the delegation met Ukraine's President", "2023-06-16"),
      ("LEADS", ZEL, UA, "Ukraine's President Volodymyr"),
      ("VISITED", RAMA, KYIV, "Volodymyr Zelenskyy in Kyiv", "2023-06-16"),
      ("VISITED", SALL, KYIV, "Volodymyr Zelenskyy in Kyiv", "2023-06-16"),
      ("LEADS", LAVROV, RUFM, "Foreign Minister Sergei"),
      ],
     {"source": "blind set (TV website, English)", "published": "2023-06-17"}),

    ("arGU4_russian_generals_killed", "ar",
     "مقتل جنرال روسي بانفجار سيارة مفخخة قرب موسكو\n"
     "قُتل الفريق ياروسلاف موسكاليك، نائب رئيس مديرية العمليات الرئيسية في هيئة الأركان العامة الروسية، "
     "الجمعة بانفجار سيارة مفخخة في مدينة بالاشيخا بضواحي موسكو، بحسب لجنة التحقيق الروسية. "
     "ولم تعلن أي جهة مسؤوليتها عن الهجوم، فيما قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن "
     "\"نظام كييف\" يقف وراءه، ولم يصدر تعليق من الجانب الأوكراني. "
     "ويأتي الحادث بعد أربعة أشهر من اغتيال الفريق إيغور كيريلوف، قائد قوات الحماية من الإشعاع "
     "والأسلحة الكيميائية والبيولوجية، بقنبلة مخبأة في دراجة كهربائية أمام منزله في موسكو، في عملية "
     "أعلن جهاز الأمن الأوكراني تنفيذها. "
     "وخلف كيريلوف في قيادة هذه القوات اللواء أليكسي رتيشيف. "
     "وكان رئيس جهاز الأمن الأوكراني فاسيل ماليوك قد وصف الجنرال الراحل بأنه \"هدف مشروع\". "
     "وفي اليوم نفسه، التقى الرئيس فلاديمير بوتين المبعوث الأميركي ستيف ويتكوف في الكرملين بموسكو، في "
     "رابع لقاء بينهما.\n"
     "شاهد: موقع الانفجار في بالاشيخا.",
     [("MEMBER_OF", MOSK, GENSTAFF, "نائب رئيس مديرية العمليات"),
      ("MEMBER_OF", ZAKH, RUFM, "المتحدثة باسم الخارجية الروسية"),
      ("ASSASSINATED_BY", KIRILLOV, SBU, "أعلن جهاز الأمن الأوكراني تنفيذها", "2024-12-17"),
      ("LEADS", KIRILLOV, RCB, "قائد قوات الحماية"),
      ("SUCCESSOR_OF", RTISH, KIRILLOV, "وخلف كيريلوف في قيادة", "2024-12"),
      ("LEADS", RTISH, RCB, "اللواء أليكسي رتيشيف"),
      ("LEADS", MALYUK, SBU, "رئيس جهاز الأمن الأوكراني فاسيل"),
      ("MET_WITH", PUT, WITKOFF, "التقى الرئيس فلاديمير بوتين", "2025-04-25"),
      ("VISITED", WITKOFF, MOSCOW, "في الكرملين بموسكو", "2025-04-25"),
      ],
     {"source": "blind set (TV website, Arabic)", "published": "2025-04-25"}),

    ("enGU5_defence_ministers_explainer", "en",
     "Explainer: who runs the war? The defence chiefs of Russia and Ukraine\n"
     "Ukraine's parliament on Thursday approved Denys Shmyhal, the long-serving prime minister, as "
     "defence minister, replacing Rustem Umerov, who moves on to head the National Security and Defence "
     "Council. "
     "Umerov had himself taken over the ministry from Oleksii Reznikov in September 2023, after a string "
     "of procurement scandals; Reznikov was tipped to become ambassador in London, but the appointment "
     "never materialised. "
     "In Moscow, President Vladimir Putin replaced his long-time defence minister, Sergey Shoygu, with the "
     "economist Andrey Belousov in May 2024 and moved Shoygu to the Security Council, where he succeeded "
     "Nikolai Patrushev as secretary. "
     "Since then Shoygu has travelled repeatedly to Pyongyang, meeting North Korean leader Kim Jong Un "
     "there at least three times. "
     "Umerov, for his part, led Ukraine's delegation at the first direct talks with Russia in three years "
     "in Istanbul in May, where he sat across the table from Kremlin aide Vladimir Medinsky. "
     "Ukraine's military chief, General Oleksandr Syrskyi, who replaced Valeriy Zaluzhnyi in February "
     "2024, keeps his post; Zaluzhnyi is now ambassador in London.",
     [("SUCCESSOR_OF", SHMY, UMEROV, "replacing Rustem Umerov", "2025-07-17"),
      ("LEADS", SHMY, UAMOD, "as defence minister, replacing"),
      ("LEADS", SHMY, UAGOV, "the long-serving prime minister"),
      ("LEADS", UMEROV, NSDC, "head the National Security and Defence"),
      ("SUCCESSOR_OF", UMEROV, REZ, "had himself taken over the ministry from", "2023-09"),
      ("LEADS", UMEROV, UAMOD, "Umerov had himself taken over"),
      ("LEADS", SHOIGU, RUMOD, "his long-time defence minister"),
      ("SUCCESSOR_OF", BELOUS, SHOIGU, "replaced his long-time defence minister", "2024-05-12"),
      ("LEADS", BELOUS, RUMOD, "economist Andrey Belousov"),
      ("SUCCESSOR_OF", SHOIGU, PATRU, "where he succeeded", "2024-05-12"),
      ("LEADS", SHOIGU, RUSC, "moved Shoygu to the Security Council"),
      ("MET_WITH", SHOIGU, KIM, "meeting North Korean leader", "2024-09"),
      ("VISITED", SHOIGU, PYONG, "travelled repeatedly to Pyongyang", "2024-09"),
      ("LEADS", KIM, NK, "North Korean leader Kim"),
      ("MET_WITH", UMEROV, MEDINSKY, "sat across the table from", "2025-05-16"),
      ("VISITED", UMEROV, IST, "in Istanbul in May", "2025-05-16"),
      ("VISITED", MEDINSKY, IST, "in Istanbul in May", "2025-05-16"),
      ("MEMBER_OF", MEDINSKY, KREMLIN, "Kremlin aide Vladimir"),
      ("SUCCESSOR_OF", SYRSKYI, ZALUZH, "who replaced Valeriy Zaluzhnyi", "2024-02-08"),
      ("LEADS", SYRSKYI, UAAF, "Ukraine's military chief"),
      ],
     {"source": "blind set (TV website, English)", "published": "2025-07-17"}),

    ("arGU6_putin_gulf_tour", "ar",
     "بوتن في جولة خليجية خاطفة.. من أبوظبي إلى الرياض\n"
     "وصل الرئيس الروسي فلاديمير بوتن إلى أبوظبي الأربعاء في زيارة نادرة إلى الخارج، حيث استقبله رئيس "
     "دولة الإمارات الشيخ محمد بن زايد آل نهيان في قصر الوطن. "
     "ثم توجه مساءً إلى الرياض، حيث عقد محادثات مع ولي العهد السعودي الأمير محمد بن سلمان تناولت أسواق "
     "النفط والحرب في غزة. "
     "وهذه أول زيارة لبوتن إلى المنطقة منذ صدور مذكرة توقيف بحقه من المحكمة الجنائية الدولية في مارس. "
     "وقال رئيس صندوق الاستثمار المباشر الروسي كيريل دميترييف إن الجولة ستفتح الباب أمام استثمارات "
     "خليجية جديدة في روسيا. "
     "وأعلن الناطق باسم الكرملين دميتري بيسكوف أن بوتن سيستقبل الرئيس الإيراني إبراهيم رئيسي في موسكو "
     "الخميس. "
     "وكان بوتن قد بحث هاتفياً مع أمير قطر الشيخ تميم بن حمد آل ثاني الوضع في غزة الأسبوع الماضي.\n"
     "شاهد: مراسم الاستقبال الرسمية في قصر الوطن.",
     [("LEADS", PUT, RU, "الرئيس الروسي فلاديمير"),
      ("VISITED", PUT, AUH, "إلى أبوظبي الأربعاء", "2023-12-06"),
      ("MET_WITH", PUT, MBZ, "حيث استقبله رئيس", "2023-12-06"),
      ("LEADS", MBZ, UAE, "دولة الإمارات الشيخ"),
      ("VISITED", PUT, RIYADH, "ثم توجه مساءً إلى الرياض", "2023-12-06"),
      ("MET_WITH", PUT, MBS, "حيث عقد محادثات مع ولي العهد", "2023-12-06"),
      ("LEADS", DMITRIEV, RDIF, "رئيس صندوق الاستثمار"),
      ("MEMBER_OF", PESKOV, KREMLIN, "الناطق باسم الكرملين"),
      ("LEADS", RAISI, IRAN, "الرئيس الإيراني إبراهيم"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ"),
      ],
     {"source": "blind set (TV website, Arabic)", "published": "2023-12-06"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGU")
