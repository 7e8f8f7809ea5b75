"""Entity table of blind set SW-SX (session 70, the Islamic State's leaders and their killers, 2006-2023:
Abu Musab al-Zarqawi killed by a US air strike and Abu Hamza al-Muhajir (Abu Ayyub al-Masri) named in his
place (2006), Abu Omar al-Baghdadi and Abu Ayyub al-Masri killed near Tikrit and Abu Bakr al-Baghdadi named
(2010), the spokesman Abu Mohammed al-Adnani killed near al-Bab and Abu al-Hasan al-Muhajir named (2016), Abu
Bakr al-Baghdadi killed in the Barisha raid (2019), Abu Ibrahim al-Hashimi al-Qurashi killed at Atmeh (2022),
Abu al-Hasan al-Hashimi al-Qurashi and Abu al-Husayn al-Husayni al-Qurashi (2022-2023), and the meetings of
Iraqi, Kurdish, US, Syrian and Turkish officials around these operations).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:iraq": ("Country", "Iraq", "العراق"),
    "country:syria": ("Country", "Syria", "سوريا"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:turkey": ("Country", "Turkey", "تركيا"),
    "country:russia": ("Country", "Russia", "روسيا"),
    "country:jordan": ("Country", "Jordan", "الأردن"),
    "country:france": ("Country", "France", "فرنسا"),
    # locations
    "location:baqubah": ("Location", "Baqubah (city north-east of Baghdad)", "بعقوبة"),
    "location:tikrit": ("Location", "Tikrit (city in Salahuddin, Iraq)", "تكريت"),
    "location:erbil": ("Location", "Erbil (capital of the Kurdistan Region)", "أربيل"),
    "location:idlib": ("Location", "Idlib (province in north-western Syria)", "إدلب"),
    "location:al-bab": ("Location", "al-Bab (town in Aleppo province)", "الباب"),
    "location:jarablus": ("Location", "Jarablus (town in Aleppo province)", "جرابلس"),
    # organizations
    "organization:islamic-state": ("Organization", "Islamic State (ISIS / ISIL / Daesh, earlier Islamic State of Iraq)",
                                   "تنظيم الدولة الإسلامية"),
    "organization:al-qaeda-in-iraq": ("Organization", "Al-Qaeda in Iraq (al-Qaeda in Mesopotamia, 2004-2006)",
                                      "تنظيم القاعدة في بلاد الرافدين"),
    "organization:iraqi-security-forces": ("Organization", "Iraqi Security Forces", "القوات العراقية"),
    "organization:iraqi-defense-ministry": ("Organization", "Ministry of Defence of Iraq", "وزارة الدفاع العراقية"),
    "organization:iraqi-interior-ministry": ("Organization", "Ministry of Interior of Iraq", "وزارة الداخلية العراقية"),
    "organization:iraqi-national-intelligence-service": ("Organization", "Iraqi National Intelligence Service",
                                                         "جهاز المخابرات العراقي"),
    "organization:kurdistan-regional-government": ("Organization", "Kurdistan Regional Government",
                                                   "حكومة إقليم كردستان"),
    "organization:kurdistan-region-presidency": ("Organization", "Kurdistan Region Presidency", "رئاسة إقليم كردستان"),
    "organization:us-department-of-defense": ("Organization", "United States Department of Defense",
                                              "وزارة الدفاع الأميركية"),
    "organization:us-central-command": ("Organization", "US Central Command (CENTCOM)", "القيادة المركزية الأمريكية"),
    "organization:syrian-democratic-forces": ("Organization", "Syrian Democratic Forces (SDF)",
                                              "قوات سوريا الديمقراطية"),
    "organization:syrian-democratic-council": ("Organization", "Syrian Democratic Council (political arm of the SDF)",
                                               "مجلس سوريا الديمقراطية"),
    "organization:free-syrian-army": ("Organization", "Free Syrian Army", "الجيش السوري الحر"),
    "organization:turkish-national-intelligence-organization": ("Organization", "National Intelligence Organization (MIT)",
                                                                "جهاز الاستخبارات التركي"),
    # Islamic State and al-Qaeda in Iraq
    "person:abu-musab-al-zarqawi": ("Person", "Abu Musab al-Zarqawi (leader of al-Qaeda in Iraq, killed June 2006)",
                                    "أبو مصعب الزرقاوي"),
    "person:abu-ayyub-al-masri": ("Person", "Abu Ayyub al-Masri (Abu Hamza al-Muhajir, leader of al-Qaeda in Iraq "
                                  "2006-2010, killed April 2010)", "أبو أيوب المصري"),
    "person:abu-omar-al-baghdadi": ("Person", "Abu Omar al-Baghdadi (leader of the Islamic State of Iraq, killed April 2010)",
                                    "أبو عمر البغدادي"),
    "person:abu-bakr-al-baghdadi": ("Person", "Abu Bakr al-Baghdadi (leader of the Islamic State 2010-2019, killed October 2019)",
                                    "أبو بكر البغدادي"),
    "person:abu-suleiman-al-nasser": ("Person", "al-Nasser li-Din Allah Abu Suleiman (Islamic State of Iraq 'war minister' "
                                      "named in 2010)", "الناصر لدين الله أبو سليمان"),
    "person:abu-mohammad-al-adnani": ("Person", "Abu Mohammad al-Adnani (Islamic State spokesman, killed August 2016)",
                                      "أبو محمد العدناني"),
    "person:abu-al-hasan-al-muhajir": ("Person", "Abu al-Hasan al-Muhajir (Islamic State spokesman 2016-2019, killed "
                                       "October 2019)", "أبو الحسن المهاجر"),
    "person:abu-ibrahim-al-hashimi-al-qurashi": ("Person", "Abu Ibrahim al-Hashimi al-Qurashi (leader of the Islamic State "
                                                 "2019-2022, killed February 2022)", "أبو إبراهيم الهاشمي القرشي"),
    "person:abu-hamza-al-qurashi": ("Person", "Abu Hamza al-Qurashi (Islamic State spokesman 2019-2022)", "أبو حمزة القرشي"),
    "person:abu-omar-al-muhajir": ("Person", "Abu Omar al-Muhajir (Islamic State spokesman from 2022)", "أبو عمر المهاجر"),
    "person:abu-al-hasan-al-hashimi-al-qurashi": ("Person", "Abu al-Hasan al-Hashimi al-Qurashi (leader of the Islamic "
                                                  "State March-October 2022)", "أبو الحسن الهاشمي القرشي"),
    "person:abu-al-hussein-al-husseini-al-qurashi": ("Person", "Abu al-Hussein al-Husseini al-Qurashi (leader of the "
                                                     "Islamic State November 2022 - April 2023)", "أبو الحسين الحسيني القرشي"),
    # Iraqi and Kurdish officials
    "person:nouri-al-maliki": ("Person", "Nouri al-Maliki (Prime Minister of Iraq 2006-2014)", "نوري المالكي"),
    "person:mowaffak-al-rubaie": ("Person", "Mowaffak al-Rubaie (Iraq's national security adviser 2004-2009)", "موفق الربيعي"),
    "person:jawad-al-bolani": ("Person", "Jawad al-Bolani (Iraqi interior minister 2006-2010)", "جواد البولاني"),
    "person:adil-abdul-mahdi": ("Person", "Adil Abdul-Mahdi (Prime Minister of Iraq 2018-2020)", "عادل عبد المهدي"),
    "person:najah-al-shammari": ("Person", "Najah al-Shammari (Iraqi defence minister 2019-2020)", "نجاح الشمري"),
    "person:barham-salih": ("Person", "Barham Salih (KRG Prime Minister 2009-2012, President of Iraq 2018-2022)", "برهم صالح"),
    "person:khaled-al-obeidi": ("Person", "Khaled al-Obeidi (Iraqi defence minister 2014-2016)", "خالد العبيدي"),
    "person:masoud-barzani": ("Person", "Masoud Barzani (President of the Kurdistan Region 2005-2017)", "مسعود بارزاني"),
    "person:masrour-barzani": ("Person", "Masrour Barzani (Prime Minister of the Kurdistan Regional Government from 2019)",
                               "مسرور بارزاني"),
    # Syrian Kurdish
    "person:mazloum-abdi": ("Person", "Mazloum Abdi (commander-in-chief of the Syrian Democratic Forces)", "مظلوم عبدي"),
    "person:ilham-ahmed": ("Person", "Ilham Ahmed (co-chair of the Syrian Democratic Council)", "إلهام أحمد"),
    # Americans
    "person:george-w-bush": ("Person", "George W. Bush (President of the United States 2001-2009)", "جورج بوش"),
    "person:zalmay-khalilzad": ("Person", "Zalmay Khalilzad (US ambassador to Iraq 2005-2007)", "زلماي خليلزاد"),
    "person:george-casey": ("Person", "George Casey (commander of Multi-National Force-Iraq 2004-2007)", "جورج كيسي"),
    "person:ray-odierno": ("Person", "Ray Odierno (commander of US forces in Iraq 2008-2010)", "راي أوديرنو"),
    "person:christopher-hill": ("Person", "Christopher Hill (US ambassador to Iraq 2009-2010)", "كريستوفر هيل"),
    "person:ash-carter": ("Person", "Ash Carter (US Secretary of Defense 2015-2017)", "آشتون كارتر"),
    "person:peter-cook": ("Person", "Peter Cook (Pentagon press secretary 2015-2017)", "بيتر كوك"),
    "person:brett-mcgurk": ("Person", "Brett McGurk (US presidential envoy to the anti-ISIS coalition 2015-2018)",
                            "بريت ماكغورك"),
    "person:donald-trump": ("Person", "Donald Trump (President of the United States 2017-2021)", "دونالد ترامب"),
    "person:mark-esper": ("Person", "Mark Esper (US Secretary of Defense 2019-2020)", "مارك إسبر"),
    "person:joe-biden": ("Person", "Joe Biden (President of the United States 2021-2025)", "جو بايدن"),
    "person:lloyd-austin": ("Person", "Lloyd Austin (US Secretary of Defense 2021-2025)", "لويد أوستن"),
    "person:mark-milley": ("Person", "Mark Milley (Chairman of the US Joint Chiefs of Staff 2019-2023)", "مارك ميلي"),
    "person:kenneth-mckenzie": ("Person", "Kenneth McKenzie (commander of US Central Command 2019-2022)", "كينيث ماكنزي"),
    "person:michael-kurilla": ("Person", "Michael Kurilla (commander of US Central Command from 2022)", "مايكل كوريلا"),
    # Turkish, Russian, Syrian
    "person:recep-tayyip-erdogan": ("Person", "Recep Tayyip Erdogan (President of Turkey)", "رجب طيب أردوغان"),
    "person:hakan-fidan": ("Person", "Hakan Fidan (head of Turkish intelligence 2010-2023)", "هاكان فيدان"),
    "person:hulusi-akar": ("Person", "Hulusi Akar (Turkish defence minister 2018-2023)", "خلوصي أكار"),
    "person:sergei-shoigu": ("Person", "Sergei Shoigu (Russian defence minister 2012-2024)", "سيرغي شويغو"),
    "person:bashar-al-assad": ("Person", "Bashar al-Assad (President of Syria 2000-2024)", "بشار الأسد"),
    "person:emmanuel-macron": ("Person", "Emmanuel Macron (President of France from 2017)", "إيمانويل ماكرون"),
    "person:ali-mahmoud-abbas": ("Person", "Ali Mahmoud Abbas (Syrian defence minister 2022-2024)", "علي محمود عباس"),
}
