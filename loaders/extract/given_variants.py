"""Turkish and Persian forms of common Muslim given names, and Russian ones written either way
(a general word list, no people).

Skeleton matching cannot join "Mehmet" (m-h-m-t) to "Mohammed" (m-h-m-d), "Ahmet" to
"Ahmed", "Recep" to "Rajab" or "Hüseyin" to "Hussein": the Turkish spelling writes another
consonant or vowel pattern for the same name. ``given_alternatives`` gives the other forms
of a folded Latin given name so that a known person's name not found as written is looked
up once more with the other form ("Mehmet Bagheri" -> Mohammad Bagheri, "Mohammed Simsek"
-> Mehmet Simsek).
"""

from __future__ import annotations

# each group: one name, the Arabic-side spelling first, then the Turkish / Persian forms
_GROUPS: tuple[tuple[str, ...], ...] = (
    ("mohammed", "mehmet", "mehmed", "muhammet"),
    ("ahmed", "ahmet"),
    ("hussein", "huseyin", "husseyin"),
    ("rajab", "recep", "rejep"),
    ("ismail", "ismayil", "esmaeil", "esmail", "ismayl"),
    ("yusuf", "yousef", "yusif", "youssef"),
    ("osman", "othman", "uthman"),
    ("jafar", "cafer", "jafer"),
    ("hamza", "hamze"),
    ("mahmoud", "mahmut"),
    ("khalil", "halil"),
    ("khaled", "halit"),
    ("hamid", "hamit"),
    ("murad", "murat"),
    ("ramadan", "ramazan"),
    # Russian given names as English writes them either way (session 29, names: "Aleksandr
    # Lavrentyev" is the known Alexander Lavrentiev)
    ("alexander", "aleksandr", "alexandr", "aleksander"),
    ("sergei", "sergey"),
    ("dmitry", "dmitri", "dmitriy"),
)

_ALTS: dict[str, tuple[str, ...]] = {
    w: tuple(x for x in g if x != w) for g in _GROUPS for w in g
}


def given_alternatives(tok: str) -> tuple[str, ...]:
    """The other forms of the folded Latin given name *tok* ("mehmet" -> "mohammed", ...)."""
    return _ALTS.get(tok, ())
