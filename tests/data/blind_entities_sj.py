"""Entity table of blind set SI-SJ (session 69, the Sahel, Chad and Russia's Wagner, 2020-2024: Idriss
Deby's death at the front and his son Mahamat Idriss Deby's military council, the Malian colonels (Assimi
Goita replacing Bah Ndaw), Burkina Faso (Ibrahim Traore replacing Paul-Henri Damiba), Niger (Abdourahamane
Tiani ousting Mohamed Bazoum), Yevgeny Prigozhin's and Dmitry Utkin's deaths and the Africa Corps, Yunus-bek
Yevkurov's visits, ECOWAS, French, Algerian, Moroccan, Turkish and US envoys).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:chad": ("Country", "Chad", "تشاد"),
    "country:mali": ("Country", "Mali", "مالي"),
    "country:niger": ("Country", "Niger", "النيجر"),
    "country:burkina-faso": ("Country", "Burkina Faso", "بوركينا فاسو"),
    "country:nigeria": ("Country", "Nigeria", "نيجيريا"),
    "country:russia": ("Country", "Russia", "روسيا"),
    "country:france": ("Country", "France", "فرنسا"),
    "country:algeria": ("Country", "Algeria", "الجزائر"),
    "country:morocco": ("Country", "Morocco", "المغرب"),
    "country:turkey": ("Country", "Turkey", "تركيا"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:mauritania": ("Country", "Mauritania", "موريتانيا"),
    # locations
    "location:ndjamena": ("Location", "N'Djamena (capital of Chad)", "نجامينا"),
    "location:bamako": ("Location", "Bamako (capital of Mali)", "باماكو"),
    "location:niamey": ("Location", "Niamey (capital of Niger)", "نيامي"),
    "location:ouagadougou": ("Location", "Ouagadougou (capital of Burkina Faso)", "واغادوغو"),
    "location:marrakech": ("Location", "Marrakech (Moroccan city)", "مراكش"),
    # organizations
    "organization:transitional-military-council-chad": ("Organization",
                                                         "Transitional Military Council (Chad, 2021-2022)",
                                                         "المجلس العسكري الانتقالي"),
    "organization:front-for-change-and-concord-in-chad": ("Organization",
                                                          "Front for Change and Concord in Chad (FACT, rebel group)",
                                                          "جبهة الوفاق من أجل التغيير في تشاد"),
    "organization:chadian-army": ("Organization", "Chadian Army", "الجيش التشادي"),
    "organization:cnsp-niger": ("Organization", "National Council for the Safeguard of the Homeland (Niger junta)",
                                "المجلس الوطني لحماية الوطن"),
    "organization:ecowas": ("Organization", "ECOWAS (Economic Community of West African States)",
                            "المجموعة الاقتصادية لدول غرب أفريقيا"),
    "organization:wagner-group": ("Organization", "Wagner Group (Russian private military company)", "مجموعة فاغنر"),
    "organization:africa-corps": ("Organization", "Africa Corps (Russian defence ministry force in Africa)",
                                  "الفيلق الأفريقي"),
    "organization:russian-defence-ministry": ("Organization", "Russian Defence Ministry", "وزارة الدفاع الروسية"),
    "organization:malian-foreign-ministry": ("Organization", "Malian Foreign Ministry", "وزارة الخارجية المالية"),
    "organization:nigerien-foreign-ministry": ("Organization", "Nigerien Foreign Ministry", "وزارة الخارجية النيجرية"),
    "organization:algerian-foreign-ministry": ("Organization", "Algerian Foreign Ministry", "وزارة الخارجية الجزائرية"),
    "organization:moroccan-foreign-ministry": ("Organization", "Moroccan Foreign Ministry", "وزارة الخارجية المغربية"),
    "organization:operation-barkhane": ("Organization", "Operation Barkhane (French military operation in the Sahel)",
                                        "عملية برخان"),
    "organization:islamic-state-sahel-province": ("Organization", "Islamic State in the Greater Sahara (Sahel Province)",
                                                  "تنظيم الدولة الإسلامية في الصحراء الكبرى"),
    "organization:chadian-foreign-ministry": ("Organization", "Chadian Foreign Ministry", "وزارة الخارجية التشادية"),
    "organization:alliance-of-sahel-states": ("Organization", "Alliance of Sahel States (Mali, Burkina Faso, Niger)",
                                              "تحالف دول الساحل"),
    # Chad
    "person:idriss-deby": ("Person", "Idriss Deby (President of Chad 1990-2021, killed at the front)", "إدريس ديبي"),
    "person:mahamat-idriss-deby": ("Person", "Mahamat Idriss Deby (head of Chad's military council from 2021, "
                                             "elected president 2024)", "محمد إدريس ديبي"),
    "person:succes-masra": ("Person", "Succes Masra (Chadian opposition leader, prime minister 2024)", "سوكسيه ماسرا"),
    "person:allamaye-halina": ("Person", "Allamaye Halina (Prime Minister of Chad from May 2024)", "علامي هالينا"),
    "person:mahamat-mahdi-ali": ("Person", "Mahamat Mahdi Ali (leader of the FACT rebels)", "محمد مهدي علي"),
    # Mali
    "person:assimi-goita": ("Person", "Assimi Goita (Malian colonel, transitional president from 2021)", "عاصمي غويتا"),
    "person:bah-ndaw": ("Person", "Bah Ndaw (transitional president of Mali 2020-2021)", "باه نداو"),
    "person:moctar-ouane": ("Person", "Moctar Ouane (transitional prime minister of Mali 2020-2021)", "مختار وان"),
    "person:choguel-maiga": ("Person", "Choguel Kokalla Maiga (Prime Minister of Mali 2021-2024)", "شوغيل مايغا"),
    "person:sadio-camara": ("Person", "Sadio Camara (Malian defence minister)", "ساديو كامارا"),
    "person:abdoulaye-diop": ("Person", "Abdoulaye Diop (Malian foreign minister)", "عبد الله ديوب"),
    # Burkina Faso
    "person:ibrahim-traore": ("Person", "Ibrahim Traore (Burkinabe captain, head of state from 2022)", "إبراهيم تراوري"),
    "person:paul-henri-sandaogo-damiba": ("Person", "Paul-Henri Sandaogo Damiba (head of Burkina Faso's junta, "
                                                    "January-September 2022)", "بول هنري داميبا"),
    "person:kassoum-coulibaly": ("Person", "Kassoum Coulibaly (Burkinabe defence minister)", "قاسوم كوليبالي"),
    "person:karamoko-jean-marie-traore": ("Person", "Karamoko Jean-Marie Traore (Burkinabe foreign minister)",
                                          "كاراموكو جان ماري تراوري"),
    # Niger
    "person:abdourahamane-tiani": ("Person", "Abdourahamane Tiani (Nigerien general, head of the junta from 2023)",
                                   "عبد الرحمن تياني"),
    "person:mohamed-bazoum": ("Person", "Mohamed Bazoum (President of Niger 2021-2023)", "محمد بازوم"),
    "person:ali-lamine-zeine": ("Person", "Ali Lamine Zeine (Prime Minister of Niger from 2023)", "علي الأمين زين"),
    "person:bakary-yaou-sangare": ("Person", "Bakary Yaou Sangare (Nigerien foreign minister)", "بكاري ياو سنغاري"),
    "person:mahamadou-issoufou": ("Person", "Mahamadou Issoufou (former President of Niger, ECOWAS mediator)",
                                  "محمدو إيسوفو"),
    "person:adnan-abu-walid-al-sahrawi": ("Person", "Adnan Abu Walid al-Sahrawi (leader of the Islamic State in the "
                                                    "Greater Sahara, killed 2021)", "عدنان أبو وليد الصحراوي"),
    # Chad's and others' West African neighbours
    "person:mohamed-ould-ghazouani": ("Person", "Mohamed Ould Ghazouani (President of Mauritania)", "محمد ولد الغزواني"),
    "person:roch-marc-christian-kabore": ("Person", "Roch Marc Christian Kabore (President of Burkina Faso 2015-2022)",
                                          "روش مارك كريستيان كابوري"),
    "person:goodluck-jonathan": ("Person", "Goodluck Jonathan (former Nigerian president, ECOWAS mediator for Mali)",
                                 "غودلاك جوناثان"),
    "person:bola-tinubu": ("Person", "Bola Tinubu (President of Nigeria, ECOWAS chairman)", "بولا تينوبو"),
    "person:suzi-barbosa": ("Person", "Suzi Barbosa (foreign minister of Guinea-Bissau)", "سوزي باربوسا"),
    "person:mahamat-saleh-annadif": ("Person", "Mahamat Saleh Annadif (Chadian foreign minister)", "محمد صالح النظيف"),
    # Russia
    "person:vladimir-putin": ("Person", "Vladimir Putin (President of Russia)", "فلاديمير بوتين"),
    "person:yevgeny-prigozhin": ("Person", "Yevgeny Prigozhin (founder of the Wagner Group, killed August 2023)",
                                 "يفغيني بريغوجين"),
    "person:dmitry-utkin": ("Person", "Dmitry Utkin (Wagner co-founder and commander, killed August 2023)",
                            "دميتري أوتكين"),
    "person:yunus-bek-yevkurov": ("Person", "Yunus-bek Yevkurov (Russian deputy defence minister)",
                                  "يونس بك يفكوروف"),
    "person:andrei-averyanov": ("Person", "Andrei Averyanov (Russian military intelligence general)",
                                "أندريه أفيريانوف"),
    "person:dmitry-peskov": ("Person", "Dmitry Peskov (Kremlin spokesman)", "دميتري بيسكوف"),
    # France, Algeria, Morocco, Turkey, United States
    "person:emmanuel-macron": ("Person", "Emmanuel Macron (President of France)", "إيمانويل ماكرون"),
    "person:abdelmadjid-tebboune": ("Person", "Abdelmadjid Tebboune (President of Algeria)", "عبد المجيد تبون"),
    "person:ahmed-attaf": ("Person", "Ahmed Attaf (Algerian foreign minister)", "أحمد عطاف"),
    "person:lounes-magramane": ("Person", "Lounes Magramane (secretary-general of the Algerian foreign ministry)",
                                "لوناس مقرمان"),
    "person:nasser-bourita": ("Person", "Nasser Bourita (Moroccan foreign minister)", "ناصر بوريطة"),
    "person:hakan-fidan": ("Person", "Hakan Fidan (Turkish foreign minister)", "هاكان فيدان"),
    "person:yasar-guler": ("Person", "Yasar Guler (Turkish defence minister)", "يشار غولر"),
    "person:ibrahim-kalin": ("Person", "Ibrahim Kalin (head of Turkish intelligence, MIT)", "إبراهيم قالن"),
    "person:alparslan-bayraktar": ("Person", "Alparslan Bayraktar (Turkish energy minister)", "ألب أرسلان بيرقدار"),
    "person:antony-blinken": ("Person", "Antony Blinken (US Secretary of State)", "أنتوني بلينكن"),
    "person:molly-phee": ("Person", "Molly Phee (US Assistant Secretary of State for African Affairs)", "مولي في"),
    "person:michael-langley": ("Person", "Michael Langley (commander of US Africa Command)", "مايكل لانغلي"),
}
