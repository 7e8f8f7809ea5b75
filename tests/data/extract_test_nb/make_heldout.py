"""Blind set NB: Libya, Sudan and Turkey 2023-2025 (second folder of NA-NB): Turkey's foreign, defence
and intelligence chiefs host their Syrian counterparts in Ankara (October 2025), Erdogan receives Abdul
Hamid Dbeibah in Istanbul (2025), a profile of the RSF commander Mohamed Hamdan Dagalo (2019-2025), Massad
Boulos in Tripoli and Benghazi (July 2025), the PKK's weapons-burning ceremony near Sulaymaniyah (July
2025) and al-Burhan's talks with el-Sisi in El Alamein (2025), as an independent Turkish news site
writes it in English (Duvar English-like: "İbrahim Kalın", "MİT", no dateline), as a Libyan government
media platform writes it in Arabic (Hukumatuna-like: "رئيس الحكومة", "منصة حكومتنا"), as an East African
weekly's profile writes it (The EastAfrican-like: "PROFILE |", "Hemeti"), as a Libyan news site writes it
in Arabic (Ean Libya-like: "عين ليبيا", "غنيوة"), as a pro-Kurdish agency writes it in English (ANF-like:
"SULAYMANIYAH (ANF) -", "Rêber Apo") and as a Gulf-owned TV news site writes it in Arabic (Asharq-like:
"القاهرة - الشرق").
Pieces: Fidan, Güler and Kalın host al-Shaibani, Abu Qasra and al-Salameh (English, NB1); Dbeibah meets
Erdogan with Fidan and Kalın present, with al-Baour and al-Lafi in his delegation (Arabic, NB2);
Hemedti's profile: deputy of the Sovereignty Council, Agar in his place, Museveni, Ruto and Hamdok met
on his tour, chairman of the Tasis council with al-Hilu as deputy (English, NB3); Boulos met by Khalifa
Haftar with Saddam and Khaled present, the day after separate meetings with Dbeibah and al-Menfi;
al-Kikli killed by a 444 Brigade force (Arabic, NB4); Hozat leads the ceremony, Buldan and Sancar had met
Ocalan, the 2013 Paris killings by Ömer Güney (English, NB5); al-Burhan and Mufaddal meet el-Sisi and
Hassan Rashad; Kamil Idris's earlier Cairo visit and meeting with Madbouly (Arabic, NB6).
Excluded on purpose (no relation): Erdoğan, who did not receive the Syrian delegation, and his phone
call with Trump (NB1); Dbeibah's phone call with al-Menfi, his cancelled Rome meeting with Boulos
(NB2); the meeting of Dagalo and al-Burhan that never took place (NB3); Aguila Saleh, not on the
programme, his phone call with Boulos (NB4); the guests who only attended the ceremony, Öcalan's video
message (NB5); the drone strike on Port Sudan that no one claimed, Sisi's planned call with Trump (NB6).
Judgement calls: two delegations pair across, not within a side (NB1, NB2, NB6); those "present" at a
meeting are paired with the other side (NB2, NB4: Saddam and Khaled with Boulos, not with their father);
"named X in his place as deputy" is a succession (NB3); "received by" and "talks with" on a tour are
meetings (NB3); "the force ... that killed him" / "killed by" with a named armed unit is an
assassination by that unit (NB4), "murdered ... by" a named gunman by that man (NB5); the co-chair of
the KCK Executive Council is a MEMBER_OF the KCK (NB5); the UN envoy LEADS UNSMIL; a deputy commander is
MEMBER_OF his force.
Filled in for the exercise: the Erdoğan call (NB1); the date (a Saturday in June 2025), the delegations,
the call and the cancelled Rome meeting (NB2); the phone call with Aguila Saleh (NB4); Buldan and
Sancar's July visit (NB5); the date and the two intelligence chiefs at El Alamein, Idris's visit, the
planned call (NB6).
Spellings: "Mazlum Abdi", "MİT", "Murhaf Abu Qasra", "Hussein al-Salameh" (NB1); "عبدالحميد الدبيبة",
"إبراهيم كالن", "الطاهر الباعور" (NB2); "Hemeti", "Abdel Fattah al-Burhan", "Abdalla Hamdok" (NB3);
"غنيوة", "عبد الغني الككلي", "المشير خليفة حفتر" (NB4); "Öcalan", "Rêber Apo", "Beşe Hozat", "Murat
Karayılan" (NB5); "عبد الفتاح البرهان", "أحمد إبراهيم مفضل", "كامل إدريس" (NB6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_nb import ALL  # noqa: E402

HERE = Path(__file__).parent

TURKEY, EGYPT, UGANDA, KENYA = "country:turkey", "country:egypt", "country:uganda", "country:kenya"
ANKARA, ISTANBUL, TRIPOLI, BENGHAZI, ALAMEIN = (
    "location:ankara", "location:istanbul", "location:tripoli", "location:benghazi", "location:el-alamein")
LNA, GNU, PC, LYFM, SSA, B444, UNSMIL = (
    "organization:libyan-national-army", "organization:government-of-national-unity-libya",
    "organization:libyan-presidential-council", "organization:libyan-foreign-ministry",
    "organization:stability-support-apparatus", "organization:444-combat-brigade", "organization:unsmil")
SAF, RSF, SOV, SDNGOV, SDNGIS, SPLMN, TASIS, TAQADDUM = (
    "organization:sudanese-armed-forces", "organization:rapid-support-forces",
    "organization:sudan-sovereignty-council", "organization:sudanese-government",
    "organization:sudan-general-intelligence-service", "organization:splm-n", "organization:tasis-alliance",
    "organization:taqaddum-sudan")
TRFM, TRDEF, MIT, DEM, PKK, KCK, SDF, SYFM, SYDEF, SYGIS, EGGIS = (
    "organization:turkish-foreign-ministry", "organization:turkish-defence-ministry",
    "organization:turkish-national-intelligence-organization", "organization:dem-party", "organization:pkk",
    "organization:kck", "organization:syrian-democratic-forces", "organization:syrian-foreign-ministry",
    "organization:syrian-defence-ministry", "organization:syrian-general-intelligence-service",
    "organization:egyptian-general-intelligence")
KHALIFA, SADDAM, KHALED, DBEIBAH, KIKLI, MENFI, AGUILA, BAOUR, LAFI, BOULOS = (
    "person:khalifa-haftar", "person:saddam-haftar", "person:khaled-haftar", "person:abdul-hamid-dbeibah",
    "person:abdul-ghani-al-kikli", "person:mohamed-al-menfi", "person:aguila-saleh", "person:taher-al-baour",
    "person:walid-al-lafi", "person:massad-boulos")
BURHAN, HEMEDTI, ABDELRAHIM, IDRIS, AGAR, MUFADDAL, HAMDOK, HILU, MUSEVENI, RUTO, SISI, RASHAD = (
    "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo", "person:abdelrahim-hamdan-dagalo",
    "person:kamil-idris", "person:malik-agar", "person:ahmed-ibrahim-mufaddal", "person:abdalla-hamdok",
    "person:abdelaziz-al-hilu", "person:yoweri-museveni", "person:william-ruto", "person:abdel-fattah-el-sisi",
    "person:hassan-rashad")
ERDOGAN, FIDAN, KALIN, GULER, BULDAN, SANCAR, HATIM, OCALAN, HOZAT, KARAYILAN = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin", "person:yasar-guler",
    "person:pervin-buldan", "person:mithat-sancar", "person:tulay-hatimogullari", "person:abdullah-ocalan",
    "person:bese-hozat", "person:murat-karayilan")
CANSIZ, DOGAN, SAYLEMEZ, GUNEY = ("person:sakine-cansiz", "person:fidan-dogan", "person:leyla-saylemez",
                                  "person:omer-guney")
ABDI, SHAIBANI, ABUQASRA, SALAMEH = ("person:mazloum-abdi", "person:asaad-al-shaibani",
                                     "person:murhaf-abu-qasra", "person:hussein-al-salameh")

DUVAR = "blind set (independent Turkish news site, English, Duvar English-like)"
HUKUMATUNA = "blind set (Libyan government media platform, Arabic, Hukumatuna-like)"
EASTAFRICAN = "blind set (East African weekly profile, English, The EastAfrican-like)"
EANLIBYA = "blind set (Libyan news site, Arabic, Ean Libya-like)"
ANF = "blind set (pro-Kurdish news agency, English, ANF-like)"
ASHARQ = "blind set (Gulf-owned TV news site, Arabic, Asharq-like)"


def _cross(side_a: dict, side_b: dict, date: str) -> list:
    """MET_WITH between each member of one side and each member of the other (not within a side)."""
    return [("MET_WITH", a, b, side_b[b], date) for a in side_a for b in side_b]


ARTICLES = [
    ("enNB1_turkish_syrian_security_chiefs_ankara", "en",
     "Turkish, Syrian top security officials meet in Ankara over SDF integration\n"
     "Foreign Minister Hakan Fidan, Defense Minister Yaşar Güler and National Intelligence Organization "
     "(MİT) head İbrahim Kalın hosted their Syrian counterparts in Ankara on Oct. 12, with the talks focusing "
     "on the stalled integration of the Syrian Democratic Forces (SDF) into the new Syrian army.\n"
     "The Syrian side was led by Foreign Minister Asaad al-Shaibani and included Defense Minister Murhaf Abu "
     "Qasra and the head of the General Intelligence Service, Hussein al-Salameh, the Turkish Foreign "
     "Ministry said.\n"
     "Speaking at a joint press conference after the meeting, Fidan said the SDF had to honor the March 10 "
     "deal with Damascus \"without further delay.\" The group's commander, Mazlum Abdi, has said the "
     "integration must preserve local forces in the northeast.\n"
     "President Recep Tayyip Erdoğan did not receive the Syrian delegation. He discussed Syria by phone with "
     "U.S. President Donald Trump the same evening, according to the presidency's communications office.",
     [("LEADS", FIDAN, TRFM, "Foreign Minister Hakan Fidan"),
      ("LEADS", GULER, TRDEF, "Defense Minister Yaşar Güler"),
      ("LEADS", KALIN, MIT, "(MİT) head İbrahim Kalın"),
      ("LEADS", SHAIBANI, SYFM, "led by Foreign Minister Asaad al-Shaibani"),
      ("LEADS", ABUQASRA, SYDEF, "Defense Minister Murhaf Abu"),
      ("LEADS", SALAMEH, SYGIS, "the head of the General Intelligence Service, Hussein"),
      ("VISITED", SHAIBANI, ANKARA, "hosted their Syrian counterparts in Ankara", "2025-10-12"),
      ("VISITED", ABUQASRA, ANKARA, "hosted their Syrian counterparts in Ankara", "2025-10-12"),
      ("VISITED", SALAMEH, ANKARA, "hosted their Syrian counterparts in Ankara", "2025-10-12"),
      ("LEADS", ABDI, SDF, "The group's commander, Mazlum Abdi"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdoğan"),
      ("LEADS", "person:donald-trump", "country:united-states", "U.S. President Donald Trump"),
      ] + _cross({FIDAN: "Foreign Minister Hakan Fidan", GULER: "Defense Minister Yaşar Güler",
                  KALIN: "(MİT) head İbrahim Kalın"},
                 {SHAIBANI: "led by Foreign Minister Asaad al-Shaibani", ABUQASRA: "Defense Minister Murhaf Abu",
                  SALAMEH: "the head of the General Intelligence Service, Hussein"}, "2025-10-12"),
     {"source": DUVAR, "published": "2025-10-13"}),

    ("arNB2_dbeibah_meets_erdogan_istanbul", "ar",
     "رئيس الحكومة يلتقي الرئيس التركي في إسطنبول\n"
     "منصة حكومتنا\n"
     "التقى رئيس حكومة الوحدة الوطنية عبدالحميد الدبيبة، مساء السبت، رئيس الجمهورية التركية رجب طيب أردوغان، "
     "في قصر دولمه بهتشه بمدينة إسطنبول، حيث جرى بحث تطورات الأوضاع في ليبيا وسبل دعم الاستقرار في العاصمة "
     "طرابلس.\n"
     "وحضر اللقاء عن الجانب التركي وزير الخارجية هاكان فيدان ورئيس جهاز الاستخبارات إبراهيم كالن، فيما رافق "
     "رئيس الحكومة وزير الخارجية المكلف الطاهر الباعور ووزير الدولة للاتصال والشؤون السياسية وليد اللافي.\n"
     "وأكد رئيس الحكومة خلال اللقاء رفضه عودة المجموعات المسلحة الخارجة عن القانون، مشيراً إلى أن ما جرى في "
     "أبوسليم «أنهى سطوة جهاز دعم الاستقرار».\n"
     "وكان الدبيبة قد أجرى قبيل سفره اتصالاً هاتفياً برئيس المجلس الرئاسي محمد المنفي، فيما أُلغي لقاء كان "
     "مقرراً له في روما مع مستشار الرئيس الأمريكي مسعد بولس.",
     [("LEADS", DBEIBAH, GNU, "التقى رئيس حكومة الوحدة الوطنية"),
      ("VISITED", DBEIBAH, ISTANBUL, "بمدينة إسطنبول", "2025-06-21"),
      ("LEADS", ERDOGAN, TURKEY, "رئيس الجمهورية التركية رجب طيب أردوغان"),
      ("LEADS", FIDAN, TRFM, "وزير الخارجية هاكان فيدان"),
      ("LEADS", KALIN, MIT, "ورئيس جهاز الاستخبارات إبراهيم كالن"),
      ("LEADS", BAOUR, LYFM, "وزير الخارجية المكلف الطاهر الباعور"),
      ("MEMBER_OF", LAFI, GNU, "ووزير الدولة للاتصال والشؤون السياسية وليد اللافي"),
      ("LEADS", MENFI, PC, "برئيس المجلس الرئاسي محمد المنفي"),
      ] + _cross({DBEIBAH: "التقى رئيس حكومة الوحدة الوطنية", BAOUR: "وزير الخارجية المكلف الطاهر الباعور",
                  LAFI: "ووزير الدولة للاتصال والشؤون السياسية وليد اللافي"},
                 {ERDOGAN: "رئيس الجمهورية التركية رجب طيب أردوغان", FIDAN: "وزير الخارجية هاكان فيدان",
                  KALIN: "ورئيس جهاز الاستخبارات إبراهيم كالن"}, "2025-06-21"),
     {"source": HUKUMATUNA, "published": "2025-06-21"}),

    ("enNB3_hemedti_profile", "en",
     "PROFILE | Mohamed Hamdan Dagalo: from camel trader to head of a rival government\n"
     "Few men have travelled as far in Sudan's politics as Mohamed Hamdan Dagalo, the commander of the Rapid "
     "Support Forces (RSF), universally known as Hemeti. After the 2019 ouster of Omar al-Bashir he became "
     "deputy chairman of the Sovereignty Council, serving under Gen. Abdel Fattah al-Burhan. The partnership "
     "collapsed into war in April 2023, and in May that year al-Burhan sacked him and named Malik Agar, a "
     "former rebel leader from Blue Nile, in his place as deputy.\n"
     "Around the turn of 2024 Dagalo made a regional tour that took him to Kampala, where he was received by "
     "President Yoweri Museveni, and to Nairobi for talks with President William Ruto. In Addis Ababa he met "
     "former prime minister Abdalla Hamdok, who chairs the civilian Taqaddum coalition, and the two signed a "
     "declaration on ending the war.\n"
     "On Aug. 30, 2025, he was sworn in at Nyala as chairman of the presidential council of the RSF-led Tasis "
     "alliance, with SPLM-N leader Abdelaziz al-Hilu as his deputy. His brother Abdelrahim, the RSF's deputy "
     "commander, was sanctioned by Washington in 2023. A long-rumoured face-to-face meeting between Dagalo "
     "and al-Burhan has never taken place.",
     [("LEADS", HEMEDTI, RSF, "the commander of the Rapid"),
      ("MEMBER_OF", HEMEDTI, SOV, "deputy chairman of the Sovereignty Council"),
      ("SUCCESSOR_OF", AGAR, HEMEDTI, "in his place as deputy", "2023-05-19"),
      ("MET_WITH", HEMEDTI, MUSEVENI, "where he was received by President Yoweri Museveni", "2023-12-27"),
      ("LEADS", MUSEVENI, UGANDA, "President Yoweri Museveni"),
      ("MET_WITH", HEMEDTI, RUTO, "for talks with President William Ruto", "2024-01-03"),
      ("LEADS", RUTO, KENYA, "President William Ruto"),
      ("MET_WITH", HEMEDTI, HAMDOK, "In Addis Ababa he met", "2024-01-02"),
      ("LEADS", HAMDOK, TAQADDUM, "who chairs the civilian Taqaddum coalition"),
      ("VISITED", HEMEDTI, "location:kampala", "took him to Kampala", "2023-12-27"),
      ("VISITED", HEMEDTI, "location:nairobi", "to Nairobi for talks", "2024-01-03"),
      ("VISITED", HEMEDTI, "location:addis-ababa", "In Addis Ababa he met", "2024-01-02"),
      ("LEADS", HEMEDTI, TASIS, "as chairman of the presidential council of the RSF-led Tasis"),
      ("LEADS", HILU, SPLMN, "SPLM-N leader Abdelaziz al-Hilu"),
      ("MEMBER_OF", HILU, TASIS, "as his deputy"),
      ("MEMBER_OF", ABDELRAHIM, RSF, "the RSF's deputy"),
      ],
     {"source": EASTAFRICAN, "published": "2025-09-05"}),

    ("arNB4_boulos_benghazi_haftar", "ar",
     "بولس يلتقي حفتر في بنغازي بعد محادثات مع الدبيبة والمنفي في طرابلس\n"
     "عين ليبيا\n"
     "وصل كبير مستشاري الرئيس الأمريكي للشؤون الأفريقية مسعد بولس، الخميس، إلى مدينة بنغازي، حيث استقبله "
     "القائد العام للجيش الوطني الليبي المشير خليفة حفتر بمقر القيادة في الرجمة، بحضور نجليه صدام وخالد.\n"
     "وكان بولس قد التقى أمس الأربعاء في طرابلس رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، ثم عقد لقاءً "
     "منفصلاً مع رئيس المجلس الرئاسي محمد المنفي، تناول توحيد المؤسسات والملف الاقتصادي.\n"
     "ولم يتضمن برنامج الزيارة لقاءً مع رئيس مجلس النواب عقيلة صالح، الذي تلقى اتصالاً هاتفياً من المسؤول "
     "الأمريكي.\n"
     "وتأتي زيارة بولس بعد أكثر من شهرين على مقتل رئيس جهاز دعم الاستقرار عبد الغني الككلي، الشهير بـ«غنيوة»، "
     "على يد قوة تابعة للواء 444 قتال داخل معسكر التكبالي، وما أعقبه من اشتباكات في العاصمة.",
     [("VISITED", BOULOS, BENGHAZI, "إلى مدينة بنغازي", "2025-07-24"),
      ("VISITED", BOULOS, TRIPOLI, "الأربعاء في طرابلس", "2025-07-23"),
      ("MET_WITH", BOULOS, KHALIFA, "حيث استقبله", "2025-07-24"),
      ("MET_WITH", BOULOS, SADDAM, "بحضور نجليه صدام وخالد", "2025-07-24"),
      ("MET_WITH", BOULOS, KHALED, "بحضور نجليه صدام وخالد", "2025-07-24"),
      ("LEADS", KHALIFA, LNA, "القائد العام للجيش الوطني الليبي المشير"),
      ("MET_WITH", BOULOS, DBEIBAH, "في طرابلس رئيس حكومة الوحدة الوطنية", "2025-07-23"),
      ("LEADS", DBEIBAH, GNU, "في طرابلس رئيس حكومة الوحدة الوطنية"),
      ("MET_WITH", BOULOS, MENFI, "منفصلاً مع رئيس المجلس الرئاسي", "2025-07-23"),
      ("LEADS", MENFI, PC, "منفصلاً مع رئيس المجلس الرئاسي"),
      ("LEADS", AGUILA, "organization:libyan-house-of-representatives", "رئيس مجلس النواب عقيلة صالح"),
      ("LEADS", KIKLI, SSA, "رئيس جهاز دعم الاستقرار"),
      ("ASSASSINATED_BY", KIKLI, B444, "على يد قوة تابعة للواء 444 قتال", "2025-05-12"),
      ],
     {"source": EANLIBYA, "published": "2025-07-24"}),

    ("enNB5_pkk_weapons_burning_sulaymaniyah", "en",
     "Guerrillas burn their weapons in historic step for peace\n"
     "SULAYMANIYAH (ANF) - A group of 30 guerrillas led by Beşe Hozat, co-chair of the KCK Executive Council, "
     "destroyed their weapons on Friday at a ceremony at the mouth of the Jasana cave near Sulaymaniyah, "
     "answering the Call for Peace and a Democratic Society made by Kurdish People's Leader Abdullah Öcalan "
     "on 27 February.\n"
     "Hozat read a statement in Turkish and Kurdish before the fighters laid their rifles in a cauldron and set "
     "them alight. DEM Party Co-chair Tülay Hatimoğulları was among the guests. Pervin Buldan and Mithat "
     "Sancar, members of the İmralı delegation, had met Rêber Apo on the island on 7 July, days before he "
     "released a video message.\n"
     "Senior PKK commander Murat Karayılan said the process had to be protected by legal steps in Ankara.\n"
     "Kurdish women's movements recalled Sakine Cansız, a co-founder of the PKK, who was murdered in Paris "
     "in January 2013 together with Fidan Doğan and Leyla Şaylemez by Ömer Güney, a gunman who died in "
     "custody before his trial.",
     [("MEMBER_OF", HOZAT, KCK, "co-chair of the KCK Executive Council"),
      ("LEADS", HATIM, DEM, "DEM Party Co-chair Tülay Hatimoğulları"),
      ("MEMBER_OF", BULDAN, DEM, "members of the İmralı delegation"),
      ("MEMBER_OF", SANCAR, DEM, "members of the İmralı delegation"),
      ("MET_WITH", BULDAN, OCALAN, "had met Rêber Apo on the island", "2025-07-07"),
      ("MET_WITH", SANCAR, OCALAN, "had met Rêber Apo on the island", "2025-07-07"),
      ("MEMBER_OF", KARAYILAN, PKK, "Senior PKK commander Murat Karayılan"),
      ("MEMBER_OF", CANSIZ, PKK, "a co-founder of the PKK"),
      ("ASSASSINATED_BY", CANSIZ, GUNEY, "by Ömer Güney", "2013-01-09"),
      ("ASSASSINATED_BY", DOGAN, GUNEY, "by Ömer Güney", "2013-01-09"),
      ("ASSASSINATED_BY", SAYLEMEZ, GUNEY, "by Ömer Güney", "2013-01-09"),
      ],
     {"source": ANF, "published": "2025-07-11"}),

    ("arNB6_burhan_sisi_alamein", "ar",
     "السيسي والبرهان يبحثان في العلمين مسار الحرب في السودان\n"
     "القاهرة - الشرق\n"
     "استقبل الرئيس المصري عبد الفتاح السيسي، الاثنين، رئيس مجلس السيادة السوداني عبد الفتاح البرهان في "
     "مدينة العلمين الجديدة، في زيارة قصيرة لم يُعلن عنها مسبقاً، وذلك بمشاركة رئيس المخابرات العامة "
     "المصرية اللواء حسن رشاد، ومدير جهاز المخابرات العامة السوداني الفريق أول أحمد إبراهيم مفضل.\n"
     "وقال المتحدث باسم الرئاسة المصرية إن الرئيسين أكدا رفض أي محاولات لتشكيل حكومة موازية في السودان.\n"
     "وكان رئيس الوزراء السوداني كامل إدريس قد زار القاهرة الشهر الماضي والتقى نظيره المصري مصطفى مدبولي.\n"
     "وتأتي الزيارة بعد أسابيع من هجمات بمسيّرات استهدفت منشآت في بورتسودان، لم تعلن أي جهة مسؤوليتها عنها، "
     "فيما يُنتظر أن يجري السيسي اتصالاً بالرئيس الأمريكي دونالد ترامب لبحث الملف السوداني.",
     [("LEADS", SISI, EGYPT, "استقبل الرئيس المصري عبد الفتاح السيسي"),
      ("LEADS", BURHAN, SOV, "رئيس مجلس السيادة السوداني"),
      ("VISITED", BURHAN, ALAMEIN, "مدينة العلمين الجديدة", "2025-08-04"),
      ("LEADS", RASHAD, EGGIS, "رئيس المخابرات العامة المصرية"),
      ("LEADS", MUFADDAL, SDNGIS, "ومدير جهاز المخابرات العامة السوداني"),
      ("LEADS", IDRIS, SDNGOV, "رئيس الوزراء السوداني كامل إدريس"),
      ("VISITED", IDRIS, "location:cairo", "قد زار القاهرة الشهر الماضي", "2025-07"),
      ("MET_WITH", IDRIS, "person:mostafa-madbouly", "والتقى نظيره المصري مصطفى مدبولي", "2025-07"),
      ("LEADS", "person:mostafa-madbouly", "organization:egyptian-government", "نظيره المصري مصطفى مدبولي"),
      ("LEADS", "person:donald-trump", "country:united-states", "بالرئيس الأمريكي دونالد ترامب"),
      ] + _cross({SISI: "استقبل الرئيس المصري عبد الفتاح السيسي", RASHAD: "اللواء حسن رشاد"},
                 {BURHAN: "رئيس مجلس السيادة السوداني", MUFADDAL: "الفريق أول أحمد إبراهيم مفضل"}, "2025-08-04"),
     {"source": ASHARQ, "published": "2025-08-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNB")
