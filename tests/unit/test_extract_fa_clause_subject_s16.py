"""A ف-verb after a comma continues its clause's subject as a و-verb does ("زار X بيروت، فالتقى
Y وZ": X met Y and Z, not Y met Z), and a title apposition between the subject and the comma
("وصل X، مستشار المرشد Y، والتقى ...") is no clause of its own. Session 16, our own
sentences."""

import pytest

from tests.extract_support import MW, assert_relations

LARIJANI, BERRI = "person:ali-larijani", "person:nabih-berri"
MIKATI, KHAMENEI = "person:najib-mikati", "person:ali-khamenei"
FUAD, ARAGHCHI = "person:fuad-hussein", "person:abbas-araghchi"
GHALIBAF = "person:mohammad-bagher-ghalibaf"


@pytest.mark.parametrize("text,must,must_not", [
    ("زار علي لاريجاني بيروت، فالتقى رئيس مجلس النواب نبيه بري ورئيس الحكومة نجيب ميقاتي.",
     [MW(LARIJANI, BERRI), MW(LARIJANI, MIKATI)], [MW(BERRI, MIKATI)]),
    ("وصل وزير الخارجية العراقي فؤاد حسين إلى طهران، فالتقى عباس عراقجي ومحمد باقر قاليباف.",
     [MW(FUAD, ARAGHCHI), MW(FUAD, GHALIBAF)], [MW(ARAGHCHI, GHALIBAF)]),
    ("ووصل إلى بيروت علي لاريجاني، مستشار المرشد الإيراني علي خامنئي، والتقى رئيس مجلس النواب "
     "نبيه بري ورئيس الحكومة نجيب ميقاتي.",
     [MW(LARIJANI, BERRI), MW(LARIJANI, MIKATI)], [MW(KHAMENEI, BERRI), MW(KHAMENEI, MIKATI)]),
])
def test_clause_subject_met_the_list(ex, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), text[:30], must, must_not)


def test_pair_as_subjects_stays(ex):
    text = "والتقى رئيس مجلس النواب نبيه بري ورئيس الحكومة نجيب ميقاتي في بيروت."
    assert_relations(ex.extract(text, lang="ar"), "pair", [MW(BERRI, MIKATI)], [])
