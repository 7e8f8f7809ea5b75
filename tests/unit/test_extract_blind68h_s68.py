"""Session 68 (blind68h, Iraq 2003-2011 blind set RC-RD): two English meeting readings.

- ``attendee_list_back_en`` (with ``meeting_attended._attendees_en``): an attendee list opening
  the sentence whose first member carries an apposition, "General David Petraeus, the top U.S.
  commander in Iraq, and Ambassador Ryan Crocker were also present": Petraeus too, paired with
  both principals of the meeting before and with the other attendee (only the last member was
  read).
- ``visited_described_host_en`` (from ``context_meetings.visited_person``): the person visited
  after "visited the" and up to three describing words, "Abdulaziz Hakim visited the Iranian
  president at his residence", "Khamenei had visited the ailing cleric Abdul Aziz al-Hakim in
  hospital"; not a place ("the grave of X", "the Soleimani shrine", "the president's office").
"""

from __future__ import annotations

import pytest

from tests.extract_support import met_sorted, sorted_pair

BUSH, RISHA, PETRAEUS, CROCKER = ("person:george-w-bush", "person:abdul-sattar-abu-risha",
                                  "person:david-petraeus", "person:ryan-crocker")
ABDULLAH, MALIKI, SAUD, ZEBARI = ("person:abdullah-bin-abdulaziz", "person:nouri-al-maliki",
                                  "person:saud-al-faisal", "person:hoshyar-zebari")
ERDOGAN, MASOUD, NECHIRVAN, FIDAN = ("person:recep-tayyip-erdogan", "person:masoud-barzani",
                                     "person:nechirvan-barzani", "person:hakan-fidan")
TALABANI, RUBAIE, ALLAWI, RICE = ("person:jalal-talabani", "person:mowaffak-al-rubaie",
                                  "person:ayad-allawi", "person:condoleezza-rice")
AHMADINEJAD, AAH, KHAMENEI = ("person:mahmoud-ahmadinejad", "person:abdul-aziz-al-hakim",
                              "person:ali-khamenei")
MUBARAK = "person:hosni-mubarak"


def _pairs(*pairs: tuple[str, str]) -> set[tuple[str, str]]:
    return {sorted_pair(a, b) for a, b in pairs}


@pytest.mark.parametrize("text, attendee, others", [
    ("President George W. Bush met Sheikh Abdul Sattar Abu Risha at the al-Asad air base. General "
     "David Petraeus, the top U.S. commander in Iraq, and Ambassador Ryan Crocker were also present.",
     PETRAEUS, (BUSH, RISHA, CROCKER)),
    ("King Abdullah bin Abdulaziz received Nouri al-Maliki in Riyadh. Prince Saud al-Faisal, the "
     "foreign minister, and Hoshyar Zebari, his Iraqi counterpart, attended the meeting.",
     SAUD, (ABDULLAH, MALIKI, ZEBARI)),
    ("Recep Tayyip Erdogan met Masoud Barzani in Ankara on Tuesday. Hakan Fidan, the intelligence "
     "chief, and Nechirvan Barzani also attended.",
     FIDAN, (ERDOGAN, MASOUD, NECHIRVAN)),
    ("Jalal Talabani received Condoleezza Rice at his residence. Hoshyar Zebari, the foreign "
     "minister, and Mowaffak al-Rubaie, the national security adviser, were also present.",
     ZEBARI, (TALABANI, RICE, RUBAIE)),
])
def test_an_apposed_first_attendee_of_a_list_met_the_meeting(shipped, text, attendee, others):
    got = met_sorted(shipped, text)
    assert _pairs(*((attendee, o) for o in others)) <= got


def test_an_expected_attendance_is_no_meeting(shipped):
    got = met_sorted(shipped, "Recep Tayyip Erdogan met Masoud Barzani in Ankara on Tuesday. Hakan "
                              "Fidan, the intelligence chief, and Nechirvan Barzani are expected "
                              "to attend.")
    assert not any(FIDAN in p for p in got)


@pytest.mark.parametrize("text, visitor, host", [
    ("President Mahmoud Ahmadinejad arrived in Baghdad on Sunday. In the evening, the head of the "
     "Supreme Islamic Iraqi Council, Abdulaziz Hakim, visited the Iranian president at his "
     "residence.", AAH, AHMADINEJAD),
    ("Ayatollah Ali Khamenei had visited the ailing cleric Abdul Aziz al-Hakim in hospital last "
     "week.", KHAMENEI, AAH),
    ("Condoleezza Rice arrived in Baghdad on Sunday. In the afternoon, Ayad Allawi visited the "
     "American secretary of state at her hotel.", ALLAWI, RICE),
    ("King Abdullah bin Abdulaziz arrived in Cairo on Monday. Hosni Mubarak later visited the Saudi "
     "monarch at his palace.", MUBARAK, ABDULLAH),
    ("Recep Tayyip Erdogan landed in Erbil on Sunday. Masoud Barzani visited the Turkish prime "
     "minister at his hotel before the talks.", MASOUD, ERDOGAN),
])
def test_the_person_visited_after_describing_words(shipped, text, visitor, host):
    assert sorted_pair(visitor, host) in met_sorted(shipped, text)


