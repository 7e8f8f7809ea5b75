"""Entities new to the project that blind sets BN..BP use (ids of blind_entities.py and
blind_entities_gl / _mp / _qt / _uw / _xz / _ac / _af / _ai / _al / _ao / _ar / _au / _ax / _ba /
_bd / _bg are reused where they exist). id -> (type, name, name_ar)."""

BP = {
    # --- people introduced by a title
    "person:muthanna-al-tamimi": ("Person", "Muthanna al-Tamimi", "مثنى التميمي"),
    "person:abdul-qadir-al-dakhil": ("Person", "Abdul Qadir al-Dakhil", "عبد القادر الدخيل"),
    "person:najm-al-jubouri": ("Person", "Najm al-Jubouri", "نجم الجبوري"),
    "person:nasser-al-ghannam": ("Person", "Nasser al-Ghannam", "ناصر الغنام"),
    "person:omed-khoshnaw": ("Person", "Omed Khoshnaw", "أوميد خوشناو"),
    "person:mohammad-jamshidi": ("Person", "Mohammad Jamshidi", "محمد جمشيدي"),
    "person:majid-mirahmadi": ("Person", "Majid Mirahmadi", "مجيد مير أحمدي"),
    "person:douglas-sims": ("Person", "Douglas Sims", "دوغلاس سيمز"),
    "person:muthanna-al-samarrai": ("Person", "Muthanna al-Samarrai", "مثنى السامرائي"),
    "person:dilshad-shahab": ("Person", "Dilshad Shahab", "دلشاد شهاب"),
    "person:farhad-alaaldin": ("Person", "Farhad Alaaldin", "فرهاد علاء الدين"),
    "person:charles-q-brown": ("Person", "Charles Q. Brown", "تشارلز براون"),
    "person:barbara-leaf": ("Person", "Barbara Leaf", "باربرا ليف"),
    "person:jaafar-sheikh-mustafa": ("Person", "Jaafar Sheikh Mustafa", "جعفر شيخ مصطفى"),
    "person:bakhtiyar-mohammed-sadiq": ("Person", "Bakhtiyar Mohammed Sadiq", "بختيار محمد صديق"),
    "person:jabar-yawar": ("Person", "Jabar Yawar", "جبار ياور"),
    "person:rewaz-faiq": ("Person", "Rewaz Faiq", "ريواز فائق"),
    "person:brian-nelson": ("Person", "Brian Nelson", "براين نيلسون"),
    "person:abdul-muttalib-al-alawi": ("Person", "Abdul Muttalib al-Alawi", "عبد المطلب العلوي"),
    "person:mohammed-jaber-al-atta": ("Person", "Mohammed Jaber al-Atta", "محمد جابر العطا"),
    "person:dindar-zebari": ("Person", "Dindar Zebari", "دندار زيباري"),
    # --- organisations
    "organization:kurdistan-region-presidency": ("Organization", "Kurdistan Region Presidency",
                                                 "رئاسة إقليم كردستان"),
    "organization:kurdistan-parliament": ("Organization", "Kurdistan Region Parliament",
                                          "برلمان إقليم كردستان"),
    "organization:azm-alliance": ("Organization", "Azm Alliance", "تحالف عزم"),
    "organization:peshmerga-ministry": ("Organization", "Ministry of Peshmerga Affairs",
                                        "وزارة شؤون البيشمركة"),
    # --- places
    "location:diyala": ("Location", "Diyala", "ديالى"),
    "location:nineveh": ("Location", "Nineveh", "نينوى"),
    "location:palestine-street": ("Location", "Palestine Street", "شارع فلسطين"),
    "location:erbil-air-base": ("Location", "Erbil Air Base", "قاعدة أربيل الجوية"),
}
