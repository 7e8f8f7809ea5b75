"""Helpers for the tests of the garbage-collector settings (``loaders.writer.bulk_gc``):
is an object frozen, a garbage cycle one can watch die."""

from __future__ import annotations

import gc
import weakref


class Node:
    """A weak-referenceable object that can sit in a reference cycle."""

    other: object = None


def garbage_cycle() -> weakref.ref[Node]:
    """Two objects in a reference cycle, garbage once returned; a weak reference to one.

    Reference counting never frees them: only a collection that scans them does (the weak
    reference then answers None)."""
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def is_frozen(obj: object) -> bool:
    """In the collector's permanent generation (``gc.freeze``): tracked, yet in no generation
    that a collection scans."""
    return gc.is_tracked(obj) and not any(o is obj for o in gc.get_objects())
