"""Blind set LL: Sudan's transition and war and its neighbours, 2019-2025, as a Sudanese Arabic news site
writes it (Sudan Tribune-like: "بورتسودان – سودان تربيون", army ranks in full, «الضيف»), as a Saudi London
Arabic daily writes it (Asharq Al-Awsat-like: "جدة: «الشرق الأوسط»"), as an East African English daily
writes it ("By Our Correspondent", "Dr Abiy", "Mr Odinga") and as an international wire writes it
("JUBA (Reuters) -").
Pieces: Burhan receives the UN envoy Lamamra in Port Sudan with the foreign minister Ali Youssef (who
succeeded Hussein Awad), Lamamra then meets Ibrahim Jaber (Arabic); Abiy Ahmed in Port Sudan with Burhan,
Taye and Hussein Awad, Taye after Demeke, Temesgen after Demeke, Abiy's earlier meeting with Hemedti
(English); the Jeddah short-term ceasefire, Faisal bin Farhan with Elkhereiji, Molly Phee, John Godfrey and
Omar Hamdan, Malik Agar named deputy in place of Hemedti (Arabic); Hamdok in Juba with Salva Kiir and Tut
Gatluak, meets Malik Agar apart, Burhan after Ibn Auf (English wire); Ali Yagoub Gibril killed by the 6th
Infantry Division in El Fasher, Burhan's meeting with Kabbashi, al-Atta and Ibrahim Jaber (Arabic); Raila
Odinga received by Kiir in Juba, Machar's detention, Bol Mel after Wani Igga (English).
Excluded on purpose (no relation): Lamamra's phone call with Hemedti and the Burhan-Hemedti meeting the
council "denied" (LL1); the IGAD face-to-face meeting that "never materialised" (LL2); Blinken's two phone
calls (LL3); the talks with al-Hilu that were "postponed" (LL4); Blinken's call to Burhan and the hospital
director killed "by shelling whose source was not known" (LL5); Odinga "was not allowed to see" Machar, and
the killing of Gen. Majur Dak, which "Juba blamed" on Machar's allies (an accusation) (LL6).
Judgement calls: the foreign minister "in the presence of" whom Burhan received Lamamra is paired with both
(LL1); the joint meeting of the Saudi minister with both delegations pairs all named attendees, the unnamed
army delegation gives nothing (LL3); Agar "appointed deputy in his place" succeeds Hemedti (LL3); Malik Agar,
met "separately", is paired with Hamdok only (LL4); "killed at the hands of the 6th Infantry Division ... the
army announced" is a claimed killing with the division as agent (LL5); the army leadership meeting chaired by
Burhan pairs all four (LL5); Demeke "lost the deputy premiership to Temesgen" is a succession (LL2). Who
attended the meetings (Ali Youssef, Ibrahim Jaber in LL1 and LL5, Godfrey and Phee in LL3, Tut Gatluak in
LL4), the day of Lamamra's visit and the hospital director are filled in for the exercise.
Spellings: "رمطان العمامرة" with al- and "علي يوسف" without al-Sharif (LL1); "Gen Abdelfattah Burhan",
"Hussein Awad" (LL2); "دقلو" alone and "وليد الخريجي" (LL3); "Abdallah Hamdok", "Awad Ibn Auf" (LL4);
"شمس الدين الكباشي" with al- and "علي يعقوب" (LL5); "Riek Machar Teny", "Salva Kiir Mayardit" (LL6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_lm import ALL  # noqa: E402

HERE = Path(__file__).parent

RSF, SAF, SOVC, TMC, DIV6, SPLMN, SPLMIO = (
    "organization:rapid-support-forces", "organization:sudanese-armed-forces",
    "organization:sudan-sovereignty-council", "organization:sudan-transitional-military-council",
    "organization:saf-sixth-infantry-division", "organization:splm-n-agar", "organization:splm-io")
PORTSUDAN, JUBA, ELFASHER = "location:port-sudan", "location:juba", "location:el-fasher"
BURHAN, HEMEDTI, LAMAMRA, ALIYOUSSEF, HAWAD, IJABER = (
    "person:abdel-fattah-al-burhan", "person:mohamed-hamdan-dagalo", "person:ramtane-lamamra",
    "person:ali-youssef-al-sharif", "person:hussein-awad-ali", "person:ibrahim-jaber")
ABIY, TAYE, DEMEKE, TEMESGEN = ("person:abiy-ahmed", "person:taye-atske-selassie", "person:demeke-mekonnen",
                                "person:temesgen-tiruneh")
FAISAL, KHURAIJI, PHEE, GODFREY, OHAMDAN, AGAR = (
    "person:faisal-bin-farhan", "person:waleed-al-khuraiji", "person:molly-phee", "person:john-godfrey",
    "person:omar-hamdan", "person:malik-agar")
HAMDOK, KIIR, GATLUAK, IBNAUF = ("person:abdalla-hamdok", "person:salva-kiir", "person:tut-gatluak",
                                 "person:ahmed-awad-ibn-auf")
YAGOUB, KHIDIR, KABBASHI, ATTA = ("person:ali-yagoub-gibril", "person:mohamed-ahmed-al-khidir",
                                  "person:shams-al-din-kabbashi", "person:yasser-al-atta")
ODINGA, MACHAR, BOLMEL, WANI = ("person:raila-odinga", "person:riek-machar", "person:benjamin-bol-mel",
                                "person:james-wani-igga")


def _group(members: dict, date: str) -> list:
    """MET_WITH between every two members of a meeting; the needle is the later member's."""
    keys = list(members)
    return [("MET_WITH", a, b, members[b], date) for i, a in enumerate(keys) for b in keys[i + 1:]]


