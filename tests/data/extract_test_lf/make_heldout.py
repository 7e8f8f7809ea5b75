"""Blind set LF: Iraq 2020-2024, the factions' commanders killed in Baghdad, the Prime Ministers' security
and cabinet appointments and their Turkish and American guests, as an Iraqi Arabic news site writes it
(Shafaq-like: "شفق نيوز/" before the first line), a London Arabic daily ("بغداد - لندن:", months with
their Levantine names in brackets), an international wire ("BAGHDAD, Feb 7 (wire) -") and a Kurdish
English-language site (Rudaw-like: "ERBIL, Kurdistan Region -", "Mohammed Shia' al-Sudani").
Pieces: Abu Taqwa killed by a U.S. drone on Palestine Street, al-Sudani meets al-Fayyadh and Abu Fadak with
al-Araji, al-Sudani receives Mohammed Tamim (Arabic); Abu Baqir al-Saadi and Arkan al-Elayawi killed by a
U.S. drone in Mashtal, Abu Taqwa's killing recalled, al-Muhandis and Soleimani killed by the 2020 strike
Trump ordered, Abu Fadak after al-Muhandis (English); al-Kadhimi's appointments of September 2020 (Mukhaif
at the Central Bank after al-Allaq, al-Chalabi at the Trade Bank after al-Haimus), al-Araji and al-Asadi
in al-Fayyadh's two posts, al-Saadi back at the Counter-Terrorism Service after Shaghati, al-Kadhimi after
Abdul-Mahdi, a meeting with Raed Jouhi present (Arabic); Erdogan in Baghdad with al-Sudani and Simsek,
received by Rashid, then in Erbil with the two Barzanis and Fidan (Kalin's March trip to Baghdad);
Nechirvan after Masoud, Masrour after Nechirvan (English); the handovers of October 2022 in al-Sudani's cabinet (al-Shammari after
al-Ghanimi, al-Abbasi after Inad, Hayan after Ihsan Abdul Jabbar, Ihsan after Ali Allawi and Taif Sami after
Ihsan at finance, Fadel after the acting Adil Karim after Hantoush, al-Hasnawi after the acting al-Aqabi
after al-Tamimi), al-Sudani received by al-Kadhimi at the palace (Arabic); Blinken in Baghdad with al-Sudani,
Romanowski and Satterfield, earlier with Abbas in Ramallah, Romanowski after Tueller (English).
Excluded on purpose (no relation): the Iraqi government "holds the coalition responsible" for Abu Taqwa's
killing (an accusation), Amir-Abdollahian's phone call to al-Sudani, Qaani's visit "planned for next week"
(LF1); the Tower 22 attack that "Washington blamed on" the Islamic Resistance in Iraq (an accusation: no
ASSASSINATED_BY for Sanders and Moffett) (LF2); a meeting between al-Kadhimi and Qaani that government
sources "denied" (LF3); Erdogan "did not meet" Bafel Talabani (LF4); Raisi's phone call to al-Sudani (LF5);
Blinken's talks with Fidan in Ankara, "due on Monday", and al-Sudani's Washington visit "not yet
scheduled" (LF6).
Judgement calls: the companion killed with Abu Taqwa is unnamed, so only Abu Taqwa -> United States (LF1);
"U.S. Central Command said its forces had killed" Abu Baqir and "the group said" Arkan al-Elayawi died
with him: both take the United States (the state, not Central Command), as the Pentagon's claim does in
LF1 (LF2); a strike "ordered by then-President Donald Trump" gives -> United States and ->
Trump for al-Muhandis and Soleimani (LF2); Abu Fadak "took over" al-Muhandis's post is a succession (LF2,
as the README's earlier sets do); an acting minister succeeds and is succeeded (Ihsan at finance, Adil
Karim, al-Aqabi) (LF5); being met "at the door of the palace" and then a closed meeting is one meeting (LF5);
the three leaders welcomed at the airport and "then held a meeting" with Fidan "attending" are all
paired; Simsek, who "accompanied" Erdogan when al-Sudani received him, is paired with both; Rashid
"received" Erdogan separately, paired with him only (LF4). Who attended the meetings (Tamim, Jouhi,
Simsek, Fidan in Erbil, Satterfield), the hours and some days, Qaani's planned visit (LF1) and the reported
one (LF3) are filled in for the exercise; the events, offices and successions are real. LEADS is given for
heads of bodies (the PMF, the Region, MIT, the Central Bank ...), not for ministers of ministries (as KP).
The table has two ids for Arkan al-Elayawi; the gold uses person:arkan-al-ulayawi (Kataib Hezbollah).
Spellings: "مشتاق طالب السعيدي" and «أبو تقوى», "قاسم الاعرجي" without hamza (LF1); "Wissam Mohammed 'Abu
Baqir' al-Saadi", "Arkan al-Elayawi", "Mushtaq Talib al-Saeedi", "Qassem Soleimani", "Abdul Aziz
al-Mohammadawi" (LF2); "عادل عبد المهدي", "علي محسن العلاق", "فالح الفيّاض" with shadda, "طالب شغاتي"
without al-Kenani (LF3); "Mohammed Shia' al-Sudani", "Abdullatif Rashid" (LF4); "هاني العكابي" for al-Aqabi,
"جمعة عناد سعدون" (LF5); "Mohammed Shia al-Sudani" and "Alina Romanowski" (LF6).
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

US, IRAQ, JORDAN = "country:united-states", "country:iraq", "country:jordan"
BAGHDAD, ERBIL, ERBILAIR, PALST, MASHTAL, GOVPAL, RAMALLAH, TOWER22 = (
    "location:baghdad", "location:erbil", "location:erbil-airport", "location:palestine-street",
    "location:mashtal", "location:government-palace-baghdad", "location:ramallah", "location:tower-22")
PMF, NUJABA, KH, IRI, NSA, NSS, CBI, TBI, CTS, CENTCOM = (
    "organization:popular-mobilization-forces", "organization:harakat-al-nujaba", "organization:kataib-hezbollah",
    "organization:islamic-resistance-in-iraq", "organization:iraqi-national-security-advisory",
    "organization:iraqi-national-security-service", "organization:central-bank-of-iraq",
    "organization:trade-bank-of-iraq", "organization:counter-terrorism-service", "organization:us-central-command")
KRP, KRG, MIT, TRFM, PUK, QUDS = (
    "organization:kurdistan-region-presidency", "organization:kurdistan-regional-government",
    "organization:turkish-national-intelligence-organization", "organization:turkish-foreign-ministry",
    "organization:patriotic-union-of-kurdistan", "organization:quds-force")
INTERIOR, DEFENCE, OILM, FINANCE, ELEC, HEALTH = (
    "organization:iraqi-interior-ministry", "organization:iraqi-defense-ministry", "organization:iraqi-oil-ministry",
    "organization:iraqi-finance-ministry", "organization:iraqi-electricity-ministry",
    "organization:iraqi-health-ministry")
SUDANI, KADHIMI, ABDULMAHDI, FAYYADH, FADAK, ARAJI, TAQWA, BAQIR, ELAYAWI, MUHANDIS, SOLEIMANI = (
    "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi",
    "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi", "person:qassim-al-araji",
    "person:abu-taqwa-al-saidi", "person:abu-baqir-al-saadi", "person:arkan-al-ulayawi",
    "person:abu-mahdi-al-muhandis", "person:qasem-soleimani")
TRUMP, QAANI, ABDOLLAHIAN, RASOOL, HAMIDAWI, ASADI, ALLAQ, CHALABI, WSAADI, SHAGHATI, JOUHI = (
    "person:donald-trump", "person:esmail-qaani", "person:hossein-amir-abdollahian", "person:yahya-rasool",
    "person:ahmad-al-hamidawi", "person:abdul-ghani-al-asadi", "person:ali-al-allaq", "person:salem-al-chalabi",
    "person:abdul-wahab-al-saadi", "person:talib-shaghati", "person:raed-jouhi")
ERDOGAN, FIDAN, KALIN, NECHIRVAN, MASROUR, MASOUD, RASHID, TAIF, BAFEL = (
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin", "person:nechirvan-barzani",
    "person:masrour-barzani", "person:masoud-barzani", "person:abdul-latif-rashid", "person:taif-sami",
    "person:bafel-talabani")
SHAMMARI, GHANIMI, ABBASI, INAD, HAYAN, IHSAN, ALLAWI, FADEL, KARIM, HASNAWI, AQABI, TAMIMI, RAISI = (
    "person:abdul-amir-al-shammari", "person:othman-al-ghanimi", "person:thabet-al-abbasi", "person:juma-inad",
    "person:hayan-abdul-ghani", "person:ihsan-abdul-jabbar", "person:ali-allawi", "person:ziad-ali-fadel",
    "person:adil-karim", "person:saleh-al-hasnawi", "person:hani-al-aqabi", "person:hassan-al-tamimi",
    "person:ebrahim-raisi")
BLINKEN, ROMANOWSKI, TUELLER, ABBAS = (
    "person:antony-blinken", "person:alina-romanowski", "person:matthew-tueller", "person:mahmoud-abbas")
# new to the tables
TAMIM, SANDERS, MOFFETT, MUKHAIF, HAIMUS, SIMSEK, HANTOUSH, SATTERFIELD = (
    "person:mohammed-ali-tamim", "person:kennedy-sanders", "person:breonna-moffett",
    "person:mustafa-ghaleb-mukhaif", "person:faisal-al-haimus", "person:mehmet-simsek", "person:majid-hantoush",
    "person:david-satterfield")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_PMF = {SUDANI: "اجتمع رئيس مجلس الوزراء محمد شياع السوداني", FAYYADH: "برئيس هيئة الحشد الشعبي فالح الفياض",
        FADAK: "ورئيس أركان الهيئة عبد العزيز المحمداوي", ARAJI: "بحضور مستشار الأمن القومي قاسم الاعرجي"}
_KADHIMI = {KADHIMI: "واستقبل الكاظمي، مساء أمس،", ARAJI: "الأعرجي والأسدي في مكتبه",
            ASADI: "الأعرجي والأسدي في مكتبه", JOUHI: "بحضور مدير مكتبه رائد جوحي"}
_BAGHDAD = {ERDOGAN: "was received in Baghdad by", SUDANI: "Iraqi Prime Minister Mohammed Shia' al-Sudani",
            SIMSEK: "Treasury and Finance Minister Mehmet Simsek"}
_ERBIL = {ERDOGAN: "Turkish President Recep Tayyip Erdogan arrived in Erbil",
          NECHIRVAN: "Kurdistan Region President Nechirvan Barzani", MASROUR: "Prime Minister Masrour Barzani",
          FIDAN: "attended by Turkish Foreign Minister Hakan Fidan"}
_BLINKEN = {BLINKEN: "held talks with Prime Minister", SUDANI: "held talks with Prime Minister",
            ROMANOWSKI: "Ambassador Alina Romanowski", SATTERFIELD: "David Satterfield"}

ARTICLES = [
    ("arLF1_abu_taqwa_sudani_pmf", "ar",
     "السوداني يجتمع بقادة الحشد بعد مقتل «أبو تقوى» بضربة أميركية في بغداد\n"
     "شفق نيوز/ قُتل القيادي في حركة النجباء مشتاق طالب السعيدي، المعروف بـ«أبو تقوى»، ظهر الخميس، بضربة "
     "نفذتها طائرة مسيّرة أميركية استهدفت مقراً للحركة في شارع فلسطين شرقي العاصمة بغداد، وقُتل معه أحد "
     "مرافقيه.\n"
     "وأعلنت وزارة الدفاع الأميركية أن الضربة جاءت «دفاعاً عن النفس»، مؤكدة أن السعيدي كان متورطاً في "
     "التخطيط لهجمات على القوات الأميركية في العراق وسوريا.\n"
     "وكان القتيل يشغل منصب معاون قائد عمليات حزام بغداد في الحشد الشعبي.\n"
     "وعقب الحادثة، اجتمع رئيس مجلس الوزراء محمد شياع السوداني برئيس هيئة الحشد الشعبي فالح الفياض ورئيس "
     "أركان الهيئة عبد العزيز المحمداوي (أبو فدك)، بحضور مستشار الأمن القومي قاسم الاعرجي، وجرى بحث تداعيات "
     "الضربة.\n"
     "من جهته، قال الناطق باسم القائد العام للقوات المسلحة يحيى رسول إن الحكومة «تحمّل قوات التحالف الدولي "
     "مسؤولية هذا الاعتداء غير المبرر».\n"
     "وتلقى السوداني اتصالاً هاتفياً من وزير الخارجية الإيراني حسين أمير عبد اللهيان، فيما أفادت مصادر بأن "
     "زيارة لقائد فيلق القدس إسماعيل قاآني إلى بغداد مقررة الأسبوع المقبل.\n"
     "وكان السوداني قد استقبل صباح اليوم نائب رئيس الوزراء وزير التخطيط محمد علي تميم، وبحث معه ملف "
     "الموازنة.",
     [("ASSASSINATED_BY", TAQWA, US, "نفذتها طائرة مسيّرة أميركية", "2024-01-04"),
      ("MEMBER_OF", TAQWA, NUJABA, "القيادي في حركة النجباء"),
      ("MEMBER_OF", TAQWA, PMF, "معاون قائد عمليات حزام بغداد في الحشد الشعبي"),
      ("ATTACKED", US, PALST, "نفذتها طائرة مسيّرة أميركية", "2024-01-04"),
      ("LOCATED_IN", PALST, BAGHDAD, "في شارع فلسطين شرقي العاصمة بغداد"),
      ] + _group(_PMF, "2024-01-04") + [
      ("LEADS", FAYYADH, PMF, "برئيس هيئة الحشد الشعبي فالح الفياض"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركان الهيئة عبد العزيز المحمداوي"),
      ("LEADS", ARAJI, NSA, "بحضور مستشار الأمن القومي قاسم الاعرجي"),
      ("LEADS", QAANI, QUDS, "لقائد فيلق القدس إسماعيل قاآني"),
      ("MET_WITH", SUDANI, TAMIM, "نائب رئيس الوزراء وزير التخطيط محمد علي تميم", "2024-01-04"),
      ],
     {"source": "blind set (Iraqi Arabic news site)", "published": "2024-01-04"}),

    ("enLF2_abu_baqir_mashtal", "en",
     "U.S. drone strike kills Kataib Hezbollah commander in Baghdad\n"
     "BAGHDAD, Feb 7 (wire) - A U.S. drone strike on a car in Baghdad's eastern Mashtal district on Wednesday "
     "killed a senior commander of Kataib Hezbollah, the Iran-backed Iraqi faction, sources said.\n"
     "U.S. Central Command said its forces had killed Wissam Mohammed \"Abu Baqir\" al-Saadi, whom it described "
     "as the group's commander responsible for operations in Syria, in response to attacks on American troops. "
     "Kataib Hezbollah said one of its senior members, Arkan al-Elayawi, died with him.\n"
     "The strike came 10 days after a drone attack on Tower 22, a U.S. outpost in Jordan, killed three American "
     "soldiers, among them Sgt. Kennedy Sanders, 24, and Sgt. Breonna Moffett, 23. Washington blamed that "
     "attack on the Islamic Resistance in Iraq, an umbrella of militias that includes Kataib Hezbollah. The "
     "group's secretary-general, Ahmad al-Hamidawi, had since announced a halt to attacks.\n"
     "Maj. Gen. Yehia Rasool, the prime minister's military spokesman, called it \"an assassination\".\n"
     "Five weeks earlier, on Jan. 4, a U.S. strike killed Mushtaq Talib"
     " al-Saeedi, a commander of Harakat al-Nujaba known as Abu Taqwa.\n"
     "Kataib Hezbollah was founded by Abu Mahdi al-Muhandis, who was killed together with Iranian General "
     "Qassem Soleimani in a U.S. drone strike at Baghdad airport in January 2020 ordered by then-President "
     "Donald Trump. Abdul Aziz al-Mohammadawi, known as Abu Fadak, later took over al-Muhandis's post in the "
     "Popular Mobilisation Forces.",
     [("ASSASSINATED_BY", BAQIR, US, "U.S. Central Command said its forces had killed", "2024-02-07"),
      ("ASSASSINATED_BY", ELAYAWI, US, "Arkan al-Elayawi, died with him", "2024-02-07"),
      ("ATTACKED", US, MASHTAL, "A U.S. drone strike on a car in Baghdad's eastern Mashtal", "2024-02-07"),
      ("LOCATED_IN", MASHTAL, BAGHDAD, "A U.S. drone strike on a car in Baghdad's eastern Mashtal"),
      ("MEMBER_OF", BAQIR, KH, "as the group's commander responsible for operations in Syria"),
      ("MEMBER_OF", ELAYAWI, KH, "one of its senior members, Arkan al-Elayawi"),
      ("LOCATED_IN", TOWER22, JORDAN, "a U.S. outpost in Jordan"),
      ("PART_OF", KH, IRI, "an umbrella of militias that includes Kataib Hezbollah"),
      ("LEADS", HAMIDAWI, KH, "secretary-general, Ahmad al-Hamidawi"),
      ("ASSASSINATED_BY", TAQWA, US, "on Jan. 4, a U.S. strike killed Mushtaq", "2024-01-04"),
      ("MEMBER_OF", TAQWA, NUJABA, "a commander of Harakat al-Nujaba known as Abu Taqwa"),
      ("ASSASSINATED_BY", MUHANDIS, US, "who was killed together with Iranian General", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, TRUMP, "ordered by then-President", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "Qassem Soleimani in a U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, TRUMP, "in January 2020 ordered by", "2020-01-03"),
      ("SUCCESSOR_OF", FADAK, MUHANDIS, "later took over al-Muhandis's post", "2020-02"),
      ("MEMBER_OF", FADAK, PMF, "later took over al-Muhandis's post"),
      ],
     {"source": "blind set (international wire, English)", "published": "2024-02-07"}),
    ("arLF3_kadhimi_appointments", "ar",
     "الكاظمي يواصل التغييرات: محافظ جديد للبنك المركزي ومدير جديد للمصرف العراقي للتجارة\n"
     "بغداد - لندن: أصدر رئيس الوزراء العراقي مصطفى الكاظمي، أمس، حزمة أوامر ديوانية بتعيينات في مواقع مالية "
     "ورقابية، أبرزها تعيين مصطفى غالب مخيف محافظاً للبنك المركزي خلفاً لعلي محسن العلاق، وتكليف سالم الجلبي "
     "بإدارة المصرف العراقي للتجارة بدلاً من فيصل الهيمص.\n"
     "وتأتي الحزمة بعد شهرين من إعفاء فالح الفيّاض من منصبي مستشار الأمن الوطني ورئيس جهاز الأمن الوطني، إذ "
     "عُيّن وزير الداخلية الأسبق قاسم الأعرجي مستشاراً في مكانه، فيما خلفه عبد الغني الأسدي على رأس الجهاز. "
     "واحتفظ الفيّاض برئاسة هيئة الحشد الشعبي.\n"
     "وكان الكاظمي قد أعاد، بعد أيام من تسلّمه رئاسة الحكومة في مايو (أيار) الماضي خلفاً لعادل عبد المهدي، "
     "الفريق الركن عبد الوهاب الساعدي إلى جهاز مكافحة الإرهاب رئيساً له بدلاً من طالب شغاتي، بعدما كان عبد "
     "المهدي قد أبعده عن الجهاز في سبتمبر (أيلول) 2019.\n"
     "واستقبل الكاظمي، مساء أمس، الأعرجي والأسدي في مكتبه بحضور مدير مكتبه رائد جوحي، وناقش معهما «خطة حصر "
     "السلاح بيد الدولة».\n"
     "في المقابل، نفت مصادر حكومية تقارير عن لقاء جمع الكاظمي بقائد «فيلق القدس» الإيراني إسماعيل قاآني، خلال "
     "زيارة قيل إن الأخير أجراها إلى بغداد الأسبوع الماضي.",
     [("SUCCESSOR_OF", MUKHAIF, ALLAQ, "خلفاً لعلي محسن العلاق", "2020-09-15"),
      ("LEADS", MUKHAIF, CBI, "تعيين مصطفى غالب مخيف محافظاً للبنك المركزي"),
      ("SUCCESSOR_OF", CHALABI, HAIMUS, "بدلاً من فيصل الهيمص", "2020-09-15"),
      ("LEADS", CHALABI, TBI, "بإدارة المصرف العراقي للتجارة"),
      ("SUCCESSOR_OF", ARAJI, FAYYADH, "مستشاراً في مكانه", "2020-07-04"),
      ("LEADS", ARAJI, NSA, "مستشاراً في مكانه"),
      ("SUCCESSOR_OF", ASADI, FAYYADH, "فيما خلفه عبد الغني الأسدي على رأس الجهاز", "2020-07-04"),
      ("LEADS", ASADI, NSS, "فيما خلفه عبد الغني الأسدي على رأس الجهاز"),
      ("LEADS", FAYYADH, PMF, "واحتفظ الفيّاض برئاسة هيئة الحشد الشعبي"),
      ("SUCCESSOR_OF", KADHIMI, ABDULMAHDI, "خلفاً لعادل عبد المهدي", "2020-05"),
      ("SUCCESSOR_OF", WSAADI, SHAGHATI, "بدلاً من طالب شغاتي", "2020-05"),
      ("LEADS", WSAADI, CTS, "إلى جهاز مكافحة الإرهاب رئيساً له"),
      ] + _group(_KADHIMI, "2020-09-15") + [
      ("LEADS", QAANI, QUDS, "بقائد «فيلق القدس» الإيراني إسماعيل قاآني"),
      ],
     {"source": "blind set (London Arabic daily)", "published": "2020-09-16"}),

    ("enLF4_erdogan_erbil", "en",
     "Erdogan lands in Erbil after landmark Baghdad visit\n"
     "ERBIL, Kurdistan Region - Turkish President Recep Tayyip Erdogan arrived in Erbil on Monday evening, where "
     "Kurdistan Region President Nechirvan Barzani and Prime Minister Masrour Barzani welcomed him at Erbil "
     "International Airport.\n"
     "The three leaders then held a meeting at the airport, attended by Turkish Foreign Minister Hakan Fidan, "
     "and discussed oil exports, water and the fight against the PKK.\n"
     "Earlier in the day, Erdogan, accompanied by Treasury and Finance Minister Mehmet Simsek and other "
     "ministers, was received in Baghdad by Iraqi Prime Minister Mohammed Shia' al-Sudani. The two sides signed "
     "26 memorandums of understanding, among them a framework agreement on the Development Road project.\n"
     "Iraqi President Abdullatif Rashid separately received the Turkish leader at the Baghdad Palace.\n"
     "It was Erdogan's first visit to Iraq since 2011. He did not meet Bafel Talabani, the leader of the "
     "Patriotic Union of Kurdistan (PUK), whose ties with Ankara remain strained; intelligence chief Ibrahim "
     "Kalin had visited Baghdad in March.\n"
     "Nechirvan Barzani became president in 2019, succeeding his uncle Masoud Barzani after the post had been "
     "vacant for two years, and Masrour Barzani took over the premiership from him the same year.",
     _group(_ERBIL, "2024-04-22") + [
      ("VISITED", ERDOGAN, ERBIL, "arrived in Erbil on Monday evening", "2024-04-22"),
      ("VISITED", ERDOGAN, ERBILAIR, "welcomed him at Erbil", "2024-04-22"),
      ("LEADS", NECHIRVAN, KRP, "Kurdistan Region President Nechirvan Barzani"),
      ("LEADS", MASROUR, KRG, "Prime Minister Masrour Barzani"),
      ] + _group(_BAGHDAD, "2024-04-22") + [
      ("VISITED", ERDOGAN, BAGHDAD, "was received in Baghdad by", "2024-04-22"),
      ("MET_WITH", RASHID, ERDOGAN, "separately received the Turkish leader", "2024-04-22"),
      ("LEADS", BAFEL, PUK, "the leader of the"),
      ("LEADS", KALIN, MIT, "intelligence chief Ibrahim"),
      ("VISITED", KALIN, BAGHDAD, "Kalin had visited Baghdad in March", "2024-03-14"),
      ("SUCCESSOR_OF", NECHIRVAN, MASOUD, "succeeding his uncle Masoud Barzani", "2019-06"),
      ("SUCCESSOR_OF", MASROUR, NECHIRVAN, "took over the premiership from him", "2019-07"),
      ],
     {"source": "blind set (Kurdish English-language site)", "published": "2024-04-22"}),

    ("arLF5_sudani_cabinet_handovers", "ar",
     "وزراء حكومة السوداني يتسلمون مهامهم.. الشمري للداخلية والعباسي للدفاع\n"
     "شفق نيوز/ تسلّم وزراء حكومة محمد شياع السوداني، يوم الأحد، مهامهم رسمياً، بعد يومين من نيل الكابينة "
     "ثقة مجلس النواب.\n"
     "وتسلّم الفريق أول الركن عبد الأمير الشمري مهام وزارة الداخلية خلفاً لعثمان الغانمي، فيما باشر ثابت محمد "
     "العباسي عمله وزيراً للدفاع بدلاً من جمعة عناد سعدون.\n"
     "وفي وزارة النفط، سلّم إحسان عبد الجبار الحقيبة إلى خلفه حيان عبد الغني. وكان عبد الجبار يدير وزارة المالية "
     "بالوكالة منذ استقالة علي علاوي في آب الماضي، وتسلّمتها منه اليوم طيف سامي.\n"
     "وآلت وزارة الكهرباء إلى زياد علي فاضل خلفاً للوزير وكالةً عادل كريم، الذي أدار الوزارة منذ استقالة "
     "الوزير ماجد مهدي حنتوش في حزيران 2021.\n"
     "وفي الصحة، حلّ صالح الحسناوي محل هاني العكابي، الذي تولى الوزارة بالوكالة بعد استقالة حسن التميمي إثر "
     "حريق مستشفى ابن الخطيب.\n"
     "وكان السوداني قد تسلّم مهامه في القصر الحكومي من سلفه مصطفى الكاظمي، الذي استقبله عند باب القصر قبل أن "
     "يعقد الرجلان اجتماعاً مغلقاً.\n"
     "وتلقى السوداني اتصالاً هاتفياً من الرئيس الإيراني إبراهيم رئيسي هنأه فيه بنيل الثقة.",
     [("SUCCESSOR_OF", SHAMMARI, GHANIMI, "خلفاً لعثمان الغانمي", "2022-10-30"),
      ("SUCCESSOR_OF", ABBASI, INAD, "بدلاً من جمعة عناد سعدون", "2022-10-30"),
      ("SUCCESSOR_OF", HAYAN, IHSAN, "الحقيبة إلى خلفه حيان عبد الغني", "2022-10-30"),
      ("SUCCESSOR_OF", IHSAN, ALLAWI, "بالوكالة منذ استقالة علي علاوي", "2022-08"),
      ("SUCCESSOR_OF", TAIF, IHSAN, "وتسلّمتها منه اليوم طيف سامي", "2022-10-30"),
      ("SUCCESSOR_OF", FADEL, KARIM, "خلفاً للوزير وكالةً عادل كريم", "2022-10-30"),
      ("SUCCESSOR_OF", KARIM, HANTOUSH, "الذي أدار الوزارة منذ استقالة", "2021-06"),
      ("SUCCESSOR_OF", HASNAWI, AQABI, "حلّ صالح الحسناوي محل هاني العكابي", "2022-10-30"),
      ("SUCCESSOR_OF", AQABI, TAMIMI, "الذي تولى الوزارة بالوكالة بعد استقالة حسن التميمي", "2021-04"),
      ("SUCCESSOR_OF", SUDANI, KADHIMI, "من سلفه مصطفى الكاظمي", "2022-10-28"),
      ("MET_WITH", SUDANI, KADHIMI, "الذي استقبله عند باب القصر", "2022-10-28"),
      ("VISITED", SUDANI, GOVPAL, "تسلّم مهامه في القصر الحكومي", "2022-10-28"),
      ],
     {"source": "blind set (Iraqi Arabic news site)", "published": "2022-10-30"}),

    ("enLF6_blinken_baghdad", "en",
     "Blinken makes unannounced Baghdad stop, presses Sudani on militia attacks\n"
     "BAGHDAD, Nov 5 (wire) - U.S. Secretary of State Antony Blinken flew into Baghdad on Sunday on an "
     "unannounced visit and held talks with Prime Minister Mohammed Shia al-Sudani, urging him to rein in "
     "Iran-aligned groups that have attacked U.S. troops since the start of the Gaza war.\n"
     "The meeting at the prime minister's office, which lasted about an hour, was attended by U.S. Ambassador "
     "Alina Romanowski and David Satterfield, the newly appointed special envoy for Middle East humanitarian "
     "issues, a State Department official said.\n"
     "Blinken, wearing body armour, had arrived from the occupied West Bank, where he met Palestinian President "
     "Mahmoud Abbas in Ramallah earlier in the day.\n"
     "Romanowski, a career diplomat, succeeded Matthew Tueller as ambassador in June 2022. Al-Sudani, who took "
     "office in October 2022 in place of Mustafa al-Kadhimi, relies on the backing of the Coordination "
     "Framework, which includes parties close to the armed factions.\n"
     "Blinken was due in Ankara on Monday for talks with Turkish Foreign Minister Hakan Fidan, while a visit "
     "by al-Sudani to Washington has yet to be scheduled.\n"
     "More than 40 attacks on U.S. forces in Iraq and Syria have been claimed by the Islamic Resistance in "
     "Iraq since Oct. 17.",
     _group(_BLINKEN, "2023-11-05") + [
      ("VISITED", BLINKEN, BAGHDAD, "flew into Baghdad on Sunday", "2023-11-05"),
      ("MET_WITH", BLINKEN, ABBAS, "where he met Palestinian President", "2023-11-05"),
      ("VISITED", BLINKEN, RAMALLAH, "Mahmoud Abbas in Ramallah", "2023-11-05"),
      ("SUCCESSOR_OF", ROMANOWSKI, TUELLER, "succeeded Matthew Tueller as ambassador", "2022-06"),
      ("SUCCESSOR_OF", SUDANI, KADHIMI, "in place of Mustafa al-Kadhimi", "2022-10"),
      ],
     {"source": "blind set (international wire, English)", "published": "2023-11-05"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLF")
