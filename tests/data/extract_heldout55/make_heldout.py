"""Blind set BS: US, Iranian and Qatari officials, Oct 2019 - June 2020 (Esper in Baghdad,
Shamkhani in Baghdad, the video-link strategic dialogue, al-Kadhimi reinstates al-Saadi and
visits the PMF, Emir Tamim in Tehran, Masrour Barzani receives Tueller and the coalition
commander). Written and annotated blind (extractor neither read nor run).
Run: python3 /work/team/blind/setBS/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout55/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU",
    "AX", "BA", "BD", "BG", "BS"
)

S, M, Q = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:esmail-qaani"
AM, K, T = "person:adil-abdul-mahdi", "person:mustafa-al-kadhimi", "person:donald-trump"
QF, IRGC, PMF = "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces"
US, TU = "country:united-states", "person:matthew-tueller"
SH, SNSC = "person:ali-shamkhani", "organization:supreme-national-security-council"
D = "2020-01-03"

ARTICLES = [
    ("enBS1_esper_baghdad", "en",
     "BAGHDAD (AP) \u2014 U.S. Defense Secretary Mark Esper arrived in Baghdad on Wednesday and met "
     "Iraqi Prime Minister Adil Abdul-Mahdi and Defense Minister Najah al-Shammari, a day after "
     "Iraq's military said American troops leaving Syria did not have permission to stay in the "
     "country. Esper told reporters traveling with him that the roughly 1,000 troops withdrawn from "
     "northeastern Syria would remain in western Iraq only temporarily before going home. "
     "Al-Shammari, a retired general who took over the ministry from Erfan al-Hiyali, said the two "
     "sides had agreed on a four-week timeline. \u201cThey are transiting,\u201d Esper said. The "
     "visit came amid anti-government protests in which more than 150 people have been killed this "
     "month. A planned stop in Erbil, the capital of the Kurdish region, was dropped from the "
     "schedule, officials said. Gen. Kenneth McKenzie, the head of U.S. Central Command, did not "
     "accompany the secretary.",
     [("VISITED", "person:mark-esper", "location:baghdad", "arrived in Baghdad", "2019-10-23"),
      ("MET_WITH", "person:mark-esper", AM, "and met", "2019-10-23"),
      ("LEADS", AM, "country:iraq", "Iraqi Prime Minister"),
      ("MET_WITH", "person:mark-esper", "person:najah-al-shammari", "Defense Minister Najah",
       "2019-10-23"),
      ("SUCCESSOR_OF", "person:najah-al-shammari", "person:erfan-al-hiyali", "took over the ministry"),
      ("LEADS", "person:kenneth-mckenzie", "organization:us-central-command", "the head of U.S."),
      ],
     {"source": "blind set (AP-style)", "published": "2019-10-23"}),

    ("arBS2_shamkhani_baghdad", "ar",
     "بغداد - ارنا - وصل امين المجلس الاعلى للامن القومي الايراني الاميرال علي شمخاني الى بغداد، "
     "اليوم الاحد، على راس وفد رفيع، في زيارة هي الاولى له منذ استشهاد الفريق قاسم سليماني. والتقى "
     "شمخاني رئيس الجمهورية برهم صالح ورئيس حكومة تصريف الاعمال عادل عبد المهدي ورئيس مجلس النواب "
     "محمد الحلبوسي، كما اجتمع بمستشار الامن الوطني فالح الفياض. وقال المتحدث باسم المجلس الاعلى "
     "للامن القومي كيوان خسروي لارنا ان الزيارة تهدف الى \"متابعة ملف اغتيال قادة النصر\". وكان "
     "سليماني ونائب رئيس هيئة الحشد الشعبي ابو مهدي المهندس قد استشهدا في الثالث من كانون الثاني "
     "بغارة امريكية امر بها الرئيس الامريكي دونالد ترامب، وخلفه في قيادة فيلق القدس العميد اسماعيل "
     "قاآني. واكد شمخاني ان طهران \"تحترم قرار البرلمان العراقي\" بشان اخراج القوات الاجنبية.",
     [("MEMBER_OF", SH, SNSC, "امين المجلس"),
      ("VISITED", SH, "location:baghdad", "الى بغداد، اليوم", "2020-03-08"),
      ("MET_WITH", SH, "person:barham-salih", "رئيس الجمهورية برهم", "2020-03-08"),
      ("MET_WITH", SH, AM, "ورئيس حكومة تصريف", "2020-03-08"),
      ("MET_WITH", SH, "person:mohammed-al-halbousi", "ورئيس مجلس النواب", "2020-03-08"),
      ("LEADS", "person:mohammed-al-halbousi", "organization:iraqi-parliament", "ورئيس مجلس النواب"),
      ("MET_WITH", SH, "person:falih-al-fayyadh", "اجتمع بمستشار", "2020-03-08"),
      ("MEMBER_OF", "person:keyvan-khosravi", SNSC, "المتحدث باسم المجلس"),
      ("REPORTED_BY", "person:keyvan-khosravi", "outlet:irna", "لارنا"),
      ("MEMBER_OF", M, PMF, "ونائب رئيس هيئة"),
      ("ASSASSINATED_BY", S, US, "بغارة امريكية", D),
      ("ASSASSINATED_BY", M, US, "بغارة امريكية", D),
      ("ASSASSINATED_BY", S, T, "امر بها", D),
      ("ASSASSINATED_BY", M, T, "امر بها", D),
      ("LEADS", T, US, "الرئيس الامريكي"),
      ("SUCCESSOR_OF", Q, S, "وخلفه في قيادة", D),
      ("LEADS", Q, QF, "وخلفه في قيادة"),
      ("LEADS", S, QF, "وخلفه في قيادة"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2020-03-08"}),

    ("enBS3_strategic_dialogue", "en",
     "The United States and Iraq opened their long-delayed strategic dialogue on Thursday by video "
     "link, with David Hale, the State Department's third-ranking official, leading the US side and "
     "Abdul Karim Hashim, senior undersecretary at Iraq's Foreign Ministry, heading the Iraqi "
     "delegation. A day earlier, US Ambassador Matthew "
     "Tueller met Prime Minister Mustafa al-Kazemi to prepare the talks, an Iraqi official told "
     "Al-Monitor. Kazemi, the former intelligence chief who succeeded Adel Abdul Mahdi in May, has "
     "promised to stop rocket fire at the US Embassy in the Green Zone. The talks come five months "
     "after parliament voted to expel foreign forces following the US drone strike that killed Quds "
     "Force commander Qasem Soleimani and Abu Mahdi al-Muhandis. Kataib Hezbollah, the Iran-backed "
     "militia that Muhandis founded, said it would reject \u201cany agreement that legitimises the "
     "occupation.\u201d Washington wants to discuss the future of US forces in Iraq.",
     [("MEMBER_OF", "person:david-hale", "organization:us-state-department", "the State Department"),
      ("MEMBER_OF", "person:abdul-karim-hashim", "organization:iraqi-foreign-ministry",
       "senior undersecretary"),
      ("MET_WITH", TU, K, "Tueller met", "2020-06-10"),
      ("SUCCESSOR_OF", K, AM, "who succeeded Adel", "2020-05-07"),
      ("LOCATED_IN", "location:us-embassy-baghdad", "location:green-zone", "US Embassy in the Green"),
      ("ASSASSINATED_BY", S, US, "the US drone strike", D),
      ("ASSASSINATED_BY", M, US, "Abu Mahdi", D),
      ("LEADS", S, QF, "Force commander"),
      ("SUPPORTS", "country:iran", "organization:kataib-hezbollah", "the Iran-backed"),
      ("LEADS", M, "organization:kataib-hezbollah", "Muhandis founded"),
      ("LOCATED_IN", "organization:us-armed-forces", "country:iraq", "US forces in Iraq"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2020-06-11"}),

    ("arBS4_kadhimi_saadi_pmf", "ar",
     "بغداد ــ العربي الجديد\n"
     "أعاد رئيس الوزراء العراقي مصطفى الكاظمي، في أول جلسة لحكومته، الفريقَ الركن عبد الوهاب "
     "الساعدي إلى جهاز مكافحة الإرهاب رئيساً له، خلفاً للفريق الأول الركن طالب شغاتي الذي أحيل "
     "على التقاعد. وكان إبعاد الساعدي في سبتمبر/أيلول الماضي، بقرار من حكومة عادل عبد المهدي، أحد "
     "شرارات الاحتجاجات. وبعد أسبوع، زار الكاظمي مقر هيئة الحشد الشعبي، حيث استقبله رئيس الهيئة "
     "فالح الفياض ورئيس أركانها أبو فدك المحمداوي، الذي خلف أبا مهدي المهندس بعد اغتياله بغارة "
     "أميركية قرب مطار بغداد في يناير/كانون الثاني. وقال مسؤول إعلام الهيئة مهند العقابي لـ\"العربي "
     "الجديد\" إن الزيارة \"رسالة طمأنة\". وكان الكاظمي قد نال ثقة البرلمان في السابع من مايو/أيار "
     "ليخلف عبد المهدي، بعد اعتذار المكلفَين السابقين محمد توفيق علاوي وعدنان الزرفي.",
     [("LEADS", K, "country:iraq", "رئيس الوزراء العراقي"),
      ("SUCCESSOR_OF", "person:abdul-wahab-al-saadi", "person:talib-shaghati", "خلفاً للفريق", "2020-05-09"),
      ("LEADS", "person:abdul-wahab-al-saadi", "organization:counter-terrorism-service", "رئيساً له"),
      ("LEADS", "person:talib-shaghati", "organization:counter-terrorism-service", "خلفاً للفريق"),
      ("LEADS", AM, "organization:iraqi-government", "حكومة عادل"),
      ("MET_WITH", K, "person:falih-al-fayyadh", "حيث استقبله", "2020-05-16"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "حيث استقبله"),
      ("MET_WITH", K, "person:abdul-aziz-al-muhammadawi", "ورئيس أركانها", "2020-05-16"),
      ("MEMBER_OF", "person:abdul-aziz-al-muhammadawi", PMF, "ورئيس أركانها"),
      ("SUCCESSOR_OF", "person:abdul-aziz-al-muhammadawi", M, "الذي خلف", "2020-02-20"),
      ("MEMBER_OF", M, PMF, "الذي خلف"),
      ("ASSASSINATED_BY", M, US, "بعد اغتياله", D),
      ("MEMBER_OF", "person:muhannad-al-uqabi", PMF, "مسؤول إعلام"),
      ("REPORTED_BY", "person:muhannad-al-uqabi", "outlet:al-araby-al-jadeed", "لـ\"العربي"),
      ("SUCCESSOR_OF", K, AM, "ليخلف", "2020-05-07"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-05-17"}),

    ("enBS5_tamim_tehran", "en",
     "TEHRAN (AFP) - Qatar's Emir Sheikh Tamim bin Hamad Al-Thani held talks with President Hassan "
     "Rouhani in Tehran on Sunday, the first foreign leader to visit Iran since a US strike ordered "
     "by President Donald Trump killed Revolutionary Guards general Qasem Soleimani in Baghdad. The "
     "emir, who was accompanied by Foreign Minister Sheikh Mohammed bin Abdulrahman Al-Thani and "
     "the head of the Emiri Diwan, Sheikh Khalid bin Khalifa Al-Thani, later met supreme leader "
     "Ayatollah Ali Khamenei, state television said. \u201cWe agreed that the only solution to the "
     "crisis is de-escalation,\u201d the emir wrote on Twitter. The visit came days after Iran "
     "fired missiles at Ain al-Asad in western Iraq, a base hosting US troops, and after the Guards' "
     "aerospace chief, Brigadier General Amir Ali Hajizadeh, admitted his forces had shot down a "
     "Ukrainian airliner by mistake. Foreign Minister Mohammad Javad Zarif will not travel to Doha "
     "this week, his spokesman said.",
     [("LEADS", "person:tamim-bin-hamad-al-thani", "country:qatar", "Qatar's Emir"),
      ("MET_WITH", "person:tamim-bin-hamad-al-thani", "person:hassan-rouhani", "held talks with",
       "2020-01-12"),
      ("VISITED", "person:tamim-bin-hamad-al-thani", "country:iran", "Rouhani in Tehran", "2020-01-12"),
      ("ASSASSINATED_BY", S, US, "since a US strike", D),
      ("ASSASSINATED_BY", S, T, "by President Donald", D),
      ("MEMBER_OF", S, IRGC, "Revolutionary Guards general"),
      ("VISITED", "person:mohammed-bin-abdulrahman-al-thani", "country:iran", "who was accompanied",
       "2020-01-12"),
      ("VISITED", "person:khalid-bin-khalifa-al-thani", "country:iran", "who was accompanied",
       "2020-01-12"),
      ("LEADS", "person:khalid-bin-khalifa-al-thani", "organization:qatar-emiri-diwan",
       "the head of the Emiri"),
      ("MET_WITH", "person:tamim-bin-hamad-al-thani", "person:ali-khamenei", "later met", "2020-01-12"),
      ("ATTACKED", "country:iran", "location:ain-al-asad-air-base", "fired missiles", "2020-01-08"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "country:iraq", "in western Iraq"),
      ("LOCATED_IN", "organization:us-armed-forces", "location:ain-al-asad-air-base", "a base hosting"),
      ("LEADS", "person:amir-ali-hajizadeh", "organization:irgc-aerospace-force", "aerospace chief"),
      ("PART_OF", "organization:irgc-aerospace-force", IRGC, "aerospace chief"),
      ],
     {"source": "blind set (AFP-style)", "published": "2020-01-12"}),

    ("arBS6_masrour_tueller_white", "ar",
     "أربيل (كوردستان 24)- استقبل رئيس حكومة إقليم كوردستان مسرور بارزاني، الأحد، السفيرَ الأميركي "
     "لدى العراق ماثيو تولر، الذي وصل إلى أربيل صباحاً، وقائدَ قوات التحالف الدولي ضد داعش الفريق "
     "بات وايت، وبحث معهما نتائج الجولة الأولى من الحوار الاستراتيجي بين بغداد وواشنطن. وكان وايت "
     "قد تسلّم قيادة التحالف في سبتمبر/أيلول الماضي خلفاً للفريق بول لاكاميرا. وفي اليوم نفسه، زار "
     "تولر رئيس الإقليم نيجيرفان بارزاني، في حين لم يُعقد لقاء كان مرتقباً بين السفير والرئيس "
     "المشترك للاتحاد الوطني الكوردستاني لاهور شيخ جنكي. وقال عضو برلمان كوردستان عن الحزب "
     "الديمقراطي الكوردستاني ريبين سلام لكوردستان 24 إن التحالف \"شريك أساسي\". ويأتي اللقاء بعد "
     "أشهر من تصويت مجلس النواب العراقي على إخراج القوات الأجنبية إثر اغتيال قاسم سليماني وأبو مهدي "
     "المهندس بضربة أمر بها الرئيس الأميركي دونالد ترامب.",
     [("LEADS", "person:masrour-barzani", "organization:kurdistan-regional-government",
       "رئيس حكومة إقليم"),
      ("MET_WITH", "person:masrour-barzani", TU, "استقبل رئيس", "2020-06-14"),
      ("VISITED", TU, "location:erbil", "وصل إلى أربيل", "2020-06-14"),
      ("MET_WITH", "person:masrour-barzani", "person:pat-white", "وقائدَ قوات", "2020-06-14"),
      ("LEADS", "person:pat-white", "organization:international-coalition", "وقائدَ قوات"),
      ("SUCCESSOR_OF", "person:pat-white", "person:paul-lacamera", "خلفاً للفريق", "2019-09-01"),
      ("LEADS", "person:paul-lacamera", "organization:international-coalition", "خلفاً للفريق"),
      ("MET_WITH", TU, "person:nechirvan-barzani", "تولر رئيس الإقليم", "2020-06-14"),
      ("LEADS", "person:nechirvan-barzani", "location:kurdistan-region", "تولر رئيس الإقليم"),
      ("LEADS", "person:lahur-sheikh-jangi", "organization:patriotic-union-of-kurdistan",
       "المشترك للاتحاد"),
      ("MEMBER_OF", "person:rebin-salam", "organization:kurdistan-democratic-party", "عضو برلمان"),
      ("REPORTED_BY", "person:rebin-salam", "outlet:kurdistan24", "لكوردستان 24"),
      ("ASSASSINATED_BY", S, T, "بضربة أمر بها", D),
      ("ASSASSINATED_BY", M, T, "بضربة أمر بها", D),
      ("LEADS", T, US, "الرئيس الأميركي"),
      ],
     {"source": "blind set (Kurdistan24 Arabic-style)", "published": "2020-06-14"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBS")
    for a in ARTICLES:
        print(a[0], len(a[2]))
