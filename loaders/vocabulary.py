"""Entity and relation type allow-lists, extensible by a YAML config file.

Neo4j labels and relationship types cannot be query parameters, so every label or type
that reaches Cypher comes from a :class:`Vocabulary` (never from input). Type names are
validated as plain identifiers when the vocabulary is built.

Config file (``loaders/types.yaml`` by default, or ``--types PATH`` / ``$NEWSGRAPH_TYPES``)::

    entity_types:
      - name: Weapon
        description: A weapon system (missile, drone model, ...)
    relation_types:
      - name: ALLIED_WITH
        description: Two parties are allied.
        symmetric: true
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ENTITY_TYPE_RE = re.compile(r"^[A-Z][A-Za-z0-9]{0,63}$")
RELATION_TYPE_RE = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$")
RESERVED_LABELS = frozenset({"Entity", "Article"})
RESERVED_RELATION_TYPES = frozenset({"MENTIONS"})

DEFAULT_TYPES_FILE = Path(__file__).with_name("types.yaml")
TYPES_ENV = "NEWSGRAPH_TYPES"

# name -> description
CORE_ENTITY_TYPES: dict[str, str] = {
    "Person": "A named individual (politician, commander, militia leader, ...).",
    "Organization": "A named group: government body, armed force, militia, party, company.",
    "Location": "A place below country level: city, district, zone, base, building.",
    "Country": "A sovereign state (also used for the state as an actor, e.g. 'Washington').",
    "Agreement": "A treaty, deal or accord (e.g. the JCPOA).",
    "Event": "A named event: election, attack, operation, conference.",
    "Outlet": "A news outlet or agency that publishes or relays reports.",
}


@dataclass(frozen=True)
class RelationType:
    """One relation type: its name, meaning (with direction) and symmetry."""

    name: str
    description: str
    symmetric: bool = False


CORE_RELATION_TYPES: tuple[RelationType, ...] = (
    RelationType("MET_WITH", "Person met Person (or a group). Symmetric: stored once, "
                 "source id < target id.", symmetric=True),
    RelationType("SUCCESSOR_OF", "successor -> predecessor (in an office or role)."),
    RelationType("ASSASSINATED_BY", "victim -> perpetrator (the agent the text names)."),
    RelationType("LEADS", "leader -> organisation, force or country led (current or former)."),
    RelationType("MEMBER_OF", "member (person/organisation) -> organisation or alliance."),
    RelationType("PART_OF", "component -> whole (a force within a corps, a zone within a city)."),
    RelationType("VISITED", "visitor -> place or country visited."),
    RelationType("LOCATED_IN", "place or organisation -> enclosing place or country."),
    RelationType("SUPPORTS", "backer -> backed (funds, arms, politically supports)."),
    RelationType("ATTACKED", "attacker -> target (a place, party or facility)."),
    RelationType("WITHDREW_FROM", "party -> agreement or organisation it withdrew from."),
    RelationType("PARTY_TO", "party (country, organisation) -> agreement it is party to."),
    RelationType("REPORTED_BY", "article subject or claim source -> outlet that reported it."),
)


class VocabularyError(ValueError):
    """A type config file is unreadable or declares an invalid type."""


@dataclass(frozen=True)
class Vocabulary:
    """Allow-lists of entity labels and relation types."""

    entity_types: Mapping[str, str]
    relation_types: Mapping[str, RelationType]
    source: str = "built-in"
    extra_files: tuple[str, ...] = field(default=())

    @property
    def symmetric(self) -> frozenset[str]:
        """Relation types stored once per unordered pair (source id < target id)."""
        return frozenset(n for n, r in self.relation_types.items() if r.symmetric)

    def is_entity_type(self, name: object) -> bool:
        return isinstance(name, str) and name in self.entity_types

    def is_relation_type(self, name: object) -> bool:
        return isinstance(name, str) and name in self.relation_types

    def label(self, name: str) -> str:
        """Return ``name`` if it is an allowed entity label, else raise ``KeyError``."""
        if name not in self.entity_types:
            raise KeyError(f"entity type {name!r} is not in the vocabulary")
        return name

    def rel_type(self, name: str) -> str:
        """Return ``name`` if it is an allowed relation type, else raise ``KeyError``."""
        if name not in self.relation_types:
            raise KeyError(f"relation type {name!r} is not in the vocabulary")
        return name


def validate_entity_type_name(name: object) -> str:
    """Check an entity type name is a safe CamelCase identifier; return it."""
    if not isinstance(name, str) or not ENTITY_TYPE_RE.match(name):
        raise VocabularyError(
            f"entity type {name!r} is not a valid name: use CamelCase letters/digits "
            "starting with a capital (e.g. 'Weapon')")
    if name in RESERVED_LABELS:
        raise VocabularyError(f"entity type {name!r} is reserved")
    return name


def validate_relation_type_name(name: object) -> str:
    """Check a relation type name is UPPER_SNAKE_CASE; return it."""
    if not isinstance(name, str) or not RELATION_TYPE_RE.match(name) or len(name) > 64:
        raise VocabularyError(
            f"relation type {name!r} is not a valid name: use UPPER_SNAKE_CASE "
            "(e.g. 'ALLIED_WITH')")
    if name in RESERVED_RELATION_TYPES:
        raise VocabularyError(f"relation type {name!r} is reserved")
    return name


def core_vocabulary() -> Vocabulary:
    """The built-in vocabulary, without any config file."""
    return Vocabulary(dict(CORE_ENTITY_TYPES), {r.name: r for r in CORE_RELATION_TYPES})


def _items(doc: Mapping[str, Any], key: str, path: str) -> list[dict[str, Any]]:
    raw = doc.get(key) or []
    if not isinstance(raw, list):
        raise VocabularyError(f"{path}: '{key}' must be a list")
    out = []
    for i, item in enumerate(raw):
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict) or "name" not in item:
            raise VocabularyError(f"{path}: {key}[{i}] must be a name or a mapping with 'name'")
        out.append(item)
    return out


def extend(base: Vocabulary, path: str | os.PathLike[str]) -> Vocabulary:
    """Return ``base`` plus the types declared in the YAML file at ``path``."""
    p = Path(path)
    try:
        doc = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise VocabularyError(f"{p}: type config file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise VocabularyError(f"{p}: cannot read type config file: {exc}") from exc
    except yaml.YAMLError as exc:
        raise VocabularyError(f"{p}: invalid YAML: {exc}") from exc
    if doc is None:
        return base
    if not isinstance(doc, dict):
        raise VocabularyError(f"{p}: expected a mapping with entity_types / relation_types")
    unknown = set(doc) - {"entity_types", "relation_types"}
    if unknown:
        raise VocabularyError(f"{p}: unknown keys {sorted(unknown)}")
    entities = dict(base.entity_types)
    for i, item in enumerate(_items(doc, "entity_types", str(p))):
        try:
            name = validate_entity_type_name(item["name"])
        except VocabularyError as exc:
            raise VocabularyError(f"{p}: entity_types[{i}]: {exc}") from None
        entities.setdefault(name, str(item.get("description", "")))
    relations = dict(base.relation_types)
    for i, item in enumerate(_items(doc, "relation_types", str(p))):
        try:
            name = validate_relation_type_name(item["name"])
        except VocabularyError as exc:
            raise VocabularyError(f"{p}: relation_types[{i}]: {exc}") from None
        sym = item.get("symmetric", False)
        if not isinstance(sym, bool):
            raise VocabularyError(f"{p}: relation_types[{i}].symmetric must be true or false")
        if name in relations and relations[name].symmetric != sym:
            raise VocabularyError(
                f"{p}: relation_types[{i}]: {name} is already declared with symmetric="
                f"{relations[name].symmetric}")
        relations.setdefault(name, RelationType(name, str(item.get("description", "")), sym))
    return Vocabulary(entities, relations, source=str(p),
                      extra_files=(*base.extra_files, str(p)))


def load_vocabulary(path: str | os.PathLike[str] | None = None) -> Vocabulary:
    """Core vocabulary extended by ``path``, else ``$NEWSGRAPH_TYPES``, else loaders/types.yaml."""
    chosen = path or os.environ.get(TYPES_ENV) or (
        DEFAULT_TYPES_FILE if DEFAULT_TYPES_FILE.exists() else None)
    vocab = core_vocabulary()
    return extend(vocab, chosen) if chosen else vocab
