"""Entity table of blind set PO-PP (session 67, Iran's regional diplomacy and the shadow war 2020-2024:
the killing of Mohsen Fakhrizadeh, Raisi's and Amir-Abdollahian's visits and meetings, Raisi's helicopter
crash and Mokhber as acting president, Ismail Haniyeh killed in Tehran and Yahya Sinwar named his
successor, Hassan Nasrallah killed in Beirut and Naim Qassem succeeding him, the IRGC commanders killed in
the Damascus consulate strike, Araghchi's tours).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:iran": ("Country", "Iran", "إيران"),
    "country:israel": ("Country", "Israel", "إسرائيل"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:lebanon": ("Country", "Lebanon", "لبنان"),
    "country:syria": ("Country", "Syria", "سوريا"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:qatar": ("Country", "Qatar", "قطر"),
    "country:egypt": ("Country", "Egypt", "مصر"),
    "country:turkey": ("Country", "Turkey", "تركيا"),
    "country:azerbaijan": ("Country", "Azerbaijan", "أذربيجان"),
    "country:russia": ("Country", "Russia", "روسيا"),
    "country:palestine": ("Country", "Palestine", "فلسطين"),
    # locations
    "location:tehran": ("Location", "Tehran (capital of Iran)", "طهران"),
    "location:damascus": ("Location", "Damascus (capital of Syria)", "دمشق"),
    "location:beirut": ("Location", "Beirut (capital of Lebanon)", "بيروت"),
    "location:riyadh": ("Location", "Riyadh (capital of Saudi Arabia)", "الرياض"),
    "location:dahiyeh": ("Location", "Dahiyeh (Beirut's southern suburbs)", "الضاحية الجنوبية"),
    "location:east-azerbaijan": ("Location", "East Azerbaijan (Iranian province)", "أذربيجان الشرقية"),
    # organizations
    "organization:irgc": ("Organization", "Islamic Revolutionary Guard Corps (Iran)", "الحرس الثوري"),
    "organization:quds-force": ("Organization", "Quds Force (IRGC's foreign operations arm)", "فيلق القدس"),
    "organization:spnd": ("Organization", "Organization of Defensive Innovation and Research (SPND, Iranian defence "
                          "ministry)", "منظمة الأبحاث والإبداع الدفاعي"),
    "organization:iranian-foreign-ministry": ("Organization", "Iranian Foreign Ministry", "وزارة الخارجية الإيرانية"),
    "organization:iranian-parliament": ("Organization", "Iranian Parliament (Majlis)", "مجلس الشورى الإسلامي"),
    "organization:syrian-foreign-ministry": ("Organization", "Syrian Foreign Ministry", "وزارة الخارجية السورية"),
    "organization:saudi-foreign-ministry": ("Organization", "Saudi Foreign Ministry", "وزارة الخارجية السعودية"),
    "organization:lebanese-parliament": ("Organization", "Lebanese Parliament", "مجلس النواب اللبناني"),
    "organization:hezbollah": ("Organization", "Hezbollah (Lebanese Shiite movement)", "حزب الله"),
    "organization:hezbollah-executive-council": ("Organization", "Hezbollah Executive Council",
                                                 "المجلس التنفيذي لحزب الله"),
    "organization:hamas": ("Organization", "Hamas (Palestinian Islamist movement)", "حركة حماس"),
    "organization:palestinian-islamic-jihad": ("Organization", "Palestinian Islamic Jihad", "حركة الجهاد الإسلامي"),
    "organization:israel-defense-forces": ("Organization", "Israel Defense Forces", "الجيش الإسرائيلي"),
    # Iranians
    "person:ali-khamenei": ("Person", "Ali Khamenei (Supreme Leader of Iran)", "علي خامنئي"),
    "person:hassan-rouhani": ("Person", "Hassan Rouhani (President of Iran 2013-2021)", "حسن روحاني"),
    "person:ebrahim-raisi": ("Person", "Ebrahim Raisi (President of Iran 2021-2024, killed in a helicopter crash)",
                             "إبراهيم رئيسي"),
    "person:mohammad-mokhber": ("Person", "Mohammad Mokhber (First Vice President, acting President of Iran in 2024)",
                                "محمد مخبر"),
    "person:masoud-pezeshkian": ("Person", "Masoud Pezeshkian (President of Iran since July 2024)", "مسعود بزشكيان"),
    "person:mohammad-javad-zarif": ("Person", "Mohammad Javad Zarif (Iranian foreign minister 2013-2021)",
                                    "محمد جواد ظريف"),
    "person:hossein-amir-abdollahian": ("Person", "Hossein Amir-Abdollahian (Iranian foreign minister 2021-2024)",
                                        "حسين أمير عبد اللهيان"),
    "person:ali-bagheri-kani": ("Person", "Ali Bagheri Kani (Iranian deputy foreign minister, acting foreign minister "
                                "in 2024)", "علي باقري كني"),
    "person:abbas-araghchi": ("Person", "Abbas Araghchi (Iranian foreign minister since August 2024)", "عباس عراقجي"),
    "person:mohammad-bagher-ghalibaf": ("Person", "Mohammad Bagher Ghalibaf (Speaker of Iran's parliament)",
                                        "محمد باقر قاليباف"),
    "person:mohsen-fakhrizadeh": ("Person", "Mohsen Fakhrizadeh (Iranian nuclear scientist, killed November 2020)",
                                  "محسن فخري زاده"),
    "person:hossein-dehghan": ("Person", "Hossein Dehghan (military adviser to Khamenei, former defence minister)",
                               "حسين دهقان"),
    "person:mohammad-reza-zahedi": ("Person", "Mohammad Reza Zahedi (IRGC Quds Force general, killed April 2024)",
                                    "محمد رضا زاهدي"),
    "person:mohammad-hadi-haji-rahimi": ("Person", "Mohammad Hadi Haji Rahimi (IRGC general, Zahedi's deputy, "
                                         "killed April 2024)", "محمد هادي حاجي رحيمي"),
    "person:qasem-soleimani": ("Person", "Qasem Soleimani (Quds Force commander, killed January 2020)", "قاسم سليماني"),
    "person:esmail-qaani": ("Person", "Esmail Qaani (Quds Force commander since 2020)", "إسماعيل قاآني"),
    "person:abbas-nilforoushan": ("Person", "Abbas Nilforoushan (IRGC deputy commander, killed September 2024)",
                                  "عباس نيلفروشان"),
    "person:hossein-akbari": ("Person", "Hossein Akbari (Iranian ambassador to Syria)", "حسين أكبري"),
    "person:mojtaba-amani": ("Person", "Mojtaba Amani (Iranian ambassador to Lebanon)", "مجتبى أماني"),
    "person:malek-rahmati": ("Person", "Malek Rahmati (governor of East Azerbaijan, killed May 2024)", "مالك رحمتي"),
    "person:mohammad-ali-al-e-hashem": ("Person", "Mohammad Ali Al-e Hashem (Friday prayer leader of Tabriz, killed "
                                        "May 2024)", "محمد علي آل هاشم"),
    # Lebanese
    "person:hassan-nasrallah": ("Person", "Hassan Nasrallah (Hezbollah secretary-general 1992-2024)", "حسن نصرالله"),
    "person:naim-qassem": ("Person", "Naim Qassem (Hezbollah secretary-general since October 2024)", "نعيم قاسم"),
    "person:hashem-safieddine": ("Person", "Hashem Safieddine (head of Hezbollah's Executive Council, killed 2024)",
                                 "هاشم صفي الدين"),
    "person:abbas-al-musawi": ("Person", "Abbas al-Musawi (Hezbollah secretary-general 1991-1992)", "عباس الموسوي"),
    "person:ali-karaki": ("Person", "Ali Karaki (Hezbollah southern front commander, killed September 2024)",
                          "علي كركي"),
    "person:fuad-shukr": ("Person", "Fuad Shukr (Hezbollah military commander, killed July 2024)", "فؤاد شكر"),
    "person:nabih-berri": ("Person", "Nabih Berri (Speaker of the Lebanese Parliament)", "نبيه بري"),
    "person:najib-mikati": ("Person", "Najib Mikati (Prime Minister of Lebanon 2021-2025)", "نجيب ميقاتي"),
    "person:abdallah-bou-habib": ("Person", "Abdallah Bou Habib (Lebanese foreign minister 2021-2025)",
                                  "عبد الله بو حبيب"),
    # Palestinians
    "person:ismail-haniyeh": ("Person", "Ismail Haniyeh (head of Hamas's political bureau, killed July 2024)",
                              "إسماعيل هنية"),
    "person:yahya-sinwar": ("Person", "Yahya Sinwar (Hamas leader, killed October 2024)", "يحيى السنوار"),
    "person:khalil-al-hayya": ("Person", "Khalil al-Hayya (Hamas leader in Gaza, negotiator)", "خليل الحية"),
    "person:khaled-mashal": ("Person", "Khaled Mashal (Hamas leader abroad)", "خالد مشعل"),
    "person:ziyad-al-nakhalah": ("Person", "Ziyad al-Nakhalah (secretary-general of Palestinian Islamic Jihad)",
                                 "زياد النخالة"),
    "person:saleh-al-arouri": ("Person", "Saleh al-Arouri (Hamas deputy leader, killed January 2024)",
                               "صالح العاروري"),
    "person:mahmoud-abbas": ("Person", "Mahmoud Abbas (President of the Palestinian Authority)", "محمود عباس"),
    # Syrians, Gulf, Egypt, Turkey, Azerbaijan, Russia
    "person:bashar-al-assad": ("Person", "Bashar al-Assad (President of Syria until December 2024)", "بشار الأسد"),
    "person:faisal-mekdad": ("Person", "Faisal Mekdad (Syrian foreign minister 2020-2024)", "فيصل المقداد"),
    "person:mohammed-bin-salman": ("Person", "Mohammed bin Salman (Saudi crown prince and prime minister)",
                                   "محمد بن سلمان"),
    "person:faisal-bin-farhan": ("Person", "Faisal bin Farhan (Saudi foreign minister)", "فيصل بن فرحان"),
    "person:mohammed-bin-abdulrahman-al-thani": ("Person", "Mohammed bin Abdulrahman Al Thani (Qatari prime minister "
                                                 "and foreign minister)", "محمد بن عبد الرحمن آل ثاني"),
    "person:abdel-fattah-el-sisi": ("Person", "Abdel Fattah el-Sisi (President of Egypt)", "عبد الفتاح السيسي"),
    "person:recep-tayyip-erdogan": ("Person", "Recep Tayyip Erdogan (President of Turkey)", "رجب طيب أردوغان"),
    "person:ilham-aliyev": ("Person", "Ilham Aliyev (President of Azerbaijan)", "إلهام علييف"),
    "person:vladimir-putin": ("Person", "Vladimir Putin (President of Russia)", "فلاديمير بوتين"),
    # Israelis and Americans
    "person:benjamin-netanyahu": ("Person", "Benjamin Netanyahu (Prime Minister of Israel)", "بنيامين نتنياهو"),
    "person:israel-katz": ("Person", "Israel Katz (Israeli foreign minister, then defence minister from November "
                           "2024)", "يسرائيل كاتس"),
    "person:daniel-hagari": ("Person", "Daniel Hagari (IDF spokesman)", "دانيال هاغاري"),
    "person:donald-trump": ("Person", "Donald Trump (President of the United States 2017-2021, from 2025)",
                            "دونالد ترامب"),
}
