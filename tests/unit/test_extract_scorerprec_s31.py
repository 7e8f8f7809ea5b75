"""Session 31, scorerprec: two vetoes on the learned scorer's pairs (``scorer_gates``,
called by ``scored.ScoredExtractor``; the rules still read these pairs).

- "principal": a person named as the one another acts or speaks for ("the envoy of President
  X", "aides of X", "مبعوث الرئيس X ... Y", "تحيات الرئيس X", "المعاون السياسي لX") is no
  party of a core relation there (``principal``); the agent himself still is ("US envoy X",
  "مستشار الأمن القومي X").
- "unshaped": a person the gazetteer does not know, whose name has no name's shape
  (initials alone "K J", a name cut at a hyphen or opening with "bin" / "بن", an English
  bare name right after "in" / "at": a place), gets nothing from the scorer
  (``unshaped_new``); a new person with a plain name still does.
"""

import pytest

from loaders.extract import scorer_gates
from tests.extract_support import scorer_inputs

BIDEN, NETANYAHU = "person:joe-biden", "person:benjamin-netanyahu"
TRUMP, SISI, AOUN = "person:donald-trump", "person:abdel-fattah-el-sisi", "person:joseph-aoun"

ENVOY_OF_EN = ("The special envoy of President Joe Biden met Prime Minister Benjamin Netanyahu "
               "in Jerusalem on Monday.")
ENVOY_OF_AR = ("والتقى مبعوث الرئيس الأميركي دونالد ترامب إلى المنطقة ستيف ويتكوف رئيس الوزراء "
               "بنيامين نتنياهو في القدس.")
GREETINGS_AR = "ونقل الوزير إلى الرئيس جوزاف عون تحيات الرئيس عبد الفتاح السيسي خلال اللقاء."
AGENT_EN = "US envoy Steve Witkoff met Prime Minister Benjamin Netanyahu in Jerusalem on Monday."
AGENT_AR = "والتقى مستشار الأمن القومي قاسم الأعرجي وزير الخارجية عباس عراقجي في طهران."


def _mentions(text: str, lang: str):
    """(mention, its sentence's first token, the sentence's mentions, the analysed doc) of
    each mention of *text*."""
    doc, _rels, _lang = scorer_inputs([(text, lang)])[0]
    return [(m, doc.sents[si].lo, ms, doc) for si, ms in doc.by_sent.items() for m in ms]


def _principals(text: str, lang: str) -> set[str]:
    return {m.eid for m, lo, ms, doc in _mentions(text, lang)
            if scorer_gates.principal(m, doc.toks, lo, ms)}


def _unshaped(text: str, lang: str) -> set[str]:
    return {m.eid for m, lo, _ms, doc in _mentions(text, lang)
            if scorer_gates.unshaped_new(m, doc.toks, lo, doc.gaz.entries)}


def test_both_vetoes_are_on_by_default():
    assert {"principal", "unshaped"} <= scorer_gates.GATES


@pytest.mark.parametrize(("text", "lang", "who"), [
    (ENVOY_OF_EN, "en", BIDEN), (ENVOY_OF_AR, "ar", TRUMP), (GREETINGS_AR, "ar", SISI)])
def test_the_one_an_envoy_acts_for_is_a_principal(text, lang, who):
    assert _principals(text, lang) == {who}


@pytest.mark.parametrize(("text", "lang"), [(AGENT_EN, "en"), (AGENT_AR, "ar")])
def test_the_envoy_or_adviser_himself_is_no_principal(text, lang):
    assert _principals(text, lang) == set()


def _scorer_pairs(text: str, lang: str, gates: frozenset, monkeypatch) -> set[frozenset]:
    """The core pairs the scorer adds at thresholds every candidate passes."""
    from loaders.extract import scored
    from loaders.extract.base import get_extractor
    from loaders.extract.relation_scorer import RelationScorer

    shipped = RelationScorer.load()
    low = RelationScorer({"classes": {c: {"bias": b, "weights": w}
                                      for c, (b, w) in shipped.classes.items()},
                          "thresholds": {t: 0.0001 for t in shipped.thresholds}})
    monkeypatch.setattr(scored, "GATES", gates)
    ex = scored.ScoredExtractor(gazetteer=get_extractor("rules").gaz, scorer=low)
    out = ex.extract(text, lang=lang)
    return {frozenset((r["source"], r["target"])) for r in out["relations"]
            if r.get("method") == "scorer"}


@pytest.mark.parametrize(("text", "lang", "pair"), [
    (ENVOY_OF_EN, "en", (BIDEN, NETANYAHU)), (ENVOY_OF_AR, "ar", (TRUMP, NETANYAHU)),
    (GREETINGS_AR, "ar", (SISI, AOUN))])
def test_a_principal_gets_nothing_from_the_scorer(text, lang, pair, monkeypatch):
    gates = scorer_gates.GATES
    assert frozenset(pair) in _scorer_pairs(text, lang, gates - {"principal"}, monkeypatch)
    assert frozenset(pair) not in _scorer_pairs(text, lang, gates, monkeypatch)


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("Doha: K J the Amir received at the palace yesterday Jordan's King Abdullah II.", "en",
     "person:k-j"),  # (was "H H": a spaced style since session 39, no person)
    ("The two leaders met at Dar Al Salam in Baghdad on Monday, with Fuad Hussein attending.",
     "en", "person:dar-al-salam"),  # "Dar" kept as the gazetteer writes it (Ishaq Dar, s43)
    # (session 48: "الأمير تركي بن محمد بن فهد" is now read in full, Turki; a chain that
    # opens with بن is still no name's shape)
    ("واستقبل ولي العهد الأمير محمد بن سلمان وزير الخارجية عباس عراقجي بحضور وزير الدولة "
     "بن محمد بن فهد.", "ar", "person:bin-mohammed-bin-fahd"),
])
def test_a_new_person_without_a_names_shape_is_unshaped(text, lang, who):
    assert _unshaped(text, lang) == {who}


@pytest.mark.parametrize(("text", "lang"), [
    # a new person with a plain name, a known one after "in"
    ("Prime Minister Nawaf Salam met Karim Haddouri, a banker, in Beirut.", "en"),
    ("In Baghdad, Fuad Hussein held talks with Ayman Safadi on Monday.", "en"),
    ("والتقى وزير الخارجية فؤاد حسين في بغداد رجل الأعمال كريم الحداوي.", "ar"),
    ("واستقبل ولي العهد الأمير محمد بن سلمان وزير الخارجية عباس عراقجي بحضور وزير الدولة "
     "الأمير تركي بن محمد بن فهد.", "ar"),
])
def test_a_plain_or_known_name_is_not_unshaped(text, lang):
    assert _unshaped(text, lang) == set()
