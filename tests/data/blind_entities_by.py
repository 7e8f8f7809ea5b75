"""Entities new to the project that blind sets BW..BY use (ids of blind_entities.py and the
other annotators' entity files, except blind_entities_cb.py, are reused where they exist).
id -> (type, name, name_ar)."""

BY = {
    # --- set BW
    "person:sabah-al-ahmad-al-jaber-al-sabah": ("Person", "Sabah al-Ahmad al-Jaber al-Sabah",
                                                "صباح الأحمد الجابر الصباح"),
    "person:ahmad-nasser-al-mohammad": ("Person", "Ahmad Nasser al-Mohammad al-Sabah",
                                        "أحمد ناصر المحمد الصباح"),
    "person:mostafa-madbouly": ("Person", "Mostafa Madbouly", "مصطفى مدبولي"),
    "person:saad-al-hadithi": ("Person", "Saad al-Hadithi", "سعد الحديثي"),
    "location:abqaiq": ("Location", "Abqaiq", "بقيق"),
    "location:khurais": ("Location", "Khurais", "خريص"),
    # --- set BX
    "person:veysel-eroglu": ("Person", "Veysel Eroglu", "فيصل أر أوغلو"),
    "person:aoun-dhiab-abdullah": ("Person", "Aoun Dhiab Abdullah", "عون ذياب عبد الله"),
    "person:mahdi-rashid-al-hamdani": ("Person", "Mahdi Rashid al-Hamdani", "مهدي رشيد الحمداني"),
    "person:khaled-shamal": ("Person", "Khaled Shamal", "خالد شمال"),
    "person:saleh-al-kharabsheh": ("Person", "Saleh al-Kharabsheh", "صالح الخرابشة"),
    "person:adel-karim": ("Person", "Adel Karim", "عادل كريم"),
    "person:ahmed-moussa-al-abadi": ("Person", "Ahmed Moussa al-Abadi", "أحمد موسى العبادي"),
    "location:al-rutba": ("Location", "Al-Rutba", "الرطبة"),
    "person:othman-al-ghanimi": ("Person", "Othman al-Ghanimi", "عثمان الغانمي"),
    "person:yassin-al-yasiri": ("Person", "Yassin al-Yasiri", "ياسين الياسري"),
    "person:ali-farhan-al-dulaimi": ("Person", "Ali Farhan al-Dulaimi", "علي فرحان الدليمي"),
    "person:abdulaziz-al-shammari": ("Person", "Abdulaziz al-Shammari", "عبد العزيز الشمري"),
    "location:arar-crossing": ("Location", "Arar border crossing", "منفذ عرعر"),
    "person:yusuf-bin-alawi": ("Person", "Yusuf bin Alawi bin Abdullah", "يوسف بن علوي"),
    "person:yousef-huneiti": ("Person", "Yousef al-Huneiti", "يوسف الحنيطي"),
    "organization:jordan-armed-forces": ("Organization", "Jordan Armed Forces",
                                         "القوات المسلحة الأردنية"),
    "person:salem-al-zamanan": ("Person", "Salem Ghassab al-Zamanan", "سالم غصاب الزمانان"),
    "location:safwan-crossing": ("Location", "Safwan border crossing", "منفذ سفوان"),
    # --- set BY
    "person:abu-ali-al-dabi": ("Person", "Abu Ali al-Dabi", "أبو علي الدبي"),
    "person:abu-ali-al-tunisi": ("Person", "Abu Ali al-Tunisi", "أبو علي التونسي"),
    "location:wadi-al-ghadaf": ("Location", "Wadi al-Ghadaf", "وادي الغدف"),
    "person:usama-al-muhajir": ("Person", "Usama al-Muhajir", "أسامة المهاجر"),
    "person:maher-al-agal": ("Person", "Maher al-Agal", "ماهر العقال"),
    "location:jindires": ("Location", "Jindires", "جنديرس"),
    "person:abu-yusif": ("Person", "Abu Yusif (Mahmud)", "أبو يوسف"),
    "location:deir-ez-zor": ("Location", "Deir ez-Zor province", "دير الزور"),
    "organization:syrian-national-army": ("Organization", "Syrian National Army",
                                          "الجيش الوطني السوري"),
    "person:tahseen-osama": ("Person", "Tahseen Osama", "تحسين أسامة"),
}
