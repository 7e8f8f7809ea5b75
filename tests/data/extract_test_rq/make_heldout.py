"""Blind set RQ: Yemen 2011-2022 (first folder of RQ-RR): Abdrabbuh Mansur Hadi takes over from Ali Abdullah
Saleh (February 2012), Ismail Ould Cheikh Ahmed named UN envoy in place of Jamal Benomar (April 2015), Mahdi
al-Mashat sworn in to succeed Saleh al-Sammad after the coalition strike in Hodeidah (April 2018), Saleh
killed by the Houthis (December 2017), the close of the Stockholm consultations (December 2018) and Hadi's
transfer of power to Rashad al-Alimi's Presidential Leadership Council (April 2022), as Yemen's state agency
writes it in Arabic (Saba-like, 2012: "صنعاء - سبأ", "فخامة الأخ المشير"), a wire in English (Reuters-like:
"UNITED NATIONS, April 25 (Reuters) -"), the Houthis' TV site in Arabic (al-Masirah-like: "الرئيس الشهيد",
"طيران العدوان الأمريكي السعودي", "قائد الثورة"), a US wire in English (AP-like: "SANAA, Yemen (AP) —"), a
Saudi-owned pan-Arab daily in Arabic (Asharq al-Awsat-like: "ستوكهولم: «الشرق الأوسط»", months with their
Levantine names) and a Qatari TV site in English (Al Jazeera-like).
Pieces: Saleh hands the flag to Hadi, who had been sworn in to succeed him; Hadi receives Benomar in the
presence of Basindawa (Arabic, RQ1); Ban appoints Ould Cheikh Ahmed, replacing Benomar; Hadi meets Bahah in
Riyadh (English, RQ2); Mashat sworn in to succeed Sammad, killed in a strike of "the aggression's aircraft";
Mashat meets bin Habtoor in the presence of Mohammed Ali al-Houthi (Arabic, RQ3); the Houthis kill Saleh
and al-Zouka; Hadi, "who succeeded Saleh", holds an emergency meeting with Ali Mohsen and bin Daghr
(English, RQ4); Guterres's joint meeting with the heads of the two delegations, al-Yamani and Abdulsalam, in
the presence of Griffiths and Wallstrom; Griffiths "who succeeded" Ould Cheikh Ahmed (Arabic, RQ5); Hadi
hands power to the council; al-Alimi replaces Hadi; Mohammed bin Salman receives al-Alimi, al-Zubaidi and
Tareq Saleh; Grundberg took over from Griffiths (English, RQ6).
Excluded on purpose (no relation): the June 2011 attempt on Saleh's life (failed, no agent), King Abdullah's
phone call to Hadi, Ban's congratulations conveyed by Benomar (RQ1); Ban's phone call with Hadi, the new
envoy's planned trip to Riyadh and hoped-for Houthi meeting, Riyadh's accusation against Benomar (RQ2); Abdul-
Malik al-Houthi's accusation of the US administration and the Saudi regime (RQ3); Tareq Saleh's escape, Ahmed
Ali Saleh's silence (RQ4); Abdulsalam's denial of any meeting with the Saudi ambassador Al Jaber, Hadi's
phone call to Guterres, the next round planned for January (RQ5); Ali Mohsen's dismissal (no successor
named), Grundberg's expected trip to Sanaa, the Houthis' rejection (RQ6).
Judgement calls: Saleh handing the flag to Hadi in person at the ceremony is a meeting of the two (RQ1); an
attendee («بحضور») is paired with both principals (RQ1 Basindawa, RQ3 Mohammed Ali al-Houthi); "a strike of
the American-Saudi aggression's aircraft" (al-Masirah's name for the coalition) gives Sammad ->
organization:saudi-led-coalition, not the two countries (RQ3); "The rebels also killed Aref al-Zouka" is an
assassination by the Houthis (RQ4); "held an emergency meeting with" A and B is one meeting of the three
(RQ4); Guterres's "joint meeting" with the two heads of delegation in the presence of Griffiths and Wallstrom
is one meeting of all five: the two attendees, present together, are paired with each other too, as most dev
gold does (RQ5); Mohammed bin Salman "received al-Alimi and the council's members, including al-Zubaidi and
Tareq Saleh" is one meeting of the four (RQ6); a prime minister LEADS the country (RQ1 Basindawa, RQ4 bin
Daghr), a former president who "ruled" the country LEADS it (RQ4); council members named as "deputies" of
the chairman are MEMBER_OF the council (RQ6); "the party's secretary-general" is MEMBER_OF the party (RQ4).
Filled in for the exercise: Hadi's meeting with Benomar after the ceremony and Basindawa's presence, the
wording of Saleh's speech (RQ1); Hadi's meeting with Bahah, Ban's phone call, the new envoy's travel plans
(RQ2); Mashat's meeting with bin Habtoor and Mohammed Ali al-Houthi's presence, the quotations (RQ3); Hadi's
emergency meeting, the coalition's overnight strikes (RQ4); the joint meeting's attendance, Abdulsalam's
denial, Hadi's phone call (RQ5); the naming of al-Zubaidi and Tareq Saleh among those received, the Houthis'
wording (RQ6).
Spellings: "عبدربه منصور هادي", "الرئيس السابق علي عبدالله صالح", "محمد سالم باسندوة" (RQ1); "Abd-Rabbu Mansour
Hadi", "Ismail Ould Cheikh Ahmed" (RQ2); "مهدي المشاط", "صالح علي الصماد", "عبدالملك بدرالدين الحوثي",
"عبدالعزيز بن حبتور" (RQ3); "Abed Rabbo Mansour Hadi", "Ahmed bin Daghr", "Aref al-Zouka" (RQ4); "أنطونيو
غوتيريش", "مارتن غريفيث", "مارغوت فالستروم", "محمد عبد السلام", "إسماعيل ولد الشيخ أحمد" (RQ5); "al-Alimi",
"Aidarous al-Zubaidi" (RQ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rr import ALL  # noqa: E402

HERE = Path(__file__).parent

YEMEN, SAUDI = "country:yemen", "country:saudi-arabia"
HOUTHIS, SPC, COALITION, PLC, STC, GPC, UN = (
    "organization:houthis", "organization:houthi-supreme-political-council", "organization:saudi-led-coalition",
    "organization:presidential-leadership-council", "organization:southern-transitional-council",
    "organization:general-peoples-congress", "organization:united-nations")
SALEH, HADI, TAREQ, ZOUKA, BASINDAWA, BAHAH, ALI_MOHSEN, BIN_DAGHR, YAMANI, ALIMI, ZUBAIDI = (
    "person:ali-abdullah-saleh", "person:abdrabbuh-mansur-hadi", "person:tareq-saleh", "person:aref-al-zouka",
    "person:mohammed-basindawa", "person:khaled-bahah", "person:ali-mohsen-al-ahmar", "person:ahmed-obaid-bin-daghr",
    "person:khaled-al-yamani", "person:rashad-al-alimi", "person:aidarous-al-zubaidi")
SAMMAD, MASHAT, MA_HOUTHI, ABDULSALAM, HABTOOR = (
    "person:saleh-al-sammad", "person:mahdi-al-mashat", "person:mohammed-ali-al-houthi",
    "person:mohammed-abdulsalam", "person:abdulaziz-bin-habtoor")
BENOMAR, OCA, GRIFFITHS, GRUNDBERG, BAN, GUTERRES = (
    "person:jamal-benomar", "person:ismail-ould-cheikh-ahmed", "person:martin-griffiths", "person:hans-grundberg",
    "person:ban-ki-moon", "person:antonio-guterres")
KING_ABDULLAH, MBS, WALLSTROM = ("person:abdullah-bin-abdulaziz", "person:mohammed-bin-salman",
                                 "person:margot-wallstrom")

SABA = "blind set (Yemeni state news agency, Arabic, Saba-like, 2012)"
REUTERS = "blind set (international news wire, English, Reuters-like)"
MASIRAH = "blind set (Houthi TV news site, Arabic, al-Masirah-like)"
AP = "blind set (US news wire, English, AP-like)"
ASHARQ = "blind set (Saudi-owned pan-Arab daily, Arabic, Asharq al-Awsat-like)"
JAZEERA = "blind set (Qatari TV news site, English, Al Jazeera-like)"

ARTICLES = [
    ("arRQ1_hadi_takes_over_saba", "ar",
     "فخامة رئيس الجمهورية يتسلم مقاليد السلطة في حفل رسمي بدار الرئاسة\n"
     "صنعاء - سبأ\n"
     "تسلم فخامة الأخ المشير عبدربه منصور هادي رئيس الجمهورية، اليوم الاثنين، علم الجمهورية اليمنية من الرئيس "
     "السابق علي عبدالله صالح، في حفل رسمي أقيم بدار الرئاسة بصنعاء، إيذاناً بانتقال السلطة سلمياً وفقاً "
     "للمبادرة الخليجية وآليتها التنفيذية المزمنة.\n"
     "وكان الرئيس هادي قد أدى السبت الماضي اليمين الدستورية أمام مجلس النواب رئيساً للجمهورية خلفاً لصالح، "
     "عقب الانتخابات الرئاسية المبكرة التي جرت في الحادي والعشرين من فبراير.\n"
     "وفي كلمته خلال الحفل، دعا الرئيس السابق اليمنيين إلى الوقوف صفاً واحداً خلف القيادة الجديدة، مذكّراً "
     "بأنه نجا من محاولة اغتيال في مسجد دار الرئاسة في يونيو الماضي.\n"
     "وعقب الحفل، استقبل فخامة رئيس الجمهورية مستشار الأمين العام للأمم المتحدة مبعوثه الخاص إلى اليمن جمال "
     "بنعمر، بحضور رئيس حكومة الوفاق الوطني الأستاذ محمد سالم باسندوة.\n"
     "وجرى خلال اللقاء استعراض الخطوات القادمة للمرحلة الانتقالية، وفي مقدمتها التحضير لمؤتمر الحوار الوطني "
     "وإعادة هيكلة القوات المسلحة.\n"
     "ونقل بنعمر تهاني الأمين العام للأمم المتحدة بان كي مون لفخامة الرئيس، مؤكداً دعم المجتمع الدولي لليمن في "
     "هذه المرحلة.\n"
     "إلى ذلك، تلقى فخامة الرئيس اتصالاً هاتفياً من أخيه خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز آل "
     "سعود، ملك المملكة العربية السعودية، هنأه فيه بتسلم مهامه الدستورية.",
     [("MET_WITH", HADI, SALEH, "علم الجمهورية اليمنية من الرئيس", "2012-02-27"),
      ("SUCCESSOR_OF", HADI, SALEH, "رئيساً للجمهورية خلفاً لصالح", "2012-02-25"),
      ("LEADS", HADI, YEMEN, "فخامة الأخ المشير عبدربه"),
      ("MET_WITH", HADI, BENOMAR, "مبعوثه الخاص إلى اليمن جمال", "2012-02-27"),
      ("MET_WITH", BASINDAWA, HADI, "بحضور رئيس حكومة الوفاق الوطني", "2012-02-27"),
      ("MET_WITH", BASINDAWA, BENOMAR, "الأستاذ محمد سالم باسندوة", "2012-02-27"),
      ("LEADS", BASINDAWA, YEMEN, "رئيس حكومة الوفاق الوطني الأستاذ"),
      ("LEADS", BAN, UN, "الأمين العام للأمم المتحدة بان كي مون"),
      ("LEADS", KING_ABDULLAH, SAUDI, "ملك المملكة العربية السعودية"),
      ],
     {"source": SABA, "published": "2012-02-27"}),

    ("enRQ2_ould_cheikh_replaces_benomar_reuters", "en",
     "U.N. names Mauritanian diplomat as Yemen envoy after Benomar quits\n"
     "UNITED NATIONS, April 25 (Reuters) - U.N. Secretary-General Ban Ki-moon on Saturday appointed Mauritanian "
     "diplomat Ismail Ould Cheikh Ahmed as his special envoy for Yemen, replacing Jamal Benomar, who stepped down "
     "last week after Gulf Arab states lost confidence in his mediation.\n"
     "Ould Cheikh Ahmed, who headed the U.N. Ebola mission in West Africa, takes over as a Saudi-led coalition "
     "pounds Houthi positions across the country for a fifth week.\n"
     "Benomar, a Moroccan, had brokered the September deal under which the Iran-allied Houthis were to pull out "
     "of Sanaa. Diplomats said Riyadh had accused him of giving the group cover as it advanced south to Aden, "
     "forcing President Abd-Rabbu Mansour Hadi to flee to Saudi Arabia in March.\n"
     "Hadi, who is living in Riyadh, met Vice President Khaled Bahah at his residence in the Saudi capital on "
     "Friday to discuss the humanitarian situation, Yemen's Saba news agency said. Ban spoke by phone with Hadi on "
     "Thursday, a U.N. spokesman said.\n"
     "The new envoy is expected to travel to Riyadh in the coming days for talks with Hadi and Bahah, and has "
     "said he hopes to meet the Houthi leadership as well.\n"
     "The coalition said on Tuesday it was ending its \"Decisive Storm\" air campaign, but strikes continued on "
     "Saturday in Sanaa and the southern city of Taiz, residents said.",
     [("SUCCESSOR_OF", OCA, BENOMAR, "replacing Jamal Benomar", "2015-04-25"),
      ("LEADS", BAN, UN, "U.N. Secretary-General Ban Ki-moon"),
      ("LEADS", HADI, YEMEN, "President Abd-Rabbu Mansour Hadi"),
      ("MET_WITH", HADI, BAHAH, "met Vice President Khaled Bahah", "2015-04-24"),
      ],
     {"source": REUTERS, "published": "2015-04-25"}),

    ("arRQ3_mashat_succeeds_sammad_masirah", "ar",
     "الرئيس المشاط يؤدي اليمين الدستورية رئيساً للمجلس السياسي الأعلى خلفاً للشهيد الصماد\n"
     "صنعاء - المسيرة نت\n"
     "أدى الأخ مهدي المشاط، اليوم الأربعاء، اليمين الدستورية أمام مجلس النواب رئيساً للمجلس السياسي الأعلى، "
     "خلفاً للرئيس الشهيد صالح علي الصماد الذي ارتقى في غارة لطيران العدوان الأمريكي السعودي استهدفته "
     "ومرافقيه السبعة في محافظة الحديدة يوم الخميس الماضي.\n"
     "وكان قائد الثورة السيد عبدالملك بدرالدين الحوثي قد أعلن في كلمة متلفزة مساء الاثنين نبأ استشهاد الرئيس "
     "الصماد، محمّلاً الإدارة الأمريكية والنظام السعودي المسؤولية الكاملة عن الجريمة، ومؤكداً أنها «لن تمر "
     "دون حساب».\n"
     "وجرت مراسم أداء اليمين في جلسة استثنائية برئاسة رئيس مجلس النواب الأخ يحيى علي الراعي.\n"
     "وعقب أداء اليمين، التقى الرئيس المشاط رئيس حكومة الإنقاذ الوطني الدكتور عبدالعزيز بن حبتور، بحضور عضو "
     "المجلس السياسي الأعلى محمد علي الحوثي، وجرى بحث الأوضاع في الجبهات وفي مقدمتها جبهة الساحل الغربي.\n"
     "من جهته، وصف رئيس الوفد الوطني محمد عبدالسلام الجريمة بأنها «رسالة واضحة على أن تحالف العدوان لا يريد "
     "السلام»، مؤكداً أن دماء الرئيس الشهيد «ستكون لعنة على القتلة».",
     [("SUCCESSOR_OF", MASHAT, SAMMAD, "خلفاً للرئيس الشهيد صالح", "2018-04-25"),
      ("LEADS", MASHAT, SPC, "رئيساً للمجلس السياسي الأعلى، خلفاً"),
      ("ASSASSINATED_BY", SAMMAD, COALITION, "في غارة لطيران العدوان", "2018-04-19"),
      ("MET_WITH", MASHAT, HABTOOR, "التقى الرئيس المشاط رئيس حكومة", "2018-04-25"),
      ("MET_WITH", MA_HOUTHI, MASHAT, "بحضور عضو المجلس السياسي", "2018-04-25"),
      ("MET_WITH", MA_HOUTHI, HABTOOR, "محمد علي الحوثي، وجرى", "2018-04-25"),
      ("MEMBER_OF", MA_HOUTHI, SPC, "عضو المجلس السياسي الأعلى محمد"),
      ],
     {"source": MASIRAH, "published": "2018-04-25"}),

    ("enRQ4_saleh_killed_ap", "en",
     "Yemen's ex-president Saleh killed as alliance with rebels collapses\n"
     "SANAA, Yemen (AP) \u2014 Yemen's former President Ali Abdullah Saleh, who ruled the Arab world's poorest "
     "country for more than three decades, was killed Monday by Houthi rebels, his onetime allies, days after he "
     "broke with them, officials from both sides said.\n"
     "The rebels' Al-Masirah TV announced the \"killing of the leader of the traitors,\" and footage circulated "
     "online showed his body wrapped in a blanket in the back of a pickup truck. The Houthis stopped his convoy "
     "south of the capital as he tried to flee to his hometown of Sanhan, officials from his General People's "
     "Congress party said.\n"
     "The rebels also killed Aref al-Zouka, the party's secretary-general, who was traveling with him.\n"
     "In Riyadh, President Abed Rabbo Mansour Hadi, who succeeded Saleh in 2012 and has lived in exile since the "
     "Houthis overran Sanaa, held an emergency meeting with Vice President Ali Mohsen al-Ahmar and Prime Minister "
     "Ahmed bin Daghr, and later called on Yemenis to \"rise up\" against the rebels in a televised speech.\n"
     "Saleh's eldest son, Ahmed Ali Saleh, a former commander of the Republican Guard who lives in the United Arab "
     "Emirates, did not comment. His nephew Tareq Saleh was reported to have escaped the capital.\n"
     "The Saudi-led coalition, which has fought the Houthis since 2015, stepped up airstrikes on Sanaa overnight.",
     [("ASSASSINATED_BY", SALEH, HOUTHIS, "was killed Monday by Houthi rebels", "2017-12-04"),
      ("LEADS", SALEH, YEMEN, "who ruled the Arab world's poorest"),
      ("ASSASSINATED_BY", ZOUKA, HOUTHIS, "The rebels also killed Aref al-Zouka", "2017-12-04"),
      ("MEMBER_OF", ZOUKA, GPC, "the party's secretary-general"),
      ("SUCCESSOR_OF", HADI, SALEH, "who succeeded Saleh in 2012", "2012-02-25"),
      ("LEADS", HADI, YEMEN, "President Abed Rabbo Mansour Hadi"),
      ("LEADS", BIN_DAGHR, YEMEN, "Prime Minister Ahmed bin Daghr"),
      ] + met_group({HADI: "In Riyadh, President Abed Rabbo", ALI_MOHSEN: "held an emergency meeting with Vice",
                     BIN_DAGHR: "and Prime Minister Ahmed bin Daghr"}, "2017-12-04"),
     {"source": AP, "published": "2017-12-04"}),

    ("arRQ5_stockholm_talks_asharq", "ar",
     "غوتيريش يعلن من السويد اتفاقاً على الحديدة... ومصافحة بين اليماني وعبد السلام\n"
     "ستوكهولم: «الشرق الأوسط»\n"
     "أعلن الأمين العام للأمم المتحدة أنطونيو غوتيريش، أمس، في ختام المشاورات اليمنية التي استضافتها قلعة "
     "يوهانسبرغ في بلدة ريمبو شمال ستوكهولم على مدى أسبوع، توصل طرفي النزاع إلى اتفاق بشأن مدينة الحديدة "
     "وموانئها، وتفاهمات حول تبادل الأسرى ومدينة تعز.\n"
     "وعقد غوتيريش، بحضور المبعوث الأممي مارتن غريفيث ووزيرة الخارجية السويدية مارغوت فالستروم، لقاءً مشتركاً "
     "مع رئيسي الوفدين، وزير الخارجية اليمني خالد اليماني والمتحدث باسم الحوثيين محمد عبد السلام، تصافح في "
     "ختامه الرجلان وسط تصفيق الحاضرين.\n"
     "وقال غريفيث، الذي خلف الموريتاني إسماعيل ولد الشيخ أحمد في فبراير (شباط) الماضي، إن جولة جديدة من "
     "المشاورات ستعقد أواخر يناير (كانون الثاني) المقبل.\n"
     "من جهته، أكد اليماني لـ«الشرق الأوسط» أن الحكومة الشرعية «قدّمت تنازلات من أجل الشعب اليمني»، فيما نفى "
     "عبد السلام أن يكون وفد الجماعة قد التقى السفير السعودي لدى اليمن محمد آل جابر خلال وجوده في السويد.\n"
     "وكان الرئيس عبد ربه منصور هادي قد أجرى اتصالاً هاتفياً بالأمين العام عشية الجلسة الختامية، وفق ما أفادت "
     "وكالة «سبأ» الرسمية.",
     met_group({GUTERRES: "وعقد غوتيريش، بحضور", GRIFFITHS: "المبعوث الأممي مارتن غريفيث ووزيرة",
                WALLSTROM: "مارغوت فالستروم، لقاءً", YAMANI: "وزير الخارجية اليمني خالد اليماني",
                ABDULSALAM: "والمتحدث باسم الحوثيين محمد عبد السلام"}, "2018-12-13") + [
      ("LEADS", GUTERRES, UN, "الأمين العام للأمم المتحدة أنطونيو"),
      ("MEMBER_OF", ABDULSALAM, HOUTHIS, "والمتحدث باسم الحوثيين"),
      ("SUCCESSOR_OF", GRIFFITHS, OCA, "الذي خلف الموريتاني", "2018-02-16"),
      ],
     {"source": ASHARQ, "published": "2018-12-14"}),

    ("enRQ6_alimi_council_aljazeera", "en",
     "Yemen's Hadi hands powers to presidential council, sacks deputy\n"
     "Al Jazeera\n"
     "Yemen's President Abd-Rabbu Mansour Hadi has transferred his powers to a new presidential leadership council "
     "and dismissed his deputy, in a move backed by Saudi Arabia to reshape the anti-Houthi camp after seven years "
     "of war.\n"
     "In a televised statement broadcast at the close of the Gulf Cooperation Council-hosted consultations in "
     "Riyadh on Thursday, Hadi said he was \"irreversibly\" delegating his full powers to the eight-member council, "
     "which will be chaired by Rashad al-Alimi, a former interior minister and adviser to the president. Vice "
     "President Ali Mohsen al-Ahmar was relieved of his post.\n"
     "Al-Alimi, who now replaces Hadi as head of state, will lead the council with seven deputies, among them "
     "Aidarous al-Zubaidi, the head of the separatist Southern Transitional Council, and Tareq Saleh, a nephew of "
     "the late president Ali Abdullah Saleh.\n"
     "Hours later, Crown Prince Mohammed bin Salman received al-Alimi and the council's members, including "
     "al-Zubaidi and Tareq Saleh, at his palace in Riyadh, the Saudi Press Agency reported. Saudi Arabia and the "
     "United Arab Emirates pledged $3bn in support for the country's economy.\n"
     "UN envoy Hans Grundberg, a Swedish diplomat who took over from Martin Griffiths in August, welcomed the step "
     "and is expected to travel to Sanaa after the Eid holiday. The Houthis, who boycotted the Riyadh talks, "
     "dismissed the council as a \"desperate attempt\" by the coalition to regroup.",
     [("LEADS", HADI, YEMEN, "Yemen's President Abd-Rabbu Mansour Hadi"),
      ("LEADS", ALIMI, PLC, "which will be chaired by Rashad al-Alimi"),
      ("SUCCESSOR_OF", ALIMI, HADI, "who now replaces Hadi as head of state", "2022-04-07"),
      ("MEMBER_OF", ZUBAIDI, PLC, "among them Aidarous al-Zubaidi"),
      ("LEADS", ZUBAIDI, STC, "the head of the separatist Southern Transitional Council"),
      ("MEMBER_OF", TAREQ, PLC, "and Tareq Saleh, a nephew"),
      ] + met_group({MBS: "Crown Prince Mohammed bin Salman received", ALIMI: "received al-Alimi and the council",
                     ZUBAIDI: "including al-Zubaidi", TAREQ: "and Tareq Saleh, at his palace"}, "2022-04-07") + [
      ("SUCCESSOR_OF", GRUNDBERG, GRIFFITHS, "who took over from Martin Griffiths", "2021-08-06"),
      ],
     {"source": JAZEERA, "published": "2022-04-07"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRQ")
