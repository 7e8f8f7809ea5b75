"""Entity table of blind set OE-OF (session 65, Afghanistan, Pakistan and their neighbours 2020-2024:
the Doha agreement and the intra-Afghan talks (Khalilzad, Mullah Baradar), the Taliban government's
ministers meeting Pakistani, Iranian and Chinese officials (Muttaqi, Kazemi Qomi), the US drone strike
that killed Ayman al-Zawahiri in Kabul (2022), ISIS-Khorasan's killings of Taliban officials, Pakistan's
changes of prime minister (Imran Khan, Shehbaz Sharif, the caretaker Kakar) and of army chief (Bajwa,
Asim Munir), the Iran-Pakistan strikes of January 2024 and the visits after them).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:afghanistan": ("Country", "Afghanistan", "أفغانستان"),
    "country:pakistan": ("Country", "Pakistan", "باكستان"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:qatar": ("Country", "Qatar", "قطر"),
    "country:china": ("Country", "China", "الصين"),
    "country:russia": ("Country", "Russia", "روسيا"),
    "country:india": ("Country", "India", "الهند"),
    # locations
    "location:kabul": ("Location", "Kabul (capital of Afghanistan)", "كابل"),
    "location:doha": ("Location", "Doha (capital of Qatar)", "الدوحة"),
    "location:islamabad": ("Location", "Islamabad (capital of Pakistan)", "إسلام آباد"),
    "location:tehran": ("Location", "Tehran city", "مدينة طهران"),
    "location:rawalpindi": ("Location", "Rawalpindi (seat of Pakistan's army headquarters)", "روالبندي"),
    # organizations
    "organization:taliban": ("Organization", "Taliban", "طالبان"),
    "organization:al-qaeda": ("Organization", "al-Qaeda", "تنظيم القاعدة"),
    "organization:cia": ("Organization", "CIA (US Central Intelligence Agency)", "وكالة المخابرات المركزية الأميركية"),
    "organization:islamic-state-khorasan": ("Organization", "Islamic State Khorasan (ISIS-K, ISKP)", "داعش خراسان"),
    "organization:haqqani-network": ("Organization", "Haqqani Network", "شبكة حقاني"),
    "organization:afghan-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Afghanistan",
                                             "وزارة الخارجية الأفغانية"),
    "organization:pakistani-foreign-ministry": ("Organization", "Pakistani Foreign Ministry",
                                                "وزارة الخارجية الباكستانية"),
    "organization:iranian-foreign-ministry": ("Organization", "Iranian Foreign Ministry", "وزارة الخارجية الإيرانية"),
    "organization:qatari-foreign-ministry": ("Organization", "Qatari Foreign Ministry", "وزارة الخارجية القطرية"),
    "organization:chinese-foreign-ministry": ("Organization", "Chinese Foreign Ministry", "وزارة الخارجية الصينية"),
    "organization:us-state-department": ("Organization", "US State Department", "وزارة الخارجية الأميركية"),
    "organization:high-council-for-national-reconciliation": ("Organization",
                                                              "High Council for National Reconciliation (Afghanistan)",
                                                              "المجلس الأعلى للمصالحة الوطنية"),
    "organization:national-resistance-front-of-afghanistan": ("Organization",
                                                              "National Resistance Front of Afghanistan",
                                                              "جبهة المقاومة الوطنية الأفغانية"),
    "organization:isi": ("Organization", "Inter-Services Intelligence (Pakistan)", "الاستخبارات العسكرية الباكستانية"),
    "organization:pakistan-army": ("Organization", "Pakistan Army", "الجيش الباكستاني"),
    "organization:pti": ("Organization", "Pakistan Tehreek-e-Insaf (PTI)", "حركة الإنصاف الباكستانية"),
    "organization:pml-n": ("Organization", "Pakistan Muslim League-Nawaz (PML-N)",
                           "حزب الرابطة الإسلامية الباكستانية - جناح نواز"),
    "organization:pakistan-peoples-party": ("Organization", "Pakistan Peoples Party (PPP)", "حزب الشعب الباكستاني"),
    "organization:jaish-al-adl": ("Organization", "Jaish al-Adl (Sunni Baluch militant group)", "جيش العدل"),
    "organization:irgc": ("Organization", "Islamic Revolutionary Guard Corps (Iran)", "الحرس الثوري الإيراني"),
    "organization:balochistan-liberation-front": ("Organization", "Balochistan Liberation Front",
                                                  "جبهة تحرير بلوشستان"),
    "organization:balochistan-liberation-army": ("Organization", "Balochistan Liberation Army",
                                                 "جيش تحرير بلوشستان"),
    # Afghans
    "person:abdul-ghani-baradar": ("Person", "Abdul Ghani Baradar (Taliban co-founder, head of the political office, "
                                   "deputy prime minister since 2021)", "عبد الغني برادر"),
    "person:mohammad-hassan-akhund": ("Person", "Mohammad Hassan Akhund (acting prime minister of the Taliban "
                                      "government since 2021)", "محمد حسن آخوند"),
    "person:amir-khan-muttaqi": ("Person", "Amir Khan Muttaqi (acting foreign minister of the Taliban government)",
                                 "أمير خان متقي"),
    "person:hibatullah-akhundzada": ("Person", "Hibatullah Akhundzada (supreme leader of the Taliban)",
                                     "هبة الله آخوند زاده"),
    "person:sirajuddin-haqqani": ("Person", "Sirajuddin Haqqani (Taliban interior minister, Haqqani network leader)",
                                  "سراج الدين حقاني"),
    "person:khalil-haqqani": ("Person", "Khalil Haqqani (Taliban refugees minister, killed December 2024)",
                              "خليل حقاني"),
    "person:abdul-kabir": ("Person", "Mawlawi Abdul Kabir (Taliban refugees minister from December 2024)",
                           "المولوي عبد الكبير"),
    "person:mohammad-dawood-muzammil": ("Person", "Mohammad Dawood Muzammil (Taliban governor of Balkh, killed "
                                        "March 2023)", "محمد داود مزمل"),
    "person:zabihullah-mujahid": ("Person", "Zabihullah Mujahid (Taliban government spokesman)", "ذبيح الله مجاهد"),
    "person:ashraf-ghani": ("Person", "Ashraf Ghani (President of Afghanistan 2014-2021)", "أشرف غني"),
    "person:abdullah-abdullah": ("Person", "Abdullah Abdullah (chairman of the High Council for National "
                                 "Reconciliation 2020-2021)", "عبد الله عبد الله"),
    "person:masoom-stanekzai": ("Person", "Masoom Stanekzai (head of the Afghan government's negotiating team "
                                "2020-2021)", "معصوم ستانكزي"),
    "person:ahmad-massoud": ("Person", "Ahmad Massoud (leader of the National Resistance Front)", "أحمد مسعود"),
    "person:ismail-khan": ("Person", "Ismail Khan (former governor of Herat, anti-Taliban commander)",
                           "إسماعيل خان"),
    # al-Qaeda
    "person:ayman-al-zawahiri": ("Person", "Ayman al-Zawahiri (al-Qaeda leader 2011-2022, killed in Kabul)",
                                 "أيمن الظواهري"),
    "person:osama-bin-laden": ("Person", "Osama bin Laden (al-Qaeda founder, killed 2011)", "أسامة بن لادن"),
    "person:saif-al-adel": ("Person", "Saif al-Adel (senior al-Qaeda commander)", "سيف العدل"),
    # Pakistanis
    "person:imran-khan": ("Person", "Imran Khan (Prime Minister of Pakistan 2018-2022, PTI founder)", "عمران خان"),
    "person:shehbaz-sharif": ("Person", "Shehbaz Sharif (Prime Minister of Pakistan 2022-2023 and since 2024)",
                              "شهباز شريف"),
    "person:anwaar-ul-haq-kakar": ("Person", "Anwaar-ul-Haq Kakar (caretaker Prime Minister of Pakistan 2023-2024)",
                                   "أنوار الحق كاكر"),
    "person:arif-alvi": ("Person", "Arif Alvi (President of Pakistan 2018-2024)", "عارف علوي"),
    "person:asif-ali-zardari": ("Person", "Asif Ali Zardari (President of Pakistan 2008-2013 and since 2024)",
                                "آصف علي زرداري"),
    "person:bilawal-bhutto-zardari": ("Person", "Bilawal Bhutto Zardari (PPP chairman)", "بلاول بوتو زرداري"),
    "person:sadiq-sanjrani": ("Person", "Sadiq Sanjrani (Chairman of the Senate of Pakistan 2018-2024)",
                              "صادق سنجراني"),
    "person:shah-mahmood-qureshi": ("Person", "Shah Mahmood Qureshi (Pakistani foreign minister 2018-2022)",
                                    "شاه محمود قريشي"),
    "person:abdul-razak-dawood": ("Person", "Abdul Razak Dawood (Pakistani prime minister's adviser on commerce "
                                  "2018-2022)", "عبد الرزاق داود"),
    "person:jalil-abbas-jilani": ("Person", "Jalil Abbas Jilani (caretaker foreign minister of Pakistan 2023-2024)",
                                  "جليل عباس جيلاني"),
    "person:ishaq-dar": ("Person", "Ishaq Dar (Pakistani foreign minister since 2024)", "إسحاق دار"),
    "person:qamar-javed-bajwa": ("Person", "Qamar Javed Bajwa (Pakistan's army chief 2016-2022)", "قمر جاويد باجوا"),
    "person:asim-munir": ("Person", "Asim Munir (Pakistan's army chief since November 2022)", "عاصم منير"),
    "person:faiz-hameed": ("Person", "Faiz Hameed (ISI director-general 2019-2021)", "فيض حميد"),
    "person:nadeem-anjum": ("Person", "Nadeem Anjum (ISI director-general 2021-2024)", "نديم أنجم"),
    "person:sahir-shamshad-mirza": ("Person", "Sahir Shamshad Mirza (Chairman Joint Chiefs of Staff Committee "
                                    "since 2022)", "ساحر شمشاد ميرزا"),
    "person:nadeem-raza": ("Person", "Nadeem Raza (Chairman Joint Chiefs of Staff Committee 2019-2022)",
                           "نديم رضا"),
    "person:rana-sanaullah": ("Person", "Rana Sanaullah (Pakistani interior minister 2022-2023)", "رانا ثناء الله"),
    # Iranians
    "person:ebrahim-raisi": ("Person", "Ebrahim Raisi (President of Iran 2021-2024)", "إبراهيم رئيسي"),
    "person:hossein-amir-abdollahian": ("Person", "Hossein Amir-Abdollahian (Iranian foreign minister 2021-2024)",
                                        "حسين أمير عبد اللهيان"),
    "person:hassan-kazemi-qomi": ("Person", "Hassan Kazemi Qomi (Iran's special envoy for Afghanistan)",
                                  "حسن كاظمي قمي"),
    "person:ali-shamkhani": ("Person", "Ali Shamkhani (secretary of Iran's Supreme National Security Council "
                             "2013-2023)", "علي شمخاني"),
    "person:mohammad-ali-hosseini": ("Person", "Mohammad Ali Hosseini (Iranian ambassador to Pakistan)",
                                     "محمد علي حسيني"),
    # Americans, Qataris, Chinese, Indians
    "person:zalmay-khalilzad": ("Person", "Zalmay Khalilzad (US special representative for Afghanistan "
                                "reconciliation 2018-2021)", "زلماي خليل زاد"),
    "person:mike-pompeo": ("Person", "Mike Pompeo (US Secretary of State 2018-2021)", "مايك بومبيو"),
    "person:mark-esper": ("Person", "Mark Esper (US Secretary of Defense 2019-2020)", "مارك إسبر"),
    "person:donald-trump": ("Person", "Donald Trump (President of the United States)", "دونالد ترامب"),
    "person:joe-biden": ("Person", "Joe Biden (President of the United States 2021-2025)", "جو بايدن"),
    "person:antony-blinken": ("Person", "Antony Blinken (US Secretary of State 2021-2025)", "أنتوني بلينكن"),
    "person:mohammed-bin-abdulrahman-al-thani": ("Person", "Mohammed bin Abdulrahman Al Thani (Qatari foreign "
                                                 "minister, prime minister since 2023)", "محمد بن عبد الرحمن آل ثاني"),
    "person:wang-yi": ("Person", "Wang Yi (Chinese foreign minister)", "وانغ يي"),
    "person:sergei-lavrov": ("Person", "Sergei Lavrov (Russian foreign minister)", "سيرغي لافروف"),
    "person:narendra-modi": ("Person", "Narendra Modi (Prime Minister of India)", "ناريندرا مودي"),
}
