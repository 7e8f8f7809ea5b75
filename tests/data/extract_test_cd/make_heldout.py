"""Blind set CD: UN envoys, Washington, Moscow and Paris/Berlin: Pedersen's first Damascus
talks after de Mistura (Reuters, Jan 2019), Hennis-Plasschaert received by Berri after taking
over from Wronecka (Al-Araby Al-Jadeed, June 2024), Masrour Barzani at the White House
(Kurdistan24, May 2022), Iran's new ambassador Jalali presents credentials to Putin (IRNA
Arabic, 2022), Barrot and Baerbock received by al-Sharaa (AFP, Jan 2025), Putin and Erdogan in
Tehran (Al Mayadeen, July 2022).
Written and annotated blind (extractor neither read nor run).
Run: python3 /work/team/blind/setCD/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cd/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ce import ALL  # noqa: E402

HERE = Path(__file__).parent
E = ALL

S, US, UN = "person:qasem-soleimani", "country:united-states", "organization:united-nations"
PED, HP = "person:geir-pedersen", "person:jeanine-hennis-plasschaert"
MAS, KRG = "person:masrour-barzani", "organization:kurdistan-regional-government"
PUT, SHA = "person:vladimir-putin", "person:ahmed-al-sharaa"
BAR, BAE = "person:jean-noel-barrot", "person:annalena-baerbock"
ERD, RAI = "person:recep-tayyip-erdogan", "person:ebrahim-raisi"

ARTICLES = [
    ("enCD1_pedersen_first_damascus", "en",
     "DAMASCUS (Reuters) - The new United Nations envoy for Syria, Geir Pedersen, held talks "
     "with Foreign Minister Walid al-Moualem in Damascus on Tuesday on his first trip to the "
     "country since taking over from Staffan de Mistura, who stepped down after more than four "
     "years of failed attempts to end the war. Pedersen, a veteran Norwegian diplomat who was "
     "previously his country's ambassador to China, was also received by Deputy Foreign "
     "Minister Faisal al-Mekdad, state news agency SANA said. Moualem told the envoy Damascus "
     "was ready to cooperate as long as he avoided \u201cthe mistakes\u201d of his predecessor, "
     "SANA reported. No meeting with President Bashar al-Assad was announced. De Mistura's final "
     "months were spent trying to set up a committee to draft a new constitution, a process "
     "shaped by Syria's allies Russia and Iran and by Turkey, which backs the rebels. Pedersen "
     "is expected to travel next to Moscow and Ankara.",
     [("MEMBER_OF", PED, UN, "The new United Nations envoy"),
      ("MET_WITH", PED, "person:walid-al-muallem", "held talks", "2019-01-15"),
      ("VISITED", PED, "location:damascus", "Walid al-Moualem in Damascus", "2019-01-15"),
      ("SUCCESSOR_OF", PED, "person:staffan-de-mistura", "taking over from Staffan", "2019-01"),
      ("MEMBER_OF", "person:staffan-de-mistura", UN, "taking over from Staffan"),
      ("MET_WITH", PED, "person:faisal-mekdad", "was also received by Deputy", "2019-01-15"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2019-01-15"}),

    ("arCD2_hennis_plasschaert_berri", "ar",
     "بيروت ــ العربي الجديد\n"
     "استقبل رئيس مجلس النواب اللبناني نبيه بري، اليوم الثلاثاء، في عين التينة المنسّقةَ الخاصة "
     "للأمم المتحدة في لبنان جينين هينيس-بلاسخارت، في أول لقاء بينهما منذ تسلّمها مهامها خلفاً "
     "للبولندية يوانا فرونيتسكا، وجرى البحث في التصعيد جنوباً وتطبيق القرار 1701. وكانت "
     "الدبلوماسية الهولندية، التي ترأست بعثة الأمم المتحدة لمساعدة العراق (يونامي) خمس سنوات "
     "قبل أن يخلفها فيها العُماني محمد الحسان، قد زارت الناقورة أمس، حيث التقت رئيس بعثة "
     "اليونيفيل وقائدها العام الجنرال أرولدو لاثارو. وتأتي جولتها بعد أيام من اغتيال إسرائيل "
     "القيادي في «حزب الله» طالب عبد الله بغارة على بلدة جويا، فيما قُتل ثلاثة عناصر من الحزب "
     "أمس بغارة على أطراف الخيام. وقال مصدر نيابي لـ«العربي الجديد» إن هينيس-بلاسخارت لم تلتقِ "
     "أي مسؤول في الحزب، على أن تزور السراي الحكومي غداً للقاء رئيس حكومة تصريف الأعمال نجيب "
     "ميقاتي.",
     [("LEADS", "person:nabih-berri", "organization:lebanese-parliament", "رئيس مجلس النواب اللبناني"),
      ("MET_WITH", "person:nabih-berri", HP, "استقبل رئيس مجلس", "2024-06-18"),
      ("MEMBER_OF", HP, UN, "المنسّقةَ الخاصة"),
      ("SUCCESSOR_OF", HP, "person:joanna-wronecka", "خلفاً للبولندية", "2024-05"),
      ("MEMBER_OF", "person:joanna-wronecka", UN, "خلفاً للبولندية"),
      ("LEADS", HP, "organization:unami", "التي ترأست بعثة"),
      ("SUCCESSOR_OF", "person:mohammed-al-hassan", HP, "قبل أن يخلفها", "2024"),
      ("LEADS", "person:mohammed-al-hassan", "organization:unami", "قبل أن يخلفها"),
      ("VISITED", HP, "location:naqoura", "قد زارت الناقورة", "2024-06-17"),
      ("MET_WITH", HP, "person:aroldo-lazaro", "حيث التقت رئيس بعثة", "2024-06-17"),
      ("LEADS", "person:aroldo-lazaro", "organization:unifil", "حيث التقت رئيس بعثة"),
      ("ASSASSINATED_BY", "person:taleb-abdallah", "country:israel", "من اغتيال إسرائيل",
       "2024-06-11"),
      ("MEMBER_OF", "person:taleb-abdallah", "organization:hezbollah", "القيادي في «حزب الله»"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-06-18"}),

    ("enCD3_masrour_white_house", "en",
     "WASHINGTON DC, United States (Kurdistan24) \u2013 Kurdistan Region Prime Minister Masrour "
     "Barzani met with US National Security Advisor Jake Sullivan at the White House on "
     "Wednesday, the second day of his visit to Washington. The two discussed energy "
     "cooperation, the political deadlock in Baghdad and the March attack on Erbil, a statement "
     "from the KRG said. The Premier and his delegation later held talks with Brett McGurk, the "
     "White House coordinator for the Middle East, and with Deputy Secretary of State Wendy "
     "Sherman. Iran's Islamic Revolutionary Guard Corps (IRGC) claimed the barrage of ballistic "
     "missiles that struck Erbil on March 13, saying it had targeted an Israeli \u201cstrategic "
     "center.\u201d Treefa Aziz, the KRG Representative to the United States, told Kurdistan24 "
     "that a meeting with President Joe Biden was not on the agenda. Barzani succeeded his "
     "cousin Nechirvan Barzani as head of the cabinet in 2019.",
     [("LEADS", MAS, KRG, "Kurdistan Region Prime Minister"),
      ("MET_WITH", MAS, "person:jake-sullivan", "met with US National Security", "2022-05-04"),
      ("VISITED", MAS, US, "his visit to Washington", "2022-05"),
      ("MET_WITH", MAS, "person:brett-mcgurk", "later held talks with", "2022-05-04"),
      ("MEMBER_OF", "person:brett-mcgurk", "organization:white-house", "White House coordinator"),
      ("MET_WITH", MAS, "person:wendy-sherman", "later held talks with", "2022-05-04"),
      ("ATTACKED", "organization:irgc", "location:erbil", "claimed the barrage", "2022-03-13"),
      ("MEMBER_OF", "person:treefa-aziz", KRG, "the KRG Representative"),
      ("REPORTED_BY", "person:treefa-aziz", "outlet:kurdistan24", "told Kurdistan24"),
      ("SUCCESSOR_OF", MAS, "person:nechirvan-barzani", "Barzani succeeded his", "2019-06"),
      ("LEADS", "person:nechirvan-barzani", KRG, "Barzani succeeded his"),
      ],
     {"source": "blind set (Kurdistan24-style)", "published": "2022-05-04"}),

    ("arCD4_jalali_credentials_putin", "ar",
     "موسكو - إرنا - قدّم سفير الجمهورية الإسلامية الإيرانية الجديد لدى روسيا كاظم جلالي، "
     "اليوم الأربعاء، أوراق اعتماده إلى الرئيس الروسي فلاديمير بوتين خلال مراسم أُقيمت في قاعة "
     "ألكسندر بالكرملين، ليخلف بذلك مهدي سنائي الذي شغل المنصب ثماني سنوات. وأكد بوتين في كلمته "
     "أمام السفراء الجدد أن العلاقات مع طهران «تتطور بثبات»، ولا سيما في مجالي الطاقة والنقل. "
     "وكان جلالي، الرئيس السابق لمركز أبحاث مجلس الشورى الإسلامي، قد التقى الأسبوع الماضي نائب "
     "وزير الخارجية الروسي سيرغي ريابكوف، وبحثا مسار مفاوضات فيينا حول الاتفاق النووي. وقال "
     "جلالي لإرنا إن «التعاون بين البلدين في سوريا، الذي أرسى أسسه الشهيد الحاج قاسم سُلَيْماني، "
     "سيتواصل». وكان وزير الخارجية حسين أمير عبداللهيان قد أجرى اتصالاً هاتفياً بنظيره سيرغي "
     "لافروف مساء الثلاثاء.",
     [("MET_WITH", "person:kazem-jalali", PUT, "أوراق اعتماده إلى الرئيس الروسي", "2022-01"),
      ("LEADS", PUT, "country:russia", "أوراق اعتماده إلى الرئيس الروسي"),
      ("SUCCESSOR_OF", "person:kazem-jalali", "person:mehdi-sanaei", "ليخلف بذلك مهدي"),
      ("MET_WITH", "person:kazem-jalali", "person:sergei-ryabkov", "قد التقى الأسبوع الماضي"),
      ("MEMBER_OF", "person:sergei-ryabkov", "organization:russian-foreign-ministry",
       "قد التقى الأسبوع الماضي"),
      ("REPORTED_BY", "person:kazem-jalali", "outlet:irna", "وقال جلالي لإرنا"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2022-01"}),

    ("enCD5_barrot_baerbock_damascus", "en",
     "DAMASCUS (AFP) - The foreign ministers of France and Germany met Syria's new leader Ahmed "
     "al-Sharaa in Damascus on Friday, the most senior Western officials to visit since the "
     "ouster of Bashar al-Assad less than a month ago. Jean-Noel Barrot and his German "
     "counterpart Annalena Baerbock, who said they travelled on behalf of the European Union, "
     "were received at the presidential palace, where Sharaa greeted Barrot with a handshake "
     "but did not offer his hand to Baerbock. The two ministers also held talks with Foreign "
     "Minister Asaad al-Shaibani and visited the notorious Saydnaya prison. \u201cEurope will "
     "support, but Europe will not be a financier of new Islamist structures,\u201d Baerbock told "
     "reporters. Barrot, who succeeded Stephane Sejourne at the Quai d'Orsay in September, said "
     "France would help draft a constitution. Sharaa's group Hayat Tahrir al-Sham spearheaded "
     "the offensive that toppled Assad on December 8, after which Assad fled to Moscow.",
     [("MET_WITH", BAR, SHA, "met Syria's new leader", "2025-01-03"),
      ("MET_WITH", BAE, SHA, "met Syria's new leader", "2025-01-03"),
      ("VISITED", BAR, "location:damascus", "al-Sharaa in Damascus on Friday", "2025-01-03"),
      ("VISITED", BAE, "location:damascus", "al-Sharaa in Damascus on Friday", "2025-01-03"),
      ("MET_WITH", BAR, "person:asaad-al-shaibani", "The two ministers also held talks",
       "2025-01-03"),
      ("MET_WITH", BAE, "person:asaad-al-shaibani", "The two ministers also held talks",
       "2025-01-03"),
      ("VISITED", BAR, "location:saydnaya-prison", "the notorious Saydnaya", "2025-01-03"),
      ("VISITED", BAE, "location:saydnaya-prison", "the notorious Saydnaya", "2025-01-03"),
      ("SUCCESSOR_OF", BAR, "person:stephane-sejourne", "who succeeded Stephane", "2024-09"),
      ("LEADS", SHA, "organization:hayat-tahrir-al-sham", "Sharaa's group Hayat"),
      ("VISITED", "person:bashar-al-assad", "location:moscow", "Assad fled to Moscow", "2024-12"),
      ],
     {"source": "blind set (AFP-style)", "published": "2025-01-03"}),

    ("arCD6_putin_erdogan_tehran", "ar",
     "طهران ــ الميادين نت\n"
     "استقبل قائد الثورة الإسلامية في إيران السيد علي خامنئي، اليوم الثلاثاء، الرئيس الروسي "
     "فلاديمير بوتين، الذي وصل إلى طهران في زيارته الخارجية الثانية منذ بدء العملية العسكرية "
     "الروسية في أوكرانيا. وكان الرئيس الإيراني إبراهيم رئيسي قد استقبل بوتين والرئيس التركي "
     "رجب طيب إردوغان في قصر سعد آباد، قبل انطلاق القمة الثلاثية للدول الضامنة لمسار أستانة بشأن "
     "سوريا. والتقى بوتين نظيرَه التركي على انفراد لبحث ممر تصدير الحبوب الأوكرانية. وخلال "
     "اللقاء، استذكر السيد خامنئي دور اللواء قاسم سُلَيْماني، الذي اغتالته الولايات المتحدة "
     "قرب مطار بغداد مطلع 2020، في «مواجهة الإرهاب» في سوريا. وكان سليماني قد زار موسكو صيف "
     "2015 والتقى بوتين، وفق تقارير إعلامية، قبل أسابيع من بدء التدخل العسكري الروسي. وقال "
     "المتحدث باسم الكرملين دميتري بيسكوف إن الزيارة «مهمة جداً». ولم يُعقد لقاء بين إردوغان "
     "والمرشد الإيراني في اليوم نفسه، بحسب ما أعلنته الرئاسة التركية.",
     [("LEADS", "person:ali-khamenei", "country:iran", "قائد الثورة الإسلامية في إيران"),
      ("MET_WITH", "person:ali-khamenei", PUT, "استقبل قائد الثورة", "2022-07-19"),
      ("LEADS", PUT, "country:russia", "الرئيس الروسي"),
      ("VISITED", PUT, "country:iran", "الذي وصل إلى طهران", "2022-07-19"),
      ("LEADS", RAI, "country:iran", "وكان الرئيس الإيراني"),
      ("MET_WITH", RAI, PUT, "وكان الرئيس الإيراني", "2022-07-19"),
      ("MET_WITH", RAI, ERD, "وكان الرئيس الإيراني", "2022-07-19"),
      ("LEADS", ERD, "country:turkey", "والرئيس التركي"),
      ("VISITED", ERD, "country:iran", "في قصر سعد آباد", "2022-07-19"),
      ("MET_WITH", PUT, ERD, "والتقى بوتين نظيرَه", "2022-07-19"),
      ("ASSASSINATED_BY", S, US, "الذي اغتالته الولايات المتحدة", "2020-01-03"),
      ("VISITED", S, "location:moscow", "قد زار موسكو", "2015"),
      ("MET_WITH", S, PUT, "قد زار موسكو", "2015"),
      ("MEMBER_OF", "person:dmitry-peskov", "organization:kremlin", "المتحدث باسم الكرملين"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2022-07-19"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setCD")
