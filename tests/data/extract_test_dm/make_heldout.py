"""Blind set DM: Iran's men in Syria and Hezbollah's lost commanders, 2023-2024 (features).

Stories: the Damascus consulate strike that killed Zahidi, his deputy Haji Rahimi and Amanollahi,
the foreign minister's visit a week later and the officer appointed in Zahidi's place
(Economist-style feature, Apr 2024); Ibrahim Aqil's killing with the Radwan commanders, his
taking over from Fuad Shukr and Tabatabai named after him, an analyst speaking to Al-Akhbar
(Al-Akhbar-style Arabic, Sept 2024); Araghchi's first Beirut and Damascus trip after Nasrullah's
death: Berri, Miqati, Assad and Sabbagh (who replaced Mekdad), no meeting with Qassem or
Safieddine (magazine feature, Oct 2024); Sharaa receiving the Ukrainian foreign and agriculture
ministers, then Kuwait's foreign minister and the GCC secretary-general, a Russian visit only
announced and a phone call (Arabic weekly, Dec 2024); Razi Mousavi's killing in Sayyida Zaynab
blamed on Israel but unclaimed, his funeral, Akbari who replaced Sobhani (feature, Dec 2023);
Naim Qassem elected in Nasrallah's place, Safieddine's killing claimed by Israel, Larijani's
meetings in Damascus and Beirut, an acting head of the Executive Council (Arabic analysis, Nov 2024).
Style: long feature sentences, later references by surname or description, en/ar alternating;
"was received by", "held talks with", attendance at a meeting, "did not meet", a planned visit,
a phone call, killings with the agent claimed, blamed-but-unclaimed, and with no agent stated.
Spellings: Zahidi, Suleimani / Sulaimani, Ghaani / Qa'ani, Nasrullah, Miqati / Mikati, al-Shar'a.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_dm/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_do import ALL  # noqa: E402

HERE = Path(__file__).parent

IRAN, SYRIA, ISR, US = "country:iran", "country:syria", "country:israel", "country:united-states"
IFM, SFM = "organization:iranian-foreign-ministry", "organization:syrian-foreign-ministry"
IRGC, QF, HZB = "organization:irgc", "organization:quds-force", "organization:hezbollah"
LGOV, LPARL = "organization:lebanese-government", "organization:lebanese-parliament"
ZAH, RAH, AMAN = ("person:mohammad-reza-zahedi", "person:mohammad-hadi-haji-rahimi",
                  "person:hossein-amanollahi")
AMA, ASSAD, MEK, SAB = ("person:hossein-amir-abdollahian", "person:bashar-al-assad",
                        "person:faisal-mekdad", "person:bassam-sabbagh")
ESB, SOL, Q, AKB = ("person:behrouz-esbati", "person:qasem-soleimani", "person:esmail-qaani",
                    "person:hossein-akbari")
AQIL, SHUKR, WAHBI, TAB = ("person:ibrahim-aqil", "person:fouad-shukr", "person:ahmed-wahbi",
                           "person:haytham-ali-tabatabai")
NAS, KASSIR, ARA, BERRI, MIK = ("person:hassan-nasrallah", "person:kassem-kassir",
                                "person:abbas-araghchi", "person:nabih-berri", "person:najib-mikati")
QAS, SAF = "person:naim-qassem", "person:hashem-safieddine"
SHARAA, SYB, KOV, SHAI = ("person:ahmed-al-sharaa", "person:andrii-sybiha", "person:vitaliy-koval",
                          "person:asaad-al-shaibani")
YAHYA, BUD, BOG, LAV = ("person:abdullah-al-yahya", "person:jasem-albudaiwi",
                        "person:mikhail-bogdanov", "person:sergei-lavrov")
MOUS, SALAMI, SOBH = "person:razi-mousavi", "person:hossein-salami", "person:mehdi-sobhani"
LAR, KHAM, DAM, QMATI = ("person:ali-larijani", "person:ali-khamenei", "person:ali-damoush",
                         "person:mahmoud-qmati")

ARTICLES = [
    ("enDM1_consulate_strike_zahidi_chair", "en",
     "DAMASCUS - By the account of those who used it, the two-storey annex beside Iran's embassy "
     "in the Mezzeh district of Damascus was less a consulate than a clearing house. When it was "
     "flattened on the afternoon of April 1st, 2024, the dead included Brigadier-General Mohammad "
     "Reza Zahidi, the most senior Revolutionary Guards officer in Syria and Lebanon, and his "
     "deputy, Mohammad Hadi Haji Rahimi. Among the five other officers killed was Hossein "
     "Amanollahi, a Quds Force chief of staff for the Syrian theatre who had served under Qassem "
     "Suleimani.\n"
     "Israel has never formally claimed the strike, though its officials have rarely bothered to "
     "deny it. Iran's ambassador, Hossein Akbari, whose residence was on the floor above, survived.\n"
     "A week later Iran's foreign minister, Hossein Amir-Abdollahian, flew into Damascus to reopen "
     "the consulate in a borrowed building. He was received by President Bashar al-Assad and held "
     "talks with his counterpart, Faisal Mekdad. He did not meet the officers who now fill "
     "Zahidi's chair, an aide said.\n"
     "Behrouz Esbati, a veteran of the Syrian campaign, was "
     "appointed to replace Zahidi as the Guards' man in Damascus, according to two officials "
     "briefed on the decision. \"Zahidi had Nasrallah's ear; Esbati has a budget,\" said one "
     "analyst in Tehran.\n"
     "Suleimani himself was killed in a U.S. drone strike outside Baghdad airport in 2020; his "
     "successor, Esmaeil Ghaani, has never acquired the same reach.",
     [("LOCATED_IN", "location:mezzeh", "location:damascus", "the Mezzeh district of Damascus"),
      ("MEMBER_OF", ZAH, IRGC, "the most senior Revolutionary Guards officer"),
      ("MEMBER_OF", AMAN, QF, "a Quds Force chief of staff"),
      ("VISITED", AMA, "location:damascus", "flew into Damascus", "2024-04-08"),
      ("LEADS", AMA, IFM, "Iran's foreign minister, Hossein"),
      ("MET_WITH", AMA, ASSAD, "He was received by President Bashar", "2024-04-08"),
      ("LEADS", ASSAD, SYRIA, "He was received by President Bashar"),
      ("MET_WITH", AMA, MEK, "talks with his counterpart, Faisal Mekdad", "2024-04-08"),
      ("LEADS", MEK, SFM, "talks with his counterpart, Faisal Mekdad"),
      ("SUCCESSOR_OF", ESB, ZAH, "appointed to replace Zahidi"),
      ("ASSASSINATED_BY", SOL, US, "killed in a U.S. drone strike", "2020-01-03"),
      ("SUCCESSOR_OF", Q, SOL, "successor, Esmaeil Ghaani"),
      ],
     {"source": "blind set (Economist-style feature)", "published": "2024-04-13"}),

    ("arDM2_aqil_radwan_tabatabai", "ar",
     "بيروت - «الأخبار» - لم يكن إبراهيم عقيل اسماً متداولاً خارج الدائرة الضيقة للمقاومة، حتى "
     "أعلن الجيش الإسرائيلي في 20 أيلول 2024 أنه اغتاله بغارة على مبنى في الضاحية الجنوبية، مع "
     "نحو خمسة عشر من قادة «قوة الرضوان» كانوا مجتمعين في طابقه السفلي.\n"
     "وكان عقيل، عضو المجلس الجهادي في حزب الله، قد تولى قيادة العمليات بعد اغتيال رفيقه فؤاد "
     "شكر في حارة حريك في تموز، وهي الغارة التي تبنّتها إسرائيل أيضاً. وبين الذين سقطوا معه أحمد "
     "وهبي، الذي قاد الرضوان حتى مطلع العام.\n"
     "وبحسب مصادر مطلعة، عيّن الأمين العام للحزب السيد حسن نصرالله القائد هيثم علي الطبطبائي "
     "خلفاً لعقيل على رأس الملف العسكري، قبل أيام فقط من اغتياله هو الآخر.\n"
     "ويرى الكاتب والمحلل السياسي قاسم قصير، في حديث لـ«الأخبار»، أن «الضربة لم تستهدف أشخاصاً "
     "بقدر ما استهدفت ذاكرة تنظيمية»، مضيفاً أن «الحزب يملك بدلاء لكل موقع، لكن البدلاء يحتاجون "
     "إلى وقت لا تمنحه الحرب».\n"
     "وكان عقيل مطلوباً لواشنطن بتهمة المشاركة في تفجير السفارة الأميركية في بيروت عام 1983، فيما "
     "اتهمته إسرائيل بالتخطيط لعملية «اقتحام الجليل». ونفى الحزب أن يكون اجتماع الرضوان مخصصاً "
     "لذلك، مؤكداً أن قادته كانوا يناقشون «شؤوناً إدارية».",
     [("ASSASSINATED_BY", AQIL, ISR, "أعلن الجيش الإسرائيلي في 20 أيلول", "2024-09-20"),
      ("MEMBER_OF", AQIL, "organization:hezbollah-jihad-council", "عضو المجلس الجهادي"),
      ("SUCCESSOR_OF", AQIL, SHUKR, "قد تولى قيادة العمليات بعد اغتيال رفيقه"),
      ("ASSASSINATED_BY", SHUKR, ISR, "التي تبنّتها إسرائيل", "2024-07-30"),
      ("LEADS", WAHBI, "organization:radwan-force", "الذي قاد الرضوان"),
      ("LEADS", NAS, HZB, "الأمين العام للحزب السيد حسن"),
      ("SUCCESSOR_OF", TAB, AQIL, "خلفاً لعقيل"),
      ("REPORTED_BY", KASSIR, "outlet:al-akhbar", "في حديث لـ«الأخبار»"),
      ],
     {"source": "blind set (Al-Akhbar-style Arabic)", "published": "2024-10-01"}),

    ("enDM3_araghchi_beirut_damascus", "en",
     "BEIRUT - Abbas Araghchi's first trip to Lebanon as Iran's foreign minister was meant to look "
     "like business as usual. A week after Hassan Nasrullah was killed under "
     "a block of flats in Haret Hreik, Araghchi landed at Beirut's airport on October 4th, 2024, "
     "aboard an Iranian plane that Lebanese officials had days earlier been asked to turn away.\n"
     "In the capital he was received by Nabih Berri, the 86-year-old speaker of parliament who has "
     "become Hezbollah's interlocutor of choice, and then met the caretaker prime minister, Najib "
     "Miqati, at the Grand Serail. Mikati's office said the two discussed a ceasefire; Araghchi "
     "said Iran would back one only if it covered Gaza as well.\n"
     "He did not meet Naim Qassem, the party's deputy secretary-general, at least not publicly. "
     "Nor did he see Hashem Safieddine, the presumed heir, who had not been heard from since an "
     "Israeli strike on the southern suburbs the night before.\n"
     "The next day Araghchi crossed into Syria and was received in Damascus by Bashar al-Assad. He "
     "also held talks with Bassam Sabbagh, who had replaced Faisal Mekdad as foreign minister barely "
     "two weeks earlier, when Mekdad was moved to the vice-presidency.\n"
     "\"Iran is not looking for war, but it is not afraid of one,\" Araghchi told reporters in "
     "Damascus. Diplomats in Beirut read the tour less as mediation than as a roll-call: Tehran "
     "wanted to see for itself who was still standing.",
     [("LEADS", ARA, IFM, "as Iran's foreign minister"),
      ("VISITED", ARA, "location:beirut", "landed at Beirut's airport", "2024-10-04"),
      ("MET_WITH", ARA, BERRI, "he was received by Nabih Berri", "2024-10-04"),
      ("LEADS", BERRI, LPARL, "speaker of parliament"),
      ("MET_WITH", ARA, MIK, "then met the caretaker prime minister", "2024-10-04"),
      ("LEADS", MIK, LGOV, "then met the caretaker prime minister"),
      ("MEMBER_OF", QAS, HZB, "the party's deputy secretary-general"),
      ("ATTACKED", ISR, "location:dahiyeh", "Israeli strike on the southern suburbs", "2024-10-03"),
      ("VISITED", ARA, "location:damascus", "was received in Damascus by Bashar", "2024-10-05"),
      ("MET_WITH", ARA, ASSAD, "was received in Damascus by Bashar", "2024-10-05"),
      ("MET_WITH", ARA, SAB, "also held talks with Bassam Sabbagh", "2024-10-05"),
      ("SUCCESSOR_OF", SAB, MEK, "who had replaced Faisal Mekdad"),
      ("LEADS", SAB, SFM, "who had replaced Faisal Mekdad"),
      ],
     {"source": "blind set (magazine feature)", "published": "2024-10-10"}),

    ("arDM4_sharaa_ukraine_gulf", "ar",
     "دمشق - في يوم واحد، استقبل قائد الإدارة السورية الجديدة أحمد الشرع في قصر الشعب وفدين لا "
     "يجمع بينهما سوى الرغبة في حجز مقعد مبكر في دمشق ما بعد الأسد.\n"
     "فقد التقى الشرع، صباح الاثنين 30 كانون الأول 2024، وزير الخارجية الأوكراني أندريه سيبيها "
     "ووزير الزراعة فيتالي كوفال، اللذين وصلا محمّلين بشحنة قمح وبرسالة سياسية واضحة: روسيا، "
     "حليفة النظام السابق، «لم تعد مرحّباً بها هنا». وحضر اللقاء وزير الخارجية في الحكومة "
     "الانتقالية أسعد الشيباني.\n"
     "وبعد الظهر، استقبل الشرع وزير الخارجية الكويتي عبد الله اليحيا، رئيس الدورة الحالية "
     "للمجلس الوزاري الخليجي، والأمين العام لمجلس التعاون جاسم البديوي، في أول زيارة خليجية "
     "جماعية منذ سقوط النظام.\n"
     "في المقابل، لم يلتقِ الشرع حتى الآن أي مسؤول روسي، وإن كانت موسكو قد أبلغت دمشق أن نائب "
     "وزير الخارجية ميخائيل بوغدانوف ينوي زيارتها «قريباً». واكتفى الشيباني باتصال هاتفي مع "
     "نظيره الروسي سيرغي لافروف تناول مصير القاعدتين في حميميم وطرطوس.\n"
     "ويقول دبلوماسي عربي واكب اللقاءات إن «الشرع يحسن الإصغاء أكثر مما يحسن الوعد، وهذا بالضبط "
     "ما يريده زواره في هذه المرحلة».",
     [("LEADS", SHARAA, "organization:syrian-government", "قائد الإدارة السورية الجديدة"),
      ("MET_WITH", SHARAA, SYB, "فقد التقى الشرع", "2024-12-30"),
      ("MET_WITH", SHARAA, KOV, "ووزير الزراعة فيتالي", "2024-12-30"),
      ("LEADS", SYB, "organization:ukrainian-foreign-ministry", "وزير الخارجية الأوكراني"),
      ("LEADS", KOV, "organization:ukrainian-agriculture-ministry", "ووزير الزراعة فيتالي"),
      ("VISITED", SYB, "location:damascus", "اللذين وصلا محمّلين", "2024-12-30"),
      ("VISITED", KOV, "location:damascus", "اللذين وصلا محمّلين", "2024-12-30"),
      ("MET_WITH", SHAI, SYB, "وحضر اللقاء وزير الخارجية", "2024-12-30"),
      ("MET_WITH", SHAI, KOV, "وحضر اللقاء وزير الخارجية", "2024-12-30"),
      ("LEADS", SHAI, "organization:syrian-foreign-ministry", "وحضر اللقاء وزير الخارجية"),
      ("MET_WITH", SHARAA, YAHYA, "استقبل الشرع وزير الخارجية الكويتي", "2024-12-30"),
      ("LEADS", YAHYA, "organization:kuwaiti-foreign-ministry", "وزير الخارجية الكويتي عبد الله"),
      ("MET_WITH", SHARAA, BUD, "والأمين العام لمجلس التعاون", "2024-12-30"),
      ("LEADS", BUD, "organization:gcc", "والأمين العام لمجلس التعاون"),
      ("MEMBER_OF", BOG, "organization:russian-foreign-ministry", "وزير الخارجية ميخائيل"),
      ("LEADS", LAV, "organization:russian-foreign-ministry", "نظيره الروسي سيرغي"),
      ],
     {"source": "blind set (Arabic weekly)", "published": "2025-01-02"}),

    ("enDM5_razi_mousavi_sayyida_zaynab", "en",
     "TEHRAN - For three decades Sayyed Razi Mousavi, a senior adviser of the Revolutionary Guards, "
     "did the unglamorous work of Iran's 'axis': the warehouses, the ledgers, the convoys from "
     "Albukamal to the Lebanese border. On December 25th, 2023, that career ended at his farmhouse "
     "in Sayyida Zaynab, south of Damascus, when three missiles struck the compound.\n"
     "The Guards said he had been 'martyred by the Zionist regime' and promised revenge; Israel, "
     "as is its habit, said nothing, and which service fired the missiles was never established.\n"
     "Mousavi was, in the words of Iranian state media, one of the oldest companions of Qassem "
     "Sulaimani. He attended Sulaimani's burial in Kerman in January 2020 and was photographed "
     "there beside Esmail Qa'ani, who had taken over the Quds Force a day after Sulaimani was "
     "killed by an American drone at Baghdad airport.\n"
     "The funeral in Tehran on December 28th was led by the Guards' commander, Hossein Salami, "
     "and attended by Hossein Akbari, Iran's ambassador in Damascus, who had replaced Mehdi "
     "Sobhani in the post in 2021. \"We will choose the time and the place,\" Salami told "
     "mourners.\n"
     "Mousavi's post has not been publicly filled. Analysts in Beirut expect it to be split "
     "between two men, one for logistics and one for Lebanon, rather than handed to a single "
     "successor.",
     [("MEMBER_OF", MOUS, IRGC, "a senior adviser of the Revolutionary Guards"),
      ("LOCATED_IN", "location:sayyida-zaynab", "location:damascus", "in Sayyida Zaynab, south of Damascus"),
      ("VISITED", MOUS, "location:kerman", "burial in Kerman", "2020-01"),
      ("SUCCESSOR_OF", Q, SOL, "had taken over the Quds Force"),
      ("LEADS", Q, QF, "had taken over the Quds Force"),
      ("ASSASSINATED_BY", SOL, US, "killed by an American drone", "2020-01-03"),
      ("LEADS", SALAMI, IRGC, "the Guards' commander, Hossein Salami"),
      ("SUCCESSOR_OF", AKB, SOBH, "who had replaced Mehdi"),
      ],
     {"source": "blind set (feature)", "published": "2023-12-30"}),

    ("arDM6_qassem_elected_larijani", "ar",
     "بيروت - حين أعلن مجلس شورى حزب الله، في 29 تشرين الأول 2024، انتخاب الشيخ نعيم قاسم أميناً "
     "عاماً خلفاً للسيد حسن نصر الله، بدا القرار أقرب إلى تثبيت أمر واقع منه إلى مفاجأة.\n"
     "فالرجل الذي شغل منصب نائب الأمين العام منذ عام 1991 كان الوجه الوحيد الباقي من الصف الأول، "
     "بعدما اغتالت إسرائيل نصرالله في غارة على حارة حريك أواخر أيلول، ثم أعلنت في 22 تشرين الأول "
     "أنها قتلت رئيس المجلس التنفيذي السيد هاشم صفي الدين، الذي كان يُنظر إليه طويلاً على أنه "
     "الوريث المرجّح.\n"
     "ولم يستقبل قاسم أي مسؤول أجنبي علناً منذ انتخابه. ففي 15 تشرين الثاني زار بيروت علي "
     "لاريجاني، مستشار المرشد الإيراني علي خامنئي، فالتقى رئيس مجلس النواب نبيه بري ورئيس حكومة "
     "تصريف الأعمال نجيب ميقاتي، بعد يوم من لقائه الرئيس بشار الأسد في دمشق، من دون أن يُعلن عن "
     "أي لقاء بينه وبين قاسم.\n"
     "وفي الداخل، خلف الشيخ علي دعموش صفي الدين على رأس المجلس التنفيذي بالوكالة، في انتظار "
     "ترتيب أوسع للهيئات القيادية.\n"
     "ويقول نائب رئيس المجلس السياسي في الحزب محمود قماطي إن «القيادة لم تهتز، وإن تغيّرت "
     "الوجوه»، فيما يرى دبلوماسيون غربيون أن الحزب بات أكثر ارتباطاً بطهران من أي وقت مضى.",
     [("SUCCESSOR_OF", QAS, NAS, "عاماً خلفاً للسيد حسن", "2024-10-29"),
      ("LEADS", QAS, HZB, "انتخاب الشيخ نعيم قاسم"),
      ("ASSASSINATED_BY", NAS, ISR, "بعدما اغتالت إسرائيل نصرالله", "2024-09-27"),
      ("ATTACKED", ISR, "location:haret-hreik", "في غارة على حارة حريك", "2024-09-27"),
      ("ASSASSINATED_BY", SAF, ISR, "أنها قتلت رئيس المجلس التنفيذي"),
      ("LEADS", SAF, "organization:hezbollah-executive-council", "أنها قتلت رئيس المجلس التنفيذي"),
      ("VISITED", LAR, "location:beirut", "زار بيروت علي", "2024-11-15"),
      ("LEADS", KHAM, IRAN, "المرشد الإيراني علي خامنئي"),
      ("MET_WITH", LAR, BERRI, "فالتقى رئيس مجلس النواب", "2024-11-15"),
      ("LEADS", BERRI, LPARL, "فالتقى رئيس مجلس النواب"),
      ("MET_WITH", LAR, MIK, "ورئيس حكومة تصريف الأعمال", "2024-11-15"),
      ("LEADS", MIK, LGOV, "ورئيس حكومة تصريف الأعمال"),
      ("MET_WITH", LAR, ASSAD, "لقائه الرئيس بشار الأسد", "2024-11-14"),
      ("LEADS", ASSAD, SYRIA, "لقائه الرئيس بشار الأسد"),
      ("VISITED", LAR, "location:damascus", "لقائه الرئيس بشار الأسد", "2024-11-14"),
      ("SUCCESSOR_OF", DAM, SAF, "خلف الشيخ علي دعموش"),
      ("LEADS", DAM, "organization:hezbollah-executive-council", "خلف الشيخ علي دعموش"),
      ("MEMBER_OF", QMATI, "organization:hezbollah-political-council", "نائب رئيس المجلس السياسي"),
      ],
     {"source": "blind set (Arabic analysis)", "published": "2024-11-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setDM")
