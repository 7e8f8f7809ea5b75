"""Blind set GF: Somalia and the Horn of Africa 2012-2025 in profiles and timelines: Hassan Sheikh
Mohamud, the president who came back (English profile); Somalia's prime ministers from Khaire to
Hamza Abdi Barre (Arabic timeline); US strikes on militant leaders and AFRICOM's commanders,
2022-2025 (English timeline); Isaias Afwerki and the 2018 rapprochement with Abiy and Farmajo
(Arabic profile); who's who of the AU and IGAD envoys on Somalia (English); Farmajo from prime
minister to one-term president (Arabic profile).
Style: profiles and timelines: dated bullet lines, background clauses, descriptions ("the
envoy", "رجل أسمرا"), a rumoured heir, a candidate who lost, a phone call, an officer's death that
intelligence blamed on al-Shabaab and the group denied, a Somali claim of a death with no agent,
a postponed visit, a talked-of new run.
Spellings: Hassan Sheikh, Farmajo / فرماجو / «فرماجو», Abdullahi Yare, Maeleninine, أفورقي,
آبي أحمد، روبلي، حمزة عبدي بري, Mahmoud Ali Youssouf, Workneh.
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
SFG, SHAB, AFRICOM, ISS = ("organization:somali-federal-government", "organization:al-shabaab",
                           "organization:us-africa-command", "organization:islamic-state-somalia")
FARM, HSM, SHARIF = "person:mohamed-abdullahi-farmajo", "person:hassan-sheikh-mohamud", "person:sharif-sheikh-ahmed"
KHAIRE, SHARM, ROBLE, BARRE = ("person:hassan-ali-khaire", "person:omar-abdirashid-sharmarke",
                               "person:mohamed-hussein-roble", "person:hamza-abdi-barre")
MBZ, ERD = "person:mohamed-bin-zayed", "person:recep-tayyip-erdogan"
NADIR, SUDANI, MAEL, KARATE = ("person:abdullahi-nadir", "person:bilal-al-sudani", "person:ahmed-maeleninine",
                               "person:mahad-karate")
TOWNS, LANGLEY, ANDERSON = "person:stephen-townsend", "person:michael-langley", "person:dagvin-anderson"
ISAIAS, ABIY, HAILE, RUTO = ("person:isaias-afwerki", "person:abiy-ahmed", "person:hailemariam-desalegn",
                             "person:william-ruto")
YOUSSOUF, FAKI, AUC = ("person:mahmoud-ali-youssouf", "person:moussa-faki-mahamat",
                       "organization:african-union-commission")
SOUEF, MADEIRA, ATMIS = "person:mohammed-el-amine-souef", "person:francisco-madeira", "organization:atmis"
WORKNEH, MAALIM, IGAD = "person:workneh-gebeyehu", "person:mahboub-maalim", "organization:igad"

ARTICLES = [
    ("enGF1_profile_hassan_sheikh", "en",
     "PROFILE: Hassan Sheikh Mohamud, the president who came back\n"
     "A former university lecturer and civil society activist, Hassan Sheikh Mohamud was first elected "
     "president by parliament in September 2012, succeeding Sharif Sheikh Ahmed.\n"
     "In February 2017 he handed power to Mohamed Abdullahi Farmajo, who beat him in the vote, and "
     "spent five years in opposition.\n"
     "He returned to Villa Somalia in May 2022, succeeding Farmajo, in a race in which Sharif Sheikh "
     "Ahmed also stood and lost.\n"
     "His first trip abroad after the vote took him to Abu Dhabi, where he was received by UAE "
     "President Mohamed bin Zayed; a visit to Ankara and talks with Recep Tayyip Erdogan followed weeks "
     "later.\n"
     "Allies say he is weighing another bid in 2026.",
     [("SUCCESSOR_OF", HSM, SHARIF, "succeeding Sharif Sheikh Ahmed", "2012-09"),
      ("LEADS", HSM, SOM, "was first elected"),
      ("SUCCESSOR_OF", FARM, HSM, "he handed power to", "2017-02"),
      ("SUCCESSOR_OF", HSM, FARM, "succeeding Farmajo", "2022-05"),
      ("VISITED", HSM, "location:abu-dhabi", "took him to Abu Dhabi", "2022-06"),
      ("MET_WITH", HSM, MBZ, "where he was received by", "2022-06"),
      ("LEADS", MBZ, "country:united-arab-emirates", "UAE President Mohamed"),
      ("VISITED", HSM, "location:ankara", "a visit to Ankara", "2022"),
      ("MET_WITH", ERD, HSM, "talks with Recep Tayyip Erdogan", "2022"),
      ],
     {"source": "blind set (profiles and timelines, English)", "published": "2024-05-15"}),

    ("arGF2_timeline_somali_prime_ministers", "ar",
     "خط زمني | رؤساء الحكومة الصومالية من خيري إلى حمزة عبدي بري\n"
     "فبراير 2017: الرئيس المنتخب محمد عبد الله فرماجو يكلّف حسن علي خيري بتشكيل الحكومة خلفاً لعمر عبد "
     "الرشيد علي شارماركي.\n"
     "يوليو 2020: البرلمان يسحب الثقة من خيري بعد خلاف حول موعد الانتخابات.\n"
     "سبتمبر 2020: تعيين محمد حسين روبلي رئيساً للوزراء بدلاً من خيري.\n"
     "ديسمبر 2021: فرماجو يعلن تعليق صلاحيات روبلي بتهمة الفساد، ورئيس الوزراء يرفض القرار ويتهم الرئيس "
     "بمحاولة انقلاب.\n"
     "مايو 2022: حسن شيخ محمود يتولى الرئاسة خلفاً لفرماجو، ويستقبل روبلي في فيلا صوماليا في أول لقاء "
     "بينهما.\n"
     "يونيو 2022: البرلمان يصادق على تعيين حمزة عبدي بري رئيساً للوزراء خلفاً لروبلي.",
     [("LEADS", FARM, SOM, "الرئيس المنتخب محمد"),
      ("SUCCESSOR_OF", KHAIRE, SHARM, "خلفاً لعمر عبد", "2017-02"),
      ("LEADS", KHAIRE, SFG, "يكلّف حسن علي خيري بتشكيل الحكومة"),
      ("SUCCESSOR_OF", ROBLE, KHAIRE, "بدلاً من خيري", "2020-09"),
      ("LEADS", ROBLE, SFG, "تعيين محمد حسين روبلي رئيساً"),
      ("SUCCESSOR_OF", HSM, FARM, "يتولى الرئاسة خلفاً", "2022-05"),
      ("LEADS", HSM, SOM, "يتولى الرئاسة خلفاً"),
      ("MET_WITH", HSM, ROBLE, "ويستقبل روبلي", "2022-05"),
      ("VISITED", ROBLE, "location:villa-somalia", "ويستقبل روبلي في فيلا", "2022-05"),
      ("SUCCESSOR_OF", BARRE, ROBLE, "خلفاً لروبلي", "2022-06"),
      ("LEADS", BARRE, SFG, "تعيين حمزة عبدي بري"),
      ],
     {"source": "blind set (profiles and timelines, Arabic)", "published": "2022-06-26"}),

    ("enGF3_timeline_us_strikes", "en",
     "TIMELINE: U.S. strikes on militant leaders in Somalia\n"
     "Aug 2022 - Gen. Michael Langley takes over U.S. Africa Command (AFRICOM) from Gen. Stephen "
     "Townsend.\n"
     "Oct 2022 - An AFRICOM strike near Jilib kills Abdullahi Nadir, a founding al-Shabaab figure also "
     "known as Abdullahi Yare, the command says; Somali officials claim days later that Amniyat deputy "
     "Mahad Karate died in a separate operation, which the group never confirms.\n"
     "Jan 2023 - U.S. forces kill Islamic State financier Bilal al-Sudani in a raid in northern Somalia.\n"
     "Feb 2025 - President Donald Trump orders air strikes on Islamic State hideouts in the Cal Miskaad "
     "mountains of Puntland; AFRICOM later says one strike killed Ahmed Maeleninine, a senior IS "
     "recruiter.\n"
     "Aug 2025 - Gen. Dagvin Anderson succeeds Langley at the head of AFRICOM.",
     [("SUCCESSOR_OF", LANGLEY, TOWNS, "takes over U.S. Africa Command", "2022-08"),
      ("LEADS", LANGLEY, AFRICOM, "Gen. Michael Langley takes over"),
      ("ASSASSINATED_BY", NADIR, AFRICOM, "kills Abdullahi Nadir", "2022-10-01"),
      ("ATTACKED", AFRICOM, "location:jilib", "An AFRICOM strike near Jilib", "2022-10-01"),
      ("MEMBER_OF", NADIR, SHAB, "a founding al-Shabaab figure"),
      ("MEMBER_OF", KARATE, "organization:amniyat", "Amniyat deputy"),
      ("ASSASSINATED_BY", SUDANI, "organization:us-armed-forces", "forces kill Islamic State financier",
       "2023-01"),
      ("MEMBER_OF", SUDANI, ISS, "Islamic State financier"),
      ("LEADS", "person:donald-trump", "country:united-states", "President Donald Trump orders"),
      ("ATTACKED", "country:united-states", "location:cal-miskaad", "orders air strikes on", "2025-02-01"),
      ("LOCATED_IN", "location:cal-miskaad", "location:puntland", "mountains of Puntland"),
      ("ASSASSINATED_BY", MAEL, AFRICOM, "one strike killed Ahmed", "2025-02"),
      ("MEMBER_OF", MAEL, ISS, "a senior IS"),
      ("SUCCESSOR_OF", ANDERSON, LANGLEY, "succeeds Langley", "2025-08"),
      ("LEADS", ANDERSON, AFRICOM, "at the head of AFRICOM"),
      ],
     {"source": "blind set (profiles and timelines, English)", "published": "2025-09-01"}),

    ("arGF4_profile_isaias_afwerki", "ar",
     "بروفايل | أسياس أفورقي.. رجل أسمرا الذي لا يغيب\n"
     "يحكم أسياس أفورقي إريتريا منذ استقلالها عام 1993 من دون انتخابات، ولا يُعرف له خليفة، وإن تردد اسم "
     "مستشاره السياسي يماني جبرآب بين المرشحين المحتملين.\n"
     "في يوليو 2018 استقبل أفورقي في أسمرا رئيس الوزراء الإثيوبي آبي أحمد، الذي كان قد خلف هايلي ماريام "
     "ديسالين قبل ذلك بثلاثة أشهر، في زيارة تاريخية أنهت عقدين من القطيعة.\n"
     "وبعد أسابيع استقبل في العاصمة ذاتها الرئيس الصومالي محمد عبد الله فرماجو، في أول زيارة لرئيس صومالي "
     "إلى إريتريا.\n"
     "وفي سبتمبر من العام نفسه اجتمع القادة الثلاثة في أسمرا وأعلنوا تعاوناً إقليمياً جديداً.\n"
     "أما الرئيس الكيني ويليام روتو فقد اكتفى بمكالمة هاتفية معه في 2023 بشأن الأمن الإقليمي.",
     [("LEADS", ISAIAS, ERI, "يحكم أسياس أفورقي إريتريا"),
      ("MET_WITH", ABIY, ISAIAS, "استقبل أفورقي في أسمرا", "2018-07-08"),
      ("VISITED", ABIY, "location:asmara", "استقبل أفورقي في أسمرا", "2018-07-08"),
      ("LEADS", ABIY, ETH, "رئيس الوزراء الإثيوبي آبي"),
      ("SUCCESSOR_OF", ABIY, HAILE, "الذي كان قد خلف", "2018-04-02"),
      ("MET_WITH", FARM, ISAIAS, "وبعد أسابيع استقبل", "2018-07-28"),
      ("VISITED", FARM, "location:asmara", "وبعد أسابيع استقبل", "2018-07-28"),
      ("VISITED", FARM, ERI, "أول زيارة لرئيس صومالي", "2018-07-28"),
      ("LEADS", FARM, SOM, "الرئيس الصومالي محمد"),
      ("MET_WITH", ABIY, FARM, "اجتمع القادة الثلاثة", "2018-09-05"),
      ("LEADS", RUTO, KEN, "الرئيس الكيني ويليام"),
      ],
     {"source": "blind set (profiles and timelines, Arabic)", "published": "2024-10-12"}),

    ("enGF5_whos_who_au_igad_envoys", "en",
     "WHO'S WHO: the envoys on Somalia's file\n"
     "Mahmoud Ali Youssouf, Djibouti's long-serving foreign minister, took over the African Union "
     "Commission from Moussa Faki Mahamat in February 2025 after winning the vote at the AU summit in "
     "Addis Ababa.\n"
     "He beat Kenya's candidate, Raila Odinga, for whom President William Ruto had campaigned across "
     "the continent.\n"
     "In Mogadishu the AU is represented by Mohammed El-Amine Souef, a former Comorian foreign minister "
     "who replaced Francisco Madeira as head of the AU mission in 2022 and has since met President "
     "Hassan Sheikh Mohamud dozens of times.\n"
     "IGAD's executive secretary, Workneh Gebeyehu, once Ethiopia's foreign minister, has led the "
     "bloc's secretariat since 2019, succeeding Mahboub Maalim; in March 2023 he was received in "
     "Mogadishu by Prime Minister Hamza Abdi Barre.\n"
     "A visit to Mogadishu by Youssouf planned for April was postponed.",
     [("SUCCESSOR_OF", YOUSSOUF, FAKI, "took over the African Union", "2025-02-15"),
      ("LEADS", YOUSSOUF, AUC, "Commission from Moussa"),
      ("LEADS", FAKI, AUC, "from Moussa Faki Mahamat"),
      ("LEADS", YOUSSOUF, "organization:djibouti-foreign-ministry", "long-serving foreign minister"),
      ("SUPPORTS", RUTO, "person:raila-odinga", "had campaigned across"),
      ("LEADS", RUTO, KEN, "President William Ruto"),
      ("SUCCESSOR_OF", SOUEF, MADEIRA, "who replaced Francisco Madeira", "2022"),
      ("LEADS", SOUEF, ATMIS, "as head of the AU mission"),
      ("PART_OF", ATMIS, "organization:african-union", "head of the AU mission"),
      ("MET_WITH", HSM, SOUEF, "has since met President"),
      ("LEADS", HSM, SOM, "President Hassan Sheikh Mohamud dozens"),
      ("LEADS", WORKNEH, IGAD, "IGAD's executive secretary"),
      ("SUCCESSOR_OF", WORKNEH, MAALIM, "succeeding Mahboub Maalim", "2019"),
      ("MET_WITH", BARRE, WORKNEH, "he was received in", "2023-03"),
      ("VISITED", WORKNEH, "location:mogadishu", "he was received in", "2023-03"),
      ("LEADS", BARRE, SFG, "by Prime Minister Hamza"),
      ],
     {"source": "blind set (profiles and timelines, English)", "published": "2025-03-20"}),

    ("arGF6_profile_farmajo", "ar",
     "بروفايل | فرماجو.. الرئيس الذي غادر فيلا صوماليا بعد ولاية واحدة\n"
     "وُلد محمد عبد الله محمد، الملقب بـ«فرماجو»، في مقديشو عام 1962، وعمل موظفاً في ولاية نيويورك قبل أن "
     "يعيّنه الرئيس شريف شيخ أحمد رئيساً للوزراء عام 2010.\n"
     "وفي فبراير 2017 انتخبه البرلمان رئيساً خلفاً لحسن شيخ محمود، وكانت الرياض أولى محطاته الخارجية حيث "
     "استقبله الملك سلمان بن عبد العزيز.\n"
     "واعتمد طوال حكمه على مدير المخابرات فهد ياسين، الذي اصطدم لاحقاً برئيس الوزراء محمد حسين روبلي "
     "بسبب قضية الضابطة إكرام تهليل، إذ قال الجهاز إن حركة الشباب قتلتها فيما نفت الحركة ذلك.\n"
     "وفي مايو 2022 سلّم فرماجو السلطة لسلفه حسن شيخ محمود بعد أن هزمه الأخير في تصويت البرلمان.\n"
     "ويقال إنه يفكر في الترشح مجدداً عام 2026.",
     [("LEADS", SHARIF, SOM, "يعيّنه الرئيس شريف"),
      ("LEADS", FARM, SFG, "رئيساً للوزراء عام 2010"),
      ("SUCCESSOR_OF", FARM, HSM, "رئيساً خلفاً لحسن", "2017-02-08"),
      ("LEADS", FARM, SOM, "انتخبه البرلمان رئيساً"),
      ("VISITED", FARM, "location:riyadh", "أولى محطاته الخارجية", "2017-02"),
      ("MET_WITH", FARM, "person:salman-bin-abdulaziz", "حيث استقبله الملك", "2017-02"),
      ("LEADS", "person:fahad-yasin", "organization:nisa-somalia", "مدير المخابرات فهد"),
      ("LEADS", ROBLE, SFG, "برئيس الوزراء محمد"),
      ("SUCCESSOR_OF", HSM, FARM, "سلّم فرماجو السلطة", "2022-05"),
      ],
     {"source": "blind set (profiles and timelines, Arabic)", "published": "2024-02-01"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGF")
