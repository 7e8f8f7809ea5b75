"""The same article gives the same JSON in every run.

Some rules gather the members of a list in a set, whose order follows Python's per-process
string hashing; the output must not. Each case runs in fresh interpreters under several
PYTHONHASHSEED values (the Arabic text came out with its relations in another order under
another seed before the output was sorted).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

TEXTS = {
    "ar_list_after_also_met": (
        "توافد القادة إلى مسقط، فاستقبل السلطان هيثم أمير قطر الشيخ تميم بن حمد آل ثاني، "
        "كما التقى الرئيسَ العراقي برهم صالح ورئيسَ الوزراء البريطاني بوريس جونسون."),
    "en_list_of_guests": (
        "Iranian Foreign Minister Abbas Araghchi met Turkish President Recep Tayyip Erdogan, "
        "Foreign Minister Hakan Fidan and intelligence chief Ibrahim Kalin in Ankara on Monday."),
}

_SCRIPT = (
    "import json, sys\n"
    "from loaders.extract import extract_text\n"
    "print(json.dumps(extract_text(sys.stdin.read()), ensure_ascii=False, sort_keys=True))\n"
)


def _extract(text: str, seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", _SCRIPT], input=text, capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120, check=True)
    return done.stdout


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_an_article_gives_the_same_json_under_any_hash_seed(name: str) -> None:
    text = TEXTS[name]
    outputs = {seed: _extract(text, seed) for seed in ("1", "2", "3", "4")}
    assert '"MET_WITH"' in outputs["1"]  # the case still exercises a list of people met
    assert len(set(outputs.values())) == 1, f"{name}: output differs between runs"
