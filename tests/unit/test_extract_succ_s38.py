"""Session 38 (succ): SUCCESSOR_OF recall.

1. "It is X's first known trip to Z since he succeeded Y": an adjective between "first" and
   the counted visit ("first known / foreign / official trip") still makes "he" the possessor
   X (``succession_since_he``); the base read nothing (it only knew "first trip").
2. "X, appointed to head Z in place of Y, ..." / "X, the veteran banker appointed governor in
   place of Y, ...": a reduced relative clause makes the apposition's head X the appointee
   (``succession_reduced_relative_en``); the base looked for the appointee after the verb.
3. "X، الذي خلفه في منصب <title>" with no name after the post: the title is the post, X
   succeeded the person named before him (``khalafahu_post_ar``); the base took the title
   for the successor (linked to the commander) and read the pair the wrong way round.
4. "X, 71, <a long apposition>, was elected by K to succeed Y": the passive's subject X is the
   one chosen (``succession_passive_by_en``); the base found no person near enough before
   "to succeed" (K, a council, is no person).
5. An acting holder after the end of the predecessor's membership: "X, who has served as
   acting speaker since the court ended the membership of Y" / "إنهاء عضوية Y ...، وهي مدة
   تولى خلالها X الرئاسة بالنيابة" / "Y، الذي أنهت المحكمة عضويته، فيما أدار X الجلسات
   بالنيابة" (``succession_acting_removal``; «بالنيابة» is an acting word too); also "X took
   over as acting speaker following the ruling / since then" after a sentence that ended Y's
   membership ("terminated the membership of Y", "Y, whose membership was ended").
6. FP fix: "X received / welcomed his successor" (no name): X is the one succeeded, not the
   successor of the person named before (``succession_rules_en._successor_nouns_en``); "X was
   named his successor" still reads X as the successor.
7. The historic present of timelines: "X takes over P after a strike kills Y", as "X took over
   P after a strike killed Y" (``succession_took_over_en``).
"""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

QAANI = "person:esmail-qaani"
SOLEIMANI = "person:qasem-soleimani"
BARZANI = "person:masrour-barzani"
ARAGHCHI = "person:abbas-araghchi"
BAGHERI = "person:ali-bagheri-kani"
SUDANI = "person:mohammed-shia-al-sudani"
SHADMANI = "person:ali-shadmani"
RASHID = "person:gholam-ali-rashid"
MOUSAVI = "person:abdolrahim-mousavi"
BAGHERI_MG = "person:mohammad-bagheri"
HATAMI = "person:amir-hatami"
HEJAZI = "person:mohammad-hejazi"
FALLAH = "person:mohammad-reza-fallahzadeh"
QASSEM = "person:naim-qassem"
NASRALLAH = "person:hassan-nasrallah"
HADDAD = "person:izz-al-din-al-haddad"
SINWAR = "person:mohammed-sinwar"
ABDOLLAHIAN = "person:hossein-amir-abdollahian"
PEZESHKIAN = "person:masoud-pezeshkian"
LARIJANI = "person:ali-larijani"
AHMADIAN = "person:ali-akbar-ahmadian"
MANDALAWI = "person:mohsen-al-mandalawi"
HALBOUSI = "person:mohammed-al-halbousi"
SHAKHAWAN = "person:shakhawan-abdullah"
SARRAJ = "person:fayez-al-sarraj"
DBEIBAH = "person:abdul-hamid-dbeibah"
KADHIMI = "person:mustafa-al-kadhimi"
PAKPOUR = "person:mohammad-pakpour"
SALAMI = "person:hossein-salami"

