"""Blind set MZ: Gaza, Hamas and the ceasefire talks, 2024-2025 (second folder of MY-MZ): a profile of
Khalil al-Hayya, the Qatari prime minister's meetings with Hussein al-Sheikh and with Hamas (2025), the
Sharm el-Sheikh summit and the release of the last living hostages (October 2025), the killing of
Mohammed Sinwar and Mohammed Shabana under the European Hospital in Khan Younis (May 2025), the
Palestinian Authority's succession question after Hussein al-Sheikh's appointment (April-October
2025) and the assassination of Ismail Haniyeh in Tehran (July 2024), as a German international
broadcaster's English site writes a profile (DW-like: "Who is ...?", "the EU, US and Germany classify
Hamas as a terrorist organization"), a Qatari Arabic daily (Lusail-like: "معالي", "استقبل ... بمكتبه"),
a Singapore news channel's English site reusing wire copy (CNA-like: "SHARM EL-SHEIKH, Egypt: ...",
"(Reporting by ...)" omitted), a US network's Arabic site (CNN Arabic-like: "(CNN)--", "قال ... في
بيان"), a pro-Palestinian US site writing analysis (Mondoweiss-like: "the PA's security coordination",
long clauses) and a Palestinian news agency in Arabic (Sama-like: "رام الله - سما الإخبارية", "الشهيد").
Pieces: al-Hayya's life; Darwish's delegation (al-Hayya, Jabarin) received by Khamenei, Haniyeh killed
by Israel as Katz acknowledged, Haniyeh after Mashal (English, MZ1); the Qatari prime minister receives
al-Sheikh with al-Khulaifi present, receives al-Hayya's delegation two days later, al-Sheikh after
Erekat (Arabic, MZ2); Sisi and Trump co-chair the summit, Sisi holds talks with Abbas, Trump meets
Tamim, the hostages freed (English, MZ3); Mohammed Sinwar and Shabana killed by Israel, Mohammed Sinwar
after his brother, Haddad after Mohammed Sinwar (Arabic, MZ4); al-Sheikh named deputy by Abbas,
al-Sheikh and Faraj meet Rashad in Cairo, al-Sheikh meets Blair in Amman (English, MZ5); Haniyeh received
by Khamenei with al-Nakhalah and met by Pezeshkian, Haniyeh and his bodyguard killed by Israel, Sinwar
after Haniyeh (Arabic, MZ6).
Excluded on purpose (no relation): Pezeshkian's inauguration, which al-Hayya attended with Haniyeh
(attendance, no meeting), Hamas "holding Israel responsible" (MZ1); Rubio's phone call to the prime
minister, the trilateral meeting "expected next week" (MZ2); Netanyahu, who declined the invitation
(after a phone call between Trump and Sisi), the Red Cross handover (MZ3); the earlier Israeli claim that
Haddad had been wounded, denied, and Hamas's silence (MZ4); Abbas and Hamas (no meeting), Rawhi Fattouh,
no longer the interim successor named (the decree is not a succession in office) (MZ5); the IRGC's
statement and the "Zionist enemy" held responsible by Hamas before Katz's admission; the Khamenei
funeral prayer (not a meeting) (MZ6).
Judgement calls: the head of a delegation "received by" a leader with two members named is paired with
the leader, the members with the leader too (not with one another) (MZ1, MZ6); "acknowledged that
Israel had killed" gives -> Israel (MZ1), "اعترف ... بمسؤولية إسرائيل عن اغتيال" too (MZ6); "elected
... to succeed" gives a succession (MZ1); the minister of state "بحضور" is paired with both (MZ2);
"co-chaired" a summit is no meeting of the two co-chairs unless stated, but "held talks with" is (MZ3);
"قضت على" in Netanyahu's words, with the army's confirmation, gives -> Israel, and Shabana "killed with
him" in the same strike too (MZ4); "took over ... after the assassination of his brother" and "خلفه" give
successions (MZ4); "named ... as his deputy" is no succession; "met ... in Cairo" and "was received in
Amman by" are meetings (MZ5).
Filled in for the exercise: the date of Darwish's Tehran visit and the delegation's members (MZ1); the
whole of al-Sheikh's Doha visit and the presence of al-Khulaifi, the delegation's date (MZ2); Sisi's talks
with Abbas and Trump's meeting with Tamim on the sidelines (MZ3); the Israeli claim about Haddad (MZ4);
al-Sheikh and Faraj's Cairo meeting with Rashad, the Blair meeting in Amman (MZ5); the order of the
Tehran meetings (MZ6).
Spellings: "Khalil al-Hayya", "Mohammad Darwish", "Zaher Jabareen", "Khaled Mashaal", "Ismail Haniyeh"
(MZ1); "حسين الشيخ", "محمد الخليفي", "صائب عريقات" (MZ2); "Abdel-Fattah al-Sisi", "Mahmoud Abbas",
"Sheikh Tamim bin Hamad Al Thani" (MZ3); "محمد شبانة", "عز الدين
الحداد" (MZ4); "Hussein al-Shaikh", "Majid Faraj", "Abu Mazen" (MZ5); "إسماعيل هنيّة", "زياد النخالة",
"مسعود بزشكيان", "وسيم أبو شعبان" (MZ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_mz import ALL  # noqa: E402

HERE = Path(__file__).parent

ISRAEL, QATAR, EGYPT, US, PALESTINE, IRAN = ("country:israel", "country:qatar", "country:egypt",
                                             "country:united-states", "country:palestine", "country:iran")
DOHA, CAIRO, SHARM, TEHRAN, AMMAN, KHANYOUNIS = ("location:doha", "location:cairo", "location:sharm-el-sheikh",
                                                 "location:tehran", "location:amman", "location:khan-younis")
HAMAS, QASSAM, IDF, EGI, QGOV, QFM, PLO, PIJ, PGI = (
    "organization:hamas", "organization:al-qassam-brigades", "organization:israel-defense-forces",
    "organization:egyptian-general-intelligence", "organization:qatari-government",
    "organization:qatari-foreign-ministry", "organization:plo", "organization:palestinian-islamic-jihad",
    "organization:palestinian-general-intelligence")
HAYYA, DARWISH, JABARIN, MASHAL, HANIYEH, YSINWAR, KHAMENEI, KATZ = (
    "person:khalil-al-hayya", "person:mohammed-darwish", "person:zaher-jabarin", "person:khaled-mashal",
    "person:ismail-haniyeh", "person:yahya-sinwar", "person:ali-khamenei", "person:israel-katz")
MBAR, SHEIKH, KHULAIFI, EREKAT, ABBAS, RUBIO = (
    "person:mohammed-bin-abdulrahman-al-thani", "person:hussein-al-sheikh", "person:mohammed-al-khulaifi",
    "person:saeb-erekat", "person:mahmoud-abbas", "person:marco-rubio")
SISI, TRUMP, TAMIM, NETANYAHU, SHENNAWY = ("person:abdel-fattah-el-sisi", "person:donald-trump",
                                           "person:tamim-bin-hamad-al-thani", "person:benjamin-netanyahu",
                                           "person:mohamed-el-shennawy")
MSINWAR, SHABANA, HADDAD = "person:mohammed-sinwar", "person:mohammed-shabana", "person:izz-al-din-al-haddad"
FARAJ, RASHAD, BLAIR, FATTOUH = ("person:majed-faraj", "person:hassan-rashad", "person:tony-blair",
                                 "person:rawhi-fattouh")
NAKHALAH, PEZESHKIAN, ABUSHAABAN = ("person:ziyad-al-nakhalah", "person:masoud-pezeshkian",
                                    "person:wasim-abu-shaaban")

DW = "blind set (German international broadcaster, English, DW-like profile)"
LUSAIL = "blind set (Qatari Arabic daily, Lusail-like)"
CNA = "blind set (Singapore news channel's English site, CNA-like)"
CNNAR = "blind set (US network's Arabic site, CNN Arabic-like)"
MONDOWEISS = "blind set (pro-Palestinian US site, English analysis, Mondoweiss-like)"
SAMA = "blind set (Palestinian news agency, Arabic, Sama-like)"

ARTICLES = [
    ("enMZ1_who_is_khalil_al_hayya", "en",
     "Who is Khalil al-Hayya, Hamas's chief negotiator?\n"
     "Khalil al-Hayya, born in Gaza City in 1960, has for years been the face of Hamas in the ceasefire talks "
     "mediated by Egypt, Qatar and the United States. The EU, US and Germany classify Hamas as a terrorist "
     "organization.\n"
     "A long-time member of the group's political bureau, he served as deputy to Yahya Sinwar in Gaza before "
     "moving to Qatar. In August 2024 the movement elected Sinwar to succeed Ismail Haniyeh, who had been "
     "killed in Tehran hours after he and al-Hayya attended the inauguration of Iranian President Masoud "
     "Pezeshkian. In December, Israeli Defense Minister Israel Katz acknowledged for the first time that "
     "Israel had killed Haniyeh. Haniyeh himself had taken over the politburo from Khaled Mashaal in 2017.\n"
     "Since Sinwar's death, al-Hayya has sat on the five-member council that leads Hamas. In February 2025 he "
     "was in Tehran with a delegation headed by Mohammad Darwish, the chairman of the Shura Council, and "
     "including Zaher Jabareen; the group was received by Supreme Leader Ayatollah Ali Khamenei.\n"
     "Al-Hayya survived the Israeli strike on Hamas leaders in Doha in September 2025, in which his son was "
     "killed.",
     [("MET_WITH", KHAMENEI, DARWISH, "headed by Mohammad Darwish", "2025-02-08"),
      ("MET_WITH", KHAMENEI, HAYYA, "the group was received by Supreme Leader", "2025-02-08"),
      ("MET_WITH", KHAMENEI, JABARIN, "and including Zaher Jabareen", "2025-02-08"),
      ("SUCCESSOR_OF", YSINWAR, HANIYEH, "elected Sinwar to succeed Ismail Haniyeh", "2024-08-06"),
      ("ASSASSINATED_BY", HANIYEH, ISRAEL, "acknowledged for the first time that Israel had killed Haniyeh",
       "2024-07-31"),
      ("SUCCESSOR_OF", HANIYEH, MASHAL, "had taken over the politburo from Khaled Mashaal", "2017-05"),
      ("VISITED", HAYYA, TEHRAN, "he was in Tehran with a delegation", "2025-02-08"),
      ("VISITED", DARWISH, TEHRAN, "2025 he was in Tehran", "2025-02-08"),
      ("VISITED", JABARIN, TEHRAN, "including Zaher Jabareen", "2025-02-08"),
      ("MEMBER_OF", HAYYA, HAMAS, "A long-time member of the group's political bureau"),
      ("LEADS", PEZESHKIAN, IRAN, "Iranian President Masoud"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ("LEADS", DARWISH, HAMAS, "the chairman of the Shura Council"),
      ("LEADS", HANIYEH, HAMAS, "Haniyeh himself had taken over the politburo"),
      ("LEADS", YSINWAR, HAMAS, "served as deputy to Yahya Sinwar"),
      ],
     {"source": DW, "published": "2025-10-10"}),

    ("arMZ2_qatari_pm_receives_sheikh_and_hamas", "ar",
     "رئيس مجلس الوزراء يستقبل نائب رئيس دولة فلسطين\n"
     "الدوحة - لوسيل\n"
     "استقبل معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، بمكتبه في "
     "الديوان الأميري أمس، سعادة السيد حسين الشيخ نائب رئيس دولة فلسطين، والوفد المرافق له، الذي يزور البلاد "
     "حالياً، بحضور سعادة الدكتور محمد بن عبدالعزيز الخليفي وزير الدولة بوزارة الخارجية.\n"
     "وجرى خلال المقابلة استعراض آخر التطورات في قطاع غزة والضفة الغربية، وجهود الوساطة لوقف إطلاق النار.\n"
     "ويشغل الشيخ كذلك منصب أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية منذ عام 2022، خلفاً للراحل "
     "صائب عريقات.\n"
     "وكان معاليه قد التقى، يوم الأحد، وفد حركة حماس برئاسة خليل الحية، لبحث المقترح الأمريكي الجديد.\n"
     "كما تلقى معاليه اتصالاً هاتفياً من معالي السيد ماركو روبيو وزير خارجية الولايات المتحدة، فيما يُنتظر "
     "عقد اجتماع ثلاثي في القاهرة الأسبوع المقبل.",
     met_group({MBAR: "استقبل معالي الشيخ محمد بن عبدالرحمن", SHEIKH: "سعادة السيد حسين الشيخ نائب",
                KHULAIFI: "سعادة الدكتور محمد بن عبدالعزيز الخليفي"}, "2025-06-10") + [
      ("MET_WITH", MBAR, HAYYA, "وفد حركة حماس برئاسة خليل الحية", "2025-06-08"),
      ("SUCCESSOR_OF", SHEIKH, EREKAT, "خلفاً للراحل", "2022-05"),
      ("VISITED", SHEIKH, DOHA, "الذي يزور البلاد حالياً", "2025-06-10"),
      ("LEADS", MBAR, QGOV, "رئيس مجلس الوزراء وزير الخارجية، بمكتبه"),
      ("LEADS", MBAR, QFM, "وزير الخارجية، بمكتبه"),
      ("MEMBER_OF", KHULAIFI, QFM, "وزير الدولة بوزارة الخارجية"),
      ("MEMBER_OF", SHEIKH, PLO, "أمين سر اللجنة التنفيذية"),
      ("MEMBER_OF", HAYYA, HAMAS, "وفد حركة حماس"),
      ("LEADS", RUBIO, "organization:us-state-department", "وزير خارجية الولايات المتحدة"),
      ],
     {"source": LUSAIL, "published": "2025-06-11"}),

    ("enMZ3_sharm_summit_hostages_freed", "en",
     "Gaza hostages freed as Trump and Sisi co-chair Sharm el-Sheikh peace summit\n"
     "SHARM EL-SHEIKH, Egypt: The last 20 living Israeli hostages held in Gaza were freed on Monday (Oct 13) "
     "and Israel began releasing nearly 2,000 Palestinian prisoners and detainees, as US President Donald "
     "Trump and Egypt's President Abdel-Fattah al-Sisi co-chaired a summit on the future of the enclave.\n"
     "The hostages were handed over to the International Committee of the Red Cross in two groups, in "
     "northern and southern Gaza, before being taken to Israel.\n"
     "More than 20 world leaders attended. On the sidelines, al-Sisi held talks with Palestinian President "
     "Mahmoud Abbas, his spokesman Mohamed El-Shennawy said, while Trump met the Emir of Qatar, Sheikh Tamim "
     "bin Hamad Al Thani.\n"
     "Israeli Prime Minister Benjamin Netanyahu, who had been invited during a phone call between Trump and "
     "al-Sisi, declined to attend, citing the proximity of a Jewish holiday.\n"
     "Trump had earlier addressed Israel's parliament in Jerusalem.",
     [("MET_WITH", SISI, ABBAS, "al-Sisi held talks with Palestinian President", "2025-10-13"),
      ("MET_WITH", TRUMP, TAMIM, "while Trump met the Emir of Qatar", "2025-10-13"),
      ("VISITED", TRUMP, SHARM, "co-chaired a summit on the future", "2025-10-13"),
      ("VISITED", ABBAS, SHARM, "Palestinian President Mahmoud Abbas, his spokesman", "2025-10-13"),
      ("VISITED", TAMIM, SHARM, "the Emir of Qatar, Sheikh Tamim", "2025-10-13"),
      ("VISITED", TRUMP, "location:jerusalem", "addressed Israel's parliament in Jerusalem", "2025-10-13"),
      ("LEADS", TRUMP, US, "US President Donald"),
      ("LEADS", SISI, EGYPT, "Egypt's President Abdel-Fattah al-Sisi"),
      ("LEADS", ABBAS, PALESTINE, "Palestinian President Mahmoud"),
      ("LEADS", TAMIM, QATAR, "the Emir of Qatar"),
      ("LEADS", NETANYAHU, ISRAEL, "Israeli Prime Minister Benjamin"),
      ("MEMBER_OF", SHENNAWY, "organization:egyptian-presidency", "his spokesman Mohamed El-Shennawy"),
      ],
     {"source": CNA, "published": "2025-10-13"}),

    ("arMZ4_mohammed_sinwar_european_hospital", "ar",
     "الجيش الإسرائيلي يؤكد العثور على جثة محمد السنوار في نفق أسفل المستشفى الأوروبي\n"
     "(CNN)-- قال الجيش الإسرائيلي، في بيان الأحد، إنه عثر على جثة القيادي في حركة حماس محمد السنوار في نفق "
     "أسفل المستشفى الأوروبي في خان يونس جنوب قطاع غزة، وإن فحوص الحمض النووي أكدت هويته.\n"
     "وكان رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد أعلن أمام الكنيست في أواخر مايو/أيار أن إسرائيل \"قضت\" "
     "على السنوار في غارة نُفذت في 13 من الشهر ذاته. وقُتل معه في الغارة نفسها محمد شبانة، قائد لواء رفح في "
     "كتائب القسام، بحسب البيان.\n"
     "وتولى محمد السنوار قيادة الجناح العسكري في القطاع بعد اغتيال شقيقه الأكبر يحيى، الذي قتلته القوات "
     "الإسرائيلية في رفح في أكتوبر/تشرين الأول 2024.\n"
     "وتقدّر أجهزة الأمن الإسرائيلية أن عز الدين الحداد، قائد لواء غزة، خلفه على رأس الجناح العسكري.\n"
     "وكانت تقارير إسرائيلية قد تحدثت في وقت سابق عن إصابة الحداد في غارة، وهو ما نفته مصادر في الحركة لـCNN، "
     "فيما لم تعلّق حماس رسمياً على مقتل السنوار.",
     [("ASSASSINATED_BY", MSINWAR, ISRAEL, "أن إسرائيل \"قضت\" على السنوار", "2025-05-13"),
      ("ASSASSINATED_BY", SHABANA, ISRAEL, "وقُتل معه في الغارة نفسها محمد شبانة", "2025-05-13"),
      ("ASSASSINATED_BY", YSINWAR, IDF, "الذي قتلته القوات الإسرائيلية في رفح", "2024-10-16"),
      ("SUCCESSOR_OF", MSINWAR, YSINWAR, "بعد اغتيال شقيقه الأكبر يحيى"),
      ("SUCCESSOR_OF", HADDAD, MSINWAR, "خلفه على رأس الجناح العسكري"),
      ("LEADS", MSINWAR, QASSAM, "وتولى محمد السنوار قيادة الجناح العسكري"),
      ("LEADS", HADDAD, QASSAM, "على رأس الجناح العسكري."),
      ("MEMBER_OF", SHABANA, QASSAM, "قائد لواء رفح في كتائب القسام"),
      ("MEMBER_OF", MSINWAR, HAMAS, "القيادي في حركة حماس محمد السنوار"),
      ("LEADS", NETANYAHU, ISRAEL, "رئيس الوزراء الإسرائيلي بنيامين"),
      ],
     {"source": CNNAR, "published": "2025-06-08"}),

    ("enMZ5_pa_succession_al_sheikh", "en",
     "Abu Mazen's heir apparent: what Hussein al-Shaikh's rise means for Palestinians\n"
     "When Mahmoud Abbas named Hussein al-Shaikh as his deputy in April 2025, after the PLO Central Council "
     "created the post of vice-president at a session in Ramallah, few Palestinians were surprised. Al-Shaikh, "
     "who had long managed the PA's security coordination and civil affairs with Israel, had already been "
     "made secretary-general of the PLO Executive Committee in 2022, taking the seat of the late Saeb Erekat.\n"
     "In October, Abu Mazen went further, issuing a constitutional declaration under which the vice-president "
     "would serve as interim president should the office fall vacant, rather than the speaker of the "
     "Palestinian National Council, Rawhi Fattouh.\n"
     "Washington and the Gulf capitals have embraced the arrangement. In May, al-Shaikh and the PA's "
     "intelligence chief, Majid Faraj, met Egypt's spymaster Hassan Rashad in Cairo; weeks later al-Shaikh "
     "was received in Amman by former British prime minister Tony Blair.\n"
     "Hamas, excluded from all of it, called the appointment a matter for national consensus.",
     met_group({SHEIKH: "al-Shaikh and the PA's", FARAJ: "intelligence chief, Majid Faraj",
                RASHAD: "met Egypt's spymaster Hassan Rashad in Cairo"}, "2025-05") + [
      ("MET_WITH", SHEIKH, BLAIR, "was received in Amman by former British", "2025-06"),
      ("SUCCESSOR_OF", SHEIKH, EREKAT, "taking the seat of the late Saeb Erekat", "2022-05"),
      ("VISITED", SHEIKH, CAIRO, "Hassan Rashad in Cairo;", "2025-05"),
      ("VISITED", FARAJ, CAIRO, "Majid Faraj, met", "2025-05"),
      ("VISITED", SHEIKH, AMMAN, "received in Amman", "2025-06"),
      ("LEADS", ABBAS, PALESTINE, "When Mahmoud Abbas named"),
      ("LEADS", FARAJ, PGI, "the PA's intelligence chief"),
      ("LEADS", RASHAD, EGI, "Egypt's spymaster"),
      ("MEMBER_OF", SHEIKH, PLO, "secretary-general of the PLO Executive Committee"),
      ("LEADS", FATTOUH, "organization:palestinian-national-council", "the speaker of the Palestinian National"),
      ],
     {"source": MONDOWEISS, "published": "2025-11-02"}),

    ("arMZ6_haniyeh_tehran_sama", "ar",
     "في الذكرى الأولى لاغتياله.. الساعات الأخيرة للشهيد إسماعيل هنيّة في طهران\n"
     "رام الله - سما الإخبارية\n"
     "قبل عام، وصل رئيس المكتب السياسي لحركة حماس إسماعيل هنيّة إلى طهران للمشاركة في مراسم تنصيب الرئيس "
     "الإيراني مسعود بزشكيان، الذي استقبله بعد المراسم في لقاء ثنائي.\n"
     "وفي اليوم ذاته، استقبل المرشد الإيراني علي خامنئي هنيّة والأمين العام لحركة الجهاد الإسلامي زياد النخالة.\n"
     "وفجر 31 تموز/يوليو 2024، استشهد هنيّة ومرافقه وسيم أبو شعبان في انفجار استهدف مقر إقامته في دار ضيافة "
     "شمال العاصمة. وحمّلت الحركة \"العدو الصهيوني\" المسؤولية، فيما أعلن الحرس الثوري أن التحقيق جارٍ.\n"
     "وفي كانون الأول/ديسمبر، اعترف وزير الجيش الإسرائيلي يسرائيل كاتس للمرة الأولى بمسؤولية إسرائيل عن اغتيال "
     "هنيّة ومرافقه.\n"
     "وبعد أسبوع من اغتياله، اختارت الحركة يحيى السنوار رئيساً لمكتبها السياسي خلفاً له، قبل أن يستشهد "
     "السنوار بدوره في رفح في تشرين الأول/أكتوبر من العام نفسه.",
     met_group({KHAMENEI: "استقبل المرشد الإيراني علي خامنئي", HANIYEH: "علي خامنئي هنيّة",
                NAKHALAH: "زياد النخالة"}, "2024-07-30") + [
      ("MET_WITH", PEZESHKIAN, HANIYEH, "الذي استقبله بعد المراسم في لقاء ثنائي", "2024-07-30"),
      ("ASSASSINATED_BY", HANIYEH, ISRAEL, "بمسؤولية إسرائيل عن اغتيال", "2024-07-31"),
      ("ASSASSINATED_BY", ABUSHAABAN, ISRAEL, "هنيّة ومرافقه.", "2024-07-31"),
      ("SUCCESSOR_OF", YSINWAR, HANIYEH, "رئيساً لمكتبها السياسي خلفاً له", "2024-08-06"),
      ("VISITED", HANIYEH, TEHRAN, "إلى طهران للمشاركة", "2024-07-30"),
      ("LEADS", HANIYEH, HAMAS, "رئيس المكتب السياسي لحركة حماس"),
      ("LEADS", PEZESHKIAN, IRAN, "الرئيس الإيراني مسعود"),
      ("LEADS", KHAMENEI, IRAN, "المرشد الإيراني"),
      ("LEADS", NAKHALAH, PIJ, "والأمين العام لحركة الجهاد الإسلامي"),
      ("LEADS", YSINWAR, HAMAS, "اختارت الحركة يحيى السنوار"),
      ],
     {"source": SAMA, "published": "2025-07-31"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMZ")
