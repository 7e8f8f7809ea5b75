"""Blind set OE: Afghanistan 2020-2024 (first folder of OE-OF): the signing of the Doha agreement between
the United States and the Taliban (29 February 2020), the opening of the intra-Afghan negotiations in Doha
(12 September 2020), the CIA drone strike that killed Ayman al-Zawahiri in Kabul (31 July 2022), Shah
Mahmood Qureshi's visit to the Taliban government in Kabul (21 October 2021), Amir Khan Muttaqi's visit to
Tehran (January 2022) and ISIS-Khorasan's killing of the Taliban refugees minister Khalil Haqqani
(11 December 2024), as a US wire writes it in English (AP-like: "DOHA, Qatar (AP) —", "looked on"), a Qatari
news site in Arabic (Al Jazeera Net-like: "الجزيرة نت - الدوحة", "وعلى هامش"), a New York daily in English
(NYT-like: "Mr. Biden", "Al Qaeda", "al-Zawahri", "C.I.A."), a Turkish agency's Arabic service
(Anadolu-like: "إسلام آباد/ الأناضول", "وذكرت ... في بيان"), an Iranian English daily (Tehran Times-like:
"the Iranian top diplomat", "the Islamic Republic's special envoy") and a Saudi-owned London daily in Arabic
(Asharq Al-Awsat-like: "كابل - «الشرق الأوسط»", guillemets around «طالبان» and «داعش - خراسان»).
Pieces: Khalilzad and Baradar sign the agreement and shake hands with Pompeo looking on, Pompeo meets
Baradar, Esper meets Ghani in Kabul (English, OE1); Pompeo meets the Taliban delegation headed by Baradar,
then the government delegation headed by Stanekzai, the Qatari foreign minister receives Abdullah Abdullah
(Arabic, OE2); a CIA drone strike approved by Biden kills Zawahiri, who had taken over al-Qaeda after bin
Laden (English, OE3); Qureshi meets Hassan Akhund in the presence of Baradar and Muttaqi, with Faiz Hameed
and Abdul Razak Dawood in his delegation; Nadeem Anjum named to succeed Faiz Hameed (Arabic, OE4);
Amir-Abdollahian hosts Muttaqi with Kazemi Qomi present, Muttaqi meets Ahmad Massoud and Ismail Khan
(English, OE5); ISIS-K claims the killing of Khalil Haqqani and, earlier, of the Balkh governor Muzammil;
Abdul Kabir named to succeed Khalil Haqqani (Arabic, OE6).
Excluded on purpose (no relation): Trump's promised meeting with Taliban leaders (OE1); Khalilzad's phone
call to Ghani, Pompeo's planned meeting with the Emir of Qatar (OE2); bin Laden "killed in a raid" (no
agent), Saif al-Adel who "could succeed" Zawahiri, Blinken's accusation, the Haqqani aide who owned the
house (OE3); the separate meeting with Akhundzada that could not be confirmed, Faiz Hameed's earlier visit
(OE4); the meeting with Shamkhani that did not take place (OE5); the unnamed dead of the Kabul airport
attack, the Taliban officials' accusation of "foreign parties" (OE6).
Judgement calls: "signed the deal ... The two men shook hands" is a meeting of Khalilzad and Baradar, and
Pompeo who "looked on" is an attendee paired with both (OE1); "وفد طالبان برئاسة الملا برادر" /
"بوفد الحكومة ... برئاسة معصوم ستانكزي": the head of each delegation is the one met (OE2); "بحث ... مع"
in Kabul is an in-person meeting; "بحضور" Baradar and Muttaqi and the delegation members "ضم الوفد" Faiz
Hameed and Dawood are each paired with both principals (Qureshi and Akhund), and attendees are not paired
with each other (here and in the whole set) (OE4); "was also present at the meeting" pairs Kazemi Qomi with
both ministers; "met with A and B" in one list, not said to be together: Muttaqi with each, A and B not
paired (OE5); "A C.I.A. drone strike killed" gives Zawahiri -> CIA, "had given final approval for the
operation" gives Zawahiri -> Biden, and the headline "U.S. Kills Al Qaeda Leader" gives Zawahiri ->
United States (OE3); "تبنى" (claimed) a killing gives the victim -> ISIS-K (OE6, as the conventions'
"or claims it"); "خلفاً لـ" is a succession (OE4, OE6); a foreign minister LEADS his ministry where it
has an id.
Filled in for the exercise: the Taliban shouting in the hall, the State Department official's wording
(OE1); the Qatari foreign minister's reception of Abdullah Abdullah and its date, Khalilzad's call, the
planned meeting with the Emir (OE2); the wording of officials' quotes (OE3); Abdul Razak Dawood's place in
the delegation, the line about Akhundzada (OE4); Kazemi Qomi's presence at the meeting, the Resistance
Front's comment and the Shamkhani meeting that did not take place (OE5); the accusation of "foreign
parties", the date of Abdul Kabir's appointment (OE6).
Spellings: "Mullah Abdul Ghani Baradar", "Zalmay Khalilzad" (OE1); "زلماي خليل زاد", "الملا عبد الغني
برادر", "معصوم ستانكزي" (OE2); "Ayman al-Zawahri", "Antony J. Blinken" (OE3); "الملا محمد حسن آخوند",
"أمير خان متقي", "الفريق فيض حميد" (OE4); "Hossein Amir-Abdollahian", "Hassan Kazemi Qomi" (OE5);
"خليل الرحمن حقاني", "«داعش - خراسان»", "محمد داود مزمل" (OE6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_of import ALL  # noqa: E402

HERE = Path(__file__).parent

AFGHANISTAN, US, PAKISTAN = "country:afghanistan", "country:united-states", "country:pakistan"
TALIBAN, QAEDA, CIA, ISISK = ("organization:taliban", "organization:al-qaeda", "organization:cia",
                              "organization:islamic-state-khorasan")
AFFM, PKFM, IRFM, QAFM, STATE, HCNR, NRF, ISI = (
    "organization:afghan-foreign-ministry", "organization:pakistani-foreign-ministry",
    "organization:iranian-foreign-ministry", "organization:qatari-foreign-ministry",
    "organization:us-state-department", "organization:high-council-for-national-reconciliation",
    "organization:national-resistance-front-of-afghanistan", "organization:isi")
BARADAR, AKHUND, MUTTAQI, SIRAJ, KHALIL, KABIR, MUZAMMIL, MUJAHID = (
    "person:abdul-ghani-baradar", "person:mohammad-hassan-akhund", "person:amir-khan-muttaqi",
    "person:sirajuddin-haqqani", "person:khalil-haqqani", "person:abdul-kabir", "person:mohammad-dawood-muzammil",
    "person:zabihullah-mujahid")
GHANI, ABDULLAH, STANEKZAI, MASSOUD, ISMAIL = (
    "person:ashraf-ghani", "person:abdullah-abdullah", "person:masoom-stanekzai", "person:ahmad-massoud",
    "person:ismail-khan")
ZAWAHIRI, BINLADEN = "person:ayman-al-zawahiri", "person:osama-bin-laden"
KHALILZAD, POMPEO, ESPER, BIDEN, BLINKEN, MBA, TRUMP = (
    "person:zalmay-khalilzad", "person:mike-pompeo", "person:mark-esper", "person:joe-biden",
    "person:antony-blinken", "person:mohammed-bin-abdulrahman-al-thani", "person:donald-trump")
QURESHI, DAWOOD, FAIZ, ANJUM = ("person:shah-mahmood-qureshi", "person:abdul-razak-dawood", "person:faiz-hameed",
                                "person:nadeem-anjum")
ABDOLLAHIAN, KAZEMI = "person:hossein-amir-abdollahian", "person:hassan-kazemi-qomi"

AP = "blind set (US news wire, English, AP-like)"
JAZEERA = "blind set (Qatari news site, Arabic, Al Jazeera Net-like)"
NYT = "blind set (New York daily, English, NYT-like)"
ANADOLU = "blind set (Turkish state agency, Arabic service, Anadolu-like)"
TEHRANTIMES = "blind set (Iranian daily, English, Tehran Times-like)"
ASHARQ = "blind set (Saudi-owned London daily, Arabic, Asharq Al-Awsat-like)"

ARTICLES = [
    ("enOE1_doha_agreement_signed_ap", "en",
     "US and Taliban sign deal aimed at ending America's longest war\n"
     "DOHA, Qatar (AP) — The United States and the Taliban signed a long-awaited agreement on Saturday that "
     "could pave the way for the withdrawal of American troops from Afghanistan after more than 18 years.\n"
     "Washington's peace envoy, Zalmay Khalilzad, and the Taliban's top political leader, Mullah Abdul Ghani "
     "Baradar, signed the deal in a ballroom of a Doha hotel as Secretary of State Mike Pompeo looked on. The two "
     "men shook hands, and Taliban members in the hall shouted \"God is great.\"\n"
     "Before the ceremony, Pompeo met with Baradar and other members of the insurgents' negotiating team, a "
     "State Department official said, speaking on condition of anonymity.\n"
     "Hours earlier in Kabul, Defense Secretary Mark Esper met President Ashraf Ghani at the presidential palace, "
     "and the two governments issued a joint declaration reaffirming U.S. support for Afghan security forces.\n"
     "President Donald Trump said in Washington that he would personally meet Taliban leaders \"in the not too "
     "distant future.\" No date was given.\n"
     "Under the deal, U.S. forces are to be cut to 8,600 within 135 days, and all foreign troops are to leave "
     "within 14 months if the Taliban keep their commitments, including a pledge not to let al-Qaida operate in "
     "areas they control.",
     [("MET_WITH", KHALILZAD, BARADAR, "The two men shook hands", "2020-02-29"),
      ("MET_WITH", POMPEO, KHALILZAD, "as Secretary of State Mike Pompeo looked on", "2020-02-29"),
      ("MET_WITH", POMPEO, BARADAR, "Pompeo met with Baradar", "2020-02-29"),
      ("MET_WITH", ESPER, GHANI, "Mark Esper met President Ashraf Ghani", "2020-02-29"),
      ("MEMBER_OF", BARADAR, TALIBAN, "the Taliban's top political leader"),
      ("LEADS", GHANI, AFGHANISTAN, "met President Ashraf Ghani at the presidential palace"),
      ("LEADS", POMPEO, STATE, "Secretary of State Mike Pompeo"),
      ("LEADS", TRUMP, US, "President Donald Trump said"),
      ],
     {"source": AP, "published": "2020-02-29"}),

    ("arOE2_intra_afghan_talks_jazeera", "ar",
     "انطلاق مفاوضات السلام الأفغانية في الدوحة وبومبيو يلتقي الوفدين\n"
     "الجزيرة نت - الدوحة\n"
     "انطلقت صباح اليوم السبت في العاصمة القطرية الدوحة المفاوضات المباشرة بين الحكومة الأفغانية وحركة طالبان، "
     "في جلسة افتتاحية حضرها وزير الخارجية الأميركي مايك بومبيو وممثلون عن عشرات الدول.\n"
     "وأكد رئيس المكتب السياسي لحركة طالبان الملا عبد الغني برادر في كلمته أن الحركة تريد أن يكون لأفغانستان "
     "\"نظام إسلامي\"، داعياً إلى الصبر في المفاوضات.\n"
     "وعلى هامش الجلسة، التقى بومبيو وفد طالبان برئاسة الملا برادر، ثم اجتمع بوفد الحكومة الأفغانية المفاوض "
     "برئاسة معصوم ستانكزي، وبحث معه سبل تسريع الحوار والتوصل إلى وقف لإطلاق النار.\n"
     "من جهته، استقبل نائب رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، رئيسَ "
     "المجلس الأعلى للمصالحة الوطنية في أفغانستان عبد الله عبد الله، وجرى خلال اللقاء استعراض مسار العملية "
     "السلمية.\n"
     "وكان المبعوث الأميركي الخاص للمصالحة في أفغانستان زلماي خليل زاد قد أجرى مساء أمس اتصالاً هاتفياً "
     "بالرئيس الأفغاني أشرف غني، عشية الافتتاح.\n"
     "ومن المقرر أن يلتقي بومبيو أمير قطر الشيخ تميم بن حمد آل ثاني قبل مغادرته الدوحة.\n"
     "وتأتي المفاوضات بعد ستة أشهر من توقيع الاتفاق بين واشنطن وطالبان في الدوحة، وبعد إتمام عملية تبادل "
     "الأسرى التي تأخرت لأشهر.",
     [("MET_WITH", POMPEO, BARADAR, "التقى بومبيو وفد طالبان برئاسة", "2020-09-12"),
      ("MET_WITH", POMPEO, STANEKZAI, "ثم اجتمع بوفد الحكومة الأفغانية المفاوض", "2020-09-12"),
      ("MET_WITH", MBA, ABDULLAH, "استقبل نائب رئيس مجلس الوزراء وزير الخارجية القطري", "2020-09-12"),
      ("LEADS", POMPEO, STATE, "وزير الخارجية الأميركي مايك بومبيو"),
      ("MEMBER_OF", BARADAR, TALIBAN, "رئيس المكتب السياسي لحركة طالبان"),
      ("LEADS", MBA, QAFM, "وزير الخارجية القطري الشيخ"),
      ("LEADS", ABDULLAH, HCNR, "المجلس الأعلى للمصالحة الوطنية في أفغانستان"),
      ("LEADS", GHANI, AFGHANISTAN, "بالرئيس الأفغاني أشرف غني"),
      ],
     {"source": JAZEERA, "published": "2020-09-12"}),

    ("enOE3_zawahiri_killed_kabul_nyt", "en",
     "U.S. Kills Al Qaeda Leader Ayman al-Zawahri in Kabul\n"
     "WASHINGTON — A C.I.A. drone strike killed Ayman al-Zawahri, the leader of Al Qaeda, on the balcony of a "
     "safe house in Kabul over the weekend, President Biden announced on Monday evening, the most significant "
     "blow to the terrorist group since the killing of Osama bin Laden more than a decade ago.\n"
     "Mr. Biden, speaking from the Blue Room balcony of the White House, said he had given final approval for the "
     "operation last week, after months of planning by intelligence officials. No civilians were harmed, he said.\n"
     "Al-Zawahri, 71, an Egyptian surgeon who helped plot the Sept. 11 attacks, took over Al Qaeda after bin "
     "Laden was killed in a raid in Abbottabad, Pakistan, in 2011.\n"
     "The house in the Sherpur neighborhood belonged to a top aide of Sirajuddin Haqqani, the Taliban's interior "
     "minister, according to a senior administration official.\n"
     "Secretary of State Antony J. Blinken said the Taliban had \"grossly violated\" the Doha agreement by hosting "
     "and sheltering the Qaeda leader. Zabihullah Mujahid, the Taliban spokesman, condemned the strike as a "
     "violation of \"international principles.\"\n"
     "Counterterrorism analysts said Saif al-Adel, a former Egyptian Army officer believed to be living in Iran, "
     "could succeed him.",
     [("ASSASSINATED_BY", ZAWAHIRI, CIA, "A C.I.A. drone strike killed", "2022-07-31"),
      ("ASSASSINATED_BY", ZAWAHIRI, BIDEN, "he had given final approval for the", "2022-07-31"),
      ("ASSASSINATED_BY", ZAWAHIRI, US, "U.S. Kills Al Qaeda Leader", "2022-07-31"),
      ("LEADS", ZAWAHIRI, QAEDA, "the leader of Al Qaeda, on the balcony"),
      ("SUCCESSOR_OF", ZAWAHIRI, BINLADEN, "took over Al Qaeda after bin", "2011-06-16"),
      ("MEMBER_OF", SIRAJ, TALIBAN, "the Taliban's interior"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony J. Blinken"),
      ("MEMBER_OF", MUJAHID, TALIBAN, "the Taliban spokesman"),
      ],
     {"source": NYT, "published": "2022-08-01"}),

    ("arOE4_qureshi_kabul_anadolu", "ar",
     "وزير الخارجية الباكستاني يبحث في كابل مع حكومة طالبان المساعدات والتجارة\n"
     "إسلام آباد/ الأناضول\n"
     "بحث وزير الخارجية الباكستاني شاه محمود قريشي، الخميس، مع رئيس الوزراء في حكومة طالبان المؤقتة الملا "
     "محمد حسن آخوند، في العاصمة الأفغانية كابل، العلاقات الثنائية والمساعدات الإنسانية وحركة التجارة عبر "
     "الحدود.\n"
     "وذكرت الخارجية الباكستانية في بيان، أن اللقاء جرى بحضور النائب الأول لرئيس الوزراء الملا عبد الغني "
     "برادر، ووزير الخارجية بالوكالة أمير خان متقي.\n"
     "وضم الوفد الباكستاني المدير العام للاستخبارات العسكرية الفريق فيض حميد، ومستشار رئيس الوزراء لشؤون "
     "التجارة عبد الرزاق داود.\n"
     "وأضاف البيان أن قريشي أكد \"وقوف باكستان إلى جانب الشعب الأفغاني\"، ودعا المجتمع الدولي إلى الإفراج عن "
     "الأصول الأفغانية المجمدة.\n"
     "وهذه أول زيارة يجريها قريشي إلى كابل منذ سيطرة طالبان على الحكم منتصف أغسطس/ آب الماضي، فيما كان حميد "
     "قد زار العاصمة الأفغانية مطلع سبتمبر/ أيلول.\n"
     "وكان الجيش الباكستاني قد أعلن في 6 أكتوبر/ تشرين الأول الجاري تعيين الفريق نديم أنجم مديراً عاماً "
     "للاستخبارات خلفاً لحميد، الذي نُقل إلى قيادة فيلق بيشاور.\n"
     "ولم يتسنَّ للأناضول التأكد من صحة أنباء عن لقاء منفصل بين قريشي والزعيم الأعلى لطالبان هبة الله آخوند "
     "زاده.",
     [("MET_WITH", QURESHI, AKHUND, "مع رئيس الوزراء في حكومة طالبان المؤقتة", "2021-10-21"),
      ("MET_WITH", BARADAR, QURESHI, "اللقاء جرى بحضور النائب الأول", "2021-10-21"),
      ("MET_WITH", BARADAR, AKHUND, "لرئيس الوزراء الملا عبد الغني", "2021-10-21"),
      ("MET_WITH", MUTTAQI, QURESHI, "ووزير الخارجية بالوكالة أمير خان متقي", "2021-10-21"),
      ("MET_WITH", MUTTAQI, AKHUND, "بالوكالة أمير خان", "2021-10-21"),
      ("MET_WITH", FAIZ, QURESHI, "وضم الوفد الباكستاني المدير العام", "2021-10-21"),
      ("MET_WITH", FAIZ, AKHUND, "للاستخبارات العسكرية الفريق فيض حميد", "2021-10-21"),
      ("MET_WITH", DAWOOD, QURESHI, "ومستشار رئيس الوزراء لشؤون", "2021-10-21"),
      ("MET_WITH", DAWOOD, AKHUND, "التجارة عبد الرزاق داود", "2021-10-21"),
      ("SUCCESSOR_OF", ANJUM, FAIZ, "للاستخبارات خلفاً لحميد", "2021-10-06"),
      ("LEADS", QURESHI, PKFM, "وزير الخارجية الباكستاني شاه محمود قريشي"),
      ("LEADS", MUTTAQI, AFFM, "ووزير الخارجية بالوكالة"),
      ("LEADS", FAIZ, ISI, "المدير العام للاستخبارات العسكرية"),
      ("LEADS", ANJUM, ISI, "تعيين الفريق نديم أنجم"),
      ],
     {"source": ANADOLU, "published": "2021-10-21"}),

    ("enOE5_muttaqi_tehran_tehrantimes", "en",
     "Amir-Abdollahian, Muttaqi discuss refugees, inclusive government\n"
     "TEHRAN – Iranian Foreign Minister Hossein Amir-Abdollahian hosted Amir Khan Muttaqi, the foreign minister "
     "of Afghanistan's caretaker government, in Tehran on Sunday, in the highest-level visit by a Taliban official "
     "since the group seized Kabul in August.\n"
     "Hassan Kazemi Qomi, the Islamic Republic's special envoy for Afghanistan, was also present at the meeting, "
     "the Foreign Ministry said in a statement.\n"
     "The Iranian top diplomat told his guest that Tehran had not yet recognized the Taliban administration and "
     "called for \"an inclusive government that reflects the ethnic composition of Afghanistan.\" The two sides "
     "also discussed the situation of Afghan refugees and fuel exports.\n"
     "During his stay, Muttaqi also met with Ahmad Massoud, the leader of the National Resistance Front, and "
     "Ismail Khan, the former governor of Herat, both of whom have been living in Iran, according to Iranian "
     "media. A Resistance Front spokesman later said no agreement had been reached.\n"
     "Muttaqi had also been expected to meet Ali Shamkhani, the secretary of the Supreme National Security "
     "Council, but the meeting did not take place, an informed source told the Tehran Times.\n"
     "Iran, which shares a 900-kilometer border with Afghanistan, hosts millions of Afghan refugees.",
     [("MET_WITH", ABDOLLAHIAN, MUTTAQI, "hosted Amir Khan Muttaqi", "2022-01-09"),
      ("MET_WITH", KAZEMI, ABDOLLAHIAN, "was also present at the meeting", "2022-01-09"),
      ("MET_WITH", KAZEMI, MUTTAQI, "the Islamic Republic's special envoy for Afghanistan", "2022-01-09"),
      ("MET_WITH", MUTTAQI, MASSOUD, "Muttaqi also met with Ahmad Massoud", "2022-01-09"),
      ("MET_WITH", MUTTAQI, ISMAIL, "Ismail Khan, the former governor of Herat", "2022-01-09"),
      ("LEADS", ABDOLLAHIAN, IRFM, "Iranian Foreign Minister Hossein Amir-Abdollahian"),
      ("LEADS", MUTTAQI, AFFM, "the foreign minister of Afghanistan's caretaker government"),
      ("LEADS", MASSOUD, NRF, "the leader of the National Resistance Front"),
      ],
     {"source": TEHRANTIMES, "published": "2022-01-10"}),

    ("arOE6_khalil_haqqani_isisk_asharq", "ar",
     "«داعش - خراسان» يتبنى قتل وزير اللاجئين في حكومة «طالبان»\n"
     "كابل - «الشرق الأوسط»\n"
     "تبنى تنظيم «داعش - خراسان» الهجوم الانتحاري الذي أودى، الأربعاء، بحياة وزير شؤون اللاجئين في حكومة "
     "«طالبان» خليل الرحمن حقاني، داخل مقر الوزارة في العاصمة الأفغانية كابل، وفق بيان نشرته وكالة «أعماق» "
     "التابعة للتنظيم.\n"
     "وقُتل مع حقاني، وهو عم وزير الداخلية سراج الدين حقاني وأحد أبرز وجوه «شبكة حقاني»، عدد من مرافقيه "
     "والموظفين. ونعى المتحدث باسم الحكومة ذبيح الله مجاهد الوزير الراحل، واصفاً إياه بـ«المجاهد الكبير».\n"
     "ويُعد هذا أبرز اغتيال يطال عضواً في الحكومة منذ عودة الحركة إلى السلطة في أغسطس (آب) 2021. وكان التنظيم "
     "قد تبنى في مارس (آذار) 2023 تفجيراً قتل حاكم ولاية بلخ محمد داود مزمل داخل مكتبه في مزار شريف، كما تبنى "
     "الهجوم على محيط مطار كابل في أغسطس 2021 الذي قُتل فيه 13 عسكرياً أميركياً ونحو 170 أفغانياً.\n"
     "واتهم مسؤولون في «طالبان» «جهات خارجية» بالوقوف وراء الهجوم، من دون أن يسموها.\n"
     "وأعلنت الحركة لاحقاً تعيين المولوي عبد الكبير وزيراً للاجئين خلفاً لحقاني.\n"
     "من جهتها، دانت وزارة الخارجية الباكستانية الهجوم، معربة عن تعازيها لأسرة الوزير.",
     [("ASSASSINATED_BY", KHALIL, ISISK, "تبنى تنظيم «داعش - خراسان» الهجوم", "2024-12-11"),
      ("ASSASSINATED_BY", MUZAMMIL, ISISK, "قد تبنى في مارس (آذار) 2023", "2023-03-09"),
      ("SUCCESSOR_OF", KABIR, KHALIL, "وزيراً للاجئين خلفاً لحقاني"),
      ("MEMBER_OF", KHALIL, "organization:haqqani-network", "وأحد أبرز وجوه «شبكة حقاني»"),
      ],
     {"source": ASHARQ, "published": "2024-12-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOE")
