"""Blind set OG: the Saudi-Iranian detente 2021-2023 (first folder of OG-OH): the first Baghdad round
(April 2021) arranged by Mustafa al-Kadhimi, Kadhimi's trip to Jeddah and Tehran (June 2022), the Beijing
agreement of 10 March 2023 (Musaed al-Aiban, Ali Shamkhani, Wang Yi), the foreign ministers' meeting in
Beijing (April 2023), Faisal bin Farhan in Tehran (June 2023), Amir-Abdollahian in Riyadh (August 2023) and
the ambassadors taking up their posts (September 2023), as Iraq's state agency writes it in Arabic (INA-like:
"بغداد - واع", "رئيس مجلس الوزراء القائد العام للقوات المسلحة"), an international wire in English
(Reuters-like: "BAGHDAD/DUBAI, April 18 (Reuters) -", "the sources said"), the Saudi state agency in Arabic
(SPA-like: the Hijri date line, "معالي الدكتور", "صاحب السمو"), China's state agency in English
(Xinhua-like: "BEIJING, April 6 (Xinhua) --", "State Councilor and Foreign Minister"), Iran's Arabic TV site
(Al-Alam-like: "آية الله السيد إبراهيم رئيسي", "الحكومة الثالثة عشرة") and a Saudi English daily
(Arab News-like: "RIYADH:", "the Kingdom").
Pieces: Kadhimi, who met Mohammed bin Salman in Jeddah, is received by Raisi in the presence of
Amir-Abdollahian and Fuad Hussein (Arabic, OG1); Humaidan and Iravani meet in Baghdad, Kadhimi receives
Humaidan, Kadhimi had met MBS in Riyadh and took office in place of Abdul Mahdi (English, OG2); the Beijing
talks between the delegations headed by Aiban and Shamkhani, the statement signed in the presence of Wang
Yi (Arabic, OG3); Faisal bin Farhan and Amir-Abdollahian meet in Beijing and Qin Gang meets the two;
Amir-Abdollahian took over from Zarif (English, OG4); Raisi receives Faisal in the presence of
Amir-Abdollahian, who had met Faisal earlier (Arabic, OG5); Enayati received by Khuraiji; Amir-Abdollahian
met Faisal, then MBS; Sudani, whose predecessor was Kadhimi (English, OG6).
Excluded on purpose (no relation): the planned sixth round in Baghdad, Kadhimi's phone call to Shamkhani
(OG1); Iravani "acting on behalf of" Shamkhani, the Saudi official's denial, Khatibzadeh's non-confirmation,
the expected second round (OG2); Xi's initiative, the foreign ministers' meeting agreed for later (OG3); the
two ministers' phone calls, the Baghdad meeting offered by Sudani that did not take place, King Salman's
invitation to Raisi (OG4); Faisal who did not meet Khamenei, the ambassadors named (OG5); al-Anazi's
credentials "expected" to be presented to Raisi, Kadhimi "brokered the Baghdad meetings" (no one named met)
(OG6).
Judgement calls: «بحضور» two ministers of opposite sides (the host's and the guest's): each is paired with
both principals and with each other (OG1); "The two men met" refers to the two delegation heads; "Kadhimi had
received Humaidan" is a meeting (OG2); talks "between the delegation headed by A and the delegation headed
by B" is a meeting of A and B; Wang Yi «بحضور» at the signing is paired with both signatories (OG3); "Qin
Gang met with the two foreign ministers" is one joint meeting (Qin with each; the two ministers' own meeting
is stated separately) (OG4); the attendee Amir-Abdollahian already met Faisal in their own session (OG5);
"who held talks with ... before being received by" is two meetings, Faisal not paired with MBS (OG6);
"took office ... in place of" and "whose predecessor" are successions (OG2, OG6); a prime minister LEADS the
country, a foreign minister LEADS his ministry where it has an id, a deputy minister or spokesman is
MEMBER_OF it; the crown prince LEADS the country only where he is also called prime minister (OG6).
Filled in for the exercise: Saadabad Palace, Fuad Hussein's presence, both quotes, the planned sixth round
and the phone call to Shamkhani (OG1); Iravani as head of the Iranian team, the guest house, Kadhimi's
reception of Humaidan, Khatibzadeh's quote, the expected May round (OG2); the closing session chaired by
Wang Yi (OG3); the phone calls, the Baghdad offer (OG4); Amir-Abdollahian's presence, Raisi's quote, the
one-day length of the visit (OG5); Enayati's reception by Khuraiji on the Wednesday, al-Anazi's arrival the
same day, Sudani's quote (OG6).
Spellings: «عبد اللهيان» (OG1) beside «عبداللهيان» (OG3, OG5); "Adel Abdul Mahdi" (OG2); «مساعد بن محمد
العيبان», «الأدميرال علي شمخاني» (OG3); "Prince Faisal bin Farhan Al Saud" (OG4); «آل سعود», «بن فرحان» (OG5);
"Amirabdollahian", "Al-Kadhimi", "Al-Sudani", "Al-Khuraiji" (OG6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_oh import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SAUDI, IRAQ, CHINA = "country:iran", "country:saudi-arabia", "country:iraq", "country:china"
SNSC, IRFM, SAUFM, IQFM, CNFM, GIP = (
    "organization:supreme-national-security-council", "organization:iranian-foreign-ministry",
    "organization:saudi-foreign-ministry", "organization:iraqi-foreign-ministry",
    "organization:chinese-foreign-ministry", "organization:saudi-general-intelligence-presidency")
KADHIMI, SUDANI, ABDULMAHDI, FUAD = (
    "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani", "person:adil-abdul-mahdi", "person:fuad-hussein")
RAISI, KHAMENEI, ABDOLLAHIAN, ZARIF, SHAMKHANI, IRAVANI, KHATIBZADEH, ENAYATI = (
    "person:ebrahim-raisi", "person:ali-khamenei", "person:hossein-amir-abdollahian", "person:mohammad-javad-zarif",
    "person:ali-shamkhani", "person:saeed-iravani", "person:saeed-khatibzadeh", "person:alireza-enayati")
MBS, SALMAN, FAISAL, AIBAN, HUMAIDAN, ANAZI, KHURAIJI = (
    "person:mohammed-bin-salman", "person:salman-bin-abdulaziz", "person:faisal-bin-farhan", "person:musaed-al-aiban",
    "person:khalid-al-humaidan", "person:abdullah-al-anazi", "person:waleed-al-khuraiji")
XI, WANGYI, QIN = "person:xi-jinping", "person:wang-yi", "person:qin-gang"

INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
WIRE = "blind set (international news wire, English, Reuters-like)"
SPA = "blind set (Saudi state news agency, Arabic, SPA-like)"
XINHUA = "blind set (Chinese state news agency, English service, Xinhua-like)"
ALAM = "blind set (Iranian state Arabic-language TV site, Al-Alam-like)"
ARABNEWS = "blind set (Saudi English-language daily, Arab News-like)"

ARTICLES = [
    ("arOG1_kadhimi_jeddah_tehran_ina", "ar",
     "الكاظمي يصل طهران قادماً من جدة في إطار مساعي التهدئة الإقليمية\n"
     "بغداد - واع\n"
     "وصل رئيس مجلس الوزراء القائد العام للقوات المسلحة مصطفى الكاظمي، اليوم الأحد، إلى العاصمة الإيرانية "
     "طهران في زيارة رسمية، قادماً من مدينة جدة التي التقى فيها مساء أمس ولي العهد السعودي الأمير محمد بن "
     "سلمان.\n"
     "واستقبل الرئيس الإيراني إبراهيم رئيسي رئيسَ مجلس الوزراء والوفد المرافق له في قصر سعد آباد، بحضور "
     "وزير الخارجية الإيراني حسين أمير عبد اللهيان ونظيره العراقي فؤاد حسين.\n"
     "وبحث الجانبان العلاقات الثنائية وسبل دعم الحوار بين طهران والرياض، الذي استضافت بغداد خمس جولات منه "
     "منذ نيسان 2021.\n"
     "وقال الكاظمي في مؤتمر صحفي مشترك إن \"العراق سيواصل دوره في تقريب وجهات النظر بين الأشقاء والجيران\"، "
     "فيما أكد رئيسي أن بلاده \"ترحب بأي خطوة تخدم أمن المنطقة واستقرارها\".\n"
     "ومن المقرر أن تستضيف بغداد جولة سادسة من المباحثات يُرفع فيها التمثيل إلى مستوى وزيري الخارجية، لم "
     "يُحدد موعدها بعد.\n"
     "وكان الكاظمي قد أجرى الأسبوع الماضي اتصالاً هاتفياً بأمين المجلس الأعلى للأمن القومي الإيراني علي "
     "شمخاني، تناول الترتيبات الخاصة بالجولة المقبلة.",
     [("MET_WITH", KADHIMI, MBS, "التي التقى فيها مساء أمس ولي العهد", "2022-06-25"),
      ("MET_WITH", RAISI, KADHIMI, "واستقبل الرئيس الإيراني إبراهيم رئيسي", "2022-06-26"),
      ("MET_WITH", ABDOLLAHIAN, RAISI, "وزير الخارجية الإيراني حسين أمير عبد اللهيان", "2022-06-26"),
      ("MET_WITH", ABDOLLAHIAN, KADHIMI, "في قصر سعد آباد، بحضور", "2022-06-26"),
      ("MET_WITH", FUAD, RAISI, "ونظيره العراقي فؤاد حسين", "2022-06-26"),
      ("MET_WITH", FUAD, KADHIMI, "العراقي فؤاد", "2022-06-26"),
      ("MET_WITH", FUAD, ABDOLLAHIAN, "عبد اللهيان ونظيره", "2022-06-26"),
      ("LEADS", KADHIMI, IRAQ, "رئيس مجلس الوزراء القائد العام للقوات المسلحة"),
      ("LEADS", RAISI, IRAN, "الرئيس الإيراني إبراهيم"),
      ("LEADS", ABDOLLAHIAN, IRFM, "وزير الخارجية الإيراني حسين"),
      ("LEADS", FUAD, IQFM, "ونظيره العراقي فؤاد حسين"),
      ("LEADS", SHAMKHANI, SNSC, "بأمين المجلس الأعلى للأمن القومي"),
      ("VISITED", KADHIMI, "location:tehran", "إلى العاصمة الإيرانية"),
      ("VISITED", KADHIMI, "location:jeddah", "قادماً من مدينة جدة"),
      ],
     {"source": INA, "published": "2022-06-26"}),

    ("enOG2_baghdad_first_round_wire", "en",
     "Saudi and Iranian officials held direct talks in Baghdad, sources say\n"
     "BAGHDAD/DUBAI, April 18 (Reuters) - Senior Saudi and Iranian officials held direct talks in Baghdad this "
     "month in a bid to ease tensions, an Iraqi government official and a Western diplomat said on Sunday, the "
     "first significant discussions between the regional rivals since they severed diplomatic ties in 2016.\n"
     "The first round, on April 9, was arranged by Iraqi Prime Minister Mustafa al-Kadhimi, who visited Riyadh "
     "at the end of March, where he held talks with Crown Prince Mohammed bin Salman, the sources said.\n"
     "The Saudi delegation was led by Khalid al-Humaidan, head of the General Intelligence Presidency, while "
     "the Iranian team was headed by Saeed Iravani, deputy secretary of the Supreme National Security Council, "
     "acting on behalf of Ali Shamkhani, the council's secretary. The two men met at a government guest house "
     "inside the Green Zone, the Iraqi official said, adding that Kadhimi had received Humaidan at his office "
     "before the session.\n"
     "A senior Saudi official denied that any talks had taken place. Iranian Foreign Ministry spokesman Saeed "
     "Khatibzadeh said on Monday that Tehran \"has always welcomed dialogue with the Kingdom\" but did not "
     "confirm the meeting.\n"
     "Kadhimi, a former intelligence chief who took office last May in place of Adel Abdul Mahdi, has sought "
     "to cast Iraq as a bridge between its two powerful neighbours. A second round is expected in May, one of "
     "the sources said, though no date has been set.",
     [("MET_WITH", KADHIMI, MBS, "where he held talks with Crown Prince", "2021-03-31"),
      ("MET_WITH", HUMAIDAN, IRAVANI, "The two men met at a government guest house", "2021-04-09"),
      ("MET_WITH", KADHIMI, HUMAIDAN, "Kadhimi had received Humaidan at his office", "2021-04-09"),
      ("SUCCESSOR_OF", KADHIMI, ABDULMAHDI, "took office last May in place of Adel Abdul Mahdi", "2020-05-07"),
      ("LEADS", KADHIMI, IRAQ, "Iraqi Prime Minister Mustafa al-Kadhimi"),
      ("LEADS", HUMAIDAN, GIP, "head of the General Intelligence Presidency"),
      ("MEMBER_OF", IRAVANI, SNSC, "deputy secretary of the Supreme National Security Council"),
      ("LEADS", SHAMKHANI, SNSC, "the council's secretary"),
      ("MEMBER_OF", KHATIBZADEH, IRFM, "Iranian Foreign Ministry spokesman Saeed"),
      ("VISITED", KADHIMI, "location:riyadh", "who visited Riyadh at the end of March"),
      ],
     {"source": WIRE, "published": "2021-04-18"}),

    ("arOG3_beijing_joint_statement_spa", "ar",
     "بيان مشترك بين المملكة العربية السعودية وجمهورية إيران الإسلامية وجمهورية الصين الشعبية\n"
     "بكين 18 شعبان 1444 هـ الموافق 10 مارس 2023 م واس\n"
     "استجابةً لمبادرة كريمة من فخامة الرئيس شي جين بينغ رئيس جمهورية الصين الشعبية بدعم الصين لتطوير علاقات "
     "حسن الجوار بين المملكة العربية السعودية وجمهورية إيران الإسلامية، جرت في بكين خلال الفترة من 6 إلى 10 "
     "مارس 2023م مباحثات بين الوفد السعودي برئاسة معالي الدكتور مساعد بن محمد العيبان وزير الدولة عضو مجلس "
     "الوزراء مستشار الأمن الوطني، والوفد الإيراني برئاسة الأدميرال علي شمخاني أمين المجلس الأعلى للأمن "
     "القومي في جمهورية إيران الإسلامية.\n"
     "وأعرب الجانبان السعودي والإيراني عن شكرهما وتقديرهما لجمهورية العراق وسلطنة عمان لاستضافتهما جولات "
     "الحوار التي جرت بين الجانبين خلال عامي 2021 - 2022م.\n"
     "وأعلنت الدول الثلاث أنه تم التوصل إلى اتفاق يتضمن الموافقة على استئناف العلاقات الدبلوماسية بين "
     "المملكة وإيران وإعادة فتح سفارتيهما وممثلياتهما خلال مدة أقصاها شهران.\n"
     "ووقّع البيان كلٌّ من العيبان وشمخاني، بحضور عضو المكتب السياسي للحزب الشيوعي الصيني مدير مكتب لجنة "
     "الشؤون الخارجية المركزية وانغ يي، الذي رعى جلسة المباحثات الختامية.\n"
     "كما اتفق الجانبان على أن يعقد وزيرا الخارجية في البلدين، صاحب السمو الأمير فيصل بن فرحان بن عبدالله "
     "ونظيره الإيراني حسين أمير عبداللهيان، اجتماعاً لتفعيل ذلك وترتيب تبادل السفراء ومناقشة سبل تعزيز "
     "العلاقات بينهما.",
     met_group({AIBAN: "الوفد السعودي برئاسة معالي الدكتور", SHAMKHANI: "والوفد الإيراني برئاسة الأدميرال",
                WANGYI: "بحضور عضو المكتب السياسي"}, "2023-03-10") + [
      ("LEADS", XI, CHINA, "رئيس جمهورية الصين الشعبية بدعم"),
      ("LEADS", SHAMKHANI, SNSC, "أمين المجلس الأعلى للأمن"),
      ("LEADS", FAISAL, SAUFM, "وزيرا الخارجية في البلدين"),
      ("LEADS", ABDOLLAHIAN, IRFM, "ونظيره الإيراني حسين"),
      ],
     {"source": SPA, "published": "2023-03-10"}),

    ("enOG4_foreign_ministers_beijing_xinhua", "en",
     "Saudi, Iranian foreign ministers meet in Beijing, agree to reopen embassies\n"
     "BEIJING, April 6 (Xinhua) -- Saudi Foreign Minister Prince Faisal bin Farhan Al Saud and Iranian Foreign "
     "Minister Hossein Amir-Abdollahian held talks in Beijing on Thursday, the first formal meeting of the two "
     "countries' top diplomats in more than seven years.\n"
     "In a joint statement issued after the meeting, the two sides announced the resumption of diplomatic "
     "relations with immediate effect, agreed to reopen their embassies and consulates, and praised China's "
     "role in hosting the talks that produced the March 10 agreement.\n"
     "Chinese State Councilor and Foreign Minister Qin Gang met with the two foreign ministers the same day, "
     "saying China supports the two countries in building on the momentum of reconciliation.\n"
     "Amir-Abdollahian, who took over from Mohammad Javad Zarif in August 2021, told reporters that technical "
     "teams would visit Riyadh and Tehran to prepare the reopening.\n"
     "The two ministers had spoken by phone twice since the Beijing agreement. A meeting in Baghdad, offered by "
     "Iraqi Prime Minister Mohammed Shia al-Sudani, was discussed but did not take place.\n"
     "Iranian officials said earlier that King Salman had invited President Ebrahim Raisi to visit the kingdom.",
     [("MET_WITH", FAISAL, ABDOLLAHIAN, "held talks in Beijing on Thursday", "2023-04-06"),
      ("MET_WITH", QIN, FAISAL, "met with the two foreign ministers the same day", "2023-04-06"),
      ("MET_WITH", QIN, ABDOLLAHIAN, "Foreign Minister Qin Gang met with", "2023-04-06"),
      ("SUCCESSOR_OF", ABDOLLAHIAN, ZARIF, "took over from Mohammad Javad Zarif", "2021-08-25"),
      ("LEADS", FAISAL, SAUFM, "Saudi Foreign Minister Prince Faisal"),
      ("LEADS", ABDOLLAHIAN, IRFM, "Iranian Foreign Minister Hossein"),
      ("LEADS", QIN, CNFM, "Chinese State Councilor and Foreign Minister"),
      ("LEADS", SUDANI, IRAQ, "Iraqi Prime Minister Mohammed Shia"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raisi"),
      ("LEADS", SALMAN, SAUDI, "that King Salman had invited"),
      ],
     {"source": XINHUA, "published": "2023-04-06"}),

    ("arOG5_faisal_tehran_alam", "ar",
     "الرئيس رئيسي يستقبل وزير الخارجية السعودي في طهران\n"
     "العالم - إيران\n"
     "استقبل رئيس الجمهورية الإسلامية الإيرانية آية الله السيد إبراهيم رئيسي، مساء اليوم السبت، وزير الخارجية "
     "السعودي الأمير فيصل بن فرحان آل سعود والوفد المرافق له، بحضور وزير الخارجية حسين أمير عبداللهيان.\n"
     "وسلّم الوزير السعودي الرئيسَ رئيسي رسالة من خادم الحرمين الشريفين الملك سلمان بن عبد العزيز تتضمن "
     "دعوة رسمية لزيارة المملكة، فيما أكد رئيسي أن \"تطوير العلاقات مع دول الجوار في صدارة أولويات السياسة "
     "الخارجية للحكومة الثالثة عشرة\".\n"
     "وكان بن فرحان قد وصل إلى طهران صباح اليوم في أول زيارة لوزير خارجية سعودي منذ سنوات، وعقد مع نظيره "
     "الإيراني جلسة مباحثات في مقر وزارة الخارجية، أعقبها مؤتمر صحفي مشترك.\n"
     "وقال أمير عبداللهيان إن السفارة الإيرانية في الرياض أعيد افتتاحها في السادس من حزيران/يونيو، مشيراً "
     "إلى أن السفير علي رضا عنايتي سيتسلّم مهامه قريباً.\n"
     "من جهته، أعلن الوزير السعودي أن سفارة المملكة في طهران ستستأنف عملها في أقرب وقت، بعد أن سمّت الرياض "
     "عبد الله بن سعود العنزي سفيراً لها لدى الجمهورية الإسلامية.\n"
     "ولم يلتقِ الضيف السعودي قائد الثورة الإسلامية آية الله السيد علي خامنئي خلال زيارته التي استغرقت يوماً "
     "واحداً.",
     [("MET_WITH", RAISI, FAISAL, "وزير الخارجية السعودي الأمير فيصل", "2023-06-17"),
      ("MET_WITH", ABDOLLAHIAN, RAISI, "بحضور وزير الخارجية حسين", "2023-06-17"),
      ("MET_WITH", FAISAL, ABDOLLAHIAN, "وعقد مع نظيره الإيراني جلسة مباحثات", "2023-06-17"),
      ("LEADS", RAISI, IRAN, "رئيس الجمهورية الإسلامية الإيرانية آية الله"),
      ("LEADS", FAISAL, SAUFM, "السعودي الأمير فيصل بن فرحان آل سعود"),
      ("LEADS", ABDOLLAHIAN, IRFM, "بحضور وزير الخارجية"),
      ("LEADS", SALMAN, SAUDI, "خادم الحرمين الشريفين الملك"),
      ("LEADS", KHAMENEI, IRAN, "قائد الثورة الإسلامية"),
      ("VISITED", FAISAL, "location:tehran", "وصل إلى طهران صباح اليوم"),
      ],
     {"source": ALAM, "published": "2023-06-17"}),

    ("enOG6_ambassadors_take_up_posts_arabnews", "en",
     "Iran's new envoy arrives in Riyadh as embassies resume work\n"
     "RIYADH: Iran's new ambassador to the Kingdom, Alireza Enayati, arrived in Riyadh on Tuesday, more than "
     "seven years after the two countries cut ties.\n"
     "Enayati, a veteran diplomat who previously served as ambassador to Kuwait and as director-general for "
     "Gulf affairs at Iran's Foreign Ministry, was received on Wednesday by Deputy Foreign Minister Waleed "
     "Al-Khuraiji, to whom he handed a copy of his credentials.\n"
     "The Kingdom's ambassador to Iran, Abdullah bin Saud Al-Anazi, arrived in Tehran on the same day and is "
     "expected to present his credentials to President Ebrahim Raisi in the coming weeks.\n"
     "The exchange of envoys follows the visit to Riyadh last month of Iranian Foreign Minister Hossein "
     "Amirabdollahian, who held talks with his Saudi counterpart Prince Faisal bin Farhan before being received "
     "by Crown Prince and Prime Minister Mohammed bin Salman.\n"
     "Iraq, which hosted five rounds of Saudi-Iranian talks in 2021 and 2022, welcomed the step. Prime Minister "
     "Mohammed Shia Al-Sudani, whose predecessor Mustafa Al-Kadhimi brokered the Baghdad meetings, said the "
     "reopening of the embassies \"serves the whole region.\"",
     [("MET_WITH", ENAYATI, KHURAIJI, "was received on Wednesday by Deputy Foreign Minister", "2023-09-06"),
      ("MET_WITH", ABDOLLAHIAN, FAISAL, "who held talks with his Saudi counterpart", "2023-08-17"),
      ("MET_WITH", ABDOLLAHIAN, MBS, "before being received", "2023-08-18"),
      ("SUCCESSOR_OF", SUDANI, KADHIMI, "whose predecessor Mustafa Al-Kadhimi", "2022-10-27"),
      ("MEMBER_OF", KHURAIJI, SAUFM, "Deputy Foreign Minister Waleed"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raisi in the coming weeks"),
      ("LEADS", ABDOLLAHIAN, IRFM, "Iranian Foreign Minister Hossein"),
      ("LEADS", MBS, SAUDI, "Crown Prince and Prime Minister Mohammed"),
      ("LEADS", SUDANI, IRAQ, "Prime Minister Mohammed Shia Al-Sudani"),
      ("VISITED", ENAYATI, "location:riyadh", "arrived in Riyadh on Tuesday"),
      ("VISITED", ANAZI, "location:tehran", "arrived in Tehran on the same day"),
      ("VISITED", ABDOLLAHIAN, "location:riyadh", "the visit to Riyadh last month"),
      ],
     {"source": ARABNEWS, "published": "2023-09-06"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOG")