CASES = [
    # 1. fail on the base: "first known / foreign trip"
    ("en", "Masrour Barzani received Esmail Qaani in Erbil on Sunday. "
     "It was Qaani's first known visit to the region since he succeeded Qasem Soleimani in 2020.",
     [SO(QAANI, SOLEIMANI)], [SO(BARZANI, SOLEIMANI)]),
    ("en", "Mohammed Shia al-Sudani met Abbas Araghchi in Baghdad. "
     "It was Araghchi's first foreign trip since he replaced Ali Bagheri Kani last month.",
     [SO(ARAGHCHI, BAGHERI)], [SO(SUDANI, BAGHERI)]),
    # negatives: the trip is someone else's than the one who succeeded; no "first" phrase
    ("en", "Masrour Barzani received Esmail Qaani in Erbil on Sunday. "
     "It was Barzani's first known meeting with the general since Qaani's predecessor "
     "Qasem Soleimani died.",
     [], [SO(BARZANI, SOLEIMANI)]),
    ("en", "Mohammed Shia al-Sudani met Abbas Araghchi in Baghdad. "
     "It was Sudani's first official meeting with an Iranian minister since Ali Bagheri Kani "
     "left the ministry.",
     [], [SO(SUDANI, BAGHERI), SO(ARAGHCHI, BAGHERI)]),
    # 2. fail on the base: the reduced relative's head is the appointee
    ("en", "Ali Shadmani, appointed to Khatam al-Anbiya headquarters in place of Gholam Ali "
     "Rashid, died of his wounds days later.",
     [SO(SHADMANI, RASHID)], []),
    ("en", "Abdolrahim Mousavi, the career officer appointed chief of staff in June in place of "
     "Mohammad Bagheri, received Amir Hatami on Monday.",
     [SO(MOUSAVI, BAGHERI_MG)], [SO(HATAMI, BAGHERI_MG)]),
    # negatives: the participle belongs to a clause inside the head, or to others listed after
    ("en", "Ali Shadmani, the general who praised officers appointed in place of Gholam Ali "
     "Rashid, spoke on Monday.",
     [], [SO(SHADMANI, RASHID)]),
    ("en", "Amir Hatami met Abdolrahim Mousavi, the new chief of staff, and officers appointed "
     "in place of Mohammad Bagheri's aides.",
     [], [SO(MOUSAVI, BAGHERI_MG), SO(HATAMI, BAGHERI_MG)]),
    # 3. fail on the base (it read the pair reversed)
    ("ar", 'عُيّن إسماعيل قاآني قائداً لفيلق القدس في 2020. وقال مصدر إن قاآني اختار نائبه محمد '
     'حجازي، الذي خلفه في منصب نائب قائد الفيلق، لإدارة الملف العراقي.',
     [SO(HEJAZI, QAANI)], [SO(QAANI, HEJAZI)]),
    ("ar", 'قاد قاسم سليماني فيلق القدس عقدين. واعتمد سليماني على نائبه إسماعيل قاآني، الذي '
     'خلفه في منصب قائد الفيلق بعد الغارة.',
     [SO(QAANI, SOLEIMANI)], [SO(SOLEIMANI, QAANI)]),
    # negatives: a name after the post's title is the successor; no succession verb at all
    ("ar", 'التقى إسماعيل قاآني نائبه السابق محمد حجازي، الذي خلفه في منصب نائب القائد العميد '
     'محمد رضا فلاح زاده.',
     [SO(FALLAH, HEJAZI)], [SO(HEJAZI, QAANI), SO(QAANI, HEJAZI)]),
    ("ar", 'التقى إسماعيل قاآني محمد حجازي، الذي عمل في منصب نائب قائد الفيلق سنوات.',
     [], [SO(HEJAZI, QAANI), SO(QAANI, HEJAZI)]),
    # 4. fail on the base: the passive's subject, far before "to succeed"
    ("en", "Naim Qassem, 71, for three decades deputy to the late secretary-general, was elected "
     "by the party's Shura Council on Tuesday to succeed Hassan Nasrallah.",
     [SO(QASSEM, NASRALLAH)], []),
    ("en", "Izz al-Din al-Haddad, 55, for two decades commander of the Gaza City Brigade under the "
     "late leader, was chosen by the group's military council last week to succeed Mohammed "
     "Sinwar.",
     [SO(HADDAD, SINWAR)], []),
    ("en", "Abbas Araghchi, 61, for years deputy to the late foreign minister, was confirmed by "
     "the Iranian parliament on Wednesday to replace Hossein Amir-Abdollahian.",
     [SO(ARAGHCHI, ABDOLLAHIAN)], []),
    # negatives: urged (no decision); the subject is told, someone else is named
    ("en", "Naim Qassem, 71, for three decades deputy to the secretary-general, was urged by the "
     "party's Shura Council to succeed Hassan Nasrallah, sources said.",
     [], [SO(QASSEM, NASRALLAH)]),
    ("en", "Masoud Pezeshkian, the president since July and a former health minister, was told "
     "by the council that Ali Larijani would be named to replace Ali Akbar Ahmadian.",
     [], [SO(PEZESHKIAN, AHMADIAN)]),
    # 5. fail on the base: an acting holder after the end of Y's membership
    ("ar", 'بعد أشهر من قرار المحكمة الاتحادية إنهاء عضوية محمد الحلبوسي، وهي مدة تولى خلالها '
     'النائب الثاني لرئيس البرلمان شاخوان عبد الله رئاسة المجلس بالنيابة، انتخب النواب رئيساً جديداً.',
     [SO(SHAKHAWAN, HALBOUSI)], []),
    ("ar", 'انتُخب محمود المشهداني رئيساً للبرلمان خلفاً لمحمد الحلبوسي، الذي أنهت المحكمة الاتحادية '
     'عضويته قبل عام، فيما أدار محسن المندلاوي الجلسات بالنيابة.',
     [SO(MANDALAWI, HALBOUSI)], []),
    ("en", "Shakhawan Abdullah, who has served as acting speaker since the Federal Court ended the "
     "membership of Mohammed al-Halbousi, chaired the session.",
     [SO(SHAKHAWAN, HALBOUSI)], []),
    # negatives: no acting holder; the court heard a case, ended no membership
    ("ar", 'بعد قرار المحكمة الاتحادية إنهاء عضوية محمد الحلبوسي، زار محسن المندلاوي أربيل والتقى '
     'المسؤولين.',
     [], [SO(MANDALAWI, HALBOUSI)]),
    ("en", "Mohsen al-Mandalawi, who has served as acting speaker since the court heard the case of "
     "Mohammed al-Halbousi, chaired the session.",
     [], [SO(MANDALAWI, HALBOUSI)]),
    ("en", "The court on Monday terminated the membership of speaker Mohammed al-Halbousi. "
     "Second deputy speaker Shakhawan Abdullah took over as acting speaker following the ruling.",
     [SO(SHAKHAWAN, HALBOUSI)], []),
    ("en", "Lawmakers met without Mohammed al-Halbousi, whose membership was ended by the court in "
     "November. Shakhawan Abdullah has chaired the sessions as acting speaker since then.",
     [SO(SHAKHAWAN, HALBOUSI)], []),
    # negatives: the sentence before ended no membership; no acting holder
    ("en", "The court on Monday heard a complaint against speaker Mohammed al-Halbousi. "
     "Shakhawan Abdullah took over as acting speaker following the ruling.",
     [], [SO(SHAKHAWAN, HALBOUSI)]),
    ("en", "The court on Monday terminated the membership of speaker Mohammed al-Halbousi. "
     "Mohsen al-Mandalawi spoke to reporters following the ruling.",
     [], [SO(MANDALAWI, HALBOUSI)]),
    # 6. fail on the base (the must_not): the host of "his successor" is the predecessor
    ("en", "Abdul Hamid Dbeibah was sworn in as prime minister on Monday. Fayez al-Sarraj, who "
     "had headed the Presidential Council since 2016, received his successor at the premiership "
     "headquarters.",
     [], [SO(SARRAJ, DBEIBAH)]),
    ("en", "Mohammed Shia al-Sudani won the confidence vote on Thursday. Mustafa al-Kadhimi, who "
     "led the government since 2020, welcomed his successor at the palace.",
     [], [SO(KADHIMI, SUDANI)]),
    # the appointing verb still makes its subject the successor
    ("en", "Abdul Hamid Dbeibah was sworn in as prime minister on Monday. Fayez al-Sarraj, who "
     "had headed the Presidential Council since 2016, was named his successor at the council.",
     [SO(SARRAJ, DBEIBAH)], []),
    # 7. fails on the base: the present of a timeline
    ("en", "June 13, 2025 - Mohammad Pakpour takes over the Revolutionary Guards after an Israeli "
     "strike kills Hossein Salami in Tehran.",
     [SO(PAKPOUR, SALAMI)], []),
    # negatives: wounded, not killed; the killing told first, the taking over of another post after
    ("en", "June 13, 2025 - Mohammad Pakpour takes over the Revolutionary Guards after an Israeli "
     "strike wounds Hossein Salami in Tehran.",
     [], [SO(PAKPOUR, SALAMI)]),
    ("en", "June 2025 - An Israeli strike kills Hossein Salami days after Mohammad Pakpour takes "
     "over the ground forces.",
     [], [SO(PAKPOUR, SALAMI)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_succ_s38(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
