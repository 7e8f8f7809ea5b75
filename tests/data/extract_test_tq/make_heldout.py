"""Blind set TQ: the Palestinian leadership 2004-2007 (first folder of TQ-TR): Yasser Arafat's death in
Paris (November 2004, no agent established), Mahmoud Abbas chosen to succeed him at the PLO's head and Rawhi
Fattouh's interim presidency, Farouk Kaddoumi at Fatah's head, Colin Powell's talks in Jericho, Abbas sworn in
as president (January 2005), the Cairo talks of the factions under Omar Suleiman (March 2005), the Mecca
agreement under King Abdullah (February 2007), and Haniyeh's dismissal with Salam Fayyad's government (June
2007), as a US wire writes it in English (AP-like: "RAMALLAH, West Bank (AP) _"), the Palestinian state agency
in Arabic (WAFA-like: "رام الله 15-1-2005 وفا-"), a British wire in English (Reuters-like: "MECCA, Saudi
Arabia, Feb 8 (Reuters) -"), a Qatari channel's website in Arabic (Al Jazeera-like: "الجزيرة نت"), an Israeli
daily's English edition (Haaretz-like: "Haaretz Correspondent") and a Ramallah daily in Arabic (Al-Ayyam-like:
"كتب محرر الشؤون السياسية في «الأيام»").
Pieces: Arafat dies; Abbas chosen to succeed him at the PLO, Fattouh interim president, Kaddoumi named to replace
him at Fatah's head; Abbas and Qurei meet Zahar (English, TQ1); Abbas sworn in to succeed Arafat, Fattouh had
held the post; Abbas receives Suleiman with Qurei present (Arabic, TQ2); Mecca: King Abdullah receives Abbas,
Meshaal and Haniyeh; Dahlan and Abu Marzouk meet (English, TQ3); Abbas dismisses Haniyeh and names Fayyad in
his place, receives him; Haniyeh had met Burhan Hammad (Arabic, TQ4); Cairo talks: Abbas, Zahar, Shalah and
Suleiman; Rantisi killed by the IDF after taking over from Yassin (English, TQ5); Powell meets Abbas in
Jericho with Qurei and Fattouh present, had met Sharon and Shalom (Arabic, TQ6).
Excluded on purpose (no relation): the poisoning charge against Israel and its rejection, Israel's refusal of
burial in Jerusalem (TQ1); the meeting with Sharon's side called off after the contacts were frozen (TQ2);
Rice's planned meeting with Abbas and Olmert (TQ3); Abu Zuhri's accusation against Dahlan, the denied meeting
of Abbas with the US consul general (TQ4); Yassin "killed in a similar strike" (agent not named), Zahar's
succession to Rantisi that Hamas never announced, the Abbas-Meshal meeting that did not take place (TQ5);
the accusation of poisoning by Fatah leaders and Israel's denial, Bush's boycott of Arafat (TQ6).
Judgement calls: "chose ... to succeed him as chairman" is a succession; "sworn in as interim president"
after the death is a succession to Arafat (as SR2's acting premier); "named to replace him at the head of
Fatah" is a succession; "met ... with leaders of Hamas and Islamic Jihad, including Mahmoud Zahar": a meeting
of Abbas, Qurei and Zahar (TQ1); "خلفاً للرئيس الشهيد ياسر عرفات" is a succession of Abbas to Arafat only (the
text does not make Abbas Fattouh's successor); "تولى رئاسة السلطة بصورة مؤقتة منذ رحيل" is Fattouh's
succession to Arafat; "بحضور" Qurei: paired with both principals (TQ2); the king "received" the three men: a
meeting of the four; "held late-night sessions with" is a meeting (TQ3); "بتشكيل حكومة جديدة خلفاً لحكومة
هنية" makes Fayyad Haniyeh's successor as prime minister (TQ4); "met with ... in talks hosted by" Suleiman: a
meeting of the four named; "took over from Sheikh Ahmed Yassin" is a succession; "since the IDF killed" states
the agent (TQ5); "بحضور" two attendees: each paired with both principals and with each other; Powell "اجتمع
برئيس الوزراء ... ووزير خارجيته": Powell with each, not the two Israelis with each other (as SQ4) (TQ6); a
prime minister LEADS the country; a speaker LEADS the parliament.
Filled in for the exercise: the Gaza meeting with Zahar the evening before the death (TQ1); Suleiman's visit
on the day of the oath and Qurei's presence (TQ2); the drafting sessions of Dahlan and Abu Marzouk (TQ3);
Haniyeh's meeting with Hammad the week before, the denied meeting with the consul general (TQ4); Suleiman's
separate meeting with Zahar and the hoped-for Abbas-Meshal meeting (TQ5); Fattouh's presence in Jericho
(TQ6).
Spellings: "Yasser Arafat", "Rawhi Fattouh", "Farouk Kaddoumi", "Ahmed Qureia" (TQ1); «السيد الرئيس محمود عباس
"أبو مازن"»، «اللواء عمر سليمان»، «أحمد قريع» (TQ2); "Khaled Meshaal", "Moussa Abu Marzouk", "Ismail Haniyeh"
(TQ3); «سلام فياض»، «اللواء برهان حماد»، «سامي أبو زهري» (TQ4); "Mahmoud Zahar",
"Ramadan Shallah", "Abdel Aziz Rantisi", "Khaled Meshal" (TQ5); «كولن باول»، «سيلفان شالوم»، «ناصر القدوة»
(TQ6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tr import ALL  # noqa: E402

HERE = Path(__file__).parent

PALESTINE, ISRAEL, EGYPT, SAUDI, US = (
    "country:palestine", "country:israel", "country:egypt", "country:saudi-arabia", "country:united-states")
GAZA, JERICHO, MECCA = "location:gaza-strip", "location:jericho", "location:mecca"
PLO, FATAH, HAMAS, QASSAM, PIJ, PLC, EGI, IDF = (
    "organization:plo", "organization:fatah", "organization:hamas", "organization:al-qassam-brigades",
    "organization:palestinian-islamic-jihad", "organization:palestinian-legislative-council",
    "organization:egyptian-general-intelligence", "organization:israel-defense-forces")
ARAFAT, ABBAS, FATTOUH, KADDOUMI, QUREI, QUDWA, FAYYAD, DAHLAN = (
    "person:yasser-arafat", "person:mahmoud-abbas", "person:rawhi-fattouh", "person:farouk-kaddoumi",
    "person:ahmed-qurei", "person:nasser-al-qudwa", "person:salam-fayyad", "person:mohammed-dahlan")
YASSIN, RANTISI, ZAHAR, MESHAAL, HANIYEH, MARZOUK, ZUHRI, SHALAH = (
    "person:ahmed-yassin", "person:abdel-aziz-al-rantisi", "person:mahmoud-al-zahar", "person:khaled-mashal",
    "person:ismail-haniyeh", "person:musa-abu-marzouk", "person:sami-abu-zuhri", "person:ramadan-shalah")
SULEIMAN, HAMMAD, MUBARAK, ABDULLAH = (
    "person:omar-suleiman", "person:burhan-hammad", "person:hosni-mubarak", "person:abdullah-bin-abdulaziz")
SHARON, SHALOM, OLMERT, POWELL, RICE, BUSH, WALLES = (
    "person:ariel-sharon", "person:silvan-shalom", "person:ehud-olmert", "person:colin-powell",
    "person:condoleezza-rice", "person:george-w-bush", "person:jacob-walles")

AP = "blind set (US news wire, English, AP-like)"
WAFA = "blind set (Palestinian state news agency, Arabic, WAFA-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
JAZEERA = "blind set (Qatari channel's website, Arabic, Al Jazeera-like)"
HAARETZ = "blind set (Israeli daily, English edition, Haaretz-like)"
AYYAM = "blind set (Ramallah daily, Arabic, Al-Ayyam-like)"

ARTICLES = [
    ("enTQ1_arafat_dies_abbas_plo_ap", "en",
     "Arafat dies in Paris; Abbas takes over PLO\n"
     "RAMALLAH, West Bank (AP) _ Yasser Arafat, who led the Palestinian national movement for nearly four "
     "decades, died early Thursday at a French military hospital outside Paris, and within hours the PLO's "
     "executive committee chose his deputy, Mahmoud Abbas, to succeed him as chairman of the organization.\n"
     "Parliament speaker Rawhi Fattouh was sworn in as interim president of the Palestinian Authority, as the "
     "Palestinian Basic Law requires, and must organize elections within 60 days. Farouk Kaddoumi, a veteran "
     "Fatah leader based in Tunis, was named to replace Arafat at the head of Fatah, the dominant faction.\n"
     "French doctors did not disclose the cause of death, citing privacy laws. Some Palestinian officials said "
     "the 75-year-old leader had been poisoned and pointed at Israel, which rejected the charge as "
     "\"baseless.\"\n"
     "On Wednesday evening, Abbas and Prime Minister Ahmed Qureia met in Gaza City with leaders of Hamas and "
     "Islamic Jihad, including Mahmoud Zahar, to ask them to keep calm during the mourning period, aides said.\n"
     "Arafat is to be buried Friday in his Ramallah compound after a military funeral in Cairo. Israel refused "
     "to allow a burial in Jerusalem.",
     [("SUCCESSOR_OF", ABBAS, ARAFAT, "to succeed him as chairman", "2004-11-11"),
      ("LEADS", ABBAS, PLO, "chairman of the organization"),
      ("LEADS", FATTOUH, PLC, "Parliament speaker Rawhi Fattouh"),
      ("SUCCESSOR_OF", FATTOUH, ARAFAT, "was sworn in as interim president", "2004-11-11"),
      ("LEADS", FATTOUH, PALESTINE, "interim president of the Palestinian Authority"),
      ("SUCCESSOR_OF", KADDOUMI, ARAFAT, "was named to replace Arafat", "2004-11-11"),
      ("LEADS", KADDOUMI, FATAH, "at the head of Fatah"),
      ("LEADS", QUREI, PALESTINE, "Prime Minister Ahmed Qureia"),
      ("MEMBER_OF", ZAHAR, HAMAS, "including Mahmoud Zahar"),
      ]
     + met_group({ABBAS: "Abbas and Prime Minister", QUREI: "Ahmed Qureia met in Gaza",
                  ZAHAR: "including Mahmoud Zahar"}, "2004-11-10"),
     {"source": AP, "published": "2004-11-11"}),

    ("arTQ2_abbas_sworn_in_wafa", "ar",
     "الرئيس محمود عباس يؤدي اليمين الدستورية رئيساً للسلطة الوطنية\n"
     "رام الله 15-1-2005 وفا- أدى السيد الرئيس محمود عباس \"أبو مازن\"، اليوم، اليمين القانونية رئيساً للسلطة "
     "الوطنية الفلسطينية، خلفاً للرئيس الشهيد ياسر عرفات، أمام جلسة خاصة للمجلس التشريعي عقدت في مقر الرئاسة "
     "برام الله برئاسة رئيس المجلس روحي فتوح، وبمشاركة نواب قطاع غزة عبر الربط التلفزيوني.\n"
     "وكان فتوح قد تولى رئاسة السلطة بصورة مؤقتة منذ رحيل الرئيس عرفات في الحادي عشر من تشرين الثاني "
     "الماضي، وفق ما ينص عليه القانون الأساسي.\n"
     "ودعا سيادته في كلمته أمام المجلس إلى وقف متبادل لإطلاق النار، مؤكداً التزامه بالثوابت الوطنية التي "
     "استشهد من أجلها الرئيس الراحل.\n"
     "وعقب أداء اليمين، استقبل سيادته في مقر الرئاسة مدير المخابرات العامة المصرية اللواء عمر سليمان، بحضور "
     "رئيس الوزراء أحمد قريع، حيث نقل إليه تهاني الرئيس المصري حسني مبارك، وجرى بحث التحضيرات للحوار الوطني "
     "الذي تستضيفه القاهرة.\n"
     "من جهة أخرى، أعلن مكتب رئيس الوزراء الإسرائيلي أرئيل شارون تجميد الاتصالات مع السلطة الوطنية عقب "
     "عملية معبر المنطار، ما أدى إلى إلغاء لقاء كان مقرراً بين مسؤولين من الجانبين.",
     [("SUCCESSOR_OF", ABBAS, ARAFAT, "خلفاً للرئيس الشهيد ياسر عرفات", "2005-01-15"),
      ("LEADS", ABBAS, PALESTINE, "اليمين القانونية رئيساً للسلطة"),
      ("LEADS", FATTOUH, PLC, "برئاسة رئيس المجلس روحي فتوح"),
      ("SUCCESSOR_OF", FATTOUH, ARAFAT, "وكان فتوح قد تولى رئاسة السلطة", "2004-11-11"),
      ("LEADS", SULEIMAN, EGI, "مدير المخابرات العامة المصرية"),
      ("LEADS", QUREI, PALESTINE, "رئيس الوزراء أحمد قريع"),
      ("LEADS", MUBARAK, EGYPT, "الرئيس المصري حسني مبارك"),
      ("LEADS", SHARON, ISRAEL, "رئيس الوزراء الإسرائيلي أرئيل شارون"),
      ]
     + met_group({ABBAS: "استقبل سيادته في مقر الرئاسة", SULEIMAN: "اللواء عمر سليمان، بحضور",
                  QUREI: "رئيس الوزراء أحمد قريع"}, "2005-01-15"),
     {"source": WAFA, "published": "2005-01-15"}),

    ("enTQ3_mecca_agreement_reuters", "en",
     "Abbas, Hamas sign Mecca deal on unity government\n"
     "MECCA, Saudi Arabia, Feb 8 (Reuters) - Palestinian President Mahmoud Abbas and Hamas leader Khaled "
     "Meshaal agreed on Thursday to form a national unity government, ending weeks of factional fighting that "
     "killed more than 90 people in the Gaza Strip.\n"
     "The deal was sealed after two days of talks in a palace overlooking the Grand Mosque, hosted by Saudi "
     "King Abdullah, who received Abbas, Meshaal and Prime Minister Ismail Haniyeh on Tuesday night and urged "
     "them not to leave the holy city without an accord.\n"
     "Under the agreement, Abbas issued a letter asking Haniyeh, of Hamas, to form a new cabinet, in which an "
     "independent would take the interior ministry.\n"
     "Fatah strongman Mohammed Dahlan held late-night sessions with Moussa Abu Marzouk, Meshaal's deputy, to "
     "draft the text, Palestinian officials said.\n"
     "The accord does not explicitly recognise Israel, and Israeli officials said they would judge the new "
     "government by its deeds. U.S. Secretary of State Condoleezza Rice is due to meet Abbas and Israeli Prime "
     "Minister Ehud Olmert in Jerusalem on Feb. 19.",
     met_group({ABBAS: "Palestinian President Mahmoud Abbas and", MESHAAL: "Hamas leader Khaled",
                ABDULLAH: "King Abdullah, who received", HANIYEH: "Prime Minister Ismail Haniyeh on Tuesday"},
               "2007-02-06")
     + [("MET_WITH", DAHLAN, MARZOUK, "held late-night sessions with", "2007-02-07"),
        ("LEADS", ABBAS, PALESTINE, "Palestinian President Mahmoud Abbas and"),
        ("LEADS", MESHAAL, HAMAS, "Hamas leader Khaled"),
        ("LEADS", ABDULLAH, SAUDI, "Saudi King Abdullah"),
        ("LEADS", HANIYEH, PALESTINE, "Prime Minister Ismail Haniyeh on Tuesday"),
        ("MEMBER_OF", HANIYEH, HAMAS, "asking Haniyeh, of Hamas"),
        ("MEMBER_OF", DAHLAN, FATAH, "Fatah strongman Mohammed Dahlan"),
        ("MEMBER_OF", MARZOUK, HAMAS, "Meshaal's deputy"),
        ("LEADS", OLMERT, ISRAEL, "Israeli Prime Minister Ehud Olmert"),
        ],
     {"source": REUTERS, "published": "2007-02-08"}),
]

ARTICLES += [
    ("arTQ4_haniyeh_dismissed_fayyad_jazeera", "ar",
     "عباس يقيل حكومة هنية ويكلّف فياض بتشكيل حكومة طوارئ\n"
     "رام الله - الجزيرة نت\n"
     "أصدر الرئيس الفلسطيني محمود عباس مساء الخميس مرسوماً أقال بموجبه حكومة الوحدة الوطنية برئاسة إسماعيل "
     "هنية، وأعلن حالة الطوارئ في الأراضي الفلسطينية، بعد أن سيطرت كتائب عز الدين القسام، الجناح العسكري "
     "لحركة المقاومة الإسلامية (حماس)، على مقار الأجهزة الأمنية في قطاع غزة.\n"
     "وفي اليوم التالي كلّف عباس وزيرَ المالية السابق سلام فياض بتشكيل حكومة جديدة خلفاً لحكومة هنية، "
     "واستقبله في مقر المقاطعة برام الله حيث سلّمه كتاب التكليف.\n"
     "ورفض هنية القرار، وقال في مؤتمر صحفي بغزة إن حكومته \"باقية وستواصل عملها\"، معتبراً المرسوم "
     "\"متسرعاً\"، فيما اتهم المتحدث باسم حماس سامي أبو زهري القيادي في فتح محمد دحلان بقيادة \"تيار "
     "انقلابي\" داخل الأجهزة الأمنية، وهو ما نفاه مقربون من دحلان.\n"
     "وكان هنية قد التقى الأسبوع الماضي في غزة رئيس الوفد الأمني المصري اللواء برهان حماد، في محاولة لتثبيت "
     "التهدئة بين الحركتين.\n"
     "ونفى مصدر في الرئاسة أن يكون عباس قد التقى القنصل الأميركي العام جاكوب والاس قبيل إعلان القرار، أو أن "
     "يكون المرسوم قد صدر بطلب أميركي.",
     [("LEADS", ABBAS, PALESTINE, "الرئيس الفلسطيني محمود عباس"),
      ("LEADS", HANIYEH, PALESTINE, "الوطنية برئاسة إسماعيل"),
      ("PART_OF", QASSAM, HAMAS, "الجناح العسكري"),
      ("SUCCESSOR_OF", FAYYAD, HANIYEH, "خلفاً لحكومة هنية", "2007-06-15"),
      ("MET_WITH", ABBAS, FAYYAD, "واستقبله في مقر المقاطعة", "2007-06-15"),
      ("MEMBER_OF", ZUHRI, HAMAS, "المتحدث باسم حماس"),
      ("MEMBER_OF", DAHLAN, FATAH, "القيادي في فتح"),
      ("MET_WITH", HANIYEH, HAMMAD, "وكان هنية قد التقى الأسبوع", "2007-06"),
      ],
     {"source": JAZEERA, "published": "2007-06-15"}),

    ("enTQ5_cairo_factions_talks_haaretz", "en",
     "Egypt hosts Palestinian factions as Abbas seeks to turn lull into truce\n"
     "By Haaretz Correspondent\n"
     "CAIRO - Palestinian Authority Chairman Mahmoud Abbas met yesterday with Hamas' Mahmoud Zahar, Islamic "
     "Jihad secretary general Ramadan Shallah and the heads of 11 other factions at the Egyptian intelligence "
     "headquarters, in talks hosted by intelligence chief Omar Suleiman and aimed at turning the informal "
     "lull into a formal truce until the end of the year.\n"
     "Zahar, 59, has been Hamas' most prominent face in Gaza since the IDF killed Abdel Aziz Rantisi in a "
     "helicopter strike in April 2004, less than a month after Rantisi took over from Sheikh Ahmed Yassin, who "
     "was killed in a similar strike. Hamas has never said who succeeded Rantisi, and defense officials in "
     "Jerusalem believe the movement's real decisions are made by its politburo chief, Khaled Meshal, in "
     "Damascus.\n"
     "Suleiman met separately with Zahar on Monday night, an Egyptian official said, but a meeting between "
     "Abbas and Meshal, which Cairo had hoped to arrange on the sidelines, did not take place.\n"
     "Prime Minister Ariel Sharon's office said Israel would \"judge the quiet on the ground, not the "
     "declarations in Cairo.\"",
     met_group({ABBAS: "Chairman Mahmoud Abbas met yesterday", ZAHAR: "with Hamas' Mahmoud Zahar",
                SHALAH: "secretary general Ramadan Shallah", SULEIMAN: "intelligence chief Omar Suleiman"},
               "2005-03-15")
     + [("LEADS", ABBAS, PALESTINE, "Palestinian Authority Chairman"),
        ("MEMBER_OF", ZAHAR, HAMAS, "with Hamas' Mahmoud Zahar"),
        ("LEADS", SHALAH, PIJ, "secretary general Ramadan Shallah"),
        ("LEADS", SULEIMAN, EGI, "intelligence chief Omar Suleiman"),
        ("ASSASSINATED_BY", RANTISI, IDF, "since the IDF killed Abdel Aziz Rantisi", "2004-04"),
        ("SUCCESSOR_OF", RANTISI, YASSIN, "Rantisi took over from Sheikh", "2004-03"),
        ("LEADS", MESHAAL, HAMAS, "its politburo chief"),
        ("LEADS", SHARON, ISRAEL, "Prime Minister Ariel Sharon's office"),
        ],
     {"source": HAARETZ, "published": "2005-03-16"}),

    ("arTQ6_powell_jericho_ayyam", "ar",
     "باول في أريحا: أول لقاء أميركي رفيع بالقيادة الفلسطينية منذ سنوات\n"
     "كتب محرر الشؤون السياسية في «الأيام»:\n"
     "استقبل رئيس اللجنة التنفيذية لمنظمة التحرير الفلسطينية محمود عباس، الذي انتُخب خلفاً للرئيس الراحل "
     "ياسر عرفات في رئاسة المنظمة، أمس في أريحا وزيرَ الخارجية الأميركي كولن باول، بحضور رئيس الوزراء أحمد "
     "قريع ورئيس السلطة الوطنية بالوكالة روحي فتوح.\n"
     "ويُعدّ اللقاء الأول لمسؤول أميركي بهذا المستوى مع القيادة الفلسطينية منذ أن قاطعت إدارة الرئيس جورج "
     "بوش الرئيس عرفات عام 2002.\n"
     "وكان باول قد اجتمع في القدس برئيس الوزراء الإسرائيلي أرئيل شارون ووزير خارجيته سيلفان شالوم، وبحث "
     "معهما الترتيبات الخاصة بالانتخابات الرئاسية المقررة في التاسع من كانون الثاني.\n"
     "وفي ما يتعلق بوفاة الرئيس عرفات، قال وزير الخارجية ناصر القدوة، ابن شقيقة الراحل، إن التقرير الطبي "
     "الفرنسي لم يحدد سبب الوفاة، مضيفاً: \"لا نستبعد أي احتمال\"، فيما اتهم عدد من قادة فتح إسرائيل "
     "بتسميمه، وهو ما نفته الحكومة الإسرائيلية جملة وتفصيلاً.",
     [("LEADS", ABBAS, PLO, "رئيس اللجنة التنفيذية لمنظمة"),
      ("SUCCESSOR_OF", ABBAS, ARAFAT, "الذي انتُخب خلفاً للرئيس الراحل", "2004-11-11"),
      ("VISITED", POWELL, JERICHO, "أمس في أريحا وزيرَ"),
      ("LEADS", QUREI, PALESTINE, "بحضور رئيس الوزراء أحمد"),
      ("LEADS", FATTOUH, PALESTINE, "ورئيس السلطة الوطنية بالوكالة"),
      ("LEADS", BUSH, US, "إدارة الرئيس جورج"),
      ("MET_WITH", POWELL, SHARON, "برئيس الوزراء الإسرائيلي أرئيل شارون", "2004-11-22"),
      ("MET_WITH", POWELL, SHALOM, "ووزير خارجيته سيلفان شالوم", "2004-11-22"),
      ("LEADS", SHARON, ISRAEL, "الوزراء الإسرائيلي أرئيل"),
      ]
     + met_group({ABBAS: "محمود عباس، الذي انتُخب", POWELL: "الخارجية الأميركي كولن باول",
                  QUREI: "بحضور رئيس الوزراء أحمد", FATTOUH: "بالوكالة روحي فتوح"}, "2004-11-22"),
     {"source": AYYAM, "published": "2004-11-23"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTQ")
