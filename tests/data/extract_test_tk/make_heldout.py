"""Blind set TK: Iran and its neighbours 2021-2024 (first folder of TK-TL): the Beijing agreement between Saudi
Arabia and Iran (10 March 2023) signed by Ali Shamkhani and Musaed al-Aiban with Wang Yi, Ali Akbar Ahmadian
named to succeed Shamkhani at the Supreme National Security Council (May 2023), Hossein Amir-Abdollahian in
Riyadh and Jeddah (August 2023), the fifth round of the Saudi-Iranian talks in Baghdad under Mustafa
al-Kadhimi and his trip to Jeddah and Tehran (2022), the helicopter crash that killed Ebrahim Raisi (May 2024)
with Mohammad Mokhber acting president and Ali Bagheri Kani acting foreign minister, and the condolences
received in Tehran, as a British wire writes it in English (Reuters-like: "BEIJING, March 10 (Reuters) -"),
Iran's state agency in Arabic (IRNA-like: "طهران - إرنا -"), a Saudi English daily (Arab News-like: "JEDDAH:"),
a London-based Saudi-owned Arabic daily (Asharq Al-Awsat-like: "بغداد: «الشرق الأوسط»"), a US wire in English
(AP-like: "DUBAI, United Arab Emirates (AP) —") and a Beirut-based Arabic channel's website (Al-Mayadeen-like:
"الميادين نت").
Pieces: Shamkhani and al-Aiban sign in Beijing in Wang Yi's presence; the foreign ministers' planned meeting
(English, TK1); Raisi appoints Ahmadian to succeed Shamkhani, Shamkhani named to the Expediency Council;
Ahmadian receives al-Araji (Arabic, TK2); Amir-Abdollahian meets Faisal bin Farhan in Riyadh and is received
by the Crown Prince in Jeddah (English, TK3); Kadhimi receives the two delegations (al-Humaidan, Iravani) for
the fifth round; Kadhimi met the Crown Prince in Jeddah and Raisi in Tehran (Arabic, TK4); Raisi killed in the
crash (no agent), had met Aliyev at the dam; Mokhber acting president, Bagheri Kani acting foreign minister
(English, TK5); Mokhber receives Tamim's and al-Sudani's condolences; Bagheri Kani meets Fuad Hussein
(Arabic, TK6).
Excluded on purpose (no relation): Xi's call that preceded the talks, the foreign ministers' meeting "expected"
within two months (TK1); the reports that Shamkhani was dismissed, denied by the council (TK2); King Salman's
invitation to Raisi (a letter), the visit of Raisi not yet scheduled (TK3); the sixth round "postponed", the
ministers' meeting that did not take place (TK4); the speculation about sabotage, "no evidence" of Israeli
involvement, Israel's denial (TK5); the Saudi crown prince's cable of condolence, the delegation of Nechirvan
Barzani "expected" (TK6).
Judgement calls: "signed ... in the presence of Wang Yi": a meeting of the three (TK1); "عيّن ... خلفاً لـ"
is a succession (TK2); "was received by Crown Prince Mohammed bin Salman" is a meeting (TK3); "استقبل ... وفدي
البلدين برئاسة" the two heads of delegation: a meeting of the three (TK4); "to serve as acting president" after
the death, "in his place": a succession (as SR's acting mufti) (TK5); "named ... as acting foreign minister,
replacing Hossein Amirabdollahian, who died in the crash": a succession (TK5); condolences received in person are meetings (TK6); a president or emir or king LEADS the
country; a prime minister LEADS the country.
Filled in for the exercise: the wording of the statement, Xi's call (TK1); the date of al-Araji's visit (TK2);
the hours and wording (TK3); Kadhimi's attendance at the round, the wording of the sources (TK4); the wording of
the officials (TK5); the order of the receptions, Fuad Hussein's meeting (TK6).
Spellings: "Ali Shamkhani", "Musaed Al-Aiban", "Wang Yi" (TK1); «الأدميرال علي شمخاني»، «العميد علي أكبر
أحمديان»، «قاسم الأعرجي» (TK2); "Hossein Amirabdollahian", "Prince Faisal bin Farhan" (TK3); «مصطفى
الكاظمي»، «خالد الحميدان»، «سعيد إيرواني» (TK4); "Ebrahim Raisi", "Mohammad Mokhber", "Ali Bagheri Kani"
(TK5); «محمد مخبر»، «الشيخ تميم بن حمد»، «باقري كني» (TK6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tl import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SAUDI, IRAQ, CHINA, QATAR, AZER = (
    "country:iran", "country:saudi-arabia", "country:iraq", "country:china", "country:qatar", "country:azerbaijan")
RIYADH, JEDDAH, TEHRAN = "location:riyadh", "location:jeddah", "location:tehran"
SNSC, EXPEDIENCY = "organization:supreme-national-security-council", "organization:expediency-discernment-council"
KHAMENEI, RAISI, MOKHBER, ABDOLLAHIAN, BAGHERI, SHAMKHANI, AHMADIAN, IRAVANI = (
    "person:ali-khamenei", "person:ebrahim-raisi", "person:mohammad-mokhber", "person:hossein-amir-abdollahian",
    "person:ali-bagheri-kani", "person:ali-shamkhani", "person:ali-akbar-ahmadian", "person:saeed-iravani")
MBS, SALMAN, FAISAL, AIBAN, HUMAIDAN = (
    "person:mohammed-bin-salman", "person:salman-bin-abdulaziz", "person:faisal-bin-farhan",
    "person:musaed-al-aiban", "person:khalid-al-humaidan")
KADHIMI, SUDANI, FUAD, ARAJI, NECHIRVAN = (
    "person:mustafa-al-kadhimi", "person:mohammed-shia-al-sudani", "person:fuad-hussein",
    "person:qassim-al-araji", "person:nechirvan-barzani")
XI, WANG, TAMIM, ALIYEV = "person:xi-jinping", "person:wang-yi", "person:tamim-bin-hamad-al-thani", "person:ilham-aliyev"

REUTERS = "blind set (British news wire, English, Reuters-like)"
IRNA = "blind set (Iranian state news agency, Arabic, IRNA-like)"
ARABNEWS = "blind set (Saudi English-language daily, Arab News-like)"
ASHARQ = "blind set (London-based Saudi-owned Arabic daily, Asharq Al-Awsat-like)"
AP = "blind set (US news wire, English, AP-like)"
MAYADEEN = "blind set (Beirut-based Arabic TV channel's website, Al-Mayadeen-like)"

ARTICLES = [
    ("enTK1_beijing_agreement_reuters", "en",
     "Saudi Arabia and Iran agree to restore ties in China-brokered deal\n"
     "BEIJING, March 10 (Reuters) - Iran and Saudi Arabia agreed on Friday to re-establish diplomatic relations "
     "and reopen embassies within two months, after four days of previously undisclosed talks in Beijing, in a "
     "deal brokered by China that could reshape the rivals' relations across the Middle East.\n"
     "The agreement was signed by Ali Shamkhani, secretary of Iran's Supreme National Security Council, and "
     "Saudi national security adviser Musaed Al-Aiban, in the presence of Wang Yi, China's most senior "
     "diplomat, a joint statement said. Photographs released by Iranian state media showed the three men "
     "standing together after the signing.\n"
     "Wang said the deal was \"a victory for dialogue and peace\". Chinese President Xi Jinping had raised the "
     "initiative with Saudi leaders in Riyadh in December and had spoken to Iranian President Ebrahim Raisi by "
     "telephone before the Iranian delegation travelled, according to the statement.\n"
     "The foreign ministers of the two countries are expected to meet to implement the decision and arrange "
     "the exchange of ambassadors, the statement said, without giving a date.\n"
     "Riyadh cut ties with Tehran in 2016 after its embassy there was stormed. Iraq hosted five rounds of "
     "talks between the two sides in 2021 and 2022, and Oman also hosted discussions.",
     met_group({SHAMKHANI: "signed by Ali Shamkhani", AIBAN: "adviser Musaed Al-Aiban",
                WANG: "in the presence of Wang Yi"}, "2023-03-10")
     + [("LEADS", XI, CHINA, "Chinese President Xi Jinping"),
        ("LEADS", RAISI, IRAN, "Iranian President Ebrahim Raisi by"),
        ],
     {"source": REUTERS, "published": "2023-03-10"}),

    ("arTK2_ahmadian_succeeds_shamkhani_irna", "ar",
     "تعيين العميد علي أكبر أحمديان أميناً للمجلس الأعلى للأمن القومي\n"
     "طهران - إرنا - أصدر رئيس الجمهورية آية الله السيد إبراهيم رئيسي، اليوم الاثنين، مرسوماً عيّن بموجبه "
     "العميد علي أكبر أحمديان أميناً للمجلس الأعلى للأمن القومي وممثلاً له في المجلس، خلفاً للأدميرال علي "
     "شمخاني الذي شغل المنصب منذ عام 2013.\n"
     "وفي مرسوم منفصل، عيّن قائد الثورة الإسلامية آية الله السيد علي خامنئي الأدميرال شمخاني عضواً في مجمع "
     "تشخيص مصلحة النظام ومستشاراً سياسياً لسماحته، تقديراً لجهوده خلال السنوات العشر الماضية.\n"
     "وكان أحمديان، وهو من القادة المخضرمين في حرس الثورة الإسلامية، يشغل منصب رئيس مركز الدراسات "
     "الاستراتيجية في الحرس.\n"
     "ونفت أمانة المجلس ما تناقلته بعض وسائل الإعلام الأجنبية عن إقالة شمخاني على خلفية خلافات سياسية، "
     "مؤكدة أن التغيير جاء في إطار \"تجديد الدماء\" في مؤسسات الدولة.\n"
     "وبعد أيام من تسلّمه مهامه، استقبل أحمديان في طهران مستشار الأمن القومي العراقي قاسم الأعرجي، وبحث "
     "الجانبان تنفيذ الاتفاق الأمني الموقع بين البلدين بشأن الجماعات المسلحة في إقليم كردستان.",
     [("SUCCESSOR_OF", AHMADIAN, SHAMKHANI, "خلفاً للأدميرال علي", "2023-05-22"),
      ("LEADS", RAISI, IRAN, "رئيس الجمهورية آية الله السيد إبراهيم"),
      ("MEMBER_OF", SHAMKHANI, EXPEDIENCY, "الأدميرال شمخاني عضواً في مجمع"),
      ("LEADS", KHAMENEI, IRAN, "قائد الثورة الإسلامية آية الله"),
      ("MET_WITH", AHMADIAN, ARAJI, "استقبل أحمديان في طهران"),
      ("VISITED", ARAJI, TEHRAN, "استقبل أحمديان في طهران"),
      ],
     {"source": IRNA, "published": "2023-05-22"}),

    ("enTK3_amirabdollahian_riyadh_arabnews", "en",
     "Iranian FM meets Saudi counterpart in Riyadh, received by Crown Prince in Jeddah\n"
     "JEDDAH: Iran's Foreign Minister Hossein Amirabdollahian was received by Crown Prince Mohammed bin Salman "
     "in Jeddah on Friday, on the second day of the first visit by an Iranian foreign minister to the Kingdom "
     "since the two countries restored relations in March.\n"
     "During the meeting, the crown prince and the Iranian minister reviewed bilateral relations and "
     "opportunities for cooperation, the Saudi Press Agency reported.\n"
     "On Thursday, Amirabdollahian held talks in Riyadh with Saudi Foreign Minister Prince Faisal bin Farhan, "
     "who described the visit as \"an important step\". At a joint press conference, the two ministers said "
     "their embassies had resumed work and that the joint committees would meet soon.\n"
     "Amirabdollahian told reporters he had conveyed a message from President Ebrahim Raisi. Tehran said in "
     "June that King Salman had sent a letter inviting the Iranian president to visit the Kingdom, but no date "
     "has been set for such a visit.\n"
     "Faisal bin Farhan had visited Tehran in June, when he met Raisi and reopened the Saudi embassy.",
     [("MET_WITH", ABDOLLAHIAN, MBS, "was received by Crown Prince Mohammed bin Salman", "2023-08-18"),
      ("VISITED", ABDOLLAHIAN, JEDDAH, "in Jeddah on Friday"),
      ("MET_WITH", ABDOLLAHIAN, FAISAL, "held talks in Riyadh with Saudi Foreign Minister", "2023-08-17"),
      ("VISITED", ABDOLLAHIAN, RIYADH, "On Thursday, Amirabdollahian held talks in Riyadh"),
      ("MET_WITH", FAISAL, RAISI, "when he met Raisi", "2023-06-17"),
      ("VISITED", FAISAL, TEHRAN, "had visited Tehran in June"),
      ],
     {"source": ARABNEWS, "published": "2023-08-19"}),

    ("arTK4_baghdad_fifth_round_asharq", "ar",
     "بغداد تستضيف الجولة الخامسة من المحادثات السعودية - الإيرانية\n"
     "بغداد: «الشرق الأوسط»\n"
     "استقبل رئيس الوزراء العراقي مصطفى الكاظمي، مساء الخميس، وفدَي المملكة العربية السعودية وإيران، برئاسة "
     "رئيس الاستخبارات العامة السعودي خالد الحميدان ونائب أمين المجلس الأعلى للأمن القومي الإيراني سعيد "
     "إيرواني، قبيل انطلاق الجولة الخامسة من المحادثات بين البلدين في العاصمة العراقية.\n"
     "وقالت مصادر عراقية مطلعة لـ«الشرق الأوسط» إن الجولة «كانت إيجابية»، وإن الجانبين بحثا إعادة فتح "
     "الممثليات الدبلوماسية، فيما أُرجئت الجولة السادسة التي كان يُفترض أن تُعقد على مستوى وزيري الخارجية، "
     "ولم يُعقد أي لقاء بين الوزيرين حتى الآن.\n"
     "وفي إطار وساطته، زار الكاظمي جدة حيث التقى ولي العهد السعودي الأمير محمد بن سلمان، ثم توجّه في اليوم "
     "التالي إلى طهران، واجتمع بالرئيس الإيراني إبراهيم رئيسي، مؤكداً أن بغداد «ستواصل دورها لتقريب "
     "وجهات النظر».\n"
     "وكان الكاظمي قد أعلن أن بلاده تسعى إلى عقد لقاء علني بين الوزيرين في بغداد، من دون أن يحدد موعداً لذلك.",
     met_group({KADHIMI: "استقبل رئيس الوزراء العراقي مصطفى", HUMAIDAN: "السعودي خالد الحميدان",
                IRAVANI: "الإيراني سعيد "}, "2022-04-21")
     + [("LEADS", KADHIMI, IRAQ, "رئيس الوزراء العراقي مصطفى الكاظمي، مساء"),
        ("MET_WITH", KADHIMI, MBS, "حيث التقى ولي العهد", "2022-06-25"),
        ("VISITED", KADHIMI, JEDDAH, "زار الكاظمي جدة"),
        ("MET_WITH", KADHIMI, RAISI, "واجتمع بالرئيس الإيراني", "2022-06-26"),
        ("VISITED", KADHIMI, TEHRAN, "توجّه في اليوم التالي إلى طهران"),
        ("LEADS", RAISI, IRAN, "الرئيس الإيراني إبراهيم رئيسي، مؤكداً"),
        ],
     {"source": ASHARQ, "published": "2022-04-23"}),
]

ARTICLES += [
    ("enTK5_raisi_helicopter_crash_ap", "en",
     "Iran's President Raisi killed in helicopter crash; vice president to serve as acting leader\n"
     "DUBAI, United Arab Emirates (AP) — Iranian President Ebrahim Raisi, the country's foreign minister and "
     "others were found dead Monday at the site of a helicopter crash in the fog-shrouded mountains of "
     "northwestern Iran, state media reported.\n"
     "Raisi, 63, was returning from a ceremony on the border with Azerbaijan, where he had met Azerbaijani "
     "President Ilham Aliyev to inaugurate a dam, when the helicopter went down near the village of Uzi.\n"
     "Supreme Leader Ayatollah Ali Khamenei approved First Vice President Mohammad Mokhber to serve as "
     "acting president in Raisi's place, with an election to be held within 50 days.\n"
     "The Cabinet named Ali Bagheri Kani, the country's top nuclear negotiator, as acting foreign minister, "
     "replacing Hossein Amirabdollahian, who died in the crash.\n"
     "Officials did not offer a cause for the crash. Some hard-line commentators online suggested sabotage, but "
     "there was no evidence of foreign involvement, and an Israeli official told reporters that Israel \"was "
     "not involved\".\n"
     "The armed forces chief of staff ordered an investigation, and tens of thousands of mourners marched "
     "in Tabriz on Tuesday.",
     [("MET_WITH", RAISI, ALIYEV, "where he had met Azerbaijani", "2024-05-19"),
      ("LEADS", ALIYEV, AZER, "President Ilham Aliyev to inaugurate"),
      ("LEADS", RAISI, IRAN, "Iranian President Ebrahim Raisi, the"),
      ("SUCCESSOR_OF", MOKHBER, RAISI, "acting president in Raisi's place", "2024-05-20"),
      ("SUCCESSOR_OF", BAGHERI, ABDOLLAHIAN, "replacing Hossein Amirabdollahian", "2024-05-20"),
      ("LEADS", KHAMENEI, IRAN, "Supreme Leader Ayatollah Ali Khamenei"),
      ],
     {"source": AP, "published": "2024-05-20"}),

    ("arTK6_mokhber_condolences_mayadeen", "ar",
     "مخبر يستقبل أمير قطر ورئيس الوزراء العراقي المعزّيَين برحيل رئيسي\n"
     "الميادين نت\n"
     "استقبل الرئيس الإيراني بالوكالة محمد مخبر، اليوم الأربعاء في طهران، أمير دولة قطر الشيخ تميم بن حمد آل "
     "ثاني، الذي قدّم التعازي باستشهاد الرئيس السيد إبراهيم رئيسي ووزير الخارجية حسين أمير عبد اللهيان "
     "ورفاقهما في حادث تحطم المروحية.\n"
     "كما استقبل مخبر رئيس الوزراء العراقي محمد شياع السوداني والوفد المرافق له، وأكد السوداني وقوف العراق "
     "حكومةً وشعباً إلى جانب إيران في مصابها.\n"
     "وعلى هامش مراسم التشييع، التقى القائم بأعمال وزير الخارجية علي باقري كني نظيرَه العراقي فؤاد حسين، "
     "وبحثا العلاقات الثنائية.\n"
     "في المقابل، بعث ولي العهد السعودي الأمير محمد بن سلمان برقية تعزية إلى مخبر، فيما أفادت مصادر في أربيل "
     "بأن رئيس إقليم كردستان نيجيرفان بارزاني «يُتوقع» أن يصل إلى طهران غداً لتقديم التعازي.\n"
     "ويُنتظر أن تُجرى الانتخابات الرئاسية المبكرة في 28 حزيران المقبل.",
     [("MET_WITH", MOKHBER, TAMIM, "أمير دولة قطر الشيخ تميم", "2024-05-22"),
      ("LEADS", TAMIM, QATAR, "أمير دولة قطر الشيخ"),
      ("MET_WITH", MOKHBER, SUDANI, "كما استقبل مخبر رئيس الوزراء العراقي", "2024-05-22"),
      ("LEADS", SUDANI, IRAQ, "رئيس الوزراء العراقي محمد شياع"),
      ("MET_WITH", BAGHERI, FUAD, "نظيرَه العراقي فؤاد حسين", "2024-05-22"),
      ("VISITED", TAMIM, TEHRAN, "اليوم الأربعاء في طهران"),
      ],
     {"source": MAYADEEN, "published": "2024-05-22"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTK")
