"""Blind set BW: Iraq and its neighbours, leaders' visits: the Amman tripartite summit (AP, Aug
2020), al-Sudani's first trip abroad to Amman (Asharq Al-Awsat, Nov 2022), Abdul Mahdi in Jeddah
after the Aramco attacks (Reuters, Sept 2019), Madbouly in Baghdad (Al-Araby Al-Jadeed, Oct
2020), al-Sudani at the Jeddah Arab League summit (The National, May 2023), Barham Salih's
condolence visit to Kuwait (Shafaq News, Oct 2020).
Written and annotated blind (extractor neither read nor run).
Run: python3 /work/team/blind/setBW/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_bw/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_by)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_by import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent

AB2, SISI = "person:abdullah-ii", "person:abdel-fattah-al-sisi"
SAL, MBS = "person:barham-salih", "person:mohammed-bin-salman"

ARTICLES = [
    ("enBW1_amman_tripartite_summit", "en",
     "AMMAN, Jordan (AP) \u2014 Jordan's King Abdullah II hosted Egyptian President Abdel-Fattah "
     "el-Sissi and Iraqi Prime Minister Mustafa Kadhimi in Amman on Tuesday for a three-way "
     "summit, the royal court said. The three leaders held talks "
     "on extending an oil pipeline from Basra to the Jordanian port of Aqaba and on linking "
     "Iraq to the Jordanian and Egyptian power grids. It was Kadhimi's first visit to a "
     "neighbouring Arab capital since he took over from Adel Abdul-Mahdi in May; a trip to "
     "Saudi Arabia was postponed in July when King Salman was hospitalized. Last week, Kadhimi "
     "was in Washington, where he met President Donald Trump. Kadhimi, a former head of the "
     "Iraqi National Intelligence Service, has promised to rein in armed factions that have "
     "grown bolder since the U.S. killing of Iranian general Qassim Sulaimani in January."
     " Jordanian Foreign Minister Ayman Safadi, who attended the talks, "
     "said the summit would meet every year.",
     [("LEADS", AB2, "country:jordan", "Jordan's King Abdullah II"),
      ("LEADS", SISI, "country:egypt", "Egyptian President Abdel-Fattah"),
      ("LEADS", K, IRAQ, "Iraqi Prime Minister Mustafa Kadhimi"),
      ("MET_WITH", AB2, SISI, "Jordan's King Abdullah II", "2020-08-25"),
      ("MET_WITH", AB2, K, "Jordan's King Abdullah II", "2020-08-25"),
      ("MET_WITH", SISI, K, "The three leaders held talks", "2020-08-25"),
      ("VISITED", SISI, "location:amman", "in Amman on Tuesday", "2020-08-25"),
      ("VISITED", K, "location:amman", "in Amman on Tuesday", "2020-08-25"),
      ("SUCCESSOR_OF", K, AAM, "he took over from Adel", "2020-05"),
      ("VISITED", K, US, "was in Washington", "2020-08-20"),
      ("MET_WITH", K, T, "where he met President", "2020-08-20"),
      ("LEADS", K, "organization:iraqi-national-intelligence-service", "a former head of the"),
      ("ASSASSINATED_BY", S, US, "the U.S. killing of Iranian general", "2020-01-03"),
      ],
     {"source": "blind set (AP-style)", "published": "2020-08-25"}),

    ("arBW2_sudani_first_trip_amman", "ar",
     "عمّان: «الشرق الأوسط»\n"
     "استقبل العاهل الأردني الملك عبد الله الثاني في عمّان، الاثنين، رئيسَ الوزراء العراقي "
     "محمد شياع السوداني، الذي اختار الأردن محطةً لأولى زياراته الخارجية منذ تسلّمه رئاسة "
     "الحكومة خلفاً لمصطفى الكاظمي أواخر الشهر الماضي. وبحث الجانبان مشروع الربط الكهربائي "
     "وخط أنبوب النفط من البصرة إلى العقبة، وفق بيان للديوان الملكي الهاشمي. كما عقد السوداني "
     "جلسة مباحثات موسعة مع نظيره الأردني بشر الخصاونة، وضمّ الوفد المرافق له وزيري الكهرباء "
     "زياد علي فاضل والنفط حيان عبد الغني. وقال رئيس الوزراء الأردني للصحافيين إن «العراق يجد "
     "في الأردن عمقاً له». وكان السوداني، الذي رشحه «الإطار التنسيقي» بقواه المختلفة ومنها "
     "ائتلاف دولة القانون الذي يتزعمه نوري المالكي، قد تلقى اتصالاً هاتفياً من الملك لتهنئته "
     "بنيل حكومته الثقة. ومن المقرر أن يزور السوداني الكويت وطهران في وقت لاحق من الشهر الجاري.",
     [("LEADS", AB2, "country:jordan", "استقبل العاهل الأردني"),
      ("MET_WITH", AB2, SUD, "استقبل العاهل الأردني", "2022-11-21"),
      ("VISITED", SUD, "location:amman", "في عمّان، الاثنين", "2022-11-21"),
      ("LEADS", SUD, IRAQ, "رئيسَ الوزراء العراقي"),
      ("VISITED", SUD, "country:jordan", "الذي اختار الأردن", "2022-11-21"),
      ("SUCCESSOR_OF", SUD, K, "خلفاً لمصطفى الكاظمي", "2022-10-27"),
      ("LEADS", SUD, GOV, "تسلّمه رئاسة"),
      ("LEADS", K, GOV, "تسلّمه رئاسة"),
      ("MET_WITH", SUD, "person:bisher-al-khasawneh", "جلسة مباحثات موسعة", "2022-11-21"),
      ("LEADS", "person:bisher-al-khasawneh", "country:jordan", "نظيره الأردني بشر"),
      ("VISITED", "person:ziad-ali-fadel", "location:amman", "وضمّ الوفد المرافق", "2022-11-21"),
      ("VISITED", "person:hayan-abdul-ghani", "location:amman", "وضمّ الوفد المرافق",
       "2022-11-21"),
      ("LEADS", "person:nouri-al-maliki", "organization:state-of-law-coalition",
       "الذي يتزعمه نوري"),
      ("MEMBER_OF", "organization:state-of-law-coalition", "organization:coordination-framework",
       "ومنها ائتلاف دولة القانون"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2022-11-21"}),

    ("enBW3_abdul_mahdi_jeddah_aramco", "en",
     "JEDDAH, Sept 25 (Reuters) - Saudi Crown Prince Mohammed bin Salman received Iraqi Prime "
     "Minister Adel Abdul Mahdi in Jeddah on Wednesday, 11 days after drone and missile "
     "attacks on Saudi Aramco's Abqaiq and Khurais plants that Riyadh and Washington have "
     "blamed on Iran. Yemen's Houthi movement claimed the attacks. Abdul Mahdi, who succeeded Haider al-Abadi as premier last "
     "October, also held talks with Saudi Arabia's King Salman, state media said. Iraqi "
     "government spokesman Saad al-Hadithi told Reuters the premier had assured his hosts that "
     "\u201cIraqi territory was not used\u201d in the strikes, after media reports suggested the "
     "drones had been launched from southern Iraq. Abdul Mahdi was accompanied by Foreign "
     "Minister Mohamed Ali Alhakim. U.S. Secretary of State Mike Pompeo, who spoke to Abdul Mahdi "
     "by phone last week, has called the attack \u201can act of war\u201d. An Iraqi official said a "
     "follow-up stop in Tehran had been discussed but not confirmed.",
     [("MET_WITH", MBS, AAM, "Saudi Crown Prince Mohammed", "2019-09-25"),
      ("LEADS", AAM, IRAQ, "received Iraqi Prime"),
      ("VISITED", AAM, "location:jeddah", "Adel Abdul Mahdi in Jeddah", "2019-09-25"),
      ("ATTACKED", "organization:houthis", "location:abqaiq", "Yemen's Houthi movement claimed",
       "2019-09-14"),
      ("ATTACKED", "organization:houthis", "location:khurais", "Yemen's Houthi movement claimed",
       "2019-09-14"),
      ("SUCCESSOR_OF", AAM, "person:haider-al-abadi", "who succeeded Haider", "2018-10"),
      ("MET_WITH", AAM, "person:salman-bin-abdulaziz", "also held talks with", "2019-09-25"),
      ("LEADS", "person:salman-bin-abdulaziz", "country:saudi-arabia", "Saudi Arabia's King"),
      ("MEMBER_OF", "person:saad-al-hadithi", GOV, "government spokesman Saad"),
      ("REPORTED_BY", "person:saad-al-hadithi", "outlet:reuters", "told Reuters the premier"),
      ("VISITED", "person:mohamed-ali-alhakim", "location:jeddah", "was accompanied by",
       "2019-09-25"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2019-09-25"}),

    ("arBW4_madbouly_in_baghdad", "ar",
     "بغداد ــ العربي الجديد\n"
     "وصل رئيس الوزراء المصري مصطفى مدبولي، صباح السبت، إلى بغداد على رأس وفد وزاري كبير، في "
     "أول زيارة لرئيس حكومة مصرية إلى العراق منذ ثلاثة عقود، وكان في استقباله بمطار بغداد الدولي "
     "نظيره العراقي مصطفى الكاظمي. وترأس الجانبان اجتماعات اللجنة العليا المشتركة التي انتهت "
     "بتوقيع 15 مذكرة تفاهم في مجالات الطاقة والنقل والإسكان، بينها آلية «النفط مقابل الإعمار». "
     "والتقى مدبولي لاحقاً رئيسَ الجمهورية برهم صالح ورئيس البرلمان العراقي محمد الحلبوسي. وقال "
     "وزير المالية العراقي علي علاوي لـ«العربي الجديد» إن الاتفاقات «ستدخل حيز التنفيذ "
     "تدريجياً». وتأتي الزيارة بعد قمة عمّان الثلاثية في أغسطس/آب الماضي، التي جمعت الكاظمي "
     "بالرئيس عبد الفتاح السيسي والملك عبد الله الثاني، فيما تتهم فصائل مسلحة حكومةَ الكاظمي "
     "بالتقارب مع واشنطن رغم اغتيال قاسم سليماني وأبي مهدي المهندس بضربة أميركية قرب المطار "
     "نفسه.",
     [("LEADS", "person:mostafa-madbouly", "country:egypt", "رئيس الوزراء المصري"),
      ("VISITED", "person:mostafa-madbouly", "location:baghdad", "إلى بغداد على رأس",
       "2020-10-31"),
      ("VISITED", "person:mostafa-madbouly", IRAQ, "إلى العراق منذ", "2020-10-31"),
      ("MET_WITH", "person:mostafa-madbouly", K, "وكان في استقباله", "2020-10-31"),
      ("LEADS", K, IRAQ, "نظيره العراقي مصطفى"),
      ("MET_WITH", "person:mostafa-madbouly", SAL, "والتقى مدبولي لاحقاً", "2020-10-31"),
      ("MET_WITH", "person:mostafa-madbouly", "person:mohammed-al-halbousi",
       "والتقى مدبولي لاحقاً", "2020-10-31"),
      ("LEADS", "person:mohammed-al-halbousi", "organization:iraqi-parliament",
       "ورئيس البرلمان العراقي"),
      ("REPORTED_BY", "person:ali-allawi", "outlet:al-araby-al-jadeed", "علي علاوي لـ«العربي"),
      ("MET_WITH", K, SISI, "التي جمعت الكاظمي", "2020-08-25"),
      ("MET_WITH", K, AB2, "التي جمعت الكاظمي", "2020-08-25"),
      ("ASSASSINATED_BY", S, US, "بضربة أميركية قرب", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "بضربة أميركية قرب", "2020-01-03"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-10-31"}),

    ("enBW5_sudani_jeddah_arab_summit", "en",
     "Iraqi Prime Minister Mohammed Shia Al Sudani held talks with Syrian President Bashar Al "
     "Assad on the sidelines of the Arab League summit in Jeddah on Friday, their first meeting "
     "since Damascus was readmitted to the bloc this month. Mr Al Sudani, who arrived in the "
     "Saudi port city on Thursday evening, was received by Saudi Crown Prince Mohammed bin "
     "Salman, the summit's host. The Arab League Secretary "
     "General, Ahmed Aboul Gheit, said Syria's return was \u201ca beginning, not an end\u201d. Mr Al "
     "Sudani, who succeeded Mustafa Al Kadhimi in October, has sought to reconnect Iraq with "
     "its Gulf neighbours while keeping close ties with Tehran, which backs several of the "
     "parties that nominated him. Iraq's Foreign Minister Fuad Hussein told The National that "
     "Baghdad wanted \u201can Arab solution\u201d for Syria. A bilateral meeting with Qatar's Emir, "
     "Sheikh Tamim bin Hamad, was expected on Saturday but had not been confirmed by late "
     "Friday.",
     [("LEADS", SUD, IRAQ, "Iraqi Prime Minister Mohammed"),
      ("MET_WITH", SUD, "person:bashar-al-assad", "held talks with Syrian", "2023-05-19"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "held talks with Syrian"),
      ("VISITED", SUD, "location:jeddah", "arrived in the Saudi port city", "2023-05-18"),
      ("MET_WITH", SUD, MBS, "was received by Saudi", "2023-05-19"),
      ("LEADS", "person:ahmed-aboul-gheit", "organization:arab-league",
       "The Arab League Secretary"),
      ("SUCCESSOR_OF", SUD, K, "who succeeded Mustafa", "2022-10"),
      ("REPORTED_BY", "person:fuad-hussein", "outlet:the-national", "told The National"),
      ("LEADS", "person:tamim-bin-hamad-al-thani", "country:qatar", "Qatar's Emir"),
      ],
     {"source": "blind set (The National-style)", "published": "2023-05-19"}),

    ("arBW6_salih_kuwait_condolences", "ar",
     "الكويت/ شفق نيوز- وصل رئيس الجمهورية العراقية برهم صالح، مساء الأحد، إلى الكويت على رأس "
     "وفد رسمي لتقديم واجب العزاء برحيل أمير الكويت الراحل الشيخ صباح الأحمد الجابر الصباح. "
     "واستقبل أميرُ البلاد الشيخ نواف الأحمد الجابر الصباح، الذي تولّى مسند الإمارة خلفاً "
     "للفقيد، الرئيسَ العراقي في قصر بيان، حيث نقل إليه تعازي الشعب العراقي. كما التقى صالح "
     "وليَّ العهد الشيخ مشعل الأحمد. وضمّ الوفد وزير الخارجية فؤاد حسين. وقال وزير الخارجية "
     "الكويتي الشيخ أحمد ناصر المحمد الصباح لشفق نيوز إن زيارة صالح «رسالة أخوّة تعكس ما وصلت "
     "إليه العلاقات». وكان صالح قد أجرى اتصالاً هاتفياً بالشيخ نواف فور إعلان الوفاة. ويُذكر أن "
     "الأمير الراحل، الذي زار بغداد عام 2019 والتقى فيها برهم صالح، استضاف في 2018 مؤتمر "
     "الكويت الدولي لإعادة إعمار العراق بعد هزيمة تنظيم داعش.",
     [("LEADS", SAL, IRAQ, "رئيس الجمهورية العراقية"),
      ("VISITED", SAL, "country:kuwait", "إلى الكويت على رأس", "2020-10"),
      ("LEADS", "person:sabah-al-ahmad-al-jaber-al-sabah", "country:kuwait",
       "أمير الكويت الراحل"),
      ("LEADS", "person:nawaf-al-ahmad-al-sabah", "country:kuwait", "واستقبل أميرُ البلاد"),
      ("SUCCESSOR_OF", "person:nawaf-al-ahmad-al-sabah", "person:sabah-al-ahmad-al-jaber-al-sabah",
       "خلفاً للفقيد", "2020-09-29"),
      ("MET_WITH", "person:nawaf-al-ahmad-al-sabah", SAL, "واستقبل أميرُ البلاد", "2020-10"),
      ("MET_WITH", SAL, "person:meshal-al-ahmad-al-jaber-al-sabah", "كما التقى صالح", "2020-10"),
      ("VISITED", "person:fuad-hussein", "country:kuwait", "وضمّ الوفد وزير", "2020-10"),
      ("REPORTED_BY", "person:ahmad-nasser-al-mohammad", "outlet:shafaq-news", "الصباح لشفق نيوز"),
      ("VISITED", "person:sabah-al-ahmad-al-jaber-al-sabah", "location:baghdad", "الذي زار بغداد",
       "2019"),
      ("MET_WITH", "person:sabah-al-ahmad-al-jaber-al-sabah", SAL, "الذي زار بغداد", "2019"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2020-10"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBW")
