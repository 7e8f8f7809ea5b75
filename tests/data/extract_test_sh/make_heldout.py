"""Blind set SH: Tunisia, 2011-2019 (second folder of SG-SH): Ben Ali's flight and Fouad Mebazaa's interim
presidency (January 2011), Moncef Marzouki's election and the designation of Hamadi Jebali (December 2011),
the US strike in Raqqa that killed Boubaker al-Hakim, who had claimed the killings of Chokri Belaid and
Mohamed Brahmi (December 2016), the assassination of Mohamed Brahmi (July 2013), Beji Caid Essebsi's funeral
and Mohamed Ennaceur's reception of foreign leaders (July 2019), Kais Saied's swearing-in and handover at
Carthage (October 2019), as a British wire writes it in English (Reuters-like: "TUNIS, Jan 15 (Reuters) -"),
the Tunisian state agency in Arabic (TAP-like: "قرطاج (وات) -"), a US wire in English (AP-like:
"WASHINGTON (AP) —"), a French TV site in Arabic (France 24 Arabic-like: "فبراير/شباط", "أ ف ب"), the
Tunisian state agency's English service (TAP/La Presse-like: "Interim President of the Republic", "Head of
Government") and a Qatari TV site in Arabic (Al Jazeera Net-like: "يوليو/تموز", "الجزيرة نت").
Pieces: Mebazaa sworn in, replacing Ben Ali; Prime Minister Mohamed Ghannouchi had assumed the president's
powers; Mebazaa meets Ghannouchi (English, SH1); Marzouki, who took over from Mebazaa, designates Jebali in
Ben Jaafar's presence, Jebali to succeed Essebsi, Marzouki later receives Rached Ghannouchi (Arabic, SH2); a
US airstrike kills al-Hakim, who claimed the killings of Belaid and Brahmi; Laarayedh replaces Jebali
(English, SH3); Brahmi killed by unknown gunmen, Marzouki receives Brahmi's widow (Arabic, SH4); Ennaceur,
sworn in after Essebsi's death, receives Macron with Sarkozy, then Bensalah and Tamim separately in Chahed's
presence (English, SH5); Saied succeeds Ennaceur and is received by him at Carthage in Chahed's presence;
Ennaceur had taken over after Essebsi's death (Arabic, SH6).
Excluded on purpose (no relation): Rached Ghannouchi's planned return from London, the Saudi welcome of Ben
Ali (SH1); Tunisian authorities blaming Ansar al-Sharia (SH3); the family's accusation against Ennahda,
Ben Jeddou naming al-Hakim as the suspect, Belaid killed with no stated agent, the postponed meeting with
Abbassi (SH4); Sarraj and the other guests who attended the funeral (SH5); the phone call from Bensalah, the
expected meeting with Rached Ghannouchi (SH6).
Judgement calls: "had announced ... that he was temporarily assuming the president's powers" is a succession
(Mohamed Ghannouchi -> Ben Ali) (SH1); "خلفا للرئيس المؤقت ... الذي استقبله" is both a succession and a
meeting (SH2); "من المنتظر أن يخلف الجبالي الوزير الأول" of the designated premier is a succession
(as "named to replace") (SH2); "لقاء جمعهما ... بحضور" pairs the attendee with both (SH2); a claim of responsibility gives
victim -> the claimant (SH3: "claimed in a 2014 video that he had killed"); "a U.S. airstrike killed" ->
country:united-states (SH3); "accompanied by former President Nicolas Sarkozy" pairs Sarkozy with the host
and with Macron (the attendee convention) (SH5); "separately, in the presence of" pairs Chahed with the host
and each guest, the two guests not with each other (SH5); "sworn in as interim President ... after Essebsi
died" is a succession (SH5); a secretary-general of a party is MEMBER_OF it, its president LEADS it; a head
of government LEADS the country.
Filled in for the exercise: Mebazaa's meeting with Mohamed Ghannouchi and its place (SH1); Ben Jaafar's
presence, the hour of Rached Ghannouchi's reception (SH2); Cook's wording (SH3); the reception of the widow,
the postponed meeting with Abbassi (SH4); the order of the receptions, Chahed's presence (SH5); Chahed's
presence at the handover, the call from Bensalah (SH6).
Spellings: "Zine al-Abidine Ben Ali", "Fouad Mebazaa" (SH1); "محمد المنصف المرزوقي", "حمادي الجبالي", "فؤاد
المبزع" (SH2); "Boubaker al-Hakim", "Chokri Belaid", "Mohammed Brahmi", "Ali Larayedh" (SH3); "محمد
البراهمي", "علي العريض", "أبو بكر الحكيم" (SH4); "Mohamed Ennaceur", "Beji Caid Essebsi", "Sheikh Tamim
bin Hamad Al Thani" (SH5); "قيس سعيد", "محمد الناصر", "الباجي قائد السبسي" (SH6).
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

TUNISIA, FRANCE, QATAR, ALGERIA, US = (
    "country:tunisia", "country:france", "country:qatar", "country:algeria", "country:united-states")
ENNAHDA, ARP, NCA, POPCUR, UGTT, IS, DOD = (
    "organization:ennahda", "organization:tunisian-parliament", "organization:tunisian-national-constituent-assembly",
    "organization:tunisian-popular-current", "organization:ugtt", "organization:islamic-state",
    "organization:us-department-of-defense")
BENALI, MEBAZAA, MGHANNOUCHI, MARZOUKI, RGHANNOUCHI, JEBALI, LAARAYEDH, BENJAAFAR = (
    "person:zine-el-abidine-ben-ali", "person:fouad-mebazaa", "person:mohamed-ghannouchi", "person:moncef-marzouki",
    "person:rached-ghannouchi", "person:hamadi-jebali", "person:ali-laarayedh", "person:mustapha-ben-jaafar")
ESSEBSI, ENNACEUR, SAIED, CHAHED = (
    "person:beji-caid-essebsi", "person:mohamed-ennaceur", "person:kais-saied", "person:youssef-chahed")
BELAID, BRAHMI, MBARKA, BENJEDDOU, ABBASSI, HAKIM = (
    "person:chokri-belaid", "person:mohamed-brahmi", "person:mbarka-brahmi", "person:lotfi-ben-jeddou",
    "person:houcine-abbassi", "person:boubaker-al-hakim")
MACRON, SARKOZY, BENSALAH, TAMIM, COOK = (
    "person:emmanuel-macron", "person:nicolas-sarkozy", "person:abdelkader-bensalah",
    "person:tamim-bin-hamad-al-thani", "person:peter-cook")

REUTERS = "blind set (British news wire, English, Reuters-like)"
TAP_AR = "blind set (Tunisian state news agency, Arabic, TAP-like)"
AP = "blind set (US news wire, English, AP-like)"
F24 = "blind set (French TV news site, Arabic, France 24 Arabic-like)"
TAP_EN = "blind set (Tunisian state news agency, English service, TAP/La Presse-like)"
AJA = "blind set (Qatari TV news site, Arabic, Al Jazeera Net-like)"

ARTICLES = [
    ("enSH1_ben_ali_flees_mebazaa_reuters", "en",
     "Tunisia swears in speaker as interim president after Ben Ali flees\n"
     "TUNIS, Jan 15 (Reuters) - Parliament speaker Fouad Mebazaa was sworn in as Tunisia's interim president "
     "on Saturday, replacing Zine al-Abidine Ben Ali, who fled to Saudi Arabia after 23 years in power and a "
     "month of street protests.\n"
     "The Constitutional Council declared the presidency permanently vacant, ending a brief arrangement under "
     "which Prime Minister Mohamed Ghannouchi had announced on Friday night on state television that he was "
     "temporarily assuming the president's powers.\n"
     "Mebazaa, 77, met Ghannouchi at the Carthage palace after taking the oath and asked him to form a "
     "national unity government that would include the opposition.\n"
     "The Saudi royal court said it had welcomed Ben Ali and his family \"out of concern for the exceptional "
     "circumstances facing the brotherly Tunisian people\".\n"
     "In London, Rached Ghannouchi, the exiled leader of the banned Islamist movement Ennahda, told Reuters he "
     "was preparing to return home after more than two decades abroad.\n"
     "Looting and gunfire were reported overnight in several Tunis suburbs.",
     [("SUCCESSOR_OF", MEBAZAA, BENALI, "replacing Zine al-Abidine Ben Ali", "2011-01-15"),
      ("SUCCESSOR_OF", MGHANNOUCHI, BENALI, "temporarily assuming the president's powers", "2011-01-14"),
      ("LEADS", MGHANNOUCHI, TUNISIA, "Prime Minister Mohamed Ghannouchi had"),
      ("MET_WITH", MEBAZAA, MGHANNOUCHI, "met Ghannouchi at the Carthage palace", "2011-01-15"),
      ("LEADS", RGHANNOUCHI, ENNAHDA, "the exiled leader of the banned Islamist movement"),
      ],
     {"source": REUTERS, "published": "2011-01-15"}),

    ("arSH2_marzouki_jebali_tap", "ar",
     "رئيس الجمهورية يكلف حمادي الجبالي بتشكيل الحكومة\n"
     "قرطاج (وات) - كلف رئيس الجمهورية محمد المنصف المرزوقي، اليوم الأربعاء، الأمين العام لحركة النهضة "
     "حمادي الجبالي بتشكيل الحكومة الجديدة، وذلك إثر لقاء جمعهما بقصر قرطاج، بحضور رئيس المجلس الوطني "
     "التأسيسي مصطفى بن جعفر.\n"
     "وأكد الجبالي، في تصريح إعلامي عقب اللقاء، أنه سيشرع في مشاورات تشكيل الحكومة التي سيعرضها على "
     "المجلس لنيل الثقة، مشيرا إلى أن الأولوية ستكون للتشغيل والتنمية الجهوية.\n"
     "ومن المنتظر أن يخلف الجبالي الوزير الأول الباجي قائد السبسي على رأس الحكومة.\n"
     "وكان المرزوقي قد تسلم مهامه أمس الثلاثاء خلفا للرئيس المؤقت فؤاد المبزع، الذي استقبله بقصر قرطاج في "
     "موكب رسمي لتسليم السلطة، بعد انتخابه من قبل المجلس التأسيسي بأغلبية 153 صوتا.\n"
     "واستقبل رئيس الجمهورية في وقت لاحق من اليوم رئيس حركة النهضة راشد الغنوشي، وتناول اللقاء الوضع العام "
     "بالبلاد.",
     [("MET_WITH", MARZOUKI, JEBALI, "إثر لقاء جمعهما بقصر قرطاج", "2011-12-14"),
      ("MET_WITH", BENJAAFAR, MARZOUKI, "بحضور رئيس المجلس الوطني", "2011-12-14"),
      ("MET_WITH", BENJAAFAR, JEBALI, "التأسيسي مصطفى بن جعفر", "2011-12-14"),
      ("LEADS", BENJAAFAR, NCA, "رئيس المجلس الوطني التأسيسي مصطفى"),
      ("LEADS", MARZOUKI, TUNISIA, "كلف رئيس الجمهورية محمد المنصف"),
      ("MEMBER_OF", JEBALI, ENNAHDA, "الأمين العام لحركة النهضة"),
      ("SUCCESSOR_OF", JEBALI, ESSEBSI, "أن يخلف الجبالي الوزير الأول", "2011-12-24"),
      ("SUCCESSOR_OF", MARZOUKI, MEBAZAA, "خلفا للرئيس المؤقت فؤاد", "2011-12-13"),
      ("MET_WITH", MEBAZAA, MARZOUKI, "الذي استقبله بقصر قرطاج", "2011-12-13"),
      ("MET_WITH", MARZOUKI, RGHANNOUCHI, "في وقت لاحق من اليوم رئيس حركة", "2011-12-14"),
      ("LEADS", RGHANNOUCHI, ENNAHDA, "رئيس حركة النهضة راشد"),
      ],
     {"source": TAP_AR, "published": "2011-12-14"}),

    ("enSH3_hakim_killed_raqqa_ap", "en",
     "Pentagon: US airstrike killed Tunisian militant behind 2013 assassinations\n"
     "WASHINGTON (AP) — A U.S. airstrike in Raqqa, Syria, killed Boubaker al-Hakim, a French-Tunisian Islamic "
     "State operative linked to attacks in France and Tunisia, the Pentagon said Saturday.\n"
     "Pentagon press secretary Peter Cook said the Nov. 26 strike targeted al-Hakim, whom he described as a "
     "senior external operations plotter for the group, and that his death would \"degrade ISIL's ability to "
     "conduct further attacks\".\n"
     "Al-Hakim, also known as Abu Muqatil al-Tunisi, claimed in a 2014 video that he had killed leftist leader "
     "Chokri Belaid in February 2013 and opposition lawmaker Mohammed Brahmi that July. Tunisian authorities had "
     "long blamed the Ansar al-Sharia group for both killings.\n"
     "Belaid's assassination outside his home in Tunis plunged the country into its worst political crisis "
     "since the 2011 revolution and led Prime Minister Hamadi Jebali, of the Islamist Ennahda party, to "
     "resign. He was replaced by Interior Minister Ali Larayedh, who stepped down in turn in January 2014.\n"
     "Al-Hakim grew up in Paris and had been jailed in France for helping send fighters to Iraq.",
     [("ASSASSINATED_BY", HAKIM, US, "A U.S. airstrike in Raqqa, Syria, killed", "2016-11-26"),
      ("MEMBER_OF", HAKIM, IS, "a French-Tunisian Islamic State operative"),
      ("ASSASSINATED_BY", BELAID, HAKIM, "claimed in a 2014 video that he had killed", "2013-02-06"),
      ("ASSASSINATED_BY", BRAHMI, HAKIM, "opposition lawmaker Mohammed Brahmi that July", "2013-07-25"),
      ("LEADS", JEBALI, TUNISIA, "Prime Minister Hamadi Jebali"),
      ("MEMBER_OF", JEBALI, ENNAHDA, "of the Islamist Ennahda party"),
      ("SUCCESSOR_OF", LAARAYEDH, JEBALI, "He was replaced by Interior Minister", "2013-03-13"),
      ("MEMBER_OF", COOK, DOD, "Pentagon press secretary Peter Cook"),
      ],
     {"source": AP, "published": "2016-12-10"}),

    ("arSH4_brahmi_assassinated_f24", "ar",
     "تونس: اغتيال المعارض محمد البراهمي بالرصاص أمام منزله\n"
     "فرانس 24 / أ ف ب\n"
     "اغتيل النائب المعارض في المجلس الوطني التأسيسي محمد البراهمي، المنسق العام لحزب التيار الشعبي، صباح "
     "الخميس بالرصاص أمام منزله في حي الغزالة بولاية أريانة، على يد مسلحَين مجهولَين كانا على متن دراجة "
     "نارية، في يوم احتفال البلاد بعيد الجمهورية.\n"
     "وحمّلت عائلة البراهمي حركة النهضة الحاكمة مسؤولية اغتياله، وهو ما نفته الحركة بشدة.\n"
     "ويأتي الاغتيال بعد نحو ستة أشهر من اغتيال المعارض اليساري شكري بلعيد في 6 فبراير/شباط أمام منزله في "
     "العاصمة.\n"
     "وأعلن وزير الداخلية لطفي بن جدو في اليوم التالي أن السلاح نفسه استُعمل في العمليتين، وأن المشتبه به "
     "الرئيسي هو السلفي المتشدد أبو بكر الحكيم، المطلوب لدى السلطات.\n"
     "واستقبل الرئيس المنصف المرزوقي مساء الخميس بقصر قرطاج أرملة الفقيد مباركة عواينية وأبناءها، معبرا "
     "عن تضامنه مع العائلة.\n"
     "وأرجأ المرزوقي لقاء كان مقررا مع الأمين العام للاتحاد العام التونسي للشغل حسين العباسي، فيما دعت "
     "المركزية النقابية إلى إضراب عام.\n"
     "من جهته، دعا رئيس الحكومة علي العريض التونسيين إلى الوحدة.",
     [("LEADS", BRAHMI, POPCUR, "المنسق العام لحزب التيار الشعبي"),
      ("MEMBER_OF", BRAHMI, NCA, "النائب المعارض في المجلس الوطني التأسيسي"),
      ("MET_WITH", MARZOUKI, MBARKA, "أرملة الفقيد مباركة", "2013-07-25"),
      ("LEADS", ABBASSI, UGTT, "الأمين العام للاتحاد العام التونسي للشغل"),
      ("LEADS", LAARAYEDH, TUNISIA, "رئيس الحكومة علي العريض"),
      ],
     {"source": F24, "published": "2013-07-25"}),

    ("enSH5_essebsi_funeral_ennaceur_tap", "en",
     "Nation bids farewell to late President Beji Caid Essebsi; Ennaceur receives foreign leaders\n"
     "TUNIS, July 27 (TAP) - Interim President of the Republic Mohamed Ennaceur received on Saturday at "
     "Carthage Palace French President Emmanuel Macron, accompanied by former President Nicolas Sarkozy, who "
     "came to attend the state funeral of the late President Beji Caid Essebsi.\n"
     "Ennaceur, Speaker of the Assembly of the Representatives of the People, was sworn in on Thursday as "
     "interim President a few hours after Essebsi died at the Military Hospital of Tunis, aged 92.\n"
     "The Head of State later received, separately, Algeria's Head of State Abdelkader Bensalah and the Emir of "
     "the State of Qatar, Sheikh Tamim bin Hamad Al Thani, in the presence of Head of Government Youssef "
     "Chahed.\n"
     "Talks focused on the strong bonds between Tunisia and the two countries and on the regional situation.\n"
     "The head of Libya's Presidential Council Fayez al-Sarraj, the President of Malta and several other "
     "foreign dignitaries also attended the funeral ceremony at the Jellaz cemetery.\n"
     "Under the Constitution, the interim President holds office for a period of 45 to 90 days.",
     [("MET_WITH", ENNACEUR, MACRON, "French President Emmanuel Macron, accompanied", "2019-07-27"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
      ("MET_WITH", SARKOZY, ENNACEUR, "accompanied by former President Nicolas", "2019-07-27"),
      ("MET_WITH", SARKOZY, MACRON, "former President Nicolas Sarkozy, who", "2019-07-27"),
      ("LEADS", ENNACEUR, ARP, "Speaker of the Assembly of the Representatives"),
      ("SUCCESSOR_OF", ENNACEUR, ESSEBSI, "was sworn in on Thursday as", "2019-07-25"),
      ("MET_WITH", ENNACEUR, BENSALAH, "The Head of State later received, separately", "2019-07-27"),
      ("LEADS", BENSALAH, ALGERIA, "Algeria's Head of State Abdelkader"),
      ("MET_WITH", ENNACEUR, TAMIM, "Sheikh Tamim bin Hamad Al Thani, in", "2019-07-27"),
      ("LEADS", TAMIM, QATAR, "the Emir of the State of Qatar"),
      ("MET_WITH", CHAHED, ENNACEUR, "in the presence of Head of Government", "2019-07-27"),
      ("MET_WITH", CHAHED, BENSALAH, "Head of Government Youssef", "2019-07-27"),
      ("MET_WITH", CHAHED, TAMIM, "Chahed.", "2019-07-27"),
      ("LEADS", CHAHED, TUNISIA, "of Government Youssef"),
      ],
     {"source": TAP_EN, "published": "2019-07-27"}),

    ("arSH6_saied_sworn_in_aljazeera", "ar",
     "قيس سعيد يؤدي اليمين رئيسا لتونس ويتسلم السلطة من محمد الناصر\n"
     "الجزيرة نت\n"
     "أدى الرئيس التونسي المنتخب قيس سعيد اليوم الأربعاء اليمين الدستورية أمام مجلس نواب الشعب، ليصبح "
     "ثاني رئيس منتخب بالاقتراع العام المباشر منذ ثورة 2011، خلفا للرئيس المؤقت محمد الناصر.\n"
     "وعقب أداء اليمين، توجه سعيد إلى قصر قرطاج، حيث استقبله الناصر في موكب رسمي لتسليم السلطة، بحضور "
     "رئيس الحكومة يوسف الشاهد.\n"
     "وتعهد أستاذ القانون الدستوري في كلمته أمام النواب بالحفاظ على الدولة ومكافحة الفساد، مؤكدا أن "
     "\"التطبيع خيانة عظمى\".\n"
     "وكان الناصر قد تولى الرئاسة بصفة مؤقتة في يوليو/تموز الماضي إثر وفاة الرئيس الباجي قائد السبسي.\n"
     "وتلقى الرئيس الجديد اتصالا هاتفيا من رئيس الدولة الجزائري عبد القادر بن صالح هنأه فيه بتوليه "
     "منصبه.\n"
     "ومن المنتظر أن يلتقي سعيد خلال الأيام المقبلة رئيس حركة النهضة راشد الغنوشي، الحزب الأول في البرلمان، "
     "في إطار المشاورات لتشكيل الحكومة.",
     [("SUCCESSOR_OF", SAIED, ENNACEUR, "خلفا للرئيس المؤقت محمد", "2019-10-23"),
      ("MET_WITH", SAIED, ENNACEUR, "حيث استقبله الناصر", "2019-10-23"),
      ("MET_WITH", CHAHED, SAIED, "بحضور رئيس الحكومة", "2019-10-23"),
      ("MET_WITH", CHAHED, ENNACEUR, "رئيس الحكومة يوسف الشاهد", "2019-10-23"),
      ("LEADS", CHAHED, TUNISIA, "الحكومة يوسف الشاهد"),
      ("SUCCESSOR_OF", ENNACEUR, ESSEBSI, "تولى الرئاسة بصفة مؤقتة", "2019-07-25"),
      ("LEADS", SAIED, TUNISIA, "الرئيس التونسي المنتخب قيس"),
      ("LEADS", BENSALAH, ALGERIA, "رئيس الدولة الجزائري عبد"),
      ("LEADS", RGHANNOUCHI, ENNAHDA, "رئيس حركة النهضة راشد"),
      ],
     {"source": AJA, "published": "2019-10-23"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSH")
