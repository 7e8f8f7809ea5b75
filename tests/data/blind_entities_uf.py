"""Entity table of blind set UE-UF (session 71, the Arab uprisings of 2011-2012 in Bahrain and Yemen: the
Peninsula Shield force's entry into Bahrain, the crown prince's dialogue offer, Jeffrey Feltman's talks in
Manama, the Bassiouni commission's report received by the king, the change at the head of the National
Security Agency; the bombing of the presidential mosque in Sanaa, Ali Abdullah Saleh's treatment and meetings
in Riyadh, Jamal Benomar's talks, Mohammed Basindawa's government, Abd Rabbuh Mansur Hadi's succession and the
killing of General Salem Qatan).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:bahrain": ("Country", "Bahrain", "البحرين"),
    "country:yemen": ("Country", "Yemen", "اليمن"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:iran": ("Country", "Iran", "إيران"),
    # locations
    "location:manama": ("Location", "Manama (capital of Bahrain)", "المنامة"),
    "location:sanaa": ("Location", "Sanaa (capital of Yemen)", "صنعاء"),
    "location:riyadh": ("Location", "Riyadh (capital of Saudi Arabia)", "الرياض"),
    "location:aden": ("Location", "Aden (city in southern Yemen)", "عدن"),
    # organizations
    "organization:al-wefaq": ("Organization", "Al-Wefaq National Islamic Society (Bahraini Shiite opposition)",
                              "جمعية الوفاق الوطني الإسلامية"),
    "organization:peninsula-shield-force": ("Organization", "Peninsula Shield Force (GCC joint force)",
                                            "قوات درع الجزيرة"),
    "organization:gcc": ("Organization", "Gulf Cooperation Council", "مجلس التعاون لدول الخليج العربية"),
    "organization:bahrain-national-security-agency": ("Organization", "National Security Agency (Bahrain)",
                                                      "جهاز الأمن الوطني"),
    "organization:bahrain-independent-commission-of-inquiry": (
        "Organization", "Bahrain Independent Commission of Inquiry (BICI, 2011)",
        "اللجنة البحرينية المستقلة لتقصي الحقائق"),
    "organization:yemen-national-council-of-revolutionary-forces": (
        "Organization", "National Council of the Forces of the Peaceful Revolution (Yemen, 2011)",
        "المجلس الوطني لقوى الثورة"),
    "organization:yemen-southern-military-region": ("Organization", "Southern Military Region (Yemeni army)",
                                                    "المنطقة العسكرية الجنوبية"),
    "organization:united-nations": ("Organization", "United Nations", "الأمم المتحدة"),
    "organization:al-qaeda-in-the-arabian-peninsula": ("Organization", "Al-Qaeda in the Arabian Peninsula (AQAP)",
                                                       "تنظيم القاعدة في جزيرة العرب"),
    "organization:ansar-al-sharia-yemen": ("Organization", "Ansar al-Sharia (Yemen, AQAP's local arm)",
                                           "أنصار الشريعة"),
    # Bahrainis
    "person:hamad-bin-isa-al-khalifa": ("Person", "Hamad bin Isa Al Khalifa (King of Bahrain)", "حمد بن عيسى آل خليفة"),
    "person:salman-bin-hamad-al-khalifa": ("Person", "Salman bin Hamad Al Khalifa (Crown Prince of Bahrain)",
                                           "سلمان بن حمد آل خليفة"),
    "person:khalifa-bin-salman-al-khalifa": ("Person", "Khalifa bin Salman Al Khalifa (Prime Minister of Bahrain "
                                             "1970-2020)", "خليفة بن سلمان آل خليفة"),
    "person:khalid-bin-ahmed-al-khalifa": ("Person", "Khalid bin Ahmed Al Khalifa (Foreign Minister of Bahrain "
                                           "2005-2020)", "خالد بن أحمد آل خليفة"),
    "person:ali-salman": ("Person", "Ali Salman (Secretary-General of Al-Wefaq)", "علي سلمان"),
    "person:khalifa-bin-abdullah-al-khalifa": ("Person", "Khalifa bin Abdullah Al Khalifa (head of Bahrain's "
                                               "National Security Agency until 2011)", "خليفة بن عبدالله آل خليفة"),
    "person:adel-fadhel": ("Person", "Adel bin Khalifa Al Fadhel (head of Bahrain's National Security Agency "
                           "from 2011)", "عادل بن خليفة الفاضل"),
    "person:mutlaq-al-azima": ("Person", "Mutlaq bin Salem al-Azima (commander of the Peninsula Shield Force)",
                               "مطلق بن سالم الأزيمع"),
    "person:cherif-bassiouni": ("Person", "Mahmoud Cherif Bassiouni (chairman of the Bahrain Independent "
                                "Commission of Inquiry)", "محمود شريف بسيوني"),
    # Yemenis
    "person:ali-abdullah-saleh": ("Person", "Ali Abdullah Saleh (President of Yemen 1990-2012)", "علي عبدالله صالح"),
    "person:abdrabbuh-mansur-hadi": ("Person", "Abd Rabbuh Mansur Hadi (President of Yemen 2012-2022)",
                                     "عبدربه منصور هادي"),
    "person:mohammed-basindawa": ("Person", "Mohammed Basindawa (Prime Minister of Yemen 2011-2014)",
                                  "محمد سالم باسندوة"),
    "person:ali-mohammed-mujawar": ("Person", "Ali Mohammed Mujawar (Prime Minister of Yemen 2007-2011)",
                                    "علي محمد مجور"),
    "person:abdulaziz-abdulghani": ("Person", "Abdulaziz Abdulghani (Chairman of Yemen's Shura Council, died "
                                    "August 2011)", "عبدالعزيز عبدالغني"),
    "person:sadiq-al-ahmar": ("Person", "Sadiq al-Ahmar (paramount sheikh of the Hashid tribes)", "صادق الأحمر"),
    "person:abu-bakr-al-qirbi": ("Person", "Abu Bakr al-Qirbi (Foreign Minister of Yemen 2001-2014)",
                                 "أبو بكر القربي"),
    "person:salem-qatan": ("Person", "Salem Ali Qatan (commander of Yemen's southern military region, killed June "
                           "2012)", "سالم علي قطن"),
    # others
    "person:jamal-benomar": ("Person", "Jamal Benomar (UN special adviser on Yemen)", "جمال بنعمر"),
    "person:jeffrey-feltman": ("Person", "Jeffrey Feltman (US Assistant Secretary of State, then UN Under-Secretary"
                               "-General)", "جيفري فيلتمان"),
    "person:john-brennan": ("Person", "John Brennan (US President's counterterrorism adviser)", "جون برينان"),
    "person:gerald-feierstein": ("Person", "Gerald Feierstein (US ambassador to Yemen)", "جيرالد فايرستاين"),
    "person:barack-obama": ("Person", "Barack Obama (President of the United States)", "باراك أوباما"),
    "person:abdullah-bin-abdulaziz": ("Person", "Abdullah bin Abdulaziz (King of Saudi Arabia 2005-2015)",
                                      "عبدالله بن عبدالعزيز"),
    "person:abdullatif-al-zayani": ("Person", "Abdullatif al-Zayani (GCC Secretary-General 2011-2020)",
                                    "عبداللطيف الزياني"),
}
