"""Blind set F: mixed and harder pieces: Qaani's first Baghdad visit, the JCPOA and the Biden
succession, Salih in Washington, Amiri and Khazali, the Abu Baqir al-Saadi strike, Kadhimi
receives Qaani, the arrest warrant for Trump, the Qasim Muslih arrest.
Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setF/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities import KNOWN  # noqa: E402

HERE = Path(__file__).parent
E = {**KNOWN,
     "person:saeed-khatibzadeh": ("Person", "Saeed Khatibzadeh", "سعيد خطيب زاده"),
     "organization:iranian-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Iran",
                                               "وزارة الخارجية الإيرانية"),
     "person:robert-malley": ("Person", "Robert Malley", "روبرت مالي"),
     "person:mark-esper": ("Person", "Mark Esper", "مارك إسبر"),
     "organization:fatah-alliance": ("Organization", "Fatah Alliance", "تحالف الفتح"),
     "organization:state-of-law-coalition": ("Organization", "State of Law Coalition",
                                             "ائتلاف دولة القانون"),
     "organization:coordination-framework": ("Organization", "Coordination Framework",
                                             "الإطار التنسيقي"),
     "person:abu-baqir-al-saadi": ("Person", "Abu Baqir al-Saadi", "أبو باقر الساعدي"),
     "person:faiq-zaidan": ("Person", "Faiq Zaidan", "فائق زيدان"),
     "organization:supreme-judicial-council": ("Organization", "Supreme Judicial Council of Iraq",
                                               "مجلس القضاء الأعلى"),
     "person:qasim-muslih": ("Person", "Qasim Muslih", "قاسم مصلح"),
     "organization:iraqi-government": ("Organization", "Government of Iraq", "الحكومة العراقية"),
     }

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
QF, US, KH = "organization:quds-force", "country:united-states", "organization:kataib-hezbollah"
PMF = "organization:popular-mobilization-forces"

ARTICLES = [
    ("enF1_ghaani_first_visit", "en",
     "Esmail Ghaani, the Iranian general who replaced Qassem Soleimani as head of the Quds "
     "Force, the Revolutionary Guards' foreign operations arm, secretly visited Baghdad on Feb. "
     "2, 2020, for the first time since his predecessor's death, according to two militia "
     "officials. Soleimani's successor met leaders of Kataib Hezbollah, Asaib Ahl al-Haq and "
     "the Badr Organization at a house in the Jadriya district, the officials said, and told "
     "them to unite behind a single candidate for prime minister. He did not meet caretaker "
     "Prime Minister Adel Abdul Mahdi. Unlike Soleimani, who spoke fluent Arabic, the new "
     "commander needed an interpreter, one of the officials told The Associated Press. Had "
     "Soleimani still been alive, the factions would have agreed on a candidate within days, "
     "the official said.",
     [("SUCCESSOR_OF", Q, S, "who replaced Qassem"),
      ("LEADS", Q, QF, "who replaced Qassem"),
      ("PART_OF", QF, "organization:irgc", "who replaced Qassem"),
      ("VISITED", Q, "location:baghdad", "who replaced Qassem", "2020-02-02"),
      ("MET_WITH", Q, KH, "met leaders of Kataib"),
      ("MET_WITH", Q, "organization:asaib-ahl-al-haq", "met leaders of Kataib"),
      ("MET_WITH", Q, "organization:badr-organization", "met leaders of Kataib"),
      ],
     {"source": "blind set (AP-style)", "published": "2020-02-05"}),

    ("arF2_jcpoa_khatibzadeh", "ar",
     "أعلنت وزارة الخارجية الإيرانية، الإثنين، أن طهران لن تقبل بأي مفاوضات جديدة حول الاتفاق "
     "النووي \"ما لم ترفع واشنطن جميع العقوبات أولاً\". وقال المتحدث باسم الخارجية سعيد خطيب "
     "زاده إن \"الإدارة الأميركية الحالية لا تختلف كثيراً عن سابقتها\". وكان الرئيس الأميركي "
     "السابق دونالد ترامب قد انسحب من الاتفاق في أيار/مايو 2018، وأعاد فرض العقوبات على إيران ضمن "
     "سياسة \"الضغوط القصوى\" التي قادها وزير خارجيته مايك بومبيو. وتعهّد الرئيس جو بايدن، الذي "
     "خلف ترامب في البيت الأبيض في يناير/كانون الثاني 2021، بالعودة إلى الاتفاق إذا عادت إيران "
     "إلى الالتزام الكامل ببنوده. ولم يلتقِ المبعوث الأميركي الخاص بإيران روبرت مالي أي مسؤول "
     "إيراني بشكل مباشر حتى الآن، إذ جرت جولات فيينا عبر وسطاء أوروبيين.",
     [("MEMBER_OF", "person:saeed-khatibzadeh", "organization:iranian-foreign-ministry",
       "وقال المتحدث"),
      ("WITHDREW_FROM", "person:donald-trump", "agreement:jcpoa", "قد انسحب", "2018-05"),
      ("LEADS", "person:donald-trump", US, "قد انسحب"),
      ("SUCCESSOR_OF", "person:joe-biden", "person:donald-trump", "خلف ترامب", "2021-01"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2021-05-10"}),

    ("enF3_salih_state_department", "en",
     "Iraqi President Barham Salih was received by Secretary of State Michael R. Pompeo at the "
     "State Department on Wednesday, the department said in a readout. Pompeo and Salih "
     "discussed the strategic partnership between the two countries and the threat posed by "
     "Iran-backed militias to U.S. personnel. Salih, who is on a three-day visit to Washington, "
     "was also hosted at the Pentagon by Defense Secretary Mark Esper. He is not scheduled to "
     "meet President Donald Trump, a White House official said. A week earlier, Salih met "
     "Iranian Foreign Minister Mohammad Javad Zarif on the sidelines of the Munich Security "
     "Conference, where Zarif urged Iraq to expel American forces.",
     [("LEADS", "person:barham-salih", "country:iraq", "was received by"),
      ("MET_WITH", "person:barham-salih", "person:mike-pompeo", "was received by"),
      ("SUPPORTS", "country:iran", "organization:iran-backed-militias", "Iran-backed militias"),
      ("VISITED", "person:barham-salih", US, "three-day visit"),
      ("MET_WITH", "person:barham-salih", "person:mark-esper", "three-day visit"),
      ("MET_WITH", "person:barham-salih", "person:mohammad-javad-zarif", "A week earlier"),
      ],
     {"source": "blind set (AFP-style)", "published": "2020-02-26"}),

    ("arF4_amiri_khazali", "ar",
     "عقد زعيم تحالف الفتح هادي العامري، مساء الثلاثاء، اجتماعاً في مكتبه ببغداد مع الأمين العام "
     "لعصائب أهل الحق الشيخ قيس الخزعلي، لبحث الموقف من نتائج الانتخابات، بحسب ما أفاد مصدر في "
     "التحالف لـ\"الشرق الأوسط\". وأضاف المصدر أن زعيم العصائب طالب بالتصعيد في الشارع، فيما فضّل "
     "رئيس التحالف \"المسار القانوني\" عبر المحكمة الاتحادية. ولم يحضر الاجتماع رئيس هيئة الحشد "
     "الشعبي فالح الفياض، الذي كان في زيارة إلى طهران التقى خلالها أمين المجلس الأعلى للأمن القومي "
     "الإيراني علي شمخاني. وتضم قوى \"الإطار التنسيقي\" تحالف الفتح وائتلاف دولة القانون بزعامة "
     "نوري المالكي، إضافة إلى قوى سياسية أخرى.",
     [("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "عقد زعيم"),
      ("MET_WITH", "person:hadi-al-amiri", "person:qais-al-khazali", "عقد زعيم"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "عقد زعيم"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "ولم يحضر"),
      ("VISITED", "person:falih-al-fayyadh", "country:iran", "ولم يحضر"),
      ("MET_WITH", "person:falih-al-fayyadh", "person:ali-shamkhani", "ولم يحضر"),
      ("MEMBER_OF", "organization:fatah-alliance", "organization:coordination-framework",
       "وتضم قوى"),
      ("MEMBER_OF", "organization:state-of-law-coalition", "organization:coordination-framework",
       "وتضم قوى"),
      ("LEADS", "person:nouri-al-maliki", "organization:state-of-law-coalition", "وتضم قوى"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2021-10-20"}),

    ("enF5_abu_baqir_strike", "en",
     "A U.S. drone strike in eastern Baghdad on Wednesday killed Abu Baqir al-Saadi, a senior "
     "Kataib Hezbollah commander, U.S. Central Command said. The strike hit a vehicle in the "
     "Mashtal neighbourhood, killing al-Saadi and two of his guards, Iraqi security officials "
     "said. Kataib Hezbollah had announced a suspension of its attacks on U.S. troops days "
     "earlier, after pressure from Baghdad and, according to Iraqi officials, from Quds Force "
     "chief Esmail Qaani, who travelled to Baghdad in late January to meet faction leaders. "
     "Iraq's military spokesman Yahya Rasool said the strike was \u201ca flagrant "
     "assassination\u201d and a violation of Iraqi sovereignty. The Pentagon said it would "
     "\u201cnot hesitate\u201d to act again.",
     [("ASSASSINATED_BY", "person:abu-baqir-al-saadi", US, "A U.S. drone strike", "2024-02-07"),
      ("MEMBER_OF", "person:abu-baqir-al-saadi", KH, "A U.S. drone strike"),
      ("ATTACKED", KH, "organization:us-armed-forces", "announced a suspension"),
      ("LEADS", Q, QF, "announced a suspension"),
      ("VISITED", Q, "location:baghdad", "announced a suspension", "2024-01"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-02-07"}),

    ("arF6_kadhimi_receives_qaani", "ar",
     "استقبل رئيس الوزراء العراقي مصطفى الكاظمي، اليوم الأربعاء، قائد قوة القدس في الحرس الثوري "
     "الإيراني اسماعيل قاآني والوفد المرافق له، بحسب بيان للمكتب الإعلامي لرئيس الوزراء. وجرى "
     "خلال اللقاء بحث \"أمن المنطقة واستقرارها\"، وأكد الكاظمي أن العراق \"لن يكون ساحة لتصفية "
     "الحسابات\". وبالتزامن، التقى رئيس تحالف الفتح هادي العامري بالضيف الإيراني في مقر التحالف "
     "ببغداد، فيما أكدت مصادر أن قاآني لم يلتقِ بأي من قادة التيار الصدري. وتعدّ هذه الزيارة "
     "الثانية لقاآني إلى العراق منذ تولي الكاظمي رئاسة الحكومة في أيار/مايو الماضي.",
     [("LEADS", K, "country:iraq", "استقبل رئيس"),
      ("MET_WITH", K, Q, "استقبل رئيس"),
      ("LEADS", Q, QF, "استقبل رئيس"),
      ("PART_OF", QF, "organization:irgc", "استقبل رئيس"),
      ("MET_WITH", "person:hadi-al-amiri", Q, "بالضيف الإيراني"),
      ("LEADS", "person:hadi-al-amiri", "organization:fatah-alliance", "بالضيف الإيراني"),
      ("VISITED", Q, "location:baghdad", "بالضيف الإيراني"),
      ("VISITED", Q, "country:iraq", "وتعدّ هذه الزيارة"),
      ("LEADS", K, "organization:iraqi-government", "وتعدّ هذه الزيارة", "2020-05"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-10-14"}),

    ("enF7_trump_warrant", "en",
     "An Iraqi court on Thursday issued an arrest warrant for outgoing U.S. President Donald "
     "Trump over the killing of Abu Mahdi al-Muhandis, the deputy leader of Iraq's Popular "
     "Mobilisation Forces, the Supreme Judicial Council said. The warrant was issued under an "
     "article of the Iraqi penal code covering premeditated murder, the council said. "
     "Al-Muhandis and Iranian general Qassem Soleimani were killed in a drone strike at Baghdad "
     "airport ordered by Trump a year ago. Judge Faiq Zaidan, the head of the Supreme Judicial "
     "Council, has previously met PMF chairman Falih al-Fayyadh to discuss the investigation. "
     "The warrant is unlikely to be executed as Trump leaves office on Jan. 20.",
     [("LEADS", "person:donald-trump", US, "issued an arrest warrant"),
      ("MEMBER_OF", "person:abu-mahdi-al-muhandis", PMF, "issued an arrest warrant"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", "person:donald-trump",
       "ordered by Trump", "2020-01"),
      ("ASSASSINATED_BY", S, "person:donald-trump", "ordered by Trump", "2020-01"),
      ("LEADS", "person:faiq-zaidan", "organization:supreme-judicial-council", "Judge Faiq"),
      ("MET_WITH", "person:faiq-zaidan", "person:falih-al-fayyadh", "Judge Faiq"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "Judge Faiq"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2021-01-07"}),

    ("arF8_muslih_arrest", "ar",
     "اعتقلت قوة أمنية عراقية، فجر الأربعاء، قائد عمليات الأنبار في هيئة الحشد الشعبي قاسم مصلح، "
     "بناءً على مذكرة قضائية بتهمة الإرهاب، بحسب ما أعلنت قيادة العمليات المشتركة. وعلى إثر ذلك، "
     "انتشرت فصائل مسلحة من الحشد في محيط المنطقة الخضراء ببغداد، وطوّقت مقر إقامة رئيس الوزراء "
     "مصطفى الكاظمي، مطالبة بالإفراج عنه. وقال المتحدث باسم القائد العام للقوات المسلحة اللواء "
     "يحيى رسول إن مصلح \"سيُحال إلى القضاء\". وقالت مصادر لـ\"العربي الجديد\" إن رئيس هيئة الحشد "
     "فالح الفياض اجتمع بالكاظمي ليلاً في محاولة لاحتواء الأزمة، كما التقى رئيس الوزراء بزعيم "
     "منظمة بدر هادي العامري. ونُقل مصلح لاحقاً إلى مقر قيادة الحشد، قبل أن يُفرج عنه في 9 "
     "يونيو/حزيران 2021 لعدم كفاية الأدلة.",
     [("MEMBER_OF", "person:qasim-muslih", PMF, "اعتقلت قوة"),
      ("LOCATED_IN", "location:green-zone", "location:baghdad", "انتشرت فصائل"),
      ("LEADS", "person:falih-al-fayyadh", PMF, "اجتمع بالكاظمي"),
      ("MET_WITH", "person:falih-al-fayyadh", K, "اجتمع بالكاظمي"),
      ("MET_WITH", K, "person:hadi-al-amiri", "اجتمع بالكاظمي"),
      ("LEADS", "person:hadi-al-amiri", "organization:badr-organization", "اجتمع بالكاظمي"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2021-05-26"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setF")
