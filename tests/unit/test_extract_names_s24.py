"""People not found at all, session 24 (``names``). Our own sentences, not taken from any dev set.

- "الحاج" inside a name before a bare name word is the family-name particle (Hajj): "مهند الحاج
  علي"، "حسن الحاج حسن" (``arabic_name_span._hajj_goes_on``); the honorific before a name stays
  out of it ("الحاج محمد رعد").
- A name after a title and the body it serves in: "الباحث في مؤسسة القرن X Y إن"، "القيادية في
  وحدات حماية المرأة X Y مع" (``body_member_names_ar.title_body_names``); not ordinary words
  after the body ("أستاذ العلوم السياسية"), not the next member of a list.
- A nickname in quotes between the given and the family name is one person G S, the nickname
  his other name ('Rafael "El Gordo" Quintero'، "كارلوس «لانمو» جوزيف";
  ``quoted_nickname_names``); not a quoted phrase after a common word.
"""

from __future__ import annotations

import pytest

from tests.unit.test_extract_names3_s23c import _ids


def _mentions(ex, text: str, lang: str = "ar") -> set[str]:
    return {m for ms in _ids(ex, text, lang).values() for m in ms}


def _ends_before(ex, text: str, name: str, word: str) -> bool:
    """*name* is found, and no mention takes in *word* after it."""
    ms = _mentions(ex, text)
    return name in ms and not any(word in m for m in ms)


@pytest.mark.parametrize("text,name", [
    ("وقال الخبير رامي الحاج حسين إن الأزمة ستطول.", "رامي الحاج حسين"),
    ("التقى الرئيس عون النائب حسن الحاج حسن في بعبدا.", "حسن الحاج حسن"),
    ("واستقبل الوزير السفير صلاح الحاج أحمد في مكتبه.", "صلاح الحاج أحمد"),
])
def test_hajj_inside_name(ex, text: str, name: str) -> None:
    assert name in _mentions(ex, text)


def test_hajj_honorific_before_name(ex) -> None:
    ms = _mentions(ex, "والتقى الحاج محمد رعد الرئيس عون في بعبدا.")
    assert "محمد رعد" in ms
    assert not any("الحاج" in m for m in ms)


@pytest.mark.parametrize("text,name", [
    ("وقال الباحث في مؤسسة الأفق دارا كوران إن المفاوضات متعثرة.", "دارا كوران"),
    ("وقال المحلل في معهد الدراسات الاستراتيجية نوزاد هركي إن التصعيد متوقع.", "نوزاد هركي"),
    ("قُتلت القيادية في وحدات حماية الشعب روجدا آمد مع مقاتلين آخرين.", "روجدا آمد"),
    ("واختفى الموظف في جهاز الأمن الوطني سيبان تهليل عرب، وقال الجهاز إنه خُطف.",
     "سيبان تهليل عرب"),
    ("والتقى الوزير مدير إدارة أفريقيا في البنك الدولي كوامي أودونغو.", "كوامي أودونغو"),
    ("وقال عضو المكتب السياسي في الحزب الديمقراطي هيمن هورامي إن الحوار مستمر.",
     "هيمن هورامي"),
])
def test_name_after_title_and_body(ex, text: str, name: str) -> None:
    assert name in _mentions(ex, text)


@pytest.mark.parametrize("text,word", [
    ("وقال الباحث في مركز الدراسات الاستراتيجية أستاذ العلوم السياسية إن الوضع خطير.",
     "أستاذ"),
    ("وقال المسؤول في وزارة الخارجية الأمريكية إن الوضع خطير.", "الأمريكية"),
    ("وقال المتحدث في البيان الرسمي اليوم إن الوفد وصل.", "الرسمي"),
])
def test_no_name_after_body(ex, text: str, word: str) -> None:
    assert not any(word in m for m in _mentions(ex, text))


def test_next_list_member_not_joined(ex) -> None:
    text = "وقُتل القياديان في الحركة سامح السراج وسامي عودة في الغارة."
    assert not any(m.startswith("وسامي") for m in _mentions(ex, text))


