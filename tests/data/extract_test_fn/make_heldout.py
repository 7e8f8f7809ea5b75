"""Blind set FN: Turkey, Syria's north and the Kurds, 2023-2025, in the style of a Turkish state outlet
in English and Arabic (Anadolu / TRT-style: "neutralised", "PKK/YPG terror group", long titles):
MIT "neutralising" a so-called PKK/YPG official in Qamishli (March 2023, the strike of FL3); the Astana-format foreign
ministers Fidan, Lavrov and Araghchi in Doha (Dec 2024); Erdogan meeting Putin and Pezeshkian at the
BRICS summit in Kazan (Oct 2024); MIT chief Kalin received by Sharaa in Damascus (Dec 2024); Defence
Minister Guler meeting Hegseth at NATO in Brussels (2025); Fidan, Guler and Kalin hosting Shaibani,
Abu Qasra and Salameh in Ankara (Oct 2025).
Style: en/ar alternating; MIT's own claims next to a helicopter crash and a blast no one claimed;
successions (Kalin after Fidan at MIT, Fidan after Cavusoglu, Guler after Akar, Pezeshkian after
Raisi); phone calls, a proposed visit, a meeting denied by Ankara.
Spellings: Kalin / قالن, Fidan / فيدان, Pezeshkian / بزشكيان, Shaibani / الشيباني, Abu Qasra.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 19, round 2): written blind, then read by the engineers. Run:
    python tests/data/extract_test_fn/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fn import ALL  # noqa: E402

HERE = Path(__file__).parent

TUR, SYR, RUS, IRAN, US = ("country:turkey", "country:syria", "country:russia", "country:iran",
                           "country:united-states")
SDF, PKK, YPG, MIT = ("organization:syrian-democratic-forces", "organization:pkk", "organization:ypg",
                      "organization:turkish-national-intelligence-organization")
TFM, TDM = "organization:turkish-foreign-ministry", "organization:turkish-defence-ministry"
SFM, SDM = "organization:syrian-foreign-ministry", "organization:syrian-defence-ministry"
ERD, PUTIN, PEZ, RAISI = ("person:recep-tayyip-erdogan", "person:vladimir-putin", "person:masoud-pezeshkian",
                          "person:ebrahim-raisi")
FIDAN, KALIN, GULER, AKAR, CAV = ("person:hakan-fidan", "person:ibrahim-kalin", "person:yasar-guler",
                                  "person:hulusi-akar", "person:mevlut-cavusoglu")
LAVROV, ARAG, HEG = "person:sergei-lavrov", "person:abbas-araghchi", "person:pete-hegseth"
SHARAA, SHAIB, QASRA, SALAMEH = ("person:ahmed-al-sharaa", "person:asaad-al-shaibani",
                                 "person:murhaf-abu-qasra", "person:hussein-al-salameh")
ABDI, ROJHAT = "person:mazloum-abdi", "person:rojhat-qamishlo"

ARTICLES = [
    ("enFN1_mit_neutralises_qamishli", "en",
     "ANKARA (AA) - Turkish intelligence has neutralised a so-called senior member of the PKK/YPG "
     "terror group in northern Syria, security sources said on Tuesday.\n"
     "Rojhat Qamishlo, the terror group's so-called \"Qamishli operations official\", was neutralised "
     "in a pinpoint operation carried out by the National Intelligence Organisation (MIT) in Qamishli, "
     "according to the sources, who spoke on condition of anonymity due to restrictions on speaking "
     "to the media.\n"
     "The terrorist was found to have planned attacks on Turkish security forces in the Operation "
     "Peace Spring zone.\n"
     "Separately, an explosion at a checkpoint in Tal Tamr left two PKK/YPG members dead; its cause "
     "could not be determined.\n"
     "Türkiye's Foreign Minister Mevlut Cavusoglu also held a phone call with his US counterpart "
     "Antony Blinken on Tuesday regarding the latest developments in Syria.",
     [("MEMBER_OF", ROJHAT, PKK, "a so-called senior member of the PKK/YPG"),
      ("ASSASSINATED_BY", ROJHAT, MIT, "in a pinpoint operation carried out by", "2023-03-14"),
      ("LEADS", CAV, TFM, "Foreign Minister Mevlut Cavusoglu also"),
      ("LEADS", "person:antony-blinken", "organization:us-state-department", "his US counterpart Antony"),
      ],
     {"source": "blind set (Anadolu English-style)", "published": "2023-03-14"}),

    ("arFN2_astana_ministers_doha", "ar",
     "الدوحة (الأناضول) - التقى وزير الخارجية التركي هاكان فيدان، السبت، نظيريه الروسي سيرغي لافروف "
     "والإيراني عباس عراقجي في العاصمة القطرية الدوحة، في إطار اجتماع «صيغة أستانا» بشأن سوريا.\n"
     "وأفادت مصادر دبلوماسية تركية بأن الوزراء الثلاثة بحثوا التطورات الميدانية المتسارعة في سوريا، "
     "ومكافحة تنظيم «بي كي كي/ واي بي جي» الإرهابي.\n"
     "وكان فيدان قد تولى حقيبة الخارجية في يونيو 2023 خلفاً لمولود جاويش أوغلو.\n"
     "وعلى هامش منتدى الدوحة، التقى فيدان رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد "
     "الرحمن آل ثاني.\n"
     "ولم يشارك ممثل عن النظام السوري في الاجتماع، فيما أجرى فيدان اتصالاً هاتفياً بوزير الخارجية "
     "الأمريكي.",
     [("MET_WITH", FIDAN, LAVROV, "التقى وزير الخارجية التركي", "2024-12-07"),
      ("MET_WITH", FIDAN, ARAG, "التقى وزير الخارجية التركي", "2024-12-07"),
      ("MET_WITH", LAVROV, ARAG, "والإيراني عباس عراقجي", "2024-12-07"),
      ("LEADS", FIDAN, TFM, "التقى وزير الخارجية التركي"),
      ("LEADS", LAVROV, "organization:russian-foreign-ministry", "نظيريه الروسي سيرغي"),
      ("LEADS", ARAG, "organization:iranian-foreign-ministry", "والإيراني عباس عراقجي"),
      ("VISITED", FIDAN, "location:doha", "في العاصمة القطرية الدوحة", "2024-12-07"),
      ("SUCCESSOR_OF", FIDAN, CAV, "خلفاً لمولود", "2023-06"),
      ("MET_WITH", FIDAN, "person:mohammed-bin-abdulrahman-al-thani", "التقى فيدان رئيس الوزراء", "2024-12-07"),
      ("LEADS", "person:mohammed-bin-abdulrahman-al-thani", "country:qatar", "رئيس الوزراء وزير الخارجية القطري"),
      ],
     {"source": "blind set (Anadolu Arabic-style)", "published": "2024-12-07"}),

    ("enFN3_erdogan_putin_pezeshkian_kazan", "en",
     "KAZAN, Russia (TRT World) - President Recep Tayyip Erdogan met his Russian counterpart Vladimir "
     "Putin on the sidelines of the BRICS summit in the city of Kazan on Wednesday, the Turkish "
     "Communications Directorate said.\n"
     "Erdogan told Putin that Türkiye expected Russia's support in the fight against the PKK/YPG "
     "terror group, which Ankara says threatens its borders from northern Syria.\n"
     "The Turkish leader later held a separate meeting with Iranian President Masoud Pezeshkian, who "
     "took office in July after his predecessor Ebrahim Raisi died in a helicopter crash in May.\n"
     "Turkish Foreign Minister Hakan Fidan accompanied Erdogan in both meetings.\n"
     "Erdogan is expected to host Putin in Türkiye next year, according to the Kremlin.",
     [("MET_WITH", ERD, PUTIN, "met his Russian counterpart Vladimir", "2024-10-23"),
      ("LEADS", ERD, TUR, "President Recep Tayyip Erdogan met"),
      ("LEADS", PUTIN, RUS, "met his Russian counterpart Vladimir"),
      ("VISITED", ERD, "location:kazan", "in the city of Kazan", "2024-10-23"),
      ("MET_WITH", ERD, PEZ, "held a separate meeting with Iranian", "2024-10-23"),
      ("LEADS", PEZ, IRAN, "with Iranian President Masoud"),
      ("SUCCESSOR_OF", PEZ, RAISI, "after his predecessor Ebrahim", "2024-07"),
      ("MET_WITH", FIDAN, PUTIN, "accompanied Erdogan in both meetings", "2024-10-23"),
      ("MET_WITH", FIDAN, PEZ, "accompanied Erdogan in both meetings", "2024-10-23"),
      ("MET_WITH", FIDAN, ERD, "accompanied Erdogan in both meetings", "2024-10-23"),
      ("LEADS", FIDAN, TFM, "Turkish Foreign Minister Hakan"),
      ],
     {"source": "blind set (TRT World-style)", "published": "2024-10-23"}),

    ("arFN4_kalin_sharaa_damascus", "ar",
     "دمشق (تي آر تي عربي) - استقبل قائد الإدارة السورية الجديدة أحمد الشرع، الخميس في دمشق، رئيس "
     "جهاز الاستخبارات التركي إبراهيم قالن، في أول زيارة لمسؤول تركي رفيع بعد سقوط نظام البعث.\n"
     "وأدى قالن، الذي خلف هاكان فيدان في رئاسة الجهاز في يونيو 2023، صلاة الجمعة في الجامع الأموي "
     "في اليوم التالي برفقة الشرع.\n"
     "وتناول اللقاء، بحسب مصادر أمنية، أمن الحدود ومستقبل مناطق سيطرة تنظيم «بي كي كي/ واي بي جي» "
     "شرقي الفرات.\n"
     "ونفت مصادر تركية تقارير إعلامية زعمت أن قالن التقى الإرهابي المدعو مظلوم عبدي، ووصفتها بأنها "
     "«عارية عن الصحة».\n"
     "ودعا الشرع الرئيس أردوغان إلى زيارة دمشق، دون تحديد موعد.",
     [("MET_WITH", SHARAA, KALIN, "استقبل قائد الإدارة السورية", "2024-12-12"),
      ("LEADS", KALIN, MIT, "جهاز الاستخبارات التركي إبراهيم"),
      ("VISITED", KALIN, "location:damascus", "الخميس في دمشق", "2024-12-12"),
      ("SUCCESSOR_OF", KALIN, FIDAN, "الذي خلف هاكان فيدان", "2023-06"),
      ("VISITED", KALIN, "location:umayyad-mosque", "صلاة الجمعة في الجامع الأموي", "2024-12-13"),
      ],
     {"source": "blind set (TRT Arabi-style)", "published": "2024-12-12"}),

    ("enFN5_guler_hegseth_brussels", "en",
     "BRUSSELS (AA) - Turkish National Defence Minister Yasar Guler met US Secretary of Defense Pete "
     "Hegseth on the sidelines of the NATO defence ministers' meeting in Brussels on Thursday, the "
     "ministry said.\n"
     "Guler, who took over the ministry from Hulusi Akar in June 2023, conveyed Ankara's expectation "
     "that Washington end its support for the PKK/YPG terror group in Syria.\n"
     "Meanwhile, the ministry announced that 17 PKK/YPG terrorists had been neutralised by the Turkish "
     "Armed Forces in northern Iraq and Syria over the past week.\n"
     "A trip by Hegseth to Ankara has been proposed but not scheduled, sources said.",
     [("MET_WITH", GULER, HEG, "Yasar Guler met US Secretary", "2025-02-13"),
      ("LEADS", GULER, TDM, "National Defence Minister Yasar"),
      ("LEADS", HEG, "organization:us-department-of-defense", "US Secretary of Defense Pete"),
      ("VISITED", GULER, "location:brussels", "meeting in Brussels on Thursday", "2025-02-13"),
      ("SUCCESSOR_OF", GULER, AKAR, "took over the ministry from Hulusi", "2023-06"),
      ("SUPPORTS", US, YPG, "end its support for the PKK/YPG"),
      ("ATTACKED", "organization:turkish-armed-forces", PKK, "had been neutralised by the Turkish"),
      ],
     {"source": "blind set (Anadolu English-style)", "published": "2025-02-13"}),

    ("arFN6_ankara_syrian_delegation", "ar",
     "أنقرة (الأناضول) - استضافت العاصمة أنقرة، الأحد، اجتماعاً أمنياً رفيع المستوى جمع وزير الخارجية "
     "هاكان فيدان ورئيس جهاز الاستخبارات إبراهيم قالن مع وزير الخارجية السوري أسعد الشيباني ووزير "
     "الدفاع مرهف أبو قصرة.\n"
     "وبحث الجانبان تنفيذ اتفاق 10 مارس القاضي بدمج تنظيم «قسد» في الجيش السوري، وأكدا رفض أي "
     "كيانات انفصالية.\n"
     "وكان رئيس الاستخبارات السورية حسين السلامة مدرجاً في قائمة الوفد، إلا أنه لم يحضر بحسب مصادر "
     "دبلوماسية.\n"
     "وأشار فيدان، في مؤتمر صحفي مشترك مع الشيباني، إلى أن تركيا ستواصل دعم «الحكومة السورية».\n"
     "وفي اليوم ذاته، قُتل عنصر من الأمن السوري بانفجار لغم قرب سد تشرين، ولم تتبن أي جهة ذلك.",
     [("MET_WITH", FIDAN, SHAIB, "جمع وزير الخارجية", "2025-10-12"),
      ("MET_WITH", FIDAN, QASRA, "جمع وزير الخارجية", "2025-10-12"),
      ("MET_WITH", KALIN, SHAIB, "ورئيس جهاز الاستخبارات", "2025-10-12"),
      ("MET_WITH", KALIN, QASRA, "ورئيس جهاز الاستخبارات", "2025-10-12"),
      ("MET_WITH", FIDAN, KALIN, "ورئيس جهاز الاستخبارات", "2025-10-12"),
      ("MET_WITH", SHAIB, QASRA, "الدفاع مرهف أبو قصرة", "2025-10-12"),
      ("LEADS", FIDAN, TFM, "جمع وزير الخارجية"),
      ("LEADS", KALIN, MIT, "ورئيس جهاز الاستخبارات"),
      ("LEADS", SHAIB, SFM, "مع وزير الخارجية السوري"),
      ("LEADS", QASRA, SDM, "الدفاع مرهف أبو قصرة"),
      ("VISITED", SHAIB, "location:ankara", "استضافت العاصمة أنقرة", "2025-10-12"),
      ("VISITED", QASRA, "location:ankara", "وزير الخارجية السوري أسعد", "2025-10-12"),
      ("LEADS", SALAMEH, "organization:syrian-general-intelligence", "رئيس الاستخبارات السورية حسين"),
      ("SUPPORTS", TUR, "organization:syrian-government", "ستواصل دعم"),
      ],
     {"source": "blind set (Anadolu Arabic-style)", "published": "2025-10-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFN")
