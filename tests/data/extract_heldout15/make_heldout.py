"""Blind set C: the US side, 2019-2021: embassy storming, Pompeo's closure threat, Trump's
order, Ain al-Asad, Kadhimi at the White House, Biden's strikes in Syria, McKenzie's drawdown.
Written and annotated blind (extractor neither read nor run).
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout15/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities import KNOWN  # noqa: E402

HERE = Path(__file__).parent
E = {**KNOWN,
     "person:mohammed-al-halbousi": ("Person", "Mohammed al-Halbousi", "محمد الحلبوسي"),
     "organization:iraqi-parliament": ("Organization", "Council of Representatives of Iraq",
                                       "مجلس النواب العراقي"),
     "organization:usbat-al-thaireen": ("Organization", "Usbat al-Thaireen", "عصبة الثائرين"),
     "location:ain-al-asad-air-base": ("Location", "Ain al-Asad Air Base", "قاعدة عين الأسد الجوية"),
     "location:anbar": ("Location", "Anbar Governorate", "محافظة الأنبار"),
     "outlet:irna": ("Outlet", "Islamic Republic News Agency", "وكالة الأنباء الإيرانية الرسمية"),
     "person:dan-brouillette": ("Person", "Dan Brouillette", "دان برويليت"),
     "person:john-kirby": ("Person", "John Kirby", "جون كيربي"),
     "organization:us-department-of-defense": ("Organization", "United States Department of Defense",
                                               "وزارة الدفاع الأميركية"),
     "person:kadhim-al-fartousi": ("Person", "Kadhim al-Fartousi", "كاظم الفرطوسي"),
     "person:ahmed-mulla-talal": ("Person", "Ahmed Mulla Talal", "أحمد ملا طلال"),
     "organization:iraqi-government": ("Organization", "Government of Iraq", "الحكومة العراقية"),
     "outlet:al-monitor": ("Outlet", "Al-Monitor", "المونيتور"),
     "person:abdul-amir-yarallah": ("Person", "Abdul Amir Yarallah", "عبد الأمير يار الله"),
     "person:abdul-amir-al-shammari": ("Person", "Abdul Amir al-Shammari", "عبد الأمير الشمري"),
     "organization:joint-operations-command": ("Organization", "Joint Operations Command",
                                               "قيادة العمليات المشتركة"),
     }

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
QF, US = "organization:quds-force", "country:united-states"
KH, KSS = "organization:kataib-hezbollah", "organization:kataib-sayyid-al-shuhada"

ARTICLES = [
    ("enC1_embassy_storming", "en",
     "BAGHDAD (AP) \u2014 Hundreds of angry Iraqi Shiite militia supporters broke into the U.S. "
     "Embassy compound in Baghdad on Tuesday, smashing a main door and setting fire to a "
     "reception area, to protest U.S. airstrikes that killed 25 fighters of the Iran-backed "
     "militia Kataib Hezbollah. The Pentagon said Sunday's strikes hit five of the group's "
     "facilities in Iraq and Syria, including weapons depots near the border town of al-Qaim. "
     "Senior militia leaders, including Hadi al-Amiri and Qais al-Khazali, joined the protest "
     "outside the embassy walls. President Donald Trump blamed Iran for orchestrating the "
     "attack and said it would be held \u201cfully responsible.\u201d Secretary of State Mike "
     "Pompeo spoke by phone with Iraqi Prime Minister Adil Abdul-Mahdi, urging him to protect "
     "U.S. personnel and facilities.",
     [("LOCATED_IN", "location:us-embassy-baghdad", "location:baghdad", "broke into the U.S."),
      ("ATTACKED", US, KH, "broke into the U.S."),
      ("SUPPORTS", "country:iran", KH, "broke into the U.S."),
      ("LEADS", "person:adil-abdul-mahdi", "country:iraq", "spoke by phone"),
      ],
     {"source": "blind set (AP-style)", "published": "2019-12-31"}),

    ("arC2_pompeo_closure_threat", "ar",
     "كشفت مصادر حكومية عراقية لـ\"العربي الجديد\" أن وزير الخارجية الأميركي مايك بومبيو أبلغ "
     "الرئيس العراقي برهم صالح، خلال اتصال هاتفي الأسبوع الماضي، بأن واشنطن تستعد لإغلاق سفارتها "
     "في بغداد ما لم تتوقف الهجمات الصاروخية التي تشنها فصائل مسلحة مدعومة من إيران على البعثات "
     "الدبلوماسية. وأضافت المصادر أن بومبيو لم يلتقِ أي مسؤول عراقي منذ زيارته الأخيرة إلى بغداد "
     "في يناير/كانون الثاني 2019، حين اجتمع بعادل عبد المهدي ورئيس البرلمان العراقي محمد "
     "الحلبوسي. وفي السياق، استهدف صاروخ كاتيوشا محيط السفارة الأميركية في المنطقة الخضراء فجر "
     "الاثنين، من دون أن يسفر عن إصابات. وتبنّت جماعة غير معروفة تطلق على نفسها اسم \"عصبة "
     "الثائرين\" الهجوم، فيما يرى مراقبون أنها واجهة لكتائب حزب الله.",
     [("LEADS", "person:barham-salih", "country:iraq", "أبلغ الرئيس العراقي"),
      ("LOCATED_IN", "location:us-embassy-baghdad", "location:baghdad", "أبلغ الرئيس العراقي"),
      ("SUPPORTS", "country:iran", "organization:iran-backed-militias", "أبلغ الرئيس العراقي"),
      ("VISITED", "person:mike-pompeo", "location:baghdad", "زيارته الأخيرة", "2019-01"),
      ("MET_WITH", "person:mike-pompeo", "person:adil-abdul-mahdi", "زيارته الأخيرة", "2019-01"),
      ("MET_WITH", "person:mike-pompeo", "person:mohammed-al-halbousi", "زيارته الأخيرة",
       "2019-01"),
      ("LEADS", "person:mohammed-al-halbousi", "organization:iraqi-parliament", "زيارته الأخيرة"),
      ("LOCATED_IN", "location:us-embassy-baghdad", "location:green-zone", "صاروخ كاتيوشا"),
      ("ATTACKED", "organization:usbat-al-thaireen", "location:us-embassy-baghdad", "وتبنّت"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-09-28"}),

    ("enC3_trump_ordered", "en",
     "WASHINGTON (Reuters) - President Donald Trump said on Friday he ordered the killing of "
     "Iran's top general, Qassem Soleimani, to stop a war, not to start one, as Tehran vowed to "
     "retaliate. Soleimani, the architect of Iran's regional military operations, was killed in "
     "an air strike on his convoy at Baghdad airport along with Abu Mahdi al-Muhandis, an Iraqi "
     "militia leader. \u201cWe took action last night to stop a war,\u201d Trump told reporters at "
     "his Mar-a-Lago resort in Florida. Defense Secretary Mark Esper said the strike was "
     "\u201ca decisive defensive action.\u201d Iraq's caretaker prime minister, Adel Abdul Mahdi, "
     "condemned the killing as an act of aggression that violated Iraqi sovereignty. The "
     "Pentagon said it was sending about 3,000 more troops to the Middle East.",
     [("ASSASSINATED_BY", S, "person:donald-trump", "he ordered the killing", "2020-01-03"),
      ("LEADS", "person:adil-abdul-mahdi", "country:iraq", "caretaker prime minister"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-01-03"}),

    ("arC4_ain_al_asad", "ar",
     "أطلق الحرس الثوري الإيراني فجر الأربعاء 8 كانون الثاني/يناير 2020 أكثر من عشرة صواريخ "
     "بالستية على قاعدة عين الأسد الجوية في محافظة الأنبار غرب العراق، وعلى قاعدة أخرى قرب "
     "أربيل، تضمان قوات أميركية، رداً على مقتل قائد فيلق القدس قاسم سليماني. وقال الحرس الثوري "
     "في بيان نقلته وكالة الأنباء الإيرانية الرسمية (إرنا) إن العملية أُطلق عليها اسم \"الشهيد "
     "سليماني\". وأكد البنتاغون أن الصواريخ أُطلقت \"من داخل الأراضي الإيرانية\". من جهته، قال "
     "وزير الخارجية الإيراني محمد جواد ظريف عبر تويتر إن بلاده \"اتخذت إجراءات متناسبة للدفاع عن "
     "النفس\"، مضيفاً أن طهران \"لا تسعى إلى التصعيد أو الحرب\". ولم تسفر الضربات عن قتلى، بحسب "
     "ما أعلن الرئيس الأميركي دونالد ترامب في خطاب متلفز.",
     [("ATTACKED", "organization:irgc", "location:ain-al-asad-air-base", "أطلق الحرس",
       "2020-01-08"),
      ("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar", "أطلق الحرس"),
      ("LOCATED_IN", "location:anbar", "country:iraq", "أطلق الحرس"),
      ("LOCATED_IN", "organization:us-armed-forces", "location:ain-al-asad-air-base",
       "أطلق الحرس"),
      ("LEADS", S, QF, "أطلق الحرس"),
      ("REPORTED_BY", "organization:irgc", "outlet:irna", "نقلته وكالة"),
      ("LEADS", "person:donald-trump", US, "ولم تسفر الضربات"),
      ],
     {"source": "blind set (AFP Arabic-style)", "published": "2020-01-08"}),

    ("enC5_kadhimi_white_house", "en",
     "WASHINGTON (AP) \u2014 Iraqi Prime Minister Mustafa al-Kadhimi, on his first visit to "
     "Washington since taking office, met President Donald Trump at the White House on "
     "Thursday. Trump said the United States would continue to draw down its forces in Iraq "
     "but gave no timetable. A day earlier, al-Kadhimi's delegation, including Foreign Minister "
     "Fuad Hussein, held a \u201cstrategic dialogue\u201d session with Secretary of State Mike "
     "Pompeo and Energy Secretary Dan Brouillette. Pompeo urged Baghdad to rein in armed groups "
     "backed by Tehran, saying that militias such as Kataib Hezbollah were \u201cnot under the "
     "full control of the state.\u201d Al-Kadhimi has said he would not let Iraq become a "
     "battleground, but he has avoided a direct confrontation with the factions since a raid on "
     "a Kataib Hezbollah base in June ended with the release of most detainees.",
     [("LEADS", K, "country:iraq", "on his first visit to"),
      ("VISITED", K, US, "on his first visit to", "2020-08"),
      ("MET_WITH", K, "person:donald-trump", "on his first visit to", "2020-08"),
      ("LOCATED_IN", "organization:us-armed-forces", "country:iraq", "draw down its forces"),
      ("MET_WITH", "person:fuad-hussein", "person:mike-pompeo", "strategic dialogue"),
      ("MET_WITH", "person:fuad-hussein", "person:dan-brouillette", "strategic dialogue"),
      ("SUPPORTS", "country:iran", "organization:iran-backed-militias", "backed by Tehran"),
      ],
     {"source": "blind set (AP-style)", "published": "2020-08-20"}),

    ("arC6_biden_strikes_syria", "ar",
     "نفّذت القوات الأميركية، ليل الخميس، غارات جوية على منشآت تستخدمها كتائب حزب الله وكتائب "
     "سيد الشهداء المدعومتان من إيران في شرق سوريا قرب الحدود مع العراق، في أول عمل عسكري لإدارة "
     "الرئيس جو بايدن. وقال المتحدث باسم وزارة الدفاع الأميركية (البنتاغون) جون كيربي إن الضربات "
     "دمّرت تسع منشآت عند نقطة حدودية غير رسمية. وجاءت الغارات رداً على هجوم صاروخي استهدف مطار "
     "أربيل الدولي في 15 فبراير/شباط، وأسفر عن مقتل متعاقد مدني أجنبي وإصابة جندي أميركي. وقال "
     "وزير الدفاع لويد أوستن إنه \"واثق\" من أن الهدف كانت تستخدمه الفصائل ذاتها التي نفذت "
     "الهجمات. في المقابل، نفت كتائب حزب الله مسؤوليتها عن هجوم أربيل، فيما قال المتحدث باسم "
     "كتائب سيد الشهداء كاظم الفرطوسي إن \"الرد سيأتي في الوقت المناسب\".",
     [("ATTACKED", "organization:us-armed-forces", KH, "نفّذت القوات", "2021-02-25"),
      ("ATTACKED", "organization:us-armed-forces", KSS, "نفّذت القوات", "2021-02-25"),
      ("SUPPORTS", "country:iran", KH, "نفّذت القوات"),
      ("SUPPORTS", "country:iran", KSS, "نفّذت القوات"),
      ("MEMBER_OF", "person:john-kirby", "organization:us-department-of-defense", "جون كيربي"),
      ("MEMBER_OF", "person:kadhim-al-fartousi", KSS, "كاظم الفرطوسي"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2021-02-26"}),

    ("enC7_mckenzie_drawdown", "en",
     "Gen. Frank McKenzie, the head of U.S. Central Command, said Wednesday that the United "
     "States would reduce its troop presence in Iraq to about 3,000 by the end of September, "
     "down from 5,200. McKenzie made the announcement during a visit to Baghdad, where he met "
     "Iraq's chief of staff Lt. Gen. Abdul Amir Yarallah and Joint Operations Command deputy "
     "commander Lt. Gen. Abdul Amir al-Shammari. He did not meet with Prime Minister Mustafa "
     "al-Kadhimi, who was traveling. McKenzie said Iran-backed groups remained \u201cthe most "
     "significant threat\u201d to U.S. forces in Iraq, but that he did not expect a major "
     "Iranian attack before the U.S. election. Al-Monitor reported last month that Quds Force "
     "commander Esmail Ghani had asked militia leaders during a visit to Baghdad to pause "
     "attacks. Iraqi government spokesman Ahmed Mulla Talal told Al-Monitor that the timetable "
     "had been agreed with Baghdad.",
     [("LEADS", "person:kenneth-mckenzie", "organization:us-central-command", "the head of U.S."),
      ("VISITED", "person:kenneth-mckenzie", "location:baghdad", "made the announcement"),
      ("MET_WITH", "person:kenneth-mckenzie", "person:abdul-amir-yarallah",
       "made the announcement"),
      ("MET_WITH", "person:kenneth-mckenzie", "person:abdul-amir-al-shammari",
       "made the announcement"),
      ("MEMBER_OF", "person:abdul-amir-al-shammari", "organization:joint-operations-command",
       "made the announcement"),
      ("SUPPORTS", "country:iran", "organization:iran-backed-militias", "Iran-backed groups"),
      ("LOCATED_IN", "organization:us-armed-forces", "country:iraq", "Iran-backed groups"),
      ("LEADS", Q, QF, "Al-Monitor reported"),
      ("VISITED", Q, "location:baghdad", "Al-Monitor reported"),
      ("MEMBER_OF", "person:ahmed-mulla-talal", "organization:iraqi-government",
       "Iraqi government spokesman"),
      ("REPORTED_BY", "person:ahmed-mulla-talal", "outlet:al-monitor", "Iraqi government spokesman"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2020-09-09"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setC")
