"""Blind set LG: Iraq 2020-2025, the Prime Ministers' Egyptian, Jordanian and Iranian guests, al-Kadhimi's
first cabinet, Qaani in Baghdad after the drone attack on al-Kadhimi, and the Kurdistan Region's leaders, as
a London Arabic daily writes it ("بغداد - لندن:", days and months in brackets), an Iraqi Arabic news site
(Shafaq-like: "شفق نيوز/"), an international wire ("BAGHDAD, May 7 (wire) -") and a Kurdish English-language
site (Rudaw-like: "ERBIL, Kurdistan Region -", "Sulaimani", "the Region").
Pieces: the Baghdad summit of al-Kadhimi, al-Sisi and King Abdullah II, al-Sisi welcomed at the airport by
al-Kadhimi and Barham Salih, Shoukry meets Fuad Hussein, Salih receives the King (Arabic); Pezeshkian in
Erbil greeted by Masrour Barzani and received by Nechirvan Barzani with Araghchi and Kamal Muslim, received in
Baghdad by al-Sudani and Rashid separately, Pezeshkian after the acting Mokhber after Raisi, Araghchi after
the acting Bagheri Kani after Amir-Abdollahian, Peshraw Dizayee and Karam Mikhail killed by the IRGC's
missiles in January (English); Larijani after Ahmadian in Baghdad, met at the airport by al-Araji, signs with
him in al-Sudani's and Al-e Sadegh's presence, meets al-Fayyadh and al-Amiri apart, Ahmadian after Shamkhani,
Shamkhani's 2023 signing with al-Araji, al-Sudani receives Mohamed al-Hassan (Arabic); the Kadhimi cabinet's
vote (al-Kadhimi after Abdul-Mahdi, al-Ghanimi after al-Yasiri, Inad after Najah al-Shammari, Ali Allawi after
Fuad Hussein, Hantoush after al-Khatteeb, al-Tamimi after Jaafar Allawi), Tueller and Masjedi received
separately (English); Madbouly in Baghdad with al-Kadhimi, Gamea and el-Molla, received by Salih, meets
al-Halbousi, al-Khasawneh after al-Razzaz (Arabic); Qaani in Baghdad with al-Kadhimi, al-Amiri and al-Fayyadh
apart, Qaani after Soleimani, Soleimani and al-Muhandis killed by the U.S., Nechirvan Barzani with
al-Kadhimi and Salih (English).
Excluded on purpose (no relation): the summit "postponed" in April after a train crash in Egypt, al-Kadhimi's
phone call to Mohammed bin Salman (LG1); the stop in Sulaimani "dropped from the programme", Raisi's and
Amir-Abdollahian's death in a helicopter crash (no agent) (LG2); Larijani "did not meet" Rashid, who was
abroad (LG3); the two withdrawn prime ministers-designate (Mohammed Tawfiq Allawi, al-Zurfi) are not
predecessors of al-Kadhimi, and Pompeo's phone call (LG4); al-Kadhimi's phone call to al-Khasawneh and the
visit "postponed" from mid-month (LG5); the drone attack on al-Kadhimi (nobody killed, no agent: "no group
has claimed", "some politicians blamed"), Masrour Barzani's phone call (LG6).
Judgement calls: greeting a guest at the airport is a meeting (LG1, LG2, LG3, LG5); "in two separate
meetings" / "separately" pairs the guests with the host only (LG2, LG3, LG4, LG6); an acting holder succeeds
and is succeeded (Mokhber, Bagheri Kani) (LG2); "signed by Shamkhani, Ahmadian's predecessor, with al-Araji"
is a meeting of the two signatories and a succession (LG3); a portfolio "previously held by" someone is a
succession (LG4); "the latter" (the Egyptian guest) met al-Halbousi (LG5); men killed in a strike "claimed by"
the IRGC take the IRGC as agent (LG2); "took over the Quds Force after Soleimani was killed in a U.S. strike"
gives the succession and Soleimani's and al-Muhandis's killing by the United States (LG6). LEADS is given
for heads of bodies, not for ministers of ministries (as KP). Who attended the meetings (Kamal Muslim,
Al-e Sadegh), the meetings with Tueller, Masjedi and al-Hassan, Nechirvan Barzani's trip to Baghdad and
Rashid's absence are filled in for the exercise; the events, offices and successions are real.
Spellings: "عبدالفتاح السيسي" and "الملك عبدالله الثاني" without spaces (LG1); "Ali Baqeri Kani", "Abdul
Latif Rashid" (LG2); "فالح الفيّاض" with shadda (LG3); "Adel Abdul Mahdi", "Juma Inad Saadoun" (LG4);
"محمد ريكان الحلبوسي" with his father's name, «الضيف المصري» and «الأخير» for Madbouly (LG5); "Qassem
Soleimani", "Falih al-Fayyad" without the final h, "the premier" and "the two men" (LG6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_lg import ALL  # noqa: E402

HERE = Path(__file__).parent

US = "country:united-states"
BAGHDAD, BIAP, SALAM, ERBIL, ERBILAIR, GOVPAL = (
    "location:baghdad", "location:baghdad-international-airport", "location:al-salam-palace", "location:erbil",
    "location:erbil-airport", "location:government-palace-baghdad")
KRP, KRG, IRGC, QUDS, SNSC, NSA, PMF, BADR, UNAMI, PARL, EGFM, JOFM, IRFM = (
    "organization:kurdistan-region-presidency", "organization:kurdistan-regional-government", "organization:irgc",
    "organization:quds-force", "organization:supreme-national-security-council",
    "organization:iraqi-national-security-advisory", "organization:popular-mobilization-forces",
    "organization:badr-organization", "organization:unami", "organization:iraqi-parliament",
    "organization:egyptian-foreign-ministry", "organization:jordanian-foreign-ministry",
    "organization:iranian-foreign-ministry")
KADHIMI, SISI, ABDULLAH, SALIH, SHOUKRY, FHUSSEIN, MBS = (
    "person:mustafa-al-kadhimi", "person:abdel-fattah-al-sisi", "person:abdullah-ii", "person:barham-salih",
    "person:sameh-shoukry", "person:fuad-hussein", "person:mohammed-bin-salman")
PEZESHKIAN, NECHIRVAN, MASROUR, ARAGHCHI, SUDANI, RASHID, RAISI, MOKHBER, ABDOLLAHIAN, BAGHERI, PESHRAW, KARAM = (
    "person:masoud-pezeshkian", "person:nechirvan-barzani", "person:masrour-barzani", "person:abbas-araghchi",
    "person:mohammed-shia-al-sudani", "person:abdul-latif-rashid", "person:ebrahim-raisi",
    "person:mohammad-mokhber", "person:hossein-amir-abdollahian", "person:ali-bagheri-kani",
    "person:peshraw-dizayee", "person:karam-mikhail")
LARIJANI, AHMADIAN, SHAMKHANI, ARAJI, ALESADEGH, FAYYADH, AMIRI = (
    "person:ali-larijani", "person:ali-akbar-ahmadian", "person:ali-shamkhani", "person:qassim-al-araji",
    "person:mohammad-kazem-al-e-sadegh", "person:falih-al-fayyadh", "person:hadi-al-amiri")
ABDULMAHDI, GHANIMI, YASIRI, INAD, NAJAH, AALLAWI, TAMIMI, TUELLER, MASJEDI = (
    "person:adil-abdul-mahdi", "person:othman-al-ghanimi", "person:yassin-al-yasiri", "person:juma-inad",
    "person:najah-al-shammari", "person:ali-allawi", "person:hassan-al-tamimi", "person:matthew-tueller",
    "person:iraj-masjedi")
MADBOULY, HALBOUSI, KHASAWNEH, QAANI, SOLEIMANI, MUHANDIS = (
    "person:mostafa-madbouly", "person:mohammed-al-halbousi", "person:bisher-al-khasawneh", "person:esmail-qaani",
    "person:qasem-soleimani", "person:abu-mahdi-al-muhandis")
# new to the tables
HAFEZ, MUSLIM, HASSAN, HANTOUSH, KHATTEEB, JALLAWI, GAMEA, MOLLA, RAZZAZ, ALFOUL = (
    "person:ahmed-hafez", "person:kamal-muslim", "person:mohamed-al-hassan", "person:majid-hantoush",
    "person:luay-al-khatteeb", "person:jaafar-allawi", "person:nevine-gamea", "person:tarek-el-molla",
    "person:omar-al-razzaz", "person:haitham-abu-alfoul")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_SUMMIT = {KADHIMI: "استضاف رئيس الوزراء العراقي مصطفى الكاظمي", SISI: "بالرئيس المصري عبدالفتاح السيسي",
           ABDULLAH: "والعاهل الأردني الملك عبدالله الثاني"}
_AIRPORT = {KADHIMI: "وكان الكاظمي ورئيس الجمهورية برهم صالح", SALIH: "وكان الكاظمي ورئيس الجمهورية برهم صالح",
            SISI: "في استقبال السيسي لدى وصوله"}
_PRESIDENCY = {PEZESHKIAN: "He then held talks with Region President", NECHIRVAN: "Region President Nechirvan Barzani",
               ARAGHCHI: "attended by Iran's Foreign Minister Abbas Araghchi",
               MUSLIM: "Minister of Trade and Industry Kamal Muslim"}
_SIGNING = {LARIJANI: "ووقّع المسؤولان، في القصر الحكومي،", ARAJI: "ووقّع المسؤولان، في القصر الحكومي،",
            SUDANI: "بحضور رئيس مجلس الوزراء محمد شياع السوداني", ALESADEGH: "والسفير الإيراني لدى بغداد"}
_COMMITTEE = {KADHIMI: "وترأس الجانبان اجتماعات اللجنة العليا", MADBOULY: "وترأس الجانبان اجتماعات اللجنة العليا",
              GAMEA: "وزيرة التجارة والصناعة المصرية نيفين جامع", MOLLA: "ووزير البترول طارق الملا"}
_RESIDENCE = {NECHIRVAN: "Kurdistan Region President Nechirvan Barzani flew to Baghdad",
              KADHIMI: "held talks with Kadhimi at his residence", SALIH: "joined by Iraqi President Barham Salih"}

ARTICLES = [
    ("arLG1_baghdad_tripartite_summit", "ar",
     "قمة بغداد الثلاثية: الكاظمي يستضيف السيسي والملك عبدالله\n"
     "بغداد - لندن: استضاف رئيس الوزراء العراقي مصطفى الكاظمي، أمس (الأحد)، قمة ثلاثية جمعته بالرئيس المصري "
     "عبدالفتاح السيسي والعاهل الأردني الملك عبدالله الثاني، هي الرابعة ضمن آلية «المشرق الجديد» والأولى التي "
     "تستضيفها بغداد.\n"
     "وكان الكاظمي ورئيس الجمهورية برهم صالح في استقبال السيسي لدى وصوله إلى مطار بغداد الدولي، في أول زيارة "
     "يقوم بها رئيس مصري إلى العراق منذ عام 1990.\n"
     "وعلى هامش القمة، قال المتحدث باسم الخارجية المصرية أحمد حافظ إن الوزير سامح شكري عقد لقاءً ثنائياً مع "
     "نظيره العراقي فؤاد حسين، تناول مشروعات الربط الكهربائي وخط النفط من البصرة إلى العقبة.\n"
     "ثم استقبل صالح، في قصر السلام، العاهل الأردني، وبحث معه تطورات المنطقة.\n"
     "وكانت القمة مقررة في أبريل (نيسان) الماضي، لكنها أُرجئت بعد تصادم قطارين في محافظة سوهاج بجنوب مصر "
     "أودى بحياة العشرات.\n"
     "وسبق للكاظمي أن أجرى اتصالاً هاتفياً بولي العهد السعودي الأمير محمد بن سلمان تناول التحضيرات للقمة، "
     "فيما يرى مراقبون أن الآلية الثلاثية تمنح بغداد هامشاً أوسع في علاقتها مع طهران.",
     _group(_SUMMIT, "2021-06-27") + [r for r in _group(_AIRPORT, "2021-06-27") if {r[1], r[2]} != {KADHIMI, SISI}] + [
      ("VISITED", SISI, BIAP, "لدى وصوله إلى مطار بغداد الدولي", "2021-06-27"),
      ("VISITED", SISI, BAGHDAD, "قمة ثلاثية جمعته بالرئيس المصري", "2021-06-27"),
      ("VISITED", ABDULLAH, BAGHDAD, "قمة ثلاثية جمعته بالرئيس المصري", "2021-06-27"),
      ("MEMBER_OF", HAFEZ, EGFM, "المتحدث باسم الخارجية المصرية أحمد حافظ"),
      ("MET_WITH", SHOUKRY, FHUSSEIN, "عقد لقاءً ثنائياً مع", "2021-06-27"),
      ("MET_WITH", SALIH, ABDULLAH, "ثم استقبل صالح، في قصر السلام، العاهل الأردني", "2021-06-27"),
      ("VISITED", ABDULLAH, SALAM, "ثم استقبل صالح، في قصر السلام، العاهل الأردني", "2021-06-27"),
      ],
     {"source": "blind set (London Arabic daily)", "published": "2021-06-28"}),
    ("enLG2_pezeshkian_erbil", "en",
     "Pezeshkian in Erbil: Iranian president meets Kurdistan Region leaders\n"
     "ERBIL, Kurdistan Region - Iranian President Masoud Pezeshkian arrived in Erbil on Thursday, the third day "
     "of his first foreign trip since taking office, and was greeted at the airport by Kurdistan Region Prime "
     "Minister Masrour Barzani.\n"
     "He then held talks with Region President Nechirvan Barzani at the presidency's headquarters, in a meeting "
     "attended by Iran's Foreign Minister Abbas Araghchi and the KRG's Minister of Trade and Industry Kamal "
     "Muslim. Pezeshkian, whose mother is Kurdish, addressed his hosts partly in Kurdish.\n"
     "In Baghdad on Wednesday the Iranian leader was received by Prime Minister Mohammed Shia al-Sudani and, "
     "separately, by President Abdul Latif Rashid.\n"
     "Pezeshkian was elected in July to succeed Ebrahim Raisi, who died in a helicopter crash in May along with "
     "Foreign Minister Hossein Amir-Abdollahian; Mohammad Mokhber served as acting president in the interim. "
     "Araghchi was sworn in in August, taking over from Ali Baqeri Kani, who had stood in for Amir-Abdollahian "
     "as acting minister.\n"
     "The visit comes eight months after Iranian missiles struck a house in Erbil, killing businessman Peshraw "
     "Dizayee, members of his family and Karam Mikhail, a strike claimed by the Revolutionary Guards.\n"
     "A planned stop in Sulaimani was dropped from the programme, an official said.",
     [("MET_WITH", PEZESHKIAN, MASROUR, "was greeted at the airport by", "2024-09-12"),
      ("VISITED", PEZESHKIAN, ERBIL, "arrived in Erbil on Thursday", "2024-09-12"),
      ("VISITED", PEZESHKIAN, ERBILAIR, "was greeted at the airport by", "2024-09-12"),
      ("LEADS", MASROUR, KRG, "Kurdistan Region Prime"),
      ] + _group(_PRESIDENCY, "2024-09-12") + [
      ("LEADS", NECHIRVAN, KRP, "Region President Nechirvan Barzani"),
      ("MEMBER_OF", MUSLIM, KRG, "the KRG's Minister of Trade and Industry"),
      ("MET_WITH", PEZESHKIAN, SUDANI, "was received by Prime Minister", "2024-09-11"),
      ("MET_WITH", PEZESHKIAN, RASHID, "separately, by President Abdul Latif Rashid", "2024-09-11"),
      ("VISITED", PEZESHKIAN, BAGHDAD, "In Baghdad on Wednesday the Iranian leader", "2024-09-11"),
      ("SUCCESSOR_OF", PEZESHKIAN, RAISI, "was elected in July to succeed Ebrahim Raisi", "2024-07"),
      ("SUCCESSOR_OF", MOKHBER, RAISI, "served as acting president in the interim", "2024-05"),
      ("SUCCESSOR_OF", PEZESHKIAN, MOKHBER, "served as acting president in the interim", "2024-07"),
      ("SUCCESSOR_OF", ARAGHCHI, BAGHERI, "taking over from Ali Baqeri Kani", "2024-08"),
      ("SUCCESSOR_OF", BAGHERI, ABDOLLAHIAN, "who had stood in for Amir-Abdollahian", "2024-05"),
      ("ASSASSINATED_BY", PESHRAW, IRGC, "killing businessman Peshraw", "2024-01-15"),
      ("ASSASSINATED_BY", KARAM, IRGC, "Dizayee, members of his family and Karam Mikhail", "2024-01-15"),
      ("ATTACKED", IRGC, ERBIL, "Iranian missiles struck a house in Erbil", "2024-01-15"),
      ],
     {"source": "blind set (Kurdish English-language site)", "published": "2024-09-12"}),

    ("arLG3_larijani_baghdad", "ar",
     "لاريجاني في بغداد.. توقيع مذكرة أمنية مع الأعرجي بحضور السوداني\n"
     "شفق نيوز/ وصل أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني، اليوم الاثنين، إلى العاصمة بغداد في "
     "أول جولة خارجية له منذ تعيينه في المنصب خلفاً لعلي أكبر أحمديان مطلع الشهر الجاري.\n"
     "وكان في استقبال الضيف بمطار بغداد الدولي مستشار الأمن القومي قاسم الأعرجي.\n"
     "ووقّع المسؤولان، في القصر الحكومي، مذكرة تفاهم أمنية بحضور رئيس مجلس الوزراء محمد شياع السوداني والسفير "
     "الإيراني لدى بغداد محمد كاظم آل صادق.\n"
     "والتقى لاريجاني لاحقاً رئيس هيئة الحشد الشعبي فالح الفيّاض، ثم الأمين العام لمنظمة بدر هادي العامري، "
     "في لقاءين منفصلين.\n"
     "وتعدّ المذكرة امتداداً لاتفاق أمني وقّعه علي شمخاني، سلف أحمديان، مع الأعرجي في بغداد في آذار 2023، "
     "ويقضي بنزع سلاح جماعات المعارضة الكردية الإيرانية في إقليم كردستان وإبعادها عن الحدود.\n"
     "ولم يلتقِ لاريجاني رئيس الجمهورية عبد اللطيف رشيد، لوجود الأخير خارج البلاد.\n"
     "وفي سياق منفصل، استقبل السوداني رئيس بعثة الأمم المتحدة لمساعدة العراق (يونامي) محمد الحسان، وبحث معه "
     "استعدادات الانتخابات التشريعية المقبلة.",
     [("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "خلفاً لعلي أكبر أحمديان", "2025-08"),
      ("VISITED", LARIJANI, BAGHDAD, "إلى العاصمة بغداد في", "2025-08-11"),
      ("VISITED", LARIJANI, BIAP, "وكان في استقبال الضيف بمطار بغداد الدولي", "2025-08-11"),
      ("LEADS", ARAJI, NSA, "مستشار الأمن القومي قاسم الأعرجي"),
      ] + _group(_SIGNING, "2025-08-11") + [
      ("VISITED", LARIJANI, GOVPAL, "ووقّع المسؤولان، في القصر الحكومي،", "2025-08-11"),
      ("MET_WITH", LARIJANI, FAYYADH, "رئيس هيئة الحشد الشعبي فالح الفيّاض", "2025-08-11"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي فالح الفيّاض"),
      ("MET_WITH", LARIJANI, AMIRI, "الأمين العام لمنظمة بدر هادي العامري", "2025-08-11"),
      ("LEADS", AMIRI, BADR, "الأمين العام لمنظمة بدر هادي العامري"),
      ("MET_WITH", SHAMKHANI, ARAJI, "وقّعه علي شمخاني", "2023-03-19"),
      ("SUCCESSOR_OF", AHMADIAN, SHAMKHANI, "سلف أحمديان", "2023-05"),
      ("MET_WITH", SUDANI, HASSAN, "استقبل السوداني رئيس بعثة الأمم المتحدة", "2025-08-11"),
      ("LEADS", HASSAN, UNAMI, "رئيس بعثة الأمم المتحدة لمساعدة العراق"),
      ],
     {"source": "blind set (Iraqi Arabic news site)", "published": "2025-08-11"}),

    ("enLG4_kadhimi_cabinet_vote", "en",
     "Iraqi parliament approves Kadhimi government after months of deadlock\n"
     "BAGHDAD, May 7 (wire) - Iraq's parliament approved a new government led by former intelligence chief "
     "Mustafa al-Kadhimi early on Thursday, ending five months of political paralysis after Adel Abdul Mahdi "
     "resigned in the face of mass protests.\n"
     "Kadhimi, the third candidate nominated since then, replaces Abdul Mahdi, who had stayed on in a caretaker "
     "capacity. Two earlier designates, Mohammed Tawfiq Allawi and Adnan al-Zurfi, withdrew after failing to "
     "win enough support.\n"
     "Lawmakers approved 15 of the 22 ministers he put forward. Army chief of staff Othman al-Ghanimi becomes "
     "interior minister, replacing Yassin al-Yasiri, and Juma Inad Saadoun takes over defence from Najah "
     "al-Shammari.\n"
     "Economist Ali Allawi was named finance minister in place of Fuad Hussein, and Majid Mahdi Hantoush "
     "succeeds Luay al-Khatteeb at the electricity ministry, which faces another summer of power cuts. The "
     "health portfolio, previously held by Jaafar Allawi, went to Hassan al-Tamimi. The oil and foreign "
     "ministries remain vacant.\n"
     "Hours after the vote, Kadhimi received U.S. Ambassador Matthew Tueller and Iranian Ambassador Iraj Masjedi "
     "in separate meetings. U.S. Secretary of State Mike Pompeo spoke to him by phone and announced a 120-day "
     "extension of a sanctions waiver that lets Iraq import Iranian electricity.",
     [("SUCCESSOR_OF", KADHIMI, ABDULMAHDI, "the third candidate nominated since then, replaces", "2020-05-07"),
      ("LEADS", GHANIMI, "organization:iraqi-army", "Army chief of staff Othman al-Ghanimi"),
      ("SUCCESSOR_OF", GHANIMI, YASIRI, "replacing Yassin al-Yasiri", "2020-05-07"),
      ("SUCCESSOR_OF", INAD, NAJAH, "takes over defence from", "2020-05-07"),
      ("SUCCESSOR_OF", AALLAWI, FHUSSEIN, "in place of Fuad Hussein", "2020-05-07"),
      ("SUCCESSOR_OF", HANTOUSH, KHATTEEB, "succeeds Luay al-Khatteeb", "2020-05-07"),
      ("SUCCESSOR_OF", TAMIMI, JALLAWI, "previously held by Jaafar Allawi", "2020-05-07"),
      ("MET_WITH", KADHIMI, TUELLER, "Kadhimi received U.S. Ambassador", "2020-05-07"),
      ("MET_WITH", KADHIMI, MASJEDI, "Iranian Ambassador Iraj Masjedi", "2020-05-07"),
      ],
     {"source": "blind set (international wire, English)", "published": "2020-05-07"}),

    ("arLG5_madbouly_baghdad", "ar",
     "مدبولي في بغداد.. 15 مذكرة تفاهم بين العراق ومصر\n"
     "شفق نيوز/ وصل رئيس الوزراء المصري مصطفى مدبولي، اليوم السبت، إلى بغداد على رأس وفد وزاري رفيع، وكان في "
     "استقباله بمطار بغداد الدولي نظيره العراقي مصطفى الكاظمي.\n"
     "وترأس الجانبان اجتماعات اللجنة العليا العراقية المصرية المشتركة، بمشاركة وزيرة التجارة والصناعة المصرية "
     "نيفين جامع ووزير البترول طارق الملا، وانتهت بتوقيع 15 مذكرة تفاهم في مجالات الطاقة والإسكان والنقل.\n"
     "كما استقبل رئيس الجمهورية برهم صالح الضيف المصري في قصر السلام، والتقى الأخير بعد ذلك رئيس مجلس النواب "
     "محمد ريكان الحلبوسي.\n"
     "وتأتي الزيارة ضمن آلية التعاون الثلاثي مع الأردن، الذي كُلّف فيه بشر الخصاونة هذا الشهر بتشكيل الحكومة "
     "خلفاً لعمر الرزاز.\n"
     "وأجرى الكاظمي، مساء اليوم، اتصالاً هاتفياً بالخصاونة هنّأه فيه بتشكيل حكومته.\n"
     "وكانت زيارة مدبولي مقررة منتصف الشهر الجاري، قبل أن تُؤجَّل «لأسباب فنية»، بحسب مصدر حكومي.",
     [("MET_WITH", MADBOULY, KADHIMI, "نظيره العراقي مصطفى الكاظمي", "2020-10-31"),
      ("VISITED", MADBOULY, BAGHDAD, "اليوم السبت، إلى بغداد على رأس", "2020-10-31"),
      ("VISITED", MADBOULY, BIAP, "استقباله بمطار بغداد الدولي", "2020-10-31"),
      ] + [r for r in _group(_COMMITTEE, "2020-10-31") if {r[1], r[2]} != {KADHIMI, MADBOULY}] + [
      ("MET_WITH", SALIH, MADBOULY, "كما استقبل رئيس الجمهورية برهم صالح الضيف المصري", "2020-10-31"),
      ("VISITED", MADBOULY, SALAM, "الضيف المصري في قصر السلام", "2020-10-31"),
      ("MET_WITH", MADBOULY, HALBOUSI, "والتقى الأخير بعد ذلك رئيس مجلس النواب", "2020-10-31"),
      ("LEADS", HALBOUSI, PARL, "رئيس مجلس النواب"),
      ("SUCCESSOR_OF", KHASAWNEH, RAZZAZ, "خلفاً لعمر الرزاز", "2020-10"),
      ],
     {"source": "blind set (Iraqi Arabic news site)", "published": "2020-10-31"}),

    ("enLG6_qaani_after_drone_attack", "en",
     "Qaani in Baghdad after drone attack on Kadhimi's residence\n"
     "ERBIL, Kurdistan Region - The commander of Iran's Quds Force, Esmail Qaani, arrived in Baghdad on Monday, a "
     "day after an explosives-laden drone struck the residence of Iraqi Prime Minister Mustafa al-Kadhimi, and "
     "met the premier, Iraqi media reported.\n"
     "Qaani, who took over the Quds Force after Qassem Soleimani and Abu Mahdi al-Muhandis were killed in a US "
     "strike in January 2020, also met Hadi al-Amiri and Falih al-Fayyad separately, according to a source in "
     "the Fatah Alliance.\n"
     "Kadhimi escaped the attack on his home in the Green Zone unhurt, though several of his guards were "
     "wounded. No group has claimed responsibility; some Iraqi politicians blamed factions angered by their "
     "losses in the October 10 election.\n"
     "Kurdistan Region President Nechirvan Barzani flew to Baghdad on Sunday evening and held talks with Kadhimi "
     "at his residence, where the two men were joined by Iraqi President Barham Salih.\n"
     "Prime Minister Masrour Barzani condemned the attack in a phone call with Kadhimi.\n"
     "Jordan's foreign ministry spokesman, Haitham Abu Alfoul, called it a \"cowardly terrorist act\".",
     [("MET_WITH", QAANI, KADHIMI, "met the premier, Iraqi media reported", "2021-11-08"),
      ("VISITED", QAANI, BAGHDAD, "arrived in Baghdad on Monday", "2021-11-08"),
      ("LEADS", QAANI, QUDS, "The commander of Iran's Quds Force"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "who took over the Quds Force after", "2020-01"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "were killed in a US", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "Abu Mahdi al-Muhandis were killed", "2020-01-03"),
      ("MET_WITH", QAANI, AMIRI, "also met Hadi al-Amiri", "2021-11-08"),
      ("MET_WITH", QAANI, FAYYADH, "Falih al-Fayyad separately", "2021-11-08"),
      ] + _group(_RESIDENCE, "2021-11-07") + [
      ("VISITED", NECHIRVAN, BAGHDAD, "Kurdistan Region President Nechirvan Barzani flew to Baghdad", "2021-11-07"),
      ("LEADS", NECHIRVAN, KRP, "Kurdistan Region President Nechirvan Barzani flew to Baghdad"),
      ("LEADS", MASROUR, KRG, "Prime Minister Masrour Barzani condemned"),
      ("MEMBER_OF", ALFOUL, JOFM, "Jordan's foreign ministry spokesman"),
      ],
     {"source": "blind set (Kurdish English-language site)", "published": "2021-11-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLG")
