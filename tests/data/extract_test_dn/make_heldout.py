"""Blind set DN: Damascus after Assad, Araghchi's last trip, Shukr, Ghaani's absence, 2024-2025.

Stories: the December 2024 queue at the People's Palace: Kalin, Pedersen, Leaf and Carstens,
Fidan, Jumblatt, Safadi and al-Khulaifi received by al-Shar'a, Iran absent (magazine feature,
Dec 2024); Araghchi received by Assad with Sabbagh present a week before the fall, then Fidan in
Ankara, a phone call and a meeting that did not happen with Maher al-Assad (Asharq Al-Awsat-style
Arabic, Dec 2024); Fuad Shukr's killing claimed by Israel, Majdal Shams denied, Haniyeh killed the
same night and acknowledged months later, Aqil taking over (weekly feature, Aug 2024); Miqati in
Damascus, the General Security chief meeting Syria's intelligence head, Salam replacing Miqati and
his own visit, Berri's phone call (Al-Araby Al-Jadeed-style Arabic, Apr 2025); the fortnight of
rumours about Ghaani after Nasrallah's killing, Nilforoushan killed with no agent stated,
Ghalibaf's talks in Beirut, Husseini's killing claimed (feature, Oct 2024); Trump and al-Sharaa in
Riyadh with the crown prince present and Erdogan by video, Barrack in Istanbul and Damascus,
Lammy's visit, Putin not yet (Arabic analysis, Jul 2025).
Style: long sentences, later references by surname or description, en/ar alternating; "received",
"calling on", presence at talks, "did not meet", video link and phone call, succession by
"took over" / حلّ محله, claimed vs. unclaimed killings.
Spellings: al-Shar'a / Sharaa, Ghaani, Fouad/Fuad Shukr, Mikati / ميقاتي.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dn/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_do import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SYRIA, ISR, US = "country:iran", "country:syria", "country:israel", "country:united-states"
IFM, SFM = "organization:iranian-foreign-ministry", "organization:syrian-foreign-ministry"
TFM = "organization:turkish-foreign-ministry"
IRGC, QF, HZB = "organization:irgc", "organization:quds-force", "organization:hezbollah"
LGOV, LPARL = "organization:lebanese-government", "organization:lebanese-parliament"
SGOV = "organization:syrian-government"
SHARAA, KALIN, PED, LEAF, CARS = ("person:ahmed-al-sharaa", "person:ibrahim-kalin",
                                  "person:geir-pedersen", "person:barbara-leaf",
                                  "person:roger-carstens")
FIDAN, JUMB, SAFADI, KHUL = ("person:hakan-fidan", "person:walid-jumblatt", "person:ayman-safadi",
                             "person:mohammed-al-khulaifi")
Q, ASSAD, ARA, SAB, MEK = ("person:esmail-qaani", "person:bashar-al-assad", "person:abbas-araghchi",
                           "person:bassam-sabbagh", "person:faisal-mekdad")
PEZ, MAHER = "person:masoud-pezeshkian", "person:maher-al-assad"
SHUKR, AQIL, HANIYEH, KATZ, NAS = ("person:fouad-shukr", "person:ibrahim-aqil",
                                   "person:ismail-haniyeh", "person:israel-katz",
                                   "person:hassan-nasrallah")
MIK, BAYS, KHATTAB, SALAM, JAOUN, BERRI, SHAI = (
    "person:najib-mikati", "person:elias-baysari", "person:anas-khattab", "person:nawaf-salam",
    "person:joseph-aoun", "person:nabih-berri", "person:asaad-al-shaibani")
NILF, GHAL, QAS, SOL, HUSS = ("person:abbas-nilforoushan", "person:mohammad-bagher-ghalibaf",
                              "person:naim-qassem", "person:qasem-soleimani",
                              "person:suhail-hussein-husseini")
TRUMP, MBS, ERD, BARRACK, LAMMY, PUTIN = (
    "person:donald-trump", "person:mohammed-bin-salman", "person:recep-tayyip-erdogan",
    "person:tom-barrack", "person:david-lammy", "person:vladimir-putin")

ARTICLES = [
    ("enDN1_sharaa_december_queue", "en",
     "DAMASCUS - The queue outside the People's Palace formed almost before the paint on the new "
     "flag had dried. Ibrahim Kalin, the head of Turkish intelligence, was first through the door: "
     "on December 12th, 2024, he prayed at the Umayyad Mosque in Damascus before calling on Ahmed "
     "al-Shar'a, the rebel commander who had become Syria's de facto ruler four days earlier.\n"
     "The United Nations envoy, Geir Pedersen, met him on December 15th. Five days later Barbara "
     "Leaf, the State Department's top Middle East diplomat, and Roger Carstens, the hostage envoy, "
     "held talks with al-Shar'a and came away announcing that the $10m bounty on his head had been "
     "dropped.\n"
     "Hakan Fidan, Turkey's foreign minister, was received on December 22nd, as was Walid "
     "Jumblatt, the veteran Lebanese Druze leader. Jordan's "
     "foreign minister, Ayman Safadi, and Qatar's minister of state for foreign affairs, Mohammed "
     "al-Khulaifi, were received separately the next day. \"We want a Syria that is a source of "
     "stability, not of Captagon,\" Safadi said after meeting Sharaa.\n"
     "Not everyone came. Iran's embassy stayed shut, and Esmail Qaani, whose Quds Force had spent a "
     "decade propping up Bashar al-Assad, reportedly told Iranian lawmakers behind closed doors that "
     "Tehran had 'lost nothing'. Assad himself had flown to Moscow on December 8th.\n"
     "\"Nobody wants to be the last ambassador to arrive,\" one Gulf diplomat said.",
     [("LEADS", KALIN, "organization:turkish-national-intelligence-organization",
       "the head of Turkish intelligence"),
      ("VISITED", KALIN, "location:damascus", "prayed at the Umayyad Mosque in Damascus", "2024-12-12"),
      ("MET_WITH", KALIN, SHARAA, "before calling on Ahmed", "2024-12-12"),
      ("LEADS", SHARAA, SYRIA, "Syria's de facto ruler"),
      ("MET_WITH", PED, SHARAA, "Geir Pedersen, met him", "2024-12-15"),
      ("MET_WITH", LEAF, SHARAA, "held talks with al-Shar'a", "2024-12-20"),
      ("MET_WITH", CARS, SHARAA, "and Roger Carstens, the hostage envoy", "2024-12-20"),
      ("MEMBER_OF", LEAF, "organization:us-state-department", "the State Department's top Middle East"),
      ("MET_WITH", FIDAN, SHARAA, "was received on December 22nd", "2024-12-22"),
      ("LEADS", FIDAN, TFM, "Turkey's foreign minister"),
      ("MET_WITH", JUMB, SHARAA, "as was Walid", "2024-12-22"),
      ("MET_WITH", SAFADI, SHARAA, "Safadi said after meeting Sharaa", "2024-12-23"),
      ("LEADS", SAFADI, "organization:jordanian-foreign-ministry", "foreign minister, Ayman Safadi"),
      ("MET_WITH", KHUL, SHARAA, "were received separately the next day", "2024-12-23"),
      ("MEMBER_OF", KHUL, "organization:qatari-foreign-ministry", "minister of state for foreign affairs"),
      ("LEADS", Q, QF, "whose Quds Force"),
      ("SUPPORTS", QF, ASSAD, "propping up Bashar al-Assad"),
      ],
     {"source": "blind set (magazine feature)", "published": "2024-12-28"}),

    ("arDN2_araghchi_damascus_ankara", "ar",
     "دمشق - «الشرق الأوسط» - وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق، الأحد الأول من "
     "كانون الأول 2024، بعد أيام من سقوط حلب بيد فصائل المعارضة، حاملاً رسالة دعم من طهران.\n"
     "واستقبل الرئيس بشار الأسد ضيفه الإيراني في قصر الشعب، بحضور وزير الخارجية بسام الصباغ، "
     "الذي كان قد خلف فيصل المقداد في المنصب في أيلول الماضي، فيما عُيّن المقداد نائباً للرئيس.\n"
     "وقال عراقجي للصحافيين إن «الحكومة والجيش السوريين سيتغلبان مجدداً على هذه الجماعات "
     "الإرهابية»، مؤكداً أن إيران «تدعم سوريا بكل قوة». وكان الأسد قد تلقى اتصالاً هاتفياً من "
     "الرئيس مسعود بزشكيان قبل يوم.\n"
     "وتوجه عراقجي في اليوم التالي إلى أنقرة، حيث التقى نظيره التركي هاكان فيدان، في محادثات "
     "وصفها دبلوماسيون بأنها «صعبة»، إذ حمّلت طهران أنقرة مسؤولية الهجوم على حلب.\n"
     "ولم يلتقِ الوزير الإيراني خلال زيارته اللواء ماهر الأسد، قائد الفرقة الرابعة، على الرغم "
     "من تقارير تحدثت عن ترتيب اجتماع بينهما. وبعد أسبوع واحد، كان الرئيس في موسكو وشقيقه خارج "
     "البلاد، ودخل أحمد الشرع دمشق.",
     [("LEADS", ARA, IFM, "وزير الخارجية الإيراني عباس"),
      ("VISITED", ARA, "location:damascus", "عراقجي إلى دمشق", "2024-12-01"),
      ("MET_WITH", ASSAD, ARA, "واستقبل الرئيس بشار الأسد", "2024-12-01"),
      ("LEADS", ASSAD, SYRIA, "واستقبل الرئيس بشار الأسد"),
      ("MET_WITH", ARA, SAB, "بحضور وزير الخارجية بسام", "2024-12-01"),
      ("LEADS", SAB, SFM, "بحضور وزير الخارجية بسام"),
      ("SUCCESSOR_OF", SAB, MEK, "الذي كان قد خلف فيصل المقداد", "2024-09"),
      ("SUPPORTS", IRAN, SYRIA, "تدعم سوريا بكل قوة"),
      ("LEADS", PEZ, IRAN, "الرئيس مسعود بزشكيان"),
      ("VISITED", ARA, "location:ankara", "في اليوم التالي إلى أنقرة", "2024-12-02"),
      ("MET_WITH", ARA, FIDAN, "حيث التقى نظيره التركي", "2024-12-02"),
      ("LEADS", FIDAN, TFM, "حيث التقى نظيره التركي"),
      ("LEADS", MAHER, "organization:syrian-fourth-division", "قائد الفرقة الرابعة"),
      ("VISITED", SHARAA, "location:damascus", "ودخل أحمد الشرع دمشق", "2024-12-08"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style Arabic)", "published": "2024-12-03"}),

    ("enDN3_fuad_shukr_haret_hreik", "en",
     "BEIRUT - For most of his life Fuad Shukr was a name on an American wanted poster rather than "
     "a face anyone in Beirut could put to it. Washington offered $5m for information on the man it "
     "accused of helping to plan the 1983 bombing of the Marine barracks.\n"
     "On the evening of July 30th, 2024, a missile found him on the upper floors of a residential "
     "building in Haret Hreik, in Beirut's southern suburbs. Within hours the Israeli military said "
     "it had killed him, calling him Hezbollah's most senior military commander. Israel said the "
     "strike answered the rocket that killed twelve children on a football pitch in Majdal Shams "
     "three days earlier; Hezbollah denied firing it.\n"
     "Before dawn, in Tehran, Ismail Haniyeh, the political leader of Hamas, was killed in a "
     "guesthouse where he had stayed after attending the new president's inauguration. Iran "
     "blamed Israel at once. Israel's defence minister, Israel Katz, acknowledged in December that "
     "Israel had killed Haniyeh.\n"
     "Shukr had sat on the Jihad Council beside Ibrahim Aqil and was, by several accounts, Hassan "
     "Nasrallah's closest military adviser. His duties passed to Aqil, who did not survive the "
     "summer either.\n"
     "\"There is no vacuum in the resistance,\" Nasrallah said at Shukr's funeral on August 1st, in "
     "a speech delivered by video link. Few in the hall believed that the party could "
     "lose men of that seniority every few weeks and carry on as before.",
     [("LOCATED_IN", "location:haret-hreik", "location:dahiyeh", "in Haret Hreik, in Beirut's southern suburbs"),
      ("ASSASSINATED_BY", SHUKR, ISR, "the Israeli military said", "2024-07-30"),
      ("MEMBER_OF", SHUKR, HZB, "most senior military commander"),
      ("VISITED", HANIYEH, "location:tehran", "in Tehran, Ismail Haniyeh", "2024-07-31"),
      ("LEADS", HANIYEH, "organization:hamas", "the political leader of Hamas"),
      ("ASSASSINATED_BY", HANIYEH, ISR, "Israel had killed Haniyeh", "2024-07-31"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "Israel's defence minister, Israel"),
      ("MEMBER_OF", SHUKR, "organization:hezbollah-jihad-council", "had sat on the Jihad Council"),
      ("MEMBER_OF", AQIL, "organization:hezbollah-jihad-council", "beside Ibrahim Aqil"),
      ("SUCCESSOR_OF", AQIL, SHUKR, "His duties passed to Aqil"),
      ],
     {"source": "blind set (weekly feature)", "published": "2024-08-03"}),

    ("arDN4_miqati_salam_damascus", "ar",
     "دمشق - «العربي الجديد» - في أول زيارة لرئيس حكومة لبنانية إلى سوريا منذ اندلاع الحرب عام "
     "2011، حطّ نجيب ميقاتي في دمشق السبت 11 كانون الثاني 2025، حيث استقبله قائد الإدارة الجديدة "
     "أحمد الشرع في قصر الشعب، وبحث الجانبان ترسيم الحدود وضبط المعابر غير الشرعية وملف النازحين.\n"
     "ورافق ميقاتي في الزيارة المدير العام بالإنابة للأمن العام اللواء الياس البيسري، الذي عقد "
     "اجتماعاً منفصلاً مع رئيس جهاز الاستخبارات العامة أنس خطاب.\n"
     "وقال الشرع في مؤتمر صحافي مشترك إن سوريا «لن تكون بعد اليوم مصدر قلق للبنان»، وإنها «ستقف "
     "على مسافة واحدة من جميع اللبنانيين».\n"
     "ولم تدم رئاسة ميقاتي للحكومة طويلاً بعد ذلك؛ إذ حلّ نواف سلام محله في شباط، بعد أسابيع من "
     "انتخاب قائد الجيش جوزاف عون رئيساً للجمهورية. وزار سلام دمشق بدوره في 14 نيسان، والتقى الشرع "
     "ووزير الخارجية أسعد الشيباني، في زيارة قال مكتبه إنها «فتحت صفحة جديدة».\n"
     "أما رئيس مجلس النواب نبيه بري، فلم يزر دمشق حتى الآن، واكتفى باتصال هاتفي مع الشرع، بحسب "
     "مصادر مقربة من عين التينة، التي تفضّل التريث إلى أن تتضح صورة الحكم الجديد.",
     [("LEADS", MIK, LGOV, "لرئيس حكومة لبنانية"),
      ("VISITED", MIK, "location:damascus", "حطّ نجيب ميقاتي في دمشق", "2025-01-11"),
      ("MET_WITH", SHARAA, MIK, "حيث استقبله قائد الإدارة الجديدة", "2025-01-11"),
      ("LEADS", SHARAA, SGOV, "حيث استقبله قائد الإدارة الجديدة"),
      ("LEADS", BAYS, "organization:lebanese-general-security", "المدير العام بالإنابة للأمن العام"),
      ("MET_WITH", BAYS, KHATTAB, "اجتماعاً منفصلاً مع رئيس", "2025-01-11"),
      ("LEADS", KHATTAB, "organization:syrian-general-intelligence", "رئيس جهاز الاستخبارات العامة"),
      ("SUCCESSOR_OF", SALAM, MIK, "إذ حلّ نواف سلام محله", "2025-02"),
      ("LEADS", JAOUN, "organization:lebanese-army", "قائد الجيش جوزاف"),
      ("LEADS", JAOUN, "country:lebanon", "رئيساً للجمهورية"),
      ("VISITED", SALAM, "location:damascus", "وزار سلام دمشق", "2025-04-14"),
      ("MET_WITH", SALAM, SHARAA, "والتقى الشرع", "2025-04-14"),
      ("MET_WITH", SALAM, SHAI, "ووزير الخارجية أسعد", "2025-04-14"),
      ("LEADS", SHAI, SFM, "ووزير الخارجية أسعد"),
      ("LEADS", BERRI, LPARL, "أما رئيس مجلس النواب"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style Arabic)", "published": "2025-04-16"}),

    ("enDN5_where_was_ghaani", "en",
     "LONDON - For a fortnight in October 2024 the most-asked question in the Middle East was not "
     "who would lead Hezbollah but where Esmail Ghaani was. The Quds Force commander had not been "
     "seen since Hassan Nasrallah was killed on September 27th, and the rumours multiplied: that he "
     "had been in the bunker, that he was under investigation in Tehran, that he had suffered a "
     "heart attack.\n"
     "The truth was duller. Ghaani resurfaced on October 14th at a ceremony in Tehran for Abbas "
     "Nilforoushan, the Guards' deputy commander for operations, who had died alongside Nasrallah. "
     "Israel said it had killed the Hezbollah leader in a strike on the group's headquarters; it "
     "made no specific claim about the Iranian general.\n"
     "In the interval Mohammad Bagher Ghalibaf, the speaker of Iran's parliament, had flown himself "
     "to Beirut and, on October 12th, held talks with Nabih Berri and with the caretaker prime "
     "minister, Najib Mikati. He did not meet Naim Qassem, then still Hezbollah's deputy leader.\n"
     "Ghaani's relationship with Nasrallah never matched Qasem Soleimani's. Lebanese officials say "
     "the two met in Beirut only a handful of times, the first in early 2020, weeks after Ghaani "
     "succeeded Soleimani.\n"
     "Israel also said it had killed Suhail Hussein Husseini, head of Hezbollah's headquarters "
     "command, on October 8th, a reminder that the men being targeted were Lebanese, whatever the "
     "rumours about the Iranians.",
     [("LEADS", Q, QF, "The Quds Force commander"),
      ("MEMBER_OF", NILF, IRGC, "the Guards' deputy commander for operations"),
      ("ASSASSINATED_BY", NAS, ISR, "Israel said it had killed the Hezbollah leader", "2024-09-27"),
      ("LEADS", NAS, HZB, "Israel said it had killed the Hezbollah leader"),
      ("LEADS", GHAL, "organization:iranian-parliament", "the speaker of Iran's parliament"),
      ("VISITED", GHAL, "location:beirut", "had flown himself", "2024-10-12"),
      ("MET_WITH", GHAL, BERRI, "held talks with Nabih Berri", "2024-10-12"),
      ("MET_WITH", GHAL, MIK, "with the caretaker prime", "2024-10-12"),
      ("LEADS", MIK, LGOV, "with the caretaker prime"),
      ("MEMBER_OF", QAS, HZB, "then still Hezbollah's deputy leader"),
      ("MET_WITH", Q, NAS, "the two met in Beirut", "2020"),
      ("VISITED", Q, "location:beirut", "the two met in Beirut", "2020"),
      ("SUCCESSOR_OF", Q, SOL, "weeks after Ghaani succeeded Soleimani", "2020-01-03"),
      ("ASSASSINATED_BY", HUSS, ISR, "Israel also said it had killed Suhail", "2024-10-08"),
      ("MEMBER_OF", HUSS, HZB, "head of Hezbollah's headquarters"),
      ],
     {"source": "blind set (feature)", "published": "2024-10-20"}),

    ("arDN6_trump_sharaa_riyadh_barrack", "ar",
     "الرياض - في مشهد لم يكن أحد يتخيله قبل ستة أشهر فقط، صافح الرئيس الأميركي دونالد ترامب "
     "الرئيس السوري أحمد الشرع في الرياض صباح 14 أيار 2025، في لقاء استمر أكثر من نصف ساعة بحضور "
     "ولي العهد السعودي الأمير محمد بن سلمان، فيما شارك الرئيس التركي رجب طيب أردوغان عبر الاتصال "
     "المرئي.\n"
     "وكان ترامب قد أعلن قبل يوم رفع العقوبات عن سوريا، ووصف الشرع بعد الاجتماع بأنه «شاب جذاب "
     "وقوي وله ماضٍ قوي».\n"
     "وبعد عشرة أيام، اجتمع المبعوث الأميركي الخاص إلى سوريا توم براك مع الشرع في إسطنبول، بحضور "
     "وزير الخارجية التركي هاكان فيدان، ثم زار دمشق في 29 أيار حيث رفع العلم الأميركي فوق مقر "
     "إقامة السفير المغلق منذ 2012.\n"
     "وفي 5 تموز، حلّ وزير الخارجية البريطاني ديفيد لامي ضيفاً على الشرع في دمشق، في أول زيارة "
     "لوزير بريطاني منذ أربعة عشر عاماً، وأجرى مباحثات مع نظيره أسعد الشيباني تناولت إعادة فتح "
     "السفارة.\n"
     "أما الرئيس الروسي فلاديمير بوتين، الذي منح الأسد اللجوء، فلم يلتقِ الشرع بعد، وإن كانت "
     "موسكو قد وجّهت إليه دعوة لزيارتها. ويرى دبلوماسيون أن الشرع يريد أن يصل إلى الكرملين وفي "
     "جيبه ما يكفي من الأوراق الغربية.",
     [("MET_WITH", TRUMP, SHARAA, "صافح الرئيس الأميركي دونالد ترامب", "2025-05-14"),
      ("LEADS", TRUMP, US, "صافح الرئيس الأميركي دونالد ترامب"),
      ("LEADS", SHARAA, SYRIA, "الرئيس السوري أحمد الشرع"),
      ("VISITED", TRUMP, "location:riyadh", "أحمد الشرع في الرياض", "2025-05-14"),
      ("VISITED", SHARAA, "location:riyadh", "أحمد الشرع في الرياض", "2025-05-14"),
      ("MET_WITH", MBS, TRUMP, "بحضور ولي العهد السعودي", "2025-05-14"),
      ("MET_WITH", MBS, SHARAA, "بحضور ولي العهد السعودي", "2025-05-14"),
      ("LEADS", ERD, "country:turkey", "الرئيس التركي رجب"),
      ("MET_WITH", BARRACK, SHARAA, "اجتمع المبعوث الأميركي الخاص", "2025-05-24"),
      ("VISITED", BARRACK, "location:istanbul", "مع الشرع في إسطنبول", "2025-05-24"),
      ("VISITED", SHARAA, "location:istanbul", "مع الشرع في إسطنبول", "2025-05-24"),
      ("MET_WITH", FIDAN, BARRACK, "وزير الخارجية التركي هاكان", "2025-05-24"),
      ("MET_WITH", FIDAN, SHARAA, "وزير الخارجية التركي هاكان", "2025-05-24"),
      ("LEADS", FIDAN, TFM, "وزير الخارجية التركي هاكان"),
      ("VISITED", BARRACK, "location:damascus", "ثم زار دمشق في 29 أيار", "2025-05-29"),
      ("MET_WITH", LAMMY, SHARAA, "ضيفاً على الشرع في دمشق", "2025-07-05"),
      ("VISITED", LAMMY, "location:damascus", "ضيفاً على الشرع في دمشق", "2025-07-05"),
      ("LEADS", LAMMY, "organization:uk-foreign-office", "وزير الخارجية البريطاني"),
      ("MET_WITH", LAMMY, SHAI, "وأجرى مباحثات مع نظيره", "2025-07-05"),
      ("LEADS", SHAI, SFM, "نظيره أسعد الشيباني"),
      ("LEADS", PUTIN, "country:russia", "الرئيس الروسي فلاديمير"),
      ],
     {"source": "blind set (Arabic analysis)", "published": "2025-07-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDN")
