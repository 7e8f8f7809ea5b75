"""Entity table of blind set TE-TF (session 70, Sudan 2019-2024: Omar al-Bashir's overthrow, Awad Ibn Auf's
one-day rule and Abdel Fattah al-Burhan at the head of the military council, Abdalla Hamdok's premiership, the
October 2021 coup, his return and resignation, the war of April 2023 and Malik Agar in Hemedti's place, the
Jeddah talks, Burhan's and Hemedti's foreign visits, the killing of the West Darfur governor Khamis Abakar).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:sudan": ("Country", "Sudan", "السودان"),
    "country:egypt": ("Country", "Egypt", "مصر"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    "country:turkey": ("Country", "Turkey", "تركيا"),
    "country:qatar": ("Country", "Qatar", "قطر"),
    "country:ethiopia": ("Country", "Ethiopia", "إثيوبيا"),
    "country:kenya": ("Country", "Kenya", "كينيا"),
    "country:uganda": ("Country", "Uganda", "أوغندا"),
    "country:south-sudan": ("Country", "South Sudan", "جنوب السودان"),
    # locations
    "location:khartoum": ("Location", "Khartoum (capital of Sudan)", "الخرطوم"),
    "location:port-sudan": ("Location", "Port Sudan", "بورتسودان"),
    "location:jeddah": ("Location", "Jeddah (city in Saudi Arabia)", "جدة"),
    "location:addis-ababa": ("Location", "Addis Ababa (capital of Ethiopia)", "أديس أبابا"),
    "location:nairobi": ("Location", "Nairobi (capital of Kenya)", "نيروبي"),
    "location:ankara": ("Location", "Ankara (capital of Turkey)", "أنقرة"),
    "location:el-geneina": ("Location", "El Geneina (capital of West Darfur)", "الجنينة"),
    "location:west-darfur": ("Location", "West Darfur (Sudanese state)", "غرب دارفور"),
    # organizations
    "organization:sudan-transitional-military-council": (
        "Organization", "Transitional Military Council of Sudan (April-August 2019)", "المجلس العسكري الانتقالي"),
    "organization:sudan-sovereignty-council": ("Organization", "Sovereignty Council of Sudan", "مجلس السيادة السوداني"),
    "organization:sudanese-armed-forces": ("Organization", "Sudanese Armed Forces", "القوات المسلحة السودانية"),
    "organization:rapid-support-forces": ("Organization", "Rapid Support Forces", "قوات الدعم السريع"),
    "organization:sudan-general-intelligence-service": (
        "Organization", "Sudan's intelligence service (NISS until 2019, then General Intelligence Service)",
        "جهاز الأمن والمخابرات الوطني"),
    "organization:forces-of-freedom-and-change": ("Organization", "Forces of Freedom and Change", "قوى الحرية والتغيير"),
    "organization:tagaddum": ("Organization", "Tagaddum (Coordination of Civil Democratic Forces)",
                              "تنسيقية القوى الديمقراطية المدنية"),
    "organization:sudanese-alliance": ("Organization", "Sudanese Alliance (Darfur armed movement led by Khamis Abakar)",
                                       "التحالف السوداني"),
    "organization:igad": ("Organization", "IGAD (Intergovernmental Authority on Development)", "الإيقاد"),
    "organization:unitams": ("Organization", "UNITAMS (UN political mission in Sudan)", "يونيتامس"),
    # Sudanese
    "person:omar-al-bashir": ("Person", "Omar al-Bashir (President of Sudan 1989-2019)", "عمر البشير"),
    "person:ahmed-awad-ibn-auf": ("Person", "Awad Ibn Auf (head of the military council for one day, April 2019)",
                                  "عوض بن عوف"),
    "person:abdel-fattah-al-burhan": ("Person", "Abdel Fattah al-Burhan (head of the military council, then of "
                                      "the Sovereignty Council, army chief)", "عبد الفتاح البرهان"),
    "person:mohamed-hamdan-dagalo": ("Person", "Mohamed Hamdan Dagalo (Hemedti, RSF commander)", "محمد حمدان دقلو"),
    "person:abdalla-hamdok": ("Person", "Abdalla Hamdok (Prime Minister of Sudan 2019-2022)", "عبد الله حمدوك"),
    "person:osman-hussein-osman": ("Person", "Osman Hussein (acting Prime Minister of Sudan 2022-2024)", "عثمان حسين"),
    "person:shams-al-din-kabbashi": ("Person", "Shams al-Din Kabbashi (army general, council member)", "شمس الدين كباشي"),
    "person:malik-agar": ("Person", "Malik Agar (deputy chairman of the Sovereignty Council from May 2023)", "مالك عقار"),
    "person:khamis-abakar": ("Person", "Khamis Abakar (governor of West Darfur, killed June 2023)", "خميس أبكر"),
    "person:tijani-karshoum": ("Person", "Tijani Karshoum (deputy governor, then governor of West Darfur)",
                               "التجاني كرشوم"),
    "person:ahmed-al-khair": ("Person", "Ahmed al-Khair (teacher who died in NISS custody, February 2019)",
                              "أحمد الخير"),
    # foreign
    "person:abdel-fattah-el-sisi": ("Person", "Abdel Fattah el-Sisi (President of Egypt)", "عبد الفتاح السيسي"),
    "person:faisal-bin-farhan": ("Person", "Faisal bin Farhan (Saudi foreign minister)", "فيصل بن فرحان"),
    "person:molly-phee": ("Person", "Molly Phee (US Assistant Secretary of State for African Affairs)", "مولي في"),
    "person:david-satterfield": ("Person", "David Satterfield (US envoy for the Horn of Africa 2022)",
                                 "ديفيد ساترفيلد"),
    "person:jeffrey-feltman": ("Person", "Jeffrey Feltman (US envoy for the Horn of Africa 2021)", "جيفري فيلتمان"),
    "person:recep-tayyip-erdogan": ("Person", "Recep Tayyip Erdogan (President of Turkey)", "رجب طيب أردوغان"),
    "person:tamim-bin-hamad-al-thani": ("Person", "Tamim bin Hamad Al Thani (Emir of Qatar)", "تميم بن حمد آل ثاني"),
    "person:abiy-ahmed": ("Person", "Abiy Ahmed (Prime Minister of Ethiopia)", "آبي أحمد"),
    "person:william-ruto": ("Person", "William Ruto (President of Kenya)", "ويليام روتو"),
    "person:yoweri-museveni": ("Person", "Yoweri Museveni (President of Uganda)", "يويري موسيفيني"),
    "person:salva-kiir": ("Person", "Salva Kiir (President of South Sudan)", "سلفا كير"),
    "person:volker-perthes": ("Person", "Volker Perthes (head of UNITAMS 2021-2023)", "فولكر بيرتس"),
    "person:antony-blinken": ("Person", "Antony Blinken (US Secretary of State)", "أنتوني بلينكن"),
}
