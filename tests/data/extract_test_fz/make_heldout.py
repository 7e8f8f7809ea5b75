"""Blind set FZ: Afghanistan and Pakistan 2013-2025 as live blogs and timelines with short dated
entries and quotes: who has led the Pakistani Taliban, Hakimullah to Noor Wali (English timeline);
the fall of Kabul and the first Taliban cabinet, with Burns meeting Baradar and Faiz Hameed's
arrival (Aug-Sep 2021, Arabic live blog); the opening of the intra-Afghan talks in Doha with Pompeo,
Abdullah and Baradar, and Abdul Hakim Haqqani taking over the Taliban team (Sep 2020, English live
blog); Pakistani-Afghan meetings 2023-2025, the Kakar caretaker government and the new special
envoy (Arabic timeline); the road to the Doha deal 2018-2019 (English timeline); Taliban delegations
abroad in 2021: Tianjin, Moscow, Islamabad and the Troika Plus (Arabic timeline).
Style: dated or timestamped entries, subjects left implicit or given by title, quotes, short
sentences; later entries refer back by surname or description ("the envoy", "الوفد").
Traps: a video link, a phone call, a cancelled Camp David meeting, a denied meeting with the
Taliban leader, a killing with no stated agent (the Kabul explosions of Oct 2025), strikes blamed by
Kabul on Islamabad, a prisoner swap, a meeting of the Troika Plus with no Taliban member in it.
Spellings: Mullah Fazlullah, Mufti Noor Wali Mehsud, Biradar / برادر, Mawlawi Abdul Hakim Haqqani,
Sher Mohammad Abbas Stanekzai, بيلاول بوتو زرداري, تشين غانغ, يوي شياو يونغ, كابولوف.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fz import ALL  # noqa: E402

HERE = Path(__file__).parent

AFG, PAK, US, QATAR = "country:afghanistan", "country:pakistan", "country:united-states", "country:qatar"
TAL, TPO, TGOV, HQN, TTP = ("organization:taliban", "organization:taliban-political-office",
                            "organization:taliban-government", "organization:haqqani-network",
                            "organization:ttp")
AFM, AMOI, HCNR = ("organization:afghan-foreign-ministry", "organization:afghan-interior-ministry",
                   "organization:high-council-for-national-reconciliation")
PGOV, PFM, PMOI, ISI, PARMY = ("organization:pakistani-government", "organization:pakistani-foreign-ministry",
                               "organization:pakistani-interior-ministry", "organization:isi",
                               "organization:pakistan-army")
CIA, DOS, QFM, CFM, RFM, IRFM, IFM = ("organization:cia", "organization:us-state-department",
                                      "organization:qatari-foreign-ministry",
                                      "organization:chinese-foreign-ministry",
                                      "organization:russian-foreign-ministry",
                                      "organization:iranian-foreign-ministry",
                                      "organization:indian-foreign-ministry")
HAKIM, FAZL, NWM, NISAR = ("person:hakimullah-mehsud", "person:mullah-fazlullah", "person:noor-wali-mehsud",
                           "person:chaudhry-nisar-ali-khan")
GHANI, BAJWA, FAIZ, SIRAJ = ("person:ashraf-ghani", "person:qamar-javed-bajwa", "person:faiz-hameed",
                             "person:sirajuddin-haqqani")
BAR, KARZAI, ABDULLAH, ANAS = ("person:abdul-ghani-baradar", "person:hamid-karzai",
                               "person:abdullah-abdullah", "person:anas-haqqani")
BURNS, MUJ, HASAN = "person:william-burns", "person:zabihullah-mujahid", "person:mohammad-hasan-akhund"
POMP, MBAR, KHAL, JAI = ("person:mike-pompeo", "person:mohammed-bin-abdulrahman-al-thani",
                         "person:zalmay-khalilzad", "person:subrahmanyam-jaishankar")
AHH, SMAS = "person:abdul-hakim-haqqani", "person:sher-mohammad-abbas-stanekzai"
BILAWAL, QIN, MUTT, MUNIR = ("person:bilawal-bhutto-zardari", "person:qin-gang", "person:amir-khan-muttaqi",
                             "person:asim-munir")
KAKAR, SHEHBAZ, SADIQ, DURRANI = ("person:anwaar-ul-haq-kakar", "person:shehbaz-sharif",
                                  "person:mohammad-sadiq", "person:asif-durrani")
DAR, WANG, TRUMP = "person:ishaq-dar", "person:wang-yi", "person:donald-trump"
LAVROV, HANAFI, KABULOV, WEST, YUE = ("person:sergei-lavrov", "person:abdul-salam-hanafi",
                                      "person:zamir-kabulov", "person:thomas-west", "person:yue-xiaoyong")
BLINKEN, QURESHI, HAA = ("person:antony-blinken", "person:shah-mahmood-qureshi",
                         "person:hossein-amir-abdollahian")

ARTICLES = [
    ("enFZ1_ttp_leaders_timeline", "en",
     "TIMELINE: Who has led the Pakistani Taliban\n"
     "Nov 1, 2013 - TTP chief Hakimullah Mehsud is killed by a U.S. drone strike near Miranshah, North "
     "Waziristan, a day before a government team was due to open talks with the group, a strike Interior "
     "Minister Chaudhry Nisar Ali Khan says \"sabotaged\" the peace effort.\n"
     "Nov 7, 2013 - The TTP shura picks Mullah Fazlullah, the Swat commander behind the 2012 attack on Malala "
     "Yousafzai, to succeed Hakimullah.\n"
     "June 13, 2018 - Fazlullah dies in a U.S. strike in Afghanistan's Kunar province, the Afghan defence "
     "ministry later confirms. President Ashraf Ghani informs army chief Gen Qamar Javed Bajwa by telephone.\n"
     "June 23, 2018 - Mufti Noor Wali Mehsud is named the new emir, replacing Fazlullah.\n"
     "May 2022 - A Pakistani team led by Peshawar corps commander Lt Gen Faiz Hameed holds talks in Kabul "
     "with TTP leaders, hosted by Sirajuddin Haqqani.\n"
     "Oct 9, 2025 - Explosions rock Kabul; Noor Wali says in an audio message that he is unharmed.",
     [("LEADS", HAKIM, TTP, "TTP chief Hakimullah"),
      ("ASSASSINATED_BY", HAKIM, US, "is killed by a U.S. drone strike", "2013-11-01"),
      ("LOCATED_IN", "location:miranshah", "location:north-waziristan", "near Miranshah, North"),
      ("LEADS", NISAR, PMOI, "Interior Minister"),
      ("SUCCESSOR_OF", FAZL, HAKIM, "to succeed Hakimullah", "2013-11-07"),
      ("LEADS", FAZL, TTP, "The TTP shura picks", "2013-11-07"),
      ("ASSASSINATED_BY", FAZL, US, "Fazlullah dies in a U.S. strike", "2018-06-13"),
      ("LOCATED_IN", "location:kunar-province", AFG, "Afghanistan's Kunar province"),
      ("LEADS", GHANI, AFG, "President Ashraf Ghani informs"),
      ("LEADS", BAJWA, PARMY, "army chief Gen Qamar"),
      ("SUCCESSOR_OF", NWM, FAZL, "replacing Fazlullah", "2018-06-23"),
      ("LEADS", NWM, TTP, "is named the new emir", "2018-06-23"),
      ("MET_WITH", FAIZ, TTP, "with TTP leaders", "2022-05"),
      ("MET_WITH", FAIZ, SIRAJ, "A Pakistani team led by", "2022-05"),
      ("MET_WITH", SIRAJ, TTP, "hosted by Sirajuddin Haqqani", "2022-05"),
      ("VISITED", FAIZ, "location:kabul", "holds talks in Kabul", "2022-05"),
      ("MEMBER_OF", FAIZ, PARMY, "Peshawar corps commander"),
      ],
     {"source": "blind set (live blogs and timelines, English)", "published": "2025-10-10"}),

    ("arFZ2_fall_of_kabul_live", "ar",
     "تغطية مباشرة | أفغانستان بعد سقوط كابل\n"
     "15 أغسطس 2021 - 18:40: الرئيس أشرف غني يغادر البلاد، ومقاتلو طالبان يدخلون القصر الرئاسي.\n"
     "17 أغسطس - 14:10: الملا عبد الغني برادر، رئيس المكتب السياسي للحركة، يصل إلى قندهار قادماً من "
     "الدوحة على متن طائرة قطرية.\n"
     "18 أغسطس - 11:25: الرئيس السابق حامد كرزاي ورئيس المجلس الأعلى للمصالحة عبد الله عبد الله يلتقيان "
     "في العاصمة القيادي في شبكة حقاني أنس حقاني.\n"
     "24 أغسطس - 09:00: واشنطن بوست: مدير وكالة المخابرات المركزية ويليام بيرنز التقى برادر سراً في كابل "
     "أمس.\n"
     "4 سبتمبر - 17:30: رئيس الاستخبارات الباكستانية الجنرال فيض حميد يصل إلى كابل بدعوة من الحركة، "
     "والمتحدث باسمها ينفي أن يكون قد التقى زعيمها.\n"
     "7 سبتمبر - 20:15: المتحدث باسم الحركة ذبيح الله مجاهد يعلن حكومة مؤقتة برئاسة الملا محمد حسن آخوند، "
     "وبرادر نائباً له، وسراج الدين حقاني وزيراً للداخلية.",
     [("LEADS", GHANI, AFG, "الرئيس أشرف غني يغادر"),
      ("LEADS", BAR, TPO, "رئيس المكتب السياسي للحركة"),
      ("VISITED", BAR, "location:kandahar", "يصل إلى قندهار", "2021-08-17"),
      ("MET_WITH", KARZAI, ANAS, "يلتقيان في العاصمة", "2021-08-18"),
      ("MET_WITH", ABDULLAH, ANAS, "القيادي في شبكة حقاني", "2021-08-18"),
      ("MET_WITH", KARZAI, ABDULLAH, "الرئيس السابق حامد كرزاي", "2021-08-18"),
      ("LEADS", ABDULLAH, HCNR, "ورئيس المجلس الأعلى للمصالحة"),
      ("MEMBER_OF", ANAS, HQN, "شبكة حقاني أنس"),
      ("MET_WITH", BURNS, BAR, "التقى برادر سراً", "2021-08-23"),
      ("LEADS", BURNS, CIA, "مدير وكالة المخابرات المركزية"),
      ("VISITED", BURNS, "location:kabul", "سراً في كابل", "2021-08-23"),
      ("REPORTED_BY", BURNS, "outlet:washington-post", "واشنطن بوست: مدير"),
      ("LEADS", FAIZ, ISI, "رئيس الاستخبارات الباكستانية"),
      ("VISITED", FAIZ, "location:kabul", "فيض حميد يصل إلى كابل", "2021-09-04"),
      ("MEMBER_OF", MUJ, TAL, "المتحدث باسم الحركة ذبيح"),
      ("LEADS", HASAN, TGOV, "حكومة مؤقتة برئاسة", "2021-09-07"),
      ("MEMBER_OF", BAR, TGOV, "وبرادر نائباً له", "2021-09-07"),
      ("LEADS", SIRAJ, AMOI, "وزيراً للداخلية", "2021-09-07"),
      ],
     {"source": "blind set (live blogs and timelines, Arabic)", "published": "2021-09-07"}),

    ("enFZ3_intra_afghan_talks_live", "en",
     "LIVE: Intra-Afghan negotiations open in Doha\n"
     "08:15 - Secretary of State Mike Pompeo has arrived in Doha for the opening ceremony, his second trip to "
     "Qatar this year.\n"
     "09:02 - Qatar's Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani opens the session, with Dr "
     "Abdullah Abdullah's government team and Mullah Baradar's Taliban delegation seated facing each other.\n"
     "09:20 - Abdullah, head of the High Council for National Reconciliation, tells the hall that the government wants a "
     "\"humanitarian ceasefire\", while the Taliban's deputy leader calls for \"an Islamic system\".\n"
     "09:45 - India's External Affairs Minister S. Jaishankar addresses the ceremony by video link.\n"
     "11:30 - Pompeo meets separately with Baradar and then with Abdullah, with envoy Zalmay Khalilzad sitting "
     "in on both meetings.\n"
     "13:10 - The Taliban confirm that Mawlawi Abdul Hakim Haqqani, their chief justice, now leads their "
     "negotiating team, taking over from Sher Mohammad Abbas Stanekzai, who becomes his deputy.",
     [("LEADS", POMP, DOS, "Secretary of State Mike Pompeo"),
      ("VISITED", POMP, "location:doha", "has arrived in Doha", "2020-09-12"),
      ("LEADS", MBAR, QFM, "Qatar's Foreign Minister Sheikh"),
      ("MET_WITH", MBAR, ABDULLAH, "opens the session, with Dr", "2020-09-12"),
      ("MET_WITH", MBAR, BAR, "Mullah Baradar's Taliban delegation", "2020-09-12"),
      ("MET_WITH", ABDULLAH, BAR, "seated facing each other", "2020-09-12"),
      ("LEADS", ABDULLAH, HCNR, "head of the High Council"),
      ("MEMBER_OF", BAR, TAL, "Mullah Baradar's Taliban delegation"),
      ("LEADS", JAI, IFM, "India's External Affairs Minister"),
      ("MET_WITH", POMP, BAR, "Pompeo meets separately with Baradar", "2020-09-12"),
      ("MET_WITH", POMP, ABDULLAH, "and then with Abdullah", "2020-09-12"),
      ("MET_WITH", KHAL, POMP, "with envoy Zalmay Khalilzad", "2020-09-12"),
      ("MET_WITH", KHAL, BAR, "in on both meetings", "2020-09-12"),
      ("MET_WITH", KHAL, ABDULLAH, "Khalilzad sitting", "2020-09-12"),
      ("SUCCESSOR_OF", AHH, SMAS, "taking over from Sher Mohammad", "2020-09"),
      ("MEMBER_OF", AHH, TAL, "The Taliban confirm that Mawlawi"),
      ("MEMBER_OF", SMAS, TAL, "who becomes his deputy"),
      ],
     {"source": "blind set (live blogs and timelines, English)", "published": "2020-09-12"}),

    ("arFZ4_pak_afghan_meetings_timeline", "ar",
     "خط زمني | لقاءات المسؤولين الباكستانيين والأفغان منذ 2023\n"
     "6 مايو 2023: وزير الخارجية الباكستاني بيلاول بوتو زرداري يستضيف في إسلام آباد نظيريه الصيني تشين غانغ "
     "والأفغاني أمير خان متقي في حوار ثلاثي.\n"
     "8 مايو 2023: قائد الجيش الباكستاني الجنرال عاصم منير يستقبل متقي في روالبندي.\n"
     "14 أغسطس 2023: أنوار الحق كاكر يؤدي اليمين رئيساً لحكومة تصريف الأعمال خلفاً لشهباز شريف.\n"
     "ديسمبر 2024: إسلام آباد تعيد السفير محمد صادق ممثلاً خاصاً لأفغانستان خلفاً لآصف دراني، بعد غارات على "
     "ولاية بكتيكا اتهمت كابل باكستان بشنّها.\n"
     "19 أبريل 2025: نائب رئيس الوزراء إسحاق دار في كابل، حيث يجتمع بمتقي ويستقبله رئيس الوزراء بالوكالة "
     "محمد حسن آخوند.\n"
     "21 مايو 2025: وانغ يي يجمع دار ومتقي في بكين في لقاء ثلاثي غير رسمي.",
     [("LEADS", BILAWAL, PFM, "وزير الخارجية الباكستاني بيلاول"),
      ("MET_WITH", BILAWAL, QIN, "يستضيف في إسلام آباد نظيريه", "2023-05-06"),
      ("MET_WITH", BILAWAL, MUTT, "والأفغاني أمير خان متقي", "2023-05-06"),
      ("MET_WITH", QIN, MUTT, "في حوار ثلاثي", "2023-05-06"),
      ("VISITED", QIN, "location:islamabad", "يستضيف في إسلام آباد", "2023-05-06"),
      ("VISITED", MUTT, "location:islamabad", "في إسلام آباد نظيريه", "2023-05-06"),
      ("LEADS", QIN, CFM, "نظيريه الصيني تشين غانغ"),
      ("LEADS", MUTT, AFM, "والأفغاني أمير"),
      ("LEADS", MUNIR, PARMY, "قائد الجيش الباكستاني الجنرال"),
      ("MET_WITH", MUNIR, MUTT, "يستقبل متقي في روالبندي", "2023-05-08"),
      ("VISITED", MUTT, "location:rawalpindi", "متقي في روالبندي", "2023-05-08"),
      ("SUCCESSOR_OF", KAKAR, SHEHBAZ, "خلفاً لشهباز شريف", "2023-08-14"),
      ("LEADS", KAKAR, PGOV, "رئيساً لحكومة تصريف الأعمال", "2023-08-14"),
      ("SUCCESSOR_OF", SADIQ, DURRANI, "خلفاً لآصف دراني", "2024-12"),
      ("VISITED", DAR, "location:kabul", "إسحاق دار في كابل", "2025-04-19"),
      ("MEMBER_OF", DAR, PGOV, "نائب رئيس الوزراء إسحاق"),
      ("MET_WITH", DAR, MUTT, "حيث يجتمع بمتقي", "2025-04-19"),
      ("MET_WITH", DAR, HASAN, "ويستقبله رئيس الوزراء بالوكالة", "2025-04-19"),
      ("LEADS", HASAN, TGOV, "رئيس الوزراء بالوكالة محمد"),
      ("MET_WITH", WANG, DAR, "وانغ يي يجمع دار", "2025-05-21"),
      ("MET_WITH", WANG, MUTT, "ومتقي في بكين", "2025-05-21"),
      ("VISITED", DAR, "location:beijing", "في بكين في لقاء", "2025-05-21"),
      ("VISITED", MUTT, "location:beijing", "يجمع دار ومتقي", "2025-05-21"),
      ],
     {"source": "blind set (live blogs and timelines, Arabic)", "published": "2025-06-01"}),

    ("enFZ5_road_to_doha_timeline", "en",
     "TIMELINE: The road to the U.S.-Taliban deal\n"
     "Sept 5, 2018 - Secretary of State Mike Pompeo names veteran diplomat Zalmay Khalilzad as special envoy "
     "for Afghan reconciliation.\n"
     "Oct 24, 2018 - Pakistan frees Mullah Abdul Ghani Biradar, the Taliban co-founder held in Karachi since "
     "2010.\n"
     "Jan 24, 2019 - The Taliban appoint Biradar head of their political office in Qatar, replacing Sher "
     "Mohammad Abbas Stanekzai, who stays on the negotiating team.\n"
     "Feb 25, 2019 - Khalilzad and Biradar meet for the first time in Doha, at a session hosted by Qatar's "
     "Deputy Prime Minister and Foreign Minister, Sheikh Mohammed bin Abdulrahman Al Thani.\n"
     "Sept 7, 2019 - President Donald Trump calls off a secret Camp David meeting with Taliban leaders and "
     "Afghan President Ashraf Ghani, citing a Kabul bombing that killed a U.S. soldier.\n"
     "Nov 19, 2019 - Anas Haqqani, brother of Sirajuddin Haqqani, is freed in exchange for an American and "
     "an Australian professor held by the group.",
     [("LEADS", POMP, DOS, "Secretary of State Mike Pompeo names"),
      ("SUCCESSOR_OF", BAR, SMAS, "replacing Sher", "2019-01-24"),
      ("LEADS", BAR, TPO, "appoint Biradar head of their political office", "2019-01-24"),
      ("LOCATED_IN", TPO, QATAR, "political office in Qatar"),
      ("MET_WITH", KHAL, BAR, "meet for the first time in Doha", "2019-02-25"),
      ("MET_WITH", KHAL, MBAR, "at a session hosted by", "2019-02-25"),
      ("MET_WITH", BAR, MBAR, "Deputy Prime Minister and Foreign Minister", "2019-02-25"),
      ("LEADS", MBAR, QFM, "and Foreign Minister, Sheikh"),
      ("VISITED", KHAL, "location:doha", "for the first time in Doha", "2019-02-25"),
      ("LEADS", TRUMP, US, "President Donald Trump calls off"),
      ("LEADS", GHANI, AFG, "Afghan President Ashraf Ghani"),
      ],
     {"source": "blind set (live blogs and timelines, English)", "published": "2020-02-28"}),

    ("arFZ6_taliban_abroad_2021", "ar",
     "خط زمني | وفود طالبان في العواصم الأجنبية عام 2021\n"
     "28 يوليو: وزير الخارجية الصيني وانغ يي يستقبل في مدينة تيانجين وفداً من الحركة برئاسة الملا عبد الغني "
     "برادر، ويصفها بأنها «قوة عسكرية وسياسية محورية».\n"
     "18 أكتوبر: وزير الخارجية الأميركي أنتوني بلينكن يعلن أن توماس ويست خلف زلماي خليل زاد مبعوثاً خاصاً "
     "لأفغانستان، بعد استقالة الأخير.\n"
     "20 أكتوبر: وزير الخارجية الروسي سيرغي لافروف يفتتح في موسكو جولة جديدة من «صيغة موسكو» بحضور وفد "
     "برئاسة نائب رئيس الوزراء عبد السلام حنفي، الذي التقى على هامشها المبعوث الرئاسي الروسي زامير كابولوف.\n"
     "11 نوفمبر: وزير الخارجية أمير خان متقي يصل إلى إسلام آباد ويلتقي نظيره شاه محمود قرشي، بالتزامن مع "
     "اجتماع «الترويكا الموسعة» الذي ضم ويست وكابولوف والمبعوث الصيني يوي شياو يونغ.\n"
     "1 ديسمبر: متقي يبحث مع نظيره الإيراني حسين أمير عبد اللهيان في اتصال هاتفي ملف اللاجئين.",
     [("LEADS", WANG, CFM, "وزير الخارجية الصيني وانغ"),
      ("MET_WITH", WANG, BAR, "يستقبل في مدينة تيانجين", "2021-07-28"),
      ("VISITED", BAR, "location:tianjin", "في مدينة تيانجين وفداً", "2021-07-28"),
      ("LEADS", BLINKEN, DOS, "وزير الخارجية الأميركي أنتوني"),
      ("SUCCESSOR_OF", WEST, KHAL, "خلف زلماي خليل زاد", "2021-10-18"),
      ("LEADS", LAVROV, RFM, "وزير الخارجية الروسي سيرغي"),
      ("MET_WITH", LAVROV, HANAFI, "بحضور وفد برئاسة", "2021-10-20"),
      ("VISITED", HANAFI, "location:moscow", "يفتتح في موسكو", "2021-10-20"),
      ("MEMBER_OF", HANAFI, TGOV, "نائب رئيس الوزراء عبد السلام"),
      ("MET_WITH", HANAFI, KABULOV, "الذي التقى على هامشها", "2021-10-20"),
      ("LEADS", MUTT, AFM, "وزير الخارجية أمير خان"),
      ("VISITED", MUTT, "location:islamabad", "يصل إلى إسلام آباد", "2021-11-11"),
      ("MET_WITH", MUTT, QURESHI, "ويلتقي نظيره شاه محمود", "2021-11-11"),
      ("LEADS", QURESHI, PFM, "نظيره شاه محمود قرشي"),
      ("MET_WITH", WEST, KABULOV, "الذي ضم ويست", "2021-11-11"),
      ("MET_WITH", WEST, YUE, "والمبعوث الصيني يوي", "2021-11-11"),
      ("MET_WITH", KABULOV, YUE, "وكابولوف والمبعوث", "2021-11-11"),
      ("LEADS", HAA, IRFM, "نظيره الإيراني حسين"),
      ],
     {"source": "blind set (live blogs and timelines, Arabic)", "published": "2021-12-02"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFZ")
