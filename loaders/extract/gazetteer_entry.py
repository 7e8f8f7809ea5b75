"""A gazetteer entry (``Entry``: one known person, body or place with its names and hints) as
read from a YAML file (``read_entries``, ``_entry_from``), and the token forms of its names
(``alias_tokens``, ``english_variants``: British and American spellings, a spaced or hyphenated
article)."""

from __future__ import annotations

import re
from dataclasses import (
    dataclass,
    field,
)
from pathlib import Path
from typing import Any

import yaml

from loaders.textnorm import (
    is_arabic,
    strip_article_ar,
)

# libyaml's parser when PyYAML was built with it (same documents, about 10x faster), else
# PyYAML's pure-Python one
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_EN_ARTICLE_TOKENS = frozenset({"al", "el", "the", "ul"})


class GazetteerError(ValueError):
    """A gazetteer file is unreadable or malformed (message names file and entry)."""


@dataclass
class Entry:
    """One known entity."""

    id: str
    type: str
    name: str
    name_ar: str | None = None
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    country: str | None = None
    titles: list[str] = field(default_factory=list)
    leads: list[str] = field(default_factory=list)
    successor_of: str | None = None
    # names that are also common words or other people's names ("حماس" enthusiasm, "Fars"
    # the province, a surname that is a given name): also in ``aliases``, but matched only
    # once the entity has been named otherwise in the same article
    ambiguous: list[str] = field(default_factory=list)

    def merge(self, later: Entry) -> Entry:
        """This entry extended by *later* (same id, a later file): names, titles and
        leads are merged; scalar fields the later entry sets win, and so does its word on
        a name: one it lists as a plain name is no longer ambiguous (a user file that
        writes "Rasool" as an alias of Yahya Rasool wants it matched)."""
        plain = {later.name, later.name_ar, *later.aliases} - set(later.ambiguous)
        return Entry(
            id=self.id, type=later.type, name=later.name,
            name_ar=later.name_ar or self.name_ar,
            aliases=list(dict.fromkeys(self.aliases + later.aliases)),
            description=later.description or self.description,
            country=later.country or self.country,
            titles=list(dict.fromkeys(self.titles + later.titles)),
            leads=list(dict.fromkeys(self.leads + later.leads)),
            successor_of=later.successor_of or self.successor_of,
            ambiguous=list(dict.fromkeys([a for a in self.ambiguous if a not in plain] +
                                         later.ambiguous)),
        )

    def all_names(self) -> list[str]:
        names = [self.name] + ([self.name_ar] if self.name_ar else []) + list(self.aliases)
        return [n for n in names if n]

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_attributes(self, state)


def _set_attributes(obj: object, state: dict[str, Any]) -> None:
    """Unpickling (gazetteer_cache.py): set the attributes one by one, in the order
    ``__init__`` set them, as pickle's default (which fills ``obj.__dict__``) does not: CPython
    3.11 then keeps the instance's compact attribute layout, whose reads the interpreter
    specialises (measured: the default way cost ~0.35 M more instructions per article)."""
    for k, v in state.items():
        setattr(obj, k, v)


def alias_tokens(name: str) -> tuple[tuple[str, ...], bool]:
    """Match tokens of a gazetteer name, and whether the name is case-sensitive
    (it contains capitals: text tokens must then be capitalised too)."""
    from loaders.extract.tokens import tokenize

    toks = tokenize(name)
    out: list[str] = []
    for k, t in enumerate(toks):
        if t.punct:
            continue
        if t.ar:
            out.append(strip_article_ar(t.key))
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.key in _EN_ARTICLE_TOKENS and nxt is not None and nxt.text == "-":
            continue
        if t.key == "the" and k == 0:
            continue
        out.append(t.key)
    sensitive = any(c.isupper() for c in name)
    return tuple(out), sensitive


_BRITISH = (("isation", "ization"), ("ization", "isation"), ("ence", "ense"),
            ("ense", "ence"))


