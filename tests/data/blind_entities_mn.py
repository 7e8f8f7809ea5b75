"""Entity table of blind set MM-MN (Iraq 2020-2025: the Kadhimi and Sudani governments, the PMF and the
armed factions, Esmail Qaani's visits, US strikes on faction commanders, Iraqi-Iranian and Iraqi-US
meetings, appointments and replacements of commanders). Standalone: imports no other table. Known
entities carry their gazetteer id; the others are new (ASCII slugs).

ALL = {id: (Type, "Name (short description)", "Arabic name")}
"""

ALL = {
    # countries and places
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:iraq": ("Country", "Iraq", "العراق"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "location:baghdad": ("Location", "Baghdad (capital of Iraq)", "بغداد"),
    "location:erbil": ("Location", "Erbil (capital of the Kurdistan Region)", "أربيل"),
    "location:tehran": ("Location", "Tehran (capital of Iran)", "طهران"),
    "location:najaf": ("Location", "Najaf (Iraqi shrine city)", "النجف"),
    "location:washington": ("Location", "Washington, D.C. (capital of the United States)", "واشنطن"),
    "location:jeddah": ("Location", "Jeddah (Saudi Red Sea city)", "جدة"),
    "location:kurdistan-region": ("Location", "Kurdistan Region of Iraq", "إقليم كردستان"),
    # organizations
    "organization:popular-mobilization-forces": (
        "Organization", "Popular Mobilization Forces (Iraqi state umbrella of mostly Shiite armed groups)",
        "هيئة الحشد الشعبي"),
    "organization:kataib-hezbollah": ("Organization", "Kataib Hezbollah (Iraqi armed faction)", "كتائب حزب الله"),
    "organization:asaib-ahl-al-haq": ("Organization", "Asaib Ahl al-Haq (Iraqi armed faction and party)",
                                      "عصائب أهل الحق"),
    "organization:badr-organization": ("Organization", "Badr Organization (Iraqi party and armed group)",
                                       "منظمة بدر"),
    "organization:sadrist-movement": ("Organization", "Sadrist Movement (Muqtada al-Sadr's current)",
                                      "التيار الصدري"),
    "organization:coordination-framework": ("Organization", "Coordination Framework (Iraqi Shiite alliance)",
                                            "الإطار التنسيقي"),
    "organization:iraqi-government": ("Organization", "Government of Iraq (Council of Ministers)",
                                      "الحكومة العراقية"),
    "organization:iraqi-presidency": ("Organization", "Presidency of the Republic of Iraq", "رئاسة الجمهورية"),
    "organization:iraqi-foreign-ministry": ("Organization", "Iraqi Ministry of Foreign Affairs",
                                            "وزارة الخارجية العراقية"),
    "organization:iraqi-defense-ministry": ("Organization", "Iraqi Ministry of Defence", "وزارة الدفاع العراقية"),
    "organization:iraqi-interior-ministry": ("Organization", "Iraqi Ministry of Interior",
                                             "وزارة الداخلية العراقية"),
    "organization:iraqi-army": ("Organization", "Iraqi Army", "الجيش العراقي"),
    "organization:iraqi-national-security-adviser": (
        "Organization", "Office of Iraq's National Security Adviser", "مستشارية الأمن القومي العراقي"),
    "organization:iraqi-national-security-service": (
        "Organization", "Iraqi National Security Service", "جهاز الأمن الوطني العراقي"),
    "organization:iraqi-national-intelligence-service": (
        "Organization", "Iraqi National Intelligence Service", "جهاز المخابرات الوطني العراقي"),
    "organization:peshmerga-ministry": ("Organization", "Ministry of Peshmerga Affairs (KRG)",
                                        "وزارة شؤون البيشمركة"),
    "organization:kurdistan-region-presidency": ("Organization", "Presidency of the Kurdistan Region",
                                                 "رئاسة إقليم كردستان"),
    "organization:quds-force": ("Organization", "Quds Force of Iran's Revolutionary Guards", "فيلق القدس"),
    "organization:iranian-foreign-ministry": ("Organization", "Iranian Ministry of Foreign Affairs",
                                              "وزارة الخارجية الإيرانية"),
    "organization:supreme-national-security-council": (
        "Organization", "Supreme National Security Council of Iran", "المجلس الأعلى للأمن القومي الإيراني"),
    "organization:saudi-general-intelligence-presidency": (
        "Organization", "Saudi General Intelligence Presidency", "رئاسة الاستخبارات العامة السعودية"),
    "organization:us-department-of-defense": ("Organization", "U.S. Department of Defense (Pentagon)",
                                              "وزارة الدفاع الأمريكية"),
    "organization:us-state-department": ("Organization", "U.S. Department of State", "وزارة الخارجية الأمريكية"),
    # Iraqi government and security chiefs
    "person:mustafa-al-kadhimi": ("Person", "Mustafa al-Kadhimi (Prime Minister of Iraq 2020-2022)",
                                  "مصطفى الكاظمي"),
    "person:mohammed-shia-al-sudani": ("Person", "Mohammed Shia al-Sudani (Prime Minister of Iraq since 2022)",
                                       "محمد شياع السوداني"),
    "person:adil-abdul-mahdi": ("Person", "Adil Abdul-Mahdi (Prime Minister of Iraq 2018-2020)",
                                "عادل عبد المهدي"),
    "person:barham-salih": ("Person", "Barham Salih (President of Iraq 2018-2022)", "برهم صالح"),
    "person:abdul-latif-rashid": ("Person", "Abdul Latif Rashid (President of Iraq since 2022)",
                                  "عبد اللطيف جمال رشيد"),
    "person:adnan-al-zurfi": ("Person", "Adnan al-Zurfi (prime minister-designate of Iraq, March-April 2020)",
                              "عدنان الزرفي"),
    "person:fuad-hussein": ("Person", "Fuad Hussein (Foreign Minister of Iraq since 2020)", "فؤاد حسين"),
    "person:thabet-al-abbasi": ("Person", "Thabet al-Abbasi (Defence Minister of Iraq since 2022)",
                                "ثابت العباسي"),
    "person:othman-al-ghanmi": (
        "Person", "Othman al-Ghanimi (Interior Minister of Iraq 2020-2022; army chief of staff until 2020)",
        "عثمان الغانمي"),
    "person:abdul-amir-yarallah": ("Person", "Abdul Amir Rashid Yarallah (chief of staff of the Iraqi army)",
                                   "عبد الأمير رشيد يار الله"),
    "person:abdul-ghani-al-asadi": (
        "Person", "Abdul Ghani al-Asadi (head of Iraq's National Security Service from July 2020)",
        "عبد الغني الأسدي"),
    "person:qassim-al-araji": ("Person", "Qassim al-Araji (Iraq's National Security Adviser since 2020)",
                               "قاسم الأعرجي"),
    "person:falih-al-fayyadh": ("Person", "Falih al-Fayyadh (Chairman of the PMF; National Security Adviser and "
                                "head of the National Security Service until 2020)", "فالح الفياض"),
    "person:nouri-al-maliki": ("Person", "Nouri al-Maliki (former Prime Minister, State of Law leader)",
                               "نوري المالكي"),
    "person:hadi-al-amiri": ("Person", "Hadi al-Amiri (Secretary-general of the Badr Organization)",
                             "هادي العامري"),
    "person:muqtada-al-sadr": ("Person", "Muqtada al-Sadr (leader of the Sadrist Movement)", "مقتدى الصدر"),
    "person:ali-al-sistani": ("Person", "Ali al-Sistani (Grand Ayatollah in Najaf)", "علي السيستاني"),
    "person:shoresh-ismail": ("Person", "Shoresh Ismail Abdulla (KRG Minister of Peshmerga Affairs 2019-2023)",
                              "شورش إسماعيل"),
    "person:nechirvan-barzani": ("Person", "Nechirvan Barzani (President of the Kurdistan Region since 2019)",
                                 "نيجيرفان بارزاني"),
    # PMF and factions
    "person:abu-mahdi-al-muhandis": (
        "Person", "Abu Mahdi al-Muhandis (PMF deputy chairman, killed with Soleimani in January 2020)",
        "أبو مهدي المهندس"),
    "person:mohammed-ridha-al-jabri": (
        "Person", "Mohammed Ridha al-Jabri (PMF protocol chief, killed with al-Muhandis in January 2020)",
        "محمد رضا الجابري"),
    "person:abdul-aziz-al-muhammadawi": (
        "Person", "Abdul Aziz al-Muhammadawi 'Abu Fadak' (PMF chief of staff since 2020, Kataib Hezbollah)",
        "عبد العزيز المحمداوي"),
    "person:mohammed-mohie": ("Person", "Mohammed Mohie (spokesman of Kataib Hezbollah)", "محمد محيي"),
    "person:abu-ali-al-askari": ("Person", "Abu Ali al-Askari (security official of Kataib Hezbollah)",
                                 "أبو علي العسكري"),
    "person:qais-al-khazali": ("Person", "Qais al-Khazali (Secretary-general of Asaib Ahl al-Haq)", "قيس الخزعلي"),
    "person:qasem-muslih": ("Person", "Qasim Muslih (PMF operations commander in Anbar)", "قاسم مصلح"),
    "person:ihab-al-wazni": ("Person", "Ihab al-Wazni (Karbala protest leader, killed May 2021)", "إيهاب الوزني"),
    # Iran
    "person:ali-khamenei": ("Person", "Ali Khamenei (Supreme Leader of Iran)", "علي خامنئي"),
    "person:hassan-rouhani": ("Person", "Hassan Rouhani (President of Iran 2013-2021)", "حسن روحاني"),
    "person:ebrahim-raisi": ("Person", "Ebrahim Raisi (President of Iran 2021-2024)", "إبراهيم رئيسي"),
    "person:masoud-pezeshkian": ("Person", "Masoud Pezeshkian (President of Iran since 2024)", "مسعود بزشكيان"),
    "person:mohammad-javad-zarif": ("Person", "Mohammad Javad Zarif (Foreign Minister of Iran 2013-2021)",
                                    "محمد جواد ظريف"),
    "person:hossein-amir-abdollahian": (
        "Person", "Hossein Amir-Abdollahian (Foreign Minister of Iran 2021-2024)", "حسين أمير عبد اللهيان"),
    "person:abbas-araghchi": ("Person", "Abbas Araghchi (Foreign Minister of Iran since 2024)", "عباس عراقجي"),
    "person:esmail-qaani": ("Person", "Esmail Qaani (commander of the Quds Force since 2020)", "إسماعيل قاآني"),
    "person:qasem-soleimani": ("Person", "Qasem Soleimani (commander of the Quds Force, killed January 2020)",
                               "قاسم سليماني"),
    "person:saeed-iravani": ("Person", "Saeed Iravani (deputy secretary of Iran's SNSC, later UN envoy)",
                             "سعيد إيرواني"),
    # Saudi Arabia
    "person:mohammed-bin-salman": ("Person", "Mohammed bin Salman (Crown Prince of Saudi Arabia)",
                                   "محمد بن سلمان"),
    "person:salman-bin-abdulaziz": ("Person", "King Salman bin Abdulaziz of Saudi Arabia", "سلمان بن عبد العزيز"),
    "person:khalid-al-humaidan": ("Person", "Khalid al-Humaidan (head of Saudi General Intelligence)",
                                  "خالد الحميدان"),
    # United States
    "person:donald-trump": ("Person", "Donald Trump (President of the United States)", "دونالد ترامب"),
    "person:mike-pence": ("Person", "Mike Pence (Vice President of the United States 2017-2021)", "مايك بنس"),
    "person:mike-pompeo": ("Person", "Mike Pompeo (US Secretary of State 2018-2021)", "مايك بومبيو"),
    "person:antony-blinken": ("Person", "Antony Blinken (US Secretary of State 2021-2025)", "أنتوني بلينكن"),
    "person:lloyd-austin": ("Person", "Lloyd Austin (US Secretary of Defense 2021-2025)", "لويد أوستن"),
    "person:mark-milley": ("Person", "Mark Milley (Chairman of the US Joint Chiefs of Staff 2019-2023)",
                           "مارك ميلي"),
    "person:celeste-wallander": (
        "Person", "Celeste Wallander (US Assistant Secretary of Defense for International Security Affairs)",
        "سيليست والاندر"),
    "person:alina-romanowski": ("Person", "Alina Romanowski (US ambassador to Iraq 2022-2024)",
                                "ألينا رومانوسكي"),
}
