"""Entity table of blind set RI-RJ (session 68, Sudan's war and the Horn's diplomacy, April 2023 - 2025:
Abdel Fattah al-Burhan's and Mohamed Hamdan Dagalo's (Hemedti's) meetings abroad, Malik Agar and the
Sovereignty Council, the Jeddah platform and the US and Saudi envoys, IGAD, Burhan's prime ministers, RSF
commanders killed, the killing of Khamis Abakar, and the Ethiopian, Eritrean and Somalian leaders' meetings).
Standalone (imports no other table). Known entities use the gazetteer id; the others are new.
`ALL = {id: (type, "Name (short description)", "Arabic name")}`.
"""

ALL = {
    # countries
    "country:sudan": ("Country", "Sudan", "السودان"),
    "country:egypt": ("Country", "Egypt", "مصر"),
    "country:ethiopia": ("Country", "Ethiopia", "إثيوبيا"),
    "country:eritrea": ("Country", "Eritrea", "إريتريا"),
    "country:somalia": ("Country", "Somalia", "الصومال"),
    "country:kenya": ("Country", "Kenya", "كينيا"),
    "country:uganda": ("Country", "Uganda", "أوغندا"),
    "country:turkey": ("Country", "Turkey", "تركيا"),
    "country:saudi-arabia": ("Country", "Saudi Arabia", "السعودية"),
    "country:united-states": ("Country", "United States", "الولايات المتحدة"),
    # places
    "location:port-sudan": ("Location", "Port Sudan", "بورتسودان"),
    "location:jeddah": ("Location", "Jeddah", "جدة"),
    "location:addis-ababa": ("Location", "Addis Ababa", "أديس أبابا"),
    "location:asmara": ("Location", "Asmara", "أسمرا"),
    "location:nairobi": ("Location", "Nairobi", "نيروبي"),
    "location:kampala": ("Location", "Kampala", "كمبالا"),
    "location:el-geneina": ("Location", "El Geneina (capital of West Darfur)", "الجنينة"),
    "location:el-fasher": ("Location", "El Fasher (capital of North Darfur)", "الفاشر"),
    # organizations
    "organization:sudanese-armed-forces": ("Organization", "Sudanese Armed Forces", "القوات المسلحة السودانية"),
    "organization:rapid-support-forces": ("Organization", "Rapid Support Forces (RSF)", "قوات الدعم السريع"),
    "organization:sudan-sovereignty-council": ("Organization", "Sudan's Transitional Sovereignty Council",
                                               "مجلس السيادة الانتقالي"),
    "organization:sudanese-foreign-ministry": ("Organization", "Sudanese Foreign Ministry", "وزارة الخارجية السودانية"),
    "organization:tagaddum": ("Organization", "Tagaddum (civilian coalition led by Hamdok)", "تقدم"),
    "organization:igad": ("Organization", "IGAD (Intergovernmental Authority on Development)", "إيغاد"),
    "organization:splm-n": ("Organization", "SPLM-N (Sudan People's Liberation Movement-North)",
                            "الحركة الشعبية لتحرير السودان - شمال"),
    # Sudanese
    "person:abdel-fattah-al-burhan": ("Person", "Abdel Fattah al-Burhan (Sudan's army chief, head of the Sovereignty "
                                      "Council)", "عبد الفتاح البرهان"),
    "person:mohamed-hamdan-dagalo": ("Person", "Mohamed Hamdan Dagalo, Hemedti (RSF commander)", "محمد حمدان دقلو"),
    "person:malik-agar": ("Person", "Malik Agar (deputy head of the Sovereignty Council since May 2023)", "مالك عقار"),
    "person:khamis-abakar": ("Person", "Khamis Abakar (governor of West Darfur, killed June 2023)", "خميس أبكر"),
    "person:abdel-rahman-juma": ("Person", "Abdel Rahman Juma (RSF commander in West Darfur)", "عبد الرحمن جمعة"),
    "person:ali-al-sadiq": ("Person", "Ali al-Sadiq (Sudan's acting foreign minister 2022-2024)", "علي الصادق"),
    "person:ali-youssef-al-sharif": ("Person", "Ali Youssef al-Sharif (Sudan's foreign minister 2024-2025)",
                                     "علي يوسف الشريف"),
    "person:abdalla-hamdok": ("Person", "Abdalla Hamdok (former prime minister, head of Tagaddum)", "عبد الله حمدوك"),
    "person:osman-hussein-osman": ("Person", "Osman Hussein (Sudan's acting prime minister 2022-2025)", "عثمان حسين"),
    "person:dafallah-al-haj-ali": ("Person", "Dafallah al-Haj Ali (named prime minister of Sudan, April 2025)",
                                   "دفع الله الحاج علي"),
    "person:kamil-idris": ("Person", "Kamil Idris (prime minister of Sudan since May 2025)", "كامل إدريس"),
    "person:ali-yagoub-gibril": ("Person", "Ali Yagoub Gibril (RSF commander in Central Darfur, killed June 2024)",
                                 "علي يعقوب جبريل"),
    "person:shams-al-din-kabbashi": ("Person", "Shams al-Din Kabbashi (deputy commander of the Sudanese army)",
                                     "شمس الدين كباشي"),
    # Horn and region
    "person:abiy-ahmed": ("Person", "Abiy Ahmed (Prime Minister of Ethiopia)", "آبي أحمد"),
    "person:redwan-hussein": ("Person", "Redwan Hussein (director of Ethiopia's NISS)", "رضوان حسين"),
    "person:isaias-afwerki": ("Person", "Isaias Afwerki (President of Eritrea)", "أسياس أفورقي"),
    "person:osman-saleh-mohammed": ("Person", "Osman Saleh (Eritrean foreign minister)", "عثمان صالح"),
    "person:hassan-sheikh-mohamud": ("Person", "Hassan Sheikh Mohamud (President of Somalia)", "حسن شيخ محمود"),
    "person:william-ruto": ("Person", "William Ruto (President of Kenya)", "وليام روتو"),
    "person:yoweri-museveni": ("Person", "Yoweri Museveni (President of Uganda)", "يويري موسيفيني"),
    "person:ismail-omar-guelleh": ("Person", "Ismail Omar Guelleh (President of Djibouti)", "إسماعيل عمر جيله"),
    "person:abdel-fattah-el-sisi": ("Person", "Abdel Fattah el-Sisi (President of Egypt)", "عبد الفتاح السيسي"),
    "person:abbas-kamel": ("Person", "Abbas Kamel (head of Egypt's General Intelligence until 2024)", "عباس كامل"),
    "person:recep-tayyip-erdogan": ("Person", "Recep Tayyip Erdogan (President of Turkey)", "رجب طيب أردوغان"),
    "person:hakan-fidan": ("Person", "Hakan Fidan (Turkish foreign minister)", "هاكان فيدان"),
    "person:badr-abdelatty": ("Person", "Badr Abdelatty (Egyptian foreign minister since 2024)", "بدر عبد العاطي"),
    "person:yemane-gebreab": ("Person", "Yemane Gebreab (Eritrean presidential adviser)", "يماني قبرآب"),
    "person:ali-bin-hassan-jafar": ("Person", "Ali bin Hassan Jafar (Saudi ambassador to Sudan)", "علي بن حسن جعفر"),
    # Jeddah platform
    "person:faisal-bin-farhan": ("Person", "Faisal bin Farhan (Saudi foreign minister)", "فيصل بن فرحان"),
    "person:waleed-elkhereiji": ("Person", "Waleed Elkhereiji (Saudi deputy foreign minister)", "وليد الخريجي"),
    "person:antony-blinken": ("Person", "Antony Blinken (US secretary of state)", "أنتوني بلينكن"),
    "person:molly-phee": ("Person", "Molly Phee (US assistant secretary of state for African affairs)", "مولي في"),
    "person:john-godfrey": ("Person", "John Godfrey (US ambassador to Sudan)", "جون غودفري"),
    "person:tom-perriello": ("Person", "Tom Perriello (US special envoy for Sudan 2024-2025)", "توم بيرييلو"),
}
