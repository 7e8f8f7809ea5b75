"""Blind set CP: Syria's new authorities and their foreign hosts and guests, Dec 2024 - Aug 2025:
Fidan, Safadi and al-Khulaifi received by al-Sharaa in Damascus, with Shaibani replacing Sabbagh
and the Salvation Government's change of hands (Reuters-style, Dec 2024), Trump meets al-Sharaa
in Riyadh with the crown prince present and Erdogan on a video link, then Rubio and Fidan with
al-Shaibani in Antalya (Arabic wire, May 2025), al-Sharaa at the Elysee and the January visit of
Barrot and Baerbock (AFP-style, May 2025), the Qatari emir in Damascus the day after al-Sharaa
was named interim president (Arabic daily, Jan 2025), al-Shaibani and Dermer in Paris with
Barrack, a reported Baku meeting denied, Israel's strike on the Defence Ministry (AP-style,
Aug 2025), Nawaf Salam in Damascus and the Jeddah border deal of the two defence ministers
(Arabic daily, Apr 2025).
Style: en/ar alternating; "received", "hosted", "with X present", a video link (no meeting), a
declined/denied meeting, planned return visits, phone calls. Spellings: al-Chareh/al-Shara/
Jolani, Chaibani/Shibani.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cp/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cq import ALL  # noqa: E402

HERE = Path(__file__).parent

SHA, SHB, AQS = "person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:murhaf-abu-qasra"
FID, KAL, ERD = "person:hakan-fidan", "person:ibrahim-kalin", "person:recep-tayyip-erdogan"
SAFADI, KHU, SAB = "person:ayman-safadi", "person:mohammed-al-khulaifi", "person:bassam-al-sabbagh"
BASH, KEDA, ASSAD = "person:mohammed-al-bashir", "person:ali-keda", "person:bashar-al-assad"
TRUMP, MBS, RUB = "person:donald-trump", "person:mohammed-bin-salman", "person:marco-rubio"
MAC, BARROT, BAER = "person:emmanuel-macron", "person:jean-noel-barrot", "person:annalena-baerbock"
TAM, MBAR = "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani"
KAABI, SHAQ = "person:saad-sherida-al-kaabi", "person:omar-shaqrouq"
DER, BAR, HIJ = "person:ron-dermer", "person:tom-barrack", "person:hikmat-al-hijri"
NSAL, MEN, MIK, KBS = "person:nawaf-salam", "person:michel-menassa", "person:najib-mikati", "person:khalid-bin-salman"
DAM = "location:damascus"

ARTICLES = [
    ("enCP1_fidan_safadi_in_damascus", "en",
     "DAMASCUS, Dec 23 (Reuters) - Syria's new de facto leader Ahmed al-Sharaa, the commander "
     "formerly known as Abu Mohammed al-Jolani, received Turkish Foreign Minister Hakan Fidan in "
     "Damascus on Sunday, the most senior foreign official to visit since rebels led by his Hayat "
     "Tahrir al-Sham toppled Bashar al-Assad two weeks ago. Fidan's trip came ten days after "
     "Turkish intelligence chief Ibrahim Kalin toured Damascus and prayed at the Umayyad Mosque.\n"
     "On Monday Jordanian Foreign Minister Ayman Safadi became the first Arab foreign minister to "
     "visit Damascus, holding talks with Sharaa and the newly appointed foreign minister, Asaad "
     "al-Shibani. Qatar's Minister of State Mohammed al-Khulaifi also met Sharaa.\n"
     "Shibani was named on Saturday to replace Bassam Sabbagh, Assad's last foreign minister. The "
     "caretaker government is dominated by officials of HTS's former administration in Idlib, "
     "the Syrian Salvation Government, whose last head, Mohammed al-Bashir, took over from Ali Keda "
     "in January and now leads the interim cabinet.\n"
     "Turkey has ruled out any contact with the Kurdish-led Syrian Democratic Forces. \"There is "
     "no place for the PKK in Syria's future,\" Fidan said, adding that he had spoken by phone "
     "with U.S. Secretary of State Antony Blinken before the trip.",
     [("MET_WITH", SHA, FID, "received Turkish Foreign Minister", "2024-12-22"),
      ("LEADS", SHA, "country:syria", "new de facto leader"),
      ("VISITED", FID, DAM, "Hakan Fidan in Damascus", "2024-12-22"),
      ("LEADS", SHA, "organization:hayat-tahrir-al-sham", "led by his Hayat"),
      ("VISITED", KAL, DAM, "toured Damascus", "2024-12-12"),
      ("LEADS", KAL, "organization:turkish-national-intelligence-organization",
       "Turkish intelligence chief Ibrahim"),
      ("VISITED", SAFADI, DAM, "the first Arab foreign minister to", "2024-12-23"),
      ("MET_WITH", SAFADI, SHA, "holding talks with Sharaa", "2024-12-23"),
      ("MET_WITH", SAFADI, SHB, "newly appointed foreign minister", "2024-12-23"),
      ("MET_WITH", KHU, SHA, "also met Sharaa", "2024-12-23"),
      ("SUCCESSOR_OF", SHB, SAB, "to replace Bassam Sabbagh", "2024-12-21"),
      ("LEADS", BASH, "organization:syrian-salvation-government", "whose last head"),
      ("SUCCESSOR_OF", BASH, KEDA, "took over from Ali Keda", "2024-01"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-12-23"}),

    ("arCP2_trump_sharaa_riyadh", "ar",
     "الرياض - وكالات - التقى الرئيس الأميركي دونالد ترامب، الأربعاء، الرئيس السوري أحمد الشرع في "
     "الرياض، في أول لقاء بين رئيسين أميركي وسوري منذ ربع قرن، وذلك بحضور ولي العهد السعودي الأمير "
     "محمد بن سلمان، فيما شارك الرئيس التركي رجب طيب أردوغان في الاجتماع عبر اتصال مرئي.\n"
     "وقال ترامب للصحافيين على متن الطائرة الرئاسية إن الشرع «شاب جذاب وقوي»، بعد يوم من إعلانه "
     "رفع العقوبات عن سوريا. وكان ترامب قد وصل إلى الرياض الثلاثاء في مستهل جولة خليجية تشمل "
     "الدوحة وأبوظبي، واستقبله ولي العهد في مطار الملك خالد الدولي.\n"
     "وفي اليوم التالي، اجتمع وزير الخارجية الأميركي ماركو روبيو بنظيره السوري أسعد الشيباني في "
     "مدينة أنطاليا التركية على هامش اجتماع وزراء خارجية حلف شمال الأطلسي، بمشاركة وزير الخارجية "
     "التركي هاكان فيدان. ولم يلتقِ الشيباني وزير الخارجية الإسرائيلي جدعون ساعر، رغم تقارير عن "
     "اتصالات غير مباشرة بين الجانبين.\n"
     "ويقود الشرع البلاد منذ كانون الثاني، بعدما أطاحت فصائل المعارضة بقيادة «هيئة تحرير الشام» "
     "نظام بشار الأسد في الثامن من كانون الأول.",
     [("MET_WITH", TRUMP, SHA, "التقى الرئيس الأميركي دونالد ترامب", "2025-05-14"),
      ("VISITED", SHA, "location:riyadh", "الرئيس السوري أحمد الشرع في", "2025-05-14"),
      ("LEADS", TRUMP, "country:united-states", "الرئيس الأميركي دونالد ترامب، الأربعاء"),
      ("MET_WITH", SHA, MBS, "بحضور ولي العهد السعودي", "2025-05-14"),
      ("LEADS", ERD, "country:turkey", "الرئيس التركي رجب"),
      ("VISITED", TRUMP, "location:riyadh", "قد وصل إلى الرياض", "2025-05-13"),
      ("MET_WITH", TRUMP, MBS, "واستقبله ولي العهد في مطار", "2025-05-13"),
      ("MET_WITH", RUB, SHB, "اجتمع وزير الخارجية الأميركي", "2025-05-15"),
      ("LEADS", RUB, "organization:us-state-department", "وزير الخارجية الأميركي ماركو"),
      ("VISITED", RUB, "location:antalya", "مدينة أنطاليا التركية", "2025-05-15"),
      ("VISITED", SHB, "location:antalya", "مدينة أنطاليا التركية", "2025-05-15"),
      ("LOCATED_IN", "location:antalya", "country:turkey", "أنطاليا التركية"),
      ("MET_WITH", FID, RUB, "بمشاركة وزير الخارجية", "2025-05-15"),
      ("MET_WITH", FID, SHB, "بمشاركة وزير الخارجية", "2025-05-15"),
      ("LEADS", SHA, "country:syria", "ويقود الشرع البلاد"),
      ],
     {"source": "blind set (Arabic wire-style)", "published": "2025-05-15"}),

    ("enCP3_chareh_at_elysee", "en",
     "PARIS (AFP) - French President Emmanuel Macron hosted Syria's interim president Ahmed "
     "al-Chareh at the Elysee Palace in Paris on Wednesday, the former jihadist's first trip to Europe "
     "since the fall of Bashar al-Assad in December. Macron pressed his guest to protect \"all "
     "Syrians, whatever their origin\" after the killing of hundreds of Alawite civilians on the "
     "coast in March, and said sanctions could be eased step by step.\n"
     "Foreign Minister Assaad al-Chaibani, who accompanied Chareh, held separate talks with his "
     "French counterpart Jean-Noel Barrot. Barrot had travelled to Damascus in January with "
     "Germany's Annalena Baerbock, and the two ministers were received there by Chareh at the "
     "People's Palace, though the Syrian leader did not shake Baerbock's hand.\n"
     "The visit drew fire from the far right. Marine Le Pen, of the National Rally, called it "
     "\"a provocation\". Macron said he had discussed Syria by phone with U.S. President Donald "
     "Trump the day before and urged Washington to lift its own sanctions.\n"
     "Chareh is due in Kuwait later this month.",
     [("LEADS", MAC, "country:france", "French President Emmanuel Macron"),
      ("MET_WITH", MAC, SHA, "hosted Syria's interim president", "2025-05-07"),
      ("VISITED", SHA, "location:paris", "Elysee Palace in Paris", "2025-05-07"),
      ("LEADS", SHA, "country:syria", "Syria's interim president"),
      ("MET_WITH", SHB, BARROT, "held separate talks with his", "2025-05-07"),
      ("VISITED", BARROT, DAM, "Barrot had travelled to Damascus", "2025-01-03"),
      ("VISITED", BAER, DAM, "Barrot had travelled to Damascus", "2025-01-03"),
      ("MET_WITH", SHA, BARROT, "received there by Chareh", "2025-01-03"),
      ("MET_WITH", SHA, BAER, "received there by Chareh", "2025-01-03"),
      ("MEMBER_OF", "person:marine-le-pen", "organization:national-rally", "of the National Rally"),
      ],
     {"source": "blind set (AFP-style)", "published": "2025-05-07"}),

    ("arCP4_qatar_emir_in_damascus", "ar",
     "دمشق - «الشرق» - وصل أمير قطر الشيخ تميم بن حمد آل ثاني، الخميس، إلى دمشق في أول زيارة "
     "لرئيس دولة إلى سوريا منذ سقوط نظام الأسد، وكان في استقباله في مطار دمشق الدولي الرئيس أحمد "
     "الشرع. وعقد الجانبان جلسة مباحثات رسمية في قصر الشعب تناولت إعادة الإعمار وإمدادات الطاقة.\n"
     "وجاءت الزيارة غداة إعلان القيادة العسكرية تعيين الشرع رئيساً للبلاد في المرحلة الانتقالية، "
     "خلفاً لبشار الأسد الذي فرّ إلى موسكو في الثامن من كانون الأول.\n"
     "وضم الوفد القطري رئيس الوزراء وزير الخارجية الشيخ محمد بن عبد الرحمن آل ثاني، الذي عقد لقاءً "
     "منفصلاً مع وزير الخارجية السوري أسعد حسن الشيباني. وبحث وزير الدولة لشؤون الطاقة سعد شريدة "
     "الكعبي مع وزير الكهرباء في حكومة تصريف الأعمال عمر شقروق تزويد محطات التوليد بالغاز عبر "
     "الأردن، فيما التقى وزير الدولة محمد الخليفي وزير الدفاع مرهف أبو قصرة.\n"
     "ولم يُعلن عن لقاء بين الأمير وأي مسؤول في «قوات سوريا الديمقراطية». ومن المقرر أن يردّ الشرع "
     "الزيارة إلى الدوحة خلال الربيع، بحسب مصدر في الرئاسة السورية.",
     [("LEADS", TAM, "country:qatar", "أمير قطر الشيخ تميم"),
      ("VISITED", TAM, DAM, "إلى دمشق في أول زيارة", "2025-01-30"),
      ("MET_WITH", TAM, SHA, "وكان في استقباله في مطار", "2025-01-30"),
      ("LEADS", SHA, "country:syria", "تعيين الشرع رئيساً للبلاد"),
      ("SUCCESSOR_OF", SHA, ASSAD, "خلفاً لبشار الأسد", "2025-01-29"),
      ("MET_WITH", MBAR, SHB, "عقد لقاءً", "2025-01-30"),
      ("LEADS", MBAR, "organization:qatari-foreign-ministry", "رئيس الوزراء وزير الخارجية الشيخ"),
      ("MET_WITH", KAABI, SHAQ, "وبحث وزير الدولة لشؤون الطاقة", "2025-01-30"),
      ("MET_WITH", KHU, AQS, "فيما التقى وزير الدولة", "2025-01-30"),
      ("LEADS", AQS, "organization:syrian-defence-ministry", "وزير الدفاع مرهف أبو قصرة"),
      ],
     {"source": "blind set (Arabic daily-style)", "published": "2025-01-30"}),

    ("enCP5_shaibani_dermer_paris", "en",
     "PARIS (AP) - Syrian Foreign Minister Asaad al-Shaibani met Israel's Strategic Affairs "
     "Minister Ron Dermer in Paris on Tuesday, Syria's state news agency SANA said, in the "
     "highest-level publicly acknowledged contact between the two countries in decades. The talks "
     "were hosted by U.S. envoy Tom Barrack, who met both men, and focused on de-escalation in the "
     "southern province of Sweida.\n"
     "Damascus denied reports in Israeli media that President Ahmed al-Sharaa himself had met "
     "Dermer in Baku during a visit to Azerbaijan in July.\n"
     "Last month Israel struck the Syrian Defence Ministry headquarters in central Damascus, "
     "saying it was protecting the Druze community after days of clashes in Sweida between "
     "government forces, Bedouin tribes and Druze militias. Defence Minister Israel Katz said "
     "the strikes would continue \"until the regime forces withdraw\".\n"
     "Sheikh Hikmat al-Hijri, the most senior Druze cleric in Sweida, told The Associated Press "
     "he would not accept the return of government troops. \"We want international guarantees,\" "
     "he said.",
     [("MET_WITH", SHB, DER, "al-Shaibani met Israel's Strategic", "2025-08-19"),
      ("VISITED", SHB, "location:paris", "Ron Dermer in Paris", "2025-08-19"),
      ("VISITED", DER, "location:paris", "Ron Dermer in Paris", "2025-08-19"),
      ("MET_WITH", BAR, SHB, "who met both men", "2025-08-19"),
      ("MET_WITH", BAR, DER, "who met both men", "2025-08-19"),
      ("LOCATED_IN", "location:sweida", "country:syria", "southern province of Sweida"),
      ("ATTACKED", "country:israel", "organization:syrian-defence-ministry",
       "Israel struck the Syrian Defence Ministry", "2025-07-16"),
      ("REPORTED_BY", HIJ, "outlet:ap", "told The Associated Press"),
      ("LEADS", SHA, "country:syria", "President Ahmed al-Sharaa himself"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-08-19"}),

    ("arCP6_salam_in_damascus", "ar",
     "دمشق - «النهار» - أجرى رئيس الحكومة اللبنانية نواف سلام، الاثنين، مباحثات في قصر الشعب مع "
     "الرئيس السوري أحمد الشرع، في أول زيارة له إلى دمشق منذ تشكيل حكومته، تناولت ضبط الحدود "
     "وملف النازحين والموقوفين السوريين في السجون اللبنانية.\n"
     "وعقد وزير الدفاع اللبناني ميشال منسى، الذي رافق سلام، اجتماعاً مع نظيره السوري مرهف أبو قصرة "
     "خُصص لترسيم الحدود ومنع التهريب. وقال وزير الخارجية يوسف رجي لصحيفة «الشرق الأوسط» إن "
     "الزيارة «فتحت صفحة جديدة» بين البلدين.\n"
     "وكانت العلاقة قد استؤنفت رسمياً في كانون الثاني حين زار رئيس حكومة تصريف الأعمال نجيب ميقاتي "
     "دمشق والتقى الشرع، في أول زيارة لرئيس حكومة لبناني إلى سوريا منذ 2011. وفي آذار، وقّع أبو قصرة "
     "ومنسى في جدة اتفاقاً لترسيم الحدود بعد اشتباكات دامية في الهرمل، برعاية وزير الدفاع السعودي "
     "الأمير خالد بن سلمان الذي اجتمع بالوزيرين.\n"
     "ولم يلتقِ سلام خلال الزيارة أياً من قادة الفصائل، فيما يُنتظر أن يزور الشيباني بيروت قريباً.",
     [("MET_WITH", NSAL, SHA, "أجرى رئيس الحكومة اللبنانية نواف سلام", "2025-04-14"),
      ("LEADS", NSAL, "organization:lebanese-government", "رئيس الحكومة اللبنانية نواف"),
      ("VISITED", NSAL, DAM, "في أول زيارة له إلى دمشق", "2025-04-14"),
      ("MET_WITH", MEN, AQS, "اجتماعاً مع نظيره السوري", "2025-04-14"),
      ("LEADS", SHA, "country:syria", "الرئيس السوري أحمد الشرع"),
      ("MEMBER_OF", MEN, "organization:lebanese-government", "وزير الدفاع اللبناني ميشال"),
      ("MEMBER_OF", "person:youssef-rajji", "organization:lebanese-government", "وقال وزير الخارجية يوسف"),
      ("LEADS", MIK, "organization:lebanese-government", "رئيس حكومة تصريف الأعمال نجيب"),
      ("REPORTED_BY", "person:youssef-rajji", "outlet:asharq-al-awsat", "لصحيفة «الشرق الأوسط»"),
      ("VISITED", MIK, DAM, "حين زار رئيس حكومة تصريف الأعمال", "2025-01-11"),
      ("MET_WITH", MIK, SHA, "والتقى الشرع", "2025-01-11"),
      ("VISITED", AQS, "location:jeddah", "ومنسى في جدة", "2025-03-27"),
      ("VISITED", MEN, "location:jeddah", "ومنسى في جدة", "2025-03-27"),
      ("MET_WITH", KBS, AQS, "الذي اجتمع بالوزيرين", "2025-03-27"),
      ("MET_WITH", KBS, MEN, "الذي اجتمع بالوزيرين", "2025-03-27"),
      ],
     {"source": "blind set (Arabic daily-style)", "published": "2025-04-14"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCP")
