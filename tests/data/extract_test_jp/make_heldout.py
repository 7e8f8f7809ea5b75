"""Blind set JP: Iraq 2024-2025 under Prime Minister Mohammed Shia al-Sudani, as an Iraqi satellite
channel's Arabic website writes it (Alsumaria News-like: "السومرية نيوز/ بغداد", "اليوم الخميس",
"في بيان تلقته السومرية نيوز", "وأفاد مراسل السومرية نيوز", full titles of office at first mention)
and as an Iraqi English-language news site writes it (Shafaq News-like: "Shafaq News/ ...", "a source
told Shafaq News", the closing "Notably, ..." background paragraph).
Pieces: the US strike on Palestine Street that killed Abu Taqwa, 4 January 2024, and al-Sudani's
emergency security meeting (Arabic); al-Mashhadani elected speaker after a year of al-Mandalawi as
acting speaker, 31 October 2024 (Arabic); Munther Ibrahim Hussein sworn in as president of the Federal
Supreme Court in place of Jassim Mohammed Abboud, 2025 (Arabic); the electoral commission's preliminary
results of the 11 November 2025 election and the UN envoy at the commission (English); Qaani in Baghdad
with al-Amiri and al-Maliki after the election (English); Defence Minister al-Abbasi with Austin at the
Pentagon, July 2024 (English).
Excluded on purpose (no relation): Abu Taqwa's unnamed companion and two rockets near Ain al-Asad that
no one claimed (JP1); Masoud Barzani's phone call to al-Mashhadani (JP2); a meeting between Abboud and
al-Sudani that reports called "expected" (JP3); the Coordination Framework's meeting "expected in the
coming days" and congratulatory calls to al-Sudani (JP4); a Qaani-al-Sudani meeting the government
denied and a meeting with al-Khazali that was postponed (JP5); a Sudani-Austin meeting that "was not
scheduled", their phone call, and Yarallah's sessions planned for the next day (JP6). A joint meeting
pairs every named participant; an attendee meets everyone present.
Spellings: مشتاق طالب السعيدي with the kunya «أبو تقوى», فالح الفيّاض, محمد ريكان الحلبوسي, عبد اللطيف
جمال رشيد, Mohammed Shia' al-Sudani, Esmaeil Ghaani, Nuri al-Maliki (Abu Israa), Thabet al-Abbasi.
Events follow the public record as far as the writer knew it; some minor details (who sat in on a
meeting, weekdays, the dates of minor meetings, the day of the court president's oath) are filled in
for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jr import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, USA = "country:iraq", "country:united-states"
IQG, PMF, NUJABA, KH, DOD, USARMED, IQAF, TAQADDUM, PARL, KDP, FSC, SJC = (
    "organization:iraqi-government", "organization:popular-mobilization-forces", "organization:harakat-al-nujaba",
    "organization:kataib-hezbollah", "organization:us-department-of-defense", "organization:us-armed-forces",
    "organization:iraqi-air-force", "organization:taqaddum-party", "organization:iraqi-parliament",
    "organization:kurdistan-democratic-party", "organization:federal-supreme-court",
    "organization:supreme-judicial-council")
IHEC, RDC, UNAMI, BADR, SADRIST, QF, SOL, AAH, IQDEF, IQARMY = (
    "organization:iraqi-high-electoral-commission", "organization:reconstruction-and-development-coalition",
    "organization:unami", "organization:badr-organization", "organization:sadrist-movement", "organization:quds-force",
    "organization:state-of-law-coalition", "organization:asaib-ahl-al-haq", "organization:iraqi-defense-ministry",
    "organization:iraqi-army")
BAGHDAD, GOVPALACE, WASHINGTON = "location:baghdad", "location:government-palace-baghdad", "location:washington"
ALSUMARIA, SHAFAQ = "outlet:alsumaria", "outlet:shafaq-news"
SUDANI, FAYYADH, ABUTAQWA, RYDER, AWADI, MOUSSAWI, KAABI = (
    "person:mohammed-shia-al-sudani", "person:falih-al-fayyadh", "person:abu-taqwa-al-saidi", "person:pat-ryder",
    "person:basim-al-awadi", "person:hussein-al-moussawi", "person:akram-al-kaabi")
MASHHADANI, HALBOUSI, MANDALAWI, MBARZANI, RASHID, ZAIDAN, ABBOUD = (
    "person:mahmoud-al-mashhadani", "person:mohammed-al-halbousi", "person:mohsen-al-mandalawi",
    "person:masoud-barzani", "person:abdul-latif-rashid", "person:faiq-zaidan", "person:jassim-mohammed-abboud")
HASSAN, CORDONE, HENNIS, GHALAI, AMIRI, SADR = (
    "person:mohammed-al-hassan", "person:claudio-cordone", "person:jeanine-hennis-plasschaert",
    "person:jumana-al-ghalai", "person:hadi-al-amiri", "person:muqtada-al-sadr")
QAANI, MALIKI, SADEGH, KHAZALI, SOLEIMANI = (
    "person:esmail-qaani", "person:nouri-al-maliki", "person:mohammad-kazem-al-e-sadegh", "person:qais-al-khazali",
    "person:qasem-soleimani")
ABBASI, AUSTIN, YARALLAH, ABUBAQIR, INAD = (
    "person:thabet-al-abbasi", "person:lloyd-austin", "person:abdul-amir-yarallah", "person:abu-baqir-al-saadi",
    "person:juma-inad")
# new to the tables
SHIHAB, HAIBAT, MUNTHER, OMAR, RIKABI, SHAPIRO = (
    "person:shihab-jahid-ali", "person:haibat-al-halbousi", "person:munther-ibrahim-hussein",
    "person:omar-ahmed-mohammed", "person:hisham-al-rikabi", "person:daniel-shapiro")

ARTICLES = [
    ("arJP1_abu_taqwa_palestine_street", "ar",
     "مقتل قيادي في الحشد بضربة مسيّرة شرقي بغداد.. والبنتاغون: نفذناها دفاعاً عن النفس\n"
     "السومرية نيوز/ بغداد\n"
     "أعلنت هيئة الحشد الشعبي، اليوم الخميس، استشهاد معاون قائد عمليات حزام بغداد مشتاق طالب السعيدي "
     "المكنى «أبو تقوى» وأحد مرافقيه، بضربة طائرة مسيّرة استهدفت مقراً للهيئة في شارع فلسطين شرقي العاصمة.\n"
     "وأكد المتحدث باسم وزارة الدفاع الأمريكية الجنرال بات رايدر، في إيجاز صحفي، أن القوات الأمريكية نفذت "
     "الضربة في بغداد «دفاعاً عن النفس»، موضحاً أنها قتلت القيادي في حركة النجباء «أبو تقوى» لضلوعه في "
     "هجمات على القوات الأمريكية.\n"
     "وترأس رئيس مجلس الوزراء القائد العام للقوات المسلحة محمد شياع السوداني اجتماعاً أمنياً طارئاً، بحضور "
     "رئيس هيئة الحشد الشعبي فالح الفيّاض وقائد القوة الجوية الفريق الركن شهاب جاهد علي، لبحث تداعيات "
     "الاستهداف.\n"
     "وقال المتحدث باسم الحكومة باسم العوادي، في بيان تلقته السومرية نيوز، إن «الحكومة تعدّ هذا الاعتداء "
     "تصعيداً خطيراً لا يمكن السكوت عنه».\n"
     "من جانبه، توعد المتحدث باسم حركة النجباء حسين الموسوي بـ«رد مناسب»، فيما نعى الأمين العام للحركة "
     "الشيخ أكرم الكعبي «القائد الشهيد».\n"
     "وفي سياق متصل، أفاد مصدر أمني للسومرية نيوز بسقوط صاروخين قرب قاعدة عين الأسد الجوية غربي الأنبار "
     "من دون تسجيل إصابات، ولم تتبنَّ أي جهة الهجوم.",
     [("MEMBER_OF", ABUTAQWA, PMF, "معاون قائد عمليات حزام بغداد مشتاق"),
      ("MEMBER_OF", RYDER, DOD, "المتحدث باسم وزارة الدفاع الأمريكية الجنرال"),
      ("ATTACKED", USARMED, BAGHDAD, "أن القوات الأمريكية نفذت الضربة في بغداد", "2024-01-04"),
      ("ASSASSINATED_BY", ABUTAQWA, USARMED, "موضحاً أنها قتلت القيادي في حركة النجباء", "2024-01-04"),
      ("MEMBER_OF", ABUTAQWA, NUJABA, "القيادي في حركة النجباء «أبو تقوى»"),
      ("LEADS", SUDANI, IQG, "وترأس رئيس مجلس الوزراء القائد العام"),
      ("MET_WITH", SUDANI, FAYYADH, "بحضور رئيس هيئة الحشد الشعبي فالح", "2024-01-04"),
      ("MET_WITH", SUDANI, SHIHAB, "وقائد القوة الجوية الفريق الركن شهاب", "2024-01-04"),
      ("MET_WITH", FAYYADH, SHIHAB, "وقائد القوة الجوية الفريق الركن شهاب", "2024-01-04"),
      ("LEADS", FAYYADH, PMF, "رئيس هيئة الحشد الشعبي فالح الفيّاض"),
      ("LEADS", SHIHAB, IQAF, "قائد القوة الجوية الفريق الركن شهاب جاهد"),
      ("MEMBER_OF", AWADI, IQG, "المتحدث باسم الحكومة باسم"),
      ("REPORTED_BY", AWADI, ALSUMARIA, "في بيان تلقته السومرية نيوز"),
      ("MEMBER_OF", MOUSSAWI, NUJABA, "المتحدث باسم حركة النجباء حسين"),
      ("LEADS", KAABI, NUJABA, "الأمين العام للحركة الشيخ أكرم"),
      ],
     {"source": "blind set (Iraqi satellite channel website, Arabic)", "published": "2024-01-04"}),

    ("arJP2_mashhadani_elected_speaker", "ar",
     "بعد عام من الفراغ.. البرلمان ينتخب محمود المشهداني رئيساً له\n"
     "السومرية نيوز/ بغداد\n"
     "انتخب مجلس النواب، اليوم الخميس، النائب محمود المشهداني رئيساً للمجلس خلفاً لمحمد ريكان الحلبوسي، بعد "
     "حصوله على 182 صوتاً في جولة الإعادة أمام منافسه سالم العيساوي.\n"
     "وجاء انتخاب المشهداني بعد نحو عام على قرار المحكمة الاتحادية العليا إنهاء عضوية الحلبوسي في تشرين "
     "الثاني 2023، وهي مدة تولى خلالها النائب الأول لرئيس المجلس محسن المندلاوي رئاسة البرلمان بالنيابة.\n"
     "وأفاد مراسل السومرية نيوز بأن المشهداني كان قد التقى الحلبوسي، رئيس حزب تقدم، مساء أمس في منزل "
     "الأخير ببغداد، بحضور القيادي في الحزب النائب هيبت الحلبوسي، حيث جرى الاتفاق على دعم ترشيحه.\n"
     "وعقب الجلسة، زار رئيس مجلس الوزراء محمد شياع السوداني مبنى البرلمان والتقى المشهداني مهنئاً، مؤكداً "
     "«أهمية التعاون بين السلطتين التشريعية والتنفيذية».\n"
     "كما تلقى المشهداني اتصالاً هاتفياً من رئيس الحزب الديمقراطي الكردستاني مسعود بارزاني هنأه فيه "
     "بالمنصب، فيما قاطع نواب من كتل عدة جولة التصويت الثانية.",
     [("LEADS", MASHHADANI, PARL, "انتخب مجلس النواب، اليوم الخميس، النائب محمود"),
      ("SUCCESSOR_OF", MASHHADANI, HALBOUSI, "رئيساً للمجلس خلفاً لمحمد ريكان الحلبوسي", "2024-10-31"),
      ("SUCCESSOR_OF", MANDALAWI, HALBOUSI, "تولى خلالها النائب الأول لرئيس المجلس محسن المندلاوي", "2023-11"),
      ("MET_WITH", HALBOUSI, MASHHADANI, "كان قد التقى الحلبوسي، رئيس حزب تقدم", "2024-10-30"),
      ("LEADS", HALBOUSI, TAQADDUM, "رئيس حزب تقدم، مساء أمس"),
      ("MET_WITH", HAIBAT, MASHHADANI, "بحضور القيادي في الحزب النائب هيبت", "2024-10-30"),
      ("MET_WITH", HAIBAT, HALBOUSI, "بحضور القيادي في الحزب النائب هيبت", "2024-10-30"),
      ("MEMBER_OF", HAIBAT, TAQADDUM, "القيادي في الحزب النائب هيبت الحلبوسي"),
      ("LEADS", SUDANI, IQG, "زار رئيس مجلس الوزراء محمد شياع"),
      ("MET_WITH", MASHHADANI, SUDANI, "والتقى المشهداني مهنئاً", "2024-10-31"),
      ("LEADS", MBARZANI, KDP, "رئيس الحزب الديمقراطي الكردستاني مسعود"),
      ],
     {"source": "blind set (Iraqi satellite channel website, Arabic)", "published": "2024-10-31"}),

    ("arJP3_federal_court_new_president", "ar",
     "القاضي منذر إبراهيم حسين يؤدي اليمين رئيساً للمحكمة الاتحادية العليا\n"
     "السومرية نيوز/ بغداد\n"
     "أدى القاضي منذر إبراهيم حسين، اليوم الأحد، اليمين القانونية رئيساً للمحكمة الاتحادية العليا أمام رئيس "
     "الجمهورية عبد اللطيف جمال رشيد، خلفاً للقاضي جاسم محمد عبود الذي أحيل إلى التقاعد بناءً على طلبه.\n"
     "وجرت مراسم أداء اليمين في قصر بغداد، بحضور رئيس مجلس القضاء الأعلى القاضي فائق زيدان، بحسب بيان "
     "لرئاسة الجمهورية تلقته السومرية نيوز.\n"
     "وأكد رشيد خلال المراسم «ضرورة الحفاظ على استقلال القضاء ومبدأ الفصل بين السلطات».\n"
     "وفي وقت لاحق، استقبل رئيس مجلس الوزراء محمد شياع السوداني رئيس المحكمة الجديد في القصر الحكومي، "
     "وبحث معه «دعم عمل المحكمة في المرحلة المقبلة».\n"
     "ويأتي التغيير بعد أشهر من الجدل الذي أثارته قرارات المحكمة بشأن قانون العفو العام وقوانين أخرى أقرها "
     "البرلمان في كانون الثاني الماضي، وسط حديث عن خلافات بين رئيسها السابق ومجلس القضاء الأعلى.\n"
     "ولم يصدر تعليق عن عبود بشأن تقارير تحدثت عن لقاء مرتقب يجمعه بالسوداني خلال الأيام المقبلة.",
     [("SUCCESSOR_OF", MUNTHER, ABBOUD, "خلفاً للقاضي جاسم محمد عبود", "2025-05"),
      ("LEADS", MUNTHER, FSC, "اليمين القانونية رئيساً للمحكمة الاتحادية العليا"),
      ("MET_WITH", MUNTHER, RASHID, "اليمين القانونية رئيساً للمحكمة الاتحادية العليا أمام رئيس", "2025-05-04"),
      ("LEADS", RASHID, IRAQ, "الجمهورية عبد اللطيف جمال رشيد"),
      ("MET_WITH", MUNTHER, ZAIDAN, "بحضور رئيس مجلس القضاء الأعلى القاضي", "2025-05-04"),
      ("MET_WITH", RASHID, ZAIDAN, "بحضور رئيس مجلس القضاء الأعلى القاضي", "2025-05-04"),
      ("LEADS", ZAIDAN, SJC, "رئيس مجلس القضاء الأعلى القاضي فائق"),
      ("LEADS", SUDANI, IQG, "استقبل رئيس مجلس الوزراء محمد شياع"),
      ("MET_WITH", MUNTHER, SUDANI, "رئيس المحكمة الجديد في القصر الحكومي", "2025-05-04"),
      ("VISITED", MUNTHER, GOVPALACE, "رئيس المحكمة الجديد في القصر الحكومي", "2025-05-04"),
      ],
     {"source": "blind set (Iraqi satellite channel website, Arabic)", "published": "2025-05-04"}),

    ("enJP4_ihec_preliminary_results", "en",
     "IHEC announces preliminary results: al-Sudani's coalition tops Iraq's parliamentary vote\n"
     "Shafaq News/ Iraq's Independent High Electoral Commission (IHEC) announced on Wednesday the "
     "preliminary results of Tuesday's parliamentary elections, with Prime Minister Mohammed Shia' al-Sudani's "
     "Reconstruction and Development Coalition coming first nationwide.\n"
     "IHEC chairman Judge Omar Ahmed Mohammed told a press conference in Baghdad that turnout reached 56.11 "
     "percent, the highest since 2018. IHEC spokeswoman Jumana al-Ghalai said appeals could be filed within "
     "three days.\n"
     "Earlier, the UN Special Representative for Iraq, Mohammed al-Hassan, met the IHEC chairman at the "
     "commission's headquarters, accompanied by his deputy Claudio Cordone, a source told Shafaq News. "
     "Al-Hassan took over the UN mission in Iraq (UNAMI) from Jeanine Hennis-Plasschaert last year.\n"
     "The Coordination Framework, the umbrella of the Shiite ruling parties, is expected to meet at the office "
     "of Badr Organization leader Hadi al-Amiri in the coming days to discuss forming the largest bloc.\n"
     "Notably, the Sadrist Movement led by Muqtada al-Sadr boycotted the vote. Al-Sudani received "
     "congratulatory calls from several regional leaders, his media office said.",
     [("LEADS", SUDANI, IQG, "with Prime Minister Mohammed Shia'"),
      ("LEADS", SUDANI, RDC, "Shia' al-Sudani's Reconstruction and Development Coalition"),
      ("LEADS", OMAR, IHEC, "IHEC chairman Judge Omar"),
      ("MEMBER_OF", GHALAI, IHEC, "IHEC spokeswoman Jumana"),
      ("MET_WITH", HASSAN, OMAR, "met the IHEC chairman at the commission's headquarters", "2025-11-12"),
      ("MET_WITH", CORDONE, OMAR, "accompanied by his deputy Claudio Cordone", "2025-11-12"),
      ("MET_WITH", CORDONE, HASSAN, "accompanied by his deputy Claudio Cordone", "2025-11-12"),
      ("MEMBER_OF", CORDONE, UNAMI, "accompanied by his deputy Claudio Cordone"),
      ("LEADS", HASSAN, UNAMI, "took over the UN mission in Iraq (UNAMI)"),
      ("SUCCESSOR_OF", HASSAN, HENNIS, "from Jeanine Hennis-Plasschaert last year", "2024"),
      ("LEADS", AMIRI, BADR, "Badr Organization leader Hadi"),
      ("LEADS", SADR, SADRIST, "the Sadrist Movement led by Muqtada"),
      ],
     {"source": "blind set (Iraqi English-language news site)", "published": "2025-11-12"}),

    ("enJP5_ghaani_baghdad_framework", "en",
     "Iran's Ghaani in Baghdad as Coordination Framework weighs next PM - sources\n"
     "Shafaq News/ The commander of Iran's IRGC-Quds Force, Esmaeil Ghaani, arrived in Baghdad on Sunday on "
     "an unannounced visit, two political sources told Shafaq News, a week after the Coordination Framework "
     "declared itself the largest bloc in the new parliament.\n"
     "According to the sources, Ghaani held a joint meeting with Badr Organization leader Hadi al-Amiri and "
     "State of Law Coalition head Nuri al-Maliki (Abu Israa) at al-Amiri's residence in al-Jadriya, with "
     "Iranian Ambassador Mohammad Kazem Al-e Sadegh also present.\n"
     "Hisham al-Rikabi, head of the State of Law Coalition's media office, told Shafaq News that the meeting "
     "\"did not discuss names\" for the premiership.\n"
     "A government source denied reports that Ghaani had met caretaker Prime Minister Mohammed Shia al-Sudani, "
     "while a planned meeting with Asaib Ahl al-Haq Secretary-General Qais al-Khazali was postponed.\n"
     "Ghaani succeeded Qassem Soleimani at the head of the Quds Force in January 2020, after a US drone strike "
     "killed Soleimani near Baghdad airport.\n"
     "Notably, Ghaani has visited Baghdad repeatedly since then, usually without prior announcement.",
     [("LEADS", QAANI, QF, "The commander of Iran's IRGC-Quds Force"),
      ("VISITED", QAANI, BAGHDAD, "arrived in Baghdad on Sunday", "2025-11-23"),
      ("MET_WITH", QAANI, AMIRI, "Ghaani held a joint meeting with Badr Organization leader", "2025-11-23"),
      ("MET_WITH", QAANI, MALIKI, "State of Law Coalition head Nuri", "2025-11-23"),
      ("MET_WITH", AMIRI, MALIKI, "Ghaani held a joint meeting with Badr Organization leader", "2025-11-23"),
      ("LEADS", AMIRI, BADR, "Badr Organization leader Hadi"),
      ("LEADS", MALIKI, SOL, "State of Law Coalition head Nuri"),
      ("MET_WITH", QAANI, SADEGH, "with Iranian Ambassador Mohammad Kazem Al-e Sadegh also present", "2025-11-23"),
      ("MET_WITH", AMIRI, SADEGH, "with Iranian Ambassador Mohammad Kazem Al-e Sadegh also present", "2025-11-23"),
      ("MET_WITH", MALIKI, SADEGH, "with Iranian Ambassador Mohammad Kazem Al-e Sadegh also present", "2025-11-23"),
      ("MEMBER_OF", RIKABI, SOL, "head of the State of Law Coalition's media office"),
      ("REPORTED_BY", RIKABI, SHAFAQ, "media office, told Shafaq News"),
      ("LEADS", SUDANI, IQG, "caretaker Prime Minister Mohammed"),
      ("LEADS", KHAZALI, AAH, "Asaib Ahl al-Haq Secretary-General Qais"),
      ("SUCCESSOR_OF", QAANI, SOLEIMANI, "Ghaani succeeded Qassem Soleimani", "2020-01"),
      ("ASSASSINATED_BY", SOLEIMANI, USA, "after a US drone strike killed Soleimani", "2020-01-03"),
      ],
     {"source": "blind set (Iraqi English-language news site)", "published": "2025-11-24"}),

    ("enJP6_abbasi_austin_pentagon", "en",
     "Iraqi Defense Minister meets Austin in Washington as coalition talks advance\n"
     "Shafaq News/ Iraqi Defense Minister Thabet al-Abbasi met US Defense Secretary Lloyd Austin at the "
     "Pentagon on Monday, at the start of the second round of the US-Iraq Joint Security Cooperation Dialogue "
     "in Washington.\n"
     "Deputy Assistant Secretary of Defense for the Middle East Daniel Shapiro also took part in the meeting, "
     "a source in the Iraqi delegation told Shafaq News, while Army Chief of Staff Lt. Gen. Abdul Amir Rashid "
     "Yarallah is due to join the technical sessions on Tuesday.\n"
     "The talks focused on a timeline for ending the mission of the US-led international coalition, a central "
     "demand of the Coordination Framework since a US strike killed Kataib Hezbollah commander Abu Baqir "
     "al-Saadi in Baghdad in February.\n"
     "Al-Abbasi took over the defense ministry in October 2022, succeeding Juma Inad.\n"
     "Notably, a meeting between Prime Minister Mohammed Shia al-Sudani and Austin, floated by Iraqi media, "
     "was not scheduled; US officials said Austin had discussed the dialogue with al-Sudani by phone last "
     "week.",
     [("LEADS", ABBASI, IQDEF, "Iraqi Defense Minister Thabet"),
      ("MET_WITH", ABBASI, AUSTIN, "met US Defense Secretary Lloyd Austin", "2024-07-22"),
      ("LEADS", AUSTIN, DOD, "US Defense Secretary Lloyd"),
      ("VISITED", ABBASI, WASHINGTON, "Cooperation Dialogue in Washington", "2024-07-22"),
      ("MET_WITH", SHAPIRO, ABBASI, "also took part in the meeting", "2024-07-22"),
      ("MET_WITH", SHAPIRO, AUSTIN, "also took part in the meeting", "2024-07-22"),
      ("MEMBER_OF", SHAPIRO, DOD, "Deputy Assistant Secretary of Defense for the Middle East"),
      ("LEADS", YARALLAH, IQARMY, "Army Chief of Staff Lt. Gen. Abdul Amir"),
      ("ASSASSINATED_BY", ABUBAQIR, USA, "since a US strike killed Kataib Hezbollah commander", "2024-02-07"),
      ("MEMBER_OF", ABUBAQIR, KH, "Kataib Hezbollah commander Abu Baqir"),
      ("SUCCESSOR_OF", ABBASI, INAD, "succeeding Juma Inad", "2022-10"),
      ("LEADS", SUDANI, IQG, "between Prime Minister Mohammed Shia"),
      ],
     {"source": "blind set (Iraqi English-language news site)", "published": "2024-07-22"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJP")
