"""People not found or not joined to their list, session 25 second round (``names2``). Our
own sentences, not taken from any dev set.

- A title held under another title ends no list of attendees or partners: "بحضور وزير
  الخارجية X ومستشار رئيس الوزراء Y" (the mention's title starts at the inner title; the head
  in construct before it is its title too: ``chain_members_ar.title_of_title_ar``); not a
  definite word before the title ("والرئيس" opens its own title), not an ordinary word.
- A known person's family name right before two more capitalised words is the first word of
  another name: "Abiy Ahmed ... his Somali counterpart Ahmed Moalim Fiqi" (was Abiy Ahmed and
  "Moalim Fiqi"; ``relative_names_en.family_before_longer_name``); not before one word or a
  day ("met Ahmed on Tuesday", "met Ahmed Monday Morning").
- Arabic, the same: a known person's family name as the middle word of a new name goes on
  with one more bare name word ("محافظ الحديدة محمد عياش قحيم" was "محمد عياش", عياش being
  Yahya Ayyash's; ``family_goes_on_ar``); not a given name (another person), a verb, a
  common noun, "إن" or a word that opens a known name.
"""

from __future__ import annotations

import pytest

from tests.extract_support import met_pairs


def _met(ex, text: str, lang: str = "ar") -> set[frozenset[str]]:
    return met_pairs(ex.extract(text, lang=lang))


def _surfaces(ex, text: str) -> set[str]:
    """The surfaces of the Arabic *text*'s people."""
    doc = ex.extract(text, lang="ar")
    return {text[a:b] for e in doc["entities"] if e["type"] == "Person"
            for a, b in e.get("mentions") or []}


def _persons(ex, text: str, lang: str = "ar") -> set[str]:
    return {e["id"] for e in ex.extract(text, lang=lang)["entities"] if e["type"] == "Person"}


@pytest.mark.parametrize("outer", ["ومستشار رئيس الوزراء", "ومدير مكتب رئيس الجمهورية",
                                   "ومساعد وزير الخارجية", "ومبعوث الرئيس",
                                   "ورئيس ديوان رئيس الجمهورية"])
def test_title_of_a_title_goes_on_with_the_attendees(ex, outer: str) -> None:
    text = ("استقبل الرئيس عبد الفتاح السيسي الرئيس الإيراني إبراهيم رئيسي، بحضور وزير "
            f"الخارجية سامح شكري {outer} عباس كامل، في القاهرة.")
    met = _met(ex, text)
    assert frozenset(("person:ebrahim-raisi", "person:abbas-kamel")) in met
    assert frozenset(("person:abdel-fattah-el-sisi", "person:abbas-kamel")) in met


def test_title_of_a_title_in_a_met_list(ex) -> None:
    text = ("وزار الوفد القاهرة، والتقى الرئيس عبد الفتاح السيسي وزير الخارجية التركي هاكان "
            "فيدان ومستشار الرئيس التركي عاكف تشاغطاي قليج.")
    met = _met(ex, text)
    others = _persons(ex, text) - {"person:abdel-fattah-el-sisi", "person:hakan-fidan"}
    assert any(frozenset(("person:abdel-fattah-el-sisi", o)) in met for o in others)


def test_an_ordinary_word_before_the_title_ends_the_list(ex) -> None:
    text = ("استقبل الرئيس عبد الفتاح السيسي الرئيس الإيراني إبراهيم رئيسي، بحضور وزير "
            "الخارجية سامح شكري، وانتقد منتقدو رئيس الوزراء عباس كامل القرار.")
    assert frozenset(("person:ebrahim-raisi", "person:abbas-kamel")) not in _met(ex, text)


# - Given names the lists lacked: women's names ("ميساء صابرين" after a passive verb, no
#   title), Turkish ones as Arabic outlets write them ("تولاي حاتم أوغولاري": the unknown given
#   name before a usual one no longer leaves "حاتم أوغولاري"); not the verbs هدى / منى.
@pytest.mark.parametrize("text,name", [
    ("عُيّنت ميساء الحلبي مديرةً للمصرف خلفاً لسمير حداد.", "ميساء الحلبي"),
    ("وعُيّنت لبنى القاسمي وزيرةً للتنمية.", "لبنى القاسمي"),
    ("وانتُخبت تولاي أوزتورك رئيسةً مشاركة للحزب.", "تولاي أوزتورك"),
    ("وانتُخبت تولاي حاتم أوغلو رئيسةً مشاركة للحزب.", "تولاي حاتم أوغلو"),
    ("وانتُخب تونجر باكيرهان رئيساً مشاركاً للحزب.", "تونجر باكيرهان"),
])
def test_given_names_the_lists_lacked(ex, text: str, name: str) -> None:
    assert name in _surfaces(ex, text)


@pytest.mark.parametrize("text", ["هدى الله الجميع إلى الخير.",
                                  "وقد مني الجيش بخسائر كبيرة.",
                                  "وفتحت ممرات آمنة لإجلاء المدنيين."])
def test_verbs_are_no_given_names(ex, text: str) -> None:
    assert not _persons(ex, text)


@pytest.mark.parametrize("text", [
    "Prime Minister Sahle Tesfaye flew to Ankara. Hakan Fidan later met his Somali counterpart "
    "Tesfaye Abdi Warsame at the ministry.",
    "Sahle Tesfaye arrived in Ankara, where Hakan Fidan received Tesfaye Abdi Warsame.",
])
def test_family_name_before_a_longer_name(ex, text: str) -> None:
    ids = _persons(ex, text, "en")
    assert any(i.endswith("tesfaye-abdi-warsame") for i in ids)


@pytest.mark.parametrize("text", [
    "Sahle Tesfaye arrived in Ankara. Erdogan met Tesfaye on Tuesday.",
    "Sahle Tesfaye arrived in Ankara. Erdogan met Tesfaye Monday Morning.",
    "Sahle Tesfaye arrived in Ankara. Erdogan met Tesfaye and Fidan.",
])
def test_family_name_alone_stays_the_person(ex, text: str) -> None:
    met = _met(ex, text, "en")
    assert frozenset(("person:sahle-tesfaye", "person:recep-tayyip-erdogan")) in met


@pytest.mark.parametrize("text,name", [
    ("التقى المحافظ محمد عياش قحيم في الحديدة.", "محمد عياش قحيم"),
    ("واستمع الوزير، وبرفقته المحافظ سالم عياش الشرماني، إلى شرح عن الأضرار.",
     "سالم عياش الشرماني"),
    # negatives: the name ends at the known family name
    ("وقال محمد عياش إن اللقاء كان مثمراً.", "محمد عياش"),
    ("التقى محمد عياش وفداً من الحكومة.", "محمد عياش"),
    ("التقى المحافظ محمد عياش حسين الزبيدي في الحديدة.", "محمد عياش"),
])
def test_a_name_goes_on_past_a_known_family_name(ex, text: str, name: str) -> None:
    assert name in _surfaces(ex, text)
