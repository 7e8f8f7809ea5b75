"""Count, by sentence shape and by era, how often the gold pairs two people named on one side
of a meeting with each other (co-guests, co-hosts, co-attendees).

Shapes (the people of the *group* are paired with each other; the *other side* must be paired
by the gold with one of them, else the sentence is not counted: the writer did not read a
meeting there):

- ``en_received``: "X received / hosted / welcomed A and B" (the group after the verb);
- ``en_met``: "X met (with) A and B";
- ``en_talks``: "X held talks / a meeting with A and B";
- ``en_cosubj``: "A and B met / held talks with X" (the group before the verb);
- ``ar_verb``: «استقبل / التقى / اجتمع X A وB» (the group: the people after the first one);
- ``ar_kullan``: «... X كلاً من A وB» (the group after «كلا من / كل من»);
- ``ar_cohost``: «استقبل A وB C» (A and B joined by «و» right after the verb: the group A, B);
- ``presence``: "in the presence of A and B", «بحضور A وB»;
- ``flanked``: "flanked by A and B";
- ``of_whom``: "A, B and C, all / both of whom had met X" (the group before the cue).

A sentence with "separately", "then", «على حدة», «ثم», "by phone" / «هاتفيا» is counted apart
(``*_apart``); a group of three people or more is counted apart (``*3``). Eras: "newest" (sets OS .. UF, written from session 66 on), "older" (the rest).

With ``--errors FILE`` (the ``evaluate --errors`` output of the extractor on the same folders)
each cell adds "+gain/-cost": the given pairs the extractor misses, the pairs not given that it
does not output (what pairing the group would win and cost).

Usage: python bench/co_guest_shapes_count.py [--show SHAPE] [--errors FILE] --dev LISTFILE (a file of folder
paths such as /work/team/dev3009_list.txt; a sealed folder is refused). Names are found by plain
string matching of the gold names (``co_attendee_gold_count.mentions``), so the counts are rough.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from co_attendee_gold_count import mentions  # noqa: E402
from companion_gold_count import norm_text, person_forms, split_sentences  # noqa: E402

# sealed sets (common rules of the sessions): refused by name
_SEALED = set(
    "d e f m n o p x y z av aw ax be bf bg bw bx by bz ca cb cc cd ce cf cg ch ci cj ck co cp cq "
    "cx cy cz dg dh di kq kr ks kt ku kv kw kx ky lf lg lh li lj lk ll lm ln lo lp lq ma mb mc "
    "md".split())

_STOP = re.compile(
    r"\b(?:said|says|told|where|during which|according to|while|whereas|after|before|to discuss"
    r"|discussed|and discussed|who|whose|which|on behalf)\b|;|:"
    r"|(?:^|\s)[وف]?(?:قال|اكد|اعلن|حيث|جري|تم|تناول|ناقش|بحسب|وفق|فيما|بينما|بعد|قبل|وبحث|بحث"
    r"|الذي|التي|الذين|واكد|وتناول|لبحث|وناقش)(?!\w)", re.I)
_APART = re.compile(r"\bseparately\b|\bthen\b|\bby (?:tele)?phone\b|\bphone call\b"
                    r"|(?:^|\s)(?:على حده|ثم|هاتفيا|اتصالا)(?!\w)", re.I)
_PLANNED = re.compile(r"\b(?:will|would|to meet|plans?|expected|scheduled)\b"
                      r"|(?:^|\s)(?:سي\w+|سوف|من المقرر|يعتزم|المرتقب|المقرر)(?!\w)", re.I)

_EN_AFTER = {
    "en_received": re.compile(r"\b(?:received|receives|hosted|hosts|welcomed|welcomes)\b(?! by)",
                              re.I),
    "en_met": re.compile(r"\b(?:met|meets)(?: with)?\b", re.I),
    "en_talks": re.compile(r"\b(?:held|holds) (?:talks|a meeting|meetings|discussions) with\b",
                           re.I),
    "presence": re.compile(r"\bin the presence of\b|(?:^|\s)[وف]?(?:ب|في\s)حضور(?!\w)", re.I),
    "flanked": re.compile(r"\bflanked by\b", re.I),
    "ar_kullan": re.compile(r"(?:^|\s)(?:كلا|كل) من(?!\w)"),
}
_EN_BEFORE = {
    "en_cosubj": re.compile(r"\b(?:met|held talks)\b", re.I),
    "of_whom": re.compile(r",? (?:all|both|each) of whom (?:had |have |has )?"
                          r"(?:met|held talks|been received)\b", re.I),
}
_AR_VERB = re.compile(r"(?:^|\s)[وف]?(?:استقبل|يستقبل|التقي|يلتقي|اجتمع|يجتمع)(?!\w)")
_CLAUSE = re.compile(r"[.;:]|, (?:and|while|where|who)\b|\b(?:when|after|before)\b", re.I)


def era(folder: str) -> str:
    """"newest" for sets OS .. UF (written from session 66 on), else "older"."""
    name = Path(folder).name
    if name.startswith("extract_test_"):
        s = name.removeprefix("extract_test_")
        if len(s) == 2 and "os" <= s <= "uf":
            return "newest"
    return "older"


def groups(sent: str, ments: list[tuple[int, int, str]]):
    """(shape, group ids, other-side ids, apart) of each shape cue of *sent*."""
    apart = bool(_APART.search(sent))
    for shape, cue in _EN_AFTER.items():
        for m in cue.finditer(sent):
            stop = _STOP.search(sent, m.end())
            end = stop.start() if stop else len(sent)
            grp = [p for a, _, p in ments if m.end() <= a < end]
            other = [p for a, _, p in ments if a < m.start()]
            if shape in ("en_met", "en_received", "en_talks") and not other:
                continue
            yield shape, grp, other, apart
    for shape, cue in _EN_BEFORE.items():
        for m in cue.finditer(sent):
            lo = max([c.end() for c in _CLAUSE.finditer(sent, 0, m.start())], default=0)
            grp = [p for a, _, p in ments if lo <= a < m.start()]
            stop = _STOP.search(sent, m.end())
            end = stop.start() if stop else len(sent)
            other = [p for a, _, p in ments if m.end() <= a < end]
            yield shape, grp, other, apart
    for m in _AR_VERB.finditer(sent):
        stop = _STOP.search(sent, m.end())
        end = stop.start() if stop else len(sent)
        after = [(a, b, p) for a, b, p in ments if m.end() <= a < end]
        if len(after) < 2:
            continue
        gap = sent[after[0][1]:after[1][0]]
        if re.match(r"\s*،?\s*و", gap) and len(gap) < 40 and len(after) >= 3:
            yield "ar_cohost", [after[0][2], after[1][2]], [p for _, _, p in after[2:]], apart
        elif "كلا من" not in sent[m.end():end] and "كل من" not in sent[m.end():end]:
            yield "ar_verb", [p for _, _, p in after[1:]], [after[0][2]], apart


def analyse(path: Path) -> list[dict]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    lang = gold.get("article", {}).get("lang", "en")
    people = {e["id"]: person_forms(e, lang) for e in gold["entities"] if e.get("type") == "Person"}
    met = {frozenset((r["source"], r["target"])) for r in gold.get("relations", [])
           if r.get("type") == "MET_WITH"}
    rows: dict[tuple, dict] = {}
    for _, sent in split_sentences(norm_text(gold["text"])):
        ments = mentions(sent, people)
        if len(ments) < 3:
            continue
        for shape, grp, other, apart in groups(sent, ments):
            grp = list(dict.fromkeys(grp))
            other = [o for o in dict.fromkeys(other) if o not in grp]
            if len(grp) < 2 or not any(frozenset((g, o)) in met for g in grp for o in other):
                continue
            if len(grp) >= 3:
                shape += "3"
            if _PLANNED.search(sent):
                shape += "_planned"
            elif apart:
                shape += "_apart"
            for i, a in enumerate(grp):
                for b in grp[i + 1:]:
                    rows.setdefault((shape, frozenset((a, b))), {
                        "file": path.name, "shape": shape, "a": a, "b": b, "sent": sent[:220],
                        "given": frozenset((a, b)) in met})
    return list(rows.values())


def base_errors(path: str) -> tuple[set, set]:
    """(missed, false) MET_WITH pairs of an ``evaluate --errors`` output, as (file, pair)."""
    missed, false = set(), set()
    pat = re.compile(r"^  (missed|false_positive)\s+(\S+): (\S+) -MET_WITH-> (\S+)$")
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = pat.match(line)
        if m:
            (missed if m.group(1) == "missed" else false).add(
                (m.group(2), frozenset((m.group(3), m.group(4)))))
    return missed, false


def main(argv: list[str]) -> None:
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    errs = base_errors(argv[argv.index("--errors") + 1]) if "--errors" in argv else None
    folders = Path(argv[argv.index("--dev") + 1]).read_text().split()
    counts: dict[str, Counter] = defaultdict(Counter)
    shown = []
    for f in folders:
        name = Path(f).name
        if name.removeprefix("extract_test_") in _SEALED and name.startswith("extract_test_"):
            raise SystemExit(f"sealed folder refused: {name}")
        e = era(name)
        for p in sorted(Path(f).glob("*.json")):
            for r in analyse(p):
                key = "given" if r["given"] else "not"
                counts[r["shape"]][f"{e} {key}"] += 1
                if errs:
                    pair = (r["file"], frozenset((r["a"], r["b"])))
                    if r["given"] and pair in errs[0]:
                        counts[r["shape"]][f"{e} gain"] += 1
                    if not r["given"] and pair not in errs[1]:
                        counts[r["shape"]][f"{e} cost"] += 1
                counts[r["shape"]][f"{e} pieces {p.name}"] = 1
                if show and r["shape"].startswith(show):
                    pair = (r["file"], frozenset((r["a"], r["b"])))
                    now = "" if not errs else " MISSED" if pair in errs[0] else " FALSE" if (
                        pair in errs[1]) else " found" if r["given"] else " ok"
                    shown.append(f"  {'+' if r['given'] else '-'}{now} [{e}] {r['file']} {r['a']} ~ "
                                 f"{r['b']} :: {r['sent'][:180]}")
    print(f"{'shape':24} {'newest given/not (pieces)':28} {'older given/not (pieces)':28}")
    for shape in sorted(counts):
        c = counts[shape]
        cells = []
        for e in ("newest", "older"):
            pieces = sum(1 for k in c if k.startswith(f"{e} pieces"))
            cells.append(f"{c[f'{e} given']}/{c[f'{e} not']} ({pieces})"
                         + (f" +{c[f'{e} gain']}/-{c[f'{e} cost']}" if errs else ""))
        print(f"{shape:24} {cells[0]:28} {cells[1]:28}")
    print("\n".join(shown))


if __name__ == "__main__":
    main(sys.argv[1:])
