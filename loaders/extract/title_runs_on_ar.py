"""An Arabic definite title that runs on to a name is that name's title (session 44, coref).

"بحضور القيادي في الحزب النائب X", "المنسقة الخاصة للأمم المتحدة في لبنان X", "بحضور السكرتير
المشترك المسؤول عن ملف ... في الخارجية الهندية X": the title word, its adjectives, a body and
a second title all belong to X, the name they run on to with no comma between; the title is
no description of someone the article named before (a woman named earlier for "المنسقة", the
party's known leader for "القيادي في الحزب"). ``appositive_names.qualified_name_after_ar``
reads the plain "title في ... X"; this reads the longer run (adjectives, bodies, a second
title or honorific). Not after a verb or a day word: "التقى الوزير الإيراني في بيروت X" /
"استقبل الرئيس السفير X" are a subject and the verb's object."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.appositive_names import _person_name_at
from loaders.extract.coref_offices import _ar_title_word
from loaders.extract.meeting_attend_forms import _AR_HONORIFICS

_SPAN = 12  # tokens between the title word's phrase and the name
_LINKS = L._ar("في", "عن", "لدى", "إلى", "الى")  # "في الحزب", "المسؤول عن ملف", "لدى العراق",
# "المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن X" (session 58)
_VERBS = L.AR_MEET | L.AR_RECEIVE_VERBS | L.AR_COMMON_VERBS
_DAYS = L.AR_WEEKDAYS | L._ar("أمس", "اليوم", "الآن")
_GENERAL = L._ar("العام", "العامة")
_CLAUSE_STARTS = L._ar("الذي", "التي", "الذين")  # a relative clause: no adjective of the title
# an indefinite word right after "في / عن / لدى" that still names the holder's field: the head
# of a body ("القيادي في حزب ...") or a portfolio ("المسؤول عن ملف ..."); not "في ضيافة" /
# "في مكتب": a place or a host, the title after it someone else's
_LINK_HEADS = L.AR_ORG_HEADS | L._ar("ملف", "شؤون")


def title_runs_to_name_ar(doc: Any, covered: dict[int, Any], k: int, end: int,
                          lo: int, hi: int) -> int:
    """Where the name starts when the definite Arabic title at *k* (its phrase ending at
    *end*) goes on, with no punctuation, through adjectives, bodies, at least one "في / عن /
    لدى ..." and further titles to a person's name; -1 when it does not, or when a verb, a day word
    or a relative pronoun stands right before the title (the title may be a clause's subject
    there). Right after the link an indefinite word must head a body or a portfolio ("في حزب",
    "عن ملف"): "الوزير الإيراني في ضيافة الرئيس اللبناني X" gives X no title of the minister's."""
    toks = doc.toks
    if end >= hi or (k > lo and (toks[k - 1].key in _VERBS or toks[k - 1].key in _DAYS or
                                 toks[k - 1].key in _CLAUSE_STARTS)):
        return -1
    y = end
    after_link = linked = False
    while y < min(hi, end + _SPAN):
        t = toks[y]
        m = covered.get(y)
        if y > end and linked and not after_link and _person_name_at(doc, covered, y, hi):
            return y
        if t.punct or not t.ar:
            return -1
        if m is not None:
            if m.etype == "Person":
                return -1
            y, after_link = max(y + 1, m.hi), False  # a body or a place: skip it whole
            continue
        key = t.key
        if key in _LINKS:
            y, after_link, linked = y + 1, True, True
            continue
        if key in _GENERAL and y > end and toks[y - 1].key.startswith(("لل", "ال")):
            y, after_link = y + 1, False  # "للأمين العام": the Secretary-General (s58)
            continue
        if key in L.AR_STOP or key in L.AR_MEET_NOUNS or t.text[0] == "و" and \
                _ar_title_word(key, t.text, t.stems):
            return -1  # "في حضور X", "في اللقاء", "ومنسق البيت الأبيض": no run to a name
        if t.text.endswith(("ه", "ها")) and not key.startswith("ال"):
            return -1  # "في مكتبه X": a place of someone's, X is no holder of the title
        if after_link and key in _LINK_HEADS or key in _AR_HONORIFICS or \
                _ar_title_word(key, t.text, t.stems) or (
                key.startswith("ال") and key not in _DAYS and key not in _CLAUSE_STARTS) or \
                key.startswith("لل") and len(key) > 4:
            y, after_link = y + 1, False  # "عن ملف", a title, "الخاصة", "للأمين" (s58)
            continue
        return -1
    return -1
