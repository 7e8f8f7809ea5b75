"""Blind set EQ: the Beijing agreement and the first Gulf-Iranian steps, 2021-2023:
the Saudi-Iranian signing in Beijing hosted by Wang Yi (Arab News-style, Mar 2023); the new
Iranian ambassador in Riyadh and the Saudi ambassador's credentials in Tehran (Okaz-style Arabic,
Sept 2023); Raeesi at the Riyadh Arab-Islamic summit (Gulf News-style, Nov 2023); Faisal bin
Farhan received by Raisi in Tehran (Al-Riyadh-style Arabic, June 2023); Tahnoon bin Zayed in
Tehran and Bagheri Kani's earlier stop in Abu Dhabi (The National-style, Dec 2021); Shamkhani
received by Mohamed bin Zayed in Abu Dhabi (Al-Khaleej-style Arabic, Mar 2023).
Style: en/ar alternating; a signing as a meeting; "was received at the airport by"; "hosted";
lists of sideline meetings; planned visits and a "had not met"/"did not meet"/"لم يلتقِ";
phone calls; attendees "حضر اللقاء"; "حيث خلفه".
Spellings: Al-Eiban, Shamkani / Shamkhani, Raeesi / Raisi, Abdollahian / Amir-Abdollahian,
Tahnoon, Al-Kazemi.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_eq/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_es import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SAUDI, CHINA, UAE = "country:iran", "country:saudi-arabia", "country:china", "country:united-arab-emirates"
IFM, SFM, SNSC = ("organization:iranian-foreign-ministry", "organization:saudi-foreign-ministry",
                  "organization:supreme-national-security-council")
MBS, FBF, AIBAN, SHAM = ("person:mohammed-bin-salman", "person:faisal-bin-farhan", "person:musaed-al-aiban",
                         "person:ali-shamkhani")
WANG, XI, AMA, RAI = "person:wang-yi", "person:xi-jinping", "person:hossein-amir-abdollahian", "person:ebrahim-raisi"
KAD, KHUR, ENA, ANZI = ("person:mustafa-al-kadhimi", "person:waleed-al-khuraiji", "person:alireza-enayati",
                        "person:abdullah-al-anzi")
TOUT, MBAR = "person:mohammad-toutounchi", "person:mohammed-bin-abdulrahman-bin-abdulaziz"
SISI, TAMIM, ASSAD, AG = ("person:abdel-fattah-al-sisi", "person:tamim-bin-hamad-al-thani", "person:bashar-al-assad",
                          "person:ahmed-aboul-gheit")
SALMAN, SAFARI, TAH, MBZ = ("person:salman-bin-abdulaziz", "person:mehdi-safari", "person:tahnoun-bin-zayed",
                            "person:mohamed-bin-zayed")
GARG, MARAR, BAGH, MANS = ("person:anwar-gargash", "person:khalifa-shaheen-al-marar", "person:ali-bagheri-kani",
                           "person:mansour-bin-zayed")

ARTICLES = [
    ("enEQ1_beijing_signing_wang_yi", "en",
     "BEIJING: Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen "
     "their embassies within two months, in a deal brokered by China and signed in Beijing after four "
     "days of closed-door talks.\n"
     "The agreement was signed by Musaed Al-Eiban, the Kingdom's minister of state and national "
     "security adviser, and Ali Shamkani, secretary of Iran's Supreme National Security Council. Wang "
     "Yi, China's top diplomat and director of the Office of the Central Foreign Affairs Commission, "
     "hosted the two delegations and stood between them as they shook hands.\n"
     "\"This is a victory for dialogue and a victory for peace,\" Wang said. Al-Eiban thanked "
     "President Xi Jinping, who had raised the initiative with Crown Prince Mohammed bin Salman "
     "during his visit to Riyadh in December.\n"
     "A joint statement said the two foreign ministers, Prince Faisal bin Farhan and Hossein "
     "Amir-Abdollahian, would meet to arrange the return of ambassadors. The two men had not met by "
     "Friday evening.\n"
     "The deal builds on five rounds of talks hosted by Iraq since April 2021, most of them during the "
     "premiership of Mustafa Al-Kazemi, and on contacts in Muscat. Riyadh cut ties in January 2016 "
     "after protesters stormed its embassy in Tehran and its consulate in Mashhad.",
     [("MET_WITH", AIBAN, SHAM, "The agreement was signed by Musaed", "2023-03-10"),
      ("VISITED", AIBAN, "location:beijing", "signed in Beijing after four", "2023-03-10"),
      ("VISITED", SHAM, "location:beijing", "signed in Beijing after four", "2023-03-10"),
      ("LEADS", SHAM, SNSC, "secretary of Iran's Supreme National Security Council"),
      ("LEADS", WANG, "organization:ccp-central-foreign-affairs-commission", "director of the Office of the Central"),
      ("MET_WITH", WANG, AIBAN, "hosted the two delegations", "2023-03-10"),
      ("MET_WITH", WANG, SHAM, "hosted the two delegations", "2023-03-10"),
      ("LEADS", XI, CHINA, "President Xi Jinping"),
      ("MET_WITH", XI, MBS, "had raised the initiative with Crown Prince", "2022-12"),
      ("VISITED", XI, "location:riyadh", "during his visit to Riyadh in December", "2022-12"),
      ("LEADS", FBF, SFM, "Prince Faisal bin Farhan and Hossein"),
      ("LEADS", AMA, IFM, "Prince Faisal bin Farhan and Hossein"),
      ("LEADS", KAD, "organization:iraqi-government", "premiership of Mustafa Al-Kazemi"),
      ],
     {"source": "blind set (Arab News-style)", "published": "2023-03-11"}),

    ("arEQ2_enayati_credentials_riyadh", "ar",
     "الرياض - «عكاظ» - تسلّم نائب وزير الخارجية المهندس وليد الخريجي، في مقر الوزارة بالرياض أمس، "
     "نسخة من أوراق اعتماد سفير الجمهورية الإسلامية الإيرانية لدى المملكة علي رضا عنايتي، الذي وصل "
     "إلى العاصمة قبل يومين ليكون أول سفير إيراني في المملكة منذ سبع سنوات.\n"
     "وجرى خلال الاستقبال استعراض العلاقات الثنائية وسبل تنفيذ ما تضمنه اتفاق بكين. وقال عنايتي "
     "للصحفيين إن وزير الخارجية حسين أمير عبداللهيان «سيزور الرياض قريباً»، من دون أن يحدد موعداً.\n"
     "وفي طهران، قدّم سفير خادم الحرمين الشريفين عبدالله بن سعود العنزي أوراق اعتماده إلى الرئيس "
     "الإيراني إبراهيم رئيسي، الذي أكد خلال المراسم أن «إيران والسعودية قادرتان معاً على صون أمن "
     "المنطقة». وكان العنزي قد شغل منصب سفير المملكة لدى سلطنة عُمان قبل تعيينه.\n"
     "ويتولى عنايتي منذ سنوات ملف الخليج في الخارجية الإيرانية، وسبق أن عمل سفيراً لبلاده لدى "
     "الكويت، حيث خلفه محمد توتونجي. ولم يلتقِ السفير الإيراني حتى الآن وزير الخارجية الأمير فيصل "
     "بن فرحان، الذي يُتوقع أن يستقبله الأسبوع المقبل.",
     [("MET_WITH", KHUR, ENA, "تسلّم نائب وزير الخارجية المهندس", "2023-09-05"),
      ("MEMBER_OF", KHUR, SFM, "نائب وزير الخارجية المهندس وليد"),
      ("VISITED", ENA, "location:riyadh", "إلى العاصمة قبل يومين", "2023-09-03"),
      ("LEADS", AMA, IFM, "وزير الخارجية حسين أمير"),
      ("MET_WITH", ANZI, RAI, "قدّم سفير خادم الحرمين الشريفين"),
      ("LEADS", RAI, IRAN, "الإيراني إبراهيم رئيسي"),
      ("MEMBER_OF", ENA, IFM, "ملف الخليج في الخارجية الإيرانية"),
      ("SUCCESSOR_OF", TOUT, ENA, "حيث خلفه محمد توتونجي"),
      ("LEADS", FBF, SFM, "وزير الخارجية الأمير فيصل"),
      ],
     {"source": "blind set (Okaz-style Arabic)", "published": "2023-09-06"}),

    ("enEQ3_raeesi_riyadh_summit", "en",
     "RIYADH: Iranian President Ebrahim Raeesi held talks with Saudi Crown Prince Mohammed bin Salman "
     "on Saturday on the sidelines of the joint Arab-Islamic extraordinary summit on Gaza, the first "
     "visit to the Kingdom by an Iranian head of state in more than a decade.\n"
     "Raeesi, wearing a black turban and a Palestinian keffiyeh, was received at King Khalid "
     "International Airport by the deputy governor of Riyadh region, Prince Mohammed bin Abdulrahman "
     "bin Abdulaziz, before heading to the summit venue.\n"
     "The Saudi Press Agency said the two leaders reviewed the situation in Gaza and efforts to "
     "implement the Beijing agreement. Foreign Minister Hossein Abdollahian, who had arrived a day "
     "earlier for a preparatory meeting of ministers, accompanied the president.\n"
     "On the sidelines, Raeesi also met Egyptian President Abdel Fattah Al Sisi for the first time, "
     "as well as Qatar's Emir Sheikh Tamim bin Hamad Al Thani and Syrian President Bashar Al Assad. He "
     "did not meet Jordan's King Abdullah, who left Riyadh early.\n"
     "Addressing the summit, Raeesi called on Islamic countries to arm the Palestinians if the war "
     "continued, a proposal that did not make it into the final communique read by Arab League "
     "Secretary-General Ahmed Aboul Gheit.\n"
     "The last Iranian president to set foot in Saudi Arabia was Mahmoud Ahmadinejad, who attended "
     "an Islamic summit in Makkah in 2012.",
     [("LEADS", RAI, IRAN, "Iranian President Ebrahim Raeesi"),
      ("MET_WITH", RAI, MBS, "held talks with Saudi Crown Prince", "2023-11-11"),
      ("VISITED", RAI, SAUDI, "visit to the Kingdom by an Iranian head of state", "2023-11-11"),
      ("MET_WITH", RAI, MBAR, "was received at King Khalid", "2023-11-11"),
      ("LEADS", AMA, IFM, "Foreign Minister Hossein Abdollahian"),
      ("MET_WITH", RAI, SISI, "Raeesi also met Egyptian President", "2023-11-11"),
      ("MET_WITH", RAI, TAMIM, "Raeesi also met Egyptian President", "2023-11-11"),
      ("MET_WITH", RAI, ASSAD, "Raeesi also met Egyptian President", "2023-11-11"),
      ("LEADS", SISI, "country:egypt", "Egyptian President Abdel Fattah"),
      ("LEADS", TAMIM, "country:qatar", "Qatar's Emir Sheikh Tamim"),
      ("LEADS", ASSAD, "country:syria", "Syrian President Bashar"),
      ("LEADS", AG, "organization:arab-league", "Arab League Secretary-General Ahmed"),
      ("VISITED", "person:mahmoud-ahmadinejad", "location:makkah", "an Islamic summit in Makkah", "2012-08"),
      ("VISITED", "person:mahmoud-ahmadinejad", SAUDI, "set foot in Saudi Arabia", "2012-08"),
      ("LOCATED_IN", "location:makkah", SAUDI, "set foot in Saudi Arabia"),
      ],
     {"source": "blind set (Gulf News-style)", "published": "2023-11-12"}),

    ("arEQ4_faisal_bin_farhan_tehran", "ar",
     "طهران - «الرياض» - استقبل الرئيس الإيراني إبراهيم رئيسي، في طهران أمس، صاحب السمو الأمير "
     "فيصل بن فرحان بن عبدالله وزير الخارجية، الذي نقل إليه تحيات خادم الحرمين الشريفين الملك "
     "سلمان بن عبدالعزيز وسمو ولي العهد، ودعوة رسمية لزيارة المملكة.\n"
     "وكان سموه قد عقد في وقت سابق جلسة مباحثات موسعة مع نظيره الإيراني حسين أمير عبداللهيان في "
     "مقر الخارجية الإيرانية، أعقبها مؤتمر صحفي مشترك أكد فيه الأمير فيصل أن العلاقات بين البلدين "
     "«تقوم على الاحترام المتبادل وعدم التدخل في الشؤون الداخلية».\n"
     "وكان في استقبال سموه لدى وصوله إلى مطار مهرآباد مساعد وزير الخارجية الإيراني مهدي صفري.\n"
     "وتُعد الزيارة الأولى لوزير خارجية سعودي إلى إيران منذ سنوات طويلة، وتأتي بعد ثلاثة أشهر من "
     "توقيع اتفاق استئناف العلاقات. وكان الرئيس رئيسي قد تلقى في آذار اتصالاً هاتفياً من سمو ولي "
     "العهد.\n"
     "ولم يلتقِ سمو الوزير المرشد علي خامنئي خلال الزيارة التي استمرت يوماً واحداً، فيما أعلنت "
     "الخارجية الإيرانية أن أمير عبداللهيان سيزور الرياض «في أقرب فرصة».",
     [("MET_WITH", RAI, FBF, "استقبل الرئيس الإيراني", "2023-06-17"),
      ("LEADS", RAI, IRAN, "استقبل الرئيس الإيراني"),
      ("VISITED", FBF, "location:tehran", "في طهران أمس", "2023-06-17"),
      ("LEADS", FBF, SFM, "بن عبدالله وزير الخارجية"),
      ("LEADS", SALMAN, SAUDI, "خادم الحرمين الشريفين الملك"),
      ("MET_WITH", FBF, AMA, "جلسة مباحثات موسعة مع نظيره", "2023-06-17"),
      ("LEADS", AMA, IFM, "نظيره الإيراني حسين"),
      ("MET_WITH", FBF, SAFARI, "وكان في استقبال سموه", "2023-06-17"),
      ("MEMBER_OF", SAFARI, IFM, "مساعد وزير الخارجية الإيراني مهدي"),
      ],
     {"source": "blind set (Al-Riyadh-style Arabic)", "published": "2023-06-18"}),

    ("enEQ5_tahnoon_tehran", "en",
     "Sheikh Tahnoon bin Zayed, the UAE's National Security Adviser, met Iranian President Ebrahim "
     "Raisi in Tehran on Monday, in the highest-level Emirati visit to the Islamic Republic in years.\n"
     "Sheikh Tahnoon, who landed in the Iranian capital in the morning, also held talks with Ali "
     "Shamkhani, secretary of the Supreme National Security Council, Iranian state media said. He "
     "conveyed the greetings of Sheikh Mohamed bin Zayed, Crown Prince of Abu Dhabi, and an invitation "
     "for Mr Raisi to visit the UAE.\n"
     "Dr Anwar Gargash, diplomatic adviser to the UAE President, said on Twitter that the trip was "
     "\"a continuation of the UAE's efforts to strengthen bridges of communication and cooperation\".\n"
     "The visit followed a stop in Abu Dhabi in late November by Iran's deputy foreign minister and "
     "chief nuclear negotiator, Ali Bagheri Kani, who was received by Dr Gargash and by Khalifa Shaheen "
     "Al Marar, Minister of State.\n"
     "The UAE downgraded its relations with Tehran in 2016 but kept trade links open through Dubai. "
     "Mr Raisi told his guest that relations with neighbours were the top priority of his foreign "
     "policy.",
     [("MET_WITH", TAH, RAI, "met Iranian President Ebrahim", "2021-12-06"),
      ("LEADS", RAI, IRAN, "met Iranian President Ebrahim"),
      ("VISITED", TAH, "location:tehran", "Raisi in Tehran on Monday", "2021-12-06"),
      ("MET_WITH", TAH, SHAM, "also held talks with Ali", "2021-12-06"),
      ("LEADS", SHAM, SNSC, "secretary of the Supreme National Security Council"),
      ("VISITED", BAGH, "location:abu-dhabi", "a stop in Abu Dhabi in late November", "2021-11-24"),
      ("MEMBER_OF", BAGH, IFM, "Iran's deputy foreign minister and"),
      ("MET_WITH", BAGH, GARG, "who was received by Dr Gargash", "2021-11-24"),
      ("MET_WITH", BAGH, MARAR, "who was received by Dr Gargash", "2021-11-24"),
      ],
     {"source": "blind set (The National-style)", "published": "2021-12-07"}),

    ("arEQ6_shamkhani_abu_dhabi", "ar",
     "أبوظبي - «الخليج» - استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة، في قصر الشاطئ "
     "بأبوظبي أمس، علي شمخاني أمين المجلس الأعلى للأمن القومي في الجمهورية الإسلامية الإيرانية، "
     "والوفد المرافق له.\n"
     "ورحّب سموه بالضيف، وتبادل معه الحديث حول العلاقات بين البلدين وسبل تعزيزها بما يخدم مصالحهما "
     "المشتركة، إضافة إلى عدد من القضايا الإقليمية والدولية.\n"
     "حضر اللقاء سمو الشيخ منصور بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير ديوان الرئاسة.\n"
     "وبحث شمخاني في لقاء منفصل مع سمو الشيخ طحنون بن زايد آل نهيان مستشار الأمن الوطني التعاون "
     "الأمني بين البلدين.\n"
     "وتأتي الزيارة بعد أقل من أسبوع على توقيع شمخاني في بكين اتفاق استئناف العلاقات مع المملكة "
     "العربية السعودية مع مستشار الأمن الوطني السعودي مساعد العيبان. وكانت الإمارات قد أعادت "
     "سفيرها سيف محمد الزعابي إلى طهران في آب الماضي، بعد ست سنوات من خفض التمثيل الدبلوماسي.\n"
     "ولم يصدر عن الجانبين ما يشير إلى زيارة مرتقبة للرئيس الإيراني إلى الدولة.",
     [("MET_WITH", MBZ, SHAM, "استقبل صاحب السمو الشيخ محمد", "2023-03-16"),
      ("LEADS", MBZ, UAE, "آل نهيان رئيس الدولة"),
      ("VISITED", SHAM, "location:abu-dhabi", "بأبوظبي أمس", "2023-03-16"),
      ("LEADS", SHAM, SNSC, "أمين المجلس الأعلى للأمن القومي"),
      ("MET_WITH", MANS, SHAM, "حضر اللقاء سمو الشيخ منصور", "2023-03-16"),
      ("MET_WITH", TAH, SHAM, "وبحث شمخاني في لقاء منفصل", "2023-03-16"),
      ("MET_WITH", SHAM, AIBAN, "توقيع شمخاني في بكين", "2023-03-10"),
      ("VISITED", SHAM, "location:beijing", "توقيع شمخاني في بكين", "2023-03-10"),
      ("VISITED", AIBAN, "location:beijing", "توقيع شمخاني في بكين", "2023-03-10"),
      ],
     {"source": "blind set (Al-Khaleej-style Arabic)", "published": "2023-03-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEQ")
