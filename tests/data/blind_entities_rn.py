"""Entity table of blind set RM-RN (session 68, Iran's nuclear file 2010-2021: the killings of the
nuclear scientists Masoud Alimohammadi, Majid Shahriari and Mostafa Ahmadi Roshan and of Mohsen
Fakhrizadeh, Hassan Rouhani succeeding Mahmoud Ahmadinejad, Javad Zarif's talks with John Kerry,
Catherine Ashton, Federica Mogherini and the P5+1, Ali Akbar Salehi and Ernest Moniz, the IAEA chiefs
Yukiya Amano and Rafael Grossi in Tehran, the Vienna talks of 2021).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:iran": ("Country", "Iran", "إيران"),
    "country:israel": ("Country", "Israel", "إسرائيل"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:russia": ("Country", "Russia", "روسيا"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    # locations
    "location:tehran": ("Location", "Tehran (capital of Iran)", "طهران"),
    "location:vienna": ("Location", "Vienna (capital of Austria)", "فيينا"),
    "location:geneva": ("Location", "Geneva (Switzerland)", "جنيف"),
    # organizations
    "organization:iaea": ("Organization", "IAEA (International Atomic Energy Agency)", "الوكالة الدولية للطاقة الذرية"),
    "organization:atomic-energy-organization-of-iran": ("Organization", "Atomic Energy Organization of Iran",
                                                        "منظمة الطاقة الذرية الإيرانية"),
    "organization:iranian-foreign-ministry": ("Organization", "Iranian Foreign Ministry", "وزارة الخارجية الإيرانية"),
    "organization:european-union": ("Organization", "European Union", "الاتحاد الأوروبي"),
    "organization:mossad": ("Organization", "Mossad (Israeli intelligence service)", "الموساد"),
    "organization:irgc": ("Organization", "Islamic Revolutionary Guard Corps", "الحرس الثوري"),
    "organization:supreme-national-security-council": ("Organization", "Supreme National Security Council (Iran)",
                                                       "المجلس الأعلى للأمن القومي"),
    "organization:us-state-department": ("Organization", "US State Department", "وزارة الخارجية الأميركية"),
    # Iranians
    "person:ali-khamenei": ("Person", "Ali Khamenei (Supreme Leader of Iran)", "علي خامنئي"),
    "person:hassan-rouhani": ("Person", "Hassan Rouhani (President of Iran 2013-2021)", "حسن روحاني"),
    "person:mahmoud-ahmadinejad": ("Person", "Mahmoud Ahmadinejad (President of Iran 2005-2013)", "محمود أحمدي نجاد"),
    "person:mohammad-javad-zarif": ("Person", "Mohammad Javad Zarif (Iranian foreign minister 2013-2021)",
                                    "محمد جواد ظريف"),
    "person:ali-akbar-salehi": ("Person", "Ali Akbar Salehi (head of Iran's atomic energy organization, foreign "
                                "minister 2010-2013)", "علي أكبر صالحي"),
    "person:fereydoun-abbasi": ("Person", "Fereydoun Abbasi-Davani (head of Iran's atomic energy organization "
                                "2011-2013)", "فريدون عباسي"),
    "person:manouchehr-mottaki": ("Person", "Manouchehr Mottaki (Iranian foreign minister 2005-2010)", "منوشهر متكي"),
    "person:abbas-araghchi": ("Person", "Abbas Araghchi (Iranian deputy foreign minister, nuclear negotiator)",
                              "عباس عراقجي"),
    "person:ebrahim-raisi": ("Person", "Ebrahim Raisi (President of Iran 2021-2024)", "إبراهيم رئيسي"),
    "person:ali-bagheri-kani": ("Person", "Ali Bagheri Kani (Iranian deputy foreign minister from 2021)",
                                "علي باقري كني"),
    "person:saeed-jalili": ("Person", "Saeed Jalili (secretary of the Supreme National Security Council 2007-2013)",
                            "سعيد جليلي"),
    "person:ali-shamkhani": ("Person", "Ali Shamkhani (secretary of the Supreme National Security Council 2013-2023)",
                             "علي شمخاني"),
    "person:behrouz-kamalvandi": ("Person", "Behrouz Kamalvandi (spokesman of Iran's atomic energy organization)",
                                  "بهروز كمالوندي"),
    "person:amir-hatami": ("Person", "Amir Hatami (Iranian defence minister 2017-2021)", "أمير حاتمي"),
    "person:masoud-alimohammadi": ("Person", "Masoud Alimohammadi (Iranian physicist, killed January 2010)",
                                   "مسعود علي محمدي"),
    "person:majid-shahriari": ("Person", "Majid Shahriari (Iranian nuclear scientist, killed November 2010)",
                               "مجيد شهرياري"),
    "person:mostafa-ahmadi-roshan": ("Person", "Mostafa Ahmadi Roshan (Iranian nuclear scientist, killed January "
                                     "2012)", "مصطفى أحمدي روشن"),
    "person:mohsen-fakhrizadeh": ("Person", "Mohsen Fakhrizadeh (Iranian nuclear scientist, killed November 2020)",
                                  "محسن فخري زاده"),
    # Western, Russian, Israeli, Saudi
    "person:john-kerry": ("Person", "John Kerry (US Secretary of State 2013-2017)", "جون كيري"),
    "person:ernest-moniz": ("Person", "Ernest Moniz (US Secretary of Energy 2013-2017)", "إرنست مونيز"),
    "person:wendy-sherman": ("Person", "Wendy Sherman (US Under Secretary of State, nuclear negotiator)",
                             "ويندي شيرمان"),
    "person:barack-obama": ("Person", "Barack Obama (President of the United States 2009-2017)", "باراك أوباما"),
    "person:robert-malley": ("Person", "Robert Malley (US special envoy for Iran 2021-2023)", "روبرت مالي"),
    "person:catherine-ashton": ("Person", "Catherine Ashton (EU foreign policy chief 2009-2014)", "كاثرين آشتون"),
    "person:federica-mogherini": ("Person", "Federica Mogherini (EU foreign policy chief 2014-2019)",
                                  "فيديريكا موغيريني"),
    "person:helga-schmid": ("Person", "Helga Schmid (EU deputy secretary general, nuclear talks)", "هيلغا شميد"),
    "person:enrique-mora": ("Person", "Enrique Mora (EU deputy secretary general, coordinator of the Vienna talks)",
                            "إنريكي مورا"),
    "person:mikhail-ulyanov": ("Person", "Mikhail Ulyanov (Russian envoy to the international organizations in "
                               "Vienna)", "ميخائيل أوليانوف"),
    "person:wang-yi": ("Person", "Wang Yi (Chinese foreign minister)", "وانغ يي"),
    "person:saud-al-faisal": ("Person", "Saud al-Faisal (Saudi foreign minister 1975-2015)", "سعود الفيصل"),
    "person:sergei-lavrov": ("Person", "Sergei Lavrov (Russian foreign minister)", "سيرغي لافروف"),
    "person:yukiya-amano": ("Person", "Yukiya Amano (IAEA director general 2009-2019)", "يوكيا أمانو"),
    "person:rafael-grossi": ("Person", "Rafael Grossi (IAEA director general since December 2019)", "رافائيل غروسي"),
    "person:benjamin-netanyahu": ("Person", "Benjamin Netanyahu (Prime Minister of Israel)", "بنيامين نتنياهو"),
    "person:mike-pompeo": ("Person", "Mike Pompeo (US Secretary of State 2018-2021)", "مايك بومبيو"),
    "person:mohammed-bin-salman": ("Person", "Mohammed bin Salman (Saudi crown prince)", "محمد بن سلمان"),
}
