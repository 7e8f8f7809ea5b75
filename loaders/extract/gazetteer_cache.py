"""A disk cache of the built gazetteer, so an extractor starts in a fraction of a second.

Building the ``Gazetteer`` (YAML parsing, then the name, skeleton and phonetic indexes of
about 3,300 entries since session 43's regional files) takes a few seconds of CPU per process; unpickling the built object takes a
few hundredths. The pickle is kept in ``loaders/extract/__pycache__/`` (beside the YAML files,
where Python keeps its own byte code; git ignores it) under a name made of a SHA-256 key of
everything the build reads:

- the paths and the bytes of every gazetteer file and of ``names.yaml``;
- the source of ``loaders/textnorm.py`` and of every ``loaders/extract/*.py`` (the indexes
  are made by the tokenizer and the normalisers: a change of code rebuilds);
- the Python version, PyYAML's and pyarabic's module files, and this module's format number.

A stale, unreadable or corrupt file is ignored (the gazetteer is built and the file written
again); it is written to a temporary file and renamed, so a reader never sees half a file;
a folder that cannot be written is skipped silently. ``$NEWSGRAPH_GAZETTEER_CACHE`` names
another folder, or switches the cache off with ``0`` / ``off``.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

CACHE_ENV = "NEWSGRAPH_GAZETTEER_CACHE"
FORMAT = 2  # raise when the pickled layout changes without a source change
KEEP = 4  # cache files kept per folder (one per combination of gazetteer files)
_HERE = Path(__file__).resolve().parent
_PREFIX = "gazetteer-"

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The folder of the cache files, or ``None`` when the cache is switched off."""
    env = os.environ.get(CACHE_ENV, "").strip()
    if env.lower() in ("0", "off", "no", "false"):
        return None
    return Path(env) if env else _HERE / "__pycache__"


def _code_files() -> list[Path]:
    """The sources the build depends on (sorted: the key does not depend on listing order)."""
    return [*sorted(_HERE.glob("*.py")), _HERE.parent / "textnorm.py"]


def _library_files() -> list[Path]:
    """The modules of the libraries the build uses (PyYAML's and pyarabic's, whose
    character tables the normalisers read): an upgrade rebuilds."""
    out = []
    for name in ("yaml", "pyarabic.araby"):
        mod = sys.modules.get(name)
        f = getattr(mod, "__file__", None)
        if f:
            out.append(Path(f))
    return out


def cache_key(data_files: list[Path]) -> str:
    """SHA-256 of the data files (path and bytes; a missing file counts as such), the code
    of the extractor and the Python version."""
    h = hashlib.sha256(f"{FORMAT}|{sys.version}|{pickle.HIGHEST_PROTOCOL}".encode())
    for p in [*data_files, *_code_files(), *_library_files()]:
        h.update(b"\0" + str(p).encode("utf-8", "surrogateescape") + b"\0")
        try:
            h.update(p.read_bytes())
        except OSError:
            h.update(b"<missing>")
    return h.hexdigest()


def _read(path: Path, key: str, kind: type[T]) -> T | None:
    """The object stored under *key* at *path*, or ``None`` (absent, stale or corrupt)."""
    try:
        with path.open("rb") as fh:
            stored_key, obj = pickle.load(fh)
    except Exception:  # noqa: BLE001 (a corrupt or foreign file is only a cache miss)
        return None
    return obj if stored_key == key and isinstance(obj, kind) else None


def _write(folder: Path, path: Path, data: bytes) -> None:
    """Write atomically (temporary file + rename); drop the oldest files beyond ``KEEP``."""
    tmp: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-" + _PREFIX, dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)  # (mkstemp's 0600 would hide it from other users of the install)
        os.replace(tmp, path)
        tmp = None
        old = sorted(folder.glob(_PREFIX + "*.pickle"), key=_mtime, reverse=True)
        for stale in old[KEEP:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass  # (a read-only install: no cache, the build is used as is)
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _mtime(p: Path) -> float:
    try:
        return p.stat().st_mtime
    except OSError:
        return 0.0


def cached(data_files: list[Path], kind: type[T], build: Callable[[], T]) -> T:
    """The object *build* makes from *data_files*, read from the disk cache when it holds
    one made from the same files and code, else built and stored."""
    folder = cache_dir()
    if folder is None:
        return build()
    key = cache_key(data_files)
    path = folder / f"{_PREFIX}{key[:32]}.pickle"
    obj = _read(path, key, kind)
    if obj is None:
        obj = build()
        try:
            data = pickle.dumps((key, obj), protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, RecursionError):
            return obj
        _write(folder, path, data)
        # pickling made the built object's attribute dicts plain dicts (slower attribute
        # reads, see gazetteer_entry._set_attributes); the copy read back has the compact layout
        obj = pickle.loads(data)[1]
    return obj
