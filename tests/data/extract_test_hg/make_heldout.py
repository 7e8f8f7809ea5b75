"""Blind set HG: Iraq and Iran 2020-2025 as an analytical weekly (long sentences, relative clauses,
recaps of past events, descriptions in place of names): Qaani in Baghdad in the Sadrist summer of 2022
and al-Sudani's succession (English); the PMF five years after al-Muhandis, Abu Fadak and the
retirement-law fight over al-Fayyadh, 2025 (Arabic); Baghdad as host of the Saudi-Iranian talks,
2021-2023 (English); how the Quds Force lost Damascus, Dec 2024, with the Zahedi and Mousavi killings
recapped (Arabic); al-Kadhimi's Dora raid on Kataib Hezbollah, the Hashimi killing and the July 2020
security reshuffle (English); Larijani's Baghdad-Beirut tour after succeeding Ahmadian, Aug 2025
(Arabic).
Style: weekly analysis; people first met by description ("the commander of the Revolutionary Guards'
foreign arm", "الرجل الذي قُتل", "المسؤول الإيراني"), analysts introduced by institution (Lahib Higel,
Sajad Jiyad, Hamdi Malik, Ali Vaez).
Excluded on purpose: a cleric who did not receive the visitor, a "possible candidate" to succeed, a
phone call (Rubio - al-Sudani; Larijani - Fuad Hussein), an offer to host talks not taken up, an
unconfirmed visit (Qaani in Damascus), a strike blamed by Tehran but not claimed by Israel, a killing
with no stated agent (Razi Mousavi), a killing for which the government only accused a suspect
(Hisham al-Hashimi), a meeting with Sistani apparently never sought.
Spellings: Moqtada al-Sadr, قاسم سليمانى, قاآنى, عراقجى, Mustafa al-Kazimi, لاريجانى, الأعرجى, شمخانى.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hg import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, SYRIA, LEB, ISR, JOR, SAUDI, FRANCE = (
    "country:iran", "country:iraq", "country:united-states", "country:syria", "country:lebanon",
    "country:israel", "country:jordan", "country:saudi-arabia", "country:france")
QF, IRGC, PMF, KH, NUJ, IRI = ("organization:quds-force", "organization:irgc",
                               "organization:popular-mobilization-forces", "organization:kataib-hezbollah",
                               "organization:harakat-al-nujaba", "organization:islamic-resistance-in-iraq")
CF, FATAH, HIKMA, KDP, KDPI, KRP = ("organization:coordination-framework", "organization:fatah-alliance",
                                    "organization:hikma-movement", "organization:kurdistan-democratic-party",
                                    "organization:kdpi", "organization:kurdistan-region-presidency")
IQG, IQFM, NSA, NSS, JOC, CTS, INIS, IQINT, IQFIN = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry",
    "organization:iraqi-national-security-advisory", "organization:iraqi-national-security-service",
    "organization:joint-operations-command", "organization:counter-terrorism-service",
    "organization:iraqi-national-intelligence-service", "organization:iraqi-interior-ministry",
    "organization:iraqi-finance-ministry")
IRFM, SNSC, SYRFM, OMFM = ("organization:iranian-foreign-ministry", "organization:supreme-national-security-council",
                           "organization:syrian-foreign-ministry", "organization:omani-foreign-ministry")
CENTCOM, DOD, STATE, USARMY, WH = ("organization:us-central-command", "organization:us-department-of-defense",
                                   "organization:us-state-department", "organization:us-armed-forces",
                                   "organization:white-house")
SADRMOV, SADRBLOC, SARAYA, HEZ = ("organization:sadrist-movement", "organization:sadrist-bloc",
                                  "organization:saraya-al-salam", "organization:hezbollah")
BAGHDAD, ERBIL, TEHRAN, DAMASCUS, BEIRUT, MUSCAT = ("location:baghdad", "location:erbil", "location:tehran",
                                                    "location:damascus", "location:beirut", "location:muscat")
BIAP, MASHTAL, TOWER22, PIRMAM, KOYA, KR, GREENZONE = (
    "location:baghdad-international-airport", "location:mashtal", "location:tower-22", "location:pirmam",
    "location:koya", "location:kurdistan-region", "location:green-zone")
SALAMPAL, GOVPAL, PALST, QAIM, AKASHAT, ANBAR = ("location:al-salam-palace", "location:government-palace-baghdad",
                                                 "location:palestine-street", "location:al-qaim",
                                                 "location:akashat", "location:anbar")
# people
QAANI, SOL, MUH, FADAK, FAY, BAQIR, ARKAN, HAMIDAWI = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
    "person:abdul-aziz-al-muhammadawi", "person:falih-al-fayyadh", "person:abu-baqir-al-saadi",
    "person:arkan-al-ulayawi", "person:ahmad-al-hamidawi")
SUD, KAD, ADIL, RASHID, SALIH, ARAJI, FUAD, RASOOL, AWADI, KHAFAJI = (
    "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi",
    "person:abdul-latif-rashid", "person:barham-salih", "person:qassim-al-araji", "person:fuad-hussein",
    "person:yahya-rasool", "person:basim-al-awadi", "person:tahsin-al-khafaji")
MASOUD, NECH, MMOHAMMED, SADR, AMIRI, HAKIM, ASADI, ZURFI, KAABI, SAIDI = (
    "person:masoud-barzani", "person:nechirvan-barzani", "person:mahmoud-mohammed", "person:muqtada-al-sadr",
    "person:hadi-al-amiri", "person:ammar-al-hakim", "person:ahmed-al-asadi", "person:adnan-al-zurfi",
    "person:akram-al-kaabi", "person:mushtaq-taleb-al-saidi")
KHAM, RAISI, ROUHANI, PEZ, ZARIF, AMIRABD, ARAGHCHI, SHAM, AHMADIAN, LARI, JALILI = (
    "person:ali-khamenei", "person:ebrahim-raisi", "person:hassan-rouhani", "person:masoud-pezeshkian",
    "person:mohammad-javad-zarif", "person:hossein-amir-abdollahian", "person:abbas-araghchi",
    "person:ali-shamkhani", "person:ali-akbar-ahmadian", "person:ali-larijani", "person:saeed-jalili")
SADEGH, ZAHEDI, HAJIRAHIMI, BAGHAEI, IRAVANI, SALAMI, PAKPOUR, MOUSAVI = (
    "person:mohammad-kazem-al-e-sadegh", "person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi",
    "person:esmaeil-baghaei", "person:saeed-iravani", "person:hossein-salami", "person:mohammad-pakpour",
    "person:razi-mousavi")
TRUMP, BLINKEN, RYDER, KIRBY, ROMAN, BRUCE, RUBIO = (
    "person:donald-trump", "person:antony-blinken", "person:pat-ryder", "person:john-kirby",
    "person:alina-romanowski", "person:tammy-bruce", "person:marco-rubio")
ASSAD, MEKDAD, SABBAGH, ALBUSAIDI, AOUN, BERRI, NQASSEM = (
    "person:bashar-al-assad", "person:faisal-mekdad", "person:bassam-al-sabbagh", "person:badr-albusaidi",
    "person:joseph-aoun", "person:nabih-berri", "person:naim-qassem")
HIGEL, JIYAD, VAEZ, CENTURY, ICG = ("person:lahib-higel", "person:sajad-jiyad", "person:ali-vaez",
                                    "organization:century-foundation", "organization:international-crisis-group")
HUMAIDAN, AIBAN, WANG, MACRON, SHARAA, HTS = (
    "person:khalid-al-humaidan", "person:musaed-al-aiban", "person:wang-yi", "person:emmanuel-macron",
    "person:ahmed-al-sharaa", "organization:hayat-tahrir-al-sham")
SAUDIGIP, BEIJING, SAYYIDA, DORA = ("organization:saudi-general-intelligence-presidency", "location:beijing",
                                    "location:sayyida-zaynab", "location:dora")
AWSAADI, AGASADI, OWAID, IRPARL, LEBPARL = (
    "person:abdul-wahab-al-saadi", "person:abdul-ghani-al-asadi", "person:ahmed-hamdawi-owaid",
    "organization:iranian-parliament", "organization:lebanese-parliament")

ARTICLES = [
    ("enHG1_qaani_sadrist_summer_2022", "en",
     "The general who could not open the cleric's door\n"
     "When the commander of the Revolutionary Guards' foreign arm, a man who had spent two and a half years "
     "trying to fill the shoes of the general killed at Baghdad airport, flew into the Iraqi capital in late "
     "August 2022, he found that his predecessor's methods no longer worked.\n"
     "Esmail Qaani, whom Ayatollah Ali Khamenei had appointed in January 2020 to succeed Qassem Soleimani "
     "at the head of the Quds Force, met at least twice with the leaders of the Coordination Framework, the "
     "alliance of Iran-aligned Shia parties whose choice for prime minister, "
     "Mohammed Shia al-Sudani, had prompted the Sadrists' occupation of parliament in late July.\n"
     "He did not, however, see Moqtada al-Sadr, the cleric whose bloc had won the 2021 election and whose "
     "aides let it be known, as they had in February, that al-Hanana was closed to Iranian visitors.\n"
     "On August 29, after the cleric announced his \"final\" withdrawal from politics, his followers "
     "stormed the Republican Palace, and it was Sadr himself, not the Iranian general, who ended a night of "
     "fighting in the Green Zone by ordering Saraya al-Salam, the militia he commands, to withdraw from it "
     "within an hour.\n"
     "Two months later the Framework had its way: on October 27 parliament confirmed Sudani as prime "
     "minister in place of Mustafa al-Kadhimi.\n"
     "\"Qaani wins when the Iraqis exhaust each other,\" says Lahib Higel of the International Crisis "
     "Group, \"not because anyone in Baghdad still takes his orders.\"",
     [("VISITED", QAANI, BAGHDAD, "flew into the Iraqi capital", "2022-08"),
      ("SUCCESSOR_OF", QAANI, SOL, "to succeed Qassem Soleimani", "2020-01"),
      ("LEADS", QAANI, QF, "at the head of the Quds Force"),
      ("LEADS", SOL, QF, "Qassem Soleimani at the head"),
      ("MET_WITH", QAANI, CF, "met at least twice with the leaders", "2022-08"),
      ("LEADS", SADR, SADRBLOC, "the cleric whose bloc had won"),
      ("LEADS", SADR, SARAYA, "the militia he commands"),
      ("WITHDREW_FROM", SARAYA, GREENZONE, "to withdraw from it within an hour", "2022-08-30"),
      ("LEADS", SUD, IQG, "parliament confirmed Sudani as prime"),
      ("SUCCESSOR_OF", SUD, KAD, "in place of Mustafa al-Kadhimi", "2022-10-27"),
      ("MEMBER_OF", HIGEL, ICG, "Lahib Higel of the International Crisis"),
      ],
     {"source": "blind set (analytical weekly, English)", "published": "2022-11-05"}),

    ("arHG2_pmf_after_muhandis_fayyadh_succession", "ar",
     "الحشد بعد خمس سنوات على غياب «أبو مهدي»: من يخلف الفياض؟\n"
     "لم يكن الرجل الذي قُتل إلى جانب قائد فيلق القدس قاسم سليمانى على طريق مطار بغداد فجر الثالث من "
     "كانون الثاني 2020، بضربة أعلنت وزارة الدفاع الأميركية أنها نُفذت بأمر من الرئيس دونالد ترامب، مجرد "
     "نائب لرئيس هيئة الحشد الشعبي، بل كان، كما يقول قادة فصائل عرفوه، «الهيئة كلها».\n"
     "ومنذ أن سمّت الهيئة في شباط من ذلك العام عبد العزيز المحمداوي، القيادي المخضرم في كتائب حزب الله "
     "الذي يُعرف بأبي فدك، رئيساً لأركانها خلفاً لأبي مهدي المهندس، ظلّ رئيسها فالح الفياض، الذي يتولى "
     "المنصب منذ 2014، الواجهة السياسية لمؤسسة يتجاوز عدد منتسبيها مئتي ألف.\n"
     "غير أن مشروع قانون الخدمة والتقاعد، الذي عاد إلى أروقة البرلمان في 2025 ويحدد سن التقاعد بستين "
     "عاماً، بات يهدد بإقصاء الفياض الذي تجاوز هذه السن، فيما يُتداول اسم أبو فدك نفسه مرشحاً محتملاً "
     "لخلافته، وهو ما لم تؤكده الهيئة.\n"
     "وكان قائد فيلق القدس إسماعيل قاآنى قد التقى الرجلين في مقر الهيئة ببغداد خلال زيارة مطلع العام، "
     "بحسب مصادر في الإطار التنسيقي، في ما بدا رسالة بأن طهران لا تريد «فراغاً في رأس الهرم».\n"
     "أما واشنطن، التي تضغط لسحب المشروع، فاكتفت باتصال هاتفي أجراه وزير خارجيتها ماركو روبيو بالسوداني "
     "أبدى فيه «قلقاً بالغاً».\n"
     "ويقول الباحث في مؤسسة القرن سجاد جياد إن «المعركة على القانون هي في حقيقتها معركة على من يرث "
     "المهندس».",
     [("LEADS", SOL, QF, "قائد فيلق القدس قاسم سليمانى"),
      ("ASSASSINATED_BY", MUH, DOD, "بضربة أعلنت وزارة الدفاع الأميركية", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, DOD, "بضربة أعلنت وزارة الدفاع الأميركية", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "نُفذت بأمر من الرئيس دونالد ترامب", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "نُفذت بأمر من الرئيس دونالد ترامب", "2020-01-03"),
      ("LEADS", TRUMP, USA, "الرئيس دونالد ترامب"),
      ("MEMBER_OF", MUH, PMF, "نائب لرئيس هيئة الحشد الشعبي"),
      ("MEMBER_OF", FADAK, PMF, "ومنذ أن سمّت الهيئة"),
      ("MEMBER_OF", FADAK, KH, "القيادي المخضرم في كتائب حزب الله"),
      ("SUCCESSOR_OF", FADAK, MUH, "رئيساً لأركانها خلفاً لأبي مهدي", "2020-02"),
      ("LEADS", FAY, PMF, "ظلّ رئيسها فالح الفياض"),
      ("LEADS", QAANI, QF, "قائد فيلق القدس إسماعيل قاآنى"),
      ("MET_WITH", QAANI, FAY, "قد التقى الرجلين", "2025-01"),
      ("MET_WITH", QAANI, FADAK, "قد التقى الرجلين", "2025-01"),
      ("MET_WITH", FAY, FADAK, "قد التقى الرجلين", "2025-01"),
      ("VISITED", QAANI, BAGHDAD, "في مقر الهيئة ببغداد", "2025-01"),
      ("LEADS", RUBIO, STATE, "وزير خارجيتها ماركو روبيو"),
      ("MEMBER_OF", JIYAD, CENTURY, "الباحث في مؤسسة القرن سجاد"),
      ],
     {"source": "blind set (analytical weekly, Arabic)", "published": "2025-08-02"}),

    ("enHG3_baghdad_bridge_saudi_iran_talks", "en",
     "Baghdad's bridge: what Iraq got for hosting the Saudi-Iranian talks\n"
     "It was in a government guesthouse in Baghdad's Green Zone, in April 2021, that the head of Saudi "
     "Arabia's General Intelligence Presidency, Khalid al-Humaidan, first sat across a table from Saeed "
     "Iravani, the deputy secretary of Iran's Supreme National Security Council, in talks that Mustafa "
     "al-Kadhimi, the former spy chief who had become Iraq's prime minister a year earlier, had spent "
     "months arranging.\n"
     "Kadhimi, who received both men before the first session, went on to host four more rounds, the last "
     "in April 2022, and when the August 2021 Baghdad Conference brought France's president, Emmanuel "
     "Macron, and Iran's new foreign minister, Hossein Amir-Abdollahian, to the Iraqi capital, the prime "
     "minister presented it as proof that Baghdad could be a meeting place rather than a battlefield.\n"
     "Yet when the two rivals finally agreed in March 2023 to restore relations, it was in Beijing, not "
     "Baghdad, that Ali Shamkhani, then secretary of the same Iranian council, shook hands with Musaed "
     "al-Aiban, Saudi Arabia's national security adviser, in the presence of China's top diplomat, Wang "
     "Yi.\n"
     "\"The Iraqis did the plumbing and the Chinese took the photograph,\" says Hamdi Malik, an associate "
     "fellow at the Washington Institute.\n"
     "Kadhimi's successor, Mohammed Shia al-Sudani, has since offered to host talks between Iranian and "
     "American officials, an offer neither capital has taken up.",
     [("LOCATED_IN", GREENZONE, BAGHDAD, "Baghdad's Green Zone"),
      ("LEADS", HUMAIDAN, SAUDIGIP, "the head of Saudi Arabia's General Intelligence Presidency"),
      ("MET_WITH", HUMAIDAN, IRAVANI, "first sat across a table from", "2021-04-09"),
      ("MEMBER_OF", IRAVANI, SNSC, "the deputy secretary of Iran's Supreme"),
      ("LEADS", KAD, IQG, "had become Iraq's prime minister"),
      ("MET_WITH", KAD, HUMAIDAN, "who received both men", "2021-04-09"),
      ("MET_WITH", KAD, IRAVANI, "who received both men", "2021-04-09"),
      ("LEADS", MACRON, FRANCE, "France's president, Emmanuel"),
      ("VISITED", MACRON, BAGHDAD, "to the Iraqi capital", "2021-08-28"),
      ("VISITED", AMIRABD, BAGHDAD, "to the Iraqi capital", "2021-08-28"),
      ("LEADS", AMIRABD, IRFM, "Iran's new foreign minister, Hossein"),
      ("VISITED", SHAM, BEIJING, "it was in Beijing, not Baghdad", "2023-03-10"),
      ("VISITED", AIBAN, BEIJING, "it was in Beijing, not Baghdad", "2023-03-10"),
      ("MET_WITH", SHAM, AIBAN, "shook hands with Musaed", "2023-03-10"),
      ("MET_WITH", SHAM, WANG, "in the presence of China's top diplomat", "2023-03-10"),
      ("MET_WITH", AIBAN, WANG, "in the presence of China's top diplomat", "2023-03-10"),
      ("LEADS", SHAM, SNSC, "then secretary of the same Iranian council"),
      ("MEMBER_OF", "person:hamdi-malik", "organization:washington-institute", "an associate fellow at the Washington"),
      ("SUCCESSOR_OF", SUD, KAD, "Kadhimi's successor, Mohammed", "2022-10-27"),
      ],
     {"source": "blind set (analytical weekly, English)", "published": "2023-04-15"}),

    ("arHG4_quds_force_loses_damascus", "ar",
     "كيف خسر فيلق القدس دمشق في أحد عشر يوماً\n"
     "حين هبط وزير الخارجية الإيراني عباس عراقجى في دمشق مطلع كانون الأول 2024، حاملاً رسالة دعم من "
     "المرشد علي خامنئي إلى رئيس كانت فصائل المعارضة قد انتزعت منه حلب قبل أيام، لم يكن أحد في طهران "
     "يتوقع أن تكون تلك آخر زيارة لمسؤول إيراني رفيع إلى العاصمة السورية في عهد الأسد.\n"
     "والتقى عراقجى يومها الرئيس السوري بشار الأسد، ثم نظيره بسام الصباغ في لقاء منفصل، وخرج ليقول إن "
     "طهران «ستقف إلى جانب سوريا حكومةً وجيشاً».\n"
     "وتردّد في الأيام التالية أن قائد فيلق القدس إسماعيل قاآنى وصل بدوره إلى دمشق للإشراف على ما تبقى "
     "من المستشارين، لكن أي مصدر رسمي لم يؤكد الزيارة.\n"
     "وفي الثامن من كانون الأول دخلت قوات «هيئة تحرير الشام» بقيادة أحمد الشرع العاصمة، فيما غادر الأسد "
     "إلى موسكو واقتحم مسلحون مقر السفارة الإيرانية.\n"
     "ولم يكن ذلك أول جرح للفيلق في دمشق؛ ففي الأول من نيسان من العام نفسه قُتل العميد محمد رضا زاهدي، "
     "الذي قاد عمليات الفيلق في سوريا ولبنان، بغارة دمّرت مبنى القنصلية الإيرانية، حمّلت طهران إسرائيل "
     "مسؤوليتها من دون أن تتبناها الأخيرة، وقبلها بثلاثة أشهر قُتل المستشار في الحرس الثوري رضي موسوي في "
     "منطقة السيدة زينب جنوبي العاصمة.\n"
     "ويرى علي واعظ، مدير مشروع إيران في مجموعة الأزمات الدولية، أن «الفيلق خسر في أيام ما بناه سليماني "
     "في عقد».",
     [("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس"),
      ("VISITED", ARAGHCHI, DAMASCUS, "عراقجى في دمشق مطلع", "2024-12-01"),
      ("LEADS", KHAM, IRAN, "المرشد علي خامنئي"),
      ("MET_WITH", ARAGHCHI, ASSAD, "والتقى عراقجى يومها الرئيس", "2024-12-01"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار"),
      ("MET_WITH", ARAGHCHI, SABBAGH, "ثم نظيره بسام الصباغ", "2024-12-01"),
      ("LEADS", SABBAGH, SYRFM, "ثم نظيره بسام"),
      ("LEADS", QAANI, QF, "قائد فيلق القدس إسماعيل"),
      ("LEADS", SHARAA, HTS, "بقيادة أحمد الشرع"),
      ("MEMBER_OF", ZAHEDI, QF, "الذي قاد عمليات الفيلق في سوريا"),
      ("MEMBER_OF", MOUSAVI, IRGC, "المستشار في الحرس الثوري رضي"),
      ("LOCATED_IN", SAYYIDA, DAMASCUS, "السيدة زينب جنوبي العاصمة"),
      ("MEMBER_OF", VAEZ, ICG, "مدير مشروع إيران في مجموعة الأزمات"),
      ],
     {"source": "blind set (analytical weekly, Arabic)", "published": "2024-12-20"}),

    ("enHG5_kazimi_dora_raid_limits", "en",
     "The raid that taught al-Kazimi the limits of his office\n"
     "Seven weeks after he took office, the former intelligence chief who now ran Iraq's government sent "
     "the Counter-Terrorism Service into a Kataib Hezbollah building in Baghdad's Dora district on the "
     "night of June 25, 2020, detaining fourteen men whom officials accused of preparing rocket attacks on "
     "the Green Zone.\n"
     "Within hours, pick-up trucks full of fighters from the faction, the most powerful of those orphaned "
     "when Abu Mahdi al-Muhandis was killed beside Qasem Soleimani in the American strike of January, were "
     "circling the service's headquarters, and within days all but one of the detainees had walked free.\n"
     "Mustafa al-Kazimi had already brought back Lt. Gen. Abdul-Wahab al-Saadi, the officer his "
     "predecessor had sidelined, to command that service, and in July he replaced Falih al-Fayyadh at the "
     "head of the National Security Service with Abdul-Ghani al-Asadi, a former counter-terrorism "
     "commander.\n"
     "On July 6, Hisham al-Hashimi, the security analyst who had advised the prime minister on the "
     "factions, was shot dead outside his home in Zayouna by gunmen on a motorcycle; a year later the "
     "government announced the arrest of an Interior Ministry police lieutenant, Ahmed Hamdawi Owaid, whom "
     "it accused of the killing, and whose trial dragged on for years.\n"
     "By the time he sat down with President Donald Trump at the White House on August 20, the prime "
     "minister could show Washington very little.",
     [("LEADS", KAD, IQG, "who now ran Iraq's government"),
      ("LOCATED_IN", DORA, BAGHDAD, "Baghdad's Dora district"),
      ("ASSASSINATED_BY", MUH, USA, "in the American strike of January", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, USA, "in the American strike of January", "2020-01-03"),
      ("LEADS", AWSAADI, CTS, "to command that service"),
      ("SUCCESSOR_OF", AGASADI, FAY, "replaced Falih al-Fayyadh at the", "2020-07"),
      ("LEADS", FAY, NSS, "Falih al-Fayyadh at the head of the National Security Service"),
      ("LEADS", AGASADI, NSS, "with Abdul-Ghani al-Asadi"),
      ("MEMBER_OF", OWAID, IQINT, "an Interior Ministry police lieutenant"),
      ("MET_WITH", KAD, TRUMP, "he sat down with President Donald Trump", "2020-08-20"),
      ("LEADS", TRUMP, USA, "President Donald Trump"),
      ("VISITED", KAD, "location:washington", "at the White House on August 20", "2020-08-20"),
      ],
     {"source": "blind set (analytical weekly, English)", "published": "2021-08-01"}),

    ("arHG6_larijani_baghdad_beirut_tour", "ar",
     "لاريجانى بين بغداد وبيروت: محاولة لترميم «المحور» بعد حرب الأيام الاثني عشر\n"
     "لم يكد يمضي أسبوع على تعيين علي لاريجانى، رئيس البرلمان الإيراني الأسبق، أميناً للمجلس الأعلى "
     "للأمن القومي خلفاً لعلي أكبر أحمديان، حتى اختار أن تكون بغداد محطته الخارجية الأولى، فحطّ فيها في "
     "الحادي عشر من آب 2025.\n"
     "وفي العاصمة العراقية التقى لاريجانى رئيسَ الوزراء محمد شياع السوداني، ثم اجتمع بمستشار الأمن القومي "
     "قاسم الأعرجى ووقّع معه مذكرة تفاهم أمنية تُكمل الاتفاق الذي أبرمه علي شمخانى حين كان يشغل المنصب "
     "نفسه في آذار 2023.\n"
     "وأثارت المذكرة اعتراض واشنطن، إذ قالت المتحدثة باسم الخارجية الأميركية تامي بروس إن بلادها ترفض "
     "«أي اتفاق يكرّس نفوذ الجماعات المسلحة».\n"
     "ومن بغداد انتقل المسؤول الإيراني إلى بيروت، حيث استقبله الرئيس جوزاف عون بكلام حازم عن رفض «أي "
     "تدخل في الشؤون الداخلية»، ثم التقى رئيس مجلس النواب نبيه بري، والأمين العام لحزب الله نعيم قاسم في "
     "لقاء منفصل.\n"
     "وتأتي الجولة بعد أقل من شهرين على حرب حزيران التي قتلت فيها إسرائيل قائد الحرس الثوري حسين سلامي في "
     "يومها الأول، ليخلفه محمد باكبور.\n"
     "وكان لاريجانى قد أجرى قبل الجولة اتصالاً هاتفياً بوزير الخارجية العراقي فؤاد حسين، فيما لم يُطلب، "
     "على ما يبدو، أي لقاء بالمرجع علي السيستاني.",
     [("LEADS", LARI, SNSC, "أميناً للمجلس الأعلى"),
      ("SUCCESSOR_OF", LARI, AHMADIAN, "خلفاً لعلي أكبر أحمديان", "2025-08-05"),
      ("LEADS", AHMADIAN, SNSC, "خلفاً لعلي أكبر أحمديان"),
      ("LEADS", LARI, IRPARL, "رئيس البرلمان الإيراني الأسبق"),
      ("VISITED", LARI, BAGHDAD, "فحطّ فيها في الحادي عشر", "2025-08-11"),
      ("MET_WITH", LARI, SUD, "التقى لاريجانى رئيسَ الوزراء", "2025-08-11"),
      ("LEADS", SUD, IQG, "رئيسَ الوزراء محمد شياع"),
      ("MET_WITH", LARI, ARAJI, "ثم اجتمع بمستشار الأمن القومي", "2025-08-11"),
      ("LEADS", ARAJI, NSA, "بمستشار الأمن القومي قاسم"),
      ("LEADS", SHAM, SNSC, "حين كان يشغل المنصب نفسه"),
      ("MEMBER_OF", BRUCE, STATE, "المتحدثة باسم الخارجية الأميركية تامي"),
      ("VISITED", LARI, BEIRUT, "انتقل المسؤول الإيراني إلى بيروت", "2025-08-13"),
      ("MET_WITH", LARI, AOUN, "حيث استقبله الرئيس جوزاف", "2025-08-13"),
      ("LEADS", AOUN, LEB, "الرئيس جوزاف عون"),
      ("MET_WITH", LARI, BERRI, "ثم التقى رئيس مجلس النواب", "2025-08-13"),
      ("LEADS", BERRI, LEBPARL, "رئيس مجلس النواب نبيه"),
      ("MET_WITH", LARI, NQASSEM, "في لقاء منفصل", "2025-08-13"),
      ("LEADS", NQASSEM, HEZ, "والأمين العام لحزب الله نعيم"),
      ("ASSASSINATED_BY", SALAMI, ISR, "قتلت فيها إسرائيل قائد الحرس", "2025-06-13"),
      ("LEADS", SALAMI, IRGC, "قائد الحرس الثوري حسين"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "ليخلفه محمد باكبور", "2025-06-13"),
      ("LEADS", PAKPOUR, IRGC, "ليخلفه محمد باكبور"),
      ("LEADS", FUAD, IQFM, "بوزير الخارجية العراقي فؤاد"),
      ],
     {"source": "blind set (analytical weekly, Arabic)", "published": "2025-08-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHG")
