"""Blind set MF: Iraq 2020-2025 (second folder of ME-MF): the Kurdish cabinet talks of early 2025, the
vote of confidence in al-Sudani's government and the handover from al-Kadhimi, al-Sudani's Tehran trip of
January 2025, Qais al-Khazali's visitors, al-Sudani at the White House and the Pentagon in April 2024,
and Qaani's trip to Baghdad after the drone attack on al-Kadhimi's home, as a Kurdish English-language
site writes it (The New Region-like: "SULAIMANI —", "a PUK source told"), as an Iraqi news site writes it
in Arabic (Nas News-like: "بغداد – ناس"), as a newsletter-style site writes it in English (Semafor-like:
"The News", "Know More", "The View From ..."), as a faction's TV site writes it in Arabic (al-Ahd-like:
"سماحة الشيخ", "المقاومة الإسلامية"), as an American network's site writes it in English (NBC News-like:
"WASHINGTON —", "in the room") and as an Iraqi digital outlet writes it in Arabic (964-like: "964 –
بغداد", short paragraphs).
Pieces: Nechirvan Barzani with Bafel and Qubad Talabani in Sulaimani, Masrour Barzani's December meeting
with Bafel Talabani (English, MF1); al-Sudani's cabinet, al-Shammari after al-Ghanimi at the interior
ministry, al-Sudani receives the office from al-Kadhimi and succeeds him, Qais al-Muhammadawi after
al-Shammari at Joint Operations (Arabic, MF2); al-Sudani with Khamenei, and with Pezeshkian and Araghchi,
in Tehran (English, MF3); al-Khazali receives the Iranian ambassador with Laith al-Khazali present, then
Abu Alaa al-Walai (Arabic, MF4); Biden receives al-Sudani with Blinken, Sullivan and Fuad Hussein, Austin
hosts al-Sudani at the Pentagon, Abu Baqir killed by the US strike (English, MF5); Qaani meets al-Kadhimi,
then al-Amiri and al-Khazali together, Qaani after Soleimani, Soleimani killed by a US strike (Arabic,
MF6).
Excluded on purpose (no relation): Masrour Barzani, who "was not part of the delegation", his telephone
contacts with Talabani, Lahur Sheikh Jangi "sidelined" (not a succession of one leader by another)
(MF1); Blinken's congratulatory phone call to al-Sudani (MF2); al-Sudani's phone call with Blinken, the
visit of Trump's envoys "floated but not scheduled", Masrour Barzani's meeting that was cancelled (MF3);
the meeting with the US ambassador that al-Khazali's office denied (MF4); al-Sudani's planned stop in
Michigan, Harris, whom he "was not scheduled" to meet (MF5); the drone attack on al-Kadhimi, who survived,
claimed by no one; al-Kadhimi's phone call with Blinken (MF6).
Judgement calls: the brother who "sat in on the talks" is paired with both sides (MF1, MF3: "sat in on
the talks with Pezeshkian"); "received the office from his predecessor in a ceremony ... a meeting
between the two men" is a meeting and a succession (MF2); "was named to the post after him" is a
succession (MF2); those "in the room" at the Oval Office meeting are paired with everyone there (MF5);
Qaani's meeting with "Coordination Framework leaders, among them" al-Amiri and al-Khazali is one
meeting of the three (MF6); "the US retaliatory strike that killed" gives country:united-states (MF5), as
does "غارة أمريكية" (MF6).
Filled in for the exercise: the date and place of the Sulaimani meeting, Qubad Talabani's presence, the
December meeting in Erbil (MF1); the length of the handover meeting, Blinken's call (MF2); Araghchi's
presence, the call with Blinken, Masrour Barzani's cancelled meeting (MF3); the whole of MF4's meetings and
the denial; Fuad Hussein's and Sullivan's presence (MF5); Qaani's meetings and their order (MF6).
Spellings: "Nechirvan Barzani", "Sulaimani" (MF1); "عبد الأمير الشمري", "عثمان الغانمي" (MF2); "Mohammed
Shiaa al-Sudani", "Abbas Araqchi" (MF3); "كاظم آل صادق", "أبو آلاء الولائي" (MF4); "Mohammed Shia'
al-Sudani", "Abu Baqir al-Sa'idi" (MF5); "اسماعيل قآني", "الكاظمي" (MF6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mf import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN = "country:united-states", "country:iran"
BAGHDAD, ERBIL, TEHRAN, SULAY, WASHINGTON, KURDREG = (
    "location:baghdad", "location:erbil", "location:tehran", "location:sulaymaniyah", "location:washington",
    "location:kurdistan-region")
PMF, KH, AAH, KSS, FATAH, IRQGOV, IRQFM, IRQDEF, IRQINT, IRQPARL, KRG, KDP, PUK, QUDS, IRFM, DOD, STATE = (
    "organization:popular-mobilization-forces", "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq",
    "organization:kataib-sayyid-al-shuhada", "organization:fatah-alliance", "organization:iraqi-government",
    "organization:iraqi-foreign-ministry", "organization:iraqi-defense-ministry",
    "organization:iraqi-interior-ministry", "organization:iraqi-parliament",
    "organization:kurdistan-regional-government", "organization:kurdistan-democratic-party",
    "organization:patriotic-union-of-kurdistan", "organization:quds-force", "organization:iranian-foreign-ministry",
    "organization:us-department-of-defense", "organization:us-state-department")
NECHIRVAN, BAFEL, QUBAD, MASOUD, MASROUR, LAHUR = (
    "person:nechirvan-barzani", "person:bafel-talabani", "person:qubad-talabani", "person:masoud-barzani",
    "person:masrour-barzani", "person:lahur-sheikh-jangi")
SUDANI, KADHIMI, HALBOUSI, SHAMMARI, GHANIMI, ABBASI, HUSSEIN, QMUHAMMADAWI = (
    "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "person:mohammed-al-halbousi",
    "person:abdul-amir-al-shammari", "person:othman-al-ghanmi", "person:thabet-al-abbasi", "person:fuad-hussein",
    "person:qais-al-muhammadawi")
KHAMENEI, PEZ, ARAGHCHI, BLINKEN, TRUMP = (
    "person:ali-khamenei", "person:masoud-pezeshkian", "person:abbas-araghchi", "person:antony-blinken",
    "person:donald-trump")
KHAZALI, LAITH, ALESADEQ, WALAI, ROMANOWSKI = (
    "person:qais-al-khazali", "person:laith-al-khazali", "person:mohammad-kazem-al-e-sadegh",
    "person:abu-alaa-al-walai", "person:alina-romanowski")
BIDEN, SULLIVAN, AUSTIN, ABUBAQIR = (
    "person:joe-biden", "person:jake-sullivan", "person:lloyd-austin", "person:abu-baqir-al-saadi")
QAANI, SOLEIMANI, AMIRI, ASKARI = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:hadi-al-amiri", "person:abu-ali-al-askari")

NEWREGION = "blind set (Kurdish English-language news site, The New Region-like)"
NAS = "blind set (Iraqi news site, Arabic, Nas News-like)"
SEMAFOR = "blind set (newsletter-style news site, English, Semafor-like)"
AHD = "blind set (faction-owned TV site, Arabic, al-Ahd-like)"
NBC = "blind set (American network news site, English, NBC News-like)"
S964 = "blind set (Iraqi digital outlet, Arabic, 964-like)"


_SULAIMANI = {NECHIRVAN: "Kurdistan Region President Nechirvan Barzani arrived",
              BAFEL: "and met Patriotic Union of Kurdistan (PUK) leader Bafel Talabani",
              QUBAD: "sat in on the talks, a PUK source"}
_TEHRAN_PEZ = {SUDANI: "hours after holding talks with President Masoud Pezeshkian",
               PEZ: "hours after holding talks with President Masoud Pezeshkian",
               ARAGHCHI: "sat in on the talks with Pezeshkian"}
_KHAZALI_AMB = {KHAZALI: "استقبل الأمين العام لعصائب أهل الحق", ALESADEQ: "السفير الإيراني لدى العراق كاظم آل صادق",
                LAITH: "وحضر اللقاء القيادي في العصائب"}
_OVAL = {BIDEN: "President Joe Biden welcomed", SUDANI: "Iraqi Prime Minister Mohammed Shia' al-Sudani",
         BLINKEN: "Secretary of State Antony Blinken", SULLIVAN: "national security adviser Jake Sullivan",
         HUSSEIN: "Iraq's foreign minister, Fuad Hussein"}
_QAANI_CF = {QAANI: "قبل أن يجتمع بقادة من الإطار التنسيقي", AMIRI: "رئيس تحالف الفتح هادي العامري",
             KHAZALI: "وزعيم عصائب أهل الحق قيس الخزعلي"}

ARTICLES = [
    ("enMF1_nechirvan_sulaimani_bafel", "en",
     "Nechirvan Barzani in Sulaimani to push PUK on new cabinet\n"
     "SULAIMANI — Kurdistan Region President Nechirvan Barzani arrived in Sulaimani on Sunday and met "
     "Patriotic Union of Kurdistan (PUK) leader Bafel Talabani at the latter's residence in Dabashan, in a "
     "bid to speed up the formation of the Kurdistan Regional Government's tenth cabinet.\n"
     "Talabani's brother, KRG Deputy Prime Minister Qubad Talabani, sat in on the talks, a PUK source told "
     "The New Region.\n"
     "The Kurdistan Democratic Party (KDP), led by Masoud Barzani, won 39 seats in the October 20 "
     "parliamentary election, against 23 for the PUK.\n"
     "Caretaker Prime Minister Masrour Barzani, the KDP's candidate for a second term, was not part of the "
     "delegation. He and Talabani last sat down together in Erbil in December, and have since only been in "
     "touch by telephone.\n"
     "Talabani, who sidelined his cousin Lahur Sheikh Jangi in 2021 to become the party's sole leader, has "
     "demanded the interior ministry for the PUK.",
     met_group(_SULAIMANI, "2025-02-16") + [
      ("VISITED", NECHIRVAN, SULAY, "arrived in Sulaimani on Sunday", "2025-02-16"),
      ("LEADS", NECHIRVAN, KURDREG, "Kurdistan Region President Nechirvan Barzani arrived"),
      ("LEADS", BAFEL, PUK, "and met Patriotic Union of Kurdistan (PUK) leader Bafel Talabani"),
      ("MEMBER_OF", QUBAD, KRG, "KRG Deputy Prime Minister Qubad Talabani"),
      ("LEADS", MASOUD, KDP, "led by Masoud Barzani"),
      ("LEADS", MASROUR, KRG, "Caretaker Prime Minister Masrour Barzani"),
      ("MET_WITH", MASROUR, BAFEL, "last sat down together in Erbil in December", "2024-12"),
      ],
     {"source": NEWREGION, "published": "2025-02-16"}),

    ("arMF2_sudani_cabinet_confidence", "ar",
     "البرلمان يمنح الثقة لحكومة السوداني.. والكاظمي يسلّم المهام\n"
     "بغداد – ناس\n"
     "صوّت مجلس النواب العراقي، مساء الخميس، على منح الثقة لحكومة محمد شياع السوداني، في جلسة ترأسها رئيس "
     "المجلس محمد الحلبوسي، لتطوي البلاد عاماً من الانسداد السياسي أعقب انتخابات تشرين الأول 2021.\n"
     "وضمت التشكيلة 21 وزيراً، بينهم الفريق أول ركن عبد الأمير الشمري وزيراً للداخلية خلفاً لعثمان "
     "الغانمي، وثابت العباسي وزيراً للدفاع، فيما احتفظ فؤاد حسين بحقيبة الخارجية.\n"
     "وفي اليوم التالي، تسلّم السوداني مهامه رسمياً من سلفه مصطفى الكاظمي في مراسم أقيمت بالقصر الحكومي، "
     "جرى خلالها لقاء بين الرجلين استمر نحو ساعة.\n"
     "وكان الشمري يشغل قبل توزيره منصب نائب قائد العمليات المشتركة، وقد كُلّف الفريق الركن قيس المحمداوي "
     "بالمنصب من بعده.\n"
     "وتلقى رئيس الوزراء الجديد اتصالاً هاتفياً من وزير الخارجية الأمريكي أنتوني بلينكن هنّأه فيه بنيل "
     "الثقة.",
     [("LEADS", HALBOUSI, IRQPARL, "رئيس المجلس محمد الحلبوسي"),
      ("LEADS", SUDANI, IRQGOV, "على منح الثقة لحكومة محمد شياع السوداني"),
      ("LEADS", SHAMMARI, IRQINT, "عبد الأمير الشمري وزيراً للداخلية"),
      ("SUCCESSOR_OF", SHAMMARI, GHANIMI, "خلفاً لعثمان", "2022-10-27"),
      ("LEADS", ABBASI, IRQDEF, "وثابت العباسي وزيراً للدفاع"),
      ("LEADS", HUSSEIN, IRQFM, "فيما احتفظ فؤاد حسين بحقيبة الخارجية"),
      ("SUCCESSOR_OF", SUDANI, KADHIMI, "من سلفه مصطفى الكاظمي", "2022-10-27"),
      ("MET_WITH", SUDANI, KADHIMI, "جرى خلالها لقاء بين الرجلين", "2022-10-28"),
      ("SUCCESSOR_OF", QMUHAMMADAWI, SHAMMARI, "بالمنصب من بعده", "2022"),
      ("LEADS", BLINKEN, STATE, "وزير الخارجية الأمريكي أنتوني بلينكن"),
      ],
     {"source": NAS, "published": "2022-10-28"}),

    ("enMF3_sudani_khamenei_hashd", "en",
     "Iraq's premier hears Khamenei defend the Hashd\n"
     "The News\n"
     "Iraqi Prime Minister Mohammed Shiaa al-Sudani met Iran's Supreme Leader Ali Khamenei in Tehran on "
     "Wednesday, hours after holding talks with President Masoud Pezeshkian, as Baghdad weighs what to do "
     "with its armed factions before Donald Trump returns to the White House.\n"
     "Khamenei told his visitor that the Popular Mobilization Forces \"must be preserved and further "
     "strengthened\", according to the leader's website. Foreign Minister Abbas Araqchi sat in on the talks "
     "with Pezeshkian.\n"
     "Know More\n"
     "The trip comes a month after the fall of Bashar al-Assad. Sudani has kept his lines to Washington open: "
     "he spoke with outgoing Secretary of State Antony Blinken by phone on Monday, and a visit to Baghdad by "
     "Trump's envoys has been floated but not scheduled.\n"
     "The View From Erbil\n"
     "A meeting between Sudani and the Kurdish premier, Masrour Barzani, set for the eve of the trip, was "
     "called off.",
     met_group(_TEHRAN_PEZ, "2025-01-08") + [
      ("MET_WITH", SUDANI, KHAMENEI, "met Iran's Supreme Leader Ali Khamenei in Tehran", "2025-01-08"),
      ("VISITED", SUDANI, TEHRAN, "met Iran's Supreme Leader Ali Khamenei in Tehran", "2025-01-08"),
      ("LEADS", SUDANI, IRQGOV, "Iraqi Prime Minister Mohammed Shiaa al-Sudani"),
      ("LEADS", KHAMENEI, IRAN, "Iran's Supreme Leader Ali Khamenei"),
      ("LEADS", PEZ, IRAN, "hours after holding talks with President Masoud Pezeshkian"),
      ("LEADS", ARAGHCHI, IRFM, "Foreign Minister Abbas Araqchi"),
      ("LEADS", BLINKEN, STATE, "outgoing Secretary of State Antony Blinken"),
      ("LEADS", MASROUR, KRG, "the Kurdish premier, Masrour Barzani"),
      ],
     {"source": SEMAFOR, "published": "2025-01-08"}),

    ("arMF4_khazali_receives_ambassador", "ar",
     "الشيخ الخزعلي يستقبل السفير الإيراني ويبحث معه مستجدات المنطقة\n"
     "استقبل الأمين العام لعصائب أهل الحق سماحة الشيخ قيس الخزعلي، اليوم الأحد، في مكتبه ببغداد، السفير "
     "الإيراني لدى العراق كاظم آل صادق، وجرى خلال اللقاء بحث مستجدات الأوضاع في المنطقة والعدوان على غزة.\n"
     "وحضر اللقاء القيادي في العصائب الشيخ ليث الخزعلي.\n"
     "وأكد سماحته خلال اللقاء أن «المقاومة الإسلامية في العراق قالت كلمتها»، مشدداً على ضرورة خروج قوات "
     "الاحتلال الأمريكي.\n"
     "وفي وقت لاحق من اليوم نفسه، استقبل الخزعلي الأمين العام لكتائب سيد الشهداء أبو آلاء الولائي، "
     "وناقش الطرفان تطورات الساحة السياسية.\n"
     "من جهة أخرى، نفى المكتب الإعلامي للأمين العام ما تداولته مواقع التواصل بشأن لقاء جمعه بالسفيرة "
     "الأمريكية ألينا رومانوسكي، ووصفه بـ«الخبر المفبرك».",
     met_group(_KHAZALI_AMB, "2024-03-10") + [
      ("LEADS", KHAZALI, AAH, "استقبل الأمين العام لعصائب أهل الحق"),
      ("MEMBER_OF", LAITH, AAH, "وحضر اللقاء القيادي في العصائب"),
      ("MET_WITH", KHAZALI, WALAI, "استقبل الخزعلي الأمين العام لكتائب سيد الشهداء", "2024-03-10"),
      ("LEADS", WALAI, KSS, "الأمين العام لكتائب سيد الشهداء أبو آلاء الولائي"),
      ],
     {"source": AHD, "published": "2024-03-10"}),

    ("enMF5_biden_sudani_oval_office", "en",
     "Biden hosts Iraq's prime minister as region braces after Iran's attack on Israel\n"
     "WASHINGTON — President Joe Biden welcomed Iraqi Prime Minister Mohammed Shia' al-Sudani to the Oval "
     "Office on Monday, two days after Iran launched more than 300 drones and missiles at Israel.\n"
     "Secretary of State Antony Blinken and national security adviser Jake Sullivan were in the room, as was "
     "Iraq's foreign minister, Fuad Hussein. Biden told reporters the partnership was \"critical\".\n"
     "Later Monday, Sudani went to the Pentagon, where he was hosted by Defense Secretary Lloyd Austin for "
     "talks on the future of the U.S.-led coalition.\n"
     "The visit had been delayed for months, first by the Jan. 28 drone attack that killed three U.S. "
     "soldiers in Jordan and then by the U.S. retaliatory strike in Baghdad that killed Kataib Hezbollah "
     "commander Abu Baqir al-Sa'idi.\n"
     "Sudani is set to meet Iraqi-American community leaders in Michigan later this week. He was not "
     "scheduled to see Vice President Kamala Harris.",
     met_group(_OVAL, "2024-04-15") + [
      ("VISITED", SUDANI, WASHINGTON, "President Joe Biden welcomed", "2024-04-15"),
      ("LEADS", BIDEN, US, "President Joe Biden welcomed"),
      ("LEADS", SUDANI, IRQGOV, "Iraqi Prime Minister Mohammed Shia' al-Sudani"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony Blinken"),
      ("LEADS", HUSSEIN, IRQFM, "Iraq's foreign minister, Fuad Hussein"),
      ("MET_WITH", SUDANI, AUSTIN, "where he was hosted by Defense Secretary", "2024-04-15"),
      ("LEADS", AUSTIN, DOD, "where he was hosted by Defense Secretary"),
      ("ASSASSINATED_BY", ABUBAQIR, US, "the U.S. retaliatory strike in Baghdad", "2024-02-07"),
      ("MEMBER_OF", ABUBAQIR, KH, "that killed Kataib Hezbollah"),
      ],
     {"source": NBC, "published": "2024-04-15"}),

    ("arMF6_qaani_baghdad_after_drone_attack", "ar",
     "قآني في بغداد بعد ساعات من استهداف منزل الكاظمي\n"
     "964 – بغداد\n"
     "وصل قائد فيلق القدس في الحرس الثوري الإيراني اسماعيل قآني إلى بغداد، مساء الأحد، بعد ساعات من "
     "استهداف منزل رئيس الوزراء مصطفى الكاظمي في المنطقة الخضراء بطائرات مسيرة مفخخة.\n"
     "ونجا الكاظمي من الهجوم بإصابة طفيفة، ولم تتبنَّ أي جهة العملية.\n"
     "والتقى قآني بالكاظمي في مكتبه، بحسب مصدر حكومي تحدث لـ964، وأبلغه إدانة طهران للهجوم، قبل أن يجتمع "
     "بقادة من الإطار التنسيقي بينهم رئيس تحالف الفتح هادي العامري وزعيم عصائب أهل الحق قيس الخزعلي.\n"
     "ووصف المسؤول الأمني لكتائب حزب الله أبو علي العسكري الهجوم بأنه «تمثيلية».\n"
     "وكان الكاظمي قد تلقى اتصالاً هاتفياً من وزير الخارجية الأمريكي أنتوني بلينكن.\n"
     "وقآني، الذي خلف قاسم سليماني بعد مقتله بغارة أمريكية قرب مطار بغداد مطلع 2020، يزور العراق بانتظام.",
     [("VISITED", QAANI, BAGHDAD, "اسماعيل قآني إلى بغداد", "2021-11-07"),
      ("LEADS", QAANI, QUDS, "وصل قائد فيلق القدس في الحرس الثوري الإيراني"),
      ("LEADS", KADHIMI, IRQGOV, "استهداف منزل رئيس الوزراء مصطفى الكاظمي"),
      ("MET_WITH", QAANI, KADHIMI, "والتقى قآني بالكاظمي في مكتبه", "2021-11-07"),
      ("LEADS", AMIRI, FATAH, "رئيس تحالف الفتح هادي العامري"),
      ("LEADS", KHAZALI, AAH, "وزعيم عصائب أهل الحق قيس الخزعلي"),
      ("MEMBER_OF", ASKARI, KH, "ووصف المسؤول الأمني لكتائب حزب الله"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "الذي خلف قاسم سليماني", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "بعد مقتله بغارة أمريكية", "2020-01-03"),
      ] + met_group(_QAANI_CF, "2021-11-07"),
     {"source": S964, "published": "2021-11-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMF")