@pytest.mark.parametrize("text,lang,name,eid", [
    ('Cartel boss Rafael "El Gordo" Quintero was arrested in Sonora.', "en",
     'Rafael "El Gordo" Quintero', "person:rafael-quintero"),
    ("Gang chief Wilson “Lanmo” Joseph said he would not disarm.", "en",
     "Wilson “Lanmo” Joseph", "person:wilson-joseph"),
    ('وأُوقف رافائيل "إل غوردو" كينتيرو في سونورا.', "ar", 'رافائيل "إل غوردو" كينتيرو', None),
    ("وقال زعيم العصابة كارلوس «لانمو» جوزيف إنه لن يلقي السلاح.", "ar",
     "كارلوس «لانمو» جوزيف", None),
])
def test_quoted_nickname_inside_name(ex, text: str, lang: str, name: str, eid) -> None:
    ids = _ids(ex, text, lang)
    assert name in {m for ms in ids.values() for m in ms}
    if eid:
        assert eid in ids


def test_quoted_nickname_later_alone(ex) -> None:
    text = 'Police named Rafael "El Gordo" Quintero as the leader. El Gordo denied it.'
    ids = _ids(ex, text, "en")
    assert "El Gordo" in ids.get("person:rafael-quintero", [])


@pytest.mark.parametrize("text,lang", [
    ('Rebels backed by the so-called "Moderate" Front took the town.', "en"),
    ("وأطلقت حماس عملية «طوفان الأقصى» في السابع من أكتوبر.", "ar"),
    ("وقال محمد «إن الحرب طويلة» أمس.", "ar"),
])
def test_no_quoted_nickname(ex, text: str, lang: str) -> None:
    assert not any("«" in m or '"' in m for m in _mentions(ex, text, lang))


@pytest.mark.parametrize("text,name,word", [
    ("واكتفى وزير الخارجية التونسي يوسف زرقان باتصال هاتفي مع نظيره.", "يوسف زرقان", "باتصال"),
    ("ورحب الرئيس الموريتاني محمد ولد الغزواني باتفاق وقف النار.", "محمد ولد الغزواني",
     "باتفاق"),
    ("وردّ المتحدث سامي أبو زهري باتهام إسرائيل بعرقلة المفاوضات.", "سامي أبو زهري", "باتهام"),
])
def test_preposition_and_assimilated_masdar_end_name(ex, text: str, name: str, word: str) -> None:
    assert _ends_before(ex, text, name, word)


@pytest.mark.parametrize("text,name,word", [
    ("وحضر وزير الدفاع نور الدين قاسمي وشقيق نصر الدين رباني المراسم.", "نور الدين قاسمي",
     "وشقيق"),
    ("واستقبل الرئيس عمر البشير ونجل عبد الله يوسف في القصر.", "عمر البشير", "ونجل"),
    ("والتقى المبعوث حسين عبد اللهي وأرملة أحمد شاه مسعود في كابل.", "حسين عبد اللهي",
     "وأرملة"),
])
def test_kin_noun_not_joined_to_names(ex, text: str, name: str, word: str) -> None:
    assert _ends_before(ex, text, name, word)


def test_founder_apposition_ends_name(ex) -> None:
    ms = _mentions(ex, "ونعى الحزب شمس الدين حقاني مؤسس الحركة الذي توفي أمس.")
    assert not any("مؤسس" in m for m in ms)


def test_given_name_with_waw_still_joins(ex) -> None:
    assert "محمد وليد الخطيب" in _mentions(ex, "وقال الوزير محمد وليد الخطيب إن الحكومة ستصمد.")



def test_headline_family_names_before_full_names(ex) -> None:
    text = ("الوزير كوران يلتقي الدبيبة في طرابلس\n"
            "التقى وزير الخارجية التركي يوسف كوران رئيس الحكومة الليبية عبد الحميد الدبيبة أمس.")
    ids = _ids(ex, text)
    assert any(ms == ["الدبيبة", "عبد الحميد الدبيبة"] for ms in ids.values())
    assert any(ms == ["كوران", "يوسف كوران"] for ms in ids.values())


def test_headline_given_name_alone_is_nobody(ex) -> None:
    # a usual given name as the family name: "حسين" alone is not Fuad Hussein
    ids = _ids(ex, "حسين يصل إلى بغداد\nووصل وزير الخارجية فؤاد حسين إلى بغداد أمس.")
    assert not any("حسين" in ms for ms in ids.values())


def test_body_word_before_full_name_is_nobody(ex) -> None:
    # only the headline: "كوران" in the body before the full name is left alone
    ids = _ids(ex, "زيارة إلى طرابلس\nوقال مصدر إن كوران وصل أمس.\n"
                   "والتقى وزير الخارجية التركي يوسف كوران رئيس الحكومة الليبية.")
    assert not any("كوران" in ms for ms in ids.values())
