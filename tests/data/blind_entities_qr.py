"""Entity table of blind set QQ-QR (session 68, Syria's transition, December 2024 - 2025: the fall of
Bashar al-Assad, Ahmed al-Sharaa (Abu Mohammad al-Jolani) receiving Turkish, Qatari, Saudi, Jordanian,
European and US envoys in Damascus, Mohammed al-Bashir's caretaker government and the transitional
government of March 2025, Asaad al-Shaibani's tours, al-Sharaa's visits to Riyadh, Ankara and Paris and his
meeting with Trump in Riyadh, the agreement with the SDF's Mazloum Abdi, Israeli strikes in Syria, killings
of former regime officers).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:syria": ("Country", "Syria", "سوريا"),
    "country:turkey": ("Country", "Turkey", "تركيا"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:qatar": ("Country", "Qatar", "قطر"),
    "country:jordan": ("Country", "Jordan", "الأردن"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:france": ("Country", "France", "فرنسا"),
    "country:germany": ("Country", "Germany", "ألمانيا"),
    "country:israel": ("Country", "Israel", "إسرائيل"),
    "country:russia": ("Country", "Russia", "روسيا"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:lebanon": ("Country", "Lebanon", "لبنان"),
    # locations
    "location:damascus": ("Location", "Damascus (capital of Syria)", "دمشق"),
    "location:riyadh": ("Location", "Riyadh (capital of Saudi Arabia)", "الرياض"),
    "location:ankara": ("Location", "Ankara (capital of Turkey)", "أنقرة"),
    "location:paris": ("Location", "Paris (capital of France)", "باريس"),
    "location:erbil": ("Location", "Erbil (capital of the Kurdistan Region of Iraq)", "أربيل"),
    # organizations
    "organization:hayat-tahrir-al-sham": ("Organization", "Hayat Tahrir al-Sham (HTS, Syrian Islamist group)",
                                          "هيئة تحرير الشام"),
    "organization:syrian-democratic-forces": ("Organization", "Syrian Democratic Forces (SDF, Kurdish-led)",
                                              "قوات سوريا الديمقراطية"),
    "organization:autonomous-administration-of-north-and-east-syria": (
        "Organization", "Autonomous Administration of North and East Syria", "الإدارة الذاتية لشمال وشرق سوريا"),
    "organization:kurdistan-democratic-party": ("Organization", "Kurdistan Democratic Party (KDP, Iraq)",
                                                "الحزب الديمقراطي الكردستاني"),
    "organization:syrian-foreign-ministry": ("Organization", "Syrian Foreign Ministry", "وزارة الخارجية السورية"),
    "organization:turkish-foreign-ministry": ("Organization", "Turkish Foreign Ministry", "وزارة الخارجية التركية"),
    "organization:turkish-defence-ministry": ("Organization", "Turkish Defence Ministry", "وزارة الدفاع التركية"),
    "organization:turkish-national-intelligence-organization": (
        "Organization", "Turkish National Intelligence Organization (MIT)", "جهاز الاستخبارات التركي"),
    "organization:saudi-foreign-ministry": ("Organization", "Saudi Foreign Ministry", "وزارة الخارجية السعودية"),
    "organization:jordanian-foreign-ministry": ("Organization", "Jordanian Foreign Ministry", "وزارة الخارجية الأردنية"),
    "organization:french-foreign-ministry": ("Organization", "French Foreign Ministry", "وزارة الخارجية الفرنسية"),
    "organization:us-state-department": ("Organization", "US State Department", "وزارة الخارجية الأميركية"),
    "organization:israel-defense-forces": ("Organization", "Israel Defense Forces", "الجيش الإسرائيلي"),
    "organization:quds-force": ("Organization", "Quds Force (IRGC's external arm)", "فيلق القدس"),
    "organization:irgc": ("Organization", "Islamic Revolutionary Guard Corps", "الحرس الثوري الإيراني"),
    # Syrians
    "person:ahmed-al-sharaa": ("Person", "Ahmed al-Sharaa (Abu Mohammad al-Jolani; Syria's president since January "
                               "2025)", "أحمد الشرع"),
    "person:bashar-al-assad": ("Person", "Bashar al-Assad (President of Syria 2000-2024)", "بشار الأسد"),
    "person:mohammed-al-bashir": ("Person", "Mohammed al-Bashir (caretaker prime minister of Syria, December 2024 - "
                                  "March 2025)", "محمد البشير"),
    "person:mohammad-ghazi-al-jalali": ("Person", "Mohammad Ghazi al-Jalali (Assad's last prime minister)",
                                        "محمد غازي الجلالي"),
    "person:ali-keda": ("Person", "Ali Keda (prime minister of the Idlib Salvation Government before al-Bashir)",
                        "علي كدة"),
    "person:asaad-al-shaibani": ("Person", "Asaad al-Shaibani (Syrian foreign minister since December 2024)",
                                 "أسعد الشيباني"),
    "person:murhaf-abu-qasra": ("Person", "Murhaf Abu Qasra (Syrian defence minister)", "مرهف أبو قصرة"),
    "person:anas-khattab": ("Person", "Anas Khattab (Syrian intelligence chief, interior minister from March 2025)",
                            "أنس خطاب"),
    "person:mohammed-abdul-rahman": ("Person", "Mohammed Abdul Rahman (interior minister of the caretaker "
                                     "government)", "محمد عبد الرحمن"),
    "person:hind-kabawat": ("Person", "Hind Kabawat (Syrian social affairs minister from March 2025)", "هند قبوات"),
    "person:mazloum-abdi": ("Person", "Mazloum Abdi (commander of the Syrian Democratic Forces)", "مظلوم عبدي"),
    "person:ilham-ahmed": ("Person", "Ilham Ahmed (co-chair of the foreign relations department of the Autonomous "
                           "Administration)", "إلهام أحمد"),
    "person:samer-dib": ("Person", "Samer Dib (retired brigadier of the former Syrian army, killed 2025; filled in)",
                         "سامر ديب"),
    "person:nazim-dashtan": ("Person", "Nazim Dashtan (Kurdish journalist, killed December 2024)", "ناظم داشتان"),
    "person:cihan-bilgin": ("Person", "Cihan Bilgin (Kurdish journalist, killed December 2024)", "جيهان بلكين"),
    # Turks
    "person:recep-tayyip-erdogan": ("Person", "Recep Tayyip Erdogan (President of Turkey)", "رجب طيب أردوغان"),
    "person:hakan-fidan": ("Person", "Hakan Fidan (Turkish foreign minister)", "هاكان فيدان"),
    "person:yasar-guler": ("Person", "Yasar Guler (Turkish defence minister)", "يشار غولر"),
    "person:ibrahim-kalin": ("Person", "Ibrahim Kalin (head of Turkish intelligence, MIT)", "إبراهيم قالن"),
    # Gulf and Jordan
    "person:mohammed-bin-salman": ("Person", "Mohammed bin Salman (Saudi crown prince and prime minister)",
                                   "محمد بن سلمان"),
    "person:faisal-bin-farhan": ("Person", "Faisal bin Farhan (Saudi foreign minister)", "فيصل بن فرحان"),
    "person:mohammed-bin-abdulrahman-bin-abdulaziz": ("Person", "Mohammed bin Abdulrahman bin Abdulaziz (deputy "
                                                      "governor of Riyadh region)", "محمد بن عبدالرحمن بن عبدالعزيز"),
    "person:tamim-bin-hamad-al-thani": ("Person", "Tamim bin Hamad Al Thani (Emir of Qatar)", "تميم بن حمد آل ثاني"),
    "person:mohammed-bin-abdulrahman-al-thani": ("Person", "Mohammed bin Abdulrahman Al Thani (Qatari prime minister "
                                                 "and foreign minister)", "محمد بن عبدالرحمن آل ثاني"),
    "person:ayman-safadi": ("Person", "Ayman Safadi (Jordanian foreign minister)", "أيمن الصفدي"),
    "person:masoud-barzani": ("Person", "Masoud Barzani (leader of the Kurdistan Democratic Party)", "مسعود بارزاني"),
    # Americans, Europeans, Israelis, Iranians
    "person:donald-trump": ("Person", "Donald Trump (President of the United States)", "دونالد ترامب"),
    "person:marco-rubio": ("Person", "Marco Rubio (US secretary of state)", "ماركو روبيو"),
    "person:karoline-leavitt": ("Person", "Karoline Leavitt (White House press secretary)", "كارولين ليفيت"),
    "person:antony-blinken": ("Person", "Antony Blinken (US secretary of state until January 2025)", "أنتوني بلينكن"),
    "person:barbara-leaf": ("Person", "Barbara Leaf (US assistant secretary of state for Near Eastern affairs)",
                            "باربارا ليف"),
    "person:roger-carstens": ("Person", "Roger Carstens (US special presidential envoy for hostage affairs)",
                              "روجر كارستنز"),
    "person:daniel-rubinstein": ("Person", "Daniel Rubinstein (US State Department senior adviser on Syria)",
                                 "دانيال روبنشتاين"),
    "person:tom-barrack": ("Person", "Tom Barrack (US ambassador to Turkey and special envoy for Syria)", "توم براك"),
    "person:emmanuel-macron": ("Person", "Emmanuel Macron (President of France)", "إيمانويل ماكرون"),
    "person:jean-noel-barrot": ("Person", "Jean-Noel Barrot (French foreign minister)", "جان نويل بارو"),
    "person:annalena-baerbock": ("Person", "Annalena Baerbock (German foreign minister until May 2025)",
                                 "أنالينا بيربوك"),
    "person:joseph-aoun": ("Person", "Joseph Aoun (President of Lebanon)", "جوزاف عون"),
    "person:israel-katz": ("Person", "Israel Katz (Israeli defence minister)", "يسرائيل كاتس"),
    "person:benjamin-netanyahu": ("Person", "Benjamin Netanyahu (Prime Minister of Israel)", "بنيامين نتنياهو"),
    "person:ron-dermer": ("Person", "Ron Dermer (Israeli minister of strategic affairs)", "رون ديرمر"),
    "person:mohammad-reza-zahedi": ("Person", "Mohammad Reza Zahedi (IRGC Quds Force commander in Syria and Lebanon, "
                                    "killed April 2024)", "محمد رضا زاهدي"),
    "person:razi-mousavi": ("Person", "Razi Mousavi (IRGC adviser in Syria, killed December 2023)", "رضي موسوي"),
    "person:vladimir-putin": ("Person", "Vladimir Putin (President of Russia)", "فلاديمير بوتين"),
}
