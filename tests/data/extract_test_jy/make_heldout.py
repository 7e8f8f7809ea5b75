"""Blind set JY: Iraq and Iran 2024-2025 as an Iranian state broadcaster's Arabic-language channel tells
it (Al-Alam-like: "العالم - العراق" datelines, "الشهيد القائد", "العدوان الأمريكي" and "العدوان
الصهيوني", honorifics such as "سيادته" and "الضيف", Persian names in Arabic spellings) and as its English
sister site writes it (Press TV-like: "TEHRAN (Press TV) -", "martyred", "the Israeli regime",
"Leader of the Islamic Revolution", the PMU).
Pieces: the US drone strike that killed Abu Baqir al-Saadi and Arkan al-Ulayawi in al-Mashtal and al-Sudani
receiving al-Fayyadh and Abu Fadak, February 2024 (Arabic); Amir-Abdollahian in Damascus a week after the
consulate strike that killed Zahedi and Haji Rahimi, April 2024 (Arabic); Pezeshkian's first foreign trip,
to Baghdad, September 2024 (Arabic); the Leader's appointments after the Israeli strikes of 13 June 2025
(English); Larijani and al-Araji sign a security memorandum in Baghdad, August 2025 (English); the US strike
that killed Abu Taqwa on Palestine Street and al-Sudani's security council meeting, January 2024 (English).
Excluded on purpose (no relation): Qaani's visit to Baghdad "to meet faction leaders" with no one named,
and Hussein Mu'nis denying any meeting with him (JY1); Sayyari's statement, reported speech (JY1); the
phone call from Badr Albusaidi to Amir-Abdollahian (JY2); Pezeshkian's planned meetings with Abdul Latif
Rashid and Nechirvan Barzani, "من المقرر" (JY3); the cancelled round of talks in Muscat and Araghchi's phone
call with his Omani counterpart (JY4); Meshkini's comment and Larijani "expected" in Beirut to meet Aoun (JY5);
Abu Taqwa's unnamed companion, Bahreini's statement, the Kerman bombings with no agent and no named victim
(JY6).
Judgement calls: in JY3 the two Iraqi hosts at the airport (al-Sudani and al-Ghurairy) are paired with each
other and with the guest, and all five people at the expanded talks are paired; in JY2 the ambassador who
"received" the Syrian interior minister at the site of the strike met him; Raisi called "الرئيس الشهيد"
gives no killing; in JY4 Shadmani is a successor (of Rashid) only; in JY5 Amiri and al-Fayyadh, met one
after the other, are not paired; in JY6 the members of a council meeting chaired by al-Sudani are all
paired.
Spellings: الحاج أبو فدك المحمداوي (Abdul-Aziz al-Muhammadawi), أمير عبداللهيان and "رئيس الدبلوماسية
الإيرانية" and "الضيف", "سيادته" (Pezeshkian), آية الله السيد إبراهيم رئيسي, Seyyed Ali Khamenei,
Gholam-Ali Rashid, Amir-Ali Hajizadeh, Seyyed Abbas Araghchi, Qassem al-Araji / Qasim al-Araji, Faleh
al-Fayyadh, Mushtaq Taleb al-Saeedi (Abu Taqwa), Qassem Soleimani, "the Iranian official" (Larijani).
Events follow the public record as far as the writer knew it; some minor details (who sat in on a meeting,
who met the guest at the airport, the members of a council meeting, the weekday) are filled in for the
exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ka import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, ISR, SYRIA = ("country:iran", "country:iraq", "country:united-states", "country:israel",
                               "country:syria")
QF, IRGC, PMF, KH, NUJ, HUQUQ, BADR, IRARMY, SNSC, AFGS, KHATAM, IRGCAF, IRPARL = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:harakat-al-nujaba", "organization:huquq-movement",
    "organization:badr-organization", "organization:iranian-army", "organization:supreme-national-security-council",
    "organization:iranian-armed-forces-general-staff", "organization:khatam-al-anbiya-central-headquarters",
    "organization:irgc-aerospace-force", "organization:iranian-parliament")
SYRINT, IRFM, IRQFM, IRQTRADE, IRQDEF, DOD = (
    "organization:syrian-interior-ministry", "organization:iranian-foreign-ministry",
    "organization:iraqi-foreign-ministry", "organization:iraqi-trade-ministry", "organization:iraqi-defense-ministry",
    "organization:us-department-of-defense")
BAGHDAD, MASHTAL, BIAP, DAMASCUS, CONSULATE, TEHRAN, PALST = (
    "location:baghdad", "location:mashtal", "location:baghdad-international-airport", "location:damascus",
    "location:iranian-consulate-damascus", "location:tehran", "location:palestine-street")
QAANI, SOL, MUH, FAYYADH, FADAK, SUDANI, RASOOL, SAADI, ULAYAWI, AMIRI, MOUNES = (
    "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:falih-al-fayyadh",
    "person:abdul-aziz-al-muhammadawi", "person:mohammed-shia-al-sudani", "person:yahya-rasool",
    "person:abu-baqir-al-saadi", "person:arkan-al-ulayawi", "person:hadi-al-amiri", "person:hussein-mounes")
AMIRABD, MEKDAD, AKBARI, ASSAD, ZAHEDI, HAJIRAHIMI, BUSAIDI = (
    "person:hossein-amir-abdollahian", "person:faisal-mekdad", "person:hossein-akbari", "person:bashar-al-assad",
    "person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi", "person:badr-albusaidi")
PEZ, RAISI, GHURAIRY, ARAGHCHI, FUAD, KHAMENEI = (
    "person:masoud-pezeshkian", "person:ebrahim-raisi", "person:atheer-al-ghurairy", "person:abbas-araghchi",
    "person:fuad-hussein", "person:ali-khamenei")
PAKPOUR, SALAMI, BAGHERI, RASHID, HAJIZADEH, AMOUSAVI, SHADMANI, MMOUSAVI = (
    "person:mohammad-pakpour", "person:hossein-salami", "person:mohammad-bagheri", "person:gholam-ali-rashid",
    "person:amir-ali-hajizadeh", "person:abdolrahim-mousavi", "person:ali-shadmani", "person:majid-mousavi")
LARIJANI, ARAJI, AHMADIAN, SADEGH, ABUTAQWA, ABBASI, TRUMP = (
    "person:ali-larijani", "person:qassim-al-araji", "person:ali-akbar-ahmadian", "person:mohammad-kazem-al-e-sadegh",
    "person:abu-taqwa-al-saidi", "person:thabet-al-abbasi", "person:donald-trump")
# new to the tables
SAYYARI, RAHMOUN, ASALEHI, MEHRABI, RABBANI, MESHKINI, BAHREINI = (
    "person:habibollah-sayyari", "person:mohammad-al-rahmoun", "person:seyed-abbas-salehi",
    "person:gholamreza-mehrabi", "person:mehdi-rabbani", "person:mahmoud-abbaszadeh-meshkini",
    "person:ali-bahreini")

ARTICLES = [
    ("arJY1_abu_baqir_saadi_mashtal", "ar",
     "العدوان الأمريكي يغتال الشهيد القائد أبو باقر الساعدي شرقي بغداد\n"
     "العالم - العراق\n"
     "استشهد القائد في كتائب حزب الله أبو باقر الساعدي، مساء الأربعاء، إثر عدوان أمريكي بطائرة مسيّرة "
     "استهدف سيارته في منطقة المشتل شرقي العاصمة بغداد، وارتقى معه الشهيد أركان العلياوي، بحسب مصادر "
     "أمنية عراقية لمراسل قناة العالم.\n"
     "وفي أعقاب العدوان، استقبل رئيس الوزراء محمد شياع السوداني في مكتبه رئيس هيئة الحشد الشعبي فالح "
     "الفياض ورئيس أركان الهيئة الحاج أبو فدك المحمداوي، بحضور المتحدث باسم القائد العام للقوات المسلحة "
     "اللواء يحيى رسول، وبحث معهم تداعيات الاعتداء على السيادة العراقية.\n"
     "من جانبه، وصف معاون التنسيق في الجيش الإيراني الأدميرال حبيب الله سياري الجريمة بأنها «دليل على "
     "إفلاس واشنطن»، مؤكداً أن دماء الشهداء لن تذهب هدراً.\n"
     "وكان قائد قوة القدس في حرس الثورة الإسلامية العميد إسماعيل قاآني قد زار بغداد أواخر الشهر الماضي "
     "للقاء قادة فصائل المقاومة، فيما نفى الأمين العام لحركة حقوق حسين مؤنس علمه بأي لقاء جمعه بالقائد "
     "الإيراني.\n"
     "ويُعدّ الشهيد الساعدي من رفاق درب الشهيد القائد الحاج أبو مهدي المهندس، الذي ارتقى مع الفريق الشهيد "
     "قاسم سليماني بالعدوان الأمريكي قرب مطار بغداد الدولي فجر الثالث من كانون الثاني/يناير 2020.",
     [("ASSASSINATED_BY", SAADI, USA, "إثر عدوان أمريكي بطائرة مسيّرة", "2024-02-07"),
      ("ASSASSINATED_BY", ULAYAWI, USA, "وارتقى معه الشهيد أركان العلياوي", "2024-02-07"),
      ("MEMBER_OF", SAADI, KH, "القائد في كتائب حزب الله أبو باقر"),
      ("ATTACKED", USA, MASHTAL, "استهدف سيارته في منطقة المشتل", "2024-02-07"),
      ("MET_WITH", SUDANI, FAYYADH, "استقبل رئيس الوزراء محمد شياع السوداني في مكتبه", "2024-02-08"),
      ("MET_WITH", SUDANI, FADAK, "استقبل رئيس الوزراء محمد شياع السوداني في مكتبه", "2024-02-08"),
      ("MET_WITH", FAYYADH, FADAK, "استقبل رئيس الوزراء محمد شياع السوداني في مكتبه", "2024-02-08"),
      ("MET_WITH", RASOOL, SUDANI, "بحضور المتحدث باسم القائد العام", "2024-02-08"),
      ("MET_WITH", RASOOL, FAYYADH, "بحضور المتحدث باسم القائد العام", "2024-02-08"),
      ("MET_WITH", RASOOL, FADAK, "بحضور المتحدث باسم القائد العام", "2024-02-08"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركان الهيئة الحاج أبو فدك"),
      ("MEMBER_OF", SAYYARI, IRARMY, "معاون التنسيق في الجيش الإيراني"),
      ("LEADS", QAANI, QF, "قائد قوة القدس في حرس الثورة الإسلامية العميد"),
      ("VISITED", QAANI, BAGHDAD, "قد زار بغداد أواخر الشهر الماضي", "2024-01"),
      ("LEADS", MOUNES, HUQUQ, "الأمين العام لحركة حقوق حسين مؤنس"),
      ("ASSASSINATED_BY", MUH, USA, "الذي ارتقى مع الفريق الشهيد قاسم سليماني", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, USA, "الذي ارتقى مع الفريق الشهيد قاسم سليماني", "2020-01-03"),
      ],
     {"source": "blind set (Iranian state broadcaster's Arabic-language channel)", "published": "2024-02-08"}),

    ("arJY2_amirabdollahian_damascus_consulate", "ar",
     "أمير عبداللهيان من دمشق: الكيان الصهيوني سيُعاقَب على جريمة القنصلية\n"
     "العالم - سوريا\n"
     "وصل وزير الخارجية الإيراني حسين أمير عبداللهيان إلى دمشق مساء الاثنين، بعد أسبوع على العدوان "
     "الصهيوني الذي دمّر مبنى القنصلية الإيرانية وأدى إلى استشهاد قائد قوة القدس في سوريا ولبنان العميد "
     "محمد رضا زاهدي ونائبه العميد محمد هادي حاجي رحيمي وخمسة من المستشارين العسكريين.\n"
     "وكان في استقبال الضيف في مطار دمشق الدولي نظيره السوري الدكتور فيصل المقداد والسفير الإيراني حسين "
     "أكبري.\n"
     "والتقى رئيس الدبلوماسية الإيرانية الرئيس السوري بشار الأسد في قصر الشعب، بحضور المقداد والسفير "
     "أكبري، قبل أن يفتتح المبنى الجديد للقنصلية في حي المزة.\n"
     "وكان السفير أكبري قد استقبل، في موقع العدوان يوم الغارة، وزير الداخلية السوري اللواء محمد الرحمون الذي "
     "تفقد الأضرار وأكد تضامن دمشق مع طهران.\n"
     "وتلقى أمير عبداللهيان خلال وجوده في دمشق اتصالاً هاتفياً من نظيره العُماني بدر البوسعيدي، فيما أكد حرس "
     "الثورة الإسلامية أن الرد على الجريمة «آتٍ لا محالة».",
     [("ASSASSINATED_BY", ZAHEDI, ISR, "وأدى إلى استشهاد قائد قوة القدس في سوريا ولبنان", "2024-04-01"),
      ("ASSASSINATED_BY", HAJIRAHIMI, ISR, "ونائبه العميد محمد هادي حاجي رحيمي", "2024-04-01"),
      ("ATTACKED", ISR, CONSULATE, "الذي دمّر مبنى القنصلية الإيرانية", "2024-04-01"),
      ("MEMBER_OF", ZAHEDI, QF, "قائد قوة القدس في سوريا ولبنان العميد"),
      ("LEADS", AMIRABD, IRFM, "وزير الخارجية الإيراني حسين أمير عبداللهيان"),
      ("VISITED", AMIRABD, DAMASCUS, "إلى دمشق مساء الاثنين", "2024-04-08"),
      ("MET_WITH", AMIRABD, MEKDAD, "وكان في استقبال الضيف في مطار دمشق", "2024-04-08"),
      ("MET_WITH", AMIRABD, AKBARI, "وكان في استقبال الضيف في مطار دمشق", "2024-04-08"),
      ("MET_WITH", MEKDAD, AKBARI, "وكان في استقبال الضيف في مطار دمشق", "2024-04-08"),
      ("MET_WITH", AMIRABD, ASSAD, "والتقى رئيس الدبلوماسية الإيرانية الرئيس السوري", "2024-04-08"),
      ("MET_WITH", MEKDAD, ASSAD, "بحضور المقداد والسفير", "2024-04-08"),
      ("MET_WITH", AKBARI, ASSAD, "بحضور المقداد والسفير", "2024-04-08"),
      ("LEADS", ASSAD, SYRIA, "الرئيس السوري بشار الأسد"),
      ("MET_WITH", AKBARI, RAHMOUN, "وكان السفير أكبري قد استقبل", "2024-04-01"),
      ("LEADS", RAHMOUN, SYRINT, "وزير الداخلية السوري اللواء محمد الرحمون"),
      ],
     {"source": "blind set (Iranian state broadcaster's Arabic-language channel)", "published": "2024-04-08"}),

    ("arJY3_pezeshkian_baghdad_first_trip", "ar",
     "الرئيس بزشكيان في بغداد.. أولى محطاته الخارجية وفاءً لدماء الشهداء\n"
     "العالم - العراق\n"
     "وصل رئيس الجمهورية الإسلامية الإيرانية الدكتور مسعود بزشكيان، صباح الأربعاء، إلى بغداد في أول زيارة "
     "خارجية له منذ توليه الرئاسة خلفاً للرئيس الشهيد آية الله السيد إبراهيم رئيسي.\n"
     "وكان في استقبال سيادته في مطار بغداد الدولي رئيس الوزراء محمد شياع السوداني ووزير التجارة أثير "
     "الغريري، ثم توجه الضيف إلى موقع استشهاد الفريق قاسم سليماني والحاج أبو مهدي المهندس، حيث وضع إكليلاً "
     "من الزهور.\n"
     "وعقد الجانبان جلسة مباحثات موسعة في القصر الحكومي، بحضور وزير الخارجية عباس عراقجي ووزير الثقافة "
     "والإرشاد الإسلامي سيد عباس صالحي ونائب رئيس الوزراء وزير الخارجية فؤاد حسين، أعقبها توقيع 14 مذكرة "
     "تفاهم في مجالات الاقتصاد والطاقة والثقافة.\n"
     "وأكد الرئيس الإيراني أن «العراق بلد شقيق»، مشيداً بدور الشعب العراقي في استضافة ملايين الزوار.\n"
     "ومن المقرر أن يلتقي بزشكيان رئيس الجمهورية عبد اللطيف رشيد، ثم يتوجه إلى كربلاء والنجف، قبل أن يختتم "
     "جولته في أربيل بلقاء رئيس الإقليم نيجيرفان بارزاني.",
     [("SUCCESSOR_OF", PEZ, RAISI, "خلفاً للرئيس الشهيد", "2024-07"),
      ("LEADS", PEZ, IRAN, "رئيس الجمهورية الإسلامية الإيرانية الدكتور مسعود"),
      ("VISITED", PEZ, BAGHDAD, "إلى بغداد في أول زيارة", "2024-09-11"),
      ("VISITED", PEZ, BIAP, "وكان في استقبال سيادته في مطار بغداد الدولي", "2024-09-11"),
      ("MET_WITH", PEZ, SUDANI, "وكان في استقبال سيادته", "2024-09-11"),
      ("MET_WITH", PEZ, GHURAIRY, "وكان في استقبال سيادته", "2024-09-11"),
      ("MET_WITH", SUDANI, GHURAIRY, "وكان في استقبال سيادته", "2024-09-11"),
      ("MEMBER_OF", GHURAIRY, IRQTRADE, "ووزير التجارة أثير"),
      ("MET_WITH", ARAGHCHI, PEZ, "بحضور وزير الخارجية عباس عراقجي", "2024-09-11"),
      ("MET_WITH", ARAGHCHI, SUDANI, "بحضور وزير الخارجية عباس عراقجي", "2024-09-11"),
      ("MET_WITH", ASALEHI, PEZ, "ووزير الثقافة والإرشاد الإسلامي سيد عباس صالحي", "2024-09-11"),
      ("MET_WITH", ASALEHI, SUDANI, "ووزير الثقافة والإرشاد الإسلامي سيد عباس صالحي", "2024-09-11"),
      ("MET_WITH", FUAD, PEZ, "ونائب رئيس الوزراء وزير الخارجية فؤاد حسين", "2024-09-11"),
      ("MET_WITH", FUAD, SUDANI, "ونائب رئيس الوزراء وزير الخارجية فؤاد حسين", "2024-09-11"),
      ("MET_WITH", ARAGHCHI, ASALEHI, "ووزير الثقافة والإرشاد الإسلامي سيد عباس صالحي", "2024-09-11"),
      ("MET_WITH", ARAGHCHI, FUAD, "ونائب رئيس الوزراء وزير الخارجية فؤاد حسين", "2024-09-11"),
      ("MET_WITH", ASALEHI, FUAD, "ونائب رئيس الوزراء وزير الخارجية فؤاد حسين", "2024-09-11"),
      ("LEADS", ARAGHCHI, IRFM, "بحضور وزير الخارجية عباس عراقجي"),
      ("LEADS", FUAD, IRQFM, "ونائب رئيس الوزراء وزير الخارجية فؤاد حسين"),
      ],
     {"source": "blind set (Iranian state broadcaster's Arabic-language channel)", "published": "2024-09-11"}),

    ("enJY4_leader_appoints_commanders_june", "en",
     "Leader appoints new commanders after Israeli aggression martyrs top generals\n"
     "TEHRAN (Press TV) - Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei has appointed Major "
     "General Mohammad Pakpour as the new chief commander of the Islamic Revolution Guards Corps (IRGC), "
     "replacing Major General Hossein Salami, who was martyred in the Israeli regime's aggression early on "
     "Friday.\n"
     "The Zionist regime's strikes on Tehran also martyred the Chief of Staff of the "
     "Armed Forces, Major General Mohammad Bagheri, the commander of the Khatam al-Anbiya Central "
     "Headquarters, Major General Gholam-Ali Rashid, and the commander of the IRGC Aerospace Force, "
     "Brigadier General Amir-Ali Hajizadeh.\n"
     "Brigadier General Gholamreza Mehrabi, deputy head of intelligence at the General Staff, and Brigadier "
     "General Mehdi Rabbani, its deputy head of operations, were among the other commanders martyred in the "
     "Israeli attacks.\n"
     "In separate decrees, Ayatollah Khamenei named Major General Abdolrahim Mousavi as chief of staff of the "
     "Armed Forces in place of General Bagheri, and Major General Ali Shadmani as commander of Khatam "
     "al-Anbiya in place of General Rashid. Brigadier General Majid Mousavi took over the Aerospace Force "
     "from Hajizadeh, the IRGC said.\n"
     "Foreign Minister Seyyed Abbas Araghchi said the indirect talks with the US scheduled for Sunday in "
     "Muscat would not take place, and discussed the aggression by phone with his Omani counterpart.",
     [("SUCCESSOR_OF", PAKPOUR, SALAMI, "replacing Major General Hossein Salami", "2025-06-13"),
      ("ASSASSINATED_BY", SALAMI, ISR, "who was martyred in the Israeli regime's aggression", "2025-06-13"),
      ("LEADS", PAKPOUR, IRGC, "as the new chief commander of the Islamic Revolution Guards Corps"),
      ("ASSASSINATED_BY", BAGHERI, ISR, "also martyred the Chief of Staff of the", "2025-06-13"),
      ("ASSASSINATED_BY", RASHID, ISR, "Major General Gholam-Ali Rashid", "2025-06-13"),
      ("ASSASSINATED_BY", HAJIZADEH, ISR, "Brigadier General Amir-Ali Hajizadeh", "2025-06-13"),
      ("ATTACKED", ISR, TEHRAN, "The Zionist regime's strikes on Tehran", "2025-06-13"),
      ("ASSASSINATED_BY", MEHRABI, ISR, "Brigadier General Gholamreza Mehrabi", "2025-06-13"),
      ("ASSASSINATED_BY", RABBANI, ISR, "General Mehdi Rabbani", "2025-06-13"),
      ("MEMBER_OF", MEHRABI, AFGS, "deputy head of intelligence at the General Staff"),
      ("MEMBER_OF", RABBANI, AFGS, "its deputy head of operations"),
      ("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "in place of General Bagheri", "2025-06-13"),
      ("SUCCESSOR_OF", SHADMANI, RASHID, "in place of General Rashid", "2025-06-13"),
      ("SUCCESSOR_OF", MMOUSAVI, HAJIZADEH, "took over the Aerospace Force", "2025-06-13"),
      ("LEADS", MMOUSAVI, IRGCAF, "took over the Aerospace Force"),
      ("LEADS", ARAGHCHI, IRFM, "Foreign Minister Seyyed Abbas Araghchi"),
      ],
     {"source": "blind set (Iranian state broadcaster's English-language site)", "published": "2025-06-13"}),

    ("enJY5_larijani_araji_security_pact", "en",
     "Larijani, Araji sign Iran-Iraq security memorandum in Baghdad\n"
     "BAGHDAD (Press TV) - Secretary of Iran's Supreme National Security Council (SNSC) Ali Larijani and "
     "Iraq's National Security Adviser Qassem al-Araji have signed a memorandum of understanding on border "
     "security in Baghdad, on Larijani's first foreign trip since he took over from Ali Akbar Ahmadian "
     "earlier this month.\n"
     "The signing was attended by Iraqi Prime Minister Mohammed Shia al-Sudani and Iran's ambassador to "
     "Baghdad, Mohammad Kazem Al-e Sadegh.\n"
     "The Iranian official later met Badr Organization chief Hadi al-Amiri, then Popular Mobilization Forces "
     "(PMF) head Faleh al-Fayyadh, at their respective offices.\n"
     "Mahmoud Abbaszadeh Meshkini, a member of the Iranian parliament's National Security and Foreign Policy "
     "Committee, told Press TV the pact would \"close the door to the mercenaries of the Zionist regime\" "
     "operating from northern Iraq.\n"
     "Larijani is expected to travel to Beirut on Wednesday for talks with Lebanese President Joseph Aoun. "
     "Washington has criticised the agreement, saying Iraq's security should not be tied to Tehran's "
     "policies.",
     [("MET_WITH", LARIJANI, ARAJI, "have signed a memorandum of understanding", "2025-08-11"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "since he took over from Ali Akbar Ahmadian", "2025-08"),
      ("LEADS", LARIJANI, SNSC, "Secretary of Iran's Supreme National Security Council"),
      ("VISITED", LARIJANI, BAGHDAD, "security in Baghdad, on Larijani's first foreign trip", "2025-08-11"),
      ("MET_WITH", SUDANI, LARIJANI, "The signing was attended by Iraqi Prime Minister", "2025-08-11"),
      ("MET_WITH", SUDANI, ARAJI, "The signing was attended by Iraqi Prime Minister", "2025-08-11"),
      ("MET_WITH", SADEGH, LARIJANI, "Iran's ambassador to Baghdad, Mohammad Kazem", "2025-08-11"),
      ("MET_WITH", SADEGH, ARAJI, "Iran's ambassador to Baghdad, Mohammad Kazem", "2025-08-11"),
      ("MET_WITH", SADEGH, SUDANI, "Iran's ambassador to Baghdad, Mohammad Kazem", "2025-08-11"),
      ("MET_WITH", LARIJANI, AMIRI, "later met Badr Organization chief", "2025-08-11"),
      ("MET_WITH", LARIJANI, FAYYADH, "then Popular Mobilization Forces", "2025-08-11"),
      ("LEADS", AMIRI, BADR, "Badr Organization chief Hadi al-Amiri"),
      ("LEADS", FAYYADH, PMF, "(PMF) head Faleh al-Fayyadh"),
      ("MEMBER_OF", MESHKINI, IRPARL, "a member of the Iranian parliament's"),
      ],
     {"source": "blind set (Iranian state broadcaster's English-language site)", "published": "2025-08-12"}),

    ("enJY6_abu_taqwa_palestine_street", "en",
     "US drone strike martyrs senior Nujaba commander in Baghdad\n"
     "BAGHDAD (Press TV) - A US drone strike on a headquarters of Iraq's Popular Mobilization Units (PMU) on "
     "Baghdad's Palestine Street has martyred Mushtaq Taleb al-Saeedi, known as Abu Taqwa, a senior "
     "commander of the Harakat al-Nujaba resistance movement, and one of his companions.\n"
     "The Pentagon confirmed the strike, saying it had targeted a leader \"actively involved\" in attacks on "
     "US personnel.\n"
     "Hours later, Prime Minister Mohammed Shia al-Sudani chaired an emergency meeting of the Ministerial "
     "Council for National Security, attended by PMU Chairman Faleh al-Fayyadh, National Security Adviser "
     "Qasim al-Araji and Defense Minister Thabet al-Abbasi. The council called the strike \"a flagrant "
     "violation\" of Iraq's sovereignty.\n"
     "Iran's ambassador to the UN Office in Geneva, Ali Bahreini, told Press TV the \"terrorist act\" showed "
     "Washington's contempt for international law.\n"
     "The strike came a day after the fourth anniversary of the assassination of Lieutenant General Qassem "
     "Soleimani and Abu Mahdi al-Muhandis, who were killed in a US drone strike near Baghdad airport on "
     "January 3, 2020, on the orders of then-President Donald Trump. On the same day, twin bombings near the "
     "general's tomb in Kerman killed scores of mourners.",
     [("ASSASSINATED_BY", ABUTAQWA, USA, "A US drone strike on a headquarters", "2024-01-04"),
      ("MEMBER_OF", ABUTAQWA, NUJ, "a senior commander of the Harakat al-Nujaba"),
      ("ATTACKED", USA, PALST, "Baghdad's Palestine Street has martyred", "2024-01-04"),
      ("MET_WITH", SUDANI, FAYYADH, "attended by PMU Chairman", "2024-01-04"),
      ("MET_WITH", SUDANI, ARAJI, "National Security Adviser Qasim al-Araji", "2024-01-04"),
      ("MET_WITH", FAYYADH, ARAJI, "National Security Adviser Qasim al-Araji", "2024-01-04"),
      ("MET_WITH", ABBASI, SUDANI, "Defense Minister Thabet al-Abbasi", "2024-01-04"),
      ("MET_WITH", ABBASI, FAYYADH, "Defense Minister Thabet al-Abbasi", "2024-01-04"),
      ("MET_WITH", ABBASI, ARAJI, "Defense Minister Thabet al-Abbasi", "2024-01-04"),
      ("LEADS", FAYYADH, PMF, "PMU Chairman Faleh al-Fayyadh"),
      ("LEADS", ABBASI, IRQDEF, "Defense Minister Thabet al-Abbasi"),
      ("MEMBER_OF", BAHREINI, IRFM, "Iran's ambassador to the UN Office in Geneva"),
      ("ASSASSINATED_BY", SOL, USA, "who were killed in a US drone strike near Baghdad airport", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "who were killed in a US drone strike near Baghdad airport", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "on the orders of then-President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "on the orders of then-President Donald Trump", "2020-01-03"),
      ],
     {"source": "blind set (Iranian state broadcaster's English-language site)", "published": "2024-01-04"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJY")
