"""Blind set RW: the Palestinian leadership and Israel 1988-1999 (first folder of RW-RX): the killing of
Khalil al-Wazir (Abu Jihad) at his home in Tunis (April 1988) and Arafat's reception at Carthage, the
killing of Salah Khalaf (Abu Iyad), Hayel Abdel Hamid and Fakhri al-Omari in Carthage by a bodyguard
(January 1991), the initialling of the Oslo accord in Oslo (August 1993), Arafat's condolence visit to
Leah Rabin after Yigal Amir shot Yitzhak Rabin and Shimon Peres's designation (November 1995), the failed
Mossad poisoning of Khaled Mashal in Amman and Sheikh Ahmed Yassin's release (September-October 1997), and
King Abdullah II's reception of Arafat after King Hussein's death (February 1999), as a US wire writes it
in English (AP-like: "TUNIS, Tunisia (AP) -", "nom de guerre"), the PLO's news agency in Arabic (WAFA-like,
Tunis years: "تونس 15-1 (وفا) -", "الأخ القائد العام"), a British wire in English (Reuters-like:
"OSLO, Sept 1 (Reuters) -", "Palestine Liberation Organisation"), a Jerusalem Arabic daily (Al-Quds-like:
"القدس - «القدس» -"), an Israeli English daily (Jerusalem Post-like: "Binyamin Netanyahu", "yesterday")
and Jordan's state agency in Arabic (Petra-like: "عمان 10 شباط (بترا) -", "جلالة الملك", "المغفور له").
Pieces: Abu Jihad shot dead by a squad the PLO says was Israel's, Arafat received by Ben Ali with Abu Iyad
present (English, RW1); Abu Iyad, Abu al-Hol and al-Omari shot by the bodyguard Hamza Abu Zeid, Arafat
receives the Tunisian foreign minister with Kaddoumi present (Arabic, RW2); Savir and Abu Alaa initial the
accord in the presence of Peres, Holst and Roed-Larsen, Peres and Holst brief Christopher (English, RW3);
Arafat visits Leah Rabin with Tibi, Rabin shot by Yigal Amir, Peres charged with forming the government to
succeed Rabin (Arabic, RW4); the failed attempt on Mashal, Netanyahu received by Crown Prince Hassan,
Halevy meets King Hussein, King Hussein and Arafat visit Yassin (English, RW5); Abdullah II receives Arafat
with Tarawneh and Abbas present, Abdullah II succeeds his father and had replaced Prince Hassan as crown
prince, meets Clinton and Mubarak separately (Arabic, RW6).
Excluded on purpose (no relation): the PLO's accusation of the Mossad, Shamir's office declining comment,
Assad's agreement to the burial (RW1); the Abu Nidal group, "previously accused" by the PLO, Mubarak's
condolence call, Abu Iyad as "the second man" after Abu Jihad's death (no post taken over) (RW2); Holst's
telephone calls with Arafat and Peres, Arafat's expected meeting with Mubarak (RW3); the leaders at Rabin's
funeral (a funeral is not a meeting; Arafat did not attend), a possible Arafat-Peres meeting next week
(RW4); the failed poisoning (no killing), King Hussein's refusal to receive Netanyahu, Hussein's earlier
warning to Netanyahu (not stated as a meeting), Halevy "mentioned as a possible successor" to Yatom (RW5);
Gaddafi's telephone call (RW6).
Judgement calls: the initialling's principals are Savir and Qurei; Peres ("watched as"), Holst and
Roed-Larsen ("were also present") are attendees, each paired with both principals and, being present
together, with each other (RW3; the majority's convention in dev gold); "was briefed by Peres and Holst"
is one meeting of the three (RW3); "was received at Carthage Palace by" is a meeting, "attended the
meeting" makes Abu Iyad an attendee paired with Arafat and Ben Ali (RW1); «بحضور» Kaddoumi: paired with
Arafat and Ben Yahia (RW2); «ورافق الرئيس عرفات في الزيارة مستشاره» is an attendee paired with Arafat and
Leah Rabin (RW4); a condolence visit at a widow's home is a meeting (RW4); "called on the sheikh at the
hospital" and "visited him at" are meetings (RW5); the two attendees of RW6 («الذي حضره» Tarawneh, «وحضر
اللقاء عن الجانب الفلسطيني» Abbas) are paired with both principals and with each other; «كلاً على حدة»
makes two separate meetings, Clinton and Mubarak not paired (RW6); a gunman named by the outlet is the
agent of an assassination (RW2 Hamza Abu Zeid, RW4 Yigal Amir), each named victim paired with him (RW2);
«كلّف ... بتشكيل الحكومة الجديدة خلفاً لرابين» is a succession (RW4); «ولياً للعهد بدلاً من عمه» is a
succession in the crown prince's post (RW6); a prime minister LEADS the country (as NK); "Hamas political
bureau chief" LEADS Hamas (RW5); "the mastermind of the uprising" is no LEADS (RW1).
Filled in for the exercise: Arafat's reception at Carthage the same day and Abu Iyad's presence, Assad's
agreement (RW1); Arafat's reception of Ben Yahia with Kaddoumi, Mubarak's call, the investigators'
account of the confession (RW2); Peres's meeting with the delegation after the initialling, the wording
of the officials (RW3); Tibi as Arafat's companion, the possible meeting with Peres (RW4); the wording of
the criticism, the order of Halevy's meetings, the date of Arafat's hospital visit (RW5); the attendees of
the Basman meeting, the sideline meetings with Clinton and Mubarak, Gaddafi's call (RW6).
Spellings: "Khalil al-Wazir", "Abu Jihad", "Intissar", "Zine El Abidine Ben Ali", "Hafez Assad" (RW1);
«أبو إياد»، «أبو الهول»، «أبو عمار»، «أبو اللطف»، «الحبيب بن يحيى» (RW2); "Ahmed Qurei, known as
Abu Alaa", "Johan Joergen Holst", "Terje Roed-Larsen" (RW3); «إسحق رابين»، «يغآل عمير»، «شمعون بيرس»،
«عيزر فايتسمان»، «ليئا رابين» (RW4); "Binyamin Netanyahu", "Khaled Mashaal", "Sheikh Ahmed Yassin" (RW5);
«عبدالله الثاني»، «الحسين بن طلال»، «أبو مازن»، «فايز الطراونة» (RW6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_rx import ALL  # noqa: E402

HERE = Path(__file__).parent

PALESTINE, ISRAEL, JORDAN, EGYPT, TUNISIA, SYRIA, USA = (
    "country:palestine", "country:israel", "country:jordan", "country:egypt", "country:tunisia", "country:syria",
    "country:united-states")
PLO, FATAH, HAMAS, ANO, MOSSAD = ("organization:plo", "organization:fatah", "organization:hamas",
                                  "organization:abu-nidal-organization", "organization:mossad")
ARAFAT, ABBAS, QUREI, WAZIR, KHALAF, ABULHOL, OMARI, ABUZEID, KADDOUMI, TIBI = (
    "person:yasser-arafat", "person:mahmoud-abbas", "person:ahmed-qurei", "person:khalil-al-wazir",
    "person:salah-khalaf", "person:hayel-abdel-hamid", "person:fakhri-al-omari", "person:hamza-abu-zeid",
    "person:farouk-kaddoumi", "person:ahmad-tibi")
YASSIN, MASHAL = "person:ahmed-yassin", "person:khaled-mashal"
RABIN, LEAH, PERES, AMIR, WEIZMAN, SHAMIR, SAVIR, NETANYAHU, YATOM, HALEVY = (
    "person:yitzhak-rabin", "person:leah-rabin", "person:shimon-peres", "person:yigal-amir", "person:ezer-weizman",
    "person:yitzhak-shamir", "person:uri-savir", "person:benjamin-netanyahu", "person:danny-yatom",
    "person:efraim-halevy")
MUBARAK, HUSSEIN, ABDULLAH, HASSAN, TARAWNEH, BENALI, BENYAHIA, ASSAD = (
    "person:hosni-mubarak", "person:hussein-bin-talal", "person:abdullah-ii", "person:hassan-bin-talal",
    "person:fayez-tarawneh", "person:zine-el-abidine-ben-ali", "person:habib-ben-yahia", "person:hafez-al-assad")
CLINTON, CHRISTOPHER, HOLST, LARSEN = ("person:bill-clinton", "person:warren-christopher",
                                       "person:johan-jorgen-holst", "person:terje-rod-larsen")

AP = "blind set (US news wire, English, AP-like)"
WAFA = "blind set (PLO news agency, Arabic, WAFA-like, Tunis years)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
ALQUDS = "blind set (Jerusalem daily, Arabic, Al-Quds-like)"
JPOST = "blind set (Israeli daily, English, Jerusalem Post-like)"
PETRA = "blind set (Jordanian state news agency, Arabic, Petra-like)"

ARTICLES = [
    ("enRW1_abu_jihad_killed_tunis_ap", "en",
     "PLO military chief Abu Jihad slain at his home in Tunis\n"
     "TUNIS, Tunisia (AP) - Khalil al-Wazir, the PLO's military commander and Yasser Arafat's top deputy, was shot "
     "dead early Saturday at his villa in the seaside suburb of Sidi Bou Said by a squad of gunmen who burst into "
     "the house and fled in waiting cars, the Palestine Liberation Organization said.\n"
     "Al-Wazir, 52, better known by his nom de guerre Abu Jihad, was a founder of Arafat's Fatah movement and was "
     "regarded as the mastermind of the Palestinian uprising in the Israeli-occupied West Bank and Gaza Strip. His "
     "wife, Intissar, and their young son witnessed the attack.\n"
     "The PLO accused Israel's Mossad spy agency of carrying out the killing. In Jerusalem, Prime Minister Yitzhak "
     "Shamir's office declined to comment, and an army spokesman said Israel \"does not respond to foreign "
     "reports.\"\n"
     "Arafat, who was in Baghdad when the attack took place, flew to Tunis in the afternoon and was received at "
     "Carthage Palace by President Zine El Abidine Ben Ali, who condemned \"this cowardly act of aggression against "
     "Tunisian sovereignty.\" Salah Khalaf, the PLO's security chief known as Abu Iyad, attended the meeting, a "
     "PLO official said.\n"
     "Tunisia said it would lodge a complaint with the U.N. Security Council. The PLO said Abu Jihad would be "
     "buried in Damascus after Syrian President Hafez Assad agreed to a request by the family.",
     [("MEMBER_OF", WAZIR, PLO, "the PLO's military commander"),
      ("MEMBER_OF", WAZIR, FATAH, "was a founder of Arafat's Fatah movement"),
      ("LEADS", SHAMIR, ISRAEL, "Prime Minister Yitzhak Shamir's office"),
      ("MET_WITH", ARAFAT, BENALI, "was received at Carthage Palace by President", "1988-04-16"),
      ("LEADS", BENALI, TUNISIA, "President Zine El Abidine Ben Ali"),
      ("MET_WITH", KHALAF, ARAFAT, "attended the meeting, a PLO official said", "1988-04-16"),
      ("MET_WITH", KHALAF, BENALI, "known as Abu Iyad, attended the meeting", "1988-04-16"),
      ("MEMBER_OF", KHALAF, PLO, "the PLO's security chief"),
      ("LEADS", ASSAD, SYRIA, "Syrian President Hafez Assad"),
      ],
     {"source": AP, "published": "1988-04-16"}),

    ("arRW2_abu_iyad_killed_wafa", "ar",
     "استشهاد القادة أبو إياد وأبو الهول وأبو محمد العمري في تونس\n"
     "تونس 15-1 (وفا) - استشهد في ساعة متأخرة من مساء أمس عضو اللجنة المركزية لحركة فتح صلاح خلف «أبو إياد»، "
     "وعضو اللجنة المركزية للحركة هايل عبد الحميد «أبو الهول»، والأخ فخري العمري «أبو محمد»، في منزل أبو الهول "
     "بضاحية قرطاج، حين أطلق عليهم النار أحد عناصر الحراسة ويدعى حمزة أبو زيد.\n"
     "وأفاد مصدر أمني فلسطيني أن القاتل اعترف خلال التحقيق بانتمائه إلى جماعة أبو نضال، التي سبق أن اتهمتها "
     "قيادة المنظمة بتنفيذ عمليات اغتيال ضد كوادرها في الخارج.\n"
     "وكان أبو إياد يُعدّ الرجل الثاني في حركة فتح منذ استشهاد القائد خليل الوزير «أبو جهاد» في نيسان 1988.\n"
     "واستقبل الأخ أبو عمار، رئيس اللجنة التنفيذية لمنظمة التحرير الفلسطينية، ظهر اليوم في مقره بتونس، وزير "
     "الخارجية التونسي الحبيب بن يحيى، الذي نقل إليه تعازي الرئيس زين العابدين بن علي، وذلك بحضور رئيس الدائرة "
     "السياسية للمنظمة فاروق القدومي «أبو اللطف».\n"
     "وأكد الجانبان أن يد الغدر لن تنال من مسيرة الثورة الفلسطينية.\n"
     "من جهته، أجرى الرئيس المصري حسني مبارك اتصالاً هاتفياً بالأخ القائد العام معزياً باستشهاد القادة الثلاثة.\n"
     "ومن المقرر أن تُشيَّع جثامين الشهداء غداً في تونس قبل نقلها إلى مثواها الأخير.",
     [("MEMBER_OF", KHALAF, FATAH, "عضو اللجنة المركزية لحركة فتح صلاح"),
      ("ASSASSINATED_BY", KHALAF, ABUZEID, "حين أطلق عليهم النار أحد عناصر الحراسة", "1991-01-14"),
      ("ASSASSINATED_BY", ABULHOL, ABUZEID, "ويدعى حمزة أبو زيد", "1991-01-14"),
      ("ASSASSINATED_BY", OMARI, ABUZEID, "والأخ فخري العمري «أبو محمد»", "1991-01-14"),
      ("MEMBER_OF", ABULHOL, FATAH, "وعضو اللجنة المركزية للحركة هايل"),
      ("MEMBER_OF", ABUZEID, ANO, "بانتمائه إلى جماعة أبو نضال"),
      ("LEADS", ARAFAT, PLO, "رئيس اللجنة التنفيذية لمنظمة التحرير الفلسطينية، ظهر"),
      ("MET_WITH", ARAFAT, BENYAHIA, "وزير الخارجية التونسي الحبيب بن يحيى", "1991-01-15"),
      ("MET_WITH", KADDOUMI, ARAFAT, "وذلك بحضور رئيس الدائرة", "1991-01-15"),
      ("MET_WITH", KADDOUMI, BENYAHIA, "السياسية للمنظمة فاروق القدومي", "1991-01-15"),
      ("LEADS", BENALI, TUNISIA, "تعازي الرئيس زين العابدين بن علي"),
      ("LEADS", MUBARAK, EGYPT, "الرئيس المصري حسني مبارك"),
      ],
     {"source": WAFA, "published": "1991-01-15"}),

    ("enRW3_oslo_initialling_reuters", "en",
     "Norway hosted secret Israel-PLO talks that produced self-rule accord\n"
     "OSLO, Sept 1 (Reuters) - Israel and the Palestine Liberation Organisation secretly initialled their draft "
     "accord on Palestinian self-rule in Gaza and Jericho at a government guest house in Oslo in the early hours "
     "of August 20, Norwegian officials said on Wednesday.\n"
     "Israeli Foreign Minister Shimon Peres, who was in Norway on what was billed as an official visit, watched as "
     "Uri Savir, director-general of his ministry, and PLO negotiator Ahmed Qurei, known as Abu Alaa, put their "
     "initials to the document. Norwegian Foreign Minister Johan Joergen Holst and Terje Roed-Larsen, the "
     "sociologist whose research institute served as cover for the talks, were also present.\n"
     "Peres then met the Palestinian delegation, the first such encounter between an Israeli cabinet minister "
     "and PLO officials, the officials said.\n"
     "Holst had brokered the final details days earlier in a series of telephone calls from Stockholm with PLO "
     "chairman Yasser Arafat in Tunis and with Peres, who was visiting Sweden.\n"
     "The negotiations, held in some 14 rounds since January, were kept secret even from Washington. Secretary "
     "of State Warren Christopher was briefed by Peres and Holst at Point Mugu in California last Friday.\n"
     "Prime Minister Yitzhak Rabin, who approved the talks, told reporters in Jerusalem he hoped the agreement "
     "would be signed in Washington. Arafat is expected to meet Egyptian President Hosni Mubarak in Cairo "
     "next week.",
     [("MET_WITH", SAVIR, QUREI, "put their initials to the document", "1993-08-20"),
      ("MEMBER_OF", QUREI, PLO, "PLO negotiator Ahmed Qurei"),
      ("MET_WITH", PERES, SAVIR, "watched as Uri Savir", "1993-08-20"),
      ("MET_WITH", PERES, QUREI, "Peres then met the Palestinian delegation", "1993-08-20"),
      ("MET_WITH", HOLST, SAVIR, "Norwegian Foreign Minister Johan Joergen Holst", "1993-08-20"),
      ("MET_WITH", HOLST, QUREI, "Terje Roed-Larsen, the sociologist", "1993-08-20"),
      ("MET_WITH", LARSEN, SAVIR, "were also present", "1993-08-20"),
      ("MET_WITH", LARSEN, QUREI, "served as cover for the talks", "1993-08-20"),
      ("MET_WITH", PERES, HOLST, "Holst and Terje", "1993-08-20"),
      ("MET_WITH", PERES, LARSEN, "whose research institute", "1993-08-20"),
      ("MET_WITH", HOLST, LARSEN, "Joergen Holst and", "1993-08-20"),
      ("LEADS", ARAFAT, PLO, "chairman Yasser Arafat in Tunis"),
      ("MET_WITH", CHRISTOPHER, PERES, "was briefed by Peres and Holst", "1993-08-27"),
      ("MET_WITH", CHRISTOPHER, HOLST, "at Point Mugu in California", "1993-08-27"),
      ("LEADS", CHRISTOPHER, "organization:us-state-department", "Secretary of State Warren Christopher"),
      ("LEADS", RABIN, ISRAEL, "Prime Minister Yitzhak Rabin, who approved"),
      ("LEADS", MUBARAK, EGYPT, "Egyptian President Hosni Mubarak"),
      ],
     {"source": REUTERS, "published": "1993-09-01"}),

    ("arRW4_arafat_condolence_leah_rabin_alquds", "ar",
     "عرفات يقدّم التعازي لأرملة رابين في تل أبيب\n"
     "القدس - «القدس» - قام الرئيس ياسر عرفات، مساء أمس، بزيارة هي الأولى من نوعها إلى تل أبيب، حيث قدّم التعازي "
     "إلى السيدة ليئا رابين، أرملة رئيس الوزراء الإسرائيلي الراحل إسحق رابين، في منزلها بشمال المدينة.\n"
     "ورافق الرئيس عرفات في الزيارة مستشاره الدكتور أحمد الطيبي، واستغرقت نحو نصف ساعة.\n"
     "وكان رابين قد اغتيل مساء السبت الماضي بثلاث رصاصات أطلقها عليه المتطرف اليهودي يغآل عمير، في ختام مهرجان "
     "خطابي مؤيد للسلام في ميدان ملوك إسرائيل.\n"
     "ولم يشارك الرئيس عرفات في جنازة رابين التي أقيمت في القدس يوم الاثنين لاعتبارات أمنية، فيما شارك فيها "
     "العاهل الأردني الملك حسين والرئيس المصري حسني مبارك والرئيس الأميركي بيل كلينتون.\n"
     "من جهة أخرى، كلّف الرئيس الإسرائيلي عيزر فايتسمان وزير الخارجية شمعون بيرس بتشكيل الحكومة الجديدة خلفاً "
     "لرابين، بعد أن تولى بيرس رئاسة الحكومة بالوكالة منذ ليلة الاغتيال.\n"
     "وقالت مصادر فلسطينية مطلعة إن لقاءً قد يُعقد بين الرئيس عرفات وبيرس الأسبوع المقبل لبحث استكمال "
     "إعادة الانتشار في مدن الضفة الغربية.",
     [("MET_WITH", ARAFAT, LEAH, "حيث قدّم التعازي", "1995-11-09"),
      ("LEADS", RABIN, ISRAEL, "رئيس الوزراء الإسرائيلي الراحل"),
      ("MET_WITH", TIBI, ARAFAT, "ورافق الرئيس عرفات في الزيارة مستشاره", "1995-11-09"),
      ("MET_WITH", TIBI, LEAH, "الدكتور أحمد الطيبي", "1995-11-09"),
      ("ASSASSINATED_BY", RABIN, AMIR, "أطلقها عليه المتطرف اليهودي يغآل عمير", "1995-11-04"),
      ("LEADS", HUSSEIN, JORDAN, "العاهل الأردني الملك حسين"),
      ("LEADS", MUBARAK, EGYPT, "والرئيس المصري حسني مبارك"),
      ("LEADS", CLINTON, USA, "والرئيس الأميركي بيل كلينتون"),
      ("LEADS", WEIZMAN, ISRAEL, "الرئيس الإسرائيلي عيزر فايتسمان"),
      ("SUCCESSOR_OF", PERES, RABIN, "بتشكيل الحكومة الجديدة خلفاً", "1995-11-05"),
      ],
     {"source": ALQUDS, "published": "1995-11-10"}),

    ("enRW5_mashal_amman_fiasco_jpost", "en",
     "Mossad chief under fire as Amman fiasco costs Israel Yassin's release\n"
     "JERUSALEM (October 7) - Prime Minister Binyamin Netanyahu came under mounting pressure yesterday to dismiss "
     "Mossad head Danny Yatom after the botched attempt on the life of Hamas political bureau chief Khaled Mashaal "
     "in Amman.\n"
     "Two Mossad agents carrying Canadian passports sprayed a poison into Mashaal's ear outside the Hamas office in "
     "the Jordanian capital on September 25. They were caught by Mashaal's bodyguard and handed to the Jordanian "
     "police. Mashaal survived thanks to an antidote that Israel was forced to hand over at King Hussein's "
     "insistence.\n"
     "The king, furious at an operation carried out in his capital, refused to receive the prime minister when "
     "he flew to Amman; Netanyahu was received instead by Crown Prince Hassan.\n"
     "It took Efraim Halevy, Israel's ambassador to the European Union and a former deputy head of the Mossad, to "
     "close the deal. Halevy met King Hussein twice, and the two men agreed that Israel would free Hamas founder "
     "Sheikh Ahmed Yassin in exchange for the two agents.\n"
     "Yassin was flown to Amman on October 1, where King Hussein visited him at the King Hussein Medical Center. "
     "Palestinian Authority Chairman Yasser Arafat called on the sheikh at the hospital a day later.\n"
     "Opposition leader Ehud Barak called the operation \"a failure of judgment.\" Halevy has been mentioned as a "
     "possible successor to Yatom.",
     [("LEADS", NETANYAHU, ISRAEL, "Prime Minister Binyamin Netanyahu came"),
      ("LEADS", YATOM, MOSSAD, "Mossad head Danny Yatom"),
      ("LEADS", MASHAL, HAMAS, "Hamas political bureau chief Khaled Mashaal"),
      ("MET_WITH", NETANYAHU, HASSAN, "Netanyahu was received instead by Crown Prince Hassan", "1997-09-28"),
      ("MET_WITH", HALEVY, HUSSEIN, "Halevy met King Hussein twice"),
      ("MEMBER_OF", YASSIN, HAMAS, "Hamas founder"),
      ("MET_WITH", HUSSEIN, YASSIN, "King Hussein visited him", "1997-10-01"),
      ("MET_WITH", ARAFAT, YASSIN, "called on the sheikh at the hospital", "1997-10-02"),
      ("LEADS", ARAFAT, PALESTINE, "Palestinian Authority Chairman Yasser Arafat"),
      ],
     {"source": JPOST, "published": "1997-10-07"}),

    ("arRW6_abdullah_receives_arafat_petra", "ar",
     "جلالة الملك يستقبل الرئيس عرفات\n"
     "عمان 10 شباط (بترا) - استقبل جلالة الملك عبدالله الثاني في قصر بسمان الزاهر اليوم الرئيس الفلسطيني ياسر "
     "عرفات، الذي نقل إلى جلالته تعازي الشعب الفلسطيني وقيادته بوفاة المغفور له بإذن الله جلالة الملك الحسين بن "
     "طلال.\n"
     "وجرى خلال اللقاء، الذي حضره رئيس الوزراء فايز الطراونة، بحث آخر مستجدات عملية السلام وسبل دعم الشعب "
     "الفلسطيني، وحضر اللقاء عن الجانب الفلسطيني أمين سر اللجنة التنفيذية لمنظمة التحرير محمود عباس «أبو مازن».\n"
     "وأكد جلالته أن الأردن سيبقى على عهده في دعم الأشقاء الفلسطينيين حتى إقامة دولتهم المستقلة.\n"
     "وكان جلالة الملك عبدالله الثاني قد أدى اليمين الدستورية أمام مجلس الأمة يوم الأحد الماضي ملكاً للمملكة "
     "الأردنية الهاشمية خلفاً لوالده الراحل، بعد أن أصدر الملك الحسين في الخامس والعشرين من الشهر الماضي إرادة "
     "ملكية بتعيينه ولياً للعهد بدلاً من عمه الأمير الحسن بن طلال.\n"
     "والتقى جلالته على هامش مراسم التشييع الرئيس الأميركي بيل كلينتون والرئيس المصري محمد حسني مبارك، كلاً على "
     "حدة.\n"
     "وتلقى جلالته اتصالاً هاتفياً من الزعيم الليبي معمر القذافي قدّم خلاله التعازي.",
     [("MET_WITH", ABDULLAH, ARAFAT, "الرئيس الفلسطيني ياسر", "1999-02-10"),
      ("LEADS", ARAFAT, PALESTINE, "اليوم الرئيس الفلسطيني"),
      ("MET_WITH", TARAWNEH, ABDULLAH, "الذي حضره رئيس الوزراء", "1999-02-10"),
      ("MET_WITH", TARAWNEH, ARAFAT, "فايز الطراونة، بحث", "1999-02-10"),
      ("LEADS", TARAWNEH, JORDAN, "رئيس الوزراء فايز الطراونة"),
      ("MET_WITH", ABBAS, ABDULLAH, "وحضر اللقاء عن الجانب الفلسطيني", "1999-02-10"),
      ("MET_WITH", ABBAS, ARAFAT, "أمين سر اللجنة التنفيذية", "1999-02-10"),
      ("MET_WITH", ABBAS, TARAWNEH, "محمود عباس «أبو مازن»", "1999-02-10"),
      ("MEMBER_OF", ABBAS, PLO, "أمين سر اللجنة التنفيذية لمنظمة التحرير محمود"),
      ("SUCCESSOR_OF", ABDULLAH, HUSSEIN, "خلفاً لوالده الراحل", "1999-02-07"),
      ("SUCCESSOR_OF", ABDULLAH, HASSAN, "ولياً للعهد بدلاً من عمه", "1999-01-25"),
      ("MET_WITH", ABDULLAH, CLINTON, "الرئيس الأميركي بيل كلينتون", "1999-02-08"),
      ("MET_WITH", ABDULLAH, MUBARAK, "والرئيس المصري محمد حسني مبارك", "1999-02-08"),
      ("LEADS", CLINTON, USA, "الأميركي بيل كلينتون والرئيس"),
      ("LEADS", MUBARAK, EGYPT, "المصري محمد حسني"),
      ],
     {"source": PETRA, "published": "1999-02-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRW")
