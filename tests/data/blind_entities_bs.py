"""Entities new to the project that blind sets BQ..BS use (ids of blind_entities.py and
blind_entities_gl / _mp / _qt / _uw / _xz / _ac / _af / _ai / _al / _ao / _ar / _au / _ax / _ba /
_bd / _bg are reused where they exist). id -> (type, name, name_ar).
`merged()` returns the merged entity table used by setBQ, setBR and setBS."""

BS = {
    # --- set BQ
    "person:mohammed-al-hashemi": ("Person", "Mohammed al-Hashemi (Abu Jihad)", "محمد الهاشمي"),
    "person:ahmed-al-safi": ("Person", "Ahmed al-Safi", "أحمد الصافي"),
    "person:jamil-al-shammari": ("Person", "Jamil al-Shammari", "جميل الشمري"),
    "organization:basra-operations-command": ("Organization", "Basra Operations Command",
                                              "قيادة عمليات البصرة"),
    "person:adel-al-dakhili": ("Person", "Adel al-Dakhili", "عادل الدخيلي"),
    "location:dhi-qar": ("Location", "Dhi Qar", "ذي قار"),
    "person:qusay-al-suhail": ("Person", "Qusay al-Suhail", "قصي السهيل"),
    "organization:binaa-alliance": ("Organization", "Binaa alliance", "تحالف البناء"),
    "person:mohammed-tawfiq-allawi": ("Person", "Mohammed Tawfiq Allawi", "محمد توفيق علاوي"),
    "person:vian-sabri": ("Person", "Vian Sabri", "فيان صبري"),
    "person:nada-shaker-jawdat": ("Person", "Nada Shaker Jawdat", "ندى شاكر جودت"),
    "person:kataa-al-rikabi": ("Person", "Kataa al-Rikabi", "كاطع الركابي"),
    # --- set BR
    "person:william-seely": ("Person", "William Seely", "ويليام سيلي"),
    "organization:task-force-iraq": ("Organization", "Task Force-Iraq", "قوة المهام في العراق"),
    "person:nabil-al-tarfi": ("Person", "Nabil al-Tarfi", "نبيل الطرفي"),
    "person:yahya-rahim-safavi": ("Person", "Yahya Rahim Safavi", "يحيى رحيم صفوي"),
    "organization:basij": ("Organization", "Basij", "الباسيج"),
    "person:zeinab-soleimani": ("Person", "Zeinab Soleimani", "زينب سليماني"),
    "person:luay-al-yasiri": ("Person", "Luay al-Yasiri", "لؤي الياسري"),
    "person:rob-waller": ("Person", "Rob Waller", "روب والر"),
    "person:jotiar-adil": ("Person", "Jotiar Adil", "جوتيار عادل"),
    # --- set BS
    "person:najah-al-shammari": ("Person", "Najah al-Shammari", "نجاح الشمري"),
    "person:erfan-al-hiyali": ("Person", "Erfan al-Hiyali", "عرفان الحيالي"),
    "person:keyvan-khosravi": ("Person", "Keyvan Khosravi", "كيوان خسروي"),
    "person:david-hale": ("Person", "David Hale", "ديفيد هيل"),
    "person:abdul-karim-hashim": ("Person", "Abdul Karim Hashim", "عبد الكريم هاشم"),
    "person:muhannad-al-uqabi": ("Person", "Muhannad al-Uqabi", "مهند العقابي"),
    "person:khalid-bin-khalifa-al-thani": ("Person", "Khalid bin Khalifa Al Thani",
                                           "خالد بن خليفة آل ثاني"),
    "organization:qatar-emiri-diwan": ("Organization", "Emiri Diwan (Qatar)", "الديوان الأميري"),
    "person:pat-white": ("Person", "Pat White", "بات وايت"),
    "person:paul-lacamera": ("Person", "Paul LaCamera", "بول لاكاميرا"),
    "person:rebin-salam": ("Person", "Rebin Salam", "ريبين سلام"),
}
