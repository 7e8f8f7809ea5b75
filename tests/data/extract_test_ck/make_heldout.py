"""Blind set CK: Syria's new rulers received in the Gulf and Turkey, Gulf and Egyptian mediators
in Beirut and Tehran, Lebanese successions, 2025: al-Shaibani's first Gulf tour with Abu Qasra
and Anas Khattab (Reuters, Jan 2025), the Ankara security meeting with Fidan, Guler and Kalin
(Arabic wire, Aug 2025), Egypt's intelligence chief Hassan Rashad in Beirut (AFP, Oct 2025),
Qatar's al-Khulaifi received by Nawaf Salam and the chain of Lebanese prime ministers (Arabic
daily, Feb 2025), the Saudi envoy Yazid bin Farhan in Beirut and the central-bank and army
successions (Reuters, Apr 2025), the Qatari emir received by Khamenei and Pezeshkian
(Arabic wire, Feb 2025).
Style: wire and newspaper copy, en/ar alternating; lists of visitors, a minister "was received
by", passive succession ("was succeeded by"), a designated prime minister who withdrew (no
succession), planned meetings, a phone call, "did not meet", a rumoured meeting denied.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ck/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ck import ALL  # noqa: E402

HERE = Path(__file__).parent
E = ALL

Q, S, M = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
QF, US, ISR, IRAN = "organization:quds-force", "country:united-states", "country:israel", "country:iran"
SHB, AQS, KHT = "person:asaad-al-shaibani", "person:murhaf-abu-qasra", "person:anas-khattab"
SAL, SGI = "person:hussein-al-salameh", "organization:syrian-general-intelligence"
FBF, KBS = "person:faisal-bin-farhan", "person:khalid-bin-salman"
MBAR = "person:mohammed-bin-abdulrahman-al-thani"
FID, GUL, KAL = "person:hakan-fidan", "person:yasar-guler", "person:ibrahim-kalin"
JAO, BERRI, NSAL = "person:joseph-aoun", "person:nabih-berri", "person:nawaf-salam"
RSH, KHU = "person:hassan-rashad", "person:mohammed-al-khulaifi"
YAZ, SOU = "person:yazid-bin-farhan", "person:karim-souaid"
TAM, PEZ, ARA = "person:tamim-bin-hamad-al-thani", "person:masoud-pezeshkian", "person:abbas-araghchi"
LGOV, LPAR = "organization:lebanese-government", "organization:lebanese-parliament"

ARTICLES = [
    ("enCK1_shaibani_gulf_tour", "en",
     "RIYADH, Jan 2 (Reuters) - Syria's new foreign minister, Asaad Hassan al-Shaibani, was "
     "received by Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh on Thursday, on the "
     "first trip abroad by a senior official of the authorities that took power after Bashar "
     "al-Assad fled to Moscow. Shaibani, Defence Minister Murhaf Abu Qasra and intelligence chief "
     "Anas Khattab also held talks with Saudi Defence Minister Prince Khalid bin Salman.\n"
     "On Sunday the delegation moved to Doha, where Shaibani met Qatar's Prime Minister and "
     "Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani, and then to Abu Dhabi, where he "
     "held talks with Foreign Minister Sheikh Abdullah bin Zayed. \u201cWe want to restore "
     "Syria's Arab depth,\u201d Shaibani told Al Jazeera.\n"
     "The caretaker cabinet is led by Mohammed al-Bashir, who took over from Assad's last prime "
     "minister, Mohammed Ghazi al-Jalali, in December. Iran has been shut out: the militia network "
     "built by Qassem Suleimani, whom the United States killed in 2020 along with Abu Mahdi "
     "al-Muhandis, has melted away, and Syria's new rulers have not met any Iranian official.",
     [("MET_WITH", SHB, FBF, "received by Saudi Foreign Minister", "2025-01-02"),
      ("LEADS", FBF, "organization:saudi-foreign-ministry", "received by Saudi Foreign Minister"),
      ("VISITED", SHB, "location:riyadh", "Faisal bin Farhan in Riyadh", "2025-01-02"),
      ("MET_WITH", SHB, KBS, "also held talks with Saudi Defence", "2025-01-02"),
      ("MET_WITH", AQS, KBS, "also held talks with Saudi Defence", "2025-01-02"),
      ("MET_WITH", KHT, KBS, "also held talks with Saudi Defence", "2025-01-02"),
      ("LEADS", KHT, SGI, "intelligence chief"),
      ("VISITED", SHB, "location:doha", "delegation moved to Doha", "2025-01-05"),
      ("MET_WITH", SHB, MBAR, "where Shaibani met Qatar's", "2025-01-05"),
      ("LEADS", MBAR, "organization:qatari-foreign-ministry", "Prime Minister and Foreign Minister"),
      ("VISITED", SHB, "location:abu-dhabi", "then to Abu Dhabi", "2025-01-06"),
      ("MET_WITH", SHB, "person:abdullah-bin-zayed", "held talks with Foreign Minister Sheikh",
       "2025-01-06"),
      ("REPORTED_BY", SHB, "outlet:al-jazeera", "told Al Jazeera"),
      ("SUCCESSOR_OF", "person:mohammed-al-bashir", "person:mohammed-ghazi-al-jalali",
       "who took over from Assad's", "2024-12-10"),
      ("ASSASSINATED_BY", S, US, "whom the United States killed", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "along with Abu Mahdi", "2020-01-03"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-01-06"}),

    ("arCK2_ankara_security_meeting", "ar",
     "أنقرة - وكالات - استقبل وزير الخارجية التركي هاكان فيدان، الأربعاء، في أنقرة نظيره السوري "
     "أسعد حسن الشيباني ووزير الدفاع مرهف أبو قصرة ورئيس جهاز الاستخبارات العامة حسين السلامة، "
     "في اجتماع أمني رفيع تناول دمج «قسد» في مؤسسات الدولة ومكافحة تنظيم الدولة. وعقد أبو قصرة "
     "جلسة منفصلة مع نظيره التركي يشار غولر، فيما التقى السلامة رئيسَ جهاز الاستخبارات التركي "
     "إبراهيم قالن.\n"
     "وقال فيدان في مؤتمر صحافي مشترك إن تركيا «لن تسمح بتقسيم سوريا». وفي اليوم ذاته أجرى "
     "الشيباني اتصالاً هاتفياً بنظيره الإيراني عباس عراقجي، هو الأول منذ سقوط الأسد.\n"
     "وكان السلامة قد عُيّن رئيساً للجهاز في أيار خلفاً لأنس خطاب، الذي انتقل إلى وزارة الداخلية "
     "في حكومة الرئيس أحمد الشرع. وكان الشرع قد زار أنقرة في شباط، حيث استقبله الرئيس رجب طيب "
     "أردوغان في المجمع الرئاسي، في ثاني رحلة خارجية له بعد الرياض.",
     [("MET_WITH", FID, SHB, "استقبل وزير الخارجية التركي", "2025-08-13"),
      ("MET_WITH", FID, AQS, "استقبل وزير الخارجية التركي", "2025-08-13"),
      ("MET_WITH", FID, SAL, "استقبل وزير الخارجية التركي", "2025-08-13"),
      ("VISITED", SHB, "location:ankara", "الأربعاء، في أنقرة", "2025-08-13"),
      ("VISITED", AQS, "location:ankara", "الأربعاء، في أنقرة", "2025-08-13"),
      ("VISITED", SAL, "location:ankara", "الأربعاء، في أنقرة", "2025-08-13"),
      ("LEADS", SAL, SGI, "ورئيس جهاز الاستخبارات العامة"),
      ("MET_WITH", AQS, GUL, "جلسة منفصلة مع نظيره", "2025-08-13"),
      ("MET_WITH", SAL, KAL, "فيما التقى السلامة", "2025-08-13"),
      ("LEADS", KAL, "organization:turkish-national-intelligence-organization",
       "رئيسَ جهاز الاستخبارات التركي"),
      ("LEADS", ARA, "organization:iranian-foreign-ministry", "بنظيره الإيراني عباس"),
      ("SUCCESSOR_OF", SAL, KHT, "خلفاً لأنس خطاب", "2025-05"),
      ("LEADS", "person:ahmed-al-sharaa", "country:syria", "في حكومة الرئيس أحمد"),
      ("VISITED", "person:ahmed-al-sharaa", "location:ankara", "قد زار أنقرة", "2025-02-04"),
      ("MET_WITH", "person:ahmed-al-sharaa", "person:recep-tayyip-erdogan", "حيث استقبله الرئيس",
       "2025-02-04"),
      ("LEADS", "person:recep-tayyip-erdogan", "country:turkey", "حيث استقبله الرئيس"),
      ("VISITED", "person:ahmed-al-sharaa", "location:riyadh", "بعد الرياض", "2025-02-02"),
      ],
     {"source": "blind set (Arabic wire-style)", "published": "2025-08-13"}),

    ("enCK3_egypt_intel_chief_beirut", "en",
     "BEIRUT (AFP) - Egypt's intelligence chief Hassan Rashad held talks with Lebanese President "
     "Joseph Aoun in Beirut on Tuesday, carrying what Lebanese officials described as an "
     "Egyptian plan to head off a new Israeli escalation. Rashad, who replaced Abbas Kamel at the "
     "head of the General Intelligence Directorate a year ago, also met parliament speaker Nabih "
     "Berri, Hezbollah's closest ally, and Prime Minister Nawaf Salam.\n"
     "An official close to Hezbollah told AFP the Egyptian envoy had not met any of the group's "
     "leaders but had passed messages through Berri. Egypt's ambassador to Lebanon, Alaa Moussa, "
     "told Asharq Al-Awsat the initiative aimed to \u201cspare Lebanon a war\u201d.\n"
     "Hezbollah chief Naim Qassem, who took over after Israel killed Hassan Nasrallah in "
     "September 2024, said on Sunday the group would not disarm. Egyptian Foreign Minister Badr "
     "Abdel Aty, who visited Beirut in August and met Aoun, spoke by phone with his Iranian "
     "counterpart Abbas Araghchi on Monday.",
     [("LEADS", RSH, "organization:egyptian-general-intelligence", "Egypt's intelligence chief"),
      ("MET_WITH", RSH, JAO, "held talks with Lebanese President", "2025-10-28"),
      ("LEADS", JAO, "country:lebanon", "held talks with Lebanese President"),
      ("VISITED", RSH, "location:beirut", "Joseph Aoun in Beirut", "2025-10-28"),
      ("SUCCESSOR_OF", RSH, "person:abbas-kamel", "who replaced Abbas Kamel", "2024-10"),
      ("LEADS", "person:abbas-kamel", "organization:egyptian-general-intelligence",
       "who replaced Abbas Kamel"),
      ("MET_WITH", RSH, BERRI, "also met parliament speaker", "2025-10-28"),
      ("MET_WITH", RSH, NSAL, "Prime Minister Nawaf", "2025-10-28"),
      ("LEADS", BERRI, LPAR, "parliament speaker Nabih"),
      ("LEADS", NSAL, LGOV, "Prime Minister Nawaf"),
      ("REPORTED_BY", "person:alaa-moussa", "outlet:asharq-al-awsat", "told Asharq Al-Awsat"),
      ("LEADS", "person:naim-qassem", "organization:hezbollah", "Hezbollah chief Naim"),
      ("SUCCESSOR_OF", "person:naim-qassem", "person:hassan-nasrallah", "who took over after Israel",
       "2024-10-29"),
      ("ASSASSINATED_BY", "person:hassan-nasrallah", ISR, "Israel killed Hassan", "2024-09-27"),
      ("VISITED", "person:badr-abdelatty", "location:beirut", "who visited Beirut in August",
       "2025-08"),
      ("MET_WITH", "person:badr-abdelatty", JAO, "in August and met Aoun", "2025-08"),
      ("LEADS", ARA, "organization:iranian-foreign-ministry", "counterpart Abbas Araghchi"),
      ],
     {"source": "blind set (AFP-style)", "published": "2025-10-28"}),

    ("arCK4_khulaifi_received_by_salam", "ar",
     "بيروت - «النهار» - استقبل رئيس الحكومة اللبنانية نواف سلام، الاثنين، في السراي الحكومي "
     "وزير الدولة في وزارة الخارجية القطرية محمد بن عبد العزيز الخليفي، الذي يزور بيروت حاملاً "
     "رسالة من أمير قطر الشيخ تميم بن حمد آل ثاني تتضمن دعماً للجيش ولإعادة الإعمار. والتقى الخليفي "
     "في وقت لاحق الرئيس جوزاف عون في قصر بعبدا، ورئيس مجلس النواب نبيه بري في عين التينة. ومن "
     "المقرر أن يلتقي قائد الجيش العماد رودولف هيكل غداً.\n"
     "وكان سلام، الرئيس السابق لمحكمة العدل الدولية، قد شكّل حكومته في شباط خلفاً لنجيب ميقاتي، "
     "الذي ترأس حكومة تصريف الأعمال طوال فترة الشغور الرئاسي. وكان ميقاتي قد خلف حسان دياب في "
     "أيلول 2021، بعدما اعتذر السفير مصطفى أديب عن عدم تشكيل الحكومة في خريف 2020، فيما حلّ دياب "
     "محل سعد الحريري الذي استقال تحت ضغط احتجاجات تشرين الأول 2019.",
     [("LEADS", NSAL, LGOV, "استقبل رئيس الحكومة اللبنانية"),
      ("MET_WITH", NSAL, KHU, "استقبل رئيس الحكومة اللبنانية", "2025-02"),
      ("MEMBER_OF", KHU, "organization:qatari-foreign-ministry", "وزير الدولة في وزارة الخارجية"),
      ("VISITED", KHU, "location:beirut", "الذي يزور بيروت", "2025-02"),
      ("LEADS", TAM, "country:qatar", "من أمير قطر"),
      ("MET_WITH", KHU, JAO, "والتقى الخليفي", "2025-02"),
      ("MET_WITH", KHU, BERRI, "والتقى الخليفي", "2025-02"),
      ("LEADS", JAO, "country:lebanon", "الرئيس جوزاف عون"),
      ("LEADS", BERRI, LPAR, "ورئيس مجلس النواب نبيه"),
      ("LEADS", "person:rodolphe-haykal", "organization:lebanese-army", "قائد الجيش العماد"),
      ("LEADS", NSAL, "organization:international-court-of-justice", "الرئيس السابق لمحكمة"),
      ("SUCCESSOR_OF", NSAL, "person:najib-mikati", "خلفاً لنجيب ميقاتي", "2025-02-08"),
      ("LEADS", "person:najib-mikati", LGOV, "الذي ترأس حكومة تصريف"),
      ("SUCCESSOR_OF", "person:najib-mikati", "person:hassan-diab", "قد خلف حسان دياب", "2021-09"),
      ("SUCCESSOR_OF", "person:hassan-diab", "person:saad-al-hariri", "حلّ دياب", "2020-01"),
      ],
     {"source": "blind set (An-Nahar-style Arabic daily)", "published": "2025-02"}),

    ("enCK5_saudi_envoy_beirut", "en",
     "BEIRUT, April 24 (Reuters) - Saudi envoy Prince Yazid bin Farhan met Lebanese President "
     "Joseph Aoun in Beirut on Thursday, the latest in a string of Saudi visits since Riyadh "
     "re-engaged with Lebanon after years of estrangement over Hezbollah's influence. Yazid, who "
     "handles the Lebanon file at the Saudi foreign ministry, also met Prime Minister Nawaf Salam "
     "and newly sworn-in central bank governor Karim Souaid.\n"
     "Souaid took over this month from acting governor Wassim Mansouri, who had stepped in at "
     "Banque du Liban in July 2023, replacing Riad Salameh at the end of his 30-year tenure. "
     "Salameh was later arrested on embezzlement charges, which he denies.\n"
     "In January, Foreign Minister Prince Faisal bin Farhan became the first Saudi foreign "
     "minister to visit Lebanon in 15 years, meeting Aoun days after parliament elected him to "
     "succeed Michel Aoun, whose term had ended in October 2022. Joseph Aoun, a former army chief, "
     "was succeeded at the head of the armed forces by General Rodolphe Haykal in March. Yazid "
     "did not meet any Hezbollah official, a Lebanese source said.",
     [("MET_WITH", YAZ, JAO, "met Lebanese President", "2025-04-24"),
      ("LEADS", JAO, "country:lebanon", "met Lebanese President"),
      ("VISITED", YAZ, "location:beirut", "Joseph Aoun in Beirut", "2025-04-24"),
      ("MEMBER_OF", YAZ, "organization:saudi-foreign-ministry", "at the Saudi foreign ministry"),
      ("MET_WITH", YAZ, NSAL, "also met Prime Minister", "2025-04-24"),
      ("MET_WITH", YAZ, SOU, "sworn-in central bank governor", "2025-04-24"),
      ("LEADS", NSAL, LGOV, "also met Prime Minister"),
      ("LEADS", SOU, "organization:banque-du-liban", "sworn-in central bank governor"),
      ("SUCCESSOR_OF", SOU, "person:wassim-mansouri", "Souaid took over this month", "2025-04"),
      ("SUCCESSOR_OF", "person:wassim-mansouri", "person:riad-salameh", "replacing Riad Salameh",
       "2023-07"),
      ("LEADS", "person:wassim-mansouri", "organization:banque-du-liban", "stepped in at"),
      ("LEADS", "person:riad-salameh", "organization:banque-du-liban", "replacing Riad Salameh"),
      ("LEADS", FBF, "organization:saudi-foreign-ministry", "Foreign Minister Prince Faisal"),
      ("VISITED", FBF, "country:lebanon", "to visit Lebanon in 15 years", "2025-01-23"),
      ("MET_WITH", FBF, JAO, "meeting Aoun days after", "2025-01-23"),
      ("SUCCESSOR_OF", JAO, "person:michel-aoun", "succeed Michel Aoun", "2025-01-09"),
      ("SUCCESSOR_OF", "person:rodolphe-haykal", JAO, "was succeeded at the head", "2025-03"),
      ("LEADS", JAO, "organization:lebanese-army", "a former army chief"),
      ("LEADS", "person:rodolphe-haykal", "organization:lebanese-army", "General Rodolphe Haykal"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-04-24"}),

    ("arCK6_tamim_received_in_tehran", "ar",
     "طهران - وكالات - استقبل المرشد الإيراني آية الله علي خامنئي، الأربعاء، أمير قطر الشيخ تميم "
     "بن حمد آل ثاني، في أول زيارة للأمير إلى طهران منذ عام 2023، بعد أن أجرى الأمير مباحثات مع "
     "الرئيس مسعود بزشكيان في قصر سعد آباد. وعقد رئيس مجلس الوزراء وزير الخارجية القطري الشيخ "
     "محمد بن عبد الرحمن آل ثاني جلسة منفصلة مع نظيره عباس عراقجي، فيما بحث وزير الدولة لشؤون "
     "الطاقة سعد بن شريدة الكعبي مع وزير النفط الإيراني محسن باك نجاد تطوير حقل الغاز المشترك.\n"
     "وقال بزشكيان إن بلاده «لا تسعى إلى امتلاك سلاح نووي». ولم يلتقِ الأمير قائد فيلق القدس "
     "إسماعيل قاآني، خلافاً لما أوردته وسائل إعلام إسرائيلية.\n"
     "وكان تميم قد تولى الحكم عام 2013 خلفاً لوالده الشيخ حمد بن خليفة آل ثاني. وتؤدي الدوحة دور "
     "الوسيط بين طهران وواشنطن منذ صفقة تبادل السجناء عام 2023، فيما تستضيف قاعدة العديد أكبر "
     "وجود عسكري أميركي في المنطقة.",
     [("LEADS", "person:ali-khamenei", IRAN, "استقبل المرشد الإيراني"),
      ("MET_WITH", "person:ali-khamenei", TAM, "استقبل المرشد الإيراني", "2025-02-19"),
      ("LEADS", TAM, "country:qatar", "أمير قطر الشيخ تميم"),
      ("VISITED", TAM, IRAN, "أول زيارة للأمير إلى طهران", "2025-02-19"),
      ("MET_WITH", TAM, PEZ, "أجرى الأمير مباحثات", "2025-02-19"),
      ("LEADS", PEZ, IRAN, "الرئيس مسعود بزشكيان في قصر"),
      ("LEADS", MBAR, "organization:qatari-foreign-ministry", "وزير الخارجية القطري الشيخ"),
      ("MET_WITH", MBAR, ARA, "جلسة منفصلة مع نظيره", "2025-02-19"),
      ("MET_WITH", "person:saad-sherida-al-kaabi", "person:mohsen-paknejad",
       "بحث وزير الدولة لشؤون", "2025-02-19"),
      ("MEMBER_OF", "person:mohsen-paknejad", "organization:iranian-government",
       "وزير النفط الإيراني"),
      ("LEADS", Q, QF, "قائد فيلق القدس"),
      ("SUCCESSOR_OF", TAM, "person:hamad-bin-khalifa-al-thani", "خلفاً لوالده", "2013-06-25"),
      ],
     {"source": "blind set (Arabic wire-style)", "published": "2025-02-19"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setCK")
