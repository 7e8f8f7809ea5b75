"""Session 71 (successions71b): SUCCESSOR_OF shapes the session's fresh writers used and the
extractor misread: ", and succeeded Y" after an "after / when K was ... by Z" clause (the main
subject X, not Z); "X, who was elected on Saturday to succeed his half-brother" (a completed
choice before "to succeed <kin>"); "with Sheikh A bin N bin K al-Thani as Prime Minister,
replacing Y" (the appointee, not the emir who issued the decree, when the family name is left
out of the name's span); «أعلن Y تنازله عن الحكم لابنه X» (the abdication noun with its owner's
pronoun, the announcer Y; not when refused or denied); the scorer's "K ..., naming his cousin X
as prime minister" (K appointed X: no succession from K to X)."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

HADDAD = "person:karim-haddad"
NASSAR = "person:samir-nassar"
AOUN = "person:fadi-aoun"
KHOURY = "person:elias-khoury"
FAROUK = "person:nadia-farouk"
SELIM = "person:tariq-selim"
BADRAN = "person:hisham-badran"
ZAKI = "person:omar-zaki"
JABER = "person:jaber-al-ahmad-al-sabah"
SABAH = "person:sabah-al-ahmad-al-jaber-al-sabah"
TAMIM = "person:tamim-bin-hamad-al-thani"
KHALID = "person:khalid-bin-khalifa-al-thani"
ABDULLAH_N = "person:abdullah-bin-nasser-al-thani"
MOHAMMED_A = "person:mohammed-bin-abdulrahman-al-thani"
HAMAD_K = "person:hamad-bin-khalifa-al-thani"

# ---- ", and succeeded Y" after a time clause with its own subject ----------------------------
AFTER_CLAUSE_AND = [
    ("Karim Haddad became party leader in 1990 after Samir Nassar was shot dead by a guard, "
     "Fadi Aoun, and succeeded Elias Khoury as president in 1994.", "en",
     [SO(HADDAD, KHOURY)], [SO(AOUN, KHOURY), SO(NASSAR, KHOURY)]),
    ("Nadia Farouk became party chair in 2003 when Tarek Selim was forced out by the courts, "
     "and succeeded Hisham Badran as speaker in 2008.", "en",
     [SO(FAROUK, BADRAN)], [SO(SELIM, BADRAN)]),
    # the second clause has its own subject: his, not the first subject's
    ("Nadia Farouk met Omar Zaki after Tarek Selim resigned, and Zaki succeeded Hisham Badran "
     "as speaker.", "en", [SO(ZAKI, BADRAN)], [SO(FAROUK, BADRAN)]),
    # no time clause: the subject as before
    ("Nadia Farouk became party chair in 2003 and succeeded Hisham Badran as speaker in "
     "2008.", "en", [SO(FAROUK, BADRAN)], []),
]

# ---- "was elected (on Saturday) to succeed his <kin>" ---------------------------------------
CHOSEN_TO_SUCCEED_KIN = [
    ("Mourners gathered on Friday for the funeral of Sheikh Jaber al-Ahmad al-Sabah.\n"
     "Sheikh Sabah al-Ahmad al-Sabah, who was elected on Saturday to succeed his half-brother, "
     "received the French president on Sunday.", "en", [SO(SABAH, JABER)], []),
    ("Mourners gathered on Friday for the funeral of Sheikh Jaber al-Ahmad al-Sabah.\n"
     "Sheikh Sabah al-Ahmad al-Sabah was elected on Saturday to succeed his half-brother.",
     "en", [SO(SABAH, JABER)], []),
    # a plan or a wish is no succession
    ("Mourners gathered on Friday for the funeral of Sheikh Jaber al-Ahmad al-Sabah.\n"
     "Sheikh Sabah al-Ahmad al-Sabah is expected to be elected on Saturday to succeed his "
     "half-brother.", "en", [], [SO(SABAH, JABER)]),
    ("Mourners gathered on Friday for the funeral of Sheikh Jaber al-Ahmad al-Sabah.\n"
     "Sheikh Sabah al-Ahmad al-Sabah hopes to succeed his half-brother.", "en",
     [], [SO(SABAH, JABER)]),
    # the same in Arabic (already read)
    ("توفي الشيخ جابر الأحمد الصباح يوم الجمعة.\n"
     "وانتخب الشيخ صباح الأحمد الصباح السبت خلفاً لأخيه غير الشقيق، واستقبل الرئيس الفرنسي "
     "الأحد.", "ar", [SO(SABAH, JABER)], []),
]

# ---- "K issued a decree ..., with X <family> as Prime Minister, replacing Y" ------------------
DECREE_WITH_AS = [
    ("The Emir Sheikh Tamim bin Hamad al-Thani on Tuesday issued an Emiri order forming a new "
     "cabinet, with Sheikh Khalid bin Khalifa bin Abdulaziz al-Thani as Prime Minister and "
     "Minister of Interior, replacing Sheikh Abdullah bin Nasser bin Khalifa al-Thani.", "en",
     [SO(KHALID, ABDULLAH_N)], [SO(TAMIM, ABDULLAH_N)]),
    ("Sheikh Tamim bin Hamad al-Thani issued a decree on Tuesday naming a new government, with "
     "Sheikh Mohammed bin Abdulrahman bin Jassim al-Thani as Prime Minister, replacing Sheikh "
     "Khalid bin Khalifa bin Abdulaziz al-Thani.", "en",
     [SO(MOHAMMED_A, KHALID)], [SO(TAMIM, KHALID)]),
]

# ---- «أعلن Y تنازله عن الحكم لابنه X» ----------------------------------------------------------
OWN_ABDICATION_AR = [
    ("أعلن أمير قطر الشيخ حمد بن خليفة آل ثاني الثلاثاء في خطاب متلفز تنازله عن الحكم لابنه "
     "الشيخ تميم بن حمد آل ثاني.", "ar", [SO(TAMIM, HAMAD_K)], [SO(HAMAD_K, TAMIM)]),
    ("وأعلن الشيخ حمد بن خليفة آل ثاني تنازله عن السلطة لصالح نجله الشيخ تميم بن حمد آل ثاني.",
     "ar", [SO(TAMIM, HAMAD_K)], []),
    # refused or denied: no succession
    ("رفض أمير قطر الشيخ حمد بن خليفة آل ثاني الثلاثاء تنازله عن الحكم لابنه الشيخ تميم بن حمد "
     "آل ثاني.", "ar", [], [SO(TAMIM, HAMAD_K)]),
    ("نفى الديوان الأميري أن يكون الشيخ حمد بن خليفة آل ثاني قد أعلن تنازله عن الحكم لابنه "
     "الشيخ تميم بن حمد آل ثاني.", "ar", [], [SO(TAMIM, HAMAD_K)]),
    # the same in English (already read)
    ("Qatar's emir, Sheikh Hamad bin Khalifa al-Thani, announced on Tuesday in a televised "
     "address that he was handing over power to his son, Sheikh Tamim bin Hamad al-Thani.",
     "en", [SO(TAMIM, HAMAD_K)], []),
]

# ---- "K, 33, moved to settle the succession, naming his cousin X as ...": K appointed X -------
APPOINTER_NAMING = [
    ("Sheikh Tamim bin Hamad al-Thani took power on Tuesday after his father, Sheikh Hamad bin "
     "Khalifa al-Thani, stepped down.\nTamim, 33, moved quickly to settle the succession, "
     "naming his cousin Sheikh Abdullah bin Nasser al-Thani, the interior minister, as prime "
     "minister and his brother Sheikh Abdullah bin Hamad al-Thani as deputy emir.", "en",
     [SO(TAMIM, HAMAD_K)], [SO(TAMIM, ABDULLAH_N)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"),
                         AFTER_CLAUSE_AND + CHOSEN_TO_SUCCEED_KIN + DECREE_WITH_AS +
                         OWN_ABDICATION_AR + APPOINTER_NAMING)
def test_successions71b(shipped, text, lang, must, must_not) -> None:
    assert_relations(shipped.extract(text, lang=lang), text[:40], must, must_not)
