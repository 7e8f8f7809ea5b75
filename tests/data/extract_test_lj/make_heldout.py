"""Blind set LJ: Libya 2011-2025 as a Libyan Arabic news site (Al-Wasat-like: "طرابلس - بوابة الوسط",
anniversary explainers), an Algerian Arabic daily (El Khabar-like: "رئيس الجمهورية، السيد ...", "ماي"),
an international wire (AP-like: "BENGHAZI, Libya (AP) —", "CAIRO (AP) —", "Hifter") and a North African English-language site (Libya Observer-like) write it.
Pieces: al-Sarraj receives the Turkish defence minister Akar and the chief of staff Guler in Tripoli with
al-Namroush and the Turkish ambassador, Akar meets Bashagha alone (Arabic, 2020); Yevkurov's talks with
Haftar, Saddam, Khaled and Averyanov in Benghazi, then with Osama Hammad (English, 2023); Tebboune
receives al-Menfi at El Mouradia with Attaf and Musa al-Koni, Dbeibah's 2021 visit, Attaf after Lamamra
(Arabic, 2024); Gheniwa (al-Kikli) killed by members of the 444 Brigade, Tetteh meets al-Menfi with
Koury and Trabelsi apart (English, 2025); the tenth anniversary of Gaddafi's death at the hands of the
Misrata brigades, Mutassim and Abu Bakr Younis Jabr killed with him, Tarhouni acting after Jibril and
El-Keib after him, Sarkozy and Cameron in Benghazi with Abdul Jalil and Jibril (Arabic, 2021); the House
of Representatives replaces Bashagha with Osama Hammad, Bashagha named to replace Dbeibah, Meloni hosts
Haftar with Piantedosi and Saddam in Rome (English, 2023).
Excluded on purpose (no relation): al-Sarraj's phone call with Erdogan (LJ1); the planned meeting of the
Russian delegation with Bathily that "did not take place", and Prigozhin's plane crash (LJ2); Takala's
visit "postponed", and "the third meeting between the two men" (no new pair) (LJ3); the attempt on Adel
Jumaa's life by "unidentified gunmen" (no agent, and he survived) (LJ4); rights groups accusing fighters
of executing prisoners (a third party, no named victim) (LJ5); the Cairo meeting of Aguila Saleh and
al-Mishri "postponed several times" (LJ6).
Judgement calls: Akar meets Bashagha "alone" (منفرداً): paired with Akar only, not with Guler (LJ1);
Averyanov and the two sons who "sat in on the meeting" are attendees paired with everyone (LJ2);
al-Kikli's killer is the 444 Brigade as the security sources state it (LJ4); "killed with him on the
same day" gives Mutassim and Jabr the Misrata brigades (LJ5); an acting head (Tarhouni) succeeds Jibril
and is succeeded by El-Keib (LJ5); the House's "appointed ... to replace Abdul Hamid Dbeibah" is a
succession though Dbeibah refused to go (LJ6). Filled in for the exercise: Aksen's and al-Namroush's
presence (LJ1), Averyanov's and the sons' presence and the Hammad meeting (LJ2), al-Koni's presence and
the day (LJ3), the Tetteh meetings' day and Koury's and Trabelsi's part (LJ4), Jibril's presence (LJ5),
Piantedosi's and Saddam's presence in Rome (LJ6).
Spellings: "خلوصي آكار", "فتحي باش آغا" (LJ1); "Hifter" (LJ2, LJ6); "محمد يونس المنفي", "رمطان العمامرة"
(LJ3); "Gheniwa", "Abdulhamid Dbeibah", "Mohamed Menfi", "Stephanie Khoury" (LJ4); "Bashaga", "Osama
Hamad" (LJ6); Jibril as "رئيس المكتب التنفيذي آنذاك" (LJ5).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_lk import ALL  # noqa: E402

HERE = Path(__file__).parent

RUSSIA, ITALY, FRANCE, UK, ALGERIA = ("country:russia", "country:italy", "country:france",
                                      "country:united-kingdom", "country:algeria")
PC, GNU, GNS, LNA, HOR, HCS, UNSMIL, NTC, MISRATA = (
    "organization:libyan-presidential-council", "organization:government-of-national-unity",
    "organization:government-of-national-stability", "organization:libyan-national-army",
    "organization:libyan-house-of-representatives", "organization:libyan-high-council-of-state",
    "organization:unsmil", "organization:libyan-national-transitional-council", "organization:misrata-brigades")
TRDEF, TAF, LYINT, LYDEF, SSA, B444, WAGNER, RUDEF, ALGFM = (
    "organization:turkish-defence-ministry", "organization:turkish-armed-forces",
    "organization:libyan-interior-ministry", "organization:libyan-defence-ministry",
    "organization:stability-support-apparatus", "organization:brigade-444", "organization:wagner-group",
    "organization:russian-defence-ministry", "organization:algerian-foreign-ministry")
TRIPOLI, BENGHAZI, ROME, ALGIERS_PAL, TAKBALI = ("location:tripoli-libya", "location:benghazi", "location:rome",
                                                 "location:el-mouradia", "location:takbali-camp")
SARRAJ, AKAR, GULER, BASHAGHA, HAFTAR, SADDAM, KHALED, YEVKUROV, HAMMAD, BATHILY, PRIGOZHIN = (
    "person:fayez-al-sarraj", "person:hulusi-akar", "person:yasar-guler", "person:fathi-bashagha",
    "person:khalifa-haftar", "person:saddam-haftar", "person:khaled-haftar", "person:yunus-bek-yevkurov",
    "person:osama-hammad", "person:abdoulaye-bathily", "person:yevgeny-prigozhin")
TEBBOUNE, MENFI, ATTAF, LAMAMRA, DBEIBAH, TAKALA = (
    "person:abdelmadjid-tebboune", "person:mohamed-al-menfi", "person:ahmed-attaf", "person:ramtane-lamamra",
    "person:abdul-hamid-dbeibah", "person:mohamed-takala")
KIKLI, HAMZA, TETTEH, KOURY, TRABELSI, CAMERON, BLIHEG, SALEH, MISHRI = (
    "person:abdulghani-al-kikli", "person:mahmoud-hamza", "person:hanna-tetteh", "person:stephanie-koury",
    "person:imad-trabelsi", "person:david-cameron", "person:abdullah-bliheg", "person:aguila-saleh",
    "person:khaled-al-mishri")
# new to the tables
NAMROUSH, AKSEN, AVERYANOV, KONI, JUMAA, MELONI, PIANTEDOSI = (
    "person:salaheddine-al-namroush", "person:serhat-aksen", "person:andrei-averyanov", "person:musa-al-koni",
    "person:adel-jumaa", "person:giorgia-meloni", "person:matteo-piantedosi")
GADDAFI, MUTASSIM, JABR, JALIL, JIBRIL, TARHOUNI, KEIB, SARKOZY = (
    "person:muammar-gaddafi", "person:mutassim-gaddafi", "person:abu-bakr-younis-jabr",
    "person:mustafa-abdul-jalil", "person:mahmoud-jibril", "person:ali-tarhouni", "person:abdurrahim-el-keib",
    "person:nicolas-sarkozy")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_TRIPOLI20 = {SARRAJ: "رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز السراج",
              AKAR: "وزير الدفاع التركي خلوصي آكار", GULER: "الفريق أول يشار غولر",
              NAMROUSH: "وزير الدفاع المفوض صلاح الدين النمروش", AKSEN: "والسفير التركي لدى ليبيا سرحات أكسن"}
_BENGHAZI23 = {YEVKUROV: "Russian Deputy Defence Minister Yunus-Bek Yevkurov",
               HAFTAR: "held talks with eastern Libyan commander", SADDAM: "Hifter's sons Saddam and Khaled",
               KHALED: "Hifter's sons Saddam and Khaled", AVERYANOV: "Major General Andrei Averyanov"}
_MOURADIA = {TEBBOUNE: "استقبل رئيس الجمهورية، السيد عبد المجيد تبون", MENFI: "محمد يونس المنفي",
             ATTAF: "وجرى اللقاء بحضور وزير الشؤون الخارجية", KONI: "وعضو المجلس الرئاسي الليبي موسى الكوني"}
_TETTEH = {TETTEH: "UN envoy Hanna Tetteh met", MENFI: "met the Head of the Presidential Council",
           KOURY: "in the presence of her deputy"}
_BENGHAZI11 = {JALIL: "وكان عبد الجليل قد استقبل في بنغازي", SARKOZY: "الرئيس الفرنسي نيكولا ساركوزي",
               CAMERON: "ورئيس الوزراء البريطاني ديفيد كاميرون", JIBRIL: "بحضور رئيس المكتب التنفيذي آنذاك"}
_ROME = {MELONI: "Italian Premier Giorgia Meloni hosted", HAFTAR: "Khalifa Hifter, the commander",
         PIANTEDOSI: "Interior Minister Matteo Piantedosi", SADDAM: "Hifter's son Saddam also attended"}

ARTICLES = [
    ("arLJ1_sarraj_akar_tripoli", "ar",
     "السراج يستقبل وزير الدفاع التركي ورئيس الأركان في طرابلس\n"
     "طرابلس - بوابة الوسط: استقبل رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز السراج، الجمعة، وزير "
     "الدفاع التركي خلوصي آكار ورئيس الأركان العامة للجيش التركي الفريق أول يشار غولر، اللذين وصلا إلى "
     "العاصمة في زيارة لم يُعلن عنها مسبقاً.\n"
     "وحضر اللقاء، الذي عُقد بمقر المجلس الرئاسي بطريق السكة، وزير الدفاع المفوض صلاح الدين النمروش، "
     "والسفير التركي لدى ليبيا سرحات أكسن.\n"
     "وتناول الاجتماع، بحسب المكتب الإعلامي للسراج، سير تنفيذ مذكرة التفاهم للتعاون الأمني والعسكري "
     "الموقعة بين البلدين، وبرامج تدريب منتسبي الجيش الليبي.\n"
     "وفي وقت لاحق، التقى آكار منفرداً وزيرَ الداخلية فتحي باش آغا في مقر الوزارة، وبحث معه دعم الأجهزة "
     "الأمنية.\n"
     "وكان السراج قد أجرى مساء الخميس اتصالاً هاتفياً بالرئيس التركي رجب طيب أردوغان، تناول التطورات في "
     "محيط سرت والجفرة.\n"
     "وتأتي الزيارة بعد أسابيع من انسحاب القوات التي يقودها خليفة حفتر من جنوب طرابلس، إثر هجوم استمر "
     "أكثر من عام على العاصمة.",
     _group(_TRIPOLI20, "2020-07-03") + [
      ("LEADS", SARRAJ, PC, "رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز السراج"),
      ("LEADS", AKAR, TRDEF, "وزير الدفاع التركي خلوصي آكار"),
      ("LEADS", GULER, TAF, "ورئيس الأركان العامة للجيش التركي"),
      ("VISITED", AKAR, TRIPOLI, "اللذين وصلا إلى", "2020-07-03"),
      ("VISITED", GULER, TRIPOLI, "اللذين وصلا إلى", "2020-07-03"),
      ("MET_WITH", AKAR, BASHAGHA, "وزيرَ الداخلية فتحي باش آغا", "2020-07-03"),
      ("LEADS", BASHAGHA, LYINT, "وزيرَ الداخلية فتحي باش آغا"),
      ("LEADS", HAFTAR, LNA, "القوات التي يقودها خليفة حفتر"),
      ("WITHDREW_FROM", LNA, TRIPOLI, "انسحاب القوات التي يقودها", "2020-06"),
      ("ATTACKED", LNA, TRIPOLI, "إثر هجوم استمر أكثر من عام", "2019-04"),
      ],
     {"source": "blind set (Libyan news site, Arabic)", "published": "2020-07-03"}),

    ("enLJ2_yevkurov_haftar_benghazi", "en",
     "Russian deputy defence minister meets Hifter in Benghazi\n"
     "BENGHAZI, Libya (AP) — Russian Deputy Defence Minister Yunus-Bek Yevkurov held talks with "
     "eastern Libyan commander Khalifa Hifter in Benghazi on Tuesday, in what Hifter's Libyan National Army "
     "(LNA) described as the first official visit by a Russian military delegation to the city.\n"
     "Hifter's sons Saddam and Khaled sat in on the meeting, according to photographs released by the LNA, "
     "as did Major General Andrei Averyanov, a senior Russian military intelligence officer who accompanied "
     "the minister.\n"
     "The two sides discussed \"cooperation in combating terrorism\", the LNA said.\n"
     "Yevkurov, a former leader of Russia's Ingushetia region, later met Osama Hammad, the prime minister of "
     "the east-based government, which is not recognised internationally.\n"
     "A planned meeting between the Russian delegation and U.N. envoy Abdoulaye Bathily, who heads the U.N. "
     "mission in Libya, did not take place, two diplomats said.\n"
     "The visit came a day before a plane carrying Wagner chief Yevgeny Prigozhin crashed north of Moscow, "
     "killing all ten people on board. Wagner fighters have backed Hifter since his 2019 offensive on "
     "Tripoli.\n"
     "Russia's defence ministry did not comment on the talks.",
     _group(_BENGHAZI23, "2023-08-22") + [
      ("MEMBER_OF", YEVKUROV, RUDEF, "Russian Deputy Defence Minister Yunus-Bek Yevkurov"),
      ("VISITED", YEVKUROV, BENGHAZI, "Khalifa Hifter in Benghazi on Tuesday", "2023-08-22"),
      ("LEADS", HAFTAR, LNA, "Hifter's Libyan National Army"),
      ("MET_WITH", YEVKUROV, HAMMAD, "later met Osama Hammad", "2023-08-22"),
      ("LEADS", HAMMAD, GNS, "the prime minister of the east-based government"),
      ("LEADS", BATHILY, UNSMIL, "who heads the U.N. mission in Libya"),
      ("LEADS", PRIGOZHIN, WAGNER, "Wagner chief Yevgeny Prigozhin"),
      ("SUPPORTS", WAGNER, HAFTAR, "Wagner fighters have backed Hifter"),
      ("ATTACKED", HAFTAR, TRIPOLI, "his 2019 offensive on", "2019-04"),
      ],
     {"source": "blind set (international wire, English)", "published": "2023-08-24"}),

    ("arLJ3_tebboune_menfi_algiers", "ar",
     "الرئيس تبون يستقبل رئيس المجلس الرئاسي الليبي\n"
     "استقبل رئيس الجمهورية، السيد عبد المجيد تبون، أمس بقصر المرادية، رئيس المجلس الرئاسي الليبي، محمد "
     "يونس المنفي، الذي يقوم بزيارة إلى الجزائر للمشاركة في القمة السابعة لرؤساء دول وحكومات منتدى الدول "
     "المصدرة للغاز.\n"
     "وجرى اللقاء بحضور وزير الشؤون الخارجية والجالية الوطنية بالخارج أحمد عطاف، وعضو المجلس الرئاسي "
     "الليبي موسى الكوني، حسب ما أفاد به بيان لرئاسة الجمهورية.\n"
     "وأكد الرئيس تبون، خلال المحادثات، موقف الجزائر الثابت الداعي إلى حل ليبي-ليبي بعيداً عن التدخلات "
     "الأجنبية، وإلى تنظيم انتخابات تنهي المراحل الانتقالية.\n"
     "ويعد هذا اللقاء الثالث بين الرجلين منذ تولي المنفي رئاسة المجلس في مارس 2021، فيما كان رئيس "
     "الجمهورية قد استقبل في ماي 2021 رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة على رأس وفد وزاري هام.\n"
     "ويتولى عطاف حقيبة الخارجية منذ مارس 2023، خلفاً لرمطان العمامرة.\n"
     "من جهة أخرى، أُجلت إلى موعد لاحق زيارة كانت مقررة لرئيس المجلس الأعلى للدولة محمد تكالة إلى "
     "الجزائر، دون توضيح الأسباب.",
     _group(_MOURADIA, "2024-03-01") + [
      ("LEADS", MENFI, PC, "رئيس المجلس الرئاسي الليبي، محمد"),
      ("VISITED", MENFI, ALGIERS_PAL, "أمس بقصر المرادية", "2024-03-01"),
      ("VISITED", MENFI, ALGERIA, "الذي يقوم بزيارة إلى الجزائر", "2024-03-01"),
      ("LEADS", ATTAF, ALGFM, "وجرى اللقاء بحضور وزير الشؤون الخارجية"),
      ("MEMBER_OF", KONI, PC, "وعضو المجلس الرئاسي الليبي موسى الكوني"),
      ("MET_WITH", TEBBOUNE, DBEIBAH, "رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة", "2021-05"),
      ("LEADS", DBEIBAH, GNU, "رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة"),
      ("SUCCESSOR_OF", ATTAF, LAMAMRA, "خلفاً لرمطان العمامرة", "2023-03"),
      ("LEADS", TAKALA, HCS, "لرئيس المجلس الأعلى للدولة محمد تكالة"),
      ],
     {"source": "blind set (Algerian daily, Arabic)", "published": "2024-03-02"}),

    ("enLJ4_gheniwa_killed_tripoli", "en",
     "Gheniwa killed in Tripoli as clashes erupt in Abu Salim\n"
     "TRIPOLI - The head of the Stability Support Apparatus (SSA), Abdulghani al-Kikli, better known as "
     "Gheniwa, was killed on Monday evening inside the Takbali military camp in Tripoli by members of the "
     "444th Combat Brigade, security sources told The Libya Observer.\n"
     "The 444 Brigade, commanded by Mahmoud Hamza, is affiliated with the Defence Ministry of the Government "
     "of National Unity. Al-Kikli had reportedly gone to the camp, the brigade's headquarters, for a meeting "
     "on the security situation in the capital.\n"
     "Heavy clashes broke out in Abu Salim, the SSA's stronghold, shortly after news of his death spread. "
     "Prime Minister Abdulhamid Dbeibah later praised what he called \"a decisive step towards ending "
     "irregular armed groups\".\n"
     "On Wednesday, UN envoy Hanna Tetteh met the Head of the Presidential Council Mohamed Menfi, in the "
     "presence of her deputy Stephanie Khoury, to discuss the ceasefire. Tetteh also met Interior Minister "
     "Imad Trabelsi separately.\n"
     "In February, Adel Jumaa, minister of state for cabinet affairs in Dbeibah's Government of National "
     "Unity, survived an assassination attempt when unidentified gunmen opened fire on his car in Tripoli.",
     [("ASSASSINATED_BY", KIKLI, B444, "by members of the", "2025-05-12"),
      ("LEADS", KIKLI, SSA, "The head of the Stability Support Apparatus"),
      ("LOCATED_IN", TAKBALI, TRIPOLI, "inside the Takbali military camp in Tripoli"),
      ("LEADS", HAMZA, B444, "commanded by Mahmoud Hamza"),
      ("PART_OF", B444, LYDEF, "is affiliated with the Defence Ministry"),
      ("LEADS", MENFI, PC, "met the Head of the Presidential Council"),
      ("MET_WITH", TETTEH, TRABELSI, "Interior Minister Imad Trabelsi separately", "2025-05-14"),
      ("LEADS", TRABELSI, LYINT, "Interior Minister Imad Trabelsi separately"),
      ("MEMBER_OF", JUMAA, GNU, "minister of state for cabinet affairs in Dbeibah's"),
      ("LEADS", DBEIBAH, GNU, "in Dbeibah's Government of National"),
      ] + _group(_TETTEH, "2025-05-14"),
     {"source": "blind set (North African English-language site)", "published": "2025-05-14"}),

    ("arLJ5_gaddafi_anniversary_sirte", "ar",
     "في ذكراه العاشرة.. كيف انتهى القذافي في سرت؟\n"
     "بوابة الوسط: تحل اليوم الأربعاء الذكرى العاشرة لمقتل العقيد معمر القذافي، الذي قُتل على يد مقاتلين "
     "من كتائب مصراتة في مدينة سرت يوم 20 أكتوبر 2011، بعد ثمانية أشهر من اندلاع الانتفاضة ضد حكمه الذي "
     "امتد 42 عاماً.\n"
     "وكان القذافي قد حاول الفرار من حي الدولار برفقة عدد من أنصاره، قبل أن تستهدف طائرات حلف شمال الأطلسي "
     "موكبه، ليُعثر عليه مختبئاً في أنبوب لتصريف المياه.\n"
     "وقُتل معه في اليوم نفسه نجله المعتصم ووزير دفاعه أبو بكر يونس جابر.\n"
     "وبعد ثلاثة أيام، أعلن رئيس المجلس الوطني الانتقالي مصطفى عبد الجليل من بنغازي «تحرير ليبيا».\n"
     "وتولى علي الترهوني رئاسة المكتب التنفيذي بالوكالة إثر استقالة محمود جبريل، قبل أن ينتخب المجلس عبد "
     "الرحيم الكيب رئيساً للحكومة الانتقالية في 31 أكتوبر.\n"
     "وكان عبد الجليل قد استقبل في بنغازي، منتصف سبتمبر من العام نفسه، الرئيس الفرنسي نيكولا ساركوزي "
     "ورئيس الوزراء البريطاني ديفيد كاميرون، بحضور رئيس المكتب التنفيذي آنذاك.\n"
     "ولا تزال ملابسات مقتل القذافي محل جدل، إذ تتهم منظمات حقوقية مقاتلين بإعدام أسرى من أنصاره في سرت.",
     [("ASSASSINATED_BY", GADDAFI, MISRATA, "الذي قُتل على يد مقاتلين", "2011-10-20"),
      ("ASSASSINATED_BY", MUTASSIM, MISRATA, "نجله المعتصم", "2011-10-20"),
      ("ASSASSINATED_BY", JABR, MISRATA, "ووزير دفاعه أبو بكر يونس جابر", "2011-10-20"),
      ("LEADS", JALIL, NTC, "رئيس المجلس الوطني الانتقالي مصطفى عبد الجليل"),
      ("SUCCESSOR_OF", TARHOUNI, JIBRIL, "وتولى علي الترهوني رئاسة", "2011-10"),
      ("SUCCESSOR_OF", KEIB, TARHOUNI, "الرحيم الكيب رئيساً", "2011-10-31"),
      ("VISITED", SARKOZY, BENGHAZI, "وكان عبد الجليل قد استقبل في بنغازي", "2011-09-15"),
      ("VISITED", CAMERON, BENGHAZI, "وكان عبد الجليل قد استقبل في بنغازي", "2011-09-15"),
      ("LEADS", SARKOZY, FRANCE, "الرئيس الفرنسي نيكولا ساركوزي"),
      ("LEADS", CAMERON, UK, "ورئيس الوزراء البريطاني ديفيد كاميرون"),
      ] + _group(_BENGHAZI11, "2011-09-15"),
     {"source": "blind set (Libyan news site, Arabic)", "published": "2021-10-20"}),

    ("enLJ6_hammad_replaces_bashagha", "en",
     "Libya's east-based parliament suspends rival prime minister\n"
     "CAIRO (AP) — Libya's east-based parliament on Tuesday suspended Fathi Bashaga, the prime minister of "
     "the rival administration it installed last year, and named his finance minister, Osama Hamad, to run "
     "the government in his place, a spokesman said.\n"
     "Abdullah Bliheg, spokesman for the House of Representatives, said lawmakers had also voted to refer "
     "Bashaga for investigation, without giving details.\n"
     "Bashaga, a powerful former interior minister from the western city of Misrata, was appointed by the "
     "chamber in February 2022 to replace Abdul Hamid Dbeibah, whose government in Tripoli refused to cede "
     "power.\n"
     "The move came less than two weeks after Italian Premier Giorgia Meloni hosted Khalifa Hifter, the "
     "commander of the self-styled Libyan National Army, in Rome for talks on migration. Interior Minister "
     "Matteo Piantedosi and Hifter's son Saddam also attended the meeting, according to Meloni's office.\n"
     "Bashaga did not immediately comment. A meeting in Cairo between parliament speaker Aguila Saleh and "
     "Khaled al-Mishri, who heads the Tripoli-based High Council of State, has been postponed several times.\n"
     "Libya has been split between rival governments in the east and west for most of the years since the "
     "fall of longtime dictator Moammar Gadhafi in 2011.",
     [("SUCCESSOR_OF", HAMMAD, BASHAGHA, "to run the government in his place", "2023-05-16"),
      ("LEADS", BASHAGHA, GNS, "the prime minister of the rival administration"),
      ("MEMBER_OF", HAMMAD, GNS, "his finance minister, Osama Hamad"),
      ("MEMBER_OF", BLIHEG, HOR, "spokesman for the House of Representatives"),
      ("SUCCESSOR_OF", BASHAGHA, DBEIBAH, "to replace Abdul Hamid Dbeibah", "2022-02"),
      ("LEADS", MELONI, ITALY, "Italian Premier Giorgia Meloni hosted"),
      ("LEADS", HAFTAR, LNA, "the commander of the self-styled Libyan National Army"),
      ("VISITED", HAFTAR, ROME, "in Rome for talks on migration", "2023-05-04"),
      ("LEADS", SALEH, HOR, "parliament speaker Aguila Saleh"),
      ("LEADS", MISHRI, HCS, "who heads the Tripoli-based High Council of State"),
      ] + _group(_ROME, "2023-05-04"),
     {"source": "blind set (international wire, English)", "published": "2023-05-16"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLJ")
