"""Session 64 (xsent64): relations whose one side is named only in an earlier sentence.

- Killings, English: the men killed "with him" told by a count and then listed after ", among
  them" / ", including": "A U.S. strike killed X. Two other men died with him, among them Y" /
  "Several commanders were killed alongside him in the strike, including Y and Z": Y and Z take
  the agents of X's killing (``kill_with_him._en_listed_after``).
- Killings, English: a victim killed "along with" a count of others, listed after ", among
  them" / ", including": "X was also killed, along with at least six scientists, among them Y
  and Z" (``kill_with_him._en_along_with_listed``).
- Killings, Arabic: the man named right after the verb and then «معه», an apposition between
  closed by commas: «وارتقى Y، قائد لواء خان يونس، معه في الغارة ذاتها», «وقُتل Y معه»
  (``kill_with_him._ar_named_before_with_him``; «وقُتل معه Y» was read before).
- Meetings, Arabic: the delegation told before as the fronted subject of كان ... قد, «وكان
  الوفد قد التقى (أيضاً / كذلك) Z»: its members named before met Z
  (``meeting_delegation_subject_ar.kana_delegation_verb_ar``, called from
  ``meetings_ar._delegations``; «التقى الوفد Z» was read before). Not a request or a refusal
  to meet, a meeting that was to be, another (national) delegation, or no delegation named.
- Meetings, English: "Z sat in on / attended / took part in the talks with Y", the talks of Y
  with A told in the sentences before: Z, of Y's own country, met A too
  (``meeting_attended_with_told_en``, called from ``meeting_attended_named``). Not an attendee
  of the other side (he met Y only: "Russia's ambassador Z also attended the talks with
  [the Iranian] Y" after "Shoigu held talks with Y"), a negated or planned attendance, or talks
  told before only as a phone call.
- Meetings, English: "the two" after a sentence that names one of the pair by a pronoun,
  "At the palace he was greeted by Y. The two (then) met for an hour" (the one pair that met
  there: ``plural_refs.met_pair_instead``; an adverb before the predicate,
  ``meetings_en._past_adverbs``), and a sentence naming nobody that tells a meeting is the
  latest meeting for the next one (``relations.SentenceRules._remember_meeting``): "Z was in
  the room as well" / "Z also attended" after it met both of the pair. Not after a phone call,
  nor after "The two did not meet".

Not a survivor, a wounded man, a meeting "with him", a negated or hedged killing, or another
verb ("was also arrested, along with ...").
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

AB = "ASSASSINATED_BY"
ISRAEL, US = "country:israel", "country:united-states"
AQIL, WAHBI, SROUR = "person:ibrahim-aqil", "person:ahmed-wahbi", "person:mohammed-srour"
ELAYAWI, MUHANDIS = "person:arkan-al-elayawi", "person:abu-mahdi-al-muhandis"
ABBASI, TEHRANCHI = "person:fereydoun-abbasi", "person:mohammad-mehdi-tehranchi"
SALAMA = "person:rafa-salama"

_STRIKE_ON_AQIL = "An Israeli strike on Beirut killed Hezbollah commander Ibrahim Aqil. "
_AQIL_AR = "اغتالت إسرائيل القائد في حزب الله إبراهيم عقيل بغارة على الضاحية الجنوبية. "
_DEIF_AR = "أعلنت كتائب القسام استشهاد قائدها محمد الضيف في غارة إسرائيلية على خان يونس. "


# --- English: "N men died with him, among them Y" -------------------------------------------

@pytest.mark.parametrize("text, victims, agent", [
    ("A U.S. drone strike in Baghdad killed Abu Baqir al-Saadi, a commander of Kataib Hezbollah. "
     "Two other men in the car died with him, among them Arkan al-Elayawi, who ran the group's "
     "operations in Syria, Iraqi officials said.", [ELAYAWI], US),
    ("An Israeli strike on Beirut killed Hezbollah commander Ibrahim Aqil on Friday. Several "
     "other commanders were killed with him, including Ahmed Wahbi.", [WAHBI], ISRAEL),
    ("Israel killed Hezbollah commander Ibrahim Aqil in a strike on Beirut's southern suburbs. "
     "Sixteen members of the Radwan force were killed alongside him in the strike, including "
     "Ahmed Wahbi and Mohammed Srour.", [WAHBI, SROUR], ISRAEL),
    ("A U.S. strike killed Iranian general Qassem Soleimani at Baghdad airport. Several Iraqi "
     "militiamen were killed together with him, including Abu Mahdi al-Muhandis.", [MUHANDIS],
     US),
])
def test_the_men_listed_after_a_count_killed_with_him_take_his_killer(shipped, text, victims,
                                                                       agent):
    pairs = relation_pairs(shipped, text, AB, "en")
    for v in victims:
        assert (v, agent) in pairs


# --- English: "X was also killed, along with N others, among them Y" -------------------------

@pytest.mark.parametrize("text, victims, agent", [
    ("Israeli airstrikes early Friday killed the commander of the IRGC, Hossein Salami. "
     "Gholamali Rashid was also killed, along with at least six nuclear scientists, among them "
     "Fereydoun Abbasi-Davani and Mohammad Mehdi Tehranchi.", [ABBASI, TEHRANCHI], ISRAEL),
    ("An Israeli strike on Beirut killed Hezbollah commander Fuad Shukr. Ibrahim Aqil was also "
     "killed, along with 15 fighters, including Ahmed Wahbi.", [AQIL, WAHBI], ISRAEL),
    ("A U.S. strike killed Iranian general Qassem Soleimani at Baghdad airport. Abu Mahdi "
     "al-Muhandis was also killed, along with four bodyguards, among them Ahmed Wahbi.",
     [MUHANDIS, WAHBI], US),
])
def test_the_men_listed_along_with_a_victim_take_his_killer(shipped, text, victims, agent):
    pairs = relation_pairs(shipped, text, AB, "en")
    for v in victims:
        assert (v, agent) in pairs


# --- Arabic: «وقُتل Y، <apposition>، معه» ------------------------------------------------------

@pytest.mark.parametrize("text, victims, agent", [
    (_DEIF_AR + "وارتقى رافع سلامة، قائد لواء خان يونس، معه في الغارة ذاتها.", [SALAMA], ISRAEL),
    (_DEIF_AR + "وقتل رافع سلامة معه.", [SALAMA], ISRAEL),
    (_AQIL_AR + "واستشهد القيادي أحمد وهبي والقائد محمد سرور معه.", [WAHBI, SROUR], ISRAEL),
    ("قتلت غارة أميركية قائد فيلق القدس قاسم سليماني قرب مطار بغداد. وقُتل أبو مهدي المهندس، "
     "نائب رئيس هيئة الحشد الشعبي، معه.", [MUHANDIS], US),
])
def test_the_man_named_before_with_him_takes_the_killer(shipped, text, victims, agent):
    pairs = relation_pairs(shipped, text, AB, "ar")
    for v in victims:
        assert (v, agent) in pairs


# --- negative: not killed, or not with him ---------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    (_STRIKE_ON_AQIL + "Two bodyguards survived with him, among them Ahmed Wahbi.", "en"),
    (_STRIKE_ON_AQIL + "Two aides were wounded with him, among them Ahmed Wahbi.", "en"),
    (_STRIKE_ON_AQIL + "Two commanders had met with him, among them Ahmed Wahbi.", "en"),
    (_STRIKE_ON_AQIL + "Two commanders could have died with him, among them Ahmed Wahbi.", "en"),
    (_STRIKE_ON_AQIL + "Two commanders were not killed with him, among them Ahmed Wahbi.", "en"),
    ("Hezbollah commander Ibrahim Aqil was killed in an Israeli strike on Beirut. Mohammed "
     "Srour was also arrested, along with two aides, including Ahmed Wahbi.", "en"),
    (_AQIL_AR + "ولم يقتل أحمد وهبي معه.", "ar"),
    (_AQIL_AR + "ونجا أحمد وهبي، الذي كان معه.", "ar"),
    (_AQIL_AR + "وأصيب أحمد وهبي معه.", "ar"),
    (_AQIL_AR + "والتقى أحمد وهبي، قائد قوة الرضوان، معه قبل يومين.", "ar"),
])
def test_no_killing_for_a_survivor_a_meeting_or_a_negated_killing(shipped, text, lang):
    pairs = relation_pairs(shipped, text, AB, lang)
    assert (AQIL, ISRAEL) in pairs
    assert not {p for p in pairs if p[0] in (WAHBI, SROUR)}


# --- Arabic: «وكان الوفد قد التقى Z» ------------------------------------------------------------

BULDAN, ONDER, BAHCELI = ("person:pervin-buldan", "person:sirri-sureyya-onder",
                          "person:devlet-bahceli")
HAYYA, JABARIN, AOUN, BERRI = ("person:khalil-al-hayya", "person:zaher-jabarin",
                               "person:joseph-aoun", "person:nabih-berri")
MASROUR, QUBAD, SUDANI = ("person:masrour-barzani", "person:qubad-talabani",
                          "person:mohammed-shia-al-sudani")
RAAD = "person:mohammad-raad"
_HAMAS_AT_BERRI = ("استقبل رئيس مجلس النواب نبيه بري وفداً من حركة حماس برئاسة خليل الحية وعضوية "
                   "زاهر جبارين في عين التينة. ")


@pytest.mark.parametrize("text, members, partner", [
    ("استقبل الرئيس التركي رجب طيب أردوغان، الخميس، وفد حزب المساواة وديمقراطية الشعوب، المؤلف من "
     "النائبة بروين بولدان ونائب رئيس البرلمان سري ثريا أوندر، في المجمع الرئاسي بأنقرة. وكان الوفد "
     "قد التقى أيضاً زعيم حزب الحركة القومية دولت بهتشلي، حليف أردوغان، في مقر الحزب بأنقرة.",
     [BULDAN, ONDER], BAHCELI),
    (_HAMAS_AT_BERRI + "وكان الوفد قد التقى رئيس الجمهورية جوزاف عون في قصر بعبدا.",
     [HAYYA, JABARIN], AOUN),
    ("وصل إلى بغداد وفد كردي برئاسة مسرور بارزاني ضم قوباد طالباني. وكان الوفد قد التقى كذلك رئيس "
     "الوزراء محمد شياع السوداني.", [MASROUR, QUBAD], SUDANI),
    ("زار وفد من حزب الله برئاسة محمد رعد قصر بعبدا أمس. وكان الوفد قد التقى رئيس الجمهورية جوزاف "
     "عون قبل أسبوعين لمناقشة ملف السلاح.", [RAAD], AOUN),
])
def test_the_delegation_told_before_met_whom_it_had_met(shipped, text, members, partner):
    met = _met(shipped, text, "ar")
    for m in members:
        assert _pair(m, partner) in met


@pytest.mark.parametrize("text", [
    _HAMAS_AT_BERRI + "وكان الوفد قد طلب لقاء رئيس الجمهورية جوزاف عون.",
    _HAMAS_AT_BERRI + "وكان الوفد قد رفض لقاء رئيس الجمهورية جوزاف عون.",
    _HAMAS_AT_BERRI + "وكان الوفد سيلتقي رئيس الجمهورية جوزاف عون لولا تأجيل الموعد.",
    _HAMAS_AT_BERRI + "وكان الوفد الإيراني قد التقى رئيس الجمهورية جوزاف عون.",
    "التقى رئيس مجلس النواب نبيه بري رئيس الحكومة نواف سلام في عين التينة. وكان الوفد قد التقى "
    "رئيس الجمهورية جوزاف عون في قصر بعبدا.",
])
def test_no_meeting_for_a_request_a_refusal_a_plan_or_another_delegation(shipped, text):
    met = _met(shipped, text, "ar")
    assert not {p for p in met if AOUN in p and (HAYYA in p or JABARIN in p or BERRI in p)}


# --- English: "Z sat in on the talks with Y", the talks told before ----------------------------

ARAGHCHI, PEZESHKIAN = "person:abbas-araghchi", "person:masoud-pezeshkian"
LAVROV, PUTIN, SHARAA = "person:sergei-lavrov", "person:vladimir-putin", "person:ahmed-al-sharaa"
BLINKEN, ARAJI = "person:antony-blinken", "person:qassim-al-araji"
DEDOV, SHOIGU = "person:alexey-dedov", "person:sergei-shoigu"
_SUDANI_TALKS = ("Iraqi Prime Minister Mohammed Shia al-Sudani held talks with Iranian President "
                 "Masoud Pezeshkian in Tehran on Wednesday. ")


@pytest.mark.parametrize("text, attendee, other", [
    (_SUDANI_TALKS + "Iranian Foreign Minister Abbas Araqchi sat in on the talks with Pezeshkian.",
     ARAGHCHI, SUDANI),
    ("Iranian President Masoud Pezeshkian received Iraqi Prime Minister Mohammed Shia al-Sudani in "
     "Tehran. Iranian Foreign Minister Abbas Araghchi also attended the meeting with Pezeshkian.",
     ARAGHCHI, SUDANI),
    ("Russian President Vladimir Putin held talks with Syrian President Ahmed al-Sharaa in the "
     "Kremlin on Wednesday. Russian Foreign Minister Sergei Lavrov took part in the talks with "
     "Putin.", LAVROV, SHARAA),
    ("U.S. Secretary of State Antony Blinken met Iraqi Prime Minister Mohammed Shia al-Sudani in "
     "Baghdad. Iraqi National Security Adviser Qassim al-Araji sat in on the meeting with "
     "al-Sudani.", ARAJI, BLINKEN),
])
def test_an_own_side_attendee_of_the_talks_with_y_met_ys_partner(shipped, text, attendee, other):
    assert _pair(attendee, other) in _met(shipped, text, "en")


@pytest.mark.parametrize("text, attendee, other", [
    ("Russia's Security Council secretary Sergei Shoigu held talks in Tehran with his Iranian "
     "counterpart Ali Akbar Ahmadian. Russia's ambassador to Tehran, Alexey Dedov, also attended "
     "the talks with Ahmadian.", DEDOV, SHOIGU),
    (_SUDANI_TALKS + "Iranian Foreign Minister Abbas Araqchi did not attend the talks with "
     "Pezeshkian.", ARAGHCHI, SUDANI),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani will hold talks with Iranian President Masoud "
     "Pezeshkian in Tehran on Wednesday. Iranian Foreign Minister Abbas Araqchi will sit in on "
     "the talks with Pezeshkian.", ARAGHCHI, SUDANI),
    ("Iranian President Masoud Pezeshkian spoke by phone with Iraqi Prime Minister Mohammed Shia "
     "al-Sudani on Wednesday. Iranian Foreign Minister Abbas Araqchi sat in on the talks with "
     "Pezeshkian.", ARAGHCHI, SUDANI),
])
def test_no_partner_for_the_other_side_a_negated_or_planned_attendance_or_a_call(shipped, text,
                                                                                  attendee, other):
    assert _pair(attendee, other) not in _met(shipped, text, "en")


# --- English: "he was greeted by Y. The two met ... Z was in the room as well" -----------------

ROMANOWSKI, MACRON, BARROT, KHAMENEI = ("person:alina-romanowski", "person:emmanuel-macron",
                                        "person:jean-noel-barrot", "person:ali-khamenei")


@pytest.mark.parametrize("text, attendee, pair", [
    ("Secretary Antony Blinken landed at Baghdad International Airport at 3:10 pm. At the "
     "Government Palace he was greeted by Prime Minister Mohammed Shia al-Soudani. The two met for "
     "a little over an hour. Ambassador Alina Romanowski was in the room as well.",
     ROMANOWSKI, (BLINKEN, SUDANI)),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Tehran on Wednesday. At the Saadabad "
     "Palace he was received by President Masoud Pezeshkian. The two held talks for two hours. "
     "Foreign Minister Abbas Araghchi also attended.", ARAGHCHI, (SUDANI, PEZESHKIAN)),
    ("French President Emmanuel Macron landed in Beirut on Friday. At Baabda Palace he was "
     "welcomed by President Joseph Aoun. The two then met for an hour. Foreign Minister "
     "Jean-Noel Barrot was also present.", BARROT, (MACRON, AOUN)),
    ("Russian President Vladimir Putin flew to Tehran. On arrival he was met by Supreme Leader Ali "
     "Khamenei. The two held talks for two hours. Foreign Minister Sergei Lavrov was also in the "
     "room.", LAVROV, (PUTIN, KHAMENEI)),
])
def test_the_attendee_after_the_two_met_both(shipped, text, attendee, pair):
    met = _met(shipped, text, "en")
    for p in pair:
        assert _pair(attendee, p) in met


@pytest.mark.parametrize("text", [
    "Secretary Antony Blinken landed in Baghdad on Sunday. At the palace he spoke by phone with "
    "Prime Minister Mohammed Shia al-Soudani. The two discussed the attacks for an hour. "
    "Ambassador Alina Romanowski was in the room as well.",
    "Secretary Antony Blinken landed in Baghdad on Sunday. At the palace he was greeted by Prime "
    "Minister Mohammed Shia al-Soudani. The two did not meet in private. Ambassador Alina "
    "Romanowski was in the room as well.",
])
def test_no_attendee_after_a_call_or_a_meeting_denied(shipped, text):
    assert _pair(ROMANOWSKI, SUDANI) not in _met(shipped, text, "en")
