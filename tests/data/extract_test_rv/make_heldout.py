"""Blind set RV: Pakistan 2010-2013 (second folder of RU-RV): Yousaf Raza Gilani's talks with Wen Jiabao in
Beijing two weeks after the Abbottabad raid (May 2011), al-Qaeda's choice of Ayman al-Zawahiri after the US
raid that killed Osama bin Laden and John Kerry's round in Islamabad (June 2011), Raja Pervaiz Ashraf's
election after Gilani's disqualification (June 2012), King Abdullah's audience for Asif Ali Zardari in Riyadh
(December 2010), the Pakistani Taliban's choice of Mullah Fazlullah after the US drone strike that killed
Hakimullah Mehsud (November 2013), and the trilateral summit of Zardari, Karzai and Ahmadinejad in Islamabad
(February 2012), as Pakistan's state agency writes it in English (APP-like: "BEIJING, May 18 (APP):", "Prime
Minister Syed Yusuf Raza Gilani on Wednesday held talks"), a Gulf TV site in Arabic (Al Arabiya-like: "دبي -
العربية.نت"), a Pakistani daily in English (The News-like: "stalwart", "ISLAMABAD:"), the Saudi state agency
in Arabic (SPA-like: "خادم الحرمين الشريفين", "واس", "صاحب السمو الملكي", "فخامة"), a US wire in English
(AP-like: "ISLAMABAD (AP) —", "the hard-line cleric") and an international broadcaster's Arabic site (BBC
Arabic-like: "بي بي سي", "على هامش القمة").
Pieces: Gilani holds talks with Wen with Khar and Bashir present, meets Wu Bangguo; US forces killed bin
Laden (English, RV1); al-Qaeda names Zawahiri to succeed bin Laden, whom a US special unit killed on Obama's
order; Kerry meets Zardari, Gilani and Kayani separately (Arabic, RV2); Ashraf elected, replacing Gilani;
Gilani met Zardari, Ashraf and Zardari meet after the oath (English, RV3); King Abdullah receives Zardari with
Saud al-Faisal, Muqrin and Rehman Malik present; Prince Salman received Zardari at the airport (Arabic, RV4);
a US drone strike kills Hakimullah; Fazlullah replaces him after an interim chief; Hakimullah had taken over
from Baitullah; Sharif had met Obama (English, RV5); Zardari hosts Karzai and Ahmadinejad, each guest meets
Gilani, the three foreign ministers meet (Arabic, RV6).
Excluded on purpose (no relation): Gilani's planned call on Hu Jintao (RV1); Pasha's denial (RV2); Shahabuddin,
who "had initially" been nominated, Kayani's expected call on the new premier, Munter's congratulation call
(RV3); Karzai's phone call to the King (RV4); Baitullah, who "died in a drone strike" (no agent), Sajna the
reported front-runner, Nisar's accusation against Washington, the failed attack on Malala Yousafzai, the
summoned ambassador (no one named met him) (RV5); Rabbani's killing, blamed by Kabul on elements in Pakistan
(RV6).
Judgement calls: "were also present during the delegation-level talks" pairs each attendee with both
principals and the attendees with each other (RV1, RV4 «حضر الاستقبال ... كما حضره من الجانب الباكستاني»);
"killed by US forces" gives the victim -> country:united-states (RV1), «قتلته قوة خاصة أميركية» the same, and
«في عملية ... بعد أن أمر بها شخصياً» adds Obama as the one who ordered it (RV2); «التقى ... كلاً من ... في لقاءات
منفصلة» is three meetings, the three Pakistanis are not paired with each other (RV2); "He replaces" is a
succession (RV3); "held a one-on-one meeting" after the oath is a meeting (RV3), the oath itself is not;
«وكان في استقباله لدى وصوله ... صاحب السمو الملكي الأمير سلمان» at the airport is a meeting (RV4); "who was
killed in a U.S. drone strike" gives the victim -> country:united-states (RV5); the interim chief "named ...
after Mehsud's death" succeeds Hakimullah, as does Fazlullah, "replacing Hakimullah Mehsud" (RV5); "had taken
over the movement in 2009 after its founder ... died" is a succession (RV5); «استضاف ... نظيريه ... في قمة
ثلاثية» is a meeting of the three (RV6); a prime minister LEADS the country; the foreign ministers of a
meeting are paired with each other (RV6).
Filled in for the exercise: the attendees of the Wen talks, the Wu Bangguo meeting (RV1); the wording of the
statement, the separate Kerry meetings (RV2); Gilani's Wednesday meeting with Zardari, the one-on-one
meeting, Munter's call (RV3); the date and place of the audience, its attendees, Prince Salman at the airport,
Karzai's call (RV4); the summoning of Olson (RV5); the separate Gilani meetings, the foreign ministers' meeting
(RV6).
Spellings: "Syed Yusuf Raza Gilani", "Hina Rabbani Khar", "Osama bin Laden" (RV1); «أسامة بن لادن»، «أيمن
الظواهري»، «أبوت آباد»، «أحمد شجاع باشا» (RV2); "Raja Pervaiz Ashraf", "Syed Yousuf Raza Gilani" (RV3); «الملك
عبدالله بن عبدالعزيز آل سعود»، «آصف علي زرداري»، «رحمن ملك» (RV4); "Mullah Fazlullah", "Hakimullah Mehsud",
"Chaudhry Nisar Ali Khan" (RV5); «محمود أحمدي نجاد»، «حامد كرزاي»، «حنا رباني كهر»، «يوسف رضا كيلاني» (RV6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rv import ALL  # noqa: E402

HERE = Path(__file__).parent

PAKISTAN, AFGHANISTAN, US, CHINA, SAUDI, IRAN = (
    "country:pakistan", "country:afghanistan", "country:united-states", "country:china", "country:saudi-arabia",
    "country:iran")
PPP, TTP, ARMY, ISI, ALQAEDA, NA = (
    "organization:pakistan-peoples-party", "organization:ttp", "organization:pakistan-army", "organization:isi",
    "organization:al-qaeda", "organization:national-assembly-of-pakistan")
SAUFM, GIP = "organization:saudi-foreign-ministry", "organization:saudi-general-intelligence-presidency"
ZARDARI, GILANI, ASHRAF, SHARIF, KHAR, BASHIR, MALIK = (
    "person:asif-ali-zardari", "person:yousaf-raza-gilani", "person:raja-pervaiz-ashraf", "person:nawaz-sharif",
    "person:hina-rabbani-khar", "person:salman-bashir", "person:rehman-malik")
KAYANI, PASHA = "person:ashfaq-parvez-kayani", "person:ahmad-shuja-pasha"
BAITULLAH, HAKIMULLAH, FAZLULLAH, SHAHEEN = ("person:baitullah-mehsud", "person:hakimullah-mehsud",
                                             "person:mullah-fazlullah", "person:asmatullah-shaheen-bhittani")
BINLADEN, ZAWAHIRI = "person:osama-bin-laden", "person:ayman-al-zawahiri"
KARZAI, RASSOUL, AHMADINEJAD, SALEHI = ("person:hamid-karzai", "person:zalmai-rassoul",
                                        "person:mahmoud-ahmadinejad", "person:ali-akbar-salehi")
ABDULLAH, SALMAN, SAUD, MUQRIN = ("person:abdullah-bin-abdulaziz", "person:salman-bin-abdulaziz",
                                  "person:saud-al-faisal", "person:muqrin-bin-abdulaziz")
WEN, WU, OBAMA, KERRY = "person:wen-jiabao", "person:wu-bangguo", "person:barack-obama", "person:john-kerry"

APP = "blind set (Pakistani state news agency, English, APP-like)"
ARABIYA = "blind set (Gulf TV news site, Arabic, Al Arabiya-like)"
THENEWS = "blind set (Pakistani daily, English, The News-like)"
SPA = "blind set (Saudi state news agency, Arabic, SPA-like)"
AP = "blind set (US news wire, English, AP-like)"
BBCAR = "blind set (international broadcaster's Arabic site, BBC Arabic-like)"

ARTICLES = [
    ("enRV1_gilani_wen_beijing_app", "en",
     "PM Gilani, Premier Wen hold talks; vow to deepen all-weather friendship\n"
     "BEIJING, May 18 (APP): Prime Minister Syed Yusuf Raza Gilani on Wednesday held talks with Chinese Premier "
     "Wen Jiabao at the Great Hall of the People, and the two leaders reviewed the entire spectrum of "
     "Pakistan-China relations and the regional situation.\n"
     "Minister of State for Foreign Affairs Hina Rabbani Khar and Foreign Secretary Salman Bashir were also "
     "present during the delegation-level talks.\n"
     "Premier Wen said China would always respect Pakistan's sovereignty and territorial integrity and "
     "described the country as an \"all-weather friend\". The Prime Minister thanked the Chinese leadership for "
     "its support \"at a difficult time\".\n"
     "The visit comes two weeks after Osama bin Laden was killed by US forces in a raid on his compound in "
     "Abbottabad, which strained ties between Islamabad and Washington.\n"
     "Later, the Prime Minister also met Wu Bangguo, Chairman of the Standing Committee of the National People's "
     "Congress, and discussed parliamentary exchanges.\n"
     "The Prime Minister is scheduled to call on President Hu Jintao on Thursday before leaving for Shanghai, "
     "where he will address business leaders.",
     met_group({GILANI: "Prime Minister Syed Yusuf Raza Gilani on Wednesday",
                WEN: "held talks with Chinese Premier",
                KHAR: "Minister of State for Foreign Affairs Hina Rabbani Khar",
                BASHIR: "Foreign Secretary Salman Bashir were also"}, "2011-05-18") + [
      ("MET_WITH", GILANI, WU, "also met Wu Bangguo", "2011-05-18"),
      ("LEADS", WEN, CHINA, "Premier Wen Jiabao at the Great Hall"),
      ("LEADS", GILANI, PAKISTAN, "BEIJING, May 18 (APP): Prime Minister"),
      ("ASSASSINATED_BY", BINLADEN, US, "was killed by US forces", "2011-05-02"),
      ],
     {"source": APP, "published": "2011-05-18"}),

    ("arRV2_qaeda_names_zawahiri_arabiya", "ar",
     "«القاعدة» تعيّن أيمن الظواهري خلفاً لأسامة بن لادن\n"
     "دبي - العربية.نت\n"
     "أعلن تنظيم «القاعدة»، الخميس، تعيين المصري أيمن الظواهري زعيماً له خلفاً لأسامة بن لادن، الذي قتلته قوة خاصة "
     "أميركية في مدينة أبوت آباد الباكستانية مطلع مايو الماضي، وذلك في بيان نشر على مواقع إسلامية على الإنترنت.\n"
     "وقال البيان الصادر عن «القيادة العامة» للتنظيم إن «الشيخ الدكتور أيمن الظواهري» تولى المسؤولية بعد "
     "مشاورات بين أعضائها، متوعداً بمواصلة «الجهاد» ضد الولايات المتحدة وإسرائيل.\n"
     "وكان الظواهري، الطبيب البالغ من العمر 59 عاماً، الرجل الثاني في التنظيم لسنوات طويلة.\n"
     "وكان الرئيس الأميركي باراك أوباما قد أعلن في الثاني من مايو مقتل بن لادن في عملية نفذتها وحدة من القوات "
     "الخاصة التابعة للبحرية الأميركية بعد أن أمر بها شخصياً.\n"
     "وأثارت العملية توتراً غير مسبوق بين واشنطن وإسلام آباد، وزار رئيس لجنة العلاقات الخارجية في مجلس الشيوخ "
     "الأميركي السناتور جون كيري العاصمة الباكستانية منتصف مايو، حيث التقى كلاً من الرئيس آصف علي زرداري ورئيس "
     "الوزراء يوسف رضا جيلاني وقائد الجيش الجنرال أشفاق برويز كياني في لقاءات منفصلة.\n"
     "ونفى رئيس الاستخبارات الباكستانية الفريق أحمد شجاع باشا أمام البرلمان أن يكون جهازه على علم بوجود بن لادن "
     "في البلاد.",
     [("SUCCESSOR_OF", ZAWAHIRI, BINLADEN, "زعيماً له خلفاً لأسامة بن لادن", "2011-06-16"),
      ("LEADS", ZAWAHIRI, ALQAEDA, "تعيين المصري أيمن الظواهري"),
      ("ASSASSINATED_BY", BINLADEN, US, "الذي قتلته قوة خاصة", "2011-05-02"),
      ("ASSASSINATED_BY", BINLADEN, OBAMA, "بعد أن أمر بها شخصياً", "2011-05-02"),
      ("LEADS", OBAMA, US, "وكان الرئيس الأميركي باراك أوباما"),
      ("MET_WITH", KERRY, ZARDARI, "حيث التقى كلاً من الرئيس", "2011-05-16"),
      ("MET_WITH", KERRY, GILANI, "ورئيس الوزراء يوسف رضا جيلاني", "2011-05-16"),
      ("MET_WITH", KERRY, KAYANI, "وقائد الجيش الجنرال أشفاق", "2011-05-16"),
      ("LEADS", KAYANI, ARMY, "قائد الجيش الجنرال أشفاق برويز كياني في"),
      ("LEADS", PASHA, ISI, "رئيس الاستخبارات الباكستانية الفريق"),
      ],
     {"source": ARABIYA, "published": "2011-06-16"}),

    ("enRV3_ashraf_elected_pm_thenews", "en",
     "Raja Pervaiz Ashraf elected PM, takes oath\n"
     "ISLAMABAD: Pakistan People's Party stalwart Raja Pervaiz Ashraf was elected Prime Minister of Pakistan by "
     "the National Assembly on Friday, securing 211 votes against 89 for the PML-N's Sardar Mehtab Ahmed Khan "
     "Abbasi.\n"
     "He replaces Syed Yousuf Raza Gilani, who was disqualified by the Supreme Court on Tuesday for refusing to "
     "write to the Swiss authorities to reopen graft cases against President Asif Ali Zardari.\n"
     "The PPP had initially nominated Textile Minister Makhdoom Shahabuddin, but he was dropped after the "
     "Anti-Narcotics Force obtained an arrest warrant against him in the ephedrine quota case. Gilani had met "
     "President Zardari at the Presidency on Wednesday, where the party's top leadership settled on a second "
     "name.\n"
     "President Zardari administered the oath to the new premier at the Aiwan-e-Sadr later in the evening. "
     "After the ceremony, the President and the Prime Minister held a one-on-one meeting in which the "
     "government's priorities, including the energy crisis, came under discussion, sources said.\n"
     "Ashraf, a former water and power minister, has faced allegations over rental power projects, which he "
     "denies. Chief of Army Staff General Ashfaq Parvez Kayani is expected to call on the new premier next week, "
     "while US Ambassador Cameron Munter telephoned him to felicitate him on his election.",
     [("LEADS", ASHRAF, PAKISTAN, "was elected Prime Minister of Pakistan", "2012-06-22"),
      ("MEMBER_OF", ASHRAF, PPP, "Pakistan People's Party stalwart Raja"),
      ("SUCCESSOR_OF", ASHRAF, GILANI, "He replaces Syed Yousuf Raza Gilani", "2012-06-22"),
      ("LEADS", ZARDARI, PAKISTAN, "graft cases against President Asif Ali Zardari"),
      ("MET_WITH", GILANI, ZARDARI, "Gilani had met President Zardari", "2012-06-20"),
      ("MET_WITH", ZARDARI, ASHRAF, "held a one-on-one meeting", "2012-06-22"),
      ("LEADS", KAYANI, ARMY, "Chief of Army Staff General Ashfaq Parvez Kayani"),
      ],
     {"source": THENEWS, "published": "2012-06-23"}),

    ("arRV4_king_abdullah_receives_zardari_spa", "ar",
     "خادم الحرمين الشريفين يستقبل رئيس جمهورية باكستان الإسلامية\n"
     "الرياض 14 محرم 1432 هـ الموافق 20 ديسمبر 2010 م واس\n"
     "استقبل خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز آل سعود في قصره بالرياض اليوم، فخامة الرئيس آصف "
     "علي زرداري رئيس جمهورية باكستان الإسلامية والوفد المرافق له.\n"
     "ورحب خادم الحرمين الشريفين بفخامة الرئيس الباكستاني في المملكة، فيما عبر فخامته عن سعادته بزيارة المملكة.\n"
     "وجرى خلال الاستقبال استعراض العلاقات الأخوية بين البلدين الشقيقين وسبل تعزيزها في مختلف المجالات، إضافة "
     "إلى بحث مستجدات الأوضاع في المنطقة، ولا سيما في أفغانستان.\n"
     "حضر الاستقبال صاحب السمو الملكي الأمير سعود الفيصل وزير الخارجية، وصاحب السمو الملكي الأمير مقرن بن "
     "عبدالعزيز رئيس الاستخبارات العامة، كما حضره من الجانب الباكستاني وزير الداخلية رحمن ملك.\n"
     "ثم تناول الجميع طعام الغداء على مائدة خادم الحرمين الشريفين.\n"
     "وكان فخامة الرئيس الباكستاني قد وصل إلى الرياض في وقت سابق اليوم، وكان في استقباله لدى وصوله مطار قاعدة "
     "الرياض الجوية صاحب السمو الملكي الأمير سلمان بن عبدالعزيز أمير منطقة الرياض.\n"
     "من جهة أخرى، تلقى خادم الحرمين الشريفين اتصالاً هاتفياً من فخامة الرئيس حامد كرزاي رئيس جمهورية أفغانستان "
     "الإسلامية، جرى خلاله استعراض العلاقات الثنائية.",
     met_group({ABDULLAH: "استقبل خادم الحرمين الشريفين الملك",
                ZARDARI: "فخامة الرئيس آصف",
                SAUD: "حضر الاستقبال صاحب السمو الملكي",
                MUQRIN: "الأمير مقرن بن",
                MALIK: "وزير الداخلية رحمن ملك"}, "2010-12-20") + [
      ("MET_WITH", SALMAN, ZARDARI, "وكان في استقباله لدى وصوله", "2010-12-20"),
      ("LEADS", ABDULLAH, SAUDI, "الملك عبدالله بن عبدالعزيز آل سعود"),
      ("LEADS", ZARDARI, PAKISTAN, "رئيس جمهورية باكستان الإسلامية والوفد"),
      ("LEADS", SAUD, SAUFM, "الأمير سعود الفيصل وزير الخارجية"),
      ("LEADS", MUQRIN, GIP, "رئيس الاستخبارات العامة"),
      ("LEADS", KARZAI, AFGHANISTAN, "رئيس جمهورية أفغانستان"),
      ],
     {"source": SPA, "published": "2010-12-20"}),

    ("enRV5_taliban_pick_fazlullah_ap", "en",
     "Pakistani Taliban pick hard-line cleric behind Malala attack as leader\n"
     "ISLAMABAD (AP) — The Pakistani Taliban on Thursday chose Mullah Fazlullah, the hard-line cleric whose "
     "fighters shot schoolgirl Malala Yousafzai, as their new chief, replacing Hakimullah Mehsud, who was killed "
     "in a U.S. drone strike last week.\n"
     "The announcement, made by the group's spokesman Shahidullah Shahid, ended a week of wrangling among "
     "commanders. Asmatullah Shaheen Bhittani, who had been named interim chief after Mehsud's death, will step "
     "aside. Khan Said Sajna, a commander from the Mehsud tribe, had been widely reported to be the front-runner.\n"
     "Mehsud, who had a $5 million U.S. bounty on his head, was killed Nov. 1 with several aides in North "
     "Waziristan. He had taken over the movement in 2009 after its founder, Baitullah Mehsud, died in a drone "
     "strike.\n"
     "Interior Minister Chaudhry Nisar Ali Khan accused Washington of sabotaging peace talks with the militants, "
     "and the government of Prime Minister Nawaz Sharif summoned the U.S. ambassador, Richard Olson, to protest. "
     "Sharif, who met President Barack Obama at the White House on Oct. 23, had asked for an end to the strikes.\n"
     "Fazlullah, who fled to Afghanistan after a 2009 army offensive in the Swat Valley, is the first leader of "
     "the group who does not belong to the Mehsud tribe. Shahid said there would be no talks with the "
     "government.",
     [("SUCCESSOR_OF", FAZLULLAH, HAKIMULLAH, "replacing Hakimullah Mehsud", "2013-11-07"),
      ("LEADS", FAZLULLAH, TTP, "The Pakistani Taliban on Thursday chose"),
      ("ASSASSINATED_BY", HAKIMULLAH, US, "in a U.S. drone strike last week", "2013-11-01"),
      ("SUCCESSOR_OF", SHAHEEN, HAKIMULLAH, "named interim chief after Mehsud's death", "2013-11-02"),
      ("SUCCESSOR_OF", HAKIMULLAH, BAITULLAH, "He had taken over the movement in 2009", "2009-08-22"),
      ("LEADS", SHARIF, PAKISTAN, "the government of Prime Minister Nawaz Sharif"),
      ("MET_WITH", SHARIF, OBAMA, "who met President Barack Obama at the White House", "2013-10-23"),
      ("LEADS", OBAMA, US, "President Barack Obama at the White House on"),
      ],
     {"source": AP, "published": "2013-11-07"}),

    ("arRV6_trilateral_summit_islamabad_bbc", "ar",
     "قمة ثلاثية في إسلام آباد تجمع زرداري وكرزاي وأحمدي نجاد\n"
     "بي بي سي\n"
     "استضاف الرئيس الباكستاني آصف علي زرداري في إسلام آباد، الجمعة، نظيريه الأفغاني حامد كرزاي والإيراني محمود "
     "أحمدي نجاد في قمة ثلاثية هي الثالثة من نوعها، تناولت مكافحة الإرهاب وتهريب المخدرات والمصالحة في "
     "أفغانستان.\n"
     "وتعهد القادة الثلاثة في بيان مشترك بعدم السماح باستخدام أراضي بلدانهم في أي عمل يهدد أمن أي منها.\n"
     "وعلى هامش القمة، التقى كرزاي رئيس الوزراء الباكستاني يوسف رضا كيلاني، وبحث معه سبل دفع عملية المصالحة مع "
     "حركة طالبان، كما عقد أحمدي نجاد لقاءً منفصلاً مع كيلاني تناول مشروع أنبوب الغاز بين البلدين.\n"
     "وكان وزراء خارجية الدول الثلاث، حنا رباني كهر وزلماي رسول وعلي أكبر صالحي، قد عقدوا الخميس اجتماعاً "
     "تحضيرياً للقمة.\n"
     "وتأتي القمة بعد أشهر من مقتل الرئيس الأفغاني الأسبق برهان الدين رباني، رئيس المجلس الأعلى للسلام، في تفجير "
     "انتحاري في منزله في كابل في سبتمبر الماضي، وهو ما اتهمت الحكومة الأفغانية عناصر في باكستان بالتخطيط له، "
     "فيما نفت إسلام آباد أي علاقة لها بالاغتيال.\n"
     "ويقول مراسل بي بي سي في إسلام آباد إن مشاركة أحمدي نجاد تأتي في وقت تضغط فيه واشنطن على باكستان للتخلي عن "
     "مشروع الغاز الإيراني.",
     met_group({ZARDARI: "استضاف الرئيس الباكستاني آصف", KARZAI: "نظيريه الأفغاني حامد كرزاي",
                AHMADINEJAD: "والإيراني محمود"}, "2012-02-17") + [
      ("MET_WITH", KARZAI, GILANI, "التقى كرزاي رئيس الوزراء الباكستاني", "2012-02-17"),
      ("MET_WITH", AHMADINEJAD, GILANI, "كما عقد أحمدي نجاد لقاءً منفصلاً", "2012-02-17"),
      ] + met_group({KHAR: "حنا رباني كهر", RASSOUL: "وزلماي رسول", SALEHI: "وعلي أكبر صالحي"},
                    "2012-02-16") + [
      ("LEADS", ZARDARI, PAKISTAN, "الرئيس الباكستاني آصف علي زرداري"),
      ("LEADS", GILANI, PAKISTAN, "رئيس الوزراء الباكستاني يوسف"),
      ],
     {"source": BBCAR, "published": "2012-02-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRV")
