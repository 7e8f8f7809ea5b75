"""Blind set QI: the Maghreb and Libya 2019-2024 (first folder of QI-QJ): Tebboune's appointment of Aymen
Benabderrahmane after Abdelaziz Djerad's resignation (June 2021), Kais Saied's appointment of Najla Bouden
after the dismissal of Hichem Mechichi (September 2021), Abdoulaye Bathily's first round in Tripoli (October
2022), King Mohammed VI's audience for Jared Kushner and Meir Ben-Shabbat (December 2020), Stephanie
Williams's meetings with Fathi Bashagha and Abdul Hamid Dbeibah (March 2022) and Saied's replacement of Bouden
by Ahmed Hachani (August 2023), as Algeria's state agency writes it in English (APS-like: "ALGIERS - President
of the Republic, Mr. Abdelmadjid Tebboune"), Tunisia's state agency in Arabic (TAP-like: "قصر قرطاج"،
"رئيس الجمهورية قيس سعيد"), a Libyan news site in English (Libya Observer-like: "the UN envoy", "the
parliament-designated PM"), a Moroccan news site in Arabic (Hespress-like: "صاحب الجلالة الملك محمد السادس،
نصره الله"), a wire in English (Reuters-like: "TRIPOLI (Reuters) -") and a London-based Arab daily in Arabic
(Al Araby al-Jadeed-like: "العربي الجديد", "في خطوة مفاجئة").
Pieces: Tebboune appoints Benabderrahmane, who succeeds Djerad, and receives him with Khellaf present;
Tebboune had been elected to succeed Bouteflika (English, QI1); Saied receives Bouden at Carthage and charges
her to form a government, succeeding Mechichi whom he dismissed (Arabic, QI2); Bathily, who succeeds Kubis,
meets Dbeibah and then Menfi in Tripoli; Bashagha named by the House to replace Dbeibah (English, QI3); the
King receives Kushner and Ben-Shabbat together, with Othmani and Bourita present (Arabic, QI4); Williams meets
Bashagha in Tunis and Dbeibah in Tripoli (English, QI5); Saied dismisses Bouden and appoints Hachani in her
place, receives him (Arabic, QI6).
Excluded on purpose (no relation): Tebboune's phone call with Saied (QI2, QI6); Bathily's planned visit to
Benghazi to meet Haftar and Saleh (QI3); Trump's phone call to the King (QI4); Williams's video call with
Haftar, Werfalli's killing by "unknown gunmen" (QI5); Hachani's meeting with the UGTT planned for next week
(QI6); Bensalah, an interim head of state between Bouteflika and Tebboune (not stated as succeeded).
Judgement calls: "succeeds" / «خلفا لـ» are successions; "named ... to replace Dbeibah" is a succession in
the text's terms though Bashagha never took office (QI3, the convention's "named to replace"); «بحضور» two
attendees: each paired with both principals and with each other (they attended together) (QI4); Kushner and
Ben-Shabbat received together are paired with each other (QI4); an envoy LEADS UNSMIL where "head of UNSMIL"
is said; a prime minister / head of government LEADS the country (as NC's Netanyahu); a king LEADS the
country.
Filled in for the exercise: Khellaf's presence and the hour (QI1); Tebboune's call to Saied (QI2); the order
of Bathily's meetings and his planned Benghazi trip (QI3); Trump's call (QI4); the video call with Haftar and
the dates of the two meetings (QI5); the UGTT meeting, Tebboune's call (QI6).
Spellings: "Aïmene Benabderrahmane", "Abdelmadjid Tebboune" (QI1); «نجلاء بودن رمضان»، «هشام المشيشي» (QI2);
"Abdulhamid Dbeibah", "Abdoulaye Bathily", "Ján Kubiš", "Mohamed Al-Mnifi" (QI3); «جاريد كوشنير»،
«مائير بن شبات»، «سعد الدين العثماني» (QI4); "Fathi Bashaga", "Abdul Hamid Dbeibeh", "Khalifa Hifter" (QI5);
«أحمد الحشاني»، «نجلاء بودن» (QI6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_qj import ALL  # noqa: E402

HERE = Path(__file__).parent

ALGERIA, TUNISIA, MOROCCO, LIBYA = "country:algeria", "country:tunisia", "country:morocco", "country:libya"
UNSMIL, LNA, HOR, PC, GNU = (
    "organization:unsmil", "organization:libyan-national-army", "organization:libyan-house-of-representatives",
    "organization:libyan-presidential-council", "organization:government-of-national-unity-libya")
MAFM = "organization:moroccan-foreign-ministry"
TEBBOUNE, BOUTEFLIKA, DJERAD, BENABDERRAHMANE, KHELLAF = (
    "person:abdelmadjid-tebboune", "person:abdelaziz-bouteflika", "person:abdelaziz-djerad",
    "person:aymen-benabderrahmane", "person:abdelaziz-khellaf")
SAIED, MECHICHI, BOUDEN, HACHANI = (
    "person:kais-saied", "person:hichem-mechichi", "person:najla-bouden", "person:ahmed-hachani")
KING, BOURITA, OTHMANI, KUSHNER, BENSHABBAT, TRUMP = (
    "person:mohammed-vi", "person:nasser-bourita", "person:saadeddine-othmani", "person:jared-kushner",
    "person:meir-ben-shabbat", "person:donald-trump")
DBEIBAH, BASHAGHA, HAFTAR, SALEH, MENFI, WERFALLI = (
    "person:abdul-hamid-dbeibah", "person:fathi-bashagha", "person:khalifa-haftar", "person:aguila-saleh",
    "person:mohamed-al-menfi", "person:mahmoud-al-werfalli")
WILLIAMS, BATHILY, KUBIS, GUTERRES = (
    "person:stephanie-williams", "person:abdoulaye-bathily", "person:jan-kubis", "person:antonio-guterres")

APS = "blind set (Algerian state news agency, English service, APS-like)"
TAP = "blind set (Tunisian state news agency, Arabic, TAP-like)"
LO = "blind set (Libyan news site, English, Libya Observer-like)"
HESPRESS = "blind set (Moroccan news site, Arabic, Hespress-like)"
WIRE = "blind set (international news wire, English, Reuters-like)"
ARABY = "blind set (London-based Arab daily, Arabic, Al Araby al-Jadeed-like)"

ARTICLES = [
    ("enQI1_tebboune_appoints_benabderrahmane_aps", "en",
     "President Tebboune appoints Aïmene Benabderrahmane Prime Minister\n"
     "ALGIERS - President of the Republic, Mr. Abdelmadjid Tebboune, on Wednesday appointed Mr. Aïmene "
     "Benabderrahmane as Prime Minister and charged him with continuing consultations with the political parties "
     "and civil society to form the Government as soon as possible, a statement of the Presidency of the "
     "Republic said.\n"
     "Mr. Benabderrahmane, who held the post of Minister of Finance, succeeds Mr. Abdelaziz Djerad, who had "
     "submitted the resignation of his Government to the President of the Republic on 24 June, following the "
     "legislative elections of 12 June.\n"
     "The President of the Republic received the new Prime Minister at the headquarters of the Presidency in the "
     "afternoon, in the presence of the Director of Cabinet at the Presidency of the Republic, Mr. Abdelaziz "
     "Khellaf.\n"
     "Mr. Tebboune was elected on 12 December 2019 to succeed Abdelaziz Bouteflika, who had resigned in April of "
     "the same year under pressure from the Hirak protest movement.",
     [("LEADS", TEBBOUNE, ALGERIA, "President of the Republic, Mr. Abdelmadjid Tebboune"),
      ("SUCCESSOR_OF", BENABDERRAHMANE, DJERAD, "succeeds Mr. Abdelaziz Djerad", "2021-06-30"),
      ("LEADS", BENABDERRAHMANE, ALGERIA, "as Prime Minister and charged him"),
      ("MET_WITH", TEBBOUNE, BENABDERRAHMANE, "received the new Prime Minister", "2021-06-30"),
      ("MET_WITH", KHELLAF, TEBBOUNE, "the Director of Cabinet at the Presidency", "2021-06-30"),
      ("MET_WITH", KHELLAF, BENABDERRAHMANE, "Abdelaziz Khellaf", "2021-06-30"),
      ("SUCCESSOR_OF", TEBBOUNE, BOUTEFLIKA, "to succeed Abdelaziz Bouteflika", "2019-12-12"),
      ],
     {"source": APS, "published": "2021-06-30"}),

    ("arQI2_saied_charges_bouden_tap", "ar",
     "رئيس الجمهورية يكلف نجلاء بودن رمضان بتشكيل الحكومة\n"
     "تونس (وات) - استقبل رئيس الجمهورية قيس سعيد، اليوم الأربعاء بقصر قرطاج، السيدة نجلاء بودن رمضان، أستاذة "
     "التعليم العالي بالمدرسة الوطنية للمهندسين بتونس، وكلفها بتشكيل الحكومة في أقرب الآجال.\n"
     "وأكد رئيس الدولة خلال اللقاء أن هذه \"لحظة تاريخية\"، إذ تتولى لأول مرة امرأة رئاسة الحكومة في تونس، "
     "مشدداً على ضرورة مكافحة الفساد والفوضى اللذين عمّا في عديد مؤسسات الدولة.\n"
     "وتأتي السيدة بودن خلفا لهشام المشيشي الذي أعفاه رئيس الجمهورية من مهامه يوم 25 جويلية الماضي، إثر "
     "تفعيل الفصل 80 من الدستور وتجميد أعمال البرلمان.\n"
     "من جهة أخرى، تلقى رئيس الجمهورية مساء اليوم مكالمة هاتفية من نظيره الجزائري عبد المجيد تبون، تم خلالها "
     "التطرق إلى العلاقات الثنائية والوضع في ليبيا.",
     [("MET_WITH", SAIED, BOUDEN, "السيدة نجلاء بودن رمضان، أستاذة", "2021-09-29"),
      ("LEADS", SAIED, TUNISIA, "استقبل رئيس الجمهورية قيس سعيد"),
      ("SUCCESSOR_OF", BOUDEN, MECHICHI, "خلفا لهشام المشيشي", "2021-09-29"),
      ("LEADS", TEBBOUNE, ALGERIA, "نظيره الجزائري عبد المجيد تبون"),
      ],
     {"source": TAP, "published": "2021-09-29"}),

    ("enQI3_bathily_tripoli_round_libya_observer", "en",
     "New UN envoy Bathily meets Dbeibah, Al-Mnifi in Tripoli\n"
     "The Libya Observer\n"
     "The new head of the United Nations Support Mission in Libya (UNSMIL), Abdoulaye Bathily, met on Sunday with "
     "the Prime Minister of the Government of National Unity, Abdulhamid Dbeibah, at the Prime Minister's office "
     "in Tripoli, days after arriving in the capital.\n"
     "The two men discussed the political deadlock and the need for a constitutional basis for elections, "
     "Dbeibah's media office said. The Senegalese diplomat later met with the Head of the Presidential Council, "
     "Mohamed Al-Mnifi.\n"
     "Bathily, who was appointed by UN Secretary-General Antonio Guterres in September, succeeds Ján Kubiš, who "
     "resigned in November 2021.\n"
     "He is expected to travel to Benghazi next week to meet Khalifa Haftar and the Speaker of the House of "
     "Representatives, Aguila Saleh.\n"
     "The House named former interior minister Fathi Bashagha in February to replace Dbeibah, but the "
     "parliament-designated PM has failed to take office in Tripoli after clashes in the capital.",
     [("LEADS", BATHILY, UNSMIL, "The new head of the United Nations Support Mission"),
      ("MET_WITH", BATHILY, DBEIBAH, "met on Sunday with", "2022-10-16"),
      ("LEADS", DBEIBAH, GNU, "the Prime Minister of the Government of National Unity"),
      ("MET_WITH", BATHILY, MENFI, "later met with the Head of the Presidential Council", "2022-10-16"),
      ("LEADS", MENFI, PC, "Mohamed Al-Mnifi."),
      ("SUCCESSOR_OF", BATHILY, KUBIS, "succeeds Ján Kubiš"),
      ("LEADS", SALEH, HOR, "the Speaker of the House of"),
      ("SUCCESSOR_OF", BASHAGHA, DBEIBAH, "in February to replace Dbeibah", "2022-02-10"),
      ],
     {"source": LO, "published": "2022-10-16"}),

    ("arQI4_king_receives_kushner_hespress", "ar",
     "جلالة الملك يستقبل كوشنير وبن شبات بالقصر الملكي بالرباط\n"
     "هسبريس من الرباط\n"
     "استقبل صاحب الجلالة الملك محمد السادس، نصره الله، اليوم الثلاثاء بالقصر الملكي بالرباط، السيد جاريد "
     "كوشنير، كبير مستشاري الرئيس الأمريكي، والسيد مائير بن شبات، مستشار الأمن القومي الإسرائيلي، اللذين "
     "يقومان بزيارة للمملكة على رأس وفد أمريكي إسرائيلي.\n"
     "وجرى هذا الاستقبال بحضور رئيس الحكومة سعد الدين العثماني، ووزير الشؤون الخارجية والتعاون الإفريقي "
     "والمغاربة المقيمين بالخارج ناصر بوريطة.\n"
     "وبهذه المناسبة، جرى أمام جلالة الملك التوقيع على الإعلان المشترك بين المملكة المغربية والولايات المتحدة "
     "وإسرائيل، الذي وقعه عن الجانب المغربي السيد العثماني.\n"
     "وكان جلالته قد تلقى في العاشر من دجنبر الجاري اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب، أعلن "
     "خلاله اعتراف واشنطن بسيادة المغرب على صحرائه واستئناف الاتصالات الرسمية مع إسرائيل.",
     met_group({KING: "الملك محمد السادس، نصره", KUSHNER: "كوشنير، كبير مستشاري",
                BENSHABBAT: "والسيد مائير بن شبات"}, "2020-12-22") + [
      ("LEADS", KING, MOROCCO, "صاحب الجلالة الملك محمد السادس"),
      ("MET_WITH", OTHMANI, KING, "بحضور رئيس الحكومة", "2020-12-22"),
      ("MET_WITH", OTHMANI, KUSHNER, "رئيس الحكومة سعد الدين العثماني", "2020-12-22"),
      ("MET_WITH", OTHMANI, BENSHABBAT, "سعد الدين العثماني، ووزير", "2020-12-22"),
      ("MET_WITH", BOURITA, KING, "ووزير الشؤون الخارجية", "2020-12-22"),
      ("MET_WITH", BOURITA, KUSHNER, "والمغاربة المقيمين بالخارج ناصر بوريطة", "2020-12-22"),
      ("MET_WITH", BOURITA, BENSHABBAT, "والتعاون الإفريقي", "2020-12-22"),
      ("MET_WITH", BOURITA, OTHMANI, "وجرى هذا الاستقبال بحضور", "2020-12-22"),
      ("LEADS", OTHMANI, MOROCCO, "رئيس الحكومة سعد"),
      ("LEADS", BOURITA, MAFM, "ووزير الشؤون"),
      ("LEADS", TRUMP, "country:united-states", "الرئيس الأمريكي دونالد ترامب"),
      ],
     {"source": HESPRESS, "published": "2020-12-22"}),

    ("enQI5_williams_bashagha_dbeibah_wire", "en",
     "UN's Williams meets Libya's rival prime ministers as standoff deepens\n"
     "TRIPOLI (Reuters) - The United Nations' special adviser on Libya, Stephanie Williams, met parliament-backed "
     "prime minister-designate Fathi Bashaga in Tunis on Tuesday and then flew to Tripoli, where she held talks "
     "with incumbent Prime Minister Abdul Hamid Dbeibeh on Wednesday, a U.N. spokesperson said.\n"
     "Williams urged both men to avoid escalation and proposed a joint committee of the House of Representatives "
     "and the High Council of State to agree a constitutional basis for elections.\n"
     "Dbeibeh has refused to hand over power except to an elected government, while Bashaga, whose cabinet was "
     "sworn in by the parliament in Tobruk, says he will take office in the capital \"peacefully\".\n"
     "Williams also held a video call with eastern commander Khalifa Hifter, whose Libyan National Army (LNA) "
     "backs Bashaga, the spokesperson added.\n"
     "A year ago, Mahmoud al-Werfalli, an LNA commander wanted by the International Criminal Court, was shot dead "
     "by unknown gunmen in Benghazi.",
     [("MET_WITH", WILLIAMS, BASHAGHA, "prime minister-designate Fathi Bashaga", "2022-03-08"),
      ("MET_WITH", WILLIAMS, DBEIBAH, "where she held talks", "2022-03-09"),
      ("LEADS", DBEIBAH, LIBYA, "incumbent Prime Minister Abdul Hamid Dbeibeh"),
      ("LEADS", HAFTAR, LNA, "whose Libyan National Army (LNA)"),
      ("MEMBER_OF", WERFALLI, LNA, "an LNA commander wanted"),
      ],
     {"source": WIRE, "published": "2022-03-09"}),

    ("arQI6_saied_sacks_bouden_araby", "ar",
     "قيس سعيّد يقيل نجلاء بودن ويعيّن أحمد الحشاني رئيساً للحكومة\n"
     "تونس - العربي الجديد\n"
     "في خطوة مفاجئة، أقال الرئيس التونسي قيس سعيّد، ليل الثلاثاء، رئيسة الحكومة نجلاء بودن، وعيّن مكانها أحمد "
     "الحشاني، المسؤول السابق في البنك المركزي التونسي، من دون أن تقدم الرئاسة أي توضيح لأسباب الإقالة.\n"
     "وبثّت الصفحة الرسمية للرئاسة مقطع فيديو لسعيّد وهو يستقبل الحشاني في قصر قرطاج، حيث أدى الأخير اليمين "
     "الدستورية، وقال سعيّد خلال اللقاء إن \"تونس تواجه تحديات كبرى\".\n"
     "ولم يكن اسم الحشاني متداولاً في الأوساط السياسية، وهو ثالث رئيس حكومة يعيّنه سعيّد منذ إجراءات 25 "
     "يوليو/تموز 2021.\n"
     "ومن المنتظر أن يلتقي رئيس الحكومة الجديد قيادة الاتحاد العام التونسي للشغل الأسبوع المقبل.\n"
     "وكان سعيّد قد بحث في اتصال هاتفي مع الرئيس الجزائري عبد المجيد تبون ملف الهجرة والأوضاع في ليبيا.",
     [("SUCCESSOR_OF", HACHANI, BOUDEN, "وعيّن مكانها أحمد", "2023-08-01"),
      ("LEADS", SAIED, TUNISIA, "أقال الرئيس التونسي قيس"),
      ("LEADS", BOUDEN, TUNISIA, "رئيسة الحكومة نجلاء بودن"),
      ("MET_WITH", SAIED, HACHANI, "وهو يستقبل الحشاني", "2023-08-01"),
      ("LEADS", TEBBOUNE, ALGERIA, "الرئيس الجزائري عبد المجيد"),
      ],
     {"source": ARABY, "published": "2023-08-02"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setQI")
