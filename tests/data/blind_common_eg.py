"""Short names for the ids used by blind sets EE, EF, EG (annotator EG)."""
IRN, ISR, US, OMN, QAT, RUS, KSA = ("country:iran", "country:israel", "country:united-states", "country:oman",
                                    "country:qatar", "country:russia", "country:saudi-arabia")
RAI, AMA, MOK, PEZ, ARA, BKN = ("person:ebrahim-raisi", "person:hossein-amir-abdollahian",
                                "person:mohammad-mokhber", "person:masoud-pezeshkian",
                                "person:abbas-araghchi", "person:ali-bagheri-kani")
KHA, HAN, SIN, SAL, BAG, HAJ = ("person:ali-khamenei", "person:ismail-haniyeh", "person:yahya-sinwar",
                                "person:hossein-salami", "person:mohammad-bagheri", "person:amir-ali-hajizadeh")
PAK, MOU, LAR, AHM, WIT, BUS, GRO = ("person:mohammad-pakpour", "person:abdolrahim-mousavi", "person:ali-larijani",
                                     "person:ali-akbar-ahmadian", "person:steve-witkoff", "person:badr-albusaidi",
                                     "person:rafael-grossi")
FBF, MBS, KBS, LAV, PUT, TAM, MBAR = ("person:faisal-bin-farhan", "person:mohammed-bin-salman",
                                      "person:khalid-bin-salman", "person:sergei-lavrov", "person:vladimir-putin",
                                      "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani")
IRGC, SNSC, AEOI, IAEA, HAMAS = ("organization:irgc", "organization:supreme-national-security-council",
                                 "organization:atomic-energy-organization-of-iran", "organization:iaea",
                                 "organization:hamas")
IFM = "organization:iranian-foreign-ministry"
TEH = "location:tehran"
