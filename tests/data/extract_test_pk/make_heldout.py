"""Blind set PK: Syria 2011-2014 (first folder of PK-PL): the Arab League observer mission's first days
(December 2011), Kofi Annan's first meeting with Bashar al-Assad in Damascus (March 2012), the bombing of
the National Security building in Damascus that killed Dawoud Rajiha, Assef Shawkat and Hassan Turkmani
(July 2012), Riad Hijab's defection and Saeed Jalili's visit to Assad (August 2012), Lakhdar Brahimi's
talks with Sergei Lavrov in Moscow (December 2012) and Ali Akbar Velayati's visit to Damascus (January
2013), as a Western wire writes it in English (Reuters-like: "DAMASCUS, Dec 27 (Reuters) -"), Syria's
state agency in Arabic (SANA-like: "دمشق-سانا", "السيد الرئيس بشار الأسد"), a Beirut daily in English
(Daily Star-like: "BEIRUT:", "Assad"), a Gulf daily in Arabic (Asharq Al-Awsat-like: "لندن - عمّان:
«الشرق الأوسط»", "وعلمت «الشرق الأوسط»"), a Russian agency in English (RIA Novosti-like: "MOSCOW,
December 29 (RIA Novosti) -") and an Iranian TV site in Arabic (Al-Alam-like: "قائد الثورة الإسلامية").
Pieces: Dabi, head of the observer mission, meets Muallem, and Ghalioun had met Elaraby (English, PK1);
Assad receives Annan, with Muallem and Shaaban present and Qudwa in Annan's delegation, Annan had met
Elaraby in Cairo (Arabic, PK2); Liwa al-Islam and the Free Syrian Army claim the bombing that killed
Rajiha, Shawkat and Turkmani, Freij named to replace Rajiha, Mamlouk appointed after Bakhtiar's death
(English, PK3); Hijab defects, Ghalawanji takes over the government's business, Hijab had succeeded
Safar, Assad receives Jalili (Arabic, PK4); Lavrov meets Brahimi with Bogdanov present, Brahimi had met
Assad and then Muallem (English, PK5); Assad receives Velayati with Sheibani present, Velayati had met
Sharaa and then Halqi (Arabic, PK6).
Excluded on purpose (no relation): Elaraby's phone call to Muallem (PK1); Lavrov's phone call to Muallem,
Annan's planned second meeting with Assad (PK2); Israel, which state television accused, Bakhtiar, who
"died of his wounds" in a sentence naming no agent, the wounded Shaar (PK3); Hijab's expected meeting
with Hamad bin Jassim, the denied meeting with Tarawneh (PK4); the meeting with Putin that will not take
place, Lavrov's phone call to Clinton, the invitation Khatib rejected (PK5); Salehi's phone call to
Muallem (PK6).
Judgement calls: attendees of one list ("بحضور A وB") are paired with both principals and with each other
(PK2, PK6 has one attendee), as most dev gold does; a delegation member ("وضم الوفد المرافق لعنان") is
paired with the host only (PK2); "also took part in the talks" is an attendee, paired with both (PK5);
two claims of one bombing give each claimant -> each victim named in the lead (PK3); "was subsequently
appointed to the post" after Bakhtiar's death is a succession (PK3); the deputy prime minister charged
with running the government's business after Hijab's dismissal succeeds him (PK4); "held talks with"
is a meeting (PK5); a prime minister LEADS the country, a foreign minister LEADS his ministry where it
has an id, the head of a mission or bureau LEADS it, a deputy minister is MEMBER_OF the ministry; a
general leading monitors to Homs VISITED it (PK1).
Filled in for the exercise: Dabi's meeting with Muallem on the Monday and Ghalioun's meeting with Elaraby
(PK1); Qudwa's presence, Lavrov's call (PK2); the FSA spokesman's wording (PK3); the planned Doha meeting,
the Jordanian denial, Jalili's wording (PK4); Brahimi's talks with Muallem, Bogdanov's presence, the
Kremlin's statement (PK5); Sheibani's presence, the meetings with Sharaa and Halqi, Salehi's call (PK6).
Spellings: "Walid al-Moualem", "Mohammed Ahmed Mustafa al-Dabi" (PK1); «كوفي عنان», «ناصر القدوة» (PK2);
"Dawoud Rajha", "Hasan Turkmani", "Hisham Bekhtyar", "Bashar Assad" (PK3); «غلاونجي», «سعيد جليلي» (PK4);
"Walid Muallem", "Bashar Assad", "Lakhdar Brahimi" (PK5); «الدكتور علي أكبر ولايتي», «محمد رضا شيباني» (PK6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_pl import ALL  # noqa: E402

HERE = Path(__file__).parent

SYRIA, QATAR, JORDAN = "country:syria", "country:qatar", "country:jordan"
HOMS = "location:homs"
AL, MISSION, SNC, SYRFM, RUSFM, IRFM, SNSC, ARMY, NSB, FSA, LIWA, COALITION = (
    "organization:arab-league", "organization:arab-league-observer-mission", "organization:syrian-national-council",
    "organization:syrian-foreign-ministry", "organization:russian-foreign-ministry",
    "organization:iranian-foreign-ministry", "organization:supreme-national-security-council",
    "organization:syrian-army", "organization:syrian-national-security-bureau", "organization:free-syrian-army",
    "organization:liwa-al-islam", "organization:syrian-national-coalition")
ASSAD, MUALLEM, SHAABAN, SHARAA, HALQI = (
    "person:bashar-al-assad", "person:walid-muallem", "person:bouthaina-shaaban", "person:farouk-al-sharaa",
    "person:wael-al-halqi")
RAJIHA, SHAWKAT, TURKMANI, BAKHTIAR, FREIJ, MAMLOUK = (
    "person:dawoud-rajiha", "person:assef-shawkat", "person:hassan-turkmani", "person:hisham-bakhtiar",
    "person:fahd-jassem-al-freij", "person:ali-mamlouk")
HIJAB, SAFAR, GHALAWANJI, GHALIOUN, KHATIB = (
    "person:riad-hijab", "person:adel-safar", "person:omar-ghalawanji", "person:burhan-ghalioun",
    "person:moaz-al-khatib")
ELARABY, DABI, ANNAN, QUDWA, BRAHIMI = (
    "person:nabil-elaraby", "person:mohammed-ahmed-al-dabi", "person:kofi-annan", "person:nasser-al-qudwa",
    "person:lakhdar-brahimi")
LAVROV, BOGDANOV, HBJ, TARAWNEH = (
    "person:sergei-lavrov", "person:mikhail-bogdanov", "person:hamad-bin-jassim-al-thani", "person:fayez-tarawneh")
SALEHI, JALILI, VELAYATI, SHEIBANI = (
    "person:ali-akbar-salehi", "person:saeed-jalili", "person:ali-akbar-velayati", "person:mohammad-reza-sheibani")

REUTERS = "blind set (Western news wire, English, Reuters-like)"
SANA = "blind set (Syrian state news agency, Arabic, SANA-like)"
DAILYSTAR = "blind set (Beirut daily, English, Daily Star-like)"
ASHARQ = "blind set (pan-Arab Saudi-owned daily, Arabic, Asharq Al-Awsat-like)"
RIA = "blind set (Russian state news agency, English service, RIA Novosti-like)"
ALALAM = "blind set (Iranian Arabic-language TV news site, Al-Alam-like)"

ARTICLES = [
    ("enPK1_arab_monitors_homs_reuters", "en",
     "Arab monitors head to Homs as Syria death toll mounts\n"
     "DAMASCUS, Dec 27 (Reuters) - The head of the Arab League's observer mission in Syria, Sudanese General "
     "Mohammed Ahmed Mustafa al-Dabi, met Syrian Foreign Minister Walid al-Moualem in Damascus on Monday before "
     "leading the first team of monitors to the besieged city of Homs on Tuesday, a League official said.\n"
     "The mission, agreed by Damascus last week under a plan brokered by the 22-member League, is meant to "
     "verify that President Bashar al-Assad's forces withdraw from cities and stop the killing of protesters.\n"
     "Dabi, a former head of Sudanese military intelligence, told reporters the first day in Homs had been "
     "\"good\" and that he had seen \"nothing frightening\", remarks that angered activists.\n"
     "Arab League Secretary-General Nabil Elaraby spoke by telephone with Moualem later in the day and urged the "
     "government to give the observers free access, the League said in a statement in Cairo.\n"
     "Burhan Ghalioun, head of the opposition Syrian National Council, who met Elaraby in Cairo last week, said "
     "the monitors were being \"deceived\" by the authorities.\n"
     "The United Nations says more than 5,000 people have been killed since the uprising began in March.",
     [("LEADS", DABI, MISSION, "The head of the Arab League's observer mission"),
      ("MET_WITH", DABI, MUALLEM, "met Syrian Foreign Minister Walid al-Moualem", "2011-12-26"),
      ("LEADS", MUALLEM, SYRFM, "Syrian Foreign Minister Walid al-Moualem in Damascus"),
      ("VISITED", DABI, HOMS, "to the besieged city of Homs", "2011-12-27"),
      ("LEADS", ASSAD, SYRIA, "President Bashar al-Assad's forces"),
      ("LEADS", ELARABY, AL, "Arab League Secretary-General Nabil Elaraby"),
      ("LEADS", GHALIOUN, SNC, "head of the opposition Syrian National Council"),
      ("MET_WITH", GHALIOUN, ELARABY, "who met Elaraby in Cairo last week"),
      ],
     {"source": REUTERS, "published": "2011-12-27"}),

    ("arPK2_assad_receives_annan_sana", "ar",
     "الرئيس الأسد يستقبل كوفي عنان: سوريا مستعدة لإنجاح أي جهد صادق لإيجاد حل\n"
     "دمشق-سانا\n"
     "استقبل السيد الرئيس بشار الأسد اليوم السيد كوفي عنان المبعوث الخاص للأمين العام للأمم المتحدة ولجامعة "
     "الدول العربية إلى سوريا والوفد المرافق له، بحضور السيد وليد المعلم وزير الخارجية والمغتربين والدكتورة "
     "بثينة شعبان المستشارة السياسية والإعلامية في رئاسة الجمهورية.\n"
     "وضم الوفد المرافق لعنان السيد ناصر القدوة نائب المبعوث الخاص.\n"
     "وجرى خلال اللقاء بحث المهمة التي كُلف بها عنان، وأكد الرئيس الأسد أن سوريا مستعدة لإنجاح أي جهد صادق "
     "لإيجاد حل لما تشهده، مشدداً على أن أي حوار سياسي لن ينجح في ظل وجود مجموعات إرهابية مسلحة تعمل على "
     "نشر الفوضى وزعزعة الاستقرار.\n"
     "من جهته، أعرب عنان عن ارتياحه للقاء، مؤكداً أنه سيعمل بموضوعية واستقلالية.\n"
     "وكان عنان قد وصل إلى دمشق صباح اليوم قادماً من القاهرة، حيث التقى الأمين العام للجامعة العربية الدكتور "
     "نبيل العربي.\n"
     "إلى ذلك، تلقى الوزير المعلم اتصالاً هاتفياً من نظيره الروسي سيرغي لافروف تم خلاله بحث نتائج "
     "اجتماع لافروف مع الوزراء العرب في القاهرة.\n"
     "ومن المقرر أن يلتقي عنان الرئيس الأسد مرة ثانية غداً قبل مغادرته دمشق.",
     [("MET_WITH", ASSAD, ANNAN, "استقبل السيد الرئيس بشار الأسد اليوم السيد كوفي عنان", "2012-03-10"),
      ("MET_WITH", MUALLEM, ASSAD, "بحضور السيد وليد المعلم", "2012-03-10"),
      ("MET_WITH", MUALLEM, ANNAN, "بحضور السيد وليد المعلم", "2012-03-10"),
      ("MET_WITH", SHAABAN, ASSAD, "بثينة شعبان المستشارة السياسية", "2012-03-10"),
      ("MET_WITH", SHAABAN, ANNAN, "بثينة شعبان المستشارة السياسية", "2012-03-10"),
      ("MET_WITH", SHAABAN, MUALLEM, "بثينة شعبان المستشارة السياسية", "2012-03-10"),
      ("MET_WITH", QUDWA, ASSAD, "وضم الوفد المرافق لعنان السيد ناصر القدوة", "2012-03-10"),
      ("LEADS", MUALLEM, SYRFM, "وليد المعلم وزير الخارجية والمغتربين"),
      ("MET_WITH", ANNAN, ELARABY, "حيث التقى الأمين العام للجامعة العربية"),
      ("LEADS", ELARABY, AL, "الأمين العام للجامعة العربية الدكتور"),
      ],
     {"source": SANA, "published": "2012-03-10"}),

    ("enPK3_damascus_bombing_dailystar", "en",
     "Assad's brother-in-law, defense minister killed in Damascus bombing\n"
     "BEIRUT: A bomb ripped through a meeting of Syria's top security officials in Damascus Wednesday, killing "
     "Defense Minister Dawoud Rajha, his deputy Assef Shawkat, who is President Bashar Assad's brother-in-law, "
     "and Hasan Turkmani, the head of the regime's crisis cell, in the most serious blow to the regime in 16 "
     "months of revolt.\n"
     "The blast struck the National Security building in the capital's Rawda district during a meeting of "
     "ministers and security chiefs. Interior Minister Mohammad Ibrahim al-Shaar was wounded, state media said.\n"
     "Liwa al-Islam, a rebel brigade active in the Damascus countryside, claimed responsibility for the attack "
     "in a statement posted online, as did the Free Syrian Army, whose spokesman said the group had planted the "
     "bomb.\n"
     "Syrian state television blamed \"terrorist groups\" and said the \"tools of Israel\" were behind the attack.\n"
     "Within hours Assad issued a decree naming Gen. Fahd Jassem al-Freij, the army chief of staff, as defense "
     "minister to replace Rajha, and state television showed him being sworn in.\n"
     "Hisham Bekhtyar, head of the National Security Bureau, died of his wounds two days later, and Ali Mamlouk "
     "was subsequently appointed to the post.\n"
     "In Moscow, Russian Foreign Minister Sergei Lavrov warned that a \"decisive battle\" was under way in Syria "
     "and said Russia would not back a Western draft resolution at the Security Council.",
     [("ASSASSINATED_BY", RAJIHA, LIWA, "claimed responsibility for the attack", "2012-07-18"),
      ("ASSASSINATED_BY", SHAWKAT, LIWA, "claimed responsibility for the attack", "2012-07-18"),
      ("ASSASSINATED_BY", TURKMANI, LIWA, "claimed responsibility for the attack", "2012-07-18"),
      ("ASSASSINATED_BY", RAJIHA, FSA, "as did the Free Syrian Army", "2012-07-18"),
      ("ASSASSINATED_BY", SHAWKAT, FSA, "as did the Free Syrian Army", "2012-07-18"),
      ("ASSASSINATED_BY", TURKMANI, FSA, "as did the Free Syrian Army", "2012-07-18"),
      ("SUCCESSOR_OF", FREIJ, RAJIHA, "minister to replace Rajha", "2012-07-18"),
      ("LEADS", FREIJ, ARMY, "the army chief of staff"),
      ("SUCCESSOR_OF", MAMLOUK, BAKHTIAR, "was subsequently appointed to the post"),
      ("LEADS", BAKHTIAR, NSB, "head of the National Security Bureau"),
      ("LEADS", LAVROV, RUSFM, "Russian Foreign Minister Sergei Lavrov warned"),
      ],
     {"source": DAILYSTAR, "published": "2012-07-19"}),

    ("arPK4_hijab_defects_jalili_asharq", "ar",
     "رياض حجاب ينشق ويصل إلى الأردن.. والأسد يكلف غلاونجي تسيير الأعمال\n"
     "لندن - عمّان: «الشرق الأوسط»\n"
     "أعلن رئيس الوزراء السوري رياض حجاب أمس انشقاقه عن نظام الرئيس بشار الأسد وانضمامه إلى الثورة، في أرفع "
     "انشقاق سياسي منذ اندلاع الاحتجاجات قبل 17 شهراً، ووصل مع أفراد من عائلته إلى الأردن.\n"
     "وقال المتحدث باسم حجاب، محمد العطري، في بيان تلاه على قناة «الجزيرة»: «أعلن اليوم انشقاقي عن نظام "
     "القتل والإرهاب».\n"
     "في المقابل، ذكر التلفزيون الرسمي السوري أن الأسد أعفى حجاب من منصبه، وكلف نائب رئيس مجلس الوزراء عمر "
     "غلاونجي تسيير أعمال الحكومة.\n"
     "وكان حجاب قد عُيّن في حزيران الماضي خلفاً لعادل سفر، بعد الانتخابات التشريعية.\n"
     "وفي دمشق، استقبل الأسد أمس أمين المجلس الأعلى للأمن القومي الإيراني سعيد جليلي، في أول ظهور علني له "
     "منذ تفجير مبنى الأمن القومي، وبحث معه العلاقات الثنائية. وأكد جليلي أن إيران «لن تسمح بكسر محور "
     "المقاومة الذي تشكل سوريا ضلعاً أساسياً فيه».\n"
     "وعلمت «الشرق الأوسط» من مصادر في المعارضة أن حجاب سيتوجه إلى الدوحة خلال أيام، حيث من المنتظر أن يلتقي "
     "رئيس الوزراء القطري الشيخ حمد بن جاسم.\n"
     "ونفت مصادر أردنية أن يكون رئيس الوزراء الأردني فايز الطراونة قد التقى حجاب.",
     [("LEADS", HIJAB, SYRIA, "رئيس الوزراء السوري رياض حجاب"),
      ("SUCCESSOR_OF", GHALAWANJI, HIJAB, "وكلف نائب رئيس مجلس الوزراء", "2012-08-06"),
      ("SUCCESSOR_OF", HIJAB, SAFAR, "خلفاً لعادل سفر", "2012-06-06"),
      ("MET_WITH", ASSAD, JALILI, "استقبل الأسد أمس أمين المجلس", "2012-08-07"),
      ("LEADS", JALILI, SNSC, "أمين المجلس الأعلى للأمن القومي الإيراني"),
      ("LEADS", HBJ, QATAR, "رئيس الوزراء القطري الشيخ حمد"),
      ("LEADS", TARAWNEH, JORDAN, "رئيس الوزراء الأردني فايز"),
      ],
     {"source": ASHARQ, "published": "2012-08-08"}),

    ("enPK5_lavrov_brahimi_moscow_ria", "en",
     "Lavrov, Brahimi see chance for political settlement in Syria\n"
     "MOSCOW, December 29 (RIA Novosti) - Russian Foreign Minister Sergei Lavrov held talks with UN-Arab League "
     "special envoy Lakhdar Brahimi in Moscow on Saturday, with both men saying there was still a chance for a "
     "settlement based on the Geneva communique of June 30.\n"
     "Deputy Foreign Minister Mikhail Bogdanov also took part in the talks, the ministry said.\n"
     "\"There is no military solution,\" Lavrov told reporters after the meeting, adding that Moscow was not "
     "holding talks on the fate of President Bashar Assad.\n"
     "Brahimi arrived in Moscow from Damascus, where he met Assad on December 24 and later held talks with "
     "Foreign Minister Walid Muallem.\n"
     "The envoy will not be received by President Vladimir Putin during this visit, a Kremlin spokesman said.\n"
     "Lavrov discussed the crisis by telephone with US Secretary of State Hillary Clinton earlier this month.\n"
     "On Friday the head of the opposition National Coalition, Moaz al-Khatib, rejected an invitation to "
     "Moscow, saying Russia should first apologise for its support for the regime.",
     [("MET_WITH", LAVROV, BRAHIMI, "held talks with UN-Arab League", "2012-12-29"),
      ("LEADS", LAVROV, RUSFM, "Russian Foreign Minister Sergei Lavrov held"),
      ("MET_WITH", BOGDANOV, LAVROV, "also took part in the talks", "2012-12-29"),
      ("MET_WITH", BOGDANOV, BRAHIMI, "also took part in the talks", "2012-12-29"),
      ("MEMBER_OF", BOGDANOV, RUSFM, "Deputy Foreign Minister Mikhail Bogdanov"),
      ("MET_WITH", BRAHIMI, ASSAD, "where he met Assad on December 24", "2012-12-24"),
      ("MET_WITH", BRAHIMI, MUALLEM, "later held talks with"),
      ("LEADS", MUALLEM, SYRFM, "Foreign Minister Walid Muallem"),
      ("LEADS", KHATIB, COALITION, "the head of the opposition National Coalition"),
      ],
     {"source": RIA, "published": "2012-12-29"}),

    ("arPK6_assad_receives_velayati_alalam", "ar",
     "ولايتي من دمشق: الاعتداء على سوريا اعتداء على إيران وحلفائها\n"
     "العالم - سوريا\n"
     "التقى الرئيس السوري بشار الأسد، اليوم السبت، مستشار قائد الثورة الإسلامية للشؤون الدولية الدكتور علي "
     "أكبر ولايتي والوفد المرافق له، وجرى خلال اللقاء بحث العلاقات الاستراتيجية بين البلدين وآخر التطورات في "
     "سوريا والمنطقة.\n"
     "وحضر اللقاء السفير الإيراني في دمشق محمد رضا شيباني.\n"
     "وأكد ولايتي عقب اللقاء أن \"الهجوم على سوريا هو هجوم على إيران وحلفائها\"، مشيداً بصمود الشعب السوري "
     "في وجه المؤامرة الكونية.\n"
     "وكان ولايتي قد التقى في وقت سابق اليوم نائب الرئيس السوري فاروق الشرع، ثم اجتمع برئيس مجلس الوزراء "
     "وائل الحلقي، وبحث معه التعاون الاقتصادي وخط الائتمان الإيراني.\n"
     "من جهة أخرى، أجرى وزير الخارجية الإيراني علي أكبر صالحي اتصالاً هاتفياً بنظيره السوري وليد المعلم، "
     "تناول آخر المستجدات ومهمة المبعوث الأممي الأخضر الإبراهيمي.",
     [("MET_WITH", ASSAD, VELAYATI, "مستشار قائد الثورة الإسلامية للشؤون الدولية", "2013-01-19"),
      ("LEADS", ASSAD, SYRIA, "التقى الرئيس السوري بشار الأسد"),
      ("MET_WITH", SHEIBANI, ASSAD, "وحضر اللقاء السفير الإيراني", "2013-01-19"),
      ("MET_WITH", SHEIBANI, VELAYATI, "وحضر اللقاء السفير الإيراني", "2013-01-19"),
      ("MET_WITH", VELAYATI, SHARAA, "نائب الرئيس السوري فاروق الشرع", "2013-01-19"),
      ("MET_WITH", VELAYATI, HALQI, "ثم اجتمع برئيس مجلس الوزراء", "2013-01-19"),
      ("LEADS", HALQI, SYRIA, "برئيس مجلس الوزراء وائل الحلقي"),
      ("LEADS", SALEHI, IRFM, "وزير الخارجية الإيراني علي أكبر صالحي"),
      ],
     {"source": ALALAM, "published": "2013-01-19"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPK")
