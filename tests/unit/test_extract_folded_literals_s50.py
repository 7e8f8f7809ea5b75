"""Session 50: a word compared with a token's ``key`` must be written as keys are.

``Tok.key`` is the folded form (``lexicon.fold_ar``: hamza forms, ة -> ه, ى -> ي, the tatweel
dropped): a rule that compares ``sr.key(x)`` with "جراء", "الزائر" or "لـ" never matches
("جرا", "الزاير", "ل"), and so silently never fires. Session 50 found twelve such literals (one
in the rule for «قضى X جراء غارة»). This test reads every extraction module and fails on a
literal whose folded form is not beside it in the same comparison. An English key drops
the apostrophe and the period ("didn't" -> "didnt", "Friday's" -> "friday" with ``poss``):
"n't", "iran's" or "u.s." compared with a key never match either.
"""

import ast
import re
from pathlib import Path

from loaders.extract import lexicon as L

_AR = re.compile(r"[\u0600-\u06ff]")
_EXTRACT = Path(__file__).resolve().parents[2] / "loaders" / "extract"


def _folded(word: str) -> str:
    if word.isascii():  # (as ``tokens`` makes an English key; "'s" alone may be a token)
        return word if word == "'s" else word.lower().replace(".", "").replace("'", "")
    return L.fold_ar(word).replace("اا", "ا")  # (as ``tokens`` folds a key)


def _unfolded_literals(path: Path) -> list[str]:
    src = path.read_text(encoding="utf-8")
    out = []
    for node in ast.walk(ast.parse(src)):
        groups: list[ast.AST] = []
        if isinstance(node, ast.Compare) and "key" in ast.unparse(node.left):
            groups = list(node.comparators)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in ("startswith", "endswith") and \
                "key" in ast.unparse(node.func.value):
            groups = list(node.args)
        for comp in groups:
            lits = [c.value for c in ast.walk(comp)
                    if isinstance(c, ast.Constant) and isinstance(c.value, str)]
            out += [f"{path.name}:{node.lineno} {w!r} (its key is {_folded(w)!r})"
                    for w in lits if (_AR.search(w) or w.isascii() and any(
                        ch.isalpha() for ch in w)) and _folded(w) != w and
                    _folded(w) not in lits]
    return out


def test_words_compared_with_a_key_are_written_as_keys():
    bad = [b for p in sorted(_EXTRACT.glob("*.py")) for b in _unfolded_literals(p)]
    assert not bad, "never-matching literals:\n" + "\n".join(bad)


def test_the_check_finds_an_unfolded_literal(tmp_path):
    bad = tmp_path / "rule.py"
    bad.write_text('def f(sr, x):\n    return sr.key(x) in ("في", "جراء")\n', encoding="utf-8")
    assert _unfolded_literals(bad) == ["rule.py:2 'جراء' (its key is 'جرا')"]


def test_the_check_finds_an_english_contraction(tmp_path):
    bad = tmp_path / "rule.py"
    bad.write_text('def f(sr, y):\n    return sr.key(y) in ("not", "n\'t", "\'s")\n',
                   encoding="utf-8")
    assert _unfolded_literals(bad) == ["rule.py:2 \"n't\" (its key is 'nt')"]
