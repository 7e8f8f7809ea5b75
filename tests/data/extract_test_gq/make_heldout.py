"""Blind set GQ: Iran's allies and rivals around the region 2020-2025, outside Iraq, in
analysis/feature style (English and Arabic): Iran's generals killed in Damascus 2023-2024 and
Amir-Abdollahian received by Assad; Oman's mediation between the Houthis, the UN envoy and Tehran;
Lebanon's new president, prime minister, army commander and the US envoys who followed one another;
the Houthi chief of staff al-Ghamari and his successor al-Madani (Oct 2025); Amir-Abdollahian's
February 2024 tour and the chain of Iranian foreign ministers after his death; Ali Larijani's
appointment to the Supreme National Security Council and his Beirut visit (Aug 2025).
Style: long sentences, reported speech, analysts and diplomats quoted, descriptions ("the envoy",
"المسؤول الإيراني"); killings whose authors are not named, a denied contact, a declined meeting, a
candidate who withdrew, unconfirmed reports of a meeting.
Spellings: Sayyed Razi Moussavi, Qassem Suleimani, Hossein Amirabdollahian, Faisal al-Miqdad,
عبدالسلام, البوسعيدي, عبدالملك, پزشكيان, جوزاف عون.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gr import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SYR, ISR, LEB, QAT = ("country:iran", "country:syria", "country:israel", "country:lebanon",
                            "country:qatar")
IRFM, SYFM, LEBFM, OMFM = ("organization:iranian-foreign-ministry", "organization:syrian-foreign-ministry",
                           "organization:lebanese-foreign-ministry", "organization:omani-foreign-ministry")
LGOV, LPARL, LARMY = ("organization:lebanese-government", "organization:lebanese-parliament",
                      "organization:lebanese-army")
HOU, HGOV, HGS, HEZ = ("organization:houthis", "organization:houthi-government",
                       "organization:houthi-general-staff", "organization:hezbollah")
IRGC, QF = "organization:irgc", "organization:quds-force"
RAZI, OMID, ZAH, HAJR, AKB = ("person:razi-mousavi", "person:sadegh-omidzadeh", "person:mohammad-reza-zahedi",
                              "person:mohammad-hadi-haji-rahimi", "person:hossein-akbari")
AAB, ASSAD, MEKD = "person:hossein-amir-abdollahian", "person:bashar-al-assad", "person:faisal-mekdad"
GRUND, ABDS, BUSA, LEND, ARAG, KHAJI = ("person:hans-grundberg", "person:mohammed-abdulsalam",
                                        "person:badr-albusaidi", "person:tim-lenderking",
                                        "person:abbas-araghchi", "person:ali-asghar-khaji")
JAOUN, MAOUN, FRANG, NSALAM, MIKATI = ("person:joseph-aoun", "person:michel-aoun", "person:suleiman-frangieh",
                                       "person:nawaf-salam", "person:najib-mikati")
HOCH, BERRI, ORT, HAYK, RAAD = ("person:amos-hochstein", "person:nabih-berri", "person:morgan-ortagus",
                                "person:rodolphe-haykal", "person:mohammad-raad")
GHAM, MADANI, KATZ, ATIFI, AMH = ("person:mohammed-al-ghamari", "person:yousef-al-madani",
                                  "person:israel-katz", "person:mohammed-al-atifi",
                                  "person:abdul-malik-al-houthi")
NASR, TAMIM, HANI, RAISI, BAGH, PEZ = ("person:hassan-nasrallah", "person:tamim-bin-hamad-al-thani",
                                       "person:ismail-haniyeh", "person:ebrahim-raisi",
                                       "person:ali-bagheri-kani", "person:masoud-pezeshkian")
LARI, AHMAD, RAJJI, QASSEM = ("person:ali-larijani", "person:ali-akbar-ahmadian", "person:youssef-rajji",
                              "person:naim-qassem")
SNSC = "organization:supreme-national-security-council"

ARTICLES = [
    ("enGQ1_iran_generals_damascus", "en",
     "For nearly four years, Iran's commanders in Syria lived with the knowledge that the villas and "
     "compounds they used around Damascus were being watched. Sayyed Razi Moussavi, a veteran "
     "Revolutionary Guards logistics officer who had worked for years alongside Qassem Suleimani, was "
     "killed on December 25, 2023, when missiles struck his home in Sayyida Zaynab; the Guards blamed "
     "Israel, which, as is its habit, declined to comment.\n"
     "Less than a month later, a strike on a building in the Mazzeh district killed five Guards members, "
     "among them Sadegh Omidzadeh, described by Iranian media as the Quds Force's intelligence deputy in "
     "Syria.\n"
     "The heaviest blow came on April 1, 2024, when the consular annex of the Iranian embassy was "
     "flattened, killing Brigadier General Mohammad-Reza Zahedi, who commanded the Quds Force in Syria "
     "and Lebanon, and his deputy, Mohammad Hadi Haji Rahimi.\n"
     "Tehran's ambassador, Hossein Akbari, said he had been in his residence next door and spoke of \"a "
     "violation of every diplomatic convention\", while Israel, once again, neither confirmed nor denied "
     "a role.\n"
     "A week later Foreign Minister Hossein Amirabdollahian flew to Damascus, opened a new consular "
     "building and was received, together with his Syrian counterpart Faisal al-Miqdad, by Bashar "
     "al-Assad, who, according to his office, told the visitor that the aggression \"will not go "
     "unanswered\".",
     [("MEMBER_OF", RAZI, IRGC, "a veteran Revolutionary Guards logistics officer"),
      ("MEMBER_OF", OMID, QF, "the Quds Force's intelligence deputy"),
      ("MEMBER_OF", ZAH, QF, "who commanded the Quds Force in Syria"),
      ("MEMBER_OF", HAJR, QF, "and his deputy, Mohammad Hadi"),
      ("VISITED", AAB, "location:damascus", "flew to Damascus", "2024-04-08"),
      ("LEADS", AAB, IRFM, "Foreign Minister Hossein Amirabdollahian"),
      ("MET_WITH", AAB, ASSAD, "was received, together with", "2024-04-08"),
      ("MET_WITH", AAB, MEKD, "was received, together with", "2024-04-08"),
      ("MET_WITH", MEKD, ASSAD, "was received, together with", "2024-04-08"),
      ("LEADS", MEKD, SYFM, "his Syrian counterpart Faisal al-Miqdad"),
      ],
     {"source": "blind set (feature, English)", "published": "2024-04-20"}),

    ("arGQ2_muscat_channel_yemen", "ar",
     "تبدو مسقط، في نظر كثير من الدبلوماسيين الغربيين، الممرَّ الإلزامي لأي تسوية في اليمن؛ فقد التقى "
     "المبعوث الأممي هانس غروندبرغ في العاصمة العُمانية، مطلع يناير 2024، كبيرَ مفاوضي الحوثيين محمد "
     "عبدالسلام، وبحث معه، وفق بيان لمكتبه، \"خريطة الطريق\" التي رعتها الرياض ومسقط.\n"
     "وبعد أسابيع، استقبل وزير الخارجية العُماني السيد بدر بن حمد البوسعيدي عبدالسلامَ مرة أخرى، وقال "
     "مصدر مطّلع إن الوزير نقل إليه رسائل أميركية تتعلق بالملاحة في البحر الأحمر.\n"
     "غير أن واشنطن نفت مراراً أن يكون مبعوثها تيم ليندركينغ قد جلس وجهاً لوجه مع ممثلي الجماعة، مؤكدة "
     "أن الاتصالات تجري \"عبر الأشقاء العُمانيين\" حصراً.\n"
     "أما طهران فلم تُخفِ قنواتها: ففي زيارته لمسقط في أكتوبر 2024 اجتمع وزير الخارجية عباس عراقجي "
     "بالبوسعيدي، ثم عقد لقاءً منفصلاً مع عبدالسلام قالت وكالة إرنا إنه تناول \"التطورات في غزة "
     "ولبنان\".\n"
     "ويرى مساعد وزير الخارجية الإيراني للشؤون السياسية الخاصة علي أصغر خاجي، في تصريحات أدلى بها من "
     "طهران، أن \"الدور العُماني لا بديل له\"، وهو ما يكرره المسؤول الإيراني في كل مناسبة.",
     [("MET_WITH", GRUND, ABDS, "فقد التقى المبعوث الأممي", "2024-01"),
      ("VISITED", GRUND, "location:muscat", "في العاصمة العُمانية", "2024-01"),
      ("MEMBER_OF", ABDS, HOU, "كبيرَ مفاوضي الحوثيين"),
      ("MET_WITH", BUSA, ABDS, "استقبل وزير الخارجية العُماني", "2024"),
      ("LEADS", BUSA, OMFM, "وزير الخارجية العُماني السيد"),
      ("VISITED", ARAG, "location:muscat", "ففي زيارته لمسقط", "2024-10"),
      ("MET_WITH", ARAG, BUSA, "اجتمع وزير الخارجية عباس عراقجي", "2024-10"),
      ("LEADS", ARAG, IRFM, "اجتمع وزير الخارجية عباس عراقجي"),
      ("MET_WITH", ARAG, ABDS, "ثم عقد لقاءً منفصلاً", "2024-10"),
      ("MEMBER_OF", KHAJI, IRFM, "مساعد وزير الخارجية الإيراني للشؤون"),
      ],
     {"source": "blind set (analysis, Arabic)", "published": "2024-11-10"}),

    ("enGQ3_lebanon_new_order_envoys", "en",
     "When Lebanon's parliament finally elected army commander Joseph Aoun as president on January 9, "
     "2025, it ended a vacancy of more than two years and, in the words of one Western diplomat, \"closed "
     "the era of the veto\". Aoun succeeded Michel Aoun, no relation, whose term had expired in October "
     "2022; Suleiman Frangieh, for years the candidate Hezbollah preferred, had stepped aside days before "
     "the vote.\n"
     "Within days the judge Nawaf Salam was designated to form a government, replacing the caretaker "
     "premier Najib Mikati, and his cabinet won a confidence vote in February.\n"
     "Washington's envoys have shuttled in and out since: Amos Hochstein spent hours with Speaker Nabih "
     "Berri in November 2024 to finalise the ceasefire text, and his successor on the file, deputy "
     "special envoy Morgan Ortagus, was received by Aoun at Baabda in April.\n"
     "At the barracks, Rodolphe Haykal, a brigadier general from the operations staff, was appointed "
     "army commander in March to replace the new president at Yarze.\n"
     "Hezbollah's parliamentary bloc leader, Mohammad Raad, is said to have sought a meeting with the "
     "American envoy; her office denied there had been any contact.",
     [("LEADS", JAOUN, LEB, "elected army commander Joseph Aoun as president"),
      ("LEADS", JAOUN, LARMY, "elected army commander Joseph Aoun"),
      ("SUCCESSOR_OF", JAOUN, MAOUN, "Aoun succeeded Michel Aoun", "2025-01-09"),
      ("LEADS", NSALAM, LGOV, "Nawaf Salam was designated"),
      ("SUCCESSOR_OF", NSALAM, MIKATI, "replacing the caretaker premier", "2025-01"),
      ("LEADS", MIKATI, LGOV, "the caretaker premier Najib Mikati"),
      ("MET_WITH", HOCH, BERRI, "spent hours with Speaker Nabih Berri", "2024-11"),
      ("LEADS", BERRI, LPARL, "Speaker Nabih Berri"),
      ("SUCCESSOR_OF", ORT, HOCH, "his successor on the file", "2025"),
      ("MET_WITH", ORT, JAOUN, "was received by Aoun at Baabda", "2025-04"),
      ("VISITED", ORT, "location:baabda-palace", "was received by Aoun at Baabda", "2025-04"),
      ("SUCCESSOR_OF", HAYK, JAOUN, "was appointed army commander in March", "2025-03"),
      ("LEADS", HAYK, LARMY, "was appointed army commander in March"),
      ("MEMBER_OF", RAAD, HEZ, "Hezbollah's parliamentary bloc leader"),
      ("LEADS", RAAD, "organization:loyalty-to-the-resistance-bloc", "parliamentary bloc leader, Mohammad Raad"),
      ],
     {"source": "blind set (analysis, English)", "published": "2025-05-01"}),

    ("arGQ4_ghamari_madani_houthi_staff", "ar",
     "لم يكن إعلان الحوثيين، في منتصف أكتوبر 2025، مقتلَ رئيس هيئة الأركان العامة اللواء محمد "
     "عبدالكريم الغماري مفاجئاً لمن تابع الغموض الذي أحاط بمصيره منذ الغارات الإسرائيلية على صنعاء أواخر "
     "أغسطس.\n"
     "فقد قال بيان الجماعة إن الغماري \"ارتقى شهيداً\" متأثراً بإصابته في \"العدوان الصهيوني\"، بينما كان "
     "وزير الدفاع الإسرائيلي يسرائيل كاتس قد تبنّى استهدافه، متوعداً بأن \"يلحق به\" باقي قادة الجماعة.\n"
     "وأعلن المجلس السياسي الأعلى في البيان ذاته تعيين اللواء يوسف حسن المداني رئيساً لهيئة الأركان "
     "خلفاً للغماري، وهو قائد عسكري برز في جبهات الساحل الغربي وتصنّفه واشنطن على لوائح العقوبات.\n"
     "ويرى مراقبون أن وزير الدفاع في حكومة صنعاء اللواء محمد ناصر العاطفي بات، مع المداني، الواجهة "
     "العسكرية الأبرز للجماعة، وإن كان القرار النهائي يبقى بيد زعيمها عبدالملك الحوثي.\n"
     "وتداولت وسائل إعلام خليجية أنباء عن لقاء جمع المداني بضباط من الحرس الثوري الإيراني في صعدة، وهو "
     "ما نفاه مصدر عسكري في صنعاء جملة وتفصيلاً.",
     [("LEADS", GHAM, HGS, "رئيس هيئة الأركان العامة اللواء"),
      ("ATTACKED", ISR, "location:sanaa", "الغارات الإسرائيلية على صنعاء", "2025-08"),
      ("ASSASSINATED_BY", GHAM, ISR, "قد تبنّى استهدافه", "2025-08"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "وزير الدفاع الإسرائيلي يسرائيل"),
      ("SUCCESSOR_OF", MADANI, GHAM, "خلفاً للغماري", "2025-10"),
      ("LEADS", MADANI, HGS, "تعيين اللواء يوسف حسن المداني"),
      ("MEMBER_OF", ATIFI, HGOV, "وزير الدفاع في حكومة صنعاء"),
      ("LEADS", AMH, HOU, "بيد زعيمها عبدالملك الحوثي"),
      ],
     {"source": "blind set (analysis, Arabic)", "published": "2025-10-20"}),

    ("enGQ5_amirabdollahian_tour_successors", "en",
     "Hossein Amir-Abdollahian liked to call himself the diplomat of the \"axis\", and his travel log bore "
     "that out. In February 2024 he spent a day in Beirut, where he held separate talks with caretaker "
     "Prime Minister Najib Mikati and Speaker Nabih Berri and then, according to Hezbollah's al-Manar, "
     "sat for more than two hours with Sayyed Hassan Nasrallah, before driving on to Damascus, where "
     "President Bashar al-Assad received him.\n"
     "The next stop was Doha: Emir Tamim bin Hamad Al Thani received him there, and he met the Hamas "
     "political chief Ismail Haniyeh at the movement's office.\n"
     "On May 19 Amir-Abdollahian died alongside President Ebrahim Raisi when their helicopter came down in "
     "fog over the mountains of East Azerbaijan; a military inquiry found no sign of sabotage.\n"
     "His deputy for political affairs, Ali Bagheri Kani, was named acting foreign minister in his place, "
     "and in August Abbas Araghchi took over the ministry from Bagheri under the new president, Masoud "
     "Pezeshkian.\n"
     "Haniyeh was killed in Tehran on July 31, in a blast whose authorship Israel long declined to "
     "discuss.",
     [("VISITED", AAB, "location:beirut", "he spent a day in Beirut", "2024-02-10"),
      ("MET_WITH", AAB, MIKATI, "held separate talks with caretaker", "2024-02-10"),
      ("MET_WITH", AAB, BERRI, "held separate talks with caretaker", "2024-02-10"),
      ("LEADS", MIKATI, "organization:lebanese-government", "caretaker Prime Minister Najib"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "Speaker Nabih Berri and then"),
      ("MET_WITH", AAB, NASR, "sat for more than two hours with", "2024-02-10"),
      ("VISITED", AAB, "location:damascus", "before driving on to Damascus", "2024-02"),
      ("MET_WITH", AAB, ASSAD, "President Bashar al-Assad received him", "2024-02"),
      ("LEADS", ASSAD, SYR, "President Bashar al-Assad received him"),
      ("VISITED", AAB, "location:doha", "The next stop was Doha", "2024-02"),
      ("MET_WITH", AAB, TAMIM, "Emir Tamim bin Hamad Al Thani received him", "2024-02"),
      ("LEADS", TAMIM, QAT, "Emir Tamim bin Hamad"),
      ("MET_WITH", AAB, HANI, "he met the Hamas political chief", "2024-02"),
      ("LEADS", HANI, "organization:hamas-political-bureau", "the Hamas political chief Ismail"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raisi"),
      ("SUCCESSOR_OF", BAGH, AAB, "was named acting foreign minister in his place", "2024-05-20"),
      ("LEADS", BAGH, IRFM, "was named acting foreign minister in his place"),
      ("SUCCESSOR_OF", ARAG, BAGH, "took over the ministry from Bagheri", "2024-08"),
      ("LEADS", ARAG, IRFM, "took over the ministry from Bagheri"),
      ("LEADS", PEZ, IRAN, "the new president, Masoud"),
      ],
     {"source": "blind set (analysis, English)", "published": "2024-09-15"}),

    ("arGQ6_larijani_snsc_beirut", "ar",
     "عاد علي لاريجاني إلى الواجهة من بوابة الأمن القومي: ففي مطلع أغسطس 2025 عيّنه الرئيس مسعود "
     "پزشكيان أميناً للمجلس الأعلى للأمن القومي خلفاً لعلي أكبر أحمديان، بعد أسابيع من الحرب التي استمرت "
     "اثني عشر يوماً مع إسرائيل.\n"
     "وكانت بيروت من أولى محطاته؛ إذ استقبله الرئيس اللبناني جوزاف عون في قصر بعبدا في 13 أغسطس، "
     "وأسمعه، بحسب بيان الرئاسة، أن قرار السلم والحرب \"بيد الدولة وحدها\".\n"
     "ثم التقى لاريجاني رئيس البرلمان نبيه بري في عين التينة، ورئيس الحكومة نواف سلام الذي قال مكتبه إن "
     "اللقاء تناول \"احترام السيادة\".\n"
     "في المقابل، أعلن وزير الخارجية يوسف رجي أنه لن يلتقي المسؤول الإيراني، معتبراً أن تصريحات طهران "
     "الأخيرة \"تدخّل سافر\".\n"
     "وتحدثت مواقع إخبارية عن اجتماع بعيد عن الأضواء بين الضيف والأمين العام لحزب الله نعيم قاسم، من "
     "دون أن يؤكده أيٌّ من الطرفين.",
     [("SUCCESSOR_OF", LARI, AHMAD, "خلفاً لعلي أكبر أحمديان", "2025-08"),
      ("LEADS", LARI, SNSC, "أميناً للمجلس الأعلى للأمن القومي"),
      ("LEADS", PEZ, IRAN, "عيّنه الرئيس مسعود"),
      ("VISITED", LARI, "location:beirut", "وكانت بيروت من أولى محطاته", "2025-08-13"),
      ("MET_WITH", LARI, JAOUN, "إذ استقبله الرئيس اللبناني", "2025-08-13"),
      ("LEADS", JAOUN, LEB, "الرئيس اللبناني جوزاف عون"),
      ("VISITED", LARI, "location:baabda-palace", "في قصر بعبدا في 13 أغسطس", "2025-08-13"),
      ("MET_WITH", LARI, BERRI, "ثم التقى لاريجاني رئيس البرلمان", "2025-08-13"),
      ("LEADS", BERRI, LPARL, "رئيس البرلمان نبيه بري"),
      ("VISITED", LARI, "location:ain-el-tineh", "في عين التينة", "2025-08-13"),
      ("MET_WITH", LARI, NSALAM, "ورئيس الحكومة نواف سلام", "2025-08-13"),
      ("LEADS", NSALAM, LGOV, "ورئيس الحكومة نواف سلام"),
      ("LEADS", RAJJI, LEBFM, "أعلن وزير الخارجية يوسف رجي"),
      ("LEADS", QASSEM, HEZ, "والأمين العام لحزب الله نعيم"),
      ],
     {"source": "blind set (analysis, Arabic)", "published": "2025-08-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGQ")
