"""Blind set HV: Iran's diplomacy and leadership 2023-2025 as a think-tank's weekly brief
(bulleted-style prose, headed paragraphs, several dated events per piece): Grossi in Tehran and the
Beijing Saudi-Iranian deal, March 2023 (English); Raisi at the Riyadh summit with Mohammed bin
Salman and al-Sisi, Nov 2023 (Arabic); candidates after Raisi's death, Mokhber and Bagheri Kani as
caretakers, Bagheri Kani in Beirut, Grossi in Isfahan, May-June 2024 (English); Larijani replaces
Ahmadian and tours Beirut and Riyadh, the Cairo understanding, Sept 2025 (Arabic); Israel's strikes
of 26 October, Pezeshkian in Kazan, Araghchi in Riyadh and Cairo, Oct 2024 (English); commanders
replaced in the twelve-day war, Araghchi received by Putin, June 2025 (Arabic).
Excluded on purpose: a phone call and an undated planned meeting, a rumoured replacement, an
unconfirmed planned visit and a phone call, presidential hopefuls, a planned trip, a killing the
Guards blamed on Israel with no comment from it, a denied meeting and an expected meeting, a death
with no stated agent, a round of talks that did not take place, killings in strikes without names.
Spellings: Rafael Mariano Grossi, Mosaad al-Aiban, رئيسى, السيسى, Mohammad-Baqer Qalibaf, رافاييل
غروسي, el-Sisi, پاكپور, حاجيزاده, غلامعلي رشيد.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_hv import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, ISR, EGYPT, QATAR, RUSSIA, LEB, FRANCE, USA = (
    "country:iran", "country:israel", "country:egypt", "country:qatar", "country:russia", "country:lebanon",
    "country:france", "country:united-states")
IAEA, AEOI, IRFM, SNSC, IRPARL = ("organization:iaea", "organization:atomic-energy-organization-of-iran",
                                  "organization:iranian-foreign-ministry",
                                  "organization:supreme-national-security-council", "organization:iranian-parliament")
IRGC, AERO, IRGCINT, GENSTAFF, ARMY, KHATAM = (
    "organization:irgc", "organization:irgc-aerospace-force", "organization:irgc-intelligence-organization",
    "organization:iranian-armed-forces-general-staff", "organization:iranian-army",
    "organization:khatam-al-anbiya-central-headquarters")
SAFM, SAGOV, SADEF, EGFM, CFAC = ("organization:saudi-foreign-ministry", "organization:saudi-government",
                                  "organization:saudi-defence-ministry", "organization:egyptian-foreign-ministry",
                                  "organization:ccp-central-foreign-affairs-commission")
HEZ, LEBGOV, IDF = "organization:hezbollah", "organization:lebanese-government", "organization:israel-defense-forces"
TEHRAN, BEIJING, RIYADH, BEIRUT, ISFAHAN, CAIRO, KAZAN, ISTANBUL, MOSCOW = (
    "location:tehran", "location:beijing", "location:riyadh", "location:beirut", "location:isfahan",
    "location:cairo", "location:kazan", "location:istanbul", "location:moscow")
FORDOW, NATANZ = "location:fordow", "location:natanz"

GROSSI, RAISI, ESLAMI, SHAMKHANI, AIBAN, WANG = (
    "person:rafael-grossi", "person:ebrahim-raisi", "person:mohammad-eslami", "person:ali-shamkhani",
    "person:musaed-al-aiban", "person:wang-yi")
AMIRABD, FAISAL, MBS, SISI, SHOUKRY, KANAANI, TAMIM = (
    "person:hossein-amir-abdollahian", "person:faisal-bin-farhan", "person:mohammed-bin-salman",
    "person:abdel-fattah-al-sisi", "person:sameh-shoukry", "person:nasser-kanaani",
    "person:tamim-bin-hamad-al-thani")
GHALIBAF, MOKHBER, BKANI, MIKATI, NASR, ABYAR = (
    "person:mohammad-bagher-ghalibaf", "person:mohammad-mokhber", "person:ali-bagheri-kani", "person:najib-mikati",
    "person:hassan-nasrallah", "person:saeed-abyar")
LARIJANI, AHMADIAN, KBS, AOUN, ARAGHCHI, ABDELATTY, PEZ, MACRON = (
    "person:ali-larijani", "person:ali-akbar-ahmadian", "person:khalid-bin-salman", "person:joseph-aoun",
    "person:abbas-araghchi", "person:badr-abdelatty", "person:masoud-pezeshkian", "person:emmanuel-macron")
HAGARI, PUTIN, NILF = "person:daniel-hagari", "person:vladimir-putin", "person:abbas-nilforoushan"
PAKPOUR, SALAMI, AMOUSAVI, BAGHERI, HATAMI = ("person:mohammad-pakpour", "person:hossein-salami",
                                              "person:abdolrahim-mousavi", "person:mohammad-bagheri",
                                              "person:amir-hatami")
MMOUSAVI, HAJIZADEH, KHADEMI, KAZEMI, SHADMANI, RASHID, ABDOLLAHI = (
    "person:majid-mousavi", "person:amir-ali-hajizadeh", "person:majid-khademi", "person:mohammad-kazemi",
    "person:ali-shadmani", "person:gholam-ali-rashid", "person:ali-abdollahi")

ARTICLES = [
    ("enHV1_grossi_tehran_beijing_deal", "en",
     "IRAN WEEKLY BRIEF | 6-12 March 2023\n"
     "Nuclear file: IAEA Director General Rafael Mariano Grossi wrapped up a two-day visit to Tehran on 4 "
     "March. He met President Ebrahim Raisi and held separate talks with Mohammad Eslami, head of the Atomic "
     "Energy Organization of Iran; a joint statement on restoring monitoring cameras has yet to be implemented.\n"
     "Saudi track: On 10 March in Beijing, Supreme National Security Council secretary Ali Shamkhani and Saudi "
     "national security adviser Mosaad al-Aiban signed an agreement to restore relations within two months, at "
     "a ceremony hosted by the director of the Chinese Communist Party's foreign affairs office, Wang Yi.\n"
     "The deal caps five rounds of talks hosted by Iraq and Oman since April 2021.\n"
     "Next steps: Foreign Minister Hossein Amir-Abdollahian said he had agreed in a phone call with his Saudi "
     "counterpart, Prince Faisal bin Farhan, to meet \"soon\"; no date or venue has been set.\n"
     "What we are watching: whether Shamkhani keeps the file: Tehran insiders tip him for replacement by a "
     "Raisi loyalist, a report the council has not confirmed.",
     [("LEADS", GROSSI, IAEA, "IAEA Director General Rafael"),
      ("VISITED", GROSSI, TEHRAN, "two-day visit to Tehran", "2023-03-04"),
      ("MET_WITH", GROSSI, RAISI, "He met President Ebrahim Raisi", "2023-03-04"),
      ("LEADS", RAISI, IRAN, "President Ebrahim Raisi"),
      ("MET_WITH", GROSSI, ESLAMI, "held separate talks with Mohammad Eslami", "2023-03-04"),
      ("LEADS", ESLAMI, AEOI, "head of the Atomic"),
      ("MET_WITH", SHAMKHANI, AIBAN, "at a ceremony hosted by", "2023-03-10"),
      ("MET_WITH", SHAMKHANI, WANG, "at a ceremony hosted by", "2023-03-10"),
      ("MET_WITH", AIBAN, WANG, "at a ceremony hosted by", "2023-03-10"),
      ("VISITED", SHAMKHANI, BEIJING, "On 10 March in Beijing", "2023-03-10"),
      ("VISITED", AIBAN, BEIJING, "On 10 March in Beijing", "2023-03-10"),
      ("LEADS", SHAMKHANI, SNSC, "Supreme National Security Council secretary Ali"),
      ("LEADS", WANG, CFAC, "the director of the Chinese Communist Party's foreign affairs office"),
      ("LEADS", AMIRABD, IRFM, "Foreign Minister Hossein"),
      ("LEADS", FAISAL, SAFM, "his Saudi counterpart, Prince Faisal"),
      ],
     {"source": "blind set (think-tank weekly brief, English)", "published": "2023-03-13"}),

    ("arHV2_raisi_riyadh_summit", "ar",
     "النشرة الأسبوعية: إيران والإقليم (11-17 تشرين الثاني/نوفمبر 2023)\n"
     "الرياض: شارك الرئيس الإيراني إبراهيم رئيسى يوم 11 تشرين الثاني في القمة العربية الإسلامية المشتركة "
     "الاستثنائية بشأن غزة، في أول زيارة لرئيس إيراني إلى المملكة منذ أكثر من عقد.\n"
     "وعلى هامش القمة، التقى رئيسى وليَّ العهد رئيس مجلس الوزراء الأمير محمد بن سلمان، كما عقد أول لقاء مع "
     "الرئيس المصري عبد الفتاح السيسى.\n"
     "الوفد المرافق: رافق رئيسى وزيرُ الخارجية حسين أمير عبد اللهيان، الذي اجتمع على هامش القمة بنظيره "
     "المصري سامح شكري وبحث معه «خريطة طريق» لاستئناف العلاقات المقطوعة منذ 1980.\n"
     "القاهرة: لم يصدر عن الرئاسة المصرية ما يؤكد تقارير إيرانية عن زيارة مرتقبة للسيسى إلى طهران، فيما قال "
     "المتحدث باسم الخارجية الإيرانية ناصر كنعاني إنه «لا موعد محدداً بعد».\n"
     "الدوحة: تلقى رئيسى الثلاثاء اتصالاً من أمير قطر الشيخ تميم بن حمد آل ثاني، بحثا فيه جهود التوصل إلى "
     "هدنة إنسانية في غزة.",
     [("LEADS", RAISI, IRAN, "الرئيس الإيراني إبراهيم"),
      ("VISITED", RAISI, RIYADH, "شارك الرئيس الإيراني", "2023-11-11"),
      ("MET_WITH", RAISI, MBS, "التقى رئيسى وليَّ العهد", "2023-11-11"),
      ("LEADS", MBS, SAGOV, "وليَّ العهد رئيس مجلس الوزراء"),
      ("MET_WITH", RAISI, SISI, "كما عقد أول لقاء مع", "2023-11-11"),
      ("LEADS", SISI, EGYPT, "الرئيس المصري عبد الفتاح"),
      ("VISITED", AMIRABD, RIYADH, "رافق رئيسى وزيرُ الخارجية", "2023-11-11"),
      ("LEADS", AMIRABD, IRFM, "وزيرُ الخارجية حسين"),
      ("MET_WITH", AMIRABD, SHOUKRY, "الذي اجتمع على هامش القمة", "2023-11-11"),
      ("LEADS", SHOUKRY, EGFM, "المصري سامح شكري"),
      ("MEMBER_OF", KANAANI, IRFM, "المتحدث باسم الخارجية الإيرانية ناصر"),
      ("LEADS", TAMIM, QATAR, "أمير قطر الشيخ"),
      ],
     {"source": "blind set (think-tank weekly brief, Arabic)", "published": "2023-11-18"}),

    ("enHV3_candidates_caretakers_june2024", "en",
     "IRAN WEEKLY BRIEF | 28 May-3 June 2024\n"
     "Elections: registration for the 28 June snap presidential election closed on 3 June; hopefuls include "
     "parliament speaker Mohammad-Baqer Qalibaf, former nuclear negotiator Saeed Jalili and reformist lawmaker "
     "Masoud Pezeshkian; the Guardian Council will publish the approved list on 9 June.\n"
     "Caretakers: Mohammad Mokhber, who stepped in for Ebrahim Raisi as acting president after the 19 May "
     "helicopter crash in East Azerbaijan, chaired his second cabinet session; investigators have so far found "
     "no sign of sabotage.\n"
     "Diplomacy: Acting Foreign Minister Ali Bagheri Kani, who replaced the late Hossein Amir-Abdollahian, made "
     "his first trip abroad: in Beirut on 3 June he held talks with caretaker Prime Minister Najib Mikati and, "
     "separately, with Hezbollah leader Hassan Nasrallah; he is due in Damascus on 4 June.\n"
     "Nuclear file: IAEA chief Rafael Grossi, who met AEOI head Mohammad Eslami in Isfahan on 6 May and "
     "Amir-Abdollahian in Tehran the next day, told reporters in Vienna that cooperation had stalled.\n"
     "Syria: an IRGC adviser, Saeed Abyar, was killed in an airstrike near Aleppo on 2 June; the Guards blamed "
     "Israel, which did not comment.",
     [("LEADS", GHALIBAF, IRPARL, "parliament speaker Mohammad-Baqer"),
      ("SUCCESSOR_OF", MOKHBER, RAISI, "who stepped in for Ebrahim Raisi", "2024-05-20"),
      ("LEADS", MOKHBER, IRAN, "as acting president after"),
      ("LEADS", BKANI, IRFM, "Acting Foreign Minister Ali"),
      ("SUCCESSOR_OF", BKANI, AMIRABD, "who replaced the late Hossein", "2024-05-20"),
      ("VISITED", BKANI, BEIRUT, "in Beirut on 3 June", "2024-06-03"),
      ("MET_WITH", BKANI, MIKATI, "he held talks with caretaker Prime Minister", "2024-06-03"),
      ("LEADS", MIKATI, LEBGOV, "caretaker Prime Minister Najib"),
      ("MET_WITH", BKANI, NASR, "separately, with Hezbollah leader", "2024-06-03"),
      ("LEADS", NASR, HEZ, "Hezbollah leader Hassan"),
      ("LEADS", GROSSI, IAEA, "IAEA chief Rafael"),
      ("MET_WITH", GROSSI, ESLAMI, "who met AEOI head Mohammad Eslami", "2024-05-06"),
      ("LEADS", ESLAMI, AEOI, "AEOI head Mohammad"),
      ("VISITED", GROSSI, ISFAHAN, "Eslami in Isfahan on 6 May", "2024-05-06"),
      ("MET_WITH", GROSSI, AMIRABD, "Amir-Abdollahian in Tehran the next day", "2024-05-07"),
      ("VISITED", GROSSI, TEHRAN, "Amir-Abdollahian in Tehran the next day", "2024-05-07"),
      ("MEMBER_OF", ABYAR, IRGC, "an IRGC adviser, Saeed"),
      ],
     {"source": "blind set (think-tank weekly brief, English)", "published": "2024-06-04"}),

    ("arHV4_larijani_riyadh_cairo_understanding", "ar",
     "النشرة الأسبوعية: إيران والإقليم (14-20 أيلول/سبتمبر 2025)\n"
     "الرياض: زار أمين المجلس الأعلى للأمن القومي علي لاريجاني، الذي خلف علي أكبر أحمديان في المنصب مطلع "
     "آب/أغسطس، العاصمة السعودية في 16 أيلول، والتقى ولي العهد الأمير محمد بن سلمان، ثم وزير الدفاع الأمير "
     "خالد بن سلمان.\n"
     "وهي المحطة الثانية للاريجاني في المنطقة منذ تعيينه، بعد بيروت في 13 آب حيث التقى الرئيس جوزاف عون.\n"
     "القاهرة: لا تزال التفاهمات التي وقّعها في العاصمة المصرية في 9 أيلول وزير الخارجية عباس عراقجي والمدير "
     "العام للوكالة الدولية للطاقة الذرية رافاييل غروسي، بحضور وزير الخارجية المصري بدر عبد العاطي، حبراً على "
     "ورق، إذ ربطت طهران تنفيذها بمصير آلية إعادة فرض العقوبات.\n"
     "نيويورك: نفت الخارجية الإيرانية تقارير عن لقاء جمع عراقجي بالمبعوث الأميركي ستيف ويتكوف في أوسلو، ومن "
     "المتوقع أن يلتقي الرئيس مسعود بزشكيان الرئيس الفرنسي إيمانويل ماكرون على هامش الجمعية العامة للأمم "
     "المتحدة الأسبوع المقبل.",
     [("LEADS", LARIJANI, SNSC, "أمين المجلس الأعلى للأمن القومي علي"),
      ("SUCCESSOR_OF", LARIJANI, AHMADIAN, "الذي خلف علي أكبر أحمديان", "2025-08"),
      ("VISITED", LARIJANI, RIYADH, "العاصمة السعودية في 16 أيلول", "2025-09-16"),
      ("MET_WITH", LARIJANI, MBS, "والتقى ولي العهد الأمير", "2025-09-16"),
      ("MET_WITH", LARIJANI, KBS, "ثم وزير الدفاع الأمير", "2025-09-16"),
      ("LEADS", KBS, SADEF, "ثم وزير الدفاع الأمير"),
      ("VISITED", LARIJANI, BEIRUT, "بعد بيروت في 13 آب", "2025-08-13"),
      ("MET_WITH", LARIJANI, AOUN, "حيث التقى الرئيس جوزاف", "2025-08-13"),
      ("LEADS", AOUN, LEB, "الرئيس جوزاف عون"),
      ("MET_WITH", ARAGHCHI, GROSSI, "التفاهمات التي وقّعها", "2025-09-09"),
      ("MET_WITH", ARAGHCHI, ABDELATTY, "بحضور وزير الخارجية المصري", "2025-09-09"),
      ("MET_WITH", GROSSI, ABDELATTY, "بحضور وزير الخارجية المصري", "2025-09-09"),
      ("VISITED", ARAGHCHI, CAIRO, "وقّعها في العاصمة المصرية", "2025-09-09"),
      ("VISITED", GROSSI, CAIRO, "وقّعها في العاصمة المصرية", "2025-09-09"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية عباس"),
      ("LEADS", GROSSI, IAEA, "العام للوكالة الدولية للطاقة الذرية رافاييل"),
      ("LEADS", ABDELATTY, EGFM, "وزير الخارجية المصري بدر"),
      ("LEADS", PEZ, IRAN, "الرئيس مسعود بزشكيان"),
      ("LEADS", MACRON, FRANCE, "الرئيس الفرنسي إيمانويل"),
      ],
     {"source": "blind set (think-tank weekly brief, Arabic)", "published": "2025-09-20"}),

    ("enHV5_october_strikes_kazan_tour", "en",
     "IRAN WEEKLY BRIEF | 21-27 October 2024\n"
     "Israeli strikes: in the early hours of 26 October Israeli aircraft struck air-defence and "
     "missile-production sites in the provinces of Tehran, Khuzestan and Ilam, answering Iran's 1 October "
     "barrage of some 180 ballistic missiles at Israel. IDF spokesman Rear Adm. Daniel Hagari called the strikes "
     "\"precise and targeted\"; Tehran said four army soldiers were killed.\n"
     "Kazan: at the BRICS summit in Kazan on 23 October, President Masoud Pezeshkian met Russian President "
     "Vladimir Putin and, separately, Egyptian President Abdel Fattah el-Sisi, the first meeting of the two "
     "heads of state since Pezeshkian took office.\n"
     "Regional tour: Foreign Minister Abbas Araghchi's tour ended in Istanbul on 18 October. In Riyadh on 9 "
     "October he was received by Crown Prince Mohammed bin Salman; in Cairo on 17 October he held talks with "
     "Foreign Minister Badr Abdelatty before being received by President el-Sisi.\n"
     "Funerals: IRGC deputy operations commander Abbas Nilforoushan, who died alongside Hassan Nasrallah in "
     "Beirut on 27 September, was buried in Isfahan on 16 October.",
     [("ATTACKED", ISR, IRAN, "Israeli aircraft struck air-defence", "2024-10-26"),
      ("ATTACKED", IRAN, ISR, "Iran's 1 October", "2024-10-01"),
      ("MEMBER_OF", HAGARI, IDF, "IDF spokesman Rear Adm. Daniel"),
      ("VISITED", PEZ, KAZAN, "at the BRICS summit in Kazan", "2024-10-23"),
      ("MET_WITH", PEZ, PUTIN, "President Masoud Pezeshkian met Russian", "2024-10-23"),
      ("LEADS", PEZ, IRAN, "President Masoud Pezeshkian met Russian"),
      ("LEADS", PUTIN, RUSSIA, "Russian President Vladimir"),
      ("MET_WITH", PEZ, SISI, "separately, Egyptian President", "2024-10-23"),
      ("LEADS", SISI, EGYPT, "Egyptian President Abdel Fattah"),
      ("LEADS", ARAGHCHI, IRFM, "Foreign Minister Abbas Araghchi's tour"),
      ("VISITED", ARAGHCHI, ISTANBUL, "tour ended in Istanbul", "2024-10-18"),
      ("VISITED", ARAGHCHI, RIYADH, "In Riyadh on 9", "2024-10-09"),
      ("MET_WITH", ARAGHCHI, MBS, "he was received by Crown Prince", "2024-10-09"),
      ("VISITED", ARAGHCHI, CAIRO, "in Cairo on 17 October", "2024-10-17"),
      ("MET_WITH", ARAGHCHI, ABDELATTY, "he held talks with Foreign Minister Badr", "2024-10-17"),
      ("LEADS", ABDELATTY, EGFM, "Foreign Minister Badr Abdelatty"),
      ("MET_WITH", ARAGHCHI, SISI, "before being received by President", "2024-10-17"),
      ("MEMBER_OF", NILF, IRGC, "IRGC deputy operations commander"),
      ],
     {"source": "blind set (think-tank weekly brief, English)", "published": "2024-10-28"}),

    ("arHV6_commanders_replaced_june2025", "ar",
     "النشرة الأسبوعية: إيران والإقليم (22-28 حزيران/يونيو 2025)\n"
     "القيادة العسكرية: استكملت طهران خلال حرب الأيام الاثني عشر ملء المناصب التي شغرت بمقتل قادة كبار في "
     "الضربات الإسرائيلية.\n"
     "فقد عُيّن اللواء محمد پاكپور قائداً عاماً للحرس الثوري خلفاً لحسين سلامي، واللواء عبد الرحيم موسوي "
     "رئيساً لهيئة الأركان العامة خلفاً لمحمد باقري، فيما تسلّم اللواء أمير حاتمي قيادة الجيش خلفاً لموسوي.\n"
     "وفي القوة الجوفضائية حلّ العميد مجيد موسوي محل أمير علي حاجيزاده، وفي جهاز استخبارات الحرس تولّى "
     "العميد مجيد خادمي المنصب بعد مقتل سلفه محمد كاظمي في 15 حزيران بغارة إسرائيلية على طهران.\n"
     "أما مقر خاتم الأنبياء المركزي فتعاقب عليه قائدان في أسبوع: علي شادماني، الذي عُيّن بدلاً من غلامعلي رشيد "
     "وأعلن الجيش الإسرائيلي في 17 حزيران أنه قتله، ثم اللواء علي عبد اللهي.\n"
     "موسكو: استقبل الرئيس الروسي فلاديمير بوتين في الكرملين يوم 23 حزيران وزير الخارجية عباس عراقجي، غداة "
     "ضربات أميركية على منشآت فوردو ونطنز وأصفهان.\n"
     "مسقط: لم تُعقد الجولة السادسة من المحادثات الإيرانية الأميركية التي كانت مقررة في 15 حزيران.",
     [("SUCCESSOR_OF", PAKPOUR, SALAMI, "قائداً عاماً للحرس الثوري خلفاً", "2025-06-13"),
      ("LEADS", PAKPOUR, IRGC, "قائداً عاماً للحرس الثوري"),
      ("SUCCESSOR_OF", AMOUSAVI, BAGHERI, "رئيساً لهيئة الأركان العامة خلفاً", "2025-06-13"),
      ("LEADS", AMOUSAVI, GENSTAFF, "رئيساً لهيئة الأركان العامة"),
      ("SUCCESSOR_OF", HATAMI, AMOUSAVI, "قيادة الجيش خلفاً لموسوي", "2025-06"),
      ("LEADS", HATAMI, ARMY, "قيادة الجيش خلفاً لموسوي"),
      ("SUCCESSOR_OF", MMOUSAVI, HAJIZADEH, "حلّ العميد مجيد موسوي محل", "2025-06"),
      ("LEADS", MMOUSAVI, AERO, "وفي القوة الجوفضائية حلّ"),
      ("SUCCESSOR_OF", KHADEMI, KAZEMI, "المنصب بعد مقتل سلفه", "2025-06"),
      ("LEADS", KHADEMI, IRGCINT, "وفي جهاز استخبارات الحرس تولّى"),
      ("ASSASSINATED_BY", KAZEMI, ISR, "بغارة إسرائيلية على طهران", "2025-06-15"),
      ("ATTACKED", ISR, TEHRAN, "بغارة إسرائيلية على طهران", "2025-06-15"),
      ("SUCCESSOR_OF", SHADMANI, RASHID, "الذي عُيّن بدلاً من", "2025-06-13"),
      ("LEADS", SHADMANI, KHATAM, "الذي عُيّن بدلاً من"),
      ("ASSASSINATED_BY", SHADMANI, IDF, "وأعلن الجيش الإسرائيلي في 17 حزيران أنه قتله", "2025-06-17"),
      ("SUCCESSOR_OF", ABDOLLAHI, SHADMANI, "ثم اللواء علي عبد اللهي", "2025-06"),
      ("LEADS", ABDOLLAHI, KHATAM, "ثم اللواء علي عبد اللهي"),
      ("MET_WITH", PUTIN, ARAGHCHI, "استقبل الرئيس الروسي", "2025-06-23"),
      ("LEADS", PUTIN, RUSSIA, "الرئيس الروسي فلاديمير"),
      ("LEADS", ARAGHCHI, IRFM, "وزير الخارجية عباس"),
      ("VISITED", ARAGHCHI, MOSCOW, "موسكو: استقبل", "2025-06-23"),
      ("ATTACKED", USA, FORDOW, "غداة ضربات أميركية على منشآت", "2025-06-22"),
      ("ATTACKED", USA, NATANZ, "غداة ضربات أميركية على منشآت", "2025-06-22"),
      ("ATTACKED", USA, ISFAHAN, "غداة ضربات أميركية على منشآت", "2025-06-22"),
      ],
     {"source": "blind set (think-tank weekly brief, Arabic)", "published": "2025-06-28"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setHV")
