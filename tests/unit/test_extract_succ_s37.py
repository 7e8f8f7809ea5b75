"""Session 37 (succ): SUCCESSOR_OF recall, Arabic.

1. A host congratulates a guest he received earlier in the article, named only by a description
   ("وهنأ K الضيف / نظيره الإيراني بتسلمه منصبه خلفاً لـY", "أجرى K اتصالاً بنظيره ... لتهنئته
   بانتخابه خلفاً لـY"): the guest succeeded Y (``succession_congratulated_guest_ar``). The base
   read no succession (the description was left unresolved).
2. "كلّف K X بمهام رئيس الجمهورية خلفاً لـY": the office after "مهام / أعمال" is the post, not
   a person (``succession_duties_post_ar``); the base took it for Y and read nothing.
"""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

SAFADI = "person:ayman-safadi"
JUDEH = "person:nasser-judeh"  # (a gazetteer id since session 70)
SHOUKRY = "person:sameh-shoukry"
ARAGHCHI = "person:abbas-araghchi"
ABDOLLAHIAN = "person:hossein-amir-abdollahian"
RASHID = "person:abdul-latif-rashid"
PEZESHKIAN = "person:masoud-pezeshkian"
RAISI = "person:ebrahim-raisi"
ERDOGAN = "person:recep-tayyip-erdogan"
FUAD = "person:fuad-hussein"
MOKHBER = "person:mohammad-mokhber"
KHAMENEI = "person:ali-khamenei"
MIFTAH = "person:mohammed-miftah"
RAHAWI = "person:ahmed-al-rahawi"
MASHAT = "person:mahdi-al-mashat"
BASHIR = "person:mohammed-al-bashir"
JALALI = "person:mohammad-ghazi-al-jalali"
SHARAA = "person:ahmed-al-sharaa"
ALSADEQ = "person:mohammad-kazem-al-e-sadegh"

CASES = [
    # fail on the base: "الضيف" / "نظيره" = the guest the congratulator received
    ("ar", 'استقبل وزير الخارجية المصري سامح شكري، اليوم الثلاثاء، وزير الخارجية الأردني أيمن الصفدي في القاهرة. '
     'وبحث الجانبان العلاقات الثنائية. وهنأ سامح شكري الضيف بمناسبة تسلمه منصبه خلفاً لناصر جودة.',
     [SO(SAFADI, JUDEH)], [SO(SHOUKRY, JUDEH)]),
    ("ar", 'استقبل رئيس الجمهورية عبد اللطيف رشيد، اليوم، وزير الخارجية الإيراني عباس عراقجي في بغداد. '
     'وهنأ عبد اللطيف رشيد الضيف بتسلمه حقيبة الخارجية خلفاً للراحل حسين أمير عبد اللهيان.',
     [SO(ARAGHCHI, ABDOLLAHIAN)], [SO(RASHID, ABDOLLAHIAN)]),
    ("ar", 'استقبل الرئيس التركي رجب طيب أردوغان، الخميس، الرئيس الإيراني مسعود بزشكيان في أنقرة. '
     'وعقد الجانبان محادثات موسعة. وكان أردوغان قد أجرى اتصالاً هاتفياً بنظيره الإيراني في تموز لتهنئته بانتخابه خلفاً لإبراهيم رئيسي.',
     [SO(PEZESHKIAN, RAISI)], [SO(ERDOGAN, RAISI)]),
    # negatives: the congratulator was the guest, not the host (his counterpart is someone else);
    # a third person named as the one elected
    ("ar", 'استقبل الرئيس العراقي عبد اللطيف رشيد، الأحد، وزير الخارجية الإيراني عباس عراقجي. '
     'وهنأ عراقجي نظيره العراقي بتسلمه منصبه خلفاً لفؤاد حسين.',
     [], [SO(RASHID, FUAD), SO(ARAGHCHI, FUAD)]),
    ("ar", 'استقبل وزير الخارجية فؤاد حسين، الأحد، السفير الإيراني محمد كاظم آل صادق. '
     'وهنأ حسين الضيف بانتخاب مسعود بزشكيان رئيساً خلفاً لإبراهيم رئيسي.',
     [SO(PEZESHKIAN, RAISI)], [SO(ALSADEQ, RAISI), SO(FUAD, RAISI)]),
    # 2. fail on the base: "كلّف X بمهام / بتسيير أعمال رئيس الوزراء خلفاً لـY": the title after
    # "مهام / أعمال" is the post (linked to Y himself), X the one charged with it
    ("ar", 'توفي الرئيس إبراهيم رئيسي في تحطم مروحية. '
     'وأعلن المرشد علي خامنئي تكليف محمد مخبر بمهام رئيس الجمهورية خلفاً لرئيسي.',
     [SO(MOKHBER, RAISI)], [SO(KHAMENEI, RAISI)]),
    ("ar", 'قُتل أحمد الرهوي مع عدد من وزرائه. '
     'ثم كلّف مهدي المشاط محمد مفتاح بتسيير أعمال رئيس الوزراء خلفاً للرهوي.',
     [SO(MIFTAH, RAHAWI)], [SO(MASHAT, RAHAWI)]),
    ("ar", 'بقي رئيس الوزراء محمد غازي الجلالي في دمشق بعد سقوط النظام. '
     'وكلّف أحمد الشرع محمد البشير بمهام رئيس الوزراء خلفاً للجلالي.',
     [SO(BASHIR, JALALI)], [SO(SHARAA, JALALI)]),
    # negatives: a speaker, not charged with the duties, named apart from them
    ("ar", 'توفي الرئيس إبراهيم رئيسي في تحطم مروحية. '
     'وقال المرشد علي خامنئي إن الحكومة ستتولى مهام رئيس الجمهورية خلفاً لرئيسي.',
     [], [SO(KHAMENEI, RAISI)]),
    ("ar", 'قُتل رئيس الوزراء أحمد الرهوي في غارة. '
     'وأكد الرئيس مهدي المشاط أن مجلس الوزراء سيقوم بأعمال رئيس الوزراء خلفاً للرهوي.',
     [], [SO(MASHAT, RAHAWI)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_succ_s37(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
