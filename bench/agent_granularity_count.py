"""Count which id the writers give a killing's state agent, by the words that name it.

    python bench/agent_granularity_count.py $(cat /work/team/dev2889_list.txt) [--show KEY]

For every gold ASSASSINATED_BY pair whose agent is a state or one of its bodies (the United
States, Israel, Turkey, Iraq and their forces, ministries and agencies), the pairs of one victim
and one state in one piece make a group; the group's evidence sentences are searched for the
phrases of `PHRASES` (English and Arabic) and the table prints, for each phrase, how many groups
gave which set of ids ("country", "body", both). A group is counted under every phrase its
evidence holds ("all" columns) and apart when it holds that phrase alone ("alone" columns).
The table decides which id the extractor gives each phrase (docs/extraction.md, session 71,
usforces71).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

_US = r"(?:U\.S\.|US|American|United States)"
_AR_US = r"(?:الأمريكي|الأميركي|الامريكي|الاميركي)"
_AR_IL = r"(?:الإسرائيلي|الاسرائيلي)"
_AR_USF = r"(?:أمريكية|أميركية|امريكية|اميركية)"
# not the target of attacks ("attacks on US forces", «هجمات على القوات الأميركية»)
_NOT_TARGET = r"(?<!on )(?<!against )(?<!at )(?<!targeting )(?<!on the )(?<!against the )"
# family -> (phrase key, regex); the first key of a family that matches a span is counted.
PHRASES: dict[str, list[tuple[str, str]]] = {
    "us": [
        ("en claim: the US military/CENTCOM said it", r"(?:U\.S\. military|US military|Central Command|CENTCOM|Pentagon)[^.]{0,40}? (?:said|says|announced|confirmed|claimed)[^.]{0,20}? (?:it|its)\b"),
        ("en US special forces/commandos/SEALs", _NOT_TARGET +
         _US + r" (?:special (?:operations )?forces|special forces|commandos?|Navy SEALs?)|Navy SEALs?"),
        ("en US forces", _NOT_TARGET + _US + r"(?:-led)? (?:forces|force)\b"),
        ("en US troops/soldiers", _NOT_TARGET + _US + r" (?:troops|soldiers)"),
        ("en US military/army", r"(?:the )?" + _US + r" (?:military|army|armed forces)"),
        ("en Pentagon/DoD", r"Pentagon|Department of Defense|Defense Department|War Department"),
        ("en CENTCOM", r"CENTCOM|Central Command"),
        ("en CIA", r"\bCIA\b|Central Intelligence Agency"),
        ("en US strike/raid/drone", _US + r" (?:drone|air ?strike|strike|raid|missile|operation|helicopter|warplane|aircraft|bomb)"),
        ("en United States/Washington", r"United States|Washington|\bAmerica\b"),
        ("ar قوات خاصة أمريكية (special)",
         r"قو(?:ات|ة) (?:ال)?خاصة (?:ال)?" + _AR_USF + r"|قو(?:ات|ة) (?:ال)?" + _AR_USF + r" (?:ال)?خاصة"),
        ("ar قوات أمريكية (no article)", r"(?:^|[\s«(،])[وبل]?قو(?:ات|ة) " + _AR_USF),
        ("ar القوات الأمريكية (article)", r"(?<!على )(?<!ضد )القوات (?:ال)?" + _AR_USF),
        ("ar الجيش الأمريكي", r"الجيش " + _AR_US + r"|القوات المسلحة (?:الأمريكية|الأميركية)"),
        ("ar البنتاغون", r"البنتاغون|البنتاجون|وزارة الدفاع (?:الأمريكية|الأميركية)|وزارة الحرب"),
        ("ar سنتكوم", r"سنتكوم|القيادة المركزية"),
        ("ar سي آي إيه", r"سي آي إيه|وكالة الاستخبارات المركزية|وكالة المخابرات المركزية"),
        ("ar غارة أمريكية", r"(?:غارة|ضربة|طائرة|مسيرة|مسيّرة|عملية|هجوم|صاروخ|قصف|إنزال)[^.،]{0,15}? (?:أمريكية|أميركية|امريكية|اميركية|أمريكي|أميركي)"),
        ("ar الولايات المتحدة/واشنطن", r"الولايات المتحدة|واشنطن|أمريكا|أميركا"),
    ],
    "israel": [
        ("en claim: the IDF/army said it killed", r"(?:IDF|Israel Defense Forces|Israeli (?:army|military)|Israel's (?:army|military))[^.]{0,40}? (?:said|says|announced|confirmed|claimed)[^.]{0,20}? (?:it|its)\b"),
        ("ar claim: أعلن الجيش الإسرائيلي أنه", r"الجيش " + _AR_IL + r"[^.]{0,40}?(?:أنه|إنه|انه|مسؤوليته)"),
        ("en Israeli forces/troops/soldiers", _NOT_TARGET + r"Israeli (?:forces|troops|soldiers|special forces|commandos)"),
        ("en IDF/Israeli army/military", r"\bIDF\b|Israel Defense Forces|Israeli (?:army|military)"),
        ("en Israeli Air Force", r"Israeli Air Force|\bIAF\b"),
        ("en Mossad", r"Mossad"),
        ("en Shin Bet", r"Shin Bet"),
        ("en Israeli strike/jets/drone", r"Israeli (?:drone|air ?strike|strike|raid|missile|operation|helicopter|warplanes?|jets?|aircraft|bombing|bomb|attack|fighter)"),
        ("en Israel", r"\bIsrael\b(?!i)"),
        ("ar الجيش الإسرائيلي", r"الجيش " + _AR_IL + r"|جيش الاحتلال|(?:ال)?قوات (?:ال)?(?:إسرائيلية|اسرائيلية)|قوات الاحتلال"),
        ("ar سلاح الجو الإسرائيلي", r"سلاح الجو"),
        ("ar الموساد", r"الموساد"),
        ("ar الشاباك", r"الشاباك|الشين بيت"),
        ("ar غارة إسرائيلية", r"(?:غارة|ضربة|طائرة|طائرات|مسيرة|مسيّرة|عملية|هجوم|صاروخ|قصف)[^.،]{0,15}? (?:إسرائيلية|اسرائيلية|إسرائيلي|اسرائيلي)"),
        ("ar إسرائيل/الاحتلال", r"إسرائيل\b|اسرائيل\b|الاحتلال"),
    ],
    "turkey": [
        ("en Turkish intelligence/MIT", r"Turkish (?:intelligence|National Intelligence)|\bMIT\b"),
        ("en Turkish army/forces", r"Turkish (?:army|military|forces|troops|armed forces|soldiers)"),
        ("en Turkish strike/drone", r"Turkish (?:drone|air ?strike|strike|raid|operation|warplanes?|jets?)"),
        ("en Turkey/Ankara", r"Turkey|Türkiye|Ankara"),
        ("ar الاستخبارات التركية", r"(?:الاستخبارات|المخابرات)(?: الوطنية)? التركية|جهاز (?:الاستخبارات|المخابرات)(?: الوطنية)? التركي"),
        ("ar الجيش التركي", r"الجيش التركي|(?:ال)?قوات (?:ال)?تركية|القوات المسلحة التركية"),
        ("ar مسيرة تركية", r"(?:غارة|ضربة|طائرة|مسيرة|مسيّرة|عملية|قصف)[^.،]{0,15}? (?:تركية|تركي)"),
        ("ar تركيا/أنقرة", r"تركيا|أنقرة"),
    ],
    "iraq": [
        ("en Counter-Terrorism Service", r"Counter[- ]Terrorism Service|\bCTS\b"),
        ("en Iraqi security forces", r"Iraqi security forces"),
        ("en Iraqi forces/army", r"Iraqi (?:forces|army|military|troops|special forces|soldiers)"),
        ("en Iraq", r"\bIraq\b"),
        ("ar جهاز مكافحة الإرهاب", r"جهاز مكافحة الإرهاب"),
        ("ar قوات الأمن العراقية", r"قوات الأمن العراقية|القوات الأمنية العراقية|القوات الأمنية"),
        ("ar الجيش العراقي", r"الجيش العراقي|(?:ال)?قوات (?:ال)?عراقية"),
        ("ar العراق", r"العراق\b"),
    ],
}
_NO_MARKS = dict.fromkeys(range(0x064B, 0x0653))  # Arabic short vowels and tanween
_COMPILED = {fam: [(k, re.compile(p)) for k, p in rows] for fam, rows in PHRASES.items()}


def family(target: str) -> str | None:
    """The state family of an agent id, or None for a person or an unrelated body."""
    if target == "country:united-states" or target.startswith("organization:us-") \
            or target == "organization:cia":
        return "us"
    if target in {"country:israel", "organization:israel-defense-forces",
                  "organization:israeli-air-force", "organization:mossad",
                  "organization:shin-bet", "organization:israeli-government"}:
        return "israel"
    if target == "country:turkey" or target.startswith("organization:turkish-"):
        return "turkey"
    if target == "country:iraq" or target.startswith("organization:iraqi-") \
            or target == "organization:counter-terrorism-service":
        return "iraq"
    return None


def kind(ids: frozenset[str]) -> str:
    """Short label of a group's gold ids."""
    return "+".join(sorted(i.split(":", 1)[1] for i in ids))


