"""Blind set FL: Turkey, Syria's north and the Kurds, 2019-2025, in the style of an English wire
service (Reuters/AFP-style, with two pieces from its Arabic service): CENTCOM's Kurilla received by
Mazloum Abdi in Hasakah (Aug 2022); the Sharaa-Abdi integration deal signed in Damascus (March 2025);
Turkish intelligence claiming a drone strike in Qamishli next to an unclaimed one (2023); the Tehran
Astana-format summit of Putin, Erdogan and Raisi (July 2022); Ocalan's call read out after the DEM
delegation's Imrali visit (Feb 2025); envoy Tom Barrack with Abdi and Shaibani in Damascus, and the
Paris round that did not happen (July 2025).
Style: en/ar alternating; a phone call between defence ministers; a killing claimed by MIT next to one
no one claimed and an SDF accusation Ankara did not confirm; planned, proposed and cancelled meetings.
Spellings: Mazloum Abdi / Mazlum Kobani / مظلوم عبدي, Ocalan / Öcalan / أوجلان, Raisi / رئيسي,
Tom Barrack / توم باراك, Sirri Sureyya Onder.
Written and annotated blind (extractor neither read nor run).
A DEV set (session 19, round 2): written blind, then read by the engineers. Run:
    python tests/data/extract_test_fl/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_fn import ALL  # noqa: E402

HERE = Path(__file__).parent

TUR, SYR, IRAN, RUS, US = ("country:turkey", "country:syria", "country:iran", "country:russia",
                           "country:united-states")
SDF, PKK, YPG, MIT, CENTCOM = ("organization:syrian-democratic-forces", "organization:pkk",
                               "organization:ypg", "organization:turkish-national-intelligence-organization",
                               "organization:us-central-command")
DEM, SDC = "organization:dem-party", "organization:syrian-democratic-council"
ABDI, KUR, ILHAM = "person:mazloum-abdi", "person:erik-kurilla", "person:ilham-ahmed"
SHARAA, SHAIB, BARRACK = "person:ahmed-al-sharaa", "person:asaad-al-shaibani", "person:tom-barrack"
ERD, PUTIN, RAISI, KHAM = ("person:recep-tayyip-erdogan", "person:vladimir-putin", "person:ebrahim-raisi",
                           "person:ali-khamenei")
OCALAN, ONDER, BULDAN, TURK = ("person:abdullah-ocalan", "person:sirri-sureyya-onder", "person:pervin-buldan",
                               "person:ahmet-turk")
BAHCELI, ROJHAT, DILO = "person:devlet-bahceli", "person:rojhat-qamishlo", "person:dilovan-hesekeh"

ARTICLES = [
    ("enFL1_kurilla_abdi_hasakah", "en",
     "HASAKAH, Syria, Aug 3 (Reuters) - The head of U.S. Central Command, Gen. Erik Kurilla, was "
     "received by Syrian Democratic Forces commander Mazloum Abdi at a coalition base in Hasakah "
     "province on Wednesday, the Kurdish-led force said.\n"
     "Ilham Ahmed, who heads the executive body of the Syrian Democratic Council, also attended the "
     "talks, which focused on thousands of Islamic State detainees held in SDF-run prisons.\n"
     "Kurilla, making his second trip to Syria's northeast since taking command in April, later toured "
     "al-Hol camp.\n"
     "Turkish Defence Minister Hulusi Akar raised Ankara's objections to U.S. support for the YPG in a "
     "telephone call with Defense Secretary Lloyd Austin on Tuesday, a Turkish ministry statement said.\n"
     "Abdi, who is also known as Mazlum Kobani, said he hoped to meet U.S. officials in Washington "
     "later in the year.",
     [("MET_WITH", ABDI, KUR, "was received by Syrian Democratic Forces commander", "2022-08-03"),
      ("LEADS", KUR, CENTCOM, "The head of U.S. Central Command"),
      ("LEADS", ABDI, SDF, "was received by Syrian Democratic Forces commander"),
      ("VISITED", KUR, "location:hasakah", "at a coalition base in Hasakah", "2022-08-03"),
      ("MET_WITH", ILHAM, KUR, "also attended the talks", "2022-08-03"),
      ("MET_WITH", ABDI, ILHAM, "also attended the talks", "2022-08-03"),
      ("LEADS", ILHAM, SDC, "who heads the executive body"),
      ("VISITED", KUR, SYR, "second trip to Syria's northeast", "2022-08"),
      ("LEADS", "person:hulusi-akar", "organization:turkish-defence-ministry", "Turkish Defence Minister Hulusi"),
      ("LEADS", "person:lloyd-austin", "organization:us-department-of-defense", "Defense Secretary Lloyd"),
      ("SUPPORTS", US, YPG, "U.S. support for the YPG"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2022-08-03"}),

    ("arFL2_sharaa_abdi_agreement", "ar",
     "دمشق (رويترز) - وقّع الرئيس السوري للمرحلة الانتقالية أحمد الشرع وقائد قوات سوريا الديمقراطية "
     "(قسد) مظلوم عبدي، مساء الاثنين في قصر الشعب بدمشق، اتفاقاً يقضي بدمج المؤسسات المدنية "
     "والعسكرية في شمال شرق البلاد ضمن إدارة الدولة.\n"
     "وقالت الرئاسة السورية إن الاتفاق ينص كذلك على وقف إطلاق النار في كل الأراضي السورية، وعلى أن "
     "المجتمع الكردي «أصيل» في الدولة.\n"
     "ووصل عبدي إلى العاصمة على متن مروحية أميركية، وفق ما قاله مصدران لرويترز، ولم يُعلن ما إذا كان "
     "سيلتقي وزير الخارجية أسعد الشيباني خلال الزيارة.\n"
     "وجاء الاتفاق بعد أيام من دعوة الزعيم المسجون لحزب العمال الكردستاني عبد الله أوجلان مقاتليه "
     "إلى إلقاء السلاح، وهي دعوة قال عبدي إنها لا تخص قواته.\n"
     "ورحّبت وزارة الخارجية التركية بالخطوة بحذر، فيما تلقى الشرع اتصالاً من الرئيس رجب طيب أردوغان.",
     [("MET_WITH", SHARAA, ABDI, "اتفاقاً يقضي بدمج", "2025-03-10"),
      ("LEADS", SHARAA, SYR, "وقّع الرئيس السوري"),
      ("LEADS", ABDI, SDF, "وقائد قوات سوريا الديمقراطية"),
      ("VISITED", ABDI, "location:damascus", "ووصل عبدي إلى العاصمة", "2025-03-10"),
      ("LEADS", SHAIB, "organization:syrian-foreign-ministry", "وزير الخارجية أسعد"),
      ("LEADS", OCALAN, PKK, "الزعيم المسجون لحزب"),
      ("LEADS", ERD, TUR, "من الرئيس رجب"),
      ],
     {"source": "blind set (Reuters Arabic-style)", "published": "2025-03-10"}),

    ("enFL3_mit_drone_qamishli", "en",
     "ISTANBUL, March 14 (AFP) - Turkey's intelligence agency said Tuesday it had killed a senior "
     "member of the outlawed Kurdistan Workers' Party (PKK) in a drone strike in northern Syria.\n"
     "The man, identified by the National Intelligence Organisation (MIT) as Rojhat Qamishlo, was "
     "targeted in a car on the outskirts of Qamishli, according to security sources quoted by state "
     "media.\n"
     "MIT described him as the so-called head of YPG \"operations\" in the city and blamed him for "
     "cross-border rocket fire.\n"
     "Hours later, Dilovan Hesekeh, a local official of the Kurdish-led administration, died when a "
     "blast hit his office in Amuda; no group claimed that attack.\n"
     "The Syrian Democratic Forces accused Ankara of both strikes. Turkish officials did not comment on "
     "the second blast.",
     [("ASSASSINATED_BY", ROJHAT, MIT, "it had killed a senior", "2023-03-14"),
      ("MEMBER_OF", ROJHAT, PKK, "a senior member of the outlawed"),
      ("MEMBER_OF", ROJHAT, YPG, "the so-called head of YPG"),
      ("MEMBER_OF", DILO, "organization:autonomous-administration-nes", "a local official of the Kurdish-led"),
      ],
     {"source": "blind set (AFP-style)", "published": "2023-03-14"}),

    ("arFL4_astana_summit_tehran", "ar",
     "طهران (أ ف ب) - عقد الرئيس الإيراني إبراهيم رئيسي ونظيراه الروسي فلاديمير بوتين والتركي رجب "
     "طيب أردوغان، الثلاثاء، قمة ثلاثية في طهران ضمن «صيغة أستانا» بشأن سوريا.\n"
     "وكان المرشد الأعلى علي خامنئي قد استقبل بوتين قبل القمة، وحذّره من أي عملية عسكرية تركية جديدة "
     "في شمال سوريا، قائلاً إنها «ستضر بالمنطقة».\n"
     "والتقى خامنئي أردوغان كذلك في لقاء منفصل.\n"
     "وهي ثاني رحلة لبوتين خارج الاتحاد السوفياتي السابق منذ بدء الحرب في أوكرانيا، فيما لم يُدعَ "
     "رئيس النظام السوري بشار الأسد إلى القمة.\n"
     "وقال أردوغان للصحافيين إنه سيبحث مع نظيره الأميركي مسألة دعم واشنطن لوحدات حماية الشعب الكردية.",
     [("MET_WITH", RAISI, PUTIN, "قمة ثلاثية في طهران", "2022-07-19"),
      ("MET_WITH", RAISI, ERD, "قمة ثلاثية في طهران", "2022-07-19"),
      ("MET_WITH", PUTIN, ERD, "قمة ثلاثية في طهران", "2022-07-19"),
      ("LEADS", RAISI, IRAN, "عقد الرئيس الإيراني"),
      ("LEADS", PUTIN, RUS, "ونظيراه الروسي"),
      ("LEADS", ERD, TUR, "والتركي رجب"),
      ("VISITED", PUTIN, "location:tehran", "قمة ثلاثية في طهران", "2022-07-19"),
      ("VISITED", ERD, "location:tehran", "ونظيراه الروسي فلاديمير", "2022-07-19"),
      ("MET_WITH", KHAM, PUTIN, "قد استقبل بوتين", "2022-07-19"),
      ("MET_WITH", KHAM, ERD, "والتقى خامنئي أردوغان", "2022-07-19"),
      ("LEADS", KHAM, IRAN, "وكان المرشد الأعلى"),
      ("SUPPORTS", US, YPG, "دعم واشنطن لوحدات"),
      ],
     {"source": "blind set (AFP Arabic-style)", "published": "2022-07-19"}),

    ("enFL5_ocalan_call_imrali", "en",
     "ISTANBUL, Feb 27 (Reuters) - Jailed Kurdish militant leader Abdullah Ocalan called on the PKK "
     "to lay down its arms and dissolve itself, in a letter read out by pro-Kurdish lawmakers who "
     "visited him earlier on Thursday on Imrali island.\n"
     "The seven-member delegation of the DEM Party, including deputy parliament speaker Sirri Sureyya "
     "Onder, Pervin Buldan and veteran politician Ahmet Turk, spent more than three hours with Ocalan.\n"
     "\"All groups must lay down their arms and the PKK must dissolve itself,\" Onder quoted Öcalan as "
     "saying at an Istanbul hotel.\n"
     "The peace push was launched in October by Devlet Bahceli, head of the nationalist MHP, who had "
     "suggested that Ocalan could address parliament. President Tayyip Erdogan has not met Ocalan, "
     "and a meeting with the delegation was expected next month.",
     [("LEADS", OCALAN, PKK, "militant leader Abdullah Ocalan"),
      ("VISITED", ONDER, "location:imrali", "visited him earlier on Thursday", "2025-02-27"),
      ("MET_WITH", ONDER, OCALAN, "spent more than three hours", "2025-02-27"),
      ("MET_WITH", BULDAN, OCALAN, "spent more than three hours", "2025-02-27"),
      ("MET_WITH", TURK, OCALAN, "spent more than three hours", "2025-02-27"),
      ("MEMBER_OF", ONDER, DEM, "deputy parliament speaker Sirri"),
      ("MEMBER_OF", BULDAN, DEM, "Pervin Buldan and veteran"),
      ("MEMBER_OF", TURK, DEM, "veteran politician Ahmet Turk"),
      ("LEADS", BAHCELI, "organization:nationalist-movement-party", "head of the nationalist MHP"),
      ("LEADS", ERD, TUR, "President Tayyip Erdogan has not met"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2025-02-27"}),

    ("arFL6_barrack_abdi_damascus", "ar",
     "دمشق (رويترز) - التقى المبعوث الأميركي الخاص إلى سوريا توم باراك، الأربعاء في دمشق، قائد قوات "
     "سوريا الديمقراطية مظلوم عبدي بحضور وزير الخارجية السوري أسعد الشيباني، لبحث تطبيق اتفاق "
     "العاشر من آذار.\n"
     "وقال باراك، وهو أيضاً سفير واشنطن لدى أنقرة، إن «الفيدرالية لا تنجح» في سوريا، داعياً «قسد» "
     "إلى الإسراع في الاندماج بالجيش.\n"
     "وكان من المقرر أن يُعقد اجتماع ثانٍ بين الطرفين في باريس أواخر الشهر، غير أن مصدراً حكومياً "
     "قال إن دمشق انسحبت منه.\n"
     "كما نفى مسؤول في الإدارة الذاتية تقارير عن لقاء جمع عبدي بوزير الدفاع مرهف أبو قصرة.\n"
     "وتحدث باراك هاتفياً في وقت لاحق مع وزير الخارجية التركي هاكان فيدان.",
     [("MET_WITH", BARRACK, ABDI, "التقى المبعوث الأميركي الخاص", "2025-07-09"),
      ("MET_WITH", BARRACK, SHAIB, "بحضور وزير الخارجية السوري", "2025-07-09"),
      ("MET_WITH", ABDI, SHAIB, "بحضور وزير الخارجية السوري", "2025-07-09"),
      ("VISITED", BARRACK, "location:damascus", "الأربعاء في دمشق", "2025-07-09"),
      ("LEADS", ABDI, SDF, "قائد قوات سوريا الديمقراطية مظلوم"),
      ("LEADS", SHAIB, "organization:syrian-foreign-ministry", "بحضور وزير الخارجية السوري"),
      ("LEADS", "person:murhaf-abu-qasra", "organization:syrian-defence-ministry", "بوزير الدفاع مرهف"),
      ("LEADS", "person:hakan-fidan", "organization:turkish-foreign-ministry", "وزير الخارجية التركي هاكان"),
      ],
     {"source": "blind set (Reuters Arabic-style)", "published": "2025-07-09"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setFL")
