"""Named saved views: project files ``views/NAME.json``.

Why files and not ``(:SavedView)`` nodes in Neo4j: the explorer is the read side (its
driver never writes, the Cypher console is read-only by design); a file can be committed
next to the paper, diffed and reviewed, and it survives a reload or wipe of the database.
A saved view freezes the figure itself (nodes, edges and their attributes, positions,
styling, title, legend, caption, canvas size), so it renders the same picture months later
even after new articles changed the graph, with no database at all (``snapshot --view``).
It also keeps the explorer's view state (the URL query parameters: focus, expanded nodes,
filters, label language, seed) so the live view can be reopened and refreshed.

Directory: ``$NEWSGRAPH_VIEWS_DIR`` or ``views/`` at the project root.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from explorer.export.figure import Figure

PROJECT_ROOT = Path(__file__).resolve().parent.parent
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")
FORMAT = 1


class ViewError(ValueError):
    """A saved view cannot be read or written; the message names the file and the problem."""


def views_dir() -> Path:
    return Path(os.environ.get("NEWSGRAPH_VIEWS_DIR") or PROJECT_ROOT / "views")


def check_name(name: str) -> str:
    """A view name is a plain file name: letters, digits, ``_ . -`` (no path, no spaces)."""
    if not isinstance(name, str) or not NAME_RE.match(name) or name.endswith(".json") or ".." in name:
        raise ViewError(
            f"view name {name!r} is not allowed: use 1-80 letters, digits, '_', '.' or '-' "
            "(starting with a letter or digit), e.g. qaani-baghdad-2020"
        )
    return name


@dataclass
class SavedView:
    """A named view: the frozen figure plus the explorer state it came from."""

    name: str
    figure: Figure
    state: dict[str, Any] = field(default_factory=dict)
    description: str = ""
    saved_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "name": self.name,
            "description": self.description,
            "saved_at": self.saved_at,
            "state": self.state,
            "figure": self.figure.to_dict(),
        }


def view_path(name: str, directory: Path | None = None) -> Path:
    return (directory or views_dir()) / f"{check_name(name)}.json"


def save_view(view: SavedView, directory: Path | None = None, *, overwrite: bool = False) -> Path:
    """Write ``views/NAME.json`` atomically (a crash never leaves half a file)."""
    path = view_path(view.name, directory)
    if path.exists() and not overwrite:
        raise ViewError(f"{path}: a view named {view.name!r} exists already (choose another name or overwrite)")
    path.parent.mkdir(parents=True, exist_ok=True)
    if not view.saved_at:
        view.saved_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    text = json.dumps(view.to_dict(), ensure_ascii=False, indent=1, sort_keys=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def load_view(name: str, directory: Path | None = None) -> SavedView:
    """Read ``views/NAME.json``; ViewError names the file and what is wrong with it."""
    path = view_path(name, directory)
    if not path.is_file():
        known = ", ".join(list_views(directory)) or "none saved yet"
        raise ViewError(f"{path}: no saved view named {name!r} (known: {known})")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ViewError(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg})") from exc
    except UnicodeDecodeError as exc:
        raise ViewError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    if not isinstance(data, dict):
        raise ViewError(f"{path}: expected a JSON object")
    if data.get("format") != FORMAT:
        raise ViewError(f"{path}: field 'format' is {data.get('format')!r}, expected {FORMAT}")
    try:
        figure = Figure.from_dict(data.get("figure"))  # type: ignore[arg-type]
    except ValueError as exc:
        raise ViewError(f"{path}: {exc}") from exc
    state = data.get("state") or {}
    if not isinstance(state, dict):
        raise ViewError(f"{path}: field 'state' must be an object of URL parameters")
    return SavedView(name=name, figure=figure, state=state,
                     description=str(data.get("description") or ""),
                     saved_at=str(data.get("saved_at") or ""))


def list_views(directory: Path | None = None) -> list[str]:
    """Names of the saved views, sorted."""
    folder = directory or views_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.json") if NAME_RE.match(p.stem))


def delete_view(name: str, directory: Path | None = None) -> None:
    path = view_path(name, directory)
    if path.exists():
        path.unlink()