def groups(folders: list[str]):
    """(piece, victim, family) -> (gold ids, evidence sentences)."""
    out: dict[tuple[str, str, str], tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for folder in folders:
        for path in sorted(Path(folder).glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            for rel in doc.get("relations", []):
                if rel.get("type") != "ASSASSINATED_BY":
                    continue
                fam = family(rel["target"])
                if fam is None:
                    continue
                ids, sents = out[(path.name, rel["source"], fam)]
                ids.add(rel["target"])
                sents.add((rel.get("evidence") or {}).get("sentence", ""))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--show", default="", help="print the sentences of groups holding this phrase key")
    args = ap.parse_args()
    table: dict[str, dict[str, Counter]] = defaultdict(lambda: {"all": Counter(), "alone": Counter()})
    for (piece, victim, fam), (ids, sents) in sorted(groups(args.folders).items()):
        text = " ".join(sents).translate(_NO_MARKS)
        keys = []
        for key, rx in _COMPILED[fam]:
            if rx.search(text):
                keys.append(key)
        label = kind(frozenset(ids))
        for key in keys or ["(none of the phrases)"]:
            table[(fam, key)]["all"][label] += 1
            if len(keys) <= 1:
                table[(fam, key)]["alone"][label] += 1
            if args.show and args.show in key:
                print(f"{piece} {victim} -> {label}: {text[:300]}")
    for (fam, key), cols in sorted(table.items()):
        alone = ", ".join(f"{k} {n}" for k, n in cols["alone"].most_common())
        every = ", ".join(f"{k} {n}" for k, n in cols["all"].most_common())
        print(f"{fam:7} {key:36} alone: {alone or '-'}\n{'':44} all:   {every}")


if __name__ == "__main__":
    main()
