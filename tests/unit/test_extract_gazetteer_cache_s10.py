"""The disk cache of the built gazetteer (loaders/extract/gazetteer_cache.py): a second
process start reads the pickle instead of building; a changed file, a corrupt or foreign
pickle and an unwritable folder all fall back to building; extraction is the same."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from loaders.extract import gazetteer as G
from loaders.extract import gazetteer_cache as GC
from loaders.extract.rules import RuleExtractor

EXTRA = """entities:
  - id: person:zafir-qandil-s10
    type: Person
    name: Zafir Qandil
    name_ar: ظافر قنديل
"""


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache folder and no gazetteer kept in memory from other tests."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(GC.CACHE_ENV, str(folder))
    monkeypatch.setattr(G, "_CACHE", {})
    return folder


def _no_build(paths: list[Path]) -> G.Gazetteer:
    raise AssertionError("the gazetteer was built although the cache holds it")


def _pickles(folder: Path) -> list[Path]:
    return sorted(folder.glob("gazetteer-*.pickle"))


def _rels(ex: RuleExtractor, text: str) -> list[tuple[str, str, str]]:
    out = ex.extract(text)
    return sorted((r["type"], r["source"], r["target"]) for r in out["relations"])


def _met(ex: RuleExtractor, text: str) -> set[frozenset[str]]:
    return {frozenset((s, t)) for r, s, t in _rels(ex, text) if r == "MET_WITH"}


def test_second_load_reads_the_pickle(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = G.load_gazetteer()
    assert len(_pickles(cache_dir)) == 1
    monkeypatch.setattr(G, "_CACHE", {})
    monkeypatch.setattr(G, "_build", _no_build)
    again = G.load_gazetteer()
    assert again is not built
    assert again.entries.keys() == built.entries.keys()
    assert dict(again.exact) == dict(built.exact)
    assert again.prefixes == built.prefixes
    assert dict(again.tok_skel) == dict(built.tok_skel)
    assert again.ar_latin == built.ar_latin


def test_cached_gazetteer_extracts_the_same(cache_dir: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = RuleExtractor(gazetteer=G._build(G.gazetteer_paths()))
    G.load_gazetteer()  # (writes the pickle)
    monkeypatch.setattr(G, "_CACHE", {})
    monkeypatch.setattr(G, "_build", _no_build)
    cached = RuleExtractor()
    for text in (
        "Esmail Qaani met Mustafa al-Kadhimi in Baghdad on Monday.",
        "Qaani succeeded Qasem Soleimani, who was killed in a U.S. strike ordered by "
        "Donald Trump.",
        "التقى إسماعيل قاآني رئيس الوزراء مصطفى الكاظمي في بغداد.",
        "وخلف قاآني قاسم سليماني الذي اغتالته الولايات المتحدة بغارة في بغداد.",
    ):
        assert _rels(cached, text) == _rels(fresh, text)
    assert frozenset(("person:esmail-qaani", "person:mustafa-al-kadhimi")) in _met(
        cached, "Esmail Qaani met Mustafa al-Kadhimi in Baghdad on Monday.")


def test_a_changed_file_is_built_again(cache_dir: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("entities: []\n", encoding="utf-8")
    G.load_gazetteer([extra])
    extra.write_text(EXTRA, encoding="utf-8")
    monkeypatch.setattr(G, "_CACHE", {})
    gaz = G.load_gazetteer([extra])
    assert "person:zafir-qandil-s10" in gaz.entries  # (not the stale pickle's gazetteer)
    assert len(_pickles(cache_dir)) == 2
    ex = RuleExtractor(gazetteer=gaz)
    pair = frozenset(("person:esmail-qaani", "person:zafir-qandil-s10"))
    assert pair in _met(ex, "Esmail Qaani met Zafir Qandil in Baghdad on Monday.")
    assert pair in _met(ex, "والتقى ظافر قنديل إسماعيل قاآني في بغداد.")
    # (the stale gazetteer does not know him: no id of that name without the new file)
    assert "person:zafir-qandil-s10" not in G.load_gazetteer().entries


def test_a_corrupt_or_foreign_pickle_is_ignored(cache_dir: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    G.load_gazetteer()
    [path] = _pickles(cache_dir)
    for junk in (b"not a pickle at all", path.read_bytes()[:1000],
                 pickle.dumps(("another key", {"a": 1})),
                 pickle.dumps((path.read_bytes()[:8], [1, 2, 3]))):
        path.write_bytes(junk)
        monkeypatch.setattr(G, "_CACHE", {})
        gaz = G.load_gazetteer()
        assert isinstance(gaz, G.Gazetteer) and "person:esmail-qaani" in gaz.entries
        assert path.read_bytes() != junk  # (written again)


def test_an_unwritable_folder_or_switched_off_cache_still_loads(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(GC.CACHE_ENV, str(blocker / "sub"))  # (a folder under a file)
    monkeypatch.setattr(G, "_CACHE", {})
    assert "person:esmail-qaani" in G.load_gazetteer().entries
    monkeypatch.setenv(GC.CACHE_ENV, "off")
    assert GC.cache_dir() is None
    monkeypatch.setattr(G, "_CACHE", {})
    assert "person:esmail-qaani" in G.load_gazetteer().entries
    assert not list(tmp_path.rglob("gazetteer-*.pickle"))


def test_the_key_follows_the_code_and_the_data(tmp_path: Path) -> None:
    data = tmp_path / "g.yaml"
    data.write_text("entities: []\n", encoding="utf-8")
    k1 = GC.cache_key([data])
    assert GC.cache_key([data]) == k1
    data.write_text(EXTRA, encoding="utf-8")
    assert GC.cache_key([data]) != k1
    assert GC.cache_key([tmp_path / "missing.yaml"]) != GC.cache_key([data])
    assert Path(G.__file__).resolve() in GC._code_files()
    assert {p.name for p in GC._library_files()} == {"__init__.py", "araby.py"}  # yaml, pyarabic


def test_unpickled_entries_and_gazetteer_keep_their_fields(cache_dir: Path) -> None:
    gaz = G.load_gazetteer()  # (a cache miss: the copy read back from the pickle)
    e = gaz.entries["person:esmail-qaani"]
    again = pickle.loads(pickle.dumps(e))
    assert again == e and list(vars(again)) == list(G.Entry.__dataclass_fields__)
    fresh = G._build(G.gazetteer_paths())
    assert list(vars(gaz)) == list(vars(fresh))
    assert gaz.entries == fresh.entries
