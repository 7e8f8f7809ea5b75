"""Blind set BJ: the first and second anniversaries of the Baghdad airport strike (the Tahrir
Square rally, Nasrallah's 2022 speech and Mikati, Raisi at the Mosalla and the PMF delegation in
Kerman) and the November 2021 drone attack on al-Kadhimi's residence (leaders at al-Amiri's home,
the Arab League envoy, Nechirvan Barzani in Baghdad).
Written and annotated blind (extractor neither read nor run).
Run: python3 /work/team/blind/setBJ/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_bj/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_bj)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_bj import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent
USAF = "organization:us-armed-forces"

ARTICLES = [
    ("enBJ1_first_anniversary_rally", "en",
     "BAGHDAD (AP) \u2014 Tens of thousands of supporters of Iraq's Iran-backed militias rallied in "
     "central Baghdad on Sunday to mark the first anniversary of the U.S. drone strike that killed "
     "Iranian Gen. Qassem Soleimani and Iraqi militia commander Abu Mahdi al-Muhandis. Crowds "
     "filled Baghdad's Tahrir Square, chanting \u201cNo, no to America\u201d and waving portraits "
     "of the two men, whose convoy was hit near the city's airport on Jan. 3, 2020, in an attack "
     "ordered by then-President Donald Trump. Falih al-Fayyadh, the head of the Popular "
     "Mobilization Forces, told the crowd the killing would not go \u201cunanswered.\u201d Karim "
     "Alaiwi, a lawmaker with the Badr Organization, said parliament's vote to expel U.S. troops "
     "must be implemented. Soleimani was succeeded by his deputy, Esmail Qaani, who has since "
     "visited Baghdad several times and met Iraqi Prime Minister Mustafa al-Kadhimi. Al-Kadhimi "
     "did not attend the rally.",
     [("SUPPORTS", "country:iran", "organization:iran-backed-militias", "Iraq's Iran-backed militias"),
      ("ASSASSINATED_BY", S, US, "the U.S. drone strike that killed", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "the U.S. drone strike that killed", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "ordered by then-President", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "ordered by then-President", "2020-01-03"),
      ("LOCATED_IN", "location:tahrir-square", BGD, "Baghdad's Tahrir Square"),
      ("LEADS", FAY, PMF, "the head of the Popular"),
      ("MEMBER_OF", "person:karim-alaiwi", BADR, "a lawmaker with the Badr"),
      ("SUCCESSOR_OF", Q, S, "Soleimani was succeeded by his deputy"),
      ("VISITED", Q, BGD, "has since visited Baghdad"),
      ("MET_WITH", Q, K, "met Iraqi Prime Minister"),
      ("LEADS", K, "country:iraq", "Iraqi Prime Minister Mustafa"),
      ],
     {"source": "blind set (AP-style)", "published": "2021-01-03"}),

    ("arBJ2_nasrallah_second_anniversary", "ar",
     "بيروت - الميادين\n"
     "أحيا حزب الله، مساء الاثنين، الذكرى السنوية الثانية لاستشهاد قائد قوة القدس الفريق قاسم "
     "سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس، اللذين اغتالتهما الولايات المتحدة "
     "بأمرٍ من الرئيس الأميركي السابق دونالد ترامب قرب مطار بغداد. وقال الأمين العام لحزب الله "
     "السيد حسن نصر الله في كلمة متلفزة إن «السعودية هي من صدّرت الفكر الإرهابي إلى العالم»، رداً "
     "على تصريحات للعاهل السعودي الملك سلمان بن عبد العزيز. وسارع رئيس الحكومة اللبنانية نجيب "
     "ميقاتي إلى القول إن كلام نصر الله «لا يمثل موقف الحكومة»، بعد أسابيع من استقالة وزير "
     "الإعلام جورج قرداحي، الذي التقاه ميقاتي في السراي قبيل إعلانها. واستعاد نصر الله لقاءاته "
     "بسليماني في الضاحية، مشيداً بخَلَفه العميد إسماعيل قاآني الذي «يواصل الطريق».",
     [("LEADS", S, QF, "قائد قوة القدس الفريق"),
      ("MEMBER_OF", M, PMF, "ونائب رئيس هيئة"),
      ("ASSASSINATED_BY", S, US, "اللذين اغتالتهما الولايات المتحدة", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "اللذين اغتالتهما الولايات المتحدة", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "بأمرٍ من الرئيس", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "بأمرٍ من الرئيس", "2020-01-03"),
      ("LEADS", T, US, "الرئيس الأميركي السابق"),
      ("LEADS", NAS, HEZ, "وقال الأمين العام لحزب الله"),
      ("LEADS", "person:salman-bin-abdulaziz", "country:saudi-arabia", "للعاهل السعودي الملك"),
      ("LEADS", "person:najib-mikati", "country:lebanon", "رئيس الحكومة اللبنانية نجيب"),
      ("MET_WITH", "person:najib-mikati", "person:george-kordahi", "الذي التقاه ميقاتي",
       "2021-12"),
      ("MET_WITH", NAS, S, "واستعاد نصر الله لقاءاته"),
      ("VISITED", S, "location:dahiyeh", "بسليماني في الضاحية"),
      ("SUCCESSOR_OF", Q, S, "مشيداً بخَلَفه العميد"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2022-01-03"}),

    ("enBJ3_raisi_mosalla_kerman", "en",
     "TEHRAN (Tasnim) \u2013 President Ebrahim Raisi said on Monday that former US President Donald "
     "Trump and his secretary of state Mike Pompeo must stand trial for the assassination of "
     "Lieutenant General Qassem Soleimani. Addressing a ceremony at Tehran's Mosalla marking the "
     "second anniversary of the martyrdom of Soleimani and Abu Mahdi al-Muhandis, who were "
     "assassinated by the terrorist US army at Baghdad airport on Trump's orders, Raisi was joined "
     "by Quds Force commander Brigadier General Esmail Qaani and Judiciary Chief Gholam-Hossein "
     "Mohseni-Ejei, who took over the judiciary from Raisi in July. In Kerman, Governor Mohammad "
     "Mehdi Fadaei received a delegation of Iraq's Popular Mobilization Units led by its chief of "
     "staff, Abu Fadak al-Mohammadawi, at the general's grave. Raisi himself succeeded Hassan "
     "Rouhani as president in August.",
     [("LEADS", T, US, "former US President Donald"),
      ("ASSASSINATED_BY", S, USAF, "assassinated by the terrorist US army", "2020-01-03"),
      ("ASSASSINATED_BY", M, USAF, "assassinated by the terrorist US army", "2020-01-03"),
      ("ASSASSINATED_BY", S, T, "on Trump's orders", "2020-01-03"),
      ("ASSASSINATED_BY", M, T, "on Trump's orders", "2020-01-03"),
      ("LEADS", Q, QF, "Quds Force commander Brigadier"),
      ("LEADS", "person:gholamhossein-mohseni-ejei", "organization:iranian-judiciary",
       "Judiciary Chief Gholam-Hossein"),
      ("SUCCESSOR_OF", "person:gholamhossein-mohseni-ejei", "person:ebrahim-raisi",
       "who took over the judiciary from Raisi", "2021-07"),
      ("LEADS", "person:ebrahim-raisi", "organization:iranian-judiciary",
       "who took over the judiciary from Raisi"),
      ("LEADS", "person:mohammad-mehdi-fadaei", "location:kerman", "In Kerman, Governor"),
      ("MET_WITH", "person:mohammad-mehdi-fadaei", FADAK, "Fadaei received a delegation",
       "2022-01-03"),
      ("MEMBER_OF", FADAK, PMF, "led by its chief of"),
      ("VISITED", FADAK, "location:kerman", "Fadaei received a delegation", "2022-01-03"),
      ("SUCCESSOR_OF", "person:ebrahim-raisi", "person:hassan-rouhani",
       "Raisi himself succeeded Hassan", "2021-08"),
      ],
     {"source": "blind set (Tasnim English-style)", "published": "2022-01-03"}),

    ("arBJ4_leaders_at_amiri_home", "ar",
     "شفق نيوز/ احتضن منزل زعيم تحالف الفتح هادي العامري في بغداد، مساء الاثنين، اجتماعاً ضم "
     "رئيس الوزراء مصطفى الكاظمي ورئيس الجمهورية برهم صالح ورئيس مجلس النواب المنحل محمد "
     "الحلبوسي، إلى جانب رئيس ائتلاف دولة القانون نوري المالكي ورئيس تيار الحكمة عمار الحكيم، بعد "
     "يوم من محاولة اغتيال الكاظمي بطائرات مسيّرة مفخخة استهدفت مقر إقامته في المنطقة الخضراء. "
     "وأكد المجتمعون، بحسب بيان لمكتب العامري، «ضرورة ملاحقة الجناة». وقال قائد عمليات بغداد "
     "الفريق الركن أحمد سليم بهجت لشفق نيوز إن الطائرات «انطلقت من منطقة شرقي العاصمة». ولم "
     "تتبنَّ أي جهة الهجوم، في حين نفت كتائب حزب الله أي صلة لها به، وسخر المسؤول الأمني للكتائب "
     "أبو علي العسكري من الرواية الحكومية. وشكّل الكاظمي لجنة تحقيق برئاسة مستشار الأمن القومي "
     "قاسم الأعرجي.",
     [("LEADS", AMI, FAT, "زعيم تحالف الفتح هادي"),
      ("MET_WITH", AMI, K, "اجتماعاً ضم", "2021-11-08"),
      ("MET_WITH", AMI, SAL, "اجتماعاً ضم", "2021-11-08"),
      ("MET_WITH", AMI, HAL, "اجتماعاً ضم", "2021-11-08"),
      ("MET_WITH", AMI, MAL, "اجتماعاً ضم", "2021-11-08"),
      ("MET_WITH", AMI, "person:ammar-al-hakim", "اجتماعاً ضم", "2021-11-08"),
      ("LEADS", HAL, PARL, "ورئيس مجلس النواب المنحل"),
      ("LEADS", MAL, SOL, "رئيس ائتلاف دولة القانون"),
      ("LEADS", "person:ammar-al-hakim", "organization:national-wisdom-movement", "ورئيس تيار الحكمة"),
      ("LEADS", "person:ahmed-salim-bahjat", "organization:baghdad-operations-command",
       "قائد عمليات بغداد"),
      ("REPORTED_BY", "person:ahmed-salim-bahjat", "outlet:shafaq-news", "بهجت لشفق نيوز"),
      ("MEMBER_OF", "person:abu-ali-al-askari", KH, "المسؤول الأمني للكتائب"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2021-11-08"}),

    ("enBJ5_arab_league_envoy_kadhimi", "en",
     "Arab League Assistant Secretary General Hossam Zaki met Iraqi Prime Minister Mustafa Al "
     "Kadhimi in Baghdad on Wednesday, conveying the league's solidarity after Sunday's drone "
     "attack on his residence in the Green Zone. Mr Zaki also held talks with Foreign Minister "
     "Fuad Hussein, the Iraqi Foreign Ministry said. Mr Al Kadhimi, who escaped unhurt, has said "
     "he knows who carried out the attack, without naming them. Iraqi security officials have "
     "blamed Kataib Hezbollah and Asaib Ahl Al Haq, both backed by Iran, allegations the groups "
     "deny. Interior Minister Othman Al Ghanimi said the drones were launched from about 12 "
     "kilometres away. Tehran dispatched Esmail Qaani, who replaced Qassem Suleimani as head of the "
     "Quds Force in January 2020, to Baghdad on Monday, where he met Mr Al Kadhimi, Iraqi officials "
     "said. The Iraqi premier took office in May 2020 after the resignation of Adel Abdul Mahdi.",
     [("MEMBER_OF", "person:hossam-zaki", "organization:arab-league", "Arab League Assistant"),
      ("MET_WITH", "person:hossam-zaki", K, "met Iraqi Prime Minister", "2021-11-10"),
      ("LEADS", K, "country:iraq", "Iraqi Prime Minister Mustafa"),
      ("VISITED", "person:hossam-zaki", BGD, "Kadhimi in Baghdad on Wednesday", "2021-11-10"),
      ("MET_WITH", "person:hossam-zaki", "person:fuad-hussein", "also held talks with Foreign",
       "2021-11-10"),
      ("SUPPORTS", "country:iran", KH, "both backed by Iran"),
      ("SUPPORTS", "country:iran", AAH, "both backed by Iran"),
      ("SUCCESSOR_OF", Q, S, "who replaced Qassem Suleimani"),
      ("LEADS", Q, QF, "as head of the Quds Force"),
      ("LEADS", S, QF, "who replaced Qassem Suleimani"),
      ("VISITED", Q, BGD, "to Baghdad on Monday", "2021-11-08"),
      ("MET_WITH", Q, K, "where he met Mr Al Kadhimi", "2021-11-08"),
      ("SUCCESSOR_OF", K, AAM, "took office in May 2020 after", "2020-05"),
      ],
     {"source": "blind set (The National-style)", "published": "2021-11-10"}),

    ("arBJ6_nechirvan_in_baghdad", "ar",
     "رووداو – أربيل\n"
     "وصل رئيس إقليم كوردستان نيجيرفان بارزاني، اليوم الثلاثاء، إلى بغداد في زيارة تضامنية عقب "
     "استهداف منزل رئيس الوزراء العراقي مصطفى الكاظمي بطائرات مسيّرة، وكان في استقباله بمطار "
     "بغداد الدولي وزير الخارجية فؤاد حسين. والتقى بارزاني الكاظمي في مقر إقامته بالمنطقة "
     "الخضراء، ثم اجتمع برئيس الجمهورية برهم صالح وبرئيس مجلس النواب محمد الحلبوسي. ورافقه في "
     "الزيارة رئيس ديوان رئاسة الإقليم فوزي الحريري. وقال بارزاني في تصريح لرووداو إن «الاعتداء "
     "على الكاظمي اعتداء على كل العراقيين». ومن المقرر أن يلتقي بارزاني غداً رئيس تحالف الفتح "
     "هادي العامري. يُذكر أن الكاظمي تولى رئاسة الحكومة في أيار 2020 خلفاً لعادل عبد المهدي، "
     "الذي استقال تحت ضغط الاحتجاجات.",
     [("LEADS", NECH, "location:kurdistan-region", "رئيس إقليم كوردستان نيجيرفان"),
      ("VISITED", NECH, BGD, "إلى بغداد في زيارة", "2021-11-09"),
      ("LEADS", K, "country:iraq", "رئيس الوزراء العراقي مصطفى"),
      ("MET_WITH", NECH, "person:fuad-hussein", "وكان في استقباله", "2021-11-09"),
      ("MET_WITH", NECH, K, "والتقى بارزاني الكاظمي", "2021-11-09"),
      ("MET_WITH", NECH, SAL, "ثم اجتمع برئيس الجمهورية", "2021-11-09"),
      ("MET_WITH", NECH, HAL, "ثم اجتمع برئيس الجمهورية", "2021-11-09"),
      ("LEADS", HAL, PARL, "وبرئيس مجلس النواب"),
      ("MEMBER_OF", "person:fawzi-hariri", "organization:kurdistan-region-presidency",
       "رئيس ديوان رئاسة الإقليم"),
      ("VISITED", "person:fawzi-hariri", BGD, "ورافقه في الزيارة", "2021-11-09"),
      ("REPORTED_BY", NECH, "outlet:rudaw", "في تصريح لرووداو"),
      ("LEADS", AMI, FAT, "رئيس تحالف الفتح"),
      ("SUCCESSOR_OF", K, AAM, "خلفاً لعادل عبد المهدي", "2020-05"),
      ("LEADS", K, "organization:iraqi-government", "تولى رئاسة الحكومة"),
      ("LEADS", AAM, "organization:iraqi-government", "خلفاً لعادل عبد المهدي"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2021-11-09"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBJ")
