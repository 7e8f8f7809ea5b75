"""Session 62 (speed62): cheaper first sight of a word, the same output.

- ``textnorm.is_arabic`` answers an ASCII text without a regex search: the same answer as
  the search for ASCII, Latin-accented, Arabic and mixed texts.
- ``FuzzyNames.fuzzy_arabic_token`` reads the gazetteer's Arabic words by skeleton from an
  index built once per gazetteer (``token_facts["ar_skel_tokens"]``: a person's words of
  four letters or more, with the facts the lookup tested per new word): a surname spelt
  another way still finds its one bearer, two equally close bearers none, a body's name
  none, and a word no known person's skeleton fits none.
- ``RuleExtractor.__init__`` builds the index of ``foreign_respelt_ar`` (not the first
  Arabic article that needs it), and a respelt foreign name is still read.
"""

from loaders.extract.gazetteer import Entry, Gazetteer
from loaders.extract.rules import RuleExtractor
from loaders.textnorm import ARABIC_LETTER_RE, is_arabic, normalize, token_skeleton


def test_is_arabic_agrees_with_the_letter_search():
    for text in ("", "Qaani", "al-Sudani's", "U.S.", "2024", "Doğan", "Kalın", "café",
                 "قاآني", "السوداني", "Hamas (حماس)", "١٢٣", "ـ", "\u200b", "Ghaani قائاني"):
        assert is_arabic(text) == bool(ARABIC_LETTER_RE.search(text)), text


def _person(eid: str, name: str, name_ar: str) -> Entry:
    return Entry(id=eid, type="Person", name=name, name_ar=name_ar)


def test_the_skeleton_index_holds_the_people_words_the_lookup_may_match():
    qaani = _person("person:esmail-qaani", "Esmail Qaani", "إسماعيل قاآني")
    body = Entry(id="org:qaanun", type="Organization", name="Qaanun", name_ar="قانون")
    gaz = Gazetteer([qaani, body])
    index = gaz.token_facts["ar_skel_tokens"]
    rows = [r for rs in index.values() for r in rs]
    assert rows, "the person's surname is in the index"
    assert all(c == "person:esmail-qaani" for c, _a, _p, _g in rows)
    for sk, rs in index.items():
        assert all(len(a) >= 4 and token_skeleton(a) == sk for _c, a, _p, _g in rs)


def test_a_surname_spelt_another_way_still_finds_its_bearer():
    qaani = _person("person:esmail-qaani", "Esmail Qaani", "إسماعيل قاآني")
    gaz = Gazetteer([qaani])
    assert gaz.fuzzy_arabic_token(normalize("قائاني")) == "person:esmail-qaani"
    assert gaz.fuzzy_arabic_token(normalize("مفاوضات")) is None  # no skeleton of his


def test_two_equally_close_bearers_or_a_body_give_no_one():
    iraqi = _person("person:abdul-latif-rashid", "Abdul Latif Rashid", "عبد اللطيف رشيد")
    iranian = _person("person:gholam-ali-rashid", "Gholam Ali Rashid", "غلام علي رشيد")
    assert Gazetteer([iraqi, iranian]).fuzzy_arabic_token("رشيد") is None
    body = Entry(id="org:rashid-party", type="Organization", name="Rashid",
                 name_ar="رشيد")
    assert Gazetteer([body]).fuzzy_arabic_token("رشيد") is None


def test_the_extractor_builds_the_foreign_respelling_index_at_start():
    bahceli = _person("person:devlet-bahceli", "Devlet Bahceli", "دولت بهجلي")
    ex = RuleExtractor(gazetteer=Gazetteer([bahceli]))
    assert "foreign_respelt_ar" in ex.gaz.token_facts
    doc = ex.extract("التقى الرئيس التركي دولت بهتشلي في أنقرة.", meta={})
    assert "person:devlet-bahceli" in {e["id"] for e in doc["entities"]}