_LAMAMRA = {BURHAN: "استقبل رئيس مجلس السيادة الانتقالي", LAMAMRA: "المبعوث الشخصي للأمين العام",
            ALIYOUSSEF: "بحضور وزير الخارجية علي يوسف"}
_ABIY = {ABIY: "where he was received by Gen", BURHAN: "where he was received by Gen",
         TAYE: "attended by Ethiopia's Foreign Minister", HAWAD: "his Sudanese counterpart Hussein Awad"}
_JEDDAH = {FAISAL: "قد اجتمع بوفدي الطرفين", KHURAIJI: "بحضور نائبه المهندس وليد الخريجي",
           PHEE: "للشؤون الأفريقية مولي في", GODFREY: "والسفير الأميركي لدى السودان جون غودفري",
           OHAMDAN: "وممثل الدعم السريع عمر حمدان"}
_HAMDOK = {HAMDOK: "held talks with South Sudanese President", KIIR: "held talks with South Sudanese President",
           GATLUAK: "in the presence of Kiir's security adviser"}
_COMMAND = {BURHAN: "ترأس رئيس مجلس السيادة", KABBASHI: "ضم نائبه شمس الدين الكباشي",
            ATTA: "ومساعده ياسر العطا", IJABER: "وعضو المجلس الفريق إبراهيم جابر"}

