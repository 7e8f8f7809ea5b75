"""Session 20 (Arabic people the gazetteer does not know). Our own sentences and names, not
taken from any dev set.

- ``foreign_names_ar``: a run of name words with a foreign surname ending (ـوف، ـيف، ـيان،
  ـشفيلي، ـينكو ...) or a word of many long vowels is a new person, without a title or a usual
  Arabic given name ("خلفاً لسورونباي جينبيكوف"، "التقى ألكسندر لوكاشينكو ... نظيره يوري
  موسيفيني"). Negatives: Arabic words of those endings (معروف، التكاليف، المصاريف), plurals
  and duals of nisbas (دبلوماسيين، عسكريان), Arabic pattern words (صواريخ، صاروخان، تستضيف),
  places after a preposition ("إلى أوغادوغو").
"""

import pytest

from tests.extract_support import MW, SO, assert_relations, person_surfaces

# (ids as foreign_latin spells the Arabic names since session 21)
JAPAROV, JEENBEKOV = "person:sadir-jebarov", "person:surunbai-jinbikov"
AVINYAN, KARAPETYAN = "person:tigran-afinisyan", "person:karine-karaptyan"
LUKASHENKO, MUSEVENI = "person:alexander-lukashenko", "person:yoweri-museveni"
REZNIKOV, UMEROV = "person:oliksi-riznikov", "person:rostam-amruf"

# (name, text, must, must_not)
CASES = [
 ("successor_glued_l", "وأدى سادير جباروف اليمين رئيساً لقرغيزستان خلفاً لسورونباي جينبيكوف في "
  "يناير.", [SO(JAPAROV, JEENBEKOV)], []),
 ("armenian_yan", "وكان البرلمان قد اختار تيغران أفينيسيان خلفاً لكارين كاراپتيان.",
  [SO(AVINYAN, KARAPETYAN)], []),
 ("met_counterpart", "والتقى ألكسندر لوكاشينكو في مينسك نظيره يوري موسيفيني.",
  [MW(LUKASHENKO, MUSEVENI)], []),
 ("successor_first", "خلفاً لأوليكسي ريزنيكوف عيّن الرئيس رستم عمروف وزيراً للدفاع.",
  [SO(UMEROV, REZNIKOV)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_foreign_names_ar(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)


@pytest.mark.parametrize("text", [
    "وقال إن التكاليف معروف حجمها وإن المصاريف كبيرة.",
    "وبحث الوزير مع دبلوماسيين إيرانيين ومسؤولين عسكريين سبل التعاون.",
    "ووصل الوفد إلى كيغالي ثم إلى أوغادوغو في جولة.",
    "وشارك عسكريان أمريكيان وسياسيان عراقيان في الاجتماع.",
    "ووقّع الطرفان اتفاق استئناف العلاقات قبل أواخر العام بأيام.",
    "وسقط صاروخان قرب المطار بعد هجمات بصواريخ على القاعدة.",
    "وتستضيف العاصمة قمة إقليمية الأسبوع المقبل.",
    "وأصاب صاروخ كاتيوشا محيط المطار ليلاً."])
def test_no_foreign_person(ex, text) -> None:
    """Arabic words that only look foreign by an ending or their vowels name nobody."""
    doc = ex.extract(text, lang="ar")
    assert not [e["id"] for e in doc["entities"] if e["type"] == "Person"]


@pytest.mark.parametrize("text,surface", [
    ("وكان الرئيس الأوغندي يوري موسيفيني واعتبر أن الاتفاق ناقص.", "يوري موسيفيني"),
    ("وكلّف الرئيس رئيسَ الوزراء أكيلبيك جاباروف بمهام الرئاسة مؤقتاً.", "أكيلبيك جاباروف"),
    ("وانتقد الوزير كمال حسن روبلي بسبب تأخر الانتخابات.", "كمال حسن روبلي")])
def test_name_ends_before_phrase(ex, text, surface) -> None:
    """After two name words, و + a derived-form verb, "بسبب" or ب + a noun before its
    definite complement open another phrase: the name ends before them."""
    found = list(person_surfaces(ex.extract(text, lang="ar"), text))
    assert surface in found, found


def test_b_and_w_family_names_stay(ex) -> None:
    """A family name that opens with ب or و is still part of the name ("... بهجت لـ"، a
    Maghrebi "بوقادوم")."""
    for text, surface in (("وقال اللواء سامي كريم بهجت لوكالة الأنباء إن الوضع مستقر.",
                           "سامي كريم بهجت"),
                          ("واستقبل الوزير عبد القادر بوقادوم في الجزائر.", "عبد القادر بوقادوم")):
        found = list(person_surfaces(ex.extract(text, lang="ar"), text))
        assert surface in found, (text, found)


def test_title_keeps_foreign_given_names(ex) -> None:
    """After a title, a name with a word of foreign shape is one name: its first words are
    no body's name before a usual given name ("الرئيس جان مارك كريستيان مبيكي")."""
    text = "واستقبل الرئيس أرنو مارك كريستيان بوريلي الوزير فؤاد حسين في القصر."
    found = list(person_surfaces(ex.extract(text, lang="ar"), text))
    assert "أرنو مارك كريستيان بوريلي" in found, found
