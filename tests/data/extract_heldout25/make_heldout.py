"""Blind set T: the nuclear deal and Iranian leadership changes: Trump leaves the JCPOA,
Ahmadian replaces Shamkhani, Pakpour and Mousavi after the June 2025 strikes, Bagheri Kani
in Vienna, Hezbollah after Nasrallah, a new Iranian ambassador in Baghdad.
Written and annotated blind (extractor neither read nor run).
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout25/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA", "QT")

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
QF, IRGC, US = "organization:quds-force", "organization:irgc", "country:united-states"
PMF, HZ, IL = "organization:popular-mobilization-forces", "organization:hezbollah", "country:israel"
SH, SNSC = "person:ali-shamkhani", "organization:supreme-national-security-council"
BK, NAS = "person:ali-bagheri-kani", "person:hassan-nasrallah"
AES = "person:mohammad-kazem-al-e-sadegh"

ARTICLES = [
    ("enT1_trump_quits_deal", "en",
     "WASHINGTON (Reuters) - President Donald Trump on Tuesday pulled the United States out of "
     "the 2015 nuclear deal with Iran, announcing he would reimpose sanctions on Tehran and "
     "calling the accord \u201cdefective at its core.\u201d Iranian President Hassan Rouhani said "
     "in a televised address that Iran would stay in the agreement with the remaining "
     "signatories for now, but warned that it could resume uranium enrichment \u201cwithout "
     "limits\u201d within weeks. National Security Adviser John Bolton told reporters at the "
     "White House that European firms would have 90 to 180 days to wind down business in Iran. "
     "Secretary of State Mike Pompeo, who took over from Rex Tillerson last month, said "
     "Washington would work with allies on a broader agreement. Iranian Foreign Minister "
     "Mohammad Javad Zarif is due to travel to Beijing, Moscow and Brussels to seek guarantees "
     "from the deal's other parties, a ministry spokesman said.",
     [("WITHDREW_FROM", US, "agreement:jcpoa", "pulled the United States out", "2018-05-08"),
      ("LEADS", "person:hassan-rouhani", "country:iran", "Iranian President Hassan"),
      ("SUCCESSOR_OF", "person:mike-pompeo", "person:rex-tillerson", "took over from Rex"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2018-05-08"}),

    ("arT2_ahmadian_shamkhani", "ar",
     "طهران ــ الجزيرة نت\n"
     "عيّن الرئيس الإيراني إبراهيم رئيسي، الاثنين، القيادي في الحرس الثوري علي أكبر أحمديان "
     "أميناً للمجلس الأعلى للأمن القومي، خلفاً لعلي شمخاني الذي شغل المنصب قرابة عشر سنوات. "
     "وعُيّن شمخاني مستشاراً سياسياً للمرشد الأعلى علي خامنئي وعضواً في مجمع تشخيص مصلحة النظام. "
     "ويأتي التغيير بعد أسابيع من زيارة أجراها شمخاني إلى بغداد، التقى خلالها رئيس الوزراء "
     "العراقي محمد شياع السوداني ومستشار الأمن القومي قاسم الأعرجي، ووقّع مع الأخير اتفاقاً "
     "أمنياً يتعلق بالحدود مع إقليم كردستان. في حين سبقتها زيارة إلى أبوظبي التقى فيها رئيسَ "
     "دولة الإمارات الشيخ محمد بن زايد. ونقلت وكالة إرنا عن المتحدث باسم الحكومة الإيرانية علي "
     "بهادري جهرمي قوله إن أحمديان «يمتلك خبرة طويلة في التخطيط الاستراتيجي».",
     [("LEADS", "person:ebrahim-raisi", "country:iran", "عيّن الرئيس الإيراني"),
      ("MEMBER_OF", "person:ali-akbar-ahmadian", IRGC, "عيّن الرئيس الإيراني"),
      ("MEMBER_OF", "person:ali-akbar-ahmadian", SNSC, "عيّن الرئيس الإيراني"),
      ("SUCCESSOR_OF", "person:ali-akbar-ahmadian", SH, "خلفاً لعلي", "2023-05-22"),
      ("MEMBER_OF", SH, SNSC, "خلفاً لعلي"),
      ("MEMBER_OF", SH, "organization:expediency-discernment-council", "مجمع تشخيص"),
      ("VISITED", SH, "location:baghdad", "زيارة أجراها شمخاني", "2023-03"),
      ("MET_WITH", SH, "person:mohammed-shia-al-sudani", "زيارة أجراها شمخاني", "2023-03"),
      ("LEADS", "person:mohammed-shia-al-sudani", "country:iraq", "زيارة أجراها شمخاني"),
      ("MET_WITH", SH, "person:qassim-al-araji", "زيارة أجراها شمخاني", "2023-03"),
      ("VISITED", SH, "location:abu-dhabi", "سبقتها زيارة"),
      ("MET_WITH", SH, "person:mohamed-bin-zayed", "سبقتها زيارة"),
      ("LEADS", "person:mohamed-bin-zayed", "country:united-arab-emirates", "سبقتها زيارة"),
      ("MEMBER_OF", "person:ali-bahadori-jahromi", "organization:iranian-government",
       "ونقلت وكالة إرنا"),
      ("REPORTED_BY", "person:ali-bahadori-jahromi", "outlet:irna", "ونقلت وكالة إرنا"),
      ],
     {"source": "blind set (Al Jazeera-style)", "published": "2023-05-22"}),

    ("enT3_pakpour_mousavi", "en",
     "TEHRAN (AFP) - Iran's supreme leader Ayatollah Ali Khamenei on Friday named Mohammad "
     "Pakpour as the new commander of the Revolutionary Guards, hours after Israeli strikes "
     "killed his predecessor Hossein Salami in Tehran. Pakpour, who had led the Guards' ground "
     "forces since 2009, takes over a force reeling from the loss of several senior commanders. "
     "Armed forces chief of staff Mohammad Bagheri was also killed in the Israeli attack, and "
     "Khamenei appointed Major General Abdolrahim Mousavi, the army commander, to replace him. "
     "The head of the Guards' aerospace division, Amir Ali Hajizadeh, died in a separate strike "
     "on an underground facility, state media said. Foreign Minister Abbas Araghchi, who met "
     "Omani Foreign Minister Badr Albusaidi in Muscat in April for indirect talks with US envoy "
     "Steve Witkoff, called the attacks a \u201cdeclaration of war.\u201d",
     [("LEADS", "person:ali-khamenei", "country:iran", "supreme leader Ayatollah"),
      ("LEADS", "person:mohammad-pakpour", IRGC, "supreme leader Ayatollah"),
      ("SUCCESSOR_OF", "person:mohammad-pakpour", "person:hossein-salami",
       "supreme leader Ayatollah", "2025-06-13"),
      ("LEADS", "person:hossein-salami", IRGC, "supreme leader Ayatollah"),
      ("ASSASSINATED_BY", "person:hossein-salami", IL, "supreme leader Ayatollah",
       "2025-06-13"),
      ("LEADS", "person:mohammad-pakpour", "organization:irgc-ground-forces", "ground forces"),
      ("PART_OF", "organization:irgc-ground-forces", IRGC, "ground forces"),
      ("LEADS", "person:mohammad-bagheri", "organization:iranian-armed-forces-general-staff",
       "Armed forces chief"),
      ("ASSASSINATED_BY", "person:mohammad-bagheri", IL, "Armed forces chief", "2025-06-13"),
      ("SUCCESSOR_OF", "person:abdolrahim-mousavi", "person:mohammad-bagheri",
       "to replace him", "2025-06-13"),
      ("LEADS", "person:abdolrahim-mousavi", "organization:iranian-army", "to replace him"),
      ("LEADS", "person:amir-ali-hajizadeh", "organization:irgc-aerospace-force",
       "aerospace division"),
      ("PART_OF", "organization:irgc-aerospace-force", IRGC, "aerospace division"),
      ("MET_WITH", "person:abbas-araghchi", "person:badr-albusaidi", "Badr Albusaidi", "2025-04"),
      ("VISITED", "person:abbas-araghchi", "location:muscat", "Badr Albusaidi", "2025-04"),
      ],
     {"source": "blind set (AFP-style)", "published": "2025-06-13"}),

    ("arT4_vienna_bagheri_kani", "ar",
     "فيينا ــ «الشرق الأوسط»\n"
     "استؤنفت في فيينا، الاثنين، المفاوضات الرامية إلى إحياء الاتفاق النووي بعد توقف دام خمسة "
     "أشهر، وذلك بمشاركة وفد إيراني يرأسه علي باقري كني، الذي حلّ محلّ عباس عراقجي على رأس "
     "الفريق المفاوض عقب تولي إبراهيم رئيسي الرئاسة خلفاً لحسن روحاني. وعقد باقري كني لقاءً "
     "ثنائياً مع منسق الاتحاد الأوروبي إنريكي مورا، في حين رفض الجلوس مع المبعوث الأميركي روبرت "
     "مالي، الذي يتابع المفاوضات من فندق مجاور. وكان المدير العام للوكالة الدولية للطاقة الذرية "
     "رافائيل غروسي قد زار طهران الأسبوع الماضي، والتقى رئيس منظمة الطاقة الذرية الإيرانية محمد "
     "إسلامي، من دون التوصل إلى اتفاق بشأن كاميرات المراقبة. يُذكر أن الولايات المتحدة انسحبت من "
     "الاتفاق عام 2018 في عهد الرئيس السابق دونالد ترامب.",
     [("VISITED", BK, "location:vienna", "بمشاركة وفد إيراني", "2021-11-29"),
      ("SUCCESSOR_OF", BK, "person:abbas-araghchi", "حلّ محلّ"),
      ("SUCCESSOR_OF", "person:ebrahim-raisi", "person:hassan-rouhani", "خلفاً لحسن"),
      ("MET_WITH", BK, "person:enrique-mora", "لقاءً ثنائياً", "2021-11-29"),
      ("MEMBER_OF", "person:enrique-mora", "organization:european-union", "لقاءً ثنائياً"),
      ("LEADS", "person:rafael-grossi", "organization:iaea", "رافائيل غروسي"),
      ("VISITED", "person:rafael-grossi", "country:iran", "رافائيل غروسي", "2021-11-23"),
      ("MET_WITH", "person:rafael-grossi", "person:mohammad-eslami", "رافائيل غروسي",
       "2021-11-23"),
      ("LEADS", "person:mohammad-eslami", "organization:atomic-energy-organization-of-iran",
       "رافائيل غروسي"),
      ("WITHDREW_FROM", US, "agreement:jcpoa", "انسحبت من", "2018-05-08"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2021-11-29"}),

    ("enT5_kassem_hezbollah", "en",
     "BEIRUT (AP) \u2014 Hezbollah on Tuesday named Naim Kassem as its new secretary-general, a "
     "month after an Israeli airstrike in Beirut's southern suburbs killed longtime leader "
     "Hassan Nasrallah. Kassem, 71, had served as the group's deputy leader for more than three "
     "decades. His election by the group's Shura Council came after Hashem Safieddine, a "
     "senior official widely expected to take the top job, was killed in an Israeli strike in "
     "early October, according to Israeli military spokesman Rear Adm. Daniel Hagari. Iran's "
     "Quds Force commander Ismail Qaani was in Beirut shortly before Nasrallah's death, and his "
     "whereabouts were unclear for weeks. Iranian Foreign Minister Abbas Araghchi, who met "
     "Lebanese Parliament Speaker Nabih Berri in Beirut this month, said Tehran would keep "
     "backing the group.",
     [("LEADS", "person:naim-qassem", HZ, "its new secretary-general"),
      ("SUCCESSOR_OF", "person:naim-qassem", NAS, "its new secretary-general", "2024-10-29"),
      ("LEADS", NAS, HZ, "its new secretary-general"),
      ("ASSASSINATED_BY", NAS, IL, "its new secretary-general", "2024-09-27"),
      ("MEMBER_OF", "person:naim-qassem", HZ, "deputy leader"),
      ("MEMBER_OF", "person:hashem-safieddine", HZ, "Shura Council"),
      ("ASSASSINATED_BY", "person:hashem-safieddine", IL, "Shura Council", "2024-10"),
      ("MEMBER_OF", "person:daniel-hagari", "organization:israel-defense-forces",
       "Shura Council"),
      ("LEADS", Q, QF, "whereabouts"),
      ("VISITED", Q, "location:beirut", "whereabouts", "2024-09"),
      ("MET_WITH", "person:abbas-araghchi", "person:nabih-berri", "Parliament Speaker", "2024-10"),
      ("VISITED", "person:abbas-araghchi", "location:beirut", "Parliament Speaker", "2024-10"),
      ("LEADS", "person:nabih-berri", "organization:lebanese-parliament", "Parliament Speaker"),
      ("SUPPORTS", "country:iran", HZ, "keep"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-10-29"}),

    ("arT6_al_e_sadegh_credentials", "ar",
     "بغداد/ شفق نيوز- استقبل رئيس الجمهورية برهم صالح، الأحد، في قصر السلام ببغداد، السفير "
     "الإيراني الجديد لدى العراق محمد كاظم آل صادق، الذي قدّم أوراق اعتماده ليحلّ رسمياً محلّ "
     "سلفه إيرج مسجدي بعد خمس سنوات أمضاها الأخير في المنصب. وكان مسجدي، وهو مستشار سابق لقائد "
     "فيلق القدس الراحل قاسم سلیمانی، قد أثار جدلاً واسعاً بتصريحاته عن \"حق\" الفصائل في الرد "
     "على الوجود الأميركي. ويُعد آل صادق، المولود في النجف، من الدبلوماسيين المقربين من الجنرال "
     "قآني. وأفادت مصادر دبلوماسية لشفق نيوز بأن السفير الجديد التقى، عقب المراسم، وزير الخارجية "
     "فؤاد حسين، كما اجتمع في مقر هيئة الحشد الشعبي برئيس أركان الهيئة عبد العزيز المحمداوي. في "
     "حين قال النائب عن الحزب الديمقراطي الكردستاني شيروان الدوبرداني إن \"على طهران احترام "
     "سيادة العراق\".",
     [("MET_WITH", "person:barham-salih", AES, "استقبل رئيس الجمهورية", "2022-04"),
      ("LOCATED_IN", "location:al-salam-palace", "location:baghdad", "استقبل رئيس الجمهورية"),
      ("SUCCESSOR_OF", AES, "person:iraj-masjedi", "ليحلّ رسمياً"),
      ("LEADS", S, QF, "مستشار سابق"),
      ("MET_WITH", AES, "person:fuad-hussein", "عقب المراسم"),
      ("MET_WITH", AES, "person:abdul-aziz-al-muhammadawi", "عقب المراسم"),
      ("MEMBER_OF", "person:abdul-aziz-al-muhammadawi", PMF, "عقب المراسم"),
      ("MEMBER_OF", "person:sherwan-al-dubardani", "organization:kurdistan-democratic-party",
       "شيروان الدوبرداني"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2022-04"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setT")
