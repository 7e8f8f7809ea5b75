"""Entity table of blind set SA-SB (session 69, Iran 1979-1990: the killing of Morteza Motahhari by the
Forqan group, Arafat's visit of February 1979, Waldheim's mission of January 1980, the Hafte Tir bombing
that killed Mohammad Beheshti, Banisadr's impeachment and flight, the bombing that killed Rajai and
Bahonar, Khamenei's election as president and Mousavi's as prime minister, Montazeri's removal as
designated successor, Khomeini's death and Khamenei's election as leader, Rafsanjani's presidency and
his meetings with Hafez al-Assad and with the Iraqi and Kuwaiti foreign ministers).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:iran": ("Country", "Iran", "إيران"),
    "country:iraq": ("Country", "Iraq", "العراق"),
    "country:kuwait": ("Country", "Kuwait", "الكويت"),
    "country:syria": ("Country", "Syria", "سوريا"),
    "country:france": ("Country", "France", "فرنسا"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    # locations
    "location:tehran": ("Location", "Tehran (capital of Iran)", "طهران"),
    "location:qom": ("Location", "Qom (Iranian holy city)", "قم"),
    "location:geneva": ("Location", "Geneva", "جنيف"),
    # organizations
    "organization:forqan-group": ("Organization", "Forqan group (Iranian anti-clerical armed group, 1978-1980)",
                                  "جماعة فرقان"),
    "organization:mujahedin-e-khalq": ("Organization", "Mujahedin-e Khalq (People's Mojahedin, MEK)",
                                       "منظمة مجاهدي خلق"),
    "organization:islamic-republican-party": ("Organization", "Islamic Republican Party (Iran, 1979-1987)",
                                              "الحزب الجمهوري الإسلامي"),
    "organization:iranian-revolutionary-council": ("Organization", "Council of the Islamic Revolution (Iran, 1979-1980)",
                                                   "مجلس الثورة الإسلامية"),
    "organization:assembly-of-experts": ("Organization", "Assembly of Experts (Iran)", "مجلس خبراء القيادة"),
    "organization:iranian-parliament": ("Organization", "Islamic Consultative Assembly (Iran's parliament, Majlis)",
                                        "مجلس الشورى الإسلامي"),
    "organization:iranian-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Iran",
                                              "وزارة الخارجية الإيرانية"),
    "organization:iraqi-foreign-ministry": ("Organization", "Iraqi Foreign Ministry", "وزارة الخارجية العراقية"),
    "organization:kuwaiti-foreign-ministry": ("Organization", "Kuwaiti Foreign Ministry", "وزارة الخارجية الكويتية"),
    "organization:syrian-foreign-ministry": ("Organization", "Syrian Ministry of Foreign Affairs",
                                             "وزارة الخارجية السورية"),
    "organization:plo": ("Organization", "Palestine Liberation Organization", "منظمة التحرير الفلسطينية"),
    "organization:united-nations": ("Organization", "United Nations", "الأمم المتحدة"),
    "organization:irgc": ("Organization", "Islamic Revolutionary Guard Corps", "الحرس الثوري"),
    # Iranian leaders and clerics
    "person:ruhollah-khomeini": ("Person", "Ruhollah Khomeini (founder and Supreme Leader of the Islamic Republic, "
                                 "died June 1989)", "روح الله الخميني"),
    "person:ahmad-khomeini": ("Person", "Ahmad Khomeini (son and aide of Ruhollah Khomeini)", "أحمد الخميني"),
    "person:ali-khamenei": ("Person", "Ali Khamenei (President of Iran 1981-1989, Supreme Leader since 1989)",
                            "علي خامنئي"),
    "person:ali-akbar-hashemi-rafsanjani": ("Person", "Akbar Hashemi Rafsanjani (Speaker of the Majlis 1980-1989, "
                                            "President of Iran 1989-1997)", "أكبر هاشمي رفسنجاني"),
    "person:mir-hossein-mousavi": ("Person", "Mir Hossein Mousavi (Prime Minister of Iran 1981-1989)",
                                   "مير حسين موسوي"),
    "person:ali-akbar-velayati": ("Person", "Ali Akbar Velayati (Iranian foreign minister 1981-1997)",
                                  "علي أكبر ولايتي"),
    "person:mehdi-karroubi": ("Person", "Mehdi Karroubi (Speaker of the Majlis 1989-1992)", "مهدي كروبي"),
    "person:morteza-motahhari": ("Person", "Morteza Motahhari (cleric, member of the Revolutionary Council, "
                                 "killed May 1979)", "مرتضى مطهري"),
    "person:valiollah-qarani": ("Person", "Valiollah Qarani (first chief of staff after the revolution, "
                                "killed April 1979)", "ولي الله قرني"),
    "person:mehdi-bazargan": ("Person", "Mehdi Bazargan (Prime Minister of the interim government, 1979)",
                              "مهدي بازركان"),
    "person:ebrahim-yazdi": ("Person", "Ebrahim Yazdi (deputy prime minister, then foreign minister, 1979)",
                             "إبراهيم يزدي"),
    "person:mahmoud-taleghani": ("Person", "Mahmoud Taleghani (Ayatollah, Tehran's Friday prayer leader, died 1979)",
                                 "محمود طالقاني"),
    "person:sadegh-ghotbzadeh": ("Person", "Sadegh Ghotbzadeh (Iranian foreign minister 1979-1980)", "صادق قطب زاده"),
    "person:abolhassan-banisadr": ("Person", "Abolhassan Banisadr (first President of Iran, 1980-1981)",
                                   "أبو الحسن بني صدر"),
    "person:mohammad-beheshti": ("Person", "Mohammad Beheshti (head of the judiciary and of the Islamic Republican "
                                 "Party, killed June 1981)", "محمد بهشتي"),
    "person:abdolkarim-mousavi-ardebili": ("Person", "Abdolkarim Mousavi Ardebili (head of Iran's Supreme Court "
                                           "1981-1989)", "عبد الكريم موسوي أردبيلي"),
    "person:mohammad-ali-rajai": ("Person", "Mohammad-Ali Rajai (Prime Minister 1980-1981, President of Iran "
                                  "August 1981, killed)", "محمد علي رجائي"),
    "person:mohammad-javad-bahonar": ("Person", "Mohammad-Javad Bahonar (Prime Minister of Iran August 1981, killed)",
                                      "محمد جواد باهنر"),
    "person:mohammad-reza-mahdavi-kani": ("Person", "Mohammad-Reza Mahdavi Kani (interim Prime Minister of Iran "
                                          "September-October 1981)", "محمد رضا مهدوي كني"),
    "person:massoud-kashmiri": ("Person", "Massoud Kashmiri (suspected bomber of August 1981)", "مسعود كشميري"),
    "person:hossein-ali-montazeri": ("Person", "Hossein-Ali Montazeri (Ayatollah, designated successor of Khomeini "
                                     "1985-1989)", "حسين علي منتظري"),
    "person:ali-meshkini": ("Person", "Ali Meshkini (chairman of the Assembly of Experts 1983-2007)", "علي مشكيني"),
    "person:massoud-rajavi": ("Person", "Massoud Rajavi (leader of the MEK)", "مسعود رجوي"),
    "person:behzad-moezzi": ("Person", "Behzad Moezzi (Iranian air force pilot who flew Banisadr out, 1981)",
                             "بهزاد معزي"),
    # Arab, Palestinian and international
    "person:yasser-arafat": ("Person", "Yasser Arafat (Chairman of the PLO)", "ياسر عرفات"),
    "person:hani-al-hassan": ("Person", "Hani al-Hassan (Arafat aide, first PLO representative in Tehran)",
                              "هاني الحسن"),
    "person:khalil-al-wazir": ("Person", "Khalil al-Wazir (Abu Jihad, Fatah commander)", "خليل الوزير"),
    "person:hafez-al-assad": ("Person", "Hafez al-Assad (President of Syria)", "حافظ الأسد"),
    "person:farouk-al-sharaa": ("Person", "Farouk al-Sharaa (Syrian foreign minister 1984-2006)", "فاروق الشرع"),
    "person:abdul-halim-khaddam": ("Person", "Abdul Halim Khaddam (Syrian vice-president)", "عبد الحليم خدام"),
    "person:saddam-hussein": ("Person", "Saddam Hussein (President of Iraq)", "صدام حسين"),
    "person:tariq-aziz": ("Person", "Tariq Aziz (Iraqi foreign minister 1983-1991)", "طارق عزيز"),
    "person:sabah-al-ahmad-al-jaber-al-sabah": ("Person", "Sabah al-Ahmad al-Jaber al-Sabah (Kuwaiti foreign minister "
                                                "1963-2003)", "صباح الأحمد الجابر الصباح"),
    "person:jaber-al-ahmad-al-sabah": ("Person", "Jaber al-Ahmad al-Jaber al-Sabah (Emir of Kuwait 1977-2006)",
                                       "جابر الأحمد الجابر الصباح"),
    "person:suleiman-majed-al-shaheen": ("Person", "Suleiman Majed al-Shaheen (Kuwaiti foreign ministry "
                                         "undersecretary)", "سليمان ماجد الشاهين"),
    "person:kurt-waldheim": ("Person", "Kurt Waldheim (UN Secretary-General 1972-1981)", "كورت فالدهايم"),
    "person:javier-perez-de-cuellar": ("Person", "Javier Perez de Cuellar (UN Secretary-General 1982-1991)",
                                       "خافيير بيريز دي كوييار"),
    "person:jimmy-carter": ("Person", "Jimmy Carter (President of the United States 1977-1981)", "جيمي كارتر"),
    "person:francois-mitterrand": ("Person", "Francois Mitterrand (President of France 1981-1995)",
                                   "فرانسوا ميتران"),
}
