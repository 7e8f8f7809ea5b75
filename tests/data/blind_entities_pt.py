"""Entity table of blind set PS-PT (session 67, the Gulf 2011-2017: the Saudi successions from Crown
Prince Sultan to Nayef, Salman, Muqrin, Mohammed bin Nayef and Mohammed bin Salman, King Abdullah's death
and King Salman's accession, Bahrain's 2011 uprising and the Peninsula Shield deployment, the execution of
Nimr al-Nimr and the storming of the Saudi embassy in Tehran, the Qatari and Kuwaiti successions, and the
Gulf leaders' visitors: Obama, Kerry, Erdogan, Tillerson, Rouhani and his envoys).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:bahrain": ("Country", "Bahrain", "البحرين"),
    "country:kuwait": ("Country", "Kuwait", "الكويت"),
    "country:qatar": ("Country", "Qatar", "قطر"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:turkey": ("Country", "Turkey", "تركيا"),
    # locations
    "location:riyadh": ("Location", "Riyadh (capital of Saudi Arabia)", "الرياض"),
    "location:manama": ("Location", "Manama (capital of Bahrain)", "المنامة"),
    "location:kuwait-city": ("Location", "Kuwait City", "مدينة الكويت"),
    "location:mashhad": ("Location", "Mashhad (city in Iran)", "مشهد"),
    # organizations
    "organization:gcc": ("Organization", "Gulf Cooperation Council", "مجلس التعاون الخليجي"),
    "organization:peninsula-shield-force": ("Organization", "Peninsula Shield Force (GCC joint force)",
                                            "قوات درع الجزيرة"),
    "organization:saudi-arabian-national-guard": ("Organization", "Saudi Arabian National Guard",
                                                  "الحرس الوطني السعودي"),
    "organization:saudi-interior-ministry": ("Organization", "Saudi Interior Ministry", "وزارة الداخلية السعودية"),
    "organization:saudi-defence-ministry": ("Organization", "Saudi Defence Ministry", "وزارة الدفاع السعودية"),
    "organization:saudi-foreign-ministry": ("Organization", "Saudi Foreign Ministry", "وزارة الخارجية السعودية"),
    "organization:saudi-royal-court": ("Organization", "Saudi Royal Court", "الديوان الملكي السعودي"),
    "organization:bahrain-defence-force": ("Organization", "Bahrain Defence Force", "قوة دفاع البحرين"),
    "organization:al-wefaq": ("Organization", "Al-Wefaq National Islamic Society (Bahraini Shiite opposition)",
                              "جمعية الوفاق الوطني الإسلامية"),
    "organization:kuwaiti-parliament": ("Organization", "Kuwaiti National Assembly", "مجلس الأمة الكويتي"),
    "organization:kuwaiti-foreign-ministry": ("Organization", "Kuwaiti Foreign Ministry", "وزارة الخارجية الكويتية"),
    "organization:qatari-foreign-ministry": ("Organization", "Qatari Foreign Ministry", "وزارة الخارجية القطرية"),
    "organization:iranian-foreign-ministry": ("Organization", "Iranian Foreign Ministry", "وزارة الخارجية الإيرانية"),
    # Saudi royals and officials
    "person:abdullah-bin-abdulaziz": ("Person", "Abdullah bin Abdulaziz (King of Saudi Arabia 2005-2015)",
                                      "عبد الله بن عبد العزيز"),
    "person:sultan-bin-abdulaziz": ("Person", "Sultan bin Abdulaziz (Saudi Crown Prince 2005-2011, defence minister)",
                                    "سلطان بن عبد العزيز"),
    "person:nayef-bin-abdulaziz": ("Person", "Nayef bin Abdulaziz (Saudi Crown Prince 2011-2012, interior minister)",
                                   "نايف بن عبد العزيز"),
    "person:salman-bin-abdulaziz": ("Person", "Salman bin Abdulaziz (King of Saudi Arabia since January 2015)",
                                    "سلمان بن عبد العزيز"),
    "person:muqrin-bin-abdulaziz": ("Person", "Muqrin bin Abdulaziz (Saudi Crown Prince January-April 2015)",
                                    "مقرن بن عبد العزيز"),
    "person:mohammed-bin-nayef": ("Person", "Mohammed bin Nayef (Saudi Crown Prince 2015-2017, interior minister)",
                                  "محمد بن نايف"),
    "person:mohammed-bin-salman": ("Person", "Mohammed bin Salman (Saudi Crown Prince since June 2017)",
                                   "محمد بن سلمان"),
    "person:abdulaziz-bin-saud-bin-nayef": ("Person", "Abdulaziz bin Saud bin Nayef (Saudi interior minister since 2017)",
                                            "عبد العزيز بن سعود بن نايف"),
    "person:saud-al-faisal": ("Person", "Saud al-Faisal (Saudi foreign minister 1975-2015)", "سعود الفيصل"),
    "person:adel-al-jubeir": ("Person", "Adel al-Jubeir (Saudi foreign minister 2015-2023)", "عادل الجبير"),
    "person:faisal-bin-bandar": ("Person", "Faisal bin Bandar bin Abdulaziz (Governor of Riyadh)",
                                 "فيصل بن بندر بن عبد العزيز"),
    "person:nimr-al-nimr": ("Person", "Nimr al-Nimr (Saudi Shiite cleric, executed January 2016)", "نمر النمر"),
    # Bahrain
    "person:hamad-bin-isa-al-khalifa": ("Person", "Hamad bin Isa Al Khalifa (King of Bahrain)", "حمد بن عيسى آل خليفة"),
    "person:salman-bin-hamad-al-khalifa": ("Person", "Salman bin Hamad Al Khalifa (Crown Prince of Bahrain)",
                                           "سلمان بن حمد آل خليفة"),
    "person:khalifa-bin-salman-al-khalifa": ("Person", "Khalifa bin Salman Al Khalifa (Prime Minister of Bahrain)",
                                             "خليفة بن سلمان آل خليفة"),
    "person:khalifa-bin-ahmed-al-khalifa": ("Person", "Khalifa bin Ahmed Al Khalifa (Commander-in-Chief of the Bahrain "
                                            "Defence Force)", "خليفة بن أحمد آل خليفة"),
    "person:mutlaq-al-azima": ("Person", "Mutlaq bin Salem al-Azima (commander of the Peninsula Shield Force)",
                               "مطلق بن سالم الأزيمع"),
    "person:ali-salman": ("Person", "Ali Salman (secretary-general of Al-Wefaq)", "علي سلمان"),
    # Kuwait
    "person:sabah-al-ahmad-al-jaber-al-sabah": ("Person", "Sabah al-Ahmad al-Jaber al-Sabah (Emir of Kuwait 2006-2020)",
                                                "صباح الأحمد الجابر الصباح"),
    "person:nawaf-al-ahmad-al-sabah": ("Person", "Nawaf al-Ahmad al-Sabah (Crown Prince of Kuwait 2006-2020)",
                                       "نواف الأحمد الجابر الصباح"),
    "person:jaber-al-mubarak-al-hamad-al-sabah": ("Person", "Jaber al-Mubarak al-Hamad al-Sabah (Prime Minister of "
                                                  "Kuwait 2011-2019)", "جابر المبارك الحمد الصباح"),
    "person:nasser-al-mohammad-al-sabah": ("Person", "Nasser al-Mohammad al-Ahmad al-Sabah (Prime Minister of Kuwait "
                                           "2006-2011)", "ناصر المحمد الأحمد الصباح"),
    "person:jassem-al-kharafi": ("Person", "Jassem al-Kharafi (Speaker of Kuwait's National Assembly 1999-2011)",
                                 "جاسم الخرافي"),
    "person:sabah-al-khalid-al-hamad-al-sabah": ("Person", "Sabah al-Khalid al-Hamad al-Sabah (Kuwaiti foreign "
                                                 "minister 2011-2019)", "صباح الخالد الحمد الصباح"),
    "person:marzouq-al-ghanim": ("Person", "Marzouq al-Ghanim (Speaker of Kuwait's National Assembly)", "مرزوق الغانم"),
    # Qatar
    "person:tamim-bin-hamad-al-thani": ("Person", "Tamim bin Hamad Al Thani (Emir of Qatar since June 2013)",
                                        "تميم بن حمد آل ثاني"),
    "person:hamad-bin-khalifa-al-thani": ("Person", "Hamad bin Khalifa Al Thani (Emir of Qatar 1995-2013)",
                                          "حمد بن خليفة آل ثاني"),
    "person:hamad-bin-jassim-al-thani": ("Person", "Hamad bin Jassim Al Thani (Prime Minister and foreign minister of "
                                         "Qatar until 2013)", "حمد بن جاسم آل ثاني"),
    "person:abdullah-bin-nasser-al-thani": ("Person", "Abdullah bin Nasser Al Thani (Prime Minister of Qatar 2013-2020)",
                                            "عبد الله بن ناصر آل ثاني"),
    "person:mohammed-bin-abdulrahman-al-thani": ("Person", "Mohammed bin Abdulrahman Al Thani (Qatari foreign "
                                                 "minister since 2016)", "محمد بن عبد الرحمن آل ثاني"),
    "person:khalid-al-attiyah": ("Person", "Khalid al-Attiyah (Qatari foreign minister 2013-2016)", "خالد العطية"),
    # Iran
    "person:hassan-rouhani": ("Person", "Hassan Rouhani (President of Iran 2013-2021)", "حسن روحاني"),
    "person:mohammad-javad-zarif": ("Person", "Mohammad Javad Zarif (Iranian foreign minister 2013-2021)",
                                    "محمد جواد ظريف"),
    "person:ali-khamenei": ("Person", "Ali Khamenei (Supreme Leader of Iran)", "علي خامنئي"),
    "person:hossein-jaberi-ansari": ("Person", "Hossein Jaberi Ansari (Iranian foreign ministry spokesman)",
                                     "حسين جابري أنصاري"),
    # United States and Turkey
    "person:barack-obama": ("Person", "Barack Obama (President of the United States 2009-2017)", "باراك أوباما"),
    "person:john-kerry": ("Person", "John Kerry (US Secretary of State 2013-2017)", "جون كيري"),
    "person:ash-carter": ("Person", "Ash Carter (US Secretary of Defense 2015-2017)", "آشتون كارتر"),
    "person:donald-trump": ("Person", "Donald Trump (President of the United States)", "دونالد ترامب"),
    "person:rex-tillerson": ("Person", "Rex Tillerson (US Secretary of State 2017-2018)", "ريكس تيلرسون"),
    "person:qaboos-bin-said": ("Person", "Qaboos bin Said (Sultan of Oman)", "قابوس بن سعيد"),
    "person:recep-tayyip-erdogan": ("Person", "Recep Tayyip Erdogan (President of Turkey)", "رجب طيب أردوغان"),
}
