"""Blind set TO: Saudi Arabia and Qatar, 2005-2017 (first folder of TO-TP): King Fahd's death and King
Abdullah's accession with Prince Sultan as crown prince (August 2005), the foreign visitors of the new king
(Cheney, the elder Bush, Chirac, Musharraf), King Abdullah's death and King Salman's accession with Muqrin
and Mohammed bin Nayef (January 2015), Barack Obama's visit to King Salman (27 January 2015), Mohammed bin
Salman replacing Mohammed bin Nayef as crown prince (21 June 2017), and Sheikh Tamim's accession in Qatar
with the new cabinet of Sheikh Abdullah bin Nasser (June 2013), as Saudi Arabia's state agency writes it in
Arabic (SPA-like: "الرياض ... واس"), a British wire in English (Reuters-like: "RIYADH, Aug 2 (Reuters) -"),
a Riyadh daily in Arabic (Al-Riyadh-like: "«الرياض»"), a US wire in English (AP-like: "RIYADH, Saudi Arabia
(AP) -"), a Saudi-owned news channel's website in Arabic (Al Arabiya-like: "العربية.نت") and a Doha daily
in English (Gulf Times-like: "By Our Staff Reporter").
Pieces: Abdullah proclaimed king in succession to Fahd, Sultan crown prince; Fahd had succeeded Khalid;
Abdullah receives Mubarak and King Abdullah II together (Arabic, TO1); Cheney and the elder Bush received by
King Abdullah, Chirac and Musharraf received earlier; Faisal shot by his nephew Faisal bin Musaid (English,
TO2); Salman succeeds Abdullah, Muqrin crown prince, Mohammed bin Nayef deputy, Mohammed bin Salman defence
minister and head of the royal court; Salman receives the Emir of Kuwait and the King of Bahrain (Arabic,
TO3); Obama met at the airport by Salman, then talks at Erga Palace with Kerry present; Pelosi in the
delegation (English, TO4); the Allegiance Council's vote, Mohammed bin Salman replaces Mohammed bin Nayef,
Abdulaziz bin Saud bin Nayef interior minister in his place, Mohammed bin Nayef's pledge in person (Arabic,
TO5); Tamim succeeds Hamad bin Khalifa, Abdullah bin Nasser replaces Hamad bin Jassim, Khalid Al Attiyah
foreign minister; Tamim receives Salman bin Hamad of Bahrain (English, TO6).
Excluded on purpose (no relation): George W. Bush's phone call to Abdullah, the leaders expected in the coming
days (TO1); Blair, who "was not expected" to travel (TO2); Obama's planned visit (TO3); Obama's earlier
phone call, the Iran question "expected to come up" (TO4); Trump's phone call to Mohammed bin Salman, the
reports of restrictions on Mohammed bin Nayef, denied (TO5); the Bahraini king's cable, Hamad bin Jassim's
reported move to the investment authority, left unconfirmed (TO6).
Judgement calls: "بايعوا ... ملكاً ... خلفاً لأخيه" is a succession (TO1); a reception of two heads of state
"كلاً على حدة" (separately) gives two meetings and none between the guests (TO1); "was shot dead by a
nephew, Prince Faisal bin Musaid" gives ASSASSINATED_BY victim -> killer (TO2); "succeeded King Khalid in
1982" is a succession (TO1, TO2: one per article); "was proclaimed king on Monday, within hours of Fahd's
death" is a succession (TO2), and so is "took the throne last week after the death of his half-brother"
(TO4); Salman who "greeted Obama at the airport" is a meeting, and
Kerry and Muqrin who "joined" the talks: a meeting of the four; Pelosi, only listed in the delegation, is
not paired (TO4); "اختيار ... ولياً للعهد خلفاً للأمير محمد بن نايف" is a succession of the new crown
prince to the old one, and "وزيراً للداخلية خلفاً لعمّه" of the new minister to him (TO5); Mohammed bin Nayef
received by the new crown prince to pledge allegiance is a meeting (TO5); "Sheikh Abdullah ... replaces
Sheikh Hamad bin Jassim" is a succession, the foreign ministry taken over by Al Attiyah with no "in place
of" stated is not one (TO6); a king, an emir or a president LEADS his country (the reigning ones, not the dead
predecessors), a minister LEADS his ministry.
Filled in for the exercise: the hour and the wording of the bay'a, the separate receptions of Mubarak and
Abdullah II (TO1); the sequence of the visitors' audiences (TO2); the Kuwaiti and Bahraini audiences and
their wording (TO3); Kerry's presence at the talks (TO4); the wording of the reception of Mohammed bin Nayef
(TO5); the audience of Salman bin Hamad and the cable (TO6).
Spellings: «خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز آل سعود»، «الأمير سلطان» (TO1); "King Abdullah",
"Prince Sultan", "Jacques Chirac", "Pervez Musharraf" (TO2); «الملك سلمان بن عبدالعزيز»، «الأمير مقرن»،
«الأمير محمد بن نايف» (TO3); "King Salman", "Barack Obama", "Erga Palace" (TO4); «الأمير محمد بن سلمان»،
«هيئة البيعة» (TO5); "Sheikh Tamim bin Hamad Al Thani", "HH the Father Emir", "Sheikh Abdullah bin Nasser
bin Khalifa Al Thani" (TO6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build, met_group  # noqa: E402
from blind_entities_tp import ALL  # noqa: E402

HERE = Path(__file__).parent

SAUDI, QATAR, KUWAIT, BAHRAIN, US, FRANCE, EGYPT, JORDAN, PAKISTAN, UK = (
    "country:saudi-arabia", "country:qatar", "country:kuwait", "country:bahrain", "country:united-states",
    "country:france", "country:egypt", "country:jordan", "country:pakistan", "country:united-kingdom")
ALLEGIANCE, MOI, MOD, COURT, Q_MOI, Q_MOFA = (
    "organization:saudi-allegiance-council", "organization:saudi-interior-ministry",
    "organization:saudi-defence-ministry", "organization:saudi-royal-court", "organization:qatari-interior-ministry",
    "organization:qatari-foreign-ministry")
FAHD, ABDULLAH, KHALID, FAISAL, MUSAID, SULTAN, SALMAN, MUQRIN, MBN, MBS, ABDULAZIZ = (
    "person:fahd-bin-abdulaziz", "person:abdullah-bin-abdulaziz", "person:khalid-bin-abdulaziz",
    "person:faisal-bin-abdulaziz", "person:faisal-bin-musaid", "person:sultan-bin-abdulaziz",
    "person:salman-bin-abdulaziz", "person:muqrin-bin-abdulaziz", "person:mohammed-bin-nayef",
    "person:mohammed-bin-salman", "person:abdulaziz-bin-saud-bin-nayef")
TAMIM, HAMAD, HBJ, A_NASSER, ATTIYAH, SABAH, KING_HAMAD, SALMAN_BH = (
    "person:tamim-bin-hamad-al-thani", "person:hamad-bin-khalifa-al-thani", "person:hamad-bin-jassim-al-thani",
    "person:abdullah-bin-nasser-al-thani", "person:khalid-al-attiyah", "person:sabah-al-ahmad-al-jaber-al-sabah",
    "person:hamad-bin-isa-al-khalifa", "person:salman-bin-hamad-al-khalifa")
CHENEY, BUSH_SR, BUSH, CHIRAC, MUSHARRAF, MUBARAK, ABDULLAH2, OBAMA, KERRY, PELOSI, TRUMP = (
    "person:dick-cheney", "person:george-h-w-bush", "person:george-w-bush", "person:jacques-chirac",
    "person:pervez-musharraf", "person:hosni-mubarak", "person:abdullah-ii", "person:barack-obama",
    "person:john-kerry", "person:nancy-pelosi", "person:donald-trump")
BLAIR = "person:tony-blair"

SPA = "blind set (Saudi state news agency, Arabic, SPA-like)"
REUTERS = "blind set (British news wire, English, Reuters-like)"
RIYADH = "blind set (Riyadh daily, Arabic, Al-Riyadh-like)"
AP = "blind set (US news wire, English, AP-like)"
ARABIYA = "blind set (Saudi-owned news channel's website, Arabic, Al Arabiya-like)"
GT = "blind set (Doha daily, English, Gulf Times-like)"

ARTICLES = [
    ("arTO1_abdullah_bay_a_spa", "ar",
     "المواطنون يبايعون خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز ملكاً للبلاد\n"
     "الرياض 27 جمادى الآخرة 1426 هـ الموافق 3 أغسطس 2005 م واس\n"
     "بايع أصحاب السمو الملكي الأمراء وأصحاب السماحة العلماء وأصحاب المعالي الوزراء وجموع المواطنين بعد صلاة "
     "العصر اليوم في قصر الحكم بالرياض خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز آل سعود ملكاً على "
     "المملكة العربية السعودية خلفاً لأخيه الملك فهد بن عبدالعزيز يرحمه الله، كما بايعوا صاحب السمو الملكي "
     "الأمير سلطان بن عبدالعزيز ولياً للعهد.\n"
     "وكان الديوان الملكي قد أعلن يوم الاثنين وفاة الملك فهد عن عمر ناهز الرابعة والثمانين، بعد حكم امتد ثلاثاً "
     "وعشرين سنة منذ أن تولى الملك عام 1982 خلفاً للملك خالد بن عبدالعزيز.\n"
     "وقد استقبل خادم الحرمين الشريفين في وقت لاحق، كلاً على حدة، فخامة الرئيس محمد حسني مبارك رئيس جمهورية "
     "مصر العربية، وجلالة الملك عبدالله الثاني بن الحسين ملك المملكة الأردنية الهاشمية، اللذين قدّما العزاء "
     "في الفقيد.\n"
     "وتلقى الملك عبدالله اتصالاً هاتفياً من فخامة الرئيس جورج دبليو بوش رئيس الولايات المتحدة الأمريكية قدّم "
     "خلاله التعازي، فيما يُنتظر أن يصل إلى الرياض خلال الأيام المقبلة مزيد من القادة والوفود لتقديم العزاء.\n"
     "ويشغل سمو ولي العهد كذلك منصب النائب الأول لرئيس مجلس الوزراء ووزير الدفاع والطيران والمفتش العام.",
     [("SUCCESSOR_OF", ABDULLAH, FAHD, "ملكاً على المملكة العربية السعودية خلفاً لأخيه", "2005-08-01"),
      ("LEADS", ABDULLAH, SAUDI, "ملكاً على المملكة العربية السعودية خلفاً"),
      ("SUCCESSOR_OF", FAHD, KHALID, "خلفاً للملك خالد", "1982-06-13"),
      ("MET_WITH", ABDULLAH, MUBARAK, "فخامة الرئيس محمد حسني مبارك", "2005-08-03"),
      ("MET_WITH", ABDULLAH, ABDULLAH2, "وجلالة الملك عبدالله الثاني بن الحسين", "2005-08-03"),
      ("LEADS", MUBARAK, EGYPT, "رئيس جمهورية مصر العربية"),
      ("LEADS", ABDULLAH2, JORDAN, "ملك المملكة الأردنية الهاشمية"),
      ("LEADS", BUSH, US, "رئيس الولايات المتحدة الأمريكية"),
      ("LEADS", SULTAN, MOD, "ووزير الدفاع والطيران"),
      ],
     {"source": SPA, "published": "2005-08-03"}),

    ("enTO2_cheney_chirac_riyadh_reuters", "en",
     "Cheney, Chirac pay respects to Saudi Arabia's new king\n"
     "RIYADH, Aug 2 (Reuters) - U.S. Vice President Dick Cheney and former President George Bush were received "
     "by King Abdullah in Riyadh on Tuesday, hours after the funeral of his half-brother King Fahd, the "
     "official Saudi Press Agency said.\n"
     "The two Americans, who have known the 81-year-old monarch for decades, offered condolences and "
     "discussed oil markets and the fight against militants, a U.S. official travelling with the delegation said.\n"
     "French President Jacques Chirac, the first Western leader to arrive, was received by the king in the "
     "morning, followed by Pakistan's President Pervez Musharraf.\n"
     "British Prime Minister Tony Blair was not expected to travel to the kingdom, a Downing Street spokesman "
     "said. Britain is represented by Prince Charles.\n"
     "Abdullah, who had run the day-to-day affairs of the kingdom since Fahd's stroke in 1995, was proclaimed "
     "king on Monday, within hours of Fahd's death. His half-brother Prince Sultan, the defence minister, became crown prince.\n"
     "Fahd himself became crown prince in 1975 after King Faisal was shot dead by a nephew, Prince Faisal bin "
     "Musaid, and succeeded King Khalid in 1982.",
     [("MET_WITH", CHENEY, ABDULLAH, "were received by King Abdullah", "2005-08-02"),
      ("MET_WITH", BUSH_SR, ABDULLAH, "by King Abdullah in Riyadh", "2005-08-02"),
      ("MET_WITH", BUSH_SR, CHENEY, "and former President George Bush were", "2005-08-02"),
      ("MET_WITH", CHIRAC, ABDULLAH, "was received by the king in the morning", "2005-08-02"),
      ("MET_WITH", MUSHARRAF, ABDULLAH, "followed by Pakistan's President Pervez Musharraf", "2005-08-02"),
      ("LEADS", CHIRAC, FRANCE, "French President Jacques Chirac"),
      ("LEADS", MUSHARRAF, PAKISTAN, "Pakistan's President Pervez Musharraf"),
      ("LEADS", BLAIR, UK, "British Prime Minister Tony Blair"),
      ("LEADS", ABDULLAH, SAUDI, "by King Abdullah in Riyadh"),
      ("SUCCESSOR_OF", ABDULLAH, FAHD, "was proclaimed king on Monday", "2005-08-01"),
      ("LEADS", SULTAN, MOD, "the defence minister, became crown prince"),
      ("ASSASSINATED_BY", FAISAL, MUSAID, "was shot dead by a nephew", "1975-03-25"),
      ("SUCCESSOR_OF", FAHD, KHALID, "succeeded King Khalid in 1982", "1982-06-13"),
      ],
     {"source": REUTERS, "published": "2005-08-02"}),

    ("arTO3_salman_accession_riyadh", "ar",
     "خادم الحرمين الملك سلمان يتقبل البيعة ويستقبل المعزين من قادة الخليج\n"
     "الرياض - «الرياض»\n"
     "بايعت جموع المواطنين مساء أمس في قصر الحكم بالرياض خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، "
     "الذي تولى مقاليد الحكم خلفاً لأخيه الراحل الملك عبدالله بن عبدالعزيز، بعد ساعات من إعلان الديوان الملكي "
     "وفاته فجر الجمعة.\n"
     "كما بايعت الجموع صاحب السمو الملكي الأمير مقرن بن عبدالعزيز ولياً للعهد، وصاحب السمو الملكي الأمير محمد بن "
     "نايف بن عبدالعزيز ولياً لولي العهد نائباً ثانياً لرئيس مجلس الوزراء ووزيراً للداخلية، ليكون أول أحفاد "
     "المؤسس في هذا المنصب.\n"
     "وصدر أمر ملكي بتعيين صاحب السمو الأمير محمد بن سلمان وزيراً للدفاع ورئيساً للديوان الملكي.\n"
     "وبعد الصلاة على الفقيد في جامع الإمام تركي بن عبدالله، استقبل خادم الحرمين الشريفين في قصر اليمامة صاحب "
     "السمو الشيخ صباح الأحمد الجابر الصباح أمير دولة الكويت، ثم استقبل أخاه جلالة الملك حمد بن عيسى آل خليفة "
     "ملك مملكة البحرين، وقدّما له التعازي في وفاة الملك عبدالله.\n"
     "وفي واشنطن، أعلن البيت الأبيض أن الرئيس الأمريكي باراك أوباما يعتزم زيارة المملكة الثلاثاء المقبل لتقديم "
     "العزاء، ولقاء الملك سلمان.",
     [("SUCCESSOR_OF", SALMAN, ABDULLAH, "الذي تولى مقاليد الحكم خلفاً لأخيه", "2015-01-23"),
      ("LEADS", SALMAN, SAUDI, "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود"),
      ("LEADS", MBN, MOI, "ووزيراً للداخلية"),
      ("LEADS", MBS, MOD, "وزيراً للدفاع ورئيساً"),
      ("LEADS", MBS, COURT, "ورئيساً للديوان الملكي"),
      ("MET_WITH", SALMAN, SABAH, "الشيخ صباح الأحمد الجابر الصباح أمير", "2015-01-23"),
      ("MET_WITH", SALMAN, KING_HAMAD, "ثم استقبل أخاه جلالة الملك حمد", "2015-01-23"),
      ("LEADS", SABAH, KUWAIT, "أمير دولة الكويت"),
      ("LEADS", KING_HAMAD, BAHRAIN, "ملك مملكة البحرين"),
      ("LEADS", OBAMA, US, "الرئيس الأمريكي باراك أوباما"),
      ],
     {"source": RIYADH, "published": "2015-01-24"}),

    ("enTO4_obama_salman_riyadh_ap", "en",
     "Obama pays respects to new Saudi king, talks Iran and Islamic State\n"
     "RIYADH, Saudi Arabia (AP) - President Barack Obama cut short a visit to India and flew to the Saudi capital "
     "on Tuesday, where he was greeted at the airport by King Salman, who took the throne last week after the "
     "death of his half-brother, King Abdullah.\n"
     "The two leaders then held talks at Erga Palace, joined by Secretary of State John Kerry and the new crown "
     "prince, Prince Muqrin, before a dinner hosted by the king.\n"
     "Obama's 30-member delegation included House Democratic leader Nancy Pelosi, Sen. John McCain and former "
     "secretaries of state James Baker and Condoleezza Rice, a sign of the weight Washington puts on the "
     "relationship.\n"
     "The president had telephoned Salman from New Delhi on Friday to offer condolences. The Iranian nuclear "
     "talks and the campaign against the Islamic State group were expected to come up, White House officials "
     "said, though no announcements were planned.\n"
     "Salman, 79, moved quickly to settle the succession, naming his nephew Prince Mohammed bin Nayef, the "
     "interior minister, as deputy crown prince and his own son Prince Mohammed bin Salman as defense minister.",
     [("MET_WITH", OBAMA, SALMAN, "greeted at the airport by King Salman", "2015-01-27"),
      ("LEADS", SALMAN, SAUDI, "by King Salman, who took"),
      ("LEADS", OBAMA, US, "President Barack Obama cut short"),
      ("SUCCESSOR_OF", SALMAN, ABDULLAH, "who took the throne last week", "2015-01-23"),
      ]
     + met_group({OBAMA: "President Barack Obama cut short", SALMAN: "The two leaders then held talks",
                  KERRY: "joined by Secretary of State John Kerry", MUQRIN: "prince, Prince Muqrin, before"},
                 "2015-01-27")[1:]
     + [("LEADS", MBN, MOI, "the interior minister, as deputy"),
        ("LEADS", KERRY, "organization:us-state-department", "Secretary of State John Kerry"),
        ("LEADS", MBS, MOD, "as defense minister"),
        ],
     {"source": AP, "published": "2015-01-27"}),

    ("arTO5_mbs_crown_prince_arabiya", "ar",
     "أمر ملكي: الأمير محمد بن سلمان ولياً للعهد خلفاً لمحمد بن نايف\n"
     "العربية.نت - الرياض\n"
     "أصدر خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، فجر الأربعاء، أمراً ملكياً باختيار الأمير محمد بن سلمان "
     "ولياً للعهد خلفاً للأمير محمد بن نايف، الذي أُعفي من ولاية العهد ومن منصبي نائب رئيس مجلس الوزراء ووزير "
     "الداخلية.\n"
     "وجاء الأمر الملكي بعد أن أيّد 31 عضواً من أصل 34 في هيئة البيعة اختيار ولي العهد الجديد، الذي يحتفظ "
     "بمنصبه وزيراً للدفاع.\n"
     "كما صدر أمر ملكي بتعيين الأمير عبدالعزيز بن سعود بن نايف وزيراً للداخلية خلفاً لعمّه.\n"
     "واستقبل ولي العهد الجديد في قصر الصفا بمكة المكرمة مساء اليوم ولي العهد السابق الأمير محمد بن نايف، الذي "
     "قدِم لمبايعته، وقال له بحسب مقطع بثّه التلفزيون الرسمي: «أنا بأرتاح الحين، وأنت الله يعينك»، فيما قبّل "
     "الأمير محمد بن سلمان يده.\n"
     "وتلقى الأمير محمد بن سلمان اتصالاً هاتفياً من الرئيس الأمريكي دونالد ترامب هنّأه فيه بالثقة الملكية.\n"
     "ونفى مسؤول سعودي ما تداولته وسائل إعلام غربية عن فرض قيود على تنقلات الأمير محمد بن نايف، واصفاً تلك "
     "الأنباء بأنها «عارية عن الصحة».",
     [("SUCCESSOR_OF", MBS, MBN, "ولياً للعهد خلفاً للأمير محمد بن نايف", "2017-06-21"),
      ("LEADS", SALMAN, SAUDI, "أصدر خادم الحرمين الشريفين الملك سلمان"),
      ("LEADS", MBS, MOD, "بمنصبه وزيراً للدفاع"),
      ("SUCCESSOR_OF", ABDULAZIZ, MBN, "وزيراً للداخلية خلفاً لعمّه", "2017-06-21"),
      ("LEADS", ABDULAZIZ, MOI, "بتعيين الأمير عبدالعزيز بن سعود بن نايف وزيراً"),
      ("MET_WITH", MBS, MBN, "واستقبل ولي العهد الجديد في قصر الصفا", "2017-06-21"),
      ("LEADS", TRUMP, US, "الرئيس الأمريكي دونالد ترامب"),
      ],
     {"source": ARABIYA, "published": "2017-06-21"}),

    ("enTO6_tamim_new_cabinet_gulf_times", "en",
     "HH the Emir forms new cabinet; Sheikh Abdullah bin Nasser named Prime Minister\n"
     "By Our Staff Reporter\n"
     "Doha\n"
     "His Highness the Emir Sheikh Tamim bin Hamad al-Thani yesterday issued an Emiri decree forming the new "
     "cabinet, with HE Sheikh Abdullah bin Nasser bin Khalifa al-Thani as Prime Minister and Minister of "
     "Interior, replacing HE Sheikh Hamad bin Jassim bin Jabr al-Thani.\n"
     "HE Dr Khalid bin Mohamed al-Attiyah, previously Minister of State for International Co-operation, becomes "
     "Minister of Foreign Affairs. The ministers took the constitutional oath later in the day.\n"
     "On Tuesday HH the Father Emir Sheikh Hamad bin Khalifa al-Thani announced in a televised address that he "
     "was handing over power to his son, ending an 18-year reign that turned Qatar into a regional player.\n"
     "HH the Emir yesterday received at the Emiri Diwan HRH Prince Salman bin Hamad al-Khalifa, Crown Prince "
     "of Bahrain, who conveyed the congratulations of HM King Hamad bin Isa al-Khalifa.\n"
     "HH the Emir also received a cable of congratulations from the Custodian of the Two Holy Mosques King "
     "Abdullah bin Abdulaziz of Saudi Arabia.\n"
     "Sheikh Hamad bin Jassim is expected to stay on as head of the Qatar Investment Authority, according to "
     "sources, though there was no official confirmation.",
     [("LEADS", TAMIM, QATAR, "His Highness the Emir Sheikh Tamim"),
      ("SUCCESSOR_OF", A_NASSER, HBJ, "replacing HE Sheikh Hamad bin Jassim", "2013-06-26"),
      ("LEADS", A_NASSER, QATAR, "as Prime Minister and Minister of"),
      ("LEADS", A_NASSER, Q_MOI, "Minister of Interior"),
      ("LEADS", ATTIYAH, Q_MOFA, "becomes Minister of Foreign Affairs"),
      ("SUCCESSOR_OF", TAMIM, HAMAD, "handing over power to his son", "2013-06-25"),
      ("MET_WITH", TAMIM, SALMAN_BH, "received at the Emiri Diwan HRH Prince Salman", "2013-06-26"),
      ("LEADS", KING_HAMAD, BAHRAIN, "HM King Hamad bin Isa"),
      ("LEADS", ABDULLAH, SAUDI, "King Abdullah bin Abdulaziz of Saudi Arabia"),
      ],
     {"source": GT, "published": "2013-06-27"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setTO")
