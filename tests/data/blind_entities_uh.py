"""Entity table of blind set UG-UH (session 72, Iraq 2003-2006: the Coalition Provisional Authority and the
Governing Council with its rotating presidency, the killings of Aqila al-Hashimi (2003) and Ezzedine Salim
(May 2004), Ghazi al-Yawar's presidency, Iyad Allawi's interim government, Ibrahim al-Jaafari's government
and Nouri (Jawad) al-Maliki named to replace him, Jalal Talabani's election, and the visitors to Baghdad and
the Iraqi leaders' trips to Washington, Amman, Tehran and Jeddah).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:iraq": ("Country", "Iraq", "العراق"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:jordan": ("Country", "Jordan", "الأردن"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:united-kingdom": ("Country", "United Kingdom", "المملكة المتحدة"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    # locations
    "location:baghdad": ("Location", "Baghdad (capital of Iraq)", "بغداد"),
    "location:najaf": ("Location", "Najaf (city in Iraq)", "النجف"),
    "location:basra": ("Location", "Basra (city in Iraq)", "البصرة"),
    "location:tehran": ("Location", "Tehran (capital of Iran)", "طهران"),
    "location:jeddah": ("Location", "Jeddah (city in Saudi Arabia)", "جدة"),
    # organizations
    "organization:iraqi-governing-council": ("Organization", "Iraqi Governing Council (2003-2004)",
                                             "مجلس الحكم الانتقالي العراقي"),
    "organization:coalition-provisional-authority": ("Organization", "Coalition Provisional Authority (2003-2004)",
                                                     "سلطة الائتلاف المؤقتة"),
    "organization:iraqi-government": ("Organization", "Government of Iraq", "الحكومة العراقية"),
    "organization:iraqi-parliament": ("Organization", "Iraqi parliament (National Assembly 2005, Council of "
                                      "Representatives from 2006)", "البرلمان العراقي"),
    "organization:jamaat-al-tawhid-wal-jihad": ("Organization", "Jamaat al-Tawhid wal-Jihad (Zarqawi's group, "
                                                "2003-2004)", "جماعة التوحيد والجهاد"),
    "organization:islamic-dawa-party": ("Organization", "Islamic Dawa Party (Iraqi Shiite party)",
                                        "حزب الدعوة الإسلامية"),
    "organization:patriotic-union-of-kurdistan": ("Organization", "Patriotic Union of Kurdistan (PUK)",
                                                  "الاتحاد الوطني الكردستاني"),
    "organization:islamic-supreme-council-of-iraq": ("Organization", "Supreme Council for the Islamic Revolution "
                                                     "in Iraq (SCIRI)", "المجلس الأعلى للثورة الإسلامية في العراق"),
    "organization:iraqi-islamic-party": ("Organization", "Iraqi Islamic Party (Sunni party)",
                                         "الحزب الإسلامي العراقي"),
    "organization:saudi-arabian-national-guard": ("Organization", "Saudi Arabian National Guard",
                                                  "الحرس الوطني السعودي"),
    "organization:united-nations": ("Organization", "United Nations", "الأمم المتحدة"),
    # Iraqis
    "person:ezzedine-salim": ("Person", "Ezzedine Salim (Abdul Zahra Othman Mohammed; president of the Iraqi "
                              "Governing Council, killed May 2004)", "عز الدين سليم"),
    "person:ghazi-al-yawar": ("Person", "Ghazi al-Yawar (president of the Governing Council May 2004, interim "
                              "president of Iraq 2004-2005)", "غازي الياور"),
    "person:aqila-al-hashimi": ("Person", "Aqila al-Hashimi (member of the Iraqi Governing Council, killed "
                                "September 2003)", "عقيلة الهاشمي"),
    "person:ahmed-chalabi": ("Person", "Ahmed Chalabi (Iraqi National Congress, Governing Council president "
                             "September 2003)", "أحمد الجلبي"),
    "person:adnan-pachachi": ("Person", "Adnan Pachachi (member of the Iraqi Governing Council)",
                              "عدنان الباجه جي"),
    "person:mohsen-abdul-hamid": ("Person", "Mohsen Abdul Hamid (Iraqi Islamic Party, Governing Council "
                                  "president February 2004)", "محسن عبد الحميد"),
    "person:ayad-allawi": ("Person", "Iyad Allawi (interim Prime Minister of Iraq 2004-2005)", "إياد علاوي"),
    "person:ibrahim-al-jaafari": ("Person", "Ibrahim al-Jaafari (Prime Minister of Iraq 2005-2006)",
                                  "إبراهيم الجعفري"),
    "person:nouri-al-maliki": ("Person", "Nouri (Jawad) al-Maliki (Prime Minister of Iraq from 2006)",
                               "نوري المالكي"),
    "person:jalal-talabani": ("Person", "Jalal Talabani (President of Iraq from 2005, PUK leader)", "جلال طالباني"),
    "person:adil-abdul-mahdi": ("Person", "Adil Abdul-Mahdi (Vice President of Iraq 2005-2011)", "عادل عبد المهدي"),
    "person:hoshyar-zebari": ("Person", "Hoshyar Zebari (Iraqi foreign minister 2003-2014)", "هوشيار زيباري"),
    "person:mahmoud-al-mashhadani": ("Person", "Mahmoud al-Mashhadani (Speaker of the Iraqi parliament "
                                     "2006-2009)", "محمود المشهداني"),
    "person:hajim-al-hassani": ("Person", "Hajim al-Hassani (Speaker of the Iraqi National Assembly 2005-2006)",
                                "حاجم الحسني"),
    "person:abdul-aziz-al-hakim": ("Person", "Abdul Aziz al-Hakim (leader of SCIRI)", "عبد العزيز الحكيم"),
    "person:ali-al-sistani": ("Person", "Ali al-Sistani (Grand Ayatollah, Najaf)", "علي السيستاني"),
    "person:abu-musab-al-zarqawi": ("Person", "Abu Musab al-Zarqawi (Jordanian jihadist leader)",
                                    "أبو مصعب الزرقاوي"),
    # Americans, British, UN
    "person:paul-bremer": ("Person", "L. Paul Bremer (head of the Coalition Provisional Authority 2003-2004)",
                           "بول بريمر"),
    "person:donald-rumsfeld": ("Person", "Donald Rumsfeld (US Secretary of Defense)", "دونالد رامسفيلد"),
    "person:colin-powell": ("Person", "Colin Powell (US Secretary of State 2001-2005)", "كولن باول"),
    "person:condoleezza-rice": ("Person", "Condoleezza Rice (US Secretary of State 2005-2009)", "كوندوليزا رايس"),
    "person:jack-straw": ("Person", "Jack Straw (British Foreign Secretary 2001-2006)", "جاك سترو"),
    "person:george-w-bush": ("Person", "George W. Bush (President of the United States)", "جورج بوش"),
    "person:john-kerry": ("Person", "John Kerry (US senator, 2004 Democratic presidential nominee)", "جون كيري"),
    "person:richard-myers": ("Person", "Richard Myers (Chairman of the US Joint Chiefs of Staff)", "ريتشارد مايرز"),
    "person:ricardo-sanchez": ("Person", "Ricardo Sanchez (commander of coalition ground forces in Iraq "
                               "2003-2004)", "ريكاردو سانشيز"),
    "person:lakhdar-brahimi": ("Person", "Lakhdar Brahimi (UN special envoy)", "الأخضر الإبراهيمي"),
    "person:kofi-annan": ("Person", "Kofi Annan (UN Secretary-General)", "كوفي أنان"),
    # Jordanians, Saudis
    "person:abdullah-ii": ("Person", "King Abdullah II of Jordan", "الملك عبد الله الثاني"),
    "person:faisal-al-fayez": ("Person", "Faisal al-Fayez (Prime Minister of Jordan 2003-2005)", "فيصل الفايز"),
    "person:marwan-muasher": ("Person", "Marwan Muasher (Jordanian foreign minister 2002-2004)", "مروان المعشر"),
    "person:abdullah-bin-abdulaziz": ("Person", "Abdullah bin Abdulaziz (Saudi Crown Prince, King from 2005)",
                                      "عبد الله بن عبد العزيز"),
    "person:saud-al-faisal": ("Person", "Saud al-Faisal (Saudi foreign minister)", "سعود الفيصل"),
    # Iranians
    "person:kamal-kharrazi": ("Person", "Kamal Kharrazi (Iranian foreign minister 1997-2005)", "كمال خرازي"),
    "person:mohammad-khatami": ("Person", "Mohammad Khatami (President of Iran 1997-2005)", "محمد خاتمي"),
    "person:ali-khamenei": ("Person", "Ali Khamenei (Supreme Leader of Iran)", "علي خامنئي"),
    "person:mohammad-reza-aref": ("Person", "Mohammad Reza Aref (First Vice President of Iran 2001-2005)",
                                  "محمد رضا عارف"),
    "person:mahmoud-ahmadinejad": ("Person", "Mahmoud Ahmadinejad (President of Iran 2005-2013)",
                                   "محمود أحمدي نجاد"),
}
