"""Blind set JL: Iraq and the Kurdistan Region, October 2022 - September 2024, as two kinds of outlet
write it: an international wire's English dispatches ("BAGHDAD, Feb 7 (Wire) -", "two security sources
said", "declined to comment", Shi'ite, "Iran-backed") and the Iraq desk of a London-based pan-Arab
daily ("بغداد: «الشرق الأوسط»", guillemets around every party and faction, "أمس", "في المقابل",
sources quoted "لـ«الشرق الأوسط»").
Pieces: the US strike in Baghdad that killed Kataib Hezbollah's Abu Baqir al-Saadi, with the January
strike on Abu Taqwa, February 2024 (wire); Qaani in Baghdad after al-Sudani's government won its
confidence vote, October 2022 (daily); Pezeshkian's first foreign trip, to Baghdad, September 2024
(wire); the Turkish security delegation in Baghdad on the PKK, March 2024 (daily); Fuad Hussein in
Washington and the new central bank governor, February 2023 (wire); Masrour Barzani in Tehran with
Raisi, May 2024 (daily).
Excluded on purpose (no relation): al-Sudani's office denying that he met Qaani the week before the
February strike, and the postponed coalition talks; a Sadrist source denying any Qaani meeting with
the movement; Pezeshkian's planned Erbil and Sulaimaniyah leg and a Sistani meeting "not on the
agenda"; Turkish Defence Minister Guler, expected at the Baghdad meeting, who did not come, and two men
killed by a drone "believed to be Turkish" (agent only suspected); a meeting with al-Sudani in
Washington "being arranged" and Blinken's earlier phone call; a Masrour Barzani-Khamenei meeting not
reported and a Qaani meeting the daily's sources could not confirm. A joint meeting pairs every named
participant; a plain list of partners is not paired within itself.
Spellings: Arkan al-Elayawi, Mushtaq Taleb al-Saeedi, Yehia Rasool, Ahmed al-Hamidawi (wire); قآني;
إبراهيم كالن (in place of قالن), Abbas Araqchi, Ali Mohsen al-Allaq, Mustafa Ghalib
Mukhaif, الرئيس رئيسي.
Events follow the public record as far as the writer knew it; some minor details (who attended a
meeting, weekdays, dates of minor visits) are filled in for the exercise.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_jl import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, IRAN, TURKEY, USA = "country:iraq", "country:iran", "country:turkey", "country:united-states"
KH, NUJABA, CENTCOM, WH, QF, IRGC, KDPI, SOL, BADR, AAH = (
    "organization:kataib-hezbollah", "organization:harakat-al-nujaba", "organization:us-central-command",
    "organization:white-house", "organization:quds-force", "organization:irgc", "organization:kdpi",
    "organization:state-of-law-coalition", "organization:badr-organization", "organization:asaib-ahl-al-haq")
IQG, IQFM, IRFM, IRGOV, TFM, MIT, TINT, STATE, TREAS, CBI, KRG, SNSC = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry", "organization:iranian-foreign-ministry",
    "organization:iranian-government", "organization:turkish-foreign-ministry",
    "organization:turkish-national-intelligence-organization", "organization:turkish-interior-ministry",
    "organization:us-state-department", "organization:us-treasury-department", "organization:central-bank-of-iraq",
    "organization:kurdistan-regional-government", "organization:supreme-national-security-council")
BAGHDAD, TEHRAN, WASHINGTON, GOVPALACE = (
    "location:baghdad", "location:tehran", "location:washington", "location:government-palace-baghdad")
ABUBAQIR, ULAYAWI, ABUTAQWA, HAMIDAWI = (
    "person:abu-baqir-al-saadi", "person:arkan-al-ulayawi", "person:abu-taqwa-al-saidi", "person:ahmad-al-hamidawi")
QAANI, SUDANI, KADHIMI, MALIKI, AMIRI, KHAZALI = (
    "person:esmail-qaani", "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi", "person:nouri-al-maliki",
    "person:hadi-al-amiri", "person:qais-al-khazali")
PEZ, RAISI, RASHID, ARAGHCHI = ("person:masoud-pezeshkian", "person:ebrahim-raisi", "person:abdul-latif-rashid",
                                "person:abbas-araghchi")
FIDAN, KALIN, FUAD, SAHAF = ("person:hakan-fidan", "person:ibrahim-kalin", "person:fuad-hussein",
                             "person:ahmed-al-sahaf")
BLINKEN, ALAQ, MUKHIF = "person:antony-blinken", "person:ali-mohsen-al-alaq", "person:mustafa-ghaleb-mukhif"
MASROUR, NECHIRVAN, AMIRABD, AHMADIAN = ("person:masrour-barzani", "person:nechirvan-barzani",
                                         "person:hossein-amir-abdollahian", "person:ali-akbar-ahmadian")
# new to the tables
WATSON, MUTTALIBI, GHEZELJEH, KARALOGLU, KHAIRULLAH, ROSENBERG, BEGARD = (
    "person:adrienne-watson", "person:saad-al-muttalibi", "person:gholamreza-nouri-ghezeljeh",
    "person:munir-karaloglu", "person:nizar-al-khairullah", "person:elizabeth-rosenberg", "person:begard-talabani")

ARTICLES = [
    ("enJL1_us_strike_kills_kh_commander", "en",
     "U.S. strike in Baghdad kills Kataib Hezbollah commander\n"
     "BAGHDAD, Feb 7 (Wire) - A U.S. drone strike on a vehicle in eastern Baghdad on Wednesday killed a senior "
     "commander of Kataib Hezbollah, the Iran-backed group said, days after Washington retaliated for the "
     "killing of three U.S. soldiers in Jordan.\n"
     "U.S. Central Command said it had killed Abu Baqir al-Saadi, a Kataib Hezbollah commander responsible for "
     "\"directly planning and participating in attacks\" on U.S. forces. Two security sources said Arkan "
     "al-Elayawi, another of the group's commanders, died with him in the strike.\n"
     "Kataib Hezbollah's secretary-general, Ahmed al-Hamidawi, had announced on Jan. 30 that the group was "
     "suspending attacks on U.S. troops.\n"
     "Adrienne Watson, a spokeswoman for the White House National Security Council, said Washington \"will "
     "not hesitate\" to act again. Iraqi military spokesman Yehia Rasool called the strike \"a blatant "
     "assassination\".\n"
     "On Jan. 4, a U.S. strike in Baghdad killed Mushtaq Taleb al-Saeedi, a commander of Harakat al-Nujaba.\n"
     "Prime Minister Mohammed Shia al-Sudani's office denied reports that he had met Quds Force commander "
     "Esmail Qaani in Baghdad last week. Talks on ending the U.S.-led coalition's mission were postponed.",
     [("ASSASSINATED_BY", ABUBAQIR, CENTCOM, "said it had killed Abu Baqir", "2024-02-07"),
      ("MEMBER_OF", ABUBAQIR, KH, "a Kataib Hezbollah commander responsible"),
      ("ASSASSINATED_BY", ULAYAWI, USA, "died with him in the strike", "2024-02-07"),
      ("MEMBER_OF", ULAYAWI, KH, "another of the group's commanders"),
      ("LEADS", HAMIDAWI, KH, "Kataib Hezbollah's secretary-general, Ahmed"),
      ("MEMBER_OF", WATSON, WH, "a spokeswoman for the White House"),
      ("ASSASSINATED_BY", ABUTAQWA, USA, "a U.S. strike in Baghdad killed Mushtaq", "2024-01-04"),
      ("MEMBER_OF", ABUTAQWA, NUJABA, "a commander of Harakat al-Nujaba"),
      ("LEADS", QAANI, QF, "Quds Force commander"),
      ],
     {"source": "blind set (international wire, English)", "published": "2024-02-07"}),

    ("arJL2_qaani_baghdad_sudani_government", "ar",
     "قآني في بغداد بعد أيام من نيل حكومة السوداني الثقة\n"
     "بغداد: «الشرق الأوسط»\n"
     "كشفت مصادر سياسية عراقية مطلعة عن أن قائد «فيلق القدس» في «الحرس الثوري» الإيراني إسماعيل قآني وصل "
     "إلى بغداد، مساء أول من أمس، في زيارة غير معلنة هي الأولى له منذ نيل حكومة محمد شياع السوداني ثقة "
     "البرلمان، الخميس الماضي، خلفاً لحكومة مصطفى الكاظمي.\n"
     "وبحسب المصادر، التقى قآني السوداني في مكتبه بالقصر الحكومي، كما التقى زعيم «ائتلاف دولة القانون» نوري "
     "المالكي، وزعيم «منظمة بدر» هادي العامري، وزعيم «عصائب أهل الحق» قيس الخزعلي.\n"
     "وقال القيادي في «دولة القانون» سعد المطلبي لـ«الشرق الأوسط» إنه حضر لقاء قآني بالمالكي، وإن «الجنرال "
     "الإيراني هنأ قوى (الإطار التنسيقي) بتشكيل الحكومة».\n"
     "في المقابل، نفى مصدر في «التيار الصدري» أن يكون قآني قد التقى أي مسؤول في التيار.\n"
     "وتأتي الزيارة بعد أسابيع من قصف «الحرس الثوري» مقار «الحزب الديمقراطي الكردستاني الإيراني» المعارض "
     "في كويسنجق بإقليم كردستان.",
     [("LEADS", QAANI, QF, "قائد «فيلق القدس» في «الحرس الثوري» الإيراني إسماعيل"),
      ("VISITED", QAANI, BAGHDAD, "وصل إلى بغداد", "2022-10-29"),
      ("SUCCESSOR_OF", SUDANI, KADHIMI, "خلفاً لحكومة مصطفى", "2022-10-27"),
      ("MET_WITH", QAANI, SUDANI, "التقى قآني السوداني في مكتبه", "2022-10-29"),
      ("VISITED", QAANI, GOVPALACE, "في مكتبه بالقصر الحكومي", "2022-10-29"),
      ("MET_WITH", QAANI, MALIKI, "كما التقى زعيم «ائتلاف دولة القانون»", "2022-10-29"),
      ("LEADS", MALIKI, SOL, "زعيم «ائتلاف دولة القانون» نوري"),
      ("MET_WITH", QAANI, AMIRI, "وزعيم «منظمة بدر» هادي", "2022-10-29"),
      ("LEADS", AMIRI, BADR, "وزعيم «منظمة بدر» هادي"),
      ("MET_WITH", QAANI, KHAZALI, "وزعيم «عصائب أهل الحق» قيس", "2022-10-29"),
      ("LEADS", KHAZALI, AAH, "وزعيم «عصائب أهل الحق» قيس"),
      ("MEMBER_OF", MUTTALIBI, SOL, "القيادي في «دولة القانون» سعد"),
      ("MET_WITH", MUTTALIBI, QAANI, "إنه حضر لقاء قآني بالمالكي", "2022-10-29"),
      ("MET_WITH", MUTTALIBI, MALIKI, "إنه حضر لقاء قآني بالمالكي", "2022-10-29"),
      ("ATTACKED", IRGC, KDPI, "قصف «الحرس الثوري» مقار", "2022"),
      ],
     {"source": "blind set (London-based pan-Arab daily, Iraq desk, Arabic)", "published": "2022-10-31"}),

    ("enJL3_pezeshkian_baghdad_first_trip", "en",
     "Iran's Pezeshkian picks Iraq for first foreign trip as president\n"
     "BAGHDAD, Sept 11 (Wire) - Iranian President Masoud Pezeshkian arrived in Baghdad on Wednesday on his "
     "first foreign trip since taking office, seeking to cement ties with Iraq's Shi'ite-led government as "
     "tensions across the region run high.\n"
     "Pezeshkian held talks with Prime Minister Mohammed Shia al-Sudani at the government palace, where the two "
     "sides signed 14 memorandums of understanding, and later met President Abdul Latif Rashid.\n"
     "Iran's Agriculture Minister Gholamreza Nouri Ghezeljeh attended the talks with Sudani, which an Iraqi "
     "government spokesman said covered Iraqi debts for Iranian gas and the water of shared rivers.\n"
     "Pezeshkian, a reformist heart surgeon, was elected in July after Ebrahim Raisi, his predecessor, died "
     "in a helicopter crash in May.\n"
     "He is due to travel to Erbil and Sulaimaniyah in the Kurdistan Region on Thursday, and then to Basra. "
     "A meeting with Grand Ayatollah Ali al-Sistani in Najaf was not on the agenda, an Iraqi official said.\n"
     "Foreign Minister Abbas Araqchi, who travelled with the president, told reporters that Tehran did not "
     "seek a wider war.",
     [("LEADS", PEZ, IRAN, "Iranian President Masoud Pezeshkian arrived"),
      ("VISITED", PEZ, BAGHDAD, "arrived in Baghdad on Wednesday", "2024-09-11"),
      ("MET_WITH", PEZ, SUDANI, "Pezeshkian held talks with Prime Minister", "2024-09-11"),
      ("LEADS", SUDANI, IQG, "Prime Minister Mohammed Shia al-Sudani at"),
      ("VISITED", PEZ, GOVPALACE, "at the government palace", "2024-09-11"),
      ("MET_WITH", PEZ, RASHID, "later met President Abdul Latif", "2024-09-11"),
      ("LEADS", RASHID, IRAQ, "later met President Abdul Latif"),
      ("MET_WITH", GHEZELJEH, PEZ, "attended the talks with Sudani", "2024-09-11"),
      ("MET_WITH", GHEZELJEH, SUDANI, "attended the talks with Sudani", "2024-09-11"),
      ("MEMBER_OF", GHEZELJEH, IRGOV, "Iran's Agriculture Minister Gholamreza"),
      ("SUCCESSOR_OF", PEZ, RAISI, "Ebrahim Raisi, his predecessor", "2024-07"),
      ("LEADS", ARAGHCHI, IRFM, "Foreign Minister Abbas Araqchi"),
      ],
     {"source": "blind set (international wire, English)", "published": "2024-09-11"}),

    ("arJL4_turkish_security_delegation_baghdad", "ar",
     "وفد أمني تركي رفيع في بغداد.. و«العمال الكردستاني» على الطاولة\n"
     "بغداد: «الشرق الأوسط»\n"
     "عقد وفد تركي رفيع ضم وزير الخارجية هاكان فيدان ورئيس جهاز الاستخبارات إبراهيم كالن ونائب وزير "
     "الداخلية منير كارال أوغلو، أمس، اجتماعاً أمنياً مشتركاً في بغداد مع وزير الخارجية العراقي فؤاد حسين، "
     "خُصص لبحث ملف «حزب العمال الكردستاني» وأمن الحدود والمياه.\n"
     "واستقبل رئيس الوزراء محمد شياع السوداني الوفد التركي برئاسة فيدان، في حين كان من المقرر أن يشارك "
     "وزير الدفاع التركي يشار غولر في الاجتماع قبل أن يعتذر في اللحظة الأخيرة.\n"
     "وقال المتحدث باسم الخارجية العراقية أحمد الصحاف لـ«الشرق الأوسط» إن «بغداد ترفض أن تكون أراضيها "
     "منطلقاً لأي اعتداء، كما ترفض العمليات العسكرية التي تنتهك سيادتها».\n"
     "وتزامن الاجتماع مع إعلان «مجلس الأمن الوطني» العراقي «العمال الكردستاني» تنظيماً محظوراً.\n"
     "في غضون ذلك، قُتل شخصان في قضاء سيدكان بإقليم كردستان بضربة طائرة مسيّرة قالت مصادر محلية إنه يُعتقد "
     "أنها تركية.",
     [("LEADS", FIDAN, TFM, "ضم وزير الخارجية هاكان"),
      ("LEADS", KALIN, MIT, "ورئيس جهاز الاستخبارات إبراهيم"),
      ("MEMBER_OF", KARALOGLU, TINT, "ونائب وزير الداخلية منير"),
      ("VISITED", FIDAN, BAGHDAD, "اجتماعاً أمنياً مشتركاً في بغداد", "2024-03-14"),
      ("MET_WITH", FIDAN, FUAD, "اجتماعاً أمنياً مشتركاً في بغداد", "2024-03-14"),
      ("MET_WITH", KALIN, FUAD, "اجتماعاً أمنياً مشتركاً في بغداد", "2024-03-14"),
      ("MET_WITH", KARALOGLU, FUAD, "اجتماعاً أمنياً مشتركاً في بغداد", "2024-03-14"),
      ("MET_WITH", FIDAN, KALIN, "اجتماعاً أمنياً مشتركاً في بغداد", "2024-03-14"),
      ("MET_WITH", FIDAN, KARALOGLU, "اجتماعاً أمنياً مشتركاً في بغداد", "2024-03-14"),
      ("MET_WITH", KALIN, KARALOGLU, "اجتماعاً أمنياً مشتركاً في بغداد", "2024-03-14"),
      ("LEADS", FUAD, IQFM, "وزير الخارجية العراقي فؤاد"),
      ("MET_WITH", SUDANI, FIDAN, "الوفد التركي برئاسة فيدان", "2024-03-14"),
      ("LEADS", SUDANI, IQG, "واستقبل رئيس الوزراء محمد"),
      ("MEMBER_OF", SAHAF, IQFM, "المتحدث باسم الخارجية العراقية أحمد"),
      ],
     {"source": "blind set (London-based pan-Arab daily, Iraq desk, Arabic)", "published": "2024-03-15"}),

    ("enJL5_fuad_hussein_washington_dinar", "en",
     "Iraq's foreign minister in Washington as dinar slides\n"
     "WASHINGTON, Feb 9 (Wire) - Iraqi Foreign Minister Fuad Hussein met Secretary of State Antony Blinken in "
     "Washington on Thursday, seeking relief from tighter U.S. controls on dollar transfers that have "
     "pushed the Iraqi dinar to record lows.\n"
     "Hussein's delegation includes Central Bank Governor Ali Mohsen al-Allaq, whom Prime Minister Mohammed "
     "Shia al-Sudani reappointed last month to replace Mustafa Ghalib Mukhaif after the currency's slide.\n"
     "Al-Allaq and Iraq's ambassador in Washington, Nizar al-Khairullah, met together on Wednesday with U.S. "
     "Treasury officials led by Assistant Secretary Elizabeth Rosenberg, an Iraqi official said. The Treasury "
     "declined to comment.\n"
     "The Federal Reserve Bank of New York began applying stricter compliance rules to Iraqi banks' dollar "
     "purchases late last year.\n"
     "A visit by Sudani to Washington was \"being arranged\", the official said. Blinken and Sudani last spoke "
     "by phone in December.",
     [("LEADS", FUAD, IQFM, "Iraqi Foreign Minister Fuad Hussein met"),
      ("MET_WITH", FUAD, BLINKEN, "met Secretary of State Antony Blinken", "2023-02-09"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony Blinken"),
      ("VISITED", FUAD, WASHINGTON, "Blinken in Washington on Thursday", "2023-02-09"),
      ("LEADS", ALAQ, CBI, "Central Bank Governor Ali Mohsen"),
      ("SUCCESSOR_OF", ALAQ, MUKHIF, "to replace Mustafa Ghalib Mukhaif", "2023-01"),
      ("MEMBER_OF", KHAIRULLAH, IQFM, "Iraq's ambassador in Washington"),
      ("MET_WITH", ALAQ, ROSENBERG, "met together on Wednesday", "2023-02-08"),
      ("MET_WITH", KHAIRULLAH, ROSENBERG, "met together on Wednesday", "2023-02-08"),
      ("MET_WITH", ALAQ, KHAIRULLAH, "met together on Wednesday", "2023-02-08"),
      ("MEMBER_OF", ROSENBERG, TREAS, "Treasury officials led by Assistant Secretary"),
      ],
     {"source": "blind set (international wire, English)", "published": "2023-02-09"}),

    ("arJL6_masrour_barzani_tehran_raisi", "ar",
     "مسرور بارزاني في طهران.. ورئيسي يطالب بـ«تنفيذ الاتفاق الأمني»\n"
     "بغداد: «الشرق الأوسط»\n"
     "أجرى رئيس حكومة إقليم كردستان العراق مسرور بارزاني، أمس، محادثات في طهران مع الرئيس الإيراني إبراهيم "
     "رئيسي، في أول زيارة له إلى إيران منذ توليه رئاسة الحكومة عام 2019 خلفاً لابن عمه نيجيرفان بارزاني.\n"
     "وحضر المحادثات وزيرة الزراعة والموارد المائية في حكومة الإقليم بيگرد طالباني، فيما طالب الرئيس رئيسي "
     "بـ«التنفيذ الكامل» للاتفاق الأمني الموقع بين بغداد وطهران العام الماضي بشأن المعارضة الكردية الإيرانية.\n"
     "كما التقى بارزاني وزير الخارجية حسين أمير عبد اللهيان، وأمين المجلس الأعلى للأمن القومي علي أكبر "
     "أحمديان.\n"
     "ولم تُشر وسائل الإعلام الإيرانية إلى لقاء مع المرشد علي خامنئي، في حين قالت مصادر كردية لـ«الشرق "
     "الأوسط» إنها «لا تستطيع تأكيد» لقاء جمع بارزاني بقائد «فيلق القدس» إسماعيل قآني.\n"
     "وتأتي الزيارة بعد أشهر من قصف «الحرس الثوري» منزلاً في أربيل في كانون الثاني الماضي.",
     [("LEADS", MASROUR, KRG, "رئيس حكومة إقليم كردستان العراق مسرور"),
      ("MET_WITH", MASROUR, RAISI, "محادثات في طهران مع الرئيس الإيراني", "2024-05-05"),
      ("VISITED", MASROUR, TEHRAN, "محادثات في طهران مع الرئيس الإيراني", "2024-05-05"),
      ("LEADS", RAISI, IRAN, "مع الرئيس الإيراني إبراهيم"),
      ("SUCCESSOR_OF", MASROUR, NECHIRVAN, "خلفاً لابن عمه", "2019"),
      ("MET_WITH", BEGARD, MASROUR, "وحضر المحادثات وزيرة الزراعة", "2024-05-05"),
      ("MET_WITH", BEGARD, RAISI, "وحضر المحادثات وزيرة الزراعة", "2024-05-05"),
      ("MEMBER_OF", BEGARD, KRG, "والموارد المائية في حكومة الإقليم"),
      ("MET_WITH", MASROUR, AMIRABD, "كما التقى بارزاني وزير الخارجية", "2024-05-05"),
      ("LEADS", AMIRABD, IRFM, "وزير الخارجية حسين أمير"),
      ("MET_WITH", MASROUR, AHMADIAN, "وأمين المجلس الأعلى للأمن القومي", "2024-05-05"),
      ("LEADS", AHMADIAN, SNSC, "وأمين المجلس الأعلى للأمن القومي"),
      ("ATTACKED", IRGC, "location:erbil", "منزلاً في أربيل", "2024-01"),
      ],
     {"source": "blind set (London-based pan-Arab daily, Iraq desk, Arabic)", "published": "2024-05-06"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setJL")
