"""Extraction input handling: file formats, bad input, limits, the extractor registry."""

import json
import time
import tracemalloc

import jsonschema
import pytest

from loaders.extract import ExtractionError, available, extract_file, extract_text, get_extractor
from loaders.extract.base import register
from loaders.extract.inputs import MAX_CHARS, article_id, parse_article_text
from loaders.extract.rules import RuleExtractor

SCHEMA = json.loads(open("loaders/schema/article.schema.json", encoding="utf-8").read())


def test_corpus_format_header_is_parsed_and_offsets_are_into_the_body(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("source: https://www.example.com/news/1\nlang: en\n\n"
                 "Esmail Qaani met Mustafa al-Kadhimi in Baghdad.\n", encoding="utf-8")
    doc = extract_file(f)
    assert doc["article"]["url"] == "https://www.example.com/news/1"
    assert doc["article"]["source"] == "example.com"
    assert doc["article"]["lang"] == "en"
    assert doc["text"].startswith("Esmail Qaani")
    for e in doc["entities"]:
        for a, b in e["mentions"]:
            assert doc["text"][a:b]
    jsonschema.validate(doc, SCHEMA)


def test_plain_text_and_deterministic_id(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("التقى قاآني بالكاظمي في بغداد.", encoding="utf-8")
    d1, d2 = extract_file(f), extract_file(f)
    assert d1["article"]["id"] == d2["article"]["id"] == article_id({}, d1["text"])
    assert d1["article"]["lang"] == "ar"
    jsonschema.validate(d1, SCHEMA)


def test_seed_and_corpus_extractions_validate_against_the_schema():
    from pathlib import Path

    for f in sorted(Path("seeds").glob("*.txt")) + sorted(Path("seeds/corpus").glob("*.txt")):
        jsonschema.validate(extract_file(f), SCHEMA)


def test_empty_file_is_refused_with_its_name(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    with pytest.raises(ExtractionError, match="empty.txt: the file is empty"):
        extract_file(f)
    g = tmp_path / "blank.txt"
    g.write_text("source: x\nlang: ar\n\n   \n", encoding="utf-8")
    with pytest.raises(ExtractionError, match="blank.txt: the article text is empty"):
        extract_file(g)


def test_binary_file_is_refused(tmp_path):
    f = tmp_path / "img.txt"
    f.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(ExtractionError, match="img.txt: looks like a binary file"):
        extract_file(f)


def test_non_utf8_non_arabic_bytes_are_refused_with_position(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("caf\u00e9 au lait ".encode("latin-1") * 3)
    # latin-1 text decodes as cp1256 without Arabic letters: refused, position given
    with pytest.raises(ExtractionError, match=r"latin.txt:1: not UTF-8 text"):
        extract_file(f)


def test_windows_1256_arabic_is_decoded(tmp_path):
    f = tmp_path / "cp.txt"
    f.write_bytes("التقى قاآني بالكاظمي في بغداد.".encode("cp1256"))
    doc = extract_file(f)
    assert {"person:esmail-qaani", "person:mustafa-al-kadhimi"} <= {
        e["id"] for e in doc["entities"]}


def test_bad_lang_header_names_the_line():
    with pytest.raises(ExtractionError, match="line 2: 'lang:' must be 'ar' or 'en'"):
        parse_article_text("source: x\nlang: fr\n\nBonjour.", "f.txt")


def test_mixed_script_text_gives_entities_from_both_scripts():
    doc = extract_text("Esmail Qaani met Kadhimi. والتقى قاآني بالكاظمي في بغداد. "
                       "Qaani (قاآني) visited Baghdad.")
    ids = {e["id"] for e in doc["entities"]}
    assert {"person:esmail-qaani", "person:mustafa-al-kadhimi", "location:baghdad"} <= ids
    assert sum(1 for e in doc["entities"] if e["id"] == "person:esmail-qaani") == 1


def test_ten_megabyte_text_is_refused_quickly_and_in_bounded_memory(scratch_dir):
    f = scratch_dir / "huge.txt"
    line = "Esmail Qaani met Mustafa al-Kadhimi in Baghdad on Wednesday. " * 20 + "\n"
    with f.open("w", encoding="utf-8") as fh:
        while fh.tell() < 10 * 1024 * 1024:
            fh.write(line)
    tracemalloc.start()
    t0 = time.perf_counter()
    with pytest.raises(ExtractionError, match="huge.txt: the text has .* characters, more than"):
        extract_file(f)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert time.perf_counter() - t0 < 20
    assert peak < 120 * 1024 * 1024


def test_long_text_without_punctuation_is_cut_into_bounded_sentences():
    text = " ".join(["Qaani met Kadhimi and"] * 3000)  # ~66k chars, no sentence end
    assert len(text) < MAX_CHARS
    t0 = time.process_time()
    doc = extract_text(text)
    assert time.process_time() - t0 < 30
    assert all(len(r["evidence"]["sentence"]) < 2000 for r in doc["relations"])


def test_control_characters_inside_text_do_not_break_offsets():
    text = "Esmail\u200f Qaani met \u202bKadhimi\u202c in Baghdad."
    doc = extract_text(text)
    for e in doc["entities"]:
        for a, b in e["mentions"]:
            assert 0 <= a < b <= len(text)


def test_registry_default_and_plugin():
    assert "rules" in available()
    assert isinstance(get_extractor(), RuleExtractor)

    @register("echo-test")
    class Echo:
        name = "echo-test"

        def extract(self, text, *, lang=None, meta=None):
            return {"article": {"id": "x", "lang": lang or "en"}, "text": text,
                    "entities": [], "relations": []}

    ex = get_extractor("echo-test")
    assert extract_text("hello", extractor=ex)["entities"] == []
    with pytest.raises(ExtractionError, match="unknown extractor 'nope'"):
        get_extractor("nope")


def test_user_gazetteer_file_extends_the_default(tmp_path):
    g = tmp_path / "mine.yaml"
    g.write_text("entities:\n  - id: person:yahya-rasool\n    type: Person\n"
                 "    name: Yahya Rasool\n    name_ar: يحيى رسول\n    aliases: [Rasool]\n",
                 encoding="utf-8")
    ex = RuleExtractor(gazetteer_files=[g])
    doc = ex.extract("Rasool met Kadhimi in Baghdad.")
    assert ("MET_WITH", "person:mustafa-al-kadhimi", "person:yahya-rasool") in {
        (r["type"], r["source"], r["target"]) for r in doc["relations"]}


def test_broken_user_gazetteer_names_file_and_entry(tmp_path):
    from loaders.extract.gazetteer import GazetteerError

    g = tmp_path / "bad.yaml"
    g.write_text("entities:\n  - id: person:x\n    type: Organization\n    name: X\n",
                 encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad.yaml: entities\[0\]: id 'person:x' must "
                                             "start with 'organization:'"):
        RuleExtractor(gazetteer_files=[g])
