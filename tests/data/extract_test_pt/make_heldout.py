"""Blind set PT: the Gulf 2011-2017 (second folder of PS-PT): Sheikh Jaber al-Mubarak named Kuwait's prime
minister after Sheikh Nasser al-Mohammad's government resigned (November 2011), Obama's visit to King Salman
in Riyadh before the GCC summit (April 2016), the Kuwaiti foreign minister's message to Rouhani in Tehran
(January 2017) and Rouhani's visit to Kuwait (February 2017), Mohammed bin Salman replacing Mohammed bin
Nayef as crown prince (June 2017), and Erdogan's Gulf tour in the Qatar crisis (July 2017), as Kuwait's state
agency writes it in Arabic (KUNA-like: "الكويت - 30 - 11 (كونا) --", "حضرة صاحب السمو أمير البلاد"), a Saudi-owned
TV site in English (Al Arabiya English-like), an Iranian Arabic-language TV site (Al Alam-like: "طهران -
العالم", "الشيخ حسن روحاني"), Kuwait's state agency in English (KUNA-like: "KUWAIT, Feb 15 (KUNA) --", "His
Highness the Amir"), a Saudi-owned TV site in Arabic (Al Arabiya.net-like: "العربية.نت", "ترمب") and a US wire
in English (AP-like: "JIDDAH, Saudi Arabia (AP) —").
Pieces: Jaber al-Mubarak appointed after the resignation of Nasser al-Mohammad's government, the Emir receives
him in the Crown Prince's presence, then the Speaker, then Nasser al-Mohammad (Arabic, PT1); King Salman
receives Obama with the two crown princes and Kerry attending, the Riyadh governor welcomes Obama at the
airport (English, PT2); Rouhani receives the Kuwaiti foreign minister with Zarif present (Arabic, PT3); the
Emir receives Rouhani with the Crown Prince and the Prime Minister attending and Zarif in the delegation,
al-Ghanim welcomes Rouhani at the airport (English, PT4); Mohammed bin Salman chosen crown prince in
Mohammed bin Nayef's place, Abdulaziz bin Saud bin Nayef succeeds his uncle at the interior ministry, the two
princes meet in Mecca (Arabic, PT5); Erdogan meets King Salman with the crown prince taking part, then the
Emir of Kuwait; Tillerson had met the emirs of Kuwait and Qatar (English, PT6).
Excluded on purpose (no relation): the storming of the parliament, King Abdullah's phone call to the Emir
(PT1); Carter's meeting with unnamed Gulf counterparts, the planned GCC summit, al-Jubeir's warning (PT2);
Zarif's phone call to the Qatari foreign minister, Rouhani's planned Gulf tour, Nimr al-Nimr's execution
with no agent stated (PT3); the planned meeting with Sultan Qaboos in Muscat, the minister's earlier trip to
Tehran with no one named as met (PT4); Trump's congratulation call, Tamim's cable (PT5); Erdogan's planned
meeting with Tamim in Doha (PT6).
Judgement calls: an appointment "after accepting the resignation of" the predecessor's government is a
succession (PT1 Jaber al-Mubarak -> Nasser al-Mohammad); "X received A ..., then B, then C" are separate
meetings, the Crown Prince (present only at the first) is paired with the Emir and Jaber al-Mubarak (PT1);
being welcomed at the airport by an official is a meeting (PT2 Faisal bin Bandar, PT4 al-Ghanim); attendees
of one "attended by" / «بحضور» list are paired with both principals and with each other (PT2, PT4), as most
dev gold; a named member of the guest's delegation is paired with the host only (PT4 Zarif), as the brief's
"headed by" rule; «خلفاً لعمه» resolves to Mohammed bin Nayef, named earlier (PT5); «والتقى الأميران» is a
meeting of the two princes (PT5); "also took part in the talks" makes the crown prince an attendee (PT6);
"meeting the Kuwaiti emir ... and Qatar's emir" are two separate meetings (PT6); a prime minister LEADS the
country.
Filled in for the exercise: the Emir's audiences on the day of the appointment and their order (PT1); the
attendees of the Erga Palace talks (PT2); Zarif's presence and his call to the Qatari minister (PT3); al-Ghanim
at the airport, the attendees (PT4); the wording of the orders' coverage and the meeting at al-Safa Palace
(PT5); the wording of the AP lines (PT6).
Spellings: «صباح الأحمد الجابر الصباح»، «جاسم محمد الخرافي» (PT1); "Mohammed bin Naif", "Prince Faisal bin
Bandar bin Abdulaziz" (PT2); «الشيخ صباح خالد الحمد الصباح»، «محمد جواد ظريف» (PT3); "Sheikh Sabah Al-Ahmad
Al-Jaber Al-Sabah", "Dr. Hassan Rouhani", "Marzouq Ali Al-Ghanim" (PT4); «ترمب»، «محمد بن نايف بن عبدالعزيز»
(PT5); "Mohammad bin Salman", "Jiddah", "Sheikh Sabah Al Ahmad Al Sabah" (PT6).
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

SAUDI, KUWAIT, QATAR, IRAN, US, TURKEY = (
    "country:saudi-arabia", "country:kuwait", "country:qatar", "country:iran", "country:united-states",
    "country:turkey")
SAINT, SADEF, SAFM, KWFM, KWPARL, IRFM = (
    "organization:saudi-interior-ministry", "organization:saudi-defence-ministry",
    "organization:saudi-foreign-ministry", "organization:kuwaiti-foreign-ministry",
    "organization:kuwaiti-parliament", "organization:iranian-foreign-ministry")
SALMAN, MBN, MBS, ABSN, JUBEIR, FBANDAR = (
    "person:salman-bin-abdulaziz", "person:mohammed-bin-nayef", "person:mohammed-bin-salman",
    "person:abdulaziz-bin-saud-bin-nayef", "person:adel-al-jubeir", "person:faisal-bin-bandar")
SABAH, NAWAF, JABER, NASSER, KHARAFI, SKHALID, GHANIM = (
    "person:sabah-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah",
    "person:jaber-al-mubarak-al-hamad-al-sabah", "person:nasser-al-mohammad-al-sabah", "person:jassem-al-kharafi",
    "person:sabah-al-khalid-al-hamad-al-sabah", "person:marzouq-al-ghanim")
TAMIM, ROUHANI, ZARIF = "person:tamim-bin-hamad-al-thani", "person:hassan-rouhani", "person:mohammad-javad-zarif"
OBAMA, KERRY, TRUMP, TILLERSON, ERDOGAN = (
    "person:barack-obama", "person:john-kerry", "person:donald-trump", "person:rex-tillerson",
    "person:recep-tayyip-erdogan")

KUNA_AR = "blind set (Kuwaiti state news agency, Arabic, KUNA-like)"
ARABIYA_EN = "blind set (Saudi-owned TV news site, English, Al Arabiya English-like)"
ALAM = "blind set (Iranian Arabic-language TV news site, Al Alam-like)"
KUNA_EN = "blind set (Kuwaiti state news agency, English service, KUNA-like)"
ARABIYA_AR = "blind set (Saudi-owned TV news site, Arabic, Al Arabiya.net-like)"
AP = "blind set (US news wire, English, AP-like)"

ARTICLES = [
    ("arPT1_jaber_mubarak_prime_minister_kuna", "ar",
     "سمو الأمير يصدر أمراً أميرياً بتعيين الشيخ جابر المبارك رئيساً لمجلس الوزراء\n"
     "الكويت - 30 - 11 (كونا) -- أصدر حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح حفظه الله "
     "ورعاه اليوم أمراً أميرياً بتعيين سمو الشيخ جابر المبارك الحمد الصباح رئيساً لمجلس الوزراء وتكليفه "
     "بترشيح أعضاء الوزارة الجديدة، وذلك بعد قبول سموه يوم الاثنين الماضي استقالة حكومة سمو الشيخ ناصر "
     "المحمد الأحمد الصباح.\n"
     "وكان سمو أمير البلاد قد استقبل في قصر السيف صباح اليوم سمو الشيخ جابر المبارك، بحضور سمو ولي العهد "
     "الشيخ نواف الأحمد الجابر الصباح، حيث أبلغه سموه بقرار تعيينه.\n"
     "كما استقبل سموه رئيس مجلس الأمة جاسم محمد الخرافي، ثم سمو الشيخ ناصر المحمد الذي شكره سموه على ما بذله "
     "من جهود خلال فترة توليه رئاسة الحكومة.\n"
     "وتلقى حضرة صاحب السمو أمير البلاد اتصالاً هاتفياً من أخيه خادم الحرمين الشريفين الملك عبدالله بن "
     "عبدالعزيز، تم خلاله استعراض العلاقات الأخوية.\n"
     "وكانت البلاد قد شهدت في 16 نوفمبر الجاري اقتحام عدد من النواب والمحتجين مبنى مجلس الأمة للمطالبة برحيل "
     "الحكومة.",
     [("LEADS", SABAH, KUWAIT, "أمير البلاد الشيخ صباح الأحمد الجابر الصباح حفظه الله"),
      ("SUCCESSOR_OF", JABER, NASSER, "بتعيين سمو الشيخ جابر المبارك الحمد الصباح", "2011-11-30"),
      ("LEADS", JABER, KUWAIT, "رئيساً لمجلس الوزراء وتكليفه"),
      ("MET_WITH", SABAH, JABER, "قد استقبل في قصر السيف", "2011-11-30"),
      ("MET_WITH", NAWAF, SABAH, "بحضور سمو ولي العهد", "2011-11-30"),
      ("MET_WITH", NAWAF, JABER, "الشيخ نواف الأحمد الجابر الصباح، حيث", "2011-11-30"),
      ("MET_WITH", SABAH, KHARAFI, "كما استقبل سموه رئيس مجلس الأمة", "2011-11-30"),
      ("LEADS", KHARAFI, KWPARL, "رئيس مجلس الأمة جاسم محمد الخرافي"),
      ("MET_WITH", SABAH, NASSER, "ثم سمو الشيخ ناصر المحمد الذي", "2011-11-30"),
      ],
     {"source": KUNA_AR, "published": "2011-11-30"}),

    ("enPT2_salman_receives_obama_arabiya", "en",
     "King Salman receives Obama in Riyadh ahead of Gulf summit\n"
     "Al Arabiya English | Wednesday, 20 April 2016\n"
     "Custodian of the Two Holy Mosques King Salman bin Abdulaziz received U.S. President Barack Obama at Erga "
     "Palace in Riyadh on Wednesday, where the two leaders discussed the fight against ISIS, the conflicts in "
     "Syria and Yemen and Iran's \"interference\" in the region, the Saudi Press Agency reported.\n"
     "The talks were attended by Crown Prince Mohammed bin Naif, deputy premier and minister of interior, and "
     "Deputy Crown Prince Mohammed bin Salman, second deputy premier and minister of defense, as well as U.S. "
     "Secretary of State John Kerry.\n"
     "Obama, on his fourth visit to the Kingdom, was welcomed at King Khalid International Airport by the "
     "Governor of Riyadh, Prince Faisal bin Bandar bin Abdulaziz, a reception some U.S. media read as a snub.\n"
     "Earlier in the day, U.S. Defense Secretary Ash Carter held talks with his Gulf counterparts on "
     "accelerating arms transfers.\n"
     "On Thursday, Obama is due to attend a summit with the leaders of the six Gulf Cooperation Council states "
     "at Diriyah Palace.\n"
     "The visit comes days after Foreign Minister Adel al-Jubeir reportedly warned that the Kingdom could sell "
     "off U.S. assets if Congress passes a bill allowing 9/11 families to sue Saudi Arabia.",
     met_group({SALMAN: "King Salman bin Abdulaziz received U.S.",
                OBAMA: "President Barack Obama at Erga",
                MBN: "Crown Prince Mohammed bin Naif, deputy premier",
                MBS: "Deputy Crown Prince Mohammed bin Salman",
                KERRY: "Secretary of State John Kerry"}, "2016-04-20") + [
      ("LEADS", SALMAN, SAUDI, "Custodian of the Two Holy Mosques King Salman"),
      ("LEADS", OBAMA, US, "U.S. President Barack Obama at"),
      ("LEADS", MBN, SAINT, "Mohammed bin Naif, deputy premier and minister of interior"),
      ("LEADS", MBS, SADEF, "second deputy premier and minister of defense"),
      ("MET_WITH", OBAMA, FBANDAR, "was welcomed at King Khalid International Airport", "2016-04-20"),
      ("LEADS", JUBEIR, SAFM, "Foreign Minister Adel al-Jubeir reportedly"),
      ],
     {"source": ARABIYA_EN, "published": "2016-04-20"}),

    ("arPT3_rouhani_kuwaiti_minister_alam", "ar",
     "روحاني يتسلم رسالة من أمير الكويت حول الحوار مع دول الخليج الفارسي\n"
     "طهران - العالم\n"
     "استقبل رئيس الجمهورية الإسلامية الإيرانية الشيخ حسن روحاني، اليوم الأربعاء، وزير الخارجية الكويتي "
     "الشيخ صباح خالد الحمد الصباح، الذي سلّمه رسالة خطية من أمير دولة الكويت الشيخ صباح الأحمد الجابر الصباح، "
     "بحضور وزير الخارجية محمد جواد ظريف.\n"
     "وأكد روحاني خلال اللقاء أن الجمهورية الإسلامية ترحب بالحوار مع جيرانها على أساس حسن الجوار وعدم التدخل "
     "في الشؤون الداخلية، مشيراً إلى أن \"أمن المنطقة لا يتحقق إلا بأيدي أبنائها\".\n"
     "من جهته، أوضح الوزير الكويتي أن الرسالة تعبّر عن موقف دول مجلس التعاون الست، وأنها تتضمن أسس الحوار "
     "المقترح.\n"
     "وتأتي الزيارة بعد عام على قطع الرياض علاقاتها مع طهران إثر إعدام الشيخ نمر باقر النمر وما تلاه من "
     "احتجاجات أمام السفارة السعودية.\n"
     "وكان ظريف قد أجرى أمس اتصالاً هاتفياً بنظيره القطري الشيخ محمد بن عبدالرحمن آل ثاني بحث معه العلاقات "
     "الثنائية.\n"
     "ومن المقرر أن يقوم الرئيس روحاني بجولة خليجية الشهر المقبل تشمل الكويت ومسقط.",
     [("MET_WITH", ROUHANI, SKHALID, "وزير الخارجية الكويتي", "2017-01-25"),
      ("LEADS", ROUHANI, IRAN, "رئيس الجمهورية الإسلامية الإيرانية الشيخ حسن روحاني"),
      ("LEADS", SKHALID, KWFM, "الكويتي الشيخ صباح خالد الحمد الصباح"),
      ("LEADS", SABAH, KUWAIT, "أمير دولة الكويت الشيخ صباح الأحمد"),
      ("MET_WITH", ZARIF, ROUHANI, "بحضور وزير الخارجية محمد جواد ظريف", "2017-01-25"),
      ("MET_WITH", ZARIF, SKHALID, "وزير الخارجية محمد جواد ظريف.", "2017-01-25"),
      ("LEADS", ZARIF, IRFM, "وزير الخارجية محمد جواد ظريف"),
      ],
     {"source": ALAM, "published": "2017-01-25"}),

    ("enPT4_amir_receives_rouhani_kuna", "en",
     "His Highness the Amir receives Iranian President\n"
     "KUWAIT, Feb 15 (KUNA) -- His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah received at Bayan "
     "Palace on Wednesday President of the Islamic Republic of Iran Dr. Hassan Rouhani and his accompanying "
     "delegation, on the occasion of his official visit to the country.\n"
     "The meeting was attended by His Highness the Crown Prince Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah and His "
     "Highness the Prime Minister Sheikh Jaber Al-Mubarak Al-Hamad Al-Sabah. The Iranian delegation included "
     "Foreign Minister Mohammad Javad Zarif.\n"
     "The two sides discussed bilateral relations and regional developments, as well as ways to establish a "
     "dialogue between the Islamic Republic and the Gulf Cooperation Council states.\n"
     "National Assembly Speaker Marzouq Ali Al-Ghanim was among the senior officials who welcomed the visiting "
     "president upon his arrival at Kuwait International Airport.\n"
     "The visit, Rouhani's first to Kuwait since taking office in 2013, came after First Deputy Prime Minister "
     "and Foreign Minister Sheikh Sabah Khalid Al-Hamad Al-Sabah carried a message from His Highness the Amir to "
     "Tehran last month.\n"
     "Rouhani left later in the day for Muscat, where he is due to hold talks with Sultan Qaboos bin Said.",
     met_group({SABAH: "Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah received",
                ROUHANI: "Dr. Hassan Rouhani and his accompanying",
                NAWAF: "the Crown Prince Sheikh Nawaf",
                JABER: "the Prime Minister Sheikh Jaber"}, "2017-02-15") + [
      ("MET_WITH", ZARIF, SABAH, "delegation included Foreign Minister", "2017-02-15"),
      ("LEADS", SABAH, KUWAIT, "His Highness the Amir Sheikh Sabah"),
      ("LEADS", ROUHANI, IRAN, "President of the Islamic Republic of Iran Dr."),
      ("LEADS", JABER, KUWAIT, "His Highness the Prime Minister Sheikh Jaber"),
      ("LEADS", ZARIF, IRFM, "Foreign Minister Mohammad Javad Zarif"),
      ("MET_WITH", GHANIM, ROUHANI, "who welcomed the visiting president", "2017-02-15"),
      ("LEADS", GHANIM, KWPARL, "National Assembly Speaker Marzouq"),
      ("LEADS", SKHALID, KWFM, "and Foreign Minister Sheikh Sabah Khalid"),
      ],
     {"source": KUNA_EN, "published": "2017-02-15"}),

    ("arPT5_mbs_crown_prince_arabiya", "ar",
     "أمر ملكي: محمد بن سلمان ولياً للعهد خلفاً لمحمد بن نايف\n"
     "العربية.نت - الرياض\n"
     "أصدر خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، فجر الأربعاء، أمراً ملكياً باختيار الأمير محمد بن "
     "سلمان ولياً للعهد، وتعيينه نائباً لرئيس مجلس الوزراء مع استمراره وزيراً للدفاع، وإعفاء الأمير محمد بن "
     "نايف بن عبدالعزيز من ولاية العهد ومن منصبي نائب رئيس مجلس الوزراء ووزير الداخلية.\n"
     "وأيّد 31 عضواً من أصل 34 في هيئة البيعة اختيار ولي العهد الجديد.\n"
     "وقضى أمر ملكي آخر بتعيين الأمير عبدالعزيز بن سعود بن نايف وزيراً للداخلية خلفاً لعمه.\n"
     "والتقى الأميران مساء اليوم في قصر الصفا بمكة المكرمة، حيث بايع الأمير محمد بن نايف ابن عمه، فيما انحنى "
     "ولي العهد الجديد لتقبيل يده قائلاً: \"لن نستغني عن توجيهاتكم ونصائحكم\".\n"
     "وتلقى ولي العهد اتصالاً هاتفياً من الرئيس الأميركي دونالد ترمب هنأه فيه بالمنصب، وبحث الجانبان جهود "
     "مكافحة الإرهاب، فيما بعث أمير قطر الشيخ تميم بن حمد برقية تهنئة رغم الأزمة القائمة مع الدوحة.",
     [("SUCCESSOR_OF", MBS, MBN, "أمراً ملكياً باختيار الأمير محمد بن", "2017-06-21"),
      ("LEADS", SALMAN, SAUDI, "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، فجر"),
      ("LEADS", MBS, SADEF, "مع استمراره وزيراً للدفاع"),
      ("SUCCESSOR_OF", ABSN, MBN, "وزيراً للداخلية خلفاً لعمه", "2017-06-21"),
      ("LEADS", ABSN, SAINT, "بتعيين الأمير عبدالعزيز بن سعود بن نايف"),
      ("MET_WITH", MBN, MBS, "والتقى الأميران مساء اليوم", "2017-06-21"),
      ("LEADS", TRUMP, US, "الرئيس الأميركي دونالد ترمب"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ تميم"),
      ],
     {"source": ARABIYA_AR, "published": "2017-06-21"}),

    ("enPT6_erdogan_gulf_tour_ap", "en",
     "Turkey's Erdogan meets Saudi king in bid to ease Qatar crisis\n"
     "JIDDAH, Saudi Arabia (AP) — Turkish President Recep Tayyip Erdogan met with Saudi King Salman on Sunday in "
     "the Red Sea city of Jiddah, the first stop of a Gulf tour aimed at easing the diplomatic crisis that has "
     "isolated Qatar.\n"
     "The king's son, Crown Prince Mohammad bin Salman, also took part in the talks, according to the "
     "state-run Saudi Press Agency.\n"
     "Erdogan then flew to Kuwait, whose ruler, Sheikh Sabah Al Ahmad Al Sabah, has been mediating in the "
     "dispute, and held talks with the emir late Sunday. He is to travel to Doha on Monday to meet Qatar's "
     "ruling emir, Sheikh Tamim bin Hamad Al Thani.\n"
     "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar on June 5, accusing it of "
     "supporting extremist groups, a charge Doha denies. Turkey has sent troops to its military base in Qatar.\n"
     "U.S. Secretary of State Rex Tillerson shuttled between the Gulf capitals earlier this month, meeting the "
     "Kuwaiti emir in Kuwait City and Qatar's emir in Doha, but left without a breakthrough.\n"
     "Saudi Foreign Minister Adel al-Jubeir has said the demands on Qatar are non-negotiable.",
     [("MET_WITH", ERDOGAN, SALMAN, "met with Saudi King Salman", "2017-07-23"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan"),
      ("MET_WITH", MBS, ERDOGAN, "also took part in the talks", "2017-07-23"),
      ("MET_WITH", MBS, SALMAN, "Crown Prince Mohammad bin Salman, also", "2017-07-23"),
      ("MET_WITH", ERDOGAN, SABAH, "held talks with the emir late Sunday", "2017-07-23"),
      ("LEADS", SABAH, KUWAIT, "whose ruler, Sheikh Sabah"),
      ("LEADS", TAMIM, QATAR, "Qatar's ruling emir"),
      ("MET_WITH", TILLERSON, SABAH, "meeting the Kuwaiti emir in Kuwait City", "2017-07-10"),
      ("MET_WITH", TILLERSON, TAMIM, "and Qatar's emir in Doha", "2017-07-11"),
      ("LEADS", JUBEIR, SAFM, "Saudi Foreign Minister Adel al-Jubeir"),
      ],
     {"source": AP, "published": "2017-07-23"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPT")
