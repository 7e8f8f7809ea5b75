"""Session 13, mention side speed: name starts tested once per sentence for the words of new
people's names, mentions made without calling the class, and the one-word organisation
before a first name dropped only when the sentence has an organisation. What the extractor
finds is unchanged."""

from functools import lru_cache

from loaders.extract import known_names as KN
from loaders.extract.mention_base import Mention, make_mention
from loaders.extract.mentions import Doc
from loaders.extract.rules import RuleExtractor
from tests.extract_support import doc_of, named_surfaces


@lru_cache(maxsize=1)
def _extractor() -> RuleExtractor:
    return RuleExtractor()


def _doc(text: str) -> Doc:
    return doc_of(text, _extractor().gaz)


def _named(text: str) -> dict[str, list[str]]:
    """Entity id -> the surfaces that name it in *text*."""
    return named_surfaces(text, _extractor().extract(text))


def test_new_person_named_again_in_a_later_sentence() -> None:
    text = ("Iraqi Planning Minister Tarmeez Qudwani arrived in Tehran on Monday. "
            "The weather was mild in the capital. Later Qudwani met Esmail Qaani.")
    named = _named(text)
    ids = [i for i, s in named.items() if "Qudwani" in s]
    assert len(ids) == 1, named
    assert named[ids[0]] == ["Tarmeez Qudwani", "Qudwani"]


def test_name_starts_equal_the_per_token_definition() -> None:
    text = ("Iraqi Planning Minister Tarmeez Qudwani arrived in Tehran. The weather was "
            "mild. Later Qudwani met Esmail Qaani and Hadi al-Amiri in Baghdad.")
    _extractor().extract(text)  # (the stems of every token text are known now)
    doc = _doc(text)
    doc.local[("qudwani",)] = "person:new-qudwani"
    doc.local_first.add("qudwani")
    for s in doc.sents:
        units = list(range(s.lo, s.hi))
        want = [u for u, k in enumerate(units) if doc.gaz_start[k] or not
                doc.local_first.isdisjoint(KN._STEM_WORDS.get(doc.texts[k], ()))]
        assert KN._name_start_units(doc, units) == want


def test_mention_made_field_by_field_equals_the_class_call() -> None:
    text = "Iraqi Foreign Minister Fuad Hussein's visit to Tehran."
    doc = _doc(text)
    me = make_mention(doc, 0, 3, 5, "person:x-new", "name", 0, "")
    assert me == Mention(3, 5, doc.toks[3].start, doc.toks[4].end - 2, "person:x-new",
                         "Person", 0, "name", 3, "", None, None, None, None, False, True)


def test_one_word_body_before_a_first_name_after_a_title() -> None:
    named = _named("Omani Foreign Minister Badr Albusaidi arrived in Tehran on Monday.")
    assert any(s == ["Badr Albusaidi"] for s in named.values()), named
    assert not any(i.startswith("organization:") and s and "Badr" in s[0]
                   for i, s in named.items()), named


def test_title_in_apposition_after_a_name() -> None:
    """"X, the new Iranian commander of ..., met Y": the words between the name and the
    title are skipped with one set (``title_modifiers._APPOSITION_SKIP``)."""
    for text in ("Esmail Qaani, the new Iranian commander of the Quds Force, met Hadi "
                 "al-Amiri in Baghdad.",
                 "Hadi al-Amiri, the powerful Iraqi militia leader, met Esmail Qaani in "
                 "Baghdad on Monday."):
        res = _extractor().extract(text)
        named = {e["id"]: [text[a:b] for a, b in e["mentions"]] for e in res["entities"]}
        assert named["person:esmail-qaani"] == ["Esmail Qaani"]
        assert named["person:hadi-al-amiri"] == ["Hadi al-Amiri"]
        met = {frozenset((r["source"], r["target"])) for r in res["relations"]
               if r["type"] == "MET_WITH"}
        assert met == {frozenset({"person:esmail-qaani", "person:hadi-al-amiri"})}


def test_capitalised_spans_bodies_outlets_and_new_people() -> None:
    """The capitalised-span step tests only what its capitalised Latin words can fail."""
    text = ("Kataib Hezbollah said on Sepah News that the General Intelligence Presidency met "
            "Ahmed Salim in Baghdad. Chief of Staff Abdul Amir Yarallah met Iraqi officials "
            "and Iranian Quds Force commander Esmail Qaani.")
    named = _named(text)
    surfaces = {s for ss in named.values() for s in ss}
    assert "Sepah News" in surfaces and "General Intelligence Presidency" in surfaces
    people = [i for i, ss in named.items() if ss == ["Ahmed Salim"]]
    assert len(people) == 1 and people[0].startswith("person:")
    assert named["person:abdul-amir-yarallah"] == ["Abdul Amir Yarallah"]
    assert not surfaces & {"Iraqi", "Chief", "Chief of Staff", "Iranian"}
