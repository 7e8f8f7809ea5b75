"""The blind sets' entity tables, merged in the order a set's builder names them."""

from importlib import import_module

_MODULES = {"KNOWN": "blind_entities", "EXTRA": "blind_entities_gl"}


def entity_table(*names: str) -> dict:
    """Merge the tables called *names* ("KNOWN", "EXTRA", "MP", "AX", ...: each the dict of
    its module blind_entities[_<name>]); a later table wins where two give the same id."""
    merged: dict = {}
    for name in names:
        module = _MODULES.get(name, f"blind_entities_{name.lower()}")
        merged.update(getattr(import_module(module), name))
    return merged
