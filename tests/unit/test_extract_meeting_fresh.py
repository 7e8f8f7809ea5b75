"""MET_WITH constructions of ordinary wire copy (session 8):

- Arabic "كان X في استقباله" / "وكان X في استقبال Y" with the host BEFORE "في" (the guest is
  the visitor the sentence or the last sentences named), not only "وكان في استقباله X";
- a delegation received in VSO order, "استقبل (رئيس الوزراء) X الوفدَ التركي": the members
  the article named for that delegation before;
- "the Omani diplomat" when nobody is known to be Omani: the person the article is about, and
  a country after "في / لدى / to / in" in a title is where he serves, not his nationality;
- "X met Y, hours after holding talks with Z": Z met X, not Y;
- "held talks with X in Baghdad and warned that Washington would not ...": a meeting held;
- "the White House coordinator for the Middle East and North Africa, and Y": a place, so the
  list (and "the two envoys" later) keeps Y;
- "المبعوث الخاص للأمين العام ... في اليمن X" is the envoy himself, who was met;
- step 2: "received Iraq's Minister of Defense X" (a possessive country before a title the
  name leaves out); "received the commander of US Central Command (CENTCOM), General X"; "met
  X, the head of Y, and secured ..." (a verb, no list member); "X was joined at the meeting by
  Y, ..., and by Z"; "received the PMF delegation" when no delegation was told before: the
  body's leader named in the last sentences;
- step 3: "، والتقى في مدينة ... قائدَ ... X، وقائد ... Y": an object the writer marked with the
  fatha after an adverbial is no subject (the subject is carried from the clause before), a
  titled member after "، و" continues the list, and the carried subject is never someone only
  present ("بحضور Z") nor an object marked with the fatha;
- step 4: "a delegation from Lebanon's Hezbollah" (the body, not its country); "also met the
  visitors" and "The Iraqis also met Y" (the delegation told before, of that nationality);
  "استضاف X ... اجتماعاً ثلاثياً ضمّ نظيريه الإيراني Y والعراقي Z" (X took part; a nationality
  before each member), not when the hosting verb is negated or planned;
- step 5: "والتقى (رئيس الوزراء) X، ونقل إليه رسالة من Y": a comma and a و-verb open a new clause,
  so Y is no object of the meeting (X is, and the subject is carried).

Our own sentences, in both languages, with negatives (negated, planned, postponed). Each case:
(name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, MEKDAD = "person:abbas-araghchi", "person:faisal-mekdad"
ASSAD, SOUSAN = "person:bashar-al-assad", "person:ayman-susan"
SUD, PEZ = "person:mohammed-shia-al-sudani", "person:masoud-pezeshkian"
FIDAN, GULER = "person:hakan-fidan", "person:yasar-guler"
HAYYA, RASHAD = "person:khalil-al-hayya", "person:hassan-rashad"
MADBOULY = "person:mustafa-madbuli"
NECHIRVAN, MCGURK = "person:nechirvan-barzani", "person:brett-mcgurk"
HOCHSTEIN = "person:amos-hochstein"
SAVAYA, FUAD = "person:mark-savaya", "person:fuad-hussein"
BARRACK, SHARAA = "person:tom-barrack", "person:ahmed-al-sharaa"
SULTAN, BUSAIDI = "person:haitham-bin-tariq", "person:badr-albusaidi"
ERDOGAN = "person:recep-tayyip-erdogan"
RASHID, GRUNDBERG = "person:abdul-latif-rashid", "person:hans-gharundabragh"
MASROUR, ZAIDAN = "person:masrour-barzani", "person:faiq-zaidan"
ARAJI, KALIN = "person:qassim-al-araji", "person:ibrahim-kalin"
FAYYADH, KHOSHNAW = "person:falih-al-fayyadh", "person:omed-khoshnaw"
ABBASI, SALEH_AMIRI = "person:thabet-al-abbasi", "person:salih-al-amiri"
YARALLAH, INAN = "person:abdul-amir-yarallah", "person:anil-bura-aynan"
SHATRI = "person:ali-al-shatri"
QAANI, QASSEM = "person:esmail-qaani", "person:naim-qassem"
HEZBOLLAH, LEBANON = "organization:hezbollah", "country:lebanon"
REBER, KHAZALI = "person:reber-ahmed", "person:qais-al-khazali"


CASES = [
 # ---- Arabic: the host before "في استقباله"
 ("ar_host_before_in_his_reception",
  "وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق، أمس، وكان وزير الخارجية فيصل المقداد في "
  "استقباله في المطار.", "ar", [MW(ARAGHCHI, MEKDAD)], []),
 ("ar_host_before_after_reception_next_sentence",
  "وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق، أمس. واستقبله الرئيس السوري بشار الأسد، "
  "بعدما كان نائب وزير الخارجية أيمن سوسان في استقباله بالمطار.", "ar",
  [MW(ARAGHCHI, ASSAD), MW(ARAGHCHI, SOUSAN)], [MW(ASSAD, SOUSAN)]),
 ("ar_host_before_named_guest",
  "وكان رئيس الوزراء محمد شياع السوداني في استقبال الرئيس الإيراني مسعود بزشكيان لدى وصوله "
  "إلى بغداد.", "ar", [MW(SUD, PEZ)], []),
 ("ar_host_before_negated",
  "ولم يكن رئيس الوزراء محمد شياع السوداني في استقبال الرئيس الإيراني مسعود بزشكيان لدى "
  "وصوله إلى بغداد.", "ar", [], [MW(SUD, PEZ)]),
 ("ar_host_before_planned",
  "وصل وزير الخارجية الإيراني عباس عراقجي إلى دمشق، أمس، وكان من المقرر أن يكون وزير الخارجية "
  "فيصل المقداد في استقباله.", "ar", [], [MW(ARAGHCHI, MEKDAD)]),
 # ---- Arabic: the delegation named before, received in VSO order
 ("ar_delegation_received_vso",
  "وصل وفد تركي يضم وزير الخارجية هاكان فيدان ووزير الدفاع يشار غولر إلى بغداد الخميس. "
  "واستقبل رئيس الوزراء محمد شياع السوداني الوفدَ التركي في مكتبه.", "ar",
  [MW(SUD, FIDAN), MW(SUD, GULER)], [MW(FIDAN, GULER)]),
 ("ar_delegation_not_received",
  "وصل وفد تركي يضم وزير الخارجية هاكان فيدان ووزير الدفاع يشار غولر إلى بغداد الخميس. "
  "ولم يستقبل رئيس الوزراء محمد شياع السوداني الوفدَ التركي.", "ar", [],
  [MW(SUD, FIDAN), MW(SUD, GULER)]),
 ("ar_delegation_word_not_object",
  "وصل وفد من حركة حماس برئاسة خليل الحية إلى القاهرة. والتقى مدير المخابرات حسن رشاد رئيسَ "
  "الوزراء مصطفى مدبولي قبل وصول الوفد.", "ar", [MW(RASHAD, MADBOULY)], [MW(RASHAD, HAYYA)]),
 # ---- Arabic: an envoy with a posting is the envoy himself
 ("ar_envoy_with_posting_is_met",
  "استقبل رئيس الجمهورية عبد اللطيف رشيد، الأحد، المبعوثَ الخاص للأمين العام للأمم المتحدة في "
  "اليمن هانس غروندبرغ.", "ar", [MW(RASHID, GRUNDBERG)], []),
 ("ar_envoy_of_president_not_met",
  "استقبل رئيس الوزراء محمد شياع السوداني، الأحد، المبعوثَ الخاص للرئيس التركي رجب طيب "
  "أردوغان.", "ar", [], [MW(SUD, ERDOGAN)]),
 # ---- English: a place in an apposition keeps the list; "the two envoys" later
 ("en_region_in_apposition_list",
  "Kurdistan Region President Nechirvan Barzani received a U.S. delegation led by Brett "
  "McGurk, the White House coordinator for the Middle East and North Africa, and Amos "
  "Hochstein, the presidential envoy for energy security, in Erbil on Tuesday. The two envoys "
  "arrived from Baghdad, where they held talks with Prime Minister Mohammed Shia al-Sudani.",
  "en", [MW(NECHIRVAN, MCGURK), MW(NECHIRVAN, HOCHSTEIN), MW(MCGURK, SUD), MW(HOCHSTEIN, SUD),
         # (session 45, compdeleg: a delegation's two heads met, as enJG6 pairs them)
         MW(MCGURK, HOCHSTEIN)], []),
 # ---- English: "and warned that ... would" after the partner and a place
 ("en_talks_then_warned_would",
  "Mark Savaya, President Donald Trump's special envoy to Iraq, held talks with Fuad Hussein "
  "in Baghdad and warned that Washington would not accept armed groups in government.", "en",
  [MW(SAVAYA, FUAD)], []),
 ("en_talks_then_said_would",
  "US envoy Tom Barrack held talks with Syrian President Ahmed al-Sharaa in Damascus and said "
  "Washington would lift sanctions.", "en", [MW(BARRACK, SHARAA)], []),
 ("en_talks_in_place_postponed",
  "A meeting between Hakan Fidan and Mohammed Shia al-Sudani in Baghdad and Erbil was "
  "postponed.", "en", [], [MW(FIDAN, SUD)]),
 ("en_talks_with_partner_called_off",
  "Talks between Hakan Fidan and Mohammed Shia al-Sudani in Baghdad, scheduled for Monday, "
  "were called off.", "en", [], [MW(FIDAN, SUD)]),
 # ---- English: "hours after / before holding talks with Z": Z met the subject only
 ("en_hours_after_holding_talks",
  "Iranian Foreign Minister Abbas Araghchi met Oman's Sultan Haitham bin Tariq in Muscat on "
  "Tuesday, hours after holding talks with his Omani counterpart Badr Albusaidi.", "en",
  [MW(ARAGHCHI, SULTAN), MW(ARAGHCHI, BUSAIDI)], [MW(SULTAN, BUSAIDI)]),
 ("en_before_meeting",
  "Abbas Araghchi held talks with Hakan Fidan in Ankara on Monday, before meeting Recep Tayyip "
  "Erdogan.", "en", [MW(ARAGHCHI, FIDAN), MW(ARAGHCHI, ERDOGAN)], [MW(FIDAN, ERDOGAN)]),
 ("en_participle_list",
  "Iranian Foreign Minister Abbas Araghchi visited Muscat on Tuesday, meeting Sultan Haitham "
  "bin Tariq and Badr Albusaidi.", "en", [MW(ARAGHCHI, SULTAN), MW(ARAGHCHI, BUSAIDI)],
  [MW(SULTAN, BUSAIDI)]),
 # ---- step 2: "received Iraq's Minister of Defense X" (a country's title the name leaves out)
 ("en_country_possessive_long_title",
  "Masrour Barzani received Turkey's Minister of National Defence Yasar Guler in Erbil.", "en",
  [MW(MASROUR, GULER)], []),
 ("en_country_possessive_long_title_negated",
  "Masrour Barzani did not receive Turkey's Minister of National Defence Yasar Guler.", "en",
  [], [MW(MASROUR, GULER)]),
 # ---- "received the head of a body (ACRONYM), X": X
 ("en_head_of_body_acronym_apposition",
  "Masoud Pezeshkian received the head of the Supreme Judicial Council (SJC), Faiq Zaidan, in "
  "Tehran.", "en", [MW(PEZ, ZAIDAN)], []),
 # ---- "met X, the ..., and <verb>": no list member after the verb
 ("en_apposition_then_verb_phrase",
  "Hakan Fidan met Fuad Hussein, the Iraqi foreign minister, and urged Baghdad to act against "
  "Qassim al-Araji.", "en", [MW(FIDAN, FUAD)], [MW(FIDAN, ARAJI)]),
 ("en_apposition_then_list_member",
  "Hakan Fidan met Fuad Hussein, the Iraqi foreign minister, and Qassim al-Araji.", "en",
  [MW(FIDAN, FUAD), MW(FIDAN, ARAJI)], []),
 # ---- "was joined at the meeting by X, ..., and by Y"
 ("en_joined_at_talks_by",
  "Hakan Fidan was joined at the talks by Ibrahim Kalin, the intelligence chief, and by Yasar "
  "Guler.", "en", [MW(FIDAN, KALIN), MW(FIDAN, GULER)], []),
 ("en_joined_by_no_meeting",
  "Hakan Fidan was joined by Ibrahim Kalin on the flight to Baghdad.", "en", [],
  [MW(FIDAN, KALIN)]),
 ("en_not_joined_at_meeting",
  "Hakan Fidan was not joined at the meeting by Yasar Guler.", "en", [], [MW(FIDAN, GULER)]),
 # ---- "received the Hamas delegation" with no delegation told before: its leader named
 ("en_org_delegation_led_by_named_leader",
  "PMF chairman Faleh al-Fayyadh held talks in Erbil on Tuesday with Kurdistan Region Prime "
  "Minister Masrour Barzani. Erbil Governor Omed Khoshnaw received the PMF delegation at the "
  "airport.", "en", [MW(FAYYADH, KHOSHNAW)], []),
 ("en_org_delegation_not_received",
  "Hamas leader Khalil al-Hayya arrived in Cairo on Sunday. Egyptian intelligence chief Hassan "
  "Rashad did not receive the Hamas delegation.", "en", [], [MW(RASHAD, HAYYA)]),
 # ---- step 3: an object marked with the fatha after an adverbial, and the titled member
 # after "، و" (the subject is the clause before's)
 ("ar_fatha_object_then_comma_titled_member",
  "زار وزير الدفاع ثابت العباسي محافظة نينوى أمس، والتقى في مدينة الموصل قائدَ عمليات نينوى "
  "اللواء الركن صالح العامري، وقائد الشرطة الاتحادية الفريق عبد الأمير يار الله، بحسب بيان "
  "للوزارة.", "ar", [MW(ABBASI, SALEH_AMIRI), MW(ABBASI, YARALLAH)],
  [MW(SALEH_AMIRI, YARALLAH)]),
 ("ar_also_met_after_presence",  # the carried subject is not the one only present
  "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد، حيث التقى رئيسَ الوزراء محمد شياع "
  "السوداني، بحضور السفير التركي أنيل بورا إينان، والتقى أيضاً وزيرَ الخارجية فؤاد حسين.",
  "ar", [MW(FIDAN, SUD), MW(FIDAN, FUAD)], [MW(INAN, FUAD), MW(SUD, FUAD)]),
 ("ar_also_met_titled_acronym",
  "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد، حيث التقى رئيسَ الوزراء محمد شياع السوداني "
  "ووزيرَ الدفاع ثابت العباسي، بحضور السفير التركي أنيل بورا إينان، والتقى أيضاً المديرَ العام "
  "لشركة تسويق النفط (سومو) علي نزار الشطري.", "ar",
  [MW(FIDAN, SUD), MW(FIDAN, ABBASI), MW(FIDAN, SHATRI)], [MW(ABBASI, SHATRI)]),
 # ---- step 4: delegations named differently later; hosted group meetings
 ("en_delegation_from_country_s_body",
  "Esmail Qaani received a delegation from Lebanon's Hezbollah led by Naim Qassem.", "en",
  [MW(QAANI, QASSEM), MW(QAANI, HEZBOLLAH)], [MW(QAANI, LEBANON)]),
 ("en_the_visitors_are_the_delegation",
  "Defence Minister Thabet al-Abbasi arrived in Erbil at the head of a delegation that included "
  "Lt. Gen. Abdul Amir Yarallah. Interior Minister Reber Ahmed also met the visitors.", "en",
  [MW(REBER, ABBASI), MW(REBER, YARALLAH)], [MW(ABBASI, YARALLAH)]),
 ("en_the_visitors_not_met",
  "Defence Minister Thabet al-Abbasi arrived in Erbil at the head of a delegation that included "
  "Lt. Gen. Abdul Amir Yarallah. Interior Minister Reber Ahmed did not meet the visitors.", "en",
  [], [MW(REBER, ABBASI), MW(REBER, YARALLAH)]),
 ("en_demonym_is_the_delegation",
  "A delegation of Turkish officials led by Foreign Minister Hakan Fidan arrived in Baghdad on "
  "Sunday. The Turks also met Prime Minister Mohammed Shia al-Sudani.", "en",
  [MW(FIDAN, SUD)], []),
 ("en_demonym_without_delegation",
  "Hakan Fidan arrived in Baghdad on Sunday. The Iraqis met Recep Tayyip Erdogan.", "en",
  [], [MW(FIDAN, ERDOGAN)]),
 ("ar_hosted_trilateral_with_nationalities",
  "استضاف وزير الخارجية التركي هاكان فيدان، أمس (الأحد)، في أنقرة اجتماعاً ثلاثياً ضمّ نظيريه "
  "الإيراني عباس عراقجي والعراقي فؤاد حسين، لبحث أمن الحدود.", "ar",
  [MW(FIDAN, ARAGHCHI), MW(FIDAN, FUAD), MW(ARAGHCHI, FUAD)], []),
 ("ar_hosted_trilateral_negated",
  "لم يستضف وزير الخارجية التركي هاكان فيدان اجتماعاً ثلاثياً ضمّ عباس عراقجي وفؤاد حسين.", "ar",
  [], [MW(FIDAN, ARAGHCHI), MW(ARAGHCHI, FUAD)]),
 ("ar_hosted_trilateral_planned",
  "ومن المقرر أن يستضيف وزير الخارجية التركي هاكان فيدان اجتماعاً ثلاثياً يضم عباس عراقجي وفؤاد "
  "حسين.", "ar", [], [MW(FIDAN, ARAGHCHI), MW(ARAGHCHI, FUAD)]),
 # ---- step 5: "، و<verb>" after the object opens a new clause; its people are no objects
 ("ar_object_then_new_clause_letter",
  "ضمّ الاجتماع هاكان فيدان وعباس عراقجي. وكان فيدان، الذي خلف مولود جاويش أوغلو على رأس "
  "الدبلوماسية التركية في يونيو (حزيران) الماضي، قد وصل إلى بغداد مساء الخميس، والتقى رئيس "
  "الوزراء محمد شياع السوداني، ونقل إليه رسالة من الرئيس التركي رجب طيب أردوغان.", "ar",
  [MW(FIDAN, SUD)], [MW(SUD, ERDOGAN), MW(FIDAN, ERDOGAN)]),
 ("ar_object_then_phrase_not_clause",
  "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد، والتقى قادة الفصائل، وفي مقدمهم زعيم "
  "العصائب قيس الخزعلي.", "ar", [MW(FIDAN, KHAZALI)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_fresh(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)


def test_omani_diplomat_is_the_visitor_not_his_predecessor(ex):
    """A nationality description with nobody of that nationality known: the person the piece is
    about (the visiting envoy, whose title names where he serves), not the predecessor named
    last in a "خلفاً لـ" clause."""
    text = ("استقبل رئيس الجمهورية عبد اللطيف رشيد، اليوم، المنسقَ الخاص للأمم المتحدة في "
            "العراق محمد الحسان، الذي يزور بغداد للمرة الأولى منذ تسلّمه مهامه خلفاً لجينين "
            "هينيس-بلاسخارت. كما التقى الدبلوماسيُّ العُماني رئيسَ الوزراء محمد شياع السوداني.")
    doc = ex.extract(text, lang="ar")
    hassan = next(e["id"] for e in doc["entities"] if "hasan" in e["id"] or "hassan" in e["id"])
    assert_relations(doc, "omani_diplomat", [MW(RASHID, hassan), MW(hassan, SUD)],
                     [MW("person:jeanine-hennis-plasschaert", SUD)])
