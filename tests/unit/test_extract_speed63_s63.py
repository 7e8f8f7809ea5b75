"""Session 63 (speed63): fewer Python calls per sentence and per new word, the same output.

- ``meeting_pronoun_co.has_he_and`` tests the sentence's key set for "and" and "he" / "she"
  before its loop over the tokens (a generator resumed per token, in every English sentence),
  and ``relations.run`` calls it for English sentences only: "where he and Y signed",
  "She and Y met", "He and Y last sat down together" still read; "he" and "and" apart, an
  Arabic sentence, and "he and Y" by phone still give no pair.
- ``relations.run`` makes ``carry_meeting``'s first test itself (a meeting read in the
  sentence before): "H received Y. The meeting was held at P. Z was also present" still
  gives Z both; after a visit and no meeting, nobody.
- First sight of a word: four tests over a token's stems made by one set operation in C
  instead of a generator: ``mentions._pass_bits`` (a given name or a kunya among the stems),
  ``arabic_names._ar_fuzzy`` (a stop word, common verb or noun, a title word, also one with
  «ال» before it: no misspelt name), ``title_phrase._may_title_ar`` and
  ``capitals_institutions.admin_head``; each gives the old generator's answer on the words of
  the lexicon's sets and their clitic forms.
- Fewer generators and lists on the way: ``_gaz_walk`` builds the candidate ids of an
  ambiguous one-word name once for the title-holder tests ("الرئيس الشرع" still al-Sharaa);
  ``honorific_alias_title`` keeps the words of a person's names per pair of names (the same
  words as before); ``of_state_holder`` compares the honorific's last word first ("Custodian
  of the Two Holy Mosques King Abdullah" still the Saudi king); ``_scan_chunk``,
  ``first_cands`` and ``_stem_words`` fill their tuples from a list comprehension.
"""

from __future__ import annotations

import pytest

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_names import _AR_NOT_MISSPELT, _NOT_MISSPELT_FORMS
from loaders.extract.capitals_institutions import AR_ADMIN_HEADS, admin_head
from loaders.extract.honorific_alias_title import _NOT_NAME, _words_of_names
from loaders.extract.mentions import _AR_KUNYA_WORDS, _GIVEN_OR_KUNYA
from loaders.extract.title_phrase import _may_title_ar
from loaders.extract.tokens import STEM, make_token
from loaders.textnorm import core_tokens, proclitic_splits
from tests.extract_support import met_sorted, sorted_pair

ERDOGAN = "person:recep-tayyip-erdogan"
PUTIN = "person:vladimir-putin"
BERRI = "person:nabih-berri"
BARRACK = "person:tom-barrack"
SUDANI = "person:mohammed-shia-al-sudani"
PEZESHKIAN = "person:masoud-pezeshkian"
MBAR = "person:mohammed-bin-abdulrahman-al-thani"


# --- "he / she and Y": the key-set test before the token loop ------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Erdogan flew to Sochi, where he and Russian President Vladimir Putin signed a memorandum.",
     (ERDOGAN, PUTIN)),
    ("U.S. envoy Tom Barrack arrived in Beirut on Thursday. He and Speaker Nabih Berri met for "
     "two hours in Ain el-Tineh.", (BARRACK, BERRI)),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani flew to Tehran on Monday. There he and "
     "President Masoud Pezeshkian held talks at the Saadabad Palace.", (SUDANI, PEZESHKIAN)),
])
def test_he_and_a_named_man_still_met(rules_only, text, pair):
    assert sorted_pair(*pair) in met_sorted(rules_only, text)


@pytest.mark.parametrize("text", [
    # "he" and "and" in the sentence, not together
    "Iraqi Prime Minister Mohammed Shia al-Sudani flew to Tehran on Monday. He said Iraq and "
    "President Masoud Pezeshkian's government would sign a memorandum.",
    # "he and Y" by phone
    "Iraqi Prime Minister Mohammed Shia al-Sudani flew to Tehran on Monday. He and President "
    "Masoud Pezeshkian spoke by phone on border security.",
])
def test_he_and_apart_or_by_phone_is_no_meeting(shipped, text):
    assert sorted_pair(SUDANI, PEZESHKIAN) not in met_sorted(shipped, text)


