"""Session 51: relations a researcher would notice wrong, found on short pieces written for
the session in the agencies' styles (AP, Reuters, AFP, Xinhua, Anadolu, Dawn, SANA, INA,
IRNA, Saba, al-Araby al-Jadeed) and checked against dev.

- Meetings: "X was also in attendance"; "A and B were present at the meeting."; an
  attendee whose title names a body and its known abbreviation ("National Intelligence
  Organization (MIT) chief Y") stays in the list of attendees.
- Killings: «اغتيل في عملية نسبتها إيران إلى الموساد»: a side that only blames another is no
  killer (dev gold leaves "an attack Iran blamed on Israel" unpaired).
- Names: "Khalifa Hifter and his son Saddam" is Saddam Haftar, not Saddam Hussein.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels

ERDOGAN, HANIYEH = "person:recep-tayyip-erdogan", "person:ismail-haniyeh"
FIDAN, KALIN = "person:hakan-fidan", "person:ibrahim-kalin"
XI, SUDANI, WANG = "person:xi-jinping", "person:mohammed-shia-al-sudani", "person:wang-yi"


def test_an_attendee_titled_by_a_body_and_its_abbreviation_stays_in_the_list(shipped):
    text = ("Turkish President Recep Tayyip Erdogan received Hamas political bureau chief "
            "Ismail Haniyeh in Istanbul on Saturday. Foreign Minister Hakan Fidan and National "
            "Intelligence Organization (MIT) chief Ibrahim Kalin attended the meeting.")
    met = _met(shipped, text)
    for a in (FIDAN, KALIN):
        assert tuple(sorted((a, ERDOGAN))) in met and tuple(sorted((a, HANIYEH))) in met


@pytest.mark.parametrize("attended", ["were present at the meeting.",
                                      "were also in attendance."])
def test_attendees_present_at_the_meeting_met_both_sides(rules_only, attended):
    text = ("Chinese President Xi Jinping met with visiting Iraqi Prime Minister Mohammed Shia "
            f"al-Sudani in Beijing on Tuesday. Foreign Minister Wang Yi {attended}")
    text = text.replace("Foreign Minister Wang Yi were", "Foreign Minister Wang Yi was")
    met = _met(rules_only, text)
    assert {tuple(sorted((WANG, XI))), tuple(sorted((WANG, SUDANI)))} <= met


@pytest.mark.parametrize("attended", ["were present at a conference in Paris.",
                                      "were present at the meeting with Macron."])
def test_present_at_another_event_is_no_attendance(rules_only, attended):
    text = ("Chinese President Xi Jinping met with visiting Iraqi Prime Minister Mohammed Shia "
            f"al-Sudani in Beijing on Tuesday. Foreign Minister Wang Yi {attended}")
    text = text.replace("Wang Yi were", "Wang Yi was")
    assert tuple(sorted((WANG, SUDANI))) not in _met(rules_only, text)


@pytest.mark.parametrize("text", [
    "وأحيت طهران ذكرى العالم النووي محسن فخري زاده الذي اغتيل في عملية نسبتها إيران إلى "
    "الموساد الإسرائيلي.",
    "اغتيل العالم النووي محسن فخري زاده في عملية تتهم طهران إسرائيل بتنفيذها.",
])
def test_the_side_that_blames_a_killing_on_another_is_not_its_killer(shipped, text):
    assert not _rels(shipped, text, "ASSASSINATED_BY", "ar")


def test_a_lone_given_name_after_his_son_takes_the_fathers_family(shipped):
    text = ("The U.N. envoy Hanna Tetteh later flew to Benghazi for talks with military "
            "commander Khalifa Hifter and his son Saddam.")
    met = _met(shipped, text)
    assert tuple(sorted(("person:hanna-tetteh", "person:saddam-haftar"))) in met
    assert not any("person:saddam-hussein" in p for p in met)


def test_a_known_nephew_named_by_his_given_name_stays_the_known_person(rules_only):
    text = "The envoy Hanna Tetteh met Masoud Barzani and his nephew Nechirvan in Erbil."
    people = {e["id"] for e in rules_only.extract(text, lang="en")["entities"]}
    assert "person:nechirvan-barzani" in people


MBS, SHARIF = "person:mohammed-bin-salman", "person:shehbaz-sharif"
KHALID, ABDULAZIZ = "person:khalid-bin-salman", "person:abdulaziz-bin-saud-bin-nayef"
AIBAN = "person:musaed-al-aiban"
RECEPTION_AR = ("استقبل ولي العهد الأمير محمد بن سلمان في قصر اليمامة اليوم رئيس الوزراء "
                "الباكستاني محمد شهباز شريف. ")


def test_every_attendee_of_a_gulf_protocol_list_with_titles_after_names_met_both(shipped):
    text = RECEPTION_AR + (
        "حضر الاستقبال صاحب السمو الأمير خالد بن سلمان وزير الدفاع، وصاحب السمو الأمير "
        "عبدالعزيز بن سعود بن نايف وزير الداخلية، ومعالي وزير الدولة مستشار الأمن الوطني "
        "الدكتور مساعد بن محمد العيبان.")
    met = _met(shipped, text, "ar")
    for a in (KHALID, ABDULAZIZ, AIBAN):
        assert tuple(sorted((a, MBS))) in met and tuple(sorted((a, SHARIF))) in met


def test_a_title_opening_with_waw_after_a_name_is_his_not_someone_elses(rules_only):
    text = RECEPTION_AR + "حضر الاستقبال صاحب السمو الأمير خالد بن سلمان وزير الدفاع."
    sharif = [e for e in rules_only.extract(text, lang="ar")["entities"] if e["id"] == SHARIF]
    spans = [text[a:b] for a, b in sharif[0]["mentions"]]
    assert "وزير الدفاع" not in spans


def test_attendees_from_one_side_without_a_meeting_noun_met_the_reception(rules_only):
    text = RECEPTION_AR + ("فيما حضر من الجانب الباكستاني نائب رئيس الوزراء وزير الخارجية "
                           "محمد إسحاق دار، وقائد الجيش المشير عاصم منير.")
    met = _met(rules_only, text, "ar")
    for a in ("person:ishaq-dar", "person:asim-munir"):
        assert tuple(sorted((a, MBS))) in met and tuple(sorted((a, SHARIF))) in met


def test_from_the_side_of_a_report_is_no_attendance(rules_only):
    text = RECEPTION_AR + "وحضر من الجانب الباكستاني وفد إعلامي لتغطية الزيارة."
    assert _met(rules_only, text, "ar") == {tuple(sorted((MBS, SHARIF)))}


PUTIN, SHARAA = "person:vladimir-putin", "person:ahmed-al-sharaa"
LAVROV, SHAIBANI = "person:sergei-lavrov", "person:asaad-al-shaibani"
KREMLIN = ("Russian President Vladimir Putin held talks in the Kremlin on Friday with Syrian "
           "interim President Ahmed al-Sharaa. Kremlin aide Yuri Ushakov said the leaders "
           "discussed the future of Russia's bases. ")


@pytest.mark.parametrize("took_part", [
    "Foreign Minister Sergei Lavrov and his Syrian counterpart Asaad al-Shibani took part in "
    "the talks.",
    "Foreign Minister Sergei Lavrov and his Syrian counterpart Asaad al-Shibani participated "
    "in the talks.",
])
def test_ministers_who_took_part_in_the_talks_told_two_sentences_before_met_both(rules_only,
                                                                                  took_part):
    met = _met(rules_only, KREMLIN + took_part)
    for a in (LAVROV, SHAIBANI):
        assert tuple(sorted((a, PUTIN))) in met and tuple(sorted((a, SHARAA))) in met


def test_participating_in_another_event_is_no_attendance(rules_only):
    text = KREMLIN + "Foreign Minister Sergei Lavrov participated in a conference in Brussels."
    assert not any(LAVROV in p for p in _met(rules_only, text))


def test_took_over_after_a_death_told_with_an_apposition_is_a_succession(shipped):
    text = ("Abu Fadak al-Mohammedawi had taken over the group's military operations after Abu "
            "Mahdi al-Muhandis, its founder, was killed in a U.S. drone strike in January 2020.")
    assert ("person:abdul-aziz-al-muhammadawi", "person:abu-mahdi-al-muhandis") in \
        _rels(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text", [
    "نعت المقاومة الإسلامية القيادي فيها حسن بدير، الذي اغتاله العدو الإسرائيلي بغارة على "
    "الضاحية الجنوبية.",
    "نعى حزب الله القيادي فيه حسن بزي الذي استشهد بغارة إسرائيلية.",
])
def test_a_member_titled_in_it_with_a_two_word_name_was_killed_by_israel(shipped, text):
    victims = {s for s, t in _rels(shipped, text, "ASSASSINATED_BY", "ar") if t == "country:israel"}
    assert victims & {"person:hassan-badir", "person:hassan-bazi"}


def test_a_preposition_and_noun_after_a_given_name_is_still_no_family_name(rules_only):
    text = "التقى الشيخ محمد بوفد حماس في الدوحة."
    names = {e["name"] for e in rules_only.extract(text, lang="ar")["entities"]}
    assert not any("Bwafd" in n or "Bufd" in n or "Bwfd" in n for n in names)


@pytest.mark.parametrize("text", [
    "وتولى نعيم قاسم منصب الأمين العام لحزب الله خلفاً لحسن نصر الله.",
    "وتولى نعيم قاسم منصب الأمين العام لحزب الله خلفاً لحسن نصر الله الذي اغتالته إسرائيل.",
])
def test_the_post_taken_is_no_person_so_the_successor_is_the_subject(shipped, text):
    assert ("person:naim-qassem", "person:hassan-nasrallah") in \
        _rels(shipped, text, "SUCCESSOR_OF", "ar")


def test_khalafahu_in_the_post_of_still_reads_the_relatives_head(shipped):
    text = ("ويقول مسؤول عراقي إن قاآني يعتمد على نائبه محمد حجازي، الذي خلفه في منصب نائب "
            "قائد الفيلق.")
    assert ("person:mohammad-hejazi", "person:esmail-qaani") in \
        _rels(shipped, text, "SUCCESSOR_OF", "ar")


@pytest.mark.parametrize("text", [
    "Abu Fadak al-Mohammedawi took over Muhandis's role as the force's chief of staff.",
    "Naim Qassem took over Nasrallah's office as secretary-general.",
])
def test_taking_over_someones_role_is_succeeding_him(shipped, text):
    old = "person:abu-mahdi-al-muhandis" if "Muhandis" in text else "person:hassan-nasrallah"
    assert any(t == old for _s, t in _rels(shipped, text, "SUCCESSOR_OF", "en"))


def test_taking_over_ones_own_new_role_is_no_succession(rules_only):
    text = "General Michael Kurilla took over his new role at Central Command in April."
    assert not _rels(rules_only, text, "SUCCESSOR_OF", "en")


def test_a_family_name_respelt_from_the_known_one_names_him_alone_later(shipped):
    text = ("Abbas al-Musawi was killed by Israeli helicopter gunships in 1992. Hassan "
            "Nasrallah took over after Musawi's assassination.")
    assert ("person:hassan-nasrallah", "person:abbas-mousavi") in \
        _rels(shipped, text, "SUCCESSOR_OF", "en")


@pytest.mark.parametrize("text", [
    "وكان صبحي الطفيلي قد خلفه عباس الموسوي.",
    "وكان الأمين العام للحزب صبحي الطفيلي قد خلفه عباس الموسوي عام 1991.",
])
def test_kana_x_qad_khalafahu_y_is_y_succeeding_x(shipped, text):
    rels = _rels(shipped, text, "SUCCESSOR_OF", "ar")
    assert len(rels) == 1
    new, old = next(iter(rels))
    assert new == "person:abbas-mousavi" and old.startswith("person:subhi-al-")


def test_kana_x_qad_left_then_khalafahu_y_still_reads_x_once(rules_only):
    text = "وكان صبحي الطفيلي قد غادر منصبه، وخلفه عباس الموسوي."
    rels = _rels(rules_only, text, "SUCCESSOR_OF", "ar")
    assert {n for n, _o in rels} == {"person:abbas-mousavi"}


def test_shot_dead_a_described_commander_then_his_name_is_a_killing(shipped):
    text = ("Pakistani troops shot dead a militant commander, Bashir Zeb, in a raid in "
            "Quetta.")
    assert {s for s, _t in _rels(shipped, text, "ASSASSINATED_BY", "en")} == \
        {"person:bashir-zeb-baloch"}


def test_shot_dead_a_described_group_then_a_list_is_no_named_killing(rules_only):
    text = "Pakistani troops shot dead a group of militants, the army said."
    assert not _rels(rules_only, text, "ASSASSINATED_BY", "en")


def test_a_place_after_the_occupation_killer_is_no_killer(shipped):
    text = "خلفاً للقائد الشهيد إسماعيل هنية، الذي اغتاله الاحتلال في طهران."
    assert ("person:ismail-haniyeh", "country:iran") not in \
        _rels(shipped, text, "ASSASSINATED_BY", "ar")


HAYYA, RASHAD = "person:khalil-al-hayya", "person:hassan-rashad"
MBAR = "person:mohammed-bin-abdulrahman-al-thani"
DELEGATION_AR = "التقى الشيخ محمد بن عبد الرحمن آل ثاني وفد حركة حماس برئاسة خليل الحية. "


@pytest.mark.parametrize("again", ["واستقبل اللواء حسن رشاد وفد حماس في وقت لاحق.",
                                   "واستقبل اللواء حسن رشاد بدوره وفد الحركة في وقت لاحق.",
                                   "واستقبل اللواء حسن رشاد الوفد في وقت لاحق."])
def test_the_same_delegation_received_again_met_its_head(shipped, again):
    assert tuple(sorted((RASHAD, HAYYA))) in _met(shipped, DELEGATION_AR + again, "ar")


def test_the_receiver_of_the_delegation_did_not_meet_its_first_host(rules_only):
    text = DELEGATION_AR + "واستقبل اللواء حسن رشاد الوفد في وقت لاحق."
    assert tuple(sorted((RASHAD, MBAR))) not in _met(rules_only, text, "ar")


def test_another_bodys_delegation_is_not_the_one_told_before(rules_only):
    text = DELEGATION_AR + "واستقبل اللواء حسن رشاد وفد حركة الجهاد الإسلامي في وقت لاحق."
    assert tuple(sorted((RASHAD, HAYYA))) not in _met(rules_only, text, "ar")


@pytest.mark.parametrize("text", [
    "Mohammad Bagheri was replaced as armed forces chief of staff by Abdolrahim Mousavi after "
    "he was killed in the Israeli strikes.",
    "Abdolrahim Mousavi replaced Mohammad Bagheri as chief of staff after he was killed in the "
    "Israeli strikes.",
])
def test_after_he_was_killed_in_a_replacement_is_the_one_replaced(shipped, text):
    assert {s for s, _t in _rels(shipped, text, "ASSASSINATED_BY", "en")} == \
        {"person:mohammad-bagheri"}


def test_a_son_named_by_his_given_name_after_a_handover_takes_the_fathers_family(shipped):
    text = "وسلّم وليد جنبلاط رئاسة الحزب إلى نجله تيمور."
    assert ("person:taymour-jumblatt", "person:walid-jumblatt") in \
        _rels(shipped, text, "SUCCESSOR_OF", "ar")


def test_chosen_to_lead_after_the_death_of_the_leader_succeeded_him(shipped):
    text = "واختير محمد السنوار لقيادة الكتائب بعد استشهاد محمد الضيف."
    assert ("person:mohammed-sinwar", "person:mohammed-deif") in \
        _rels(shipped, text, "SUCCESSOR_OF", "ar")


def test_chosen_to_lead_a_delegation_after_a_death_is_no_succession(rules_only):
    text = "واختير محمد السنوار لقيادة الوفد بعد أيام من لقائه محمد الضيف."
    assert not _rels(rules_only, text, "SUCCESSOR_OF", "ar")


@pytest.mark.parametrize("text", [
    "Field Marshal Asim Munir paid a courtesy call on Saudi Crown Prince Mohammed bin Salman.",
    "Field Marshal Asim Munir held a bilateral summit with Saudi Crown Prince Mohammed bin "
    "Salman.",
])
def test_a_courtesy_call_or_summit_with_a_national_title_is_a_meeting(shipped, text):
    assert tuple(sorted(("person:asim-munir", "person:mohammed-bin-salman"))) in _met(shipped, text)


def test_a_meeting_with_unnamed_rulers_before_a_name_is_no_meeting_with_him(rules_only):
    text = "Blinken had a meeting with Gulf rulers after Jordan's King Abdullah II left."
    assert not _met(rules_only, text)


SISI, MITSOTAKIS = "person:abdel-fattah-el-sisi", "person:kyriakos-mitsotakis"


@pytest.mark.parametrize("text,lang", [
    ("Egyptian President Abdel Fattah al-Sisi and Greek Prime Minister Kyriakos Mitsotakis "
     "witnessed the signing of several agreements.", "en"),
    ("وشهد الرئيس عبد الفتاح السيسي ورئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس توقيع عدد من "
     "الاتفاقيات.", "ar"),
])
def test_leaders_who_witnessed_a_signing_together_met(shipped, text, lang):
    assert tuple(sorted((SISI, MITSOTAKIS))) in _met(shipped, text, lang)


def test_one_witness_of_a_signing_meets_no_one(rules_only):
    text = "Egyptian President Abdel Fattah al-Sisi witnessed the signing of several agreements."
    assert not _met(rules_only, text)


def test_a_verbal_noun_and_its_object_after_a_name_are_not_part_of_it(rules_only):
    text = "وشهد رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس توقيع الاتفاقيات."
    people = {e["id"] for e in rules_only.extract(text, lang="ar")["entities"]
              if e["id"].startswith("person:")}
    assert len(people) == 1 and next(iter(people)).endswith(("mitsotakis", "mitsutakis"))


@pytest.mark.parametrize("text", ["واستقبل الرئيس جوزاف عون ضيفه علي لاريجاني في بعبدا.",
                                  "واستقبل الرئيس عون ضيفه علي لاريجاني في بعبدا."])
def test_his_guest_before_a_name_is_no_name_word(rules_only, text):
    names = {e["name"] for e in rules_only.extract(text, lang="ar")["entities"]}
    assert not any("Difh" in n or "Dayfuh" in n for n in names)


ERDOGAN_PUTIN = "Putin received Erdogan in the Kremlin on Friday. "


@pytest.mark.parametrize("opening", ["Also attending were", "Attending the talks were"])
def test_attending_were_a_and_b_after_a_meeting_met_both_sides(rules_only, opening):
    text = ERDOGAN_PUTIN + opening + (" Foreign Minister Sergei Lavrov and Turkish Foreign "
                                      "Minister Hakan Fidan.")
    met = _met(rules_only, text)
    for a in (LAVROV, FIDAN):
        for b in ("person:vladimir-putin", ERDOGAN):
            assert tuple(sorted((a, b))) in met


def test_attending_another_event_were_is_no_attendance(rules_only):
    text = ERDOGAN_PUTIN + ("Attending a rally in Moscow were Foreign Minister Sergei Lavrov "
                            "and Turkish Foreign Minister Hakan Fidan.")
    assert not any(LAVROV in p for p in _met(rules_only, text))


AROURI = "person:saleh-al-arouri"


@pytest.mark.parametrize("text,victim,agent", [
    ("واستهدفت غارة إسرائيلية منزل القيادي صالح العاروري ما أدى إلى استشهاده.", AROURI,
     "country:israel"),
    ("واستهدفت غارة إسرائيلية منزل القيادي صالح العاروري ما أدى إلى اغتياله.", AROURI,
     "country:israel"),
    ("وسقط القيادي في حزب الله علي كركي قتيلاً بغارة إسرائيلية.", "person:ali-karaki",
     "country:israel"),
    ("ومات القيادي في الحشد أبو تقوى السعيدي متأثراً بجروح أصيب بها في غارة أمريكية.",
     "person:mushtaq-taleb-al-saidi", "country:united-states"),
])
def test_a_sentence_whose_only_killing_word_is_a_steps_own_trigger_is_read(shipped, text, victim,
                                                                           agent):
    assert (victim, agent) in _rels(shipped, text, "ASSASSINATED_BY", "ar")


def test_bound_by_the_commander_in_chiefs_directives_is_no_order_to_kill(rules_only):
    text = ("وأكد المحمداوي، الذي تسلّم رئاسة أركان الحشد خلفاً للشهيد أبو مهدي المهندس بعد "
            "اغتياله بضربة أمريكية قرب مطار بغداد، أن الحشد ملتزم بتوجيهات القائد العام للقوات "
            "المسلحة.")
    agents = {t for _s, t in _rels(rules_only, text, "ASSASSINATED_BY", "ar")}
    assert agents <= {"country:united-states"}


def test_during_his_reception_of_a_delegation_headed_by_x_he_met_x(shipped):
    text = ("وأكد الشيخ نعيم قاسم أن دماء الشهداء لن تذهب هدراً، وذلك خلال استقباله وفداً من "
            "حركة أمل برئاسة النائب علي حسن خليل.")
    assert tuple(sorted(("person:ali-hassan-khalil", "person:naim-qassem"))) in \
        _met(shipped, text, "ar")


@pytest.mark.parametrize("next_sentence", ["Israel later acknowledged responsibility.",
                                           "Israel later admitted responsibility."])
def test_a_side_acknowledging_responsibility_after_a_killing_is_its_agent(shipped, next_sentence):
    text = "Political chief Ismail Haniyeh was assassinated in Tehran. " + next_sentence
    assert (HANIYEH, "country:israel") in _rels(shipped, text, "ASSASSINATED_BY", "en")


@pytest.mark.parametrize("next_sentence", ["Israel has not acknowledged responsibility.",
                                           "Israel never admitted responsibility."])
def test_a_side_not_acknowledging_responsibility_is_no_agent(rules_only, next_sentence):
    text = "Political chief Ismail Haniyeh was assassinated in Tehran. " + next_sentence
    assert not _rels(rules_only, text, "ASSASSINATED_BY", "en")
