"""Blind set GS: Latin America 2021-2024 in wire-agency style: Haiti after the assassination of
President Jovenel Moise (the chief prosecutor fired, Sept 2021) (English); Ecuador's new president
and the killing of the candidate Fernando Villavicencio (Arabic); Gustavo Petro's first visit to
Nicolas Maduro in Caracas, Nov 2022 (English); Mexico's new defence chief and the Sinaloa cartel war
after El Mayo Zambada's capture, 2024 (Arabic); Kenya's William Ruto in Haiti, Sept 2024 (English);
Ecuador's prosecutor Cesar Suarez shot dead and a U.S. general in Quito, Jan 2024 (Arabic).
Style: datelined wire copy (PORT-AU-PRINCE, Sept 14 - / كيتو، 23 نوفمبر (وكالات) -), titles before
names, later surname or description ("the prosecutor", "الصحافي السابق"), reported speech.
Excluded on purpose: phone calls (Henry-Badio, Petro-Maduro, Noboa-Petro), an accusation that is
denied (Henry, Fito, Rocha Moya), killings with no stated agent (Moise, Villavicencio, Cuen, Suarez),
a replacement candidate (Zurita), a kidnapping, a possible second meeting, a meeting that did not
happen (Petro-Guaido), planned talks in New York.
Spellings: Jovenel Moise / Moïse, Nicolás Maduro, Guaido, فيافيسنسيو, غييرمو لاسو, "فيتو" ماسياس.
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_gu import ALL  # noqa: E402

HERE = Path(__file__).parent

HAITI, ECU, COL, VEN, MEX, KEN = ("country:haiti", "country:ecuador", "country:colombia", "country:venezuela",
                                  "country:mexico", "country:kenya")
HTGOV = "organization:haitian-government"
MOISE, HENRY, BEDFORD, JUSTE, CJOSEPH, FOOTE = (
    "person:jovenel-moise", "person:ariel-henry", "person:bed-ford-claude", "person:frantz-louis-juste",
    "person:claude-joseph", "person:daniel-foote")
PAP = "location:port-au-prince"
NOBOA, LASSO, ZAPATA, SALINAS, FITO = ("person:daniel-noboa", "person:guillermo-lasso", "person:juan-zapata",
                                       "person:fausto-salinas", "person:adolfo-macias")
ECINT, ECPOL, CHONE = ("organization:ecuadorian-interior-ministry", "organization:ecuadorian-national-police",
                       "organization:los-choneros")
PETRO, MADURO, LEYVA, FARIA, DUQUE = ("person:gustavo-petro", "person:nicolas-maduro", "person:alvaro-leyva",
                                      "person:carlos-faria", "person:ivan-duque")
COLFM, VENFM, M19 = ("organization:colombian-foreign-ministry", "organization:venezuelan-foreign-ministry",
                     "organization:m-19")
CARACAS, MIRA = "location:caracas", "location:miraflores-palace"
SHEIN, TREV, SAND, ZAMB, IVAN, CHAPO = (
    "person:claudia-sheinbaum", "person:ricardo-trevilla-trejo", "person:luis-cresencio-sandoval",
    "person:ismael-zambada", "person:ivan-archivaldo-guzman", "person:joaquin-guzman-loera")
QUIN, SANCHEZ, HARF, ROCHA = ("person:sara-bruna-quinonez", "person:claudia-zulema-sanchez",
                              "person:omar-garcia-harfuch", "person:ruben-rocha-moya")
SEDENA, SSPC, SINCART, CHAPITOS, SINFIS = (
    "organization:mexican-defence-ministry", "organization:mexican-security-ministry",
    "organization:sinaloa-cartel", "organization:los-chapitos", "organization:sinaloa-prosecutor-office")
SINALOA, CULIACAN = "location:sinaloa", "location:culiacan"
RUTO, CONILLE, LEBLANC, BOISVERT, OTUNGE, CHERIZIER = (
    "person:william-ruto", "person:garry-conille", "person:edgard-leblanc-fils", "person:michel-patrick-boisvert",
    "person:godfrey-otunge", "person:jimmy-cherizier")
TPC, MSS, KNPS, VIV = ("organization:haiti-transitional-presidential-council",
                       "organization:multinational-security-support-mission", "organization:kenya-national-police-service",
                       "organization:viv-ansanm")
SUAREZ, SALAZAR, RICH, CONGO, VELA = ("person:cesar-suarez", "person:diana-salazar", "person:laura-richardson",
                                      "person:jaime-congo", "person:jaime-vela")
FISCALIA, SOUTHCOM, ECJC = ("organization:ecuador-attorney-generals-office", "organization:us-southern-command",
                            "organization:ecuador-joint-command")
QUITO, CARONDELET = "location:quito", "location:carondelet-palace"

ARTICLES = [
    ("enGS1_haiti_prosecutor_fired", "en",
     "PORT-AU-PRINCE, Sept 14 - Haitian Prime Minister Ariel Henry on Tuesday dismissed the chief "
     "prosecutor of Port-au-Prince, Bed-Ford Claude, a day after the prosecutor asked an investigating "
     "judge to charge Henry over the July 7 assassination of President Jovenel Moïse. "
     "In a letter to the judge, Claude said phone records showed that Henry had spoken twice by "
     "telephone with Joseph Felix Badio, a former justice ministry official wanted in the case, hours "
     "after Moïse was shot dead at his home. "
     "Henry's office rejected the accusation as a distraction, and a decree published on Tuesday named "
     "Frantz Louis Juste as the new chief prosecutor, replacing Claude. "
     "Henry, a 71-year-old neurosurgeon, took over as prime minister on July 20 from interim premier "
     "Claude Joseph, who had run the government in the days after the killing. "
     "Police have arrested more than 40 people, including 18 Colombian former soldiers and two "
     "Haitian-Americans, but have not said who ordered the attack. "
     "Last week Henry met in Port-au-Prince with Daniel Foote, the U.S. special envoy for Haiti, to "
     "discuss security and the stalled election calendar.",
     [("LEADS", HENRY, HTGOV, "Haitian Prime Minister Ariel Henry"),
      ("LEADS", MOISE, HAITI, "assassination of President Jovenel"),
      ("MEMBER_OF", "person:joseph-felix-badio", "organization:haitian-justice-ministry",
       "a former justice ministry official"),
      ("SUCCESSOR_OF", JUSTE, BEDFORD, "replacing Claude", "2021-09-14"),
      ("SUCCESSOR_OF", HENRY, CJOSEPH, "took over as prime minister on July 20", "2021-07-20"),
      ("LEADS", CJOSEPH, HTGOV, "interim premier"),
      ("MET_WITH", HENRY, FOOTE, "Last week Henry met", "2021-09"),
      ("VISITED", FOOTE, PAP, "met in Port-au-Prince with Daniel", "2021-09"),
      ],
     {"source": "blind set (wire, English)", "published": "2021-09-14"}),

    ("arGS2_ecuador_noboa_villavicencio", "ar",
     "كيتو، 23 نوفمبر (وكالات) - أدى رجل الأعمال دانيال نوبوا (35 عاماً) اليمين الدستورية أمام "
     "الجمعية الوطنية رئيساً للإكوادور، خلفاً لغييرمو لاسو الذي دعا إلى انتخابات مبكرة في مايو. "
     "وجرت الانتخابات في ظل صدمة اغتيال المرشح الرئاسي فرناندو فيافيسنسيو في التاسع من أغسطس برصاص "
     "مسلحين لدى خروجه من تجمع انتخابي في العاصمة. "
     "وقُتل أحد المهاجمين في تبادل لإطلاق النار مع الحراس، فيما أوقفت الشرطة ستة مشتبه بهم قال وزير "
     "الداخلية خوان سباتا إنهم كولومبيون، من دون أن تحدد السلطات الجهة التي أمرت بالاغتيال. "
     "وكان الصحافي السابق قد اتهم زعيم عصابة \"لوس تشونيروس\" أدولفو ماسياس، الملقب بـ\"فيتو\"، "
     "بتهديده بالقتل، لكن محامي ماسياس نفى أي صلة لموكله بالجريمة. "
     "وليلة الاغتيال اجتمع لاسو في قصر كارونديليت بسباتا وبقائد الشرطة الوطنية الجنرال فاوستو "
     "ساليناس، ثم أعلن حالة الطوارئ ستين يوماً. "
     "واختارت حركة \"بناء\" الصحافي كريستيان سوريتا مرشحاً بديلاً عن فيافيسنسيو، فحلّ ثالثاً في "
     "الدورة الأولى.",
     [("SUCCESSOR_OF", NOBOA, LASSO, "خلفاً لغييرمو لاسو", "2023-11-23"),
      ("LEADS", NOBOA, ECU, "رئيساً للإكوادور"),
      ("LEADS", ZAPATA, ECINT, "خوان سباتا إنهم"),
      ("LEADS", FITO, CHONE, "زعيم عصابة"),
      ("LEADS", SALINAS, ECPOL, "وبقائد الشرطة الوطنية"),
      ("MET_WITH", LASSO, ZAPATA, "اجتمع لاسو في قصر", "2023-08-09"),
      ("MET_WITH", LASSO, SALINAS, "اجتمع لاسو في قصر", "2023-08-09"),
      ("MET_WITH", ZAPATA, SALINAS, "بسباتا وبقائد", "2023-08-09"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2023-11-23"}),

    ("enGS3_petro_maduro_caracas", "en",
     "CARACAS, Nov 1 - Colombian President Gustavo Petro met Venezuela's Nicolás Maduro at the "
     "Miraflores presidential palace in Caracas on Tuesday, the first visit by a Colombian head of state "
     "since relations were broken off in 2019. "
     "The two leaders, who were joined by their foreign ministers, Alvaro Leyva and Carlos Faria, "
     "discussed trade across their 2,200-km (1,370-mile) border and Venezuela's return to the "
     "Inter-American human rights system, officials said. "
     "Petro, a former member of the M-19 guerrilla group who took office in August, had spoken with "
     "Maduro by telephone days after his election, but Tuesday's talks were their first face-to-face "
     "encounter. "
     "Colombia's ambassador in Caracas, Armando Benedetti, who was named in August to reopen the embassy, "
     "told reporters a second meeting could take place before the end of the year. "
     "Petro did not meet opposition leader Juan Guaido, whom his predecessor Ivan Duque had recognised as "
     "Venezuela's interim president.",
     [("LEADS", PETRO, COL, "Colombian President Gustavo Petro"),
      ("LEADS", MADURO, VEN, "Venezuela's Nicolás Maduro"),
      ("MET_WITH", PETRO, MADURO, "Gustavo Petro met", "2022-11-01"),
      ("VISITED", PETRO, CARACAS, "the first visit by a Colombian head of state", "2022-11-01"),
      ("LOCATED_IN", MIRA, CARACAS, "presidential palace in Caracas"),
      ("MET_WITH", PETRO, LEYVA, "who were joined by their foreign ministers", "2022-11-01"),
      ("MET_WITH", PETRO, FARIA, "who were joined by their foreign ministers", "2022-11-01"),
      ("MET_WITH", MADURO, LEYVA, "who were joined by their foreign ministers", "2022-11-01"),
      ("MET_WITH", MADURO, FARIA, "who were joined by their foreign ministers", "2022-11-01"),
      ("MET_WITH", LEYVA, FARIA, "Alvaro Leyva and Carlos Faria", "2022-11-01"),
      ("LEADS", LEYVA, COLFM, "Alvaro Leyva and"),
      ("LEADS", FARIA, VENFM, "and Carlos Faria"),
      ("MEMBER_OF", PETRO, M19, "a former member of the M-19"),
      ("SUCCESSOR_OF", PETRO, DUQUE, "his predecessor Ivan Duque"),
      ],
     {"source": "blind set (wire, English)", "published": "2022-11-01"}),

    ("arGS4_mexico_sinaloa_war", "ar",
     "مكسيكو، 3 أكتوبر (وكالات) - عيّنت الرئيسة المكسيكية كلاوديا شينباوم الجنرال ريكاردو تريفيا "
     "تريخو وزيراً للدفاع خلفاً للجنرال لويس كريسينسيو ساندوفال، في وقت تشهد ولاية سينالوا حرباً بين "
     "فصيلين من الكارتل الذي يحمل اسمها. "
     "واندلع القتال في سبتمبر بعد أسابيع من توقيف إسماعيل \"إل مايو\" زامبادا، أحد مؤسسي كارتل "
     "سينالوا، في تكساس، إذ قال في رسالة نشرها محاميه إن أحد أبناء \"إل تشابو\" استدرجه إلى اجتماع "
     "قرب كولياكان وخطفه إلى الولايات المتحدة. "
     "ويتزعم إيفان أرشيفالدو غوزمان فصيل \"لوس تشابيتوس\" داخل كارتل سينالوا، الذي ورثه عن والده "
     "خواكين غوزمان لويرا بعد تسليمه إلى واشنطن عام 2017. "
     "وأكد زامبادا أن السياسي المحلي هيكتور ميليسيو كوين قُتل في مكان الاجتماع، في رواية تناقض ما "
     "أعلنته نيابة الولاية عن مقتله في محاولة سرقة قرب محطة وقود. "
     "وبعد هذا التناقض استقالت المدعية العامة لسينالوا سارا برونا كينيونيس، وعيّن البرلمان المحلي "
     "كلاوديا سوليما سانشيز خلفاً لها. "
     "وفي كولياكان، التقى وزير الأمن الجديد عمر غارسيا حرفوش حاكمَ الولاية روبين روتشا مويا، الذي "
     "نفى اتهامات بصلته بالكارتل.",
     [("LEADS", SHEIN, MEX, "الرئيسة المكسيكية كلاوديا"),
      ("SUCCESSOR_OF", TREV, SAND, "خلفاً للجنرال لويس", "2024-10-01"),
      ("LEADS", TREV, SEDENA, "وزيراً للدفاع خلفاً"),
      ("MEMBER_OF", ZAMB, SINCART, "أحد مؤسسي كارتل"),
      ("LEADS", IVAN, CHAPITOS, "ويتزعم إيفان أرشيفالدو"),
      ("PART_OF", CHAPITOS, SINCART, "داخل كارتل سينالوا"),
      ("SUCCESSOR_OF", IVAN, CHAPO, "الذي ورثه عن والده", "2017"),
      ("LEADS", QUIN, SINFIS, "المدعية العامة لسينالوا"),
      ("SUCCESSOR_OF", SANCHEZ, QUIN, "كلاوديا سوليما سانشيز خلفاً لها", "2024-09"),
      ("LEADS", HARF, SSPC, "وزير الأمن الجديد"),
      ("LEADS", ROCHA, SINALOA, "حاكمَ الولاية"),
      ("MET_WITH", HARF, ROCHA, "التقى وزير الأمن", "2024-10"),
      ("VISITED", HARF, CULIACAN, "وفي كولياكان، التقى", "2024-10"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2024-10-03"}),

    ("enGS5_ruto_in_haiti", "en",
     "PORT-AU-PRINCE, Sept 21 - Kenyan President William Ruto arrived in Haiti on Saturday to visit the "
     "Kenyan-led security mission, becoming the first foreign head of state to travel to the Caribbean "
     "nation since the 2021 killing of President Jovenel Moise. "
     "Ruto was received at Toussaint Louverture International Airport by Prime Minister Garry Conille and "
     "later held talks with Edgard Leblanc Fils, president of the Transitional Presidential Council. "
     "Conille, a former U.N. official, was appointed in May to replace interim prime minister Michel "
     "Patrick Boisvert, who had stood in after Ariel Henry resigned in April. "
     "Ruto also met the mission's commander, Godfrey Otunge, a senior Kenyan police officer, at the "
     "force's base near the airport. "
     "Gang leader Jimmy \"Barbecue\" Cherizier, whose Viv Ansanm coalition controls most of the capital, "
     "said in a video that his men would not lay down their arms. "
     "Ruto said he would discuss a possible U.N. peacekeeping mission with U.S. officials in New York "
     "next week.",
     [("LEADS", RUTO, KEN, "Kenyan President William Ruto"),
      ("VISITED", RUTO, HAITI, "arrived in Haiti on Saturday", "2024-09-21"),
      ("LEADS", MOISE, HAITI, "killing of President Jovenel Moise"),
      ("MET_WITH", RUTO, CONILLE, "Ruto was received at Toussaint", "2024-09-21"),
      ("LEADS", CONILLE, HTGOV, "by Prime Minister Garry Conille"),
      ("MET_WITH", RUTO, LEBLANC, "later held talks with Edgard", "2024-09-21"),
      ("LEADS", LEBLANC, TPC, "president of the Transitional Presidential Council"),
      ("MEMBER_OF", CONILLE, "organization:united-nations", "a former U.N. official"),
      ("SUCCESSOR_OF", CONILLE, BOISVERT, "was appointed in May to replace", "2024-05"),
      ("SUCCESSOR_OF", BOISVERT, "person:ariel-henry", "who had stood in after Ariel Henry resigned", "2024-04"),
      ("MET_WITH", RUTO, OTUNGE, "Ruto also met the mission's commander", "2024-09-21"),
      ("LEADS", OTUNGE, MSS, "the mission's commander, Godfrey"),
      ("MEMBER_OF", OTUNGE, KNPS, "a senior Kenyan police officer"),
      ("LEADS", CHERIZIER, VIV, "whose Viv Ansanm coalition"),
      ],
     {"source": "blind set (wire, English)", "published": "2024-09-21"}),

    ("arGS6_ecuador_prosecutor_killed", "ar",
     "كيتو، 18 يناير (وكالات) - قُتل وكيل النيابة الإكوادوري سيزار سواريز، المكلّف التحقيق في اقتحام "
     "مسلحين استوديو قناة \"تي سي تليفيسيون\" في غواياكيل، برصاص مجهولين أطلقوا النار على سيارته "
     "الأربعاء في شمال المدينة. "
     "ولم تتبنّ أي جهة العملية، فيما قالت النائبة العامة ديانا سالازار إن الجريمة \"لن تُرهب\" "
     "النيابة. "
     "ويأتي الاغتيال بعد أسبوع من إعلان الرئيس دانيال نوبوا \"نزاعاً مسلحاً داخلياً\" وتصنيف 22 "
     "عصابة منظماتٍ إرهابية، إثر فرار زعيم \"لوس تشونيروس\" خوسيه أدولفو ماسياس، المعروف بـ\"فيتو\"، "
     "من سجن في غواياكيل. "
     "واستقبل نوبوا في قصر كارونديليت بكيتو قائدة القيادة الجنوبية الأميركية الجنرال لورا "
     "ريتشاردسون، التي أعلنت مساعدات أمنية بملايين الدولارات. "
     "وكان نوبوا قد عيّن الجنرال جيمي كونغو قائداً للقيادة المشتركة للقوات المسلحة بدلاً من "
     "الأدميرال خايمي فيلا، في أول أيام ولايته. "
     "وأجرى الرئيس الإكوادوري اتصالاً هاتفياً بنظيره الكولومبي غوستافو بيترو لبحث أمن الحدود.",
     [("MEMBER_OF", SUAREZ, FISCALIA, "وكيل النيابة الإكوادوري"),
      ("LEADS", SALAZAR, FISCALIA, "النائبة العامة ديانا"),
      ("LEADS", NOBOA, ECU, "إعلان الرئيس دانيال"),
      ("LEADS", FITO, CHONE, "زعيم \"لوس تشونيروس\" خوسيه"),
      ("MET_WITH", NOBOA, RICH, "واستقبل نوبوا في قصر", "2024-01"),
      ("VISITED", RICH, QUITO, "في قصر كارونديليت بكيتو", "2024-01"),
      ("LOCATED_IN", CARONDELET, QUITO, "قصر كارونديليت بكيتو"),
      ("LEADS", RICH, SOUTHCOM, "قائدة القيادة الجنوبية"),
      ("SUCCESSOR_OF", CONGO, VELA, "بدلاً من", "2023-11"),
      ("LEADS", CONGO, ECJC, "قائداً للقيادة المشتركة"),
      ("LEADS", PETRO, COL, "بنظيره الكولومبي"),
      ],
     {"source": "blind set (wire, Arabic)", "published": "2024-01-18"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setGS")
