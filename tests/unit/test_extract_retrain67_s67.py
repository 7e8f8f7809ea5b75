"""Session 67 (retrain67): whom "him" stands for in a clause of contrast
(``meeting_contrast_pronoun``, called from ``meetings``' pronoun-object readings).

"A did not meet B, while (whereas) C received him"; «ولم يلتق A B، بينما استقبله C»,
«فيما التقاه C», «في حين اجتمع به C»: the pronoun is the main clause's subject A (or, when the
main clause names none, "he" / the sentence before's subject), never the object B of the
negated meeting. A negated or planned contrast clause is no meeting.
"""

from __future__ import annotations

import pytest

from tests.extract_support import met_sorted, sorted_pair

SHARAA, ERDOGAN, KURTULMUS = ("person:ahmed-al-sharaa", "person:recep-tayyip-erdogan",
                              "person:numan-kurtulmus")
ARAGHCHI, SISI, GHEIT = ("person:abbas-araghchi", "person:abdel-fattah-el-sisi",
                         "person:ahmed-aboul-gheit")
RUBIO, NETANYAHU, HERZOG = ("person:marco-rubio", "person:benjamin-netanyahu",
                            "person:isaac-herzog")

_AR_SHARAA = "وصل الرئيس السوري أحمد الشرع إلى أنقرة. "
_AR_ARAGHCHI = "وصل وزير الخارجية الإيراني عباس عراقجي إلى القاهرة. "
_EN_ARAGHCHI = "Iranian Foreign Minister Abbas Araghchi arrived in Cairo on Monday. "

CONTRAST = [
    (_AR_SHARAA + "ولم يلتق الشرع خلال زيارته رئيس البرلمان نعمان قورتولموش، بينما استقبله "
     "الرئيس رجب طيب أردوغان في القصر الرئاسي.", "ar", SHARAA, KURTULMUS, ERDOGAN),
    (_AR_SHARAA + "ولم يلتق خلال زيارته رئيس البرلمان نعمان قورتولموش، بينما استقبله الرئيس رجب "
     "طيب أردوغان في القصر الرئاسي.", "ar", SHARAA, KURTULMUS, ERDOGAN),
    (_AR_ARAGHCHI + "ولم يجتمع عراقجي بالأمين العام للجامعة العربية أحمد أبو الغيط، في حين اجتمع "
     "به الرئيس عبد الفتاح السيسي.", "ar", ARAGHCHI, GHEIT, SISI),
    ("لم يلتق وزير الخارجية الأميركي ماركو روبيو رئيس الوزراء الإسرائيلي بنيامين نتنياهو، فيما "
     "التقاه الرئيس إسحاق هرتسوغ في القدس.", "ar", RUBIO, NETANYAHU, HERZOG),
    ("Syrian President Ahmed al-Sharaa did not meet parliament speaker Numan Kurtulmus, whereas "
     "President Recep Tayyip Erdogan met him at the palace.", "en", SHARAA, KURTULMUS, ERDOGAN),
    (_EN_ARAGHCHI + "He did not meet Arab League chief Ahmed Aboul Gheit, while President Abdel "
     "Fattah al-Sisi received him at the palace.", "en", ARAGHCHI, GHEIT, SISI),
    ("U.S. Secretary of State Marco Rubio did not meet Israeli Prime Minister Benjamin Netanyahu "
     "on Tuesday, while President Isaac Herzog received him in Jerusalem.", "en", RUBIO,
     NETANYAHU, HERZOG),
]


@pytest.mark.parametrize("text,lang,subject,unmet,host", CONTRAST)
def test_the_contrast_clause_pronoun_is_the_main_subject(shipped, text, lang, subject, unmet,
                                                         host) -> None:
    assert sorted_pair(subject, host) in met_sorted(shipped, text, lang)


@pytest.mark.parametrize("text,lang,subject,unmet,host", CONTRAST)
def test_the_unmet_object_is_not_the_pronoun(rules_only, text, lang, subject, unmet,
                                             host) -> None:
    pairs = met_sorted(rules_only, text, lang)
    assert sorted_pair(subject, host) in pairs
    assert sorted_pair(unmet, host) not in pairs


@pytest.mark.parametrize("text,lang", [
    ("U.S. Secretary of State Marco Rubio did not meet Israeli Prime Minister Benjamin Netanyahu, "
     "while President Isaac Herzog did not receive him either.", "en"),
    ("U.S. Secretary of State Marco Rubio did not meet Israeli Prime Minister Benjamin Netanyahu "
     "on Tuesday, while President Isaac Herzog is expected to receive him on Thursday.", "en"),
    ("لم يلتق وزير الخارجية الأميركي ماركو روبيو رئيس الوزراء الإسرائيلي بنيامين نتنياهو، بينما "
     "لم يستقبله الرئيس إسحاق هرتسوغ أيضاً.", "ar"),
    ("لم يلتق وزير الخارجية الأميركي ماركو روبيو رئيس الوزراء الإسرائيلي بنيامين نتنياهو، بينما "
     "من المقرر أن يستقبله الرئيس إسحاق هرتسوغ الخميس المقبل.", "ar"),
])
def test_a_negated_or_planned_contrast_clause_is_no_meeting(shipped, text, lang) -> None:
    pairs = met_sorted(shipped, text, lang)
    assert sorted_pair(RUBIO, HERZOG) not in pairs
    assert sorted_pair(NETANYAHU, HERZOG) not in pairs
