"""Count how gold annotators pair *co-attendees* (two people both named as present at one
meeting) with each other, per writer set and per era.

An attendance list is the people named after «بحضور» / «في حضور» / «وحضر (اللقاء)» / «حضره» /
«حضرها» / «فيما حضره», "in the presence of", "attended by", "(also) present were", "in
attendance were", or before "(also) attended", "were (also) present", "in attendance",
"attending" (back to the clause's start: a meeting verb, "with", "; "), with the people after
", as did" added. A list of two or more people gives its pairs; each pair is looked up among the
article's gold MET_WITH pairs. A list counts as *annotated* when the gold pairs one of its
people with someone outside the list (the writer notes attendees at all); the pairs of lists
the gold leaves out entirely are reported apart.

Writers: a batch of ``DEV_BATCHES`` is one writer set; a folder outside the batches is one by
itself. Eras: "older" (the batches before session 26's test and the unbatched folders),
"s26-42" (IF .. LE), "blind 58-63" (LR .. NR), "blind 64" (NS .. NZ).

Usage: python bench/co_attendee_gold_count.py [--show] FOLDER ...  (folders under tests/data,
named explicitly; a sealed one in ``FORBIDDEN`` is refused), or ``--dev LISTFILE`` (a file
of folder paths, e.g. /work/team/dev2049_list.txt). Names are found by plain string matching of
the gold names (an Arabic clitic و ب ل ف before one allowed; overlapping names: the longest);
a person the text spells otherwise is missed, so the counts compare writers, not the extractor.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from companion_gold_count import norm_text, person_forms, split_sentences  # noqa: E402
from scorer_training_data import DATA, DEV_BATCHES, FORBIDDEN  # noqa: E402

# the people after the cue are the attendees
_AFTER = re.compile(
    r"\bin the presence of\b|\battended by\b|\b(?:also )?present (?:were|was)\b"
    r"|\b(?:also )?in attendance (?:were|was)\b|\battending (?:were|was)\b"
    r"|(?:^|\s)[وف]?(?:ب|في\s)حضور(?!\w)"
    r"|(?:^|\s)(?:[وف]|فيما\s|وقد\s|كما\s)?حضر(?:ه|ها|هما)?(?!\w)(?!\s+صاحب)", re.I)
# the people before the cue, back to the clause's start, are the attendees
_BEFORE = re.compile(
    r"\b(?:also )?attended\b(?! by)|\b(?:were|was) (?:also )?present\b"
    r"|\b(?:also )?in attendance\b(?! (?:were|was))|\battending\b(?! (?:were|was))", re.I)
_AS_DID = re.compile(r",? as did\b", re.I)
_CLAUSE_START = re.compile(
    r"\b(?:met|meets|received|hosted|held talks|talks with|with|who|whose)\b|;|, while\b"
    r"|, where\b", re.I)
_STOP_AFTER = re.compile(
    r"\b(?:met|meets|held talks|received|hosted|discussed|said|says|told|where|during which"
    r"|according to|while|whereas|then|before|after)\b"
    r"|(?:^|\s)[وف]?(?:التقي|استقبل|اجتمع|بحث|قال|اكد|اعلن|حيث|جري|تم|تناول|ناقش|بحسب|وفق"
    r"|فيما|بينما|ثم|قبل|بعد)(?!\w)", re.I)
# a relative clause inside a list, to its comma: the people it names are no attendees
_RELATIVE = re.compile(r"(?:\b(?:who|whose|which)\b|(?:^|\s)(?:الذي|التي|الذين))[^,،]*", re.I)
# a partner named with «مع» ("وحضر اللقاء مع بزشكيان X"): no attendee
_WITH_BEFORE = re.compile(r"(?:^|\s)مع\s+$")
_CLITIC = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل])|(?<=(?<!\w)[وف][بل]))"


def era_of(group: str) -> str:
    """The era of a writer set (module doc)."""
    first = group.split()[0]
    if len(first) == 2 and first.isupper():
        if "NS" <= first <= "NZ":
            return "blind 64"
        if "LR" <= first <= "NR":
            return "blind 58-63"
        if "IF" <= first <= "LE":
            return "s26-42"
    return "older"


def writer_of(folder: str) -> str:
    """The writer set of a folder: its ``DEV_BATCHES`` key, else the folder itself."""
    for key, dirs in DEV_BATCHES.items():
        if folder in dirs:
            return key
    return folder


def mentions(sent: str, people: dict[str, list[str]]) -> list[tuple[int, int, str]]:
    """(start, end, id) of the gold people named in *sent*, the longest name first where
    two overlap."""
    found = []
    for pid, forms in people.items():
        for f in forms:
            for m in re.finditer(_CLITIC + re.escape(f) + r"(?!\w)", sent):
                found.append((m.start(), m.end(), pid))
    found.sort(key=lambda x: (x[0] - x[1], x[0]))
    taken: list[tuple[int, int, str]] = []
    for a, b, pid in found:
        if all(b <= x or a >= y for x, y, _ in taken):
            taken.append((a, b, pid))
    return sorted(taken)


def attendance_lists(sent: str, ments: list[tuple[int, int, str]]) -> list[tuple[str, list[str]]]:
    """(cue, attendee ids) of each attendance list of *sent* (module doc). A person inside a
    relative clause is no attendee, unless the cue is in that clause too ("Birri, whose
    adviser A attended", «اللقاء، الذي حضره A وB»: the clause is the list's)."""
    rel = [(m.start(), m.end()) for m in _RELATIVE.finditer(sent)]
    ments = [(a, b, p) for a, b, p in ments if not _WITH_BEFORE.search(sent, max(0, a - 4), a)]
    cues = sorted([(m, True) for m in _AFTER.finditer(sent)]
                  + [(m, False) for m in _BEFORE.finditer(sent)], key=lambda x: x[0].start())

    def outside(a: int, cue: int) -> bool:
        return not any(x <= a < y and not x <= cue < y for x, y in rel)

    out = []
    for m, after in cues:
        here = [(a, b, p) for a, b, p in ments if outside(a, m.start())]
        if after:
            nxt = next((c.start() for c, _ in cues if c.start() >= m.end()), len(sent))
            first = next((b for a, b, _ in here if a >= m.end()), len(sent))  # (past an aside
            stop = _STOP_AFTER.search(sent, first)  # before the list: "، بحسب الصور، A وB")
            end = min(stop.start() if stop else len(sent), nxt)
            ids = [p for a, _, p in here if m.end() <= a < end]
        else:
            own = next((x for x, y in rel if x <= m.start() < y), None)
            starts = [c.end() for c in _CLAUSE_START.finditer(sent, 0, m.start())
                      if outside(c.start(), m.start())]
            lo = own if own is not None else starts[-1] if starts else 0
            ids = [p for a, _, p in here if lo <= a < m.start()]
            did = _AS_DID.search(sent, m.end())
            if did:
                stop = _STOP_AFTER.search(sent, did.end())
                ids += [p for a, _, p in here
                        if did.end() <= a < (stop.start() if stop else len(sent))]
        out.append((m.group(0).strip(), ids))
    return [(cue, list(dict.fromkeys(ids))) for cue, ids in out if len(set(ids)) >= 2]


def analyse(path: Path) -> list[dict]:
    """One row per co-attendee pair of the article (the first list naming the pair)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    lang = gold.get("article", {}).get("lang", "en")
    people = {e["id"]: person_forms(e, lang) for e in gold["entities"] if e.get("type") == "Person"}
    met = {frozenset((r["source"], r["target"])) for r in gold.get("relations", [])
           if r.get("type") == "MET_WITH"}
    partners: dict[str, set[str]] = defaultdict(set)
    for pair in met:
        for x in pair:
            partners[x] |= pair - {x}
    rows: dict[frozenset, dict] = {}
    for _, sent in split_sentences(norm_text(gold["text"])):
        if not (_AFTER.search(sent) or _BEFORE.search(sent)):
            continue
        for cue, ids in attendance_lists(sent, mentions(sent, people)):
            annotated = any(partners[x] - set(ids) for x in ids)
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    rows.setdefault(frozenset((a, b)), {
                        "file": path.name, "cue": cue, "a": a, "b": b, "sent": sent[:220],
                        "given": frozenset((a, b)) in met, "annotated": annotated})
    return list(rows.values())


def main(argv: list[str]) -> None:
    show = "--show" in argv
    folders = [a for a in argv if not a.startswith("--")]
    if "--dev" in argv:
        folders = Path(argv[argv.index("--dev") + 1]).read_text().split()
        folders = [f for f in folders if not f.endswith(".txt")]
    by_writer: dict[str, list[dict]] = defaultdict(list)
    for f in folders:
        name = Path(f).name
        if name in FORBIDDEN:
            raise SystemExit(f"sealed folder refused: {name}")
        for p in sorted((DATA / name).glob("*.json")):
            by_writer[writer_of(name)].extend(analyse(p))
    eras: dict[str, Counter] = defaultdict(Counter)
    for w, rows in sorted(by_writer.items()):
        ann = [r for r in rows if r["annotated"]]
        if not rows:
            continue
        given = sum(r["given"] for r in ann)
        e = eras[era_of(w)]
        e["pairs given"] += given
        e["pairs not given"] += len(ann) - given
        e["pairs of lists not annotated"] += len(rows) - len(ann)
        e["pieces"] += len({r["file"] for r in ann})
        if ann:
            e["writers for" if 2 * given > len(ann) else "writers against"
              if 2 * given < len(ann) else "writers split"] += 1
        print(f"{w}: annotated lists {given} given / {len(ann) - given} not "
              f"(pieces {len({r['file'] for r in ann})}); lists left out {len(rows) - len(ann)}")
        if show:
            for r in rows:
                tag = ("+" if r["given"] else "-") + ("" if r["annotated"] else " (unannotated)")
                print(f"  {tag} {r['file']} [{r['cue']}] {r['a']} ~ {r['b']} :: {r['sent'][:160]}")
    print()
    for era in ("older", "s26-42", "blind 58-63", "blind 64"):
        e = eras[era]
        print(f"{era}: pairs given {e['pairs given']} / not given {e['pairs not given']} "
              f"(pieces {e['pieces']}); writers for {e['writers for']} / against "
              f"{e['writers against']} / split {e['writers split']}; pairs of unannotated lists "
              f"{e['pairs of lists not annotated']}")


if __name__ == "__main__":
    main(sys.argv[1:])
