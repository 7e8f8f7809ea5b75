"""Blind set GZ: the wider Middle East 2019-2025 in the style of a pan-Arab daily: Naim Qassem
succeeds Nasrallah while Israel claims Safieddine's killing and Ghalibaf visits Beirut (English);
Raisi in Riyadh for the Arab-Islamic summit, meeting Mohammed bin Salman and al-Sisi (Arabic);
Pezeshkian in Doha and Araghchi's Gulf tour, October 2024 (English); the helicopter crash of Raisi
and Amir-Abdollahian and the successions that followed (Arabic); Araghchi, Grossi and Abdelatty in
Cairo, and Sisi's meetings with Iranians (English); Raisi's state visit to Ankara, January 2024
(Arabic).
Style: pan-Arab daily (Al-Quds Al-Arabi / Al-Arabiya): long headlines, long titles before names,
clitics (وبـ، لـ، فـ), descriptions ("the Iranian president", "الضيف"), reported speech; a phone
call, a denied meeting, a denied planned visit, a candidate who lost, a crash with no agent.
Spellings: Safi al-Din, Araqchi, El-Sisi, عبداللهيان (joined), رئيسى (with alif maqsura).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ha import ALL  # noqa: E402

HERE = Path(__file__).parent

ISR, IRN, EGY, TUR, QAT, AZ = ("country:israel", "country:iran", "country:egypt", "country:turkey",
                               "country:qatar", "country:azerbaijan")
IDF, HZB = "organization:israel-defense-forces", "organization:hezbollah"
IFM = "organization:iranian-foreign-ministry"
QASSEM, NASR, SAFI, GALL, GHAL = ("person:naim-qassem", "person:hassan-nasrallah", "person:hashem-safieddine",
                                  "person:yoav-gallant", "person:mohammad-bagher-ghalibaf")
BERRI, MIK = "person:nabih-berri", "person:najib-mikati"
RAISI, MBS, ABDOL, FAISAL, SISI, TAMIM, AHMADI = (
    "person:ebrahim-raisi", "person:mohammed-bin-salman", "person:hossein-amir-abdollahian",
    "person:faisal-bin-farhan", "person:abdel-fattah-al-sisi", "person:tamim-bin-hamad-al-thani",
    "person:mahmoud-ahmadinejad")
PEZ, MBAR, ARAG, BUSAIDI = ("person:masoud-pezeshkian", "person:mohammed-bin-abdulrahman-al-thani",
                            "person:abbas-araghchi", "person:badr-albusaidi")
ALIYEV, KHAM, MOKH, BAGH, JALILI = ("person:ilham-aliyev", "person:ali-khamenei", "person:mohammad-mokhber",
                                    "person:ali-bagheri-kani", "person:saeed-jalili")
GROSSI, ABDEL, SHENN, WITK = ("person:rafael-grossi", "person:badr-abdelatty", "person:mohamed-el-shennawy",
                              "person:steve-witkoff")
ERD, FIDAN, VAHIDI, YERLI = ("person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ahmad-vahidi",
                             "person:ali-yerlikaya")

ARTICLES = [
    ("enGZ1_qassem_succeeds_nasrallah", "en",
     "Hezbollah names Naim Qassem secretary-general a month after Nasrallah's killing, as Israel says "
     "it also eliminated Safi al-Din\n"
     "Hezbollah's Shura Council on Tuesday elected Sheikh Naim Qassem, the group's long-serving deputy "
     "secretary-general, to succeed Sayyed Hassan Nasrallah, who was killed in an Israeli strike on "
     "Beirut's southern suburbs on September 27.\n"
     "The announcement came a week after the Israeli military said it had killed Hashem Safi al-Din, "
     "the head of the executive council who had been widely tipped for the post, in an October 3 strike; "
     "Hezbollah confirmed his death without saying who carried it out.\n"
     "Israel's Defence Minister, Yoav Gallant, wrote on X that the appointment was \"temporary and not "
     "for long\".\n"
     "Days earlier the speaker of Iran's parliament, Mohammad Bagher Ghalibaf, flew into Beirut, where he "
     "met Parliament Speaker Nabih Berri and, separately, caretaker Premier Najib Mikati.\n"
     "Lebanese media reports that the Iranian official had also met Qassem were denied by an aide, who "
     "said Ghalibaf \"had no meetings with party officials\".\n"
     "Qassem, 71, is one of the party's founders and had been its deputy leader since 1991.",
     [("SUCCESSOR_OF", QASSEM, NASR, "to succeed Sayyed Hassan Nasrallah", "2024-10-29"),
      ("LEADS", QASSEM, HZB, "Hezbollah names Naim Qassem secretary-general"),
      ("ASSASSINATED_BY", NASR, ISR, "who was killed in an Israeli strike", "2024-09-27"),
      ("ASSASSINATED_BY", SAFI, IDF, "it had killed Hashem Safi al-Din", "2024-10-03"),
      ("LEADS", SAFI, "organization:hezbollah-executive-council", "the head of the executive council"),
      ("LEADS", GALL, "organization:israeli-defense-ministry", "Israel's Defence Minister, Yoav Gallant"),
      ("LEADS", GHAL, "organization:iranian-parliament", "the speaker of Iran's parliament"),
      ("VISITED", GHAL, "location:beirut", "flew into Beirut", "2024-10-12"),
      ("MET_WITH", GHAL, BERRI, "met Parliament Speaker Nabih Berri", "2024-10-12"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "Parliament Speaker Nabih"),
      ("MET_WITH", GHAL, MIK, "separately, caretaker Premier", "2024-10-12"),
      ("LEADS", MIK, "organization:lebanese-government", "caretaker Premier Najib Mikati"),
      ],
     {"source": "blind set (pan-Arab daily, English)", "published": "2024-10-30"}),

    ("arGZ2_raisi_in_riyadh", "ar",
     "رئيسي يحطّ في الرياض في أول زيارة لرئيس إيراني منذ أكثر من عقد ويلتقي ولي العهد السعودي والرئيس "
     "المصري على هامش القمة العربية الإسلامية الطارئة بشأن غزة\n"
     "الرياض – «القدس العربي»: وصل الرئيس الإيراني إبراهيم رئيسي إلى الرياض السبت 11 تشرين الثاني/نوفمبر "
     "2023 للمشاركة في القمة العربية الإسلامية المشتركة غير العادية، في أول زيارة لرئيس إيراني إلى "
     "المملكة منذ زيارة محمود أحمدي نجاد عام 2012.\n"
     "وعقد رئيسي لقاءً ثنائياً مع ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان، فيما اجتمع وزير "
     "الخارجية الإيراني حسين أمير عبداللهيان بنظيره السعودي الأمير فيصل بن فرحان.\n"
     "وعلى هامش القمة التقى رئيسي الرئيسَ المصري عبد الفتاح السيسي، في أول لقاء بين رئيسي البلدين منذ "
     "سنوات طويلة من القطيعة.\n"
     "وكان رئيسي قد أجرى قبل أيام اتصالاً هاتفياً بأمير قطر الشيخ تميم بن حمد بحث فيه التطورات في القطاع.\n"
     "ونفى مصدر سعودي ما تردد عن ترتيبات لزيارة يقوم بها ولي العهد إلى طهران قريباً، مؤكداً أنه «لا "
     "موعد محدداً».",
     [("LEADS", RAISI, IRN, "الرئيس الإيراني إبراهيم رئيسي"),
      ("VISITED", RAISI, "location:riyadh", "إبراهيم رئيسي إلى الرياض", "2023-11-11"),
      ("VISITED", AHMADI, "country:saudi-arabia", "منذ زيارة محمود أحمدي نجاد", "2012"),
      ("MET_WITH", RAISI, MBS, "وعقد رئيسي لقاءً ثنائياً", "2023-11-11"),
      ("LEADS", MBS, "organization:saudi-government", "رئيس مجلس الوزراء الأمير محمد"),
      ("MET_WITH", ABDOL, FAISAL, "بنظيره السعودي الأمير فيصل", "2023-11-11"),
      ("LEADS", ABDOL, IFM, "الخارجية الإيراني حسين أمير عبداللهيان"),
      ("LEADS", FAISAL, "organization:saudi-foreign-ministry", "السعودي الأمير فيصل بن فرحان"),
      ("MET_WITH", RAISI, SISI, "التقى رئيسي الرئيسَ المصري", "2023-11-11"),
      ("LEADS", SISI, EGY, "الرئيسَ المصري عبد الفتاح السيسي"),
      ("LEADS", TAMIM, QAT, "بأمير قطر الشيخ تميم"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2023-11-12"}),

    ("enGZ3_pezeshkian_doha_araqchi_tour", "en",
     "Pezeshkian in Doha for the Asia Cooperation Dialogue summit, holds talks with Emir Tamim as "
     "Araqchi heads to Riyadh for a rare audience with the Saudi crown prince\n"
     "DOHA: Iranian President Masoud Pezeshkian arrived in the Qatari capital on Wednesday, October 2, "
     "2024, on his first trip to a Gulf Arab state since taking office, a day after Iran fired some 180 "
     "ballistic missiles at Israel.\n"
     "The Iranian president was received by Qatar's Emir, Sheikh Tamim bin Hamad Al Thani, and the two "
     "discussed Gaza and Lebanon, the Qatar News Agency said.\n"
     "Pezeshkian also met the Qatari Prime Minister and Foreign Minister, Sheikh Mohammed bin Abdulrahman "
     "Al Thani, on the sidelines of the summit.\n"
     "A week later, Foreign Minister Abbas Araqchi was received in Riyadh by Crown Prince Mohammed bin "
     "Salman, after talks with his Saudi counterpart, Prince Faisal bin Farhan.\n"
     "He then flew to Muscat, where he held talks with Oman's foreign minister, Badr Albusaidi.\n"
     "Asked whether he would see US officials in Oman, Araqchi told Al Jazeera: \"There is no plan for "
     "any meeting with the Americans.\"",
     [("LEADS", PEZ, IRN, "Iranian President Masoud Pezeshkian"),
      ("VISITED", PEZ, "location:doha", "arrived in the Qatari capital", "2024-10-02"),
      ("ATTACKED", IRN, ISR, "Iran fired some 180 ballistic missiles at Israel", "2024-10-01"),
      ("MET_WITH", PEZ, TAMIM, "The Iranian president was received by", "2024-10-02"),
      ("LEADS", TAMIM, QAT, "Qatar's Emir, Sheikh Tamim"),
      ("MET_WITH", PEZ, MBAR, "Pezeshkian also met the Qatari", "2024-10-02"),
      ("LEADS", MBAR, "organization:qatari-government", "the Qatari Prime Minister and Foreign Minister"),
      ("LEADS", MBAR, "organization:qatari-foreign-ministry", "Prime Minister and Foreign Minister, Sheikh"),
      ("LEADS", ARAG, IFM, "Foreign Minister Abbas Araqchi"),
      ("VISITED", ARAG, "location:riyadh", "was received in Riyadh", "2024-10-09"),
      ("MET_WITH", ARAG, MBS, "by Crown Prince Mohammed bin", "2024-10-09"),
      ("MET_WITH", ARAG, FAISAL, "after talks with his Saudi counterpart", "2024-10-09"),
      ("LEADS", FAISAL, "organization:saudi-foreign-ministry", "his Saudi counterpart, Prince Faisal"),
      ("VISITED", ARAG, "location:muscat", "He then flew to Muscat", "2024-10"),
      ("MET_WITH", ARAG, BUSAIDI, "where he held talks with Oman's", "2024-10"),
      ("LEADS", BUSAIDI, "organization:omani-foreign-ministry", "Oman's foreign minister, Badr"),
      ("REPORTED_BY", ARAG, "outlet:al-jazeera", "Araqchi told Al Jazeera"),
      ],
     {"source": "blind set (pan-Arab daily, English)", "published": "2024-10-16"}),

    ("arGZ4_helicopter_crash_successions", "ar",
     "بعد سقوط مروحية رئيسي وعبداللهيان في أذربيجان الشرقية: مخبر يتولى مهام الرئاسة وباقري كني يخلف "
     "وزير الخارجية والبلاد تتجه إلى انتخابات مبكرة\n"
     "طهران – «العربية»: أعلنت السلطات الإيرانية في 20 أيار/مايو 2024 وفاة الرئيس إبراهيم رئيسي "
     "ووزير الخارجية حسين أمير عبداللهيان ومرافقيهما إثر تحطم مروحيتهم في منطقة جبلية وعرة، وذلك بعد "
     "ساعات من لقاء رئيسي نظيرَه الأذربيجاني إلهام علييف وتدشينهما سد قيز قلعه سي على نهر آراس.\n"
     "وكلّف المرشد علي خامنئي النائبَ الأول للرئيس محمد مخبر بتولي مهام الرئاسة مؤقتاً خلفاً لرئيسي، "
     "فيما عُيّن كبير المفاوضين النوويين علي باقري كني قائماً بأعمال وزارة الخارجية بدلاً من عبداللهيان.\n"
     "ولم توجه طهران الاتهام إلى أي جهة، وخلص تحقيق هيئة الأركان العامة للقوات المسلحة إلى أن سوء "
     "الأحوال الجوية كان سبب الحادث، فيما نفى مسؤول إسرائيلي أي دور لبلاده.\n"
     "وفي انتخابات تموز/يوليو تغلّب مسعود بزشكيان على المرشح المحافظ سعيد جليلي ليخلف رئيسي، وعيّن "
     "عباس عراقجي وزيراً للخارجية خلفاً لباقري كني.",
     [("LEADS", ABDOL, IFM, "ووزير الخارجية حسين أمير عبداللهيان"),
      ("MET_WITH", RAISI, ALIYEV, "من لقاء رئيسي نظيرَه الأذربيجاني", "2024-05-19"),
      ("LEADS", ALIYEV, AZ, "الأذربيجاني إلهام علييف"),
      ("VISITED", RAISI, "location:qiz-qalasi-dam", "وتدشينهما سد قيز قلعه سي", "2024-05-19"),
      ("VISITED", ALIYEV, "location:qiz-qalasi-dam", "سد قيز قلعه سي على نهر آراس", "2024-05-19"),
      ("LEADS", KHAM, IRN, "المرشد علي خامنئي"),
      ("SUCCESSOR_OF", MOKH, RAISI, "مؤقتاً خلفاً لرئيسي", "2024-05-20"),
      ("SUCCESSOR_OF", BAGH, ABDOL, "بدلاً من عبداللهيان", "2024-05-20"),
      ("LEADS", BAGH, IFM, "قائماً بأعمال وزارة الخارجية"),
      ("SUCCESSOR_OF", PEZ, RAISI, "ليخلف رئيسي", "2024-07"),
      ("SUCCESSOR_OF", ARAG, BAGH, "خلفاً لباقري كني", "2024-08"),
      ("LEADS", ARAG, IFM, "عباس عراقجي وزيراً للخارجية"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2024-08-22"}),

    ("enGZ5_araghchi_grossi_cairo", "en",
     "Iran's foreign minister in Cairo for a three-way meeting with Abdelatty and the IAEA chief; "
     "Tehran and the agency sign a new framework for inspections under Egyptian auspices\n"
     "CAIRO: Iranian Foreign Minister Abbas Araghchi and the director general of the International "
     "Atomic Energy Agency, Rafael Grossi, signed an agreement in Cairo on Tuesday, September 9, 2025, "
     "after a three-way meeting hosted by Egypt's foreign minister, Badr Abdelatty.\n"
     "The deal sets out how inspectors will return to Iranian sites after Tehran suspended cooperation "
     "with the agency following the June war with Israel.\n"
     "On an earlier visit in June, Araghchi was received by President Abdel Fattah El-Sisi, the "
     "presidency's spokesman, Mohamed El-Shennawy, said.\n"
     "El-Sisi has since spoken by phone several times with President Masoud Pezeshkian, with whom he "
     "held talks on the sidelines of the D-8 summit in Cairo in December 2024.\n"
     "An Egyptian diplomatic source denied that Cairo was preparing to host a meeting between Araghchi "
     "and the US envoy, Steve Witkoff.",
     [("LEADS", ARAG, IFM, "Iranian Foreign Minister Abbas Araghchi"),
      ("LEADS", GROSSI, "organization:iaea", "the director general of the International"),
      ("VISITED", ARAG, "location:cairo", "signed an agreement in Cairo", "2025-09-09"),
      ("VISITED", GROSSI, "location:cairo", "Rafael Grossi, signed", "2025-09-09"),
      ("MET_WITH", ARAG, GROSSI, "after a three-way meeting", "2025-09-09"),
      ("MET_WITH", ARAG, ABDEL, "hosted by Egypt's foreign minister", "2025-09-09"),
      ("MET_WITH", GROSSI, ABDEL, "foreign minister, Badr Abdelatty", "2025-09-09"),
      ("LEADS", ABDEL, "organization:egyptian-foreign-ministry", "Egypt's foreign minister, Badr"),
      ("MET_WITH", ARAG, SISI, "Araghchi was received by President", "2025-06"),
      ("MEMBER_OF", SHENN, "organization:egyptian-presidency", "the presidency's spokesman"),
      ("MET_WITH", SISI, PEZ, "held talks on the sidelines of the D-8", "2024-12"),
      ("VISITED", PEZ, "location:cairo", "D-8 summit in Cairo", "2024-12"),
      ],
     {"source": "blind set (pan-Arab daily, English)", "published": "2025-09-10"}),

    ("arGZ6_raisi_in_ankara", "ar",
     "رئيسى فى أنقرة بعد تأجيلين: قمة مع أردوغان واجتماع لمجلس التعاون الرفيع المستوى واتفاقات في "
     "الطاقة والنقل ومكافحة التهريب\n"
     "أنقرة – «الأناضول»: استقبل الرئيس التركي رجب طيب أردوغان نظيره الإيراني إبراهيم رئيسى في المجمع "
     "الرئاسي بأنقرة يوم الأربعاء 24 كانون الثاني/يناير 2024، في زيارة أُرجئت مرتين كان آخرها في تشرين "
     "الثاني/نوفمبر.\n"
     "وعقد وزير الخارجية الإيراني حسين أمير عبداللهيان محادثات منفصلة مع نظيره التركي هاكان فيدان "
     "تناولت الحرب على غزة والتوتر في البحر الأحمر.\n"
     "كما اجتمع وزير الداخلية الإيراني أحمد وحيدي بنظيره التركي علي يرلي كايا، ووقّع الوزيران مذكرة "
     "تفاهم لمكافحة تهريب المخدرات.\n"
     "ونقلت وكالة «إرنا» عن رئيسى قوله إن «على العالم الإسلامي قطع شريان الحياة عن الكيان الصهيوني».\n"
     "وكان أردوغان قد بحث مع ضيفه في اتصال هاتفي قبل أسبوع ترتيبات الزيارة، فيما تحدثت تقارير تركية عن "
     "زيارة مرتقبة لأردوغان إلى طهران قبل نهاية العام.",
     [("LEADS", ERD, TUR, "الرئيس التركي رجب طيب أردوغان"),
      ("MET_WITH", ERD, RAISI, "أردوغان نظيره الإيراني", "2024-01-24"),
      ("LEADS", RAISI, IRN, "نظيره الإيراني إبراهيم رئيسى"),
      ("VISITED", RAISI, "location:ankara", "في المجمع الرئاسي بأنقرة", "2024-01-24"),
      ("LOCATED_IN", "location:presidential-complex-ankara", "location:ankara", "المجمع الرئاسي بأنقرة يوم"),
      ("MET_WITH", ABDOL, FIDAN, "محادثات منفصلة مع نظيره التركي", "2024-01-24"),
      ("LEADS", ABDOL, IFM, "وزير الخارجية الإيراني حسين"),
      ("LEADS", FIDAN, "organization:turkish-foreign-ministry", "التركي هاكان فيدان"),
      ("MET_WITH", VAHIDI, YERLI, "اجتمع وزير الداخلية الإيراني", "2024-01-24"),
      ("LEADS", VAHIDI, "organization:iranian-interior-ministry", "الداخلية الإيراني أحمد وحيدي"),
      ("LEADS", YERLI, "organization:turkish-interior-ministry", "بنظيره التركي علي يرلي كايا"),
      ("REPORTED_BY", RAISI, "outlet:irna", "ونقلت وكالة «إرنا» عن رئيسى"),
      ],
     {"source": "blind set (pan-Arab daily, Arabic)", "published": "2024-01-25"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGZ")
