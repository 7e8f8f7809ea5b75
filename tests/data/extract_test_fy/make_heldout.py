"""Blind set FY: Afghanistan and Pakistan 2018-2025 in the regional press: the Doha ceasefire talks
between Khawaja Asif and Mullah Yaqoob hosted by Al-Khulaifi after the Kabul strikes said to have
targeted Noor Wali Mehsud (Oct 2025, Dawn-like English); the Qatari prime minister with Hibatullah in
Kandahar and the Qatari envoy al-Qahtani's Kabul rounds (May 2023, Al Jazeera-like Arabic); Nadeem
Anjum taking over the ISI from Faiz Hameed, with Hameed's and Qureshi's Kabul trips (Nov 2021,
English); Khalil Haqqani killed in Kabul in an ISIS-K bombing, the Haqqani succession and Sirajuddin
in Abu Dhabi (Dec 2024, Arabic); Imran Khan in Kabul with Ghani, Abdullah and Baradar in Islamabad
(Nov 2020, English); Muttaqi received by Jaishankar in New Delhi, and the Russian ambassador's
credentials (Oct 2025, Arabic).
Style: regional press: Dawn-like English (Mr / Gen titles, "the spymaster", "the prime minister")
and Al Jazeera-like Arabic (place lead, "المسؤول الأفغاني", "الوزير الأفغاني"). Traps: strikes
blamed by one side and neither confirmed nor denied, a leader's survival, a funeral attended, phone
calls, a planned Istanbul round, an emir's visit never confirmed, an expected trip waiting on a UN
waiver, separate meetings (no pairs among the hosts).
Spellings: Khawaja Muhammad Asif, Mullah Muhammad Yaqoob, Tehreek-i-Taliban Pakistan, هبة الله آخوند
زاده, خليل الرحمن حقاني, Dr Abdullah Abdullah, جايشانكار, جيرنوف.
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

AFG, PAK, QATAR, UAE, INDIA = ("country:afghanistan", "country:pakistan", "country:qatar",
                               "country:united-arab-emirates", "country:india")
TAL, TPO, TGOV, HQN, TTP = ("organization:taliban", "organization:taliban-political-office",
                            "organization:taliban-government", "organization:haqqani-network",
                            "organization:ttp")
ISK, IS = "organization:islamic-state-khorasan", "organization:islamic-state"
AFM, AMOI, AMOD = ("organization:afghan-foreign-ministry", "organization:afghan-interior-ministry",
                   "organization:afghan-defence-ministry")
PGOV, PFM, PMOD, ISI, PARMY = ("organization:pakistani-government", "organization:pakistani-foreign-ministry",
                               "organization:pakistani-defence-ministry", "organization:isi",
                               "organization:pakistan-army")
QGOV, QFM, HCNR, IFM = ("organization:qatari-government", "organization:qatari-foreign-ministry",
                        "organization:high-council-for-national-reconciliation",
                        "organization:indian-foreign-ministry")
KHAWAJA, YAQ, MALIK, KHUL = ("person:khawaja-asif", "person:mohammad-yaqoob", "person:asim-malik",
                             "person:mohammed-al-khulaifi")
NWM, SHEHBAZ, MBAR, HAIB = ("person:noor-wali-mehsud", "person:shehbaz-sharif",
                            "person:mohammed-bin-abdulrahman-al-thani", "person:haibatullah-akhundzada")
QAHT, MUTT, BAR, TAMIM = ("person:mutlaq-al-qahtani", "person:amir-khan-muttaqi",
                          "person:abdul-ghani-baradar", "person:tamim-bin-hamad-al-thani")
ANJUM, FAIZ, IMRAN, QURESHI, HASAN = ("person:nadeem-anjum", "person:faiz-hameed", "person:imran-khan",
                                      "person:shah-mahmood-qureshi", "person:mohammad-hasan-akhund")
KHALIL, SIRAJ, JALAL, MBZ = ("person:khalil-haqqani", "person:sirajuddin-haqqani",
                             "person:jalaluddin-haqqani", "person:mohamed-bin-zayed")
GHANI, ABDULLAH, BAJWA = "person:ashraf-ghani", "person:abdullah-abdullah", "person:qamar-javed-bajwa"
JAI, ZHIR = "person:subrahmanyam-jaishankar", "person:dmitry-zhirnov"

ARTICLES = [
    ("enFY1_doha_ceasefire_asif_yaqoob", "en",
     "ISLAMABAD: Pakistan and Afghanistan agreed to an immediate ceasefire early on Sunday after talks in "
     "Doha mediated by Qatar and Turkiye, the Foreign Office said, ending a week of the worst border "
     "fighting in years.\n"
     "The Pakistani delegation, led by Defence Minister Khawaja Muhammad Asif and including Inter-Services "
     "Intelligence chief Lt Gen Asim Malik, sat across the table from an Afghan team headed by Defence "
     "Minister Mullah Muhammad Yaqoob, the son of the Taliban's founder.\n"
     "Qatar's Minister of State Dr Mohammed bin Abdulaziz Al-Khulaifi hosted the sessions, diplomatic "
     "sources told Dawn, while Turkish officials attended as co-mediators.\n"
     "The talks followed air strikes in Kabul on Oct 9 which Afghan officials blamed on Pakistan and said "
     "had targeted Noor Wali Mehsud, chief of the banned Tehreek-i-Taliban Pakistan. Islamabad neither "
     "confirmed nor denied the raid, and the TTP later released an audio message in which Mehsud said he "
     "was alive.\n"
     "A follow-up round is to be held in Istanbul on Oct 25. Prime Minister Shehbaz Sharif, who thanked the "
     "Emir of Qatar by telephone on Saturday, welcomed the outcome.",
     [("MET_WITH", KHAWAJA, YAQ, "sat across the table from", "2025-10-18"),
      ("MET_WITH", MALIK, YAQ, "Lt Gen Asim Malik", "2025-10-18"),
      ("MET_WITH", KHAWAJA, MALIK, "and including Inter-Services", "2025-10-18"),
      ("MET_WITH", KHUL, KHAWAJA, "Al-Khulaifi hosted the sessions", "2025-10-18"),
      ("MET_WITH", KHUL, YAQ, "Qatar's Minister of State", "2025-10-18"),
      ("MET_WITH", KHUL, MALIK, "hosted the sessions, diplomatic", "2025-10-18"),
      ("LEADS", KHAWAJA, PMOD, "led by Defence Minister Khawaja"),
      ("LEADS", MALIK, ISI, "Intelligence chief Lt Gen"),
      ("LEADS", YAQ, AMOD, "headed by Defence Minister Mullah"),
      ("MEMBER_OF", KHUL, QFM, "Minister of State Dr Mohammed"),
      ("REPORTED_BY", KHUL, "outlet:dawn", "sources told Dawn"),
      ("LEADS", NWM, TTP, "chief of the banned"),
      ("LEADS", SHEHBAZ, PGOV, "Prime Minister Shehbaz Sharif"),
      ],
     {"source": "blind set (regional press, Dawn-like English)", "published": "2025-10-19"}),

    ("arFY2_qatar_pm_kandahar", "ar",
     "الدوحة - التقى رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني زعيمَ حركة "
     "طالبان الملا هبة الله آخوند زاده في مدينة قندهار جنوبي أفغانستان في 12 مايو/أيار 2023، في أول لقاء "
     "معروف يجمع الزعيم المتواري عن الأنظار بمسؤول أجنبي رفيع.\n"
     "وبحث الجانبان، وفق مصادر مطلعة، ملف تعليم الفتيات وعمل النساء في المنظمات الدولية، إضافة إلى مستقبل "
     "العلاقة مع واشنطن.\n"
     "ولم يصدر تعليق رسمي من الدوحة أو من الحركة على اللقاء.\n"
     "وتأتي الزيارة ضمن وساطة متواصلة يتولاها المبعوث الخاص لوزير الخارجية القطري مطلق بن ماجد القحطاني، "
     "الذي التقى في كابل مراراً وزيرَ الخارجية في حكومة طالبان أمير خان متقي.\n"
     "وتحتضن الدوحة منذ 2013 المكتب السياسي للحركة، الذي ترأسه لاحقاً الملا عبد الغني برادر بعد الإفراج "
     "عنه في باكستان، وفيها وُقّع اتفاق فبراير/شباط 2020 مع الولايات المتحدة.\n"
     "وكان من المقرر أن يزور أمير قطر الشيخ تميم بن حمد كابل، لكن الديوان الأميري لم يؤكد أي موعد.",
     [("MET_WITH", MBAR, HAIB, "التقى رئيس مجلس الوزراء", "2023-05-12"),
      ("LEADS", MBAR, QGOV, "رئيس مجلس الوزراء وزير"),
      ("LEADS", MBAR, QFM, "وزير الخارجية القطري الشيخ"),
      ("LEADS", HAIB, TAL, "زعيمَ حركة طالبان"),
      ("VISITED", MBAR, "location:kandahar", "في مدينة قندهار جنوبي أفغانستان", "2023-05-12"),
      ("LOCATED_IN", "location:kandahar", AFG, "قندهار جنوبي أفغانستان"),
      ("MET_WITH", QAHT, MUTT, "مراراً وزيرَ الخارجية"),
      ("VISITED", QAHT, "location:kabul", "الذي التقى في كابل"),
      ("MEMBER_OF", QAHT, QFM, "المبعوث الخاص لوزير الخارجية القطري"),
      ("LEADS", MUTT, AFM, "وزيرَ الخارجية في حكومة طالبان"),
      ("MEMBER_OF", MUTT, TGOV, "في حكومة طالبان أمير"),
      ("LOCATED_IN", TPO, "location:doha", "وتحتضن الدوحة منذ 2013"),
      ("LEADS", BAR, TPO, "الذي ترأسه لاحقاً"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ تميم"),
      ],
     {"source": "blind set (regional press, Al Jazeera-like Arabic)", "published": "2023-05-27"}),

    ("enFY3_anjum_takes_over_isi", "en",
     "ISLAMABAD: Lt Gen Nadeem Anjum on Saturday formally took charge as Director General of Inter-Services "
     "Intelligence, replacing Lt Gen Faiz Hameed, who has been posted as Peshawar corps commander.\n"
     "The appointment was notified on Oct 26 after a weeks-long standoff between Prime Minister Imran Khan "
     "and the military leadership.\n"
     "Gen Hameed leaves the spy agency after a tenure dominated by Afghanistan. On Sept 4 he flew to Kabul "
     "and was photographed sipping tea in a hotel lobby, telling a reporter that \"everything will be okay\".\n"
     "On Oct 21 he accompanied Foreign Minister Shah Mahmood Qureshi on a day trip to the Afghan capital, "
     "where they were received by acting prime minister Mullah Mohammad Hasan Akhund. Mr Qureshi also held "
     "separate talks with the interim foreign minister, Amir Khan Muttaqi.\n"
     "Mr Muttaqi is expected in Islamabad next month for a Troika Plus meeting, officials said, although his "
     "travel depends on a UN waiver.",
     [("SUCCESSOR_OF", ANJUM, FAIZ, "replacing Lt Gen Faiz Hameed", "2021-11-20"),
      ("LEADS", ANJUM, ISI, "formally took charge as Director General", "2021-11-20"),
      ("MEMBER_OF", FAIZ, PARMY, "posted as Peshawar corps commander"),
      ("LEADS", IMRAN, PGOV, "Prime Minister Imran Khan"),
      ("LEADS", FAIZ, ISI, "leaves the spy agency"),
      ("VISITED", FAIZ, "location:kabul", "he flew to Kabul", "2021-09-04"),
      ("MET_WITH", FAIZ, QURESHI, "he accompanied Foreign Minister", "2021-10-21"),
      ("LEADS", QURESHI, PFM, "Foreign Minister Shah Mahmood"),
      ("VISITED", QURESHI, "location:kabul", "a day trip to the Afghan capital", "2021-10-21"),
      ("MET_WITH", QURESHI, HASAN, "where they were received by", "2021-10-21"),
      ("MET_WITH", FAIZ, HASAN, "acting prime minister Mullah", "2021-10-21"),
      ("LEADS", HASAN, TGOV, "acting prime minister Mullah Mohammad"),
      ("MET_WITH", QURESHI, MUTT, "separate talks with the interim", "2021-10-21"),
      ("LEADS", MUTT, AFM, "interim foreign minister, Amir"),
      ],
     {"source": "blind set (regional press, Dawn-like English)", "published": "2021-11-21"}),

    ("arFY4_khalil_haqqani_killed", "ar",
     "كابل - قُتل وزير شؤون اللاجئين والعائدين في حكومة طالبان خليل الرحمن حقاني، الأربعاء 11 ديسمبر/كانون "
     "الأول 2024، في تفجير انتحاري داخل مقر وزارته في العاصمة الأفغانية، وأعلن تنظيم ولاية خراسان التابع "
     "لتنظيم الدولة الإسلامية مسؤوليته عن الهجوم.\n"
     "والقتيل هو عمّ وزير الداخلية سراج الدين حقاني وشقيق جلال الدين حقاني مؤسس شبكة حقاني، الذي أعلنت "
     "الحركة وفاته بعد صراع مع المرض في سبتمبر/أيلول 2018.\n"
     "وتولى سراج الدين قيادة الشبكة خلفاً لوالده، ولا يزال اسمه على قائمة المطلوبين لدى مكتب التحقيقات "
     "الفدرالي الأميركي.\n"
     "وكان رئيس دولة الإمارات الشيخ محمد بن زايد قد استقبله في أبوظبي في يونيو/حزيران الماضي، في زيارة "
     "نادرة لمسؤول من الصف الأول في الحركة إلى الخارج.\n"
     "وشيّع الآلاف خليل حقاني في ولاية بكتيا، بينهم رئيس الوزراء بالوكالة الملا محمد حسن آخوند، فيما غاب "
     "عن الجنازة زعيم الحركة هبة الله آخوند زاده.",
     [("ASSASSINATED_BY", KHALIL, ISK, "مسؤوليته عن الهجوم", "2024-12-11"),
      ("MEMBER_OF", KHALIL, TGOV, "وزير شؤون اللاجئين والعائدين في حكومة"),
      ("PART_OF", ISK, IS, "التابع لتنظيم الدولة الإسلامية"),
      ("LEADS", SIRAJ, AMOI, "عمّ وزير الداخلية"),
      ("LEADS", JALAL, HQN, "مؤسس شبكة حقاني"),
      ("SUCCESSOR_OF", SIRAJ, JALAL, "خلفاً لوالده"),
      ("LEADS", SIRAJ, HQN, "وتولى سراج الدين قيادة الشبكة"),
      ("MET_WITH", MBZ, SIRAJ, "قد استقبله في أبوظبي", "2024-06"),
      ("LEADS", MBZ, UAE, "رئيس دولة الإمارات الشيخ"),
      ("VISITED", SIRAJ, "location:abu-dhabi", "في أبوظبي في يونيو", "2024-06"),
      ("LEADS", HASAN, TGOV, "رئيس الوزراء بالوكالة"),
      ("LEADS", HAIB, TAL, "زعيم الحركة هبة الله"),
      ],
     {"source": "blind set (regional press, Al Jazeera-like Arabic)", "published": "2024-12-12"}),

    ("enFY5_imran_khan_in_kabul", "en",
     "KABUL: Prime Minister Imran Khan on Thursday made his first visit to Afghanistan since taking office, "
     "holding a one-on-one meeting with President Ashraf Ghani at the presidential palace before "
     "delegation-level talks.\n"
     "\"Pakistan will do whatever it can to reduce violence,\" Mr Khan told reporters, as fighting went on "
     "despite the negotiations under way in Doha.\n"
     "The visit followed a trip to Islamabad in late September by Dr Abdullah Abdullah, chairman of "
     "Afghanistan's High Council for National Reconciliation, who was received by Mr Khan, Foreign Minister "
     "Shah Mahmood Qureshi and army chief Gen Qamar Javed Bajwa in separate meetings.\n"
     "A month earlier, a Taliban delegation led by Mullah Abdul Ghani Baradar had called on Mr Qureshi at the "
     "Foreign Office.\n"
     "Mr Ghani had invited the premier during a telephone conversation in October. A meeting between Mr Khan "
     "and the Taliban's Doha-based negotiators was not on the agenda, officials said.",
     [("LEADS", IMRAN, PGOV, "Prime Minister Imran Khan"),
      ("VISITED", IMRAN, AFG, "his first visit to Afghanistan", "2020-11-19"),
      ("MET_WITH", IMRAN, GHANI, "a one-on-one meeting with President", "2020-11-19"),
      ("LEADS", GHANI, AFG, "President Ashraf Ghani"),
      ("LEADS", ABDULLAH, HCNR, "chairman of Afghanistan's High Council"),
      ("VISITED", ABDULLAH, "location:islamabad", "a trip to Islamabad in late September", "2020-09"),
      ("MET_WITH", ABDULLAH, IMRAN, "who was received by Mr Khan", "2020-09"),
      ("MET_WITH", ABDULLAH, QURESHI, "Foreign Minister Shah Mahmood", "2020-09"),
      ("MET_WITH", ABDULLAH, BAJWA, "army chief Gen Qamar", "2020-09"),
      ("LEADS", QURESHI, PFM, "Minister Shah Mahmood Qureshi and"),
      ("LEADS", BAJWA, PARMY, "Gen Qamar Javed Bajwa in separate"),
      ("MET_WITH", BAR, QURESHI, "had called on Mr Qureshi", "2020-08"),
      ("MEMBER_OF", BAR, TAL, "a Taliban delegation led by"),
      ],
     {"source": "blind set (regional press, Dawn-like English)", "published": "2020-11-20"}),

    ("arFY6_muttaqi_new_delhi", "ar",
     "نيودلهي - استقبل وزير الخارجية الهندي سوبراهمانيام جايشانكار، الجمعة 10 أكتوبر/تشرين الأول 2025، "
     "نظيره في حكومة طالبان أمير خان متقي، في أول زيارة لمسؤول أفغاني بهذا المستوى إلى الهند منذ عودة "
     "الحركة إلى الحكم في أغسطس/آب 2021.\n"
     "وأعلن جايشانكار عقب اللقاء رفع مستوى البعثة الفنية الهندية في كابل إلى سفارة، بينما تعهد الوزير "
     "الأفغاني بألا تُستخدم أراضي بلاده ضد أي دولة أخرى.\n"
     "وجاءت الزيارة بعد أن منحت لجنة العقوبات في مجلس الأمن الدولي متقي استثناءً من حظر السفر المفروض "
     "عليه.\n"
     "وكانت روسيا قد أصبحت في يوليو/تموز الماضي أول دولة تعترف رسمياً بحكومة طالبان، حين تسلّم متقي في "
     "كابل أوراق اعتماد السفير الروسي دميتري جيرنوف.\n"
     "وأثار مؤتمر صحفي عقده المسؤول الأفغاني في سفارة بلاده جدلاً بعد غياب الصحفيات عنه، فيما نفت "
     "الخارجية الهندية أي دور لها في توجيه الدعوات.\n"
     "وكان جايشانكار قد أجرى اتصالاً هاتفياً بمتقي في مايو/أيار، في أول تواصل علني على مستوى الوزراء "
     "بين الجانبين.",
     [("MET_WITH", JAI, MUTT, "استقبل وزير الخارجية الهندي", "2025-10-10"),
      ("LEADS", JAI, IFM, "وزير الخارجية الهندي سوبراهمانيام"),
      ("LEADS", MUTT, AFM, "نظيره في حكومة طالبان"),
      ("VISITED", MUTT, INDIA, "أول زيارة لمسؤول أفغاني", "2025-10"),
      ("MET_WITH", MUTT, ZHIR, "حين تسلّم متقي في", "2025-07-03"),
      ],
     {"source": "blind set (regional press, Al Jazeera-like Arabic)", "published": "2025-10-10"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFY")
