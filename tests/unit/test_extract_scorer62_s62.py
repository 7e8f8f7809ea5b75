"""Session 62 (scorer62): an office still to come used without a name, and the scorer
retrained on all dev writers (MU-NB included).

- Descriptions: "the Prime Minister-designate", "the premier-designate", "the
  president-elect", «رئيس الحكومة المكلف», «رئيس الوزراء المكلف», «الرئيس المنتخب» name the
  person the piece says was designated / elected / named to it ("X was designated Prime
  Minister", "Prime Minister-designate X", «رئيس الحكومة المكلف X», "designated X", "tasked X with forming a government", "X won the presidential
  runoff", «كلّف الرئيس عون القاضي X», «كُلّف X», «انتُخب X», «فوز X بالانتخابات»), not the
  outgoing holder named earlier; nobody designated in the piece: nobody (never the current
  holder). ``desc_to_come`` (called from ``title_description``).
- Meetings: an Arabic to-come office after the subject of «التقى / استقبل» is its object, not
  a name the subject carries: «والتقى X رئيس الحكومة المكلف» with nobody designated is no
  meeting of the previous sentence's subject with X (``meetings``), and «واستقبل رئيس الحكومة
  المكلف السفيرة الأميركية X» is two people, not one title run on (``titles``).
- The scorer's main-actor pair (lead): a sentence whose subject is such a description naming
  nobody («واستقبل الرئيس المنتخب Y») has a party of its own, so the article's main actor (the
  holder named before) is not paired with Y (``scorer_candidates.actor_candidate``).
- Not a description: the title of a name after it («الرئيس المكلف تشكيل الحكومة القاضي X»,
  "President-elect X").
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

SALAM, MIKATI = "person:nawaf-salam", "person:najib-mikati"
PEZESHKIAN, RAISI, JALILI = ("person:masoud-pezeshkian", "person:ebrahim-raisi",
                             "person:saeed-jalili")
ALBUSAIDI = "person:badr-albusaidi"
LE_DRIAN, JOHNSON = "person:jean-yves-le-drian", "person:lisa-johnson"
HENNIS = "person:jeanine-hennis-plasschaert"
SUDANI, ROMANOWSKI = "person:mohammed-shia-al-sudani", "person:alina-romanowski"

_SALAM_DESIGNATED_AR = ("كلّف الرئيس اللبناني جوزاف عون القاضي نواف سلام تشكيل الحكومة الجديدة "
                        "خلفاً لنجيب ميقاتي. ")


# --- the designee named before ------------------------------------------------------------

@pytest.mark.parametrize("text, lang, pair", [
    ("Four days later, Judge Nawaf Salam was designated Prime Minister, and on February 8 he "
     "formed the government that replaced the outgoing cabinet of Najib Mikati. UN envoy "
     "Jeanine Hennis-Plasschaert then met the Prime Minister-designate in Beirut.", "en",
     (HENNIS, SALAM)),
    ("Lebanese President Joseph Aoun on Monday designated Nawaf Salam to form a new government, "
     "replacing Najib Mikati. On Tuesday, UN envoy Jeanine Hennis-Plasschaert met the prime "
     "minister-designate in Beirut.", "en", (HENNIS, SALAM)),
    ("Masoud Pezeshkian was elected president of Iran on Saturday, defeating Saeed Jalili in "
     "the runoff. Omani Foreign Minister Badr Albusaidi met the president-elect in Tehran on "
     "Monday.", "en", (ALBUSAIDI, PEZESHKIAN)),
    ("Iran's Guardian Council confirmed on Sunday that Masoud Pezeshkian won the presidential "
     "runoff. Omani Foreign Minister Badr Albusaidi met the president-elect in Tehran on "
     "Tuesday.", "en", (ALBUSAIDI, PEZESHKIAN)),
    ("ترأس رئيس حكومة تصريف الأعمال نجيب ميقاتي جلسة لمجلس الوزراء، فيما كلّف الرئيس جوزاف عون "
     "نواف سلام تشكيل الحكومة. والتقى المبعوث الفرنسي جان إيف لودريان رئيس الحكومة المكلف في "
     "بيروت.", "ar", (LE_DRIAN, SALAM)),
    (_SALAM_DESIGNATED_AR + "واستقبل رئيس الحكومة المكلف السفيرة الأميركية ليزا جونسون في "
     "السراي.", "ar", (JOHNSON, SALAM)),
    (_SALAM_DESIGNATED_AR + "والتقى رئيس الحكومة المكلف السفيرة الأميركية ليزا جونسون.", "ar",
     (JOHNSON, SALAM)),
    (_SALAM_DESIGNATED_AR + "والتقت السفيرة الأميركية ليزا جونسون رئيس الحكومة المكلف في "
     "بيروت.", "ar", (JOHNSON, SALAM)),
    ("انتُخب مسعود بزشكيان رئيساً لإيران خلفاً للرئيس الراحل إبراهيم رئيسي. والتقى الرئيس "
     "المنتخب وزير الخارجية العماني بدر البوسعيدي في طهران.", "ar", (ALBUSAIDI, PEZESHKIAN)),
    ("التقى رئيس الحكومة المكلف نواف سلام الرئيس جوزاف عون في قصر بعبدا. واستقبل الرئيس نبيه بري "
     "رئيس الحكومة المكلف في عين التينة.", "ar", ("person:nabih-berri", SALAM)),
    ("صوّت البرلمان العراقي على تكليف محمد شياع السوداني رئاسة الوزراء خلفاً لمصطفى الكاظمي. "
     "والتقت السفيرة الأميركية ألينا رومانوسكي رئيس الوزراء المكلف في بغداد.", "ar",
     (ROMANOWSKI, SUDANI)),
])
def test_office_to_come_is_the_designee(shipped, text, lang, pair):
    met = _met(shipped, text, lang)
    assert _pair(*pair) in met
    assert not any(MIKATI in p or RAISI in p or JALILI in p for p in met)


# --- nobody designated: nobody, never the holder ------------------------------------------

@pytest.mark.parametrize("text, lang, holder", [
    ("Prime Minister Najib Mikati chaired a cabinet session on Monday. French envoy Jean-Yves "
     "Le Drian later met the prime minister-designate in Beirut.", "en", MIKATI),
    ("President Ebrahim Raisi addressed the cabinet on Monday. Omani Foreign Minister Badr "
     "Albusaidi met the president-elect in Tehran later that week.", "en", RAISI),
    ("Prime Minister Mohammed Shia al-Sudani chaired a security meeting on Monday. Barzani "
     "later received the prime minister-designate in Erbil.", "en", SUDANI),
    ("ترأس رئيس الحكومة نجيب ميقاتي جلسة لمجلس الوزراء يوم الاثنين. والتقى المبعوث الفرنسي جان "
     "إيف لودريان رئيس الحكومة المكلف في بيروت.", "ar", MIKATI),
    ("ألقى الرئيس إبراهيم رئيسي كلمة أمام الحكومة. واستقبل الرئيس المنتخب وزير الخارجية العماني "
     "بدر البوسعيدي في طهران.", "ar", RAISI),
])
def test_office_to_come_without_a_designee_is_nobody(shipped, text, lang, holder):
    assert not any(holder in p for p in _met(shipped, text, lang))


@pytest.mark.parametrize("text, lang, holder, guest", [
    ("ألقى الرئيس إبراهيم رئيسي كلمة أمام الحكومة. واستقبل الرئيس المنتخب وزير الخارجية العماني "
     "بدر البوسعيدي في طهران.", "ar", RAISI, ALBUSAIDI),
    ("استقبل رئيس الوزراء نجيب ميقاتي السفير الفرنسي في السراي. والتقى رئيس الحكومة المكلف وزير "
     "الخارجية الفرنسي جان نويل بارو في بيروت.", "ar", MIKATI, "person:jean-noel-barrot"),
    ("زار رئيس الوزراء محمد شياع السوداني أربيل يوم الأحد. واستقبل رئيس الوزراء المكلف السفيرة "
     "الأميركية ألينا رومانوسكي في بغداد.", "ar", SUDANI, ROMANOWSKI),
])
def test_the_article_s_main_actor_is_not_the_unnamed_subject(shipped, text, lang, holder, guest):
    """Session 62 (lead): the scorer's main-actor pair is not made when the sentence's
    subject is an office to come that names nobody («الرئيس المنتخب»): someone else than the
    holder named before (``scorer_candidates.actor_candidate``)."""
    assert _pair(holder, guest) not in _met(shipped, text, lang)


def test_the_outgoing_premier_is_no_premier_designate(shipped):
    text = ("Four days later, Judge Nawaf Salam was designated Prime Minister, and on February 8 "
            "he formed the government that replaced the outgoing cabinet of Najib Mikati. "
            "French President Emmanuel Macron came to Baabda on January 17 to congratulate the "
            "new head of State, and the two men then held a working lunch joined by the Prime "
            "Minister-designate.")
    assert not any(MIKATI in p for p in _met(shipped, text))
