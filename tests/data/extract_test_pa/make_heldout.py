"""Blind set PA: the Gulf and Turkey 2017-2020 (first folder of PA-PB): Erdogan's visit to the Turkish
troops in Doha and his talks with Emir Tamim (November 2019, with his July 2017 Gulf tour recalled), Emir
Sabah al-Ahmad's mediation tour of Jeddah, Dubai and Doha after the blockade of Qatar began (June 2017),
King Salman naming Mohammed bin Salman crown prince in place of Mohammed bin Nayef (June 2017), Emir
Tamim's reception of Rex Tillerson in Doha (July 2017), Mike Pompeo's talks in Ankara after Riyadh on
Jamal Khashoggi's killing (October 2018), and Sultan Haitham bin Tariq receiving condolences on Sultan
Qaboos's death (January 2020), as a Turkish state agency writes it in English (Anadolu-like: "DOHA (AA) -"),
Kuwait's state agency in Arabic (KUNA-like: "الدوحة - 7 - 6 (كونا) --", "حفظه الله ورعاه"), an
international wire in English (Reuters-like: "RIYADH (Reuters) -"), Qatar's state agency in Arabic
(QNA-like: "الدوحة في 11 يوليو /قنا/", "أمير البلاد المفدى", "حضر المقابلة"), a Turkish pro-government
daily in English (Daily Sabah-like: "Erdoğan", "hit squad") and Oman's state agency in Arabic (ONA-like:
"مسقط في 12 يناير /العُمانية/", "حضرة صاحب الجلالة السلطان ... المعظم", "حضر المقابلات").
Pieces: Erdogan and Tamim meet with Cavusoglu and Mohammed bin Abdulrahman attending, Akar meets
al-Attiyah, Erdogan had met King Salman and Emir Sabah in July 2017 (English, PA1); Sabah received by
Tamim with three ministers attending, Sabah had met Mohammed bin Rashid in Dubai and King Salman in Jeddah
(Arabic, PA2); Mohammed bin Salman replaces Mohammed bin Nayef, Abdulaziz bin Saud bin Nayef replaces him
at the interior ministry, the two cousins together at al-Safa Palace, MBS had met Trump in March (English,
PA3); Tamim receives Tillerson with Mohammed bin Abdulrahman attending, Tillerson had met Sabah in Kuwait
(Arabic, PA4); Pompeo meets Erdogan with Cavusoglu and Kalin attending, had met King Salman and the crown
prince in Riyadh; Khashoggi murdered by a Saudi hit squad (English, PA5); Haitham receives Sabah, Tamim
and Mohammed bin Rashid with Fahd bin Mahmoud and Shihab bin Tarik attending, Haitham succeeds Qaboos
(Arabic, PA6).
Excluded on purpose (no relation): Erdogan and Akar addressing the troops (no named person met), Erdogan's
expected phone call with Trump (PA1); Trump's phone call to Sabah, Tamim's postponed speech (PA2); Trump's
congratulation call to MBS (PA3); Tillerson's planned talks in Jeddah and with al-Jubeir, Erdogan's phone
call to Tamim (PA4); the crown prince named only by US media and Turkish officials as behind the killing
(an accusation, denied), Otaibi's departure, Trump's phone call with King Salman (PA5); King Salman's cable,
Prince Charles's and Boris Johnson's planned visit (PA6).
Judgement calls: attendees are paired with both principals (host and guest) and, when they attend the same
talks together, with each other (PA1 Cavusoglu and Mohammed bin Abdulrahman, PA2 the three ministers, PA5
Cavusoglu and Kalin, PA6 Fahd and Shihab, who attended all three receptions and so are paired with each
guest); "held talks with A in Jeddah and with B" and "held talks in Riyadh with A and B" are separate
meetings (A and B not paired, PA1, PA5); "was in his reception upon arrival" and "received" are meetings
(PA2, PA4, PA6); the cousins shown together at al-Safa Palace, one pledging allegiance to the other, met
(PA3); "replacing his nephew" and "was replaced by" are successions (PA3); "خلفاً للسلطان الراحل" is a
succession to Qaboos, named in the sentence before (PA6); "murdered by a 15-member Saudi hit squad" gives
Khashoggi -> country:saudi-arabia (as "killed by Israeli bombs" -> Israel in NK5), while the crown prince
is only accused (PA5); a minister LEADS his ministry where it has a gazetteer id; an emir or sultan LEADS
his country; "أمير البلاد" in Kuwait's and Qatar's agencies leads the agency's country.
Filled in for the exercise: the order of the day, the attendance of Cavusoglu and Mohammed bin Abdulrahman,
Akar's meeting with al-Attiyah, Guler's presence, the phone call announced (PA1); the times of the
receptions, the attendance list, Trump's call (PA2); the quotation and the ages as reported that day
(PA3); the place of the audience, the attendance, Erdogan's call (PA4); the length of the airport meeting
and Kalin's presence (PA5); the day and order of the three receptions, the attendance list, the planned
British visit (PA6).
Spellings: "Sheikh Tamim bin Hamad Al Thani", "Khalid bin Mohammed al-Attiyah" (PA1); "صباح خالد الحمد
الصباح", "محمد العبدالله المبارك الصباح" (PA2); "Mohammed bin Nayef", "Abdulaziz bin Saud bin Nayef" (PA3);
"ريكس تيلرسون", "الأمريكية" (PA4); "Erdoğan", "Mevlüt Çavuşoğlu", "İbrahim Kalın" (PA5); "هيثم بن طارق
المعظم", "فهد بن محمود آل سعيد", "شهاب بن طارق آل سعيد" (PA6).
Written and annotated blind (extractor neither read nor run).
A TEST set: never tune the extractor on it. Run:
    python3 make_heldout.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from blind_builder import build  # noqa: E402
from blind_entities_pb import ALL  # noqa: E402

HERE = Path(__file__).parent

QATAR, KUWAIT, OMAN, SAUDI, TURKEY, USA = (
    "country:qatar", "country:kuwait", "country:oman", "country:saudi-arabia", "country:turkey",
    "country:united-states")
KWFM, QAFM, TRFM, SADEF, USSTATE = (
    "organization:kuwaiti-foreign-ministry", "organization:qatari-foreign-ministry",
    "organization:turkish-foreign-ministry", "organization:saudi-defence-ministry",
    "organization:us-state-department")
SABAH, SKHALID, MAM = ("person:sabah-al-ahmad-al-jaber-al-sabah", "person:sabah-al-khalid-al-hamad-al-sabah",
                       "person:mohammed-al-abdullah-al-mubarak-al-sabah")
TAMIM, MBAR, ATTIYAH = ("person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani",
                        "person:khalid-al-attiyah")
QABOOS, HAITHAM, FAHD, SHIHAB = ("person:qaboos-bin-said", "person:haitham-bin-tariq",
                                 "person:fahd-bin-mahmoud-al-said", "person:shihab-bin-tarik")
SALMAN, MBS, MBN, ABDULAZIZ = ("person:salman-bin-abdulaziz", "person:mohammed-bin-salman",
                               "person:mohammed-bin-nayef", "person:abdulaziz-bin-saud-bin-nayef")
KHASHOGGI, MBR = "person:jamal-khashoggi", "person:mohammed-bin-rashid"
ERDOGAN, CAVUSOGLU, AKAR, KALIN = ("person:recep-tayyip-erdogan", "person:mevlut-cavusoglu",
                                   "person:hulusi-akar", "person:ibrahim-kalin")
TRUMP, TILLERSON, POMPEO = "person:donald-trump", "person:rex-tillerson", "person:mike-pompeo"

ANADOLU = "blind set (Turkish state news agency, English service, Anadolu-like)"
KUNA = "blind set (Kuwaiti state news agency, Arabic, KUNA-like)"
REUTERS = "blind set (international news wire, English, Reuters-like)"
QNA = "blind set (Qatari state news agency, Arabic, QNA-like)"
SABAHDAILY = "blind set (Turkish pro-government daily, English, Daily Sabah-like)"
ONA = "blind set (Omani state news agency, Arabic, ONA-like)"

ARTICLES = [
    ("enPA1_erdogan_doha_base_anadolu", "en",
     "Erdogan visits Turkish troops in Qatar, holds talks with Emir Tamim\n"
     "DOHA (AA) - Turkish President Recep Tayyip Erdogan on Monday visited the Qatar-Turkey Combined Joint "
     "Force Command in Doha and addressed the soldiers serving at the base, accompanied by Defense Minister "
     "Hulusi Akar and Chief of General Staff Gen. Yasar Guler.\n"
     "\"This base serves the stability of the whole Gulf, not only of our Qatari brothers,\" Erdogan told the "
     "troops.\n"
     "The Turkish leader and Qatar's Emir Sheikh Tamim bin Hamad Al Thani then met at the Amiri Diwan before "
     "co-chairing the fifth meeting of the Turkey-Qatar Supreme Strategic Committee. Foreign Minister Mevlut "
     "Cavusoglu and Qatari Deputy Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani "
     "also attended the talks.\n"
     "Earlier in the day, Akar met his Qatari counterpart Khalid bin Mohammed al-Attiyah to review the "
     "deployment.\n"
     "The base was set up under a 2014 agreement, and the Turkish parliament fast-tracked the dispatch of more "
     "troops in June 2017, days after Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Doha. Its closure "
     "was among the 13 demands the blockading countries sent through Kuwait, which Doha rejected.\n"
     "During a Gulf tour in July 2017, Erdogan held talks with Saudi King Salman bin Abdulaziz in Jeddah and "
     "with Kuwait's Emir Sheikh Sabah al-Ahmad al-Jaber al-Sabah, whose mediation Ankara has backed.\n"
     "Erdogan is expected to hold a phone call with U.S. President Donald Trump later this week, Turkish "
     "officials said.",
     [("LEADS", ERDOGAN, TURKEY, "Turkish President Recep Tayyip Erdogan on Monday"),
      ("MET_WITH", ERDOGAN, TAMIM, "The Turkish leader and Qatar's Emir", "2019-11-25"),
      ("LEADS", TAMIM, QATAR, "Qatar's Emir Sheikh Tamim"),
      ("MET_WITH", CAVUSOGLU, ERDOGAN, "Foreign Minister Mevlut", "2019-11-25"),
      ("MET_WITH", CAVUSOGLU, TAMIM, "Cavusoglu and Qatari Deputy", "2019-11-25"),
      ("MET_WITH", MBAR, ERDOGAN, "Sheikh Mohammed bin Abdulrahman Al Thani", "2019-11-25"),
      ("MET_WITH", MBAR, TAMIM, "also attended the talks", "2019-11-25"),
      ("MET_WITH", CAVUSOGLU, MBAR, "Prime Minister and Foreign Minister Sheikh", "2019-11-25"),
      ("LEADS", CAVUSOGLU, TRFM, "Foreign Minister Mevlut Cavusoglu"),
      ("LEADS", MBAR, QAFM, "Qatari Deputy Prime Minister and Foreign Minister"),
      ("MET_WITH", AKAR, ATTIYAH, "Akar met his Qatari counterpart", "2019-11-25"),
      ("MET_WITH", ERDOGAN, SALMAN, "Erdogan held talks with Saudi King", "2017-07-23"),
      ("LEADS", SALMAN, SAUDI, "Saudi King Salman bin Abdulaziz"),
      ("MET_WITH", ERDOGAN, SABAH, "with Kuwait's Emir Sheikh Sabah", "2017-07-23"),
      ("LEADS", SABAH, KUWAIT, "Kuwait's Emir Sheikh Sabah al-Ahmad"),
      ("LEADS", TRUMP, USA, "U.S. President Donald Trump later"),
      ],
     {"source": ANADOLU, "published": "2019-11-25"}),

    ("arPA2_sabah_tour_doha_kuna", "ar",
     "سمو الأمير يصل إلى الدوحة في ختام جولة خليجية ويجري مباحثات مع أخيه أمير قطر\n"
     "الدوحة - 7 - 6 (كونا) -- وصل حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح حفظه الله "
     "ورعاه والوفد الرسمي المرافق إلى الدوحة مساء اليوم قادماً من دولة الإمارات العربية المتحدة الشقيقة.\n"
     "وكان في استقبال سموه لدى وصوله حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر الشقيقة، "
     "وعقد الجانبان جلسة مباحثات رسمية تناولت العلاقات الأخوية ومستجدات الأوضاع على الساحة الخليجية.\n"
     "وحضر المباحثات من الجانب الكويتي النائب الأول لرئيس مجلس الوزراء وزير الخارجية الشيخ صباح خالد الحمد "
     "الصباح ووزير الدولة لشؤون مجلس الوزراء الشيخ محمد العبدالله المبارك الصباح، ومن الجانب القطري وزير "
     "الخارجية الشيخ محمد بن عبدالرحمن آل ثاني.\n"
     "وكان سمو أمير البلاد قد التقى في دبي صباح اليوم أخاه صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب "
     "رئيس دولة الإمارات رئيس مجلس الوزراء حاكم دبي، بعد أن اجتمع أمس في جدة بأخيه خادم الحرمين الشريفين "
     "الملك سلمان بن عبدالعزيز آل سعود.\n"
     "وأعرب الشيخ تميم عن تقديره لمساعي سموه الخيرة، وكان أمير قطر قد أرجأ كلمة إلى الشعب القطري كانت "
     "مقررة مساء الاثنين استجابة لطلب من سمو أمير البلاد لإفساح المجال أمام الوساطة.\n"
     "من جهة أخرى، تلقى سمو أمير البلاد اتصالاً هاتفياً من الرئيس الأميركي دونالد ترامب جرى خلاله بحث "
     "تداعيات قطع العلاقات مع قطر.",
     [("LEADS", SABAH, KUWAIT, "أمير البلاد الشيخ صباح الأحمد"),
      ("MET_WITH", SABAH, TAMIM, "وكان في استقبال سموه لدى وصوله", "2017-06-07"),
      ("LEADS", TAMIM, QATAR, "أمير دولة قطر الشقيقة"),
      ("MET_WITH", SKHALID, SABAH, "الشيخ صباح خالد الحمد", "2017-06-07"),
      ("MET_WITH", SKHALID, TAMIM, "وحضر المباحثات من الجانب الكويتي", "2017-06-07"),
      ("MET_WITH", MAM, SABAH, "الشيخ محمد العبدالله المبارك", "2017-06-07"),
      ("MET_WITH", MAM, TAMIM, "ووزير الدولة لشؤون مجلس الوزراء", "2017-06-07"),
      ("MET_WITH", MBAR, SABAH, "الشيخ محمد بن عبدالرحمن آل ثاني", "2017-06-07"),
      ("MET_WITH", MBAR, TAMIM, "ومن الجانب القطري وزير", "2017-06-07"),
      ("MET_WITH", SKHALID, MAM, "المبارك الصباح، ومن الجانب", "2017-06-07"),
      ("MET_WITH", SKHALID, MBAR, "النائب الأول لرئيس مجلس الوزراء", "2017-06-07"),
      ("MET_WITH", MAM, MBAR, "الخارجية الشيخ محمد بن عبدالرحمن", "2017-06-07"),
      ("LEADS", SKHALID, KWFM, "وزير الخارجية الشيخ صباح خالد"),
      ("LEADS", MBAR, QAFM, "الجانب القطري وزير الخارجية"),
      ("MET_WITH", SABAH, MBR, "قد التقى في دبي صباح اليوم", "2017-06-07"),
      ("MET_WITH", SABAH, SALMAN, "بعد أن اجتمع أمس في جدة", "2017-06-06"),
      ("LEADS", SALMAN, SAUDI, "خادم الحرمين الشريفين الملك سلمان"),
      ("LEADS", TRUMP, USA, "الرئيس الأميركي دونالد ترامب"),
      ],
     {"source": KUNA, "published": "2017-06-07"}),

    ("enPA3_mbs_crown_prince_reuters", "en",
     "Saudi king ousts nephew, names son Mohammed bin Salman as heir\n"
     "RIYADH (Reuters) - Saudi Arabia's King Salman on Wednesday appointed his son Mohammed bin Salman as crown "
     "prince, replacing his nephew Mohammed bin Nayef in a palace shake-up that makes the 31-year-old heir "
     "to the throne.\n"
     "A royal decree carried by the state news agency SPA said Mohammed bin Nayef, 57, was also relieved of his "
     "post as interior minister. He was replaced by Prince Abdulaziz bin Saud bin Nayef, a 33-year-old nephew "
     "of the ousted heir.\n"
     "Thirty-one of the 34 members of the Allegiance Council, made up of senior royals, backed the change, the "
     "decree said.\n"
     "State television later showed the new crown prince kneeling to kiss the hand of his older cousin at "
     "al-Safa Palace in Mecca, where Mohammed bin Nayef pledged allegiance to him. \"I will rest now. May God "
     "help you,\" the former heir said.\n"
     "The younger prince, who is also defense minister, already runs the kingdom's war in Yemen. He met U.S. President Donald Trump at the White House in March and was the architect of "
     "Trump's visit to Riyadh in May.\n"
     "Trump called Mohammed bin Salman on Wednesday to congratulate him, the White House said, adding that the "
     "two leaders discussed cutting off support for terrorism and the dispute with Qatar.\n"
     "The reshuffle comes two weeks after Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties "
     "with Qatar, accusing it of backing militants. Kuwait's emir, Sheikh Sabah al-Ahmad "
     "al-Sabah, has been trying to mediate.",
     [("LEADS", SALMAN, SAUDI, "Saudi Arabia's King Salman on Wednesday"),
      ("SUCCESSOR_OF", MBS, MBN, "replacing his nephew Mohammed bin Nayef", "2017-06-21"),
      ("SUCCESSOR_OF", ABDULAZIZ, MBN, "He was replaced by Prince Abdulaziz", "2017-06-21"),
      ("MET_WITH", MBS, MBN, "State television later showed the new crown prince", "2017-06-21"),
      ("LEADS", MBS, SADEF, "who is also defense minister"),
      ("MET_WITH", MBS, TRUMP, "He met U.S. President Donald Trump", "2017-03-14"),
      ("LEADS", TRUMP, USA, "U.S. President Donald Trump at the White House"),
      ("LEADS", SABAH, KUWAIT, "Kuwait's emir, Sheikh Sabah"),
      ],
     {"source": REUTERS, "published": "2017-06-21"}),

    ("arPA4_tamim_tillerson_qna", "ar",
     "سمو الأمير يستقبل وزير الخارجية الأمريكي\n"
     "الدوحة في 11 يوليو /قنا/ استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى بمكتبه "
     "في الديوان الأميري صباح اليوم، معالي السيد ريكس تيلرسون وزير خارجية الولايات المتحدة الأمريكية الصديقة "
     "والوفد المرافق، بمناسبة زيارته للبلاد.\n"
     "ونقل معاليه خلال المقابلة تحيات فخامة الرئيس دونالد ترامب رئيس الولايات المتحدة الأمريكية إلى سمو "
     "الأمير، فيما حمّله سموه تحياته لفخامته.\n"
     "وجرى خلال المقابلة استعراض علاقات التعاون الاستراتيجي بين البلدين، ومناقشة تطورات الأزمة الخليجية "
     "والجهود التي يبذلها أخوه حضرة صاحب السمو الشيخ صباح الأحمد الجابر الصباح أمير دولة الكويت الشقيقة في "
     "هذا الشأن.\n"
     "حضر المقابلة سعادة الشيخ محمد بن عبدالرحمن آل ثاني نائب رئيس مجلس الوزراء وزير الخارجية.\n"
     "إلى ذلك، وقّع سعادة نائب رئيس مجلس الوزراء وزير الخارجية ومعالي وزير الخارجية الأمريكي مساء اليوم "
     "مذكرة تفاهم بين البلدين لمكافحة تمويل الإرهاب، وعقد الوزيران مؤتمراً صحفياً مشتركاً بالدوحة.\n"
     "وكان تيلرسون قد وصل إلى الدوحة قادماً من الكويت، حيث اجتمع أمس بسمو أمير دولة الكويت.\n"
     "ومن المقرر أن يتوجه الوزير الأمريكي غداً إلى جدة لإجراء مباحثات مع نظرائه في السعودية والإمارات "
     "والبحرين ومصر، على أن يلتقي وزير الخارجية السعودي عادل الجبير.\n"
     "وفي سياق متصل، تلقى سمو الأمير اتصالاً هاتفياً من فخامة الرئيس رجب طيب أردوغان رئيس الجمهورية "
     "التركية، جرى خلاله استعراض العلاقات الثنائية.",
     [("MET_WITH", TAMIM, TILLERSON, "معالي السيد ريكس تيلرسون", "2017-07-11"),
      ("LEADS", TAMIM, QATAR, "أمير البلاد المفدى"),
      ("LEADS", TILLERSON, USSTATE, "وزير خارجية الولايات المتحدة الأمريكية الصديقة"),
      ("LEADS", TRUMP, USA, "دونالد ترامب رئيس الولايات المتحدة"),
      ("LEADS", SABAH, KUWAIT, "أمير دولة الكويت الشقيقة"),
      ("MET_WITH", MBAR, TAMIM, "حضر المقابلة سعادة الشيخ", "2017-07-11"),
      ("MET_WITH", MBAR, TILLERSON, "محمد بن عبدالرحمن آل ثاني نائب", "2017-07-11"),
      ("LEADS", MBAR, QAFM, "آل ثاني نائب رئيس مجلس الوزراء وزير الخارجية"),
      ("MET_WITH", TILLERSON, SABAH, "حيث اجتمع أمس بسمو", "2017-07-10"),
      ("LEADS", ERDOGAN, TURKEY, "أردوغان رئيس الجمهورية"),
      ],
     {"source": QNA, "published": "2017-07-11"}),

    ("enPA5_pompeo_ankara_khashoggi_dailysabah", "en",
     "Pompeo meets Erdoğan in Ankara as Khashoggi probe widens\n"
     "U.S. Secretary of State Mike Pompeo met with President Recep Tayyip Erdoğan in Ankara on Wednesday, a day "
     "after he held talks in Riyadh with Saudi King Salman bin Abdulaziz and Crown Prince Mohammed bin Salman "
     "over the killing of journalist Jamal Khashoggi.\n"
     "The 40-minute meeting at Esenboğa Airport was also attended by Foreign Minister Mevlüt Çavuşoğlu and "
     "presidential spokesman İbrahim Kalın. Pompeo later held a separate meeting with Çavuşoğlu before flying "
     "back to Washington.\n"
     "Khashoggi, a Washington Post columnist critical of the crown prince's policies, was murdered by a "
     "15-member Saudi hit squad after he entered the Saudi Consulate General in Istanbul on Oct. 2 to obtain "
     "paperwork for his upcoming marriage.\n"
     "Riyadh has so far denied any involvement, insisting that the journalist left the building shortly after "
     "his arrival.\n"
     "Several of the suspects identified by Turkish authorities are members of the crown prince's security "
     "detail, and U.S. media quoted officials as saying an operation of this kind could not have been carried "
     "out without his knowledge. Saudi officials reject the claim.\n"
     "Consul General Mohammed al-Otaibi left Istanbul for Riyadh on Tuesday, hours before Turkish "
     "investigators searched his residence.\n"
     "U.S. President Donald Trump, who spoke by phone with King Salman on Monday, has suggested that \"rogue "
     "killers\" may have been responsible.",
     [("LEADS", POMPEO, USSTATE, "U.S. Secretary of State Mike Pompeo"),
      ("MET_WITH", POMPEO, ERDOGAN, "met with President Recep Tayyip", "2018-10-17"),
      ("MET_WITH", POMPEO, SALMAN, "Saudi King Salman bin Abdulaziz and", "2018-10-16"),
      ("MET_WITH", POMPEO, MBS, "Crown Prince Mohammed bin Salman", "2018-10-16"),
      ("LEADS", SALMAN, SAUDI, "with Saudi King Salman"),
      ("MET_WITH", CAVUSOGLU, POMPEO, "The 40-minute meeting at", "2018-10-17"),
      ("MET_WITH", CAVUSOGLU, ERDOGAN, "attended by Foreign Minister", "2018-10-17"),
      ("MET_WITH", KALIN, POMPEO, "presidential spokesman İbrahim Kalın", "2018-10-17"),
      ("MET_WITH", KALIN, ERDOGAN, "Esenboğa Airport was also attended", "2018-10-17"),
      ("MET_WITH", CAVUSOGLU, KALIN, "Mevlüt Çavuşoğlu and presidential", "2018-10-17"),
      ("LEADS", CAVUSOGLU, TRFM, "Foreign Minister Mevlüt Çavuşoğlu"),
      ("ASSASSINATED_BY", KHASHOGGI, SAUDI, "was murdered by a", "2018-10-02"),
      ("LEADS", TRUMP, USA, "U.S. President Donald Trump, who spoke"),
      ],
     {"source": SABAHDAILY, "published": "2018-10-17"}),

    ("arPA6_haitham_condolences_ona", "ar",
     "جلالة السلطان المعظم يتقبّل التعازي من قادة الدول الشقيقة\n"
     "مسقط في 12 يناير /العُمانية/ تقبّل حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم اليوم بقصر العلم "
     "العامر التعازي في وفاة المغفور له بإذن الله تعالى جلالة السلطان قابوس بن سعيد -طيب الله ثراه- من عدد "
     "من قادة الدول الشقيقة.\n"
     "فقد استقبل جلالته حضرة صاحب السمو الشيخ صباح الأحمد الجابر الصباح أمير دولة الكويت الشقيقة، ثم استقبل "
     "صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر، كما استقبل صاحب السمو الشيخ محمد بن راشد آل مكتوم "
     "نائب رئيس دولة الإمارات العربية المتحدة رئيس مجلس الوزراء حاكم دبي.\n"
     "وقد عبّر القادة عن خالص تعازيهم ومواساتهم لجلالته وللشعب العُماني، مشيدين بما قدمه الفقيد من إسهامات "
     "في ترسيخ السلام في المنطقة.\n"
     "حضر المقابلات صاحب السمو السيد فهد بن محمود آل سعيد نائب رئيس الوزراء لشؤون مجلس الوزراء، والسيد "
     "شهاب بن طارق آل سعيد.\n"
     "وكان جلالة السلطان هيثم بن طارق قد أدى اليمين القانونية أمام مجلس عُمان يوم السبت سلطاناً للبلاد خلفاً "
     "للسلطان الراحل، بعد أن فتح مجلس الدفاع الرسالة التي أودعها وسمّى فيها ابن عمه.\n"
     "وتلقى جلالته برقية تعزية من أخيه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود ملك المملكة "
     "العربية السعودية.\n"
     "ومن المقرر أن يصل إلى مسقط غداً صاحب السمو الملكي الأمير تشارلز ولي عهد المملكة المتحدة ورئيس الوزراء "
     "البريطاني بوريس جونسون لتقديم واجب العزاء.",
     [("MET_WITH", HAITHAM, SABAH, "فقد استقبل جلالته حضرة", "2020-01-12"),
      ("LEADS", SABAH, KUWAIT, "أمير دولة الكويت الشقيقة"),
      ("MET_WITH", HAITHAM, TAMIM, "ثم استقبل صاحب السمو الشيخ تميم", "2020-01-12"),
      ("LEADS", TAMIM, QATAR, "آل ثاني أمير دولة قطر"),
      ("MET_WITH", HAITHAM, MBR, "كما استقبل صاحب السمو الشيخ محمد", "2020-01-12"),
      ("MET_WITH", FAHD, HAITHAM, "حضر المقابلات صاحب السمو", "2020-01-12"),
      ("MET_WITH", FAHD, SABAH, "السيد فهد بن محمود آل سعيد", "2020-01-12"),
      ("MET_WITH", FAHD, TAMIM, "نائب رئيس الوزراء لشؤون مجلس الوزراء", "2020-01-12"),
      ("MET_WITH", FAHD, MBR, "لشؤون مجلس الوزراء، والسيد", "2020-01-12"),
      ("MET_WITH", SHIHAB, HAITHAM, "شهاب بن طارق آل سعيد.", "2020-01-12"),
      ("MET_WITH", SHIHAB, SABAH, "والسيد شهاب", "2020-01-12"),
      ("MET_WITH", SHIHAB, TAMIM, "شهاب بن طارق آل", "2020-01-12"),
      ("MET_WITH", SHIHAB, MBR, "شهاب بن طارق", "2020-01-12"),
      ("MET_WITH", FAHD, SHIHAB, "فهد بن محمود", "2020-01-12"),
      ("SUCCESSOR_OF", HAITHAM, QABOOS, "خلفاً للسلطان الراحل", "2020-01-11"),
      ("LEADS", HAITHAM, OMAN, "سلطاناً للبلاد"),
      ("LEADS", SALMAN, SAUDI, "الملك سلمان بن عبدالعزيز آل سعود ملك المملكة"),
      ],
     {"source": ONA, "published": "2020-01-12"}),
]

if __name__ == "__main__":
    build(HERE, ALL, ARTICLES, set_name="setPA")
