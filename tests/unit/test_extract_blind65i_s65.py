"""Blind set OQ-OR (session 65, Libya 2019-2024), phase 2: what is read now.

``subjects.SubjectHelpers._close_object`` (English objects right after a meeting verb): a
compass adjective or a "-based" place may stand before the object's title, as wires write
the Libyan and Syrian commanders: "a delegation headed by X met eastern commander Khalifa
Haftar", "met eastern strongman ...", "met Tripoli-based Prime Minister ...". Before, only a
fallback read "X met eastern commander Y" when X was named right before the verb, and a
delegation "headed by X" lost its meeting. Plans, negations and a place named after "in"
stay no meeting.

``meeting_titled_subject_ar`` (``in_subject_apposition_ar``, ``past_subject_apposition_ar``,
called from ``meetings``): an Arabic host's title set off by commas right after his name
("استضاف أحمد أبو الغيط، الأمين العام لجامعة الدول العربية، اليوم ...، Y") holds his own body,
which is never the one met; the guest is the person after the apposition and the aside. Before,
the host was paired with his own body (the Arab League, the United Nations, NATO) and the guest
was lost.
"""

from __future__ import annotations

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

HAFTAR, DBEIBAH = "person:khalifa-haftar", "person:abdul-hamid-dbeibah"
LAVROV, YEVKUROV, KAMEL = "person:sergei-lavrov", "person:yunus-bek-yevkurov", "person:abbas-kamel"


@pytest.mark.parametrize("text, a, b", [
    ("A Russian military delegation headed by Deputy Defence Minister Yunus-Bek Yevkurov met eastern "
     "strongman Khalifa Haftar in Benghazi on Tuesday, the LNA said.", YEVKUROV, HAFTAR),
    ("A Russian delegation led by Foreign Minister Sergei Lavrov met eastern commander Khalifa Haftar "
     "in Benghazi on Monday.", LAVROV, HAFTAR),
    ("A Russian delegation headed by Sergei Lavrov met eastern-based commander Khalifa Hifter at his "
     "headquarters in Rajma.", LAVROV, HAFTAR),
    ("An Egyptian delegation headed by intelligence chief Abbas Kamel met Tripoli-based Prime Minister "
     "Abdul Hamid Dbeibah on Sunday.", KAMEL, DBEIBAH),
    ("A Russian delegation headed by Foreign Minister Sergei Lavrov met the eastern commander, Khalifa "
     "Haftar, in Benghazi.", LAVROV, HAFTAR),
])
def test_a_compass_or_based_word_before_the_title_keeps_the_object(shipped, text, a, b):
    assert _pair(a, b) in _met(shipped, text)


@pytest.mark.parametrize("text", [
    "A Russian delegation headed by Sergei Lavrov is expected to meet eastern commander Khalifa Haftar "
    "next week.",
    "A Russian delegation headed by Sergei Lavrov did not meet eastern commander Khalifa Haftar during "
    "the visit.",
    "A Russian delegation headed by Sergei Lavrov met officials in eastern Libya, where Khalifa Haftar's "
    "forces hold sway.",
    "A Russian delegation headed by Sergei Lavrov called eastern commander Khalifa Haftar on Monday.",
])
def test_no_meeting_stays_no_meeting(shipped, text):
    assert _pair(LAVROV, HAFTAR) not in _met(shipped, text)


ABOUL_GHEIT, MENFI, SALEH, TAKALA = ("person:ahmed-aboul-gheit", "person:mohamed-al-menfi",
                                     "person:aguila-saleh", "person:mohamed-takala")
GUTERRES, STOLTENBERG, FIDAN = "person:antonio-guterres", "person:jens-stoltenberg", "person:hakan-fidan"


@pytest.mark.parametrize("text, host, body, guest", [
    ("استقبل أحمد أبو الغيط، الأمين العام لجامعة الدول العربية، اليوم في القاهرة، رئيس المجلس الرئاسي "
     "الليبي محمد المنفي.", ABOUL_GHEIT, "organization:arab-league", MENFI),
    ("استقبل أنطونيو غوتيريش، الأمين العام للأمم المتحدة، أمس في نيويورك، رئيس المجلس الرئاسي الليبي "
     "محمد المنفي.", GUTERRES, "organization:united-nations", MENFI),
    ("التقى ينس ستولتنبرغ، الأمين العام لحلف شمال الأطلسي، اليوم في بروكسل، وزير الخارجية التركي هاكان "
     "فيدان.", STOLTENBERG, "organization:nato", FIDAN),
])
def test_the_body_in_the_hosts_apposition_is_his_not_the_guest(rules_only, text, host, body, guest):
    met = _met(rules_only, text, "ar")
    assert _pair(host, guest) in met
    assert _pair(host, body) not in met


def test_the_hosted_tripartite_meeting_past_the_hosts_apposition(rules_only):
    met = _met(rules_only,
               "استضاف أحمد أبو الغيط، الأمين العام لجامعة الدول العربية، اليوم الأحد بمقر الأمانة العامة "
               "في القاهرة، اجتماعاً ثلاثياً ضم رئيس المجلس الرئاسي الليبي محمد المنفي ورئيس مجلس النواب "
               "المستشار عقيلة صالح ورئيس المجلس الأعلى للدولة محمد تكالة.", "ar")
    for guest in (MENFI, SALEH, TAKALA):
        assert _pair(ABOUL_GHEIT, guest) in met
    assert _pair(ABOUL_GHEIT, "organization:arab-league") not in met


@pytest.mark.parametrize("text", [
    "لم يستقبل أحمد أبو الغيط، الأمين العام لجامعة الدول العربية، اليوم في القاهرة، رئيس المجلس الرئاسي "
    "الليبي محمد المنفي.",
    "ومن المقرر أن يستقبل أحمد أبو الغيط، الأمين العام لجامعة الدول العربية، الأسبوع المقبل في القاهرة، "
    "رئيس المجلس الرئاسي الليبي محمد المنفي.",
])
def test_a_negated_or_planned_reception_past_the_apposition_is_no_meeting(shipped, text):
    met = _met(shipped, text, "ar")
    assert _pair(ABOUL_GHEIT, MENFI) not in met
    assert _pair(ABOUL_GHEIT, "organization:arab-league") not in met
