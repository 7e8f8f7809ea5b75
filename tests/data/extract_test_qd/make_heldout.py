"""Blind set QD: Sudan 2019-2024 (second folder of QC-QD): the October 2021 coup and Jeffrey Feltman's meeting
the day before (October 2021), Burhan's reception of the UN envoy Ramtane Lamamra in Port Sudan (February
2024), the Jeddah ceasefire and Burhan's replacement of Hemedti by Malik Agar (May 2023), Burhan's visit to
Erdogan in Ankara (September 2023), Hemedti's African tour and the RSF's commanders (January and June 2024),
and Hemedti's visit to Moscow (February 2022), as a Sudanese news site writes it in English (Sudan Tribune-like:
"October 25, 2021 (KHARTOUM) –"), Sudan's state agency in Arabic (SUNA-like: "بورتسودان ... (سونا)"), a US wire in
English (AP-like: "JEDDAH, Saudi Arabia (AP) —"), a Turkish state agency's Arabic service (Anadolu-like:
"أنقرة/ الأناضول"), a think-tank brief in English, and a Darfur radio's Arabic site (Radio Dabanga-like:
"راديو دبنقا").
Pieces: Burhan dissolves the government and detains Hamdok, a day after Feltman met Burhan, Hemedti and Hamdok
together (English, QD1); Burhan receives Lamamra with the acting foreign minister and the intelligence chief
present, Lamamra had met Yasser al-Atta (Arabic, QD2); the two sides sign a ceasefire after meeting Faisal bin
Farhan and Molly Phee, Malik Agar replaces Hemedti (English, QD3); Erdogan receives Burhan with Fidan and Kalin
present, Ali al-Sadiq in Burhan's delegation (Arabic, QD4); Hemedti meets Museveni, Abiy, Ruto and Hamdok;
the army says it killed Ali Yagoub Gibril (English, QD5); Hemedti meets Lavrov in Moscow with Gibril Ibrahim
present, Burhan had met Putin in Sochi (Arabic, QD6).
Excluded on purpose (no relation): the detained ministers, Perthes's statement (QD1); Burhan's phone call with
Faisal bin Farhan, Lamamra's unconfirmed meeting with the RSF command (QD2); Mohammed bin Salman's call,
Blinken's statement (QD3); Burhan's earlier trips to Egypt, South Sudan and Qatar, merely listed (QD4);
Abdel Rahman Juma, whom a UN panel accused of ordering Abakar's killing, the RSF's unanswered claim (QD5);
the meeting with Putin that did not take place (QD6).
Judgement calls: "met Burhan, ... and Hamdok together" is a meeting of the four (QD1, met_group); «بحضور» two
attendees are each paired with both principals and with each other (they attend one meeting together) (QD2,
QD4); a member of the guest's delegation («وضم الوفد») is paired with the host and his own head (QD4, as an
attendee); "met the two delegations" of the army and the RSF: Faisal and Phee met the two bodies, and the two
bodies met each other at the table (QD3, met_group of four); "appointed Malik Agar ... replacing Dagalo" is a
succession (QD3); "the army said its troops killed" gives the victim -> the army (the agent claims it) (QD5);
"accused of ordering" by a UN panel gives nothing (QD5); Hamdok LEADS Tagaddum; Hemedti as deputy head of the
council is MEMBER_OF it; VISITED targets the city named.
Filled in for the exercise: the joint form of Feltman's meeting, the detainees named (QD1); the date of
Lamamra's visit, the attendees, the Atta meeting and the phone call (QD2); the joint opening meeting's wording
(QD3); Kalin's and Ali al-Sadiq's presence (QD4); the order of the tour's meetings, the army's statement's
wording (QD5); Lavrov's meeting's day and Gibril Ibrahim's presence, the unscheduled Putin meeting (QD6).
Spellings: "Mohamed Hamdan Daglo 'Hemetti'", "Abdallah Hamdok" (QD1); «رمطان لعمامرة»، «الفريق أول ركن ياسر
العطا» (QD2); "Dagalo", "Gen. Abdel-Fattah Burhan", "Malik Aggar" (QD3); «عبد الفتاح البرهان»، «هاكان فيدان»
(QD4); "Hemedti", "Abdelrahim Dagalo", "Ali Yagoub Gibril", "Abdalla Hamdok" (QD5); «حميدتي»، «سيرغي لافروف»،
«جبريل إبراهيم» (QD6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qd import ALL  # noqa: E402

HERE = Path(__file__).parent

SUDAN, TURKEY, RUSSIA = "country:sudan", "country:turkey", "country:russia"
ANKARA, MOSCOW, JEDDAH = "location:ankara", "location:moscow", "location:jeddah"
SOV, SAF, RSF, GIS, SUDFM, TAGADDUM = (
    "organization:sudan-sovereignty-council", "organization:sudanese-armed-forces",
    "organization:rapid-support-forces", "organization:sudan-general-intelligence-service",
    "organization:sudanese-foreign-ministry", "organization:tagaddum")
TRFM, MIT, RUFM, SAUFM, STATE = (
    "organization:turkish-foreign-ministry", "organization:turkish-national-intelligence-organization",
    "organization:russian-foreign-ministry", "organization:saudi-foreign-ministry",
    "organization:us-state-department")
BURHAN, HEMEDTI, ABDELRAHIM, HAMDOK, FAKI, AGAR, ATTA, SADIQ, AWAD, MUFADDAL, GIBRIL = (
    "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo", "person:abdelrahim-hamdan-dagalo",
    "person:abdalla-hamdok", "person:mohamed-al-faki-suleiman", "person:malik-agar", "person:yasser-al-atta",
    "person:ali-al-sadiq", "person:hussein-awad-ali", "person:ahmed-ibrahim-mufaddal", "person:gibril-ibrahim")
YAGOUB, JUMA = "person:ali-yagoub-gibril", "person:abdel-rahman-juma"
FELTMAN, LAMAMRA, FAISAL, PHEE, ERDOGAN, FIDAN, KALIN, LAVROV, PUTIN = (
    "person:jeffrey-feltman", "person:ramtane-lamamra", "person:faisal-bin-farhan", "person:molly-phee",
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin", "person:sergei-lavrov",
    "person:vladimir-putin")
MUSEVENI, ABIY, RUTO = "person:yoweri-museveni", "person:abiy-ahmed", "person:william-ruto"

TRIBUNE = "blind set (Sudanese news site, English, Sudan Tribune-like)"
SUNA = "blind set (Sudanese state news agency, Arabic, SUNA-like)"
AP = "blind set (US news wire, English, AP-like)"
ANADOLU = "blind set (Turkish state news agency, Arabic service, Anadolu-like)"
BRIEF = "blind set (think-tank brief, English)"
DABANGA = "blind set (Darfur radio's news site, Arabic, Radio Dabanga-like)"

ARTICLES = [
    ("enQD1_october_coup_tribune", "en",
     "Sudan's military dissolves transitional government, detains PM Hamdok\n"
     "October 25, 2021 (KHARTOUM) – The head of the Sovereign Council, Gen. Abdel Fattah al-Burhan, on Monday "
     "declared a state of emergency and dissolved the Council and the transitional government, hours after "
     "soldiers detained Prime Minister Abdallah Hamdok and several ministers at dawn.\n"
     "The Ministry of Information said Hamdok was taken to an unknown location after he refused to issue a "
     "statement in support of the takeover.\n"
     "Among those detained were Industry Minister Ibrahim al-Sheikh and Mohamed al-Faki Suleiman, a member of the "
     "Sovereign Council and its spokesman.\n"
     "The move came a day after the U.S. Special Envoy for the Horn of Africa, Jeffrey Feltman, met Burhan, his "
     "deputy Mohamed Hamdan Daglo 'Hemetti' and Hamdok together in Khartoum in a bid to defuse the crisis between "
     "the military and civilian partners.\n"
     "UN Special Representative Volker Perthes described the detentions as \"unacceptable\" and called for the "
     "immediate release of the prime minister.\n"
     "In a televised address, Burhan said a government of \"competent people\" would be formed to lead the country "
     "to elections in July 2023.",
     [("LEADS", BURHAN, SOV, "The head of the Sovereign Council, Gen."),
      ("LEADS", HAMDOK, SUDAN, "Prime Minister Abdallah Hamdok"),
      ("MEMBER_OF", FAKI, SOV, "a member of the Sovereign Council and its spokesman"),
      ] + met_group({FELTMAN: "Jeffrey Feltman, met Burhan", BURHAN: "met Burhan, his",
                     HEMEDTI: "Daglo 'Hemetti'", HAMDOK: "and Hamdok together"}, "2021-10-24"),
     {"source": TRIBUNE, "published": "2021-10-25"}),

    ("arQD2_burhan_receives_lamamra_suna", "ar",
     "البرهان يستقبل المبعوث الشخصي للأمين العام للأمم المتحدة للسودان\n"
     "بورتسودان 12-2-2024 (سونا) - استقبل رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول "
     "ركن عبد الفتاح البرهان بمكتبه ببورتسودان اليوم، المبعوث الشخصي للأمين العام للأمم المتحدة للسودان "
     "رمطان لعمامرة والوفد المرافق له، بحضور وزير الخارجية المكلف السفير حسين عوض علي ومدير عام جهاز "
     "المخابرات العامة الفريق أول أحمد إبراهيم مفضل.\n"
     "وأكد المبعوث الأممي في تصريح صحفي عقب اللقاء أنه استمع من رئيس مجلس السيادة إلى رؤية الحكومة لإنهاء "
     "الحرب، مشيراً إلى أن الأمم المتحدة تقف على مسافة واحدة من الجميع.\n"
     "وكان لعمامرة قد التقى في وقت سابق اليوم عضو مجلس السيادة مساعد القائد العام الفريق أول ركن ياسر العطا.\n"
     "ولم يتأكد بعد موعد لقاء المبعوث بقيادة قوات الدعم السريع.\n"
     "وكان رئيس مجلس السيادة قد تلقى أمس اتصالاً هاتفياً من وزير الخارجية السعودي الأمير فيصل بن فرحان، بحث "
     "معه مسار منبر جدة.",
     [("LEADS", BURHAN, SOV, "استقبل رئيس مجلس السيادة الانتقالي القائد"),
      ("LEADS", BURHAN, SAF, "القائد العام للقوات المسلحة الفريق أول"),
      ("MET_WITH", BURHAN, LAMAMRA, "للسودان رمطان لعمامرة", "2024-02-12"),
      ("MET_WITH", AWAD, BURHAN, "بحضور وزير الخارجية المكلف", "2024-02-12"),
      ("MET_WITH", AWAD, LAMAMRA, "السفير حسين عوض علي", "2024-02-12"),
      ("MET_WITH", MUFADDAL, BURHAN, "ومدير عام جهاز", "2024-02-12"),
      ("MET_WITH", MUFADDAL, LAMAMRA, "الفريق أول أحمد إبراهيم مفضل", "2024-02-12"),
      ("MET_WITH", AWAD, MUFADDAL, "المخابرات العامة الفريق أول أحمد", "2024-02-12"),
      ("LEADS", AWAD, SUDFM, "وزير الخارجية المكلف السفير حسين"),
      ("LEADS", MUFADDAL, GIS, "ومدير عام جهاز المخابرات العامة"),
      ("MET_WITH", LAMAMRA, ATTA, "وكان لعمامرة قد التقى", "2024-02-12"),
      ("MEMBER_OF", ATTA, SOV, "عضو مجلس السيادة مساعد القائد العام"),
      ("LEADS", FAISAL, SAUFM, "وزير الخارجية السعودي الأمير"),
      ],
     {"source": SUNA, "published": "2024-02-12"}),

    ("enQD3_jeddah_ceasefire_agar_ap", "en",
     "Sudan's warring sides sign weeklong cease-fire in Saudi Arabia\n"
     "JEDDAH, Saudi Arabia (AP) — Sudan's army and a rival paramilitary force signed a weeklong cease-fire late "
     "Saturday after two weeks of talks in the Saudi port city of Jeddah, the two mediators, Saudi Arabia and the "
     "United States, said in a joint statement.\n"
     "Saudi Foreign Minister Prince Faisal bin Farhan and U.S. Assistant Secretary of State for African Affairs "
     "Molly Phee met the two delegations of the Sudanese Armed Forces and the Rapid Support Forces before the "
     "signing, according to the statement.\n"
     "The truce, which is to take effect Monday evening, is to be monitored by a mechanism including "
     "representatives of both sides and of the mediators.\n"
     "On Friday, Sudan's army chief, Gen. Abdel-Fattah Burhan, removed the RSF commander, Gen. Mohamed Hamdan "
     "Dagalo, as deputy head of the ruling Sovereign Council and appointed rebel leader Malik Aggar, replacing "
     "Dagalo.\n"
     "Saudi Crown Prince Mohammed bin Salman spoke by phone with Burhan last month, Saudi state media reported. "
     "U.S. Secretary of State Antony Blinken welcomed the deal but warned that Washington would hold violators "
     "accountable.\n"
     "The fighting, which began April 15, has killed more than 850 civilians, according to a doctors' union.",
     [("LEADS", FAISAL, SAUFM, "Saudi Foreign Minister Prince Faisal"),
      ("MEMBER_OF", PHEE, STATE, "U.S. Assistant Secretary of State for African Affairs"),
      ] + met_group({FAISAL: "Prince Faisal bin Farhan and", PHEE: "Molly Phee met",
                     SAF: "the two delegations of the Sudanese Armed Forces",
                     RSF: "and the Rapid Support Forces before the signing"}, "2023-05-20") + [
      ("LEADS", BURHAN, SAF, "Sudan's army chief, Gen."),
      ("LEADS", HEMEDTI, RSF, "removed the RSF commander"),
      ("SUCCESSOR_OF", AGAR, HEMEDTI, "appointed rebel leader Malik Aggar, replacing", "2023-05-19"),
      ("MEMBER_OF", AGAR, SOV, "deputy head of the ruling Sovereign Council"),
      ("LEADS", "person:antony-blinken", STATE, "U.S. Secretary of State Antony Blinken"),
      ],
     {"source": AP, "published": "2023-05-21"}),

    ("arQD4_erdogan_receives_burhan_anadolu", "ar",
     "أردوغان يستقبل البرهان في أنقرة\n"
     "أنقرة/ الأناضول\n"
     "استقبل الرئيس التركي رجب طيب أردوغان، الأربعاء، رئيس مجلس السيادة السوداني الفريق أول عبد الفتاح البرهان، "
     "في المجمع الرئاسي بالعاصمة أنقرة.\n"
     "وجرى اللقاء بعيداً عن عدسات الصحفيين، بحضور وزير الخارجية هاكان فيدان ورئيس جهاز الاستخبارات إبراهيم "
     "قالن، بحسب دائرة الاتصال في الرئاسة التركية.\n"
     "وضم الوفد السوداني وزير الخارجية المكلف علي الصادق.\n"
     "وبحث الجانبان العلاقات الثنائية والتطورات في السودان، حيث أكد أردوغان استعداد بلاده للإسهام في جهود "
     "إحلال السلام.\n"
     "وتأتي زيارة البرهان إلى تركيا ضمن جولة خارجية قادته منذ أواخر أغسطس إلى مصر وجنوب السودان وقطر وإريتريا، "
     "وهي الأولى له منذ اندلاع الاشتباكات مع قوات الدعم السريع في 15 أبريل.",
     [("LEADS", ERDOGAN, TURKEY, "استقبل الرئيس التركي رجب"),
      ("MET_WITH", ERDOGAN, BURHAN, "الأربعاء، رئيس مجلس السيادة السوداني", "2023-09-13"),
      ("LEADS", BURHAN, SOV, "رئيس مجلس السيادة السوداني الفريق"),
      ("VISITED", BURHAN, ANKARA, "في المجمع الرئاسي بالعاصمة أنقرة", "2023-09-13"),
      ("MET_WITH", FIDAN, ERDOGAN, "بحضور وزير الخارجية هاكان", "2023-09-13"),
      ("MET_WITH", FIDAN, BURHAN, "هاكان فيدان ورئيس", "2023-09-13"),
      ("MET_WITH", KALIN, ERDOGAN, "ورئيس جهاز الاستخبارات إبراهيم", "2023-09-13"),
      ("MET_WITH", KALIN, BURHAN, "قالن، بحسب", "2023-09-13"),
      ("MET_WITH", FIDAN, KALIN, "الاستخبارات إبراهيم قالن", "2023-09-13"),
      ("LEADS", FIDAN, TRFM, "وزير الخارجية هاكان فيدان"),
      ("LEADS", KALIN, MIT, "جهاز الاستخبارات إبراهيم"),
      ("MET_WITH", SADIQ, ERDOGAN, "وضم الوفد السوداني وزير", "2023-09-13"),
      ("MET_WITH", SADIQ, BURHAN, "وزير الخارجية المكلف علي الصادق", "2023-09-13"),
      ("LEADS", SADIQ, SUDFM, "المكلف علي الصادق"),
      ],
     {"source": ANADOLU, "published": "2023-09-13"}),

    ("enQD5_rsf_commanders_brief", "en",
     "Brief: Who runs the RSF? Hemedti's tour and the paramilitary's field commanders\n"
     "Sudan Programme | June 2024\n"
     "Between late December and early January, the Rapid Support Forces' commander, Mohamed Hamdan Dagalo "
     "(Hemedti), made his first public appearances since the war began, meeting Uganda's President Yoweri "
     "Museveni in Kampala, then Ethiopian Prime Minister Abiy Ahmed in Addis Ababa and Kenya's William Ruto in "
     "Nairobi. In Addis Ababa, he also met former prime minister Abdalla Hamdok, who leads the civilian coalition "
     "Tagaddum, and the two men signed a declaration committing the RSF to talks.\n"
     "Day-to-day command rests with his brother Abdelrahim Dagalo, the RSF's deputy commander, who is under US "
     "sanctions.\n"
     "In Darfur, the force relies on regional commanders. Ali Yagoub Gibril, the RSF commander for Central Darfur, "
     "died on 14 June in El Fasher; the army's 6th Infantry Division said its troops killed him as they repelled an "
     "RSF assault on the city.\n"
     "In West Darfur, Abdel Rahman Juma Barakallah, whom a UN panel of experts accused of ordering the killing of "
     "the state's governor, Khamis Abakar, in June 2023, remains in command. The RSF has said the governor was "
     "killed by \"outlaws\".\n"
     "The force's leadership has so far proved resilient to battlefield losses.",
     [("LEADS", HEMEDTI, RSF, "the Rapid Support Forces' commander, Mohamed"),
      ("MET_WITH", HEMEDTI, MUSEVENI, "meeting Uganda's President Yoweri", "2023-12-27"),
      ("LEADS", MUSEVENI, "country:uganda", "Uganda's President Yoweri Museveni"),
      ("MET_WITH", HEMEDTI, ABIY, "then Ethiopian Prime Minister Abiy", "2023-12-28"),
      ("LEADS", ABIY, "country:ethiopia", "Ethiopian Prime Minister Abiy Ahmed"),
      ("MET_WITH", HEMEDTI, RUTO, "and Kenya's William Ruto", "2024-01-03"),
      ("LEADS", RUTO, "country:kenya", "Kenya's William Ruto in"),
      ("MET_WITH", HEMEDTI, HAMDOK, "he also met former prime minister", "2024-01-02"),
      ("LEADS", HAMDOK, TAGADDUM, "who leads the civilian coalition"),
      ("MEMBER_OF", ABDELRAHIM, RSF, "the RSF's deputy commander"),
      ("MEMBER_OF", YAGOUB, RSF, "the RSF commander for Central Darfur"),
      ("ASSASSINATED_BY", YAGOUB, SAF, "said its troops killed him", "2024-06-14"),
      ("MEMBER_OF", JUMA, RSF, "remains in command"),
      ],
     {"source": BRIEF, "published": "2024-06-20"}),

    ("arQD6_hemedti_moscow_dabanga", "ar",
     "حميدتي في موسكو.. زيارة تتزامن مع بدء الحرب في أوكرانيا\n"
     "موسكو - راديو دبنقا\n"
     "التقى نائب رئيس مجلس السيادة الانتقالي قائد قوات الدعم السريع الفريق أول محمد حمدان دقلو (حميدتي)، "
     "الخميس في موسكو، وزير الخارجية الروسي سيرغي لافروف، بحضور وزير المالية جبريل إبراهيم، وذلك في إطار زيارة "
     "رسمية بدأها الأربعاء وتستغرق ثمانية أيام.\n"
     "وقال حميدتي للصحفيين عقب اللقاء إن السودان منفتح على بحث إقامة قاعدة بحرية روسية على البحر الأحمر إذا "
     "لم تشكل تهديداً للأمن القومي.\n"
     "وكان من المتوقع أن يلتقي دقلو الرئيس فلاديمير بوتين، غير أن الكرملين لم يدرج اللقاء في جدول الزيارة.\n"
     "وتتزامن الزيارة مع إعلان روسيا بدء عملياتها العسكرية في أوكرانيا.\n"
     "وكان رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان قد التقى بوتين في منتجع سوتشي في أكتوبر 2019 "
     "على هامش القمة الروسية الأفريقية الأولى.\n"
     "ويرى مراقبون أن الزيارة تعكس تنامي نفوذ قائد الدعم السريع في ملف العلاقات الخارجية.",
     [("MEMBER_OF", HEMEDTI, SOV, "التقى نائب رئيس مجلس السيادة الانتقالي"),
      ("LEADS", HEMEDTI, RSF, "قائد قوات الدعم السريع الفريق أول"),
      ("MET_WITH", HEMEDTI, LAVROV, "وزير الخارجية الروسي سيرغي", "2022-02-24"),
      ("LEADS", LAVROV, RUFM, "الخارجية الروسي سيرغي لافروف"),
      ("VISITED", HEMEDTI, MOSCOW, "الخميس في موسكو", "2022-02-24"),
      ("MET_WITH", GIBRIL, HEMEDTI, "بحضور وزير المالية", "2022-02-24"),
      ("MET_WITH", GIBRIL, LAVROV, "جبريل إبراهيم، وذلك", "2022-02-24"),
      ("LEADS", BURHAN, SOV, "وكان رئيس مجلس السيادة الفريق"),
      ("MET_WITH", BURHAN, PUTIN, "قد التقى بوتين في منتجع", "2019-10-23"),
      ("VISITED", BURHAN, "location:sochi", "في منتجع سوتشي", "2019-10-23"),
      ],
     {"source": DABANGA, "published": "2022-02-24"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQD")
