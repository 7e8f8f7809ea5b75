"""Blind set FF: Iran 2024-2025 as told by an Iranian state outlet in English and Arabic (Press TV /
IRNA / Al-Alam style): the martyrdom of President Raisi and Foreign Minister Amir-Abdollahian in the
Varzaqan helicopter crash and the interim duties of Mokhber and Bagheri Kani (May 2024); the Leader's
endorsement of Masoud Pezeshkian (July 2024); parliament's vote of confidence in his cabinet (Aug 2024);
the martyred commanders of June 2025 and the Leader's new appointees; Araghchi and Witkoff in Muscat
via Albusaidi (April 2025); Rafael Grossi in Tehran (Nov 2024).
Style: formal titles, "the Leader of the Islamic Revolution", martyrdom language, "the Zionist regime";
a crash with no agent, condolence phone calls, a denied direct meeting, losing candidates, a planned
visit to Fordow, an injured (not killed) official.
Spellings: Amir-Abdollahian / أمير عبداللهيان, Bagheri Kani, Araghchi / عراقجي, Albusaidi / البوسعيدي,
Hajizadeh / حاجي زاده, Pakpour / باكبور.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run:
    python tests/data/extract_test_ff/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fh import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, US, OMAN = "country:iran", "country:israel", "country:united-states", "country:oman"
RAISI, AMIR, MOKH, BKANI = ("person:ebrahim-raisi", "person:hossein-amir-abdollahian",
                            "person:mohammad-mokhber", "person:ali-bagheri-kani")
KHAM, PEZ, ARA, JAL, GHAL = ("person:ali-khamenei", "person:masoud-pezeshkian", "person:abbas-araghchi",
                             "person:saeed-jalili", "person:mohammad-bagher-ghalibaf")
ALIYEV, RAHM, HASHEM = "person:ilham-aliyev", "person:malek-rahmati", "person:mohammad-ali-al-e-hashem"
AREF, NASIR, ASHT, MOM, VAH = ("person:mohammad-reza-aref", "person:aziz-nasirzadeh",
                               "person:mohammad-reza-ashtiani", "person:eskandar-momeni", "person:ahmad-vahidi")
PAKN, OWJI = "person:mohsen-paknejad", "person:javad-owji"
MBAG, SAL, RASH, HAJ = ("person:mohammad-bagheri", "person:hossein-salami", "person:gholam-ali-rashid",
                        "person:amir-ali-hajizadeh")
AMOUS, PAKP, SHAD, HAT, MMOUS = ("person:abdolrahim-mousavi", "person:mohammad-pakpour", "person:ali-shadmani",
                                 "person:amir-hatami", "person:majid-mousavi")
TEHR, ABBASI, SHAM = "person:mohammad-mehdi-tehranchi", "person:fereydoun-abbasi", "person:ali-shamkhani"
WIT, BUS, BAGH, RAV = ("person:steve-witkoff", "person:badr-albusaidi", "person:esmaeil-baghaei",
                       "person:majid-takht-ravanchi")
GROS, ESL, KAM = "person:rafael-grossi", "person:mohammad-eslami", "person:behrouz-kamalvandi"
GS, IRGC, ARMY, AERO = ("organization:iranian-armed-forces-general-staff", "organization:irgc",
                        "organization:iranian-army", "organization:irgc-aerospace-force")
KHQ = "organization:khatam-al-anbiya-central-headquarters"
MFA, PARL, GOV = "organization:iranian-foreign-ministry", "organization:iranian-parliament", "organization:iranian-government"
AEOI, IAEA = "organization:atomic-energy-organization-of-iran", "organization:iaea"

ARTICLES = [
    ("enFF1_raisi_amir_abdollahian_martyred", "en",
     "TEHRAN - President Ebrahim Raisi, Foreign Minister Hossein Amir-Abdollahian and their companions "
     "attained martyrdom on Sunday when their helicopter came down in the fog-covered forests near "
     "Varzaqan in East Azerbaijan province.\n"
     "Hours earlier, the president had met his Azerbaijani counterpart Ilham Aliyev on the border, where "
     "the two leaders inaugurated the Qiz Qalasi dam on the Aras river.\n"
     "Also martyred were Malek Rahmati, governor of East Azerbaijan, and Ayatollah Mohammad Ali Al-e "
     "Hashem, the Leader's representative in the province and Friday prayer leader of Tabriz.\n"
     "The cause of the crash is under investigation by a high-ranking committee.\n"
     "In line with Article 131 of the Constitution, the Leader of the Islamic Revolution, Ayatollah "
     "Seyyed Ali Khamenei, tasked First Vice President Mohammad Mokhber with running the executive "
     "branch, succeeding the martyred president for an interim period of 50 days.\n"
     "The cabinet then named Ali Bagheri Kani, the chief nuclear negotiator, acting foreign minister in "
     "place of Amir-Abdollahian.\n"
     "Leaders of several countries offered condolences in phone calls to Mokhber, Press TV reported.",
     [("LEADS", RAISI, IRAN, "President Ebrahim Raisi, Foreign"),
      ("LEADS", AMIR, MFA, "Foreign Minister Hossein Amir-Abdollahian and"),
      ("LOCATED_IN", "location:varzaqan", "location:east-azerbaijan-province", "Varzaqan in East Azerbaijan"),
      ("MET_WITH", RAISI, ALIYEV, "had met his Azerbaijani counterpart", "2024-05-19"),
      ("LEADS", ALIYEV, "country:azerbaijan", "Azerbaijani counterpart Ilham"),
      ("VISITED", RAISI, "location:qiz-qalasi-dam", "inaugurated the Qiz Qalasi dam", "2024-05-19"),
      ("VISITED", ALIYEV, "location:qiz-qalasi-dam", "the two leaders inaugurated", "2024-05-19"),
      ("LEADS", RAHM, "location:east-azerbaijan-province", "governor of East Azerbaijan"),
      ("LEADS", KHAM, IRAN, "the Leader of the Islamic Revolution, Ayatollah"),
      ("SUCCESSOR_OF", MOKH, RAISI, "succeeding the martyred president", "2024-05-20"),
      ("LEADS", MOKH, IRAN, "tasked First Vice President Mohammad Mokhber with running"),
      ("SUCCESSOR_OF", BKANI, AMIR, "acting foreign minister in", "2024-05-20"),
      ("LEADS", BKANI, MFA, "acting foreign minister in"),
      ("REPORTED_BY", MOKH, "outlet:press-tv", "Press TV reported"),
      ],
     {"source": "blind set (Press TV-style)", "published": "2024-05-20"}),

    ("arFF2_pezeshkian_endorsement", "ar",
     "طهران - العالم - أقيمت صباح اليوم الأحد في حسينية الإمام الخميني (رض) مراسم تنفيذ حكم رئاسة "
     "الجمهورية للدكتور مسعود بزشكيان، بحضور قائد الثورة الإسلامية سماحة آية الله العظمى السيد علي "
     "الخامنئي.\n"
     "وكان بزشكيان قد فاز في الجولة الثانية من الانتخابات الرئاسية على منافسه سعيد جليلي، بعد أن "
     "خرج من السباق في الجولة الأولى رئيس مجلس الشورى محمد باقر قاليباف وآخرون.\n"
     "وبذلك يخلف الرئيسُ الجديد الشهيدَ آية الله إبراهيم رئيسي الذي استشهد في حادث المروحية في شهر "
     "أيار/مايو الماضي.\n"
     "وتلا رئيس مكتب قائد الثورة محمد محمدي كلبايكاني نص الحكم، فيما ألقى القائم بأعمال رئيس "
     "الجمهورية محمد مخبر كلمة قدّم فيها تقريراً عن أداء الحكومة خلال الفترة الانتقالية.\n"
     "وعقب المراسم استقبل سماحة القائد الرئيسَ بزشكيان في لقاء خاص، وأوصاه بمواصلة "
     "نهج الشهيد رئيسي.\n"
     "ومن المقرر أن يؤدي بزشكيان اليمين الدستورية أمام مجلس الشورى الإسلامي يوم الثلاثاء.",
     [("LEADS", KHAM, IRAN, "قائد الثورة الإسلامية سماحة"),
      ("LEADS", PEZ, IRAN, "مراسم تنفيذ حكم رئاسة الجمهورية للدكتور", "2024-07-28"),
      ("LEADS", GHAL, PARL, "رئيس مجلس الشورى محمد باقر"),
      ("SUCCESSOR_OF", PEZ, RAISI, "يخلف الرئيسُ الجديد", "2024-07-28"),
      ("LEADS", MOKH, IRAN, "القائم بأعمال رئيس الجمهورية محمد مخبر"),
      ("MET_WITH", KHAM, PEZ, "استقبل سماحة القائد", "2024-07-28"),
      ("REPORTED_BY", PEZ, "outlet:al-alam", "طهران - العالم -"),
      ],
     {"source": "blind set (Al-Alam-style Arabic)", "published": "2024-07-28"}),

    ("enFF3_cabinet_vote_of_confidence", "en",
     "TEHRAN - The Islamic Consultative Assembly on Wednesday gave a vote of confidence to all 19 "
     "ministers proposed by President Masoud Pezeshkian, the first time since 2001 that a full cabinet "
     "has been approved.\n"
     "Seasoned diplomat Abbas Araghchi, who won 247 votes, takes over the Foreign Ministry from acting "
     "minister Ali Bagheri Kani.\n"
     "Brigadier General Aziz Nasirzadeh replaces Mohammad Reza Ashtiani at the Defense Ministry, while "
     "Eskandar Momeni succeeded Ahmad Vahidi as interior minister and Mohsen Paknejad was confirmed as oil "
     "minister, replacing Javad Owji.\n"
     "Before the vote, the president met Speaker Mohammad Bagher Ghalibaf and the heads of parliamentary "
     "factions at the legislature.\n"
     "Earlier this month Mohammad Reza Aref was appointed first vice president, the post previously "
     "held by Mohammad Mokhber.\n"
     "Some lawmakers had threatened to reject the nominee for the Ministry of Culture, but he too "
     "secured a majority, IRNA reported.",
     [("LEADS", PEZ, IRAN, "proposed by President Masoud"),
      ("LEADS", ARA, MFA, "takes over the Foreign Ministry", "2024-08-21"),
      ("SUCCESSOR_OF", ARA, BKANI, "takes over the Foreign Ministry", "2024-08-21"),
      ("MEMBER_OF", NASIR, GOV, "Nasirzadeh replaces"),
      ("SUCCESSOR_OF", NASIR, ASHT, "Nasirzadeh replaces", "2024-08-21"),
      ("LEADS", NASIR, "organization:iranian-defence-ministry", "Nasirzadeh replaces"),
      ("SUCCESSOR_OF", MOM, VAH, "Momeni succeeded Ahmad Vahidi", "2024-08-21"),
      ("LEADS", MOM, "organization:iranian-interior-ministry", "Momeni succeeded Ahmad Vahidi"),
      ("SUCCESSOR_OF", PAKN, OWJI, "replacing Javad Owji", "2024-08-21"),
      ("LEADS", PAKN, "organization:iranian-oil-ministry", "confirmed as oil"),
      ("MET_WITH", PEZ, GHAL, "the president met Speaker", "2024-08-21"),
      ("LEADS", GHAL, PARL, "the president met Speaker"),
      ("SUCCESSOR_OF", AREF, MOKH, "the post previously", "2024-08"),
      ("REPORTED_BY", ARA, "outlet:irna", "IRNA reported"),
      ],
     {"source": "blind set (Tehran Times / IRNA-style)", "published": "2024-08-21"}),

    ("arFF4_martyred_commanders_new_appointees", "ar",
     "طهران - إرنا - نعت القوات المسلحة للجمهورية الإسلامية الإيرانية كوكبة من قادتها الذين ارتقوا "
     "شهداء فجر الجمعة في العدوان الذي شنّه الكيان الصهيوني على طهران وعدة مدن أخرى.\n"
     "ومن بين الشهداء رئيس هيئة الأركان العامة للقوات المسلحة اللواء محمد باقري، والقائد العام لحرس "
     "الثورة الإسلامية اللواء حسين سلامي، وقائد مقر خاتم الأنبياء المركزي اللواء غلام علي رشيد، وقائد "
     "القوة الجوفضائية العميد أمير علي حاجي زاده.\n"
     "كما استشهد العالمان النوويان محمد مهدي طهرانجي وفريدون عباسي في منزليهما، فيما أصيب مستشار القائد "
     "علي شمخاني بجروح.\n"
     "وفي أحكام منفصلة، عيّن سماحة قائد الثورة الإسلامية اللواء عبد الرحيم موسوي رئيساً لهيئة الأركان "
     "العامة خلفاً للشهيد باقري، واللواء محمد باكبور قائداً عاماً للحرس خلفاً للشهيد سلامي، واللواء علي "
     "شادماني قائداً لمقر خاتم الأنبياء خلفاً للشهيد رشيد.\n"
     "وعُيّن اللواء أمير حاتمي قائداً عاماً للجيش بدلاً من موسوي.",
     [("ASSASSINATED_BY", MBAG, ISRAEL, "شنّه الكيان الصهيوني", "2025-06-13"),
      ("ASSASSINATED_BY", SAL, ISRAEL, "شنّه الكيان الصهيوني", "2025-06-13"),
      ("ASSASSINATED_BY", RASH, ISRAEL, "شنّه الكيان الصهيوني", "2025-06-13"),
      ("ASSASSINATED_BY", HAJ, ISRAEL, "شنّه الكيان الصهيوني", "2025-06-13"),
      ("ATTACKED", ISRAEL, "location:tehran", "شنّه الكيان الصهيوني على طهران", "2025-06-13"),
      ("LEADS", MBAG, GS, "اللواء محمد باقري"),
      ("LEADS", SAL, IRGC, "اللواء حسين سلامي"),
      ("LEADS", RASH, KHQ, "اللواء غلام علي رشيد"),
      ("LEADS", HAJ, AERO, "العميد أمير علي حاجي زاده"),
      ("LEADS", AMOUS, GS, "خلفاً للشهيد باقري"),
      ("SUCCESSOR_OF", AMOUS, MBAG, "خلفاً للشهيد باقري", "2025-06-13"),
      ("LEADS", PAKP, IRGC, "خلفاً للشهيد سلامي"),
      ("SUCCESSOR_OF", PAKP, SAL, "خلفاً للشهيد سلامي", "2025-06-13"),
      ("LEADS", SHAD, KHQ, "شادماني قائداً لمقر"),
      ("SUCCESSOR_OF", SHAD, RASH, "خلفاً للشهيد رشيد", "2025-06-13"),
      ("LEADS", HAT, ARMY, "حاتمي قائداً عاماً للجيش"),
      ("SUCCESSOR_OF", HAT, AMOUS, "بدلاً من موسوي", "2025-06-13"),
      ("LEADS", KHAM, IRAN, "عيّن سماحة قائد الثورة"),
      ("REPORTED_BY", MBAG, "outlet:irna", "طهران - إرنا -"),
      ],
     {"source": "blind set (IRNA-style Arabic)", "published": "2025-06-13"}),

    ("enFF5_araghchi_witkoff_muscat", "en",
     "MUSCAT - Iran and the United States held indirect talks in the Omani capital on Saturday, with "
     "Foreign Minister Seyyed Abbas Araghchi and US envoy Steve Witkoff exchanging messages through their "
     "host, Omani Foreign Minister Badr Albusaidi.\n"
     "Araghchi was received by Albusaidi at the start of the talks and conveyed Tehran's positions, "
     "which the Omani minister relayed to the American delegation seated in a separate hall; Albusaidi "
     "also met Witkoff several times during the afternoon.\n"
     "The Iranian delegation included Deputy Foreign Minister Majid Takht-Ravanchi and ministry "
     "spokesman Esmaeil Baghaei.\n"
     "Baghaei dismissed reports of a direct meeting between the two heads of delegation as "
     "\"inaccurate\", saying they only exchanged a few words in Albusaidi's presence on leaving.\n"
     "Both sides agreed to hold the next round on April 19, and Araghchi later briefed President "
     "Pezeshkian by telephone, IRNA said.",
     [("LOCATED_IN", "location:muscat", OMAN, "in the Omani capital"),
      ("LEADS", ARA, MFA, "Foreign Minister Seyyed Abbas Araghchi"),
      ("LEADS", BUS, "organization:omani-foreign-ministry", "Omani Foreign Minister Badr"),
      ("MET_WITH", ARA, BUS, "Araghchi was received by Albusaidi", "2025-04-12"),
      ("MET_WITH", BUS, WIT, "also met Witkoff", "2025-04-12"),
      ("VISITED", ARA, "location:muscat", "MUSCAT - Iran", "2025-04-12"),
      ("MEMBER_OF", RAV, MFA, "Deputy Foreign Minister Majid"),
      ("MEMBER_OF", BAGH, MFA, "ministry spokesman Esmaeil"),
      ("REPORTED_BY", ARA, "outlet:irna", "IRNA said"),
      ],
     {"source": "blind set (Press TV-style)", "published": "2025-04-12"}),

    ("arFF6_grossi_in_tehran", "ar",
     "طهران - تسنيم - استقبل وزير الخارجية السيد عباس عراقجي، مساء الأربعاء، المدير العام للوكالة "
     "الدولية للطاقة الذرية رافائيل غروسي الذي وصل إلى طهران في زيارة رسمية تستغرق يومين.\n"
     "وأكد عراقجي خلال اللقاء أن الجمهورية الإسلامية مستعدة للتفاوض على أساس مصالحها الوطنية، لكنها "
     "لن تتفاوض تحت الضغط والترهيب.\n"
     "وفي اليوم التالي التقى غروسي رئيسَ منظمة الطاقة الذرية الإيرانية ونائب رئيس الجمهورية محمد "
     "إسلامي بحضور المتحدث باسم المنظمة بهروز كمالوندي، كما استقبله رئيس الجمهورية الدكتور مسعود "
     "بزشكيان في مقر الرئاسة.\n"
     "وكان غروسي قد أجرى اتصالاً هاتفياً بعراقجي الشهر الماضي للتمهيد للزيارة.\n"
     "ولم تؤكد المصادر الرسمية ما تردد عن زيارة مرتقبة للمسؤول الأممي إلى منشأة فوردو.",
     [("LEADS", ARA, MFA, "استقبل وزير الخارجية"),
      ("MET_WITH", ARA, GROS, "استقبل وزير الخارجية", "2024-11-13"),
      ("LEADS", GROS, IAEA, "المدير العام للوكالة"),
      ("VISITED", GROS, "location:tehran", "وصل إلى طهران", "2024-11-13"),
      ("MET_WITH", GROS, ESL, "التقى غروسي رئيسَ منظمة", "2024-11-14"),
      ("MET_WITH", GROS, KAM, "بحضور المتحدث باسم", "2024-11-14"),
      ("MET_WITH", ESL, KAM, "بحضور المتحدث باسم", "2024-11-14"),
      ("LEADS", ESL, AEOI, "التقى غروسي رئيسَ منظمة"),
      ("MEMBER_OF", KAM, AEOI, "بحضور المتحدث باسم"),
      ("MET_WITH", GROS, PEZ, "كما استقبله رئيس الجمهورية", "2024-11-14"),
      ("LEADS", PEZ, IRAN, "كما استقبله رئيس الجمهورية"),
      ("REPORTED_BY", GROS, "outlet:tasnim", "طهران - تسنيم -"),
      ],
     {"source": "blind set (Tasnim-style Arabic)", "published": "2024-11-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFF")
