"""Blind set MP: Yemen and the Red Sea 2022-2025 (second folder of MO-MP): the Houthi delegation in Riyadh
(September 2023), al-Zubaidi's day with the UN envoy and the US ambassador in Aden (June 2024), a profile
of the Houthi chief of staff al-Ghamari killed by Israel (October 2025), the UN roadmap announcement
after the envoy's Riyadh and Muscat meetings (December 2023), Trump's halt to the strikes on the Houthis
(May 2025) and the Houthi negotiator's day in Tehran before Haniyeh was killed (July 2024), as a
London-based Middle East news site writes it in English (Middle East Monitor-like: "September 20, 2023
at 1:15 pm", "the Kingdom"), as an Emirati news site writes it in Arabic (al-Ain News-like: "العين
الإخبارية", "المليشيات الحوثية", "العاصمة المؤقتة عدن"), as a think-tank profile writes it (Critical
Threats-like, no dateline, "Ghumari", "Huthi"), as a Yemeni opposition TV site writes it in Arabic
(Belqees-like: "قناة بلقيس - خاص", "الانقلاب"), as an American TV network's site writes it (NBC
News-like: "WASHINGTON —", quotes from the Oval Office) and as the Houthi armed forces' site writes it
(26 September-like: "الوفد الوطني", "قائد الثورة", "غارة صهيونية غادرة").
Pieces: Khalid bin Salman receives Abdulsalam's delegation with Al Jaber present (English, MP1);
al-Zubaidi with Grundberg, then with Fagin and Hani bin Breik, Grundberg's separate meetings with
al-Alimi and bin Mubarak in Riyadh (Arabic, MP2); al-Ghamari killed by Israel, al-Madani after him,
al-Rahawi killed in the same Israeli raid, al-Sammad killed by the coalition and al-Mashat after him
(English, MP3); Grundberg with al-Alimi in Riyadh and with Abdulsalam in Muscat, Al Jaber received by
al-Mashat in Sanaa eight months earlier (Arabic, MP4); Trump with Carney in the Oval Office, Rubio after
Waltz (English, MP5); Abdulsalam, Haniyeh and al-Nakhalah with Pezeshkian, Pezeshkian with Naim Qassem
separately, Haniyeh killed by Israel (Arabic, MP6).
Excluded on purpose (no relation): al-Alimi's phone call with Khalid bin Salman; Abdul-Malik al-Houthi,
who "has not commented" (MP1); al-Zubaidi, who did not attend the council's meeting chaired by al-Alimi
(MP2); the US Treasury's sanctions, and Katz's "claim" (no second killer beside Israel) (MP3); al-Zubaidi's phone call with the
envoy; the unnamed Saudi and Omani officials (MP4); the "top missile guy" killed, not named; Albusaidi's
"discussions and contacts" (no one named) (MP5); the planned meeting with Bagheri Kani ("من المقرر"),
Haniyeh's unnamed bodyguard (MP6).
Judgement calls: the ambassador shown "attending the meeting" is paired with both sides (MP1); the STC
vice president "in the presence of" al-Zubaidi's meeting with the ambassador is paired with both (MP2);
"كلٌّ على حدة" keeps al-Alimi and bin Mubarak apart (MP2); "Sammad's post went to" al-Mashat is a
succession; "named ... as his replacement" is a succession (MP3); Rubio, handed Waltz's post "on an
interim basis", succeeds him (MP5); those the meeting "included" (ضم اللقاء) are paired with all
(MP6); "غارة صهيونية" gives country:israel (MP6).
Filled in for the exercise: al-Alimi's call with Khalid bin Salman (MP1); the whole Aden day and the
Riyadh meetings (MP2); al-Zubaidi's call with the envoy (MP4); Abdulsalam's place in the Pezeshkian
meeting and the planned meeting with Bagheri Kani (MP6).
Spellings: "Khalid Bin Salman", "Mohammed Abdul-Salam", "Mohammed Al-Jabir", "Abdul-Malik Al-Houthi",
"Rashad Al-Alimi" (MP1); "عيدروس قاسم الزُبيدي", "هانس غروندبيرغ", "ستيفن فاجن" (MP2); "Muhammad Abd
al-Karim al-Ghumari", "Yusuf al-Madani", "Abdul-Malik al-Huthi" (MP3); "محمد عبد السلام", "أحمد عوض بن
مبارك" (MP4); "Mohammed Abdulsalam" (MP5); "مسعود بزشكيان", "زياد النخالة", "محمد عبدالسلام" (MP6).
Entity table: tests/data/blind_entities_mp60.py (blind_entities_mp.py is an older, unrelated table).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mp60 import ALL  # noqa: E402

HERE = Path(__file__).parent

US, ISRAEL, IRAN, CANADA = "country:united-states", "country:israel", "country:iran", "country:canada"
SANAA, RIYADH, TEHRAN, ADEN = "location:sanaa", "location:riyadh", "location:tehran", "location:aden"
HOUTHIS, SPC, YGOV, YFM, PLC, STC, COALITION, SADEF, DOD, STATE, ILMOD, ILGOV, OMFM, HAMAS, PIJ, HEZB = (
    "organization:houthis", "organization:houthi-supreme-political-council", "organization:yemeni-government",
    "organization:yemeni-foreign-ministry", "organization:presidential-leadership-council",
    "organization:southern-transitional-council", "organization:saudi-led-coalition",
    "organization:saudi-defence-ministry", "organization:us-department-of-defense",
    "organization:us-state-department", "organization:israeli-defense-ministry",
    "organization:israeli-government", "organization:omani-foreign-ministry", "organization:hamas",
    "organization:palestinian-islamic-jihad", "organization:hezbollah")
KBS, ABDULSALAM, JABER, AMALIK, ALIMI = (
    "person:khalid-bin-salman", "person:mohammed-abdulsalam", "person:mohammed-al-jaber",
    "person:abdul-malik-al-houthi", "person:rashad-al-alimi")
ZUBAIDI, GRUNDBERG, FAGIN, HANI, BINMUBARAK = (
    "person:aidarous-al-zubaidi", "person:hans-grundberg", "person:steven-fagin", "person:hani-bin-breik",
    "person:ahmed-awad-bin-mubarak")
GHAMARI, MADANI, RAHAWI, SAMMAD, MASHAT, KATZ = (
    "person:mohammed-al-ghamari", "person:yousef-al-madani", "person:ahmed-al-rahawi", "person:saleh-al-sammad",
    "person:mahdi-al-mashat", "person:israel-katz")
TRUMP, CARNEY, ALBUSAIDI, HEGSETH, WALTZ, RUBIO, NETANYAHU = (
    "person:donald-trump", "person:mark-carney", "person:badr-albusaidi", "person:pete-hegseth",
    "person:mike-waltz", "person:marco-rubio", "person:benjamin-netanyahu")
PEZESHKIAN, HANIYEH, NAKHALAH, QASSEM, BKANI = (
    "person:masoud-pezeshkian", "person:ismail-haniyeh", "person:ziyad-al-nakhalah", "person:naim-qassem",
    "person:ali-bagheri-kani")

MEMO = "blind set (London-based Middle East news site, English, Middle East Monitor-like)"
AIN = "blind set (Emirati news site, Arabic, al-Ain News-like)"
CRITICAL = "blind set (think-tank profile, English, Critical Threats-like)"
BELQEES = "blind set (Yemeni opposition TV site, Arabic, Belqees-like)"
NBC = "blind set (American TV network site, English, NBC News-like)"
SEPT26 = "blind set (Houthi armed forces' news site, Arabic, 26 September-like)"


_RIYADH = {KBS: "Prince Khalid Bin Salman, yesterday received a delegation",
           ABDULSALAM: "headed by the group's spokesman and chief negotiator",
           JABER: "attending the meeting"}
_ADEN = {ZUBAIDI: "استقبل الزُبيدي السفير الأمريكي",
         FAGIN: "السفير الأمريكي لدى اليمن ستيفن فاجن",
         HANI: "بحضور نائب رئيس المجلس الانتقالي هاني بن بريك"}
_PEZESHKIAN = {ABDULSALAM: "التقى رئيس الوفد الوطني محمد عبدالسلام",
               PEZESHKIAN: "رئيس الجمهورية الإسلامية الإيرانية الدكتور مسعود بزشكيان",
               HANIYEH: "وضم اللقاء رئيس المكتب السياسي",
               NAKHALAH: "والأمين العام لحركة الجهاد الإسلامي في فلسطين زياد النخالة"}

ARTICLES = [
    ("enMP1_houthi_delegation_in_riyadh", "en",
     "Saudi defence minister receives Houthi delegation in Riyadh\n"
     "September 20, 2023 at 1:15 pm\n"
     "Saudi Defence Minister, Prince Khalid Bin Salman, yesterday received a delegation of Yemen's Houthi "
     "group in Riyadh, the first publicly announced meeting between the two sides in the Kingdom since the "
     "war began in 2015.\n"
     "The delegation, headed by the group's spokesman and chief negotiator, Mohammed Abdul-Salam, had "
     "arrived in the Saudi capital on Thursday aboard an Omani aircraft, accompanied by Omani mediators.\n"
     "\"I met today with the delegation from Sanaa,\" Bin Salman wrote on X, stressing the Kingdom's support "
     "for \"a comprehensive and lasting political solution\" in Yemen. Pictures published by the Saudi Press "
     "Agency showed the Saudi ambassador to Yemen, Mohammed Al-Jabir, attending the meeting.\n"
     "The five days of talks dealt with reopening ports and Sanaa airport, paying public sector salaries and "
     "a timetable for the exit of foreign forces, a Houthi source told Al-Masirah TV.\n"
     "Abdul-Salam said later that the delegation would return to Sanaa to brief the leadership. The group's "
     "leader, Abdul-Malik Al-Houthi, has not commented publicly.\n"
     "Rashad Al-Alimi, who chairs the internationally recognised Presidential Leadership Council, welcomed "
     "the talks in a phone call with Bin Salman, the Saba news agency reported.",
     met_group(_RIYADH, "2023-09-19") + [
      ("LEADS", KBS, SADEF, "Saudi Defence Minister, Prince Khalid Bin Salman"),
      ("VISITED", ABDULSALAM, RIYADH, "had arrived in the Saudi capital on Thursday", "2023-09-14"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "the group's spokesman and chief negotiator, Mohammed Abdul-Salam"),
      ("LEADS", AMALIK, HOUTHIS, "leader, Abdul-Malik Al-Houthi, has not commented"),
      ("LEADS", ALIMI, PLC, "who chairs the internationally recognised Presidential Leadership Council"),
      ],
     {"source": MEMO, "published": "2023-09-20"}),

    ("arMP2_zubaidi_grundberg_aden", "ar",
     "الزبيدي يبحث مع غروندبيرغ في عدن مسار السلام.. ويستقبل السفير الأمريكي\n"
     "عدن - العين الإخبارية\n"
     "بحث عضو مجلس القيادة الرئاسي في اليمن، رئيس المجلس الانتقالي الجنوبي، اللواء عيدروس قاسم الزُبيدي، "
     "مع المبعوث الأممي هانس غروندبيرغ، الأربعاء، في العاصمة المؤقتة عدن، مستجدات العملية السياسية "
     "وتداعيات الهجمات الحوثية على السفن في البحر الأحمر.\n"
     "وأكد الزبيدي، خلال اللقاء، أن أي تسوية لا تضع قضية شعب الجنوب في إطار تفاوضي خاص «لن يُكتب لها "
     "النجاح»، وفقاً لبيان صادر عن مكتبه.\n"
     "وفي وقت لاحق من اليوم ذاته، استقبل الزُبيدي السفير الأمريكي لدى اليمن ستيفن فاجن، بحضور نائب رئيس "
     "المجلس الانتقالي هاني بن بريك، وناقش معه التنسيق في مواجهة تهديدات المليشيات الحوثية للملاحة "
     "الدولية.\n"
     "وكان المبعوث الأممي قد وصل إلى عدن قادماً من الرياض، حيث التقى كلاً من رئيس مجلس القيادة الرئاسي "
     "الدكتور رشاد العليمي ورئيس الوزراء أحمد عوض بن مبارك، كلٌّ على حدة.\n"
     "ولم يشارك الزُبيدي في الاجتماع الأخير لمجلس القيادة الذي عُقد في الرياض برئاسة العليمي، لارتباطه "
     "بمهام في عدن، بحسب مصدر في الانتقالي.",
     [("MET_WITH", ZUBAIDI, GRUNDBERG, "مع المبعوث الأممي هانس غروندبيرغ", "2024-06-12"),
      ("MEMBER_OF", ZUBAIDI, PLC, "بحث عضو مجلس القيادة الرئاسي في اليمن"),
      ("LEADS", ZUBAIDI, STC, "رئيس المجلس الانتقالي الجنوبي، اللواء"),
      ("VISITED", GRUNDBERG, ADEN, "وكان المبعوث الأممي قد وصل إلى عدن", "2024-06-12"),
      ("MEMBER_OF", HANI, STC, "بحضور نائب رئيس المجلس الانتقالي هاني بن بريك"),
      ("MET_WITH", GRUNDBERG, ALIMI, "الدكتور رشاد العليمي ورئيس الوزراء", "2024-06"),
      ("LEADS", ALIMI, PLC, "حيث التقى كلاً من رئيس مجلس القيادة الرئاسي"),
      ("MET_WITH", GRUNDBERG, BINMUBARAK, "ورئيس الوزراء أحمد عوض بن مبارك", "2024-06"),
      ("LEADS", BINMUBARAK, YGOV, "ورئيس الوزراء أحمد عوض بن مبارك"),
      ] + met_group(_ADEN, "2024-06-12"),
     {"source": AIN, "published": "2024-06-12"}),

    ("enMP3_ghumari_profile", "en",
     "Profile: Muhammad al-Ghumari, the Huthi chief of staff\n"
     "Major General Muhammad Abd al-Karim al-Ghumari, whose death the Huthis announced on October 16, 2025, "
     "was the movement's most senior military officer and the architect of its missile and drone campaign "
     "against Israel and Red Sea shipping. The group said he had died \"a martyr\" of wounds sustained in "
     "Israeli strikes, without saying when. Israel Katz, the Israeli defense minister, had claimed in "
     "September that Ghumari was hit in the same Israeli raid on Sanaa in August that killed Prime Minister "
     "Ahmed al-Rahawi and nine of his ministers. The Huthi statement named Maj. Gen. Yusuf al-Madani, a "
     "longtime front commander, as his replacement.\n"
     "A Saada native, Ghumari had become chief of the general staff by the time a Saudi-led coalition air "
     "strike killed Saleh al-Sammad, then head of the Supreme Political Council, in Hodeidah in April 2018. "
     "Sammad's post went to Mahdi al-Mashat, whom Ghumari served for seven years.\n"
     "The U.S. Treasury sanctioned him in May 2021 for overseeing cross-border attacks on Saudi Arabia. In a "
     "televised speech, Abdul-Malik al-Huthi eulogized him and vowed that his killing would not go "
     "unpunished.",
     [("ASSASSINATED_BY", GHAMARI, ISRAEL, "wounds sustained in Israeli strikes", "2025"),
      ("MEMBER_OF", GHAMARI, HOUTHIS, "was the movement's most senior military officer"),
      ("LEADS", KATZ, ILMOD, "Israel Katz, the Israeli defense minister"),
      ("ASSASSINATED_BY", RAHAWI, ISRAEL, "in August that killed Prime Minister", "2025-08"),
      ("SUCCESSOR_OF", MADANI, GHAMARI, "as his replacement", "2025-10-16"),
      ("ASSASSINATED_BY", SAMMAD, COALITION, "strike killed Saleh al-Sammad", "2018-04"),
      ("LEADS", SAMMAD, SPC, "then head of the Supreme Political Council"),
      ("SUCCESSOR_OF", MASHAT, SAMMAD, "Sammad's post went to Mahdi al-Mashat", "2018-04"),
      ],
     {"source": CRITICAL, "published": "2025-10-20"}),

    ("arMP4_grundberg_roadmap_commitments", "ar",
     "غروندبرغ يعلن التزام الأطراف بخارطة طريق أممية عقب لقاءات في الرياض ومسقط\n"
     "قناة بلقيس - خاص\n"
     "أعلن المبعوث الأممي إلى اليمن هانس غروندبرغ، السبت، أن الحكومة الشرعية وجماعة الحوثي التزمتا "
     "بمجموعة من التدابير تشمل وقفاً لإطلاق النار في عموم البلاد ودفع رواتب القطاع العام والانخراط في "
     "التحضير لاستئناف عملية سياسية تحت رعاية الأمم المتحدة.\n"
     "وقال مكتب المبعوث في بيان إن الإعلان جاء عقب سلسلة من الاجتماعات عقدها غروندبرغ مع رئيس مجلس "
     "القيادة الرئاسي رشاد العليمي في الرياض، ومع كبير مفاوضي الحوثيين محمد عبد السلام في مسقط، إلى جانب "
     "لقاءات مع مسؤولين سعوديين وعُمانيين.\n"
     "وقال وزير الخارجية أحمد عوض بن مبارك، في تصريح لـ«بلقيس»، إن الحكومة «لن تقبل بأي اتفاق يكافئ "
     "الانقلاب»، فيما أفادت مصادر حكومية بأن عضو مجلس القيادة عيدروس الزبيدي أبدى تحفظات على الخطة في "
     "اتصال هاتفي مع المبعوث.\n"
     "ويأتي الإعلان بعد نحو ثمانية أشهر من زيارة السفير السعودي محمد آل جابر إلى صنعاء، حيث استقبله رئيس "
     "المجلس السياسي للجماعة مهدي المشاط، وبعد أن بدأت الجماعة منذ نوفمبر الماضي باستهداف السفن في البحر "
     "الأحمر واحتجاز السفينة «غالاكسي ليدر».",
     [("MET_WITH", GRUNDBERG, ALIMI, "عقدها غروندبرغ مع رئيس مجلس", "2023-12"),
      ("LEADS", ALIMI, PLC, "القيادة الرئاسي رشاد العليمي في الرياض"),
      ("MET_WITH", GRUNDBERG, ABDULSALAM, "ومع كبير مفاوضي الحوثيين محمد عبد السلام في مسقط", "2023-12"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "ومع كبير مفاوضي الحوثيين"),
      ("LEADS", BINMUBARAK, YFM, "وقال وزير الخارجية أحمد عوض بن مبارك"),
      ("MEMBER_OF", ZUBAIDI, PLC, "عضو مجلس القيادة عيدروس الزبيدي"),
      ("MET_WITH", JABER, MASHAT, "حيث استقبله رئيس", "2023-04"),
      ("VISITED", JABER, SANAA, "زيارة السفير السعودي محمد آل جابر إلى صنعاء", "2023-04"),
      ("LEADS", MASHAT, SPC, "المجلس السياسي للجماعة مهدي المشاط"),
      ],
     {"source": BELQEES, "published": "2023-12-23"}),

    ("enMP5_trump_halts_houthi_strikes", "en",
     "Trump says U.S. will stop bombing the Houthis after they agreed to halt attacks on ships\n"
     "WASHINGTON — President Donald Trump said Tuesday that the United States would stop bombing Yemen's "
     "Houthi rebels because they had \"capitulated\" and agreed to stop attacking American ships in the Red "
     "Sea.\n"
     "Trump made the announcement in the Oval Office as he hosted Canada's new prime minister, Mark Carney, "
     "for their first face-to-face meeting since Carney's Liberals won last week's election.\n"
     "Hours later, Oman's foreign minister, Badr Albusaidi, said Muscat had brokered the ceasefire after "
     "\"recent discussions and contacts\" with Washington and the Houthi authorities in Sanaa.\n"
     "The deal came seven weeks into a campaign of more than 1,000 strikes that Defense Secretary Pete "
     "Hegseth said had badly degraded the group's arsenal. In March, Mike Waltz, then the national security "
     "adviser, said the opening wave had killed the Houthis' \"top missile guy,\" whom he did not name. Trump "
     "moved Waltz last week to be ambassador to the United Nations and handed his White House post, on an "
     "interim basis, to Secretary of State Marco Rubio.\n"
     "The Houthis' chief negotiator, Mohammed Abdulsalam, said the agreement \"does not include Israel in any "
     "way.\" On Monday Israeli jets struck the port of Hodeidah, two days after a Houthi missile landed near "
     "Ben Gurion Airport, and Prime Minister Benjamin Netanyahu vowed further retaliation.",
     [("LEADS", TRUMP, US, "President Donald Trump said Tuesday"),
      ("MET_WITH", TRUMP, CARNEY, "as he hosted Canada's new prime minister, Mark Carney", "2025-05-06"),
      ("LEADS", CARNEY, CANADA, "as he hosted Canada's new prime minister, Mark Carney"),
      ("LEADS", ALBUSAIDI, OMFM, "Oman's foreign minister, Badr Albusaidi"),
      ("LEADS", HEGSETH, DOD, "Defense Secretary Pete"),
      ("SUCCESSOR_OF", RUBIO, WALTZ, "interim basis, to Secretary of State Marco Rubio", "2025-05-01"),
      ("LEADS", RUBIO, STATE, "interim basis, to Secretary of State Marco Rubio"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "The Houthis' chief negotiator, Mohammed Abdulsalam"),
      ("LEADS", NETANYAHU, ILGOV, "Prime Minister Benjamin Netanyahu vowed"),
      ],
     {"source": NBC, "published": "2025-05-06"}),

    ("arMP6_abdulsalam_tehran_haniyeh", "ar",
     "رئيس الوفد الوطني يلتقي الرئيس الإيراني وقادة المقاومة في طهران.. وينعى الشهيد هنية\n"
     "طهران - 26 سبتمبر نت\n"
     "التقى رئيس الوفد الوطني محمد عبدالسلام، مساء الثلاثاء، رئيس الجمهورية الإسلامية الإيرانية الدكتور "
     "مسعود بزشكيان، على هامش مشاركته في مراسم أداء الرئيس الإيراني اليمين الدستورية أمام مجلس الشورى "
     "الإسلامي.\n"
     "وضم اللقاء رئيس المكتب السياسي لحركة المقاومة الإسلامية حماس إسماعيل هنية، والأمين العام لحركة "
     "الجهاد الإسلامي في فلسطين زياد النخالة، حيث أكد الرئيس بزشكيان أن الجمهورية الإسلامية ستواصل دعمها "
     "لمحور المقاومة.\n"
     "كما استقبل بزشكيان في لقاء منفصل نائب الأمين العام لحزب الله الشيخ نعيم قاسم.\n"
     "وكان عبدالسلام قد وصل إلى طهران الاثنين على رأس وفد يمثل قائد الثورة السيد عبدالملك بدرالدين "
     "الحوثي، ومن المقرر أن يلتقي خلال الزيارة القائم بأعمال وزير الخارجية علي باقري كني.\n"
     "وفجر الأربعاء، أعلنت حركة حماس استشهاد القائد إسماعيل هنية ومرافقه إثر غارة صهيونية غادرة استهدفت "
     "مقر إقامته في طهران، فيما نعاه عبدالسلام في تدوينة على منصة إكس، مؤكداً أن استهداف هنية «جريمة "
     "إرهابية» لن تمر دون عقاب.",
     met_group(_PEZESHKIAN, "2024-07-30") + [
      ("LEADS", PEZESHKIAN, IRAN, "رئيس الجمهورية الإسلامية الإيرانية الدكتور"),
      ("LEADS", HANIYEH, HAMAS, "رئيس المكتب السياسي لحركة المقاومة الإسلامية حماس"),
      ("LEADS", NAKHALAH, PIJ, "والأمين العام لحركة الجهاد الإسلامي في فلسطين"),
      ("MET_WITH", PEZESHKIAN, QASSEM, "كما استقبل بزشكيان في لقاء منفصل", "2024-07-30"),
      ("MEMBER_OF", QASSEM, HEZB, "نائب الأمين العام لحزب الله الشيخ نعيم قاسم"),
      ("VISITED", ABDULSALAM, TEHRAN, "وكان عبدالسلام قد وصل إلى طهران الاثنين", "2024-07-29"),
      ("LEADS", AMALIK, HOUTHIS, "قائد الثورة السيد عبدالملك بدرالدين"),
      ("ASSASSINATED_BY", HANIYEH, ISRAEL, "إثر غارة صهيونية غادرة", "2024-07-31"),
      ],
     {"source": SEPT26, "published": "2024-07-31"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMP")
