"""Blind set MB: Iraq, Iran, Lebanon and the Gulf, 2020-2025, around the seed article's people: Iranian
foreign ministers' visits to Baghdad and Beirut, the prime ministers who received them and whom they
replaced, the Beijing deal between Riyadh and Tehran, the Israeli strikes of June 2025 on Iran's
commanders and the men named in their place, Hezbollah's succession after Nasrallah, and Qaani's visit
to Baghdad after the drone attack on al-Kadhimi's home, as a Kuwaiti daily writes it ("بغداد - القبس",
"الضيف الإيراني"), a radio service in English (RFE/RL-like: "(RFE/RL) --"), an Iraqi news site
("بغداد - الفرات نيوز", "وذكر بيان لمكتب"), a European TV site in English (Euronews-like, no dateline,
"on 27 September"), a Saudi daily ("بكين - «الرياض»", long honorific titles) and an English wire with
anonymous Iraqi officials (seed-like).
Pieces: Zarif in Baghdad, received by al-Kadhimi with Fuad Hussein, meets Salih and al-Halbousi,
al-Kadhimi after Abdul-Mahdi, al-Muhandis and Soleimani killed by the US strike (Arabic, Kuwaiti daily);
Pakpour after Salami, Mousavi after Bagheri, Salami, Bagheri and Hajizadeh killed by Israel, Salami
after Jafari (English, radio service); Araghchi received by al-Sudani with Fuad Hussein, meets al-Maliki
and al-Amiri, Araghchi after Bagheri Kani after Amir-Abdollahian, al-Sudani after al-Kadhimi (Arabic,
Iraqi site); Qassem after Nasrallah, Nasrallah killed by Israel and Safieddine by the Israeli army,
Araghchi meets Berri and Mikati in Beirut (English, TV site); al-Aiban and Shamkhani sign before Wang Yi
in Beijing, Faisal bin Farhan meets Amir-Abdollahian, Ahmadian after Shamkhani (Arabic, Saudi daily);
Qaani in Baghdad meets al-Kadhimi and al-Khazali, al-Kadhimi receives al-Fayyadh, al-Kadhimi after
Abdul-Mahdi, Qaani after Soleimani (English, wire).
Excluded on purpose (no relation): al-Kadhimi's phone call with Rouhani and his "expected" visit to
Tehran (MB1); Shamkhani, "seriously injured", and the false reports of Qaani's death (MB2); the
helicopter crash that killed Amir-Abdollahian and Raisi (no agent), and President Rashid, whom Araghchi
"could not meet" (MB3); Araghchi's statement congratulating Qassem and Gallant's post (MB4); the phone
call of the crown prince with Raisi (MB5); the drone attack on al-Kadhimi's home ("no group claimed
it") and his phone call with Blinken (MB6).
Judgement calls: a guest "received ... in the presence of" a minister is paired with both, and the
minister with the host (MB1, MB3); a visitor who met "a number of" leaders "among them" two named men
in his residence (one gathering) is paired with each and they with each other (MB3); a visitor who "met
X and Y" on one trip, with no joint meeting stated, is paired with each only (MB1, MB4, MB6); an agreement
"signed ... in the presence of" a third official is one meeting of the three (MB5); an acting minister
who "held the post after the death of" his predecessor succeeds him (MB3); "Israel's military said it
killed him" is a claimed killing by the killer's side (MB4); Mousavi, named "to replace Bagheri", leads
the General Staff (MB2); a former army commander LEADS the army (MB2). Filled in for the exercise:
al-Halbousi's meeting and the day of Zarif's visit (MB1), Araghchi's meeting with al-Maliki and al-Amiri
and the president's absence (MB3), the crown prince's call (MB5), al-Kadhimi's reception of al-Fayyadh
and the day of Qaani's trip (MB6).
Spellings: "محمد جواد ظريف", "عادل عبدالمهدي" without space, "أبي مهدي المهندس" (MB1); "Mohammad Hossein
Bagheri", "Amir Ali Hajizadeh", "Mohammad Ali Jafari" (MB2); "عباس عراقجي", "علي باقري كني", "حسين أمير عبد
اللهيان" (MB3); "Sheikh Naim Qassem", "Hashem Safieddine", "Abbas Araqchi" (MB4); "مساعد بن محمد العيبان",
"الأدميرال علي شمخاني", "حسين أمير عبداللهيان" (MB5); "Esmail Ghaani", "Qassem Soleimani", "Adel Abdul
Mahdi", "Faleh al-Fayadh" (MB6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_mb import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAN, IRAQ, ISRAEL, CHINA = "country:united-states", "country:iran", "country:iraq", "country:israel", "country:china"
BAGHDAD, BEIRUT, BEIJING = "location:baghdad", "location:beirut", "location:beijing"
QF, IRGC, IRGCAF, IRGCGF, GENSTAFF, ARMY, IRFM, SNSC = (
    "organization:quds-force", "organization:irgc", "organization:irgc-aerospace-force",
    "organization:irgc-ground-forces", "organization:iranian-armed-forces-general-staff",
    "organization:iranian-army", "organization:iranian-foreign-ministry",
    "organization:supreme-national-security-council")
IQGOV, IQFM, IQPARL, PMF, AAH, SOL, FATAH = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry", "organization:iraqi-parliament",
    "organization:popular-mobilization-forces", "organization:asaib-ahl-al-haq",
    "organization:state-of-law-coalition", "organization:fatah-alliance")
HEZ, HEZEC, LBPARL, IDF, ISGOV, SAFM, USSTATE = (
    "organization:hezbollah", "organization:hezbollah-executive-council", "organization:lebanese-parliament",
    "organization:israel-defense-forces", "organization:israeli-government", "organization:saudi-foreign-ministry",
    "organization:us-state-department")
QAANI, SOLEIMANI, MUHANDIS, KADHIMI, ABDULMAHDI, SUDANI, FUAD, SALIH, RASHID, HALBOUSI = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:mustafa-al-kadhimi",
    "person:adil-abdul-mahdi", "person:mohammed-shia-al-sudani", "person:fuad-hussein", "person:barham-salih",
    "person:abdul-latif-rashid", "person:mohammed-al-halbousi")
MALIKI, AMIRI, KHAZALI, FAYYADH = ("person:nouri-al-maliki", "person:hadi-al-amiri", "person:qais-al-khazali",
                                   "person:falih-al-fayyadh")
ZARIF, ROUHANI, RAISI, ABDOLLAHIAN, BAGHERIKANI, ARAGHCHI, KHAMENEI = (
    "person:mohammad-javad-zarif", "person:hassan-rouhani", "person:ebrahim-raisi",
    "person:hossein-amir-abdollahian", "person:ali-bagheri-kani", "person:abbas-araghchi", "person:ali-khamenei")
SALAMI, JAFARI, PAKPOUR, BAGHERI, AMOUSAVI, HAJIZADEH, SHAMKHANI, AHMADIAN = (
    "person:hossein-salami", "person:mohammad-ali-jafari", "person:mohammad-pakpour", "person:mohammad-bagheri",
    "person:abdolrahim-mousavi", "person:amir-ali-hajizadeh", "person:ali-shamkhani", "person:ali-akbar-ahmadian")
NASRALLAH, QASSEM, SAFIEDDINE, BERRI, MIKATI, NETANYAHU = (
    "person:hassan-nasrallah", "person:naim-qassem", "person:hashem-safieddine", "person:nabih-berri",
    "person:najib-mikati", "person:benjamin-netanyahu")
AIBAN, FBF, MBS, WANGYI, XI, BLINKEN = (
    "person:musaed-al-aiban", "person:faisal-bin-farhan", "person:mohammed-bin-salman", "person:wang-yi",
    "person:xi-jinping", "person:antony-blinken")


def _group(members: dict, date: str | None = None) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    out = []
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            out.append(("MET_WITH", a, b, members[b], date) if date else ("MET_WITH", a, b, members[b]))
    return out


_ZARIF = {KADHIMI: "واستقبل الكاظمي الضيف الإيراني", ZARIF: "واستقبل الكاظمي الضيف الإيراني",
          FUAD: "بحضور وزير الخارجية فؤاد حسين"}
_ARAGHCHI = {SUDANI: "استقبل رئيس مجلس الوزراء محمد شياع السوداني",
             ARAGHCHI: "وزير خارجية الجمهورية الإسلامية الإيرانية عباس عراقجي",
             FUAD: "بحضور نظيره العراقي فؤاد حسين"}
_FRAMEWORK = {ARAGHCHI: "كما اجتمع الوزير الإيراني في مقر إقامته", MALIKI: "رئيس ائتلاف دولة القانون نوري المالكي",
              AMIRI: "ورئيس تحالف الفتح هادي العامري"}
_BEIJING = {AIBAN: "الدكتور مساعد بن محمد العيبان", SHAMKHANI: "الأدميرال علي شمخاني",
            WANGYI: "مدير مكتب الشؤون الخارجية وانغ يي"}

ARTICLES = [
    ("arMB1_zarif_baghdad_kadhimi", "ar",
     "ظريف في بغداد: مباحثات مع الكاظمي وصالح والحلبوسي\n"
     "بغداد - القبس\n"
     "وصل وزير الخارجية الإيراني محمد جواد ظريف إلى بغداد أمس، في أول زيارة لمسؤول إيراني رفيع منذ تولي مصطفى "
     "الكاظمي رئاسة الحكومة العراقية في مايو الماضي خلفاً لعادل عبدالمهدي.\n"
     "واستقبل الكاظمي الضيف الإيراني في مكتبه بحضور وزير الخارجية فؤاد حسين، وبحث الجانبان العلاقات الثنائية "
     "وأمن المنطقة، كما التقى ظريف رئيس الجمهورية برهم صالح ورئيس مجلس النواب محمد الحلبوسي.\n"
     "وجاءت الزيارة بعد اتصال هاتفي أجراه الكاظمي بالرئيس الإيراني حسن روحاني، وقبل أيام من زيارة مرتقبة لرئيس "
     "الوزراء العراقي إلى طهران.\n"
     "وكان ظريف قد زار العاصمة العراقية في يناير لتقديم التعازي بمقتل أبي مهدي المهندس، نائب رئيس هيئة الحشد "
     "الشعبي، الذي لقي حتفه مع قائد فيلق القدس قاسم سليماني في الغارة الأمريكية قرب مطار بغداد.\n"
     "ويقول مراقبون إن الحكومة العراقية تحاول الموازنة بين علاقاتها مع طهران وواشنطن.",
     [("VISITED", ZARIF, BAGHDAD, "إلى بغداد أمس", "2020-07-19"),
      ("LEADS", ZARIF, IRFM, "وصل وزير الخارجية الإيراني محمد جواد ظريف"),
      ("SUCCESSOR_OF", KADHIMI, ABDULMAHDI, "خلفاً لعادل عبدالمهدي", "2020-05"),
      ("LEADS", KADHIMI, IQGOV, "رئاسة الحكومة العراقية في مايو الماضي"),
      ("LEADS", FUAD, IQFM, "بحضور وزير الخارجية فؤاد حسين"),
      ("MET_WITH", ZARIF, SALIH, "كما التقى ظريف رئيس الجمهورية برهم صالح", "2020-07-19"),
      ("LEADS", SALIH, IRAQ, "كما التقى ظريف رئيس الجمهورية برهم صالح"),
      ("MET_WITH", ZARIF, HALBOUSI, "ورئيس مجلس النواب محمد الحلبوسي", "2020-07-19"),
      ("LEADS", HALBOUSI, IQPARL, "ورئيس مجلس النواب محمد الحلبوسي"),
      ("LEADS", ROUHANI, IRAN, "بالرئيس الإيراني حسن روحاني"),
      ("MEMBER_OF", MUHANDIS, PMF, "نائب رئيس هيئة الحشد"),
      ("ASSASSINATED_BY", MUHANDIS, US, "لتقديم التعازي بمقتل أبي مهدي المهندس", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "في الغارة الأمريكية قرب مطار بغداد", "2020-01-03"),
      ("LEADS", SOLEIMANI, QF, "مع قائد فيلق القدس قاسم سليماني"),
      ] + _group(_ZARIF, "2020-07-19"),
     {"source": "blind set (Kuwaiti Arabic daily)", "published": "2020-07-20"}),

    ("enMB2_khamenei_names_new_commanders", "en",
     "Khamenei names new commanders after Israeli strikes kill Iran's top brass\n"
     "(RFE/RL) -- Supreme Leader Ayatollah Ali Khamenei on June 13 appointed Major General Mohammad Pakpour "
     "commander in chief of the Islamic Revolutionary Guards Corps (IRGC), hours after Israeli air strikes "
     "killed his predecessor, Hossein Salami, at his home in Tehran.\n"
     "The strikes also killed the chief of the general staff of the armed forces, Mohammad Hossein Bagheri, "
     "and the commander of the IRGC Aerospace Force, Amir Ali Hajizadeh, Iranian state media confirmed. "
     "Khamenei named Major General Abdolrahim Mousavi, until now the commander of the regular army, to replace "
     "Bagheri.\n"
     "Ali Shamkhani, a senior adviser to the supreme leader, was seriously injured, according to Iranian media.\n"
     "Israeli Prime Minister Benjamin Netanyahu said the operation targeted the heart of Iran's nuclear and "
     "missile programs and would continue \"for as many days as it takes.\"\n"
     "Reports on social media that Quds Force commander Esmail Qaani had also been killed proved false.\n"
     "Pakpour had led the IRGC Ground Forces since 2009. Salami himself took over the Guards from Mohammad Ali "
     "Jafari in April 2019.",
     [("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "killed his predecessor, Hossein Salami", "2025-06-13"),
      ("LEADS", PAKPOUR, IRGC, "commander in chief of the Islamic Revolutionary Guards Corps"),
      ("ASSASSINATED_BY", SALAMI, ISRAEL, "hours after Israeli air strikes", "2025-06-13"),
      ("ASSASSINATED_BY", BAGHERI, ISRAEL, "Mohammad Hossein Bagheri", "2025-06-13"),
      ("LEADS", BAGHERI, GENSTAFF, "the chief of the general staff of the armed forces"),
      ("ASSASSINATED_BY", HAJIZADEH, ISRAEL, "Amir Ali Hajizadeh, Iranian state media confirmed", "2025-06-13"),
      ("LEADS", HAJIZADEH, IRGCAF, "the commander of the IRGC Aerospace Force"),
      ("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "Khamenei named Major General Abdolrahim Mousavi", "2025-06-13"),
      ("LEADS", AMOUSAVI, GENSTAFF, "Khamenei named Major General Abdolrahim Mousavi"),
      ("LEADS", AMOUSAVI, ARMY, "until now the commander of the regular army"),
      ("LEADS", NETANYAHU, ISGOV, "Israeli Prime Minister Benjamin Netanyahu"),
      ("LEADS", QAANI, QF, "Quds Force commander Esmail Qaani"),
      ("LEADS", PAKPOUR, IRGCGF, "Pakpour had led the IRGC Ground Forces"),
      ("SUCCESSOR_OF", SALAMI, JAFARI, "Salami himself took over the Guards from", "2019-04"),
      ("LEADS", SALAMI, IRGC, "Salami himself took over the Guards from"),
      ],
     {"source": "blind set (radio service in English, RFE/RL-like)", "published": "2025-06-14"}),

    ("arMB3_araghchi_baghdad_sudani", "ar",
     "عراقجي من بغداد: لا نريد توسيع رقعة الحرب\n"
     "بغداد - الفرات نيوز\n"
     "استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأحد، وزير خارجية الجمهورية الإسلامية الإيرانية عباس "
     "عراقجي والوفد المرافق له، بحضور نظيره العراقي فؤاد حسين.\n"
     "وذكر بيان لمكتب السوداني أن اللقاء بحث التصعيد في لبنان وقطاع غزة ومخاطر اتساع الصراع في المنطقة.\n"
     "كما اجتمع الوزير الإيراني في مقر إقامته بعدد من قادة الإطار التنسيقي، بينهم رئيس ائتلاف دولة القانون نوري "
     "المالكي ورئيس تحالف الفتح هادي العامري.\n"
     "ولم يتسنَّ لعراقجي لقاء رئيس الجمهورية عبد اللطيف رشيد، الذي كان في زيارة خارج البلاد.\n"
     "وكان عراقجي قد تسلّم حقيبة الخارجية في آب الماضي خلفاً لعلي باقري كني، الذي شغل المنصب بالوكالة بعد مقتل "
     "حسين أمير عبد اللهيان في تحطم المروحية التي كانت تقل الرئيس إبراهيم رئيسي.\n"
     "وتأتي الزيارة بعد عامين من تولي السوداني رئاسة الحكومة خلفاً لمصطفى الكاظمي.",
     [("VISITED", ARAGHCHI, BAGHDAD, "عراقجي من بغداد", "2024-10-13"),
      ("LEADS", SUDANI, IQGOV, "استقبل رئيس مجلس الوزراء محمد شياع السوداني"),
      ("LEADS", ARAGHCHI, IRFM, "وزير خارجية الجمهورية الإسلامية الإيرانية عباس"),
      ("LEADS", FUAD, IQFM, "بحضور نظيره العراقي فؤاد حسين"),
      ("LEADS", MALIKI, SOL, "رئيس ائتلاف دولة القانون نوري"),
      ("LEADS", AMIRI, FATAH, "ورئيس تحالف الفتح هادي العامري"),
      ("LEADS", RASHID, IRAQ, "رئيس الجمهورية عبد اللطيف رشيد"),
      ("SUCCESSOR_OF", ARAGHCHI, BAGHERIKANI, "خلفاً لعلي باقري كني", "2024-08"),
      ("SUCCESSOR_OF", BAGHERIKANI, ABDOLLAHIAN, "الذي شغل المنصب بالوكالة بعد مقتل", "2024-05"),
      ("LEADS", RAISI, IRAN, "التي كانت تقل الرئيس إبراهيم رئيسي"),
      ("SUCCESSOR_OF", SUDANI, KADHIMI, "خلفاً لمصطفى الكاظمي", "2022-10"),
      ] + _group(_ARAGHCHI, "2024-10-13") + _group(_FRAMEWORK, "2024-10-13"),
     {"source": "blind set (Iraqi Arabic news site)", "published": "2024-10-13"}),

    ("enMB4_hezbollah_names_qassem", "en",
     "Hezbollah names deputy Naim Qassem as leader a month after Nasrallah's killing\n"
     "Hezbollah on Tuesday named Sheikh Naim Qassem its secretary-general, succeeding Hassan Nasrallah, who "
     "was killed by an Israeli air strike on the group's headquarters in Beirut's southern suburbs on 27 "
     "September.\n"
     "Qassem, 71, had served as the group's deputy leader for more than three decades. Hashem Safieddine, the "
     "head of Hezbollah's executive council, had long been seen as Nasrallah's likely heir, but Israel's "
     "military said it killed him in a strike in early October.\n"
     "Iran's foreign minister, Abbas Araqchi, who flew to Beirut after Nasrallah's death and met parliament "
     "speaker Nabih Berri and caretaker prime minister Najib Mikati, congratulated the new leader in a "
     "statement.\n"
     "Israeli Defence Minister Yoav Gallant posted a photograph of Qassem on X with the words \"temporary "
     "appointment\".\n"
     "Analysts say Qassem, a cleric and long-time spokesman, lacks his predecessor's charisma.",
     [("SUCCESSOR_OF", QASSEM, NASRALLAH, "succeeding Hassan Nasrallah", "2024-10-29"),
      ("LEADS", QASSEM, HEZ, "named Sheikh Naim Qassem its secretary-general"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "was killed by an Israeli air strike", "2024-09-27"),
      ("ASSASSINATED_BY", SAFIEDDINE, IDF, "military said it killed him", "2024-10"),
      ("LEADS", SAFIEDDINE, HEZEC, "head of Hezbollah's executive council"),
      ("LEADS", ARAGHCHI, IRFM, "Iran's foreign minister, Abbas Araqchi"),
      ("VISITED", ARAGHCHI, BEIRUT, "who flew to Beirut after", "2024-10"),
      ("MET_WITH", ARAGHCHI, BERRI, "speaker Nabih Berri", "2024-10"),
      ("LEADS", BERRI, LBPARL, "speaker Nabih Berri"),
      ("MET_WITH", ARAGHCHI, MIKATI, "caretaker prime minister Najib Mikati", "2024-10"),
      ],
     {"source": "blind set (European TV site in English, Euronews-like)", "published": "2024-10-29"}),

    ("arMB5_beijing_saudi_iran_deal", "ar",
     "برعاية صينية.. المملكة وإيران تتفقان على استئناف العلاقات الدبلوماسية\n"
     "بكين - «الرياض»\n"
     "وقّع مستشار الأمن الوطني وزير الدولة عضو مجلس الوزراء الدكتور مساعد بن محمد العيبان، وأمين المجلس الأعلى "
     "للأمن القومي الإيراني الأدميرال علي شمخاني، في بكين أمس، اتفاقاً لاستئناف العلاقات الدبلوماسية بين "
     "البلدين خلال شهرين، وذلك بحضور عضو المكتب السياسي للحزب الشيوعي الصيني مدير مكتب الشؤون الخارجية وانغ يي.\n"
     "وجاء الاتفاق بعد مباحثات استمرت خمسة أيام، بمبادرة من الرئيس الصيني شي جين بينغ.\n"
     "وفي السادس من أبريل، التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، نظيره الإيراني حسين "
     "أمير عبداللهيان في العاصمة الصينية، حيث أعلنا استئناف عمل السفارتين.\n"
     "وفي مايو، عيّن الرئيس الإيراني إبراهيم رئيسي علي أكبر أحمديان أميناً للمجلس خلفاً لشمخاني.\n"
     "وكان صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء قد تلقى اتصالاً هاتفياً من رئيسي "
     "بحثا فيه التطورات في غزة.",
     [("LEADS", SHAMKHANI, SNSC, "وأمين المجلس الأعلى"),
      ("VISITED", AIBAN, BEIJING, "في بكين أمس", "2023-03-10"),
      ("VISITED", SHAMKHANI, BEIJING, "في بكين أمس", "2023-03-10"),
      ("LEADS", XI, CHINA, "بمبادرة من الرئيس الصيني شي جين بينغ"),
      ("MET_WITH", FBF, ABDOLLAHIAN, "نظيره الإيراني حسين", "2023-04-06"),
      ("LEADS", FBF, SAFM, "التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية"),
      ("LEADS", ABDOLLAHIAN, IRFM, "نظيره الإيراني حسين"),
      ("VISITED", FBF, BEIJING, "في العاصمة الصينية", "2023-04-06"),
      ("VISITED", ABDOLLAHIAN, BEIJING, "في العاصمة الصينية", "2023-04-06"),
      ("SUCCESSOR_OF", AHMADIAN, SHAMKHANI, "أميناً للمجلس خلفاً لشمخاني", "2023-05"),
      ("LEADS", AHMADIAN, SNSC, "أميناً للمجلس خلفاً لشمخاني"),
      ("LEADS", RAISI, IRAN, "عيّن الرئيس الإيراني إبراهيم رئيسي"),
      ] + _group(_BEIJING, "2023-03-10"),
     {"source": "blind set (Saudi Arabic daily)", "published": "2023-03-11"}),

    ("enMB6_ghaani_baghdad_after_drone_attack", "en",
     "Iran's Quds Force chief in Baghdad after drone attack on PM's home, officials say\n"
     "BAGHDAD, Nov 8 - The commander of Iran's Quds Force, Esmail Ghaani, arrived in Baghdad on Monday, a day "
     "after explosive-laden drones struck the residence of Prime Minister Mustafa al-Kadhimi in the Green "
     "Zone, two Iraqi officials said.\n"
     "Kadhimi was unhurt, but several of his guards were wounded. No group claimed the attack.\n"
     "The Iranian general met the premier and later held talks with leaders of the Shi'ite Coordination "
     "Framework, including Asaib Ahl al-Haq chief Qais al-Khazali, one of the officials said, speaking on "
     "condition of anonymity. Ghaani told them Tehran had not approved of the attack, the official added.\n"
     "Kadhimi, a former intelligence chief who took office in May 2020 in place of Adel Abdul Mahdi, spoke by "
     "phone with U.S. Secretary of State Antony Blinken on Sunday and on the same evening received Popular "
     "Mobilization Forces chairman Faleh al-Fayadh.\n"
     "Ghaani, who replaced Qassem Soleimani after the United States killed him in a drone strike in January "
     "2020, last visited Iraq in June.",
     [("LEADS", QAANI, QF, "The commander of Iran's Quds Force, Esmail Ghaani"),
      ("VISITED", QAANI, BAGHDAD, "Esmail Ghaani, arrived in Baghdad on Monday", "2021-11-08"),
      ("LEADS", KADHIMI, IQGOV, "the residence of Prime Minister Mustafa al-Kadhimi"),
      ("MET_WITH", QAANI, KADHIMI, "The Iranian general met the premier", "2021-11-08"),
      ("MET_WITH", QAANI, KHAZALI, "Asaib Ahl al-Haq chief Qais al-Khazali", "2021-11-08"),
      ("LEADS", KHAZALI, AAH, "Asaib Ahl al-Haq chief Qais al-Khazali"),
      ("SUCCESSOR_OF", KADHIMI, ABDULMAHDI, "in place of Adel Abdul Mahdi", "2020-05"),
      ("LEADS", BLINKEN, USSTATE, "U.S. Secretary of State Antony Blinken"),
      ("MET_WITH", KADHIMI, FAYYADH, "Mobilization Forces chairman Faleh al-Fayadh", "2021-11-07"),
      ("LEADS", FAYYADH, PMF, "Mobilization Forces chairman Faleh al-Fayadh"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "who replaced Qassem Soleimani", "2020-01"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "after the United States killed him", "2020-01-03"),
      ],
     {"source": "blind set (English wire with Iraqi officials, seed-like)", "published": "2021-11-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMB")
