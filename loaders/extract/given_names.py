"""Common Arabic-script given names (given_names.yaml), the cue that a person's name starts
where Arabic text gives no title and no capital letter.

``STRONG`` names are (almost) never ordinary words; ``WEAK`` ones are (سعيد "happy", صالح
"in favour of") and start a name only before a known name word or a family-name shape.
Keys are folded as token keys are (``fold_ar``, "اا" -> "ا").
"""

from __future__ import annotations

from pathlib import Path

import yaml

from loaders.textnorm import fold_ar

GIVEN_NAMES_FILE = Path(__file__).with_name("given_names.yaml")
# the given name Alan as written: its folded key is the adverb الآن's ("now"), so it is no key
# of the lists below and is matched as written (session 48)
ALAN = "آلان"
# given names of non-Arab cultures in Arabic script, with their Latin spelling (session 21)
FOREIGN_GIVEN_FILE = Path(__file__).with_name("foreign_given_names.yaml")
# given names of Western cultures, Latin only (session 49)
LATIN_GIVEN_FILE = Path(__file__).with_name("latin_given_names.yaml")


def _fold(word: str) -> str:
    return fold_ar(word).replace("اا", "ا")


def _load() -> tuple[frozenset[str], frozenset[str]]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # (libyaml's parser: faster)
    data = yaml.load(GIVEN_NAMES_FILE.read_text(encoding="utf-8"), Loader=loader) or {}
    strong = frozenset(_fold(w) for w in data.get("strong") or () if isinstance(w, str))
    weak = frozenset(_fold(w) for w in data.get("weak") or () if isinstance(w, str)) - strong
    return strong, weak


def _load_foreign() -> tuple[tuple[str, str], ...]:
    """(Arabic as written, Latin) of foreign_given_names.yaml ("غوستافو" -> "Gustavo")."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(FOREIGN_GIVEN_FILE.read_text(encoding="utf-8"), Loader=loader) or {}
    return tuple((ar, la) for ar, la in data.items() if isinstance(ar, str) and
                 isinstance(la, str))


def _load_latin_only() -> frozenset[str]:
    """The Western given names of latin_given_names.yaml, lower case ("cory", "carol")."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(LATIN_GIVEN_FILE.read_text(encoding="utf-8"), Loader=loader) or []
    return frozenset(w.lower() for w in data if isinstance(w, str))


FOREIGN_PAIRS = _load_foreign()
FOREIGN = frozenset(_fold(ar) for ar, _la in FOREIGN_PAIRS)
# Western given names with no Arabic form listed (session 49): Latin first names too
LATIN_ONLY = _load_latin_only()
FOREIGN_LATIN = frozenset(la.lower() for _ar, la in FOREIGN_PAIRS) | LATIN_ONLY  # "gustavo"
STRONG, WEAK = _load()
STRONG |= FOREIGN
WEAK -= FOREIGN
ALL = STRONG | WEAK

# endings of Arabic-script family names: nisba (-ي, -اوي), Persian -ان / -زاده / -پور / -ي
_FAMILY_ENDINGS = ("ي", "اوي", "يان", "زاده", "بور", "فر", "نيا")


def family_name_shape(key: str) -> bool:
    """A folded word shaped like a family name: "اللامي", "الزيدي", "عراقجي", "أحمديان"."""
    return len(key) >= 4 and key.endswith(_FAMILY_ENDINGS)
