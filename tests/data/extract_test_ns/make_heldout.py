"""Blind set NS: the Maghreb 2019-2023 (first folder of NS-NT): Abdelmadjid Tebboune's first week in
office (December 2019: Gaid Salah's death and Chengriha's appointment, Djerad named prime minister),
Abdul Hamid Dbeibah's visit to Algiers (May 2021), Staffan de Mistura's talks with Nasser Bourita in
Rabat (January 2022), Kais Saied's appointment of Ahmed Hachani (August 2023), the killing of
Abdelmalek Droukdel by French forces in Mali (June 2020) and Nadir Larbaoui's appointment as Algeria's
prime minister (November 2023), as a news wire writes it in English (Reuters-like: "ALGIERS, Dec 28
(Reuters) -"), Algeria's state agency in Arabic (APS-like: "استقبل رئيس الجمهورية، السيد ..."، "حسب ما
أورده بيان"), Morocco's state agency in English (MAP-like: "Minister of Foreign Affairs, African
Cooperation and Moroccan Expatriates", "Moroccan Sahara"), Tunisia's state agency in Arabic (TAP-like:
"تونس (وات) -"، "بلاغ"، "جويلية"), a French wire in English (AFP-like: "PARIS (AFP) -", "neutralised")
and an Algerian daily in Arabic (Echorouk-like: "حسب بيان لرئاسة الجمهورية"، "مصادر «الشروق»").
Pieces: Tebboune names Djerad, who replaces Boukadoum, acting premier since Bedoui's government resigned;
Tebboune took over from Bensalah, who had held the post since Bouteflika quit; Chengriha named acting
chief of staff in Gaid Salah's place (English, NS1); Tebboune receives Dbeibah with Djerad and Boukadoum
present, Mangoush holds talks with her Algerian counterpart (Arabic, NS2); Bourita holds talks with de
Mistura with Hilale present, de Mistura appointed to succeed Kohler (English, NS3); Saied appoints
Hachani to succeed Bouden and receives him, had received Bouden the week before, Bouden had succeeded
Mechichi (Arabic, NS4); French troops kill Droukdel, who had taken over the GSPC after the Algerian army
killed Nabil Sahraoui (English, NS5); Tebboune names Larbaoui to succeed Benabderrahmane and receives him,
Benabderrahmane had succeeded Djerad, Attaf had succeeded Lamamra, Attaf receives Bathily (Arabic, NS6).
Excluded on purpose (no relation): Hirak figures who would not meet Tebboune, Gaid Salah's death of a
heart attack (NS1); Menfi's phone call to Tebboune, the 2020 neighbours' meeting (NS2); the Tindouf,
Algiers and Nouakchott legs still to come, Guterres who appointed the envoy (NS3); Ghannouchi's detention
(NS4); US support to the operation (not stated as killing), the capture of el-Mrabat, al-Annabi named
only as a possible successor (NS5); Tebboune's postponed visit to Paris and meeting with Macron (NS6).
Judgement calls: "Djerad replaces ... Boukadoum, who had been serving as acting premier since Noureddine
Bedoui's government resigned" gives Djerad -> Boukadoum and Boukadoum -> Bedoui (an acting holder takes
over the post); "taking over from interim head of state Abdelkader Bensalah, who had held the post since
Bouteflika quit" gives Tebboune -> Bensalah and Bensalah -> Bouteflika (NS1); the two attendees «بحضور»
are paired with both principals but not with each other; «نظيرها الجزائري» is Boukadoum, named two
sentences before (NS2); "held in the presence of" Hilale: Hilale with Bourita and with de Mistura (NS3);
«استقبل ... حيث أدى أمامه اليمين» is a meeting (NS4); "French troops" are the French Armed Forces' id,
"the Algerian army" the People's National Army's (NS5, as the IDF in NK3); a prime minister LEADS the
country, a foreign minister LEADS the ministry where it has an id, Droukdel LEADS AQIM.
Filled in for the exercise: the Hirak figures' refusal (NS1); the day of Dbeibah's visit, the attendees,
Djerad at the airport, Mangoush's talks and Menfi's call (NS2); Hilale's presence and the wording of the
ministry's statement (NS3); Saied's reception of Bouden the week before and his quotation (NS4); the
Bejaia mountains as place of Sahraoui's death, the AFRICOM wording (NS5); Larbaoui's reception, Attaf's
meeting with Bathily on that Thursday, the sources on the Paris visit (NS6).
Spellings: "Gen. Said Chengriha", "Abdelaziz Djerad" (NS1); «عبد الحميد الدبيبة»، «صبري بوقدوم» (NS2);
"Mr. de Mistura", "Horst Köhler" (NS3); «قيس سعيّد»، «نجلاء بودن رمضان» (NS4); "Abu Musab Abdel Wadoud",
"Yazid Mebarek" (NS5); «نذير العرباوي»، «رمطان لعمامرة»، «عبد الله باتيلي» (NS6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_nt import ALL  # noqa: E402

HERE = Path(__file__).parent

ALGERIA, TUNISIA, MOROCCO = "country:algeria", "country:tunisia", "country:morocco"
ANP, ALGFM, MORFM, UN = ("organization:algerian-peoples-national-army", "organization:algerian-foreign-ministry",
                         "organization:moroccan-foreign-ministry", "organization:united-nations")
GNU, PC, LIBFM, ENNAHDA = ("organization:government-of-national-unity-libya", "organization:libyan-presidential-council",
                           "organization:libyan-foreign-ministry", "organization:ennahda")
AQIM, GSPC, FAF = "organization:aqim", "organization:gspc", "organization:french-armed-forces"
TEBBOUNE, BOUTEFLIKA, BENSALAH, GAID, CHENGRIHA = (
    "person:abdelmadjid-tebboune", "person:abdelaziz-bouteflika", "person:abdelkader-bensalah",
    "person:ahmed-gaid-salah", "person:said-chengriha")
BEDOUI, BOUKADOUM, DJERAD, BENABDERRAHMANE, LARBAOUI, LAMAMRA, ATTAF = (
    "person:noureddine-bedoui", "person:sabri-boukadoum", "person:abdelaziz-djerad", "person:aymen-benabderrahmane",
    "person:nadir-larbaoui", "person:ramtane-lamamra", "person:ahmed-attaf")
DBEIBAH, MENFI, MANGOUSH = "person:abdul-hamid-dbeibah", "person:mohamed-al-menfi", "person:najla-mangoush"
BOURITA, DEMISTURA, HILALE, KOHLER, KING, GUTERRES, BATHILY = (
    "person:nasser-bourita", "person:staffan-de-mistura", "person:omar-hilale", "person:horst-kohler",
    "person:mohammed-vi", "person:antonio-guterres", "person:abdoulaye-bathily")
SAIED, HACHANI, BOUDEN, MECHICHI, GHANNOUCHI = (
    "person:kais-saied", "person:ahmed-hachani", "person:najla-bouden", "person:hichem-mechichi",
    "person:rached-ghannouchi")
DROUKDEL, SAHRAOUI, PARLY = "person:abdelmalek-droukdel", "person:nabil-sahraoui", "person:florence-parly"

REUTERS = "blind set (international news wire, English, Reuters-like)"
APS = "blind set (Algerian state news agency, Arabic service, APS-like)"
MAP = "blind set (Moroccan state news agency, English service, MAP-like)"
TAP = "blind set (Tunisian state news agency, Arabic service, TAP-like)"
AFP = "blind set (French news wire, English service, AFP-like)"
SHOROUK = "blind set (Algerian daily, Arabic, Echorouk-like)"

ARTICLES = [
    ("enNS1_tebboune_names_djerad_reuters", "en",
     "Algeria's new president names academic Djerad as prime minister\n"
     "ALGIERS, Dec 28 (Reuters) - Algerian President Abdelmadjid Tebboune on Saturday appointed Abdelaziz Djerad, "
     "a former diplomat and political science professor, as prime minister, the presidency said, as the new "
     "leader seeks to calm ten months of mass protests.\n"
     "Djerad replaces Foreign Minister Sabri Boukadoum, who had been serving as acting premier since Noureddine "
     "Bedoui's government resigned on Dec. 19.\n"
     "Tebboune, a former prime minister under Abdelaziz Bouteflika, was sworn in on Dec. 19, taking over from "
     "interim head of state Abdelkader Bensalah, who had held the post since Bouteflika quit in April under "
     "pressure from protesters and the army.\n"
     "The appointment came five days after the death of the army chief of staff, Lieutenant General Ahmed Gaid "
     "Salah, the country's most powerful figure, who died of a heart attack at the age of 79. Tebboune named "
     "the commander of land forces, Major General Said Chengriha, as acting chief of staff in his place.\n"
     "Tebboune has offered a dialogue to the Hirak protest movement, but several of its figures said they would "
     "not meet him while detained activists remained in prison.\n"
     "Tens of thousands marched again in Algiers on Friday, chanting against the army's role in politics.",
     [("LEADS", TEBBOUNE, ALGERIA, "Algerian President Abdelmadjid Tebboune on Saturday"),
      ("LEADS", DJERAD, ALGERIA, "as prime minister, the presidency said"),
      ("SUCCESSOR_OF", DJERAD, BOUKADOUM, "Djerad replaces Foreign Minister", "2019-12-28"),
      ("LEADS", BOUKADOUM, ALGFM, "Foreign Minister Sabri Boukadoum"),
      ("SUCCESSOR_OF", BOUKADOUM, BEDOUI, "serving as acting premier since Noureddine", "2019-12-19"),
      ("SUCCESSOR_OF", TEBBOUNE, BENSALAH, "taking over from interim head of state", "2019-12-19"),
      ("SUCCESSOR_OF", BENSALAH, BOUTEFLIKA, "who had held the post since Bouteflika quit", "2019-04-09"),
      ("LEADS", GAID, ANP, "the army chief of staff, Lieutenant General Ahmed Gaid"),
      ("SUCCESSOR_OF", CHENGRIHA, GAID, "as acting chief of staff in his place", "2019-12-23"),
      ("LEADS", CHENGRIHA, ANP, "Major General Said Chengriha, as acting chief"),
      ],
     {"source": REUTERS, "published": "2019-12-28"}),

    ("arNS2_tebboune_dbeibah_aps", "ar",
     "الرئيس تبون يستقبل رئيس حكومة الوحدة الوطنية الليبية\n"
     "الجزائر - استقبل رئيس الجمهورية، السيد عبد المجيد تبون، يوم الأحد بمقر رئاسة الجمهورية، رئيس حكومة الوحدة "
     "الوطنية الليبية، السيد عبد الحميد الدبيبة، الذي يقوم بزيارة عمل وصداقة إلى الجزائر على رأس وفد وزاري هام، "
     "حسب ما أورده بيان لرئاسة الجمهورية.\n"
     "وجرى اللقاء بحضور الوزير الأول، السيد عبد العزيز جراد، ووزير الشؤون الخارجية، السيد صبري بوقدوم.\n"
     "وتناول الطرفان خلال اللقاء العلاقات الثنائية وسبل ترقيتها، إلى جانب آخر تطورات الوضع في ليبيا والتحضيرات "
     "للانتخابات العامة المقررة في 24 ديسمبر المقبل.\n"
     "وكان السيد جراد قد استقبل الضيف الليبي لدى وصوله إلى مطار هواري بومدين الدولي، قبل أن يترأس الطرفان "
     "أشغال اجتماع موسع ضم أعضاء من حكومتي البلدين.\n"
     "ومن جهتها، أجرت وزيرة الخارجية والتعاون الدولي الليبية، السيدة نجلاء المنقوش، جلسة محادثات مع نظيرها "
     "الجزائري، تناولت إعادة فتح المعبر الحدودي الدبداب-غدامس واستئناف الرحلات الجوية بين البلدين.\n"
     "وجدد رئيس الجمهورية، بالمناسبة، موقف الجزائر الثابت الداعم لحل سياسي ليبي-ليبي بعيدا عن التدخلات "
     "الأجنبية، مذكرا بأن الجزائر كانت قد احتضنت في يناير 2020 اجتماعا لوزراء خارجية دول جوار ليبيا.\n"
     "يذكر أن الرئيس تبون كان قد تلقى في مارس الماضي مكالمة هاتفية من رئيس المجلس الرئاسي الليبي، السيد محمد "
     "المنفي، هنأه فيها على دعم الجزائر للمسار السياسي.",
     [("MET_WITH", TEBBOUNE, DBEIBAH, "رئيس حكومة الوحدة الوطنية الليبية، السيد عبد الحميد", "2021-05-30"),
      ("MET_WITH", DJERAD, TEBBOUNE, "وجرى اللقاء بحضور الوزير الأول", "2021-05-30"),
      ("MET_WITH", DJERAD, DBEIBAH, "السيد عبد العزيز جراد، ووزير", "2021-05-30"),
      ("MET_WITH", BOUKADOUM, TEBBOUNE, "ووزير الشؤون الخارجية، السيد صبري", "2021-05-30"),
      ("MET_WITH", BOUKADOUM, DBEIBAH, "السيد صبري بوقدوم", "2021-05-30"),
      ("MET_WITH", MANGOUSH, BOUKADOUM, "جلسة محادثات مع نظيرها", "2021-05-30"),
      ("LEADS", TEBBOUNE, ALGERIA, "استقبل رئيس الجمهورية، السيد عبد المجيد"),
      ("LEADS", DBEIBAH, GNU, "الذي يقوم بزيارة عمل وصداقة"),
      ("LEADS", DJERAD, ALGERIA, "بحضور الوزير الأول، السيد"),
      ("LEADS", BOUKADOUM, ALGFM, "ووزير الشؤون الخارجية، السيد"),
      ("LEADS", MANGOUSH, LIBFM, "وزيرة الخارجية والتعاون الدولي الليبية"),
      ("LEADS", MENFI, PC, "رئيس المجلس الرئاسي الليبي، السيد محمد"),
      ],
     {"source": APS, "published": "2021-05-30"}),

    ("enNS3_bourita_de_mistura_map", "en",
     "Mr. Bourita Holds Talks with UN Personal Envoy for Moroccan Sahara\n"
     "Rabat - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, held talks "
     "on Thursday in Rabat with the Personal Envoy of the UN Secretary-General for the Moroccan Sahara, Staffan "
     "de Mistura, who is on his first regional tour since taking office.\n"
     "The meeting, held in the presence of Morocco's Permanent Representative to the United Nations in New York, "
     "Omar Hilale, focused on the relaunch of the political process under the exclusive aegis of the UN, the "
     "Ministry said in a statement.\n"
     "On this occasion, Mr. Bourita reiterated the Kingdom's commitment to the Autonomy Initiative, presented "
     "under the leadership of His Majesty King Mohammed VI, as the only solution to this regional dispute, within "
     "the framework of Morocco's sovereignty and territorial integrity.\n"
     "The Minister also stressed that Algeria, the \"real party\" to this dispute, must engage in the round-table "
     "process in accordance with Security Council resolution 2602.\n"
     "Mr. de Mistura, an Italian-Swedish diplomat, was appointed by Secretary-General Antonio Guterres in "
     "October 2021 to succeed Germany's Horst Köhler, who stepped down in May 2019 for health reasons.\n"
     "The UN envoy is due to travel to the Tindouf camps, Algiers and Nouakchott in the coming days.",
     [("MET_WITH", BOURITA, DEMISTURA, "for the Moroccan Sahara, Staffan", "2022-01-13"),
      ("MET_WITH", HILALE, BOURITA, "held in the presence of Morocco's Permanent", "2022-01-13"),
      ("MET_WITH", HILALE, DEMISTURA, "Omar Hilale, focused", "2022-01-13"),
      ("LEADS", BOURITA, MORFM, "Minister of Foreign Affairs, African Cooperation"),
      ("LEADS", KING, MOROCCO, "His Majesty King Mohammed VI"),
      ("LEADS", GUTERRES, UN, "Secretary-General Antonio Guterres"),
      ("SUCCESSOR_OF", DEMISTURA, KOHLER, "to succeed Germany's Horst", "2021-10-06"),
      ],
     {"source": MAP, "published": "2022-01-13"}),

    ("arNS4_saied_appoints_hachani_tap", "ar",
     "رئيس الجمهورية يعيّن أحمد الحشاني رئيسا للحكومة خلفا لنجلاء بودن\n"
     "تونس (وات) - أصدر رئيس الجمهورية قيس سعيّد، مساء الثلاثاء، أمرا رئاسيا يقضي بتعيين السيد أحمد الحشاني "
     "رئيسا للحكومة خلفا للسيدة نجلاء بودن رمضان، وفق ما أفادت به رئاسة الجمهورية في بلاغ نشرته على صفحتها "
     "الرسمية.\n"
     "واستقبل رئيس الدولة، إثر ذلك، رئيس الحكومة الجديد بقصر قرطاج حيث أدى أمامه اليمين الدستورية، وأكد "
     "سعيّد خلال اللقاء أن \"التحديات كبيرة، ولكن إرادة الشعب التونسي أكبر\".\n"
     "والحشاني، خريج كلية الحقوق والعلوم السياسية بتونس، عمل لسنوات في إدارة الموارد البشرية بالبنك المركزي "
     "التونسي.\n"
     "وكانت بودن، أول امرأة تتولى رئاسة الحكومة في تونس، قد عُيّنت في سبتمبر 2021 خلفا لهشام المشيشي الذي "
     "أعفاه الرئيس سعيّد من مهامه يوم 25 جويلية من نفس السنة.\n"
     "وكان رئيس الجمهورية قد استقبل بودن يوم الخميس الماضي بقصر قرطاج، وتناول اللقاء النقص المسجل في عدد من "
     "المواد الأساسية وفي مقدمتها الخبز.\n"
     "وفي سياق متصل، نظّم عدد من أنصار حركة النهضة وقفة أمام المسرح البلدي بالعاصمة للمطالبة بالإفراج عن "
     "رئيس الحركة راشد الغنوشي، الموقوف منذ شهر أفريل الماضي.",
     [("SUCCESSOR_OF", HACHANI, BOUDEN, "رئيسا للحكومة خلفا للسيدة", "2023-08-01"),
      ("LEADS", SAIED, TUNISIA, "أصدر رئيس الجمهورية قيس"),
      ("MET_WITH", SAIED, HACHANI, "رئيس الحكومة الجديد بقصر قرطاج", "2023-08-01"),
      ("LEADS", HACHANI, TUNISIA, "رئيس الحكومة الجديد بقصر"),
      ("SUCCESSOR_OF", BOUDEN, MECHICHI, "خلفا لهشام المشيشي", "2021-09-29"),
      ("MET_WITH", SAIED, BOUDEN, "قد استقبل بودن يوم الخميس", "2023-07-27"),
      ("LEADS", GHANNOUCHI, ENNAHDA, "رئيس الحركة راشد الغنوشي"),
      ],
     {"source": TAP, "published": "2023-08-02"}),

    ("enNS5_droukdel_killed_afp", "en",
     "French forces kill Al-Qaeda's North Africa chief Droukdel in Mali\n"
     "PARIS (AFP) - French troops have killed Abdelmalek Droukdel, the leader of Al-Qaeda in the Islamic Maghreb "
     "(AQIM), in an operation in northern Mali, Armed Forces Minister Florence Parly announced on Friday.\n"
     "\"On June 3, French army forces, with the support of their local partners, neutralised the emir of AQIM, "
     "Abdelmalek Droukdel, and several of his close associates, during an operation in northern Mali,\" Parly "
     "wrote on Twitter.\n"
     "The US Africa Command said it had provided intelligence and surveillance support to the operation near "
     "Tessalit, close to the Algerian border.\n"
     "The Algerian-born jihadist, who also went by the nom de guerre Abu Musab Abdel Wadoud, had headed the "
     "group since 2004, when he took over the Salafist Group for Preaching and Combat (GSPC) after the Algerian "
     "army killed its leader Nabil Sahraoui in the mountains of Bejaia.\n"
     "In a separate operation in May, French forces captured Mohamed el-Mrabat, a senior figure of the Islamic "
     "State in the Greater Sahara (ISGS), the ministry said.\n"
     "AQIM has yet to name a successor. Analysts cited the head of its council of notables, Yazid Mebarek, "
     "known as Abu Ubaydah Yusuf al-Annabi, as a possible replacement.",
     [("ASSASSINATED_BY", DROUKDEL, FAF, "French troops have killed Abdelmalek", "2020-06-03"),
      ("LEADS", DROUKDEL, AQIM, "the leader of Al-Qaeda in the Islamic Maghreb"),
      ("LEADS", PARLY, FAF, "Armed Forces Minister Florence Parly"),
      ("SUCCESSOR_OF", DROUKDEL, SAHRAOUI, "when he took over the Salafist Group", "2004"),
      ("ASSASSINATED_BY", SAHRAOUI, ANP, "army killed its leader Nabil Sahraoui", "2004-06"),
      ("LEADS", SAHRAOUI, GSPC, "killed its leader Nabil"),
      ],
     {"source": AFP, "published": "2020-06-05"}),

    ("arNS6_larbaoui_prime_minister_shorouk", "ar",
     "العرباوي وزيرا أول خلفا لبن عبد الرحمان\n"
     "الشروق أونلاين\n"
     "أنهى رئيس الجمهورية، عبد المجيد تبون، السبت، مهام الوزير الأول أيمن بن عبد الرحمان، وعيّن مدير ديوانه "
     "نذير العرباوي وزيرا أول خلفا له، حسب بيان لرئاسة الجمهورية.\n"
     "واستقبل الرئيس تبون الوزير الأول الجديد مساء اليوم نفسه بمقر رئاسة الجمهورية، حيث كلفه بمواصلة تنفيذ "
     "برنامج الحكومة، وفق البيان ذاته.\n"
     "وكان بن عبد الرحمان، وزير المالية الأسبق، قد تولى رئاسة الحكومة في جوان 2021 خلفا لعبد العزيز جراد، "
     "إثر الانتخابات التشريعية المسبقة.\n"
     "ويعد العرباوي من الدبلوماسيين المخضرمين، إذ شغل منصب الممثل الدائم للجزائر لدى الأمم المتحدة بنيويورك "
     "قبل التحاقه بالرئاسة.\n"
     "وأبقى التغيير على وزير الشؤون الخارجية أحمد عطاف، الذي خلف رمطان لعمامرة في مارس الماضي.\n"
     "وفي سياق منفصل، استقبل عطاف، الخميس، بمقر الوزارة، الممثل الخاص للأمين العام للأمم المتحدة إلى ليبيا "
     "عبد الله باتيلي، وبحث معه آخر مستجدات العملية السياسية في هذا البلد الجار.\n"
     "ولم تستبعد مصادر «الشروق» الإعلان قريبا عن موعد جديد لزيارة الدولة التي كان من المقرر أن يؤديها الرئيس "
     "تبون إلى باريس، والتي أُجّلت أكثر من مرة، ومعها لقاؤه المرتقب بالرئيس الفرنسي إيمانويل ماكرون.",
     [("LEADS", TEBBOUNE, ALGERIA, "أنهى رئيس الجمهورية، عبد المجيد"),
      ("SUCCESSOR_OF", LARBAOUI, BENABDERRAHMANE, "نذير العرباوي وزيرا أول خلفا له", "2023-11-11"),
      ("MET_WITH", TEBBOUNE, LARBAOUI, "واستقبل الرئيس تبون الوزير الأول الجديد", "2023-11-11"),
      ("LEADS", LARBAOUI, ALGERIA, "الوزير الأول الجديد مساء"),
      ("SUCCESSOR_OF", BENABDERRAHMANE, DJERAD, "خلفا لعبد العزيز جراد", "2021-06-30"),
      ("LEADS", ATTAF, ALGFM, "وزير الشؤون الخارجية أحمد عطاف"),
      ("SUCCESSOR_OF", ATTAF, LAMAMRA, "الذي خلف رمطان لعمامرة", "2023-03-16"),
      ("MET_WITH", ATTAF, BATHILY, "الممثل الخاص للأمين العام للأمم المتحدة إلى ليبيا", "2023-11-09"),
      ],
     {"source": SHOROUK, "published": "2023-11-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNS")
