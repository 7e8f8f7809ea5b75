"""Blind set NF: Iraq 2024-2025 (second folder of NE-NF): Antony Blinken's unannounced Baghdad stop after
the fall of Assad (December 2024), a profile of the PMF chairman Falih al-Fayyadh (successions at the
National Security Adviser's office and the PMF staff after al-Muhandis's killing in January 2020), the
final results of the November 2025 parliamentary election, the PMF chairman's reception of Iran's
ambassador and the first anniversary of Abu Baqir al-Saadi's killing (February 2025), Esmail Qaani's
visit to Baghdad after the vote (November 2025) and the KDP-PUK meeting at Pirmam on the tenth Kurdistan
cabinet, as a US daily writes it in English (Christian Science Monitor-like: "Mr. Blinken", "the
secretary"), as a newsroom profile in English (background paragraphs, ages, "his deputy", "in his place"),
as a German agency wire in English (dpa-like: "Baghdad (dpa) -", "per cent"), as the PMF's own site in
Arabic (al-Hashd-like: "رئيس الهيئة", "الشهيد القائد", "أبي باقر"), as a Gulf-owned news channel in Arabic
(Asharq-like: "بغداد - الشرق", "كشفت مصادر ... لـ«الشرق»") and as a KDP-close Kurdish site in Arabic
(Basnews-like: "الرئيس بارزاني", "الكوردستاني" with و).
Pieces: Blinken meets al-Sudani with Ambassador Romanowski sitting in, Blinken after meeting Erdogan in
Ankara (English, NF1); Fayyad chairman of the PMF, al-Araji named in his place as national security
adviser, al-Muhandis and Soleimani killed in a US drone strike, Abu Fadak chief of staff in al-Muhandis's
place (English, NF2); al-Sudani's list first, IHEC's chairman, al-Sudani meets the US envoy Savaya, Rashid
after Salih (English, NF3); al-Fayyadh receives the Iranian ambassador with Abu Fadak present, al-Saadi and
al-Elayawi killed by "a US aircraft" (Arabic, NF4); Qaani in Baghdad meets al-Maliki, then al-Amiri;
Araghchi's earlier visit and meeting with "his counterpart" Fuad Hussein (Arabic, NF5); Masoud Barzani
receives Bafel Talabani's delegation with Masrour and Nechirvan Barzani present and Qubad Talabani in the
PUK delegation (Arabic, NF6).
Excluded on purpose (no relation): the meeting with Nechirvan Barzani that "did not take place", the
militias' drone launches (NF1); the US sanctions, Qaani's visits described only in general (NF2); Sadr's
boycott, Araghchi's congratulatory phone call (NF3); al-Hamidawi at the ceremony (a ceremony, not a
meeting), al-Fayyadh, who excused himself from it (NF4); the meeting with al-Sudani that was postponed,
Savaya's phone call to al-Sudani (NF5); Bafel Talabani's phone call to Nechirvan Barzani, the meeting in
Sulaymaniyah that was cancelled (NF6).
Judgement calls: a US official who "sat in on the meeting" is paired with the host only (NF1 Romanowski,
and likewise "بحضور" Abu Fadak with the ambassador, NF4; the members of each party's side are paired only
with the other side's, NF6); "named Qasim al-Araji to the post" he held gives SUCCESSOR_OF (NF2); "was named
chief of staff in his place" gives Abu Fadak -> al-Muhandis (NF2); "a US drone strike" and "طائرة أمريكية"
give country:united-states (NF2, NF4); "الذي زار بغداد الشهر الماضي والتقى نظيره فؤاد حسين" is a past
meeting and a visit (NF5); "the Kurdistan Democratic Party of Masoud Barzani" gives LEADS (NF3).
Filled in for the exercise: Romanowski in the meeting, the Nechirvan meeting not held (NF1); the fighters'
number and the wording of the profile (NF2); the date and place of Savaya's meeting, the phone call (NF3);
the date of the reception, the ceremony and who attended (NF4); Qaani's meetings, the postponed meeting,
Araghchi's October visit (NF5); the date and composition of the Pirmam meeting, the cancelled meeting and
the phone call (NF6).
Spellings: "Mohammed Shia' al-Sudani" (NF1); "Falih al-Fayyad", "Qasim al-Araji", "Abdul Aziz
al-Mohammadawi" (NF2); "Omar Ahmed Mohammed", "Mark Savaya" (NF3); "أبي باقر الساعدي", "أبو فدك",
"محمد كاظم آل صادق" (NF4); "إسماعيل قآني", "قآني" (NF5); "بافل جلال طالباني", "الكوردستاني",
"نيجيرفان بارزاني" (NF6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_nf import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, US, TURKEY = "country:iraq", "country:united-states", "country:turkey"
BAGHDAD, ANKARA = "location:baghdad", "location:ankara"
IRQGOV, IRQNSA, IHEC = ("organization:iraqi-government", "organization:iraqi-national-security-adviser",
                        "organization:independent-high-electoral-commission")
PMF, KH, BADR, SOL, RDC = (
    "organization:popular-mobilization-forces", "organization:kataib-hezbollah", "organization:badr-organization",
    "organization:state-of-law-coalition", "organization:reconstruction-and-development-coalition")
KDP, PUK, KRG, KRP = ("organization:kurdistan-democratic-party", "organization:patriotic-union-of-kurdistan",
                      "organization:kurdistan-regional-government", "organization:kurdistan-region-presidency")
QUDS, STATE, IRFM = "organization:quds-force", "organization:us-state-department", "organization:iranian-foreign-ministry"
SUDANI, KADHIMI, RASHID, SALIH, FHUSSEIN, ARAJI, AWADI, OMAR = (
    "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "person:abdul-latif-rashid", "person:barham-salih",
    "person:fuad-hussein", "person:qassim-al-araji", "person:basim-al-awadi", "person:omar-ahmed-mohammed")
MALIKI, AMIRI, FAYYADH, FADAK, MUHANDIS, SOLEIMANI, HAMIDAWI, SAADI, ELAYAWI = (
    "person:nouri-al-maliki", "person:hadi-al-amiri", "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi",
    "person:abu-mahdi-al-muhandis", "person:qasem-soleimani", "person:ahmad-al-hamidawi",
    "person:abu-baqir-al-saadi", "person:arkan-al-elayawi")
MASOUD, NECHIRVAN, MASROUR, BAFEL, QUBAD = ("person:masoud-barzani", "person:nechirvan-barzani",
                                            "person:masrour-barzani", "person:bafel-talabani",
                                            "person:qubad-talabani")
QAANI, SADEGH, ARAGHCHI = "person:esmail-qaani", "person:mohammad-kazem-al-e-sadegh", "person:abbas-araghchi"
BLINKEN, ROMANOWSKI, SAVAYA, TRUMP, ERDOGAN = (
    "person:antony-blinken", "person:alina-romanowski", "person:mark-savaya", "person:donald-trump",
    "person:recep-tayyip-erdogan")

CSM = "blind set (US daily, English, Christian Science Monitor-like)"
PROFILE = "blind set (newsroom profile, English)"
DPA = "blind set (German news agency wire, English, dpa-like)"
HASHD = "blind set (Popular Mobilization Forces' website, Arabic, al-Hashd-like)"
ASHARQ = "blind set (Gulf-owned news channel site, Arabic, Asharq-like)"
BASNEWS = "blind set (KDP-close Kurdish news site, Arabic, Basnews-like)"

_PIRMAM = [(MASOUD, BAFEL, "رئيس الاتحاد الوطني الكوردستاني بافل"),
           (MASOUD, QUBAD, "فيما ضم وفد الاتحاد الوطني قوباد"),
           (MASROUR, BAFEL, "نائب رئيس الحزب ورئيس حكومة الإقليم"),
           (MASROUR, QUBAD, "قوباد طالباني، نائب رئيس حكومة"),
           (NECHIRVAN, BAFEL, "رئيس إقليم كوردستان نيجيرفان"),
           (NECHIRVAN, QUBAD, "ونائب رئيس الحزب رئيس إقليم")]

ARTICLES = [
    ("enNF1_blinken_unannounced_baghdad_stop", "en",
     "Blinken makes unannounced Baghdad stop as Syria's upheaval unsettles Iraq\n"
     "BAGHDAD — Secretary of State Antony Blinken flew into Baghdad unannounced on Friday and held talks with "
     "Prime Minister Mohammed Shia' al-Sudani, the latest leg of a regional tour prompted by the fall of "
     "Bashar al-Assad in neighboring Syria.\n"
     "Mr. Blinken, who had come from Ankara after seeing Turkish President Recep Tayyip Erdogan there on "
     "Thursday, told reporters that Iraq should not become \"a launching pad\" for attacks on its neighbors. "
     "The US ambassador, Alina Romanowski, sat in on the meeting at the prime minister's office, an embassy "
     "official said.\n"
     "Iraqi officials say their government has quietly pressed Kataib Hezbollah and other factions to halt "
     "drone launches at Israel. \"We have conveyed clear messages,\" said government spokesman Basim al-Awadi.\n"
     "A meeting with Kurdistan Region President Nechirvan Barzani, which aides had discussed, did not take "
     "place; the secretary flew out of Baghdad after less than four hours.\n"
     "For Mr. al-Sudani, who has tried to keep Iraq out of the region's wars, the visit was a sign that "
     "Washington still sees Baghdad as a partner rather than a battleground.",
     [("MET_WITH", BLINKEN, SUDANI, "held talks with Prime Minister", "2024-12-13"),
      ("VISITED", BLINKEN, BAGHDAD, "flew into Baghdad unannounced", "2024-12-13"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony Blinken flew"),
      ("LEADS", SUDANI, IRQGOV, "Prime Minister Mohammed Shia' al-Sudani"),
      ("MET_WITH", BLINKEN, ERDOGAN, "after seeing Turkish President", "2024-12-12"),
      ("VISITED", BLINKEN, ANKARA, "who had come from Ankara", "2024-12-12"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ("MET_WITH", ROMANOWSKI, SUDANI, "sat in on the meeting", "2024-12-13"),
      ("MEMBER_OF", AWADI, IRQGOV, "government spokesman Basim al-Awadi"),
      ("LEADS", NECHIRVAN, KRP, "Kurdistan Region President Nechirvan"),
      ],
     {"source": CSM, "published": "2024-12-14"}),

    ("enNF2_profile_falih_al_fayyad", "en",
     "Falih al-Fayyad: the survivor at the top of the Hashd\n"
     "Falih al-Fayyad, 69, has chaired the Popular Mobilisation Commission, the state body that pays and "
     "nominally commands the Hashd al-Shaabi's fighters, since its creation in 2014. An engineer by training "
     "and a former member of the Dawa party, he also served as national security adviser until July 2020, "
     "when then prime minister Mustafa al-Kadhimi removed him and named Qasim al-Araji to the post.\n"
     "Real military power in the Hashd long lay with his deputy, Abu Mahdi al-Muhandis, who was killed "
     "together with Qasem Soleimani, the Iranian general, in a US drone strike at Baghdad airport on January 3, "
     "2020. Abdul Aziz al-Mohammadawi, a Kataib Hezbollah veteran known as Abu Fadak, was named chief of staff "
     "in his place weeks later, and has run the force's day-to-day affairs since.\n"
     "Washington sanctioned Fayyad in January 2021 over the crackdown on the protest movement. A draft law "
     "that would have retired him at sixty was pulled from parliament's agenda in 2025, which his allies read "
     "as proof that he remains the factions' preferred figurehead.",
     [("LEADS", FAYYADH, PMF, "has chaired the Popular Mobilisation Commission"),
      ("SUCCESSOR_OF", ARAJI, FAYYADH, "named Qasim al-Araji to the post", "2020-07"),
      ("LEADS", ARAJI, IRQNSA, "removed him and named Qasim"),
      ("LEADS", KADHIMI, IRQGOV, "then prime minister Mustafa al-Kadhimi"),
      ("MEMBER_OF", MUHANDIS, PMF, "his deputy, Abu Mahdi al-Muhandis"),
      ("ASSASSINATED_BY", MUHANDIS, US, "in a US drone strike at Baghdad airport", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "together with Qasem Soleimani", "2020-01-03"),
      ("SUCCESSOR_OF", FADAK, MUHANDIS, "was named chief of staff", "2020-02"),
      ("MEMBER_OF", FADAK, KH, "a Kataib Hezbollah veteran"),
      ("MEMBER_OF", FADAK, PMF, "in his place weeks later"),
      ],
     {"source": PROFILE, "published": "2025-06-20"}),

    ("enNF3_sudani_bloc_tops_final_results", "en",
     "Iraqi premier's bloc tops parliamentary vote, falls short of majority\n"
     "Baghdad (dpa) - Iraqi Prime Minister Mohammed Shia al-Sudani's Reconstruction and Development Coalition "
     "won the most seats in the parliamentary election of November 11 but fell far short of a majority, "
     "according to final results released on Monday.\n"
     "The list took 46 of the 329 seats, the Independent High Electoral Commission (IHEC) said. Turnout was 56 "
     "per cent, its chairman, judge Omar Ahmed Mohammed, told a press conference in Baghdad.\n"
     "Former prime minister Nouri al-Maliki's State of Law coalition and the Kurdistan Democratic Party of "
     "Masoud Barzani followed. Influential Shiite cleric Muqtada al-Sadr boycotted the vote.\n"
     "Al-Sudani, who is seeking a second term, met US special envoy Mark Savaya in Baghdad on Sunday, his "
     "office said. US President Donald Trump named Savaya, a Michigan businessman of Iraqi descent, to the "
     "post in October.\n"
     "Iran's Foreign Minister Abbas Araghchi congratulated al-Sudani in a phone call.\n"
     "President Abdul Latif Rashid, who succeeded Barham Salih in 2022, must now call the new parliament into "
     "session within 15 days of the results' ratification by the federal court.",
     [("LEADS", SUDANI, RDC, "al-Sudani's Reconstruction and Development Coalition"),
      ("LEADS", SUDANI, IRQGOV, "Iraqi Prime Minister Mohammed Shia"),
      ("LEADS", OMAR, IHEC, "its chairman, judge Omar"),
      ("LEADS", MALIKI, SOL, "Nouri al-Maliki's State of Law coalition"),
      ("LEADS", MASOUD, KDP, "the Kurdistan Democratic Party of"),
      ("MET_WITH", SUDANI, SAVAYA, "met US special envoy Mark Savaya", "2025-11-23"),
      ("VISITED", SAVAYA, BAGHDAD, "Mark Savaya in Baghdad on Sunday", "2025-11-23"),
      ("LEADS", TRUMP, US, "US President Donald Trump"),
      ("LEADS", ARAGHCHI, IRFM, "Iran's Foreign Minister Abbas"),
      ("SUCCESSOR_OF", RASHID, SALIH, "who succeeded Barham Salih", "2022-10"),
      ("LEADS", RASHID, IRAQ, "President Abdul Latif Rashid"),
      ],
     {"source": DPA, "published": "2025-11-24"}),

    ("arNF4_fayyadh_receives_iranian_ambassador", "ar",
     "رئيس الهيئة يستقبل السفير الإيراني ويؤكد عمق العلاقات بين البلدين\n"
     "استقبل رئيس هيئة الحشد الشعبي السيد فالح الفياض، اليوم الثلاثاء، في مكتبه ببغداد، سفير الجمهورية "
     "الإسلامية الإيرانية لدى العراق محمد كاظم آل صادق، بحضور رئيس أركان الهيئة عبد العزيز المحمداوي "
     "\"أبو فدك\".\n"
     "وجرى خلال اللقاء بحث تطورات الأوضاع في المنطقة، وأكد الفياض أن الحشد \"مؤسسة رسمية تأتمر بأمر القائد "
     "العام للقوات المسلحة\".\n"
     "وفي سياق آخر، أحيت الهيئة الذكرى السنوية الأولى لاستشهاد القائد في كتائب حزب الله أبي باقر الساعدي، "
     "الذي اغتالته طائرة أمريكية غادرة في منطقة المشتل شرقي بغداد مطلع شباط من العام الماضي، إلى جانب رفيقه "
     "القائد أركان العلياوي.\n"
     "وشارك في الحفل الأمين العام لكتائب حزب الله أبو حسين الحميداوي وعدد من قادة الألوية، فيما اعتذر رئيس "
     "الهيئة عن الحضور لارتباطه بموعد مسبق.",
     [("MET_WITH", FAYYADH, SADEGH, "استقبل رئيس هيئة الحشد الشعبي السيد", "2025-02-04"),
      ("MET_WITH", FADAK, SADEGH, "بحضور رئيس أركان الهيئة", "2025-02-04"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي السيد فالح"),
      ("MEMBER_OF", FADAK, PMF, "رئيس أركان الهيئة عبد العزيز"),
      ("ASSASSINATED_BY", SAADI, US, "الذي اغتالته طائرة أمريكية غادرة", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "القائد في كتائب حزب الله أبي باقر"),
      ("ASSASSINATED_BY", ELAYAWI, US, "إلى جانب رفيقه", "2024-02-07"),
      ("LEADS", HAMIDAWI, KH, "الأمين العام لكتائب حزب الله أبو حسين"),
      ],
     {"source": HASHD, "published": "2025-02-04"}),

    ("arNF5_qaani_baghdad_after_election", "ar",
     "قآني في بغداد لبحث شكل الحكومة المقبلة.. ولقاء مؤجل مع السوداني\n"
     "بغداد - الشرق\n"
     "كشفت مصادر سياسية عراقية لـ\"الشرق\" أن قائد \"فيلق القدس\" في الحرس الثوري الإيراني إسماعيل قآني وصل "
     "إلى بغداد مساء السبت، في زيارة غير معلنة هي الثانية منذ الانتخابات التشريعية التي جرت في 11 نوفمبر.\n"
     "وأضافت المصادر أن قآني عقد اجتماعاً مطولاً مع زعيم ائتلاف دولة القانون نوري المالكي في منزله بالمنطقة "
     "الخضراء، ثم التقى رئيس منظمة بدر هادي العامري، وطلب منهما \"توحيد الموقف\" داخل الإطار التنسيقي بشأن "
     "مرشح رئاسة الوزراء.\n"
     "ولم يلتقِ قآني رئيسَ الوزراء محمد شياع السوداني، إذ أُرجئ لقاء كان مقرراً الأحد إلى موعد لاحق، وفق "
     "أحد المصادر.\n"
     "وفي المقابل، تلقى السوداني اتصالاً من المبعوث الأميركي الخاص إلى العراق مارك سافايا، أكد فيه أن واشنطن "
     "\"لن تتعامل مع حكومة تضم فصائل مسلحة\".\n"
     "ويأتي ذلك بعد أن قال وزير الخارجية الإيراني عباس عراقجي، الذي زار بغداد الشهر الماضي والتقى نظيره "
     "فؤاد حسين، إن طهران \"لا تتدخل في تشكيل الحكومة\".",
     [("LEADS", QAANI, QUDS, "قائد \"فيلق القدس\""),
      ("VISITED", QAANI, BAGHDAD, "وصل إلى بغداد مساء السبت", "2025-11-29"),
      ("MET_WITH", QAANI, MALIKI, "عقد اجتماعاً مطولاً مع زعيم", "2025-11-29"),
      ("LEADS", MALIKI, SOL, "زعيم ائتلاف دولة القانون نوري"),
      ("MET_WITH", QAANI, AMIRI, "ثم التقى رئيس منظمة بدر", "2025-11-29"),
      ("LEADS", AMIRI, BADR, "رئيس منظمة بدر هادي"),
      ("LEADS", SUDANI, IRQGOV, "رئيسَ الوزراء محمد شياع"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني عباس"),
      ("VISITED", ARAGHCHI, BAGHDAD, "الذي زار بغداد الشهر الماضي", "2025-10"),
      ("MET_WITH", ARAGHCHI, FHUSSEIN, "والتقى نظيره", "2025-10"),
      ],
     {"source": ASHARQ, "published": "2025-11-30"}),

    ("arNF6_barzani_receives_bafel_talabani_pirmam", "ar",
     "الرئيس بارزاني يستقبل بافل طالباني في بيرمام ويؤكدان الإسراع بتشكيل الكابينة العاشرة\n"
     "استقبل الرئيس مسعود بارزاني، رئيس الحزب الديمقراطي الكوردستاني، اليوم الأربعاء في مصيف بيرمام، رئيس "
     "الاتحاد الوطني الكوردستاني بافل جلال طالباني والوفد المرافق له.\n"
     "وحضر الاجتماع عن جانب الديمقراطي الكوردستاني نائب رئيس الحزب ورئيس حكومة الإقليم مسرور بارزاني، "
     "ونائب رئيس الحزب رئيس إقليم كوردستان نيجيرفان بارزاني، فيما ضم وفد الاتحاد الوطني قوباد طالباني، نائب "
     "رئيس حكومة الإقليم.\n"
     "وضم الاجتماع الطرفين في أجواء وصفت بالإيجابية، وأكد الجانبان ضرورة الإسراع في تشكيل الكابينة العاشرة "
     "لحكومة الإقليم، بعد مرور أكثر من عام على انتخابات 20 تشرين الأول 2024.\n"
     "وكان طالباني قد أجرى الشهر الماضي اتصالاً هاتفياً بنيجيرفان بارزاني، فيما أُلغي اجتماع كان مقرراً "
     "بين الحزبين في السليمانية مطلع الشهر الجاري.",
     [("MET_WITH", a, b, needle, "2025-11-26") for a, b, needle in _PIRMAM] + [
      ("LEADS", MASOUD, KDP, "رئيس الحزب الديمقراطي الكوردستاني، اليوم"),
      ("LEADS", BAFEL, PUK, "الاتحاد الوطني الكوردستاني بافل جلال"),
      ("LEADS", MASROUR, KRG, "ورئيس حكومة الإقليم مسرور"),
      ("MEMBER_OF", MASROUR, KDP, "عن جانب الديمقراطي الكوردستاني"),
      ("LEADS", NECHIRVAN, KRP, "رئيس إقليم كوردستان نيجيرفان بارزاني، فيما"),
      ("MEMBER_OF", NECHIRVAN, KDP, "ونائب رئيس الحزب رئيس إقليم"),
      ("MEMBER_OF", QUBAD, PUK, "ضم وفد الاتحاد الوطني"),
      ("MEMBER_OF", QUBAD, KRG, "نائب رئيس حكومة الإقليم."),
      ],
     {"source": BASNEWS, "published": "2025-11-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setNF")
