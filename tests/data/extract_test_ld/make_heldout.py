"""Blind set LD: Somalia and Nigeria, 2014-2023: al-Shabaab's leaders killed by US strikes and the men
named in their place, Somalia's presidents, prime ministers and their guests, Boko Haram, ISWAP and
Nigeria's service chiefs, as an Arabic news site writes it (Al-Ain-like: "مقديشو - العين الإخبارية"), a
Gulf Arabic daily ("أبوجا - وكالات:") and a BBC Arabic-like page (no dateline), an African English-language
wire ("ABUJA (APA) -") and Somali English news sites (Hiiraan-like "Mogadishu (HOL) -", Garowe-like
"MOGADISHU, Somalia -").
Pieces: al-Shabaab names Abu Ubaidah in Godane's place after the US strike, Godane after Ayro (killed by a
US missile), Hassan Sheikh receives the AU envoy Annadif with the prime minister Abdiweli (Arabic);
Hassan Sheikh names Hamza Abdi Barre in Roble's place, Roble after the acting Guled after Khaire, the
handover at Villa Somalia with Farmaajo, Roble and the speaker Madobe, Hassan Sheikh with Mohamed bin
Zayed in Abu Dhabi (English); ISWAP announces Shekau's killing, Shekau after Yusuf, al-Barnawi named in
Shekau's place in 2016 and Bakura after Shekau, Buhari receives Zulum with Monguno present (Arabic);
Irabor says al-Barnawi is dead after meeting the service chiefs, Yahaya after the death of Attahiru,
Attahiru after Buratai, Irabor after Olonisakin, Shekau killed by al-Barnawi's group (English); the US
raid that killed Bilal al-Sudani on Biden's order, AFRICOM's strike on Abdullahi Yare, Hassan Sheikh
receives Langley with the defence minister and the US ambassador (Arabic); Erdogan welcomed in
Mogadishu by Hassan Sheikh and talks with Sharmarke and Cavusoglu, Sharmarke after Abdiweli, the US
strike on Tahliil Abdishakur (English).
Excluded on purpose (no relation): the two guards "killed with" Godane are not named (LD1); Hassan
Sheikh's postponed trip to Nairobi (LD2); Mohammed Yusuf killed "while in police custody" (no agent) and
the army spokesman who is "verifying the reports" (LD3); al-Barnawi's death, for which Irabor "gave no
details", and Attahiru's plane crash, in which ten officers died "with" him (LD4); the "about ten"
fighters killed with al-Sudani (not named), al-Shabaab's accusation that US forces killed civilians, and
the "unconfirmed reports" that Abu Ubaidah is ill (LD5); the hotel bombing that al-Shabaab "said it
carried out" (no named victim) (LD6).
Judgement calls: ISWAP's own announcement that Shekau was killed "at the hands of its fighters" is a
claimed killing (annotated), the later line that he blew himself up adds nothing (LD3); "Al-Barnawi's
group killed ... according to an audio recording attributed to him" is the killers' own claim and gives
Shekau -> ISWAP (LD4); the acting prime minister succeeds Khaire and is succeeded by Roble (LD2);
"took over from the outgoing leader at a handover ceremony" is both a succession and a meeting, and those
who attended the ceremony are paired with both presidents and each other (LD2); a welcome at the airport
is a meeting (LD6); "took office ... after the death of" is a succession (LD4); "in an operation carried
out by US special forces, on the orders of President Joe Biden" gives al-Sudani -> the United States and
-> Biden (LD5). Who attended the Annadif audience, the handover, the Buhari-Zulum meeting, the Defence
Headquarters meeting, the Langley audience and the Villa Somalia talks is filled in for the exercise, and
so is the day of Hassan Sheikh's Abu Dhabi trip.
Spellings: "مختار أبو الزبير" (Godane's kunya), "أحمد عبدي جوداني" and "أحمد عمر أبو عبيدة" (LD1);
"Hassan Sheikh Mohamoud", "Mohamed Abdullahi Farmaajo", "Sheikh Mohamed bin Zayed" (LD2); "مايكل لانجلي",
"عبد الله يري" and "أحمد ديريه" (LD5); "Hassan Sheikh Mahmoud", "Recep Tayyip Erdoğan", "Mevlüt
Çavuşoğlu", "Omar Abdirashid Ali Sharmarke" (LD6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_le import ALL  # noqa: E402

HERE = Path(__file__).parent

USA, SOMALIA, NIGERIA, TURKEY = "country:united-states", "country:somalia", "country:nigeria", "country:turkey"
SHABAAB, SFG, SPARL, UPD, AU, AFRICOM, ISIS, BOKO, ISWAP, NARMY, NAF, TRFM = (
    "organization:al-shabaab", "organization:somali-federal-government", "organization:somali-parliament",
    "organization:union-for-peace-and-development", "organization:african-union", "organization:us-africa-command",
    "organization:islamic-state", "organization:boko-haram", "organization:iswap", "organization:nigerian-army",
    "organization:nigerian-armed-forces", "organization:turkish-foreign-ministry")
UAE, USDOD = "country:united-arab-emirates", "organization:us-department-of-defense"
MOGADISHU, VILLA, ABUDHABI, ABUJA = ("location:mogadishu", "location:villa-somalia", "location:abu-dhabi",
                                     "location:abuja")
GODANE, DIRIYE, HSM, FARMAJO, ROBLE, KHAIRE, HAMZA, MBZ = (
    "person:ahmed-abdi-godane", "person:ahmed-diriye", "person:hassan-sheikh-mohamud",
    "person:mohamed-abdullahi-farmajo", "person:mohamed-hussein-roble", "person:hassan-ali-khaire",
    "person:hamza-abdi-barre", "person:mohamed-bin-zayed")
SUDANI, BIDEN, AUSTIN, YARE, LANGLEY, NUR, ANDRE = (
    "person:bilal-al-sudani", "person:joe-biden", "person:lloyd-austin", "person:abdullahi-nadir",
    "person:michael-langley", "person:abdulkadir-mohamed-nur", "person:larry-andre")
ERDOGAN, CAVUSOGLU, SHARMARKE = ("person:recep-tayyip-erdogan", "person:mevlut-cavusoglu",
                                 "person:omar-abdirashid-sharmarke")
# new to the tables
AYRO, ANNADIF, ABDIWELI, EREG, GULED, MADOBE, TAHLIIL, CAHALAN = (
    "person:aden-hashi-ayro", "person:mahamat-saleh-annadif", "person:abdiweli-sheikh-ahmed",
    "person:khalif-ahmed-ereg", "person:mahdi-mohamed-guled", "person:adan-mohamed-nur-madobe",
    "person:tahliil-abdishakur", "person:kelly-cahalan")
SHEKAU, BARNAWI, YUSUF, BAKURA, BUHARI, ZULUM, MONGUNO, YERIMA = (
    "person:abubakar-shekau", "person:abu-musab-al-barnawi", "person:mohammed-yusuf", "person:bakura-doro",
    "person:muhammadu-buhari", "person:babagana-zulum", "person:babagana-monguno", "person:mohammed-yerima")
IRABOR, YAHAYA, AMAO, ATTAHIRU, BURATAI, OLONISAKIN = (
    "person:lucky-irabor", "person:faruk-yahaya", "person:oladayo-amao", "person:ibrahim-attahiru",
    "person:tukur-buratai", "person:gabriel-olonisakin")


def _group(members: dict, date: str | None = None) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    out = []
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            out.append(("MET_WITH", a, b, members[b], date) if date else ("MET_WITH", a, b, members[b]))
    return out


_ANNADIF = {HSM: "استقبل الرئيس الصومالي", ANNADIF: "استقبل الرئيس الصومالي",
            ABDIWELI: "بحضور رئيس الوزراء عبد الولي شيخ أحمد"}
_HANDOVER = {HSM: "took over from the outgoing leader", FARMAJO: "took over from the outgoing leader",
             ROBLE: "The ceremony was attended by Mr Roble", MADOBE: "Adan Mohamed Nur Madobe"}
_ASO = {BUHARI: "استقبل الرئيس النيجيري محمد بخاري", ZULUM: "حاكم ولاية بورنو باباغانا زولوم",
        MONGUNO: "بحضور مستشار الأمن القومي"}
_DHQ = {IRABOR: "after a meeting with the service chiefs", YAHAYA: "Lt.-Gen. Faruk Yahaya, the army chief",
        AMAO: "Air Marshal Isiaka Oladayo Amao"}
_LANGLEY = {HSM: "قائد أفريكوم الجنرال مايكل لانجلي", LANGLEY: "قائد أفريكوم الجنرال مايكل لانجلي",
            NUR: "بحضور وزير الدفاع عبد القادر محمد نور", ANDRE: "والسفير الأمريكي لاري أندريه"}
_VILLA = {ERDOGAN: "held talks at Villa Somalia", HSM: "held talks at Villa Somalia",
          SHARMARKE: "attended by Prime Minister Omar Abdirashid Ali Sharmarke",
          CAVUSOGLU: "Foreign Minister Mevlüt Çavuşoğlu"}

ARTICLES = [
    ("arLD1_shabaab_abu_ubaidah_godane", "ar",
     "«الشباب» تسمّي خليفة لزعيمها بعد تأكيد واشنطن مقتله\n"
     "مقديشو - العين الإخبارية\n"
     "أعلنت حركة الشباب الصومالية، السبت، تعيين أحمد عمر أبو عبيدة أميراً جديداً لها خلفاً لمختار أبو الزبير، "
     "الذي قُتل في غارة جوية أمريكية استهدفت اجتماعاً لقادة الحركة قرب بلدة سبلالي في إقليم شبيلي السفلى "
     "مطلع الشهر الجاري.\n"
     "وكانت وزارة الدفاع الأمريكية (البنتاغون) قد أكدت الجمعة مقتل أحمد عبدي جوداني، المعروف بأبي الزبير، "
     "مشيرة إلى أن اثنين من حراسه قُتلا معه.\n"
     "وتولى جوداني قيادة الحركة عام 2008 بعد مقتل القائد العسكري آدم حاشي عيرو بصاروخ أمريكي في بلدة "
     "طوسمريب.\n"
     "وفي مقديشو، استقبل الرئيس الصومالي حسن شيخ محمود الممثل الخاص لرئيس مفوضية الاتحاد الأفريقي في "
     "الصومال محمد صالح النظيف، بحضور رئيس الوزراء عبد الولي شيخ أحمد، وبحث معه خطط بعثة «أميصوم» "
     "لملاحقة عناصر الحركة في معاقلها.\n"
     "وأعلن حسن شيخ عفواً لمدة 45 يوماً عن المقاتلين الذين يلقون السلاح، فيما قال وزير الأمن الوطني خليف "
     "أحمد إيريغ إن الأجهزة الأمنية تلقت معلومات عن هجمات انتقامية محتملة.",
     [("SUCCESSOR_OF", DIRIYE, GODANE, "خلفاً لمختار أبو الزبير", "2014-09-06"),
      ("LEADS", DIRIYE, SHABAAB, "أميراً جديداً لها"),
      ("ASSASSINATED_BY", GODANE, USA, "الذي قُتل في غارة جوية أمريكية", "2014-09-01"),
      ("SUCCESSOR_OF", GODANE, AYRO, "وتولى جوداني قيادة الحركة عام 2008", "2008"),
      ("ASSASSINATED_BY", AYRO, USA, "بصاروخ أمريكي في بلدة", "2008-05-01"),
      ("LEADS", HSM, SOMALIA, "الرئيس الصومالي حسن شيخ محمود"),
      ("LEADS", ABDIWELI, SFG, "رئيس الوزراء عبد الولي"),
      ("MEMBER_OF", ANNADIF, AU, "الممثل الخاص لرئيس مفوضية الاتحاد الأفريقي"),
      ("MEMBER_OF", EREG, SFG, "وزير الأمن الوطني خليف"),
      ] + _group(_ANNADIF, "2014-09"),
     {"source": "blind set (Arabic news site, Al-Ain-like)", "published": "2014-09-06"}),

    ("enLD2_hamza_barre_named_pm", "en",
     "President Hassan Sheikh names Hamza Abdi Barre as Somalia's new prime minister\n"
     "Mogadishu (HOL) - President Hassan Sheikh Mohamoud on Wednesday appointed Hamza Abdi Barre, a lawmaker "
     "from Jubaland and a senior figure in the ruling Union for Peace and Development Party, as prime "
     "minister, replacing Mohamed Hussein Roble.\n"
     "Mr Roble had held the post since September 2020, when former president Mohamed Abdullahi Farmaajo "
     "picked him to succeed Mahdi Mohamed Guled, who served as acting prime minister after parliament ousted "
     "Hassan Ali Khaire in a no-confidence vote.\n"
     "Hassan Sheikh, who beat Farmaajo in the third round of the May 15 election, took over from the outgoing "
     "leader at a handover ceremony at Villa Somalia on May 23. The ceremony was attended by Mr Roble and by "
     "the speaker of the House of the People, Adan Mohamed Nur Madobe, who had chaired the vote.\n"
     "Earlier this month the president made his first trip abroad since his election to the United Arab "
     "Emirates, where he held talks in Abu Dhabi with President Sheikh Mohamed bin Zayed.\n"
     "A planned visit to Nairobi has been postponed until the new cabinet is formed, officials said.\n"
     "Barre, 48, thanked the president and pledged to put security and the fight against al-Shabaab first.",
     [("SUCCESSOR_OF", HAMZA, ROBLE, "replacing Mohamed Hussein Roble", "2022-06-15"),
      ("LEADS", HSM, SOMALIA, "President Hassan Sheikh Mohamoud on Wednesday"),
      ("MEMBER_OF", HAMZA, UPD, "a senior figure in the ruling Union for Peace and Development Party"),
      ("SUCCESSOR_OF", ROBLE, GULED, "to succeed Mahdi Mohamed Guled", "2020-09"),
      ("SUCCESSOR_OF", GULED, KHAIRE, "who served as acting prime minister after parliament ousted", "2020-07"),
      ("SUCCESSOR_OF", HSM, FARMAJO, "took over from the outgoing leader", "2022-05-23"),
      ("LEADS", MADOBE, SPARL, "the speaker of the House of the People"),
      ("VISITED", HSM, VILLA, "at a handover ceremony at Villa Somalia", "2022-05-23"),
      ("MET_WITH", HSM, MBZ, "where he held talks in Abu Dhabi with President", "2022-06"),
      ("VISITED", HSM, ABUDHABI, "where he held talks in Abu Dhabi with President", "2022-06"),
      ("LEADS", MBZ, UAE, "President Sheikh Mohamed bin Zayed"),
      ] + _group(_HANDOVER, "2022-05-23"),
     {"source": "blind set (Somali English news site, Hiiraan-like)", "published": "2022-06-15"}),

    ("arLD3_iswap_shekau_killed", "ar",
     "«داعش غرب أفريقيا» يعلن مقتل شيكاو.. وطيّ حقبة دامية لـ«بوكو حرام»\n"
     "أبوجا - وكالات:\n"
     "أعلن تنظيم «ولاية غرب أفريقيا» التابع لداعش أن زعيم جماعة «بوكو حرام» أبو بكر شيكاو قُتل على يد "
     "مقاتليه في غابة سامبيسا بولاية بورنو شمال شرقي نيجيريا، بعد رفضه الاستسلام.\n"
     "وقال زعيم التنظيم أبو مصعب البرناوي، في تسجيل صوتي، إن شيكاو فجّر نفسه حين حاصره المقاتلون.\n"
     "وكان شيكاو قد تولى زعامة الجماعة عام 2009 بعد مقتل مؤسسها محمد يوسف أثناء احتجازه لدى الشرطة، قبل "
     "أن يعيّن «داعش» البرناوي، نجل يوسف، والياً على غرب أفريقيا بدلاً منه عام 2016.\n"
     "وأفادت مصادر محلية بأن القيادي باكورا دورو تولى زعامة ما تبقى من أتباع شيكاو خلفاً له، متخذاً من "
     "جزر بحيرة تشاد معقلاً.\n"
     "ولم يؤكد الجيش النيجيري الخبر، وقال المتحدث باسمه العميد محمد يريما إنه يتحقق من الأنباء.\n"
     "وفي أبوجا، استقبل الرئيس النيجيري محمد بخاري في القصر الرئاسي حاكم ولاية بورنو باباغانا زولوم، "
     "بحضور مستشار الأمن القومي بابا غانا مونغونو، وبحثوا عودة النازحين إلى بلداتهم بعد استسلام مئات "
     "المقاتلين.",
     [("ASSASSINATED_BY", SHEKAU, ISWAP, "قُتل على يد مقاتليه", "2021-05"),
      ("LEADS", SHEKAU, BOKO, "زعيم جماعة «بوكو حرام» أبو بكر شيكاو"),
      ("LEADS", BARNAWI, ISWAP, "زعيم التنظيم أبو مصعب البرناوي"),
      ("SUCCESSOR_OF", SHEKAU, YUSUF, "قد تولى زعامة الجماعة عام 2009", "2009"),
      ("SUCCESSOR_OF", BARNAWI, SHEKAU, "والياً على غرب أفريقيا بدلاً منه", "2016"),
      ("PART_OF", ISWAP, ISIS, "التابع لداعش"),
      ("SUCCESSOR_OF", BAKURA, SHEKAU, "تولى زعامة ما تبقى من أتباع شيكاو خلفاً له", "2021"),
      ("MEMBER_OF", YERIMA, NARMY, "وقال المتحدث باسمه العميد محمد يريما"),
      ("LEADS", BUHARI, NIGERIA, "استقبل الرئيس النيجيري محمد بخاري"),
      ] + _group(_ASO, "2021-06"),
     {"source": "blind set (Gulf Arabic daily)", "published": "2021-06-08"}),

    ("enLD4_irabor_barnawi_dead", "en",
     "Nigeria's defence chief says ISWAP leader al-Barnawi is dead\n"
     "ABUJA (APA) - Nigeria's Chief of Defence Staff, Gen. Lucky Irabor, said on Tuesday that Abu Musab "
     "al-Barnawi, the leader of the Islamic State West Africa Province (ISWAP), was dead, but gave no details "
     "of how or when he died.\n"
     "\"I can authoritatively tell you that al-Barnawi is dead. He's dead and remains dead,\" Irabor told "
     "reporters at Defence Headquarters after a meeting with the service chiefs, among them Lt.-Gen. Faruk "
     "Yahaya, the army chief, and Air Marshal Isiaka Oladayo Amao.\n"
     "Yahaya took office in May after the death of Lt.-Gen. Ibrahim Attahiru, who was killed with ten other "
     "officers when his plane crashed in bad weather at Kaduna airport.\n"
     "Attahiru had himself taken over from Lt.-Gen. Tukur Buratai in January, when President Muhammadu "
     "Buhari replaced all his service chiefs and named Irabor in place of Gen. Gabriel Olonisakin.\n"
     "ISWAP has not commented. Al-Barnawi's group killed the Boko Haram leader, Abubakar Shekau, in May, "
     "according to an audio recording attributed to him.",
     [("LEADS", IRABOR, NAF, "Nigeria's Chief of Defence Staff, Gen. Lucky Irabor"),
      ("LEADS", BARNAWI, ISWAP, "the leader of the Islamic State West Africa Province"),
      ("LEADS", YAHAYA, NARMY, "Lt.-Gen. Faruk Yahaya, the army chief"),
      ("SUCCESSOR_OF", YAHAYA, ATTAHIRU, "Yahaya took office in May after the death of", "2021-05"),
      ("SUCCESSOR_OF", ATTAHIRU, BURATAI, "had himself taken over from Lt.-Gen. Tukur Buratai", "2021-01"),
      ("SUCCESSOR_OF", IRABOR, OLONISAKIN, "named Irabor in place of Gen. Gabriel Olonisakin", "2021-01"),
      ("LEADS", BUHARI, NIGERIA, "President Muhammadu"),
      ("ASSASSINATED_BY", SHEKAU, ISWAP, "Al-Barnawi's group killed the Boko Haram leader", "2021-05"),
      ("LEADS", SHEKAU, BOKO, "the Boko Haram leader, Abubakar Shekau"),
      ] + _group(_DHQ, "2021-09-14"),
     {"source": "blind set (African English-language wire)", "published": "2021-09-14"}),

    ("arLD5_bilal_sudani_raid", "ar",
     "مقتل قيادي بارز في تنظيم الدولة الإسلامية في عملية أمريكية شمالي الصومال\n"
     "قُتل بلال السوداني، القيادي البارز في تنظيم الدولة الإسلامية، في عملية نفذتها قوات خاصة أمريكية في "
     "منطقة جبلية بشمال الصومال، بأمر من الرئيس جو بايدن، وفق ما أعلنه وزير الدفاع الأمريكي لويد أوستن.\n"
     "وقال أوستن إن السوداني، الذي كان مسؤولاً عن تمويل فروع التنظيم في أفريقيا، قُتل مع نحو عشرة من "
     "عناصره، من دون أن تقع إصابات في صفوف القوات الأمريكية.\n"
     "وتأتي العملية بعد أشهر من مقتل عبد الله يري، أحد مؤسسي حركة الشباب والمتحدث السابق باسمها، في غارة "
     "جوية نفذتها القيادة الأمريكية في أفريقيا (أفريكوم) قرب بلدة جلب.\n"
     "وكان الرئيس الصومالي حسن شيخ محمود قد استقبل في مقديشو قائد أفريكوم الجنرال مايكل لانجلي، بحضور وزير "
     "الدفاع عبد القادر محمد نور والسفير الأمريكي لاري أندريه، وبحثوا الحملة العسكرية على الحركة.\n"
     "واتهمت الحركة القوات الأمريكية بقتل مدنيين في غارات سابقة، وهو ما نفته المتحدثة باسم أفريكوم كيلي "
     "كاهالان.\n"
     "وتتردد منذ أشهر تقارير غير مؤكدة عن إصابة زعيم الحركة أحمد ديريه، المعروف بأبي عبيدة، بمرض خطير.",
     [("ASSASSINATED_BY", SUDANI, USA, "في عملية نفذتها قوات خاصة أمريكية", "2023-01-26"),
      ("ASSASSINATED_BY", SUDANI, BIDEN, "بأمر من الرئيس جو بايدن", "2023-01-26"),
      ("MEMBER_OF", SUDANI, ISIS, "القيادي البارز في تنظيم الدولة الإسلامية"),
      ("LEADS", AUSTIN, USDOD, "وزير الدفاع الأمريكي لويد أوستن"),
      ("LEADS", HSM, SOMALIA, "الرئيس الصومالي حسن شيخ محمود قد استقبل"),
      ("ASSASSINATED_BY", YARE, AFRICOM, "جوية نفذتها القيادة الأمريكية في أفريقيا", "2022-10-01"),
      ("MEMBER_OF", YARE, SHABAAB, "أحد مؤسسي حركة الشباب"),
      ("LEADS", LANGLEY, AFRICOM, "قائد أفريكوم الجنرال مايكل لانجلي"),
      ("VISITED", LANGLEY, MOGADISHU, "قد استقبل في مقديشو"),
      ("MEMBER_OF", CAHALAN, AFRICOM, "المتحدثة باسم أفريكوم"),
      ("LEADS", DIRIYE, SHABAAB, "زعيم الحركة أحمد ديريه"),
      ] + _group(_LANGLEY),
     {"source": "blind set (Arabic news site, BBC Arabic-like)", "published": "2023-01-27"}),

    ("enLD6_erdogan_mogadishu_2015", "en",
     "Erdoğan arrives in Mogadishu days after deadly hotel bombing\n"
     "MOGADISHU, Somalia - Turkish President Recep Tayyip Erdoğan landed in Mogadishu on Sunday on his second "
     "visit to Somalia and was welcomed at Aden Adde International Airport by President Hassan Sheikh Mahmoud.\n"
     "The two leaders later held talks at Villa Somalia, attended by Prime Minister Omar Abdirashid Ali "
     "Sharmarke and Turkey's Foreign Minister Mevlüt Çavuşoğlu, on reconstruction, scholarships and security.\n"
     "Sharmarke, who returned as premier last month after parliament endorsed his nomination to replace "
     "Abdiweli Sheikh Ahmed, called Turkey \"a true friend of the Somali people\".\n"
     "Erdoğan also opened a 200-bed hospital built with Turkish funds in the capital.\n"
     "The visit went ahead three days after a suicide car bomb at the SYL hotel, where a Turkish advance team "
     "was staying, killed at least five people. Al-Shabaab said it carried out the attack.\n"
     "In December a US drone strike killed Tahliil Abdishakur, the head of al-Shabaab's Amniyat "
     "intelligence wing, the Pentagon said.",
     [("VISITED", ERDOGAN, MOGADISHU, "landed in Mogadishu on Sunday", "2015-01-25"),
      ("MET_WITH", ERDOGAN, HSM, "was welcomed at Aden Adde International Airport by", "2015-01-25"),
      ("LEADS", ERDOGAN, TURKEY, "Turkish President Recep"),
      ("LEADS", HSM, SOMALIA, "by President Hassan Sheikh Mahmoud"),
      ("LEADS", CAVUSOGLU, TRFM, "Turkey's Foreign Minister"),
      ("LEADS", SHARMARKE, SFG, "attended by Prime Minister Omar Abdirashid Ali Sharmarke"),
      ("SUCCESSOR_OF", SHARMARKE, ABDIWELI, "his nomination to replace", "2014-12"),
      ("ASSASSINATED_BY", TAHLIIL, USA, "a US drone strike killed Tahliil Abdishakur", "2014-12-29"),
      ("MEMBER_OF", TAHLIIL, SHABAAB, "the head of al-Shabaab's Amniyat"),
      ] + [r for r in _group(_VILLA, "2015-01-25") if {r[1], r[2]} != {ERDOGAN, HSM}],
     {"source": "blind set (Somali English news site, Garowe-like)", "published": "2015-01-25"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLD")
