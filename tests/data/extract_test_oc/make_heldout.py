"""Blind set OC: Syria with Russia, Iran and Turkey, 2015-2020 (first folder of OC-OD): the first Astana
round (January 2017), Alexander Lavrentiev's reception by Bashar al-Assad in Damascus (April 2019), the
Israeli strike in Quneitra that killed Jihad Mughniyeh and an IRGC general (January 2015), the Israeli
strike in Jaramana that killed Samir Kuntar (December 2015), Assad's talks with Putin in Sochi before the
trilateral Sochi summit (November 2017), and the Erdogan-Putin Idlib ceasefire talks in Moscow (March 2020),
as a Western news wire writes it in English (Reuters-like: "ASTANA, Jan 23 (Reuters) -", "a Kazakh
diplomat said"), Syria's state agency in Arabic (SANA-like: "دمشق-سانا", "السيد الرئيس بشار الأسد",
"سيادته"), an Iranian state TV site in English (Press TV-like: "martyred", "Takfiri terrorists", "Tel Aviv
regime"), a Hezbollah outlet in Arabic (Al-Manar-like: "نعت المقاومة الإسلامية", "العدو الصهيوني", "سماحة
السيد"), Russia's state agency in English (TASS-like: "SOCHI, November 21. /TASS/.", "Bashar Assad") and a
Turkish state agency's Arabic service (Anadolu-like: "موسكو/ الأناضول", "النظام السوري").
Pieces: the Russian, Iranian and Turkish delegation heads meet together; de Mistura meets Jaafari;
Abdrakhmanov took over from Idrissov (English, OC1); Assad receives Lavrentiev and Vershinin with Muallem
and Yefimov present (Arabic, OC2); an Israeli strike kills Allahdadi and Jihad Mughniyeh (English, OC3);
a Zionist (Israeli) raid kills Kuntar, Jihad Mughniyeh's earlier killing by a Zionist raid recalled,
Nasrallah receives the Iranian ambassador Fathali (Arabic, OC4); Putin meets Assad with Shoigu and
Gerasimov taking part, Lavrov, Zarif and Cavusoglu met in Antalya (English, OC5); Erdogan meets Putin,
then the two delegations with Cavusoglu, Akar, Fidan, Kalin, Lavrov and Shoigu (Arabic, OC6).
Excluded on purpose (no relation): Alloush and Jaafari (no face-to-face meeting), de Mistura's planned
meeting with the rebel delegation (OC1); Putin's earlier phone call to Assad, the planned meeting with
Pedersen (OC2); Imad Mughniyeh's 2008 killing (no agent), Amir-Abdollahian's planned visit to Nasrallah
(OC3); the "enemy ministers" who welcomed the killing without claiming it (OC4); Putin's phone calls to
Trump, King Salman and Sisi, the trilateral summit still to come (OC5); the 33 Turkish soldiers (no names),
Erdogan's phone call to Trump, the four-way summit that was not held, Jeffrey's statement (OC6).
Judgement calls: "met the Iranian and Turkish delegations ... at a trilateral meeting" pairs the three
heads with each other (OC1); a delegation member named ("الذي ضم") is paired with the host; the
attendees ("بحضور") are paired with both principals (Assad and Lavrentiev), not with Vershinin nor with
each other (OC2); "martyred in the Israeli attack" and "among the martyrs of the Israeli raid" give the
victim -> country:israel (OC3, the outlet states the agent); "بغارة جوية صهيونية" is country:israel (OC4,
as "Zionist" is the outlet's word for Israel); the men "who also took part in the meeting" are attendees,
paired with Putin and Assad, not with each other (OC5); the members of the expanded meeting of the two
delegations are attendees, each paired with Erdogan and Putin, not with each other (OC6); a minister
LEADS his ministry where it has an id; "the political chief of the Jaysh al-Islam group" is MEMBER_OF.
Filled in for the exercise: the diplomat's account and the timing of the trilateral meeting, the timing of
de Mistura's meeting with Jaafari (OC1); the date (April 2019), Vershinin's, Muallem's and Yefimov's
presence, Putin's call and the planned Pedersen meeting (OC2); Amir-Abdollahian's planned visit (OC3);
Fathali's visit to Nasrallah and its date, the hour of the strike (OC4); the wording of Peskov's account
(OC5); Kalin's presence, the wording of the agreement's account, the call to Trump (OC6).
Spellings: "Hossein Jaberi Ansari", "Staffan de Mistura" (OC1); "ألكسندر لافرنتييف", "سورية" (OC2);
"Mohammad Ali Allahdadi", "Seyyed Hassan Nasrallah" (OC3); "سمير القنطار", "جهاد عماد مغنية", "محمد فتحعلي"
(OC4); "Bashar Assad", "Mevlut Cavusoglu" (OC5); "مولود جاويش أوغلو", "خلوصي أكار", "إبراهيم قالن" (OC6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_od import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, RUSSIA, IRAN, TURKEY, ISRAEL, USA = (
    "country:syria", "country:russia", "country:iran", "country:turkey", "country:israel", "country:united-states")
SOCHI = "location:sochi"
HEZ, IRGC, JAI = "organization:hezbollah", "organization:irgc", "organization:jaysh-al-islam"
SYRFM, RUSFM, RUSDM, TURFM, KAZFM = (
    "organization:syrian-foreign-ministry", "organization:russian-foreign-ministry",
    "organization:russian-defence-ministry", "organization:turkish-foreign-ministry",
    "organization:kazakh-foreign-ministry")
ASSAD, MUALLEM, JAAFARI, ALLOUSH = (
    "person:bashar-al-assad", "person:walid-muallem", "person:bashar-al-jaafari", "person:mohammad-alloush")
PUTIN, LAVROV, SHOIGU, GERASIMOV, LAVRENTIEV, VERSHININ, YEFIMOV, PESKOV = (
    "person:vladimir-putin", "person:sergei-lavrov", "person:sergei-shoigu", "person:valery-gerasimov",
    "person:alexander-lavrentiev", "person:sergei-vershinin", "person:alexander-yefimov", "person:dmitry-peskov")
ROUHANI, ZARIF, JABERI, AMIRABDOLLAHIAN, ALLAHDADI, FATHALI = (
    "person:hassan-rouhani", "person:mohammad-javad-zarif", "person:hossein-jaberi-ansari",
    "person:hossein-amir-abdollahian", "person:mohammad-ali-allahdadi", "person:mohammad-fathali")
ERDOGAN, CAVUSOGLU, AKAR, FIDAN, KALIN, ONAL = (
    "person:recep-tayyip-erdogan", "person:mevlut-cavusoglu", "person:hulusi-akar", "person:hakan-fidan",
    "person:ibrahim-kalin", "person:sedat-onal")
ABDRAKHMANOV, IDRISSOV, DEMISTURA, TRUMP = (
    "person:kairat-abdrakhmanov", "person:erlan-idrissov", "person:staffan-de-mistura", "person:donald-trump")
NASRALLAH, KUNTAR, JIHAD, IMAD, NETANYAHU = (
    "person:hassan-nasrallah", "person:samir-kuntar", "person:jihad-mughniyeh", "person:imad-mughniyeh",
    "person:benjamin-netanyahu")

REUTERS = "blind set (Western news wire, English, Reuters-like)"
SANA = "blind set (Syrian state news agency, Arabic, SANA-like)"
PRESSTV = "blind set (Iranian state TV news site, English, Press TV-like)"
MANAR = "blind set (Hezbollah TV news site, Arabic, Al-Manar-like)"
TASS = "blind set (Russian state news agency, English service, TASS-like)"
ANADOLU = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"

ARTICLES = [
    ("enOC1_astana_round_opens_reuters", "en",
     "Syria talks open in Astana as rebels refuse face-to-face meeting with government\n"
     "ASTANA, Jan 23 (Reuters) - Talks between the Syrian government and rebel groups opened in the Kazakh "
     "capital on Monday under the sponsorship of Russia, Turkey and Iran, but the rebels refused to sit down "
     "face-to-face with the government delegation headed by Bashar al-Jaafari, Syria's ambassador to the United "
     "Nations.\n"
     "Kazakh Foreign Minister Kairat Abdrakhmanov, who took over from Erlan Idrissov last month, opened the "
     "session and urged both sides to consolidate the ceasefire that took effect "
     "on Dec. 30.\n"
     "The rebel delegation is led by Mohammad Alloush, the political chief of the Jaysh al-Islam group, who "
     "accused the government of \"terrorism\" in his opening speech.\n"
     "The Russian delegation, headed by President Vladimir Putin's envoy Alexander Lavrentiev, met the Iranian "
     "and Turkish delegations, led by Deputy Foreign Minister Hossein Jaberi Ansari and senior diplomat Sedat "
     "Onal, at a trilateral meeting on the eve of the talks, a Kazakh diplomat said.\n"
     "U.N. Syria envoy Staffan de Mistura, who attended the opening session, held talks with Jaafari on Monday "
     "evening, a U.N. spokeswoman said. A meeting between de Mistura and the rebel delegation was planned for "
     "Tuesday.\n"
     "Moscow has said it hopes the Astana process will feed into U.N.-led talks in Geneva scheduled for Feb. 8. "
     "The new administration of U.S. President Donald Trump was represented only by its ambassador, as an "
     "observer.",
     [("SUCCESSOR_OF", ABDRAKHMANOV, IDRISSOV, "who took over from Erlan Idrissov", "2016-12-28"),
      ("LEADS", ABDRAKHMANOV, KAZFM, "Kazakh Foreign Minister Kairat Abdrakhmanov"),
      ("MEMBER_OF", ALLOUSH, JAI, "the political chief of the Jaysh al-Islam group"),
      ] + met_group({LAVRENTIEV: "envoy Alexander Lavrentiev, met the Iranian",
                     JABERI: "Deputy Foreign Minister Hossein Jaberi Ansari",
                     ONAL: "senior diplomat Sedat"}, "2017-01-22") + [
      ("MET_WITH", DEMISTURA, JAAFARI, "held talks with Jaafari on Monday", "2017-01-23"),
      ("LEADS", PUTIN, RUSSIA, "President Vladimir Putin's envoy"),
      ("LEADS", TRUMP, USA, "U.S. President Donald Trump"),
      ],
     {"source": REUTERS, "published": "2017-01-23"}),

    ("arOC2_assad_receives_lavrentiev_sana", "ar",
     "الرئيس الأسد يستقبل لافرنتييف: استمرار التنسيق لمكافحة الإرهاب ودفع العملية السياسية\n"
     "دمشق-سانا\n"
     "استقبل السيد الرئيس بشار الأسد اليوم ألكسندر لافرنتييف المبعوث الخاص للرئيس الروسي فلاديمير بوتين "
     "والوفد المرافق له الذي ضم نائب وزير الخارجية الروسي سيرغي فيرشينين، بحضور وزير الخارجية والمغتربين "
     "وليد المعلم والسفير الروسي في دمشق ألكسندر يفيموف.\n"
     "ونقل لافرنتييف إلى الرئيس الأسد رسالة من الرئيس بوتين تتعلق بنتائج الجولة الأخيرة من محادثات أستانا "
     "والأوضاع في إدلب، وأكد الجانبان أهمية مواصلة التنسيق بين البلدين الصديقين.\n"
     "وبحث معه الرئيس الأسد الخطوات المتعلقة بتشكيل لجنة مناقشة الدستور الحالي، حيث شدد سيادته على أن "
     "العملية السياسية يجب أن تكون بقيادة وملكية سورية ومن دون أي تدخل خارجي.\n"
     "من جهته، أكد لافرنتييف حرص موسكو على سيادة سورية ووحدة أراضيها وعلى استمرار دعمها في مواجهة الإرهاب.\n"
     "وكان الرئيس الأسد قد تلقى الأسبوع الماضي اتصالاً هاتفياً من الرئيس بوتين هنأه فيه بعيد الجلاء.\n"
     "ومن المقرر أن يلتقي الوفد الروسي في جنيف الأسبوع المقبل المبعوث الأممي إلى سورية غير بيدرسن.",
     [("MET_WITH", ASSAD, LAVRENTIEV, "المبعوث الخاص للرئيس الروسي", "2019-04-19"),
      ("MET_WITH", ASSAD, VERSHININ, "الذي ضم نائب وزير الخارجية الروسي", "2019-04-19"),
      ("MET_WITH", MUALLEM, ASSAD, "بحضور وزير الخارجية والمغتربين", "2019-04-19"),
      ("MET_WITH", MUALLEM, LAVRENTIEV, "وليد المعلم والسفير", "2019-04-19"),
      ("MET_WITH", YEFIMOV, ASSAD, "والسفير الروسي في دمشق", "2019-04-19"),
      ("MET_WITH", YEFIMOV, LAVRENTIEV, "في دمشق ألكسندر يفيموف", "2019-04-19"),
      ("LEADS", ASSAD, SYRIA, "استقبل السيد الرئيس بشار الأسد"),
      ("LEADS", PUTIN, RUSSIA, "للرئيس الروسي فلاديمير بوتين"),
      ("MEMBER_OF", VERSHININ, RUSFM, "نائب وزير الخارجية الروسي سيرغي"),
      ("LEADS", MUALLEM, SYRFM, "وزير الخارجية والمغتربين وليد"),
      ],
     {"source": SANA, "published": "2019-04-19"}),

    ("enOC3_quneitra_strike_presstv", "en",
     "Israeli strike kills Iranian general, Hezbollah fighters in Syria's Quneitra\n"
     "Sun Jan 18, 2015 (Press TV) - An Israeli helicopter attack has killed an Iranian general and six members "
     "of the Lebanese resistance movement Hezbollah in Syria's southern province of Quneitra, near the occupied "
     "Golan Heights.\n"
     "The Islamic Revolutionary Guard Corps (IRGC) said in a statement that Brigadier General Mohammad Ali "
     "Allahdadi was martyred in the Israeli attack on Sunday while on a mission to advise the Syrian government "
     "in its fight against Takfiri terrorists.\n"
     "Among the Hezbollah martyrs of the Israeli raid was Jihad Mughniyeh, the son of the movement's legendary "
     "commander Imad Mughniyeh. The Israeli aircraft targeted two vehicles in the Mazraat Amal area, the "
     "Lebanese Al-Manar television reported.\n"
     "Imad Mughniyeh was assassinated in a car bomb explosion in the Syrian capital, Damascus, in 2008.\n"
     "The Israeli military declined to comment on the attack. Tel Aviv regime's Prime Minister Benjamin "
     "Netanyahu had warned last week that Israel would act against any threat on its northern front.\n"
     "Iran's Deputy Foreign Minister for Arab and African Affairs Hossein Amir-Abdollahian is expected to travel "
     "to Beirut later this week to meet Hezbollah Secretary General Seyyed Hassan Nasrallah and offer "
     "condolences, the Foreign Ministry said.",
     [("ASSASSINATED_BY", ALLAHDADI, ISRAEL, "was martyred in the Israeli attack", "2015-01-18"),
      ("MEMBER_OF", ALLAHDADI, IRGC, "The Islamic Revolutionary Guard Corps (IRGC) said"),
      ("ASSASSINATED_BY", JIHAD, ISRAEL, "Among the Hezbollah martyrs of the Israeli raid", "2015-01-18"),
      ("MEMBER_OF", IMAD, HEZ, "the movement's legendary commander"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu had warned"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah Secretary General Seyyed Hassan Nasrallah"),
      ],
     {"source": PRESSTV, "published": "2015-01-18"}),

    ("arOC4_kuntar_jaramana_manar", "ar",
     "المقاومة الإسلامية تنعى الشهيد القائد سمير القنطار\n"
     "موقع المنار\n"
     "نعت المقاومة الإسلامية في لبنان عميد الأسرى المحررين من السجون الصهيونية الشهيد القائد سمير القنطار، "
     "الذي ارتقى ليل السبت بغارة جوية صهيونية استهدفت مبنى سكنياً في مدينة جرمانا بريف دمشق.\n"
     "وأوضح البيان أن طائرات العدو أطلقت أربعة صواريخ بعيدة المدى على المبنى عند العاشرة والربع ليلاً، ما أدى "
     "إلى ارتقاء القنطار وعدد من المواطنين السوريين.\n"
     "والشهيد القنطار أمضى نحو ثلاثين عاماً في سجون الاحتلال قبل أن يتحرر في عملية الرضوان لتبادل الأسرى عام "
     "2008، ليلتحق بعدها بصفوف المقاومة.\n"
     "من جهتهم، رحّب وزراء في حكومة العدو باغتيال القنطار، من دون أن يعلنوا مسؤولية كيانهم عنه.\n"
     "وتأتي عملية الاغتيال بعد نحو أحد عشر شهراً على استشهاد جهاد عماد مغنية وثلة من رفاقه في غارة صهيونية "
     "على مزرعة الأمل في القنيطرة.\n"
     "وفي سياق متصل، استقبل الأمين العام لحزب الله سماحة السيد حسن نصر الله سفير الجمهورية الإسلامية "
     "الإيرانية في لبنان محمد فتحعلي، الذي قدّم التعازي باستشهاد القنطار، وجرى عرض للأوضاع في المنطقة.\n"
     "ويطلّ سماحته مساء الإثنين في كلمة متلفزة يتناول فيها عملية الاغتيال.",
     [("ASSASSINATED_BY", KUNTAR, ISRAEL, "بغارة جوية صهيونية استهدفت", "2015-12-19"),
      ("ASSASSINATED_BY", JIHAD, ISRAEL, "في غارة صهيونية على مزرعة الأمل", "2015-01-18"),
      ("MET_WITH", NASRALLAH, FATHALI, "سفير الجمهورية الإسلامية الإيرانية", "2015-12-20"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله سماحة"),
      ],
     {"source": MANAR, "published": "2015-12-20"}),

    ("enOC5_putin_assad_sochi_tass", "en",
     "Putin holds talks with Assad in Sochi ahead of trilateral summit on Syria\n"
     "SOCHI, November 21. /TASS/. Russian President Vladimir Putin held talks with his Syrian counterpart "
     "Bashar Assad in Sochi on Monday, Kremlin spokesman Dmitry Peskov told reporters on Tuesday.\n"
     "According to Peskov, the two leaders discussed the political settlement after the defeat of terrorists in "
     "Syria and the idea of convening a Syrian Congress of National Dialogue. Assad had arrived in Sochi on a "
     "working visit, the spokesman added.\n"
     "Defense Minister Sergei Shoigu and Chief of the General Staff Valery Gerasimov also took part in the "
     "meeting, at which Putin introduced the Syrian leader to the Russian military command.\n"
     "On Tuesday, Putin held telephone conversations with US President Donald Trump, Saudi Arabia's King Salman "
     "and Egyptian President Abdel Fattah el-Sisi to brief them on the talks.\n"
     "On Wednesday, Putin will host Iranian President Hassan Rouhani and Turkish President Recep Tayyip Erdogan "
     "in Sochi for a trilateral summit on Syria.\n"
     "Foreign ministers of the three guarantor countries, Sergei Lavrov, Mohammad Javad Zarif and Mevlut "
     "Cavusoglu, met in the Turkish resort of Antalya on Sunday to prepare the summit.\n"
     "The visit is Assad's second to Russia since October 2015, when he flew to Moscow for talks in the Kremlin.",
     [("MET_WITH", PUTIN, ASSAD, "held talks with his Syrian counterpart", "2017-11-20"),
      ("MET_WITH", SHOIGU, PUTIN, "Defense Minister Sergei Shoigu and Chief", "2017-11-20"),
      ("MET_WITH", SHOIGU, ASSAD, "also took part in the", "2017-11-20"),
      ("MET_WITH", GERASIMOV, PUTIN, "Chief of the General Staff Valery Gerasimov", "2017-11-20"),
      ("MET_WITH", GERASIMOV, ASSAD, "introduced the Syrian leader", "2017-11-20"),
      ("VISITED", ASSAD, SOCHI, "Assad had arrived in Sochi"),
      ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin"),
      ("LEADS", SHOIGU, RUSDM, "Defense Minister Sergei Shoigu"),
      ("LEADS", ROUHANI, IRAN, "Iranian President Hassan Rouhani"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ] + met_group({LAVROV: "Sergei Lavrov, Mohammad", ZARIF: "Mohammad Javad Zarif and Mevlut",
                     CAVUSOGLU: "Cavusoglu, met in the Turkish resort"}, "2017-11-19"),
     {"source": TASS, "published": "2017-11-21"}),

    ("arOC6_erdogan_putin_idlib_anadolu", "ar",
     "أردوغان وبوتين يتفقان على وقف لإطلاق النار في إدلب\n"
     "موسكو/ الأناضول\n"
     "اتفق الرئيس التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين، الخميس، على وقف إطلاق النار في منطقة "
     "خفض التصعيد بإدلب شمال غربي سوريا اعتباراً من منتصف الليلة.\n"
     "جاء ذلك في مؤتمر صحفي مشترك عقب لقائهما في الكرملين، الذي استمر نحو ست ساعات، بينها اجتماع ثنائي مغلق، "
     "أعقبه اجتماع موسع بين وفدي البلدين.\n"
     "وشارك في الاجتماع الموسع من الجانب التركي وزير الخارجية مولود جاويش أوغلو، ووزير الدفاع خلوصي أكار، "
     "ورئيس جهاز الاستخبارات هاكان فيدان، ومتحدث الرئاسة إبراهيم قالن، فيما حضره من الجانب الروسي وزير "
     "الخارجية سيرغي لافروف ووزير الدفاع سيرغي شويغو.\n"
     "وأوضح أردوغان أن الاتفاق ينص على إنشاء ممر آمن على طول الطريق الدولي \"إم 4\" وتسيير دوريات مشتركة.\n"
     "وكان 33 جندياً تركياً قد قُتلوا في 27 فبراير/شباط الماضي في غارة جوية لقوات النظام السوري على إدلب.\n"
     "وأجرى أردوغان قبيل توجهه إلى موسكو اتصالاً هاتفياً مع الرئيس الأمريكي دونالد ترامب، فيما لم تُعقد "
     "القمة الرباعية التي اقترحتها أنقرة مع روسيا وألمانيا وفرنسا.\n"
     "وقال المبعوث الأمريكي الخاص إلى سوريا جيمس جيفري إن بلاده تدرس طلبات تركية لدعم عسكري.",
     [("MET_WITH", ERDOGAN, PUTIN, "عقب لقائهما في الكرملين", "2020-03-05"),
      ("MET_WITH", CAVUSOGLU, ERDOGAN, "من الجانب التركي وزير الخارجية", "2020-03-05"),
      ("MET_WITH", CAVUSOGLU, PUTIN, "مولود جاويش أوغلو", "2020-03-05"),
      ("MET_WITH", AKAR, ERDOGAN, "ووزير الدفاع خلوصي", "2020-03-05"),
      ("MET_WITH", AKAR, PUTIN, "خلوصي أكار", "2020-03-05"),
      ("MET_WITH", FIDAN, ERDOGAN, "ورئيس جهاز الاستخبارات", "2020-03-05"),
      ("MET_WITH", FIDAN, PUTIN, "هاكان فيدان", "2020-03-05"),
      ("MET_WITH", KALIN, ERDOGAN, "ومتحدث الرئاسة", "2020-03-05"),
      ("MET_WITH", KALIN, PUTIN, "إبراهيم قالن", "2020-03-05"),
      ("MET_WITH", LAVROV, ERDOGAN, "فيما حضره من الجانب الروسي", "2020-03-05"),
      ("MET_WITH", LAVROV, PUTIN, "سيرغي لافروف", "2020-03-05"),
      ("MET_WITH", SHOIGU, ERDOGAN, "ووزير الدفاع سيرغي", "2020-03-05"),
      ("MET_WITH", SHOIGU, PUTIN, "سيرغي شويغو", "2020-03-05"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب"),
      ("LEADS", CAVUSOGLU, TURFM, "وزير الخارجية مولود"),
      ("LEADS", LAVROV, RUSFM, "الخارجية سيرغي لافروف"),
      ("LEADS", SHOIGU, RUSDM, "شويغو."),
      ],
     {"source": ANADOLU, "published": "2020-03-05"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOC")
