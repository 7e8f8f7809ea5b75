"""Probe: claims of a killing by groups, possessive killers, pronoun and named successors (English).

    python bench/probe_claims_successors_en.py [--misses]

Four shapes a news writer uses, each with positives and negatives written before reading any
development error: (claim) an organisation claiming responsibility for a killing; (poss) a
plural possessive killer before the killing noun, followed by a passive whose "by" is not the
killer; (pron) a pronoun successor after a sentence naming the predecessor; (named) "X's
successor has been named as Y" next to hedges that must stay silent. Pairs are matched on
surfaces: (victim, killer) for ASSASSINATED_BY, (successor, predecessor) for SUCCESSOR_OF.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.extract.rules import RuleExtractor  # noqa: E402

A, S = "ASSASSINATED_BY", "SUCCESSOR_OF"
GROUPS = ["Islamic State", "The Taliban", "Al-Shabaab", "Hamas", "Boko Haram"]
KEY = {"The Taliban": "Taliban"}
VICTIMS = [("district governor Abdul Wali Rahimi", "Rahimi"), ("Colonel Omar Haddad", "Haddad"),
           ("General Samuel Otieno", "Otieno")]
# (shape, positive, relation, text template, pair)
CASES: list[tuple[str, bool, str, str, tuple[str, str]]] = []
for g in GROUPS:
    k = KEY.get(g, g)
    for v, vs in VICTIMS:
        CASES += [
            ("claim", True, A, f"{g} claimed responsibility for the assassination of {v}.", (vs, k)),
            ("claim", True, A, f"{g} claimed responsibility for killing {v} on Sunday.", (vs, k)),
            ("claim", True, A, f"{v} was shot dead in Kabul. {g} claimed responsibility for "
             f"his assassination.", (vs, k)),
            ("claim", False, A, f"{g} denied any role in the killing of {v}.", (vs, k)),
            ("claim", False, A, f"No group has claimed responsibility for the killing of {v}, "
             f"though officials blamed {g}.", (vs, k)),
        ]
for g, gk in [("Taliban forces'", "Taliban"), ("Israeli troops'", "Israel"),
              ("Hamas fighters'", "Hamas")]:
    for v, vs in VICTIMS:
        CASES += [
            ("poss", True, A, f"{g[0].upper() + g[1:]} assassination of {v} was condemned by "
             f"the United Nations.", (vs, gk)),
            ("poss", False, A, f"{g[0].upper() + g[1:]} assassination of {v} was condemned by "
             f"the United Nations.", (vs, "United Nations")),
            ("poss", False, A, f"{g[0].upper() + g[1:]} killing of {v} was denounced by "
             f"the European Union.", (vs, "European Union")),
        ]
PAIRS = [("General Robert Kibet", "Kibet", "General Daniel Ochieng", "Ochieng", "army chief"),
         ("Aigerim Nurlanova", "Nurlanova", "Askar Beisenov", "Beisenov", "foreign minister")]
for new, ns, old, os_, post in PAIRS:
    CASES += [
        ("pron", True, S, f"{old} stepped down as {post} on Friday. His successor is {new}.",
         (ns, os_)),
        ("pron", True, S, f"{old} resigned as {post}. His successor, {new}, took office on "
         f"Monday.", (ns, os_)),
        ("pron", True, S, f"{old} served as {post} for six years. He was succeeded by {new}.",
         (ns, os_)),
        ("pron", False, S, f"{old} stepped down as {post} on Friday. His successor has not "
         f"been named. {new} is seen as a frontrunner.", (ns, os_)),
        ("pron", False, S, f"{old} stepped down as {post}. His successor could be {new}.",
         (ns, os_)),
        ("named", True, S, f"{old}'s successor has been named as {new}.", (ns, os_)),
        ("named", True, S, f"The president named {new} as {old}'s successor on Tuesday.",
         (ns, os_)),
        ("named", True, S, f"{new} has been named as {old}'s successor as {post}.", (ns, os_)),
        ("named", False, S, f"{old}'s successor could be {new}, officials said.", (ns, os_)),
        ("named", False, S, f"{old}'s successor has not been named, but {new} is tipped for "
         f"the job.", (ns, os_)),
    ]


def _ids_for(doc: dict, text: str, key: str) -> set[str]:
    slug = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")
    return {e["id"] for e in doc["entities"]
            if any(key in text[a:b] for a, b in e.get("mentions") or []) or slug in e["id"]}


def found(doc: dict, text: str, rel: str, pair: tuple[str, str]) -> bool:
    left, right = _ids_for(doc, text, pair[0]), _ids_for(doc, text, pair[1])
    return any(r["type"] == rel and r["source"] in left and r["target"] in right
               for r in doc["relations"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print each missed / false sentence")
    args = ap.parse_args()
    ex = RuleExtractor()
    st: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp, pos, fp, neg
    for shape, pos, rel, text, pair in CASES:
        hit = found(ex.extract(text, lang="en"), text, rel, pair)
        row = st[shape]
        row[0 if pos else 2] += hit
        row[1 if pos else 3] += 1
        if args.misses and hit != pos:
            print(f"  {'MISS' if pos else 'FP  '} [{shape}] {text}  {pair}")
    tot = [0, 0, 0, 0]
    for shape, row in st.items():
        tot = [a + b for a, b in zip(tot, row, strict=True)]
        print(f"{shape:6} recall {row[0]}/{row[1]} = {row[0] / row[1]:.3f}   "
              f"false positives {row[2]}/{row[3]}")
    print(f"{'all':6} recall {tot[0]}/{tot[1]} = {tot[0] / tot[1]:.3f}   "
          f"false positives {tot[2]}/{tot[3]}")


if __name__ == "__main__":
    main()
