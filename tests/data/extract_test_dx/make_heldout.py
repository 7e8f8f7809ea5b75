"""Blind set DX: U.S. commanders received by Iraqi prime ministers and Iraqi leaders received in
Tehran, 2022-2025, as short items on Iraqi and regional news sites: al-Soudani receiving CENTCOM's
Kurilla with the coalition commander, the ambassador and the Erbil consul, a denied PMF meeting
(Rudaw-style, 2023); Sudani received by Khamenei and talks with Raisi, a "did not meet" Qaani
(Alhurra-style, Nov 2022); Adm. Brad Cooper, Kurilla's successor, hosted by Sudani, Savaya's
expected visit and a Rubio phone call (The New Arab-style, Oct 2025); Pezeshkian in Baghdad and
Erbil, the airport killing site with no agent stated (Al-Ain-style, Sept 2024); al-Araji received
by Raisi with Ahmadian and the border guard chief, a denied Qaaani meeting (Middle East
Eye-style, Aug 2023); al-Hakeem received by Pezeshkian, visited by Qaani, not meeting Khamenei
and a planned Ghalibaf meeting (Al-Araby Al-Jadeed-style, Feb 2025).
Style: en/ar alternating; "received", "hosted", "was briefed by", accompanying officials; denied,
planned and phone contacts; successions in passing. Spellings: al-Soudani, Qaaani. New people: Shorsh Ismail, Sean Parnell, Ihsan
al-Awadi, Abdul Aziz al-Hakim.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dx/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_dx import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, IRAQ = "country:united-states", "country:iran", "country:iraq"
SUD, KAD, QAA, HAK = ("person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "person:esmail-qaani",
                      "person:ammar-al-hakim")
KUR, MCK, COO, MCF, ROM, HIC, LEA = ("person:michael-kurilla", "person:kenneth-mckenzie", "person:brad-cooper",
                                     "person:matthew-mcfarlane", "person:alina-romanowski",
                                     "person:irvin-hicks", "person:kevin-leahy")
NEC, MAS, YAR, ABB = ("person:nechirvan-barzani", "person:masrour-barzani", "person:abdul-amir-yarallah",
                      "person:thabet-al-abbasi")
KHA, RAI, PEZ, ARQ, BKA = ("person:ali-khamenei", "person:ebrahim-raisi", "person:masoud-pezeshkian",
                           "person:abbas-araghchi", "person:ali-bagheri-kani")
FUH, IAW, RAS = "person:fuad-hussein", "person:ihsan-al-awadi", "person:abdul-latif-rashid"
ARA, AHM, SHM, GOU = ("person:qassim-al-araji", "person:ali-akbar-ahmadian", "person:ali-shamkhani",
                      "person:ahmad-ali-goudarzi")
ARF, GHL, AAH = "person:mohammad-reza-aref", "person:mohammad-bagher-ghalibaf", "person:abdul-aziz-al-hakim"
GOV, CENT, COAL = "organization:iraqi-government", "organization:us-central-command", "organization:international-coalition"
BAG, ERB, TEH = "location:baghdad", "location:erbil", "location:tehran"
QF, SNSC = "organization:quds-force", "organization:supreme-national-security-council"

ARTICLES = [
    ("enDX1_soudani_receives_kurilla", "en",
     "BAGHDAD (Rudaw) - Prime Minister Mohammed Shia al-Soudani received the commander of U.S. Central "
     "Command, Gen. Michael Kurilla, in Baghdad on Wednesday to discuss the future of the U.S.-led "
     "coalition, the premier's office said.\n"
     "Kurilla, who took over CENTCOM from Gen. Kenneth McKenzie in April 2022, was accompanied at the "
     "meeting by Maj. Gen. Matthew McFarlane, the coalition commander, and U.S. Ambassador Alina "
     "Romanowski.\n"
     "The general then flew to Erbil, where he met Kurdistan Region President Nechirvan Barzani and "
     "Peshmerga Minister Shorsh Ismail with Consul General Irvin Hicks, and visited U.S. troops at Harir air base. He did not meet PMF "
     "leaders, a coalition spokesman said, denying a report by an Iraqi channel.\n"
     "Soudani's talks with Kurilla come as armed factions threaten to resume attacks on U.S. forces.",
     [("LEADS", SUD, GOV, "Prime Minister Mohammed Shia al-Soudani"),
      ("MET_WITH", SUD, KUR, "received the commander of U.S.", "2023"),
      ("LEADS", KUR, CENT, "received the commander of U.S."),
      ("VISITED", KUR, BAG, "Gen. Michael Kurilla, in Baghdad", "2023"),
      ("SUCCESSOR_OF", KUR, MCK, "took over CENTCOM from", "2022-04"),
      ("LEADS", MCK, CENT, "took over CENTCOM from"),
      ("MET_WITH", SUD, MCF, "was accompanied at the", "2023"),
      ("MET_WITH", SUD, ROM, "was accompanied at the", "2023"),
      ("LEADS", MCF, COAL, "the coalition commander"),
      ("VISITED", KUR, ERB, "The general then flew to Erbil", "2023"),
      ("MET_WITH", KUR, NEC, "where he met Kurdistan Region President", "2023"),
      ("MET_WITH", KUR, "person:shorsh-ismail", "where he met Kurdistan Region President", "2023"),
      ("MET_WITH", NEC, HIC, "with Consul General Irvin Hicks", "2023"),
      ("MET_WITH", "person:shorsh-ismail", HIC, "with Consul General Irvin Hicks", "2023"),
      ("LEADS", "person:shorsh-ismail", "organization:peshmerga-ministry", "Peshmerga Minister Shorsh"),
      ("LEADS", NEC, "location:kurdistan-region", "Kurdistan Region President Nechirvan"),
      ("VISITED", KUR, "location:harir-base", "visited U.S. troops at Harir", "2023"),
      ],
     {"source": "blind set (Rudaw-style)", "published": "2023"}),

    ("arDX2_sudani_received_by_khamenei", "ar",
     "طهران - الحرة\n"
     "استقبل المرشد الإيراني علي خامنئي، الثلاثاء، رئيس الوزراء العراقي محمد شياع السوداني في أول "
     "زيارة له إلى طهران منذ توليه رئاسة الحكومة خلفاً لمصطفى الكاظمي.\n"
     "وكان السوداني قد أجرى مباحثات موسعة مع الرئيس الإيراني إبراهيم رئيسي في قصر سعد آباد، تناولت "
     "ملفات المياه والغاز وأمن الحدود، بمشاركة مدير مكتبه إحسان العوادي ووزير الخارجية فؤاد حسين.\n"
     "ونقلت وكالة \"إرنا\" عن رئيسي قوله إن \"أمن العراق من أمن إيران\".\n"
     "ولم يلتق السوداني قائد فيلق القدس إسماعيل قاآني خلال الزيارة، بحسب مصدر في الوفد، خلافاً لما "
     "أوردته وسائل إعلام إيرانية.\n"
     "ووقع الجانبان مذكرات تفاهم في مجالي الطاقة والتجارة، وأكد السوداني أن العراق لن يسمح "
     "باستخدام أراضيه لتهديد أمن جيرانه.",
     [("MET_WITH", KHA, SUD, "استقبل المرشد الإيراني", "2022-11-29"),
      ("LEADS", KHA, IRAN, "المرشد الإيراني علي"),
      ("LEADS", SUD, GOV, "رئيس الوزراء العراقي محمد"),
      ("VISITED", SUD, TEH, "زيارة له إلى طهران", "2022-11-29"),
      ("SUCCESSOR_OF", SUD, KAD, "خلفاً لمصطفى الكاظمي", "2022-10-27"),
      ("LEADS", KAD, GOV, "خلفاً لمصطفى الكاظمي"),
      ("MET_WITH", SUD, RAI, "مباحثات موسعة مع الرئيس", "2022-11-29"),
      ("LEADS", RAI, IRAN, "الرئيس الإيراني إبراهيم"),
      ("MET_WITH", RAI, IAW, "بمشاركة مدير مكتبه", "2022-11-29"),
      ("MET_WITH", RAI, FUH, "بمشاركة مدير مكتبه", "2022-11-29"),
      ("MEMBER_OF", IAW, GOV, "مدير مكتبه إحسان"),
      ("LEADS", FUH, "organization:iraqi-foreign-ministry", "ووزير الخارجية فؤاد"),
      ("REPORTED_BY", RAI, "outlet:irna", "عن رئيسي قوله"),
      ("LEADS", QAA, QF, "قائد فيلق القدس إسماعيل"),
      ],
     {"source": "blind set (Alhurra-style)", "published": "2022-11-29"}),

    ("enDX3_sudani_hosts_cooper", "en",
     "BAGHDAD (The New Arab) - Iraqi Prime Minister Mohammed Shia al-Sudani hosted Adm. Brad Cooper, "
     "the new head of U.S. Central Command, in Baghdad on Saturday for talks on the drawdown of "
     "coalition forces agreed last year.\n"
     "Cooper, who succeeded Gen. Michael Erik Kurilla in August, also met Chief of Staff Lt. Gen. Abdul "
     "Amir Yarallah and Defence Minister Thabet al-Abbasi, and was briefed by Maj. Gen. Kevin Leahy, "
     "who commands the coalition's task force in Iraq.\n"
     "Mark Savaya, President Donald Trump's newly named envoy to Iraq, has not visited Baghdad yet but "
     "is expected to meet Sudani before the November elections. Sudani spoke with Secretary of State "
     "Marco Rubio by phone last week.\n"
     "Cooper later travelled to Erbil and held talks with Kurdistan Region Prime Minister Masrour Barzani, "
     "Pentagon spokesman Sean Parnell said.",
     [("LEADS", SUD, GOV, "Iraqi Prime Minister Mohammed Shia al-Sudani"),
      ("MET_WITH", SUD, COO, "hosted Adm. Brad Cooper", "2025-10"),
      ("LEADS", COO, CENT, "the new head of U.S. Central Command"),
      ("VISITED", COO, BAG, "Central Command, in Baghdad on Saturday", "2025-10"),
      ("SUCCESSOR_OF", COO, KUR, "who succeeded Gen. Michael Erik Kurilla", "2025-08"),
      ("MET_WITH", COO, YAR, "also met Chief of Staff", "2025-10"),
      ("MET_WITH", COO, ABB, "also met Chief of Staff", "2025-10"),
      ("LEADS", YAR, "organization:iraqi-army", "also met Chief of Staff"),
      ("LEADS", ABB, "organization:iraqi-defense-ministry", "Defence Minister Thabet"),
      ("MET_WITH", COO, LEA, "was briefed by Maj. Gen. Kevin Leahy", "2025-10"),
      ("LEADS", LEA, "organization:task-force-iraq", "who commands the coalition's task force"),
      ("PART_OF", "organization:task-force-iraq", COAL, "who commands the coalition's task force"),
      ("LEADS", "person:donald-trump", US, "President Donald Trump's"),
      ("LEADS", "person:marco-rubio", "organization:us-state-department", "Secretary of State Marco"),
      ("VISITED", COO, ERB, "Cooper later travelled to Erbil", "2025-10"),
      ("MET_WITH", COO, MAS, "held talks with Kurdistan Region Prime Minister", "2025-10"),
      ("LEADS", MAS, "organization:kurdistan-regional-government", "Kurdistan Region Prime Minister Masrour"),
      ("MEMBER_OF", "person:sean-parnell", "organization:us-department-of-defense", "Pentagon spokesman Sean"),
      ],
     {"source": "blind set (The New Arab-style)", "published": "2025-10"}),

    ("arDX4_pezeshkian_baghdad_erbil", "ar",
     "بغداد - العين الإخبارية\n"
     "وصل الرئيس الإيراني مسعود بزشكيان إلى بغداد، الأربعاء، في أول زيارة خارجية له منذ توليه "
     "المنصب خلفاً للرئيس الراحل إبراهيم رئيسي، وكان في استقباله رئيس الوزراء محمد شياع السوداني.\n"
     "وبحث بزشكيان مع الرئيس العراقي عبد اللطيف رشيد في قصر بغداد العلاقات الثنائية، ثم زار موقع "
     "مقتل قاسم سليماني وأبو مهدي المهندس قرب المطار ووضع إكليلاً من الزهور.\n"
     "وفي أربيل، التقى بزشكيان رئيس الإقليم نيجيرفان بارزاني ورئيس حكومته مسرور بارزاني، وتحدث "
     "إليهما بالكردية.\n"
     "ووقع البلدان 14 مذكرة تفاهم في مجالات التجارة والزراعة والتعليم.\n"
     "ورافق بزشكيان في جولته وزير الخارجية عباس عراقجي، الذي خلف علي باقري كني في آب الماضي.",
     [("LEADS", PEZ, IRAN, "وصل الرئيس الإيراني مسعود"),
      ("VISITED", PEZ, BAG, "مسعود بزشكيان إلى بغداد", "2024-09-11"),
      ("SUCCESSOR_OF", PEZ, RAI, "خلفاً للرئيس الراحل", "2024-07"),
      ("LEADS", RAI, IRAN, "خلفاً للرئيس الراحل"),
      ("MET_WITH", PEZ, SUD, "وكان في استقباله", "2024-09-11"),
      ("LEADS", SUD, GOV, "رئيس الوزراء محمد شياع"),
      ("MET_WITH", PEZ, RAS, "وبحث بزشكيان مع الرئيس العراقي", "2024-09-11"),
      ("LEADS", RAS, IRAQ, "الرئيس العراقي عبد اللطيف"),
      ("VISITED", PEZ, ERB, "وفي أربيل، التقى", "2024-09-12"),
      ("MET_WITH", PEZ, NEC, "التقى بزشكيان رئيس الإقليم", "2024-09-12"),
      ("MET_WITH", PEZ, MAS, "التقى بزشكيان رئيس الإقليم", "2024-09-12"),
      ("LEADS", NEC, "location:kurdistan-region", "رئيس الإقليم نيجيرفان"),
      ("LEADS", MAS, "organization:kurdistan-regional-government", "ورئيس حكومته مسرور"),
      ("LEADS", ARQ, "organization:iranian-foreign-ministry", "وزير الخارجية عباس"),
      ("SUCCESSOR_OF", ARQ, BKA, "الذي خلف علي باقري", "2024-08"),
      ("LEADS", BKA, "organization:iranian-foreign-ministry", "الذي خلف علي باقري"),
      ],
     {"source": "blind set (Al-Ain News-style)", "published": "2024-09-12"}),

    ("enDX5_araji_received_by_raisi", "en",
     "TEHRAN (Middle East Eye) - Iraq's national security adviser Qassim al-Araji was received by "
     "President Ebrahim Raisi in Tehran on Sunday, five months after Baghdad and Tehran signed a deal "
     "to disarm Iranian Kurdish opposition groups based in the Kurdistan Region.\n"
     "Al-Araji held talks earlier with his counterpart Ali Akbar Ahmadian, the secretary of the "
     "Supreme National Security Council, who replaced Ali Shamkhani in May, and with Brig. Gen. Ahmad "
     "Ali Goudarzi, commander of Iran's border guards, Iranian state media reported.\n"
     "Raisi said Iran expected the agreement to be fully implemented by September. Araji denied "
     "reports that he had met Quds Force commander Esmail Qaaani during the trip.",
     [("MET_WITH", ARA, RAI, "was received by", "2023-08"),
      ("LEADS", RAI, IRAN, "President Ebrahim Raisi in Tehran"),
      ("VISITED", ARA, TEH, "President Ebrahim Raisi in Tehran", "2023-08"),
      ("MET_WITH", ARA, AHM, "held talks earlier with his counterpart", "2023-08"),
      ("LEADS", AHM, SNSC, "the secretary of the"),
      ("SUCCESSOR_OF", AHM, SHM, "who replaced Ali Shamkhani", "2023-05"),
      ("LEADS", SHM, SNSC, "who replaced Ali Shamkhani"),
      ("MET_WITH", ARA, GOU, "and with Brig. Gen. Ahmad", "2023-08"),
      ("LEADS", GOU, "organization:iranian-border-guard", "commander of Iran's border guards"),
      ("LEADS", QAA, QF, "Quds Force commander Esmail"),
      ],
     {"source": "blind set (Middle East Eye-style)", "published": "2023-08"}),

    ("arDX6_hakim_received_by_pezeshkian", "ar",
     "طهران - العربي الجديد\n"
     "استقبل الرئيس الإيراني مسعود بزشكيان، الأحد، رئيس تيار الحكمة الوطني عمار الحكيم، وبحث معه "
     "التطورات في سوريا بعد سقوط نظام بشار الأسد وتداعياتها على العراق.\n"
     "والتقى الحكيم كذلك النائب الأول للرئيس محمد رضا عارف ووزير الخارجية عباس عراقجي، كما زاره "
     "في مقر إقامته قائد فيلق القدس إسماعيل قاآني.\n"
     "ولم يلتقِ الحكيم المرشد علي خامنئي خلال زيارته إلى طهران، وفق ما أفاد مكتبه، مشيراً إلى أن "
     "لقاءً مع رئيس مجلس الشورى محمد باقر قاليباف مقرر الثلاثاء.\n"
     "وكان الحكيم قد خلف والده عبد العزيز الحكيم في زعامة المجلس الأعلى الإسلامي عام 2009، قبل أن "
     "ينشق عنه ويؤسس تيار الحكمة في 2017. ونقل مكتبه عنه أن العراق يرفض أن يكون ساحة لتصفية "
     "الحسابات.",
     [("MET_WITH", PEZ, HAK, "استقبل الرئيس الإيراني", "2025-02"),
      ("LEADS", PEZ, IRAN, "استقبل الرئيس الإيراني"),
      ("LEADS", HAK, "organization:hikma-movement", "رئيس تيار الحكمة الوطني"),
      ("MET_WITH", HAK, ARF, "والتقى الحكيم كذلك", "2025-02"),
      ("MET_WITH", HAK, ARQ, "والتقى الحكيم كذلك", "2025-02"),
      ("MEMBER_OF", ARF, "organization:iranian-government", "النائب الأول للرئيس"),
      ("LEADS", ARQ, "organization:iranian-foreign-ministry", "ووزير الخارجية عباس"),
      ("MET_WITH", QAA, HAK, "كما زاره", "2025-02"),
      ("LEADS", QAA, QF, "قائد فيلق القدس"),
      ("LEADS", KHA, IRAN, "المرشد علي خامنئي"),
      ("VISITED", HAK, TEH, "خلال زيارته إلى طهران", "2025-02"),
      ("LEADS", GHL, "organization:iranian-parliament", "رئيس مجلس الشورى"),
      ("SUCCESSOR_OF", HAK, AAH, "خلف والده", "2009-08"),
      ("LEADS", HAK, "organization:islamic-supreme-council-of-iraq", "في زعامة المجلس الأعلى"),
      ("LEADS", AAH, "organization:islamic-supreme-council-of-iraq", "والده عبد العزيز الحكيم"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2025-02"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDX")
