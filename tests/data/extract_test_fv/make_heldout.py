"""Blind set FV: the Iran-Iraq "axis" 2020-2025 as Iraqi local outlets report it (Shafaq News,
Baghdad Today, in English and Arabic): al-Sudani receives Qaani at the Government Palace, Qaani at
al-Amiri's office, Nov 2022 (English); al-Fayyadh receives ambassador Al-e Sadegh with Abu Fadak,
and the talk of al-Fayyadh's successor, 2025 (Arabic); Nechirvan Barzani receives Al-e Sadegh in
Erbil after the IRGC strike that killed Peshraw Dizayee, 2024 (English); al-Kadhimi replaces
al-Fayyadh as national security adviser with al-Araji and at the National Security Service with
al-Asadi, July 2020 (Arabic); the US charge d'affaires Joshua Harris and the new envoy Mark Savaya,
Oct 2025 (English); Qaani's unannounced Baghdad visit after the fall of Assad, Jan 2025 (Arabic).
Style: Iraqi local news copy: "Shafaq News/" and "بغداد اليوم -" openings, long official titles
(رئيس مجلس الوزراء القائد العام للقوات المسلحة), clitics, sources "told Shafaq News"; excluded on
purpose: a planned meeting with al-Sadr that did not happen, a message conveyed by an envoy,
candidates to succeed al-Fayyadh, a rumoured Qaani visit, a denied Savaya-Soudani meeting, a phone
call, rumours of Qaani's death, an unclaimed killing, leaders who did not attend.
Spellings: Ismail Qaani / قاآني, Mohammed Shiaa Al-Sudani / al-Soudani, Qais al-Khaz'ali, Hadi
al-Ameri, Mohammad Kazem Al-e Sadegh / آل صادق, Peshraw Dizayee, Qassim al-Araji.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fw import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA = "country:iran", "country:iraq", "country:united-states"
QF, IRGC, PMF, KH = ("organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
                     "organization:kataib-hezbollah")
BADR, FATAH, AAH, IQG = ("organization:badr-organization", "organization:fatah-alliance",
                         "organization:asaib-ahl-al-haq", "organization:iraqi-government")
CF, SOL_COAL = "organization:coordination-framework", "organization:state-of-law-coalition"
IQFM, KRP, KRG = ("organization:iraqi-foreign-ministry", "organization:kurdistan-region-presidency",
                  "organization:kurdistan-regional-government")
NSA, NSS = "organization:iraqi-national-security-advisory", "organization:iraqi-national-security-service"
QAANI, SUD, KAD = "person:esmail-qaani", "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi"
AMIRI, KHAZ, SADR, MALIKI = ("person:hadi-al-amiri", "person:qais-al-khazali", "person:muqtada-al-sadr",
                             "person:nouri-al-maliki")
FAY, FADAK, SADEGH = "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi", "person:mohammad-kazem-al-e-sadegh"
NECH, MASR, DIZ, ARAJI = ("person:nechirvan-barzani", "person:masrour-barzani", "person:peshraw-dizayee",
                          "person:qassim-al-araji")
ASADI, HARRIS, MASH, TRUMP = ("person:abdul-ghani-al-asadi", "person:joshua-harris", "person:mahmoud-al-mashhadani",
                              "person:donald-trump")
SAVAYA, RUBIO, FUAD = "person:mark-savaya", "person:marco-rubio", "person:fuad-hussein"

ARTICLES = [
    ("enFV1_sudani_receives_qaani", "en",
     "Shafaq News/ Iraqi Prime Minister Mohammed Shiaa Al-Sudani received on Tuesday the commander of the "
     "Quds Force of Iran's Revolutionary Guard, Ismail Qaani, at the Government Palace in Baghdad, a "
     "source in the premier's office told Shafaq News Agency.\n"
     "The meeting, which was not announced officially, touched on the border security file with the "
     "Kurdistan Region and the situation of the armed factions, the source added.\n"
     "Qaani later headed to the office of the head of the Fatah Alliance, where he met Hadi al-Ameri and "
     "the Secretary-General of Asa'ib Ahl al-Haq, Sheikh Qais al-Khaz'ali.\n"
     "A meeting between the Iranian general and the leader of the Sadrist Movement, Muqtada al-Sadr, in "
     "al-Hannana had been planned but did not take place, according to a source close to al-Sadr.\n"
     "Al-Sudani, who succeeded Mustafa Al-Kadhimi last month, is expected to visit Tehran before the end "
     "of November.",
     [("LEADS", SUD, IQG, "Iraqi Prime Minister Mohammed Shiaa"),
      ("MET_WITH", SUD, QAANI, "received on Tuesday the commander", "2022-11"),
      ("LEADS", QAANI, QF, "the commander of the Quds"),
      ("PART_OF", QF, IRGC, "Quds Force of Iran's Revolutionary Guard"),
      ("VISITED", QAANI, "location:government-palace-baghdad", "at the Government Palace in Baghdad", "2022-11"),
      ("VISITED", QAANI, "location:baghdad", "Palace in Baghdad, a", "2022-11"),
      ("LOCATED_IN", "location:government-palace-baghdad", "location:baghdad", "the Government Palace in Baghdad"),
      ("REPORTED_BY", QAANI, "outlet:shafaq-news", "told Shafaq News Agency"),
      ("LEADS", AMIRI, FATAH, "the head of the Fatah Alliance"),
      ("MET_WITH", QAANI, AMIRI, "where he met Hadi al-Ameri", "2022-11"),
      ("MET_WITH", QAANI, KHAZ, "Qaani later headed to the office", "2022-11"),
      ("MET_WITH", AMIRI, KHAZ, "Sheikh Qais al-Khaz'ali", "2022-11"),
      ("LEADS", KHAZ, AAH, "Secretary-General of Asa'ib Ahl al-Haq"),
      ("LEADS", SADR, "organization:sadrist-movement", "leader of the Sadrist Movement"),
      ("SUCCESSOR_OF", SUD, KAD, "who succeeded Mustafa Al-Kadhimi", "2022-10"),
      ],
     {"source": "blind set (Iraqi local outlet, English)", "published": "2022-11-22"}),

    ("arFV2_fayyadh_receives_al_e_sadegh", "ar",
     "بغداد اليوم - بغداد\n"
     "استقبل رئيس هيئة الحشد الشعبي فالح الفياض، اليوم الأحد، السفيرَ الإيراني لدى العراق محمد كاظم آل "
     "صادق، بحضور رئيس أركان الهيئة عبد العزيز المحمداوي (أبو فدك)، وبحث الجانبان «تطورات الأوضاع "
     "الإقليمية» وملف قانون الحشد، بحسب بيان لإعلام الهيئة تلقته «بغداد اليوم».\n"
     "وأكد الفياض خلال اللقاء أن الحشد «مؤسسة رسمية تأتمر بأمر القائد العام للقوات المسلحة»، فيما نقل "
     "السفير إليه تحيات قائد فيلق القدس إسماعيل قاآني ولقيادة الهيئة.\n"
     "ويأتي اللقاء في وقت يتداول فيه نواب أسماء مرشحين لخلافة الفياض في حال إقرار قانون الخدمة والتقاعد "
     "الذي يحدد سن الإحالة على التقاعد، ومن بينهم أبو فدك نفسه، من دون صدور أي قرار رسمي.\n"
     "وكان الفياض قد التقى رئيسَ مجلس الوزراء محمد شياع السوداني مطلع الأسبوع، وبحث معه الملف ذاته.\n"
     "ولم يتسنَّ لـ«بغداد اليوم» الحصول على تعليق من السفارة الإيرانية.",
     [("LEADS", FAY, PMF, "استقبل رئيس هيئة الحشد"),
      ("MET_WITH", FAY, SADEGH, "اليوم الأحد، السفيرَ الإيراني", "2025"),
      ("MET_WITH", FAY, FADAK, "بحضور رئيس أركان الهيئة", "2025"),
      ("MET_WITH", SADEGH, FADAK, "عبد العزيز المحمداوي (أبو فدك)", "2025"),
      ("MEMBER_OF", FADAK, PMF, "رئيس أركان الهيئة عبد"),
      ("LEADS", QAANI, QF, "قائد فيلق القدس إسماعيل"),
      ("MET_WITH", FAY, SUD, "وكان الفياض قد التقى", "2025"),
      ("LEADS", SUD, IQG, "رئيسَ مجلس الوزراء محمد"),
      ],
     {"source": "blind set (Iraqi local outlet, Arabic)", "published": "2025-03-09"}),

    ("enFV3_nechirvan_receives_iranian_envoy", "en",
     "Shafaq News/ The Kurdistan Region President, Nechirvan Barzani, received on Wednesday in Erbil the "
     "Iranian ambassador to Iraq, Mohammad Kazem Al-e Sadegh, weeks after an Iranian missile strike on "
     "the city killed businessman Peshraw Dizayee and members of his family.\n"
     "Iran's Islamic Revolutionary Guard Corps claimed the January 15 strike, saying it had hit an "
     "\"espionage headquarters\" of Israel's Mossad; Kurdish officials dismissed the claim as baseless.\n"
     "The meeting, attended by Kurdistan Region Prime Minister Masrour Barzani, discussed ways to prevent a "
     "repeat of the attack, a statement by the Region's Presidency said.\n"
     "Baghdad had recalled its ambassador from Tehran after the strike, and National Security Adviser "
     "Qassim al-Araji headed a fact-finding committee to the site.\n"
     "The Iranian envoy did not meet the families of the victims, a source told Shafaq News.",
     [("LEADS", NECH, KRP, "The Kurdistan Region President, Nechirvan"),
      ("MET_WITH", NECH, SADEGH, "received on Wednesday in Erbil", "2024-02"),
      ("VISITED", SADEGH, "location:erbil", "on Wednesday in Erbil the", "2024-02"),
      ("ASSASSINATED_BY", DIZ, IRAN, "an Iranian missile strike on", "2024-01-15"),
      ("ASSASSINATED_BY", DIZ, IRGC, "Islamic Revolutionary Guard Corps claimed", "2024-01-15"),
      ("ATTACKED", IRGC, "location:erbil", "claimed the January 15 strike", "2024-01-15"),
      ("MET_WITH", MASR, SADEGH, "The meeting, attended by", "2024-02"),
      ("MET_WITH", MASR, NECH, "Prime Minister Masrour Barzani, discussed", "2024-02"),
      ("LEADS", MASR, KRG, "Kurdistan Region Prime Minister Masrour"),
      ("LEADS", ARAJI, NSA, "National Security Adviser Qassim"),
      ],
     {"source": "blind set (Iraqi local outlet, English)", "published": "2024-02-21"}),

    ("arFV4_kadhimi_replaces_fayyadh", "ar",
     "شفق نيوز/ أصدر رئيس مجلس الوزراء القائد العام للقوات المسلحة مصطفى الكاظمي، يوم السبت، أمراً "
     "ديوانياً بتعيين قاسم الأعرجي مستشاراً للأمن القومي خلفاً لفالح الفياض، وتكليف الفريق عبد الغني "
     "الأسدي برئاسة جهاز الأمن الوطني بدلاً عنه.\n"
     "وبحسب وثيقة حصلت عليها شفق نيوز، فإن الفياض احتفظ بمنصبه رئيساً لهيئة الحشد الشعبي.\n"
     "وجاء القرار بعد أيام من مداهمة نفذها جهاز مكافحة الإرهاب لمقر تابع لكتائب حزب الله في منطقة الدورة "
     "جنوبي بغداد، اعتُقل خلالها أكثر من عشرة عناصر أُفرج عنهم لاحقاً.\n"
     "وكان الكاظمي قد استقبل الفياض في مكتبه الأسبوع الماضي، فيما ترددت أنباء عن زيارة مرتقبة لقائد فيلق "
     "القدس إسماعيل قاآني إلى بغداد لاحتواء التوتر، لم يؤكدها أي مصدر رسمي.\n"
     "والأعرجي وزير سابق للداخلية وقيادي في منظمة بدر، فيما يُعد الأسدي من أبرز قادة جهاز مكافحة الإرهاب "
     "في معارك تحرير الموصل.",
     [("LEADS", KAD, IQG, "رئيس مجلس الوزراء القائد العام"),
      ("SUCCESSOR_OF", ARAJI, FAY, "مستشاراً للأمن القومي خلفاً", "2020-07-04"),
      ("LEADS", ARAJI, NSA, "بتعيين قاسم الأعرجي"),
      ("SUCCESSOR_OF", ASADI, FAY, "برئاسة جهاز الأمن الوطني بدلاً عنه", "2020-07-04"),
      ("LEADS", ASADI, NSS, "وتكليف الفريق عبد الغني"),
      ("LEADS", FAY, PMF, "رئيساً لهيئة الحشد الشعبي"),
      ("ATTACKED", "organization:counter-terrorism-service", KH, "مداهمة نفذها جهاز مكافحة الإرهاب", "2020-06-25"),
      ("LOCATED_IN", "location:dora", "location:baghdad", "في منطقة الدورة"),
      ("MET_WITH", KAD, FAY, "قد استقبل الفياض في مكتبه", "2020-06"),
      ("LEADS", QAANI, QF, "لقائد فيلق القدس"),
      ("MEMBER_OF", ARAJI, BADR, "وقيادي في منظمة بدر"),
      ("MEMBER_OF", ASADI, "organization:counter-terrorism-service", "من أبرز قادة جهاز مكافحة الإرهاب"),
      ],
     {"source": "blind set (Iraqi local outlet, Arabic)", "published": "2020-07-04"}),

    ("enFV5_us_charge_and_new_envoy", "en",
     "Baghdad Today - Baghdad\n"
     "The U.S. Chargé d'Affaires in Baghdad, Joshua Harris, met on Monday with Parliament Speaker Mahmoud "
     "al-Mashhadani, the Speaker's media office said, in talks focused on the November 11 elections and "
     "the future of the international coalition.\n"
     "Earlier in the day Harris called on Foreign Minister Fuad Hussein at the ministry.\n"
     "The meetings come days after President Donald Trump named Mark Savaya, a Michigan businessman of "
     "Iraqi Chaldean descent, as his special envoy to Iraq.\n"
     "Savaya has not yet set foot in Baghdad, and a government source denied local reports that he had "
     "met Prime Minister Mohammed Shia al-Soudani abroad. Al-Soudani did speak to Secretary of State "
     "Marco Rubio by phone last week.\n"
     "On Sunday, the Iranian ambassador, Mohammad Kazem Al-e Sadegh, was received by al-Mashhadani at his "
     "office, the same source said.",
     [("MET_WITH", HARRIS, MASH, "met on Monday with Parliament Speaker", "2025-10"),
      ("LEADS", MASH, "organization:iraqi-parliament", "Parliament Speaker Mahmoud"),
      ("MET_WITH", HARRIS, FUAD, "Harris called on Foreign Minister", "2025-10"),
      ("LEADS", FUAD, IQFM, "Foreign Minister Fuad Hussein"),
      ("LEADS", TRUMP, USA, "President Donald Trump"),
      ("LEADS", SUD, IQG, "Prime Minister Mohammed Shia al-Soudani"),
      ("LEADS", RUBIO, "organization:us-state-department", "Secretary of State Marco"),
      ("MET_WITH", SADEGH, MASH, "was received by al-Mashhadani", "2025-10"),
      ],
     {"source": "blind set (Iraqi local outlet, English)", "published": "2025-10-27"}),

    ("arFV6_qaani_after_assad_fall", "ar",
     "شفق نيوز/ كشف مصدر سياسي مطلع، يوم الخميس، عن وصول قائد فيلق القدس في الحرس الثوري الإيراني "
     "إسماعيل قاآني إلى العاصمة بغداد في زيارة غير معلنة، هي الأولى له منذ سقوط نظام بشار الأسد في سوريا.\n"
     "وقال المصدر لوكالة شفق نيوز، إن قاآني اجتمع في مكتب رئيس تحالف الفتح هادي العامري بعدد من قادة "
     "الإطار التنسيقي، بينهم العامري ورئيس ائتلاف دولة القانون نوري المالكي، وبحث معهم «مستقبل الفصائل» "
     "في ظل التهديدات الإسرائيلية.\n"
     "ولم يحضر الأمين العام لعصائب أهل الحق قيس الخزعلي الاجتماع، كما لم يلتقِ قاآني رئيسَ الوزراء محمد "
     "شياع السوداني خلال الزيارة، بحسب المصدر.\n"
     "وتأتي الزيارة بعد أسابيع من شائعات تحدثت عن مقتل قاآني أو احتجازه في طهران، وهو ما نفاه الحرس "
     "الثوري، فيما لم تتبنَّ أي جهة اغتيال أحد عناصر الفصائل في جنوب بغداد مطلع الشهر.",
     [("LEADS", QAANI, QF, "عن وصول قائد فيلق القدس"),
      ("PART_OF", QF, IRGC, "فيلق القدس في الحرس الثوري الإيراني"),
      ("VISITED", QAANI, "location:baghdad", "إلى العاصمة بغداد", "2025-01"),
      ("REPORTED_BY", QAANI, "outlet:shafaq-news", "وقال المصدر لوكالة شفق نيوز"),
      ("MET_WITH", QAANI, AMIRI, "إن قاآني اجتمع في مكتب", "2025-01"),
      ("MET_WITH", QAANI, MALIKI, "ورئيس ائتلاف دولة القانون", "2025-01"),
      ("MET_WITH", AMIRI, MALIKI, "بينهم العامري", "2025-01"),
      ("LEADS", AMIRI, FATAH, "رئيس تحالف الفتح هادي"),
      ("LEADS", MALIKI, SOL_COAL, "رئيس ائتلاف دولة القانون نوري"),
      ("MEMBER_OF", AMIRI, CF, "بعدد من قادة الإطار"),
      ("MEMBER_OF", MALIKI, CF, "قادة الإطار التنسيقي، بينهم"),
      ("LEADS", KHAZ, AAH, "الأمين العام لعصائب أهل الحق"),
      ("LEADS", SUD, IQG, "رئيسَ الوزراء محمد"),
      ],
     {"source": "blind set (Iraqi local outlet, Arabic)", "published": "2025-01-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFV")
