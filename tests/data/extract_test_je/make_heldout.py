"""Blind set JE: Iran and its allies, July-September 2024, from Pezeshkian's inauguration and the
killing of Ismail Haniyeh in Tehran to Nasrallah's killing in Beirut, as three kinds of outlet write
it: an Iranian semi-official agency's English and Arabic services (Tasnim-like: "the Resistance
Front", "martyred", "the Zionist regime", kunyas and honorifics: «أبو العبد»، «سماحة السيد»), a Qatari
official agency in Arabic and English (QNA protocol: "On behalf of HH the Amir ...", "حضر الاجتماع ...
ومن الجانب الإيراني ...") and a Western English daily's analysis-tinged news.
Pieces: Pezeshkian receives Haniyeh, al-Nakhalah, Qassem and Abdulsalam after his swearing-in
(Tasnim, English); Sinwar named in Haniyeh's place and the IRGC's account of the killing (Tasnim,
Arabic); Pezeshkian's cabinet through parliament, Araghchi after Bagheri Kani, Safadi in Tehran
(Western daily, English); the Emir meets Pezeshkian in New York and the Prime Minister meets Bou
Habib (QNA, Arabic); Al-Attiyah at the inauguration on behalf of the Emir (QNA, English); Hezbollah
announces Nasrallah's death, Nilforoushan killed with him, Pezeshkian at Hezbollah's office in Tehran
(Tasnim, Arabic).
Excluded on purpose: a meeting with Pashinyan "scheduled" for the next day; Raisi's crash (no
agent); Haniyeh's killing "widely blamed on Israel, which has neither confirmed nor denied" in the
Western piece (no ASSASSINATED_BY there, while the Iranian agency states the agent as fact); the
US "support" the IRGC alleged; Araghchi's phone call with Albusaidi; the Emir's phone call with
Mikati and his cable of congratulations; reports that Hashem
Safieddine is "the most likely" successor (no SUCCESSOR_OF).
Spellings: Esmaeil Haniyeh, Ziyad al-Nakhala, Sheikh Naeem Qassem, Mohammed Abdul-Salam, أبو العبد
(Haniyeh), «أبو إبراهيم» (Sinwar, headline only), سماحة السيد (Nasrallah after the first mention),
Al-Thani.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jf import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISR, QATAR, NEWYORK, TEHRAN, BEIRUT, DAHIYEH, HARETHREIK = (
    "country:iran", "country:israel", "country:qatar", "location:new-york", "location:tehran",
    "location:beirut", "location:dahiyeh", "location:haret-hreik")
IRGC, IRFM, IRGOV, IRDEF, RADWAN = ("organization:irgc", "organization:iranian-foreign-ministry",
                                    "organization:iranian-government", "organization:iranian-defence-ministry",
                                    "organization:radwan-force")
HAMAS, HPB, PIJ, HEZ, HEZEXEC, HOUTHIS = (
    "organization:hamas", "organization:hamas-political-bureau", "organization:palestinian-islamic-jihad",
    "organization:hezbollah", "organization:hezbollah-executive-council", "organization:houthis")
QGOV, QFM, LEBFM, JORFM = ("organization:qatari-government", "organization:qatari-foreign-ministry",
                           "organization:lebanese-foreign-ministry", "organization:jordanian-foreign-ministry")
PEZ, RAISI, KHAMENEI, BAGHERIK, ARAGHCHI, AREF, MOKHBER = (
    "person:masoud-pezeshkian", "person:ebrahim-raisi", "person:ali-khamenei", "person:ali-bagheri-kani",
    "person:abbas-araghchi", "person:mohammad-reza-aref", "person:mohammad-mokhber")
NASIRZADEH, ASHTIANI, SAFADI = ("person:aziz-nasirzadeh", "person:mohammad-reza-ashtiani", "person:ayman-safadi")
HANIYEH, SINWAR, ABUSHAABAN, NAKHALAH, QASSEM, ABDULSALAM = (
    "person:ismail-haniyeh", "person:yahya-sinwar", "person:wasim-abu-shaaban", "person:ziad-al-nakhalah",
    "person:naim-qassem", "person:mohammed-abdulsalam")
NASRALLAH, NILFOROUSHAN, AQIL, ASAFIEDDINE, HSAFIEDDINE = (
    "person:hassan-nasrallah", "person:abbas-nilforoushan", "person:ibrahim-aqil", "person:abdullah-safieddine",
    "person:hashem-safieddine")
TAMIM, MBAR, KHULAIFI, BOUHABIB = ("person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani",
                                   "person:mohammed-al-khulaifi", "person:abdallah-bou-habib")
# new to the tables
ABUSHARIF, HASSANZADEH, DABIRI, HOSSEINI, ALYA, ATTIYAH, HAJISADEGHI = (
    "person:nasser-abu-sharif", "person:hassan-hassanzadeh", "person:shahram-dabiri", "person:mohammad-hosseini",
    "person:alya-al-thani", "person:khalid-al-attiyah", "person:abdollah-haji-sadeghi")

ARTICLES = [
    ("enJE1_pezeshkian_receives_resistance_leaders", "en",
     "President Pezeshkian receives Resistance leaders after swearing-in\n"
     "TEHRAN (Tasnim) - Iranian President Masoud Pezeshkian, who was sworn in before the Parliament on "
     "Tuesday, received leaders of the regional Resistance Front on the sidelines of the inauguration "
     "ceremony in Tehran.\n"
     "In a meeting with Hamas Political Bureau Chief Esmaeil Haniyeh, the president said the Islamic Republic "
     "will continue to stand by the oppressed people of Palestine and the Resistance.\n"
     "Pezeshkian also held talks with Secretary-General of the Islamic Jihad Movement Ziyad al-Nakhala, in the "
     "presence of the movement's representative in Tehran, Nasser Abu Sharif.\n"
     "Hezbollah's Deputy Secretary-General Sheikh Naeem Qassem and the spokesman of Yemen's Ansarullah "
     "movement, Mohammed Abdul-Salam, were also received by the president.\n"
     "Pezeshkian won a run-off on July 5 to succeed martyred President Ebrahim Raisi, who lost his life in a "
     "helicopter crash in northwestern Iran in May.\n"
     "Delegations from more than 80 countries attended the ceremony. The president is scheduled to meet "
     "Armenian Prime Minister Nikol Pashinyan on Wednesday.",
     [("LEADS", PEZ, IRAN, "Iranian President Masoud Pezeshkian"),
      ("MET_WITH", PEZ, HANIYEH, "In a meeting with Hamas Political Bureau Chief", "2024-07-30"),
      ("LEADS", HANIYEH, HPB, "Hamas Political Bureau Chief Esmaeil"),
      ("MET_WITH", PEZ, NAKHALAH, "also held talks with Secretary-General", "2024-07-30"),
      ("LEADS", NAKHALAH, PIJ, "Secretary-General of the Islamic Jihad Movement"),
      ("MET_WITH", ABUSHARIF, PEZ, "in the presence of the movement's representative", "2024-07-30"),
      ("MET_WITH", ABUSHARIF, NAKHALAH, "in the presence of the movement's representative", "2024-07-30"),
      ("MEMBER_OF", ABUSHARIF, PIJ, "the movement's representative in Tehran"),
      ("MET_WITH", PEZ, QASSEM, "were also received by the president", "2024-07-30"),
      ("MET_WITH", PEZ, ABDULSALAM, "were also received by the president", "2024-07-30"),
      ("MEMBER_OF", QASSEM, HEZ, "Hezbollah's Deputy Secretary-General Sheikh"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "the spokesman of Yemen's Ansarullah"),
      ("SUCCESSOR_OF", PEZ, RAISI, "to succeed martyred President Ebrahim Raisi", "2024-07"),
      ],
     {"source": "blind set (Iranian semi-official agency, English service)", "published": "2024-07-30"}),

    ("arJE2_sinwar_succeeds_haniyeh", "ar",
     "حماس تختار «أبو إبراهيم» خلفاً للشهيد هنية.. والحرس: الاغتيال نُفّذ بمقذوف قصير المدى\n"
     "طهران – تسنيم: أعلنت حركة المقاومة الإسلامية «حماس»، اليوم الثلاثاء، اختيار القائد يحيى السنوار رئيساً "
     "لمكتبها السياسي خلفاً للشهيد القائد إسماعيل هنية «أبو العبد»، الذي اغتاله الكيان الصهيوني فجر "
     "الحادي والثلاثين من تموز/يوليو في مقر إقامته بطهران.\n"
     "وكان حرس الثورة الإسلامية قد أعلن في بيان، السبت، أن العملية نُفّذت بإطلاق مقذوف قصير المدى يحمل "
     "رأساً حربياً زنته نحو سبعة كيلوغرامات من خارج المبنى، وأن الكيان الصهيوني صمّمها ونفّذها بدعم من "
     "الحكومة الأميركية.\n"
     "واستُشهد في الهجوم نفسه مرافق أبو العبد، وسيم أبو شعبان.\n"
     "وكان الشهيد هنية قد التقى قائد الثورة الإسلامية آية الله السيد علي خامنئي صباح الثلاثاء، بعد مشاركته في "
     "مراسم تنصيب الرئيس مسعود بزشكيان، الذي كان قد استقبله أيضاً في اليوم نفسه.\n"
     "وقال قائد فيلق محمد رسول الله التابع للحرس الثوري في طهران الكبرى، العميد حسن حسن زاده، إن "
     "التحقيقات ما زالت متواصلة لكشف جميع أبعاد الجريمة.\n"
     "وكان قائد الثورة قد أمّ صلاة الجنازة على جثمان الشهيد في جامعة طهران، قبل نقله إلى الدوحة حيث "
     "ووري الثرى.",
     [("LEADS", SINWAR, HPB, "اختيار القائد يحيى السنوار رئيساً"),
      ("SUCCESSOR_OF", SINWAR, HANIYEH, "خلفاً للشهيد القائد إسماعيل هنية", "2024-08-06"),
      ("ASSASSINATED_BY", HANIYEH, ISR, "الذي اغتاله الكيان الصهيوني", "2024-07-31"),
      ("ASSASSINATED_BY", ABUSHAABAN, ISR, "واستُشهد في الهجوم نفسه مرافق", "2024-07-31"),
      ("MET_WITH", HANIYEH, KHAMENEI, "وكان الشهيد هنية قد التقى قائد الثورة", "2024-07-30"),
      ("LEADS", KHAMENEI, IRAN, "قائد الثورة الإسلامية آية الله"),
      ("LEADS", PEZ, IRAN, "مراسم تنصيب الرئيس مسعود"),
      ("MET_WITH", PEZ, HANIYEH, "الذي كان قد استقبله أيضاً", "2024-07-30"),
      ("MEMBER_OF", HASSANZADEH, IRGC, "التابع للحرس الثوري في طهران الكبرى"),
      ],
     {"source": "blind set (Iranian semi-official agency, Arabic service)", "published": "2024-08-06"}),

    ("enJE3_pezeshkian_cabinet_araghchi", "en",
     "Pezeshkian's cabinet clears parliament as Iran weighs its response\n"
     "Iran's parliament on Wednesday approved all 19 ministers proposed by President Masoud Pezeshkian, giving "
     "the reformist-backed president a full cabinet three weeks after the killing in Tehran of Hamas's "
     "political leader, Ismail Haniyeh, an assassination widely blamed on Israel, which has neither confirmed "
     "nor denied involvement.\n"
     "Abbas Araghchi, a veteran of the 2015 nuclear talks, becomes foreign minister, replacing Ali Bagheri "
     "Kani, who had run the ministry in an acting capacity since May. Brig. Gen. Aziz Nasirzadeh, a former air "
     "force commander, takes over defence from Mohammad Reza Ashtiani.\n"
     "The smooth vote owed much to Shahram Dabiri, the vice-president for parliamentary affairs, who took the "
     "post from Raisi's Mohammad Hosseini this month and spent days lobbying hardline MPs. Mohammad Reza Aref "
     "was named first vice-president last month, succeeding Mohammad Mokhber.\n"
     "Diplomacy has meanwhile been conducted in plain sight. Jordan's foreign minister, Ayman Safadi, flew to "
     "Tehran on Aug. 4 and met Bagheri Kani and Pezeshkian. Araghchi has since spoken by phone with his Omani "
     "counterpart.\n"
     "\"They want a response that restores deterrence without a war,\" a European diplomat in Tehran said.",
     [("LEADS", PEZ, IRAN, "proposed by President Masoud Pezeshkian"),
      ("SUCCESSOR_OF", ARAGHCHI, BAGHERIK, "replacing Ali Bagheri", "2024-08-21"),
      ("LEADS", ARAGHCHI, IRFM, "becomes foreign minister"),
      ("SUCCESSOR_OF", NASIRZADEH, ASHTIANI, "takes over defence from Mohammad Reza Ashtiani", "2024-08-21"),
      ("LEADS", NASIRZADEH, IRDEF, "takes over defence from"),
      ("SUCCESSOR_OF", DABIRI, HOSSEINI, "who took the post from Raisi's Mohammad Hosseini", "2024-08"),
      ("MEMBER_OF", DABIRI, IRGOV, "the vice-president for parliamentary affairs"),
      ("SUCCESSOR_OF", AREF, MOKHBER, "succeeding Mohammad Mokhber", "2024-07"),
      ("MEMBER_OF", AREF, IRGOV, "was named first vice-president"),
      ("LEADS", SAFADI, JORFM, "Jordan's foreign minister, Ayman"),
      ("VISITED", SAFADI, TEHRAN, "flew to Tehran on Aug", "2024-08-04"),
      ("MET_WITH", SAFADI, BAGHERIK, "and met Bagheri Kani and Pezeshkian", "2024-08-04"),
      ("MET_WITH", SAFADI, PEZ, "and met Bagheri Kani and Pezeshkian", "2024-08-04"),
      ],
     {"source": "blind set (Western English daily, English)", "published": "2024-08-22"}),

    ("arJE4_amir_meets_pezeshkian_new_york", "ar",
     "سمو الأمير يجتمع مع الرئيس الإيراني في نيويورك\n"
     "نيويورك في 24 سبتمبر /قنا/ اجتمع حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، مع "
     "فخامة الدكتور مسعود بزشكيان رئيس الجمهورية الإسلامية الإيرانية، وذلك على هامش أعمال الدورة التاسعة "
     "والسبعين للجمعية العامة للأمم المتحدة.\n"
     "وجرى خلال الاجتماع استعراض علاقات التعاون بين البلدين، ومناقشة آخر التطورات في قطاع غزة ولبنان، "
     "والجهود المبذولة لوقف إطلاق النار.\n"
     "حضر الاجتماع معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، ومن "
     "الجانب الإيراني معالي السيد عباس عراقجي وزير الخارجية.\n"
     "وفي سياق متصل، اجتمع معالي رئيس مجلس الوزراء وزير الخارجية مع معالي الدكتور عبدالله بوحبيب وزير "
     "الخارجية والمغتربين في الجمهورية اللبنانية، بحضور سعادة الشيخة علياء أحمد بن سيف آل ثاني المندوب "
     "الدائم لدولة قطر لدى الأمم المتحدة.\n"
     "من جهة أخرى، تلقى سمو الأمير المفدى اتصالاً هاتفياً، اليوم، من دولة السيد نجيب ميقاتي رئيس مجلس "
     "الوزراء في الجمهورية اللبنانية، جرى خلاله استعراض تطورات الأوضاع في لبنان.",
     [("VISITED", TAMIM, NEWYORK, "نيويورك في 24 سبتمبر", "2024-09-24"),
      ("VISITED", PEZ, NEWYORK, "نيويورك في 24 سبتمبر", "2024-09-24"),
      ("MET_WITH", TAMIM, PEZ, "اجتمع حضرة صاحب السمو الشيخ تميم", "2024-09-24"),
      ("LEADS", TAMIM, QATAR, "تميم بن حمد آل ثاني أمير البلاد"),
      ("LEADS", PEZ, IRAN, "مسعود بزشكيان رئيس الجمهورية"),
      ("MET_WITH", MBAR, TAMIM, "حضر الاجتماع معالي الشيخ محمد", "2024-09-24"),
      ("MET_WITH", MBAR, PEZ, "حضر الاجتماع معالي الشيخ محمد", "2024-09-24"),
      ("LEADS", MBAR, QGOV, "بن جاسم آل ثاني رئيس مجلس الوزراء"),
      ("MET_WITH", ARAGHCHI, TAMIM, "معالي السيد عباس عراقجي", "2024-09-24"),
      ("MET_WITH", ARAGHCHI, PEZ, "معالي السيد عباس عراقجي", "2024-09-24"),
      ("MET_WITH", ARAGHCHI, MBAR, "معالي السيد عباس عراقجي", "2024-09-24"),
      ("LEADS", ARAGHCHI, IRFM, "عباس عراقجي وزير الخارجية"),
      ("MET_WITH", MBAR, BOUHABIB, "اجتمع معالي رئيس مجلس الوزراء", "2024-09-24"),
      ("LEADS", BOUHABIB, LEBFM, "عبدالله بوحبيب وزير"),
      ("MET_WITH", ALYA, MBAR, "بحضور سعادة الشيخة علياء", "2024-09-24"),
      ("MET_WITH", ALYA, BOUHABIB, "بحضور سعادة الشيخة علياء", "2024-09-24"),
      ("MEMBER_OF", ALYA, QFM, "المندوب الدائم لدولة قطر"),
      ],
     {"source": "blind set (Qatari official news agency, Arabic)", "published": "2024-09-24"}),

    ("enJE5_attiyah_inauguration_tehran", "en",
     "On behalf of HH the Amir, Deputy Prime Minister Attends Inauguration of Iranian President\n"
     "Tehran, July 30 (QNA) - On behalf of HH the Amir Sheikh Tamim bin Hamad Al-Thani, HE Deputy Prime "
     "Minister and Minister of State for Defence Affairs Dr. Khalid bin Mohammed Al-Attiyah attended today the "
     "swearing-in ceremony of HE President of the Islamic Republic of Iran Dr. Masoud Pezeshkian, held at the "
     "Islamic Consultative Assembly in Tehran.\n"
     "On the sidelines of the ceremony, HE the Deputy Prime Minister met with HE President Pezeshkian, and "
     "conveyed to him the congratulations of HH the Amir and HH's wishes of success.\n"
     "HE Dr. Al-Attiyah also met with HE Acting Foreign Minister of Iran Ali Bagheri Kani. The meeting "
     "discussed bilateral relations and the latest developments in the region, especially in the Gaza Strip.\n"
     "The meetings were attended by HE Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin "
     "Abdulaziz bin Saleh Al-Khulaifi.\n"
     "HH the Amir had sent earlier a cable of congratulations to President Pezeshkian on assuming the "
     "presidency of the Islamic Republic of Iran.",
     [("LEADS", TAMIM, QATAR, "HH the Amir Sheikh Tamim"),
      ("MEMBER_OF", ATTIYAH, QGOV, "Minister of State for Defence Affairs Dr. Khalid"),
      ("VISITED", ATTIYAH, TEHRAN, "held at the Islamic Consultative Assembly in Tehran", "2024-07-30"),
      ("LEADS", PEZ, IRAN, "President of the Islamic Republic of Iran Dr. Masoud"),
      ("MET_WITH", ATTIYAH, PEZ, "HE the Deputy Prime Minister met with", "2024-07-30"),
      ("MET_WITH", ATTIYAH, BAGHERIK, "also met with HE Acting Foreign Minister", "2024-07-30"),
      ("LEADS", BAGHERIK, IRFM, "Acting Foreign Minister of Iran Ali"),
      ("MET_WITH", KHULAIFI, ATTIYAH, "The meetings were attended by", "2024-07-30"),
      ("MET_WITH", KHULAIFI, PEZ, "The meetings were attended by", "2024-07-30"),
      ("MET_WITH", KHULAIFI, BAGHERIK, "The meetings were attended by", "2024-07-30"),
      ("MEMBER_OF", KHULAIFI, QFM, "Minister of State at the Ministry of Foreign Affairs"),
      ],
     {"source": "blind set (Qatari official news agency, English)", "published": "2024-07-30"}),

    ("arJE6_nasrallah_martyrdom", "ar",
     "حزب الله يزفّ أمينه العام شهيداً.. واستشهاد العميد نيلفروشان في الغارة نفسها\n"
     "بيروت – تسنيم: أعلن حزب الله في بيان، السبت، أن أمينه العام سماحة السيد حسن نصر الله «التحق برفاقه "
     "الشهداء»، إثر الغارة الصهيونية الغادرة التي استهدفت مساء الجمعة مقر القيادة المركزية في حارة حريك "
     "بالضاحية الجنوبية لبيروت.\n"
     "وأعلن حرس الثورة الإسلامية أن نائب قائده للعمليات العميد عباس نيلفروشان، الذي كان في مهمة استشارية في "
     "لبنان، استُشهد إلى جانب سماحة السيد في الاعتداء الصهيوني ذاته.\n"
     "وكان الكيان الصهيوني قد اغتال قبل ذلك بأسبوع قائد قوة الرضوان إبراهيم عقيل، مع عدد من قادتها، في غارة "
     "على الضاحية.\n"
     "وفي طهران، زار رئيس الجمهورية مسعود بزشكيان مكتب تمثيل حزب الله، والتقى ممثل الحزب في إيران الشيخ عبد "
     "الله صفي الدين معزّياً، يرافقه نائبه الأول محمد رضا عارف.\n"
     "وقال ممثل الولي الفقيه في حرس الثورة عبد الله حاجي صادقي إن «دماء السيد ستزيد جبهة المقاومة قوة».\n"
     "ولم يعلن حزب الله بعد اسم خليفة الأمين العام، فيما تتحدث تقارير عن أن رئيس المجلس التنفيذي السيد "
     "هاشم صفي الدين هو الأوفر حظاً.",
     [("LEADS", NASRALLAH, HEZ, "أن أمينه العام سماحة السيد حسن"),
      ("ASSASSINATED_BY", NASRALLAH, ISR, "إثر الغارة الصهيونية الغادرة", "2024-09-27"),
      ("ATTACKED", ISR, HARETHREIK, "مقر القيادة المركزية في حارة حريك", "2024-09-27"),
      ("LOCATED_IN", HARETHREIK, DAHIYEH, "في حارة حريك بالضاحية"),
      ("LOCATED_IN", DAHIYEH, BEIRUT, "بالضاحية الجنوبية لبيروت"),
      ("MEMBER_OF", NILFOROUSHAN, IRGC, "نائب قائده للعمليات العميد عباس"),
      ("ASSASSINATED_BY", NILFOROUSHAN, ISR, "في الاعتداء الصهيوني ذاته", "2024-09-27"),
      ("ASSASSINATED_BY", AQIL, ISR, "قد اغتال قبل ذلك بأسبوع", "2024-09-20"),
      ("LEADS", AQIL, RADWAN, "قائد قوة الرضوان إبراهيم"),
      ("LEADS", PEZ, IRAN, "رئيس الجمهورية مسعود"),
      ("MET_WITH", PEZ, ASAFIEDDINE, "والتقى ممثل الحزب في إيران", "2024-09-28"),
      ("MEMBER_OF", ASAFIEDDINE, HEZ, "ممثل الحزب في إيران الشيخ"),
      ("MET_WITH", AREF, PEZ, "يرافقه نائبه الأول", "2024-09-28"),
      ("MET_WITH", AREF, ASAFIEDDINE, "يرافقه نائبه الأول", "2024-09-28"),
      ("MEMBER_OF", AREF, IRGOV, "يرافقه نائبه الأول"),
      ("MEMBER_OF", HAJISADEGHI, IRGC, "ممثل الولي الفقيه في حرس الثورة"),
      ("LEADS", HSAFIEDDINE, HEZEXEC, "رئيس المجلس التنفيذي السيد"),
      ],
     {"source": "blind set (Iranian semi-official agency, Arabic service)", "published": "2024-09-28"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJE")
