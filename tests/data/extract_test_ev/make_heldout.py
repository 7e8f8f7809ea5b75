"""Blind set EV: Ahmed al-Sharaa's own trips and Syria's neighbours in 2025: Riyadh, his first trip
abroad (Reuters-style, Feb 2025); Ankara and Erdogan (SANA-style Arabic, Feb 2025); Amman and King
Abdullah II, with Hezbollah and Iraqi factions on the borders (Al-Watan-style Arabic, Feb 2025); the
Doha three-way meeting with Emir Tamim and Sudani (Middle East Eye-style, Apr 2025); Paris and Macron
(Enab Baladi-style Arabic, May 2025); Trump meets al-Sharaa in Riyadh, Erdogan by phone, Rubio and
al-Shaibani in Antalya (AFP-style, May 2025).
Style: en/ar alternating; three-way meetings; participants by video or phone; invitations and
planned visits; denials; a Hezbollah figure killed with no stated agent; succession in office.
Spellings: al-Sharaa / al-Shara / Jolani / الشرع, Erdoğan / أردوغان, al-Sudani, Shaibani.
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

SYRIA, TURKEY, SAUDI, US = "country:syria", "country:turkey", "country:saudi-arabia", "country:united-states"
HEZ, SFM = "organization:hezbollah", "organization:syrian-foreign-ministry"
SHARAA, SHAIB, MBS, ERD = ("person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:mohammed-bin-salman",
                           "person:recep-tayyip-erdogan")
FIDAN, KALIN, FBF, ABD, SAFADI = ("person:hakan-fidan", "person:ibrahim-kalin", "person:faisal-bin-farhan",
                                  "person:abdullah-ii", "person:ayman-safadi")
TAMIM, SUD, MACRON, BARROT = ("person:tamim-bin-hamad-al-thani", "person:mohammed-shia-al-sudani",
                              "person:emmanuel-macron", "person:jean-noel-barrot")
TRUMP, RUBIO, BARRACK, ASSAD = ("person:donald-trump", "person:marco-rubio", "person:tom-barrack",
                                "person:bashar-al-assad")
QASRA, KHATTAB, NETAN = "person:murhaf-abu-qasra", "person:anas-khattab", "person:benjamin-netanyahu"

ARTICLES = [
    ("enEV1_sharaa_riyadh_first_trip", "en",
     "RIYADH, Feb 2 (Reuters) - Syria's interim President Ahmed al-Sharaa met Saudi Crown Prince "
     "Mohammed bin Salman in Riyadh on Sunday, on his first trip abroad since rebels he led ousted "
     "Bashar al-Assad in December.\n"
     "Sharaa, who was accompanied by Foreign Minister Asaad al-Shaibani, flew in aboard a Saudi "
     "aircraft and was received at Al-Yamamah Palace, the Saudi Press Agency said.\n"
     "The two discussed ways to support Syria's transition and lift Western sanctions, according to "
     "a statement from the Syrian presidency, which named Sharaa head of state on Jan. 29 in place of "
     "Assad.\n"
     "Saudi Foreign Minister Prince Faisal bin Farhan, who visited Damascus last month, also attended "
     "the talks.\n"
     "Sharaa is expected to travel to Turkey on Tuesday to meet President Tayyip Erdogan, a Turkish "
     "official said. He had spoken by telephone with Erdogan before leaving Damascus.",
     [("MET_WITH", SHARAA, MBS, "met Saudi Crown Prince", "2025-02-02"),
      ("LEADS", SHARAA, SYRIA, "Syria's interim President Ahmed"),
      ("VISITED", SHARAA, "location:riyadh", "Mohammed bin Salman in Riyadh", "2025-02-02"),
      ("LEADS", SHAIB, SFM, "accompanied by Foreign Minister"),
      ("VISITED", SHAIB, "location:riyadh", "accompanied by Foreign Minister", "2025-02-02"),
      ("VISITED", SHARAA, "location:al-yamamah-palace", "received at Al-Yamamah", "2025-02-02"),
      ("REPORTED_BY", SHARAA, "outlet:saudi-press-agency", "the Saudi Press Agency said"),
      ("SUCCESSOR_OF", SHARAA, ASSAD, "in place of", "2025-01-29"),
      ("LEADS", FBF, "organization:saudi-foreign-ministry", "Saudi Foreign Minister Prince"),
      ("MET_WITH", FBF, SHARAA, "also attended", "2025-02-02"),
      ("MET_WITH", FBF, MBS, "also attended", "2025-02-02"),
      ("VISITED", FBF, "location:damascus", "who visited Damascus last month", "2025-01-24"),
      ("LEADS", ERD, TURKEY, "President Tayyip Erdogan"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-02-02"}),

    ("arEV2_sharaa_ankara_erdogan", "ar",
     "أنقرة-سانا\n"
     "عقد السيد الرئيس أحمد الشرع اليوم جلسة مباحثات مع الرئيس التركي رجب طيب أردوغان في المجمع "
     "الرئاسي بأنقرة، تناولت التعاون الاقتصادي والأمني ومكافحة الإرهاب.\n"
     "وكان الرئيس الشرع قد وصل إلى العاصمة التركية في ثاني زيارة خارجية له بعد المملكة العربية "
     "السعودية، يرافقه وزير الخارجية والمغتربين أسعد حسن الشيباني.\n"
     "وشارك في المباحثات من الجانب التركي وزير الخارجية هاكان فيدان ورئيس جهاز الاستخبارات إبراهيم "
     "قالن.\n"
     "وأكد أردوغان في مؤتمر صحفي مشترك دعم بلاده لوحدة الأراضي السورية، فيما نفت مصادر رسمية ما "
     "تداولته وسائل إعلام عن توقيع اتفاقية دفاع مشترك خلال الزيارة.",
     [("MET_WITH", SHARAA, ERD, "جلسة مباحثات مع الرئيس التركي", "2025-02-04"),
      ("LEADS", SHARAA, SYRIA, "عقد السيد الرئيس أحمد"),
      ("LEADS", ERD, TURKEY, "الرئيس التركي رجب"),
      ("VISITED", SHARAA, "location:presidential-complex-ankara", "في المجمع", "2025-02-04"),
      ("LOCATED_IN", "location:presidential-complex-ankara", "location:ankara", "الرئاسي بأنقرة"),
      ("VISITED", SHARAA, "location:ankara", "قد وصل إلى العاصمة التركية", "2025-02-04"),
      ("VISITED", SHAIB, "location:ankara", "يرافقه وزير الخارجية", "2025-02-04"),
      ("LEADS", SHAIB, SFM, "يرافقه وزير الخارجية"),
      ("MET_WITH", SHARAA, FIDAN, "وشارك في المباحثات", "2025-02-04"),
      ("MET_WITH", SHARAA, KALIN, "وشارك في المباحثات", "2025-02-04"),
      ("MET_WITH", ERD, FIDAN, "وشارك في المباحثات", "2025-02-04"),
      ("MET_WITH", ERD, KALIN, "وشارك في المباحثات", "2025-02-04"),
      ("MET_WITH", FIDAN, KALIN, "وشارك في المباحثات", "2025-02-04"),
      ("LEADS", FIDAN, "organization:turkish-foreign-ministry", "وزير الخارجية هاكان"),
      ("LEADS", KALIN, "organization:turkish-national-intelligence-organization", "ورئيس جهاز الاستخبارات"),
      ],
     {"source": "blind set (SANA-style Arabic)", "published": "2025-02-04"}),

    ("enEV3_doha_tamim_sharaa_sudani", "en",
     "Iraqi Prime Minister Mohammed Shia al-Sudani met Syria's President Ahmed al-Shara in Doha on "
     "Tuesday at a meeting hosted by Qatar's Emir Sheikh Tamim bin Hamad Al Thani, the Iraqi government "
     "said, in the first encounter between the two leaders.\n"
     "The talks, which were not announced in advance, covered border security, the fate of Islamic "
     "State detainees in northeast Syria and the reopening of the Albukamal crossing.\n"
     "The meeting angered Iraq's Iran-aligned factions. Kataib Hezbollah, whose fighters pulled out of "
     "Syria when Assad fell, said Sudani had \"no mandate\" to deal with a man once jailed in Iraq, "
     "while Harakat al-Nujaba leader Akram al-Kaabi called for al-Shara's arrest if he set foot in "
     "Baghdad.\n"
     "Sudani has invited al-Shara to the Arab League summit in Baghdad next month, but Iraqi "
     "officials told Middle East Eye they did not expect him to attend.\n"
     "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke by phone with Foreign "
     "Minister Asaad al-Shaibani after the meeting.",
     [("MET_WITH", SUD, SHARAA, "met Syria's President Ahmed", "2025-04-15"),
      ("MET_WITH", SUD, TAMIM, "at a meeting hosted by", "2025-04-15"),
      ("MET_WITH", SHARAA, TAMIM, "at a meeting hosted by", "2025-04-15"),
      ("LEADS", SUD, "organization:iraqi-government", "Iraqi Prime Minister Mohammed"),
      ("LEADS", SHARAA, SYRIA, "met Syria's President Ahmed"),
      ("LEADS", TAMIM, "country:qatar", "Qatar's Emir Sheikh"),
      ("VISITED", SUD, "location:doha", "al-Shara in Doha", "2025-04-15"),
      ("VISITED", SHARAA, "location:doha", "al-Shara in Doha", "2025-04-15"),
      ("WITHDREW_FROM", "organization:kataib-hezbollah", SYRIA, "pulled out of", "2024-12"),
      ("LEADS", "person:akram-al-kaabi", "organization:harakat-al-nujaba", "Nujaba leader Akram"),
      ("LEADS", "person:mohammed-bin-abdulrahman-al-thani", "organization:qatari-government",
       "Qatar's Prime Minister Sheikh"),
      ("LEADS", SHAIB, SFM, "Minister Asaad al-Shaibani"),
      ],
     {"source": "blind set (Middle East Eye-style)", "published": "2025-04-16"}),

    ("arEV4_sharaa_paris_macron", "ar",
     "عنب بلدي - باريس\n"
     "استقبل الرئيس الفرنسي، إيمانويل ماكرون، الرئيس السوري أحمد الشرع في قصر الإليزيه، الأربعاء 7 "
     "من أيار، في أول زيارة للشرع إلى دولة أوروبية منذ توليه الرئاسة.\n"
     "ورافق الشرع وزير الخارجية، أسعد الشيباني، الذي عقد لقاء منفصلاً مع نظيره الفرنسي جان نويل "
     "بارو.\n"
     "وقال ماكرون في مؤتمر صحفي مشترك إنه سيحث الرئيس الأمريكي، دونالد ترامب، على رفع العقوبات عن "
     "سوريا، مشيراً إلى أنه ناقش الأمر معه في اتصال هاتفي.\n"
     "ونفى الشرع وجود مفاوضات مباشرة مع إسرائيل، مؤكداً أن محادثات غير مباشرة تجري عبر وسطاء، "
     "في وقت تواصل فيه الطائرات الإسرائيلية قصف مواقع عسكرية في ريف دمشق.\n"
     "وتظاهر معارضون للزيارة أمام الإليزيه، متهمين الحكومة السورية بالمسؤولية عن مقتل مدنيين من "
     "الطائفة العلوية في الساحل في آذار، وهو ما تنفيه دمشق.",
     [("MET_WITH", MACRON, SHARAA, "استقبل الرئيس الفرنسي", "2025-05-07"),
      ("LEADS", MACRON, "country:france", "استقبل الرئيس الفرنسي"),
      ("LEADS", SHARAA, SYRIA, "الرئيس السوري أحمد"),
      ("VISITED", SHARAA, "location:elysee-palace", "في قصر الإليزيه", "2025-05-07"),
      ("VISITED", SHAIB, "location:paris", "ورافق الشرع وزير الخارجية", "2025-05-07"),
      ("MET_WITH", SHAIB, BARROT, "عقد لقاء منفصلاً", "2025-05-07"),
      ("LEADS", BARROT, "organization:french-foreign-ministry", "نظيره الفرنسي جان"),
      ("LEADS", SHAIB, SFM, "ورافق الشرع وزير الخارجية"),
      ("LEADS", TRUMP, US, "الرئيس الأمريكي، دونالد"),
      ("ATTACKED", "country:israel", SYRIA, "تواصل فيه الطائرات الإسرائيلية", "2025-05"),
      ],
     {"source": "blind set (Enab Baladi-style Arabic)", "published": "2025-05-07"}),

    ("enEV5_trump_meets_sharaa_riyadh", "en",
     "RIYADH (AFP) - US President Donald Trump met Syria's interim leader Ahmed al-Sharaa in Riyadh on "
     "Wednesday, the first meeting between the two countries' presidents in 25 years, a day after he "
     "announced he would lift sanctions on Damascus.\n"
     "The half-hour encounter was hosted by Saudi Crown Prince Mohammed bin Salman, while Turkish "
     "President Recep Tayyip Erdogan took part by video link, the White House said.\n"
     "Trump later described the former jihadist, once held in a US prison in Iraq, as a \"young, "
     "attractive tough guy\" and urged him to join the Abraham Accords.\n"
     "On Thursday, Secretary of State Marco Rubio held talks with Syrian Foreign Minister Asaad "
     "al-Shaibani on the sidelines of a NATO meeting in Antalya, with Turkey's Hakan Fidan also at the "
     "table.\n"
     "Washington's ambassador to Ankara, Tom Barrack, was named special envoy for Syria on Friday. He "
     "is expected to visit Damascus in the coming weeks.",
     [("MET_WITH", TRUMP, SHARAA, "Donald Trump met Syria's interim", "2025-05-14"),
      ("LEADS", TRUMP, US, "US President Donald Trump"),
      ("LEADS", SHARAA, SYRIA, "Syria's interim leader Ahmed"),
      ("VISITED", TRUMP, "location:riyadh", "al-Sharaa in Riyadh on", "2025-05-14"),
      ("VISITED", SHARAA, "location:riyadh", "al-Sharaa in Riyadh on", "2025-05-14"),
      ("MET_WITH", MBS, TRUMP, "was hosted by Saudi Crown Prince", "2025-05-14"),
      ("MET_WITH", MBS, SHARAA, "was hosted by Saudi Crown Prince", "2025-05-14"),
      ("LEADS", ERD, TURKEY, "Turkish President Recep"),
      ("MET_WITH", RUBIO, SHAIB, "held talks with Syrian Foreign", "2025-05-15"),
      ("LEADS", RUBIO, "organization:us-state-department", "Secretary of State Marco"),
      ("LEADS", SHAIB, SFM, "Syrian Foreign Minister Asaad"),
      ("VISITED", RUBIO, "location:antalya", "NATO meeting in Antalya", "2025-05-15"),
      ("VISITED", SHAIB, "location:antalya", "NATO meeting in Antalya", "2025-05-15"),
      ("MET_WITH", FIDAN, RUBIO, "also at the", "2025-05-15"),
      ("MET_WITH", FIDAN, SHAIB, "also at the", "2025-05-15"),
      ],
     {"source": "blind set (AFP-style)", "published": "2025-05-16"}),

    ("arEV6_sharaa_amman_king_abdullah", "ar",
     "عمّان - «الوطن»\n"
     "أجرى الرئيس أحمد الشرع أمس في قصر بسمان مباحثات مع العاهل الأردني الملك عبد الله الثاني، "
     "تناولت أمن الحدود المشتركة ومكافحة تهريب المخدرات والسلاح، في أول زيارة له إلى الأردن.\n"
     "وحضر المباحثات وزير الخارجية الأردني أيمن الصفدي ونظيره السوري أسعد الشيباني، بحسب وكالة "
     "الأنباء الأردنية «بترا».\n"
     "وأكد الشرع أن سوريا \"لن تكون منصة لتهديد جيرانها\"، في إشارة إلى شبكات مرتبطة بـ\"حزب الله\" "
     "وفصائل عراقية انسحبت من البلاد بعد سقوط النظام السابق.\n"
     "وكانت وزارة الداخلية قد أعلنت الأسبوع الماضي العثور على جثة مسؤول في الحزب عن عمليات التهريب "
     "في ريف القصير، من دون أن تحدد الجهة التي قتلته، فيما نفى الحزب أي وجود له داخل الأراضي السورية.\n"
     "ويُنتظر أن يشارك الشرع في القمة العربية الطارئة في القاهرة الأسبوع المقبل.",
     [("MET_WITH", SHARAA, ABD, "مباحثات مع العاهل الأردني", "2025-02-26"),
      ("LEADS", ABD, "country:jordan", "العاهل الأردني الملك"),
      ("LEADS", SHARAA, SYRIA, "أجرى الرئيس أحمد"),
      ("VISITED", SHARAA, "location:basmane-palace", "أمس في قصر بسمان", "2025-02-26"),
      ("VISITED", SHARAA, "location:amman", "في أول زيارة له إلى الأردن", "2025-02-26"),
      ("MET_WITH", SAFADI, SHARAA, "وحضر المباحثات", "2025-02-26"),
      ("MET_WITH", SAFADI, ABD, "وحضر المباحثات", "2025-02-26"),
      ("MET_WITH", SAFADI, SHAIB, "وحضر المباحثات", "2025-02-26"),
      ("MET_WITH", SHAIB, SHARAA, "وحضر المباحثات", "2025-02-26"),
      ("MET_WITH", SHAIB, ABD, "وحضر المباحثات", "2025-02-26"),
      ("LEADS", SAFADI, "organization:jordanian-foreign-ministry", "وزير الخارجية الأردني أيمن"),
      ("LEADS", SHAIB, SFM, "ونظيره السوري أسعد"),
      ("REPORTED_BY", SHARAA, "outlet:petra", "«بترا»"),
      ("LOCATED_IN", "location:qusayr", SYRIA, "في ريف القصير"),
      ],
     {"source": "blind set (Al-Watan-style Arabic)", "published": "2025-02-27"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEV")
