"""Precision (session 21, second round): false core relations of general causes, both languages.
Our own sentences (``bench/probe_precision.py``), not taken from any dev set.

- An unnamed office holder is no meeting partner: "X met the head of Egyptian intelligence" /
  "التقى X رئيس المخابرات المصرية" has no MET_WITH with the service (the person is unnamed);
  with the name ("met Hassan Badran, the head of Egyptian intelligence") the person is read, and
  plural heads ("met leaders of the PMF", "التقى قادة الإطار") still meet the body.
- A successor noun followed by a hedge is a succession not yet made: "Y's successor could be Z",
  "Y's successor has not yet been named; Z chaired ...", "Y's successor is expected to be Z";
  "Y's successor, Z, took office" is read. Arabic: "لم يحسم الإطار اسم خليفة Y، ويتداول اسم Z",
  "خليفة Y المحتمل"; "عُيّن Z خليفة لـY" is read. A prospect adjective on the noun: "X, Y's
  likely successor", "the likely successor to Y", "الخليفة المحتمل لـY".
- A call told in a time clause of its own does not undo the meeting: "X met Y after speaking by
  phone with Z" / "التقى X Y بعد اتصال هاتفي مع Z" (X met Y; X and Z only talked); a call alone
  ("X and Y spoke by phone after the summit was postponed") is still no meeting; the call first
  too: "X spoke by phone with Z after meeting Y" (X met Y, not Z).
"""

import pytest

from tests.extract_support import MW, SO, assert_relations

SAADI_EN, SAADI_AR = "person:adel-al-saadi", "person:adil-al-saadi"
BADRAN = "person:hassan-badran"
INTEL = "organization:egyptian-general-intelligence"
WEKESA, OTIENO = "person:samuel-wekesa", "person:peter-otieno"
_RETIRED = "Army chief General Peter Otieno retired on Friday. "
SUDANI, MALIKI = "person:mohammed-shia-al-sudani", "person:nouri-al-maliki"
ARAGHCHI, ALBUSAIDI = "person:abbas-araghchi", "person:badr-albusaidi"
HADDAD, BAUM = "person:joseph-haddad", "person:greta-baum"
QAANI, SOLEIMANI = "person:esmail-qaani", "person:qasem-soleimani"
NOURI, PMF = "person:qasem-nouri", "organization:popular-mobilization-forces"

# (name, lang, text, must, must_not)
CASES = [
 ("unnamed_head_en", "en", "Prime Minister Adel al-Saadi met the head of Egyptian intelligence "
  "in Cairo on Monday.", [], [MW(SAADI_EN, INTEL)]),
 ("unnamed_head_ar", "ar", "التقى رئيس الوزراء عادل الساعدي رئيس المخابرات المصرية في "
  "القاهرة.", [], [MW(SAADI_AR, INTEL)]),
 ("named_head_en", "en", "Prime Minister Adel al-Saadi met Hassan Badran, the head of Egyptian "
  "intelligence, in Cairo on Monday.", [MW(SAADI_EN, BADRAN)], [MW(SAADI_EN, INTEL)]),
 ("named_head_ar", "ar", "التقى رئيس الوزراء عادل الساعدي رئيس المخابرات المصرية اللواء حسن "
  "بدران في القاهرة.", [MW(SAADI_AR, BADRAN)], []),
 ("successor_could_be", "en", _RETIRED + "Otieno's successor could be General Samuel "
  "Wekesa, officials said.", [], [SO(WEKESA, OTIENO)]),
 ("successor_not_named", "en", _RETIRED + "Otieno's successor has not yet been named; General "
  "Samuel Wekesa chaired the meeting.", [], [SO(WEKESA, OTIENO)]),
 ("successor_expected", "en", _RETIRED + "Otieno's successor is expected to be General Samuel "
  "Wekesa.", [], [SO(WEKESA, OTIENO)]),
 ("successor_apposed", "en", _RETIRED + "Otieno's successor, General Samuel Wekesa, took "
  "office on Monday.", [SO(WEKESA, OTIENO)], []),
 ("successor_name_undecided_ar", "ar", "لم يحسم الإطار التنسيقي اسم خليفة السوداني، ويتداول "
  "اسم نوري المالكي.", [], [SO(MALIKI, SUDANI)]),
 ("successor_likely_ar", "ar", "ويتداول الإطار التنسيقي اسم خليفة السوداني المحتمل، ويبرز نوري "
  "المالكي.", [], [SO(MALIKI, SUDANI)]),
 ("successor_named_ar", "ar", "وأعلن الإطار التنسيقي اختيار نوري المالكي خليفة للسوداني.",
  [SO(MALIKI, SUDANI)], []),
 ("met_after_call_en", "en", "President Joseph Haddad met Chancellor Greta Baum after speaking "
  "by phone with Prime Minister Adel al-Saadi.", [MW(HADDAD, BAUM)], [MW(HADDAD, SAADI_EN)]),
 ("met_after_call_ar", "ar", "التقى عباس عراقجي بدر البوسعيدي في مسقط بعد اتصال هاتفي مع محمد "
  "شياع السوداني.", [MW(ARAGHCHI, ALBUSAIDI)], [MW(ARAGHCHI, SUDANI)]),
 ("call_then_after_meeting_en", "en", "President Joseph Haddad spoke by phone with Chancellor "
  "Greta Baum after meeting Prime Minister Adel al-Saadi in Beirut.", [MW(HADDAD, SAADI_EN)],
  [MW(HADDAD, BAUM)]),
 ("call_after_en", "en", "President Joseph Haddad and Chancellor Greta Baum spoke by phone "
  "after the summit was postponed.", [], [MW(HADDAD, BAUM)]),
 ("likely_successor_poss_en", "en", "Qaani, who is widely seen as Soleimani's likely "
  "successor, met Sudani.", [MW(QAANI, SUDANI)], [SO(QAANI, SOLEIMANI)]),
 ("likely_successor_to_en", "en", "Brigadier Karim Nasser is the likely successor to Colonel "
  "Omar Saleh.", [], [SO("person:karim-nasser", "person:omar-salih")]),
 ("likely_successor_ar", "ar", "ويُنظر إلى قاآني على أنه الخليفة المحتمل لسليماني.", [],
  [SO(QAANI, SOLEIMANI)]),
 ("named_successor_en", "en", "Khamenei named Qaani as Soleimani's successor hours after the "
  "strike.", [SO(QAANI, SOLEIMANI)], []),
 ("plural_leaders_en", "en", "Interior Minister Qasim Nouri met leaders of the Popular "
  "Mobilization Forces in Baghdad.", [MW(PMF, NOURI)], []),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_precision(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
