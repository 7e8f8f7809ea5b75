"""Blind set P: the nuclear deal and Iran's enrichment step after the strike, Pompeo in
Baghdad (2019), Qa'ani's anniversary speech, McKenzie received by Barham Salih, Trump meets
Saleh in Davos, Qaani reappears at Nilforoushan's funeral (2024).
Written and annotated blind (extractor neither read nor run).
Held out: do not tune on it (see ../extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_p/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "MP")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
MUH, TR = "person:abu-mahdi-al-muhandis", "person:donald-trump"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
IQ, IR, BGD = "country:iraq", "country:iran", "location:baghdad"
BARHAM, THANI = "person:barham-salih", "person:mohammed-bin-abdulrahman-al-thani"
MCK, CALV = "person:kenneth-mckenzie", "person:paul-calvert"
NIL, NAS = "person:abbas-nilforoushan", "person:hassan-nasrallah"

ARTICLES = [
    ("enP1_enrichment_after_strike", "en",
     "DUBAI, Jan 5 (Reuters) - Iran said on Sunday it would no longer observe any limits on "
     "uranium enrichment under its 2015 nuclear deal with world powers, its biggest step back yet "
     "from the pact, two days after a U.S. drone strike in Baghdad killed its top general, "
     "Qassem Soleimani. Tehran would keep cooperating with the U.N. nuclear watchdog, government "
     "spokesman Ali Rabiei said. U.S. President Donald Trump withdrew from the deal in 2018 and "
     "reimposed sanctions that have crippled Iran's oil exports. Soleimani's successor, Esmaeil "
     "Qani, vowed on state television to \"expel America from the region.\" On Saturday, President "
     "Hassan Rouhani and Foreign Minister Mohammad Javad Zarif received Qatar's foreign "
     "minister, Sheikh Mohammed bin Abdulrahman Al Thani, in Tehran, the first senior foreign "
     "official to visit since the strike. In Baghdad, Iraq's parliament passed a resolution on "
     "Sunday calling for the expulsion of foreign troops.",
     [("ASSASSINATED_BY", S, US, "a U.S. drone strike in Baghdad killed", "2020-01-03"),
      ("LEADS", TR, US, "Trump withdrew"),
      ("WITHDREW_FROM", TR, "agreement:jcpoa", "Trump withdrew", "2018"),
      ("SUCCESSOR_OF", Q, S, "successor, Esmaeil"),
      ("MET_WITH", "person:mohammad-javad-zarif", THANI, "received Qatar's", "2020-01-04"),
      ("MET_WITH", "person:hassan-rouhani", THANI, "received Qatar's", "2020-01-04"),
      ("VISITED", THANI, IR, "received Qatar's", "2020-01-04"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-01-05"}),

    ("arP2_pompeo_surprise_visit", "ar",
     "بغداد ــ العربي الجديد\n"
     "وصل وزير الخارجية الأميركي مايك بومبيو، مساء الثلاثاء، إلى بغداد في زيارة مفاجئة لم تُعلن "
     "مسبقاً، بعد أن ألغى محطة كانت مقررة في برلين. والتقى بومبيو رئيسَ الوزراء عادل عبد المهدي "
     "ورئيس الجمهورية برهم صالح، وأبلغهما، وفق مصدر حكومي عراقي، بأن واشنطن رصدت \"تحركات "
     "لفصائل مدعومة من إيران\" تهدد القوات الأميركية في العراق. وقال وزير الخارجية العراقي محمد "
     "علي الحكيم لـ\"العربي الجديد\" إن بغداد \"لن تكون طرفاً في أي صراع\". ولم يلتقِ بومبيو رئيس "
     "البرلمان محمد الحلبوسي بسبب ضيق الوقت، بحسب مكتب الأخير. وتأتي الزيارة بعد عام من إعلان "
     "الرئيس الأميركي دونالد ترامب انسحاب الولايات المتحدة من الاتفاق النووي مع إيران، وفي ظل "
     "تصاعد التوتر بعد إرسال حاملة الطائرات \"أبراهام لينكولن\" إلى المنطقة.",
     [("VISITED", "person:mike-pompeo", BGD, "وصل وزير الخارجية", "2019-05-07"),
      ("MET_WITH", "person:mike-pompeo", "person:adil-abdul-mahdi", "والتقى بومبيو",
       "2019-05-07"),
      ("MET_WITH", "person:mike-pompeo", BARHAM, "والتقى بومبيو", "2019-05-07"),
      ("SUPPORTS", IR, "organization:iran-backed-militias", "مدعومة من إيران"),
      ("LOCATED_IN", "organization:us-armed-forces", IQ, "مدعومة من إيران"),
      ("REPORTED_BY", "person:mohamed-ali-alhakim", "outlet:al-araby-al-jadeed", "علي الحكيم"),
      ("LEADS", "person:mohammed-al-halbousi", "organization:iraqi-parliament", "ولم يلتقِ بومبيو"),
      ("LEADS", TR, US, "انسحاب الولايات المتحدة"),
      ("WITHDREW_FROM", US, "agreement:jcpoa", "انسحاب الولايات المتحدة", "2018-05"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2019-05-08"}),

    ("enP3_qaani_anniversary_warning", "en",
     "TEHRAN, Iran (AP) \u2014 The head of Iran's elite Quds Force warned Friday that people "
     "\u201cinside your own house\u201d may seek revenge for the killing of his predecessor, Gen. "
     "Qassem Soleimani, in a U.S. drone strike a year ago. Gen. Ismail Qa'ani spoke at a "
     "ceremony at Tehran University, where Soleimani's portrait hung beside that of Iraqi "
     "militia commander Abu Mahdi al-Muhandes, who died in the same strike ordered by President "
     "Donald Trump. Iran's judiciary spokesman Gholamhossein Esmaili said Tehran had asked "
     "Interpol to issue a \u201cred notice\u201d for Trump and 47 other U.S. officials over the "
     "killing. Interpol has declined such requests in the past. Qa'ani also hosted a delegation "
     "of Iraqi militia leaders, including Kataib Sayyid al-Shuhada chief Abu Alaa al-Walai, on "
     "the sidelines of the ceremony, Iranian state TV reported. Trump, who leaves office on Jan. "
     "20, has warned Iran against any retaliation.",
     [("LEADS", Q, QF, "The head of Iran's elite"),
      ("SUCCESSOR_OF", Q, S, "The head of Iran's elite"),
      ("ASSASSINATED_BY", S, US, "The head of Iran's elite", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TR, "the same strike ordered", "2020-01-03"),
      ("ASSASSINATED_BY", S, TR, "the same strike ordered", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "the same strike ordered", "2020-01-03"),
      ("MEMBER_OF", "person:gholamhossein-esmaili", "organization:iranian-judiciary",
       "judiciary spokesman"),
      ("MET_WITH", Q, "person:abu-alaa-al-walai", "also hosted a delegation", "2021-01-01"),
      ("LEADS", "person:abu-alaa-al-walai", "organization:kataib-sayyid-al-shuhada",
       "also hosted a delegation"),
      ],
     {"source": "blind set (AP-style)", "published": "2021-01-01"}),

    ("arP4_mckenzie_received", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "استقبل رئيس الجمهورية العراقية برهم صالح، أمس، قائد القيادة المركزية الأميركية الجنرال "
     "كينيث ماكنزي، الذي يزور بغداد يرافقه قائد قوات التحالف الدولي الفريق بول كالفرت، وذلك "
     "بحضور السفير الأميركي ماثيو تولر. وذكر بيان رئاسي أن اللقاء بحث \"مستقبل وجود قوات "
     "التحالف\" في ضوء قرار البرلمان الداعي إلى إخراج القوات الأجنبية. كما اجتمع ماكنزي بالكاظمي "
     "في مكتبه، وبحث معه \"الحوار الاستراتيجي\" المرتقب بين البلدين، وفق مصدر حكومي. وتأتي "
     "الزيارة بعد أشهر من الضربة التي اغتالت فيها الولايات المتحدة قائد فيلق القدس قاسم سليماني "
     "والقيادي في الحشد الشعبي أبو مهدي المهندس قرب مطار بغداد. وقال المسؤول الأمني لكتائب حزب "
     "الله أبو علي العسكري، في تغريدة، إن الزيارة \"استفزاز\"، فيما لم يلتقِ ماكنزي أياً من قادة "
     "الحشد.",
     [("LEADS", BARHAM, IQ, "استقبل رئيس الجمهورية"),
      ("MET_WITH", BARHAM, MCK, "استقبل رئيس الجمهورية", "2020-06"),
      ("LEADS", MCK, "organization:us-central-command", "استقبل رئيس الجمهورية"),
      ("VISITED", MCK, BGD, "استقبل رئيس الجمهورية", "2020-06"),
      ("VISITED", CALV, BGD, "استقبل رئيس الجمهورية", "2020-06"),
      ("LEADS", CALV, "organization:international-coalition", "استقبل رئيس الجمهورية"),
      ("MET_WITH", MCK, K, "كما اجتمع ماكنزي", "2020-06"),
      ("ASSASSINATED_BY", S, US, "اغتالت فيها", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "اغتالت فيها", "2020-01-03"),
      ("LEADS", S, QF, "اغتالت فيها"),
      ("MEMBER_OF", MUH, PMF, "اغتالت فيها"),
      ("MEMBER_OF", "person:abu-ali-al-askari", KH, "المسؤول الأمني لكتائب"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2020-06"}),

    ("enP5_trump_saleh_davos", "en",
     "DAVOS, Switzerland (Reuters) - U.S. President Donald Trump met Iraqi President Barham "
     "Saleh on the sidelines of the World Economic Forum in Davos on Wednesday, their first "
     "encounter since a U.S. strike in Baghdad killed Iranian commander Qassem Soleimani and "
     "Iraqi militia leader Abu Mahdi al-Muhandis earlier this month. \"We have a very good "
     "relationship,\" Trump told reporters as the two sat down, adding that they had \"a lot of "
     "things to discuss.\" Saleh, a veteran Kurdish politician who succeeded Fuad Masum as "
     "president in 2018, has come under fire from Iran-backed factions over the meeting. Kataib "
     "Hezbollah, whose former commander Muhandis died in the strike, had warned that Saleh would "
     "\"not be welcome\" in Baghdad if he met Trump. A day earlier, Trump met Pakistani Prime "
     "Minister Imran Khan in the Swiss resort and said they were discussing Kashmir.",
     [("LEADS", TR, US, "Trump met Iraqi"),
      ("MET_WITH", TR, BARHAM, "Trump met Iraqi", "2020-01-22"),
      ("LEADS", BARHAM, IQ, "Trump met Iraqi"),
      ("VISITED", TR, "location:davos", "Trump met Iraqi", "2020-01-22"),
      ("VISITED", BARHAM, "location:davos", "Trump met Iraqi", "2020-01-22"),
      ("ASSASSINATED_BY", S, US, "Trump met Iraqi", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, US, "Trump met Iraqi", "2020-01-03"),
      ("SUCCESSOR_OF", BARHAM, "person:fuad-masum", "who succeeded Fuad", "2018-10"),
      ("SUPPORTS", IR, "organization:iran-backed-militias", "Iran-backed factions"),
      ("LEADS", MUH, KH, "whose former commander"),
      ("MET_WITH", TR, "person:imran-khan", "A day earlier", "2020-01-21"),
      ("LEADS", "person:imran-khan", "country:pakistan", "A day earlier"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-01-22"}),

    ("arP6_qaani_reappears", "ar",
     "طهران ــ العربي الجديد\n"
     "ظهر قائد فيلق القدس الإيراني، العميد إسماعيل قاآني، يوم الإثنين، في مراسم تشييع نائب قائد "
     "الحرس الثوري للعمليات عباس نيلفروشان في طهران، في أول ظهور علني لقاآني بعد أسابيع من "
     "التكهنات بشأن مصيره. وكان نيلفروشان قد قُتل في الغارة الإسرائيلية التي اغتالت الأمين العام "
     "لحزب الله حسن نصر الله في الضاحية الجنوبية لبيروت أواخر أيلول/سبتمبر الماضي. وقال نائب قائد "
     "الحرس الثوري للشؤون التنسيقية العميد محمد رضا نقدي لوكالة تسنيم إن قاآني \"بصحة جيدة\"، "
     "نافياً تقارير عن إصابته أو التحقيق معه. وكانت تقارير قد أفادت بأن قائد الفيلق زار بيروت بعد "
     "اغتيال نصر الله، من دون أن يتضح من التقى هناك. وتولى قاآني قيادة الفيلق بعد اغتيال سَلَفه "
     "قاسم سُليماني بأمر من الرئيس الأميركي السابق دونالد ترامب في بغداد مطلع 2020، وكان قبلها "
     "نائباً له لأكثر من عشرين عاماً.",
     [("LEADS", Q, QF, "ظهر قائد فيلق"),
      ("MEMBER_OF", NIL, IRGC, "ظهر قائد فيلق"),
      ("ASSASSINATED_BY", NIL, "country:israel", "الغارة الإسرائيلية", "2024-09-27"),
      ("ASSASSINATED_BY", NAS, "country:israel", "الغارة الإسرائيلية", "2024-09-27"),
      ("LEADS", NAS, "organization:hezbollah", "الغارة الإسرائيلية"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "الغارة الإسرائيلية"),
      ("MEMBER_OF", "person:mohammad-reza-naqdi", IRGC, "محمد رضا نقدي"),
      ("REPORTED_BY", "person:mohammad-reza-naqdi", "outlet:tasnim", "محمد رضا نقدي"),
      ("VISITED", Q, "location:beirut", "زار بيروت"),
      ("SUCCESSOR_OF", Q, S, "وتولى قاآني"),
      ("LEADS", S, QF, "وتولى قاآني"),
      ("ASSASSINATED_BY", S, TR, "وتولى قاآني", "2020-01-03"),
      ("LEADS", TR, US, "وتولى قاآني"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-10-21"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setP")
