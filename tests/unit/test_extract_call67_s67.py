"""Session 67 (call67): a call clause that opens a sentence; executions; a dead man's funeral.

- Meetings: a call told in a time clause that opens the sentence no longer cancels the main
  clause's meeting: "After a phone call with Z, X met Y", "A day / Hours after a video call
  with Z, X hosted Y", «بعد / عقب / إثر / قبيل / غداة اتصال هاتفي مع Z، التقى X Y», also without
  the comma («... مع Z التقى X Y»). The call's partner Z meets nobody of it, in the rules
  (``core_recall.remote_aside``) and in the scorer (``scorer_hedged.fronted_call_partner``),
  both reading ``fronted_call.fronted_call_end``. A call in the main clause too, "In a phone
  call with Z, X discussed ...", "met Y by phone / video link", «عبر الفيديو», a negated,
  denied or planned meeting: still no meeting.
- Killings: an execution by a state is no assassination (``execution_judicial``, read by
  ``sentence_base.SentenceCore.add`` and the scorer's "notkiller" gate in ``scored``): a
  sentence whose only killing word is one of execution ("executed", "hanged", "put X to
  death", «أعدمت», «إعدام», «تنفيذ حكم الإعدام», «شنقاً») with a court, a sentence, a hanging
  or the state named, or a country as the agent. The dev gold pairs none ("When Riyadh
  executed the Shia cleric Nimr al-Nimr", «عقب إعدام الشيخ نمر النمر»). An execution by an
  armed group ("The Islamic State executed the pilot X", «أُعدم X على يد تنظيم داعش»), an
  "execution-style" killing and a death sentence for a murder keep their pair.
- Scorer, meetings: the dead of a funeral told in the report («شيّع / تشييع / جنازة / ودّع»,
  "buried", "the funeral of <body> leader X", "a funeral for X", "X's funeral") meet no one
  in that sentence or a later one, the article's main actor included
  (``scorer_funeral.buried_by_sentence``, gate "funeral" in ``scored``).
- Scorer, what its retrain on this branch misread on dev: a meeting agreed to be held,
  «على أن يعقد / يجري X وY اجتماعاً / محادثات» (``scorer_gates.unreal_meeting``), and a body
  named after a comma as the one who announces a killing laid on another agent after "by"
  ("X was eliminated by Israeli troops ..., the IDF and the Shin Bet announced":
  ``scorer_speaker.trailing_teller``, gate "speaker").
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

TRUMP, NETANYAHU, RUBIO = "person:donald-trump", "person:benjamin-netanyahu", "person:marco-rubio"
PUTIN, ERDOGAN, ZELENSKY = ("person:vladimir-putin", "person:recep-tayyip-erdogan",
                            "person:volodymyr-zelensky")
MACRON, STARMER, MERZ = "person:emmanuel-macron", "person:keir-starmer", "person:friedrich-merz"
XI, BIDEN, KISHIDA = "person:xi-jinping", "person:joe-biden", "person:fumio-kishida"
MBS, BLINKEN = "person:mohammed-bin-salman", "person:antony-blinken"
SCHOLZ, MELONI = "person:olaf-scholz", "person:giorgia-meloni"


# --- a call in a fronted time clause: the main clause's meeting stands -------------------------

@pytest.mark.parametrize("text, caller, a, b", [
    ("After a phone call with Donald Trump, Benjamin Netanyahu met Marco Rubio in Jerusalem.",
     TRUMP, NETANYAHU, RUBIO),
    ("Following a telephone conversation with Vladimir Putin, Recep Tayyip Erdogan received "
     "Volodymyr Zelensky in Ankara.", PUTIN, ERDOGAN, ZELENSKY),
    ("A day after a video call with Emmanuel Macron, Keir Starmer met Friedrich Merz in Berlin.",
     MACRON, STARMER, MERZ),
    ("Hours after his phone call with Xi Jinping, Joe Biden met Fumio Kishida at the White House.",
     XI, BIDEN, KISHIDA),
    ("After speaking by phone with Emmanuel Macron, Olaf Scholz hosted Giorgia Meloni in Berlin.",
     MACRON, SCHOLZ, MELONI),
    ("Shortly before a phone call with Vladimir Putin, Donald Trump met Volodymyr Zelensky at the "
     "White House.", PUTIN, TRUMP, ZELENSKY),
    ("Just hours after a phone call with Mohammed bin Salman, Antony Blinken met Benjamin "
     "Netanyahu in Tel Aviv on Monday.", MBS, BLINKEN, NETANYAHU),
    ("بعد اتصال هاتفي مع الرئيس دونالد ترامب، التقى بنيامين نتنياهو وزير الخارجية ماركو روبيو في "
     "القدس.", TRUMP, NETANYAHU, RUBIO),
    ("بعد اتصال هاتفي مع الرئيس دونالد ترامب التقى بنيامين نتنياهو وزير الخارجية ماركو روبيو في "
     "القدس.", TRUMP, NETANYAHU, RUBIO),
    ("عقب مكالمة هاتفية مع الرئيس الروسي فلاديمير بوتين، استقبل الرئيس التركي رجب طيب أردوغان "
     "الرئيس الأوكراني فولوديمير زيلينسكي في أنقرة.", PUTIN, ERDOGAN, ZELENSKY),
    ("إثر اتصال هاتفي بالرئيس الأمريكي دونالد ترامب، اجتمع رئيس الوزراء الإسرائيلي بنيامين "
     "نتنياهو بوزير الخارجية ماركو روبيو.", TRUMP, NETANYAHU, RUBIO),
    ("غداة اتصال هاتفي مع الرئيس فلاديمير بوتين، استقبل الرئيس دونالد ترامب الرئيس فولوديمير "
     "زيلينسكي في البيت الأبيض.", PUTIN, TRUMP, ZELENSKY),
    ("قبيل مكالمة هاتفية مع ولي العهد السعودي محمد بن سلمان، التقى وزير الخارجية أنتوني بلينكن "
     "رئيس الوزراء بنيامين نتنياهو.", MBS, BLINKEN, NETANYAHU),
    ("وبعد اتصال هاتفي أجراه مع الرئيس إيمانويل ماكرون، اجتمع المستشار أولاف شولتس برئيسة "
     "الوزراء جورجيا ميلوني.", MACRON, SCHOLZ, MELONI),
])
def test_a_fronted_call_clause_keeps_the_main_clauses_meeting(shipped, text, caller, a, b):
    lang = "en" if text.isascii() else "ar"
    met = _met(shipped, text, lang)
    assert _pair(a, b) in met
    assert _pair(caller, a) not in met
    assert _pair(caller, b) not in met


# --- no meeting: the call alone, a call in the main clause, negation, denial, plans ------------

@pytest.mark.parametrize("text", [
    "In a phone call with Donald Trump, Benjamin Netanyahu discussed the hostages.",
    "Benjamin Netanyahu met Marco Rubio by phone.",
    "Benjamin Netanyahu met Marco Rubio by video link.",
    "After a phone call with Donald Trump, Benjamin Netanyahu spoke by phone with Marco Rubio.",
    "After a phone call with Donald Trump, Benjamin Netanyahu said he would meet Marco Rubio next "
    "week.",
    "After a phone call with Donald Trump, Benjamin Netanyahu did not meet Marco Rubio.",
    "After a phone call with Donald Trump, Benjamin Netanyahu denied he had met Marco Rubio.",
    "After his phone call with Donald Trump, Benjamin Netanyahu discussed the truce with him.",
    "التقى بنيامين نتنياهو ماركو روبيو عبر الفيديو.",
    "في اتصال هاتفي مع الرئيس دونالد ترامب، بحث بنيامين نتنياهو ملف الرهائن.",
    "بعد اتصال هاتفي مع الرئيس دونالد ترامب، بحث بنيامين نتنياهو هاتفياً مع ماركو روبيو الوضع في "
    "غزة.",
    "بعد اتصال هاتفي مع الرئيس دونالد ترامب، نفى بنيامين نتنياهو أن يكون التقى ماركو روبيو.",
    "بعد اتصال هاتفي مع الرئيس دونالد ترامب، التقى بنيامين نتنياهو ماركو روبيو عبر الفيديو.",
])
def test_a_call_that_is_the_only_contact_is_no_meeting(shipped, text):
    lang = "en" if text.isascii() else "ar"
    assert _met(shipped, text, lang) == set()


# --- an execution by a state is no assassination ------------------------------------------------

NIMR, SAUDI, IRAN = "person:nimr-al-nimr", "country:saudi-arabia", "country:iran"
SADDAM, IRAQ_GOV = "person:saddam-hussein", "organization:iraqi-government"
KASASBEH, ISIS = "person:muath-al-kasasbeh", "organization:islamic-state"
HASHIMI, OWAID = "person:hisham-al-hashimi", "person:ahmed-hamdawi-owaid"
HANIYEH, HAMAS = "person:ismail-haniyeh", "organization:hamas"


def _ab(extractor, text):
    lang = "en" if text.isascii() else "ar"
    return {(r["source"], r["target"]) for r in extractor.extract(text, lang=lang)["relations"]
            if r["type"] == "ASSASSINATED_BY"}


@pytest.mark.parametrize("text, victim, agent", [
    ("Saudi Arabia executed the Shia cleric Nimr al-Nimr in January 2016.", NIMR, SAUDI),
    ("Saudi Arabia put the Shia cleric Nimr al-Nimr to death in January 2016.", NIMR, SAUDI),
    ("The execution of Nimr al-Nimr by Saudi Arabia sparked protests in Tehran.", NIMR, SAUDI),
    ("The Iraqi government executed Saddam Hussein in December 2006.", SADDAM, IRAQ_GOV),
    ("Saddam Hussein was hanged by the Iraqi government on 30 December 2006.", SADDAM, IRAQ_GOV),
    ("أعدمت السعودية الشيخ نمر النمر في يناير 2016.", NIMR, SAUDI),
    ("نفذت السلطات السعودية حكم الإعدام بالشيخ نمر النمر.", NIMR, SAUDI),
    ("قطعت طهران علاقاتها مع الرياض عقب إعدام السعودية الشيخ نمر النمر.", NIMR, SAUDI),
    ("أعدمت الحكومة العراقية صدام حسين شنقاً.", SADDAM, IRAQ_GOV),
])
def test_a_states_execution_is_no_assassination(shipped, text, victim, agent):
    assert (victim, agent) not in _ab(shipped, text)


@pytest.mark.parametrize("text, victim, agent", [
    ("The Islamic State executed the Jordanian pilot Moaz al-Kasasbeh.", KASASBEH, ISIS),
    ("Moaz al-Kasasbeh was executed by the Islamic State.", KASASBEH, ISIS),
    ("أعدم تنظيم الدولة الإسلامية الطيار معاذ الكساسبة حرقاً.", KASASBEH, ISIS),
    ("أُعدم الطيار معاذ الكساسبة حرقاً على يد تنظيم داعش.", KASASBEH, ISIS),
    # "carried out" and "a row" name no court (review67's doubt, mended by the lead)
    ("أعدم تنظيم الدولة الإسلامية الطيار معاذ الكساسبة حرقاً بعد أن نفذ التنظيم تهديده.",
     KASASBEH, ISIS),
    ("The Islamic State executed the Jordanian pilot Moaz al-Kasasbeh, the third captive "
     "in a row.", KASASBEH, ISIS),
    ("Hamas gunmen killed Ismail Haniyeh in an execution-style shooting.", HANIYEH, HAMAS),
    ("A court sentenced Ahmed Hamdawi Owaid to death for killing Hisham al-Hashimi.",
     HASHIMI, OWAID),
    ("أصدرت محكمة جنايات الرصافة حكماً بالإعدام بحق أحمد حمداوي عويد بعد إدانته بقتل هشام "
     "الهاشمي.", HASHIMI, OWAID),
])
def test_an_armed_groups_execution_and_a_murder_punished_keep_their_pair(shipped, text, victim,
                                                                         agent):
    assert (victim, agent) in _ab(shipped, text)


# --- the dead of a funeral meet no one, in the funeral's sentence or after it -------------------

NASRALLAH, AOUN, ARAGHCHI = ("person:hassan-nasrallah", "person:joseph-aoun",
                             "person:abbas-araghchi")
GHALIBAF = "person:mohammad-bagher-ghalibaf"

_KILLED_EN = " Hassan Nasrallah was killed by Israeli bombs in September. "
_KILLED_AR = " وكان حسن نصر الله قد اغتيل بغارة إسرائيلية في أيلول. "
_VISIT_EN = ("Iran sent a delegation headed by parliament speaker Mohammad Bagher Ghalibaf and "
             "Foreign Minister Abbas Araghchi. On Saturday, Lebanese President Joseph Aoun "
             "received the two men at Baabda Palace.")
_VISIT_AR = "وكان الرئيس جوزاف عون قد استقبل السبت الوفد الإيراني في قصر بعبدا."


@pytest.fixture(scope="module")
def eager():
    """`rules+scorer` whose scorer gives MET_WITH to every candidate pair (threshold 0; the
    other types off): what its gates let through, whatever the weights."""
    import json

    from loaders.extract.relation_scorer import WEIGHTS_FILE, RelationScorer
    from loaders.extract.scored import ScoredExtractor

    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    data["thresholds"] = {"MET_WITH": 0.0, "SUCCESSOR_OF": 2.0, "ASSASSINATED_BY": 2.0}
    return ScoredExtractor(scorer=RelationScorer(data))


@pytest.mark.parametrize("funeral", [
    "Tens of thousands of mourners packed a stadium in Beirut on Sunday for the funeral of "
    "Hezbollah leader Hassan Nasrallah.",
    "Thousands attended Hassan Nasrallah's funeral in Beirut on Sunday.",
    "Hezbollah held a funeral for Hassan Nasrallah in Beirut on Sunday.",
    "Hezbollah buried its slain leader Hassan Nasrallah on Sunday.",
    "Mourners gathered in Beirut for the funeral of Hassan Nasrallah and Hashem Safieddine.",
    "شيّع حزب الله، الأحد، أمينه العام السابق حسن نصر الله في بيروت.",
    "أقيمت في بيروت مراسم تشييع جثمان الأمين العام السابق لحزب الله حسن نصر الله.",
    "شارك عشرات الآلاف في جنازة الأمين العام لحزب الله حسن نصر الله في بيروت.",
    "ودّع لبنان، الأحد، الأمين العام السابق لحزب الله حسن نصر الله.",
])
def test_the_dead_at_his_funeral_meets_no_one_later_in_the_report(eager, funeral):
    ar = not funeral.isascii()
    text = funeral + (_KILLED_AR + _VISIT_AR if ar else _KILLED_EN + _VISIT_EN)
    met = _met(eager, text, "ar" if ar else "en")
    assert not any(NASRALLAH in p for p in met)
    if not ar:
        assert _pair(AOUN, ARAGHCHI) in met  # (the visit's meeting stays)


@pytest.mark.parametrize("text, lang", [
    ("Hassan Nasrallah spoke in Beirut on Sunday. Hassan Nasrallah was threatened by Israel in "
     "September. On Saturday, Lebanese President Joseph Aoun received the Iranian delegation at "
     "Baabda Palace.", "en"),
    ("تحدث الأمين العام لحزب الله حسن نصر الله في بيروت. وكان حسن نصر الله قد هدد إسرائيل في أيلول. "
     + _VISIT_AR, "ar"),
])
def test_without_a_funeral_the_eager_scorer_pairs_the_main_actor(eager, text, lang):
    # (the control of the cases above: the same report with nobody buried)
    assert _pair(NASRALLAH, AOUN) in _met(eager, text, lang)


# --- what the retrained scorer misread on dev: a meeting to be held, the body that announces ---

@pytest.fixture(scope="module")
def eager_kill():
    """`rules+scorer` whose scorer gives ASSASSINATED_BY to every candidate pair (threshold 0;
    the other types off)."""
    import json

    from loaders.extract.relation_scorer import WEIGHTS_FILE, RelationScorer
    from loaders.extract.scored import ScoredExtractor

    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    data["thresholds"] = {"MET_WITH": 2.0, "SUCCESSOR_OF": 2.0, "ASSASSINATED_BY": 0.0}
    return ScoredExtractor(scorer=RelationScorer(data))


FARHAN, ABDOLLAHIAN = "person:faisal-bin-farhan", "person:hossein-amir-abdollahian"
SHAIBANI, FIDAN = "person:asaad-al-shaibani", "person:hakan-fidan"
ABDELATTY = "person:badr-abdelatty"


@pytest.mark.parametrize("text, a, b", [
    ("ونص البيان على أن يعقد وزيرا خارجية البلدين، الأمير فيصل بن فرحان وحسين أمير عبداللهيان، "
     "اجتماعاً لتفعيل الاتفاق.", FARHAN, ABDOLLAHIAN),
    ("واتفق الجانبان على أن يعقد وزيرا الخارجية أسعد الشيباني وهاكان فيدان اجتماعاً الأسبوع "
     "المقبل.", SHAIBANI, FIDAN),
    ("وأعلنت الخارجية على أن يجري الوزيران عباس عراقجي وبدر عبد العاطي محادثات في القاهرة.",
     ARAGHCHI, ABDELATTY),
])
def test_a_meeting_agreed_to_be_held_is_not_held(eager, text, a, b):
    assert _pair(a, b) not in _met(eager, text, "ar")


SINWAR, SHIN_BET, IDF = ("person:yahya-sinwar", "organization:shin-bet",
                         "organization:israel-defense-forces")
HANIYEH_, IRGC, ISRAEL = "person:ismail-haniyeh", "organization:irgc", "country:israel"


@pytest.mark.parametrize("text, victim, tellers", [
    ("Hamas leader Yahya Sinwar was eliminated by Israeli troops in Rafah on Wednesday, the "
     "Israel Defense Forces and the Shin Bet announced on Thursday.", SINWAR, [SHIN_BET]),
    ("Yahya Sinwar was killed by Israeli forces in the Tel al-Sultan neighbourhood of Rafah, "
     "the Shin Bet confirmed.", SINWAR, [SHIN_BET]),
    ("Ismail Haniyeh was assassinated by Israel in Tehran, the IRGC and Hamas said on "
     "Wednesday.", HANIYEH_, [IRGC, HAMAS]),
])
def test_the_body_that_announces_a_killing_by_another_is_no_killer(eager_kill, text, victim,
                                                                   tellers):
    got = _ab(eager_kill, text)
    for teller in tellers:
        assert (victim, teller) not in got


def test_the_agent_after_by_stays_beside_the_teller(shipped):
    text = ("Ismail Haniyeh was assassinated by Israel in Tehran, the IRGC and Hamas said on "
            "Wednesday.")
    assert (HANIYEH_, ISRAEL) in _ab(shipped, text)
