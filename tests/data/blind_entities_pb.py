"""Entity table of blind set PA-PB (session 66, the Gulf and Turkey 2017-2021: the Qatar blockade and
Kuwait's mediation under Emir Sabah al-Ahmad, his death and Nawaf al-Ahmad's accession, Mishal al-Ahmad
named crown prince, Sultan Qaboos's death and Haitham bin Tariq's accession in Oman, the AlUla summit,
Erdogan's visits to Doha and the Turkish base in Qatar, Jamal Khashoggi's killing in Istanbul, Mohammed
bin Salman replacing Mohammed bin Nayef as Saudi crown prince, the US envoys Tillerson, Pompeo and Kushner
in the Gulf, and meetings of the Abraham Accords signatories).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:qatar": ("Country", "Qatar", "قطر"),
    "country:kuwait": ("Country", "Kuwait", "الكويت"),
    "country:oman": ("Country", "Oman", "عُمان"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:united-arab-emirates": ("Country", "United Arab Emirates", "الإمارات العربية المتحدة"),
    "country:bahrain": ("Country", "Bahrain", "البحرين"),
    "country:turkey": ("Country", "Turkey", "تركيا"),
    "country:israel": ("Country", "Israel", "إسرائيل"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:egypt": ("Country", "Egypt", "مصر"),
    "country:germany": ("Country", "Germany", "ألمانيا"),
    # locations
    "location:doha": ("Location", "Doha (capital of Qatar)", "الدوحة"),
    "location:kuwait-city": ("Location", "Kuwait City", "مدينة الكويت"),
    "location:muscat": ("Location", "Muscat (capital of Oman)", "مسقط"),
    "location:riyadh": ("Location", "Riyadh (capital of Saudi Arabia)", "الرياض"),
    "location:jeddah": ("Location", "Jeddah (Saudi Red Sea city)", "جدة"),
    "location:istanbul": ("Location", "Istanbul", "إسطنبول"),
    "location:ankara": ("Location", "Ankara (capital of Turkey)", "أنقرة"),
    "location:alula": ("Location", "AlUla (Saudi oasis town, site of the 2021 GCC summit)", "العلا"),
    "location:neom": ("Location", "NEOM (Saudi city project on the Red Sea)", "نيوم"),
    "location:jerusalem": ("Location", "Jerusalem", "القدس"),
    "location:berlin": ("Location", "Berlin (capital of Germany)", "برلين"),
    "location:dubai": ("Location", "Dubai", "دبي"),
    # organizations
    "organization:gcc": ("Organization", "Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية"),
    "organization:kuwaiti-parliament": ("Organization", "Kuwaiti National Assembly", "مجلس الأمة الكويتي"),
    "organization:kuwaiti-foreign-ministry": ("Organization", "Kuwaiti Foreign Ministry", "وزارة الخارجية الكويتية"),
    "organization:qatari-foreign-ministry": ("Organization", "Qatari Foreign Ministry", "وزارة الخارجية القطرية"),
    "organization:saudi-foreign-ministry": ("Organization", "Saudi Foreign Ministry", "وزارة الخارجية السعودية"),
    "organization:omani-foreign-ministry": ("Organization", "Omani Foreign Ministry", "وزارة الخارجية العمانية"),
    "organization:uae-foreign-ministry": ("Organization", "UAE Ministry of Foreign Affairs and International "
                                         "Cooperation", "وزارة الخارجية والتعاون الدولي الإماراتية"),
    "organization:bahraini-foreign-ministry": ("Organization", "Bahraini Foreign Ministry", "وزارة الخارجية البحرينية"),
    "organization:turkish-foreign-ministry": ("Organization", "Turkish Foreign Ministry", "وزارة الخارجية التركية"),
    "organization:saudi-interior-ministry": ("Organization", "Saudi Interior Ministry", "وزارة الداخلية السعودية"),
    "organization:saudi-defence-ministry": ("Organization", "Saudi Ministry of Defense", "وزارة الدفاع السعودية"),
    "organization:qatari-defence-ministry": ("Organization", "Qatari Ministry of Defence", "وزارة الدفاع القطرية"),
    "organization:turkish-armed-forces": ("Organization", "Turkish Armed Forces", "القوات المسلحة التركية"),
    "organization:us-state-department": ("Organization", "US State Department", "وزارة الخارجية الأميركية"),
    "organization:cia": ("Organization", "Central Intelligence Agency (US)", "وكالة المخابرات المركزية الأميركية"),
    "organization:saudi-general-intelligence-presidency": ("Organization", "Saudi General Intelligence Presidency",
                                                           "رئاسة الاستخبارات العامة السعودية"),
    # Kuwait
    "person:sabah-al-ahmad-al-jaber-al-sabah": ("Person", "Sabah al-Ahmad al-Jaber al-Sabah (Emir of Kuwait "
                                                "2006-2020)", "صباح الأحمد الجابر الصباح"),
    "person:nawaf-al-ahmad-al-sabah": ("Person", "Nawaf al-Ahmad al-Jaber al-Sabah (Emir of Kuwait 2020-2023, crown "
                                       "prince 2006-2020)", "نواف الأحمد الجابر الصباح"),
    "person:mishal-al-ahmad-al-jaber-al-sabah": ("Person", "Mishal al-Ahmad al-Jaber al-Sabah (crown prince of Kuwait "
                                                 "2020-2023, then Emir)", "مشعل الأحمد الجابر الصباح"),
    "person:sabah-al-khalid-al-hamad-al-sabah": ("Person", "Sabah al-Khalid al-Hamad al-Sabah (Kuwaiti foreign "
                                                 "minister 2011-2019, prime minister 2019-2022)",
                                                 "صباح الخالد الحمد الصباح"),
    "person:ahmad-nasser-al-mohammad-al-sabah": ("Person", "Ahmad Nasser al-Mohammad al-Sabah (Kuwaiti foreign "
                                                 "minister 2019-2022)", "أحمد ناصر المحمد الصباح"),
    "person:mohammed-al-abdullah-al-mubarak-al-sabah": ("Person", "Mohammed al-Abdullah al-Mubarak al-Sabah (Kuwaiti "
                                                        "minister of state for cabinet affairs)",
                                                        "محمد العبدالله المبارك الصباح"),
    "person:marzouq-al-ghanim": ("Person", "Marzouq al-Ghanim (Speaker of Kuwait's National Assembly)",
                                 "مرزوق علي الغانم"),
    # Qatar
    "person:tamim-bin-hamad-al-thani": ("Person", "Tamim bin Hamad Al Thani (Emir of Qatar)", "تميم بن حمد آل ثاني"),
    "person:mohammed-bin-abdulrahman-al-thani": ("Person", "Mohammed bin Abdulrahman Al Thani (Qatari foreign "
                                                 "minister and deputy prime minister)", "محمد بن عبدالرحمن آل ثاني"),
    "person:khalid-al-attiyah": ("Person", "Khalid bin Mohammed al-Attiyah (Qatari minister of state for defence)",
                                 "خالد بن محمد العطية"),
    # Oman
    "person:qaboos-bin-said": ("Person", "Qaboos bin Said (Sultan of Oman 1970-2020)", "قابوس بن سعيد"),
    "person:haitham-bin-tariq": ("Person", "Haitham bin Tariq (Sultan of Oman since January 2020)", "هيثم بن طارق"),
    "person:yusuf-bin-alawi": ("Person", "Yusuf bin Alawi bin Abdullah (Oman's minister responsible for foreign "
                               "affairs 1997-2020)", "يوسف بن علوي بن عبدالله"),
    "person:badr-albusaidi": ("Person", "Badr Albusaidi (Omani foreign minister since August 2020)", "بدر البوسعيدي"),
    "person:fahd-bin-mahmoud-al-said": ("Person", "Fahd bin Mahmoud Al Said (Oman's deputy prime minister for "
                                        "cabinet affairs)", "فهد بن محمود آل سعيد"),
    "person:shihab-bin-tarik": ("Person", "Shihab bin Tarik Al Said (Omani royal, brother of Sultan Haitham)",
                                "شهاب بن طارق آل سعيد"),
    "person:theyazin-bin-haitham": ("Person", "Theyazin bin Haitham (crown prince of Oman since 2021)",
                                    "ذي يزن بن هيثم"),
    # Saudi Arabia
    "person:salman-bin-abdulaziz": ("Person", "Salman bin Abdulaziz (King of Saudi Arabia)", "سلمان بن عبدالعزيز"),
    "person:mohammed-bin-salman": ("Person", "Mohammed bin Salman (Saudi crown prince since June 2017)",
                                   "محمد بن سلمان"),
    "person:mohammed-bin-nayef": ("Person", "Mohammed bin Nayef (Saudi crown prince 2015-2017, interior minister)",
                                  "محمد بن نايف"),
    "person:abdulaziz-bin-saud-bin-nayef": ("Person", "Abdulaziz bin Saud bin Nayef (Saudi interior minister since "
                                            "2017)", "عبدالعزيز بن سعود بن نايف"),
    "person:adel-al-jubeir": ("Person", "Adel al-Jubeir (Saudi foreign minister 2015-2018)", "عادل الجبير"),
    "person:faisal-bin-farhan": ("Person", "Faisal bin Farhan (Saudi foreign minister since 2019)", "فيصل بن فرحان"),
    "person:jamal-khashoggi": ("Person", "Jamal Khashoggi (Saudi journalist, killed in Istanbul in October 2018)",
                               "جمال خاشقجي"),
    "person:ahmed-asiri": ("Person", "Ahmed Asiri (Saudi deputy intelligence chief, dismissed 2018)", "أحمد عسيري"),
    "person:saud-al-qahtani": ("Person", "Saud al-Qahtani (Saudi royal court adviser, dismissed 2018)",
                               "سعود القحطاني"),
    "person:mohammed-al-otaibi": ("Person", "Mohammed al-Otaibi (Saudi consul general in Istanbul in 2018)",
                                  "محمد العتيبي"),
    # UAE and Bahrain
    "person:mohammed-bin-rashid": ("Person", "Mohammed bin Rashid Al Maktoum (UAE vice president and prime minister, "
                                   "ruler of Dubai)", "محمد بن راشد آل مكتوم"),
    "person:abdullah-bin-zayed": ("Person", "Abdullah bin Zayed Al Nahyan (UAE foreign minister)",
                                  "عبدالله بن زايد آل نهيان"),
    "person:abdullatif-al-zayani": ("Person", "Abdullatif al-Zayani (Bahraini foreign minister since 2020)",
                                    "عبداللطيف الزياني"),
    "person:salman-bin-hamad-al-khalifa": ("Person", "Salman bin Hamad Al Khalifa (crown prince and prime minister of "
                                           "Bahrain)", "سلمان بن حمد آل خليفة"),
    "person:hamad-bin-isa-al-khalifa": ("Person", "Hamad bin Isa Al Khalifa (King of Bahrain)", "حمد بن عيسى آل خليفة"),
    # GCC
    "person:nayef-al-hajraf": ("Person", "Nayef al-Hajraf (GCC secretary-general 2020-2023)", "نايف الحجرف"),
    # Turkey
    "person:recep-tayyip-erdogan": ("Person", "Recep Tayyip Erdogan (President of Turkey)", "رجب طيب أردوغان"),
    "person:mevlut-cavusoglu": ("Person", "Mevlut Cavusoglu (Turkish foreign minister 2015-2023)",
                                "مولود تشاووش أوغلو"),
    "person:hulusi-akar": ("Person", "Hulusi Akar (Turkish defence minister 2018-2023)", "خلوصي أكار"),
    "person:ibrahim-kalin": ("Person", "Ibrahim Kalin (Turkish presidential spokesman)", "إبراهيم قالن"),
    "person:fahrettin-altun": ("Person", "Fahrettin Altun (Turkish presidential communications director)",
                               "فخر الدين ألطون"),
    # US
    "person:donald-trump": ("Person", "Donald Trump (President of the United States 2017-2021)", "دونالد ترامب"),
    "person:rex-tillerson": ("Person", "Rex Tillerson (US Secretary of State 2017-2018)", "ريكس تيلرسون"),
    "person:mike-pompeo": ("Person", "Mike Pompeo (US Secretary of State 2018-2021)", "مايك بومبيو"),
    "person:jared-kushner": ("Person", "Jared Kushner (senior adviser to President Trump)", "جاريد كوشنر"),
    "person:gina-haspel": ("Person", "Gina Haspel (CIA director 2018-2021)", "جينا هاسبل"),
    # Israel, Germany
    "person:benjamin-netanyahu": ("Person", "Benjamin Netanyahu (Prime Minister of Israel)", "بنيامين نتنياهو"),
    "person:gabi-ashkenazi": ("Person", "Gabi Ashkenazi (Israeli foreign minister 2020-2021)", "غابي أشكنازي"),
    "person:benny-gantz": ("Person", "Benny Gantz (Israeli defense minister and alternate prime minister)",
                           "بيني غانتس"),
    "person:yossi-cohen": ("Person", "Yossi Cohen (director of the Mossad 2016-2021)", "يوسي كوهين"),
    "person:heiko-maas": ("Person", "Heiko Maas (German foreign minister 2018-2021)", "هايكو ماس"),
}
