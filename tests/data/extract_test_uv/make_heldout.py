"""Blind set UV: the Western Sahara 2016-2022 (second folder of UU-UV): Brahim Ghali elected to succeed Mohamed
Abdelaziz at the head of the Polisario Front (July 2016), the killing of the Sahrawi gendarmerie commander
Addah al-Bendir in a drone strike (April 2021), Ghali's treatment in Spain and his return to Algiers (June
2021), Horst Koehler's first regional tour as UN envoy (October 2017), Staffan de Mistura's first tour (January
2022), and Jared Kushner's and Meir Ben-Shabbat's visit to Rabat (December 2020), as a French wire writes it in
English (AFP-like: "TINDOUF, Algeria, July 9, 2016 (AFP) -"), the Sahrawi state agency in Arabic (SPS-like:
"(واص)"), a Madrid daily's English edition (El Pais-like: "the High Court"), an Algerian daily in Arabic
(Echorouk-like: "الشروق أونلاين"), Algeria's state agency in English (APS-like: "ALGIERS -", "Minister of
Foreign Affairs and National Community Abroad") and a London-based pan-Arab daily in Arabic (Asharq
Al-Awsat-like: "الرباط: «الشرق الأوسط»").
Pieces: Ghali elected to succeed Abdelaziz; Abdelaziz had taken over after El-Ouali's death; Addouh led in the
interim and received Sellal at the funeral (English, UV1); al-Bendir killed in a strike carried out by the
Moroccan army; Ghali receives his defence minister (Arabic, UV2); Ghali leaves Spain, Tebboune visits him in
an Algiers hospital (English, UV3); Koehler, appointed to succeed Ross, is received by Ghali with Khadad
present, after talks with Bourita in Rabat (Arabic, UV4); Lamamra receives de Mistura, appointed to succeed
Koehler; de Mistura had met Bourita, Ghali and Ould Merzouk (English, UV5); the king receives Kushner and
Ben-Shabbat; Othmani signs the joint declaration with them (Arabic, UV6).
Excluded on purpose (no relation): El-Ouali "was killed" in a raid (no agent), Morocco's silence (UV1); the
unconfirmed second commander killed, Ghali's telegram to the family, the Guerguerat "violation" (UV2); Ghali's
videolink testimony to the judge, the torture and genocide complaints, Gonzalez Laya's denial (UV3); the king
who did not receive Koehler, the planned meeting with Messahel, the visit to Laayoune with no date (UV4);
Koehler's resignation, the visit to the territory that did not take place (UV5); Trump's and Netanyahu's
phone calls to the king, the agreements signed by Bourita with an unnamed Israeli side (UV6).
Judgement calls: "led on an interim basis by" after the leader's death is a succession (UV1, as SR2's acting
premier); "took over after its founder ... was killed" is a succession (UV1); "received by Addouh and members
of the Polisario leadership" pairs Sellal with Addouh only (UV1); the strike "نفذه جيش الاحتلال المغربي" in the
agency's own voice names the agent: al-Bendir ASSASSINATED_BY the Royal Armed Forces (UV2); a visit to a
patient in hospital is a meeting (UV3); "بحضور" Khadad: paired with both principals (UV4); the king who
"received" the two envoys together: a meeting of the three; the prime minister who signed the joint
declaration with the two envoys at the palace meets both of them (UV6); Ghali, "President of the Sahrawi
Republic, Secretary General of the Polisario Front" LEADS both; Koehler, "former German President", LEADS
Germany (a former head of state, as a former head of government LEADS his country).
Filled in for the exercise: Sellal's reception by Addouh at the funeral (UV1); the place of the strike, the
agency's wording, the defence minister's audience (UV2); the day of Tebboune's visit, Bourita's remark (UV3);
the hour and place of the reception, Khadad's presence and remarks, the Laayoune visit (UV4); the days of the
meetings, the wording of the statement (UV5); the wording of the report, the place of the signing (UV6).
Spellings: "Brahim Ghali", "El-Ouali Mustapha Sayed", "Khatri Addouh", "Bir Lahlou" (UV1); «الداه البندير»،
«السيد إبراهيم غالي» (UV2); "Aïn Naadja", "Santiago Pedraz", "Arancha González Laya" (UV3); «هورست كولر»،
«امحمد خداد»، «كريستوفر روس» (UV4); "Staffan de Mistura", "Horst Köhler", "Mohamed Salem Ould Merzoug" (UV5);
«جاريد كوشنر»، «مائير بن شبات»، «ترمب» (UV6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_uv import ALL  # noqa: E402

HERE = Path(__file__).parent

MOROCCO, ALGERIA, ISRAEL, US, GERMANY = (
    "country:morocco", "country:algeria", "country:israel", "country:united-states", "country:germany")
RABAT, ALGIERS, TINDOUF, NOUAKCHOTT = "location:rabat", "location:algiers", "location:tindouf", "location:nouakchott"
UN, POLISARIO, SADR, SNC, GENDARMERIE, FAR = (
    "organization:united-nations", "organization:polisario-front",
    "organization:sahrawi-arab-democratic-republic", "organization:sahrawi-national-council",
    "organization:sahrawi-national-gendarmerie", "organization:moroccan-royal-armed-forces")
M6, OTHMANI, BOURITA = "person:mohammed-vi", "person:saadeddine-othmani", "person:nasser-bourita"
ABDELAZIZ, ELOUALI, GHALI, ADDOUH, KHADAD, BENDIR, BELLAL = (
    "person:mohamed-abdelaziz", "person:el-ouali-mustapha-sayed", "person:brahim-ghali", "person:khatri-addouh",
    "person:mhamed-khadad", "person:addah-al-bendir", "person:abdallahi-lehbib-bellal")
SELLAL, TEBBOUNE, LAMAMRA, MERZOUK = (
    "person:abdelmalek-sellal", "person:abdelmadjid-tebboune", "person:ramtane-lamamra",
    "person:mohamed-salem-ould-merzouk")
ROSS, KOEHLER, MISTURA, GUTERRES, TRUMP, KUSHNER, BENSHABBAT, NETANYAHU = (
    "person:christopher-ross", "person:horst-koehler", "person:staffan-de-mistura", "person:antonio-guterres",
    "person:donald-trump", "person:jared-kushner", "person:meir-ben-shabbat", "person:benjamin-netanyahu")

AFP = "blind set (French news wire, English, AFP-like)"
SPS = "blind set (Sahrawi state news agency, Arabic, SPS-like)"
PAIS = "blind set (Madrid daily, English edition, El Pais-like)"
SHOROUK = "blind set (Algerian daily, Arabic, Echorouk-like)"
APS = "blind set (Algerian state news agency, English, APS-like)"
AWSAT = "blind set (London-based pan-Arab daily, Arabic, Asharq Al-Awsat-like)"

ARTICLES = [
    ("enUV1_ghali_elected_polisario_afp", "en",
     "Polisario elects Brahim Ghali to succeed late leader Abdelaziz\n"
     "TINDOUF, Algeria, July 9, 2016 (AFP) - The Polisario Front on Saturday elected Brahim Ghali, a veteran of "
     "its war against Morocco, as its new secretary general to succeed Mohamed Abdelaziz, who died of cancer on "
     "May 31 after leading the movement for four decades.\n"
     "Ghali, 66, won 93 percent of the vote at an extraordinary congress held in the Dakhla refugee camp near the "
     "Algerian town of Tindouf, the Sahrawi Press Service (SPS) said. As secretary general he also becomes "
     "president of the self-proclaimed Sahrawi Arab Democratic Republic (SADR).\n"
     "A founding member of the Polisario, Ghali served as the SADR's defence minister and later as its envoy to "
     "Madrid and Algiers.\n"
     "Abdelaziz had headed the Front since 1976, when he took over after its founder El-Ouali Mustapha Sayed was "
     "killed during a raid on the Mauritanian capital Nouakchott.\n"
     "Since his death the movement had been led on an interim basis by Khatri Addouh, speaker of the Sahrawi "
     "National Council, who chaired the congress.\n"
     "Algerian Prime Minister Abdelmalek Sellal led a large delegation to Abdelaziz's funeral at Bir Lahlou on "
     "June 4, where he was received by Addouh and members of the Polisario leadership.\n"
     "Morocco, which considers Western Sahara its southern provinces, made no comment on the election.",
     [("SUCCESSOR_OF", GHALI, ABDELAZIZ, "to succeed Mohamed Abdelaziz", "2016-07-09"),
      ("LEADS", GHALI, POLISARIO, "as its new secretary general"),
      ("LEADS", GHALI, SADR, "president of the self-proclaimed"),
      ("MEMBER_OF", GHALI, POLISARIO, "A founding member of the Polisario"),
      ("LEADS", ABDELAZIZ, POLISARIO, "Abdelaziz had headed the Front"),
      ("SUCCESSOR_OF", ABDELAZIZ, ELOUALI, "when he took over after its founder", "1976"),
      ("LEADS", ELOUALI, POLISARIO, "its founder El-Ouali"),
      ("SUCCESSOR_OF", ADDOUH, ABDELAZIZ, "led on an interim basis by Khatri Addouh", "2016-05"),
      ("LEADS", ADDOUH, POLISARIO, "had been led on an interim basis"),
      ("LEADS", ADDOUH, SNC, "speaker of the Sahrawi"),
      ("LEADS", SELLAL, ALGERIA, "Algerian Prime Minister Abdelmalek Sellal"),
      ("MET_WITH", SELLAL, ADDOUH, "where he was received by Addouh", "2016-06-04"),
      ],
     {"source": AFP, "published": "2016-07-09"}),

    ("arUV2_bendir_killed_drone_sps", "ar",
     "استشهاد قائد الدرك الوطني الداه البندير في قصف بطائرة مسيرة مغربية\n"
     "بئر لحلو (الأراضي المحررة) 07 أبريل 2021 (واص) - استشهد قائد الدرك الوطني الصحراوي، الداه البندير، مساء "
     "أمس الثلاثاء، إثر قصف بطائرة مسيّرة نفذه جيش الاحتلال المغربي بمنطقة تفاريتي شرق جدار الذل والعار، حسبما "
     "أعلنته وزارة الدفاع الوطني في بيان.\n"
     "وأوضح البيان أن الشهيد كان يشرف على عملية لوحدات جيش التحرير الشعبي الصحراوي في القطاع حين استُهدفت "
     "السيارة التي كانت تقله، فيما أصيب عدد من رفاقه بجروح متفاوتة الخطورة.\n"
     "وبعث رئيس الجمهورية، الأمين العام لجبهة البوليساريو، السيد إبراهيم غالي، ببرقية تعزية إلى أسرة الشهيد، "
     "أشاد فيها بمسيرته النضالية منذ اندلاع الكفاح المسلح.\n"
     "واستقبل الرئيس غالي، صباح اليوم الأربعاء بمقر الرئاسة، وزير الدفاع الوطني عبد الله لحبيب البلال، الذي قدم "
     "له تقريرا مفصلا عن ملابسات العملية والوضع العسكري على طول الجدار.\n"
     "من جهة أخرى، تحدثت مصادر إعلامية عن سقوط قيادي ثان في غارة منفصلة بالقطاع نفسه، دون أن يتسنى التأكد من "
     "هويته، فيما لم يصدر أي تعليق رسمي من الرباط.\n"
     "وتأتي هذه التطورات بعد استئناف الكفاح المسلح في 13 نوفمبر 2020، إثر خرق قوات الاحتلال لاتفاق وقف إطلاق "
     "النار في منطقة الكركرات.",
     [("ASSASSINATED_BY", BENDIR, FAR, "نفذه جيش الاحتلال المغربي", "2021-04-06"),
      ("LEADS", BENDIR, GENDARMERIE, "استشهد قائد الدرك الوطني الصحراوي"),
      ("LEADS", GHALI, SADR, "وبعث رئيس الجمهورية، الأمين العام"),
      ("LEADS", GHALI, POLISARIO, "الأمين العام لجبهة البوليساريو"),
      ("MET_WITH", GHALI, BELLAL, "وزير الدفاع الوطني عبد الله", "2021-04-07"),
      ],
     {"source": SPS, "published": "2021-04-07"}),

    ("enUV3_ghali_leaves_spain_pais", "en",
     "Polisario leader Brahim Ghali leaves Spain after testifying before High Court judge\n"
     "Madrid - Brahim Ghali, the leader of the Polisario Front, left Spain in the early hours of Wednesday aboard "
     "an Algerian government plane, hours after testifying by videolink before a High Court judge from the "
     "hospital in Logroño where he had been treated for Covid-19 since April 18.\n"
     "Judge Santiago Pedraz declined to impose any precautionary measures on Ghali, who was questioned over two "
     "complaints, one for torture filed by a former detainee of the Polisario and another for genocide brought by "
     "a Sahrawi human rights association. The judge said there were no indications of his involvement.\n"
     "Ghali's admission to the San Pedro hospital under a false identity, with an Algerian passport, triggered "
     "Spain's worst diplomatic crisis with Morocco in years. Rabat recalled its ambassador, Karima Benyaich, and "
     "in mid-May more than 8,000 migrants crossed into the Spanish enclave of Ceuta as Moroccan border guards "
     "looked on.\n"
     "Foreign Minister Arancha González Laya, who defended admitting Ghali on humanitarian grounds, has denied any "
     "wrongdoing; a court in Zaragoza is investigating how he entered the country.\n"
     "In Algiers, Ghali was taken to the Aïn Naadja military hospital, where President Abdelmadjid Tebboune "
     "visited him on Wednesday afternoon, the Algerian presidency said.\n"
     "In Rabat, Moroccan Foreign Minister Nasser Bourita said the crisis \"is not about Ghali\" but about Spain's "
     "position on the Western Sahara.",
     [("LEADS", GHALI, POLISARIO, "the leader of the Polisario Front, left"),
      ("MET_WITH", TEBBOUNE, GHALI, "where President Abdelmadjid Tebboune", "2021-06-02"),
      ("LEADS", TEBBOUNE, ALGERIA, "President Abdelmadjid Tebboune visited"),
      ],
     {"source": PAIS, "published": "2021-06-02"}),

    ("arUV4_koehler_tindouf_echorouk", "ar",
     "كولر في مخيمات اللاجئين الصحراويين قادما من الرباط\n"
     "الشروق أونلاين - شرع المبعوث الشخصي للأمين العام الأممي إلى الصحراء الغربية، الرئيس الألماني الأسبق هورست "
     "كولر، أمس، في زيارة إلى مخيمات اللاجئين الصحراويين بتندوف، حيث استقبله الرئيس الصحراوي إبراهيم غالي بمقر "
     "الرئاسة بالرابوني، بحضور منسق جبهة البوليساريو مع بعثة المينورسو امحمد خداد.\n"
     "وهي أول جولة للمبعوث الأممي في المنطقة منذ تعيينه في أوت الماضي خلفا للأمريكي كريستوفر روس، الذي غادر "
     "منصبه بعد ثماني سنوات من جهود لم تفض إلى استئناف المفاوضات المباشرة.\n"
     "وكان كولر قد حل بالرباط، حيث أجرى محادثات مع وزير الخارجية المغربي ناصر بوريطة، دون أن يستقبله العاهل "
     "المغربي، حسب ما أوردته وسائل إعلام مغربية.\n"
     "ومن المقرر أن ينتقل المبعوث الأممي، الأحد، إلى الجزائر العاصمة للقاء وزير الشؤون الخارجية عبد القادر "
     "مساهل، قبل أن يتوجه إلى نواكشوط.\n"
     "وقال خداد عقب اللقاء إن الجبهة \"مستعدة للتعاون\" مع المبعوث الجديد، داعيا مجلس الأمن إلى \"تحمل "
     "مسؤولياته\". أما زيارة المبعوث إلى مدينة العيون، التي تحدثت عنها الصحافة المغربية، فلم يحدد موعدها بعد.",
     met_group({KOEHLER: "الرئيس الألماني الأسبق هورست", GHALI: "حيث استقبله الرئيس الصحراوي",
                KHADAD: "امحمد خداد."}, "2017-10-18")
     + [("LEADS", GHALI, SADR, "الرئيس الصحراوي إبراهيم غالي"),
        ("LEADS", KOEHLER, GERMANY, "الرئيس الألماني الأسبق"),
        ("MEMBER_OF", KHADAD, POLISARIO, "منسق جبهة البوليساريو"),
        ("VISITED", KOEHLER, TINDOUF, "اللاجئين الصحراويين بتندوف"),
        ("SUCCESSOR_OF", KOEHLER, ROSS, "خلفا للأمريكي كريستوفر روس", "2017-08"),
        ("VISITED", KOEHLER, RABAT, "وكان كولر قد حل بالرباط"),
        ("MET_WITH", KOEHLER, BOURITA, "حيث أجرى محادثات مع وزير الخارجية", "2017-10"),
        ],
     {"source": SHOROUK, "published": "2017-10-19"}),

    ("enUV5_de_mistura_lamamra_aps", "en",
     "Lamamra receives UN Personal Envoy for Western Sahara\n"
     "ALGIERS - Minister of Foreign Affairs and National Community Abroad Ramtane Lamamra received on Wednesday "
     "in Algiers the Personal Envoy of the UN Secretary-General for Western Sahara, Staffan de Mistura, who is on "
     "his first regional tour since taking office in November.\n"
     "The talks focused on the prospects of relaunching the political process, and the minister reaffirmed that "
     "Algeria, as a neighbouring country and an observer, supports the right of the Sahrawi people to "
     "self-determination.\n"
     "Mr. de Mistura, who was appointed by Secretary-General António Guterres in October to succeed former German "
     "President Horst Köhler, had been to Rabat, where he met Moroccan Foreign Minister Nasser Bourita on January "
     "13, and to the Sahrawi refugee camps, where he was received on January 15 by the President of the "
     "Sahrawi Republic, Secretary General of the Polisario Front, Brahim Ghali.\n"
     "In Nouakchott, the UN envoy held talks on Monday with Mauritanian Foreign Minister Mohamed Salem Ould "
     "Merzoug.\n"
     "Mr. Köhler resigned in May 2019 for health reasons, leaving the post vacant for more than two years. A visit "
     "by the envoy to the occupied territories of Western Sahara, announced by some media, did not take place "
     "during this tour, the UN spokesman said.",
     [("MET_WITH", LAMAMRA, MISTURA, "Staffan de Mistura, who is on", "2022-01-19"),
      ("VISITED", MISTURA, ALGIERS, "received on Wednesday"),
      ("SUCCESSOR_OF", MISTURA, KOEHLER, "to succeed former German", "2021-10"),
      ("LEADS", GUTERRES, UN, "Secretary-General António Guterres"),
      ("LEADS", KOEHLER, GERMANY, "former German"),
      ("VISITED", MISTURA, RABAT, "had been to Rabat"),
      ("MET_WITH", MISTURA, BOURITA, "where he met Moroccan Foreign Minister", "2022-01-13"),
      ("MET_WITH", MISTURA, GHALI, "where he was received on January 15", "2022-01-15"),
      ("LEADS", GHALI, SADR, "the President of the"),
      ("LEADS", GHALI, POLISARIO, "Secretary General of the Polisario Front"),
      ("VISITED", MISTURA, NOUAKCHOTT, "In Nouakchott, the UN envoy"),
      ("MET_WITH", MISTURA, MERZOUK, "held talks on Monday with", "2022-01-17"),
      ],
     {"source": APS, "published": "2022-01-19"}),

    ("arUV6_kushner_ben_shabbat_rabat_awsat", "ar",
     "كوشنر وبن شبات في الرباط على متن أول رحلة مباشرة من إسرائيل.. والعاهل المغربي يستقبل الوفد\n"
     "الرباط: «الشرق الأوسط»\n"
     "استقبل العاهل المغربي الملك محمد السادس، أمس الثلاثاء بالقصر الملكي في الرباط، جاريد كوشنر، كبير مستشاري "
     "الرئيس الأميركي دونالد ترمب، ومستشار الأمن القومي الإسرائيلي مائير بن شبات، اللذين وصلا على متن أول رحلة "
     "تجارية مباشرة بين تل أبيب والرباط.\n"
     "وعقب الاستقبال، وقّع رئيس الحكومة المغربية سعد الدين العثماني مع كوشنر وبن شبات، بالقصر الملكي، إعلانا "
     "مشتركا ينص على استئناف الاتصالات الرسمية بين المغرب وإسرائيل وإعادة فتح مكتبي الاتصال في الرباط وتل أبيب، "
     "فيما وقع وزير الخارجية ناصر بوريطة أربع اتفاقيات مع الجانب الإسرائيلي.\n"
     "ويأتي ذلك بعد إعلان ترمب، في 10 ديسمبر (كانون الأول)، اعتراف الولايات المتحدة بسيادة المغرب على الصحراء، "
     "إثر اتصال هاتفي أجراه مع الملك محمد السادس. كما تلقى العاهل المغربي لاحقا اتصالا هاتفيا من رئيس الوزراء "
     "الإسرائيلي بنيامين نتنياهو، الذي وجه إليه دعوة لزيارة إسرائيل.\n"
     "وكان كوشنر قد زار الرباط في مايو (أيار) 2019، في إطار جولة إقليمية للترويج لخطة السلام الأميركية.",
     met_group({M6: "استقبل العاهل المغربي الملك", KUSHNER: "جاريد كوشنر، كبير",
                BENSHABBAT: "ومستشار الأمن القومي الإسرائيلي"}, "2020-12-22")
     + [("MET_WITH", OTHMANI, KUSHNER, "وقّع رئيس الحكومة المغربية", "2020-12-22"),
        ("MET_WITH", OTHMANI, BENSHABBAT, "مع كوشنر وبن شبات، بالقصر", "2020-12-22"),
        ("LEADS", M6, MOROCCO, "العاهل المغربي الملك محمد السادس"),
        ("LEADS", TRUMP, US, "الرئيس الأميركي دونالد ترمب"),
        ("LEADS", OTHMANI, MOROCCO, "رئيس الحكومة المغربية سعد الدين"),
        ("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء الإسرائيلي بنيامين"),
        ("VISITED", KUSHNER, RABAT, "وكان كوشنر قد زار الرباط"),
        ],
     {"source": AWSAT, "published": "2020-12-23"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUV")
