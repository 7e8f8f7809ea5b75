"""Blind set NK: Lebanon in 2025 (first folder of NK-NL): Joseph Aoun's designation of Nawaf Salam after
the binding consultations (January 2025), Morgan Ortagus's first visit to Baabda, Ain el-Tineh and Salam
(February 2025), the Israeli strike in Haret Hreik that killed Haytham Ali Tabatabai (November 2025), Tom
Barrack's and Ortagus's round of the three presidents after the cabinet's decision on the state's monopoly
of arms (August 2025), the funeral of Hassan Nasrallah and Hashem Safieddine and Aoun's reception of the
Iranian delegation (February 2025), and Jean-Yves Le Drian's round of the three presidents and his meeting
with Yazid bin Farhan, as Lebanon's state agency writes it in English (NNA-like: "BAABDA, Jan. 13 (NNA) -",
"President of the Republic, General Joseph Aoun"), a Lebanese news site in Arabic (Elnashra-like: "اليوم
الجمعة", "من منبر القصر"), a pro-Israeli US wire in English (JNS-like: "eliminates", "the terror group"),
a Lebanese TV site in Arabic (Al Jadeed-like: "صباح اليوم", "الموفد الأميركي توم برّاك"), a US wire in
English (UPI-like: "BEIRUT, Feb. 23 (UPI) --") and a Beirut daily in Arabic (Nidaa al-Watan-like:
"جال ... على الرؤساء الثلاثة", "وعلمت «نداء الوطن»").
Pieces: Aoun designates Salam, who replaces Mikati; Berri and Raad meet Aoun in the consultations; Joseph
Aoun elected to succeed Michel Aoun (English, NK1); Aoun receives Ortagus with ambassador Johnson, Ortagus
meets Berri and then Salam (Arabic, NK2); the IDF kills Tabatabai, who had taken over from Shukr, whom the
IDF killed (English, NK3); Aoun receives Barrack and Ortagus with Johnson present, the two envoys meet
Salam and Berri (Arabic, NK4); the funeral of Nasrallah "killed by Israeli bombs", Qassem chosen to succeed
him, Aoun receives Ghalibaf and Araghchi (English, NK5); Le Drian meets Aoun, Berri and Salam, and had met
Yazid bin Farhan in the presence of the French ambassador (Arabic, NK6).
Excluded on purpose (no relation): Mikati's congratulation call to Salam (NK1); the Hezbollah officials
Ortagus did not meet (NK2); Ibrahim Aqil "killed in a Beirut strike" (no agent in this piece), the
unnamed dead of the Bint Jbeil strike, Netanyahu who "ordered the strike" (the killing is the IDF's) (NK3);
the envoys' planned return with members of Congress, no meeting with the party's leadership (NK4);
Safieddine, who "died in an airstrike" (no agent), Qassem, who did not attend (NK5); Macron's phone call to
Aoun, Le Drian's postponed meeting with Raad (NK6).
Judgement calls: "met the President" in the consultations is a meeting (NK1 Berri); "After meeting President
Aoun" (NK1 Raad); "يرافقها" an ambassador: the ambassador is paired with the host, not with her own envoy
(NK2, as MU's "in the presence of"); "استقبل X وY" together is a meeting of the three, the ambassador "في
حضور" is paired with the host only (NK4, as NG6 and MU); "received the two men" is a meeting of the three
(NK5); "took over ... from Fuad Shukr" is a succession (NK3); "Salam replaces ... Mikati" is a succession
(NK1); "killed by Israeli bombs" gives the victim -> country:israel (NK5, as NG1); a minister LEADS a
ministry only where the ministry has an id in the gazetteer (no Lebanese ministry has one); a prime minister
LEADS the country (as NC's Netanyahu); "who once led the Radwan Force" is LEADS (as NC1's HTS).
Filled in for the exercise: the length of Berri's meeting, Raad's wording (NK1); Johnson's presence (NK2);
the four other dead and the Bint Jbeil strike (NK3); Johnson's presence, the planned return (NK4); the
stadium overflight statement attributed to Katz (NK5); the date of Le Drian's round, the meeting at the Pine
Residence, Magro's presence, Macron's call and the postponed Raad meeting (NK6).
Spellings: "Nabih Birri", "General Joseph Aoun" beside "Michel Aoun" (NK1); "مورغان أورتاغوس", "جوزاف عون"
(NK2); "Abu Ali al-Tabtabai", "Lt. Gen. Eyal Zamir" (NK3); "جوزيف عون", "توم برّاك", "الشيخ نعيم قاسم" (NK4);
"Hassan Nasrullah", "Hashem Safi al-Din", "Naim Kassem", "Mohammad Bagher Qalibaf", "Abbas Araqchi" (NK5);
"جان إيف لودريان", "نبيه برّي", "يزيد بن فرحان", "هيرفيه ماغرو" (NK6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_nl import ALL  # noqa: E402

HERE = Path(__file__).parent

LEBANON, ISRAEL, FRANCE = "country:lebanon", "country:israel", "country:france"
BEIRUT = "location:beirut"
HEZ, PARL, LOYALTY, RADWAN, IDF = (
    "organization:hezbollah", "organization:lebanese-parliament", "organization:loyalty-to-the-resistance-bloc",
    "organization:radwan-force", "organization:israel-defense-forces")
IRPARL, IRFM, SAUFM = ("organization:iranian-parliament", "organization:iranian-foreign-ministry",
                       "organization:saudi-foreign-ministry")
AOUN, MAOUN, SALAM, MIKATI, BERRI, RAAD, FADLALLAH = (
    "person:joseph-aoun", "person:michel-aoun", "person:nawaf-salam", "person:najib-mikati",
    "person:nabih-berri", "person:mohammad-raad", "person:hassan-fadlallah")
QASSEM, NASRALLAH, TABATABAI, SHUKR = (
    "person:naim-qassem", "person:hassan-nasrallah", "person:haytham-ali-tabatabai", "person:fuad-shukr")
ORTAGUS, BARRACK, JOHNSON, LEDRIAN, MAGRO, YAZID, MACRON = (
    "person:morgan-ortagus", "person:tom-barrack", "person:lisa-johnson", "person:jean-yves-le-drian",
    "person:herve-magro", "person:yazid-bin-farhan", "person:emmanuel-macron")
GHALIBAF, ARAGHCHI, NETANYAHU, ZAMIR = (
    "person:mohammad-bagher-ghalibaf", "person:abbas-araghchi", "person:benjamin-netanyahu", "person:eyal-zamir")

NNA = "blind set (Lebanese state news agency, English service, NNA-like)"
NASHRA = "blind set (Lebanese news site, Arabic, Elnashra-like)"
JNS = "blind set (pro-Israeli US news wire, English, JNS-like)"
JADEED = "blind set (Lebanese TV news site, Arabic, Al Jadeed-like)"
UPI = "blind set (US news wire, English, UPI-like)"
NIDAA = "blind set (Beirut daily, Arabic, Nidaa al-Watan-like)"

ARTICLES = [
    ("enNK1_aoun_designates_salam_nna", "en",
     "President Aoun designates Nawaf Salam to form new government\n"
     "BAABDA, Jan. 13 (NNA) - President of the Republic, General Joseph Aoun, on Monday designated Judge Nawaf "
     "Salam, the president of the International Court of Justice, to form the new government, after binding "
     "parliamentary consultations at Baabda Palace in which Salam was named by 84 of the 128 deputies.\n"
     "Salam replaces caretaker Prime Minister Najib Mikati, who obtained nine votes.\n"
     "House Speaker Nabih Birri was the first to arrive at the Palace, where he met the President for half an "
     "hour and left without making a statement.\n"
     "The Loyalty to the Resistance bloc, headed by MP Mohammad Raad, named no candidate. After meeting President "
     "Aoun, Raad told reporters that some parties were \"seeking fragmentation and exclusion\" and that the bloc "
     "had extended its hand only to see it \"cut off\".\n"
     "Aoun, the former army commander, was elected by Parliament on January 9 to succeed Michel Aoun, ending a "
     "presidential vacancy of more than two years.\n"
     "Salam, who is currently in The Hague, is expected to return to Beirut on Tuesday. Mikati called him to "
     "congratulate him, the caretaker premier's office said.",
     [("LEADS", AOUN, LEBANON, "President of the Republic, General Joseph Aoun"),
      ("SUCCESSOR_OF", SALAM, MIKATI, "Salam replaces caretaker Prime Minister", "2025-01-13"),
      ("LEADS", MIKATI, LEBANON, "caretaker Prime Minister Najib Mikati"),
      ("MET_WITH", BERRI, AOUN, "where he met the President for half an hour", "2025-01-13"),
      ("LEADS", BERRI, PARL, "House Speaker Nabih Birri"),
      ("LEADS", RAAD, LOYALTY, "headed by MP Mohammad Raad"),
      ("MET_WITH", RAAD, AOUN, "After meeting President Aoun", "2025-01-13"),
      ("SUCCESSOR_OF", AOUN, MAOUN, "to succeed Michel Aoun", "2025-01-09"),
      ],
     {"source": NNA, "published": "2025-01-13"}),

    ("arNK2_ortagus_baabda_nashra", "ar",
     "أورتاغوس من بعبدا: حزب الله هُزم عسكرياً ولن يكون جزءاً من الحكومة\n"
     "النشرة\n"
     "التقى رئيس الجمهورية العماد جوزاف عون، اليوم الجمعة، في قصر بعبدا، نائبة المبعوث الأميركي الخاص إلى "
     "الشرق الأوسط مورغان أورتاغوس، يرافقها السفيرة الأميركية في لبنان ليزا جونسون، وجرى البحث في الوضع في "
     "الجنوب ومسار الانسحاب الإسرائيلي وتشكيل الحكومة.\n"
     "وقالت أورتاغوس من منبر القصر إن بلادها \"ممتنة لحليفتها إسرائيل لهزيمتها حزب الله\"، مضيفة أن واشنطن "
     "وضعت \"خطاً أحمر\" أمام مشاركة الحزب في الحكومة.\n"
     "وأصدر مكتب الإعلام في الرئاسة لاحقاً بياناً أشار فيه إلى أن \"بعض ما صدر عن الموفدة الأميركية من على "
     "منبر بعبدا يعبّر عن وجهة نظرها\"، وأن الرئاسة \"غير معنية به\".\n"
     "وانتقلت أورتاغوس بعد ذلك إلى عين التينة حيث اجتمعت برئيس مجلس النواب نبيه بري، ثم زارت الرئيس المكلف "
     "نواف سلام في دارته في قريطم.\n"
     "في المقابل، وصف النائب عن كتلة الوفاء للمقاومة حسن فضل الله كلامها بأنه \"تدخل سافر في الشؤون "
     "السيادية\".\n"
     "ولم تلتقِ الموفدة الأميركية أي مسؤول من حزب الله خلال زيارتها.",
     [("MET_WITH", AOUN, ORTAGUS, "نائبة المبعوث الأميركي الخاص", "2025-02-07"),
      ("MET_WITH", AOUN, JOHNSON, "يرافقها السفيرة الأميركية", "2025-02-07"),
      ("MET_WITH", ORTAGUS, BERRI, "حيث اجتمعت برئيس مجلس النواب", "2025-02-07"),
      ("MET_WITH", ORTAGUS, SALAM, "ثم زارت الرئيس المكلف", "2025-02-07"),
      ("LEADS", AOUN, LEBANON, "التقى رئيس الجمهورية العماد"),
      ("LEADS", BERRI, PARL, "برئيس مجلس النواب نبيه بري"),
      ("MEMBER_OF", FADLALLAH, LOYALTY, "النائب عن كتلة الوفاء للمقاومة"),
      ],
     {"source": NASHRA, "published": "2025-02-07"}),

    ("enNK3_idf_kills_tabatabai_jns", "en",
     "IDF eliminates Hezbollah chief of staff in Beirut strike\n"
     "JERUSALEM, Nov. 23, 2025 (JNS) - The Israel Defense Forces killed Hezbollah's de facto chief of staff, "
     "Haytham Ali Tabatabai, in a precision strike on a building in Beirut's Haret Hreik neighborhood on Sunday, "
     "the military announced.\n"
     "Prime Minister Benjamin Netanyahu ordered the strike on the recommendation of Defense Minister Israel Katz "
     "and IDF Chief of Staff Lt. Gen. Eyal Zamir, his office said.\n"
     "Hezbollah confirmed hours later that \"the great jihadi commander\" Abu Ali al-Tabtabai had been killed "
     "along with four other members.\n"
     "Tabatabai, who once led the Radwan Force, the terror group's elite unit, took over its military command "
     "from Fuad Shukr, whom the IDF killed in July 2024. Another senior commander, Ibrahim Aqil, was killed in a "
     "Beirut strike two months later. The U.S. State Department had offered a $5 million reward for "
     "information about Tabatabai.\n"
     "The strike was the first on the Lebanese capital in months. Lebanese President Joseph Aoun called on the "
     "international community to \"intervene seriously\" to stop the attacks.\n"
     "Separately, the Lebanese Health Ministry said one person was killed in a strike on a car in the southern "
     "town of Bint Jbeil.",
     [("ASSASSINATED_BY", TABATABAI, IDF, "The Israel Defense Forces killed Hezbollah", "2025-11-23"),
      ("MEMBER_OF", TABATABAI, HEZ, "Hezbollah's de facto chief of staff"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu ordered"),
      ("LEADS", ZAMIR, IDF, "IDF Chief of Staff Lt. Gen. Eyal Zamir"),
      ("LEADS", TABATABAI, RADWAN, "who once led the Radwan Force"),
      ("SUCCESSOR_OF", TABATABAI, SHUKR, "took over its military command"),
      ("ASSASSINATED_BY", SHUKR, IDF, "whom the IDF killed in July 2024", "2024-07-30"),
      ("LEADS", AOUN, LEBANON, "Lebanese President Joseph Aoun called"),
      ],
     {"source": JNS, "published": "2025-11-23"}),

    ("arNK4_barrack_ortagus_baabda_jadeed", "ar",
     "برّاك وأورتاغوس في بعبدا: على إسرائيل أن تلاقي الخطوة اللبنانية\n"
     "الجديد\n"
     "استقبل الرئيس جوزيف عون، صباح اليوم الاثنين، الموفد الأميركي توم برّاك والموفدة مورغان أورتاغوس، في "
     "حضور السفيرة ليزا جونسون، وتناول البحث قرار مجلس الوزراء حصر السلاح بيد الدولة والورقة الأميركية.\n"
     "وبعد اللقاء قال برّاك إن \"الحكومة اللبنانية قامت بالخطوة الأولى، والآن على إسرائيل أن تلاقيها بخطوة "
     "مماثلة\".\n"
     "ثم انتقل الموفدان إلى السراي الحكومي حيث عقدا اجتماعاً مع رئيس الحكومة نواف سلام، قبل أن يلتقيا رئيس "
     "المجلس النيابي نبيه بري في عين التينة.\n"
     "وكانت الحكومة قد كلّفت الجيش في 5 آب إعداد خطة لحصر السلاح قبل نهاية العام، وانسحب الوزراء الشيعة من "
     "جلسة لاحقة احتجاجاً.\n"
     "في المقابل، أكد الأمين العام لحزب الله الشيخ نعيم قاسم أن الحزب سيتعامل مع القرار \"كأنه غير موجود\"، "
     "فيما لم يُطرح أي لقاء بين الموفدين وقيادة الحزب.\n"
     "ومن المقرر أن يعود الموفدان إلى بيروت الأسبوع المقبل برفقة أعضاء في مجلس الشيوخ.",
     met_group({AOUN: "استقبل الرئيس جوزيف عون", BARRACK: "الموفد الأميركي توم برّاك",
                ORTAGUS: "والموفدة مورغان أورتاغوس"}, "2025-08-18") + [
      ("MET_WITH", JOHNSON, AOUN, "حضور السفيرة ليزا جونسون", "2025-08-18"),
      ("MET_WITH", BARRACK, SALAM, "حيث عقدا اجتماعاً مع رئيس الحكومة", "2025-08-18"),
      ("MET_WITH", ORTAGUS, SALAM, "نواف سلام، قبل أن يلتقيا", "2025-08-18"),
      ("MET_WITH", BARRACK, BERRI, "قبل أن يلتقيا رئيس", "2025-08-18"),
      ("MET_WITH", ORTAGUS, BERRI, "المجلس النيابي نبيه بري في عين التينة", "2025-08-18"),
      ("LEADS", AOUN, LEBANON, "الرئيس جوزيف عون، صباح"),
      ("LEADS", SALAM, LEBANON, "رئيس الحكومة نواف سلام"),
      ("LEADS", BERRI, PARL, "المجلس النيابي نبيه بري"),
      ("LEADS", QASSEM, HEZ, "الأمين العام لحزب الله الشيخ"),
      ],
     {"source": JADEED, "published": "2025-08-18"}),

    ("enNK5_nasrallah_funeral_upi", "en",
     "Tens of thousands attend Hezbollah funeral for Nasrallah, Safieddine\n"
     "BEIRUT, Feb. 23 (UPI) -- Tens of thousands of mourners packed a stadium on the edge of Beirut on Sunday for "
     "the funeral of Hezbollah leader Hassan Nasrullah, nearly five months after he was killed by Israeli bombs "
     "in the group's southern Beirut stronghold.\n"
     "The militant group also buried Hashem Safi al-Din, his cousin and presumed heir, who died in an airstrike "
     "on Oct. 3 before he could be named to the post.\n"
     "Israeli warplanes flew low over the Camille Chamoun Sports City Stadium during the ceremony, Defense "
     "Minister Israel Katz said in a statement.\n"
     "Naim Kassem, who was chosen as secretary-general in late October to succeed Nasrullah, did not attend and "
     "addressed the crowd in a recorded speech, vowing that \"the resistance is not over.\"\n"
     "Iran sent a delegation headed by parliament speaker Mohammad Bagher Qalibaf and Foreign Minister Abbas "
     "Araqchi. On Saturday, Lebanese President Joseph Aoun received the two men at Baabda Palace and told them "
     "Lebanon was \"tired of the wars of others on its land.\"\n"
     "Under the November ceasefire brokered by Washington and Paris, Israel was to withdraw from southern Lebanon "
     "by Jan. 26, but it has kept troops at five hilltop positions.",
     [("ASSASSINATED_BY", NASRALLAH, ISRAEL, "he was killed by Israeli bombs", "2024-09-27"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah leader Hassan Nasrullah"),
      ("SUCCESSOR_OF", QASSEM, NASRALLAH, "to succeed Nasrullah", "2024-10-29"),
      ("LEADS", QASSEM, HEZ, "who was chosen as secretary-general"),
      ("LEADS", GHALIBAF, IRPARL, "parliament speaker Mohammad Bagher Qalibaf"),
      ("LEADS", ARAGHCHI, IRFM, "Foreign Minister Abbas"),
      ("LEADS", AOUN, LEBANON, "Lebanese President Joseph Aoun"),
      ] + met_group({GHALIBAF: "delegation headed by parliament speaker", ARAGHCHI: "Araqchi. On Saturday",
                     AOUN: "received the two men"}, "2025-02-22"),
     {"source": UPI, "published": "2025-02-23"}),

    ("arNK6_le_drian_round_nidaa", "ar",
     "لودريان في بيروت: لا مؤتمر لإعادة الإعمار قبل الإصلاحات\n"
     "نداء الوطن\n"
     "جال الموفد الشخصي للرئيس الفرنسي جان إيف لودريان أمس على الرؤساء الثلاثة، فالتقى رئيس الجمهورية جوزاف "
     "عون في بعبدا، ثم رئيس مجلس النواب نبيه برّي في عين التينة، واختتم جولته في السراي بلقاء رئيس مجلس "
     "الوزراء نواف سلام.\n"
     "وعلمت \"نداء الوطن\" أن الموفد الفرنسي نقل رسالة واضحة مفادها أن باريس لن تدعو إلى مؤتمر دعم قبل إقرار "
     "قانون إصلاح المصارف.\n"
     "وكان لودريان قد اجتمع مساء الثلاثاء في قصر الصنوبر إلى المستشار في وزارة الخارجية السعودية يزيد بن "
     "فرحان، الذي يتولى الملف اللبناني في المملكة، بحضور السفير الفرنسي هيرفيه ماغرو.\n"
     "وفي سياق متصل، أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالاً هاتفياً بالرئيس عون، جرى خلاله عرض التطورات "
     "في الجنوب.\n"
     "وكان من المفترض أن يلتقي لودريان رئيس كتلة \"الوفاء للمقاومة\" النائب محمد رعد، إلا أن الموعد أُرجئ "
     "لأسباب لوجستية.",
     [("MET_WITH", LEDRIAN, AOUN, "فالتقى رئيس الجمهورية جوزاف", "2025-05-27"),
      ("MET_WITH", LEDRIAN, BERRI, "ثم رئيس مجلس النواب نبيه", "2025-05-27"),
      ("MET_WITH", LEDRIAN, SALAM, "بلقاء رئيس مجلس الوزراء", "2025-05-27"),
      ("MET_WITH", LEDRIAN, YAZID, "إلى المستشار في وزارة الخارجية السعودية", "2025-05-26"),
      ("MET_WITH", MAGRO, YAZID, "بحضور السفير الفرنسي", "2025-05-26"),
      ("MEMBER_OF", YAZID, SAUFM, "المستشار في وزارة الخارجية السعودية يزيد"),
      ("LEADS", AOUN, LEBANON, "رئيس الجمهورية جوزاف"),
      ("LEADS", BERRI, PARL, "رئيس مجلس النواب نبيه"),
      ("LEADS", SALAM, LEBANON, "رئيس مجلس الوزراء نواف"),
      ("LEADS", MACRON, FRANCE, "الرئيس الفرنسي إيمانويل ماكرون"),
      ("LEADS", RAAD, LOYALTY, "رئيس كتلة \"الوفاء للمقاومة\""),
      ],
     {"source": NIDAA, "published": "2025-05-28"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNK")
