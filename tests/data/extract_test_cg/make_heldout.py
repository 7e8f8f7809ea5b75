"""Blind set CG: the militias, the strikes on them and the killed commanders: U.S. strikes on
Kataib Hezbollah and Kataib Sayyid al-Shuhada sites at Albukamal/al-Qaim (AP-style, June 2021),
Araghchi in Baghdad with Coordination Framework leaders (Asharq Al-Awsat-style, Oct 2024),
Hezbollah's losses in September 2024: Srour, Kaouk, Nasrallah, Aqil (Reuters-style), Hadi
al-Amiri receives the Iranian ambassador amid the PMF retirement-law row, Abu Fadak only tipped
to succeed al-Fayyadh (Baghdad Today-style, 2025), a Hamas delegation led by al-Hayya in Cairo
with Sinwar/Haniyeh/Deif background (AP-style, April 2025), Qaani tours quake-hit Aleppo
(Tasnim Arabic-style, Feb 2023).
Style: alternating en/ar; lists of leaders met; delegations; "X said it killed"; front-runner and
candidate (not successors); a representative sent instead of a meeting; negation; phone call.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it (see tests/data/extract_test_README.md). Run from the repo root:
    python tests/data/extract_test_cg/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_ch import ALL  # noqa: E402

HERE = Path(__file__).parent

Q, S, K = "person:esmail-qaani", "person:qasem-soleimani", "person:mustafa-al-kadhimi"
M, US, QF = "person:abu-mahdi-al-muhandis", "country:united-states", "organization:quds-force"
PMF, KH = "organization:popular-mobilization-forces", "organization:kataib-hezbollah"
KSS = "organization:kataib-sayyid-al-shuhada"
AMI, FAY = "person:hadi-al-amiri", "person:falih-al-fayyadh"
SUD, ARA = "person:mohammed-shia-al-sudani", "person:abbas-araghchi"
ISR, IDF = "country:israel", "organization:israel-defense-forces"
IRFM, HZB, HAM = "organization:iranian-foreign-ministry", "organization:hezbollah", "organization:hamas"
CF = "organization:coordination-framework"
FDK = "person:abdul-aziz-al-muhammadawi"

ARTICLES = [
    ("enCG1_border_strikes_kss", "en",
     "WASHINGTON/BAGHDAD (AP) \u2014 U.S. warplanes struck three operational and weapons storage "
     "sites used by Iran-backed militias near Albukamal in Syria and al-Qaim in Iraq on Sunday, "
     "the Pentagon said, in retaliation for drone attacks on American personnel. Pentagon press "
     "secretary John Kirby said the facilities were used by Kataib Hezbollah and Kataib Sayyid "
     "al-Shuhada, and that President Joe Biden had directed the strikes.\n"
     "The Popular Mobilization Forces said four of its fighters from the 14th Brigade, a "
     "formation drawn from Kataib Sayyid al-Shuhada, were killed, and vowed revenge. The group's "
     "secretary-general, Abu Alaa al-Walaei, told his followers on Twitter that the response "
     "\"will be painful.\"\n"
     "Prime Minister Moustafa al-Kadhimi's office condemned the strikes as a \"blatant violation "
     "of Iraqi sovereignty.\" Kadhimi, who has tried to rein in the factions since he succeeded "
     "Adel Abdul Mahdi last year, had received U.S. Central Command chief Gen. Kenneth McKenzie in "
     "Baghdad only weeks earlier.\n"
     "The militias have grown bolder since January 2020, when a U.S. drone strike killed Iran's "
     "Gen. Qassem Soleimani and PMF leader Abu Mahdi al-Muhandis. Kataib Hezbollah's spokesman "
     "Mohammed Mohi denied that the group had launched the drones.",
     [("ATTACKED", US, "location:albukamal", "U.S. warplanes struck", "2021-06-27"),
      ("ATTACKED", US, "location:al-qaim", "U.S. warplanes struck", "2021-06-27"),
      ("LOCATED_IN", "location:albukamal", "country:syria", "near Albukamal in Syria"),
      ("LOCATED_IN", "location:al-qaim", "country:iraq", "al-Qaim in Iraq"),
      ("ATTACKED", US, KH, "the facilities were used by", "2021-06-27"),
      ("ATTACKED", US, KSS, "the facilities were used by", "2021-06-27"),
      ("MEMBER_OF", "person:john-kirby", "organization:us-department-of-defense",
       "Pentagon press"),
      ("LEADS", "person:joe-biden", US, "President Joe Biden"),
      ("PART_OF", KSS, PMF, "a formation drawn from"),
      ("LEADS", "person:abu-alaa-al-walai", KSS, "secretary-general, Abu Alaa"),
      ("SUCCESSOR_OF", K, "person:adil-abdul-mahdi", "since he succeeded Adel", "2020-05"),
      ("MET_WITH", K, "person:kenneth-mckenzie", "had received U.S. Central Command chief"),
      ("LEADS", "person:kenneth-mckenzie", "organization:us-central-command",
       "had received U.S. Central Command chief"),
      ("VISITED", "person:kenneth-mckenzie", "location:baghdad", "McKenzie in Baghdad"),
      ("ASSASSINATED_BY", S, US, "a U.S. drone strike killed Iran's", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "a U.S. drone strike killed Iran's", "2020-01-03"),
      ("LEADS", M, PMF, "PMF leader Abu Mahdi"),
      ("MEMBER_OF", "person:mohammed-mohi", KH, "Kataib Hezbollah's spokesman"),
      ],
     {"source": "blind set (AP-style)", "published": "2021-06-28"}),

    ("arCG2_araghchi_baghdad_framework", "ar",
     "بغداد - «الشرق الأوسط»\n"
     "أجرى وزير الخارجية الإيراني عباس عراقجي في بغداد، الأحد، مباحثات مع رئيس الوزراء محمد شياع "
     "السوداني تناولت «مخاطر توسع الحرب» بعد التهديدات الإسرائيلية بضرب منشآت إيرانية، ضمن جولة "
     "إقليمية شملت الرياض والدوحة.\n"
     "وعقد عراقجي في مقر إقامته لقاءً مع قادة في «الإطار التنسيقي»، بينهم رئيس ائتلاف دولة القانون "
     "نوري المالكي والأمين العام لمنظمة بدر هادي العامري والأمين العام لعصائب أهل الحق قيس "
     "الخزعلي، فيما اكتفى زعيم تيار الحكمة عمار الحكيم بإيفاد ممثل عنه.\n"
     "وقال نظيره العراقي فؤاد حسين، في مؤتمر صحافي مشترك، إن بغداد «لن تسمح باستخدام أجوائها» لأي "
     "هجوم. كما التقى عراقجي نائب رئيس الوزراء وزير التخطيط محمد تميم.\n"
     "وتسلّم عراقجي حقيبة الخارجية في آب الماضي خلفاً لعلي باقري كني، الذي كان قد كُلّف بتسيير "
     "الوزارة بعد مقتل الوزير حسين أمير عبد اللهيان في تحطم مروحية الرئيس إبراهيم رئيسي في أيار.",
     [("LEADS", ARA, IRFM, "أجرى وزير الخارجية الإيراني"),
      ("VISITED", ARA, "location:baghdad", "عراقجي في بغداد", "2024-10-13"),
      ("MET_WITH", ARA, SUD, "مباحثات مع رئيس الوزراء", "2024-10-13"),
      ("VISITED", ARA, "location:riyadh", "شملت الرياض", "2024-10"),
      ("VISITED", ARA, "location:doha", "شملت الرياض", "2024-10"),
      ("MET_WITH", ARA, "person:nouri-al-maliki", "لقاءً مع قادة", "2024-10-13"),
      ("MET_WITH", ARA, AMI, "لقاءً مع قادة", "2024-10-13"),
      ("MET_WITH", ARA, "person:qais-al-khazali", "لقاءً مع قادة", "2024-10-13"),
      ("MEMBER_OF", "person:nouri-al-maliki", CF, "لقاءً مع قادة"),
      ("MEMBER_OF", AMI, CF, "لقاءً مع قادة"),
      ("MEMBER_OF", "person:qais-al-khazali", CF, "لقاءً مع قادة"),
      ("LEADS", "person:nouri-al-maliki", "organization:state-of-law-coalition",
       "رئيس ائتلاف دولة القانون"),
      ("LEADS", AMI, "organization:badr-organization", "والأمين العام لمنظمة بدر"),
      ("LEADS", "person:qais-al-khazali", "organization:asaib-ahl-al-haq", "والأمين العام لعصائب"),
      ("LEADS", "person:ammar-al-hakim", "organization:hikma-movement", "زعيم تيار الحكمة"),
      ("MET_WITH", ARA, "person:fuad-hussein", "في مؤتمر صحافي مشترك", "2024-10-13"),
      ("LEADS", "person:fuad-hussein", "organization:iraqi-foreign-ministry", "وقال نظيره العراقي"),
      ("MET_WITH", ARA, "person:mohammed-tamim", "كما التقى عراقجي", "2024-10-13"),
      ("MEMBER_OF", "person:mohammed-tamim", "organization:iraqi-government",
       "نائب رئيس الوزراء وزير التخطيط"),
      ("SUCCESSOR_OF", ARA, "person:ali-bagheri-kani", "خلفاً لعلي باقري", "2024-08"),
      ("SUCCESSOR_OF", "person:ali-bagheri-kani", "person:hossein-amir-abdollahian",
       "كُلّف بتسيير الوزارة", "2024-05"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2024-10-14"}),

    ("enCG3_hezbollah_commanders_sept", "en",
     "BEIRUT, Sept 29 (Reuters) - Hezbollah on Sunday confirmed the death of Nabil Kaouk, a member "
     "of its Central Council, a day after the Israeli military said it had killed him in an air "
     "strike on Beirut's southern suburbs, the latest in a string of senior figures lost in less "
     "than two weeks.\n"
     "On Thursday the Israeli army said it had killed Mohammed Srour, the commander of Hezbollah's "
     "aerial unit, in a strike on an apartment in Dahiyeh. Hezbollah confirmed his death but did "
     "not name a replacement. Srour, known as Abu Saleh, had run the group's drone programme.\n"
     "The killings culminated in Friday's Israeli strike on the group's headquarters that killed "
     "Secretary-General Hassan Nasrallah. Israeli military spokesman Daniel Hagari said Nasrallah "
     "was meeting other commanders, including southern front commander Ali Karaki, when the bunker "
     "was hit. Iran said Abbas Nilforoushan, a deputy commander in the Revolutionary Guards, was "
     "also killed in the Israeli strike.\n"
     "Radwan Force commander Ibrahim Aqil was killed on Sept. 20 in a strike Israel said targeted "
     "a meeting of the unit's leaders. Hezbollah has not said who will lead the group after "
     "Nasrallah; Hashem Safieddine, who heads its Executive Council, is widely seen as the "
     "front-runner.",
     [("ASSASSINATED_BY", "person:nabil-qaouk", IDF, "the Israeli military said it had killed him",
       "2024-09-28"),
      ("MEMBER_OF", "person:nabil-qaouk", "organization:hezbollah-central-council",
       "a member of its Central Council"),
      ("ATTACKED", IDF, "location:dahiyeh", "strike on Beirut's southern suburbs", "2024-09-28"),
      ("ASSASSINATED_BY", "person:mohammed-srour", IDF, "the Israeli army said it had killed",
       "2024-09-26"),
      ("MEMBER_OF", "person:mohammed-srour", HZB, "the commander of Hezbollah's aerial unit"),
      ("ASSASSINATED_BY", "person:hassan-nasrallah", ISR, "Friday's Israeli strike", "2024-09-27"),
      ("LEADS", "person:hassan-nasrallah", HZB, "Secretary-General Hassan"),
      ("MEMBER_OF", "person:daniel-hagari", IDF, "Israeli military spokesman"),
      ("MET_WITH", "person:hassan-nasrallah", "person:ali-karaki", "was meeting other commanders",
       "2024-09-27"),
      ("ASSASSINATED_BY", "person:abbas-nilforoushan", ISR, "also killed in the Israeli strike",
       "2024-09-27"),
      ("MEMBER_OF", "person:abbas-nilforoushan", "organization:irgc",
       "a deputy commander in the Revolutionary Guards"),
      ("ASSASSINATED_BY", "person:ibrahim-aqil", ISR, "in a strike Israel said targeted",
       "2024-09-20"),
      ("LEADS", "person:ibrahim-aqil", "organization:radwan-force", "Radwan Force commander"),
      ("LEADS", "person:hashem-safieddine", "organization:hezbollah-executive-council",
       "who heads its Executive Council"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-09-29"}),

    ("arCG4_amiri_pmf_retirement", "ar",
     "بغداد - «بغداد اليوم»\n"
     "استقبل الأمين العام لمنظمة بدر هادي العامري، السبت، السفير الإيراني لدى العراق محمد كاظم آل "
     "صادق، وبحثا «مستجدات قانون الحشد الشعبي» الذي يواجه اعتراضاً أميركياً، بحسب بيان لمكتب "
     "العامري.\n"
     "ويأتي اللقاء فيما يتصاعد الجدل حول مشروع قانون الخدمة والتقاعد لهيئة الحشد، الذي يفرض سن "
     "تقاعد قد يطيح برئيس الهيئة فالح الفياض. وتتداول أوساط سياسية اسم رئيس أركان الهيئة عبد العزيز "
     "المحمداوي «أبو فدك» مرشحاً لخلافة الفياض، إلا أن المحمداوي لم يعلّق على ذلك.\n"
     "وكان المحمداوي، القيادي في كتائب حزب الله، قد خلف أبا مهدي المهندس في رئاسة أركان الحشد مطلع "
     "عام 2020، بعد أسابيع على اغتيال المهندس وقائد فيلق القدس الإيراني قاسم سليماني بضربة أميركية "
     "قرب مطار بغداد. ونفت الكتائب حينها أن تكون طهران قد فرضت اسمه.\n"
     "من جهته، التقى الفياض مساء الأحد الممثل الخاص للأمين العام للأمم المتحدة محمد الحسان، فيما "
     "أجرى رئيس الوزراء محمد شياع السوداني اتصالاً هاتفياً بوزير الخارجية الأميركي ماركو روبيو "
     "لمناقشة القانون نفسه.",
     [("LEADS", AMI, "organization:badr-organization", "استقبل الأمين العام لمنظمة بدر"),
      ("MET_WITH", AMI, "person:mohammad-kazem-al-e-sadegh", "استقبل الأمين العام لمنظمة بدر"),
      ("LEADS", FAY, PMF, "برئيس الهيئة فالح"),
      ("MEMBER_OF", FDK, PMF, "رئيس أركان الهيئة عبد العزيز"),
      ("MEMBER_OF", FDK, KH, "القيادي في كتائب حزب الله"),
      ("SUCCESSOR_OF", FDK, M, "قد خلف أبا مهدي", "2020-02"),
      ("ASSASSINATED_BY", M, US, "بضربة أميركية", "2020-01-03"),
      ("ASSASSINATED_BY", S, US, "بضربة أميركية", "2020-01-03"),
      ("LEADS", S, QF, "وقائد فيلق القدس الإيراني"),
      ("MET_WITH", FAY, "person:mohammed-al-hassan", "التقى الفياض مساء الأحد"),
      ("LEADS", "person:marco-rubio", "organization:us-state-department",
       "بوزير الخارجية الأميركي"),
      ],
     {"source": "blind set (Baghdad Today-style)", "published": "2025-07-20"}),

    ("enCG5_hamas_cairo_hayya", "en",
     "CAIRO, April 13 (AP) \u2014 A Hamas delegation led by its Gaza chief Khalil al-Hayya held "
     "talks in Cairo on Saturday with Egypt's intelligence chief, Hassan Rashad, on a new proposal "
     "to restore the ceasefire in Gaza, two Egyptian officials said.\n"
     "The delegation also included Zaher Jabarin, who oversees the group's West Bank affairs, and "
     "politburo member Nizar Awadallah. They did not meet Israeli negotiators, who were not in "
     "Cairo, the officials said, speaking on condition of anonymity.\n"
     "Hamas has been run by a five-member leadership council since Israeli troops killed Yahya "
     "Sinwar in Rafah in October. Sinwar had been named in August to succeed Ismail Haniyeh, who "
     "was killed in a blast at a guesthouse in Tehran. In December, Israeli Defense Minister "
     "Israel Katz said for the first time that Israel had killed Haniyeh.\n"
     "Israel has also said it killed Qassam Brigades commander Mohammed Deif in a July strike in "
     "Khan Younis. Hamas official Osama Hamdan told Al Jazeera the group was ready to free all "
     "hostages \"in a serious deal\" that ends the war.",
     [("MEMBER_OF", "person:khalil-al-hayya", HAM, "A Hamas delegation led by"),
      ("MET_WITH", "person:khalil-al-hayya", "person:hassan-rashad", "talks in Cairo on Saturday",
       "2025-04-12"),
      ("VISITED", "person:khalil-al-hayya", "location:cairo", "talks in Cairo on Saturday",
       "2025-04-12"),
      ("LEADS", "person:hassan-rashad", "organization:egyptian-general-intelligence",
       "Egypt's intelligence chief"),
      ("MET_WITH", "person:zaher-jabarin", "person:hassan-rashad", "The delegation also included",
       "2025-04-12"),
      ("MET_WITH", "person:nizar-awadallah", "person:hassan-rashad",
       "The delegation also included", "2025-04-12"),
      ("MEMBER_OF", "person:zaher-jabarin", HAM, "The delegation also included"),
      ("MEMBER_OF", "person:nizar-awadallah", HAM, "politburo member Nizar"),
      ("ASSASSINATED_BY", "person:yahya-sinwar", IDF, "Israeli troops killed Yahya", "2024-10-16"),
      ("SUCCESSOR_OF", "person:yahya-sinwar", "person:ismail-haniyeh", "to succeed Ismail",
       "2024-08-06"),
      ("ASSASSINATED_BY", "person:ismail-haniyeh", ISR, "that Israel had killed Haniyeh",
       "2024-07-31"),
      ("ASSASSINATED_BY", "person:mohammed-deif", ISR, "Israel has also said it killed",
       "2024-07-13"),
      ("LEADS", "person:mohammed-deif", "organization:qassam-brigades", "Qassam Brigades commander"),
      ("ATTACKED", ISR, "location:khan-younis", "in a July strike in Khan Younis", "2024-07-13"),
      ("MEMBER_OF", "person:osama-hamdan", HAM, "Hamas official Osama"),
      ("REPORTED_BY", "person:osama-hamdan", "outlet:al-jazeera", "told Al Jazeera"),
      ],
     {"source": "blind set (AP-style)", "published": "2025-04-13"}),

    ("arCG6_qaani_aleppo_quake", "ar",
     "دمشق - «تسنيم»\n"
     "تفقّد قائد فيلق القدس في الحرس الثوري الإيراني العميد إسماعيل قاآني، الأربعاء، المناطق المنكوبة "
     "بالزلزال في مدينة حلب شمالي سوريا، في زيارة لم يُعلن عنها مسبقاً.\n"
     "والتقى قاآني محافظ حلب حسين دياب، وزار مراكز إيواء المتضررين، يرافقه السفير الإيراني في دمشق "
     "حسين أكبري. وقال دياب إن المساعدات الإيرانية «وصلت منذ الساعات الأولى».\n"
     "ولم يلتقِ قاآني خلال الزيارة الرئيس السوري بشار الأسد، الذي كان قد استقبل قبل يومين وزير "
     "الخارجية الإيراني حسين أمير عبد اللهيان في دمشق.\n"
     "ويتولى قاآني قيادة الفيلق منذ اغتيال سلفه قاسم سليماني بغارة أميركية على طريق مطار بغداد مطلع "
     "2020، وهي غارة أمر بها الرئيس الأميركي آنذاك دونالد ترامب وقُتل فيها أيضاً أبو مهدي المهندس. "
     "ويرى مراقبون أن قاآني يفتقر إلى العلاقات الشخصية التي نسجها سليماني مع القيادة السورية.",
     [("LEADS", Q, QF, "تفقّد قائد فيلق القدس"),
      ("PART_OF", QF, "organization:irgc", "فيلق القدس في الحرس الثوري"),
      ("VISITED", Q, "location:aleppo", "بالزلزال في مدينة حلب", "2023-02"),
      ("LOCATED_IN", "location:aleppo", "country:syria", "مدينة حلب شمالي سوريا"),
      ("MET_WITH", Q, "person:hussein-diab", "والتقى قاآني محافظ حلب", "2023-02"),
      ("LEADS", "person:bashar-al-assad", "country:syria", "الرئيس السوري بشار"),
      ("MET_WITH", "person:bashar-al-assad", "person:hossein-amir-abdollahian",
       "الذي كان قد استقبل قبل يومين", "2023-02"),
      ("LEADS", "person:hossein-amir-abdollahian", "organization:iranian-foreign-ministry",
       "الخارجية الإيراني حسين"),
      ("VISITED", "person:hossein-amir-abdollahian", "location:damascus", "عبد اللهيان في دمشق",
       "2023-02"),
      ("SUCCESSOR_OF", Q, S, "منذ اغتيال سلفه", "2020-01"),
      ("ASSASSINATED_BY", S, US, "بغارة أميركية على طريق", "2020-01-03"),
      ("ASSASSINATED_BY", S, "person:donald-trump", "أمر بها الرئيس الأميركي", "2020-01-03"),
      ("ASSASSINATED_BY", M, US, "وقُتل فيها أيضاً", "2020-01-03"),
      ("ASSASSINATED_BY", M, "person:donald-trump", "وقُتل فيها أيضاً", "2020-01-03"),
      ("LEADS", "person:donald-trump", US, "أمر بها الرئيس الأميركي"),
      ],
     {"source": "blind set (Tasnim Arabic-style)", "published": "2023-02-15"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setCG")
