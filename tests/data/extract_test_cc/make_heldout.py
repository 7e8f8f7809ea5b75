"""Blind set CC: Moscow and Ankara in Damascus and Baghdad, the UN and Washington: al-Sudani
received by Putin in the Kremlin (Reuters, Oct 2023), the first Russian delegation received by
al-Sharaa (Al Jazeera Net, Jan 2025), Fidan in Damascus after Kalin (The National, Dec 2024),
Grundberg received by Hadi in Riyadh (Asharq Al-Awsat, Sept 2021), Trump meets al-Sharaa in
Riyadh (AP, May 2025), CENTCOM kills Maher al-Agal (Rudaw Arabic, July 2022).
Written and annotated blind (extractor neither read nor run).
Run: python3 /work/team/blind/setCC/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cc/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ce import ALL  # noqa: E402

HERE = Path(__file__).parent
E = ALL

S, K, T = "person:qasem-soleimani", "person:mustafa-al-kadhimi", "person:donald-trump"
SUD, PUT = "person:mohammed-shia-al-sudani", "person:vladimir-putin"
SHA, HTS = "person:ahmed-al-sharaa", "organization:hayat-tahrir-al-sham"
FID, KAL = "person:hakan-fidan", "person:ibrahim-kalin"
MIT = "organization:turkish-national-intelligence-organization"
GRU, UN = "person:hans-grundberg", "organization:united-nations"
CC, KUR = "organization:us-central-command", "person:erik-kurilla"

ARTICLES = [
    ("enCC1_sudani_putin_kremlin", "en",
     "MOSCOW, Oct 10 (Reuters) - Russian President Vladimir Putin received Iraqi Prime Minister "
     "Mohammed Shiaa al-Sudani in the Kremlin on Tuesday and told him Moscow wanted to keep "
     "coordinating oil output with Baghdad within the OPEC+ group. It was the first visit to "
     "Moscow by an Iraqi prime minister since Nouri al-Maliki's trip in 2012. Sudani, who took "
     "over from Mustafa Kadhimi a year ago, also held talks with Deputy Prime Minister Alexander "
     "Novak, who co-chairs the Russian-Iraqi intergovernmental commission, and with executives of "
     "Lukoil and Gazprom Neft, his office said. "
     "\u201cWe discussed energy, electricity and a mechanism for settling payments,\u201d Novak "
     "told reporters after the meeting. A session with Foreign Minister Sergei Lavrov that had "
     "been on the draft programme did not take place, a Russian diplomatic source said. Sudani "
     "has tried to balance ties with Washington, Tehran and Moscow since his government was "
     "formed.",
     [("LEADS", PUT, "country:russia", "Russian President Vladimir Putin"),
      ("MET_WITH", PUT, SUD, "received Iraqi Prime Minister", "2023-10-10"),
      ("LEADS", SUD, "country:iraq", "received Iraqi Prime Minister"),
      ("VISITED", SUD, "location:moscow", "It was the first visit to", "2023-10-10"),
      ("VISITED", "person:nouri-al-maliki", "location:moscow", "since Nouri al-Maliki's trip",
       "2012"),
      ("SUCCESSOR_OF", SUD, K, "who took over from Mustafa Kadhimi", "2022-10"),
      ("MET_WITH", SUD, "person:alexander-novak", "also held talks with Deputy Prime Minister",
       "2023-10-10"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2023-10-10"}),

    ("arCC2_russian_delegation_sharaa", "ar",
     "دمشق ــ الجزيرة نت\n"
     "استقبل قائد الإدارة السورية الجديدة أحمد الشرع، الثلاثاء، في قصر الشعب بدمشق وفداً "
     "روسياً برئاسة نائب وزير الخارجية الروسي ميخائيل بوغدانوف، في أول زيارة لمسؤولين روس إلى "
     "سوريا منذ سقوط نظام بشار الأسد في الثامن من ديسمبر/كانون الأول الماضي. وضمّ الوفدُ "
     "المبعوثَ الخاص للرئيس الروسي إلى سوريا ألكسندر لافرنتييف، فيما حضر اللقاءَ وزير الخارجية "
     "أسعد الشيباني. وقالت الإدارة في بيان إن الشرع طالب موسكو بـ«معالجة أخطاء الماضي» وتعويض "
     "السوريين، في إشارة إلى الغارات الروسية خلال سنوات الحرب، وإلى مصير الرئيس المخلوع الذي "
     "فرّ إلى موسكو. من جهته، قال بوغدانوف لوكالة «ريا نوفوستي» إن «لا تغيير» في وضع قاعدتي "
     "حميميم وطرطوس حتى الآن. ويأتي اللقاء بعد أسابيع من زيارة وزير الخارجية التركي هاكان فيدان "
     "إلى دمشق، حيث التقى الشرع الذي قاد «هيئة تحرير الشام» في الهجوم الذي أطاح بالأسد.",
     [("MET_WITH", SHA, "person:mikhail-bogdanov", "استقبل قائد الإدارة", "2025-01-28"),
      ("VISITED", "person:mikhail-bogdanov", "location:damascus", "في قصر الشعب بدمشق",
       "2025-01-28"),
      ("MEMBER_OF", "person:mikhail-bogdanov", "organization:russian-foreign-ministry",
       "نائب وزير الخارجية الروسي"),
      ("MET_WITH", SHA, "person:alexander-lavrentiev", "وضمّ الوفدُ", "2025-01-28"),
      ("VISITED", "person:alexander-lavrentiev", "location:damascus", "وضمّ الوفدُ",
       "2025-01-28"),
      ("VISITED", "person:bashar-al-assad", "location:moscow", "فرّ إلى موسكو"),
      ("REPORTED_BY", "person:mikhail-bogdanov", "outlet:ria-novosti", "لوكالة «ريا نوفوستي»"),
      ("VISITED", FID, "location:damascus", "زيارة وزير الخارجية التركي"),
      ("MET_WITH", FID, SHA, "حيث التقى الشرع"),
      ("LEADS", SHA, HTS, "الذي قاد «هيئة تحرير الشام»"),
      ],
     {"source": "blind set (Al Jazeera Net-style)", "published": "2025-01-28"}),

    ("enCC3_fidan_damascus", "en",
     "ABU DHABI // Turkey's Foreign Minister Hakan Fidan held talks in Damascus on Sunday with "
     "Ahmed Al Shara, the leader of Syria's new administration, becoming the most senior Turkish "
     "official to visit the Syrian capital since the fall of Bashar Al Assad. He was met on "
     "arrival by Burhan Koroglu, Ankara's new charge d'affaires, who reopened the "
     "Turkish embassy on December 14. Mr Fidan's trip came ten days after Ibrahim Kalin, who "
     "replaced him as head of the National Intelligence Organisation (MIT) when he moved to the "
     "foreign ministry in June 2023, prayed at the Umayyad Mosque in Damascus. Mr Fidan had taken "
     "over the ministry from Mevlut Cavusoglu. \u201cWe will stand by Syria,\u201d Mr Fidan told "
     "a joint press conference. Mr Al Shara, who led Hayat Tahrir Al Sham, urged the lifting of "
     "sanctions. No meeting between Mr Fidan and SDF commander Mazloum Abdi, whose Kurdish-led "
     "force Ankara calls a PKK offshoot, was planned, Turkish officials said.",
     [("MET_WITH", FID, SHA, "held talks in Damascus", "2024-12-22"),
      ("VISITED", FID, "location:damascus", "held talks in Damascus", "2024-12-22"),
      ("MET_WITH", FID, "person:burhan-koroglu", "He was met on arrival by", "2024-12-22"),
      ("SUCCESSOR_OF", KAL, FID, "who replaced him as head", "2023-06"),
      ("LEADS", KAL, MIT, "who replaced him as head"),
      ("VISITED", KAL, "location:damascus", "Umayyad Mosque in Damascus", "2024-12-12"),
      ("LEADS", FID, MIT, "who replaced him as head"),
      ("SUCCESSOR_OF", FID, "person:mevlut-cavusoglu", "taken over the ministry from", "2023-06"),
      ("LEADS", SHA, HTS, "who led Hayat Tahrir"),
      ("LEADS", "person:mazloum-abdi", "organization:syrian-democratic-forces",
       "SDF commander Mazloum"),
      ],
     {"source": "blind set (The National-style)", "published": "2024-12-22"}),

    ("arCC4_grundberg_hadi_riyadh", "ar",
     "الرياض: «الشرق الأوسط»\n"
     "استقبل الرئيس اليمني عبد ربه منصور هادي في الرياض، أمس، المبعوثَ الأممي الجديد إلى اليمن "
     "هانس غروندبرغ، الذي تسلّم مهامه مطلع الشهر الحالي خلفاً للبريطاني مارتن غريفيث، بعد تعيين "
     "الأخير وكيلاً للأمين العام للأمم المتحدة للشؤون الإنسانية. وأكد هادي للدبلوماسي السويدي "
     "استعداد الحكومة «للتعاطي الإيجابي» مع أي جهد يفضي إلى سلام شامل، محمّلاً الحوثيين مسؤولية "
     "التصعيد في مأرب. والتقى غروندبرغ كذلك رئيس الوزراء معين عبد الملك، والسفير السعودي لدى "
     "اليمن محمد آل جابر. وقال مصدر دبلوماسي لـ«الشرق الأوسط» إن المبعوث لم يتلقَّ بعد موافقة "
     "الجماعة على طلبه زيارة صنعاء، وإن كبير مفاوضي الحوثيين محمد عبد السلام اكتفى باتصال "
     "هاتفي معه من مسقط. ويُعدّ غروندبرغ، الذي عمل سفيراً للاتحاد الأوروبي لدى اليمن، رابع "
     "مبعوث أممي منذ 2011.",
     [("LEADS", "person:abdrabbuh-mansour-hadi", "country:yemen", "استقبل الرئيس اليمني"),
      ("MET_WITH", "person:abdrabbuh-mansour-hadi", GRU, "استقبل الرئيس اليمني", "2021-09"),
      ("VISITED", GRU, "location:riyadh", "في الرياض، أمس", "2021-09"),
      ("MEMBER_OF", GRU, UN, "المبعوثَ الأممي الجديد"),
      ("SUCCESSOR_OF", GRU, "person:martin-griffiths", "خلفاً للبريطاني مارتن", "2021-09"),
      ("MEMBER_OF", "person:martin-griffiths", UN, "وكيلاً للأمين العام"),
      ("MET_WITH", GRU, "person:maeen-abdulmalik", "والتقى غروندبرغ كذلك", "2021-09"),
      ("MET_WITH", GRU, "person:mohammed-al-jaber", "والتقى غروندبرغ كذلك", "2021-09"),
      ("MEMBER_OF", "person:mohammed-abdulsalam", "organization:houthis",
       "كبير مفاوضي الحوثيين"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2021-09-21"}),

    ("enCC5_trump_sharaa_riyadh", "en",
     "RIYADH, Saudi Arabia (AP) \u2014 President Donald Trump met Syria's interim President Ahmed "
     "al-Sharaa in Riyadh on Wednesday, the first meeting between the leaders of the two "
     "countries in 25 years, a day after Trump announced he would lift sanctions on Syria. The "
     "encounter, hosted by Saudi Crown Prince Mohammed bin Salman, lasted about 33 minutes. "
     "Turkish President Recep Tayyip Erdogan joined by phone. White House press secretary "
     "Karoline Leavitt said Trump urged al-Sharaa to sign on to the Abraham Accords and to tell "
     "foreign fighters to leave. Secretary of State Marco Rubio is expected to see Syria's "
     "foreign minister, Asaad al-Shibani, in Turkey later this week. Al-Sharaa led Hayat Tahrir "
     "al-Sham, the insurgent group that ousted Bashar Assad in December. Trump, who in his first term ordered the drone strike "
     "in Baghdad that killed Iranian Gen. Kasem Soleimani, called al-Sharaa \u201ca young, "
     "attractive guy. Tough guy.\u201d",
     [("MET_WITH", T, SHA, "President Donald Trump met", "2025-05-14"),
      ("LEADS", SHA, "country:syria", "Syria's interim President"),
      ("VISITED", T, "location:riyadh", "in Riyadh on Wednesday", "2025-05-14"),
      ("VISITED", SHA, "location:riyadh", "in Riyadh on Wednesday", "2025-05-14"),
      ("MET_WITH", "person:mohammed-bin-salman", T, "hosted by Saudi Crown Prince", "2025-05-14"),
      ("MET_WITH", "person:mohammed-bin-salman", SHA, "hosted by Saudi Crown Prince",
       "2025-05-14"),
      ("LEADS", "person:recep-tayyip-erdogan", "country:turkey", "Turkish President Recep"),
      ("MEMBER_OF", "person:karoline-leavitt", "organization:white-house",
       "White House press secretary"),
      ("LEADS", SHA, HTS, "Al-Sharaa led Hayat"),
      ("ASSASSINATED_BY", S, T, "ordered the drone strike", "2020-01-03"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-05-14"}),

    ("arCC6_centcom_agal_jindires", "ar",
     "روداو - أربيل\n"
     "أعلنت القيادة المركزية الأميركية (سنتكوم)، الثلاثاء، أن قواتها قتلت ماهر العقال، أحد كبار "
     "قادة تنظيم «داعش» في سوريا، بضربة نفّذتها طائرة مسيّرة قرب بلدة جنديرس في ريف حلب الشمالي، "
     "وأصابت أحد مساعديه بجروح بالغة. وقال المتحدث باسم سنتكوم العقيد جو بوتشينو في بيان إن "
     "العقال كان «يسعى بقوة لتطوير شبكات التنظيم خارج العراق وسوريا». وهذه أبرز عملية ضد التنظيم "
     "منذ تسلّم الجنرال مايكل إريك كوريلا قيادة سنتكوم في نيسان/أبريل خلفاً للجنرال كينيث "
     "ماكنزي. وكان كوريلا قد زار شمال شرقي سوريا الشهر الماضي، والتقى في الحسكة القائد العام "
     "لقوات سوريا الديمقراطية مظلوم عبدي. وفي شباط/فبراير، قُتل زعيم التنظيم أبو إبراهيم "
     "الهاشمي القرشي خلال عملية إنزال أميركية في بلدة أطمة بمحافظة إدلب. في المقابل، قُتل "
     "قيادي آخر في التنظيم الأسبوع الماضي بانفجار عبوة قرب الرقة، ولم تتبنَّ أي جهة العملية.",
     [("ASSASSINATED_BY", "person:maher-al-agal", CC, "أن قواتها قتلت", "2022-07-12"),
      ("MEMBER_OF", "person:maher-al-agal", "organization:islamic-state", "أحد كبار قادة تنظيم"),
      ("MEMBER_OF", "person:joe-buccino", CC, "المتحدث باسم سنتكوم"),
      ("LEADS", KUR, CC, "مايكل إريك كوريلا قيادة سنتكوم"),
      ("SUCCESSOR_OF", KUR, "person:kenneth-mckenzie", "خلفاً للجنرال كينيث", "2022-04"),
      ("LEADS", "person:kenneth-mckenzie", CC, "خلفاً للجنرال كينيث"),
      ("VISITED", KUR, "country:syria", "قد زار شمال شرقي سوريا", "2022-06"),
      ("VISITED", KUR, "location:hasakah", "والتقى في الحسكة", "2022-06"),
      ("MET_WITH", KUR, "person:mazloum-abdi", "والتقى في الحسكة", "2022-06"),
      ("LEADS", "person:mazloum-abdi", "organization:syrian-democratic-forces",
       "القائد العام لقوات سوريا"),
      ("LEADS", "person:abu-ibrahim-al-hashimi-al-qurashi", "organization:islamic-state",
       "قُتل زعيم التنظيم"),
      ("ASSASSINATED_BY", "person:abu-ibrahim-al-hashimi-al-qurashi", "country:united-states",
       "عملية إنزال أميركية", "2022-02-03"),
      ],
     {"source": "blind set (Rudaw Arabic-style)", "published": "2022-07-12"}),
]

if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setCC")
