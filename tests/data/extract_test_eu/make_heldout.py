"""Blind set EU: the fall of Assad and the first foreign guests of Damascus, Dec 2024 - Jan 2025:
Mohammed al-Bashir named caretaker prime minister in place of al-Jalali after a three-way handover
meeting with al-Sharaa (Reuters-style, Dec 2024); Fidan and Jumblatt received by al-Sharaa, Kalin's
earlier visit (SANA-style Arabic, Dec 2024); Safadi, al-Khulaifi and the Barbara Leaf delegation
(Middle East Eye-style, Dec 2024); Barrot and Baerbock in Damascus, al-Shaibani's first trip to
Riyadh (Enab Baladi-style Arabic, Jan 2025); Faisal bin Farhan, Mikati and al-Shatri in Damascus
(Reuters-style, Jan 2025); Emir Tamim in Damascus a day after al-Sharaa was named president
(Al-Watan-style Arabic, Jan 2025).
Style: en/ar alternating; three-way meetings and "حضر اللقاء"; phone calls; expected visits and a
meeting reported but not confirmed; asylum in Moscow with a meeting with Putin left open; a
withdrawal; a succession stated with "خلفاً"/"takes over from".
Spellings: al-Sharaa / al-Shara / Jolani / الشرع, al-Shaibani / al-Shibani, Mekdad, Khulaifi.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ev import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SYRIA, RUSSIA = "country:iran", "country:syria", "country:russia"
HEZ, HTS = "organization:hezbollah", "organization:hayat-tahrir-al-sham"
SGOV, SFM = "organization:syrian-government", "organization:syrian-foreign-ministry"
DAM, PAL, RIY = "location:damascus", "location:peoples-palace", "location:riyadh"
SHARAA, ASSAD, BASH, JAL = ("person:ahmed-al-sharaa", "person:bashar-al-assad", "person:mohammed-al-bashir",
                            "person:mohammed-ghazi-al-jalali")
PUTIN, FIDAN, JUMB, KALIN = ("person:vladimir-putin", "person:hakan-fidan", "person:walid-jumblatt",
                             "person:ibrahim-kalin")
FBF, SAFADI, KHUL, SHAIB = ("person:faisal-bin-farhan", "person:ayman-safadi", "person:mohammed-al-khulaifi",
                            "person:asaad-al-shaibani")
SAB, LEAF, ABD = "person:bassam-sabbagh", "person:barbara-leaf", "person:abdullah-ii"
BARROT, BAER, QASRA, KHATTAB, MAZ = ("person:jean-noel-barrot", "person:annalena-baerbock",
                                     "person:murhaf-abu-qasra", "person:anas-khattab", "person:mazloum-abdi")
MIKATI, SHATRI, TAMIM, MBS = ("person:najib-mikati", "person:hamid-al-shatri",
                              "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-salman")

ARTICLES = [
    ("enEU1_bashir_caretaker_pm", "en",
     "DAMASCUS, Dec 10 (Reuters) - Syria's new rulers named Mohammed al-Bashir, who ran the rebel "
     "Salvation Government in Idlib, as caretaker prime minister on Tuesday, two days after a lightning "
     "offensive led by Hayat Tahrir al-Sham toppled President Bashar al-Assad.\n"
     "Bashir, who will serve until March 1, takes over from Mohammed Ghazi al-Jalali, Assad's last "
     "prime minister, who had stayed in the capital to hand over state institutions.\n"
     "On Monday Bashir and Jalali sat down with HTS leader Ahmed al-Sharaa, better known by his nom de "
     "guerre Abu Mohammed al-Jolani, to arrange the transfer, according to footage posted by the "
     "rebels.\n"
     "Assad flew to Moscow, where he and his family were granted asylum, Russian news agencies said, "
     "citing a Kremlin source. The Kremlin declined to say whether President Vladimir Putin would "
     "receive him.\n"
     "Iran, which had propped up Assad with military advisers for more than a decade, said its embassy "
     "in Damascus had been ransacked. Hezbollah fighters withdrew from Syria overnight on Saturday, "
     "two security sources said.",
     [("LEADS", BASH, "organization:syrian-salvation-government", "who ran the rebel"),
      ("LEADS", ASSAD, SYRIA, "toppled President Bashar"),
      ("SUCCESSOR_OF", BASH, JAL, "takes over from Mohammed Ghazi", "2024-12-10"),
      ("LEADS", JAL, SGOV, "Assad's last"),
      ("MET_WITH", BASH, SHARAA, "sat down with HTS leader", "2024-12-09"),
      ("MET_WITH", JAL, SHARAA, "sat down with HTS leader", "2024-12-09"),
      ("MET_WITH", BASH, JAL, "sat down with HTS leader", "2024-12-09"),
      ("LEADS", SHARAA, HTS, "sat down with HTS leader"),
      ("VISITED", ASSAD, "location:moscow", "Assad flew to Moscow", "2024-12-08"),
      ("LEADS", PUTIN, RUSSIA, "whether President Vladimir"),
      ("SUPPORTS", IRAN, ASSAD, "had propped up Assad"),
      ("WITHDREW_FROM", HEZ, SYRIA, "Hezbollah fighters withdrew from Syria", "2024-12-07"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-12-10"}),

    ("arEU2_fidan_jumblatt_received", "ar",
     "دمشق-سانا\n"
     "استقبل قائد الإدارة السورية الجديدة أحمد الشرع في قصر الشعب بدمشق اليوم وزير الخارجية التركي "
     "هاكان فيدان والوفد المرافق له، وبحث الجانبان سبل دعم المرحلة الانتقالية وإعادة الإعمار.\n"
     "وأكد فيدان في مؤتمر صحفي مشترك مع الشرع أن بلاده ستقف إلى جانب الشعب السوري، داعياً إلى رفع "
     "العقوبات المفروضة على سوريا.\n"
     "وكان الشرع قد استقبل في وقت سابق اليوم الزعيم الدرزي اللبناني وليد جنبلاط على رأس وفد ضم نواباً "
     "من كتلة اللقاء الديمقراطي ومشايخ من طائفة الموحدين الدروز.\n"
     "وكان رئيس جهاز الاستخبارات التركية إبراهيم قالن أول مسؤول أجنبي رفيع يزور دمشق بعد سقوط "
     "النظام البائد، إذ أدى الصلاة في الجامع الأموي في الثاني عشر من الشهر الجاري.\n"
     "وتلقى الشرع اتصالاً هاتفياً من وزير الخارجية السعودي الأمير فيصل بن فرحان، فيما يُنتظر أن "
     "يصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق غداً.",
     [("MET_WITH", SHARAA, FIDAN, "استقبل قائد الإدارة السورية", "2024-12-22"),
      ("LEADS", SHARAA, SGOV, "استقبل قائد الإدارة السورية"),
      ("LOCATED_IN", PAL, DAM, "في قصر الشعب بدمشق"),
      ("VISITED", FIDAN, DAM, "في قصر الشعب بدمشق", "2024-12-22"),
      ("LEADS", FIDAN, "organization:turkish-foreign-ministry", "وزير الخارجية التركي"),
      ("MET_WITH", SHARAA, JUMB, "الزعيم الدرزي اللبناني", "2024-12-22"),
      ("VISITED", KALIN, DAM, "أول مسؤول أجنبي رفيع يزور دمشق", "2024-12-12"),
      ("LEADS", KALIN, "organization:turkish-national-intelligence-organization", "رئيس جهاز الاستخبارات"),
      ("VISITED", KALIN, "location:umayyad-mosque", "أدى الصلاة في الجامع", "2024-12-12"),
      ("LEADS", FBF, "organization:saudi-foreign-ministry", "وزير الخارجية السعودي"),
      ("LEADS", SAFADI, "organization:jordanian-foreign-ministry", "وزير الخارجية الأردني"),
      ],
     {"source": "blind set (SANA-style Arabic)", "published": "2024-12-22"}),

    ("enEU3_safadi_khulaifi_damascus", "en",
     "Jordan's Foreign Minister Ayman Safadi met Syria's de facto ruler Ahmed al-Shara in Damascus on "
     "Monday, becoming the first Arab foreign minister to visit since the fall of Bashar al-Assad.\n"
     "Hours later a Qatari delegation led by Minister of State Mohammed al-Khulaifi landed at Damascus "
     "airport and held talks with al-Shara and his new foreign minister, Asaad al-Shibani.\n"
     "Shibani was appointed at the weekend, replacing Bassam Sabbagh, the last foreign minister of the "
     "Assad era, according to the state news agency.\n"
     "Safadi said he carried a message of support from King Abdullah II and warned that Jordan would "
     "not tolerate smuggling across its northern border. The visit follows Friday's trip by a US "
     "delegation led by Barbara Leaf, the State Department's top Middle East diplomat, who met al-Shara "
     "and said Washington was dropping a $10m bounty on his head.\n"
     "An adviser to al-Shara denied an Israeli media report that he had met Israeli officials. A "
     "senior Iraqi security delegation is expected in Damascus later this week, an Iraqi official told "
     "Middle East Eye.",
     [("MET_WITH", SAFADI, SHARAA, "met Syria's de facto ruler", "2024-12-23"),
      ("LEADS", SAFADI, "organization:jordanian-foreign-ministry", "Jordan's Foreign Minister Ayman"),
      ("LEADS", SHARAA, SGOV, "Syria's de facto ruler"),
      ("VISITED", SAFADI, DAM, "Shara in Damascus on", "2024-12-23"),
      ("MET_WITH", KHUL, SHARAA, "held talks with al-Shara", "2024-12-23"),
      ("MET_WITH", KHUL, SHAIB, "held talks with al-Shara", "2024-12-23"),
      ("MET_WITH", SHARAA, SHAIB, "held talks with al-Shara", "2024-12-23"),
      ("MEMBER_OF", KHUL, "organization:qatari-government", "led by Minister of State"),
      ("VISITED", KHUL, DAM, "landed at Damascus", "2024-12-23"),
      ("LEADS", SHAIB, SFM, "his new foreign minister"),
      ("SUCCESSOR_OF", SHAIB, SAB, "replacing Bassam Sabbagh", "2024-12-21"),
      ("LEADS", ABD, "country:jordan", "King Abdullah II"),
      ("MET_WITH", LEAF, SHARAA, "who met al-Shara", "2024-12-20"),
      ("MEMBER_OF", LEAF, "organization:us-state-department", "the State Department's top"),
      ],
     {"source": "blind set (Middle East Eye-style)", "published": "2024-12-23"}),

    ("arEU4_barrot_baerbock_damascus", "ar",
     "عنب بلدي - دمشق\n"
     "استقبل قائد الإدارة السورية الجديدة، أحمد الشرع، وزيري الخارجية الفرنسي جان نويل بارو والألمانية "
     "أنالينا بيربوك في قصر الشعب بدمشق، الجمعة 3 من كانون الثاني، في أول زيارة لوزيرين أوروبيين منذ "
     "سقوط نظام الأسد.\n"
     "وحضر اللقاء وزير الخارجية في حكومة تصريف الأعمال، أسعد الشيباني.\n"
     "وأثار امتناع الشرع عن مصافحة بيربوك جدلاً واسعاً، بينما قالت الوزيرة الألمانية إن أوروبا لن "
     "تموّل \"هياكل إسلامية جديدة\".\n"
     "وكان الشيباني قد وصل إلى الرياض، الأربعاء، في أول زيارة خارجية له، على رأس وفد ضم وزير الدفاع "
     "مرهف أبو قصرة ورئيس الاستخبارات العامة أنس خطاب، والتقى هناك نظيره السعودي فيصل بن فرحان.\n"
     "ولم تؤكد الخارجية الألمانية ما تداولته وسائل إعلام عن لقاء مرتقب بين بيربوك وقائد \"قوات سوريا "
     "الديمقراطية\" مظلوم عبدي.",
     [("MET_WITH", SHARAA, BARROT, "وزيري الخارجية الفرنسي", "2025-01-03"),
      ("MET_WITH", SHARAA, BAER, "وزيري الخارجية الفرنسي", "2025-01-03"),
      ("MET_WITH", BARROT, BAER, "وزيري الخارجية الفرنسي", "2025-01-03"),
      ("LEADS", BARROT, "organization:french-foreign-ministry", "وزيري الخارجية الفرنسي جان"),
      ("LEADS", BAER, "organization:german-foreign-ministry", "والألمانية أنالينا"),
      ("VISITED", BARROT, DAM, "في قصر الشعب بدمشق", "2025-01-03"),
      ("VISITED", BAER, DAM, "في قصر الشعب بدمشق", "2025-01-03"),
      ("MET_WITH", SHAIB, SHARAA, "وحضر اللقاء", "2025-01-03"),
      ("MET_WITH", SHAIB, BARROT, "وحضر اللقاء", "2025-01-03"),
      ("MET_WITH", SHAIB, BAER, "وحضر اللقاء", "2025-01-03"),
      ("LEADS", SHAIB, SFM, "وحضر اللقاء وزير الخارجية"),
      ("VISITED", SHAIB, RIY, "قد وصل إلى الرياض", "2025-01-01"),
      ("VISITED", QASRA, RIY, "على رأس وفد ضم", "2025-01-01"),
      ("VISITED", KHATTAB, RIY, "على رأس وفد ضم", "2025-01-01"),
      ("LEADS", QASRA, "organization:syrian-defence-ministry", "وزير الدفاع"),
      ("LEADS", KHATTAB, "organization:syrian-general-intelligence", "ورئيس الاستخبارات العامة"),
      ("MET_WITH", SHAIB, FBF, "والتقى هناك نظيره", "2025-01-01"),
      ("LEADS", MAZ, "organization:syrian-democratic-forces", "وقائد \"قوات سوريا"),
      ],
     {"source": "blind set (Enab Baladi-style Arabic)", "published": "2025-01-03"}),

    ("enEU5_faisal_bin_farhan_damascus", "en",
     "DAMASCUS, Jan 24 (Reuters) - Saudi Foreign Minister Prince Faisal bin Farhan held talks with "
     "Syria's de facto leader Ahmed al-Sharaa in Damascus on Friday, the most senior Saudi visit since "
     "the overthrow of Bashar al-Assad.\n"
     "The prince, who was greeted at the airport by his Syrian counterpart Asaad al-Shaibani, said the "
     "kingdom was engaging with Washington and European capitals to lift sanctions on Syria.\n"
     "Lebanon's caretaker Prime Minister Najib Mikati was received by al-Sharaa in the Syrian capital "
     "on Jan. 11, the first such visit by a Lebanese premier since the civil war began in 2011. The "
     "two discussed border demarcation and the return of refugees.\n"
     "Iraq's intelligence chief Hamid al-Shatri also travelled to Damascus in late December and met "
     "al-Sharaa, Iraqi officials said, amid fears in Baghdad over Iraqi armed factions that had fought "
     "for Assad.\n"
     "Al-Sharaa has yet to travel abroad, though a trip to Riyadh is expected in the coming weeks, a "
     "Syrian official said. He has spoken by phone with Crown Prince Mohammed bin Salman.",
     [("MET_WITH", FBF, SHARAA, "held talks with", "2025-01-24"),
      ("LEADS", FBF, "organization:saudi-foreign-ministry", "Saudi Foreign Minister Prince"),
      ("VISITED", FBF, DAM, "Sharaa in Damascus on Friday", "2025-01-24"),
      ("MET_WITH", FBF, SHAIB, "greeted at the airport", "2025-01-24"),
      ("LEADS", SHAIB, SFM, "his Syrian counterpart Asaad"),
      ("MET_WITH", MIKATI, SHARAA, "was received by al-Sharaa", "2025-01-11"),
      ("LEADS", MIKATI, "organization:lebanese-government", "caretaker Prime Minister Najib"),
      ("VISITED", MIKATI, DAM, "in the Syrian capital", "2025-01-11"),
      ("MET_WITH", SHATRI, SHARAA, "also travelled to Damascus", "2024-12-26"),
      ("VISITED", SHATRI, DAM, "also travelled to Damascus", "2024-12-26"),
      ("LEADS", SHATRI, "organization:iraqi-national-intelligence-service", "Iraq's intelligence chief"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-01-24"}),

    ("arEU6_tamim_damascus_sharaa_president", "ar",
     "دمشق - «الوطن»\n"
     "وصل أمير دولة قطر الشيخ تميم بن حمد آل ثاني إلى دمشق أمس، في أول زيارة لرئيس دولة إلى سوريا "
     "منذ سقوط النظام السابق، وكان في استقباله في مطار دمشق الدولي رئيس الجمهورية أحمد الشرع.\n"
     "وعقد الجانبان جلسة مباحثات في قصر الشعب تناولت دعم المرحلة الانتقالية، وحضرها عن الجانب "
     "القطري وزير الدولة بوزارة الخارجية محمد الخليفي.\n"
     "وتأتي الزيارة غداة إعلان إدارة العمليات العسكرية، في ختام \"مؤتمر النصر\"، تولية الشرع رئاسة "
     "البلاد في المرحلة الانتقالية، ليخلف بذلك الرئيس المخلوع بشار الأسد، إلى جانب حلّ الفصائل "
     "المسلحة ومنها \"هيئة تحرير الشام\" ودمجها في مؤسسات الدولة.\n"
     "وتلقى الرئيس الشرع اتصالاً هاتفياً من ولي العهد السعودي الأمير محمد بن سلمان هنأه فيه بتوليه "
     "الرئاسة، ومن المنتظر أن تكون الرياض محطته الخارجية الأولى.",
     [("VISITED", TAMIM, DAM, "وصل أمير دولة قطر", "2025-01-30"),
      ("LEADS", TAMIM, "country:qatar", "وصل أمير دولة قطر"),
      ("MET_WITH", SHARAA, TAMIM, "وكان في استقباله", "2025-01-30"),
      ("LEADS", SHARAA, SYRIA, "رئيس الجمهورية أحمد"),
      ("MET_WITH", KHUL, TAMIM, "وحضرها عن الجانب", "2025-01-30"),
      ("MET_WITH", KHUL, SHARAA, "وحضرها عن الجانب", "2025-01-30"),
      ("MEMBER_OF", KHUL, "organization:qatari-foreign-ministry", "وزير الدولة بوزارة الخارجية"),
      ("SUCCESSOR_OF", SHARAA, ASSAD, "ليخلف بذلك", "2025-01-29"),
      ("LEADS", MBS, "country:saudi-arabia", "ولي العهد السعودي"),
      ],
     {"source": "blind set (Al-Watan-style Arabic)", "published": "2025-01-31"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEU")
