"""Blind set SS: Iraq October 2019 - August 2020 (first folder of SS-ST): Adel Abdul-Mahdi's resignation after
Grand Ayatollah Sistani's sermon and the Nasiriyah killings (November 2019), Mohammed Tawfiq Allawi named to
form a government (February 2020), Adnan al-Zurfi's withdrawal and Mustafa al-Kadhimi's designation (April
2020), al-Kadhimi's visit to the PMF headquarters after his confirmation (May 2020), the killing of Hisham
al-Hashimi and al-Fayyadh's replacement at the security posts (July 2020), the killing of Reham Yacoub in
Basra while al-Kadhimi was in Washington (August 2020), as a French wire writes it in English (AFP-like:
"BAGHDAD (AFP) -"), an Iraqi TV channel's website in Arabic (Alsumaria-like: "السومرية نيوز/ بغداد"), a
British wire in English (Reuters-like: "BAGHDAD (Reuters) -"), Iraq's state agency in Arabic (INA-like:
"بغداد – واع"), a US wire in English (AP-like: "BAGHDAD (AP) —") and an Iraqi news site in Arabic (Shafaq
News-like: "شفق نيوز/").
Pieces: Abdul-Mahdi to resign after Sistani's sermon read by al-Safi; Hennis-Plasschaert had met Sistani
(English, SS1); Salih names Allawi; Allawi meets Halbousi, then Amiri (Arabic, SS2); Zurfi withdraws, Salih
names Kadhimi in the presence of Abdul-Mahdi and Halbousi; Zurfi had met Nechirvan Barzani (English, SS3);
Kadhimi sworn in to succeed Abdul-Mahdi, Saadi back at the CTS, Kadhimi meets Fayyadh and Abu Fadak at the
PMF headquarters (Arabic, SS4); Hashimi shot dead (no agent), had met Kadhimi; Araji and Asadi replace
Fayyadh (English, SS5); Reham Yacoub and Tahseen Osama shot dead (no agent); Kadhimi meets Trump, Fuad
Hussein holds talks with Pompeo (Arabic, SS6).
Excluded on purpose (no relation): the protesters killed by security forces, the governor's accusation
against Gen. Jamil al-Shammari, the poet Safaa al-Sarai killed by a tear gas canister (no agent) (SS1); the
postponed visit to Erbil and Nechirvan Barzani, Abdul-Mahdi's phone call (SS2); Kataib Hezbollah's
accusation of Kadhimi over Soleimani's killing (denied), Amiri's Fatah which declined to receive Zurfi
(SS3); the postponed meeting with Amiri (SS4); the threats from Kataib Hezbollah (accusation by friends, no
stated agent), Tueller's condemnation (SS5); the activists' accusation of "factions", Kadhimi's phone call
to the Basra governor (SS6).
Judgement calls: "Sistani's call was read out by his representative" gives no meeting; Hennis-Plasschaert
"met Sistani at his home" is a meeting (SS1); inside Kataib Hezbollah's accusation of Kadhimi, "the U.S.
drone strike that killed Iranian commander Qassem Soleimani" is told as a fact: Soleimani -> United
States, Kadhimi nothing (SS3); Allawi named after Abdul-Mahdi's resignation without
"to succeed/replace" is no succession (SS2); "designated at a ceremony ... attended by" the caretaker
premier and the speaker: the four present paired, as "بحضور" in SQ4 (SS3); "أدى اليمين ... خلفاً لـ" is a
succession (SS4); "رئيس الهيئة" for the PMF commission's chairman LEADS the PMF; the PMF chief of staff is
MEMBER_OF the PMF, not its leader (SS4); "naming Araji national security adviser in his place" and Asadi "as
the new head" of the service Fayyadh was removed from are both successions (SS5); a prime minister
(also caretaker) LEADS the country; a UN mission head LEADS the mission; the Speaker LEADS the parliament.
Filled in for the exercise: the hour of the statement, the wording of the medical source (SS1); the meetings
with Halbousi and Amiri, the postponed Erbil visit and the phone call (SS2); Zurfi's meeting with Nechirvan
Barzani and Fatah's refusal (SS3); the postponed meeting with Amiri, the brigade commanders (SS4); Hashimi's
meeting with Kadhimi the week before (SS5); the wording of the security source, the phone call to the
governor (SS6).
Spellings: "Adel Abdel Mahdi", "Barham Saleh", "Jeanine Hennis-Plasschaert" (SS1); «برهم صالح»، «محمد توفيق
علاوي»، «السيد مقتدى الصدر»، «هادي العامري» (SS2); "Adnan al-Zurfi", "Mustafa al-Kadhimi", "Adel Abdul
Mahdi", "Nechirvan Barzani" (SS3); «عبد الوهاب الساعدي»، «فالح الفياض»، «أبو فدك المحمداوي» (SS4); "Hisham
al-Hashimi", "Falih al-Fayyadh", "Qassim al-Araji", "Abdul-Ghani al-Asadi" (SS5); «ريهام يعقوب»، «تحسين
أسامة الشحماني»، «دونالد ترامب»، «مايك بومبيو» (SS6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_st import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, US, KR = "country:iraq", "country:united-states", "location:kurdistan-region"
PARL, PMF, CTS, INIS, NSS, NSA, SADRISTS, FATAH, NASR, UNAMI = (
    "organization:iraqi-parliament", "organization:popular-mobilization-forces",
    "organization:counter-terrorism-service", "organization:iraqi-national-intelligence-service",
    "organization:iraqi-national-security-service", "organization:iraqi-national-security-adviser",
    "organization:sadrist-movement", "organization:fatah-alliance", "organization:victory-alliance",
    "organization:unami")
MAHDI, KADHIMI, ALLAWI, ZURFI, SALIH, HALBOUSI, ABADI, AMIRI, SADR = (
    "person:adil-abdul-mahdi", "person:mustafa-al-kadhimi", "person:mohammed-tawfiq-allawi",
    "person:adnan-al-zurfi", "person:barham-salih", "person:mohammed-al-halbousi", "person:haider-al-abadi",
    "person:hadi-al-amiri", "person:muqtada-al-sadr")
SISTANI, SAFI, FAYYADH, FADAK, ARAJI, ASADI, SAADI, NECHIRVAN, PLASSCHAERT = (
    "person:ali-al-sistani", "person:ahmed-al-safi", "person:falih-al-fayyadh",
    "person:abdul-aziz-al-muhammadawi", "person:qassim-al-araji", "person:abdul-ghani-al-asadi",
    "person:abdul-wahab-al-saadi", "person:nechirvan-barzani", "person:jeanine-hennis-plasschaert")
HASHIMI, TRUMP, POMPEO, FUAD, SOLEIMANI = (
    "person:hisham-al-hashimi", "person:donald-trump", "person:mike-pompeo", "person:fuad-hussein",
    "person:qasem-soleimani")

AFP = "blind set (French news wire, English, AFP-like)"
SUMARIA = "blind set (Iraqi TV channel website, Arabic, Alsumaria-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
AP = "blind set (US news wire, English, AP-like)"
SHAFAQ = "blind set (Iraqi news site, Arabic, Shafaq News-like)"

ARTICLES = [
    ("enSS1_abdul_mahdi_to_resign_afp", "en",
     "Iraq PM says he will resign after top cleric withdraws backing\n"
     "BAGHDAD (AFP) - Iraqi Prime Minister Adel Abdel Mahdi said Friday he would submit his resignation to "
     "parliament, hours after the country's top Shiite cleric urged lawmakers to withdraw their support for "
     "the government in the face of two months of deadly protests.\n"
     "\"In response to this call, and in order to facilitate it as quickly as possible, I will present to "
     "parliament a request for my resignation,\" Abdel Mahdi said in a written statement.\n"
     "Grand Ayatollah Ali al-Sistani's sermon was read out by his representative Sheikh Ahmed al-Safi during "
     "Friday prayers in the shrine city of Karbala, a day after security forces shot dead more than 40 "
     "demonstrators in Nasiriyah and Najaf.\n"
     "The bloodshed in Nasiriyah began soon after the arrival of Lieutenant General Jamil al-Shammari, sent by "
     "the premier to \"restore order\". The provincial governor accused the general of ordering troops to "
     "fire, and Abdel Mahdi pulled him out of the city on Thursday evening.\n"
     "Two weeks ago the head of the UN mission in Iraq, Jeanine Hennis-Plasschaert, met Sistani at his home in "
     "Najaf and presented a roadmap of electoral reforms which the reclusive cleric endorsed.\n"
     "More than 400 people have been killed since the protests erupted on October 1, most of them by live "
     "fire or military-grade tear gas canisters, according to a medical source. Among them was the poet "
     "Safaa al-Sarai, struck in the head by a canister in Baghdad's Tahrir Square in late October.\n"
     "Parliament is expected to vote on the resignation on Sunday. President Barham Saleh would then have 15 "
     "days to name a new candidate for prime minister.",
     [("LEADS", MAHDI, IRAQ, "Iraqi Prime Minister Adel Abdel Mahdi said"),
      ("LEADS", PLASSCHAERT, UNAMI, "the head of the UN mission in Iraq"),
      ("MET_WITH", PLASSCHAERT, SISTANI, "met Sistani at his home", "2019-11-11"),
      ("LEADS", SALIH, IRAQ, "President Barham Saleh would"),
      ],
     {"source": AFP, "published": "2019-11-29"}),

    ("arSS2_allawi_designated_sumaria", "ar",
     "صالح يكلّف محمد توفيق علاوي بتشكيل الحكومة والصدر يرحّب\n"
     "السومرية نيوز/ بغداد\n"
     "كلّف رئيس الجمهورية برهم صالح، مساء السبت، وزير الاتصالات الأسبق محمد توفيق علاوي بتشكيل الحكومة "
     "الجديدة، بعد أكثر من شهرين على استقالة حكومة عادل عبد المهدي تحت ضغط الاحتجاجات الشعبية.\n"
     "وقال علاوي في كلمة متلفزة وجّهها إلى المتظاهرين إنه \"سيبقى معهم\"، متعهداً بالاعتذار عن المهمة إذا "
     "حاولت الكتل السياسية فرض مرشحيها عليه.\n"
     "ورحّب زعيم التيار الصدري السيد مقتدى الصدر بالتكليف، واصفاً إياه بأنه \"خطوة جيدة\"، فيما خرج محتجون "
     "في ساحة التحرير والناصرية رافضين المرشح الجديد بوصفه \"من داخل المنظومة\".\n"
     "والتقى رئيس الوزراء المكلف، الاثنين، رئيسَ مجلس النواب محمد الحلبوسي في مكتبه ببغداد، وجرى خلال اللقاء "
     "بحث موعد جلسة التصويت على منح الثقة للكابينة الجديدة، بحسب بيان للمكتب الإعلامي لرئيس البرلمان.\n"
     "كما اجتمع علاوي مساءً برئيس تحالف الفتح هادي العامري، فيما أُرجئت زيارة كانت مقررة إلى أربيل للقاء رئيس "
     "إقليم كردستان نيجيرفان بارزاني إلى الأسبوع المقبل.\n"
     "وكان رئيس حكومة تصريف الأعمال عادل عبد المهدي قد أجرى اتصالاً هاتفياً بعلاوي هنّأه فيه بالتكليف، مؤكداً "
     "استعداده لتسليم المهام \"بسلاسة\".",
     [("LEADS", SALIH, IRAQ, "كلّف رئيس الجمهورية برهم صالح"),
      ("LEADS", SADR, SADRISTS, "زعيم التيار الصدري السيد"),
      ("MET_WITH", ALLAWI, HALBOUSI, "والتقى رئيس الوزراء المكلف", "2020-02-03"),
      ("LEADS", HALBOUSI, PARL, "رئيسَ مجلس النواب محمد الحلبوسي"),
      ("MET_WITH", ALLAWI, AMIRI, "كما اجتمع علاوي مساءً", "2020-02-03"),
      ("LEADS", AMIRI, FATAH, "برئيس تحالف الفتح هادي"),
      ("LEADS", NECHIRVAN, KR, "إقليم كردستان نيجيرفان"),
      ("LEADS", MAHDI, IRAQ, "رئيس حكومة تصريف الأعمال عادل"),
      ],
     {"source": SUMARIA, "published": "2020-02-04"}),

    ("enSS3_zurfi_out_kadhimi_in_reuters", "en",
     "Iraq's Zurfi steps aside, intelligence chief Kadhimi named to form government\n"
     "BAGHDAD (Reuters) - Iraqi President Barham Salih on Thursday named intelligence chief Mustafa al-Kadhimi "
     "as prime minister-designate, the third person tapped to lead the country in just over two months, "
     "shortly after Adnan al-Zurfi announced he was withdrawing his candidacy.\n"
     "Zurfi, a former governor of Najaf and a member of former premier Haider al-Abadi's Nasr coalition, was "
     "nominated on March 17 but failed to win over the powerful Iran-aligned Shi'ite parties, which saw him as "
     "too close to Washington.\n"
     "Salih handed Kadhimi the letter of designation at a ceremony at the presidential palace attended by "
     "caretaker Prime Minister "
     "Adel Abdul Mahdi and parliament speaker Mohammed al-Halbousi, as well as leaders of the main Shi'ite "
     "blocs, a sign that he commands the consensus Zurfi lacked.\n"
     "Kadhimi, 53, a former journalist, has headed the Iraqi National Intelligence Service since 2016. In "
     "January the Kataib Hezbollah militia accused him of complicity in the U.S. drone strike that killed "
     "Iranian commander Qassem Soleimani, a charge his office rejected.\n"
     "On Wednesday Zurfi met Kurdistan Region President Nechirvan Barzani in Baghdad in a last attempt to "
     "secure Kurdish backing, a Kurdish official said, while Hadi al-Amiri's Fatah alliance declined to "
     "receive him.\n"
     "The first designate, former communications minister Mohammed Tawfiq Allawi, gave up on March 1 after "
     "parliament twice failed to reach a quorum to approve his cabinet.",
     [("LEADS", SALIH, IRAQ, "Iraqi President Barham Salih on Thursday"),
      ("MEMBER_OF", ZURFI, NASR, "a member of former premier"),
      ("LEADS", ABADI, NASR, "Haider al-Abadi's Nasr coalition"),
      ("LEADS", MAHDI, IRAQ, "caretaker Prime Minister"),
      ("LEADS", HALBOUSI, PARL, "parliament speaker Mohammed al-Halbousi"),
      ("LEADS", KADHIMI, INIS, "has headed the Iraqi National Intelligence Service"),
      ("ASSASSINATED_BY", SOLEIMANI, US, "the U.S. drone strike that killed", "2020-01-03"),
      ("MET_WITH", ZURFI, NECHIRVAN, "On Wednesday Zurfi met", "2020-04-08"),
      ("LEADS", NECHIRVAN, KR, "Kurdistan Region President Nechirvan"),
      ("LEADS", AMIRI, FATAH, "Hadi al-Amiri's Fatah alliance"),
      ]
     + met_group({SALIH: "Iraqi President Barham Salih on", KADHIMI: "Salih handed Kadhimi the letter",
                  MAHDI: "Adel Abdul Mahdi and parliament", HALBOUSI: "speaker Mohammed al-Halbousi, as well"},
                 "2020-04-09"),
     {"source": REUTERS, "published": "2020-04-09"}),
]

ARTICLES += [
    ("arSS4_kadhimi_pmf_headquarters_ina", "ar",
     "الكاظمي يزور مقر هيئة الحشد الشعبي: الحشد مؤسسة وطنية\n"
     "بغداد – واع\n"
     "زار رئيس مجلس الوزراء القائد العام للقوات المسلحة مصطفى الكاظمي، اليوم السبت، مقر هيئة الحشد الشعبي في "
     "بغداد، حيث التقى رئيس الهيئة فالح الفياض ورئيس أركان الحشد أبو فدك المحمداوي وعدداً من قادة الألوية.\n"
     "وقال الكاظمي خلال اللقاء إن \"الحشد الشعبي مؤسسة وطنية تعمل بإمرة القائد العام، ولن نسمح بالزج به في "
     "الصراعات السياسية\"، مشيداً بدوره في الحرب على عصابات داعش الإرهابية.\n"
     "وكان مجلس النواب قد صوّت فجر السابع من أيار الجاري، في جلسة برئاسة رئيس المجلس محمد الحلبوسي، على منح "
     "الثقة لحكومة الكاظمي، الذي أدّى اليمين الدستورية رئيساً لمجلس الوزراء خلفاً لعادل عبد المهدي، بعد أكثر "
     "من خمسة أشهر من تصريف حكومة الأخير للأعمال.\n"
     "وفي أولى قراراته، أعاد الكاظمي الفريق الركن عبد الوهاب الساعدي إلى جهاز مكافحة الإرهاب رئيساً للجهاز، "
     "وأمر بإطلاق سراح جميع المتظاهرين المعتقلين منذ تشرين الأول الماضي.\n"
     "وأفاد مصدر في المكتب الإعلامي لرئيس الوزراء بأن لقاءً كان مقرراً اليوم مع رئيس تحالف الفتح هادي العامري "
     "قد أُرجئ إلى موعد لاحق.",
     met_group({KADHIMI: "زار رئيس مجلس الوزراء القائد العام", FAYYADH: "حيث التقى رئيس الهيئة",
                FADAK: "ورئيس أركان الحشد أبو فدك"}, "2020-05-16")
     + [("LEADS", KADHIMI, IRAQ, "زار رئيس مجلس الوزراء القائد"),
        ("LEADS", FAYYADH, PMF, "رئيس الهيئة فالح الفياض"),
        ("MEMBER_OF", FADAK, PMF, "رئيس أركان الحشد أبو"),
        ("LEADS", HALBOUSI, PARL, "برئاسة رئيس المجلس محمد الحلبوسي"),
        ("SUCCESSOR_OF", KADHIMI, MAHDI, "خلفاً لعادل عبد المهدي", "2020-05-07"),
        ("LEADS", SAADI, CTS, "رئيساً للجهاز"),
        ("LEADS", AMIRI, FATAH, "رئيس تحالف الفتح هادي العامري"),
        ],
     {"source": INA, "published": "2020-05-16"}),

    ("enSS5_hashimi_shot_dead_ap", "en",
     "Prominent Iraqi security analyst shot dead outside Baghdad home\n"
     "BAGHDAD (AP) — Hisham al-Hashimi, a leading Iraqi expert on extremist groups who advised the government, "
     "was shot dead outside his home in Baghdad's Zayouna district on Monday evening, Iraqi officials said.\n"
     "Gunmen on a motorcycle opened fire on al-Hashimi, 47, as he sat in his car, and he died of his wounds in "
     "a nearby hospital. No group immediately claimed responsibility.\n"
     "Friends said al-Hashimi had received threats in recent weeks from Iran-backed militias, including "
     "Kataib Hezbollah, whose inner workings he often discussed on television. The militia did not comment.\n"
     "Prime Minister Mustafa al-Kadhimi vowed the killers would not escape justice. \"We will not allow Iraq "
     "to return to the language of assassinations,\" he said in a statement. Al-Hashimi, an occasional "
     "adviser to al-Kadhimi, met the prime minister at his office last week, a government official said on "
     "condition of anonymity.\n"
     "The killing came two days after al-Kadhimi removed Falih al-Fayyadh, the head of the Popular "
     "Mobilization Forces, from his two security posts, naming former Interior Minister Qassim al-Araji "
     "national security adviser in his place and Gen. Abdul-Ghani al-Asadi as the new head of the National "
     "Security Service.\n"
     "U.S. Ambassador Matthew Tueller condemned the \"cowardly\" attack. Al-Hashimi had openly supported the "
     "protest movement that erupted in October.",
     [("LEADS", KADHIMI, IRAQ, "Prime Minister Mustafa al-Kadhimi vowed"),
      ("MET_WITH", HASHIMI, KADHIMI, "met the prime minister at his office"),
      ("LEADS", FAYYADH, PMF, "the head of the Popular"),
      ("SUCCESSOR_OF", ARAJI, FAYYADH, "national security adviser in his place", "2020-07-04"),
      ("LEADS", ARAJI, NSA, "Qassim al-Araji"),
      ("SUCCESSOR_OF", ASADI, FAYYADH, "as the new head of the National", "2020-07-04"),
      ("LEADS", ASADI, NSS, "Gen. Abdul-Ghani al-Asadi as"),
      ],
     {"source": AP, "published": "2020-07-06"}),

    ("arSS6_reham_yacoub_killed_shafaq", "ar",
     "اغتيال الناشطة ريهام يعقوب في البصرة والكاظمي يلتقي ترامب في البيت الأبيض\n"
     "شفق نيوز/ أفاد مصدر أمني في محافظة البصرة، مساء الأربعاء، بأن مسلحين مجهولين يستقلون دراجة نارية أطلقوا "
     "النار على سيارة الناشطة المدنية ريهام يعقوب في منطقة الجبيلة وسط المدينة، ما أسفر عن مقتلها وإصابة "
     "صديقتين كانتا برفقتها.\n"
     "ويأتي الحادث بعد خمسة أيام من اغتيال الناشط تحسين أسامة الشحماني داخل مكتب للإنترنت يملكه في منطقة "
     "الجزائر. وكانت يعقوب، وهي طبيبة ومدربة رياضية، قد قادت تظاهرات نسوية في البصرة عام 2018.\n"
     "واتهم ناشطون \"فصائل مسلحة منفلتة\" بالوقوف وراء عمليات الاغتيال، من دون أن تعلن أي جهة مسؤوليتها.\n"
     "وأجرى رئيس الوزراء مصطفى الكاظمي اتصالاً هاتفياً بمحافظ البصرة أسعد العيداني، أكد فيه أن \"القتلة لن "
     "يفلتوا من العقاب\"، فيما أعلن مكتبه إعفاء قائد شرطة البصرة ومدير الأمن الوطني في المحافظة من منصبيهما.\n"
     "ويجري الكاظمي زيارة رسمية إلى واشنطن، التقى خلالها، الخميس، الرئيس الأميركي دونالد ترامب في البيت "
     "الأبيض، وبحثا جدول انسحاب القوات الأميركية من العراق.\n"
     "وكان وزير الخارجية فؤاد حسين قد عقد، الأربعاء، جولة مباحثات مع نظيره الأميركي مايك بومبيو في مقر "
     "وزارة الخارجية الأميركية ضمن جلسات الحوار الاستراتيجي بين البلدين.",
     [("LEADS", KADHIMI, IRAQ, "رئيس الوزراء مصطفى الكاظمي اتصالاً"),
      ("MET_WITH", KADHIMI, TRUMP, "التقى خلالها، الخميس", "2020-08-20"),
      ("LEADS", TRUMP, US, "الرئيس الأميركي دونالد ترامب"),
      ("MET_WITH", FUAD, POMPEO, "جولة مباحثات مع نظيره الأميركي", "2020-08-19"),
      ],
     {"source": SHAFAQ, "published": "2020-08-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSS")
