"""Blind set QN: the jihadist leaders of Iraq, Syria and al-Qaeda (second folder of QM-QN): Bush's visit to
Baghdad after Zarqawi's death and the naming of Abu Hamza al-Muhajir (June 2006), Osama bin Laden's death in
Abbottabad (May 2011), the Barisha raid and the Kurdistan Region's meetings with the coalition (October 2019),
the Atmeh raid in which Abu Ibrahim al-Hashimi al-Qurashi died (February 2022), the Islamic State's third
"caliph" (March 2022) and the US drone strike that killed Ayman al-Zawahiri in Kabul (July 2022), as an Iraqi
state daily writes it in Arabic (al-Sabah-like: "بغداد - الصباح"), a Kurdish news site in English
(Kurdistan 24-like: "ERBIL (Kurdistan 24) -"), an Egyptian state daily in Arabic (Al-Ahram-like: "واشنطن -
وكالات الأنباء:", "الأمريكي"), a Kurdish TV site in Arabic (Rudaw-like: "رووداو ديجيتال", "كوردستان"), a
counter-terrorism think tank's brief in English (Soufan Center IntelBrief-like: "Bottom Line Up Front") and a
British news wire in English (Reuters-like: "WASHINGTON, Aug 1 (Reuters) -", "al Qaeda").
Pieces: Bush meets Maliki in Baghdad with Khalilzad and Casey present; Zarqawi killed by a US strike;
al-Qaeda names Abu Hamza al-Muhajir (al-Masri) to succeed him; Talabani had received Masoud Barzani (Arabic,
QN1); Nechirvan Barzani receives the coalition commander White with consul Palladino; Baghdadi killed in a US
raid (English, QN2); Obama announces bin Laden's death in a US operation he ordered; Talabani receives
ambassador Jeffrey (Arabic, QN3); Biden on Abu Ibrahim's death in Atmeh; Abu Ibrahim had succeeded
Baghdadi; Nechirvan Barzani receives McKenzie with consul Hicks present (Arabic, QN4); the IS names Abu al-Hasan
to replace Abu Ibrahim and a spokesman succeeds his predecessor; al-Araji meets the coalition commander
Brennan (English, QN5); the United States kills Zawahiri in a strike Biden authorized; Zawahiri had taken
over after bin Laden, killed by US special forces (English, QN6).
Excluded on purpose (no relation): the video link with Camp David, Bush's unnamed ministers (QN1); the
spokesman al-Muhajir "killed in a separate operation" (no agent), Masrour Barzani's planned trip to Baghdad
(QN2); Obama's phone call to Zardari, Zawahiri "expected to succeed" (QN3); Abu Ibrahim, who "detonated a
bomb that killed him" as US forces arrived (no stated agent but himself), Masrour Barzani's phone call to
al-Kadhimi (QN4); Abu Ibrahim and Abu Hamza (no agent stated in this piece), the postponed meeting of the
coordination committee (QN5); Saif al-Adel, who "could replace" Zawahiri, Blinken's accusation against the
Taliban (QN6).
Judgement calls: the attendees of one «بحضور A وB» list are paired with both principals and with each other
(QN1; QN4 has one attendee); "accompanied by" the consul general (a delegation member) is paired with both
the host and the delegation's head (QN2); "بغارة جوية أميركية" -> country:united-states (QN1); "killed in a
raid by US special forces" -> country:united-states (QN2); "قتل في عملية نفذتها وحدة من القوات الخاصة
الأمريكية" -> country:united-states, and Obama, who says he gave the order, too (QN3); Biden "authorized the
operation" -> joe-biden as well as the United States (QN6); "اختار ... خلفاً للزرقاوي" with the US military's
identification of Abu Hamza al-Muhajir as al-Masri: the gazetteer's al-Masri (QN1); "his predecessor" states
a succession (QN5 twice); a named leader LEADS his group or country; a Taliban minister or spokesman is a
MEMBER_OF the Taliban.
Filled in for the exercise: Casey's presence and the Talabani-Barzani meeting (QN1); White's visit, Palladino's
presence, Masrour Barzani's planned trip (QN2); Talabani's meeting with Jeffrey (QN3); McKenzie's visit to
Erbil, Hicks's presence, the phone call (QN4); the al-Araji-Brennan meeting on March 8, the postponed
committee (QN5); the wording of the analysts (QN6).
Spellings: "جورج بوش", "زلماي خليل زاد", "أبو حمزة المهاجر" (QN1); "Nechirvan Barzani", "Lt. Gen. Pat White",
"Mazloum Kobani Abdi" (QN2); "أسامة بن لادن", "أبوت آباد", "ليون بانيتا", "الأمريكي" (QN3); "أطمة", "كوردستان",
"نيجيرفان بارزاني", "كينيث ماكينزي" (QN4); "Abu al-Hasan al-Hashimi al-Qurashi", "Qasim al-Araji" (QN5); "al
Qaeda", "Ayman al-Zawahri", "Sirajuddin Haqqani" (QN6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qn import ALL  # noqa: E402

HERE = Path(__file__).parent

US, IRAQ, PAKISTAN = "country:united-states", "country:iraq", "country:pakistan"
AQ, AQI, IS, SDF, KRG, TALIBAN, CENTCOM, CIA, COALITION, STATE = (
    "organization:al-qaeda", "organization:al-qaeda-in-iraq", "organization:islamic-state",
    "organization:syrian-democratic-forces", "organization:kurdistan-regional-government", "organization:taliban",
    "organization:us-central-command", "organization:cia", "organization:international-coalition",
    "organization:us-state-department")
ZARQAWI, MASRI, ABU_BAKR, ABU_IBRAHIM, ABU_HASAN, ABU_HAMZA, OMAR_MUHAJIR = (
    "person:abu-musab-al-zarqawi", "person:abu-ayyub-al-masri", "person:abu-bakr-al-baghdadi",
    "person:abu-ibrahim-al-hashimi-al-qurashi", "person:abu-al-hasan-al-hashimi-al-qurashi",
    "person:abu-hamza-al-qurashi", "person:abu-omar-al-muhajir")
BIN_LADEN, ZAWAHIRI, SIRAJ, MUJAHID = (
    "person:osama-bin-laden", "person:ayman-al-zawahiri", "person:sirajuddin-haqqani", "person:zabihullah-mujahid")
MALIKI, TALABANI, KADHIMI, ARAJI, MASOUD, NECHIRVAN, MASROUR, MAZLOUM = (
    "person:nouri-al-maliki", "person:jalal-talabani", "person:mustafa-al-kadhimi", "person:qassim-al-araji",
    "person:masoud-barzani", "person:nechirvan-barzani", "person:masrour-barzani", "person:mazloum-abdi")
BUSH, OBAMA, TRUMP, BIDEN, KHALILZAD, CASEY, JEFFREY, PANETTA = (
    "person:george-w-bush", "person:barack-obama", "person:donald-trump", "person:joe-biden",
    "person:zalmay-khalilzad", "person:george-casey", "person:james-jeffrey", "person:leon-panetta")
WHITE, PALLADINO, MCKENZIE, HICKS, BLINKEN, BRENNAN = (
    "person:pat-white", "person:robert-palladino", "person:kenneth-mckenzie", "person:irvin-hicks",
    "person:antony-blinken", "person:john-brennan-jr")
ZARDARI = "person:asif-ali-zardari"

SABAH = "blind set (Iraqi state daily, Arabic, al-Sabah-like)"
K24 = "blind set (Kurdish news site, English, Kurdistan 24-like)"
AHRAM = "blind set (Egyptian state daily, Arabic, Al-Ahram-like)"
RUDAW = "blind set (Kurdish TV news site, Arabic, Rudaw-like)"
SOUFAN = "blind set (counter-terrorism think-tank brief, English, Soufan Center IntelBrief-like)"
REUTERS = "blind set (news wire, English, Reuters-like)"

ARTICLES = [
    ("arQN1_bush_baghdad_sabah", "ar",
     "الرئيس بوش في بغداد بزيارة مفاجئة ويلتقي المالكي بعد أيام من مقتل الزرقاوي\n"
     "بغداد - الصباح\n"
     "وصل الرئيس الأميركي جورج بوش، أمس الثلاثاء، إلى بغداد في زيارة مفاجئة لم يعلن عنها مسبقاً، التقى خلالها "
     "رئيس الوزراء نوري المالكي في مقر السفارة الأميركية بالمنطقة الخضراء، بحضور السفير الأميركي زلماي خليل زاد "
     "وقائد القوات المتعددة الجنسيات الجنرال جورج كيسي.\n"
     "وبحث الجانبان خطة أمن بغداد واستكمال بناء القوات العراقية، وقال بوش للمالكي: \"جئت لأؤكد لكم أن أميركا "
     "حين تعطي كلمتها تفي بها\".\n"
     "وعقد الرئيس الأميركي بعد ذلك اجتماعاً مع عدد من الوزراء العراقيين، فيما تابع أعضاء في إدارته الاجتماع عبر "
     "دائرة تلفزيونية من منتجع كامب ديفيد.\n"
     "وتأتي الزيارة بعد أيام من مقتل أبي مصعب الزرقاوي بغارة جوية أميركية على منزل في هبهب شمال بعقوبة.\n"
     "وفي السياق ذاته، أعلن تنظيم القاعدة في العراق في بيان على الإنترنت أنه اختار المدعو أبو حمزة المهاجر "
     "أميراً له خلفاً للزرقاوي، فيما رجح الجيش الأميركي أن يكون الاسم كنية للمصري أبو أيوب المصري.\n"
     "وكان رئيس الجمهورية جلال طالباني قد استقبل، الأحد، في مقر إقامته ببغداد رئيس إقليم كردستان مسعود بارزاني، "
     "وجرى بحث تطورات الملف الأمني وتشكيل الحكومة.",
     [("LEADS", BUSH, US, "وصل الرئيس الأميركي جورج بوش"),
      ("LEADS", MALIKI, IRAQ, "رئيس الوزراء نوري المالكي في مقر"),
      ] + met_group({BUSH: "التقى خلالها", MALIKI: "نوري المالكي في مقر السفارة",
                     KHALILZAD: "بحضور السفير الأميركي زلماي", CASEY: "الجنرال جورج كيسي"}, "2006-06-13") + [
      ("ASSASSINATED_BY", ZARQAWI, US, "بغارة جوية أميركية على منزل", "2006-06-07"),
      ("SUCCESSOR_OF", MASRI, ZARQAWI, "أميراً له خلفاً للزرقاوي", "2006-06-12"),
      ("LEADS", MASRI, AQI, "أعلن تنظيم القاعدة في العراق"),
      ("LEADS", TALABANI, IRAQ, "رئيس الجمهورية جلال طالباني"),
      ("MET_WITH", TALABANI, MASOUD, "رئيس إقليم كردستان مسعود بارزاني", "2006-06-11"),
      ],
     {"source": SABAH, "published": "2006-06-14"}),

    ("enQN2_nechirvan_white_k24", "en",
     "Kurdistan Region President, coalition commander discuss post-Baghdadi threat\n"
     "ERBIL (Kurdistan 24) - Kurdistan Region President Nechirvan Barzani on Monday received the commander of the "
     "US-led coalition against the Islamic State, Lt. Gen. Pat White, who was accompanied by US Consul General "
     "Robert Palladino.\n"
     "According to a statement from the Kurdistan Region Presidency, the two sides discussed the situation after "
     "the killing of Islamic State leader Abu Bakr al-Baghdadi and the need to prevent a resurgence of the "
     "group's cells in the disputed territories.\n"
     "Baghdadi was killed on Saturday night in a raid by US special forces on a compound in the village of "
     "Barisha, in Syria's Idlib province, US President Donald Trump announced on Sunday. The group's spokesman, "
     "Abu al-Hassan al-Muhajir, was killed in a separate operation near Jarablus.\n"
     "President Barzani praised the role of the Peshmerga and the coalition and stressed that \"the danger of "
     "terrorism has not ended.\"\n"
     "The commander-in-chief of the Syrian Democratic Forces (SDF), Mazloum Kobani Abdi, thanked the coalition "
     "for what he called a historic operation.\n"
     "Kurdistan Region Prime Minister Masrour Barzani is expected to visit Baghdad later this week for talks "
     "on the budget.",
     met_group({NECHIRVAN: "President Nechirvan Barzani on Monday received", WHITE: "Lt. Gen. Pat White",
                PALLADINO: "Robert Palladino"}, "2019-10-28") + [
      ("LEADS", WHITE, COALITION, "received the commander of the"),
      ("LEADS", ABU_BAKR, IS, "Islamic State leader Abu Bakr al-Baghdadi"),
      ("ASSASSINATED_BY", ABU_BAKR, US, "in a raid by US special forces", "2019-10-26"),
      ("LEADS", TRUMP, US, "US President Donald Trump announced"),
      ("LEADS", MAZLOUM, SDF, "Mazloum Kobani Abdi"),
      ("LEADS", MASROUR, KRG, "Kurdistan Region Prime Minister Masrour Barzani"),
      ],
     {"source": K24, "published": "2019-10-28"}),

    ("arQN3_obama_bin_laden_ahram", "ar",
     "أوباما: العدالة تحققت.. مقتل أسامة بن لادن في عملية أمريكية بباكستان\n"
     "واشنطن - وكالات الأنباء:\n"
     "أعلن الرئيس الأمريكي باراك أوباما فجر أمس مقتل زعيم تنظيم القاعدة أسامة بن لادن في عملية نفذتها وحدة من "
     "القوات الخاصة الأمريكية على مجمع سكني في مدينة أبوت آباد شمال العاصمة الباكستانية إسلام آباد، مؤكداً أن "
     "\"العدالة تحققت\".\n"
     "وقال أوباما في كلمة متلفزة من البيت الأبيض إنه أعطى الأمر بتنفيذ العملية الأسبوع الماضي، بعد أن أطلعه مدير "
     "وكالة المخابرات المركزية ليون بانيتا على معلومات عن مكان اختباء بن لادن.\n"
     "وأضاف أن فريقاً صغيراً من الأمريكيين نفذ العملية \"بشجاعة وقدرة استثنائيتين\" دون أن يصاب أي منهم بأذى.\n"
     "وأوضح أوباما أنه تحدث هاتفياً مع الرئيس الباكستاني آصف علي زرداري بعد العملية، فيما أكدت الخارجية "
     "الباكستانية أن العملية جرت \"وفق سياسة أمريكية معلنة\".\n"
     "في غضون ذلك، استقبل الرئيس العراقي جلال طالباني في بغداد أمس السفير الأمريكي جيمس جيفري، وأعرب عن ارتياحه "
     "لمقتل بن لادن، معتبراً أن العالم \"تخلص من أخطر إرهابي\".\n"
     "ويرجح مراقبون أن يخلف الرجل الثاني في التنظيم، المصري أيمن الظواهري، زعيمه المقتول.",
     [("LEADS", OBAMA, US, "أعلن الرئيس الأمريكي باراك أوباما"),
      ("LEADS", BIN_LADEN, AQ, "زعيم تنظيم القاعدة أسامة بن لادن"),
      ("ASSASSINATED_BY", BIN_LADEN, US, "وحدة من القوات الخاصة الأمريكية", "2011-05-02"),
      ("ASSASSINATED_BY", BIN_LADEN, OBAMA, "إنه أعطى الأمر بتنفيذ العملية", "2011-05-02"),
      ("LEADS", PANETTA, CIA, "مدير وكالة المخابرات المركزية ليون بانيتا"),
      ("LEADS", ZARDARI, PAKISTAN, "الرئيس الباكستاني آصف علي زرداري"),
      ("LEADS", TALABANI, IRAQ, "الرئيس العراقي جلال طالباني"),
      ("MET_WITH", TALABANI, JEFFREY, "السفير الأمريكي جيمس جيفري", "2011-05-02"),
      ("MEMBER_OF", ZAWAHIRI, AQ, "الرجل الثاني في التنظيم"),
      ],
     {"source": AHRAM, "published": "2011-05-03"}),

    ("arQN4_biden_qurashi_atmeh_rudaw", "ar",
     "بايدن: زعيم داعش فجّر نفسه خلال عملية أميركية في أطمة\n"
     "رووداو ديجيتال\n"
     "أعلن الرئيس الأميركي جو بايدن، اليوم الخميس (3 شباط 2022)، أن القوات الأميركية \"أزاحت من ساحة المعركة\" زعيم "
     "تنظيم داعش أبو إبراهيم الهاشمي القرشي، خلال عملية إنزال نفذتها ليلاً في بلدة أطمة بريف إدلب قرب الحدود "
     "التركية.\n"
     "وأوضح بايدن أن القرشي فجّر قنبلة قتلته مع أفراد من عائلته بينهم نساء وأطفال، لحظة اقتراب القوات من المنزل.\n"
     "والقرشي، واسمه الحقيقي أمير محمد سعيد عبد الرحمن المولى، تركماني من قضاء تلعفر، وتولى قيادة التنظيم في "
     "تشرين الأول 2019 خلفاً لأبي بكر البغدادي.\n"
     "وفي أربيل، استقبل رئيس إقليم كوردستان نيجيرفان بارزاني، اليوم، قائد القيادة المركزية الأميركية الجنرال "
     "كينيث ماكينزي، بحضور القنصل الأميركي العام في أربيل إرفين هيكس، وأكد الجانبان أهمية استمرار التنسيق بين "
     "قوات البيشمركة والتحالف الدولي في ملاحقة فلول داعش.\n"
     "من جهته، أجرى رئيس حكومة الإقليم مسرور بارزاني اتصالاً هاتفياً برئيس الوزراء العراقي مصطفى الكاظمي، جرى خلاله "
     "بحث تداعيات هجوم التنظيم على سجن غويران في الحسكة الشهر الماضي.",
     [("LEADS", BIDEN, US, "أعلن الرئيس الأميركي جو بايدن"),
      ("LEADS", ABU_IBRAHIM, IS, "تنظيم داعش أبو إبراهيم الهاشمي القرشي"),
      ("SUCCESSOR_OF", ABU_IBRAHIM, ABU_BAKR, "خلفاً لأبي بكر البغدادي", "2019-10-31"),
      ] + met_group({NECHIRVAN: "استقبل رئيس إقليم كوردستان نيجيرفان", MCKENZIE: "كينيث ماكينزي، بحضور", HICKS: "القنصل الأميركي العام في أربيل"},
                    "2022-02-03") + [
      ("LEADS", MCKENZIE, CENTCOM, "قائد القيادة المركزية الأميركية"),
      ("LEADS", MASROUR, KRG, "رئيس حكومة الإقليم مسرور"),
      ("LEADS", KADHIMI, IRAQ, "برئيس الوزراء العراقي مصطفى"),
      ],
     {"source": RUDAW, "published": "2022-02-03"}),

    ("enQN5_third_caliph_soufan", "en",
     "IntelBrief: The Islamic State's Third Caliph and the Limits of Decapitation\n"
     "The Soufan Center, March 14, 2022\n"
     "Bottom Line Up Front: On March 10, the Islamic State confirmed the death of its leader, Abu Ibrahim "
     "al-Hashimi al-Qurashi, and announced that Abu al-Hasan al-Hashimi al-Qurashi had been selected as his "
     "replacement. In the same audio message, the group's new spokesman, Abu Omar al-Muhajir, confirmed the death "
     "of his predecessor, Abu Hamza al-Qurashi.\n"
     "Abu Ibrahim died on February 3 in Atmeh, in Syria's Idlib province, detonating an explosive device as U.S. "
     "special forces closed in on his three-story house. His predecessor, Abu Bakr al-Baghdadi, died in much the "
     "same way in the nearby village of Barisha in October 2019.\n"
     "Nothing is known publicly about the new leader, whose identity the group has not disclosed; the pledge of "
     "allegiance it demands of its provinces is to a name, not a man.\n"
     "In Baghdad, Iraqi National Security Adviser Qasim al-Araji met the commander of the coalition's Combined "
     "Joint Task Force, Maj. Gen. John Brennan, on March 8 to review intelligence sharing after the raid. A "
     "meeting of the U.S.-Iraq coordination committee set for the same week was postponed.\n"
     "The Islamic State retains an estimated 6,000 to 10,000 fighters in Iraq and Syria.",
     [("LEADS", ABU_IBRAHIM, IS, "the death of its leader"),
      ("SUCCESSOR_OF", ABU_HASAN, ABU_IBRAHIM, "had been selected as his", "2022-03-10"),
      ("SUCCESSOR_OF", OMAR_MUHAJIR, ABU_HAMZA, "of his predecessor, Abu Hamza", "2022-03-10"),
      ("SUCCESSOR_OF", ABU_IBRAHIM, ABU_BAKR, "His predecessor, Abu Bakr"),
      ("MET_WITH", ARAJI, BRENNAN, "Maj. Gen. John Brennan, on March 8", "2022-03-08"),
      ("LEADS", BRENNAN, COALITION, "the commander of the coalition's"),
      ],
     {"source": SOUFAN, "published": "2022-03-14"}),

    ("enQN6_zawahiri_kabul_reuters", "en",
     "U.S. kills al Qaeda leader Zawahiri in Kabul drone strike, Biden says\n"
     "WASHINGTON, Aug 1 (Reuters) - The United States killed al Qaeda leader Ayman al-Zawahri in a drone strike in "
     "Afghanistan over the weekend, President Joe Biden said on Monday, in the biggest blow to the militant group "
     "since its founder Osama bin Laden was killed by U.S. special forces in 2011.\n"
     "Zawahri, an Egyptian surgeon who helped coordinate the Sept. 11, 2001 attacks, was standing on the balcony "
     "of a safe house in the Afghan capital when he was struck by two Hellfire missiles at 6:18 a.m. on Sunday, "
     "a senior administration official told reporters. No family members were hurt.\n"
     "Biden, who authorized the operation after weeks of meetings with his national security team, said \"justice "
     "has been delivered.\" Zawahri took over al Qaeda after bin Laden's death.\n"
     "The house belonged to a top aide of Sirajuddin Haqqani, the Taliban's interior minister, the official said. "
     "Secretary of State Antony Blinken accused the Taliban of \"grossly\" violating the Doha agreement by "
     "hosting Zawahri. Taliban spokesman Zabihullah Mujahid condemned the strike as a violation of "
     "\"international principles.\"\n"
     "Analysts said Saif al-Adel, a former Egyptian army officer believed to be in Iran, could replace Zawahri.",
     [("ASSASSINATED_BY", ZAWAHIRI, US, "The United States killed al Qaeda leader", "2022-07-31"),
      ("LEADS", ZAWAHIRI, AQ, "al Qaeda leader Ayman al-Zawahri"),
      ("LEADS", BIDEN, US, "President Joe Biden said"),
      ("ASSASSINATED_BY", BIN_LADEN, US, "was killed by U.S. special forces in 2011", "2011-05-02"),
      ("ASSASSINATED_BY", ZAWAHIRI, BIDEN, "who authorized the operation", "2022-07-31"),
      ("SUCCESSOR_OF", ZAWAHIRI, BIN_LADEN, "Zawahri took over al Qaeda", "2011-06-16"),
      ("MEMBER_OF", SIRAJ, TALIBAN, "the Taliban's interior minister"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony Blinken"),
      ("MEMBER_OF", MUJAHID, TALIBAN, "Taliban spokesman Zabihullah Mujahid"),
      ],
     {"source": REUTERS, "published": "2022-08-01"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQN")
