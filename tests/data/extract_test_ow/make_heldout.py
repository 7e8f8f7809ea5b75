"""Blind set OW: the Maghreb 2013-2022 (first folder of OW-OX): Beji Caid Essebsi's death and Mohamed
Ennaceur's interim (July 2019), Abdelmadjid Tebboune's swearing-in and handover from Abdelkader Bensalah
(December 2019), Ennahda's choice of Ali Laarayedh to replace Hamadi Jebali after the assassination of
Chokri Belaid (February 2013), King Mohammed VI's audience for Jared Kushner and Meir Ben-Shabbat
(December 2020), the UN envoys for Western Sahara and the Polisario succession (brief of February 2022),
and Tebboune's state visit to Tunis (December 2021), as Tunisia's state agency writes it in English
(TAP-like: "TUNIS, July 25 (TAP) -", "Head of Government"), Algeria's state agency in Arabic (APS-like:
"السيد"، "الفريق"، "قصر الأمم بنادي الصنوبر"), a wire in English (Reuters-like: "TUNIS, Feb 22 (Reuters) -"),
Morocco's state agency in Arabic (MAP-like: "صاحب الجلالة الملك محمد السادس، نصره الله"، "دجنبر"), a think-tank
brief in English (Crisis Group-like: "Brief | Maghreb Programme") and an Algerian francophone-influenced
daily in Arabic (El Khabar-like: "مبعوث «الخبر»"، "تيت-آ-تيت"، "وعلمت «الخبر»").
Pieces: Ennaceur sworn in after Essebsi's death, receives Chahed; Essebsi had succeeded Marzouki
(English, OW1); Tebboune succeeds Bensalah, who had taken over after Bouteflika's resignation, takes over
from him at El Mouradia with Gaid Salah present; Boukadoum acting prime minister after Bedoui's resignation
(Arabic, OW2); Laarayedh named to replace Jebali, received by Marzouki; Ghannouchi had met Jebali (English,
OW3); the King receives Kushner and Ben-Shabbat with Othmani and Bourita present, Bourita meets Boehler
(Arabic, OW4); de Mistura succeeds Kohler, who had taken over from Ross; his tour (Bourita, Ghali, Ould
Cheikh Ahmed, Lamamra); Ghali succeeds Abdelaziz (English, OW5); Saied and Tebboune meet with Lamamra and
Jerandi in the enlarged session; Tebboune receives Bouden (Arabic, OW6).
Excluded on purpose (no relation): King Salman's condolence call, Ennaceur's planned reception of Bensalah at
the funeral (OW1); Saied's congratulation call to Tebboune, the swearing-in ceremony itself (an audience,
not a meeting) (OW2); Belaid "shot dead ... by a gunman" (no named agent), his family's accusation of
Ennahda (OW3); Trump's phone call to the King (OW4); the King's audience "requested but not granted", the
postponed visit to Laayoune, Ghali's hospitalisation (OW5); Ghannouchi, whom Tebboune "did not meet", the
postponed tripartite summit with Menfi (OW6).
Judgement calls: "sworn in as interim President ... hours after the death of President Beji Caid Essebsi"
is a succession (OW1, appointed after the other's death in the same post); "الذي تولى المنصب منذ استقالة
الرئيس السابق" is a succession of Bensalah to Bouteflika (OW2); "كلف ... بتولي مهام الوزير الأول بالنيابة"
after accepting Bedoui's resignation is a succession (OW2); the handover "في حضور" Gaid Salah: Gaid Salah is
paired with both presidents (OW2); "استقبل X وY" together is a meeting of the three; the attendees "بحضور"
(Othmani, Bourita) are paired with the King and with both guests, and with each other (they attend one
audience together) (OW4); "was received by Brahim Ghali" and "holding talks ... with" are meetings (OW5);
"the post had been vacant" does not break the succession the text states ("to succeed Horst Kohler") (OW5);
the enlarged session "بحضور وفدي البلدين، من بينهم" two ministers: each minister with both presidents, and
the two ministers with each other (OW6); a prime minister LEADS the country, a foreign or interior
minister LEADS the ministry (gazetteer ids), a party or front leader LEADS it.
Filled in for the exercise: the hour of Chahed's audience, King Salman's call, the planned Bensalah
reception (OW1); Gaid Salah's presence at the handover, the wording of the statements (OW2); the spokesman's
wording, Ghannouchi's Monday meeting with Jebali (OW3); Othmani's and Bourita's presence, Bourita's talks
with Boehler (OW4); the date of the brief, the order of the tour, the unanswered request for an audience
(OW5); the El Khabar framing, Bouden's evening audience, the postponed tripartite summit (OW6).
Spellings: "Beji Caid Essebsi" then "Caid Essebsi", "Head of Government Youssef Chahed" (OW1); "السيد عبد
المجيد تبون"، "الفريق أحمد قايد صالح" (OW2); "Ali Larayedh", "Zine al-Abidine Ben Ali" (OW3); "جاريد كوشنر"،
"مئير بن شبات"، "سعد الدين العثماني" (OW4); "Horst Köhler", "Ismail Ould Cheikh Ahmed" (OW5); "رمطان لعمامرة"،
"قيس سعيّد"، "نجلاء بودن" (OW6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ox import ALL  # noqa: E402

HERE = Path(__file__).parent

TUNISIA, ALGERIA, MOROCCO, FRANCE, QATAR, SAUDI, US, LIBYA = (
    "country:tunisia", "country:algeria", "country:morocco", "country:france", "country:qatar",
    "country:saudi-arabia", "country:united-states", "country:libya")
RABAT, TINDOUF = "location:rabat", "location:tindouf"
TNPARL, TNFM, TNINT, ENNAHDA = ("organization:tunisian-parliament", "organization:tunisian-foreign-ministry",
                                "organization:tunisian-interior-ministry", "organization:ennahda")
DZARMY, DZFM, MAFM, MRFM, POLISARIO, LYPC = (
    "organization:algerian-peoples-national-army", "organization:algerian-foreign-ministry",
    "organization:moroccan-foreign-ministry", "organization:mauritanian-foreign-ministry",
    "organization:polisario-front", "organization:libyan-presidential-council")
ESSEBSI, ENNACEUR, CHAHED, MARZOUKI, SAIED, RGHANNOUCHI, JEBALI, LAARAYEDH, BOUDEN, JERANDI = (
    "person:beji-caid-essebsi", "person:mohamed-ennaceur", "person:youssef-chahed", "person:moncef-marzouki",
    "person:kais-saied", "person:rached-ghannouchi", "person:hamadi-jebali", "person:ali-laarayedh",
    "person:najla-bouden", "person:othman-jerandi")
TEBBOUNE, BENSALAH, BOUTEFLIKA, GAIDSALAH, BEDOUI, BOUKADOUM, LAMAMRA = (
    "person:abdelmadjid-tebboune", "person:abdelkader-bensalah", "person:abdelaziz-bouteflika",
    "person:ahmed-gaid-salah", "person:noureddine-bedoui", "person:sabri-boukadoum", "person:ramtane-lamamra")
KING, OTHMANI, BOURITA, KUSHNER, BENSHABBAT, BOEHLER, TRUMP = (
    "person:mohammed-vi", "person:saadeddine-othmani", "person:nasser-bourita", "person:jared-kushner",
    "person:meir-ben-shabbat", "person:adam-boehler", "person:donald-trump")
GHALI, ABDELAZIZ, DEMISTURA, KOHLER, ROSS, OCA = (
    "person:brahim-ghali", "person:mohamed-abdelaziz", "person:staffan-de-mistura", "person:horst-kohler",
    "person:christopher-ross", "person:ismail-ould-cheikh-ahmed")
MACRON, TAMIM, SALMAN, MENFI = ("person:emmanuel-macron", "person:tamim-bin-hamad-al-thani",
                                "person:salman-bin-abdulaziz", "person:mohamed-al-menfi")

TAP = "blind set (Tunisian state news agency, English service, TAP-like)"
APS = "blind set (Algerian state news agency, Arabic, APS-like)"
REUTERS = "blind set (international news wire, English, Reuters-like)"
MAP = "blind set (Moroccan state news agency, Arabic, MAP-like)"
BRIEF = "blind set (think-tank brief, English, Crisis Group-like)"
KHABAR = "blind set (Algerian daily, Arabic, El Khabar-like)"

ARTICLES = [
    ("enOW1_ennaceur_interim_tap", "en",
     "Mohamed Ennaceur sworn in as interim President of the Republic\n"
     "TUNIS, July 25 (TAP) - Speaker of the Assembly of the Representatives of the People Mohamed Ennaceur was "
     "sworn in on Thursday as interim President of the Republic, hours after the death of President Beji Caid "
     "Essebsi at the military hospital in Tunis at the age of 92.\n"
     "Ennaceur, 85, took the constitutional oath before the members of parliament gathered at the Bardo, in "
     "accordance with Article 84 of the Constitution, which caps the interim at 90 days.\n"
     "In the afternoon, the interim President received Head of Government Youssef Chahed at Carthage Palace. "
     "The two men discussed the arrangements for the national funeral, scheduled for Saturday, and the "
     "timetable of the early presidential election.\n"
     "The Custodian of the Two Holy Mosques, King Salman bin Abdulaziz of Saudi Arabia, phoned the interim "
     "President to offer his condolences, the Presidency said.\n"
     "Algeria's Head of State Abdelkader Bensalah is expected to lead his country's delegation at the funeral, "
     "alongside French President Emmanuel Macron and the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani. "
     "Ennaceur is due to receive Bensalah on the sidelines of the ceremony, diplomatic sources said.\n"
     "Caid Essebsi, who succeeded Moncef Marzouki in December 2014 as the country's first freely and directly "
     "elected president, had been admitted to hospital on Wednesday.",
     [("SUCCESSOR_OF", ENNACEUR, ESSEBSI, "sworn in on Thursday as interim President", "2019-07-25"),
      ("LEADS", ENNACEUR, TNPARL, "Speaker of the Assembly of the Representatives of the People"),
      ("LEADS", ESSEBSI, TUNISIA, "President Beji Caid"),
      ("MET_WITH", ENNACEUR, CHAHED, "the interim President received Head of Government", "2019-07-25"),
      ("LEADS", CHAHED, TUNISIA, "Head of Government Youssef Chahed"),
      ("LEADS", SALMAN, SAUDI, "King Salman bin Abdulaziz of Saudi Arabia"),
      ("LEADS", BENSALAH, ALGERIA, "Algeria's Head of State Abdelkader Bensalah"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
      ("LEADS", TAMIM, QATAR, "the Emir of Qatar, Sheikh Tamim"),
      ("SUCCESSOR_OF", ESSEBSI, MARZOUKI, "who succeeded Moncef Marzouki in December 2014", "2014-12-31"),
      ],
     {"source": TAP, "published": "2019-07-25"}),

    ("arOW2_tebboune_sworn_in_aps", "ar",
     "الرئيس تبون يؤدي اليمين الدستورية ويتسلم مهامه من رئيس الدولة عبد القادر بن صالح\n"
     "الجزائر - أدى رئيس الجمهورية المنتخب، السيد عبد المجيد تبون، اليوم الخميس بقصر الأمم بنادي الصنوبر "
     "(الجزائر العاصمة)، اليمين الدستورية، خلفاً لرئيس الدولة السيد عبد القادر بن صالح، الذي تولى المنصب منذ "
     "استقالة الرئيس السابق عبد العزيز بوتفليقة في أفريل الماضي.\n"
     "وجرت مراسم أداء اليمين بحضور أعضاء الحكومة ورؤساء الهيئات الوطنية وممثلي السلك الدبلوماسي المعتمد "
     "بالجزائر.\n"
     "وتسلم السيد تبون عقب ذلك مهامه رسمياً من السيد بن صالح بمقر رئاسة الجمهورية بالمرادية، في حضور نائب وزير "
     "الدفاع الوطني، رئيس أركان الجيش الوطني الشعبي، الفريق أحمد قايد صالح، وتحادث الرئيسان مطولاً قبل أن "
     "يغادر رئيس الدولة السابق مقر الرئاسة.\n"
     "من جهة أخرى، قبل رئيس الجمهورية استقالة الوزير الأول السيد نور الدين بدوي، وكلف وزير الشؤون الخارجية "
     "السيد صبري بوقدوم بتولي مهام الوزير الأول بالنيابة، حسب ما أفاد به بيان لرئاسة الجمهورية.\n"
     "وكان الرئيس تبون قد تلقى، أمس الأربعاء، مكالمة هاتفية من الرئيس التونسي قيس سعيد هنأه فيها بانتخابه.\n"
     "وأكد رئيس الجمهورية في خطابه عقب أداء اليمين أنه \"يمد يده\" للحراك الشعبي المبارك من أجل حوار جاد "
     "يفضي إلى \"جزائر جديدة\".",
     [("SUCCESSOR_OF", TEBBOUNE, BENSALAH, "خلفاً لرئيس الدولة السيد", "2019-12-19"),
      ("LEADS", TEBBOUNE, ALGERIA, "أدى رئيس الجمهورية المنتخب"),
      ("SUCCESSOR_OF", BENSALAH, BOUTEFLIKA, "الذي تولى المنصب منذ", "2019-04-09"),
      ("MET_WITH", TEBBOUNE, BENSALAH, "وتحادث الرئيسان مطولاً", "2019-12-19"),
      ("MET_WITH", GAIDSALAH, TEBBOUNE, "الفريق أحمد قايد صالح", "2019-12-19"),
      ("MET_WITH", GAIDSALAH, BENSALAH, "في حضور نائب وزير", "2019-12-19"),
      ("LEADS", GAIDSALAH, DZARMY, "رئيس أركان الجيش الوطني الشعبي"),
      ("SUCCESSOR_OF", BOUKADOUM, BEDOUI, "بتولي مهام الوزير الأول بالنيابة", "2019-12-19"),
      ("LEADS", BEDOUI, ALGERIA, "الوزير الأول السيد نور الدين بدوي"),
      ("LEADS", BOUKADOUM, DZFM, "وزير الشؤون الخارجية السيد صبري"),
      ("LEADS", SAIED, TUNISIA, "الرئيس التونسي قيس سعيد"),
      ],
     {"source": APS, "published": "2019-12-19"}),

    ("enOW3_larayedh_replaces_jebali_reuters", "en",
     "Tunisia's Ennahda names hardliner Larayedh as prime minister\n"
     "TUNIS, Feb 22 (Reuters) - Tunisia's ruling Islamist party Ennahda nominated Interior Minister Ali Larayedh "
     "as prime minister on Friday to replace Hamadi Jebali, who resigned after his own party rejected his plan "
     "for a government of technocrats.\n"
     "President Moncef Marzouki received Larayedh at the Carthage presidential palace and asked him to form a new "
     "cabinet within two weeks, a presidential spokesman said.\n"
     "Jebali quit on Tuesday after failing to win support for the non-partisan cabinet he had proposed in the "
     "wake of the Feb. 6 assassination of leftist opposition leader Chokri Belaid.\n"
     "Belaid, a fierce critic of Ennahda, was shot dead outside his home in Tunis by a gunman who fled on a "
     "motorcycle. His family has accused Ennahda of being behind the killing, a charge the party's leader, "
     "Rached Ghannouchi, has repeatedly denied.\n"
     "Ghannouchi had met Jebali late on Monday in a last attempt to salvage the technocrat plan, party officials "
     "said, but the talks ended without agreement.\n"
     "Larayedh, 57, a former political prisoner who spent more than a decade in solitary confinement under "
     "ousted leader Zine al-Abidine Ben Ali, has been criticised by the secular opposition for his handling of "
     "security, including the storming of the U.S. embassy by Salafists in September.\n"
     "Several opposition parties said they would not join a government led by Ennahda.",
     [("SUCCESSOR_OF", LAARAYEDH, JEBALI, "to replace Hamadi Jebali", "2013-02-22"),
      ("LEADS", LAARAYEDH, TNINT, "Interior Minister Ali Larayedh"),
      ("MET_WITH", MARZOUKI, LAARAYEDH, "President Moncef Marzouki received Larayedh", "2013-02-22"),
      ("LEADS", MARZOUKI, TUNISIA, "President Moncef Marzouki"),
      ("LEADS", RGHANNOUCHI, ENNAHDA, "the party's leader, Rached Ghannouchi"),
      ("MET_WITH", RGHANNOUCHI, JEBALI, "Ghannouchi had met Jebali late on Monday", "2013-02-18"),
      ],
     {"source": REUTERS, "published": "2013-02-22"}),

    ("arOW4_king_receives_kushner_map", "ar",
     "جلالة الملك يستقبل السيد جاريد كوشنر والسيد مئير بن شبات\n"
     "الرباط - استقبل صاحب الجلالة الملك محمد السادس، نصره الله، اليوم الثلاثاء بالقصر الملكي بالرباط، السيد "
     "جاريد كوشنر، كبير مستشاري رئيس الولايات المتحدة الأمريكية، والسيد مئير بن شبات، مستشار الأمن القومي "
     "الإسرائيلي، اللذين يقومان بزيارة للمملكة على رأس وفد أمريكي-إسرائيلي حل بالرباط على متن أول رحلة جوية "
     "مباشرة بين تل أبيب والرباط.\n"
     "وجرى هذا الاستقبال بحضور رئيس الحكومة السيد سعد الدين العثماني، ووزير الشؤون الخارجية والتعاون الإفريقي "
     "والمغاربة المقيمين بالخارج السيد ناصر بوريطة.\n"
     "وبهذه المناسبة، وقع السيد العثماني والسيد كوشنر والسيد بن شبات، أمام أنظار جلالة الملك، الإعلان المشترك "
     "بين المملكة المغربية والولايات المتحدة الأمريكية ودولة إسرائيل.\n"
     "وكان جلالة الملك قد أجرى، يوم 10 دجنبر الجاري، اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب، أعلن "
     "خلاله الرئيس الأمريكي اعتراف بلاده بسيادة المغرب الكاملة على كامل منطقة الصحراء المغربية.\n"
     "من جهته، أجرى السيد بوريطة، على هامش الزيارة، مباحثات مع رئيس المؤسسة الأمريكية لتمويل التنمية الدولية، "
     "السيد آدم بوهلر، العضو في الوفد، همت آفاق الاستثمار في الأقاليم الجنوبية.",
     met_group({KING: "استقبل صاحب الجلالة الملك", KUSHNER: "جاريد كوشنر، كبير مستشاري",
                BENSHABBAT: "والسيد مئير بن شبات، مستشار"}, "2020-12-22") + [
      ("MET_WITH", OTHMANI, KING, "بحضور رئيس الحكومة السيد", "2020-12-22"),
      ("MET_WITH", OTHMANI, KUSHNER, "سعد الدين العثماني، ووزير", "2020-12-22"),
      ("MET_WITH", OTHMANI, BENSHABBAT, "وجرى هذا الاستقبال", "2020-12-22"),
      ("MET_WITH", BOURITA, KING, "والمغاربة المقيمين بالخارج السيد ناصر", "2020-12-22"),
      ("MET_WITH", BOURITA, KUSHNER, "السيد ناصر بوريطة.", "2020-12-22"),
      ("MET_WITH", BOURITA, BENSHABBAT, "ووزير الشؤون الخارجية والتعاون الإفريقي", "2020-12-22"),
      ("MET_WITH", OTHMANI, BOURITA, "بحضور رئيس الحكومة", "2020-12-22"),
      ("MET_WITH", BOURITA, BOEHLER, "مباحثات مع رئيس المؤسسة الأمريكية", "2020-12-22"),
      ("LEADS", KING, MOROCCO, "صاحب الجلالة الملك محمد السادس، نصره الله"),
      ("LEADS", OTHMANI, MOROCCO, "رئيس الحكومة السيد سعد الدين"),
      ("LEADS", BOURITA, MAFM, "وزير الشؤون الخارجية والتعاون"),
      ("LEADS", TRUMP, US, "الرئيس الأمريكي دونالد ترامب"),
      ],
     {"source": MAP, "published": "2020-12-22"}),

    ("enOW5_western_sahara_envoys_brief", "en",
     "Western Sahara: New Envoy, Old Deadlock\n"
     "Brief | Maghreb Programme | 14 February 2022\n"
     "When Staffan de Mistura landed in Rabat on 13 January, the Swedish-Italian diplomat began the first "
     "regional tour by a UN personal envoy for Western Sahara in almost three years. He was appointed in "
     "October 2021 to succeed Horst Köhler, the former German president, who resigned in May 2019 citing health "
     "reasons; the post had been vacant for 29 months. Köhler himself had taken over from the American "
     "diplomat Christopher Ross in August 2017.\n"
     "In Rabat, de Mistura met Foreign Minister Nasser Bourita, who restated that autonomy under Moroccan "
     "sovereignty is \"the only solution\". He then travelled to the camps near Tindouf, where he was received "
     "by Brahim Ghali, the Polisario Front's secretary-general, before holding talks in Nouakchott with "
     "Mauritanian Foreign Minister Ismail Ould Cheikh Ahmed and in Algiers with Ramtane Lamamra.\n"
     "Ghali has led the Front since July 2016, when an extraordinary congress elected him to succeed Mohamed "
     "Abdelaziz, who had led the movement for four decades and died that May. Ghali's hospitalisation in Spain "
     "in April 2021 triggered a crisis between Rabat and Madrid.\n"
     "A request for an audience with King Mohammed VI was not granted, diplomats say, and a visit by the envoy "
     "to Laayoune was postponed.",
     [("SUCCESSOR_OF", DEMISTURA, KOHLER, "to succeed Horst Köhler", "2021-10-06"),
      ("SUCCESSOR_OF", KOHLER, ROSS, "had taken over from the American", "2017-08-16"),
      ("VISITED", DEMISTURA, RABAT, "landed in Rabat on 13 January", "2022-01-13"),
      ("MET_WITH", DEMISTURA, BOURITA, "de Mistura met Foreign Minister", "2022-01-13"),
      ("LEADS", BOURITA, MAFM, "Foreign Minister Nasser Bourita"),
      ("VISITED", DEMISTURA, TINDOUF, "travelled to the camps near Tindouf"),
      ("MET_WITH", DEMISTURA, GHALI, "where he was received by Brahim Ghali"),
      ("LEADS", GHALI, POLISARIO, "the Polisario Front's secretary-general"),
      ("MET_WITH", DEMISTURA, OCA, "holding talks in Nouakchott with"),
      ("LEADS", OCA, MRFM, "Mauritanian Foreign Minister Ismail"),
      ("MET_WITH", DEMISTURA, LAMAMRA, "in Algiers with Ramtane Lamamra"),
      ("SUCCESSOR_OF", GHALI, ABDELAZIZ, "elected him to succeed Mohamed", "2016-07-09"),
      ("LEADS", ABDELAZIZ, POLISARIO, "who had led the movement for four decades"),
      ],
     {"source": BRIEF, "published": "2022-02-14"}),

    ("arOW6_tebboune_tunis_visit_khabar", "ar",
     "تبون في تونس: قمة \"الأخوة\" بقرطاج و27 اتفاقية وقرض بـ300 مليون دولار\n"
     "تونس: مبعوث \"الخبر\"\n"
     "حلّ رئيس الجمهورية عبد المجيد تبون، أمس، بتونس في زيارة دولة تدوم يومين هي الأولى له منذ انتخابه، حيث "
     "كان في استقباله بمطار تونس قرطاج الدولي الرئيس قيس سعيّد.\n"
     "وعقد الرئيسان بقصر قرطاج لقاءً على انفراد (تيت-آ-تيت)، توسع بعده إلى جلسة عمل بحضور وفدي البلدين، من "
     "بينهم وزير الخارجية رمطان لعمامرة ونظيره التونسي عثمان الجرندي.\n"
     "وتوّجت المحادثات بالتوقيع على 27 اتفاقية ومذكرة تفاهم، فيما أعلن تبون عن قرض بقيمة 300 مليون دولار لفائدة "
     "الخزينة التونسية.\n"
     "وفي المساء، استقبل الرئيس تبون بمقر إقامته رئيسة الحكومة نجلاء بودن، التي أكدت \"تطابق وجهات النظر\" "
     "بين البلدين.\n"
     "ولم يلتقِ الرئيس تبون، خلافاً لما روّجته بعض الصفحات، رئيس حركة النهضة راشد الغنوشي.\n"
     "وعلمت \"الخبر\" من مصدر دبلوماسي أن القمة الثلاثية التي كان مقرراً أن تجمع الرئيسين برئيس المجلس الرئاسي "
     "الليبي محمد المنفي، أُجّلت إلى موعد لاحق بسبب الوضع في ليبيا.",
     [("VISITED", TEBBOUNE, TUNISIA, "بتونس في زيارة دولة", "2021-12-15"),
      ("LEADS", TEBBOUNE, ALGERIA, "حلّ رئيس الجمهورية عبد المجيد تبون"),
      ("MET_WITH", SAIED, TEBBOUNE, "وعقد الرئيسان بقصر قرطاج", "2021-12-15"),
      ("LEADS", SAIED, TUNISIA, "الدولي الرئيس قيس سعيّد"),
      ("MET_WITH", LAMAMRA, SAIED, "وزير الخارجية رمطان لعمامرة", "2021-12-15"),
      ("MET_WITH", LAMAMRA, TEBBOUNE, "بحضور وفدي البلدين", "2021-12-15"),
      ("MET_WITH", JERANDI, SAIED, "ونظيره التونسي عثمان الجرندي", "2021-12-15"),
      ("MET_WITH", JERANDI, TEBBOUNE, "توسع بعده إلى جلسة عمل", "2021-12-15"),
      ("MET_WITH", LAMAMRA, JERANDI, "من بينهم وزير الخارجية", "2021-12-15"),
      ("LEADS", LAMAMRA, DZFM, "بينهم وزير الخارجية رمطان"),
      ("LEADS", JERANDI, TNFM, "التونسي عثمان الجرندي"),
      ("MET_WITH", TEBBOUNE, BOUDEN, "استقبل الرئيس تبون بمقر إقامته", "2021-12-15"),
      ("LEADS", BOUDEN, TUNISIA, "رئيسة الحكومة نجلاء بودن"),
      ("LEADS", RGHANNOUCHI, ENNAHDA, "رئيس حركة النهضة راشد الغنوشي"),
      ("LEADS", MENFI, LYPC, "برئيس المجلس الرئاسي"),
      ],
     {"source": KHABAR, "published": "2021-12-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOW")
