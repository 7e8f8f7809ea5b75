"""Blind set SC: Turkey and the Kurds, 1999-2023 (first folder of SC-SD): Abdullah Ocalan's capture in
Nairobi (February 1999), Erdogan's reception of Masoud Barzani in Diyarbakir (November 2013), the killing of
the PKK's Sinjar commander Ismail Ozden in a joint operation of the Turkish army and MIT (August 2018),
Barham Salih's election to succeed Fuad Masum (October 2018), the drone strike near Sulaymaniyah airport
while Mazloum Abdi was there (April 2023) and the Turkish drone strike that killed the YPJ commander Jiyan
Tolhildan near Qamishli (July 2022), as a US wire writes it in English (AP-like: "ANKARA, Turkey (AP) —"),
a pan-Arab daily in Arabic (Asharq al-Awsat-like: "ديار بكر: «الشرق الأوسط»", "أمس"), a Turkish daily in
English (Hurriyet Daily News-like: "neutralized", "so-called", "the outlawed PKK"), a Kurdish TV site in
Arabic (Rudaw-like: "روداو - أربيل", "كاك"), a wire in English (Reuters-like: "SULAIMANIYA, Iraq, April 8
(Reuters) -") and the SDF-aligned agency in Arabic (Hawar/ANHA-like: "جيش الاحتلال التركي", "مرتزقة").
Pieces: Turkish forces capture Ocalan; Kenya's foreign minister Godana had met the Greek ambassador
Costoulas; Ecevit met Demirel before his address (English, SC1); Erdogan receives Masoud Barzani in
Diyarbakir with Davutoglu and Fidan present, Nechirvan Barzani accompanying the guest (Arabic, SC2); the
Turkish army and MIT kill Ismail Ozden; Akar meets Guler (English, SC3); Salih elected to succeed Masum, who
had succeeded Talabani; Salih meets Abdul-Mahdi in the presence of Abadi and Halbousi (Arabic, SC4); Abdi
had talks with Bafel Talabani before the strike; Cavusoglu had met Sudani in Baghdad (English, SC5); a
drone "of the Turkish occupation army" kills Tolhildan, Roj Khabour and Barin Botan; Abdi had met Kurilla
in the presence of Ilham Ahmed (Arabic, SC6).
Excluded on purpose (no relation): Ocalan's stay at the Greek residence (no meeting stated), the protests
(SC1); Demirtas, who criticised the visit; Ocalan's message from prison; Erdogan and Barzani on the stage
with the singers (no meeting with the singers) (SC2); the five unnamed militants; Cavusoglu's phone call
with Jaafari; ANF, which did not name the agent (SC3); Erdogan's congratulation call to Salih; the
cancelled meeting of Masoud Barzani with a PUK delegation; Talabani's death (no killing) (SC4); the strike
itself (a failed attempt, the agent only blamed by the SDF and Rashid); Cavusoglu's accusation (SC5); the
fourth, wounded fighter (SC6).
Judgement calls: "Turkish special forces captured" is a capture, not a killing (SC1); "accompanied by"
(«ورافق بارزاني ... رئيس حكومة الإقليم») a member of the guest's delegation is paired with the host only;
the two attendees «بحضور» are paired with both principals and with each other (they attend together)
(SC2, SC4); "killed in a joint cross-border operation by the Turkish Armed Forces and the National
Intelligence Organization" gives the victim -> both bodies (SC3); "Ismail Ozden ... has been killed" is
the killing (the later "neutralized" is Erdogan's word for it); "ويخلف صالح" and "خلفاً للرئيس الراحل"
are successions (SC4); "had held talks with" is a meeting (SC5); "مسيّرة تابعة لجيش الاحتلال التركي"
gives each named victim -> organization:turkish-armed-forces (the drone is the army's) (SC6); a president or
prime minister LEADS his country; the head of a region LEADS location:kurdistan-region (SC2).
Filled in for the exercise: Godana's meeting with Costoulas on the Monday, Ecevit's meeting with Demirel
(SC1); the presence of Davutoglu and Fidan, the venue of the meeting (SC2); the memorial ceremony, the
bounty, Akar's meeting with Guler and Cavusoglu's call with Jaafari (SC3); the cancelled Barzani meeting,
the vote counts of the second round (SC4); Shami's statement on the talks with Bafel Talabani,
Cavusoglu's March visit to Baghdad (SC5); the place of the strike, the wounded fighter, Abdi's meeting
with Kurilla and Ilham Ahmed's presence (SC6).
Spellings: "Abdullah Ocalan", "Bulent Ecevit" (SC1); "أردوغان", "مسعود بارزاني", "نيجيرفان بارزاني", "هاكان
فيدان" (SC2); "İsmail Özden", "Zeki Şengali", "Yaşar Güler", "Mevlüt Çavuşoğlu" (SC3); "برهم صالح", "فؤاد
معصوم", "مام جلال" (SC4); "Mazloum Abdi", "Sulaimaniya", "Bafel Talabani" (SC5); "مظلوم عبدي", "جيان
تولهلدان", "مايكل إريك كوريلا" (SC6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_sd import ALL  # noqa: E402

HERE = Path(__file__).parent

TURKEY, IRAQ = "country:turkey", "country:iraq"
KRD, DIYARBAKIR = "location:kurdistan-region", "location:diyarbakir"
PKK, SDF, YPJ, SDC, PUK, KDP, KRG, BDP = (
    "organization:pkk", "organization:syrian-democratic-forces", "organization:ypj",
    "organization:syrian-democratic-council", "organization:patriotic-union-of-kurdistan",
    "organization:kurdistan-democratic-party", "organization:kurdistan-regional-government",
    "organization:peace-and-democracy-party")
MIT, TSK, TDM, TFM, IRQPARL, CENTCOM = (
    "organization:turkish-national-intelligence-organization", "organization:turkish-armed-forces",
    "organization:turkish-defence-ministry", "organization:turkish-foreign-ministry",
    "organization:iraqi-parliament", "organization:us-central-command")
OCALAN, KARAYILAN, BAYIK, OZDEN = ("person:abdullah-ocalan", "person:murat-karayilan", "person:cemil-bayik",
                                   "person:ismail-ozden")
ABDI, ILHAM, SHAMI, TOLHILDAN, KHABOUR, BOTAN = (
    "person:mazloum-abdi", "person:ilham-ahmed", "person:farhad-shami", "person:jiyan-tolhildan",
    "person:roj-khabour", "person:barin-botan")
MASOUD, NECHIRVAN, JTALABANI, BAFEL, SALIH, MASUM, RASHID, FHUSSEIN = (
    "person:masoud-barzani", "person:nechirvan-barzani", "person:jalal-talabani", "person:bafel-talabani",
    "person:barham-salih", "person:fuad-masum", "person:abdul-latif-rashid", "person:fuad-hussein")
ABDULMAHDI, ABADI, HALBOUSI, SUDANI = ("person:adil-abdul-mahdi", "person:haider-al-abadi",
                                       "person:mohammed-al-halbousi", "person:mohammed-shia-al-sudani")
ERDOGAN, ECEVIT, DEMIREL, DAVUTOGLU, FIDAN, CAVUSOGLU, AKAR, GULER, DEMIRTAS = (
    "person:recep-tayyip-erdogan", "person:bulent-ecevit", "person:suleyman-demirel", "person:ahmet-davutoglu",
    "person:hakan-fidan", "person:mevlut-cavusoglu", "person:hulusi-akar", "person:yasar-guler",
    "person:selahattin-demirtas")
GODANA, COSTOULAS, KURILLA = "person:bonaya-godana", "person:george-costoulas", "person:michael-kurilla"

AP = "blind set (US news wire, English, AP-like)"
ASHARQ = "blind set (pan-Arab daily, Arabic, Asharq al-Awsat-like)"
HURRIYET = "blind set (Turkish daily, English edition, Hurriyet Daily News-like)"
RUDAW = "blind set (Kurdish TV news site, Arabic service, Rudaw-like)"
REUTERS = "blind set (international news wire, English, Reuters-like)"
HAWAR = "blind set (north-east Syrian news agency, Arabic, Hawar/ANHA-like)"

ARTICLES = [
    ("enSC1_ocalan_captured_nairobi_ap", "en",
     "Turkey captures Kurdish rebel leader Ocalan in Kenya\n"
     "ANKARA, Turkey (AP) — Turkish special forces captured Kurdish rebel leader Abdullah Ocalan in Kenya and "
     "flew him home to stand trial, Prime Minister Bulent Ecevit announced Tuesday in a brief televised "
     "address.\n"
     "Ocalan, the 50-year-old chief of the outlawed Kurdistan Workers' Party, or PKK, had spent 12 days at "
     "the Greek ambassador's residence in Nairobi. He was seized Monday night after leaving the compound in a "
     "car that Kenyan officials said was taking him to the airport.\n"
     "Kenya's foreign minister, Bonaya Godana, said he had met the Greek envoy, Ambassador George Costoulas, "
     "on Monday and demanded that the rebel chief leave the country at once. Athens insisted Ocalan had left "
     "the residence of his own free will.\n"
     "Ecevit, who met President Suleyman Demirel at the Cankaya palace an hour before the address, said no "
     "deal had been struck with any country. Ocalan was being held on Imrali, a prison island in the Sea of "
     "Marmara, officials said.\n"
     "The rebels' presidential council, whose members include Cemil Bayik and Murat Karayilan, vowed "
     "revenge, and Kurdish protesters occupied Greek embassies and consulates in more than a dozen European "
     "cities.\n"
     "Turkey blames the PKK for the deaths of more than 30,000 people since the group took up arms for "
     "Kurdish self-rule in 1984.",
     [("LEADS", ECEVIT, TURKEY, "Prime Minister Bulent Ecevit announced"),
      ("LEADS", OCALAN, PKK, "the 50-year-old chief of the outlawed Kurdistan Workers' Party"),
      ("MET_WITH", GODANA, COSTOULAS, "said he had met the Greek envoy", "1999-02-15"),
      ("MET_WITH", ECEVIT, DEMIREL, "who met President Suleyman Demirel", "1999-02-16"),
      ("LEADS", DEMIREL, TURKEY, "President Suleyman Demirel at the Cankaya"),
      ("MEMBER_OF", BAYIK, PKK, "whose members include Cemil Bayik"),
      ("MEMBER_OF", KARAYILAN, PKK, "and Murat Karayilan, vowed"),
      ],
     {"source": AP, "published": "1999-02-16"}),

    ("arSC2_erdogan_barzani_diyarbakir_asharq", "ar",
     "أردوغان يستقبل بارزاني في ديار بكر في زيارة «تاريخية»\n"
     "ديار بكر: «الشرق الأوسط»\n"
     "استقبل رئيس الوزراء التركي رجب طيب أردوغان، أمس، رئيس إقليم كردستان العراق مسعود بارزاني في مدينة ديار "
     "بكر، كبرى مدن جنوب شرقي تركيا ذات الغالبية الكردية، في أول زيارة يقوم بها بارزاني إلى المدينة منذ أكثر "
     "من عشرين عاماً.\n"
     "وعقد الجانبان اجتماعاً مغلقاً في مقر الولاية بحضور وزير الخارجية أحمد داود أوغلو ورئيس جهاز الاستخبارات "
     "هاكان فيدان، تناول عملية السلام مع حزب العمال الكردستاني وتصدير نفط الإقليم عبر الأراضي التركية.\n"
     "ورافق بارزاني في زيارته ابن أخيه رئيس حكومة الإقليم نيجيرفان بارزاني.\n"
     "ثم اعتلى أردوغان وضيفه منصة مهرجان جماهيري أحياه الفنانان شفان برور وإبراهيم تاتليسس، وشاركا في حفل "
     "زفاف جماعي لنحو ثلاثمئة عروسين.\n"
     "وقال أردوغان في كلمته: «أخي العزيز بارزاني هنا اليوم ليقول نعم للسلام»، فيما دعا الزعيم الكردي أكراد "
     "تركيا إلى دعم العملية، مؤكداً أن «زمن السلاح قد ولّى».\n"
     "في المقابل، انتقد الرئيس المشارك لحزب السلام والديمقراطية صلاح الدين دميرطاش الزيارة، معتبراً أنها "
     "«استعراض انتخابي» قبيل الانتخابات المحلية، وامتنع الحزب عن المشاركة في المهرجان.\n"
     "وكان زعيم حزب العمال الكردستاني المعتقل عبد الله أوجلان قد وجّه في مارس (آذار) الماضي رسالة من سجنه في "
     "جزيرة إيمرالي دعا فيها مقاتليه إلى الانسحاب من الأراضي التركية.",
     [("MET_WITH", ERDOGAN, MASOUD, "رئيس إقليم كردستان العراق مسعود بارزاني في مدينة", "2013-11-16"),
      ("MET_WITH", DAVUTOGLU, ERDOGAN, "بحضور وزير الخارجية أحمد داود أوغلو", "2013-11-16"),
      ("MET_WITH", DAVUTOGLU, MASOUD, "وعقد الجانبان اجتماعاً مغلقاً", "2013-11-16"),
      ("MET_WITH", FIDAN, ERDOGAN, "ورئيس جهاز الاستخبارات", "2013-11-16"),
      ("MET_WITH", FIDAN, MASOUD, "هاكان فيدان، تناول", "2013-11-16"),
      ("MET_WITH", DAVUTOGLU, FIDAN, "مغلقاً في مقر الولاية", "2013-11-16"),
      ("MET_WITH", NECHIRVAN, ERDOGAN, "ورافق بارزاني في زيارته", "2013-11-16"),
      ("LEADS", ERDOGAN, TURKEY, "رئيس الوزراء التركي رجب طيب أردوغان"),
      ("LEADS", MASOUD, KRD, "رئيس إقليم كردستان العراق"),
      ("LEADS", NECHIRVAN, KRG, "رئيس حكومة الإقليم نيجيرفان"),
      ("LEADS", FIDAN, MIT, "رئيس جهاز الاستخبارات"),
      ("LEADS", DEMIRTAS, BDP, "الرئيس المشارك لحزب السلام والديمقراطية"),
      ("LEADS", OCALAN, PKK, "زعيم حزب العمال الكردستاني المعتقل"),
      ("VISITED", MASOUD, DIYARBAKIR, "في أول زيارة يقوم بها بارزاني"),
      ],
     {"source": ASHARQ, "published": "2013-11-17"}),

    ("enSC3_mit_tsk_kill_ozden_sinjar_hurriyet", "en",
     "Senior PKK figure 'neutralized' in Sinjar, Erdoğan says\n"
     "ANKARA\n"
     "A senior figure of the outlawed PKK, İsmail Özden, code-named \"Zeki Şengali,\" has been killed in a "
     "joint cross-border operation by the Turkish Armed Forces and the National Intelligence Organization (MIT) "
     "in northern Iraq's Sinjar region, President Recep Tayyip Erdoğan announced on Aug. 15.\n"
     "\"We neutralized one of the so-called top executives of the separatist terrorist organization,\" "
     "Erdoğan said in a speech in Ankara.\n"
     "Özden, a member of the group's so-called executive council, was hit as he returned by car from a "
     "memorial ceremony in Kocho village, security sources said. He had run the PKK's activities in Sinjar "
     "since 2014 and was on the Interior Ministry's red wanted list with a bounty of 4 million liras.\n"
     "Five other militants traveling in the convoy were also \"rendered ineffective,\" the military said.\n"
     "Defense Minister Hulusi Akar met with Chief of General Staff Gen. Yaşar Güler and force commanders at "
     "the ministry in the evening to review the cross-border operations, the ministry said.\n"
     "The operation came days after Foreign Minister Mevlüt Çavuşoğlu discussed the PKK presence in Sinjar "
     "with his Iraqi counterpart, Ibrahim al-Jaafari, in a phone call.\n"
     "The PKK-affiliated Fırat News Agency confirmed Özden's death without saying who had carried out the "
     "strike. Ankara has vowed not to let Sinjar become \"a second Qandil,\" where the group's leadership, "
     "including Murat Karayılan and Cemil Bayık, is based.",
     [("ASSASSINATED_BY", OZDEN, TSK, "joint cross-border operation by the Turkish Armed Forces", "2018-08-15"),
      ("ASSASSINATED_BY", OZDEN, MIT, "National Intelligence Organization (MIT)", "2018-08-15"),
      ("MEMBER_OF", OZDEN, PKK, "A senior figure of the outlawed PKK"),
      ("LEADS", ERDOGAN, TURKEY, "President Recep Tayyip Erdoğan announced"),
      ("MET_WITH", AKAR, GULER, "met with Chief of General Staff", "2018-08-15"),
      ("LEADS", AKAR, TDM, "Defense Minister Hulusi Akar"),
      ("LEADS", GULER, TSK, "Chief of General Staff Gen. Yaşar Güler"),
      ("LEADS", CAVUSOGLU, TFM, "Foreign Minister Mevlüt Çavuşoğlu"),
      ("MEMBER_OF", KARAYILAN, PKK, "including Murat Karayılan"),
      ("MEMBER_OF", BAYIK, PKK, "and Cemil Bayık, is based"),
      ],
     {"source": HURRIYET, "published": "2018-08-16"}),

    ("arSC4_salih_elected_president_rudaw", "ar",
     "برهم صالح رئيساً لجمهورية العراق وعادل عبد المهدي مكلفاً بتشكيل الحكومة\n"
     "روداو - أربيل\n"
     "انتخب مجلس النواب العراقي، مساء الثلاثاء، مرشح الاتحاد الوطني الكوردستاني الدكتور برهم صالح رئيساً "
     "لجمهورية العراق، بعد حصوله على 219 صوتاً في الجولة الثانية من التصويت، مقابل 22 صوتاً لمرشح الحزب "
     "الديمقراطي الكوردستاني فؤاد حسين.\n"
     "ويخلف صالح الرئيس المنتهية ولايته فؤاد معصوم، الذي تولى المنصب عام 2014 خلفاً للرئيس الراحل جلال "
     "طالباني.\n"
     "وبعد ساعات من أدائه اليمين الدستورية، التقى صالح القيادي عادل عبد المهدي في مبنى البرلمان وكلّفه "
     "بتشكيل الحكومة الجديدة، بحضور رئيس الوزراء المنتهية ولايته حيدر العبادي ورئيس مجلس النواب محمد "
     "الحلبوسي.\n"
     "وقاطع نواب الحزب الديمقراطي جلسة الجولة الثانية، وقال الحزب في بيان إن «الآلية التي اتبعت في انتخاب رئيس "
     "الجمهورية مخالفة للعرف المتبع».\n"
     "وتلقى الرئيس الجديد اتصالاً هاتفياً من الرئيس التركي رجب طيب أردوغان هنأه فيه بانتخابه.\n"
     "وكان من المقرر أن يستقبل الرئيس مسعود بارزاني وفداً من الاتحاد الوطني في أربيل مساء الأربعاء، إلا أن "
     "اللقاء أُلغي.\n"
     "ويعد صالح (58 عاماً) من أبرز قيادات الاتحاد الوطني، وكان قد ترك الحزب بعد رحيل مام جلال في برلين في "
     "تشرين الأول 2017 وأسس «التحالف من أجل الديمقراطية والعدالة»، قبل أن يعود إليه الشهر الماضي.",
     [("SUCCESSOR_OF", SALIH, MASUM, "ويخلف صالح الرئيس المنتهية ولايته", "2018-10-02"),
      ("SUCCESSOR_OF", MASUM, JTALABANI, "خلفاً للرئيس الراحل جلال", "2014-07-24"),
      ("MEMBER_OF", SALIH, PUK, "مرشح الاتحاد الوطني الكوردستاني الدكتور"),
      ("MEMBER_OF", FHUSSEIN, KDP, "الديمقراطي الكوردستاني فؤاد حسين"),
      ("LEADS", SALIH, IRAQ, "رئيساً لجمهورية العراق، بعد"),
      ("MET_WITH", SALIH, ABDULMAHDI, "التقى صالح القيادي عادل عبد المهدي", "2018-10-02"),
      ("MET_WITH", ABADI, SALIH, "رئيس الوزراء المنتهية ولايته حيدر العبادي", "2018-10-02"),
      ("MET_WITH", ABADI, ABDULMAHDI, "بحضور رئيس الوزراء", "2018-10-02"),
      ("MET_WITH", HALBOUSI, SALIH, "ورئيس مجلس النواب محمد", "2018-10-02"),
      ("MET_WITH", HALBOUSI, ABDULMAHDI, "في مبنى البرلمان وكلّفه", "2018-10-02"),
      ("MET_WITH", ABADI, HALBOUSI, "بتشكيل الحكومة الجديدة، بحضور", "2018-10-02"),
      ("LEADS", HALBOUSI, IRQPARL, "النواب محمد الحلبوسي"),
      ("LEADS", ERDOGAN, TURKEY, "الرئيس التركي رجب طيب أردوغان هنأه"),
      ],
     {"source": RUDAW, "published": "2018-10-02"}),

    ("enSC5_sulaimaniya_drone_abdi_reuters", "en",
     "Drone strike near Iraq's Sulaimaniya airport as Syrian Kurdish commander was there - SDF\n"
     "SULAIMANIYA, Iraq, April 8 (Reuters) - A drone strike hit the perimeter of Sulaimaniya international "
     "airport in Iraq's Kurdistan region on Friday while the commander of the U.S.-backed Syrian Democratic "
     "Forces, Mazloum Abdi, was there, the SDF said, blaming Turkey for the attack.\n"
     "Abdi was unhurt, as were three U.S. military personnel travelling with him, a U.S. official said on "
     "condition of anonymity.\n"
     "SDF spokesman Farhad Shami said Abdi had held talks in the city with Bafel Talabani, head of the "
     "Patriotic Union of Kurdistan (PUK), which controls Sulaimaniya, before heading to the airport. The PUK "
     "did not comment.\n"
     "Turkey's defence ministry declined to comment. Ankara, which regards the SDF as an extension of the "
     "outlawed Kurdistan Workers Party (PKK), closed its airspace to flights from Sulaimaniya on Monday, "
     "citing increased PKK activity in the province.\n"
     "Iraqi President Abdul Latif Rashid, a veteran PUK politician, condemned what he called a Turkish "
     "bombardment and said it had no legal justification.\n"
     "Turkish Foreign Minister Mevlut Cavusoglu had accused the PUK of being under the control of the PKK "
     "during a visit to Baghdad last month, where he met Prime Minister Mohammed Shia al-Sudani.\n"
     "Turkey has carried out frequent drone strikes on suspected PKK targets in northern Iraq and in SDF-held "
     "northeast Syria.",
     [("LEADS", ABDI, SDF, "the commander of the U.S.-backed Syrian Democratic"),
      ("MEMBER_OF", SHAMI, SDF, "SDF spokesman Farhad Shami"),
      ("MET_WITH", ABDI, BAFEL, "had held talks in the city with Bafel Talabani", "2023-04-07"),
      ("LEADS", BAFEL, PUK, "head of the Patriotic Union of Kurdistan"),
      ("LEADS", RASHID, IRAQ, "Iraqi President Abdul Latif Rashid"),
      ("MEMBER_OF", RASHID, PUK, "a veteran PUK politician"),
      ("LEADS", CAVUSOGLU, TFM, "Turkish Foreign Minister Mevlut Cavusoglu"),
      ("MET_WITH", CAVUSOGLU, SUDANI, "where he met Prime Minister"),
      ("LEADS", SUDANI, IRAQ, "Prime Minister Mohammed Shia al-Sudani"),
      ],
     {"source": REUTERS, "published": "2023-04-08"}),

    ("arSC6_tolhildan_killed_qamishli_hawar", "ar",
     "استشهاد القيادية جيان تولهلدان ومقاتلتين باستهداف مسيّرة تركية في ريف قامشلو\n"
     "قامشلو - ANHA\n"
     "استشهدت القيادية في وحدات حماية المرأة وقوات سوريا الديمقراطية جيان تولهلدان، إلى جانب المقاتلتين روج "
     "خابور وبارين بوطان، مساء الجمعة، جراء استهداف طائرة مسيّرة تابعة لجيش الاحتلال التركي سيارة كانت تقلّهن "
     "على طريق قرية جيلو بريف قامشلو.\n"
     "وأفاد مراسل وكالتنا بأن المسيّرة أطلقت صاروخين على السيارة ما أدى إلى احتراقها بالكامل، وإصابة مقاتلة "
     "رابعة بجروح.\n"
     "وقالت القيادة العامة لقوات سوريا الديمقراطية في بيان إن الشهيدة تولهلدان كانت من أبرز القياديات في الحرب "
     "ضد مرتزقة داعش، وقادت وحدات المرأة في حملة تحرير الرقة.\n"
     "من جهته، قال القائد العام لقسد مظلوم عبدي إن «دولة الاحتلال التركي تستهدف قياداتنا التي حاربت الإرهاب "
     "نيابة عن العالم»، مطالباً التحالف الدولي بموقف واضح.\n"
     "وكان عبدي قد التقى، الأربعاء الماضي في الحسكة، قائد القيادة المركزية الأمريكية الجنرال مايكل إريك كوريلا، "
     "بحضور رئيسة الهيئة التنفيذية لمجلس سوريا الديمقراطية إلهام أحمد، وبحث معه التهديدات التركية بشن هجوم "
     "جديد على مناطق شمال وشرق سوريا.\n"
     "وتأتي هذه الجريمة في إطار سلسلة هجمات بالمسيّرات نفذها جيش الاحتلال التركي منذ مطلع العام.",
     [("ASSASSINATED_BY", TOLHILDAN, TSK, "مسيّرة تابعة لجيش الاحتلال التركي", "2022-07-22"),
      ("ASSASSINATED_BY", KHABOUR, TSK, "إلى جانب المقاتلتين روج", "2022-07-22"),
      ("ASSASSINATED_BY", BOTAN, TSK, "وبارين بوطان، مساء الجمعة", "2022-07-22"),
      ("MEMBER_OF", TOLHILDAN, YPJ, "القيادية في وحدات حماية المرأة"),
      ("LEADS", ABDI, SDF, "القائد العام لقسد مظلوم عبدي"),
      ("MET_WITH", ABDI, KURILLA, "وكان عبدي قد التقى", "2022-07-20"),
      ("MET_WITH", ILHAM, ABDI, "رئيسة الهيئة التنفيذية لمجلس", "2022-07-20"),
      ("MET_WITH", ILHAM, KURILLA, "بحضور رئيسة الهيئة", "2022-07-20"),
      ("LEADS", KURILLA, CENTCOM, "قائد القيادة المركزية الأمريكية الجنرال"),
      ("LEADS", ILHAM, SDC, "سوريا الديمقراطية إلهام أحمد"),
      ],
     {"source": HAWAR, "published": "2022-07-23"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setSC")
