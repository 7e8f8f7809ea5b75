"""Count how gold annotators pair *companions* with the meeting's principals, per writer group.

A companion is a person the text says accompanied a visitor or joined a delegation, in the
meeting's sentence or a later one: English "accompanied by C", "joined by C", "a delegation
including C", "C accompanied X", "C joined X in ..."; Arabic «برفقة C» «يرافقه C» «ترافقه C»
«ورافقه C» «بصحبة C» «ضم الوفد C» «وفد يضم C». For each companion C the script finds the persons
before the cue (or after an active "accompanied / joined X") as the companion's principals, and
the gold MET_WITH partners of those principals told in that sentence or the three before it
(their hosts). It then reads the gold: is C paired with the principal (visitor) and with the host?

Usage: python bench/companion_gold_count.py GROUP=folder[,folder...] ...  (explicit folders only;
never sealed ones). Mentions are found by plain string matching of gold names (rough: a person
whose name the text spells otherwise is missed; the counts are for comparing groups).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scorer_training_data import FORBIDDEN  # noqa: E402

_AR_NORM = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ـ": None})
_DIACRITICS = re.compile("[\u064b-\u0652]")

# cue regex -> direction: "after" = companions follow the cue; "before" = the companion is the
# person right before the cue and the principal the person right after it
_CUES = [
    (re.compile(r"\baccompanied by\b|\bjoined by\b|\bflanked by\b", re.I), "after"),
    (re.compile(r"\bdelegations? (?:that |which )?(?:includ(?:ed|ing)|compris(?:ed|ing))\b"
                r"|\bdelegations?,? (?:made up of|consisting of)\b", re.I), "after"),
    (re.compile(r"\b(?:accompanied|accompanies|accompanying|joined)\b(?! by)", re.I), "before"),
    (re.compile(r"(?:^|\s)و?(?:برفقه|بصحبه|وبرفقته|برفقته|بمرافقه)(?!\w)"), "after"),
    (re.compile(r"(?:^|\s)و?(?:يرافقه|ترافقه|يرافقها|يرافقهم|رافقه|رافقها|رافقهم|ورافقه)(?!\w)"), "after"),
    (re.compile(r"(?:^|\s)و?(?:ضم|يضم|تضم|ضمّ)(?!\w)(?:\s+الوفد)?"), "after"),
]
_STOP_AFTER = re.compile(
    r"\b(?:met|meets|held talks|received|hosted|discussed|said|told)\b"
    r"|(?:^|\s)و?(?:التقي|استقبل|اجتمع|بحث|قال|اكد|اعلن)(?:\s|$)", re.I)
_SENT = re.compile(r"(?<=[.!?؟])\s+|\n+")


def norm_text(s: str) -> str:
    """Text without Arabic diacritics and tatweel, alef / ta marbuta / alef maqsura folded."""
    return _DIACRITICS.sub("", s).translate(_AR_NORM)


def person_forms(ent: dict, lang: str) -> list[str]:
    """The folded spellings of a gold person (name, aliases, Arabic name, a long last word),
    longest first."""
    names = [ent.get("name", "").split(" (")[0], *ent.get("aliases", [])]
    if ent.get("name_ar"):
        names.append(ent["name_ar"])
    out = set()
    for n in names:
        n = norm_text(n.strip())
        if len(n) < 3:
            continue
        out.add(n)
        parts = n.split()
        if len(parts) >= 2 and len(parts[-1]) > 3 and parts[-1] not in {"al-Assad"}:
            out.add(parts[-1])
    return sorted(out, key=len, reverse=True)


def _positions(text: str, forms: list[str]) -> list[int]:
    pos = []
    for f in forms:
        for m in re.finditer(r"(?<![\w])" + re.escape(f) + r"(?![\w])", text):
            pos.append(m.start())
    return sorted(pos)


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(start offset, sentence) of each sentence of *text* (split after . ! ? ؟ and newlines)."""
    out, i = [], 0
    for piece in _SENT.split(text):
        j = text.find(piece, i)
        out.append((j, piece))
        i = j + len(piece)
    return out


