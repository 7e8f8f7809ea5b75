"""Extraction speed: articles per second on one core for ~2,000-character articles.

    python bench/bench_extract.py [--n 400] [--seed 1] [--extractor NAME]

Articles are synthetic news pieces built from Arabic and English sentence templates with
known and unknown names in several spellings (deterministic for a given seed). The extractor
runs in this single process (one core). Prints articles/s and characters/s.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.extract.base import get_extractor  # noqa: E402

EN = [
    "Iranian Quds Force commander {q} arrived in Baghdad on {day} and met Iraqi Prime "
    "Minister {k}, officials said.",
    "{q} also held talks with Hadi al-Amiri, Qais al-Khazali and {new}.",
    "The Iranian general did not meet President Barham Saleh, according to a statement.",
    "{s} was killed in a U.S. drone strike near Baghdad International Airport in January 2020.",
    "The strike, ordered by President Donald Trump, also killed Abu Mahdi al-Muhandis.",
    "Iraqi Foreign Minister {new} met his Iranian counterpart in Tehran.",
    "Analysts say {s}'s successor lacks the influence of his predecessor.",
    "Rockets hit the Green Zone in Baghdad late on {day}, but caused no casualties.",
]
AR = [
    "التقى قائد فيلق القدس الإيراني {qa} رئيس الوزراء العراقي {ka} في بغداد يوم {dayar}.",
    "كما اجتمع قاآني مع زعيم منظمة بدر هادي العامري والأمين العام لعصائب أهل الحق قيس الخزعلي.",
    "ولم يلتق المسؤول الإيراني برئيس الجمهورية برهم صالح.",
    "اغتالت الولايات المتحدة الجنرال {sa} ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس بغارة "
    "جوية قرب مطار بغداد الدولي.",
    "وقال وزير الخارجية العراقي {newar} إن العلاقات مع طهران جيدة.",
    "وأكد المصدر أن زيارة قاآني المفاجئة لبغداد نتج عنها تهدئة جديدة.",
    "سقط صاروخان قرب السفارة الأمريكية في المنطقة الخضراء ببغداد.",
]
Q = ["Esmail Qaani", "Esmaeil Ghaani", "Ismail Qa'ani", "Esmaeel Qani"]
K = ["Mustafa al-Kadhimi", "Mostafa al-Kazemi", "Mustafa Khadimi"]
S = ["Qasem Soleimani", "Qassem Suleimani", "Ghasem Soleimani"]
NEW = ["Fuad Hussein", "Ahmed Salim", "Kenneth McKenzie", "Yahya Rasool"]
QA = ["إسماعيل قاآني", "اسماعيل قآني", "إسماعيل قائاني"]
KA = ["مصطفى الكاظمي", "مصطفى الكاظمى"]
SA = ["قاسم سليماني", "قاسم سليمانى"]
NEWAR = ["فؤاد حسين", "أحمد سليم", "يحيى رسول"]
DAYS = ["Monday", "Tuesday", "Wednesday"]
DAYS_AR = ["الأحد", "الاثنين", "الثلاثاء"]


def make_article(rng: random.Random, size: int = 2000) -> str:
    lang = rng.choice(("ar", "en"))
    out: list[str] = []
    while sum(len(x) + 1 for x in out) < size:
        tpl = rng.choice(AR if lang == "ar" else EN)
        out.append(tpl.format(q=rng.choice(Q), k=rng.choice(K), s=rng.choice(S),
                              new=rng.choice(NEW), day=rng.choice(DAYS), qa=rng.choice(QA),
                              ka=rng.choice(KA), sa=rng.choice(SA), newar=rng.choice(NEWAR),
                              dayar=rng.choice(DAYS_AR)))
    return " ".join(out)[:size]


def corpus_articles(n: int) -> list[str]:
    """2,000-character pieces of the real seed and corpus texts (wrapped around)."""
    root = Path(__file__).resolve().parents[1] / "seeds"
    texts = []
    for f in [*sorted(root.glob("*.txt")), *sorted((root / "corpus").glob("*.txt"))]:
        body = f.read_text(encoding="utf-8")
        if body.startswith("source:"):
            body = body.split("\n\n", 1)[1]
        texts.append(" ".join(body.split()))
    out = []
    for i in range(n):
        t = texts[i % len(texts)]
        while len(t) < 2000:
            t = t + " " + t
        start = (i * 137) % max(1, len(t) - 2000)
        out.append(t[start:start + 2000])
    return out


def interpreter() -> str:
    """Which CPython ran the benchmark: version, executable, libpython linked in or shared,
    and the optimisation flags its build records (the same code runs about 10% faster on a
    PGO+LTO build with libpython linked in than on a plain source build: docs/extraction.md,
    "Which interpreter")."""
    import platform  # noqa: PLC0415
    import sysconfig  # noqa: PLC0415

    cfg = " ".join(str(sysconfig.get_config_var(k) or "") for k in
                   ("CONFIG_ARGS", "PY_CFLAGS", "PY_CFLAGS_NODIST", "PY_LDFLAGS_NODIST"))
    pgo = "--enable-optimizations" in cfg or "-fprofile-use" in cfg
    lto = "--with-lto" in cfg or "-flto" in cfg
    try:
        maps = Path("/proc/self/maps").read_text()
        linked = "shared libpython" if "libpython" in maps else "libpython linked in"
    except OSError:
        linked = "libpython ?"
    base = os.path.realpath(getattr(sys, "_base_executable", sys.executable))
    flags = f"PGO {'yes' if pgo else 'no'}, LTO {'yes' if lto else 'no'} in its build flags"
    if base.startswith("/usr/bin/") and Path("/etc/debian_version").exists() and not pgo:
        # Debian builds python3.11 with PGO+LTO on amd64 but keeps those flags out of sysconfig
        flags = "Debian's package (built with PGO+LTO; its sysconfig omits those flags)"
    return (f"interpreter: {platform.python_implementation()} {platform.python_version()}, "
            f"{sys.executable} (base {base}), {linked}, {flags}")


def cpu() -> str:
    """The processor the figure was measured on (model, family/model numbers, clock). Hosts of
    this machine kind differ: session 20's (family 25 model 17, Zen 4) ran about 7 G
    instructions/s where session 19's conversion of callgrind counts assumed about 2.9 G, so a
    figure means little without it."""
    info: dict[str, str] = {}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            info.setdefault(key.strip(), value.strip())
    except OSError:
        return "cpu: unknown"
    return (f"cpu: {info.get('model name', '?')} (family {info.get('cpu family', '?')}, "
            f"model {info.get('model', '?')}, {info.get('cpu MHz', '?')} MHz), "
            f"{os.cpu_count()} CPUs")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400, help="articles per round (default 400)")
    ap.add_argument("--rounds", type=int, default=3,
                    help="timed rounds; the best is reported, as timeit does (default 3)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", action="store_true",
                    help="2,000-character pieces of the real seed/corpus texts instead of "
                    "synthetic ones")
    ap.add_argument("--extractor", default="rules",
                    help="registered extractor to measure (default: rules)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    arts = corpus_articles(args.n) if args.corpus else [make_article(rng) for _ in range(args.n)]
    ex = get_extractor(args.extractor)
    ex.extract(arts[0])  # warm caches (gazetteer load, lru caches)
    chars = sum(len(a) for a in arts)
    best_cpu = best_wall = float("inf")
    rates: list[float] = []
    rels = 0
    for _ in range(max(1, args.rounds)):
        rels = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for a in arts:
            rels += len(ex.extract(a)["relations"])
        best_wall = min(best_wall, time.perf_counter() - t0)
        spent = time.process_time() - c0
        rates.append(args.n / spent)
        best_cpu = min(best_cpu, spent)
    kind = "real seed/corpus" if args.corpus else "synthetic"
    print(f"{args.n} {kind} articles, mean {chars / args.n:.0f} chars, {rels} relations, "
          f"best of {args.rounds} rounds, extractor {args.extractor}")
    print(f"CPU time: {args.n / best_cpu:.1f} articles/s per core "
          f"({best_cpu * 1000 / args.n:.2f} ms CPU per article, {chars / best_cpu / 1e6:.2f} "
          "M chars/s)")
    print("each round (CPU time): " + ", ".join(f"{r:.1f}" for r in rates) + " articles/s")
    print(f"wall clock: {args.n / best_wall:.1f} articles/s (includes waiting for a busy CPU)")
    print(interpreter())
    print(cpu())
    try:
        print(f"load average during the run: {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} CPUs")
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
