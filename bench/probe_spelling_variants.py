"""Probe: the people most often in the dev gold, under spellings the gazetteer does not list,
met by a second known person, in both languages.

The people: the person ids that occur in the most dev gold articles (the folders given on the
command line, normally ``$DEV35`` of ``/work/team/sets.sh``) and that the gazetteer knows.
For each, the spelling rules of ``bench/probe_spellings.py`` plus the ones below (bin / ibn /
ben, -zadeh / -zade, v / w, a middle name dropped, Arabic foreign-name letters: a long vowel
added or dropped, گ / غ / ج, ڤ / ف, تش / ش, a medial hamza seat) give the variants that are no
listed name; every variant goes into two frames with a second known person of the list
("X met Y on Monday." / "Y met X on Monday."; «التقى X بـY الاثنين.» / «والتقى Y بـX الاثنين.»).
Then a list of spellings seen in the press (``ATTESTED``, ids checked by
hand) in the same frame with Hadi al-Amiri. A variant resolves when its span carries the person's id; the pair counts when the rules
extractor outputs MET_WITH between the two ids. A wrong known id on the span is a false merge.

Reads only gold entity ids (no text). Usage::

    python bench/probe_spelling_variants.py $DEV35            # figures
    python bench/probe_spelling_variants.py --show 40 $DEV35  # and the failures
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections import Counter
from collections.abc import Callable

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from probe_spellings import (  # noqa: E402
    _AR_SUBS,
    LAST_ONLY,
    LATIN_RULES,
    _ar_abd,
    _ar_article,
    _arabic_name,
    _case,
    _known_forms,
    _subs,
    show_details,
)

from loaders.extract.gazetteer import Gazetteer, alias_tokens, load_gazetteer  # noqa: E402
from loaders.extract.rules import RuleExtractor  # noqa: E402

SEED = 58
TOP = 150
PER_FAMILY = 1  # variants per rule family, person and script


def _bin(word: str) -> list[str]:
    low = word.lower()
    if low in ("bin", "ibn", "ben"):
        return [w for w in ("ibn", "ben", "bin") if w != low]
    return []


def _zadeh(word: str) -> list[str]:
    m = re.match(r"(?i)^(.+?)-?(zadeh|zade)$", word)
    if not m or len(m.group(1)) < 3:
        return []
    stem = m.group(1)
    return [f"{stem}zade", f"{stem}-Zadeh", f"{stem}zadeh"]


def _vw(word: str) -> list[str]:
    low = word.lower()
    out = (_subs(low, r"(?<=[aeiou])v(?=[aeiou])", ["w"])
           + _subs(low, r"(?<=[aeiou])w(?=[aeiou])", ["v"]))
    return [_case(o, word) for o in out]


EXTRA_LATIN: list[tuple[str, Callable[[str], list[str]]]] = [
    ("bin/ibn/ben", _bin), ("-zadeh/-zade", _zadeh), ("v/w", _vw),
]

# foreign (non-Arab) names only, on the family name: a writer's own rendering of its sounds
_AR_FOREIGN: list[tuple[str, str, list[str]]] = [
    ("foreign letters", r"تش", ["ش"]),
    ("foreign letters", r"ڤ", ["ف"]),
    ("foreign letters", r"(?<=.)ت(?=س)", [""]),
    ("long vowel added", r"(?<=^[^اوي]{2})(?=[^اوي]{2})|(?<=^[^اوي]{3})(?=[^اوي])", ["ي"]),
]
# a Latin g (not gh): غ (Levant, Gulf), ج (Egypt), at times ك
_AR_G = ("foreign g", r"گ|غ|(?<!^)ج", ["غ", "ج"])
FOREIGN_ONLY = frozenset({"foreign letters", "long vowel added", "foreign g"})
ARAB = {"iraq", "syria", "lebanon", "yemen", "saudi-arabia", "qatar", "kuwait", "bahrain",
        "oman", "united-arab-emirates", "uae", "jordan", "egypt", "libya", "tunisia",
        "algeria", "morocco", "sudan", "palestine", "state-of-palestine", "mauritania",
        "somalia"}


def _foreign(country: str | None) -> bool:
    return bool(country) and country.split(":")[-1] not in ARAB


def _ar_rules(foreign: bool, latin: str) -> list[tuple[str, Callable[[str], list[str]]]]:
    rules: list[tuple[str, Callable[[str], list[str]]]] = []
    extra = list(_AR_FOREIGN) if foreign else []
    if foreign and re.search(r"g(?!h)", latin.lower()):
        extra.append(_AR_G)
    for label, pat, repls in _AR_SUBS + extra:
        rules.append((label, lambda w, p=pat, r=repls: _subs(w, p, r)))
    rules.append(("with/without ال", _ar_article))
    return rules


_JOIN_NEXT = {"abdul", "abdel", "abd", "abu", "bin", "ibn", "ben", "al", "عبد", "أبو", "ابو",
              "بن", "آل", "ابن", "sheikh"}
_JOIN_PREV = {"الله", "الدين", "allah", "al-din", "ad-din", "el-din"}


def _units(name: str) -> list[str]:
    """Name words with compounds kept whole ("Abdul Latif", "عبد الله", "نصر الله")."""
    out: list[str] = []
    glue = False
    for w in name.split():
        low = w.lower()
        if out and (glue or low in _JOIN_PREV or low.startswith("al-din")):
            out[-1] += " " + w
        else:
            out.append(w)
        glue = low in _JOIN_NEXT
    return out


def _middle_dropped(name: str) -> list[str]:
    us = _units(name)
    if len(us) < 3 or any(u.split()[0].lower() in _JOIN_NEXT for u in us):
        return []
    return [" ".join([us[0]] + us[2:])]


def _variants(name: str, rules: list, lang: str) -> list[tuple[str, str]]:
    words = name.split()
    out: list[tuple[str, str]] = []
    for i, w in enumerate(words):
        for label, rule in rules:
            if label in LAST_ONLY | FOREIGN_ONLY and i != len(words) - 1:
                continue
            for alt in rule(w):
                if alt and alt != w:
                    out.append((" ".join(words[:i] + [alt] + words[i + 1:]), label))
    out += [(v, "middle dropped") for v in _middle_dropped(name)]
    if lang == "ar":
        out += [(v, "عبد ال") for v in _ar_abd(name)]
    return out


def top_people(gaz: Gazetteer, folders: list[str], n: int) -> list[tuple[str, int]]:
    count: Counter = Counter()
    for folder in folders:
        for fn in sorted(os.listdir(folder)):
            if not fn.endswith(".json"):
                continue
            with open(os.path.join(folder, fn), encoding="utf-8") as fh:
                data = json.load(fh)
            ids = {e["id"] for e in data.get("entities", ()) if e.get("type") == "Person"}
            count.update(ids)
    return [(eid, c) for eid, c in count.most_common() if eid in gaz.entries][:n]


# spellings seen in the press (hand-checked ids), whether the gazetteer lists them or not
ATTESTED = [
    ("en", "Kassim al-Araji", "person:qassim-al-araji"),
    ("en", "Qassim al-Arajy", "person:qassim-al-araji"),
    ("en", "Husayn Salami", "person:hossein-salami"),
    ("en", "Adil Abdelmahdi", "person:adil-abdul-mahdi"),
    ("en", "Mushtaq al-Saidi", "person:mushtaq-taleb-al-saidi"),
    ("en", "Emir Tamim ben Hamad Al Thani", "person:tamim-bin-hamad-al-thani"),
    ("ar", "محمد قاليباف", "person:mohammad-bagher-ghalibaf"),
    ("en", "Esmaeil Ghaani", "person:esmail-qaani"),
    ("en", "Ismail Qani", "person:esmail-qaani"),
    ("en", "Esmail Qa'ani", "person:esmail-qaani"),
    ("en", "Ismail Ghani", "person:esmail-qaani"),
    ("en", "Mustafa al-Khadimi", "person:mustafa-al-kadhimi"),
    ("en", "Mustafa Kazemi", "person:mustafa-al-kadhimi"),
    ("en", "Mostafa al-Kathimi", "person:mustafa-al-kadhimi"),
    ("en", "Qasem Suleimani", "person:qasem-soleimani"),
    ("en", "Ghasem Soleymani", "person:qasem-soleimani"),
    ("en", "Qassem Sulaimani", "person:qasem-soleimani"),
    ("en", "Barham Saleh", "person:barham-salih"),
    ("en", "Barham Salih", "person:barham-salih"),
    ("en", "Muhammad Shiya al-Sudani", "person:mohammed-shia-al-sudani"),
    ("en", "Mohammed Shia' al-Soudani", "person:mohammed-shia-al-sudani"),
    ("en", "Nouri al-Malki", "person:nouri-al-maliki"),
    ("en", "Qais al-Khazaali", "person:qais-al-khazali"),
    ("en", "Qays al-Khaz'ali", "person:qais-al-khazali"),
    ("en", "Faleh al-Fayadh", "person:falih-al-fayyadh"),
    ("en", "Falih al-Fayyad", "person:falih-al-fayyadh"),
    ("en", "Abu Mahdi al-Mohandes", "person:abu-mahdi-al-muhandis"),
    ("en", "Masrour Barazani", "person:masrour-barzani"),
    ("en", "Nechirvan Barzany", "person:nechirvan-barzani"),
    ("en", "Muqtada as-Sadr", "person:muqtada-al-sadr"),
    ("en", "Moqtada Sadr", "person:muqtada-al-sadr"),
    ("en", "Ammar el-Hakeem", "person:ammar-al-hakim"),
    ("en", "Hossein Amirabdollahian", "person:hossein-amir-abdollahian"),
    ("en", "Hussein Amir-Abdullahian", "person:hossein-amir-abdollahian"),
    ("en", "Abbas Araqchi", "person:abbas-araghchi"),
    ("en", "Abbas Eraghchi", "person:abbas-araghchi"),
    ("en", "Ibrahim Raeesi", "person:ebrahim-raisi"),
    ("en", "Masoud Pezeshkiyan", "person:masoud-pezeshkian"),
    ("en", "Massoud Pezeshkian", "person:masoud-pezeshkian"),
    ("en", "Ali Khamenai", "person:ali-khamenei"),
    ("en", "Hasan Nasrullah", "person:hassan-nasrallah"),
    ("en", "Hassan Nasr Allah", "person:hassan-nasrallah"),
    ("en", "Yehya Sinwar", "person:yahya-sinwar"),
    ("en", "Ismail Haniya", "person:ismail-haniyeh"),
    ("en", "Ismael Haniyyeh", "person:ismail-haniyeh"),
    ("en", "Naim Kassem", "person:naim-qassem"),
    ("en", "Naeem Qassem", "person:naim-qassem"),
    ("en", "Abdul Malik al-Huthi", "person:abdul-malik-al-houthi"),
    ("en", "Abdel-Malek al-Houthy", "person:abdul-malik-al-houthi"),
    ("en", "Steve Witkof", "person:steve-witkoff"),
    ("en", "Tayyip Erdoğan", "person:recep-tayyip-erdogan"),
    ("en", "Recep Tayyip Erdogan", "person:recep-tayyip-erdogan"),
    ("en", "Hakan Fidan", "person:hakan-fidan"),
    ("en", "Ahmed al-Sharaa", "person:ahmed-al-sharaa"),
    ("en", "Ahmad Sharaa", "person:ahmed-al-sharaa"),
    ("en", "Abu Mohammad al-Julani", "person:ahmed-al-sharaa"),
    ("en", "Abu Muhammad al-Jolani", "person:ahmed-al-sharaa"),
    ("en", "Joseph Aoun", "person:joseph-aoun"),
    ("en", "Nabih Birri", "person:nabih-berri"),
    ("en", "Nabih Berri", "person:nabih-berri"),
    ("en", "Tamim bin Hamad al-Thani", "person:tamim-bin-hamad-al-thani"),
    ("en", "Sheikh Tamim ben Hamad Al Thani", "person:tamim-bin-hamad-al-thani"),
    ("en", "Mohammed ibn Salman", "person:mohammed-bin-salman"),
    ("en", "Benyamin Netanyahu", "person:benjamin-netanyahu"),
    ("en", "Mohammad Bagher Qalibaf", "person:mohammad-bagher-ghalibaf"),
    ("en", "Mohammad-Baqer Ghalibaf", "person:mohammad-bagher-ghalibaf"),
    ("en", "Amir Ali Hajizade", "person:amir-ali-hajizadeh"),
    ("en", "Amir-Ali Haji Zadeh", "person:amir-ali-hajizadeh"),
    ("en", "Hossein Salamy", "person:hossein-salami"),
    ("en", "Nuri al-Maliki", "person:nouri-al-maliki"),
    ("en", "Mohamed Shia al-Sudani", "person:mohammed-shia-al-sudani"),
    ("en", "Fouad Hussain", "person:fuad-hussein"),
    ("en", "Haidar al-Abbadi", "person:haider-al-abadi"),
    ("ar", "إسماعيل قاءاني", "person:esmail-qaani"),
    ("ar", "اسماعيل قآني", "person:esmail-qaani"),
    ("ar", "إسماعيل قاأني", "person:esmail-qaani"),
    ("ar", "مصطفى الكاظمى", "person:mustafa-al-kadhimi"),
    ("ar", "قاسم سلیمانی", "person:qasem-soleimani"),
    ("ar", "برهم صالح", "person:barham-salih"),
    ("ar", "أنتوني بلنكن", "person:antony-blinken"),
    ("ar", "انتوني بلينكن", "person:antony-blinken"),
    ("ar", "ستيف ويتكوف", "person:steve-witkoff"),
    ("ar", "ستيفن ويتكوف", "person:steve-witkoff"),
    ("ar", "بنيامين نتانياهو", "person:benjamin-netanyahu"),
    ("ar", "رجب طيب إردوغان", "person:recep-tayyip-erdogan"),
    ("ar", "عباس عراقتشي", "person:abbas-araghchi"),
    ("ar", "مسعود بيزشكيان", "person:masoud-pezeshkian"),
    ("ar", "مسعود پزشکیان", "person:masoud-pezeshkian"),
    ("ar", "يوآف جالانت", "person:yoav-gallant"),
    ("ar", "هرتسي هليفي", "person:herzi-halevi"),
    ("ar", "هانس جروندبرج", "person:hans-grundberg"),
    ("ar", "آموس هوكشتاين", "person:amos-hochstein"),
    ("ar", "مورغان أورتاغوس", "person:morgan-ortagus"),
    ("ar", "يحيى السنوار", "person:yahya-sinwar"),
    ("ar", "إسماعيل هنيه", "person:ismail-haniyeh"),
    ("ar", "محمد بن سلمان", "person:mohammed-bin-salman"),
    ("ar", "فؤاد حسين", "person:fuad-hussein"),
    ("ar", "نوري المالكى", "person:nouri-al-maliki"),
    ("ar", "هادى العامرى", "person:hadi-al-amiri"),
    ("ar", "قيس الخزعلى", "person:qais-al-khazali"),
    ("ar", "فالح الفياض", "person:falih-al-fayyadh"),
    ("ar", "عمار الحكيم", "person:ammar-al-hakim"),
    ("ar", "مقتدى الصدر", "person:muqtada-al-sadr"),
    ("ar", "نيجيرفان البارزاني", "person:nechirvan-barzani"),
    ("ar", "مسرور البارزاني", "person:masrour-barzani"),
    ("ar", "نجيب ميقاتى", "person:najib-mikati"),
    ("ar", "نبيه برى", "person:nabih-berri"),
    ("ar", "أحمد الشرع", "person:ahmed-al-sharaa"),
    ("ar", "أسعد الشيبانى", "person:asaad-al-shaibani"),
    ("ar", "هاكان فيدان", "person:hakan-fidan"),
    ("ar", "جوزيف عون", "person:joseph-aoun"),
    ("ar", "ميشيل عون", "person:michel-aoun"),
    ("ar", "نواف سلام", "person:nawaf-salam"),
    ("ar", "عبد الملك الحوثى", "person:abdul-malik-al-houthi"),
    ("ar", "حسن نصرالله", "person:hassan-nasrallah"),
    ("ar", "نعيم قاسم", "person:naim-qassem"),
    ("ar", "على خامنئي", "person:ali-khamenei"),
    ("ar", "إبراهيم رئيسى", "person:ebrahim-raisi"),
    ("ar", "محمد باقر قاليباف", "person:mohammad-bagher-ghalibaf"),
    ("ar", "علي لاريجانى", "person:ali-larijani"),
    ("ar", "عباس عراقجى", "person:abbas-araghchi"),
    ("ar", "محمد شياع السودانى", "person:mohammed-shia-al-sudani"),
    ("ar", "تميم بن حمد آل ثانى", "person:tamim-bin-hamad-al-thani"),
]
ATTESTED_FRAMES = {"en": ("{X} met {Y} on Monday.", "Hadi al-Amiri", "Ammar al-Hakim"),
                   "ar": ("التقى {X} بـ{Y} الاثنين.", "هادي العامري", "عمار الحكيم")}


def attested(ex: RuleExtractor, gaz: Gazetteer) -> Counter:
    """How many ATTESTED spellings resolve, and make the pair, with a known partner."""
    c: Counter = Counter()
    for lang, v, eid in ATTESTED:
        frame, partner, other = ATTESTED_FRAMES[lang]
        pid = "person:hadi-al-amiri"
        if eid == pid:
            partner, pid = other, "person:ammar-al-hakim"
        text = frame.replace("{X}", v).replace("{Y}", partner)
        doc = ex.extract(text, lang=lang)
        lo = text.index(v)
        hit = _span_id(doc, lo, lo + len(v), gaz)
        c[(lang, "n")] += 1
        c[(lang, "ok")] += hit == eid
        c[(lang, "pair")] += _met(doc, eid, pid)
        if hit != eid:
            print(f"  attested miss: {v!r} -> {hit} [want {eid}]")
    return c


FRAMES = {
    "en": ["{X} met {Y} on Monday.", "{Y} met {X} on Monday."],
    "ar": ["التقى {X} بـ{Y} الاثنين.", "والتقى {Y} بـ{X} الاثنين."],
}


def _span_id(doc: dict, lo: int, hi: int, gaz: Gazetteer) -> str | None:
    for ent in doc["entities"]:
        if ent["id"] in gaz.entries and any(s < hi and e > lo for s, e in ent.get("mentions", ())):
            return ent["id"]
    return None


def _met(doc: dict, a: str, b: str) -> bool:
    return any(r["type"] == "MET_WITH" and {r["source"], r["target"]} == {a, b}
               for r in doc["relations"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--top", type=int, default=TOP)
    args = ap.parse_args(argv)
    gaz = load_gazetteer()
    ex = RuleExtractor()
    rng = random.Random(SEED)
    people = top_people(gaz, args.folders, args.top)
    ids = [eid for eid, _ in people]
    known = _known_forms(gaz)
    stats: Counter = Counter()
    by_rule: Counter = Counter()
    rule_n: Counter = Counter()
    bad: dict[tuple[str, str], list[str]] = {}
    for k, eid in enumerate(ids):
        e = gaz.entries[eid]
        partner = gaz.entries[ids[(k + 1) % len(ids)]]
        for lang, name, rules, pname in (
                ("en", e.name, LATIN_RULES + EXTRA_LATIN, partner.name),
                ("ar", _arabic_name(e), _ar_rules(_foreign(e.country), e.name),
                 _arabic_name(partner))):
            if not name or not pname or len(name.split()) < 2:
                continue
            fams: dict[str, list[str]] = {}
            for v, label in _variants(name, rules, lang):
                if alias_tokens(v)[0] and v not in known and v not in fams.get(label, ()):
                    fams.setdefault(label, []).append(v)
            for label in sorted(fams):
                for v in rng.sample(fams[label], min(PER_FAMILY, len(fams[label]))):
                    for frame in FRAMES[lang]:
                        text = frame.replace("{X}", v).replace("{Y}", pname)
                        lo = text.index(v)
                        doc = ex.extract(text, lang=lang)
                        hit = _span_id(doc, lo, lo + len(v), gaz)
                        met = _met(doc, eid, partner.id)
                        key = "ok" if hit == eid else "wrong" if hit else "miss"
                        stats[(lang, "n")] += 1
                        stats[(lang, key)] += 1
                        stats[(lang, "pair")] += met
                        rule_n[(lang, label)] += 1
                        by_rule[(lang, label)] += hit == eid
                        if hit != eid:
                            bad.setdefault((lang, key), []).append(
                                f"{v!r} ({label}) -> {hit} [want {eid}]  | {text}")
    print(f"people: {len(ids)} (of the dev gold's most frequent persons)")
    for lang in ("en", "ar"):
        n = stats[(lang, "n")] or 1
        print(f"  {lang}: n={stats[(lang, 'n')]:5d}  resolved {stats[(lang, 'ok')] / n:6.1%}  "
              f"wrong id {stats[(lang, 'wrong')] / n:6.1%}  not found {stats[(lang, 'miss')] / n:6.1%}"
              f"  MET pair {stats[(lang, 'pair')] / n:6.1%}")
    att = attested(ex, gaz)
    for lang in ("en", "ar"):
        n = att[(lang, "n")] or 1
        print(f"  attested {lang}: n={att[(lang, 'n')]:3d}  resolved {att[(lang, 'ok')] / n:6.1%}  "
              f"MET pair {att[(lang, 'pair')] / n:6.1%}")
    if args.show:
        show_details(rule_n, by_rule, bad, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
