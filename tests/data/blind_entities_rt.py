"""Entity table of blind set RS-RT (session 69, Egypt 1981-2015: Sadat's assassination at the October
parade by Khalid al-Islambouli's squad of Egyptian Islamic Jihad and Mubarak's succession; Mubarak's
meetings with Arab, Israeli and US leaders; the fall of Mubarak in 2011, Omar Suleiman, Field Marshal
Tantawi and the Supreme Council of the Armed Forces; Mohamed Morsi and the Muslim Brotherhood (Mohammed
Badie), Sisi replacing Tantawi as defence minister (2012), Morsi's removal and Adly Mansour (2013); the
assassination of prosecutor-general Hisham Barakat (2015) and Ayman al-Zawahiri's earlier role).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:egypt": ("Country", "Egypt", "مصر"),
    "country:israel": ("Country", "Israel", "إسرائيل"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:jordan": ("Country", "Jordan", "الأردن"),
    "country:palestine": ("Country", "Palestine (Palestinian Authority)", "فلسطين"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:syria": ("Country", "Syria", "سوريا"),
    # organizations
    "organization:muslim-brotherhood": ("Organization", "Muslim Brotherhood", "جماعة الإخوان المسلمين"),
    "organization:freedom-and-justice-party": ("Organization",
                                               "Freedom and Justice Party (the Brotherhood's party, 2011-2014)",
                                               "حزب الحرية والعدالة"),
    "organization:egyptian-islamic-jihad": ("Organization", "Egyptian Islamic Jihad (al-Jihad)",
                                            "جماعة الجهاد الإسلامي المصرية"),
    "organization:al-qaeda": ("Organization", "Al-Qaeda", "تنظيم القاعدة"),
    "organization:supreme-council-of-the-armed-forces": ("Organization",
                                                         "Supreme Council of the Armed Forces (Egypt, SCAF)",
                                                         "المجلس الأعلى للقوات المسلحة"),
    "organization:egyptian-armed-forces": ("Organization", "Egyptian Armed Forces", "القوات المسلحة المصرية"),
    "organization:egyptian-general-intelligence": ("Organization", "Egyptian General Intelligence Service",
                                                   "جهاز المخابرات العامة المصرية"),
    "organization:egyptian-presidency": ("Organization", "Egyptian Presidency", "الرئاسة المصرية"),
    "organization:egyptian-foreign-ministry": ("Organization", "Egyptian Ministry of Foreign Affairs",
                                               "وزارة الخارجية المصرية"),
    "organization:supreme-constitutional-court": ("Organization", "Supreme Constitutional Court (Egypt)",
                                                  "المحكمة الدستورية العليا"),
    "organization:al-azhar": ("Organization", "Al-Azhar (Cairo's Sunni seat of learning)", "الأزهر"),
    "organization:coptic-orthodox-church": ("Organization", "Coptic Orthodox Church", "الكنيسة القبطية الأرثوذكسية"),
    "organization:national-democratic-party": ("Organization", "National Democratic Party (Egypt's ruling party "
                                               "1978-2011)", "الحزب الوطني الديمقراطي"),
    "organization:us-state-department": ("Organization", "US State Department", "وزارة الخارجية الأميركية"),
    # Egyptian presidents and the army
    "person:anwar-sadat": ("Person", "Anwar Sadat (President of Egypt 1970-1981, assassinated)", "أنور السادات"),
    "person:hosni-mubarak": ("Person", "Hosni Mubarak (President of Egypt 1981-2011)", "حسني مبارك"),
    "person:sufi-abu-taleb": ("Person", "Sufi Abu Taleb (Speaker, acting President of Egypt in October 1981)",
                              "صوفي أبو طالب"),
    "person:mohamed-morsi": ("Person", "Mohamed Morsi (President of Egypt 2012-2013)", "محمد مرسي"),
    "person:abdel-fattah-el-sisi": ("Person", "Abdel Fattah el-Sisi (defence minister 2012-2014, President since "
                                    "2014)", "عبد الفتاح السيسي"),
    "person:adly-mansour": ("Person", "Adly Mansour (head of the Supreme Constitutional Court, interim President "
                            "2013-2014)", "عدلي منصور"),
    "person:mohamed-hussein-tantawi": ("Person", "Mohamed Hussein Tantawi (Field Marshal, defence minister "
                                       "1991-2012, head of the SCAF)", "محمد حسين طنطاوي"),
    "person:sami-anan": ("Person", "Sami Anan (chief of staff of the Egyptian armed forces 2005-2012)", "سامي عنان"),
    "person:sedki-sobhi": ("Person", "Sedki Sobhi (chief of staff 2012-2014, then defence minister)", "صدقي صبحي"),
    "person:omar-suleiman": ("Person", "Omar Suleiman (intelligence chief, Vice President of Egypt in 2011)",
                             "عمر سليمان"),
    "person:abdel-halim-abu-ghazala": ("Person", "Abdel Halim Abu Ghazala (Egyptian defence minister 1981-1989)",
                                       "عبد الحليم أبو غزالة"),
    "person:mahmoud-mekki": ("Person", "Mahmoud Mekki (Vice President of Egypt 2012)", "محمود مكي"),
    # Egyptian governments
    "person:ahmed-shafik": ("Person", "Ahmed Shafik (Prime Minister of Egypt January-March 2011)", "أحمد شفيق"),
    "person:ahmed-nazif": ("Person", "Ahmed Nazif (Prime Minister of Egypt 2004-2011)", "أحمد نظيف"),
    "person:hisham-qandil": ("Person", "Hisham Qandil (Prime Minister of Egypt 2012-2013)", "هشام قنديل"),
    "person:hazem-el-beblawi": ("Person", "Hazem el-Beblawi (Prime Minister of Egypt 2013-2014)", "حازم الببلاوي"),
    "person:ibrahim-mahlab": ("Person", "Ibrahim Mahlab (Prime Minister of Egypt 2014-2015)", "إبراهيم محلب"),
    "person:sherif-ismail": ("Person", "Sherif Ismail (Prime Minister of Egypt 2015-2018)", "شريف إسماعيل"),
    "person:magdy-abdel-ghaffar": ("Person", "Magdy Abdel Ghaffar (Egyptian interior minister 2015-2018)",
                                   "مجدي عبد الغفار"),
    "person:ahmed-el-zend": ("Person", "Ahmed el-Zend (Egyptian justice minister 2015-2016)", "أحمد الزند"),
    "person:amr-moussa": ("Person", "Amr Moussa (Egyptian foreign minister 1991-2001)", "عمرو موسى"),
    "person:esmat-abdel-meguid": ("Person", "Esmat Abdel Meguid (Egyptian foreign minister 1984-1991)",
                                  "عصمت عبد المجيد"),
    # judges and prosecutors
    "person:hisham-barakat": ("Person", "Hisham Barakat (Egypt's prosecutor-general 2013-2015, assassinated)",
                              "هشام بركات"),
    "person:nabil-sadek": ("Person", "Nabil Sadek (Egypt's prosecutor-general from 2015)", "نبيل صادق"),
    "person:talaat-abdallah": ("Person", "Talaat Abdallah (Egypt's prosecutor-general 2012-2013)", "طلعت عبد الله"),
    "person:abdel-meguid-mahmoud": ("Person", "Abdel Meguid Mahmoud (Egypt's prosecutor-general 2006-2012)",
                                    "عبد المجيد محمود"),
    "person:maher-el-beheiry": ("Person", "Maher el-Beheiry (head of the Supreme Constitutional Court 2012-2013)",
                                "ماهر البحيري"),
    # Brotherhood and religious leaders
    "person:mohammed-badie": ("Person", "Mohammed Badie (General Guide of the Muslim Brotherhood)", "محمد بديع"),
    "person:khairat-el-shater": ("Person", "Khairat el-Shater (deputy General Guide of the Muslim Brotherhood)",
                                 "خيرت الشاطر"),
    "person:essam-el-erian": ("Person", "Essam el-Erian (acting chairman of the Freedom and Justice Party)",
                              "عصام العريان"),
    "person:ahmed-al-tayeb": ("Person", "Ahmed al-Tayeb (Grand Imam of Al-Azhar)", "أحمد الطيب"),
    "person:tawadros-ii": ("Person", "Tawadros II (Coptic Orthodox Pope)", "البابا تواضروس الثاني"),
    "person:mohamed-elbaradei": ("Person", "Mohamed ElBaradei (Egyptian liberal politician)", "محمد البرادعي"),
    # jihadists
    "person:khalid-al-islambouli": ("Person", "Khalid al-Islambouli (army lieutenant who led Sadat's assassins, "
                                    "executed 1982)", "خالد الإسلامبولي"),
    "person:ayman-al-zawahiri": ("Person", "Ayman al-Zawahiri (leader of Egyptian Islamic Jihad, then of al-Qaeda "
                                 "2011-2022)", "أيمن الظواهري"),
    "person:osama-bin-laden": ("Person", "Osama bin Laden (founder of al-Qaeda, killed 2011)", "أسامة بن لادن"),
    "person:sayyid-imam-al-sharif": ("Person", "Sayyid Imam al-Sharif (Dr Fadl, emir of Egyptian Islamic Jihad "
                                     "before Zawahiri)", "سيد إمام الشريف"),
    # Arab, Israeli and US leaders
    "person:hussein-bin-talal": ("Person", "Hussein bin Talal (King of Jordan 1952-1999)", "الحسين بن طلال"),
    "person:abdullah-ii": ("Person", "Abdullah II (King of Jordan since 1999)", "عبد الله الثاني"),
    "person:yasser-arafat": ("Person", "Yasser Arafat (PLO chairman, Palestinian president)", "ياسر عرفات"),
    "person:menachem-begin": ("Person", "Menachem Begin (Prime Minister of Israel 1977-1983)", "مناحيم بيغن"),
    "person:shimon-peres": ("Person", "Shimon Peres (Israeli Prime Minister 1984-1986, foreign minister 1992-1995)",
                            "شمعون بيريز"),
    "person:yitzhak-shamir": ("Person", "Yitzhak Shamir (Prime Minister of Israel 1983-1984, 1986-1992)",
                              "إسحاق شامير"),
    "person:yitzhak-rabin": ("Person", "Yitzhak Rabin (Prime Minister of Israel 1992-1995)", "إسحاق رابين"),
    "person:benjamin-netanyahu": ("Person", "Benjamin Netanyahu (Prime Minister of Israel from 1996)",
                                  "بنيامين نتنياهو"),
    "person:david-levy": ("Person", "David Levy (Israeli foreign minister 1996-1998)", "ديفيد ليفي"),
    "person:hillary-clinton": ("Person", "Hillary Clinton (US Secretary of State 2009-2013)", "هيلاري كلينتون"),
    "person:anne-patterson": ("Person", "Anne Patterson (US ambassador to Egypt 2011-2013)", "آن باترسون"),
    "person:frank-wisner": ("Person", "Frank Wisner (retired US diplomat, Obama's envoy to Mubarak in 2011)",
                            "فرانك ويزنر"),
    "person:barack-obama": ("Person", "Barack Obama (President of the United States 2009-2017)", "باراك أوباما"),
    "person:robert-gates": ("Person", "Robert Gates (US Defense Secretary 2006-2011)", "روبرت غيتس"),
}
