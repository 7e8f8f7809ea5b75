"""Blind set RI: Sudan's war and the Horn's diplomacy, 2023-2024 (first folder of RI-RJ): Abdel Fattah
al-Burhan's first trip abroad since the war, to Abdel Fattah el-Sisi at El Alamein (August 2023), the killing
of West Darfur governor Khamis Abakar and Malik Agar's appointment in Hemedti's place (May-June 2023),
Mohamed Hamdan Dagalo's (Hemedti's) African tour to Kampala and Addis Ababa (December 2023), Dagalo at State
House, Nairobi, after the Addis Ababa declaration with Abdalla Hamdok (January 2024), the Asmara tripartite
summit of Sisi, Isaias Afwerki and Hassan Sheikh Mohamud (October 2024) and the opening of the Jeddah talks
(May 2023), as Sudan's state agency writes it in Arabic (SUNA-like: "العلمين 29-8-2023 (سونا) -", "فخامة",
"سيادته"), a Western wire in English (AP-like: "CAIRO (AP) —"), a Sudanese independent site in Arabic
(Sudan Tribune-like), a Kenyan daily in English (Nation-like: "Gen Dagalo", "State House, Nairobi"), an
Egyptian daily in Arabic (Al-Ahram-like: "من مبعوث «الأهرام»") and a Saudi daily in English (Arab
News-like: "JEDDAH:", "Prince Faisal").
Pieces: Burhan meets Sisi with Ali al-Sadiq and Abbas Kamel present (Arabic, RI1); Abakar killed, no agent
stated by the wire; Agar named to replace Dagalo (English, RI2); Museveni receives Dagalo, Dagalo meets Abiy
with Redwan Hussein present (Arabic, RI3); Ruto hosts Dagalo; Dagalo and Hamdok met in Addis Ababa; Dagalo
met Guelleh in Djibouti (English, RI4); Sisi, Isaias and Hassan Sheikh meet in Asmara; Sisi and Isaias in
a bilateral with both foreign ministers present (Arabic, RI5); Faisal bin Farhan meets the army's and the
RSF's delegations, and receives Phee and Godfrey with Elkhereiji present (English, RI6).
Excluded on purpose (no relation): Abiy's phone call to Burhan (RI1); Abakar's killing, which the army
blames on the RSF (an accusation) and the RSF denies; Abdel Rahman Juma, merely accused (RI2); the Burhan -
Hemedti meeting in Djibouti, postponed (RI3); Ruto's phone call to Burhan (RI4); Abiy, who did not take part
(RI5); Blinken's phone call to Prince Faisal (RI6).
Judgement calls: «بحضور» two officials of both sides: each is paired with both principals and with each other
(they attended together) (RI1, RI5); "named Malik Agar to replace him" is a succession Agar -> Dagalo (RI2);
«استقبله الرئيس الأوغندي» is a meeting (RI3); "met with the delegations of the Sudanese Armed Forces and the
Rapid Support Forces" pairs Prince Faisal with each body (the delegations are unnamed) (RI6); "received X and
Y" together is a meeting of the three, the attendee paired with all three (RI6); "the current chair of IGAD"
is LEADS (RI4); "chairs the Taqaddum coalition" is LEADS (RI4).
Filled in for the exercise: Abiy's phone call, the wording of the statements (RI1); the video footage and the
army's wording (RI2); Redwan Hussein's presence, the Djibouti statement's wording (RI3); Ruto's quotation and
his call to Burhan (RI4); the bilateral before the summit and the ministers' presence (RI5); the attendance of
Elkhereiji at the meeting with Phee and Godfrey, Blinken's call on the Friday (RI6).
Spellings: «الفريق أول ركن عبد الفتاح البرهان», «السيسي» (RI1); "Gen. Abdel Fattah Burhan", "Mohamed Hamdan
Dagalo", "Geneina" (RI2); «محمد حمدان دقلو «حميدتي»», «دقلو», «آبي أحمد» (RI3); "Gen Dagalo", "Hemedti",
"Taqaddum" (RI4); «أسياس أفورقي», «أفورقي», «حسن شيخ محمود» (RI5); "Prince Faisal bin Farhan", "Waleed
Elkhereiji" (RI6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rj import ALL  # noqa: E402

HERE = Path(__file__).parent

SUDAN, EGYPT, ETHIOPIA, ERITREA, SOMALIA, KENYA, UGANDA = (
    "country:sudan", "country:egypt", "country:ethiopia", "country:eritrea", "country:somalia", "country:kenya",
    "country:uganda")
SAF, RSF, COUNCIL, TAGADDUM, IGAD, SPLMN = (
    "organization:sudanese-armed-forces", "organization:rapid-support-forces",
    "organization:sudan-sovereignty-council", "organization:tagaddum", "organization:igad", "organization:splm-n")
BURHAN, DAGALO, AGAR, ABAKAR, JUMA, SADIQ, HAMDOK = (
    "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo", "person:malik-agar", "person:khamis-abakar",
    "person:abdel-rahman-juma", "person:ali-al-sadiq", "person:abdalla-hamdok")
ABIY, REDWAN, ISAIAS, OSMAN_SALEH, HSM, RUTO, MUSEVENI, GUELLEH = (
    "person:abiy-ahmed", "person:redwan-hussein", "person:isaias-afwerki", "person:osman-saleh-mohammed",
    "person:hassan-sheikh-mohamud", "person:william-ruto", "person:yoweri-museveni", "person:ismail-omar-guelleh")
SISI, KAMEL, ABDELATTY = "person:abdel-fattah-el-sisi", "person:abbas-kamel", "person:badr-abdelatty"
FAISAL, KHEREIJI, BLINKEN, PHEE, GODFREY = (
    "person:faisal-bin-farhan", "person:waleed-elkhereiji", "person:antony-blinken", "person:molly-phee",
    "person:john-godfrey")

SUNA = "blind set (Sudanese state news agency, Arabic, SUNA-like)"
AP = "blind set (Western news wire, English, AP-like)"
TRIBUNE = "blind set (Sudanese independent news site, Arabic, Sudan Tribune-like)"
NATION = "blind set (Kenyan daily, English, Nation-like)"
AHRAM = "blind set (Egyptian daily, Arabic, Al-Ahram-like)"
ARABNEWS = "blind set (Saudi daily, English, Arab News-like)"

ARTICLES = [
    ("arRI1_burhan_sisi_alamein_suna", "ar",
     "البرهان والسيسي يبحثان بالعلمين تطورات الأوضاع في السودان\n"
     "العلمين 29-8-2023 (سونا) - وصل رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن "
     "عبد الفتاح البرهان، اليوم، إلى مدينة العلمين المصرية في أول زيارة خارجية له منذ اندلاع الحرب في الخامس "
     "عشر من أبريل الماضي، حيث عقد جلسة مباحثات مع فخامة الرئيس عبد الفتاح السيسي رئيس جمهورية مصر العربية.\n"
     "وجرت المباحثات بحضور وزير الخارجية المكلف السفير علي الصادق، ورئيس المخابرات العامة المصرية اللواء عباس "
     "كامل.\n"
     "وأكد الجانبان حرصهما على وحدة السودان وسلامة أراضيه، وضرورة الحفاظ على مؤسسات الدولة الوطنية. وثمّن "
     "سيادته مواقف مصر الداعمة للشعب السوداني واستقبالها للفارين من الحرب.\n"
     "من جهته، جدد الرئيس السيسي التزام بلاده بمواصلة العمل مع دول الجوار لإنهاء الأزمة.\n"
     "وكان البرهان قد تلقى الأسبوع الماضي اتصالاً هاتفياً من رئيس الوزراء الإثيوبي آبي أحمد، تناول مساعي دول "
     "الجوار لوقف القتال.\n"
     "ويعود رئيس مجلس السيادة إلى بورتسودان مساء اليوم.",
     [("MET_WITH", BURHAN, SISI, "حيث عقد جلسة مباحثات مع فخامة الرئيس", "2023-08-29"),
      ("MET_WITH", SADIQ, BURHAN, "وزير الخارجية المكلف السفير علي الصادق", "2023-08-29"),
      ("MET_WITH", SADIQ, SISI, "وجرت المباحثات بحضور", "2023-08-29"),
      ("MET_WITH", KAMEL, BURHAN, "اللواء عباس", "2023-08-29"),
      ("MET_WITH", KAMEL, SISI, "ورئيس المخابرات العامة المصرية", "2023-08-29"),
      ("MET_WITH", KAMEL, SADIQ, "المصرية اللواء عباس", "2023-08-29"),
      ("LEADS", BURHAN, COUNCIL, "وصل رئيس مجلس السيادة الانتقالي"),
      ("LEADS", BURHAN, SAF, "القائد العام للقوات المسلحة الفريق"),
      ("LEADS", SISI, EGYPT, "السيسي رئيس جمهورية مصر العربية"),
      ("LEADS", ABIY, ETHIOPIA, "من رئيس الوزراء الإثيوبي آبي أحمد"),
      ],
     {"source": SUNA, "published": "2023-08-29"}),

    ("enRI2_abakar_killed_ap", "en",
     "West Darfur governor killed hours after accusing RSF of 'genocide'\n"
     "CAIRO (AP) — The governor of Sudan's West Darfur province was killed Wednesday, hours after he accused the "
     "paramilitary Rapid Support Forces of carrying out a \"genocide\" in the provincial capital of Geneina, "
     "officials said.\n"
     "Khamis Abakar had told a Saudi television channel that the city was being \"destroyed\" and called for "
     "international intervention. Video footage circulating on social media later showed him being led away by "
     "armed men, and images of his body emerged hours afterward.\n"
     "The military blamed the RSF for the killing, calling it a \"heinous act\". The RSF denied any role and said "
     "it condemned the assassination. Local activists named an RSF commander in the area, Abdel Rahman Juma, "
     "but no one has been charged.\n"
     "Abakar, a former rebel, had been appointed governor under the 2020 Juba peace deal.\n"
     "Last month, army chief Gen. Abdel Fattah Burhan removed his rival, RSF commander Gen. Mohamed Hamdan "
     "Dagalo, as deputy head of the ruling Sovereign Council and named Malik Agar to replace him. Agar, who "
     "heads a faction of the Sudan People's Liberation Movement-North, has since called for talks.\n"
     "The conflict, which erupted in mid-April, has killed more than 1,000 people.",
     [("SUCCESSOR_OF", AGAR, DAGALO, "named Malik Agar to replace him", "2023-05-19"),
      ("LEADS", BURHAN, SAF, "army chief Gen. Abdel Fattah Burhan"),
      ("LEADS", DAGALO, RSF, "RSF commander Gen. Mohamed Hamdan"),
      ("LEADS", AGAR, SPLMN, "who heads a faction of the Sudan"),
      ("MEMBER_OF", JUMA, RSF, "an RSF commander in the area"),
      ],
     {"source": AP, "published": "2023-06-14"}),

    ("arRI3_hemedti_kampala_addis_tribune", "ar",
     "حميدتي يبدأ جولة أفريقية من كمبالا ويلتقي آبي أحمد في أديس أبابا\n"
     "كمبالا، أديس أبابا – «سودان تربيون»\n"
     "ظهر قائد قوات الدعم السريع محمد حمدان دقلو «حميدتي» علناً للمرة الأولى منذ أشهر، إذ استقبله الرئيس "
     "الأوغندي يويري موسيفيني، الأربعاء، في مزرعته بمنطقة كيسوزي، وبحثا سبل إنهاء الحرب في السودان.\n"
     "وانتقل دقلو الخميس إلى أديس أبابا، حيث أجرى مباحثات مع رئيس الوزراء الإثيوبي آبي أحمد بحضور مدير جهاز "
     "الأمن والمخابرات الوطني الإثيوبي رضوان حسين. وقال آبي في تدوينة إنه أكد لضيفه «أهمية الحل السلمي».\n"
     "وكان مقرراً أن يلتقي حميدتي قائد الجيش الفريق أول عبد الفتاح البرهان في جيبوتي نهاية الشهر، غير أن "
     "اللقاء أُرجئ إلى موعد لم يُحدد لـ«أسباب فنية»، بحسب بيان لحكومة جيبوتي.\n"
     "في المقابل، انتقدت وزارة الخارجية السودانية في بيان من بورتسودان استقبال «قائد الميليشيا المتمردة» "
     "بمراسم رسمية، معتبرة ذلك «سابقة خطيرة».\n"
     "وقالت مصادر في الدعم السريع إن الجولة ستشمل دولاً أخرى في الإقليم.",
     [("MET_WITH", DAGALO, MUSEVENI, "إذ استقبله الرئيس", "2023-12-27"),
      ("MET_WITH", DAGALO, ABIY, "حيث أجرى مباحثات مع رئيس الوزراء الإثيوبي", "2023-12-28"),
      ("MET_WITH", REDWAN, DAGALO, "الأمن والمخابرات الوطني الإثيوبي رضوان حسين", "2023-12-28"),
      ("MET_WITH", REDWAN, ABIY, "آبي أحمد بحضور مدير جهاز", "2023-12-28"),
      ("LEADS", DAGALO, RSF, "ظهر قائد قوات الدعم السريع"),
      ("LEADS", MUSEVENI, UGANDA, "الأوغندي يويري موسيفيني"),
      ("LEADS", ABIY, ETHIOPIA, "مع رئيس الوزراء الإثيوبي آبي"),
      ("LEADS", BURHAN, SAF, "قائد الجيش الفريق أول"),
      ],
     {"source": TRIBUNE, "published": "2023-12-28"}),

    ("enRI4_ruto_hosts_dagalo_nation", "en",
     "Ruto hosts RSF's Dagalo at State House as Khartoum protests\n"
     "By NATION REPORTER\n"
     "President William Ruto on Wednesday hosted Rapid Support Forces (RSF) commander Gen Mohamed Hamdan Dagalo "
     "at State House, Nairobi, days after the paramilitary leader signed a declaration with Sudan's main "
     "civilian coalition in Addis Ababa.\n"
     "\"I had a candid conversation with Gen Dagalo on the urgent need for a ceasefire,\" Ruto said in a "
     "statement after the talks. The President said he had also spoken on phone with Gen Abdel Fattah "
     "al-Burhan, the army chief, and urged him to agree to a face-to-face meeting.\n"
     "In Addis Ababa on Tuesday, Dagalo and former Prime Minister Abdalla Hamdok, who chairs the Taqaddum "
     "coalition, met for two days before signing the Addis Ababa Declaration on ending the war.\n"
     "Dagalo, the Sudanese general popularly known as Hemedti, flew into Nairobi from Djibouti, where he had "
     "met President Ismail Omar Guelleh, the current chair of IGAD.\n"
     "In Port Sudan, the Foreign Ministry condemned the reception and said it would review its relations with "
     "Nairobi.",
     [("MET_WITH", RUTO, DAGALO, "President William Ruto on Wednesday hosted", "2024-01-03"),
      ("MET_WITH", DAGALO, HAMDOK, "met for two days before signing", "2024-01-02"),
      ("MET_WITH", DAGALO, GUELLEH, "where he had met President Ismail", "2024-01-02"),
      ("LEADS", DAGALO, RSF, "Rapid Support Forces (RSF) commander Gen"),
      ("LEADS", HAMDOK, TAGADDUM, "who chairs the Taqaddum"),
      ("LEADS", GUELLEH, IGAD, "the current chair of IGAD"),
      ],
     {"source": NATION, "published": "2024-01-04"}),

    ("arRI5_asmara_summit_ahram", "ar",
     "قمة ثلاثية في أسمرة تجمع السيسي وأفورقي وحسن شيخ محمود\n"
     "أسمرة – من مبعوث «الأهرام»\n"
     "عقد الرئيس عبد الفتاح السيسي، والرئيس الإريتري أسياس أفورقي، والرئيس الصومالي حسن شيخ محمود، أمس، "
     "قمة ثلاثية بالعاصمة الإريترية أسمرة، تناولت تطورات الأوضاع في منطقة القرن الأفريقي والبحر الأحمر.\n"
     "وأكد القادة الثلاثة في بيان ختامي احترام سيادة الصومال ووحدة أراضيه، ورفض أي تدخل في شئونه الداخلية.\n"
     "وكان الرئيس السيسي قد عقد قبيل القمة جلسة مباحثات ثنائية مع الرئيس أفورقي، بحضور الدكتور بدر عبد العاطي "
     "وزير الخارجية والهجرة، ووزير الخارجية الإريتري عثمان صالح، تناولت التعاون الثنائي وأمن البحر الأحمر.\n"
     "ولم تُدعَ إثيوبيا إلى القمة، فيما لم يصدر تعليق من مكتب رئيس الوزراء آبي أحمد.\n"
     "وتأتي القمة بعد أسابيع من وصول شحنة أسلحة مصرية إلى مقديشو في إطار اتفاق الدفاع المشترك.",
     met_group({SISI: "عقد الرئيس عبد الفتاح السيسي", ISAIAS: "والرئيس الإريتري أسياس أفورقي",
                HSM: "والرئيس الصومالي حسن شيخ محمود"}, "2024-10-10") + [
      ("MET_WITH", ABDELATTY, SISI, "بحضور الدكتور بدر عبد العاطي", "2024-10-10"),
      ("MET_WITH", ABDELATTY, ISAIAS, "وزير الخارجية والهجرة، ووزير", "2024-10-10"),
      ("MET_WITH", OSMAN_SALEH, SISI, "ووزير الخارجية الإريتري عثمان صالح", "2024-10-10"),
      ("MET_WITH", OSMAN_SALEH, ISAIAS, "الإريتري عثمان صالح، تناولت", "2024-10-10"),
      ("MET_WITH", ABDELATTY, OSMAN_SALEH, "الخارجية الإريتري عثمان", "2024-10-10"),
      ("LEADS", ISAIAS, ERITREA, "والرئيس الإريتري أسياس"),
      ("LEADS", HSM, SOMALIA, "والرئيس الصومالي حسن"),
      ],
     {"source": AHRAM, "published": "2024-10-11"}),

    ("enRI6_jeddah_talks_open_arabnews", "en",
     "Saudi FM meets Sudanese delegations as Jeddah talks open\n"
     "JEDDAH: Saudi Foreign Minister Prince Faisal bin Farhan met on Saturday with the delegations of the "
     "Sudanese Armed Forces and the Rapid Support Forces at the start of what Riyadh and Washington called "
     "\"pre-negotiation talks\" in Jeddah, the Saudi Press Agency reported.\n"
     "The minister urged both sides to \"prioritize the interests of the Sudanese people\" and to agree on a "
     "short-term ceasefire.\n"
     "Prince Faisal later received US Assistant Secretary of State for African Affairs Molly Phee and the US "
     "ambassador to Sudan, John Godfrey, in the presence of Deputy Minister of Foreign Affairs Waleed "
     "Elkhereiji.\n"
     "US Secretary of State Antony Blinken had discussed the initiative with Prince Faisal in a phone call on "
     "Friday, the State Department said.\n"
     "On May 11 the two sides signed the Jeddah Declaration of Commitment to Protect the Civilians of Sudan, "
     "though fighting continued in Khartoum and Darfur. Gen. Abdel Fattah Al-Burhan, the army chief, later "
     "said the talks were limited to humanitarian issues.",
     [("MET_WITH", FAISAL, SAF, "Prince Faisal bin Farhan met on Saturday", "2023-05-06"),
      ("MET_WITH", FAISAL, RSF, "Sudanese Armed Forces and the Rapid Support Forces at the start", "2023-05-06"),
      ("MET_WITH", FAISAL, PHEE, "Prince Faisal later received", "2023-05-06"),
      ("MET_WITH", FAISAL, GODFREY, "ambassador to Sudan, John Godfrey", "2023-05-06"),
      ("MET_WITH", PHEE, GODFREY, "the US ambassador to Sudan", "2023-05-06"),
      ("MET_WITH", KHEREIJI, FAISAL, "in the presence of Deputy Minister", "2023-05-06"),
      ("MET_WITH", KHEREIJI, PHEE, "of Foreign Affairs Waleed", "2023-05-06"),
      ("MET_WITH", KHEREIJI, GODFREY, "Elkhereiji.", "2023-05-06"),
      ("LEADS", BURHAN, SAF, "Al-Burhan, the army chief"),
      ],
     {"source": ARABNEWS, "published": "2023-05-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRI")
