"""Entity table of blind set PW-PX (session 67, Lebanon 2019-2025: Saad Hariri's resignation and the
governments of Hassan Diab and Najib Mikati, the Beirut port blast and its investigation, the French
and US envoys Jean-Yves Le Drian and Amos Hochstein and their rounds with Berri, Mikati and Aoun, the
Hezbollah commanders killed in 2024, Joseph Aoun's election after the vacancy and Nawaf Salam's
designation).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:lebanon": ("Country", "Lebanon", "لبنان"),
    "country:israel": ("Country", "Israel", "إسرائيل"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:france": ("Country", "France", "فرنسا"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:qatar": ("Country", "Qatar", "قطر"),
    # locations
    "location:beirut": ("Location", "Beirut (capital of Lebanon)", "بيروت"),
    "location:dahiyeh": ("Location", "Dahiyeh (Beirut's southern suburbs)", "الضاحية الجنوبية"),
    "location:haret-hreik": ("Location", "Haret Hreik (district of Beirut's southern suburbs)", "حارة حريك"),
    "location:grand-serail": ("Location", "Grand Serail (seat of the Lebanese prime minister)", "السراي الحكومي"),
    # organizations
    "organization:hezbollah": ("Organization", "Hezbollah (Lebanese Shiite movement)", "حزب الله"),
    "organization:lebanese-parliament": ("Organization", "Lebanese Parliament", "مجلس النواب اللبناني"),
    "organization:lebanese-army": ("Organization", "Lebanese Army", "الجيش اللبناني"),
    "organization:amal-movement": ("Organization", "Amal Movement (Lebanese Shiite party)", "حركة أمل"),
    "organization:future-movement": ("Organization", "Future Movement (Hariri's party)", "تيار المستقبل"),
    "organization:free-patriotic-movement": ("Organization", "Free Patriotic Movement", "التيار الوطني الحر"),
    "organization:lebanese-forces": ("Organization", "Lebanese Forces (Christian party)", "القوات اللبنانية"),
    "organization:radwan-force": ("Organization", "Radwan Force (Hezbollah's elite unit)", "قوة الرضوان"),
    "organization:israel-defense-forces": ("Organization", "Israel Defense Forces", "الجيش الإسرائيلي"),
    "organization:hamas": ("Organization", "Hamas (Palestinian movement)", "حماس"),
    "organization:saudi-foreign-ministry": ("Organization", "Saudi Foreign Ministry", "وزارة الخارجية السعودية"),
    "organization:hezbollah-executive-council": ("Organization", "Hezbollah Executive Council",
                                                 "المجلس التنفيذي لحزب الله"),
    "organization:supreme-judicial-council": ("Organization", "Supreme Judicial Council (Lebanon)",
                                              "مجلس القضاء الأعلى"),
    # Lebanese politicians
    "person:saad-hariri": ("Person", "Saad Hariri (Prime Minister of Lebanon 2016-2020)", "سعد الحريري"),
    "person:hassan-diab": ("Person", "Hassan Diab (Prime Minister of Lebanon 2020-2021)", "حسان دياب"),
    "person:najib-mikati": ("Person", "Najib Mikati (Prime Minister of Lebanon 2021-2025)", "نجيب ميقاتي"),
    "person:mustapha-adib": ("Person", "Mustapha Adib (Lebanese ambassador to Germany, PM-designate 2020)",
                             "مصطفى أديب"),
    "person:nawaf-salam": ("Person", "Nawaf Salam (Prime Minister of Lebanon since 2025)", "نواف سلام"),
    "person:michel-aoun": ("Person", "Michel Aoun (President of Lebanon 2016-2022)", "ميشال عون"),
    "person:joseph-aoun": ("Person", "Joseph Aoun (army commander 2017-2025, President of Lebanon since 2025)",
                           "جوزاف عون"),
    "person:jean-kahwaji": ("Person", "Jean Kahwaji (Lebanese army commander 2008-2017)", "جان قهوجي"),
    "person:nabih-berri": ("Person", "Nabih Berri (Speaker of the Lebanese Parliament, Amal leader)", "نبيه بري"),
    "person:ali-hassan-khalil": ("Person", "Ali Hassan Khalil (Amal MP, Berri's political aide)", "علي حسن خليل"),
    "person:gebran-bassil": ("Person", "Gebran Bassil (head of the Free Patriotic Movement)", "جبران باسيل"),
    "person:samir-geagea": ("Person", "Samir Geagea (head of the Lebanese Forces)", "سمير جعجع"),
    # judiciary (port blast)
    "person:tarek-bitar": ("Person", "Tarek Bitar (judicial investigator of the Beirut port blast since 2021)",
                           "طارق البيطار"),
    "person:fadi-sawan": ("Person", "Fadi Sawan (first judicial investigator of the Beirut port blast)",
                          "فادي صوان"),
    "person:marie-claude-najm": ("Person", "Marie-Claude Najm (Lebanese justice minister 2020-2021)",
                                 "ماري كلود نجم"),
    "person:suhail-abboud": ("Person", "Suhail Abboud (head of Lebanon's Supreme Judicial Council)", "سهيل عبود"),
    # Hezbollah
    "person:hassan-nasrallah": ("Person", "Hassan Nasrallah (Hezbollah secretary-general 1992-2024)", "حسن نصرالله"),
    "person:naim-qassem": ("Person", "Naim Qassem (Hezbollah secretary-general since October 2024)", "نعيم قاسم"),
    "person:fuad-shukr": ("Person", "Fuad Shukr (Hezbollah military commander, killed July 2024)", "فؤاد شكر"),
    "person:ibrahim-aqil": ("Person", "Ibrahim Aqil (Radwan Force commander, killed September 2024)", "إبراهيم عقيل"),
    "person:ahmed-wahbi": ("Person", "Ahmed Wahbi (Hezbollah commander, killed September 2024)", "أحمد وهبي"),
    "person:hashem-safieddine": ("Person", "Hashem Safieddine (head of Hezbollah's Executive Council, killed 2024)",
                                 "هاشم صفي الدين"),
    "person:milad-bidi": ("Person", "Milad Bidi (Iranian military adviser, killed July 2024)", "ميلاد بيدي"),
    "person:ismail-haniyeh": ("Person", "Ismail Haniyeh (Hamas political bureau chief, killed July 2024)",
                              "إسماعيل هنية"),
    # foreign
    "person:emmanuel-macron": ("Person", "Emmanuel Macron (President of France)", "إيمانويل ماكرون"),
    "person:jean-yves-le-drian": ("Person", "Jean-Yves Le Drian (French presidential envoy to Lebanon)",
                                  "جان إيف لودريان"),
    "person:anne-grillo": ("Person", "Anne Grillo (French ambassador to Lebanon 2020-2023)", "آن غريو"),
    "person:herve-magro": ("Person", "Herve Magro (French ambassador to Lebanon since 2023)", "هيرفيه ماغرو"),
    "person:amos-hochstein": ("Person", "Amos Hochstein (US presidential envoy)", "آموس هوكشتاين"),
    "person:lisa-johnson": ("Person", "Lisa Johnson (US ambassador to Lebanon)", "ليزا جونسون"),
    "person:joe-biden": ("Person", "Joe Biden (President of the United States 2021-2025)", "جو بايدن"),
    "person:benjamin-netanyahu": ("Person", "Benjamin Netanyahu (Prime Minister of Israel)", "بنيامين نتنياهو"),
    "person:yoav-gallant": ("Person", "Yoav Gallant (Israeli defense minister until November 2024)", "يوآف غالانت"),
    "person:walid-bukhari": ("Person", "Walid Bukhari (Saudi ambassador to Lebanon)", "وليد بخاري"),
    "person:faisal-bin-farhan": ("Person", "Faisal bin Farhan (Saudi foreign minister)", "فيصل بن فرحان"),
    "person:mohammed-bin-salman": ("Person", "Mohammed bin Salman (Saudi crown prince and prime minister)",
                                   "محمد بن سلمان"),
    "person:antony-blinken": ("Person", "Antony Blinken (US Secretary of State 2021-2025)", "أنتوني بلينكن"),
    "person:daniel-hagari": ("Person", "Daniel Hagari (Israeli army spokesman)", "دانيال هاغاري"),
    "person:yazid-bin-farhan": ("Person", "Yazid bin Farhan (Saudi foreign ministry adviser, Lebanon file)",
                                "يزيد بن فرحان"),
    "person:ghazi-zaiter": ("Person", "Ghazi Zaiter (Amal MP, former minister)", "غازي زعيتر"),
    "person:fairuz": ("Person", "Fairuz (Lebanese singer)", "فيروز"),
}
