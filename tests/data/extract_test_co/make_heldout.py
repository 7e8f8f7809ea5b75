"""Blind set CO: Hezbollah's leaders and Lebanon's new authorities, 2024-2025: Naim Kassem named
to succeed Nasrallah, with the Musawi precedent and Israel's claim on Safieddine (Reuters-style,
Oct 2024), President Joseph Aoun's first trip abroad to Riyadh and Cairo (Asharq Al-Awsat-style,
Mar 2025), Hochstein in Beirut after Israel killed Fuad Shukr, with the Haniyeh killing left
unclaimed (AP-style, Aug 2024), Larijani's Beirut tour, a foreign minister who declined to meet
him and a reported meeting with Qassem that was denied (Annahar-style, Aug 2025), Nasrallah's
funeral and the Iranian delegation received by Aoun (Reuters-style, Feb 2025), the U.S. envoys
and a senator in Baabda, Ain al-Tineh and the Serail on Hezbollah's disarmament (Al-Araby-style,
Aug 2025).
Style: wire and newspaper copy, en/ar alternating; lists of hosts for one delegation; "was
received by"; acting/elected successors; killings with a stated agent, with an unstated agent
and with an unclaimed one; a denied meeting, a declined meeting, planned meetings, phone calls.
Spellings: Kassem/Qassem, Safi al-Din/Safieddine, Araqchi, Qalibaf.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_co/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cq import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, HZB = "country:israel", "organization:hezbollah"
NAS, QAS, SAF = "person:hassan-nasrallah", "person:naim-qassem", "person:hashem-safieddine"
MUS = "person:abbas-al-musawi"
JAO, MAO, NSAL, MIK = "person:joseph-aoun", "person:michel-aoun", "person:nawaf-salam", "person:najib-mikati"
BERRI, RAJ, BOU = "person:nabih-berri", "person:youssef-rajji", "person:abdallah-bou-habib"
MBS, FBF, YAZ = "person:mohammed-bin-salman", "person:faisal-bin-farhan", "person:yazid-bin-farhan"
SISI, BUD = "person:abdel-fattah-al-sisi", "person:jasem-albudaiwi"
HOCH, SHUKR, HAN = "person:amos-hochstein", "person:fouad-shukr", "person:ismail-haniyeh"
LAR, AHM, SHAM = "person:ali-larijani", "person:ali-akbar-ahmadian", "person:ali-shamkhani"
AHK, HAY = "person:ali-hassan-khalil", "person:rodolphe-haykal"
GHA, ARA = "person:mohammad-bagher-ghalibaf", "person:abbas-araghchi"
BAR, ORT, GRA, RAAD = "person:tom-barrack", "person:morgan-ortagus", "person:lindsey-graham", "person:mohammad-raad"
BEI = "location:beirut"

ARTICLES = [
    ("enCO1_kassem_named_secretary_general", "en",
     "BEIRUT, Oct 29 (Reuters) - Hezbollah named its deputy leader Sheikh Naim Kassem as "
     "secretary-general on Tuesday, a month after Hassan Nasrallah was killed in an Israeli air "
     "strike on the group's headquarters in Beirut's southern suburbs. The group's Shura Council "
     "elected Kassem to succeed Nasrallah, according to a statement read on Al-Manar television.\n"
     "Kassem, 71, has been the group's number two since 1991, when he was appointed under Abbas "
     "al-Musawi. Musawi was killed the following year when Israeli helicopters attacked his convoy "
     "in the south, and Nasrallah replaced him at the age of 32.\n"
     "Hashem Safieddine, head of the Executive Council and long seen as Nasrallah's heir, was not "
     "in the running. Israel's military said last week it had killed Safieddine in a strike in "
     "early October; Hezbollah confirmed his death only on Wednesday.\n"
     "Sheikh Mohammad Yazbek, a senior member of the Shura Council, did not appear at the "
     "announcement. Kassem, who gave his last speeches from an undisclosed location, did not meet "
     "Iranian Foreign Minister Abbas Araqchi when Araqchi came to Beirut this month; Araqchi held "
     "talks with parliament speaker Nabih Berri and caretaker Prime Minister Najib Mikati.",
     [("LEADS", QAS, HZB, "as secretary-general"),
      ("SUCCESSOR_OF", QAS, NAS, "elected Kassem to succeed Nasrallah", "2024-10-29"),
      ("ASSASSINATED_BY", NAS, ISR, "killed in an Israeli air", "2024-09-27"),
      ("REPORTED_BY", HZB, "outlet:al-manar", "read on Al-Manar"),
      ("SUCCESSOR_OF", NAS, MUS, "Nasrallah replaced him", "1992-02"),
      ("ASSASSINATED_BY", MUS, ISR, "Israeli helicopters attacked his convoy", "1992-02-16"),
      ("LEADS", SAF, "organization:hezbollah-executive-council", "head of the Executive Council"),
      ("ASSASSINATED_BY", SAF, ISR, "it had killed Safieddine", "2024-10"),
      ("MEMBER_OF", "person:mohammad-yazbek", "organization:hezbollah-shura-council",
       "a senior member of the Shura Council"),
      ("LEADS", ARA, "organization:iranian-foreign-ministry", "Iranian Foreign Minister Abbas"),
      ("VISITED", ARA, BEI, "when Araqchi came to Beirut", "2024-10-04"),
      ("MET_WITH", ARA, BERRI, "Araqchi held talks", "2024-10-04"),
      ("MET_WITH", ARA, MIK, "caretaker Prime Minister Najib", "2024-10-04"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "parliament speaker Nabih Berri"),
      ("LEADS", MIK, "organization:lebanese-government", "caretaker Prime Minister Najib"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-10-29"}),

    ("arCO2_aoun_first_trip_riyadh", "ar",
     "الرياض - «الشرق الأوسط» - استقبل ولي العهد السعودي الأمير محمد بن سلمان، مساء الاثنين، "
     "الرئيس اللبناني جوزاف عون في قصر اليمامة بالرياض، في أول زيارة خارجية يقوم بها عون منذ "
     "انتخابه في التاسع من كانون الثاني خلفاً للرئيس ميشال عون، بعد شغور رئاسي دام أكثر من عامين. "
     "ورافق الرئيسَ وزيرُ الخارجية يوسف رجي، الذي حل محل عبد الله بو حبيب في حكومة الرئيس نواف سلام.\n"
     "وبحث الجانبان عودة الصادرات اللبنانية إلى المملكة وتثبيت وقف إطلاق النار في الجنوب. كما "
     "التقى رجي نظيره السعودي الأمير فيصل بن فرحان، وعقد اجتماعاً مع المبعوث السعودي إلى لبنان "
     "الأمير يزيد بن فرحان. ولم يلتقِ عون خلال الزيارة الملك سلمان بن عبد العزيز، بحسب مصادر الوفد.\n"
     "وانتقل عون بعدها إلى القاهرة للمشاركة في القمة العربية الطارئة، حيث اجتمع بالرئيس عبد الفتاح "
     "السيسي على هامش القمة، كما التقى الأمين العام لمجلس التعاون الخليجي جاسم البديوي.\n"
     "وكانت المملكة قد أوفدت وزير خارجيتها إلى بيروت في كانون الثاني، حيث استقبله عون في قصر "
     "بعبدا، في أول زيارة لوزير خارجية سعودي إلى لبنان منذ خمسة عشر عاماً.",
     [("MET_WITH", MBS, JAO, "استقبل ولي العهد السعودي", "2025-03-03"),
      ("LEADS", JAO, "country:lebanon", "الرئيس اللبناني جوزاف عون"),
      ("VISITED", JAO, "location:riyadh", "قصر اليمامة بالرياض", "2025-03-03"),
      ("SUCCESSOR_OF", JAO, MAO, "خلفاً للرئيس ميشال عون", "2025-01-09"),
      ("SUCCESSOR_OF", RAJ, BOU, "حل محل عبد الله بو حبيب", "2025-02-08"),
      ("MEMBER_OF", RAJ, "organization:lebanese-government", "وزيرُ الخارجية يوسف رجي"),
      ("LEADS", NSAL, "organization:lebanese-government", "في حكومة الرئيس نواف سلام"),
      ("MET_WITH", RAJ, FBF, "التقى رجي نظيره السعودي", "2025-03-03"),
      ("MET_WITH", RAJ, YAZ, "وعقد اجتماعاً مع المبعوث السعودي", "2025-03-03"),
      ("VISITED", JAO, "location:cairo", "وانتقل عون بعدها إلى القاهرة", "2025-03-04"),
      ("MET_WITH", JAO, SISI, "حيث اجتمع بالرئيس عبد الفتاح", "2025-03-04"),
      ("MET_WITH", JAO, BUD, "كما التقى الأمين العام لمجلس", "2025-03-04"),
      ("LEADS", BUD, "organization:gcc", "الأمين العام لمجلس التعاون الخليجي"),
      ("VISITED", FBF, BEI, "أوفدت وزير خارجيتها إلى بيروت", "2025-01-23"),
      ("MET_WITH", JAO, FBF, "حيث استقبله عون في قصر", "2025-01-23"),
      ],
     {"source": "blind set (Arabic daily-style)", "published": "2025-03-04"}),

    ("enCO3_hochstein_after_shukr", "en",
     "BEIRUT (AP) - U.S. envoy Amos Hochstein held talks with parliament speaker Nabih Berri and "
     "caretaker Prime Minister Najib Mikati in Beirut on Wednesday, two weeks after Israel killed "
     "senior Hezbollah commander Fuad Shukr in a strike on the Haret Hreik district of the capital's "
     "southern suburbs.\n"
     "Hochstein did not meet any Hezbollah official. Berri, whose Amal movement is allied with the "
     "group, has relayed messages between Washington and Hezbollah throughout the conflict. "
     "\"We continue to believe a diplomatic resolution is achievable,\" Hochstein told reporters "
     "after leaving Ain al-Tineh. He is expected to travel on to Cairo to meet Egyptian "
     "mediators.\n"
     "Shukr, whom Washington accused of helping plan the 1983 bombing of the Marine barracks in "
     "Beirut, was one of the closest military advisers to Hassan Nasrallah. Israel said he was "
     "behind a rocket strike on Majdal Shams in the Golan Heights that killed 12 children; Hezbollah "
     "denied any role.\n"
     "Hours after Shukr's death, Hamas political leader Ismail Haniyeh was killed in Tehran in an "
     "attack that Iran and Hamas blamed on Israel, which did not claim it at the time. Hezbollah "
     "lawmaker Ali Ammar, of the Loyalty to the Resistance bloc, told Al-Manar the group's response "
     "was \"inevitable\".",
     [("MET_WITH", HOCH, BERRI, "held talks with parliament speaker", "2024-08-14"),
      ("MET_WITH", HOCH, MIK, "caretaker Prime Minister Najib Mikati in Beirut", "2024-08-14"),
      ("VISITED", HOCH, BEI, "Mikati in Beirut on Wednesday", "2024-08-14"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "with parliament speaker Nabih"),
      ("LEADS", MIK, "organization:lebanese-government", "caretaker Prime Minister Najib Mikati in"),
      ("ASSASSINATED_BY", SHUKR, ISR, "after Israel killed", "2024-07-30"),
      ("MEMBER_OF", SHUKR, HZB, "senior Hezbollah commander Fuad"),
      ("LEADS", BERRI, "organization:amal-movement", "whose Amal movement"),
      ("LEADS", HAN, "organization:hamas", "Hamas political leader Ismail"),
      ("MEMBER_OF", "person:ali-ammar", "organization:loyalty-to-the-resistance-bloc",
       "of the Loyalty to the Resistance bloc"),
      ("MEMBER_OF", "person:ali-ammar", HZB, "lawmaker Ali Ammar"),
      ("REPORTED_BY", "person:ali-ammar", "outlet:al-manar", "told Al-Manar"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-08-14"}),

    ("arCO4_larijani_beirut_tour", "ar",
     "بيروت - «النهار» - استقبل رئيس الجمهورية جوزاف عون، الأربعاء، أمين المجلس الأعلى للأمن "
     "القومي الإيراني علي لاريجاني في قصر بعبدا، في مستهل زيارته إلى بيروت، وأبلغه أن «لبنان لا "
     "يقبل أي تدخل في شؤونه الداخلية» وأن قرار حصر السلاح بيد الدولة «لا رجوع عنه». ثم زار "
     "لاريجاني رئيس مجلس النواب نبيه بري في عين التينة، والتقى بعد الظهر رئيس الحكومة نواف سلام "
     "في السراي الحكومي.\n"
     "في المقابل، لم يلتقِ لاريجاني وزير الخارجية يوسف رجي، الذي قال لقناة «الجديد» إنه اعتذر عن "
     "اللقاء لأن «الظروف لا تسمح». وتحدثت مصادر مقربة من حزب الله عن لقاء جمع الضيف الإيراني "
     "بالأمين العام للحزب الشيخ نعيم قاسم بعيداً عن الإعلام، غير أن السفارة الإيرانية نفت ذلك.\n"
     "وقال المعاون السياسي لرئيس حركة أمل، النائب علي حسن خليل، إن بري شدد أمام ضيفه على "
     "«تطبيق القرار 1701».\n"
     "وكان لاريجاني قد عُيّن في منصبه مطلع آب خلفاً لعلي أكبر أحمديان، الذي كان بدوره قد حل عام "
     "2023 محل علي شمخاني. وتأتي الزيارة بعد أيام من تكليف الحكومة الجيشَ بقيادة العماد رودولف "
     "هيكل إعداد خطة لنزع سلاح الحزب قبل نهاية العام.",
     [("MET_WITH", JAO, LAR, "استقبل رئيس الجمهورية جوزاف عون", "2025-08-13"),
      ("LEADS", JAO, "country:lebanon", "رئيس الجمهورية جوزاف عون"),
      ("LEADS", LAR, "organization:supreme-national-security-council", "أمين المجلس الأعلى للأمن"),
      ("VISITED", LAR, BEI, "في مستهل زيارته إلى بيروت", "2025-08-13"),
      ("MET_WITH", LAR, BERRI, "لاريجاني رئيس مجلس النواب", "2025-08-13"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "رئيس مجلس النواب نبيه بري"),
      ("MET_WITH", LAR, NSAL, "والتقى بعد الظهر رئيس الحكومة", "2025-08-13"),
      ("LEADS", NSAL, "organization:lebanese-government", "رئيس الحكومة نواف سلام"),
      ("REPORTED_BY", RAJ, "outlet:al-jadeed", "قال لقناة «الجديد»"),
      ("MEMBER_OF", RAJ, "organization:lebanese-government", "وزير الخارجية يوسف رجي"),
      ("LEADS", QAS, HZB, "بالأمين العام للحزب الشيخ"),
      ("LEADS", BERRI, "organization:amal-movement", "لرئيس حركة أمل"),
      ("MEMBER_OF", AHK, "organization:amal-movement", "المعاون السياسي لرئيس حركة"),
      ("SUCCESSOR_OF", LAR, AHM, "خلفاً لعلي أكبر أحمديان", "2025-08-05"),
      ("SUCCESSOR_OF", AHM, SHAM, "محل علي شمخاني", "2023-05-22"),
      ("LEADS", HAY, "organization:lebanese-army", "بقيادة العماد رودولف"),
      ],
     {"source": "blind set (Arabic daily-style)", "published": "2025-08-13"}),

    ("enCO5_nasrallah_funeral_iran_delegation", "en",
     "BEIRUT, Feb 23 (Reuters) - Tens of thousands of mourners packed a stadium on Beirut's southern "
     "edge on Sunday for the funeral of Sayyed Hassan Nasrallah, the Hezbollah leader killed in an "
     "Israeli strike five months ago, and of Hashem Safi al-Din, his cousin and presumed successor, "
     "who died in a strike in October. Israeli warplanes flew low over the stadium during the "
     "ceremony.\n"
     "Iran sent parliament speaker Mohammad Baqer Qalibaf and Foreign Minister Abbas Araqchi to "
     "Beirut for the funeral. On Saturday the two men were received by President Joseph Aoun at the "
     "Baabda palace, where Aoun told them Lebanon was \"tired of the wars of others on its land\". "
     "They later held talks with speaker Nabih Berri, while a meeting with Prime Minister Nawaf "
     "Salam had not been confirmed.\n"
     "Naim Qassem, who succeeded Nasrallah in October, addressed the crowd by video from an "
     "undisclosed location. \"The resistance continues,\" he said.\n"
     "Lebanon has barred flights from Iran since mid-February, and Public Works Minister Fayez "
     "Rasamny said on Saturday the ban would stay in place until further notice.",
     [("ASSASSINATED_BY", NAS, ISR, "killed in an Israeli strike",
       "2024-09-27"),
      ("LEADS", NAS, HZB, "the Hezbollah leader killed"),
      ("LEADS", GHA, "organization:iranian-parliament", "parliament speaker Mohammad Baqer"),
      ("LEADS", ARA, "organization:iranian-foreign-ministry", "Foreign Minister Abbas Araqchi to"),
      ("VISITED", GHA, BEI, "Beirut for the funeral", "2025-02-22"),
      ("VISITED", ARA, BEI, "Beirut for the funeral", "2025-02-22"),
      ("MET_WITH", JAO, GHA, "received by President Joseph Aoun", "2025-02-22"),
      ("MET_WITH", JAO, ARA, "received by President Joseph Aoun", "2025-02-22"),
      ("MET_WITH", BERRI, GHA, "They later held talks with speaker", "2025-02-22"),
      ("MET_WITH", BERRI, ARA, "They later held talks with speaker", "2025-02-22"),
      ("LEADS", JAO, "country:lebanon", "received by President Joseph Aoun"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "with speaker Nabih Berri"),
      ("LEADS", NSAL, "organization:lebanese-government", "Prime Minister Nawaf"),
      ("SUCCESSOR_OF", QAS, NAS, "who succeeded Nasrallah in October", "2024-10-29"),
      ("MEMBER_OF", "person:fayez-rasamny", "organization:lebanese-government",
       "Public Works Minister Fayez"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-02-23"}),

    ("arCO6_us_envoys_disarmament", "ar",
     "بيروت - «العربي الجديد» - التقى الرئيس اللبناني جوزاف عون، الثلاثاء، المبعوث الأميركي توماس "
     "باراك ونائبة المبعوث الخاص مورغان أورتاغوس، يرافقهما السيناتور الجمهوري ليندسي غراهام، وبحث "
     "معهم قرار مجلس الوزراء تكليف الجيش إعداد خطة لحصر السلاح بيد الدولة. وانتقل الوفد الأميركي "
     "بعدها إلى عين التينة حيث استقبله رئيس مجلس النواب نبيه بري، ثم إلى السراي حيث اجتمع برئيس "
     "الحكومة نواف سلام.\n"
     "وقال غراهام في تصريح من بعبدا إن واشنطن «ستدعم الجيش اللبناني إذا مضى في الخطة». في المقابل، "
     "قال رئيس كتلة الوفاء للمقاومة النائب محمد رعد إن الحزب «لن يسلّم سلاحه للعدو». ولم يلتقِ "
     "الموفدون الأميركيون أي مسؤول في حزب الله.\n"
     "وكان قائد الجيش العماد رودولف هيكل، الذي خلف عون في قيادة المؤسسة العسكرية في آذار الماضي، قد "
     "اجتمع بأورتاغوس في اليرزة الأسبوع الماضي. ومن المقرر أن يعود باراك إلى بيروت مطلع الشهر "
     "المقبل للقاء عون مجدداً، على أن يعرض هيكل خطته على الحكومة في الخامس من أيلول.",
     [("MET_WITH", JAO, BAR, "التقى الرئيس اللبناني جوزاف عون", "2025-08-26"),
      ("MET_WITH", JAO, ORT, "التقى الرئيس اللبناني جوزاف عون", "2025-08-26"),
      ("MET_WITH", JAO, GRA, "التقى الرئيس اللبناني جوزاف عون", "2025-08-26"),
      ("MET_WITH", BERRI, BAR, "حيث استقبله رئيس مجلس النواب", "2025-08-26"),
      ("MET_WITH", BERRI, ORT, "حيث استقبله رئيس مجلس النواب", "2025-08-26"),
      ("MET_WITH", BERRI, GRA, "حيث استقبله رئيس مجلس النواب", "2025-08-26"),
      ("MET_WITH", NSAL, BAR, "حيث اجتمع برئيس", "2025-08-26"),
      ("MET_WITH", NSAL, ORT, "حيث اجتمع برئيس", "2025-08-26"),
      ("MET_WITH", NSAL, GRA, "حيث اجتمع برئيس", "2025-08-26"),
      ("LEADS", JAO, "country:lebanon", "التقى الرئيس اللبناني جوزاف عون"),
      ("LEADS", NSAL, "organization:lebanese-government", "الحكومة نواف سلام"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "رئيس مجلس النواب نبيه بري"),
      ("LEADS", RAAD, "organization:loyalty-to-the-resistance-bloc", "رئيس كتلة الوفاء للمقاومة"),
      ("LEADS", HAY, "organization:lebanese-army", "قائد الجيش العماد رودولف"),
      ("SUCCESSOR_OF", HAY, JAO, "الذي خلف عون في قيادة", "2025-03-13"),
      ("MET_WITH", HAY, ORT, "اجتمع بأورتاغوس في اليرزة", "2025-08"),
      ],
     {"source": "blind set (Arabic daily-style)", "published": "2025-08-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCO")
