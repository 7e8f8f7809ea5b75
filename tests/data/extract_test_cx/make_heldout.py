"""Blind set CX: Iraq's governments and militias, 2020-2025, as a newspaper writes them: the Quds
Force commander (spelled Ghaani) in Najaf to see Muqtada al-Sadr after the October 2021 election,
with talks in Baghdad with Amiri and Maliki but not with "Kazemi" (Al-Monitor-style, Feb 2022);
al-Kadhimi's vote of confidence succeeding Abdul-Mahdi, the US ambassador received, Saadi back at
the Counter-Terrorism Service, al-Araji only "tipped" to replace al-Fayyadh (Asharq Al-Awsat-style,
May 2020); Abu Fadak named PMF chief of staff in the post left by "Mohandes", with the January 2020
airport strike and Khamenei's appointment of "Qa'ani" as background (Guardian-style, Feb 2020);
CENTCOM's killing of Abu Baqir al-Saadi in Mashtal and al-Sudani's meeting with al-Fayyadh and Abu
Fadak (Al-Araby Al-Jadeed-style, Feb 2024); the UN envoy Mohammed al-Hassan received by al-Sistani
in Najaf (The National-style, Nov 2024); the PMF retirement law that would push al-Fayyadh out,
Khazali's meeting with al-Sudani and the Sudani cabinet's security ministers (Asharq Al-Awsat-style,
2025).
Style: en/ar alternating; titles before names, title-only first mentions, a "did not meet", a
planned trip, phone calls, candidates "tipped"/proposed to succeed (no succession), "filling the
post left vacant" (succession), a killing claimed by its agent, an attack ordered by a named
person, lists of two met in one sentence. Spellings: Ghaani, Qa'ani, Kazemi, Suleimani, Sulaimani,
Mohandes, Mohammadawi.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cx/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_cz import ALL  # noqa: E402

HERE = Path(__file__).parent

Q, S, MUH = "person:esmail-qaani", "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
QF, PMF, KH = "organization:quds-force", "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
US, IRAQ, IRAN = "country:united-states", "country:iraq", "country:iran"
SADR, AMI, MAL = "person:muqtada-al-sadr", "person:hadi-al-amiri", "person:nouri-al-maliki"
KAD, ADM, SUD = "person:mustafa-al-kadhimi", "person:adil-abdul-mahdi", "person:mohammed-shia-al-sudani"
FAY, FADAK, KHAZ = "person:falih-al-fayyadh", "person:abdul-aziz-al-muhammadawi", "person:qais-al-khazali"
IGOV = "organization:iraqi-government"
SIS, HAS, JHP = "person:ali-al-sistani", "person:mohammed-al-hassan", "person:jeanine-hennis-plasschaert"

ARTICLES = [
    ("enCX1_ghaani_najaf_sadr", "en",
     "BAGHDAD - The commander of Iran's Quds Force, Esmail Ghaani, travelled to Najaf on Tuesday "
     "and met the Shiite cleric Muqtada al-Sadr at his home in al-Hanana, two officials close to "
     "the Sadrist Movement said, in Tehran's most direct attempt yet to stop Sadr from forming a "
     "government without his Shiite rivals.\n"
     "Ghaani, who succeeded Qasem Suleimani after the general was killed in a U.S. drone strike at "
     "Baghdad airport in January 2020, arrived in Baghdad on Monday and held talks with Badr "
     "Organization leader Hadi al-Amiri and former prime minister Nouri al-Maliki, the head of the "
     "State of Law Coalition. He did not meet Prime Minister Mustafa al-Kazemi, an Iraqi government "
     "official said.\n"
     "The meeting in Hanana was short and cool, according to Nassar al-Rubaie, a senior member of "
     "the movement's political committee. \"Sayyed Muqtada listened, and he repeated that the next "
     "government will be a national majority government, neither eastern nor western,\" Rubaie said.\n"
     "Sadr's list won 73 seats in the October election, the largest tally. He has refused to "
     "include Maliki, his longtime adversary, and has not met him since the vote. Amiri, whose "
     "Fatah alliance lost more than half its seats, is expected to travel to Najaf later this week.",
     [("LEADS", Q, QF, "The commander of Iran's Quds Force"),
      ("VISITED", Q, "location:najaf", "travelled to Najaf on Tuesday", "2022-02-08"),
      ("MET_WITH", Q, SADR, "met the Shiite cleric Muqtada al-Sadr", "2022-02-08"),
      ("SUCCESSOR_OF", Q, S, "who succeeded Qasem Suleimani"),
      ("ASSASSINATED_BY", S, US, "killed in a U.S. drone strike", "2020-01-03"),
      ("VISITED", Q, "location:baghdad", "arrived in Baghdad on Monday", "2022-02-07"),
      ("MET_WITH", Q, AMI, "held talks with Badr", "2022-02-07"),
      ("MET_WITH", Q, MAL, "former prime minister Nouri al-Maliki", "2022-02-07"),
      ("LEADS", AMI, "organization:badr-organization", "Organization leader Hadi al-Amiri"),
      ("LEADS", MAL, "organization:state-of-law-coalition", "the head of the State of Law Coalition"),
      ("LEADS", KAD, IGOV, "Prime Minister Mustafa al-Kazemi"),
      ("MEMBER_OF", "person:nassar-al-rubaie", "organization:sadrist-movement",
       "a senior member of the movement's political committee"),
      ("LEADS", AMI, "organization:fatah-alliance", "whose Fatah alliance"),
      ],
     {"source": "blind set (Al-Monitor-style)", "published": "2022-02-09"}),

    ("arCX2_kadhimi_confidence_vote", "ar",
     "بغداد - «الشرق الأوسط»: نال رئيس جهاز المخابرات مصطفى الكاظمي ثقة البرلمان العراقي فجر "
     "الخميس، ليصبح رئيساً للوزراء خلفاً لعادل عبد المهدي الذي استقال تحت ضغط الاحتجاجات الشعبية "
     "أواخر العام الماضي. وجاء التصويت بعد اعتذار مرشحَين اثنين قبله، هما محمد توفيق علاوي وعدنان "
     "الزرفي، عن تشكيل الحكومة.\n"
     "واستقبل الكاظمي في يومه الأول بالقصر الحكومي السفير الأميركي ماثيو تولر، وبحث معه الحوار "
     "الاستراتيجي المرتقب بين البلدين، فيما تلقى اتصالاً هاتفياً من وزير الخارجية الأميركي مايك "
     "بومبيو. وكان رئيس الجمهورية برهم صالح قد كلّفه بتشكيل الحكومة في التاسع من نيسان.\n"
     "وفي أول قراراته، أعاد الكاظمي الفريق الركن عبد الوهاب الساعدي إلى الخدمة وعيّنه رئيساً لجهاز "
     "مكافحة الإرهاب، بعدما أثار إبعاده عن الجهاز في أيلول الماضي غضب المحتجين. ولم يُحسم بعد مصير "
     "فالح الفياض، الذي يجمع بين رئاسة هيئة الحشد الشعبي ومستشارية الأمن الوطني، وإن كانت مصادر "
     "سياسية ترجّح أن يحل محله قاسم الأعرجي في المستشارية.\n"
     "وبقي منصب رئيس جهاز المخابرات شاغراً، إذ احتفظ به الكاظمي بالوكالة إلى حين تسمية بديل، فيما "
     "لم يلتقِ رئيس الوزراء الجديد بعدُ قادة الفصائل المسلحة.",
     [("LEADS", KAD, "organization:iraqi-national-intelligence-service", "رئيس جهاز المخابرات مصطفى"),
      ("LEADS", KAD, IGOV, "ليصبح رئيساً للوزراء"),
      ("SUCCESSOR_OF", KAD, ADM, "خلفاً لعادل عبد المهدي", "2020-05-07"),
      ("MET_WITH", KAD, "person:matthew-tueller", "واستقبل الكاظمي في يومه الأول", "2020-05-07"),
      ("LEADS", "person:mike-pompeo", "organization:us-state-department", "وزير الخارجية الأميركي مايك"),
      ("LEADS", "person:barham-salih", IRAQ, "رئيس الجمهورية برهم صالح"),
      ("LEADS", "person:abdul-wahab-al-saadi", "organization:counter-terrorism-service",
       "وعيّنه رئيساً لجهاز"),
      ("LEADS", FAY, PMF, "رئاسة هيئة الحشد الشعبي"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2020-05-07"}),

    ("enCX3_abu_fadak_named_chief_of_staff", "en",
     "Iraq's Popular Mobilisation Forces have named Abdul Aziz al-Mohammadawi, a veteran Kataib "
     "Hezbollah commander known as Abu Fadak, as their new chief of staff, filling the post left "
     "vacant when Abu Mahdi al-Mohandes was killed alongside Iran's Gen Qassem Sulaimani at Baghdad "
     "airport last month.\n"
     "The appointment, announced on Thursday in a PMF statement, drew objections from the so-called "
     "shrine units, brigades tied to the holy shrines of Karbala and Najaf, among them Hamid "
     "al-Yasiri's Ansar al-Marjaiya Brigade, which said they had not been consulted.\n"
     "Mohandes and Sulaimani died on 3 January when a US drone struck their convoy as it left the "
     "airport, an attack ordered by Donald Trump. Iraq's caretaker prime minister, Adel Abdul Mahdi, "
     "who had received Sulaimani several times in Baghdad, called the strike a violation of "
     "sovereignty, and two days later parliament voted for the withdrawal of foreign troops.\n"
     "In Tehran, the supreme leader, Ali Khamenei, appointed Brig Gen Esmail Qa'ani, Sulaimani's "
     "deputy, to lead the Quds force. Qa'ani visited Baghdad quietly in late January, officials "
     "said, but unlike his predecessor he did not meet Muqtada al-Sadr, and a planned meeting with "
     "Hadi al-Amiri was postponed.\n"
     "\"Abu Fadak is not Mohandes, and nobody expects him to be,\" said Renad Mansour, who directs "
     "the Iraq Initiative at Chatham House.",
     [("MEMBER_OF", FADAK, PMF, "as their new chief of staff"),
      ("SUCCESSOR_OF", FADAK, MUH, "filling the post left", "2020-02-20"),
      ("MEMBER_OF", FADAK, KH, "a veteran Kataib"),
      ("LEADS", "person:hamid-al-yasiri", "organization:ansar-al-marjaiya-brigade",
       "al-Yasiri's Ansar al-Marjaiya Brigade"),
      ("ASSASSINATED_BY", MUH, US, "a US drone struck their convoy", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "a US drone struck their convoy", "2020-01-03"),
      ("ASSASSINATED_BY", MUH, "person:donald-trump", "an attack ordered by Donald Trump", "2020-01-03"),
      ("ASSASSINATED_BY", S, "person:donald-trump", "an attack ordered by Donald Trump", "2020-01-03"),
      ("LEADS", ADM, IGOV, "caretaker prime minister, Adel Abdul Mahdi"),
      ("MET_WITH", ADM, S, "who had received Sulaimani several times"),
      ("LEADS", "person:ali-khamenei", IRAN, "the supreme leader, Ali Khamenei"),
      ("SUCCESSOR_OF", Q, S, "to lead the Quds force", "2020-01-03"),
      ("LEADS", Q, QF, "to lead the Quds force"),
      ("VISITED", Q, "location:baghdad", "visited Baghdad quietly", "2020-01"),
      ("MEMBER_OF", "person:renad-mansour", "organization:chatham-house",
       "the Iraq Initiative at Chatham House"),
      ],
     {"source": "blind set (Guardian-style)", "published": "2020-02-21"}),

    ("arCX4_mashtal_strike_abu_baqir", "ar",
     "بغداد - العربي الجديد: أعلنت القيادة المركزية الأميركية أنها قتلت القيادي في «كتائب حزب الله» "
     "العراقية أبو باقر الساعدي، بضربة بطائرة مسيّرة استهدفت سيارته مساء الأربعاء في منطقة المشتل "
     "شرقي بغداد، وقالت إنه كان مسؤولاً عن التخطيط لهجمات على القوات الأميركية في المنطقة. وقُتل في "
     "الضربة أيضاً مرافقه.\n"
     "وجاءت الضربة بعد أيام من هجوم بطائرة مسيّرة على البرج 22 في الأردن أدى إلى مقتل ثلاثة جنود "
     "أميركيين، حمّلت واشنطن مسؤوليته لفصائل عراقية. وكان الأمين العام للكتائب أحمد الحميداوي قد أعلن "
     "تعليق العمليات العسكرية ضد القوات الأميركية «منعاً لإحراج الحكومة».\n"
     "ودان الناطق باسم القائد العام للقوات المسلحة يحيى رسول الضربة، واعتبرها «اغتيالاً واضحاً» على "
     "أرض عراقية. واستقبل رئيس الوزراء محمد شياع السوداني مساء الخميس رئيس هيئة الحشد الشعبي فالح "
     "الفياض ورئيس أركان الهيئة عبد العزيز المحمداوي (أبو فدك)، وبحث معهما تداعيات الهجوم، بحسب "
     "بيان لمكتبه. ولم يلتقِ السوداني السفيرة الأميركية ألينا رومانوسكي، لكنه أجرى اتصالاً هاتفياً "
     "بوزير الخارجية الأميركي أنتوني بلينكن.\n"
     "وقال مستشار رئيس الحكومة حسين علاوي لـ«العربي الجديد» إن بغداد «ماضية في إنهاء مهمة التحالف "
     "الدولي» عبر الحوار لا عبر الضربات.",
     [("ASSASSINATED_BY", "person:abu-baqir-al-saadi", US, "أنها قتلت القيادي", "2024-02-07"),
      ("MEMBER_OF", "person:abu-baqir-al-saadi", KH, "القيادي في «كتائب حزب الله»"),
      ("LOCATED_IN", "location:mashtal", "location:baghdad", "في منطقة المشتل شرقي بغداد"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "البرج 22 في الأردن"),
      ("LEADS", "person:ahmad-al-hamidawi", KH, "الأمين العام للكتائب أحمد"),
      ("MET_WITH", SUD, FAY, "واستقبل رئيس الوزراء محمد", "2024-02-08"),
      ("MET_WITH", SUD, FADAK, "واستقبل رئيس الوزراء محمد", "2024-02-08"),
      ("LEADS", SUD, IGOV, "رئيس الوزراء محمد شياع السوداني"),
      ("LEADS", FAY, PMF, "رئيس هيئة الحشد الشعبي فالح"),
      ("MEMBER_OF", FADAK, PMF, "ورئيس أركان الهيئة عبد العزيز"),
      ("LEADS", "person:antony-blinken", "organization:us-state-department", "بوزير الخارجية الأميركي أنتوني"),
      ("MEMBER_OF", "person:hussein-allawi", IGOV, "مستشار رئيس الحكومة حسين علاوي"),
      ("REPORTED_BY", "person:hussein-allawi", "outlet:al-araby-al-jadeed", "علاوي لـ«العربي الجديد»"),
      ],
     {"source": "blind set (Al-Araby Al-Jadeed-style)", "published": "2024-02-09"}),

    ("enCX5_sistani_receives_un_envoy", "en",
     "NAJAF // Iraq's top Shiite cleric, Grand Ayatollah Ali Al Sistani, received the new head of "
     "the UN mission in Iraq, Mohammed Al Hassan, on Monday and urged the authorities to prevent "
     "\"the use of weapons outside the framework of the state\", his office said in a rare written "
     "statement.\n"
     "Mr Al Hassan, a veteran Omani diplomat, took up the post in September, succeeding Jeanine "
     "Hennis-Plasschaert, who had led the mission since 2018. Unami's mandate is due to end in "
     "December 2025 at Baghdad's request.\n"
     "The meeting, the first between the reclusive cleric and a UN envoy in more than a year, came "
     "as Iraqi armed factions continued to launch drones at Israel. A day earlier, the envoy held "
     "talks in Baghdad with Prime Minister Mohammed Shia Al Sudani and Foreign Minister Fuad "
     "Hussein, who told him that Iraq did not want to be dragged into the regional war.\n"
     "The statement also called for an end to foreign interference and for elections free of "
     "corruption. Ms Hennis-Plasschaert was received by Mr Al Sistani on several occasions during "
     "her term, most recently in the spring.\n"
     "Mr Al Hassan did not meet representatives of the armed factions, a UN official said, and he "
     "has not yet called on Muqtada Al Sadr, whose movement has boycotted politics since 2022.",
     [("MET_WITH", SIS, HAS, "received the new head of", "2024-11-04"),
      ("LEADS", HAS, "organization:unami", "the UN mission in Iraq, Mohammed"),
      ("SUCCESSOR_OF", HAS, JHP, "succeeding Jeanine", "2024-09"),
      ("LEADS", JHP, "organization:unami", "who had led the mission since 2018"),
      ("MET_WITH", HAS, SUD, "held talks in Baghdad with Prime Minister", "2024-11-03"),
      ("MET_WITH", HAS, "person:fuad-hussein", "held talks in Baghdad with Prime Minister", "2024-11-03"),
      ("LEADS", SUD, IGOV, "Prime Minister Mohammed Shia Al Sudani"),
      ("LEADS", "person:fuad-hussein", "organization:iraqi-foreign-ministry", "Foreign Minister Fuad"),
      ("MET_WITH", JHP, SIS, "was received by Mr Al Sistani"),
      ("LEADS", SADR, "organization:sadrist-movement", "whose movement has boycotted"),
      ],
     {"source": "blind set (The National-style)", "published": "2024-11-05"}),

    ("arCX6_pmf_retirement_law_fayyadh", "ar",
     "بغداد - «الشرق الأوسط»: عاد الجدل حول قانون «الخدمة والتقاعد لهيئة الحشد الشعبي» إلى البرلمان "
     "العراقي، بعدما سحبت الحكومة في آب نسخة سابقة منه تحت ضغط أميركي. ويقضي أحد بنود المشروع بإحالة "
     "من تجاوز الستين إلى التقاعد، ما يعني عملياً خروج رئيس الهيئة فالح الفياض من منصبه.\n"
     "وقال الأمين العام لعصائب أهل الحق قيس الخزعلي، في مقابلة متلفزة، إن «الحشد باقٍ بقوانينه»، "
     "مضيفاً أنه بحث الأمر مع رئيس الوزراء محمد شياع السوداني خلال لقاء جمعهما الأسبوع الماضي. في "
     "المقابل، غاب هادي العامري، زعيم منظمة بدر، عن اجتماع الإطار التنسيقي الذي ناقش القانون، "
     "واكتفى بإرسال ممثل عنه.\n"
     "ويُطرح اسم أبو فدك المحمداوي، رئيس أركان الحشد، لخلافة الفياض، غير أن قيادات في الإطار تفضّل "
     "شخصية مدنية. وكان وزير الخارجية الأميركي ماركو روبيو قد أبلغ السوداني في اتصال هاتفي قلق "
     "واشنطن من «ترسيخ نفوذ الميليشيات المدعومة من إيران».\n"
     "وشهدت حكومة السوداني تغييرات أمنية منذ تشكيلها في تشرين الأول 2022، إذ تسلّم عبد الأمير الشمري "
     "حقيبة الداخلية خلفاً لعثمان الغانمي، فيما حلّ ثابت العباسي محل جمعة عناد في وزارة الدفاع. "
     "وزار قائد فيلق القدس إسماعيل قاآني بغداد مرات عدة منذ ذلك الحين، آخرها في أيلول.",
     [("LEADS", FAY, PMF, "رئيس الهيئة فالح الفياض"),
      ("LEADS", KHAZ, "organization:asaib-ahl-al-haq", "الأمين العام لعصائب أهل الحق"),
      ("MET_WITH", KHAZ, SUD, "خلال لقاء جمعهما"),
      ("LEADS", SUD, IGOV, "رئيس الوزراء محمد شياع"),
      ("LEADS", AMI, "organization:badr-organization", "زعيم منظمة بدر"),
      ("MEMBER_OF", FADAK, PMF, "رئيس أركان الحشد"),
      ("LEADS", "person:marco-rubio", "organization:us-state-department", "وزير الخارجية الأميركي ماركو"),
      ("SUCCESSOR_OF", "person:abdul-amir-al-shammari", "person:osman-al-ghanmi", "خلفاً لعثمان الغانمي",
       "2022-10-27"),
      ("LEADS", "person:abdul-amir-al-shammari", "organization:iraqi-interior-ministry", "حقيبة الداخلية"),
      ("SUCCESSOR_OF", "person:thabet-al-abbasi", "person:juma-inad", "حلّ ثابت العباسي محل", "2022-10-27"),
      ("LEADS", "person:thabet-al-abbasi", "organization:iraqi-defense-ministry", "في وزارة الدفاع"),
      ("LEADS", Q, QF, "قائد فيلق القدس إسماعيل"),
      ("VISITED", Q, "location:baghdad", "وزار قائد فيلق القدس"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2025-10-20"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCX")
