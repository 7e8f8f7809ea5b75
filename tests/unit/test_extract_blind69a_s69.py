"""Session 69 (blind69a): fixes after the first contact of blind set RQ-RR (Yemen 2011-2022,
written blind: Saleh, Hadi, the Houthis, the UN envoys, the Presidential Leadership Council),
each read in several paraphrases of other outlets, people and clitics.

- Descriptions: a description told by a diplomat's head word ("the UN envoy", «المبعوث الأممي»,
  "the ambassador") whose holder was named more than three sentences back, after the audience,
  the host's words and the one present: «وكان المبعوث الأممي قد التقى ... X» is the envoy named
  in the opening, not the undersecretary present nor no one
  (``desc_head_fit_back.titled_holder_back``, called from ``coreference``); the latest person
  the gazetteer and the article never titled so is passed over for one titled so
  (``description_fit.titled_as``: the gazetteer's profile, "Special Envoy X", «المبعوث الخاص X»,
  «X المبعوث الخاص»), an envoy before a foreign minister the gazetteer calls a mediator.
  "The Secretary-General" is the one the gazetteer titles Secretary-General, not a colleague
  named since (``description_fit.general_office``).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

GRUNDBERG, ABDULSALAM, ALBUSAIDI = ("person:hans-grundberg", "person:mohammed-abdulsalam",
                                    "person:badr-albusaidi")
PEDERSEN, SAFADI, MEKDAD = "person:geir-pedersen", "person:ayman-safadi", "person:faisal-mekdad"
TETTEH, GUTERRES = "person:hanna-tetteh", "person:antonio-guterres"
FIDAN = "person:hakan-fidan"

_AR_FILL = ("وجرى خلال المقابلة استعراض الجهود المبذولة لتثبيت التهدئة وسبل البناء عليها.\n"
            "وأكد الوزير حرص بلاده على مواصلة دعم مساعي الأمم المتحدة لإحلال السلام.\n")
_EN_FILL = ("The two sides discussed efforts to consolidate the truce.\n"
            "The minister stressed his country's support for the United Nations' efforts.\n")


@pytest.mark.parametrize("text, envoy, met, host, present", [
    ("استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية، اليوم، سعادة هانس غروندبرغ المبعوث "
     "الخاص للأمين العام للأمم المتحدة إلى اليمن.\n" + _AR_FILL +
     "حضر المقابلة سعادة الشيخ سالم بن علي الهنائي وكيل الوزارة.\n"
     "وكان المبعوث الأممي قد التقى في مسقط أمس رئيس وفد صنعاء المفاوض محمد عبدالسلام.",
     GRUNDBERG, ABDULSALAM, ALBUSAIDI, "الهنائي"),
    ("التقى وزير الخارجية الأردني أيمن الصفدي في عمّان، أمس، المبعوث الأممي الخاص إلى سوريا غير بيدرسن.\n"
     + _AR_FILL + "وحضر اللقاء الأمين العام للوزارة السفير يوسف الحمود.\n"
     "وكان المبعوث الأممي قد اجتمع في دمشق الأحد بوزير الخارجية السوري فيصل المقداد.",
     PEDERSEN, MEKDAD, SAFADI, "الحمود"),
    ("Omani Foreign Minister Badr Albusaidi received Hans Grundberg, the UN special envoy for Yemen, "
     "in Muscat on Monday.\n" + _EN_FILL + "Undersecretary Salem al-Hinai attended the meeting.\n"
     "The UN envoy had met the Houthis' chief negotiator, Mohammed Abdulsalam, in Muscat on Sunday.",
     GRUNDBERG, ABDULSALAM, ALBUSAIDI, "Hinai"),
    ("Jordanian Foreign Minister Ayman Safadi received UN special envoy Geir Pedersen in Amman on "
     "Tuesday.\n" + _EN_FILL + "The ministry's secretary-general, Youssef al-Hmoud, was present.\n"
     "The envoy had held talks with Syrian Foreign Minister Faisal Mekdad in Damascus a day earlier.",
     PEDERSEN, MEKDAD, SAFADI, "Hmoud"),
    ("Turkish Foreign Minister Hakan Fidan received Geir Pedersen, the UN special envoy for Syria, "
     "in Ankara.\n" + _EN_FILL + "Deputy minister Nuh Yilmaz also attended.\n"
     "The UN envoy had met Jordanian Foreign Minister Ayman Safadi in Amman on Sunday.",
     PEDERSEN, SAFADI, FIDAN, "Yilmaz"),
])
def test_the_envoy_named_sentences_back_is_the_one_meant(shipped, text, envoy, met, host, present):
    lang = "en" if text.isascii() else "ar"
    pairs = _met(shipped, text, lang)
    assert _pair(envoy, met) in pairs
    assert _pair(host, met) not in pairs  # (a foreign minister the gazetteer calls a mediator)
    assert not any(present in p for pair in pairs if met in pair for p in pair)


@pytest.mark.parametrize("text, lang", [
    ("Omani Foreign Minister Badr Albusaidi received Hans Grundberg, the UN special envoy for Yemen, "
     "in Muscat.\n" + _EN_FILL + "Undersecretary Salem al-Hinai attended the meeting.\n"
     "The UN envoy is expected to meet Mohammed Abdulsalam, the Houthis' chief negotiator, next week.",
     "en"),
    ("استقبل وزير الخارجية بدر البوسعيدي، اليوم، هانس غروندبرغ المبعوث الخاص للأمين العام إلى اليمن.\n"
     + _AR_FILL + "حضر المقابلة الشيخ سالم الهنائي وكيل الوزارة.\n"
     "ومن المقرر أن يلتقي المبعوث الأممي الأسبوع المقبل رئيس وفد صنعاء المفاوض محمد عبدالسلام.", "ar"),
])
def test_a_planned_meeting_of_the_envoy_named_back_is_none(shipped, text, lang):
    pairs = _met(shipped, text, lang)
    assert not any(ABDULSALAM in pair for pair in pairs)


@pytest.mark.parametrize("text, sg, guest, other", [
    ("UN Secretary-General Antonio Guterres today announced the appointment of Hans Grundberg of Sweden "
     "as his Special Envoy for Yemen.\nMr. Grundberg succeeds Martin Griffiths, to whom the "
     "Secretary-General is grateful.\nHe most recently served as the European Union's ambassador to "
     "Yemen, and earlier worked with Mats Karlsson in Stockholm.\n"
     "The Secretary-General met with Mr. Grundberg at Headquarters on Friday.", GUTERRES, GRUNDBERG,
     "karlsson"),
    ("United Nations Secretary-General Antonio Guterres named Hanna Tetteh of Ghana as his Special "
     "Representative for Libya on Friday.\nMs. Tetteh brings decades of experience, having worked "
     "alongside Kwesi Quartey at the African Union.\nShe will be based in Tripoli.\n"
     "The Secretary-General met with Ms. Tetteh in New York before her departure.", GUTERRES, TETTEH,
     "kwesi"),
])
def test_the_secretary_general_is_the_one_titled_so(shipped, text, sg, guest, other):
    pairs = _met(shipped, text, "en")
    assert _pair(sg, guest) in pairs
    assert not any(other in p for pair in pairs for p in pair)  # (no colleague named since)


@pytest.mark.parametrize("text, lang", [
    ("Omani Foreign Minister Badr Albusaidi received Hans Grundberg, the UN special envoy for Yemen, "
     "in Muscat on Monday.\n" + _EN_FILL + "Undersecretary Salem al-Hinai attended the meeting.\n"
     "The minister had met the Houthis' chief negotiator, Mohammed Abdulsalam, in Muscat on Sunday.",
     "en"),
    ("Omani Foreign Minister Badr Albusaidi received Hans Grundberg, the UN special envoy for Yemen, "
     "in Muscat on Monday.\n" + _EN_FILL + "Undersecretary Salem al-Hinai attended the meeting.\n"
     "The minister met envoy Mohammed Abdulsalam in Muscat on Sunday.", "en"),
])
def test_a_head_word_after_the_description_is_not_its_own(shipped, text, lang):
    assert _pair(GRUNDBERG, ABDULSALAM) not in _met(shipped, text, lang)
