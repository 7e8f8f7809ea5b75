"""Entity table of blind set OK-OL (session 65, Yemen 2015-2024: the Saudi-led coalition and the Houthis,
Abdulmalik al-Houthi, Saleh al-Sammad killed by a coalition air strike in April 2018 and succeeded by Mahdi
al-Mashat, Ali Abdullah Saleh killed by the Houthis in December 2017, Hadi's transfer of power to the
Presidential Leadership Council of Rashad al-Alimi in April 2022, the UN envoys Ismail Ould Cheikh Ahmed,
Martin Griffiths and Hans Grundberg, Omani mediation, prisoner swaps, the Saudi-Houthi talks in Sanaa and
Riyadh in 2023, and the prime ministers Bahah, Bin Dagher, Maeen Abdulmalik and Ahmed bin Mubarak).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:yemen": ("Country", "Yemen", "اليمن"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:oman": ("Country", "Oman", "سلطنة عمان"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:sweden": ("Country", "Sweden", "السويد"),
    # locations
    "location:sanaa": ("Location", "Sanaa (capital of Yemen)", "صنعاء"),
    "location:riyadh": ("Location", "Riyadh (capital of Saudi Arabia)", "الرياض"),
    "location:muscat": ("Location", "Muscat (capital of Oman)", "مسقط"),
    "location:hodeidah": ("Location", "Hodeidah (Yemeni Red Sea port city)", "الحديدة"),
    "location:stockholm": ("Location", "Stockholm (capital of Sweden)", "ستوكهولم"),
    "location:aden": ("Location", "Aden (Yemeni port city, seat of the recognised government)", "عدن"),
    # organizations
    "organization:houthis": ("Organization", "Houthis (Ansar Allah, Yemeni Zaydi movement)", "الحوثيون"),
    "organization:saudi-led-coalition": ("Organization", "Saudi-led coalition in Yemen", "التحالف بقيادة السعودية"),
    "organization:houthi-supreme-political-council": ("Organization", "Supreme Political Council (Houthi, Sanaa)",
                                                      "المجلس السياسي الأعلى"),
    "organization:yemeni-government": ("Organization", "Government of Yemen (internationally recognised)",
                                       "الحكومة اليمنية"),
    "organization:presidential-leadership-council": ("Organization",
                                                     "Presidential Leadership Council (Yemen, since April 2022)",
                                                     "مجلس القيادة الرئاسي"),
    "organization:general-peoples-congress": ("Organization", "General People's Congress (Saleh's party, Yemen)",
                                              "المؤتمر الشعبي العام"),
    "organization:united-nations": ("Organization", "United Nations", "الأمم المتحدة"),
    "organization:icrc": ("Organization", "International Committee of the Red Cross", "اللجنة الدولية للصليب الأحمر"),
    "organization:omani-foreign-ministry": ("Organization", "Omani Foreign Ministry", "وزارة الخارجية العمانية"),
    # Houthis
    "person:abdul-malik-al-houthi": ("Person", "Abdulmalik al-Houthi (leader of the Houthi movement)",
                                     "عبد الملك الحوثي"),
    "person:saleh-al-sammad": ("Person", "Saleh al-Sammad (head of the Houthi Supreme Political Council, killed 2018)",
                               "صالح الصماد"),
    "person:mahdi-al-mashat": ("Person", "Mahdi al-Mashat (head of the Houthi Supreme Political Council since 2018)",
                               "مهدي المشاط"),
    "person:mohammed-abdulsalam": ("Person", "Mohammed Abdulsalam (Houthi spokesman and chief negotiator)",
                                   "محمد عبد السلام"),
    "person:abdulmalik-al-ajri": ("Person", "Abdulmalik al-Ajri (member of the Houthi political bureau, negotiator)",
                                  "عبد الملك العجري"),
    "person:hisham-sharaf": ("Person", "Hisham Sharaf (foreign minister of the Houthi administration)", "هشام شرف"),
    # Saleh and his family
    "person:ali-abdullah-saleh": ("Person", "Ali Abdullah Saleh (President of Yemen 1978/1990-2012, killed 2017)",
                                  "علي عبد الله صالح"),
    "person:ahmed-ali-saleh": ("Person", "Ahmed Ali Abdullah Saleh (Saleh's eldest son)", "أحمد علي عبد الله صالح"),
    "person:tareq-saleh": ("Person", "Tareq Saleh (Saleh's nephew, commander)", "طارق صالح"),
    "person:aref-al-zouka": ("Person", "Aref al-Zouka (General People's Congress secretary-general, killed 2017)",
                             "عارف الزوكا"),
    # recognised government
    "person:abdrabbuh-mansur-hadi": ("Person", "Abdrabbuh Mansur Hadi (President of Yemen 2012-2022)",
                                     "عبد ربه منصور هادي"),
    "person:rashad-al-alimi": ("Person", "Rashad al-Alimi (chairman of the Presidential Leadership Council)",
                               "رشاد العليمي"),
    "person:ali-mohsen-al-ahmar": ("Person", "Ali Mohsen al-Ahmar (Vice President of Yemen 2016-2022)",
                                   "علي محسن الأحمر"),
    "person:aidarous-al-zubaidi": ("Person", "Aidarous al-Zubaidi (STC leader, member of the Presidential Leadership "
                                   "Council)", "عيدروس الزبيدي"),
    "person:khaled-bahah": ("Person", "Khaled Bahah (Prime Minister of Yemen 2014-2016)", "خالد بحاح"),
    "person:ahmed-obeid-bin-dagher": ("Person", "Ahmed Obeid bin Dagher (Prime Minister of Yemen 2016-2018)",
                                      "أحمد عبيد بن دغر"),
    "person:maeen-abdulmalik": ("Person", "Maeen Abdulmalik (Prime Minister of Yemen 2018-2024)", "معين عبدالملك"),
    "person:ahmed-awad-bin-mubarak": ("Person", "Ahmed Awad bin Mubarak (Yemeni foreign minister, Prime Minister "
                                      "2024-2025)", "أحمد عوض بن مبارك"),
    "person:khaled-al-yamani": ("Person", "Khaled al-Yamani (Yemeni foreign minister 2018-2019)", "خالد اليماني"),
    # Saudi Arabia, Oman, Iran, UN, Sweden
    "person:mohammed-bin-salman": ("Person", "Mohammed bin Salman (Saudi crown prince)", "محمد بن سلمان"),
    "person:khalid-bin-salman": ("Person", "Khalid bin Salman (Saudi defence minister)", "خالد بن سلمان"),
    "person:mohammed-al-jaber": ("Person", "Mohammed Al Jaber (Saudi ambassador to Yemen)", "محمد آل جابر"),
    "person:badr-albusaidi": ("Person", "Badr Albusaidi (Omani foreign minister)", "بدر البوسعيدي"),
    "person:khalifa-al-harthi": ("Person", "Khalifa bin Ali al-Harthi (Omani foreign ministry undersecretary)",
                                 "خليفة بن علي الحارثي"),
    "person:haitham-bin-tariq": ("Person", "Haitham bin Tariq (Sultan of Oman)", "هيثم بن طارق"),
    "person:hassan-irloo": ("Person", "Hassan Irloo (Iranian ambassador in Sanaa 2020-2021)", "حسن إيرلو"),
    "person:ismail-ould-cheikh-ahmed": ("Person", "Ismail Ould Cheikh Ahmed (UN special envoy for Yemen 2015-2018)",
                                        "إسماعيل ولد الشيخ أحمد"),
    "person:martin-griffiths": ("Person", "Martin Griffiths (UN special envoy for Yemen 2018-2021)", "مارتن غريفيث"),
    "person:hans-grundberg": ("Person", "Hans Grundberg (UN special envoy for Yemen since 2021)", "هانس غروندبرغ"),
    "person:antonio-guterres": ("Person", "Antonio Guterres (UN Secretary-General)", "أنطونيو غوتيريش"),
    "person:margot-wallstrom": ("Person", "Margot Wallstrom (Swedish foreign minister 2014-2019)", "مارغوت فالستروم"),
}
