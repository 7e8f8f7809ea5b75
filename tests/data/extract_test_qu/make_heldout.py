"""Blind set QU: Afghanistan and Pakistan 2020-2024 (first folder of QU-QV): the US-Taliban agreement signed
in Doha (February 2020), the opening of the intra-Afghan talks in Doha (September 2020), Amir Khan Muttaqi's
visit to Islamabad and the Troika Plus meeting (November 2021), the Qatari foreign minister's first visit to
Taliban-run Kabul (September 2021), the US drone strike that killed Ayman al-Zawahiri in Kabul (July 2022)
and the suicide bombing that killed Khalil Haqqani (December 2024), as a Western wire writes it in English
(Reuters-like: "DOHA (Reuters) -", "could pave the way"), a Qatari TV news site in Arabic (Al Jazeera Net-like:
"الدوحة - الجزيرة نت", "على هامش الجلسة"), a Pakistani daily in English (Dawn-like: "ISLAMABAD:", "Mr Muttaqi",
a byline), Qatar's state agency in Arabic (QNA-like: "كابول في 12 سبتمبر /قنا/", "سعادة", "حضر اللقاء"), a US
wire in English (AP-like: "WASHINGTON (AP) —", "al-Zawahri", "al-Qaida") and a pan-Arab Gulf daily in Arabic
(Asharq Al-Awsat-like: "كابل: «الشرق الأوسط»", months given twice "أغسطس (آب)").
Pieces: Khalilzad and Baradar sign the accord and shake hands, Pompeo meets Baradar, the Qatari foreign
minister attends the signing; Esper and Stoltenberg meet Ghani in Kabul (English, QU1); Pompeo meets the
Taliban delegation headed by Baradar, then the government delegation headed by Abdullah in Khalilzad's
presence; Emir Tamim had received Abdullah (Arabic, QU2); Muttaqi meets Qureshi; the Troika Plus envoys
(West, Kabulov, Yue, Sadiq) meet Muttaqi together; West named to replace Khalilzad (English, QU3); the Qatari
foreign minister meets Hassan Akhund with Muttaqi and Baradar present, then Karzai and Abdullah separately;
Hibatullah had succeeded Akhtar Mansour (Arabic, QU4); a US drone strike approved by Biden kills al-Zawahiri,
who had taken over al-Qaeda after bin Laden was killed in a US raid (English, QU5); ISIS-K claims the killing
of Khalil Haqqani and had claimed that of Rahimullah Haqqani (Arabic, QU6).
Excluded on purpose (no relation): Trump's announced future meeting with Taliban leaders, Ghani not a party
(QU1); the opening speeches, the planned first direct meeting of the two negotiating teams (Hakim Haqqani,
Stanekzai), Ghani's phone call to the Emir (QU2); Muttaqi's unconfirmed meeting with Imran Khan, Faiz
Hameed's September trip (no one met is named) (QU3); Blinken's phone call to the Qatari minister (QU4); Saif
al-Adel who "could replace" al-Zawahiri, the Haqqani aide's house, Mujahid's condemnation (QU5); the Balkh
governor Muzammil "killed in a bombing" (no agent in this piece), Dar's condolence call to Muttaqi (QU6).
Judgement calls: signing the accord "shaking hands" is a meeting of the two signatories (QU1); the Qatari
minister who "also attended" the signing is paired with both signatories (attendee rule); "Esper and
Stoltenberg met Ghani" is one meeting of three (QU1); speaking at the same opening session is not a meeting
(QU2); Khalilzad "بحضور" the second meeting is paired with Pompeo and Abdullah (his own side too, as the
attendee rule says) (QU2); the four envoys "joined ... in a meeting with Mr Muttaqi" is one meeting of five,
every pair (QU3); the two attendees of one «حضر اللقاء» list are paired with each other as well as with both
principals (QU4, as most dev gold); "كلاً على حدة" gives separate meetings, no Karzai-Abdullah pair (QU4);
"given the final approval for the operation" names Biden as an agent beside the United States (QU5); an
Islamic State claim of a killing is the agent (QU6); a prime minister LEADS the country; a minister LEADS
his ministry where it has an id.
Filled in for the exercise: the hotel, the handshake wording, Pompeo's meeting "before the signing" (QU1);
the Emir's reception on the eve, Qahtani's quote, Ghani's call (QU2); the byline, the day of the meeting with
Qureshi, the Imran Khan meeting "not confirmed", the envoys' joint meeting on Thursday (QU3); the wording of
the QNA report, Blinken's call that day (QU4); the administration official's wording (QU5); the Amaq wording,
Dar's call, the length of time since the takeover (QU6).
Spellings: "Mullah Abdul Ghani Baradar", "Sheikh Mohammed bin Abdulrahman Al Thani" (QU1); "زلماي خليل
زاد", "الملا عبد الغني برادر", "مطلق بن ماجد القحطاني" (QU2); "Mr Muttaqi", "Mohammad Sadiq" (QU3); "الملا محمد
حسن آخوند", "الشيخ هبة الله آخوند زاده", "الملا أختر محمد منصور" (QU4); "Ayman al-Zawahri", "al-Qaida" (QU5);
"خليل الرحمن حقاني", "«داعش - ولاية خراسان»", "الشيخ رحيم الله حقاني" (QU6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qv import ALL  # noqa: E402

HERE = Path(__file__).parent

AFG, PAK, US, QATAR = "country:afghanistan", "country:pakistan", "country:united-states", "country:qatar"
TALIBAN, ISISK, HAQNET, AQ, NATO = ("organization:taliban", "organization:islamic-state-khorasan",
                                    "organization:haqqani-network", "organization:al-qaeda", "organization:nato")
AFGFM, AFGINT, HCNR = ("organization:afghan-foreign-ministry", "organization:afghan-interior-ministry",
                       "organization:high-council-for-national-reconciliation")
PAKFM, ISI, QATFM, STATE, DOD = ("organization:pakistani-foreign-ministry", "organization:isi",
                                 "organization:qatari-foreign-ministry", "organization:us-state-department",
                                 "organization:us-department-of-defense")
BARADAR, AKHUND, SIRAJ, KHALIL, RAHIMULLAH, MUTTAQI, MUJAHID = (
    "person:abdul-ghani-baradar", "person:mohammad-hassan-akhund", "person:sirajuddin-haqqani",
    "person:khalil-haqqani", "person:rahimullah-haqqani", "person:amir-khan-muttaqi", "person:zabihullah-mujahid")
HIBATULLAH, MANSOUR = "person:hibatullah-akhundzada", "person:akhtar-mansour"
GHANI, KARZAI, ABDULLAH = "person:ashraf-ghani", "person:hamid-karzai", "person:abdullah-abdullah"
ZAWAHIRI, BINLADEN = "person:ayman-al-zawahiri", "person:osama-bin-laden"
IMRAN, QURESHI, DAR, FAIZ, SADIQ = ("person:imran-khan", "person:shah-mahmood-qureshi", "person:ishaq-dar",
                                    "person:faiz-hameed", "person:mohammad-sadiq-khan")
TAMIM, MBAR = "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani"
YUE, KABULOV = "person:yue-xiaoyong", "person:zamir-kabulov"
KHALILZAD, WEST, POMPEO, BLINKEN, ESPER, TRUMP, BIDEN, STOLTENBERG = (
    "person:zalmay-khalilzad", "person:thomas-west", "person:mike-pompeo", "person:antony-blinken",
    "person:mark-esper", "person:donald-trump", "person:joe-biden", "person:jens-stoltenberg")

REUTERS = "blind set (Western news wire, English, Reuters-like)"
JAZEERA = "blind set (Qatari TV news site, Arabic, Al Jazeera Net-like)"
DAWN = "blind set (Pakistani daily, English, Dawn-like)"
QNA = "blind set (Qatari state news agency, Arabic, QNA-like)"
AP = "blind set (US news wire, English, AP-like)"
ASHARQ = "blind set (pan-Arab Gulf daily, Arabic, Asharq Al-Awsat-like)"

ARTICLES = [
    ("enQU1_doha_agreement_reuters", "en",
     "U.S. and Taliban sign deal in Doha aimed at ending America's longest war\n"
     "DOHA (Reuters) - The United States signed an agreement with the Taliban on Saturday that could pave the way "
     "for a full withdrawal of U.S. troops from Afghanistan within 14 months, after more than 18 years of war.\n"
     "U.S. Special Representative for Afghanistan Reconciliation Zalmay Khalilzad and the Taliban's political chief, "
     "Mullah Abdul Ghani Baradar, signed the accord in a conference hall of a Doha hotel, shaking hands as members "
     "of the Taliban delegation shouted \"Allahu Akbar\". Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman "
     "Al Thani, whose government has hosted the Taliban's political office since 2013, also attended.\n"
     "Secretary of State Mike Pompeo, who arrived in Doha on Friday, met Baradar and the Taliban negotiating team "
     "before the signing, a State Department official said.\n"
     "In Kabul, Defense Secretary Mark Esper and NATO Secretary-General Jens Stoltenberg met President Ashraf Ghani, "
     "whose government was not a party to the deal, and issued a joint declaration with him.\n"
     "President Donald Trump said he would be \"personally meeting with Taliban leaders in the not too distant "
     "future.\" Under the accord, the Afghan government is to free up to 5,000 Taliban prisoners, a condition "
     "Ghani rejected on Sunday.",
     [("MET_WITH", KHALILZAD, BARADAR, "shaking hands as members", "2020-02-29"),
      ("MET_WITH", MBAR, KHALILZAD, "Al Thani, whose government has hosted", "2020-02-29"),
      ("MET_WITH", MBAR, BARADAR, "also attended", "2020-02-29"),
      ("MET_WITH", POMPEO, BARADAR, "met Baradar and the Taliban negotiating team", "2020-02-29"),
      ("MEMBER_OF", BARADAR, TALIBAN, "the Taliban's political chief"),
      ("LEADS", MBAR, QATFM, "Qatari Foreign Minister Sheikh"),
      ("LEADS", POMPEO, STATE, "Secretary of State Mike Pompeo"),
      ("LEADS", ESPER, DOD, "Defense Secretary Mark Esper"),
      ("LEADS", STOLTENBERG, NATO, "NATO Secretary-General Jens Stoltenberg"),
      ("LEADS", GHANI, AFG, "President Ashraf Ghani"),
      ("LEADS", TRUMP, US, "President Donald Trump said"),
      ] + met_group({ESPER: "Defense Secretary Mark Esper and NATO", STOLTENBERG: "Secretary-General Jens "
                     "Stoltenberg met", GHANI: "met President Ashraf Ghani"}, "2020-02-29"),
     {"source": REUTERS, "published": "2020-02-29"}),

    ("arQU2_intra_afghan_talks_jazeera", "ar",
     "انطلاق المفاوضات الأفغانية في الدوحة.. وبومبيو يلتقي وفدي طالبان والحكومة\n"
     "الدوحة - الجزيرة نت\n"
     "انطلقت اليوم السبت في العاصمة القطرية الدوحة أعمال مفاوضات السلام بين الحكومة الأفغانية وحركة طالبان، "
     "وألقى كلمات في الجلسة الافتتاحية وزير الخارجية القطري ورئيس المجلس الأعلى للمصالحة الوطنية عبد الله عبد "
     "الله ورئيس المكتب السياسي للحركة الملا عبد الغني برادر.\n"
     "وعلى هامش الجلسة، التقى وزير الخارجية الأميركي مايك بومبيو وفد حركة طالبان برئاسة برادر، ثم اجتمع بوفد "
     "الحكومة الأفغانية برئاسة عبد الله، بحضور المبعوث الأميركي للمصالحة في أفغانستان زلماي خليل زاد.\n"
     "وكان أمير دولة قطر الشيخ تميم بن حمد آل ثاني قد استقبل مساء أمس الجمعة في الديوان الأميري الدكتور عبد "
     "الله والوفد المرافق له، وبحث معه سبل إنجاح المفاوضات.\n"
     "من جهته، قال المبعوث الخاص لوزير الخارجية القطري لشؤون مكافحة الإرهاب والوساطة في تسوية المنازعات الدكتور "
     "مطلق بن ماجد القحطاني للجزيرة نت إن الدوحة \"ستبقى على مسافة واحدة من الطرفين\"، وأضاف أن فريقي التفاوض "
     "برئاسة المولوي عبد الحكيم حقاني عن طالبان ومحمد معصوم ستانكزي عن الحكومة سيعقدان أول اجتماع مباشر بينهما "
     "يوم الاثنين.\n"
     "وفي كابل، أجرى الرئيس الأفغاني أشرف غني اتصالاً هاتفياً بأمير قطر شكره فيه على استضافة المفاوضات.",
     [("MET_WITH", POMPEO, BARADAR, "وفد حركة طالبان برئاسة برادر", "2020-09-12"),
      ("MET_WITH", POMPEO, ABDULLAH, "ثم اجتمع بوفد", "2020-09-12"),
      ("MET_WITH", KHALILZAD, POMPEO, "بحضور المبعوث الأميركي للمصالحة", "2020-09-12"),
      ("MET_WITH", KHALILZAD, ABDULLAH, "زلماي خليل زاد", "2020-09-12"),
      ("MET_WITH", TAMIM, ABDULLAH, "قد استقبل مساء أمس الجمعة", "2020-09-11"),
      ("LEADS", ABDULLAH, HCNR, "ورئيس المجلس الأعلى للمصالحة الوطنية"),
      ("MEMBER_OF", BARADAR, TALIBAN, "ورئيس المكتب السياسي للحركة"),
      ("LEADS", POMPEO, STATE, "وزير الخارجية الأميركي مايك"),
      ("LEADS", TAMIM, QATAR, "أمير دولة قطر الشيخ"),
      ("LEADS", GHANI, AFG, "الرئيس الأفغاني أشرف غني"),
      ],
     {"source": JAZEERA, "published": "2020-09-12"}),

    ("enQU3_muttaqi_islamabad_dawn", "en",
     "Muttaqi meets Qureshi as Troika Plus envoys press Taliban on inclusivity\n"
     "Baqir Sajjad Syed\n"
     "ISLAMABAD: Acting Afghan Foreign Minister Amir Khan Muttaqi, who is leading a 20-member delegation of the "
     "interim Taliban government on a three-day visit, met Foreign Minister Shah Mahmood Qureshi at the Foreign "
     "Office on Wednesday.\n"
     "The two sides discussed humanitarian assistance, trade through Torkham and Chaman and the movement of people, "
     "the Foreign Office said. A meeting with Prime Minister Imran Khan had not been confirmed till late evening.\n"
     "On Thursday, the special envoys of the United States, Russia and China - Thomas West, Zamir Kabulov and Yue "
     "Xiaoyong - joined Pakistan's special representative Mohammad Sadiq in a meeting with Mr Muttaqi after the "
     "Troika Plus session, urging the Taliban to form an inclusive government and respect the rights of women.\n"
     "Mr West, a former deputy national security adviser, was named last month to replace Zalmay Khalilzad, who "
     "stepped down weeks after the US withdrawal.\n"
     "In September, then ISI chief Lt Gen Faiz Hameed had flown to Kabul days before the Taliban announced their "
     "cabinet, a visit that drew criticism in Afghanistan and India.",
     [("MET_WITH", MUTTAQI, QURESHI, "met Foreign Minister Shah Mahmood Qureshi", "2021-11-10"),
      ("LEADS", MUTTAQI, AFGFM, "Acting Afghan Foreign Minister Amir Khan Muttaqi"),
      ("LEADS", QURESHI, PAKFM, "Foreign Minister Shah Mahmood Qureshi at"),
      ("LEADS", IMRAN, PAK, "Prime Minister Imran Khan"),
      ("SUCCESSOR_OF", WEST, KHALILZAD, "was named last month to replace", "2021-10-18"),
      ("LEADS", FAIZ, ISI, "ISI chief Lt Gen Faiz Hameed"),
      ("VISITED", FAIZ, AFG, "had flown to Kabul"),
      ] + met_group({WEST: "Thomas West", KABULOV: "Zamir Kabulov", YUE: "and Yue",
                     SADIQ: "special representative Mohammad Sadiq", MUTTAQI: "in a meeting with Mr Muttaqi"},
                    "2021-11-11"),
     {"source": DAWN, "published": "2021-11-11"}),

    ("arQU4_qatari_fm_kabul_qna", "ar",
     "نائب رئيس مجلس الوزراء وزير الخارجية يلتقي رئيس الوزراء الأفغاني بالإنابة\n"
     "كابول في 12 سبتمبر /قنا/ التقى سعادة الشيخ محمد بن عبدالرحمن آل ثاني نائب رئيس مجلس الوزراء وزير "
     "الخارجية، اليوم، بالملا محمد حسن آخوند رئيس الوزراء في حكومة تصريف الأعمال الأفغانية، وذلك خلال زيارة "
     "سعادته الحالية إلى كابول.\n"
     "جرى خلال اللقاء استعراض آخر التطورات في أفغانستان، وجهود مكافحة الإرهاب، ومواصلة عمليات الإجلاء وضمان "
     "حرية التنقل.\n"
     "حضر اللقاء المولوي أمير خان متقي وزير الخارجية بالإنابة، والملا عبد الغني برادر نائب رئيس الوزراء.\n"
     "كما التقى سعادته، في وقت لاحق، فخامة السيد حامد كرزاي الرئيس الأفغاني السابق، وسعادة الدكتور عبدالله "
     "عبدالله رئيس المجلس الأعلى للمصالحة الوطنية، كلاً على حدة.\n"
     "وكانت حكومة تصريف الأعمال قد أُعلنت في السابع من سبتمبر الجاري، وعُيّن فيها سراج الدين حقاني وزيراً "
     "للداخلية، فيما بقي زعيم الحركة الشيخ هبة الله آخوند زاده، الذي خلف الملا أختر محمد منصور عام 2016، بعيداً "
     "عن الأضواء.\n"
     "وفي سياق متصل، تلقى سعادة وزير الخارجية اتصالاً هاتفياً من سعادة السيد أنتوني بلينكن وزير خارجية الولايات "
     "المتحدة الأمريكية، جرى خلاله بحث تطورات الأوضاع في أفغانستان.",
     [("MET_WITH", MBAR, AKHUND, "بالملا محمد حسن آخوند", "2021-09-12"),
      ("MET_WITH", MUTTAQI, MBAR, "حضر اللقاء المولوي", "2021-09-12"),
      ("MET_WITH", MUTTAQI, AKHUND, "أمير خان متقي وزير الخارجية بالإنابة", "2021-09-12"),
      ("MET_WITH", BARADAR, MBAR, "والملا عبد الغني برادر نائب", "2021-09-12"),
      ("MET_WITH", BARADAR, AKHUND, "نائب رئيس الوزراء.", "2021-09-12"),
      ("MET_WITH", MUTTAQI, BARADAR, "بالإنابة، والملا عبد الغني", "2021-09-12"),
      ("MET_WITH", MBAR, KARZAI, "فخامة السيد حامد كرزاي", "2021-09-12"),
      ("MET_WITH", MBAR, ABDULLAH, "كلاً على حدة", "2021-09-12"),
      ("LEADS", MBAR, QATFM, "الخارجية، اليوم"),
      ("LEADS", AKHUND, AFG, "رئيس الوزراء في حكومة تصريف الأعمال"),
      ("LEADS", MUTTAQI, AFGFM, "وزير الخارجية بالإنابة، والملا"),
      ("LEADS", ABDULLAH, HCNR, "عبدالله رئيس المجلس الأعلى"),
      ("LEADS", SIRAJ, AFGINT, "سراج الدين حقاني وزيراً"),
      ("LEADS", HIBATULLAH, TALIBAN, "زعيم الحركة الشيخ"),
      ("SUCCESSOR_OF", HIBATULLAH, MANSOUR, "الذي خلف الملا أختر", "2016-05-25"),
      ],
     {"source": QNA, "published": "2021-09-12"}),

    ("enQU5_zawahiri_kabul_ap", "en",
     "US kills al-Qaida leader al-Zawahri in drone strike in Kabul\n"
     "WASHINGTON (AP) — Ayman al-Zawahri, who helped plot the Sept. 11, 2001, attacks, was killed by a U.S. drone "
     "strike in Afghanistan over the weekend, President Joe Biden announced Monday.\n"
     "Biden said he had given the final approval for the operation, in which two Hellfire missiles were fired at "
     "the balcony of a safe house in Kabul's Sherpur neighborhood where al-Zawahri was staying with his family. "
     "\"Justice has been delivered, and this terrorist leader is no more,\" Biden said from the White House.\n"
     "A senior administration official said the house belonged to a top aide to Sirajuddin Haqqani, the "
     "Taliban's acting interior minister, and that members of the Haqqani network had tried to conceal "
     "al-Zawahri's presence after the strike.\n"
     "The Egyptian-born surgeon took over al-Qaida after Osama bin Laden was killed in a U.S. raid in Abbottabad, "
     "Pakistan, in 2011. The group has not named a successor; U.N. monitors have said Saif al-Adel, an Egyptian "
     "believed to be in Iran, could replace him.\n"
     "Taliban spokesman Zabihullah Mujahid condemned the strike as a violation of \"international principles\" "
     "and of the 2020 Doha agreement but did not say who had been killed. Secretary of State Antony Blinken said "
     "that by hosting al-Zawahri the Taliban had \"grossly violated\" the accord.",
     [("ASSASSINATED_BY", ZAWAHIRI, US, "was killed by a U.S. drone", "2022-07-31"),
      ("ASSASSINATED_BY", ZAWAHIRI, BIDEN, "given the final approval for the operation", "2022-07-31"),
      ("LEADS", ZAWAHIRI, AQ, "al-Qaida leader al-Zawahri"),
      ("LEADS", BIDEN, US, "President Joe Biden announced"),
      ("LEADS", SIRAJ, AFGINT, "acting interior minister"),
      ("SUCCESSOR_OF", ZAWAHIRI, BINLADEN, "took over al-Qaida after", "2011-06-16"),
      ("ASSASSINATED_BY", BINLADEN, US, "was killed in a U.S. raid", "2011-05-02"),
      ("MEMBER_OF", MUJAHID, TALIBAN, "Taliban spokesman Zabihullah Mujahid"),
      ("LEADS", BLINKEN, STATE, "Secretary of State Antony Blinken"),
      ],
     {"source": AP, "published": "2022-08-01"}),

    ("arQU6_khalil_haqqani_asharq", "ar",
     "مقتل وزير اللاجئين في حكومة «طالبان» خليل حقاني بتفجير انتحاري في كابل\n"
     "كابل: «الشرق الأوسط»\n"
     "قُتل وزير شؤون اللاجئين والعودة في حكومة «طالبان» خليل الرحمن حقاني، الأربعاء، في تفجير انتحاري استهدف "
     "مقر وزارته في العاصمة الأفغانية، في أبرز عملية اغتيال تطول عضواً في الحكومة منذ عودة الحركة إلى السلطة في "
     "أغسطس (آب) 2021.\n"
     "وأعلن تنظيم «داعش - ولاية خراسان» مسؤوليته عن الهجوم عبر وكالة «أعماق» التابعة له، مؤكداً أن أحد عناصره "
     "فجّر حزامه الناسف داخل مكتب الوزير.\n"
     "وخليل حقاني هو عم وزير الداخلية بالوكالة سراج الدين حقاني، زعيم «شبكة حقاني»، وكانت واشنطن قد رصدت "
     "مكافأة قدرها 5 ملايين دولار لمن يدلي بمعلومات عنه.\n"
     "ونعاه رئيس الوزراء بالوكالة الملا محمد حسن آخوند، فيما قال المتحدث باسم الحكومة ذبيح الله مجاهد إن "
     "\"الإمارة الإسلامية فقدت مجاهداً كبيراً\".\n"
     "وكان التنظيم نفسه قد تبنى في أغسطس (آب) 2022 اغتيال الشيخ رحيم الله حقاني، أحد أبرز رجال الدين "
     "الموالين للحركة، في تفجير داخل مدرسته الدينية في كابل، كما قُتل والي بلخ محمد داود مزمل في مارس (آذار) "
     "2023 بتفجير في مكتبه بمزار شريف.\n"
     "من جهتها، دانت باكستان الهجوم، وأجرى وزير الخارجية الباكستاني إسحاق دار اتصالاً هاتفياً بنظيره الأفغاني "
     "أمير خان متقي قدّم خلاله التعازي.",
     [("ASSASSINATED_BY", KHALIL, ISISK, "مسؤوليته عن الهجوم", "2024-12-11"),
      ("MEMBER_OF", KHALIL, TALIBAN, "وزير شؤون اللاجئين والعودة في حكومة"),
      ("LEADS", SIRAJ, AFGINT, "وزير الداخلية بالوكالة سراج"),
      ("LEADS", SIRAJ, HAQNET, "زعيم «شبكة حقاني»"),
      ("LEADS", AKHUND, AFG, "ونعاه رئيس الوزراء بالوكالة"),
      ("ASSASSINATED_BY", RAHIMULLAH, ISISK, "قد تبنى في أغسطس", "2022-08-11"),
      ("LEADS", DAR, PAKFM, "وزير الخارجية الباكستاني إسحاق دار"),
      ("LEADS", MUTTAQI, AFGFM, "بنظيره الأفغاني"),
      ],
     {"source": ASHARQ, "published": "2024-12-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQU")
