"""Blind set HM: Iraq's Kurdistan Region, Turkey, Iran and Syria 2020-2025 as wire copy (terse,
datelined, attributed, passive voice): al-Sharaa, Abdi, al-Shaibani and US envoy Barrack in
Damascus, July 2025 (English); Larijani in Baghdad after succeeding Ahmadian, Aug 2025 (Arabic);
the Sidakan drone strike, the cancelled Akar visit and a PKK cadre "neutralised", Aug 2020
(English); Fidan in Baghdad, Jan 2025 (Arabic); Abdul Latif Rashid takes over Iraq's presidency
from Barham Saleh, Oct 2022 (English); Syrian ministers and intelligence chief in Ankara, Aug 2025
(Arabic).
Style: wire agency; excluded on purpose: a cancelled Paris round, an official "not present", a
phone call with Nechirvan Barzani, a planned Beirut stop, a strike blamed on Turkey without comment
from Ankara, a cancelled visit, a postponed Erbil visit, a phone call from Erdogan, a withdrawn
candidate, a nomination, an unclaimed rocket attack, a Turkish denial, an unconfirmed participation.
Spellings: Ahmad al-Sharaa, Mazlum Abdi, السودانى, الأعرجى, Mustafa al-Kazemi, Qasim al-Araji,
Barham Saleh, Abdul-Latif Rashid, الشيبانى, كالن, إينان.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hm import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAQ, TURKEY, SYRIA, LEBANON, USA = ("country:iraq", "country:turkey", "country:syria", "country:lebanon",
                                     "country:united-states")
SDF, AANES, ENKS, PKK, TAF, MIT = (
    "organization:syrian-democratic-forces", "organization:autonomous-administration-nes",
    "organization:kurdish-national-council", "organization:pkk", "organization:turkish-armed-forces",
    "organization:turkish-national-intelligence-organization")
SFM, SDM, SGI, TFM, TDM = ("organization:syrian-foreign-ministry", "organization:syrian-defence-ministry",
                           "organization:syrian-general-intelligence", "organization:turkish-foreign-ministry",
                           "organization:turkish-defence-ministry")
IQG, IQFM, NSA, PMF, SNSC, KRP, KRG, KDP, PUK, IQPARL, CF = (
    "organization:iraqi-government", "organization:iraqi-foreign-ministry",
    "organization:iraqi-national-security-advisory", "organization:popular-mobilization-forces",
    "organization:supreme-national-security-council", "organization:kurdistan-region-presidency",
    "organization:kurdistan-regional-government", "organization:kurdistan-democratic-party",
    "organization:patriotic-union-of-kurdistan", "organization:iraqi-parliament", "organization:coordination-framework")
DAMASCUS, BAGHDAD, ANKARA, ERBIL, SIDAKAN, QANDIL, SALAM, GREENZONE = (
    "location:damascus", "location:baghdad", "location:ankara", "location:erbil", "location:sidakan",
    "location:qandil", "location:al-salam-palace", "location:green-zone")
SHARAA, ABDI, BARRACK, SHAIBANI, ILHAM, FYOUSEF = (
    "person:ahmed-al-sharaa", "person:mazloum-abdi", "person:tom-barrack", "person:asaad-al-shaibani",
    "person:ilham-ahmed", "person:faisal-yousef")
SUD, LARIJANI, AHMADIAN, ARAJI, FAY, NECH, AOUN = (
    "person:mohammed-shia-al-sudani", "person:ali-larijani", "person:ali-akbar-ahmadian", "person:qassim-al-araji",
    "person:falih-al-fayyadh", "person:nechirvan-barzani", "person:joseph-aoun")
AKAR, KAD, YILDIZ, CENGIZ = ("person:hulusi-akar", "person:mustafa-al-kadhimi", "person:fatih-yildiz",
                             "person:riza-cengiz")
FIDAN, FUAD, INAN, MASROUR, ERD, CAVUSOGLU = (
    "person:hakan-fidan", "person:fuad-hussein", "person:anil-bora-inan", "person:masrour-barzani",
    "person:recep-tayyip-erdogan", "person:mevlut-cavusoglu")
RASHID, SALIH, REBAR, HALBOUSI = ("person:abdul-latif-rashid", "person:barham-salih", "person:rebar-ahmed",
                                  "person:mohammed-al-halbousi")
ABUQ, GULER, SALAMEH, KALIN, ALIABBAS, ASSAD = (
    "person:murhaf-abu-qasra", "person:yasar-guler", "person:hussein-al-salameh", "person:ibrahim-kalin",
    "person:ali-mahmoud-abbas", "person:bashar-al-assad")

ARTICLES = [
    ("enHM1_sharaa_abdi_barrack_damascus", "en",
     "Syria's Sharaa meets SDF chief Abdi in Damascus, U.S. envoy attends\n"
     "DAMASCUS, July 9 - Syrian Democratic Forces commander Mazlum Abdi was received in Damascus on Wednesday "
     "by President Ahmad al-Sharaa, in talks attended by U.S. envoy Tom Barrack, a Syrian government source said.\n"
     "Foreign Minister Asaad al-Shaibani also took part in the meeting, the source said.\n"
     "The talks were focused on implementing a March 10 agreement under which the SDF is to be integrated into "
     "state institutions, it was reported.\n"
     "A follow-up round planned for Paris later this month was called off, according to two people familiar "
     "with the matter.\n"
     "Ilham Ahmed, head of foreign relations of the Autonomous Administration of North and East Syria, was not "
     "present, an SDF official said.\n"
     "Faisal Yousef, spokesman of the Kurdish National Council (ENKS), told North Press that his bloc had not "
     "been invited.",
     [("LEADS", ABDI, SDF, "Syrian Democratic Forces commander Mazlum"),
      ("MET_WITH", ABDI, SHARAA, "was received in Damascus on Wednesday", "2025-07-09"),
      ("VISITED", ABDI, DAMASCUS, "was received in Damascus", "2025-07-09"),
      ("LEADS", SHARAA, SYRIA, "by President Ahmad"),
      ("MET_WITH", ABDI, BARRACK, "in talks attended by U.S. envoy", "2025-07-09"),
      ("MET_WITH", SHARAA, BARRACK, "attended by U.S. envoy Tom", "2025-07-09"),
      ("VISITED", BARRACK, DAMASCUS, "talks attended by U.S.", "2025-07-09"),
      ("MET_WITH", SHAIBANI, ABDI, "also took part in the meeting", "2025-07-09"),
      ("MET_WITH", SHAIBANI, SHARAA, "Foreign Minister Asaad al-Shaibani also", "2025-07-09"),
      ("MET_WITH", SHAIBANI, BARRACK, "al-Shaibani also took part", "2025-07-09"),
      ("LEADS", SHAIBANI, SFM, "Foreign Minister Asaad"),
      ("MEMBER_OF", ILHAM, AANES, "head of foreign relations of the Autonomous Administration"),
      ("MEMBER_OF", FYOUSEF, ENKS, "spokesman of the Kurdish National Council"),
      ("REPORTED_BY", FYOUSEF, "outlet:north-press", "told North Press"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2025-07-09"}),

    ("arHM2_larijani_baghdad", "ar",
     "لاريجاني في بغداد ويوقّع مذكرة أمنية مع الأعرجى\n"
     "بغداد 11 آب (وكالة) - استقبل رئيس مجلس الوزراء العراقي محمد شياع السودانى، اليوم الإثنين، أمين المجلس "
     "الأعلى للأمن القومي الإيراني علي لاريجاني، وبُحثت خلال اللقاء العلاقات الثنائية وأمن الحدود، وفق بيان "
     "حكومي.\n"
     "ووُقّعت مذكرة تفاهم أمنية بين البلدين، وقّعها لاريجاني ومستشار الأمن القومي العراقي قاسم الأعرجى.\n"
     "وكان لاريجاني قد عُيّن في الخامس من آب أميناً للمجلس خلفاً لعلي أكبر أحمديان.\n"
     "كما التقى المسؤول الإيراني رئيس هيئة الحشد الشعبي فالح الفياض، بحسب مصادر مطلعة.\n"
     "ولم تُدرج أربيل على جدول الزيارة، فيما أُجري اتصال هاتفي بين لاريجاني ورئيس إقليم كوردستان نيجيرفان "
     "بارزاني، وفق مصدر كردي.\n"
     "ومن المقرر أن يتوجه لاريجاني إلى بيروت للقاء الرئيس اللبناني جوزاف عون.",
     [("LEADS", SUD, IQG, "رئيس مجلس الوزراء العراقي محمد"),
      ("MET_WITH", SUD, LARIJANI, "استقبل رئيس مجلس الوزراء", "2025-08-11"),
      ("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني علي"),
      ("VISITED", LARIJANI, BAGHDAD, "بغداد 11 آب (وكالة)", "2025-08-11"),
      ("MET_WITH", LARIJANI, ARAJI, "وقّعها لاريجاني ومستشار", "2025-08-11"),
      ("LEADS", ARAJI, NSA, "ومستشار الأمن القومي العراقي قاسم"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "أميناً للمجلس خلفاً لعلي", "2025-08-05"),
      ("MET_WITH", LARIJANI, FAY, "كما التقى المسؤول الإيراني", "2025-08-11"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("LEADS", NECH, KRP, "ورئيس إقليم كوردستان نيجيرفان"),
      ("LEADS", AOUN, LEBANON, "الرئيس اللبناني جوزاف"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2025-08-11"}),

    ("enHM3_sidakan_strike_akar_cancelled", "en",
     "Iraq cancels Turkish defence minister's visit after drone kills border officers\n"
     "BAGHDAD, Aug 12 - A planned visit to Baghdad by Turkish Defence Minister Hulusi Akar was cancelled by Iraq "
     "on Wednesday, a day after two senior Iraqi border guard officers were killed in a drone strike, the "
     "foreign ministry said.\n"
     "The officers were killed with their driver in the Sidakan area of Erbil province; Iraq blamed Turkey, which "
     "has not commented.\n"
     "Turkish ambassador Fatih Yildiz was received on Wednesday by Prime Minister Mustafa al-Kazemi's national "
     "security adviser, Qasim al-Araji, who replaced Falih al-Fayyadh in July, and was handed a protest note, a "
     "statement said.\n"
     "In June, operations against the Kurdistan Workers Party (PKK) in northern Iraq were launched by Turkey.\n"
     "Separately, a senior PKK member, Riza Cengiz, codenamed Hebun Zagros, was \"neutralised\" by Turkish "
     "forces in an air operation in the Qandil mountains, the defence ministry in Ankara said on Tuesday.",
     [("LEADS", AKAR, TDM, "Turkish Defence Minister Hulusi"),
      ("LOCATED_IN", SIDAKAN, ERBIL, "in the Sidakan area of Erbil province"),
      ("MET_WITH", YILDIZ, ARAJI, "Turkish ambassador Fatih Yildiz was received", "2020-08-12"),
      ("LEADS", KAD, IQG, "Prime Minister Mustafa al-Kazemi"),
      ("LEADS", ARAJI, NSA, "national security adviser, Qasim"),
      ("SUCCESSOR_OF", ARAJI, FAY, "who replaced Falih al-Fayyadh in July", "2020-07"),
      ("ATTACKED", TURKEY, PKK, "operations against the Kurdistan Workers Party", "2020-06"),
      ("MEMBER_OF", CENGIZ, PKK, "a senior PKK member, Riza"),
      ("ASSASSINATED_BY", CENGIZ, TAF, "\"neutralised\" by Turkish forces", "2020-08-11"),
      ("ATTACKED", TAF, QANDIL, "an air operation in the Qandil mountains", "2020-08-11"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2020-08-12"}),

    ("arHM4_fidan_baghdad", "ar",
     "فيدان في بغداد لبحث الملف السوري والعمال الكردستاني\n"
     "بغداد 26 كانون الثاني (وكالة) - وصل وزير الخارجية التركي هاكان فيدان إلى بغداد، الأحد، في زيارة رسمية، "
     "واستُقبل من قبل نظيره العراقي فؤاد حسين، وفق بيان لوزارة الخارجية العراقية.\n"
     "وبُحثت خلال اللقاء الأوضاع في سوريا وملف حزب العمال الكردستاني والمياه، حسبما أُفيد.\n"
     "كما التقى فيدان رئيسَ الوزراء محمد شياع السوداني، بحضور السفير التركي لدى بغداد أنيل بورا إينان.\n"
     "ونُقل عن السوداني تأكيده «رفض استخدام الأراضي العراقية منطلقاً للاعتداء على دول الجوار».\n"
     "وأُعلن أن فيدان سيتوجه إلى أربيل للقاء رئيس حكومة الإقليم مسرور بارزاني، غير أن الزيارة أُرجئت.\n"
     "وكان الرئيس التركي رجب طيب أردوغان قد أجرى اتصالاً هاتفياً بالسوداني الأسبوع الماضي.\n"
     "ويشغل فيدان المنصب منذ حزيران 2023 خلفاً لمولود جاويش أوغلو.",
     [("LEADS", FIDAN, TFM, "وزير الخارجية التركي هاكان"),
      ("VISITED", FIDAN, BAGHDAD, "فيدان إلى بغداد", "2025-01-26"),
      ("MET_WITH", FIDAN, FUAD, "واستُقبل من قبل نظيره العراقي", "2025-01-26"),
      ("LEADS", FUAD, IQFM, "نظيره العراقي فؤاد"),
      ("MET_WITH", FIDAN, SUD, "كما التقى فيدان رئيسَ الوزراء", "2025-01-26"),
      ("LEADS", SUD, IQG, "رئيسَ الوزراء محمد شياع"),
      ("MET_WITH", FIDAN, INAN, "بحضور السفير التركي", "2025-01-26"),
      ("MET_WITH", SUD, INAN, "لدى بغداد أنيل بورا", "2025-01-26"),
      ("MEMBER_OF", INAN, TFM, "السفير التركي لدى بغداد أنيل"),
      ("LEADS", MASROUR, KRG, "رئيس حكومة الإقليم مسرور"),
      ("LEADS", ERD, TURKEY, "الرئيس التركي رجب طيب"),
      ("SUCCESSOR_OF", FIDAN, CAVUSOGLU, "خلفاً لمولود جاويش أوغلو", "2023-06"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2025-01-26"}),

    ("enHM5_rashid_takes_over_presidency", "en",
     "Iraq's new president Rashid takes office, meets PM-designate Sudani\n"
     "BAGHDAD, Oct 17 - Abdul-Latif Rashid was sworn in as Iraq's president on Monday and was received by his "
     "predecessor Barham Saleh at a handover ceremony at al-Salam Palace, the presidency said.\n"
     "Rashid, a Kurdish former water minister, was elected by parliament last Thursday, replacing Saleh, who had "
     "sought a second term with the backing of the Patriotic Union of Kurdistan (PUK).\n"
     "The Kurdistan Democratic Party's candidate, Rebar Ahmed, was withdrawn before the vote, which was chaired "
     "by Speaker Mohammed al-Halbousi.\n"
     "Minutes before that session, rockets were fired at the Green Zone, wounding ten people; no group claimed "
     "responsibility.\n"
     "Mohammed Shia al-Sudani, nominated by the Coordination Framework and tasked by Rashid with forming a "
     "government, held talks with the new president at the palace later on Monday, a statement said.",
     [("LEADS", RASHID, IRAQ, "was sworn in as Iraq's president"),
      ("MET_WITH", RASHID, SALIH, "was received by his predecessor Barham", "2022-10-17"),
      ("VISITED", RASHID, SALAM, "handover ceremony at al-Salam Palace", "2022-10-17"),
      ("SUCCESSOR_OF", RASHID, SALIH, "replacing Saleh", "2022-10-13"),
      ("SUPPORTS", PUK, SALIH, "with the backing of the Patriotic Union"),
      ("MEMBER_OF", REBAR, KDP, "The Kurdistan Democratic Party's candidate, Rebar"),
      ("LEADS", HALBOUSI, IQPARL, "chaired by Speaker Mohammed"),
      ("MET_WITH", SUD, RASHID, "held talks with the new president", "2022-10-17"),
      ("VISITED", SUD, SALAM, "with the new president at the palace", "2022-10-17"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2022-10-17"}),

    ("arHM6_syrian_delegation_ankara", "ar",
     "وزيرا الخارجية والدفاع السوريان في أنقرة.. وتوقيع مذكرة تدريب عسكري\n"
     "أنقرة 13 آب (وكالة) - استُقبل وزير الخارجية السوري أسعد الشيبانى ووزير الدفاع مرهف أبو قصرة في أنقرة، "
     "الأربعاء، من قبل وزير الخارجية التركي هاكان فيدان ووزير الدفاع يشار غولر، بحسب ما أُعلن.\n"
     "وعُقد لقاء منفصل بين رئيس جهاز الاستخبارات العامة السوري حسين السلامة ونظيره التركي إبراهيم كالن.\n"
     "ووُقّعت مذكرة تفاهم للتدريب والاستشارات العسكرية، حسبما أفادت وزارة الدفاع التركية.\n"
     "وكان أبو قصرة قد عُيّن وزيراً للدفاع أواخر 2024 خلفاً لعلي محمود عباس، آخر وزير دفاع في عهد بشار الأسد.\n"
     "ونُفيت من جانب أنقرة تقارير عن نيتها إنشاء قواعد عسكرية في وسط سوريا.\n"
     "وتردد أن قائد «قسد» مظلوم عبدي سيُدعى إلى مشاورات لاحقة، غير أن ذلك لم يتأكد.",
     [("LEADS", SHAIBANI, SFM, "وزير الخارجية السوري أسعد"),
      ("LEADS", ABUQ, SDM, "ووزير الدفاع مرهف"),
      ("VISITED", SHAIBANI, ANKARA, "الشيبانى ووزير الدفاع", "2025-08-13"),
      ("VISITED", ABUQ, ANKARA, "مرهف أبو قصرة في أنقرة", "2025-08-13"),
      ("MET_WITH", SHAIBANI, FIDAN, "من قبل وزير الخارجية التركي", "2025-08-13"),
      ("MET_WITH", SHAIBANI, GULER, "ووزير الدفاع يشار", "2025-08-13"),
      ("MET_WITH", ABUQ, FIDAN, "هاكان فيدان ووزير", "2025-08-13"),
      ("MET_WITH", ABUQ, GULER, "يشار غولر، بحسب", "2025-08-13"),
      ("MET_WITH", SHAIBANI, ABUQ, "استُقبل وزير الخارجية السوري", "2025-08-13"),
      ("MET_WITH", FIDAN, GULER, "فيدان ووزير الدفاع يشار غولر", "2025-08-13"),
      ("LEADS", FIDAN, TFM, "وزير الخارجية التركي هاكان"),
      ("LEADS", GULER, TDM, "ووزير الدفاع يشار غولر"),
      ("MET_WITH", SALAMEH, KALIN, "وعُقد لقاء منفصل بين", "2025-08-13"),
      ("LEADS", SALAMEH, SGI, "رئيس جهاز الاستخبارات العامة السوري حسين"),
      ("LEADS", KALIN, MIT, "ونظيره التركي إبراهيم"),
      ("SUCCESSOR_OF", ABUQ, ALIABBAS, "خلفاً لعلي محمود عباس", "2024-12"),
      ("LEADS", ALIABBAS, SDM, "آخر وزير دفاع في عهد"),
      ("LEADS", ABDI, SDF, "قائد «قسد» مظلوم"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2025-08-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHM")
