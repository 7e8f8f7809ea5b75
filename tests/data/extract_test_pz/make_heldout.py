"""Blind set PZ: Qasem Soleimani's killing and its aftermath, February 2020 - January 2021 (second folder of
PY-PZ): Abu Fadak al-Mohammadawi chosen to replace Abu Mahdi al-Muhandis at the head of the PMF's staff
(February 2020), Mustafa al-Kadhimi's visit to Tehran and his meetings with Khamenei and Rouhani (21 July
2020), the first anniversary rally in Baghdad (3 January 2021), Esmail Qaani's Iraq file and his visits to
Baghdad (brief of June 2020), the funeral prayer in Tehran and Ismail Haniyeh's meeting with Qaani (6
January 2020), and the Baghdad court's arrest warrant for Donald Trump (7 January 2021), as an Iranian
agency writes it in Arabic (Tasnim-like: "بغداد - تسنيم", "ارتقى", "الشهيد القائد"), an Iranian agency's
English service (Fars-like: "TEHRAN (FNA)-", "Leader of the Islamic Revolution Ayatollah Seyed Ali
Khamenei"), a Kurdish site in Arabic (Rudaw-like: "روداو - أربيل", "إقليم كوردستان"), a Washington
think-tank brief in English (Washington Institute-like: "Policy Analysis", "Kaani", "Qa'ani"), a Lebanese
TV site in Arabic (Al-Mayadeen-like: "الميادين نت", "الحاج أبو مهدي المهندس") and a US wire in English
(AP-like: "BAGHDAD (AP) —", "Qassim Soleimani").
Pieces: Abu Fadak chosen "ليخلف" Muhandis, killed with Soleimani "بغارة أميركية"; Fayyadh had received a
delegation headed by Amiri with Kaabi (Arabic, PZ1); Khamenei receives Kadhimi with Rouhani present, the
US drone strike that killed Soleimani and al-Mohandes, Kadhimi's talks with Rouhani, Fuad Hussein meets
Zarif (English, PZ2); the rally for Soleimani and Muhandis "قُتلا بغارة لطائرة مسيّرة أميركية", Abu Fadak
"الذي خلف المهندس", Kadhimi receives Fayyadh (Arabic, PZ3); Qa'ani "succeeded" Sulaimani, meets Hamidawi
then Kaabi; Abu Fadak "named ... to replace" al-Muhandis; Sulaimani and al-Muhandis "killed ... by a U.S.
strike" (English, PZ4); Khamenei leads the prayer over Soleimani and Muhandis, killed "في عملية اغتيال
أميركية"; Haniyeh meets Qaani (Arabic, PZ5); the court's warrant for Trump, Ghaani "who succeeded
Soleimani", Zarif meets Araji in Tehran (English, PZ6).
Excluded on purpose (no relation): the shrine units' rejection (PZ1); the postponed visit to Riyadh, the
quoted "They killed your guest" (the outlet states the US strike itself) (PZ2); the unnamed faction
leaders Qaani met, Zarif's phone call with Fuad Hussein (PZ3); Kataib Hezbollah's accusation against
Kadhimi, Kawtharani "could replace" Qa'ani as interlocutor, the raid on Kataib Hezbollah in Dora (PZ4);
the funeral prayer "attended" by Rouhani and Larijani (a prayer among crowds, not a meeting), Abdul-Mahdi
walking in the Baghdad funeral beside Amiri and Fayyadh (a procession, not a meeting), Nasrallah's
televised speech (PZ5); the court's charge against Trump and Iran's Interpol request (accusations, no
stated agent: "killed in a drone strike"), Zarif's call with Fuad Hussein (PZ6).
Judgement calls: a delegation "برئاسة" Amiri "ضم" Kaabi: Amiri and Kaabi each with the host Fayyadh, not
with each other (the brief's delegation rule) (PZ1); "in a meeting with visiting ... Kadhimi" with
"President Hassan Rouhani also attended": Rouhani paired with both (PZ2); Fuad Hussein, "who accompanied
the premier", is paired only with Zarif whom the text says he met (PZ2); "met ... and, in a separate
session, ..." gives Qa'ani with each, not the two with each other (PZ4); "التقى هنية ... قائد قوة القدس"
on the sidelines of the funeral is a meeting (PZ5); "the strike ... killed" with no agent is none,
but "the US drone strike that killed" gives the United States (PZ2, PZ6); a PMF chief of staff who
"succeeded" the deputy head is a succession (the outlets treat it as Muhandis's post).
Filled in for the exercise: the exact day of the PMF announcement, the Fayyadh delegation (PZ1); the
palace and the order of the Tehran meetings, Fuad Hussein's meeting with Zarif (PZ2); Kadhimi's
reception of Fayyadh on the eve, the unnamed leaders Qaani met, the Zarif call (PZ3); the separate
meetings with Hamidawi and Kaabi and their timing, Kawtharani's role (PZ4); Haniyeh's meeting with Qaani,
Abdul-Mahdi's place in the Baghdad procession (PZ5); Zarif's meeting with Araji (PZ6).
Spellings: «عبد العزيز المحمداوي (أبو فدك)»، «الفريق الحاج قاسم سليماني» (PZ1); "Abu Mahdi al-Mohandes",
"Al-Kadhimi" (PZ2); «أبو فدك» after «عبد العزيز المحمداوي»، «قاآني» (PZ3); "Qa'ani", "Kaani", "Qasem
Sulaimani", "Abu Fadak al-Mohammadawi" (PZ4); «قآني»، «الحاج أبو مهدي المهندس»، «السيد علي خامنئي» (PZ5);
"Qassim Soleimani", "Esmail Ghaani" (PZ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_pz import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, US = "country:iraq", "country:iran", "country:united-states"
QUDS, PMF, KH, BADR, NUJABA, HEZ, HAMAS, IRPARL, IRFM = (
    "organization:quds-force", "organization:popular-mobilization-forces", "organization:kataib-hezbollah",
    "organization:badr-organization", "organization:harakat-al-nujaba", "organization:hezbollah",
    "organization:hamas", "organization:iranian-parliament", "organization:iranian-foreign-ministry")
SOLEIMANI, QAANI, MUHANDIS, ABUFADAK, KHAMENEI, ROUHANI, ZARIF, LARIJANI = (
    "person:qasem-soleimani", "person:esmail-qaani", "person:abu-mahdi-al-muhandis",
    "person:abdul-aziz-al-muhammadawi", "person:ali-khamenei", "person:hassan-rouhani",
    "person:mohammad-javad-zarif", "person:ali-larijani")
KADHIMI, FAYYADH, AMIRI, KAABI, HAMIDAWI, FUAD, ARAJI = (
    "person:mustafa-al-kadhimi", "person:falih-al-fayyadh", "person:hadi-al-amiri", "person:akram-al-kaabi",
    "person:ahmad-al-hamidawi", "person:fuad-hussein", "person:qassim-al-araji")
TRUMP, HANIYEH, NASRALLAH, KAWTHARANI = (
    "person:donald-trump", "person:ismail-haniyeh", "person:hassan-nasrallah", "person:mohammed-kawtharani")

TASNIM = "blind set (Iranian news agency, Arabic service, Tasnim-like)"
FARS = "blind set (Iranian news agency, English service, Fars-like)"
RUDAW = "blind set (Kurdish news site, Arabic, Rudaw-like)"
BRIEF = "blind set (Washington think-tank brief, English, Washington Institute-like)"
MAYADEEN = "blind set (Lebanese TV news site, Arabic, Al-Mayadeen-like)"
AP = "blind set (US news wire, English, AP-like)"

ARTICLES = [
    ("arPZ1_abu_fadak_pmf_staff_tasnim", "ar",
     "«أبو فدك» المحمداوي رئيساً لأركان الحشد الشعبي خلفاً للشهيد المهندس\n"
     "بغداد - تسنيم\n"
     "أفادت مصادر في هيئة الحشد الشعبي، اليوم الخميس، بأن قيادة الهيئة اختارت القيادي الجهادي عبد العزيز "
     "المحمداوي، المعروف بـ«أبو فدك»، رئيساً لأركان الحشد، ليخلف الشهيد القائد أبو مهدي المهندس الذي ارتقى مع "
     "الفريق الحاج قاسم سليماني بغارة أميركية قرب مطار بغداد الدولي مطلع الشهر الماضي.\n"
     "ويُعدّ المحمداوي من القادة المؤسسين لكتائب حزب الله، وكان من أقرب رفاق المهندس طوال سنوات مقاومة الاحتلال "
     "الأميركي.\n"
     "في المقابل، أعلنت ألوية «حشد العتبات» المرتبطة بالمرجعية الدينية في النجف رفضها للتعيين، معتبرة أنه لم "
     "يمر عبر السياقات القانونية.\n"
     "وكان رئيس هيئة الحشد الشعبي فالح الفياض قد استقبل، الأسبوع الماضي في مقر الهيئة، وفداً من قادة الفصائل "
     "برئاسة الأمين العام لمنظمة بدر هادي العامري، ضم الأمين العام لحركة النجباء الشيخ أكرم الكعبي، وبحث معه "
     "آلية ملء المواقع الشاغرة في الهيئة بعد استشهاد المهندس.\n"
     "وأكد الفياض، بحسب بيان لمكتبه، أن \"الحشد سيبقى مؤسسة رسمية ضمن المنظومة الأمنية العراقية\".",
     [("SUCCESSOR_OF", ABUFADAK, MUHANDIS, "ليخلف الشهيد القائد أبو مهدي المهندس", "2020-02-20"),
      ("ASSASSINATED_BY", MUHANDIS, US, "الذي ارتقى مع", "2020-01-03"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "الفريق الحاج قاسم سليماني بغارة أميركية", "2020-01-03"),
      ("MEMBER_OF", ABUFADAK, KH, "من القادة المؤسسين لكتائب حزب الله"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي فالح الفياض"),
      ("MET_WITH", FAYYADH, AMIRI, "برئاسة الأمين العام لمنظمة بدر", "2020-02-13"),
      ("MET_WITH", FAYYADH, KAABI, "ضم الأمين العام لحركة النجباء", "2020-02-13"),
      ("LEADS", AMIRI, BADR, "الأمين العام لمنظمة بدر هادي العامري"),
      ("LEADS", KAABI, NUJABA, "لحركة النجباء الشيخ أكرم الكعبي"),
      ],
     {"source": TASNIM, "published": "2020-02-20"}),

    ("enPZ2_khamenei_receives_kadhimi_fars", "en",
     "Leader: Iran Will Never Forget General Soleimani's Martyrdom, Will Deal Reciprocal Blow to US\n"
     "TEHRAN (FNA)- Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei, in a meeting with visiting "
     "Iraqi Prime Minister Mustafa al-Kadhimi and his accompanying delegation in Tehran on Tuesday, said the "
     "Islamic Republic will never forget the martyrdom of Lieutenant General Qassem Soleimani and \"will "
     "definitely deal a reciprocal blow to the Americans\".\n"
     "\"They killed your guest in your home and openly confessed to the crime,\" the Leader told Al-Kadhimi, "
     "referring to the US drone strike that killed General Soleimani and the deputy commander of Iraq's "
     "Popular Mobilization Forces, Abu Mahdi al-Mohandes, near Baghdad airport in January.\n"
     "President Hassan Rouhani also attended the meeting.\n"
     "Earlier in the day, Al-Kadhimi held talks with Rouhani at the Sa'dabad Palace, where the two sides "
     "discussed trade, electricity and the security of the common border. Iraqi Foreign Minister Fuad Hussein, "
     "who accompanied the premier, also met his Iranian counterpart Mohammad Javad Zarif.\n"
     "Al-Kadhimi had been scheduled to travel to Saudi Arabia first, but the trip was postponed after King "
     "Salman was admitted to hospital.",
     [("LEADS", KHAMENEI, IRAN, "Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei"),
      ("MET_WITH", KHAMENEI, KADHIMI, "in a meeting with visiting", "2020-07-21"),
      ("LEADS", KADHIMI, IRAQ, "Iraqi Prime Minister Mustafa al-Kadhimi"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "the US drone strike that killed General Soleimani", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "Abu Mahdi al-Mohandes, near Baghdad airport", "2020-01-03"),
      ("MEMBER_OF", MUHANDIS, PMF, "the deputy commander of Iraq's"),
      ("MET_WITH", ROUHANI, KHAMENEI, "President Hassan Rouhani also attended the meeting", "2020-07-21"),
      ("MET_WITH", KADHIMI, ROUHANI, "Al-Kadhimi held talks with Rouhani", "2020-07-21"),
      ("MET_WITH", FUAD, ZARIF, "also met his Iranian counterpart", "2020-07-21"),
      ("LEADS", ZARIF, IRFM, "his Iranian counterpart Mohammad Javad Zarif"),
      ],
     {"source": FARS, "published": "2020-07-21"}),

    ("arPZ3_anniversary_rally_baghdad_rudaw", "ar",
     "آلاف العراقيين يحيون الذكرى الأولى لمقتل سليماني والمهندس في بغداد\n"
     "روداو - أربيل\n"
     "احتشد آلاف من أنصار الحشد الشعبي والفصائل المسلحة، اليوم الأحد، في ساحة التحرير وسط بغداد، لإحياء الذكرى "
     "السنوية الأولى لمقتل قائد فيلق القدس الإيراني قاسم سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي "
     "المهندس، اللذين قُتلا بغارة لطائرة مسيّرة أميركية قرب مطار بغداد الدولي في 3 كانون الثاني 2020.\n"
     "ورفع المشاركون صوراً للقتيلين وشعارات تطالب بخروج القوات الأميركية من العراق، وسط إجراءات أمنية مشددة.\n"
     "وألقى رئيس أركان الحشد عبد العزيز المحمداوي، الملقب بأبو فدك، الذي خلف المهندس في منصبه، كلمة أكد فيها "
     "أن \"الحشد باقٍ ولن يُحل\".\n"
     "وكان رئيس الوزراء مصطفى الكاظمي قد استقبل، أمس السبت، رئيس هيئة الحشد فالح الفياض، وبحث معه الإجراءات "
     "الأمنية الخاصة بإحياء الذكرى.\n"
     "وبحسب مصادر مطلعة، كان قائد فيلق القدس إسماعيل قاآني قد زار بغداد الأسبوع الماضي والتقى عدداً من قادة "
     "الفصائل، داعياً إياهم إلى التهدئة حتى انتهاء ولاية الرئيس الأميركي دونالد ترامب.\n"
     "إلى ذلك، بحث وزير الخارجية الإيراني محمد جواد ظريف، في اتصال هاتفي مع نظيره العراقي فؤاد حسين، "
     "العلاقات الثنائية ومتابعة التحقيقات في عملية الاغتيال.",
     [("LEADS", SOLEIMANI, QUDS, "قائد فيلق القدس الإيراني قاسم سليماني"),
      ("MEMBER_OF", MUHANDIS, PMF, "ونائب رئيس هيئة الحشد الشعبي أبو مهدي"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "اللذين قُتلا بغارة لطائرة مسيّرة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "قرب مطار بغداد الدولي في 3 كانون الثاني", "2020-01-03"),
      ("SUCCESSOR_OF", ABUFADAK, MUHANDIS, "الذي خلف المهندس في منصبه"),
      ("MET_WITH", KADHIMI, FAYYADH, "رئيس الوزراء مصطفى الكاظمي قد استقبل", "2021-01-02"),
      ("LEADS", KADHIMI, IRAQ, "وكان رئيس الوزراء مصطفى الكاظمي"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد فالح الفياض"),
      ("LEADS", QAANI, QUDS, "قائد فيلق القدس إسماعيل قاآني"),
      ("LEADS", TRUMP, US, "الرئيس الأميركي دونالد ترامب"),
      ("LEADS", ZARIF, IRFM, "وزير الخارجية الإيراني محمد جواد ظريف"),
      ],
     {"source": RUDAW, "published": "2021-01-03"}),

    ("enPZ4_qaani_iraq_file_brief", "en",
     "Kaani's Struggle to Fill Sulaimani's Shoes in Iraq\n"
     "Policy Analysis | June 12, 2020\n"
     "Five months after Brig. Gen. Esmail Qa'ani succeeded Qasem Sulaimani at the head of the IRGC Quds Force, "
     "Tehran's new man in Iraq has yet to command the deference his predecessor enjoyed. Sulaimani, killed along "
     "with Abu Mahdi al-Muhandis by a U.S. strike at Baghdad airport in January, had cultivated Iraq's militia "
     "leaders for two decades; Qa'ani speaks poor Arabic and needs an interpreter.\n"
     "On his visit to Baghdad in early June, the first for which he needed an Iraqi visa, Qa'ani met Kataib "
     "Hezbollah's secretary-general Abu Hussein al-Hamidawi and, in a separate session, Nujaba leader Akram "
     "al-Kaabi, according to Iraqi officials.\n"
     "Kataib Hezbollah had accused Prime Minister Mustafa al-Kadhimi of helping Washington kill Sulaimani. "
     "The June 25 raid on a Kataib Hezbollah cell in Dora, ordered by Kadhimi, showed how far the balance had "
     "shifted.\n"
     "Within the PMF, Abu Fadak al-Mohammadawi, named in February to replace al-Muhandis as chief of staff, has "
     "not won the acceptance of the shrine units.\n"
     "Lebanese Hezbollah's Mohammed Kawtharani, who worked alongside Sulaimani on the Iraq file for years, has "
     "taken on a larger role, and some Iraqi politicians say he could replace Qa'ani as Tehran's main "
     "interlocutor with the factions.",
     [("SUCCESSOR_OF", QAANI, SOLEIMANI, "succeeded Qasem Sulaimani at the head", "2020-01-03"),
      ("LEADS", QAANI, QUDS, "at the head of the IRGC Quds Force"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "by a U.S. strike at Baghdad airport", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "with Abu Mahdi al-Muhandis by a", "2020-01-03"),
      ("MET_WITH", QAANI, HAMIDAWI, "Qa'ani met Kataib"),
      ("MET_WITH", QAANI, KAABI, "in a separate session, Nujaba leader"),
      ("LEADS", HAMIDAWI, KH, "Hezbollah's secretary-general Abu Hussein al-Hamidawi"),
      ("LEADS", KAABI, NUJABA, "Nujaba leader Akram"),
      ("LEADS", KADHIMI, IRAQ, "Prime Minister Mustafa al-Kadhimi of helping"),
      ("SUCCESSOR_OF", ABUFADAK, MUHANDIS, "named in February to replace al-Muhandis", ),
      ("MEMBER_OF", KAWTHARANI, HEZ, "Lebanese Hezbollah's Mohammed Kawtharani"),
      ],
     {"source": BRIEF, "published": "2020-06-12"}),

    ("arPZ5_tehran_funeral_haniyeh_mayadeen", "ar",
     "طهران تودّع سليماني والمهندس بحشود مليونية.. وهنية: سليماني شهيد القدس\n"
     "الميادين نت\n"
     "أمّ قائد الثورة الإسلامية في إيران السيد علي خامنئي، صباح اليوم الاثنين، صلاة الجنازة على جثامين الفريق "
     "قاسم سليماني والحاج أبو مهدي المهندس ورفاقهما في جامعة طهران، وسط حشود مليونية.\n"
     "وحضر الصلاة رئيس الجمهورية حسن روحاني ورئيس مجلس الشورى علي لاريجاني وكبار قادة حرس الثورة.\n"
     "وكان سليماني والمهندس قد استشهدا فجر الجمعة الماضي في عملية اغتيال أميركية استهدفت موكبهما على طريق "
     "مطار بغداد.\n"
     "وألقى رئيس المكتب السياسي لحركة حماس إسماعيل هنية كلمة وصف فيها سليماني بـ\"شهيد القدس\" ثلاث مرات.\n"
     "وعلى هامش مراسم التشييع، التقى هنية قائد قوة القدس العميد إسماعيل قآني، وبحث معه سبل مواصلة دعم المقاومة "
     "الفلسطينية، بحسب ما أفاد مراسل الميادين.\n"
     "وكان رئيس حكومة تصريف الأعمال العراقية عادل عبد المهدي قد شارك السبت في تشييع الجثامين في بغداد إلى جانب "
     "رئيس تحالف الفتح هادي العامري ورئيس هيئة الحشد الشعبي فالح الفياض.\n"
     "من جهته، أكد الأمين العام لحزب الله السيد حسن نصر الله، في كلمة متلفزة، أن \"القصاص العادل\" هو إخراج "
     "القوات الأميركية من المنطقة.\n"
     "ومن المقرر أن يوارى سليماني الثرى في مسقط رأسه كرمان.",
     [("LEADS", KHAMENEI, IRAN, "قائد الثورة الإسلامية في إيران السيد علي خامنئي"),
      ("LEADS", ROUHANI, IRAN, "رئيس الجمهورية حسن روحاني"),
      ("LEADS", LARIJANI, IRPARL, "رئيس مجلس الشورى علي لاريجاني"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "في عملية اغتيال أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", MUHANDIS, US, "وكان سليماني والمهندس قد استشهدا", "2020-01-03"),
      ("LEADS", HANIYEH, HAMAS, "رئيس المكتب السياسي لحركة حماس"),
      ("MET_WITH", HANIYEH, QAANI, "التقى هنية قائد قوة القدس", "2020-01-06"),
      ("LEADS", QAANI, QUDS, "قائد قوة القدس العميد إسماعيل قآني"),
      ("LEADS", FAYYADH, PMF, "ورئيس هيئة الحشد الشعبي فالح الفياض"),
      ("LEADS", NASRALLAH, HEZ, "الأمين العام لحزب الله السيد حسن نصر الله"),
      ],
     {"source": MAYADEEN, "published": "2020-01-06"}),

    ("enPZ6_court_warrant_trump_ap", "en",
     "Iraq court issues arrest warrant for Trump over Baghdad airport killing\n"
     "BAGHDAD (AP) — An Iraqi court issued an arrest warrant for outgoing U.S. President Donald Trump on Thursday "
     "as part of its investigation into the killing of a powerful Iraqi militia commander alongside a top Iranian "
     "general outside Baghdad's airport last year.\n"
     "The warrant was issued by a judge in Baghdad's Rusafa investigative court tasked with probing the killing of "
     "Abu Mahdi al-Muhandis, the deputy head of the state-sanctioned Popular Mobilization Forces. Al-Muhandis was "
     "killed in a drone strike along with Iran's Gen. Qassim Soleimani on Jan. 3, 2020.\n"
     "The warrant was for a charge of premeditated murder, which carries the death penalty, the court said, "
     "adding that the judge had recorded statements from al-Muhandis's family.\n"
     "Iran had asked Interpol last June to help detain Trump and dozens of other U.S. officials over the "
     "killing. Esmail Ghaani, who succeeded Soleimani as head of the Quds Force, warned at an anniversary "
     "ceremony in Tehran last week that revenge could come \"from inside your own house.\"\n"
     "Iran's Foreign Minister Mohammad Javad Zarif, who met Iraqi National Security Adviser Qassim al-Araji in "
     "Tehran on Tuesday, said the warrant showed the killing \"will not be forgotten.\"",
     [("LEADS", TRUMP, US, "outgoing U.S. President Donald Trump"),
      ("MEMBER_OF", MUHANDIS, PMF, "the deputy head of the state-sanctioned Popular Mobilization Forces"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "who succeeded Soleimani as head", "2020-01-03"),
      ("LEADS", QAANI, QUDS, "as head of the Quds Force"),
      ("MET_WITH", ZARIF, ARAJI, "who met Iraqi National Security Adviser", "2021-01-05"),
      ("LEADS", ZARIF, IRFM, "Iran's Foreign Minister Mohammad Javad Zarif"),
      ],
     {"source": AP, "published": "2021-01-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPZ")
