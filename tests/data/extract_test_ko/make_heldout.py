"""Blind set KO: Oman's mediation and Iran's diplomacy, 2024-2025, as the Omani news agency writes it in
English (ONA-like: "Muscat, Jan 14 (ONA) ---", "His Majesty", "Sayyid Badr Hamad Al Busaidi", "received at
the Ministry's General Diwan") and as an Iranian state agency's Arabic and English services write it
(IRNA-like: "طهران - إرنا -", "الشهيد", "قائد الثورة الإسلامية", "Seyed Abbas Araghchi", "martyrdom").
Pieces: Sultan Haitham receives Araghchi with Badr Albusaidi and Fahd bin Mahmoud, Araghchi meets
Abdulsalam in Muscat and the Qatari prime minister in Doha (Arabic); the Sultan's official talks with
Erdogan in Ankara with Theyazin, Badr and Fidan (English, ONA); Bagheri Kani acting foreign minister after
Amir-Abdollahian, Mokhber acting president after Raisi, the funeral guests received (Abdulsalam, Badr,
Cevdet Yilmaz with the Turkish ambassador Kirlangic) (Arabic); Araghchi and Fidan in Ankara with
Habibollahzadeh, Araghchi after Bagheri Kani, Baghaei after Kanaani (English, IRNA); the first Muscat round
of indirect Iran-US talks, Badr meets each side apart, the Sultan receives Araghchi with Khalid bin Hilal
(Arabic); Badr receives Grundberg with al-Harthy, al-Zindani with al-Mikhlafi, and Abdulsalam (English, ONA).
Excluded on purpose (no relation): Araghchi's phone call with Fidan (KO1); the Sultan's phone call from
Emir Tamim (KO2); the helicopter crash that killed Raisi and Amir-Abdollahian, for which no agent is given
and the inquiry found "no trace" of sabotage (KO3); Araghchi's phone call with the Qatari prime minister
(KO4); Araghchi and Witkoff, who met Badr "each separately", and Baghaei's denial of any direct meeting
(KO5); Grundberg's "planned" meeting with the Sanaa delegation, postponed (KO6).
Judgement calls: an audience with the Sultan with ministers present is a meeting of all present (KO1, KO2,
KO5); in indirect talks the mediator meets each delegation but the delegations do not meet each other,
while the members of one delegation present at the mediator's meetings are paired with him and each
other (KO5); an acting foreign minister and an acting president succeed the dead holders, and the
minister who "replaced" the acting one succeeds him (KO3, KO4). Who sat in on the audiences and
receptions (Fahd bin Mahmoud, Theyazin, Khalid bin Hilal, Kirlangic, Habibollahzadeh, al-Mikhlafi,
al-Harthy), the Sultan's audience for Araghchi in April 2025 and the day of KO6 are filled in for the
exercise.
Spellings: "بدر بن حمد البوسعيدي" (KO1); "Badr Hamad Al Busaidi" (KO2, KO6); "علي باقري" and "أمير
عبداللهيان" (KO3); "Seyed Abbas Araghchi" (KO4); "ستيفن ويتكوف" and "مجيد تخت روانچي" (KO5); "Khalifa Ali
Al Harthy" and "Shaya Mohsen Al Zindani" (KO6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_kp import ALL  # noqa: E402

HERE = Path(__file__).parent

OMAN, TURKEY, IRAN = "country:oman", "country:turkey", "country:iran"
OMFM, TRFM, IRFM, HDELEG, ROYALCOURT = (
    "organization:omani-foreign-ministry", "organization:turkish-foreign-ministry",
    "organization:iranian-foreign-ministry", "organization:houthi-negotiating-delegation",
    "organization:omani-royal-court")
MUSCAT, DOHA, ANKARA, PRESCOMPLEX, TEHRAN = ("location:muscat", "location:doha", "location:ankara",
                                             "location:presidential-complex-ankara", "location:tehran")
HAITHAM, BADR, ARAGHCHI, ABDULSALAM, MBAR, ERDOGAN, FIDAN = (
    "person:haitham-bin-tarik", "person:badr-albusaidi", "person:abbas-araghchi", "person:mohammed-abdulsalam",
    "person:mohammed-bin-abdulrahman-al-thani", "person:recep-tayyip-erdogan", "person:hakan-fidan")
BAGHERIKANI, ABDOLLAHIAN, RAISI, MOKHBER, CYILMAZ, BAGHAEI, KANAANI = (
    "person:ali-bagheri-kani", "person:hossein-amir-abdollahian", "person:ebrahim-raisi",
    "person:mohammad-mokhber", "person:cevdet-yilmaz", "person:esmaeil-baghaei", "person:nasser-kanaani")
WITKOFF, TAKHT, GHARIB, GRUNDBERG, HARTHY, ZINDANI = (
    "person:steve-witkoff", "person:majid-takht-ravanchi", "person:kazem-gharibabadi", "person:hans-grundberg",
    "person:khalifa-al-harthy", "person:shaya-al-zindani")
# new to the tables
FAHD, THEYAZIN, KIRLANGIC, HABIB, KHALIDHILAL, MIKHLAFI = (
    "person:fahd-bin-mahmoud-al-said", "person:theyazin-bin-haitham", "person:hicabi-kirlangic",
    "person:mohammad-hassan-habibollahzadeh", "person:khalid-bin-hilal-al-busaidi",
    "person:abdulmalik-al-mikhlafi")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_BARAKA = {HAITHAM: "استقبل جلالة السلطان هيثم بن طارق", ARAGHCHI: "وزير الخارجية الإيراني السيد عباس عراقجي",
           BADR: "السيد بدر بن حمد البوسعيدي", FAHD: "السيد فهد بن محمود آل سعيد"}
_ANKARA = {HAITHAM: "His Majesty Sultan Haitham bin Tarik and", ERDOGAN: "President Recep Tayyip Erdogan",
           THEYAZIN: "Sayyid Theyazin bin Haitham Al Said", BADR: "and Sayyid Badr Hamad Al Busaidi",
           FIDAN: "included Hakan Fidan"}
_MUSCAT_IR = {BADR: "وحضر لقاءات البوسعيدي", ARAGHCHI: "وحضر لقاءات البوسعيدي",
              TAKHT: "مجيد تخت روانچي", GHARIB: "وكاظم غريب آبادي"}
_ALAM = {HAITHAM: "واستقبل جلالة السلطان هيثم بن طارق عراقجي", ARAGHCHI: "واستقبل جلالة السلطان هيثم بن طارق عراقجي",
         KHALIDHILAL: "السيد خالد بن هلال البوسعيدي"}

ARTICLES = [
    ("arKO1_araghchi_muscat_sultan", "ar",
     "سلطان عُمان يستقبل عراقجي.. ووزير الخارجية يلتقي محمد عبد السلام في مسقط\n"
     "مسقط - إرنا - استقبل جلالة السلطان هيثم بن طارق، سلطان عُمان، وزير الخارجية الإيراني السيد عباس عراقجي "
     "في قصر البركة، بحضور وزير الخارجية العماني السيد بدر بن حمد البوسعيدي، ونائب رئيس الوزراء لشؤون مجلس "
     "الوزراء السيد فهد بن محمود آل سعيد.\n"
     "ونقل عراقجي تحيات رئيس الجمهورية مسعود بزشكيان إلى السلطان، وبحث الجانبان التطورات في غزة ولبنان "
     "وسبل منع اتساع رقعة الحرب في المنطقة.\n"
     "وفي مسقط أيضاً، التقى عراقجي رئيس الوفد الوطني اليمني محمد عبد السلام، وأكد دعم الجمهورية الإسلامية "
     "لصمود الشعب اليمني.\n"
     "وتأتي محطة مسقط ضمن جولة إقليمية شملت الدوحة، حيث التقى عراقجي رئيس الوزراء وزير الخارجية القطري الشيخ "
     "محمد بن عبد الرحمن آل ثاني.\n"
     "وكان عراقجي قد أجرى اتصالاً هاتفياً مع نظيره التركي هاكان فيدان قبيل الجولة.",
     _group(_BARAKA, "2024-10-14") + [
      ("VISITED", ARAGHCHI, MUSCAT, "وفي مسقط أيضاً", "2024-10-14"),
      ("LEADS", HAITHAM, OMAN, "سلطان عُمان، وزير"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية الإيراني السيد عباس عراقجي"),
      ("LEADS", BADR, OMFM, "وزير الخارجية العماني"),
      ("MET_WITH", ARAGHCHI, ABDULSALAM, "التقى عراقجي رئيس الوفد الوطني اليمني", "2024-10-14"),
      ("LEADS", ABDULSALAM, HDELEG, "رئيس الوفد الوطني اليمني محمد عبد السلام"),
      ("MET_WITH", ARAGHCHI, MBAR, "حيث التقى عراقجي رئيس الوزراء", "2024-10"),
      ("VISITED", ARAGHCHI, DOHA, "جولة إقليمية شملت الدوحة", "2024-10"),
      ],
     {"source": "blind set (Iranian state agency, Arabic service)", "published": "2024-10-14"}),

    ("enKO2_sultan_erdogan_ankara", "en",
     "HM the Sultan, Turkish President hold official talks in Ankara\n"
     "Ankara, Nov 28 (ONA) --- His Majesty Sultan Haitham bin Tarik and President Recep Tayyip Erdogan of "
     "the Republic of Türkiye held official talks at the Presidential Complex in Ankara today, as part of His "
     "Majesty's state visit to Türkiye.\n"
     "The talks were attended by His Highness Sayyid Theyazin bin Haitham Al Said, the Crown Prince, and "
     "Sayyid Badr Hamad Al Busaidi, Minister of Foreign Affairs. The Turkish side included Hakan Fidan, "
     "Minister of Foreign Affairs.\n"
     "The two sides reviewed cooperation in trade, investment and defence industries and exchanged views on "
     "regional developments, including the situation in Gaza and the security of navigation in the Red Sea.\n"
     "His Majesty had earlier received a phone call from His Highness Sheikh Tamim bin Hamad Al Thani, Amir "
     "of the State of Qatar, wishing the visit success.",
     _group(_ANKARA, "2024-11-28") + [
      ("VISITED", HAITHAM, ANKARA, "at the Presidential Complex in Ankara", "2024-11-28"),
      ("VISITED", HAITHAM, PRESCOMPLEX, "at the Presidential Complex in Ankara", "2024-11-28"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdogan"),
      ("LEADS", BADR, OMFM, "and Sayyid Badr Hamad Al Busaidi"),
      ("LEADS", FIDAN, TRFM, "included Hakan Fidan"),
      ],
     {"source": "blind set (Omani news agency, English)", "published": "2024-11-28"}),

    ("arKO3_bagheri_acting_funeral", "ar",
     "تكليف علي باقري بمهام القائم بأعمال الخارجية بعد استشهاد أمير عبداللهيان\n"
     "طهران - إرنا - كلّف مجلس الوزراء معاون وزير الخارجية علي باقري بمهام القائم بأعمال وزارة الخارجية، "
     "خلفاً للوزير الشهيد حسين أمير عبداللهيان، الذي استشهد مع رئيس الجمهورية آية الله السيد إبراهيم رئيسي "
     "في حادث تحطم المروحية في محافظة أذربيجان الشرقية.\n"
     "وتولى النائب الأول للرئيس محمد مخبر مهام رئاسة الجمهورية بالوكالة بموافقة قائد الثورة الإسلامية.\n"
     "واستقبل باقري في طهران رئيس الوفد الوطني اليمني محمد عبد السلام الذي قدم للمشاركة في مراسم التشييع، كما "
     "التقى وزير الخارجية العماني السيد بدر البوسعيدي.\n"
     "واستقبل مخبر نائب الرئيس التركي جودت يلماز، بحضور السفير التركي لدى طهران حجابي قرلانغيتش.\n"
     "وأعلنت هيئة الأركان العامة أن التحقيقات الأولية لم تعثر على أي أثر لإطلاق نار أو عمل تخريبي.",
     [("SUCCESSOR_OF", BAGHERIKANI, ABDOLLAHIAN, "خلفاً للوزير الشهيد", "2024-05-20"),
      ("SUCCESSOR_OF", MOKHBER, RAISI, "مهام رئاسة الجمهورية بالوكالة", "2024-05-20"),
      ("LEADS", BAGHERIKANI, IRFM, "بمهام القائم بأعمال وزارة الخارجية"),
      ("MET_WITH", BAGHERIKANI, ABDULSALAM, "واستقبل باقري في طهران", "2024-05-22"),
      ("MET_WITH", BAGHERIKANI, BADR, "التقى وزير الخارجية العماني", "2024-05-22"),
      ("VISITED", ABDULSALAM, TEHRAN, "واستقبل باقري في طهران", "2024-05-22"),
      ("MET_WITH", MOKHBER, CYILMAZ, "واستقبل مخبر نائب الرئيس التركي", "2024-05-22"),
      ("MET_WITH", MOKHBER, KIRLANGIC, "بحضور السفير التركي لدى طهران", "2024-05-22"),
      ("MET_WITH", CYILMAZ, KIRLANGIC, "بحضور السفير التركي لدى طهران", "2024-05-22"),
      ],
     {"source": "blind set (Iranian state agency, Arabic service)", "published": "2024-05-22"}),

    ("enKO4_araghchi_fidan_ankara", "en",
     "Araghchi, Fidan discuss regional developments in Ankara\n"
     "Ankara, IRNA -- Iranian Foreign Minister Seyed Abbas Araghchi held talks with his Turkish counterpart "
     "Hakan Fidan in Ankara on Monday, in a meeting also attended by Iran's Ambassador to Türkiye Mohammad "
     "Hassan Habibollahzadeh. The two ministers later held a joint press conference.\n"
     "Araghchi said Tehran and Ankara shared concerns over Syria and the Zionist regime's aggression, and "
     "called for an end to attacks on Yemen.\n"
     "Araghchi took office in August, replacing Ali Bagheri Kani, who had served as acting foreign minister "
     "after the martyrdom of Hossein Amir-Abdollahian.\n"
     "Ministry spokesman Esmaeil Baghaei, who succeeded Nasser Kanaani in the post, told reporters in Tehran "
     "the visit was part of consultations with neighbours.\n"
     "Before leaving Tehran, Araghchi spoke by phone with Qatari Prime Minister and Foreign Minister Sheikh "
     "Mohammed bin Abdulrahman Al Thani.",
     [("MET_WITH", ARAGHCHI, FIDAN, "held talks with his Turkish counterpart", "2024-12-02"),
      ("MET_WITH", ARAGHCHI, HABIB, "Hassan Habibollahzadeh", "2024-12-02"),
      ("MET_WITH", FIDAN, HABIB, "Hassan Habibollahzadeh", "2024-12-02"),
      ("VISITED", ARAGHCHI, ANKARA, "Hakan Fidan in Ankara on Monday", "2024-12-02"),
      ("SUCCESSOR_OF", ARAGHCHI, BAGHERIKANI, "replacing Ali Bagheri Kani", "2024-08"),
      ("SUCCESSOR_OF", BAGHERIKANI, ABDOLLAHIAN, "acting foreign minister after the martyrdom", "2024-05"),
      ("SUCCESSOR_OF", BAGHAEI, KANAANI, "who succeeded Nasser Kanaani", "2024"),
      ("MEMBER_OF", BAGHAEI, IRFM, "Ministry spokesman Esmaeil Baghaei"),
      ],
     {"source": "blind set (Iranian state agency, English service)", "published": "2024-12-02"}),

    ("arKO5_muscat_indirect_talks", "ar",
     "اختتام الجولة الأولى من المحادثات غير المباشرة في مسقط\n"
     "مسقط - إرنا - اختُتمت في مسقط الجولة الأولى من المحادثات غير المباشرة بين إيران والولايات المتحدة "
     "بوساطة وزير الخارجية العماني بدر البوسعيدي، الذي التقى رئيس الوفد الإيراني عباس عراقجي والمبعوث "
     "الأمريكي ستيفن ويتكوف كلاً على حدة ونقل الرسائل بينهما.\n"
     "وحضر لقاءات البوسعيدي مع الوفد الإيراني مساعدا وزير الخارجية مجيد تخت روانچي وكاظم غريب آبادي.\n"
     "وأكد المتحدث باسم الخارجية إسماعيل بقائي أن عراقجي لم يعقد أي لقاء مباشر مع ويتكوف، وأن الجولة "
     "المقبلة ستعقد الأسبوع المقبل.\n"
     "وفي ختام زيارته، استقبل جلالة السلطان هيثم بن طارق عراقجي في قصر العلم، بحضور وزير ديوان البلاط "
     "السلطاني السيد خالد بن هلال البوسعيدي، وأشاد الوزير الإيراني بدور السلطنة.",
     [("MET_WITH", BADR, ARAGHCHI, "رئيس الوفد الإيراني عباس عراقجي", "2025-04-12"),
      ("MET_WITH", BADR, WITKOFF, "الأمريكي ستيفن ويتكوف كلاً على حدة", "2025-04-12"),
      ("MET_WITH", BADR, TAKHT, "مجيد تخت روانچي", "2025-04-12"),
      ("MET_WITH", BADR, GHARIB, "وكاظم غريب آبادي", "2025-04-12"),
      ("MET_WITH", ARAGHCHI, TAKHT, "مجيد تخت روانچي", "2025-04-12"),
      ("MET_WITH", ARAGHCHI, GHARIB, "وكاظم غريب آبادي", "2025-04-12"),
      ("MET_WITH", TAKHT, GHARIB, "وكاظم غريب آبادي", "2025-04-12"),
      ("MET_WITH", HAITHAM, ARAGHCHI, "استقبل جلالة السلطان هيثم بن طارق عراقجي", "2025-04-12"),
      ("MET_WITH", HAITHAM, KHALIDHILAL, "السيد خالد بن هلال البوسعيدي", "2025-04-12"),
      ("MET_WITH", ARAGHCHI, KHALIDHILAL, "السيد خالد بن هلال البوسعيدي", "2025-04-12"),
      ("LEADS", KHALIDHILAL, ROYALCOURT, "وزير ديوان البلاط"),
      ("VISITED", ARAGHCHI, MUSCAT, "اختُتمت في مسقط الجولة الأولى", "2025-04-12"),
      ("VISITED", WITKOFF, MUSCAT, "اختُتمت في مسقط الجولة الأولى", "2025-04-12"),
      ("LEADS", BADR, OMFM, "بوساطة وزير الخارجية العماني"),
      ],
     {"source": "blind set (Iranian state agency, Arabic service)", "published": "2025-04-13"}),

    ("enKO6_badr_grundberg_zindani", "en",
     "Sayyid Badr receives UN envoy, Yemeni foreign minister\n"
     "Muscat, Jan 14 (ONA) --- Sayyid Badr Hamad Al Busaidi, Minister of Foreign Affairs, received at the "
     "Ministry's General Diwan today Hans Grundberg, the UN Secretary-General's Special Envoy for Yemen. The "
     "meeting was attended by Sheikh Khalifa Ali Al Harthy, Undersecretary for Political Affairs.\n"
     "The two sides reviewed efforts to reach a comprehensive political settlement in Yemen.\n"
     "Sayyid Badr also received Dr. Shaya Mohsen Al Zindani, Minister of Foreign Affairs and Expatriates of "
     "the Republic of Yemen, accompanied by Dr. Abdulmalik Al Mikhlafi, Adviser to the Chairman of the "
     "Presidential Leadership Council.\n"
     "Separately, the Minister received Mohammed Abdulsalam, head of the Sanaa national delegation.\n"
     "A UN statement said Grundberg's planned meeting with the Sanaa delegation had been postponed.",
     [("MET_WITH", BADR, GRUNDBERG, "received at the Ministry's General Diwan today", "2025-01-14"),
      ("MET_WITH", BADR, HARTHY, "Sheikh Khalifa Ali Al Harthy", "2025-01-14"),
      ("MET_WITH", GRUNDBERG, HARTHY, "Sheikh Khalifa Ali Al Harthy", "2025-01-14"),
      ("VISITED", GRUNDBERG, MUSCAT, "received at the Ministry's General Diwan today", "2025-01-14"),
      ("MET_WITH", BADR, ZINDANI, "Sayyid Badr also received Dr. Shaya Mohsen Al Zindani", "2025-01-14"),
      ("MET_WITH", BADR, MIKHLAFI, "accompanied by Dr. Abdulmalik Al Mikhlafi", "2025-01-14"),
      ("MET_WITH", ZINDANI, MIKHLAFI, "accompanied by Dr. Abdulmalik Al Mikhlafi", "2025-01-14"),
      ("LEADS", ZINDANI, "organization:yemeni-foreign-ministry", "Minister of Foreign Affairs and Expatriates"),
      ("MET_WITH", BADR, ABDULSALAM, "the Minister received Mohammed Abdulsalam", "2025-01-14"),
      ("LEADS", ABDULSALAM, HDELEG, "head of the Sanaa national delegation"),
      ],
     {"source": "blind set (Omani news agency, English)", "published": "2025-01-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKO")
