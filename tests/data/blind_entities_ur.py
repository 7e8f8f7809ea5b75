"""Entity table of blind set UQ-UR (session 72, Yemen 2014-2019: the Houthi entry into Sanaa and the Peace and
National Partnership Agreement, Hadi's flight to Aden and Riyadh, the Supreme Political Council and the
killing of Saleh al-Sammad, Ali Abdullah Saleh's break with the Houthis and his killing, the UN envoys'
rounds in Sanaa, Riyadh and Muscat, the Stockholm consultations).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:yemen": ("Country", "Yemen", "اليمن"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:oman": ("Country", "Oman", "عُمان"),
    "country:sweden": ("Country", "Sweden", "السويد"),
    # locations
    "location:sanaa": ("Location", "Sanaa (capital of Yemen)", "صنعاء"),
    "location:aden": ("Location", "Aden (city in southern Yemen)", "عدن"),
    "location:riyadh": ("Location", "Riyadh (capital of Saudi Arabia)", "الرياض"),
    "location:muscat": ("Location", "Muscat (capital of Oman)", "مسقط"),
    "location:hodeidah": ("Location", "Hodeidah (Yemeni Red Sea port)", "الحديدة"),
    # organizations
    "organization:houthis": ("Organization", "Houthis (Ansar Allah)", "الحوثيون (أنصار الله)"),
    "organization:houthi-supreme-political-council": ("Organization", "Supreme Political Council (Houthi, Sanaa)",
                                                      "المجلس السياسي الأعلى"),
    "organization:houthi-revolutionary-committee": ("Organization",
                                                    "Supreme Revolutionary Committee (Houthi, 2015-2016)",
                                                    "اللجنة الثورية العليا"),
    "organization:general-peoples-congress": ("Organization", "General People's Congress (Yemeni party of Ali Abdullah Saleh)",
                                              "المؤتمر الشعبي العام"),
    "organization:saudi-led-coalition": ("Organization", "Saudi-led coalition in Yemen", "التحالف بقيادة السعودية"),
    "organization:united-nations": ("Organization", "United Nations", "الأمم المتحدة"),
    "organization:gulf-cooperation-council": ("Organization", "Gulf Cooperation Council", "مجلس التعاون الخليجي"),
    "organization:yemeni-government": ("Organization", "Yemeni government (internationally recognised)",
                                       "الحكومة اليمنية"),
    # Yemenis
    "person:abdrabbuh-mansur-hadi": ("Person", "Abdrabbuh Mansur Hadi (President of Yemen 2012-2022)",
                                     "عبد ربه منصور هادي"),
    "person:ali-abdullah-saleh": ("Person", "Ali Abdullah Saleh (President of Yemen 1978-2012, killed December 2017)",
                                  "علي عبد الله صالح"),
    "person:abdul-malik-al-houthi": ("Person", "Abdul-Malik al-Houthi (leader of the Houthis)", "عبد الملك الحوثي"),
    "person:mohammed-ali-al-houthi": ("Person", "Mohammed Ali al-Houthi (head of the Houthi Revolutionary Committee)",
                                      "محمد علي الحوثي"),
    "person:saleh-al-sammad": ("Person", "Saleh al-Sammad (President of the Supreme Political Council, killed April 2018)",
                               "صالح الصماد"),
    "person:mahdi-al-mashat": ("Person", "Mahdi al-Mashat (President of the Supreme Political Council from April 2018)",
                               "مهدي المشاط"),
    "person:mohammed-abdulsalam": ("Person", "Mohammed Abdulsalam (Houthi spokesman and chief negotiator)",
                                   "محمد عبد السلام"),
    "person:khaled-bahah": ("Person", "Khaled Bahah (Prime Minister of Yemen 2014-2016)", "خالد بحاح"),
    "person:ahmed-obeid-bin-daghr": ("Person", "Ahmed Obeid bin Daghr (Prime Minister of Yemen 2016-2018)",
                                     "أحمد عبيد بن دغر"),
    "person:maeen-abdulmalik": ("Person", "Maeen Abdulmalik (Prime Minister of Yemen from October 2018)",
                                "معين عبد الملك"),
    "person:ali-mohsen-al-ahmar": ("Person", "Ali Mohsen al-Ahmar (Vice President of Yemen 2016-2022)",
                                   "علي محسن الأحمر"),
    "person:khaled-al-yamani": ("Person", "Khaled al-Yamani (Yemeni foreign minister 2018-2019)", "خالد اليماني"),
    "person:mohammed-basindawa": ("Person", "Mohammed Basindawa (Prime Minister of Yemen 2011-2014)",
                                  "محمد سالم باسندوة"),
    "person:hisham-sharaf": ("Person", "Hisham Sharaf (foreign minister of the Houthi government in Sanaa)",
                             "هشام شرف"),
    "person:aref-al-zoka": ("Person", "Aref al-Zoka (secretary-general of the General People's Congress, killed December 2017)",
                            "عارف الزوكا"),
    "person:sadiq-amin-abu-ras": ("Person", "Sadiq Amin Abu Ras (head of the General People's Congress in Sanaa from 2018)",
                                  "صادق أمين أبو راس"),
    # others
    "person:jamal-benomar": ("Person", "Jamal Benomar (UN special envoy for Yemen 2011-2015)", "جمال بنعمر"),
    "person:ismail-ould-cheikh-ahmed": ("Person", "Ismail Ould Cheikh Ahmed (UN special envoy for Yemen 2015-2018)",
                                        "إسماعيل ولد الشيخ أحمد"),
    "person:martin-griffiths": ("Person", "Martin Griffiths (UN special envoy for Yemen 2018-2021)", "مارتن غريفيث"),
    "person:antonio-guterres": ("Person", "Antonio Guterres (UN Secretary-General)", "أنطونيو غوتيريش"),
    "person:margot-wallstrom": ("Person", "Margot Wallstrom (Swedish foreign minister 2014-2019)", "مارغوت فالستروم"),
    "person:salman-bin-abdulaziz": ("Person", "Salman bin Abdulaziz (King of Saudi Arabia)", "سلمان بن عبد العزيز"),
    "person:mohammed-bin-salman": ("Person", "Mohammed bin Salman (Saudi defence minister, later crown prince)",
                                   "محمد بن سلمان"),
    "person:abdullatif-al-zayani": ("Person", "Abdullatif al-Zayani (GCC Secretary-General 2011-2020)",
                                    "عبد اللطيف الزياني"),
    "person:yusuf-bin-alawi": ("Person", "Yusuf bin Alawi (Oman's minister responsible for foreign affairs)",
                               "يوسف بن علوي"),
}
