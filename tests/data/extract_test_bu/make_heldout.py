"""Blind set BU: Iraqi leaders abroad and who replaced whom (Rashid in Tehran, al-Sudani at the
Riyadh China-Arab summit, al-Muhammadawi at the Joint Operations Command, al-Shammari in Tehran,
Raisi in Riyadh, al-Kadhimi in Abu Dhabi). Written and annotated blind (extractor neither read
nor run).
Run: python /work/team/blind/setBU/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_bu/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_bv)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_bv import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent

RSH, RAI = "person:abdul-latif-rashid", "person:ebrahim-raisi"
MBS, SHM = "person:mohammed-bin-salman", "person:abdul-amir-al-shammari"
MCF, JOC = "person:matthew-mcfarlane", "organization:joint-operations-command"
RAD, FARAJA = "person:ahmad-reza-radan", "organization:faraja"

ARTICLES = [
    ("arBU1_rashid_in_tehran", "ar",
     "طهران – ارنا – استقبل رئيس الجمهورية الاسلامية الايرانية السيد ابراهيم رئيسي، صباح السبت، "
     "الرئيسَ العراقي عبد اللطيف جمال رشيد في مجمع سعد آباد الثقافي بطهران، بمراسم رسمية، وعقد "
     "الجانبان محادثات ثنائية تلاها اجتماع موسع للوفدين. وكان في استقبال رشيد لدى وصوله الى مطار "
     "مهرآباد وزير الطرق وبناء المدن مهرداد بذرباش، الذي خلف رستم قاسمي في الوزارة. وفي اليوم "
     "التالي، التقى قائد الثورة الاسلامية آية الله السيد علي الخامنئي الرئيسَ العراقي والوفد "
     "المرافق له، وقال إن «الامريكيين اغتالوا ضيف العراق الشهيد الحاج قاسم سليماني على ارض "
     "العراق، ولا ينبغي نسيان هذه الجريمة». كما التقى رشيد رئيس مجلس الشورى الاسلامي محمد باقر "
     "قاليباف، وبحث معه تعزيز التعاون البرلماني. وكان رئيسي قد اجرى اتصالاً هاتفياً بنظيره "
     "العراقي في اكتوبر الماضي لتهنئته بانتخابه خلفاً لبرهم صالح.",
     [("LEADS", RAI, IRN, "رئيس الجمهورية الاسلامية الايرانية"),
      ("MET_WITH", RAI, RSH, "استقبل رئيس الجمهورية", "2023-04-29"),
      ("LEADS", RSH, IRQ, "الرئيسَ العراقي عبد"),
      ("VISITED", RSH, IRN, "في مجمع سعد آباد الثقافي بطهران", "2023-04-29"),
      ("MET_WITH", RSH, "person:mehrdad-bazrpash", "وكان في استقبال رشيد", "2023-04-29"),
      ("SUCCESSOR_OF", "person:mehrdad-bazrpash", "person:rostam-ghasemi", "الذي خلف رستم"),
      ("MET_WITH", "person:ali-khamenei", RSH, "التقى قائد الثورة", "2023-04-30"),
      ("ASSASSINATED_BY", S, US, "الامريكيين اغتالوا", "2020-01-03"),
      ("MET_WITH", RSH, "person:mohammad-bagher-ghalibaf", "كما التقى رشيد", "2023-04"),
      ("LEADS", "person:mohammad-bagher-ghalibaf", "organization:iranian-parliament",
       "رئيس مجلس الشورى"),
      ("SUCCESSOR_OF", RSH, "person:barham-salih", "خلفاً لبرهم", "2022-10"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2023-04-30"}),

    ("enBU2_sudani_riyadh_china_summit", "en",
     "RIYADH, Dec 9 (Reuters) - Iraqi Prime Minister Mohammed Shia al-Sudani met Chinese President "
     "Xi Jinping in Riyadh on Friday on the sidelines of the first China-Arab States summit, his "
     "office said, on his first trip to Saudi Arabia since taking office in October. Sudani, who "
     "replaced Mustafa al-Kadhimi after a year-long political deadlock, was greeted on arrival by "
     "Riyadh Governor Prince Faisal bin Bandar and later held talks with Saudi Crown Prince "
     "Mohammed bin Salman, who hosted the gathering. The two discussed linking the countries' "
     "electricity grids and Saudi investment in Iraq, according to a statement. Xi, on his first "
     "visit to the kingdom since 2016, signed a strategic partnership agreement with King Salman "
     "on Thursday. Sudani, who visited Tehran last month, is due in Berlin in January. An Iraqi "
     "official said a proposed meeting with Kuwait's crown prince did not take place because of "
     "scheduling.",
     [("LEADS", SUD, IRQ, "Iraqi Prime Minister Mohammed"),
      ("MET_WITH", SUD, "person:xi-jinping", "met Chinese President", "2022-12-09"),
      ("LEADS", "person:xi-jinping", "country:china", "Chinese President Xi"),
      ("VISITED", SUD, "location:riyadh", "Xi Jinping in Riyadh", "2022-12-09"),
      ("VISITED", SUD, "country:saudi-arabia", "his first trip to Saudi Arabia", "2022-12-09"),
      ("SUCCESSOR_OF", SUD, K, "who replaced Mustafa", "2022-10"),
      ("MET_WITH", SUD, "person:faisal-bin-bandar", "was greeted on arrival", "2022-12-09"),
      ("LEADS", "person:faisal-bin-bandar", "location:riyadh", "Riyadh Governor Prince"),
      ("MET_WITH", SUD, MBS, "later held talks with Saudi", "2022-12-09"),
      ("VISITED", "person:xi-jinping", "country:saudi-arabia", "his first visit to the kingdom",
       "2022-12"),
      ("VISITED", SUD, IRN, "who visited Tehran last month", "2022-11"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2022-12-09"}),

    ("arBU3_muhammadawi_joc_mcfarlane", "ar",
     "بغداد/ شفق نيوز- استقبل نائب قائد العمليات المشتركة الفريق أول ركن قيس المحمداوي، يوم "
     "الثلاثاء، قائد قوات التحالف الدولي في العراق وسوريا اللواء ماثيو ماكفارلين، في أول لقاء "
     "بينهما منذ تسلّم المحمداوي منصبه خلفاً للفريق أول ركن عبد الأمير الشمري، الذي أصبح وزيراً "
     "للداخلية في حكومة محمد شياع السوداني. وحضر اللقاء قائد عمليات الأنبار اللواء الركن ناصر "
     "الغنام. وقال الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول لشفق نيوز إن «اللقاء "
     "بحث تبادل المعلومات الاستخبارية وملاحقة بقايا داعش في صحراء الأنبار». وكان ماكفارلين قد "
     "التقى الأسبوع الماضي وزير الدفاع الجديد ثابت محمد العباسي، الذي خلف جمعة عناد في الوزارة. "
     "ومن المقرر أن يزور الغنام وماكفارلين الشهر المقبل قاعدة عين الأسد غربي الأنبار، حيث ينتشر "
     "مستشارون من التحالف منذ انتهاء المهمة القتالية نهاية عام 2021.",
     [("MEMBER_OF", "person:qais-al-muhammadawi", JOC, "نائب قائد العمليات المشتركة"),
      ("MET_WITH", "person:qais-al-muhammadawi", MCF, "استقبل نائب قائد", "2022-11"),
      ("LEADS", MCF, "organization:international-coalition", "قائد قوات التحالف الدولي"),
      ("SUCCESSOR_OF", "person:qais-al-muhammadawi", SHM, "خلفاً للفريق أول ركن عبد الأمير",
       "2022-10"),
      ("MEMBER_OF", SHM, JOC, "خلفاً للفريق أول ركن عبد الأمير"),
      ("MEMBER_OF", SHM, GOV, "وزيراً للداخلية في حكومة"),
      ("LEADS", SUD, GOV, "في حكومة محمد شياع"),
      ("LEADS", "person:nasser-al-ghannam", "organization:anbar-operations-command",
       "قائد عمليات الأنبار"),
      ("REPORTED_BY", "person:yahya-rasool", "outlet:shafaq-news", "رسول لشفق نيوز"),
      ("MET_WITH", MCF, "person:thabet-al-abbasi", "وكان ماكفارلين قد", "2022-11"),
      ("SUCCESSOR_OF", "person:thabet-al-abbasi", "person:juma-inad", "الذي خلف جمعة", "2022-10"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar",
       "قاعدة عين الأسد غربي الأنبار"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2022-11"}),

    ("enBU4_shammari_in_tehran", "en",
     "TEHRAN (Tasnim) \u2013 Iraqi Interior Minister Abdul Amir al-Shammari, who arrived in Tehran on "
     "Sunday at the head of a security delegation, held talks with his Iranian "
     "counterpart Ahmad Vahidi on border security and the Arbaeen pilgrimage. Vahidi, who "
     "took over the Interior Ministry from Abdolreza Rahmani Fazli in August 2021, said security "
     "cooperation was \u201cat its best level.\u201d Al-Shammari "
     "was later received by Iran's Police Chief Brigadier General Ahmad Reza Radan, who replaced "
     "Hossein Ashtari at the head of the Law Enforcement Command last month. Omar al-Waeli, the "
     "head of Iraq's Border Ports Authority, accompanied the minister. Vahidi also paid tribute to "
     "General Qassem Soleimani and Abu Mahdi al-Muhandis, the deputy head of Iraq's Popular "
     "Mobilization Units, \u201cwho were martyred by the Americans near Baghdad airport.\u201d A "
     "meeting with Ali Shamkhani, the secretary of Iran's Supreme National Security Council, "
     "did not take place.",
     [("VISITED", SHM, IRN, "who arrived in Tehran", "2023-02"),
      ("MET_WITH", SHM, "person:ahmad-vahidi", "held talks with his Iranian counterpart", "2023-02"),
      ("SUCCESSOR_OF", "person:ahmad-vahidi", "person:abdolreza-rahmani-fazli",
       "took over the Interior Ministry", "2021-08"),
      ("MET_WITH", SHM, RAD, "was later received by", "2023-02"),
      ("LEADS", RAD, FARAJA, "Iran's Police Chief Brigadier"),
      ("SUCCESSOR_OF", RAD, "person:hossein-ashtari", "who replaced", "2023-01"),
      ("LEADS", "person:hossein-ashtari", FARAJA, "at the head of the Law Enforcement"),
      ("LEADS", "person:omar-al-waeli", "organization:iraqi-border-ports-authority",
       "the head of Iraq's Border Ports"),
      ("VISITED", "person:omar-al-waeli", IRN, "accompanied the minister", "2023-02"),
      ("MEMBER_OF", M, PMF, "the deputy head of Iraq's Popular"),
      ("ASSASSINATED_BY", S, US, "who were martyred by the Americans", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "who were martyred by the Americans", "2020-01-03"),
      ("MEMBER_OF", "person:ali-shamkhani", "organization:supreme-national-security-council",
       "the secretary of Iran's Supreme"),
      ],
     {"source": "blind set (Tasnim English-style)", "published": "2023-02"}),

    ("arBU5_raisi_in_riyadh", "ar",
     "الرياض: «الشرق الأوسط»\n"
     "وصل الرئيس الإيراني إبراهيم رئيسي إلى الرياض، السبت، للمشاركة في القمة العربية الإسلامية "
     "المشتركة غير العادية بشأن غزة، في أول زيارة لرئيس إيراني إلى السعودية منذ أكثر من عقد، "
     "والأولى لرئيسي، الذي خلف حسن روحاني في الرئاسة عام 2021. وكان في استقبال رئيسي لدى وصوله "
     "إلى مطار الملك خالد الدولي نائبُ أمير منطقة الرياض الأمير محمد بن عبد الرحمن بن عبد العزيز. "
     "واستقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيسَ الإيراني قبيل افتتاح القمة، في أول "
     "لقاء بينهما، وبحثا «وقف الحرب على غزة». والتقى رئيسي على هامش القمة رئيسَ الوزراء العراقي "
     "محمد شياع السوداني والرئيس المصري عبد الفتاح السيسي، في أول لقاء يجمع رئيسَي البلدين منذ "
     "سنوات. وضمّ الوفد الإيراني وزير الخارجية حسين أمير عبداللهيان ورئيس مكتب رئيس الجمهورية "
     "غلام حسين إسماعيلي. وتأتي الزيارة بعد ثمانية أشهر من الاتفاق الذي رعته بكين لاستئناف "
     "العلاقات بين البلدين.",
     [("LEADS", RAI, IRN, "وصل الرئيس الإيراني"),
      ("VISITED", RAI, "location:riyadh", "إلى الرياض، السبت", "2023-11-11"),
      ("VISITED", RAI, "country:saudi-arabia", "أول زيارة لرئيس إيراني إلى السعودية",
       "2023-11-11"),
      ("SUCCESSOR_OF", RAI, "person:hassan-rouhani", "الذي خلف حسن", "2021-08"),
      ("MET_WITH", RAI, "person:mohammed-bin-abdulrahman-bin-abdulaziz", "وكان في استقبال رئيسي",
       "2023-11-11"),
      ("MET_WITH", MBS, RAI, "واستقبل ولي العهد", "2023-11-11"),
      ("MET_WITH", RAI, SUD, "والتقى رئيسي على هامش", "2023-11-11"),
      ("LEADS", SUD, IRQ, "رئيسَ الوزراء العراقي"),
      ("MET_WITH", RAI, "person:abdel-fattah-al-sisi", "والتقى رئيسي على هامش", "2023-11-11"),
      ("LEADS", "person:abdel-fattah-al-sisi", "country:egypt", "والرئيس المصري"),
      ("VISITED", "person:hossein-amir-abdollahian", "location:riyadh", "وضمّ الوفد الإيراني",
       "2023-11-11"),
      ("VISITED", "person:gholamhossein-esmaeili", "location:riyadh", "وضمّ الوفد الإيراني",
       "2023-11-11"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2023-11-12"}),

    ("enBU6_kadhimi_in_abu_dhabi", "en",
     "Iraqi Prime Minister Mustafa Al Kadhimi held talks with Sheikh Mohamed bin Zayed, Crown "
     "Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, at Qasr Al Watan in "
     "Abu Dhabi on Sunday, days after meeting Saudi Crown Prince Mohammed bin Salman in Riyadh. The "
     "UAE said it would invest $3 billion in Iraq, according to a joint statement. Mr Al Kadhimi, "
     "who was accompanied by Finance Minister Ali Allawi and Oil Minister Ihsan Abdul Jabbar, also "
     "met Sheikh Mansour bin Zayed, the UAE's Deputy Prime Minister and Minister of Presidential "
     "Affairs. He took office in May last year, succeeding Adel Abdul Mahdi, who resigned after "
     "months of mass protests in which hundreds of demonstrators were killed. Before the trip, Mr "
     "Al Kadhimi spoke by phone with the Emir of Kuwait, Sheikh Nawaf Al Ahmad, and a stop in "
     "Kuwait that Iraqi officials had mentioned was postponed.",
     [("LEADS", K, IRQ, "Iraqi Prime Minister Mustafa"),
      ("MET_WITH", K, "person:mohamed-bin-zayed", "held talks with Sheikh Mohamed", "2021-04-04"),
      ("MEMBER_OF", "person:mohamed-bin-zayed", "organization:uae-armed-forces",
       "Deputy Supreme Commander of the UAE"),
      ("VISITED", K, "location:abu-dhabi", "at Qasr Al Watan in Abu Dhabi", "2021-04-04"),
      ("LOCATED_IN", "location:qasr-al-watan", "location:abu-dhabi", "at Qasr Al Watan in Abu Dhabi"),
      ("MET_WITH", K, MBS, "days after meeting Saudi", "2021-03-31"),
      ("VISITED", K, "location:riyadh", "Mohammed bin Salman in Riyadh", "2021-03-31"),
      ("VISITED", "person:ali-allawi", "location:abu-dhabi", "who was accompanied by", "2021-04-04"),
      ("VISITED", "person:ihsan-abdul-jabbar", "location:abu-dhabi", "who was accompanied by",
       "2021-04-04"),
      ("MET_WITH", K, "person:mansour-bin-zayed", "also met Sheikh Mansour", "2021-04-04"),
      ("SUCCESSOR_OF", K, AAM, "succeeding Adel", "2020-05"),
      ("LEADS", "person:nawaf-al-ahmad-al-sabah", "country:kuwait", "the Emir of Kuwait"),
      ],
     {"source": "blind set (The National-style)", "published": "2021-04-04"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBU")
