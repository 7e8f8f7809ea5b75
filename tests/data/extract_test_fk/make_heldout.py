"""Blind set FK: Gaza war diplomacy and the Hamas leadership 2024-2025 as live blogs in both
languages: Deif and Rafa Salama confirmed killed as Haniyeh's body reaches Doha (Aug 2024); the
Doha ceasefire day with Witkoff, McGurk and Hassan Rashad (Arabic, Jan 2025); Hussein al-Sheikh
named PLO and Palestinian vice-president (Apr 2025); Netanyahu claiming Mohammed Sinwar's killing,
Zamir's tour, Zini nominated for Shin Bet (Arabic, May 2025); Katz admitting Israel killed Haniyeh,
Burns in Doha (Dec 2024); Haniyeh's funeral and condolences in Doha (Arabic, Aug 2024).
Style: mixed en/ar live blog, alternating; short timestamped updates, pronouns ("he", "him",
"التقاه") pointing at earlier updates, subjects left implicit. Traps: a funeral attended (not a
meeting), a killing blamed by Iran but not claimed (in Aug) next to Katz's own admission (in Dec),
a nominee not yet confirmed, "believed to have taken over", phone calls, denied direct talks,
a delegation back "without Barnea".
Spellings: Mohammed Deif, Rafa'a Salameh, al-Sheikh, ويتكوف, ماكغورك, زيني, الحداد.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run:
    python tests/data/extract_test_fk/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fk import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, QATAR, EGYPT, US = ("country:iran", "country:israel", "country:qatar", "country:egypt",
                                  "country:united-states")
HAMAS, HPB, QASSAM, IDF = ("organization:hamas", "organization:hamas-political-bureau",
                           "organization:qassam-brigades", "organization:israel-defense-forces")
EGI, MOSSAD, CIA = "organization:egyptian-general-intelligence", "organization:mossad", "organization:cia"
PLO, PLOEC, FATAH, PA, PAGOV = ("organization:plo", "organization:plo-executive-committee",
                                "organization:fatah", "organization:palestinian-authority",
                                "organization:palestinian-government")
DEIF, SALAMA, HAN, HAYYA, MESH = ("person:mohammed-deif", "person:rafa-salama", "person:ismail-haniyeh",
                                  "person:khalil-al-hayya", "person:khaled-meshaal")
MBAR, TAMIM, BURNS, BARNEA = ("person:mohammed-bin-abdulrahman-al-thani",
                              "person:tamim-bin-hamad-al-thani", "person:william-burns",
                              "person:david-barnea")
WIT, MCG, RASHAD, NET = ("person:steve-witkoff", "person:brett-mcgurk", "person:hassan-rashad",
                         "person:benjamin-netanyahu")
ABBAS, SHEIKH, MUST, SHT, ALOUL = ("person:mahmoud-abbas", "person:hussein-al-sheikh",
                                   "person:mohammad-mustafa", "person:mohammad-shtayyeh",
                                   "person:mahmoud-al-aloul")
MSIN, HADDAD, ZAMIR, HALEVI = ("person:mohammed-sinwar", "person:izz-al-din-al-haddad",
                               "person:eyal-zamir", "person:herzi-halevi")
DERMER, ZINI, BAR = "person:ron-dermer", "person:david-zini", "person:ronen-bar"
KATZ, GALLANT, SISI, ABD2 = ("person:israel-katz", "person:yoav-gallant", "person:abdel-fattah-al-sisi",
                             "person:abdullah-ii")
KHAM, YILMAZ = "person:ali-khamenei", "person:cevdet-yilmaz"

ARTICLES = [
    ("enFK1_deif_confirmed_live", "en",
     "LIVE: Gaza war, day 300\n"
     "09:05 - The Israeli military says Hamas military chief Mohammed Deif was killed in its July 13 "
     "air strike in al-Mawasi, west of Khan Younis.\n"
     "09:20 - It says Rafa'a Salameh, commander of Hamas's Khan Younis Brigade, also died in that "
     "strike. Hamas has not confirmed either death.\n"
     "10:40 - Ismail Haniyeh's body has arrived in Doha ahead of Friday's funeral, a day after he was "
     "killed in Tehran; Iran's Revolutionary Guard has vowed revenge.\n"
     "11:55 - Qatar's prime minister Sheikh Mohammed bin Abdulrahman has met Hamas officials led by "
     "Khalil al-Hayya at his office, a Qatari source says.\n"
     "12:30 - CIA director William Burns spoke to him by phone afterwards, according to the same "
     "source.",
     [("ASSASSINATED_BY", DEIF, IDF, "was killed in its July 13", "2024-07-13"),
      ("LEADS", DEIF, QASSAM, "Hamas military chief Mohammed"),
      ("ASSASSINATED_BY", SALAMA, IDF, "also died in that", "2024-07-13"),
      ("MEMBER_OF", SALAMA, QASSAM, "commander of Hamas's Khan Younis Brigade"),
      ("LEADS", MBAR, "organization:qatari-government", "Qatar's prime minister Sheikh"),
      ("MET_WITH", MBAR, HAYYA, "has met Hamas officials led by", "2024-08-01"),
      ("LEADS", BURNS, CIA, "CIA director William"),
      ],
     {"source": "blind set (live blog, English)", "published": "2024-08-01"}),

    ("arFK2_doha_deal_live", "ar",
     "تغطية مباشرة | مفاوضات الدوحة\n"
     "08:45 - وصل المبعوث الأميركي ستيف ويتكوف إلى الدوحة قادماً من تل أبيب.\n"
     "09:30 - التقاه رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني، بحضور "
     "منسق البيت الأبيض للشرق الأوسط بريت ماكغورك.\n"
     "12:00 - مصدر مطلع: لا لقاء مباشراً بين الوفدين الإسرائيلي والفلسطيني، والوسطاء ينقلون "
     "الرسائل بين الطابقين.\n"
     "13:25 - نتنياهو يتصل بويتكوف ويطلب «توضيحات» بشأن خرائط الانسحاب.\n"
     "14:40 - رئيس المخابرات العامة المصرية اللواء حسن رشاد ينضم إلى الاجتماعات في الدوحة، ويلتقي "
     "رئيس وفد «حماس» خليل الحية.\n"
     "20:15 - رئيس الوزراء القطري يعلن التوصل إلى الاتفاق، على أن يدخل حيز التنفيذ الأحد.",
     [("VISITED", WIT, "location:doha", "إلى الدوحة قادماً", "2025-01-15"),
      ("MET_WITH", MBAR, WIT, "التقاه رئيس الوزراء", "2025-01-15"),
      ("MET_WITH", MBAR, MCG, "بحضور", "2025-01-15"),
      ("MET_WITH", WIT, MCG, "بحضور", "2025-01-15"),
      ("LEADS", MBAR, "organization:qatari-government", "التقاه رئيس الوزراء"),
      ("LEADS", MBAR, "organization:qatari-foreign-ministry", "وزير الخارجية القطري"),
      ("MEMBER_OF", MCG, "organization:white-house", "منسق البيت الأبيض"),
      ("LEADS", RASHAD, EGI, "رئيس المخابرات العامة المصرية"),
      ("VISITED", RASHAD, "location:doha", "ينضم إلى الاجتماعات في الدوحة", "2025-01-15"),
      ("MET_WITH", RASHAD, HAYYA, "ويلتقي", "2025-01-15"),
      ],
     {"source": "blind set (live blog, Arabic)", "published": "2025-01-15"}),

    ("enFK3_al_sheikh_vice_president_live", "en",
     "LIVE: Palestinian leadership reshuffle\n"
     "10:15 Ramallah - The PLO Central Council has approved the creation of a vice-president post, as "
     "requested by President Mahmoud Abbas.\n"
     "14:02 - Abbas has named Hussein al-Sheikh, secretary-general of the PLO Executive Committee, to "
     "the new post, WAFA reports. He becomes deputy chairman of the PLO and vice-president of the "
     "State of Palestine.\n"
     "14:10 - Fatah's deputy leader Mahmoud al-Aloul had also been floated for the job.\n"
     "15:10 - Prime Minister Mohammad Mustafa, who took over from Mohammad Shtayyeh a year ago, "
     "congratulated him.\n"
     "18:05 - Al-Sheikh met Mustafa and several ministers at the Muqata'a this evening.",
     [("LEADS", ABBAS, PA, "requested by President Mahmoud"),
      ("LEADS", SHEIKH, PLOEC, "secretary-general of the PLO Executive"),
      ("PART_OF", PLOEC, PLO, "secretary-general of the PLO Executive"),
      ("REPORTED_BY", SHEIKH, "outlet:wafa", "WAFA reports"),
      ("MEMBER_OF", SHEIKH, PLO, "He becomes deputy chairman"),
      ("MEMBER_OF", ALOUL, FATAH, "Fatah's deputy leader"),
      ("LEADS", MUST, PAGOV, "Prime Minister Mohammad Mustafa"),
      ("SUCCESSOR_OF", MUST, SHT, "who took over from", "2024-03"),
      ("MET_WITH", SHEIKH, MUST, "Al-Sheikh met Mustafa", "2025-04-26"),
      ],
     {"source": "blind set (live blog, English)", "published": "2025-04-26"}),

    ("arFK4_mohammed_sinwar_live", "ar",
     "مباشر | تطورات الحرب على غزة\n"
     "10:05 - نتنياهو أمام الكنيست: «قضينا على محمد السنوار»، قائد الجناح العسكري لحماس في القطاع.\n"
     "10:20 - وكان الجيش الإسرائيلي قد قصف قبل أسبوعين محيط المستشفى الأوروبي في خان يونس، في غارة "
     "قالت مصادر إسرائيلية إنها استهدفته.\n"
     "10:45 - الحركة لم تؤكد مقتله، ويُعتقد أن عز الدين الحداد تولى قيادة القسام من بعده.\n"
     "12:15 - رئيس الأركان إيال زامير، الذي خلف هرتسي هاليفي في مارس، يتفقد قواته في رفح.\n"
     "13:30 - ويتكوف يلتقي ديرمر في واشنطن ويبحث معه مقترحاً جديداً للتهدئة.\n"
     "15:20 - المستشارة القضائية للحكومة تعترض على ترشيح نتنياهو للواء دافيد زيني رئيساً للشاباك "
     "خلفاً لرونين بار.",
     [("ASSASSINATED_BY", MSIN, ISRAEL, "«قضينا على محمد السنوار»", "2025-05-13"),
      ("LEADS", MSIN, QASSAM, "قائد الجناح العسكري لحماس"),
      ("ATTACKED", IDF, "location:khan-younis", "قد قصف قبل أسبوعين", "2025-05-13"),
      ("LEADS", ZAMIR, IDF, "رئيس الأركان إيال"),
      ("SUCCESSOR_OF", ZAMIR, HALEVI, "الذي خلف هرتسي هاليفي", "2025-03"),
      ("VISITED", ZAMIR, "location:rafah", "يتفقد قواته في رفح", "2025-05-28"),
      ("MET_WITH", WIT, DERMER, "ويتكوف يلتقي ديرمر", "2025-05-28"),
      ("LEADS", BAR, "organization:shin-bet", "خلفاً لرونين بار"),
      ],
     {"source": "blind set (live blog, Arabic)", "published": "2025-05-28"}),

    ("enFK5_katz_haniyeh_admission_live", "en",
     "LIVE: Middle East, December 23\n"
     "08:30 - Defence Minister Israel Katz has said for the first time that Israel killed Hamas leader "
     "Ismail Haniyeh in Tehran in July.\n"
     "08:45 - Speaking at a ceremony, he threatened the Houthis' leaders with the same fate. Katz "
     "replaced Yoav Gallant at the defence ministry last month.\n"
     "11:20 - CIA Director William Burns is in Doha, where he met Qatar's Prime Minister Sheikh "
     "Mohammed bin Abdulrahman, a source briefed on the talks says.\n"
     "13:40 - An Israeli delegation has returned from Doha for consultations without Barnea, an "
     "official says.\n"
     "14:15 - Egypt's President Abdel Fattah el-Sisi spoke by phone with Jordan's King Abdullah II "
     "about the talks.",
     [("ASSASSINATED_BY", HAN, ISRAEL, "that Israel killed Hamas leader", "2024-07-31"),
      ("LEADS", KATZ, "organization:israeli-defense-ministry", "Defence Minister Israel Katz"),
      ("LEADS", HAN, HAMAS, "killed Hamas leader"),
      ("SUCCESSOR_OF", KATZ, GALLANT, "replaced Yoav Gallant", "2024-11"),
      ("VISITED", BURNS, "location:doha", "is in Doha", "2024-12-23"),
      ("MET_WITH", BURNS, MBAR, "where he met Qatar's", "2024-12-23"),
      ("LEADS", BURNS, CIA, "CIA Director William"),
      ("LEADS", MBAR, "organization:qatari-government", "Qatar's Prime Minister Sheikh"),
      ("LEADS", SISI, EGYPT, "Egypt's President Abdel"),
      ("LEADS", ABD2, "country:jordan", "Jordan's King Abdullah"),
      ],
     {"source": "blind set (live blog, English)", "published": "2024-12-23"}),

    ("arFK6_haniyeh_funeral_live", "ar",
     "تغطية مباشرة | تشييع إسماعيل هنية\n"
     "08:30 - وصل جثمان رئيس المكتب السياسي لحركة حماس إسماعيل هنية إلى الدوحة قادماً من طهران.\n"
     "11:45 - أمير قطر الشيخ تميم بن حمد آل ثاني يتقدم المصلين على الجثمان في جامع الإمام محمد بن "
     "عبد الوهاب.\n"
     "13:15 - استقبل الأمير في الديوان الأميري وفداً من الحركة برئاسة خالد مشعل، قدّم له التعازي.\n"
     "14:00 - نائب الرئيس التركي جودت يلماز التقى مشعل أيضاً في الدوحة.\n"
     "15:30 - خامنئي يتوعد إسرائيل، التي تتهمها طهران باغتيال هنية، بـ«عقاب قاسٍ»، وإسرائيل لا "
     "تعلّق.\n"
     "16:10 - مصادر في الحركة: مشعل والحية أبرز المرشحين لخلافة هنية.",
     [("LEADS", HAN, HPB, "رئيس المكتب السياسي لحركة حماس إسماعيل"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ تميم"),
      ("MET_WITH", TAMIM, MESH, "استقبل الأمير في الديوان", "2024-08-02"),
      ("MEMBER_OF", MESH, HAMAS, "وفداً من الحركة برئاسة خالد مشعل"),
      ("MET_WITH", YILMAZ, MESH, "التقى مشعل أيضاً", "2024-08-02"),
      ("VISITED", YILMAZ, "location:doha", "التقى مشعل أيضاً في الدوحة", "2024-08-02"),
      ],
     {"source": "blind set (live blog, Arabic)", "published": "2024-08-02"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFK")
