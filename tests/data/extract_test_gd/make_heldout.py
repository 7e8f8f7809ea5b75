"""Blind set GD: Somalia and the Horn of Africa 2017-2025, seen by a wire agency: Farmajo sworn in
and Hassan Ali Khaire named prime minister, Feb 2017 (English); an AFRICOM strike kills Abdullahi
Nadir near Jilib, Oct 2022 (Arabic); the Ankara Declaration between Hassan Sheikh Mohamud and Abiy
Ahmed hosted by Erdogan, Dec 2024, and Irro succeeding Muse Bihi in Somaliland (English); Roble
named to replace Khaire and Townsend received at Villa Somalia, Sept 2020 (Arabic); US forces kill
Bilal al-Sudani in northern Somalia, Jan 2023 (English); William Ruto sworn in to succeed Uhuru
Kenyatta, with Hassan Sheikh in Nairobi, Sept 2022 (Arabic).
Style: wire copy with datelines, attributions ("officials said"), reported speech; a phone call, a
planned trip, a car bomb blamed by police on al-Shabaab without a claim, a "likely successor", two
leaders attending the same ceremony without being said to meet, indirect talks.
Spellings: Farmajo / فرماجو, Hassan Sheikh, Tayyip Erdogan, Abdullahi Yare / عبد الله يري,
أفريكوم, روبلي, تاونسند, أوهورو كينياتا.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 20): written blind, then read by the engineers. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gf import ALL  # noqa: E402

HERE = Path(__file__).parent

SOM, ETH, ERI, KEN = "country:somalia", "country:ethiopia", "country:eritrea", "country:kenya"
SFG, SHAB, AFRICOM = ("organization:somali-federal-government", "organization:al-shabaab",
                      "organization:us-africa-command")
FARM, HSM, KHAIRE, SHARM = ("person:mohamed-abdullahi-farmajo", "person:hassan-sheikh-mohamud",
                            "person:hassan-ali-khaire", "person:omar-abdirashid-sharmarke")
ROBLE, ABIY, ERD, FIDAN = ("person:mohamed-hussein-roble", "person:abiy-ahmed",
                           "person:recep-tayyip-erdogan", "person:hakan-fidan")
BIHI, IRRO, SLAND = "person:muse-bihi-abdi", "person:abdirahman-irro", "location:somaliland"
NADIR, DIRIYE, LANGLEY, TOWNS = ("person:abdullahi-nadir", "person:ahmed-diriye", "person:michael-langley",
                                 "person:stephen-townsend")
SUDANI, MUMIN, ISS = "person:bilal-al-sudani", "person:abdulqadir-mumin", "organization:islamic-state-somalia"
RUTO, KENYATTA, ODINGA, ISAIAS = ("person:william-ruto", "person:uhuru-kenyatta", "person:raila-odinga",
                                  "person:isaias-afwerki")

ARTICLES = [
    ("enGD1_farmajo_names_khaire", "en",
     "MOGADISHU, Feb 23 - Somalia's new president, Mohamed Abdullahi Mohamed, known as Farmajo, on "
     "Thursday named Hassan Ali Khaire, a former aid agency executive, as prime minister to replace "
     "Omar Abdirashid Ali Sharmarke.\n"
     "Farmajo, a former prime minister who also holds U.S. citizenship, was sworn in on Wednesday, two "
     "weeks after lawmakers chose him over the incumbent Hassan Sheikh Mohamud, whom he succeeds as "
     "head of state.\n"
     "Hassan Sheikh conceded defeat in a speech broadcast on state radio and urged his supporters to "
     "back the new government.\n"
     "Kenyan President Uhuru Kenyatta spoke to Farmajo by telephone, and aides said the new leader "
     "planned to travel to Riyadh to meet Saudi Arabia's King Salman before the end of the month.\n"
     "On Sunday a car bomb at a crowded Mogadishu market killed at least 34 people; police blamed "
     "al Shabaab, which did not claim the attack.",
     [("LEADS", FARM, SOM, "Somalia's new president, Mohamed"),
      ("SUCCESSOR_OF", KHAIRE, SHARM, "as prime minister to replace", "2017-02-23"),
      ("LEADS", KHAIRE, SFG, "as prime minister to replace"),
      ("SUCCESSOR_OF", FARM, HSM, "whom he succeeds as", "2017-02-08"),
      ("LEADS", HSM, SOM, "the incumbent Hassan Sheikh"),
      ("LEADS", KENYATTA, KEN, "Kenyan President Uhuru"),
      ("LEADS", "person:salman-bin-abdulaziz", "country:saudi-arabia", "Saudi Arabia's King Salman"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2017-02-23"}),

    ("arGD2_africom_strike_kills_nadir", "ar",
     "مقديشو (وكالات) - أعلنت الحكومة الصومالية، الاثنين، مقتل القيادي البارز في حركة الشباب عبد الله "
     "نادر، المعروف بـ«عبد الله يري»، في غارة جوية نفذتها القيادة الأميركية في أفريقيا (أفريكوم) قرب "
     "بلدة جلب بإقليم جوبا الوسطى.\n"
     "وقالت أفريكوم في بيان إن الضربة نُفذت في الأول من أكتوبر «بطلب من الحكومة الفيدرالية الصومالية»، "
     "وإنها قتلت نادر، أحد مؤسسي الحركة ورئيس ما يُسمّى بجهاز القضاء فيها.\n"
     "وكانت واشنطن قد رصدت مكافأة قدرها ثلاثة ملايين دولار لمن يدلي بمعلومات عنه.\n"
     "وقال وزير الإعلام الصومالي إن نادر كان المرشح الأبرز لخلافة أمير الحركة أحمد ديري، المكنّى بأبي "
     "عبيدة.\n"
     "وأجرى الرئيس حسن شيخ محمود لاحقاً اتصالاً هاتفياً بقائد أفريكوم الجنرال مايكل لانغلي شكره فيه على "
     "الدعم.",
     [("ASSASSINATED_BY", NADIR, AFRICOM, "في غارة جوية نفذتها القيادة", "2022-10-01"),
      ("MEMBER_OF", NADIR, SHAB, "القيادي البارز في حركة الشباب"),
      ("ATTACKED", AFRICOM, "location:jilib", "بلدة جلب بإقليم", "2022-10-01"),
      ("LEADS", DIRIYE, SHAB, "أمير الحركة أحمد ديري"),
      ("LEADS", HSM, SOM, "وأجرى الرئيس حسن شيخ"),
      ("LEADS", LANGLEY, AFRICOM, "بقائد أفريكوم الجنرال"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2022-10-03"}),

    ("enGD3_ankara_declaration", "en",
     "ANKARA, Dec 12 - Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed "
     "agreed late on Wednesday to end a year-long row over Addis Ababa's port deal with the breakaway "
     "region of Somaliland, after talks hosted by Turkish President Tayyip Erdogan in Ankara.\n"
     "Erdogan met each leader separately before bringing the two together for several hours of "
     "negotiations, Turkish officials said.\n"
     "Foreign Minister Hakan Fidan had led two earlier rounds of indirect talks in which the Somali and "
     "Ethiopian delegations never sat in the same room.\n"
     "The memorandum at the heart of the dispute was signed on Jan. 1 by Abiy and Somaliland's outgoing "
     "leader, Muse Bihi Abdi, at a ceremony in Addis Ababa.\n"
     "Bihi's successor, Abdirahman Mohamed Abdullahi, known as Irro, was sworn in on Thursday in "
     "Hargeisa and has said he will study the Ankara text.\n"
     "Abiy is expected to visit Mogadishu early next year, Somali officials said.",
     [("LEADS", HSM, SOM, "Somali President Hassan"),
      ("LEADS", ABIY, ETH, "Ethiopian Prime Minister Abiy"),
      ("LEADS", ERD, "country:turkey", "Turkish President Tayyip"),
      ("MET_WITH", ABIY, HSM, "bringing the two together", "2024-12-11"),
      ("MET_WITH", ERD, HSM, "Erdogan met each leader", "2024-12-11"),
      ("MET_WITH", ABIY, ERD, "talks hosted by Turkish", "2024-12-11"),
      ("VISITED", HSM, "location:ankara", "Erdogan in Ankara", "2024-12-11"),
      ("VISITED", ABIY, "location:ankara", "after talks hosted by", "2024-12-11"),
      ("LEADS", FIDAN, "organization:turkish-foreign-ministry", "Foreign Minister Hakan Fidan"),
      ("MET_WITH", ABIY, BIHI, "was signed on Jan", "2024-01-01"),
      ("VISITED", BIHI, "location:addis-ababa", "at a ceremony in Addis Ababa", "2024-01-01"),
      ("LEADS", BIHI, SLAND, "outgoing leader, Muse"),
      ("SUCCESSOR_OF", IRRO, BIHI, "Bihi's successor", "2024-12-12"),
      ("LEADS", IRRO, SLAND, "was sworn in on Thursday in"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2024-12-12"}),

    ("arGD4_roble_replaces_khaire", "ar",
     "مقديشو - عيّن الرئيس الصومالي محمد عبد الله فرماجو، الخميس، محمد حسين روبلي، المهندس المدني الذي "
     "عمل سنوات في منظمة العمل الدولية، رئيساً للوزراء خلفاً لحسن علي خيري الذي أطاح به البرلمان في "
     "يوليو الماضي.\n"
     "وكان مجلس الشعب قد صوّت على حجب الثقة عن خيري بسبب تأخر التحضير للانتخابات، وتولّى نائبه تسيير "
     "الأعمال منذ ذلك الحين.\n"
     "ورحّب رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد بالتعيين في بيان، فيما قال مسؤول في مكتب رئيس "
     "الوزراء إن روبلي سيلتقي قادة الولايات الفيدرالية الأسبوع المقبل.\n"
     "وفي سياق آخر، استقبل فرماجو في فيلا صوماليا قائدَ أفريكوم الجنرال ستيفن تاونسند، الذي وصل إلى "
     "مقديشو في زيارة لم يُعلن عنها مسبقاً، وبحث معه الحرب على حركة الشباب.",
     [("LEADS", FARM, SOM, "عيّن الرئيس الصومالي"),
      ("SUCCESSOR_OF", ROBLE, KHAIRE, "خلفاً لحسن علي خيري", "2020-09-17"),
      ("LEADS", ROBLE, SFG, "رئيساً للوزراء خلفاً"),
      ("LEADS", "person:moussa-faki-mahamat", "organization:african-union-commission",
       "رئيس مفوضية الاتحاد الأفريقي"),
      ("MET_WITH", FARM, TOWNS, "استقبل فرماجو في فيلا", "2020-09"),
      ("VISITED", TOWNS, "location:villa-somalia", "استقبل فرماجو في فيلا", "2020-09"),
      ("VISITED", TOWNS, "location:mogadishu", "الذي وصل إلى مقديشو", "2020-09"),
      ("LEADS", TOWNS, AFRICOM, "قائدَ أفريكوم الجنرال"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2020-09-17"}),

    ("enGD5_us_raid_kills_bilal_al_sudani", "en",
     "WASHINGTON, Jan 26 - U.S. special operations forces killed Bilal al-Sudani, a senior Islamic "
     "State leader in Somalia, in a raid on a mountain cave complex in the north of the country, "
     "Defense Secretary Lloyd Austin said on Thursday.\n"
     "Al-Sudani, who officials said financed the group's branches across Africa and as far away as "
     "Afghanistan, died in a firefight along with about 10 of his fighters.\n"
     "The operation was ordered by President Joe Biden after months of planning; no U.S. personnel "
     "were hurt.\n"
     "The group's Somali leader, Abdulqadir Mumin, was not at the site, a U.S. official said, "
     "declining to say whether he remained a target.\n"
     "Biden later spoke by phone with Somali President Hassan Sheikh Mohamud, the White House said.",
     [("ASSASSINATED_BY", SUDANI, "organization:us-armed-forces", "special operations forces killed Bilal",
       "2023-01-25"),
      ("MEMBER_OF", SUDANI, ISS, "a senior Islamic"),
      ("LEADS", "person:lloyd-austin", "organization:us-department-of-defense", "Defense Secretary Lloyd"),
      ("LEADS", "person:joe-biden", "country:united-states", "ordered by President Joe"),
      ("LEADS", MUMIN, ISS, "The group's Somali leader"),
      ("LEADS", HSM, SOM, "Somali President Hassan"),
      ],
     {"source": "blind set (wire agency, English)", "published": "2023-01-26"}),

    ("arGD6_ruto_sworn_in_nairobi", "ar",
     "نيروبي (وكالات) - أدى ويليام روتو، الثلاثاء، اليمين الدستورية رئيساً خامساً لكينيا خلفاً لأوهورو "
     "كينياتا، في حفل حضره نحو عشرين رئيس دولة وحكومة في ملعب كاساراني.\n"
     "وكان من بين الحضور في نيروبي الرئيس الصومالي حسن شيخ محمود، الذي التقى روتو على هامش الحفل "
     "وبحث معه أمن الحدود المشتركة.\n"
     "كما حضر الحفلَ رئيسُ الوزراء الإثيوبي آبي أحمد، فيما غاب الرئيس الإريتري أسياس أفورقي واكتفى "
     "ببرقية تهنئة.\n"
     "وكان الرئيس المنتهية ولايته كينياتا، الذي دعم منافسه رايلا أودينغا في الانتخابات، قد استقبل روتو "
     "في مقر الرئاسة بعد أن ثبّتت المحكمة العليا فوزه.",
     [("SUCCESSOR_OF", RUTO, KENYATTA, "خلفاً لأوهورو", "2022-09-13"),
      ("LEADS", RUTO, KEN, "رئيساً خامساً لكينيا"),
      ("LEADS", HSM, SOM, "الرئيس الصومالي حسن"),
      ("VISITED", HSM, "location:nairobi", "من بين الحضور في نيروبي", "2022-09-13"),
      ("MET_WITH", HSM, RUTO, "الذي التقى روتو", "2022-09-13"),
      ("LEADS", ABIY, ETH, "رئيسُ الوزراء الإثيوبي"),
      ("VISITED", ABIY, "location:nairobi", "كما حضر الحفلَ", "2022-09-13"),
      ("LEADS", ISAIAS, ERI, "الرئيس الإريتري أسياس"),
      ("LEADS", KENYATTA, KEN, "الرئيس المنتهية ولايته"),
      ("SUPPORTS", KENYATTA, ODINGA, "الذي دعم منافسه"),
      ("MET_WITH", KENYATTA, RUTO, "قد استقبل روتو", "2022-09-06"),
      ],
     {"source": "blind set (wire agency, Arabic)", "published": "2022-09-13"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGD")
