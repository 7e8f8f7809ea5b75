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
    assert ("SUCCESSOR_OF", "person:gedion-timothewos", "person:samuri-kirakov") in rels


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


def test_first_name_written_with_the_article_is_no_lone_first_name():
    # a misread new "person" whose first word is a noun ("خارجية عربي"): the noun with the
    # article later ("وزير الخارجية") is no mention of him
    text = ("وصل الوزير إلى دمشق في أول زيارة لوزير خارجية عربي إلى العاصمة السورية. ومن "
            "المقرر أن يزور وزير الخارجية في الحكومة الانتقالية عمّان.")
    out = _EX.extract(text, lang="ar")
    spans = [text[a:b] for e in out["entities"] if e["id"].startswith("person:")
             for a, b in e.get("mentions") or []]
    assert "الخارجية" not in spans


_GHANMI = "تسلّم وزير الداخلية الجديد مهامه من سلفه عثمان الغانمي صباح الأحد. "


def test_bare_al_family_name_of_a_known_two_word_name_later():
    rels = _rels(_GHANMI + "وبعد المراسم التقى الغانمي رئيس الوزراء مصطفى الكاظمي في بغداد.")
    assert ("MET_WITH", "person:mustafa-al-kadhimi", "person:othman-al-ghanmi") in rels


def test_bare_al_family_name_at_the_end_of_the_text():
    rels = _rels(_GHANMI + "وبعد المراسم التقى رئيس الوزراء مصطفى الكاظمي الغانمي")
    assert ("MET_WITH", "person:mustafa-al-kadhimi", "person:othman-al-ghanmi") in rels


def test_another_given_name_before_the_family_name_is_someone_else():
    rels = _rels(_GHANMI + "وبعد المراسم التقى سامر الغانمي رئيس الوزراء مصطفى الكاظمي في "
                 "بغداد.")
    assert not any("othman" in s or "othman" in o for _t, s, o in rels)


def test_body_of_a_title_is_no_name_diwan():
    rels = _rels("استقبل السلطان هيثم بن طارق في قصر العلم وزير الخارجية الإيراني عباس عراقجي، "
                 "بحضور وزير ديوان البلاط السلطاني السيد خالد بن هلال البوسعيدي.")
    assert ("MET_WITH", "person:abbas-araghchi", "person:khaled-al-albusaidi") in rels
    assert not any("diwan" in s or "diwan" in o for _t, s, o in rels)


def test_body_of_a_title_is_no_name_human_rights_committee():
    rels = _rels("واستقبل المدعي العام الإيراني محمد جعفر منتظري السفير العراقي نصير عبد المحسن، "
                 "بحضور أمين لجنة حقوق الإنسان في السلطة القضائية.")
    people = {x for _t, s, o in rels for x in (s, o)}
    assert people <= {"person:mohammad-jafar-montazeri", "person:naseer-abdul-mohsen"}


def test_text_cut_right_after_the_body_words():
    _rels("استقبل الوزير عباس عراقجي وزير ديوان")
    _rels("استقبل الوزير عباس عراقجي أمين لجنة حقوق")
    _rels("استقبل الرئيس جوزاف عون المدير العام لقوى")