@pytest.mark.parametrize("text, visitor, other", [
    ("Recep Tayyip Erdogan arrived in Baghdad. He visited the grave of Saddam Hussein on Monday.",
     ERDOGAN, "person:saddam-hussein"),
    ("Masoud Barzani arrived in Tehran. He visited the Soleimani shrine on Monday.",
     MASOUD, "person:qasem-soleimani"),
    ("Mahmoud Ahmadinejad arrived in Baghdad on Sunday. Ayad Allawi visited the Iranian "
     "president's office on Monday.", ALLAWI, AHMADINEJAD),
])
def test_a_place_visited_is_no_meeting(shipped, text, visitor, other):
    assert sorted_pair(visitor, other) not in met_sorted(shipped, text)


# ---- Arabic: "آية الله العظمى" after a title that took "آية الله" (title_extent_ar) ----------

SISTANI, ARAGHCHI, NAJAFI, PEZESHKIAN, SUDANI = (
    "person:ali-al-sistani", "person:abbas-araghchi", "person:bashir-al-najafi",
    "person:masoud-pezeshkian", "person:mohammed-shia-al-sudani")


@pytest.mark.parametrize("text, host, guest, earlier", [
    ("طهران تدعم حكومة المالكي\nاستقبل المرجع الديني الأعلى آية الله العظمى السيد علي الحسيني "
     "السيستاني، أمس، في مكتبه بالنجف، وزير الخارجية الإيراني عباس عراقجي.", SISTANI, ARAGHCHI,
     MALIKI),
    ("وصل الرئيس مسعود بزشكيان إلى بغداد.\nواستقبل المرجع الديني الكبير آية الله العظمى الشيخ بشير "
     "النجفي في مكتبه بالنجف الأشرف رئيس إقليم كوردستان نيجيرفان بارزاني.", NAJAFI, NECHIRVAN,
     PEZESHKIAN),
    ("التقى جلال طالباني أمس في بغداد مسعود بارزاني.\nكما استقبل المرجع الديني الأعلى آية الله العظمى "
     "السيد علي السيستاني في النجف رئيس الوزراء محمد شياع السوداني.", SISTANI, SUDANI, TALABANI),
])
def test_a_grand_ayatollah_after_his_title_is_the_host(shipped, text, host, guest, earlier):
    got = met_sorted(shipped, text, "ar")
    assert sorted_pair(host, guest) in got
    assert sorted_pair(earlier, host) not in got and sorted_pair(earlier, guest) not in got


# ---- ASSASSINATED_BY: a claim after a time phrase or an apposition (kill_claim_opening_en) ----

ISLAMIC_STATE, LIWA = "organization:islamic-state", "organization:liwa-al-islam"
SAAD, RAJIHA = "person:jaafar-mohammed-saad", "person:dawoud-rajiha"


def _killed_by(extractor, text: str) -> set[tuple[str, str]]:
    return {(r["source"], r["target"]) for r in extractor.extract(text, lang="en")["relations"]
            if r["type"] == "ASSASSINATED_BY"}


@pytest.mark.parametrize("text, victim, agent", [
    ("Sheikh Abdul-Sattar Abu Risha was killed on Thursday by a roadside bomb near his home in "
     "Ramadi. On Friday the Islamic State claimed responsibility for the killing.", RISHA,
     ISLAMIC_STATE),
    ("Sheikh Abdul-Sattar Abu Risha was killed on Thursday by a roadside bomb near his home in "
     "Ramadi. The Islamic State, an umbrella group led by al Qaeda, claimed responsibility for "
     "the killing.", RISHA, ISLAMIC_STATE),
    ("Defence Minister Dawoud Rajiha was killed in a bombing in Damascus. Liwa al-Islam, a rebel "
     "brigade active in the Damascus countryside, claimed responsibility for the attack in a "
     "statement posted online.", RAJIHA, LIWA),
    ("Jaafar Mohammed Saad was killed by a car bomb in Aden on Sunday. On Monday, the Islamic "
     "State claimed responsibility for the attack.", SAAD, ISLAMIC_STATE),
    ("Sheikh Abdul-Sattar Abu Risha was killed by a roadside bomb in Ramadi. The next day, the "
     "Islamic State claimed the assassination.", RISHA, ISLAMIC_STATE),
])
def test_a_claim_after_a_time_phrase_or_an_apposition(shipped, text, victim, agent):
    assert (victim, agent) in _killed_by(shipped, text)


@pytest.mark.parametrize("text, victim, agent", [
    ("Sheikh Abdul-Sattar Abu Risha was killed on Thursday by a roadside bomb near his home in "
     "Ramadi. On Friday the Islamic State denied it had claimed responsibility for the killing.",
     RISHA, ISLAMIC_STATE),
    ("Sheikh Abdul-Sattar Abu Risha was killed on Thursday by a roadside bomb near his home in "
     "Ramadi. Police said the Islamic State, an umbrella group, claimed responsibility for the "
     "killing.", RISHA, ISLAMIC_STATE),
    ("Jaafar Mohammed Saad was killed by a car bomb in Aden on Sunday. The Islamic State, an "
     "umbrella of factions, claimed the Jan. 28 drone attack on Tower 22.", SAAD, ISLAMIC_STATE),
    ("Sheikh Abdul-Sattar Abu Risha was killed by Kurdish forces in Ramadi. On Friday the Islamic "
     "State claimed the assassination.", RISHA, ISLAMIC_STATE),
])
def test_no_claim_when_denied_reported_another_deed_or_agent_named(shipped, text, victim, agent):
    assert (victim, agent) not in _killed_by(shipped, text)
