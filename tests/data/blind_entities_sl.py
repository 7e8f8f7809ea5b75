"""Entity table of blind set SK-SL (session 69, Syria 1994-2012: Bassel al-Assad's death, Hafez al-Assad's
meetings with Clinton in Geneva and with Lebanese, Iranian and Saudi leaders, Hafez's death and Bashar's
succession with Abdul Halim Khaddam as acting president, Ghazi Kanaan's replacement in Lebanon by Rustom
Ghazaleh and Kanaan's death, Khaddam's defection, Bashar's meetings with Erdogan, Ahmadinejad, Nasrallah,
Sarkozy and King Abdullah, the July 2012 Damascus bombing and Fahd Jassem al-Freij's appointment).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:syria": ("Country", "Syria", "سوريا"),
    "country:lebanon": ("Country", "Lebanon", "لبنان"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:israel": ("Country", "Israel", "إسرائيل"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:turkey": ("Country", "Turkey", "تركيا"),
    "country:france": ("Country", "France", "فرنسا"),
    "country:qatar": ("Country", "Qatar", "قطر"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:russia": ("Country", "Russia", "روسيا"),
    # locations
    "location:damascus": ("Location", "Damascus (capital of Syria)", "دمشق"),
    "location:geneva": ("Location", "Geneva", "جنيف"),
    "location:beirut": ("Location", "Beirut (capital of Lebanon)", "بيروت"),
    # organizations
    "organization:syrian-army": ("Organization", "Syrian Arab Army", "الجيش العربي السوري"),
    "organization:free-syrian-army": ("Organization", "Free Syrian Army (rebel umbrella)", "الجيش السوري الحر"),
    "organization:liwa-al-islam": ("Organization", "Liwa al-Islam (Islamist rebel brigade of Douma, led by Zahran "
                                   "Alloush; later Jaysh al-Islam)", "لواء الإسلام"),
    "organization:syrian-foreign-ministry": ("Organization", "Syrian Foreign Ministry", "وزارة الخارجية السورية"),
    "organization:baath-party": ("Organization", "Arab Socialist Baath Party", "حزب البعث العربي الاشتراكي"),
    "organization:syrian-peoples-assembly": ("Organization", "People's Assembly (Syrian parliament)", "مجلس الشعب"),
    "organization:syrian-muslim-brotherhood": ("Organization", "Muslim Brotherhood in Syria", "جماعة الإخوان المسلمين "
                                               "في سوريا"),
    "organization:hezbollah": ("Organization", "Hezbollah (Lebanese Shiite movement)", "حزب الله"),
    "organization:hamas": ("Organization", "Hamas (Palestinian Islamist movement)", "حماس"),
    "organization:palestinian-islamic-jihad": ("Organization", "Palestinian Islamic Jihad", "حركة الجهاد الإسلامي"),
    "organization:lebanese-parliament": ("Organization", "Lebanese Parliament", "مجلس النواب اللبناني"),
    "organization:iranian-foreign-ministry": ("Organization", "Iranian Foreign Ministry", "وزارة الخارجية الإيرانية"),
    "organization:turkish-foreign-ministry": ("Organization", "Turkish Foreign Ministry", "وزارة الخارجية التركية"),
    "organization:french-foreign-ministry": ("Organization", "French Foreign Ministry", "وزارة الخارجية الفرنسية"),
    # the Assads and the Syrian state
    "person:hafez-al-assad": ("Person", "Hafez al-Assad (President of Syria 1971-2000)", "حافظ الأسد"),
    "person:bashar-al-assad": ("Person", "Bashar al-Assad (President of Syria 2000-2024)", "بشار الأسد"),
    "person:bassel-al-assad": ("Person", "Bassel al-Assad (Hafez's eldest son, died 1994)", "باسل الأسد"),
    "person:rifaat-al-assad": ("Person", "Rifaat al-Assad (Hafez's brother, former vice-president)", "رفعت الأسد"),
    "person:maher-al-assad": ("Person", "Maher al-Assad (Bashar's brother, 4th Division commander)", "ماهر الأسد"),
    "person:abdul-halim-khaddam": ("Person", "Abdul Halim Khaddam (Syrian vice-president 1984-2005, acting "
                                   "president June-July 2000, defected 2005)", "عبد الحليم خدام"),
    "person:farouk-al-sharaa": ("Person", "Farouk al-Sharaa (Syrian foreign minister 1984-2006, vice-president "
                                "2006-2014)", "فاروق الشرع"),
    "person:walid-muallem": ("Person", "Walid al-Muallem (Syrian foreign minister 2006-2020)", "وليد المعلم"),
    "person:mustafa-tlass": ("Person", "Mustafa Tlass (Syrian defence minister 1972-2004)", "مصطفى طلاس"),
    "person:muhammad-naji-otri": ("Person", "Muhammad Naji al-Otri (Prime Minister of Syria 2003-2011)",
                                  "محمد ناجي عطري"),
    "person:ghazi-kanaan": ("Person", "Ghazi Kanaan (Syrian intelligence chief in Lebanon 1982-2002, interior "
                            "minister, died 2005)", "غازي كنعان"),
    "person:rustom-ghazaleh": ("Person", "Rustom Ghazaleh (Syrian intelligence chief in Lebanon 2002-2005)",
                               "رستم غزالة"),
    "person:bassam-abdel-majid": ("Person", "Bassam Abdel Majid (Syrian interior minister 2005-2009)",
                                  "بسام عبد المجيد"),
    "person:assef-shawkat": ("Person", "Assef Shawkat (Syrian deputy defence minister, killed July 2012)", "آصف شوكت"),
    "person:dawoud-rajha": ("Person", "Dawoud Rajha (Syrian defence minister 2011-2012, killed July 2012)",
                            "داوود راجحة"),
    "person:hassan-turkmani": ("Person", "Hassan Turkmani (former Syrian defence minister, head of the crisis cell, "
                               "killed July 2012)", "حسن تركماني"),
    "person:hisham-ikhtiyar": ("Person", "Hisham Ikhtiyar (head of Syria's National Security Bureau, died July 2012)",
                               "هشام بختيار"),
    "person:fahd-jassem-al-freij": ("Person", "Fahd Jassem al-Freij (Syrian army chief of staff, defence minister "
                                    "2012-2018)", "فهد جاسم الفريج"),
    "person:mahmoud-al-abrash": ("Person", "Mahmoud al-Abrash (Speaker of the Syrian People's Assembly)",
                                 "محمود الأبرش"),
    "person:asma-al-assad": ("Person", "Asma al-Assad (Bashar's wife)", "أسماء الأسد"),
    # opposition
    "person:ali-sadreddine-al-bayanouni": ("Person", "Ali Sadreddine al-Bayanouni (leader of the Syrian Muslim "
                                           "Brotherhood 1996-2010)", "علي صدر الدين البيانوني"),
    "person:qassem-saadeddine": ("Person", "Qassem Saadeddine (Free Syrian Army spokesman inside Syria)",
                                 "قاسم سعد الدين"),
    # Lebanese
    "person:elias-hrawi": ("Person", "Elias Hrawi (President of Lebanon 1989-1998)", "إلياس الهراوي"),
    "person:rafik-hariri": ("Person", "Rafik Hariri (Prime Minister of Lebanon, killed 2005)", "رفيق الحريري"),
    "person:emile-lahoud": ("Person", "Emile Lahoud (President of Lebanon 1998-2007)", "إميل لحود"),
    "person:nabih-berri": ("Person", "Nabih Berri (Speaker of the Lebanese Parliament)", "نبيه بري"),
    "person:hassan-nasrallah": ("Person", "Hassan Nasrallah (Hezbollah secretary-general 1992-2024)", "حسن نصرالله"),
    "person:michel-suleiman": ("Person", "Michel Suleiman (President of Lebanon 2008-2014)", "ميشال سليمان"),
    "person:saad-hariri": ("Person", "Saad Hariri (Prime Minister of Lebanon 2009-2011)", "سعد الحريري"),
    "person:nasrallah-sfeir": ("Person", "Nasrallah Boutros Sfeir (Maronite patriarch 1986-2011)",
                               "نصرالله بطرس صفير"),
    # Palestinians
    "person:khaled-mashal": ("Person", "Khaled Mashal (head of Hamas's political bureau)", "خالد مشعل"),
    "person:ramadan-shalah": ("Person", "Ramadan Abdullah Shalah (Palestinian Islamic Jihad secretary-general)",
                              "رمضان عبد الله شلح"),
    # foreign leaders
    "person:bill-clinton": ("Person", "Bill Clinton (President of the United States 1993-2001)", "بيل كلينتون"),
    "person:madeleine-albright": ("Person", "Madeleine Albright (US Secretary of State 1997-2001)",
                                  "مادلين أولبرايت"),
    "person:hillary-clinton": ("Person", "Hillary Clinton (US Secretary of State 2009-2013)", "هيلاري كلينتون"),
    "person:ehud-barak": ("Person", "Ehud Barak (Prime Minister of Israel 1999-2001)", "إيهود باراك"),
    "person:ehud-olmert": ("Person", "Ehud Olmert (Prime Minister of Israel 2006-2009)", "إيهود أولمرت"),
    "person:abdullah-bin-abdulaziz": ("Person", "Abdullah bin Abdulaziz (Saudi crown prince, King 2005-2015)",
                                      "عبد الله بن عبد العزيز"),
    "person:hussein-bin-talal": ("Person", "Hussein bin Talal (King of Jordan 1952-1999)", "الحسين بن طلال"),
    "person:mohammad-khatami": ("Person", "Mohammad Khatami (President of Iran 1997-2005)", "محمد خاتمي"),
    "person:mahmoud-ahmadinejad": ("Person", "Mahmoud Ahmadinejad (President of Iran 2005-2013)", "محمود أحمدي نجاد"),
    "person:manouchehr-mottaki": ("Person", "Manouchehr Mottaki (Iranian foreign minister 2005-2010)", "منوشهر متكي"),
    "person:recep-tayyip-erdogan": ("Person", "Recep Tayyip Erdogan (Prime Minister of Turkey 2003-2014)",
                                    "رجب طيب أردوغان"),
    "person:ahmet-davutoglu": ("Person", "Ahmet Davutoglu (Turkish foreign minister 2009-2014)", "أحمد داود أوغلو"),
    "person:jacques-chirac": ("Person", "Jacques Chirac (President of France 1995-2007)", "جاك شيراك"),
    "person:nicolas-sarkozy": ("Person", "Nicolas Sarkozy (President of France 2007-2012)", "نيكولا ساركوزي"),
    "person:bernard-kouchner": ("Person", "Bernard Kouchner (French foreign minister 2007-2010)", "برنار كوشنير"),
    "person:hamad-bin-khalifa-al-thani": ("Person", "Hamad bin Khalifa al-Thani (Emir of Qatar 1995-2013)",
                                          "حمد بن خليفة آل ثاني"),
    "person:vladimir-putin": ("Person", "Vladimir Putin (President of Russia)", "فلاديمير بوتين"),
    "person:barack-obama": ("Person", "Barack Obama (President of the United States 2009-2017)", "باراك أوباما"),
    "person:detlev-mehlis": ("Person", "Detlev Mehlis (head of the UN Hariri investigation commission 2005)",
                             "ديتليف ميليس"),
}
