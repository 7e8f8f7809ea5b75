"""Entity table of blind set TI-TJ (session 70, Syria from the fall of Bashar al-Assad to mid-2025: the HTS
offensive and Assad's flight to Moscow, Mohammed al-Bashir's caretaker government after Mohammad Ghazi
al-Jalali's, the foreign delegations received by Ahmed al-Sharaa in Damascus, Asaad al-Shaibani's tour,
al-Sharaa named transitional president, his visits to Riyadh, Ankara and Paris and his meeting with Donald
Trump in Riyadh, and the killings on the coast and of former regime figures).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:syria": ("Country", "Syria", "سوريا"),
    "country:russia": ("Country", "Russia", "روسيا"),
    "country:turkey": ("Country", "Turkey", "تركيا"),
    "country:qatar": ("Country", "Qatar", "قطر"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:france": ("Country", "France", "فرنسا"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:lebanon": ("Country", "Lebanon", "لبنان"),
    "country:jordan": ("Country", "Jordan", "الأردن"),
    # locations
    "location:damascus": ("Location", "Damascus (capital of Syria)", "دمشق"),
    "location:riyadh": ("Location", "Riyadh (capital of Saudi Arabia)", "الرياض"),
    "location:ankara": ("Location", "Ankara (capital of Turkey)", "أنقرة"),
    "location:paris": ("Location", "Paris (capital of France)", "باريس"),
    "location:moscow": ("Location", "Moscow (capital of Russia)", "موسكو"),
    "location:doha": ("Location", "Doha (capital of Qatar)", "الدوحة"),
    "location:amman": ("Location", "Amman (capital of Jordan)", "عمّان"),
    "location:latakia": ("Location", "Latakia (city on Syria's coast)", "اللاذقية"),
    # organizations
    "organization:hayat-tahrir-al-sham": ("Organization", "Hayat Tahrir al-Sham (HTS)", "هيئة تحرير الشام"),
    "organization:syrian-general-security": ("Organization",
                                             "General Security (security service of Syria's new authorities)",
                                             "الأمن العام السوري"),
    "organization:syrian-national-inquiry-committee-coast": ("Organization",
                                                             "National committee of inquiry into the coastal "
                                                             "events (Syria, March 2025)",
                                                             "اللجنة الوطنية للتحقيق في أحداث الساحل"),
    "organization:turkish-national-intelligence-organization": ("Organization",
                                                                "National Intelligence Organization of Turkey (MIT)",
                                                                "جهاز الاستخبارات الوطنية التركية"),
    # Syrians
    "person:bashar-al-assad": ("Person", "Bashar al-Assad (President of Syria 2000-2024)", "بشار الأسد"),
    "person:ahmed-al-sharaa": ("Person", "Ahmed al-Sharaa (Abu Mohammed al-Jolani, HTS leader, Syria's "
                               "transitional president from January 2025)", "أحمد الشرع"),
    "person:mohammed-al-bashir": ("Person", "Mohammed al-Bashir (caretaker prime minister of Syria "
                                  "December 2024-March 2025)", "محمد البشير"),
    "person:mohammad-ghazi-al-jalali": ("Person", "Mohammad Ghazi al-Jalali (last prime minister under Assad)",
                                        "محمد غازي الجلالي"),
    "person:asaad-al-shaibani": ("Person", "Asaad al-Shaibani (Syrian foreign minister from December 2024)",
                                 "أسعد الشيباني"),
    "person:murhaf-abu-qasra": ("Person", "Murhaf Abu Qasra (Syrian defence minister from December 2024)",
                                "مرهف أبو قصرة"),
    "person:anas-khattab": ("Person", "Anas Khattab (Syrian intelligence chief, then interior minister)",
                            "أنس خطاب"),
    "person:shujaa-al-ali": ("Person", "Shujaa al-Ali (Assad-era militia leader in the Homs countryside)",
                             "شجاع العلي"),
    "person:jumaa-hassoun-tj": ("Person", "Jumaa Hassoun (retired Syrian army colonel, Latakia)", "جمعة حسون"),
    "person:ali-nasser-tj": ("Person", "Ali Nasser (former Syrian military judge, Baniyas)", "علي ناصر"),
    "person:yasser-al-farhan": ("Person", "Yasser al-Farhan (spokesman of the national committee of inquiry "
                                "into the coastal events)", "ياسر الفرحان"),
    "person:miqdad-fteiha": ("Person", "Miqdad Fteiha (former Republican Guard officer, leader of the Coastal "
                             "Shield Brigade insurgents)", "مقداد فتيحة"),
    "organization:coastal-shield-brigade": ("Organization", "Coastal Shield Brigade (pro-Assad insurgent group, "
                                            "Latakia countryside)", "لواء درع الساحل"),
    "person:hussam-darwish-tj": ("Person", "Hussam Darwish (General Security officer, Jableh)", "حسام درويش"),
    # foreigners
    "person:vladimir-putin": ("Person", "Vladimir Putin (President of Russia)", "فلاديمير بوتين"),
    "person:hakan-fidan": ("Person", "Hakan Fidan (Turkish foreign minister)", "هاكان فيدان"),
    "person:ibrahim-kalin": ("Person", "Ibrahim Kalin (head of Turkey's MIT intelligence)", "إبراهيم قالن"),
    "person:recep-tayyip-erdogan": ("Person", "Recep Tayyip Erdogan (President of Turkey)", "رجب طيب أردوغان"),
    "person:tamim-bin-hamad-al-thani": ("Person", "Tamim bin Hamad Al Thani (Emir of Qatar)", "تميم بن حمد آل ثاني"),
    "person:mohammed-bin-abdulrahman-al-thani": ("Person", "Mohammed bin Abdulrahman Al Thani (Prime Minister "
                                                 "and Foreign Minister of Qatar)", "محمد بن عبد الرحمن آل ثاني"),
    "person:mohammed-al-khulaifi": ("Person", "Mohammed al-Khulaifi (Qatari minister of state for foreign "
                                    "affairs)", "محمد الخليفي"),
    "person:mohammed-bin-salman": ("Person", "Mohammed bin Salman (Crown Prince and Prime Minister of Saudi "
                                   "Arabia)", "محمد بن سلمان"),
    "person:faisal-bin-farhan": ("Person", "Faisal bin Farhan (Saudi foreign minister)", "فيصل بن فرحان"),
    "person:ayman-safadi": ("Person", "Ayman Safadi (Jordanian foreign minister)", "أيمن الصفدي"),
    "person:najib-mikati": ("Person", "Najib Mikati (Prime Minister of Lebanon)", "نجيب ميقاتي"),
    "person:emmanuel-macron": ("Person", "Emmanuel Macron (President of France)", "إيمانويل ماكرون"),
    "person:jean-noel-barrot": ("Person", "Jean-Noel Barrot (French foreign minister)", "جان نويل بارو"),
    "person:annalena-baerbock": ("Person", "Annalena Baerbock (German foreign minister)", "أنالينا بيربوك"),
    "person:donald-trump": ("Person", "Donald Trump (President of the United States)", "دونالد ترامب"),
    "person:marco-rubio": ("Person", "Marco Rubio (US Secretary of State)", "ماركو روبيو"),
    "person:barbara-leaf": ("Person", "Barbara Leaf (US Assistant Secretary of State for Near Eastern Affairs)",
                            "باربرا ليف"),
    "person:roger-carstens": ("Person", "Roger Carstens (US Special Presidential Envoy for Hostage Affairs)",
                              "روجر كارستنز"),
    "person:daniel-rubinstein": ("Person", "Daniel Rubinstein (US senior adviser on Syria, December 2024)",
                                 "دانيال روبنستين"),
}
