"""Bad input is refused with the file, the place and what is wrong (no database needed)."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.cli import main
from loaders.formats import expand
from loaders.validate import scan
from loaders.vocabulary import core_vocabulary, extend

ROOT = Path(__file__).resolve().parents[2]
WFXB = ROOT / "seeds/corpus/en_wfxb_biden_nuclear_deal.json"
STRAT = ROOT / "seeds/corpus/en_strategicstudy_after_iran_deal.json"
VOCAB = core_vocabulary()


def article() -> dict:
    return copy.deepcopy(json.loads(WFXB.read_text(encoding="utf-8")))


def write(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def problems(*paths: Path, vocab=VOCAB) -> list[str]:
    return [str(p) for p in scan(list(paths), vocab).problems]


def test_seed_and_corpus_annotations_are_valid() -> None:
    result = scan([ROOT / "seeds"], VOCAB)
    assert result.ok, result.problems
    assert len(result.registry.articles) == 5


def test_malformed_json_reports_line_and_column(tmp_path: Path) -> None:
    f = tmp_path / "bad.json"
    f.write_text('{"article": {"id": "a", "lang": "en"},\n "text": "x",\n "entities": [,]\n}',
                 encoding="utf-8")
    assert problems(f) == [f"{f}:3:15: malformed JSON: Expecting value"]


def test_malformed_json_in_a_streamed_array_reports_line_and_column(tmp_path: Path) -> None:
    f = tmp_path / "many.json"
    good = json.dumps(article(), ensure_ascii=False)
    f.write_text("[\n" + good + ",\n" + good + ",\n{\"article\": }\n]", encoding="utf-8")
    assert problems(f) == [f"{f}:4:13: malformed JSON: Expecting value"]


def test_schema_violation_reports_json_path(tmp_path: Path) -> None:
    doc = article()
    doc["relations"][1]["evidence"]["start"] = "174"
    del doc["entities"][2]["name"]
    out = problems(write(tmp_path / "a.json", doc))
    assert any("$.entities[2]: 'name' is a required property" in p for p in out), out
    assert any("$.relations[1].evidence.start: '174' is not of type 'integer'" in p for p in out)


def test_relation_to_unknown_entity(tmp_path: Path) -> None:
    doc = article()
    doc["relations"][0]["target"] = "agreement:paris-accord"
    out = problems(write(tmp_path / "a.json", doc))
    assert out == [f"{tmp_path / 'a.json'}:$.relations[0].target: unknown entity "
                   "'agreement:paris-accord': not declared in this article's entities"]


def test_unknown_types_are_refused_unless_declared(tmp_path: Path) -> None:
    doc = article()
    doc["relations"][0]["type"] = "ALLIED_WITH"
    doc["entities"].append({"id": "weapon:shahed-136", "type": "Weapon", "name": "Shahed-136"})
    f = write(tmp_path / "a.json", doc)
    out = problems(f)
    assert any("$.relations[0].type: unknown relation type 'ALLIED_WITH'" in p for p in out)
    assert any("unknown entity type 'Weapon'" in p for p in out)
    cfg = tmp_path / "types.yaml"
    cfg.write_text("entity_types: [Weapon]\nrelation_types: [ALLIED_WITH]\n", encoding="utf-8")
    assert problems(f, vocab=extend(core_vocabulary(), cfg)) == []


def test_evidence_span_mismatch_says_where_the_sentence_is(tmp_path: Path) -> None:
    doc = article()
    doc["relations"][0]["evidence"]["start"] += 3
    doc["relations"][0]["evidence"]["end"] += 3
    out = problems(write(tmp_path / "a.json", doc))
    assert len(out) == 1
    assert "$.relations[0].evidence: evidence sentence does not match text[177:290]" in out[0]
    assert "the sentence is at [174, 287]" in out[0]


def test_evidence_span_outside_the_text(tmp_path: Path) -> None:
    doc = article()
    doc["relations"][0]["evidence"]["end"] = 10**6
    assert "outside the text" in problems(write(tmp_path / "a.json", doc))[0]


def test_same_entity_id_with_conflicting_data_in_one_file(tmp_path: Path) -> None:
    doc = article()
    clash = dict(doc["entities"][0], name="Joseph Robinette Biden")
    doc["entities"].append(clash)
    out = problems(write(tmp_path / "a.json", doc))
    assert len(out) == 1 and "$.entities[12]" in out[0] and "different name" in out[0]
    assert "first declared at $.entities[0]" in out[0]


def test_same_entity_id_with_conflicting_data_across_files(tmp_path: Path) -> None:
    other = json.loads(STRAT.read_text(encoding="utf-8"))
    for e in other["entities"]:
        if e["id"] == "person:joe-biden":
            e["name_ar"] = "جوزيف بايدن"
    f2 = write(tmp_path / "b.json", other)
    out = problems(WFXB, f2)
    assert any(str(f2) in p and "person:joe-biden" in p and "different name_ar" in p
               and str(WFXB) in p for p in out), out


def test_same_entity_id_twice_in_one_csv_names_both_lines(tmp_path: Path) -> None:
    nodes = tmp_path / "nodes.csv"
    nodes.write_text("id,type,name\nperson:a,Person,Alpha\ncountry:iraq,Country,Iraq\n"
                     "person:a,Person,Beta\n", encoding="utf-8")
    out = problems(nodes)
    assert len(out) == 1, out
    assert f"{nodes}:line 4: entity 'person:a' conflicts with its declaration at " \
        f"{nodes}:line 2: different name" in out[0]


def test_same_article_id_with_different_text(tmp_path: Path) -> None:
    doc = article()
    doc["text"] = doc["text"].replace("breakthrough", "setback")
    out = problems(WFXB, write(tmp_path / "x.json", doc))
    assert any("article 'en_wfxb_biden_nuclear_deal' given again with different content" in p
               for p in out)


def test_identical_duplicates_are_fine(tmp_path: Path) -> None:
    assert problems(WFXB, write(tmp_path / "copy.json", article())) == []


@pytest.mark.parametrize("content, expected", [
    ("", "empty file"),
    ("   \n", "empty file"),
    ("[]", "empty array"),
])
def test_empty_json(tmp_path: Path, content: str, expected: str) -> None:
    f = tmp_path / "e.json"
    f.write_text(content, encoding="utf-8")
    out = problems(f)
    assert len(out) == 1 and expected in out[0] and str(f) in out[0]


def test_json_must_be_utf8(tmp_path: Path) -> None:
    f = tmp_path / "latin.json"
    f.write_bytes(b'{"article": {"id": "a", "lang": "en"},\n"text": "caf\xe9"}')
    assert problems(f) == [f"{f}:2:13: not valid UTF-8: byte 0xe9 (invalid continuation byte)"
                           "; JSON input must be UTF-8"]


def test_json_lines(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps(article(), ensure_ascii=False) + "\n\n{oops}\n", encoding="utf-8")
    assert problems(f) == [f"{f}:3:2: malformed JSON: Expecting property name enclosed in "
                           "double quotes"]


# --- CSV -------------------------------------------------------------------------------------

NODES = "id,type,name,name_ar,aliases\nperson:ali-sistani,Person,Ali al-Sistani,علي السيستاني,Sistani|السيستاني\n"
RELS = ("source,type,target,sentence,article_id\n"
        "person:ali-sistani,LEADS,organization:marjaiya,He leads it.,\n")


def test_csv_tables_are_valid_together(tmp_path: Path) -> None:
    (tmp_path / "nodes.csv").write_text(
        NODES + "organization:marjaiya,Organization,Marjaiya,المرجعية,\n", encoding="utf-8")
    (tmp_path / "relationships.csv").write_text(RELS, encoding="utf-8")
    result = scan([tmp_path], VOCAB)
    assert result.ok, result.problems
    assert [f.name for f in result.files] == ["nodes.csv", "relationships.csv"]


def test_csv_relationship_to_unknown_entity(tmp_path: Path) -> None:
    (tmp_path / "nodes.csv").write_text(NODES, encoding="utf-8")
    (tmp_path / "relationships.csv").write_text(RELS, encoding="utf-8")
    out = problems(tmp_path)
    assert out == [f"{tmp_path / 'relationships.csv'}:line 2: unknown entity "
                   "'organization:marjaiya': not declared in any input file"]


def test_csv_missing_columns(tmp_path: Path) -> None:
    f = tmp_path / "relationships.csv"
    f.write_text("source,type,sentence\na,b,c\n", encoding="utf-8")
    out = problems(f)
    assert len(out) == 1 and "relationships.csv" in out[0]
    assert "not a node or relationship table" in out[0] or "missing column(s) target" in out[0]
    f.write_text("source,type,target_id\nperson:a,LEADS,person:b\n", encoding="utf-8")
    assert "missing column(s) target" in problems(f)[0]


def test_csv_bad_cells_name_line_and_column(tmp_path: Path) -> None:
    f = tmp_path / "nodes.csv"
    f.write_text(NODES + "person:x,Persn,X,,\nPerson X,Person,X,,\n", encoding="utf-8")
    out = problems(f)
    assert out[0] == f"{f}:line 3, column 'type': unknown entity type 'Persn' (known: " \
        "Agreement, Country, Event, Location, Organization, Outlet, Person)"
    assert out[1].startswith(f"{f}:line 4, column 'id': invalid entity id 'Person X'")


def test_csv_windows_1256_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "nodes.csv"
    f.write_bytes(NODES.encode("cp1256"))
    result = scan([f], VOCAB)
    assert result.ok
    assert any("Windows-1256" in str(n) for n in result.notes)
    (unit,) = list(result.units(VOCAB))
    assert unit.entities[0].name_ar == "علي السيستاني"
    assert unit.entities[0].aliases == ("Sistani", "السيستاني")


def test_csv_with_bom_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "nodes.csv"
    f.write_bytes(b"\xef\xbb\xbf" + NODES.encode("utf-8"))
    result = scan([f], VOCAB)
    assert result.ok and not result.notes
    (unit,) = list(result.units(VOCAB))
    assert unit.entities[0].id == "person:ali-sistani"


def test_csv_with_broken_utf8_says_exactly_where(tmp_path: Path) -> None:
    f = tmp_path / "nodes.csv"
    f.write_bytes(NODES.encode("utf-8") + b"person:b,Person,B," + b"\xd8\n")
    out = problems(f)
    assert out == [f"{f}:3:19: not valid UTF-8: byte 0xd8 (invalid continuation byte) "
                   "(Windows-1256 was tried too); save the file as UTF-8 (Excel: 'CSV UTF-8')"]


@pytest.mark.parametrize("content, expected", [
    (b"", "empty file"),
    (b"id,type,name\n", "empty table"),
])
def test_empty_csv(tmp_path: Path, content: bytes, expected: str) -> None:
    f = tmp_path / "nodes.csv"
    f.write_bytes(content)
    out = problems(f)
    assert len(out) == 1 and expected in out[0]


# --- paths and CLI ---------------------------------------------------------------------------

def test_folder_expansion_skips_txt_with_annotation_and_orders_tables(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    write(tmp_path / "a.json", article())
    (tmp_path / "relationships.csv").write_text(RELS, encoding="utf-8")
    (tmp_path / "nodes.csv").write_text(NODES, encoding="utf-8")
    (tmp_path / ".hidden.json").write_text("{", encoding="utf-8")
    files, _ = expand([tmp_path])
    assert [f.name for f in files] == ["nodes.csv", "a.json", "relationships.csv"]


def test_missing_path_and_unsupported_type(tmp_path: Path) -> None:
    (tmp_path / "x.xlsx").write_bytes(b"PK")
    out = problems(tmp_path / "nope", tmp_path / "x.xlsx")
    assert f"{tmp_path / 'nope'}: no such file or folder" in out
    assert any("unsupported file type '.xlsx'" in p for p in out)


def test_cli_validate_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(ROOT / "seeds")]) == 0
    assert "ok: 5 file(s), 5 article(s)" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"error: {bad}:1:2: malformed JSON" in err and "nothing was loaded" in err


def _validate_peak_mb(folder: Path, articles: int) -> tuple[float, int]:
    """Validate a JSON array of `articles` ~100 KB articles in a fresh process: (peak RSS, size)."""
    f = folder / f"big-{articles}.json"
    doc = article()
    filler = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 1800)
    doc["text"] = doc["text"] + "\n" + filler  # offsets of the evidence stay valid
    with f.open("w", encoding="utf-8") as fh:
        fh.write("[")
        for i in range(articles):
            doc["article"]["id"] = f"big-{i}"
            fh.write(("," if i else "") + json.dumps(doc, ensure_ascii=False))
        fh.write("]")
    # The child's own peak: VmHWM of its memory map. Not ru_maxrss, which a child started
    # with vfork + exec (as subprocess does) inherits from the parent, i.e. from pytest
    # itself after a few thousand tests.
    code = ("import sys; from loaders.cli import main; rc = main(['validate', "
            f"{str(f)!r}]); hwm = [ln for ln in open('/proc/self/status') "
            "if ln.startswith('VmHWM:')]; print(hwm[0].split()[1]); sys.exit(rc)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=600)
    size = f.stat().st_size
    f.unlink()
    assert out.returncode == 0, out.stderr
    assert f"ok: 1 file(s), {articles} article(s)" in out.stdout
    return int(out.stdout.split()[-1]) / 1024, size


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(),
                    reason="reads the validating process's peak RSS from /proc")
def test_100_mb_file_is_streamed_with_bounded_memory(scratch_dir: Path) -> None:
    small_peak, small_size = _validate_peak_mb(scratch_dir, 100)
    big_peak, big_size = _validate_peak_mb(scratch_dir, 1000)
    assert small_size < 11 * 2**20 and big_size > 100 * 2**20
    # Ten times the input may not cost more memory: the file is streamed, not read whole.
    assert big_peak - small_peak < 64, f"peak RSS {small_peak:.0f} MB -> {big_peak:.0f} MB"
    assert big_peak < 400, f"peak RSS {big_peak:.0f} MB for a 100 MB file"