def test_an_arabic_sentence_is_not_read_as_he_and(shipped):
    text = ("وصل رئيس الوزراء العراقي محمد شياع السوداني إلى طهران. وقال إنه والرئيس مسعود "
            "بزشكيان سيبحثان أمن الحدود.")
    assert sorted_pair(SUDANI, PEZESHKIAN) not in met_sorted(shipped, text, "ar")


# --- the meeting of the sentence before, carried -------------------------------------------

def test_who_was_present_at_the_meeting_told_before_met_both(shipped):
    text = ("Emir Tamim received Hamas leader Khalil al-Hayya in Doha. The meeting was held at "
            "Lusail Palace. Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani was also "
            "present.")
    got = met_sorted(shipped, text)
    assert sorted_pair(MBAR, "person:khalil-al-hayya") in got
    assert sorted_pair(MBAR, "person:tamim-bin-hamad-al-thani") in got


def test_no_meeting_before_nothing_is_carried(shipped):
    text = ("Hamas leader Khalil al-Hayya arrived in Doha. The visit was short. Prime Minister "
            "Sheikh Mohammed bin Abdulrahman Al Thani was also present.")
    assert not met_sorted(shipped, text)


# --- first sight of a word: the set tests give the generators' answers ---------------------

def _words() -> list[str]:
    """Words of the lexicon's Arabic sets and given names, with and without clitics."""
    base = sorted(L.AR_TITLE_FIRST | L.AR_STOP | L.AR_COMMON_NOUNS | _AR_NOT_MISSPELT |
                  AR_ADMIN_HEADS | _AR_KUNYA_WORDS)[:400] + sorted(GN.ALL)[:150]
    out = []
    for w in base:
        out += [w, "و" + w, "ب" + w, "ل" + w, "وال" + w, "ال" + w, "بال" + w]
    return out + ["Qaani", "minister", "القائد", "قاآني", "بغداد", "الاجتماع"]


def test_the_set_tests_agree_with_the_generators():
    for w in _words():
        t = make_token(0, 0, w)
        stems = t.stems
        key = t.key
        old_given = any(st in GN.ALL or st in _AR_KUNYA_WORDS for _o, st in stems)
        assert (not _GIVEN_OR_KUNYA.isdisjoint(map(STEM, stems))) == old_given, w
        forms_ = [key] + [st for _o, st in stems] + [st for _n, st in proclitic_splits(key)]
        old_refused = any(f in L.AR_STOP or f in L.AR_COMMON_VERBS or f in L.AR_TITLE_FIRST or
                          f in L.AR_COMMON_NOUNS or ("ال" + f) in L.AR_TITLE_FIRST or
                          f in _AR_NOT_MISSPELT for f in forms_)
        assert (not _NOT_MISSPELT_FORMS.isdisjoint(forms_)) == old_refused, w
        old_title = any(st in L.AR_TITLE_FIRST for st in (key, *(x[1] for x in stems))) or \
            (key[:3] == "وال" and key[1:] in L.AR_TITLE_FIRST)
        assert _may_title_ar(key, stems) == old_title, w
        assert admin_head(stems) == any(st in AR_ADMIN_HEADS for _o, st in stems), w


def test_the_words_of_names_are_those_of_the_generator():
    for name, name_ar in (("Salman bin Abdulaziz Al Saud", "سلمان بن عبد العزيز آل سعود"),
                          ("Abdullah bin Abdulaziz", None), ("", "الشيخ تميم بن حمد آل ثاني")):
        old = frozenset(w for n in (name, name_ar) if n for w in core_tokens(n)
                        if w not in _NOT_NAME)
        assert _words_of_names(name, name_ar) == old


@pytest.mark.parametrize("text, lang, pair", [
    ("Custodian of the Two Holy Mosques King Abdullah received Palestinian President Mahmoud "
     "Abbas in Riyadh.", "en", ("person:abdullah-bin-abdulaziz", "person:mahmoud-abbas")),
    ("التقى الرئيس الشرع وزير الخارجية التركي هاكان فيدان في دمشق.", "ar",
     ("person:ahmed-al-sharaa", "person:hakan-fidan")),
])
def test_a_titled_ambiguous_name_is_still_the_titled_holder(rules_only, text, lang, pair):
    assert sorted_pair(*pair) in met_sorted(rules_only, text, lang)
