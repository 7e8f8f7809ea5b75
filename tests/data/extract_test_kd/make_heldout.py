"""Blind set KD: a Gulf business and finance daily in English (Gulf Business / The National business pages-
like: "DOHA -", bankers and sovereign funds, "a presidential decree showed", "sitting in", a short analytic
paragraph) and a London-based pan-Arab daily in Arabic (Asharq Al-Awsat-like: "بيروت: «الشرق الأوسط»",
long leads, "ويرى مراقبون", short forms of Kuwaiti names), 2024-2025.
Pieces: Syria's new central bank governor Husrieh, in Sabrine's place, and the finance minister meet
al-Jadaan at the World Bank roundtable in Washington (English); al-Sisi renews Hassan Abdalla's mandate at
the Central Bank of Egypt, the IMF mission received by Madbouly with Abdalla and Kouchouk (English); QIA's
al-Sowaidi, who took over from al-Mahmoud, sits in on Trump's talks with Sheikh Tamim in Doha (English);
Karim Souaid sworn in as governor of Banque du Liban before Aoun with Nawaf Salam present, in the acting
governor Mansouri's place, Nasrallah's killing recalled (Arabic); Trump meets al-Sharaa in Riyadh with the
Saudi crown prince and al-Shaibani present, Erdogan by phone (Arabic); Kuwait a year after the succession:
the Emir after Sheikh Nawaf, the prime ministers of 2024, the new finance minister received at Bayan Palace
(Arabic).
Excluded on purpose (no relation): al-Shaibani, who led the delegation but is not said to have been at the
roundtable, and Georgieva's statement with no meeting announced (KD1); Georgieva's remarks in Washington
and the IMF board "expected to" approve the review (KD2); Trump "expected to" meet Sheikh Mohamed bin Zayed
the next day (KD3); the IMF mission's meeting with Souaid "scheduled" for next week, and Riad Salameh's
detention (KD4); Erdogan's joining "by telephone", and a Shaibani-Rubio meeting "expected" in Antalya (KD5);
al-Fassam's phone call with the IMF, and Sheikh Sabah al-Khalid named crown prince with no predecessor
phrase (KD6).
Judgement calls: an oath before the President with the prime minister present is a meeting of all three
(KD4); Mansouri, acting governor "in place of" Salameh, is his successor (KD4); a meeting "chaired by" the
prime minister pairs him with every named participant (KD2); those who "sat in" met everyone at the table
(KD1, KD3); Nasrallah killed by Israel during its war on Lebanon is ASSASSINATED_BY Israel (KD4).
Events follow the public record as far as the writer knew it; some minor details (who sat in on which
meeting, the day of a reception, the IMF meetings' dates) are filled in for the exercise.
Spellings: "Abdulkader Husrieh" and "Mohammed Yosr Barnieh" (KD1), "al-Sisi" (KD2), "HH the Amir" and
"Sheikh Tamim" (KD3), كريم سعيد for Karim Souaid and "العماد جوزيف عون" (KD4), ترمب and إردوغان (KD5), الشيخ مشعل
الأحمد, أحمد النواف, أحمد العبدالله and "سمو الأمير" (KD6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_kd import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, SAUDI, EGYPT, QATAR, USA, LEBANON, ISRAEL, KUWAIT, TURKEY = (
    "country:syria", "country:saudi-arabia", "country:egypt", "country:qatar", "country:united-states",
    "country:lebanon", "country:israel", "country:kuwait", "country:turkey")
CBS, SYRFIN, SYRFM, SAUFIN, WORLDBANK, IMF, CBE, EGFIN, EGGOV, QIA, QATGOV, BDL, ABL, LEBGOV, LEBFIN, \
    HEZBOLLAH, USTREAS, KUWGOV, KUWFIN, KIA = (
        "organization:central-bank-of-syria", "organization:syrian-finance-ministry",
        "organization:syrian-foreign-ministry", "organization:saudi-finance-ministry", "organization:world-bank",
        "organization:imf", "organization:central-bank-of-egypt", "organization:egyptian-finance-ministry",
        "organization:egyptian-government", "organization:qatar-investment-authority",
        "organization:qatari-government", "organization:banque-du-liban",
        "organization:association-of-banks-in-lebanon", "organization:lebanese-government",
        "organization:lebanese-finance-ministry", "organization:hezbollah", "organization:us-treasury-department",
        "organization:kuwaiti-government", "organization:kuwaiti-finance-ministry",
        "organization:kuwait-investment-authority")
WASHINGTON, DOHA, BAABDA, RIYADH, BAYAN = ("location:washington", "location:doha", "location:baabda-palace",
                                          "location:riyadh", "location:bayan-palace")
HUSRIEH, SABRINE, BARNIEH, SHAIBANI, JADAAN, SISI, MADBOULY, KOUCHOUK, TAMIM, TRUMP, MBAR, MBZ = (
    "person:abdulkader-husrieh", "person:maysaa-sabrine", "person:mohammed-yosr-barnieh",
    "person:asaad-al-shaibani", "person:mohammed-al-jadaan", "person:abdel-fattah-al-sisi",
    "person:mostafa-madbouly", "person:ahmed-kouchouk", "person:tamim-bin-hamad-al-thani", "person:donald-trump",
    "person:mohammed-bin-abdulrahman-al-thani", "person:mohamed-bin-zayed")
SOUAID, MANSOURI, SALAMEH, AOUN, NSALAM, NASRALLAH, SHARAA, MBS, ERDOGAN, RUBIO = (
    "person:karim-souaid", "person:wassim-mansouri", "person:riad-salameh", "person:joseph-aoun",
    "person:nawaf-salam", "person:hassan-nasrallah", "person:ahmed-al-sharaa", "person:mohammed-bin-salman",
    "person:recep-tayyip-erdogan", "person:marco-rubio")
MESHAL, NAWAF, MSALEM, AHMADNAWAF, AHMADABD, SABAHKH = (
    "person:meshal-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah", "person:mohammad-sabah-al-salem",
    "person:ahmad-nawaf-al-ahmad", "person:ahmad-abdullah-al-ahmad-al-sabah", "person:sabah-al-khalid-al-sabah")
# new to the tables
DIONE, GEORGIEVA, HABDALLA, AMER, HOLLAR, SOWAIDI, MAHMOUD, SFEIR, BESSENT, FASSAM, MUDHAF = (
    "person:ousmane-dione", "person:kristalina-georgieva", "person:hassan-abdalla", "person:tarek-amer",
    "person:ivanna-vladkova-hollar", "person:mohammed-al-sowaidi", "person:mansoor-al-mahmoud",
    "person:salim-sfeir", "person:scott-bessent", "person:noura-al-fassam", "person:anwar-al-mudhaf")

ARTICLES = [
    ("enKD1_syria_central_bank_husrieh_washington", "en",
     "Syria's new central bank chief makes Washington debut as Riyadh and Doha clear arrears\n"
     "WASHINGTON - Abdulkader Husrieh, the veteran banker appointed governor of the Central Bank of Syria this "
     "month in place of Maysaa Sabrine, made his international debut at the IMF and World Bank spring meetings, "
     "in a delegation led by Foreign Minister Asaad al-Shaibani.\n"
     "On Friday Husrieh and Finance Minister Mohammed Yosr Barnieh met Saudi Finance Minister Mohammed "
     "Al-Jadaan at a roundtable on Syria co-hosted by the kingdom and the World Bank, with the bank's regional "
     "vice-president, Ousmane Dione, sitting in.\n"
     "Saudi Arabia and Qatar said they would settle Syria's arrears of about $15 million to the World Bank, "
     "opening the way to grants.\n"
     "IMF Managing Director Kristalina Georgieva said the fund stood ready to help rebuild Syria's economic "
     "institutions; no meeting with the Syrian delegation was announced.\n"
     "Analysts say Husrieh, a former head of a private bank, must first restore trust in a currency that lost "
     "most of its value during the war.",
     [("SUCCESSOR_OF", HUSRIEH, SABRINE, "in place of Maysaa Sabrine", "2025-04"),
      ("MET_WITH", HUSRIEH, JADAAN, "On Friday Husrieh and Finance Minister", "2025-04-25"),
      ("MET_WITH", BARNIEH, JADAAN, "On Friday Husrieh and Finance Minister", "2025-04-25"),
      ("MET_WITH", BARNIEH, HUSRIEH, "On Friday Husrieh and Finance Minister", "2025-04-25"),
      ("MET_WITH", DIONE, HUSRIEH, "with the bank's regional", "2025-04-25"),
      ("MET_WITH", DIONE, BARNIEH, "with the bank's regional", "2025-04-25"),
      ("MET_WITH", DIONE, JADAAN, "with the bank's regional", "2025-04-25"),
      ("LEADS", HUSRIEH, CBS, "governor of the Central Bank of Syria"),
      ("LEADS", SHAIBANI, SYRFM, "led by Foreign Minister Asaad al-Shaibani"),
      ("LEADS", BARNIEH, SYRFIN, "Finance Minister Mohammed Yosr Barnieh"),
      ("LEADS", JADAAN, SAUFIN, "Saudi Finance Minister Mohammed"),
      ("MEMBER_OF", DIONE, WORLDBANK, "the bank's regional"),
      ("LEADS", GEORGIEVA, IMF, "IMF Managing Director Kristalina Georgieva"),
      ("VISITED", HUSRIEH, WASHINGTON, "WASHINGTON - Abdulkader Husrieh", "2025-04"),
      ],
     {"source": "blind set (Gulf business and finance daily, English)", "published": "2025-04-27"}),

    ("enKD2_cbe_hassan_abdalla_second_term_imf", "en",
     "Sisi gives Hassan Abdalla a second term at the central bank as IMF review nears\n"
     "CAIRO - President Abdel Fattah al-Sisi has renewed the mandate of Central Bank of Egypt governor Hassan "
     "Abdalla for a further four years, a presidential decree showed on Sunday, keeping the banker who "
     "succeeded Tarek Amer in August 2022 at the helm through the country's $8 billion IMF programme.\n"
     "Last week Abdalla and Finance Minister Ahmed Kouchouk met the IMF's mission chief for Egypt, Ivanna "
     "Vladkova Hollar, at a meeting chaired by Prime Minister Mostafa Madbouly, a cabinet statement said.\n"
     "IMF Managing Director Kristalina Georgieva told reporters in Washington that Egypt had made progress "
     "on the exchange rate, and the fund's board is expected to approve the next review later this year.\n"
     "The renewal removes a source of uncertainty for investors who bought Egyptian treasury bills after the "
     "pound's float in March, bankers said. Abdalla, a veteran of Egyptian state banks, has "
     "kept real interest rates positive since the float.",
     [("SUCCESSOR_OF", HABDALLA, AMER, "succeeded Tarek Amer in August 2022", "2022-08"),
      ("MET_WITH", HABDALLA, HOLLAR, "Last week Abdalla and Finance Minister", "2024-08"),
      ("MET_WITH", KOUCHOUK, HOLLAR, "Last week Abdalla and Finance Minister", "2024-08"),
      ("MET_WITH", HABDALLA, KOUCHOUK, "Last week Abdalla and Finance Minister", "2024-08"),
      ("MET_WITH", MADBOULY, HOLLAR, "chaired by Prime Minister Mostafa Madbouly", "2024-08"),
      ("MET_WITH", MADBOULY, HABDALLA, "chaired by Prime Minister Mostafa Madbouly", "2024-08"),
      ("MET_WITH", MADBOULY, KOUCHOUK, "chaired by Prime Minister Mostafa Madbouly", "2024-08"),
      ("LEADS", HABDALLA, CBE, "Central Bank of Egypt governor Hassan"),
      ("LEADS", SISI, EGYPT, "President Abdel Fattah al-Sisi has renewed"),
      ("LEADS", KOUCHOUK, EGFIN, "Finance Minister Ahmed Kouchouk"),
      ("MEMBER_OF", HOLLAR, IMF, "the IMF's mission chief for Egypt"),
      ("LEADS", MADBOULY, EGGOV, "chaired by Prime Minister Mostafa Madbouly"),
      ("LEADS", GEORGIEVA, IMF, "IMF Managing Director Kristalina Georgieva"),
      ],
     {"source": "blind set (Gulf business and finance daily, English)", "published": "2024-08-19"}),

    ("enKD3_qia_sowaidi_trump_tamim_doha", "en",
     "QIA's Al-Sowaidi at the table as Trump and Sheikh Tamim seal deals in Doha\n"
     "DOHA - Mohammed Saif Al-Sowaidi, who took over as chief executive of the Qatar Investment Authority last "
     "year from Mansoor Ebrahim Al-Mahmoud, sat in on the talks between HH the Amir Sheikh Tamim bin Hamad "
     "Al-Thani and US President Donald Trump at the Amiri Diwan on Wednesday.\n"
     "Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al-Thani also attended. The two "
     "leaders then witnessed the signing of agreements that Washington valued at more than $1.2 trillion in "
     "economic exchange, including a record Boeing order by Qatar Airways.\n"
     "Trump is expected to meet UAE President Sheikh Mohamed bin Zayed in Abu Dhabi on Thursday.\n"
     "For the $500 billion fund, the visit is an early test for Al-Sowaidi, who had run its Asia and Africa "
     "investments, and a signal that Doha will keep steering capital into US technology and infrastructure, "
     "analysts said.",
     [("MET_WITH", TAMIM, TRUMP, "sat in on the talks between HH the Amir", "2025-05-14"),
      ("MET_WITH", SOWAIDI, TAMIM, "sat in on the talks between HH the Amir", "2025-05-14"),
      ("MET_WITH", SOWAIDI, TRUMP, "sat in on the talks between HH the Amir", "2025-05-14"),
      ("MET_WITH", MBAR, TAMIM, "also attended", "2025-05-14"),
      ("MET_WITH", MBAR, TRUMP, "also attended", "2025-05-14"),
      ("MET_WITH", MBAR, SOWAIDI, "also attended", "2025-05-14"),
      ("SUCCESSOR_OF", SOWAIDI, MAHMOUD, "took over as chief executive", "2024"),
      ("LEADS", SOWAIDI, QIA, "took over as chief executive"),
      ("LEADS", TAMIM, QATAR, "HH the Amir Sheikh Tamim"),
      ("LEADS", TRUMP, USA, "US President Donald Trump at the Amiri Diwan"),
      ("LEADS", MBAR, QATGOV, "Prime Minister and Foreign Minister Sheikh Mohammed"),
      ("LEADS", MBZ, "country:united-arab-emirates", "UAE President Sheikh Mohamed bin Zayed"),
      ("VISITED", TRUMP, DOHA, "at the Amiri Diwan on Wednesday", "2025-05-14"),
      ],
     {"source": "blind set (Gulf business and finance daily, English)", "published": "2025-05-15"}),

    ("arKD4_karim_souaid_oath_banque_du_liban", "ar",
     "كريم سعيد يؤدي اليمين أمام عون حاكماً لمصرف لبنان... والودائع أول الاختبارات\n"
     "بيروت: «الشرق الأوسط»\n"
     "أدى حاكم مصرف لبنان الجديد كريم سعيد، أمس، اليمين القانونية أمام رئيس الجمهورية العماد جوزيف عون في "
     "قصر بعبدا، بحضور رئيس الحكومة نواف سلام، ليتسلم مهامه خلفاً للحاكم بالإنابة وسيم منصوري، الذي تولى "
     "الحاكمية بالإنابة خلفاً لرياض سلامة لدى انتهاء ولايته صيف 2023.\n"
     "ورحب رئيس جمعية المصارف سليم صفير بالتعيين، معتبراً أنه «خطوة نحو استعادة الثقة».\n"
     "ومن المقرر أن تلتقي بعثة صندوق النقد الدولي الحاكم الجديد الأسبوع المقبل، فيما لا يزال سلامة موقوفاً "
     "منذ سبتمبر الماضي.\n"
     "ويرى مراقبون أن سعيد يتسلم مصرفاً مثقلاً بخسائر تُقدّر بأكثر من 70 مليار دولار، في ظل أزمة تفاقمت بعد "
     "الحرب التي شنتها إسرائيل على لبنان واغتالت خلالها الأمين العام لـ«حزب الله» حسن نصر الله.",
     [("MET_WITH", SOUAID, AOUN, "اليمين القانونية أمام رئيس الجمهورية", "2025-04"),
      ("MET_WITH", NSALAM, AOUN, "بحضور رئيس الحكومة نواف سلام", "2025-04"),
      ("MET_WITH", NSALAM, SOUAID, "بحضور رئيس الحكومة نواف سلام", "2025-04"),
      ("SUCCESSOR_OF", SOUAID, MANSOURI, "خلفاً للحاكم بالإنابة وسيم منصوري", "2025-04"),
      ("SUCCESSOR_OF", MANSOURI, SALAMEH, "خلفاً لرياض سلامة", "2023-07"),
      ("ASSASSINATED_BY", NASRALLAH, ISRAEL, "واغتالت خلالها الأمين العام", "2024-09"),
      ("LEADS", SOUAID, BDL, "حاكم مصرف لبنان الجديد كريم سعيد"),
      ("LEADS", AOUN, LEBANON, "رئيس الجمهورية العماد جوزيف عون"),
      ("LEADS", NSALAM, LEBGOV, "بحضور رئيس الحكومة نواف سلام"),
      ("LEADS", SFEIR, ABL, "رئيس جمعية المصارف سليم صفير"),
      ("LEADS", NASRALLAH, HEZBOLLAH, "الأمين العام لـ«حزب الله» حسن"),
      ("ATTACKED", ISRAEL, LEBANON, "الحرب التي شنتها إسرائيل على لبنان", "2024"),
      ],
     {"source": "blind set (London-based pan-Arab daily, Arabic)", "published": "2025-04-05"}),

    ("arKD5_trump_sharaa_riyadh_mbs", "ar",
     "لقاء الرياض: ترمب يلتقي الشرع بحضور ولي العهد... وإردوغان عبر الهاتف\n"
     "الرياض: «الشرق الأوسط»\n"
     "التقى الرئيس الأميركي دونالد ترمب، صباح أمس في الرياض، الرئيس السوري أحمد الشرع، في أول لقاء بين "
     "رئيسين أميركي وسوري منذ 25 عاماً، وذلك بحضور ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن "
     "سلمان.\n"
     "وشارك الرئيس التركي رجب طيب إردوغان في اللقاء عبر اتصال هاتفي، فيما حضره وزير الخارجية السوري أسعد "
     "الشيباني.\n"
     "وجاء اللقاء غداة إعلان ترمب، في منتدى الاستثمار السعودي الأميركي، رفع العقوبات عن سوريا. وقال وزير "
     "الخزانة الأميركي سكوت بيسنت إن الوزارة ستصدر التراخيص اللازمة تباعاً.\n"
     "ويُنتظر أن يلتقي الشيباني نظيره الأميركي ماركو روبيو في أنطاليا الأسبوع المقبل.\n"
     "ويرى مراقبون أن الرياض نجحت في أن تكون بوابة دمشق الجديدة إلى واشنطن.",
     [("MET_WITH", SHARAA, TRUMP, "التقى الرئيس الأميركي دونالد ترمب", "2025-05-14"),
      ("MET_WITH", MBS, TRUMP, "وذلك بحضور ولي العهد السعودي", "2025-05-14"),
      ("MET_WITH", MBS, SHARAA, "وذلك بحضور ولي العهد السعودي", "2025-05-14"),
      ("MET_WITH", SHAIBANI, TRUMP, "فيما حضره وزير الخارجية السوري", "2025-05-14"),
      ("MET_WITH", SHAIBANI, SHARAA, "فيما حضره وزير الخارجية السوري", "2025-05-14"),
      ("MET_WITH", MBS, SHAIBANI, "فيما حضره وزير الخارجية السوري", "2025-05-14"),
      ("LEADS", TRUMP, USA, "التقى الرئيس الأميركي دونالد ترمب"),
      ("LEADS", SHARAA, SYRIA, "الرئيس السوري أحمد الشرع"),
      ("LEADS", MBS, SAUDI, "ولي العهد السعودي رئيس مجلس الوزراء"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب إردوغان"),
      ("LEADS", SHAIBANI, SYRFM, "فيما حضره وزير الخارجية السوري"),
      ("LEADS", BESSENT, USTREAS, "الخزانة الأميركي سكوت بيسنت"),
      ("VISITED", TRUMP, RIYADH, "صباح أمس في الرياض", "2025-05-14"),
      ("VISITED", SHARAA, RIYADH, "صباح أمس في الرياض", "2025-05-14"),
      ],
     {"source": "blind set (London-based pan-Arab daily, Arabic)", "published": "2025-05-15"}),

    ("arKD6_kuwait_year_after_succession_fassam", "ar",
     "الكويت بعد عام على انتقال الحكم: ولي عهد ووزيرة للمالية... وأسئلة الإصلاح\n"
     "الكويت: «الشرق الأوسط»\n"
     "بعد عام على تولي الشيخ مشعل الأحمد مسند الإمارة خلفاً لأخيه الراحل الشيخ نواف الأحمد في ديسمبر 2023، "
     "اكتملت ملامح المرحلة الجديدة في الكويت.\n"
     "فقد شهد مطلع 2024 تكليف الشيخ محمد صباح السالم برئاسة الحكومة خلفاً للشيخ أحمد النواف، قبل أن يخلفه "
     "الشيخ أحمد العبدالله في مايو، ثم زكّى الأمير الشيخ صباح الخالد ولياً للعهد في يونيو.\n"
     "وفي الملف الاقتصادي، استقبل سمو الأمير في قصر بيان وزيرة المالية نورة الفصام، التي خلفت أنور المضف في "
     "الحقيبة، بحضور رئيس مجلس الوزراء، واطلع منها على خطط تنويع الإيرادات.\n"
     "وكانت الفصام، التي ترأس مجلس إدارة الهيئة العامة للاستثمار، قد بحثت هاتفياً مع مسؤولي صندوق النقد "
     "الدولي برنامج الإصلاح المالي.\n"
     "ويرى مراقبون أن غياب مجلس الأمة يسرّع القرارات الاقتصادية، لكنه يضع الحكومة وحدها أمام الشارع.",
     [("SUCCESSOR_OF", MESHAL, NAWAF, "خلفاً لأخيه الراحل", "2023-12"),
      ("SUCCESSOR_OF", MSALEM, AHMADNAWAF, "خلفاً للشيخ أحمد النواف", "2024-01"),
      ("SUCCESSOR_OF", AHMADABD, MSALEM, "قبل أن يخلفه", "2024-05"),
      ("MET_WITH", MESHAL, FASSAM, "استقبل سمو الأمير في قصر بيان", "2024"),
      ("MET_WITH", AHMADABD, MESHAL, "بحضور رئيس مجلس الوزراء", "2024"),
      ("MET_WITH", AHMADABD, FASSAM, "بحضور رئيس مجلس الوزراء", "2024"),
      ("SUCCESSOR_OF", FASSAM, MUDHAF, "التي خلفت أنور المضف", "2024"),
      ("LEADS", MESHAL, KUWAIT, "تولي الشيخ مشعل الأحمد مسند الإمارة"),
      ("LEADS", FASSAM, KUWFIN, "وزيرة المالية نورة الفصام"),
      ("LEADS", FASSAM, KIA, "التي ترأس مجلس إدارة الهيئة العامة للاستثمار"),
      ("LEADS", MSALEM, KUWGOV, "تكليف الشيخ محمد صباح السالم برئاسة الحكومة"),
      ("LOCATED_IN", BAYAN, KUWAIT, "استقبل سمو الأمير في قصر بيان"),
      ],
     {"source": "blind set (London-based pan-Arab daily, Arabic)", "published": "2024-12-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setKD")
