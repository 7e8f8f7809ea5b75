"""Entity table of blind set UX-UY (session 72, Kuwait's invasion and the Gulf War's diplomacy, 1990-1991:
the Jeddah meeting of Izzat Ibrahim and Sheikh Saad al-Abdullah, the invasion and the puppet "Provisional
Free Government", Emir Jaber al-Ahmad in exile in Taif, Baker and Tariq Aziz in Geneva, Perez de Cuellar in
Baghdad, King Fahd with Cheney and Bush, Primakov's missions, the mediations of Mubarak, King Hussein and
Arafat, the Kuwaitis killed under occupation, Saddam's changes of ministers in March 1991).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:kuwait": ("Country", "Kuwait", "الكويت"),
    "country:iraq": ("Country", "Iraq", "العراق"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:egypt": ("Country", "Egypt", "مصر"),
    "country:jordan": ("Country", "Jordan", "الأردن"),
    "country:syria": ("Country", "Syria", "سوريا"),
    "country:soviet-union": ("Country", "Soviet Union", "الاتحاد السوفيتي"),
    # locations
    "location:jeddah": ("Location", "Jeddah (city in Saudi Arabia)", "جدة"),
    "location:taif": ("Location", "Taif (city in Saudi Arabia)", "الطائف"),
    "location:baghdad": ("Location", "Baghdad (capital of Iraq)", "بغداد"),
    "location:geneva": ("Location", "Geneva", "جنيف"),
    "location:kuwait-city": ("Location", "Kuwait City", "مدينة الكويت"),
    # organizations
    "organization:united-nations": ("Organization", "United Nations", "الأمم المتحدة"),
    "organization:arab-league": ("Organization", "Arab League", "جامعة الدول العربية"),
    "organization:plo": ("Organization", "Palestine Liberation Organization", "منظمة التحرير الفلسطينية"),
    "organization:baath-party": ("Organization", "Arab Socialist Baath Party", "حزب البعث العربي الاشتراكي"),
    "organization:iraqi-army": ("Organization", "Iraqi Army", "الجيش العراقي"),
    "organization:iraqi-security-forces": ("Organization", "Iraqi Security Forces (the Iraqi state's armed forces)",
                                           "القوات العراقية"),
    "organization:iraqi-revolutionary-command-council": ("Organization", "Revolutionary Command Council (Iraq)",
                                                         "مجلس قيادة الثورة"),
    "organization:provisional-free-kuwait-government": ("Organization",
                                                        "Provisional Free Kuwait Government (Iraqi-installed, August 1990)",
                                                        "حكومة الكويت الحرة المؤقتة"),
    # Kuwaitis
    "person:jaber-al-ahmad-al-sabah": ("Person", "Jaber al-Ahmad al-Sabah (Emir of Kuwait 1977-2006)", "جابر الأحمد الصباح"),
    "person:saad-al-abdullah-al-sabah": ("Person", "Saad al-Abdullah al-Sabah (Crown Prince and Prime Minister of Kuwait)",
                                         "سعد العبدالله الصباح"),
    "person:sabah-al-ahmad-al-jaber-al-sabah": ("Person", "Sabah al-Ahmad al-Sabah (Kuwaiti foreign minister 1963-2003)",
                                                "صباح الأحمد الصباح"),
    "person:fahd-al-ahmad-al-sabah": ("Person", "Fahd al-Ahmad al-Sabah (Kuwaiti sheikh, killed 2 August 1990)",
                                      "فهد الأحمد الصباح"),
    "person:asrar-al-qabandi": ("Person", "Asrar al-Qabandi (Kuwaiti resistance member, killed January 1991)",
                                "أسرار القبندي"),
    "person:alaa-hussein-ali": ("Person", "Alaa Hussein Ali (head of the Iraqi-installed Kuwaiti government, 1990)",
                                "علاء حسين علي"),
    # Iraqis
    "person:saddam-hussein": ("Person", "Saddam Hussein (President of Iraq 1979-2003)", "صدام حسين"),
    "person:izzat-ibrahim-al-douri": ("Person", "Izzat Ibrahim al-Douri (vice-chairman of the Revolutionary Command Council)",
                                      "عزة إبراهيم الدوري"),
    "person:tariq-aziz": ("Person", "Tariq Aziz (Iraqi foreign minister, then deputy prime minister)", "طارق عزيز"),
    "person:taha-yassin-ramadan": ("Person", "Taha Yassin Ramadan (Iraqi first deputy prime minister)", "طه ياسين رمضان"),
    "person:saadoun-hammadi": ("Person", "Saadoun Hammadi (Prime Minister of Iraq, March-September 1991)", "سعدون حمادي"),
    "person:ali-hassan-al-majid": ("Person", "Ali Hassan al-Majid (Iraqi governor of Kuwait 1990, interior minister 1991)",
                                   "علي حسن المجيد"),
    "person:aziz-salih-al-numan": ("Person", "Aziz Salih al-Numan (Iraqi governor of occupied Kuwait from November 1990)",
                                   "عزيز صالح النعمان"),
    "person:samir-al-shaikhli": ("Person", "Samir Abdul Wahab al-Shaikhli (Iraqi interior minister until 1991)",
                                 "سمير عبد الوهاب الشيخلي"),
    "person:ahmad-hussein-khudayir": ("Person", "Ahmad Hussein Khudayir al-Samarrai (Iraqi foreign minister 1991-1992)",
                                      "أحمد حسين خضير"),
    # Saudis
    "person:fahd-bin-abdulaziz": ("Person", "Fahd bin Abdulaziz (King of Saudi Arabia 1982-2005)", "فهد بن عبد العزيز"),
    "person:abdullah-bin-abdulaziz": ("Person", "Abdullah bin Abdulaziz (Saudi Crown Prince 1982-2005)", "عبدالله بن عبدالعزيز"),
    "person:sultan-bin-abdulaziz": ("Person", "Sultan bin Abdulaziz (Saudi defence minister)", "سلطان بن عبد العزيز"),
    "person:saud-al-faisal": ("Person", "Saud al-Faisal (Saudi foreign minister)", "سعود الفيصل"),
    "person:bandar-bin-sultan": ("Person", "Bandar bin Sultan (Saudi ambassador in Washington)", "بندر بن سلطان"),
    # others
    "person:george-h-w-bush": ("Person", "George H. W. Bush (President of the United States 1989-1993)", "جورج بوش"),
    "person:james-baker": ("Person", "James Baker (US Secretary of State 1989-1992)", "جيمس بيكر"),
    "person:dick-cheney": ("Person", "Dick Cheney (US Secretary of Defense 1989-1993)", "ديك تشيني"),
    "person:colin-powell": ("Person", "Colin Powell (Chairman of the US Joint Chiefs of Staff)", "كولن باول"),
    "person:yevgeny-primakov": ("Person", "Yevgeny Primakov (Soviet presidential envoy)", "يفغيني بريماكوف"),
    "person:mikhail-gorbachev": ("Person", "Mikhail Gorbachev (Soviet President)", "ميخائيل غورباتشوف"),
    "person:javier-perez-de-cuellar": ("Person", "Javier Perez de Cuellar (UN Secretary-General 1982-1991)",
                                       "خافيير بيريز دي كوييار"),
    "person:hosni-mubarak": ("Person", "Hosni Mubarak (President of Egypt)", "حسني مبارك"),
    "person:esmat-abdel-meguid": ("Person", "Esmat Abdel Meguid (Egyptian foreign minister, then Arab League secretary-general)",
                                  "عصمت عبد المجيد"),
    "person:amr-moussa": ("Person", "Amr Moussa (Egyptian foreign minister from May 1991)", "عمرو موسى"),
    "person:chedli-klibi": ("Person", "Chedli Klibi (Arab League secretary-general 1979-1990)", "الشاذلي القليبي"),
    "person:hussein-bin-talal": ("Person", "Hussein bin Talal (King of Jordan)", "الحسين بن طلال"),
    "person:yasser-arafat": ("Person", "Yasser Arafat (chairman of the PLO)", "ياسر عرفات"),
    "person:hafez-al-assad": ("Person", "Hafez al-Assad (President of Syria)", "حافظ الأسد"),
}
