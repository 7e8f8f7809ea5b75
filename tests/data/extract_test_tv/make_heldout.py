"""Blind set TV: al-Qaeda's leaders killed and replaced, 2011-2020 (second folder of TU-TV): Hamza bin Laden's
death, reported in July 2019 and confirmed by the White House in September 2019, the reported killing of Abu
Muhammad al-Masri in Tehran (August 2020, reported in November 2020, denied by Iran), the Nusra Front's break
with al-Qaeda under Abu Mohammad al-Julani (July 2016), AQAP's confirmation of Qasim al-Raymi's death and
Khalid Batarfi named after him (February 2020), Hillary Clinton's and Mike Mullen's visit to Islamabad after
the Abbottabad raid (May 2011), and Abu al-Khayr al-Masri killed by a drone in Idlib (February 2017), as a
Saudi English-language daily writes it (Arab News-like: "WASHINGTON:"), a Saudi TV channel's website in
Arabic (Al Arabiya-like: "دبي - العربية.نت"), a Qatari TV channel's English website (Al Jazeera
English-like), a Yemeni news site in Arabic (Al-Masdar Online-like: "«المصدر أونلاين»"), a Pakistani daily
in English (Dawn-like: "ISLAMABAD, May 27:"), and a Syrian opposition weekly in Arabic (Enab Baladi-like:
"إدلب - عنب بلدي").
Pieces: Trump confirms Hamza bin Laden killed in a US operation; his father killed by US Navy SEALs
(English, TV1); the New York Times' report that Israeli agents killed al-Masri in Tehran, Iran's denial
(Arabic, TV2); Julani announces the break with al-Qaeda, Abu al-Khayr's blessing; Kerry had met Putin and
Lavrov in Moscow (English, TV3); AQAP confirms Raymi's death, killed by US forces as Trump announced, and
names Batarfi; Ali Mohsen receives the US ambassador with Maeen Abdulmalik present (Arabic, TV4); Clinton and
Mullen meet Zardari and Gilani, Mullen meets Kayani, Kerry had met Kayani (English, TV5); Abu al-Khayr killed
by a drone (no agent), Hayat Tahrir al-Sham under Hashem al-Sheikh (Arabic, TV6).
Excluded on purpose (no relation): the July reports of Hamza's death "possibly" with US involvement, the
Saudi decision on his citizenship (TV1); al-Masri's killing by Israeli agents, only reported by the
newspaper citing officials and denied by Tehran, al-Masri "a candidate" to succeed al-Zawahiri (TV2); the US
reaction that the group had not changed (TV3); the tribal sources' "likely" strike in al-Bayda, Henzel's
planned visit to Marib (TV4); Gilani's unscheduled visit to Washington (TV5); the drone that activists
"believe" belonged to the coalition, the denied meeting of Abu al-Khayr and al-Julani (TV6).
Judgement calls: "killed in a US counterterrorism operation" (the White House's statement) gives victim ->
United States; "killed by US Navy SEALs" -> United States (TV1); a newspaper's report citing anonymous
officials, denied by the state concerned and confirmed by nobody, gives no ASSASSINATED_BY (TV2); "cutting
its ties with al-Qaeda" is WITHDREW_FROM; al-Qaeda's "deputy leader" and "a rising figure in al-Qaeda" are
MEMBER_OF; "held talks in Moscow with Putin and Lavrov": a meeting of the three (TV3); Trump's announcement
that US forces killed Raymi gives victim -> United States (the agent who claims it, as SQ6's confession);
"بحضور" the prime minister: paired with both principals (TV4); "held talks with Zardari and Gilani": a
meeting of the four (TV5); "اندمجت ... في هيئة تحرير الشام" is PART_OF (TV6).
Filled in for the exercise: the wording of the reports (TV1); the wording of the denial (TV2); the wording of
the experts (TV3); Ali Mohsen's reception of Henzel, its attendee and date, Henzel's planned visit (TV4); the
wording of the officials, Mullen's separate meeting (TV5); the activists' wording, the denied meeting (TV6).
Spellings: "Hamza bin Laden", "Osama bin Laden", "Donald Trump" (TV1); «عبد الله أحمد عبد الله»، «أبو محمد
المصري»، «سعيد خطيب زاده» (TV2); "Abu Mohammed al-Julani", "Ahmed Hassan Abu al-Khayr", "Ayman al-Zawahiri"
(TV3); «قاسم الريمي»، «خالد باطرفي»، «علي محسن الأحمر»، «كريستوفر هنزل» (TV4); "Yousuf Raza Gilani", "Gen
Ashfaq Parvez Kayani", "Adm Mike Mullen" (TV5); «أبو الخير المصري»، «هاشم الشيخ»، «أبو محمد الجولاني» (TV6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tv import ALL  # noqa: E402

HERE = Path(__file__).parent

US, PAKISTAN, YEMEN, RUSSIA = "country:united-states", "country:pakistan", "country:yemen", "country:russia"
AQ, AQAP, NUSRA, HTS, PAKARMY = (
    "organization:al-qaeda", "organization:al-qaeda-in-the-arabian-peninsula", "organization:al-nusra-front",
    "organization:hayat-tahrir-al-sham", "organization:pakistan-army")
BINLADEN, ZAWAHIRI, HAMZA, MASRI, KHAYR, JULANI, SHEIKH, RAYMI, BATARFI = (
    "person:osama-bin-laden", "person:ayman-al-zawahiri", "person:hamza-bin-laden", "person:abu-muhammad-al-masri",
    "person:abu-al-khayr-al-masri", "person:ahmed-al-sharaa", "person:hashem-al-sheikh", "person:qasim-al-raymi",
    "person:khalid-batarfi")
TRUMP, KERRY, PUTIN, LAVROV, CLINTON, MULLEN, ZARDARI, GILANI, KAYANI = (
    "person:donald-trump", "person:john-kerry", "person:vladimir-putin", "person:sergei-lavrov",
    "person:hillary-clinton", "person:mike-mullen", "person:asif-ali-zardari", "person:yousaf-raza-gilani",
    "person:ashfaq-parvez-kayani")
MOHSEN, HENZEL, MAEEN, HADI = (
    "person:ali-mohsen-al-ahmar", "person:christopher-henzel", "person:maeen-abdulmalik",
    "person:abdrabbuh-mansur-hadi")

ARABNEWS = "blind set (Saudi English-language daily, Arab News-like)"
ARABIYA = "blind set (Saudi TV channel's website, Arabic, Al Arabiya-like)"
AJE = "blind set (Qatari TV channel's English website, Al Jazeera English-like)"
MASDAR = "blind set (Yemeni news site, Arabic, Al-Masdar Online-like)"
DAWN = "blind set (Pakistani daily, English, Dawn-like)"
ENAB = "blind set (Syrian opposition weekly, Arabic, Enab Baladi-like)"

ARTICLES = [
    ("enTV1_hamza_bin_laden_confirmed_arabnews", "en",
     "Trump confirms Hamza bin Laden killed in US counterterrorism operation\n"
     "WASHINGTON: US President Donald Trump confirmed on Saturday that Hamza bin Laden, a son of Osama bin "
     "Laden and a rising figure in Al-Qaeda, was killed in a US counterterrorism operation in the "
     "Afghanistan-Pakistan region.\n"
     "\"The loss of Hamza bin Laden not only deprives Al-Qaeda of important leadership skills and the symbolic "
     "connection to his father, but undermines important operational activities of the group,\" the White "
     "House statement said. It did not say when the operation took place.\n"
     "US media reported at the end of July, citing intelligence officials, that Hamza had died some time in "
     "the past two years, possibly with US involvement, but officials declined to comment at the time.\n"
     "Saudi Arabia stripped Hamza of his citizenship in March, days after the US State Department offered a "
     "reward of up to $1 million for information on his whereabouts.\n"
     "Believed to be about 30, Hamza had called in audio and video messages for attacks on the US and its "
     "allies to avenge his father, who was killed by US Navy SEALs in Pakistan in May 2011.",
     [("LEADS", TRUMP, US, "US President Donald Trump confirmed"),
      ("MEMBER_OF", HAMZA, AQ, "a rising figure in Al-Qaeda"),
      ("ASSASSINATED_BY", HAMZA, US, "killed in a US counterterrorism operation"),
      ("ASSASSINATED_BY", BINLADEN, US, "who was killed by US Navy SEALs", "2011-05-02"),
      ],
     {"source": ARABNEWS, "published": "2019-09-15"}),

    ("arTV2_abu_muhammad_al_masri_tehran_arabiya", "ar",
     "«نيويورك تايمز»: اغتيال الرجل الثاني في «القاعدة» في طهران.. وإيران تنفي\n"
     "دبي - العربية.نت\n"
     "نقلت صحيفة «نيويورك تايمز» الأميركية عن مسؤولين في الاستخبارات أن القيادي البارز في تنظيم القاعدة عبد "
     "الله أحمد عبد الله، المعروف بـ«أبو محمد المصري»، قُتل برصاص عميلين إسرائيليين كانا على دراجة نارية في "
     "أحد شوارع طهران في السابع من أغسطس الماضي، بطلب من الولايات المتحدة.\n"
     "وبحسب الصحيفة، قُتلت معه ابنته مريم، أرملة حمزة بن لادن نجل مؤسس التنظيم أسامة بن لادن.\n"
     "ونفت وزارة الخارجية الإيرانية الرواية، ووصفها المتحدث باسمها سعيد خطيب زاده بأنها \"مختلقة\"، مؤكداً عدم "
     "وجود \"إرهابيين من القاعدة\" على الأراضي الإيرانية. ولم تعلّق إسرائيل على التقرير، كما لم يصدر عن "
     "التنظيم أي نعي.\n"
     "وكانت وسائل إعلام إيرانية قد ذكرت في أغسطس أن أستاذاً لبنانياً للتاريخ يدعى حبيب داود قُتل مع ابنته في "
     "حادث إطلاق نار في حي باسداران، وهو الاسم الذي قالت الصحيفة إن المصري كان يستخدمه.\n"
     "والمصري متهم بالتخطيط لتفجيري السفارتين الأميركيتين في نيروبي ودار السلام عام 1998، وكان من بين قياديي "
     "التنظيم المقيمين في إيران منذ 2003، وكان يُعد مرشحاً لخلافة أيمن الظواهري في زعامة القاعدة.",
     [("MEMBER_OF", MASRI, AQ, "القيادي البارز في تنظيم القاعدة"),
      ("LEADS", BINLADEN, AQ, "نجل مؤسس التنظيم"),
      ],
     {"source": ARABIYA, "published": "2020-11-14"}),

    ("enTV3_nusra_breaks_with_qaeda_aje", "en",
     "Nusra Front cuts ties with al-Qaeda, renames itself\n"
     "The leader of Syria's Nusra Front, Abu Mohammed al-Julani, has announced that his group is cutting its "
     "ties with al-Qaeda and will operate under a new name, Jabhat Fateh al-Sham.\n"
     "In his first video appearance, broadcast on Thursday, Julani said the move was meant \"to remove the "
     "pretext used by the international community, led by America and Russia\" to bomb Syrians, and thanked "
     "al-Qaeda's leaders for \"understanding the need to break ties\".\n"
     "Hours earlier, al-Qaeda's deputy leader, Ahmed Hassan Abu al-Khayr, gave the move his blessing in an "
     "audio message, saying the group's chief Ayman al-Zawahiri had instructed Nusra's commanders to do what "
     "protects \"the interests of Islam and the Muslims\".\n"
     "Washington was quick to react. \"We continue to assess that its objectives remain unchanged,\" a State "
     "Department spokesman said.\n"
     "The announcement came two weeks after US Secretary of State John Kerry held talks in Moscow with "
     "President Vladimir Putin and Foreign Minister Sergei Lavrov on a plan to coordinate strikes against "
     "Nusra and the Islamic State group.",
     [("LEADS", JULANI, NUSRA, "The leader of Syria's Nusra Front"),
      ("WITHDREW_FROM", NUSRA, AQ, "is cutting its ties with al-Qaeda", "2016-07-28"),
      ("MEMBER_OF", KHAYR, AQ, "al-Qaeda's deputy leader, Ahmed"),
      ("LEADS", ZAWAHIRI, AQ, "the group's chief Ayman"),
      ("LEADS", PUTIN, RUSSIA, "President Vladimir Putin and"),
      ]
     + met_group({KERRY: "Secretary of State John Kerry held talks", PUTIN: "in Moscow with President",
                  LAVROV: "Foreign Minister Sergei Lavrov on"}, "2016-07-14"),
     {"source": AJE, "published": "2016-07-29"}),
]

ARTICLES += [
    ("arTV4_raymi_killed_batarfi_named_masdar", "ar",
     "«القاعدة» تؤكد مقتل الريمي وتعلن باطرفي زعيماً جديداً لفرعها في اليمن\n"
     "عدن - «المصدر أونلاين»\n"
     "أكد تنظيم القاعدة في جزيرة العرب مقتل زعيمه قاسم الريمي، وأعلن اختيار القيادي خالد باطرفي أميراً جديداً "
     "للتنظيم خلفاً له، وذلك بعد أسابيع على إعلان الرئيس الأميركي دونالد ترامب أن القوات الأميركية قتلت الريمي "
     "في عملية لمكافحة الإرهاب في اليمن.\n"
     "وقال التنظيم في تسجيل صوتي بثته مؤسسة «الملاحم» إن الريمي قُتل بغارة لطائرة أميركية، من دون أن يحدد "
     "مكان مقتله أو تاريخه.\n"
     "وكانت مصادر قبلية قد رجّحت أواخر يناير أن يكون الريمي بين قتلى غارة استهدفت منزلاً في محافظة البيضاء.\n"
     "وباطرفي، المولود في السعودية، كان قد خرج من السجن المركزي في المكلا عام 2015 حين سيطر التنظيم على "
     "المدينة، وعُرف بظهوره المتكرر في إصدارات التنظيم المرئية.\n"
     "إلى ذلك، استقبل نائب رئيس الجمهورية الفريق الركن علي محسن الأحمر في الرياض أمس السفير الأميركي لدى "
     "اليمن كريستوفر هنزل، بحضور رئيس الوزراء الدكتور معين عبدالملك، وجرى بحث التعاون في مجال مكافحة "
     "الإرهاب، وفقاً لوكالة سبأ الرسمية.\n"
     "ومن المقرر أن يزور السفير هنزل محافظة مأرب الأسبوع المقبل، بحسب مصدر حكومي.",
     [("LEADS", RAYMI, AQAP, "مقتل زعيمه قاسم الريمي"),
      ("SUCCESSOR_OF", BATARFI, RAYMI, "للتنظيم خلفاً له", "2020-02-23"),
      ("LEADS", BATARFI, AQAP, "اختيار القيادي خالد باطرفي أميراً"),
      ("ASSASSINATED_BY", RAYMI, US, "أن القوات الأميركية قتلت الريمي", "2020-01"),
      ("LEADS", TRUMP, US, "الرئيس الأميركي دونالد ترامب"),
      ("MET_WITH", MOHSEN, HENZEL, "السفير الأميركي لدى", "2020-02-23"),
      ("MET_WITH", MAEEN, MOHSEN, "بحضور رئيس الوزراء", "2020-02-23"),
      ("MET_WITH", MAEEN, HENZEL, "الدكتور معين عبدالملك، وجرى", "2020-02-23"),
      ("LEADS", MAEEN, YEMEN, "رئيس الوزراء الدكتور معين"),
      ],
     {"source": MASDAR, "published": "2020-02-24"}),

    ("enTV5_clinton_mullen_islamabad_dawn", "en",
     "Clinton, Mullen hold talks with Zardari, Gilani\n"
     "ISLAMABAD, May 27: US Secretary of State Hillary Clinton and Admiral Mike Mullen, chairman of the US "
     "Joint Chiefs of Staff, held talks here on Friday with President Asif Ali Zardari and Prime Minister "
     "Yousuf Raza Gilani, in the highest-level American visit since the May 2 raid in Abbottabad in which US "
     "commandos killed Osama bin Laden.\n"
     "Adm Mullen later met Chief of Army Staff Gen Ashfaq Parvez Kayani separately at the General "
     "Headquarters in Rawalpindi, military sources said.\n"
     "Mrs Clinton told a news conference that there was \"absolutely no evidence\" that anyone at the highest "
     "levels of the Pakistani government knew where bin Laden had been hiding, but said Islamabad must take "
     "\"decisive steps\" against militants.\n"
     "Senator John Kerry, chairman of the Senate Foreign Relations Committee, had met Gen Kayani in Rawalpindi "
     "on May 16 in an effort to ease the strain in relations after the raid.\n"
     "A visit by Mr Gilani to Washington, which had been expected this summer, has not yet been scheduled, "
     "officials said.",
     met_group({CLINTON: "Secretary of State Hillary Clinton", MULLEN: "and Admiral Mike Mullen",
                ZARDARI: "with President Asif Ali Zardari", GILANI: "and Prime Minister"},
               "2011-05-27")
     + [("ASSASSINATED_BY", BINLADEN, US, "commandos killed Osama", "2011-05-02"),
        ("MET_WITH", MULLEN, KAYANI, "Adm Mullen later met", "2011-05-27"),
        ("LEADS", KAYANI, PAKARMY, "Chief of Army Staff Gen Ashfaq"),
        ("MET_WITH", KERRY, KAYANI, "had met Gen Kayani", "2011-05-16"),
        ("LEADS", ZARDARI, PAKISTAN, "President Asif Ali Zardari and"),
        ("LEADS", GILANI, PAKISTAN, "Yousuf Raza Gilani, in"),
        ],
     {"source": DAWN, "published": "2011-05-28"}),

    ("arTV6_abu_khayr_killed_idlib_enab", "ar",
     "مقتل «أبو الخير المصري» نائب زعيم القاعدة بغارة في ريف إدلب\n"
     "إدلب - عنب بلدي\n"
     "قُتل القيادي في تنظيم القاعدة أحمد حسن أبو الخير، المعروف بـ«أبو الخير المصري»، مساء الأحد 26 شباط، "
     "بغارة من طائرة مسيّرة استهدفت سيارته قرب بلدة المسطومة في ريف إدلب، بحسب ما أكدته «هيئة تحرير الشام».\n"
     "ولم تعلن أي جهة مسؤوليتها عن الغارة، فيما رجّح ناشطون أن تكون الطائرة تابعة للتحالف الدولي، الذي "
     "استهدف خلال الأسابيع الماضية عدداً من قياديي «فتح الشام» في المحافظة.\n"
     "ويُعد أبو الخير من الجيل المؤسس للقاعدة، وقد أفرجت عنه إيران عام 2015 ضمن صفقة تبادل مع فرع التنظيم "
     "في اليمن، قبل أن ينتقل إلى سوريا.\n"
     "وكان أبو الخير قد بارك، في تسجيل صوتي في تموز 2016، قرار «جبهة النصرة» فك ارتباطها بالقاعدة، قبل أن "
     "تندمج الجبهة مع فصائل أخرى نهاية كانون الثاني الماضي في «هيئة تحرير الشام» التي يقودها هاشم الشيخ "
     "«أبو جابر»، فيما يشغل أبو محمد الجولاني منصب القائد العسكري فيها.\n"
     "ونفت الهيئة ما تداولته مواقع معارضة عن لقاء جمع أبو الخير بالجولاني قبل أيام من مقتله.",
     [("MEMBER_OF", KHAYR, AQ, "قُتل القيادي في تنظيم القاعدة"),
      ("WITHDREW_FROM", NUSRA, AQ, "فك ارتباطها بالقاعدة", "2016-07-28"),
      ("PART_OF", NUSRA, HTS, "تندمج الجبهة مع فصائل أخرى", "2017-01-28"),
      ("LEADS", SHEIKH, HTS, "التي يقودها هاشم الشيخ"),
      ("MEMBER_OF", JULANI, HTS, "منصب القائد العسكري فيها"),
      ],
     {"source": ENAB, "published": "2017-03-02"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTV")
