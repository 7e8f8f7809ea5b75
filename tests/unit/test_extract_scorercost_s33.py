"""Session 33, scorercost: less repeated work in the candidates of ``rules+scorer`` (the same
candidates, features and output): an article's tokens are looked at once for an oath word
(``scorer_oath.oath_in``) instead of each sentence's; the attendees are looked for only in a
sentence with an attendance word; the rules' role names are made once per relation type
(``scorer_candidates._role_names``); the main actor is counted without a tuple per mention.
Our own sentences, both languages."""

from collections import defaultdict

import pytest

from loaders.extract import scorer_candidates
from loaders.extract.scorer_candidates import (
    _role_names,
    _rule_partners,
    doc_candidates,
    main_actor,
)
from loaders.extract.scorer_oath import oath_before, oath_in
from loaders.extract.tokens import tokenize_sentences
from tests.extract_support import scorer_inputs

TEXTS = (
    # ("in front of": "sworn in before Y" is the rules' own since session 38, meeting_oath_en,
    # so it would give the scorer no oath candidate)
    ("Foreign Minister Karim Haddad was sworn in in front of President Nabil Farouk on Monday. "
     "Haddad later met Prime Minister Omar Saleh in Amman, and the talks were attended by "
     "envoy Lina Morris.", "en"),
    ("أدى وزير المالية سامي الراشد اليمين أمام الرئيس فؤاد المنصور. والتقى الراشد رئيس "
     "الوزراء عادل الكريم في عمان بحضور السفير نادر الحلبي.", "ar"),
    ("General Tarek Aziz was killed in a drone strike ordered by commander Rami Khoury. "
     "Aziz had succeeded Colonel Hadi Nasser, who met Aziz in May.", "en"),
    ("خلف العميد وليد الصافي اللواء مازن العلي. واجتمع الصافي مع الوزير كمال الدين.", "ar"),
)


def _feats(got: list) -> list[tuple[int, str, str, tuple[str, ...]]]:
    return [(si, c.a.eid, c.b.eid, tuple(c.feats)) for si, c in got]


@pytest.fixture(scope="module")
def inputs() -> list:
    return scorer_inputs(TEXTS)


def test_role_names_are_the_rules_relations_named_as_before():
    for typ in ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY", "LEADS"):
        assert _role_names(typ) == (typ + ">", "<" + typ,
                                    typ + (">" if typ != "MET_WITH" else ""),
                                    ("<" if typ != "MET_WITH" else "") + typ)


def test_rule_partners_as_made_before(inputs):
    for _doc, rels, _lang in inputs:
        rr = [r[:3] for r in rels]
        by_eid, partners = defaultdict(list), defaultdict(dict)
        for typ, src, tgt in rr:
            by_eid[src].append((tgt, typ + ">"))
            by_eid[tgt].append((src, "<" + typ))
            partners[src].setdefault(tgt, typ + (">" if typ != "MET_WITH" else ""))
            partners[tgt].setdefault(src, ("<" if typ != "MET_WITH" else "") + typ)
        assert _rule_partners(rr) == (by_eid, partners)


def test_oath_in_finds_the_articles_with_an_oath():
    for text, _lang in TEXTS:  # (no oath before someone in an article without an oath word)
        toks, sents = tokenize_sentences(text)
        if not oath_in(toks):
            assert all(oath_before(toks, s.lo, s.hi) < 0 for s in sents)
    assert oath_in(tokenize_sentences(TEXTS[0][0])[0])
    assert oath_in(tokenize_sentences(TEXTS[1][0])[0])
    assert not oath_in(tokenize_sentences(TEXTS[2][0])[0])
    assert not oath_in(tokenize_sentences("The far right won the vote.")[0])


@pytest.mark.parametrize("include_related", [False, True])
def test_candidates_as_with_every_sentence_looked_at(inputs, monkeypatch, include_related):
    """The same candidates and features as when every sentence is looked at for an oath
    (``oath_in`` always true)."""
    got = [_feats(doc_candidates(d, r, lang, include_related)) for d, r, lang in inputs]
    monkeypatch.setattr(scorer_candidates, "oath_in", lambda toks: True)
    slow = [_feats(doc_candidates(d, r, lang, include_related)) for d, r, lang in inputs]
    assert got == slow
    assert any("oath" in f for cands in got for *_x, f in cands)  # (both oath texts)


def test_main_actor_is_the_person_named_most_then_first(inputs):
    for doc, _rels, _lang in inputs:
        count: dict[str, int] = {}
        first: dict[str, tuple[int, int]] = {}
        for si in sorted(doc.by_sent):
            for m in doc.by_sent[si]:
                if m.etype == "Person" and m.kind == "name":
                    count[m.eid] = count.get(m.eid, 0) + 1
                    first.setdefault(m.eid, (si, m.lo))
        want = min(count, key=lambda e: (-count[e], first[e])) if count else None
        assert main_actor(doc) == want
