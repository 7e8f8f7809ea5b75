"""Arabic attendees of a meeting named by its partner (session 19, meeting_attended). Our own
sentences, not taken from any dev set.

- "وحضر اللقاء مع بزشكيان X": X met Pezeshkian (not the one met after him);
- "X، الذي حضر لقاء A مع B": X met the one of A and B of another country;
- "وحضر الاجتماع مع الوفد الإسرائيلي X": X met the Israelis of the meeting told before and
  their host, not the other delegation received apart;
- Negatives: the attendee's own side; no Israeli delegation told before; negation.
"""

import pytest

from tests.extract_support import MW, assert_relations

SUDANI, PEZ, QALIBAF = ("person:mohammed-shia-al-sudani", "person:masoud-pezeshkian",
                        "person:mohammad-bagher-ghalibaf")
FUAD, RASHAD, HAYYA = "person:fuad-hussein", "person:hassan-rashad", "person:khalil-al-hayya"
DERMER, WITKOFF = "person:ron-dermer", "person:steve-witkoff"
TEHRAN = "التقى رئيس الوزراء العراقي محمد شياع السوداني في طهران الرئيس الإيراني مسعود بزشكيان"
CAIRO = ("اجتمع رئيس المخابرات المصرية حسن رشاد في القاهرة بوفد حماس برئاسة خليل الحية، ثم "
         "بالوفد الإسرائيلي برئاسة رون ديرمر. ")

# (name, text, must, must_not)
CASES = [
 ("with_named", TEHRAN + "، ثم التقى رئيس البرلمان محمد باقر قاليباف. وحضر اللقاء مع بزشكيان "
  "وزير الخارجية العراقي فؤاد حسين.", [MW(FUAD, PEZ)], [MW(FUAD, QALIBAF), MW(FUAD, SUDANI)]),
 ("relative", TEHRAN + ". وقال وزير الخارجية العراقي فؤاد حسين، الذي حضر لقاء بزشكيان مع "
  "السوداني، إن الجانبين اتفقا على تعزيز التعاون.", [MW(FUAD, PEZ), MW(FUAD, SUDANI)], []),
 ("with_delegation", CAIRO + "وحضر الاجتماع مع الوفد الإسرائيلي المبعوث الأميركي ستيف ويتكوف.",
  [MW(WITKOFF, DERMER), MW(WITKOFF, RASHAD)], [MW(WITKOFF, HAYYA)]),
 ("no_such_delegation", "اجتمع رئيس المخابرات المصرية حسن رشاد في القاهرة بوفد حماس برئاسة خليل "
  "الحية. وحضر الاجتماع مع الوفد الإسرائيلي المبعوث الأميركي ستيف ويتكوف.", [],
  [MW(WITKOFF, HAYYA), MW(WITKOFF, RASHAD)]),
 ("negated", TEHRAN + ". ولم يحضر اللقاء مع بزشكيان وزير الخارجية العراقي فؤاد حسين.", [],
  [MW(FUAD, PEZ)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_attended_with_ar(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
