"""Blind set BQ: the protests and the government crisis, Oct 2019 - Apr 2020 (Soleimani chairs
the Baghdad security meeting, Abdul Mahdi's resignation, Salih refuses al-Eidani, Allawi's
designation, Zurfi's designation, Zurfi gives way to al-Kadhimi). Written and annotated blind
(extractor neither read nor run).
Run: python3 /work/team/blind/setBQ/make_heldout.py
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout53/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table(
    "KNOWN", "EXTRA", "MP", "QT", "UW", "XZ", "AC", "AF", "AI", "AL", "AO", "AR", "AU",
    "AX", "BA", "BD", "BG", "BS"
)

S, M, Q = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis", "person:esmail-qaani"
AM, K, Z = "person:adil-abdul-mahdi", "person:mustafa-al-kadhimi", "person:adnan-al-zurfi"
SAL, HAL = "person:barham-salih", "person:mohammed-al-halbousi"
AMR, MAL, SDR = "person:hadi-al-amiri", "person:nouri-al-maliki", "person:muqtada-al-sadr"
ALW, ABD = "person:mohammed-tawfiq-allawi", "person:haider-al-abadi"
QF, IRGC, PMF = "organization:quds-force", "organization:irgc", "organization:popular-mobilization-forces"
IQ, IQG, PARL = "country:iraq", "organization:iraqi-government", "organization:iraqi-parliament"

ARTICLES = [
    ("enBQ1_sulaimani_chairs_meeting", "en",
     "BAGHDAD (Reuters) - Iranian Major General Qassim Sulaimani flew into Baghdad on "
     "Tuesday and chaired a meeting of senior security officials in place of Prime Minister Adel "
     "Abdul Mahdi, two security sources said, as protests turned deadly. "
     "The commander of the Revolutionary Guards' Quds Force was joined at the meeting by Abu Mahdi "
     "al-Muhandis, deputy chief of the Popular Mobilisation Forces, and by Mohammed al-Hashemi, "
     "director of the prime minister's office, the sources said. On Wednesday Sulaimani "
     "travelled to Najaf, where he met Hadi al-Amiri, the head of the Badr Organisation, and "
     "secured agreement to keep Abdul Mahdi in office. A planned meeting with cleric Moqtada "
     "al-Sadr did not take place, one source said. \u201cWe in Iran know how to deal with "
     "protests,\u201d Sulaimani told the officials, according to a second source. Abdul Mahdi "
     "took office in October 2018, succeeding Haider al-Abadi after an election won by Sadr's "
     "Sairoon list.",
     [("VISITED", S, "location:baghdad", "flew into Baghdad", "2019-10-29"),
      ("LEADS", S, QF, "The commander of the Revolutionary"),
      ("PART_OF", QF, IRGC, "The commander of the Revolutionary"),
      ("MET_WITH", S, M, "was joined at the meeting", "2019-10-29"),
      ("MET_WITH", S, "person:mohammed-al-hashemi", "and by Mohammed al-Hashemi", "2019-10-29"),
      ("MEMBER_OF", M, PMF, "deputy chief of the Popular"),
      ("VISITED", S, "location:najaf", "travelled to Najaf", "2019-10-30"),
      ("MET_WITH", S, AMR, "where he met Hadi", "2019-10-30"),
      ("LEADS", AMR, "organization:badr-organization", "the head of the Badr"),
      ("SUCCESSOR_OF", AM, ABD, "succeeding Haider", "2018-10-25"),
      ("LEADS", SDR, "organization:sairoon-alliance", "Sadr's Sairoon"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2019-10-31"}),

    ("arBQ2_abdulmahdi_resigns", "ar",
     "بغداد ــ العربي الجديد\n"
     "أعلن رئيس الوزراء العراقي عادل عبد المهدي، الجمعة، أنه سيقدّم استقالته إلى البرلمان، بعد "
     "ساعات من خطبة المرجع علي السيستاني التي تلاها ممثله في كربلاء الشيخ أحمد الصافي، ودعا فيها "
     "مجلس النواب إلى \"إعادة النظر\" في خياراته. وجاء الإعلان غداة مقتل عشرات المتظاهرين في "
     "الناصرية والنجف، ما دفع عبد المهدي إلى سحب الفريق الركن جميل الشمري، القائد السابق لعمليات "
     "البصرة، من خلية الأزمة في ذي قار بعد يوم واحد من تكليفه، فيما قدّم محافظ ذي قار عادل "
     "الدخيلي استقالته. وقال مصدر في مكتب رئيس الوزراء لـ\"العربي الجديد\" إن عبد المهدي التقى "
     "رئيس الجمهورية برهم صالح ورئيسَ البرلمان محمد الحلبوسي مساء الخميس قبل أن يحسم قراره. وكان "
     "عبد المهدي قد تولى رئاسة الحكومة في أكتوبر/تشرين الأول 2018 خلفاً لحيدر العبادي، بتوافق بين "
     "تحالف \"سائرون\" المدعوم من مقتدى الصدر وتحالف \"الفتح\" بزعامة هادي العامري. في المقابل، "
     "نفت مصادر في التيار الصدري أن يكون الصدر قد اجتمع بعبد المهدي خلال الأسبوع الماضي.",
     [("LEADS", AM, IQ, "رئيس الوزراء العراقي"),
      ("LEADS", "person:jamil-al-shammari", "organization:basra-operations-command",
       "القائد السابق لعمليات"),
      ("LEADS", "person:adel-al-dakhili", "location:dhi-qar", "محافظ ذي قار"),
      ("MET_WITH", AM, SAL, "عبد المهدي التقى", "2019-11-28"),
      ("MET_WITH", AM, HAL, "ورئيسَ البرلمان", "2019-11-28"),
      ("LEADS", HAL, PARL, "ورئيسَ البرلمان"),
      ("SUCCESSOR_OF", AM, ABD, "خلفاً لحيدر", "2018-10-25"),
      ("LEADS", AM, IQG, "تولى رئاسة الحكومة"),
      ("LEADS", ABD, IQG, "خلفاً لحيدر"),
      ("SUPPORTS", SDR, "organization:sairoon-alliance", "المدعوم من مقتدى"),
      ("LEADS", AMR, "organization:fatah-alliance", "بزعامة هادي"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2019-11-30"}),

    ("enBQ3_salih_refuses_eidani", "en",
     "BAGHDAD (AP) \u2014 Iraq's President Barham Salih said Thursday he was ready to resign "
     "rather than appoint Basra Governor Asaad al-Eidani as prime minister, defying parliament's "
     "largest Iran-backed bloc. In a letter to Parliament Speaker Mohammed al-Halbousi, Salih said "
     "he would not name a candidate the protesters reject. The Binaa coalition, headed by militia "
     "leader Hadi al-Amiri, put forward al-Eidani after its first choice, Higher Education Minister "
     "Qusay al-Suhail, a former Sadrist who later joined Nouri al-Maliki's State of Law coalition, "
     "was turned down by demonstrators. Al-Amiri and Qais al-Khazali, the leader of Asaib Ahl "
     "al-Haq, met Salih on Monday to press the nomination, lawmakers said. Salih also met "
     "al-Eidani at the presidential palace, but the meeting ended without agreement, an official "
     "said. Whoever is chosen would replace caretaker Prime Minister Adel Abdul-Mahdi, who quit "
     "last month.",
     [("LEADS", SAL, IQ, "Iraq's President Barham"),
      ("LEADS", "person:asaad-al-eidani", "location:basra", "Basra Governor"),
      ("SUPPORTS", "country:iran", "organization:binaa-alliance", "Iran-backed bloc"),
      ("LEADS", HAL, PARL, "Parliament Speaker Mohammed"),
      ("LEADS", AMR, "organization:binaa-alliance", "headed by militia"),
      ("MEMBER_OF", "person:qusay-al-suhail", "organization:state-of-law-coalition",
       "a former Sadrist"),
      ("LEADS", MAL, "organization:state-of-law-coalition", "Maliki's State of Law"),
      ("MET_WITH", AMR, SAL, "met Salih on Monday", "2019-12-23"),
      ("MET_WITH", "person:qais-al-khazali", SAL, "met Salih on Monday", "2019-12-23"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "the leader of Asaib"),
      ("MET_WITH", SAL, "person:asaad-al-eidani", "Salih also met"),
      ],
     {"source": "blind set (AP-style)", "published": "2019-12-26"}),

    ("arBQ4_allawi_designated", "ar",
     "شفق نيوز/ كلّف رئيس الجمهورية برهم صالح، مساء السبت، وزيرَ الاتصالات الأسبق محمد توفيق علاوي "
     "بتشكيل الحكومة العراقية الجديدة، خلفاً لعادل عبد المهدي المستقيل تحت ضغط الاحتجاجات. وجرت "
     "مراسم التكليف في قصر السلام ببغداد بحضور رئيس البرلمان محمد الحلبوسي، بعدما استقبل صالح "
     "علاوي في مكتبه، بحسب بيان رئاسي. وقال علاوي، في كلمة مصوّرة، إنه سيعتذر عن المهمة \"إذا "
     "حاولت الكتل فرض مرشحيها\". وأعلن زعيم التيار الصدري مقتدى الصدر تأييده للتكليف، فيما "
     "رفضه متظاهرو ساحة التحرير. والتقى علاوي، الأحد، رئيسَ تحالف الفتح هادي العامري في منزله، "
     "وفق مصدر في التحالف. وقالت رئيسة كتلة الحزب الديمقراطي الكردستاني في البرلمان فيان صبري "
     "لشفق نيوز إن علاوي \"لم يلتقِ بعد أي وفد كردي\". وكان علاوي قد شغل حقيبة الاتصالات في "
     "حكومة نوري المالكي قبل أن يستقيل منها عام 2012.",
     [("SUCCESSOR_OF", ALW, AM, "خلفاً لعادل", "2020-02-01"),
      ("LOCATED_IN", "location:al-salam-palace", "location:baghdad", "قصر السلام ببغداد"),
      ("LEADS", HAL, PARL, "رئيس البرلمان محمد"),
      ("MET_WITH", SAL, ALW, "استقبل صالح", "2020-02-01"),
      ("LEADS", SDR, "organization:sadrist-movement", "زعيم التيار الصدري"),
      ("MET_WITH", ALW, AMR, "رئيسَ تحالف الفتح", "2020-02-02"),
      ("LEADS", AMR, "organization:fatah-alliance", "رئيسَ تحالف الفتح"),
      ("MEMBER_OF", "person:vian-sabri", "organization:kurdistan-democratic-party",
       "رئيسة كتلة الحزب"),
      ("REPORTED_BY", "person:vian-sabri", "outlet:shafaq-news", "لشفق نيوز"),
      ("MEMBER_OF", ALW, IQG, "شغل حقيبة الاتصالات"),
      ("LEADS", MAL, IQG, "حكومة نوري"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2020-02-02"}),

    ("enBQ5_kadhimi_after_zurfi", "en",
     "Iraq's President Barham Salih on Thursday named intelligence chief Mustafa Al Kadhimi as "
     "prime minister-designate, minutes after Adnan Al Zurfi "
     "abandoned his bid. Mr Al Kadhimi, who has headed the Iraqi National Intelligence Service "
     "since 2016, replaces Mr Al Zurfi as the nominee. Outgoing premier Adel Abdul Mahdi, speaker "
     "Mohammed Al Halbousi and Fatah leader Hadi Al Amiri attended the ceremony at the presidential "
     "palace. Mr Al Zurfi, a former governor of Najaf, had failed to win over the Shiite parties, "
     "which saw him as too close to Washington. Nada Shaker Jawdat, a lawmaker from Haider Al "
     "Abadi's Nasr coalition, told The National that Mr Al Kadhimi had met Mr Al Amiri and Nouri "
     "Al Maliki separately in the days before. \u201cHe arrives with consensus, "
     "not with a mandate from the street,\u201d she said. Mr Al Zurfi had been named on March 17 "
     "to replace Mohammed Tawfiq Allawi, who withdrew after parliament twice failed to reach a "
     "quorum.",
     [("LEADS", SAL, IQ, "Iraq's President Barham"),
      ("LEADS", K, "organization:iraqi-national-intelligence-service", "who has headed"),
      ("SUCCESSOR_OF", K, Z, "replaces Mr Al Zurfi", "2020-04-09"),
      ("LEADS", AMR, "organization:fatah-alliance", "Fatah leader Hadi"),
      ("LEADS", Z, "location:najaf", "a former governor of Najaf"),
      ("LEADS", ABD, "organization:nasr-coalition", "Abadi's Nasr"),
      ("MEMBER_OF", "person:nada-shaker-jawdat", "organization:nasr-coalition", "a lawmaker from"),
      ("REPORTED_BY", "person:nada-shaker-jawdat", "outlet:the-national", "told The National"),
      ("MET_WITH", K, AMR, "had met Mr Al Amiri"),
      ("MET_WITH", K, MAL, "Al Maliki separately"),
      ("SUCCESSOR_OF", Z, ALW, "to replace Mohammed Tawfiq", "2020-03-17"),
      ],
     {"source": "blind set (The National-style)", "published": "2020-04-09"}),

    ("arBQ6_zurfi_designated", "ar",
     "بغداد: «الشرق الأوسط»\n"
     "رفضت قوى شيعية بارزة، أمس، تكليف رئيس الجمهورية العراقي برهم صالح النائبَ عدنان الزرفي "
     "تشكيلَ الحكومة، خلفاً لمحمد توفيق علاوي الذي اعتذر مطلع الشهر. وأصدرت كتل، بينها «الفتح» "
     "بزعامة هادي العامري و«دولة القانون» بزعامة نوري المالكي، بياناً وصفت فيه الخطوة بأنها «غير "
     "دستورية». وقال القيادي في ائتلاف دولة القانون كاطع الركابي لـ«الشرق الأوسط» إن الزرفي «لم "
     "يستشر أحداً من البيت الشيعي». في المقابل، التقى الزرفي، وهو محافظ النجف الأسبق ورئيس كتلة "
     "«النصر» النيابية، زعيمَ تيار الحكمة عمار الحكيم ثم رئيسَ البرلمان محمد الحلبوسي، بحسب "
     "بيانين منفصلين. وكانت «كتائب حزب الله» قد وصفت الزرفي بأنه «مرشح واشنطن»، فيما امتنعت "
     "السفارة الأميركية في المنطقة الخضراء عن التعليق. ويأتي التكليف في ظل حكومة تصريف أعمال "
     "يرأسها عادل عبد المهدي منذ استقالته في ديسمبر (كانون الأول) الماضي.",
     [("LEADS", SAL, IQ, "رئيس الجمهورية العراقي"),
      ("SUCCESSOR_OF", Z, ALW, "خلفاً لمحمد", "2020-03-17"),
      ("LEADS", AMR, "organization:fatah-alliance", "بزعامة هادي"),
      ("LEADS", MAL, "organization:state-of-law-coalition", "بزعامة نوري"),
      ("MEMBER_OF", "person:kataa-al-rikabi", "organization:state-of-law-coalition",
       "القيادي في ائتلاف"),
      ("REPORTED_BY", "person:kataa-al-rikabi", "outlet:asharq-al-awsat", "لـ«الشرق الأوسط» إن"),
      ("LEADS", Z, "location:najaf", "محافظ النجف"),
      ("MEMBER_OF", Z, "organization:nasr-coalition", "ورئيس كتلة"),
      ("MET_WITH", Z, "person:ammar-al-hakim", "زعيمَ تيار الحكمة"),
      ("LEADS", "person:ammar-al-hakim", "organization:national-wisdom-movement", "زعيمَ تيار الحكمة"),
      ("MET_WITH", Z, HAL, "ثم رئيسَ البرلمان"),
      ("LEADS", HAL, PARL, "ثم رئيسَ البرلمان"),
      ("LOCATED_IN", "location:us-embassy-baghdad", "location:green-zone", "السفارة الأميركية في"),
      ("LEADS", AM, IQG, "يرأسها عادل"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2020-03-18"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBQ")
    for a in ARTICLES:
        print(a[0], len(a[2]))
