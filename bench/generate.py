"""Synthetic news-graph corpus: N articles over a pool of M entities, names in both scripts.

Streams everything (constant memory) and is deterministic for a given --seed. Outputs, in
--out DIR (choose with --formats):

  csv      nodes.csv + relationships.csv in the loader's table format (docs/article-format.md)
  jsonl    articles.jsonl: canonical article JSON, one article per line (text, entities with
           mentions, relations with exact evidence offsets)
  loadcsv  loadcsv/entities.csv + loadcsv/rels_<TYPE>.csv: the same data shaped for Neo4j's
           LOAD CSV (search_keys precomputed, symmetric relations already canonical)

  python bench/generate.py --entities 200000 --relations 1000000 --out bench/data/1m
  python bench/generate.py --entities 1000000 --relations 5000000 --formats loadcsv --out ...

Relations are evidence rows: a (source, TYPE, target) drawn twice gets two pieces of evidence
on one relationship. Endpoints are skewed (a few hubs, a long tail), as in real news.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FIRST = [("محمد", "Mohammed", "Muhammad"), ("علي", "Ali", "Aly"), ("حسين", "Hussein", "Hussain"),
         ("أحمد", "Ahmed", "Ahmad"), ("عمر", "Omar", "Umar"), ("خالد", "Khaled", "Khalid"),
         ("يوسف", "Youssef", "Yusuf"), ("إبراهيم", "Ibrahim", "Ebrahim"), ("حسن", "Hassan", "Hasan"),
         ("مصطفى", "Mustafa", "Moustafa"), ("عبد الله", "Abdullah", "Abdallah"), ("سعيد", "Saeed", "Said"),
         ("جعفر", "Jaafar", "Ja'far"), ("قاسم", "Qasem", "Qassem"), ("إسماعيل", "Esmail", "Ismail"),
         ("هادي", "Hadi", "Hady"), ("فالح", "Faleh", "Falih"), ("نوري", "Nouri", "Nuri"),
         ("عادل", "Adel", "Adil"), ("حيدر", "Haider", "Hayder"), ("كريم", "Karim", "Kareem"),
         ("سلمان", "Salman", "Selman"), ("فيصل", "Faisal", "Faysal"), ("طارق", "Tariq", "Tarek"),
         ("ماجد", "Majed", "Majid"), ("وليد", "Walid", "Waleed"), ("جواد", "Jawad", "Javad"),
         ("رضا", "Reza", "Rida"), ("مهدي", "Mahdi", "Mehdi"), ("صالح", "Saleh", "Salih"),
         ("برهم", "Barham", "Barhum"), ("مسعود", "Masoud", "Massoud"), ("نبيه", "Nabih", "Nabeeh"),
         ("زياد", "Ziad", "Ziyad"), ("رامي", "Rami", "Ramy"), ("سامي", "Sami", "Samy"),
         ("فؤاد", "Fouad", "Fuad"), ("منصور", "Mansour", "Mansur"), ("ناصر", "Nasser", "Nasir"),
         ("عباس", "Abbas", "Abas"), ("هاشم", "Hashem", "Hashim"), ("قيس", "Qais", "Qays"),
         ("أكرم", "Akram", "Akrem"), ("باسم", "Basem", "Basim"), ("جمال", "Jamal", "Gamal"),
         ("داود", "Dawood", "Dawud"), ("شاكر", "Shaker", "Shakir"), ("كاظم", "Kazem", "Kadhim")]
FAMILY = [("الكاظمي", "al-Kadhimi", "Kazemi"), ("العبادي", "al-Abadi", "Abadi"), ("المالكي", "al-Maliki", "Maliki"),
          ("الصدر", "al-Sadr", "Sadr"), ("الحكيم", "al-Hakim", "Hakim"), ("العامري", "al-Amiri", "Ameri"),
          ("الخزعلي", "al-Khazali", "Khazali"), ("الفياض", "al-Fayyadh", "Fayyad"), ("الحلبوسي", "al-Halbousi", "Halbusi"),
          ("البارزاني", "Barzani", "Barazani"), ("الطالباني", "Talabani", "Talebani"), ("السوداني", "al-Sudani", "Soudani"),
          ("الجبوري", "al-Jubouri", "Jabouri"), ("الدليمي", "al-Dulaimi", "Dulaymi"), ("الشمري", "al-Shammari", "Shamari"),
          ("التميمي", "al-Tamimi", "Tamimi"), ("الزيدي", "al-Zaidi", "Zaydi"), ("الموسوي", "al-Mousawi", "Musavi"),
          ("الحسيني", "al-Husseini", "Hosseini"), ("العلوي", "al-Alawi", "Alavi"), ("النجفي", "al-Nujaifi", "Najafi"),
          ("الكربلائي", "al-Karbalai", "Karbalaei"), ("البصري", "al-Basri", "Basry"), ("الموصلي", "al-Mosuli", "Mowsili"),
          ("سليماني", "Soleimani", "Suleimani"), ("قاآني", "Qaani", "Ghaani"), ("ظريف", "Zarif", "Zareef"),
          ("روحاني", "Rouhani", "Rohani"), ("رئيسي", "Raisi", "Raeesi"), ("نصر الله", "Nasrallah", "Nasr Allah"),
          ("بري", "Berri", "Birri"), ("الحريري", "Hariri", "al-Hariri"), ("ميقاتي", "Mikati", "Miqati"),
          ("الأسد", "al-Assad", "Asad"), ("المقداد", "al-Mekdad", "Miqdad"), ("الحوثي", "al-Houthi", "Huthi"),
          ("العطار", "al-Attar", "Attar"), ("الجعفري", "al-Jaafari", "Jafari"), ("الربيعي", "al-Rubaie", "Rubaiy"),
          ("المهندس", "al-Muhandis", "Mohandes"), ("الساعدي", "al-Saadi", "Saedi"), ("العيساوي", "al-Issawi", "Esawi"),
          ("الخفاجي", "al-Khafaji", "Khafagi"), ("الأنصاري", "al-Ansari", "Ansary"), ("الهاشمي", "al-Hashimi", "Hashemi"),
          ("الشيباني", "al-Shaibani", "Sheibani"), ("البغدادي", "al-Baghdadi", "Baghdady"), ("الكعبي", "al-Kaabi", "Kaby")]
ORG_KIND = [("كتائب", "Brigades"), ("حركة", "Movement"), ("حزب", "Party"), ("قوات", "Forces"),
            ("مجلس", "Council"), ("جبهة", "Front"), ("هيئة", "Authority"), ("عصائب", "League"),
            ("سرايا", "Companies"), ("تحالف", "Alliance"), ("منظمة", "Organization"), ("لواء", "Brigade")]
ORG_WORD = [("النصر", "Victory"), ("الحق", "Truth"), ("الشهداء", "Martyrs"), ("السلام", "Peace"),
            ("الفتح", "Conquest"), ("العدالة", "Justice"), ("الوحدة", "Unity"), ("المقاومة", "Resistance"),
            ("الإصلاح", "Reform"), ("التحرير", "Liberation"), ("الكرامة", "Dignity"), ("البناء", "Construction"),
            ("الأمل", "Hope"), ("الدعوة", "Call"), ("الوفاء", "Loyalty"), ("الصمود", "Steadfastness")]
CITY = [("بغداد", "Baghdad"), ("البصرة", "Basra"), ("الموصل", "Mosul"), ("أربيل", "Erbil"),
        ("كركوك", "Kirkuk"), ("النجف", "Najaf"), ("كربلاء", "Karbala"), ("الفلوجة", "Fallujah"),
        ("الرمادي", "Ramadi"), ("تكريت", "Tikrit"), ("السليمانية", "Sulaymaniyah"), ("دمشق", "Damascus"),
        ("حلب", "Aleppo"), ("بيروت", "Beirut"), ("صيدا", "Sidon"), ("طهران", "Tehran"),
        ("مشهد", "Mashhad"), ("أصفهان", "Isfahan"), ("صنعاء", "Sanaa"), ("عدن", "Aden"),
        ("عمان", "Amman"), ("الرياض", "Riyadh"), ("جدة", "Jeddah"), ("الدوحة", "Doha"),
        ("القاهرة", "Cairo"), ("الإسكندرية", "Alexandria"), ("طرابلس", "Tripoli"), ("تونس", "Tunis")]
PLACE_KIND = [("حي", "district"), ("مطار", "Airport"), ("قاعدة", "Base"), ("ساحة", "Square"),
              ("جسر", "Bridge"), ("سوق", "Market"), ("ميناء", "Port"), ("معبر", "Crossing")]
COUNTRY = [("العراق", "Iraq"), ("إيران", "Iran"), ("سوريا", "Syria"), ("لبنان", "Lebanon"),
           ("الأردن", "Jordan"), ("السعودية", "Saudi Arabia"), ("قطر", "Qatar"), ("الكويت", "Kuwait"),
           ("اليمن", "Yemen"), ("مصر", "Egypt"), ("تركيا", "Turkey"), ("الولايات المتحدة", "United States"),
           ("روسيا", "Russia"), ("الصين", "China"), ("فرنسا", "France"), ("بريطانيا", "United Kingdom"),
           ("ألمانيا", "Germany"), ("الإمارات", "United Arab Emirates"), ("البحرين", "Bahrain"), ("عمان", "Oman")]
AGREEMENT = [("اتفاق", "Agreement"), ("معاهدة", "Treaty"), ("مذكرة تفاهم", "Memorandum"), ("هدنة", "Truce")]
EVENT = [("هجوم", "attack"), ("قمة", "summit"), ("انتخابات", "elections"), ("مؤتمر", "conference"),
         ("عملية", "operation"), ("احتجاجات", "protests")]
OUTLET = [("صحيفة", "Daily"), ("وكالة", "Agency"), ("قناة", "TV"), ("موقع", "News")]

# type: share of the entity pool
TYPE_SHARE = [("Person", 0.55), ("Organization", 0.15), ("Location", 0.14), ("Country", 0.02),
              ("Agreement", 0.03), ("Event", 0.08), ("Outlet", 0.03)]

# relation type, weight, source type, target type, Arabic template, English template
REL_SPEC = [
    ("MET_WITH", 30, "Person", "Person", "التقى {s} مع {t} في زيارة رسمية.", "{s} met {t} during an official visit."),
    ("VISITED", 12, "Person", "Location", "وصل {s} إلى {t} في زيارة لم يعلن عنها.", "{s} arrived in {t} on an unannounced visit."),
    ("LEADS", 10, "Person", "Organization", "يقود {s} {t} منذ سنوات.", "{s} has led the {t} for years."),
    ("MEMBER_OF", 10, "Person", "Organization", "ينتمي {s} إلى {t} بحسب مصادر مطلعة.", "{s} is a member of the {t}, sources said."),
    ("SUCCESSOR_OF", 4, "Person", "Person", "خلف {s} سلفه {t} في المنصب.", "{s} succeeded {t} in the post."),
    ("ASSASSINATED_BY", 2, "Person", "Organization", "اغتيل {s} على يد {t} بحسب البيان.", "{s} was assassinated by the {t}, the statement said."),
    ("PART_OF", 5, "Organization", "Organization", "تعد {s} جزءا من {t}.", "The {s} is part of the {t}."),
    ("SUPPORTS", 8, "Country", "Organization", "تدعم {s} {t} بالمال والسلاح.", "{s} supports the {t} with money and arms."),
    ("ATTACKED", 6, "Organization", "Location", "هاجمت {s} {t} فجر اليوم.", "The {s} attacked {t} at dawn."),
    ("LOCATED_IN", 6, "Location", "Country", "يقع {s} في {t}.", "{s} is located in {t}."),
    ("WITHDREW_FROM", 2, "Country", "Agreement", "انسحبت {s} من {t}.", "{s} withdrew from the {t}."),
    ("PARTY_TO", 2, "Country", "Agreement", "وقعت {s} على {t}.", "{s} signed the {t}."),
    ("REPORTED_BY", 3, "Event", "Outlet", "نقلت {t} تفاصيل {s}.", "The {t} reported details of the {s}."),
]
SYMMETRIC = {"MET_WITH"}


@dataclass(frozen=True)
class Ent:
    id: str
    type: str
    name: str
    name_ar: str
    aliases: tuple[str, ...]


def _slug(s: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in s)
    return "-".join(p for p in out.split("-") if p)


class Pool:
    """M entities, the type of each decided by its index range; names derived from the index."""

    def __init__(self, m: int, seed: int) -> None:
        self.m = m
        self.seed = seed
        self.ranges: dict[str, tuple[int, int]] = {}
        start = 0
        for i, (typ, share) in enumerate(TYPE_SHARE):
            n = m - start if i == len(TYPE_SHARE) - 1 else max(1, int(m * share))
            self.ranges[typ] = (start, start + n)
            start += n

    def type_of(self, i: int) -> str:
        for typ, (a, b) in self.ranges.items():
            if a <= i < b:
                return typ
        raise IndexError(i)

    def pick(self, typ: str, rnd: random.Random) -> int:
        """Skewed choice within a type: low indices are hubs."""
        a, b = self.ranges[typ]
        return a + int((b - a) * rnd.random() ** 2.5)

    def entity(self, i: int) -> Ent:
        typ = self.type_of(i)
        k = i - self.ranges[typ][0]
        tag = format(i, "x")
        if typ == "Person":
            f, fa, fam = FIRST[k % 48], FIRST[(k // 48) % 48], FAMILY[(k // 2304) % 48]
            gen = k // 110592
            name = f"{f[1]} {fa[1]} {fam[1]}" + (f" {FIRST[gen % 48][1]}" if gen else "")
            ar = f"{f[0]} {fa[0]} {fam[0]}" + (f" {FIRST[gen % 48][0]}" if gen else "")
            aliases = (f"{f[2]} {fam[2]}", f"{f[0]} {fam[0]}", fam[1].removeprefix("al-"))
        elif typ == "Organization":
            kind, word, city = ORG_KIND[k % 12], ORG_WORD[(k // 12) % 16], CITY[(k // 192) % 28]
            n = k // 5376
            name = f"{word[1]} {kind[1]} of {city[1]}" + (f" {n + 1}" if n else "")
            ar = f"{kind[0]} {word[0]} في {city[0]}" + (f" {n + 1}" if n else "")
            aliases = (f"{kind[0]} {word[0]}", f"{word[1]} {kind[1]}")
        elif typ == "Location":
            kind, word, city = PLACE_KIND[k % 8], ORG_WORD[(k // 8) % 16], CITY[(k // 128) % 28]
            n = k // 3584
            name = f"{word[1]} {kind[1]}, {city[1]}" + (f" {n + 1}" if n else "")
            ar = f"{kind[0]} {word[0]} في {city[0]}" + (f" {n + 1}" if n else "")
            aliases = (f"{kind[0]} {word[0]}",)
        elif typ == "Country":
            c, n = COUNTRY[k % 20], k // 20
            name, ar = (c[1], c[0]) if not n else (f"{c[1]} region {n}", f"{c[0]} الإقليم {n}")
            aliases = ()
        elif typ == "Agreement":
            a, c, y = AGREEMENT[k % 4], CITY[(k // 4) % 28], 1990 + (k // 112) % 35
            n = k // 3920
            name = f"{c[1]} {a[1]} of {y}" + (f" ({n + 1})" if n else "")
            ar = f"{a[0]} {c[0]} {y}" + (f" ({n + 1})" if n else "")
            aliases = (f"{a[0]} {c[0]}",)
        elif typ == "Event":
            e, c, y = EVENT[k % 6], CITY[(k // 6) % 28], 2000 + (k // 168) % 25
            n = k // 4200
            name = f"{c[1]} {e[1]} {y}" + (f" #{n + 1}" if n else "")
            ar = f"{e[0]} {c[0]} {y}" + (f" #{n + 1}" if n else "")
            aliases = ()
        else:
            o, c, n = OUTLET[k % 4], CITY[(k // 4) % 28], k // 112
            name = f"{c[1]} {o[1]}" + (f" {n + 1}" if n else "")
            ar = f"{o[0]} {c[0]}" + (f" {n + 1}" if n else "")
            aliases = ()
        return Ent(f"{typ.lower()}:{_slug(name)}-{tag}", typ, name, ar, aliases)


@dataclass(frozen=True)
class Rel:
    type: str
    source: Ent
    target: Ent
    article: str
    sentence: str
    start: int
    end: int
    date: str | None
    spans: tuple[tuple[int, int], tuple[int, int]]


def articles(pool: Pool, n_rel: int, n_art: int, seed: int) -> Iterator[tuple[str, str, str, list[Rel]]]:
    """Yield (article id, lang, text, relations) with exact evidence offsets."""
    rnd = random.Random(seed)
    weights = [w for _, w, *_ in REL_SPEC]
    per = max(1, n_rel // max(1, n_art))
    done = 0
    j = 0
    while done < n_rel:
        k = min(per, n_rel - done)
        aid = f"synthetic-{j:07d}"
        lang = "ar" if j % 2 == 0 else "en"
        parts: list[str] = []
        pos = 0
        rels: list[Rel] = []
        for spec in rnd.choices(REL_SPEC, weights, k=k):
            typ, _, st, tt, tpl_ar, tpl_en = spec
            si = pool.pick(st, rnd)
            ti = pool.pick(tt, rnd)
            if si == ti:
                ti = pool.ranges[tt][0] + (ti - pool.ranges[tt][0] + 1) % (
                    pool.ranges[tt][1] - pool.ranges[tt][0])
                if si == ti:
                    continue
            s, t = pool.entity(si), pool.entity(ti)
            sname, tname = (s.name_ar, t.name_ar) if lang == "ar" else (s.name, t.name)
            tpl = tpl_ar if lang == "ar" else tpl_en
            head, rest = tpl.split("{s}", 1) if tpl.index("{s}") < tpl.index("{t}") else (None, None)
            sentence = tpl.format(s=sname, t=tname)
            s_off = tpl.index("{s}") if head is not None else sentence.index(sname)
            t_off = sentence.index(tname, s_off + len(sname)) if head is not None else tpl.index("{t}")
            if head is None:
                s_off = sentence.index(sname, t_off + len(tname))
            date = None
            r = rnd.random()
            if r < 0.5:
                date = f"{rnd.randint(2010, 2024)}"
            elif r < 0.7:
                date = f"{rnd.randint(2010, 2024)}-{rnd.randint(1, 12):02d}"
            rels.append(Rel(typ, s, t, aid, sentence, pos, pos + len(sentence), date,
                            ((pos + s_off, pos + s_off + len(sname)),
                             (pos + t_off, pos + t_off + len(tname)))))
            parts.append(sentence)
            pos += len(sentence) + 1
        done += k
        j += 1
        yield aid, lang, "\n".join(parts), rels


def write_all(out: Path, n_ent: int, n_rel: int, n_art: int, formats: set[str], seed: int,
              search_keys: bool = True) -> dict[str, int]:
    """Write the requested formats; return counts."""
    out.mkdir(parents=True, exist_ok=True)
    pool = Pool(n_ent, seed)
    counts = {"entities": n_ent, "relation_rows": 0, "articles": 0}
    if "csv" in formats:
        with (out / "nodes.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "type", "name", "name_ar", "aliases", "description"])
            for i in range(n_ent):
                e = pool.entity(i)
                w.writerow([e.id, e.type, e.name, e.name_ar, "|".join(e.aliases), ""])
    if "loadcsv" in formats:
        (out / "loadcsv").mkdir(exist_ok=True)
        match_keys = _match_keys() if search_keys else (lambda _n: [])
        with (out / "loadcsv" / "entities.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "type", "name", "name_ar", "aliases", "aliases_text", "search_keys"])
            for i in range(n_ent):
                e = pool.entity(i)
                keys = dict.fromkeys(k for nm in (e.name, e.name_ar, *e.aliases) for k in match_keys(nm))
                w.writerow([e.id, e.type, e.name, e.name_ar, "|".join(e.aliases),
                            " | ".join(e.aliases), "|".join(keys)])
    rel_w = rel_fh = None
    if "csv" in formats:
        rel_fh = (out / "relationships.csv").open("w", encoding="utf-8", newline="")
        rel_w = csv.writer(rel_fh)
        rel_w.writerow(["source", "type", "target", "sentence", "article_id", "start", "end",
                        "date", "confidence", "method"])
    lc: dict[str, tuple] = {}
    art_fh = (out / "articles.jsonl").open("w", encoding="utf-8") if "jsonl" in formats else None
    try:
        for aid, lang, text, rels in articles(pool, n_rel, n_art, seed + 1):
            counts["articles"] += 1
            counts["relation_rows"] += len(rels)
            for r in rels:
                if rel_w is not None:
                    rel_w.writerow([r.source.id, r.type, r.target.id, r.sentence, r.article,
                                    r.start, r.end, r.date or "", "", "rule:synthetic"])
                if "loadcsv" in formats:
                    if r.type not in lc:
                        fh = (out / "loadcsv" / f"rels_{r.type}.csv").open(
                            "w", encoding="utf-8", newline="")
                        w = csv.writer(fh)
                        w.writerow(["source", "target", "key", "sentence", "article", "date",
                                    "method", "confidence"])
                        lc[r.type] = (fh, w)
                    s, t = r.source.id, r.target.id
                    if r.type in SYMMETRIC and s > t:
                        s, t = t, s
                    lc[r.type][1].writerow([s, t, f"{r.article}#{r.start}-{r.end}", r.sentence,
                                            r.article, r.date or "", "rule:synthetic", "1.0"])
            if art_fh is not None:
                ents: dict[str, dict] = {}
                for r in rels:
                    for e, span in ((r.source, r.spans[0]), (r.target, r.spans[1])):
                        d = ents.setdefault(e.id, {"id": e.id, "type": e.type, "name": e.name,
                                                   "name_ar": e.name_ar, "aliases": list(e.aliases),
                                                   "mentions": []})
                        if list(span) not in d["mentions"]:
                            d["mentions"].append(list(span))
                doc = {"article": {"id": aid, "title": text.split("\n", 1)[0][:80],
                                   "source": "synthetic", "published": "2024", "lang": lang},
                       "text": text, "entities": list(ents.values()),
                       "relations": [{"type": r.type, "source": r.source.id, "target": r.target.id,
                                      **({"date": r.date} if r.date else {}),
                                      "evidence": {"sentence": r.sentence, "start": r.start,
                                                   "end": r.end},
                                      "method": "rule:synthetic"} for r in rels]}
                art_fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if rel_fh:
            rel_fh.close()
        if art_fh:
            art_fh.close()
        for fh, _ in lc.values():
            fh.close()
    (out / "manifest.meta").write_text(json.dumps({**counts, "seed": seed,
                                                   "formats": sorted(formats)}, indent=1))
    return counts


def _match_keys():  # type: ignore[no-untyped-def]
    from functools import lru_cache

    from loaders.textnorm import match_keys

    return lru_cache(maxsize=1 << 16)(match_keys)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--entities", type=int, default=200_000, help="entity pool size M")
    p.add_argument("--relations", type=int, default=1_000_000, help="relation (evidence) rows")
    p.add_argument("--articles", type=int, default=0,
                   help="articles N (default: one per 10 relation rows)")
    p.add_argument("--formats", default="csv,jsonl,loadcsv",
                   help="comma list of csv, jsonl, loadcsv (default: all)")
    p.add_argument("--no-search-keys", action="store_true",
                   help="loadcsv without precomputed search_keys (faster)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--out", type=Path, required=True)
    a = p.parse_args(argv)
    formats = {f.strip() for f in a.formats.split(",") if f.strip()}
    if not formats <= {"csv", "jsonl", "loadcsv"} or a.entities < 50 or a.relations < 1:
        p.error("formats must be among csv, jsonl, loadcsv; at least 50 entities and 1 relation")
    t0 = time.perf_counter()
    counts = write_all(a.out, a.entities, a.relations, a.articles or max(1, a.relations // 10),
                       formats, a.seed, search_keys=not a.no_search_keys)
    print(f"wrote {counts['entities']} entities, {counts['relation_rows']} relation rows, "
          f"{counts['articles']} articles to {a.out} in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
