"""Entity table of blind set SU-SV (session 70, Afghanistan and the Taliban 2019-2024: Zalmay Khalilzad's
talks with Mullah Abdul Ghani Baradar in Doha, the cancelled Camp David meeting, the opening of the
intra-Afghan talks, Ashraf Ghani's flight and the Taliban takeover, the caretaker cabinet, Khalilzad's
resignation, Amir Khan Muttaqi's and Sirajuddin Haqqani's foreign contacts, the killing of Ayman
al-Zawahiri in Kabul and the Islamic State Khorasan killings of Rahimullah Haqqani, Mohammad Dawood
Muzammil and Khalil Haqqani).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:afghanistan": ("Country", "Afghanistan", "أفغانستان"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:pakistan": ("Country", "Pakistan", "باكستان"),
    "country:qatar": ("Country", "Qatar", "قطر"),
    "country:china": ("Country", "China", "الصين"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:russia": ("Country", "Russia", "روسيا"),
    "country:united-arab-emirates": ("Country", "United Arab Emirates", "الإمارات العربية المتحدة"),
    # locations
    "location:kabul": ("Location", "Kabul (capital of Afghanistan)", "كابل"),
    "location:doha": ("Location", "Doha (capital of Qatar)", "الدوحة"),
    "location:kandahar": ("Location", "Kandahar (city in southern Afghanistan)", "قندهار"),
    "location:tehran": ("Location", "Tehran (capital of Iran)", "طهران"),
    "location:moscow": ("Location", "Moscow (capital of Russia)", "موسكو"),
    "location:abu-dhabi": ("Location", "Abu Dhabi (capital of the UAE)", "أبوظبي"),
    "location:rawalpindi": ("Location", "Rawalpindi (city in Pakistan, army headquarters)", "راولبندي"),
    "location:mazar-i-sharif": ("Location", "Mazar-i-Sharif (capital of Balkh province)", "مزار شريف"),
    # organizations
    "organization:taliban": ("Organization", "Taliban", "طالبان"),
    "organization:taliban-political-office": ("Organization", "Taliban political office in Doha",
                                              "المكتب السياسي لحركة طالبان في الدوحة"),
    "organization:haqqani-network": ("Organization", "Haqqani network", "شبكة حقاني"),
    "organization:al-qaeda": ("Organization", "al-Qaeda", "تنظيم القاعدة"),
    "organization:islamic-state-khorasan": ("Organization", "Islamic State Khorasan Province (IS-K)",
                                            "ولاية خراسان"),
    "organization:pakistan-army": ("Organization", "Pakistan Army", "الجيش الباكستاني"),
    "organization:high-council-for-national-reconciliation": (
        "Organization", "High Council for National Reconciliation (Afghanistan)", "المجلس الأعلى للمصالحة الوطنية"),
    "organization:afghan-interior-ministry": ("Organization", "Afghan Ministry of Interior", "وزارة الداخلية الأفغانية"),
    "organization:afghan-foreign-ministry": ("Organization", "Afghan Ministry of Foreign Affairs",
                                             "وزارة الخارجية الأفغانية"),
    "organization:afghan-defence-ministry": ("Organization", "Afghan Ministry of Defence", "وزارة الدفاع الأفغانية"),
    "organization:national-resistance-front-of-afghanistan": ("Organization", "National Resistance Front of Afghanistan",
                                                              "جبهة المقاومة الوطنية الأفغانية"),
    "organization:iranian-foreign-ministry": ("Organization", "Iranian Ministry of Foreign Affairs",
                                              "وزارة الخارجية الإيرانية"),
    "organization:cia": ("Organization", "Central Intelligence Agency (CIA)", "وكالة الاستخبارات المركزية"),
    "organization:us-state-department": ("Organization", "US Department of State", "وزارة الخارجية الأميركية"),
    # Taliban
    "person:abdul-ghani-baradar": ("Person", "Abdul Ghani Baradar (Taliban co-founder, head of the Doha political "
                                   "office, deputy prime minister from 2021)", "عبد الغني برادر"),
    "person:hibatullah-akhundzada": ("Person", "Hibatullah Akhundzada (supreme leader of the Taliban since 2016)",
                                     "هبة الله آخوند زاده"),
    "person:akhtar-mansour": ("Person", "Akhtar Mohammad Mansour (Taliban leader 2015-2016, killed May 2016)",
                              "أختر محمد منصور"),
    "person:mullah-omar": ("Person", "Mullah Omar (founder of the Taliban)", "الملا عمر"),
    "person:sirajuddin-haqqani": ("Person", "Sirajuddin Haqqani (Haqqani network leader, Taliban interior minister)",
                                  "سراج الدين حقاني"),
    "person:amir-khan-muttaqi": ("Person", "Amir Khan Muttaqi (Taliban foreign minister from 2021)", "أمير خان متقي"),
    "person:sher-mohammad-abbas-stanikzai": ("Person", "Sher Mohammad Abbas Stanikzai (head of the Taliban's Doha "
                                             "office until 2019, chief negotiator until 2020)", "شير محمد عباس ستانكزي"),
    "person:abdul-hakim-haqqani": ("Person", "Abdul Hakim Haqqani (Taliban chief negotiator from 2020, chief justice)",
                                   "عبد الحكيم حقاني"),
    "person:mohammad-hassan-akhund": ("Person", "Mohammad Hassan Akhund (Taliban acting prime minister from 2021)",
                                      "محمد حسن آخوند"),
    "person:abdul-salam-hanafi": ("Person", "Abdul Salam Hanafi (Taliban deputy prime minister from 2021)",
                                  "عبد السلام حنفي"),
    "person:mohammad-yaqoob": ("Person", "Mohammad Yaqoob (Taliban defence minister from 2021, son of Mullah Omar)",
                               "محمد يعقوب"),
    "person:zabihullah-mujahid": ("Person", "Zabihullah Mujahid (Taliban spokesman)", "ذبيح الله مجاهد"),
    "person:anas-haqqani": ("Person", "Anas Haqqani (Haqqani network figure, brother of Sirajuddin)", "أنس حقاني"),
    "person:khalil-haqqani": ("Person", "Khalil Haqqani (Taliban refugees minister, killed December 2024)",
                              "خليل حقاني"),
    "person:rahimullah-haqqani": ("Person", "Rahimullah Haqqani (pro-Taliban cleric, killed August 2022)",
                                  "رحيم الله حقاني"),
    "person:mohammad-dawood-muzammil": ("Person", "Mohammad Dawood Muzammil (Taliban governor of Balkh, killed "
                                        "March 2023)", "محمد داود مزمل"),
    "person:mohammad-yousuf-wafa": ("Person", "Mohammad Yousuf Wafa (Taliban governor of Kandahar, then of Balkh "
                                    "from 2023)", "محمد يوسف وفا"),
    # Afghan republic
    "person:ashraf-ghani": ("Person", "Ashraf Ghani (President of Afghanistan 2014-2021)", "أشرف غني"),
    "person:hamid-karzai": ("Person", "Hamid Karzai (President of Afghanistan 2001-2014)", "حامد كرزاي"),
    "person:abdullah-abdullah": ("Person", "Abdullah Abdullah (chairman of the High Council for National "
                                 "Reconciliation 2020-2021)", "عبد الله عبد الله"),
    "person:amrullah-saleh": ("Person", "Amrullah Saleh (First Vice President of Afghanistan 2020-2021)",
                              "أمر الله صالح"),
    "person:masoom-stanekzai": ("Person", "Masoom Stanekzai (head of the Afghan government's negotiating team)",
                                "معصوم ستانكزي"),
    "person:ahmad-massoud": ("Person", "Ahmad Massoud (leader of the National Resistance Front)", "أحمد مسعود"),
    "person:ismail-khan": ("Person", "Ismail Khan (former governor of Herat, mujahideen commander)", "إسماعيل خان"),
    # United States
    "person:zalmay-khalilzad": ("Person", "Zalmay Khalilzad (US special representative for Afghanistan "
                                "reconciliation 2018-2021)", "زلماي خليل زاد"),
    "person:thomas-west": ("Person", "Thomas West (US special representative for Afghanistan from 2021)", "توم ويست"),
    "person:david-cohen-cia": ("Person", "David Cohen (Deputy Director of the CIA 2021-2025)", "ديفيد كوهين"),
    "person:william-burns": ("Person", "William Burns (Director of the CIA 2021-2025)", "ويليام بيرنز"),
    "person:mike-pompeo": ("Person", "Mike Pompeo (US Secretary of State 2018-2021)", "مايك بومبيو"),
    "person:antony-blinken": ("Person", "Antony Blinken (US Secretary of State 2021-2025)", "أنتوني بلينكن"),
    "person:donald-trump": ("Person", "Donald Trump (US President 2017-2021)", "دونالد ترامب"),
    "person:joe-biden": ("Person", "Joe Biden (US President 2021-2025)", "جو بايدن"),
    # al-Qaeda
    "person:ayman-al-zawahiri": ("Person", "Ayman al-Zawahiri (leader of al-Qaeda 2011-2022, killed July 2022)",
                                 "أيمن الظواهري"),
    "person:osama-bin-laden": ("Person", "Osama bin Laden (founder and leader of al-Qaeda, killed May 2011)",
                               "أسامة بن لادن"),
    # Pakistan, Qatar, China, Russia, Iran, UAE
    "person:qamar-javed-bajwa": ("Person", "Qamar Javed Bajwa (Chief of Army Staff of Pakistan 2016-2022)",
                                 "قمر جاويد باجوا"),
    "person:tamim-bin-hamad-al-thani": ("Person", "Tamim bin Hamad Al Thani (Emir of Qatar)", "تميم بن حمد آل ثاني"),
    "person:mohammed-bin-abdulrahman-al-thani": ("Person", "Mohammed bin Abdulrahman Al Thani (Qatari foreign "
                                                 "minister, prime minister from 2023)", "محمد بن عبد الرحمن آل ثاني"),
    "person:wang-yi": ("Person", "Wang Yi (Chinese foreign minister)", "وانغ يي"),
    "person:zamir-kabulov": ("Person", "Zamir Kabulov (Russian presidential envoy for Afghanistan)", "ضمير كابولوف"),
    "person:hossein-amir-abdollahian": ("Person", "Hossein Amir-Abdollahian (Iranian foreign minister 2021-2024)",
                                        "حسين أمير عبد اللهيان"),
    "person:hassan-kazemi-qomi": ("Person", "Hassan Kazemi Qomi (Iran's special envoy for Afghanistan)",
                                  "حسن كاظمي قمي"),
    "person:mohamed-bin-zayed": ("Person", "Mohamed bin Zayed (President of the UAE)", "محمد بن زايد"),
}
