"""Entities new to the project that blind sets AY..BA use (ids of blind_entities.py and
blind_entities_gl / _mp / _qt / _uw / _xz / _ac / _af / _ai / _al / _ao / _ar / _au are reused
where they exist). id -> (type, name, name_ar)."""

BA = {
    # --- set AY
    "country:azerbaijan": ("Country", "Azerbaijan", "أذربيجان"),
    "person:ilham-aliyev": ("Person", "Ilham Aliyev", "إلهام علييف"),
    "person:pir-hossein-kolivand": ("Person", "Pir-Hossein Kolivand", "بير حسين كوليوند"),
    "organization:iranian-red-crescent": ("Organization", "Iranian Red Crescent Society",
                                          "جمعية الهلال الأحمر الإيراني"),
    "person:ayman-sousan": ("Person", "Ayman Sousan", "أيمن سوسان"),
    "person:mohammad-reza-aref": ("Person", "Mohammad Reza Aref", "محمد رضا عارف"),
    "person:nikol-pashinyan": ("Person", "Nikol Pashinyan", "نيكول باشينيان"),
    "country:armenia": ("Country", "Armenia", "أرمينيا"),
    "person:mohsen-haji-mirzaei": ("Person", "Mohsen Haji-Mirzaei", "محسن حاجي ميرزائي"),
    "person:abdolnaser-hemmati": ("Person", "Abdolnaser Hemmati", "عبد الناصر همتي"),
    "person:mohammad-karami": ("Person", "Mohammad Karami", "محمد كرمي"),
    # --- set AZ
    "person:tahnoun-bin-zayed": ("Person", "Tahnoun bin Zayed", "طحنون بن زايد"),
    "person:abdullatif-al-zayani": ("Person", "Abdullatif al-Zayani", "عبد اللطيف الزياني"),
    "country:bahrain": ("Country", "Bahrain", "البحرين"),
    "organization:qatari-foreign-ministry": ("Organization", "Qatari Ministry of Foreign Affairs",
                                             "وزارة الخارجية القطرية"),
    "person:sultan-al-nuamani": ("Person", "Sultan bin Mohammed al-Nuamani", "سلطان بن محمد النعماني"),
    "person:ali-mahmoud-abbas": ("Person", "Ali Mahmoud Abbas", "علي محمود عباس"),
    "person:ebrahim-azizi": ("Person", "Ebrahim Azizi", "إبراهيم عزيزي"),
    # --- set BA
    "person:nazim-dabbagh": ("Person", "Nazim Dabbagh", "ناظم دباغ"),
    "person:falah-mustafa": ("Person", "Falah Mustafa Bakir", "فلاح مصطفى"),
    "person:mohammed-rushdi": ("Person", "Mohammed Rushdi", "محمد رشدي"),
    "person:zubair-halabi": ("Person", "Zubair Halabi", "زبير حلبي"),
    "location:sidakan": ("Location", "Sidakan", "سيدكان"),
    "person:bese-hozat": ("Person", "Bese Hozat", "بسي هوزات"),
    "person:pervin-buldan": ("Person", "Pervin Buldan", "بروين بولدان"),
    "organization:dem-party": ("Organization", "Peoples' Equality and Democracy Party (DEM Party)",
                               "حزب المساواة الشعبية والديمقراطية"),
    "person:ali-nizar-al-shatri": ("Person", "Ali Nizar al-Shatri", "علي نزار الشطري"),
    "organization:somo": ("Organization", "State Organization for Marketing of Oil (SOMO)",
                          "شركة تسويق النفط (سومو)"),
    "organization:komala": ("Organization", "Komala Party of Iranian Kurdistan", "حزب كومله"),
    "person:abdullah-mohtadi": ("Person", "Abdullah Mohtadi", "عبد الله مهتدي"),
    "person:zaki-shingali": ("Person", "Ismail Ozden (Zaki Shingali)", "زكي شنكالي"),
    "organization:turkish-armed-forces": ("Organization", "Turkish Armed Forces", "الجيش التركي"),
    "person:vian-dakhil": ("Person", "Vian Dakhil", "فيان دخيل"),
    "person:ibrahim-al-jaafari": ("Person", "Ibrahim al-Jaafari", "إبراهيم الجعفري"),
    "person:fatih-yildiz": ("Person", "Fatih Yildiz", "فاتح يلدز"),
}
BA["person:nadine-olivieri-lozano"] = ("Person", "Nadine Olivieri Lozano", "نادين أوليفييري لوزانو")
BA.update({
    "person:sabah-al-khalid-al-sabah": ("Person", "Sabah al-Khalid al-Hamad al-Sabah",
                                        "صباح الخالد الحمد الصباح"),
    "organization:central-bank-of-iran": ("Organization", "Central Bank of Iran",
                                          "البنك المركزي الإيراني"),
    "person:mohammad-reza-farzin": ("Person", "Mohammad Reza Farzin", "محمد رضا فرزين"),
    "person:ali-salehabadi": ("Person", "Ali Salehabadi", "علي صالح آبادي"),
})
