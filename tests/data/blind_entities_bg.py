"""Entities new to the project that blind sets BE..BG use (ids of blind_entities.py and
blind_entities_gl / _mp / _qt / _uw / _xz / _ac / _af / _ai / _al / _ao / _ar / _au / _ax / _ba /
_bd are reused where they exist). id -> (type, name, name_ar)."""

BG = {
    # --- set BE
    "person:mukhtar-al-mousawi": ("Person", "Mukhtar al-Mousawi", "مختار الموسوي"),
    "person:hassan-fadlallah": ("Person", "Hassan Fadlallah", "حسن فضل الله"),
    "person:renad-mansour": ("Person", "Renad Mansour", "ريناد منصور"),
    "organization:chatham-house": ("Organization", "Chatham House", "تشاتام هاوس"),
    "person:mohammed-naji": ("Person", "Mohammed Naji", "محمد ناجي"),
    "person:karim-al-nouri": ("Person", "Karim al-Nouri", "كريم النوري"),
    "person:vahid-jalalzadeh": ("Person", "Vahid Jalalzadeh", "وحيد جلال زاده"),
    "organization:iranian-parliament-national-security-committee": (
        "Organization", "National Security and Foreign Policy Committee of the Iranian parliament",
        "لجنة الأمن القومي والسياسة الخارجية في مجلس الشورى الإسلامي"),
    "person:mohammad-taghi-osanloo": ("Person", "Mohammad Taghi Osanloo", "محمد تقي أوصانلو"),
    "organization:hamzeh-seyed-al-shohada-hq": ("Organization", "Hamzeh Seyed al-Shohada Headquarters",
                                                "مقر حمزة سيد الشهداء"),
    # --- set BF
    "person:milad-bidi": ("Person", "Milad Bidi", "ميلاد بيدي"),
    "person:nadav-shoshani": ("Person", "Nadav Shoshani", "نداف شوشاني"),
    "person:mohammed-al-sayhoud": ("Person", "Mohammed al-Sayhoud", "محمد الصيهود"),
    "person:alexus-grynkewich": ("Person", "Alexus Grynkewich", "ألكسوس غرينكيفيتش"),
    "organization:us-air-forces-central": ("Organization", "US Air Forces Central",
                                           "القوات الجوية المركزية الأميركية"),
    "location:akashat": ("Location", "Akashat", "عكاشات"),
    "person:sabrina-singh": ("Person", "Sabrina Singh", "سابرينا سينغ"),
    "person:saeed-abyar": ("Person", "Saeed Abyar", "سعيد آبيار"),
    "person:rami-abdulrahman": ("Person", "Rami Abdulrahman", "رامي عبد الرحمن"),
    "organization:syrian-observatory-for-human-rights": ("Organization",
                                                         "Syrian Observatory for Human Rights",
                                                         "المرصد السوري لحقوق الإنسان"),
    "location:abu-ghraib": ("Location", "Abu Ghraib", "أبو غريب"),
    "person:miqdad-miri": ("Person", "Miqdad Miri", "مقداد ميري"),
    "location:kalsu-base": ("Location", "Kalsu base", "قاعدة كالسو"),
    # --- set BG
    "person:ihsan-al-shammari": ("Person", "Ihsan al-Shammari", "إحسان الشمري"),
    "organization:political-thinking-center": ("Organization", "Political Thinking Center",
                                                "مركز التفكير السياسي"),
    "person:firas-al-yasser": ("Person", "Firas al-Yasser", "فراس الياسر"),
    "person:ali-damoush": ("Person", "Ali Damoush", "علي دعموش"),
    "person:ali-fadavi": ("Person", "Ali Fadavi", "علي فدوي"),
    "person:ahmed-fakak-al-badrani": ("Person", "Ahmed Fakak al-Badrani", "أحمد فكاك البدراني"),
    "person:farzaneh-sadegh": ("Person", "Farzaneh Sadegh", "فرزانه صادق"),
    "outlet:baghdad-today": ("Outlet", "Baghdad Today", "بغداد اليوم"),
}
