"""Blind set IQ: Iraq, Iran and the "axis" 2020-2023 as an international wire agency writes it
(AP-like, English, and a wire's Arabic service): Ghaani's first known Baghdad trip after the airport
strike, March-April 2020 (English); Zarif in Baghdad on the eve of al-Kadhimi's postponed Riyadh
trip, July 2020 (Arabic); the Iraqi arrest warrant for Trump and the first anniversary rally, Jan
2021 (English); the first Saudi-Iranian round in Baghdad, April 2021 (Arabic); the Baghdad
conference of August 2021 (English); Abu Fadak named in al-Muhandis's place, Feb 2020 (Arabic).
Style: datelines ("BAGHDAD (AP) -", "بغداد، 20 تموز (يوليو) -"), inverted pyramid, officials "who
spoke on condition of anonymity because they were not authorized to brief reporters", background
paragraphs at the end, analysts and spokesmen by institution; excluded on purpose: a
prime minister-designate not met, a meeting with Sadr called off, rocket attacks no group claimed; a
postponed visit to Riyadh and the killing of Hisham al-Hashimi by "unknown gunmen"; a rally and
speeches to a crowd (not a meeting), an embassy that declined to comment and a minister's tweet;
talks neither confirmed nor denied by Tehran, a meeting with Qaani that al-Kadhimi's office denied,
an expected visit to Tehran; separate talks on the sidelines that were "not clear" and Macron's
planned visit to Erbil; shrine units that only rejected an appointment (no withdrawal), and a phone
call between Pompeo and Abdul-Mahdi.
Spellings: Esmail Ghaani, Qassem Soleimani, Abu Mahdi al-Muhandis, Abdul-Aziz al-Mohammadawi,
Mustafa al-Kazimi, قاآني, أبو فدك.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_iq import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, IRAQ, USA, SAUDI, FRANCE = ("country:iran", "country:iraq", "country:united-states", "country:saudi-arabia",
                                  "country:france")
QF, IRGC, PMF, KH, BADR, AAH, FATAH, ABBASDIV = (
    "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces",
    "organization:kataib-hezbollah", "organization:badr-organization", "organization:asaib-ahl-al-haq",
    "organization:fatah-alliance", "organization:abbas-combat-division")
IQG, IQFM, INIS, SNSC, IRFM, SGIP, SAFM, STATE, BROOK = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry",
    "organization:iraqi-national-intelligence-service", "organization:supreme-national-security-council",
    "organization:iranian-foreign-ministry", "organization:saudi-general-intelligence-presidency",
    "organization:saudi-foreign-ministry", "organization:us-state-department", "organization:brookings-institution")
BAGHDAD, RIYADH, ERBIL, KR, TAHRIR = ("location:baghdad", "location:riyadh", "location:erbil",
                                      "location:kurdistan-region", "location:tahrir-square")
QAANI, SOL, MUH, FADAK = ("person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
                          "person:abdul-aziz-al-muhammadawi")
KAD, ADIL, SALIH, FUAD, FAY, AMIRI, KHAZALI, MALIKI = (
    "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi", "person:barham-salih", "person:fuad-hussein",
    "person:falih-al-fayyadh", "person:hadi-al-amiri", "person:qais-al-khazali", "person:nouri-al-maliki")
ZARIF, AMIRABD, MASJEDI, IRAVANI, KHATIBZ = (
    "person:mohammad-javad-zarif", "person:hossein-amir-abdollahian", "person:iraj-masjedi",
    "person:saeed-iravani", "person:saeed-khatibzadeh")
SALMAN, MBS, FAISAL, HUMAIDAN = ("person:salman-bin-abdulaziz", "person:mohammed-bin-salman",
                                 "person:faisal-bin-farhan", "person:khalid-al-humaidan")
TRUMP, POMPEO, MACRON = "person:donald-trump", "person:mike-pompeo", "person:emmanuel-macron"
# new to the tables
MOZAFFARI, SHAMMARI, ALSHAMARY, JANABI, HOOD, JUBOURI = (
    "person:shahroud-mozaffarinia", "person:abdulaziz-al-shammari", "person:marsin-alshamary",
    "person:qahtan-al-janabi", "person:joey-hood", "person:karrar-al-jubouri")

ARTICLES = [
    ("enIQ1_ghaani_first_baghdad_trip", "en",
     "Iran's new Quds Force chief makes first known Baghdad visit\n"
     "BAGHDAD (AP) - The new commander of Iran's elite Quds Force made his first known trip to Baghdad since "
     "his predecessor was killed in a U.S. drone strike, meeting Shiite political leaders to forge a "
     "united front against the prime minister-designate, Iraqi officials said Wednesday.\n"
     "Esmail Ghaani arrived in Baghdad late Monday and met separately with Hadi al-Amiri, the head of the "
     "Fatah bloc in parliament, and former Prime Minister Nouri al-Maliki, according to two Iraqi officials "
     "who spoke on condition of anonymity because they were not authorized to brief reporters.\n"
     "Ghaani did not meet Adnan al-Zurfi, the former governor of Najaf whom President Barham Salih named to "
     "form a government on March 17, the officials said. A meeting with the Shiite cleric Muqtada al-Sadr "
     "was called off, one of them said.\n"
     "The visit comes amid rocket attacks on U.S. bases that no group has claimed.\n"
     "Ghaani took over the Quds Force after Gen. Qassem Soleimani was killed in a Jan. 3 U.S. drone strike "
     "near Baghdad's airport ordered by President Donald Trump. The U.S. strike also killed Abu Mahdi "
     "al-Muhandis, the deputy head of Iraq's Popular Mobilization Forces, and an Iranian Revolutionary Guard "
     "officer, Shahroud Mozaffarinia.",
     [("LEADS", QAANI, QF, "Ghaani took over the Quds Force after"),
      ("VISITED", QAANI, BAGHDAD, "arrived in Baghdad late Monday", "2020-03-30"),
      ("MET_WITH", QAANI, AMIRI, "met separately with Hadi al-Amiri", "2020-03"),
      ("MET_WITH", QAANI, MALIKI, "met separately with Hadi al-Amiri", "2020-03"),
      ("LEADS", AMIRI, FATAH, "the head of the Fatah bloc"),
      ("LEADS", SALIH, IRAQ, "President Barham Salih"),
      ("SUCCESSOR_OF", QAANI, SOL, "Ghaani took over the Quds Force after", "2020-01"),
      ("ASSASSINATED_BY", SOL, USA, "was killed in a Jan. 3 U.S. drone strike", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "ordered by President Donald Trump", "2020-01-03"),
      ("LEADS", TRUMP, USA, "President Donald Trump"),
      ("ASSASSINATED_BY", MUH, USA, "The U.S. strike also killed", "2020-01-03"),
      ("ASSASSINATED_BY", MOZAFFARI, USA, "The U.S. strike also killed", "2020-01-03"),
      ("MEMBER_OF", MUH, PMF, "the deputy head of Iraq's Popular Mobilization Forces"),
      ("MEMBER_OF", MOZAFFARI, IRGC, "an Iranian Revolutionary Guard officer"),
      ],
     {"source": "blind set (international wire agency, English)", "published": "2020-04-01"}),

    ("arIQ2_zarif_baghdad_postponed_riyadh", "ar",
     "ظريف في بغداد عشية زيارة مؤجلة للكاظمي إلى الرياض\n"
     "بغداد، 20 تموز (يوليو) - أجرى وزير الخارجية الإيراني محمد جواد ظريف محادثات في بغداد مع رئيس الوزراء "
     "مصطفى الكاظمي ونظيره العراقي فؤاد حسين، في زيارة استمرت يوماً واحداً وانتهت مساء الأحد، وفق ما أعلنه "
     "مكتب رئيس الوزراء.\n"
     "والتقى ظريف أيضاً رئيس الجمهورية برهم صالح قبل أن يغادر العاصمة العراقية.\n"
     "وجاءت الزيارة قبل ساعات من زيارة كان الكاظمي يعتزم القيام بها إلى السعودية، غير أن الرياض أعلنت "
     "تأجيلها بعد دخول العاهل السعودي الملك سلمان بن عبد العزيز المستشفى.\n"
     "وقال مسؤول عراقي، طلب عدم الكشف عن هويته لأنه غير مخول بالحديث إلى وسائل الإعلام، إن السفير السعودي في "
     "بغداد عبد العزيز الشمري التقى الكاظمي مساء الأحد وأبلغه بقرار التأجيل.\n"
     "وكان الكاظمي، الرئيس السابق لجهاز المخابرات، قد تولى رئاسة الحكومة في أيار خلفاً لعادل عبد المهدي.\n"
     "ويعد ظريف أرفع مسؤول إيراني يزور بغداد منذ مقتل الجنرال قاسم سليماني بضربة أمريكية بطائرة مسيرة قرب "
     "مطار بغداد في كانون الثاني.\n"
     "وتأتي الزيارة بعد أقل من أسبوعين على اغتيال الخبير الأمني هشام الهاشمي برصاص مسلحين مجهولين أمام منزله "
     "في بغداد.",
     [("LEADS", ZARIF, IRFM, "وزير الخارجية الإيراني محمد"),
      ("MET_WITH", ZARIF, KAD, "أجرى وزير الخارجية الإيراني", "2020-07-19"),
      ("MET_WITH", ZARIF, FUAD, "أجرى وزير الخارجية الإيراني", "2020-07-19"),
      ("VISITED", ZARIF, BAGHDAD, "محادثات في بغداد مع", "2020-07-19"),
      ("LEADS", KAD, IQG, "مع رئيس الوزراء مصطفى"),
      ("LEADS", FUAD, IQFM, "ونظيره العراقي فؤاد"),
      ("MET_WITH", ZARIF, SALIH, "والتقى ظريف أيضاً رئيس الجمهورية", "2020-07-19"),
      ("LEADS", SALIH, IRAQ, "رئيس الجمهورية برهم"),
      ("LEADS", SALMAN, SAUDI, "العاهل السعودي الملك سلمان"),
      ("MET_WITH", SHAMMARI, KAD, "إن السفير السعودي في", "2020-07-19"),
      ("LEADS", KAD, INIS, "الرئيس السابق لجهاز المخابرات"),
      ("SUCCESSOR_OF", KAD, ADIL, "خلفاً لعادل عبد المهدي", "2020-05"),
      ("ASSASSINATED_BY", SOL, USA, "بضربة أمريكية بطائرة مسيرة", "2020-01-03"),
      ],
     {"source": "blind set (international wire agency, Arabic service)", "published": "2020-07-20"}),

    ("enIQ3_iraq_warrant_for_trump", "en",
     "Iraq court issues arrest warrant for Trump over airport strike\n"
     "BAGHDAD (AP) - An Iraqi court on Thursday issued an arrest warrant for outgoing U.S. President Donald "
     "Trump in connection with the killing of a top Iraqi militia commander in a drone strike near Baghdad's "
     "airport a year ago.\n"
     "The warrant was issued by a judge in Baghdad's Rusafa investigative court, which is looking into the "
     "killing of Abu Mahdi al-Muhandis, according to a statement from Iraq's Supreme Judicial Council.\n"
     "Al-Muhandis, the deputy head of the Popular Mobilization Forces, was killed along with Iranian Gen. "
     "Qassem Soleimani in the Jan. 3, 2020, U.S. strike, which Trump ordered.\n"
     "The warrant is largely symbolic, but it comes days before Trump leaves office.\n"
     "Thousands of supporters of Iran-backed militias marked the anniversary on Sunday with a rally in "
     "Baghdad's Tahrir Square. PMF chairman Falih al-Fayyadh and Abdul-Aziz al-Mohammadawi, the Kataib "
     "Hezbollah commander known as Abu Fadak who replaced al-Muhandis as the PMF's chief of staff, addressed "
     "the crowd. On Wednesday, al-Fayyadh met Iranian Ambassador Iraj Masjedi, the PMF said.\n"
     "\"The courts are doing what the government could not do,\" said Marsin Alshamary, a research fellow "
     "at the Brookings Institution.\n"
     "A U.S. Embassy spokesperson declined to comment.",
     [("LEADS", TRUMP, USA, "outgoing U.S. President Donald Trump"),
      ("MEMBER_OF", MUH, PMF, "the deputy head of the Popular Mobilization Forces"),
      ("ASSASSINATED_BY", MUH, USA, "U.S. strike, which Trump ordered", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, USA, "U.S. strike, which Trump ordered", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, TRUMP, "U.S. strike, which Trump ordered", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, TRUMP, "U.S. strike, which Trump ordered", "2020-01-03"),
      ("LOCATED_IN", TAHRIR, BAGHDAD, "Baghdad's Tahrir Square"),
      ("LEADS", FAY, PMF, "PMF chairman Falih"),
      ("MEMBER_OF", FADAK, KH, "the Kataib Hezbollah commander known as Abu Fadak"),
      ("SUCCESSOR_OF", FADAK, MUH, "who replaced al-Muhandis as the PMF's chief of staff", "2020-02"),
      ("MEMBER_OF", FADAK, PMF, "who replaced al-Muhandis as the PMF's chief of staff"),
      ("MET_WITH", FAY, MASJEDI, "al-Fayyadh met Iranian Ambassador", "2021-01-06"),
      ("MEMBER_OF", ALSHAMARY, BROOK, "a research fellow at the Brookings Institution"),
      ],
     {"source": "blind set (international wire agency, English)", "published": "2021-01-07"}),

    ("arIQ4_first_saudi_iran_round", "ar",
     "مسؤولون عراقيون: بغداد استضافت أول محادثات سعودية إيرانية مباشرة منذ 2016\n"
     "بغداد، 18 نيسان (أبريل) - قال مسؤولان عراقيان، طلبا عدم نشر اسميهما لأنهما غير مخولين بالحديث إلى "
     "الصحافة، إن مسؤولين سعوديين وإيرانيين كباراً عقدوا محادثات مباشرة في بغداد في التاسع من نيسان، في أول "
     "لقاء من نوعه منذ قطع العلاقات بين البلدين عام 2016.\n"
     "وأوضح المسؤولان أن الوفد السعودي برئاسة رئيس الاستخبارات العامة خالد الحميدان اجتمع بالوفد الإيراني "
     "الذي ترأسه نائب أمين المجلس الأعلى للأمن القومي سعيد إيرواني، وأن رئيس الوزراء مصطفى الكاظمي استقبل "
     "الوفدين قبل بدء الاجتماع.\n"
     "وأضاف أحدهما أن السفير العراقي لدى الرياض قحطان الجنابي حضر الجلسة.\n"
     "ولم ترد الحكومة السعودية على طلب للتعليق، فيما قال المتحدث باسم الخارجية الإيرانية سعيد خطيب زاده إن "
     "طهران «ترحب دائماً بالحوار مع السعودية»، من دون أن يؤكد انعقاد اللقاء أو ينفيه.\n"
     "وكان الكاظمي قد زار الرياض في 31 آذار والتقى ولي العهد الأمير محمد بن سلمان، ويُتوقع أن يزور طهران في "
     "وقت لاحق.\n"
     "ونفى مكتب الكاظمي تقارير عن لقاء جمعه بقائد فيلق القدس إسماعيل قاآني في بغداد الشهر الماضي.",
     [("MET_WITH", HUMAIDAN, IRAVANI, "اجتمع بالوفد الإيراني", "2021-04-09"),
      ("LEADS", HUMAIDAN, SGIP, "رئيس الاستخبارات العامة خالد"),
      ("MEMBER_OF", IRAVANI, SNSC, "نائب أمين المجلس الأعلى للأمن القومي"),
      ("MET_WITH", KAD, HUMAIDAN, "استقبل الوفدين قبل بدء", "2021-04-09"),
      ("MET_WITH", KAD, IRAVANI, "استقبل الوفدين قبل بدء", "2021-04-09"),
      ("LEADS", KAD, IQG, "رئيس الوزراء مصطفى الكاظمي"),
      ("MET_WITH", JANABI, HUMAIDAN, "حضر الجلسة", "2021-04-09"),
      ("MET_WITH", JANABI, IRAVANI, "حضر الجلسة", "2021-04-09"),
      ("MEMBER_OF", KHATIBZ, IRFM, "المتحدث باسم الخارجية الإيرانية"),
      ("VISITED", KAD, RIYADH, "قد زار الرياض في 31 آذار", "2021-03-31"),
      ("MET_WITH", KAD, MBS, "والتقى ولي العهد الأمير", "2021-03-31"),
      ("LEADS", QAANI, QF, "بقائد فيلق القدس إسماعيل"),
      ],
     {"source": "blind set (international wire agency, Arabic service)", "published": "2021-04-18"}),

    ("enIQ5_baghdad_conference", "en",
     "Iraq hosts regional summit aimed at easing Iran-Saudi tensions\n"
     "BAGHDAD (AP) - Iraq hosted a regional conference on Saturday that brought Iran's new foreign minister "
     "and Saudi Arabia's top diplomat to the same table, as Baghdad seeks to cast itself as a mediator "
     "between the two rivals.\n"
     "The one-day summit, co-hosted by Iraqi Prime Minister Mustafa al-Kazimi and French President Emmanuel "
     "Macron, was attended by Iranian Foreign Minister Hossein Amir-Abdollahian and Saudi Foreign Minister "
     "Prince Faisal bin Farhan. Leaders of Egypt, Jordan and Qatar also took part.\n"
     "It was Amir-Abdollahian's first trip abroad since he took over from Mohammad Javad Zarif this week. It "
     "was not clear whether he and the Saudi minister held separate talks on the sidelines.\n"
     "Al-Kazimi's government has hosted several rounds of talks between Iranian and Saudi officials since "
     "April, Iraqi officials said.\n"
     "\"We support Iraq's efforts to play a constructive role in the region,\" said Joey Hood, the acting "
     "assistant secretary of state for Near Eastern affairs.\n"
     "U.S.-Iranian tensions in Iraq peaked with the U.S. drone strike that killed Iranian Gen. Qassem "
     "Soleimani near Baghdad's airport in January 2020.\n"
     "Macron is due to visit Erbil, the capital of Iraq's northern Kurdish region, on Sunday.",
     [("MET_WITH", KAD, MACRON, "The one-day summit, co-hosted by", "2021-08-28"),
      ("MET_WITH", KAD, AMIRABD, "was attended by Iranian Foreign Minister", "2021-08-28"),
      ("MET_WITH", KAD, FAISAL, "was attended by Iranian Foreign Minister", "2021-08-28"),
      ("MET_WITH", MACRON, AMIRABD, "was attended by Iranian Foreign Minister", "2021-08-28"),
      ("MET_WITH", MACRON, FAISAL, "was attended by Iranian Foreign Minister", "2021-08-28"),
      ("MET_WITH", AMIRABD, FAISAL, "was attended by Iranian Foreign Minister", "2021-08-28"),
      ("LEADS", KAD, IQG, "Iraqi Prime Minister Mustafa al-Kazimi"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel"),
      ("LEADS", AMIRABD, IRFM, "Iranian Foreign Minister Hossein"),
      ("LEADS", FAISAL, SAFM, "Saudi Foreign Minister"),
      ("SUCCESSOR_OF", AMIRABD, ZARIF, "he took over from Mohammad Javad Zarif", "2021-08-25"),
      ("MEMBER_OF", HOOD, STATE, "the acting assistant secretary of state"),
      ("ASSASSINATED_BY", SOL, USA, "the U.S. drone strike that killed", "2020-01-03"),
      ("LOCATED_IN", ERBIL, KR, "the capital of Iraq's northern Kurdish region"),
      ],
     {"source": "blind set (international wire agency, English)", "published": "2021-08-28"}),

    ("arIQ6_abu_fadak_named", "ar",
     "كتائب حزب الله تدفع بأبي فدك إلى منصب المهندس في الحشد الشعبي\n"
     "بغداد، 20 شباط (فبراير) - قال مسؤولان في هيئة الحشد الشعبي، طلبا عدم نشر اسميهما لأنهما غير مخولين "
     "بالتصريح، إن الهيئة اختارت عبد العزيز المحمداوي، القيادي في كتائب حزب الله المعروف بأبي فدك، رئيساً "
     "لأركانها خلفاً لأبي مهدي المهندس.\n"
     "وقُتل المهندس مع قائد فيلق القدس الإيراني قاسم سليماني بضربة أمريكية بطائرة مسيرة قرب مطار بغداد "
     "الدولي في الثالث من كانون الثاني.\n"
     "وأوضح المسؤولان أن الاختيار جاء بعد اجتماع ضم رئيس الهيئة فالح الفياض والأمين العام لمنظمة بدر هادي "
     "العامري والأمين العام لعصائب أهل الحق قيس الخزعلي في بغداد.\n"
     "وأعلنت أربعة ألوية مرتبطة بالعتبات الدينية في كربلاء والنجف، بينها فرقة العباس القتالية، رفضها "
     "للتعيين. وقال المتحدث باسم الفرقة كرار الجبوري إن «الحشد يجب أن يبقى بعيداً عن أي فصيل».\n"
     "وتصنف الولايات المتحدة كتائب حزب الله المدعومة من إيران منظمة إرهابية، وتحمّلها مسؤولية هجمات صاروخية "
     "على قواعد تستضيف جنوداً أمريكيين.\n"
     "وكان وزير الخارجية الأمريكي مايك بومبيو قد بحث هاتفياً مع رئيس الوزراء المستقيل عادل عبد المهدي الأسبوع "
     "الماضي حماية القوات الأمريكية.",
     [("MEMBER_OF", FADAK, PMF, "إن الهيئة اختارت عبد العزيز"),
      ("MEMBER_OF", FADAK, KH, "القيادي في كتائب حزب الله المعروف"),
      ("SUCCESSOR_OF", FADAK, MUH, "لأركانها خلفاً لأبي مهدي المهندس", "2020-02"),
      ("ASSASSINATED_BY", MUH, USA, "بضربة أمريكية بطائرة مسيرة", "2020-01-03"),
      ("ASSASSINATED_BY", SOL, USA, "بضربة أمريكية بطائرة مسيرة", "2020-01-03"),
      ("LEADS", SOL, QF, "مع قائد فيلق القدس الإيراني"),
      ("MET_WITH", FAY, AMIRI, "بعد اجتماع ضم رئيس الهيئة", "2020-02"),
      ("MET_WITH", FAY, KHAZALI, "بعد اجتماع ضم رئيس الهيئة", "2020-02"),
      ("MET_WITH", AMIRI, KHAZALI, "بعد اجتماع ضم رئيس الهيئة", "2020-02"),
      ("LEADS", FAY, PMF, "رئيس الهيئة فالح"),
      ("LEADS", AMIRI, BADR, "لمنظمة بدر هادي"),
      ("LEADS", KHAZALI, AAH, "لعصائب أهل الحق قيس"),
      ("MEMBER_OF", JUBOURI, ABBASDIV, "المتحدث باسم الفرقة كرار"),
      ("SUPPORTS", IRAN, KH, "كتائب حزب الله المدعومة من إيران"),
      ("LEADS", POMPEO, STATE, "وزير الخارجية الأمريكي مايك"),
      ],
     {"source": "blind set (international wire agency, Arabic service)", "published": "2020-02-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setIQ")
