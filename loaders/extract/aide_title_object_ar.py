"""Arabic: a meeting's object written as an aide's title whose possessor is a body's head, and
the aide's name after it: «استقبل X المنسق الخاص للأمين العام للأمم المتحدة Y»، «المستشار
الخاص للأمين العام ... Y». The title alone («المنسق الخاص»، its role tied to the body) may be
read as that body's head (the Secretary-General named in the headline), so the guest would be
the head. The guest is the person named right after the title when the title's possessor
(«لل...») follows it at once: a named person mention starting at most ``_REACH`` tokens after
the title's end, with no punctuation and no و-word between («رئيس مجلس الشورى ورئيس الوزراء Y»,
«قائد الجيش في حضور الوزير Y» are two people). Read only for an Arabic object mention of
kind ``desc``."""

from __future__ import annotations

from typing import Any

_REACH = 6  # tokens between the title's end and the name ("للأمين العام للأمم المتحدة")


def aide_named_after_ar(sr: Any, o: Any) -> Any:
    """The named person *o*'s title belongs to (see the module docstring), else None."""
    if o.kind != "desc" or o.etype != "Person":
        return None
    toks = sr.toks
    if o.hi >= sr.hi or not toks[o.hi].text.startswith("لل"):
        return None  # the title's possessor must follow it: «المنسق الخاص للأمين العام»
    for m in sr.args:
        if m.etype != "Person" or m.kind != "name" or m.eid == o.eid or not o.hi <= m.lo <= o.hi + _REACH:
            continue
        start = m.tlo if 0 <= m.tlo < m.lo and m.tlo >= o.hi else m.lo
        if any(toks[x].punct or toks[x].key == "و" or toks[x].key[:1] == "و" and toks[x].ar
               for x in range(o.hi, start)):
            return None
        if m.prefix.lstrip("وف")[:1] in ("ب", "ل"):
            return None
        return m
    return None
