"""Blind set SG: Algeria and Morocco, 1992-2022 (first folder of SG-SH): the assassination of Mohamed
Boudiaf in Annaba by his bodyguard Lambarek Boumaarafi and Ali Kafi's succession (June-July 1992),
Abdelmadjid Tebboune's reception of Emmanuel Macron (August 2022), Tebboune's swearing-in after Abdelkader
Bensalah's interim and the succession of Said Chengriha after Ahmed Gaid Salah's death (December 2019),
Mohammed VI's accession after Hassan II's death and the foreign leaders at the funeral (July 1999), Mike
Pompeo's visit to Rabat (December 2019) and the Emir of Qatar's state visit to Algiers (February 2020),
as a British wire writes it in English (Reuters-like, 1992: "ANNABA, Algeria, July 2 (Reuter) -"), the
Algerian state agency in Arabic (APS-like: "استقبل رئيس الجمهورية، السيد ..."، "حسب ما أفاد به بيان"),
a US wire in English (AP-like: "ALGIERS, Algeria (AP) —"), the Moroccan state agency in Arabic (MAP-like:
"صاحب الجلالة الملك محمد السادس، نصره الله"، "و م ع"), a Moroccan news site's English service
(Hespress English-like: long ministerial titles) and an Algerian daily in Arabic (Echorouk-like: "الأحد",
"وحسب ما علمته «الشروق»").
Pieces: Boumaarafi shoots Boudiaf; Kafi named to succeed Boudiaf, who had replaced Chadli Bendjedid as head
of state (English, SG1); Tebboune receives Macron with Benabderrahmane, Lamamra and Colonna present, and
the two presidents meet again at Zeralda with Chengriha present (Arabic, SG2); Tebboune takes over from
Bensalah, who had taken over from Bouteflika; Chengriha replaces Gaid Salah; Djerad replaces the acting
prime minister Boukadoum (English, SG3); Mohammed VI succeeds Hassan II, receives Bouteflika with Moulay
Rachid present, then Clinton and Chirac separately (Arabic, SG4); Pompeo meets Bourita, then Hammouchi, and
had met Netanyahu in Lisbon (English, SG5); Tebboune receives Tamim, talks with Djerad, Boukadoum and the
Qatari foreign minister present, Tebboune had received Sarraj (Arabic, SG6).
Excluded on purpose (no relation): the Islamic Salvation Front, blamed by officials and denying it (SG1);
Tebboune's earlier phone call with Macron, the planned visit to Paris (SG2); Gaid Salah "attended the
ceremony" and embraced Tebboune, Said Bouteflika in prison, Bedoui's resignation (Boukadoum is the one
replaced) (SG3); Bouteflika's handshake with Ehud Barak at the burial (SG4); the audience with the King that
did not take place (SG5); the phone call from Mohamed bin Zayed, Tebboune's planned visit to Doha (SG6).
Judgement calls: "shot ... by Second Lieutenant Lambarek Boumaarafi" gives the victim -> the named gunman
(SG1); "brought back ... to replace President Chadli Bendjedid as head of state" is a succession (SG1);
attendees named in one «بحضور» list (both sides) are paired with each other as well as with the two
principals (SG2, SG6); "named interim head of state after Bouteflika was forced to resign" is a succession
(SG3); "كلا على حدة" separates the King's meetings: Clinton and Chirac are not paired (SG4); "later met"
is a separate meeting (SG5); a chief of staff LEADS the army; a minister LEADS his ministry where it has an
id (Bourita, Lamamra, Boukadoum); a head of the DGST LEADS it (SG5).
Filled in for the exercise: the hour and the grenade, Belkheir's statement (SG1); the attendees' list and
the Zeralda meeting's wording (SG2); the wording of the Dec. 28 account (SG3); the reception hours, Moulay
Rachid's presence, the separate receptions of Clinton and Chirac (SG4); the meeting with Hammouchi and its
place, the quotes (SG5); the attendees of the talks, the date of Sarraj's visit, the call from Mohamed bin
Zayed (SG6).
Spellings: "Mohammed Boudiaf", "Lambarek Boumaarafi", "Chadli Benjedid" (SG1); "عبد المجيد تبون", "أيمن بن
عبد الرحمان", "السعيد شنقريحة" (SG2); "Abdelkader Bensalah", "Lt. Gen. Ahmed Gaid Salah", "Said Chanegriha"
(SG3); "الحسن الثاني", "عبد العزيز بوتفليقة", "بيل كلينتون" (SG4); "Naser Bourita", "Abdellatif Hammouchi" (SG5);
"الشيخ تميم بن حمد آل ثاني", "صبري بوقدوم", "فايز السراج" (SG6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_sh import ALL  # noqa: E402

HERE = Path(__file__).parent

ALGERIA, MOROCCO, QATAR, FRANCE, US = (
    "country:algeria", "country:morocco", "country:qatar", "country:france", "country:united-states")
HSC, NATION, FIS, ANP, ALGFM, MORFM, DGST = (
    "organization:algerian-high-state-council", "organization:algerian-council-of-the-nation",
    "organization:islamic-salvation-front", "organization:algerian-peoples-national-army",
    "organization:algerian-foreign-ministry", "organization:moroccan-foreign-ministry", "organization:moroccan-dgst")
FLN = "organization:national-liberation-front-algeria"
BOUDIAF, BOUMAARAFI, KAFI, CHADLI, BELKHEIR = (
    "person:mohamed-boudiaf", "person:lambarek-boumaarafi", "person:ali-kafi", "person:chadli-bendjedid",
    "person:larbi-belkheir")
BOUTEFLIKA, BENSALAH, TEBBOUNE, GAID, CHENGRIHA, DJERAD, BOUKADOUM, BENABDERRAHMANE, LAMAMRA = (
    "person:abdelaziz-bouteflika", "person:abdelkader-bensalah", "person:abdelmadjid-tebboune",
    "person:ahmed-gaid-salah", "person:said-chengriha", "person:abdelaziz-djerad", "person:sabri-boukadoum",
    "person:aymen-benabderrahmane", "person:ramtane-lamamra")
M6, HASSAN2, RACHID, BOURITA, HAMMOUCHI = (
    "person:mohammed-vi", "person:hassan-ii", "person:moulay-rachid", "person:nasser-bourita",
    "person:abdellatif-hammouchi")
MACRON, COLONNA, CHIRAC, CLINTON, POMPEO, NETANYAHU = (
    "person:emmanuel-macron", "person:catherine-colonna", "person:jacques-chirac", "person:bill-clinton",
    "person:mike-pompeo", "person:benjamin-netanyahu")
TAMIM, QFM, SARRAJ = (
    "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani", "person:fayez-al-sarraj")

REUTERS = "blind set (British news wire, English, Reuters-like, 1992)"
APS = "blind set (Algerian state news agency, Arabic, APS-like)"
AP = "blind set (US news wire, English, AP-like)"
MAP = "blind set (Moroccan state news agency, Arabic, MAP-like)"
HESPRESS = "blind set (Moroccan news site, English service, Hespress English-like)"
ECHOROUK = "blind set (Algerian daily, Arabic, Echorouk-like)"

ARTICLES = [
    ("enSG1_boudiaf_kafi_reuters", "en",
     "Algeria names Kafi to succeed slain leader Boudiaf\n"
     "ANNABA, Algeria, July 2 (Reuter) - Algeria's ruling High State Council on Thursday named Ali Kafi, "
     "head of the war veterans' organisation and one of its five members, to succeed Mohammed Boudiaf, who was "
     "assassinated on Monday while making a speech in this eastern port city.\n"
     "Boudiaf, 73, was shot in the back by Second Lieutenant Lambarek Boumaarafi, a member of the special "
     "intervention unit guarding him, who then fled and was arrested an hour later near the cultural centre.\n"
     "Interior Minister Larbi Belkheir told state television that the gunman had acted alone, but a commission "
     "of inquiry would look into \"all possible complicity\".\n"
     "Officials initially blamed the outlawed Islamic Salvation Front (FIS), which denied any role in the "
     "killing and condemned it.\n"
     "Boudiaf, a founder of the National Liberation Front who spent 28 years in exile in Morocco, was brought "
     "back in January to replace President Chadli Benjedid as head of state after the army forced Chadli to "
     "resign and cancelled a general election the FIS was poised to win.\n"
     "Kafi, 64, a former colonel of the independence war, is seen as close to the army. He was sworn in at "
     "the presidential palace in Algiers.",
     [("SUCCESSOR_OF", KAFI, BOUDIAF, "to succeed Mohammed Boudiaf", "1992-07-02"),
      ("MEMBER_OF", KAFI, HSC, "one of its five members"),
      ("ASSASSINATED_BY", BOUDIAF, BOUMAARAFI, "shot in the back by Second Lieutenant", "1992-06-29"),
      ("SUCCESSOR_OF", BOUDIAF, CHADLI, "to replace President Chadli Benjedid", "1992-01-16"),
      ("LEADS", CHADLI, ALGERIA, "President Chadli Benjedid as head of state"),
      ("MEMBER_OF", BOUDIAF, FLN, "a founder of the National Liberation Front"),
      ],
     {"source": REUTERS, "published": "1992-07-02"}),

    ("arSG2_tebboune_macron_aps", "ar",
     "رئيس الجمهورية يستقبل نظيره الفرنسي\n"
     "الجزائر - استقبل رئيس الجمهورية، السيد عبد المجيد تبون، يوم الخميس بمقر رئاسة الجمهورية، رئيس "
     "الجمهورية الفرنسية، السيد إيمانويل ماكرون، الذي يقوم بزيارة رسمية إلى الجزائر تدوم ثلاثة أيام، حسب ما "
     "أفاد به بيان لرئاسة الجمهورية.\n"
     "وجرت المحادثات بحضور الوزير الأول، السيد أيمن بن عبد الرحمان، ووزير الشؤون الخارجية والجالية "
     "الوطنية بالخارج، السيد رمطان لعمامرة، ومن الجانب الفرنسي وزيرة أوروبا والشؤون الخارجية، السيدة كاترين "
     "كولونا.\n"
     "وتناول الطرفان ملف الذاكرة والتعاون الاقتصادي والتنقل، إلى جانب الأوضاع في منطقة الساحل وليبيا.\n"
     "وفي اليوم الموالي، عقد الرئيسان اجتماعا بإقامة الدولة بزرالدة، بحضور رئيس أركان الجيش الوطني الشعبي، "
     "الفريق أول السعيد شنقريحة، ومسؤولي أجهزة الأمن في البلدين.\n"
     "وكان رئيس الجمهورية قد تلقى، مطلع الشهر الجاري، مكالمة هاتفية من نظيره الفرنسي تم خلالها الاتفاق على "
     "ترتيبات الزيارة.\n"
     "ومن المرتقب أن يقوم السيد تبون بزيارة دولة إلى باريس خلال السنة المقبلة، بدعوة من الرئيس ماكرون.",
     [("MET_WITH", TEBBOUNE, MACRON, "السيد إيمانويل ماكرون، الذي يقوم", "2022-08-25"),
      ("LEADS", TEBBOUNE, ALGERIA, "استقبل رئيس الجمهورية، السيد عبد المجيد"),
      ("LEADS", MACRON, FRANCE, "رئيس الجمهورية الفرنسية، السيد"),
      ("MET_WITH", BENABDERRAHMANE, TEBBOUNE, "بحضور الوزير الأول", "2022-08-25"),
      ("MET_WITH", BENABDERRAHMANE, MACRON, "السيد أيمن بن عبد الرحمان", "2022-08-25"),
      ("MET_WITH", LAMAMRA, TEBBOUNE, "ووزير الشؤون الخارجية والجالية", "2022-08-25"),
      ("MET_WITH", LAMAMRA, MACRON, "السيد رمطان لعمامرة", "2022-08-25"),
      ("MET_WITH", COLONNA, TEBBOUNE, "ومن الجانب الفرنسي وزيرة", "2022-08-25"),
      ("MET_WITH", COLONNA, MACRON, "السيدة كاترين", "2022-08-25"),
      ("MET_WITH", BENABDERRAHMANE, LAMAMRA, "الوطنية بالخارج", "2022-08-25"),
      ("MET_WITH", BENABDERRAHMANE, COLONNA, "وزيرة أوروبا والشؤون", "2022-08-25"),
      ("MET_WITH", LAMAMRA, COLONNA, "كولونا.", "2022-08-25"),
      ("LEADS", LAMAMRA, ALGFM, "ووزير الشؤون الخارجية والجالية الوطنية"),
      ("MET_WITH", CHENGRIHA, TEBBOUNE, "بحضور رئيس أركان الجيش", "2022-08-26"),
      ("MET_WITH", CHENGRIHA, MACRON, "الفريق أول السعيد شنقريحة", "2022-08-26"),
      ("LEADS", CHENGRIHA, ANP, "رئيس أركان الجيش الوطني الشعبي"),
      ],
     {"source": APS, "published": "2022-08-25"}),

    ("enSG3_tebboune_chengriha_ap", "en",
     "Algeria's new leader names premier as army buries its chief\n"
     "ALGIERS, Algeria (AP) — Algeria's President Abdelmadjid Tebboune on Saturday appointed academic "
     "Abdelaziz Djerad as prime minister, replacing Sabri Boukadoum, the foreign minister who had served as "
     "acting premier since Noureddine Bedoui resigned last week.\n"
     "Tebboune, 74, a former prime minister under Abdelaziz Bouteflika, was sworn in on Dec. 19, taking over "
     "from interim head of state Abdelkader Bensalah.\n"
     "Bensalah, the president of the Council of the Nation, the upper house of parliament, was named interim "
     "head of state in April after Bouteflika was forced to resign by weeks of mass protests and pressure from "
     "the army chief of staff, Lt. Gen. Ahmed Gaid Salah.\n"
     "Gaid Salah, who attended the swearing-in ceremony and embraced the new president, died of a heart attack "
     "on Monday. He was buried Wednesday in Algiers. Tebboune named Maj. Gen. Said Chanegriha, the commander "
     "of the land forces, as acting chief of staff to replace him.\n"
     "The protest movement, known as the Hirak, has rejected Tebboune's election as a continuation of the old "
     "system. Bouteflika's brother Said, once seen as the power behind the throne, is serving a 15-year "
     "prison sentence.",
     [("SUCCESSOR_OF", DJERAD, BOUKADOUM, "replacing Sabri Boukadoum", "2019-12-28"),
      ("LEADS", TEBBOUNE, ALGERIA, "Algeria's President Abdelmadjid Tebboune"),
      ("SUCCESSOR_OF", TEBBOUNE, BENSALAH, "taking over from interim head of state", "2019-12-19"),
      ("LEADS", BENSALAH, NATION, "the president of the Council of the Nation"),
      ("SUCCESSOR_OF", BENSALAH, BOUTEFLIKA, "was named interim head of state in April", "2019-04-09"),
      ("LEADS", GAID, ANP, "the army chief of staff, Lt. Gen."),
      ("SUCCESSOR_OF", CHENGRIHA, GAID, "as acting chief of staff to replace him", "2019-12-23"),
      ],
     {"source": AP, "published": "2019-12-28"}),

    ("arSG4_mohammed6_accession_map", "ar",
     "جلالة الملك محمد السادس يستقبل قادة الدول المشاركين في جنازة المغفور له الحسن الثاني\n"
     "الرباط (و م ع) - استقبل صاحب الجلالة الملك محمد السادس، نصره الله، اليوم الأحد بالقصر الملكي "
     "بالرباط، فخامة السيد عبد العزيز بوتفليقة، رئيس الجمهورية الجزائرية الديمقراطية الشعبية، الذي حل "
     "بالمملكة للمشاركة في تشييع جثمان جلالة المغفور له الحسن الثاني، وذلك بحضور صاحب السمو الملكي الأمير "
     "مولاي رشيد.\n"
     "كما استقبل جلالته، كلا على حدة، الرئيس الأمريكي بيل كلينتون والرئيس الفرنسي جاك شيراك، اللذين عبرا "
     "لجلالته عن خالص تعازيهما.\n"
     "وكان جلالة الملك محمد السادس قد اعتلى عرش أسلافه المنعمين يوم الجمعة، خلفا لوالده المغفور له الحسن "
     "الثاني الذي انتقل إلى عفو الله عن سن تناهز السبعين عاما، حيث قدم له أعضاء الأسرة الملكية وكبار "
     "مسؤولي الدولة البيعة.\n"
     "وعلى هامش مراسم الدفن، تصافح الرئيس الجزائري ورئيس الوزراء الإسرائيلي إيهود باراك، في مشهد تناقلته "
     "وسائل الإعلام الدولية.\n"
     "وقد أعلنت الجزائر الحداد ثلاثة أيام.",
     [("MET_WITH", M6, BOUTEFLIKA, "فخامة السيد عبد العزيز بوتفليقة", "1999-07-25"),
      ("LEADS", BOUTEFLIKA, ALGERIA, "رئيس الجمهورية الجزائرية الديمقراطية الشعبية"),
      ("MET_WITH", RACHID, M6, "بحضور صاحب السمو الملكي", "1999-07-25"),
      ("MET_WITH", RACHID, BOUTEFLIKA, "الأمير مولاي رشيد", "1999-07-25"),
      ("MET_WITH", M6, CLINTON, "الرئيس الأمريكي بيل كلينتون", "1999-07-25"),
      ("MET_WITH", M6, CHIRAC, "والرئيس الفرنسي جاك شيراك", "1999-07-25"),
      ("LEADS", CLINTON, US, "الرئيس الأمريكي بيل"),
      ("LEADS", CHIRAC, FRANCE, "والرئيس الفرنسي جاك"),
      ("SUCCESSOR_OF", M6, HASSAN2, "خلفا لوالده المغفور له", "1999-07-23"),
      ],
     {"source": MAP, "published": "1999-07-25"}),

    ("enSG5_pompeo_rabat_hespress", "en",
     "Pompeo holds talks with Bourita in Rabat, audience with King does not materialise\n"
     "Rabat - US Secretary of State Mike Pompeo held talks on Thursday in Rabat with Morocco's Minister of "
     "Foreign Affairs, African Cooperation and Moroccan Expatriates, Naser Bourita, on regional security, "
     "investment and the Western Sahara issue.\n"
     "\"The United States values its partnership with the Kingdom,\" Pompeo said after the meeting, while "
     "Bourita stressed that the relationship was \"strategic and multidimensional\".\n"
     "The American diplomat later met Abdellatif Hammouchi, the Director General of National Security and of "
     "the General Directorate for Territorial Surveillance (DGST), at the DGST's headquarters in Temara, "
     "where the two officials discussed counter-terrorism cooperation.\n"
     "Pompeo had been expected to be received by King Mohammed VI, but the audience did not take place, "
     "without an official explanation.\n"
     "The top US diplomat arrived in Morocco from Lisbon, where he met Israeli Prime Minister Benjamin "
     "Netanyahu on Wednesday to discuss Iran.",
     [("MET_WITH", POMPEO, BOURITA, "held talks on Thursday in Rabat", "2019-12-05"),
      ("LEADS", BOURITA, MORFM, "Morocco's Minister of Foreign Affairs"),
      ("MET_WITH", POMPEO, HAMMOUCHI, "The American diplomat later met", "2019-12-05"),
      ("LEADS", HAMMOUCHI, DGST, "Surveillance (DGST)"),
      ("MET_WITH", POMPEO, NETANYAHU, "where he met Israeli Prime Minister", "2019-12-04"),
      ],
     {"source": HESPRESS, "published": "2019-12-05"}),

    ("arSG6_tebboune_tamim_echorouk", "ar",
     "تبون يستقبل أمير قطر بالمرادية ويبحث معه الأزمة الليبية\n"
     "الشروق أونلاين\n"
     "استقبل رئيس الجمهورية عبد المجيد تبون، الأحد، بمقر رئاسة الجمهورية، أمير دولة قطر الشيخ تميم بن حمد آل "
     "ثاني، الذي يقوم بزيارة دولة إلى الجزائر تدوم يومين، هي الأولى لرئيس دولة منذ انتخاب تبون.\n"
     "وعقد الطرفان جلسة محادثات على انفراد، توسعت بعدها لتشمل الوفدين، بحضور الوزير الأول عبد العزيز جراد "
     "ووزير الخارجية صبري بوقدوم، ومن الجانب القطري نائب رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن عبد "
     "الرحمن آل ثاني.\n"
     "وبحث الجانبان الأزمة الليبية والاستثمارات القطرية في الجزائر، وحسب ما علمته «الشروق» فإن الدوحة تعتزم "
     "ضخ استثمارات في قطاع الصلب.\n"
     "وكان تبون قد استقبل، في السادس من جانفي، رئيس المجلس الرئاسي لحكومة الوفاق الليبية فايز السراج.\n"
     "وفي سياق متصل، تلقى رئيس الجمهورية اتصالا هاتفيا من ولي عهد أبوظبي الشيخ محمد بن زايد، تناول العلاقات "
     "الثنائية.\n"
     "ومن المنتظر أن يزور الرئيس تبون الدوحة تلبية لدعوة من أمير قطر.",
     [("MET_WITH", TEBBOUNE, TAMIM, "أمير دولة قطر الشيخ تميم", "2020-02-02"),
      ("LEADS", TAMIM, QATAR, "أمير دولة قطر الشيخ"),
      ("LEADS", TEBBOUNE, ALGERIA, "استقبل رئيس الجمهورية عبد المجيد"),
      ("MET_WITH", DJERAD, TEBBOUNE, "بحضور الوزير الأول عبد العزيز", "2020-02-02"),
      ("MET_WITH", DJERAD, TAMIM, "الوزير الأول عبد العزيز جراد", "2020-02-02"),
      ("MET_WITH", BOUKADOUM, TEBBOUNE, "ووزير الخارجية صبري", "2020-02-02"),
      ("MET_WITH", BOUKADOUM, TAMIM, "صبري بوقدوم", "2020-02-02"),
      ("MET_WITH", QFM, TEBBOUNE, "ومن الجانب القطري نائب", "2020-02-02"),
      ("MET_WITH", QFM, TAMIM, "الشيخ محمد بن عبد", "2020-02-02"),
      ("MET_WITH", DJERAD, BOUKADOUM, "جراد ووزير", "2020-02-02"),
      ("MET_WITH", DJERAD, QFM, "رئيس مجلس الوزراء وزير الخارجية", "2020-02-02"),
      ("MET_WITH", BOUKADOUM, QFM, "الرحمن آل ثاني.", "2020-02-02"),
      ("LEADS", BOUKADOUM, ALGFM, "ووزير الخارجية صبري بوقدوم"),
      ("MET_WITH", TEBBOUNE, SARRAJ, "في السادس من جانفي", "2020-01-06"),
      ],
     {"source": ECHOROUK, "published": "2020-02-02"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSG")
