"""Blind set AX: the killing and the successions in court and in the militias: Callamard's UN
report (July 2020), Iran executes Mousavi-Majd (July 2020), the shrine brigades break with the
PMF after Abu Fadak's appointment (April 2020), al-Amiri receives ambassador Al-e Sadegh (2022),
Amir-Abdollahian meets al-Khaz'ali in Baghdad (Oct 2023), a Tehran court's damages ruling.
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAX/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ax/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU", "AX"
)

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, AAM = "person:abu-mahdi-al-muhandis", "person:adil-abdul-mahdi"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, T = "organization:popular-mobilization-forces", "person:donald-trump"
KH, AAH = "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq"
FAY, FADAK = "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi"
SUD, AMI = "person:mohammed-shia-al-sudani", "person:hadi-al-amiri"
USAF, IRAN, IRAQ = "organization:us-armed-forces", "country:iran", "country:iraq"
BGD = "location:baghdad"
AAB, ZAR = "person:hossein-amir-abdollahian", "person:mohammad-javad-zarif"
KHZ, CF = "person:qais-al-khazali", "organization:coordination-framework"

ARTICLES = [
    ("enAX1_callamard_report", "en",
     "GENEVA (AFP) - The US drone strike that killed Iranian general Qassem Soleimani in Baghdad in "
     "January was \u201cunlawful\u201d and violated the UN Charter, the United Nations special "
     "rapporteur on extrajudicial executions, Agnes Callamard, said Tuesday. Callamard, who "
     "presented her findings to the UN Human Rights Council, said Washington had provided no "
     "evidence of an imminent threat that would justify the strike, which President Donald Trump "
     "ordered and which also killed Iraqi paramilitary chief Abu Mahdi al-Muhandis. State "
     "Department spokeswoman Morgan Ortagus dismissed the report as \u201cspurious.\u201d Iran's "
     "Foreign Minister Mohammad Javad Zarif welcomed it. Soleimani, who headed the Revolutionary "
     "Guards' Quds Force, was succeeded by his deputy Esmail Qaani. Callamard has not visited "
     "Iraq, and a meeting with Iraqi officials planned for Geneva was called off.",
     [("ASSASSINATED_BY", S, US, "The US drone strike that killed", "2020-01-03"),
      ("MEMBER_OF", "person:agnes-callamard", "organization:united-nations",
       "the United Nations special"),
      ("ASSASSINATED_BY", S, T, "which President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "which President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "which also killed Iraqi paramilitary chief", "2020-01-03"),
      ("MEMBER_OF", "person:morgan-ortagus", "organization:us-state-department",
       "Department spokeswoman Morgan"),
      ("LEADS", S, QF, "who headed the Revolutionary"),
      ("PART_OF", QF, IRGC, "who headed the Revolutionary"),
      ("SUCCESSOR_OF", Q, S, "was succeeded by his deputy"),
      ],
     {"source": "blind set (AFP-style)", "published": "2020-07-07"}),

    ("arAX2_mousavi_majd_execution", "ar",
     "الميادين نت\n"
     "أعلنت السلطة القضائية في إيران، اليوم الإثنين، تنفيذ حكم الإعدام بحق محمود موسوي مجد، المدان "
     "بالتجسس لصالح وكالة الاستخبارات المركزية الأميركية والموساد الإسرائيلي وتقديم معلومات عن "
     "تحركات قائد قوة القدس في حرس الثورة الشهيد الفريق قاسم سليماني. وقال المتحدث باسم السلطة "
     "القضائية غلام حسين إسماعيلي إن موسوي مجد «باع معلومات» عن القوات المسلحة، من دون أن يحدد "
     "دوره في عملية الاغتيال التي نفذتها القوات الأميركية قرب مطار بغداد مطلع العام، وأودت أيضاً "
     "بحياة أبي مهدي المهندس. وكان وزير الأمن الإيراني محمود علوي قد أعلن في وقت سابق تفكيك شبكات "
     "تجسس مرتبطة بواشنطن. ويقود قوة القدس منذ ذلك الحين العميد إسماعيل قاآني، الذي تولى المنصب "
     "خلفاً لسليماني، والتقى الأسبوع الماضي في طهران رئيسَ هيئة الحشد الشعبي فالح الفياض.",
     [("LEADS", S, QF, "تحركات قائد قوة القدس"),
      ("PART_OF", QF, IRGC, "تحركات قائد قوة القدس"),
      ("MEMBER_OF", "person:gholamhossein-esmaili", "organization:iranian-judiciary",
       "المتحدث باسم السلطة \nالقضائية".replace(" \n", " ")),
      ("ASSASSINATED_BY", S, USAF, "التي نفذتها القوات الأميركية", "2020-01-03"),
      ("ASSASSINATED_BY", M, USAF, "وأودت أيضاً", "2020-01-03"),
      ("LEADS", Q, QF, "ويقود قوة القدس منذ"),
      ("SUCCESSOR_OF", Q, S, "الذي تولى المنصب \nخلفاً لسليماني".replace(" \n", " ")),
      ("MET_WITH", Q, FAY, "والتقى الأسبوع الماضي في طهران", "2020-07"),
      ("VISITED", FAY, IRAN, "والتقى الأسبوع الماضي في طهران", "2020-07"),
      ("LEADS", FAY, PMF, "رئيسَ هيئة الحشد"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2020-07-20"}),

    ("enAX3_shrine_brigades_split", "en",
     "BAGHDAD (Reuters) - Four paramilitary brigades loyal to Iraq's top Shi'ite cleric, Grand "
     "Ayatollah Ali al-Sistani, said on Wednesday they would place themselves under the direct "
     "command of the prime minister, breaking with the Iran-aligned leadership of the Popular "
     "Mobilisation Forces. The split followed the appointment in February of Abu Fadak "
     "al-Mohammadawi, a veteran Kataib Hezbollah commander, as the PMF's chief of staff to replace "
     "Abu Mahdi al-Mohandes, who was killed in a U.S. drone strike alongside Iranian general "
     "Qassem Soleimani in January. Hamid al-Yasiri, commander of the Ansar al-Marjaiya brigade, "
     "told Reuters the shrine units had refused to serve under \u201ca man chosen in Tehran.\u201d "
     "PMF chairman Falih al-Fayyadh met the brigades' commanders, including Maytham al-Zaidi of "
     "the Abbas Combat Division, in Baghdad last week but failed to persuade them, two PMF "
     "officials said.",
     [("MEMBER_OF", FADAK, KH, "a veteran Kataib Hezbollah commander"),
      ("MEMBER_OF", FADAK, PMF, "as the PMF's chief of staff"),
      ("SUCCESSOR_OF", FADAK, M, "to replace \nAbu Mahdi".replace(" \n", " "), "2020-02-20"),
      ("MEMBER_OF", M, PMF, "to replace \nAbu Mahdi".replace(" \n", " ")),
      ("ASSASSINATED_BY", M, US, "killed in a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "killed in a U.S. drone strike", "2020-01-03"),
      ("LEADS", "person:hamid-al-yasiri", "organization:ansar-al-marjaiya-brigade",
       "commander of the Ansar al-Marjaiya"),
      ("REPORTED_BY", "person:hamid-al-yasiri", "outlet:reuters", "told Reuters the shrine"),
      ("LEADS", FAY, PMF, "PMF chairman Falih"),
      ("MET_WITH", FAY, "person:maytham-al-zaidi", "met the brigades' commanders", "2020-04"),
      ("LEADS", "person:maytham-al-zaidi", "organization:abbas-combat-division",
       "of \nthe Abbas Combat Division".replace(" \n", " ")),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-04-22"}),

    ("arAX4_amiri_receives_al_e_sadegh", "ar",
     "شفق نيوز/ استقبل الأمين العام لمنظمة بدر هادي العامري، اليوم الثلاثاء، السفيرَ الإيراني "
     "الجديد لدى العراق محمد كاظم آل صادق، في أول لقاء يجمعه بقيادي في الإطار التنسيقي منذ تسلّمه "
     "مهامه في بغداد. وقال القيادي في منظمة بدر معين الكاظمي لشفق نيوز إن اللقاء تناول «الانسداد "
     "السياسي» وتعثر انتخاب رئيس الجمهورية. وآل صادق، الذي خلف إيرج مسجدي في المنصب، عمل سنوات "
     "في مكتب قائد فيلق القدس الراحل قاسم سليماني، الذي اغتالته القوات الأمريكية مطلع 2020. وزار "
     "السفير في اليوم نفسه مقر هيئة الحشد الشعبي، حيث التقى رئيس أركان الهيئة عبد العزيز المحمداوي "
     "(أبو فدك)، الذي تولى المنصب خلفاً لأبي مهدي المهندس. ولم يُعقد لقاء كان مرتقباً بين آل صادق "
     "وزعيم التيار الصدري مقتدى الصدر.",
     [("LEADS", AMI, "organization:badr-organization", "استقبل الأمين العام لمنظمة بدر"),
      ("MET_WITH", AMI, "person:mohammad-kazem-al-e-sadegh", "استقبل الأمين العام لمنظمة بدر",
       "2022-04"),
      ("MEMBER_OF", AMI, CF, "بقيادي في الإطار التنسيقي"),
      ("MEMBER_OF", "person:moein-al-kadhimi", "organization:badr-organization",
       "القيادي في منظمة بدر معين"),
      ("REPORTED_BY", "person:moein-al-kadhimi", "outlet:shafaq-news", "الكاظمي لشفق نيوز"),
      ("SUCCESSOR_OF", "person:mohammad-kazem-al-e-sadegh", "person:iraj-masjedi",
       "الذي خلف إيرج مسجدي", "2022"),
      ("LEADS", S, QF, "قائد فيلق القدس الراحل"),
      ("ASSASSINATED_BY", S, USAF, "الذي اغتالته القوات الأمريكية", "2020-01-03"),
      ("MET_WITH", "person:mohammad-kazem-al-e-sadegh", FADAK, "حيث التقى رئيس أركان", "2022-04"),
      ("MEMBER_OF", FADAK, PMF, "حيث التقى رئيس أركان"),
      ("SUCCESSOR_OF", FADAK, M, "خلفاً لأبي مهدي"),
      ("MEMBER_OF", M, PMF, "خلفاً لأبي مهدي"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement",
       "وزعيم التيار الصدري"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2022-04"}),

    ("enAX5_amirabdollahian_khazali", "en",
     "Iranian Foreign Minister Hossein Amir-Abdollahian met with Asaib Ahl al-Haq leader Qais "
     "al-Khaz'ali and other Coordination Framework figures during a brief stop in Baghdad on Oct. "
     "12, days after Hamas' attack on Israel, according to a statement from Khaz'ali's office. The "
     "Iranian diplomat had earlier held talks with Prime Minister Mohammed Shiaa al-Sudani and "
     "Foreign Minister Fuad Hussein before flying on to Beirut, where he met Hezbollah "
     "Secretary-General Hassan Nasrallah. Naim al-Aboudi, a senior Asaib figure and former higher "
     "education minister, told Al-Monitor the talks focused on \u201cpreventing the war from "
     "spreading.\u201d Khaz'ali's group, an Iran-backed militia that splintered from Moqtada "
     "al-Sadr's Mahdi Army, sits in al-Sudani's government through its Sadiqoun bloc. "
     "Amir-Abdollahian has led Iran's diplomacy since he succeeded Mohammad Javad Zarif in 2021. "
     "A meeting with Kataib Hezbollah's leadership was not on his schedule.",
     [("MET_WITH", AAB, KHZ, "met with Asaib Ahl al-Haq leader", "2023-10-12"),
      ("LEADS", KHZ, AAH, "met with Asaib Ahl al-Haq leader"),
      ("MET_WITH", AAB, CF, "other Coordination Framework figures", "2023-10-12"),
      ("MEMBER_OF", KHZ, CF, "other Coordination Framework figures"),
      ("VISITED", AAB, BGD, "during a brief stop in Baghdad", "2023-10-12"),
      ("ATTACKED", "organization:hamas", "country:israel", "Hamas' attack on Israel", "2023-10-07"),
      ("MET_WITH", AAB, SUD, "had earlier held talks with Prime Minister", "2023-10-12"),
      ("MET_WITH", AAB, "person:fuad-hussein", "had earlier held talks with Prime Minister",
       "2023-10-12"),
      ("VISITED", AAB, "location:beirut", "before flying on to Beirut", "2023-10-12"),
      ("MET_WITH", AAB, "person:hassan-nasrallah", "where he met Hezbollah", "2023-10-12"),
      ("LEADS", "person:hassan-nasrallah", "organization:hezbollah", "where he met Hezbollah"),
      ("MEMBER_OF", "person:naim-al-aboudi", AAH, "a senior Asaib figure"),
      ("REPORTED_BY", "person:naim-al-aboudi", "outlet:al-monitor", "told Al-Monitor"),
      ("SUPPORTS", IRAN, AAH, "an Iran-backed militia"),
      ("LEADS", "person:muqtada-al-sadr", "organization:mahdi-army", "al-Sadr's Mahdi Army"),
      ("LEADS", SUD, "organization:iraqi-government", "sits in al-Sudani's government"),
      ("PART_OF", "organization:sadiqoun-bloc", AAH, "through its Sadiqoun bloc"),
      ("SUCCESSOR_OF", AAB, ZAR, "since he succeeded Mohammad", "2021-08"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2023-10-14"}),

    ("arAX6_tehran_court_damages", "ar",
     "طهران – تسنيم\n"
     "أصدرت محكمة في طهران حكماً يُلزم الحكومة الأمريكية وعدداً من مسؤوليها بدفع نحو 50 مليار "
     "دولار تعويضات لذوي الشهيد الفريق قاسم سليماني وأكثر من ثلاثة آلاف مدّعٍ، على خلفية عملية "
     "الاغتيال التي نفذها الجيش الأمريكي بأمر من الرئيس الأمريكي السابق دونالد ترامب. وأوضح رئيس "
     "مؤسسة الشهيد وشؤون المضحين أمير حسين قاضي زاده هاشمي، في تصريح لتسنيم، أن المؤسسة ستلاحق "
     "تنفيذ الحكم «في كل المحافل الدولية». ويشمل الحكم، بحسب نص القرار، وزير الخارجية الأمريكي "
     "الأسبق مايك بومبيو ورئيس هيئة الأركان المشتركة الأمريكية مارك ميلي. وكان قائد قوة القدس "
     "العميد اسماعيل قاآني، الذي خلف سليماني، قد التقى في كرمان قبل أيام عائلات الشهداء على هامش "
     "الذكرى السنوية للاغتيال. يُذكر أن العملية أسفرت أيضاً عن استشهاد نائب رئيس هيئة الحشد الشعبي "
     "العراقية أبي مهدي المهندس وعدد من رفاقه.",
     [("ASSASSINATED_BY", S, USAF, "التي نفذها الجيش الأمريكي", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "بأمر من الرئيس", "2020-01-03"),
      ("LEADS", T, US, "بأمر من الرئيس"),
      ("LEADS", "person:amir-hossein-ghazizadeh-hashemi", "organization:foundation-of-martyrs",
       "وأوضح رئيس"),
      ("REPORTED_BY", "person:amir-hossein-ghazizadeh-hashemi", "outlet:tasnim", "في تصريح لتسنيم"),
      ("LEADS", "person:mark-milley", "organization:joint-chiefs-of-staff",
       "ورئيس هيئة الأركان المشتركة"),
      ("LEADS", Q, QF, "وكان قائد قوة القدس"),
      ("SUCCESSOR_OF", Q, S, "الذي خلف سليماني"),
      ("ASSASSINATED_BY", M, USAF, "أسفرت أيضاً عن استشهاد", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "أسفرت أيضاً عن استشهاد", "2020-01-03"),
      ("MEMBER_OF", M, PMF, "نائب رئيس هيئة الحشد"),
      ],
     {"source": "blind set (Tasnim Arabic-style)", "published": "2023"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAX")
