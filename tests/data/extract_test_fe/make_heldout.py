"""Blind set FE: Lebanon 2023-2025 as an English-language analytical weekly (and its Arabic
counterpart) tells it: Nawaf Salam's cabinet taking over from Mikati's caretaker government, Ortagus at
Baabda, Rajji replacing Bou Habib (Economist-style, Feb 2025); the man who was to succeed Nasrallah:
Safieddine's killing claimed by Israel weeks later, Hazima, Araghchi's talks with Berri and Mikati,
Qassem's succession (Al Majalla-style Arabic, Nov 2024); Le Drian's long mission at Ain el-Tineh,
the empty presidency, Hochstein eclipsing him (New Lines-style, Jan 2025); Berri's Ain el-Tineh and
its visitors, his double succession to Hussein el-Husseini, a meeting with Qassem that never happened
(Al Majalla-style Arabic, Sept 2025); the 2024 campaign against Hezbollah's front commanders, from
al-Tawil (unclaimed) to Taleb Abdallah and Mohammed Nasser (claimed), Hochstein with Netanyahu and
Berri (Economist-style, July 2024); the Mechanism under Michael Leeney, Simon Karam at Naqoura, the
claimed Tabatabai killing and a US-complicity charge the embassy denied (Al Majalla-style Arabic,
Dec 2025).
Style: long sentences, relative clauses, flashbacks, descriptions and pronouns in place of names
("the speaker", "the Frenchman", "الرجل", "الأخير"); en/ar alternating; phone calls, a meeting
"said to be sought" that has not taken place, successors never named, a postponed meeting.
Spellings: Mr Salam, Najib Miqati, Jean-Yves Le Drian / لودريان, Haj Hashem, Hizbullah, عين التينة,
Talib Abdullah, Abu Nasser.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run:
    python tests/data/extract_test_fe/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fe import ALL  # noqa: E402

HERE = Path(__file__).parent

LEB, ISR, US, FR, IRAN = ("country:lebanon", "country:israel", "country:united-states", "country:france",
                          "country:iran")
HEZ, IDF, LAF = "organization:hezbollah", "organization:israel-defense-forces", "organization:lebanese-army"
LGOV, PARL, AMAL = "organization:lebanese-government", "organization:lebanese-parliament", "organization:amal-movement"
LFM, LFIN, LF = ("organization:lebanese-foreign-ministry", "organization:lebanese-finance-ministry",
                 "organization:lebanese-forces")
EXEC, QUDS, MARADA = ("organization:hezbollah-executive-council", "organization:quds-force",
                      "organization:marada-movement")
NASRU, AZIZ, RADWAN = "organization:hezbollah-nasr-unit", "organization:hezbollah-aziz-unit", "organization:radwan-force"
MECH, IFM = "organization:ceasefire-mechanism", "organization:iranian-foreign-ministry"
BAABDA, AIN, BEIRUT, NAQ = "location:baabda-palace", "location:ain-el-tineh", "location:beirut", "location:naqoura"
HH, DAH = "location:haret-hreik", "location:dahiyeh"
QASSEM, NASR, SAFI, HAZ = ("person:naim-qassem", "person:hassan-nasrallah", "person:hashem-safieddine",
                           "person:ali-hussein-hazima")
JAOUN, MAOUN, BERRI, SALAM, MIKATI = ("person:joseph-aoun", "person:michel-aoun", "person:nabih-berri",
                                      "person:nawaf-salam", "person:najib-mikati")
ORT, RAJJI, BOUHABIB, JABER = ("person:morgan-ortagus", "person:youssef-rajji", "person:abdallah-bou-habib",
                               "person:yassine-jaber")
QAANI, ARAGH = "person:esmail-qaani", "person:abbas-araghchi"
LEDRIAN, MACRON, FRANG, JUMB, HOCH = ("person:jean-yves-le-drian", "person:emmanuel-macron",
                                      "person:suleiman-frangieh", "person:walid-jumblatt",
                                      "person:amos-hochstein")
HUSS, KHALIL, BARRACK, LARI = ("person:hussein-el-husseini", "person:ali-hassan-khalil", "person:tom-barrack",
                               "person:ali-larijani")
TAWIL, TALEB, NASSER, NETA = ("person:wissam-al-tawil", "person:taleb-abdallah", "person:mohammed-nasser",
                              "person:benjamin-netanyahu")
LEENEY, JEFFERS, KARAM, HAYKAL, TABA = ("person:michael-leeney", "person:jasper-jeffers", "person:simon-karam",
                                        "person:rodolphe-haykal", "person:haytham-ali-tabatabai")

ARTICLES = [
    ("enFE1_salam_cabinet_after_mikati", "en",
     "When Nawaf Salam, a jurist who had spent the previous year presiding over the International Court "
     "of Justice, finally unveiled his 24-member cabinet on February 8th, he took over from Najib "
     "Miqati, the Tripoli tycoon who had run Lebanon as head of a caretaker government for almost three "
     "years.\n"
     "The day before, Morgan Ortagus, America's deputy envoy, had emerged from a meeting with Joseph "
     "Aoun, the former army chief whom parliament had elected president in January, and declared at "
     "Baabda that Hizbullah had been \"militarily defeated\", words the presidency hastily distanced "
     "itself from.\n"
     "The finance ministry, which the Shia parties had insisted on keeping, went to Yassine Jaber, a "
     "former MP close to the speaker, Nabih Berri, while the foreign ministry went to Youssef Rajji, a "
     "diplomat put forward by the Lebanese Forces, who replaces Abdallah Bou Habib.\n"
     "Hizbullah, whose new leader, Naim Qassem, has yet to appear in public, named none of the five "
     "Shia ministers outright, and a meeting Mr Salam was said to be seeking with him has not taken "
     "place.",
     [("SUCCESSOR_OF", SALAM, MIKATI, "he took over from Najib", "2025-02-08"),
      ("LEADS", MIKATI, LGOV, "head of a caretaker government"),
      ("MET_WITH", ORT, JAOUN, "emerged from a meeting with Joseph", "2025-02-07"),
      ("VISITED", ORT, BAABDA, "declared at Baabda"),
      ("LEADS", JAOUN, LEB, "elected president in January"),
      ("LEADS", JABER, LFIN, "went to Yassine Jaber"),
      ("LEADS", RAJJI, LFM, "foreign ministry went to Youssef Rajji"),
      ("MEMBER_OF", RAJJI, LF, "put forward by the Lebanese Forces"),
      ("SUCCESSOR_OF", RAJJI, BOUHABIB, "who replaces Abdallah Bou Habib", "2025-02-08"),
      ("LEADS", QASSEM, HEZ, "whose new leader, Naim Qassem"),
      ],
     {"source": "blind set (Economist-style)", "published": "2025-02-13"}),

    ("arFE2_safieddine_the_successor_who_was_not", "ar",
     "لم يكن هاشم صفي الدين، ابن خالة حسن نصر الله ورئيس المجلس التنفيذي في الحزب منذ تسعينيات القرن "
     "الماضي، بحاجة إلى إعلان رسمي كي يُعامَل بوصفه الخليفة المنتظر، غير أن الرجل لم يعش ليخلفه.\n"
     "فبعد أقل من أسبوع على اغتيال نصر الله، استهدفت غارات عنيفة مبنى في الضاحية الجنوبية كان يجتمع "
     "فيه، ولم يعلن الجيش الإسرائيلي إلا في 22 تشرين الأول أنه قتله مع علي حسين هزيمة، الذي وصفه "
     "بقائد مقر الاستخبارات في الحزب.\n"
     "وفي اليوم التالي للغارة كان وزير الخارجية الإيراني عباس عراقجي في بيروت، حيث التقى بري ثم "
     "ميقاتي، فيما تضاربت الأنباء عن مصير قائد فيلق القدس إسماعيل قاآني الذي قيل إنه كان في العاصمة "
     "اللبنانية.\n"
     "أما نعيم قاسم، الذي خلف نصر الله في 29 تشرين الأول، فقد ألقى خطاباته الأولى من خارج لبنان، "
     "وهو ما لم يؤكده الحزب ولم ينفه.",
     [("LEADS", SAFI, EXEC, "ورئيس المجلس التنفيذي في الحزب"),
      ("ASSASSINATED_BY", SAFI, IDF, "ولم يعلن الجيش الإسرائيلي إلا", "2024-10-03"),
      ("ASSASSINATED_BY", HAZ, IDF, "أنه قتله مع علي حسين هزيمة", "2024-10-03"),
      ("MEMBER_OF", HAZ, HEZ, "بقائد مقر الاستخبارات في الحزب"),
      ("MET_WITH", ARAGH, BERRI, "حيث التقى بري ثم", "2024-10-04"),
      ("MET_WITH", ARAGH, MIKATI, "التقى بري ثم ميقاتي", "2024-10-04"),
      ("VISITED", ARAGH, BEIRUT, "عباس عراقجي في بيروت"),
      ("LEADS", ARAGH, IFM, "وزير الخارجية الإيراني عباس عراقجي"),
      ("LEADS", QAANI, QUDS, "قائد فيلق القدس إسماعيل قاآني"),
      ("SUCCESSOR_OF", QASSEM, NASR, "الذي خلف نصر الله في 29", "2024-10-29"),
      ],
     {"source": "blind set (Al Majalla-style Arabic)", "published": "2024-11-07"}),

    ("enFE3_le_drian_long_mission", "en",
     "Few envoys have spent as many afternoons at Ain el-Tineh as Jean-Yves Le Drian, the former French "
     "foreign minister whom Emmanuel Macron made his personal envoy to Lebanon in June 2023.\n"
     "He was first received there by Nabih Berri that month, when the speaker was still championing "
     "Suleiman Frangieh, the Marada leader, against Jihad Azour, an IMF official backed by the "
     "Christian parties.\n"
     "Eighteen months later the presidency was still empty: Michel Aoun had left Baabda in October "
     "2022 and nobody had been elected to succeed him.\n"
     "On his last trip before the vote, in December 2024, the Frenchman lunched with Walid Jumblatt, "
     "the Druze chieftain, at his house in Clemenceau.\n"
     "By then he had been eclipsed by Amos Hochstein, whom Mr Berri had received in November to close "
     "the ceasefire deal that France was merely allowed to co-sign.\n"
     "When parliament finally elected the army commander, Joseph Aoun, on January 9th, it was Mr Le "
     "Drian, his critics noted, who had been talking to him by telephone for months.",
     [("VISITED", LEDRIAN, AIN, "many afternoons at Ain el-Tineh"),
      ("MET_WITH", BERRI, LEDRIAN, "He was first received there by Nabih Berri", "2023-06"),
      ("SUPPORTS", BERRI, FRANG, "the speaker was still championing"),
      ("LEADS", FRANG, MARADA, "the Marada leader"),
      ("LEADS", BERRI, PARL, "when the speaker was still"),
      ("MET_WITH", JUMB, LEDRIAN, "the Frenchman lunched with Walid Jumblatt", "2024-12"),
      ("MET_WITH", BERRI, HOCH, "whom Mr Berri had received in November", "2024-11"),
      ("LEADS", JAOUN, LAF, "elected the army commander, Joseph Aoun"),
      ],
     {"source": "blind set (New Lines-style)", "published": "2025-01-16"}),

    ("arFE4_ain_el_tineh_and_its_master", "ar",
     "في عين التينة، حيث يستقبل نبيه بري زواره منذ أكثر من ثلاثة عقود، تُختصر السياسة اللبنانية في "
     "صالون واحد، وفيه تعلّم الرجل فن الانتظار.\n"
     "فبري، الذي خلف حسين الحسيني مرتين، في قيادة حركة أمل عام 1980 ثم في رئاسة المجلس النيابي عام "
     "1992، لم يغادر أياً من المنصبين منذ ذلك الحين.\n"
     "وخلال الأشهر الأخيرة استقبل في هذا الصالون الموفدة الأميركية مورغان أورتاغوس، ثم خلفها في الملف "
     "توم براك، وبعدهما أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني.\n"
     "أما اللقاء الذي رُوّج له بين رئيس المجلس والأمين العام لحزب الله الشيخ نعيم قاسم فلم يُعقد، بحسب "
     "مصادر عين التينة، واكتفى الرجلان بتبادل الرسائل عبر المعاون السياسي لبري النائب علي حسن خليل.\n"
     "ويقول مقربون منه إن الأخير لا يزال يرى في نفسه «صمام أمان» الطائفة.",
     [("SUCCESSOR_OF", BERRI, HUSS, "الذي خلف حسين الحسيني مرتين"),
      ("LEADS", BERRI, AMAL, "في قيادة حركة أمل"),
      ("LEADS", BERRI, PARL, "ثم في رئاسة المجلس النيابي"),
      ("MET_WITH", BERRI, ORT, "الموفدة الأميركية مورغان أورتاغوس"),
      ("MET_WITH", BERRI, BARRACK, "ثم خلفها في الملف", "2025"),
      ("SUCCESSOR_OF", BARRACK, ORT, "خلفها في الملف توم براك", "2025"),
      ("MET_WITH", BERRI, LARI, "وبعدهما أمين المجلس الأعلى", "2025"),
      ("LEADS", LARI, "organization:supreme-national-security-council", "أمين المجلس الأعلى للأمن القومي الإيراني"),
      ("LEADS", QASSEM, HEZ, "والأمين العام لحزب الله الشيخ نعيم قاسم"),
      ("MEMBER_OF", KHALIL, AMAL, "المعاون السياسي لبري"),
      ],
     {"source": "blind set (Al Majalla-style Arabic)", "published": "2025-09-04"}),

    ("enFE5_front_commanders_2024", "en",
     "The pattern was set in January, when Wissam al-Tawil, a senior figure in Hizbullah's Radwan "
     "Force, died when a drone struck his car in Khirbet Selm; Israel, which had not yet taken to "
     "claiming such killings, said nothing.\n"
     "By June it was boasting of them: the army said it had killed Talib Abdullah, who ran the Nasr "
     "unit's sector along the border's central stretch, in Jouya on June 11th, and Mohammed Nasser, "
     "known as Abu Nasser, his counterpart in the Aziz unit, near Tyre three weeks later.\n"
     "Hizbullah, which answered each death with the heaviest barrages of the war, has never said who "
     "replaced either man.\n"
     "In between, Amos Hochstein, the White House's envoy, sat with Binyamin Netanyahu in Jerusalem and, "
     "a day later, with Nabih Berri in Beirut, carrying proposals that neither man has yet accepted.",
     [("MEMBER_OF", TAWIL, RADWAN, "a senior figure in Hizbullah's Radwan"),
      ("PART_OF", RADWAN, HEZ, "Hizbullah's Radwan Force"),
      ("ASSASSINATED_BY", TALEB, IDF, "the army said it had killed Talib Abdullah", "2024-06-11"),
      ("LEADS", TALEB, NASRU, "who ran the Nasr unit's sector"),
      ("ASSASSINATED_BY", NASSER, IDF, "and Mohammed Nasser", "2024-07-03"),
      ("LEADS", NASSER, AZIZ, "his counterpart in the Aziz unit"),
      ("MEMBER_OF", HOCH, "organization:white-house", "the White House's envoy"),
      ("MET_WITH", HOCH, NETA, "sat with Binyamin Netanyahu", "2024-06-17"),
      ("MET_WITH", BERRI, HOCH, "with Nabih Berri in Beirut", "2024-06-18"),
      ("VISITED", HOCH, BEIRUT, "Nabih Berri in Beirut"),
      ("VISITED", HOCH, "location:jerusalem", "Netanyahu in Jerusalem"),
      ],
     {"source": "blind set (Economist-style)", "published": "2024-07-11"}),

    ("arFE6_the_mechanism_at_naqoura", "ar",
     "منذ أن تسلّم الجنرال الأميركي مايكل ليني رئاسة لجنة الإشراف على وقف إطلاق النار، المعروفة "
     "بـ«الميكانيزم»، خلفاً للجنرال جاسبر جيفرز، تبدّل إيقاع اجتماعاتها في مقر اليونيفيل جنوباً.\n"
     "ففي الثالث من كانون الأول جلس في الناقورة السفير السابق سيمون كرم، الذي كلّفه الرئيس جوزاف عون رئاسة الوفد "
     "اللبناني، إلى الطاولة نفسها مع ليني والموفدة الأميركية مورغان أورتاغوس، في أول مشاركة مدنية "
     "لبنانية منذ عقود.\n"
     "وكان يُفترض أن تلتقي أورتاغوس قائد الجيش العماد رودولف هيكل في اليرزة، لكن اللقاء أُرجئ من دون "
     "تفسير.\n"
     "ولم يكن قد مضى أسبوعان على اغتيال هيثم علي الطبطبائي في حارة حريك، وهي ضربة تبنّتها إسرائيل "
     "علناً، فيما اتهمت أوساط الحزب واشنطن بالتواطؤ فيها، وهو ما نفته السفارة الأميركية.",
     [("SUCCESSOR_OF", LEENEY, JEFFERS, "خلفاً للجنرال جاسبر جيفرز", "2025"),
      ("LEADS", LEENEY, MECH, "رئاسة لجنة الإشراف على وقف إطلاق النار"),
      ("MET_WITH", KARAM, LEENEY, "إلى الطاولة نفسها مع ليني", "2025-12-03"),
      ("MET_WITH", KARAM, ORT, "السفير السابق سيمون كرم", "2025-12-03"),
      ("MET_WITH", LEENEY, ORT, "مع ليني والموفدة الأميركية", "2025-12-03"),
      ("VISITED", KARAM, NAQ, "جلس في الناقورة"),
      ("VISITED", ORT, NAQ, "في الناقورة السفير"),
      ("LEADS", HAYKAL, LAF, "قائد الجيش العماد رودولف هيكل"),
      ("ASSASSINATED_BY", TABA, ISR, "وهي ضربة تبنّتها إسرائيل", "2025-11-23"),
      ],
     {"source": "blind set (Al Majalla-style Arabic)", "published": "2025-12-11"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFE")