ARTICLES = [
    ("arLL1_burhan_lamamra_portsudan", "ar",
     "البرهان يبحث مع العمامرة ترتيبات إيصال المساعدات الإنسانية\n"
     "بورتسودان – سودان تربيون\n"
     "استقبل رئيس مجلس السيادة الانتقالي الفريق أول ركن عبد الفتاح البرهان، الأحد، المبعوث الشخصي للأمين "
     "العام للأمم المتحدة إلى السودان رمطان العمامرة، بمكتبه في مدينة بورتسودان، بحضور وزير الخارجية علي "
     "يوسف.\n"
     "وقال الوزير في تصريح صحفي عقب اللقاء إن رئيس المجلس أكد للضيف التزام الحكومة بفتح المعابر أمام قوافل "
     "الإغاثة، مشدداً على رفض أي مساواة بين القوات المسلحة وقوات الدعم السريع.\n"
     "وكان علي يوسف قد أدى اليمين وزيراً للخارجية في نوفمبر الماضي خلفاً لحسين عوض علي.\n"
     "وفي وقت لاحق من اليوم نفسه، التقى المبعوث الأممي عضو مجلس السيادة الفريق إبراهيم جابر، الذي يشرف على "
     "الملف الإنساني، واستعرض معه خطة لإيصال المساعدات إلى الفاشر ومعسكر زمزم.\n"
     "وأجرى العمامرة الأسبوع الماضي اتصالاً هاتفياً بقائد قوات الدعم السريع محمد حمدان دقلو، بحسب مصادر "
     "أممية.\n"
     "ونفى مصدر في مجلس السيادة لـ«سودان تربيون» ما تردد عن ترتيب لقاء بين البرهان وحميدتي برعاية أممية، "
     "قائلاً: «لا لقاء قبل خروج الدعم السريع من المدن والأعيان المدنية».",
     _group(_LAMAMRA, "2025-01-12") + [
      ("VISITED", LAMAMRA, PORTSUDAN, "بمكتبه في مدينة بورتسودان", "2025-01-12"),
      ("LEADS", BURHAN, SOVC, "استقبل رئيس مجلس السيادة الانتقالي"),
      ("SUCCESSOR_OF", ALIYOUSSEF, HAWAD, "خلفاً لحسين عوض علي", "2024-11"),
      ("MET_WITH", LAMAMRA, IJABER, "عضو مجلس السيادة الفريق إبراهيم جابر", "2025-01-12"),
      ("MEMBER_OF", IJABER, SOVC, "عضو مجلس السيادة الفريق إبراهيم جابر"),
      ("LEADS", HEMEDTI, RSF, "بقائد قوات الدعم السريع محمد حمدان دقلو"),
      ],
     {"source": "blind set (Sudanese news site, Arabic)", "published": "2025-01-12"}),

    ("enLL2_abiy_port_sudan", "en",
     "Abiy flies into Port Sudan as Ethiopia courts Sudan's army\n"
     "By Our Correspondent\n"
     "Ethiopian Prime Minister Abiy Ahmed on Tuesday became the first foreign leader to visit Sudan since war "
     "broke out in April last year, flying into Port Sudan where he was received by Gen Abdelfattah Burhan, "
     "the head of the Sovereign Council.\n"
     "The two leaders held closed-door talks attended by Ethiopia's Foreign Minister Taye Atske Selassie and "
     "his Sudanese counterpart Hussein Awad, officials said.\n"
     "Mr Taye took over the foreign affairs docket in February from Demeke Mekonnen, who also lost the deputy "
     "premiership to Temesgen Tiruneh, a former intelligence chief.\n"
     "Addis Ababa drew anger in Port Sudan last December when Dr Abiy welcomed RSF commander Mohamed Hamdan "
     "Dagalo to his office, and later posted pictures of the two men touring a park in the capital.\n"
     "A face-to-face meeting between the rival generals, which the regional bloc IGAD had promised, never "
     "materialised, and Sudan froze its dealings with the bloc in January.\n"
     "\"Sudan's problems are for the Sudanese to solve,\" Dr Abiy wrote on X after the talks.",
     _group(_ABIY, "2024-07-09") + [
      ("VISITED", ABIY, PORTSUDAN, "flying into Port Sudan where", "2024-07-09"),
      ("LEADS", BURHAN, SOVC, "the head of the Sovereign Council"),
      ("SUCCESSOR_OF", TAYE, DEMEKE, "took over the foreign affairs docket in February from", "2024-02"),
      ("SUCCESSOR_OF", TEMESGEN, DEMEKE, "lost the deputy premiership to Temesgen", "2024-02"),
      ("MET_WITH", ABIY, HEMEDTI, "Dr Abiy welcomed RSF commander", "2023-12"),
      ("LEADS", HEMEDTI, RSF, "Dr Abiy welcomed RSF commander"),
      ],
     {"source": "blind set (East African daily, English)", "published": "2024-07-11"}),

    ("arLL3_jeddah_ceasefire", "ar",
     "«الجيش» و«الدعم السريع» يوقّعان في جدة هدنة لمدة أسبوع\n"
     "جدة: «الشرق الأوسط»\n"
     "وقّع ممثلو القوات المسلحة السودانية وقوات الدعم السريع، مساء السبت، في جدة اتفاقاً لوقف إطلاق النار "
     "قصير الأمد لمدة سبعة أيام، برعاية سعودية - أميركية، يبدأ سريانه بعد 48 ساعة.\n"
     "وكان وزير الخارجية السعودي الأمير فيصل بن فرحان قد اجتمع بوفدي الطرفين في قصر المؤتمرات، بحضور نائبه "
     "المهندس وليد الخريجي، ومساعدة وزير الخارجية الأميركي للشؤون الأفريقية مولي في، والسفير الأميركي لدى "
     "السودان جون غودفري، وممثل الدعم السريع عمر حمدان.\n"
     "وأجرى وزير الخارجية الأميركي أنتوني بلينكن اتصالين هاتفيين منفصلين بقائدَي الطرفين، حثّهما فيهما على "
     "احترام الهدنة.\n"
     "ويأتي الاتفاق غداة إصدار الفريق أول عبد الفتاح البرهان مرسوماً بإعفاء دقلو من منصب نائب رئيس مجلس "
     "السيادة، وتعيين مالك عقار، رئيس الحركة الشعبية - شمال، نائباً له بدلاً منه.\n"
     "وقال مصدر سعودي مطلع إن المملكة «لن تدخر جهداً» لتحويل الهدنة إلى وقف دائم للقتال.",
     _group(_JEDDAH, "2023-05-20") + [
      ("MEMBER_OF", OHAMDAN, RSF, "وممثل الدعم السريع عمر حمدان"),
      ("SUCCESSOR_OF", AGAR, HEMEDTI, "نائباً له بدلاً منه", "2023-05-19"),
      ("LEADS", AGAR, SPLMN, "رئيس الحركة الشعبية - شمال"),
      ("MEMBER_OF", AGAR, SOVC, "نائباً له بدلاً منه"),
      ],
     {"source": "blind set (Saudi London Arabic daily)", "published": "2023-05-21"}),

    ("enLL4_hamdok_juba", "en",
     "Sudan's new prime minister visits Juba, backs South Sudan-hosted peace talks\n"
     "JUBA (Reuters) - Sudan's Prime Minister Abdallah Hamdok held talks with South Sudanese President Salva "
     "Kiir in Juba on Thursday, in the presence of Kiir's security adviser Tut Gatluak, as the two neighbours "
     "prepared to host negotiations with Sudan's rebel groups.\n"
     "Hamdok, an economist who was sworn in last month under a power-sharing deal between the army and the "
     "civilian opposition, also met separately with Malik Agar, a leader of the Sudan People's Liberation "
     "Movement-North, his office said.\n"
     "Talks with Abdelaziz al-Hilu, who heads a rival faction of the movement, were postponed.\n"
     "The military remains powerful. Lieutenant General Abdel Fattah al-Burhan, who chairs the new Sovereign "
     "Council, took over as head of the transitional military council from Awad Ibn Auf in April, a day after "
     "the army removed Omar al-Bashir. His deputy, Mohamed Hamdan Dagalo, commands the Rapid Support Forces.\n"
     "\"Peace is our first priority,\" Hamdok told reporters at Juba airport.",
     _group(_HAMDOK, "2019-09-12") + [
      ("VISITED", HAMDOK, JUBA, "Kiir in Juba on Thursday", "2019-09-12"),
      ("MET_WITH", HAMDOK, AGAR, "also met separately with Malik Agar", "2019-09-12"),
      ("SUCCESSOR_OF", BURHAN, IBNAUF, "from Awad Ibn Auf in April", "2019-04-12"),
      ("LEADS", BURHAN, TMC, "took over as head of the transitional military council"),
      ("LEADS", BURHAN, SOVC, "who chairs the new Sovereign"),
      ("LEADS", HEMEDTI, RSF, "commands the Rapid Support Forces"),
      ("MEMBER_OF", HEMEDTI, SOVC, "His deputy, Mohamed Hamdan Dagalo"),
      ],
     {"source": "blind set (international wire, English)", "published": "2019-09-12"}),

    ("arLL5_ali_yagoub_el_fasher", "ar",
     "مقتل القائد بالدعم السريع علي يعقوب في معارك الفاشر\n"
     "الفاشر – سودان تربيون\n"
     "قُتل قائد قوات الدعم السريع في ولاية وسط دارفور اللواء علي يعقوب جبريل، الجمعة، على يد قوات الفرقة "
     "السادسة مشاة خلال هجوم على مدينة الفاشر، بحسب ما أعلن الجيش.\n"
     "وقال قائد الفرقة اللواء محمد أحمد الخضر في تسجيل مصور إن قواته «صدّت الهجوم وكبّدت المتمردين خسائر "
     "فادحة».\n"
     "وكان يعقوب، الذي فرضت عليه وزارة الخزانة الأميركية عقوبات الشهر الماضي، يقود الهجمات على المدينة منذ "
     "أسابيع، فيما نعته قوات الدعم السريع واتهمت طيران الجيش بقصف الأحياء السكنية.\n"
     "وفي بورتسودان، ترأس رئيس مجلس السيادة عبد الفتاح البرهان اجتماعاً لقيادة الجيش ضم نائبه شمس الدين "
     "الكباشي ومساعده ياسر العطا وعضو المجلس الفريق إبراهيم جابر، خُصص للوضع في الفاشر.\n"
     "وكان البرهان قد تلقى الشهر الماضي اتصالاً هاتفياً من وزير الخارجية الأميركي أنتوني بلينكن.\n"
     "ولقي مدير أحد مستشفيات الفاشر مصرعه الأسبوع الماضي في قصف لم تُعرف الجهة التي تقف وراءه.",
     _group(_COMMAND, "2024-06-14") + [
      ("ASSASSINATED_BY", YAGOUB, DIV6, "على يد قوات الفرقة", "2024-06-14"),
      ("MEMBER_OF", YAGOUB, RSF, "قُتل قائد قوات الدعم السريع في ولاية وسط دارفور"),
      ("LEADS", KHIDIR, DIV6, "وقال قائد الفرقة اللواء"),
      ("LEADS", BURHAN, SOVC, "ترأس رئيس مجلس السيادة"),
      ("MEMBER_OF", IJABER, SOVC, "وعضو المجلس الفريق إبراهيم جابر"),
      ],
     {"source": "blind set (Sudanese news site, Arabic)", "published": "2024-06-15"}),

    ("enLL6_odinga_kiir_juba", "en",
     "Raila in Juba as Kiir's government holds Machar\n"
     "By Our Correspondent\n"
     "Kenya's special envoy Raila Odinga met President Salva Kiir Mayardit in Juba on Tuesday in a bid to "
     "defuse the crisis triggered by the detention of First Vice-President Riek Machar Teny, but was not "
     "allowed to see the opposition leader.\n"
     "Dr Machar, who leads the SPLM-IO, has been under house arrest since March 26, after the government "
     "accused his party of backing the White Army militia that overran the army garrison in Nasir.\n"
     "The garrison's commander, Maj-Gen David Majur Dak, was killed on March 7 when a UN helicopter sent to "
     "evacuate him came under fire. Juba blamed the attack on forces allied to Machar, a charge the SPLM-IO "
     "denies.\n"
     "The standoff comes weeks after Mr Kiir named Benjamin Bol Mel, a businessman under US sanctions, as "
     "vice-president for the economic cluster, replacing James Wani Igga.\n"
     "Mr Odinga, who was dispatched by President William Ruto, is expected to report back to the East African "
     "Community heads of state.",
     [("MET_WITH", ODINGA, KIIR, "met President Salva Kiir Mayardit in Juba", "2025-04-08"),
      ("VISITED", ODINGA, JUBA, "met President Salva Kiir Mayardit in Juba", "2025-04-08"),
      ("LEADS", MACHAR, SPLMIO, "who leads the SPLM-IO"),
      ("SUCCESSOR_OF", BOLMEL, WANI, "replacing James Wani Igga", "2025-02"),
      ],
     {"source": "blind set (East African daily, English)", "published": "2025-04-09"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setLL")
