"""Blind set RE: Russia in the Middle East 2016-2023 (first folder of RE-RF): Putin's trip to Tehran and the
Astana-format summit with Raisi and Erdogan (July 2022), Assad's visit to the Kremlin (March 2023), the
assassination of the Russian ambassador Andrei Karlov in Ankara (December 2016), Haftar received by Putin in
Moscow after Yevkurov's visit to Benghazi (September 2023), Putin's one-day tour of Abu Dhabi and Riyadh
(December 2023), and the Putin-Erdogan memorandum on north-east Syria in Sochi (October 2019), as a Russian
state agency writes it in English (TASS-like: "TEHRAN, July 19. /TASS/."), the Syrian state agency in Arabic
(SANA-like: "السيد الرئيس بشار الأسد", "موسكو-سانا"), a Western wire in English (Reuters-like: "ANKARA, Dec 19
(Reuters) -"), a Libyan news site in Arabic (Al Wasat-like: "بوابة الوسط", "القيادة العامة"), a Gulf daily in
English (Gulf News-like: "President His Highness Sheikh Mohamed bin Zayed Al Nahyan", "the Kingdom") and a
Russian TV site in Arabic (RT Arabic-like: "ونظيره التركي", "وفق ما أعلن الكرملين").
Pieces: Putin holds talks with Raisi with Lavrov and Ushakov present, is received by Khamenei, meets Erdogan,
then the three leaders meet; Raisi succeeded Rouhani (English, RE1); Assad meets Putin, then extended talks
with Mekdad, Azzam, Lavrov and Shoigu; Mekdad meets Bogdanov on the sidelines (Arabic, RE2); Karlov shot dead
by the policeman Mevlut Mert Altintas (English, RE3); Putin receives Haftar with Shoigu present; Yevkurov had
met Haftar in Benghazi (Arabic, RE4); Mohamed bin Zayed receives Putin with Tahnoun and Abdullah bin Zayed
attending, then Mohammed bin Salman receives him with Abdulaziz bin Salman taking part (English, RE5); Putin
and Erdogan meet in Sochi with Lavrov, Shoigu, Cavusoglu and Akar taking part (Arabic, RE6).
Excluded on purpose (no relation): Assad's phone call with Raisi (RE1); Putin's phone call to Assad after the
earthquake, Assad's planned meeting with the Duma speaker (RE2); the gunman killed by police special forces
(no named victim in that sentence, not an assassination), the Gulen accusation by Turkish officials,
Erdogan's phone call with Putin, the Lavrov-Cavusoglu-Zarif meeting announced for the next day (RE3); Haftar
and Sarraj, who did not meet face to face in January 2020, Dbeibah's silence (RE4); Raisi's visit planned for
the next day, the crown prince's visit to Russia "being discussed" (RE5); Putin's phone call to Assad,
Sisi's reception planned for the next day (RE6).
Judgement calls: attendees of one meeting are paired with both principals and with each other (RE1 Lavrov and
Ushakov; RE2 the two delegations of the extended session, Mekdad, Azzam, Lavrov and Shoigu; RE5 Tahnoun and
Abdullah bin Zayed; RE6 the four ministers), as most dev gold does when they attend together; "was received
by Iran's Supreme Leader" is a meeting (RE1); "before the three leaders met" pairs Raisi and Erdogan (the
other two pairs are already stated) (RE1); the extended session follows the one-to-one meeting of the two
presidents and is the same visit, so the attendees are paired with both presidents (RE2); "was shot dead by
Mevlut Mert Altintas" gives the victim -> the named gunman (RE3); "Yevkurov ... التقى خلالها المشير حفتر" is a
meeting, "برئاسة" a delegation headed by Yevkurov (RE4); "greeted him at Al-Yamamah Palace" followed by talks is
a meeting (RE5); "القائد العام للقوات المسلحة العربية الليبية" LEADS the LNA (RE4); a minister LEADS his
ministry where the ministry has a gazetteer id.
Filled in for the exercise: the Assad-Raisi phone call, Peskov absent (RE1); the composition of both
delegations, the planned Volodin meeting, the Mekdad-Bogdanov meeting (RE2); the exact wording of the Turkish
officials (RE3); Peskov's confirmation, the wording on Dbeibah (RE4); the attendance of Tahnoun, Abdullah bin
Zayed and Abdulaziz bin Salman, Ushakov's remark (RE5); the composition of the delegations, the wording of the
Kremlin on the call to Assad (RE6).
Spellings: "Ayatollah Ali Khamenei", "Presidential Aide Yury Ushakov" (RE1); "السيد الرئيس بشار الأسد",
"الدكتور فيصل المقداد", "سيرغي شويغو" (RE2); "President Tayyip Erdogan", "Mevlut Cavusoglu" (RE3); "المشير خليفة
حفتر", "يونس بك يفكوروف", "يفغيني بريغوجين" (RE4); "Sheikh Mohamed bin Zayed Al Nahyan", "Sheikh Tahnoun bin
Zayed Al Nahyan" (RE5); "مولود تشاووش أوغلو", "خلوصي أكار" (RE6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rf import ALL  # noqa: E402

HERE = Path(__file__).parent

RUSSIA, TURKEY, IRAN, SYRIA, EGYPT = ("country:russia", "country:turkey", "country:iran", "country:syria",
                                      "country:egypt")
TEHRAN, RIYADH, BENGHAZI = "location:tehran", "location:riyadh", "location:benghazi"
RUFM, RUDEF, TRFM, SYFM, LNA, GNU, WAGNER = (
    "organization:russian-foreign-ministry", "organization:russian-defence-ministry",
    "organization:turkish-foreign-ministry", "organization:syrian-foreign-ministry",
    "organization:libyan-national-army", "organization:government-of-national-unity-libya",
    "organization:wagner-group")
PUTIN, LAVROV, SHOIGU, USHAKOV, BOGDANOV, KARLOV, PRIGOZHIN, YEVKUROV = (
    "person:vladimir-putin", "person:sergei-lavrov", "person:sergei-shoigu", "person:yury-ushakov",
    "person:mikhail-bogdanov", "person:andrei-karlov", "person:yevgeny-prigozhin", "person:yunus-bek-yevkurov")
ERDOGAN, CAVUSOGLU, AKAR, ALTINTAS = ("person:recep-tayyip-erdogan", "person:mevlut-cavusoglu",
                                      "person:hulusi-akar", "person:mevlut-mert-altintas")
RAISI, ROUHANI, KHAMENEI = "person:ebrahim-raisi", "person:hassan-rouhani", "person:ali-khamenei"
ASSAD, MEKDAD, AZZAM = "person:bashar-al-assad", "person:faisal-mekdad", "person:mansour-azzam"
MBZ, TAHNOUN, ABZ, MBS, ABDULAZIZ, SISI = (
    "person:mohamed-bin-zayed", "person:tahnoun-bin-zayed", "person:abdullah-bin-zayed",
    "person:mohammed-bin-salman", "person:abdulaziz-bin-salman", "person:abdel-fattah-el-sisi")
HAFTAR, DBEIBAH = "person:khalifa-haftar", "person:abdul-hamid-dbeibah"

TASS = "blind set (Russian state news agency, English service, TASS-like)"
SANA = "blind set (Syrian state news agency, Arabic, SANA-like)"
REUTERS = "blind set (Western news wire, English, Reuters-like)"
WASAT = "blind set (Libyan news site, Arabic, Al Wasat-like)"
GULF = "blind set (Gulf daily, English, Gulf News-like)"
RTAR = "blind set (Russian TV news site, Arabic, RT Arabic-like)"

ARTICLES = [
    ("enRE1_putin_tehran_astana_tass", "en",
     "Putin, Raisi and Erdogan hold Astana-format summit in Tehran\n"
     "TEHRAN, July 19. /TASS/. Russian President Vladimir Putin arrived in Tehran on Tuesday on his second trip "
     "abroad since the start of the special military operation, and held talks with Iranian President Ebrahim "
     "Raisi at the Saadabad Palace.\n"
     "The Russian delegation at the talks included Foreign Minister Sergei Lavrov and Presidential Aide Yury "
     "Ushakov.\n"
     "Raisi, who succeeded Hassan Rouhani as president last August, told his guest that Tehran and Moscow had "
     "\"a long record of cooperation in the fight against terrorism.\"\n"
     "Later in the day, Putin was received by Iran's Supreme Leader Ayatollah Ali Khamenei, who said that if "
     "Russia had not taken the initiative, \"the other side would have started a war.\"\n"
     "The Russian leader also held a bilateral meeting with Turkish President Recep Tayyip Erdogan, their first "
     "face-to-face talks since Sochi last September, before the three leaders met for the seventh summit of the "
     "guarantor states of the Astana process on Syria.\n"
     "In a joint statement, the presidents of Russia, Iran and Turkey reaffirmed their commitment to Syria's "
     "sovereignty and territorial integrity. Syrian President Bashar al-Assad, who was not invited, had spoken "
     "by telephone with Raisi on the eve of the summit, the Iranian presidential office said.",
     [("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin arrived"),
      ("VISITED", PUTIN, TEHRAN, "arrived in Tehran on Tuesday"),
      ("MET_WITH", PUTIN, RAISI, "held talks with Iranian President Ebrahim", "2022-07-19"),
      ("LEADS", RAISI, IRAN, "Iranian President Ebrahim"),
      ] + met_group({PUTIN: "held talks with Iranian President", RAISI: "Raisi at the Saadabad Palace",
                     LAVROV: "Foreign Minister Sergei Lavrov", USHAKOV: "Presidential Aide Yury"},
                    "2022-07-19")[1:] + [
      ("LEADS", LAVROV, RUFM, "Foreign Minister Sergei Lavrov"),
      ("SUCCESSOR_OF", RAISI, ROUHANI, "who succeeded Hassan Rouhani as president", "2021-08-03"),
      ("MET_WITH", PUTIN, KHAMENEI, "Putin was received by Iran's Supreme Leader", "2022-07-19"),
      ("LEADS", KHAMENEI, IRAN, "Iran's Supreme Leader Ayatollah Ali Khamenei"),
      ("MET_WITH", PUTIN, ERDOGAN, "held a bilateral meeting with Turkish President", "2022-07-19"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ("MET_WITH", RAISI, ERDOGAN, "before the three leaders met", "2022-07-19"),
      ("LEADS", ASSAD, SYRIA, "Syrian President Bashar al-Assad"),
      ],
     {"source": TASS, "published": "2022-07-19"}),

    ("arRE2_assad_kremlin_sana", "ar",
     "الرئيس الأسد يلتقي الرئيس بوتين في الكرملين\n"
     "موسكو-سانا\n"
     "التقى السيد الرئيس بشار الأسد اليوم الرئيس فلاديمير بوتين في الكرملين في مستهل زيارة رسمية يقوم بها إلى "
     "روسيا الاتحادية، وتناول اللقاء العلاقات الثنائية وسبل تعزيز التعاون في المجالات الاقتصادية والتجارية.\n"
     "وعقد الرئيسان بعد ذلك جلسة مباحثات موسعة بحضور وفدي البلدين، ضم الجانب السوري وزير الخارجية والمغتربين "
     "الدكتور فيصل المقداد ووزير شؤون رئاسة الجمهورية منصور عزام، فيما ضم الجانب الروسي وزير الخارجية سيرغي "
     "لافروف ووزير الدفاع سيرغي شويغو.\n"
     "وأعرب الرئيس بوتين عن تعازيه بضحايا الزلزال الذي ضرب سورية في السادس من شباط الماضي، مشيراً إلى أن فرق "
     "الإنقاذ الروسية كانت من أوائل الواصلين إلى المناطق المنكوبة.\n"
     "وكان الرئيس بوتين قد أجرى اتصالاً هاتفياً بالرئيس الأسد عقب الزلزال مباشرة، أكد خلاله استعداد روسيا لتقديم "
     "كل المساعدة اللازمة.\n"
     "ومن المقرر أن يلتقي الرئيس الأسد غداً رئيس مجلس الدوما الروسي فياتشيسلاف فولودين.\n"
     "والتقى المقداد على هامش الزيارة نائب وزير الخارجية الروسي المبعوث الخاص للرئيس الروسي إلى الشرق الأوسط "
     "وأفريقيا ميخائيل بوغدانوف، وبحث معه التحضيرات لاجتماع رباعي يضم سورية وروسيا وإيران وتركيا.",
     met_group({ASSAD: "التقى السيد الرئيس بشار الأسد", PUTIN: "الرئيس فلاديمير بوتين في الكرملين",
                MEKDAD: "الدكتور فيصل المقداد ووزير", AZZAM: "ووزير شؤون رئاسة الجمهورية منصور عزام",
                LAVROV: "الجانب الروسي وزير الخارجية سيرغي", SHOIGU: "ووزير الدفاع سيرغي شويغو"},
               "2023-03-15") + [
      ("VISITED", ASSAD, RUSSIA, "زيارة رسمية يقوم بها إلى"),
      ("LEADS", MEKDAD, SYFM, "وزير الخارجية والمغتربين الدكتور"),
      ("LEADS", LAVROV, RUFM, "الروسي وزير الخارجية سيرغي"),
      ("LEADS", SHOIGU, RUDEF, "ووزير الدفاع سيرغي"),
      ("MET_WITH", MEKDAD, BOGDANOV, "والتقى المقداد على هامش الزيارة", "2023-03-15"),
      ("MEMBER_OF", BOGDANOV, RUFM, "نائب وزير الخارجية الروسي المبعوث"),
      ],
     {"source": SANA, "published": "2023-03-15"}),

    ("enRE3_karlov_shot_ankara_reuters", "en",
     "Russian ambassador to Turkey shot dead in Ankara gallery; gunman shouts 'Don't forget Aleppo'\n"
     "ANKARA, Dec 19 (Reuters) - Russia's ambassador to Turkey, Andrei Karlov, was shot dead on Monday by Mevlut "
     "Mert Altintas, an off-duty Turkish riot policeman, as he gave a speech at the opening of a photo exhibition "
     "in Ankara, Turkish officials said.\n"
     "The gunman, 22, shouted \"Allahu Akbar\" and \"Don't forget Aleppo\" before he was killed by police special "
     "forces in a shootout lasting about 15 minutes. Three other people were wounded.\n"
     "Turkish officials said the attacker had links to the network of U.S.-based cleric Fethullah Gulen, whom "
     "Ankara blames for July's failed coup; Gulen's movement denied any role.\n"
     "President Tayyip Erdogan spoke to President Vladimir Putin by telephone and both described the killing as a "
     "provocation aimed at derailing the normalisation of ties. \"We have agreed with Mr Putin that it was a "
     "provocation,\" Erdogan said in a televised address.\n"
     "A meeting in Moscow on Tuesday between Foreign Minister Sergei Lavrov and his Turkish and Iranian "
     "counterparts, Mevlut Cavusoglu and Mohammad Javad Zarif, on Syria will go ahead, the Kremlin said.\n"
     "Karlov, 62, a career diplomat who had served in North Korea, had been ambassador in Ankara since 2013.",
     [("ASSASSINATED_BY", KARLOV, ALTINTAS, "was shot dead on Monday by Mevlut", "2016-12-19"),
      ("LEADS", ERDOGAN, TURKEY, "President Tayyip Erdogan spoke"),
      ("LEADS", LAVROV, RUFM, "between Foreign Minister Sergei Lavrov"),
      ],
     {"source": REUTERS, "published": "2016-12-19"}),

    ("arRE4_haftar_kremlin_wasat", "ar",
     "حفتر في الكرملين: بوتين يستقبل القائد العام للجيش الليبي\n"
     "القاهرة - بوابة الوسط\n"
     "استقبل الرئيس الروسي فلاديمير بوتين، الخميس، القائد العام للقوات المسلحة العربية الليبية المشير خليفة "
     "حفتر في موسكو، بحضور وزير الدفاع الروسي سيرغي شويغو، حسب ما أعلنت القيادة العامة.\n"
     "وبحث الجانبان الوضع في ليبيا والمنطقة وسبل تعزيز العلاقات بين البلدين، إلى جانب جهود الإغاثة في مدينة "
     "درنة المنكوبة بالفيضانات.\n"
     "من جهته، أكد المتحدث باسم الكرملين دميتري بيسكوف حصول اللقاء، دون أن يقدم تفاصيل عن مضمونه.\n"
     "وتأتي الزيارة بعد أسابيع من زيارة وفد عسكري روسي برئاسة نائب وزير الدفاع يونس بك يفكوروف إلى بنغازي، "
     "التقى خلالها المشير حفتر في 22 أغسطس، وهو اليوم السابق لتحطم طائرة قائد مجموعة فاغنر يفغيني بريغوجين.\n"
     "وكان حفتر قد غادر موسكو في يناير 2020 دون التوقيع على اتفاق وقف إطلاق النار الذي وقّعه رئيس المجلس "
     "الرئاسي آنذاك فايز السراج، إذ لم يجتمع الرجلان وجهاً لوجه خلال المحادثات.\n"
     "ولم يصدر أي تعليق عن رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة على الزيارة.",
     [("MET_WITH", PUTIN, HAFTAR, "العربية الليبية المشير خليفة", "2023-09-28"),
      ("MET_WITH", SHOIGU, PUTIN, "بحضور وزير الدفاع الروسي", "2023-09-28"),
      ("MET_WITH", SHOIGU, HAFTAR, "وزير الدفاع الروسي سيرغي شويغو", "2023-09-28"),
      ("LEADS", PUTIN, RUSSIA, "استقبل الرئيس الروسي فلاديمير"),
      ("LEADS", HAFTAR, LNA, "القائد العام للقوات المسلحة العربية"),
      ("LEADS", SHOIGU, RUDEF, "وزير الدفاع الروسي سيرغي"),
      ("MET_WITH", YEVKUROV, HAFTAR, "التقى خلالها المشير حفتر", "2023-08-22"),
      ("VISITED", YEVKUROV, BENGHAZI, "يفكوروف إلى بنغازي"),
      ("MEMBER_OF", YEVKUROV, RUDEF, "نائب وزير الدفاع يونس"),
      ("LEADS", PRIGOZHIN, WAGNER, "قائد مجموعة فاغنر"),
      ("LEADS", DBEIBAH, GNU, "رئيس حكومة الوحدة الوطنية"),
      ],
     {"source": WASAT, "published": "2023-09-28"}),

    ("enRE5_putin_gulf_tour_gulfnews", "en",
     "Putin in UAE and Saudi Arabia on whirlwind Gulf tour\n"
     "ABU DHABI / RIYADH - Russian President Vladimir Putin was received on Wednesday by President His Highness "
     "Sheikh Mohamed bin Zayed Al Nahyan at Qasr Al Watan in Abu Dhabi, on a rare trip abroad that took him to "
     "two Gulf capitals in a single day.\n"
     "The talks were attended by His Highness Sheikh Tahnoun bin Zayed Al Nahyan, Deputy Ruler of Abu Dhabi and "
     "National Security Advisor, and His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign "
     "Affairs, the Emirates News Agency (WAM) reported.\n"
     "Sheikh Mohamed said the UAE was keen to build bridges and welcomed Russia's participation in COP28, which "
     "was under way in Dubai.\n"
     "Putin then flew to Riyadh, escorted by Russian fighter jets, where Crown Prince and Prime Minister Mohammed "
     "bin Salman greeted him at Al-Yamamah Palace. The Saudi Minister of Energy, Prince Abdulaziz bin Salman, "
     "also took part in the talks, which focused on OPEC+ coordination.\n"
     "The Russian leader, who is the subject of an International Criminal Court warrant, last visited the "
     "Kingdom in 2019.\n"
     "On Thursday Putin is to host Iranian President Ebrahim Raisi in Moscow. Kremlin aide Yury Ushakov said a "
     "visit by the crown prince to Russia was being discussed but no date had been set.",
     [("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin was received"),
      ] + met_group({PUTIN: "Russian President Vladimir Putin was received",
                     MBZ: "Sheikh Mohamed bin Zayed Al Nahyan at Qasr",
                     TAHNOUN: "Sheikh Tahnoun bin Zayed Al Nahyan",
                     ABZ: "Sheikh Abdullah bin Zayed Al Nahyan"}, "2023-12-06") + [
      ("VISITED", PUTIN, RIYADH, "Putin then flew to Riyadh"),
      ("MET_WITH", PUTIN, MBS, "Crown Prince and Prime Minister Mohammed", "2023-12-06"),
      ("MET_WITH", ABDULAZIZ, PUTIN, "Prince Abdulaziz bin Salman, also took part", "2023-12-06"),
      ("MET_WITH", ABDULAZIZ, MBS, "The Saudi Minister of Energy", "2023-12-06"),
      ("LEADS", RAISI, IRAN, "Iranian President Ebrahim Raisi"),
      ],
     {"source": GULF, "published": "2023-12-07"}),

    ("arRE6_putin_erdogan_sochi_rt", "ar",
     "بوتين وأردوغان يتفقان في سوتشي على مذكرة تفاهم بشأن شمال شرق سوريا\n"
     "RT\n"
     "عقد الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان، يوم الثلاثاء، مباحثات في منتجع سوتشي "
     "على البحر الأسود استمرت أكثر من ست ساعات، توصلا في ختامها إلى مذكرة تفاهم من عشرة بنود حول الوضع في شمال "
     "شرق سوريا.\n"
     "وشارك في المباحثات من الجانب الروسي وزير الخارجية سيرغي لافروف ووزير الدفاع سيرغي شويغو، ومن الجانب "
     "التركي وزير الخارجية مولود تشاووش أوغلو ووزير الدفاع خلوصي أكار.\n"
     "وتنص المذكرة على انسحاب وحدات حماية الشعب الكردية إلى عمق 30 كيلومتراً من الحدود خلال 150 ساعة، على أن "
     "تبدأ بعدها دوريات روسية تركية مشتركة.\n"
     "وبعد المباحثات، أجرى بوتين اتصالاً هاتفياً بالرئيس السوري بشار الأسد، أطلعه خلاله على بنود المذكرة، وفق ما "
     "أعلن الكرملين.\n"
     "ومن المقرر أن يستقبل بوتين غداً الأربعاء في سوتشي الرئيس المصري عبد الفتاح السيسي، الذي يترأس معه القمة "
     "الروسية الأفريقية الأولى بمشاركة أكثر من 40 رئيس دولة.\n"
     "وكان أردوغان قد أعلن في وقت سابق أنه \"لن يتردد\" في استئناف العملية العسكرية إذا لم يلتزم المقاتلون "
     "الأكراد بالانسحاب.",
     met_group({PUTIN: "عقد الرئيس الروسي فلاديمير بوتين", ERDOGAN: "ونظيره التركي رجب طيب أردوغان",
                LAVROV: "الجانب الروسي وزير الخارجية سيرغي لافروف", SHOIGU: "ووزير الدفاع سيرغي شويغو",
                CAVUSOGLU: "وزير الخارجية مولود تشاووش أوغلو", AKAR: "ووزير الدفاع خلوصي أكار"},
               "2019-10-22") + [
      ("LEADS", PUTIN, RUSSIA, "الرئيس الروسي فلاديمير بوتين ونظيره"),
      ("LEADS", ERDOGAN, TURKEY, "ونظيره التركي رجب"),
      ("LEADS", LAVROV, RUFM, "الروسي وزير الخارجية سيرغي"),
      ("LEADS", SHOIGU, RUDEF, "ووزير الدفاع سيرغي"),
      ("LEADS", CAVUSOGLU, TRFM, "التركي وزير الخارجية مولود"),
      ("LEADS", ASSAD, SYRIA, "بالرئيس السوري بشار الأسد"),
      ("LEADS", SISI, EGYPT, "الرئيس المصري عبد الفتاح السيسي"),
      ],
     {"source": RTAR, "published": "2019-10-22"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRE")
