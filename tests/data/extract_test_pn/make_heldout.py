"""Blind set PN: Egypt and Libya 2012-2020 (second folder of PM-PN): the Supreme Court's ruling against
Ahmed Maiteeq's election and Libya's prime ministers replacing each other (Abushagur, Zeidan, al-Thinni,
Maiteeq; June 2014), Abdel Fattah el-Sisi's Cairo Declaration with Khalifa Haftar and Aguila Saleh (June
2020), King Salman's visit to Cairo (April 2016), the UN envoys succeeding each other (Mitri, Leon, Kobler,
Salame, Williams; brief of March 2020), Mahmoud Ahmadinejad's visit to Mohamed Morsi and Al-Azhar (February
2013), and Hillary Clinton's talks with Morsi and then Field Marshal Tantawi (July 2012), as a Libyan TV
site writes it in Arabic (Libya Al-Ahrar-like: "ليبيا الأحرار - طرابلس", "الحكومة المؤقتة"), an Egyptian
state site in English (Ahram Online-like: "President Abdel-Fattah El-Sisi", "Libyan-Libyan"), a Saudi daily
in Arabic (Okaz-like: "خادم الحرمين الشريفين", "في مقدمة مستقبليه"), a European think-tank brief in English
(ECFR-like), a Cairo private daily in Arabic (Al-Masry Al-Youm-like: "نجاد", "صالة كبار الزوار") and a
French wire in English (AFP-like: "CAIRO, July 15, 2012 (AFP) -").
Pieces: the court voids Maiteeq's election to succeed al-Thinni, who had replaced Zeidan, who had succeeded
Abushagur; al-Thinni receives US ambassador Deborah Jones (Arabic, PN1); Sisi, Haftar and Saleh meet and
hold a joint press conference with Abbas Kamel and Shoukry attending (English, PN2); Sisi receives King
Salman, talks with Sherif Ismail and al-Jubeir present (Arabic, PN3); Williams takes over from Salame, Leon
from Mitri, Kobler from Leon, Salame from Kobler; Salame brings Haftar and al-Sarraj together in Abu Dhabi
(English, PN4); Morsi receives Ahmadinejad with Kamel Amr present, Ahmadinejad meets al-Tayeb with
al-Shafei present (Arabic, PN5); Clinton meets Morsi, then Tantawi, Kamel Amr attending the Morsi talks
(English, PN6).
Excluded on purpose (no relation): Tarek Mitri's contacts with both sides (no meeting stated), Abusahmain's
signature (PN1); the GNA's refusal, Sisi's phone call with Trump, the April 2019 reception recalled in the
same article (already a pair) (PN2); King Salman's planned visit to Al-Azhar and meeting with al-Tayeb (PN3);
Ramtane Lamamra, who "could replace" Salame; the Berlin conference where Haftar and al-Sarraj did not meet;
Haftar's refusal to receive Kobler (PN4); Morsi's visit to Tehran, where he did not meet Khamenei (PN5);
Clinton's planned meeting with Netanyahu, the protesters in Alexandria (PN6).
Judgement calls: attendees of one meeting are paired with each other when they attend together ("attended
by A and B", «بحضور A وB»): PN2 Kamel-Shoukry, PN3 Ismail-al-Jubeir; attendees are paired with every
principal (PN2: Sisi, Haftar and Saleh); "The three men held a joint press conference after the meeting"
makes the talks a meeting of the three (PN2); "كُلّف ... بعد أن حجب المؤتمر الثقة عن ... علي زيدان" is a
succession (appointed after the other's dismissal, same post) (PN1); Maiteeq's election "خلفاً لعبدالله
الثني" is a succession even though the court voided it (PN1); "handed over ... to" and "his successor" are
successions (PN4); "Williams ... took over as acting head" is a succession (PN4); "brought Haftar and
al-Sarraj together" is a meeting of the three (PN4); "في مقدمة مستقبليه" at the airport is a meeting (PN3);
a prime minister LEADS the country.
Filled in for the exercise: Jones's visit on the eve of the ruling (PN1); Shoukry's presence and the
spokesman's account of the Trump call (PN2); al-Jubeir's and Ismail's presence at the talks (PN3); the
wording of the brief (PN4); Kamel Amr's presence at the airport, al-Shafei's presence at Al-Azhar (PN5);
Kamel Amr at the Morsi talks and the length of the talks (PN6).
Spellings: «أحمد معيتيق», «عبدالله الثني», «علي زيدان», «مصطفى أبوشاقور», «نوري أبوسهمين» (PN1);
"Abdel-Fattah El-Sisi", "Khalifa Haftar", "Aguila Saleh", "Fayez al-Serraj" (PN2); «عبدالفتاح السيسي»,
«سلمان بن عبدالعزيز آل سعود», «عادل الجبير» (PN3); "Ghassan Salamé", "Bernardino León", "al-Sarraj" (PN4);
«نجاد», «أحمدي نجاد», «محمد كامل عمرو», «الإمام الأكبر» (PN5); "Mohammed Morsi", "Hussein Tantawi",
"Hillary Rodham Clinton" (PN6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pn import ALL  # noqa: E402

HERE = Path(__file__).parent

EGYPT, LIBYA, US, SAUDI, IRAN = (
    "country:egypt", "country:libya", "country:united-states", "country:saudi-arabia", "country:iran")
GNC, LNA, GNA, HOR, UNSMIL, SCAF, MB = (
    "organization:general-national-congress", "organization:libyan-national-army",
    "organization:government-of-national-accord", "organization:libyan-house-of-representatives",
    "organization:unsmil", "organization:supreme-council-of-the-armed-forces", "organization:muslim-brotherhood")
GIS, EGFM, AZHAR = ("organization:egyptian-general-intelligence", "organization:egyptian-foreign-ministry",
                    "organization:al-azhar")
MAITEEQ, THINNI, ZEIDAN, ABUSHAGUR, ABUSAHMAIN, JONES = (
    "person:ahmed-maiteeq", "person:abdullah-al-thinni", "person:ali-zeidan", "person:mustafa-abushagur",
    "person:nouri-abusahmain", "person:deborah-jones")
SISI, HAFTAR, SALEH, KAMEL, SHOUKRY, SARRAJ, TRUMP = (
    "person:abdel-fattah-el-sisi", "person:khalifa-haftar", "person:aguila-saleh", "person:abbas-kamel",
    "person:sameh-shoukry", "person:fayez-al-sarraj", "person:donald-trump")
SALMAN, ISMAIL, JUBEIR, TAYEB, SHAFEI = (
    "person:salman-bin-abdulaziz", "person:sherif-ismail", "person:adel-al-jubeir", "person:ahmed-al-tayeb",
    "person:hassan-al-shafei")
MITRI, LEON, KOBLER, SALAME, WILLIAMS = (
    "person:tarek-mitri", "person:bernardino-leon", "person:martin-kobler", "person:ghassan-salame",
    "person:stephanie-williams")
MORSI, AHMADINEJAD, AMR, CLINTON, TANTAWI = (
    "person:mohamed-morsi", "person:mahmoud-ahmadinejad", "person:mohamed-kamel-amr", "person:hillary-clinton",
    "person:mohamed-hussein-tantawi")

AHRAR = "blind set (Libyan TV news site, Arabic, Libya Al-Ahrar-like)"
AHRAMONLINE = "blind set (Egyptian state news site, English, Ahram Online-like)"
OKAZ = "blind set (Saudi daily, Arabic, Okaz-like)"
BRIEF = "blind set (European think-tank policy brief, English, ECFR-like)"
MASRY = "blind set (Cairo private daily, Arabic, Al-Masry Al-Youm-like)"
AFP = "blind set (French news wire, English service, AFP-like)"

ARTICLES = [
    ("arPN1_court_voids_maiteeq_ahrar", "ar",
     "المحكمة العليا تقضي بعدم دستورية انتخاب معيتيق.. والثني يواصل مهامه\n"
     "ليبيا الأحرار - طرابلس\n"
     "قضت الدائرة الدستورية بالمحكمة العليا، اليوم الاثنين، بعدم دستورية قرار المؤتمر الوطني العام انتخاب أحمد "
     "معيتيق رئيساً للحكومة المؤقتة في جلسة الرابع من مايو الماضي خلفاً لعبدالله الثني.\n"
     "وأعلن معيتيق عقب صدور الحكم قبوله به، مؤكداً احترامه لأحكام القضاء \"حرصاً على وحدة البلاد\".\n"
     "وكان الثني، وزير الدفاع السابق، قد كُلّف في 11 مارس بتسيير الحكومة بعد أن حجب المؤتمر الثقة عن رئيسها "
     "علي زيدان، الذي غادر البلاد إلى أوروبا بعد ساعات.\n"
     "وجاء زيدان نفسه إلى رئاسة الوزراء في أكتوبر 2012 خلفاً لمصطفى أبوشاقور، الذي أقاله المؤتمر قبل أن تنال "
     "حكومته الثقة.\n"
     "وكان رئيس المؤتمر الوطني العام نوري أبوسهمين قد وقّع قرار اعتماد حكومة معيتيق، في حين رفض الثني تسليم "
     "السلطة قبل صدور حكم القضاء.\n"
     "واستقبل الثني مساء أمس بمقر رئاسة الوزراء في طريق السكة السفيرة الأمريكية لدى ليبيا ديبورا جونز، "
     "وبحث معها الأوضاع الأمنية في بنغازي ومسار الانتخابات البرلمانية المقررة في 25 يونيو.\n"
     "من جهته، أجرى المبعوث الأممي طارق متري اتصالات بالطرفين، داعياً إلى احترام الحكم.",
     [("SUCCESSOR_OF", MAITEEQ, THINNI, "خلفاً لعبدالله الثني", "2014-05-04"),
      ("SUCCESSOR_OF", THINNI, ZEIDAN, "قد كُلّف في 11 مارس بتسيير الحكومة", "2014-03-11"),
      ("SUCCESSOR_OF", ZEIDAN, ABUSHAGUR, "خلفاً لمصطفى أبوشاقور", "2012-10"),
      ("LEADS", ABUSAHMAIN, GNC, "رئيس المؤتمر الوطني العام نوري أبوسهمين"),
      ("MET_WITH", THINNI, JONES, "السفيرة الأمريكية لدى ليبيا ديبورا جونز", "2014-06-08"),
      ],
     {"source": AHRAR, "published": "2014-06-09"}),

    ("enPN2_sisi_cairo_declaration_ahram_online", "en",
     "Sisi announces 'Cairo Declaration' on Libya alongside Haftar, Aguila Saleh\n"
     "Ahram Online, Saturday 6 Jun 2020\n"
     "President Abdel-Fattah El-Sisi on Saturday announced a Libyan-Libyan initiative to end the conflict in "
     "the neighbouring country, calling for a ceasefire starting Monday, following talks at the Ittihadiya "
     "presidential palace with Libyan National Army commander Khalifa Haftar and the speaker of the "
     "Tobruk-based House of Representatives, Aguila Saleh.\n"
     "The three men held a joint press conference after the meeting, which was attended by head of the General "
     "Intelligence Service Abbas Kamel and Foreign Minister Sameh Shoukry.\n"
     "The initiative, dubbed the Cairo Declaration, calls for the withdrawal of foreign mercenaries, the "
     "dismantling of militias and the election of a new presidential council.\n"
     "El-Sisi warned that any attempt to settle the crisis by force would be \"unacceptable\". He had received "
     "Haftar in Cairo in April last year, days after the LNA launched its offensive on Tripoli.\n"
     "The Tripoli-based Government of National Accord, headed by Fayez al-Serraj, has yet to respond, though a "
     "spokesman said the government \"does not need new initiatives\".\n"
     "Later on Saturday, El-Sisi discussed the initiative in a phone call with US President Donald Trump, the "
     "presidential spokesman said.",
     met_group({SISI: "President Abdel-Fattah El-Sisi on Saturday",
                HAFTAR: "Libyan National Army commander Khalifa Haftar",
                SALEH: "Tobruk-based House of Representatives, Aguila Saleh"}, "2020-06-06") +
     [(rel, a, b, needle, "2020-06-06") for rel, a, b, needle in [
         ("MET_WITH", KAMEL, SISI, "attended by head of the General"),
         ("MET_WITH", KAMEL, HAFTAR, "The three men held a joint press conference"),
         ("MET_WITH", KAMEL, SALEH, "Intelligence Service Abbas Kamel"),
         ("MET_WITH", SHOUKRY, SISI, "and Foreign Minister Sameh Shoukry"),
         ("MET_WITH", SHOUKRY, HAFTAR, "after the meeting, which was attended"),
         ("MET_WITH", SHOUKRY, SALEH, "Foreign Minister Sameh"),
         ("MET_WITH", KAMEL, SHOUKRY, "Abbas Kamel and Foreign Minister")]] + [
      ("LEADS", HAFTAR, LNA, "National Army commander Khalifa"),
      ("LEADS", SALEH, HOR, "the speaker of the"),
      ("LEADS", KAMEL, GIS, "head of the General"),
      ("LEADS", SHOUKRY, EGFM, "Minister Sameh Shoukry"),
      ("LEADS", SARRAJ, GNA, "headed by Fayez al-Serraj"),
      ("LEADS", TRUMP, US, "US President Donald Trump"),
      ("LEADS", SISI, EGYPT, "Abdel-Fattah El-Sisi on Saturday announced"),
      ],
     {"source": AHRAMONLINE, "published": "2020-06-06"}),

    ("arPN3_king_salman_cairo_okaz", "ar",
     "خادم الحرمين يصل القاهرة في زيارة تاريخية.. والسيسي في مقدمة مستقبليه\n"
     "القاهرة - عكاظ\n"
     "وصل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود إلى القاهرة أمس في زيارة رسمية لجمهورية مصر "
     "العربية تستغرق خمسة أيام، وكان في مقدمة مستقبليه بمطار القاهرة الدولي الرئيس عبدالفتاح السيسي.\n"
     "وعقد خادم الحرمين والرئيس المصري جلسة مباحثات رسمية في قصر الاتحادية، بحضور رئيس مجلس الوزراء المصري "
     "المهندس شريف إسماعيل ووزير الخارجية عادل الجبير، تناولت العلاقات الأخوية بين البلدين الشقيقين ومستجدات "
     "الأوضاع في المنطقة.\n"
     "وشهد الزعيمان عقب المباحثات توقيع 17 اتفاقية ومذكرة تفاهم، من بينها اتفاقية تعيين الحدود البحرية بين "
     "المملكة ومصر، وإنشاء صندوق استثمار مشترك.\n"
     "ومن المقرر أن يزور الملك سلمان خلال الزيارة الجامع الأزهر، حيث يلتقي الإمام الأكبر شيخ الأزهر الدكتور "
     "أحمد الطيب، كما يلقي كلمة أمام مجلس النواب المصري.\n"
     "ويضم الوفد الرسمي المرافق لخادم الحرمين عدداً من أصحاب السمو الأمراء والوزراء.",
     [("LEADS", SALMAN, SAUDI, "الملك سلمان بن عبدالعزيز آل سعود"),
      ("MET_WITH", SALMAN, SISI, "وكان في مقدمة مستقبليه", "2016-04-07"),
      ("LEADS", SISI, EGYPT, "والرئيس المصري جلسة"),
      ("MET_WITH", ISMAIL, SISI, "بحضور رئيس مجلس الوزراء المصري", "2016-04-07"),
      ("MET_WITH", ISMAIL, SALMAN, "المهندس شريف إسماعيل", "2016-04-07"),
      ("MET_WITH", JUBEIR, SISI, "ووزير الخارجية عادل الجبير", "2016-04-07"),
      ("MET_WITH", JUBEIR, SALMAN, "عادل الجبير، تناولت", "2016-04-07"),
      ("MET_WITH", ISMAIL, JUBEIR, "إسماعيل ووزير الخارجية", "2016-04-07"),
      ("LEADS", ISMAIL, EGYPT, "رئيس مجلس الوزراء المصري"),
      ("LEADS", TAYEB, AZHAR, "الإمام الأكبر شيخ الأزهر"),
      ],
     {"source": OKAZ, "published": "2016-04-08"}),

    ("enPN4_un_envoys_brief_ecfr", "en",
     "Libya's revolving door: five UN envoys and no settlement\n"
     "Policy brief, March 2020\n"
     "When Ghassan Salamé resigned on 2 March, citing his health, he became the fourth UN envoy to leave Libya "
     "without a settlement. His deputy, Stephanie Williams, a former US chargé d'affaires in Tripoli, took over "
     "as acting head of UNSMIL. Diplomats say former Algerian foreign minister Ramtane Lamamra could replace "
     "Salamé permanently, though Washington has yet to agree.\n"
     "The first of them, Lebanon's Tarek Mitri, handed over in August 2014 to the Spanish diplomat Bernardino "
     "León, as the country split between rival parliaments in Tripoli and Tobruk. León shepherded the talks "
     "that produced the Skhirat agreement, but his term ended in November 2015 amid revelations that he had "
     "negotiated a job in the UAE; Germany's Martin Kobler, his successor, oversaw the signing in December.\n"
     "Kobler never won the trust of the east: Haftar refused to receive him for months. Salamé, appointed in "
     "June 2017 to replace Kobler, fared better at first. In February 2019 he brought Haftar and al-Sarraj "
     "together in Abu Dhabi, where the two men agreed to hold elections, an understanding that collapsed six "
     "weeks later when the LNA marched on Tripoli.\n"
     "At the Berlin conference in January, Haftar and al-Sarraj were both in the city but would not sit in the "
     "same room.",
     [("SUCCESSOR_OF", WILLIAMS, SALAME, "His deputy, Stephanie Williams", "2020-03"),
      ("LEADS", WILLIAMS, UNSMIL, "as acting head of UNSMIL"),
      ("SUCCESSOR_OF", LEON, MITRI, "handed over in August 2014", "2014-08"),
      ("SUCCESSOR_OF", KOBLER, LEON, "Germany's Martin Kobler, his successor", "2015-11"),
      ("SUCCESSOR_OF", SALAME, KOBLER, "June 2017 to replace Kobler", "2017-06"),
      ] + met_group({SALAME: "In February 2019 he brought", HAFTAR: "brought Haftar and al-Sarraj",
                     SARRAJ: "together in Abu Dhabi, where the two men"}, "2019-02-27"),
     {"source": BRIEF, "published": "2020-03-10"}),

    ("arPN5_ahmadinejad_cairo_masry", "ar",
     "نجاد في القاهرة.. مرسي يستقبله بالمطار وشيخ الأزهر يطالبه باحترام البحرين\n"
     "المصري اليوم\n"
     "استقبل الرئيس محمد مرسي، أمس، الرئيس الإيراني محمود أحمدي نجاد لدى وصوله إلى مطار القاهرة الدولي للمشاركة "
     "في قمة منظمة التعاون الإسلامي، في أول زيارة لرئيس إيراني إلى مصر منذ أكثر من ثلاثة عقود، وعقد الرئيسان "
     "جلسة مباحثات مغلقة بصالة كبار الزوار، بحضور وزير الخارجية محمد كامل عمرو.\n"
     "ثم توجه نجاد إلى مشيخة الأزهر، حيث التقى الإمام الأكبر الدكتور أحمد الطيب، الذي طالبه بعدم التدخل في شؤون "
     "دول الخليج واحترام البحرين \"دولة عربية شقيقة\".\n"
     "وحضر اللقاء الدكتور حسن الشافعي، كبير مستشاري شيخ الأزهر، الذي قال في مؤتمر صحفي مشترك إن اللقاء تطرق "
     "أيضاً إلى \"وقف نزيف الدم في سوريا\".\n"
     "وفي حي الحسين، حاول أحد الشباب الاعتداء على الرئيس الإيراني بحذائه لدى خروجه من المسجد، قبل أن يبعده "
     "الأمن.\n"
     "وكان مرسي قد زار طهران في أغسطس الماضي لساعات للمشاركة في قمة عدم الانحياز، ولم يلتقِ خلالها المرشد "
     "الإيراني علي خامنئي.",
     [("MET_WITH", MORSI, AHMADINEJAD, "الرئيس الإيراني محمود أحمدي نجاد لدى وصوله", "2013-02-05"),
      ("LEADS", AHMADINEJAD, IRAN, "الرئيس الإيراني محمود أحمدي نجاد"),
      ("MET_WITH", AMR, MORSI, "بحضور وزير الخارجية محمد كامل عمرو", "2013-02-05"),
      ("MET_WITH", AMR, AHMADINEJAD, "جلسة مباحثات مغلقة بصالة كبار الزوار", "2013-02-05"),
      ("LEADS", AMR, EGFM, "وزير الخارجية محمد كامل عمرو"),
      ("MET_WITH", AHMADINEJAD, TAYEB, "حيث التقى الإمام الأكبر", "2013-02-05"),
      ("MET_WITH", SHAFEI, AHMADINEJAD, "وحضر اللقاء الدكتور حسن الشافعي", "2013-02-05"),
      ("MET_WITH", SHAFEI, TAYEB, "كبير مستشاري شيخ الأزهر", "2013-02-05"),
      ("MEMBER_OF", SHAFEI, AZHAR, "حسن الشافعي، كبير مستشاري"),
      ("LEADS", MORSI, EGYPT, "استقبل الرئيس محمد مرسي"),
      ],
     {"source": MASRY, "published": "2013-02-06"}),

    ("enPN6_clinton_tantawi_afp", "en",
     "Clinton meets Egypt's top general after talks with Morsi\n"
     "CAIRO, July 15, 2012 (AFP) - US Secretary of State Hillary Rodham Clinton met Egypt's top general, "
     "Field Marshal Hussein Tantawi, on Sunday, a day after talks with the country's new Islamist president "
     "Mohammed Morsi, urging both to work together on a full transition to civilian rule.\n"
     "Tantawi, who heads the Supreme Council of the Armed Forces that took power after Hosni Mubarak's ouster in "
     "February 2011, told Clinton the military would not allow \"a certain group\" to dominate Egypt, the "
     "official MENA news agency reported.\n"
     "The generals stripped the presidency of many of its powers days before Morsi, a veteran Muslim Brotherhood "
     "leader, was sworn in on June 30.\n"
     "Clinton's talks with Morsi on Saturday lasted more than an hour at the Ittihadiya palace and were also "
     "attended by Foreign Minister Mohammed Kamel Amr, an Egyptian official said.\n"
     "In Alexandria on Sunday, protesters chanting anti-American slogans threw tomatoes and shoes at her "
     "motorcade. Clinton was due to fly on to Israel on Monday for talks with Prime Minister Benjamin "
     "Netanyahu.",
     [("MET_WITH", CLINTON, TANTAWI, "met Egypt's top general", "2012-07-15"),
      ("MET_WITH", CLINTON, MORSI, "a day after talks with the country's new Islamist president", "2012-07-14"),
      ("LEADS", TANTAWI, SCAF, "who heads the Supreme Council of the Armed Forces"),
      ("MEMBER_OF", MORSI, MB, "a veteran Muslim Brotherhood"),
      ("MET_WITH", AMR, CLINTON, "were also attended by Foreign Minister", "2012-07-14"),
      ("MET_WITH", AMR, MORSI, "Mohammed Kamel Amr, an Egyptian official said", "2012-07-14"),
      ("LEADS", AMR, EGFM, "Foreign Minister Mohammed Kamel Amr"),
      ],
     {"source": AFP, "published": "2012-07-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPN")
