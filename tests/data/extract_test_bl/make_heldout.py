"""Blind set BL: Hezbollah and Hamas after Israeli killings - Safieddine's death confirmed
(Oct 2024), Sinwar killed in Rafah and mourned by al-Hayya (Oct 2024), Ibrahim Aqil killed in
Dahiyeh (Sept 2024), Aziz unit commander Mohammed Nasser killed in Tyre (July 2024), Hamas's
Lebanon leader Fateh Sherif killed in al-Bass camp (Sept 2024), Haniyeh's funeral in Tehran
(Aug 2024). Written and annotated blind (extractor neither read nor run).
Run: python /work/team/blind/setBL/make_heldout.py
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_bl/make_heldout.py
"""

# ruff: noqa: F405  (the entity ids come from blind_common_bm)
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_common_bm import *  # noqa: E402,F401,F403

HERE = Path(__file__).parent

ARTICLES = [
    ("enBL1_safieddine_death_confirmed", "en",
     "BEIRUT (AP) \u2014 Hezbollah on Wednesday confirmed that Hashem Safieddine, the cleric long "
     "seen as the heir to slain leader Hassan Nasrallah, was killed in an Israeli airstrike on "
     "Beirut's southern suburbs earlier this month. Israel's military said a day earlier that it "
     "had killed Safieddine, who headed the group's Executive Council, along with Ali Hussein "
     "Hazima, the commander of Hezbollah's intelligence headquarters, in the Oct. 3 strike. "
     "Nasrallah, Safieddine's cousin, was killed Sept. 27 in a massive Israeli strike that also "
     "killed Iranian Revolutionary Guard Gen. Abbas Nilforoushan. Safieddine had been widely "
     "expected to succeed him. U.S. envoy Amos Hochstein, who met Lebanon's caretaker Prime "
     "Minister Najib Mikati and Parliament Speaker Nabih Berri in Beirut on Monday, said a "
     "cease-fire was still possible. Hezbollah said it would name a new secretary-general "
     "\u201cat the appropriate time.\u201d",
     [("LEADS", NAS, HEZ, "heir to slain leader Hassan"),
      ("ASSASSINATED_BY", HS, ISR, "killed in an Israeli airstrike on", "2024-10-03"),
      ("ATTACKED", ISR, "location:dahiyeh", "killed in an Israeli airstrike on", "2024-10-03"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "Beirut's southern suburbs"),
      ("ASSASSINATED_BY", HS, IDF, "had killed Safieddine", "2024-10-03"),
      ("LEADS", HS, "organization:hezbollah-executive-council", "who headed the group's Executive"),
      ("PART_OF", "organization:hezbollah-executive-council", HEZ,
       "who headed the group's Executive"),
      ("ASSASSINATED_BY", "person:ali-hussein-hazima", IDF, "along with Ali Hussein", "2024-10-03"),
      ("MEMBER_OF", "person:ali-hussein-hazima", HEZ, "the commander of Hezbollah's intelligence"),
      ("ASSASSINATED_BY", NAS, ISR, "was killed Sept. 27", "2024-09-27"),
      ("ASSASSINATED_BY", NIL, ISR, "that also killed Iranian", "2024-09-27"),
      ("MEMBER_OF", NIL, IRGC, "Iranian Revolutionary Guard Gen."),
      ("MET_WITH", "person:amos-hochstein", MIK, "who met Lebanon's caretaker", "2024-10-21"),
      ("MET_WITH", "person:amos-hochstein", BERRI, "who met Lebanon's caretaker", "2024-10-21"),
      ("LEADS", MIK, "country:lebanon", "who met Lebanon's caretaker"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "Parliament Speaker Nabih Berri"),
      ("VISITED", "person:amos-hochstein", "location:beirut", "in Beirut on Monday", "2024-10-21"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-10-23"}),

    ("arBL2_sinwar_killed_hayya_mourns", "ar",
     "الدوحة ــ «العربي الجديد»\n"
     "نعى رئيس حركة حماس في قطاع غزة خليل الحية، الجمعة، رئيسَ المكتب السياسي للحركة يحيى "
     "السنوار، الذي قُتل في اشتباك مع قوة إسرائيلية في حي تل السلطان برفح، مؤكداً أن «حماس "
     "باقية». وكان الجيش الإسرائيلي قد أعلن أن جنوده قتلوا السنوار مساء الأربعاء، فيما قال قائد "
     "المنطقة الجنوبية في الجيش الإسرائيلي اللواء يارون فينكلمان إن العملية «لم تكن مخططة». "
     "وتسلّم السنوار قيادة المكتب السياسي في أغسطس/آب الماضي خلفاً لإسماعيل هنية، الذي اغتيل في "
     "مقر إقامته بطهران. وبحسب مصادر في الحركة، التقى الحية في الدوحة رئيسَ الوزراء وزير "
     "الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، قبل ساعات من إعلان النعي. وقال عضو المكتب "
     "السياسي للحركة عزت الرشق لـ«العربي الجديد» إن الحركة لن تسمّي خليفة للسنوار قبل انتهاء "
     "الحرب، مذكّراً بصالح العاروري الذي اغتالته مسيّرة إسرائيلية في بيروت مطلع العام.",
     [("MEMBER_OF", HAY, HAMAS, "نعى رئيس حركة حماس في قطاع غزة"),
      ("LEADS", SIN, HAMAS, "رئيسَ المكتب السياسي للحركة يحيى"),
      ("LOCATED_IN", "location:tal-al-sultan", "location:rafah", "حي تل السلطان برفح"),
      ("ASSASSINATED_BY", SIN, IDF, "أن جنوده قتلوا السنوار", "2024-10-16"),
      ("MEMBER_OF", "person:yaron-finkelman", IDF, "قائد المنطقة الجنوبية في الجيش الإسرائيلي"),
      ("SUCCESSOR_OF", SIN, HAN, "خلفاً لإسماعيل هنية", "2024-08-06"),
      ("LEADS", HAN, HAMAS, "خلفاً لإسماعيل هنية"),
      ("VISITED", HAN, "country:iran", "مقر إقامته بطهران", "2024-07-31"),
      ("MET_WITH", HAY, MBAT, "التقى الحية في الدوحة", "2024-10-18"),
      ("LEADS", MBAT, "country:qatar", "وزير الخارجية القطري الشيخ"),
      ("MEMBER_OF", "person:izzat-al-rishq", HAMAS, "وقال عضو المكتب السياسي للحركة عزت"),
      ("REPORTED_BY", "person:izzat-al-rishq", "outlet:al-araby-al-jadeed", "لـ«العربي الجديد» إن"),
      ("ASSASSINATED_BY", "person:saleh-al-arouri", ISR, "الذي اغتالته مسيّرة إسرائيلية",
       "2024-01-02"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-10-18"}),

    ("enBL3_ibrahim_aqil_killed", "en",
     "Hezbollah has confirmed that Ibrahim Aqil, the head of its elite Radwan Force, was killed in "
     "an Israeli air strike on a residential building in Beirut's southern suburbs. The Israeli "
     "military said on Friday its jets had killed Aqil together with about 15 Radwan "
     "commanders, among them Ahmed Wahbi, who oversaw the unit's operations until early this "
     "year. Lebanon's health ministry said at least 37 people died, including children. Aqil took "
     "over as Hezbollah's top military commander after Fuad Shukr was killed in an Israeli strike "
     "in the same area in July, sources close to the group said. The United States had offered "
     "a $7m reward for information on him over the 1983 bombing of its embassy in Beirut. "
     "Lebanon's caretaker Prime Minister Najib Mikati cancelled a trip to New York. On Saturday, "
     "he received the UN Special Coordinator for Lebanon, Jeanine Hennis-Plasschaert, who called "
     "for \u201cmaximum restraint.\u201d",
     [("LEADS", "person:ibrahim-aqil", "organization:radwan-force", "the head of its elite Radwan"),
      ("PART_OF", "organization:radwan-force", HEZ, "the head of its elite Radwan"),
      ("ASSASSINATED_BY", "person:ibrahim-aqil", ISR, "an Israeli air strike on a residential",
       "2024-09-20"),
      ("ATTACKED", ISR, "location:dahiyeh", "an Israeli air strike on a residential", "2024-09-20"),
      ("LOCATED_IN", "location:dahiyeh", "location:beirut", "Beirut's southern suburbs"),
      ("ASSASSINATED_BY", "person:ibrahim-aqil", IDF, "its jets had killed Aqil", "2024-09-20"),
      ("ASSASSINATED_BY", "person:ahmed-wahbi", IDF, "among them Ahmed Wahbi", "2024-09-20"),
      ("MEMBER_OF", "person:ahmed-wahbi", "organization:radwan-force", "among them Ahmed Wahbi"),
      ("SUCCESSOR_OF", "person:ibrahim-aqil", "person:fouad-shukr", "Aqil took over as", "2024-07"),
      ("MEMBER_OF", "person:ibrahim-aqil", HEZ, "Aqil took over as"),
      ("MEMBER_OF", "person:fouad-shukr", HEZ, "Aqil took over as"),
      ("ASSASSINATED_BY", "person:fouad-shukr", ISR, "was killed in an Israeli strike in the same",
       "2024-07-30"),
      ("LOCATED_IN", "location:us-embassy-beirut", "location:beirut", "its embassy in Beirut"),
      ("LEADS", MIK, "country:lebanon", "Lebanon's caretaker Prime Minister"),
      ("MET_WITH", MIK, "person:jeanine-hennis-plasschaert", "he received the UN Special",
       "2024-09-21"),
      ("MEMBER_OF", "person:jeanine-hennis-plasschaert", "organization:united-nations",
       "he received the UN Special"),
      ],
     {"source": "blind set (Al Jazeera English-style)", "published": "2024-09-21"}),

    ("arBL4_aziz_unit_commander_tyre", "ar",
     "بيروت – «الميادين»\n"
     "نعت المقاومة الإسلامية في لبنان، الأربعاء، القائد الجهادي محمد نعمة ناصر «الحاج أبو نعمة»، "
     "قائد «وحدة عزيز» في حزب الله، الذي استشهد بغارة نفذتها مسيّرة إسرائيلية على سيارة في منطقة "
     "الحوش بمدينة صور. وأعلن الجيش الإسرائيلي أن طائراته اغتالت ناصر، واصفاً إياه بأنه مسؤول "
     "القطاع الغربي من الجبهة. وردّ حزب الله بإطلاق أكثر من مئة صاروخ على مواقع عسكرية في الجليل "
     "والجولان المحتل، بينها قاعدة ميرون. وشارك رئيس المجلس التنفيذي في الحزب السيد هاشم صفي "
     "الدين في التشييع، مؤكداً أن «دماء القادة تزيد المقاومة قوة». وكان القائم بأعمال وزير "
     "الخارجية الإيراني علي باقري كني، الذي خلف حسين أمير عبد اللهيان بعد مصرعه، قد التقى السيد "
     "حسن نصر الله في بيروت الشهر الماضي. ويأتي اغتيال ناصر بعد ثلاثة أسابيع على اغتيال طالب عبد "
     "الله، قائد «وحدة نصر»، بضربة إسرائيلية في جويا.",
     [("LEADS", "person:mohammed-nasser", "organization:hezbollah-aziz-unit",
       "قائد «وحدة عزيز» في حزب الله"),
      ("PART_OF", "organization:hezbollah-aziz-unit", HEZ, "قائد «وحدة عزيز» في حزب الله"),
      ("ASSASSINATED_BY", "person:mohammed-nasser", ISR, "مسيّرة إسرائيلية على سيارة",
       "2024-07-03"),
      ("LOCATED_IN", "location:al-hosh", "location:tyre", "الحوش بمدينة صور"),
      ("ASSASSINATED_BY", "person:mohammed-nasser", IDF, "أن طائراته اغتالت ناصر", "2024-07-03"),
      ("ATTACKED", HEZ, "location:meron-base", "بينها قاعدة ميرون", "2024-07-04"),
      ("LEADS", HS, "organization:hezbollah-executive-council", "رئيس المجلس التنفيذي في الحزب"),
      ("PART_OF", "organization:hezbollah-executive-council", HEZ, "رئيس المجلس التنفيذي في الحزب"),
      ("SUCCESSOR_OF", BKANI, AA, "الذي خلف حسين أمير", "2024-05"),
      ("MET_WITH", BKANI, NAS, "قد التقى السيد", "2024-06-03"),
      ("VISITED", BKANI, "location:beirut", "قد التقى السيد", "2024-06-03"),
      ("ASSASSINATED_BY", "person:taleb-abdallah", ISR, "بضربة إسرائيلية في جويا", "2024-06-11"),
      ("ATTACKED", ISR, "location:jouaiya", "بضربة إسرائيلية في جويا", "2024-06-11"),
      ("LEADS", "person:taleb-abdallah", "organization:hezbollah-nasr-unit", "قائد «وحدة نصر»"),
      ],
     {"source": "blind set (Al Mayadeen-style)", "published": "2024-07-04"}),

    ("enBL5_fateh_sherif_tyre_camp", "en",
     "BEIRUT, Sept 30 (Reuters) - An Israeli air strike on the al-Bass refugee camp in the "
     "southern city of Tyre killed Fateh Sherif, Hamas's leader in Lebanon, along with his wife "
     "and children, the group said on Monday. Israel's military said Sherif had "
     "coordinated Hamas operations with Hezbollah. Hours earlier, an Israeli drone strike hit an "
     "apartment in Beirut's Kola district, killing three members of the leftist PFLP, the first "
     "strike inside the capital's city limits. "
     "Hezbollah, whose leader Hassan Nasrallah was killed by an Israeli strike on "
     "Friday, has not yet named a successor. Its deputy chief Naim Qassem said the group would "
     "choose a new leader \u201cat the earliest opportunity.\u201d Caretaker Prime Minister Najib "
     "Mikati met Parliament Speaker Nabih Berri and Walid Jumblatt, the former head of the "
     "Progressive Socialist Party, and the three called for an immediate ceasefire. Iran's Supreme "
     "Leader Ali Khamenei declared five days of mourning.",
     [("ASSASSINATED_BY", "person:fateh-sherif", ISR, "An Israeli air strike on the al-Bass",
       "2024-09-30"),
      ("ATTACKED", ISR, "location:al-bass-camp", "An Israeli air strike on the al-Bass",
       "2024-09-30"),
      ("LOCATED_IN", "location:al-bass-camp", "location:tyre", "refugee camp in the southern city"),
      ("MEMBER_OF", "person:fateh-sherif", HAMAS, "Hamas's leader in Lebanon"),
      ("ATTACKED", ISR, "location:kola", "an Israeli drone strike hit an apartment", "2024-09-30"),
      ("LOCATED_IN", "location:kola", "location:beirut", "Beirut's Kola district"),
      ("LEADS", NAS, HEZ, "whose leader Hassan Nasrallah"),
      ("ASSASSINATED_BY", NAS, ISR, "was killed by an Israeli strike on Friday", "2024-09-27"),
      ("MEMBER_OF", NQ, HEZ, "Its deputy chief Naim"),
      ("MET_WITH", MIK, BERRI, "Mikati met Parliament Speaker", "2024-09-30"),
      ("MET_WITH", MIK, "person:walid-jumblatt", "Mikati met Parliament Speaker", "2024-09-30"),
      ("MET_WITH", BERRI, "person:walid-jumblatt", "Mikati met Parliament Speaker", "2024-09-30"),
      ("LEADS", BERRI, "organization:lebanese-parliament", "Mikati met Parliament Speaker"),
      ("LEADS", "person:walid-jumblatt", "organization:progressive-socialist-party",
       "the former head of the Progressive"),
      ("LEADS", KHAM, "country:iran", "Iran's Supreme Leader"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-09-30"}),

    ("arBL6_haniyeh_funeral_tehran", "ar",
     "طهران/ارنا- أمّ قائد الثورة الاسلامية آية الله السيد علي خامنئي، صباح الخميس، صلاة الجنازة "
     "على جثمان رئيس المكتب السياسي لحركة المقاومة الاسلامية (حماس) الشهيد اسماعيل هنية في "
     "جامعة طهران، بمشاركة رئيس الجمهورية مسعود بزشكيان وحشود غفيرة. واستشهد هنية ومرافقه وسيم "
     "ابو شعبان فجر الاربعاء في مقر اقامته بطهران، اثر عملية ارهابية نفذها الكيان الصهيوني. وكان "
     "بزشكيان قد استقبل هنية عصر الثلاثاء، بعد ساعات من اداء اليمين الدستورية خلفا للشهيد ابراهيم "
     "رئيسي. كما التقى الضيف الفلسطيني قائد الثورة، ونائب الامين العام لحركة الجهاد الاسلامي محمد "
     "الهندي. وقال عضو المكتب السياسي لحماس خليل الحية في كلمة خلال المراسم ان «دم هنية لن يذهب "
     "هدرا». وحمّلت الحركة الولايات المتحدة ايضا مسؤولية الجريمة. ومن المقرر ان ينقل الجثمان الى "
     "الدوحة لمواراته الثرى يوم الجمعة.",
     [("LEADS", HAN, HAMAS, "رئيس المكتب السياسي لحركة المقاومة"),
      ("VISITED", HAN, "country:iran", "في مقر اقامته بطهران", "2024-07-30"),
      ("ASSASSINATED_BY", HAN, ISR, "نفذها الكيان الصهيوني", "2024-07-31"),
      ("ASSASSINATED_BY", "person:wasim-abu-shaaban", ISR, "ومرافقه وسيم", "2024-07-31"),
      ("MET_WITH", PEZ, HAN, "قد استقبل هنية", "2024-07-30"),
      ("SUCCESSOR_OF", PEZ, RAISI, "خلفا للشهيد", "2024-07-30"),
      ("MET_WITH", HAN, KHAM, "التقى الضيف الفلسطيني قائد الثورة", "2024-07-30"),
      ("MET_WITH", HAN, "person:mohammed-al-hindi", "التقى الضيف الفلسطيني قائد الثورة",
       "2024-07-30"),
      ("MEMBER_OF", "person:mohammed-al-hindi", "organization:palestinian-islamic-jihad",
       "ونائب الامين العام لحركة الجهاد"),
      ("MEMBER_OF", HAY, HAMAS, "عضو المكتب السياسي لحماس"),
      ],
     {"source": "blind set (IRNA Arabic-style)", "published": "2024-08-01"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setBL")
