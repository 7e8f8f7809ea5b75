"""Blind set D: Iraqi politics: Qaani and the Coordination Framework, Kadhimi and Raisi,
Zarif received in Baghdad, Kadhimi's government, a drone strike on a Nujaba commander,
Barzani's talks in Erbil. Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setD/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities import KNOWN  # noqa: E402

HERE = Path(__file__).parent
E = {**KNOWN,
     "organization:state-of-law-coalition": ("Organization", "State of Law Coalition",
                                             "ائتلاف دولة القانون"),
     "organization:sadrist-movement": ("Organization", "Sadrist Movement", "التيار الصدري"),
     "person:saad-al-muttalibi": ("Person", "Saad al-Muttalibi", "سعد المطلبي"),
     "organization:fatah-alliance": ("Organization", "Fatah Alliance", "تحالف الفتح"),
     "organization:coordination-framework": ("Organization", "Coordination Framework",
                                             "الإطار التنسيقي"),
     "person:ebrahim-raisi": ("Person", "Ebrahim Raisi", "إبراهيم رئيسي"),
     "location:kurdistan-region": ("Location", "Kurdistan Region", "إقليم كردستان"),
     "organization:iraqi-government": ("Organization", "Government of Iraq", "الحكومة العراقية"),
     "person:othman-al-ghanimi": ("Person", "Othman al-Ghanimi", "عثمان الغانمي"),
     "organization:iraqi-army": ("Organization", "Iraqi Army", "الجيش العراقي"),
     "person:abbas-mousavi": ("Person", "Abbas Mousavi", "عباس موسوي"),
     "organization:iranian-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Iran",
                                               "وزارة الخارجية الإيرانية"),
     "person:mushtaq-talib-al-saidi": ("Person", "Mushtaq Talib al-Saidi", "مشتاق طالب السعيدي"),
     "person:masoud-barzani": ("Person", "Masoud Barzani", "مسعود بارزاني"),
     "organization:kurdistan-democratic-party": ("Organization", "Kurdistan Democratic Party",
                                                 "الحزب الديمقراطي الكردستاني"),
     "person:mohammed-al-halbousi": ("Person", "Mohammed al-Halbousi", "محمد الحلبوسي"),
     "organization:iraqi-parliament": ("Organization", "Council of Representatives of Iraq",
                                       "مجلس النواب العراقي"),
     "person:ammar-al-hakim": ("Person", "Ammar al-Hakim", "عمار الحكيم"),
     "organization:hikma-movement": ("Organization", "National Wisdom (Hikma) Movement",
                                     "تيار الحكمة الوطني"),
     }

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
QF, US = "organization:quds-force", "country:united-states"
Z = "person:mohammad-javad-zarif"

ARTICLES = [
    ("arD1_qaani_maliki", "ar",
     "قالت مصادر مطلعة في \"الإطار التنسيقي\" لـ\"العربي الجديد\" إن قائد فيلق القدس الإيراني، "
     "الجنرال إسماعيل قاني، وصل إلى بغداد ليلة الإثنين، وعقد اجتماعاً مطولاً مع رئيس الوزراء "
     "الأسبق نوري المالكي وزعيم منظمة بدر هادي العامري والأمين العام لحركة النجباء أكرم الكعبي. "
     "وبحسب المصادر، فإن قاني حاول إقناع قادة الإطار بالتفاهم مع التيار الصدري بشأن تشكيل "
     "الحكومة المقبلة، غير أن المالكي رفض أي تسوية تستثني ائتلاف دولة القانون الذي يتزعمه. "
     "وأضافت أن المسؤول الإيراني لم يتمكن من لقاء زعيم التيار الصدري مقتدى الصدر، الذي رفض "
     "استقباله في النجف. وقال القيادي في ائتلاف دولة القانون سعد المطلبي لـ\"العربي الجديد\" إن "
     "\"الزيارة لم تكن للضغط على أحد\". وتأتي هذه الزيارة بعد أسابيع من إعلان نتائج الانتخابات التشريعية التي "
     "تصدّرها التيار الصدري بـ73 مقعداً.",
     [("LEADS", Q, QF, "وعقد اجتماعاً"),
      ("VISITED", Q, "location:baghdad", "وعقد اجتماعاً"),
      ("MET_WITH", Q, "person:nouri-al-maliki", "وعقد اجتماعاً"),
      ("MET_WITH", Q, "person:hadi-al-amiri", "وعقد اجتماعاً"),
      ("MET_WITH", Q, "person:akram-al-kaabi", "وعقد اجتماعاً"),
      ("LEADS", "person:hadi-al-amiri", "organization:badr-organization", "وعقد اجتماعاً"),
      ("LEADS", "person:akram-al-kaabi", "organization:harakat-al-nujaba", "وعقد اجتماعاً"),
      ("LEADS", "person:nouri-al-maliki", "organization:state-of-law-coalition", "الذي يتزعمه"),
      ("LEADS", "person:muqtada-al-sadr", "organization:sadrist-movement", "لم يتمكن من لقاء"),
      ("MEMBER_OF", "person:saad-al-muttalibi", "organization:state-of-law-coalition", "سعد المطلبي"),
      ("REPORTED_BY", "person:saad-al-muttalibi", "outlet:al-araby-al-jadeed", "سعد المطلبي"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2021-11-02"}),

    ("enD2_kadhemi_raisi", "en",
     "TEHRAN (Reuters) - Iraqi Prime Minister Mustafa al-Kadhemi held talks with Iranian "
     "President Ebrahim Raisi in Tehran on Sunday, the first visit by a foreign head of "
     "government since the hardline cleric took office in August. Raisi, who succeeded Hassan "
     "Rouhani, told his guest that the presence of foreign forces in the region was \u201ca "
     "source of insecurity,\u201d according to a statement from his office. Kadhemi's office "
     "said the two leaders discussed trade, electricity debts and the future of the U.S.-led "
     "coalition. The Iraqi premier, who was accompanied by national security adviser Qasim "
     "al-Araji, did not meet Supreme Leader Ayatollah Ali Khamenei, the statement said. Iran's "
     "foreign minister, Hossein Amirabdollahian, visited Baghdad last month for a regional "
     "summit.",
     [("LEADS", K, "country:iraq", "held talks with Iranian"),
      ("LEADS", "person:ebrahim-raisi", "country:iran", "held talks with Iranian"),
      ("MET_WITH", K, "person:ebrahim-raisi", "held talks with Iranian", "2021-09-12"),
      ("VISITED", K, "country:iran", "held talks with Iranian", "2021-09-12"),
      ("SUCCESSOR_OF", "person:ebrahim-raisi", "person:hassan-rouhani", "who succeeded Hassan"),
      ("VISITED", "person:qassim-al-araji", "country:iran", "was accompanied by"),
      ("VISITED", "person:hossein-amir-abdollahian", "location:baghdad", "visited Baghdad"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-09-12"}),

    ("arD3_zarif_received", "ar",
     "استُقبل وزير الخارجية الإيراني محمد جواد ظريف، صباح الاثنين، في قصر السلام ببغداد من قبل "
     "رئيس الجمهورية برهم صالح، في مستهل زيارة رسمية يجريها إلى العراق تستمر يومين. وبحث الجانبان "
     "العلاقات الثنائية وانسحاب القوات الأجنبية، بحسب بيان للرئاسة العراقية. ثم التقى ظريف برئيس "
     "الوزراء مصطفى الكاظمي ووزير الخارجية فؤاد حسين، قبل أن يتوجه إلى أربيل حيث التقى رئيس إقليم "
     "كردستان نيجيرفان بارزاني. ولم يُدرج على جدول الزيارة أي لقاء مع قادة الحشد الشعبي، وفق مصدر "
     "دبلوماسي. وكان ظريف قد زار بغداد آخر مرة في مايو/أيار 2019، حين التقى رئيس الوزراء آنذاك عادل "
     "عبد المهدي.",
     [("MET_WITH", Z, "person:barham-salih", "استُقبل وزير"),
      ("VISITED", Z, "location:baghdad", "استُقبل وزير"),
      ("VISITED", Z, "country:iraq", "استُقبل وزير"),
      ("MET_WITH", Z, K, "ثم التقى ظريف"),
      ("MET_WITH", Z, "person:fuad-hussein", "ثم التقى ظريف"),
      ("VISITED", Z, "location:erbil", "ثم التقى ظريف"),
      ("MET_WITH", Z, "person:nechirvan-barzani", "ثم التقى ظريف"),
      ("LEADS", "person:nechirvan-barzani", "location:kurdistan-region", "ثم التقى ظريف"),
      ("MET_WITH", Z, "person:adil-abdul-mahdi", "آخر مرة", "2019-05"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2021-04-26"}),

    ("enD4_kazimi_government", "en",
     "BAGHDAD (AFP) - Iraq's parliament on Thursday approved a new government headed by former "
     "intelligence chief Mustafa al-Kazimi, ending more than five months of political deadlock. "
     "Kazimi succeeds Adel Abdel Mahdi, who resigned in December in the face of mass "
     "anti-government protests. President Barham Salih had named Kazimi as premier-designate "
     "in April, after two previous nominees failed to form a cabinet. The new cabinet includes "
     "Lieutenant General Othman al-Ghanimi, the former army chief of staff, as interior "
     "minister, and Kurdish veteran Fuad Hussein as foreign minister. Washington welcomed the "
     "vote, and Secretary of State Mike Pompeo said he had spoken with Kazimi by phone. Iran's "
     "foreign ministry spokesman Abbas Mousavi also congratulated the new premier.",
     [("LEADS", K, "organization:iraqi-government", "approved a new government", "2020-05-07"),
      ("SUCCESSOR_OF", K, "person:adil-abdul-mahdi", "Kazimi succeeds", "2020-05"),
      ("MEMBER_OF", "person:othman-al-ghanimi", "organization:iraqi-government",
       "The new cabinet includes"),
      ("MEMBER_OF", "person:fuad-hussein", "organization:iraqi-government",
       "The new cabinet includes"),
      ("LEADS", "person:othman-al-ghanimi", "organization:iraqi-army", "the former army chief"),
      ("MEMBER_OF", "person:abbas-mousavi", "organization:iranian-foreign-ministry",
       "spokesman Abbas Mousavi"),
      ],
     {"source": "blind set (AFP-style)", "published": "2020-05-07"}),

    ("arD5_nujaba_commander", "ar",
     "قُتل قيادي بارز في حركة النجباء يُدعى مشتاق طالب السعيدي \"أبو تقوى\" وأحد مرافقيه، ظهر "
     "الخميس، إثر استهداف سيارتهما بطائرة مسيّرة قرب مقر للحشد الشعبي في شارع فلسطين شرقي بغداد. "
     "ولم تعلن أي جهة مسؤوليتها عن الضربة في الساعات الأولى، فيما حمّلت هيئة الحشد الشعبي "
     "\"القوات الأميركية\" المسؤولية. وفي وقت لاحق، أكد متحدث باسم وزارة الدفاع الأميركية أن "
     "القوات الأميركية نفّذت الضربة \"دفاعاً عن النفس\"، متهماً القيادي بالتخطيط لهجمات ضد الجنود "
     "الأميركيين. وقال الناطق باسم القائد العام للقوات المسلحة العراقية اللواء يحيى رسول إن الحكومة "
     "تعدّ الضربة \"اعتداءً سافراً\" على السيادة العراقية. ودعا الأمين العام لحركة النجباء أكرم "
     "الكعبي إلى \"إخراج قوات الاحتلال\" من البلاد.",
     [("MEMBER_OF", "person:mushtaq-talib-al-saidi", "organization:harakat-al-nujaba",
       "قُتل قيادي"),
      ("ASSASSINATED_BY", "person:mushtaq-talib-al-saidi", "organization:us-armed-forces",
       "نفّذت الضربة", "2024-01-04"),
      ("LEADS", "person:akram-al-kaabi", "organization:harakat-al-nujaba", "ودعا الأمين"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-01-04"}),

    ("enD6_barzani_erbil_talks", "en",
     "ERBIL, Iraq (AP) \u2014 Kurdistan Democratic Party leader Masoud Barzani hosted Iraqi "
     "Parliament Speaker Mohammed al-Halbousi and an envoy of Shiite cleric Muqtada al-Sadr in "
     "Erbil on Saturday, in a flurry of talks aimed at forming a governing majority that would "
     "exclude Iran-backed parties. Barzani, whose party won the most Kurdish seats in October's "
     "election, also received Hikma Movement leader Ammar al-Hakim, a statement from his office "
     "said. The so-called Coordination Framework, an alliance of Shiite factions that includes "
     "Nouri al-Maliki's State of Law coalition and Hadi al-Amiri's Fatah bloc, has rejected the "
     "plan. Iran's Quds Force commander, Esmail Qaani, visited Erbil in December but failed to "
     "win Barzani's support, according to two Kurdish officials.",
     [("LEADS", "person:masoud-barzani", "organization:kurdistan-democratic-party",
       "Kurdistan Democratic Party leader"),
      ("MET_WITH", "person:masoud-barzani", "person:mohammed-al-halbousi",
       "Kurdistan Democratic Party leader"),
      ("VISITED", "person:mohammed-al-halbousi", "location:erbil",
       "Kurdistan Democratic Party leader"),
      ("LEADS", "person:mohammed-al-halbousi", "organization:iraqi-parliament",
       "Kurdistan Democratic Party leader"),
      ("MET_WITH", "person:masoud-barzani", "person:ammar-al-hakim", "also received"),
      ("LEADS", "person:ammar-al-hakim", "organization:hikma-movement", "also received"),
      ("MEMBER_OF", "organization:state-of-law-coalition", "organization:coordination-framework",
       "an alliance of Shiite"),
      ("MEMBER_OF", "organization:fatah-alliance", "organization:coordination-framework",
       "an alliance of Shiite"),
      ("LEADS", "person:nouri-al-maliki", "organization:state-of-law-coalition",
       "an alliance of Shiite"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "an alliance of Shiite"),
      ("LEADS", Q, QF, "visited Erbil"),
      ("VISITED", Q, "location:erbil", "visited Erbil", "2021-12"),
      ],
     {"source": "blind set (AP-style)", "published": "2022-01-15"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setD")
