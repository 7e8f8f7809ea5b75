"""Blind set FW: the Iran-Iraq "axis" 2020-2025 in analysis briefs and timelines (think-tank style,
retrospective, lists of events): a timeline of Iran's men in Iraq after Soleymani, 2020-2022
(English); an Arabic brief on Harakat al-Nujaba after Abu Taqwa (Akram al-Kaabi in Beirut and
Tehran); an English brief on Tehran's ambassadors in Baghdad, Danaeifar to Al-e Sadegh; an Arabic
analysis of Iraqi government formation from Abdul-Mahdi to al-Sudani; an English timeline of
Washington's officials in Baghdad 2020-2025; an Arabic brief on the PMF after al-Muhandis.
Style: retrospective analysis, dated bullet lists, "took over from", "handed the embassy to",
"خلفاً لـ"; excluded on purpose: designated prime ministers who never took office, a death
without a stated agent, an accusation denied, an unconfirmed appointment, a planned envoy visit,
a meeting that did not happen, candidates to succeed al-Fayyadh, an accusation without response.
Spellings: Qasem Soleymani, Esmail Ghaani / قاآني, Abu Fadak al-Mohammadawi, al-Kadhimi,
Mohammed Shia al-Sudani, Akram al-Kaabi / الكعبي, Iraj Masjedi, Mohammad Kazem Al-e Sadegh.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fw import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA = "country:iran", "country:iraq", "country:united-states"
QF, IRGC, PMF, KH = ("organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
                     "organization:kataib-hezbollah")
NUJ, BADR, IQG, HEZ = ("organization:harakat-al-nujaba", "organization:badr-organization",
                       "organization:iraqi-government", "organization:hezbollah")
DOD, STATE = "organization:us-department-of-defense", "organization:us-state-department"
QAANI, SOL, KHAM, MUH = ("person:esmail-qaani", "person:qasem-soleimani", "person:ali-khamenei",
                         "person:abu-mahdi-al-muhandis")
FADAK, FAY, AMIRI = "person:abdul-aziz-al-muhammadawi", "person:falih-al-fayyadh", "person:hadi-al-amiri"
KAD, SUD, MAHDI, SADR = ("person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani", "person:adil-abdul-mahdi",
                         "person:muqtada-al-sadr")
HEJAZI, FALLAH, TRUMP = "person:mohammad-hejazi", "person:mohammad-reza-fallahzadeh", "person:donald-trump"
KAABI, TAQWA, NASR = "person:akram-al-kaabi", "person:mushtaq-taleb-al-saidi", "person:hassan-nasrallah"
DANAEI, MASJEDI, SADEGH = "person:hassan-danaeifar", "person:iraj-masjedi", "person:mohammad-kazem-al-e-sadegh"
ROMAN, TUELLER, AUSTIN, BLINKEN, BIDEN = ("person:alina-romanowski", "person:matthew-tueller", "person:lloyd-austin",
                                          "person:antony-blinken", "person:joe-biden")
BAQIR, SAVAYA, MUSLIH = "person:abu-baqir-al-saadi", "person:mark-savaya", "person:qasim-muslih"

ARTICLES = [
    ("enFW1_timeline_after_soleymani", "en",
     "TIMELINE - Iran's men in Iraq after Soleymani\n"
     "3 Jan 2020: A U.S. drone strike ordered by President Donald Trump kills Quds Force commander Qasem "
     "Soleymani and Abu Mahdi al-Muhandis, deputy head of the Popular Mobilization Forces, outside Baghdad "
     "airport.\n"
     "3 Jan 2020: Supreme Leader Ali Khamenei names Soleymani's deputy, Brig. Gen. Esmail Ghaani, to "
     "replace him.\n"
     "8 Jan 2020: The Revolutionary Guards fire ballistic missiles at Ain al-Asad air base in Anbar.\n"
     "20 Feb 2020: The PMF names Abu Fadak al-Mohammadawi chief of staff in place of al-Muhandis.\n"
     "7 May 2020: Mustafa al-Kadhimi is sworn in as prime minister, succeeding Adil Abdul-Mahdi.\n"
     "Apr 2021: Ghaani's deputy, Brig. Gen. Mohammad Hejazi, dies; Tehran cites a heart condition and "
     "nobody is blamed. Mohammad Reza Fallahzadeh is appointed to succeed him.\n"
     "Oct 2022: Mohammed Shia al-Sudani takes over from al-Kadhimi. Ghaani holds talks with the new premier "
     "in Baghdad weeks later.",
     [("ASSASSINATED_BY", SOL, USA, "A U.S. drone strike ordered", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered by President Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, USA, "and Abu Mahdi al-Muhandis, deputy", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "President Donald Trump kills", "2020-01-03"),
      ("LEADS", TRUMP, USA, "President Donald Trump"),
      ("LEADS", SOL, QF, "kills Quds Force commander"),
      ("MEMBER_OF", MUH, PMF, "deputy head of the Popular Mobilization Forces"),
      ("LEADS", KHAM, IRAN, "Supreme Leader Ali Khamenei"),
      ("SUCCESSOR_OF", QAANI, SOL, "to replace him", "2020-01-03"),
      ("ATTACKED", IRGC, "location:ain-al-asad-air-base", "fire ballistic missiles at Ain al-Asad", "2020-01-08"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar", "air base in Anbar"),
      ("SUCCESSOR_OF", FADAK, MUH, "chief of staff in place of al-Muhandis", "2020-02-20"),
      ("MEMBER_OF", FADAK, PMF, "The PMF names Abu Fadak"),
      ("SUCCESSOR_OF", KAD, MAHDI, "succeeding Adil Abdul-Mahdi", "2020-05-07"),
      ("LEADS", KAD, IQG, "is sworn in as prime minister"),
      ("MEMBER_OF", HEJAZI, QF, "Ghaani's deputy, Brig. Gen. Mohammad"),
      ("SUCCESSOR_OF", FALLAH, HEJAZI, "is appointed to succeed him", "2021-04"),
      ("SUCCESSOR_OF", SUD, KAD, "takes over from al-Kadhimi", "2022-10"),
      ("MET_WITH", QAANI, SUD, "Ghaani holds talks with the new premier", "2022-11"),
      ("VISITED", QAANI, "location:baghdad", "the new premier in Baghdad", "2022-11"),
      ],
     {"source": "blind set (think-tank timeline, English)", "published": "2023-01-03"}),

    ("arFW2_nujaba_after_abu_taqwa", "ar",
     "ورقة تحليلية - «النجباء» بعد أبو تقوى\n"
     "منذ تأسيسها عام 2013 بقيادة أمينها العام أكرم الكعبي، قدّمت «حركة النجباء» نفسها بوصفها أقرب "
     "الفصائل العراقية إلى طهران، ورفضت الانخراط في الحكومات المتعاقبة.\n"
     "وفي 4 يناير 2024 قُتل مشتاق طالب السعيدي (أبو تقوى)، القيادي في الحركة ومعاون قائد عمليات حزام "
     "بغداد في الحشد، بضربة أعلنت وزارة الدفاع الأميركية (البنتاغون) أنها نفذتها «دفاعاً عن النفس».\n"
     "وبعد الضربة بأسابيع زار الكعبي بيروت، حيث استقبله الأمين العام لحزب الله حسن نصر الله، وفق ما "
     "نشرته منصات الحركة.\n"
     "كما التقى الكعبي في طهران قائدَ فيلق القدس إسماعيل قاآني، في لقاء لم يُعلن عنه رسمياً وكشفته "
     "مصادر مقربة من الفصائل.\n"
     "واتهمت الحركة لاحقاً إسرائيل بالوقوف وراء مقتل أحد كوادرها قرب دمشق، من دون أن تعلّق تل أبيب.\n"
     "ويرى باحثون أن الحركة باتت، بعد أبو تقوى، أكثر ارتباطاً بالقرار الإيراني منها بالإطار التنسيقي.",
     [("LEADS", KAABI, NUJ, "بقيادة أمينها العام أكرم"),
      ("MEMBER_OF", TAQWA, NUJ, "القيادي في الحركة ومعاون"),
      ("MEMBER_OF", TAQWA, PMF, "بغداد في الحشد"),
      ("ASSASSINATED_BY", TAQWA, DOD, "بضربة أعلنت وزارة الدفاع الأميركية", "2024-01-04"),
      ("VISITED", KAABI, "location:beirut", "زار الكعبي بيروت", "2024"),
      ("MET_WITH", KAABI, NASR, "حيث استقبله الأمين العام", "2024"),
      ("LEADS", NASR, HEZ, "الأمين العام لحزب الله حسن"),
      ("VISITED", KAABI, "location:tehran", "كما التقى الكعبي في طهران", "2024"),
      ("MET_WITH", KAABI, QAANI, "كما التقى الكعبي", "2024"),
      ("LEADS", QAANI, QF, "قائدَ فيلق القدس إسماعيل"),
      ],
     {"source": "blind set (think-tank brief, Arabic)", "published": "2024-06-10"}),

    ("enFW3_iranian_ambassadors_baghdad", "en",
     "BRIEF - Tehran's ambassadors in Baghdad, 2010-2025\n"
     "Since the US withdrawal of 2011, Iran has sent to Baghdad men drawn from the Quds Force rather than "
     "from its diplomatic corps.\n"
     "Hassan Danaeifar, a Guards officer, served until early 2017, when Iraj Masjedi, a senior adviser to "
     "Quds Force commander Qasem Soleimani, took over from him.\n"
     "Masjedi held the post through the January 2020 strike that killed his old commander, an operation "
     "the Trump administration openly claimed, and through the first two years of Soleimani's successor, "
     "Esmail Qaani.\n"
     "In April 2022 he handed the embassy to his deputy, Mohammad Kazem Al-e Sadegh. The new envoy met "
     "Mohammed Shia al-Sudani within days of the latter becoming prime minister in October 2022, and "
     "accompanied him to Tehran a month later.\n"
     "US officials have accused Al-e Sadegh of coordinating with armed factions; the embassy denies it.\n"
     "Masjedi himself was reported in 2023 to have been given a senior Quds Force post, a claim Iranian "
     "media never confirmed.",
     [("WITHDREW_FROM", USA, IRAQ, "Since the US withdrawal of 2011", "2011"),
      ("MEMBER_OF", DANAEI, IRGC, "a Guards officer"),
      ("SUCCESSOR_OF", MASJEDI, DANAEI, "took over from him", "2017-01"),
      ("LEADS", SOL, QF, "Quds Force commander Qasem"),
      ("ASSASSINATED_BY", SOL, USA, "the Trump administration openly claimed", "2020-01-03"),
      ("SUCCESSOR_OF", QAANI, SOL, "Soleimani's successor", "2020-01"),
      ("SUCCESSOR_OF", SADEGH, MASJEDI, "handed the embassy to his deputy", "2022-04"),
      ("MET_WITH", SADEGH, SUD, "The new envoy met", "2022-10"),
      ("LEADS", SUD, IQG, "becoming prime minister"),
      ("VISITED", SUD, "location:tehran", "accompanied him to Tehran", "2022-11"),
      ("VISITED", SADEGH, "location:tehran", "and accompanied him", "2022-11"),
      ],
     {"source": "blind set (think-tank brief, English)", "published": "2025-02-01"}),

    ("arFW4_from_abdul_mahdi_to_sudani", "ar",
     "تحليل - من عبد المهدي إلى السوداني: تشكيل الحكومات في غياب سليماني\n"
     "استقال رئيس الوزراء عادل عبد المهدي في ديسمبر 2019 تحت ضغط الاحتجاجات، وبقي يصرّف الأعمال حتى "
     "مايو 2020.\n"
     "وخلال تلك الأشهر كُلّف محمد توفيق علاوي ثم عدنان الزرفي بتشكيل الحكومة، غير أن كليهما اعتذر قبل "
     "نيل الثقة.\n"
     "وفي تلك المرحلة زار قائد فيلق القدس الجديد إسماعيل قاآني بغداد مرات عدة، والتقى قادة القوى "
     "الشيعية، ومنهم زعيم منظمة بدر هادي العامري، لتوحيد موقفها من المرشحين.\n"
     "وفي 7 مايو 2020 نال مصطفى الكاظمي ثقة البرلمان خلفاً لعبد المهدي، وهو القادم من رئاسة جهاز "
     "المخابرات.\n"
     "وبعد انتخابات أكتوبر 2021 التي تصدّرها التيار الصدري، انسحب نواب الكتلة الصدرية من البرلمان في "
     "يونيو 2022، ما فتح الطريق أمام الإطار التنسيقي لترشيح محمد شياع السوداني، الذي خلف الكاظمي في 27 "
     "أكتوبر 2022.\n"
     "ولم يلتقِ قاآني زعيم التيار الصدري مقتدى الصدر طوال تلك المرحلة، بحسب مقربين من الأخير.",
     [("LEADS", MAHDI, IQG, "استقال رئيس الوزراء عادل"),
      ("LEADS", QAANI, QF, "قائد فيلق القدس الجديد"),
      ("VISITED", QAANI, "location:baghdad", "إسماعيل قاآني بغداد مرات", "2020"),
      ("MET_WITH", QAANI, AMIRI, "ومنهم زعيم منظمة بدر", "2020"),
      ("LEADS", AMIRI, BADR, "زعيم منظمة بدر هادي"),
      ("SUCCESSOR_OF", KAD, MAHDI, "ثقة البرلمان خلفاً لعبد المهدي", "2020-05-07"),
      ("WITHDREW_FROM", "organization:sadrist-bloc", "organization:iraqi-parliament", "انسحب نواب الكتلة الصدرية",
       "2022-06"),
      ("SUCCESSOR_OF", SUD, KAD, "الذي خلف الكاظمي", "2022-10-27"),
      ("LEADS", SADR, "organization:sadrist-movement", "زعيم التيار الصدري مقتدى"),
      ],
     {"source": "blind set (think-tank analysis, Arabic)", "published": "2023-02-15"}),

    ("enFW5_timeline_washington_in_baghdad", "en",
     "TIMELINE - Washington's officials and Baghdad, 2020-2025\n"
     "20 Aug 2020: Prime Minister Mustafa al-Kadhimi meets President Donald Trump at the White House, the "
     "first such visit since the Soleimani strike.\n"
     "Jun 2022: Alina Romanowski arrives as ambassador, taking over from Matthew Tueller.\n"
     "7 Mar 2023: Defense Secretary Lloyd Austin makes an unannounced trip to Baghdad and meets Prime "
     "Minister Mohammed Shia al-Sudani.\n"
     "5 Nov 2023: Secretary of State Antony Blinken holds talks with al-Sudani in Baghdad, a month into "
     "the Gaza war.\n"
     "7 Feb 2024: A U.S. drone strike kills Kataib Hezbollah commander Abu Baqir al-Saadi in east "
     "Baghdad.\n"
     "15 Apr 2024: President Joe Biden hosts al-Sudani at the White House.\n"
     "Oct 2025: Trump names Mark Savaya special envoy for Iraq. A Savaya visit announced for November had "
     "not taken place by the time of writing.",
     [("LEADS", KAD, IQG, "Prime Minister Mustafa al-Kadhimi"),
      ("MET_WITH", KAD, TRUMP, "al-Kadhimi meets President", "2020-08-20"),
      ("LEADS", TRUMP, USA, "President Donald Trump"),
      ("VISITED", KAD, "location:washington", "at the White House, the", "2020-08-20"),
      ("SUCCESSOR_OF", ROMAN, TUELLER, "taking over from Matthew Tueller", "2022-06"),
      ("LEADS", AUSTIN, DOD, "Defense Secretary Lloyd"),
      ("VISITED", AUSTIN, "location:baghdad", "unannounced trip to Baghdad", "2023-03-07"),
      ("MET_WITH", AUSTIN, SUD, "and meets Prime", "2023-03-07"),
      ("LEADS", SUD, IQG, "Minister Mohammed Shia al-Sudani"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony"),
      ("MET_WITH", BLINKEN, SUD, "holds talks with al-Sudani", "2023-11-05"),
      ("VISITED", BLINKEN, "location:baghdad", "al-Sudani in Baghdad, a month", "2023-11-05"),
      ("ASSASSINATED_BY", BAQIR, USA, "A U.S. drone strike kills", "2024-02-07"),
      ("MEMBER_OF", BAQIR, KH, "Kataib Hezbollah commander Abu"),
      ("MET_WITH", BIDEN, SUD, "President Joe Biden hosts", "2024-04-15"),
      ("LEADS", BIDEN, USA, "President Joe Biden"),
      ("VISITED", SUD, "location:washington", "hosts al-Sudani at the White House", "2024-04-15"),
      ],
     {"source": "blind set (think-tank timeline, English)", "published": "2025-12-01"}),

    ("arFW6_pmf_after_muhandis", "ar",
     "موجز - الحشد الشعبي بعد المهندس (2020-2025)\n"
     "• يناير 2020: قُتل نائب رئيس هيئة الحشد أبو مهدي المهندس بغارة أميركية قرب مطار بغداد، إلى جانب "
     "قائد فيلق القدس قاسم سليماني.\n"
     "• فبراير 2020: سُمّي عبد العزيز المحمداوي (أبو فدك) رئيساً لأركان الهيئة خلفاً للمهندس، وسط اعتراض "
     "ألوية العتبات.\n"
     "• أبريل 2020: أعلنت فرقة العباس القتالية وثلاثة ألوية أخرى فكّ ارتباطها بالهيئة والالتحاق بالقائد "
     "العام للقوات المسلحة.\n"
     "• مايو 2021: اعتقال قائد عمليات الأنبار في الحشد قاسم مصلح، ثم الإفراج عنه بعد أسابيع.\n"
     "• 2024: مقتل أبو تقوى وأبو باقر الساعدي بغارتين أميركيتين في بغداد.\n"
     "• 2025: اجتمع رئيس الوزراء محمد شياع السوداني برئيس الهيئة فالح الفياض ورئيس أركانها لبحث مشروع "
     "قانون الحشد، وسط تداول أسماء مرشحين لخلافة الفياض لم يُحسم أيٌّ منها.",
     [("MEMBER_OF", MUH, PMF, "نائب رئيس هيئة الحشد"),
      ("ASSASSINATED_BY", MUH, USA, "بغارة أميركية قرب", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, USA, "إلى جانب قائد فيلق", "2020-01-03"),
      ("LEADS", SOL, QF, "قائد فيلق القدس قاسم"),
      ("SUCCESSOR_OF", FADAK, MUH, "رئيساً لأركان الهيئة خلفاً للمهندس", "2020-02"),
      ("MEMBER_OF", FADAK, PMF, "سُمّي عبد العزيز المحمداوي"),
      ("WITHDREW_FROM", "organization:abbas-combat-division", PMF, "فكّ ارتباطها بالهيئة", "2020-04"),
      ("MEMBER_OF", MUSLIH, PMF, "قائد عمليات الأنبار في الحشد"),
      ("ASSASSINATED_BY", TAQWA, USA, "مقتل أبو تقوى", "2024"),
      ("ASSASSINATED_BY", BAQIR, USA, "بغارتين أميركيتين", "2024"),
      ("LEADS", SUD, IQG, "اجتمع رئيس الوزراء محمد"),
      ("MET_WITH", SUD, FAY, "برئيس الهيئة فالح", "2025"),
      ("MET_WITH", SUD, FADAK, "ورئيس أركانها لبحث", "2025"),
      ("MET_WITH", FAY, FADAK, "الفياض ورئيس أركانها", "2025"),
      ("LEADS", FAY, PMF, "برئيس الهيئة فالح الفياض"),
      ],
     {"source": "blind set (think-tank brief, Arabic)", "published": "2025-09-01"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFW")
