"""Probe: ASSASSINATED_BY vocabulary and shapes of news style, English and Arabic.

    python bench/probe_killings_vocab.py [--shapes] [--misses]

Sentences written before reading any development error, with victims of our own choosing (a
commander or official introduced by title) and three agents per language. Each shape has
positives and negatives of the same words. Conventions decided here:
- "suspected / alleged G gunmen shot dead X": the agent is hedged, not stated as a fact: no
  relation (negative).
- "vowed to avenge X, killed by G": the killing by G is stated as a fact: a relation.
- "X survived an assassination attempt by G": no killing, no relation.
- An accusation by a third party ("Hamas accused Israel of killing X"): no relation.
- "G claimed responsibility for X's assassination" / "تبنّت G اغتيال X": the killer's own
  claim, read as the agent (as the project's gold does for claims of responsibility).
- "نعى حزب الله X الذي اغتالته إسرائيل": Israel is the agent, not the mourning body.
The script prints recall and false positives per language and, with ``--shapes``, per shape.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.extract.rules import RuleExtractor  # noqa: E402

EN_VICTIMS = [("commander Samir Khoury", "Khoury"), ("Colonel Tariq Mansour", "Mansour"),
              ("district governor Abdul Karim Nazari", "Nazari")]
EN_AGENTS = [dict(key="israel", G="Israel", Gp="Israel's", Gadj="Israeli", Ga="an Israeli"),
             dict(key="islamic-state", G="Islamic State", Gp="Islamic State's",
                  Gadj="Islamic State", Ga="an Islamic State"),
             dict(key="taliban", G="the Taliban", Gp="the Taliban's", Gadj="Taliban", Ga="a Taliban")]
EN_SHAPES = [
    ("lost life strike", True, "{V} lost his life in {Ga} strike on Tuesday."),
    ("lost life gunmen", True,
     "{V} lost his life when {Gadj} gunmen opened fire on his car near the market."),
    ("possessive killing", True, "{Gp} killing of {V} drew wide condemnation."),
    ("possessive assassination", True, "{Gp} assassination of {V} shocked the region."),
    ("possessive forces", True,
     "{Gadj} forces' assassination of {V} last week was condemned by the UN."),
    ("snipers", True, "{V} was shot dead by {Gp} snipers on Monday."),
    ("claimed responsibility", True, "{G} claimed responsibility for {V}'s assassination."),
    ("claimed responsibility killing", True,
     "{G} claimed responsibility for the killing of {V} on Sunday."),
    ("vowed to avenge", True,
     "His supporters vowed to avenge {V}, who was killed by {G} last month."),
    ("NEG suspected gunmen", False, "Suspected {Gadj} gunmen shot dead {V} on Friday."),
    ("NEG alleged gunmen", False, "Alleged {Gadj} gunmen shot dead {V} outside his home."),
    ("NEG accused", False, "Officials accused {G} of killing {V} on Friday."),
    ("NEG survived", False, "{V} survived an assassination attempt by {G} on Monday."),
    ("NEG no agent", False, "{V} lost his life in a strike on Tuesday, {G} said."),
]

AR_VICTIMS = [("القيادي سمير الخوري", "الخوري"), ("العقيد طارق منصور", "منصور"),
              ("الشيخ عبد الكريم النزاري", "النزاري")]
AR_AGENTS = [dict(key="israel", G="إسرائيل", Gadj="إسرائيلية", Gocc="الاحتلال",
                  Gm="الجيش الإسرائيلي"),
             dict(key="islamic-state", G="تنظيم داعش", Gadj="لتنظيم داعش", Gocc="تنظيم داعش",
                  Gm="تنظيم داعش"),
             dict(key="hamas", G="حركة حماس", Gadj="لحركة حماس", Gocc="حركة حماس",
                  Gm="حركة حماس")]
AR_SHAPES = [
    ("سقط شهيدا بغارة", True, "سقط {V} شهيداً بغارة {Gadj} على بلدته يوم الثلاثاء."),
    ("استشهد بنيران", True, "استشهد {V} بنيران {Gocc} في المدينة صباح اليوم."),
    ("لقي مصرعه برصاص مسلحين", True, "لقي {V} مصرعه برصاص مسلحين من {Gm} قرب منزله."),
    ("أعلنت اغتيال", True, "أعلنت {G} اغتيال {V} في عملية نفذتها مساء أمس."),
    ("تبنت اغتيال", True, "تبنّت {G} اغتيال {V} في بيان صدر اليوم."),
    ("نعى الذي اغتالته", True, "نعى حزب الله {V} الذي اغتالته {G} يوم الأحد."),
    ("NEG اتهم", False, "اتهم مسؤولون {G} باغتيال {V} يوم الجمعة."),
    ("NEG نجا من محاولة", False, "نجا {V} من محاولة اغتيال نفذتها {G} يوم الاثنين."),
    ("NEG لقي مصرعه بلا فاعل", False, "لقي {V} مصرعه في حادث سير، بحسب {G}."),
    ("NEG مسلحين مشتبه", False, "قتل مسلحون يشتبه بانتمائهم إلى {Gm} {V} يوم الجمعة."),
]


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def found(doc: dict, text: str, victim: str, agent: str) -> bool:
    vic = {e["id"] for e in doc["entities"]
           if any(victim in text[a:b] for a, b in e.get("mentions") or [])}
    return any(r["type"] == "ASSASSINATED_BY" and r["source"] in vic and agent in r["target"]
               for r in doc["relations"])


def wrong_agent(doc: dict, text: str, victim: str, agent: str) -> bool:
    """A relation from the victim to anyone but the agent (the mourning body, the UN that
    condemned the killing): a false positive in every shape."""
    vic = {e["id"] for e in doc["entities"]
           if any(victim in text[a:b] for a, b in e.get("mentions") or [])}
    return any(r["type"] == "ASSASSINATED_BY" and r["source"] in vic and agent not in r["target"]
               for r in doc["relations"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shapes", action="store_true", help="per-shape figures, worst first")
    ap.add_argument("--misses", action="store_true", help="print each missed / false sentence")
    args = ap.parse_args()
    ex = RuleExtractor()
    per_shape: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    tot: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for lang, victims, agents, shapes in (("en", EN_VICTIMS, EN_AGENTS, EN_SHAPES),
                                          ("ar", AR_VICTIMS, AR_AGENTS, AR_SHAPES)):
        for (vfull, vkey), ag in zip(victims, agents, strict=True):
            for shape, pos, tpl in shapes:
                text = tpl.format(V=vfull, **{k: v for k, v in ag.items() if k != "key"})
                text = text[:1].upper() + text[1:]
                doc = ex.extract(text, lang=lang)
                hit = found(doc, text, vkey, ag["key"])
                wrong = wrong_agent(doc, text, vkey, ag["key"])
                per_shape[(lang, shape)][0] += hit
                per_shape[(lang, shape)][1] += 1
                t = tot[lang]
                if pos:
                    t[0] += hit
                    t[1] += 1
                else:
                    t[2] += hit
                    t[3] += 1
                t[2] += wrong
                if args.misses and (hit != pos or wrong):
                    print(f"  {'FP  ' if wrong or not pos else 'MISS'} [{lang} {shape}] {text}")
    if args.shapes:
        rows = []
        for (lang, shape), (n_ok, n) in per_shape.items():
            bad = n_ok if shape.startswith("NEG") else n - n_ok
            rows.append((-bad, lang, shape, n_ok, n))
        for negbad, lang, shape, n_ok, n in sorted(rows):
            kind = "fp" if shape.startswith("NEG") else "found"
            print(f"  {lang} {shape:34} {kind} {n_ok}/{n}" + ("  <-" if negbad else ""))
    for lang in ("en", "ar"):
        t = tot[lang]
        print(f"{lang}  recall {t[0]}/{t[1]} = {t[0] / t[1]:.3f}   false positives {t[2]}/{t[3]}")


if __name__ == "__main__":
    main()
