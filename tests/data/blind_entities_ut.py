"""Entity table of blind set US-UT (session 72, Syria's uprising and its diplomacy 2011-2014: the Arab
League's observer mission and Nabil Elaraby's meeting with Bashar al-Assad, Kofi Annan's and Lakhdar
Brahimi's missions to Damascus, Tehran and Moscow, the bombing of the crisis cell in Damascus (July 2012)
and Fahd Jassem al-Freij named to replace Dawoud Rajiha, Riad Hijab's defection and his successors, the
leaders of the Syrian National Council and of the National Coalition received in Paris, Doha, Moscow and
Washington, Geneva II).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:syria": ("Country", "Syria", "سوريا"),
    "country:qatar": ("Country", "Qatar", "قطر"),
    "country:france": ("Country", "France", "فرنسا"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:russia": ("Country", "Russia", "روسيا"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    # organizations
    "organization:arab-league": ("Organization", "Arab League", "جامعة الدول العربية"),
    "organization:united-nations": ("Organization", "United Nations", "الأمم المتحدة"),
    "organization:free-syrian-army": ("Organization", "Free Syrian Army", "الجيش السوري الحر"),
    "organization:syrian-army": ("Organization", "Syrian Arab Army", "الجيش العربي السوري"),
    "organization:baath-party": ("Organization", "Baath Party (ruling party of Syria)", "حزب البعث"),
    "organization:syrian-national-council": ("Organization", "Syrian National Council (opposition body, 2011)",
                                             "المجلس الوطني السوري"),
    "organization:syrian-national-coalition": ("Organization", "National Coalition for Syrian Revolutionary and "
                                               "Opposition Forces (2012)",
                                               "الائتلاف الوطني لقوى الثورة والمعارضة السورية"),
    "organization:national-coordination-body": ("Organization", "National Coordination Body for Democratic Change "
                                                "(Syrian opposition tolerated in Damascus)",
                                                "هيئة التنسيق الوطنية لقوى التغيير الديمقراطي"),
    # Syrian government
    "person:bashar-al-assad": ("Person", "Bashar al-Assad (President of Syria 2000-2024)", "بشار الأسد"),
    "person:walid-muallem": ("Person", "Walid Muallem (foreign minister of Syria 2006-2020)", "وليد المعلم"),
    "person:bouthaina-shaaban": ("Person", "Bouthaina Shaaban (political and media adviser to the Syrian president)",
                                 "بثينة شعبان"),
    "person:dawoud-rajiha": ("Person", "Dawoud Rajiha (defence minister of Syria, killed July 2012)", "داود راجحة"),
    "person:assef-shawkat": ("Person", "Assef Shawkat (deputy defence minister of Syria, killed July 2012)",
                             "آصف شوكت"),
    "person:hassan-turkmani": ("Person", "Hassan Turkmani (head of the crisis cell, killed July 2012)", "حسن تركماني"),
    "person:fahd-jassem-al-freij": ("Person", "Fahd Jassem al-Freij (defence minister of Syria 2012-2018)",
                                    "فهد جاسم الفريج"),
    "person:riad-hijab": ("Person", "Riad Hijab (prime minister of Syria June-August 2012, defected)", "رياض حجاب"),
    "person:omar-ghalawanji": ("Person", "Omar Ghalawanji (deputy prime minister of Syria, caretaker premier 2012)",
                               "عمر غلاونجي"),
    "person:wael-al-halqi": ("Person", "Wael al-Halqi (prime minister of Syria 2012-2016)", "وائل الحلقي"),
    "person:adel-safar": ("Person", "Adel Safar (prime minister of Syria 2011-2012)", "عادل سفر"),
    "person:bashar-al-jaafari": ("Person", "Bashar al-Jaafari (Syria's ambassador to the United Nations)",
                                 "بشار الجعفري"),
    # Syrian opposition
    "person:burhan-ghalioun": ("Person", "Burhan Ghalioun (first president of the Syrian National Council)",
                               "برهان غليون"),
    "person:abdulbaset-sieda": ("Person", "Abdulbaset Sieda (president of the Syrian National Council 2012)",
                                "عبد الباسط سيدا"),
    "person:george-sabra": ("Person", "George Sabra (president of the Syrian National Council from November 2012)",
                            "جورج صبرا"),
    "person:moaz-al-khatib": ("Person", "Ahmad Moaz al-Khatib (first president of the National Coalition)",
                              "أحمد معاذ الخطيب"),
    "person:ahmad-jarba": ("Person", "Ahmad al-Jarba (president of the National Coalition 2013-2014)",
                              "أحمد الجربا"),
    "person:riad-seif": ("Person", "Riad Seif (vice president of the National Coalition)", "رياض سيف"),
    "person:suheir-atassi": ("Person", "Suheir Atassi (vice president of the National Coalition)", "سهير الأتاسي"),
    "person:hadi-al-bahra": ("Person", "Hadi al-Bahra (head of the Coalition's delegation at Geneva II)",
                             "هادي البحرة"),
    "person:hassan-abdel-azim": ("Person", "Hassan Abdel Azim (general coordinator of the National Coordination "
                                 "Body)", "حسن عبد العظيم"),
    # Arab League, UN
    "person:nabil-elaraby": ("Person", "Nabil Elaraby (Secretary-General of the Arab League 2011-2016)",
                             "نبيل العربي"),
    "person:mohammed-ahmed-al-dabi": ("Person", "Mohammed Ahmed Mustafa al-Dabi (Sudanese general, head of the "
                                      "Arab League observer mission in Syria)", "محمد أحمد مصطفى الدابي"),
    "person:kofi-annan": ("Person", "Kofi Annan (UN-Arab League envoy for Syria 2012)", "كوفي أنان"),
    "person:lakhdar-brahimi": ("Person", "Lakhdar Brahimi (UN-Arab League envoy for Syria 2012-2014)",
                               "الأخضر الإبراهيمي"),
    "person:ban-ki-moon": ("Person", "Ban Ki-moon (Secretary-General of the United Nations)", "بان كي مون"),
    # Qatar, France, Iran, Russia, United States, Britain
    "person:hamad-bin-khalifa-al-thani": ("Person", "Hamad bin Khalifa Al Thani (Emir of Qatar 1995-2013)",
                                          "حمد بن خليفة آل ثاني"),
    "person:hamad-bin-jassim-al-thani": ("Person", "Hamad bin Jassim Al Thani (prime minister and foreign minister "
                                         "of Qatar)", "حمد بن جاسم آل ثاني"),
    "person:francois-hollande": ("Person", "Francois Hollande (President of France 2012-2017)", "فرانسوا هولاند"),
    "person:laurent-fabius": ("Person", "Laurent Fabius (foreign minister of France 2012-2016)", "لوران فابيوس"),
    "person:alain-juppe": ("Person", "Alain Juppe (foreign minister of France 2011-2012)", "آلان جوبيه"),
    "person:william-hague": ("Person", "William Hague (British foreign secretary 2010-2014)", "وليام هيغ"),
    "person:mahmoud-ahmadinejad": ("Person", "Mahmoud Ahmadinejad (President of Iran 2005-2013)", "محمود أحمدي نجاد"),
    "person:ali-akbar-salehi": ("Person", "Ali Akbar Salehi (foreign minister of Iran 2011-2013)", "علي أكبر صالحي"),
    "person:saeed-jalili": ("Person", "Saeed Jalili (secretary of Iran's Supreme National Security Council)",
                            "سعيد جليلي"),
    "person:qasem-soleimani": ("Person", "Qasem Soleimani (commander of the Quds Force)", "قاسم سليماني"),
    "person:sergei-lavrov": ("Person", "Sergei Lavrov (foreign minister of Russia)", "سيرغي لافروف"),
    "person:mikhail-bogdanov": ("Person", "Mikhail Bogdanov (Russian deputy foreign minister)", "ميخائيل بوغدانوف"),
    "person:vladimir-putin": ("Person", "Vladimir Putin (President of Russia)", "فلاديمير بوتين"),
    "person:barack-obama": ("Person", "Barack Obama (President of the United States 2009-2017)", "باراك أوباما"),
    "person:susan-rice": ("Person", "Susan Rice (US national security adviser 2013-2017)", "سوزان رايس"),
    "person:john-kerry": ("Person", "John Kerry (US Secretary of State 2013-2017)", "جون كيري"),
    "person:robert-ford": ("Person", "Robert Ford (US ambassador to Syria 2011-2014)", "روبرت فورد"),
    "person:daniel-rubinstein": ("Person", "Daniel Rubinstein (US special envoy for Syria from 2014)",
                                 "دانيال روبنشتاين"),
}
