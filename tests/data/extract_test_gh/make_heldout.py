"""Blind set GH: the Sahel 2020-2024 in regional, French-influenced press translated into English and
Arabic: the first summit of the Alliance of Sahel States in Niamey, Tiani hosting Goita and Traore,
July 2024 (English); Captain Traore ousting Damiba and the ECOWAS mission of Mahamadou Issoufou and
Omar Alieu Touray, Sept-Oct 2022 (Arabic); General Abdoulaye Maiga replacing Choguel Kokalla Maiga
as Mali's prime minister, Nov 2024 (English); Ghazouani receiving Mali's defence minister Sadio
Camara in Nouakchott after border killings, April 2024 (Arabic); Jean-Noel Barrot received by
Mahamat Deby before Chad ends its defence pact with France, Halina replacing Masra, 2024 (English);
Droukdel killed by French forces and succeeded by al-Annabi, Ag Ghaly and Koufa still at large, 2020
(Arabic).
Style: translated regional press: long protocol titles ("the President of the Transition, Head of
State, General of the Army"), "in replacement of", audiences, decrees; Arabic with clitics (وبـ،
لـ، فـ) and full honorifics (السيد، الجنرال); a meeting that did not take place, a telephone
conversation, a denied accusation of killings, a false death claim, a favourite candidate, a
proposed dialogue.
Spellings: Goïta / غويتا, Traoré / تراوري, Tiani, Déby Itno, Jean-Noël Barrot, دروكدال، العنابي،
أغ غالي، كوفا، الغزواني.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 20): written blind, then read by the engineers. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gi import ALL  # noqa: E402

HERE = Path(__file__).parent

MALI, BF, NIGER, CHAD = "country:mali", "country:burkina-faso", "country:niger", "country:chad"
ECOWAS, AES = "organization:ecowas", "organization:alliance-of-sahel-states"
GOITA, TRAORE, TIANI, FAYE = ("person:assimi-goita", "person:ibrahim-traore", "person:abdourahamane-tiani",
                              "person:bassirou-diomaye-faye")
DAMIBA, KABORE, ISSOUFOU, TOURAY, KYELEM = ("person:paul-henri-damiba", "person:roch-marc-christian-kabore",
                                            "person:mahamadou-issoufou", "person:omar-alieu-touray",
                                            "person:apollinaire-kyelem-de-tambela")
AMAIGA, CHOGUEL, DIOP, PUTIN = ("person:abdoulaye-maiga", "person:choguel-kokalla-maiga", "person:abdoulaye-diop",
                                "person:vladimir-putin")
GHAZ, AZIZ, CAMARA = "person:mohamed-ould-ghazouani", "person:mohamed-ould-abdel-aziz", "person:sadio-camara"
MAHAMAT, BARROT, HALINA, MASRA = ("person:mahamat-idriss-deby", "person:jean-noel-barrot", "person:allamaye-halina",
                                  "person:succes-masra")
PARLY, DROUKDEL, ANNABI = "person:florence-parly", "person:abdelmalek-droukdel", "person:abu-ubaydah-yusuf-al-annabi"
AGGHALY, KOUFA = "person:iyad-ag-ghaly", "person:amadou-koufa"

ARTICLES = [
    ("enGH1_aes_summit_niamey", "en",
     "NIAMEY - The Head of State, President of the National Council for the Safeguard of the Homeland, "
     "General Abdourahamane Tiani, on Saturday 6 July 2024 welcomed to Niamey his counterparts, "
     "the President of the Transition, Head of State of Mali, Colonel Assimi Goïta, and the President of "
     "Faso, Head of State, Captain Ibrahim Traoré, for the first summit of the Alliance of Sahel States "
     "(AES).\n"
     "At the close of their work, the three Heads of State signed the treaty establishing a "
     "Confederation, and Colonel Goïta was designated its first President for a term of one year.\n"
     "In his address, the Burkinabè Head of State recalled that the three countries had announced in "
     "January their withdrawal from ECOWAS, \"a decision that is irreversible\".\n"
     "The summit was held on the eve of an ECOWAS summit in Abuja, where the President of the Republic "
     "of Senegal, Bassirou Diomaye Faye, was mandated as facilitator with the AES countries.\n"
     "Some observers had expected President Faye to meet General Tiani on the sidelines, but no such "
     "meeting took place.",
     [("LEADS", TIANI, "organization:niger-cnsp", "President of the National Council"),
      ("MET_WITH", TIANI, GOITA, "welcomed to Niamey his counterparts", "2024-07-06"),
      ("MET_WITH", TIANI, TRAORE, "Captain Ibrahim Traoré, for the first summit", "2024-07-06"),
      ("MET_WITH", GOITA, TRAORE, "the three Heads of State signed", "2024-07-06"),
      ("VISITED", GOITA, "location:niamey", "welcomed to Niamey", "2024-07-06"),
      ("VISITED", TRAORE, "location:niamey", "for the first summit of the Alliance", "2024-07-06"),
      ("LEADS", GOITA, MALI, "Head of State of Mali"),
      ("LEADS", TRAORE, BF, "the President of Faso"),
      ("LEADS", GOITA, AES, "designated its first President", "2024-07-06"),
      ("WITHDREW_FROM", MALI, ECOWAS, "their withdrawal from ECOWAS", "2024-01-28"),
      ("WITHDREW_FROM", BF, ECOWAS, "had announced in January", "2024-01-28"),
      ("WITHDREW_FROM", NIGER, ECOWAS, "the three countries had announced", "2024-01-28"),
      ("LEADS", FAYE, "country:senegal", "President of the Republic of Senegal"),
      ],
     {"source": "blind set (regional press, translated from French)", "published": "2024-07-08"}),

    ("arGH2_traore_ousts_damiba", "ar",
     "واغادوغو - أعلن النقيب إبراهيم تراوري، مساء الجمعة 30 سبتمبر/أيلول 2022، عبر التلفزيون الوطني "
     "البوركيني، إقالةَ اللفتنانت كولونيل بول هنري سانداوغو داميبا من رئاسة الحركة الوطنية للحماية "
     "والاستعادة، بعد ثمانية أشهر فقط من إطاحة الأخير بالرئيس روش مارك كريستيان كابوري.\n"
     "وبعد وساطة قادها زعماء دينيون وتقليديون، وافق داميبا على التنحي بشروط، وغادر إلى لومي، عاصمة "
     "توغو.\n"
     "واتهم أنصار تراوري فرنسا بإيواء الرئيس المخلوع في قاعدة كامبوانسين، وهو ما نفته باريس، قبل أن "
     "يهاجم متظاهرون السفارةَ الفرنسية في واغادوغو.\n"
     "وفي 4 أكتوبر استقبل تراوري وفداً من المجموعة الاقتصادية لدول غرب أفريقيا ضمّ الوسيطَ الرئيسَ "
     "النيجري الأسبق محمدو يوسفو ورئيسَ مفوضية إيكواس عمر عليو توراي.\n"
     "وفي 21 أكتوبر أدّى النقيب اليمين رئيساً انتقالياً لبوركينا فاسو خلفاً لداميبا، وعيّن بعد أيام "
     "المحامي أبولينير كييليم دي تامبيلا وزيراً أول.",
     [("REPORTED_BY", TRAORE, "outlet:rtb", "عبر التلفزيون الوطني"),
      ("LEADS", DAMIBA, "organization:burkina-mpsr", "من رئاسة الحركة الوطنية"),
      ("LEADS", KABORE, BF, "بالرئيس روش"),
      ("VISITED", DAMIBA, "location:lome", "وغادر إلى لومي", "2022-10"),
      ("LOCATED_IN", "location:lome", "country:togo", "عاصمة توغو"),
      ("LOCATED_IN", "location:french-embassy-ouagadougou", "location:ouagadougou", "السفارةَ الفرنسية في واغادوغو"),
      ("MET_WITH", TRAORE, ISSOUFOU, "استقبل تراوري وفداً", "2022-10-04"),
      ("MET_WITH", TRAORE, TOURAY, "ورئيسَ مفوضية إيكواس", "2022-10-04"),
      ("MET_WITH", ISSOUFOU, TOURAY, "ضمّ الوسيطَ", "2022-10-04"),
      ("LEADS", TOURAY, "organization:ecowas-commission", "ورئيسَ مفوضية"),
      ("SUCCESSOR_OF", TRAORE, DAMIBA, "خلفاً لداميبا", "2022-10-21"),
      ("LEADS", TRAORE, BF, "رئيساً انتقالياً لبوركينا"),
      ("LEADS", KYELEM, "organization:burkina-government", "وزيراً أول"),
      ],
     {"source": "blind set (regional press, translated from French)", "published": "2022-10-28"}),

    ("enGH3_abdoulaye_maiga_prime_minister", "en",
     "BAMAKO - By decree read on national television on the evening of Thursday 21 November 2024, the "
     "President of the Transition, Head of State, General of the Army Assimi Goïta, appointed Major "
     "General Abdoulaye Maïga as Prime Minister, Head of Government, in replacement of Dr Choguel "
     "Kokalla Maïga, dismissed the previous day.\n"
     "The new head of government, until then Minister of Territorial Administration and "
     "Decentralisation and spokesman of the Government, is regarded as one of the pillars of the "
     "military regime.\n"
     "His predecessor had publicly criticised, on 16 November, the indefinite postponement of the "
     "presidential election.\n"
     "On Friday the new Prime Minister was received in audience at the Koulouba Palace by the Head of "
     "State, who handed him his roadmap.\n"
     "The Minister of Foreign Affairs, Abdoulaye Diop, keeps his portfolio. The same week, General Goïta "
     "had a telephone conversation with President Vladimir Putin of the Russian Federation on security "
     "cooperation.",
     [("LEADS", GOITA, MALI, "President of the Transition, Head of State"),
      ("SUCCESSOR_OF", AMAIGA, CHOGUEL, "in replacement of Dr Choguel", "2024-11-21"),
      ("LEADS", AMAIGA, "organization:malian-government", "as Prime Minister, Head of Government"),
      ("MET_WITH", AMAIGA, GOITA, "received in audience at the Koulouba", "2024-11-22"),
      ("VISITED", AMAIGA, "location:koulouba", "at the Koulouba Palace", "2024-11-22"),
      ("LEADS", DIOP, "organization:malian-foreign-ministry", "The Minister of Foreign Affairs, Abdoulaye"),
      ("LEADS", PUTIN, "country:russia", "President Vladimir Putin of the Russian Federation"),
      ],
     {"source": "blind set (regional press, translated from French)", "published": "2024-11-23"}),

    ("arGH4_ghazouani_receives_camara", "ar",
     "نواكشوط - استقبل رئيس الجمهورية، السيد محمد ولد الشيخ الغزواني، صباح الأحد 21 أبريل/نيسان 2024 "
     "بالقصر الرئاسي في نواكشوط، وزيرَ الدفاع وقدامى المحاربين في جمهورية مالي، الجنرال ساديو كامارا، "
     "الذي حمل رسالة من رئيس المرحلة الانتقالية العقيد عاصيمي غويتا.\n"
     "وتأتي الزيارة بعد مقتل عدد من المواطنين الموريتانيين قرب الحدود، وهي حوادث نسبها شهود ووسائل "
     "إعلام محلية إلى الجيش المالي وعناصر فاغنر، فيما نفت باماكو أي تورط لقواتها.\n"
     "وكانت نواكشوط قد استدعت السفير المالي للاحتجاج، ولوّحت بإجراءات للرد.\n"
     "ويُذكر أن الغزواني تولّى الرئاسة في أغسطس 2019 خلفاً لرفيق دربه محمد ولد عبد العزيز، الذي يقضي "
     "اليوم حكماً بالسجن بتهم فساد.\n"
     "وتستعد البلاد لانتخابات رئاسية في يونيو يُعدّ الغزواني المرشحَ الأوفر حظاً فيها.",
     [("LEADS", GHAZ, "country:mauritania", "رئيس الجمهورية، السيد محمد"),
      ("MET_WITH", GHAZ, CAMARA, "استقبل رئيس الجمهورية", "2024-04-21"),
      ("VISITED", CAMARA, "location:nouakchott", "بالقصر الرئاسي في نواكشوط", "2024-04-21"),
      ("LEADS", CAMARA, "organization:malian-defence-ministry", "وزيرَ الدفاع وقدامى المحاربين"),
      ("LEADS", GOITA, MALI, "رئيس المرحلة الانتقالية العقيد"),
      ("SUCCESSOR_OF", GHAZ, AZIZ, "خلفاً لرفيق دربه", "2019-08"),
      ],
     {"source": "blind set (regional press, Arabic)", "published": "2024-04-22"}),

    ("enGH5_barrot_ndjamena_defence_pact", "en",
     "N'DJAMENA - The President of the Republic, Head of State, Mahamat Idriss Déby Itno, received on "
     "Thursday 28 November 2024 in N'Djamena the French Minister for Europe and Foreign Affairs, "
     "Jean-Noël Barrot, at the start of a tour that was to take him to Ethiopia.\n"
     "A few hours after the minister's departure, Chad's Ministry of Foreign Affairs announced the end "
     "of the defence cooperation agreement with France, a decision which, it said, marked \"a historic "
     "turning point\".\n"
     "President Déby, proclaimed winner of the presidential election of 6 May with 61 percent of the "
     "vote, had named Allamaye Halina as Prime Minister later that month, succeeding Succès Masra, who "
     "had resigned after finishing second in that election.\n"
     "Mr Masra had himself been appointed head of government in January 2024 after returning from "
     "exile.\n"
     "The last French troops left the base in N'Djamena at the end of January 2025.",
     [("LEADS", MAHAMAT, CHAD, "The President of the Republic, Head of State"),
      ("MET_WITH", MAHAMAT, BARROT, "received on Thursday 28 November", "2024-11-28"),
      ("VISITED", BARROT, "location:ndjamena", "2024 in N'Djamena", "2024-11-28"),
      ("LEADS", BARROT, "organization:french-foreign-ministry", "French Minister for Europe and Foreign Affairs"),
      ("SUCCESSOR_OF", HALINA, MASRA, "succeeding Succès Masra", "2024-05"),
      ("LEADS", HALINA, "organization:chad-government", "had named Allamaye Halina as Prime Minister"),
      ("LEADS", MASRA, "organization:chad-government", "appointed head of government in January", "2024-01"),
      ("WITHDREW_FROM", "organization:french-armed-forces", CHAD, "The last French troops left", "2025-01"),
      ],
     {"source": "blind set (regional press, translated from French)", "published": "2025-02-02"}),

    ("arGH6_droukdel_killed_annabi_succeeds", "ar",
     "باريس - أعلنت وزيرة القوات المسلحة الفرنسية، السيدة فلورنس بارلي، مساء الجمعة 5 يونيو/حزيران "
     "2020، أن القوات الفرنسية قتلت أمير تنظيم القاعدة في بلاد المغرب الإسلامي، الجزائري عبد المالك "
     "دروكدال، خلال عملية نُفّذت في 3 يونيو شمالي مالي قرب تيساليت.\n"
     "وكان دروكدال، المعروف بأبي مصعب عبد الودود، يقود التنظيم منذ أكثر من عقدين.\n"
     "وبعد خمسة أشهر، أعلن التنظيم في شريط مصوّر مبايعة أبي عبيدة يوسف العنابي أميراً جديداً خلفاً "
     "لدروكدال.\n"
     "أما في الساحل، فيبقى إياد أغ غالي، زعيم جماعة نصرة الإسلام والمسلمين، وحليفه أمادو كوفا، مؤسس "
     "كتيبة ماسينا، المطلوبَين الأولَين لقوة برخان.\n"
     "وكانت باريس قد أعلنت مقتل كوفا في نوفمبر 2018، قبل أن يظهر في تسجيل جديد نفى فيه الخبر.\n"
     "وفي باماكو، أبدت الحكومة الانتقالية استعدادها لفتح حوار مع الرجلين، لكن لم يُعقد أي لقاء معلن "
     "حتى الآن.",
     [("LEADS", PARLY, "organization:french-defence-ministry", "وزيرة القوات المسلحة الفرنسية"),
      ("ASSASSINATED_BY", DROUKDEL, "organization:french-armed-forces", "أن القوات الفرنسية قتلت", "2020-06-03"),
      ("LEADS", DROUKDEL, "organization:aqim", "أمير تنظيم القاعدة في بلاد"),
      ("LOCATED_IN", "location:tessalit", MALI, "شمالي مالي قرب تيساليت"),
      ("SUCCESSOR_OF", ANNABI, DROUKDEL, "أميراً جديداً خلفاً", "2020-11"),
      ("LEADS", ANNABI, "organization:aqim", "مبايعة أبي عبيدة"),
      ("LEADS", AGGHALY, "organization:jnim", "زعيم جماعة نصرة"),
      ("LEADS", KOUFA, "organization:katiba-macina", "مؤسس كتيبة ماسينا"),
      ],
     {"source": "blind set (regional press, Arabic)", "published": "2020-11-25"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGH")
