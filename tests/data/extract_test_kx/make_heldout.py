"""Blind set KX: Iran's presidential succession of 2024 after the helicopter crash that killed Ebrahim Raisi
(the acting president and acting foreign minister, the memorial's foreign guests, Pezeshkian's endorsement
and inauguration, his cabinet, vice-presidents and the new foreign ministry team), as a London-based Arabic
daily writes it (Asharq Al-Awsat-like: "لندن - «الشرق»", "المرشد الإيراني"), an Iranian Arabic-language
channel's site (Al-Alam-like: "طهران – العالم", "قائد الثورة"), a wire service (Reuters-like: "DUBAI,
Aug 21 (wire) -") and a think-tank brief (analytic, "in an acting capacity").
Pieces: Mokhber acting president after Raisi, Bagheri Kani acting foreign minister after Amir-Abdollahian,
Sarmast after Rahmati, Khamenei's endorsement of Pezeshkian with Mokhber present (Arabic daily); the cabinet's
security and economic ministers: Araghchi after the acting Bagheri Kani, Momeni after Vahidi, Nasirzadeh after
Ashtiani, Hemmati after Khandouzi, Zafarghandi after Einollahi, Madanizadeh after Hemmati (English brief); the
oath before parliament with Qalibaf and Mohseni-Ejei, Pezeshkian receiving Volodin, Pashinyan and Naim Qassem
separately (Arabic channel); the parliament's vote: Kazemi after Sahraei, Sattar Hashemi after Zarepour,
Salehi after Esmaili, Donyamali after Kioumars Hashemi (English wire); the memorial: Khamenei receives Tamim
with Mokhber, Mokhber receives Dhankhar, al-Sudani and Saied separately, Bagheri Kani meets Shoukry (Arabic
daily); the vice-presidents and the foreign ministry: Aref after Mokhber, Ansari after Salajegheh,
Haji-Mirzaei after Esmaeili, Mohajerani after Bahadori Jahromi, the Araghchi-Bagheri Kani handover, Baghaei
after Kanaani, Takht-Ravanchi after Bagheri Kani (English brief).
Excluded on purpose (no relation): the crash deaths (a crash; "no trace of gunfire" found, no agent: KX1);
Xi Jinping's "message of congratulation" (KX3); the ministers "will meet" Khamenei "next week" (planned,
KX4); the crown prince's condolence "phone call" with Mokhber, and Haniyeh's speech at the ceremony (not a
meeting with anyone named) (KX5); Khatib "kept" the intelligence ministry (no succession, KX2).
Judgement calls: an acting holder succeeds and is succeeded (Mokhber, Bagheri Kani: KX1, KX2, KX6); the
guests received "each separately" are paired with the host only (KX3, KX5); an oath taken before the speaker
in the presence of the judiciary chief is a meeting of all three, and an endorsement ceremony by the Leader
with the acting president present is a meeting of all three (KX1, KX3); "watched the vote alongside" the
speaker is an in-person meeting (KX4); "took office following the death of Raisi" is a succession to Raisi
(KX4); a ministry handover ceremony with both holders present is a meeting (KX6). Filled in for the
exercise: the month of Sarmast's appointment, who sat beside Pezeshkian at the vote, the order of the
memorial audiences, the date of the handover.
Spellings: "أمير عبداللهيان" without the space (KX1); "محسني إجئي", "نعيم قاسم" with "الشيخ" (KX3);
"Mohammad Baqer Qalibaf" (KX4); "الشيخ تميم" without Al Thani, "قيس سعيّد" (KX5); "Hossein
Amir-Abdollahian" and "Mr Araghchi" (KX2, KX6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ky import ALL  # noqa: E402

HERE = Path(__file__).parent

IRGOV, IRFM, IRINT, IRDEF, IRECON, IRHEALTH, IRPARL, IRJUD, IRENV, PRESOFF, DUMA, HEZB = (
    "organization:iranian-government", "organization:iranian-foreign-ministry",
    "organization:iranian-interior-ministry", "organization:iranian-defence-ministry",
    "organization:iranian-economy-ministry", "organization:iranian-health-ministry",
    "organization:iranian-parliament", "organization:iranian-judiciary",
    "organization:iranian-department-of-environment", "organization:iranian-presidential-office",
    "organization:russian-state-duma", "organization:hezbollah")
TEHRAN, VARZAQAN, EAZAR = "location:tehran", "location:varzaqan", "location:east-azerbaijan-province"
KHAMENEI, RAISI, MOKHBER, BKANI, AMIRABD, RAHMATI, ALEHASHEM, PEZESHKIAN = (
    "person:ali-khamenei", "person:ebrahim-raisi", "person:mohammad-mokhber", "person:ali-bagheri-kani",
    "person:hossein-amir-abdollahian", "person:malek-rahmati", "person:mohammad-ali-al-e-hashem",
    "person:masoud-pezeshkian")
ARAGHCHI, MOMENI, VAHIDI, NASIRZADEH, ASHTIANI, KHATIB, HEMMATI, KHANDOUZI, MADANIZADEH = (
    "person:abbas-araghchi", "person:eskandar-momeni", "person:ahmad-vahidi", "person:aziz-nasirzadeh",
    "person:mohammad-reza-ashtiani", "person:esmail-khatib", "person:abdolnaser-hemmati",
    "person:ehsan-khandouzi", "person:ali-madanizadeh")
GHALIBAF, EJEI, PASHINYAN, QASSEM, XI = ("person:mohammad-bagher-ghalibaf", "person:gholamhossein-mohseni-ejei",
                                         "person:nikol-pashinyan", "person:naim-qassem", "person:xi-jinping")
SALEHI = "person:seyed-abbas-salehi"
TAMIM, SUDANI, SAIED, SHOUKRY, HANIYEH = ("person:tamim-bin-hamad-al-thani", "person:mohammed-shia-al-sudani",
                                          "person:kais-saied", "person:sameh-shoukry", "person:ismail-haniyeh")
AREF, ANSARI, HAJIMIRZAEI, ESMAEILI, MOHAJERANI, JAHROMI, BAGHAEI, KANAANI, RAVANCHI = (
    "person:mohammad-reza-aref", "person:shina-ansari", "person:mohsen-haji-mirzaei",
    "person:gholamhossein-esmaeili", "person:fatemeh-mohajerani", "person:ali-bahadori-jahromi",
    "person:esmaeil-baghaei", "person:nasser-kanaani", "person:majid-takht-ravanchi")
# new to the tables
SARMAST, ZAFARGHANDI, EINOLLAHI, VOLODIN, AKAZEMI, SAHRAEI, SHASHEMI, ZAREPOUR, DONYAMALI, KHASHEMI, \
    ESMAILI, DHANKHAR, SALAJEGHEH = (
        "person:bahram-sarmast", "person:mohammad-reza-zafarghandi", "person:bahram-einollahi",
        "person:vyacheslav-volodin", "person:alireza-kazemi", "person:reza-morad-sahraei",
        "person:sattar-hashemi", "person:issa-zarepour", "person:ahmad-donyamali", "person:kioumars-hashemi",
        "person:mohammad-mehdi-esmaili", "person:jagdeep-dhankhar", "person:ali-salajegheh")

ARTICLES = [
    ("arKX1_mokhber_acting_president", "ar",
     "مخبر رئيساً بالوكالة وباقري كني على رأس الخارجية بعد مقتل رئيسي\n"
     "لندن - «الشرق»: كلّف المرشد الإيراني علي خامنئي، الاثنين، النائب الأول للرئيس محمد مخبر بتولي مهام "
     "رئاسة الجمهورية بالوكالة، بعد مقتل الرئيس إبراهيم رئيسي في تحطم مروحية قرب ورزقان.\n"
     "ولقي حتفه في الحادث وزير الخارجية حسين أمير عبداللهيان، ومحافظ أذربيجان الشرقية مالك رحمتي، وإمام "
     "جمعة تبريز محمد علي آل هاشم.\n"
     "وعيّنت الحكومة كبير المفاوضين النوويين علي باقري كني قائماً بأعمال وزير الخارجية خلفاً لأمير "
     "عبداللهيان. وقالت هيئة الأركان في تقريرها الأول إنها لم تعثر على أي أثر لإطلاق نار على المروحية.\n"
     "وبعد انتخابات مبكرة، صادق خامنئي في 28 يوليو (تموز) على رئاسة مسعود بزشكيان في مراسم حضرها مخبر، "
     "الذي سلّم الرئاسة إلى بزشكيان بعد خمسين يوماً من إدارتها بالوكالة.\n"
     "وفي سبتمبر (أيلول) عُيّن بهرام سرمست محافظاً جديداً لأذربيجان الشرقية خلفاً لرحمتي.",
     [("SUCCESSOR_OF", MOKHBER, RAISI, "رئاسة الجمهورية بالوكالة", "2024-05-20"),
      ("SUCCESSOR_OF", BKANI, AMIRABD, "قائماً بأعمال وزير الخارجية خلفاً لأمير", "2024-05-20"),
      ("MET_WITH", KHAMENEI, PEZESHKIAN, "صادق خامنئي في 28 يوليو", "2024-07-28"),
      ("MET_WITH", KHAMENEI, MOKHBER, "في مراسم حضرها مخبر", "2024-07-28"),
      ("MET_WITH", PEZESHKIAN, MOKHBER, "في مراسم حضرها مخبر", "2024-07-28"),
      ("SUCCESSOR_OF", PEZESHKIAN, MOKHBER, "الذي سلّم الرئاسة إلى بزشكيان", "2024-07-28"),
      ("SUCCESSOR_OF", SARMAST, RAHMATI, "خلفاً لرحمتي", "2024-09"),
      ],
     {"source": "blind set (London-based Arabic daily)", "published": "2024-09-20"}),

    ("enKX2_brief_cabinet_security", "en",
     "Brief: Pezeshkian's Cabinet and the Security Ministries\n"
     "Parliament's approval in August 2024 of all nineteen of President Masoud Pezeshkian's nominees left "
     "the security portfolios in familiar hands. Abbas Araghchi replaced Ali Bagheri Kani, who had run the "
     "Foreign Ministry in an acting capacity since Hossein Amir-Abdollahian died in the May crash.\n"
     "Eskandar Momeni, a police general, took over the Interior Ministry from Ahmad Vahidi, and Brig. Gen. "
     "Aziz Nasirzadeh succeeded Mohammad Reza Ashtiani at Defence. Esmail Khatib kept the intelligence "
     "ministry, the only holdover from the Raisi cabinet.\n"
     "At the economy ministry, Abdolnaser Hemmati replaced Ehsan Khandouzi, and the new health minister, the "
     "surgeon Mohammad Reza Zafarghandi, succeeded Bahram Einollahi.\n"
     "Hemmati did not last: parliament impeached him in March 2025, and Ali Madanizadeh was confirmed in his "
     "place two months later. The pattern suggests a president allowed to choose his economic team but not "
     "the men who run the security apparatus.",
     [("SUCCESSOR_OF", ARAGHCHI, BKANI, "Abbas Araghchi replaced Ali Bagheri Kani", "2024-08"),
      ("SUCCESSOR_OF", BKANI, AMIRABD, "in an acting capacity since", "2024-05"),
      ("SUCCESSOR_OF", MOMENI, VAHIDI, "took over the Interior Ministry from Ahmad Vahidi", "2024-08"),
      ("LEADS", MOMENI, IRINT, "took over the Interior Ministry from Ahmad Vahidi"),
      ("SUCCESSOR_OF", NASIRZADEH, ASHTIANI, "succeeded Mohammad Reza Ashtiani at Defence", "2024-08"),
      ("SUCCESSOR_OF", HEMMATI, KHANDOUZI, "Abdolnaser Hemmati replaced Ehsan Khandouzi", "2024-08"),
      ("SUCCESSOR_OF", ZAFARGHANDI, EINOLLAHI, "succeeded Bahram Einollahi", "2024-08"),
      ("LEADS", ZAFARGHANDI, IRHEALTH, "the new health minister"),
      ("SUCCESSOR_OF", MADANIZADEH, HEMMATI, "was confirmed in his", "2025-05"),
      ],
     {"source": "blind set (think-tank brief, English)", "published": "2025-06-01"}),

    ("arKX3_pezeshkian_oath_guests", "ar",
     "الرئيس بزشكيان يؤدي اليمين الدستورية ويستقبل ضيوف المراسم\n"
     "طهران – العالم: أدى الرئيس الإيراني الجديد مسعود بزشكيان، الثلاثاء، اليمين الدستورية أمام مجلس "
     "الشورى الإسلامي برئاسة محمد باقر قاليباف، بحضور رئيس السلطة القضائية حجة الإسلام غلام حسين محسني "
     "إجئي، ووفود من أكثر من ثمانين دولة.\n"
     "واستقبل بزشكيان على هامش المراسم كلاً من رئيس مجلس الدوما الروسي فياتشيسلاف فولودين، ورئيس الوزراء "
     "الأرميني نيكول باشينيان، ونائب الأمين العام لحزب الله الشيخ نعيم قاسم، في لقاءات منفصلة.\n"
     "وأكد بزشكيان لضيفه الروسي أن طهران ماضية في تطوير الشراكة الاستراتيجية مع موسكو.\n"
     "وكان الرئيس الصيني شي جين بينغ قد بعث برسالة تهنئة إلى بزشكيان بمناسبة تسلمه مهامه.\n"
     "ويخلف بزشكيان الرئيس الشهيد آية الله إبراهيم رئيسي الذي قضى في حادث المروحية في مايو الماضي.",
     [("MET_WITH", PEZESHKIAN, GHALIBAF, "برئاسة محمد باقر قاليباف", "2024-07-30"),
      ("MET_WITH", PEZESHKIAN, EJEI, "غلام حسين محسني", "2024-07-30"),
      ("MET_WITH", GHALIBAF, EJEI, "غلام حسين محسني", "2024-07-30"),
      ("LEADS", GHALIBAF, IRPARL, "برئاسة محمد باقر قاليباف"),
      ("LEADS", EJEI, IRJUD, "رئيس السلطة القضائية"),
      ("MET_WITH", PEZESHKIAN, VOLODIN, "فياتشيسلاف فولودين", "2024-07-30"),
      ("LEADS", VOLODIN, DUMA, "رئيس مجلس الدوما الروسي"),
      ("MET_WITH", PEZESHKIAN, PASHINYAN, "ورئيس الوزراء الأرميني نيكول باشينيان", "2024-07-30"),
      ("MET_WITH", PEZESHKIAN, QASSEM, "الشيخ نعيم قاسم", "2024-07-30"),
      ("SUCCESSOR_OF", PEZESHKIAN, RAISI, "ويخلف بزشكيان الرئيس الشهيد", "2024-07-30"),
      ],
     {"source": "blind set (Iranian Arabic-language channel's site)", "published": "2024-07-30"}),

    ("enKX4_parliament_approves_cabinet", "en",
     "Iran's parliament approves all of Pezeshkian's ministers\n"
     "DUBAI, Aug 21 (wire) - Iran's parliament on Wednesday approved all 19 ministers proposed by President "
     "Masoud Pezeshkian, the first time in more than two decades that a full cabinet has passed, state media "
     "reported.\n"
     "Alireza Kazemi, the new education minister, replaces Reza Morad Sahraei, while Sattar Hashemi takes "
     "over the communications ministry from Issa Zarepour. Seyed Abbas Salehi returns to the culture "
     "ministry in place of Mohammad Mehdi Esmaili, and Ahmad Donyamali succeeds Kioumars Hashemi at sports.\n"
     "Pezeshkian, who took office on July 30 following the death of Ebrahim Raisi in a helicopter crash in "
     "May, watched the vote from the chamber alongside Speaker Mohammad Baqer Qalibaf.\n"
     "The new ministers will meet Supreme Leader Ali Khamenei next week, officials said.\n"
     "Pezeshkian, a heart surgeon and the only reformist allowed to run, had promised to ease internet "
     "restrictions and to revive talks with Western powers.",
     [("SUCCESSOR_OF", AKAZEMI, SAHRAEI, "replaces Reza Morad Sahraei", "2024-08-21"),
      ("SUCCESSOR_OF", SHASHEMI, ZAREPOUR, "over the communications ministry from Issa Zarepour", "2024-08-21"),
      ("SUCCESSOR_OF", SALEHI, ESMAILI, "in place of Mohammad Mehdi Esmaili", "2024-08-21"),
      ("SUCCESSOR_OF", DONYAMALI, KHASHEMI, "Ahmad Donyamali succeeds Kioumars Hashemi", "2024-08-21"),
      ("SUCCESSOR_OF", PEZESHKIAN, RAISI, "took office on July 30 following the death", "2024-07-30"),
      ("MET_WITH", PEZESHKIAN, GHALIBAF, "alongside Speaker Mohammad Baqer Qalibaf", "2024-08-21"),
      ("LEADS", GHALIBAF, IRPARL, "alongside Speaker Mohammad Baqer Qalibaf"),
      ],
     {"source": "blind set (wire service, English)", "published": "2024-08-21"}),

    ("arKX5_raisi_memorial_guests", "ar",
     "خامنئي يستقبل أمير قطر... ومخبر يلتقي وفوداً أجنبية في تأبين رئيسي\n"
     "لندن - «الشرق»: استقبل المرشد الإيراني علي خامنئي، الأربعاء، أمير قطر الشيخ تميم بن حمد، بحضور "
     "الرئيس المكلف محمد مخبر، على هامش مراسم تأبين الرئيس إبراهيم رئيسي في طهران.\n"
     "والتقى مخبر في قاعة القمة كلاً من نائب الرئيس الهندي جاغديب دانكار، ورئيس الوزراء العراقي محمد شياع "
     "السوداني، والرئيس التونسي قيس سعيّد، كلاً على حدة.\n"
     "كما اجتمع القائم بأعمال وزير الخارجية علي باقري كني مع وزير الخارجية المصري سامح شكري، في أرفع لقاء "
     "بين البلدين منذ سنوات.\n"
     "وألقى رئيس المكتب السياسي لحركة «حماس» إسماعيل هنية كلمة في المراسم.\n"
     "وكان مخبر قد تلقى اتصالاً هاتفياً من ولي العهد السعودي الأمير محمد بن سلمان قدّم فيه التعازي.\n"
     "ولقي رئيسي ووزير خارجيته حسين أمير عبد اللهيان حتفهما الأحد في تحطم مروحية شمال غربي البلاد.",
     [("MET_WITH", KHAMENEI, TAMIM, "أمير قطر الشيخ تميم بن حمد، بحضور", "2024-05-22"),
      ("MET_WITH", KHAMENEI, MOKHBER, "الرئيس المكلف محمد مخبر", "2024-05-22"),
      ("MET_WITH", TAMIM, MOKHBER, "الرئيس المكلف محمد مخبر", "2024-05-22"),
      ("VISITED", TAMIM, TEHRAN, "مراسم تأبين الرئيس إبراهيم رئيسي في طهران", "2024-05-22"),
      ("MET_WITH", MOKHBER, DHANKHAR, "نائب الرئيس الهندي جاغديب دانكار", "2024-05-22"),
      ("MET_WITH", MOKHBER, SUDANI, "ورئيس الوزراء العراقي محمد شياع", "2024-05-22"),
      ("MET_WITH", MOKHBER, SAIED, "والرئيس التونسي قيس سعيّد", "2024-05-22"),
      ("MET_WITH", BKANI, SHOUKRY, "مع وزير الخارجية المصري سامح شكري", "2024-05-22"),
      ],
     {"source": "blind set (London-based Arabic daily)", "published": "2024-05-23"}),

    ("enKX6_brief_vice_presidents_fm", "en",
     "Brief: The Men and Women Around Pezeshkian\n"
     "Pezeshkian's first appointment, on 4 August 2024, was Mohammad Reza Aref as first vice president, "
     "succeeding Mohammad Mokhber, who had also served as acting president after Raisi's death. Shina Ansari "
     "replaced Ali Salajegheh as head of the Department of Environment; Mohsen Haji-Mirzaei took over the "
     "president's office from Gholamhossein Esmaeili; and Fatemeh Mohajerani became the first woman to speak "
     "for the government, succeeding Ali Bahadori Jahromi.\n"
     "At the Foreign Ministry, Mr Araghchi received the keys from Ali Bagheri Kani at a handover ceremony "
     "on 25 August, with both men addressing the staff. Esmaeil Baghaei took over as spokesman from Nasser "
     "Kanaani, and Majid Takht-Ravanchi was named political deputy in place of Bagheri Kani.\n"
     "The team is more technocratic than Raisi's, but its room to manoeuvre depends on the Leader's office.",
     [("SUCCESSOR_OF", AREF, MOKHBER, "succeeding Mohammad Mokhber", "2024-08-04"),
      ("SUCCESSOR_OF", MOKHBER, RAISI, "had also served as acting president", "2024-05"),
      ("SUCCESSOR_OF", ANSARI, SALAJEGHEH, "replaced Ali Salajegheh", "2024-08"),
      ("LEADS", ANSARI, IRENV, "as head of the Department of Environment"),
      ("SUCCESSOR_OF", HAJIMIRZAEI, ESMAEILI, "from Gholamhossein Esmaeili", "2024-08"),
      ("LEADS", HAJIMIRZAEI, PRESOFF, "took over the president's office from"),
      ("SUCCESSOR_OF", MOHAJERANI, JAHROMI, "succeeding Ali Bahadori Jahromi", "2024-08"),
      ("MET_WITH", ARAGHCHI, BKANI, "received the keys from Ali Bagheri Kani", "2024-08-25"),
      ("SUCCESSOR_OF", ARAGHCHI, BKANI, "received the keys from Ali Bagheri Kani", "2024-08-25"),
      ("SUCCESSOR_OF", BAGHAEI, KANAANI, "took over as spokesman from Nasser", "2024-08"),
      ("SUCCESSOR_OF", RAVANCHI, BKANI, "political deputy in place of Bagheri Kani", "2024-08"),
      ],
     {"source": "blind set (think-tank brief, English)", "published": "2024-10-01"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKX")
