"""Blind set GC: profiles and explainers on Libya and Sudan 2017-2025: who is Abdel Fattah al-Burhan
(Ibn Auf's one-day council, the Sovereign Council, Entebbe with Netanyahu) (English); who is Hemedti
(Bashir's RSF, Malik Agar replacing him, the secret Manama talks of Abdelrahim Dagalo and Kabbashi)
(Arabic); Libya's UN envoys from Kobler and Salame to Williams, Kubis, Bathily and Tetteh (English);
who is Khalifa Haftar (Tripoli offensive and retreat, Abu Dhabi with al-Sarraj, Putin in the
Kremlin) (Arabic); who was Yevgeny Prigozhin (Wagner, the mutiny, the Tver crash) (English); who is
Abdul Hamid Dbeibah (the handover from al-Sarraj, Burns and Erdogan) (Arabic).
Style: profiles and "who is" explainers: biographies with chains of offices held, background and
past tense, descriptions ("the field marshal", "الرجل", "قائد الدعم السريع"); a proposed meeting that
never happened, a meeting refused in Berlin, a crash with a disputed agent and a Kremlin denial,
accusations of support that are denied, a "likely successor", a candidacy and a designated rival
premier.
Spellings: al-Burhan / البرهان, Hemedti / حميدتي, Salame, Haftar / حفتر, Dbeibah /
الدبيبة, Kubis, Prigozhin.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gc import ALL  # noqa: E402

HERE = Path(__file__).parent

BUR, HEM, AUF, HAMD, NET, MUS = ("person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo",
                                 "person:ahmed-awad-ibn-auf", "person:abdalla-hamdok",
                                 "person:benjamin-netanyahu", "person:yoweri-museveni")
SAF, RSF, TSC, TMC = ("organization:sudanese-armed-forces", "organization:rapid-support-forces",
                      "organization:sudan-sovereignty-council", "organization:sudan-transitional-military-council")
AGAR, ARD, KAB = "person:malik-agar", "person:abdelrahim-dagalo", "person:shams-al-din-kabbashi"
SAL, KOB, WIL, KUB, HAF, SAR = ("person:ghassan-salame", "person:martin-kobler", "person:stephanie-williams",
                                "person:jan-kubis", "person:khalifa-haftar", "person:fayez-al-sarraj")
UNSMIL, LNA, GNA, GNU, HOR = ("organization:unsmil", "organization:libyan-national-army",
                              "organization:government-of-national-accord",
                              "organization:government-of-national-unity",
                              "organization:libyan-house-of-representatives")
AGU, PUT, PRIG, UTK, TRO = ("person:aguila-saleh", "person:vladimir-putin", "person:yevgeny-prigozhin",
                            "person:dmitry-utkin", "person:andrei-troshev")
WAG, DBE, BURNS, ERD = ("organization:wagner-group", "person:abdul-hamid-dbeibah", "person:william-burns",
                        "person:recep-tayyip-erdogan")
TRI = "location:tripoli-libya"

ARTICLES = [
    ("enGC1_who_is_burhan", "en",
     "PROFILE: Who is Abdel Fattah al-Burhan?\n"
     "Gen. Abdel Fattah al-Burhan, Sudan's de facto head of state, was little known outside the army "
     "until April 2019. Born in 1960 in a village north of Khartoum, he rose to command the ground "
     "forces and then became inspector general of the armed forces under Omar al-Bashir.\n"
     "When the army removed Bashir on 11 April 2019, defence minister Ahmed Awad Ibn Auf took charge of "
     "a Transitional Military Council but stepped down a day later; Burhan succeeded him as its "
     "chairman.\n"
     "In August 2019 he became head of the Sovereign Council, which shared power with Prime Minister "
     "Abdalla Hamdok. In February 2020 he met Israeli Prime Minister Benjamin Netanyahu in Entebbe, at a "
     "meeting hosted by Uganda's Yoweri Museveni.\n"
     "He dissolved Hamdok's cabinet in October 2021, and since April 2023 his troops have fought the "
     "Rapid Support Forces of his former deputy, Mohamed Hamdan Dagalo.\n"
     "The general has refused to sit down with the RSF chief; a meeting proposed by IGAD never happened.",
     [("LEADS", BUR, "country:sudan", "de facto head of state"),
      ("MEMBER_OF", BUR, SAF, "inspector general of the armed forces"),
      ("LEADS", AUF, TMC, "took charge of"),
      ("SUCCESSOR_OF", BUR, AUF, "succeeded him as its", "2019-04-12"),
      ("LEADS", BUR, TMC, "succeeded him as its"),
      ("LEADS", BUR, TSC, "he became head of the Sovereign Council"),
      ("LEADS", HAMD, "organization:sudanese-government", "Prime Minister Abdalla Hamdok"),
      ("MET_WITH", BUR, NET, "he met Israeli Prime Minister", "2020-02-03"),
      ("MET_WITH", BUR, MUS, "meeting hosted by Uganda", "2020-02-03"),
      ("MET_WITH", NET, MUS, "at a meeting hosted by", "2020-02-03"),
      ("VISITED", BUR, "location:entebbe", "Benjamin Netanyahu in Entebbe", "2020-02-03"),
      ("VISITED", NET, "location:entebbe", "Netanyahu in Entebbe", "2020-02-03"),
      ("LEADS", NET, "organization:israeli-government", "Israeli Prime Minister Benjamin"),
      ("LEADS", MUS, "country:uganda", "Uganda's Yoweri Museveni"),
      ("LEADS", HEM, RSF, "Rapid Support Forces of his former deputy"),
      ],
     {"source": "blind set (profile, English)", "published": "2023-05-01"}),

    ("arGC2_who_is_hemedti", "ar",
     "من هو محمد حمدان دقلو «حميدتي»؟\n"
     "وُلد محمد حمدان دقلو، الشهير بـ«حميدتي»، منتصف سبعينيات القرن الماضي لأسرة من الرزيقات تنقّلت "
     "بين تشاد ودارفور، وعمل في تجارة الإبل قبل أن ينضم إلى الميليشيات التي سلّحتها الخرطوم في دارفور.\n"
     "وفي عام 2013 أسس الرئيس المعزول عمر البشير قوات الدعم السريع ووضعها تحت قيادة حميدتي، الذي كان "
     "البشير يسميه «حمايتي».\n"
     "وبعد سقوط البشير صار قائد الدعم السريع نائباً لرئيس المجلس العسكري الانتقالي، ثم نائباً لرئيس "
     "مجلس السيادة عبد الفتاح البرهان.\n"
     "وفي مايو 2023، بعد أسابيع من اندلاع الحرب بين الرجلين، أعفاه البرهان من منصبه وعيّن مالك عقار "
     "نائباً لرئيس المجلس خلفاً له.\n"
     "ويشغل شقيقه عبد الرحيم دقلو منصب نائب قائد القوات، وقد التقى في المنامة مطلع 2024 نائبَ القائد "
     "العام للجيش الفريق أول شمس الدين كباشي في محادثات سرية برعاية إقليمية.\n"
     "وتتهم الحكومة السودانية الإمارات بتسليح قوات الدعم السريع، وهو ما تنفيه أبوظبي.",
     [("LEADS", HEM, RSF, "ووضعها تحت قيادة حميدتي"),
      ("MEMBER_OF", HEM, TMC, "نائباً لرئيس المجلس العسكري"),
      ("MEMBER_OF", HEM, TSC, "ثم نائباً لرئيس"),
      ("LEADS", BUR, TSC, "مجلس السيادة عبد الفتاح البرهان"),
      ("SUCCESSOR_OF", AGAR, HEM, "نائباً لرئيس المجلس خلفاً له", "2023-05-19"),
      ("MEMBER_OF", AGAR, TSC, "وعيّن مالك عقار"),
      ("MEMBER_OF", ARD, RSF, "منصب نائب قائد القوات"),
      ("MET_WITH", ARD, KAB, "وقد التقى في المنامة", "2024-01"),
      ("VISITED", ARD, "location:manama", "وقد التقى في المنامة", "2024-01"),
      ("VISITED", KAB, "location:manama", "في المنامة مطلع 2024", "2024-01"),
      ("MEMBER_OF", KAB, SAF, "العام للجيش الفريق أول شمس"),
      ],
     {"source": "blind set (profile, Arabic)", "published": "2024-03-01"}),

    ("enGC3_libya_un_envoys_explainer", "en",
     "EXPLAINER: Libya's revolving door of UN envoys\n"
     "Since 2017 the United Nations has sent a string of envoys to Libya, most of whom left frustrated.\n"
     "Ghassan Salame, a former Lebanese culture minister, took over the UN Support Mission in Libya in "
     "2017 from Germany's Martin Kobler. He shuttled between Tripoli and Benghazi, where he met Khalifa "
     "Haftar several times, but the commander's April 2019 offensive on Tripoli wrecked his plan for a "
     "national conference.\n"
     "At the Berlin conference in January 2020, Haftar and Prime Minister Fayez al-Sarraj were both in "
     "the German capital but refused to sit in the same room. Salame resigned that March, citing stress.\n"
     "His American deputy, Stephanie Williams, stepped in as acting envoy in his place and brokered the "
     "October 2020 ceasefire. Jan Kubis, a Slovak diplomat, was named to replace Salame in January 2021 "
     "but quit that November.\n"
     "Senegal's Abdoulaye Bathily took the post in September 2022 and resigned in April 2024. Ghana's "
     "Hanna Tetteh was appointed in January 2025.",
     [("SUCCESSOR_OF", SAL, KOB, "from Germany's Martin Kobler", "2017-06"),
      ("LEADS", SAL, UNSMIL, "took over the UN Support Mission"),
      ("VISITED", SAL, TRI, "shuttled between Tripoli and Benghazi"),
      ("VISITED", SAL, "location:benghazi", "between Tripoli and Benghazi"),
      ("MET_WITH", SAL, HAF, "where he met Khalifa"),
      ("ATTACKED", HAF, TRI, "April 2019 offensive on Tripoli", "2019-04-04"),
      ("VISITED", HAF, "location:berlin", "At the Berlin conference", "2020-01-19"),
      ("VISITED", SAR, "location:berlin", "were both in the German capital", "2020-01-19"),
      ("SUCCESSOR_OF", WIL, SAL, "stepped in as acting envoy in his place", "2020-03"),
      ("LEADS", WIL, UNSMIL, "stepped in as acting envoy"),
      ("SUCCESSOR_OF", KUB, SAL, "was named to replace Salame", "2021-01"),
      ],
     {"source": "blind set (explainer, English)", "published": "2025-02-01"}),

    ("arGC4_who_is_haftar", "ar",
     "من هو خليفة حفتر؟\n"
     "ينحدر المشير خليفة حفتر، المولود عام 1943 في أجدابيا، من قبيلة الفرجان، وكان من الضباط الذين "
     "شاركوا معمر القذافي انقلاب 1969.\n"
     "وقاد حفتر القوات الليبية في الحرب مع تشاد حيث أُسر عام 1987، ثم انشق وعاش نحو عشرين عاماً في "
     "ولاية فرجينيا الأميركية، قبل أن يعود إلى بنغازي مع اندلاع انتفاضة 2011.\n"
     "وفي 2014 أطلق ما سماه «عملية الكرامة»، وعيّنه مجلس النواب في 2015 قائداً عاماً للجيش، ثم رقّاه "
     "رئيس المجلس عقيلة صالح إلى رتبة مشير.\n"
     "وفي أبريل 2019 شنّت قواته هجوماً على العاصمة طرابلس، وانسحبت منها بعد 14 شهراً إثر تدخل تركي "
     "لصالح حكومة الوفاق، وذلك بعد أسابيع فقط من لقائه رئيسَ حكومة الوفاق فايز السراج في أبوظبي.\n"
     "وعلى الصعيد الخارجي، زار الرجل موسكو في سبتمبر 2023 حيث التقى الرئيس فلاديمير بوتين في الكرملين، "
     "فيما تتهمه حكومات غربية بالاعتماد على مقاتلي «فاغنر»، وهو ما ينفيه.\n"
     "ويُنظر إلى نجله صدام على أنه خليفته المحتمل على رأس القيادة العامة.",
     [("LEADS", HAF, LNA, "قائداً عاماً للجيش"),
      ("LEADS", AGU, HOR, "رئيس المجلس عقيلة صالح"),
      ("ATTACKED", LNA, TRI, "شنّت قواته هجوماً على العاصمة", "2019-04-04"),
      ("WITHDREW_FROM", LNA, TRI, "وانسحبت منها بعد 14 شهراً", "2020-06"),
      ("SUPPORTS", "country:turkey", GNA, "إثر تدخل تركي لصالح حكومة الوفاق"),
      ("MET_WITH", HAF, SAR, "من لقائه رئيسَ حكومة الوفاق", "2019-02-27"),
      ("LEADS", SAR, GNA, "رئيسَ حكومة الوفاق فايز"),
      ("VISITED", HAF, "location:abu-dhabi", "فايز السراج في أبوظبي", "2019-02-27"),
      ("VISITED", SAR, "location:abu-dhabi", "السراج في أبوظبي", "2019-02-27"),
      ("VISITED", HAF, "location:moscow", "زار الرجل موسكو", "2023-09-28"),
      ("MET_WITH", HAF, PUT, "حيث التقى الرئيس فلاديمير بوتين", "2023-09-28"),
      ],
     {"source": "blind set (profile, Arabic)", "published": "2024-01-10"}),

    ("enGC5_who_was_prigozhin", "en",
     "PROFILE: Who was Yevgeny Prigozhin?\n"
     "Yevgeny Prigozhin, a former convict turned caterer from St Petersburg nicknamed \"Putin's chef\", "
     "built the Wagner private military company into Russia's most visible proxy force.\n"
     "Wagner, which he co-founded in 2014 with a retired GRU officer, Dmitry Utkin, fought in Ukraine, "
     "Syria, the Central African Republic and Mali, and its contractors backed Khalifa Haftar's 2019 "
     "assault on Tripoli. In Sudan, Washington accused the group of supplying missiles to the RSF, which "
     "it denied.\n"
     "On 24 June 2023 Prigozhin led a short-lived mutiny towards Moscow. Five days later, the Kremlin "
     "said, President Vladimir Putin received him and 34 Wagner commanders for a three-hour meeting.\n"
     "On 23 August his Embraer jet crashed in the Tver region, killing him, Utkin and eight others. "
     "Investigators confirmed his death through genetic tests but named no culprit; the Kremlin called "
     "suggestions that it had ordered the killing \"an absolute lie\".\n"
     "Andrei Troshev, a former Wagner commander, was later tasked by Putin with forming volunteer units, "
     "but he has never been formally named Prigozhin's successor.",
     [("LEADS", PRIG, WAG, "built the Wagner private military company"),
      ("MEMBER_OF", UTK, WAG, "retired GRU officer, Dmitry Utkin"),
      ("SUPPORTS", WAG, HAF, "its contractors backed Khalifa"),
      ("ATTACKED", HAF, TRI, "2019 assault on Tripoli", "2019-04"),
      ("MET_WITH", PUT, PRIG, "received him and 34 Wagner commanders", "2023-06-29"),
      ("LEADS", PUT, "country:russia", "President Vladimir Putin received"),
      ("MEMBER_OF", TRO, WAG, "a former Wagner commander"),
      ],
     {"source": "blind set (profile, English)", "published": "2023-09-15"}),

    ("arGC6_who_is_dbeibah", "ar",
     "من هو عبد الحميد الدبيبة؟\n"
     "رجل أعمال من مصراتة وُلد عام 1959، ترأس في عهد معمر القذافي الشركة الليبية للاستثمار والتنمية "
     "(ليدكو) التي نفّذت مشاريع إسكان وبنية تحتية كبرى.\n"
     "انتخبه ملتقى الحوار السياسي الليبي في جنيف في فبراير 2021 رئيساً لحكومة الوحدة الوطنية، فتسلّم "
     "السلطة من فائز السراج في مارس من العام نفسه.\n"
     "وترشح الدبيبة للانتخابات الرئاسية التي كانت مقررة في ديسمبر 2021 رغم تعهده بعدم الترشح، قبل أن "
     "تُؤجَّل إلى أجل غير مسمى.\n"
     "وفي فبراير 2022 كلّف مجلس النواب وزير الداخلية السابق فتحي باشاغا بتشكيل حكومة بديلة، غير أن "
     "الدبيبة رفض التسليم إلا لحكومة منتخبة.\n"
     "واستقبل رئيس الحكومة في طرابلس مدير وكالة المخابرات المركزية الأميركية وليام بيرنز في يناير 2023، "
     "كما التقى الرئيس التركي رجب طيب أردوغان في إسطنبول مرات عدة.\n"
     "ويُعد ابن أخيه إبراهيم الدبيبة من أقرب مستشاريه.",
     [("LEADS", DBE, GNU, "رئيساً لحكومة الوحدة الوطنية"),
      ("SUCCESSOR_OF", DBE, SAR, "فتسلّم السلطة من فائز السراج", "2021-03"),
      ("MET_WITH", DBE, BURNS, "واستقبل رئيس الحكومة في طرابلس", "2023-01"),
      ("VISITED", BURNS, TRI, "في طرابلس مدير", "2023-01"),
      ("LEADS", BURNS, "organization:cia", "مدير وكالة المخابرات المركزية"),
      ("MET_WITH", DBE, ERD, "كما التقى الرئيس التركي"),
      ("LEADS", ERD, "country:turkey", "الرئيس التركي رجب"),
      ("VISITED", DBE, "location:istanbul", "في إسطنبول مرات"),
      ],
     {"source": "blind set (profile, Arabic)", "published": "2024-02-01"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGC")
