"""Blind set SI: the Sahel, Chad and Russia's Wagner, 2021-2023 (first folder of SI-SJ): Idriss Deby's death
at the front and his son Mahamat's military council (April 2021), Emmanuel Macron at Deby's funeral in
N'Djamena with the G5 Sahel presidents (April 2021), Assimi Goita replacing Bah Ndaw and Goodluck Jonathan's
ECOWAS mediation in Bamako (May 2021), Ibrahim Traore's coup against Paul-Henri Damiba and the ECOWAS mission
of Mahamadou Issoufou (October 2022), Yunus-bek Yevkurov's visit to Bamako (September 2023) and the Algerian
envoy in Niamey after the Niger coup (August 2023), as a world news wire writes it in English (Reuters-like:
"N'DJAMENA, April 20 (Reuters) -"), a pan-Arab daily in Arabic (Asharq al-Awsat-like: "نجامينا: «الشرق
الأوسط»"), a US wire in English (AP-like: "BAMAKO, Mali (AP) —"), a Qatari TV site in Arabic (Al Jazeera
Net-like: "الجزيرة نت - واغادوغو"), Mali's state agency in its English rendering (AMAP-like: "Bamako, 2
September (AMAP) -", "His Excellency Colonel Assimi Goita") and Algeria's state agency in Arabic (APS-like:
"الجزائر - استقبل ...", "وأج").
Pieces: the army announces Deby's death, his son Mahamat heads the military council and succeeds him
(English, SI1); Macron meets Mahamat Deby in the presence of Bazoum, Ghazouani and Ndaw at the funeral
(Arabic, SI2); Goita declared president in place of Ndaw, Jonathan meets Goita and then visits Ndaw and Ouane
at Kati (English, SI3); Traore replaces Damiba, the ECOWAS delegation headed
by Issoufou with Barbosa meets Traore (Arabic, SI4); Goita receives Yevkurov's delegation with Averyanov in
the presence of Camara (English, SI5); Magramane meets Zeine in Niamey, Attaf receives the Nigerien foreign
minister Sangare in Algiers (Arabic, SI6).
Excluded on purpose (no relation): Deby "died of wounds" in fighting the FACT rebels, whom the army named
but whose fighters did not claim it (SI1, the army is a party: a death in battle, no killing reported by the
outlet); Tebboune's condolence call to Mahamat Deby (SI2); Choguel Maiga, "expected to be named to replace
Ouane" (SI3: a future appointment); Damiba, who "fled to Togo" (SI4); Prigozhin, whose death in
a crash is mentioned without an agent (SI5); Tiani, who did not receive the Algerian envoy, and Attaf's phone
call with Blinken (SI6).
Judgement calls: "بحضور" three presidents at Macron's meeting with Mahamat Deby: each attendee paired with both
principals, and the attendees with each other (they sat together in one meeting, as most dev gold) (SI2);
"visited Ndaw and Ouane" at the Kati camp, where both were held together: a meeting of the three (SI3); "will be
sworn in ... in place of Bah N'Daw", ruled by the court, is a succession (SI3); "took over ... from Damiba"
is a succession (SI4); a delegation "headed by" Issoufou and "including" Barbosa: both paired with Traore; the
two members of one delegation are not paired with each other (SI4); "accompanied by" Averyanov: paired with Goita (the host) only; Camara "in the
presence of": paired with both Goita and Yevkurov, and with Averyanov (SI5); a chief of a junta LEADS the
country; a foreign minister MEMBER_OF his ministry where it has an id.
Filled in for the exercise: the army spokesman's wording, the council's 15 members (SI1); Tebboune's call, the
seating of the three presidents at the meeting (SI2); the hour of Jonathan's visit to Kati (SI3); Barbosa's
presence, the date of the mission's meeting (SI4); the date, Camara's presence and the wording of the
communique (SI5); Magramane's meeting with Zeine, Sangare's visit to Algiers and the call with Blinken (SI6).
Spellings: "Idriss Deby Itno", "Mahamat Idriss Deby", "Mahamat Kaka" (SI1); «إدريس ديبي إتنو»، «محمد إدريس
ديبي»، «محمد بازوم»، «محمد ولد الشيخ الغزواني»، «باه نداو» (SI2); "Assimi Goïta", "Bah N'Daw", "Moctar Ouane"
(SI3); «إبراهيم تراوري»، «بول هنري سانداوغو داميبا»، «محمدو يوسفو» (SI4); "Yunus-Bek Yevkurov", "Assimi
GOITA" (SI5); «لوناس مقرمان»، «عبد الرحمن تشياني»، «بكاري ياو سانغاري» (SI6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sj import ALL  # noqa: E402

HERE = Path(__file__).parent

CHAD, MALI, NIGER, BURKINA, FRANCE, RUSSIA, ALGERIA = (
    "country:chad", "country:mali", "country:niger", "country:burkina-faso", "country:france", "country:russia",
    "country:algeria")
TMC, FACT, CHADARMY, ECOWAS, WAGNER, RUSMOD = (
    "organization:transitional-military-council-chad", "organization:front-for-change-and-concord-in-chad",
    "organization:chadian-army", "organization:ecowas", "organization:wagner-group",
    "organization:russian-defence-ministry")
ALGFM, NIGFM = "organization:algerian-foreign-ministry", "organization:nigerien-foreign-ministry"
DEBY, MAHAMAT, MACRON, BAZOUM, GHAZOUANI, NDAW, TEBBOUNE = (
    "person:idriss-deby", "person:mahamat-idriss-deby", "person:emmanuel-macron", "person:mohamed-bazoum",
    "person:mohamed-ould-ghazouani", "person:bah-ndaw", "person:abdelmadjid-tebboune")
GOITA, OUANE, CHOGUEL, JONATHAN, CAMARA = (
    "person:assimi-goita", "person:moctar-ouane", "person:choguel-maiga", "person:goodluck-jonathan",
    "person:sadio-camara")
TRAORE, DAMIBA, ISSOUFOU, BARBOSA = (
    "person:ibrahim-traore", "person:paul-henri-sandaogo-damiba", "person:mahamadou-issoufou",
    "person:suzi-barbosa")
YEVKUROV, AVERYANOV, PRIGOZHIN = "person:yunus-bek-yevkurov", "person:andrei-averyanov", "person:yevgeny-prigozhin"
ATTAF, MAGRAMANE, ZEINE, SANGARE, TIANI, BLINKEN = (
    "person:ahmed-attaf", "person:lounes-magramane", "person:ali-lamine-zeine", "person:bakary-yaou-sangare",
    "person:abdourahamane-tiani", "person:antony-blinken")

REUTERS = "blind set (world news wire, English, Reuters-like)"
ASHARQ = "blind set (pan-Arab daily, Arabic, Asharq al-Awsat-like)"
AP = "blind set (US news wire, English, AP-like)"
JAZEERA = "blind set (Qatari TV news site, Arabic, Al Jazeera Net-like)"
AMAP = "blind set (Malian state news agency, English rendering, AMAP-like)"
APS = "blind set (Algerian state news agency, Arabic, APS-like)"

ARTICLES = [
    ("enSI1_deby_dies_at_front_reuters", "en",
     "Chad's President Deby killed on front line, son to head military council\n"
     "N'DJAMENA, April 20 (Reuters) - Chadian President Idriss Deby Itno, who ruled the Central African country "
     "for three decades, died on Tuesday of wounds suffered while commanding troops against rebels in the north, "
     "an army spokesman said on state television.\n"
     "Deby, 68, had visited soldiers on the front line at the weekend after the Front for Change and Concord in "
     "Chad (FACT), a rebel group based across the border in Libya, advanced hundreds of kilometres south. The "
     "army said its forces had killed more than 300 FACT fighters.\n"
     "A transitional military council of 15 generals will be led by his son, Mahamat Idriss Deby, a four-star "
     "general known as Mahamat Kaka, spokesman General Azem Bermandoa Agouna said. The government and "
     "parliament have been dissolved and the council will rule for 18 months.\n"
     "The 37-year-old commander of the presidential guard thus succeeds his father, whose re-election to a "
     "sixth term had been announced only on Monday.\n"
     "FACT, led by Mahamat Mahdi Ali, said in a statement that its fighters were heading for N'Djamena and "
     "rejected the military council. France, which has its Barkhane force headquarters in the capital, said it "
     "had lost \"a brave friend\".",
     [("LEADS", DEBY, CHAD, "Chadian President Idriss Deby Itno"),
      ("LEADS", MAHAMAT, TMC, "will be led by his son, Mahamat Idriss Deby", "2021-04-20"),
      ("SUCCESSOR_OF", MAHAMAT, DEBY, "thus succeeds his father", "2021-04-20"),
      ("LEADS", "person:mahamat-mahdi-ali", FACT, "FACT, led by Mahamat Mahdi Ali"),
      ],
     {"source": REUTERS, "published": "2021-04-20"}),

    ("arSI2_macron_deby_funeral_asharq", "ar",
     "ماكرون في جنازة ديبي: فرنسا لن تسمح بتهديد استقرار تشاد\n"
     "نجامينا: «الشرق الأوسط»\n"
     "شارك الرئيس الفرنسي إيمانويل ماكرون، أمس الجمعة، في مراسم تشييع الرئيس التشادي الراحل إدريس ديبي إتنو "
     "في ساحة الأمة بنجامينا، وكان الرئيس الغربي الوحيد الذي حضر الجنازة.\n"
     "وعقد ماكرون على هامش المراسم اجتماعاً مع رئيس المجلس العسكري الانتقالي الفريق محمد إدريس ديبي، بحضور "
     "رئيس النيجر محمد بازوم والرئيس الموريتاني محمد ولد الشيخ الغزواني ورئيس المرحلة الانتقالية في مالي "
     "باه نداو، وبحث معه سبل \"الانتقال المدني\" واستمرار الحرب على الإرهاب في منطقة الساحل.\n"
     "وقال ماكرون في كلمته أمام النعش إن فرنسا \"لن تسمح لأحد بأن يهدد استقرار تشاد ووحدة أراضيها\".\n"
     "من جهته، أجرى الرئيس الجزائري عبد المجيد تبون اتصالاً هاتفياً بنجل الرئيس الراحل، قدّم خلاله تعازيه.\n"
     "وكان الجيش التشادي قد أعلن يوم الثلاثاء وفاة ديبي متأثراً بجروح أصيب بها في المعارك ضد المتمردين في "
     "الشمال، وتعهد المجلس العسكري بانتخابات \"حرة وديمقراطية\" خلال 18 شهراً.",
     [("LEADS", MACRON, FRANCE, "الرئيس الفرنسي إيمانويل ماكرون"),
      ("LEADS", MAHAMAT, TMC, "رئيس المجلس العسكري الانتقالي الفريق"),
      ("LEADS", BAZOUM, NIGER, "رئيس النيجر محمد بازوم"),
      ("LEADS", GHAZOUANI, "country:mauritania", "والرئيس الموريتاني محمد"),
      ("LEADS", NDAW, MALI, "ورئيس المرحلة الانتقالية في مالي"),
      ("LEADS", TEBBOUNE, ALGERIA, "الرئيس الجزائري عبد المجيد تبون"),
      ] + met_group({MACRON: "وعقد ماكرون على هامش المراسم", MAHAMAT: "اجتماعاً مع رئيس المجلس العسكري",
                     BAZOUM: "رئيس النيجر محمد بازوم والرئيس",
                     GHAZOUANI: "محمد ولد الشيخ الغزواني", NDAW: "باه نداو، وبحث معه"}, "2021-04-23"),
     {"source": ASHARQ, "published": "2021-04-24"}),

    ("enSI3_goita_replaces_ndaw_ap", "en",
     "Mali coup leader Goita declared transitional president\n"
     "BAMAKO, Mali (AP) — Mali's constitutional court on Friday declared Col. Assimi Goïta transitional "
     "president, days after soldiers arrested the country's civilian leaders in the second coup in nine months.\n"
     "Goita, who led the August 2020 overthrow of President Ibrahim Boubacar Keita, will be sworn in as head of "
     "the transition in place of Bah N'Daw, the court ruled. N'Daw and Prime Minister Moctar Ouane were detained "
     "on Monday at the Kati military camp outside Bamako and later resigned.\n"
     "Former Nigerian President Goodluck Jonathan, the mediator for the West African regional bloc ECOWAS, met "
     "with Goita in the capital on Tuesday. He later visited N'Daw and Ouane at Kati, a West African diplomat "
     "said, and found them \"in good health\".\n"
     "French President Emmanuel Macron warned that France would pull its troops out of Mali if the country "
     "moved toward \"radical Islamism\" under the colonels.\n"
     "Goita's camp said a prime minister would be chosen from the M5-RFP opposition coalition. Its leader, "
     "Choguel Kokalla Maiga, is widely expected to be named to replace Ouane.",
     [("SUCCESSOR_OF", GOITA, NDAW, "in place of Bah N'Daw", "2021-05-28"),
      ("LEADS", OUANE, MALI, "Prime Minister Moctar Ouane were detained"),
      ("MET_WITH", JONATHAN, GOITA, "with Goita in the capital on Tuesday", "2021-05-25"),
      ] + met_group({JONATHAN: "He later visited", NDAW: "visited N'Daw and", OUANE: "and Ouane at Kati"},
                    "2021-05-25") + [
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron warned"),
      ],
     {"source": AP, "published": "2021-05-28"}),
    ("arSI4_traore_receives_ecowas_aljazeera", "ar",
     "تراوري يستقبل وفد إيكواس بعد أيام من الإطاحة بداميبا\n"
     "الجزيرة نت - واغادوغو\n"
     "استقبل رئيس المجلس العسكري في بوركينا فاسو النقيب إبراهيم تراوري، أمس الثلاثاء في واغادوغو، وفداً من "
     "المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) برئاسة وسيطها الرئيس النيجري الأسبق محمدو يوسفو، ضم وزيرة "
     "خارجية غينيا بيساو سوزي باربوسا.\n"
     "وقال يوسفو للصحفيين عقب اللقاء إن الوفد \"مطمئن\" إلى التزام السلطات الجديدة بالجدول الزمني للمرحلة "
     "الانتقالية، الذي ينص على تسليم السلطة للمدنيين في يوليو/تموز 2024.\n"
     "وتولى تراوري (34 عاماً) السلطة خلفاً للمقدم بول هنري سانداوغو داميبا، الذي أطاحه عسكريون يوم الجمعة "
     "الماضي، بعد ثمانية أشهر فقط من استيلائه هو نفسه على الحكم من الرئيس روك مارك كريستيان كابوري.\n"
     "وقبل داميبا الاستقالة يوم الأحد بوساطة من زعماء دينيين وتقليديين، ثم غادر إلى توغو.\n"
     "في المقابل، نفت السفارة الفرنسية في واغادوغو أن تكون قد آوت داميبا، بعد أن هاجم متظاهرون مقرها ورفع "
     "بعضهم الأعلام الروسية.\n"
     "ومن المنتظر أن يُعيَّن تراوري رئيساً انتقالياً رسمياً خلال مؤتمر وطني في وقت لاحق من الشهر الجاري.",
     [("LEADS", TRAORE, BURKINA, "رئيس المجلس العسكري في بوركينا فاسو"),
      ("MET_WITH", TRAORE, ISSOUFOU, "برئاسة وسيطها الرئيس النيجري الأسبق", "2022-10-04"),
      ("MET_WITH", TRAORE, BARBOSA, "خارجية غينيا بيساو سوزي باربوسا", "2022-10-04"),
      ("SUCCESSOR_OF", TRAORE, DAMIBA, "وتولى تراوري (34 عاماً) السلطة خلفاً", "2022-09-30"),
      ("SUCCESSOR_OF", DAMIBA, "person:roch-marc-christian-kabore", "من استيلائه هو نفسه على الحكم", "2022-01-24"),
      ],
     {"source": JAZEERA, "published": "2022-10-05"}),

    ("enSI5_goita_receives_yevkurov_amap", "en",
     "Transition President receives Russian Deputy Minister of Defence\n"
     "Bamako, 2 September (AMAP) - The President of the Transition, Head of State, His Excellency Colonel Assimi "
     "GOITA, received on Friday at Koulouba Palace a Russian delegation headed by the Deputy Minister of Defence "
     "of the Russian Federation, Colonel-General Yunus-Bek Yevkurov, accompanied by General Andrei Averyanov.\n"
     "The audience took place in the presence of the Minister of Defence and Veterans Affairs, Colonel Sadio "
     "Camara.\n"
     "According to a communique of the Presidency, the two parties discussed the strengthening of military "
     "cooperation between Mali and Russia, in particular the training of Malian personnel and the supply of "
     "equipment, in the framework of the fight against terrorism.\n"
     "The Russian official conveyed to the Head of State the greetings of President Vladimir Putin and assured "
     "him that Moscow's commitments to Mali would be maintained.\n"
     "The visit comes ten days after Yevgeny Prigozhin, the head of the Wagner group, whose men have been "
     "deployed in the country since December 2021, died in a plane crash north of Moscow. The Malian authorities "
     "have always described the Russian personnel as instructors.",
     [("LEADS", GOITA, MALI, "Head of State, His Excellency Colonel"),
      ("MET_WITH", GOITA, YEVKUROV, "Colonel-General Yunus-Bek Yevkurov", "2023-09-01"),
      ("MET_WITH", GOITA, AVERYANOV, "accompanied by General Andrei Averyanov", "2023-09-01"),
      ("MET_WITH", CAMARA, GOITA, "in the presence of the Minister of Defence", "2023-09-01"),
      ("MET_WITH", CAMARA, YEVKUROV, "Veterans Affairs, Colonel Sadio", "2023-09-01"),
      ("MET_WITH", CAMARA, AVERYANOV, "The audience took place", "2023-09-01"),
      ("MEMBER_OF", YEVKUROV, RUSMOD, "headed by the Deputy Minister of Defence"),
      ("LEADS", PRIGOZHIN, WAGNER, "the head of the Wagner group"),
      ],
     {"source": AMAP, "published": "2023-09-02"}),

    ("arSI6_algeria_niger_mediation_aps", "ar",
     "عطاف يستقبل وزير الخارجية النيجري ويجدد رفض الجزائر لأي تدخل عسكري\n"
     "الجزائر - استقبل وزير الشؤون الخارجية والجالية الوطنية بالخارج، السيد أحمد عطاف، اليوم الأربعاء "
     "بالجزائر العاصمة، وزير الشؤون الخارجية النيجري بكاري ياو سانغاري، حسب ما أفاد به بيان للوزارة.\n"
     "وتناول الطرفان المبادرة التي أعلنها رئيس الجمهورية، السيد عبد المجيد تبون، والرامية إلى مرحلة انتقالية "
     "لا تتجاوز ستة أشهر تحت إشراف سلطة مدنية.\n"
     "وكان الأمين العام لوزارة الشؤون الخارجية، السيد لوناس مقرمان، قد حل الأسبوع الماضي بنيامي حيث التقى "
     "رئيس الوزراء علي الأمين زين، فيما لم يستقبله قائد المجلس العسكري الجنرال عبد الرحمن تشياني.\n"
     "وفي سياق متصل، تلقى السيد عطاف مساء أمس اتصالاً هاتفياً من كاتب الدولة الأمريكي، أنتوني بلينكن، تناول "
     "تطورات الوضع في النيجر.\n"
     "وجددت الجزائر تمسكها بعودة النظام الدستوري، بما في ذلك الرئيس المحتجز محمد بازوم، ورفضها القاطع لأي "
     "تدخل عسكري أجنبي لما يحمله من \"مخاطر جسيمة\" على المنطقة برمتها. (وأج)",
     [("MEMBER_OF", ATTAF, ALGFM, "وزير الشؤون الخارجية والجالية الوطنية بالخارج"),
      ("MET_WITH", ATTAF, SANGARE, "وزير الشؤون الخارجية النيجري بكاري", "2023-08-30"),
      ("MEMBER_OF", SANGARE, NIGFM, "النيجري بكاري ياو سانغاري"),
      ("LEADS", TEBBOUNE, ALGERIA, "رئيس الجمهورية، السيد عبد المجيد تبون"),
      ("MEMBER_OF", MAGRAMANE, ALGFM, "الأمين العام لوزارة الشؤون الخارجية"),
      ("MET_WITH", MAGRAMANE, ZEINE, "بنيامي حيث التقى", "2023-08-24"),
      ("LEADS", ZEINE, NIGER, "رئيس الوزراء علي الأمين زين"),
      ("LEADS", TIANI, "organization:cnsp-niger", "قائد المجلس العسكري الجنرال"),
      ],
     {"source": APS, "published": "2023-08-30"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSI")
