"""Session 31, scorerrec: the learned scorer's candidates for a meeting told as an oath taken
before someone (``scorer_oath``: "X was sworn in before Y" / "أدى X اليمين أمام Y", features
``oath`` / ``oath:before``; ``$SCORER_OATH=0`` switches them off). Our own sentences, both
languages."""

from loaders.extract import get_extractor, scorer_candidates
from loaders.extract.rules import RuleExtractor
from loaders.extract.scorer_candidates import doc_candidates

_GAZ = []


def _cands(text):
    if not _GAZ:
        _GAZ.append(get_extractor("rules").gaz)
    got = []

    class Capture(RuleExtractor):
        def more_relations(self, doc, rels, lang):
            got.extend((si, c) for si, c in doc_candidates(doc, rels, lang, True))
            return rels

    Capture(gazetteer=_GAZ[0]).extract(text)
    return got


def _with(text, feat):
    return {(si, *sorted((c.a.eid, c.b.eid))) for si, c in _cands(text) if feat in c.feats}


BURHAN = "person:abdel-fattah-al-burhan"


def test_english_oath_before_a_president_is_a_candidate():
    text = ("Sudan's new interior minister Khalid Osman Hamid was sworn in before Sovereignty "
            "Council chairman Abdel Fattah al-Burhan in Port Sudan on Sunday.")
    got = _with(text, "oath:before")
    assert any(BURHAN in p for p in got), got


def test_arabic_oath_before_a_president_is_a_candidate():
    text = ("وأدى وزير الداخلية الجديد خالد عثمان حامد اليمين الدستورية أمام رئيس مجلس السيادة "
            "عبد الفتاح البرهان في بورتسودان.")
    got = {p for p in _with(text, "oath:before")}
    assert got and all(len(p) == 3 for p in got), got


def test_arabic_far_right_is_no_oath():
    text = ("وقال زعيم اليمين المتطرف إيتمار بن غفير أمام أنصاره إن بنيامين نتنياهو "
            "سيدفع الثمن.")
    assert _with(text, "oath") == set()


def test_english_oath_without_anyone_before_whom_is_no_oath():
    text = ("Khalid Osman Hamid, who took the oath on Sunday, replaced Abdel Fattah al-Burhan's "
            "former aide.")
    assert _with(text, "oath") == set()


def test_oath_switched_off_gives_no_oath_candidates(monkeypatch):
    monkeypatch.setattr(scorer_candidates, "OATH", False)
    text = ("وأدى وزير الداخلية الجديد خالد عثمان حامد اليمين الدستورية أمام رئيس مجلس السيادة "
            "عبد الفتاح البرهان في بورتسودان.")
    assert _with(text, "oath") == set()


def test_oath_features_join_a_sentence_with_a_meeting_cue():
    text = ("President Abdel Fattah al-Sisi received the new foreign minister Omar Khaled "
            "Abdelatty after he was sworn in before him at the Ittihadiya palace.")
    assert _with(text, "oath"), _cands(text)
