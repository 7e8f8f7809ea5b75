"""Blind set IH: Iran's June 2025 war and its aftermath, as a European broadcaster's Arabic and English
services (DW/France24-like: explanatory background, "analysts say", experts quoted by institution):
a profile of Abdolrahim Musavi after Bagheri, with Hatami taking the army (English); the nuclear
scientists Tehranchi and Abbasi-Davani killed on 13 June, with the Shahriari and Fakhrizadeh
precedents (Arabic); Macron meets Pezeshkian and Araghchi meets the E3 and Kallas in New York,
September 2025, Cooper having replaced Lammy (English); Majid Mousavi after Hajizadeh at the Aerospace
Force (Arabic); Pezeshkian received by Emir Tamim in Doha, September 2025 (English); a profile of
Pakpour after Salami, Karami after Pakpour (Arabic).
Excluded on purpose: Vahidi "tipped" as Bagheri's successor; a 2010 killing no one claimed and
Tehran's unconfirmed accusation over Fakhrizadeh; a ruled-out Pezeshkian-Witkoff meeting; a death
with no stated circumstances (Sheikhian); the Qatari prime minister's phone calls and a denied meeting
with Barnea; Qaani floated as a candidate to lead the Guards.
Spellings: Abdolrahim Musavi, فريدون عباسي دوانى, حاجي‌زاده, Jean-Noël Barrot, Élysée.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ih import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISR, USA, FRANCE, QATAR = ("country:iran", "country:israel", "country:united-states", "country:france",
                                 "country:qatar")
IDF, MOSSAD = "organization:israel-defense-forces", "organization:mossad"
IRGC, IRGCGF, AERO, GENSTAFF, ARMY, QF = (
    "organization:irgc", "organization:irgc-ground-forces", "organization:irgc-aerospace-force",
    "organization:iranian-armed-forces-general-staff", "organization:iranian-army", "organization:quds-force")
IRDEF, IRFM, AEOI, AZAD = ("organization:iranian-defence-ministry", "organization:iranian-foreign-ministry",
                           "organization:atomic-energy-organization-of-iran",
                           "organization:islamic-azad-university")
UKFO, FRFM, DEFM, EU = ("organization:uk-foreign-office", "organization:french-foreign-ministry",
                        "organization:german-foreign-ministry", "organization:european-union")
QATGOV, QATFM, SWP, ICG, CHATHAM = ("organization:qatari-government", "organization:qatari-foreign-ministry",
                                    "organization:swp", "organization:international-crisis-group",
                                    "organization:chatham-house")
NEWYORK, DOHA, TELAVIV, HAIFA, BEERSHEBA, UDEID = (
    "location:new-york", "location:doha", "location:tel-aviv", "location:haifa", "location:beersheba",
    "location:al-udeid-air-base")
DW = "outlet:dw"
BAGHERI, MOUSAVI, SALEHI, HATAMI, VAHIDI = ("person:mohammad-bagheri", "person:abdolrahim-mousavi",
                                            "person:ataollah-salehi", "person:amir-hatami", "person:ahmad-vahidi")
KHAM, PEZ, ARAGHCHI, AZIZI, VAKIL, VAEZ = ("person:ali-khamenei", "person:masoud-pezeshkian",
                                           "person:abbas-araghchi", "person:hamidreza-azizi",
                                           "person:sanam-vakil", "person:ali-vaez")
TEHRANCHI, ABBASI, SHAHRIARI, FAKHRI, ESLAMI = (
    "person:mohammad-mehdi-tehranchi", "person:fereydoun-abbasi", "person:majid-shahriari",
    "person:mohsen-fakhrizadeh", "person:mohammad-eslami")
MACRON, COOPER, LAMMY, BARROT, WADEPHUL, KALLAS, WITKOFF = (
    "person:emmanuel-macron", "person:yvette-cooper", "person:david-lammy", "person:jean-noel-barrot",
    "person:johann-wadephul", "person:kaja-kallas", "person:steve-witkoff")
HAJI, MMOUSAVI, NAINI, SHEIKHIAN = ("person:amir-ali-hajizadeh", "person:majid-mousavi",
                                    "person:ali-mohammad-naini", "person:davoud-sheikhian")
TAMIM, MBAR, ANSARI, BARNEA = ("person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani",
                               "person:majed-al-ansari", "person:david-barnea")
SALAMI, PAKPOUR, JAFARI, KARAMI, QAANI = ("person:hossein-salami", "person:mohammad-pakpour",
                                          "person:mohammad-ali-jafari", "person:mohammad-karami",
                                          "person:esmail-qaani")

ARTICLES = [
    ("enIH1_who_is_musavi", "en",
     "Who is Abdolrahim Musavi, Iran's new armed forces chief?\n"
     "When Israeli strikes killed Mohammad Bagheri on June 13, Iran's Supreme Leader Ali Khamenei turned "
     "within hours to Major General Abdolrahim Musavi, a career officer of the regular army, as his successor "
     "at the head of the General Staff of the Armed Forces.\n"
     "Musavi had commanded the army, known as the Artesh, since 2017, when he succeeded Ataollah Salehi; his "
     "old post now goes to Amir Hatami, a former defense minister.\n"
     "Some conservative outlets had tipped Ahmad Vahidi, a former Quds Force commander, as a possible "
     "successor to Bagheri, but the nod went elsewhere.\n"
     "Hamidreza Azizi, a fellow at the German Institute for International and Security Affairs (SWP), told "
     "DW that choosing an Artesh man was \"a signal that Khamenei wants continuity and a firewall between the "
     "Guards and the general staff.\"\n"
     "Analysts say Musavi, unlike his predecessor, has little experience of Iran's regional networks, which "
     "remain the preserve of the Revolutionary Guards.",
     [("ASSASSINATED_BY", BAGHERI, ISR, "When Israeli strikes killed Mohammad Bagheri", "2025-06-13"),
      ("LEADS", KHAM, IRAN, "Iran's Supreme Leader Ali Khamenei"),
      ("SUCCESSOR_OF", MOUSAVI, BAGHERI, "as his successor", "2025-06-13"),
      ("LEADS", MOUSAVI, GENSTAFF, "at the head of the General Staff of the Armed Forces", "2025-06-13"),
      ("LEADS", MOUSAVI, ARMY, "Musavi had commanded the army", "2017"),
      ("SUCCESSOR_OF", MOUSAVI, SALEHI, "when he succeeded Ataollah Salehi", "2017"),
      ("SUCCESSOR_OF", HATAMI, MOUSAVI, "his old post now goes to Amir Hatami", "2025-06-13"),
      ("LEADS", HATAMI, ARMY, "his old post now goes to Amir Hatami", "2025-06-13"),
      ("LEADS", HATAMI, IRDEF, "a former defense minister"),
      ("LEADS", VAHIDI, QF, "a former Quds Force commander"),
      ("MEMBER_OF", AZIZI, SWP, "a fellow at the German Institute"),
      ("REPORTED_BY", AZIZI, DW, "told DW"),
      ],
     {"source": "blind set (European broadcaster, English service)", "published": "2025-06-16"}),

    ("arIH2_nuclear_scientists", "ar",
     "من طهرانجي إلى عباسي دوانى: لماذا استهدفت إسرائيل علماء إيران النوويين؟\n"
     "أعلن الجيش الإسرائيلي أنه قتل في ضربات 13 حزيران/يونيو ما لا يقل عن تسعة علماء نوويين إيرانيين، "
     "أبرزهم الفيزيائي محمد مهدي طهرانجي، رئيس جامعة آزاد الإسلامية، وفريدون عباسي دوانى، الرئيس الأسبق "
     "لمنظمة الطاقة الذرية الإيرانية.\n"
     "وكان عباسي دوانى قد نجا عام 2010 من محاولة اغتيال بقنبلة لاصقة في طهران، فيما قُتل زميله مجيد "
     "شهرياري في هجوم مماثل في اليوم نفسه دون أن تتبنى أي جهة العملية.\n"
     "كما تستحضر الضربات اغتيال محسن فخري زاده عام 2020، الذي حمّلت طهران إسرائيل مسؤوليته من دون أن "
     "تؤكد الأخيرة ذلك رسمياً.\n"
     "ويؤكد رئيس منظمة الطاقة الذرية الإيرانية محمد إسلامي أن البرنامج «لن يتوقف بغياب الأشخاص»، غير أن "
     "محللين يرون أن إسلامي يدرك حجم الخسارة في الخبرات المتراكمة.\n"
     "ويقول خبراء إن إسرائيل تراهن على أن استهداف العقول أصعب تعويضاً من إعادة بناء أجهزة الطرد المركزي.",
     [("ASSASSINATED_BY", TEHRANCHI, IDF, "أنه قتل في ضربات 13", "2025-06-13"),
      ("ASSASSINATED_BY", ABBASI, IDF, "أنه قتل في ضربات 13", "2025-06-13"),
      ("LEADS", TEHRANCHI, AZAD, "رئيس جامعة آزاد الإسلامية"),
      ("LEADS", ABBASI, AEOI, "الرئيس الأسبق"),
      ("LEADS", ESLAMI, AEOI, "رئيس منظمة الطاقة الذرية الإيرانية محمد"),
      ],
     {"source": "blind set (European broadcaster, Arabic service)", "published": "2025-06-18"}),

    ("enIH3_macron_pezeshkian_new_york", "en",
     "Macron meets Pezeshkian in New York as snapback deadline nears\n"
     "French President Emmanuel Macron met his Iranian counterpart Masoud Pezeshkian on the sidelines of the "
     "UN General Assembly in New York on Tuesday, the Élysée said.\n"
     "Hours earlier, Foreign Minister Abbas Araghchi had held talks with Britain's new Foreign Secretary "
     "Yvette Cooper, France's Jean-Noël Barrot and Germany's Johann Wadephul, together with EU foreign policy "
     "chief Kaja Kallas.\n"
     "Cooper, who replaced David Lammy in a government reshuffle earlier this month, said afterwards that "
     "Tehran had \"days, not weeks\" to restore inspections.\n"
     "Analysts say the European trio, which triggered the \"snapback\" of UN sanctions in August, has little "
     "left to offer after the June war, in which Israeli and US strikes hit Iran's nuclear sites.\n"
     "Pezeshkian ruled out any meeting with US envoy Steve Witkoff in New York, accusing Washington of having "
     "\"betrayed diplomacy\" by bombing Iran in the middle of talks.",
     [("LEADS", MACRON, FRANCE, "French President Emmanuel Macron"),
      ("MET_WITH", MACRON, PEZ, "met his Iranian counterpart", "2025-09-23"),
      ("LEADS", PEZ, IRAN, "his Iranian counterpart Masoud Pezeshkian"),
      ("VISITED", MACRON, NEWYORK, "UN General Assembly in New York on Tuesday", "2025-09-23"),
      ("VISITED", PEZ, NEWYORK, "UN General Assembly in New York on Tuesday", "2025-09-23"),
      ("LEADS", ARAGHCHI, IRFM, "Foreign Minister Abbas Araghchi had held talks"),
      ("MET_WITH", ARAGHCHI, COOPER, "had held talks with", "2025-09-23"),
      ("MET_WITH", ARAGHCHI, BARROT, "had held talks with", "2025-09-23"),
      ("MET_WITH", ARAGHCHI, WADEPHUL, "had held talks with", "2025-09-23"),
      ("MET_WITH", ARAGHCHI, KALLAS, "had held talks with", "2025-09-23"),
      ("MET_WITH", COOPER, BARROT, "had held talks with", "2025-09-23"),
      ("MET_WITH", COOPER, WADEPHUL, "had held talks with", "2025-09-23"),
      ("MET_WITH", COOPER, KALLAS, "had held talks with", "2025-09-23"),
      ("MET_WITH", BARROT, WADEPHUL, "had held talks with", "2025-09-23"),
      ("MET_WITH", BARROT, KALLAS, "had held talks with", "2025-09-23"),
      ("MET_WITH", WADEPHUL, KALLAS, "had held talks with", "2025-09-23"),
      ("LEADS", COOPER, UKFO, "Britain's new Foreign Secretary"),
      ("LEADS", BARROT, FRFM, "France's Jean-Noël Barrot"),
      ("LEADS", WADEPHUL, DEFM, "Germany's Johann Wadephul"),
      ("MEMBER_OF", KALLAS, EU, "EU foreign policy chief Kaja Kallas"),
      ("SUCCESSOR_OF", COOPER, LAMMY, "who replaced David Lammy", "2025-09-05"),
      ("ATTACKED", ISR, IRAN, "Israeli and US strikes hit Iran's nuclear sites", "2025-06"),
      ("ATTACKED", USA, IRAN, "Israeli and US strikes hit Iran's nuclear sites", "2025-06"),
      ],
     {"source": "blind set (European broadcaster, English service)", "published": "2025-09-24"}),

    ("arIH4_majid_mousavi_aerospace", "ar",
     "بعد مقتل حاجي‌زاده... من هو مجيد موسوي القائد الجديد لـ«القوة الصاروخية» في الحرس الثوري؟\n"
     "عيّن المرشد الإيراني علي خامنئي العميد مجيد موسوي قائداً للقوة الجوفضائية في الحرس الثوري، خلفاً "
     "لأمير علي حاجي زاده الذي أعلن الجيش الإسرائيلي أنه قتله مع عدد من كبار ضباطه في 13 حزيران/يونيو.\n"
     "ويُعدّ موسوي، الذي شغل منصب نائب حاجي زاده لسنوات، من مهندسي برنامج الصواريخ الباليستية، بحسب "
     "محللين.\n"
     "وفي عهده أطلقت القوة رشقات من الصواريخ على تل أبيب وحيفا وبئر السبع، أصاب أحدها مستشفى سوروكا.\n"
     "وأكد المتحدث باسم الحرس الثوري العميد علي محمد نائيني أن «القدرات الصاروخية لم تتأثر»، فيما كانت "
     "وسائل إعلام إيرانية قد أعلنت وفاة العميد داود شيخيان، قائد الدفاع الجوي في القوة، من دون ذكر "
     "ملابسات مقتله.\n"
     "ويقول علي واعظ، مدير مشروع إيران في مجموعة الأزمات الدولية، لـ«دويتشه فيله» إنه لا يرى «أي مؤشر "
     "على تراجع العقيدة الصاروخية»، مضيفاً أن موسوي «ابن المؤسسة الصاروخية».",
     [("LEADS", KHAM, IRAN, "المرشد الإيراني علي خامنئي"),
      ("SUCCESSOR_OF", MMOUSAVI, HAJI, "خلفاً لأمير علي حاجي زاده", "2025-06"),
      ("LEADS", MMOUSAVI, AERO, "العميد مجيد موسوي قائداً للقوة الجوفضائية"),
      ("PART_OF", AERO, IRGC, "للقوة الجوفضائية في الحرس الثوري"),
      ("ASSASSINATED_BY", HAJI, IDF, "أعلن الجيش الإسرائيلي أنه قتله", "2025-06-13"),
      ("MEMBER_OF", MMOUSAVI, AERO, "الذي شغل منصب نائب حاجي زاده"),
      ("ATTACKED", AERO, TELAVIV, "رشقات من الصواريخ على تل أبيب", "2025-06"),
      ("ATTACKED", AERO, HAIFA, "رشقات من الصواريخ على تل أبيب", "2025-06"),
      ("ATTACKED", AERO, BEERSHEBA, "رشقات من الصواريخ على تل أبيب", "2025-06"),
      ("MEMBER_OF", NAINI, IRGC, "المتحدث باسم الحرس الثوري العميد"),
      ("MEMBER_OF", SHEIKHIAN, AERO, "قائد الدفاع الجوي في القوة"),
      ("MEMBER_OF", VAEZ, ICG, "مدير مشروع إيران في مجموعة الأزمات الدولية"),
      ("REPORTED_BY", VAEZ, DW, "لـ«دويتشه فيله»"),
      ],
     {"source": "blind set (European broadcaster, Arabic service)", "published": "2025-06-25"}),

    ("enIH5_pezeshkian_doha", "en",
     "Pezeshkian in Doha: from the Al Udeid strike to an Arab-Islamic summit\n"
     "Iranian President Masoud Pezeshkian arrived in Doha for an emergency Arab-Islamic summit and was "
     "received on Monday by Qatar's Emir Sheikh Tamim bin Hamad Al Thani, less than three months after "
     "Iranian missiles targeted the US air base at Al Udeid.\n"
     "The summit was convened after an Israeli airstrike on a residential compound in Doha on September 9 "
     "targeted Hamas leaders, killing five Hamas members and a Qatari security officer.\n"
     "Qatar's Prime Minister and Minister of Foreign Affairs, Sheikh Mohammed bin Abdulrahman Al Thani, had "
     "helped broker the June 24 ceasefire between Iran and Israel through phone calls with Tehran at "
     "Washington's request.\n"
     "Foreign ministry spokesman Majed al-Ansari said Doha had \"never let its relations with Tehran become "
     "hostage\" to the Al Udeid episode; Ansari also denied reports that the prime minister had met Mossad "
     "chief David Barnea that week.\n"
     "Analysts say the summit gave Tehran a rare chance to stand alongside its Gulf neighbours against Israel.",
     [("LEADS", PEZ, IRAN, "Iranian President Masoud Pezeshkian"),
      ("VISITED", PEZ, DOHA, "arrived in Doha for an emergency", "2025-09-15"),
      ("MET_WITH", PEZ, TAMIM, "received on Monday by Qatar's Emir", "2025-09-15"),
      ("LEADS", TAMIM, QATAR, "Qatar's Emir Sheikh Tamim"),
      ("ATTACKED", IRAN, UDEID, "Iranian missiles targeted the US air base", "2025-06-23"),
      ("ATTACKED", ISR, DOHA, "an Israeli airstrike on a residential compound in Doha", "2025-09-09"),
      ("LEADS", MBAR, QATGOV, "Qatar's Prime Minister and Minister of Foreign Affairs"),
      ("LEADS", MBAR, QATFM, "Qatar's Prime Minister and Minister of Foreign Affairs"),
      ("MEMBER_OF", ANSARI, QATFM, "Foreign ministry spokesman Majed al-Ansari"),
      ("LEADS", BARNEA, MOSSAD, "Mossad chief David Barnea"),
      ],
     {"source": "blind set (European broadcaster, English service)", "published": "2025-09-15"}),

    ("arIH6_pakpour_profile", "ar",
     "محمد باكبور... قائد الحرس الثوري الذي ورث منصب سلامي تحت النار\n"
     "لم يكد يمضي يوم على مقتل اللواء حسين سلامي بغارة إسرائيلية فجر 13 حزيران/يونيو حتى أصدر المرشد علي "
     "خامنئي مرسوماً بتعيين العميد محمد باكبور قائداً عاماً للحرس الثوري خلفاً له، مع ترقيته إلى رتبة لواء.\n"
     "وكان سلامي نفسه قد تولى القيادة عام 2019 خلفاً للواء محمد علي جعفري.\n"
     "وأمضى باكبور نحو خمسة عشر عاماً على رأس القوات البرية للحرس، قبل أن يخلفه فيها العميد محمد كرمي.\n"
     "وكانت تقارير إيرانية قد طرحت اسم قائد فيلق القدس إسماعيل قاآني بين المرشحين المحتملين لقيادة الحرس، "
     "لكنه لم يُعيَّن.\n"
     "وتقول صنم وكيل، مديرة برنامج الشرق الأوسط وشمال أفريقيا في معهد تشاتام هاوس، إن باكبور «رجل ميدان "
     "أكثر منه رجل سياسة»، وتضيف وكيل أن تعيينه يعكس أولوية «إعادة ترميم الردع».",
     [("ASSASSINATED_BY", SALAMI, ISR, "بغارة إسرائيلية فجر", "2025-06-13"),
      ("LEADS", KHAM, IRAN, "أصدر المرشد علي"),
      ("SUCCESSOR_OF", PAKPOUR, SALAMI, "قائداً عاماً للحرس الثوري خلفاً له", "2025-06-13"),
      ("LEADS", PAKPOUR, IRGC, "قائداً عاماً للحرس الثوري خلفاً له", "2025-06-13"),
      ("SUCCESSOR_OF", SALAMI, JAFARI, "خلفاً للواء محمد علي جعفري", "2019"),
      ("LEADS", SALAMI, IRGC, "قد تولى القيادة عام 2019", "2019"),
      ("LEADS", PAKPOUR, IRGCGF, "على رأس القوات البرية للحرس"),
      ("PART_OF", IRGCGF, IRGC, "على رأس القوات البرية للحرس"),
      ("SUCCESSOR_OF", KARAMI, PAKPOUR, "قبل أن يخلفه فيها العميد محمد كرمي", "2025-06"),
      ("LEADS", KARAMI, IRGCGF, "قبل أن يخلفه فيها العميد محمد كرمي", "2025-06"),
      ("LEADS", QAANI, QF, "قائد فيلق القدس إسماعيل"),
      ("MEMBER_OF", VAKIL, CHATHAM, "مديرة برنامج الشرق الأوسط وشمال أفريقيا"),
      ],
     {"source": "blind set (European broadcaster, Arabic service)", "published": "2025-06-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIH")
