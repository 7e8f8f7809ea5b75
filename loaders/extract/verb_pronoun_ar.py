"""A past verb with an object pronoun after a name ends the name (session 23, third round):
"استقبل X مايكل لانغلي وشكره على ..."، "التقى X جون سميث ومنحه وساماً"، "... ثم أبلغها":
the word is a verb of the lexicon (or of a few verbs taking a person as object: شكر، منح،
سلّم، قلّد، كرّم، هنّأ; and the verbs of an attack's relative clause, نفّذ، شنّ، ارتكب: "بتفجير
نفذه X") + ه / ها / هما / هم, alone or after و / ف, written with a final ه
(not the ة of names: "جمعة"، "بركة"), so it is no name word. Known name words and usual
given names stay names ("عبده"، "زاده" is no زاد + ه when the gazetteer knows it)."""

from __future__ import annotations

from loaders.extract import lexicon as L

# verbs taking a person as object that the common-verb list lacks
_PERSON_OBJECT_VERBS = L._ar("شكر", "منح", "سلم", "قلد", "كرم", "هنأ", "عرض", "طمأن",
                             "أهدى", "حمل", "وعد", "طلب", "سأل", "صافح", "عانق", "ودع")
# verbs of a relative clause on an attack, whose object pronoun is the attack: "بتفجير نفذه
# Y"، "في هجوم شنه Y"، "بعملية تبناها Y" (session 56: no person "Nafdhah Salim Ayyash")
_DEED_VERBS = L._ar("نفذ", "شن", "ارتكب", "دبر", "تبنى", "أطلق", "اطلق")
_PRONOUNS = ("هما", "هم", "ها", "ه")


def _verb_key(stem: str) -> bool:
    if stem[-1:] == "ت" and len(stem) >= 4 and _verb_key(stem[:-1]):
        return True  # the feminine past: "شكرته"، "أبلغتها"
    if stem in L.AR_COMMON_VERBS or stem in _PERSON_OBJECT_VERBS or stem in _DEED_VERBS:
        return True
    # "دعاه"، "أهداه"، "تبناه": the final ى of the verb is written ا before the pronoun
    return stem[-1:] == "ا" and ((stem[:-1] + "ي") in _PERSON_OBJECT_VERBS or
                                 (stem[:-1] + "ي") in _DEED_VERBS)


def verb_with_pronoun(raw: str, key: str) -> bool:
    """Is the word (*raw* as written, *key* folded) a past verb + an object pronoun?"""
    if raw[-1:] != "ه" and not raw.endswith(("ها", "هم", "هما")):
        return False  # (a final ة is a name's: "حمزة"، "جمعة")
    for pron in _PRONOUNS:
        if not key.endswith(pron):
            continue
        stem = key[: -len(pron)]
        if len(stem) >= 3 and _verb_key(stem):
            return True
        if stem[:1] in ("و", "ف") and len(stem) >= 4 and _verb_key(stem[1:]):
            return True
    return False
