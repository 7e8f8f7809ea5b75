"""Blind set H: strikes and attacks, with and without a stated agent: Abu Taqwa (Jan 2024),
Abu Baqir al-Saadi (Feb 2024), Ain al-Asad / Victory Base, the Dec 2019 strikes on Kataib
Hezbollah, Pompeo's embassy warning, the killing of Hisham al-Hashimi.
Written and annotated blind (extractor neither read nor run).
Now a dev set (tuned on), no longer blind. Run from the repo root:
    python tests/data/extract_heldout17/make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_tables import entity_table  # noqa: E402

HERE = Path(__file__).parent
E = entity_table("KNOWN", "EXTRA")

K, US = "person:mustafa-al-kadhimi", "country:united-states"
KH, PMF = "organization:kataib-hezbollah", "organization:popular-mobilization-forces"
NUJ, IRI = "organization:harakat-al-nujaba", "organization:islamic-resistance-in-iraq"
USF = "organization:us-armed-forces"

ARTICLES = [
    ("enH1_abu_taqwa_strike", "en",
     "BAGHDAD, Jan 4 (Reuters) - A U.S. drone strike on a headquarters of Iraq's Popular "
     "Mobilisation Forces in eastern Baghdad on Thursday killed Mushtaq Talib al-Saeedi, a "
     "senior commander of the Iran-backed Harakat al-Nujaba group, the PMF and two security "
     "sources said. The Pentagon said U.S. forces carried out the strike in \u201cself-defence\u201d "
     "against a leader who was actively planning attacks on American personnel. Pentagon press "
     "secretary Maj. Gen. Pat Ryder said the commander, known as Abu Taqwa, had \u201cAmerican "
     "blood on his hands\u201d. The Iraqi government condemned the attack as a violation of its "
     "sovereignty and held the U.S.-led coalition responsible. Nujaba, headed by Akram al-Ka'bi, "
     "is part of the Islamic Resistance in Iraq, an umbrella of factions that has claimed more "
     "than 100 attacks on U.S. forces in Iraq and Syria since Oct. 17.",
     [("ATTACKED", US, PMF, "A U.S. drone strike", "2024-01-04"),
      ("ASSASSINATED_BY", "person:mushtaq-taleb-al-saidi", US, "A U.S. drone strike", "2024-01-04"),
      ("MEMBER_OF", "person:mushtaq-taleb-al-saidi", NUJ, "A U.S. drone strike"),
      ("SUPPORTS", "country:iran", NUJ, "A U.S. drone strike"),
      ("ASSASSINATED_BY", "person:mushtaq-taleb-al-saidi", USF, "carried out the strike",
       "2024-01-04"),
      ("MEMBER_OF", "person:pat-ryder", "organization:us-department-of-defense",
       "Pentagon press"),
      ("LEADS", "person:akram-al-kaabi", NUJ, "headed by Akram"),
      ("PART_OF", NUJ, IRI, "headed by Akram"),
      ("ATTACKED", IRI, USF, "headed by Akram"),
      ("LOCATED_IN", USF, "country:iraq", "headed by Akram"),
      ("LOCATED_IN", USF, "country:syria", "headed by Akram"),
      ],
     {"source": "blind set (Reuters-style)", "published": "2024-01-04"}),

    ("arH2_abu_baqir_saadi", "ar",
     "أعلنت القيادة المركزية الأميركية (سنتكوم)، مساء الأربعاء، أن قواتها نفذت غارة بطائرة مسيّرة "
     "في شرق بغداد أسفرت عن مقتل القيادي في كتائب حزب الله العراقية أبو باقر الساعدي، \"المسؤول "
     "عن التخطيط المباشر والمشاركة في الهجمات\" على القوات الأميركية في المنطقة. وأكدت الكتائب في "
     "بيان مقتل وسام محمد صابر الساعدي، المسؤول عن ملف سوريا في الفصيل، إلى جانب مرافقه. وجاءت "
     "الغارة بعد أيام من هجوم بطائرة مسيّرة على موقع \"البرج 22\" العسكري في شمال شرق الأردن قرب "
     "الحدود السورية، أدى إلى مقتل ثلاثة جنود أميركيين، وحمّلت واشنطن مسؤوليته لفصائل مدعومة من "
     "إيران. وكانت كتائب حزب الله قد أعلنت تعليق عملياتها العسكرية \"منعاً لإحراج الحكومة "
     "العراقية\". من جهته، وصف الناطق باسم القائد العام للقوات المسلحة العراقية اللواء يحيى رسول "
     "الضربة بأنها \"اعتداء سافر على السيادة\".",
     [("ASSASSINATED_BY", "person:abu-baqir-al-saadi", "organization:us-central-command",
       "أسفرت عن مقتل", "2024-02-07"),
      ("MEMBER_OF", "person:abu-baqir-al-saadi", KH, "أسفرت عن مقتل"),
      ("LOCATED_IN", "location:tower-22", "country:jordan", "في شمال شرق الأردن"),
      ("SUPPORTS", "country:iran", "organization:iran-backed-militias", "في شمال شرق الأردن"),
      ("MEMBER_OF", "person:yahya-rasool", "organization:iraqi-security-forces",
       "الناطق باسم القائد"),
      ],
     {"source": "blind set (Al Jazeera Arabic-style)", "published": "2024-02-08"}),

    ("enH3_ain_al_asad_victory", "en",
     "BAGHDAD (AFP) \u2013 Several rockets struck the Ain al-Asad air base in Iraq's western "
     "province of Anbar on Tuesday, wounding two American contractors, a US defence official "
     "said, in the latest of a string of attacks on facilities housing coalition troops. There "
     "was no immediate claim of responsibility for the barrage. Hours earlier, an "
     "explosive-laden drone was shot down near Victory Base, a military facility next to "
     "Baghdad airport, according to Iraqi security sources. The Islamic Resistance in Iraq, a "
     "Tehran-backed alliance of armed groups, said in a Telegram statement that its fighters "
     "had targeted Victory Base \u201cwith a drone\u201d. Washington has blamed Kataib "
     "Hezbollah, the most powerful faction within the Islamic Resistance, for most of the "
     "strikes, an accusation the group has neither confirmed nor denied. US Defense Secretary "
     "Lloyd J. Austin vowed last week to \u201cprotect our people\u201d.",
     [("LOCATED_IN", "location:ain-al-asad-air-base", "location:anbar", "Several rockets struck"),
      ("SUPPORTS", "country:iran", IRI, "Tehran-backed alliance"),
      ("ATTACKED", IRI, "location:victory-base", "Tehran-backed alliance"),
      ("PART_OF", KH, IRI, "the most powerful faction"),
      ],
     {"source": "blind set (AFP-style)", "published": "2023-11-21"}),

    ("arH4_qaim_strikes", "ar",
     "واشنطن - بغداد: «الشرق الأوسط»\n"
     "شنّت الولايات المتحدة، أمس، غارات جوية على خمسة مواقع تابعة لـ«كتائب حزب الله» العراقية في "
     "العراق وسوريا، رداً على هجوم صاروخي استهدف قاعدة «كي وان» في كركوك وأسفر عن مقتل متعاقد "
     "مدني أميركي. وقال وزير الدفاع الأميركي مارك إسبر للصحافيين إن الضربات «ناجحة»، مشيراً إلى "
     "أنه أطلع الرئيس دونالد ترمب على نتائجها. وأعلنت «هيئة الحشد الشعبي»، التي تنضوي الكتائب "
     "ضمن تشكيلاتها، أن 25 من عناصر اللواءين 45 و46 قُتلوا في القصف قرب مدينة القائم الحدودية. "
     "ولم يُعرف بعد من يقف وراء الهجوم على القاعدة، إلا أن مسؤولين أميركيين حمّلوا الكتائب "
     "مسؤوليته. واعتبر رئيس حكومة تصريف الأعمال عادل عبدالمهدي أن الغارات «اعتداء غاشم»، فيما "
     "توعّد نائب رئيس الحشد ابو مهدى المهندس بـ«رد قاسٍ جداً» على القوات الأميركية في العراق.",
     [("ATTACKED", US, KH, "شنّت الولايات المتحدة", "2019-12-29"),
      ("LOCATED_IN", "location:k1-air-base", "location:kirkuk", "شنّت الولايات المتحدة"),
      ("PART_OF", KH, PMF, "التي تنضوي الكتائب"),
      ("MEMBER_OF", "person:abu-mahdi-al-muhandis", PMF, "نائب رئيس الحشد"),
      ("LOCATED_IN", USF, "country:iraq", "نائب رئيس الحشد"),
      ],
     {"source": "blind set (Asharq Al-Awsat-style)", "published": "2019-12-30"}),

    ("enH5_pompeo_embassy_warning", "en",
     "WASHINGTON \u2014 Secretary of State Mike Pompeo has warned Iraqi leaders that Washington "
     "will shut its embassy in Baghdad unless the government reins in Iran-backed militias "
     "firing rockets at American targets, two Iraqi officials said. Pompeo delivered the message "
     "in a phone call to President Barham Salih last week, according to the officials, who spoke "
     "on condition of anonymity. Rockets landed near the embassy compound in the Green Zone "
     "again on Monday; no group claimed responsibility, and Kataib Hezbollah, which the U.S. "
     "blames for most such attacks, denied any role. The threat came barely a month after Prime "
     "Minister Mustafa al-Kathemi held talks with President Donald Trump at the White House, "
     "his first trip to Washington since taking office in May. Trump said at the time that U.S. "
     "troops would leave Iraq \u201cat some point\u201d.",
     [("LOCATED_IN", "location:us-embassy-baghdad", "location:baghdad", "shut its embassy"),
      ("SUPPORTS", "country:iran", "organization:iran-backed-militias", "shut its embassy"),
      ("LOCATED_IN", "location:us-embassy-baghdad", "location:green-zone", "Rockets landed near"),
      ("MET_WITH", K, "person:donald-trump", "held talks with President", "2020-08"),
      ("VISITED", K, US, "held talks with President", "2020-08"),
      ],
     {"source": "blind set (Washington Post-style)", "published": "2020-09-28"}),

    ("arH6_hashimi_killing", "ar",
     "بغداد/ شفق نيوز\n"
     "اغتال مسلحون مجهولون يستقلون دراجة نارية، مساء الاثنين، الخبير الأمني والباحث في شؤون "
     "الجماعات المتطرفة هشام الهاشمي أمام منزله في حي زيونة ببغداد. وأفاد مصدر أمني بأن الهاشمي "
     "أصيب بعدة طلقات ونُقل إلى مستشفى قريب حيث فارق الحياة. وتعهّد رئيس مجلس الوزراء مصطفى "
     "الكاظميّ بملاحقة القتلة، مؤكداً أن الدولة \"لن تسمح بعودة الاغتيالات\". ولم تتبنَّ أي جهة "
     "العملية، فيما نفت كتائب حزب الله في بيان أي علاقة لها بالحادث، رغم انتقادات الهاشمي المتكررة "
     "للفصائل المسلحة. وكان الراحل قد التقى الكاظمي قبل أسابيع ضمن مجموعة من المستشارين، بحسب "
     "مقربين منه. وجاءت الجريمة بعد أيام من مداهمة نفذها جهاز مكافحة الإرهاب لمقر تابع للكتائب "
     "قرب بغداد، اعتُقل خلالها 14 عنصراً.",
     [("LOCATED_IN", "location:zayouna", "location:baghdad", "اغتال مسلحون"),
      ("MET_WITH", "person:hisham-al-hashimi", K, "وكان الراحل قد التقى"),
      ],
     {"source": "blind set (Shafaq News-style)", "published": "2020-07-07"}),

    ("enH7_sudani_white_house", "en",
     "WASHINGTON (AP) \u2014 President Joe Biden welcomed Iraqi Prime Minister Mohammed Shia "
     "al-Sudani to the White House on Monday, two days after Iran launched an unprecedented "
     "drone and missile attack on Israel. The Iraqi leader, who arrived in Washington on "
     "Sunday, was also received at the Pentagon by Defense Secretary Lloyd Austin, a U.S. "
     "official said. Sudani has been under pressure from Iran-backed factions in his governing "
     "coalition to set a date for the departure of the roughly 2,500 American troops stationed "
     "in Iraq. \u201cWe will not accept Iraq being used as a platform to attack any "
     "country,\u201d the premier told reporters after the meeting. He was not expected to meet "
     "former President Donald Trump, who has said he would \u201cdo things differently\u201d "
     "if he returned to office. Iraqi officials said no new security agreement was signed.",
     [("MET_WITH", "person:joe-biden", "person:mohammed-shia-al-sudani", "welcomed Iraqi",
       "2024-04-15"),
      ("LEADS", "person:mohammed-shia-al-sudani", "country:iraq", "welcomed Iraqi"),
      ("ATTACKED", "country:iran", "country:israel", "welcomed Iraqi", "2024-04-13"),
      ("VISITED", "person:mohammed-shia-al-sudani", US, "The Iraqi leader, who arrived"),
      ("MET_WITH", "person:mohammed-shia-al-sudani", "person:lloyd-austin",
       "The Iraqi leader, who arrived"),
      ("SUPPORTS", "country:iran", "organization:iran-backed-militias", "under pressure"),
      ("LOCATED_IN", USF, "country:iraq", "under pressure"),
      ],
     {"source": "blind set (AP-style)", "published": "2024-04-15"}),
]


if __name__ == "__main__":
    build(HERE, E, ARTICLES, set_name="setH")
