"""Entity table of blind set UK-UL (session 72, the Nile dam and the Horn of Africa 2011-2023: Meles
Zenawi's death and Hailemariam Desalegn's succession, Abiy Ahmed succeeding Hailemariam and his peace with
Isaias Afwerki, the talks on the Grand Ethiopian Renaissance Dam between Egypt, Sudan and Ethiopia and their
mediators, the killings of Seare Mekonnen and Hachalu Hundessa, Somalia's and Djibouti's leaders in Asmara).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:ethiopia": ("Country", "Ethiopia", "إثيوبيا"),
    "country:egypt": ("Country", "Egypt", "مصر"),
    "country:sudan": ("Country", "Sudan", "السودان"),
    "country:eritrea": ("Country", "Eritrea", "إريتريا"),
    "country:somalia": ("Country", "Somalia", "الصومال"),
    "country:djibouti": ("Country", "Djibouti", "جيبوتي"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:united-arab-emirates": ("Country", "United Arab Emirates", "الإمارات العربية المتحدة"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:democratic-republic-of-the-congo": ("Country", "Democratic Republic of the Congo",
                                                 "جمهورية الكونغو الديمقراطية"),
    "country:south-africa": ("Country", "South Africa", "جنوب أفريقيا"),
    # locations
    "location:addis-ababa": ("Location", "Addis Ababa (capital of Ethiopia)", "أديس أبابا"),
    "location:asmara": ("Location", "Asmara (capital of Eritrea)", "أسمرة"),
    "location:khartoum": ("Location", "Khartoum (capital of Sudan)", "الخرطوم"),
    "location:cairo": ("Location", "Cairo (capital of Egypt)", "القاهرة"),
    "location:bahir-dar": ("Location", "Bahir Dar (capital of Ethiopia's Amhara region)", "بحر دار"),
    "location:grand-ethiopian-renaissance-dam": ("Location", "Grand Ethiopian Renaissance Dam", "سد النهضة"),
    # organizations
    "organization:african-union": ("Organization", "African Union", "الاتحاد الأفريقي"),
    "organization:eprdf": ("Organization", "Ethiopian People's Revolutionary Democratic Front (ruling coalition "
                           "1991-2019)", "الجبهة الديمقراطية الثورية للشعوب الإثيوبية"),
    "organization:tplf": ("Organization", "Tigray People's Liberation Front", "جبهة تحرير شعب تيغراي"),
    "organization:ethiopian-national-defense-force": ("Organization", "Ethiopian National Defense Force",
                                                      "قوات الدفاع الوطني الإثيوبية"),
    "organization:sudan-sovereignty-council": ("Organization", "Sovereign Council of Sudan (2019-)",
                                               "مجلس السيادة الانتقالي"),
    "organization:world-bank": ("Organization", "World Bank", "البنك الدولي"),
    "organization:oromo-liberation-front": ("Organization", "Oromo Liberation Front", "جبهة تحرير أورومو"),
    # Ethiopians
    "person:meles-zenawi": ("Person", "Meles Zenawi (Prime Minister of Ethiopia, died August 2012)", "ملس زيناوي"),
    "person:hailemariam-desalegn": ("Person", "Hailemariam Desalegn (Prime Minister of Ethiopia 2012-2018)",
                                    "هايلي ماريام ديسالين"),
    "person:abiy-ahmed": ("Person", "Abiy Ahmed (Prime Minister of Ethiopia from April 2018)", "آبي أحمد"),
    "person:seare-mekonnen": ("Person", "Seare Mekonnen (chief of staff of the Ethiopian army, killed June 2019)",
                              "سيري ميكونن"),
    "person:adem-mohammed": ("Person", "Adem Mohammed (Ethiopian air force commander, army chief of staff "
                             "2019-2020)", "آدم محمد"),
    "person:asaminew-tsige": ("Person", "Asaminew Tsige (Amhara region security chief, killed June 2019)",
                              "أسامنيو تسيغي"),
    "person:ambachew-mekonnen": ("Person", "Ambachew Mekonnen (president of Ethiopia's Amhara region, killed "
                                 "June 2019)", "أمباتشو ميكونن"),
    "person:lake-ayalew": ("Person", "Lake Ayalew (acting president of the Amhara region 2019)", "لاكي أيالو"),
    "person:hachalu-hundessa": ("Person", "Hachalu Hundessa (Oromo singer, killed June 2020)", "هاشالو هونديسا"),
    "person:tilahun-yami": ("Person", "Tilahun Yami (suspect in Hachalu Hundessa's killing)", "تيلاهون يامي"),
    "person:adanech-abebe": ("Person", "Adanech Abebe (Attorney General of Ethiopia 2020)", "أدانيش أبيبي"),
    "person:jawar-mohammed": ("Person", "Jawar Mohammed (Oromo opposition figure)", "جوهر محمد"),
    "person:gedu-andargachew": ("Person", "Gedu Andargachew (Ethiopian foreign minister 2019-2020)",
                                "غيدو أندارغاتشو"),
    "person:seleshi-bekele": ("Person", "Seleshi Bekele (Ethiopian water minister 2018-2021)", "سيليشي بيكيلي"),
    "person:demeke-mekonnen": ("Person", "Demeke Mekonnen (Ethiopian deputy prime minister)", "دمقي مكونن"),
    "person:bereket-simon": ("Person", "Bereket Simon (Ethiopian government communications minister 2012)",
                             "بركت سمعون"),
    # Eritreans, Somalis, Djiboutians
    "person:isaias-afwerki": ("Person", "Isaias Afwerki (President of Eritrea)", "أسياس أفورقي"),
    "person:yemane-gebremeskel": ("Person", "Yemane Gebremeskel (Eritrean information minister)",
                                  "يماني جبر مسقل"),
    "person:osman-saleh-mohammed": ("Person", "Osman Saleh (Eritrean foreign minister)", "عثمان صالح"),
    "person:yemane-gebreab": ("Person", "Yemane Gebreab (Eritrean presidential adviser)", "يماني جبرآب"),
    "person:mohamed-abdullahi-farmaajo": ("Person", "Mohamed Abdullahi Farmaajo (President of Somalia "
                                          "2017-2022)", "محمد عبد الله فرماجو"),
    "person:ismail-omar-guelleh": ("Person", "Ismail Omar Guelleh (President of Djibouti)", "إسماعيل عمر جيله"),
    "person:sharif-sheikh-ahmed": ("Person", "Sharif Sheikh Ahmed (President of Somalia 2009-2012)",
                                   "شريف شيخ أحمد"),
    # Egyptians and Sudanese
    "person:abdel-fattah-el-sisi": ("Person", "Abdel Fattah el-Sisi (President of Egypt)", "عبد الفتاح السيسي"),
    "person:sameh-shoukry": ("Person", "Sameh Shoukry (Egyptian foreign minister 2014-2024)", "سامح شكري"),
    "person:hesham-qandil": ("Person", "Hesham Qandil (Prime Minister of Egypt 2012-2013)", "هشام قنديل"),
    "person:mohamed-morsi": ("Person", "Mohamed Morsi (President of Egypt 2012-2013)", "محمد مرسي"),
    "person:omar-al-bashir": ("Person", "Omar al-Bashir (President of Sudan 1989-2019)", "عمر البشير"),
    "person:abdalla-hamdok": ("Person", "Abdalla Hamdok (Prime Minister of Sudan 2019-2022)", "عبد الله حمدوك"),
    "person:abdel-fattah-al-burhan": ("Person", "Abdel Fattah al-Burhan (head of Sudan's Sovereign Council)",
                                      "عبد الفتاح البرهان"),
    "person:asma-mohamed-abdalla": ("Person", "Asma Mohamed Abdalla (Sudanese foreign minister 2019-2020)",
                                    "أسماء محمد عبد الله"),
    "person:mariam-al-sadiq-al-mahdi": ("Person", "Mariam al-Sadiq al-Mahdi (Sudanese foreign minister 2021)",
                                        "مريم الصادق المهدي"),
    # mediators and others
    "person:donald-trump": ("Person", "Donald Trump (President of the United States 2017-2021)", "دونالد ترامب"),
    "person:steven-mnuchin": ("Person", "Steven Mnuchin (US Treasury Secretary 2017-2021)", "ستيفن منوتشين"),
    "person:david-malpass": ("Person", "David Malpass (President of the World Bank 2019-2023)", "ديفيد مالباس"),
    "person:felix-tshisekedi": ("Person", "Felix Tshisekedi (President of the DR Congo, AU chairman 2021)",
                                "فيليكس تشيسيكيدي"),
    "person:cyril-ramaphosa": ("Person", "Cyril Ramaphosa (President of South Africa, AU chairman 2020)",
                               "سيريل رامافوزا"),
    "person:mohamed-bin-zayed": ("Person", "Mohamed bin Zayed (Crown Prince of Abu Dhabi)", "محمد بن زايد"),
    "person:antonio-guterres": ("Person", "Antonio Guterres (UN Secretary-General from 2017)", "أنطونيو غوتيريش"),
    "person:salman-bin-abdulaziz": ("Person", "Salman bin Abdulaziz (King of Saudi Arabia)",
                                    "سلمان بن عبد العزيز"),
}
