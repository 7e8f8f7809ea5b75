"""Probe: known people under spellings never listed, in both scripts, resolve to their id.

For the people of the shipped gazetteers (``loaders/extract/gazetteer*.yaml``), generate the
spelling variants a news writer would plausibly use, by **general transliteration rules**
(Latin: q/gh/k, e/i/ee, ou/u/oo, dh/z/d/th, -i/-y/-ee, al-/el-/Al /none, doubled or single
consonants, hyphen/space/apostrophe, Abdul/Abd al-/Abdel, the usual spellings of the most
common given names; Arabic: hamza and alef forms, ى/ي, ة/ه, with or without ال, آ/ا/ءا, a
long vowel written or not, عبد ال spaced or joined), drop every variant that is one of the
gazetteer's listed names (those are exact matches, not new spellings), put each variant in
sentence frames (alone, after a title, as the object of "met") and count how the extractor
resolves the span: to the right id, to a **wrong** known person (a false merge), or to
nobody known (not found). A control set of unknown people, who share a given name or a
family name with known people but not both (another "Hussein", another "al-Sadr"), must
link to no known person.

Deterministic (fixed seed); reads no evaluation text. Usage::

    python bench/probe_spellings.py            # figures
    python bench/probe_spellings.py --show 30  # and 30 misses / false merges per group
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from loaders.extract.gazetteer import Entry, Gazetteer, alias_tokens, load_gazetteer
from loaders.extract.rules import RuleExtractor
from loaders.textnorm import is_arabic, token_skeleton

SEED = 21
SEED_WORLD = {"country:iran", "country:iraq", "country:syria", "country:lebanon",
              "country:yemen"}
PER_PERSON = 2  # variants per person and script
CONTROLS = 300  # unknown people per script

# ---- Latin transliteration rules: (name, word -> alternatives) ------------------------------
_GIVEN_SETS = [
    ["Mohammed", "Muhammad", "Mohamad", "Mohammad", "Muhammed", "Mohamed", "Mehmet", "Mehmed"],
    ["Hussein", "Husayn", "Hossein", "Husein", "Hussain", "Hüseyin"],
    ["Hassan", "Hasan"], ["Ahmed", "Ahmad", "Ahmet"], ["Rajab", "Recep"], ["Mahmoud", "Mahmud", "Mahmood"],
    ["Mustafa", "Mostafa", "Moustafa"], ["Ibrahim", "Ebrahim", "Ibraheem"],
    ["Ismail", "Esmail", "Ismael", "Esmaeil", "Esmaeel", "Ismayil"], ["Jafar", "Jaafar", "Ja'far"],
    ["Yusuf", "Youssef", "Yousef", "Yousif"], ["Abdullah", "Abdallah", "Abdulla"],
    ["Omar", "Umar"], ["Osama", "Usama"], ["Qasem", "Qassem", "Qasim", "Kassem", "Ghasem"],
    ["Ali", "Aly"], ["Hadi", "Haadi"], ["Mahdi", "Mehdi"], ["Reza", "Rida", "Ridha"],
    ["Hamid", "Hameed"], ["Said", "Saeed", "Saied"], ["Nuri", "Nouri"],
    ["Yahya", "Yahia"], ["Khalid", "Khaled"], ["Salih", "Saleh"],
]
_GIVEN = {w.lower(): [x for x in s if x != w] for s in _GIVEN_SETS for w in s}


def _subs(word: str, pattern: str, repls: list[str]) -> list[str]:
    """*word* with each match of *pattern* replaced by each of *repls*, one match at a time."""
    out = []
    for m in re.finditer(pattern, word):
        for r in repls:
            out.append(word[:m.start()] + r + word[m.end():])
    return out


def _case(alt: str, like: str) -> str:
    """*alt* (lower case) capitalised as *like* is, hyphen-part by hyphen-part ("al-Maliki")."""
    parts, model = alt.split("-"), like.split("-")
    if len(parts) != len(model):
        return alt[:1].upper() + alt[1:] if like[:1].isupper() else alt
    return "-".join(p[:1].upper() + p[1:] if m[:1].isupper() else p
                    for p, m in zip(parts, model, strict=True))


def _lat(pattern: str, repls: list[str]) -> Callable[[str], list[str]]:
    def rule(word: str) -> list[str]:
        low = word.lower()
        return [_case(a, word) for a in _subs(low, pattern, repls)]
    return rule


def _article(word: str) -> list[str]:
    m = re.match(r"(?i)^(al|el)-(.+)$", word)
    if m:
        rest = m.group(2)
        return [f"el-{rest}", f"Al-{rest}", f"Al {rest}", rest, f"al{rest.lower()}".capitalize()]
    if re.search(r"[iy]$", word) and len(word) >= 5:
        return [f"al-{word}"]  # a nisba written with its article
    return []


def _given(word: str) -> list[str]:
    return _GIVEN.get(word.lower(), [])


def _abd(word: str) -> list[str]:
    m = re.match(r"(?i)^abd(?:ul|el|al|ol)?[- ]?(?:al-)?(.+)$", word)
    if not m or len(m.group(1)) < 3 or m.group(1).lower() in ("lah", "allah", "ullah"):
        return []
    rest = m.group(1).lower()
    return [f"Abdul {rest.capitalize()}", f"Abd al-{rest.capitalize()}", f"Abdel{rest}",
            f"Abdul-{rest.capitalize()}", f"Abdol{rest}"]


def _apostrophe(word: str) -> list[str]:
    low = word.lower()
    out = [_case(a, word) for a in _subs(low, r"(?<=[a-z])(aa|ae|ai)(?=[a-z])",
                                         ["a'a", "a'e", "a"])]
    if "'" in low:
        out.append(word.replace("'", ""))
    return out


def _double_single(word: str) -> list[str]:
    """Doubled consonant written single and single written double."""
    low, out = word.lower(), []
    for m in re.finditer(r"([bdfjklmnrstz])\1", low):
        out.append(low[:m.start()] + m.group(1) + low[m.end():])
    for m in re.finditer(r"(?<=[aeiou])([bdfjlmnrstz])(?=[aeiou])", low):
        if m.start() > 0:
            out.append(low[:m.start()] + m.group(1) * 2 + low[m.end():])
    return [_case(a, word) for a in out]


LATIN_RULES: list[tuple[str, Callable[[str], list[str]]]] = [
    ("q/gh/k", _lat(r"q|gh", ["gh", "k", "q"])),
    ("e/i/ee", _lat(r"(?<=[^aeiou])[ei](?=[^aeiou]+[aeiouy])", ["e", "i", "ee"])),
    ("ou/u/oo/o", _lat(r"ou|oo|(?<=[^aeiou])[uo](?=[^aeiou])", ["u", "ou", "oo", "o"])),
    ("dh/z/d/th", _lat(r"dh|z|(?<![adt])th", ["dh", "z", "d", "th"])),
    ("-i/-y/-ee", _lat(r"(?<=[^aeiou])(i|y|ee)$", ["i", "y", "ee"])),
    ("ei/ai/ay", _lat(r"ei|ai|ay(?=[^aeiouy])", ["ei", "ai", "ay", "ey"])),
    ("double/single", _double_single),
    ("al-/el-/Al /none", _article),
    ("hyphen/apostrophe", _apostrophe),
    ("Abdul/Abd al-/Abdel", _abd),
    ("given name", _given),
]




# ---- Arabic orthography rules ------------------------------------------------------------
_AR_SUBS: list[tuple[str, str, list[str]]] = [
    ("hamza/alef", r"^[أإ]", ["ا"]),
    ("hamza/alef", r"^ا(?!ل)", ["أ", "إ"]),
    ("آ/ا/ءا", r"آ", ["ا", "ءا", "أا"]),
    ("ى/ي", r"ى$", ["ي"]),
    ("ى/ي", r"(?<=.)ي$", ["ى"]),
    ("ة/ه", r"ة$", ["ه"]),
    ("ة/ه", r"(?<=.)ه$", ["ة"]),
    ("ئ/ي", r"ئ(?=ي)", ["ي", "ئ"]),
    # a long vowel of a long (foreign) word written or not: "بريغوجين" / "بريغوجن"
    ("long vowel", r"(?<=^[^اوي]{3})[اوي](?=[^اوي].)|(?<=^[^اوي]{2}[اوي][^اوي])[اوي](?=[^اوي].)",
     [""]),
    ("long vowel", r"(?<=.)وو", ["و"]),
]


def _ar_article(word: str, last: bool = True) -> list[str]:
    if word.startswith("ال") and len(word) >= 5 and word != "الله":
        return [word[2:]]
    if word.endswith("ي") and len(word) >= 4 and not word.startswith("ال"):
        return ["ال" + word]
    return []


def _ar_rules() -> list[tuple[str, Callable[[str], list[str]]]]:
    rules: list[tuple[str, Callable[[str], list[str]]]] = []
    for label, pat, repls in _AR_SUBS:
        rules.append((label, lambda w, p=pat, r=repls: _subs(w, p, r)))
    rules.append(("with/without ال", _ar_article))
    return rules


ARABIC_RULES = _ar_rules()
LAST_ONLY = frozenset({"-i/-y/-ee", "with/without ال"})


def _ar_abd(name: str) -> list[str]:
    """عبد ال spaced or joined."""
    out = []
    if "عبد ال" in name:
        out.append(name.replace("عبد ال", "عبدال", 1))
    if re.search(r"عبدال", name):
        out.append(name.replace("عبدال", "عبد ال", 1))
    return out


# ---- variants -----------------------------------------------------------------------------
@dataclass
class Probe:
    eid: str
    name: str  # the variant
    rule: str
    lang: str
    seed_world: bool


def _known_forms(gaz: Gazetteer) -> set[str]:
    """The listed names as written (an Arabic letter form the matcher folds is still a
    spelling the writer chose: "على" / "علي" is counted)."""
    return {n for e in gaz.entries.values() for n in e.all_names()}


def _words(name: str) -> list[str]:
    return name.split()


def _variants(name: str, rules: list, rng: random.Random) -> list[tuple[str, str]]:
    """(variant, rules applied) for one name: one rule on one word, or two rules on two."""
    words = _words(name)
    single: list[tuple[str, str, int]] = []
    for i, w in enumerate(words):
        for label, rule in rules:
            if label in LAST_ONLY and i != len(words) - 1:
                continue  # (a nisba ending or article: the family name's)
            for alt in rule(w):
                if alt and alt != w:
                    single.append((alt, label, i))
    out = []
    for alt, label, i in single:
        out.append((" ".join(words[:i] + [alt] + words[i + 1:]), label))
    if len(words) >= 2 and single:
        for _ in range(4):
            (a1, l1, i1), (a2, l2, i2) = rng.choice(single), rng.choice(single)
            if i1 != i2:
                ws = list(words)
                ws[i1], ws[i2] = a1, a2
                out.append((" ".join(ws), f"{l1}+{l2}"))
    return out


def _latin_name(e: Entry) -> str:
    return e.name


def _arabic_name(e: Entry) -> str | None:
    if e.name_ar:
        return e.name_ar
    return next((a for a in e.aliases if is_arabic(a) and len(a.split()) >= 2), None)


def _plain(e: Entry) -> bool:
    """A person we can probe: a name of two words or more, none a title-like or kunya word."""
    toks = e.name.split()
    return e.type == "Person" and len(toks) >= 2 and not any(
        t.lower() in ("bin", "ibn", "abu", "umm", "al", "sheikh", "king", "prince", "sayyid")
        for t in toks[:1])


def build_probes(gaz: Gazetteer) -> list[Probe]:
    rng = random.Random(SEED)
    known = _known_forms(gaz)
    probes: list[Probe] = []
    for eid in sorted(gaz.entries):
        e = gaz.entries[eid]
        if not _plain(e):
            continue
        world = e.country in SEED_WORLD
        for lang, name, rules in (("en", _latin_name(e), LATIN_RULES),
                                  ("ar", _arabic_name(e), ARABIC_RULES)):
            if not name:
                continue
            cands = _variants(name, rules, rng)
            if lang == "ar":
                cands += [(v, "عبد ال") for v in _ar_abd(name)]
            fresh = {}
            for v, label in cands:
                if alias_tokens(v)[0] and v not in known and v not in fresh:
                    fresh[v] = label
            # one rule family at a time, so that no rule outweighs the others
            families: dict[str, list[str]] = {}
            for v, label in sorted(fresh.items()):
                families.setdefault(label.split("+")[0], []).append(v)
            for label in rng.sample(sorted(families), min(PER_PERSON, len(families))):
                probes.append(Probe(eid, rng.choice(families[label]), label, lang, world))
    return probes


# ---- controls: unknown people sharing one name word with known people -------------------
_LATIN_GIVEN = ["Karim", "Sami", "Bassam", "Tariq", "Walid", "Nabil", "Ziad", "Samir",
                "Adel", "Faris", "Hisham", "Majid", "Raed", "Ghassan", "Imad", "Fadi",
                "Hussein", "Ali", "Mohammed", "Ahmed", "Hassan", "Mahmoud", "Jafar", "Qasem"]
_LATIN_FAMILY = ["al-Dabbagh", "Haddad", "al-Khazraji", "Rahmani", "al-Obaidi", "Tabrizi",
                 "al-Qaisi", "Nouri", "Saadi", "al-Janabi", "Mansour", "Farhat", "Shirazi",
                 "al-Sadr", "Hussein", "al-Hakim", "Soleimani", "al-Maliki", "Rezaei",
                 "Nasrallah", "al-Houthi", "Assad", "Salih", "Larijani"]
_AR_GIVEN = ["كريم", "سامي", "بسام", "طارق", "وليد", "نبيل", "زياد", "سمير", "عادل", "فارس",
             "هشام", "ماجد", "رائد", "غسان", "عماد", "فادي", "حسين", "علي", "محمد", "أحمد"]
_AR_FAMILY = ["الدباغ", "حداد", "الخزرجي", "رحماني", "العبيدي", "تبريزي", "القيسي", "السعدي",
              "الجنابي", "منصور", "فرحات", "الشيرازي", "الصدر", "حسين", "الحكيم", "سليماني",
              "المالكي", "رضائي", "نصر الله", "الحوثي", "الأسد", "صالح", "لاريجاني"]


def _control_ok(gaz: Gazetteer, name: str) -> bool:
    """*name* names no known person: not a listed name, and no known person has both its
    first word's and its last word's skeletons."""
    toks = alias_tokens(name)[0]
    if not toks or toks in gaz.exact:
        return False
    first, last = token_skeleton(toks[0]), token_skeleton(toks[-1])
    for eid in gaz.by_last_skel.get(last, ()):
        if first in gaz.first_skel.get(eid, ()):
            return False
    return not gaz.full_skel.get("".join(token_skeleton(t) for t in toks))


def build_controls(gaz: Gazetteer) -> list[tuple[str, str]]:
    rng = random.Random(SEED + 1)
    out: list[tuple[str, str]] = []
    for lang, given, family in (("en", _LATIN_GIVEN, _LATIN_FAMILY),
                                ("ar", _AR_GIVEN, _AR_FAMILY)):
        pairs = sorted({f"{g} {f}" for g in given for f in family})
        rng.shuffle(pairs)
        got = [p for p in pairs if _control_ok(gaz, p)][:CONTROLS]
        out.extend((lang, p) for p in got)
    return out


# ---- frames and scoring -------------------------------------------------------------------
FRAMES = {
    "en": ["{X} said on Tuesday that the talks would resume next week.",
           "Speaking to reporters, the senior official {X} denied the reports.",
           "Foreign Minister Karim Dabbagh met {X} in the capital on Monday."],
    "ar": ["وقال {X} يوم الثلاثاء إن المحادثات ستستأنف الأسبوع المقبل.",
           "ونفى المسؤول البارز {X} في تصريح للصحفيين تلك التقارير.",
           "والتقى وزير الخارجية كريم الدباغ يوم الاثنين {X} في العاصمة."],
}


def resolve(ex: RuleExtractor, gaz: Gazetteer, name: str, lang: str) -> list[str | None]:
    """The known id the span of *name* resolves to in each frame (None: no known person)."""
    out: list[str | None] = []
    for frame in FRAMES[lang]:
        text = frame.replace("{X}", name)
        lo = text.index(name)
        hi = lo + len(name)
        doc = ex.extract(text, lang=lang)
        hit = None
        for ent in doc["entities"]:
            if ent["id"] in gaz.entries and ent["id"] != "person:karim-dabbagh" and any(
                    s < hi and e > lo for s, e in ent.get("mentions", ())):
                hit = ent["id"]
                break
        out.append(hit)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0, help="list N misses / merges per group")
    args = ap.parse_args(argv)
    gaz = load_gazetteer()
    ex = RuleExtractor()
    probes = build_probes(gaz)
    stats: dict[tuple[str, str], Counter] = {}
    bad: dict[tuple[str, str], list[str]] = {}
    by_rule: Counter = Counter()
    rule_n: Counter = Counter()
    for p in probes:
        hits = resolve(ex, gaz, p.name, p.lang)
        for world in ("all", "seed" if p.seed_world else "other"):
            c = stats.setdefault((p.lang, world), Counter())
            for h in hits:
                c["n"] += 1
                c["ok" if h == p.eid else "not found" if h is None else "wrong"] += 1
        for h in hits:
            rule_n[(p.lang, p.rule.split("+")[0])] += 1
            by_rule[(p.lang, p.rule.split("+")[0])] += h == p.eid
        for h in set(hits):
            if h != p.eid:
                bad.setdefault((p.lang, "wrong" if h else "miss"), []).append(
                    f"{p.name!r} ({p.rule}) -> {h} [want {p.eid}]")
    print(f"spelling probes: {len(probes)} variants x {len(FRAMES['en'])} frames")
    for (lang, world), c in sorted(stats.items()):
        n = c["n"]
        print(f"  {lang} {world:5s} n={n:5d}  right {c['ok'] / n:6.1%}  "
              f"wrong {c['wrong'] / n:6.1%}  not found {c['not found'] / n:6.1%}")
    controls = build_controls(gaz)
    ctl: Counter = Counter()
    for lang, name in controls:
        for h in resolve(ex, gaz, name, lang):
            ctl[(lang, "n")] += 1
            if h is not None:
                ctl[(lang, "linked")] += 1
                bad.setdefault((lang, "control"), []).append(f"{name!r} -> {h}")
    for lang in ("en", "ar"):
        n = ctl[(lang, "n")]
        print(f"  control {lang}: n={n}  linked to a known person {ctl[(lang, 'linked')] / n:6.1%}"
              f" ({ctl[(lang, 'linked')]})")
    if args.show:
        show_details(rule_n, by_rule, bad, args.show)
    return 0


def show_details(rule_n: Counter, by_rule: Counter, bad: dict, show: int) -> None:
    """The right share per rule, then up to *show* failing probes of each kind."""
    print("right share per rule:")
    for key in sorted(rule_n):
        print(f"  {key[0]} {key[1]:22s} {by_rule[key] / rule_n[key]:6.1%} of {rule_n[key]}")
    for key, rows in sorted(bad.items()):
        print(f"== {key[0]} {key[1]} ({len(rows)})")
        for row in rows[:show]:
            print("   ", row)


if __name__ == "__main__":
    sys.exit(main())
