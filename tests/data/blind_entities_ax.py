"""Entities new to the project that blind sets AV..AX use (ids of blind_entities.py and
blind_entities_gl / _mp / _qt / _uw / _xz / _ac / _af / _ai / _al / _ao / _ar / _au are reused
where they exist). id -> (type, name, name_ar)."""

AX = {
    # --- set AV
    "person:jalil-adnan-khalaf": ("Person", "Jalil Adnan Khalaf", "جليل عدنان خلف"),
    "organization:iraqi-high-electoral-commission": (
        "Organization", "Independent High Electoral Commission (Iraq)",
        "المفوضية العليا المستقلة للانتخابات"),
    "person:mahmoud-mohammed": ("Person", "Mahmoud Mohammed", "محمود محمد"),
    "person:hoshyar-zebari": ("Person", "Hoshyar Zebari", "هوشيار زيباري"),
    "person:wayne-marotto": ("Person", "Wayne Marotto", "واين ماروتو"),
    "organization:saraya-awliya-al-dam": ("Organization", "Saraya Awliya al-Dam", "سرايا أولياء الدم"),
    "person:hakim-al-zamili": ("Person", "Hakim al-Zamili", "حاكم الزاملي"),
    "person:mohammed-mahdi-al-bayati": ("Person", "Mohammed Mahdi al-Bayati", "محمد مهدي البياتي"),
    "person:nasrollah-rashnoudi": ("Person", "Nasrollah Rashnoudi", "نصر الله رشنودي"),
    "person:hassan-danaeifar": ("Person", "Hassan Danaeifar", "حسن دانائي فر"),
    # --- set AW
    "person:sabah-al-khalid-al-sabah": ("Person", "Sabah al-Khalid al-Sabah", "صباح الخالد الصباح"),
    "person:mohammad-reza-farzin": ("Person", "Mohammad Reza Farzin", "محمد رضا فرزين"),
    "organization:central-bank-of-iran": ("Organization", "Central Bank of Iran", "البنك المركزي الإيراني"),
    "person:ali-mohsen-al-alaq": ("Person", "Ali Mohsen al-Alaq", "علي محسن العلاق"),
    "person:ali-salehabadi": ("Person", "Ali Salehabadi", "علي صالح آبادي"),
    "person:esmail-khatib": ("Person", "Esmail Khatib", "إسماعيل خطيب"),
    "person:mahmoud-alavi": ("Person", "Mahmoud Alavi", "محمود علوي"),
    "person:rostam-ghasemi": ("Person", "Rostam Ghasemi", "رستم قاسمي"),
    "person:nasser-al-shibli": ("Person", "Nasser al-Shibli", "ناصر الشبلي"),
    "organization:khatam-al-anbiya-construction-hq": (
        "Organization", "Khatam al-Anbiya Construction Headquarters", "مقر خاتم الأنبياء للإعمار"),
    "person:omar-al-waeli": ("Person", "Omar al-Waeli", "عمر الوائلي"),
    "organization:iraqi-border-ports-authority": ("Organization", "Border Ports Authority (Iraq)",
                                                  "هيئة المنافذ الحدودية"),
    "person:ali-akbar-mehrabian": ("Person", "Ali Akbar Mehrabian", "علي أكبر محرابيان"),
    "person:ziad-ali-fadel": ("Person", "Ziad Ali Fadel", "زياد علي فاضل"),
    "person:reza-ardakanian": ("Person", "Reza Ardakanian", "رضا أردكانيان"),
    # --- set AX
    "person:agnes-callamard": ("Person", "Agnes Callamard", "أنييس كالامار"),
    "person:morgan-ortagus": ("Person", "Morgan Ortagus", "مورغان أورتاغوس"),
    "person:hamid-al-yasiri": ("Person", "Hamid al-Yasiri", "حميد الياسري"),
    "organization:ansar-al-marjaiya-brigade": ("Organization", "Ansar al-Marjaiya Brigade",
                                               "لواء أنصار المرجعية"),
    "person:moein-al-kadhimi": ("Person", "Moein al-Kadhimi", "معين الكاظمي"),
    "person:naim-al-aboudi": ("Person", "Naim al-Aboudi", "نعيم العبودي"),
    "organization:mahdi-army": ("Organization", "Mahdi Army", "جيش المهدي"),
    "person:amir-hossein-ghazizadeh-hashemi": ("Person", "Amir-Hossein Ghazizadeh Hashemi",
                                               "أمير حسين قاضي زاده هاشمي"),
    "organization:foundation-of-martyrs": ("Organization", "Foundation of Martyrs and Veterans Affairs",
                                           "مؤسسة الشهيد وشؤون المضحين"),
}
