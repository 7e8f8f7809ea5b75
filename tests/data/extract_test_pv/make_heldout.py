"""Blind set PV: Iraq under Mustafa al-Kadhimi and his successor, 2021-2022 (second folder of PU-PV): the
drone attack on Kadhimi's residence (November 2021) and Esmail Qaani's trip to Baghdad after it, Kadhimi in
Jeddah and Tehran (June 2022), the national dialogue during the Sadrist-Coordination Framework standoff
(August 2022), parliament's approval of Mohammed Shia al-Sudani's government (October 2022), Sudani at the
headquarters of the Popular Mobilization Forces, as an Iraqi news site writes it in Arabic (Shafaq News-like:
"شفق نيوز/ بغداد"), Iran's state agency in English (IRNA-like: "TEHRAN, June 26 (IRNA) -"), Iraq's state agency
in Arabic (INA-like: "بغداد - واع", "ترأس رئيس مجلس الوزراء"), a British wire in English (Reuters-like:
"BAGHDAD, Oct 27 (Reuters) -"), the PMF's media office in Arabic (militia outlet: "الشهيد القائد", "إعلام
الحشد الشعبي") and a Western think-tank brief in English ("Brief:", "Outlook:").
Pieces: Kadhimi survives the drone attack (no agent), Salih visits him (Arabic, PV1); Raisi receives Kadhimi
with Amir-Abdollahian and Hussein present; Raisi succeeded Rouhani; Kadhimi had met Mohammed bin Salman in
Jeddah (English, PV2); Kadhimi chairs the national dialogue with Salih, Halbousi, Amiri and Hennis-Plasschaert
(Arabic, PV3); Sudani replaces Kadhimi, Rashid replaced Salih, Romanowski meets Sudani (English, PV4); Fayyadh
receives Sudani with Abu Fadak present; Muhandis and Soleimani killed by an American aircraft on Trump's
order; Abu Fadak succeeded Muhandis (Arabic, PV5); Ghaani meets Amiri and Fayyadh together; Ghaani succeeded
Soleimani, killed by a US strike; Kazimi receives the Iranian ambassador (English, PV6).
Excluded on purpose (no relation): the drone attack (a failed attempt, no claim; factions only accused by
anonymous officials), the phone calls of Mohammed bin Salman and Blinken (PV1); Shamkhani's expected meeting
that was not announced (PV2); the Sadrists' boycott, Maliki's planned meeting with Kadhimi (PV3); the
handover planned for Friday, the dead of the Green Zone clashes (PV4); Ihab al-Wazni's killing (only an
accusation, denied), Muslih's arrest (PV5); the requested meeting with Khazali that did not take place, the
attack (no claim), Hussein's phone call (PV6).
Judgement calls: "زار ... الكاظمي في منزله" is a meeting (PV1); attendees of one list ("were also present",
«بحضور» a list at a meeting the text calls «المجتمعون») are paired with the principals and with each other
(PV2, PV3); the national dialogue chaired by Kadhimi "بحضور" four named people is a meeting of the five
(PV3); "Sudani ... replaces Mustafa al-Kadhimi" and "who replaced Barham Salih" are successions (PV4); «خلفاً
للمهندس» is a succession (PV5); «اغتالته طائرة أميركية ... بأمر من ... ترامب» gives Muhandis and Soleimani ->
country:united-states and -> Trump (PV5, as "a US drone strike ordered by Trump"); "met Hadi al-Amiri and
Falih al-Fayyadh together" is a meeting of the three (PV6); a foreign minister LEADS his ministry where it
has an id; a prime minister or president LEADS the country; Sudani "heading" the new government LEADS it.
Filled in for the exercise: Salih's visit, the phone calls listed (PV1); the attendees, Shamkhani's expected
meeting (PV2); the list of attendees, Saleh Mohammed al-Iraqi's wording, Maliki's planned meeting (PV3);
Romanowski's meeting on the day of the vote, the handover date (PV4); the date and setting of Sudani's visit
to the PMF, the wreath (PV5); the meeting at Amiri's office, the requested Khazali meeting, Masjedi's
reception (PV6).
Spellings: «مصطفى الكاظمي», «قيس الخزعلي» (PV1); "Mustafa al-Kadhimi", "Hossein Amir-Abdollahian" (PV2);
«جينين هينيس بلاسخارت», «السيد مقتدى الصدر» (PV3); "Sudani", "Moqtada al-Sadr", "Abdul Latif Rashid" (PV4);
«عبد العزيز المحمداوي «أبو فدك»», «قاسم سليماني» (PV5); "Esmail Ghaani", "al-Kazimi", "Falih al-Fayyadh" (PV6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pv import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US = "country:iraq", "country:iran", "country:united-states"
TEHRAN = "location:tehran"
IQFM, IRFM, PMF, PARL, GOV, FATAH, SADRISTS, ASAIB, QUDS, CF = (
    "organization:iraqi-foreign-ministry", "organization:iranian-foreign-ministry",
    "organization:popular-mobilization-forces", "organization:iraqi-parliament", "organization:iraqi-government",
    "organization:fatah-alliance", "organization:sadrist-movement", "organization:asaib-ahl-al-haq",
    "organization:quds-force", "organization:coordination-framework")
KADHIMI, SUDANI, SALIH, RASHID, HALBOUSI, HUSSEIN, AMIRI, SADR, KHAZALI = (
    "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani", "person:barham-salih",
    "person:abdul-latif-rashid", "person:mohammed-al-halbousi", "person:fuad-hussein", "person:hadi-al-amiri",
    "person:muqtada-al-sadr", "person:qais-al-khazali")
FAYYADH, ABUFADAK, MUHANDIS, MUSLIH = ("person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi",
                                       "person:abu-mahdi-al-muhandis", "person:qasem-muslih")
RAISI, ROUHANI, ABDOLLAHIAN, QAANI, SOLEIMANI, MASJEDI = (
    "person:ebrahim-raisi", "person:hassan-rouhani", "person:hossein-amir-abdollahian", "person:esmail-qaani",
    "person:qasem-soleimani", "person:iraj-masjedi")
TRUMP, ROMANOWSKI, MBS, PLASSCHAERT = ("person:donald-trump", "person:alina-romanowski",
                                       "person:mohammed-bin-salman", "person:jeanine-hennis-plasschaert")

SHAFAQ = "blind set (Iraqi news site, Arabic, Shafaq News-like)"
IRNA = "blind set (Iranian state news agency, English service, IRNA-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
HASHD = "blind set (media office of the Popular Mobilization Forces, Arabic, militia outlet)"
BRIEF = "blind set (Western think-tank brief, English)"

ARTICLES = [
    ("arPV1_kadhimi_drone_attack_shafaq", "ar",
     "نجاة الكاظمي من محاولة اغتيال بطائرات مسيرة استهدفت منزله في المنطقة الخضراء\n"
     "شفق نيوز/ بغداد\n"
     "نجا رئيس مجلس الوزراء القائد العام للقوات المسلحة مصطفى الكاظمي، فجر اليوم الأحد، من محاولة اغتيال "
     "بطائرات مسيرة مفخخة استهدفت مقر إقامته في المنطقة الخضراء وسط بغداد، فيما أصيب عدد من عناصر حمايته.\n"
     "وقالت خلية الإعلام الأمني إن ثلاث طائرات مسيرة أُطلقت باتجاه المنزل، أُسقطت اثنتان منها، ولم تعلن أي "
     "جهة مسؤوليتها عن الهجوم حتى الآن.\n"
     "وظهر الكاظمي بعد ساعات في تسجيل مصور وهو يترأس اجتماعاً للقادة الأمنيين، داعياً إلى «التهدئة وضبط "
     "النفس».\n"
     "وزار رئيس الجمهورية برهم صالح، ظهر اليوم، الكاظمي في منزله للاطمئنان عليه، وأدان ما وصفه بـ«الجريمة "
     "النكراء».\n"
     "في المقابل، شكك الأمين العام لعصائب أهل الحق قيس الخزعلي في رواية الحكومة، فيما اتهم مسؤولون أمنيون، "
     "طلبوا عدم الكشف عن هوياتهم، فصائل مسلحة موالية لإيران بالوقوف وراء الهجوم.\n"
     "وتلقى الكاظمي اتصالات هاتفية من عدد من القادة، بينهم ولي العهد السعودي الأمير محمد بن سلمان ووزير "
     "الخارجية الأميركي أنتوني بلينكن.\n"
     "ويأتي الهجوم بعد أيام من مواجهات بين قوات الأمن ومحتجين من أنصار الإطار التنسيقي رفضوا نتائج "
     "الانتخابات.",
     [("LEADS", KADHIMI, IRAQ, "نجا رئيس مجلس الوزراء القائد العام"),
      ("MET_WITH", SALIH, KADHIMI, "وزار رئيس الجمهورية برهم صالح، ظهر اليوم، الكاظمي", "2021-11-07"),
      ("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم صالح، ظهر"),
      ("LEADS", KHAZALI, ASAIB, "الأمين العام لعصائب أهل الحق قيس"),
      ],
     {"source": SHAFAQ, "published": "2021-11-07"}),

    ("enPV2_raisi_receives_kadhimi_irna", "en",
     "Raisi receives Iraqi premier, hails Baghdad's role in regional dialogue\n"
     "TEHRAN, June 26 (IRNA) - Iranian President Ebrahim Raisi received Iraqi Prime Minister Mustafa al-Kadhimi at "
     "the Saadabad complex on Sunday, a day after the Iraqi premier's visit to Saudi Arabia.\n"
     "Foreign Minister Hossein Amir-Abdollahian and the Iraqi foreign minister, Fuad Hussein, were also present "
     "at the meeting, which focused on regional developments, trade and the Arbaeen pilgrimage.\n"
     "Raisi, who succeeded Hassan Rouhani in August 2021, said that Tehran welcomes \"any initiative that "
     "strengthens security in the region\".\n"
     "Al-Kadhimi, who arrived in Tehran from Jeddah, had met Saudi Crown Prince Mohammed bin Salman at Al-Salam "
     "Palace on Saturday. Baghdad has hosted five rounds of talks between Iranian and Saudi officials since April "
     "2021.\n"
     "Iran's top security official Ali Shamkhani was also expected to meet the Iraqi prime minister, but no such "
     "meeting was announced by the end of the day.\n"
     "The Iraqi premier's office said the visit aimed at \"bringing views closer\" ahead of a sixth round of "
     "talks.",
     [("MET_WITH", RAISI, KADHIMI, "Raisi received Iraqi Prime Minister Mustafa al-Kadhimi", "2022-06-26"),
      ("LEADS", RAISI, IRAN, "Iranian President Ebrahim Raisi"),
      ("LEADS", KADHIMI, IRAQ, "Iraqi Prime Minister Mustafa al-Kadhimi at"),
      ("MET_WITH", ABDOLLAHIAN, RAISI, "Foreign Minister Hossein Amir-Abdollahian and", "2022-06-26"),
      ("MET_WITH", ABDOLLAHIAN, KADHIMI, "were also present at the meeting", "2022-06-26"),
      ("MET_WITH", HUSSEIN, RAISI, "the Iraqi foreign minister, Fuad Hussein, were", "2022-06-26"),
      ("MET_WITH", HUSSEIN, KADHIMI, "which focused on regional developments", "2022-06-26"),
      ("MET_WITH", ABDOLLAHIAN, HUSSEIN, "Amir-Abdollahian and the Iraqi foreign minister", "2022-06-26"),
      ("LEADS", ABDOLLAHIAN, IRFM, "Foreign Minister Hossein Amir-Abdollahian"),
      ("SUCCESSOR_OF", RAISI, ROUHANI, "who succeeded Hassan Rouhani in August 2021", "2021-08-03"),
      ("MET_WITH", KADHIMI, MBS, "had met Saudi Crown Prince Mohammed bin Salman", "2022-06-25"),
      ("VISITED", KADHIMI, TEHRAN, "who arrived in Tehran from Jeddah"),
      ],
     {"source": IRNA, "published": "2022-06-26"}),

    ("arPV3_national_dialogue_ina", "ar",
     "الكاظمي يترأس جلسة الحوار الوطني بمشاركة القادة السياسيين وغياب التيار الصدري\n"
     "بغداد - واع\n"
     "ترأس رئيس مجلس الوزراء مصطفى الكاظمي، اليوم الأربعاء، في القصر الحكومي، اجتماع الحوار الوطني الذي دعا "
     "إليه لبحث الأزمة السياسية، بحضور رئيس الجمهورية برهم صالح، ورئيس مجلس النواب محمد الحلبوسي، ورئيس تحالف "
     "الفتح هادي العامري، والممثلة الخاصة للأمين العام للأمم المتحدة جينين هينيس بلاسخارت.\n"
     "وأكد المجتمعون، بحسب بيان صدر عقب الاجتماع، ضرورة «وقف كل أشكال التصعيد»، ودعوا التيار الصدري إلى "
     "المشاركة في الحوار.\n"
     "وقاطع التيار الصدري الجلسة، فيما كتب صالح محمد العراقي، المعروف بـ«وزير القائد» والمقرّب من زعيم "
     "التيار السيد مقتدى الصدر، أن «الحوار لا يعنينا».\n"
     "ويواصل أنصار الصدر اعتصامهم أمام مبنى البرلمان منذ أواخر تموز، بعد ترشيح الإطار التنسيقي محمد شياع "
     "السوداني لرئاسة الحكومة.\n"
     "من جهته، قال رئيس ائتلاف دولة القانون نوري المالكي إنه سيلتقي الكاظمي الأسبوع المقبل لبحث موعد "
     "الانتخابات المبكرة.",
     met_group({KADHIMI: "ترأس رئيس مجلس الوزراء مصطفى الكاظمي", SALIH: "بحضور رئيس الجمهورية برهم صالح",
                HALBOUSI: "ورئيس مجلس النواب محمد الحلبوسي", AMIRI: "الفتح هادي العامري",
                PLASSCHAERT: "جينين هينيس بلاسخارت"}, "2022-08-17") + [
      ("LEADS", KADHIMI, IRAQ, "رئيس مجلس الوزراء مصطفى الكاظمي، اليوم"),
      ("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم صالح، ورئيس"),
      ("LEADS", HALBOUSI, PARL, "رئيس مجلس النواب محمد الحلبوسي"),
      ("LEADS", AMIRI, FATAH, "ورئيس تحالف الفتح هادي"),
      ("LEADS", SADR, SADRISTS, "زعيم التيار السيد مقتدى الصدر"),
      ("LEADS", "person:nouri-al-maliki", "organization:state-of-law-coalition",
       "رئيس ائتلاف دولة القانون نوري المالكي"),
      ],
     {"source": INA, "published": "2022-08-17"}),

    ("enPV4_parliament_approves_sudani_reuters", "en",
     "Iraq's parliament approves Sudani government, ending year-long deadlock\n"
     "BAGHDAD, Oct 27 (Reuters) - Iraq's parliament on Thursday approved a new government headed by Mohammed Shia "
     "al-Sudani, a former human rights minister backed by Iran-aligned parties, ending more than a year of "
     "political deadlock since the October 2021 election.\n"
     "Sudani, 52, replaces Mustafa al-Kadhimi, a former intelligence chief whose tenure was marked by an "
     "assassination attempt and months of tension with armed factions.\n"
     "He was nominated by the Coordination Framework, an alliance of Shi'ite parties that includes factions close "
     "to Tehran, and tasked with forming a cabinet on Oct. 13 by newly elected President Abdul Latif Rashid, who "
     "replaced Barham Salih.\n"
     "Sudani's nomination in July prompted supporters of the populist cleric Moqtada al-Sadr to storm parliament. "
     "Clashes in Baghdad's Green Zone in late August killed more than 30 people, after Sadr announced his "
     "withdrawal from politics.\n"
     "Al-Kadhimi is due to hand over to his successor at a ceremony in the government palace on Friday, an "
     "official said.\n"
     "U.S. Ambassador Alina Romanowski met Sudani hours after the vote, the embassy said, and Washington said it "
     "looked forward to working with the new government.",
     [("LEADS", SUDANI, GOV, "a new government headed by Mohammed Shia"),
      ("SUCCESSOR_OF", SUDANI, KADHIMI, "Sudani, 52, replaces Mustafa al-Kadhimi", "2022-10-27"),
      ("SUCCESSOR_OF", RASHID, SALIH, "who replaced Barham Salih", "2022-10-13"),
      ("LEADS", RASHID, IRAQ, "newly elected President Abdul Latif Rashid"),
      ("MET_WITH", ROMANOWSKI, SUDANI, "Alina Romanowski met Sudani hours after the vote", "2022-10-27"),
      ],
     {"source": REUTERS, "published": "2022-10-27"}),

    ("arPV5_fayyadh_receives_sudani_hashd", "ar",
     "رئيس الهيئة يستقبل السوداني في مقر الحشد ويؤكد: الحشد ركيزة لأمن العراق\n"
     "إعلام الحشد الشعبي\n"
     "استقبل رئيس هيئة الحشد الشعبي فالح الفياض، اليوم السبت، رئيس مجلس الوزراء القائد العام للقوات المسلحة "
     "محمد شياع السوداني، في مقر الهيئة ببغداد، بحضور رئيس أركان الحشد عبد العزيز المحمداوي «أبو فدك».\n"
     "وجرى خلال اللقاء استعراض جاهزية ألوية الحشد وخطط تأمين الحدود، فيما أكد السوداني دعم الحكومة للهيئة "
     "بوصفها «مؤسسة أمنية رسمية».\n"
     "ووضع السوداني إكليلاً من الزهور على النصب التذكاري للشهيد القائد أبو مهدي المهندس، الذي اغتالته طائرة "
     "أميركية قرب مطار بغداد الدولي مطلع عام 2020 بأمر من الرئيس الأميركي السابق دونالد ترامب، إلى جانب قائد "
     "قوة القدس الفريق قاسم سليماني.\n"
     "وكان المحمداوي قد تسلّم رئاسة أركان الحشد خلفاً للمهندس في شباط 2020.\n"
     "وتأتي الزيارة بعد أكثر من عام على الإفراج عن قائد عمليات الحشد في الأنبار قاسم مصلح، الذي اعتقلته قوة "
     "من جهاز مكافحة الإرهاب في أيار 2021 على خلفية اتهامات بالتورط في اغتيال الناشط إيهاب الوزني، وهي "
     "اتهامات نفتها الهيئة.",
     [("MET_WITH", FAYYADH, SUDANI, "محمد شياع السوداني، في مقر الهيئة", "2022-11-26"),
      ("MET_WITH", ABUFADAK, FAYYADH, "بحضور رئيس أركان الحشد عبد العزيز", "2022-11-26"),
      ("MET_WITH", ABUFADAK, SUDANI, "المحمداوي «أبو فدك»", "2022-11-26"),
      ("LEADS", FAYYADH, PMF, "استقبل رئيس هيئة الحشد الشعبي فالح"),
      ("LEADS", SUDANI, IRAQ, "رئيس مجلس الوزراء القائد العام للقوات المسلحة محمد"),
      ("ASSASSINATED_BY", MUHANDIS, US, "الذي اغتالته طائرة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, TRUMP, "بأمر من الرئيس الأميركي السابق", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "إلى جانب قائد قوة القدس", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "الفريق قاسم سليماني", "2020-01-03"),
      ("LEADS", SOLEIMANI, QUDS, "قائد قوة القدس الفريق"),
      ("SUCCESSOR_OF", ABUFADAK, MUHANDIS, "تسلّم رئاسة أركان الحشد خلفاً للمهندس", "2020-02-20"),
      ("MEMBER_OF", MUSLIH, PMF, "قائد عمليات الحشد في الأنبار قاسم مصلح"),
      ],
     {"source": HASHD, "published": "2022-11-26"}),

    ("enPV6_ghaani_baghdad_brief", "en",
     "Brief: Ghaani's Baghdad trip and the factions after the drone attack\n"
     "By the Iraq Programme, November 12, 2021\n"
     "Hours after three explosive-laden drones struck Prime Minister Mustafa al-Kazimi's residence in the Green "
     "Zone on November 7, Brig. Gen. Esmail Ghaani, the commander of the Islamic Revolutionary Guard Corps' Quds "
     "Force, flew to Baghdad. According to two Iraqi officials, the Iranian general met Hadi al-Amiri and Falih "
     "al-Fayyadh together at Amiri's office on November 8 and urged them to contain the fallout.\n"
     "Ghaani, who succeeded Qassem Soleimani after the latter was killed by a U.S. strike in January 2020, has "
     "never enjoyed his predecessor's authority over the factions. A meeting with Qais al-Khazali was reportedly "
     "requested but did not take place.\n"
     "No group has claimed the attack. U.S. and Iraqi officials have privately pointed to Kataib Hezbollah and "
     "Asaib Ahl al-Haq; both deny involvement, and Khazali has suggested the attack may have been staged.\n"
     "Kazimi, for his part, received the Iranian ambassador, Iraj Masjedi, on November 9, his office said, while "
     "Foreign Minister Fuad Hussein spoke by phone with his Iranian counterpart.\n"
     "Outlook: the incident has weakened the factions' case against the election results, and Tehran appears "
     "keen to keep its allies inside the government-formation talks.",
     met_group({QAANI: "Brig. Gen. Esmail Ghaani, the commander", AMIRI: "the Iranian general met Hadi al-Amiri",
                FAYYADH: "al-Fayyadh together at Amiri's office"}, "2021-11-08") + [
      ("LEADS", QAANI, QUDS, "the commander of the Islamic Revolutionary Guard Corps' Quds"),
      ("LEADS", KADHIMI, IRAQ, "Prime Minister Mustafa al-Kazimi's residence"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "Ghaani, who succeeded Qassem Soleimani", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "the latter was killed by a U.S. strike", "2020-01-03"),
      ("MET_WITH", KADHIMI, MASJEDI, "received the Iranian ambassador, Iraj Masjedi", "2021-11-09"),
      ],
     {"source": BRIEF, "published": "2021-11-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPV")
