"""Blind set RM: Iran's nuclear file 2010-2021 (first folder of RM-RN): Fereydoun Abbasi named to head the
atomic energy organization in place of Ali Akbar Salehi, who had replaced the dismissed Manouchehr Mottaki
(February 2011), Catherine Ashton in Tehran (March 2014), the killing of Mohsen Fakhrizadeh (November 2020),
Hassan Rouhani sworn in after Mahmoud Ahmadinejad and his first appointments (August 2013), the Geneva
interim deal (November 2013) and Rafael Grossi's first visit to Tehran (August 2020), as a Western wire writes
it in English (Reuters-like: "TEHRAN, Feb 13 (Reuters) -"), Iran's state agency in Arabic (IRNA Arabic-like:
"سماحة", "وأضاف"), an Israeli daily in English (Times of Israel-like: "the Islamic Republic", "the Jewish
state"), a Revolutionary Guard-leaning agency in Arabic (Fars Arabic-like: "الكيان الصهيوني", "الشهيد"), a US
wire in English (AP-like: "GENEVA (AP) -") and a Beirut TV site in Arabic (Al Mayadeen-like: "الميادين نت").
Pieces: Abbasi named to replace Salehi, who replaced Mottaki; Shahriari killed with no agent, Ahmadinejad
blames Israel (English, RM1); Rouhani receives Ashton in the presence of Zarif, Ashton met Zarif the day
before, phone call with Kerry (Arabic, RM2); Fakhrizadeh killed in Absard, Zarif and Rouhani blame Israel,
Pompeo met Mohammed bin Salman, Netanyahu's reported meeting denied (English, RM3); Khamenei endorses Rouhani
"خلفاً لـ" Ahmadinejad, Zarif to replace Salehi, Salehi returns to the atomic organization in place of
Abbasi (Arabic, RM4); Zarif meets Ashton, then Kerry with Sherman and Araghchi present, Lavrov's arrival
(English, RM5); Grossi meets Rouhani, Zarif and Salehi, successor of Amano (Arabic, RM6).
Excluded on purpose (no relation): Shahriari and Alimohammadi killed "by bombs" with no agent, Ahmadinejad's
accusation against Israel (RM1); Kerry's phone call to Zarif (RM2); Fakhrizadeh's killing (no agent stated
by the daily; Iran's accusation only), Ahmadi Roshan "killed when a magnetic bomb" exploded, Netanyahu's
reported meeting with Mohammed bin Salman, denied (RM3); Ahmadinejad's attendance of the endorsement
ceremony (no meeting) (RM4); Lavrov, who "was expected to join" (RM5); Grossi's planned return to Tehran
(RM6).
Judgement calls: "named ... to replace Salehi" and "Salehi, who replaced Mottaki" are successions (RM1);
"بحضور" the foreign minister: Zarif paired with both Rouhani and Ashton (RM2); Grossi "اجتمع ... بـ" Salehi,
"ثم بـ" Zarif: two meetings, Salehi and Zarif not paired (RM6); "خلفاً لـ" is a succession (RM4, RM6); "held talks with" in person is a meeting (RM5); an attendee
list ("with Sherman and Araghchi present") is paired with both principals, and the two attendees with each
other (they sat in the same room); a foreign minister MEMBER_OF his ministry only where the ministry has an id;
a president LEADS the country; the IAEA chief LEADS the IAEA; Salehi LEADS the atomic energy organization.
Filled in for the exercise: the length and wording of meetings, the quotes of spokesmen, Kerry's phone call
(RM2), the place of the Pompeo meeting and the denial's wording (RM3), the names present in RM5's meeting
and Lavrov's expected arrival, Grossi's planned return (RM6).
Spellings: "Fereydoun Abbasi-Davani", "Manouchehr Mottaki" (RM1); "كاترين آشتون", "الدكتور محمد جواد ظريف"
(RM2); "Mohsen Fakhrizadeh-Mahabadi", "Mustafa Ahmadi-Roshan" (RM3); "أحمدي نجاد", "علي اكبر صالحي" (RM4);
"Mohammad Javad Zarif", "Abbas Araqchi" (RM5); "رافاييل غروسي", "يوكيا امانو" (RM6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_rn import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, US = "country:iran", "country:israel", "country:united-states"
IAEA, AEOI, IRFM, EU = ("organization:iaea", "organization:atomic-energy-organization-of-iran",
                        "organization:iranian-foreign-ministry", "organization:european-union")
KHAMENEI, ROUHANI, AHMADINEJAD, ZARIF, SALEHI, ABBASI, MOTTAKI, ARAGHCHI = (
    "person:ali-khamenei", "person:hassan-rouhani", "person:mahmoud-ahmadinejad", "person:mohammad-javad-zarif",
    "person:ali-akbar-salehi", "person:fereydoun-abbasi", "person:manouchehr-mottaki", "person:abbas-araghchi")
KAMALVANDI = "person:behrouz-kamalvandi"
SHAHRIARI, ALIMOHAMMADI, ROSHAN, FAKHRIZADEH = (
    "person:majid-shahriari", "person:masoud-alimohammadi", "person:mostafa-ahmadi-roshan",
    "person:mohsen-fakhrizadeh")
KERRY, SHERMAN, ASHTON, LAVROV, AMANO, GROSSI = (
    "person:john-kerry", "person:wendy-sherman", "person:catherine-ashton", "person:sergei-lavrov",
    "person:yukiya-amano", "person:rafael-grossi")
NETANYAHU, POMPEO, MBS = "person:benjamin-netanyahu", "person:mike-pompeo", "person:mohammed-bin-salman"

REUTERS = "blind set (Western news wire, English, Reuters-like)"
IRNA = "blind set (Iranian state news agency, Arabic service, IRNA-like)"
TOI = "blind set (Israeli daily, English, Times of Israel-like)"
FARS = "blind set (Iranian news agency, Arabic service, Fars-like)"
AP = "blind set (US news wire, English, AP-like)"
MAYADEEN = "blind set (Beirut TV news site, Arabic, Al Mayadeen-like)"

ARTICLES = [
    ("enRM1_abbasi_heads_aeoi_reuters", "en",
     "Iran names scientist wounded in bomb attack to head nuclear agency\n"
     "TEHRAN, Feb 13 (Reuters) - Iran on Sunday named Fereydoun Abbasi-Davani, a nuclear scientist who survived "
     "a car bomb attack in Tehran in November, as head of its Atomic Energy Organization, state media reported.\n"
     "Abbasi was appointed by President Mahmoud Ahmadinejad to replace Ali Akbar Salehi, who was confirmed by "
     "parliament last month as foreign minister. Salehi, a U.S.-trained physicist, replaced Manouchehr Mottaki, "
     "whom Ahmadinejad dismissed in December while he was on an official visit to Senegal.\n"
     "Abbasi and his wife were wounded on Nov. 29 when assailants on motorcycles attached a bomb to their car. "
     "In a near-simultaneous attack, fellow scientist Majid Shahriari was killed. In January 2010, physics "
     "professor Masoud Alimohammadi was killed by a remote-controlled bomb outside his home.\n"
     "Ahmadinejad accused Israel and Western governments of being behind the attacks. Israel has declined to "
     "comment.\n"
     "The new nuclear chief, a member of the Revolutionary Guards, is named in a 2007 U.N. Security Council "
     "resolution as a person involved in nuclear or ballistic missile activities.",
     [("SUCCESSOR_OF", ABBASI, SALEHI, "to replace Ali Akbar Salehi", "2011-02-13"),
      ("LEADS", ABBASI, AEOI, "as head of its Atomic Energy Organization"),
      ("SUCCESSOR_OF", SALEHI, MOTTAKI, "replaced Manouchehr Mottaki", "2011-01-30"),
      ("LEADS", AHMADINEJAD, IRAN, "appointed by President Mahmoud Ahmadinejad"),
      ("MEMBER_OF", ABBASI, "organization:irgc", "a member of the Revolutionary Guards"),
      ],
     {"source": REUTERS, "published": "2011-02-13"}),

    ("arRM2_ashton_tehran_irna", "ar",
     "الرئيس روحاني يستقبل آشتون: الاتفاق النهائي ممكن إذا توفرت الإرادة\n"
     "طهران - ارنا - استقبل رئيس الجمهورية الاسلامية الايرانية حجة الاسلام والمسلمين الشيخ حسن روحاني، "
     "اليوم الاحد، الممثلة العليا للسياسة الخارجية والامن في الاتحاد الاوروبي كاترين آشتون والوفد المرافق لها، "
     "بحضور وزير الخارجية الدكتور محمد جواد ظريف.\n"
     "وأكد الرئيس روحاني خلال اللقاء ان الاتفاق النهائي حول البرنامج النووي السلمي \"ممكن في غضون الاشهر "
     "المقبلة اذا توفرت الارادة لدى الطرف الآخر\"، داعياً الى توسيع التعاون بين ايران والاتحاد الاوروبي في "
     "مجالات الطاقة والبيئة ومكافحة المخدرات.\n"
     "من جهتها، وصفت آشتون زيارتها الاولى لطهران بأنها \"فرصة مهمة\"، مشيرة الى ان الجولة المقبلة من "
     "المفاوضات ستعقد في فيينا.\n"
     "وكانت المسؤولة الاوروبية قد اجرت مساء امس السبت مباحثات مع الدكتور ظريف في مقر وزارة الخارجية، تناولت "
     "تنفيذ اتفاق جنيف المرحلي.\n"
     "وفي سياق متصل، اجرى وزير الخارجية الاميركي جون كيري اتصالاً هاتفياً بظريف قبيل وصول آشتون الى طهران، "
     "بحسب مصدر دبلوماسي.",
     [("MET_WITH", ROUHANI, ASHTON, "الممثلة العليا للسياسة الخارجية والامن", "2014-03-09"),
      ("MET_WITH", ZARIF, ROUHANI, "بحضور وزير الخارجية الدكتور", "2014-03-09"),
      ("MET_WITH", ZARIF, ASHTON, "مباحثات مع الدكتور ظريف", "2014-03-08"),
      ("LEADS", ROUHANI, IRAN, "استقبل رئيس الجمهورية الاسلامية الايرانية"),
      ("MEMBER_OF", ASHTON, EU, "والامن في الاتحاد الاوروبي كاترين"),
      ],
     {"source": IRNA, "published": "2014-03-09"}),

    ("enRM3_fakhrizadeh_killed_toi", "en",
     "Iran's top nuclear scientist assassinated near Tehran; Islamic Republic points finger at Israel\n"
     "Mohsen Fakhrizadeh-Mahabadi, the scientist Israel has long named as the father of Iran's military nuclear "
     "program, was killed on Friday in an ambush on his car in Absard, east of Tehran, Iranian state media "
     "reported.\n"
     "Iran's Defense Ministry said he died in hospital after \"armed terrorists\" opened fire on his vehicle. His "
     "bodyguards were also wounded.\n"
     "Foreign Minister Mohammad Javad Zarif wrote on Twitter that there were \"serious indications of an Israeli "
     "role,\" and President Hassan Rouhani said on Saturday that the Jewish state was acting as a \"mercenary\" "
     "of the United States. Israel's Prime Minister's Office declined to comment.\n"
     "Fakhrizadeh was the fifth Iranian nuclear scientist killed since 2010. In January 2012, Mustafa "
     "Ahmadi-Roshan was killed when a magnetic bomb attached to his car exploded in northern Tehran.\n"
     "The killing came days after Secretary of State Mike Pompeo met Saudi Crown Prince Mohammed bin Salman in "
     "the Red Sea city of Neom. Hebrew media reported that Prime Minister Benjamin Netanyahu had flown to the "
     "meeting, but Saudi Foreign Minister Faisal bin Farhan denied that any Israeli officials were present.",
     [("MET_WITH", POMPEO, MBS, "Mike Pompeo met Saudi Crown Prince", "2020-11-22"),
      ("LEADS", ROUHANI, IRAN, "President Hassan Rouhani said on Saturday"),
      ("LEADS", NETANYAHU, ISRAEL, "Prime Minister Benjamin Netanyahu had flown"),
      ],
     {"source": TOI, "published": "2020-11-28"}),

    ("arRM4_rouhani_endorsed_fars", "ar",
     "قائد الثورة يمضي حكم رئاسة الشيخ روحاني\n"
     "طهران - فارس: أمضى قائد الثورة الاسلامية سماحة آية الله العظمى السيد علي الخامنئي، صباح اليوم السبت، "
     "حكم رئاسة الجمهورية للدكتور حسن روحاني، ليصبح الرئيس الحادي عشر للجمهورية الاسلامية الايرانية خلفاً "
     "لمحمود أحمدي نجاد، وذلك في مراسم أقيمت في حسينية الامام الخميني (رض) بحضور كبار المسؤولين.\n"
     "وألقى أحمدي نجاد كلمة في بداية المراسم قدّم فيها تقريراً عن أداء حكومته خلال ثماني سنوات.\n"
     "ومن المقرر أن يؤدي روحاني اليمين الدستورية غداً الاحد أمام مجلس الشورى الاسلامي، ثم يقدم تشكيلته "
     "الوزارية.\n"
     "وعلمت وكالة فارس أن الرئيس المنتخب سيرشح الدكتور محمد جواد ظريف، المندوب السابق لدى الامم المتحدة، "
     "لحقيبة الخارجية خلفاً لعلي اكبر صالحي، الذي يُتوقع أن يعود الى رئاسة منظمة الطاقة الذرية ليحل محل "
     "الدكتور فريدون عباسي.\n"
     "وكان الشهيد مصطفى أحمدي روشن قد استشهد في كانون الثاني 2012 بتفجير عبوة ملصقة بسيارته، ويتهم المسؤولون "
     "الايرانيون الكيان الصهيوني بالوقوف وراء اغتياله.",
     [("SUCCESSOR_OF", ROUHANI, AHMADINEJAD, "لمحمود أحمدي نجاد", "2013-08-03"),
      ("SUCCESSOR_OF", ZARIF, SALEHI, "لحقيبة الخارجية خلفاً", "2013-08-15"),
      ("SUCCESSOR_OF", SALEHI, ABBASI, "ليحل محل", "2013-08-16"),
      ("LEADS", ROUHANI, IRAN, "ليصبح الرئيس الحادي عشر"),
      ("LEADS", SALEHI, AEOI, "أن يعود الى رئاسة منظمة الطاقة الذرية"),
      ],
     {"source": FARS, "published": "2013-08-03"}),

    ("enRM5_geneva_zarif_kerry_ap", "en",
     "Kerry, Zarif hold talks as Geneva nuclear deal within reach\n"
     "GENEVA (AP) - Secretary of State John Kerry arrived in Geneva on Saturday and held talks with Iran's "
     "foreign minister, Mohammad Javad Zarif, as negotiators from Iran and six world powers pushed toward a "
     "first-step deal on Tehran's nuclear program.\n"
     "The two men met for about an hour at the InterContinental hotel, with Under Secretary of State Wendy "
     "Sherman and Iran's deputy foreign minister Abbas Araqchi present, a senior State Department official "
     "said, speaking on condition of anonymity because the official was not authorized to discuss the talks "
     "publicly.\n"
     "Earlier in the day Zarif met European Union foreign policy chief Catherine Ashton, who leads the "
     "negotiations on behalf of the six powers, for two hours.\n"
     "Russian Foreign Minister Sergey Lavrov was expected to join his counterparts later Saturday, and the "
     "French and British ministers were also on their way.\n"
     "The agreement under discussion would freeze parts of Iran's program for six months in exchange for "
     "limited relief from sanctions.",
     [("MET_WITH", KERRY, ZARIF, "held talks with Iran's", "2013-11-23"),
      ("MET_WITH", SHERMAN, KERRY, "Under Secretary of State Wendy", "2013-11-23"),
      ("MET_WITH", SHERMAN, ZARIF, "Sherman and Iran's deputy", "2013-11-23"),
      ("MET_WITH", ARAGHCHI, KERRY, "foreign minister Abbas Araqchi present", "2013-11-23"),
      ("MET_WITH", ARAGHCHI, ZARIF, "The two men met for about an hour", "2013-11-23"),
      ("MET_WITH", ARAGHCHI, SHERMAN, "Araqchi present, a senior", "2013-11-23"),
      ("MET_WITH", ZARIF, ASHTON, "Earlier in the day Zarif met", "2013-11-23"),
      ("MEMBER_OF", ASHTON, EU, "European Union foreign policy chief Catherine"),
      ],
     {"source": AP, "published": "2013-11-23"}),

    ("arRM6_grossi_tehran_mayadeen", "ar",
     "غروسي في طهران: اتفاق مع إيران على دخول المفتشين إلى موقعين\n"
     "الميادين نت\n"
     "التقى المدير العام للوكالة الدولية للطاقة الذرية رافاييل غروسي، اليوم الأربعاء، الرئيس الإيراني حسن "
     "روحاني في طهران، في ختام زيارة استمرت يومين هي الأولى له منذ توليه منصبه في كانون الأول الماضي خلفاً "
     "للراحل يوكيا امانو.\n"
     "وأكد روحاني خلال اللقاء أن إيران \"ستواصل تعاونها مع الوكالة ما دامت تحافظ على حيادها\".\n"
     "وكان غروسي قد اجتمع أمس برئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي، ثم بوزير الخارجية محمد "
     "جواد ظريف، وصدر في ختام المحادثات بيان مشترك أعلن فيه الجانبان اتفاقهما على منح مفتشي الوكالة حق "
     "الدخول إلى موقعين طلبت زيارتهما.\n"
     "من جهته، قال المتحدث باسم منظمة الطاقة الذرية بهروز كمالوندي إن الزيارة \"فتحت صفحة جديدة\".\n"
     "وأفادت مصادر الميادين بأن غروسي سيعود إلى طهران في وقت لاحق من العام لمتابعة تنفيذ الاتفاق.",
     [("MET_WITH", GROSSI, ROUHANI, "الرئيس الإيراني حسن", "2020-08-26"),
      ("SUCCESSOR_OF", GROSSI, AMANO, "للراحل يوكيا امانو", "2019-12-03"),
      ("MET_WITH", GROSSI, SALEHI, "اجتمع أمس برئيس منظمة", "2020-08-25"),
      ("MET_WITH", GROSSI, ZARIF, "ثم بوزير الخارجية محمد", "2020-08-25"),
      ("LEADS", GROSSI, IAEA, "المدير العام للوكالة الدولية للطاقة الذرية رافاييل"),
      ("LEADS", SALEHI, AEOI, "برئيس منظمة الطاقة الذرية الإيرانية علي"),
      ("LEADS", ROUHANI, IRAN, "الرئيس الإيراني حسن"),
      ("MEMBER_OF", KAMALVANDI, AEOI, "قال المتحدث باسم منظمة"),
      ],
     {"source": MAYADEEN, "published": "2020-08-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRM")
