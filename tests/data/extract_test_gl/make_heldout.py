"""Blind set GL: profiles and timelines of the Caucasus and Central Asia, 2003-2025, with chains of
offices held: Ilham Aliyev (succession from his father, prime ministers and foreign ministers, the
skipped Granada summit and the Munich meeting with Pashinyan and Scholz, Feb 2024) (English);
Nikol Pashinyan (succession to Sargsyan, three foreign ministers, a new president, the White House
meeting with Aliyev and Trump, Aug 2025) (Arabic); Kazakhstan's leadership 2019-2024 (English);
Uzbekistan after Karimov, 2016-2023 (Arabic); Chechen commanders and exiles killed abroad
(English); Ramzan Kadyrov (his father's killing claimed by Basayev, Basayev's death claimed by the
FSB, the Chechen premiers) (Arabic).
Style: profile cards and dated timelines (one line per date), chains of "replaced / succeeded /
took over from / خلفاً لـ / بدلاً من / مكانه", past and current offices, descriptions ("the Chechen
leader", "الأب"); a skipped meeting, a denied withdrawal, candidates and "possible successors",
killings with no stated agent, a court verdict, a claimed killing, a phone call.
Spellings: Aliyev / Aliev (and a different man, the blogger Imran Aliev), علييف, Pashinyan /
باشينيان, Mirziyoyev / ميرزيوييف, Nazarbayev, Kadyrov / قديروف, Abu Omar al-Shishani.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 20): written blind, then read by the engineers. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gl2 import ALL  # noqa: E402

HERE = Path(__file__).parent

AZ, ARM, RU, KZ, UZ = ("country:azerbaijan", "country:armenia", "country:russia", "country:kazakhstan",
                       "country:uzbekistan")
ARMGOV, ARMFM, AZGOV, AZFM = ("organization:armenian-government", "organization:armenian-foreign-ministry",
                              "organization:azerbaijani-government", "organization:azerbaijani-foreign-ministry")
KZGOV, KZSEN = "organization:kazakh-government", "organization:kazakh-senate"
UZGOV, UZSNB = "organization:uzbek-government", "organization:uzbek-state-security-service"
CHE, CHEGOV = "location:chechnya", "organization:chechen-government"
ALI, HEYDAR, ASAD, NMAMM = ("person:ilham-aliyev", "person:heydar-aliyev", "person:ali-asadov",
                            "person:novruz-mammadov")
BAY, MAMM, PASH, SCH = ("person:jeyhun-bayramov", "person:elmar-mammadyarov", "person:nikol-pashinyan",
                        "person:olaf-scholz")
SARG, MNATS, AIV, MIR = ("person:serzh-sargsyan", "person:zohrab-mnatsakanyan", "person:ara-aivazian",
                         "person:ararat-mirzoyan")
KHACH, ASARK, TRUMP, PUT = ("person:vahagn-khachaturyan", "person:armen-sarkissian", "person:donald-trump",
                            "person:vladimir-putin")
NAZ, TOK, DARIGA, ASHIM = ("person:nursultan-nazarbayev", "person:kassym-jomart-tokayev",
                           "person:dariga-nazarbayeva", "person:maulen-ashimbayev")
MAMIN, SAGIN, SMAIL, BEKT = ("person:askar-mamin", "person:bakytzhan-sagintayev", "person:alikhan-smailov",
                             "person:olzhas-bektenov")
KAR, MIRZ, ARIP, INOY, ABDUL = ("person:islam-karimov", "person:shavkat-mirziyoyev", "person:abdulla-aripov",
                                "person:rustam-inoyatov", "person:ikhtiyor-abdullayev")
ERD = "person:recep-tayyip-erdogan"
BATIR, MUN, OSM, KHAN, KRAS = ("person:tarkhan-batirashvili", "person:isa-munayev", "person:adam-osmayev",
                               "person:zelimkhan-khangoshvili", "person:vadim-krasikov")
KAD, AKHMAT, BASAYEV, ALKH = ("person:ramzan-kadyrov", "person:akhmad-kadyrov", "person:shamil-basayev",
                              "person:alu-alkhanov")
KHUCH, EDEL = "person:muslim-khuchiev", "person:abubakar-edelgeriyev"
DUDB = "organization:dzhokhar-dudayev-battalion"

ARTICLES = [
    ("enGL1_profile_ilham_aliyev", "en",
     "PROFILE: Ilham Aliyev\n"
     "Born in Baku in 1961, Ilham Heydar oglu Aliyev was vice-president of the state oil company SOCAR "
     "and then, briefly, prime minister before he succeeded his father, Heydar Aliyev, as president of "
     "Azerbaijan in October 2003.\n"
     "In 2017 he appointed his wife, Mehriban Aliyeva, to the newly created post of first "
     "vice-president.\n"
     "His governments have changed often: Ali Asadov replaced Novruz Mammadov as prime minister in "
     "October 2019, and Jeyhun Bayramov took over the foreign ministry from Elmar Mammadyarov in July "
     "2020.\n"
     "After the 2020 war and the September 2023 offensive that ended Armenian rule in Karabakh, Aliev "
     "skipped the October 2023 summit in Granada, where he had been expected to meet Armenia's Prime "
     "Minister Nikol Pashinyan.\n"
     "The two leaders did meet, however, on the sidelines of the Munich Security Conference in February "
     "2024, in talks hosted by German Chancellor Olaf Scholz.",
     [("SUCCESSOR_OF", ALI, HEYDAR, "he succeeded his father", "2003-10"),
      ("LEADS", ALI, AZ, "as president of Azerbaijan in October 2003"),
      ("SUCCESSOR_OF", ASAD, NMAMM, "Ali Asadov replaced", "2019-10"),
      ("LEADS", ASAD, AZGOV, "Ali Asadov replaced"),
      ("SUCCESSOR_OF", BAY, MAMM, "took over the foreign ministry from", "2020-07"),
      ("LEADS", BAY, AZFM, "Jeyhun Bayramov took over"),
      ("LEADS", PASH, ARMGOV, "Armenia's Prime Minister"),
      ("MET_WITH", ALI, PASH, "The two leaders did meet", "2024-02-17"),
      ("MET_WITH", ALI, SCH, "in talks hosted by German", "2024-02-17"),
      ("MET_WITH", PASH, SCH, "in talks hosted by German", "2024-02-17"),
      ("VISITED", ALI, "location:munich", "Munich Security Conference", "2024-02-17"),
      ("VISITED", PASH, "location:munich", "Munich Security Conference", "2024-02-17"),
      ("LEADS", SCH, "country:germany", "German Chancellor Olaf"),
      ],
     {"source": "blind set (profile, English)", "published": "2024-03-01"}),

    ("arGL2_profile_nikol_pashinyan", "ar",
     "بطاقة: نيكول باشينيان\n"
     "صحافي ومعارض سابق، قاد باشينيان (مواليد 1975) احتجاجات \"الثورة المخملية\" في ربيع 2018 التي "
     "أجبرت سيرج سركيسيان على الاستقالة بعد أيام من انتقاله من الرئاسة إلى رئاسة الوزراء، ثم انتخبه "
     "البرلمان رئيساً للحكومة في 8 مايو 2018 خلفاً له.\n"
     "تعاقب على وزارة الخارجية في عهده ثلاثة وزراء: زهراب مناتساكانيان، ثم آرا أيفازيان الذي عُيّن "
     "خلفاً له بعد هزيمة 2020، ثم أرارات ميرزويان الذي خلف أيفازيان في أغسطس 2021.\n"
     "وفي مارس 2022 انتخب البرلمان فاهاغن خاتشاتوريان رئيساً للجمهورية بدلاً من أرمين سركيسيان الذي "
     "استقال في يناير.\n"
     "والتقى باشينيان الرئيسَ الأذربيجاني إلهام علييف مرات عدة بوساطات أوروبية وروسية وأميركية، "
     "أبرزها في البيت الأبيض في أغسطس 2025 بحضور الرئيس دونالد ترامب.\n"
     "وجمّدت يريفان مشاركتها في منظمة معاهدة الأمن الجماعي، فيما نفى باشينيان نيته الانسحاب من الاتحاد "
     "الاقتصادي الأوراسي.",
     [("SUCCESSOR_OF", PASH, SARG, "رئيساً للحكومة في 8 مايو 2018 خلفاً له", "2018-05-08"),
      ("LEADS", PASH, ARMGOV, "رئيساً للحكومة في 8 مايو"),
      ("LEADS", MNATS, ARMFM, "ثلاثة وزراء: زهراب"),
      ("LEADS", AIV, ARMFM, "ثم آرا أيفازيان"),
      ("LEADS", MIR, ARMFM, "ثم أرارات ميرزويان"),
      ("SUCCESSOR_OF", AIV, MNATS, "الذي عُيّن", "2020-11"),
      ("SUCCESSOR_OF", MIR, AIV, "الذي خلف أيفازيان", "2021-08"),
      ("SUCCESSOR_OF", KHACH, ASARK, "بدلاً من أرمين", "2022-03"),
      ("LEADS", KHACH, ARM, "رئيساً للجمهورية بدلاً"),
      ("MET_WITH", PASH, ALI, "والتقى باشينيان الرئيسَ", "2025-08-08"),
      ("MET_WITH", PASH, TRUMP, "بحضور الرئيس دونالد", "2025-08-08"),
      ("MET_WITH", ALI, TRUMP, "أبرزها في البيت الأبيض", "2025-08-08"),
      ("LEADS", ALI, AZ, "الرئيسَ الأذربيجاني إلهام"),
      ],
     {"source": "blind set (profile, Arabic)", "published": "2025-09-01"}),

    ("enGL3_timeline_kazakhstan_leadership", "en",
     "TIMELINE: Kazakhstan's leadership since 2019\n"
     "Feb 2019 - President Nursultan Nazarbayev dismisses the cabinet; Askar Mamin replaces Bakytzhan "
     "Sagintayev as prime minister.\n"
     "March 19-20, 2019 - Nazarbayev resigns after nearly three decades in power and Senate speaker "
     "Kassym-Jomart Tokayev is sworn in as president in his place; Nazarbayev's daughter Dariga "
     "Nazarbayeva succeeds Tokayev as speaker of the Senate.\n"
     "April 2019 - Tokayev makes his first foreign trip as head of state to Moscow, where he holds talks "
     "with Vladimir Putin in the Kremlin.\n"
     "May 2020 - Dariga Nazarbayeva is removed; Maulen Ashimbayev becomes Senate speaker in her place.\n"
     "Jan 2022 - After deadly unrest, Alikhan Smailov takes over from Mamin as prime minister.\n"
     "Feb 2024 - Olzhas Bektenov, head of the Anti-Corruption Agency, is appointed prime minister, "
     "replacing Smailov.\n"
     "Talk that Tokayev might hand power to a chosen successor before 2029 has been denied by his office.",
     [("LEADS", NAZ, KZ, "President Nursultan Nazarbayev dismisses"),
      ("SUCCESSOR_OF", MAMIN, SAGIN, "Askar Mamin replaces", "2019-02-21"),
      ("LEADS", MAMIN, KZGOV, "Askar Mamin replaces"),
      ("LEADS", TOK, KZSEN, "Senate speaker Kassym"),
      ("SUCCESSOR_OF", TOK, NAZ, "is sworn in as president in his place", "2019-03-20"),
      ("LEADS", TOK, KZ, "is sworn in as president"),
      ("SUCCESSOR_OF", DARIGA, TOK, "succeeds Tokayev as speaker", "2019-03-20"),
      ("LEADS", DARIGA, KZSEN, "succeeds Tokayev as speaker"),
      ("VISITED", TOK, "location:moscow", "his first foreign trip", "2019-04-03"),
      ("MET_WITH", TOK, PUT, "holds talks", "2019-04-03"),
      ("SUCCESSOR_OF", ASHIM, DARIGA, "becomes Senate speaker in her place", "2020-05"),
      ("LEADS", ASHIM, KZSEN, "Maulen Ashimbayev becomes"),
      ("SUCCESSOR_OF", SMAIL, MAMIN, "takes over from Mamin", "2022-01"),
      ("LEADS", SMAIL, KZGOV, "Alikhan Smailov takes over"),
      ("SUCCESSOR_OF", BEKT, SMAIL, "replacing Smailov", "2024-02-06"),
      ("LEADS", BEKT, KZGOV, "is appointed prime minister"),
      ("LEADS", BEKT, "organization:kazakh-anti-corruption-agency", "head of the Anti-Corruption Agency"),
      ],
     {"source": "blind set (timeline, English)", "published": "2024-03-01"}),

    ("arGL4_timeline_uzbekistan_after_karimov", "ar",
     "محطات: أوزبكستان بعد كريموف\n"
     "2 سبتمبر 2016: وفاة الرئيس إسلام كريموف الذي حكم البلاد منذ استقلالها، وتكليف رئيس الوزراء شوكت "
     "ميرزيوييف بمهام الرئاسة مؤقتاً.\n"
     "ديسمبر 2016: انتخاب ميرزيوييف رئيساً خلفاً لكريموف، وتعيين نائب رئيس الوزراء عبد الله أريبوف "
     "رئيساً للحكومة خلفاً لميرزيوييف.\n"
     "يناير 2018: إقالة رستم إينوياتوف من رئاسة جهاز الأمن الوطني بعد 23 عاماً، وتعيين إختيار "
     "عبد اللاييف مكانه.\n"
     "أكتوبر 2018: الرئيس الروسي فلاديمير بوتين يزور طشقند ويجري مباحثات مع ميرزيوييف، ويطلقان مشروع "
     "أول محطة نووية في البلاد.\n"
     "مارس 2019: نقل غولنارا كريموفا، ابنة الرئيس الراحل التي رُشّحت يوماً لخلافته، من الإقامة الجبرية "
     "إلى السجن.\n"
     "يوليو 2023: إعادة انتخاب ميرزيوييف لولاية من سبع سنوات بعد تعديل الدستور، وتلقيه اتصالاً هاتفياً "
     "للتهنئة من الرئيس التركي رجب طيب أردوغان.",
     [("LEADS", KAR, UZ, "الذي حكم البلاد منذ استقلالها"),
      ("LEADS", MIRZ, UZGOV, "رئيس الوزراء شوكت"),
      ("SUCCESSOR_OF", MIRZ, KAR, "انتخاب ميرزيوييف رئيساً خلفاً لكريموف", "2016-12-14"),
      ("LEADS", MIRZ, UZ, "انتخاب ميرزيوييف رئيساً خلفاً"),
      ("SUCCESSOR_OF", ARIP, MIRZ, "رئيساً للحكومة خلفاً لميرزيوييف", "2016-12"),
      ("LEADS", ARIP, UZGOV, "عبد الله أريبوف"),
      ("LEADS", INOY, UZSNB, "من رئاسة جهاز الأمن الوطني"),
      ("SUCCESSOR_OF", ABDUL, INOY, "مكانه", "2018-01-31"),
      ("LEADS", ABDUL, UZSNB, "وتعيين إختيار"),
      ("LEADS", PUT, RU, "الرئيس الروسي فلاديمير"),
      ("VISITED", PUT, "location:tashkent", "يزور طشقند", "2018-10-18"),
      ("MET_WITH", PUT, MIRZ, "ويجري مباحثات مع ميرزيوييف", "2018-10-19"),
      ("LEADS", ERD, "country:turkey", "الرئيس التركي رجب"),
      ],
     {"source": "blind set (timeline, Arabic)", "published": "2023-07-15"}),

    ("enGL5_profiles_chechen_commanders", "en",
     "PROFILES: Chechen commanders and exiles killed far from home\n"
     "Tarkhan Batirashvili (Abu Omar al-Shishani): born in Georgia's Pankisi Gorge, a sergeant in the "
     "Georgian army in 2008, later the Islamic State's \"minister of war\"; the Pentagon said he was "
     "killed in a U.S. air strike near al-Shirqat, Iraq, in July 2016.\n"
     "Isa Munayev: founder of the Dzhokhar Dudayev battalion of Chechen volunteers fighting for Ukraine; "
     "killed in battle near Debaltseve in February 2015. He was succeeded as commander by Adam Osmayev.\n"
     "Amina Okueva: Osmayev's wife, shot dead in an ambush near Kyiv in October 2017; no group has "
     "claimed the attack.\n"
     "Zelimkhan Khangoshvili: a former field commander shot in a Berlin park in 2019; a German court "
     "found Russian agent Vadim Krasikov guilty of his murder.\n"
     "Imran Aliev: a blogger critical of Ramzan Kadyrov, stabbed to death in a Lille hotel in January "
     "2020. French investigators sought a suspect who had flown to Moscow; the Chechen leader denied any "
     "involvement.",
     [("LOCATED_IN", "location:pankisi-gorge", "country:georgia", "born in Georgia's Pankisi Gorge"),
      ("MEMBER_OF", BATIR, "organization:georgian-army", "a sergeant in the"),
      ("MEMBER_OF", BATIR, "organization:islamic-state", "later the Islamic State's"),
      ("ASSASSINATED_BY", BATIR, "country:united-states", "killed in a U.S. air strike", "2016-07"),
      ("LEADS", MUN, DUDB, "founder of the Dzhokhar Dudayev battalion"),
      ("SUPPORTS", DUDB, "country:ukraine", "Chechen volunteers fighting for Ukraine"),
      ("SUCCESSOR_OF", OSM, MUN, "He was succeeded as commander", "2015-02"),
      ("LEADS", OSM, DUDB, "by Adam Osmayev"),
      ("ASSASSINATED_BY", KHAN, KRAS, "found Russian agent Vadim Krasikov guilty", "2019-08-23"),
      ("LEADS", KAD, CHE, "the Chechen leader denied"),
      ],
     {"source": "blind set (profiles, English)", "published": "2024-08-05"}),

    ("arGL6_profile_ramzan_kadyrov", "ar",
     "بطاقة: رمضان قديروف\n"
     "وُلد رمضان قديروف عام 1976، وقاتل في صفوف الانفصاليين قبل أن ينتقل مع والده المفتي أحمد قديروف "
     "إلى صف موسكو عام 1999.\n"
     "قُتل الأب، رئيس الشيشان آنذاك، في تفجير استهدف ملعب غروزني في 9 مايو 2004، وتبنّى القائد الانفصالي "
     "شامل باساييف العملية. أما باساييف فقُتل في انفجار بإنغوشيا عام 2006 أعلن جهاز الأمن الفيدرالي "
     "الروسي أنه ثمرة عملية خاصة نفذها.\n"
     "عُيّن رمضان رئيساً لحكومة الجمهورية عام 2006، ثم رئيساً لها في 2007 خلفاً لعلو ألخانوف.\n"
     "وفي 2018 عيّن مسلم خوتشييف رئيساً للحكومة خلفاً لأبي بكر إيديلغيرييف، الذي انتقل إلى موسكو "
     "مستشاراً في الكرملين.\n"
     "استقبله الرئيس فلاديمير بوتين في الكرملين مرات كثيرة، آخرها في سبتمبر 2023، في لقاء بثّه التلفزيون "
     "الرسمي لدحض أنباء عن مرضه.\n"
     "ويُتداول اسم نجله آدم بوصفه خليفة محتملاً، وهو ما لم يؤكده قديروف.",
     [("LEADS", AKHMAT, CHE, "رئيس الشيشان آنذاك"),
      ("ASSASSINATED_BY", AKHMAT, BASAYEV, "وتبنّى القائد الانفصالي", "2004-05-09"),
      ("ASSASSINATED_BY", BASAYEV, "organization:fsb", "أعلن جهاز الأمن الفيدرالي", "2006-07-10"),
      ("LEADS", KAD, CHEGOV, "رئيساً لحكومة الجمهورية"),
      ("SUCCESSOR_OF", KAD, ALKH, "خلفاً لعلو", "2007"),
      ("LEADS", KAD, CHE, "ثم رئيساً لها في 2007"),
      ("SUCCESSOR_OF", KHUCH, EDEL, "خلفاً لأبي بكر", "2018"),
      ("LEADS", KHUCH, CHEGOV, "عيّن مسلم خوتشييف"),
      ("MEMBER_OF", EDEL, "organization:kremlin", "مستشاراً في الكرملين"),
      ("MET_WITH", PUT, KAD, "استقبله الرئيس فلاديمير", "2023-09-28"),
      ],
     {"source": "blind set (profile, Arabic)", "published": "2024-01-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGL")
