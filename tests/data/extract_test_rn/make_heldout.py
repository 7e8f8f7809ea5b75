"""Blind set RN: Iran's nuclear file 2010-2021 (second folder of RM-RN): the Lausanne framework talks of John
Kerry, Mohammad Javad Zarif and Federica Mogherini, and Ernest Moniz with Ali Akbar Salehi (April 2015), Yukiya
Amano's visit to Tehran and the killings of the nuclear scientists (think-tank brief, 2015 and 2019), the
opening of the Vienna talks (April 2021), their resumption under Ali Bagheri Kani (November 2021), the funeral
of Mohsen Fakhrizadeh (November 2020) and Zarif's first meeting with Kerry at the United Nations (September
2013), as a Saudi-owned London daily writes it in Arabic (Asharq Al-Awsat-like: "لوزان: «الشرق الأوسط»"), a
Washington think tank in English (PolicyWatch-like brief), a European broadcaster's site in Arabic (DW
Arabic-like: "فيينا (د ب أ)"), a French wire in English (AFP-like: "VIENNA (AFP) -"), an Iranian agency in
Arabic (Tasnim Arabic-like: "الشهيد", "الكيان الصهيوني") and a Gulf daily in English (Arab News-like:
"NEW YORK:").
Pieces: Kerry and Zarif meet in the presence of Mogherini, who succeeded Ashton; Moniz meets Salehi; Lavrov
left (Arabic, RN1); Amano meets Rouhani, then Salehi, in Tehran; Grossi to succeed Amano if confirmed; the killings
"widely attributed" to Israel (English, RN2); Araghchi meets Mora, then Ulyanov; Mora meets Malley; no direct
Iran-US meeting (Arabic, RN3); Bagheri Kani, who replaced Araghchi, meets Mora and then Ulyanov; Raisi
succeeded Rouhani; Malley meets Mora (English, RN4); Fakhrizadeh "اغتاله الكيان الصهيوني", the 2010-12
scientists "اغتالهم عملاء الموساد"; Shamkhani's accusation (Arabic, RN5); Zarif meets Kerry, Ashton and the
P5+1 ministers, then Kerry one-on-one; Rouhani succeeded Ahmadinejad; Obama's phone call (English, RN6).
Excluded on purpose (no relation): Lavrov, who left Lausanne before the meeting, and Obama's call to King
Salman (RN1); the killings "widely attributed to Israel" (no agent stated by the brief), the Parchin visit that
never took place, Grossi who "will be succeeded ... if the Board ... confirms" (a conditional future:
not yet a succession), Feruta's interim (RN2); the US delegation that the Iranians refused to meet (RN3); the meeting with Malley that
Tehran ruled out (RN4); Shamkhani's accusation of the Mojahedin and Mossad, Hatami at the funeral (no meeting)
(RN5); the handshake that did not take place and Obama's phone call to Rouhani, Saud al-Faisal's cancelled
speech (RN6).
Judgement calls: "بحضور" Mogherini: paired with both Kerry and Zarif (RN1); "التي خلفت" is a succession
(RN1); "met President Hassan Rouhani and later ... Salehi" are two meetings (RN2);
an Iranian agency writing in its own voice "الذي اغتاله الكيان الصهيوني" states the agent (RN5 ->
country:israel; "عملاء الموساد" -> organization:mossad), unlike Shamkhani's reported accusation; "a meeting
with Kerry and the foreign ministers of ... chaired by Ashton" is one group meeting: the named members are
paired with each other (RN6); the one-on-one is the same pair (RN6).
Filled in for the exercise: the hotels and hours (RN1, RN3, RN4), Obama's call to King Salman's timing (RN1),
the brief's wording and Parchin remark (RN2), the quoted spokesmen (RN3, RN4), the funeral details and
Shamkhani's wording (RN5), the length of the one-on-one and the named ministers (RN6).
Spellings: "جون كيري", "فيديريكا موغيريني", "إرنست مونيز" (RN1); "Yukiya Amano", "Ali-Akbar Salehi" (RN2);
"عباس عراقچي", "إنريكي مورا", "ميخائيل أوليانوف" (RN3); "Ali Bagheri", "Mikhail Ulyanov" (RN4); "محسن فخري
زاده", "مصطفى احمدي روشن" (RN5); "Javad Zarif", "Catherine Ashton" (RN6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_rn import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISRAEL, US = "country:iran", "country:israel", "country:united-states"
IAEA, AEOI, EU, MOSSAD, SNSC = (
    "organization:iaea", "organization:atomic-energy-organization-of-iran", "organization:european-union",
    "organization:mossad", "organization:supreme-national-security-council")
ROUHANI, AHMADINEJAD, RAISI, ZARIF, SALEHI, ARAGHCHI, BAGHERI, SHAMKHANI, HATAMI = (
    "person:hassan-rouhani", "person:mahmoud-ahmadinejad", "person:ebrahim-raisi", "person:mohammad-javad-zarif",
    "person:ali-akbar-salehi", "person:abbas-araghchi", "person:ali-bagheri-kani", "person:ali-shamkhani",
    "person:amir-hatami")
SHAHRIARI, ALIMOHAMMADI, ROSHAN, FAKHRIZADEH = (
    "person:majid-shahriari", "person:masoud-alimohammadi", "person:mostafa-ahmadi-roshan",
    "person:mohsen-fakhrizadeh")
KERRY, MONIZ, OBAMA, MALLEY = "person:john-kerry", "person:ernest-moniz", "person:barack-obama", "person:robert-malley"
ASHTON, MOGHERINI, MORA, ULYANOV, LAVROV, WANG = (
    "person:catherine-ashton", "person:federica-mogherini", "person:enrique-mora", "person:mikhail-ulyanov",
    "person:sergei-lavrov", "person:wang-yi")
AMANO, GROSSI = "person:yukiya-amano", "person:rafael-grossi"

AAWSAT = "blind set (Saudi-owned London daily, Arabic, Asharq Al-Awsat-like)"
BRIEF = "blind set (Washington think tank, English policy brief, PolicyWatch-like)"
DW = "blind set (European broadcaster's news site, Arabic, DW Arabic-like)"
AFP = "blind set (French news wire, English, AFP-like)"
TASNIM = "blind set (Iranian news agency, Arabic service, Tasnim-like)"
ARABNEWS = "blind set (Gulf daily, English, Arab News-like)"

ARTICLES = [
    ("arRN1_lausanne_kerry_zarif_aawsat", "ar",
     "لوزان: سباق مع الوقت لإنجاز «إطار» الاتفاق النووي\n"
     "لوزان: «الشرق الأوسط»\n"
     "التقى وزير الخارجية الأميركي جون كيري ونظيره الإيراني محمد جواد ظريف، مساء أمس، في فندق بوريفاج "
     "بلوزان، بحضور مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني، في محاولة أخيرة لتذليل "
     "العقبات أمام إعلان اتفاق الإطار.\n"
     "وعلى هامش المفاوضات، عقد وزير الطاقة الأميركي إرنست مونيز اجتماعاً مطولاً مع رئيس منظمة الطاقة الذرية "
     "الإيرانية علي أكبر صالحي، تناول عدد أجهزة الطرد المركزي في منشأة فوردو.\n"
     "وكانت موغيريني، التي خلفت كاثرين آشتون في منصبها مطلع تشرين الثاني الماضي، قد أكدت للصحافيين أن "
     "\"التقدم ملموس لكن العمل لم ينته بعد\".\n"
     "وغادر وزير الخارجية الروسي سيرغي لافروف لوزان قبل الاجتماع، على أن يعود إذا اقتضت الحاجة.\n"
     "وفي واشنطن، قال مصدر في البيت الأبيض إن الرئيس باراك أوباما سيجري اتصالاً بالعاهل السعودي الملك سلمان "
     "بن عبد العزيز فور الإعلان عن أي تفاهم.",
     [("MET_WITH", KERRY, ZARIF, "ونظيره الإيراني محمد جواد ظريف", "2015-04-01"),
      ("MET_WITH", MOGHERINI, KERRY, "بحضور مسؤولة السياسة الخارجية", "2015-04-01"),
      ("MET_WITH", MOGHERINI, ZARIF, "الاتحاد الأوروبي فيديريكا موغيريني", "2015-04-01"),
      ("MET_WITH", MONIZ, SALEHI, "عقد وزير الطاقة الأميركي إرنست", "2015-04-01"),
      ("SUCCESSOR_OF", MOGHERINI, ASHTON, "التي خلفت كاثرين آشتون", "2014-11-01"),
      ("LEADS", SALEHI, AEOI, "رئيس منظمة الطاقة الذرية"),
      ("MEMBER_OF", MOGHERINI, EU, "في الاتحاد الأوروبي فيديريكا"),
      ("LEADS", OBAMA, US, "الرئيس باراك أوباما"),
      ],
     {"source": AAWSAT, "published": "2015-04-02"}),

    ("enRN2_amano_tehran_brief", "en",
     "The IAEA and Iran: From Amano's Tehran Visit to a New Director General\n"
     "PolicyWatch brief, August 2019\n"
     "When Yukiya Amano traveled to Tehran in September 2015, it was his first visit as IAEA director general "
     "in four years. He met President Hassan Rouhani and later Ali-Akbar Salehi, head of the Atomic Energy "
     "Organization of Iran (AEOI), to discuss the roadmap on the \"possible military dimensions\" of Iran's "
     "past work. A visit to the Parchin military site, floated by Iranian officials, never took place.\n"
     "Amano, who died in July, will be succeeded by Argentine diplomat Rafael Grossi if the Board of Governors "
     "confirms him this autumn, while Romanian official Cornel Feruta runs the agency in the interim.\n"
     "The agency's next chief will inherit a file shaped by violence as much as by diplomacy. Between 2010 and "
     "2012, Masoud Alimohammadi, Majid Shahriari and Mostafa Ahmadi Roshan were killed in Tehran in attacks "
     "widely attributed to Israel, which has never confirmed a role.\n"
     "Washington should press the new director general to keep the agency's Tehran inspections insulated from "
     "the \"maximum pressure\" campaign.",
     [("MET_WITH", AMANO, ROUHANI, "He met President Hassan Rouhani", "2015-09-20"),
      ("MET_WITH", AMANO, SALEHI, "and later Ali-Akbar Salehi", "2015-09-20"),
      ("LEADS", SALEHI, AEOI, "head of the Atomic Energy"),
      ("LEADS", AMANO, IAEA, "his first visit as IAEA director general"),
      ("LEADS", ROUHANI, IRAN, "He met President Hassan"),
      ],
     {"source": BRIEF, "published": "2019-08-20"}),

    ("arRN3_vienna_april_2021_dw", "ar",
     "انطلاق محادثات فيينا: وسطاء أوروبيون بين إيران والولايات المتحدة\n"
     "فيينا (د ب أ)\n"
     "عقد كبير المفاوضين الإيرانيين، نائب وزير الخارجية عباس عراقچي، اليوم الثلاثاء، اجتماعاً مع منسق "
     "الاتحاد الأوروبي إنريكي مورا في فندق \"غراند أوتيل\" بالعاصمة النمساوية، ثم التقى المندوب الروسي لدى "
     "المنظمات الدولية في فيينا ميخائيل أوليانوف.\n"
     "وأقام الوفد الأميركي برئاسة المبعوث الخاص لإيران روبرت مالي في فندق آخر قريب، إذ ترفض طهران أي لقاء "
     "مباشر مع الأميركيين ما لم تُرفع العقوبات.\n"
     "وفي المساء، توجه مورا إلى فندق \"إمبريال\" حيث اجتمع بمالي لإطلاعه على نتائج اللقاء مع الإيرانيين.\n"
     "وقال عراقچي للتلفزيون الإيراني إن \"الاجتماع كان بنّاءً\"، مؤكداً أنه \"لن يكون هناك أي تفاوض مباشر أو "
     "غير مباشر مع الأميركيين\".\n"
     "من جهته، كتب أوليانوف على تويتر أن \"الانطباع الأول إيجابي\".",
     [("MET_WITH", ARAGHCHI, MORA, "اجتماعاً مع منسق", "2021-04-06"),
      ("MET_WITH", ARAGHCHI, ULYANOV, "ثم التقى المندوب الروسي", "2021-04-06"),
      ("MET_WITH", MORA, MALLEY, "حيث اجتمع بمالي", "2021-04-06"),
      ("MEMBER_OF", MORA, EU, "الاتحاد الأوروبي إنريكي مورا"),
      ],
     {"source": DW, "published": "2021-04-06"}),

    ("enRN4_vienna_bagheri_afp", "en",
     "Iran nuclear talks resume in Vienna after five-month pause\n"
     "VIENNA (AFP) - Talks to salvage the 2015 Iran nuclear deal resumed in Vienna on Monday, the first under "
     "the government of President Ebrahim Raisi, who succeeded Hassan Rouhani in August.\n"
     "Iran's delegation is headed by deputy foreign minister Ali Bagheri, who replaced Abbas Araghchi as the "
     "country's chief nuclear negotiator and is known as a critic of the accord.\n"
     "On Sunday evening, Bagheri met the European Union's coordinator Enrique Mora, and then Russia's envoy "
     "Mikhail Ulyanov, ahead of the formal session at the Palais Coburg.\n"
     "US special envoy Robert Malley, whose team is based in a separate hotel, held talks with Mora on Monday "
     "afternoon. Tehran has ruled out any meeting with the American delegation, which takes part indirectly.\n"
     "\"We have come to Vienna with a serious will,\" Bagheri told reporters, insisting that all sanctions "
     "imposed since 2018 must be lifted.",
     [("SUCCESSOR_OF", RAISI, ROUHANI, "who succeeded Hassan Rouhani", "2021-08-03"),
      ("SUCCESSOR_OF", BAGHERI, ARAGHCHI, "who replaced Abbas Araghchi", "2021-09-29"),
      ("MET_WITH", BAGHERI, MORA, "Bagheri met the European", "2021-11-28"),
      ("MET_WITH", BAGHERI, ULYANOV, "and then Russia's envoy", "2021-11-28"),
      ("MET_WITH", MALLEY, MORA, "held talks with Mora", "2021-11-29"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raisi"),
      ("MEMBER_OF", MORA, EU, "the European Union's coordinator"),
      ],
     {"source": AFP, "published": "2021-11-29"}),

    ("arRN5_fakhrizadeh_funeral_tasnim", "ar",
     "تشييع الشهيد فخري زاده في طهران وشمخاني: العدو استخدم أجهزة إلكترونية\n"
     "طهران - تسنيم\n"
     "شُيّع جثمان العالم النووي الشهيد محسن فخري زاده، الذي اغتاله الكيان الصهيوني يوم الجمعة في مدينة "
     "آبسرد بضواحي طهران، في مراسم أقيمت اليوم الاثنين في مقر وزارة الدفاع بحضور وزير الدفاع العميد أمير حاتمي "
     "وعدد من القادة العسكريين.\n"
     "وقال حاتمي في كلمته إن الشهيد \"كان يقود مسيرة التطور العلمي الدفاعي للبلاد\".\n"
     "من جهته، أكد أمين المجلس الأعلى للأمن القومي الأدميرال علي شمخاني أن \"منظمة المنافقين مُتورطة بالتأكيد، "
     "والعنصر الإجرامي فيها هو الكيان الصهيوني والموساد\"، مشيراً إلى أن العملية نُفذت باستخدام أجهزة "
     "إلكترونية.\n"
     "ويأتي اغتيال فخري زاده بعد سلسلة عمليات استهدفت العلماء النوويين بين عامي 2010 و2012، إذ اغتال عملاء "
     "الموساد الشهداء مسعود علي محمدي ومجيد شهرياري ومصطفى احمدي روشن.",
     [("ASSASSINATED_BY", FAKHRIZADEH, ISRAEL, "الذي اغتاله الكيان الصهيوني", "2020-11-27"),
      ("ASSASSINATED_BY", ALIMOHAMMADI, MOSSAD, "الشهداء مسعود علي محمدي", "2010-01-12"),
      ("ASSASSINATED_BY", SHAHRIARI, MOSSAD, "ومجيد شهرياري", "2010-11-29"),
      ("ASSASSINATED_BY", ROSHAN, MOSSAD, "ومصطفى احمدي روشن", "2012-01-11"),
      ("LEADS", SHAMKHANI, SNSC, "أمين المجلس الأعلى للأمن القومي الأدميرال"),
      ],
     {"source": TASNIM, "published": "2020-11-30"}),

    ("enRN6_zarif_kerry_un_arabnews", "en",
     "Zarif, Kerry hold rare talks at UN nuclear meeting\n"
     "NEW YORK: Iran's Foreign Minister Javad Zarif on Thursday joined a meeting with US Secretary of State "
     "John Kerry and the foreign ministers of Russia, China, Britain, France and Germany, chaired by the EU's "
     "foreign policy chief Catherine Ashton, at United Nations headquarters.\n"
     "Russia's Sergei Lavrov and China's Wang Yi were among the ministers at the table for the half-hour "
     "session, the highest-level contact between Washington and Tehran since the 1979 revolution.\n"
     "Afterwards Kerry and Zarif held a one-on-one meeting on the sidelines that lasted about 30 minutes.\n"
     "The talks came two days after President Hassan Rouhani, who replaced Mahmoud Ahmadinejad in August, "
     "failed to shake hands with President Barack Obama at a UN lunch. The White House later said Obama had "
     "phoned Rouhani on Friday, the first such call in more than three decades.\n"
     "Saudi Foreign Minister Prince Saud Al-Faisal canceled his address to the General Assembly in protest at "
     "the UN's handling of the Syrian crisis.",
     met_group({ZARIF: "Foreign Minister Javad Zarif on Thursday", KERRY: "joined a meeting with US Secretary",
                ASHTON: "chaired by the EU's", LAVROV: "Russia's Sergei Lavrov", WANG: "China's Wang Yi"},
               "2013-09-26") + [
      ("SUCCESSOR_OF", ROUHANI, AHMADINEJAD, "who replaced Mahmoud Ahmadinejad", "2013-08-04"),
      ("MEMBER_OF", ASHTON, EU, "foreign policy chief Catherine Ashton"),
      ("LEADS", OBAMA, US, "President Barack Obama at a UN lunch"),
      ],
     {"source": ARABNEWS, "published": "2013-09-27"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setRN")
