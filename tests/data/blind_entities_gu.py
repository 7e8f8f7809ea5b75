"""Entities new to the project used by blind sets GS, GT and GU (session 21: regions far from the
Middle East, 2019-2025: Latin America; South and Southeast Asia; Russia and Ukraine's wider war).

`NEW` holds only ids that none of blind_entities_{fe,fh,fk,fn,fq,ft,fw,fz,gc,gf,gi,gl2}.ALL defines.
`ALL` merges those twelve tables plus NEW. The parallel annotators' files of session 21 are not
imported.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_entities_fe import ALL as _FE  # noqa: E402
from blind_entities_fh import ALL as _FH  # noqa: E402
from blind_entities_fk import ALL as _FK  # noqa: E402
from blind_entities_fn import ALL as _FN  # noqa: E402
from blind_entities_fq import ALL as _FQ  # noqa: E402
from blind_entities_ft import ALL as _FT  # noqa: E402
from blind_entities_fw import ALL as _FW  # noqa: E402
from blind_entities_fz import ALL as _FZ  # noqa: E402
from blind_entities_gc import ALL as _GC  # noqa: E402
from blind_entities_gf import ALL as _GF  # noqa: E402
from blind_entities_gi import ALL as _GI  # noqa: E402
from blind_entities_gl2 import ALL as _GL2  # noqa: E402

_BEFORE = {**_FE, **_FH, **_FK, **_FN, **_FQ, **_FT, **_FW, **_FZ, **_GC, **_GF, **_GI, **_GL2}

NEW = {
    # --- countries
    "country:belarus": ("Country", "Belarus", "بيلاروسيا"),
    "country:colombia": ("Country", "Colombia", "كولومبيا"),
    "country:ecuador": ("Country", "Ecuador", "الإكوادور"),
    "country:haiti": ("Country", "Haiti", "هايتي"),
    "country:malaysia": ("Country", "Malaysia", "ماليزيا"),
    "country:mexico": ("Country", "Mexico", "المكسيك"),
    "country:north-korea": ("Country", "North Korea", "كوريا الشمالية"),
    "country:philippines": ("Country", "Philippines", "الفلبين"),
    "country:south-africa": ("Country", "South Africa", "جنوب أفريقيا"),
    "country:sri-lanka": ("Country", "Sri Lanka", "سريلانكا"),
    "country:venezuela": ("Country", "Venezuela", "فنزويلا"),
    # --- places
    "location:bangkok": ("Location", "Bangkok", "بانكوك"),
    "location:caracas": ("Location", "Caracas", "كاراكاس"),
    "location:carondelet-palace": ("Location", "Carondelet Palace (Quito)", "قصر كارونديليت"),
    "location:culiacan": ("Location", "Culiacan", "كولياكان"),
    "location:kuala-lumpur": ("Location", "Kuala Lumpur", "كوالالمبور"),
    "location:kyiv": ("Location", "Kyiv", "كييف"),
    "location:miraflores-palace": ("Location", "Miraflores Palace (Caracas)", "قصر ميرافلوريس"),
    "location:new-delhi": ("Location", "New Delhi", "نيودلهي"),
    "location:port-au-prince": ("Location", "Port-au-Prince", "بورت أو برنس"),
    "location:pyongyang": ("Location", "Pyongyang", "بيونغ يانغ"),
    "location:quito": ("Location", "Quito", "كيتو"),
    "location:saint-petersburg": ("Location", "Saint Petersburg", "سانت بطرسبرغ"),
    "location:sinaloa": ("Location", "Sinaloa (state)", "ولاية سينالوا"),
    "location:tokyo": ("Location", "Tokyo", "طوكيو"),
    # --- organisations: Latin America
    "organization:colombian-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Colombia",
                                                "وزارة الخارجية الكولومبية"),
    "organization:ecuador-attorney-generals-office": ("Organization", "Attorney General's Office of Ecuador (Fiscalia)",
                                                      "النيابة العامة الإكوادورية"),
    "organization:ecuador-joint-command": ("Organization", "Joint Command of the Armed Forces of Ecuador",
                                           "القيادة المشتركة للقوات المسلحة الإكوادورية"),
    "organization:ecuadorian-interior-ministry": ("Organization", "Ministry of the Interior of Ecuador",
                                                  "وزارة الداخلية الإكوادورية"),
    "organization:ecuadorian-national-police": ("Organization", "National Police of Ecuador",
                                                "الشرطة الوطنية الإكوادورية"),
    "organization:haiti-transitional-presidential-council": ("Organization", "Transitional Presidential Council of Haiti",
                                                             "المجلس الرئاسي الانتقالي في هايتي"),
    "organization:haitian-justice-ministry": ("Organization", "Ministry of Justice and Public Security of Haiti",
                                              "وزارة العدل الهايتية"),
    "organization:haitian-government": ("Organization", "Government of Haiti", "الحكومة الهايتية"),
    "organization:kenya-national-police-service": ("Organization", "Kenya National Police Service",
                                                   "الشرطة الوطنية الكينية"),
    "organization:los-chapitos": ("Organization", "Los Chapitos (Sinaloa cartel faction)", "لوس تشابيتوس"),
    "organization:los-choneros": ("Organization", "Los Choneros", "لوس تشونيروس"),
    "organization:m-19": ("Organization", "M-19 (19th of April Movement)", "حركة 19 أبريل (إم-19)"),
    "organization:mexican-defence-ministry": ("Organization", "Secretariat of National Defence of Mexico (SEDENA)",
                                              "وزارة الدفاع المكسيكية"),
    "organization:mexican-security-ministry": ("Organization", "Secretariat of Security and Civilian Protection of Mexico",
                                               "وزارة الأمن المكسيكية"),
    "organization:multinational-security-support-mission": ("Organization", "Multinational Security Support Mission in Haiti",
                                                            "البعثة المتعددة الجنسيات لدعم الأمن في هايتي"),
    "organization:sinaloa-cartel": ("Organization", "Sinaloa Cartel", "كارتل سينالوا"),
    "organization:sinaloa-prosecutor-office": ("Organization", "Sinaloa State Prosecutor's Office",
                                               "نيابة ولاية سينالوا"),
    "organization:us-southern-command": ("Organization", "US Southern Command (SOUTHCOM)", "القيادة الجنوبية الأميركية"),
    "organization:venezuelan-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Venezuela",
                                                 "وزارة الخارجية الفنزويلية"),
    "organization:viv-ansanm": ("Organization", "Viv Ansanm (gang coalition)", "تحالف فيف أنسانم"),
    # --- organisations: South and Southeast Asia
    "organization:bangladesh-army": ("Organization", "Bangladesh Army", "الجيش البنغلاديشي"),
    "organization:bangladesh-bank": ("Organization", "Bangladesh Bank (central bank)", "البنك المركزي البنغلاديشي"),
    "organization:bangladesh-supreme-court": ("Organization", "Supreme Court of Bangladesh", "المحكمة العليا في بنغلاديش"),
    "organization:bangladeshi-government": ("Organization", "Government of Bangladesh", "الحكومة البنغلاديشية"),
    "organization:bhumjaithai-party": ("Organization", "Bhumjaithai Party", "حزب بومجايتاي"),
    "organization:brunei-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Brunei",
                                             "وزارة الخارجية البروناوية"),
    "organization:cambodian-foreign-ministry": ("Organization", "Ministry of Foreign Affairs of Cambodia",
                                                "وزارة الخارجية الكمبودية"),
    "organization:cambodian-government": ("Organization", "Royal Government of Cambodia", "الحكومة الكمبودية"),
    "organization:cambodian-senate": ("Organization", "Senate of Cambodia", "مجلس الشيوخ الكمبودي"),
    "organization:janatha-vimukthi-peramuna": ("Organization", "Janatha Vimukthi Peramuna (JVP)",
                                               "جاناتا فيموكثي بيرامونا"),
    "organization:japan-maritime-self-defense-force": ("Organization", "Japan Maritime Self-Defense Force",
                                                       "قوات الدفاع الذاتي البحرية اليابانية"),
    "organization:japan-national-police-agency": ("Organization", "National Police Agency (Japan)",
                                                  "وكالة الشرطة الوطنية اليابانية"),
    "organization:japanese-government": ("Organization", "Government of Japan", "الحكومة اليابانية"),
    "organization:myanmar-junta": ("Organization", "Myanmar military junta (State Administration Council)",
                                   "المجلس العسكري في ميانمار"),
    "organization:philippine-defense-department": ("Organization", "Department of National Defense (Philippines)",
                                                   "وزارة الدفاع الفلبينية"),
    "organization:philippine-national-police": ("Organization", "Philippine National Police", "الشرطة الوطنية الفلبينية"),
    "organization:sri-lankan-government": ("Organization", "Government of Sri Lanka", "الحكومة السريلانكية"),
    "organization:thai-government": ("Organization", "Government of Thailand", "الحكومة التايلاندية"),
    # --- organisations: Russia, Ukraine, Gulf
    "organization:armed-forces-of-ukraine": ("Organization", "Armed Forces of Ukraine", "القوات المسلحة الأوكرانية"),
    "organization:gru": ("Organization", "Main Intelligence Directorate of the Russian General Staff (GRU)",
                         "الاستخبارات العسكرية الروسية"),
    "organization:office-of-the-president-of-ukraine": ("Organization", "Office of the President of Ukraine",
                                                        "مكتب الرئيس الأوكراني"),
    "organization:russian-direct-investment-fund": ("Organization", "Russian Direct Investment Fund (RDIF)",
                                                    "صندوق الاستثمار المباشر الروسي"),
    "organization:russian-general-staff": ("Organization", "General Staff of the Russian Armed Forces",
                                           "هيئة الأركان العامة الروسية"),
    "organization:russian-rchbz-troops": ("Organization", "Russian Radiological, Chemical and Biological Protection Troops",
                                          "قوات الحماية من الإشعاع والأسلحة الكيميائية والبيولوجية الروسية"),
    "organization:saudi-council-of-ministers": ("Organization", "Council of Ministers of Saudi Arabia",
                                                "مجلس الوزراء السعودي"),
    "organization:sbu": ("Organization", "Security Service of Ukraine (SBU)", "جهاز الأمن الأوكراني"),
    "organization:ukraine-nsdc": ("Organization", "National Security and Defence Council of Ukraine",
                                  "مجلس الأمن القومي والدفاع الأوكراني"),
    "organization:ukrainian-defence-ministry": ("Organization", "Ministry of Defence of Ukraine", "وزارة الدفاع الأوكرانية"),
    "organization:ukrainian-government": ("Organization", "Cabinet of Ministers of Ukraine", "الحكومة الأوكرانية"),
    # --- people: Haiti
    "person:jovenel-moise": ("Person", "Jovenel Moise", "جوفينيل مويز"),
    "person:ariel-henry": ("Person", "Ariel Henry", "أرييل هنري"),
    "person:bed-ford-claude": ("Person", "Bed-Ford Claude", "بيد فورد كلود"),
    "person:frantz-louis-juste": ("Person", "Frantz Louis Juste", "فرانتز لويس جوست"),
    "person:claude-joseph": ("Person", "Claude Joseph", "كلود جوزيف"),
    "person:joseph-felix-badio": ("Person", "Joseph Felix Badio", "جوزيف فيليكس باديو"),
    "person:daniel-foote": ("Person", "Daniel Foote", "دانيال فوت"),
    "person:garry-conille": ("Person", "Garry Conille", "غاري كونيي"),
    "person:edgard-leblanc-fils": ("Person", "Edgard Leblanc Fils", "إدغار لوبلان فيس"),
    "person:michel-patrick-boisvert": ("Person", "Michel Patrick Boisvert", "ميشال باتريك بوافير"),
    "person:jimmy-cherizier": ("Person", "Jimmy Cherizier (Barbecue)", "جيمي شيريزييه"),
    "person:godfrey-otunge": ("Person", "Godfrey Otunge", "غودفري أوتونغي"),
    # --- people: Ecuador, Colombia, Venezuela
    "person:daniel-noboa": ("Person", "Daniel Noboa", "دانيال نوبوا"),
    "person:guillermo-lasso": ("Person", "Guillermo Lasso", "غييرمو لاسو"),
    "person:juan-zapata": ("Person", "Juan Zapata", "خوان سباتا"),
    "person:fausto-salinas": ("Person", "Fausto Salinas", "فاوستو ساليناس"),
    "person:adolfo-macias": ("Person", "Jose Adolfo Macias (Fito)", "خوسيه أدولفو ماسياس (فيتو)"),
    "person:cesar-suarez": ("Person", "Cesar Suarez", "سيزار سواريز"),
    "person:diana-salazar": ("Person", "Diana Salazar", "ديانا سالازار"),
    "person:laura-richardson": ("Person", "Laura Richardson", "لورا ريتشاردسون"),
    "person:jaime-congo": ("Person", "Jaime Congo", "جيمي كونغو"),
    "person:jaime-vela": ("Person", "Jaime Vela", "خايمي فيلا"),
    "person:gustavo-petro": ("Person", "Gustavo Petro", "غوستافو بيترو"),
    "person:nicolas-maduro": ("Person", "Nicolas Maduro", "نيكولاس مادورو"),
    "person:alvaro-leyva": ("Person", "Alvaro Leyva", "ألفارو ليفا"),
    "person:carlos-faria": ("Person", "Carlos Faria", "كارلوس فاريا"),
    "person:ivan-duque": ("Person", "Ivan Duque", "إيفان دوكي"),
    # --- people: Mexico
    "person:claudia-sheinbaum": ("Person", "Claudia Sheinbaum", "كلاوديا شينباوم"),
    "person:ricardo-trevilla-trejo": ("Person", "Ricardo Trevilla Trejo", "ريكاردو تريفيا تريخو"),
    "person:luis-cresencio-sandoval": ("Person", "Luis Cresencio Sandoval", "لويس كريسينسيو ساندوفال"),
    "person:ismael-zambada": ("Person", "Ismael \"El Mayo\" Zambada", "إسماعيل زامبادا"),
    "person:ivan-archivaldo-guzman": ("Person", "Ivan Archivaldo Guzman", "إيفان أرشيفالدو غوزمان"),
    "person:joaquin-guzman-loera": ("Person", "Joaquin \"El Chapo\" Guzman Loera", "خواكين غوزمان لويرا"),
    "person:sara-bruna-quinonez": ("Person", "Sara Bruna Quinonez", "سارا برونا كينيونيس"),
    "person:claudia-zulema-sanchez": ("Person", "Claudia Zulema Sanchez", "كلاوديا سوليما سانشيز"),
    "person:omar-garcia-harfuch": ("Person", "Omar Garcia Harfuch", "عمر غارسيا حرفوش"),
    "person:ruben-rocha-moya": ("Person", "Ruben Rocha Moya", "روبين روتشا مويا"),
    # --- people: Myanmar and ASEAN
    "person:min-aung-hlaing": ("Person", "Min Aung Hlaing", "مين أونغ هلاينغ"),
    "person:erywan-yusof": ("Person", "Erywan Yusof", "إريوان يوسف"),
    "person:prak-sokhonn": ("Person", "Prak Sokhonn", "براك سوخون"),
    "person:hun-sen": ("Person", "Hun Sen", "هون سين"),
    "person:hun-manet": ("Person", "Hun Manet", "هون مانيت"),
    "person:alounkeo-kittikhoun": ("Person", "Alounkeo Kittikhoun", "ألونكيو كيتيخون"),
    # --- people: Sri Lanka, India, Bangladesh
    "person:anura-kumara-dissanayake": ("Person", "Anura Kumara Dissanayake", "أنورا كومارا ديساناياكا"),
    "person:ranil-wickremesinghe": ("Person", "Ranil Wickremesinghe", "رانيل ويكريمسينغه"),
    "person:gotabaya-rajapaksa": ("Person", "Gotabaya Rajapaksa", "غوتابايا راجاباكسا"),
    "person:dinesh-gunawardena": ("Person", "Dinesh Gunawardena", "دينيش غوناواردينا"),
    "person:harini-amarasuriya": ("Person", "Harini Amarasuriya", "هاريني أمراسوريا"),
    "person:narendra-modi": ("Person", "Narendra Modi", "ناريندرا مودي"),
    "person:sheikh-hasina": ("Person", "Sheikh Hasina", "الشيخة حسينة"),
    "person:waker-uz-zaman": ("Person", "Waker-Uz-Zaman", "وقار الزمان"),
    "person:muhammad-yunus": ("Person", "Muhammad Yunus", "محمد يونس"),
    "person:obaidul-hassan": ("Person", "Obaidul Hassan", "عبيد الحسن"),
    "person:syed-refaat-ahmed": ("Person", "Syed Refaat Ahmed", "سيد رفعت أحمد"),
    "person:ahsan-mansur": ("Person", "Ahsan H. Mansur", "أحسن منصور"),
    "person:abdur-rouf-talukder": ("Person", "Abdur Rouf Talukder", "عبد الرؤوف طالوقدار"),
    # --- people: Japan
    "person:shinzo-abe": ("Person", "Shinzo Abe", "شينزو آبي"),
    "person:tetsuya-yamagami": ("Person", "Tetsuya Yamagami", "تيتسويا ياماغامي"),
    "person:itaru-nakamura": ("Person", "Itaru Nakamura", "إيتارو ناكامورا"),
    "person:yasuhiro-tsuyuki": ("Person", "Yasuhiro Tsuyuki", "ياسوهيرو تسويوكي"),
    "person:fumio-kishida": ("Person", "Fumio Kishida", "فوميو كيشيدا"),
    "person:yoshihide-suga": ("Person", "Yoshihide Suga", "يوشيهيدي سوغا"),
    # --- people: Philippines
    "person:rodrigo-duterte": ("Person", "Rodrigo Duterte", "رودريغو دوتيرتي"),
    "person:ferdinand-marcos-jr": ("Person", "Ferdinand Marcos Jr.", "فرديناند ماركوس الابن"),
    "person:rommel-marbil": ("Person", "Rommel Marbil", "روميل ماربيل"),
    "person:gilberto-teodoro": ("Person", "Gilberto Teodoro", "غيلبرتو تيودورو"),
    "person:carlito-galvez": ("Person", "Carlito Galvez", "كارليتو غالفيز"),
    # --- people: Thailand
    "person:paetongtarn-shinawatra": ("Person", "Paetongtarn Shinawatra", "باتونغتارن شيناواترا"),
    "person:srettha-thavisin": ("Person", "Srettha Thavisin", "سريتا تافيسين"),
    "person:thaksin-shinawatra": ("Person", "Thaksin Shinawatra", "تاكسين شيناواترا"),
    "person:phumtham-wechayachai": ("Person", "Phumtham Wechayachai", "فومتام ويتشاياتشاي"),
    "person:anutin-charnvirakul": ("Person", "Anutin Charnvirakul", "أنوتين تشارنفيراكول"),
    # --- people: Russia, Belarus, Ukraine, Africa, North Korea
    "person:alexander-lukashenko": ("Person", "Alexander Lukashenko", "ألكسندر لوكاشينكو"),
    "person:volodymyr-zelensky": ("Person", "Volodymyr Zelensky", "فولوديمير زيلينسكي"),
    "person:andriy-yermak": ("Person", "Andriy Yermak", "أندريه يرماك"),
    "person:dmytro-kuleba": ("Person", "Dmytro Kuleba", "دميترو كوليبا"),
    "person:rustem-umerov": ("Person", "Rustem Umerov", "رستم عمروف"),
    "person:oleksii-reznikov": ("Person", "Oleksii Reznikov", "أوليكسي ريزنيكوف"),
    "person:denys-shmyhal": ("Person", "Denys Shmyhal", "دينيس شميهال"),
    "person:oleksandr-syrskyi": ("Person", "Oleksandr Syrskyi", "أولكسندر سيرسكي"),
    "person:valerii-zaluzhnyi": ("Person", "Valerii Zaluzhnyi", "فاليري زالوجني"),
    "person:vasyl-malyuk": ("Person", "Vasyl Malyuk", "فاسيل ماليوك"),
    "person:cyril-ramaphosa": ("Person", "Cyril Ramaphosa", "سيريل رامافوزا"),
    "person:macky-sall": ("Person", "Macky Sall", "ماكي سال"),
    "person:yaroslav-moskalik": ("Person", "Yaroslav Moskalik", "ياروسلاف موسكاليك"),
    "person:igor-kirillov": ("Person", "Igor Kirillov", "إيغور كيريلوف"),
    "person:alexei-rtishchev": ("Person", "Alexei Rtishchev", "أليكسي رتيشيف"),
    "person:vladimir-medinsky": ("Person", "Vladimir Medinsky", "فلاديمير ميدينسكي"),
    "person:kirill-dmitriev": ("Person", "Kirill Dmitriev", "كيريل دميترييف"),
    "person:kim-jong-un": ("Person", "Kim Jong Un", "كيم جونغ أون"),
}

_clash = set(NEW) & set(_BEFORE)
assert not _clash, _clash

ALL = {**_BEFORE, **NEW}
