"""Session 39 (names): "خليفة" (Khalifa) as a father's or family name inside a titled new
name and after "و" + a title; a bare family name shared by a father and the sons named
after him is the father."""

from loaders.extract.rules import RuleExtractor

_EX = RuleExtractor()


def _run(text: str, lang: str = "ar") -> tuple[dict[str, list[str]], set[tuple[str, str, str]]]:
    out = _EX.extract(text, lang=lang)
    ents = {e["id"]: [text[a:b] for a, b in e.get("mentions") or []]
            for e in out["entities"] if e["id"].startswith("person:")}
    rels = {(r["type"], r["source"], r["target"]) for r in out["relations"]
            if r["type"] in ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY")}
    return ents, rels


def _surfaces(ents: dict[str, list[str]]) -> set[str]:
    return {s for ss in ents.values() for s in ss}


def test_khalifa_as_the_family_name_after_a_rank_and_two_given_names():
    ents, rels = _run("وقرر الرئيس تعيين اللواء محمود سامي خليفة قائداً للمنطقة الشمالية "
                      "خلفاً للواء أسامة عسكر.")
    assert "محمود سامي خليفة" in _surfaces(ents)
    assert any(t == "SUCCESSOR_OF" and "khalifa" in s for t, s, _ in rels)


def test_khalifa_as_the_fathers_name_between_a_given_and_a_family_name():
    ents, _ = _run("وأعلن القائد العام المشير خليفة حفتر تعيين الفريق عمر خليفة حفتر "
                   "رئيساً لجهاز الأمن.")
    assert "عمر خليفة حفتر" in _surfaces(ents)


def test_khalifa_after_a_title_joined_to_wa_in_a_list():
    ents, _ = _run("وحضر الاجتماع رئيس البرلمان عقيلة صالح والمشير خليفة حفتر في بنغازي.")
    assert "خليفة حفتر" in _surfaces(ents)


def test_the_bare_family_name_is_the_father_the_sons_are_named_after():
    ents, rels = _run("أصدر المشير خليفة حفتر قراراً بتعيين الفريق أول عمر خليفة حفتر نائباً "
                      "له. واستقبل المشير حفتر في بنغازي الوزير الإيطالي ماتيو بيانتيدوسي.")
    father = next(e for e, ss in ents.items() if "خليفة حفتر" in ss)
    assert any(father in (s, o) for t, s, o in rels if t == "MET_WITH")
    assert not any("omar" in s or "omar" in o for t, s, o in rels if t == "MET_WITH")


def test_the_noun_successor_after_a_titled_name_stays_a_noun():
    ents, _ = _run("وقال الرئيس محمود عباس إن حسين الشيخ خليفة له في رئاسة المنظمة.")
    assert not any("خليفة" in s for s in _surfaces(ents))


def test_the_successor_of_a_known_man_is_no_name():
    ents, _ = _run("والتقى اللواء أحمد خليفة سليماني في طهران.")
    assert not any("أحمد خليفة" in s for s in _surfaces(ents))


# "<name>'s <kin> X" (kin_possessive_en)


def test_a_first_name_after_a_possessor_and_a_kin_word_takes_his_family_name():
    ents, rels = _run("Israeli jets struck the house of Hamas commander Raed Saad. The strike "
                      "killed Saad's eldest son Omar, the army said.", "en")
    assert "person:omar-saad" in ents
    ents, _ = _run("Militia leader Qais al-Khazali spoke on Friday, as al-Khazali's brother "
                   "Laith stood beside him.", "en")
    assert "person:laith-al-khazali" in ents


def test_a_wife_after_a_possessor_keeps_no_family_name():
    ents, _ = _run("Former agent Robert Levinson vanished in 2007. Levinson's wife, Christine, "
                   "met officials in Washington.", "en")
    assert "person:christine-levinson" not in ents


def test_a_full_name_after_the_kin_word_is_left_to_the_other_steps():
    ents, _ = _run("Hamas leader Khalil al-Hayya said al-Hayya's son Hammam Khalil was safe.",
                   "en")
    assert "person:hammam-al-hayya" not in ents


def test_his_kin_after_a_person_named_by_his_family_name_takes_that_family():
    ents, rels = _run("Hezbollah commander Ali Karaki survived the Israeli strike on Beirut "
                      "that killed his son Hussein.", "en")
    assert "person:hussein-karaki" in ents
    assert ("ASSASSINATED_BY", "person:hussein-karaki", "country:israel") in rels


def test_his_kin_after_a_lone_given_name_gets_no_family():
    ents, _ = _run("Officials met Abdullah in Tehran, and his son Reza met the ambassador "
                   "Mojtaba Amani.", "en")
    assert "person:reza-abdullah" not in ents
