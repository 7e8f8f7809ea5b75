"""Session 56 (fp56): false pairs both extractors invented on the newest dev writers, each
case a fresh sentence of the same construction, in English and in Arabic.

- Meetings beside a hosted event: "A and B held talks on the sidelines / margins of the BRICS
  summit, hosted by H" / «على هامش القمة التي استضافها H»: H hosted the summit, not A's talks
  with B (``meeting_host.beside_event``, asked by ``meeting_host.hosted_meeting`` and
  ``meetings_en.hosted_event_en``; the scorer's pairs: ``scorer_beside``, via
  ``scorer_bystander``). "..., in talks hosted by H" (H hosted the talks) and "attended a
  dinner hosted by H" still meet H.
- Attendees of another meeting, for the scorer (``scorer_attend_gate``): the article's most
  named person is no partner of an attendee of a meeting told before that he was not at
  ("Sisi arrived in Doha. The Emir met Abbas. The meeting was attended by the Prime
  Minister": not Sisi - the Prime Minister); an attendee of the sentence's own meeting ("Abbas
  then met Salam, with Ambassador X also present") is no attendee of the one before (not X -
  Aoun).
- Successions in a list of attendees: «وحضر اللقاء X، ومدير المكتب Y، الذي خلف Z في المنصب»: Y
  succeeded Z, not X (``succession_took_ar.apposed_successor_ar`` read "، و" + a title as an
  apposition to X; it is the list's next member).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair

XI, MODI, PUTIN = "person:xi-jinping", "person:narendra-modi", "person:vladimir-putin"
PEZESHKIAN, SISI = "person:masoud-pezeshkian", "person:abdel-fattah-el-sisi"
MBS, ERDOGAN = "person:mohammed-bin-salman", "person:recep-tayyip-erdogan"
TAMIM, MBAR = "person:tamim-bin-hamad-al-thani", "person:mohammed-bin-abdulrahman-al-thani"
ALIYEV, PASHINYAN, SCHOLZ = "person:ilham-aliyev", "person:nikol-pashinyan", "person:olaf-scholz"
SUDANI, ABBAS = "person:mohammed-shia-al-sudani", "person:mahmoud-abbas"
AOUN, SALAM, DABBOUR = "person:joseph-aoun", "person:nawaf-salam", "person:ashraf-dabbour"
FUAD, SHATRI, JUHI = "person:fuad-hussein", "person:hamid-al-shatri", "person:raed-juhi"
TAMIM_IQ, ALLAWI = "person:mohammed-tamim", "person:ali-allawi"


# --- a meeting beside a hosted event ----------------------------------------------------

@pytest.mark.parametrize("text, lang, guests, host", [
    ("Chinese President Xi Jinping and Indian Prime Minister Narendra Modi held talks on the "
     "sidelines of the BRICS summit in Kazan, hosted by Russian President Vladimir Putin.",
     "en", (XI, MODI), PUTIN),
    ("Iranian President Masoud Pezeshkian and Egyptian President Abdel Fattah al-Sisi met on "
     "the sidelines of the BRICS summit, hosted by Russian President Vladimir Putin in Kazan.",
     "en", (PEZESHKIAN, SISI), PUTIN),
    ("Saudi Crown Prince Mohammed bin Salman and Turkish President Recep Tayyip Erdogan met on "
     "the margins of the Arab-Islamic summit hosted by Qatar's Emir Sheikh Tamim bin Hamad Al "
     "Thani in Doha.", "en", (MBS, ERDOGAN), TAMIM),
    ("عقد الرئيس الإيراني مسعود بزشكيان والرئيس المصري عبد الفتاح السيسي محادثات على هامش "
     "القمة التي استضافها الرئيس الروسي فلاديمير بوتين في قازان.", "ar",
     (PEZESHKIAN, SISI), PUTIN),
    ("التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس التركي رجب طيب أردوغان على هامش القمة "
     "العربية الإسلامية التي استضافها أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة.", "ar",
     (MBS, ERDOGAN), TAMIM),
])
def test_the_host_of_the_event_beside_the_talks(shipped, text, lang, guests, host):
    met = _met(shipped, text, lang)
    assert _pair(*guests) in met
    assert not {p for p in met if host in p}


@pytest.mark.parametrize("text, lang", [
    ("Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met on the "
     "sidelines of the Munich Security Conference, in talks hosted by German Chancellor Olaf "
     "Scholz.", "en"),
    ("والتقى الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان على هامش "
     "مؤتمر ميونيخ للأمن، في محادثات استضافها المستشار الألماني أولاف شولتس.", "ar"),
])
def test_the_host_of_the_talks_themselves_stays(shipped, text, lang):
    met = _met(shipped, text, lang)
    assert _pair(ALIYEV, PASHINYAN) in met
    assert _pair(ALIYEV, SCHOLZ) in met


def test_a_dinner_hosted_by_meets_the_host(shipped):
    text = ("Iraqi Prime Minister Mohammed Shia al-Sudani attended a dinner in Cairo hosted by "
            "Egyptian President Abdel Fattah al-Sisi.")
    assert _pair(SUDANI, SISI) in _met(shipped, text)


# --- attendees of another meeting -------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Egyptian President Abdel Fattah al-Sisi arrived in Doha on Monday for the emergency Arab "
     "summit. Qatar's Emir Sheikh Tamim bin Hamad Al Thani met Palestinian President Mahmoud "
     "Abbas on the sidelines. The meeting was attended by Prime Minister Sheikh Mohammed bin "
     "Abdulrahman Al Thani. Sisi later flew back to Cairo, and Sisi's office said the summit "
     "had been a success.", "en"),
    ("وصل الرئيس المصري عبد الفتاح السيسي إلى الدوحة الاثنين للمشاركة في القمة العربية الطارئة. "
     "والتقى أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس الفلسطيني محمود عباس على هامش القمة. "
     "وحضر اللقاء رئيس مجلس الوزراء الشيخ محمد بن عبد الرحمن آل ثاني. وعاد السيسي لاحقاً إلى "
     "القاهرة، وقال مكتب السيسي إن القمة كانت ناجحة.", "ar"),
])
def test_an_attendee_is_not_the_main_actors_partner(shipped, text, lang):
    met = _met(shipped, text, lang)
    assert {_pair(TAMIM, ABBAS), _pair(TAMIM, MBAR), _pair(ABBAS, MBAR)} <= met
    assert _pair(SISI, MBAR) not in met


@pytest.mark.parametrize("text, lang", [
    ("Palestinian President Mahmoud Abbas met Lebanese President Joseph Aoun at Baabda Palace "
     "on Wednesday. Abbas then met Prime Minister Nawaf Salam at the Grand Serail, with "
     "Palestinian Ambassador Ashraf Dabbour also present.", "en"),
    ("التقى الرئيس الفلسطيني محمود عباس الرئيس اللبناني جوزاف عون في قصر بعبدا الأربعاء. ثم "
     "التقى عباس رئيس الحكومة نواف سلام في السراي الحكومي، بحضور السفير الفلسطيني أشرف دبور.",
     "ar"),
])
def test_an_attendee_of_the_later_meeting_only(shipped, text, lang):
    met = _met(shipped, text, lang)
    assert {_pair(ABBAS, AOUN), _pair(ABBAS, SALAM), _pair(DABBOUR, SALAM)} <= met
    assert _pair(DABBOUR, AOUN) not in met


# --- a succession in a list of attendees ------------------------------------------------

@pytest.mark.parametrize("text, pair, other", [
    ("وحضر الاجتماع وزير الخارجية فؤاد حسين، ورئيس جهاز المخابرات حميد الشطري، الذي خلف رائد "
     "جوحي في المنصب العام الماضي.", (SHATRI, JUHI), FUAD),
    ("وحضر الاجتماع وزير الخارجية فؤاد حسين، ونائب رئيس الوزراء محمد تميم، الذي خلف علي علاوي "
     "في المنصب.", (TAMIM_IQ, ALLAWI), FUAD),
])
def test_the_relative_clause_of_a_lists_next_member(shipped, text, pair, other):
    succ = _rels(shipped, text, "SUCCESSOR_OF", "ar")
    assert pair in succ
    assert (other, pair[1]) not in succ
