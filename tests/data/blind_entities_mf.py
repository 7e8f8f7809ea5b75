"""Entity table of blind set ME-MF (Iraq 2020-2025: the PMF and the "resistance" factions, the Kadhimi
and Sudani governments, Kurdistan, US strikes on faction commanders, Iranian and US visitors to Baghdad
and Erbil). Standalone: imports no other table. Known entities carry their gazetteer id; the others
are new (ASCII slugs).

ALL = {id: (Type, "Name (short description)", "Arabic name")}
"""

ALL = {
    # countries and places
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:iraq": ("Country", "Iraq", "العراق"),
    "location:baghdad": ("Location", "Baghdad (capital of Iraq)", "بغداد"),
    "location:erbil": ("Location", "Erbil (capital of the Kurdistan Region)", "أربيل"),
    "location:sulaymaniyah": ("Location", "Sulaymaniyah (city in the Kurdistan Region)", "السليمانية"),
    "location:tehran": ("Location", "Tehran (capital of Iran)", "طهران"),
    "location:washington": ("Location", "Washington, D.C. (capital of the United States)", "واشنطن"),
    "location:kurdistan-region": ("Location", "Kurdistan Region of Iraq", "إقليم كردستان"),
    # organizations
    "organization:popular-mobilization-forces": (
        "Organization", "Popular Mobilization Forces (Iraqi state umbrella of mostly Shiite armed groups)",
        "هيئة الحشد الشعبي"),
    "organization:kataib-hezbollah": ("Organization", "Kataib Hezbollah (Iraqi armed faction)", "كتائب حزب الله"),
    "organization:harakat-al-nujaba": ("Organization", "Harakat Hezbollah al-Nujaba (Iraqi armed faction)",
                                       "حركة النجباء"),
    "organization:asaib-ahl-al-haq": ("Organization", "Asaib Ahl al-Haq (Iraqi armed faction and party)",
                                      "عصائب أهل الحق"),
    "organization:kataib-sayyid-al-shuhada": ("Organization", "Kataib Sayyid al-Shuhada (Iraqi armed faction)",
                                              "كتائب سيد الشهداء"),
    "organization:badr-organization": ("Organization", "Badr Organization (Iraqi party and armed group)",
                                       "منظمة بدر"),
    "organization:fatah-alliance": ("Organization", "Fatah Alliance (Iraqi electoral bloc led by Hadi al-Amiri)",
                                    "تحالف الفتح"),
    "organization:state-of-law-coalition": ("Organization", "State of Law Coalition (Nouri al-Maliki's bloc)",
                                            "ائتلاف دولة القانون"),
    "organization:iraqi-government": ("Organization", "Government of Iraq (Council of Ministers)",
                                      "الحكومة العراقية"),
    "organization:iraqi-parliament": ("Organization", "Council of Representatives of Iraq", "مجلس النواب العراقي"),
    "organization:iraqi-foreign-ministry": ("Organization", "Iraqi Ministry of Foreign Affairs",
                                            "وزارة الخارجية العراقية"),
    "organization:iraqi-defense-ministry": ("Organization", "Iraqi Ministry of Defence", "وزارة الدفاع العراقية"),
    "organization:iraqi-interior-ministry": ("Organization", "Iraqi Ministry of Interior",
                                             "وزارة الداخلية العراقية"),
    "organization:iraqi-national-security-adviser": (
        "Organization", "Office of Iraq's National Security Adviser", "مستشارية الأمن القومي العراقي"),
    "organization:iraqi-national-intelligence-service": (
        "Organization", "Iraqi National Intelligence Service", "جهاز المخابرات الوطني العراقي"),
    "organization:counter-terrorism-service": ("Organization", "Iraqi Counter-Terrorism Service",
                                               "جهاز مكافحة الإرهاب"),
    "organization:kurdistan-regional-government": ("Organization", "Kurdistan Regional Government",
                                                   "حكومة إقليم كردستان"),
    "organization:kurdistan-democratic-party": ("Organization", "Kurdistan Democratic Party (KDP)",
                                                "الحزب الديمقراطي الكردستاني"),
    "organization:patriotic-union-of-kurdistan": ("Organization", "Patriotic Union of Kurdistan (PUK)",
                                                  "الاتحاد الوطني الكردستاني"),
    "organization:quds-force": ("Organization", "Quds Force of Iran's Revolutionary Guards", "فيلق القدس"),
    "organization:irgc": ("Organization", "Islamic Revolutionary Guard Corps", "الحرس الثوري الإيراني"),
    "organization:iranian-foreign-ministry": ("Organization", "Iranian Ministry of Foreign Affairs",
                                              "وزارة الخارجية الإيرانية"),
    "organization:supreme-national-security-council": (
        "Organization", "Supreme National Security Council of Iran", "المجلس الأعلى للأمن القومي الإيراني"),
    "organization:omani-foreign-ministry": ("Organization", "Omani Ministry of Foreign Affairs",
                                            "وزارة الخارجية العمانية"),
    "organization:us-department-of-defense": ("Organization", "U.S. Department of Defense (Pentagon)",
                                              "وزارة الدفاع الأمريكية"),
    "organization:us-state-department": ("Organization", "U.S. Department of State", "وزارة الخارجية الأمريكية"),
    # Iraqi government, security chiefs, parliament
    "person:mustafa-al-kadhimi": ("Person", "Mustafa al-Kadhimi (Prime Minister of Iraq 2020-2022)",
                                  "مصطفى الكاظمي"),
    "person:mohammed-shia-al-sudani": ("Person", "Mohammed Shia al-Sudani (Prime Minister of Iraq since 2022)",
                                       "محمد شياع السوداني"),
    "person:adil-abdul-mahdi": ("Person", "Adil Abdul-Mahdi (Prime Minister of Iraq 2018-2020)",
                                "عادل عبد المهدي"),
    "person:fuad-hussein": ("Person", "Fuad Hussein (Foreign Minister of Iraq since 2020)", "فؤاد حسين"),
    "person:thabet-al-abbasi": ("Person", "Thabet al-Abbasi (Defence Minister of Iraq since 2022)",
                                "ثابت العباسي"),
    "person:abdul-amir-al-shammari": (
        "Person", "Abdul Amir al-Shammari (Interior Minister of Iraq since 2022; earlier deputy commander of "
        "Joint Operations)", "عبد الأمير الشمري"),
    "person:othman-al-ghanmi": (
        "Person", "Othman al-Ghanimi (Interior Minister of Iraq 2020-2022; army chief of staff 2015-2020)",
        "عثمان الغانمي"),
    "person:qais-al-muhammadawi": (
        "Person", "Qais al-Muhammadawi (Iraqi general, deputy commander of Joint Operations since 2022)",
        "قيس المحمداوي"),
    "person:mohammed-al-halbousi": ("Person", "Mohammed al-Halbousi (Speaker of Iraq's parliament 2018-2023)",
                                    "محمد الحلبوسي"),
    "person:qassim-al-araji": ("Person", "Qassim al-Araji (Iraq's National Security Adviser since 2020)",
                               "قاسم الأعرجي"),
    "person:falih-al-fayyadh": ("Person", "Falih al-Fayyadh (Chairman of the PMF; National Security Adviser "
                                "until 2020)", "فالح الفياض"),
    "person:abdul-wahab-al-saadi": (
        "Person", "Abdul-Wahab al-Saadi (head of the Counter-Terrorism Service 2020-2024)",
        "عبد الوهاب الساعدي"),
    "person:talib-shaghati": ("Person", "Talib Shaghati (head of the Counter-Terrorism Service until 2020)",
                              "طالب شغاتي"),
    "person:hisham-al-hashimi": ("Person", "Hisham al-Hashimi (Iraqi security analyst, killed July 2020)",
                                 "هشام الهاشمي"),
    "person:ahmed-hamdawi-owaid": (
        "Person", "Ahmed Hamdawi Owaid (police lieutenant who confessed to killing Hisham al-Hashimi)",
        "أحمد حمداوي عويد"),
    "person:nouri-al-maliki": ("Person", "Nouri al-Maliki (former Prime Minister, State of Law leader)",
                               "نوري المالكي"),
    "person:hadi-al-amiri": ("Person", "Hadi al-Amiri (Secretary-general of the Badr Organization, Fatah leader)",
                             "هادي العامري"),
    # factions
    "person:mushtaq-taleb-al-saidi": (
        "Person", "Mushtaq Taleb al-Saidi 'Abu Taqwa' (Nujaba commander killed by a US strike, Jan 2024)",
        "مشتاق طالب السعيدي"),
    "person:akram-al-kaabi": ("Person", "Akram al-Kaabi (Secretary-general of Harakat al-Nujaba)", "أكرم الكعبي"),
    "person:hussein-al-mousawi": ("Person", "Hussein al-Mousawi (spokesman of Harakat al-Nujaba)",
                                  "حسين الموسوي"),
    "person:ahmad-al-hamidawi": ("Person", "Ahmad al-Hamidawi 'Abu Hussein' (Secretary-general of Kataib "
                                 "Hezbollah)", "أحمد الحميداوي"),
    "person:abu-baqir-al-saadi": (
        "Person", "Abu Baqir al-Saadi (Kataib Hezbollah commander killed by a US strike, Feb 2024)",
        "أبو باقر الساعدي"),
    "person:arkan-al-elayawi": ("Person", "Arkan al-Elayawi (Kataib Hezbollah commander killed with Abu Baqir)",
                                "أركان العلياوي"),
    "person:abu-ali-al-askari": ("Person", "Abu Ali al-Askari (security spokesman of Kataib Hezbollah)",
                                 "أبو علي العسكري"),
    "person:qais-al-khazali": ("Person", "Qais al-Khazali (Secretary-general of Asaib Ahl al-Haq)", "قيس الخزعلي"),
    "person:laith-al-khazali": ("Person", "Laith al-Khazali (Asaib Ahl al-Haq leader, Qais's brother)",
                                "ليث الخزعلي"),
    "person:abu-alaa-al-walai": ("Person", "Abu Alaa al-Walai (Secretary-general of Kataib Sayyid al-Shuhada)",
                                 "أبو آلاء الولائي"),
    # Kurdistan
    "person:nechirvan-barzani": ("Person", "Nechirvan Barzani (President of the Kurdistan Region since 2019)",
                                 "نيجيرفان بارزاني"),
    "person:masrour-barzani": ("Person", "Masrour Barzani (Prime Minister of the KRG since 2019)", "مسرور بارزاني"),
    "person:masoud-barzani": ("Person", "Masoud Barzani (leader of the KDP)", "مسعود بارزاني"),
    "person:bafel-talabani": ("Person", "Bafel Talabani (leader of the PUK)", "بافل طالباني"),
    "person:qubad-talabani": ("Person", "Qubad Talabani (Deputy Prime Minister of the KRG)", "قوباد طالباني"),
    "person:lahur-sheikh-jangi": ("Person", "Lahur Sheikh Jangi (PUK co-leader 2020-2021)", "لاهور شيخ جنكي"),
    # Iran
    "person:ali-khamenei": ("Person", "Ali Khamenei (Supreme Leader of Iran)", "علي خامنئي"),
    "person:masoud-pezeshkian": ("Person", "Masoud Pezeshkian (President of Iran since 2024)", "مسعود بزشكيان"),
    "person:abbas-araghchi": ("Person", "Abbas Araghchi (Foreign Minister of Iran since 2024)", "عباس عراقجي"),
    "person:esmail-qaani": ("Person", "Esmail Qaani (commander of the Quds Force since 2020)", "إسماعيل قاآني"),
    "person:ali-larijani": ("Person", "Ali Larijani (Secretary of the SNSC since August 2025)", "علي لاريجاني"),
    "person:ali-akbar-ahmadian": ("Person", "Ali Akbar Ahmadian (Secretary of the SNSC 2023-2025)",
                                  "علي أكبر أحمديان"),
    "person:mohammad-kazem-al-e-sadegh": (
        "Person", "Mohammad Kazem Al-e Sadegh (Iranian ambassador to Iraq since 2022)", "محمد كاظم آل صادق"),
    # others
    "person:badr-albusaidi": ("Person", "Badr Albusaidi (Foreign Minister of Oman)", "بدر البوسعيدي"),
    "person:joe-biden": ("Person", "Joe Biden (President of the United States 2021-2025)", "جو بايدن"),
    "person:antony-blinken": ("Person", "Antony Blinken (US Secretary of State 2021-2025)", "أنتوني بلينكن"),
    "person:lloyd-austin": ("Person", "Lloyd Austin (US Secretary of Defense 2021-2025)", "لويد أوستن"),
    "person:jake-sullivan": ("Person", "Jake Sullivan (US National Security Adviser 2021-2025)", "جيك سوليفان"),
    "person:pat-ryder": ("Person", "Pat Ryder (Pentagon press secretary 2022-2025)", "بات رايدر"),
    "person:alina-romanowski": ("Person", "Alina Romanowski (US ambassador to Iraq 2022-2024)",
                                "ألينا رومانوسكي"),
    "person:qasem-soleimani": ("Person", "Qasem Soleimani (commander of the Quds Force, killed January 2020)",
                               "قاسم سليماني"),
    "person:donald-trump": ("Person", "Donald Trump (President of the United States)", "دونالد ترامب"),
}
