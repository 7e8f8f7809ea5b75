"""Blind set LN: the Gulf and Turkey 2017-2023, as a Qatari Arabic channel's site writes it (Al Jazeera
Net-like: a headline with «..», "المصدر : الجزيرة + وكالات"), as a Gulf English daily writes it (Gulf
News / Arab News-like: "AL ULA:", "Sheikh", "Prince", "the Kingdom"), as a Turkish state agency's Arabic
service writes it (Anadolu-like: "جدة/ الأناضول") and as a Turkish English daily writes it (Daily
Sabah-like: Turkish diacritics, "Türkiye", "tete-a-tete").
Pieces: Mohammed bin Salman named crown prince replacing Mohammed bin Nayef, Abdulaziz bin Saud bin Nayef
interior minister in his uncle's place, the new crown prince receives his cousin, Tamim receives the
Kuwaiti foreign minister with al-Attiyah during the blockade (Arabic, Qatari channel); the al-Ula summit:
MBS greets Tamim at the airport, the summit of MBS, Tamim, Nawaf, Mohammed bin Rashid, Salman bin Hamad
and al-Hajraf, Nawaf after Sabah (English, Gulf daily); Erdogan received by King Salman with MBS in
Jeddah, then talks with MBS with Cavusoglu, Fidan and Kalin, Badr bin Sultan greets him at the airport,
Khashoggi killed by a Saudi team (Arabic, Turkish agency); Erdogan's 2023 Gulf tour: MBZ with Fidan,
Simsek, Kalin and Tahnoun in Abu Dhabi, MBS in Jeddah, Tamim in Doha, MBZ after Khalifa, Fidan after
Cavusoglu, Kalin after Fidan (English, Turkish daily); Oman's August 2020 reshuffle: Haitham after
Qaboos, Badr Albusaidi after Yusuf bin Alawi, al-Habsi after al-Balushi, Badr sworn in before Haitham
with Shihab bin Tarik (Arabic, Qatari channel); Faisal bin Farhan in Tehran with Amir-Abdollahian and
Raisi, the Beijing deal signed by al-Aiban and Shamkhani before Wang Yi, Ahmadian after Shamkhani, the
first Baghdad round of al-Humaidan and Iravani (English, Gulf daily).
Excluded on purpose (no relation): Tamim's cable of congratulation to MBS, and the Kuwaiti emir who only
sent the letter (LN1); the Kuwaiti foreign minister's announcement on the eve and al-Sisi who "did not
travel" (LN2); the prosecutors' accusation against al-Qahtani and Asiri, Hatice Cengiz's statement
(LN3); King Salman, whom Erdogan "was not expected to meet" (LN4); MBZ's phone call to Haitham (LN5);
Kadhimi, who "hosted" the Baghdad rounds (his presence is not stated), King Salman's invitation to Raisi
(a planned visit) and the foreign ministers' meeting "postponed several times" (LN6).
Judgement calls: the video of the new crown prince "receiving" his cousin is a meeting (LN1); a greeting
at the airport is a meeting (LN2, LN3); everyone named as attending the summit or the talks is paired
with every other (LN2, LN3, LN4), but the audience with the king (Erdogan, Salman, MBS) and the later
talks with MBS are two meetings, so the king is not paired with the ministers (LN3); "took office after
the death of" style: "succeeding his half-brother ..., who died" (LN4); an oath "before the Sultan in
the presence of" is a meeting of the three (LN5); a deal "signed by" two men "in the presence of" Wang
Yi pairs the three (LN6); "a Saudi team" gives the victim -> Saudi Arabia (LN3); seeing the president
off at the airport is a meeting (LN4); "hosted by" Kadhimi does not state his presence (LN6); the
"portfolio entrusted to" Qais al-Yousef is LEADS (LN5). Who attended (al-Attiyah, the ministers at Abu
Dhabi, Shihab bin Tarik at the oath), who greeted Erdogan at Jeddah airport (Badr bin Sultan) and saw him
off in Abu Dhabi (Tuncer), Zhai Jun's meeting with Faisal in Riyadh, the day of the Kuwaiti visit to Doha
and the oath's day are filled in for the exercise.
Spellings: "سلمان بن عبدالعزيز" joined, "تميم بن حمد" without Al Thani, "صباح الخالد الحمد الصباح"
with al-Hamad (LN1); "Nawaf Al Ahmad Al Jaber Al Sabah", "Nayef Falah Al Hajraf" (LN2); "مولود تشاووش
أوغلو", "إبراهيم كالن" (LN3); "Erdoğan", "Şimşek", "Kalın", "Çavuşoğlu" (LN4); "هيثم بن طارق آل سعيد",
"بدر بن حمد بن حمود البوسعيدي" (LN5); "Musaed Al-Aiban", "Khalid Al-Humaidan" (LN6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_lo import ALL  # noqa: E402

HERE = Path(__file__).parent

SAUDI, QATAR, KUWAIT, OMAN, UAE = ("country:saudi-arabia", "country:qatar", "country:kuwait", "country:oman",
                                   "country:united-arab-emirates")
SAINT, SADEF, TRFM, MIT, OMFM, KWFM, GCC, SNSC, SGIP = (
    "organization:saudi-interior-ministry", "organization:saudi-defence-ministry",
    "organization:turkish-foreign-ministry", "organization:turkish-national-intelligence-organization",
    "organization:omani-foreign-ministry", "organization:kuwaiti-foreign-ministry", "organization:gcc",
    "organization:supreme-national-security-council", "organization:saudi-general-intelligence-presidency")
OMCOM = "organization:omani-commerce-ministry"
DOHA, ALULA, JEDDAH, SALAMP, ISTCONS, ISTANBUL, ABUDHABI, WATAN, LUSAIL, ALAM, TEHRAN, BEIJING, BAGHDAD = (
    "location:doha", "location:al-ula", "location:jeddah", "location:al-salam-palace",
    "location:saudi-consulate-istanbul", "location:istanbul", "location:abu-dhabi", "location:qasr-al-watan",
    "location:lusail-palace", "location:al-alam-palace", "location:tehran", "location:beijing",
    "location:baghdad")
SALMAN, MBS, MBN, ABDULAZIZ, TAMIM, SKHALID, ATTIYAH, SABAH = (
    "person:salman-bin-abdulaziz", "person:mohammed-bin-salman", "person:mohammed-bin-nayef",
    "person:abdulaziz-bin-saud-bin-nayef", "person:tamim-bin-hamad-al-thani", "person:sabah-al-khalid-al-sabah",
    "person:khalid-al-attiyah", "person:sabah-al-ahmad-al-sabah")
NAWAF, MBR, SALMANBH, HAJRAF, ANASSER = (
    "person:nawaf-al-ahmad-al-sabah", "person:mohammed-bin-rashid", "person:salman-bin-hamad-al-khalifa",
    "person:nayef-al-hajraf", "person:ahmad-nasser-al-mohammed-al-sabah")
ERDOGAN, CAVUSOGLU, FIDAN, KALIN, BADRBS, KHASHOGGI, QAHTANI, ASIRI, CENGIZ = (
    "person:recep-tayyip-erdogan", "person:mevlut-cavusoglu", "person:hakan-fidan", "person:ibrahim-kalin",
    "person:badr-bin-sultan", "person:jamal-khashoggi", "person:saud-al-qahtani", "person:ahmed-al-asiri",
    "person:hatice-cengiz")
MBZ, KHALIFA, SIMSEK, TAHNOUN, TUNCER = (
    "person:mohamed-bin-zayed", "person:khalifa-bin-zayed", "person:mehmet-simsek", "person:tahnoun-bin-zayed",
    "person:tugay-tuncer")
HAITHAM, QABOOS, BADR, ALAWI, HABSI, BALUSHI, QAIS, SHIHAB = (
    "person:haitham-bin-tarik", "person:qaboos-bin-said", "person:badr-albusaidi", "person:yusuf-bin-alawi",
    "person:sultan-al-habsi", "person:darwish-al-balushi", "person:qais-al-yousef", "person:shihab-bin-tarik")
FAISAL, ABDOLLAHIAN, RAISI, AIBAN, SHAMKHANI, WANGYI, AHMADIAN, HUMAIDAN, IRAVANI, ZHAI = (
    "person:faisal-bin-farhan", "person:hossein-amir-abdollahian", "person:ebrahim-raisi", "person:musaed-al-aiban",
    "person:ali-shamkhani", "person:wang-yi", "person:ali-akbar-ahmadian", "person:khalid-al-humaidan",
    "person:saeed-iravani", "person:zhai-jun")


def _group(members: dict, date: str, skip=()) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]
            if {a, b} not in [set(p) for p in skip]]


_KWDOHA = {TAMIM: "وكان أمير قطر قد استقبل", SKHALID: "وزير الخارجية الكويتي الشيخ صباح الخالد",
           ATTIYAH: "وحضر المقابلة وزير الدولة لشؤون الدفاع"}
_SUMMIT = {MBS: "The summit, held in the Maraya hall", TAMIM: "The summit, held in the Maraya hall",
           NAWAF: "Kuwait's Emir Sheikh Nawaf", MBR: "Sheikh Mohammed bin Rashid Al Maktoum",
           SALMANBH: "Crown Prince Salman bin Hamad", HAJRAF: "Secretary-General Dr Nayef"}
_JEDDAH1 = {ERDOGAN: "التقى الرئيس التركي رجب طيب أردوغان", SALMAN: "خادم الحرمين الشريفين الملك سلمان",
            MBS: "بحضور ولي العهد الأمير محمد بن سلمان"}
_JEDDAH2 = {ERDOGAN: "لقاءً ثنائياً مع ولي العهد السعودي", MBS: "لقاءً ثنائياً مع ولي العهد السعودي",
            CAVUSOGLU: "بمشاركة وزير الخارجية مولود", FIDAN: "ورئيس جهاز الاستخبارات هاكان فيدان",
            KALIN: "والمتحدث باسم الرئاسة إبراهيم كالن"}
_ABUDHABI = {ERDOGAN: "was welcomed by UAE President", MBZ: "was welcomed by UAE President",
             FIDAN: "attended by Foreign Minister Hakan Fidan", SIMSEK: "Finance Minister Mehmet Şimşek",
             KALIN: "chief Ibrahim Kalın", TAHNOUN: "Sheikh Tahnoun bin Zayed"}
_TEHRAN = {FAISAL: "Prince Faisal was later received by President", RAISI: "Prince Faisal was later received by President",
           ABDOLLAHIAN: "with Amir-Abdollahian in attendance"}
_BEIJING = {AIBAN: "signed by Musaed Al-Aiban", SHAMKHANI: "and Ali Shamkhani, then secretary",
            WANGYI: "in the presence of Chinese top diplomat Wang Yi"}

ARTICLES = [
    ("arLN1_mbs_crown_prince", "ar",
     "السعودية.. محمد بن سلمان ولياً للعهد بدلاً من محمد بن نايف\n"
     "أصدر العاهل السعودي الملك سلمان بن عبدالعزيز فجر اليوم الأربعاء أمراً ملكياً يقضي بإعفاء الأمير محمد بن "
     "نايف بن عبد العزيز من ولاية العهد ومن منصبي نائب رئيس مجلس الوزراء ووزير الداخلية، واختيار نجله الأمير "
     "محمد بن سلمان ولياً للعهد خلفاً له، مع استمراره وزيراً للدفاع.\n"
     "وقضى الأمر الملكي بتعيين الأمير عبد العزيز بن سعود بن نايف وزيراً للداخلية، ليحل محل عمه الذي تولى "
     "الوزارة منذ عام 2012.\n"
     "وذكر التلفزيون الرسمي أن 31 عضواً من أصل 34 في هيئة البيعة أيدوا اختيار ولي العهد الجديد، الذي بثّ "
     "التلفزيون لاحقاً مقطعاً مصوراً له وهو يستقبل ابن عمه في قصر الصفا بمكة المكرمة ويقبّل يده.\n"
     "من جهته، بعث أمير قطر الشيخ تميم بن حمد برقية تهنئة إلى ولي العهد السعودي، في وقت تواصل فيه السعودية "
     "والإمارات والبحرين ومصر حصارها المفروض على قطر منذ الخامس من يونيو/حزيران الجاري.\n"
     "وكان أمير قطر قد استقبل أمس الثلاثاء في الديوان الأميري بالدوحة وزير الخارجية الكويتي الشيخ صباح الخالد "
     "الحمد الصباح، الذي سلّمه رسالة من أمير الكويت الشيخ صباح الأحمد الجابر الصباح في إطار الوساطة الكويتية، "
     "وحضر المقابلة وزير الدولة لشؤون الدفاع خالد بن محمد العطية.\n"
     "المصدر : الجزيرة + وكالات",
     [("SUCCESSOR_OF", MBS, MBN, "ولياً للعهد خلفاً له", "2017-06-21"),
      ("LEADS", SALMAN, SAUDI, "العاهل السعودي الملك سلمان"),
      ("LEADS", MBS, SADEF, "مع استمراره وزيراً للدفاع"),
      ("SUCCESSOR_OF", ABDULAZIZ, MBN, "ليحل محل عمه", "2017-06-21"),
      ("LEADS", ABDULAZIZ, SAINT, "وزيراً للداخلية، ليحل"),
      ("MET_WITH", MBS, MBN, "وهو يستقبل ابن عمه", "2017-06-21"),
      ("LEADS", TAMIM, QATAR, "بعث أمير قطر الشيخ تميم"),
      ] + _group(_KWDOHA, "2017-06-20") + [
      ("VISITED", SKHALID, DOHA, "في الديوان الأميري بالدوحة", "2017-06-20"),
      ("LEADS", SKHALID, KWFM, "وزير الخارجية الكويتي الشيخ صباح الخالد"),
      ("LEADS", SABAH, KUWAIT, "رسالة من أمير الكويت الشيخ صباح"),
      ],
     {"source": "blind set (Qatari Arabic channel's site)", "published": "2017-06-21"}),

    ("enLN2_al_ula_summit", "en",
     "GCC leaders sign Al Ula declaration, ending rift with Qatar\n"
     "AL ULA: Gulf leaders on Tuesday signed the Al Ula declaration at the 41st GCC summit, formally ending "
     "the three-and-a-half-year rift with Qatar.\n"
     "Saudi Crown Prince Mohammed bin Salman, who chaired the summit on behalf of King Salman, greeted "
     "Qatar's Emir Sheikh Tamim bin Hamad Al Thani with an embrace as he stepped off his plane at Al Ula "
     "airport, the Emir's first visit to the Kingdom since the boycott began in June 2017.\n"
     "The summit, held in the Maraya hall, was also attended by Kuwait's Emir Sheikh Nawaf Al Ahmad Al Jaber "
     "Al Sabah, UAE Vice-President and Ruler of Dubai Sheikh Mohammed bin Rashid Al Maktoum, Bahrain's "
     "Crown Prince Salman bin Hamad Al Khalifa and GCC Secretary-General Dr Nayef Falah Al Hajraf.\n"
     "Sheikh Nawaf, who succeeded the late Emir Sheikh Sabah Al Ahmad in September, paid tribute to the "
     "Kuwaiti mediation his predecessor had led since 2017.\n"
     "On the eve of the summit, Kuwait's Foreign Minister Sheikh Ahmad Nasser Al Mohammed Al Sabah announced "
     "on state television that Saudi Arabia would reopen its airspace and its land and sea borders with Qatar.\n"
     "Egypt also signed the declaration, though President Abdel Fattah El Sisi did not travel to Al Ula.",
     _group(_SUMMIT, "2021-01-05", skip=[(MBS, TAMIM)]) + [
      ("MET_WITH", MBS, TAMIM, "greeted Qatar's Emir Sheikh Tamim", "2021-01-05"),
      ("VISITED", TAMIM, ALULA, "as he stepped off his plane at Al Ula", "2021-01-05"),
      ("LEADS", TAMIM, QATAR, "greeted Qatar's Emir Sheikh Tamim"),
      ("LEADS", NAWAF, KUWAIT, "Kuwait's Emir Sheikh Nawaf"),
      ("LEADS", HAJRAF, GCC, "Secretary-General Dr Nayef"),
      ("SUCCESSOR_OF", NAWAF, SABAH, "who succeeded the late Emir", "2020-09"),
      ("LEADS", ANASSER, KWFM, "Foreign Minister Sheikh Ahmad Nasser"),
      ],
     {"source": "blind set (Gulf English daily)", "published": "2021-01-06"}),

    ("arLN3_erdogan_jeddah_khashoggi", "ar",
     "أردوغان يلتقي العاهل السعودي وولي عهده في جدة\n"
     "جدة/ الأناضول\n"
     "التقى الرئيس التركي رجب طيب أردوغان، مساء الخميس، خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل "
     "سعود، في قصر السلام بمدينة جدة، بحضور ولي العهد الأمير محمد بن سلمان.\n"
     "وحسب مصادر في الرئاسة التركية، عقد أردوغان عقب ذلك لقاءً ثنائياً مع ولي العهد السعودي، بمشاركة وزير "
     "الخارجية مولود تشاووش أوغلو، ورئيس جهاز الاستخبارات هاكان فيدان، والمتحدث باسم الرئاسة إبراهيم كالن.\n"
     "وكان نائب أمير منطقة مكة المكرمة الأمير بدر بن سلطان في استقبال الرئيس التركي لدى وصوله إلى مطار الملك "
     "عبد العزيز الدولي، في أول زيارة له إلى المملكة منذ عام 2017.\n"
     "وتأتي الزيارة بعد أسابيع من قرار محكمة في إسطنبول نقل محاكمة 26 متهماً سعودياً غيابياً في قضية الصحفي "
     "جمال خاشقجي إلى السعودية.\n"
     "وقُتل خاشقجي على يد فريق سعودي داخل قنصلية بلاده في إسطنبول، في 2 أكتوبر/تشرين الأول 2018.\n"
     "وكانت النيابة العامة في إسطنبول قد اتهمت المستشار السابق في الديوان الملكي سعود القحطاني، ونائب رئيس "
     "الاستخبارات السابق أحمد عسيري، بالتحريض على الجريمة، وهو ما تنفيه الرياض.\n"
     "وأعربت خديجة جنكيز، خطيبة خاشقجي، عن خيبة أملها من قرار نقل القضية.",
     _group(_JEDDAH1, "2022-04-28") + _group(_JEDDAH2, "2022-04-28", skip=[(ERDOGAN, MBS)]) + [
      ("VISITED", ERDOGAN, JEDDAH, "في قصر السلام بمدينة جدة", "2022-04-28"),
      ("VISITED", ERDOGAN, SALAMP, "في قصر السلام بمدينة جدة", "2022-04-28"),
      ("LEADS", CAVUSOGLU, TRFM, "بمشاركة وزير الخارجية مولود"),
      ("LEADS", FIDAN, MIT, "ورئيس جهاز الاستخبارات هاكان فيدان"),
      ("MET_WITH", BADRBS, ERDOGAN, "في استقبال الرئيس التركي", "2022-04-28"),
      ("ASSASSINATED_BY", KHASHOGGI, SAUDI, "وقُتل خاشقجي على يد فريق سعودي", "2018-10-02"),
      ("LOCATED_IN", ISTCONS, ISTANBUL, "داخل قنصلية بلاده في إسطنبول"),
      ],
     {"source": "blind set (Turkish state agency, Arabic service)", "published": "2022-04-28"}),

    ("enLN4_erdogan_gulf_tour", "en",
     "Erdoğan wraps up Gulf tour in UAE after Saudi, Qatar stops\n"
     "President Recep Tayyip Erdoğan was welcomed by UAE President Sheikh Mohamed bin Zayed Al Nahyan at Qasr "
     "Al Watan in Abu Dhabi on Wednesday, the last leg of a three-day Gulf tour that also took him to Saudi "
     "Arabia and Qatar.\n"
     "The two leaders held a tete-a-tete before inter-delegation talks attended by Foreign Minister Hakan "
     "Fidan, Treasury and Finance Minister Mehmet Şimşek and National Intelligence Organization (MIT) chief "
     "Ibrahim Kalın, as well as Sheikh Tahnoun bin Zayed, the UAE's national security adviser.\n"
     "Sheikh Mohamed became president in May last year, succeeding his half-brother Sheikh Khalifa bin Zayed, "
     "who died after a long illness.\n"
     "Fidan, who took over the Foreign Ministry from Mevlüt Çavuşoğlu last month, had headed MIT for 13 years "
     "before Kalın, the former presidential spokesperson, was appointed in his place.\n"
     "On Monday in Jeddah, Erdoğan held talks with Saudi Crown Prince Mohammed bin Salman at Al-Salam Palace, "
     "where Turkish drone maker Baykar signed its largest export deal. Erdoğan was not expected to meet King "
     "Salman, Saudi officials said.\n"
     "In Doha on Tuesday, he was received by Qatar's Emir Sheikh Tamim bin Hamad Al Thani at Lusail Palace.\n"
     "Türkiye's ambassador in Abu Dhabi, Tugay Tunçer, who saw the president off at the airport, said ties "
     "with the Gulf were \"entering a new era\".",
     _group(_ABUDHABI, "2023-07-19") + [
      ("VISITED", ERDOGAN, WATAN, "at Qasr Al Watan in Abu Dhabi", "2023-07-19"),
      ("VISITED", ERDOGAN, ABUDHABI, "at Qasr Al Watan in Abu Dhabi", "2023-07-19"),
      ("LEADS", MBZ, UAE, "was welcomed by UAE President"),
      ("LEADS", KALIN, MIT, "(MIT) chief"),
      ("SUCCESSOR_OF", MBZ, KHALIFA, "succeeding his half-brother", "2022-05"),
      ("SUCCESSOR_OF", FIDAN, CAVUSOGLU, "took over the Foreign Ministry from", "2023-06"),
      ("SUCCESSOR_OF", KALIN, FIDAN, "was appointed in his place", "2023-06"),
      ("MET_WITH", ERDOGAN, MBS, "held talks with Saudi Crown Prince", "2023-07-17"),
      ("VISITED", ERDOGAN, JEDDAH, "On Monday in Jeddah", "2023-07-17"),
      ("VISITED", ERDOGAN, SALAMP, "Mohammed bin Salman at Al-Salam Palace", "2023-07-17"),
      ("MET_WITH", ERDOGAN, TAMIM, "he was received by Qatar's Emir", "2023-07-18"),
      ("VISITED", ERDOGAN, DOHA, "In Doha on Tuesday", "2023-07-18"),
      ("VISITED", ERDOGAN, LUSAIL, "Al Thani at Lusail Palace", "2023-07-18"),
      ("LEADS", TAMIM, QATAR, "he was received by Qatar's Emir"),
      ("MET_WITH", TUNCER, ERDOGAN, "who saw the president off at the airport", "2023-07-19"),
      ],
     {"source": "blind set (Turkish English daily)", "published": "2023-07-19"}),

    ("arLN5_oman_reshuffle", "ar",
     "سلطان عُمان يعيّن بدر البوسعيدي وزيراً للخارجية خلفاً ليوسف بن علوي\n"
     "أصدر سلطان عُمان هيثم بن طارق آل سعيد، اليوم الثلاثاء، 28 مرسوماً سلطانياً أعاد بموجبها تشكيل مجلس "
     "الوزراء، في أوسع تغيير حكومي منذ توليه الحكم في يناير/كانون الثاني الماضي خلفاً للسلطان الراحل قابوس "
     "بن سعيد.\n"
     "وبموجب المراسيم، عُيّن السيد بدر بن حمد بن حمود البوسعيدي وزيراً للخارجية بدلاً من يوسف بن علوي بن "
     "عبد الله، الذي شغل منصب الوزير المسؤول عن الشؤون الخارجية منذ عام 1997.\n"
     "كما عُيّن سلطان بن سالم الحبسي وزيراً للمالية، ليحل مكان درويش بن إسماعيل البلوشي الذي كان يتولى "
     "الشؤون المالية منذ 2008، فيما أُسندت حقيبة التجارة والصناعة وترويج الاستثمار إلى قيس بن محمد اليوسف.\n"
     "وفي وقت لاحق، أدى البوسعيدي اليمين القانونية أمام السلطان هيثم في قصر العلم العامر، بحضور السيد شهاب "
     "بن طارق آل سعيد نائب رئيس الوزراء لشؤون الدفاع.\n"
     "وتلقى السلطان هيثم اتصالاً هاتفياً من ولي عهد أبوظبي الشيخ محمد بن زايد، هنأه فيه بالتشكيلة الجديدة.\n"
     "ويرى محللون أن التغيير يعكس رغبة السلطان في تقليص عدد الوزارات وخفض الإنفاق مع تراجع أسعار النفط.\n"
     "المصدر : الجزيرة + وكالات",
     [("LEADS", HAITHAM, OMAN, "أصدر سلطان عُمان هيثم"),
      ("SUCCESSOR_OF", HAITHAM, QABOOS, "خلفاً للسلطان الراحل قابوس", "2020-01-11"),
      ("SUCCESSOR_OF", BADR, ALAWI, "بدلاً من يوسف بن علوي", "2020-08-18"),
      ("LEADS", BADR, OMFM, "البوسعيدي وزيراً للخارجية بدلاً"),
      ("SUCCESSOR_OF", HABSI, BALUSHI, "ليحل مكان درويش", "2020-08-18"),
      ("LEADS", QAIS, OMCOM, "إلى قيس بن محمد اليوسف"),
      ] + _group({BADR: "أدى البوسعيدي اليمين", HAITHAM: "أمام السلطان هيثم في قصر العلم",
                  SHIHAB: "بحضور السيد شهاب"}, "2020-08-18") + [
      ("VISITED", BADR, ALAM, "أمام السلطان هيثم في قصر العلم", "2020-08-18"),
      ],
     {"source": "blind set (Qatari Arabic channel's site)", "published": "2020-08-18"}),

    ("enLN6_faisal_tehran", "en",
     "Saudi FM in Tehran on first visit since ties restored\n"
     "TEHRAN: Saudi Foreign Minister Prince Faisal bin Farhan held talks with his Iranian counterpart Hossein "
     "Amir-Abdollahian in Tehran on Saturday, the first visit by the Kingdom's top diplomat to Iran in years.\n"
     "Prince Faisal was later received by President Ebrahim Raisi, with Amir-Abdollahian in attendance, and "
     "handed him an invitation from King Salman to visit the Kingdom.\n"
     "The visit follows the agreement reached in Beijing on March 10, which was signed by Musaed Al-Aiban, "
     "Saudi Arabia's national security adviser, and Ali Shamkhani, then secretary of Iran's Supreme National "
     "Security Council, in the presence of Chinese top diplomat Wang Yi.\n"
     "Shamkhani was replaced last month by Ali Akbar Ahmadian, a former Revolutionary Guards commander.\n"
     "Five earlier rounds of talks were held in Baghdad, hosted by Iraq's then prime minister Mustafa "
     "Al-Kadhimi. The first, in April 2021, brought together Saudi intelligence chief Khalid Al-Humaidan and "
     "Saeed Iravani, deputy secretary of the Iranian council.\n"
     "A meeting of the two foreign ministers in Baghdad was postponed several times.\n"
     "China's special envoy on the Middle East, Zhai Jun, who met Prince Faisal in Riyadh last week, called "
     "the visit \"a model of dialogue\".",
     [("MET_WITH", FAISAL, ABDOLLAHIAN, "held talks with his Iranian counterpart", "2023-06-17"),
      ("VISITED", FAISAL, TEHRAN, "Amir-Abdollahian in Tehran on Saturday", "2023-06-17"),
      ("MET_WITH", FAISAL, RAISI, "was later received by President", "2023-06-17"),
      ("MET_WITH", RAISI, ABDOLLAHIAN, "with Amir-Abdollahian in attendance", "2023-06-17"),
      ] + _group(_BEIJING, "2023-03-10") + [
      ("SUCCESSOR_OF", AHMADIAN, SHAMKHANI, "Shamkhani was replaced last month by", "2023-05"),
      ("MET_WITH", HUMAIDAN, IRAVANI, "brought together Saudi intelligence chief", "2021-04"),
      ("LEADS", HUMAIDAN, SGIP, "Saudi intelligence chief Khalid"),
      ("MET_WITH", ZHAI, FAISAL, "who met Prince Faisal in Riyadh", "2023-06"),
      ],
     {"source": "blind set (Gulf English daily)", "published": "2023-06-18"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLN")
