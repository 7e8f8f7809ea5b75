"""Blind set MN: Iraq 2020-2025 (second folder of MM-MN): al-Kadhimi's first foreign trip, to Tehran, after
the Riyadh leg was postponed (July 2020), al-Kadhimi at the White House with Trump (August 2020), Blinken's
unannounced stop in Baghdad during the Gaza war (November 2023), al-Kadhimi's Jeddah-Tehran shuttle (June
2022), Qaani's February 2022 trip during the government-formation deadlock, and al-Kadhimi's July 2020
security appointments, as a German broadcaster's English site writes it (DW-like, no dateline, "whose name
Iranian media render as"), as a Gulf-owned news channel's site writes it in Arabic (Asharq-like: "واشنطن –
الشرق", "ترمب"), as a travelling press pool writes it (State Department pool report: times, "on
background"), as a Saudi-owned TV site writes it in Arabic (Al Arabiya.net-like: "العربية.نت – بغداد",
"مصادر عراقية لـ«العربية.نت»"), as a think-tank daily update writes it (ISW/CTP Iran Update-like: "Key
takeaway", "reportedly") and as an Iraqi daily writes it in Arabic (Azzaman-like: "بغداد – الزمان", "أوامر
ديوانية", "وثيقة اطلعت عليها").
Pieces: al-Kadhimi in Tehran with Rouhani and Khamenei, Zarif in both meetings and earlier in Baghdad,
Soleimani killed by the Americans (English, MN1); Trump receives al-Kadhimi with Pompeo and Fuad Hussein
present, al-Kadhimi after Abdul-Mahdi, Pompeo and Hussein's dialogue the day before (Arabic, MN2); Blinken
with al-Soudani, al-Aaraji and Romanowski, then with Romanowski alone (English, MN3); MBS receives
al-Kadhimi in Jeddah, al-Kadhimi with Raisi in Tehran, his 2020 meeting with Khamenei, al-Humaidan and
Iravani at the head of the Baghdad rounds (Arabic, MN4); Qa'ani with al-Malki, al-Khazaali and al-Ameri in
Baghdad, Qa'ani after Soleimani, Soleimani and al-Muhandis killed by the US (English, MN5); al-Asadi after
al-Fayyadh at the National Security Service, al-Araji "in the post that al-Fayyadh also held",
Yarallah after al-Ghanimi at the army, al-Asadi's meeting with
al-Kadhimi the week before (Arabic, MN6).
Excluded on purpose (no relation): the Riyadh leg postponed (no meeting with King Salman), al-Kadhimi's
phone call with Mohammed bin Salman (MN1); Pence's meeting with al-Kadhimi, cancelled; Pompeo's later phone
call threatening to close the embassy (MN2); the Kurdish leaders Blinken does not meet, no trip to Erbil
(MN3); Khamenei, whom al-Kadhimi did not meet this time; the sixth round of Saudi-Iranian talks,
postponed (MN4); Qa'ani's reported meeting with al-Sadr, which the Sadrist official denied took place (MN5);
al-Fayyadh, informed by phone, who did not meet al-Kadhimi before the decision (MN6).
Judgement calls: heads of state LEADS their country, as in the dev sets ME-MH (MN1, MN2, MN4; MM1,
MM4, MM6 likewise); Khamenei's remark that Soleimani "was killed on Iraqi soil by the Americans" gives
Soleimani -> country:united-states (MN1); the foreign minister who "sat in on both meetings" is paired with
everyone of each meeting (MN1), those who "attended the meeting" likewise (MN2); the ambassador "in the
room" is paired with everyone there (MN3); "after having met him on his first visit" (pronoun) gives
al-Kadhimi -> Khamenei, dated 2020-07 (MN4); the two men who each "headed his country's delegation" in the
same Baghdad rounds met (MN4, no date); the gathering al-Ameri "hosted" with Qa'ani, al-Malki and
al-Khazaali is one meeting of four (MN5); being "charged with running" the service from which al-Fayyadh was
relieved is a succession, as is being named "in the post that al-Fayyadh also held" (MN6); the army chief of staff LEADS the army (MN6).
Filled in for the exercise: al-Kadhimi's call with the crown prince (MN1); Pence's cancelled meeting (MN2);
the ambassador's presence and the private meeting (MN3); the Iraqi sources' remark on Khamenei (MN4);
Qa'ani's Baghdad gathering and its host (MN5); the phone call to al-Fayyadh and al-Asadi's earlier meeting
(MN6).
Spellings: "Mostafa Kazemi", "Qassem Soleimani", "Mohammad Javad Zarif" (MN1); "ترمب", "مايك بومبيو"
(MN2); "Mohammed Shia al-Soudani", "Qasim al-Aaraji" (MN3); "إبراهيم رئيسي", "سعيد إيرواني" (MN4);
"Esmail Qa'ani", "Nouri al-Malki", "Qais al-Khazaali", "Hadi al-Ameri", "Abu Mahdi al-Muhandis" (MN5);
"عبد الأمير رشيد يار الله", "عثمان الغانمي" (MN6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mn import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, SAUDI = "country:united-states", "country:iran", "country:saudi-arabia"
BAGHDAD, TEHRAN, JEDDAH = "location:baghdad", "location:tehran", "location:jeddah"
PMF, KH, AAH, BADR, SADRIST, IRQGOV, IRQFM, IRQINT, ARMY, NSA, NSS, QUDS, IRFM, SNSC, SGIP, STATE = (
    "organization:popular-mobilization-forces", "organization:kataib-hezbollah", "organization:asaib-ahl-al-haq",
    "organization:badr-organization", "organization:sadrist-movement", "organization:iraqi-government",
    "organization:iraqi-foreign-ministry", "organization:iraqi-interior-ministry", "organization:iraqi-army",
    "organization:iraqi-national-security-adviser", "organization:iraqi-national-security-service",
    "organization:quds-force", "organization:iranian-foreign-ministry",
    "organization:supreme-national-security-council", "organization:saudi-general-intelligence-presidency",
    "organization:us-state-department")
SALMAN = "person:salman-bin-abdulaziz"
KADHIMI, ROUHANI, KHAMENEI, ZARIF, SOLEIMANI, MBS = (
    "person:mustafa-al-kadhimi", "person:hassan-rouhani", "person:ali-khamenei", "person:mohammad-javad-zarif",
    "person:qasem-soleimani", "person:mohammed-bin-salman")
TRUMP, POMPEO, FUAD, ABDULMAHDI, ASKARI = (
    "person:donald-trump", "person:mike-pompeo", "person:fuad-hussein", "person:adil-abdul-mahdi",
    "person:abu-ali-al-askari")
BLINKEN, SUDANI, ARAJI, ROMANOWSKI = (
    "person:antony-blinken", "person:mohammed-shia-al-sudani", "person:qassim-al-araji",
    "person:alina-romanowski")
RAISI, HUMAIDAN, IRAVANI = "person:ebrahim-raisi", "person:khalid-al-humaidan", "person:saeed-iravani"
QAANI, MALIKI, KHAZALI, AMIRI, SADR, MUHANDIS = (
    "person:esmail-qaani", "person:nouri-al-maliki", "person:qais-al-khazali", "person:hadi-al-amiri",
    "person:muqtada-al-sadr", "person:abu-mahdi-al-muhandis")
ASADI, FAYYADH, YARALLAH, GHANIMI = (
    "person:abdul-ghani-al-asadi", "person:falih-al-fayyadh", "person:abdul-amir-yarallah",
    "person:othman-al-ghanmi")

DW = "blind set (German broadcaster's English site, DW-like)"
ASHARQ = "blind set (Gulf-owned news channel site, Arabic, Asharq-like)"
POOL = "blind set (travelling press pool report, English, State Department pool-like)"
ARABIYA = "blind set (Saudi-owned TV news site, Arabic, Al Arabiya.net-like)"
ISW = "blind set (think-tank daily update, English, ISW/CTP Iran Update-like)"
ZAMAN = "blind set (Iraqi daily, Arabic, Azzaman-like)"

_ROUHANI_TALKS = {KADHIMI: "held talks with President Hassan Rouhani", ROUHANI: "held talks with President Hassan Rouhani",
                  ZARIF: "sat in on both meetings"}
_KHAMENEI_MEETING = {KADHIMI: "He was later received by Supreme Leader", KHAMENEI: "He was later received by Supreme Leader",
                     ZARIF: "sat in on both meetings"}
_OVAL = {TRUMP: "استقبل الرئيس الأميركي دونالد ترمب", KADHIMI: "استقبل الرئيس الأميركي دونالد ترمب",
         POMPEO: "وحضر اللقاء وزير الخارجية مايك بومبيو", FUAD: "ونظيره العراقي فؤاد حسين"}
_PALACE = {BLINKEN: "he was greeted by Prime Minister", SUDANI: "he was greeted by Prime Minister",
           ARAJI: "joined on the Iraqi side by National Security Adviser",
           ROMANOWSKI: "Ambassador Alina Romanowski was in the room as well"}
_QAANI_GATHERING = {QAANI: "met Coordination Framework leaders", MALIKI: "former prime minister Nouri al-Malki",
                    KHAZALI: "Asaib Ahl al-Haq Secretary-General Qais al-Khazaali",
                    AMIRI: "hosted the gathering at his home"}

ARTICLES = [
    ("enMN1_kadhimi_tehran_riyadh_postponed", "en",
     "Iraq's Kadhimi in Tehran after Saudi leg is called off\n"
     "Iraqi Prime Minister Mustafa al-Kadhimi arrived in Tehran on Tuesday on his first foreign trip since "
     "taking office in May, a visit that was meant to follow a stop in Saudi Arabia. The Riyadh leg was "
     "postponed at the last minute after King Salman was admitted to hospital.\n"
     "Kadhimi — whose name Iranian media render as Mostafa Kazemi — held talks with President Hassan Rouhani, "
     "who told a joint news conference that Tehran wanted \"an independent, strong Iraq.\" He was later "
     "received by Supreme Leader Ayatollah Ali Khamenei, who told his guest that Iran would never forget that "
     "Qassem Soleimani had been killed on Iraqi soil by the Americans.\n"
     "Foreign Minister Mohammad Javad Zarif, who had travelled to Baghdad on Sunday to prepare the trip, sat in "
     "on both meetings.\n"
     "Kadhimi's office said he had spoken by phone with Saudi Crown Prince Mohammed bin Salman before leaving "
     "Baghdad and that the visit to the kingdom would be rescheduled.",
     [("VISITED", KADHIMI, TEHRAN, "arrived in Tehran on Tuesday", "2020-07-21"),
      ("LEADS", KADHIMI, IRQGOV, "Iraqi Prime Minister Mustafa al-Kadhimi"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "had been killed on Iraqi soil by the Americans", "2020-01-03"),
      ("LEADS", SALMAN, SAUDI, "after King Salman was admitted"),
      ("LEADS", ROUHANI, IRAN, "held talks with President Hassan Rouhani"),
      ("LEADS", KHAMENEI, IRAN, "received by Supreme Leader Ayatollah Ali Khamenei"),
      ("LEADS", ZARIF, IRFM, "Foreign Minister Mohammad Javad Zarif"),
      ("VISITED", ZARIF, BAGHDAD, "had travelled to Baghdad on Sunday", "2020-07-19"),
      ] + met_group(_ROUHANI_TALKS, "2020-07-21")
        + [r for r in met_group(_KHAMENEI_MEETING, "2020-07-21") if r[1:3] != (KADHIMI, ZARIF)],
     {"source": DW, "published": "2020-07-21"}),

    ("arMN2_trump_kadhimi_oval_office", "ar",
     "ترمب يستقبل الكاظمي: قواتنا ستغادر العراق «في غضون فترة قصيرة»\n"
     "واشنطن – الشرق\n"
     "استقبل الرئيس الأميركي دونالد ترمب رئيس الوزراء العراقي مصطفى الكاظمي، الخميس، في المكتب البيضاوي، "
     "في أول زيارة يقوم بها الكاظمي إلى البيت الأبيض منذ توليه رئاسة الحكومة في مايو خلفاً لعادل عبد "
     "المهدي.\n"
     "وحضر اللقاء وزير الخارجية مايك بومبيو ونظيره العراقي فؤاد حسين، اللذان ترأسا، الأربعاء، جولة من "
     "الحوار الاستراتيجي بين البلدين في مقر الخارجية الأميركية.\n"
     "وقال ترمب للصحافيين إن «جنودنا سيغادرون»، من دون أن يحدد جدولاً زمنياً.\n"
     "وكان من المقرر أن يجتمع الكاظمي بنائب الرئيس مايك بنس، لكن الموعد أُلغي بسبب ارتباطات الأخير "
     "الانتخابية.\n"
     "وفي بغداد، قال المسؤول الأمني في كتائب حزب الله أبو علي العسكري إن الزيارة «لن تغير شيئاً».\n"
     "وبعد أسابيع، هدد بومبيو في اتصال هاتفي مع الكاظمي بإغلاق السفارة الأميركية في بغداد إذا لم تتوقف "
     "الهجمات الصاروخية، بحسب مسؤولين عراقيين.",
     [("LEADS", KADHIMI, IRQGOV, "رئيس الوزراء العراقي مصطفى الكاظمي"),
      ("SUCCESSOR_OF", KADHIMI, ABDULMAHDI, "خلفاً لعادل عبد", "2020-05-07"),
      ("LEADS", TRUMP, US, "استقبل الرئيس الأميركي دونالد ترمب"),
      ("LEADS", POMPEO, STATE, "وحضر اللقاء وزير الخارجية مايك بومبيو"),
      ("LEADS", FUAD, IRQFM, "ونظيره العراقي فؤاد حسين"),
      ("MEMBER_OF", ASKARI, KH, "المسؤول الأمني في كتائب حزب الله"),
      ] + met_group(_OVAL, "2020-08-20"),
     {"source": ASHARQ, "published": "2020-08-20"}),

    ("enMN3_blinken_baghdad_pool", "en",
     "Pool report #3 — SecState in Baghdad\n"
     "Secretary Blinken landed at Baghdad International Airport at 3:10 pm local after an unannounced flight "
     "from Amman, then took a helicopter, in body armor, into the International Zone.\n"
     "At the Government Palace he was greeted by Prime Minister Mohammed Shia al-Soudani. The two met for a "
     "little over an hour, joined on the Iraqi side by National Security Adviser Qasim al-Aaraji. Ambassador "
     "Alina Romanowski was in the room as well.\n"
     "A senior State Department official, on background: the secretary pressed the PM on attacks by "
     "Iran-aligned militias on U.S. personnel and said the PM is \"taking steps.\" Asked about Kurdish "
     "leaders, the official said no meeting with them is on the schedule and the secretary is not going to "
     "Erbil.\n"
     "Blinken then met privately with the ambassador and embassy staff; pool not present.\n"
     "Hours earlier, Kataib Hezbollah's security official Abu Ali al-Askari had vowed to escalate.\n"
     "Wheels up for Ankara at 5:46 pm.",
     [("VISITED", BLINKEN, BAGHDAD, "landed at Baghdad International Airport", "2023-11-05"),
      ("LEADS", SUDANI, IRQGOV, "he was greeted by Prime Minister"),
      ("LEADS", ARAJI, NSA, "joined on the Iraqi side by National Security Adviser"),
      ("MEMBER_OF", ASKARI, KH, "Kataib Hezbollah's security official Abu Ali"),
      ] + met_group(_PALACE, "2023-11-05"),
     {"source": POOL, "published": "2023-11-05"}),

    ("arMN4_kadhimi_jeddah_tehran_shuttle", "ar",
     "الكاظمي من جدة إلى طهران.. وساطة عراقية بين الرياض وطهران\n"
     "العربية.نت – بغداد\n"
     "حطّ رئيس الوزراء العراقي مصطفى الكاظمي، الأحد، في طهران قادماً من جدة، حيث كان ولي العهد السعودي "
     "الأمير محمد بن سلمان قد استقبله مساء السبت في قصر السلام.\n"
     "وأجرى الكاظمي في العاصمة الإيرانية مباحثات مع الرئيس إبراهيم رئيسي تناولت الحوار السعودي الإيراني "
     "الذي استضافت بغداد خمس جولات منه.\n"
     "وكان رئيس الاستخبارات العامة السعودية خالد الحميدان قد ترأس وفد بلاده في تلك الجولات، فيما ترأس "
     "الجانب الإيراني نائب أمين المجلس الأعلى للأمن القومي سعيد إيرواني.\n"
     "وقالت مصادر عراقية لـ«العربية.نت» إن الكاظمي لم يلتقِ المرشد الإيراني علي خامنئي في هذه الزيارة، بعدما "
     "كان قد التقاه في زيارته الأولى لطهران في تموز 2020.\n"
     "وكانت جولة سادسة على مستوى وزيري الخارجية مرتقبة في بغداد، قبل أن تُرجأ إلى موعد غير محدد.",
     [("MET_WITH", MBS, KADHIMI, "الأمير محمد بن سلمان قد استقبله مساء السبت", "2022-06-25"),
      ("VISITED", KADHIMI, TEHRAN, "في طهران قادماً من جدة", "2022-06-26"),
      ("MET_WITH", KADHIMI, RAISI, "مباحثات مع الرئيس إبراهيم رئيسي", "2022-06-26"),
      ("LEADS", KADHIMI, IRQGOV, "حطّ رئيس الوزراء العراقي مصطفى الكاظمي"),
      ("VISITED", KADHIMI, JEDDAH, "حيث كان ولي العهد السعودي", "2022-06-25"),
      ("LEADS", RAISI, IRAN, "مباحثات مع الرئيس إبراهيم رئيسي"),
      ("LEADS", KHAMENEI, IRAN, "المرشد الإيراني علي خامنئي"),
      ("LEADS", HUMAIDAN, SGIP, "رئيس الاستخبارات العامة السعودية خالد الحميدان"),
      ("MEMBER_OF", IRAVANI, SNSC, "نائب أمين المجلس الأعلى للأمن القومي سعيد إيرواني"),
      ("MET_WITH", HUMAIDAN, IRAVANI, "فيما ترأس الجانب الإيراني"),
      ("MET_WITH", KADHIMI, KHAMENEI, "بعدما كان قد التقاه في زيارته الأولى", "2020-07"),
      ],
     {"source": ARABIYA, "published": "2022-06-26"}),

    ("enMN5_qaani_framework_sadr_deadlock", "en",
     "Iran Update, February 10, 2022\n"
     "Key takeaway: IRGC Quds Force commander Brig. Gen. Esmail Qa'ani traveled to Iraq this week in an "
     "apparent effort to keep the Shia Coordination Framework inside the next government.\n"
     "Iraqi media close to the Framework reported that Qa'ani met Sadrist Movement leader Muqtada al-Sadr at "
     "his residence in Najaf on February 8. A Sadrist official later told a Kurdish outlet that no such "
     "meeting took place.\n"
     "Qa'ani then met Coordination Framework leaders in Baghdad on February 9, including former prime minister "
     "Nouri al-Malki and Asaib Ahl al-Haq Secretary-General Qais al-Khazaali. Badr Organization chief Hadi "
     "al-Ameri hosted the gathering at his home.\n"
     "Sadr reiterated on Twitter that he would form a \"national majority government, neither eastern nor "
     "western.\"\n"
     "Qa'ani has made at least five trips to Iraq since succeeding Qassem Soleimani, who was killed along with "
     "Abu Mahdi al-Muhandis by a US drone strike in January 2020.",
     [("LEADS", QAANI, QUDS, "IRGC Quds Force commander Brig"),
      ("LEADS", SADR, SADRIST, "Sadrist Movement leader Muqtada al-Sadr"),
      ("VISITED", QAANI, BAGHDAD, "met Coordination Framework leaders", "2022-02-09"),
      ("LEADS", KHAZALI, AAH, "Asaib Ahl al-Haq Secretary-General Qais al-Khazaali"),
      ("LEADS", AMIRI, BADR, "Badr Organization chief Hadi"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "since succeeding Qassem Soleimani", "2020-01"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "by a US drone strike in January 2020", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "by a US drone strike in January 2020", "2020-01-03"),
      ] + met_group(_QAANI_GATHERING, "2022-02-09"),
     {"source": ISW, "published": "2022-02-10"}),

    ("arMN6_kadhimi_security_orders", "ar",
     "الكاظمي يعيد ترتيب المؤسسة الأمنية: الأسدي للأمن الوطني والأعرجي مستشاراً\n"
     "بغداد – الزمان\n"
     "أصدر رئيس الوزراء القائد العام للقوات المسلحة مصطفى الكاظمي، السبت، حزمة أوامر ديوانية شملت مواقع "
     "أمنية رفيعة، أبرزها إعفاء فالح الفياض من رئاسة جهاز الأمن الوطني وتكليف الفريق الركن عبد الغني "
     "الأسدي بإدارته.\n"
     "وبحسب وثيقة اطلعت عليها «الزمان»، عُيّن قاسم الأعرجي مستشاراً للأمن القومي، في المنصب الذي كان "
     "يشغله الفياض أيضاً.\n"
     "وكان الفريق أول ركن عبد الأمير رشيد يار الله قد تسلّم رئاسة أركان الجيش خلفاً لعثمان الغانمي، بعد "
     "انتقال الأخير إلى وزارة الداخلية في الحكومة الجديدة.\n"
     "وقال مصدر مقرب من الفياض إنه «تبلّغ بالقرار هاتفياً» ولم يلتقِ الكاظمي قبل صدوره، مشيراً إلى أنه "
     "باقٍ في رئاسة هيئة الحشد الشعبي.\n"
     "وكان الأسدي، وهو من قادة معارك تحرير الموصل، قد التقى الكاظمي الأسبوع الماضي في مقر جهاز مكافحة "
     "الإرهاب، وفق المصدر نفسه.",
     [("LEADS", KADHIMI, IRQGOV, "أصدر رئيس الوزراء القائد العام"),
      ("SUCCESSOR_OF", ASADI, FAYYADH, "الأسدي بإدارته", "2020-07-04"),
      ("LEADS", ASADI, NSS, "الأسدي بإدارته"),
      ("SUCCESSOR_OF", ARAJI, FAYYADH, "في المنصب الذي كان", "2020-07-04"),
      ("LEADS", ARAJI, NSA, "مستشاراً للأمن القومي"),
      ("SUCCESSOR_OF", YARALLAH, GHANIMI, "خلفاً لعثمان الغانمي", "2020-05"),
      ("LEADS", YARALLAH, ARMY, "قد تسلّم رئاسة أركان الجيش"),
      ("LEADS", GHANIMI, IRQINT, "انتقال الأخير إلى وزارة الداخلية"),
      ("LEADS", FAYYADH, PMF, "باقٍ في رئاسة هيئة الحشد الشعبي"),
      ("MET_WITH", ASADI, KADHIMI, "قد التقى الكاظمي الأسبوع الماضي", "2020-06"),
      ],
     {"source": ZAMAN, "published": "2020-07-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMN")
