"""Blind set I: Hezbollah and Lebanon: the killing of Nasrallah, Naim Qassem's election,
Qaani out of contact after the Beirut strikes, Araghchi in Beirut, the Kerman bombings on
Soleimani's anniversary, Qaani and Khazali in Beirut.
Written and annotated blind (extractor neither read nor run).
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout18/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA")

Q, S, N = "person:esmail-qaani", "person:qasem-soleimani", "person:hassan-nasrallah"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
HZ, IL = "organization:hezbollah", "country:israel"

ARTICLES = [
    ("enI1_nasrallah_killed", "en",
     "BEIRUT (AP) \u2014 Israel said Saturday it had killed Hezbollah leader Hasan Nasrallah in "
     "a massive airstrike on the group's central command in Beirut the previous evening, a blow "
     "that left the Iran-backed militant group reeling. Hezbollah confirmed his death hours "
     "later, without saying how it would respond. The Israeli strike also killed Brig. Gen. "
     "Abbas Nilforoushan, a deputy commander of Iran's Revolutionary Guard, Iranian state media "
     "reported. Nasrallah became secretary-general in 1992, succeeding Abbas al-Musawi, who was "
     "killed by an Israeli helicopter gunship in southern Lebanon. Under his leadership the "
     "group grew into the most powerful armed force in Lebanon. In Tehran, Iran's Supreme "
     "Leader Ayatollah Seyed Ali Khamenei called for five days of mourning.",
     [("ASSASSINATED_BY", N, IL, "Israel said Saturday", "2024-09-27"),
      ("LEADS", N, HZ, "Israel said Saturday"),
      ("SUPPORTS", "country:iran", HZ, "Israel said Saturday"),
      ("ATTACKED", IL, HZ, "Israel said Saturday", "2024-09-27"),
      ("ASSASSINATED_BY", "person:abbas-nilforoushan", IL, "The Israeli strike also killed",
       "2024-09-27"),
      ("MEMBER_OF", "person:abbas-nilforoushan", IRGC, "The Israeli strike also killed"),
      ("SUCCESSOR_OF", N, "person:abbas-al-musawi", "succeeding Abbas"),
      ("ASSASSINATED_BY", "person:abbas-al-musawi", IL, "succeeding Abbas", "1992"),
      ("LEADS", "person:ali-khamenei", "country:iran", "Iran's Supreme"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-09-28"}),

    ("arI2_naim_qassem_elected", "ar",
     "أعلن مجلس شورى حزب الله، الثلاثاء، انتخاب الشيخ نعيم قاسم أميناً عاماً للحزب خلفاً للسيد "
     "حسن نصرالله، الذي قضى في غارة إسرائيلية على الضاحية الجنوبية لبيروت في 27 أيلول/سبتمبر "
     "الماضي. وكان قاسم يشغل منصب نائب الأمين العام منذ عام 1991، وتولّى إدارة شؤون الحزب بالوكالة "
     "خلال الأسابيع الماضية. ويأتي انتخابه بعد أن أكد الحزب مقتل رئيس مجلسه التنفيذي هاشم صفي "
     "الدين، الذي كان يُنظر إليه على نطاق واسع بوصفه الأوفر حظاً لخلافة نصرالله، في غارة استهدفت "
     "الضاحية مطلع تشرين الأول. وقال الحزب في بيان بثته قناة المنار إنه \"سيواصل نهج المقاومة\". "
     "ولم يظهر قاسم علناً منذ أسابيع، وسط تقارير عن انتقاله إلى طهران، وهو ما نفاه مقربون منه.",
     [("LEADS", "person:naim-qassem", HZ, "انتخاب الشيخ", "2024-10-29"),
      ("SUCCESSOR_OF", "person:naim-qassem", N, "انتخاب الشيخ", "2024-10-29"),
      ("ASSASSINATED_BY", N, IL, "انتخاب الشيخ", "2024-09-27"),
      ("ATTACKED", IL, "location:dahiyeh", "انتخاب الشيخ", "2024-09-27"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "انتخاب الشيخ"),
      ("MEMBER_OF", "person:naim-qassem", HZ, "منصب نائب الأمين العام"),
      ("MEMBER_OF", "person:hashem-safieddine", HZ, "رئيس مجلسه التنفيذي"),
      ("REPORTED_BY", HZ, "outlet:al-manar", "بثته قناة المنار"),
      ],
     {"source": "blind set (Al Jazeera Arabic-style)", "published": "2024-10-29"}),

    ("enI3_qaani_out_of_contact", "en",
     "DUBAI, Oct 7 (Reuters) - Iran has not heard from Quds Force chief Ismael Kaani since "
     "Israeli strikes on Beirut last week, two senior Iranian security officials told Reuters "
     "on condition of anonymity. Kaani travelled to Lebanon after the killing of Hezbollah "
     "leader Sayyed Hassan Nasrallah, one of the officials said, and had been due to meet "
     "Hashem Safieddine, widely seen as Nasrallah's likely successor, when the bombing began. "
     "A spokesman for the Revolutionary Guards, Brig. Gen. Ali Mohammad Naini, declined to "
     "comment. The Tasnim news agency later quoted a Guards official as saying the general was "
     "\u201cin good health\u201d. Iran-backed Hezbollah has been fighting Israel for a year "
     "in solidarity with its ally Hamas.",
     [("LEADS", Q, QF, "Quds Force chief Ismael"),
      ("ATTACKED", IL, "location:beirut", "Quds Force chief Ismael"),
      ("VISITED", Q, "country:lebanon", "travelled to Lebanon"),
      ("LEADS", N, HZ, "travelled to Lebanon"),
      ("MEMBER_OF", "person:ali-mohammad-naini", IRGC, "A spokesman for the Revolutionary"),
      ("SUPPORTS", "country:iran", HZ, "Iran-backed Hezbollah"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-10-07"}),

    ("arI4_araghchi_beirut", "ar",
     "بيروت: «الشرق الأوسط»\n"
     "وصل وزير الخارجية الإيراني عباس عراقجي إلى بيروت، الجمعة، على متن طائرة إيرانية رغم "
     "التهديدات الإسرائيلية، في أول زيارة لمسؤول إيراني رفيع منذ اغتيال الأمين العام لـ«حزب "
     "الله». والتقى عراقجي رئيس مجلس النواب نبيه بري ورئيس حكومة تصريف الأعمال نجيب ميقاتي، وبحث "
     "معهما «وقف إطلاق النار بالتزامن في لبنان وغزة». وقال ميقاتي، بحسب بيان لمكتبه، إن لبنان "
     "«يريد وقف العدوان»، فيما لم يُعلن عن أي لقاء بين الضيف الإيراني وقيادة الحزب. وكانت إسرائيل "
     "قد قصفت معبر المصنع الحدودي مع سوريا قبل ساعات من الزيارة، بذريعة أنه يُستخدم لنقل السلاح "
     "إلى الحزب. ومن بيروت، يتوجه عراقجي السبت إلى دمشق للقاء الرئيس السوري بشار الأسد.",
     [("VISITED", "person:abbas-araghchi", "location:beirut", "وصل وزير الخارجية"),
      ("MET_WITH", "person:abbas-araghchi", "person:nabih-berri", "والتقى عراقجي"),
      ("MET_WITH", "person:abbas-araghchi", "person:najib-mikati", "والتقى عراقجي"),
      ("ATTACKED", IL, "location:masnaa-crossing", "قد قصفت معبر"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "يتوجه عراقجي السبت"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-10-04"}),

    ("enI5_kerman_bombings", "en",
     "TEHRAN (Tasnim) \u2013 The Daesh terrorist group claimed responsibility on Thursday for "
     "the twin bomb blasts that killed at least 84 people in the southeastern city of Kerman a "
     "day earlier, as crowds gathered to mark the fourth anniversary of the martyrdom of "
     "Lieutenant General Ghasem Soleimany. Iranian President Ebrahim Raeisi, who cancelled a "
     "planned trip to Turkey, vowed that the perpetrators would \u201cpay a heavy price\u201d. "
     "Soleimany, the former commander of the Quds Force, the IRGC's extraterritorial branch, was "
     "assassinated in a US drone strike at Baghdad airport on January 3, 2020, along with Abu "
     "Mahdi al-Mohandis, the deputy head of Iraq's Popular Mobilization Units. Interior Minister "
     "Ahmad Vahidi told state TV that one of the suicide bombers was a foreign national. Some "
     "Iranian officials had initially blamed Israel and the United States for the attack, a "
     "charge Washington rejected.",
     [("ATTACKED", "organization:islamic-state", "location:kerman", "claimed responsibility",
       "2024-01-03"),
      ("LEADS", "person:ebrahim-raisi", "country:iran", "Iranian President"),
      ("LEADS", S, QF, "extraterritorial branch"),
      ("PART_OF", QF, IRGC, "extraterritorial branch"),
      ("ASSASSINATED_BY", S, US, "extraterritorial branch", "2020-01-03"),
      ("ASSASSINATED_BY", "person:abu-mahdi-al-muhandis", US, "extraterritorial branch",
       "2020-01-03"),
      ("MEMBER_OF", "person:abu-mahdi-al-muhandis", "organization:popular-mobilization-forces",
       "extraterritorial branch"),
      ],
     {"source": "blind set (Tasnim-style)", "published": "2024-01-04"}),

    ("arI6_qaani_beirut_khazali", "ar",
     "ذكرت مصادر لبنانية مطلعة لـ«العربي الجديد» أن قائد «فيلق القدس» اسماعيل قاآنى زار بيروت "
     "سراً الأسبوع الماضي، في أول زيارة له إلى لبنان منذ تسلّمه منصبه خلفاً للجنرال قاسم سليماني. "
     "وأوضحت المصادر أن الجنرال الإيراني اجتمع مطوّلاً بالأمين العام لـ«حزب الله» السيد حسن "
     "نصر اللّه، وبحث معه «ترتيب أوضاع الفصائل العراقية بعد غياب المهندس». كما التقى قاآنى في "
     "اليوم التالي زعيم «عصائب أهل الحق» قيس الخزعلي، الذي وصل إلى بيروت قادماً من بغداد، بحسب "
     "المصادر نفسها. في المقابل، قال مسؤول العلاقات الإعلامية في «حزب الله» محمد عفيف للصحيفة "
     "إنه «لا علم لديه بأي زيارة من هذا النوع». ويُعرف عن الحزب أنه أدّى دوراً في تدريب فصائل "
     "عراقية مسلحة مدعومة من طهران خلال السنوات الماضية.",
     [("LEADS", Q, QF, "ذكرت مصادر لبنانية"),
      ("VISITED", Q, "location:beirut", "ذكرت مصادر لبنانية"),
      ("SUCCESSOR_OF", Q, S, "تسلّمه منصبه"),
      ("MET_WITH", Q, N, "اجتمع مطوّلاً"),
      ("LEADS", N, HZ, "اجتمع مطوّلاً"),
      ("MET_WITH", Q, "person:qais-al-khazali", "في اليوم التالي"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "في اليوم التالي"),
      ("VISITED", "person:qais-al-khazali", "location:beirut", "في اليوم التالي"),
      ("MEMBER_OF", "person:mohammad-afif", HZ, "مسؤول العلاقات"),
      ("REPORTED_BY", "person:mohammad-afif", "outlet:al-araby-al-jadeed", "مسؤول العلاقات"),
      ("SUPPORTS", "country:iran", "organization:iran-backed-militias", "مدعومة من طهران"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2020-02"}),

    ("enI7_kawtharani_baghdad", "en",
     "BEIRUT, April 2 (Reuters) - Mohammad Kawtharani, a senior Hezbollah official who has long "
     "handled the Lebanese group's ties with Iraq, met leaders of Iran-backed Iraqi militias in "
     "Baghdad last month to try to unify their ranks after the death of Abu Mahdi "
     "al-Muhandis, three sources said. Kawtharani, who is under U.S. sanctions, also held talks "
     "with Kataib Hezbollah commanders and with Badr Organization chief Hadi al-Amery, the "
     "sources said. Hezbollah's role in Iraq has grown since the killing of Iranian commander "
     "Qassem Solaimani, whose successor, Esmail Ka'ani, does not speak fluent Arabic and lacks "
     "his predecessor's personal ties with Iraqi politicians. The group's secretary-general, "
     "Hassan Nasrallah, was not involved in the talks, one of the sources said. If the factions "
     "fail to agree, a second round could be held in Beirut, the sources added.",
     [("MEMBER_OF", "person:mohammad-kawtharani", HZ, "a senior Hezbollah official"),
      ("MET_WITH", "person:mohammad-kawtharani", "organization:iran-backed-militias",
       "a senior Hezbollah official"),
      ("SUPPORTS", "country:iran", "organization:iran-backed-militias",
       "a senior Hezbollah official"),
      ("VISITED", "person:mohammad-kawtharani", "location:baghdad", "a senior Hezbollah official"),
      ("MET_WITH", "person:mohammad-kawtharani", "organization:kataib-hezbollah", "also held talks"),
      ("MET_WITH", "person:mohammad-kawtharani", "person:hadi-al-amiri", "also held talks"),
      ("LEADS", "person:hadi-al-amiri", "organization:badr-organization", "also held talks"),
      ("SUCCESSOR_OF", Q, S, "whose successor"),
      ("LEADS", N, HZ, "The group's secretary-general"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2020-04-02"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setI")
