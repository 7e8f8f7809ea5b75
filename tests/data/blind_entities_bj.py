"""Entities new to the project that blind sets BH..BJ use (ids of blind_entities.py and
blind_entities_gl / _mp / _qt / _uw / _xz / _ac / _af / _ai / _al / _ao / _ar / _au / _ax / _ba /
_bd / _bg are reused where they exist). id -> (type, name, name_ar)."""

BJ = {
    # --- set BH
    "person:hisham-dawood": ("Person", "Hisham Dawood", "هشام داود"),
    "person:ahmad-abdul-hadi": ("Person", "Ahmad Abdul Hadi", "أحمد عبد الهادي"),
    "person:mohammad-jalal-firouznia": ("Person", "Mohammad Jalal Firouznia", "محمد جلال فيروزنيا"),
    "person:javad-ghaffari": ("Person", "Javad Ghaffari", "جواد غفاري"),
    "person:mohsen-fakhrizadeh": ("Person", "Mohsen Fakhrizadeh", "محسن فخري زاده"),
    "location:albukamal": ("Location", "Albukamal", "البوكمال"),
    "person:jotiar-adil": ("Person", "Jotiar Adil", "جوتيار عادل"),
    "person:steven-mnuchin": ("Person", "Steven Mnuchin", "ستيفن منوتشين"),
    "person:pope-francis": ("Person", "Pope Francis", "البابا فرنسيس"),
    "organization:holy-see": ("Organization", "Holy See (Vatican)", "الفاتيكان"),
    # --- set BI
    "person:humam-hamoudi": ("Person", "Humam Hamoudi", "همام حمودي"),
    "organization:islamic-supreme-council-of-iraq": ("Organization", "Islamic Supreme Council of Iraq",
                                                     "المجلس الأعلى الإسلامي العراقي"),
    "person:hassan-karim-al-kaabi": ("Person", "Hassan Karim al-Kaabi", "حسن كريم الكعبي"),
    "person:khamis-al-khanjar": ("Person", "Khamis al-Khanjar", "خميس الخنجر"),
    "organization:azm-alliance": ("Organization", "Azm Alliance", "تحالف عزم"),
    "location:hanana": ("Location", "al-Hanana", "الحنانة"),
    "person:salim-al-jabouri": ("Person", "Salim al-Jabouri", "سليم الجبوري"),
    "person:fazil-mirani": ("Person", "Fazil Mirani", "فاضل ميراني"),
    "person:saleh-mohammed-al-iraqi": ("Person", "Saleh Mohammed al-Iraqi", "صالح محمد العراقي"),
    "person:jaafar-al-sadr": ("Person", "Jaafar al-Sadr", "جعفر الصدر"),
    "person:dilshad-shahab": ("Person", "Dilshad Shahab", "دلشاد شهاب"),
    "organization:kurdistan-region-presidency": ("Organization", "Kurdistan Region Presidency",
                                                 "رئاسة إقليم كوردستان"),
    # --- set BJ
    "person:karim-alaiwi": ("Person", "Karim Alaiwi", "كريم عليوي"),
    "person:george-kordahi": ("Person", "George Kordahi", "جورج قرداحي"),
    "person:walid-bukhari": ("Person", "Walid Bukhari", "وليد البخاري"),
    "person:mohammad-mehdi-fadaei": ("Person", "Mohammad Mehdi Fadaei", "محمد مهدي فدائي"),
    "person:ahmed-salim-bahjat": ("Person", "Ahmed Salim Bahjat", "أحمد سليم بهجت"),
    "person:hossam-zaki": ("Person", "Hossam Zaki", "حسام زكي"),
    "organization:arab-league": ("Organization", "Arab League", "جامعة الدول العربية"),
    "person:fawzi-hariri": ("Person", "Fawzi Hariri", "فوزي الحريري"),
}
