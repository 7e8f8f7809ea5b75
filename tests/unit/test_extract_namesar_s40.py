"""Session 40 (Arabic names): a new foreign person named later by his first name alone."""

from loaders.extract.rules import RuleExtractor

_EX = RuleExtractor()

_FULL = "انتخب البرلمان ساموري كيراكوف رئيساً للحكومة في مارس. "


def _rels(text: str) -> set[tuple[str, str, str]]:
    out = _EX.extract(text, lang="ar")
    return {(r["type"], r["source"], r["target"]) for r in out["relations"]
            if r["type"] in ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY")}


def test_lone_first_name_after_khalafan_li_is_the_person_named_in_full():
    rels = _rels(_FULL + "وفي يونيو عُيّن وزير العدل السابق جيديون تيموثيوس رئيساً للحكومة "
                 "خلفاً لساموري.")
    assert ("SUCCESSOR_OF", "person:jidiwen-timuthiws", "person:samuri-kirakov") in rels


def test_lone_first_name_as_the_object_at_the_end_of_the_text():
    rels = _rels(_FULL + "وفي يونيو التقى الرئيس الفرنسي إيمانويل ماكرون ساموري")
    assert ("MET_WITH", "person:emmanuel-macron", "person:samuri-kirakov") in rels


def test_first_name_opening_another_name_is_not_the_person_named_before():
    rels = _rels(_FULL + "وفي يونيو عُيّن وزير العدل السابق جيديون تيموثيوس رئيساً للحكومة "
                 "خلفاً لساموري دانتي.")
    assert not any(o == "person:samuri-kirakov" for _t, _s, o in rels)


def test_first_name_two_new_people_share_names_neither():
    rels = _rels("انتخب البرلمان ساموري كيراكوف رئيساً للحكومة، وانتخب ساموري غاباشفيلي "
                 "رئيساً للبرلمان. وفي يونيو عُيّن وزير العدل السابق جيديون تيموثيوس رئيساً "
                 "للحكومة خلفاً لساموري.")
    assert not any(t == "SUCCESSOR_OF" for t, _s, _o in rels)


def test_text_cut_right_after_the_lone_first_name():
    _rels(_FULL + "وخلفه جيديون تيموثيوس بعد ساموري")
    _rels(_FULL + "خلفاً لساموري")
