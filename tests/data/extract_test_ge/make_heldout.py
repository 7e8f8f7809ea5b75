"""Blind set GE: Somalia and the Horn of Africa 2017-2025, seen by the regional press: parliament
endorses Hamza Abdi Barre to replace Roble, June 2022 (English, Garowe Online-like); an Emirati
minister of state received by Hassan Sheikh Mohamud in Mogadishu, 2025 (Arabic, official-news
style with long titles); al-Shabaab's emir Ahmed Diriye and his predecessor Godane (English,
Hiiraan-like); the Asmara summit of Isaias Afwerki, al-Sisi and Hassan Sheikh, Oct 2024 (Arabic);
Farmaajo and Muse Bihi in Djibouti with Guelleh and Abiy, June 2020 (English); Taye Atske Selassie
becomes Ethiopia's president and Gedion Timothewos foreign minister, Oct 2024, after Fidan's
Ankara shuttle talks (Arabic).
Style: Somali and Gulf regional outlets: "sources told Garowe Online", honorifics (فخامة، معالي،
صاحب السمو), clitics (وبـ، لـ، فـ), a phone call, a nominee, a "likely successor", a claim of a
wounding denied by al-Shabaab, an Ethiopian accusation denied by Cairo, a planned follow-up meeting
that never took place, delegations that never met face to face, a denied visit.
Spellings: Farmaajo, Hassan Sheikh / حسن شيخ, Abu Ubaidah, Godane, Silanyo, أفورقي, تاي أتسقي
سيلاسي, جيديون تيموثيوس, شخبوط بن نهيان, صونا.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 20): written blind, then read by the engineers. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gf import ALL  # noqa: E402

HERE = Path(__file__).parent

SOM, ETH, ERI, EGYPT, DJI = ("country:somalia", "country:ethiopia", "country:eritrea", "country:egypt",
                             "country:djibouti")
SFG, SHAB, PARL = ("organization:somali-federal-government", "organization:al-shabaab",
                   "organization:somali-parliament")
SFM, EFM, TFM = ("organization:somali-foreign-ministry", "organization:ethiopian-foreign-ministry",
                 "organization:turkish-foreign-ministry")
FARM, HSM, ROBLE, BARRE = ("person:mohamed-abdullahi-farmajo", "person:hassan-sheikh-mohamud",
                           "person:mohamed-hussein-roble", "person:hamza-abdi-barre")
DENI, PUNT, FIQI = "person:said-abdullahi-deni", "location:puntland", "person:ahmed-moalim-fiqi"
SHAKH, MBZ = "person:shakhboot-bin-nahyan", "person:mohamed-bin-zayed"
DIRIYE, GODANE, KARATE = "person:ahmed-diriye", "person:ahmed-abdi-godane", "person:mahad-karate"
ISAIAS, SISI, ABIY = "person:isaias-afwerki", "person:abdel-fattah-al-sisi", "person:abiy-ahmed"
BIHI, SILANYO, SLAND, GUELLEH = ("person:muse-bihi-abdi", "person:ahmed-silanyo", "location:somaliland",
                                 "person:ismail-omar-guelleh")
TAYE, SAHLE, GEDION, FIDAN = ("person:taye-atske-selassie", "person:sahle-work-zewde",
                              "person:gedion-timothewos", "person:hakan-fidan")

ARTICLES = [
    ("enGE1_parliament_endorses_hamza_barre", "en",
     "MOGADISHU, Somalia - Lawmakers on Saturday overwhelmingly endorsed Hamza Abdi Barre as Somalia's "
     "new Prime Minister, replacing Mohamed Hussein Roble, whose two-year tenure was dominated by a "
     "bitter feud with former President Farmaajo.\n"
     "Barre, a little-known MP from Jubaland, was nominated on June 15 by President Hassan Sheikh "
     "Mohamud, who took over from Farmaajo on May 23 after defeating him in a parliamentary vote.\n"
     "Sources told Garowe Online that Roble had lobbied to keep his job and that a meeting between him "
     "and the president at Villa Somalia last week ended without agreement.\n"
     "Puntland President Said Abdullahi Deni, himself a candidate in the May race, congratulated the "
     "new premier in a phone call, his office said.",
     [("SUCCESSOR_OF", BARRE, ROBLE, "replacing Mohamed Hussein Roble", "2022-06-25"),
      ("LEADS", BARRE, SFG, "as Somalia's new Prime Minister"),
      ("MEMBER_OF", BARRE, PARL, "a little-known MP"),
      ("LEADS", HSM, SOM, "by President Hassan Sheikh"),
      ("SUCCESSOR_OF", HSM, FARM, "who took over from Farmaajo", "2022-05-23"),
      ("REPORTED_BY", ROBLE, "outlet:garowe-online", "Sources told Garowe Online"),
      ("MET_WITH", HSM, ROBLE, "a meeting between him", "2022-06"),
      ("VISITED", ROBLE, "location:villa-somalia", "and the president at Villa Somalia", "2022-06"),
      ("LEADS", DENI, PUNT, "Puntland President Said"),
      ],
     {"source": "blind set (Somali regional press, English)", "published": "2022-06-25"}),

    ("arGE2_emirati_minister_in_mogadishu", "ar",
     "استقبل فخامة رئيس جمهورية الصومال الفيدرالية الدكتور حسن شيخ محمود، اليوم الأحد، بالقصر الرئاسي "
     "في مقديشو، معالي الشيخ شخبوط بن نهيان آل نهيان، وزير الدولة بوزارة الخارجية الإماراتية، والوفد "
     "المرافق له.\n"
     "ونقل الوزير الإماراتي إلى الرئيس الصومالي تحيات صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس "
     "دولة الإمارات، وتمنياته للشعب الصومالي بالأمن والاستقرار.\n"
     "وبحث الجانبان سبل تعزيز التعاون في مجالات الأمن وتدريب القوات الصومالية ومكافحة الإرهاب، بحضور "
     "وزير الخارجية والتعاون الدولي الصومالي أحمد معلم فقي.\n"
     "وكان الرئيس حسن شيخ قد أجرى الأسبوع الماضي اتصالاً هاتفياً بالشيخ محمد بن زايد، فيما نفت الرئاسة "
     "الصومالية تقارير عن زيارة مرتقبة لآبي أحمد إلى مقديشو.\n"
     "وذكرت وكالة الأنباء الصومالية (صونا) أن الضيف الإماراتي التقى أيضاً ممثلي الجالية الإماراتية.",
     [("LEADS", HSM, SOM, "رئيس جمهورية الصومال الفيدرالية"),
      ("MET_WITH", HSM, SHAKH, "استقبل فخامة", "2025-03"),
      ("VISITED", SHAKH, "location:mogadishu", "بالقصر الرئاسي", "2025-03"),
      ("MEMBER_OF", SHAKH, "organization:uae-foreign-ministry", "وزير الدولة بوزارة الخارجية"),
      ("LEADS", MBZ, "country:united-arab-emirates", "رئيس دولة الإمارات"),
      ("MET_WITH", FIQI, SHAKH, "بحضور وزير الخارجية", "2025-03"),
      ("MET_WITH", FIQI, HSM, "وبحث الجانبان", "2025-03"),
      ("LEADS", FIQI, SFM, "والتعاون الدولي الصومالي"),
      ("REPORTED_BY", SHAKH, "outlet:sonna", "وذكرت وكالة الأنباء الصومالية"),
      ],
     {"source": "blind set (Gulf regional outlet, Arabic)", "published": "2025-03-02"}),

    ("enGE3_abu_ubaidah_profile", "en",
     "Al-Shabaab's shadowy emir Ahmed Diriye, also known as Abu Ubaidah, has rarely been seen in public "
     "since he took over the group in September 2014 after his predecessor Ahmed Abdi Godane was "
     "killed in a U.S. airstrike near Barawe.\n"
     "Somalia's intelligence agency NISA claimed in 2022 that Diriye had been seriously wounded in a "
     "strike in the Jubba valley, a claim the militants flatly denied.\n"
     "Washington offers up to $6 million for information on him.\n"
     "Security sources told Hiiraan Online that Mahad Karate, who heads the Amniyat "
     "intelligence wing of the group, is the most likely successor should Diriye die.\n"
     "The Amniyat is blamed for most of the suicide bombings in Mogadishu.",
     [("LEADS", DIRIYE, SHAB, "shadowy emir Ahmed Diriye"),
      ("SUCCESSOR_OF", DIRIYE, GODANE, "took over the group in September", "2014-09"),
      ("LEADS", GODANE, SHAB, "his predecessor Ahmed Abdi Godane"),
      ("ASSASSINATED_BY", GODANE, "country:united-states", "killed in a U.S. airstrike", "2014-09-01"),
      ("LEADS", KARATE, "organization:amniyat", "who heads the Amniyat"),
      ("PART_OF", "organization:amniyat", SHAB, "intelligence wing of the group"),
      ("REPORTED_BY", KARATE, "outlet:hiiraan-online", "told Hiiraan Online"),
      ],
     {"source": "blind set (Somali regional press, English)", "published": "2023-05-10"}),

    ("arGE4_asmara_tripartite_summit", "ar",
     "أسمرا - استضاف الرئيس الإريتري أسياس أفورقي في العاصمة أسمرا، الخميس، قمة ثلاثية جمعته بالرئيس "
     "المصري عبد الفتاح السيسي ونظيره الصومالي حسن شيخ محمود، وسط توتر متصاعد مع إثيوبيا.\n"
     "وأكد القادة الثلاثة في بيانهم الختامي احترام سيادة الصومال ووحدة أراضيه، وتعهدوا بتعزيز "
     "التنسيق الأمني في البحر الأحمر.\n"
     "وكانت القاهرة قد أرسلت شحنات من الأسلحة والمعدات العسكرية لدعم الجيش الصومالي في أغسطس الماضي.\n"
     "ولم تُدعَ أديس أبابا إلى القمة، فيما اتهمت حكومةُ آبي أحمد مصرَ بالسعي لزعزعة استقرار الإقليم، "
     "وهو ما نفته الخارجية المصرية.",
     [("LEADS", ISAIAS, ERI, "الرئيس الإريتري أسياس"),
      ("LEADS", SISI, EGYPT, "بالرئيس المصري عبد"),
      ("LEADS", HSM, SOM, "ونظيره الصومالي حسن"),
      ("MET_WITH", ISAIAS, SISI, "قمة ثلاثية جمعته", "2024-10-10"),
      ("MET_WITH", HSM, ISAIAS, "استضاف الرئيس الإريتري", "2024-10-10"),
      ("MET_WITH", HSM, SISI, "ونظيره الصومالي", "2024-10-10"),
      ("VISITED", SISI, "location:asmara", "في العاصمة أسمرا", "2024-10-10"),
      ("VISITED", HSM, "location:asmara", "العاصمة أسمرا، الخميس", "2024-10-10"),
      ("SUPPORTS", EGYPT, SOM, "لدعم الجيش الصومالي"),
      ("LEADS", ABIY, "country:ethiopia", "حكومةُ آبي أحمد"),
      ],
     {"source": "blind set (Arab regional outlet, Arabic)", "published": "2024-10-11"}),

    ("enGE5_farmaajo_bihi_djibouti", "en",
     "DJIBOUTI - In a meeting few thought possible, President Mohamed Abdullahi Farmaajo and Somaliland "
     "leader Muse Bihi Abdi sat down in Djibouti on Sunday for their first face-to-face talks, hosted "
     "by Djibouti's President Ismail Omar Guelleh.\n"
     "Ethiopian Prime Minister Abiy Ahmed, who brokered the encounter, also took part in the "
     "discussions, which ended with an agreement to form technical committees.\n"
     "Bihi, a former air force officer who succeeded Ahmed Mohamed Mohamoud 'Silanyo' in December "
     "2017, flew in from Hargeisa on Saturday.\n"
     "Puntland President Said Abdullahi Deni criticised the talks as a concession to secessionists.\n"
     "A follow-up round planned for July in Djibouti never took place, and Hargeisa later accused "
     "Mogadishu of blocking it.",
     [("LEADS", FARM, SOM, "President Mohamed Abdullahi Farmaajo"),
      ("LEADS", BIHI, SLAND, "Somaliland leader Muse"),
      ("MET_WITH", BIHI, FARM, "sat down in Djibouti", "2020-06-14"),
      ("MET_WITH", FARM, GUELLEH, "hosted by Djibouti", "2020-06-14"),
      ("MET_WITH", BIHI, GUELLEH, "for their first face-to-face", "2020-06-14"),
      ("LEADS", GUELLEH, DJI, "Djibouti's President Ismail"),
      ("VISITED", FARM, DJI, "In a meeting few thought", "2020-06-14"),
      ("VISITED", BIHI, DJI, "leader Muse Bihi Abdi sat", "2020-06-14"),
      ("LEADS", ABIY, ETH, "Ethiopian Prime Minister Abiy"),
      ("MET_WITH", ABIY, FARM, "who brokered the encounter", "2020-06-14"),
      ("MET_WITH", ABIY, BIHI, "also took part in the", "2020-06-14"),
      ("MET_WITH", ABIY, GUELLEH, "ended with an agreement", "2020-06-14"),
      ("VISITED", ABIY, DJI, "Ethiopian Prime Minister Abiy", "2020-06-14"),
      ("SUCCESSOR_OF", BIHI, SILANYO, "who succeeded Ahmed Mohamed", "2017-12-13"),
      ("LEADS", DENI, PUNT, "Puntland President Said"),
      ],
     {"source": "blind set (Somali regional press, English)", "published": "2020-06-15"}),

    ("arGE6_taye_president_gedion_fm", "ar",
     "أديس أبابا - أدى وزير الخارجية الإثيوبي السابق تاي أتسقي سيلاسي، الاثنين، اليمين الدستورية رئيساً "
     "لجمهورية إثيوبيا الفيدرالية الديمقراطية خلفاً للرئيسة سهلي ورق زودي، أمام جلسة مشتركة لمجلسَي "
     "البرلمان.\n"
     "وعُيّن وزير العدل السابق جيديون تيموثيوس وزيراً للخارجية خلفاً لتاي.\n"
     "وكان تاي قد مثّل بلاده في جولتَي المحادثات غير المباشرة مع الصومال في أنقرة، حيث التقى وزير "
     "الخارجية التركي هاكان فيدان، الذي تنقّل بينه وبين نظيره الصومالي أحمد معلم فقي دون أن يجتمع "
     "الوفدان وجهاً لوجه.\n"
     "ولم يصدر عن رئيس الوزراء آبي أحمد أي تعليق، فيما نفى مكتبه أنباء عن لقاء مرتقب بينه وبين الرئيس "
     "الصومالي حسن شيخ محمود.\n"
     "وذكرت وكالة الأنباء الإثيوبية أن الرئيس الجديد تلقّى برقيات تهنئة من قادة دول الإيغاد.",
     [("SUCCESSOR_OF", TAYE, SAHLE, "خلفاً للرئيسة سهلي", "2024-10-07"),
      ("LEADS", TAYE, ETH, "لجمهورية إثيوبيا الفيدرالية"),
      ("SUCCESSOR_OF", GEDION, TAYE, "خلفاً لتاي", "2024-10"),
      ("LEADS", GEDION, EFM, "وزيراً للخارجية خلفاً"),
      ("VISITED", TAYE, "location:ankara", "مع الصومال في أنقرة", "2024-08"),
      ("MET_WITH", FIDAN, TAYE, "حيث التقى وزير", "2024-08"),
      ("LEADS", FIDAN, TFM, "الخارجية التركي هاكان"),
      ("MET_WITH", FIDAN, FIQI, "الذي تنقّل بينه وبين", "2024-08"),
      ("LEADS", FIQI, SFM, "نظيره الصومالي أحمد"),
      ("VISITED", FIQI, "location:ankara", "الذي تنقّل بينه وبين", "2024-08"),
      ("LEADS", ABIY, ETH, "رئيس الوزراء آبي"),
      ("LEADS", "person:hassan-sheikh-mohamud", SOM, "الرئيس الصومالي حسن"),
      ("REPORTED_BY", TAYE, "outlet:ena", "وذكرت وكالة الأنباء الإثيوبية"),
      ],
     {"source": "blind set (Arab regional outlet, Arabic)", "published": "2024-10-08"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGE")
