""""X وY، اللذين استقبلهما Z، ثم التقيا W" (session 17b). Our own sentences, not taken from any
dev set.

- The Arabic dual relative after a pair of people: the host of the relative clause met each
  of the two (also "التقاهما"، "التقى بهما", two hosts), and the two, with a dual verb after it
  ("ثم التقيا W"), met W; the host did not meet W.
- Not a meeting: a dual relative with a verb that is no meeting ("اللذين اغتالتهما ..."), and a
  later sentence subject is not pulled into the pair.
"""

import pytest

from tests.extract_support import MW, assert_relations

GHALIBAF, ARAGHCHI, AOUN, BERRI = ("person:mohammad-bagher-ghalibaf", "person:abbas-araghchi",
                                   "person:joseph-aoun", "person:nabih-berri")
LARIJANI, QAANI, SUDANI, AMIRI = ("person:ali-larijani", "person:esmail-qaani",
                                  "person:mohammed-shia-al-sudani", "person:hadi-al-amiri")
BARRACK, ORTAGUS, SALAM = "person:tom-barrack", "person:morgan-ortagus", "person:nawaf-salam"
BUSAIDI, PEZ = "person:badr-albusaidi", "person:masoud-pezeshkian"
SOLEIMANI, MUHANDIS, FAYYADH = ("person:qasem-soleimani", "person:abu-mahdi-al-muhandis",
                                "person:falih-al-fayyadh")

# (name, text, lang, must, must_not)
CASES = [
 ("received_then_met", "وصل إلى بغداد علي لاريجاني وإسماعيل قاآني، اللذين استقبلهما رئيس "
  "الوزراء محمد شياع السوداني، ثم التقيا رئيس تحالف الفتح هادي العامري.", "ar",
  # session 29 (multi): the two who arrived together and "then met" W are joined subjects of
  # one meeting and met each other (the brief since FC-FK: every named participant;
  # meeting_co_subjects); the host still did not meet W
  [MW(LARIJANI, SUDANI), MW(QAANI, SUDANI), MW(LARIJANI, AMIRI), MW(QAANI, AMIRI),
   MW(LARIJANI, QAANI)],
  [MW(SUDANI, AMIRI)]),
 ("delegation_pair", "وشارك في التشييع وفد ضم رئيس البرلمان الإيراني محمد باقر قاليباف ووزير "
  "الخارجية عباس عراقجي، اللذين استقبلهما الرئيس جوزاف عون في بعبدا، ثم التقيا رئيس مجلس "
  "النواب نبيه بري.", "ar",
  [MW(GHALIBAF, AOUN), MW(ARAGHCHI, AOUN), MW(GHALIBAF, BERRI), MW(ARAGHCHI, BERRI)],
  [MW(AOUN, BERRI)]),
 ("met_them", "زار بيروت الموفدان الأميركيان توم باراك ومورغان أورتاغوس، اللذين التقاهما الرئيس "
  "جوزاف عون في بعبدا.", "ar", [MW(BARRACK, AOUN), MW(ORTAGUS, AOUN)], []),
 ("two_hosts", "ووصل الوزيران عباس عراقجي وبدر البوسعيدي، اللذين استقبلهما الرئيس جوزاف عون "
  "ورئيس الحكومة نواف سلام.", "ar",
  [MW(ARAGHCHI, AOUN), MW(BUSAIDI, AOUN), MW(ARAGHCHI, SALAM), MW(BUSAIDI, SALAM)], []),
 ("met_with_them", "ووصل عباس عراقجي وبدر البوسعيدي، اللذين اجتمع بهما الرئيس مسعود بزشكيان.",
  "ar", [MW(ARAGHCHI, PEZ), MW(BUSAIDI, PEZ)], []),
 ("killed_pair", "أحيا الحشد ذكرى قاسم سليماني وأبو مهدي المهندس، اللذين اغتالتهما الولايات "
  "المتحدة، ثم التقى فالح الفياض هادي العامري.", "ar", [MW(FAYYADH, AMIRI)],
  [MW(SOLEIMANI, AMIRI), MW(MUHANDIS, AMIRI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_dual_relative(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
