"""Entities new to the project that blind sets AS..AU use (ids of blind_entities.py and
blind_entities_gl / _mp / _qt / _uw / _xz / _ac / _af / _ai / _al are reused where they exist).
id -> (type, name, name_ar)."""

AU = {
    # --- set AS
    "person:ali-alqasimehr": ("Person", "Ali Alqasimehr", "علي القاصي مهر"),
    "person:sadegh-amoli-larijani": ("Person", "Sadegh Amoli Larijani", "صادق آملي لاريجاني"),
    "outlet:isna": ("Outlet", "ISNA", "إيسنا"),
    "person:shakhawan-abdullah": ("Person", "Shakhawan Abdullah", "شاخوان عبد الله"),
    "person:issam-shammout": ("Person", "Issam Shammout", "عصام شموط"),
    "organization:cham-wings": ("Organization", "Cham Wings", "أجنحة الشام"),
    "person:saud-al-saadi": ("Person", "Saud al-Saadi", "سعود الساعدي"),
    "person:mohammad-jafar-montazeri": ("Person", "Mohammad Jafar Montazeri", "محمد جعفر منتظري"),
    "person:naseer-abdul-mohsen": ("Person", "Naseer Abdul Mohsen", "نصير عبد المحسن"),
    "person:raed-al-maliki": ("Person", "Raed al-Maliki", "رائد المالكي"),
    "person:arkan-al-elayawi": ("Person", "Arkan al-Elayawi", "أركان العلياوي"),
    # --- set AT
    "person:ibrahim-al-dailami": ("Person", "Ibrahim al-Dailami", "إبراهيم الديلمي"),
    "person:john-brennan": ("Person", "John Brennan (CJTF-OIR commander)", "جون برينان"),
    "person:mohammed-al-hindi": ("Person", "Mohammed al-Hindi", "محمد الهندي"),
    "person:abdullah-safieddine": ("Person", "Abdullah Safieddine", "عبد الله صفي الدين"),
    "person:mowaffak-al-rubaie": ("Person", "Mowaffak al-Rubaie", "موفق الربيعي"),
    "person:mark-savaya": ("Person", "Mark Savaya", "مارك سافايا"),
    "person:sabah-al-numan": ("Person", "Sabah al-Numan", "صباح النعمان"),
    # --- set AU
    "person:jassim-al-sulaiti": ("Person", "Jassim bin Saif Al Sulaiti", "جاسم بن سيف السليطي"),
    "person:awat-sheikh-janab": ("Person", "Awat Sheikh Janab", "آوات شيخ جناب"),
    "person:jassim-mohammed-aboud": ("Person", "Jassim Mohammed Aboud", "جاسم محمد عبود"),
    "person:medhat-al-mahmoud": ("Person", "Medhat al-Mahmoud", "مدحت المحمود"),
    "organization:federal-supreme-court": ("Organization", "Federal Supreme Court of Iraq", "المحكمة الاتحادية العليا"),
    "person:brad-cooper": ("Person", "Brad Cooper", "براد كوبر"),
    "person:mohammed-abdul-wahab-al-saidi": ("Person", "Mohammed Abdul Wahab al-Saidi", "محمد عبد الوهاب السعيدي"),
    "organization:iraqi-border-guard": ("Organization", "Iraqi Border Guard Forces", "قوات حرس الحدود العراقية"),
    "person:ghiyath-al-surchi": ("Person", "Ghiyath al-Surchi", "غياث السورچي"),
}
