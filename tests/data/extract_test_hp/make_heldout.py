"""Blind set HP: Iraq and Iran 2017-2025 as investigative / analysis pieces with several past
events and quotes: Iran's ambassadors in Baghdad as Quds Force envoys (Danaeifar, Masjedi, Al-e
Sadeq) (English); the arrest of Qasim Muslih and the killing of Ihab al-Wazni, May 2021 (Arabic);
the Iraqi-Iranian border security agreement from the Koya strikes to Ahmadian (English); Harakat
al-Nujaba after Abu Taqwa (Arabic); al-Sudani's second-term bid after the Nov 2025 election (English);
Baghdad as the channel of the Saudi-Iranian talks under al-Kadhimi, 2021-2023 (Arabic).
Style: investigative / analysis site: longer background, several past events in one piece, quotes from
officials and analysts introduced by institution; excluded on purpose: a killing announced without
agent (Soleimani "days after he was killed"), U.S. sanctions accusations rejected by Tehran, a
killing with a denied accusation (al-Wazni), a visit that did not happen, a meeting denied by the
movement's media office, a candidate, an envoy who has yet to visit, an abduction, a planned sixth
round that was not held, a death in custody with no agent.
Spellings: Mohammad Kazem Al-e Sadeq, Qasem Soleimani, الكاظمى, قاآنى, قآنى, Qasim al-Araji,
Esmail Qaani, Mohammed Shia al-Sudani, نصرالله, عبداللهيان.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hp import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, SAUDI, CHINA = ("country:iran", "country:iraq", "country:united-states", "country:saudi-arabia",
                                 "country:china")
QF, IRGC, PMF, KH, NUJ, AAH, BADR, HEZ = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:harakat-al-nujaba", "organization:asaib-ahl-al-haq",
    "organization:badr-organization", "organization:hezbollah")
IQG, NSA, CTS, CF, PARL, SNSC, IRFM, SGIP = (
    "organization:iraqi-government", "organization:iraqi-national-security-advisory",
    "organization:counter-terrorism-service", "organization:coordination-framework", "organization:iraqi-parliament",
    "organization:supreme-national-security-council", "organization:iranian-foreign-ministry",
    "organization:saudi-general-intelligence-presidency")
KDPI, CENTURY, ICG, ECFR, CHATHAM, SADRB = ("organization:kdpi", "organization:century-foundation",
                                            "organization:international-crisis-group", "organization:ecfr",
                                            "organization:chatham-house", "organization:sadrist-bloc")
BAGHDAD, TEHRAN, ERBIL, KOYA, BEIRUT, JEDDAH, KARBALA, GREEN, EMB = (
    "location:baghdad", "location:tehran", "location:erbil", "location:koya", "location:beirut", "location:jeddah",
    "location:karbala", "location:green-zone", "location:iranian-embassy-baghdad")

ALESADEGH, MASJEDI, DANAEIFAR, JIYAD, SOL, AMIRI, KHAZALI, SUD, RASHID = (
    "person:mohammad-kazem-al-e-sadegh", "person:iraj-masjedi", "person:hassan-danaeifar", "person:sajad-jiyad",
    "person:qasem-soleimani", "person:hadi-al-amiri", "person:qais-al-khazali", "person:mohammed-shia-al-sudani",
    "person:abdul-latif-rashid")
MUSLIH, KAD, WAZNI, FAY, FADAK, HIGEL, QAANI = (
    "person:qasim-muslih", "person:mustafa-al-kadhimi", "person:ihab-al-wazni", "person:falih-al-fayyadh",
    "person:abdul-aziz-al-muhammadawi", "person:lahib-higel", "person:esmail-qaani")
SHAMKHANI, ARAJI, AHMADIAN, HIJRI, HADAD = ("person:ali-shamkhani", "person:qassim-al-araji",
                                            "person:ali-akbar-ahmadian", "person:mustafa-hijri",
                                            "person:hamzeh-hadad")
KAABI, TAQWA, KAWTHARANI, NASR, HMALIK = ("person:akram-al-kaabi", "person:abu-taqwa-al-saidi",
                                          "person:mohammad-kawtharani", "person:hassan-nasrallah", "person:hamdi-malik")
SADR, MALIKI, SAVAYA, TRUMP, TSURKOV, MANSOUR = ("person:muqtada-al-sadr", "person:nouri-al-maliki",
                                                 "person:mark-savaya", "person:donald-trump",
                                                 "person:elizabeth-tsurkov", "person:renad-mansour")
HUMAIDAN, IRAVANI, AMIRABD, ZARIF, MBS, RAISI, AIBAN, WANGYI, SHAMMARI = (
    "person:khalid-al-humaidan", "person:saeed-iravani", "person:hossein-amir-abdollahian",
    "person:mohammad-javad-zarif", "person:mohammed-bin-salman", "person:ebrahim-raisi", "person:musaed-al-aiban",
    "person:wang-yi", "person:ihsan-al-shammari")

ARTICLES = [
    ("enHP1_tehrans_ambassadors_quds_envoys", "en",
     "ANALYSIS - The ambassador is the message: how the Quds Force staffs Iran's embassy in Baghdad\n"
     "When Mohammad Kazem Al-e Sadeq presented his credentials in Baghdad in 2022, few Iraqi politicians needed "
     "an introduction: the new ambassador had spent years as deputy to his predecessor, Iraj Masjedi, and had "
     "grown up in Najaf.\n"
     "Masjedi, a Revolutionary Guards general and long-time adviser to Qasem Soleimani, had himself succeeded "
     "Hassan Danaeifar in 2017, continuing a line of envoys drawn from the Quds Force rather than the foreign "
     "ministry.\n"
     "\"The ambassador is the political face of the Quds Force; the real decisions are taken elsewhere,\" said "
     "Sajad Jiyad, a fellow at The Century Foundation.\n"
     "In January 2020, days after Soleimani was killed, Masjedi hosted Badr leader Hadi al-Amiri and Asaib Ahl "
     "al-Haq's Qais al-Khazali at the embassy, according to two Iraqi politicians.\n"
     "Washington sanctioned the general that October, accusing him of overseeing attacks on U.S. personnel, "
     "a charge Tehran rejected.\n"
     "His successor has kept a lower profile, but he met Mohammed Shia al-Sudani within days of the premier's "
     "confirmation in October 2022 and was the first foreign envoy received by President Abdul Latif Rashid.\n"
     "\"He is softer-spoken; the file is still run from Tehran,\" a former Iraqi minister said.",
     [("SUCCESSOR_OF", ALESADEGH, MASJEDI, "deputy to his predecessor, Iraj Masjedi", "2022"),
      ("MEMBER_OF", MASJEDI, IRGC, "a Revolutionary Guards general"),
      ("SUCCESSOR_OF", MASJEDI, DANAEIFAR, "had himself succeeded", "2017"),
      ("MEMBER_OF", JIYAD, CENTURY, "a fellow at The Century Foundation"),
      ("MET_WITH", MASJEDI, AMIRI, "Masjedi hosted Badr leader", "2020-01"),
      ("MET_WITH", MASJEDI, KHAZALI, "Masjedi hosted Badr leader", "2020-01"),
      ("MET_WITH", AMIRI, KHAZALI, "Masjedi hosted Badr leader", "2020-01"),
      ("LEADS", AMIRI, BADR, "Badr leader Hadi al-Amiri"),
      ("LEADS", KHAZALI, AAH, "al-Haq's Qais al-Khazali"),
      ("VISITED", AMIRI, EMB, "al-Haq's Qais al-Khazali at the embassy", "2020-01"),
      ("VISITED", KHAZALI, EMB, "al-Haq's Qais al-Khazali at the embassy", "2020-01"),
      ("MET_WITH", ALESADEGH, SUD, "he met Mohammed Shia al-Sudani", "2022-10"),
      ("MET_WITH", ALESADEGH, RASHID, "received by President Abdul Latif Rashid"),
      ("LEADS", RASHID, IRAQ, "President Abdul Latif Rashid"),
      ],
     {"source": "blind set (analysis, English)", "published": "2023-02-14"}),

    ("arHP2_qasim_muslih_night", "ar",
     "تحليل: «ليلة قاسم مصلح»... حين اختبر الكاظمى حدود قوته أمام الحشد\n"
     "في فجر السادس والعشرين من أيار 2021، اعتقلت قوة من جهاز مكافحة الإرهاب قائد عمليات الأنبار في الحشد "
     "الشعبي قاسم مصلح بموجب مذكرة قبض وفق قانون مكافحة الإرهاب، في خطوة عُدّت الأجرأ منذ تولّي مصطفى الكاظمى "
     "رئاسة الحكومة.\n"
     "ورُبط اسم مصلح، بحسب مصادر أمنية، باغتيال الناشط إيهاب الوزني، أبرز وجوه احتجاجات كربلاء، الذي قُتل برصاص "
     "مسلحين قرب منزله في التاسع من الشهر نفسه، غير أن قيادة الحشد نفت أي صلة له بالعملية.\n"
     "وخلال ساعات، طوّقت عجلات تابعة لفصائل في الحشد بوابات المنطقة الخضراء، قبل أن يتوجّه رئيس الهيئة فالح "
     "الفياض ورئيس أركانها عبد العزيز المحمداوي (أبو فدك) إلى مقر رئيس الوزراء، حيث عقدا معه اجتماعاً مطولاً "
     "انتهى بتسليم مصلح إلى قيادة العمليات المشتركة.\n"
     "وتقول الباحثة في مجموعة الأزمات الدولية لهيب هيغل إن «تلك الليلة أظهرت أن الدولة تستطيع أن تعتقل، لكنها "
     "لا تستطيع أن تحاكم».\n"
     "وبالفعل، أُفرج عن مصلح في التاسع من حزيران بعد أن رأى القضاء أن الأدلة غير كافية.\n"
     "ويؤكد مسؤول سابق في مكتب رئيس الوزراء أن قائد فيلق القدس إسماعيل قاآنى لم يزر بغداد خلال الأزمة، «لكن "
     "رسائله وصلت عبر الهاتف».",
     [("MEMBER_OF", MUSLIH, PMF, "قائد عمليات الأنبار في الحشد"),
      ("LEADS", KAD, IQG, "منذ تولّي مصطفى الكاظمى"),
      ("LEADS", FAY, PMF, "رئيس الهيئة فالح"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركانها عبد العزيز"),
      ("MET_WITH", FAY, KAD, "حيث عقدا معه اجتماعاً مطولاً", "2021-05-26"),
      ("MET_WITH", FADAK, KAD, "حيث عقدا معه اجتماعاً مطولاً", "2021-05-26"),
      ("MET_WITH", FAY, FADAK, "حيث عقدا معه اجتماعاً مطولاً", "2021-05-26"),
      ("MEMBER_OF", HIGEL, ICG, "الباحثة في مجموعة الأزمات الدولية"),
      ("LEADS", QAANI, QF, "قائد فيلق القدس إسماعيل"),
      ],
     {"source": "blind set (analysis, Arabic)", "published": "2021-06-20"}),

    ("enHP3_border_pact_kurdish_exiles", "en",
     "ANALYSIS - Iraq's promise to Tehran: disarming the Kurdish exiles\n"
     "On September 28, 2022, as protests over the death in custody of Mahsa Amini spread across Iran, the "
     "Revolutionary Guards fired missiles and drones at Iranian Kurdish opposition camps near Koya, killing at "
     "least 13 people; the Guards said they had hit \"terrorist groups\" behind the unrest.\n"
     "Six months later Ali Shamkhani, then secretary of Iran's Supreme National Security Council, flew to "
     "Baghdad and signed a border security agreement with Iraq's national security adviser, Qasim al-Araji.\n"
     "Shamkhani was replaced in May 2023 by Ali Akbar Ahmadian, a Guards veteran, and it was Ahmadian who "
     "received Araji in Tehran that August to press for the groups' disarmament before a September 19 deadline.\n"
     "Mustafa Hijri, the leader of the Democratic Party of Iranian Kurdistan (KDPI), said his party had moved its "
     "fighters to camps designated by Baghdad \"to spare the Kurdistan Region\", but would hand no one over.\n"
     "Iraqi officials insist the deal has worked: no Iranian strike on the groups has been reported since, though "
     "the Guards hit Erbil again in January 2024, claiming an Israeli spy base as their target.\n"
     "\"The agreement traded Kurdish exiles for Iraqi calm,\" said Hamzeh Hadad, a visiting fellow at the "
     "European Council on Foreign Relations.",
     [("ATTACKED", IRGC, KOYA, "fired missiles and drones at Iranian Kurdish", "2022-09-28"),
      ("LEADS", SHAMKHANI, SNSC, "then secretary of Iran's Supreme"),
      ("VISITED", SHAMKHANI, BAGHDAD, "Six months later Ali Shamkhani", "2023-03"),
      ("MET_WITH", SHAMKHANI, ARAJI, "signed a border security agreement with", "2023-03"),
      ("LEADS", ARAJI, NSA, "national security adviser, Qasim"),
      ("SUCCESSOR_OF", AHMADIAN, SHAMKHANI, "Shamkhani was replaced in May 2023 by", "2023-05"),
      ("MEMBER_OF", AHMADIAN, IRGC, "a Guards veteran"),
      ("MET_WITH", AHMADIAN, ARAJI, "received Araji in Tehran", "2023-08"),
      ("VISITED", ARAJI, TEHRAN, "received Araji in Tehran", "2023-08"),
      ("LEADS", HIJRI, KDPI, "the leader of the Democratic Party"),
      ("ATTACKED", IRGC, ERBIL, "the Guards hit Erbil again", "2024-01"),
      ("MEMBER_OF", HADAD, ECFR, "a visiting fellow at the"),
      ],
     {"source": "blind set (analysis, English)", "published": "2024-03-20"}),

    ("arHP4_nujaba_after_abu_taqwa", "ar",
     "تحليل: «النجباء» بعد أبو تقوى... فصيل يرفض التهدئة\n"
     "منذ انشقاقه عن «عصائب أهل الحق» عام 2013، قاد أكرم الكعبي «حركة النجباء» على قاعدة رفض أي تسوية مع "
     "واشنطن، حتى حين التزمت فصائل أكبر منها بالتهدئة.\n"
     "وكانت الحركة قد خسرت في الرابع من كانون الثاني 2024 معاون قائد عملياتها مشتاق طالب السعيدي (أبو تقوى)، "
     "الذي قُتل بضربة على مقرها في شارع فلسطين ببغداد، أعلنت وزارة الدفاع الأميركية مسؤوليتها عنها.\n"
     "وبعد أسابيع، حين علّقت كتائب حزب الله عملياتها، واصلت «النجباء» تبنّي الهجمات على القوات الأميركية.\n"
     "ويقول قيادي سابق في الحشد الشعبي إن الكعبي التقى قائد فيلق القدس إسماعيل قآنى في طهران في شباط 2024، "
     "وإن الأخير طلب منه «عدم إحراج حكومة السوداني»، غير أن المكتب الإعلامي للحركة نفى حصول اللقاء.\n"
     "ويرى الباحث في معهد واشنطن حمدي مالك أن الكعبي «أقرب إلى حزب الله اللبناني منه إلى أي فصيل عراقي»، مشيراً "
     "إلى صلاته بالقيادي في الحزب محمد كوثراني، المسؤول عن الملف العراقي فيه.\n"
     "وقد زار الكعبي بيروت أكثر من مرة، حيث استقبله الأمين العام للحزب حسن نصرالله، وفق صور نشرتها الحركة.",
     [("WITHDREW_FROM", KAABI, AAH, "منذ انشقاقه عن", "2013"),
      ("LEADS", KAABI, NUJ, "قاد أكرم الكعبي"),
      ("MEMBER_OF", TAQWA, NUJ, "معاون قائد عملياتها"),
      ("ASSASSINATED_BY", TAQWA, "organization:us-department-of-defense", "أعلنت وزارة الدفاع الأميركية مسؤوليتها", "2024-01-04"),
      ("ATTACKED", "organization:us-department-of-defense", NUJ, "أعلنت وزارة الدفاع الأميركية مسؤوليتها", "2024-01-04"),
      ("LEADS", QAANI, QF, "قائد فيلق القدس إسماعيل"),
      ("MEMBER_OF", HMALIK, "organization:washington-institute", "الباحث في معهد واشنطن"),
      ("MEMBER_OF", KAWTHARANI, HEZ, "بالقيادي في الحزب محمد"),
      ("VISITED", KAABI, BEIRUT, "وقد زار الكعبي بيروت"),
      ("MET_WITH", KAABI, NASR, "حيث استقبله الأمين العام"),
      ("LEADS", NASR, HEZ, "الأمين العام للحزب حسن"),
      ],
     {"source": "blind set (analysis, Arabic)", "published": "2024-06-10"}),

    ("enHP5_sudani_second_term_bid", "en",
     "ANALYSIS - After the vote, Sudani's second term runs through Tehran and Washington\n"
     "Prime Minister Mohammed Shia al-Sudani emerged from Iraq's November 11 election with the largest single "
     "bloc, but as his predecessors learned, winning the most seats is not the same as keeping the job.\n"
     "In 2022 it was Muqtada al-Sadr whose list topped the poll, only for the cleric to pull his 73 lawmakers out "
     "of parliament; the Coordination Framework then backed Sudani, who replaced Mustafa al-Kadhimi that October.\n"
     "This time the Framework's leaders, among them Nouri al-Maliki and Qais al-Khazali, say Sudani is one "
     "candidate among several.\n"
     "Esmail Qaani, the Quds Force commander, flew into Baghdad days after the vote and met Framework leaders, "
     "Hadi al-Amiri among them, at Amiri's home, two politicians who attended said.\n"
     "Washington has its own man in the room: Mark Savaya, a Detroit businessman named by President Donald Trump "
     "in October as special envoy for Iraq, who says armed groups have no place in the next government; he has "
     "yet to visit Baghdad in his new role.\n"
     "Sudani's aides point to September, when Kataib Hezbollah freed Elizabeth Tsurkov, a researcher abducted in "
     "Baghdad in 2023.\n"
     "\"His pitch is that he is the only one both capitals can live with,\" said Renad Mansour of Chatham House.",
     [("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Sudani"),
      ("WITHDREW_FROM", SADRB, PARL, "pull his 73 lawmakers out", "2022-06"),
      ("SUPPORTS", CF, SUD, "the Coordination Framework then backed Sudani"),
      ("SUCCESSOR_OF", SUD, KAD, "who replaced Mustafa al-Kadhimi", "2022-10"),
      ("LEADS", MALIKI, CF, "among them Nouri al-Maliki"),
      ("LEADS", KHAZALI, CF, "and Qais al-Khazali"),
      ("LEADS", QAANI, QF, "the Quds Force commander, flew"),
      ("VISITED", QAANI, BAGHDAD, "flew into Baghdad days after the vote", "2025-11"),
      ("MET_WITH", QAANI, CF, "and met Framework leaders", "2025-11"),
      ("MET_WITH", QAANI, AMIRI, "Hadi al-Amiri among them", "2025-11"),
      ("LEADS", TRUMP, USA, "President Donald Trump"),
      ("MEMBER_OF", MANSOUR, CHATHAM, "Renad Mansour of Chatham House"),
      ],
     {"source": "blind set (analysis, English)", "published": "2025-11-25"}),

    ("arHP6_baghdad_channel_riyadh_tehran", "ar",
     "تحليل: الكاظمى وسيطاً... كيف صارت بغداد قناة بين الرياض وطهران\n"
     "في التاسع من نيسان 2021، استضافت بغداد بعيداً عن الأضواء أول جولة مباشرة من المحادثات السعودية-الإيرانية "
     "منذ قطع العلاقات عام 2016، إذ التقى رئيس الاستخبارات العامة السعودية خالد الحميدان نائبَ أمين المجلس الأعلى "
     "للأمن القومي الإيراني سعيد إيرواني، برعاية رئيس الوزراء مصطفى الكاظمى.\n"
     "وتوالت الجولات حتى الخامسة في نيسان 2022، ولم يغيّر مسارها وصول حسين أمير عبداللهيان إلى وزارة الخارجية "
     "خلفاً لمحمد جواد ظريف في آب 2021.\n"
     "وفي حزيران 2022، زار الكاظمى جدة حيث التقى ولي العهد السعودي الأمير محمد بن سلمان، ثم طار في اليوم التالي "
     "إلى طهران حيث استقبله الرئيس إبراهيم رئيسي.\n"
     "ويقول رئيس مركز التفكير السياسي إحسان الشمري إن «بغداد صنعت الثقة، لكن بكين قطفت الثمرة».\n"
     "ففي آذار 2023، وقّع علي شمخاني ومستشار الأمن الوطني السعودي مساعد العيبان في بكين اتفاق استئناف العلاقات، "
     "بحضور وزير الخارجية الصيني وانغ يي.\n"
     "أما الجولة السادسة، التي كان مقرراً أن تُعقد في بغداد على مستوى وزيري الخارجية، فلم تُعقد قط.",
     [("VISITED", HUMAIDAN, BAGHDAD, "استضافت بغداد بعيداً عن الأضواء", "2021-04-09"),
      ("VISITED", IRAVANI, BAGHDAD, "استضافت بغداد بعيداً عن الأضواء", "2021-04-09"),
      ("MET_WITH", HUMAIDAN, IRAVANI, "إذ التقى رئيس الاستخبارات", "2021-04-09"),
      ("LEADS", HUMAIDAN, SGIP, "رئيس الاستخبارات العامة السعودية خالد"),
      ("MEMBER_OF", IRAVANI, SNSC, "نائبَ أمين المجلس الأعلى"),
      ("LEADS", KAD, IQG, "برعاية رئيس الوزراء مصطفى"),
      ("SUCCESSOR_OF", AMIRABD, ZARIF, "خلفاً لمحمد جواد ظريف", "2021-08"),
      ("LEADS", AMIRABD, IRFM, "وصول حسين أمير عبداللهيان إلى وزارة الخارجية"),
      ("VISITED", KAD, JEDDAH, "زار الكاظمى جدة", "2022-06-25"),
      ("MET_WITH", KAD, MBS, "حيث التقى ولي العهد", "2022-06-25"),
      ("VISITED", KAD, TEHRAN, "إلى طهران حيث استقبله", "2022-06-26"),
      ("MET_WITH", KAD, RAISI, "حيث استقبله الرئيس إبراهيم", "2022-06-26"),
      ("LEADS", RAISI, IRAN, "الرئيس إبراهيم رئيسي"),
      ("MET_WITH", SHAMKHANI, AIBAN, "وقّع علي شمخاني ومستشار", "2023-03-10"),
      ("MET_WITH", SHAMKHANI, WANGYI, "بحضور وزير الخارجية الصيني", "2023-03-10"),
      ("MET_WITH", AIBAN, WANGYI, "بحضور وزير الخارجية الصيني", "2023-03-10"),
      ("MEMBER_OF", WANGYI, "organization:chinese-foreign-ministry", "وزير الخارجية الصيني وانغ"),
      ],
     {"source": "blind set (analysis, Arabic)", "published": "2023-04-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHP")
