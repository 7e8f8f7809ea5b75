"""Blind set ML: Syria and the Gulf, 2023-2025 (second folder of MK-ML): Ahmed al-Sharaa's first trips
abroad (Riyadh and Ankara), his meeting with Trump in Riyadh, his reception at the Elysee after Doha,
Asaad al-Shaibani's regional tour of January 2025, Kuwait's new emir and his prime ministers, and the
Kuwaiti emir received by the sultan of Oman, as a Syrian Kurdish agency writes it in English (North
Press-like: "QAMISHLI, Syria (North Press) –"), as a Syrian opposition TV site writes it in Arabic
(Syria TV-like), as a French daily's English edition writes it (Le Monde in English-like: French
transliterations "al-Charaa", "Chaibani"), as a Syrian opposition news site writes it in Arabic (Zaman
al-Wasl-like), as a Kuwaiti English daily writes it (Arab Times-like: "HH the Amir", "Sheikh Meshal") and
as an Omani news site writes it in Arabic (Atheer-like: royal protocol, "حضرة صاحب الجلالة").
Pieces: al-Sharaa with Mohammed bin Salman in Riyadh (al-Shaibani present), with Erdogan in Ankara (Fidan
and Kalin present), al-Sharaa led HTS, Mazloum Abdi leads the SDF (English, ML1); Trump with al-Sharaa
in Riyadh, Mohammed bin Salman, Rubio and al-Shaibani present (Arabic, ML2); Macron receives al-Sharaa
with al-Shaibani, Barrot and Baerbock in Damascus in January, Tamim receives al-Sharaa in Doha, Macron
with Joseph Aoun in Paris (English, ML3); al-Shaibani with Faisal bin Farhan in Riyadh (Abu Qasra and
Khattab present), with the Qatari prime minister in Doha, with Safadi in Amman, with Fidan in Ankara
(Arabic, ML4); Mishal after Nawaf, Mishal with Mohammed bin Salman in Riyadh, Mohammad Sabah al-Salem
after Ahmad Nawaf, Ahmad Abdullah after Mohammad Sabah al-Salem, Sabah Khalid named crown prince
(English, ML5); Sultan Haitham receives Mishal with the two foreign ministers, Haitham after Qaboos,
Mishal after Nawaf (Arabic, ML6).
Excluded on purpose (no relation): al-Sharaa "is expected" in Doha (ML1); Erdogan's part in the Riyadh
meeting "by telephone", al-Shaibani's planned talks with Rubio in Antalya (ML2); the video conference of
March 28 with al-Sharaa (ML3); al-Shaibani "did not meet" Erdogan; his phone call with Fuad Hussein
(ML4); el-Sisi's phone call, the "planned" visit to Washington (ML5); the sultan's phone call with the
Saudi crown prince (ML6).
Judgement calls: a minister who "attended the talks" is paired with both leaders and the other
attendees (ML1, ML2, ML4); "received him" is a meeting; Sabah Khalid "named crown prince" to the post
Mishal held until he became emir is not annotated as a succession (the text does not say he succeeded
him) (ML5); "خلفاً للمغفور له" is a succession (ML6); "was sworn in as Amir after the death of" his
half-brother Nawaf is a succession (ML5); the prime minister "replacing" another succeeds him (ML5).
Filled in for the exercise: Fidan's and Kalin's presence in Ankara (ML1); the meeting's length (ML2);
Abu Qasra's and Khattab's presence at the Riyadh talks, the Fuad Hussein call (ML4); el-Sisi's call
(ML5); the date of Mishal's Muscat visit and the Saudi call (ML6).
Spellings: "Ahmad al-Shara", "Asaad Hassan al-Shibani", "Mazlum Abdi" (ML1); "دونالد ترمب", "ماركو
روبيو" (ML2); "Ahmed al-Charaa", "Assaad al-Chaibani", "Jean-Noël Barrot" (ML3); "مرهف أبو قصرة", "أنس
خطاب", "هاكان فيدان" (ML4); "Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah", "Sheikh Nawaf Al-Ahmad", "Sheikh
Dr. Mohammad Sabah Al-Salem" (ML5); "السلطان هيثم بن طارق", "مشعل الأحمد الجابر الصباح", "عبدالله علي
اليحيا" (ML6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_ml import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, TURKEY, US, KUWAIT, OMAN, FRANCE, QATAR = (
    "country:syria", "country:turkey", "country:united-states", "country:kuwait", "country:oman",
    "country:france", "country:qatar")
RIYADH, ANKARA, PARIS, DOHA, DAMASCUS, AMMAN, MUSCAT = (
    "location:riyadh", "location:ankara", "location:paris", "location:doha", "location:damascus",
    "location:amman", "location:muscat")
HTS, SDF, SYRFM, STATE, TRFM, SAFM, QAFM, JOFM, OMFM, KWFM, KWGOV = (
    "organization:hayat-tahrir-al-sham", "organization:syrian-democratic-forces",
    "organization:syrian-foreign-ministry", "organization:us-state-department",
    "organization:turkish-foreign-ministry", "organization:saudi-foreign-ministry",
    "organization:qatari-foreign-ministry", "organization:jordanian-foreign-ministry",
    "organization:omani-foreign-ministry", "organization:kuwaiti-foreign-ministry",
    "organization:kuwaiti-government")
SHARAA, MBS, SHAIBANI, ERDOGAN, FIDAN, KALIN, ABDI = (
    "person:ahmed-al-sharaa", "person:mohammed-bin-salman", "person:asaad-al-shaibani",
    "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin", "person:mazloum-abdi")
TRUMP, RUBIO, MACRON, BARROT, BAERBOCK, TAMIM, JAOUN = (
    "person:donald-trump", "person:marco-rubio", "person:emmanuel-macron", "person:jean-noel-barrot",
    "person:annalena-baerbock", "person:tamim-bin-hamad-al-thani", "person:joseph-aoun")
FAISAL, ABUQASRA, KHATTAB, MBAR, SAFADI, FHUSSEIN = (
    "person:faisal-bin-farhan", "person:murhaf-abu-qasra", "person:anas-khattab",
    "person:mohammed-bin-abdulrahman-al-thani", "person:ayman-safadi", "person:fuad-hussein")
MISHAL, NAWAF, MSALEM, ANAWAF, AABDULLAH, SABAHKHALID, SISI = (
    "person:mishal-al-ahmad-al-jaber-al-sabah", "person:nawaf-al-ahmad-al-sabah",
    "person:mohammad-sabah-al-salem-al-sabah", "person:ahmad-nawaf-al-ahmad-al-sabah",
    "person:ahmad-abdullah-al-sabah", "person:sabah-khalid-al-hamad-al-sabah", "person:abdel-fattah-el-sisi")
HAITHAM, QABOOS, ALBUSAIDI, YAHYA = (
    "person:haitham-bin-tariq", "person:qaboos-bin-said", "person:badr-albusaidi", "person:abdullah-al-yahya")

NORTHPRESS, SYRIATV, LEMONDE, ZAMAN, ARABTIMES, ATHEER = (
    "blind set (Syrian Kurdish news agency, English, North Press-like)",
    "blind set (Syrian opposition TV site, Arabic, Syria TV-like)",
    "blind set (French daily's English edition, Le Monde in English-like)",
    "blind set (Syrian opposition news site, Arabic, Zaman al-Wasl-like)",
    "blind set (Kuwaiti English daily, Arab Times-like)", "blind set (Omani news site, Arabic, Atheer-like)")


_RIYADH = {SHARAA: "and met Saudi Crown Prince Mohammed bin Salman", MBS: "and met Saudi Crown Prince Mohammed bin Salman",
           SHAIBANI: "who accompanied him, attended the talks"}
_ANKARA = {SHARAA: "where President Recep Tayyip Erdogan received him", ERDOGAN: "where President Recep Tayyip Erdogan received him",
           FIDAN: "Foreign Minister Hakan Fidan", KALIN: "intelligence chief Ibrahim Kalin"}
_TRUMP = {TRUMP: "التقى الرئيس الأميركي دونالد ترمب", SHARAA: "الرئيس السوري أحمد الشرع في العاصمة السعودية",
          MBS: "بحضور ولي العهد السعودي الأمير محمد بن سلمان", RUBIO: "وحضره وزير الخارجية الأميركي ماركو روبيو",
          SHAIBANI: "ووزير الخارجية السوري أسعد الشيباني"}
_ELYSEE = {MACRON: "French President Emmanuel Macron on Wednesday", SHARAA: "received Syria's interim President Ahmed al-Charaa",
           SHAIBANI: "accompanied by his foreign minister, Assaad al-Chaibani"}
_DAMASCUS_JAN = {BARROT: "Jean-Noël Barrot, who had travelled", BAERBOCK: "with Germany's Annalena Baerbock",
                 SHARAA: "to meet the new Syrian leader"}
_RIYADH_JAN = {SHAIBANI: "حين استقبله وزير الخارجية السعودي الأمير فيصل بن فرحان",
               FAISAL: "حين استقبله وزير الخارجية السعودي الأمير فيصل بن فرحان",
               ABUQASRA: "برفقة وزير الدفاع مرهف أبو قصرة", KHATTAB: "ورئيس جهاز الاستخبارات العامة أنس خطاب"}
_ALAM = {HAITHAM: "استقبل حضرة صاحب الجلالة السلطان هيثم بن طارق", MISHAL: "صاحب السمو الشيخ مشعل الأحمد الجابر الصباح",
         ALBUSAIDI: "السيد بدر بن حمد البوسعيدي", YAHYA: "عبدالله علي اليحيا"}

ARTICLES = [
    ("enML1_shara_riyadh_ankara", "en",
     "Syria's al-Shara meets Saudi crown prince, Erdogan on first trips abroad\n"
     "QAMISHLI, Syria (North Press) – Syria's transitional President Ahmad al-Shara arrived in Riyadh on "
     "Sunday on his first trip abroad since taking office, and met Saudi Crown Prince Mohammed bin Salman at "
     "al-Yamamah Palace, Saudi state media reported.\n"
     "Foreign Minister Asaad Hassan al-Shibani, who accompanied him, attended the talks.\n"
     "On Tuesday al-Shara flew to Ankara, where President Recep Tayyip Erdogan received him at the "
     "presidential complex. Foreign Minister Hakan Fidan and intelligence chief Ibrahim Kalin were also "
     "present, Turkish officials said.\n"
     "Erdogan told a joint news conference that Turkey would not allow \"terrorist organisations\" to remain "
     "in northeast Syria, a reference to the Syrian Democratic Forces (SDF).\n"
     "The SDF commander-in-chief, Mazlum Abdi, said negotiations with Damascus on integrating the force into "
     "the new army were continuing.\n"
     "Al-Shara, who led Hayat Tahrir al-Sham (HTS) until the group was dissolved last week, is expected to "
     "visit Doha later this month.",
     met_group(_RIYADH, "2025-02-02") + met_group(_ANKARA, "2025-02-04") + [
      ("VISITED", SHARAA, RIYADH, "arrived in Riyadh on Sunday", "2025-02-02"),
      ("LEADS", SHARAA, SYRIA, "Syria's transitional President Ahmad al-Shara arrived"),
      ("LEADS", SHAIBANI, SYRFM, "Foreign Minister Asaad Hassan al-Shibani"),
      ("VISITED", SHARAA, ANKARA, "On Tuesday al-Shara flew to Ankara", "2025-02-04"),
      ("LEADS", ERDOGAN, TURKEY, "where President Recep Tayyip Erdogan received him"),
      ("LEADS", FIDAN, TRFM, "Foreign Minister Hakan Fidan"),
      ("LEADS", ABDI, SDF, "The SDF commander-in-chief, Mazlum Abdi"),
      ("LEADS", SHARAA, HTS, "who led Hayat Tahrir al-Sham"),
      ],
     {"source": NORTHPRESS, "published": "2025-02-04"}),

    ("arML2_trump_sharaa_riyadh", "ar",
     "في أول لقاء منذ 25 عاماً.. ترمب يلتقي الشرع في الرياض\n"
     "التقى الرئيس الأميركي دونالد ترمب، صباح اليوم الأربعاء، الرئيس السوري أحمد الشرع في العاصمة السعودية "
     "الرياض، بحضور ولي العهد السعودي الأمير محمد بن سلمان، في حين شارك الرئيس التركي رجب طيب أردوغان في "
     "الاجتماع عبر الهاتف.\n"
     "واستمر اللقاء أكثر من نصف ساعة، وحضره وزير الخارجية الأميركي ماركو روبيو ووزير الخارجية السوري أسعد "
     "الشيباني، وفق ما نقل مراسل تلفزيون سوريا.\n"
     "وقال ترمب للصحفيين على متن الطائرة الرئاسية إن الشرع «شاب جذاب وقوي وله ماضٍ قوي»، وذلك بعد يوم من "
     "إعلانه رفع العقوبات المفروضة على سوريا.\n"
     "ومن المقرر أن يجتمع الشيباني بنظيره الأميركي في مدينة أنطاليا التركية على هامش اجتماع وزراء خارجية حلف "
     "الناتو.\n"
     "ووصفت الرئاسة السورية اللقاء بأنه «تاريخي»، فيما خرج سوريون إلى الساحات في دمشق وحلب احتفالاً برفع "
     "العقوبات.",
     met_group(_TRUMP, "2025-05-14") + [
      ("VISITED", TRUMP, RIYADH, "في العاصمة السعودية", "2025-05-14"),
      ("VISITED", SHARAA, RIYADH, "الرئيس السوري أحمد الشرع في العاصمة السعودية", "2025-05-14"),
      ("LEADS", TRUMP, US, "التقى الرئيس الأميركي دونالد ترمب"),
      ("LEADS", SHARAA, SYRIA, "الرئيس السوري أحمد الشرع في العاصمة السعودية"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب أردوغان"),
      ("LEADS", RUBIO, STATE, "وحضره وزير الخارجية الأميركي ماركو روبيو"),
      ("LEADS", SHAIBANI, SYRFM, "ووزير الخارجية السوري أسعد الشيباني"),
      ],
     {"source": SYRIATV, "published": "2025-05-14"}),

    ("enML3_macron_receives_charaa", "en",
     "Emmanuel Macron receives Ahmed al-Charaa, a first in Europe for Syria's new leader\n"
     "French President Emmanuel Macron on Wednesday received Syria's interim President Ahmed al-Charaa at the "
     "Elysée Palace, the Syrian leader's first visit to Europe since the fall of Bashar al-Assad in "
     "December. Al-Charaa was accompanied by his foreign minister, Assaad al-Chaibani.\n"
     "The invitation had been prepared by France's foreign minister, Jean-Noël Barrot, who had travelled to "
     "Damascus on January 3 with Germany's Annalena Baerbock to meet the new Syrian leader.\n"
     "In April, al-Charaa had been received in Doha by Qatar's Emir, Sheikh Tamim bin Hamad Al Thani, whose "
     "country has paid part of Syria's public sector wages.\n"
     "Paris had tested the ground on March 28, when Macron held a video conference with al-Charaa and the "
     "leaders of Cyprus and Greece. Lebanese President Joseph Aoun, whom Macron was hosting in Paris that day, "
     "took part from the Elysée.\n"
     "The visit drew criticism from the far right, which accused the president of rolling out the red carpet "
     "for a former jihadist.",
     met_group(_ELYSEE, "2025-05-07") + met_group(_DAMASCUS_JAN, "2025-01-03") + [
      ("VISITED", SHARAA, PARIS, "at the Elysée Palace, the Syrian leader's first visit", "2025-05-07"),
      ("LEADS", MACRON, FRANCE, "French President Emmanuel Macron on Wednesday"),
      ("LEADS", SHARAA, SYRIA, "received Syria's interim President Ahmed al-Charaa"),
      ("LEADS", SHAIBANI, SYRFM, "accompanied by his foreign minister, Assaad al-Chaibani"),
      ("VISITED", BARROT, DAMASCUS, "Jean-Noël Barrot, who had travelled", "2025-01-03"),
      ("VISITED", BAERBOCK, DAMASCUS, "with Germany's Annalena Baerbock", "2025-01-03"),
      ("MET_WITH", SHARAA, TAMIM, "had been received in Doha by Qatar's Emir", "2025-04-15"),
      ("VISITED", SHARAA, DOHA, "had been received in Doha by Qatar's Emir", "2025-04-15"),
      ("LEADS", TAMIM, QATAR, "Sheikh Tamim bin Hamad Al Thani, whose"),
      ("MET_WITH", MACRON, JAOUN, "whom Macron was hosting in Paris that day", "2025-03-28"),
      ("VISITED", JAOUN, PARIS, "whom Macron was hosting in Paris that day", "2025-03-28"),
      ],
     {"source": LEMONDE, "published": "2025-05-08"}),

    ("arML4_shaibani_regional_tour", "ar",
     "الشيباني يختتم جولته الإقليمية من أنقرة\n"
     "زمان الوصل\n"
     "اختتم وزير الخارجية في الحكومة السورية الانتقالية أسعد حسن الشيباني، الأربعاء، جولة إقليمية بزيارة "
     "العاصمة التركية أنقرة، حيث عقد مباحثات مع نظيره التركي هاكان فيدان تلاها مؤتمر صحفي مشترك. ولم يلتقِ "
     "الشيباني الرئيس رجب طيب أردوغان خلال الزيارة.\n"
     "وكانت الجولة قد انطلقت من الرياض مطلع الشهر الجاري، حين استقبله وزير الخارجية السعودي الأمير فيصل بن فرحان، "
     "برفقة وزير الدفاع مرهف أبو قصرة ورئيس جهاز الاستخبارات العامة أنس خطاب.\n"
     "ثم حطّ الشيباني في الدوحة، والتقى رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل "
     "ثاني، قبل أن ينتقل إلى عمّان، حيث اجتمع بنائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي.\n"
     "كما أجرى الشيباني اتصالاً هاتفياً مع وزير الخارجية العراقي فؤاد حسين، تناول أمن الحدود.\n"
     "وهذه أول جولة خارجية لمسؤولين في الإدارة الجديدة منذ سقوط نظام الأسد في الثامن من كانون الأول.",
     met_group(_RIYADH_JAN, "2025-01-02") + [
      ("LEADS", SHAIBANI, SYRFM, "اختتم وزير الخارجية في الحكومة السورية الانتقالية"),
      ("VISITED", SHAIBANI, ANKARA, "العاصمة التركية أنقرة", "2025-01-15"),
      ("MET_WITH", SHAIBANI, FIDAN, "حيث عقد مباحثات مع نظيره التركي هاكان فيدان", "2025-01-15"),
      ("LEADS", FIDAN, TRFM, "حيث عقد مباحثات مع نظيره التركي هاكان فيدان"),
      ("VISITED", SHAIBANI, RIYADH, "وكانت الجولة قد انطلقت من الرياض", "2025-01-01"),
      ("LEADS", FAISAL, SAFM, "وزير الخارجية السعودي الأمير فيصل بن فرحان"),
      ("VISITED", SHAIBANI, DOHA, "ثم حطّ الشيباني في الدوحة", "2025-01-05"),
      ("MET_WITH", SHAIBANI, MBAR, "والتقى رئيس مجلس الوزراء وزير الخارجية القطري", "2025-01-05"),
      ("LEADS", MBAR, QAFM, "والتقى رئيس مجلس الوزراء وزير الخارجية القطري"),
      ("VISITED", SHAIBANI, AMMAN, "قبل أن ينتقل إلى عمّان", "2025-01-07"),
      ("MET_WITH", SHAIBANI, SAFADI, "حيث اجتمع بنائب رئيس الوزراء وزير الخارجية الأردني", "2025-01-07"),
      ("LEADS", SAFADI, JOFM, "حيث اجتمع بنائب رئيس الوزراء وزير الخارجية الأردني"),
      ],
     {"source": ZAMAN, "published": "2025-01-15"}),

    ("enML5_amir_meshal_first_year", "en",
     "A year of HH the Amir Sheikh Meshal: new faces, a suspended Assembly\n"
     "KUWAIT CITY, Dec 20: A year ago today, His Highness Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah was sworn "
     "in as the Amir of Kuwait after the death of his half-brother, the late Amir Sheikh Nawaf Al-Ahmad, on "
     "December 16, 2023.\n"
     "Within weeks, HH the Amir appointed Sheikh Dr. Mohammad Sabah Al-Salem as Prime Minister, replacing "
     "Sheikh Ahmad Nawaf Al-Ahmad, the late Amir's son. His first trip abroad took him to Riyadh at the end of "
     "January, where he held talks with Saudi Crown Prince and Prime Minister Mohammed bin Salman.\n"
     "In April, Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah was named Prime Minister in place of Sheikh Dr. "
     "Mohammad Sabah Al-Salem, who had declined to form a new cabinet. Weeks later, HH the Amir suspended the "
     "National Assembly for up to four years, and in June he named Sheikh Sabah Khalid Al-Hamad Al-Sabah as "
     "Crown Prince.\n"
     "HH the Amir received a phone call on Thursday from Egyptian President Abdel Fattah El-Sisi, who "
     "congratulated him on the anniversary. A visit to Washington is planned for next year, diplomats say.",
     [("SUCCESSOR_OF", MISHAL, NAWAF, "was sworn in as the Amir of Kuwait after the death", "2023-12-20"),
      ("LEADS", MISHAL, KUWAIT, "was sworn in as the Amir of Kuwait after the death"),
      ("SUCCESSOR_OF", MSALEM, ANAWAF, "replacing Sheikh Ahmad Nawaf Al-Ahmad", "2024-01"),
      ("MET_WITH", MISHAL, MBS, "where he held talks with Saudi Crown Prince", "2024-01-30"),
      ("VISITED", MISHAL, RIYADH, "His first trip abroad took him to Riyadh", "2024-01-30"),
      ("SUCCESSOR_OF", AABDULLAH, MSALEM, "was named Prime Minister in place of", "2024-04"),
      ("LEADS", AABDULLAH, KWGOV, "was named Prime Minister in place of"),
      ("LEADS", SISI, "country:egypt", "Egyptian President Abdel Fattah El-Sisi"),
      ],
     {"source": ARABTIMES, "published": "2024-12-20"}),

    ("arML6_sultan_receives_kuwait_emir", "ar",
     "جلالة السلطان يستقبل أمير الكويت في قصر العلم العامر\n"
     "أثير - مسقط\n"
     "استقبل حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم، اليوم، في قصر العلم العامر، أخاه صاحب السمو الشيخ "
     "مشعل الأحمد الجابر الصباح أمير دولة الكويت الشقيقة، الذي يقوم بزيارة دولة إلى سلطنة عُمان.\n"
     "وجرى خلال المقابلة تبادل الأحاديث الودية والتأكيد على متانة العلاقات الأخوية، وحضرها من الجانب العُماني "
     "معالي السيد بدر بن حمد البوسعيدي وزير الخارجية، ومن الجانب الكويتي معالي عبدالله علي اليحيا وزير "
     "الخارجية.\n"
     "وهذه أول زيارة لسموه إلى السلطنة منذ توليه مقاليد الحكم في ديسمبر 2023 خلفاً للمغفور له بإذن الله "
     "تعالى الشيخ نواف الأحمد الجابر الصباح.\n"
     "يُذكر أن جلالة السلطان تولى الحكم في يناير 2020 خلفاً للسلطان قابوس بن سعيد، طيب الله ثراه.\n"
     "وكان جلالته قد تلقى أمس اتصالاً هاتفياً من صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس "
     "مجلس الوزراء بالمملكة العربية السعودية.",
     met_group(_ALAM, "2024-02") + [
      ("VISITED", MISHAL, MUSCAT, "الذي يقوم بزيارة دولة إلى سلطنة عُمان", "2024-02"),
      ("LEADS", HAITHAM, OMAN, "استقبل حضرة صاحب الجلالة السلطان هيثم بن طارق"),
      ("LEADS", MISHAL, KUWAIT, "أمير دولة الكويت الشقيقة"),
      ("LEADS", ALBUSAIDI, OMFM, "السيد بدر بن حمد البوسعيدي"),
      ("LEADS", YAHYA, KWFM, "عبدالله علي اليحيا"),
      ("SUCCESSOR_OF", MISHAL, NAWAF, "خلفاً للمغفور له", "2023-12-20"),
      ("SUCCESSOR_OF", HAITHAM, QABOOS, "خلفاً للسلطان قابوس بن سعيد", "2020-01-11"),
      ],
     {"source": ATHEER, "published": "2024-02-05"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setML")
