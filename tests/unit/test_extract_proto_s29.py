"""Session 29 (proto): the state agencies' attendance list told side by side.

"حضر اللقاء A، ومن الجانب الإيراني B" / "حضر جلسة المباحثات من الجانب السوري A، ومن الجانب
القطري B" / "حضر المقابلة A، ومن جانب الضيف B": B, named after the second side, attended too,
and with the sides named every attendee met every participant and the other attendees (a title
after A, even two, does not end the list). Not "ومن جانب آخر" ("besides"), not past a full
stop.

A reception whose guest comes past one or two asides between commas (the host's title, a time,
a place): "استقبل الشيخ X أمير البلاد المفدى، في الديوان الأميري صباح اليوم، فخامة الرئيس Y",
"استقبل الرئيس X، قبل ظهر اليوم في قصر بعبدا، وزير خارجية الجمهورية الإسلامية الإيرانية Y"; not
an aside that is a clause ("، الذي التقى ..."), not a letter from Y.

English, coordinated subjects set off by appositions before a verb with an object: "A, <title>,
and B, <title>, held talks with Z", "A and the head of X, Adm. B, met Z", "A of Germany and B
of France, who ..., held talks with Z": each met Z, and each other; not when the first is the object of an
earlier verb ("X received A, the minister, and B met Z") and not past a clause ("A arrived in
Damascus on Monday, and B, the envoy, held talks with Z").

An attendee named after a long title that runs into his name with no comma ("حضر اللقاء وزير
الخارجية في حكومة تصريف الأعمال السيد X") is X, not the minister the title alone would name."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

ASSAD = "person:bashar-al-assad"
ARAGHCHI = "person:abbas-araghchi"
MEKDAD = "person:faisal-mekdad"
AKBARI = "person:hossein-akbari"
TAMIM = "person:tamim-bin-hamad-al-thani"
PEZESHKIAN = "person:masoud-pezeshkian"
KHULAIFI = "person:mohammed-al-khulaifi"

BY_SIDE_AR = [
    ("ar", "استقبل الرئيس بشار الأسد وزير الخارجية الإيراني عباس عراقجي في دمشق اليوم. "
     "حضر اللقاء وزير الخارجية فيصل المقداد، ومن الجانب الإيراني السفير حسين أكبري.",
     [MW(ASSAD, ARAGHCHI), MW(AKBARI, ASSAD), MW(AKBARI, ARAGHCHI), MW(AKBARI, MEKDAD),
      MW(MEKDAD, ARAGHCHI)], []),
    ("ar", "اجتمع الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى مع الرئيس مسعود بزشكيان في "
     "نيويورك. حضر الاجتماع سعادة الدكتور محمد الخليفي وزير الدولة بوزارة الخارجية، ومن جانب "
     "الضيف معالي السيد عباس عراقجي وزير الخارجية.",
     [MW(TAMIM, PEZESHKIAN), MW(ARAGHCHI, TAMIM), MW(ARAGHCHI, PEZESHKIAN),
      MW(ARAGHCHI, KHULAIFI)], []),
    # "ومن جانب آخر" opens another matter: the man named after it attended nothing
    ("ar", "استقبل الرئيس بشار الأسد وزير الخارجية الإيراني عباس عراقجي في دمشق اليوم. "
     "حضر اللقاء وزير الخارجية فيصل المقداد، ومن جانب آخر أعلن السفير حسين أكبري افتتاح "
     "القنصلية.", [MW(ASSAD, ARAGHCHI)], [MW(AKBARI, ASSAD), MW(AKBARI, ARAGHCHI)]),
]

AOUN = "person:joseph-aoun"
BERRI = "person:nabih-berri"

RECEPTION_ASIDE_AR = [
    ("ar", "الدوحة - استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، في "
     "الديوان الأميري صباح اليوم، فخامة الرئيس مسعود بزشكيان رئيس الجمهورية الإسلامية "
     "الإيرانية، الذي يزور البلاد.", [MW(TAMIM, PEZESHKIAN)], []),
    ("ar", "بيروت - استقبل رئيس الجمهورية العماد جوزاف عون، قبل ظهر اليوم في قصر بعبدا، وزير "
     "خارجية الجمهورية الإسلامية الإيرانية عباس عراقجي والوفد المرافق.",
     [MW(AOUN, ARAGHCHI)], []),
    # the aside is a clause of its own: Berri is the one the host met earlier, not the guest
    ("ar", "استقبل رئيس الجمهورية العماد جوزاف عون، الذي التقى أمس رئيس المجلس، رسالة من "
     "الرئيس نبيه بري.", [], [MW(AOUN, BERRI)]),
]

SHARAA = "person:ahmed-al-sharaa"
LEAF = "person:barbara-leaf"
CARSTENS = "person:roger-carstens"
BAERBOCK = "person:annalena-baerbock"
BARROT = "person:jean-noel-barrot"

JOINT_SUBJECTS_EN = [
    ("en", "Barbara Leaf, the senior State Department diplomat for the region, and Roger "
     "Carstens, the hostage envoy, held talks with Ahmed al-Sharaa in Damascus on Friday.",
     [MW(LEAF, SHARAA), MW(CARSTENS, SHARAA)], []),
    ("en", "Annalena Baerbock of Germany and Jean-Noel Barrot of France, who said they spoke "
     "for Europe, held talks with Ahmed al-Sharaa at the palace.",
     [MW(BAERBOCK, SHARAA), MW(BARROT, SHARAA), MW(BAERBOCK, BARROT)], []),
    # the first name is the object of an earlier verb, not a subject of "met"
    ("en", "Ahmed al-Sharaa received Barbara Leaf, the senior diplomat, and Roger Carstens "
     "met Jean-Noel Barrot later.", [], [MW(LEAF, BARROT)]),
    # a clause between the names, not an apposition: only the second held the talks
    ("en", "Barbara Leaf arrived in Damascus on Monday, and Roger Carstens, the hostage envoy, "
     "held talks with Ahmed al-Sharaa.", [MW(CARSTENS, SHARAA)], [MW(LEAF, SHARAA)]),
]

BOU_HABIB = "person:abdallah-bou-habib"

LONG_TITLE_ATTENDEE_AR = [
    ("ar", "استقبل رئيس الجمهورية جوزاف عون في قصر بعبدا وزير الخارجية الإيراني عباس عراقجي. "
     "حضر اللقاء وزير الخارجية في حكومة تصريف الأعمال السيد عبدالله بوحبيب.",
     [MW(AOUN, ARAGHCHI), MW(BOU_HABIB, AOUN), MW(BOU_HABIB, ARAGHCHI)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not",
                         BY_SIDE_AR + RECEPTION_ASIDE_AR + JOINT_SUBJECTS_EN +
                         LONG_TITLE_ATTENDEE_AR)
def test_proto_s29(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
