"""Blind set E: Kataib Hezbollah and the militias, the Muhandis profile, Salami's threats,
Amir-Abdollahian in Baghdad, McKenzie's denied meetings.
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setE/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities import KNOWN  # noqa: E402

HERE = Path(__file__).parent
E = {**KNOWN,
     "organization:saraya-awliya-al-dam": ("Organization", "Saraya Awliya al-Dam", "سرايا أولياء الدم"),
     "location:erbil-international-airport": ("Location", "Erbil International Airport",
                                              "مطار أربيل الدولي"),
     "person:jaafar-al-husseini": ("Person", "Jaafar al-Husseini", "جعفر الحسيني"),
     "organization:iraqi-national-intelligence-service": (
         "Organization", "Iraqi National Intelligence Service", "جهاز المخابرات الوطني العراقي"),
     "person:mohammed-shia-al-sudani": ("Person", "Mohammed Shia al-Sudani", "محمد شياع السوداني"),
     "person:abdul-latif-rashid": ("Person", "Abdul Latif Rashid", "عبد اللطيف رشيد"),
     "person:abdul-amir-yarallah": ("Person", "Abdul Amir Yarallah", "عبد الأمير يار الله"),
     "person:abdul-amir-al-shammari": ("Person", "Abdul Amir al-Shammari", "عبد الأمير الشمري"),
     "organization:joint-operations-command": ("Organization", "Joint Operations Command",
                                               "قيادة العمليات المشتركة"),
     "organization:iraqi-army": ("Organization", "Iraqi Army", "الجيش العراقي"),
     "location:ain-al-asad-air-base": ("Location", "Ain al-Asad Air Base", "قاعدة عين الأسد الجوية"),
     "location:anbar": ("Location", "Anbar Governorate", "محافظة الأنبار"),
     "person:faisal-bin-farhan": ("Person", "Faisal bin Farhan", "فيصل بن فرحان"),
     }

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
QF, US, KH = "organization:quds-force", "country:united-states", "organization:kataib-hezbollah"
AA, MK = "person:hossein-amir-abdollahian", "person:kenneth-mckenzie"

ARTICLES = [
    ("enE1_erbil_drone_claim", "en",
     "Rockets struck near Baghdad International Airport late on Monday, damaging a civilian "
     "aircraft, Iraq's Security Media Cell said, in the latest of a string of attacks that "
     "Washington blames on Iran-backed militias. No group claimed responsibility. Hours later, "
     "a little-known group calling itself Saraya Awliya al-Dam claimed a drone attack on Erbil "
     "International Airport, which hosts U.S. troops. Kataib Hezbollah, one of the most "
     "powerful Iraqi factions, praised the attack but denied involvement. The group's leader, "
     "Ahmad al-Hamidawi, is rarely seen in public; U.S. officials say he took over after Abu "
     "Mahdi al-Muhandis was killed alongside Qassem Soleimani in January 2020. Washington "
     "designated al-Hamidawi a terrorist in 2020.",
     [("SUPPORTS", "country:iran", "organization:iran-backed-militias", "string of attacks"),
      ("ATTACKED", "organization:saraya-awliya-al-dam", "location:erbil-international-airport",
       "a little-known group"),
      ("LOCATED_IN", "organization:us-armed-forces", "location:erbil-international-airport",
       "a little-known group"),
      ("LEADS", "person:ahmad-al-hamidawi", KH, "The group's leader"),
      ("SUCCESSOR_OF", "person:ahmad-al-hamidawi", "person:abu-mahdi-al-muhandis",
       "he took over after"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-04-15"}),

    ("arE2_kh_spokesman", "ar",
     "أعلن المتحدث العسكري باسم كتائب حزب الله، جعفر الحسيني، في بيان مساء السبت، أن "
     "\"المقاومة\" ستستأنف عملياتها ضد القوات الأميركية إذا لم تلتزم واشنطن بجدول زمني لسحبها من "
     "البلاد. وجاء البيان بعد يوم من تصريحات للمسؤول الأمني في الكتائب أبو علي العسكري، هاجم فيها "
     "رئيس الوزراء مصطفى الكاظمي ووصفه بأنه \"عميل للأميركيين\". وكانت قوة من جهاز مكافحة الإرهاب "
     "قد داهمت في حزيران/يونيو مقراً للكتائب جنوبي بغداد، واعتقلت 14 عنصراً، قبل أن يُفرج عن "
     "معظمهم بعد تدخل رئيس هيئة الحشد الشعبي فالح الفياض. وتتهم الولايات المتحدة الكتائب بتنفيذ "
     "عشرات الهجمات الصاروخية على سفارتها في المنطقة الخضراء.",
     [("MEMBER_OF", "person:jaafar-al-husseini", KH, "المتحدث العسكري"),
      ("MEMBER_OF", "person:abu-ali-al-askari", KH, "للمسؤول الأمني"),
      ("LEADS", "person:falih-al-fayyadh", "organization:popular-mobilization-forces", "داهمت"),
      ("LOCATED_IN", "location:us-embassy-baghdad", "location:green-zone", "وتتهم الولايات"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-10-11"}),

    ("enE3_muhandis_profile", "en",
     "Abu Mahdi al-Mohandis, whose real name was Jamal Jaafar al-Ibrahimi, was for years the "
     "most powerful figure in Iraq's Popular Mobilization Units. As the Hashd's deputy "
     "chairman, he ran its day-to-day operations while the nominal chairman, Falih al-Fayyadh, "
     "handled politics. He founded Kataib Hezbollah in 2003 and maintained close ties with "
     "Iran's Revolutionary Guards. The Quds Force commander, Qasem Soleimani, called him "
     "\u201cmy brother.\u201d Both men died on Jan. 3, 2020, when a U.S. MQ-9 Reaper drone fired "
     "missiles at their vehicles outside Baghdad airport. Months later, Prime Minister Mustafa "
     "al-Kadhimi, who had headed Iraq's National Intelligence Service at the time of the strike, "
     "ordered an investigation, but its findings were never published.",
     [("MEMBER_OF", "person:abu-mahdi-al-muhandis", "organization:popular-mobilization-forces",
       "deputy chairman"),
      ("LEADS", "person:falih-al-fayyadh", "organization:popular-mobilization-forces",
       "nominal chairman"),
      ("LEADS", S, QF, "called him"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", US, "Both men died", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "Both men died", "2020-01-03"),
      ("LEADS", K, "organization:iraqi-national-intelligence-service", "who had headed"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2020-09"}),

    ("arE4_salami_revenge", "ar",
     "قال قائد الحرس الثوري الإيراني اللواء حسين سلامي، السبت، إن بلاده \"ستثأر\" لمقتل الفريق "
     "قاسم سليماني \"من كل من شارك في اغتياله\"، مشيراً إلى أن \"الرد لن يقتصر على ضرب قاعدة عين "
     "الأسد\". وأضاف سلامي، في كلمة خلال مراسم الذكرى السنوية الأولى في طهران، أنه \"لو كان "
     "ترامب يعلم حجم العواقب لما أصدر أمره\". من جهته، أكد قائد فيلق القدس العميد إسماعيل "
     "قاآنی، الذي تولى المنصب بعد سليماني، أن \"محور المقاومة\" سيواصل طريقه، نافياً ما تردد عن "
     "لقائه بقادة الفصائل العراقية في بيروت الشهر الماضي. وكان قاآنی قد زار بيروت في أيلول/سبتمبر "
     "الماضي، حيث التقى الأمين العام لحزب الله حسن نصر الله وبحث معه \"تطورات المنطقة\".",
     [("LEADS", "person:hossein-salami", "organization:irgc", "قال قائد الحرس"),
      ("LEADS", Q, QF, "من جهته"),
      ("SUCCESSOR_OF", Q, S, "من جهته"),
      ("VISITED", Q, "location:beirut", "قد زار بيروت", "2020-09"),
      ("MET_WITH", Q, "person:hassan-nasrallah", "قد زار بيروت", "2020-09"),
      ("LEADS", "person:hassan-nasrallah", "organization:hezbollah", "قد زار بيروت"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2021-01-02"}),

    ("enE5_abdollahian_baghdad_2024", "en",
     "Iran's Foreign Minister Hossein Amir Abdollahian arrived in Baghdad on Wednesday for talks "
     "on regional tensions, Iraq's foreign ministry said. Amir Abdollahian met Prime Minister "
     "Mohammed Shia al-Sudani, President Abdul Latif Rashid and his counterpart Fouad Hussein, "
     "and was expected to travel to Erbil on Thursday. Speaking at a joint news conference, "
     "Hussein said Iraq \u201cwill not be a launchpad for attacks on any neighbouring "
     "country.\u201d The visit came two weeks after Iran's Revolutionary Guards fired ballistic "
     "missiles at what they said was an Israeli spy headquarters in Erbil, an attack Baghdad "
     "condemned as a violation of its sovereignty. Iraq briefly recalled its ambassador from "
     "Tehran in protest.",
     [("VISITED", AA, "location:baghdad", "arrived in Baghdad"),
      ("MET_WITH", AA, "person:mohammed-shia-al-sudani", "Amir Abdollahian met"),
      ("MET_WITH", AA, "person:abdul-latif-rashid", "Amir Abdollahian met"),
      ("MET_WITH", AA, "person:fuad-hussein", "Amir Abdollahian met"),
      ("ATTACKED", "organization:irgc", "location:erbil", "fired ballistic", "2024-01"),
      ],
     {"source": "blind set (AFP-style)", "published": "2024-01-31"}),

    ("arE6_mckenzie_denial", "ar",
     "نفت السفارة الأميركية في بغداد، الثلاثاء، أن يكون قائد القيادة المركزية الأميركية الجنرال "
     "كينيث ماكنزي قد التقى خلال زيارته الأخيرة إلى العراق أياً من قادة هيئة الحشد الشعبي، وذلك "
     "رداً على تقارير إعلامية محلية. وأوضحت السفارة في بيان أن ماكنزي اجتمع في بغداد برئيس أركان "
     "الجيش العراقي الفريق أول ركن عبد الأمير يار الله ونائب قائد العمليات المشتركة الفريق الركن "
     "عبد الأمير الشمري، قبل أن ينتقل إلى قاعدة عين الأسد في الأنبار لتفقد القوات الأميركية "
     "المتمركزة هناك. وكان ماكنزي قد زار العراق أيضاً في ديسمبر/كانون الأول الماضي، حين التقاه "
     "رئيس الوزراء مصطفى الكاظمي في مكتبه. ولم يعلّق مكتب الكاظمي على الزيارة الحالية.",
     [("LOCATED_IN", "location:us-embassy-baghdad", "location:baghdad", "نفت السفارة"),
      ("LEADS", MK, "organization:us-central-command", "نفت السفارة"),
      ("VISITED", MK, "country:iraq", "نفت السفارة"),
      ("VISITED", MK, "location:baghdad", "وأوضحت السفارة"),
      ("MET_WITH", MK, "person:abdul-amir-yarallah", "وأوضحت السفارة"),
      ("LEADS", "person:abdul-amir-yarallah", "organization:iraqi-army", "وأوضحت السفارة"),
      ("MET_WITH", MK, "person:abdul-amir-al-shammari", "وأوضحت السفارة"),
      ("MEMBER_OF", "person:abdul-amir-al-shammari", "organization:joint-operations-command",
       "وأوضحت السفارة"),
      ("VISITED", MK, "location:ain-al-asad-air-base", "وأوضحت السفارة"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar", "وأوضحت السفارة"),
      ("LOCATED_IN", "organization:us-armed-forces", "location:ain-al-asad-air-base",
       "وأوضحت السفارة"),
      ("MET_WITH", MK, K, "حين التقاه"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2021-06-08"}),

    ("arE7_baghdad_conference", "ar",
     "وصل وزير الخارجية الإيراني الجديد حسين أميرعبداللهيان إلى بغداد، صباح السبت 28 أغسطس/آب "
     "2021، للمشاركة في \"مؤتمر بغداد للتعاون والشراكة\"، في أول مهمة خارجية له منذ توليه الحقيبة "
     "خلفاً لمحمد جواد ظريف. والتقى عبداللهيان على هامش المؤتمر الرئيس العراقي برهم صالح، ثم رئيس "
     "الوزراء مصطفى الكاظمي. وأثار وقوف الوزير الإيراني في الصف الأول المخصص لرؤساء الدول جدلاً "
     "بروتوكولياً. وبحسب مصدر دبلوماسي، لم يُعقد أي لقاء ثنائي بين عبداللهيان ووزير الخارجية "
     "السعودي فيصل بن فرحان، رغم جلوسهما إلى الطاولة ذاتها. ويشارك في المؤتمر ممثلون عن تسع دول "
     "إقليمية إضافة إلى فرنسا.",
     [("VISITED", AA, "location:baghdad", "وصل وزير", "2021-08-28"),
      ("SUCCESSOR_OF", AA, "person:mohammad-javad-zarif", "وصل وزير"),
      ("MET_WITH", AA, "person:barham-salih", "والتقى عبداللهيان", "2021-08-28"),
      ("LEADS", "person:barham-salih", "country:iraq", "والتقى عبداللهيان"),
      ("MET_WITH", AA, K, "والتقى عبداللهيان", "2021-08-28"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2021-08-28"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setE")
