"""Blind set AM: Iraqi domestic politics and the PMF: the PMF service law shelved (Aug 2025),
PMF salaries in the 2024 budget, Qa'ani in Najaf during the 2022 deadlock, the Kirkuk
governor vote at the Rashid Hotel (Aug 2024), al-Sudani and the factions during the June 2025
war, al-Halbousi's removal by the Federal Supreme Court (Nov 2023).
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setAM/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout38/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO")

Q, S = "person:esmail-qaani", "person:qasem-soleimani"
M, US, T = "person:abu-mahdi-al-muhandis", "country:united-states", "person:donald-trump"
QF, IRGC = "organization:quds-force", "organization:irgc"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
AAH, BADR = "organization:asaib-ahl-al-haq", "organization:badr-organization"
FAY, AMIRI, KHAZ = "person:falih-al-fayyadh", "person:hadi-al-amiri", "person:qais-al-khazali"
SUD, PARL = "person:mohammed-shia-al-sudani", "organization:iraqi-parliament"
KSS, NUJ = "organization:kataib-sayyid-al-shuhada", "organization:harakat-al-nujaba"
KDP, PUK = "organization:kurdistan-democratic-party", "organization:patriotic-union-of-kurdistan"
MASH, MAND = "person:mahmoud-al-mashhadani", "person:mohsen-al-mandalawi"
HALB, FADAK = "person:mohammed-al-halbousi", "person:abdul-aziz-al-muhammadawi"

ARTICLES = [
    ("enAM1_pmf_law_shelved", "en",
     "BAGHDAD, Aug 27 (Reuters) - Iraqi Parliament Speaker Mahmoud al-Mashhadani met Popular "
     "Mobilization Forces chairman Faleh al-Fayadh and Badr Organization leader Hadi al-Ameri on "
     "Wednesday to discuss a draft law on the PMF's service and retirement, hours after the "
     "government pulled the bill from the assembly's agenda, two lawmakers said. The draft would "
     "have forced Fayadh, 69, to retire. Mashhadani, who took over from acting speaker Mohsen al-Mandalawi "
     "last October, has come under pressure from Washington, and U.S. Secretary of State Marco "
     "Rubio raised his concerns in a phone call with Prime Minister Mohammed Shia al-Sudani. "
     "Among the PMF's founders was Abu Mahdi al-Muhandis, the Kataib Hezbollah commander killed "
     "alongside Qassim Sulaimani by a U.S. drone strike in 2020. Shakhawan Abdullah, second "
     "deputy speaker of parliament and a member of the Kurdistan Democratic Party, told Reuters "
     "the bill \u201cis not dead, only postponed.\u201d",
     [("LEADS", MASH, PARL, "Iraqi Parliament Speaker"),
      ("MET_WITH", MASH, FAY, "Mashhadani met Popular", "2025-08-27"),
      ("MET_WITH", MASH, AMIRI, "Mashhadani met Popular", "2025-08-27"),
      ("LEADS", FAY, PMF, "Mobilization Forces chairman Faleh"),
      ("LEADS", AMIRI, BADR, "Badr Organization leader"),
      ("SUCCESSOR_OF", MASH, MAND, "took over from acting speaker", "2024-10"),
      ("LEADS", MAND, PARL, "took over from acting speaker"),
      ("LEADS", M, KH, "the Kataib Hezbollah commander"),
      ("ASSASSINATED_BY", M, US, "by a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "by a U.S. drone strike", "2020-01-03"),
      ("MEMBER_OF", "person:shakhawan-abdullah", PARL, "second deputy speaker of parliament"),
      ("MEMBER_OF", "person:shakhawan-abdullah", KDP, "a member of the Kurdistan Democratic"),
      ("REPORTED_BY", "person:shakhawan-abdullah", "outlet:reuters", "told Reuters"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-08-27"}),

    ("arAM2_pmf_salaries_budget", "ar",
     "بغداد/ شفق نيوز- بحث رئيس هيئة الحشد الشعبي فالح الفيّاض، اليوم الاثنين، مع وزيرة "
     "المالية طيف سامي آليات تمويل رواتب منتسبي الهيئة ضمن جداول موازنة عام 2024، بحضور "
     "الأمين العام لمجلس الوزراء حميد الغزي، بحسب بيان لإعلام الحشد. ونقل البيان عن الفياض "
     "قوله إن «حقوق المقاتلين خط أحمر». وكان رئيس أركان الحشد عبد العزيز المحمداوي، المعروف "
     "بأبي فدك، والذي خلف أبا مهدي المهندس في المنصب بعد اغتياله بضربة أميركية قرب مطار بغداد "
     "مطلع 2020، قد التقى الأسبوع الماضي وزير الدفاع ثابت العباسي لبحث تنسيق المهام على الحدود "
     "السورية. وقال النائب عن الحزب الديمقراطي الكوردستاني جمال كوجر لوكالة شفق نيوز إن «زيادة "
     "أعداد المنتسبين من دون تخصيصات ستربك الموازنة». وكان الفياض قد تلقى اتصالاً هاتفياً من "
     "رئيس مجلس الوزراء محمد شياع السوداني، أكد فيه الأخير التزام الحكومة بصرف الرواتب في "
     "موعدها.",
     [("LEADS", FAY, PMF, "بحث رئيس هيئة الحشد"),
      ("MET_WITH", FAY, "person:taif-sami", "بحث رئيس هيئة الحشد"),
      ("MEMBER_OF", "person:hamid-al-ghazi", "organization:iraqi-government",
       "الأمين العام لمجلس الوزراء"),
      ("MEMBER_OF", FADAK, PMF, "رئيس أركان الحشد"),
      ("SUCCESSOR_OF", FADAK, M, "والذي خلف أبا مهدي"),
      ("ASSASSINATED_BY", M, US, "بعد اغتياله بضربة أميركية", "2020-01-03"),
      ("MET_WITH", FADAK, "person:thabet-al-abbasi", "قد التقى الأسبوع الماضي"),
      ("MEMBER_OF", "person:jamal-cougar", KDP, "النائب عن الحزب الديمقراطي"),
      ("REPORTED_BY", "person:jamal-cougar", "outlet:shafaq-news", "لوكالة شفق نيوز"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2024-03"}),

    ("enAM3_qaani_najaf_sadr", "en",
     "NAJAF, Iraq (AP) \u2014 The commander of Iran's Quds Force, Esmaeil Qa'ani, met "
     "influential Shiite cleric Muqtada al-Sadr at his home in the holy city of Najaf on "
     "Tuesday, two Iraqi officials said, in an apparent bid to persuade the winner of October's "
     "election to bring Tehran's allies into the next government. Qa'ani, who "
     "took over the Revolutionary Guard's expeditionary arm after his predecessor Kasem "
     "Soleimani was killed in a U.S. strike in Baghdad ordered by then-President Donald Trump, "
     "has never matched Soleimani's sway over Iraq's Shiite factions. Al-Sadr has teamed up "
     "with Parliament Speaker Mohammed al-Halbousi and the Kurdistan Democratic Party of Masoud "
     "Barzani to seek a majority government. Hassan al-Adhari, who heads the Sadrist bloc in "
     "parliament, told The Associated Press that \u201cnobody imposes conditions on us.\u201d A "
     "second meeting that Qa'ani had proposed, with leaders of the Coordination Framework "
     "present, never took place.",
     [("LEADS", Q, QF, "The commander of Iran's Quds Force"),
      ("MET_WITH", Q, "person:muqtada-al-sadr", "Qa'ani, met", "2022-02-08"),
      ("VISITED", Q, "location:najaf", "Qa'ani, met", "2022-02-08"),
      ("SUCCESSOR_OF", Q, S, "after his predecessor Kasem"),
      ("PART_OF", QF, IRGC, "Revolutionary Guard's expeditionary arm"),
      ("ASSASSINATED_BY", S, US, "was killed in a U.S. strike", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "was killed in a U.S. strike", "2020-01-03"),
      ("LEADS", "person:masoud-barzani", KDP, "the Kurdistan Democratic Party of Masoud"),
      ("LEADS", "person:hassan-al-adhari", "organization:sadrist-bloc", "who heads the Sadrist bloc"),
      ("REPORTED_BY", "person:hassan-al-adhari", "outlet:ap", "told The Associated Press"),
      ],
     {"source": "blind set (AP-style)", "published": "2022-02-08"}),

    ("arAM4_kirkuk_governor", "ar",
     "روداو - أربيل\n"
     "انتخب مجلس محافظة كركوك، مساء السبت، في جلسة عُقدت بفندق الرشيد في بغداد، ريبوار طه، "
     "مرشح الاتحاد الوطني الكوردستاني، محافظاً لكركوك خلفاً للمحافظ بالوكالة راكان سعيد "
     "الجبوري، الذي أدار المحافظة منذ أحداث 16 أكتوبر 2017. وقاطع أعضاء الحزب الديمقراطي "
     "الكوردستاني وعدد من الأعضاء العرب الجلسة، ووصفوها بأنها «غير قانونية». واستقبل رئيس مجلس "
     "الوزراء محمد شياع السوداني، صباح الأحد، المحافظَ الجديد في مكتبه، بحضور رئيس الاتحاد "
     "الوطني الكوردستاني بافل جلال طالباني، وفق بيان للمكتب الإعلامي. وقال طه لشبكة رووداو "
     "الإعلامية إن «كركوك لكل مكوناتها ولن تكون ساحة لتصفية الحسابات». وبحسب مصادر في الاتحاد "
     "الوطني، فإن طالباني كان قد التقى في بغداد الأسبوع الماضي زعيمَ منظمة بدر هادي العامري "
     "والأمينَ العام لعصائب أهل الحق قيس الخزعلي لتأمين النصاب.",
     [("LOCATED_IN", "location:al-rashid-hotel", "location:baghdad", "بفندق الرشيد في بغداد"),
      ("MEMBER_OF", "person:rebwar-taha", PUK, "مرشح الاتحاد الوطني"),
      ("LEADS", "person:rebwar-taha", "location:kirkuk", "محافظاً لكركوك خلفاً"),
      ("SUCCESSOR_OF", "person:rebwar-taha", "person:rakan-al-jabouri", "محافظاً لكركوك خلفاً",
       "2024-08-10"),
      ("LEADS", "person:rakan-al-jabouri", "location:kirkuk", "للمحافظ بالوكالة"),
      ("MET_WITH", SUD, "person:rebwar-taha", "واستقبل رئيس مجلس", "2024-08-11"),
      ("LEADS", "person:bafel-talabani", PUK, "بحضور رئيس الاتحاد"),
      ("REPORTED_BY", "person:rebwar-taha", "outlet:rudaw", "لشبكة رووداو"),
      ("MET_WITH", "person:bafel-talabani", AMIRI, "كان قد التقى في بغداد"),
      ("MET_WITH", "person:bafel-talabani", KHAZ, "كان قد التقى في بغداد"),
      ("LEADS", AMIRI, BADR, "زعيمَ منظمة بدر"),
      ("LEADS", KHAZ, AAH, "والأمينَ العام لعصائب"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2024-08-11"}),

    ("enAM5_sudani_factions_june_war", "en",
     "Iraqi Prime Minister Mohammed Shia Al Sudani met leaders of several armed factions in "
     "Baghdad on Sunday and urged them to stay out of the war between Israel and Iran, two "
     "officials present told The National. Around the table were Hadi Al Amiri, who leads the "
     "Badr Organisation, Qais Al Khazali, the secretary general of Asaib Ahl Al Haq, and Abu Alaa "
     "Al Walai, head of Kataib Sayyid Al Shuhada, the officials said. Kataib Hezbollah and "
     "Harakat Al Nujaba did not send anyone. \u201cWe told the Prime Minister that our decision "
     "is Iraqi,\u201d Kadhim Al Fartousi, a spokesman for Kataib Sayyid Al Shuhada, told The "
     "National. His group and Nujaba, both part of the Islamic Resistance in Iraq, claimed "
     "dozens of drone attacks on US forces after October 2023, until a US strike in January 2024 "
     "killed Mushtaq Taleb Al Saidi, a Nujaba commander known as Abu Taqwa, in eastern Baghdad. "
     "Mr Al Sudani later spoke by phone with Iran's President Masoud Pezeshkian.",
     [("LEADS", SUD, "country:iraq", "Iraqi Prime Minister Mohammed"),
      ("MET_WITH", SUD, AMIRI, "Around the table were", "2025-06-22"),
      ("MET_WITH", SUD, KHAZ, "Around the table were", "2025-06-22"),
      ("MET_WITH", SUD, "person:abu-alaa-al-walai", "Around the table were", "2025-06-22"),
      ("LEADS", AMIRI, BADR, "who leads the"),
      ("LEADS", KHAZ, AAH, "the secretary general of Asaib"),
      ("LEADS", "person:abu-alaa-al-walai", KSS, "head of Kataib Sayyid"),
      ("MEMBER_OF", "person:kadhim-al-fartousi", KSS, "a spokesman for Kataib"),
      ("REPORTED_BY", "person:kadhim-al-fartousi", "outlet:the-national", "Fartousi, a spokesman"),
      ("PART_OF", KSS, "organization:islamic-resistance-in-iraq", "both part of the Islamic"),
      ("PART_OF", NUJ, "organization:islamic-resistance-in-iraq", "both part of the Islamic"),
      ("ATTACKED", KSS, "organization:us-armed-forces", "drone attacks on US forces"),
      ("ATTACKED", NUJ, "organization:us-armed-forces", "drone attacks on US forces"),
      ("ASSASSINATED_BY", "person:mushtaq-taleb-al-saidi", US, "until a US strike",
       "2024-01-04"),
      ("MEMBER_OF", "person:mushtaq-taleb-al-saidi", NUJ, "a Nujaba commander"),
      ("LEADS", "person:masoud-pezeshkian", "country:iran", "Iran's President Masoud"),
      ],
     {"source": "blind set (The National-style)", "published": "2025-06-22"}),

    ("arAM6_halbousi_removed", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "أنهت المحكمة الاتحادية العليا في العراق، الثلاثاء، عضوية رئيس مجلس النواب محمد الحلبوسي، "
     "في قرار «باتّ وملزم» تلاه رئيس المحكمة القاضي جاسم محمد عبود، على خلفية دعوى تتهمه بتزوير "
     "استقالة أحد النواب. وتولّى النائب الأول محسن المندلاوي رئاسة المجلس بالنيابة خلفاً "
     "للحلبوسي إلى حين انتخاب رئيس جديد. وأعلن حزب «تقدم» الذي يتزعمه الحلبوسي مقاطعة جلسات "
     "البرلمان وانسحاب وزرائه من الحكومة. وكان الحلبوسي قد استقبل قبل أيام السفيرة الأميركية "
     "ألينا رومانوسكي، فيما زاره مساء الثلاثاء زعيم تحالف «الفتح» هادي العامري في منزله ببغداد "
     "لاحتواء الأزمة، بحسب مصدر مقرّب منه. ونفى المكتب الإعلامي للحلبوسي أن يكون قد التقى رئيس "
     "الوزراء محمد شياع السوداني بعد صدور القرار، مؤكداً أن «الاتصالات جرت هاتفياً فقط».",
     [("LEADS", HALB, PARL, "عضوية رئيس مجلس النواب"),
      ("LEADS", "person:jassim-mohammed-abboud", "organization:federal-supreme-court",
       "تلاه رئيس المحكمة"),
      ("SUCCESSOR_OF", MAND, HALB, "بالنيابة خلفاً", "2023-11-14"),
      ("LEADS", MAND, PARL, "رئاسة المجلس بالنيابة"),
      ("MEMBER_OF", MAND, PARL, "وتولّى النائب الأول"),
      ("LEADS", HALB, "organization:taqaddum-party", "الذي يتزعمه الحلبوسي"),
      ("MET_WITH", HALB, "person:alina-romanowski", "قد استقبل قبل أيام"),
      ("MET_WITH", HALB, AMIRI, "زاره مساء الثلاثاء", "2023-11-14"),
      ("LEADS", AMIRI, "organization:fatah-alliance", "زعيم تحالف «الفتح»"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2023-11-15"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setAM")
