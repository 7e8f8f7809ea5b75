"""Blind set DO: heirs who never inherited, envoys to the new Damascus, the consulate dead, 2020-2025.

Stories: Hashem Safieddine, the presumed heir killed before he was named (Israel confirmed it),
a son-in-law of Nasrallah killed by Israel's strike in Mezzeh, Qassem replacing Nasrallah
(magazine profile, Nov 2024); Amir-Abdollahian's Beirut and Damascus tour: Miqati, Berri, Bou
Habib, Nasrallah with the ambassador present, Assad and Mekdad, a secret Qaani trip with no
meeting announced (Asharq Al-Awsat-style Arabic, Feb 2024); al-Sharaa's first trips to Riyadh and
Ankara after Faisal bin Farhan, Tamim, the Russian delegation and the UN relief chief came to
Damascus (feature, Feb 2025); the Tehran funeral of the consulate dead, the strike not claimed and
only attributed by US officials, Iran's 13 April barrage, no successor named (Al-Quds Al-Arabi-style
Arabic, Apr 2024); Qa'ani's first Damascus trips, his deputies Hejazi and Fallahzadeh, Mekdad
taking over from al-Muallem, phone calls and a postponed meeting (feature, 2023); Larijani in
Beirut after replacing Ahmadian: Joseph Aoun (who succeeded Michel Aoun), Berri and Salam, a
minister who declined, a new ambassador replacing Amani, no announced meeting with Qassem
(Arabic analysis, Aug 2025).
Style: profiles and analysis, long sentences, later references by surname or title, en/ar
alternating; "inherited", "was named in his place", خلفاً لـ، خلف; planned and denied meetings;
killings claimed, stated as fact, attributed by third parties, and with no agent.
Spellings: Qa'ani / قاآني, Sulaimani, Nasrallah / Nasrullah, Miqati / ميقاتي, al-Sharaa / Sharaa.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_do/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_do import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SYRIA, ISR, US = "country:iran", "country:syria", "country:israel", "country:united-states"
IFM, SFM = "organization:iranian-foreign-ministry", "organization:syrian-foreign-ministry"
IRGC, QF, HZB = "organization:irgc", "organization:quds-force", "organization:hezbollah"
LGOV, LPARL = "organization:lebanese-government", "organization:lebanese-parliament"
SAF, NAS, QAS, ASAF, SOL = ("person:hashem-safieddine", "person:hassan-nasrallah",
                            "person:naim-qassem", "person:abdullah-safieddine",
                            "person:qasem-soleimani")
QASIR = "person:hassan-jaafar-qasir"
AMA, MIK, BERRI, BOUH, AMANI = ("person:hossein-amir-abdollahian", "person:najib-mikati",
                                "person:nabih-berri", "person:abdallah-bou-habib",
                                "person:mojtaba-amani")
ASSAD, MEK, Q = "person:bashar-al-assad", "person:faisal-mekdad", "person:esmail-qaani"
SHARAA, MBS, ERD, FBF, TAMIM = ("person:ahmed-al-sharaa", "person:mohammed-bin-salman",
                                "person:recep-tayyip-erdogan", "person:faisal-bin-farhan",
                                "person:tamim-bin-hamad-al-thani")
BOG, LAVR, FLET, BAGH = ("person:mikhail-bogdanov", "person:alexander-lavrentiev",
                         "person:tom-fletcher", "person:esmaeil-baghaei")
ZAH, RAH, JAL, SED, ROUZ = ("person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi",
                            "person:mehdi-jalalati", "person:mohsen-sedaghat",
                            "person:ali-salehi-rouzbahani")
KHAM, SALAMI = "person:ali-khamenei", "person:hossein-salami"
MUH, HEJ, FALL, MUAL = ("person:abu-mahdi-al-muhandis", "person:mohammad-hejazi",
                        "person:mohammad-reza-fallahzadeh", "person:walid-al-muallem")
LAR, AHM, JAOUN, MAOUN, SALAM, RAJJI, SHEIB = (
    "person:ali-larijani", "person:ali-akbar-ahmadian", "person:joseph-aoun", "person:michel-aoun",
    "person:nawaf-salam", "person:youssef-rajji", "person:mohammad-reza-sheibani")

ARTICLES = [
    ("enDO1_safieddine_heir_never_named", "en",
     "BEIRUT - Hashem Safieddine spent three decades being described as Hassan Nasrallah's likely "
     "successor, and in the end he succeeded no one. The cleric, a maternal cousin of Nasrallah, "
     "had headed Hezbollah's Executive Council since the mid-1990s, running the party's schools, "
     "hospitals and money while his cousin made the speeches.\n"
     "When Nasrallah was killed on September 27th, 2024, Safieddine was the obvious heir. He did "
     "not live long enough to be named. On the night of October 3rd Israeli jets dropped a string "
     "of heavy bombs on a compound in Dahiyeh where, according to Lebanese security sources, he was "
     "meeting commanders; the Israeli military confirmed on October 22nd that it had killed him.\n"
     "The family was never far from the axis. His brother Abdullah has long represented the party "
     "in Tehran, and his son Reza married Zeinab, daughter of the late Quds Force commander Qasem "
     "Soleimani, in 2020. A day before the Dahiyeh raid, Israel's strike on an apartment in Mezzeh, "
     "Damascus, had killed Hassan Jaafar Qasir, Nasrallah's son-in-law.\n"
     "In the end the Shura Council chose Naim Qassem, the deputy secretary-general, who replaced "
     "Nasrallah on October 29th. \"Hashem was built for the job; Naim was there when the job "
     "needed doing,\" said a Beirut politician close to the party.",
     [("LEADS", SAF, "organization:hezbollah-executive-council", "had headed Hezbollah's Executive Council"),
      ("ATTACKED", ISR, "location:dahiyeh", "Israeli jets dropped", "2024-10-03"),
      ("ASSASSINATED_BY", SAF, ISR, "the Israeli military confirmed on October 22nd", "2024-10-03"),
      ("MEMBER_OF", ASAF, HZB, "has long represented the party in Tehran"),
      ("LEADS", SOL, QF, "the late Quds Force commander Qasem"),
      ("ASSASSINATED_BY", QASIR, ISR, "Israel's strike on an apartment in Mezzeh", "2024-10-02"),
      ("LOCATED_IN", "location:mezzeh", "location:damascus", "an apartment in Mezzeh, Damascus"),
      ("SUCCESSOR_OF", QAS, NAS, "who replaced Nasrallah on October 29th", "2024-10-29"),
      ],
     {"source": "blind set (magazine profile)", "published": "2024-11-02"}),

    ("arDO2_amirabdollahian_beirut_damascus", "ar",
     "بيروت - «الشرق الأوسط» - أنهى وزير الخارجية الإيراني حسين أمير عبد اللهيان، السبت 10 شباط "
     "2024، جولة شملت لبنان وسوريا، في محاولة لطمأنة الحلفاء بأن طهران لا تريد توسيع الحرب، من "
     "دون أن تتخلى عنهم.\n"
     "وفي بيروت، التقى أمير عبد اللهيان رئيس حكومة تصريف الأعمال نجيب ميقاتي في السراي الحكومي، "
     "ثم انتقل إلى عين التينة حيث استقبله رئيس مجلس النواب نبيه بري. كما عقد لقاءً مع نظيره عبد "
     "الله بو حبيب، وأعلن من مقر الخارجية أن «أمن لبنان من أمن المنطقة».\n"
     "وأفادت قناة «المنار» بأن الوزير الإيراني اجتمع، مساء الجمعة، بالأمين العام لحزب الله السيد "
     "حسن نصر الله، في حضور السفير الإيراني مجتبى أماني، وأنهما بحثا «تطورات غزة والجبهة "
     "الجنوبية».\n"
     "وانتقل أمير عبد اللهيان صباح السبت إلى دمشق، فاستقبله الرئيس بشار الأسد، ثم بحث مع وزير "
     "الخارجية فيصل المقداد ملف المستشارين الإيرانيين الذين قُتل عدد منهم في غارات إسرائيلية خلال "
     "الأسابيع الماضية.\n"
     "وكان قائد فيلق القدس إسماعيل قاآني قد زار دمشق سراً في كانون الثاني، وفق مصادر سورية، إلا أن "
     "أي لقاء بينه وبين الأسد لم يُعلن.",
     [("LEADS", AMA, IFM, "وزير الخارجية الإيراني حسين"),
      ("VISITED", AMA, "location:beirut", "وفي بيروت، التقى", "2024-02-09"),
      ("MET_WITH", AMA, MIK, "رئيس حكومة تصريف الأعمال نجيب", "2024-02-09"),
      ("LEADS", MIK, LGOV, "رئيس حكومة تصريف الأعمال نجيب"),
      ("MET_WITH", AMA, BERRI, "حيث استقبله رئيس مجلس النواب", "2024-02-09"),
      ("LEADS", BERRI, LPARL, "حيث استقبله رئيس مجلس النواب"),
      ("MET_WITH", AMA, BOUH, "كما عقد لقاءً مع نظيره", "2024-02-09"),
      ("LEADS", BOUH, "organization:lebanese-foreign-ministry", "كما عقد لقاءً مع نظيره"),
      ("MET_WITH", AMA, NAS, "بالأمين العام لحزب الله", "2024-02-09"),
      ("LEADS", NAS, HZB, "بالأمين العام لحزب الله"),
      ("MET_WITH", AMANI, NAS, "في حضور السفير الإيراني", "2024-02-09"),
      ("VISITED", AMA, "location:damascus", "صباح السبت إلى دمشق", "2024-02-10"),
      ("MET_WITH", ASSAD, AMA, "فاستقبله الرئيس بشار", "2024-02-10"),
      ("LEADS", ASSAD, SYRIA, "فاستقبله الرئيس بشار"),
      ("MET_WITH", AMA, MEK, "ثم بحث مع وزير الخارجية فيصل", "2024-02-10"),
      ("LEADS", MEK, SFM, "ثم بحث مع وزير الخارجية فيصل"),
      ("LEADS", Q, QF, "قائد فيلق القدس إسماعيل"),
      ("VISITED", Q, "location:damascus", "قد زار دمشق سراً", "2024-01"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style Arabic)", "published": "2024-02-11"}),

    ("enDO3_sharaa_riyadh_ankara_envoys", "en",
     "DAMASCUS - Ahmed al-Sharaa's first foreign trip as Syria's interim president was to Riyadh, "
     "and the choice was not subtle. On February 2nd, 2025, he was received by Crown Prince "
     "Mohammed bin Salman at al-Yamamah palace; two days later he was in Ankara for talks with "
     "Recep Tayyip Erdogan, whose government had sheltered Syria's rebels for a decade.\n"
     "The Gulf had done its courting in Damascus first: Faisal bin Farhan, the kingdom's foreign "
     "minister, met al-Sharaa there on January 24th, and Sheikh Tamim bin Hamad Al Thani, the emir "
     "of Qatar, was received by him on January 30th as the first head of state to visit.\n"
     "Not every visitor came from the Gulf. On January 28th a Russian delegation led by Mikhail "
     "Bogdanov, the deputy foreign minister, and Alexander Lavrentiev, the Kremlin's envoy for "
     "Syria, held three hours of talks with the new leader. Moscow wanted its bases; Damascus wanted "
     "Assad handed over. Neither side got an answer.\n"
     "The United Nations' relief chief, Tom Fletcher, had also met Sharaa in mid-January and "
     "promised to scale up aid. Iran was not in the queue. Esmaeil Baghaei, the Iranian foreign "
     "ministry's spokesman, said Tehran was 'in no hurry' to engage the new authorities.\n"
     "\"He is collecting recognition the way other leaders collect loans,\" said a European "
     "diplomat in Beirut.",
     [("LEADS", SHARAA, SYRIA, "as Syria's interim president"),
      ("VISITED", SHARAA, "location:riyadh", "was to Riyadh", "2025-02-02"),
      ("MET_WITH", MBS, SHARAA, "he was received by Crown Prince", "2025-02-02"),
      ("VISITED", SHARAA, "location:ankara", "he was in Ankara", "2025-02-04"),
      ("MET_WITH", SHARAA, ERD, "for talks with Recep", "2025-02-04"),
      ("MET_WITH", FBF, SHARAA, "met al-Sharaa there on January 24th", "2025-01-24"),
      ("VISITED", FBF, "location:damascus", "met al-Sharaa there on January 24th", "2025-01-24"),
      ("LEADS", FBF, "organization:saudi-foreign-ministry", "the kingdom's foreign"),
      ("MET_WITH", TAMIM, SHARAA, "was received by him on January 30th", "2025-01-30"),
      ("VISITED", TAMIM, "location:damascus", "was received by him on January 30th", "2025-01-30"),
      ("LEADS", TAMIM, "country:qatar", "Al Thani, the emir"),
      ("MET_WITH", BOG, SHARAA, "held three hours of talks", "2025-01-28"),
      ("MET_WITH", LAVR, SHARAA, "and Alexander Lavrentiev", "2025-01-28"),
      ("MEMBER_OF", BOG, "organization:russian-foreign-ministry", "the deputy foreign minister"),
      ("MET_WITH", FLET, SHARAA, "had also met Sharaa", "2025-01"),
      ("LEADS", FLET, "organization:un-ocha", "The United Nations' relief chief"),
      ("MEMBER_OF", BAGH, IFM, "the Iranian foreign"),
      ],
     {"source": "blind set (feature)", "published": "2025-02-08"}),

    ("arDO4_consulate_dead_funeral", "ar",
     "طهران - «القدس العربي» - شيّعت إيران، الخميس 4 نيسان 2024، سبعة من ضباط الحرس الثوري قُتلوا "
     "في الضربة التي دمّرت مبنى القنصلية الإيرانية في حي المزة بدمشق، وفي مقدمهم العميد محمد رضا "
     "زاهدي، قائد فيلق القدس في سوريا ولبنان، ونائبه العميد محمد هادي حاجي رحيمي.\n"
     "وضمّت قائمة القتلى من ضباط الحرس، بحسب بيانه، العميد سيد مهدي جلالتي ومحسن صداقت وعلي "
     "صالحي روزبهاني، إلى جانب ضابطين آخرين ومواطنين سوريين.\n"
     "وأمّ المرشد علي خامنئي الصلاة على الجثامين في طهران، فيما تعهد قائد الحرس اللواء حسين سلامي "
     "بأن «العدو سيُعاقب». ولم تعلن إسرائيل مسؤوليتها عن الضربة، وإن نقلت صحف أميركية عن مسؤولين "
     "في واشنطن أنها نفذتها.\n"
     "وبعد تسعة أيام، في ليل 13 نيسان، أطلقت إيران أكثر من ثلاثمئة مسيّرة وصاروخ باتجاه إسرائيل، "
     "في أول هجوم مباشر تشنه من أراضيها.\n"
     "ولم يُعلن الحرس حتى الآن اسم خليفة زاهدي، وإن رجّحت مصادر مطلعة أن يكون أحد قادة الصف الثاني "
     "الذين عملوا معه في دمشق. وكان السفير الإيراني حسين أكبري قد نجا من الضربة، وقال إن «طائرات "
     "إسرائيلية أطلقت ستة صواريخ».",
     [("LOCATED_IN", "location:iranian-consulate-damascus", "location:mezzeh",
       "القنصلية الإيرانية في حي المزة"),
      ("LOCATED_IN", "location:mezzeh", "location:damascus", "حي المزة بدمشق"),
      ("MEMBER_OF", ZAH, QF, "قائد فيلق القدس في سوريا ولبنان"),
      ("MEMBER_OF", RAH, IRGC, "ونائبه العميد محمد هادي"),
      ("MEMBER_OF", JAL, IRGC, "وضمّت قائمة القتلى من ضباط الحرس"),
      ("MEMBER_OF", SED, IRGC, "ومحسن صداقت"),
      ("MEMBER_OF", ROUZ, IRGC, "صالحي روزبهاني"),
      ("LEADS", KHAM, IRAN, "وأمّ المرشد علي خامنئي"),
      ("LEADS", SALAMI, IRGC, "قائد الحرس اللواء حسين"),
      ("ATTACKED", IRAN, ISR, "أطلقت إيران أكثر من ثلاثمئة", "2024-04-13"),
      ],
     {"source": "blind set (Al-Quds Al-Arabi-style Arabic)", "published": "2024-04-15"}),

    ("enDO5_qaani_damascus_file", "en",
     "TEHRAN - When Esmail Qa'ani inherited the Quds Force in January 2020, the joke in Tehran was "
     "that he had been given Qasem Sulaimani's desk but not his telephone book. Sulaimani, killed "
     "with Abu Mahdi al-Muhandis by a U.S. drone at Baghdad airport, had spent two decades "
     "cultivating Bashar al-Assad personally; Qa'ani, an Afghanistan specialist, barely knew him.\n"
     "He set out to fix that. Within months Qa'ani flew to Damascus and was received by Assad, "
     "according to Syrian officials, and on the same trip he met Faisal Mekdad, then deputy "
     "foreign minister. Mekdad took over the ministry in November 2020 after the death of Walid "
     "al-Muallem.\n"
     "The deputy's chair turned over quickly too. Mohammad Hejazi, a former Basij commander who had "
     "replaced Qa'ani as number two, died in April 2021 of what officials called heart "
     "complications; Mohammad Reza Fallahzadeh, a veteran of the Syrian campaign, was named in his "
     "place.\n"
     "Qa'ani's phone calls with Hassan Nasrallah were, by several accounts, more frequent than his "
     "visits. He was expected to meet Palestinian faction leaders in Beirut in 2022, but the "
     "gathering was postponed.\n"
     "\"Qa'ani is a manager, not a myth,\" said a former Iranian diplomat. \"In Damascus that was "
     "enough while Assad was winning. It stopped being enough when Assad began to lose.\"",
     [("SUCCESSOR_OF", Q, SOL, "inherited the Quds Force", "2020-01"),
      ("LEADS", Q, QF, "inherited the Quds Force"),
      ("ASSASSINATED_BY", SOL, US, "by a U.S. drone at Baghdad airport", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "by a U.S. drone at Baghdad airport", "2020-01-03"),
      ("VISITED", Q, "location:damascus", "flew to Damascus and was received by Assad", "2020"),
      ("MET_WITH", Q, ASSAD, "flew to Damascus and was received by Assad", "2020"),
      ("MET_WITH", Q, MEK, "he met Faisal Mekdad", "2020"),
      ("MEMBER_OF", MEK, SFM, "then deputy"),
      ("SUCCESSOR_OF", MEK, MUAL, "after the death of Walid", "2020-11"),
      ("LEADS", MEK, SFM, "took over the ministry"),
      ("LEADS", HEJ, "organization:basij", "a former Basij commander"),
      ("SUCCESSOR_OF", HEJ, Q, "replaced Qa'ani as number two", "2020-01"),
      ("SUCCESSOR_OF", FALL, HEJ, "was named in his", "2021-04"),
      ],
     {"source": "blind set (feature)", "published": "2023-06-10"}),

    ("arDO6_larijani_beirut_aoun_salam", "ar",
     "بيروت - في زيارة هي الأولى له منذ تعيينه أميناً للمجلس الأعلى للأمن القومي الإيراني خلفاً "
     "لعلي أكبر أحمديان، وصل علي لاريجاني إلى بيروت الأربعاء 13 آب 2025، في توقيت بالغ الحساسية "
     "بعد قرار الحكومة اللبنانية تكليف الجيش وضع خطة لحصر السلاح بيد الدولة.\n"
     "واستقبل الرئيس جوزاف عون لاريجاني في قصر بعبدا، وأبلغه أن «لا سلاح خارج إطار الدولة»، وأن "
     "لبنان «يرفض أي تدخل في شؤونه الداخلية». وكان عون قد انتُخب في كانون الثاني خلفاً للرئيس ميشال "
     "عون بعد شغور دام أكثر من عامين.\n"
     "ثم التقى لاريجاني رئيس مجلس النواب نبيه بري في عين التينة، ورئيس الحكومة نواف سلام في "
     "السراي، بينما لم يُدرج على جدول الزيارة أي لقاء مع وزير الخارجية يوسف رجي.\n"
     "ورافق لاريجاني في جولته السفير الإيراني محمد رضا شيباني، الذي خلف مجتبى أماني في السفارة "
     "مطلع العام.\n"
     "ولم يصدر عن حزب الله أي إعلان عن لقاء بين أمينه العام الشيخ نعيم قاسم والمسؤول الإيراني، في "
     "حين قال قاسم في كلمة متلفزة إن الحزب «لن يسلّم سلاحه»، وهو ما اعتبرته أوساط سلام «رسالة "
     "إلى الداخل قبل الخارج».",
     [("SUCCESSOR_OF", LAR, AHM, "لعلي أكبر أحمديان", "2025-08"),
      ("LEADS", LAR, "organization:supreme-national-security-council", "أميناً للمجلس الأعلى للأمن القومي"),
      ("VISITED", LAR, "location:beirut", "وصل علي لاريجاني إلى بيروت", "2025-08-13"),
      ("MET_WITH", JAOUN, LAR, "واستقبل الرئيس جوزاف عون", "2025-08-13"),
      ("LEADS", JAOUN, "country:lebanon", "واستقبل الرئيس جوزاف عون"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "خلفاً للرئيس ميشال", "2025-01-09"),
      ("MET_WITH", LAR, BERRI, "ثم التقى لاريجاني رئيس مجلس النواب", "2025-08-13"),
      ("LEADS", BERRI, LPARL, "ثم التقى لاريجاني رئيس مجلس النواب"),
      ("MET_WITH", LAR, SALAM, "ورئيس الحكومة نواف", "2025-08-13"),
      ("LEADS", SALAM, LGOV, "ورئيس الحكومة نواف"),
      ("LEADS", RAJJI, "organization:lebanese-foreign-ministry", "وزير الخارجية يوسف"),
      ("SUCCESSOR_OF", SHEIB, AMANI, "الذي خلف مجتبى أماني"),
      ("LEADS", QAS, HZB, "أمينه العام الشيخ نعيم"),
      ],
     {"source": "blind set (Arabic analysis)", "published": "2025-08-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDO")
