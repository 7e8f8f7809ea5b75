"""Entity table of blind set PQ-PR (session 67, the Yemen war 2015-2024: the Saudi-led coalition and the
Houthis, the killing of Ali Abdullah Saleh by the Houthis (December 2017), Saleh al-Sammad killed in a
coalition strike (April 2018) and succeeded by Mahdi al-Mashat, Hadi's transfer of power to the Presidential
Leadership Council under Rashad al-Alimi (April 2022), the UN envoys Ismail Ould Cheikh Ahmed, Martin
Griffiths and Hans Grundberg, Omani mediation, the Saudi-Houthi talks in Sanaa and Riyadh (2023)).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:yemen": ("Country", "Yemen", "اليمن"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:oman": ("Country", "Oman", "سلطنة عمان"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    # locations
    "location:sanaa": ("Location", "Sanaa (capital of Yemen)", "صنعاء"),
    "location:riyadh": ("Location", "Riyadh (capital of Saudi Arabia)", "الرياض"),
    "location:muscat": ("Location", "Muscat (capital of Oman)", "مسقط"),
    "location:aden": ("Location", "Aden (Yemeni port city, seat of the government)", "عدن"),
    "location:hodeidah": ("Location", "Hodeidah (Yemeni Red Sea port)", "الحديدة"),
    # organizations
    "organization:houthis": ("Organization", "Houthis (Ansar Allah, Yemeni Zaydi movement)", "الحوثيون"),
    "organization:houthi-supreme-political-council": ("Organization", "Supreme Political Council (Houthi, Sanaa)",
                                                      "المجلس السياسي الأعلى"),
    "organization:saudi-led-coalition": ("Organization", "Saudi-led coalition in Yemen", "التحالف بقيادة السعودية"),
    "organization:presidential-leadership-council": ("Organization", "Presidential Leadership Council (Yemen)",
                                                     "مجلس القيادة الرئاسي"),
    "organization:yemeni-government": ("Organization", "Government of Yemen (internationally recognised)",
                                       "الحكومة اليمنية"),
    "organization:general-peoples-congress": ("Organization", "General People's Congress (Saleh's party, Yemen)",
                                              "المؤتمر الشعبي العام"),
    "organization:united-nations": ("Organization", "United Nations", "الأمم المتحدة"),
    "organization:omani-foreign-ministry": ("Organization", "Omani Foreign Ministry", "وزارة الخارجية العمانية"),
    "organization:saudi-foreign-ministry": ("Organization", "Saudi Foreign Ministry", "وزارة الخارجية السعودية"),
    # Yemenis (Houthi side)
    "person:abdul-malik-al-houthi": ("Person", "Abdul-Malik al-Houthi (leader of the Houthis)", "عبد الملك الحوثي"),
    "person:saleh-al-sammad": ("Person", "Saleh al-Sammad (head of the Supreme Political Council, killed April 2018)",
                               "صالح الصماد"),
    "person:mahdi-al-mashat": ("Person", "Mahdi al-Mashat (head of the Supreme Political Council since April 2018)",
                               "مهدي المشاط"),
    "person:mohammed-abdulsalam": ("Person", "Mohammed Abdulsalam (Houthi spokesman and chief negotiator)",
                                   "محمد عبد السلام"),
    "person:mohammed-ali-al-houthi": ("Person", "Mohammed Ali al-Houthi (member of the Supreme Political Council)",
                                      "محمد علي الحوثي"),
    "person:abdulmalik-al-ajri": ("Person", "Abdulmalik al-Ajri (member of the Houthi negotiating delegation)",
                                  "عبد الملك العجري"),
    "person:hisham-sharaf": ("Person", "Hisham Sharaf (foreign minister of the Houthi government in Sanaa)",
                             "هشام شرف"),
    "person:yahya-al-raee": ("Person", "Yahya al-Raee (Speaker of the parliament in Sanaa)", "يحيى الراعي"),
    # Yemenis (Saleh, government side)
    "person:ali-abdullah-saleh": ("Person", "Ali Abdullah Saleh (President of Yemen 1978-2012, killed December 2017)",
                                  "علي عبد الله صالح"),
    "person:aref-al-zouka": ("Person", "Aref al-Zouka (secretary-general of the General People's Congress, killed "
                                       "December 2017)", "عارف الزوكا"),
    "person:tareq-saleh": ("Person", "Tareq Saleh (Saleh's nephew, commander, member of the PLC)", "طارق صالح"),
    "person:ahmed-ali-saleh": ("Person", "Ahmed Ali Saleh (Saleh's son)", "أحمد علي عبد الله صالح"),
    "person:abdrabbuh-mansur-hadi": ("Person", "Abdrabbuh Mansur Hadi (President of Yemen 2012-2022)",
                                     "عبد ربه منصور هادي"),
    "person:ali-mohsen-al-ahmar": ("Person", "Ali Mohsen al-Ahmar (Vice-President of Yemen 2016-2022)",
                                   "علي محسن الأحمر"),
    "person:ahmed-obeid-bin-daghr": ("Person", "Ahmed Obeid bin Daghr (Prime Minister of Yemen 2016-2018)",
                                     "أحمد عبيد بن دغر"),
    "person:abdulmalik-al-mekhlafi": ("Person", "Abdulmalik al-Mekhlafi (Yemeni foreign minister 2015-2018)",
                                      "عبد الملك المخلافي"),
    "person:khaled-bahah": ("Person", "Khaled Bahah (Prime Minister and Vice-President of Yemen 2014-2016)",
                            "خالد بحاح"),
    "person:rashad-al-alimi": ("Person", "Rashad al-Alimi (head of the Presidential Leadership Council since 2022)",
                               "رشاد العليمي"),
    "person:aidarous-al-zubaidi": ("Person", "Aidarous al-Zubaidi (head of the Southern Transitional Council, PLC "
                                             "member)", "عيدروس الزبيدي"),
    "person:sultan-al-arada": ("Person", "Sultan al-Arada (governor of Marib, PLC member)", "سلطان العرادة"),
    "person:ahmed-awad-bin-mubarak": ("Person", "Ahmed Awad bin Mubarak (Yemeni foreign minister 2020-2024)",
                                      "أحمد عوض بن مبارك"),
    # UN
    "person:ismail-ould-cheikh-ahmed": ("Person", "Ismail Ould Cheikh Ahmed (UN envoy for Yemen 2015-2018)",
                                        "إسماعيل ولد الشيخ أحمد"),
    "person:martin-griffiths": ("Person", "Martin Griffiths (UN envoy for Yemen 2018-2021)", "مارتن غريفيث"),
    "person:hans-grundberg": ("Person", "Hans Grundberg (UN envoy for Yemen since 2021)", "هانس غروندبرغ"),
    "person:jamal-benomar": ("Person", "Jamal Benomar (UN envoy for Yemen 2012-2015)", "جمال بنعمر"),
    "person:ban-ki-moon": ("Person", "Ban Ki-moon (UN Secretary-General 2007-2016)", "بان كي مون"),
    "person:antonio-guterres": ("Person", "Antonio Guterres (UN Secretary-General since 2017)", "أنطونيو غوتيريش"),
    # Saudi, Omani, US
    "person:mohammed-bin-salman": ("Person", "Mohammed bin Salman (Saudi crown prince)", "محمد بن سلمان"),
    "person:khalid-bin-salman": ("Person", "Khalid bin Salman (Saudi defence minister)", "خالد بن سلمان"),
    "person:mohammed-al-jaber": ("Person", "Mohammed Al Jaber (Saudi ambassador to Yemen)", "محمد آل جابر"),
    "person:faisal-bin-farhan": ("Person", "Faisal bin Farhan (Saudi foreign minister)", "فيصل بن فرحان"),
    "person:turki-al-maliki": ("Person", "Turki al-Maliki (spokesman of the Saudi-led coalition)", "تركي المالكي"),
    "person:badr-albusaidi": ("Person", "Badr Albusaidi (Omani foreign minister)", "بدر البوسعيدي"),
    "person:khalifa-al-harthy": ("Person", "Khalifa al-Harthy (Omani foreign ministry undersecretary)",
                                 "خليفة الحارثي"),
    "person:haitham-bin-tariq": ("Person", "Haitham bin Tariq (Sultan of Oman)", "هيثم بن طارق"),
    "person:tim-lenderking": ("Person", "Tim Lenderking (US special envoy for Yemen)", "تيم ليندركينغ"),
}
