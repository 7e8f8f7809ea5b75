"""Blind set LB: Syria's new authorities and their first foreign guests (December 2024 - January 2025), and
the Islamic State's caliphs killed one after another (2019-2023), as a Syrian state agency writes it in its
post-2024 Arabic style (SANA-like: "دمشق-سانا", "قائد الإدارة السورية الجديدة", "النظام البائد"), as a
Lebanese Arabic daily writes it (Annahar-like: a dateline with the paper's name, «» around group names), as
an international wire writes it in English (Reuters-like: "DAMASCUS, Jan 24 (Reuters) -") and as a
Washington think-tank brief writes it (Washington Institute-like PolicyWatch, "the group's self-styled
caliph").
Pieces: al-Sharaa receives Fidan with al-Shaibani and the Turkish charge Koroglu, then, separately, Taymour
and Walid Jumblatt with Sheikh Aql Sami Abi al-Mona (Arabic, state agency); Faisal bin Farhan in Damascus
with the Saudi ambassador, al-Shaibani's delegation in Riyadh, the Qatari prime minister, Safadi and
al-Khulaifi received separately, al-Bashir after al-Jalali (English, wire); Abu Ibrahim killed in a US
raid in Atmeh, his succession to al-Baghdadi, Abu Hamza after Abu al-Hassan al-Muhajir (Arabic, Lebanese
daily); the fifth caliph: Abu Hafs after Abu al-Hussein, whom MIT killed, Abu al-Hussein after Abu al-Hasan,
whom former FSA rebels killed, US strikes on al-Jabouri and Usamah al-Muhajir (English, think tank);
al-Sharaa receives Barrot and Baerbock with al-Shaibani, the French envoy and Tunkel (Arabic, state
agency); IS confirms al-Baghdadi's death and names Abu Ibrahim, the raid in Barisha, the SDF's part
(English, wire).
Excluded on purpose (no relation): Safadi's visit "scheduled" for the next day (LB1); Prince Faisal's phone
call with Rubio (LB2); HTS's denial of any knowledge of the raid and the deaths of Abu Ibrahim's family,
with no agent (LB3); IS "blamed" HTS for Abu al-Hussein's death, an accusation (LB4); al-Shaibani's phone
call with Safadi and the delegation's visit to Saydnaya, no one met (LB5); Russia's doubts, Trump's
thanks to Russia, Turkey and the Kurds, and Abdi's "cooperation" (no meeting) (LB6).
Judgement calls: the members of a visiting delegation and those "in the presence of" someone are paired
with every participant; guests received "in a separate meeting" / "in separate meetings" are paired with
the host only (LB1, LB2); the partners met by al-Shaibani's delegation are one person here; "killed in an
operation by former Free Syrian Army rebels" is a stated agent, and so are "died in the February 2022
U.S. raid" (LB4) and "killed in a raid carried out by US special forces" though he blew himself up (LB3); "Erdogan said MIT killed him" and
"U.S. officials said" a strike killed someone are claimed killings by the killer's side (LB4, LB6); a new
spokesman "who took over from" / "حلّ مكان" the dead one is a succession (LB3, LB4, LB6); Taymour Jumblatt
"who succeeded his father at the head of the party" is a succession (LB1). Filled in for the exercise:
Koroglu's presence at the Fidan meeting, al-Mujfel's at the Faisal meeting, Guillaume's and Tunkel's in
the Barrot-Baerbock delegation, Psaki's remark, Polat Can's remark, and some days; Abu Hudhayfa's
predecessor as spokesman is given as the brief writes it.
Spellings: "هاقان فيدان", "أسعد حسن الشيباني" with the middle name, "برهان كوروغلو" (LB1); "Ahmad
al-Sharaa", "Assaad Hassan al-Shibani", "Mohammad al-Bashir", "Murhaf Abu Qasrah", "Mohammed Ghazi Jalali"
without al- (LB2); "أبو محمد الجولاني" for al-Sharaa, "أبي بكر البغدادي", "أبي حمزة القرشي" and "أبي الحسن
المهاجر" in the genitive (LB3); "Abu al-Husain al-Husaini al-Qurashi", "Abu Hudhaifa al-Ansari", "Abu Umar
al-Muhajir" (LB4); "جان-نويل بارو", "آنالينا بيربوك", "جان فرانسوا جيّوم" (LB5); "Abu Ibrahim al-Hashemi
al-Quraishi", "Abu Hamza al-Quraishi", "Abu al-Hasan al-Muhajir", "Mazlum Abdi" (LB6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_lc import ALL  # noqa: E402

HERE = Path(__file__).parent

US, USAF, TRMIT, FSA, IS, HTS, PSP, SDF, WH = (
    "country:united-states", "organization:us-armed-forces", "organization:turkish-national-intelligence-organization",
    "organization:free-syrian-army", "organization:islamic-state", "organization:hayat-tahrir-al-sham",
    "organization:progressive-socialist-party", "organization:syrian-democratic-forces", "organization:white-house")
SAFM, TRFM, SYFM, FRFM, DEFM, CENTCOM = (
    "organization:saudi-foreign-ministry", "organization:turkish-foreign-ministry",
    "organization:syrian-foreign-ministry", "organization:french-foreign-ministry",
    "organization:german-foreign-ministry", "organization:us-central-command")
DAMASCUS, PALACE, RIYADH, ATMEH, BARISHA, IDLIB, JINDIRES = (
    "location:damascus", "location:peoples-palace", "location:riyadh", "location:atmeh", "location:barisha",
    "location:idlib-province", "location:jindires")
SHARAA, FIDAN, SHAIBANI, KOROGLU, TAYMOUR, WALID = (
    "person:ahmed-al-sharaa", "person:hakan-fidan", "person:asaad-al-shaibani", "person:burhan-koroglu",
    "person:taymour-jumblatt", "person:walid-jumblatt")
FAISAL, ABUQASRA, KHATTAB, MBAR, SAFADI, KHULAIFI, BASHIR, JALALI = (
    "person:faisal-bin-farhan", "person:murhaf-abu-qasra", "person:anas-khattab",
    "person:mohammed-bin-abdulrahman-al-thani", "person:ayman-safadi", "person:mohammed-al-khulaifi",
    "person:mohammed-al-bashir", "person:mohammed-ghazi-al-jalali")
BAGHDADI, ABUIBRAHIM, ABUHASAN, ABUHUSSEIN, ABUHAFS, ABUHAMZA, HMUHAJIR, HUDHAYFA, OMUHAJIR = (
    "person:abu-bakr-al-baghdadi", "person:abu-ibrahim-al-hashimi-al-qurashi",
    "person:abu-al-hasan-al-hashimi-al-qurashi", "person:abu-al-hussein-al-husseini-al-qurashi",
    "person:abu-hafs-al-hashimi-al-qurashi", "person:abu-hamza-al-qurashi", "person:abu-al-hassan-al-muhajir",
    "person:abu-hudhayfa-al-ansari", "person:abu-omar-al-muhajir")
BARROT, BAERBOCK, GUILLAUME, TRUMP, ABDI, ERDOGAN = (
    "person:jean-noel-barrot", "person:annalena-baerbock", "person:jean-francois-guillaume",
    "person:donald-trump", "person:mazloum-abdi", "person:recep-tayyip-erdogan")
# new to the tables
MUJFEL, TUNKEL, ABIMONA, PSAKI, POLAT, JABOURI, USAMAH = (
    "person:faisal-al-mujfel", "person:tobias-tunkel", "person:sami-abi-al-mona", "person:jen-psaki",
    "person:polat-can", "person:khalid-al-jabouri", "person:usamah-al-muhajir")

SANA, DAILY, WIRE, BRIEF = ("blind set (Syrian state agency, Arabic)", "blind set (Lebanese daily, Arabic)",
                            "blind set (international wire, English)", "blind set (Washington think tank, English)")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_FIDAN = {SHARAA: "استقبل قائد الإدارة السورية الجديدة أحمد الشرع", FIDAN: "وزير الخارجية التركي هاقان فيدان",
          SHAIBANI: "أسعد حسن الشيباني", KOROGLU: "برهان كوروغلو"}
_JUMBLATT = {SHARAA: "وفي لقاء منفصل، استقبل الشرع", TAYMOUR: "رئيس الحزب التقدمي الاشتراكي تيمور جنبلاط",
             WALID: "ووالده الزعيم وليد جنبلاط", ABIMONA: "الشيخ سامي أبي المنى"}
_FAISAL = {FAISAL: "Saudi Foreign Minister Prince Faisal bin Farhan", MUJFEL: "Faisal al-Mujfel",
           SHARAA: "de facto leader Ahmad al-Sharaa", SHAIBANI: "in the presence of Foreign Minister"}
_RIYADH = {SHAIBANI: "Al-Shibani made his first trip abroad", ABUQASRA: "Defence Minister Murhaf Abu Qasrah",
           KHATTAB: "intelligence chief Anas Khattab", FAISAL: "met Prince Faisal at"}
_EUROPE = {SHARAA: "التقى قائد الإدارة السورية الجديدة", BARROT: "جان-نويل بارو", BAERBOCK: "آنالينا بيربوك",
           SHAIBANI: "بحضور وزير الخارجية والمغتربين", GUILLAUME: "جان فرانسوا جيّوم", TUNKEL: "توبياس تونكل"}

ARTICLES = [
    ("arLB1_sharaa_fidan_jumblatt", "ar",
     "قائد الإدارة السورية الجديدة يستقبل وزير الخارجية التركي في دمشق\n"
     "دمشق-سانا\n"
     "استقبل قائد الإدارة السورية الجديدة أحمد الشرع اليوم في قصر الشعب بدمشق وزير الخارجية التركي هاقان "
     "فيدان والوفد المرافق له، بحضور وزير الخارجية في الحكومة السورية المؤقتة أسعد حسن الشيباني، والقائم "
     "بالأعمال التركي في دمشق برهان كوروغلو.\n"
     "وبحث الجانبان سبل دعم المرحلة الانتقالية ورفع العقوبات المفروضة على سوريا وتأمين العودة الطوعية "
     "للاجئين، وأكد الضيف وقوف بلاده إلى جانب الشعب السوري.\n"
     "ويعد فيدان أرفع مسؤول تركي يزور العاصمة السورية منذ سقوط النظام البائد في الثامن من كانون الأول الجاري.\n"
     "وفي لقاء منفصل، استقبل الشرع رئيس الحزب التقدمي الاشتراكي تيمور جنبلاط، الذي خلف والده في رئاسة الحزب "
     "العام الماضي، ووالده الزعيم وليد جنبلاط، يرافقهما شيخ عقل طائفة الموحدين الدروز في لبنان الشيخ سامي أبي "
     "المنى ووفد من المشايخ والنواب.\n"
     "ومن المقرر أن يصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق غداً، في أول زيارة لمسؤول أردني رفيع منذ "
     "التحرير.",
     _group(_FIDAN, "2024-12-22") + _group(_JUMBLATT, "2024-12-22") + [
      ("VISITED", FIDAN, DAMASCUS, "اليوم في قصر الشعب بدمشق", "2024-12-22"),
      ("VISITED", FIDAN, PALACE, "اليوم في قصر الشعب بدمشق", "2024-12-22"),
      ("LEADS", FIDAN, TRFM, "وزير الخارجية التركي هاقان فيدان"),
      ("LEADS", SHAIBANI, SYFM, "أسعد حسن الشيباني"),
      ("SUCCESSOR_OF", TAYMOUR, WALID, "الذي خلف والده في رئاسة الحزب", "2023-06"),
      ("LEADS", TAYMOUR, PSP, "رئيس الحزب التقدمي الاشتراكي تيمور جنبلاط"),
      ],
     {"source": SANA, "published": "2024-12-22"}),

    ("enLB2_faisal_bin_farhan_damascus", "en",
     "Saudi foreign minister meets Syria's new leader in Damascus\n"
     "DAMASCUS, Jan 24 (Reuters) - Saudi Foreign Minister Prince Faisal bin Farhan, accompanied by the "
     "kingdom's ambassador to Syria, Faisal al-Mujfel, held talks on Friday with Syria's de facto leader Ahmad "
     "al-Sharaa in the presence of Foreign Minister Assaad Hassan al-Shibani, the highest-level Saudi visit "
     "since Bashar al-Assad was toppled last month.\n"
     "\"Lifting sanctions is essential,\" the Saudi minister told reporters after the meeting.\n"
     "Al-Shibani made his first trip abroad in the post to Riyadh on Jan. 1, leading a delegation that included "
     "Defence Minister Murhaf Abu Qasrah and intelligence chief Anas Khattab; the three men met Prince Faisal at "
     "the foreign ministry.\n"
     "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met al-Sharaa in Damascus on Jan. 15. "
     "Jordan's Ayman Safadi and Qatari Minister of State Mohammed al-Khulaifi had been received by him in "
     "separate meetings on Dec. 23.\n"
     "Al-Sharaa, whose Hayat Tahrir al-Sham led the offensive that ousted Assad, named Mohammad al-Bashir "
     "caretaker prime minister in December, replacing Mohammed Ghazi Jalali.\n"
     "Prince Faisal discussed Syria by phone with U.S. Secretary of State Marco Rubio before the trip, a "
     "Saudi source said.",
     _group(_FAISAL, "2025-01-24")
     + [r for r in _group(_RIYADH, "2025-01-01") if {r[1], r[2]} != {SHAIBANI, FAISAL}] + [
      ("VISITED", FAISAL, DAMASCUS, "DAMASCUS, Jan 24 (Reuters)", "2025-01-24"),
      ("MEMBER_OF", MUJFEL, SAFM, "kingdom's ambassador to Syria"),
      ("VISITED", SHAIBANI, RIYADH, "Al-Shibani made his first trip abroad", "2025-01-01"),
      ("VISITED", ABUQASRA, RIYADH, "Defence Minister Murhaf Abu Qasrah", "2025-01-01"),
      ("VISITED", KHATTAB, RIYADH, "intelligence chief Anas Khattab", "2025-01-01"),
      ("MET_WITH", MBAR, SHARAA, "met al-Sharaa in Damascus on Jan. 15", "2025-01-15"),
      ("VISITED", MBAR, DAMASCUS, "met al-Sharaa in Damascus on Jan. 15", "2025-01-15"),
      ("MET_WITH", SAFADI, SHARAA, "Jordan's Ayman Safadi", "2024-12-23"),
      ("MET_WITH", KHULAIFI, SHARAA, "Minister of State Mohammed al-Khulaifi", "2024-12-23"),
      ("LEADS", SHARAA, HTS, "whose Hayat Tahrir al-Sham led"),
      ("SUCCESSOR_OF", BASHIR, JALALI, "replacing Mohammed Ghazi Jalali", "2024-12-10"),
      ],
     {"source": WIRE, "published": "2025-01-24"}),

    ("arLB3_abu_ibrahim_atmeh_raid", "ar",
     "بايدن يعلن مقتل زعيم «داعش» في إنزال أميركي بريف إدلب\n"
     "واشنطن - إدلب - «النهار»\n"
     "أعلن الرئيس الأميركي جو بايدن مقتل زعيم تنظيم «الدولة الإسلامية» أبو إبراهيم الهاشمي القرشي، في عملية "
     "إنزال نفّذتها القوات الخاصة الأميركية فجر الخميس في بلدة أطمة بريف إدلب الشمالي، قرب الحدود التركية.\n"
     "وقال مسؤولون أميركيون إن القرشي فجّر عبوة ناسفة مع اقتراب القوة من المبنى، فقُتل معه أفراد من عائلته، "
     "بينهم أطفال.\n"
     "وقالت المتحدثة باسم البيت الأبيض جين ساكي إن الرئيس تابع العملية لحظة بلحظة.\n"
     "وكان القرشي قد تولّى زعامة التنظيم في تشرين الأول 2019 خلفاً لأبي بكر البغدادي، الذي قضى في غارة أميركية "
     "مماثلة على قرية باريشا، على بُعد كيلومترات من أطمة.\n"
     "وأُعلن اسمه يومها على لسان المتحدث الجديد باسم التنظيم أبي حمزة القرشي، الذي حلّ مكان أبي الحسن المهاجر، "
     "المتحدث السابق الذي قتلته القوات الأميركية في ضربة قرب جرابلس غداة مقتل البغدادي.\n"
     "ولم يصدر عن التنظيم أي تعليق حتى مساء أمس. أما «هيئة تحرير الشام» التي يقودها أبو محمد الجولاني وتسيطر "
     "على المنطقة، فنفت أي علم لها بالعملية.",
     [("ASSASSINATED_BY", ABUIBRAHIM, USAF, "إنزال نفّذتها القوات الخاصة الأميركية", "2022-02-03"),
      ("LEADS", ABUIBRAHIM, IS, "زعيم تنظيم «الدولة الإسلامية» أبو إبراهيم"),
      ("ATTACKED", USAF, ATMEH, "فجر الخميس في بلدة أطمة", "2022-02-03"),
      ("LOCATED_IN", ATMEH, IDLIB, "في بلدة أطمة بريف إدلب الشمالي"),
      ("MEMBER_OF", PSAKI, WH, "وقالت المتحدثة باسم البيت الأبيض"),
      ("SUCCESSOR_OF", ABUIBRAHIM, BAGHDADI, "خلفاً لأبي بكر البغدادي", "2019-10"),
      ("ASSASSINATED_BY", BAGHDADI, US, "الذي قضى في غارة أميركية", "2019-10-26"),
      ("SUCCESSOR_OF", ABUHAMZA, HMUHAJIR, "الذي حلّ مكان أبي الحسن المهاجر", "2019-10"),
      ("ASSASSINATED_BY", HMUHAJIR, USAF, "الذي قتلته القوات الأميركية", "2019-10-27"),
      ("MEMBER_OF", ABUHAMZA, IS, "المتحدث الجديد باسم التنظيم"),
      ("LEADS", SHARAA, HTS, "التي يقودها أبو محمد الجولاني"),
      ],
     {"source": DAILY, "published": "2022-02-04"}),

    ("enLB4_islamic_state_fifth_caliph", "en",
     "PolicyWatch: The Islamic State Names Its Fifth Caliph\n"
     "On August 3, the Islamic State's spokesman, Abu Hudhaifa al-Ansari, announced the death of the group's "
     "self-styled caliph, Abu al-Husain al-Husaini al-Qurashi, and said that Abu Hafs al-Hashimi al-Qurashi "
     "would take his place. The statement blamed Hayat Tahrir al-Sham (HTS) for the death, an accusation HTS "
     "rejected. Recep Tayyip Erdogan had already said on April 30 that Turkey's National Intelligence "
     "Organization (MIT) killed him in an operation in Jindires.\n"
     "Abu al-Husain had been named in November 2022 as successor to Abu al-Hasan al-Hashimi al-Qurashi, who was "
     "killed that October in an operation by former Free Syrian Army rebels in Jasim, in Daraa province. Abu "
     "al-Hasan had in turn replaced Abu Ibrahim al-Hashimi al-Qurashi, who died in the February 2022 U.S. raid "
     "in Atmeh.\n"
     "Washington has kept up its own campaign: U.S. forces killed Khalid Aydd Ahmad al-Jabouri, a senior IS "
     "planner, in an April 3 strike, and a U.S. drone strike on July 7 killed Usamah al-Muhajir, whom CENTCOM "
     "described as an IS leader in eastern Syria.\n"
     "Al-Ansari himself is new to the job, having taken over as spokesman from Abu Umar al-Muhajir. The choice "
     "of another unknown Qurashi suggests the group is shielding its leaders rather than projecting them.",
     [("SUCCESSOR_OF", ABUHAFS, ABUHUSSEIN, "would take his place", "2023-08-03"),
      ("MEMBER_OF", HUDHAYFA, IS, "the Islamic State's spokesman, Abu Hudhaifa al-Ansari"),
      ("LEADS", ABUHUSSEIN, IS, "self-styled caliph, Abu al-Husain"),
      ("ASSASSINATED_BY", ABUHUSSEIN, TRMIT, "Organization (MIT) killed him", "2023-04"),
      ("SUCCESSOR_OF", ABUHUSSEIN, ABUHASAN, "as successor to Abu al-Hasan", "2022-11-30"),
      ("ASSASSINATED_BY", ABUHASAN, FSA, "in an operation by former Free Syrian Army rebels", "2022-10"),
      ("SUCCESSOR_OF", ABUHASAN, ABUIBRAHIM, "had in turn replaced Abu Ibrahim", "2022-03-10"),
      ("ASSASSINATED_BY", ABUIBRAHIM, US, "who died in the February 2022 U.S. raid", "2022-02-03"),
      ("ASSASSINATED_BY", JABOURI, USAF, "U.S. forces killed Khalid Aydd Ahmad al-Jabouri", "2023-04-03"),
      ("MEMBER_OF", JABOURI, IS, "a senior IS planner"),
      ("ASSASSINATED_BY", USAMAH, US, "a U.S. drone strike on July 7 killed", "2023-07-07"),
      ("MEMBER_OF", USAMAH, IS, "described as an IS leader in eastern Syria"),
      ("SUCCESSOR_OF", HUDHAYFA, OMUHAJIR, "having taken over as spokesman from", "2023"),
      ],
     {"source": BRIEF, "published": "2023-08-10"}),

    ("arLB5_sharaa_barrot_baerbock", "ar",
     "قائد الإدارة السورية الجديدة يلتقي وزيري خارجية فرنسا وألمانيا\n"
     "دمشق-سانا\n"
     "التقى قائد الإدارة السورية الجديدة السيد أحمد الشرع اليوم في قصر الشعب بدمشق وزير الخارجية الفرنسي "
     "جان-نويل بارو ووزيرة الخارجية الألمانية آنالينا بيربوك، بحضور وزير الخارجية والمغتربين أسعد الشيباني.\n"
     "وضم الوفد الزائر المبعوث الفرنسي الخاص إلى سوريا جان فرانسوا جيّوم، ومفوض شؤون الشرق الأوسط في وزارة "
     "الخارجية الألمانية توبياس تونكل.\n"
     "وتناول اللقاء مسار المرحلة الانتقالية ورفع العقوبات ودعم جهود إعادة الإعمار، وأكد الجانب الأوروبي "
     "استعداده لمواكبة سوريا الجديدة.\n"
     "وكان الوزيران قد تفقدا في وقت سابق سجن صيدنايا سيئ الصيت، الذي شهد أبشع جرائم النظام البائد.\n"
     "وتعد هذه الزيارة الأولى لوزيرين من الاتحاد الأوروبي إلى دمشق منذ تحرير سوريا.\n"
     "وفي سياق متصل، أجرى الوزير الشيباني اتصالاً هاتفياً مع نظيره الأردني أيمن الصفدي، بحثا خلاله أمن الحدود "
     "المشتركة.",
     _group(_EUROPE, "2025-01-03") + [
      ("VISITED", BARROT, DAMASCUS, "اليوم في قصر الشعب بدمشق", "2025-01-03"),
      ("VISITED", BAERBOCK, DAMASCUS, "اليوم في قصر الشعب بدمشق", "2025-01-03"),
      ("VISITED", BARROT, PALACE, "اليوم في قصر الشعب بدمشق", "2025-01-03"),
      ("VISITED", BAERBOCK, PALACE, "اليوم في قصر الشعب بدمشق", "2025-01-03"),
      ("LEADS", BARROT, FRFM, "وزير الخارجية الفرنسي"),
      ("LEADS", BAERBOCK, DEFM, "ووزيرة الخارجية الألمانية"),
      ("MEMBER_OF", TUNKEL, DEFM, "ومفوض شؤون الشرق الأوسط في وزارة"),
      ],
     {"source": SANA, "published": "2025-01-03"}),

    ("enLB6_is_confirms_baghdadi_death", "en",
     "Islamic State confirms Baghdadi's death, names new leader\n"
     "BEIRUT, Oct 31 (Reuters) - Islamic State confirmed on Thursday that its leader Abu Bakr al-Baghdadi had "
     "been killed and named Abu Ibrahim al-Hashemi al-Quraishi as his successor, in an audio recording posted by "
     "its new spokesman, Abu Hamza al-Quraishi.\n"
     "The recording said the previous spokesman, Abu al-Hasan al-Muhajir, had also been killed; Abu Hamza took "
     "over from him.\n"
     "U.S. President Donald Trump announced on Sunday that U.S. special forces had killed Baghdadi in a night "
     "raid on a compound in Barisha, in Syria's Idlib province. Abu al-Hasan died a day later in a separate "
     "U.S. strike near the town of Jarablus, U.S. officials said.\n"
     "Trump thanked Russia, Turkey, Iraq and the Kurds for their help, while Moscow's defence ministry "
     "questioned whether the raid had taken place at all.\n"
     "Mazlum Abdi, commander of the Kurdish-led Syrian Democratic Forces, said his fighters' intelligence "
     "cooperation had been key. Polat Can, a senior SDF official, said an informant had brought samples used "
     "to confirm Baghdadi's identity.",
     [("SUCCESSOR_OF", ABUIBRAHIM, BAGHDADI, "as his successor", "2019-10-31"),
      ("LEADS", BAGHDADI, IS, "its leader Abu Bakr al-Baghdadi"),
      ("SUCCESSOR_OF", ABUHAMZA, HMUHAJIR, "Abu Hamza took over from him", "2019-10-31"),
      ("ASSASSINATED_BY", BAGHDADI, USAF, "U.S. special forces had killed Baghdadi", "2019-10-26"),
      ("ATTACKED", USAF, BARISHA, "raid on a compound in Barisha", "2019-10-26"),
      ("LOCATED_IN", BARISHA, IDLIB, "in Barisha, in Syria's Idlib province"),
      ("ASSASSINATED_BY", HMUHAJIR, US, "U.S. strike near the town of Jarablus", "2019-10-27"),
      ("LEADS", ABDI, SDF, "commander of the Kurdish-led Syrian Democratic Forces"),
      ("MEMBER_OF", POLAT, SDF, "a senior SDF official"),
      ],
     {"source": WIRE, "published": "2019-10-31"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLB")
