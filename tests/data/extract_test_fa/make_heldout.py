"""Blind set FA: Iraq's parliament speakers and the Kurdistan Region, 2023-2024: Halbousi's
membership terminated by the Federal Supreme Court and Mandalawi acting (Rudaw English-style, Nov
2023); Mashhadani elected speaker a year later (Shafaq News-style Arabic, Oct 2024); Nechirvan
Barzani at Pezeshkian's inauguration in Tehran (Rudaw English-style, July 2024); the federal
fact-finding committee in Erbil after the IRGC strike on Peshraw Dizayee's home (Rudaw-style
Arabic, Jan 2024); Hakan Fidan in Baghdad and Erbil (AFP-style, Aug 2023); Mashhadani's first visit
to Erbil (Alsumaria-style Arabic, Nov 2024).
Style: en/ar alternating; candidates for the speakership who were not elected; an acting speaker
("took over as acting speaker", "بالنيابة"); a killing claimed by the IRGC next to one Iran blamed
on Israel (no ASSASSINATED_BY for the latter) and a drone strike with no named agent; an invitation
accepted, a mooted meeting, a postponed visit; phone calls.
Spellings: Massoud / Masoud Barzani, Kurdistan / كوردستان, Sulaimaniyah, Halbousi, Mashhadani.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run:
    python tests/data/extract_test_fa/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fb import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, TURKEY = "country:iran", "country:iraq", "country:turkey"
IQG, PARL, KRG, KRP = ("organization:iraqi-government", "organization:iraqi-parliament",
                       "organization:kurdistan-regional-government", "organization:kurdistan-region-presidency")
SUD, HALB, MAND, MASH = ("person:mohammed-shia-al-sudani", "person:mohammed-al-halbousi",
                         "person:mohsen-al-mandalawi", "person:mahmoud-al-mashhadani")
SHAALAN, ISSAWI, NECH, MASR, MASOUD = ("person:shaalan-al-karim", "person:salem-al-issawi",
                                       "person:nechirvan-barzani", "person:masrour-barzani",
                                       "person:masoud-barzani")
PEZ, BAGH, GHAL, HAN = ("person:masoud-pezeshkian", "person:ali-bagheri-kani",
                        "person:mohammad-bagher-ghalibaf", "person:ismail-haniyeh")
ARAJI, DIZ, REBER = "person:qassim-al-araji", "person:peshraw-dizayee", "person:reber-ahmed"
FIDAN, CAV, ERD, FUAD, BAFEL, QUBAD = ("person:hakan-fidan", "person:mevlut-cavusoglu",
                                       "person:recep-tayyip-erdogan", "person:fuad-hussein",
                                       "person:bafel-talabani", "person:qubad-talabani")
PUK, KDP = "organization:patriotic-union-of-kurdistan", "organization:kurdistan-democratic-party"

ARTICLES = [
    ("enFA1_halbousi_ousted", "en",
     "ERBIL, Kurdistan Region - Iraq's Federal Supreme Court on Tuesday terminated the membership of "
     "parliament speaker Mohammed al-Halbousi, ending the tenure of the country's most powerful Sunni "
     "politician over a forgery case brought by a fellow lawmaker.\n"
     "First deputy speaker Mohsen al-Mandalawi took over as acting speaker following the ruling, the "
     "parliament's media office said.\n"
     "Halbousi, who heads the Taqaddum party, called the verdict \"strange\" and unconstitutional, and "
     "the party's three ministers announced a boycott of cabinet sessions.\n"
     "According to a government source, Prime Minister Mohammed Shia al-Sudani had received Halbousi "
     "at his office in Baghdad hours before the ruling.\n"
     "Names circulating to replace him include Shaalan al-Karim of Taqaddum and Salem al-Issawi of the "
     "Sovereignty Alliance, but no session to elect a new speaker has been scheduled. Kurdistan Region "
     "President Nechirvan Barzani spoke with Halbousi by phone on Wednesday.",
     [("LEADS", HALB, PARL, "parliament speaker Mohammed"),
      ("SUCCESSOR_OF", MAND, HALB, "took over as acting speaker", "2023-11-14"),
      ("MEMBER_OF", MAND, PARL, "First deputy speaker Mohsen"),
      ("LEADS", HALB, "organization:taqaddum-party", "who heads the Taqaddum party"),
      ("MET_WITH", SUD, HALB, "had received Halbousi", "2023-11-14"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani"),
      ("MEMBER_OF", SHAALAN, "organization:taqaddum-party", "Shaalan al-Karim of Taqaddum"),
      ("MEMBER_OF", ISSAWI, "organization:sovereignty-alliance", "Salem al-Issawi of the"),
      ("LEADS", NECH, KRP, "President Nechirvan Barzani spoke"),
      ],
     {"source": "blind set (Rudaw English-style)", "published": "2023-11-14"}),

    ("arFA2_mashhadani_elected_speaker", "ar",
     "بغداد/ شفق نيوز- انتخب مجلس النواب العراقي، مساء الخميس، النائب محمود المشهداني رئيساً "
     "للبرلمان، بعد حصوله على 182 صوتاً في جولة الإعادة أمام منافسه سالم العيساوي، منهياً نحو عام "
     "من الفراغ في المنصب.\n"
     "ويأتي انتخاب المشهداني خلفاً لمحمد الحلبوسي، الذي أنهت المحكمة الاتحادية العليا عضويته في "
     "تشرين الثاني 2023، فيما تولى النائب الأول لرئيس المجلس محسن المندلاوي رئاسة الجلسات بالنيابة "
     "طوال تلك المدة.\n"
     "وسبق للمشهداني أن شغل المنصب ذاته بين عامي 2006 و2009.\n"
     "وعقب الجلسة، استقبل رئيس مجلس الوزراء محمد شياع السوداني رئيسَ البرلمان الجديد في القصر "
     "الحكومي، وبحثا أولويات التشريع في المرحلة المقبلة.\n"
     "كما تلقى المشهداني اتصالاً هاتفياً من رئيس إقليم كوردستان نيجيرفان بارزاني هنّأه فيه بالمنصب، "
     "ومن المقرر أن يزور أربيل خلال الأسابيع المقبلة.",
     [("LEADS", MASH, PARL, "النائب محمود المشهداني رئيساً"),
      ("SUCCESSOR_OF", MASH, HALB, "خلفاً لمحمد الحلبوسي", "2024-10-31"),
      ("SUCCESSOR_OF", MAND, HALB, "رئاسة الجلسات بالنيابة", "2023-11"),
      ("MEMBER_OF", MAND, PARL, "النائب الأول لرئيس المجلس"),
      ("MET_WITH", SUD, MASH, "استقبل رئيس مجلس الوزراء", "2024-10-31"),
      ("LEADS", SUD, IQG, "استقبل رئيس مجلس الوزراء"),
      ("LEADS", NECH, KRP, "من رئيس إقليم كوردستان"),
      ],
     {"source": "blind set (Shafaq News-style Arabic)", "published": "2024-10-31"}),

    ("enFA3_nechirvan_tehran_inauguration", "en",
     "TEHRAN - Kurdistan Region President Nechirvan Barzani met Iran's new President Masoud "
     "Pezeshkian in Tehran on Tuesday, hours after the latter was sworn in before parliament.\n"
     "Barzani, who arrived in the Iranian capital on Monday, also held talks with acting foreign "
     "minister Ali Bagheri Kani and, on the sidelines of the ceremony, with parliament speaker Mohammad "
     "Bagher Ghalibaf.\n"
     "He invited Pezeshkian to visit Erbil, an invitation the Iranian president accepted, the Kurdistan "
     "Region Presidency said.\n"
     "Early on Wednesday, Hamas political chief Ismail Haniyeh, who had also attended the "
     "inauguration, was killed in a strike on his residence in the capital.\n"
     "Iran's Revolutionary Guards blamed Israel, which did not comment on the killing.",
     [("MET_WITH", NECH, PEZ, "Nechirvan Barzani met", "2024-07-30"),
      ("LEADS", NECH, KRP, "Kurdistan Region President Nechirvan"),
      ("LEADS", PEZ, IRAN, "Iran's new President Masoud"),
      ("VISITED", NECH, "location:tehran", "who arrived in the Iranian capital", "2024-07-29"),
      ("MET_WITH", NECH, BAGH, "acting foreign", "2024-07-30"),
      ("LEADS", BAGH, "organization:iranian-foreign-ministry", "acting foreign"),
      ("MET_WITH", NECH, GHAL, "with parliament speaker Mohammad", "2024-07-30"),
      ("LEADS", GHAL, "organization:iranian-parliament", "with parliament speaker Mohammad"),
      ("LEADS", HAN, "organization:hamas", "Hamas political chief"),
      ("VISITED", HAN, "location:tehran", "had also attended the", "2024-07-30"),
      ],
     {"source": "blind set (Rudaw English-style)", "published": "2024-07-31"}),

    ("arFA4_araji_committee_erbil", "ar",
     "أربيل (روداو) - استقبل رئيس حكومة إقليم كوردستان مسرور بارزاني، اليوم الأربعاء، لجنة التحقيق "
     "الاتحادية برئاسة مستشار الأمن القومي العراقي قاسم الأعرجي، التي وصلت إلى أربيل للتحقيق في "
     "القصف الصاروخي على منزل رجل الأعمال بيشرو دزيي.\n"
     "وكان الحرس الثوري الإيراني قد أعلن مسؤوليته عن القصف الذي استهدف المنزل ليل الاثنين، زاعماً "
     "أنه «مقر للموساد»، ما أدى إلى مقتل دزيي وابنته الرضيعة وعدد من الأشخاص.\n"
     "وتفقد الأعرجي موقع الهجوم، وقال في مؤتمر صحفي مشترك مع وزير داخلية الإقليم ريبر أحمد إنه "
     "«لا دليل على وجود مقر للموساد».\n"
     "وكان رئيس الوزراء الاتحادي محمد شياع السوداني قد التقى مسرور بارزاني في دافوس على هامش "
     "المنتدى الاقتصادي العالمي، فيما استدعت بغداد سفيرها في طهران للتشاور.\n"
     "في غضون ذلك، سقطت طائرة مسيّرة قرب مطار أربيل الدولي من دون أن تتبناها أي جهة.",
     [("MET_WITH", MASR, ARAJI, "استقبل رئيس حكومة إقليم", "2024-01-17"),
      ("LEADS", MASR, KRG, "استقبل رئيس حكومة إقليم"),
      ("VISITED", ARAJI, "location:erbil", "التي وصلت إلى أربيل", "2024-01-17"),
      ("ASSASSINATED_BY", DIZ, "organization:irgc", "ما أدى إلى مقتل دزيي", "2024-01-15"),
      ("ATTACKED", "organization:irgc", "location:erbil", "قد أعلن مسؤوليته عن القصف", "2024-01-15"),
      ("MET_WITH", ARAJI, REBER, "في مؤتمر صحفي مشترك", "2024-01-17"),
      ("MEMBER_OF", REBER, KRG, "وزير داخلية الإقليم"),
      ("MET_WITH", SUD, MASR, "قد التقى مسرور بارزاني", "2024-01"),
      ("LEADS", SUD, IQG, "وكان رئيس الوزراء الاتحادي"),
      ("VISITED", SUD, "location:davos", "في دافوس على هامش", "2024-01"),
      ("VISITED", MASR, "location:davos", "في دافوس على هامش", "2024-01"),
      ],
     {"source": "blind set (Rudaw-style Arabic)", "published": "2024-01-17"}),

    ("enFA5_fidan_baghdad_erbil", "en",
     "BAGHDAD - Turkish Foreign Minister Hakan Fidan held talks in Baghdad on Tuesday with Iraqi "
     "Prime Minister Mohammed Shia al-Sudani on his first visit to Iraq since taking office, as Ankara "
     "presses Baghdad to list the PKK as a terrorist group.\n"
     "Fidan, who replaced Mevlut Cavusoglu after President Recep Tayyip Erdogan's re-election in May, "
     "also met his Iraqi counterpart Fuad Hussein, the Turkish ministry said.\n"
     "On Wednesday he flew to Erbil, capital of the autonomous Kurdistan region, where he was received "
     "by regional president Nechirvan Barzani and prime minister Masrour Barzani, and later by veteran "
     "Kurdish leader Massoud Barzani.\n"
     "The trip came days after a drone strike killed three PKK militants near Sulaimaniyah; no one "
     "claimed it.\n"
     "A meeting with Bafel Talabani, head of the Patriotic Union of Kurdistan, had been mooted, but "
     "Fidan did not travel to Sulaimaniyah, a Kurdish official told AFP.",
     [("MET_WITH", FIDAN, SUD, "held talks in Baghdad on Tuesday", "2023-08-22"),
      ("LEADS", FIDAN, "organization:turkish-foreign-ministry", "Turkish Foreign Minister Hakan"),
      ("VISITED", FIDAN, "location:baghdad", "held talks in Baghdad on Tuesday", "2023-08-22"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani on"),
      ("SUCCESSOR_OF", FIDAN, CAV, "who replaced Mevlut Cavusoglu", "2023-06"),
      ("LEADS", ERD, TURKEY, "President Recep Tayyip"),
      ("MET_WITH", FIDAN, FUAD, "also met his Iraqi counterpart", "2023-08-22"),
      ("LEADS", FUAD, "organization:iraqi-foreign-ministry", "also met his Iraqi counterpart"),
      ("VISITED", FIDAN, "location:erbil", "he flew to Erbil", "2023-08-23"),
      ("LOCATED_IN", "location:erbil", "location:kurdistan-region", "capital of the autonomous"),
      ("MET_WITH", FIDAN, NECH, "by regional president Nechirvan", "2023-08-23"),
      ("LEADS", NECH, KRP, "by regional president Nechirvan"),
      ("MET_WITH", FIDAN, MASR, "prime minister Masrour Barzani", "2023-08-23"),
      ("LEADS", MASR, KRG, "prime minister Masrour Barzani"),
      ("MET_WITH", FIDAN, MASOUD, "later by veteran", "2023-08-23"),
      ("LEADS", BAFEL, PUK, "head of the Patriotic Union"),
      ],
     {"source": "blind set (AFP-style)", "published": "2023-08-23"}),

    ("arFA6_mashhadani_erbil_visit", "ar",
     "أربيل - السومرية نيوز - وصل رئيس مجلس النواب محمود المشهداني، اليوم الأحد، إلى أربيل في أول "
     "زيارة له إلى إقليم كوردستان منذ انتخابه، وكان في استقباله بمطار أربيل الدولي نائب رئيس حكومة "
     "الإقليم قوباد طالباني.\n"
     "والتقى المشهداني رئيسَ الحزب الديمقراطي الكوردستاني مسعود بارزاني في مصيف بيرمام، بحضور رئيس "
     "الحكومة مسرور بارزاني، وجرى بحث قانون الموازنة ورواتب موظفي الإقليم.\n"
     "كما اجتمع برئيس الإقليم نيجيرفان بارزاني، الذي أكد «دعم أربيل لدور البرلمان الاتحادي».\n"
     "ولم يلتقِ المشهداني رئيسَ الاتحاد الوطني الكوردستاني بافل طالباني، إذ أُرجئت زيارته المقررة "
     "إلى السليمانية إلى موعد لاحق.\n"
     "وقال المشهداني في تصريح للسومرية نيوز إن «العلاقة بين بغداد وأربيل تمر بأفضل مراحلها».",
     [("LEADS", MASH, PARL, "وصل رئيس مجلس النواب"),
      ("VISITED", MASH, "location:erbil", "إلى أربيل في أول", "2024-11-17"),
      ("MET_WITH", MASH, QUBAD, "وكان في استقباله", "2024-11-17"),
      ("MEMBER_OF", QUBAD, KRG, "نائب رئيس حكومة"),
      ("MET_WITH", MASH, MASOUD, "والتقى المشهداني", "2024-11-17"),
      ("LEADS", MASOUD, KDP, "والتقى المشهداني"),
      ("MET_WITH", MASH, MASR, "بحضور رئيس", "2024-11-17"),
      ("LEADS", MASR, KRG, "بحضور رئيس"),
      ("MET_WITH", MASH, NECH, "كما اجتمع برئيس الإقليم", "2024-11-17"),
      ("LEADS", NECH, KRP, "كما اجتمع برئيس الإقليم"),
      ("LEADS", BAFEL, PUK, "رئيسَ الاتحاد الوطني"),
      ("REPORTED_BY", MASH, "outlet:alsumaria", "في تصريح للسومرية نيوز"),
      ],
     {"source": "blind set (Alsumaria-style Arabic)", "published": "2024-11-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFA")
