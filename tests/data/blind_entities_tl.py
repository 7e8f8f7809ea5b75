"""Entity table of blind set TK-TL (session 70, Iran and its neighbours 2021-2024: the Saudi-Iranian talks
hosted in Baghdad, the Beijing agreement of March 2023, Ali Akbar Ahmadian after Ali Shamkhani, the exchange of
ambassadors and Amir-Abdollahian's tours, Ebrahim Raisi's death in the helicopter crash and the acting
president and foreign minister, Masoud Pezeshkian's election, Abbas Araghchi at the foreign ministry, their
first visits and receptions).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:iran": ("Country", "Iran", "إيران"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:iraq": ("Country", "Iraq", "العراق"),
    "country:china": ("Country", "China", "الصين"),
    "country:oman": ("Country", "Oman", "سلطنة عمان"),
    "country:qatar": ("Country", "Qatar", "قطر"),
    "country:lebanon": ("Country", "Lebanon", "لبنان"),
    "country:israel": ("Country", "Israel", "إسرائيل"),
    "country:syria": ("Country", "Syria", "سوريا"),
    "country:azerbaijan": ("Country", "Azerbaijan", "أذربيجان"),
    # locations
    "location:baghdad": ("Location", "Baghdad (capital of Iraq)", "بغداد"),
    "location:riyadh": ("Location", "Riyadh (capital of Saudi Arabia)", "الرياض"),
    "location:jeddah": ("Location", "Jeddah (city in Saudi Arabia)", "جدة"),
    "location:muscat": ("Location", "Muscat (capital of Oman)", "مسقط"),
    "location:beirut": ("Location", "Beirut (capital of Lebanon)", "بيروت"),
    "location:damascus": ("Location", "Damascus (capital of Syria)", "دمشق"),
    "location:tehran": ("Location", "Tehran city", "مدينة طهران"),
    "location:erbil": ("Location", "Erbil (capital of the Kurdistan Region of Iraq)", "أربيل"),
    # organizations
    "organization:supreme-national-security-council": ("Organization", "Supreme National Security Council (Iran)",
                                                       "المجلس الأعلى للأمن القومي"),
    "organization:expediency-discernment-council": ("Organization", "Expediency Discernment Council (Iran)",
                                                    "مجمع تشخيص مصلحة النظام"),
    "organization:hezbollah": ("Organization", "Hezbollah", "حزب الله"),
    # Iranians
    "person:ali-khamenei": ("Person", "Ali Khamenei (Supreme Leader of Iran)", "علي خامنئي"),
    "person:ebrahim-raisi": ("Person", "Ebrahim Raisi (President of Iran 2021-2024, died May 2024)", "إبراهيم رئيسي"),
    "person:mohammad-mokhber": ("Person", "Mohammad Mokhber (First Vice President of Iran, acting president 2024)",
                                "محمد مخبر"),
    "person:masoud-pezeshkian": ("Person", "Masoud Pezeshkian (President of Iran from 2024)", "مسعود بزشكيان"),
    "person:hossein-amir-abdollahian": ("Person", "Hossein Amir-Abdollahian (Iranian foreign minister 2021-2024)",
                                        "حسين أمير عبد اللهيان"),
    "person:ali-bagheri-kani": ("Person", "Ali Bagheri Kani (acting Iranian foreign minister 2024)", "علي باقري كني"),
    "person:abbas-araghchi": ("Person", "Abbas Araghchi (Iranian foreign minister from 2024)", "عباس عراقجي"),
    "person:ali-shamkhani": ("Person", "Ali Shamkhani (secretary of Iran's Supreme National Security Council "
                             "2013-2023)", "علي شمخاني"),
    "person:ali-akbar-ahmadian": ("Person", "Ali Akbar Ahmadian (secretary of Iran's Supreme National Security "
                                  "Council 2023-2025)", "علي أكبر أحمديان"),
    "person:saeed-iravani": ("Person", "Saeed Iravani (deputy secretary of Iran's SNSC, later UN ambassador)",
                             "سعيد إيرواني"),
    "person:saeed-jalili": ("Person", "Saeed Jalili (Iranian conservative politician, 2024 presidential candidate)",
                            "سعيد جليلي"),
    "person:alireza-enayati": ("Person", "Alireza Enayati (Iranian ambassador to Saudi Arabia from 2023)",
                               "علي رضا عنايتي"),
    # Saudis
    "person:mohammed-bin-salman": ("Person", "Mohammed bin Salman (Crown Prince and Prime Minister of Saudi Arabia)",
                                   "محمد بن سلمان"),
    "person:salman-bin-abdulaziz": ("Person", "Salman bin Abdulaziz (King of Saudi Arabia)", "سلمان بن عبد العزيز"),
    "person:faisal-bin-farhan": ("Person", "Faisal bin Farhan (Saudi foreign minister)", "فيصل بن فرحان"),
    "person:musaed-al-aiban": ("Person", "Musaed al-Aiban (Saudi national security adviser)", "مساعد العيبان"),
    "person:khalid-al-humaidan": ("Person", "Khalid al-Humaidan (head of Saudi General Intelligence)",
                                  "خالد الحميدان"),
    "person:abdullah-al-anazi": ("Person", "Abdullah bin Saud al-Anazi (Saudi ambassador to Iran from 2023)",
                                 "عبد الله بن سعود العنزي"),
    # Iraqis
    "person:mustafa-al-kadhimi": ("Person", "Mustafa al-Kadhimi (Prime Minister of Iraq 2020-2022)", "مصطفى الكاظمي"),
    "person:mohammed-shia-al-sudani": ("Person", "Mohammed Shia al-Sudani (Prime Minister of Iraq from 2022)",
                                       "محمد شياع السوداني"),
    "person:abdul-latif-rashid": ("Person", "Abdul Latif Rashid (President of Iraq from 2022)", "عبد اللطيف رشيد"),
    "person:fuad-hussein": ("Person", "Fuad Hussein (Iraqi foreign minister)", "فؤاد حسين"),
    "person:qassim-al-araji": ("Person", "Qassim al-Araji (Iraqi national security adviser)", "قاسم الأعرجي"),
    "person:nechirvan-barzani": ("Person", "Nechirvan Barzani (President of the Kurdistan Region of Iraq)",
                                 "نيجيرفان بارزاني"),
    # Chinese, Omani, Qatari, Lebanese, Syrian, Azerbaijani
    "person:xi-jinping": ("Person", "Xi Jinping (President of China)", "شي جين بينغ"),
    "person:wang-yi": ("Person", "Wang Yi (China's top diplomat, foreign minister)", "وانغ يي"),
    "person:haitham-bin-tariq": ("Person", "Haitham bin Tariq (Sultan of Oman)", "هيثم بن طارق"),
    "person:badr-albusaidi": ("Person", "Badr Albusaidi (Omani foreign minister)", "بدر البوسعيدي"),
    "person:tamim-bin-hamad-al-thani": ("Person", "Tamim bin Hamad Al Thani (Emir of Qatar)", "تميم بن حمد آل ثاني"),
    "person:mohammed-bin-abdulrahman-al-thani": ("Person", "Mohammed bin Abdulrahman Al Thani (Prime Minister and "
                                                 "foreign minister of Qatar)", "محمد بن عبد الرحمن آل ثاني"),
    "person:nabih-berri": ("Person", "Nabih Berri (Speaker of the Lebanese Parliament)", "نبيه بري"),
    "person:najib-mikati": ("Person", "Najib Mikati (Prime Minister of Lebanon)", "نجيب ميقاتي"),
    "person:hassan-nasrallah": ("Person", "Hassan Nasrallah (Secretary-General of Hezbollah, killed September 2024)",
                                "حسن نصر الله"),
    "person:bashar-al-assad": ("Person", "Bashar al-Assad (President of Syria)", "بشار الأسد"),
    "person:ilham-aliyev": ("Person", "Ilham Aliyev (President of Azerbaijan)", "إلهام علييف"),
}
