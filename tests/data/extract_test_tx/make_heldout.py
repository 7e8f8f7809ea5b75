"""Blind set TX: the Maghreb 2019-2023 (second folder of TW-TX): Abdelkader Bensalah's interim after
Bouteflika and Kamel Feniche named to succeed Tayeb Belaiz at the Constitutional Council (April 2019),
Bensalah's talks with Vladimir Putin in Sochi (October 2019), Kais Saied's dismissal of Hichem Mechichi and
freezing of parliament (25-26 July 2021), Najla Bouden received and designated to succeed Mechichi (29
September 2021), Meloni, von der Leyen and Rutte received at Carthage (11 June 2023), and Aziz Akhannouch
appointed head of government to succeed Saadeddine El Othmani (10 September 2021), as Algeria's state agency
writes it in Arabic (APS-like: "الجزائر - واج -"), a Russian state wire in English (TASS-like: "SOCHI, October
23. /TASS/."), a US wire in English (AP-like: "TUNIS, Tunisia (AP) —"), Tunisia's state agency in Arabic
(TAP-like: "قرطاج - وات -") and in English (TAP-like: "Tunis, June 11 (TAP) -"), and a Moroccan news website in
Arabic (Hespress-like: "هسبريس -").
Pieces: Feniche succeeds Belaiz; Bensalah who succeeded Bouteflika; Bensalah receives Bedoui; Gaid Salah's
speech (Arabic, TX1); Putin meets Bensalah, who took over from Bouteflika; El Othmani's uncertain meeting
(English, TX2); Saied fires Mechichi, meets Taboubi; Ghannouchi at the gates; Blinken's call (English, TX3);
Saied receives Bouden, who succeeds Mechichi (Arabic, TX4); Saied receives von der Leyen, Meloni and Rutte
together; Meloni's earlier visit (English, TX5); the King receives Akhannouch, who succeeds El Othmani;
Benkirane's post; the planned meeting with Ouahbi (Arabic, TX6).
Excluded on purpose (no relation): Belaiz's resignation notified to the Council's members, the protesters'
demands (TX1); El Othmani's possible meeting with Putin (TX2); the unverified reports of Mechichi held at the
palace, Ghannouchi's "coup" accusation, Blinken's phone call, the prime minister to be named (TX3); the
government's planned swearing-in, Ghannouchi's criticism (TX4); the memorandum to be signed (TX5); Benkirane's
call for El Othmani to resign, the not-yet-fixed meeting with Ouahbi (TX6).
Judgement calls: "عيّن ... رئيسا للمجلس الدستوري خلفا لـ" is a succession (TX1); "تولى ... مهام رئيس الدولة
خلفا لـ" is a succession though interim (TX1); "took over from" is a succession (TX2); "held talks with ... on
the sidelines" is a meeting (TX2); "met with the heads of national organisations, among them Taboubi" is a
meeting of Saied and Taboubi (TX3); "كلّفها بتشكيل الحكومة ... وتخلف في هذا المنصب" is a succession (TX4); the
three guests received together: a meeting of the four (TX5); "on a working visit to Tunisia" is VISITED for
each guest (TX5); a royal audience with an appointment is a meeting (TX6); a former secretary-general does not
LEAD the party; a president, a prime minister or a king LEADS the country when the piece names it; a party's
president or secretary-general LEADS it; the speaker LEADS the parliament.
Filled in for the exercise: Bensalah's reception of Bedoui and its date, the wording of Gaid Salah's speech
(TX1); the Kremlin's wording and the remark on El Othmani (TX2); the wording of the statements (TX3, TX4,
TX5); the planned meeting with Ouahbi (TX6).
Spellings: «عبد القادر بن صالح»، «الطيب بلعيز»، «كمال فنيش»، «الفريق أحمد قايد صالح» (TX1); "Abdelkader Bensalah",
"Saad Eddine El Othmani" (TX2); "Hichem Mechichi", "Noureddine Taboubi", "Rached Ghannouchi" (TX3); «نجلاء بودن
رمضان»، «هشام المشيشي» (TX4); "Ursula von der Leyen", "Giorgia Meloni", "Mark Rutte" (TX5); «عزيز أخنوش»،
«سعد الدين العثماني»، «عبد اللطيف وهبي» (TX6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tx import ALL  # noqa: E402

HERE = Path(__file__).parent

TUNISIA, ALGERIA, MOROCCO, RUSSIA, ITALY, NETHERLANDS = (
    "country:tunisia", "country:algeria", "country:morocco", "country:russia", "country:italy",
    "country:netherlands")
CC, SENATE, ANP, ENNAHDA, UGTT, TN_PARL, EC, PJD, RNI, PAM = (
    "organization:constitutional-council-algeria", "organization:council-of-the-nation",
    "organization:algerian-peoples-national-army", "organization:ennahda", "organization:ugtt",
    "organization:tunisian-parliament", "organization:european-commission", "organization:pjd-morocco",
    "organization:national-rally-of-independents", "organization:authenticity-and-modernity-party")
BOUTEFLIKA, BENSALAH, BELAIZ, FENICHE, GAID_SALAH, BEDOUI, PUTIN = (
    "person:abdelaziz-bouteflika", "person:abdelkader-bensalah", "person:tayeb-belaiz", "person:kamel-feniche",
    "person:ahmed-gaid-salah", "person:noureddine-bedoui", "person:vladimir-putin")
SAIED, MECHICHI, BOUDEN, GHANNOUCHI, TABOUBI, BARTAGI, BLINKEN = (
    "person:kais-saied", "person:hichem-mechichi", "person:najla-bouden", "person:rached-ghannouchi",
    "person:noureddine-taboubi", "person:ibrahim-bartagi", "person:antony-blinken")
MELONI, VDL, RUTTE = "person:giorgia-meloni", "person:ursula-von-der-leyen", "person:mark-rutte"
KING, BENKIRANE, OTHMANI, AKHANNOUCH, OUAHBI = (
    "person:mohammed-vi", "person:abdelilah-benkirane", "person:saadeddine-othmani", "person:aziz-akhannouch",
    "person:abdellatif-ouahbi")

APS = "blind set (Algerian state news agency, Arabic, APS-like)"
TASS = "blind set (Russian state news wire, English service, TASS-like)"
AP = "blind set (US news wire, English, AP-like)"
TAP_AR = "blind set (Tunisian state news agency, Arabic, TAP-like)"
TAP_EN = "blind set (Tunisian state news agency, English service, TAP-like)"
HESPRESS = "blind set (Moroccan news website, Arabic, Hespress-like)"

ARTICLES = [
    ("arTX1_feniche_constitutional_council_aps", "ar",
     "رئيس الدولة يعين كمال فنيش رئيسا للمجلس الدستوري\n"
     "الجزائر - واج - عيّن رئيس الدولة، عبد القادر بن صالح، اليوم الثلاثاء، السيد كمال فنيش رئيسا للمجلس "
     "الدستوري خلفا للسيد الطيب بلعيز، حسب ما أفاد به بيان لرئاسة الجمهورية.\n"
     "وكان فنيش، وهو قاض سابق، عضوا بالمجلس الدستوري منذ 2016. أما بلعيز فقد أبلغ أعضاء المجلس، في وقت سابق "
     "من اليوم، بتقديم استقالته إلى رئيس الدولة.\n"
     "ويأتي هذا التعيين أسبوعا بعد تولي رئيس مجلس الأمة عبد القادر بن صالح مهام رئيس الدولة خلفا لعبد العزيز "
     "بوتفليقة، لمدة أقصاها تسعون يوما، إثر إقرار البرلمان المنعقد بغرفتيه المجتمعتين معا حالة الشغور النهائي "
     "لمنصب رئيس الجمهورية.\n"
     "وكان رئيس الدولة قد استقبل، يوم الأحد بمقر رئاسة الجمهورية، الوزير الأول نور الدين بدوي، الذي قدّم له "
     "عرضا حول التحضيرات الجارية للانتخابات الرئاسية المقررة في الرابع من جويلية.\n"
     "من جهته، أكد نائب وزير الدفاع الوطني، رئيس أركان الجيش الوطني الشعبي، الفريق أحمد قايد صالح، في كلمة "
     "ألقاها بورقلة، أن الجيش سيرافق المرحلة الانتقالية، في حين واصل المحتجون المطالبة برحيل رموز النظام.",
     [("SUCCESSOR_OF", FENICHE, BELAIZ, "خلفا للسيد الطيب بلعيز", "2019-04-16"),
      ("LEADS", FENICHE, CC, "السيد كمال فنيش رئيسا للمجلس"),
      ("MEMBER_OF", FENICHE, CC, "عضوا بالمجلس الدستوري منذ 2016"),
      ("SUCCESSOR_OF", BENSALAH, BOUTEFLIKA, "خلفا لعبد العزيز", "2019-04-09"),
      ("LEADS", BENSALAH, SENATE, "رئيس مجلس الأمة عبد القادر"),
      ("LEADS", BENSALAH, ALGERIA, "رئيس الدولة، عبد القادر بن صالح"),
      ("MET_WITH", BENSALAH, BEDOUI, "الوزير الأول نور الدين بدوي", "2019-04-14"),
      ("LEADS", BEDOUI, ALGERIA, "الوزير الأول نور"),
      ("LEADS", GAID_SALAH, ANP, "رئيس أركان الجيش الوطني الشعبي، الفريق"),
      ],
     {"source": APS, "published": "2019-04-16"}),

    ("enTX2_putin_bensalah_sochi_tass", "en",
     "Putin, Algeria's interim leader discuss cooperation in Sochi\n"
     "SOCHI, October 23. /TASS/. Russian President Vladimir Putin held talks with Algeria's interim head of "
     "state Abdelkader Bensalah on the sidelines of the Russia-Africa summit on Wednesday, the Kremlin press "
     "service reported.\n"
     "\"Algeria is one of our key partners in Africa and the Arab world, and our relations have a long history,\" "
     "Putin said at the start of the meeting, recalling the Soviet Union's support for Algeria's independence.\n"
     "Bensalah, who took over from Abdelaziz Bouteflika in April after the veteran leader stepped down amid mass "
     "protests, told the Russian leader that the situation in his country was \"under control\" and that a "
     "presidential election would be held on December 12.\n"
     "The two sides discussed military-technical cooperation, energy and the situation in Libya and the Sahel.\n"
     "Morocco is represented at the summit by Head of Government Saad Eddine El Othmani. The Kremlin did not "
     "say whether Putin would have a separate meeting with him.\n"
     "More than forty African heads of state and government are taking part in the two-day summit, the first of "
     "its kind, co-chaired by Russia and Egypt.",
     [("MET_WITH", PUTIN, BENSALAH, "state Abdelkader Bensalah on the sidelines", "2019-10-23"),
      ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin"),
      ("LEADS", BENSALAH, ALGERIA, "interim head of"),
      ("SUCCESSOR_OF", BENSALAH, BOUTEFLIKA, "who took over from Abdelaziz Bouteflika", "2019-04-09"),
      ("LEADS", OTHMANI, MOROCCO, "Head of Government Saad Eddine"),
      ],
     {"source": TASS, "published": "2019-10-23"}),

    ("enTX3_saied_fires_mechichi_ap", "en",
     "Tunisia's president fires prime minister, freezes parliament\n"
     "TUNIS, Tunisia (AP) — Tunisia's president fired the prime minister and froze parliament's activities "
     "late Sunday after a day of protests against the government's handling of the pandemic, a move his "
     "opponents denounced as a coup.\n"
     "President Kais Saied announced the measures after an emergency meeting with military and security "
     "officials at Carthage Palace, saying he would govern \"with the help\" of a new prime minister he would "
     "appoint himself. On Monday he also dismissed Defense Minister Ibrahim Bartagi.\n"
     "Prime Minister Hichem Mechichi, who had been at odds with the president for months, said Monday evening "
     "that he would hand over to whoever Saied names. Reports on social media that Mechichi had been held at the "
     "palace on Sunday night could not be verified, and people close to him denied them.\n"
     "Parliament Speaker Rached Ghannouchi, who heads the Islamist party Ennahda, spent hours outside the "
     "legislature after soldiers barred him from entering, calling Saied's move \"a coup against the revolution\".\n"
     "Saied met on Monday with the heads of the national organizations, among them UGTT labor union chief "
     "Noureddine Taboubi, and assured them that freedoms would be respected. U.S. Secretary of State Antony "
     "Blinken spoke with Saied by phone and urged him to respect democratic principles.",
     [("LEADS", SAIED, TUNISIA, "President Kais Saied announced"),
      ("LEADS", MECHICHI, TUNISIA, "Prime Minister Hichem Mechichi, who"),
      ("LEADS", GHANNOUCHI, TN_PARL, "Parliament Speaker Rached Ghannouchi"),
      ("LEADS", GHANNOUCHI, ENNAHDA, "who heads the Islamist party"),
      ("MET_WITH", SAIED, TABOUBI, "among them UGTT labor union chief", "2021-07-26"),
      ("LEADS", TABOUBI, UGTT, "labor union chief"),
      ],
     {"source": AP, "published": "2021-07-26"}),
]

ARTICLES += [
    ("arTX4_bouden_designated_tap", "ar",
     "رئيس الجمهورية يكلف نجلاء بودن رمضان بتشكيل الحكومة\n"
     "قرطاج - وات - استقبل رئيس الجمهورية قيس سعيد، اليوم الأربعاء بقصر قرطاج، السيدة نجلاء بودن رمضان، "
     "وكلّفها بتشكيل الحكومة، وفق بلاغ نشرته رئاسة الجمهورية على صفحتها الرسمية.\n"
     "وتعد بودن، أستاذة التعليم العالي بالمدرسة الوطنية للمهندسين بتونس، أول امرأة تتولى رئاسة الحكومة في "
     "تاريخ تونس، وتخلف في هذا المنصب هشام المشيشي الذي أعفاه رئيس الدولة من مهامه يوم 25 جويلية الماضي.\n"
     "وأكد رئيس الجمهورية، خلال اللقاء، على ضرورة تقديم تركيبة الحكومة في الساعات أو الأيام القادمة، مشددا "
     "على أن من أولوياتها مقاومة الفساد والاستجابة لمطالب التونسيين في الصحة والنقل والتعليم.\n"
     "ويأتي هذا التكليف بعد أسبوع من صدور الأمر الرئاسي عدد 117 المتعلق بتدابير استثنائية، والذي يمنح رئيس "
     "الجمهورية صلاحيات واسعة في تعيين الحكومة.\n"
     "ومن المنتظر أن يؤدي أعضاء الحكومة الجديدة اليمين أمام رئيس الجمهورية فور استكمال تركيبتها، في حين "
     "انتقد رئيس البرلمان المجمدة اختصاصاته راشد الغنوشي التكليف معتبرا أنه \"خارج الدستور\".",
     [("MET_WITH", SAIED, BOUDEN, "السيدة نجلاء بودن رمضان، ", "2021-09-29"),
      ("SUCCESSOR_OF", BOUDEN, MECHICHI, "وتخلف في هذا المنصب هشام المشيشي", "2021-09-29"),
      ("LEADS", SAIED, TUNISIA, "رئيس الجمهورية قيس سعيد، اليوم"),
      ("LEADS", GHANNOUCHI, TN_PARL, "رئيس البرلمان المجمدة اختصاصاته"),
      ],
     {"source": TAP_AR, "published": "2021-09-29"}),

    ("enTX5_team_europe_carthage_tap", "en",
     "President Saied receives von der Leyen, Meloni and Rutte at Carthage Palace\n"
     "Tunis, June 11 (TAP) - President of the Republic Kais Saied received on Sunday at Carthage Palace "
     "President of the European Commission Ursula von der Leyen, Italian Prime Minister Giorgia Meloni and "
     "Prime Minister of the Netherlands Mark Rutte, who are on a working visit to Tunisia.\n"
     "The meeting focused on the partnership between Tunisia and the European Union, irregular migration and "
     "the economic situation, a statement of the Presidency of the Republic said.\n"
     "Speaking after the meeting, the Commission President said the EU was ready to mobilise up to 900 million "
     "euros in macro-financial assistance once the necessary agreement was reached, and 150 million euros in "
     "budget support right away.\n"
     "The Head of State had already received the Italian Prime Minister on June 6, during her first visit to "
     "Tunisia since taking office.\n"
     "On Saturday, during a visit to the city of Sfax, President Saied said that Tunisia \"will not be a border "
     "guard for other countries\".\n"
     "A memorandum of understanding on a comprehensive partnership is to be signed in the coming weeks, "
     "European sources said.",
     met_group({SAIED: "President of the Republic Kais Saied received", VDL: "Commission Ursula von der Leyen",
                 MELONI: "Italian Prime Minister Giorgia Meloni", RUTTE: "Netherlands Mark Rutte"}, "2023-06-11")
     + [("LEADS", SAIED, TUNISIA, "President of the Republic Kais"),
        ("LEADS", VDL, EC, "President of the European Commission Ursula"),
        ("LEADS", MELONI, ITALY, "Italian Prime Minister Giorgia"),
        ("LEADS", RUTTE, NETHERLANDS, "Prime Minister of the Netherlands"),
        ("VISITED", VDL, TUNISIA, "who are on a working visit to Tunisia", "2023-06-11"),
        ("VISITED", MELONI, TUNISIA, "during her first visit", "2023-06-06"),
        ("VISITED", RUTTE, TUNISIA, "Rutte, who are on a working visit", "2023-06-11"),
        ],
     {"source": TAP_EN, "published": "2023-06-11"}),

    ("arTX6_akhannouch_appointed_hespress", "ar",
     "الملك يعين أخنوش رئيسا للحكومة ويكلفه بتشكيلها\n"
     "هسبريس - استقبل الملك محمد السادس، اليوم الجمعة بالقصر الملكي بفاس، عزيز أخنوش، رئيس حزب التجمع الوطني "
     "للأحرار، الذي تصدر نتائج اقتراع الثامن من شتنبر، وعينه رئيسا للحكومة وكلفه بتشكيلها، وفق بلاغ للديوان "
     "الملكي.\n"
     "ويخلف أخنوش، الذي يشغل منصب وزير الفلاحة منذ 2007، سعد الدين العثماني، الأمين العام لحزب العدالة والتنمية، "
     "الذي مني حزبه بهزيمة غير مسبوقة بعد أن تراجع من 125 مقعدا إلى 13 مقعدا فقط في مجلس النواب.\n"
     "وكانت الأمانة العامة لحزب \"المصباح\" قد أعلنت، أمس الخميس، استقالتها الجماعية بمن فيها العثماني، فيما "
     "دعا الأمين العام السابق للحزب عبد الإله بنكيران، في تدوينة، العثماني إلى الاستقالة من الأمانة العامة.\n"
     "ومن المرتقب أن يشرع رئيس الحكومة المعين في مشاوراته مع زعماء الأحزاب مطلع الأسبوع المقبل، ولم يُحدد بعد "
     "موعد لقائه بالأمين العام لحزب الأصالة والمعاصرة عبد اللطيف وهبي، الذي حل حزبه ثانيا.",
     [("MET_WITH", KING, AKHANNOUCH, "بالقصر الملكي بفاس، عزيز أخنوش", "2021-09-10"),
      ("LEADS", AKHANNOUCH, RNI, "رئيس حزب التجمع الوطني"),
      ("SUCCESSOR_OF", AKHANNOUCH, OTHMANI, "ويخلف أخنوش", "2021-09-10"),
      ("LEADS", OTHMANI, PJD, "الأمين العام لحزب العدالة والتنمية"),
      ("LEADS", OUAHBI, PAM, "الأمين العام لحزب الأصالة والمعاصرة"),
      ],
     {"source": HESPRESS, "published": "2021-09-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTX")
