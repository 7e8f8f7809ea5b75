"""Session 57 (miss57): missed MET_WITH pairs of the dev error list, grouped by the
construction that lost them; each case is our own variant of the construction.

- "talks / a meeting between X and the (Saudi) national security adviser, Y, ...": a list
  member after "and the <title>," with its name in commas (also "X and the Iraqi foreign
  minister, Y, held talks"); the chain of list members took the apposed title for a break
  (``meeting_phrases.apposed_title_gap_en``, in ``chains.chain``). "..., Y said" (the name is a
  speaker, no list member) and planned talks give nothing ("Talks between X and the adviser,
  Y, are expected / will be held": the planning word after the apposition's comma is the
  noun's predicate also when the noun opens the sentence, ``meetings_en``
  ``_predicate_after_apposition``); the Arabic "بين X و<title> Y" reads
  as before.
- "X spent the month receiving visitors. A (and B) were received by him on <day>": a "him" /
  "her" agent of a passive meeting verb in a sentence naming no person before its subject (or
  the subject's list) is the previous sentence's subject (``meeting_chain.earlier_subject_agent``
  from ``pronoun_agent_en``; every member of the subject list meets him). Planned ("is to be
  received by him"), negated and hypothetical ones, and calls, give nothing.
- ASSASSINATED_BY: a killing verb quoted alone, the speaker's own word ('K said the army had
  "eliminated" him / X', 'the army said it had “eliminated” him'): the quote marks around the
  verb no longer hide the army before it (``kill_said_it.before_quoted_verb`` in
  ``speaker_it_killed`` / ``said_army_killed``) nor the "him" after it
  (``plural_refs._en_refs``, ``kill_claim_victim.not_the_speaker_en``). Denied, negated and
  future ones ("would \"eliminate\" him") give nothing. Arabic: "أعلن الجيش أنه «اغتال» X",
  "قالت إسرائيل إنها «اغتالت» X": an opening quote mark right before the verb no longer breaks
  the subject-verb reading (``killing_rules``, the ``svo`` test); "نفى ... أنه «اغتال» X",
  "«سيغتال»", "لم «تغتل»" give nothing.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair

FIDAN, HUSSEIN = "person:hakan-fidan", "person:fuad-hussein"
SHAMKHANI, AIBAN = "person:ali-shamkhani", "person:musaed-al-aiban"
ARAGHCHI, BUSAIDI = "person:abbas-araghchi", "person:badr-albusaidi"
SHARAA, SAFADI = "person:ahmed-al-sharaa", "person:ayman-safadi"
KHULAIFI = "person:mohammed-al-khulaifi"
AOUN, SALAM = "person:joseph-aoun", "person:nawaf-salam"
TABATABAI, IDF = "person:haytham-ali-tabatabai", "organization:israel-defense-forces"
ISRAEL = "country:israel"


# --- "between X and the <title>, Y," -------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("China hosted two days of talks between Ali Shamkhani and the Saudi national security "
     "adviser, Musaed Al-Aiban, in Beijing last week.", (SHAMKHANI, AIBAN)),
    ("Talks between Ali Shamkhani and the Saudi adviser, Musaed Al-Aiban, ended on Friday "
     "with a joint statement.", (SHAMKHANI, AIBAN)),
    ("The meeting between Hakan Fidan and the Iraqi foreign minister, Fuad Hussein, lasted "
     "two hours, a Turkish diplomat said.", (FIDAN, HUSSEIN)),
    ("Hakan Fidan and the Iraqi foreign minister, Fuad Hussein, held talks in Ankara on "
     "Tuesday.", (FIDAN, HUSSEIN)),
    ("Baghdad hosted a round of talks between Hakan Fidan and the foreign minister, Fuad "
     "Hussein.", (FIDAN, HUSSEIN)),
])
def test_between_x_and_the_titled_y(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text)


@pytest.mark.parametrize("text, pair", [
    ("استضافت بكين محادثات بين علي شمخاني ومستشار الأمن الوطني السعودي مساعد العيبان.",
     (SHAMKHANI, AIBAN)),
    ("واستمر الاجتماع بين هاكان فيدان ووزير الخارجية العراقي فؤاد حسين ساعتين.",
     (FIDAN, HUSSEIN)),
])
def test_between_x_and_titled_y_ar(shipped, text, pair):
    assert _pair(*pair) in _met(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "The meeting between Hakan Fidan and the Iraqi foreign minister, Fuad Hussein said, was "
    "never on the agenda.",
    "Talks between Ali Shamkhani and the Saudi national security adviser, Musaed Al-Aiban, are "
    "expected next month.",
    "A planned meeting between Hakan Fidan and the Iraqi foreign minister, Fuad Hussein, was "
    "called off.",
    "Talks between Ali Shamkhani and the Saudi adviser, Musaed Al-Aiban, will be held in "
    "Beijing next month.",
])
def test_no_pair_between_when_not_met(shipped, text):
    assert not ({_pair(FIDAN, HUSSEIN), _pair(SHAMKHANI, AIBAN)} & _met(shipped, text))


# --- "A (and B) were received by him" after a sentence about the host -----------------------

@pytest.mark.parametrize("text, pairs", [
    ("Ahmed al-Sharaa spent December receiving foreign visitors in Damascus. Ayman Safadi was "
     "received by him on Dec. 23.", [(SHARAA, SAFADI)]),
    ("Ahmed al-Sharaa spent December receiving foreign visitors in Damascus. Ayman Safadi and "
     "Mohammed al-Khulaifi were received by him on Dec. 23.",
     [(SHARAA, SAFADI), (SHARAA, KHULAIFI)]),
    ("Ahmed al-Sharaa has opened the People's Palace to a stream of envoys. On Monday, Ayman "
     "Safadi, Jordan's foreign minister, was received by him for two hours.",
     [(SHARAA, SAFADI)]),
    ("Badr Albusaidi, Oman's foreign minister, has become the region's busiest host. Abbas "
     "Araghchi was received by him in Muscat on Saturday.", [(BUSAIDI, ARAGHCHI)]),
])
def test_received_by_him_previous_subject(shipped, text, pairs):
    met = _met(shipped, text)
    for pair in pairs:
        assert _pair(*pair) in met


@pytest.mark.parametrize("text", [
    "Ahmed al-Sharaa will spend December receiving visitors in Damascus. Ayman Safadi is to be "
    "received by him on Dec. 23.",
    "Ahmed al-Sharaa hosted a dinner in Damascus. Ayman Safadi was not received by him.",
    "Ahmed al-Sharaa may travel to Amman. Ayman Safadi could be received by him next week.",
    "Ahmed al-Sharaa spoke by phone with Amman. Ayman Safadi was called by him on Tuesday.",
])
def test_no_pair_by_him_when_not_met(shipped, text):
    assert _pair(SHARAA, SAFADI) not in _met(shipped, text)


def test_by_him_keeps_the_object_of_the_sentence(shipped):
    # "X met Y there, and Z was received by him": him = Y (the existing reading stands)
    text = ("Ayman Safadi flew to Beirut, where he met Joseph Aoun, and Nawaf Salam was "
            "received by him later.")
    met = _met(shipped, text)
    assert _pair(SAFADI, AOUN) in met
    assert _pair(SAFADI, SALAM) not in met


# --- a killing verb quoted alone ----------------------------------------------------------

_DEAD = "Hezbollah commander Haytham Ali Tabatabai was killed in a strike on Beirut on Sunday. "


@pytest.mark.parametrize("text", [
    _DEAD + 'Israeli Defence Minister Israel Katz said that the army had "eliminated" him.',
    _DEAD + "Israeli Defence Minister Israel Katz said the army had \u201celiminated\u201d him.",
    _DEAD + 'The Israeli army said it had "eliminated" him in a precise strike.',
    'Israeli Defence Minister Israel Katz said the army had "eliminated" Haytham Ali Tabatabai '
    "in Beirut.",
])
def test_quoted_killing_verb(shipped, text):
    assert (TABATABAI, IDF) in _rels(shipped, text, "ASSASSINATED_BY", "en")


@pytest.mark.parametrize("text", [
    "Hezbollah commander Haytham Ali Tabatabai survived a strike on Beirut on Sunday. Israel "
    'Katz said the army would "eliminate" him.',
    _DEAD + 'The Israeli army denied it had "eliminated" him.',
    "Hezbollah commander Haytham Ali Tabatabai was wounded in Beirut on Sunday. Israel Katz "
    'said the army had not "eliminated" him.',
])
def test_no_quoted_killing_when_not_done(shipped, text):
    assert (TABATABAI, IDF) not in _rels(shipped, text, "ASSASSINATED_BY", "en")


@pytest.mark.parametrize("text, agent", [
    ("وأعلن الجيش الإسرائيلي أنه «اغتال» هيثم علي الطبطبائي في غارة على الضاحية الجنوبية.",
     IDF),
    ("وقالت إسرائيل إنها «اغتالت» هيثم علي الطبطبائي في بيروت مساء الأحد.", ISRAEL),
    ("وأكد الجيش الإسرائيلي أنه «قتل» هيثم علي الطبطبائي في غارة على بيروت.", IDF),
])
def test_quoted_killing_verb_ar(rules_only, text, agent):
    assert (TABATABAI, agent) in _rels(rules_only, text, "ASSASSINATED_BY", "ar")


@pytest.mark.parametrize("text", [
    "ونفى الجيش الإسرائيلي أنه «اغتال» هيثم علي الطبطبائي.",
    "وهدد الجيش الإسرائيلي بأنه «سيغتال» هيثم علي الطبطبائي.",
    "وقالت إسرائيل إنها لم «تغتل» هيثم علي الطبطبائي.",
])
def test_no_quoted_killing_ar_when_not_done(shipped, text):
    rels = _rels(shipped, text, "ASSASSINATED_BY", "ar")
    assert (TABATABAI, IDF) not in rels and (TABATABAI, ISRAEL) not in rels
