"""The blind sets' entity tables, merged in the order a set's builder names them."""

from importlib import import_module

_MODULES = {"KNOWN": "blind_entities", "EXTRA": "blind_entities_gl"}


# the tables of the blind sets of sessions 19-30, in the order session 31's tables merge them
TABLES_TO_SESSION_30 = ("fe", "fh", "fk", "fn", "fq", "ft", "fw", "fz", "gc", "gf", "gi", "gl2",
                        "go", "gr", "gu", "gx", "ha", "hd", "hg", "hj", "hm", "hp", "hs", "hv",
                        "hy", "ib", "ie", "ih", "ik", "in", "iq", "it", "iw", "iz", "jc", "jf",
                        "ji", "jl", "jo", "jr", "ju", "jx")
# ... and of session 31's (JY-KG), in the order session 32's tables merge them
TABLES_TO_SESSION_31 = (*TABLES_TO_SESSION_30, "ka", "kd", "kg")
# ... and of session 33's (KH-KP), for the next session's tables
TABLES_TO_SESSION_33 = (*TABLES_TO_SESSION_31, "kj", "km", "kp")
# ... and of session 34's (KQ-KY), for the next session's tables (KS and KY both define
# person:mousa-farhang, identically)
TABLES_TO_SESSION_34 = (*TABLES_TO_SESSION_33, "ks", "kv", "ky")
# ... and of session 42's (KZ-LE), for the next session's tables
TABLES_TO_SESSION_42 = (*TABLES_TO_SESSION_34, "la", "lc", "le")
# ... and of session 42's second set (LF-LK, built on the one above), for the next session's tables
TABLES_TO_SESSION_42B = (*TABLES_TO_SESSION_42, "lg", "li", "lk")
# ... and of session 43's (LL-LQ, each built on the one above), for the next session's tables
TABLES_TO_SESSION_43 = (*TABLES_TO_SESSION_42B, "lm", "lo", "lq")


def merged_all(codes: tuple[str, ...]) -> dict:
    """The ``ALL`` tables of blind_entities_<code> for *codes*, merged in order (a later one
    wins where two give the same id): what a new set's table builds its ``ALL`` on."""
    merged: dict = {}
    for code in codes:
        merged.update(import_module(f"blind_entities_{code}").ALL)
    return merged


def entity_table(*names: str) -> dict:
    """Merge the tables called *names* ("KNOWN", "EXTRA", "MP", "AX", ...: each the dict of
    its module blind_entities[_<name>]); a later table wins where two give the same id."""
    merged: dict = {}
    for name in names:
        module = _MODULES.get(name, f"blind_entities_{name.lower()}")
        merged.update(getattr(import_module(module), name))
    return merged