def analyse(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = norm_text(gold["text"])
    lang = gold.get("article", {}).get("lang", "en")
    people = {e["id"]: person_forms(e, lang) for e in gold["entities"] if e.get("type") == "Person"}
    sents = split_sentences(text)
    starts = [s for s, _ in sents]

    def sent_of(off: int) -> int:
        k = 0
        for i, s in enumerate(starts):
            if s <= off:
                k = i
        return k

    met = {}
    for r in gold.get("relations", []):
        if r.get("type") != "MET_WITH":
            continue
        ev = r.get("evidence") or {}
        sidx = sent_of(ev.get("start", 0)) if ev.get("start") is not None else -1
        met.setdefault(frozenset((r["source"], r["target"])), sidx)
    for si, (_s0, sent) in enumerate(sents):
        ments = []  # (pos, id)
        for pid, forms in people.items():
            for p in _positions(sent, forms):
                ments.append((p, pid))
        ments.sort()
        if not ments:
            continue
        for cue, direction in _CUES:
            for m in cue.finditer(sent):
                a, b = m.start(), m.end()
                if direction == "after":
                    stop = _STOP_AFTER.search(sent, b)
                    end = stop.start() if stop else len(sent)
                    comps = [pid for p, pid in ments if b <= p < end]
                    before = [pid for p, pid in ments if p < a]
                    principals = before[-1:] if before else []
                    # the visitor of an earlier sentence: "X was accompanied by C" names X here
                else:
                    before = [pid for p, pid in ments if p < a]
                    after = [pid for p, pid in ments if p >= b]
                    if not before or not after:
                        continue
                    comps, principals = before[-1:], after[:1]
                comps = list(dict.fromkeys(c for c in comps if c not in principals))
                if not comps:
                    continue
                if not principals:
                    # no principal in the sentence: the subject of the previous sentence's meeting
                    for p in range(si - 1, max(-1, si - 3), -1):
                        cand = [pid for pid in people if any(
                            pair for pair, s in met.items() if pid in pair and s == p)]
                        if cand:
                            principals = cand[:1]
                            break
                for v in principals:
                    hosts = {x for pair, s in met.items() if v in pair and si - 3 <= s <= si
                             for x in pair if x != v and x not in comps}
                    for c in comps:
                        yield {
                            "file": path.name, "lang": lang, "cue": m.group(0).strip(),
                            "sent": sent[:260], "companion": c, "visitor": v,
                            "hosts": sorted(hosts),
                            "with_visitor": frozenset((c, v)) in met,
                            "with_host": [h for h in sorted(hosts) if frozenset((c, h)) in met],
                        }


def main(argv: list[str]) -> None:
    show = "--show" in argv
    for arg in argv:
        if arg.startswith("--"):
            continue
        group, folders = arg.split("=", 1)
        rows = []
        for d in folders.split(","):
            if not d:
                continue
            assert Path(d).name not in FORBIDDEN, d
            for f in sorted(Path(d).glob("*.json")):
                rows.extend(analyse(f))
        # one row per (file, companion, visitor): a companion named with two cues counts once
        uniq = {}
        for r in rows:
            uniq.setdefault((r["file"], r["companion"], r["visitor"]), r)
        rows = list(uniq.values())
        with_host = [r for r in rows if r["hosts"]]
        c = Counter()
        for r in with_host:
            c["host:" + ("all" if len(r["with_host"]) == len(r["hosts"]) else
                         "some" if r["with_host"] else "none")] += 1
            c["visitor:" + ("yes" if r["with_visitor"] else "no")] += 1
        print(f"{group}: companions {len(rows)}, with a host in gold {len(with_host)}; "
              f"paired with host all/some/none {c['host:all']}/{c['host:some']}/{c['host:none']}; "
              f"with visitor yes/no {c['visitor:yes']}/{c['visitor:no']}")
        if show:
            for r in with_host:
                tag = ("H+" if r["with_host"] else "H-") + ("V+" if r["with_visitor"] else "V-")
                print(f"  {tag} {r['file']} [{r['cue']}] C={r['companion']} V={r['visitor']} "
                      f"H={r['hosts']} :: {r['sent'][:200]}")


if __name__ == "__main__":
    main(sys.argv[1:])
