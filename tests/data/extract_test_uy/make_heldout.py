"""Blind set UY: Kuwait's invasion and the Gulf War's diplomacy, 1990-1991 (second folder of UX-UY): Bush's
talks with King Fahd in Jeddah, then with Mubarak in Cairo and Assad in Geneva (November 1990), Yevgeny
Primakov's wartime mission to Baghdad (February 1991), the Kuwaitis killed under occupation (Sheikh Fahd
al-Ahmad, Asrar al-Qabandi), Saddam's changes of ministers (Saadoun Hammadi named prime minister, March 1991),
King Hussein's mediation (August 1990) and the Arab League's new secretary-general (May 1991), as a US daily
writes it in English (Washington Post-like: "Washington Post Staff Writer"), Iraq's state agency in Arabic
(INA-like: "بغداد - واع -"), Kuwait's state agency in English (KUNA-like: "KUWAIT, March 3 (KUNA) --"), a
Baghdad party daily in Arabic (Al-Thawra-like: "«الثورة»"), an Amman daily in English (Jordan Times-like:
"His Majesty King Hussein") and Egypt's state agency in Arabic (MENA-like: "القاهرة - أ ش أ -").
Pieces: Bush meets King Fahd and the Emir Jaber in Jeddah, then Mubarak, then Assad (English, UY1); Saddam
receives Primakov with Aziz and Hammadi present (Arabic, UY2); Fahd al-Ahmad and al-Qabandi killed by Iraqi
troops, Saad receives Prince Sultan (English, UY3); Hammadi succeeds Saddam as prime minister, al-Majid
succeeds al-Shaikhli, Khudayir succeeds Aziz (Arabic, UY4); King Hussein meets Saddam, then Bush, and receives
Arafat (English, UY5); Abdel Meguid succeeds Klibi, Moussa succeeds Abdel Meguid, Mubarak receives Baker with
Moussa present (Arabic, UY6).
Excluded on purpose (no relation): Bush who would not meet Saddam, Baker's offer to go to Baghdad (UY1);
Gorbachev's message, Primakov's planned return (UY2); the Kuwaiti official "found dead" (no agent), the
accusation against collaborators (UY3); Taha Yassin Ramadan who keeps his post, rumours of al-Majid's
replacement denied (UY4); King Fahd who declined to receive King Hussein, the phone call with Mubarak (UY5);
Klibi's resignation (no successor at the time), the planned meeting with Shamir (UY6).
Judgement calls: "flew to Jeddah for talks with King Fahd ... joined by the exiled Emir" is a meeting of the
three (UY1); "بحضور" two attendees: paired with both principals and with each other (UY2, UY6); "killed by
Iraqi troops" / "executed by the Iraqi occupation forces" give ASSASSINATED_BY -> the Iraqi forces, the
agent the text names (UY3); "وهو المنصب الذي كان يشغله" the president is a succession (UY4); "خلفاً لـ" in the
interior and the foreign ministries are successions (UY4); "أميناً عاماً ... خلفاً للشاذلي القليبي" and
"وزيراً للخارجية خلفاً له" are successions (UY6); a king LEADS his country, a president LEADS his country,
the chairman LEADS the PLO, the secretary-general LEADS the Arab League.
Filled in for the exercise: the order and hours of the meetings (UY1); the attendees of the audience, the
wording of the statement (UY2); the date of the Crown Prince's audience, the unnamed official (UY3); the
dates of the decrees and their wording (UY4); the date of Arafat's visit to Amman, the Saudi refusal's
wording (UY5); the meeting with Baker and its attendee, the planned meeting (UY6).
Spellings: "George Bush", "Sheik Jabir al-Ahmed al-Sabah", "Hosni Mubarak", "Hafez Assad" (UY1); «يفغيني
بريماكوف»، «السيد الرئيس القائد صدام حسين»، «الرفيق سعدون حمادي» (UY2); "Sheikh Fahd Al-Ahmad Al-Jaber
Al-Sabah", "Asrar Al-Qabandi", "Prince Sultan Bin Abdulaziz" (UY3); «الدكتور سعدون حمادي»، «علي حسن
المجيد»، «سمير عبد الوهاب الشيخلي» (UY4); "His Majesty King Hussein", "PLO Chairman Yasser Arafat" (UY5);
«الدكتور أحمد عصمت عبد المجيد»، «الشاذلي القليبي»، «عمرو موسى» (UY6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_uy import ALL  # noqa: E402

HERE = Path(__file__).parent

KUWAIT, IRAQ, SAUDI, US, EGYPT, SYRIA, JORDAN, USSR = (
    "country:kuwait", "country:iraq", "country:saudi-arabia", "country:united-states", "country:egypt",
    "country:syria", "country:jordan", "country:soviet-union")
ISF, PLO, LEAGUE = "organization:iraqi-security-forces", "organization:plo", "organization:arab-league"
JABER, SAAD, FAHD_AHMAD, QABANDI = (
    "person:jaber-al-ahmad-al-sabah", "person:saad-al-abdullah-al-sabah", "person:fahd-al-ahmad-al-sabah",
    "person:asrar-al-qabandi")
SADDAM, AZIZ, HAMMADI, MAJID, SHAIKHLI, KHUDAYIR = (
    "person:saddam-hussein", "person:tariq-aziz", "person:saadoun-hammadi", "person:ali-hassan-al-majid",
    "person:samir-al-shaikhli", "person:ahmad-hussein-khudayir")
FAHD, SULTAN = "person:fahd-bin-abdulaziz", "person:sultan-bin-abdulaziz"
BUSH, BAKER, PRIMAKOV, GORBACHEV = (
    "person:george-h-w-bush", "person:james-baker", "person:yevgeny-primakov", "person:mikhail-gorbachev")
MUBARAK, MEGUID, MOUSSA, KLIBI, HUSSEIN, ARAFAT, ASSAD = (
    "person:hosni-mubarak", "person:esmat-abdel-meguid", "person:amr-moussa", "person:chedli-klibi",
    "person:hussein-bin-talal", "person:yasser-arafat", "person:hafez-al-assad")

WAPO = "blind set (US daily, English, Washington Post-like)"
INA = "blind set (Iraqi state news agency, Arabic, INA-like)"
KUNA = "blind set (Kuwait's state news agency, English service, KUNA-like)"
THAWRA = "blind set (Baghdad party daily, Arabic, Al-Thawra-like)"
JT = "blind set (Amman daily, English, Jordan Times-like)"
MENA = "blind set (Egyptian state news agency, Arabic, MENA-like)"

ARTICLES = [
    ("enUY1_bush_jeddah_cairo_geneva_wapo", "en",
     "Bush Confers With Fahd, Mubarak and Assad on Gulf Crisis\n"
     "By a Washington Post Staff Writer\n"
     "GENEVA, Nov. 23 - President Bush ended a three-nation swing through the Middle East today with a "
     "three-hour meeting here with Syrian President Hafez Assad, the first between the two men, after a "
     "morning of talks in Cairo with Egyptian President Hosni Mubarak.\n"
     "On Wednesday, Bush flew to Jeddah for talks with King Fahd, and was joined at the royal palace by the "
     "exiled ruler of Kuwait, Sheik Jabir al-Ahmed al-Sabah, administration officials said. The president "
     "spent Thanksgiving Day with American troops in the Saudi desert.\n"
     "Officials said Bush told all three leaders that he had not decided on war but that the United States "
     "was seeking a United Nations resolution authorizing force.\n"
     "The White House ruled out any meeting between Bush and Saddam Hussein. Secretary of State James A. Baker "
     "III, who accompanied the president, said he might be willing to go to Baghdad if it helped, but no trip "
     "was planned.",
     [("MET_WITH", BUSH, ASSAD, "a three-hour meeting here with Syrian President", "1990-11-23"),
      ("LEADS", ASSAD, SYRIA, "Syrian President Hafez Assad"),
      ("MET_WITH", BUSH, MUBARAK, "a morning of talks in Cairo", "1990-11-23"),
      ("LEADS", MUBARAK, EGYPT, "Egyptian President Hosni Mubarak"),
      ]
     + met_group({BUSH: "Bush flew to Jeddah", FAHD: "for talks with King Fahd",
                  JABER: "Sheik Jabir al-Ahmed al-Sabah"}, "1990-11-21")
     + [("LEADS", JABER, KUWAIT, "the exiled ruler of Kuwait"),
        ("LEADS", BUSH, US, "President Bush ended"),
        ],
     {"source": WAPO, "published": "1990-11-24"}),

    ("arUY2_saddam_receives_primakov_ina", "ar",
     "السيد الرئيس القائد صدام حسين يستقبل مبعوث الرئيس السوفيتي\n"
     "بغداد - واع - استقبل السيد الرئيس القائد صدام حسين رئيس الجمهورية حفظه الله اليوم السيد يفغيني "
     "بريماكوف المبعوث الشخصي للرئيس السوفيتي ميخائيل غورباتشوف، بحضور الرفيق طارق عزيز نائب رئيس الوزراء وزير "
     "الخارجية والرفيق سعدون حمادي نائب رئيس الوزراء.\n"
     "وقد نقل المبعوث السوفيتي إلى سيادته رسالة من الرئيس غورباتشوف تتعلق بالعدوان الأمريكي الأطلسي الغاشم "
     "على العراق وسبل وقفه.\n"
     "وأوضح السيد الرئيس خلال اللقاء أن العراق يتعامل بإيجابية مع أي مسعى جاد، وأن المسؤولية عن الدمار الذي "
     "لحق بالعراقيين تقع على عاتق الإدارة الأمريكية.\n"
     "وكان بريماكوف قد وصل إلى بغداد براً قادماً من طهران، ومن المنتظر أن يعود إلى موسكو لينقل نتائج مهمته، "
     "فيما أشارت مصادر إلى أنه قد يعود إلى بغداد في وقت لاحق.",
     met_group({SADDAM: "السيد الرئيس القائد صدام حسين رئيس", PRIMAKOV: "السيد يفغيني",
                AZIZ: "الرفيق طارق عزيز", HAMMADI: "والرفيق سعدون حمادي"}, "1991-02-12")
     + [("LEADS", SADDAM, IRAQ, "صدام حسين رئيس الجمهورية"),
        ("LEADS", GORBACHEV, USSR, "للرئيس السوفيتي ميخائيل"),
        ],
     {"source": INA, "published": "1991-02-12"}),

    ("enUY3_kuwait_martyrs_kuna", "en",
     "Kuwait honours its martyrs of the occupation\n"
     "KUWAIT, March 3 (KUNA) -- Kuwait today paid tribute to its martyrs who fell during seven months of Iraqi "
     "occupation, foremost among them Sheikh Fahd Al-Ahmad Al-Jaber Al-Sabah, brother of His Highness the Amir, "
     "who was killed by Iraqi troops on August 2 while defending Dasman Palace.\n"
     "Resistance heroine Asrar Al-Qabandi, who smuggled funds and documents for the resistance, was executed by "
     "the Iraqi occupation forces in January after months of detention, her family said.\n"
     "The body of an official of the Ministry of Planning was found on Friday near Jahra. The circumstances of "
     "his death are not yet known, a police source said.\n"
     "His Highness the Crown Prince and Prime Minister Sheikh Saad Al-Abdullah Al-Salem Al-Sabah received in "
     "Kuwait City today Saudi Defence and Aviation Minister Prince Sultan Bin Abdulaziz, who came to "
     "congratulate him on the liberation.\n"
     "Kuwaiti officials accused collaborators of having guided the occupation forces to the homes of "
     "resistance members.",
     [("ASSASSINATED_BY", FAHD_AHMAD, ISF, "who was killed by Iraqi troops on August 2", "1990-08-02"),
      ("ASSASSINATED_BY", QABANDI, ISF, "was executed by"),
      ("MET_WITH", SAAD, SULTAN, "received in", "1991-03-03"),
      ("LEADS", SAAD, KUWAIT, "the Crown Prince and Prime Minister Sheikh Saad"),
      ],
     {"source": KUNA, "published": "1991-03-03"}),

    ("arUY4_hammadi_prime_minister_thawra", "ar",
     "مرسوم جمهوري بتعيين الدكتور سعدون حمادي رئيساً لمجلس الوزراء\n"
     "بغداد - «الثورة»\n"
     "أصدر السيد الرئيس صدام حسين رئيس الجمهورية أمس مرسوماً جمهورياً قضى بتعيين الدكتور سعدون حمادي عضو "
     "القيادة القطرية لحزب البعث العربي الاشتراكي رئيساً لمجلس الوزراء، وهو المنصب الذي كان يشغله سيادته منذ "
     "عام 1979.\n"
     "ونص المرسوم على تعيين الرفيق أحمد حسين خضير وزيراً للخارجية خلفاً للرفيق طارق عزيز، الذي يحتفظ بمنصب "
     "نائب رئيس الوزراء، فيما احتفظ الرفيق طه ياسين رمضان بمنصبه نائباً أول لرئيس الوزراء.\n"
     "وكان مرسوم سابق صدر في السادس من الشهر الجاري قد عيّن الرفيق علي حسن المجيد وزيراً للداخلية خلفاً "
     "للرفيق سمير عبد الوهاب الشيخلي.\n"
     "وتضم الوزارة الجديدة عدداً من الوجوه الجديدة في الحقائب الاقتصادية والخدمية.\n"
     "ونفى مصدر مسؤول ما تروجه إذاعات معادية عن إعفاء وزير الداخلية الجديد من منصبه.",
     [("LEADS", SADDAM, IRAQ, "السيد الرئيس صدام حسين رئيس الجمهورية"),
      ("SUCCESSOR_OF", HAMMADI, SADDAM, "وهو المنصب الذي كان يشغله", "1991-03-23"),
      ("MEMBER_OF", HAMMADI, "organization:baath-party", "عضو القيادة القطرية"),
      ("LEADS", HAMMADI, IRAQ, "رئيساً لمجلس الوزراء، وهو"),
      ("SUCCESSOR_OF", KHUDAYIR, AZIZ, "وزيراً للخارجية خلفاً للرفيق", "1991-03-23"),
      ("SUCCESSOR_OF", MAJID, SHAIKHLI, "وزيراً للداخلية خلفاً", "1991-03-06"),
      ],
     {"source": THAWRA, "published": "1991-03-24"}),

    ("enUY5_king_hussein_mediation_jt", "en",
     "King back from Kennebunkport, presses for an Arab solution\n"
     "AMMAN (J.T.) - His Majesty King Hussein returned home on Friday from the United States, where he held "
     "talks with President George Bush at the president's summer home in Kennebunkport, Maine, on Thursday.\n"
     "The King carried to Washington the views of Iraqi President Saddam Hussein, whom he met in Baghdad on "
     "Monday in a visit that lasted several hours.\n"
     "Upon his return, His Majesty received PLO Chairman Yasser Arafat at the Hashemiyeh Palace. The two "
     "leaders discussed the Arab efforts to contain the crisis and to prevent foreign intervention in the "
     "Gulf.\n"
     "Earlier this week, Saudi sources said King Fahd had declined to receive the King in Jeddah, a report "
     "Jordanian officials neither confirmed nor denied. The King spoke by telephone with President Hosni "
     "Mubarak on Wednesday.\n"
     "Jordan has said it will abide by the United Nations sanctions while warning of their effect on its "
     "economy.",
     [("MET_WITH", HUSSEIN, BUSH, "held talks with President George Bush", "1990-08-16"),
      ("LEADS", BUSH, US, "talks with President George Bush at"),
      ("MET_WITH", HUSSEIN, SADDAM, "whom he met in Baghdad on Monday", "1990-08-13"),
      ("LEADS", SADDAM, IRAQ, "Iraqi President Saddam Hussein"),
      ("MET_WITH", HUSSEIN, ARAFAT, "His Majesty received PLO Chairman", "1990-08-17"),
      ("LEADS", ARAFAT, PLO, "PLO Chairman Yasser Arafat"),
      ],
     {"source": JT, "published": "1990-08-18"}),

    ("arUY6_abdel_meguid_arab_league_mena", "ar",
     "مجلس الجامعة العربية يختار الدكتور عصمت عبد المجيد أميناً عاماً\n"
     "القاهرة - أ ش أ - وافق مجلس جامعة الدول العربية في دورته غير العادية التي عقدت اليوم بالقاهرة على "
     "تعيين الدكتور أحمد عصمت عبد المجيد نائب رئيس الوزراء وزير الخارجية أميناً عاماً للجامعة خلفاً للشاذلي "
     "القليبي، الذي قدم استقالته في سبتمبر الماضي احتجاجاً على الانقسام العربي إزاء أزمة الخليج.\n"
     "وأصدر الرئيس حسني مبارك قراراً جمهورياً بتعيين السيد عمرو موسى مندوب مصر الدائم لدى الأمم المتحدة "
     "وزيراً للخارجية خلفاً له.\n"
     "واستقبل الرئيس مبارك مساء اليوم بقصر العروبة وزير الخارجية الأمريكي جيمس بيكر، بحضور عمرو موسى، وتناول "
     "اللقاء جهود عقد مؤتمر السلام في الشرق الأوسط بعد تحرير الكويت.\n"
     "وصرح المتحدث الرسمي بأن بيكر سيتوجه إلى القدس، حيث من المقرر أن يلتقي رئيس الوزراء الإسرائيلي اسحق "
     "شامير.",
     [("SUCCESSOR_OF", MEGUID, KLIBI, "أميناً عاماً للجامعة خلفاً", "1991-05-15"),
      ("LEADS", MEGUID, LEAGUE, "أميناً عاماً للجامعة خلفاً"),
      ("LEADS", MUBARAK, EGYPT, "وأصدر الرئيس حسني مبارك قراراً"),
      ("SUCCESSOR_OF", MOUSSA, MEGUID, "وزيراً للخارجية خلفاً له", "1991-05-15"),
      ]
     + met_group({MUBARAK: "واستقبل الرئيس مبارك", BAKER: "وزير الخارجية الأمريكي جيمس بيكر",
                  MOUSSA: "بحضور عمرو موسى"}, "1991-05-15"),
     {"source": MENA, "published": "1991-05-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setUY")
