"""Blind set PS: the Gulf 2011-2016 (first folder of PS-PT): the Saudi crown princes' succession from
Sultan to Nayef (October 2011), the Peninsula Shield Force in Bahrain (March 2011), King Abdullah's death and
Salman's accession (January 2015), the royal orders replacing Muqrin with Mohammed bin Nayef and Saud
al-Faisal with Adel al-Jubeir (April 2015), the execution of Nimr al-Nimr and the storming of the Saudi
embassy in Tehran (January 2016), and Sheikh Hamad bin Khalifa's handover to his son Tamim in Qatar (June
2013), as the Saudi state agency writes it in English (SPA-like: "RIYADH, Oct 27, 2011, SPA --", "The
Custodian of the Two Holy Mosques"), Bahrain's state agency in Arabic (BNA-like: "المنامة في 16 مارس / بنا /",
"عاهل البلاد المفدى"), an international wire in English (Reuters-like: "RIYADH, Jan 23 (Reuters) -"),
the Saudi state agency in Arabic (SPA-like: "واس", Hijri date, "صاحب السمو الملكي"), Iran's English TV site
(Press TV-like: "the Al Saud regime", "Leader of the Islamic Revolution") and Qatar's state agency in Arabic
(QNA-like: "الدوحة في 26 يونيو /قنا/", "حضرة صاحب السمو").
Pieces: Nayef named crown prince succeeding Sultan; King Abdullah receives the Emir of Kuwait in Nayef's
presence (English, PS1); King Hamad receives the Peninsula Shield commander in the presence of the Crown
Prince and the BDF commander (Arabic, PS2); Salman succeeds Abdullah, Muqrin takes his place as crown
prince, Salman had succeeded Nayef as heir, Mohammed bin Salman is handed his father's defence ministry
(English, PS3); Mohammed bin Nayef crown prince in Muqrin's place, al-Jubeir appointed after Saud al-Faisal
is relieved, King Salman receives Muqrin in the presence of the two heirs (Arabic, PS4); the Saudi state
executes Nimr al-Nimr, Khamenei's and Rouhani's reactions (English, PS5); Tamim takes over from his father,
Abdullah bin Nasser succeeds Hamad bin Jassim, Tamim receives King Hamad of Bahrain in the presence of the
Father Emir (Arabic, PS6).
Excluded on purpose (no relation): Obama's condolence call to King Abdullah, Biden's planned visit (PS1);
Ali Salman, who refused the dialogue, the Crown Prince's call for dialogue (PS2); Zarif's expected trip to
Riyadh, Obama's statement (PS3); the Emir of Kuwait's congratulation call (PS4); the embassy attackers and
the Mashhad consulate (no named person), Nimr's brother (PS5); Obama's phone call and the planned visit of
the Saudi crown prince (PS6).
Judgement calls: an execution by a state is a killing with a stated agent: Nimr -> country:saudi-arabia
where the outlet says "The Saudi regime executed" (PS5); "named ... to take his place as crown prince" is a
succession (PS3 Muqrin -> Salman); "became heir apparent ... after the death of Crown Prince Nayef" is a
succession (PS3); "handed the defence ministry to his son" is a succession (PS3 Mohammed bin Salman ->
Salman); "إعفاء ... وتعيين" in the same post is a succession (PS4 al-Jubeir -> Saud al-Faisal); "خلفاً له"
(PS4); "تسليم مقاليد الحكم إلى" is a succession (PS6); attendees of one «بحضور» / "attended by" list are
paired with both principals and with each other (they sat in the same audience), as most dev gold;
"بحضور ولي العهد وولي ولي العهد" by title only resolves to Mohammed bin Nayef and Mohammed bin Salman named
earlier in the piece (PS4); a prime minister LEADS the country; a minister LEADS his ministry where it has
an id.
Filled in for the exercise: the Emir of Kuwait's audience on the appointment day and Nayef's presence
(PS1); the date of the audience, the ambassador, the wording of the statements (PS2); the wording of the
Reuters lines, Zarif's expected trip (PS3); the audience of Muqrin on the day of the orders and the Emir's
call (PS4); the spokesman's words and Nimr's brother's statement (PS5); King Hamad's visit to Doha on 26
June, the Father Emir's presence, Obama's call (PS6).
Spellings: "Prince Naif bin Abdulaziz", "Sultan bin Abdulaziz" (PS1); «مطلق بن سالم الأزيمع»، «الأمير
سلمان بن حمد» beside «خليفة بن سلمان» (PS2); "Mohammed bin Nayef", "Muqrin" (PS3); «محمد بن نايف بن
عبدالعزيز»، «عادل بن أحمد الجبير» (PS4); "Sheikh Nimr Baqir al-Nimr", "Ayatollah Seyyed Ali Khamenei",
"Hossein Jaberi Ansari" (PS5); «حمد بن جاسم بن جبر»، «خالد بن محمد العطية» (PS6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_pt import ALL  # noqa: E402

HERE = Path(__file__).parent

SAUDI, BAHRAIN, KUWAIT, QATAR, IRAN, US = (
    "country:saudi-arabia", "country:bahrain", "country:kuwait", "country:qatar", "country:iran",
    "country:united-states")
SAINT, SADEF, SAFM, BDF, PSF, WEFAQ, QAFM = (
    "organization:saudi-interior-ministry", "organization:saudi-defence-ministry",
    "organization:saudi-foreign-ministry", "organization:bahrain-defence-force",
    "organization:peninsula-shield-force", "organization:al-wefaq", "organization:qatari-foreign-ministry")
IRFM = "organization:iranian-foreign-ministry"
ABDULLAH, SULTAN, NAYEF, SALMAN, MUQRIN, MBN, MBS = (
    "person:abdullah-bin-abdulaziz", "person:sultan-bin-abdulaziz", "person:nayef-bin-abdulaziz",
    "person:salman-bin-abdulaziz", "person:muqrin-bin-abdulaziz", "person:mohammed-bin-nayef",
    "person:mohammed-bin-salman")
SAUD, JUBEIR, NIMR = "person:saud-al-faisal", "person:adel-al-jubeir", "person:nimr-al-nimr"
HAMAD, BHCP, BHPM, BDFC, AZIMA, ALISALMAN = (
    "person:hamad-bin-isa-al-khalifa", "person:salman-bin-hamad-al-khalifa", "person:khalifa-bin-salman-al-khalifa",
    "person:khalifa-bin-ahmed-al-khalifa", "person:mutlaq-al-azima", "person:ali-salman")
SABAH = "person:sabah-al-ahmad-al-jaber-al-sabah"
TAMIM, HBK, HBJ, ABNASSER, ATTIYAH = (
    "person:tamim-bin-hamad-al-thani", "person:hamad-bin-khalifa-al-thani", "person:hamad-bin-jassim-al-thani",
    "person:abdullah-bin-nasser-al-thani", "person:khalid-al-attiyah")
ROUHANI, KHAMENEI, ANSARI, OBAMA = (
    "person:hassan-rouhani", "person:ali-khamenei", "person:hossein-jaberi-ansari", "person:barack-obama")

SPA_EN = "blind set (Saudi state news agency, English service, SPA-like)"
BNA = "blind set (Bahraini state news agency, Arabic, BNA-like)"
WIRE = "blind set (international news wire, English, Reuters-like)"
SPA_AR = "blind set (Saudi state news agency, Arabic, SPA-like)"
PRESSTV = "blind set (Iranian state TV news site, English, Press TV-like)"
QNA = "blind set (Qatari state news agency, Arabic, QNA-like)"

ARTICLES = [
    ("enPS1_naif_crown_prince_spa", "en",
     "Prince Naif bin Abdulaziz named Crown Prince\n"
     "RIYADH, Oct 27, 2011, SPA -- The Custodian of the Two Holy Mosques King Abdullah bin Abdulaziz Al Saud "
     "issued a Royal Order today appointing His Royal Highness Prince Naif bin Abdulaziz Crown Prince and Deputy "
     "Prime Minister, succeeding the late Crown Prince Sultan bin Abdulaziz, who passed away in New York on "
     "Saturday after a long illness.\n"
     "According to the Royal Court statement, the King informed the members of the Allegiance Commission of his "
     "choice before the order was issued.\n"
     "Prince Naif, 78, has served as Minister of Interior since 1975 and will retain the portfolio. The late "
     "Prince Sultan had been Minister of Defense and Aviation for nearly five decades.\n"
     "Earlier today, the King received at his palace in Riyadh His Highness Sheikh Sabah Al-Ahmad Al-Jaber "
     "Al-Sabah, Amir of the State of Kuwait, who offered his condolences on the death of Prince Sultan. The "
     "audience was attended by Prince Naif.\n"
     "The King had received a telephone call from U.S. President Barack Obama, who conveyed the condolences of "
     "the American people. Vice President Joe Biden is expected in the Kingdom to lead a U.S. delegation paying "
     "condolences.",
     [("LEADS", ABDULLAH, SAUDI, "The Custodian of the Two Holy Mosques King Abdullah"),
      ("SUCCESSOR_OF", NAYEF, SULTAN, "succeeding the late Crown Prince Sultan", "2011-10-27"),
      ("LEADS", NAYEF, SAINT, "has served as Minister of Interior since 1975"),
      ("LEADS", SULTAN, SADEF, "had been Minister of Defense and Aviation"),
      ("MET_WITH", ABDULLAH, SABAH, "the King received at his palace in Riyadh", "2011-10-27"),
      ("LEADS", SABAH, KUWAIT, "Amir of the State of Kuwait"),
      ("MET_WITH", NAYEF, ABDULLAH, "The audience was attended by Prince Naif", "2011-10-27"),
      ("MET_WITH", NAYEF, SABAH, "audience was attended by Prince Naif.", "2011-10-27"),
      ("LEADS", OBAMA, US, "U.S. President Barack Obama, who conveyed"),
      ],
     {"source": SPA_EN, "published": "2011-10-27"}),

    ("arPS2_hamad_peninsula_shield_bna", "ar",
     "جلالة الملك يستقبل قائد قوات درع الجزيرة المشتركة\n"
     "المنامة في 16 مارس / بنا / استقبل حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة عاهل البلاد المفدى "
     "بقصر الصافرية اليوم قائد قوات درع الجزيرة المشتركة اللواء الركن مطلق بن سالم الأزيمع، وذلك بحضور صاحب "
     "السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد نائب القائد الأعلى، والمشير الركن الشيخ خليفة بن "
     "أحمد آل خليفة القائد العام لقوة دفاع البحرين.\n"
     "ورحب جلالته بقائد القوات، مثمناً وقفة الأشقاء في دول مجلس التعاون إلى جانب المملكة، ومؤكداً أن أمن "
     "البحرين جزء لا يتجزأ من أمن الخليج.\n"
     "من جهته، أكد اللواء الأزيمع أن طلائع القوات التي دخلت المملكة يوم الاثنين عبر جسر الملك فهد جاءت لحماية "
     "المنشآت الحيوية والاستراتيجية، ولن تتدخل في الشؤون الأمنية الداخلية.\n"
     "وكان صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة رئيس الوزراء قد استقبل أمس بقصر القضيبية سفير "
     "خادم الحرمين الشريفين لدى المملكة، وبحث معه تطورات الأوضاع.\n"
     "وفي سياق متصل، جدد سمو ولي العهد دعوته إلى حوار وطني شامل لا سقف له، فيما أعلنت جمعية الوفاق الوطني "
     "الإسلامية على لسان أمينها العام الشيخ علي سلمان رفضها الجلوس إلى طاولة الحوار قبل سحب القوات "
     "الخليجية.",
     met_group({HAMAD: "استقبل حضرة صاحب الجلالة الملك حمد",
                AZIMA: "اللواء الركن مطلق بن سالم الأزيمع",
                BHCP: "السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد",
                BDFC: "والمشير الركن الشيخ خليفة بن"}, "2011-03-16") + [
      ("LEADS", HAMAD, BAHRAIN, "الملك حمد بن عيسى آل خليفة عاهل البلاد"),
      ("LEADS", AZIMA, PSF, "قائد قوات درع الجزيرة المشتركة اللواء الركن"),
      ("LEADS", BDFC, BDF, "القائد العام لقوة دفاع البحرين"),
      ("LEADS", BHPM, BAHRAIN, "آل خليفة رئيس الوزراء"),
      ("LEADS", ALISALMAN, WEFAQ, "على لسان أمينها العام الشيخ علي سلمان"),
      ],
     {"source": BNA, "published": "2011-03-16"}),

    ("enPS3_abdullah_dies_salman_king_wire", "en",
     "Saudi King Abdullah dies, Salman takes the throne\n"
     "RIYADH, Jan 23 (Reuters) - Saudi Arabia's King Abdullah bin Abdulaziz died early on Friday and was "
     "succeeded by his half-brother Salman, the royal court said in a statement carried by state television.\n"
     "Abdullah, who was about 90, had been hospitalised with pneumonia since late December.\n"
     "The new monarch, 79, quickly named his youngest half-brother Muqrin, a former intelligence chief, to take "
     "his place as crown prince, and appointed his nephew Mohammed bin Nayef, the interior minister, as deputy "
     "crown prince, the first of the founder's grandsons to be placed in the line of succession.\n"
     "Salman, who became heir apparent in June 2012 after the death of Crown Prince Nayef, had also served as "
     "defence minister. In a decree issued hours later he handed the defence ministry to his son Prince Mohammed "
     "bin Salman, who is believed to be in his early thirties, and made him head of the royal court.\n"
     "Abdullah was buried in an unmarked grave in Riyadh's al-Oud cemetery after afternoon prayers.\n"
     "U.S. President Barack Obama praised the late king as a leader who \"was always candid\". Iranian Foreign "
     "Minister Mohammad Javad Zarif is expected to travel to Riyadh to offer condolences, Iranian media said, "
     "despite the rivalry between the two countries.",
     [("SUCCESSOR_OF", SALMAN, ABDULLAH, "succeeded by his half-brother Salman", "2015-01-23"),
      ("SUCCESSOR_OF", MUQRIN, SALMAN, "to take his place as crown prince", "2015-01-23"),
      ("LEADS", MBN, SAINT, "Mohammed bin Nayef, the interior minister"),
      ("SUCCESSOR_OF", SALMAN, NAYEF, "after the death of Crown Prince Nayef", "2012-06-18"),
      ("SUCCESSOR_OF", MBS, SALMAN, "he handed the defence ministry to his son", "2015-01-23"),
      ("LEADS", MBS, SADEF, "handed the defence ministry to his son Prince Mohammed"),
      ("LEADS", SALMAN, SAUDI, "The new monarch, 79"),
      ("LEADS", OBAMA, US, "U.S. President Barack Obama praised"),
      ],
     {"source": WIRE, "published": "2015-01-23"}),

    ("arPS4_royal_orders_mbn_crown_prince_spa", "ar",
     "أوامر ملكية: الأمير محمد بن نايف ولياً للعهد والأمير محمد بن سلمان ولياً لولي العهد\n"
     "الرياض 10 رجب 1436 هـ الموافق 29 أبريل 2015 م واس\n"
     "صدرت أوامر ملكية، فجر اليوم، قضت بإعفاء صاحب السمو الملكي الأمير مقرن بن عبدالعزيز آل سعود من ولاية "
     "العهد ومن منصب نائب رئيس مجلس الوزراء بناءً على طلبه، واختيار صاحب السمو الملكي الأمير محمد بن نايف بن "
     "عبدالعزيز ولياً للعهد خلفاً له، وتعيينه نائباً لرئيس مجلس الوزراء مع استمراره وزيراً للداخلية.\n"
     "كما قضت الأوامر باختيار صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولياً لولي العهد، وتعيينه "
     "نائباً ثانياً لرئيس مجلس الوزراء مع استمراره وزيراً للدفاع.\n"
     "وقضى أمر ملكي آخر بإعفاء صاحب السمو الملكي الأمير سعود الفيصل من منصبه وزيراً للخارجية بناءً على طلبه "
     "لظروفه الصحية، وتعيين معالي الأستاذ عادل بن أحمد الجبير وزيراً للخارجية.\n"
     "واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر العوجا بالدرعية مساء اليوم "
     "صاحب السمو الملكي الأمير مقرن بن عبدالعزيز، الذي قدّم السلام عليه، بحضور ولي العهد وولي ولي العهد.\n"
     "إلى ذلك، تلقى خادم الحرمين الشريفين اتصالاً هاتفياً من أخيه صاحب السمو الشيخ صباح الأحمد الجابر "
     "الصباح أمير دولة الكويت، هنأه فيه بالثقة الملكية التي حظي بها سموّا ولي العهد وولي ولي العهد.",
     [("SUCCESSOR_OF", MBN, MUQRIN, "ولياً للعهد خلفاً له", "2015-04-29"),
      ("LEADS", MBN, SAINT, "مع استمراره وزيراً للداخلية"),
      ("LEADS", MBS, SADEF, "مع استمراره وزيراً للدفاع"),
      ("SUCCESSOR_OF", JUBEIR, SAUD, "وتعيين معالي الأستاذ عادل بن أحمد الجبير", "2015-04-29"),
      ("LEADS", JUBEIR, SAFM, "عادل بن أحمد الجبير وزيراً للخارجية"),
      ("LEADS", SALMAN, SAUDI, "الملك سلمان بن عبدالعزيز آل سعود في قصر العوجا"),
      ("MET_WITH", SALMAN, MUQRIN, "الذي قدّم السلام عليه", "2015-04-29"),
      ("MET_WITH", MBN, SALMAN, "بحضور ولي العهد وولي ولي العهد", "2015-04-29"),
      ("MET_WITH", MBN, MUQRIN, "بحضور ولي العهد وولي ولي العهد", "2015-04-29"),
      ("MET_WITH", MBS, SALMAN, "بحضور ولي العهد وولي ولي العهد", "2015-04-29"),
      ("MET_WITH", MBS, MUQRIN, "بحضور ولي العهد وولي ولي العهد", "2015-04-29"),
      ("MET_WITH", MBN, MBS, "بحضور ولي العهد وولي ولي العهد", "2015-04-29"),
      ("LEADS", SABAH, KUWAIT, "الصباح أمير دولة الكويت"),
      ],
     {"source": SPA_AR, "published": "2015-04-29"}),

    ("enPS5_nimr_execution_embassy_presstv", "en",
     "Riyadh cuts ties with Tehran after protests over Sheikh Nimr execution\n"
     "Mon Jan 4, 2016 | Press TV\n"
     "Saudi Arabia has severed diplomatic relations with the Islamic Republic, a day after angry protesters "
     "gathered outside the Saudi embassy in Tehran to condemn the Al Saud regime's execution of prominent Shia "
     "cleric Sheikh Nimr Baqir al-Nimr.\n"
     "Saudi Foreign Minister Adel al-Jubeir announced the decision on Sunday night, giving Iranian diplomats 48 "
     "hours to leave the kingdom.\n"
     "The Saudi regime executed Sheikh Nimr along with 46 other people on Saturday on terrorism charges. The "
     "outspoken critic of Riyadh had been arrested in 2012 in the Eastern Province.\n"
     "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei said on Sunday that the martyred cleric's "
     "\"unjustly spilled blood\" would soon bring \"divine revenge\" on Saudi politicians.\n"
     "President Hassan Rouhani condemned the execution but also described the attack on the embassy, in which a "
     "group of people set parts of the building on fire, as \"totally unjustifiable,\" and ordered the Interior "
     "Ministry to identify the perpetrators. The Saudi consulate in Mashhad was also attacked.\n"
     "Iran's Foreign Ministry spokesman Hossein Jaberi Ansari said Riyadh was using the incident as a "
     "\"pretext\" to fuel tensions.\n"
     "Sheikh Nimr's brother said the family had not been allowed to receive his body.",
     [("ASSASSINATED_BY", NIMR, SAUDI, "The Saudi regime executed Sheikh Nimr", "2016-01-02"),
      ("LEADS", JUBEIR, SAFM, "Saudi Foreign Minister Adel al-Jubeir announced"),
      ("LEADS", KHAMENEI, IRAN, "Leader of the Islamic Revolution Ayatollah"),
      ("LEADS", ROUHANI, IRAN, "President Hassan Rouhani condemned"),
      ("MEMBER_OF", ANSARI, IRFM, "Foreign Ministry spokesman Hossein Jaberi Ansari"),
      ],
     {"source": PRESSTV, "published": "2016-01-04"}),

    ("arPS6_tamim_takes_over_qna", "ar",
     "سمو الأمير الوالد يسلّم مقاليد الحكم لسمو الشيخ تميم بن حمد\n"
     "الدوحة في 26 يونيو /قنا/ أعلن حضرة صاحب السمو الشيخ حمد بن خليفة آل ثاني، في كلمة وجهها إلى الشعب "
     "القطري أمس، تسليم مقاليد الحكم إلى سمو الشيخ تميم بن حمد آل ثاني ولي العهد، مؤكداً أن الوقت قد حان "
     "لفتح صفحة جديدة يتولى فيها جيل جديد المسؤولية.\n"
     "وأصدر حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى اليوم أمراً أميرياً بتعيين معالي "
     "الشيخ عبدالله بن ناصر بن خليفة آل ثاني رئيساً لمجلس الوزراء ووزيراً للداخلية، خلفاً لمعالي الشيخ حمد "
     "بن جاسم بن جبر آل ثاني، وضم التشكيل الوزاري الجديد سعادة الدكتور خالد بن محمد العطية وزيراً للخارجية.\n"
     "واستقبل سمو الأمير في الديوان الأميري صباح اليوم أخاه حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة "
     "عاهل مملكة البحرين الشقيقة، الذي قدم التهنئة بمناسبة تولي سموه مقاليد الحكم، وذلك بحضور سمو الأمير "
     "الوالد الشيخ حمد بن خليفة آل ثاني.\n"
     "كما تلقى سمو الأمير اتصالاً هاتفياً من فخامة الرئيس باراك أوباما رئيس الولايات المتحدة الأمريكية، هنأه "
     "فيه بتولي مقاليد الحكم.\n"
     "ومن المقرر أن يصل إلى الدوحة خلال الأيام المقبلة عدد من قادة دول مجلس التعاون لتقديم التهنئة.",
     [("SUCCESSOR_OF", TAMIM, HBK, "تسليم مقاليد الحكم إلى سمو الشيخ تميم", "2013-06-25"),
      ("LEADS", TAMIM, QATAR, "آل ثاني أمير البلاد المفدى"),
      ("SUCCESSOR_OF", ABNASSER, HBJ, "خلفاً لمعالي الشيخ حمد", "2013-06-26"),
      ("LEADS", ABNASSER, QATAR, "آل ثاني رئيساً لمجلس الوزراء"),
      ("LEADS", ATTIYAH, QAFM, "خالد بن محمد العطية وزيراً للخارجية"),
      ("MET_WITH", TAMIM, HAMAD, "أخاه حضرة صاحب الجلالة الملك حمد", "2013-06-26"),
      ("LEADS", HAMAD, BAHRAIN, "عاهل مملكة البحرين الشقيقة"),
      ("MET_WITH", HBK, TAMIM, "بحضور سمو الأمير الوالد", "2013-06-26"),
      ("MET_WITH", HBK, HAMAD, "الوالد الشيخ حمد بن خليفة آل ثاني.", "2013-06-26"),
      ("LEADS", OBAMA, US, "باراك أوباما رئيس الولايات المتحدة"),
      ],
     {"source": QNA, "published": "2013-06-26"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPS")
