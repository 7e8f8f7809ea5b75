"""Entity table of blind set NO-NP (session 63, Gaza and Hamas 2024-2025: the assassination of Ismail
Haniyeh in Tehran (July 2024), Yahya Sinwar's succession and death in Rafah (October 2024), Mohammed
Sinwar and Mohammed Deif, the ceasefire talks in Doha, Cairo and Sharm el-Sheikh, and Israel's strike
on Hamas leaders in Doha (September 2025)).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:israel": ("Country", "Israel", "إسرائيل"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:qatar": ("Country", "Qatar", "قطر"),
    "country:egypt": ("Country", "Egypt", "مصر"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:palestine": ("Country", "Palestine", "فلسطين"),
    "country:turkey": ("Country", "Turkey", "تركيا"),
    # locations
    "location:tehran": ("Location", "Tehran (capital of Iran)", "طهران"),
    "location:doha": ("Location", "Doha (capital of Qatar)", "الدوحة"),
    "location:cairo": ("Location", "Cairo (capital of Egypt)", "القاهرة"),
    "location:sharm-el-sheikh": ("Location", "Sharm el-Sheikh (Egyptian Red Sea resort)", "شرم الشيخ"),
    "location:rafah": ("Location", "Rafah (city in southern Gaza)", "رفح"),
    "location:khan-younis": ("Location", "Khan Younis (city in southern Gaza)", "خان يونس"),
    "location:al-mawasi": ("Location", "al-Mawasi (coastal area west of Khan Younis)", "المواصي"),
    "location:gaza-strip": ("Location", "Gaza Strip", "قطاع غزة"),
    "location:jerusalem": ("Location", "Jerusalem", "القدس"),
    "location:tel-aviv": ("Location", "Tel Aviv", "تل أبيب"),
    "location:new-york": ("Location", "New York", "نيويورك"),
    # organizations
    "organization:hamas": ("Organization", "Hamas (Palestinian Islamist movement)", "حركة حماس"),
    "organization:al-qassam-brigades": ("Organization", "Izz ad-Din al-Qassam Brigades (Hamas's armed wing)",
                                        "كتائب القسام"),
    "organization:palestinian-islamic-jihad": ("Organization", "Palestinian Islamic Jihad", "حركة الجهاد الإسلامي"),
    "organization:irgc": ("Organization", "Islamic Revolutionary Guard Corps", "الحرس الثوري"),
    "organization:israel-defense-forces": ("Organization", "Israel Defense Forces", "الجيش الإسرائيلي"),
    "organization:israeli-defense-ministry": ("Organization", "Israeli Ministry of Defense",
                                              "وزارة الدفاع الإسرائيلية"),
    "organization:shin-bet": ("Organization", "Shin Bet (Israel Security Agency)", "الشاباك"),
    "organization:mossad": ("Organization", "Mossad (Israeli foreign intelligence)", "الموساد"),
    "organization:egyptian-general-intelligence": ("Organization", "Egypt's General Intelligence Service",
                                                   "المخابرات العامة المصرية"),
    "organization:qatari-foreign-ministry": ("Organization", "Qatar's Ministry of Foreign Affairs",
                                             "وزارة الخارجية القطرية"),
    "organization:white-house": ("Organization", "White House (US presidency)", "البيت الأبيض"),
    # people: Hamas and its armed wing
    "person:ismail-haniyeh": ("Person", "Ismail Haniyeh (Hamas political bureau chief, killed in Tehran "
                              "July 2024)", "إسماعيل هنية"),
    "person:yahya-sinwar": ("Person", "Yahya Sinwar (Hamas leader in Gaza, political bureau chief from "
                            "August 2024, killed in Rafah October 2024)", "يحيى السنوار"),
    "person:mohammed-sinwar": ("Person", "Mohammed Sinwar (Hamas military commander in Gaza, brother of "
                               "Yahya, killed May 2025)", "محمد السنوار"),
    "person:mohammed-deif": ("Person", "Mohammed Deif (Qassam Brigades commander, killed July 2024)",
                             "محمد الضيف"),
    "person:izz-al-din-al-haddad": ("Person", "Izz al-Din al-Haddad (Qassam commander in Gaza after "
                                    "Mohammed Sinwar)", "عز الدين الحداد"),
    "person:khalil-al-hayya": ("Person", "Khalil al-Hayya (Hamas chief negotiator, head of Hamas in Gaza)",
                               "خليل الحية"),
    "person:khaled-mashal": ("Person", "Khaled Mashal (former Hamas political bureau chief)", "خالد مشعل"),
    "person:zaher-jabarin": ("Person", "Zaher Jabarin (Hamas West Bank leader)", "زاهر جبارين"),
    "person:nizar-awadallah": ("Person", "Nizar Awadallah (Hamas leadership council member)", "نزار عوض الله"),
    "person:mohammed-darwish": ("Person", "Mohammed Darwish (head of Hamas's Shura Council)", "محمد درويش"),
    "person:osama-hamdan": ("Person", "Osama Hamdan (Hamas political bureau member, Beirut)", "أسامة حمدان"),
    "person:basem-naim": ("Person", "Basem Naim (Hamas political bureau member)", "باسم نعيم"),
    "person:hammam-al-hayya": ("Person", "Hammam al-Hayya (son of Khalil al-Hayya, killed in Doha "
                               "September 2025)", "همام الحية"),
    "person:jihad-labad": ("Person", "Jihad Labad (director of Khalil al-Hayya's office, killed in Doha)",
                           "جهاد لبد"),
    "person:wasim-abu-shaaban": ("Person", "Wasim Abu Shaaban (Haniyeh's bodyguard, killed with him)",
                                 "وسيم أبو شعبان"),
    "person:khaled-qaddoumi": ("Person", "Khaled Qaddoumi (Hamas representative in Tehran)", "خالد القدومي"),
    "person:ziyad-al-nakhalah": ("Person", "Ziyad al-Nakhalah (secretary-general of Palestinian Islamic Jihad)",
                                 "زياد النخالة"),
    # people: Iran
    "person:ali-khamenei": ("Person", "Ali Khamenei (Supreme Leader of Iran)", "علي خامنئي"),
    "person:masoud-pezeshkian": ("Person", "Masoud Pezeshkian (President of Iran)", "مسعود بزشكيان"),
    # people: Israel
    "person:benjamin-netanyahu": ("Person", "Benjamin Netanyahu (Prime Minister of Israel)", "بنيامين نتنياهو"),
    "person:israel-katz": ("Person", "Israel Katz (Israeli defence minister from November 2024)", "يسرائيل كاتس"),
    "person:yoav-gallant": ("Person", "Yoav Gallant (Israeli defence minister until November 2024)",
                            "يوآف غالانت"),
    "person:herzi-halevi": ("Person", "Herzi Halevi (IDF chief of staff until March 2025)", "هرتسي هاليفي"),
    "person:eyal-zamir": ("Person", "Eyal Zamir (IDF chief of staff from March 2025)", "إيال زامير"),
    "person:yaniv-asor": ("Person", "Yaniv Asor (head of the IDF Southern Command)", "يانيف عاسور"),
    "person:ron-dermer": ("Person", "Ron Dermer (Israeli strategic affairs minister)", "رون ديرمر"),
    "person:david-barnea": ("Person", "David Barnea (director of the Mossad)", "دافيد برنياع"),
    # people: mediators and the US
    "person:mohammed-bin-abdulrahman-al-thani": ("Person", "Mohammed bin Abdulrahman Al Thani (Prime Minister "
                                                 "and Foreign Minister of Qatar)", "محمد بن عبد الرحمن آل ثاني"),
    "person:tamim-bin-hamad-al-thani": ("Person", "Tamim bin Hamad Al Thani (Emir of Qatar)", "تميم بن حمد آل ثاني"),
    "person:majed-al-ansari": ("Person", "Majed al-Ansari (spokesman of Qatar's foreign ministry)", "ماجد الأنصاري"),
    "person:badr-al-dosari": ("Person", "Corporal Badr al-Dosari (Qatari Internal Security Force, killed in "
                              "Doha)", "بدر الدوسري"),
    "person:hassan-rashad": ("Person", "Hassan Rashad (head of Egypt's General Intelligence from October 2024)",
                             "حسن رشاد"),
    "person:abbas-kamel": ("Person", "Abbas Kamel (head of Egypt's General Intelligence until October 2024)",
                           "عباس كامل"),
    "person:abdel-fattah-el-sisi": ("Person", "Abdel Fattah el-Sisi (President of Egypt)", "عبد الفتاح السيسي"),
    "person:ibrahim-kalin": ("Person", "Ibrahim Kalin (head of Turkish intelligence)", "إبراهيم قالن"),
    "person:donald-trump": ("Person", "Donald Trump (President of the United States)", "دونالد ترامب"),
    "person:joe-biden": ("Person", "Joe Biden (President of the United States until January 2025)", "جو بايدن"),
    "person:steve-witkoff": ("Person", "Steve Witkoff (US special envoy to the Middle East)", "ستيف ويتكوف"),
    "person:jared-kushner": ("Person", "Jared Kushner (Trump's son-in-law and adviser)", "جاريد كوشنر"),
    "person:brett-mcgurk": ("Person", "Brett McGurk (White House Middle East coordinator)", "بريت ماكغورك"),
    "person:adam-boehler": ("Person", "Adam Boehler (US special envoy for hostage affairs)", "آدم بوهلر"),
}
