"""Entity table of blind set TC-TD (session 70, Iraq's armed factions and the United States, 2020-2024:
Abu Fadak al-Mohammedawi after Abu Mahdi al-Muhandis at the PMF, Falih al-Fayyadh, Qais al-Khazali, Akram
al-Kaabi, Kataib Hezbollah's attacks and the US strikes that killed Abu Taqwa al-Saidi (January 2024) and Abu
Baqir al-Saadi (February 2024, after the Tower 22 attack), Mohammed Shia al-Sudani's meetings with faction
leaders and US officials, Esmail Qaani's visits, the talks on ending the coalition's mission).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:iraq": ("Country", "Iraq", "العراق"),
    "country:iran": ("Country", "Iran", "إيران"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:jordan": ("Country", "Jordan", "الأردن"),
    # locations
    "location:baghdad": ("Location", "Baghdad (capital of Iraq)", "بغداد"),
    "location:tower-22": ("Location", "Tower 22 (US outpost in north-eastern Jordan)", "البرج 22"),
    # organizations
    "organization:popular-mobilization-forces": ("Organization", "Popular Mobilization Forces (PMF, al-Hashd al-Shaabi)",
                                                 "هيئة الحشد الشعبي"),
    "organization:kataib-hezbollah": ("Organization", "Kataib Hezbollah (Iraqi armed faction)", "كتائب حزب الله"),
    "organization:harakat-al-nujaba": ("Organization", "Harakat Hezbollah al-Nujaba (Iraqi armed faction)",
                                       "حركة النجباء"),
    "organization:asaib-ahl-al-haq": ("Organization", "Asaib Ahl al-Haq (Iraqi armed faction and party)",
                                      "عصائب أهل الحق"),
    "organization:badr-organization": ("Organization", "Badr Organization", "منظمة بدر"),
    "organization:coordination-framework": ("Organization", "Coordination Framework (Iraqi Shiite alliance)",
                                            "الإطار التنسيقي"),
    "organization:state-of-law-coalition": ("Organization", "State of Law Coalition (Nouri al-Maliki's bloc)",
                                            "ائتلاف دولة القانون"),
    "organization:quds-force": ("Organization", "Quds Force of the IRGC", "فيلق القدس"),
    "organization:us-central-command": ("Organization", "US Central Command (CENTCOM)", "القيادة المركزية الأميركية"),
    "organization:international-coalition": ("Organization", "International coalition against ISIS", "التحالف الدولي"),
    "organization:us-department-of-defense": ("Organization", "US Department of Defense (Pentagon)", "وزارة الدفاع الأميركية"),
    "organization:iraqi-government": ("Organization", "Government of Iraq", "الحكومة العراقية"),
    # people: Iraq
    "person:mohammed-shia-al-sudani": ("Person", "Mohammed Shia al-Sudani (Prime Minister of Iraq from 2022)",
                                       "محمد شياع السوداني"),
    "person:falih-al-fayyadh": ("Person", "Falih al-Fayyadh (chairman of the PMF)", "فالح الفياض"),
    "person:abdul-aziz-al-muhammadawi": ("Person", "Abdul Aziz al-Muhammadawi (Abu Fadak, PMF chief of staff)",
                                         "عبد العزيز المحمداوي"),
    "person:abu-mahdi-al-muhandis": ("Person", "Abu Mahdi al-Muhandis (PMF deputy chairman, killed 2020)",
                                     "أبو مهدي المهندس"),
    "person:qais-al-khazali": ("Person", "Qais al-Khazali (secretary-general of Asaib Ahl al-Haq)", "قيس الخزعلي"),
    "person:akram-al-kaabi": ("Person", "Akram al-Kaabi (secretary-general of Harakat al-Nujaba)", "أكرم الكعبي"),
    "person:ahmad-al-hamidawi": ("Person", "Ahmad al-Hamidawi (Abu Hussein, secretary-general of Kataib Hezbollah)",
                                 "أحمد الحميداوي"),
    "person:hadi-al-amiri": ("Person", "Hadi al-Amiri (leader of the Badr Organization)", "هادي العامري"),
    "person:nouri-al-maliki": ("Person", "Nouri al-Maliki (former prime minister, State of Law leader)", "نوري المالكي"),
    "person:mushtaq-taleb-al-saidi": ("Person", "Mushtaq Taleb al-Saidi (Abu Taqwa, Nujaba commander, killed 2024)",
                                      "مشتاق طالب السعيدي"),
    "person:abu-baqir-al-saadi": ("Person", "Abu Baqir al-Saadi (Kataib Hezbollah commander, killed 2024)",
                                  "أبو باقر الساعدي"),
    "person:thabet-al-abbasi": ("Person", "Thabet al-Abbasi (Iraqi defence minister)", "ثابت العباسي"),
    "person:fuad-hussein": ("Person", "Fuad Hussein (Iraqi foreign minister)", "فؤاد حسين"),
    "person:adil-abdul-mahdi": ("Person", "Adil Abdul-Mahdi (Iraqi prime minister 2018-2020)", "عادل عبد المهدي"),
    "person:arkan-al-alawi": ("Person", "Arkan al-Alawi (Kataib Hezbollah member killed with Abu Baqir al-Saadi)",
                              "أركان العلوي"),
    # people: United States
    "person:antony-blinken": ("Person", "Antony Blinken (US Secretary of State)", "أنتوني بلينكن"),
    "person:lloyd-austin": ("Person", "Lloyd Austin (US Secretary of Defense)", "لويد أوستن"),
    "person:alina-romanowski": ("Person", "Alina Romanowski (US ambassador to Iraq)", "ألينا رومانوسكي"),
    "person:joe-biden": ("Person", "Joe Biden (US President)", "جو بايدن"),
    "person:donald-trump": ("Person", "Donald Trump (US President 2017-2021)", "دونالد ترامب"),
    "person:pat-ryder": ("Person", "Pat Ryder (Pentagon press secretary)", "بات رايدر"),
    "person:joel-vowell": ("Person", "Joel Vowell (commander of the anti-ISIS coalition's task force)", "جويل فاول"),
    # people: Iran
    "person:esmail-qaani": ("Person", "Esmail Qaani (commander of the Quds Force)", "إسماعيل قاآني"),
    "person:qasem-soleimani": ("Person", "Qasem Soleimani (Quds Force commander, killed 2020)", "قاسم سليماني"),
}