def english_variants(toks: tuple[str, ...], number: bool = True) -> list[tuple[str, ...]]:
    """Other spellings of a multi-word English name that mean the same body: British /
    American spelling ("Organisation" ~ "Organization", "Defence" ~ "Defense") and, with
    *number* (a capitalised head: a proper name, not "Iran-backed militias"), the number of
    the head word ("Revolutionary Guard" ~ "Revolutionary Guards")."""
    if len(toks) < 2 or not all(t.isascii() for t in toks):
        return []
    out: list[tuple[str, ...]] = []
    for i, t in enumerate(toks):
        for a, b in _BRITISH:
            if t.endswith(a) and len(t) > len(a) + 2:
                out.append(toks[:i] + (t[: -len(a)] + b,) + toks[i + 1:])
                break
    last = toks[-1]
    if number and len(last) > 4 and last.isalpha():
        if last.endswith("s") and not last.endswith("ss"):
            out.append(toks[:-1] + (last[:-1],))
        elif not last.endswith("s"):
            out.append(toks[:-1] + (last + "s",))
    return out


def _spaced_article(name: str, toks: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The name of a multi-word English name whose "al-"/"el-" article is written as a
    word of its own, as some papers do ("Mohammed Shia Al Sudani", "Hadi Al Amiri" for
    "Mohammed Shia al-Sudani", "Hadi al-Amiri"): the article is then a token of the name."""
    if "-" not in name or len(toks) < 2 or is_arabic(name):
        return []
    low = name.lower()
    if "al-" not in low and "el-" not in low:
        return []
    spaced = alias_tokens(_ARTICLE_HYPHEN.sub(r"\1 ", name))[0]
    return [spaced] if spaced != toks and len(spaced) > len(toks) else []


_ARTICLE_HYPHEN = re.compile(r"\b([Aa]l|[Ee]l)-(?=\w)")


def _entry_from(raw: Any, where: str) -> Entry:
    if not isinstance(raw, dict):
        raise GazetteerError(f"{where}: each entity must be a mapping")
    for key in ("id", "type", "name"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise GazetteerError(f"{where}: field '{key}' is required (a non-empty string)")
    eid = raw["id"]
    if ":" not in eid or eid.split(":", 1)[0] != raw["type"].lower():
        raise GazetteerError(f"{where}: id {eid!r} must start with '{raw['type'].lower()}:'")
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise GazetteerError(f"{where} ({eid}): 'aliases' must be a list of strings")
    ambiguous = raw.get("ambiguous") or []
    if not isinstance(ambiguous, list) or not all(isinstance(a, str) and a.strip()
                                                  for a in ambiguous):
        raise GazetteerError(f"{where} ({eid}): 'ambiguous' must be a list of strings")
    for key in ("titles", "leads"):
        val = raw.get(key) or []
        if not isinstance(val, list) or not all(isinstance(a, str) for a in val):
            raise GazetteerError(f"{where} ({eid}): '{key}' must be a list of strings")
    known = {f for f in Entry.__dataclass_fields__}
    unknown = set(raw) - known
    if unknown:
        raise GazetteerError(f"{where} ({eid}): unknown field(s) {sorted(unknown)}")
    return Entry(
        id=eid, type=raw["type"], name=raw["name"], name_ar=raw.get("name_ar"),
        aliases=list(dict.fromkeys(list(aliases) + list(ambiguous))),
        description=raw.get("description"), country=raw.get("country"),
        titles=list(raw.get("titles") or []), leads=list(raw.get("leads") or []),
        successor_of=raw.get("successor_of"), ambiguous=list(ambiguous),
    )


def read_entries(path: Path) -> list[Entry]:
    """Entries of one YAML gazetteer file (``entities:`` list)."""
    try:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read gazetteer: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise GazetteerError(f"{path}{where}: invalid YAML: {exc}") from exc
    if doc is None:
        return []
    if not isinstance(doc, dict) or not isinstance(doc.get("entities"), list):
        raise GazetteerError(f"{path}: expected a mapping with an 'entities:' list")
    return [_entry_from(raw, f"{path}: entities[{i}]") for i, raw in enumerate(doc["entities"])]
