"""Blind set MR: Syria after Assad, December 2024-2025 (second folder of MQ-MR): al-Sharaa at the Elysée
(May 2025) and the French and German ministers' January trip to Damascus, Tom Barrack's first months as
US envoy (Istanbul, Damascus, the Paris meeting of al-Shaibani and Dermer), a profile of al-Shaibani's
travels, the hunt for the old regime's officers (Shujaa al-Ali killed, Kanjo Hassan arrested, a denied
killing), al-Sharaa in the Kremlin (October 2025) and at the White House (November 2025), as a French
daily's English edition writes it (Le Monde in English-like: "Ahmed Al-Charaa", "the Elysée"), as a
Saudi-owned news channel's site writes it in Arabic (Asharq-like: "ترمب", "براك"), as a think-tank
profile writes it (Carnegie Diwan-like, no dateline, "Asaad Hassan al-Shibani"), as a Syrian
opposition news site writes it in Arabic (Zaman al-Wasl-like: "زمان الوصل - خاص", "فلول النظام"), as a
Russian state agency writes it in English (TASS-like: "MOSCOW, October 15. /TASS/.") and as a US-funded
Arabic channel writes it (Alhurra-like: "واشنطن - الحرة", "ترامب").
Pieces: Macron receives Al-Charaa and Al-Chaibani; Barrot and Baerbock met Al-Charaa in Damascus,
Wadephul after Baerbock (English, MR1); Barrack meets al-Sharaa in Istanbul with al-Shaibani present, then in Damascus; Barrack
brings al-Shaibani and Dermer together in Paris (Arabic, MR2); al-Shibani's meetings with Faisal bin
Farhan in Riyadh, Fidan in Ankara (with Abu Qasra and Khattab), al-Shibani in place of Sabbagh,, Lavrov in Moscow, Safadi and Barrack in
Amman (English, MR3); Shujaa al-Ali killed by the General Security, Kanjo Hassan arrested, the Tartus
ambush (Arabic, MR4); Putin and Lavrov with al-Sharaa and al-Shaibani in the Kremlin, Novak received by
al-Sharaa in Damascus (English, MR5); Trump receives al-Sharaa with Rubio, al-Shaibani and Fidan at part
of the talks, their Riyadh meeting in the presence of the Saudi crown prince (Arabic, MR6).
Excluded on purpose (no relation): Macron's phone calls with Al-Charaa, Mazloum Abdi, who "was not part
of the talks" (MR1); Barrot, who "did not take part" in the Paris meeting although it was held in his
capital; the next round only "expected"; the Israeli strikes on the General Staff building (no person)
(MR2); Araghchi, whom al-Shibani "has not met" (MR3); the 14
interior ministry men killed by "remnants of the regime" (no entity), the colonel found shot with no
known killer, Suhail al-Hassan's reported killing, denied (MR4); Assad's extradition (not discussed),
the postponed Russia-Arab summit (MR5); the reported three-way meeting with Mazloum Abdi and Barrack that
did not take place (MR6).
Judgement calls: as in MQ, members of one delegation are not paired with each other, each is paired with
each member of the other side (MR1, MR5, MR6) and the two ministers who travelled together to Damascus
are not paired with each other (MR1); "brought together" by an envoy pairs the envoy with both (MR2);
"hosted him" is a meeting (MR3); "killed in a clash with the General Security forces" gives
organization:syrian-general-security (MR4); "in the presence of the Saudi crown prince" pairs the
prince with both leaders (MR6); "received by" is a meeting (MR5). Filled in for the exercise: the phone
calls' wording (MR1); Barrot's absence and the expected next round (MR2); the colonel, the denial about
Suhail al-Hassan (MR4); the Russian participants (MR5); the reported three-way meeting (MR6).
Spellings: "Ahmed Al-Charaa", "Assaad Al-Chaibani" (MR1); "توماس براك", "ترمب" (MR2); "Asaad Hassan
al-Shibani", "Zaid al-Attar", "Thomas Barrack" (MR3); "شجاع العلي", "محمد كنجو حسن" (MR4); "Sergey
Lavrov", "Alexander Novak" (MR5); "ترامب", "أسعد الشيباني" (MR6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_mr import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, FRANCE, US, RUSSIA = "country:syria", "country:france", "country:united-states", "country:russia"
PARIS, DAMASCUS, ISTANBUL, RIYADH, ANKARA, MOSCOW, AMMAN, WASHINGTON = (
    "location:paris", "location:damascus", "location:istanbul", "location:riyadh", "location:ankara",
    "location:moscow", "location:amman", "location:washington")
SYRFM, SYRDEF, SYRGI, SYRINT, SYRGS, FRFM, DEFM, SAFM, TRFM, RUFM, JOFM, IRFM, SDF, STATE, HTS, DIV25 = (
    "organization:syrian-foreign-ministry", "organization:syrian-defense-ministry",
    "organization:syrian-general-intelligence", "organization:syrian-interior-ministry",
    "organization:syrian-general-security", "organization:french-foreign-ministry",
    "organization:german-foreign-ministry", "organization:saudi-foreign-ministry",
    "organization:turkish-foreign-ministry", "organization:russian-foreign-ministry",
    "organization:jordanian-foreign-ministry", "organization:iranian-foreign-ministry",
    "organization:syrian-democratic-forces", "organization:us-state-department",
    "organization:hayat-tahrir-al-sham", "organization:25th-division")
SHARAA, SHAIBANI, MACRON, BARROT, BAERBOCK, ABDI = (
    "person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:emmanuel-macron", "person:jean-noel-barrot",
    "person:annalena-baerbock", "person:mazloum-abdi")
BARRACK, TRUMP, DERMER = "person:tom-barrack", "person:donald-trump", "person:ron-dermer"
FBF, FIDAN, ABUQASRA, KHATTAB, LAVROV, SAFADI, ARAGHCHI = (
    "person:faisal-bin-farhan", "person:hakan-fidan", "person:murhaf-abu-qasra", "person:anas-khattab",
    "person:sergei-lavrov", "person:ayman-safadi", "person:abbas-araghchi")
SHUJAA, KANJO, SUHAIL = "person:shujaa-al-ali", "person:mohammed-kanjo-hassan", "person:suhail-al-hassan"
PUTIN, NOVAK, PESKOV, ASSAD = ("person:vladimir-putin", "person:alexander-novak", "person:dmitry-peskov",
                               "person:bashar-al-assad")
RUBIO, MBS = "person:marco-rubio", "person:mohammed-bin-salman"
WADEPHUL, SABBAGH = "person:johann-wadephul", "person:bassam-al-sabbagh"

LEMONDE = "blind set (French daily, English edition, Le Monde in English-like)"
ASHARQ = "blind set (Saudi-owned news channel site, Arabic, Asharq-like)"
DIWAN = "blind set (think-tank profile, English, Carnegie Diwan-like)"
ZAMAN = "blind set (Syrian opposition news site, Arabic, Zaman al-Wasl-like)"
TASS = "blind set (Russian state news agency, English, TASS-like)"
HURRA = "blind set (US-funded Arabic channel site, Arabic, Alhurra-like)"

_ISTANBUL = [(SHARAA, BARRACK, "السفير الأميركي لدى تركيا توماس براك"),
             (SHAIBANI, BARRACK, "وذلك بحضور وزير الخارجية أسعد الشيباني")]
_KREMLIN = [(PUTIN, SHARAA, "has held talks with Syria's Transitional President"),
            (PUTIN, SHAIBANI, "The Syrian delegation included Foreign Minister"),
            (LAVROV, SHARAA, "Foreign Minister Sergey Lavrov"),
            (LAVROV, SHAIBANI, "took part on the Russian side")]
_OVAL = [(TRUMP, SHARAA, "الرئيس السوري أحمد الشرع في البيت الأبيض"),
         (TRUMP, SHAIBANI, "والسوري أسعد الشيباني"),
         (TRUMP, FIDAN, "وزير الخارجية التركي هاكان فيدان"),
         (RUBIO, SHARAA, "إلى جانب نظيريه الأميركي ماركو روبيو"),
         (RUBIO, SHAIBANI, "بحسب صور نشرتها الرئاسة السورية"),
         (RUBIO, FIDAN, "وانضم إلى جزء من المحادثات"),
         (FIDAN, SHARAA, "ودخل الشرع إلى المكتب البيضاوي"),
         (FIDAN, SHAIBANI, "إلى جانب نظيريه")]


def _pairs(pairs: list, date: str) -> list:
    """MET_WITH for listed cross-delegation pairs (a, b, needle)."""
    return [("MET_WITH", a, b, needle, date) for a, b, needle in pairs]


ARTICLES = [
    ("enMR1_macron_receives_charaa_elysee", "en",
     "Emmanuel Macron receives Syria's Ahmed Al-Charaa at the Elysée, his first visit to Europe\n"
     "The French president hosted the Syrian interim leader in Paris on Wednesday, May 7, defending the "
     "invitation against criticism from the right and the far right.\n"
     "Emmanuel Macron received Syrian President Ahmed Al-Charaa at the Elysée Palace on Wednesday, for the "
     "former jihadist's first trip to a European country since the fall of Bashar al-Assad five months ago. "
     "Al-Charaa, who arrived with his foreign minister, Assaad Al-Chaibani, was greeted in the courtyard by the "
     "head of state before talks that lasted more than two hours.\n"
     "At a joint press conference, Macron urged his guest to protect \"all Syrians without exception,\" citing "
     "the massacres of Alawites on the coast in March, and said he would push for a gradual lifting of European "
     "sanctions.\n"
     "France was among the first Western countries to reach out to the new authorities: Foreign Minister "
     "Jean-Noël Barrot travelled to Damascus on January 3 with his German counterpart, Annalena Baerbock, to meet "
     "Al-Charaa. Baerbock handed over the German Foreign Office to Johann Wadephul on Tuesday. The two "
     "presidents have since spoken several times by telephone, most recently in February.\n"
     "The visit drew criticism from Marine Le Pen's Rassemblement National. Mazloum Abdi, the commander of the "
     "Kurdish-led Syrian Democratic Forces, whom Macron had received in the past, was not part of the talks.",
     [("MET_WITH", MACRON, SHARAA, "Emmanuel Macron received Syrian President", "2025-05-07"),
      ("MET_WITH", MACRON, SHAIBANI, "who arrived with his foreign minister", "2025-05-07"),
      ("MET_WITH", BARROT, SHARAA, "travelled to Damascus on January 3", "2025-01-03"),
      ("MET_WITH", BAERBOCK, SHARAA, "his German counterpart, Annalena Baerbock", "2025-01-03"),
      ("VISITED", SHARAA, PARIS, "hosted the Syrian interim leader in Paris", "2025-05-07"),
      ("VISITED", SHAIBANI, PARIS, "Assaad Al-Chaibani, was greeted", "2025-05-07"),
      ("VISITED", BARROT, DAMASCUS, "Jean-Noël Barrot travelled to Damascus", "2025-01-03"),
      ("VISITED", BAERBOCK, DAMASCUS, "Annalena Baerbock, to meet", "2025-01-03"),
      ("LEADS", SHARAA, SYRIA, "received Syrian President Ahmed"),
      ("LEADS", SHAIBANI, SYRFM, "his foreign minister, Assaad"),
      ("LEADS", BARROT, FRFM, "Foreign Minister Jean-Noël Barrot"),
      ("LEADS", BAERBOCK, DEFM, "his German counterpart"),
      ("SUCCESSOR_OF", WADEPHUL, BAERBOCK, "handed over the German Foreign Office to Johann Wadephul", "2025-05-06"),
      ("LEADS", WADEPHUL, DEFM, "Office to Johann Wadephul on Tuesday"),
      ("LEADS", ABDI, SDF, "the commander of the Kurdish-led Syrian Democratic Forces"),
      ("LEADS", MACRON, FRANCE, "The French president hosted"),
      ],
     {"source": LEMONDE, "published": "2025-05-07"}),

    ("arMR2_barrack_envoy_istanbul_paris", "ar",
     "براك.. سفير ترمب في أنقرة ورجله في الملف السوري\n"
     "دبي - الشرق: منذ تعيينه مبعوثاً خاصاً للرئيس الأميركي دونالد ترمب إلى سوريا في 23 مايو، تحوّل توماس "
     "براك إلى أبرز وجوه السياسة الأميركية في دمشق.\n"
     "وفي اليوم التالي لتعيينه، التقى الرئيس السوري أحمد الشرع في إسطنبول السفير الأميركي لدى تركيا توماس براك، "
     "وذلك بحضور وزير الخارجية أسعد الشيباني، وتناول اللقاء رفع العقوبات ودعم الاستقرار.\n"
     "وبعد أقل من أسبوع، وصل المبعوث الأميركي إلى دمشق، حيث رفع العلم الأميركي على مقر إقامة السفير للمرة الأولى "
     "منذ إغلاق السفارة عام 2012، واجتمع مجدداً بالشرع في قصر الشعب.\n"
     "وفي 24 يوليو، جمع براك في باريس وزير الخارجية السوري ووزير الشؤون الاستراتيجية الإسرائيلي رون ديرمر، في "
     "لقاء هو الأعلى مستوى بين البلدين منذ عقود، بحث خلاله الطرفان خفض التصعيد في الجنوب السوري.\n"
     "وجاء اللقاء بعد أسبوع من غارات إسرائيلية استهدفت مبنى هيئة الأركان العامة ومحيط القصر الرئاسي في دمشق، "
     "إثر اشتباكات دامية في محافظة السويداء.\n"
     "ولم يشارك وزير الخارجية الفرنسي جان نويل بارو في الاجتماع، رغم انعقاده في العاصمة الفرنسية.\n"
     "ومن المتوقع أن تُعقد جولة جديدة بين الجانبين خلال الأسابيع المقبلة، بحسب مصادر دبلوماسية لم تؤكدها دمشق.",
     _pairs(_ISTANBUL, "2025-05-24") + [
      ("MET_WITH", SHAIBANI, DERMER, "ووزير الشؤون الاستراتيجية الإسرائيلي رون ديرمر", "2025-07-24"),
      ("MET_WITH", BARRACK, DERMER, "جمع براك في باريس", "2025-07-24"),
      ("VISITED", SHARAA, ISTANBUL, "في إسطنبول السفير", "2025-05-24"),
      ("VISITED", BARRACK, DAMASCUS, "وصل المبعوث الأميركي إلى دمشق", "2025-05-29"),
      ("VISITED", SHAIBANI, PARIS, "وزير الخارجية السوري ووزير", "2025-07-24"),
      ("VISITED", DERMER, PARIS, "لقاء هو الأعلى مستوى", "2025-07-24"),
      ("LEADS", TRUMP, US, "للرئيس الأميركي دونالد ترمب"),
      ("LEADS", SHARAA, SYRIA, "التقى الرئيس السوري"),
      ("LEADS", SHAIBANI, SYRFM, "وزير الخارجية أسعد الشيباني"),
      ("LEADS", BARROT, FRFM, "وزير الخارجية الفرنسي جان نويل بارو"),
      ],
     {"source": ASHARQ, "published": "2025-07-26"}),

    ("enMR3_profile_shibani_travels", "en",
     "Profile: Asaad Hassan al-Shibani, Syria's travelling foreign minister\n"
     "Few members of Syria's new leadership have travelled as much as Asaad Hassan al-Shibani. Born in 1987 and "
     "a graduate in English literature from Damascus University, he has been close to Ahmed al-Sharaa since the "
     "early years of the war, when he went by the alias Zaid al-Attar and ran the political affairs department "
     "of the Salvation Government in Idlib.\n"
     "Named foreign minister on December 21, 2024, in place of Assad's Bassam al-Sabbagh, he made his first "
     "trip abroad to Riyadh at the start of "
     "January, where Prince Faisal bin Farhan received him. In mid-January he was in Ankara for talks with Hakan "
     "Fidan, together with Defence Minister Murhaf Abu Qasra and intelligence chief Anas Khattab.\n"
     "In April he addressed the UN Security Council for the first time. On July 31, Sergei Lavrov hosted him in "
     "Moscow, the first visit to Russia by a minister of the new government; Bashar al-Assad has lived in exile "
     "there since December. Two weeks later, al-Shibani sat down in Amman with Jordan's Ayman Safadi and the US "
     "envoy Thomas Barrack to discuss the crisis in Sweida.\n"
     "He has not met Iran's foreign minister, Abbas Araghchi, and Damascus has kept Tehran at arm's length.",
     [("MET_WITH", SHAIBANI, FBF, "where Prince Faisal bin Farhan received him", "2025-01"),
      ("MET_WITH", SHAIBANI, FIDAN, "he was in Ankara for talks with Hakan", "2025-01-15"),
      ("MET_WITH", ABUQASRA, FIDAN, "together with Defence Minister Murhaf Abu Qasra", "2025-01-15"),
      ("MET_WITH", KHATTAB, FIDAN, "intelligence chief Anas Khattab", "2025-01-15"),
      ("MET_WITH", SHAIBANI, LAVROV, "Sergei Lavrov hosted him in", "2025-07-31"),
      ("MET_WITH", SHAIBANI, SAFADI, "with Jordan's Ayman Safadi", "2025-08-12"),
      ("MET_WITH", SHAIBANI, BARRACK, "envoy Thomas Barrack to discuss", "2025-08-12"),
      ("MET_WITH", SAFADI, BARRACK, "sat down in Amman", "2025-08-12"),
      ("VISITED", SHAIBANI, RIYADH, "his first trip abroad to Riyadh", "2025-01"),
      ("VISITED", SHAIBANI, ANKARA, "In mid-January he was in Ankara", "2025-01-15"),
      ("VISITED", SHAIBANI, MOSCOW, "the first visit to Russia by a minister", "2025-07-31"),
      ("VISITED", SHAIBANI, AMMAN, "al-Shibani sat down in Amman", "2025-08-12"),
      ("LEADS", SHAIBANI, SYRFM, "Named foreign minister on December 21"),
      ("SUCCESSOR_OF", SHAIBANI, SABBAGH, "in place of Assad's Bassam al-Sabbagh", "2024-12-21"),
      ("LEADS", ABUQASRA, SYRDEF, "Defence Minister Murhaf"),
      ("LEADS", KHATTAB, SYRGI, "and intelligence chief"),
      ("LEADS", ARAGHCHI, IRFM, "Iran's foreign minister, Abbas Araghchi"),
      ],
     {"source": DIWAN, "published": "2025-09-01"}),

    ("arMR4_shujaa_killed_kanjo_arrested", "ar",
     "مقتل شجاع العلي واعتقال كنجو حسن.. حصاد أسبوع من ملاحقة ضباط الأسد\n"
     "زمان الوصل - خاص: قُتل شجاع العلي، أحد أبرز قادة الميليشيات الموالية لنظام الأسد في ريف حمص والمتهم "
     "بالمشاركة في مجزرة الحولة، في اشتباك مع قوات إدارة الأمن العام في قرية بلقسة، بحسب ما أعلنته الإدارة "
     "أمس الخميس.\n"
     "وجاء ذلك بعد يوم على كمين نصبه مسلحون من فلول النظام في ريف طرطوس، أودى بحياة 14 عنصراً من وزارة الداخلية "
     "خلال محاولتهم اعتقال محمد كنجو حسن، مدير إدارة القضاء العسكري ورئيس المحكمة الميدانية سابقاً، قبل أن "
     "تعلن الوزارة القبض عليه في عملية ثانية.\n"
     "وفي حماة، عُثر على جثة ضابط برتبة عقيد في جيش النظام السابق مقتولاً بالرصاص على أطراف المدينة، ولم تُعرف "
     "الجهة التي تقف وراء قتله.\n"
     "في المقابل، نفى مصدر أمني لـ\"زمان الوصل\" ما تداولته حسابات موالية على مواقع التواصل عن مقتل العميد سهيل "
     "الحسن، قائد \"الفرقة 25 مهام خاصة\" في جيش الأسد، مؤكداً أن مكانه لا يزال مجهولاً.\n"
     "ويقول ناشطون إن عشرات الضباط المتورطين في جرائم الحرب فرّوا إلى الساحل أو إلى لبنان منذ الثامن من كانون "
     "الأول.",
     [("ASSASSINATED_BY", SHUJAA, SYRGS, "في اشتباك مع قوات إدارة الأمن العام", "2024-12-26"),
      ("LEADS", SUHAIL, DIV25, "قائد \"الفرقة 25 مهام خاصة\""),
      ],
     {"source": ZAMAN, "published": "2024-12-27"}),

    ("enMR5_putin_sharaa_kremlin", "en",
     "Putin, Syria's transitional president hold talks in Kremlin\n"
     "MOSCOW, October 15. /TASS/. Russian President Vladimir Putin has held talks with Syria's Transitional "
     "President Ahmed al-Sharaa in the Kremlin, the Syrian leader's first visit to Russia since he came to power.\n"
     "\"We have been developing special relations with Syria for decades,\" the Russian leader said at the start of "
     "the meeting. The Syrian delegation included Foreign Minister Asaad al-Shaibani. Foreign Minister Sergey "
     "Lavrov took part on the Russian side.\n"
     "Al-Sharaa said Damascus intended to respect all agreements signed with Moscow in the past.\n"
     "Deputy Prime Minister Alexander Novak, who co-chairs the intergovernmental commission, led a Russian "
     "government delegation to Damascus in September, where he was received by al-Sharaa.\n"
     "Asked whether the Syrian side had raised the extradition of former President Bashar al-Assad, who was "
     "granted asylum in Russia in December, Kremlin Spokesman Dmitry Peskov declined to comment.\n"
     "The first Russia-Arab summit, which al-Sharaa had been expected to attend, was postponed earlier this month.",
     _pairs(_KREMLIN, "2025-10-15") + [
      ("MET_WITH", NOVAK, SHARAA, "where he was received by al-Sharaa", "2025-09"),
      ("VISITED", SHARAA, MOSCOW, "the Syrian leader's first visit to Russia", "2025-10-15"),
      ("VISITED", NOVAK, DAMASCUS, "led a Russian government delegation to Damascus", "2025-09"),
      ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir Putin"),
      ("LEADS", SHARAA, SYRIA, "with Syria's Transitional"),
      ("LEADS", SHAIBANI, SYRFM, "included Foreign Minister"),
      ("LEADS", LAVROV, RUFM, "Foreign Minister Sergey"),
      ],
     {"source": TASS, "published": "2025-10-15"}),

    ("arMR6_trump_receives_sharaa_white_house", "ar",
     "ترامب يستقبل الشرع في البيت الأبيض في أول زيارة لرئيس سوري إلى واشنطن\n"
     "واشنطن - الحرة: استقبل الرئيس الأميركي دونالد ترامب، الاثنين، الرئيس السوري أحمد الشرع في البيت الأبيض، "
     "في أول زيارة يقوم بها رئيس سوري إلى واشنطن منذ استقلال البلاد عام 1946.\n"
     "ودخل الشرع إلى المكتب البيضاوي من مدخل جانبي بعيداً عن عدسات الصحفيين، وانضم إلى جزء من المحادثات وزير "
     "الخارجية التركي هاكان فيدان، إلى جانب نظيريه الأميركي ماركو روبيو والسوري أسعد الشيباني، بحسب صور نشرتها "
     "الرئاسة السورية.\n"
     "وقال ترامب للصحفيين بعد اللقاء إن ضيفه \"قائد قوي جداً\"، مضيفاً: \"أنا معجب به\".\n"
     "وسبقت الزيارة خطوة من مجلس الأمن الدولي برفع اسم الشرع ووزير داخليته أنس خطاب من قائمة العقوبات.\n"
     "وكان الشرع قد التقى ترامب للمرة الأولى في الرياض في أيار/مايو الماضي بحضور ولي العهد السعودي.\n"
     "ولم يلتقِ الشرع خلال وجوده في واشنطن قائد \"قسد\" مظلوم عبدي، خلافاً لتقارير تحدثت عن لقاء ثلاثي يجمعهما "
     "مع المبعوث الأميركي توم براك.",
     _pairs(_OVAL, "2025-11-10") + [
      ("MET_WITH", MBS, SHARAA, "بحضور ولي العهد السعودي", "2025-05-14"),
      ("MET_WITH", MBS, TRUMP, "في الرياض في أيار/مايو الماضي", "2025-05-14"),
      ("VISITED", SHARAA, WASHINGTON, "في أول زيارة يقوم بها رئيس سوري إلى واشنطن", "2025-11-10"),
      ("LEADS", TRUMP, US, "استقبل الرئيس الأميركي"),
      ("LEADS", SHARAA, SYRIA, "الرئيس السوري أحمد الشرع في"),
      ("LEADS", FIDAN, TRFM, "الخارجية التركي"),
      ("LEADS", KHATTAB, SYRINT, "ووزير داخليته"),
      ("LEADS", ABDI, SDF, "قائد \"قسد\""),
      ],
     {"source": HURRA, "published": "2025-11-11"}),
]


if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setMR")
