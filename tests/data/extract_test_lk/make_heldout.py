"""Blind set LK: Algeria's and Tunisia's successions and Libya's visitors 2013-2025, as an Algerian Arabic
daily (El Khabar-like: "رئيس الجمهورية، السيد ...", "أوت", "جويلية", "ڨايد صالح"), a Libyan Arabic news site
(Al-Wasat-like: "بنغازي - بوابة الوسط"), an international wire (Reuters-like "CAIRO, Jan 29 (Reuters) -")
and a North African English-language site ("TUNIS –", "Saïed") write it.
Pieces: Tebboune names Sifi Ghrieb prime minister after Larbaoui and receives him with Chanegriha, Larbaoui
after Benabderrahmane after Djerad, Chanegriha after Gaid Salah's death, Tebboune after the acting head of
state Bensalah after Bouteflika (Arabic, 2025); Saied replaces Maddouri with Sara Zaafrani Zenzri, sworn in
before him, after receiving Maddouri and Khaled Nouri, and the chain Maddouri <- Hachani <- Bouden <-
Mechichi <- Fakhfakh <- Chahed (English, 2025); Tetteh meets Haftar in al-Rajma with Saddam and Belgasem,
then Osama Hammad; Tetteh after the acting envoy Koury after Bathily (Arabic, 2025); Egypt's intelligence
chief Hassan Rashad meets Haftar with Saddam in Benghazi and Dbeibah with al-Baour and Walid Ellafi in
Tripoli, Rashad after Abbas Kamel (English, 2025); Saied receives Attaf at Carthage with al-Nafti and the
Algerian ambassador, Zenzri receives Attaf, al-Nafti after Nabil Ammar (Arabic, 2025); the Belaid verdict:
Belaid killed by an Ansar al-Sharia cell, Gadhgadhi killed by security forces, el-Hakim in a U.S. strike;
Saied receives Belaid's brother with the justice minister (English, 2024).
Excluded on purpose (no relation): the meeting of Tebboune with Larbaoui after his dismissal that the
presidency "denied" (LK1); Saied's phone call with Tebboune (LK2); the meeting with Aguila Saleh
"postponed", and the Rome meeting of Dbeibah and Saddam Haftar that Dbeibah's office denied (LK3);
al-Sisi's phone call with Haftar (LK4); Tebboune's phone call with Saied (LK5); Brahmi "gunned down" (no
agent), and the prosecutors naming el-Hakim as an organiser of Belaid's killing (an accusation) (LK6).
Judgement calls: acting holders succeed and are succeeded (Bensalah, Chanegriha, Koury; LK1, LK3);
"appointed ... following the death of" Gaid Salah is a succession (LK1); a swearing-in "in the presence
of the president" is a meeting (LK2); the Tripoli talks continue the meeting of Rashad and Dbeibah, so
al-Baour and Ellafi are paired with both, and Saddam, who "attended the Benghazi talks", with Rashad and
Haftar only (LK4); the talks of Attaf with his counterpart "expanded to the delegations" add no pair
(LK5); the court's findings give Belaid -> Ansar al-Sharia, and "died in a U.S. air strike ..., the
Pentagon said" is a claimed killing (-> the United States) (LK6). Filled in for the exercise:
Chanegriha's presence and the denial (LK1), the Maddouri-Nouri audience (LK2), the day of the visit and
Belgasem's presence (LK3), the days, Saddam's, al-Baour's and Ellafi's presence (LK4), the date of
Attaf's visit, the ambassador's presence and the Zenzri meeting (LK5), the audience of Belaid's brother
and the justice minister (LK6).
Spellings: "ڨايد صالح", "أيمن بن عبد الرحمان" (LK1); "Kais Saïed", "Sara Zaafrani Zenzri", "Najla Bouden
Romdhane" (LK2); "عبد الله باثيلي", "ستيفاني خوري" (LK3); "Abdul Hamid al-Dbeibah", "Taher el-Baour" (LK4); "قيس سعيّد" (LK5).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_lk import ALL  # noqa: E402

HERE = Path(__file__).parent

ALGERIA, TUNISIA, EGYPT, USA = "country:algeria", "country:tunisia", "country:egypt", "country:united-states"
ALGGOV, ALGARMY, ALGFM, TUNGOV, TUNFM, TUNSEC, ANSAR = (
    "organization:algerian-government", "organization:algerian-army", "organization:algerian-foreign-ministry",
    "organization:tunisian-government", "organization:tunisian-foreign-ministry",
    "organization:tunisian-security-forces", "organization:ansar-al-sharia-tunisia")
UNSMIL, LNA, GNS, GNU, HOR, LYFM, EGI = (
    "organization:unsmil", "organization:libyan-national-army", "organization:government-of-national-stability",
    "organization:government-of-national-unity", "organization:libyan-house-of-representatives",
    "organization:libyan-foreign-ministry", "organization:egyptian-general-intelligence")
RAJMA, BENGHAZI, TRIPOLI, CARTHAGE = ("location:al-rajma", "location:benghazi", "location:tripoli-libya",
                                      "location:carthage-palace")
TEBBOUNE, GHRIEB, LARBAOUI, BENABDER, CHANEGRIHA, GAIDSALAH = (
    "person:abdelmadjid-tebboune", "person:sifi-ghrieb", "person:nadir-larbaoui", "person:aymen-benabderrahmane",
    "person:said-chanegriha", "person:ahmed-gaid-salah")
SAIED, ZENZRI, MADDOURI, HACHANI, BOUDEN = ("person:kais-saied", "person:sarra-zaafrani-zenzri",
                                            "person:kamel-maddouri", "person:ahmed-hachani", "person:najla-bouden")
TETTEH, HAFTAR, SADDAM, KOURY, BATHILY, HAMMAD, SALEH, DBEIBAH = (
    "person:hanna-tetteh", "person:khalifa-haftar", "person:saddam-haftar", "person:stephanie-koury",
    "person:abdoulaye-bathily", "person:osama-hammad", "person:aguila-saleh", "person:abdul-hamid-dbeibah")
RASHAD, KAMEL, BAOUR, ATTAF, NAFTI = ("person:hassan-rashad", "person:abbas-kamel", "person:taher-al-baour",
                                      "person:ahmed-attaf", "person:mohamed-ali-nafti")
# new to the tables
BENSALAH, BOUTEFLIKA, DJERAD, BAALLAL = ("person:abdelkader-bensalah", "person:abdelaziz-bouteflika",
                                         "person:abdelaziz-djerad", "person:azzouz-baallal")
CHAHED, FAKHFAKH, MECHICHI, NOURI, AMMAR, JAFFEL = (
    "person:youssef-chahed", "person:elyes-fakhfakh", "person:hichem-mechichi", "person:khaled-nouri",
    "person:nabil-ammar", "person:leila-jaffel")
BELAID, ABDELMAJID, GADHGADHI, ELHAKIM, BELGASEM, ELLAFI = (
    "person:chokri-belaid", "person:abdelmajid-belaid", "person:kamel-gadhgadhi", "person:boubaker-el-hakim",
    "person:belgasem-haftar", "person:walid-ellafi")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_MOURADIA = {TEBBOUNE: "واستقبل رئيس الجمهورية الوزير الأول الجديد",
             GHRIEB: "واستقبل رئيس الجمهورية الوزير الأول الجديد",
             CHANEGRIHA: "بحضور الفريق أول السعيد شنقريحة"}
_CARTHAGE25 = {SAIED: "Saïed had received Maddouri", MADDOURI: "Saïed had received Maddouri",
               NOURI: "Interior Minister Khaled Nouri at the palace"}
_RAJMA = {TETTEH: "هانا تيتيه، الأحد", HAFTAR: "القائد العام المشير خليفة حفتر",
          SADDAM: "رئيس أركان القوات البرية الفريق صدام حفتر", BELGASEM: "والمدير العام لصندوق التنمية"}
_BENGHAZI = {RASHAD: "met eastern Libyan commander Khalifa Haftar", HAFTAR: "met eastern Libyan commander",
             SADDAM: "Haftar's son Saddam, chief of staff"}
_TRIPOLI = {DBEIBAH: "Dbeibah received the Egyptian official", RASHAD: "Dbeibah received the Egyptian official",
            BAOUR: "acting Foreign Minister Taher el-Baour", ELLAFI: "and Walid Ellafi, the minister of state"}
_CARTHAGE = {SAIED: "استقبل الرئيس التونسي، قيس سعيّد", ATTAF: "أحمد عطاف، الذي سلّمه",
             NAFTI: "وجرى الاستقبال بحضور وزير الشؤون الخارجية والهجرة",
             BAALLAL: "وسفير الجزائر لدى تونس عزوز باعلال"}
_BELAID = {SAIED: "President Kais Saied received", ABDELMAJID: "received Belaid's brother Abdelmajid",
           JAFFEL: "in the presence of Justice Minister Leila Jaffel"}

ARTICLES = [
    ("arLK1_ghrieb_prime_minister_algeria", "ar",
     "الرئيس تبون يعيّن سيفي غريب وزيراً أول\n"
     "الجزائر - عيّن رئيس الجمهورية، السيد عبد المجيد تبون، أمس، السيد سيفي غريب وزيراً أول، بعد أن كلّفه "
     "بتسيير المنصب بالنيابة منذ 28 أوت الماضي، خلفاً للسيد نذير العرباوي الذي أُنهيت مهامه، حسب بيان "
     "لرئاسة الجمهورية.\n"
     "واستقبل رئيس الجمهورية الوزير الأول الجديد بقصر المرادية، بحضور الفريق أول السعيد شنقريحة، الوزير "
     "المنتدب لدى وزير الدفاع الوطني، رئيس أركان الجيش الوطني الشعبي.\n"
     "وكان العرباوي، الدبلوماسي ومدير الديوان السابق برئاسة الجمهورية، قد خلف أيمن بن عبد الرحمان في "
     "نوفمبر 2023، فيما جاء بن عبد الرحمان، وزير المالية آنذاك، بدلاً من عبد العزيز جراد في جوان 2021.\n"
     "ويقود الفريق أول شنقريحة أركان الجيش منذ 23 ديسمبر 2019، حين عُيّن قائداً للأركان بالنيابة إثر وفاة "
     "الفريق أحمد ڨايد صالح بسكتة قلبية، قبل أن يُثبَّت في منصبه في جويلية 2020.\n"
     "وجاء انتخاب تبون رئيساً للجمهورية في 12 ديسمبر 2019 خلفاً لعبد القادر بن صالح، الذي تولى رئاسة "
     "الدولة بالنيابة عقب استقالة الرئيس عبد العزيز بوتفليقة في أفريل من العام نفسه.\n"
     "ونفت مصالح الرئاسة ما تداولته بعض المواقع عن لقاء جمع الرئيس تبون بالوزير الأول السابق بعد إنهاء "
     "مهامه.",
     [("SUCCESSOR_OF", GHRIEB, LARBAOUI, "خلفاً للسيد نذير العرباوي", "2025-08-28"),
      ("LEADS", GHRIEB, ALGGOV, "السيد سيفي غريب وزيراً أول"),
      ("LEADS", CHANEGRIHA, ALGARMY, "رئيس أركان الجيش الوطني الشعبي"),
      ("SUCCESSOR_OF", LARBAOUI, BENABDER, "قد خلف أيمن بن عبد الرحمان", "2023-11"),
      ("SUCCESSOR_OF", BENABDER, DJERAD, "بدلاً من عبد العزيز جراد", "2021-06"),
      ("SUCCESSOR_OF", CHANEGRIHA, GAIDSALAH, "إثر وفاة الفريق أحمد ڨايد صالح", "2019-12-23"),
      ("SUCCESSOR_OF", TEBBOUNE, BENSALAH, "خلفاً لعبد القادر بن صالح", "2019-12"),
      ("LEADS", TEBBOUNE, ALGERIA, "وجاء انتخاب تبون رئيساً للجمهورية"),
      ("SUCCESSOR_OF", BENSALAH, BOUTEFLIKA, "عقب استقالة الرئيس عبد العزيز بوتفليقة", "2019-04"),
      ] + _group(_MOURADIA, "2025-09-14"),
     {"source": "blind set (Algerian daily, Arabic)", "published": "2025-09-15"}),

    ("enLK2_saied_zenzri_prime_ministers", "en",
     "Saïed sacks Prime Minister Maddouri, names Sara Zaafrani Zenzri\n"
     "TUNIS – Tunisian President Kais Saïed dismissed Prime Minister Kamel Maddouri late on Thursday and "
     "appointed Sara Zaafrani Zenzri, the minister of equipment and housing, to head the government in his "
     "place, the presidency announced in a statement posted shortly before midnight.\n"
     "Zenzri, an engineer who has served in several governments, was sworn in at Carthage Palace in the "
     "presence of the president, becoming the second woman to hold the post.\n"
     "Only hours earlier, Saïed had received Maddouri and Interior Minister Khaled Nouri at the palace to "
     "discuss the security situation, without any hint of the dismissal.\n"
     "She is the sixth head of government since Saïed came to power in 2019. Maddouri, a former social "
     "affairs minister, had replaced Ahmed Hachani in August 2024, just a year after Hachani took over from "
     "Najla Bouden Romdhane.\n"
     "Bouden, a geology professor, was appointed in September 2021 to succeed Hichem Mechichi, whom Saïed "
     "sacked on July 25 of that year when he suspended parliament. Mechichi had himself replaced Elyes "
     "Fakhfakh, who had taken over from Youssef Chahed in February 2020 and resigned five months later amid "
     "a conflict-of-interest row.\n"
     "Saïed also spoke by phone on Thursday with Algerian President Abdelmadjid Tebboune, the presidency said.",
     [("SUCCESSOR_OF", ZENZRI, MADDOURI, "to head the government in his", "2025-03-20"),
      ("LEADS", ZENZRI, TUNGOV, "to head the government in his"),
      ("LEADS", SAIED, TUNISIA, "Tunisian President Kais Saïed dismissed"),
      ("MET_WITH", SAIED, ZENZRI, "presence of the president, becoming", "2025-03-20"),
      ("SUCCESSOR_OF", MADDOURI, HACHANI, "had replaced Ahmed Hachani", "2024-08"),
      ("SUCCESSOR_OF", HACHANI, BOUDEN, "Hachani took over from", "2023-08"),
      ("SUCCESSOR_OF", BOUDEN, MECHICHI, "to succeed Hichem Mechichi", "2021-09"),
      ("SUCCESSOR_OF", MECHICHI, FAKHFAKH, "Mechichi had himself replaced", "2020-09"),
      ("SUCCESSOR_OF", FAKHFAKH, CHAHED, "who had taken over from Youssef Chahed", "2020-02"),
      ("LEADS", TEBBOUNE, ALGERIA, "Algerian President Abdelmadjid Tebboune"),
      ] + _group(_CARTHAGE25, "2025-03-20"),
     {"source": "blind set (North African English-language site)", "published": "2025-03-21"}),

    ("arLK3_tetteh_haftar_rajma", "ar",
     "تيتيه تلتقي حفتر في الرجمة وتبحث مع حماد العملية السياسية\n"
     "بنغازي - بوابة الوسط: التقت الممثلة الخاصة للأمين العام للأمم المتحدة ورئيسة بعثة الأمم المتحدة "
     "للدعم في ليبيا هانا تيتيه، الأحد، القائد العام المشير خليفة حفتر، بمقر القيادة العامة في الرجمة شرق "
     "بنغازي.\n"
     "وحضر اللقاء رئيس أركان القوات البرية الفريق صدام حفتر، والمدير العام لصندوق التنمية وإعادة إعمار "
     "ليبيا بلقاسم حفتر، وفق بيان للمكتب الإعلامي للقيادة العامة.\n"
     "وتعد الزيارة الأولى للدبلوماسية الغانية إلى شرق البلاد منذ تسلمها مهامها، إذ خلفت الأمريكية ستيفاني "
     "خوري، التي أدارت البعثة بالإنابة عقب استقالة السنغالي عبد الله باثيلي في أبريل 2024.\n"
     "وفي وقت لاحق من اليوم نفسه، اجتمعت تيتيه برئيس الحكومة المكلفة من مجلس النواب أسامة حماد، الذي شدد "
     "على ضرورة توحيد المؤسسات.\n"
     "وكان من المقرر أن تلتقي المبعوثة الأممية رئيس مجلس النواب عقيلة صالح في القبة، غير أن اللقاء أُرجئ إلى "
     "موعد لاحق.\n"
     "في المقابل، نفى المكتب الإعلامي لرئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة ما تداولته مواقع "
     "إيطالية عن لقاء جمعه بصدام حفتر في روما الشهر الماضي.",
     _group(_RAJMA, "2025-02-16") + [
      ("LEADS", TETTEH, UNSMIL, "ورئيسة بعثة الأمم المتحدة للدعم في ليبيا"),
      ("LEADS", HAFTAR, LNA, "القائد العام المشير خليفة حفتر"),
      ("VISITED", TETTEH, RAJMA, "في الرجمة شرق", "2025-02-16"),
      ("VISITED", TETTEH, BENGHAZI, "في الرجمة شرق", "2025-02-16"),
      ("LOCATED_IN", RAJMA, BENGHAZI, "في الرجمة شرق"),
      ("SUCCESSOR_OF", TETTEH, KOURY, "إذ خلفت الأمريكية ستيفاني", "2025-02"),
      ("SUCCESSOR_OF", KOURY, BATHILY, "عقب استقالة السنغالي عبد الله باثيلي", "2024-04"),
      ("MET_WITH", TETTEH, HAMMAD, "اجتمعت تيتيه برئيس الحكومة المكلفة", "2025-02-16"),
      ("LEADS", HAMMAD, GNS, "برئيس الحكومة المكلفة من مجلس النواب أسامة حماد"),
      ("LEADS", SALEH, HOR, "رئيس مجلس النواب عقيلة صالح"),
      ("LEADS", DBEIBAH, GNU, "لرئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة"),
      ],
     {"source": "blind set (Libyan news site, Arabic)", "published": "2025-02-16"}),

    ("enLK4_rashad_haftar_dbeibah", "en",
     "Egypt's new intelligence chief holds talks with Libya's rival leaders\n"
     "CAIRO, Jan 29 (Reuters) - Egypt's intelligence chief Hassan Rashad met eastern Libyan commander Khalifa "
     "Haftar in Benghazi on Monday and Prime Minister Abdul Hamid al-Dbeibah in Tripoli a day later, Egyptian "
     "security sources said, in the first visit by a head of Egypt's General Intelligence Service to both "
     "cities in years.\n"
     "Haftar's son Saddam, chief of staff of the ground forces of Haftar's Libyan National Army (LNA), "
     "attended the Benghazi talks, the LNA said.\n"
     "In Tripoli, Dbeibah received the Egyptian official in the presence of acting Foreign Minister Taher "
     "el-Baour and Walid Ellafi, the minister of state for communication and political affairs, the "
     "government's media office said.\n"
     "Rashad, a career intelligence officer, was appointed in October to replace Abbas Kamel, who had headed "
     "the agency since 2018 and was named an adviser to President Abdel Fattah al-Sisi.\n"
     "Sisi spoke by phone with Haftar last week about border security, his office said.\n"
     "Egypt, which backed Haftar during his 2019-20 offensive on Tripoli, has since reopened its embassy in "
     "the capital and sought to mend ties with Dbeibah's Government of National Unity.",
     [("MET_WITH", RASHAD, HAFTAR, "met eastern Libyan commander Khalifa Haftar", "2025-01-27"),
      ("MET_WITH", RASHAD, DBEIBAH, "Prime Minister Abdul Hamid al-Dbeibah in Tripoli", "2025-01-28"),
      ("LEADS", RASHAD, EGI, "Egypt's intelligence chief Hassan Rashad"),
      ("VISITED", RASHAD, BENGHAZI, "Haftar in Benghazi on Monday", "2025-01-27"),
      ("VISITED", RASHAD, TRIPOLI, "al-Dbeibah in Tripoli a day later", "2025-01-28"),
      ("LEADS", HAFTAR, LNA, "Haftar's Libyan National Army"),
      ("LEADS", BAOUR, LYFM, "acting Foreign Minister Taher el-Baour"),
      ("SUCCESSOR_OF", RASHAD, KAMEL, "was appointed in October to replace Abbas Kamel", "2024-10"),
      ("SUPPORTS", EGYPT, HAFTAR, "which backed Haftar during his"),
      ("ATTACKED", HAFTAR, TRIPOLI, "his 2019-20 offensive on", "2019-04"),
      ("LEADS", DBEIBAH, GNU, "Dbeibah's Government of National Unity"),
      ] + [r for r in _group(_BENGHAZI, "2025-01-27") if {r[1], r[2]} != {RASHAD, HAFTAR}]
     + [r for r in _group(_TRIPOLI, "2025-01-28") if {r[1], r[2]} != {RASHAD, DBEIBAH}],
     {"source": "blind set (international wire, English)", "published": "2025-01-29"}),

    ("arLK5_attaf_saied_carthage", "ar",
     "عطاف يحل بتونس حاملاً رسالة من الرئيس تبون إلى الرئيس سعيّد\n"
     "تونس - استقبل الرئيس التونسي، قيس سعيّد، أمس بقصر قرطاج، وزير الدولة، وزير الشؤون الخارجية والجالية "
     "الوطنية بالخارج والشؤون الإفريقية، أحمد عطاف، الذي سلّمه رسالة خطية من رئيس الجمهورية، السيد عبد "
     "المجيد تبون.\n"
     "وجرى الاستقبال بحضور وزير الشؤون الخارجية والهجرة والتونسيين بالخارج محمد علي النفطي، وسفير الجزائر "
     "لدى تونس عزوز باعلال.\n"
     "وكان رئيس الدبلوماسية الجزائرية قد أجرى، قبل ذلك، محادثات مع نظيره التونسي بمقر الخارجية التونسية، "
     "توسعت لاحقاً لتشمل وفدي البلدين.\n"
     "ويعد هذا أول لقاء بين الوزيرين منذ تعيين النفطي على رأس الخارجية التونسية في فيفري الماضي، خلفاً "
     "لنبيل عمار.\n"
     "كما استقبلت رئيسة الحكومة التونسية، سارة الزعفراني الزنزري، الوزير عطاف بقصر الحكومة بالقصبة، حيث "
     "تناول اللقاء التحضير لاجتماع اللجنة المشتركة الكبرى.\n"
     "وفي سياق متصل، أجرى الرئيس تبون مساء أمس مكالمة هاتفية مع نظيره التونسي، تناولت العلاقات الثنائية "
     "والأوضاع في ليبيا.",
     _group(_CARTHAGE, "2025-04-14") + [
      ("LEADS", SAIED, TUNISIA, "استقبل الرئيس التونسي، قيس سعيّد"),
      ("VISITED", ATTAF, CARTHAGE, "أمس بقصر قرطاج", "2025-04-14"),
      ("VISITED", ATTAF, TUNISIA, "عطاف يحل بتونس", "2025-04-14"),
      ("LEADS", ATTAF, ALGFM, "وزير الشؤون الخارجية والجالية الوطنية بالخارج"),
      ("LEADS", NAFTI, TUNFM, "وجرى الاستقبال بحضور وزير الشؤون الخارجية والهجرة"),
      ("SUCCESSOR_OF", NAFTI, AMMAR, "خلفاً لنبيل عمار", "2025-02"),
      ("MET_WITH", ZENZRI, ATTAF, "كما استقبلت رئيسة الحكومة التونسية", "2025-04-14"),
      ("LEADS", ZENZRI, TUNGOV, "كما استقبلت رئيسة الحكومة التونسية"),
      ],
     {"source": "blind set (Algerian daily, Arabic)", "published": "2025-04-15"}),

    ("enLK6_belaid_verdict", "en",
     "Tunisian court sentences four to death over Chokri Belaid assassination\n"
     "TUNIS – A Tunis court early on Wednesday sentenced four men to death for the 2013 assassination of "
     "leftist opposition leader Chokri Belaid, more than eleven years after a killing that plunged the "
     "country into its deepest crisis since the revolution.\n"
     "Belaid, a lawyer and fierce critic of the then-ruling Ennahda party, was shot dead outside his home in "
     "the El Menzah district on February 6, 2013, by a cell of the jihadist group Ansar al-Sharia, according "
     "to the court's findings.\n"
     "The suspected gunman, Kamel Gadhgadhi, was killed by security forces in a raid in Raoued in February "
     "2014. Boubaker el-Hakim, whom prosecutors named as one of the organisers, died in a U.S. air strike in "
     "Raqqa, Syria, in November 2016, the Pentagon said.\n"
     "Six months after Belaid's death, leftist MP Mohamed Brahmi was gunned down in front of his home in "
     "Ariana; that case is still before the courts.\n"
     "In February, President Kais Saied received Belaid's brother Abdelmajid at Carthage Palace, in the "
     "presence of Justice Minister Leila Jaffel, and pledged that \"the truth will come out\".\n"
     "\"Justice has finally been done,\" said Abdelmajid Belaid outside the court.",
     [("ASSASSINATED_BY", BELAID, ANSAR, "by a cell of the jihadist group Ansar al-Sharia", "2013-02-06"),
      ("ASSASSINATED_BY", GADHGADHI, TUNSEC, "was killed by security forces in a raid", "2014-02"),
      ("ASSASSINATED_BY", ELHAKIM, USA, "died in a U.S. air strike", "2016-11"),
      ("VISITED", ABDELMAJID, CARTHAGE, "Abdelmajid at Carthage Palace", "2024-02"),
      ] + _group(_BELAID, "2024-02"),
     {"source": "blind set (North African English-language site)", "published": "2024-03-27"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLK")
