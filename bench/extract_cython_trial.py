"""Build a throw-away copy of the extractor with some modules compiled by Cython (a trial).

    python bench/extract_cython_trial.py DEST [--modules sentence_base known_names tokens]
                                         [--cython-path DIR]

Writes ``git archive HEAD`` to DEST/py (pure) and DEST/cy, then compiles the given
``loaders/extract`` modules of DEST/cy in place (``cython -3``, unchanged source in
pure-Python mode, then ``gcc -O2 -shared``): Python imports the ``.so`` before the ``.py``.
Prints the build time, the size of each extension and the commands that compare the two
copies (output hash, CPU time, instructions). Cython is not a project dependency: install it
outside the venv (``pip install --target DIR cython``) and pass ``--cython-path DIR``.
Session 44's result (docs/extraction.md, "Compiling the extractor"): no gain worth a build.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import sysconfig
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOT = ("sentence_base", "known_names", "tokens")  # the three hottest functions' modules
# Cython 3.3.1 miscompiles `A if c else B or (x and not pref) or C` in known_names (the C bool
# of `not pref` cast to a PyObject pointer: gcc warns int-to-pointer-cast; a crash when that
# branch is reached). The same test written as a comparison compiles correctly (`pref` is a
# str there); applied to the compiled copy only. -Werror makes such a miscompile fail the build.
WORKAROUNDS = {"known_names": [('in _JOINERS and not pref)', 'in _JOINERS and pref == "")')]}


def copy_head(dest: Path) -> None:
    """``git archive HEAD`` of this checkout, unpacked into *dest*."""
    dest.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "HEAD"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)


def build(copy: Path, modules: list[str], cython_path: str | None) -> dict[str, int]:
    """Compile *modules* of *copy* in place; the size in bytes of each extension."""
    pkg = copy / "loaders" / "extract"
    for m, fixes in WORKAROUNDS.items():
        if m in modules:
            src = pkg / f"{m}.py"
            text = src.read_text(encoding="utf-8")
            for old, new in fixes:
                assert text.count(old) == 1, (m, old)
                text = text.replace(old, new)
            src.write_text(text, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=cython_path or "")
    subprocess.run([sys.executable, "-m", "cython", "-3",
                    *(str(pkg / f"{m}.py") for m in modules)], check=True, env=env)
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    include = sysconfig.get_paths()["include"]

    def cc(m: str) -> None:
        subprocess.run(["gcc", "-shared", "-fPIC", "-O2", "-Werror=int-to-pointer-cast", f"-I{include}", str(pkg / f"{m}.c"),
                        "-o", str(pkg / f"{m}{suffix}")], check=True)

    with ThreadPoolExecutor() as pool:
        list(pool.map(cc, modules))
    return {m: (pkg / f"{m}{suffix}").stat().st_size for m in modules}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dest", type=Path)
    ap.add_argument("--modules", nargs="+", default=list(HOT))
    ap.add_argument("--cython-path", default=None, help="where Cython is installed")
    a = ap.parse_args(argv)
    py, cy = a.dest / "py", a.dest / "cy"
    copy_head(py)
    copy_head(cy)
    t0 = time.perf_counter()
    sizes = build(cy, a.modules, a.cython_path)
    print(f"built {len(sizes)} modules in {time.perf_counter() - t0:.0f} s (wall)")
    for m, size in sizes.items():
        print(f"  {m}: {size / 1e3:.0f} kB")
    print("compare (run each from its copy, PYTHONPATH=<copy>):")
    print("  bench/extract_output_hash.py <dev folders>   (must be equal)")
    print("  bench/bench_extract.py --n 400 --rounds 5    (alternate py / cy, note the load)")
    print("  bench/extract_instructions.py --gc freeze --n 40 --repo <copy>")


if __name__ == "__main__":
    main()
