"""Blind set SK: Syria 1994-2005 (first folder of SK-SL): the death of Bassel al-Assad (January 1994) and the
condolence visit of the Lebanese president and prime minister, Hafez al-Assad's Geneva summit with Bill
Clinton (March 2000), Hafez's death, Abdul Halim Khaddam's acting presidency and Bashar's nomination (June
2000), Ghazi Kanaan's replacement in Lebanon by Rustom Ghazaleh (October 2002), Kanaan's death in his office
(October 2005) and Khaddam's defection and his front with the Muslim Brotherhood (2005-2006), as a Syrian state
agency writes it in Arabic (SANA-like: "جنيف-سانا", "السيد الرئيس"), a British wire in English (Reuters-like,
1994: "DAMASCUS, Jan 21 (Reuter) -"), a pan-Arab London daily in Arabic (Al-Hayat-like: "دمشق - «الحياة»",
"وعلمت «الحياة»", months doubled "أيار (مايو)"), a US wire in English (AP-like: "BEIRUT, Lebanon (AP) —",
"on condition of anonymity"), a Beirut daily in Arabic (An-Nahar-like: "دمشق – «النهار»", "«انتحر»") and a
British public broadcaster's site in English (BBC-like: "Mr Khaddam", no dateline).
Pieces: Hafez meets Clinton with Sharaa and Albright present, had received crown prince Abdullah (Arabic,
SK1); Bassel killed in a crash, Hafez receives Hrawi and Hariri together (English, SK2); Khaddam takes over
as acting president, Bashar nominated to succeed his father, Hafez had met Lahoud and Khatami (Arabic, SK3);
Ghazaleh replaces Kanaan, Kanaan's farewell calls on Lahoud, Hariri and Berri, Ghazaleh meets Lahoud with
Kanaan (English, SK4); Kanaan's death, Ghazaleh had succeeded him, Abdel Majid named to replace him, Bashar
had received Kanaan with Shawkat present (Arabic, SK5); Khaddam's account of Bashar's meeting with Hariri,
Sharaa named vice-president in Khaddam's place and Muallem taking over from Sharaa, Khaddam meets Bayanouni
(English, SK6).
Excluded on purpose (no relation): Clinton's phone call to Barak (SK1); King Hussein's phone call, Bassel
"groomed to succeed", "who could replace him" (Rifaat, Bashar) (SK2); Albright's announced meeting with
Bashar, Chirac expected at the funeral (SK3); Nasrallah, "not among them" (SK4); Kanaan's phone interview,
his questioning by Mehlis's investigators (not a meeting with Mehlis), the opposition's accusation that "the
regime" liquidated him (a third party's accusation), Hariri's assassination with no agent, Lahoud's cable
(SK5); Hariri "killed" with no agent, Khaddam's expected questioning by the UN team (SK6).
Judgement calls: attendees «بحضور» paired with both principals and with each other, as they sat together
(SK1 Sharaa, Albright); "received A and B, who drove to Damascus" is a meeting of the three (SK2); an
acting president who «تولى صلاحيات رئيس الجمهورية بالوكالة» after the death is a successor (SK3, and SK6
"served as acting president after the death of"); «رشّحت ... لخلافة والده» is a succession (as NK5's "chosen
to succeed"); "paid farewell calls on A, B and C, separately" are in-person visits, no pairs among A, B, C
(SK4); "accompanied by Kanaan" pairs Kanaan with the host and with the guest he accompanied (SK4, the
brief's attendee rule); "took over the foreign ministry" after Sharaa's move is a succession (SK6); a meeting
recounted by Khaddam in an interview counts (SK6); a prime minister LEADS the country (as NK); a minister
LEADS a ministry only where it has an id (the Syrian foreign ministry has one); the army's supreme commander
LEADS the army (SK3).
Filled in for the exercise: the radio's wording, the Hrawi-Hariri visit on the Saturday and King Hussein's
call (SK2); the length of the Geneva meeting and the hotel, Clinton's call to Barak, Abdullah's visit to
Damascus the week before (SK1); the Latakia meeting with Lahoud, Tlass's message, Albright's announced
meeting (SK3); the farewell calls and the Baabda meeting, the anonymous officials (SK4); Bashar's reception of
Kanaan with Shawkat two days before, the date of Abdel Majid's decree (SK5); the place of the Khaddam-Bayanouni
meeting (SK6).
Spellings: «الأمريكي»، «سورية» (SK1); "Basil al-Assad", "Rafik al-Hariri" (SK2); «الأسد الأب»، «الدكتور بشار»
(SK3); "Rustum Ghazaleh", "Sheik Hassan Nasrallah" (SK4); «رستم غزالة»، «ديتليف ميليس» (SK5); "Abdul Halim
Khaddam", "Walid al-Muallem" (SK6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_sl import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, LEBANON, US, ISRAEL, IRAN, FRANCE = ("country:syria", "country:lebanon", "country:united-states",
                                             "country:israel", "country:iran", "country:france")
SYRFM, ARMY, BAATH, PASSEMBLY, SMB, HEZ, LPARL = (
    "organization:syrian-foreign-ministry", "organization:syrian-army", "organization:baath-party",
    "organization:syrian-peoples-assembly", "organization:syrian-muslim-brotherhood", "organization:hezbollah",
    "organization:lebanese-parliament")
HAFEZ, BASHAR, KHADDAM, SHARAA, MUALLEM, KANAAN, GHAZALEH, ABDELMAJID, SHAWKAT, ABRASH, BAYANOUNI = (
    "person:hafez-al-assad", "person:bashar-al-assad", "person:abdul-halim-khaddam", "person:farouk-al-sharaa",
    "person:walid-muallem", "person:ghazi-kanaan", "person:rustom-ghazaleh", "person:bassam-abdel-majid",
    "person:assef-shawkat", "person:mahmoud-al-abrash", "person:ali-sadreddine-al-bayanouni")
HRAWI, HARIRI, LAHOUD, BERRI, NASRALLAH = ("person:elias-hrawi", "person:rafik-hariri", "person:emile-lahoud",
                                           "person:nabih-berri", "person:hassan-nasrallah")
CLINTON, ALBRIGHT, BARAK, ABDULLAH, KHATAMI, CHIRAC = (
    "person:bill-clinton", "person:madeleine-albright", "person:ehud-barak", "person:abdullah-bin-abdulaziz",
    "person:mohammad-khatami", "person:jacques-chirac")

SANA = "blind set (Syrian state news agency, Arabic, SANA-like)"
REUTER = "blind set (British news wire, English, Reuters-like)"
HAYAT = "blind set (pan-Arab London daily, Arabic, Al-Hayat-like)"
AP = "blind set (US news wire, English, AP-like)"
NAHAR = "blind set (Beirut daily, Arabic, An-Nahar-like)"
BBC = "blind set (British public broadcaster's news site, English, BBC-like)"

ARTICLES = [
    ("arSK1_assad_clinton_geneva_sana", "ar",
     "الرئيس الأسد يلتقي الرئيس كلينتون في جنيف\n"
     "جنيف-سانا\n"
     "التقى السيد الرئيس حافظ الأسد بعد ظهر اليوم في فندق إنتركونتيننتال بجنيف الرئيس الأمريكي بيل كلينتون، "
     "وذلك بحضور السيد فاروق الشرع وزير الخارجية والسيدة مادلين أولبرايت وزيرة الخارجية الأمريكية.\n"
     "وجرى خلال اللقاء الذي استمر أكثر من ثلاث ساعات بحث عملية السلام في المنطقة والجهود المبذولة لاستئناف "
     "المفاوضات على المسار السوري على أساس قرارات مجلس الأمن ومبدأ الأرض مقابل السلام.\n"
     "وأكد السيد الرئيس أن سورية متمسكة باستعادة كامل أرضها المحتلة حتى خط الرابع من حزيران عام 1967، وأنه "
     "لا تنازل عن أي شبر منها.\n"
     "من جهته، أعرب الرئيس كلينتون عن تقديره لدور سورية وللسيد الرئيس في صنع السلام العادل والشامل.\n"
     "وكان الرئيس الأمريكي قد أجرى مساء أمس اتصالاً هاتفياً برئيس الوزراء الإسرائيلي إيهود باراك قبل أن "
     "يتوجه إلى جنيف.\n"
     "وكان السيد الرئيس قد استقبل في دمشق الأسبوع الماضي صاحب السمو الملكي الأمير عبد الله بن عبد العزيز ولي "
     "العهد السعودي، وبحث معه التنسيق العربي وآخر التطورات على الساحة العربية.\n"
     "وعاد السيد الرئيس إلى أرض الوطن مساء اليوم.",
     [("MET_WITH", HAFEZ, CLINTON, "الرئيس الأمريكي بيل كلينتون، وذلك", "2000-03-26"),
      ("MET_WITH", SHARAA, HAFEZ, "بحضور السيد فاروق الشرع", "2000-03-26"),
      ("MET_WITH", SHARAA, CLINTON, "فاروق الشرع وزير الخارجية والسيدة", "2000-03-26"),
      ("MET_WITH", ALBRIGHT, HAFEZ, "والسيدة مادلين أولبرايت", "2000-03-26"),
      ("MET_WITH", ALBRIGHT, CLINTON, "مادلين أولبرايت وزيرة الخارجية الأمريكية", "2000-03-26"),
      ("MET_WITH", ALBRIGHT, SHARAA, "وزير الخارجية والسيدة مادلين", "2000-03-26"),
      ("MET_WITH", HAFEZ, ABDULLAH, "وبحث معه التنسيق العربي"),
      ("LEADS", HAFEZ, SYRIA, "التقى السيد الرئيس حافظ الأسد"),
      ("LEADS", CLINTON, US, "الرئيس الأمريكي بيل كلينتون"),
      ("LEADS", SHARAA, SYRFM, "السيد فاروق الشرع وزير الخارجية"),
      ("LEADS", BARAK, ISRAEL, "برئيس الوزراء الإسرائيلي إيهود باراك"),
      ],
     {"source": SANA, "published": "2000-03-26"}),

    ("enSK2_basil_assad_killed_crash_reuter", "en",
     "Assad's son and heir apparent Basil killed in car crash\n"
     "DAMASCUS, Jan 21 (Reuter) - Basil al-Assad, the eldest son of Syrian President Hafez al-Assad and widely "
     "seen as being groomed to succeed him, was killed on Friday when his car crashed in fog on the road to "
     "Damascus international airport, official Damascus radio said.\n"
     "The 31-year-old major, a commander in the presidential guard and a champion horseman, was driving at high "
     "speed to catch a flight to Germany, diplomats said. A cousin travelling with him was injured.\n"
     "Syria declared three days of mourning. His younger brother Bashar, an ophthalmologist training in London, "
     "was flying home, officials said.\n"
     "President Assad, 63, on Saturday received Lebanese President Elias Hrawi and Prime Minister Rafik "
     "al-Hariri, who drove to Damascus to offer their condolences, the official news agency SANA said. Jordan's "
     "King Hussein telephoned the president, the agency added.\n"
     "Western diplomats said Basil's death left open the question of who could replace him as the most likely "
     "successor, with the president's brother Rifaat and Bashar among names mentioned.\n"
     "There was no suggestion of foul play, a government spokesman said.",
     met_group({HAFEZ: "President Assad, 63, on Saturday received", HRAWI: "Lebanese President Elias Hrawi and",
                HARIRI: "Prime Minister Rafik"}, "1994-01-22") + [
      ("LEADS", HAFEZ, SYRIA, "Syrian President Hafez al-Assad"),
      ("LEADS", HRAWI, LEBANON, "Lebanese President Elias Hrawi"),
      ("LEADS", HARIRI, LEBANON, "and Prime Minister Rafik"),
      ],
     {"source": REUTER, "published": "1994-01-21"}),

    ("arSK3_hafez_death_khaddam_acting_hayat", "ar",
     "دمشق تودّع حافظ الأسد... ومجلس الشعب يمهّد الطريق لبشار\n"
     "دمشق - «الحياة»\n"
     "توفي الرئيس السوري حافظ الأسد صباح أمس السبت عن 69 عاماً إثر نوبة قلبية، بعد ثلاثين عاماً في الحكم. "
     "وأعلن نائب رئيس الجمهورية عبد الحليم خدام أنه تولى صلاحيات رئيس الجمهورية بالوكالة وفقاً للدستور، ووقّع "
     "مرسومين بترفيع العقيد الدكتور بشار الأسد إلى رتبة فريق وتعيينه قائداً عاماً للجيش والقوات المسلحة.\n"
     "وعقد مجلس الشعب جلسة استثنائية عدّل فيها المادة 83 من الدستور لخفض السن الأدنى للمرشح إلى 34 عاماً، وهي "
     "سن نجل الرئيس الراحل. ورشّحت القيادة القطرية لحزب البعث الدكتور بشار لخلافة والده في منصب الرئاسة.\n"
     "وعلمت «الحياة» أن وزير الدفاع العماد مصطفى طلاس أبلغ قادة الوحدات أن الجيش «على العهد».\n"
     "وكان الأسد الأب قد التقى الرئيس اللبناني إميل لحود في اللاذقية قبل أسبوعين، كما استقبل في أيار (مايو) "
     "1999 الرئيس الإيراني محمد خاتمي في أول زيارة لرئيس إيراني إلى دمشق منذ الثورة.\n"
     "ويُتوقع أن يشارك في التشييع الثلثاء الرئيس الفرنسي جاك شيراك ووزيرة الخارجية الأميركية مادلين أولبرايت، "
     "التي أُعلن أنها ستلتقي الدكتور بشار.",
     [("SUCCESSOR_OF", KHADDAM, HAFEZ, "أنه تولى صلاحيات رئيس الجمهورية بالوكالة", "2000-06-10"),
      ("SUCCESSOR_OF", BASHAR, HAFEZ, "لخلافة والده في منصب الرئاسة"),
      ("LEADS", HAFEZ, SYRIA, "توفي الرئيس السوري حافظ الأسد"),
      ("LEADS", BASHAR, ARMY, "قائداً عاماً للجيش والقوات المسلحة"),
      ("MET_WITH", HAFEZ, LAHOUD, "التقى الرئيس اللبناني إميل لحود"),
      ("MET_WITH", HAFEZ, KHATAMI, "الرئيس الإيراني محمد خاتمي في أول زيارة", "1999-05"),
      ("LEADS", LAHOUD, LEBANON, "الرئيس اللبناني إميل لحود"),
      ("LEADS", KHATAMI, IRAN, "الرئيس الإيراني محمد خاتمي"),
      ("LEADS", CHIRAC, FRANCE, "الرئيس الفرنسي جاك شيراك"),
      ],
     {"source": HAYAT, "published": "2000-06-11"}),

    ("enSK4_ghazaleh_replaces_kanaan_ap", "en",
     "Syria replaces its longtime intelligence chief in Lebanon\n"
     "BEIRUT, Lebanon (AP) — Syria has replaced Maj. Gen. Ghazi Kanaan, the powerful military intelligence chief "
     "who ran Lebanon's affairs for nearly two decades, with his deputy, Brig. Gen. Rustum Ghazaleh, Lebanese "
     "security officials said Tuesday.\n"
     "Kanaan, 60, was named head of the Political Security Directorate in Damascus, a post considered a "
     "promotion, the officials said on condition of anonymity because they were not authorized to speak to "
     "reporters.\n"
     "On Monday, Kanaan paid farewell calls on Lebanese President Emile Lahoud, Prime Minister Rafik Hariri and "
     "Parliament Speaker Nabih Berri, separately, the officials said. Hezbollah leader Sheik Hassan Nasrallah, "
     "whose guerrillas Kanaan helped arm, was not among them.\n"
     "Ghazaleh met Lahoud at the presidential palace in Baabda on Tuesday, accompanied by Kanaan.\n"
     "Syria has kept troops in Lebanon since 1976. Its role is resented by many Christians, including the "
     "Maronite patriarch, Cardinal Nasrallah Sfeir, who has called for a Syrian withdrawal.",
     [("SUCCESSOR_OF", GHAZALEH, KANAAN, "with his deputy, Brig. Gen. Rustum Ghazaleh", "2002-10"),
      ("MET_WITH", KANAAN, LAHOUD, "paid farewell calls on Lebanese President", "2002-10"),
      ("MET_WITH", KANAAN, HARIRI, "Prime Minister Rafik Hariri and", "2002-10"),
      ("MET_WITH", KANAAN, BERRI, "Parliament Speaker Nabih Berri, separately", "2002-10"),
      ("MET_WITH", GHAZALEH, LAHOUD, "Ghazaleh met Lahoud at the presidential palace", "2002-10"),
      ("MET_WITH", KANAAN, GHAZALEH, "accompanied by Kanaan", "2002-10"),
      ("LEADS", LAHOUD, LEBANON, "Lebanese President Emile Lahoud"),
      ("LEADS", HARIRI, LEBANON, "Prime Minister Rafik Hariri"),
      ("LEADS", BERRI, LPARL, "Parliament Speaker Nabih Berri"),
      ("LEADS", NASRALLAH, HEZ, "Hezbollah leader Sheik Hassan Nasrallah"),
      ],
     {"source": AP, "published": "2002-10-15"}),

    ("arSK5_kanaan_death_nahar", "ar",
     "غازي كنعان «انتحر» في مكتبه... وعبد المجيد وزيراً للداخلية\n"
     "دمشق – «النهار»\n"
     "أعلنت الوكالة العربية السورية للأنباء «سانا» أن وزير الداخلية اللواء غازي كنعان «انتحر» ظهر أمس في "
     "مكتبه في الوزارة، بعد ساعات من حديث أدلى به هاتفياً إلى إذاعة «صوت لبنان» قال فيه: «أعتقد أن هذا آخر "
     "تصريح يمكن أن أعطيه».\n"
     "وكان كنعان، الذي تولى رئاسة جهاز الأمن والاستطلاع للقوات السورية العاملة في لبنان نحو عشرين عاماً قبل أن "
     "يخلفه العميد رستم غزالة، قد مثل الشهر الماضي أمام محققي لجنة التحقيق الدولية في اغتيال الرئيس رفيق "
     "الحريري، التي يرأسها القاضي الألماني ديتليف ميليس.\n"
     "وعلمت «النهار» أن الرئيس بشار الأسد استقبل كنعان قبل يومين في حضور صهره رئيس شعبة المخابرات العسكرية "
     "اللواء آصف شوكت.\n"
     "ولم تُعرف ظروف الوفاة، فيما شكك معارضون سوريون في رواية الانتحار، وذهب بعضهم إلى اتهام «النظام» "
     "بتصفيته.\n"
     "وصدر مساء أمس مرسوم بتعيين اللواء بسام عبد المجيد وزيراً للداخلية خلفاً لكنعان.\n"
     "من جهته، أبرق الرئيس إميل لحود إلى الرئيس الأسد معزياً.",
     [("SUCCESSOR_OF", GHAZALEH, KANAAN, "قبل أن يخلفه العميد رستم غزالة"),
      ("SUCCESSOR_OF", ABDELMAJID, KANAAN, "وزيراً للداخلية خلفاً لكنعان", "2005-10-12"),
      ("MET_WITH", BASHAR, KANAAN, "الرئيس بشار الأسد استقبل كنعان", "2005-10-10"),
      ("MET_WITH", SHAWKAT, BASHAR, "في حضور صهره رئيس شعبة", "2005-10-10"),
      ("MET_WITH", SHAWKAT, KANAAN, "المخابرات العسكرية اللواء آصف شوكت", "2005-10-10"),
      ],
     {"source": NAHAR, "published": "2005-10-13"}),

    ("enSK6_khaddam_front_brotherhood_bbc", "en",
     "Syria's ex-vice-president Khaddam joins forces with Brotherhood\n"
     "Syria's former Vice-President, Abdul Halim Khaddam, has formed an opposition front with the banned Muslim "
     "Brotherhood, three months after he turned on President Bashar al-Assad.\n"
     "Mr Khaddam met the exiled leader of the Brotherhood, Ali Sadreddine al-Bayanouni, in Brussels, where the "
     "two men announced a National Salvation Front to bring down the government in Damascus.\n"
     "In an interview with the Dubai-based channel Al Arabiya in December, Mr Khaddam said the Syrian leader had "
     "threatened former Lebanese Prime Minister Rafik Hariri in a meeting in Damascus in August 2004, months "
     "before Hariri was killed in a Beirut bomb blast.\n"
     "Mr Khaddam, 73, who served as acting president after the death of Hafez al-Assad in 2000, resigned in June "
     "and moved to Paris.\n"
     "Syria's parliament voted to strip him of his Baath party membership and called for him to be tried for "
     "high treason. Its speaker, Mahmoud al-Abrash, called him a traitor.\n"
     "In February, Foreign Minister Farouk al-Sharaa was named vice-president in his place, and Walid al-Muallem "
     "took over the foreign ministry.",
     [("MET_WITH", KHADDAM, BAYANOUNI, "Mr Khaddam met the exiled leader", "2006-03"),
      ("LEADS", BAYANOUNI, SMB, "the exiled leader of the Brotherhood"),
      ("MET_WITH", BASHAR, HARIRI, "in a meeting in Damascus in August 2004", "2004-08"),
      ("LEADS", BASHAR, SYRIA, "he turned on President Bashar al-Assad"),
      ("SUCCESSOR_OF", KHADDAM, HAFEZ, "who served as acting president after the death", "2000-06-10"),
      ("MEMBER_OF", KHADDAM, BAATH, "strip him of his Baath party membership"),
      ("LEADS", ABRASH, PASSEMBLY, "Its speaker, Mahmoud al-Abrash"),
      ("SUCCESSOR_OF", SHARAA, KHADDAM, "was named vice-president in his place", "2006-02"),
      ("SUCCESSOR_OF", MUALLEM, SHARAA, "took over the foreign ministry", "2006-02"),
      ("LEADS", MUALLEM, SYRFM, "Walid al-Muallem"),
      ],
     {"source": BBC, "published": "2006-03-17"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSK")
