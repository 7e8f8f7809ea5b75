"""Blind set EF: Iranian diplomacy, November 2024 - July 2025, in newsletter and agency style:
Khalid bin Salman received by Khamenei and Baqeri (Iran International-style bullets, Apr 2025), the
third Muscat round with Albusaidi shuttling, a face-to-face exchange in round one, a requested
meeting and parallel technical teams (Amwaj Arabic-style), Grossi in Tehran with site visits and a
meeting that did not happen (Press TV-style, Nov 2024), Araghchi received by Putin with a planned
Beijing trip and Pezeshkian's January visit (TASS/IRNA Arabic-style), the Qatari emir in Tehran with
an airport welcome and a dropped meeting (IRNA English-style, Feb 2025), Araghchi in Jeddah after
the June war with a phone call and no Witkoff meeting (SPA Arabic-style, Jul 2025).
Style: en/ar alternating; datelines; lists; clitics; spellings Arakchi, Pezeshkiyan, Baqeri.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_ef/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_eg import (  # noqa: E402
    AEOI,
    ARA,
    BAG,
    BUS,
    FBF,
    GRO,
    IAEA,
    IFM,
    IRN,
    ISR,
    KBS,
    KHA,
    KSA,
    LAV,
    MBAR,
    MBS,
    PEZ,
    PUT,
    QAT,
    RUS,
    TAM,
    TEH,
    US,
    WIT,
)
from blind_entities_eg import ALL  # noqa: E402

HERE = Path(__file__).parent

GS = "organization:iranian-armed-forces-general-staff"
SDM, SFM = "organization:saudi-defence-ministry", "organization:saudi-foreign-ministry"
RAV, GHB, ANT, BAQ = ("person:majid-takht-ravanchi", "person:kazem-gharibabadi", "person:michael-anton",
                      "person:esmaeil-baghaei")
ESL, APA, KAM, NAJ = ("person:mohammad-eslami", "person:massimo-aparo", "person:behrouz-kamalvandi",
                      "person:reza-najafi")
FOR, NTZ = "location:fordow", "location:natanz"
USH, ARE, MUR, KAL = ("person:yuri-ushakov", "person:mohammad-reza-aref", "person:sultan-al-muraikhi",
                      "person:kaja-kallas")

ARTICLES = [
    ("enEF1_khalid_bin_salman_tehran", "en",
     "TEHRAN, April 17, 2025 (Iran International) - Saudi Defence Minister Prince Khalid bin Salman was "
     "received on Thursday by Supreme Leader Ali Khamenei, the most senior Saudi visit to Iran in "
     "decades, and handed over a letter from King Salman.\n"
     "- Armed forces chief of staff Maj. Gen. Mohammad Baqeri welcomed the prince at Mehrabad airport and "
     "later held talks with him on defence cooperation and Red Sea security, military sources said.\n"
     "- Khalid also met President Masoud Pezeshkiyan and Foreign Minister Abbas Arakchi at the Saadabad "
     "complex.\n"
     "- Context: the trip came five days after the first round of Iran-U.S. talks in Muscat and a day "
     "before Arakchi's planned stop in Moscow. Riyadh is expected to host Arakchi again, a Saudi source "
     "said, but no date has been set.\n"
     "- Khamenei's office released photographs but no readout. Pezeshkiyan later said the security of "
     "the region was \"the responsibility of its own countries\".\n"
     "Assessment: Riyadh is hedging against an Israeli or U.S. strike on Iran that could expose Gulf "
     "oil infrastructure to retaliation.",
     [("LEADS", KBS, SDM, "Saudi Defence Minister Prince"),
      ("MET_WITH", KBS, KHA, "received on Thursday by Supreme Leader", "2025-04-17"),
      ("LEADS", KHA, IRN, "received on Thursday by Supreme Leader"),
      ("VISITED", KBS, IRN, "the most senior Saudi visit to Iran", "2025-04-17"),
      ("LEADS", BAG, GS, "Armed forces chief of staff Maj."),
      ("MET_WITH", BAG, KBS, "later held talks with him on defence", "2025-04-17"),
      ("MET_WITH", KBS, PEZ, "Khalid also met President", "2025-04-17"),
      ("MET_WITH", KBS, ARA, "Khalid also met President", "2025-04-17"),
      ("LEADS", PEZ, IRN, "President Masoud Pezeshkiyan and"),
      ("LEADS", ARA, IFM, "Foreign Minister Abbas Arakchi at")],
     {"source": "blind set (Iran International-style)", "published": "2025-04-17"}),

    ("arEF2_muscat_third_round", "ar",
     "مسقط - 26 نيسان/أبريل 2025 (أمواج) - اختتمت في العاصمة العُمانية الجولة الثالثة من المحادثات غير "
     "المباشرة بين إيران والولايات المتحدة، بوساطة وزير الخارجية العماني بدر البوسعيدي الذي تنقّل بين "
     "الوفدين في مقر إقامته.\n"
     "والتقى البوسعيدي وزير الخارجية عباس عراقجي والمبعوث الأميركي الخاص ستيف ويتكوف كلاً على حدة أكثر "
     "من مرة. ولم يلتقِ عراقجي وويتكوف وجهاً لوجه في هذه الجولة.\n"
     "وكان الرجلان قد تحادثا لدقائق بحضور الوزير العماني في ختام الجولة الأولى يوم 12 نيسان/أبريل.\n"
     "وجرت بالتوازي مشاورات فنية غير مباشرة قاد الجانب الإيراني فيها نائبا وزير الخارجية مجيد تخت روانجي "
     "وكاظم غريب آبادي، فيما ترأس الفريق الأميركي مايكل أنتون، مدير تخطيط السياسات في وزارة الخارجية "
     "الأميركية.\n"
     "ونقلت قناة إيران إنترناشيونال عن مصدر مطلع أن ويتكوف طلب لقاء عراقجي مباشرة في الجولة المقبلة، "
     "وهو ما لم تؤكده طهران.\n"
     "وقال المتحدث باسم الخارجية إسماعيل بقائي لوكالة تسنيم إن موعد الجولة الرابعة سيُحدد لاحقاً، "
     "مشيراً إلى أن الأجواء كانت جدية.",
     [("LEADS", BUS, "organization:omani-foreign-ministry", "وزير الخارجية العماني بدر"),
      ("MET_WITH", BUS, ARA, "والتقى البوسعيدي", "2025-04-26"),
      ("MET_WITH", BUS, WIT, "والتقى البوسعيدي", "2025-04-26"),
      ("LEADS", ARA, IFM, "وزير الخارجية عباس عراقجي والمبعوث"),
      ("MET_WITH", ARA, WIT, "قد تحادثا لدقائق بحضور", "2025-04-12"),
      ("MEMBER_OF", RAV, IFM, "نائبا وزير الخارجية مجيد"),
      ("MEMBER_OF", GHB, IFM, "نائبا وزير الخارجية مجيد"),
      ("MEMBER_OF", ANT, "organization:us-state-department", "مدير تخطيط السياسات"),
      ("MEMBER_OF", BAQ, IFM, "المتحدث باسم الخارجية إسماعيل"),
      ("REPORTED_BY", BAQ, "outlet:tasnim", "لوكالة تسنيم")],
     {"source": "blind set (Amwaj Arabic-style)", "published": "2025-04-26"}),

    ("enEF3_grossi_tehran_sites", "en",
     "TEHRAN, Nov 14, 2024 (Press TV) - IAEA Director General Rafael Grossi held talks with Foreign "
     "Minister Abbas Araghchi on Thursday, a day after arriving in Tehran for his first visit since the "
     "new government took office.\n"
     "Grossi also met Mohammad Eslami, head of the Atomic Energy Organization of Iran, at the "
     "organisation's headquarters. The agency's safeguards chief, Massimo Aparo, held separate technical "
     "talks with AEOI spokesman Behrouz Kamalvandi.\n"
     "On Friday Grossi toured the Fordow and Natanz enrichment plants. Fordow is built into a mountain "
     "near Qom.\n"
     "He did not meet President Masoud Pezeshkian, whose office cited scheduling reasons.\n"
     "Araghchi wrote on X after the talks that Iran \"will not negotiate under pressure and "
     "intimidation\". Kamalvandi told Fars that any new resolution by the agency's board would be met "
     "with \"immediate and proportionate action\".\n"
     "Iran's envoy to the IAEA in Vienna, Reza Najafi, told IRNA the visit had shown that \"the door to "
     "cooperation is open\".",
     [("LEADS", GRO, IAEA, "IAEA Director General Rafael"),
      ("MET_WITH", GRO, ARA, "held talks with Foreign", "2024-11-14"),
      ("VISITED", GRO, TEH, "a day after arriving in Tehran", "2024-11-13"),
      ("LEADS", ARA, IFM, "Minister Abbas Araghchi on Thursday"),
      ("MET_WITH", GRO, ESL, "Grossi also met Mohammad Eslami", "2024-11-14"),
      ("LEADS", ESL, AEOI, "head of the Atomic Energy Organization"),
      ("MEMBER_OF", APA, IAEA, "The agency's safeguards chief"),
      ("MET_WITH", APA, KAM, "held separate technical", "2024-11-14"),
      ("MEMBER_OF", KAM, AEOI, "AEOI spokesman Behrouz"),
      ("VISITED", GRO, FOR, "toured the Fordow and Natanz", "2024-11-15"),
      ("VISITED", GRO, NTZ, "toured the Fordow and Natanz", "2024-11-15"),
      ("LOCATED_IN", FOR, "location:qom", "built into a mountain"),
      ("REPORTED_BY", KAM, "outlet:fars", "Kamalvandi told Fars"),
      ("REPORTED_BY", NAJ, "outlet:irna", "Najafi, told IRNA")],
     {"source": "blind set (Press TV-style)", "published": "2024-11-14"}),

    ("arEF4_araghchi_putin_letter", "ar",
     "موسكو - 18 نيسان/أبريل 2025 (إرنا) - استقبل الرئيس الروسي فلاديمير بوتين في الكرملين، اليوم "
     "الجمعة، وزير الخارجية الإيراني عباس عراقجي، الذي سلّمه رسالة خطية من قائد الثورة الإسلامية آية "
     "الله علي خامنئي تتعلق بالمحادثات النووية مع واشنطن.\n"
     "والتقى عراقجي قبيل ذلك مساعد الرئيس الروسي للشؤون الدولية يوري أوشاكوف، ثم أجرى مباحثات مع نظيره "
     "سيرغي لافروف في مقر الخارجية الروسية.\n"
     "وقال لافروف في مؤتمر صحفي مشترك إن موسكو مستعدة للمساعدة في التوصل إلى اتفاق، لكنه نفى أن تكون "
     "روسيا قد عرضت رسمياً نقل اليورانيوم الإيراني المخصب إلى أراضيها.\n"
     "وتأتي زيارة عراقجي إلى موسكو عشية الجولة الثانية من المحادثات مع المبعوث الأميركي ستيف ويتكوف.\n"
     "ومن المقرر أن يتوجه عراقجي إلى بكين الأسبوع المقبل للقاء وزير الخارجية الصيني وانغ يي.\n"
     "وكانت طهران وموسكو قد وقعتا في كانون الثاني/يناير معاهدة الشراكة الاستراتيجية الشاملة خلال زيارة "
     "الرئيس مسعود بزشكيان إلى موسكو، حيث عقد محادثات مطولة مع بوتين.",
     [("MET_WITH", PUT, ARA, "استقبل الرئيس الروسي", "2025-04-18"),
      ("LEADS", PUT, RUS, "استقبل الرئيس الروسي"),
      ("LEADS", ARA, IFM, "وزير الخارجية الإيراني عباس"),
      ("LEADS", KHA, IRN, "قائد الثورة الإسلامية آية"),
      ("MET_WITH", ARA, USH, "والتقى عراقجي قبيل ذلك", "2025-04-18"),
      ("MEMBER_OF", USH, "organization:kremlin", "مساعد الرئيس الروسي للشؤون"),
      ("MET_WITH", ARA, LAV, "ثم أجرى مباحثات مع نظيره", "2025-04-18"),
      ("VISITED", ARA, "location:moscow", "وتأتي زيارة عراقجي إلى موسكو", "2025-04-18"),
      ("VISITED", PEZ, "location:moscow", "الرئيس مسعود بزشكيان إلى موسكو", "2025-01"),
      ("LEADS", PEZ, IRN, "الرئيس مسعود بزشكيان إلى موسكو"),
      ("MET_WITH", PEZ, PUT, "حيث عقد محادثات مطولة", "2025-01")],
     {"source": "blind set (IRNA Arabic-style)", "published": "2025-04-18"}),

    ("enEF5_tamim_tehran_state_visit", "en",
     "TEHRAN, Feb 19, 2025 (IRNA) - Qatar's Emir Sheikh Tamim bin Hamad Al Thani arrived in Tehran on "
     "Wednesday for a one-day state visit and was welcomed at Mehrabad airport by First Vice President "
     "Mohammad Reza Aref.\n"
     "The emir then held official talks with President Masoud Pezeshkian at the Saadabad complex, where "
     "the two sides discussed Gaza, Syria and the release of Iranian funds held in Doha.\n"
     "In the afternoon Tamim was received by Leader of the Islamic Revolution Ayatollah Seyyed Ali "
     "Khamenei.\n"
     "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani, who accompanied the emir, held a "
     "separate meeting with Foreign Minister Abbas Araqchi, while Qatar's minister of state Sultan bin "
     "Saad Al-Muraikhi sat down with Deputy Foreign Minister Majid Takht-Ravanchi on consular issues.\n"
     "Parliament speaker Mohammad Bagher Ghalibaf had been expected to meet the emir, but the meeting "
     "was dropped from the final schedule.\n"
     "Pezeshkian visited Doha last October for the Asia Cooperation Dialogue summit.",
     [("LEADS", TAM, QAT, "Qatar's Emir Sheikh"),
      ("VISITED", TAM, TEH, "arrived in Tehran on Wednesday", "2025-02-19"),
      ("MET_WITH", TAM, ARE, "welcomed at Mehrabad airport by", "2025-02-19"),
      ("MET_WITH", TAM, PEZ, "held official talks with President", "2025-02-19"),
      ("LEADS", PEZ, IRN, "held official talks with President"),
      ("MET_WITH", TAM, KHA, "was received by Leader", "2025-02-19"),
      ("LEADS", KHA, IRN, "was received by Leader"),
      ("LEADS", MBAR, QAT, "Qatari Prime Minister Sheikh"),
      ("MET_WITH", MBAR, ARA, "separate meeting with Foreign", "2025-02-19"),
      ("LEADS", ARA, IFM, "Foreign Minister Abbas Araqchi"),
      ("MEMBER_OF", ARE, "organization:iranian-government", "First Vice President"),
      ("MET_WITH", MUR, "person:majid-takht-ravanchi", "sat down with Deputy", "2025-02-19"),
      ("MEMBER_OF", "person:majid-takht-ravanchi", IFM, "Deputy Foreign Minister Majid"),
      ("LEADS", "person:mohammad-bagher-ghalibaf", "organization:iranian-parliament",
       "Parliament speaker Mohammad"),
      ("VISITED", PEZ, "location:doha", "Pezeshkian visited Doha", "2024-10")],
     {"source": "blind set (IRNA English-style)", "published": "2025-02-19"}),

    ("arEF6_araghchi_jeddah_after_war", "ar",
     "جدة - 8 تموز/يوليو 2025 (واس) - استقبل ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان، في قصر "
     "السلام بجدة، وزير خارجية الجمهورية الإسلامية الإيرانية عباس عراقجي والوفد المرافق له.\n"
     "والتقى عراقجي وزير الدفاع الأمير خالد بن سلمان، وعقد جلسة مباحثات منفصلة مع وزير الخارجية "
     "الأمير فيصل بن فرحان.\n"
     "وهي أول زيارة لمسؤول إيراني رفيع إلى السعودية منذ الحرب التي شنتها إسرائيل على إيران في 13 "
     "حزيران/يونيو واستمرت اثني عشر يوماً، وقصفت خلالها الولايات المتحدة منشأة فوردو.\n"
     "وقال عراقجي لوكالة إرنا إن بلاده تقدّر موقف المملكة في إدانة العدوان الإسرائيلي.\n"
     "وفي سياق متصل، أجرى عراقجي اتصالاً هاتفياً بمسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا "
     "كالاس. ولم يلتقِ عراقجي المبعوث الأميركي ستيف ويتكوف، رغم تقارير عن ترتيب لقاء بينهما في أوسلو.",
     [("MET_WITH", MBS, ARA, "استقبل ولي العهد", "2025-07-08"),
      ("LEADS", MBS, KSA, "ولي العهد رئيس مجلس الوزراء"),
      ("LEADS", ARA, IFM, "وزير خارجية الجمهورية الإسلامية"),
      ("MET_WITH", ARA, KBS, "والتقى عراقجي وزير الدفاع", "2025-07-08"),
      ("LEADS", KBS, SDM, "وزير الدفاع الأمير خالد"),
      ("MET_WITH", ARA, FBF, "وعقد جلسة مباحثات منفصلة", "2025-07-08"),
      ("LEADS", FBF, SFM, "وزير الخارجية الأمير فيصل"),
      ("VISITED", ARA, KSA, "أول زيارة لمسؤول إيراني رفيع", "2025-07-08"),
      ("ATTACKED", ISR, IRN, "الحرب التي شنتها إسرائيل على إيران", "2025-06-13"),
      ("ATTACKED", US, FOR, "وقصفت خلالها الولايات المتحدة", "2025-06-22"),
      ("REPORTED_BY", ARA, "outlet:irna", "لوكالة إرنا"),
      ("MEMBER_OF", KAL, "organization:european-union", "مسؤولة السياسة الخارجية في الاتحاد")],
     {"source": "blind set (SPA Arabic-style)", "published": "2025-07-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setEF")
