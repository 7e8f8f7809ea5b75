"""Arabic: a person named as the genitive of another's title ("كبير مستشاري المرشد الإيراني علي
خامنئي، الدكتور علي لاريجاني، ..."): the title's holder is the name set off after the comma,
not the person the title is of. Asked by the meeting rules before they take a comma list of
subjects: "وصل مستشار المرشد X، Y، ...، حيث التقى Z" is Y-Z, not X-Z (session 26)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

# head nouns of a title whose complement is a person or his office ("advisor / envoy /
# representative / deputy / aide of the Leader X")
_AR_OF_HEADS = L._ar("مستشار", "مستشاري", "المستشار", "مستشارة", "مبعوث", "المبعوث", "موفد",
                     "الموفد", "ممثل", "الممثل", "مساعد", "المساعد", "معاون", "المعاون")


def title_genitive_ar(sr: Any, m: Any) -> bool:
    """Is the person mention *m* the genitive of a title head (before or opening its title,
    not right before the name), and followed by a comma and another person (the head's
    holder, set off by commas)?"""
    s = min(title_start(m), m.lo)
    if not any(sr.f(y) & _AR_OF_HEADS and (sr.key(y + 1).startswith("ال") or
                                            sr.key(y + 1) in L.AR_TITLE_FIRST)
               for y in range(max(sr.lo, s - 2), s + 1)):
        return False  # (not "المستشار X، Y": a head right before a name is his own title)
    if m.hi >= sr.hi or sr.toks[m.hi].text not in ("،", ","):
        return False
    nxt = sr.after(m.hi + 1, types=("Person",), maxgap=2)
    return nxt is not None and nxt.eid != m.eid
