"""Blind set OF: Pakistan and its neighbours 2022-2024 (second folder of OE-OF): Shehbaz Sharif's election
as prime minister after Imran Khan's ouster (11 April 2022), Asim Munir's takeover of the army from Qamar
Javed Bajwa (29 November 2022), the Iran-Pakistan strikes of January 2024 under the caretaker prime
minister Anwaar-ul-Haq Kakar, Hossein Amir-Abdollahian's visit to Islamabad (29 January 2024), Ebrahim
Raisi's state visit to Pakistan (22 April 2024) and Wang Yi's visit to the Taliban government in Kabul
(24 March 2022), as a Pakistani daily writes it in English (Dawn-like: "ISLAMABAD:", "Mr Sharif"), a Gulf TV
site in Arabic (Al Arabiya-like: "العربية.نت - إسلام آباد"), a think-tank brief in English ("Crisis Brief |
22 January 2024", numbered days, "What comes next"), an Iranian TV site in Arabic (Al-Alam-like: "الإرهابيين"،
«جيش الظلم» for Jaish al-Adl, "آية الله السيد إبراهيم رئيسي"), Pakistan's state agency in English (APP-like:
"ISLAMABAD, Apr 22 (APP):", "called on", "Dr Seyyed Ebrahim Raisi") and China's state agency in Arabic
(Xinhua-like: "كابول 24 مارس 2022 (شينخوا)", "عضو مجلس الدولة وزير الخارجية").
Pieces: Shehbaz Sharif elected, replacing Imran Khan; Sharif and the two PPP leaders meet (English, OF1);
Munir takes over from Bajwa, Alvi meets Imran Khan in Lahore before signing, Bajwa's farewell call on
Sharif, Sahir Shamshad Mirza succeeds Nadeem Raza, Faiz Hameed had replaced Munir at the ISI (Arabic, OF2);
Kakar chairs the National Security Committee attended by Munir and Jilani, Kakar had taken over from
Shehbaz Sharif (English, OF3); Amir-Abdollahian meets Jilani, then Kakar receives him in the presence of the
Iranian ambassador (Arabic, OF4); Sharif receives Raisi, Dar and Amir-Abdollahian take part in the talks,
Munir calls on Raisi, Raisi calls on Zardari, who succeeded Alvi; Sharif replaced Kakar (English, OF5); Wang
Yi meets Baradar, then Muttaqi, and had met Imran Khan in Islamabad (Arabic, OF6).
Excluded on purpose (no relation): the oath administered by Sanjrani, Modi's message, Khan's "foreign
conspiracy" claim (OF1); the baton handed over at the ceremony, the failed attempt on Imran Khan's life and
his accusation against Sharif and Sanaullah (OF2); the unnamed dead of both strikes, Jilani's phone call
with Amir-Abdollahian, the minister's expected visit (OF3); Raisi's announced visit, the nine Pakistani
workers killed by unknown gunmen (OF4); Raisi's planned meetings in Lahore and Karachi (OF5); the planned
Tunxi meeting of Afghanistan's neighbours with Lavrov's announced attendance (OF6).
Judgement calls: "He replaces Mr Khan" is a succession (OF1); administering the oath of office is not
annotated as a meeting (OF1), nor is the handover of the baton at a change-of-command ceremony (OF2); "Mr
Sharif and the two PPP leaders met" is a meeting of the three (OF1); "قبل أن يُستبدل بالفريق فيض حميد" (was
replaced by) gives Faiz Hameed -> Munir (OF2); a committee meeting "chaired" by Kakar and "attended by"
Munir and Jilani: each attendee with the chair, attendees not paired with each other (OF3, as in the whole
set); "took part" in the delegation-level talks pairs Dar and Amir-Abdollahian with both leaders, not with
each other (OF5); "called on" is a meeting (OF5); "returned as prime minister, replacing caretaker Prime
Minister Anwaar-ul-Haq Kakar" is a succession (OF5); "بحضور" the ambassador: paired with both principals
(OF4); a prime minister or president LEADS the country, an army chief the army, a foreign minister his
ministry where it has an id.
Filled in for the exercise: the meeting of Sharif with Bilawal and Zardari, Modi's wording (OF1); Bajwa's
farewell call on Sharif and its date (OF2); the analysis section and its wording (OF3); the ambassador's
presence (OF4); the number of agreements signed, the exact order of the meetings (OF5); the Chinese and
Afghan officials' wording, the date of the Islamabad meeting with Imran Khan (OF6).
Spellings: "Pakistan Tehreek-i-Insaf", "Bilawal Bhutto-Zardari" (OF1); "قمر جاويد باجوا"، "باجوا"، "ساحر
شمشاد ميرزا" (OF2); "Anwaar-ul-Haq Kakar", "General Asim Munir" (OF3); "حسين أمير عبد اللهيان"، "أنوار الحق
كاكار"، "جليل عباس جيلاني" (OF4); "Muhammad Shehbaz Sharif", "Dr Seyyed Ebrahim Raisi", "General Syed Asim
Munir", "Muhammad Ishaq Dar" (OF5); "وانغ يي"، "عبد الغني برادر"، "أمير خان متقي" (OF6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_of import ALL  # noqa: E402

HERE = Path(__file__).parent

PAKISTAN, IRAN, AFGHANISTAN = "country:pakistan", "country:iran", "country:afghanistan"
ARMY, ISI, PTI, PMLN, PPP, IRFM, PKFM, AFFM, CNFM, IRGC, ADL = (
    "organization:pakistan-army", "organization:isi", "organization:pti", "organization:pml-n",
    "organization:pakistan-peoples-party", "organization:iranian-foreign-ministry",
    "organization:pakistani-foreign-ministry", "organization:afghan-foreign-ministry",
    "organization:chinese-foreign-ministry", "organization:irgc", "organization:jaish-al-adl")
IMRAN, SHEHBAZ, KAKAR, ALVI, ZARDARI, BILAWAL, SANJRANI, QURESHI = (
    "person:imran-khan", "person:shehbaz-sharif", "person:anwaar-ul-haq-kakar", "person:arif-alvi",
    "person:asif-ali-zardari", "person:bilawal-bhutto-zardari", "person:sadiq-sanjrani",
    "person:shah-mahmood-qureshi")
BAJWA, MUNIR, FAIZ, SAHIR, RAZA, SANAULLAH, JILANI, DAR = (
    "person:qamar-javed-bajwa", "person:asim-munir", "person:faiz-hameed", "person:sahir-shamshad-mirza",
    "person:nadeem-raza", "person:rana-sanaullah", "person:jalil-abbas-jilani", "person:ishaq-dar")
RAISI, ABDOLLAHIAN, HOSSEINI = ("person:ebrahim-raisi", "person:hossein-amir-abdollahian",
                                "person:mohammad-ali-hosseini")
WANG, BARADAR, MUTTAQI = "person:wang-yi", "person:abdul-ghani-baradar", "person:amir-khan-muttaqi"

DAWN = "blind set (Pakistani daily, English, Dawn-like)"
ARABIYA = "blind set (Gulf TV news site, Arabic, Al Arabiya-like)"
BRIEF = "blind set (think-tank crisis brief, English)"
ALAM = "blind set (Iranian TV news site, Arabic, Al-Alam-like)"
APP = "blind set (Pakistani state news agency, English, APP-like)"
XINHUA = "blind set (Chinese state news agency, Arabic service, Xinhua-like)"

ARTICLES = [
    ("enOF1_shehbaz_elected_pm_dawn", "en",
     "Shehbaz Sharif elected 23rd prime minister as PTI stages walkout\n"
     "ISLAMABAD: PML-N President Shehbaz Sharif was elected the country's 23rd prime minister on Monday, two "
     "days after Imran Khan became the first premier in Pakistan's history to be ousted through a no-confidence "
     "vote.\n"
     "Mr Sharif secured 174 votes in the National Assembly after lawmakers of the Pakistan Tehreek-i-Insaf, who "
     "had fielded former foreign minister Shah Mahmood Qureshi as their candidate, boycotted the vote and "
     "announced their resignations from the house.\n"
     "He replaces Mr Khan, who maintains that a \"foreign conspiracy\" engineered his removal and has called "
     "on his supporters to take to the streets.\n"
     "Earlier in the day, Mr Sharif and the two PPP leaders, party chairman Bilawal Bhutto-Zardari and former "
     "president Asif Ali Zardari, met at Parliament House to give final shape to the cabinet.\n"
     "The oath was administered to the new premier at the Aiwan-i-Sadr late at night by Senate Chairman Sadiq "
     "Sanjrani, after President Arif Alvi went on leave citing ill health.\n"
     "Indian Prime Minister Narendra Modi congratulated Mr Sharif in a message on Twitter, saying India desired "
     "\"peace and stability in a region free of terror.\"",
     met_group({SHEHBAZ: "Mr Sharif and the two PPP leaders", BILAWAL: "party chairman Bilawal Bhutto-Zardari",
                ZARDARI: "president Asif Ali Zardari, met at Parliament House"}, "2022-04-11") + [
      ("SUCCESSOR_OF", SHEHBAZ, IMRAN, "He replaces Mr Khan", "2022-04-11"),
      ("LEADS", SHEHBAZ, PMLN, "PML-N President Shehbaz Sharif"),
      ("LEADS", BILAWAL, PPP, "party chairman Bilawal"),
      ("MEMBER_OF", QURESHI, PTI, "had fielded former foreign minister Shah Mahmood Qureshi"),
      ("LEADS", ALVI, PAKISTAN, "President Arif Alvi went on leave"),
      ],
     {"source": DAWN, "published": "2022-04-12"}),

    ("arOF2_munir_takes_over_army_arabiya", "ar",
     "عاصم منير يتسلم قيادة الجيش الباكستاني خلفاً لباجوا\n"
     "العربية.نت - إسلام آباد\n"
     "تسلّم الجنرال عاصم منير، اليوم الثلاثاء، رسمياً قيادة الجيش الباكستاني خلفاً للجنرال قمر جاويد باجوا، "
     "الذي أحيل إلى التقاعد بعد ست سنوات في المنصب، وذلك خلال مراسم أقيمت في مقر القيادة العامة في روالبندي، "
     "حيث سلّم باجوا عصا القيادة إلى خلفه.\n"
     "وكان الرئيس الباكستاني عارف علوي قد وقّع الخميس الماضي على قرار التعيين، بعد أن توجه إلى لاهور حيث "
     "التقى رئيس حركة الإنصاف رئيس الوزراء السابق عمران خان، الذي يقيم فيها منذ إصابته بالرصاص في محاولة "
     "اغتيال خلال مسيرة احتجاجية في وزير آباد مطلع الشهر.\n"
     "واتهم خان رئيس الوزراء شهباز شريف ووزير الداخلية رانا ثناء الله وضابطاً في الاستخبارات بالتخطيط "
     "لاغتياله، وهو ما نفته الحكومة.\n"
     "وكان باجوا قد قام الأسبوع الماضي بزيارة وداعية لرئيس الوزراء شهباز شريف في مكتبه بإسلام آباد.\n"
     "وفي اليوم نفسه، تسلّم الجنرال ساحر شمشاد ميرزا منصب رئيس هيئة الأركان المشتركة خلفاً للجنرال نديم رضا.\n"
     "ويُعد منير أول قائد للجيش تولى سابقاً رئاسة الاستخبارات العسكرية والاستخبارات الداخلية، إذ شغل منصب "
     "المدير العام للاستخبارات العسكرية ثمانية أشهر عام 2019، قبل أن يُستبدل بالفريق فيض حميد.",
     [("SUCCESSOR_OF", MUNIR, BAJWA, "قيادة الجيش الباكستاني خلفاً للجنرال", "2022-11-29"),
      ("MET_WITH", ALVI, IMRAN, "التقى رئيس حركة الإنصاف", "2022-11-24"),
      ("MET_WITH", BAJWA, SHEHBAZ, "بزيارة وداعية لرئيس الوزراء"),
      ("SUCCESSOR_OF", SAHIR, RAZA, "خلفاً للجنرال نديم رضا", "2022-11-29"),
      ("SUCCESSOR_OF", FAIZ, MUNIR, "قبل أن يُستبدل بالفريق فيض حميد", "2019-06-16"),
      ("LEADS", MUNIR, ARMY, "تسلّم الجنرال عاصم منير"),
      ("LEADS", ALVI, PAKISTAN, "الرئيس الباكستاني عارف علوي"),
      ("LEADS", IMRAN, PTI, "رئيس حركة الإنصاف رئيس الوزراء السابق"),
      ("LEADS", SHEHBAZ, PAKISTAN, "واتهم خان رئيس الوزراء شهباز شريف"),
      ],
     {"source": ARABIYA, "published": "2022-11-29"}),

    ("enOF3_iran_pakistan_strikes_brief", "en",
     "Iran and Pakistan trade strikes: what happened and what comes next\n"
     "Crisis Brief | South and West Asia Programme | 22 January 2024\n"
     "On 16 January, Iran's Islamic Revolutionary Guard Corps fired missiles and drones at what it described as "
     "two strongholds of the Sunni militant group Jaish al-Adl near Panjgur in Pakistan's Balochistan province. "
     "Islamabad said two children were killed, recalled its ambassador from Tehran and barred Iran's envoy, then "
     "at home, from returning.\n"
     "Two days later Pakistan struck what it called hideouts of the Balochistan Liberation Front and the "
     "Balochistan Liberation Army in Iran's Sistan-Baluchestan province. Iranian officials said nine people, "
     "none of them Iranian citizens, were killed.\n"
     "Caretaker Prime Minister Anwaar-ul-Haq Kakar cut short his visit to the World Economic Forum in Davos and, "
     "on 19 January, chaired a meeting of the National Security Committee attended by the Chief of Army Staff, "
     "General Asim Munir, and the caretaker foreign minister, Jalil Abbas Jilani.\n"
     "The same day, Jilani and his Iranian counterpart, Hossein Amir-Abdollahian, spoke by telephone and agreed "
     "to de-escalate. Ambassadors are to return to their posts by 26 January, and Amir-Abdollahian is expected "
     "in Islamabad on 29 January.\n"
     "Kakar, a senator from Balochistan, took over from Shehbaz Sharif in August 2023 to oversee the general "
     "election now set for 8 February.\n"
     "What comes next: both capitals want calm, but neither has addressed the militancy on the border.",
     [("MET_WITH", KAKAR, MUNIR, "the Chief of Army Staff", "2024-01-19"),
      ("MET_WITH", KAKAR, JILANI, "the caretaker foreign minister, Jalil Abbas Jilani", "2024-01-19"),
      ("SUCCESSOR_OF", KAKAR, SHEHBAZ, "took over from Shehbaz Sharif", "2023-08-14"),
      ("LEADS", KAKAR, PAKISTAN, "Caretaker Prime Minister Anwaar-ul-Haq Kakar"),
      ("LEADS", MUNIR, ARMY, "General Asim Munir, and"),
      ("LEADS", JILANI, PKFM, "caretaker foreign minister, Jalil"),
      ],
     {"source": BRIEF, "published": "2024-01-22"}),

    ("arOF4_abdollahian_islamabad_alalam", "ar",
     "عبد اللهيان من إسلام آباد: أمن إيران وباكستان لا يتجزأ\n"
     "العالم - إسلام آباد\n"
     "التقى وزير الخارجية الإيراني حسين أمير عبد اللهيان، اليوم الاثنين، نظيره الباكستاني جليل عباس جيلاني في "
     "العاصمة الباكستانية إسلام آباد، وبحث معه سبل تعزيز التعاون الأمني على الحدود المشتركة.\n"
     "وأكد الجانبان في مؤتمر صحفي مشترك أن \"الإرهابيين\" يستغلون المناطق الحدودية لزعزعة العلاقات بين البلدين "
     "الجارين، واتفقا على تعيين ضباط ارتباط في مدينتي تربت وزاهدان.\n"
     "كما استقبل رئيس الوزراء الباكستاني المؤقت أنوار الحق كاكار الوزيرَ الإيراني، بحضور السفير الإيراني لدى "
     "إسلام آباد محمد علي حسيني، وجرى خلال اللقاء التأكيد على احترام سيادة البلدين.\n"
     "وأعلن أمير عبد اللهيان أن رئيس الجمهورية آية الله السيد إبراهيم رئيسي سيزور باكستان في المستقبل القريب "
     "تلبية لدعوة رسمية.\n"
     "ودان الوزيران مقتل تسعة عمال باكستانيين على يد مسلحين مجهولين في مدينة سراوان جنوب شرقي إيران قبل "
     "يومين.\n"
     "وكانت القوات المسلحة الإيرانية قد استهدفت في السادس عشر من الشهر الجاري مقرات لزمرة «جيش الظلم» "
     "الإرهابية داخل الأراضي الباكستانية، قبل أن ترد باكستان بضربات داخل محافظة سيستان وبلوشستان.",
     [("MET_WITH", ABDOLLAHIAN, JILANI, "نظيره الباكستاني جليل عباس جيلاني", "2024-01-29"),
      ("MET_WITH", KAKAR, ABDOLLAHIAN, "الوزيرَ الإيراني، بحضور", "2024-01-29"),
      ("MET_WITH", HOSSEINI, KAKAR, "بحضور السفير الإيراني لدى", "2024-01-29"),
      ("MET_WITH", HOSSEINI, ABDOLLAHIAN, "إسلام آباد محمد علي حسيني", "2024-01-29"),
      ("LEADS", ABDOLLAHIAN, IRFM, "وزير الخارجية الإيراني حسين أمير عبد اللهيان"),
      ("LEADS", KAKAR, PAKISTAN, "رئيس الوزراء الباكستاني المؤقت"),
      ("LEADS", RAISI, IRAN, "رئيس الجمهورية آية الله السيد"),
      ],
     {"source": ALAM, "published": "2024-01-29"}),

    ("enOF5_raisi_state_visit_app", "en",
     "PM Shehbaz receives Iranian President Raisi; two sides sign eight MoUs\n"
     "ISLAMABAD, Apr 22 (APP): Prime Minister Muhammad Shehbaz Sharif on Monday received President of the "
     "Islamic Republic of Iran Dr Seyyed Ebrahim Raisi at the PM House, where the Iranian President was presented "
     "a guard of honour.\n"
     "The two leaders later held a one-on-one meeting, followed by delegation-level talks in which Deputy Prime "
     "Minister and Foreign Minister Muhammad Ishaq Dar and Iranian Foreign Minister Hossein Amir-Abdollahian also "
     "took part. The two sides signed eight agreements and memoranda of understanding.\n"
     "Chief of the Army Staff General Syed Asim Munir called on the Iranian President and discussed matters of "
     "mutual interest, including border security, the ISPR said.\n"
     "President Raisi also called on President Asif Ali Zardari at the Aiwan-e-Sadr. Zardari, who was elected "
     "to a second term on March 9, succeeded Dr Arif Alvi.\n"
     "The visit is the first by a foreign head of state since the February 8 general elections. Shehbaz Sharif "
     "returned as prime minister on March 4, replacing caretaker Prime Minister Anwaar-ul-Haq Kakar.\n"
     "The Iranian President will also visit Lahore and Karachi, where he is scheduled to meet the chief ministers "
     "of Punjab and Sindh.",
     [("MET_WITH", SHEHBAZ, RAISI, "received President of the Islamic Republic", "2024-04-22"),
      ("MET_WITH", DAR, SHEHBAZ, "Minister Muhammad Ishaq Dar", "2024-04-22"),
      ("MET_WITH", DAR, RAISI, "delegation-level talks in which Deputy", "2024-04-22"),
      ("MET_WITH", ABDOLLAHIAN, SHEHBAZ, "Iranian Foreign Minister Hossein Amir-Abdollahian also", "2024-04-22"),
      ("MET_WITH", ABDOLLAHIAN, RAISI, "also took part", "2024-04-22"),
      ("MET_WITH", MUNIR, RAISI, "Asim Munir called on the Iranian President", "2024-04-22"),
      ("MET_WITH", RAISI, ZARDARI, "President Raisi also called on", "2024-04-22"),
      ("SUCCESSOR_OF", ZARDARI, ALVI, "succeeded Dr Arif Alvi", "2024-03-10"),
      ("SUCCESSOR_OF", SHEHBAZ, KAKAR, "replacing caretaker Prime Minister", "2024-03-04"),
      ("LEADS", SHEHBAZ, PAKISTAN, "Prime Minister Muhammad Shehbaz Sharif on Monday"),
      ("LEADS", RAISI, IRAN, "President of the Islamic Republic of Iran Dr"),
      ("LEADS", DAR, PKFM, "Foreign Minister Muhammad Ishaq Dar"),
      ("LEADS", ABDOLLAHIAN, IRFM, "Iranian Foreign Minister Hossein"),
      ("LEADS", MUNIR, ARMY, "Chief of the Army Staff General Syed"),
      ("LEADS", ZARDARI, PAKISTAN, "on President Asif Ali Zardari"),
      ],
     {"source": APP, "published": "2024-04-22"}),

    ("arOF6_wang_yi_kabul_xinhua", "ar",
     "وزير الخارجية الصيني يجري محادثات مع مسؤولين في الحكومة الأفغانية المؤقتة في كابول\n"
     "كابول 24 مارس 2022 (شينخوا) التقى عضو مجلس الدولة وزير الخارجية الصيني وانغ يي، اليوم (الخميس) في كابول، "
     "القائم بأعمال النائب الأول لرئيس الوزراء في الحكومة الأفغانية المؤقتة الملا عبد الغني برادر، وتبادل "
     "الجانبان وجهات النظر حول العلاقات الثنائية والوضع في أفغانستان.\n"
     "وقال وانغ إن الصين تحترم استقلال أفغانستان وسيادتها وسلامة أراضيها، وتأمل أن تتخذ الحكومة المؤقتة خطوات "
     "لبناء هيكل سياسي منفتح وشامل. من جانبه، قال برادر إن أفغانستان لن تسمح لأي قوة باستخدام أراضيها للإضرار "
     "بمصالح الصين.\n"
     "كما أجرى وانغ محادثات مع القائم بأعمال وزير الخارجية أمير خان متقي، تناولت التعاون الاقتصادي ومشاريع "
     "التعدين.\n"
     "وهذه أول زيارة يقوم بها مسؤول صيني رفيع المستوى إلى أفغانستان منذ أغسطس الماضي. ووصل وانغ إلى كابول قادماً "
     "من إسلام آباد، حيث شارك في اجتماع مجلس وزراء خارجية منظمة التعاون الإسلامي، والتقى على هامشه رئيس الوزراء "
     "الباكستاني عمران خان.\n"
     "ومن المقرر أن تستضيف الصين في مدينة تونشي بمقاطعة آنهوي أواخر الشهر الجاري الاجتماع الثالث لوزراء خارجية "
     "الدول المجاورة لأفغانستان، فيما أعلنت موسكو أن وزير الخارجية الروسي سيرغي لافروف سيشارك فيه.",
     [("MET_WITH", WANG, BARADAR, "التقى عضو مجلس الدولة وزير الخارجية الصيني", "2022-03-24"),
      ("MET_WITH", WANG, MUTTAQI, "كما أجرى وانغ محادثات مع", "2022-03-24"),
      ("MET_WITH", WANG, IMRAN, "والتقى على هامشه رئيس الوزراء"),
      ("LEADS", WANG, CNFM, "وزير الخارجية الصيني وانغ يي"),
      ("LEADS", MUTTAQI, AFFM, "القائم بأعمال وزير الخارجية أمير"),
      ("LEADS", IMRAN, PAKISTAN, "الباكستاني عمران خان"),
      ],
     {"source": XINHUA, "published": "2022-03-24"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setOF")
