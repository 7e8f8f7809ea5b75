"""A known person's one-word Arabic name that the gazetteer writes only with the article
("الصدر" for Muqtada al-Sadr, "الشرع" for Ahmed al-Sharaa, "الأسد") is no name when the text
writes that word bare: "الذي صدر قرار تعيينه" (a decree "was issued"), "شرع في" ("began"),
"أسد" (a lion). An Arabic family name of that kind is definite; the bare word is a verb or a
common noun. A proclitic before the bare word ("وصدر", "فشرع") does not make it a name either;
the article after one ("والصدر", "للصدر", "بالصدر") does.

Used by ``known_names._gaz_walk`` for a match of one word. Only people's names, and only
stems no known entity lists in one word without the article (then the bare word may be that
name)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.gazetteer_entry import alias_tokens
from loaders.textnorm import is_arabic, normalize

if TYPE_CHECKING:
    from loaders.extract.gazetteer import Gazetteer
    from loaders.extract.tokens import Tok


def article_only_stems(gaz: Gazetteer) -> frozenset[str]:
    """Bare stems of the one-word Arabic names of known people that are written with the
    article and that no known entity writes in one word without it (built once per
    gazetteer)."""
    got = gaz.token_facts.get("article_only_ar")
    if got is None:
        with_article: set[str] = set()
        bare: set[str] = set()
        for e in gaz.entries.values():
            for n in e.all_names():
                if not is_arabic(n):
                    continue
                toks = alias_tokens(n)[0]
                if len(toks) != 1:
                    continue
                words = normalize(n).split()
                if e.type == "Person" and len(words) == 1 and words[0].startswith("ال"):
                    with_article.add(toks[0])
                else:
                    bare.add(toks[0])
        got = frozenset(with_article - bare)
        gaz.token_facts["article_only_ar"] = got
    return got


def bare_article_name(gaz: Gazetteer, t: Tok, off: int, stem: str) -> bool:
    """Is Arabic token *t*, read as proclitic (*off* letters) + *stem*, a bare word whose
    stem is known only as a person's name with the article (so: no name here)?"""
    return len(t.key) - off == len(stem) and stem in article_only_stems(gaz)
